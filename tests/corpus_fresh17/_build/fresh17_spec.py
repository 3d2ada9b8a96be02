# -*- coding: utf-8 -*-
"""The seventeenth held-out fresh set: real Chinese schemes and plans
(实施方案 / 工作方案 / 行动方案 / 文体活动计划) and activity and contest plans
(活动方案, 活动通知, 竞赛 / 大赛通知) whose visible part carries DATED steps or
a dated schedule, plus the fact sections of activity plans (主题, 对象, 主办 /
承办, 时间, 地点, 报名 / 投稿方式, 奖项设置, 比赛细则).  Writers: a township
government, a provincial health commission, a management district, a town
government, a district agricultural committee, a town hospital, a school
union, a university administration's union, a college library with a
readers' association, a university graduate office with a school League
committee, a school, a primary school's Young Pioneers brigade, a county
property project (an enterprise) with the county library, and a city party
committee's publicity department; found as stored public web pages with the
`search` tool's `pages` corpus.  None of the source pages is a source of
shared/corpus-dev, tests/corpus_fresh .. tests/corpus_fresh15 or
/work/fresh14/corpus_fresh14 (the label files listed in
/work/fresh17/used_sources.tsv) or of /work/fresh16/corpus_fresh16, and no
title repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs and 导语, collection titles, sample numbers,
  attachment links, QR-code lines) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored.  Page line breaks inside a
  title were joined where noted; headings that the store glued to the
  previous line were put on their own line where noted.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.  Short value lines
  (themes, target groups, places, organisers, schedule rows) are kept as
  the page has them.

Marker syntax: see fresh_build/build.py.
"""

