# -*- coding: utf-8 -*-
"""The 137th held-out fresh set: SPEECHES at work meetings, mobilisation
meetings, promotion meetings and a training class (讲话稿), WORK REPORTS and
briefing materials (工作情况汇报 / 视察报告), whose kind a reader names from the
title and the opening, plus two summaries without a title line.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every used_sources.tsv, exclusion list and label file under
/work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH137_DOCS = [
    dict(
        name="fresh137_01_district_forest_fire_autumn_winter_meeting_speech",
        source="https://www.gongwenku1.com/index.php?id=58284",
        doc_kind="speech", partial=True,
        notes=["A district leader's speech at the 2025 autumn-winter forest fire prevention meeting, from a "
               "speech-sharing site. The page shows the title twice: the page heading '在XX区…讲话' and the "
               "document's own line 'XX区…讲话' (without 在) above the salutation. Both are title lines; the label "
               "takes the document's own line (as corpus-dev does for dev17). The site's 发布时间/浏览次数 line was dropped.",
               "Only the first of the 'three points' (一、) is visible; it is a speech point, labelled requirements "
               "(guidance and background accepted, since it argues the situation).",
               "The paywall lines '试读结束，请点击右下角登录后' and '开通VIP查看和下载' are kept as debris, never labelled.",
               "The 应急管理部门 that reported at the meeting is listed as a unit."],
        units=["应急管理部门"],
        title_override="XX区2025年秋冬季森林防灭火工作会议上的讲话",
        text="""\
@T | 在XX区2025年秋冬季森林防灭火工作会议上的讲话
@T | XX区2025年秋冬季森林防灭火工作会议上的讲话
同志们：
今天召开全区秋冬季森林防灭火工作会议，目的是研判当前的严峻形势，部署下一阶段重点工作，动员全区上下马上行动，用最高的标准、最严的要求和最实的举措打赢秋冬季防灭火这场硬仗。刚才应急管理部门通报了形势，问题讲得透、建议很有针对性，我完全同意。下面我再强调三点意见。
@H1 sec=requirements alt=guidance,background | 一、认清形势，正视挑战，切实增强森林防灭火工作的思想自觉与行动自觉
森林是XX区的宝贵财富和生态屏障，守好这片绿水青山是对历史、对人民、对未来的郑重承诺。防灭火关系群众生命财产安全，也关系全区发展大局。入秋以后天干物燥、大风增多，林下可燃物越积越多，火险等级持续攀升，已进入火灾的高发期和关键期，对形势的严峻复杂必须保持清醒。
试读结束，请点击右下角登录后
开通VIP查看和下载
""",
    ),
    dict(
        name="fresh137_02_county_health_bureau_sanitation_mobilisation_speech",
        source="https://wenku.docs.qq.com/detail?docId=KalnNXx3je",
        doc_kind="speech", partial=True,
        notes=["A county health bureau leader's speech at the county mobilisation meeting for urban-rural sanitation "
               "and pollution reduction, from a document-sharing site. The site's sample title "
               "'6卫生局城乡环境卫生整治动员会致辞' and its blurb were dropped; the document's own first line "
               "'卫生局城乡环境卫生整治动员会讲话' is the title. The store ran title, salutation and opening into one "
               "block; it was split at the boundaries the text shows.",
               "The heading keeps the PDF line-wrap space of the store: '…治污减排的责任 感和紧迫感' (kept as written, "
               "like the PDF spacing of dev11). In the store the heading ran into its body after a space; the line was "
               "split there.",
               "Only the first point (一、) is visible; labelled requirements (guidance and background accepted). "
               "The page marker '第1页共 11 页' that ends the visible text is kept as a debris line, never labelled; "
               "the body before it ends on the fragment '长足进'.",
               "The masked leader in '政府XX县区长' is kept as in the source."],
        units=["各乡镇、各单位"],
        text="""\
