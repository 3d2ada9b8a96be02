# -*- coding: utf-8 -*-
"""The thirtieth held-out fresh set: PLANS AND SCHEMES WITH DATED PHASES.
Schemes (实施方案 / 工作方案), activity plans (活动方案 / 执行方案 / 策划书) whose
实施步骤 / 方法步骤 / 时间安排 / 活动安排 / 前期工作安排 section is in view, with dates
written in many ways: full dates in brackets, bracketed ranges without the
month on the end (`2月25日-28日`), month ranges without 月 on the start
(`3-12月`), 旬 (`3月中旬至3月底`), `即日起至`, a deadline-like end only
(`3 月1日前`), masked dates (`xx月xx日-xx日`), a date before the phase name
(`第一阶段：2020年3月29日—4月7日，为准备阶段。`), PDF spacing and an OCR
`一` for the dash (`3 月3日一 3月11 日`), undated phases, and a table whose
rows are dated.  Writers: a city, a county health bureau, two towns, a
village, a town's fire-safety scheme, a city greening committee, a district
CYL committee, a college CYL committee, a middle school, a city women's
federation and a company.  Found as stored public web pages with the
`search` tool's `pages` corpus (log in notes_queries.txt).  None of the source
pages is a source of the label files listed in /work/fresh30/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs,
  download panels, collection blurbs, sample numbers) was dropped.
- Heading, title, schedule-row and key-value lines keep the source's
  numbering, wording and punctuation.  The store keeps NFKC-normalised text,
  so full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH30_DOCS = [
    dict(
        name="fresh30_01_city_five_cities_scheme_steps",
        source="https://fanwen.qwyd.net/gongzuo/shishifangan/329197_5.html",
        doc_kind="scheme", partial=True,
        notes=["Page 5 of a city's '五城联创' scheme on a sample site: the page repeats the scheme's title, then starts "
               "at 五、实施步骤. The breadcrumb was dropped; the title line is kept (title line, not a heading).",
               "Each step carries two numberings, '（一）第一阶段：…'; the literal token is （一） (style （一）), level 2 "
               "under 五、. The phase name is the wording after the colon ('宣传发动，制定方案'); dates are full dates "
               "in brackets, the first with a space before the end date ('至 2017年7月25日'). Heading texts set by hand "
               "(the colon rule would cut them at '第一阶段').",
               "六、工作措施 (measures) shows two run-in headings; the page ends inside （二） ('…分解落实到每一')."],
        units=["领导组", "牵头单位"],
        text="""\
@T | 全市“五城联创”工作实施方案
@H1 sec=phases | 五、实施步骤
“五城联创”活动按三个阶段推进。
@H2 text=（一）第一阶段：宣传发动，制定方案（2017年7月18日至~2017年7月25日） phase=宣传发动，制定方案;2017年7月18日;2017年7月25日 | （一）第一阶段：宣传发动，制定方案（2017年7月18日至 2017年7月25日）。
各牵头单位建立健全领导机构，对照国家和省的创城标准、指标体系调查摸底、找出差距，制定工作方案，明确目标、责任和措施；新闻媒体同步做好宣传报道，营造舆论氛围。
@H2 text=（二）第二阶段：集中力量，扎实推进（2017年7月26日至2020年5月31日） phase=集中力量，扎实推进;2017年7月26日;2020年5月31日 | （二）第二阶段：集中力量，扎实推进（2017年7月26日至2020年5月31日）。
各牵头单位按照方案、目标和责任，制定时间表和路线图，逐项抓好落实、扎实推进。
@H2 text=（三）第三阶段：申报验收，总结表彰（2020年6月1日至2021年6月1日） phase=申报验收，总结表彰;2020年6月1日;2021年6月1日 | （三）第三阶段：申报验收，总结表彰（2020年6月1日至2021年6月1日）。
领导组统筹组织，牵头单位各负其责，制定迎检方案，力争一次通过验收；同时召开总结大会，表彰优秀、兑现奖惩。
@H1 sec=measures | 六、工作措施
@H2 | （一）提高认识，加强领导。
各级各部门要增强责任感，把思想和行动统一到市委、市政府的部署上来，上下联动、齐抓共管；成立专门领导机构，制订实施方案和工作计划，健全规章制度和管理办法。
@H2 | （二）部门联动，落实责任。
树立“一盘棋”思想，属地管理与部门专项指导并重，城乡联动、部门联动；把“五城联创”与当前各项工作统筹安排，建立完善责任制，将任务细化、量化、分解落实到每一
""",
    ),
    dict(
        name="fresh30_02_village_living_environment_scheme_paywall",
        source="https://very168.com/shiyongwendang/gongzuofangan/78463.html",
        doc_kind="scheme", partial=True,
        notes=["First sample of a collection page ('提升人居环境工作方案'): a village's scheme. The collection blurb and the "
               "sample number ('…工作方案1') were dropped; the sample's title is kept as the title line.",
               "The page hides most of the text behind a paywall line '……此处隐藏13730个字……', kept as its own line and "
               "not labelled. After it the page resumes inside a later part: a body fragment '及时进行自查整改。' and two "
               "steps '第二阶段：检查评分阶段（xx月xx日-xx日）。…' and '第三阶段：巩固提升阶段（xx月xx日-x' (cut). Their "
               "parent (the steps heading) is hidden: level 2 by convention, level 1 accepted; section set to phases "
               "explicitly (they do not belong to 二、工作原则 above). The resumed part speaks of '区' and may come from a "
               "later sample of the same collection; it is labelled as the page shows it.",
               "Phase dates are masked as written ('xx月xx日', 'xx日'); the last phase is cut inside its end date, so its "
               "end is null. Heading text of 第二阶段 set by hand (the colon rule would cut at '第二阶段').",
               "二、工作原则 shows one run-in principle '1、因地制宜、分类指导。…' (guidance)."],
        units=["检查评分小组"],
        text="""\
