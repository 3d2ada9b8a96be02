# -*- coding: utf-8 -*-
"""The ninetieth held-out fresh set: a RANDOM SAMPLE of the genre as a writer
would bring it.  For each document a kind (工作计划, 工作要点, 实施方案, 活动方案,
工作总结, 工作汇报, 讲话稿) and a writer (乡镇, 街道社区, 中小学, 高校, 医院, 企业,
县级部门, 市级部门, 团委/妇联, 银行) were drawn with python's random
(random.seed(90)), and the first suitable unused page of the `search` tool's
`pages` corpus was taken (log and draws in notes_queries.txt).  Nothing was
picked as easy or hard.  None of the source pages is a source of an earlier
or concurrent set (see /work/fresh90/used_sources.tsv and _used_now.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (upload metadata,
  collection titles, sample numbers, related-document panels) was dropped.
- Heading, title and item lines keep the source's numbering and wording
  (including spun words and PDF spacing).  Full-width punctuation
  （）：，；“” was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the source's masking and blanks
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH90_DOCS = [
    dict(
        name="fresh90_01_bank_association_financial_literacy_activity_plan",
        source="https://www.diyiwenku.com/p/aG80ckwzRkF2N2dLM0hhSkNZQnRUUT09.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Draw D2 (活动方案 / 银行). The first sample ('篇一') of a document-sharing page '银行普及金融知识万里行活动方案"
               "【精品多篇】': a prefecture-level city's banking association (商洛, 市银行协会) plans the banks' financial-literacy "
               "campaign. Upload metadata, the download panel, the site's [概述] blurb and the sample number were dropped; the "
               "page's collection title without '【精品多篇】' is the title line.",
               "The store ran the whole sample into one paragraph; it was split at the headings. The text calls itself '本实施方案', "
               "so scheme is accepted as doc kind.",
               "一、活动目的 is goals (guidance accepted). Under 二、活动组织 (responsibilities) the two （一）（二） lines are "
               "statements about who organises and what member banks must do, labelled items. The page ends inside （二） "
               "('…确定活动的宣教普及内容，统一')."],
        units=["市银行协会", "协会秘书处自律维权部", "各会员银行"],
        text="""\
@T | 银行普及金融知识万里行活动方案
@H1 sec=goals alt=guidance | 一、活动目的
开展“普及金融知识万里行”活动，是要把金融消费者教育服务的长效机制建起来，让银行从业人员更会保护消费者权益，改进银行业服务，提高公众的金融知识和安全意识，营造公平公正的金融市场环境、提升社会诚信。根据陕西省银行业协会“普及金融知识万里行”活动要求，结合商洛银行业实际，特制定本实施方案。
@H1 sec=responsibilities | 二、活动组织
@I2 | （一）商洛银行业20xx年“普及金融知识万里行”活动由市银行协会主办，活动办公室设在协会秘书处自律维权部，负责拟定活动方案、印发宣传资料、协调各项活动内容，各会员银行为主要参与单位。
@I2 | （二）各会员银行要严格按照本实施方案的活动内容，积极开展各阶段主题活动，结合自身业务特点和实际情况制定详细方案，确定活动的宣教普及内容，统一
""",
    ),
    dict(
        name="fresh90_02_central_hospital_2025_summary_and_plan",
        source="https://max.book118.com/html/2026/0121/5003010143013111.shtm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Draw D3 (工作总结 / 医院). A central hospital's 2025 summary and 2026 plan on a document-sharing site "
               "(book118); the file-name line ('….docx', twice) and the site panel after the preview ('您可能关注的文档', "
               "'文档评论(0)', '1亿VIP精品文档', '相关文档') were dropped. Figure-heavy opening kept in substance.",
               "Only the first section is visible: 一、2025年工作总结 (achievements) with （一）医疗质量与安全持续强化, "
               "a level-2 heading on its own line. The page ends inside its body ('…构建“院-科-组”三级'). "
               "No unit is named besides '我院'."],
        units=[],
        text="""\