@T | 卫生局城乡环境卫生整治动员会讲话
同志们：
今天县委、县政府召开全县城乡环境卫生整治暨治污减排工作动员大会，任务是贯彻国家、省、市会议精神，部署全县城乡环境卫生整治和治污减排工作，动员干部群众用一个月打好城乡环境卫生整治歼灭战、用半年打赢治污减排攻坚战，为创建国家园林城、卫生城、环保城打下基础，把我县建成长治的“后花园”和“生态乐土”。
市委、市政府5月24日接连召开两个动员大会，今天我们把两个会合并召开：一是环境整治本是一个大概念，治污减排是其中的重要手段；二是为了转变作风、精简会议、提高会议质量。稍后政府XX县区长还将代表县委、县政府讲话，请各乡镇、各单位认真领会落实。下面我讲几点意见。
@H1 sec=requirements alt=guidance,background | 一、认清形势，提高认识，增强环境整治和治污减排的责任 感和紧迫感
近年来县委、县政府始终把生态环境保护和经济发展放在同等位置，狠抓城乡环境卫生整治和企业治污减排，在全县人民共同努力下，全县环境建设和治理取得了长足进
第1页共 11 页
""",
    ),
    dict(
        name="fresh137_03_city_business_environment_promotion_meeting_speech",
        source="http://www.sanweiyuan.com/news/116181.html",
        doc_kind="speech", partial=True,
        notes=["A mayor's speech at a city meeting on optimising the business environment, from a writing-service "
               "site. The store shows the title once as a heading and once glued to the start of the body "
               "('…讲话同志们：今天…'); the glued repeat was dropped, so line 1 is the only title line.",
               "The store breaks the text into one sentence per line (lines 3-8); kept as separate lines, all body.",
               "The heading '一、提高站位，深刻认识优化营商环境的极端重要性' runs straight into its body without punctuation "
               "('…重要性营商环境是…'), kept glued as in the store; the text is set by hand. Labelled requirements "
               "(guidance accepted).",
               "The store had lost words in the opening (names of the central bodies); the rewrite does not restore "
               "them. The site's truncation line '预览结束，免费获取全文或定制代笔此类文章，请扫码联系老师！' is kept as "
               "debris, never labelled; the column blurb after it was dropped."],
        units=[],
        text="""\
@T | 市长在全市营商环境优化推进会上的讲话
同志们：今天召开全市营商环境优化推进会，主要任务是学习贯彻有关优化营商环境的重要论述和决策部署，查找我市营商环境的短板弱项，部署下一阶段重点工作，动员全市以更高标准、更实举措推动营商环境再优化、再提升，为高质量发展提供保障。
优化营商环境是推动高质量发展的关键一招。
营商环境没有最好，只有更好。
这些年我市在这方面下了不少功夫，也见到了一些成效，但同先进地区和企业群众的期待相比还有不小差距。
有的部门服务意识淡薄，审批环节依然繁琐；有的政策没有落地，企业感受不到；有的干部缺乏担当，遇到难题就绕开走。
这些问题不解决，全市发展大局就会受到拖累。
我们要拿出刀刃向内的勇气和抓铁有痕的劲头，破除体制机制障碍，打造市场化、法治化、国际化的一流营商环境。
@H1 sec=requirements alt=guidance text=一、提高站位，深刻认识优化营商环境的极端重要性 | 一、提高站位，深刻认识优化营商环境的极端重要性营商环境是一个地方经济软实力和综合竞争力的体现。
营商环境好的地方，人才、资本和项目就会向那里集中。
区域竞争越来越激烈，营商环境已成为城市发展绕不开的“必答
预览结束，免费获取全文或定制代笔此类文章，请扫码联系老师！
""",
    ),
    dict(
        name="fresh137_04_district_village_secretaries_training_speech",
        source="https://m.07608.cn/qihuawenan/122599.html",
        doc_kind="speech", partial=True,
        notes=["A district Party committee leader's speech at a training class for newly elected village Party "
               "secretaries (after the 村“两委”换届 that ended in late January). The page shows the title line; there is "
               "no salutation line.",
               "The speaker announces 'four sentences, sixteen characters'; only the first, the bare heading "
               "'一、以规为界', is visible. Labelled requirements (guidance accepted): a speech point of admonition.",
               "The body lines explain 规矩 at length; rewritten and shortened."],
        units=["区委组织部", "党校"],
        text="""\