@T | 提升人居环境工作方案
改善农村人居环境、建设美丽宜居乡村是实施乡村振兴战略的重要任务。近年来我村把人居环境作为新农村建设的重点，推进基础设施建设和公共服务均等化，已见成效；为进一步提升全村人居环境水平，制定本方案。
@H1 sec=guidance | 一、指导思想。
围绕“五位一体”总体布局和“四个全面”战略布局，贯彻新发展理念，坚持农业农村优先发展和“绿水青山就是金山银山”，以建设美丽宜居村庄为导向，以垃圾、巷道治理、厕所改造和村容村貌提升为主攻方向，补齐人居环境短板。
@H1 sec=guidance | 二、工作原则。
@H2 | 1、因地制宜、分类指导。结合我村实际科学确定整治目标任务，既尽力而为又量力而行
……此处隐藏13730个字……
及时进行自查整改。
@H2 sec=phases lvlalt=1 text=第二阶段：检查评分阶段（xx月xx日-xx日） phase=检查评分阶段;xx月xx日;xx日 | 第二阶段：检查评分阶段（xx月xx日-xx日）。区里组织检查评分小组，依据《农村人居环境整治集中攻坚行动督导检查评分表》逐村打分。
@H2 sec=phases lvlalt=1 phase=巩固提升阶段;xx月xx日; | 第三阶段：巩固提升阶段（xx月xx日-x
""",
    ),
    dict(
        name="fresh30_03_county_public_health_publicity_scheme_steps",
        source="https://m.qiqiwenku.com/doc/387234.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county health bureau's scheme for publicising the basic public-health services (县卫计局, county "
               "hospitals and township health centres named). The document-sharing page starts inside step （一）: the "
               "first line is the fragment '基本公卫实施方案或工作计划。' (body). The page separates paragraphs with the "
               "glyph 'Р'; the text was split there and the glyph dropped.",
               "The visible steps （二）（三） sit under a hidden '五、…' heading: level 2 (like the （一）–（四） under 六、), "
               "level 1 accepted; section phases set explicitly. They are run in: '（二）组织实施（3-12月）。县疾控中心…'. "
               "'3-12月' is labelled start '3', end '12月' (the month of the start is implied); '（12月）' is a start with "
               "no end.",
               "六、工作要求 (requirements) has four run-in points; the page ends at '（四）注', dropped."],
        units=["县卫计局", "县疾控中心", "县妇幼保健院", "县卫生计生监督所", "县疾控中心（县健教所）", "县中医医院"],
        text="""\
基本公卫实施方案或工作计划。
@H2 sec=phases lvlalt=1 phase=组织实施;3;12月 | （二）组织实施（3-12月）。县疾控中心、县妇幼保健院、县卫生计生监督所及各乡镇卫生院、村卫生室要高度重视、统筹安排，落实宣传形式和载体，全面开展基本公共卫生服务宣传活动。
@H2 sec=phases lvlalt=1 phase=总结交流;12月; | （三）总结交流（12月）。各卫生院、村卫生室总结宣传活动完成情况，梳理经验和成果，形成总结材料和统计报表迎接上级督导；县卫计局视检查情况适时召开现场会。
@H1 sec=requirements | 六、工作要求
@H2 | （一）提高思想认识，加强组织领导。各乡镇卫生院要重视项目宣传，制定本单位宣传方案、有计划地组织活动；县疾控中心（县健教所）、县妇幼保健院、县卫生计生监督所、县中医医院发挥专业优势，指导基层机构做好宣传。
@H2 | （二）加强沟通配合，搞好互助协作。各乡镇卫生院加强与地方政府、村（居）委会和社会团体的沟通协作，做好辖区机关、企事业单位和村（居）的宣传，共同营造良好氛围。
@H2 | （三）突出关键内容，抓好重点宣传。在大众宣传基础上，借助健康主题日、学生体检等契机，针对老年人、孕产妇、儿童、学生开展专项宣传，每次活动在机构门前悬挂宣传标语，让居民了解免费服务政策。
""",
    ),
    dict(
        name="fresh30_04_middle_school_reading_festival_date_first_phase",
        source="http://zhaozongjie.com/hdzj/hdfa/44400.html",
        doc_kind="activity_plan", partial=True,
        notes=["A middle school's first reading-festival plan ('XX 三中', masked with a space, kept as written).",
               "The only visible step puts the dates before the name: '第一阶段：2020年3月29日—4月7日，为准备阶段。' "
               "(phase name '准备阶段', start '2020年3月29日', end '4月7日'; heading text set by hand). The overall "
               "activity time stands on the line after '四、活动时间' (optional phase; section phases, other accepted).",
               "六、读书节系列活动 holds the steps (phases, goals accepted). Under the first step two unnumbered label lines "
               "'七年级推荐阅读书目' / '八年级推荐阅读书目' head book lists: level-3 headings (level 2 accepted), section "
               "other (phases accepted). The book lists were shortened and authors' names dropped; the page ends inside "
               "the second list ('《月亮与').",
               "三、活动对象 is followed by the body line '七、八年级所有学生', which starts like a '七、' heading and is not one "
               "(not labelled). 二、领导小组 shows empty key-value lines ('组 长：', '副 组 长：', '工作小组：') kept as body, not labelled. "
               "一、活动目的 is goals (guidance accepted); 三、活动对象 and 五、活动主题 other."],
        units=["XX 三中", "领导小组", "工作小组"],
        extra_phases=[
            dict(name="活动时间", start_text="2020年3月29日", end_text="5月31日", at="2020年3月29日—5月31日", optional=True),
        ],
        text="""\