@T | 2025年中心医院工作总结及2026年工作计划
2025年，我院在上级主管部门指导下，坚持“以患者为中心、以质量为核心”，统筹抓医疗质量、学科内涵、服务模式和运营管理，各项工作取得阶段性成效：全年门急诊182.6万人次，比上年增长5.8%；出院患者12.3万人次，手术4.1万台次，其中三四级手术占58.7%；平均住院日降到6.9天，药占比降到24.3%，都达到或好于三级医院考核标准。现将年度重点工作完成情况和2026年工作计划总结如下：
@H1 sec=achievements | 一、2025年工作总结
@H2 | （一）医疗质量与安全持续强化
以三级医院评审标准为抓手，构建“院-科-组”三级
""",
    ),
    dict(
        name="fresh90_03_city_government_plenary_meeting_speech",
        source="http://esk365.com/fanwen/fwshow.asp?key=xte8z9gg",
        doc_kind="speech", partial=True,
        notes=["Draw D5 (讲话稿 / 市级部门). A city leader's speech at the city government's plenary (enlarged) meeting "
               "(池州, shortly after Spring Festival), from a sample site. The store ran title, opening, lead-in and the first "
               "point into one paragraph; the title and the heading were put on their own lines.",
               "'下面我讲三点意见：' is a lead-in inside the opening body line. The only visible point "
               "'一、认清形势，坚定信心，进一步增强加快发展的责任感和紧迫感' is level 1; speech points are requirements "
               "(guidance, measures accepted). The page ends right after it with the fragment '池州撤地设市..' (the site's "
               "own elision dots), kept as a body line."],
        units=[],
        text="""\
@T | 在市政府一届五次全体（扩大）会议上的讲话
春节刚过，市政府就召开一届五次全体（扩大）会议，为的是把市委一届五次全会和市一届人大三次会议精神落到实处，按《政府工作报告》确定的目标任务和工作重点分清责任、抓好落实，力争完成今年全市经济社会发展目标，让各项工作再上一个台阶。下面我讲三点意见：
@H1 sec=requirements alt=guidance,measures | 一、认清形势，坚定信心，进一步增强加快发展的责任感和紧迫感
池州撤地设市..
""",
    ),
    dict(
        name="fresh90_04_hospital_orthopaedics_2025_summary_and_plan",
        source="http://f.tikuw.cn/f/item?id=1852606325524307",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Draw D6 (工作总结 / 医院, drawn a second time). A hospital orthopaedics department's 2025 year-end summary and "
               "2026 plan on a document-preview site; the file-information block (文件名称, 文件大小, 总页数, 更新时间, 总字数, "
               "文档摘要) was dropped.",
               "Same shape as fresh90_02 (a sample of the same kind on another site): 一、2025年工作总结 (achievements) and "
               "（一）医疗质量稳中有进，安全底线持续筑牢 at level 2; the page ends in its body on a lone '一' (the start of an "
               "'一是…' clause), kept. '骨科' is the unit doing the work; 医院党委 only leads and is not listed."],
        units=["骨科"],
        text="""\
@T | 2025年骨科年底工作总结及2026年工作计划
2025年，骨科在医院党委统筹领导下，以“强基础、提质量、促创新、优服务”为主线，围绕医疗、教学、科研、管理四项核心任务推进学科建设、提升服务能力。全年门诊8.2万人次，增长12%；出院1.1万人次，手术7800台，三级以上手术占65%，微创手术占42%，分别比2024年提高3个和5个百分点；患者满意度96.8%，为历年最高。现将本年度工作总结和2026年工作计划汇报如下：
@H1 sec=achievements | 一、2025年工作总结
@H2 | （一）医疗质量稳中有进，安全底线持续筑牢
以三级医院评审标准为抓手，全面加强医疗质量和安全管理。一
""",
    ),
    dict(
        name="fresh90_05_subdistrict_youth_league_2024_plan",
        source="https://m.how234.cn/dongshi/rsvda/w6dBwJyQeK",
        doc_kind="plan", partial=True,
        notes=["Draw D9 (工作计划 / 团委). The first sample of a collection page: a youth league committee's plan titled "
               "'2024街道办事处团委工作计划' whose text speaks of '我镇' and '镇团委' (the sample mixes town and subdistrict). "
               "The sample number '篇1', the date and source line were dropped.",
               "Two level-1 headings ending in '。' (task areas: goals, measures accepted). Under 一、 the points '第一，…' "
               "'第二，…' sit inside the body paragraph and are not labelled. Under 二、 the body line starts with "
               "'一是开展“3.5学雷锋日”系列活动。…', a run-in sub-heading (title + body), labelled heading at level 2. "
               "The page ends inside it ('…在敬老院')."],
        units=["团委"],
        text="""\
