# -*- coding: utf-8 -*-
"""The seventy-ninth held-out fresh set: a RANDOM SAMPLE of the whole genre as
writers paste it from the web.  Each search query crossed a kind (工作计划,
工作要点, 实施方案, 活动方案, 工作总结, 工作汇报, 讲话, 述职报告) with a writer
(kindergarten, village, street office, district, city bureau, enterprise,
university, health bureau) and a year (2009-2022), often with a collection
word (范文, 精选, 篇一); for each query the FIRST usable, unused result was
taken (log in notes_queries.txt), keeping what the page gives (title blocks,
cover-page debris, watermarks, broken lines, numbering quirks).  Found as
stored public web pages with the `search` tool's `pages` corpus.  None of
the source pages is a source of an earlier set (see /work/fresh79/chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus-dev's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site navigation, posting lines,
  小编 / 导语 blurbs, collection titles' sample numbers were dropped; debris a
  user pastes along (cover-page fields, page markers, watermarks) is kept
  and never labelled.
- Heading and title lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source (X, XX, ×, *, xx, ___) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH79_DOCS = [
    dict(
        name="fresh79_01_town_village_committee_election_scheme",
        source="https://zlkzs.com/zhuantifanwen/gongwenfanwen/9103.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's 实施方案 for the election of its village and residents' committees, with place names masked "
               "('X镇', '第XX届', 'XX省'). The site's posting line ('时间:2022-06-19 … 浏览量:') and its 小编 blurb were "
               "dropped; the page prints the title twice (page title and document title), kept once.",
               "一、指导思想、基本原则和工作目标 is one level-1 heading naming three things; kind guidance (goals accepted). "
               "（一）指导思想 is a bare level-2 heading. The document number 川委办〔2020〕20号 is kept in the body. "
               "The page ends inside the guidance paragraph ('…协调发展'); the later parts (基本原则, 工作目标, steps) are not "
               "visible, so no phase."],
        units=[],
        text="""\
@T | X镇第XX届村（居）民委员会换届选举工作实施方案
20XX年，全镇第十届村民委员会、居民委员会（以下简称村（居）民委员会）任期届满，依法进行第十一届换届选举。为保障村（居）民的民主权利，依据村民委员会组织法、城市居民委员会组织法、村民委员会选举规程和XX省的实施办法、选举条例，按照省委办公厅、省政府办公厅《关于高质量做好村（社区）“两委”换届工作的通知》（川委办〔2020〕20号）和市里的通知要求，结合我镇实际，特制定本方案。
@H1 sec=guidance alt=goals | 一、指导思想、基本原则和工作目标
@H2 | （一）指导思想
以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届二中至五中全会精神，严格执行换届法律法规，把党的领导、充分发扬民主、严格依法办事贯穿始终，规范程序、严肃纪律，有序推进换届，选出素质好、结构优、功能强的班子，为促进社会主义民主建设与城乡政治、经济、文化和社会协调发展
""",
    ),
    dict(
        name="fresh79_02_education_bureau_director_duty_report",
        source="https://www.xiaomilidoc.com/p-2879181.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="教育局局长述职",
        notes=["A district education bureau director's annual 述职 (duty report) from a document-sharing site that converts "
               "Word templates: the store ran the whole page into one block, split here into lines at the boundaries the "
               "text shows. The template's cover block is kept as pasted debris, never labelled: the page marker "
               "'第1页共5页', the blank fields '编号：_____', '学校：_________', '教师：_____________', '____年___月___日' (a "
               "school template's fields on a bureau director's report) and the disclaimer '（此文内容仅供参考，可自行修改）'. "
               "The title '教育局局长述职' stands on the cover and again above the text; both lines are title lines.",
               "The word substitutions of the conversion ('科学进展观' for 科学发展观, '调查讨论' for 调查研究, '仔细' for 认真, "
               "'广阔教职员工') are kept in the heading-like lines and in the body where they matter.",
               "一、/二、/三、 are the reported areas: kind achievements. Under 一、 two run-in sentence headings without "
               "numbering ('坚持理论学习，与时俱进。…', '注重调查讨论，科学决策。…') are labelled level-2 headings "
               "(numbering none). The page ends with the bare heading '三、开拓创新，各项工作取得' (cut mid-phrase), kept as a "
               "heading.",
               "'娄底城区' and the '1号议案' are kept; no phases."],
        units=[],
        text="""\