@T | 中学读书节活动方案
为迎接2020年“4.23世界读书日”，鼓励同学们养成多读书、读好书的习惯，丰富校园文化生活、建设书香校园，XX 三中拟启动以“书香溢校园”为主题的第一届读书节系列活动，方案如下：
@H1 sec=goals alt=guidance | 一、活动目的：
以习近平新时代中国特色社会主义思想为指导，引导师生“多读书，读好书，好读书”，在校内形成读书热潮；增加学生课外阅读量，提高读写能力、拓宽知识面，营造知书达礼、好学求进的风尚，推进书香校园、文明校园建设。
@H1 sec=responsibilities | 二、领导小组：
组 长：
副 组 长：
工作小组：
组 长：
副 组 长：
组 员：语文老师、班主任
@H1 sec=other | 三、活动对象
七、八年级所有学生
@H1 sec=phases alt=other | 四、活动时间
2020年3月29日—5月31日
@H1 sec=other | 五、活动主题：
书香溢校园经典促成长
@H1 sec=phases alt=goals | 六、读书节系列活动
@H2 text=第一阶段：2020年3月29日—4月7日，为准备阶段 phase=准备阶段;2020年3月29日;4月7日 | 第一阶段：2020年3月29日—4月7日，为准备阶段。
制定方案，借各种机会和平台向全校师生和家长发出倡议，做好宣传发动，引导学生利用假期阅读经典好书。
@H3 sec=other alt=phases lvlalt=2 | 七年级推荐阅读书目
建国七十周年系列丛书《走向富强》，以及《小和尚的白粥馆》《我们仨》《俗世奇人》《城南旧事》《偷影子的人》《撒哈拉的故事》《水浒传》《镜花缘》《名人传》《草房子》《狼图腾》等。
@H3 sec=other alt=phases lvlalt=2 | 八年级推荐阅读书目
建国七十周年系列丛书《走向富强》，以及《三国演义》《红楼梦》《月亮与
""",
    ),
    dict(
        name="fresh30_05_district_youth_league_good_youth_plan",
        source="https://docx.baby/p/20793633315015.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A district CYL committee's (团区委, Wuzhong) execution plan for its 2017 'good youth' search. The "
               "document-sharing page's file name and preview notice were dropped.",
               "The document opens directly with its first step: '第一阶段：“好青年”你在哪儿（3月中旬至3月底）' is the "
               "top visible level (level 1, section phases); phase start '3月中旬' (a 旬), end '3月底'.",
               "Under it, '1、明确…' and '2、多维多渠道寻访好青年' are level-2 headings (inherit phases). The four "
               "'创业创富好青年：主要包括…' definitions are label：body lines labelled as items (level 3). '线上，…' and "
               "'线下，…' are body (a run-in word before a comma, not a label). Empty '负责人：。' and blank figures "
               "('不少于名') are kept as the page shows them.",
               "'3月31日后统一汇总', '3月31日前报送' and '3月中下旬开展的…大讨论' are deadlines and events inside task "
               "lines, not phases. The page ends at '负责'."],
        units=["团区委", "各直属团（工）委", "各镇（区、街道）团（工）委", "各学校团委", "各机关团（工）委", "各企业团委"],
        text="""\
