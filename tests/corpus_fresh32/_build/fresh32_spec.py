# -*- coding: utf-8 -*-
"""The thirty-second held-out fresh set: a GENERAL SAMPLE of the genre, as
writers would bring last year's document: work plans and work points
(工作计划 / 工作思路 / 工作要点), schemes (方案 / 三年行动计划), activity plans
(活动策划书 / 活动方案 / 运动会方案), a work summary (工作总结) and work reports
(党委全会报告 / 政府工作报告), by a district agriculture bureau, a
subdistrict, a college, a kindergarten, a provincial prison administration,
a new area's social-affairs bureau (its Red Cross work), a city's sports
administration, a college party committee, a town government, a county
library, a city government office and a company.  For each search query the
first usable result was taken (log in notes_queries.txt), not pages picked
as easy or hard.  Found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of the label files
listed in /work/fresh32/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs and 导语, collection titles, sample numbers,
  metadata tables, download prompts) was dropped.
- Heading, title, key-value and table lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH32_DOCS = [
    dict(
        name="fresh32_01_district_agriculture_bureau_2024_work_plan",
        source="https://www.xuekejiayuan.com/doc/2654621.html",
        doc_kind="plan", partial=True,
        notes=["A district agriculture and rural affairs bureau's 2024 work plan on a document site. The site's '提纲:' "
               "outline (the headings repeated as a list before the document) was dropped as site navigation.",
               "Task areas '一、巩固提升农业产业发展。…' are run-in headings, kind goals (measures accepted, the task areas "
               "of a plan). Figures and 2024 targets inside the bodies are goals, not phases.",
               "The page ends inside 二、 ('…筛选适宜我区种植高产、优质、多抗新品种4-6'); the fragment is kept."],
        units=["区农业农村局"],
        text="""\
@T | 区农业农村局2024年工作计划
@H1 sec=goals alt=measures | 一、巩固提升农业产业发展。做大农产品加工业：预计2024年XX区经济开发区农产品加工产业园累计入驻加工企业80家以上（其中食品企业68家），产值超X亿元，全区农产品加工业产值XX亿，累计增速13.6%。培育产业化联合体，全年新增市级、省级农业产业化联合体各1家。引导建设长三角绿色农产品生产加工供应基地，新增省级1个、市级2个，创建省级1个。发展乡村休闲旅游，年营业收入超X亿元。
@H1 sec=goals alt=measures | 二、做好良种繁育工作。2024年计划展示小麦、玉米等农作物新品种56个，从中筛选适宜我区种植的高产、优质、多抗新品种4-6
""",
    ),
    dict(
        name="fresh32_02_subdistrict_2010_work_ideas",
        source="http://jhwcw.zjol.com.cn/wcnews/system/2010/01/11/011741127.shtml",
        doc_kind="plan", partial=True,
        notes=["A subdistrict's (城东街道) work ideas for 2010 as published on a local news site: no title line, an opening "
               "sentence '2010年，城东街道总的工作思路是：…' (body, a sentence like fresh28_01's '总体要求是：…'), then three "
               "unnumbered short headings, each followed by one body line of parallel phrases.",
               "The three unnumbered headings are level 1, kind goals (measures accepted, the task areas of a plan). The "
               "quoted slogan “网格化管理，组团式服务” is kept in the heading and body."],
        units=["城东街道"],
        text="""\