第1页共5页
编号：_____
@T | 教育局局长述职
学校：_________
教师：_____________
____年___月___日
（此文内容仅供参考，可自行修改）
@T | 教育局局长述职
一年来，在区委、人大、政府、政协和市局的支持下，依靠局班子成员、基层干部和广阔教职员工，我坚持以科学进展观统领全局，履行职责、深化改革、勤政廉政，推动全区教育健康、和谐、持续进展。现述职如下：
@H1 sec=achievements | 一、加强学习，不断提高自身素养与能力
@H2 num=none | 坚持理论学习，与时俱进。我系统学习党的理论和法律法规，提高政治理论、政策法律和业务水平。
@H2 num=none | 注重调查讨论，科学决策。我把下基层调研当作工作法宝，今年就城乡教育均衡进展和城区学校布局调整深入调研，写出调研报告，并对义务教育法实施办法修订草案提出修改意见；在市三届人大一次会议上牵头提交了解决娄底城区读书难问题的议案，被列为1号议案。
@H1 sec=achievements | 二、以德示范，不断加强思想道德修养
一年以来，我以教育科学进展为工作指南，坚持正确的办学方向，与上级保持一致，顾大局、讲原则、起表率，保证政令畅通；工作中敢于创新、敢于碰硬、敢于担当，生活简朴，始终高标准、严要求。
@H1 sec=achievements | 三、开拓创新，各项工作取得
""",
    ),
    dict(
        name="fresh79_03_kindergarten_2016_autumn_plan",
        source="https://m.78911.com.cn/XinXueQiGZJH/630997.html",
        doc_kind="plan", partial=True,
        title_override="2016年秋季幼儿园工作计划",
        notes=["A kindergarten's 2016 autumn-term work plan. The page carries two title lines: the page title "
               "'2016年秋季幼儿园工作计划及总结' and the document's own '2016年秋季幼儿园工作计划'; the label takes the "
               "document's own title and marks both lines as title lines (as dev17).",
               "一、指导思想 guidance; 二、工作目标 goals, its seven （一）…（七） lines are target statements, labelled items "
               "(level 2); 三、主要工作 goals (measures accepted, the task areas of a plan) with a bare level-2 heading "
               "'（一）加强师德建设，全面提高教师素质' over a task line '1、利用每周一的…' (item, level 3). The page ends "
               "inside that item ('…去潜移默化')."],
        units=[],
        text="""\
@T | 2016年秋季幼儿园工作计划及总结
@T | 2016年秋季幼儿园工作计划
@H1 sec=guidance | 一、指导思想
深入学习《幼儿园教育指导纲要》，把握其精髓，强化服务意识，规范管理，加强理论学习与实践研究；遵循幼儿身心发展规律，以课程实施和课题研究提升教学效益，促进幼儿、教师和幼儿园持续发展；树立以人为本的管理观念，做到教育观念不断更新、现实生活不断创新、思想观念不断立新、与时俱进不断求新。
@H1 sec=goals | 二、工作目标
@I2 | （一）深入学习《幼儿园教育指导纲要》，围绕课程目标加强研讨，强化一日活动管理，提高来园活动质量。
@I2 | （二）加强师资队伍建设，提高教师职业道德和专业水平，树立良好形象。
@I2 | （三）保教并重，丰富一日活动内容，规范开展区域活动。
@I2 | （四）听取家长建议，探索家教指导途径，办好家长学校，争创优秀家长学校。
@I2 | （五）有计划地改进园舍设施，提高硬件质量，努力争创市级示范幼儿园。
@I2 | （六）树立正确的健康观念，加强健康教育，保证幼儿安全。
@I2 | （七）在园内开展各项竞赛活动，积极争取参加市区级各类竞赛。
@H1 sec=goals alt=measures | 三、主要工作
@H2 | （一）加强师德建设，全面提高教师素质
@I3 | 1、利用每周一的政治学习和业务学习开展师德教育，教育教师爱岗敬业，做幼儿的镜子，以一言一行去潜移默化
""",
    ),
    dict(
        name="fresh79_04_subdistrict_2021_summary",
        source="https://xiebiwenku.com/index/article/detail/detail_id/6218.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict party working committee's 2021 summary with masked names and figures ('X街道', 'X条', '×起', "
               "'×人'); the stored page shows no title line, so title is null.",
               "一、2021年工作开展情况 achievements; （一）/（二） bare level-2 headings; each body line starts with '一是…' and "
               "runs '二是…三是…' on inside the same paragraph: the line-initial 一是 makes it a labelled item (level 3, "
               "a heading reading is possible, items are optional); the later markers inside the line are not labelled. The page ends inside （二） ('三是继续打好')."],
        units=["X街道党工委"],
        text="""\