@T | “好青年你最美”主题系列活动执行方案
@H1 sec=phases phase=“好青年”你在哪儿;3月中旬;3月底 | 第一阶段：“好青年”你在哪儿（3月中旬至3月底）
@H2 | 1、明确2017年度好青年定义
@I3 | 创业创富好青年：包括在吴中区的高校学生、青年科研人员、毕业后来吴中创业的青年，以及农村青年致富、团建和新农村建设三类“带头人”。
@I3 | 创新创效好青年：包括青年企业家、企业青年技术骨干和一线青年员工，以及机关、金融、社会组织、培训机构、孵化器和投融资机构的青年。
@I3 | 崇文崇学好青年：包括传承吴地文化、践行志愿公益的青年达人，以及在学术、应用或实践领域有所成就的青年。
@I3 | 崇善崇德好青年：包括敬业奉献、见义勇为、助人为乐、诚实守信、孝老爱亲的青年，事迹须体现政治性、先进性和群众性。
@H2 | 2、多维多渠道寻访好青年
线上，团区委通过网站、微信、微博发布“好青年你最美”寻访专题，设立社会化推荐窗口，并借“吴微不至·团聚太湖”矩阵群扩大动员范围，3月31日后统一汇总。负责人：。
线下，各直属团（工）委广泛寻访本地、本系统、本单位的“好青年”，结合3月中下旬开展的“创新四问”大讨论；各镇（区、街道）团（工）委每类不少于名，各学校团委崇文崇学、崇善崇德两类各不少于名，各机关团（工）委每类不少于3名，各企业团委每类不少于1人；填好寻访推荐表（见附件1），3月31日前报团区委（电子、纸质各1份）。负责
""",
    ),
    dict(
        name="fresh30_06_city_arbor_day_plan_preparation_schedule",
        source="http://www.yiwuzhishu.cn/index.php/home/project/entitydetail/e_id/677.html",
        doc_kind="activity_plan", partial=False,
        notes=["A tree-planting activity posted on the national voluntary tree-planting platform: organised by 韶山市绿化"
               "委员会, hosted by 韶山乡人民政府. The page shows no title line (title null); the contact line with names "
               "and telephone numbers was dropped.",
               "Every numbered heading is a run-in label line ('一、活动时间：2023年3月12日', '二、活动地点：…'); their "
               "text keeps the value (the colon rule does not cut short values). 一、活动时间 is an optional overall "
               "time (section phases, other accepted).",
               "六、前期工作安排： lists four dated preparation steps, labelled as phases on level-2 headings: "
               "'1、联系场地：2月17-2月24日；' (start '2月17' without 日, end '2月24日'), '2、…：2月25日-3月7日；', "
               "'3、…：3月8-10日；' (start '3月8', end '10日'), '4、…：3月11日。' (start only). Section phases, measures "
               "accepted.",
               "八、活动内容： is the day's programme: three time-slot items ('1、8:30 …'), labelled optional phases. "
               "九、活动要求： has four items (requirements). 三、活动主题 and the others are other; 四、活动目的 goals "
               "(guidance accepted).",
               "The page is short and shown whole (partial false)."],
        units=["韶山市绿化委员会", "韶山乡人民政府", "韶山村", "市委政法委", "信访局", "市交警大队"],
        extra_phases=[
            dict(name="活动时间", start_text="2023年3月12日", end_text=None, at="一、活动时间", optional=True),
            dict(name="集合出发", start_text="8:30", end_text=None, at="1、8:30", optional=True),
            dict(name="苗木栽种", start_text="9:00", end_text=None, at="2、9:00", optional=True),
            dict(name="合影返回", start_text="11:00", end_text=None, at="3、11:00", optional=True),
        ],
        text="""\
@H1 sec=phases alt=other | 一、活动时间：2023年3月12日
@H1 sec=other | 二、活动地点：韶山村毛泽东小道
@H1 sec=other | 三、活动主题：“履行植树义务，共建美丽韶山”
@H1 sec=goals alt=guidance | 四、活动目的：为贯彻习近平生态文明思想，以科学绿化为指引开展国土绿化和全民义务植树，推进“国家森林城市”创建，打造多彩伟人故里、建设生态秀美韶山，我市组织以“履行植树义务，共建美丽韶山”为主题的植树活动。
@H1 sec=other | 五、栽种品种：山樱花、栾树、山乌桕等
@H1 sec=phases alt=measures | 六、前期工作安排：
@H2 phase=联系场地;2月17;2月24日 | 1、联系场地：2月17-2月24日；
@H2 phase=清理场地、订购树苗;2月25日;3月7日 | 2、清理场地、订购树苗：2月25日-3月7日；
@H2 phase=发放通知、活动宣传;3月8;10日 | 3、发放通知、活动宣传：3月8-10日；
@H2 text=4、准备栽植工具和物资：3月11日 phase=准备栽植工具和物资;3月11日; | 4、准备栽植工具和物资：3月11日。
@H1 sec=other | 七、参加人员：社会公众共计200人
@H1 sec=phases alt=other | 八、活动内容：
@I2 text=1、8:30~全体人员在行政中心前坪集合，乘车前往毛泽东小道 | 1、8:30 全体人员在行政中心前坪集合，乘车前往毛泽东小道；
@I2 | 2、9:00 开展苗木栽种、浇水等活动；
@I2 text=3、11:00~合影留念，统一乘车回行政中心，活动结束 | 3、11:00 合影留念，统一乘车回行政中心，活动结束。
@H1 sec=requirements | 九、活动要求：
@I2 | 1、听从组织者安排，有序参加活动，注意安全；
@I2 | 2、本次活动由韶山市绿化委员会主办，韶山乡人民政府承办，韶山村协办；
@I2 | 3、市委政法委、信访局做好综治稳工作；
@I2 | 4、市交警大队做好沿线交通保障工作。
""",
    ),
    dict(
        name="fresh30_07_company_national_day_plan_schedule_table",
        source="https://www.peixunwang.com.cn/2025/jyawd_1004/1148559.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company's National Day activity plan (2024) on a training site; its wording reads like a template "
               "sample ('本次“国庆主题活动方案”旨在…'), taken as found. The page runs the bracketed title into the "
               "opening sentence; the title '【国庆主题活动方案】' was put on its own line (title without the brackets).",
               "三、活动内容及安排 is a table the store renders as '|'-separated rows (header row and seven dated rows). "
               "Table rows are body, never labelled as headings; each dated row is an optional phase (the schedule of "
               "single-day events, like time slots: name = the row's 活动名称, start = its date). The overall period "
               "'- 活动周期：2024年9月28日—10月8日' is an optional phase; '- 重点活动日：10月1日（国庆节当天）' is a key "
               "day, not a phase. The '- ' lines are key-value body lines.",
               "一、活动目的 lists four aims as items (goals, guidance accepted). 四、活动保障 (measures) has label headings "
               "'1. 组织保障：…'; the page ends at the bare label '3. 安全保障：', kept as a heading."],
        units=["国庆主题活动领导小组", "行政部", "人力资源部", "党群办", "宣传部", "工会", "后勤部", "文体组"],
        title_override="国庆主题活动方案",
        extra_phases=[
            dict(name="活动周期", start_text="2024年9月28日", end_text="10月8日", at="活动周期", optional=True),
            dict(name="国庆主题宣传周启动", start_text="9月28日", end_text=None, at="9月28日 |", optional=True),
            dict(name="爱国知识竞赛", start_text="9月30日", end_text=None, at="9月30日 |", optional=True),
            dict(name="升旗仪式暨庆典活动", start_text="10月1日", end_text=None, at="10月1日 |", optional=True),
            dict(name="国庆主题摄影展", start_text="10月2日", end_text=None, at="10月2日 |", optional=True),
            dict(name="志愿服务活动", start_text="10月3日", end_text=None, at="10月3日 |", optional=True),
            dict(name="国庆观影日", start_text="10月4日", end_text=None, at="10月4日 |", optional=True),
            dict(name="国庆征文比赛", start_text="10月5日", end_text=None, at="10月5日 |", optional=True),
        ],
        text="""\