@T | 在全区农村党组织书记培训班上的讲话
前段时间，我区按省委统一部署开展村“两委”换届选举，1月底已全部完成。今天到场的都是选举中脱颖而出的同志，愿意挑起带领一个村发展的担子，很不容易。我代表区委祝贺大家当选，也感谢大家长期扎根基层、辛勤工作。
这次培训既是落实中央和省委、市委关于开展政治纪律和政治规矩教育的要求、坚持从严治党的具体举措，也是省委规定换届后村书记培训全覆盖的必修课，还是区委提升村书记能力的常态做法。区委组织部和党校作了精心准备，希望大家珍惜机会、认真领会。怎样当好村书记，过去我讲过不少，归纳起来就是用情、用心、用力、用法。今天我再讲四句话十六个字，算是与大家谈心，也是区委对大家的期望。
@H1 sec=requirements alt=guidance | 一、以规为界
规矩原本是画圆和画方的工具，后来引申为礼法，即礼仪、法律和规章。没有规矩不成方圆，人、家、国莫不如此，人人都要守规矩，这是立身之本。
作为共产党员，我们还要受到比普通人更严的约束，这就是党的政治规矩。近来从中央到地方，
""",
    ),
    dict(
        name="fresh137_05_county_living_environment_work_briefing",
        source="http://m.sanweiyuan.com/news/13947.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county government's briefing on its living-environment work (城乡环卫一体化), from a writing-service "
               "site; the kind is named by the title (工作情况汇报) and the opening ('现将…主要工作进展报告如下'). The "
               "site name and date lines were dropped.",
               "Two run-in sections 一、 and 二、 of backward-looking 做法 are visible, labelled achievements (measures "
               "accepted). 二、 ends on '首先是按需……' where the preview stops.",
               "The preview lines '预览结束，免费获取全文或定制代笔此类文章！' and the contact line (typed twice) are kept as "
               "debris, never labelled.",
               "Units: the county leading group and the 18 乡镇（街道） with the 经济开发区, which each set up their own; the county government is the writer and not listed."],
        units=["领导小组", "18个乡镇（街道）和经济开发区"],
        text="""\
@T | 某县政府人居环境建设工作情况汇报
近年来XX县一直把治理环境卫生脏乱差作为回应群众关切、改善城乡面貌的重要抓手，深入推进城乡环卫一体化，人居环境明显改善，两次群众满意度调查均居全省前列，受到上级党委政府肯定，先后有XX余个考察团、上千人次来县参观学习。现将我县在这方面的主要工作进展报告如下：
@H1 sec=achievements alt=measures | 一、强化组织领导，确保有力支撑
我县把城乡环卫一体化作为重要民生工程和“一把手”项目，制定详细实施方案，明确各部门任务职责，确保每项工作有人负责、每笔资金落到实处。县委县政府成立由县委书记任组长、县长任常务副组长的领导小组，建立联席会议机制，定期研究进展、解决困难；书记、县长多次深入基层调研并作出指示。全县18个乡镇（街道）和经济开发区也都成立领导小组，主要领导亲自挂帅，资金投入、队伍建设和组织领导三方面全部到位。
@H1 sec=achievements alt=measures | 二、勇于探索创新，打造“三项模式”
在推进城乡环卫一体化中，我县不断摸索适合本地的做法，形成了具有特色的“三项模式”。首先是按需……
预览结束，免费获取全文或定制代笔此类文章！
请点击👉 mbgs777 👈联系老师
请点击👉 mbgs777 👈联系老师
""",
    ),
    dict(
        name="fresh137_06_county_civilised_town_creation_report",
        source="https://ruiwen.com/gongwen/baogao/716850.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county's report on its 文明县城 creation work, from a sample site. The site's page title, date line and "
               "'在经济飞速发展的今天…' blurb were dropped. Two title lines remain: the sample's heading "
               "'关于文明县城创建工作有关情况报告' and the document's own '关于文明县城创建工作有关情况的汇报'; the label takes "
               "the document's own (as corpus-dev does for dev17).",
               "一、我县文明县城创建工作开展情况 is labelled achievements. Its body lines '文明县城创建的内容概括为6+1…', "
               "the month-by-month line (5月…10月) and the lead-in '我县在创建工作过程中：' are body: the months are a "
               "record of past meetings, not phases.",
               "Below the lead-in come line-initial '一是突出强化…。' and '二是突出抓好关键环节。' run-in headings "
               "(numbering 一是, level 2, achievements). The second ends on the fragment '提升得分效'.",
               "The opening ends '提出如下报告和建议：': a report that also makes proposals; summary accepted as kind."],
        units=["县创城指挥部", "创城办", "各工作部", "各责任部门"],
        title_override="关于文明县城创建工作有关情况的汇报",
        text="""\