2021年，X街道党工委在区委、区政府领导下，学习贯彻习近平总书记考察X和在扎实推进长三角一体化发展座谈会上的重要讲话精神及党的十九大和历次全会精神，以强化党建基础、提升组织凝聚力为核心，以服务群众、创新社会管理为抓手，推动街道各项工作稳步发展。
@H1 sec=achievements | 一、2021年工作开展情况
@H2 | （一）强化政治引领，落实管党治党责任
@I3 | 一是筑牢思想基础，坚持读原著、学原文、悟原理，增强“四个意识”、坚定“四个自信”、做到“两个维护”。二是推进党史学习教育，按照“学党史、悟思想、办实事、开新局”要求制定实施意见和读书班方案，收集问题X条、完成X条，台账式、销号式落实。三是落实意识形态工作责任制，制定X年任务清单，定期研判风险隐患。
@H2 | （二）坚持问题导向，坚定不移打好三大攻坚战
@I3 | 一是防范化解重大风险，围绕征地拆迁、涉教等领域研判疏导，排查化解不稳定因素×起、落实稳控对象×人，化解堂子巷征收户安置房承租面积等信访件×起。二是巩固脱贫攻坚成果，与华阳镇签订共建友好乡镇（街道）备忘录，向牌坊社区捐赠5万元，慰问困难大学生X人，购买望江农副产品X万元。三是继续打好
""",
    ),
    dict(
        name="fresh79_05_company_sports_culture_activity_plan",
        source="http://kj-cy.cn/htm/201493/61576_3.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        title_override="单位体育活动策划方案",
        notes=["Page 3 of a sample on a 范文 site (书通网): a company's plan for its year of culture and sports activities "
               "run by the company union. The site header, breadcrumb and posting line (date, author, 来源) were dropped; "
               "the title line keeps the page number the site prints after it ('单位体育活动策划方案（3）'); the label's title "
               "omits it, like a sample number.",
               "'一、指导思想：按照…' is a label heading run in with its body (cut at the colon); '二、活动内容：' (goals, "
               "measures accepted) holds five numbered activities '1.三八国际妇女节。…' to '5.十一、十二月间组织一次外出"
               "旅游，…': level-2 headings; 4. and 5. run straight on with a comma, so their texts were set by hand. The "
               "festival dates are events of the year's programme, not phases. '兰球' (for 篮球) is the page's spelling.",
               "'三、费用计划。…' kind other (measures accepted); the page ends inside it ('由')."],
        units=["公司工会", "工会女职工委员会", "企业工会"],
        text="""\