@T | 【国庆主题活动方案】
为迎接中华人民共和国成立75周年、弘扬爱国主义精神，增强员工的集体荣誉感和凝聚力，公司决定国庆期间组织一系列主题活动，营造节日氛围、激发爱国热情，同时提升团队协作能力。
@H1 sec=goals alt=guidance | 一、活动目的
@I2 | 1. 弘扬爱国主义精神，增强员工的国家认同感。
@I2 | 2. 提高员工的团队协作意识和集体荣誉感。
@I2 | 3. 丰富员工的文化生活，营造积极向上的工作氛围。
@I2 | 4. 展现企业良好形象，增强社会影响力。
@H1 sec=phases alt=other | 二、活动时间
- 活动周期：2024年9月28日—10月8日
- 重点活动日：10月1日（国庆节当天）
@H1 sec=phases alt=other | 三、活动内容及安排
时间 | 活动名称 | 活动内容 | 负责部门 | 备注 |
9月28日 | 国庆主题宣传周启动 | 发布通知，张贴海报，播放爱国歌曲 | 行政部 | 鼓励员工参与 |
9月30日 | 爱国知识竞赛 | 线上答题，涵盖中国历史、文化、科技 | 人力资源部 | 设置奖项激励 |
10月1日 | 升旗仪式暨庆典活动 | 升旗仪式，领导致辞，文艺表演 | 党群办 | 员工着统一服装参加 |
10月2日 | 国庆主题摄影展 | 展示员工拍摄的祖国风光和城市变迁照片 | 宣传部 | 设立投票评选 |
10月3日 | 志愿服务活动 | 到社区开展清洁、慰问等公益活动 | 工会 | 增强社会责任感 |
10月4日 | 国庆观影日 | 观看爱国题材电影 | 后勤部 | 提供茶歇与座椅 |
10月5日 | 国庆征文比赛 | 撰写对祖国的祝福与感悟 | 文体组 | 优秀作品刊登于内刊 |
@H1 sec=measures | 四、活动保障
@H2 | 1. 组织保障：成立“国庆主题活动领导小组”，公司领导牵头，各部门协同配合。
@H2 | 2. 物资保障：提前备好活动道具、奖品和宣传材料。
@H2 | 3. 安全保障：
""",
    ),
    dict(
        name="fresh30_08_town_rural_environment_scheme_undated_steps",
        source="https://www.wenmi123.com/article/300953.html",
        doc_kind="scheme", partial=True,
        notes=["A town's (xx镇, masked) three-year scheme for area-wide rural environment rectification.",
               "三、实施步骤 names three stages without any dates: '第一阶段：宣传动员阶段。主要任务是：…' (phases with "
               "null start and end). The second stage's name is truncated in the source ('集中整治阶。'), kept. "
               "Heading texts set by hand (the colon rule would cut at '第一阶段').",
               "二、组织机构 ends with '组成人员名单如下：' and no names (responsibilities). 四、目标任务 (goals) shows the "
               "first of six tasks; the page ends inside it ('…村庄绿化美')."],
        units=["xx镇农村环境连片整治工作领导小组"],
        text="""\