@T | 关于文明县城创建工作有关情况报告
@T | 关于文明县城创建工作有关情况的汇报
20xx年是全省第二届省级文明城市创建周期承上启下的一年。为做好新一年度的创建，现提出如下报告和建议：
@H1 sec=achievements | 一、我县文明县城创建工作开展情况
文明县城创建的内容概括为6+1，即经济、政治、文化、社会、生态文明和党的建设“六大建设”，加上市民文明素质、城市文明程度和文化品位“一大提升”。
今年5月县委部署全县文明城创建，调整了指挥机构，理顺了任务责任；6月初抽调人员，创城办开始运转。6月县创城指挥部召开推进会议，7月开点位对标现场观摩会，8月办档案资料擂台赛，9月再组织点位创建观摩，10月迎接省测评组考评。其间各类调度会、推进会、督导会开了很多次。我县在创建工作过程中：
@H2 | 一是突出强化领导指挥体系建设和工作推进机制建设。形成“县创城指挥部统筹指挥，各工作部为责任主体，各责任部门为工作落实主体，创城办协调督导”的体制机制；县领导靠前指挥、现场办公，各责任部门攻坚克难，履行创建责任。
@H2 | 二是突出抓好关键环节。针对软件偏软的问题，提升得分效
""",
    ),
    dict(
        name="fresh137_07_county_cppcc_health_town_inspection_report",
        source="http://sdwen.com/zonghefanwen/120717.html",
        doc_kind="report", partial=True,
        notes=["The inspection report (视察报告) of the 政协辉南县委员会 on the county's 国家级卫生县城 creation, the first "
               "sample of a collection page; the site blurb and the collection's sample title "
               "'创建省级卫生县城自查报告共1' were dropped. The title is one line with the spaces of the store "
               "('政协辉南县委员会 关于我县国家级卫生县城 创建工作的视察报告'), kept as written.",
               "A page number glued to the start of a line is kept: '1 工作目标。…' continues the sentence of the line "
               "before ('…又确立了创建“国家级卫生县城”的'); body, never labelled.",
               "一、基本情况 is background. The line-initial '一方面，加快了城市基础设施建设步伐，…' is a discourse-marker "
               "statement under it, labelled an item (achievements; numbering none, since 一方面 is no class of the "
               "scheme). The text ends on the fragment '城区绿化覆'.",
               "The source's '完成人行步道硬化万平方米' (figure missing) is kept as written."],
        units=["县政协视察组", "县爱卫办", "朝阳镇政府"],
        text="""\
@T | 政协辉南县委员会 关于我县国家级卫生县城 创建工作的视察报告
为巩固“省级卫生县城”成果、推进“国家级卫生县城”创建、加快城市建设、改善群众生产生活环境，按照县政协2008年工作要点安排，县政协视察组于10月14日对我县创建工作进行了视察。现将视察情况报告如下：
@H1 sec=background | 一、基本情况
视察组听取了县爱卫办等部门和朝阳镇政府的情况汇报，实地察看了县城朝阳镇的城市建设、环卫、城市管理和绿化、美化、亮化，并召开座谈会听取部门和群众意见。据了解，我县2005年11月通过省爱卫会考核验收，成为全省第16个“省级卫生县城”；2006年县委、县政府又确立了创建“国家级卫生县城”的
1 工作目标。几年下来创建工作取得了阶段性成果，主要体现在以下两个方面：
@I2 sec=achievements num=none | 一方面，加快了城市基础设施建设步伐，为创建“国家级卫生县城”夯实了基础。在财政较紧的情况下，县委、县政府按照“量力而行，尽力而为”的原则多方筹措资金。2006年以来投入2820万元改造和维护城区道路，改造了朝阳大街东段、爱民大街、富强大街西段等10条主次干路，硬化城区巷路万平方米，完成人行步道硬化万平方米，同步改造排水管网并实施绿化、美化、亮化工程。排水基本通畅，街路硬化率96%，路灯亮灯率98%以上，城区绿化覆
""",
    ),
    dict(
        name="fresh137_08_county_sanitation_station_annual_summary",
        source="https://m.zuowen5.net/fanwen/176584917759117.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county sanitation station's (环卫站) annual work summary under the 建设局, from a sample site. The "
               "page shows no title line (it starts with the opening paragraph), so title is null; the kind is "
               "read from the opening ('一年来…取得了…双丰收…具体作了以下工作：').",
               "Only 一、具体工作 is visible, labelled achievements; its body lines follow. The text ends on the "
               "fragment '小广告40'.",
               "'20xx年' masking kept; the slogans '美化、净化环境，绿化、彩化' and '省甲级文明卫生县城' kept."],
        units=["环卫站", "建设局"],
        text="""\