@T | 2024街道办事处团委工作计划
20xx年团委将继续以十九大精神为指导，落实“四个全面”战略布局，围绕镇团委和政府工作大局，发挥联系青年、服务青年的职能，坚持以青年为本、竭诚服务青年，把全面协调可持续和统筹兼顾的要求贯穿团的工作和建设，力争在新起点上干出新业绩，推动我镇共青团工作再上新台阶。
@H1 sec=goals alt=measures | 一、完善组织机构，增强服务意识，推进团组织自身建设。
以团中央乡镇实体化“大团委”为基础，及时更新维护数据库，健全全镇团支部机构和各级团组织制度，针对新成立团组织的新情况新问题推进制度建设。第一，完善团组织生活制度，坚持开好团支部大会、团委会议、团员座谈会这“三会”，座谈会要针对团员思想和工作中的具体问题。第二，规范团组织工作制度，健全岗位设置、明确岗位职责、规范工作规则和流程；团干部要深入基层，了解青年员工，在工作生活学习上给予实在的关心和帮助。
@H1 sec=goals alt=measures | 二、结合我镇实际，以活动为载体，组织动员青年做贡献。
@H2 alt=measures | 一是开展“3.5学雷锋日”系列活动。活动内容有清理主要街道和集镇路面的白色垃圾、暴露垃圾，到双江镇敬老院慰问孤寡老人，陪老人包饺子、表演文艺节目，在敬老院
""",
    ),
    dict(
        name="fresh90_06_primary_school_balanced_education_self_check_report",
        source="https://m.wenke99.com/p-8858165.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Draw D10 (工作汇报 / 中小学). A primary school's self-check report on balanced compulsory education, from a "
               "document-sharing site. The site's chunk marker '精选优质文档-倾情为你奉上' was glued before the title; it is kept "
               "on its own first line as debris, never labelled.",
               "The store ran everything into one paragraph and had lost the breaks after the headings ('一、准备情况为了…', "
               "'（一）自然状况xx小学…'); the headings were split from their bodies.",
               "一、准备情况 is what the school did to prepare (achievements, measures accepted); 二、基本情况 is background, "
               "with （一）自然状况 and （二）办学条件 at level 2. The source's blank figures ('占地面积平方米', '现有学生人，个"
               "教学班', '幼儿人') and masks (xx省, xx区, xx小学, xx庄) are kept. The page ends inside （二） "
               "('…体育器材室')."],
        units=[],
        text="""\
精选优质文档-倾情为你奉上
@T | 小学义务教育均衡发展工作自查报告
我校依据xx省义务教育学校办学基本标准和xx区教育局迎接义务教育均衡发展督评估验收实施方案进行了自查自评，现将义务教育均衡发展工作的自查情况报告如下：
@H1 sec=achievements alt=measures | 一、准备情况
为落实教育局文件精神，学校加大工作力度，把“义务教育均衡发展”当作全校大事之一来抓：按照局里的会议和文件精神排出了xx小学均衡发展工作倒计时安排，成立由校长任组长的领导机构并合理分工，做到各项工作有人管、有人查、有人抓。
@H1 sec=background | 二、基本情况
@H2 | （一）自然状况
xx小学辖xx庄1个行政村，服务人口3830人；学校布局合理、规模适中，学生就近入学，便于共享现代教育资源，没有大班额和超大班额，有利于提高教育质量。
@H2 | （二）办学条件
近年来学校多渠道筹资改善办学条件，占地面积平方米，建筑面积平方米，现有学生人，个教学班（附属一个幼儿园，幼儿人），入学率100%，义务教育巩固率100%，并按标准配置了微机室、卫生室、实验室、仪器室、体育器材室
""",
    ),
    dict(
        name="fresh90_07_district_agriculture_forestry_bureau_2024_plan",
        source="https://www.xiaomilidoc.com/p-12465171.html",
        doc_kind="plan", partial=True,
        notes=["Draw D11 (工作计划 / 县级部门). A district agriculture and forestry bureau's 2024 work plan (the text speaks of "
               "'全区', '区、镇、村'), from a document-sharing site, with synonym-spun words kept in the headings and the title's PDF "
               "spacing kept ('农林局 2024 年工作计划'): 平安 for 安全, 进展 for 发展, 稳固 for 巩固, 连续 for 继续.",
               "Seven level-1 task headings, each a line ending in '。' with its body on the next line; kind goals (measures "
               "accepted, the task areas of a plan). No opening paragraph is shown. Targets (98℅, 5740 亩, 100﹪) and the "
               "伏季休渔 period are not phases. Superior bodies named in the body (区平安生产委员会, 市海洋与渔业局) only "
               "issue instructions and are not listed as units."],
        units=[],
        text="""\