2010年，城东街道总的工作思路是：贯彻党的十七届四中全会精神，落实科学发展观，围绕区委、区政府的战略目标，坚持夯实基础、注重创新、突出特色，深化“网格化管理，组团式服务”成果，提升社会管理和公共服务水平。
@H1 sec=goals alt=measures | 着力提升执政能力，建设和谐街道
通过学习提高班子的统筹协调能力；从严管理，增强干部队伍的执行力；落实制度，提高党员干部拒腐防变的能力。
@H1 sec=goals alt=measures | 深化“网格化管理，组团式服务”成果，优化管理与服务
全面建立“网格化管理，组团式服务”机制，并建立社区居民自治和社区公共服务的长效运行机制。
@H1 sec=goals alt=measures | 把握区域发展规律，加强社会管理
抓细节做好城市建设管理，抓防范做好信访综治，抓监管做好公共安全和食品安全，抓和谐做好社区文化建设。
""",
    ),
    dict(
        name="fresh32_03_college_self_study_culture_festival_plan",
        source="https://helloknj.com/cehuashu/1819682.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A college's (a branch school, 中南分校) culture-festival plan for its self-study examination students. The "
               "unnumbered label heading '活动前言：' stands before 一、 at level 1 (kind background, guidance accepted).",
               "一、…主题： keeps its trailing colon; its body is the slogan, kept verbatim. 四、文化节时间 has the overall "
               "period 'xx年3月—4月' on its value line (optional phase). 六、文化节活动内容 is goals (other accepted).",
               "Under （一）、 the label lines '1、目的：…', '2、举办地点：…', '3、举办时间：…' are items (values), level 3; "
               "'活动程序：' is an unnumbered label heading at level 3 (phases, other accepted) over four dated steps "
               "'1、xx.03.16——xx.03.26…' labelled as level-4 items. Their dates are the schedule of one sub-activity, "
               "labelled as optional phases (the event date 'xx.04.20' in the 举办时间 item is not a phase).",
               "Personal names were dropped: the person in charge of publicity ('由专人具体负责'), the two names after "
               "'负责人：' (rewritten as a body line) and the name in step 2 ('由系主任负责')."],
        units=["组委会", "教务处", "学工处", "校团委", "自考学院", "组委会办公室", "活动组织组", "宣传报到组", "校宣传部",
               "学生会宣传部"],
        extra_phases=[
            dict(name="文化节时间", start_text="xx年3月", end_text="4月", at="xx年3月—4月", optional=True),
            dict(name="各系宣传并收取相关展示作品", start_text="xx.03.16", end_text="xx.03.26", at="xx.03.16——xx.03.26",
                 optional=True),
            dict(name="挑选并培训入选学生", start_text="xx.03.29日", end_text=None, at="xx.03.29日", optional=True),
            dict(name="在校展出", start_text="xx.04.20", end_text=None, at="xx.04.20在校展出", optional=True),
            dict(name="向承办院校报", start_text="xx.04.27", end_text=None, at="xx.04.27", optional=True),
        ],
        text="""\
@T | 优秀大学生自考校园文化节活动策划书
@H1 sec=background alt=guidance | 活动前言：
为弘扬湖北省“自考校园文化”的教育理念，推动自学考试事业健康发展，提升自考学生的思想品德和综合素质，按省自考委的要求并结合我校情况，制定本策划书。
@H1 sec=other | 一、自考校园文化节主题：
感悟人文魅力，激发学习热情；展示成功素质，绽放靓丽青春。
@H1 sec=goals alt=guidance | 二、活动的目的
响应省自考委的文化节安排，借文化节传承自考校园文化，调动学生学习积极性，展示我校自考学生的精神面貌和整体素质。
@H1 sec=responsibilities | 三、组织领导
成立由分管自考工作的副校长任组长的组委会，成员来自教务处、学工处、校团委和自考学院，下设组委会办公室、活动组织组、宣传报到组（见附件）。
@H1 sec=phases alt=other | 四、文化节时间
xx年3月—4月
@H1 sec=measures alt=other | 五、宣传报道工作
宣传由校宣传部总负责，由专人具体负责海报、横幅、展板和报道，并与校宣传部联络；学生会宣传部配合。每项活动前有标语或横幅，活动中跟踪报道，活动后有总结报道和图片展，所有报道和图片要及时上传学院网页。
@H1 sec=goals alt=other | 六、文化节活动内容
@H2 | （一）、“水墨中南，和谐自考”书法作品选
负责人为两名教师。
@I3 | 1、目的：展示中南分校自考学生的书法作品，让学生体会中国文化的魅力，提高文化修养。
@I3 sec=other alt=goals | 2、举办地点：校东区文化长廊
@I3 sec=phases alt=other,goals | 3、举办时间：xx.04.20
@H3 sec=phases alt=other | 活动程序：
@I4 | 1、xx.03.16——xx.03.26各系宣传并收取相关展示作品
@I4 | 2、xx.03.29日由系主任负责挑选并培训入选学生
@I4 | 3、xx.04.20在校展出
@I4 | 4、xx.04.27向承办院校报
""",
    ),
    dict(
        name="fresh32_04_kindergarten_autumn_logistics_plan",
        source="https://www.jishifa.com/tags-11044.html",
        doc_kind="plan", partial=True,
        notes=["The first sample on a tag page ('2022幼儿园秋季工作计划(精选)'): a kindergarten's autumn-term plan for its "
               "logistics work. The tag-page title, the 小编 blurb and the sample title with its number (篇1) were dropped, "
               "so the document shows no title line.",
               "Only 一、指导思想 and the start of 二、工作目标 are visible; the first target '1、优化后勤工作人员队伍，不断增' "
               "(cut by the page) is a goal statement, labelled as an item at level 2."],
        units=[],
        text="""\