20xx年是我县经济提速快跑的一年，在县委、县政府带领下各项事业快速发展，城市建设尤为突出。围绕巩固省甲级文明卫生县城这一目标，我们环卫工作也乘势而上。一年来，在建设局领导班子带领下，我们紧扣“美化、净化环境，绿化、彩化”这一中心，以务实创新、抓长效管理为手段，解放思想、加大力度、拓宽渠道，调动管理人员积极性，带领全体环卫职工攻坚克难，取得了物质文明和精神文明双丰收，具体作了以下工作：
@H1 sec=achievements | 一、具体工作
20xx年，环卫站围绕局、大队年初确定的目标，把县城环境卫生作为重点工作，全力做好本职。
从基础和点滴抓起，逐步完善长效管理机制，推动环卫工作规范化、规模化。城区每天产生垃圾约50吨，做到日产日清并集中处理，城市卫生面貌明显改善。对县城内乱丢、乱扔、乱扫等行为，依照《城市市容和环境卫生管理条例》严格监管，同时加强环卫宣传教育，乱倒乱扔垃圾的现象得到控制。
单位领导多次召开会议并带头组织人员整治城区环境卫生，分组包片对县城进行地毯式清理。一年来共清除垃圾死角50余处，清运垃圾6000余吨，加强了死角的清扫保洁，并多次清除墙面和楼道内的小广告40
""",
    ),
    dict(
        name="fresh137_09_township_culture_health_investment_summary",
        source="https://wddqw.com/doc/d1ba033159eef8c75ebfb303.html",
        doc_kind="summary", doc_kind_alt=["plan", "report"], partial=True,
        notes=["A township's account of two work areas (文教卫生; 招商引资和非公有制经济), from a document site. The "
               "page shows no title and no opening: it starts at '一、文教卫生工作', so title is null. The kind is soft: "
               "the lines mix backward-looking statements ('我们始终把教育工作放在优先位置来抓…稳步提升') with "
               "forward-looking tasks ('加大…力度'); summary is the label, plan and report accepted.",
               "The store ran the whole excerpt into one block; it was split at the headings. '1、文化工作。…' to "
               "'3、卫生事业。…' are run-in headings under 一、 (level 2). Inside 3、 the markers '一是…二是…三是…' "
               "stay in the middle of the line, not labelled.",
               "Sections: achievements, with goals and measures accepted (task areas of a township). The site's "
               "'本文来源：…' line was dropped."],
        units=["卫生院"],
        text="""\
@H1 sec=achievements alt=goals,measures | 一、文教卫生工作
@H2 | 1、文化工作。加大文化事业投入，丰富群众精神生活，提高群众思想道德素质。
@H2 | 2、科教事业。抓好中小学教育，把教育摆在优先位置，加大支持，严控辍学率，深化教育改革，推进素质教育，提高教学质量和师生素质，中小学教学质量稳步提升。
@H2 | 3、卫生事业。卫生工作是乡镇的一项重要工作，我们一直高度重视：一是要求医院职工增强服务群众的意识；二是改善医疗卫生硬件和就医环境；三是抓好妇幼保健和卫生防疫，要求卫生院把这两项工作延伸到村，切实服务好群众。
@H1 sec=achievements alt=goals,measures | 二、招商引资工作和非公有制工作
加大招商引资力度，引进特色农业企业，加快全乡产业结构调整，增加农民收入、促进财政增长；积极扶持非公有制经济，引导其健康有序发展。
""",
    ),
]