@T | 农林局 2024 年工作计划
@H1 sec=goals alt=measures | 一、完善农产品质量平安监管体系。
给区、镇、村三级检测室配齐设备，加大农业综合执法力度；压实瓜果质量平安责任，冬春瓜菜品种 100℅纳入监测，上市瓜菜抽检合格率达到 98℅以上，守住全区重大农产品质量平安。
@H1 sec=goals alt=measures | 二、加快农业基础设施和生态环境建设。
大力发展农村沼气，实施“绿色宝岛”行动，完成5740 亩造林任务。
@H1 sec=goals alt=measures | 三、进一步稳固“无规定动物疫病区”建设成果。
健全区、镇、村三级动物疫情防控体系，春秋两季防疫免疫率达到 100﹪；计划新建农村标准化畜禽生态养殖小区 6 个，保持畜禽增长。
@H1 sec=goals alt=measures | 四、做好渔业平安生产工作和伏季休渔工作。
贯彻区平安生产委员会和市海洋与渔业局关于渔业平安生产的通知，抓好宣传，落实渔业平安生产责任制，消除隐患；伏季休渔期间严禁渔船出海捕鱼。
@H1 sec=goals alt=measures | 五、连续落实好各项强农惠农富农政策。
跟踪兑现粮食综合直补、良种补贴、能繁母猪补贴、农机补贴等政策，让农民得到更多实惠，调动生产积极性，促进增收。
@H1 sec=goals alt=measures | 六、健全农业服务科技服务技术体系。
用好各镇电子农务和农业科技 110，加快热带特色现代农业关键技术的研发和推广体系建设；举办农业技术培训班，培训 5000 人次，印发资料 1000 册，引进新品种 2-3个，以点带面推广。
@H1 sec=goals alt=measures | 七、健全农产品信息流通体系。
搭建信息沟通平台，不定期向社会发布瓜菜质量平安、销售价格等信息；协助市有关部门办好“冬交会”促销，落实瓜菜订单。
""",
    ),
    dict(
        name="fresh90_08_subdistrict_womens_day_forum_speech",
        source="http://m.7rdy.cn/news/79018.html",
        doc_kind="speech", partial=True,
        notes=["Draw D13 (讲话稿 / 街道社区). A subdistrict office party working committee leader's speech at a community's "
               "'三·八' forum, from a sample site; no title line is shown (title null). The salutation line is not labelled. "
               "A secretary's surname ('高书记') was dropped.",
               "The speaker announces two topics inside a body line ('一是社区，一是妇女节。我就围绕这两个意识讲。'; the "
               "一是 markers there are not labelled) and opens the first with the run-in sentence heading '先讲××社区的工作。…' "
               "(numbering none), labelled heading at level 1. Its content reviews the community's year, so its kind is "
               "achievements with requirements (the speech-point convention) and other accepted. The second topic is not "
               "reached; the page ends with the fragment '就××'."],
        units=[],
        text="""\