@H1 sec=guidance | 一、指导思想
本学期后勤工作围绕幼儿园中心工作务实创新，提高后勤人员的思想和业务素质；结合园所实际，抓好园容园貌建设，开源节流，管好财产和食堂，使保育水平上一个台阶，增强服务意识，做到服务教师、服务幼儿、服务家长、服务社会。
@H1 sec=goals | 二、工作目标
@I2 | 1、优化后勤工作人员队伍，不断增
""",
    ),
    dict(
        name="fresh32_05_provincial_prison_administration_2023_work_points",
        source="http://hnjyj.hunan.gov.cn/hnjyj/xxgk/ghjh/202303/t20230303_29261982.html",
        doc_kind="plan", partial=True,
        notes=["A provincial prison administration's 2023 work points, from its open-government pages (规划计划). The visible "
               "part has no title line: it starts with the general requirement sentence '全省监狱工作总的要求：…' (body), "
               "then six run-in sentence headings 一、…六、 with no body lines between them.",
               "Each heading is one sentence ending in '。' with its comma-separated clauses; the automatic cut keeps the "
               "whole sentence. Kind goals (measures accepted, the task areas of a plan); 六、 (nine key tasks, nine "
               "highlights, four difficulties) is the same kind."],
        units=[],
        text="""\
全省监狱工作总的要求：以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神，坚持党对监狱工作的绝对领导，以推进新时代新征程监狱工作现代化为总目标，统筹发展与安全，坚持惩罚与改造相结合、以改造人为宗旨，守住安全稳定底线，强化主责主业，深化改革创新，夯实基层基础，建设一流企业，锻造过硬队伍，为建设社会主义现代化新湖南贡献力量。
@H1 sec=goals alt=measures | 一、突出强化党的领导，坚决做到“两个维护”，学深悟透党的二十大精神，全面加强基层建设，打造坚强过硬政治机关。
@H1 sec=goals alt=measures | 二、全面强化监管改造，切实防范安全风险，着力规范改造业务，深入推进依法治监，抓好抓紧疫情防控，保障平安法治建设大局。
@H1 sec=goals alt=measures | 三、推动企业稳健发展，完善企业治理机制，提升企业发展质量，更好发挥服务改造职能。
@H1 sec=goals alt=measures | 四、不断深化改革创新，大力攻坚重点改革，全力加快项目建设，全面提升综合保障能力。
@H1 sec=goals alt=measures | 五、始终坚持自我革命，突出抓班子，精心带队伍，持续正风纪，坚持办实事，纵深推进全面从严管党治警。
@H1 sec=goals alt=measures | 六、集中精力狠抓九大重点，创先争优打造九大亮点，主动作为破解四大难点，不断推进监狱工作现代化，在新征程上书写湖南监狱新篇章。
""",
    ),
    dict(
        name="fresh32_06_new_area_red_cross_2018_summary",
        source="http://35331.cn/lhd_9cyao8i5gk7zlrl1bkfq6d7jn4l91z01354_1.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A new area's social-affairs bureau (社会事业局, acting for the Red Cross) summarising its 2018 Red Cross work, "
               "on a document-conversion site. The site's page title ('…及2019年工作打算 下载本文') and update line were "
               "dropped; the document's own title is the title line.",
               "一、 is glued to its body with only a space ('…发展氛围 社会事业局坚持…'): the heading text is set by hand. "
               "A page number '1' stands on its own line and splits the word 身心健|康 across two lines (debris, kept, "
               "not labelled). The page's masks '**名', '**年**月**日', '**多户', '**万元' are kept.",
               "Sections are backward-looking work done: kind achievements. The page ends inside 三、 ('…推动无偿献血事'), kept "
               "as a bare heading fragment. The event dates 5月8日 and 6月3日 are not phases."],
        units=["社会事业局", "文教局", "关心下一代工作委员会办公室"],
        text="""\