FRESH17_DOCS = [
    dict(
        name="fresh17_01_township_anti_pyramid_selling_scheme",
        source="http://www.ywxkb.com/jiaoyufanwen/huodongfangan/1120798.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A township's ('乡政府', '全乡') scheme for creating '无传销社区（村）', the first sample of a collection "
               "page ('社区活动方案模板10篇'); the page title, the site's blurb and the sample number ('社区活动方案 篇1') "
               "were dropped. The sample has no title line of its own, so title is null.",
               "二、实施步骤 holds four run-in dated stages '（一）宣传阶段（11月1日-11月20日）。…' with an ASCII hyphen; "
               "heading texts are cut at the first '。'. The page ends inside stage four, kept as the fragment the page "
               "shows ('县综治办会同县工商等部门').",
               "'20xx年底' in 一、工作目标 is a target date inside a goal line, not a phase."],
        units=["乡政府", "乡综治部门", "工商所", "县综治办"],
        text="""\
为健全打击和防范传销的长效机制，实现社区（村）内无传销组织、人员和活动，无居民为传销人员提供出租屋等便利，无居民参与传销的“三无”目标，乡政府按县里的文件要求，决定在全乡开展创建“无传销社区（村）”活动，结合乡情制定本方案：
@H1 sec=goals | 一、工作目标
到20xx年底，全乡所有社区（村）都达到“无传销社区（村）”的创建标准。
@H1 sec=phases | 二、实施步骤
@H2 phase=宣传阶段;11月1日;11月20日 | （一）宣传阶段（11月1日-11月20日）。乡政府召开动员会，各社区（村）对照本方案、结合辖区情况，多种方式宣传传销的危害和创建的意义，发动各界和居民群众参与，营造创建氛围。
@H2 phase=创建阶段;11月21日;12月10日 | （二）创建阶段（11月21日-12月10日）。乡综治部门、工商所和各社区（村）按创建标准、任务和分工各司其职，加强督促检查，推动各项创建措施落实。
@H2 phase=申报阶段;12月11日;12月20日 | （三）申报阶段（12月11日-12月20日）。各社区（村）对照标准自查，填写《申报表》报乡政府；乡政府初审材料并组织验收，合格的签署意见后报县创建办。
@H2 phase=验收阶段;12月21日;12月31日 | （四）验收阶段（12月21日-12月31日）。县综治办会同县工商等部门
""",
    ),
    dict(
        name="fresh17_02_provincial_occupational_health_actions_notice",
        source="https://ghx.gov.cn/ghx/zwgk/bmxzxx/bm/ghxwsjkj/fdzdgknr/ylws/art/2024/art_aacbe1a5bc7c434fb68ecb197c44f241.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A provincial health commission's notice issuing its occupational-disease 'three actions' scheme, as "
               "republished on a county government site (source line, view counter and posting time dropped; the page "
               "shows the title twice, kept once). The notice itself carries the steps, under 一、实施步骤; the attached "
               "scheme is not visible.",
               "The document number is damaged in the store ('甘卫职健函2024〕217', opening bracket and 号 lost) and is "
               "kept so; the addressee line is not labelled.",
               "Three run-in dated stages: a deadline-only first stage '（2024年7月底前）' (end only, 前 kept as in earlier "
               "sets), a month range across two years '（2024年8月—2025年9月）' and '（2025年10月—12月）' whose end has no "
               "year. The page ends inside stage three ('…组织有关部')."],
        units=["各级卫生健康行政部门", "疾控主管部门", "省卫生健康委", "各市州卫生健康委", "疾控局"],
        text="""\
@T | 关于印发甘肃省职业病防治“三项行动”实施方案的通知
甘卫职健函2024〕217
各市州、兰州新区卫生健康委、疾控局，甘肃矿区卫生健康委，省卫生健康监督保障中心、省疾控中心、省第三人民医院：
为落实2024年全国职业健康工作会议精神，依据国家职业病危害项目申报扩面、中小微企业职业健康帮扶、职业病防治机构提质合规三项行动（2024—2025年）的工作方案，我们结合全省实际制定了职业健康“三项行动”实施方案，现印发你们，请遵照执行，并就有关事项通知如下。
@H1 sec=phases | 一、实施步骤
@H2 phase=动员部署阶段;;2024年7月底前 | （一）动员部署阶段（2024年7月底前）。各级卫生健康行政部门和疾控主管部门结合本地情况制定实施计划，明确“三项行动”的范围、目标、任务、时间节点和工作措施。
@H2 phase=工作实施阶段;2024年8月;2025年9月 | （二）工作实施阶段（2024年8月—2025年9月）。各地按实施计划推进工作，强化监督检查和自查自纠；省卫生健康委适时开展重点督导。实施中期和后期，各市州卫生健康委、疾控局组织阶段性评估，查找问题、提出整改措施、提炼经验做法，评估结果报省卫生健康委。
@H2 phase=总结评估阶段;2025年10月;12月 | （三）总结评估阶段（2025年10月—12月）。各市州卫生健康委、疾控局总结评估本地区“三项行动”的开展情况，省卫生健康委、疾控局组织有关部
""",
    ),
    dict(
        name="fresh17_03_management_district_clean_homes_scheme_outline",
        source="https://www.hbqj.gov.cn/xxgk/xxgkml/qzcxxgkml/hhq/zfxxgk/zc/zcjd_1/202503/t20250303_5560777.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A management district's (后湖管理区) own text outline ('【文字解读】') of its 清洁家园 action scheme, "
               "published on a city government site. The page heading is the title line, kept with its bracket "
               "('【文字解读】'); the metadata line (解读单位 / 来源 / 发布日期 / 解读类型) and the second posting line were "
               "dropped, as were the empty '附件：' line and the QR-code and 'correction' links at the end.",
               "The outline lists each section's points as bare headings: 二、重点任务 (four task areas, goals with "
               "measures accepted), 三、组织实施 (three dated stages) and 四、工作措施 (four measures). Stage dates: a "
               "single day '（2025年1月10日）' (start only), '（2025年1月11日-2025年10月底）' and "
               "'（2025年10月底-2025年12月底）' (month-end dates as start and end).",
               "'一、工作背景：…' is a run-in heading cut at the colon; the superior bodies named in it (市委市政府, "
               "省社会工作部, 农业农村厅) only issue instructions and are not units."],
        units=[],
        text="""\
@T | 【文字解读】后湖管理区清洁家园行动方案
@H1 sec=background alt=guidance | 一、工作背景：为落实市委市政府对“清洁家园”工作的总体要求，提升农村人居环境质量，发动群众一起清理整治“三堆两垛”（沙土堆、粪便堆、杂物堆、柴草垛、砖石垛）和“三乱”（乱搭乱建、乱堆乱放、乱拉乱接），加快建设宜居宜业和美乡村，管理区依据省社会工作部、农业农村厅《运用共同缔造理念和方法开展“清洁家园”行动方案》（鄂社〔2024〕4号）组织开展“清洁家园”行动，制定本方案。
@H1 sec=goals alt=measures | 二、重点任务
@H2 | （一）清理农村全域无垃圾。
@H2 | （二）开展生态环境治理。
@H2 | （三）归整各类杂物。
@H2 | （四）开展重点领域整治。
@H1 sec=phases | 三、组织实施
@H2 phase=动员部署;2025年1月10日; | （一）动员部署（2025年1月10日）。
@H2 phase=集中攻坚;2025年1月11日;2025年10月底 | （二）集中攻坚（2025年1月11日-2025年10月底）。
@H2 phase=持续推进;2025年10月底;2025年12月底 | （三）持续推进（2025年10月底-2025年12月底）。
@H1 sec=measures | 四、工作措施
@H2 | （一）加强组织领导。
@H2 | （二）加强资金协调。
@H2 | （三）加强群众参与。
@H2 | （四）加强激励引导。
""",
    ),
    dict(
        name="fresh17_04_town_appearance_sanitation_rectification_scheme",
        source="https://taowenge.com/p-48633715.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's (大兴, '镇政府') scheme for a short rectification of the town centre's appearance and sanitation, "
               "on a document-sharing site that cuts the text into numbered chunks; the site's file title ('2022年镇容和"
               "环境卫生集中整治方案 .doc') and its sharing blurb were dropped. The chunk markers are kept and never "
               "labelled: '1、' before the page header that repeats the title (line 1), '2、段。…' where the marker splits "
               "the word 第二阶段 ('…第二阶' / '2、段。2 月 23 日…'), and '3、。占道经营…' where it splits the last item "
               "('6、无店外店' / '3、。…'). check.py reports lines 1, 6 and 16 as REVIEW; all three are deliberate.",
               "The store ran the headings into the surrounding text ('…集中整治方案为:一、时间及阶段划分第一阶段。…', "
               "'二、责任区域划分.三、整治要求及标准1、无乱停乱靠。…'); they were put on their own lines. '二、责任区域划分.' "
               "keeps the page's full stop; its table was lost in the store. A watermark inside a sentence "
               "('（更多精彩文章来自“秘书不求人”）') is kept where the page has it.",
               "PDF spacing in the dates is kept ('2 月 20 日'). Stage one is the run-in heading '第一阶段。2 月 20 日，…' "
               "(start only; the '2 月 22 日宣传发动' later in the same line is a task date within the stage). Stage two's "
               "heading is broken by the chunk marker, so that line is not labelled and its phase ('2 月 23 日至 2 月 25 日') "
               "is placed by extra_phases. Stage three '第三阶段。2 月 26 日，…' is a single day (start only).",
               "三、整治要求及标准 lists six '无…' standards as items; the page ends inside the sixth ('…所有临')."],
        units=["镇政府", "集中整治领导小组", "城管队", "大兴居委会", "启建居委会", "集东居委会"],
        extra_phases=[
            dict(name="第二阶段", start_text="2 月 23 日", end_text="2 月 25 日", at="2、段。", optional=False),
        ],
        text="""\
1、镇容和环境卫生集中整治方案
@T | 镇容和环境卫生集中整治方案
为彻底改变镇区“脏、乱、差”的面貌，重塑大兴的对外形象，给群众创造优美整洁的工作、经营和生活环境，镇政府研究决定发动全镇力量，对镇区镇容和环境卫生集中整治一次；达标后由城管队和大兴、启建、集东三个居委会分区负责、责任到人，坚持长效管理。集中整治方案为：
@H1 sec=phases | 一、时间及阶段划分
@H2 phase=第一阶段;2~月~20~日; | 第一阶段。2 月 20 日，镇政府成立集中整治领导小组，定出整治标准和要求，划定责任区域（更多精彩文章来自“秘书不求人”）和责任人。2 月 22 日宣传发动，城管队和大兴、集东、启建居委会针对居民户、门市、单位的问题督促限期整改。第二阶
2、段。2 月 23 日至 2 月 25 日，集中全镇力量强制整治，使各处达到整治标准和要求。
@H2 phase=第三阶段;2~月~26~日; | 第三阶段。2 月 26 日，镇政府集中整治领导小组对各责任区检查验收。
@H1 sec=responsibilities | 二、责任区域划分.
@H1 sec=requirements alt=goals | 三、整治要求及标准
@I2 | 1、无乱停乱靠。机动车和自行车停在划定区域。
@I2 | 2、无乱贴乱画。清除沿街墙面和电线杆上的乱贴广告。
@I2 | 3、无乱堆乱放。沿街单位、经营户和居民户门前不得堆放建材、建筑垃圾、生活垃圾、草垛和杂物；确需堆放建材的须经镇主管部门批准，限定范围和面积，不得占用主街路面。
@I2 | 4、无乱搭乱建。沿街单位和居民户门前不得搭建临时棚亭、厕所和畜禽圈舍。
@I2 | 5、无乱支炉灶。饭店和小吃部门前不得乱支炉灶、摆放餐具。
@I2 | 6、无店外店
3、。占道经营，所有临
""",
    ),
    dict(
        name="fresh17_05_district_agriculture_committee_archives_plan",
        source="https://wenbangzhu.com/fanwen/fangan/21483.html",
        doc_kind="plan", partial=True,
        notes=["A district agricultural committee's ('区农委') yearly plan for its archives work, filed by a collection page "
               "under '社区活动方案 篇1' ('【精华】社区活动方案范文集锦八篇'); the page title, the site's blurb and the sample "
               "heading were dropped. The sample has no title line of its own (title null). The next sample ('社区活动方案 "
               "篇2') is not part of the document.",
               "三、工作安排 is a quarter-by-quarter list: four bare quarter labels ('第一季度' … '第四季度') are level-2 "
               "phase headings (numbering none: 第一季度 is a date, not 第一-numbering), each a phase whose start is the "
               "quarter (no end). Under the second and fourth quarters the tasks are numbered items; under the first and "
               "third a body line. The store glued '第二季度' to the end of the first quarter's body after a space; it was "
               "put on its own line.",
               "The title of another page ('20xx农村党日活动计划') is run into the end of the fourth quarter's first item "
               "in the store; it is kept there as site debris. '20xx' masks are the page's."],
        units=["区农委", "办公室"],
        text="""\
@H1 sec=guidance | 一、指导思想
以《国家档案局八号令》为指针，围绕区农委服务“三农”的工作重心推进档案管理模式改革，尽快用档案管理软件管理档案，做好年度档案的收集整理，让档案工作更好地服务区农委的各项管理工作。
@H1 sec=goals | 二、工作目标、任务
@I2 | 1、有计划、有步骤地学习、宣传和贯彻《八号令》，做好全委档案管理模式的改革。
@I2 | 2、参加区档案局组织的各类培训，学习文件和档案工作法规，提高自身业务水平。
@I2 | 3、按区农委归档文件的保管范围和保管期限表整理好20xx年的档案；建立档案统计台帐并认真填写各项内容。
@I2 | 4、及时收集、处理区农委日常工作中形成的文档材料，做好归档文件的借阅和利用。
@I2 | 5、配合办公室做好档案管理工作的各类评估、评审和考核。
@H1 sec=phases | 三、工作安排
@H2 num=none phase=第一季度;第一季度; | 第一季度
制定20xx年档案管理工作计划，收集各股站、科室20xx年度形成的档案文件材料。
@H2 num=none phase=第二季度;第二季度; | 第二季度
@I3 | 1、完成归档文件的装订、分类、排列、编号和装盒，做到门类齐全，完成20xx年度的档案整理。
@I3 | 2、定期检查档案保管情况，发现不妥及时向领导报告。
@H2 num=none phase=第三季度;第三季度; | 第三季度
做好日常的档案管理工作。
@H2 num=none phase=第四季度;第四季度; | 第四季度
@I3 | 1、做好档案管理各项工作的记录和统计，准备好档案迎检。20xx农村党日活动计划
@I3 | 2、做好年度档案工作总结。
""",
    ),
    dict(
        name="fresh17_06_town_hospital_anniversary_activity_plan",
        source="https://xiexiebang.com/a14/201905157/c997875cf5718ac0.html",
        doc_kind="activity_plan", doc_kind_alt=["plan", "scheme"], partial=True,
        notes=["A town hospital's (昆山市锦溪人民医院) activity plan for the first anniversary of its new building, inside "
               "its issuing notice; first sample of a collection page (the sample heading '第一篇:2015(11)医院新院启用一周年"
               "活动方案', a file name, was dropped). The notice lines (document number with the page's odd quotes "
               "'昆锦医„2015‟11号', notice title, addressee, notice sentence, signature and date, 抄报 line) are body "
               "lines; the notice title, broken by a PDF wrap ('…一周年活动' / '方案》的通知'), was joined. The plan's own "
               "title is broken over two lines ('锦溪人民医院新院启用一周年' / '活动方案'); both are title lines.",
               "'二、活动时间：2015年5月28日——2015年6月28日' is the overall period (optional). Under 三、活动内容 the "
               "activities carry key-value parts run together on one line ('（1）大型义诊活动 负责人:… 时 间:6月8日上午"
               "8:00 地 点:…'); the 负责人 names were dropped with their label, so these lines differ from the page only by "
               "that omission. Heading texts of (1) and (3) are set by hand to the activity name.",
               "The store glued '(1)大型义诊活动…' to the end of '1.突出“群众满意”之惠民篇系列活动' and '(3)…' to the end "
               "of the (2) content line; both were put on their own lines.",
               "Four dated activities are phases: '6月8日上午8:00' (single time, start only), '6月中旬' (on the line after "
               "the heading), '2015年6月6日起' (open start, 起 kept like 即日起) and '2015年6月2日'. The dates are not in "
               "order, as on the page. The page ends inside activity (4)'s content."],
        units=["昆山市锦溪人民医院"],
        extra_phases=[
            dict(name="活动时间", start_text="2015年5月28日", end_text="2015年6月28日", at="二、活动时间："),
        ],
        text="""\
昆锦医„2015‟11号
关于印发《锦溪人民医院新院启用一周年活动方案》的通知
各科室：
现将《锦溪人民医院新院启用一周年活动方案》印发你们，请各科室认真贯彻执行。
昆山市锦溪人民医院 2015年5月25日
抄报：昆山市卫计委、锦溪镇人民政府
@T | 锦溪人民医院新院启用一周年
@T | 活动方案
2014年6月8日，新建的锦溪人民医院搬迁启用。值启用一周年之际，医院开展“我们的节日——锦溪人民医院首届科技文化节”系列活动，安排如下：
@H1 sec=goals alt=guidance | 一、活动目的
借系列活动展示医院在医疗护理、科研教育、文化建设和党团建设方面的成果，提高群众满意度和员工幸福感，为二级医院建设再作动员，坚定建设省内一流老年专科医院的信心。
@H1 sec=phases alt=other | 二、活动时间：2015年5月28日——2015年6月28日
@H1 sec=phases alt=measures | 三、活动内容
@H2 | 1.突出“群众满意”之惠民篇系列活动
@H3 phase=大型义诊活动;6月8日上午8:00; text=（1）大型义诊活动 | （1）大型义诊活动 时 间：6月8日上午8:00 地 点：医院门诊大厅
内 容：请市一院专家来院义诊，同时开展健康班车进社区和为90周岁以上老人上门送医。
@H3 phase=市民健康大讲堂;6月中旬; | （2）市民健康大讲堂
时 间：6月中旬
地 点：银杏楼三楼学术报告厅
内 容：邀请上海龙华医院的教授来院讲授中医知识。
@H3 phase=新院启用一周年成果巡展活动;2015年6月6日起; text=（3）新院启用一周年成果巡展活动 | （3）新院启用一周年成果巡展活动 时 间：2015年6月6日起 地 点：各社区、企业
内 容：制作宣传展板，到社区和企业巡回展示新院一年来的员工风采和工作成果。
@H3 phase=义工服务活动;2015年6月2日; | （4）义工服务活动
时 间：2015年6月2日 地 点：住院部
内 容：与锦溪新图腾理发店合作，为住院的高龄、行动不便老人免费理发；招募社会志愿服务人员，
""",
    ),
    dict(
        name="fresh17_07_school_union_halfyear_sports_plan",
        source="http://m.78911.com.cn/GuiZhangZhiDu/306333.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A school union's ('我校工会') plan for its first-half-year sports and recreation contests. The page heading "
               "'上半年工会文体活动计划' and the posting line were dropped; the document's own title, which the store runs "
               "into the first sentence and which has lost its year ('上半工会文体活动计划'), is the title line.",
               "The store lost every digit of the page: the numbering of the rule items is a bare '、' (numbering literal "
               "'、', style none), the contest dates read '月日（周一）—月日（周四）下午' and the age limits "
               "'（女）—（男）—'; all kept as they are. The damaged '比赛时间' value is not a phase.",
               "The month-by-month list ('四月份：保龄球赛', '五月份：（牌）分赛（即分）', '六月份：水上脚踏船赛'), run "
               "together on one line in the store, was split into three lines. Like the schedule rows of fresh14_09 they "
               "are unlabelled value rows; their three phases (a month each, start only) are placed by extra_phases.",
               "Each contest has a '★…：' rule block (section other, requirements accepted) with key-value items; "
               "'备注：…' is a run-in label heading."],
        units=["工会"],
        extra_phases=[
            dict(name="保龄球赛", start_text="四月份", end_text=None, at="四月份：保龄球赛", optional=False),
            dict(name="（牌）分赛", start_text="五月份", end_text=None, at="五月份：（牌）分赛", optional=False),
            dict(name="水上脚踏船赛", start_text="六月份", end_text=None, at="六月份：水上脚踏船赛", optional=False),
        ],
        text="""\
@T | 上半工会文体活动计划
为把我校工会文体活动办好，增强全校教职工体质，丰富大家的业余生活，服务学校两个文明建设，经工会研究，上半年文体活动安排如下：
四月份：保龄球赛
五月份：（牌）分赛（即分）
六月份：水上脚踏船赛
@H1 sec=other alt=requirements | ★保龄球赛规程：
@I2 num=、 | 、比赛项目：男、女个人赛
@I2 num=、 | 、比赛地点：大上海国际花园保龄球馆
@I2 num=、 | 、比赛办法：分龄，老、中、青三个组
青组龄规定（女）—（男）— 中组龄规定（女）—（男）— 老组龄规定（女）—（男）—
@I2 num=、 | 、报名办法：每工会小组分龄组报名，人数不限
@I2 num=、 | 、比赛时间：月日（周一）—月日（周四）下午，参赛者可任选一天，报名时请注明
@I2 num=、 | 、奖励办法：录取老、中、青三个组前六名给予奖励，所有参赛者给予鼓励奖
@H1 sec=other alt=requirements | ★（牌）分大赛：
@I2 num=、 | 、比赛项目：复式四人制团体赛
@I2 num=、 | 、比赛地点：学校教工之家
@I2 num=、 | 、比赛时间：另行通知
@I2 num=、 | 、比赛办法：比赛采用单淘汰制，每一场打四副牌
@I2 num=、 | 、参赛办法：每工会小组可报—个队（—人）
@I2 num=、 | 、奖励办法：录取前六名的队给予奖励，所有参赛队均给予鼓励奖
@H1 sec=other alt=requirements | ★水上脚踏船赛规程：
@I2 num=、 | 、比赛项目：男双、女双、混双
@I2 num=、 | 、比赛地点：区体育公园
@I2 num=、 | 、比赛时间：另行通知
@I2 num=、 | 、参赛办法：每工会小组限报男双人，女双人，混双人
@I2 num=、 | 、比赛办法：计时赛
@I2 num=、 | 、奖励办法：以成绩录取前六名给予奖励
@H1 sec=other alt=requirements text=备注 | 备注：想参赛的教职工请向本组工会小组长报名。
""",
    ),
    dict(
        name="fresh17_08_university_admin_union_reading_activity_notice",
        source="http://jgdw.zua.edu.cn/info/1195/3617.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A university administration's union (机关党委（工会）, '机关工会') notice of a spring reading activity for "
               "Women's Day, addressed to its union groups. The stored page starts at the addressee; no title line is "
               "visible (title null).",
               "二、活动时间与安排 gives the overall period on its own line ('3月7日至4月30日', optional) and three dated "
               "parts: '（一）庆祝“三八”暨读书活动启动仪式' whose date is on the next line ('1.时间：2025年3月7日（星期五）下午"
               "3:00', start only), '（二）持续读书分享（3月8日—4月30日）' and '（三）总结表彰（4月下旬）' (a 旬, start only). "
               "'（四）报名方式' lists sign-up and submission deadlines ('3月7日上午12:00前', '4月22日前') inside its items; "
               "they are task deadlines, not phases, and 报名方式 is other (phases and requirements accepted).",
               "The numbered lines under each part are key-value or task items. The page ends inside the first "
               "requirement of 三、相关要求 ('…积极组')."],
        units=["机关工会", "机关党委办公室", "各工会小组"],
        extra_phases=[
            dict(name="活动时间", start_text="3月7日", end_text="4月30日", at="3月7日至4月30日"),
        ],
        text="""\
机关各工会小组：
为庆祝“三八”国际劳动妇女节，弘扬阅读文化，推进机关文化建设，提升“多彩机关 奋勇争先”品牌的影响力，结合机关党委（工会）“幸福工程”和“干部素养工程”的年度部署，决定举办“书香机关·悦读共赏”读书活动，有关事项通知如下：
@H1 sec=other | 一、活动主题
书香机关·悦读共赏
@H1 sec=phases | 二、活动时间与安排
3月7日至4月30日
@H2 phase=庆祝“三八”暨读书活动启动仪式;2025年3月7日; | （一）庆祝“三八”暨读书活动启动仪式
@I3 | 1.时间：2025年3月7日（星期五）下午3:00
@I3 | 2.地点：综合楼536室
@I3 | 3.参加人员：机关各工会小组女职工代表（各工会小组报名不少于1人）
@I3 | 4.活动内容：举行读书分享会启动仪式；请爱读书的女职工代表谈阅读心得；向全体女职工推荐好书并发出阅读倡议。
@H2 phase=持续读书分享;3月8日;4月30日 | （二）持续读书分享（3月8日—4月30日）
@I3 | 1.参与对象：机关全体在职教职工
@I3 | 2.阅读形式：“微信读书”、“学习强国”等电子平台。
@I3 | 3.分享方式：各工会小组可自行组织线下小型读书交流，分享收获和心得；机关工会拟在4月下旬举办“书香机关·悦读共赏”读书分享活动，具体时间另行通知。
@H2 phase=总结表彰;4月下旬; | （三）总结表彰（4月下旬）
@I3 | 1.评选表彰“阅读之星”，鼓励长期坚持阅读（主要看“微信读书”、“学习强国”等电子平台的读书数据）。
@I3 | 2.表彰奖励优秀读书心得。
@H2 sec=other alt=phases,requirements | （四）报名方式
@I3 | 1. 启动仪式报名：各工会小组于3月7日上午12:00前把本组参加启动仪式的女职工代表名单报机关党委办公室。
@I3 | 2.读书分享活动报名：各工会小组可在4月22日前自行组织线下读书交流，并把活动情况（文字+图片）和个人电子平台读书数据交机关党委办公室。
@I3 | 3.心得提交：4月22日前以工会小组为单位交读书心得（300字左右），机关工会评选优秀并给予表彰。
@H1 sec=requirements | 三、相关要求
@H2 | （一）各工会小组要高度重视，积极组
""",
    ),
    dict(
        name="fresh17_09_college_library_book_hunt_activity",
        source="https://tsxx.hnvist.cn/column/tzgg/details/1524882990529.shtml",
        doc_kind="activity_plan", partial=True,
        notes=["A vocational college's (湖南安全技术职业学院) library information centre and readers' association: a "
               "book-hunt contest notice. The page shows the title twice with a posting line between; the title is kept "
               "once and the posting line dropped.",
               "The fact sections are numbered headings with value lines: 活动主题, 举办单位 (two organiser lines), "
               "活动对象, 参与方式, 活动时间与地点. Under 五、活动时间与地点 two dated value rows are phases, placed by "
               "extra_phases: '报名时间：4月19日-4月26日' and '活动时间：4月27日下午15:30-17:00' (one afternoon: start "
               "only, the date).",
               "七、活动流程 has four step headings without dates of their own; '4月19日之前' inside the 前期宣传 body is "
               "a task deadline, and the body of 3、活动期间 gives 4月12日, which contradicts 4月27日 on the page; neither "
               "is a phase."],
        units=["图书信息中心", "读者协会"],
        extra_phases=[
            dict(name="报名", start_text="4月19日", end_text="4月26日", at="报名时间：4月19日-4月26日", optional=False),
            dict(name="活动", start_text="4月27日", end_text=None, at="活动时间：4月27日下午", optional=False),
        ],
        text="""\
@T | “书香校园·寻找经典”活动通知
@H1 sec=other | 一、活动主题
穿越书海，找书比赛
@H1 sec=responsibilities | 二、举办单位
图书信息中心
读者协会
@H1 sec=other | 三、活动对象
全体师生
@H1 sec=other alt=requirements | 四、参与方式
现场报名
@H1 sec=phases alt=other | 五、活动时间与地点
报名时间：4月19日-4月26日
报名地点：食堂门口宣传处、图书馆305室
活动时间：4月27日下午15:30-17:00
活动地点：湖南安全技术职业学院图书馆
@H1 sec=goals alt=background,guidance | 六、活动的意义
让读者进一步了解馆藏、走进图书馆，调动读者的积极性，在丰富课余生活的同时加深同学们对图书馆的认识。
@H1 sec=phases alt=measures | 七、活动流程
@H2 | 1、活动前期安排：
从各阅览室选出约200本经典图书，记下书名、出版社和正文第一句；读者协会整理书目，交负责老师制成表格打印，由图书信息中心保管。
@H2 | 2、前期宣传：
4月19日之前做好宣传海报，当天贴在食堂门口，同时在图书馆门口张贴活动通知并现场报名。
@H2 | 3、活动期间
4月12日下午15:30前参赛者在图书馆一楼大厅集合签到，15:40分组，负责老师给每组发表格并登记；15:30开始，17:00结束。
@H2 | 4、活动结束
读者协会汇总参赛表格，统计结果交图书信息中心。
@H1 sec=other alt=requirements | 八、比赛细则
两人一组，按表格所列书目到各阅览室找书，记下正文第一页第一句后放回原处，比赛时间1小时；按找出书目的多少和用时长短评出一等奖1组、二等奖2组、三等奖3组。
""",
    ),
    dict(
        name="fresh17_10_university_graduate_knowledge_contest_notice",
        source="https://today.hit.edu.cn/news/2018/04-12/3875401140RL0.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A university's graduate-student knowledge contest ('中华百科'), organised by the graduate work department "
               "and run by the humanities school's League committee; the notice's heading is the title line.",
               "The store lost the separators inside several dates: '初赛：421日（星期六）' (4月21日) and the sign-up "
               "deadline '41712时前' (4月17日12时前) inside a body line; both are kept as they are. Under 三、比赛时间 the "
               "two rounds are value rows, placed by extra_phases: '421日' (damaged, start only) and '决赛：第九周' (a "
               "teaching week, start only). The sign-up deadline in the body is not a phase.",
               "The requirement items are numbered '1>' … '6>' (no class, style none, literal kept). The page ends "
               "inside item 6 ('6>如有不同意见，')."],
        units=["研究生工作部", "人文社科与法学学院团委"],
        extra_phases=[
            dict(name="初赛", start_text="421日", end_text=None, at="初赛：421日", optional=False),
            dict(name="决赛", start_text="第九周", end_text=None, at="决赛：第九周", optional=False),
        ],
        text="""\
@T | 第二届研究生“中华百科”知识竞赛报名通知
为弘扬中华优秀传统文化，丰富研究生的校园文化生活，激发大家对传统文化的热情，人文社科与法学学院发挥人文通识学科的优势，以文育人，举办第二届研究生“中华百科”知识竞赛，为研究生提供展示自我、增进团队合作的平台，有关事项通知如下。
@H1 sec=other | 一、活动主题
中华百科
@H1 sec=responsibilities | 二、主办方与承办方
主办方：研究生工作部
承办方：人文社科与法学学院团委
@H1 sec=phases | 三、比赛时间
初赛：421日（星期六）
决赛：第九周
@H1 sec=other | 四、参赛对象
全校硕博研究生
@H1 sec=other alt=requirements | 五、报名方式
可跨学院组队，每队4人，队名自拟并贴合中华传统文化；鼓励各学院提前选拔。
有意参赛的同学下载填写报名表（见附件1），各学院自定选拔方式确定1-2支队伍，由队长于41712时前把报名表发到邮箱hit_renwenxueyuan@163.com
@H1 sec=other alt=requirements | 六、比赛方案
比赛分初赛和决赛，以现场答题为主，题型有必答题、抢答题等；初赛成绩前六组进入决赛，详细方案见附件2
@H1 sec=requirements | 七、参赛要求
@I2 num=1> | 1>各组组长和组员认真阅读比赛方案，熟悉赛程安排；
@I2 num=2> | 2>各组在每场比赛开始前20分钟到场，方便组委会统筹安排；
@I2 num=3> | 3>遵守比赛纪律和规则，服从工作人员安排，尊重评委评判；
@I2 num=4> | 4>比赛全程参赛人员和亲友团不得使用电子设备，第一次发现当场环节扣50分，第二次发现取消比赛资格；
@I2 num=5> | 5>要求单人答题的环节不许场内外提醒，发现一次当场环节扣50分；
@I2 num=6> | 6>如有不同意见，
""",
    ),
    dict(
        name="fresh17_11_school_childrens_day_activity_plan",
        source="https://m.bluu.cn/dongshi/rvcgg/n2XRNlyXlm",
        doc_kind="activity_plan", partial=True,
        notes=["A school's plan for its 六一 Children's Day activities, organised by grade office ('年级部'); names in the "
               "leading group are masked by the page ('x'). No title line is visible (title null).",
               "四、时间安排： has three numbered dated steps written in Chinese numerals: '1.五月二十二日至五月二十四日"
               "拟订方案；', '2.五月二十五日至五月三十一日做好各项准备工作；' and '3.六月一日上午开展活动。' (single "
               "day, start only). Heading texts are cut at the first '；' / '。'.",
               "'一、活动主题：在阳光下成长' keeps its short value on the heading line; '三、组织形式：…。' is cut at the "
               "colon. 五、活动内容 (one activity per grade) is goals with measures accepted; 六、场地划分 and "
               "七、其他准备 list value items."],
        units=["年级部", "办公室", "总务处", "艺体部", "综合部"],
        text="""\
“六一”儿童节是少先队员一年里最盼望的节日。学校开展“六一”庆祝活动，让队员在参与中体会合作的快乐，展现乐观进取的精神，激发热爱生活、热爱学习、热爱校园的感情，过一个有意义、值得回味的儿童节。
@H1 sec=other | 一、活动主题：在阳光下成长
@H1 sec=responsibilities | 二、领导小组：
组长：x
副组长：x、x
成员：x、x、x、x、x、x、x
@H1 sec=other alt=responsibilities | 三、组织形式：以年级部为单位组织开展活动。
@H1 sec=phases | 四、时间安排：
@H2 phase=拟订方案;五月二十二日;五月二十四日 | 1.五月二十二日至五月二十四日拟订方案；
@H2 phase=准备工作;五月二十五日;五月三十一日 | 2.五月二十五日至五月三十一日做好各项准备工作；
@H2 phase=开展活动;六月一日; | 3.六月一日上午开展活动。
@H1 sec=goals alt=measures | 五、活动内容：
@I2 | 1.亲子游艺（一年级）
@I2 | 2.儿歌、童谣、儿童诗朗诵比赛（二年级）
@I2 | 3.“歌唱祖国歌唱党，快乐童年大家唱”歌咏比赛（三年级）
@I2 | 4.经典诗文诵读比赛（四年级）
@I2 | 5.古诗文专题研究成果展示（五年级）
@I2 | 6.毕业生义卖活动（六年级）
@H1 sec=other | 六、场地划分：
@I2 | 1.一年级：水泥篮球场；
@I2 | 2.二年级：西楼前广场；
@I2 | 3.三年级：升旗广场；
@I2 | 4.四年级：北楼前广场；
@I2 | 5.五年级：东楼前广场；
@I2 | 6.六年级：田径场。
@H1 sec=responsibilities alt=other | 七、其他准备：
@I2 | 1、办公室：宣传报道
@I2 | 2、总务处：环境整理、氛围营造
@I2 | 3、艺体部：场地布置、艺术指导、协同管理
@I2 | 4、综合部：信息采集
""",
    ),
    dict(
        name="fresh17_12_primary_school_young_pioneers_march_plan",
        source="https://gnxzw.com/ernianji/huodong/1z97e6.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school Young Pioneers brigade's plan for March activities around three festivals (三八, 植树节, "
               "学雷锋日). The site's page heading ('少先队大队活动方案作文', with '作文' appended) and its 导语 line were "
               "dropped; the plan's own heading is the title line.",
               "The facts are unnumbered label lines: '活动口号：…', '活动时间：3月份' (overall period, optional), "
               "'活动对象：…' and '活动安排：'. Under 活动安排 three unnumbered 篇 headings each carry a subtitle line in "
               "brackets (body), then label headings '活动时间：…', '活动主题：…', '活动内容：' (level 3) and numbered "
               "items (level 4).",
               "Each 篇's phase sits on its '活动时间：' line: '3月2——6日 （第一周）' and '3月9——13日 （第二周）' (start "
               "without 日, end a bare day, a week in brackets); 助人篇 names two periods, '3月5 和 3月16——20日 "
               "（第一、三周）', and one phase is labelled with the first (3月5, start only). '（3月5学雷锋日）' lost its 日 "
               "in the store and is kept so.",
               "Dates inside items ('在3月6日前', '3月13日组织…') are task dates, not phases. The page ends in the "
               "first item of 助人篇 ('1、3月5校园广播台')."],
        units=["大队部", "政教处"],
        extra_phases=[
            dict(name="活动时间", start_text="3月份", end_text=None, at="活动时间：3月份"),
        ],
        text="""\
@T | 少先队大队活动方案
@H1 sec=other | 活动口号：三月，爱与我同行
@H1 sec=phases alt=other | 活动时间：3月份
@H1 sec=other | 活动对象：全校学生
@H1 sec=phases alt=measures | 活动安排：
@H2 | 温情篇
（“三八”妇女节）
@H3 phase=温情篇;3月2;6日 | 活动时间：3月2——6日 （第一周）
@H3 sec=other | 活动主题：献给母亲的爱
@H3 sec=goals alt=measures,phases | 活动内容：
@I4 | 1、3——6年级在3月6日前布置学生写一篇题为《母爱伴我成长》的日记，每班推荐不少于5篇发到校园网站学生论坛，大队部通报各班发表情况，并选部分佳作登上四月份校报。
@I4 | 2、1——2年级学生自己设计制作一张感恩卡，写几句给妈妈的悄悄话，表达对母亲的感激和尊重。
@I4 | 3、号召全体学生在“三八”妇女节当天主动做一次家务或陪母亲聊聊天，给母亲一个惊喜。
@H2 | 绿化、美化篇
（3月12日植树节）
@H3 phase=绿化、美化篇;3月9;13日 | 活动时间：3月9——13日 （第二周）
@H3 sec=other | 活动主题：做绿色使者
@H3 sec=goals alt=measures,phases | 活动内容：
@I4 | 1、成立“护绿俱乐部”，各班可认领校园里的一棵树或一片草坪，到政教处登记，由大队部统一制作标志牌。
@I4 | 2、建立班级“植物角”，大队部统一发花籽和植物生长记录卡，各班种植并派人记录生长情况，学期中途全校展示评比。
@I4 | 3、3月13日组织全体学生卫生大扫除，为美化校园出一份力。
@H2 | 助人篇
（3月5学雷锋日）
@H3 phase=助人篇;3月5; | 活动时间：3月5 和 3月16——20日 （第一、三周）
@H3 sec=other | 活动主题：让雷锋精神永记心头
@H3 sec=goals alt=measures,phases | 活动内容：
@I4 | 1、3月5校园广播台
""",
    ),
    dict(
        name="fresh17_13_property_project_library_essay_contest_plan",
        source="http://ltfcw.cn/cms/lpdg/5913.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county property project's (罗田县书香尚城, an enterprise) essay contest for the Party's centenary, run "
               "with the county library and posted on a local property news site. No title line is visible (title null). "
               "The project advertisement after the signature ('【书香尚城】', floor areas, sales phone, address) and the "
               "site's copyright line were dropped.",
               "二、活动时间： lists three dated value rows written with 号, placed by extra_phases: '投稿时间：2021年5月-7月31号' "
               "(a month as start, an ASCII hyphen), '网络评选时间：2021年8月1号-8月28号' and '现场颁奖时间：2021年8月29号' "
               "(single day). The signature date '2021年5月14号' is not a phase.",
               "五、活动要求： has three unnumbered label headings at level 2 ('参与对象：全民参与', '投稿要求：', "
               "'投稿方式：') with numbered items below; the theme list under '（3）作文主题：' is a level-4 list. The "
               "contact value lines (mailbox, address, phone) are body lines; the prize lines under 六、奖项设置 are kept "
               "as the page has them."],
        units=["罗田县书香尚城", "县图书馆"],
        extra_phases=[
            dict(name="投稿", start_text="2021年5月", end_text="7月31号", at="投稿时间：", optional=False),
            dict(name="网络评选", start_text="2021年8月1号", end_text="8月28号", at="网络评选时间：", optional=False),
            dict(name="现场颁奖", start_text="2021年8月29号", end_text=None, at="现场颁奖时间：", optional=False),
        ],
        text="""\
为庆祝中国共产党成立100周年，进一步激发青少年的阅读兴趣和写作热情，在县图书馆今年2月“伴书香 赢未来”少儿优秀作文征集的基础上，罗田县书香尚城项目与县图书馆决定在2021年暑期联合举办“书香阅读：书香尚城杯全民有奖征文大赛-庆祝建党100周年”活动！
具体方案如下：
@H1 sec=other | 一、活动主题：
“书香阅读：书香尚城杯全民有奖征文大赛-庆祝建党100周年”
@H1 sec=phases | 二、活动时间：
投稿时间：2021年5月-7月31号
网络评选时间：2021年8月1号-8月28号
现场颁奖时间：2021年8月29号
@H1 sec=other | 三、活动地点：
罗田县书香尚城售楼部（县图书馆旁）
@H1 sec=responsibilities | 四、组织机构
主办单位：罗田县书香尚城
@H1 sec=requirements alt=other | 五、活动要求：
@H2 sec=other | 参与对象：全民参与
@H2 | 投稿要求：
@I3 | （1）作文体裁不限，字数不超过1300字。
@I3 | （2）作文必须是本人原创，禁止抄袭。
@I3 | （3）作文主题：
@I4 | 1、爱国爱家乡
@I4 | 2、温暖亲情
@I4 | 3、人间大爱
@I4 | 4、成长故事
@I4 | 5、感人事迹
@I4 | 6、读后感
@H2 alt=other | 投稿方式：
@I3 | 1、稿件可以发电子档到指定邮箱，也可以把纸质稿直接交到书香尚城售楼部服务台。
邮箱地址：1105313843@qq.com
书香尚城售楼部地址：罗田县江夏大桥头（县图书馆旁）
联系电话：0713-5921666/5922666
@I3 | 2、稿件上写明作者姓名、年龄和联系电话，学生还要写所在学校班级和指导老师，并附作者照片一张。
@H1 sec=other | 六、奖项设置
一等奖：1500元现金+精美礼品+奖杯+获奖证书（1名）
二等奖：800元现金+精美礼品+奖杯+获奖证书（2名）
三等奖：500元现金+精美礼品+奖杯+获奖证书（3名）
优秀奖：300元现金+精美礼品+获奖证书+奖状（5名）
优秀指导老师：500元现金+精美礼品+荣誉证书
2021年5月14号
罗田县书香尚城
""",
    ),
    dict(
        name="fresh17_14_city_publicity_department_essay_call",
        source="https://010zaixian.com/zuowen/qishixiezuo/2682015.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A city party committee publicity department's essay call ('我心中的荣成', with the city news centre, "
               "literary federation and education bureau; a shopping centre co-organises), posted on an essay site; the "
               "site's category and posting line and its source line at the end were dropped. The page's heading is the "
               "title line; the signature '中共荣成市委宣传部' is a body line.",
               "二、征文时间 holds one schedule line with two phases, both placed by extra_phases on that line: '征文自即日起"
               "至2016年9月底止' (即日起 as start, a month-end as end; 止 not copied) and '10月份公布获奖名单' (a month, "
               "start only). '自即日起' in the opening paragraph is not labelled.",
               "Items under 一、征文要求, 三、投稿方式 and 四、评选奖励 are numbered '1.'; the site's anti-copy backtick inside "
               "item 1 ('…的`畅想') is kept where the page has it."],
        units=["市委宣传部", "市新闻中心", "市文联", "市教育局", "荣成市佳华购物中心"],
        extra_phases=[
            dict(name="征文", start_text="即日起", end_text="2016年9月底", at="征文自即日起", optional=False),
            dict(name="公布获奖名单", start_text="10月份", end_text=None, at="征文自即日起", optional=False),
        ],
        text="""\
@T | 我心中的荣成征文启事
为提升荣成的城市形象，让社会各界更加了解荣成，加大“自由呼吸·自在荣成”城市形象标识的宣传力度，扩大荣成的知名度和美誉度，市委宣传部、市新闻中心、市文联、市教育局自即日起开展“我心中的荣成”主题征文比赛，荣成市佳华购物中心协办。
@H1 sec=requirements | 一、征文要求
@I2 | 1.重点写对荣成城市的总体印象，可围绕“自由呼吸·自在荣成”城市形象标识深入阐释其内涵外延，也可写对荣成更美好未来的`畅想。
@I2 | 2.贴近生活，感情真挚，文笔流畅。
@I2 | 3.体裁不限，字数以600字至2000字为宜。
@I2 | 4.文章须为原创，不得抄袭，文责自负。
@H1 sec=phases | 二、征文时间
征文自即日起至2016年9月底止，10月份公布获奖名单。
@H1 sec=other alt=requirements | 三、投稿方式
@I2 | 1.电子版：发送至《荣成时讯》副刊部。邮箱：fkb216@126.com，联系电话：0631-7513978。
@I2 | 2.纸质版：请邮寄至成山大道东段80号鑫鑫大厦6楼荣成市新闻中心副刊部收，邮编：264300。
请在信封或邮件标题上注明“我心中的荣成”主题征文，并写明作者真实姓名、单位（学生写学校和班级）和联系方式。
@H1 sec=other | 四、评选奖励
@I2 | 1.分组评奖。由市委宣传部牵头组成评委，按成人组和青少年组分别评选，每组评出特等奖1名、一等奖3名、二等奖5名、三等奖10名和优秀奖若干名。
@I2 | 2.优秀稿件刊登在《荣成时讯》《荣成文艺》和“掌上荣成”上。
@I2 | 3.市新闻中心为青少年组组织报纸编辑、文学作者和优秀教师组成指导团队，在活动期间给参赛学生专业指导，让比赛成为提高写作水平的过程。
中共荣成市委宣传部
""",
    ),
]