@T | 单位体育活动策划方案（3）
为活跃员工的文体生活、提高员工身心健康水平，使文体活动成为企业文化的载体，保证公司健康、快速、和谐发展，特制定今年的文化体育活动方案。
@H1 sec=guidance | 一、指导思想：按照科学发展观和构建和谐社会、和谐企业的要求，本着健康、喜乐、节约的原则，利用重大节假日，结合公司实际，由公司工会出面安排活动，达到强身健体、活跃气氛、振奋精神、和谐友爱的目的。
@H1 sec=goals alt=measures | 二、活动内容：
@H2 | 1.三八国际妇女节。由工会女职工委员会组织总部和城区企业的女职工开展活动，形式由女职工委员会决定；市区外企业由企业工会组织。
@H2 | 2.五一国际劳动节。由工会组织总部和城区企业员工开展一次群众性体育活动，如兰球、乒乓球、羽毛球、拔河、趣味赛跑，不设奖项，只给参加者发纪念品。
@H2 | 3.八一节建军。组织一次全公司兰球、乒乓球竞赛，各企业组队参赛，评出名次并奖励。
@H2 text=4.中秋及国庆节 | 4.中秋及国庆节，举办一次全公司文艺晚会，各企业至少出一个节目，评出优秀节目给予奖励（八一节的体育比赛也可并到这时一起进行）。
@H2 text=5.十一、十二月间组织一次外出旅游 | 5.十一、十二月间组织一次外出旅游，对象可以是优秀员工、管理人员或企业骨干，地点限本省或广东、广西等周边省的风景区，人数在30人以内，由旅行社组织，人平1000至1500元。
@H1 sec=other alt=measures | 三、费用计划。全年总公司文体旅游活动总费用控制在20万元以内（约为应提取工会经费的50%），由
""",
    ),
    dict(
        name="fresh79_06_district_head_economic_meeting_speech",
        source="https://dawenge.com/jihuazongjie/317103.html",
        doc_kind="speech", partial=True,
        notes=["A district head's speech at a 经济社会发展务虚会 (the year is not given). The site's '正文复制' button line was "
               "dropped; the site watermark at the end of a paragraph ('【更多公文素材，微信：dada wk01】') is kept as pasted "
               "debris and never labelled.",
               "Only one point is visible: '一、今年工作怎么看，在认清形势中统一思想，加快发展', a question-style speech "
               "heading; kind requirements by the speech convention, background and guidance accepted (it assesses the "
               "situation). The page itself elides the achievements after '主要表现在：' and goes straight to the "
               "shortcomings, whose '一是…四是…' stay inside the body line (not labelled)."],
        units=[],
        text="""\
@T | 经济社会发展务虚会区长讲话
@H1 sec=requirements alt=background,guidance | 一、今年工作怎么看，在认清形势中统一思想，加快发展
今年以来，在市委、市政府领导下，区委、区政府围绕全面建设小康社会，落实科学发展观，按照市里“三年中变化，五年大变化”的奋斗目标和年初人代会、区委全委（扩大）会确定的任务，突出发展第一要务、狠抓落实，全区经济社会保持了较好的发展势头。主要表现在：
看到成绩的同时也要清醒看到不足：一是经济发展位次不高，GDP总量不大，财政收入不多；二是大项目少，缺少骨干工业企业支撑；三是城建所占份额小，土地收益金比例不大；四是思想解放不够，加快发展的信心和决心有待增强。【更多公文素材，微信：dada wk01】
""",
    ),
    dict(
        name="fresh79_07_county_health_bureau_public_health_summary",
        source="https://www.xiaomilidoc.com/p-3445563.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county health bureau's summary of its year (the year masked '20*', the 2008 earthquake year: '5·12' "
               "'**特大地震', '支援*抗震救灾'); masks '*' and '**' kept. The store ran the page into one block, the title "
               "straight into the opening ('…服务总结20*，是…'); the title was put on its own line and the rest split at "
               "the boundaries the text shows.",
               "一、*年全县卫生工作情况 achievements; '（一）支援*抗震救灾，抗震救灾精神得到发扬。一是…' a run-in level-2 "
               "heading (一是 inside the line not labelled). Figures (34065.71万元 …) are kept. The page ends inside "
               "（一） ('…卫生防疫、')."],
        units=[],
        text="""\