@T | 2018年红十字会工作总结
2018年，社会事业局在管委会领导和市红十字会支持下，秉承人道主义宗旨，弘扬“人道、博爱、奉献”精神，抓好困难群众慰问、卫生救护、无偿献血和组织建设，新区红十字事业有了较大发展。现将2018年新区红十字工作汇报如下：
@H1 sec=achievements text=一、加强宣传活动，努力营造红十字事业发展氛围 | 一、加强宣传活动，努力营造红十字事业发展氛围 社会事业局以宣传教育为先导，借世界红十字日、防灾减灾日等时机开展宣传，介绍红十字会的性质、任务、宗旨和原则，普及红十字运动知识。
5月8日世界红十字日，社会事业局在文化活动广场和社区宣传红十字运动和国际人道法，普及无偿献血、造血干细胞和遗体器官（组织）捐献知识，并请医院**名医生为辖区100多名老人免费体检，发放材料1000余份，悬挂横幅15余条。
6月3日，社会事业局与文教局、关心下一代工作委员会办公室和医院联合为品学兼优的贫困学生免费体检，意在促进青少年身心健
1
康成长，让孩子们带着好身体投入学习，感受到关爱。
@H1 sec=achievements | 二、关爱弱势群体，深入开展各项慰问活动
社会事业局把“红十字博爱送万家”与春节慰问结合起来，于**年**月**日为因灾、因祸、因病、因残致困的低收入家庭送去生活物资，共慰问**多户，发放慰问金**万元、物资**万余元。
@H1 sec=achievements | 三、依法参与献血，推动无偿献血事
""",
    ),
    dict(
        name="fresh32_07_city_national_fitness_olympic_year_scheme",
        source="https://sowenku.cn/document/mn9uz1",
        doc_kind="scheme", doc_kind_alt=["activity_plan", "plan"], partial=True,
        notes=["A city's scheme for national-fitness activities in the Beijing Olympic year (鹰潭, host of the 13th provincial "
               "games, year masked '20__年'), on a document site. No title line is visible: the page starts with the "
               "opening sentence ('…特制定本方案。'). The site's closing prompt ('🔗更多内容请下载文档') was dropped.",
               "一、指导思想 guidance; 二、工作思路 guidance (goals accepted); 三、活动时间 phases (other accepted) with the "
               "overall period '20__年4月—9月' on the value line '时间：…' (optional phase); 四、活动内容 goals (other accepted).",
               "Under 四、 a three-column table (时间 / 活动内容 / 负责单位) is flattened to one row per line, cells run "
               "together ('4月1.奥运会倒计时一百天万人健步走活动市体育局'); the rows, including the row that starts "
               "'2.武术交流…', are table cells: not labelled. The last row is cut by the page ('腰鼓....').",
               "The site's anti-copy backtick inside a body sentence ('文明的`生活方式') is kept as debris."],
        units=["市体育局", "武术协会"],
        extra_phases=[
            dict(name="活动时间", start_text="20__年4月", end_text="9月", at="时间：20__年4月—9月", optional=True),
        ],
        text="""\