@T | 农村环境连片整治工作实施方案
为进一步改善xx镇环境面貌、提高群众生活质量，按照《xx省农村环境连片整治示范工作实施方案》的要求，经镇党委、政府研究，集中三年时间在全镇开展连片环境整治，制定本实施方案：
@H1 sec=guidance | 一、总体要求
坚持以人为本，针对全镇环境卫生的突出问题标本兼治、综合治理，加快基础设施建设，整治村容村貌，引导群众提高卫生、环保和文明意识，优化发展环境，促进经济发展与社会和谐。
@H1 sec=responsibilities | 二、组织机构
为加强对此项活动的组织领导、确保取得预期效果，镇党委、政府决定成立xx镇农村环境连片整治工作领导小组，组成人员名单如下：
@H1 sec=phases | 三、实施步骤
@H2 text=第一阶段：宣传动员阶段 phase=宣传动员阶段;; | 第一阶段：宣传动员阶段。主要任务是：各村、各单位集中时间，用横幅、广播、板报等开展全员宣传动员，营造舆论氛围；结合实际明确整治内容和重点，制定具体整治方案。
@H2 text=第二阶段：集中整治阶 phase=集中整治阶;; | 第二阶段：集中整治阶。主要任务是：按照实施方案全员动员、全力以赴，完成各项整治任务。
@H2 text=第三阶段：巩固提高阶段 phase=巩固提高阶段;; | 第三阶段：巩固提高阶段。主要任务是：检查验收、巩固成果、总结经验、建章立制，探索建立环境卫生长效机制。
@H1 sec=goals | 四、目标任务
按照新农村建设要求，结合示范村和卫生村创建，集中解决各村脏、乱、差问题，使主干道和村内街道畅通、净化、美化，村容村貌焕然一新。重点抓好以下6个方面：
@H2 | 1、狠抓基础设施建设。严格按村镇规划推进村镇道路硬化、村庄绿化美
""",
    ),
    dict(
        name="fresh30_09_town_cleanliness_action_steps_fragment",
        source="https://m.qiqiwenku.com/doc/690514.html",
        doc_kind="scheme", partial=True,
        notes=["A town's urban-rural cleanliness action scheme on a document-sharing site; the page starts mid-sentence "
               "(first line ',车辆按照…', kept as a fragment) and separates paragraphs with the glyph 'Р' (split there, "
               "glyph dropped). No title (null).",
               "四、实施步骤 has three undated steps written '第一阶段启动宣传阶段。…' (no colon or space between the "
               "numbering and the name): phases with null dates; the numbering token is '第一阶段'.",
               "五、组织机构和保障措施: responsibilities, measures accepted (also on its three run-in children). Personal "
               "names (the town's secretary, mayor and group members) were dropped. The page ends at '明确任务，密'."],
        units=["城乡环境卫生整洁行动领导小组", "党政办", "各村委会"],
        text="""\
，车辆按规划的停车位停放整齐，严禁在大街上随意乱停乱放。
@H1 sec=phases | 四、实施步骤
@H2 phase=启动宣传阶段;; | 第一阶段启动宣传阶段。各机关、企事业单位和各村委会按行动目标制定具体方案和措施，层层落实责任、明确重点；多形式宣传城乡环境卫生整洁行动的目的、意义和任务，营造氛围，调动群众参与。
@H2 phase=实施推进阶段;; | 第二阶段实施推进阶段。各单位和各村委会围绕行动计划，把全镇历史积存垃圾全部清运、消除卫生死角；镇领导小组开展检查并通报进展。
@H2 phase=考核验收阶段;; | 第三阶段考核验收阶段。镇领导小组督查评比，表彰先进村委会和单位；未完成任务的通报批评，并取消年度评先资格。
@H1 sec=responsibilities alt=measures | 五、组织机构和保障措施
@H2 alt=measures | （一）加强领导。成立城乡环境卫生整洁行动领导小组，镇委书记任组长、镇长任副组长；领导小组下设办公室，设在党政办，由镇党委委员、副镇长兼任主任；成员分片指导，驻村干部下村督查。
@H2 alt=measures | （二）成立机构。各机关、企事业单位和各村委会成立相应机构，制订实施计划，落实人员和措施，按时完成整洁行动任务。
@H2 alt=measures | （三）部门合作。按照“政府领导，部门联动、群众参与、综合整治”的原则，各单位和各村委会做好责任区及本单位（村）内部的环境卫生整治，明确任务，密
""",
    ),
    dict(
        name="fresh30_10_city_womens_federation_march_eighth_plan",
        source="http://m.nepao.com/show-118-276030-1.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city women's federation's plan for 8 March 2017. The site strips the digit 1 from the text: the "
               "document's own title reads '207年市妇联…' (2017), '07周年' (107th), '活动时间：207年3月4日-5日', and the "
               "first key of each activity lost its number ('活动时间：…' while the next keys read '2活动地点：', "
               "'3活动内容：'). All kept as the page shows them. The page's own title (correct year), a stray '``' line "
               "and the watermark line '本 文由 第 一 公文 网 收 集 整理5' are kept; the two title lines are line 1 and "
               "line 4, the title is the document's own (damaged) one.",
               "The activities 一、二、三、 are level-1 headings (goals, measures accepted); their key-value lines "
               "('活动时间：…', '2活动地点：…', '3活动内容：…') are body, not labelled. Each activity's date is an "
               "optional phase (dates of separate events, not stages). '&bsp;' (a broken &nbsp;) is kept inside two "
               "headings. The page ends inside 四、 (kept as a bare heading)."],
        units=["xx市妇联", "宣传部", "发展部"],
        title_override="207年市妇联纪念“三八”国际劳动妇女节活动方案",
        extra_phases=[
            dict(name="“好家风好家训”主题宣传展示活动", start_text="207年3月4日", end_text="5日", at="活动时间：207年3月4日", optional=True),
            dict(name="关爱女农民工活动", start_text="207年3月7日", end_text=None, at="活动时间：207年3月7日", optional=True),
            dict(name="巾帼家政职业技能大赛活动", start_text="207年3月3日", end_text=None, at="活动时间：207年3月3日", optional=True),
        ],
        text="""\