@T | 卫生局公共卫生服务总结
20*年是全面贯彻党的十七大部署的第一年，很不寻常，大事喜事接连。在县委、县政府和上级卫生部门领导下，全县卫生工作以十七大精神为指导，落实科学发展观，围绕县委、县政府“两创”战略，把人民健康和生命安全放在首位，推动卫生事业和谐健康发展。
@H1 sec=achievements | 一、*年全县卫生工作情况
20*年全县卫生工作取得新成效：城乡居民合作医疗稳步推进，农村卫生得到加强；社区卫生服务加快发展；重大疾病防治扎实推进；医疗机构管理和服务更加规范；中医药事业稳步发展。全年医疗卫生单位总收入34065.71万元，其中财政补助4955.06万元（含基建补助1231万元），医药收入28517.66万元；门急诊192.95万人次，出院21569人次；药品收入占医药收入的57.03%；年底全系统总资产4.92亿，净资产4.33亿。
@H2 | （一）支援*抗震救灾，抗震救灾精神得到发扬。一是抽调精干力量赴川支援。“5·12”**特大地震发生后，我局把支援灾区作为最紧迫的任务，紧急派出应急救援人员8名、救护车1辆，在一线冒着余震和塌方危险，克服通讯、道路、给养困难，深入村镇连续开展医疗急救、卫生防疫、
""",
    ),
    dict(
        name="fresh79_08_university_2015_student_work_plan",
        source="https://xgb.shu.edu.cn/info/1003/8072.htm",
        doc_kind="plan", partial=True,
        notes=["A university's 2015 student-work plan (工作要点 style, '拟着力抓好以下几项工作。') from its student-affairs "
               "department's site; the stored page shows no title line, so title is null. The opening and the lead-in "
               "are body.",
               "一、… is a task area (goals, measures accepted); '1. 以校训精神为引领，…' (with a space after '1.') and "
               "'2.以提高质量、发挥作用为导向，…' are bare level-2 headings, each followed by its body. The page ends "
               "inside 2.'s body ('启动基层学生党支部组')."],
        units=[],
        text="""\
2015年是国家全面深化高等教育综合改革的重要年份，也是我校大类招生改革与通识教育进入阶段性总结提升、落实现代大学制度、推进学科调整的关键阶段。学生工作围绕立德树人和学校中心工作两条主线，按照“需求驱动、问题倒逼，构建平台、制定规则，聚焦中心、激活主体，注重内涵、发挥作用”的方针，完善面向国家和社会需求、适应移动互联网环境的学生工作体系。拟着力抓好以下几项工作。
@H1 sec=goals alt=measures | 一、优化人才培养生态环境，推进价值引领工程
@H2 | 1. 以校训精神为引领，建立开放创新、心忧天下的学工文化
以“自强不息、先天下之忧而忧、后天下之乐而乐”的校训精神引领学工文化；借助开学典礼、校长奖学金颁奖典礼、毕业典礼等环节发挥大学文化的育人功能。
@H2 | 2.以提高质量、发挥作用为导向，加强学生党建工作
对照《中国共产党发展党员工作细则》调整学生党建流程，提高发展党员质量；鼓励各院系结合大类招生改革探索学生党建新机制，推进服务型党组织建设，固化学生党建“四评”。启动基层学生党支部组
""",
    ),
    dict(
        name="fresh79_09_city_housing_bureau_work_meeting_speech",
        source="https://wydbw.com/info/5/323559.html",
        doc_kind="speech", partial=True,
        notes=["A city housing and urban-rural development bureau leader's speech at the annual work meeting (reviewing "
               "2022, planning 2023); names masked 'xx'. The stored page shows no title and no salutation: it starts with "
               "the opening paragraph. The store joined the paragraphs with spaces; they were split there.",
               "'下面，再提三点意见。' is a lead-in (body). Only the first point is visible: '一、坚持政治站位，…信心和决心', "
               "kind requirements (guidance accepted). Its body reviews 2022 with '一是…' and '二是…' inside the "
               "paragraph (not labelled); the page ends in '二是…' ('不服输敢')."],
        units=[],
        text="""\