为深入开展全民健身活动，唱响“全民健身与奥运同行”的主题，决定在北京奥运会期间组织一系列全民健身活动，特制定本方案。
@H1 sec=guidance | 一、指导思想
抓住举办北京奥运会的机遇，以人为本，继续深化“全民健身与奥运同行”主题，让群众分享群众体育改革发展的成果，使群众体育在迎接奥运、促进社会和谐中发挥更大作用。
@H1 sec=guidance alt=goals | 二、工作思路
围绕“全民健身与奥运同行”，结合20__年江西省第十三届运动会在鹰潭举办，创新活动方式、丰富活动内容，使活动更贴近群众、更易参与，引导形成科学、健康、文明的`生活方式，让迎奥运、办省运的成果惠及全体人员。
@H1 sec=phases alt=other | 三、活动时间
时间：20__年4月—9月
@H1 sec=goals alt=other | 四、活动内容
时间活动内容负责单位
4月1.奥运会倒计时一百天万人健步走活动市体育局
2.武术交流展示大会武术协会
5月1.组织腰鼓、军乐团活动腰鼓....
""",
    ),
    dict(
        name="fresh32_08_college_party_committee_plenary_report",
        source="https://sucai198.com/lingdaojianghua/2022/07/10613.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        notes=["A college party committee's work report to its plenary session (name masked 'X学院', years masked 'X年'), "
               "from a site's 领导讲话 section. The site's page title ('党委书记在学院党委全会上的讲话(学校)') was dropped. "
               "Two title lines and the '--在…会议上的报告' subtitle are title lines; the title joins the three (as "
               "fresh28_10 joins title and —— subtitle).",
               "'各位委员：' is a salutation (body). The line under 一、 ('这一年，我们…凝聚起…强大合力') is a lead-in sentence "
               "without final punctuation, kept as body. （一） is run in ('…六中全会精神。校党委…').",
               "一、X年工作回顾 and its entries are achievements. Personal names of invited speakers were dropped. The page "
               "ends inside （二） ('…新时代思想政治'), kept as a bare heading fragment.",
               "doc_kind report (a work report delivered to a plenary); speech and summary accepted."],
        units=["党委常委会", "校党委"],
        text="""\
@T | 提高政治站位强化责任担当
@T | 奋力开创党的建设和事业发展新局面
@T | --在中共X学院第一届委员会第四次全体（扩大）会议上的报告
各位委员：
这次全会以习近平新时代中国特色社会主义思想为指导，学习贯彻全国、全省教育大会和党建、思想政治工作会议精神，回顾X年工作、部署X年任务，践行习近平总书记回信精神，推进立德树人和学校转型发展。下面我代表党委常委会作工作报告，请各位委员审议，列席同志提出意见。
@H1 sec=achievements | 一、X年工作回顾
这一年，我们学习贯彻习近平新时代中国特色社会主义思想和党的十九届六中全会精神，党的建设全面加强，凝聚起谋发展的强大合力
@H2 | （一）深入学习宣传贯彻党的十九届六中全会精神。校党委把学习宣传六中全会精神列为首要政治任务，召开一届三次全会作出部署，通过大学习、大讨论、大宣讲引导党员干部学懂弄通做实；党委常委会和理论学习中心组带头学习研讨，请全会代表和宣讲团成员、专家学者来校宣讲，组织中层以上干部和基层党组织书记到X党校培训，并成立了教师和学生两个层面的研究组织。师生“四个意识”更强，“四个自信”更坚定，“两个维护”更自觉。
@H2 | （二）着力加强和改进新时代思想政治
""",
    ),
    dict(
        name="fresh32_09_town_government_2024_work_report",
        source="http://cqbn.gov.cn/bmjz/jz/mdz/zwgk_89391/zfxxgkml/zcwj/qtwj/202402/t20240222_12944703.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        notes=["A town government's 2024 government work report inside its issuing notice (木洞府发〔2024〕2号), from the "
               "district's open-government pages. The site's metadata table (索引号, 发文字号, 主题分类…) was dropped.",
               "Title lines: the notice title (line 1), the issuer line and the report title (lines 6-7), and the occasion "
               "subtitle '——2024年1月23日在…' broken over two lines (8-9). The label takes the report's own title "
               "(issuer + title), as corpus-dev does for a notice with an attached document (dev05). The addressee, the "
               "notice body, the signature and date, '(此件公开发布)', the reporter's line (name dropped) and '各位代表：' "
               "are body.",
               "Under 一、2023年工作回顾 an unnumbered standalone sentence ('一年来，我们全力以赴稳增长，…。') acts as a "
               "level-2 heading, and '经济总量持续增长。…' is a run-in unnumbered level-3 heading; all achievements. The "
               "page ends inside that paragraph ('…限上商业商品销售').",
               "Dates in the notice and subtitle (2024年2月22日, 2024年1月23日) are not phases."],
        units=["重庆市巴南区木洞镇人民政府"],
        title_override="重庆市巴南区木洞镇人民政府2024年政府工作报告",
        text="""\
@T | 重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知
各村（居）民委员会、镇属各岗位、驻镇相关单位：
2024年《政府工作报告》已由镇二十届人民代表大会第八次会议审议通过，现按审议意见修改完善后印发，请认真贯彻，做好政府各项工作。
重庆市巴南区木洞镇人民政府
2024年2月22日
（此件公开发布）
@T | 重庆市巴南区木洞镇人民政府
@T | 2024年政府工作报告
@T | ——2024年1月23日在重庆市巴南区木洞镇第二十届
@T | 人民代表大会第八次会议上
重庆市巴南区木洞镇人民政府镇长
各位代表：
现在，我代表木洞镇人民政府向大会报告工作，请予审议，并请列席会议的同志提出意见。
@H1 sec=achievements | 一、2023年工作回顾
2023年是全面贯彻党的二十大精神的开局之年，是新重庆建设的起步之年，也是疫情防控转段后经济恢复的一年。我们以习近平新时代中国特色社会主义思想为指导，以主题教育为动力，落实党中央部署和市委、区委要求，坚持高质量发展，突出稳进增效、除险清患、改革求变、惠民有感，全镇经济社会发展取得新成效。
@H2 | 一年来，我们全力以赴稳增长，经济回升的步伐迈得更沉稳。
@H3 | 经济总量持续增长。全镇固定资产投资同比增长20.1%；规模以上工业总产值84亿元，增长1.2%；规上工业企业营业收入72亿元，增长1.4%，利润总额5亿元，增长11.1%；限上商业商品销售
""",
    ),
    dict(
        name="fresh32_10_county_library_reading_day_activity_plan",
        source="https://alatiku.com/fanwen/fangan/pe3yvv.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('世界读书日主题方案精编3篇'): a county library's World Book Day plan. "
               "The collection title, the 导言 and the sample number glued to the sample title ('…活动方案1') were dropped; "
               "the sample's own title is the title line.",
               "The source's empty quotes in '通过“”世界读书日系列活动' are kept in the rewritten body. 二、活动主题 is other, "
               "its value is the slogan (kept). 三、活动时间 has the overall date '20__年4月23日' (optional phase).",
               "四、具体活动安排 (goals, other accepted) has five level-2 headings '1、展板宣传（时间：全天地点：图书馆坪内）' "
               "each on its own line above its body; the bracketed times (全天, 上午9:30开始, 下午) are slots of the one "
               "day, not labelled as phases. '4、免费x' keeps the page's mask.",
               "五、活动人员安排 is responsibilities; its key-value lines ('活动总指导：__', '展板提供：x'x'x') keep the "
               "blanks and masks and are body. The page ends at '现场协'."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="20__年4月23日", end_text=None, at="20__年4月23日", optional=True),
        ],
        text="""\
@T | 2023年世界读书主题活动方案
@H1 sec=goals alt=guidance | 一、活动目的
借“”世界读书日系列活动，弘扬尊重知识、崇尚文明的阅读理念，帮助我县公众养成良好阅读习惯，丰富文化生活，提高文化素质；让读者更了解“世界读书日”，更了解并走进图书馆。
@H1 sec=other | 二、活动主题
这个春天书香正浓
@H1 sec=phases alt=other | 三、活动时间
20__年4月23日
@H1 sec=goals alt=other | 四、具体活动安排
@H2 | 1、展板宣传（时间：全天地点：图书馆坪内）
用展板宣传尊重知识、崇尚文明的阅读理念，介绍阅读和图书发展史，展示本馆近年来的发展和成绩，让更多人了解、关心图书馆事业。
@H2 | 2、数字化阅读新体验（时间：上午9:30开始地点：电子阅览室）
电子阅览室挑选文化信息资源共享工程的视频讲座播放，帮助读者提高阅读能力。
@H2 | 3、新书推介（时间：全天地点：外借处）
为上架新书做推介，并分类重点推荐各类图书，带动借阅。
@H2 | 4、免费x（时间：全天地点：外借处）
当天前来x的读者免交工本费和年检费（共15元），只交50元可退的风险押金。
@H2 | 5、“文化信息资源共享工程助春耕”活动（时间：下午地点：电子阅览室）
把春耕科学知识等农业数字资源送到资源共享基层点。
@H1 sec=responsibilities | 五、活动人员安排
活动总指导：__
数字化阅读新体验：__
文化共享工程助春耕：__
展板提供：x'x'x
现场协
""",
    ),
    dict(
        name="fresh32_11_city_public_health_three_year_action_plan",
        source="http://henan.kjzch.com/xinxiang/2024-01-01/839266.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A city's three-year action plan for its public-health system (2023—2025年) inside the city government "
               "office's issuing notice, reposted on a regional site. Title lines: the notice title broken over two lines "
               "(1-2) and the plan's own title (line 7); the label takes the plan's own title (dev05 convention). The "
               "addressee, notice body, issuing office and date are body.",
               "一、总体思路 is guidance; under it '（一）指导思想。…' (guidance) and '（二）行动目标。…' (goals, a clearly "
               "different kind) are run-in level-2 headings. The plan period in the title and the target year '到2025年' "
               "are not phases. The page ends inside （二） ('…完善能够充分满足群众').",
               "Another page of the same site is a source of fresh31 (a different city, id and title); this one is not."],
        units=[],
        title_override="新乡市公共卫生体系建设三年行动计划（2023—2025年）",
        text="""\
@T | 关于印发新乡市公共卫生体系建设三年行动计划
@T | （2023—2025年）的通知
各县（市）、区人民政府，市人民政府各部门：
《新乡市公共卫生体系建设三年行动计划（2023—2025年）》已经市政府同意，现印发给你们，请认真贯彻执行。
新乡市人民政府办公室
2023年12月25日
@T | 新乡市公共卫生体系建设三年行动计划（2023—2025年）
为巩固疫情防控成果，落实《新乡市“十四五”全民健康规划》，提升公共卫生综合服务能力和社会治理水平，构建强大的公共卫生体系，依据《河南省人民政府办公厅关于印发河南省公共卫生体系建设三年行动计划（2023—2025年）的通知》（豫政办〔2023〕32号），结合新乡实际，制定本行动计划。
@H1 sec=guidance | 一、总体思路
@H2 | （一）指导思想。以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和关于卫生健康工作的重要论述，落实《中华人民共和国基本医疗卫生与健康促进法》《河南省基本医疗卫生与健康促进条例》，坚持以人民健康为中心，补短板、堵漏洞、强弱项、扬优势，加强公共卫生体系建设，全方位、全周期保障人民健康，为健康新乡建设打好基础。
@H2 sec=goals | （二）行动目标。坚持“以人为本，健康优先；预防为主，强化基层；提高质量，均衡发展；全民参与，共建共享；深化改革，创新驱动”的原则，稳步推进现代化公共卫生服务网络建设。到2025年，基本建成能有效应对重大疫情和突发公共卫生事件的应急指挥、监测预警、应急救治和应急物资保障体系，应急处置能力达到省内领先水平；完善能够充分满足群众
""",
    ),
    dict(
        name="fresh32_12_company_fun_sports_meet_activity_plan",
        source="https://m.stra.cn/wenku/ahee/zXmAgnP1X3",
        doc_kind="activity_plan", partial=True,
        notes=["A company's fun sports meet plan on a document site whose page title says '学校工会趣味运动会方案' while the "
               "text is a company's (厂区, 行政部, 旷工); the page title is kept as the title line. The posting line was "
               "dropped. The opening mentions 中秋及国庆 while the date is 12月30日: kept as the source has it.",
               "Label headings keep their trailing colons ('一、活动时间：'). 一、 is phases (other accepted) with the "
               "overall date '12月30日' (optional). 四、 (service arrangements) is responsibilities (other accepted); its "
               "'1、播音员：…' lines are key-value items at level 2. 五、运动会安排议程： is phases (other accepted); its "
               "1、–4、 are programme items at level 2, '13:30-17:30运动会活动项目' an unnumbered label item at level 3 "
               "and '（1）13:30-14:10两人三足…' items at level 4; the time slots of the day are optional phases.",
               "The numeral of 六、 is missing in the source ('、费用预算'): a level-1 heading with the literal token '、' "
               "(style none), kind other (measures accepted). A sentence is broken over two lines ('…活动项目的具' / "
               "'体时间表公布。'); '（3）14:50-15:304x50乒乓球' runs the end time into the event name; the slot 16:10-16:50 "
               "is missing in the source.",
               "Dates inside items and body (12月29日, 12月28日前) are deadlines, not phases."],
        units=["行政部", "裁判委员会", "秘书处", "总务人事"],
        extra_phases=[
            dict(name="活动时间", start_text="12月30日", end_text=None, at="12月30日（预定", optional=True),
            dict(name="两人三足", start_text="13:30", end_text="14:10", at="13:30-14:10", optional=True),
            dict(name="抢凳子", start_text="14:10", end_text="14:50", at="14:10-14:50", optional=True),
            dict(name="4x50乒乓球", start_text="14:50", end_text="15:30", at="14:50-15:30", optional=True),
            dict(name="齐心协力", start_text="15:30", end_text="16:10", at="15:30-16:10", optional=True),
            dict(name="拔河比赛", start_text="16:50", end_text="17:30", at="16:50-17:30", optional=True),
        ],
        text="""\
@T | 学校工会趣味运动会方案
为丰富员工业余文化生活，让员工分享公司发展成果、增强企业凝聚力，并迎接中秋和国庆，公司将组织全体员工开展趣味运动会和唱歌比赛。
@H1 sec=phases alt=other | 一、活动时间：
12月30日（预定，可视天气调整）。员工当天参加运动会按正常出勤计；未请假不参加或中途离开的，按旷工处理。
@H1 sec=other | 二、活动场所：
公司厂区内
@H1 sec=other | 三、各部门组队安排：
全厂员工按人数分为一、二两队参加。
@H1 sec=responsibilities alt=other | 四、运动会服务事项安排：
@I2 | 1、播音员：由行政部确定播音员名单（男女各一名）；
@I2 | 2、安全监督：行政部
@I2 | 3、裁判委员会裁判长：各参赛队推荐一名专职裁判员，负责把现场比赛结果报裁判长和秘书处。
@I2 | 4、秘书处：由总务人事确定人员名单，负责统计比赛结果。
@I2 | 5、后勤保障：行政部
@H1 sec=phases alt=other | 五、运动会安排议程：
@I2 | 1、上午除行政部、评委会成员和其他参与人员外照常上班，下午13:00全员在指定地点集合，步行前往运动会场。
@I2 text=2、13:30运动会开幕入场式（各代表队参赛人员列队参加） | 2、13:30运动会开幕入场式（各代表队参赛人员列队参加）
各参赛队须在12月29日前定好队名、队呼和各项目参赛人员。
@I2 | 3、公司将对前三名进行奖励（奖品）
@I3 | 13:30-17:30运动会活动项目
@I4 text=（1）13:30-14:10两人三足（一等奖2人，二2人，三2人） | （1）13:30-14:10两人三足（一等奖2人，二2人，三2人）
@I4 text=（2）14:10-14:50抢凳子（一等奖1人，二1人，三1人） | （2）14:10-14:50抢凳子（一等奖1人，二1人，三1人）
@I4 | （3）14:50-15:304x50乒乓球（团队奖10人）
@I4 | （4）15:30-16:10齐心协力（团队奖10人）
@I4 | （5）16:50-17:30拔河比赛（团队奖20人）
@I2 text=4、17:30闭幕式（颁发各单项奖及团体奖） | 4、17:30闭幕式（颁发各单项奖及团体奖）。
另：行政部根据各项目报名情况，在12月28日前将活动项目的具
体时间表公布。
@H1 sec=other alt=measures num=、 | 、费用预算
趣味游戏费用预算
@H1 sec=phases alt=other | 七、运动会闭幕式
""",
    ),
]