@T | 2017年市妇联纪念“三八”国际劳动妇女节活动方案
``
本 文由 第 一 公文 网 收 集 整理5
@T | 207年市妇联纪念“三八”国际劳动妇女节活动方案
“三八”国际劳动妇女节07周年纪念日即将到来。为隆重纪念这一节日，在全市妇女群众中组织丰富多彩的庆祝纪念活动，营造关注妇女发展、支持妇女事业的良好氛围，现将207年“三八”国际劳动妇女节纪念活动方案制定如下：
@H1 sec=goals alt=measures | 一、开展庆祝“三八”妇女节暨第八届家庭文化艺术节“好家风好家训”主题宣传展示活动（宣传部牵头）
活动时间：207年3月4日-5日
2活动地点：xx市妇女儿童活动中心
3活动内容：各县区、开发区妇联、各妇委会和市妇女儿童活动中心围绕“展示家庭美德·树立良好家风”主题，以歌舞、小品、家庭情景剧、诵读、书画摄影等形式各选送一个节目，3月4日在市妇女儿童活动中心评选，3月5日上午表彰并展演部分优秀节目。
@H1 sec=goals alt=measures text=二、开展“爱在行囊&bsp;走进基层”关爱女农民工活动（发展部牵头） | 二、开展“爱在行囊&bsp;走进基层”关爱女农民工活动（发展部牵头）
活动时间：207年3月7日
2活动地点：青秀区环卫站、女企协企业、第一人民医院等慰问点
3活动内容：xx市妇联领导带队，市、城区妇联和女企协代表分组慰问各行业一线女农民工代表300多人，赠送“三八”礼包，送去节日祝福。
@H1 sec=goals alt=measures | 三、开展“产业到家牵手妈妈”巾帼家政职业技能大赛活动（发展部牵头）
活动时间：207年3月3日
2活动地点：xx市妇女儿童活动中心多功能厅
3活动内容：组织参赛队员进行母婴护理、居家养老、家务料理三个项目的竞赛。
@H1 sec=goals alt=measures text=四、开展“家服人员进万家&bsp;真情关爱你 | 四、开展“家服人员进万家&bsp;真情关爱你
""",
    ),
    dict(
        name="fresh30_11_college_youth_league_leifeng_month_plan",
        source="https://www.qubanbao.cn/meirong/564198.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college CYL committee's plan for its March 2025 Lei Feng volunteer month (校团委 and 学生处 host, the "
               "departments' volunteer associations co-host), on a general site; it reads like a template sample, taken "
               "as found. The site's keyword title line ('三月雷锋月 三月雷锋月活动策划书') was dropped; the document's "
               "headline '心手相连，雷锋同行——…' is the title line.",
               "五、实施步骤 has three run-in steps '1. 宣传动员（2月25日-28日）：…' whose bracketed ranges omit the month "
               "on the end ('28日', '25日', '31日'); the heading text is cut at the colon. 二、活动时间 gives the overall "
               "period on the next line (optional phase).",
               "'1. 启动仪式（3月5日）' under 四、核心活动内容 is a dated event, not a phase. Label：body sub-activities "
               "('校园美化行动：…', '“我身边的雷锋”征文比赛：…') are level-3 headings. 一、活动概述 is background "
               "(guidance accepted); 三、组织架构 responsibilities; 四、 goals (measures accepted); 六、经费预算 other "
               "(measures accepted); the page ends inside it."],
        units=["校团委", "学生处", "各院系青年志愿者协会"],
        extra_phases=[
            dict(name="活动时间", start_text="2025年3月1日", end_text="3月31日", at="2025年3月1日至3月31日", optional=True),
        ],
        text="""\