近几年我们每年年初都召开全市住房和城乡建设工作会议，因为住建部门承担的责任越来越重，稳经济大盘、项目攻坚、城乡建设和营商环境都需要住建系统党员干部冲在前面。今天的会议是在学习贯彻xx精神的开局之年召开的，任务是落实中央、省、市经济工作会议和全国、全省住房城乡建设工作会议精神，总结2022年工作，部署2023年工作。
刚才，xx同志总结了2022年全市住房和城乡建设工作，安排了2023年重点工作，大家要认真领会落实。下面，再提三点意见。
@H1 sec=requirements alt=guidance | 一、坚持政治站位，进一步强化新时代新征程推进住房和城乡建设的信心和决心
2022年，全市住建系统在市委、市政府领导和省住建厅指导下，以迎接、学习、宣传、贯彻xx为主线，牢牢把握“疫情要防住、经济要稳住、发展要安全”的要求，住房城乡建设事业迈出坚实步伐。一是抗疫情保发展成效显著：完善工地防控制度，疫苗应接尽接、核酸检测率100%，xx个大型工地有序建设，未发生聚集性疫情。二是解难题促提升实现突破：成功申报第一批“保交楼”项目xx个，争取专项贷款xx亿元，可解决住房xx套，老旧小区、棚户区改造和保障性租赁住房等民生工程如期完成，体现了住建队伍攻坚克难、不服输敢
""",
    ),
    dict(
        name="fresh79_10_city_new_countryside_work_summary",
        source="https://gwyoo.com/haowen/277907.html",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        title_override="创建文明村年度工作计划",
        notes=["Sample 1 of a collection page '创建文明村年度工作计划范文' (公务员之家). The site's posting line and 导语 were "
               "dropped, and the sample number '篇1'; the collection title '创建文明村年度工作计划范文' and the sample "
               "heading '创建文明村年度工作计划' are both kept as title lines, the label taking the sample heading.",
               "The text under that title is not a village plan but a city's account of its first year of new-countryside "
               "building in the 十一五 period (what the leaders did, meetings held, pilot villages chosen): doc_kind summary, "
               "with report and plan (the title's word) accepted.",
               "The visible part starts at （一）: the top level shown is （一）, level 1 with level 2 accepted (a parent "
               "level may be missing). Both are run-in headings '（一）领导重视，建立健全了工作机制。…', kind "
               "achievements.",
               "The page breaks two sentences over two lines ('…省部联建' / '等重大项目…', '…总体' / '部署…'); the breaks are "
               "kept: the continuation lines are body, not headings. Masks '×××书记', '×个', '××县' kept. The page ends "
               "inside （二） ('创造性地开展各')."],
        units=["市协调领导小组"],
        text="""\
@T | 创建文明村年度工作计划范文
@T | 创建文明村年度工作计划
@H1 sec=achievements lvlalt=2 | （一）领导重视，建立健全了工作机制。五中全会后，市委、市政府及时部署，常委会和政府全会多次研究新农村建设，成立高规格的协调领导小组并设常设办公室，明确了指导思想、长远任务和年度工作计划；×××书记多次作出指示，提出“八防”告诫，×××市长亲任领导小组组长，×××副主任、×××副市长、×××副主席亲临一线。市协调领导小组已召开全体会议2次、专题会议8次，分管领导召开会议20余次，就规划、产业发展、项目建设、社会帮扶、省部联建
等重大项目作了安排部署，使新农村建设健康有序推进。
@H1 sec=achievements lvlalt=2 | （二）摸底筛选，确定试点示范村。今年是“十一五”开局之年，也是我市新农村建设启动之年。我们按照市委、政府的总体
部署深入调研，按经济条件好、班子强、居住集中、干群积极性高等条件评估筛选，确定×个省级试点县（××县）、××个试点村，其中省级试点村×个、省部联建点×个、市级试点示范村××个，县区及乡镇级××个。各示范点正从实际出发，创造性地开展各
""",
    ),
]