各位领导、各位同志、各位姐妹：
今天来参加××社区的庆“三·八”座谈会，听了三位姐妹的发言和倡议，很受启发和鼓舞，这个座谈会开得及时、必要，也很成功，办事处党工委对它十分关心和重视。我代表党工委，向参会的同志们、社区的女干部女职工和全体姐妹致以节日的祝贺和问候！
书记让我讲几句，我是来学习的，大家讲得很好，主要还是请市里的领导作指示。我就借这个机会谈点体会，不当之处请市里领导指正。
今天的座谈会是在社区里庆祝妇女自己的节日，主题很明确：一是社区，一是妇女节。我就围绕这两点来讲。
@H1 sec=achievements alt=requirements,other | 先讲××社区的工作。20xx年对××社区来说很不平凡：按办事处安排，社区合并搬迁，同志们面对繁杂的工作和经费紧张，没有叫苦，而是艰苦奋斗、开辟阵地、站稳脚跟，加强了软硬件建设，转变了社区职能，营造了以人为本、民思我想、民需我办、民困我帮的氛围，社区被评为市级文明单位、婚育新风进万家先进单位；这个社区几乎全是女干部、女职工，更显得难能可贵。
社区工作面对两块对象，一是居民户，一是辖区共建单位，哪一块里妇女都是主要对象，涉及就业、婚姻、家庭、计划生育、子女教育，关系到社区的和谐、文明、发展和安定，所以今天庆祝“三·八”国际妇女节意义重大。
就××
""",
    ),
    dict(
        name="fresh90_09_city_womens_federation_2023_work_points",
        source="https://max.book118.com/html/2023/1005/5212141140010340.shtm",
        doc_kind="plan", partial=True,
        title_override="2023年市妇联工作要点",
        notes=["Draw D14 (工作要点 / 团委/妇联). A city women's federation's 2023 工作要点 on a document-sharing site "
               "(book118); the file-name line and the upload metadata (views, size, pages, '发布于四川', '举报') were dropped. "
               "The page shows the title twice in a row (the document's title and its first line); both lines are kept as "
               "title lines, and the title is given once.",
               "The store ran the text into one paragraph; it was split at the headings. Level-1 headings keep the space after "
               "the numbering ('一、 继续推进妇女权益保障'); level-2 lines '1. 加强法律宣传教育：通过…' are label：body task "
               "headings (text cut at the colon), kept with the space after '1.'. All task areas: goals (measures accepted). "
               "The page ends inside 三、3. ('…维护妇女')."],
        units=["市妇联"],
        text="""\
@T | 2023年市妇联工作要点
@T | 2023年市妇联工作要点
@H1 sec=goals alt=measures | 一、 继续推进妇女权益保障
@H2 alt=measures | 1. 加强法律宣传教育：用法律讲座、宣传活动等方式，让妇女更了解婚姻法、劳动法、妇女权益保障法等法律法规，增强维权意识。
@H2 alt=measures | 2. 推进性别平等：促进妇女平等参与经济、政治和社会事务，鼓励妇女走上企业高管和政府重要决策岗位，打破性别歧视。
@H2 alt=measures | 3. 加强对家庭暴力的防范和处理：健全防范机制、加大宣传，帮助受暴力影响的妇女获得法律援助和心理咨询等支持。
@H1 sec=goals alt=measures | 二、 健全妇女综合服务体系
@H2 alt=measures | 1. 建立健全妇女权益保障和服务管理机制：市妇联与相关机构加强合作、形成联动，保障妇女权益、做好服务。
@H2 alt=measures | 2. 提升服务能力：建好妇女综合服务中心，提供就业指导、职业培训、创业支持等更全面、专业、便捷的服务。
@H2 alt=measures | 3. 加强对特殊群体的关爱和扶持：关注留守妇女、农村妇女、残疾妇女、单亲妇女等群体的需要，提供专门的扶持政策和服务项目，帮助她们发展。
@H1 sec=goals alt=measures | 三、 促进家庭和谐稳定
@H2 alt=measures | 1. 加强家庭教育指导：通过培训讲座和宣传活动推广家庭教育理念，提供家庭教育咨询，帮助家长教育好孩子。
@H2 alt=measures | 2. 支持孕产妇健康：加强孕产妇健康宣传教育，推动优生优育，提供健康咨询等服务，关注孕产妇身心健康。
@H2 alt=measures | 3. 加强家庭暴力防治：加强宣传教育，加大对家庭暴力的打击力度，通过设立报警电话、开展援助行动等方式，维护妇女
""",
    ),
]