@T | 心手相连，雷锋同行——新时代青年志愿服务行动盛大启动
@H1 sec=background alt=guidance | 一、活动概述
为响应新时代青年的志愿精神，校团委将开展为期一个月的“心手相连·雷锋同行”新时代青年志愿服务行动，弘扬雷锋精神，展现青年风采。
@H1 sec=phases alt=other | 二、活动时间
本次活动时间为2025年3月1日至3月31日。
@H1 sec=responsibilities | 三、组织架构
由校团委、学生处主办，各院系青年志愿者协会协办。
@H1 sec=goals alt=measures | 四、核心活动内容
@H2 | 1. 启动仪式（3月5日）
在升旗仪式上宣读倡议书，举办雷锋故事分享会，在“青春誓言”签名墙上签名承诺。
@H2 | 2. 主题实践板块
@H3 | 校园美化行动：组织垃圾分类督导、绿化带维护等劳动实践，共同美化校园环境。
@H3 | 公益创意工坊：绘制明信片、改造旧物义卖，把作品捐赠给留守儿童。
@H3 | 数字公益接力：线上征集“雷锋日记”短视频，借社交媒体传播正能量。
@H2 | 3. 特色竞赛活动
@H3 | “我身边的雷锋”征文比赛：讲述身边的雷锋故事，要求原创，字数不超过2000字。
@H3 | 雷锋主题黑板报/手抄报评比：以手工作品表达对雷锋精神的理解和敬意。
@H2 | 4. 社区服务专项
走进社区，开展敬老院慰问演出、社区普法宣传和文明交通劝导，把志愿精神传递给更多人。
@H1 sec=phases | 五、实施步骤
@H2 phase=宣传动员;2月25日;28日 | 1. 宣传动员（2月25日-28日）：借公众号、海报等多渠道预热，让活动深入人心。
@H2 phase=活动执行;3月1日;25日 | 2. 活动执行（3月1日-25日）：分阶段推进四大板块内容，确保活动顺利进行。
@H2 phase=总结表彰;3月28日;31日 | 3. 总结表彰（3月28日-31日）：评选10名“雷锋标兵”和3支优秀志愿团队，表彰突出贡献。
@H1 sec=other alt=measures | 六、经费预算
为保证活动顺利进行，我们制定了
""",
    ),
    dict(
        name="fresh30_12_town_fire_safety_two_sessions_scheme",
        source="https://maok.cn/index.php?c=preview&id=126762&s=news",
        doc_kind="scheme", partial=True,
        notes=["A town's (XX 镇, masked) fire-safety scheme for the period of the national 'two sessions'. The store "
               "ran the page into one block; it was split at the heading boundaries the text shows. The page's own "
               "title line without 'XX' was dropped as a duplicate; the document's title 'XX 镇全国“两会”期间消防安保实施"
               "方案' (run into the opening in the store) is the title line. The masked group leader's given name was "
               "dropped ('组长：XX'); the key-value lines are body.",
               "三、方法步骤 opens with the overall period '即日起至 3月11 日' (optional phase, start '即日起'). Step "
               "（一） reads '（一）动员部署阶段（3 月1日前）': an end date only, written with PDF spacing (end '3 月1日'; "
               "'前' marks it as a deadline-like end). Step （二）'s heading runs straight into its body without "
               "punctuation, as the store has it ('…（3 月3日一 3月11 日）各村…'; text set by hand); the dash between its "
               "dates is an OCR '一' with spaces (start '3 月3日', end '3月11 日').",
               "Step （二） speaks of a '夏季消防安全领导组织机构' in a March scheme, as the source does. The page ends "
               "inside （二） ('（单位数量清')."],
        units=["消防检查工作领导小组", "应急办", "镇消防安全检查领导小组", "镇派出所"],
        extra_phases=[
            dict(name="“两会”期间消防安保检查工作", start_text="即日起", end_text="3月11 日", at="即日起至 3月11 日", optional=True),
        ],
        text="""\
@T | XX 镇全国“两会”期间消防安保实施方案
为落实区政府消防工作会议精神，进一步完善我镇消防管理长效机制，明确细化消防工作职责和任务，让基层消防工作有人抓、有人管，结合我镇实际，特制定 XX 镇全国“两会”期间消防安保工作实施方案。
@H1 sec=guidance alt=goals | 一、指导思想和工作目标
坚持政府统一领导、部门依法监管、单位全面负责、公民积极参与，加强和创新消防安全管理，全面排查整治火灾隐患、有效预防火灾，为全镇经济发展和群众安居乐业营造良好的消防安全环境。
@H1 sec=responsibilities | 二、组织领导
为加强组织领导、确保工作落实到位，镇政府成立消防检查工作领导小组，组成人员如下：
组长：XX
副组长：XX
成员：XX
领导小组下设办公室，办公室设在应急办，由 XX 同志兼任办公室主任。
@H1 sec=phases | 三、方法步骤
本次“两会”期间消防安保检查工作即日起至 3月11 日结束，分三个阶段进行：
@H2 phase=动员部署阶段;;3~月1日 | （一）动员部署阶段（3 月1日前）
各村、各有关单位结合实际全面部署，制定具体实施方案，开展消防检查；镇消防安全检查领导小组组织镇派出所、应急办进村（街道）至少开展一次《消防法》大型宣传活动，普及消防法规和安全常识，提升公众消防安全意识。
@H2 text=（二）组织实施阶段（3~月3日一~3月11~日） phase=组织实施阶段;3~月3日;3月11~日 | （二）组织实施阶段（3 月3日一 3月11 日）各村、各企事业单位成立夏季消防安全领导组织机构，按工作方案精心组织实施、定期研判调度、联合督查并通报问题；各单位落实一名专（兼）职消防管理人员负责日常消防工作，规范档案台账，做到“三清楚”（单位数量清
""",
    ),
]
