# -*- coding: utf-8 -*-
"""The 102nd held-out fresh set: a RANDOM DRAW across the genre.  Each search
query combined an organisation type, a kind and a year drawn at random
(random.Random(102); the draw and every query are in notes_queries.txt), and
the first usable result of each query was taken, until nine documents were
found.  The draw produced four reports (a college's report to its
congress, a town women's federation's congress report, a district
government's work report, a kindergarten's funding survey report), one plan
(a school youth-league committee's half-year plan) and four activity plans
(a canteen company's dragon-boat games, a primary school's reading month, a
youth-league theme day, a student department's winter-solstice dumplings).  Found as stored public web pages with the
`search` tool's `pages` corpus.  None of the source pages is a source of
another set (list in /work/fresh102/_excl.lst and used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, collection titles and blurbs, sample numbers, repeated
  titles) was dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH102_DOCS = [
    dict(
        name="fresh102_01_college_2025_work_report",
        source="https://m.bimoxiezuo.com/view?id=n5tw63s7mi3tkm3c&type=2",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A vocational college's report to its congress ('双高校', '“双高”计划'), titled for 2025 and reviewing 2024. "
               "The salutation '各位代表：' and the formula asking for review are body lines.",
               "Only one heading is visible: '一、2024年工作回顾' (achievements), followed by one long paragraph; the page "
               "ends inside it ('（评价'). The honours in quotation marks and the masking 'xx省' are kept."],
        units=[],
        text="""\
@T | 2025年学校工作报告
各位代表：
我代表学校向大会报告工作，请各位代表审议，并请列席会议的同志提出意见。
@H1 sec=achievements | 一、2024年工作回顾
2024年，学校以习近平新时代中国特色社会主义思想为指导，落实习近平总书记关于教育工作的重要论述和全国教育工作会议精神，围绕“高质量、有特色”的发展主题和提升关键办学能力的主线，瞄准“双高校”建设目标，抓特色优势、补短板弱项，取得一批标志性成果，办学实力增强，完成了年度目标任务。学校获评“2023年xx省优秀高校领导班子”“xx省红十字模范单位”等称号，教育部供需对接就业育人项目和“双高”计划国家终期验收均获通过（评价
""",
    ),
    dict(
        name="fresh102_02_town_womens_federation_congress_report",
        source="https://m.bimoxiezuo.com/view?id=n5tw63s7miydem3f&type=2",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town women's federation's report to its congress on the outgoing executive committee's five years; the "
               "town and the congress number are masked in the source ('x镇妇联第x届') and kept so. The page's title "
               "carries a sample number '(2)', dropped.",
               "一、加强自身建设，当好妇女群众的排头兵 is achievements (work of the past five years). Below it the line-initial "
               "'一是组织理论学习与业务培训。…' is a run-in heading (title then body), level 2; '二是健全基层妇代会' is the same "
               "kind of heading cut by the end of the page, kept bare."],
        units=["镇妇联"],
        text="""\
@T | x镇妇联第x届执行委员会工作报告
各位代表、同志们：
受上届妇联执委会委托，我向大会报告工作，请予审议。
五年来，我镇妇联在镇党委、政府领导和县妇联指导下，与全镇妇女一道，贯彻党的二十大精神和中央及省、市、县委的决策部署，动员妇女解放思想、坚定信心、开拓创新，发挥桥梁纽带作用，较好完成了各项任务。
@H1 sec=achievements | 一、加强自身建设，当好妇女群众的排头兵
@H2 | 一是组织理论学习与业务培训。用多种形式组织妇女学习理论知识，参加县里组织的业务培训，使大家认清形势、明确目标、感到肩上的担子，增强参政议政的动力。
@H2 | 二是健全基层妇代会
""",
    ),
    dict(
        name="fresh102_03_canteen_dragon_boat_activity_plan",
        source="http://m.xuefen.com.cn/zuowen/3594628.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["First sample of a collection page ('2023年策划学校活动方案 学校活动策划方案(优秀10篇)'); the collection title, "
               "the 小编 blurb and the sample number ('篇一') were dropped; the sample heading '策划学校活动方案' is kept as the "
               "title line.",
               "The site stripped the labels of the opening block: the theme '品味五月五', a couplet, the organisers "
               "('x大学华家池校区', '饮服公司第三分公司'), the date '20xx年x月x日', the place and the purpose are bare value "
               "lines, body, not labelled; the bare date is not labelled as a phase (no 活动时间 heading is left to place it).",
               "The visible structure is the activity's course 1、前期准备工作 / 2、活动之前先进行相应的宣传… / 3、活动开始。 "
               "(level 1, kind phases: the steps of the activity; measures / other accepted for the first two, goals / other "
               "for the third). 2、 is a whole sentence, labelled a heading because it stands beside the other two steps. The "
               "games under 3、 are （1）…（3） level-2 headings (phases, goals / other accepted); the page then restarts with "
               "'（1）吃粽子比赛' (a second group whose heading the site lost), kept at level 2. The page ends inside it ('…获胜选')."],
        units=["x大学华家池校区", "饮服公司第三分公司"],
        text="""\
@T | 策划学校活动方案
品味五月五
竹篛香飘华池，端阳正当五月
x大学华家池校区
饮服公司第三分公司
20xx年x月x日
食堂门口学生活动中心
用游戏展示端午风俗，弘扬民族文化，烘托节日气氛，为各地风俗交流搭一个平台，也丰富校园文化和同学们的课余生活。
@H1 sec=phases alt=measures,other | 1、前期准备工作
备齐各项活动用具，落实各部门负责的项目和人员。
@H1 sec=phases alt=measures,other | 2、活动之前先进行相应的宣传，包括通过网站，论坛，校迅通进行前期宣传，横幅，海报的宣传。
@H1 sec=phases alt=goals,other | 3、活动开始。
@H2 alt=goals,other | （1）夹弹珠
每组两名选手，各拿一双筷子和一个水杯；工作人员宣布开始后计时1分钟，时间到即清点杯中弹珠，多者获胜并领取奖品。
@H2 alt=goals,other | （2）镖王争霸
端午有射箭的习俗，因条件所限改用飞镖；射距2米，三镖合计超过18环者为胜。
@H2 alt=goals,other | （3）端午知识问答
在场地四周拉起长绳，按顺序挂上端午风俗、歌谣等方面的问答题。
知道答案的同学可取下题目到兑奖处作答，答对者领取奖品。
@H2 alt=goals,other | （1）吃粽子比赛
三人一组蒙上双眼，主持人宣布“开始”后原地转五圈，再找到自己的粽子尽快剥开吃完，咽下后举手示意，经工作人员检查后由主持人宣布结束，用时最短的获胜选
""",
    ),
    dict(
        name="fresh102_04_school_reading_month_activity_plan",
        source="https://laolaishao.com/y/5909412.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["First sample of a collection page ('2024年春节活动主题方案'); the 小编 blurb and the sample number ('篇1') were "
               "dropped. The sample's own title '2024过年活动方案' is kept as the title line although the text under it is a "
               "primary school's reading-month plan (the site's mismatch, kept as a user would paste it).",
               "Five label headings 一、…五、: 活动背景与目的 (background; goals, guidance accepted), 活动主题 and 活动对象 (other), "
               "活动时间 (phases, other accepted) whose value 'XXXX年4月1日至4月30日' is an overall period (optional phase), "
               "活动内容 (goals, measures accepted) with five level-2 headings '1. 开幕式' … (a space after '1.').",
               "The site's anti-copy quote mark in '我最喜欢的'书' is kept. The page ends inside 5. ('让家长')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="XXXX年4月1日", end_text="4月30日", at="XXXX年4月1日至4月30日", optional=True),
        ],
        text="""\
@T | 2024过年活动方案
@H1 sec=background alt=goals,guidance | 一、活动背景与目的
为培养小学生良好的阅读习惯、提高阅读兴趣、拓宽知识视野，特将四月定为小学生读书月，通过多样的读书活动让学生在阅读中收获快乐、增长知识、陶冶情操，营造良好的校园文化氛围。
@H1 sec=other | 二、活动主题
书香满校园，阅读伴成长
@H1 sec=phases alt=other | 三、活动时间
XXXX年4月1日至4月30日
@H1 sec=other | 四、活动对象
全校小学生及教职工
@H1 sec=goals alt=measures | 五、活动内容
@H2 alt=measures | 1. 开幕式
读书月首日举行开幕式，请校领导讲话，说明读书的意义，鼓励师生参与，再以朗诵表演拉开序幕。
@H2 alt=measures | 2. 图书漂流活动
学生从家里挑选喜欢的书带到学校分享；设立图书漂流角，自由借阅、交流心得，拓宽阅读面，增进同学友谊。
@H2 alt=measures | 3. 读书征文比赛
以“我最喜欢的'书”为题征文，分享阅读体验，评出优秀作品，颁发荣誉证书和奖品。
@H2 alt=measures | 4. 阅读讲座与指导
邀请作家和教育专家来校讲座，介绍选书和读书的方法；教师开设阅读指导课，帮助学生掌握技巧、养成习惯。
@H2 alt=measures | 5. 亲子阅读活动
鼓励家长陪孩子一起阅读、交流感受，并组织亲子阅读分享会，让家长
""",
    ),
    dict(
        name="fresh102_05_district_government_work_report",
        source="http://www.zhuhainuoyiwuye.com/zhuantifanwen/gongzuohuibao/2023/1209/111056.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["First sample of a collection page ('2023年政府部门工作汇报多篇9篇'): a district government's work report to "
               "the people's congress. The site header and date line, hot-search and breadcrumb lines, the collection "
               "title (twice), the view-count line and the blurb (which quotes another sample's opening, a town's) were "
               "dropped, and so was the sample heading '2023年政府部门工作汇报多篇篇1' (the collection's name with a sample "
               "number, not the document's title): title is null.",
               "The salutation and the opening formula are body. One heading is visible: "
               "'一、知重负重、唯实唯勤，经济社会稳中向好' (achievements), followed by one paragraph with the year's figures "
               "(kept); the page ends inside it ('引进国')."],
        units=["区政府"],
        text="""\
各位代表：
我代表区政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见，也借此听取全区人民的意见和建议。
@H1 sec=achievements | 一、知重负重、唯实唯勤，经济社会稳中向好
2023年，全国承受需求收缩、供给冲击、预期转弱三重压力，我市经历成品油市场综合整治和洪涝灾害，我区又遇困难交织叠加、大量历史遗留问题集中爆发的双重挑战。我们以习近平新时代中国特色社会主义思想为统领，落实党中央国务院和省市部署，抓住区委确定的“1+4”重点工作，贯彻新发展理念，主要经济指标降幅逐季收窄，经济社会总体平稳、稳中向好。预计2023年，地区生产总值168.8亿元，下降2.3%；规模以上工业增加值14.2亿元，下降26%；固定资产投资55亿元，增长5.2%；一般公共预算收入8.5亿元，下降16.5%；社会消费品零售总额50亿元，下降6%；进出口总额4.7亿元，增长9.3%；引进国
""",
    ),
    dict(
        name="fresh102_06_middle_school_league_halfyear_plan",
        source="http://goodzuowen.com/fanwen/twgongzuojihua/201802/141883.html",
        doc_kind="plan", partial=True,
        notes=["A school youth-league committee's plan for the first half of 2018 (a junior middle school: '九年级', under "
               "'德州市教育局团委'). The posting line ('时间:2018-02-07 …来源:<推荐访问:团委团支部工作计划') was dropped.",
               "The level-1 headings keep the source's run of spaces after the numbering ('一、     指导思想'), and so does "
               "'1、      加强团组织的自身建设，…。' (a run-in heading, level 2). 指导思想 guidance; 工作思路 guidance (goals "
               "accepted) with four short points 1、…4、 labelled items (level 2; statements of the approach, no body); "
               "主要工作 goals (measures accepted, the task areas of a plan).",
               "The source's slip '培养学生资助管理能力' (for 自主) is kept in the rewritten body. The page ends inside the "
               "first task area ('完成九年级团籍')."],
        units=["学校团委", "班级团支部"],
        text="""\
@T | 2018年上半年团委工作计划
@H1 sec=guidance | 一、     指导思想
本学期学校团委在团区委、德州市教育局团委和学校党委会领导下，围绕学校中心工作，为构建和美校园、打造精品学校，体现以习惯养成为载体、培养学生资助管理能力的办学特色，做好常规工作，加大创新力度，加强校园文化建设，提高团员青年的思想道德素养和团员意识，培养他们自我约束、自我管理、自我完善的能力，给学生更多自主管理和发展的机会与平台。
@H1 sec=guidance alt=goals | 二、     工作思路
@I2 alt=goals | 1、加强组织建设，调动各支部积极性，做好活动的评比和反馈，把工作落到实处。
@I2 alt=goals | 2、开展主题教育月活动，搭建活动平台，让学生“会做人、会实践、会合作、会创新”。
@I2 alt=goals | 3、丰富校园文化，增强团委的引领能力。
@I2 alt=goals | 4、发展学生社团，提高学生自我管理能力。
@H1 sec=goals alt=measures | 三、     主要工作
@H2 | 1、      加强团组织的自身建设，增强各种活动的活动效果。学校团委的许多活动要靠班级团支部落实，支部建设直接决定活动效果，所以本学期仍把支部建设作为重点：通过支部培训、传达本学期主要工作、通报上学期评优结果、学期初的团员注册和支部情况摸底、各项活动的及时评比反馈，激发支部的竞争意识，让支部委员清楚要完成哪些任务、怎样完成。此外，在继续完善团员档案管理的基础上，本学期还计划完成九年级团籍
""",
    ),
    dict(
        name="fresh102_07_youth_league_theme_day_activity_plan",
        source="http://zhunbian.com/HuoDongch/677805.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A youth-league theme-day plan from a sample site; the posting line ('时间:23-10-29 网友') was dropped and the "
               "title, shown twice by the page, kept once. The writer is unnamed ('我们', '主办方').",
               "一、活动背景和目的 background (goals, guidance accepted); 二、活动名称和主题 other, with key-value body lines "
               "'活动名称：…' and '活动主题：…'; 三、活动时间和地点 phases (other accepted) with '活动时间：2023年5月4日（星期四）' "
               "(the overall date: optional phase) and '活动地点：…' as body; 四、活动流程 phases with five level-2 headings "
               "'1. 开幕式（上午9:00-9:30）' … whose times are the slots of a one-day programme (optional phases; goals accepted "
               "as their kind).",
               "The lines starting with '- ' under each programme step are the source's bullet lists: body, not labelled "
               "('-' is no numbering style of the conventions). The page ends inside the last bullet ('演出包括舞蹈、歌曲')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2023年5月4日", end_text=None, at="活动时间：2023年5月4日", optional=True),
            dict(name="开幕式", start_text="上午9:00", end_text="9:30", at="1. 开幕式（上午9:00-9:30）", optional=True),
            dict(name="主题报告会", start_text="上午9:30", end_text="10:30", at="2. 主题报告会（上午9:30-10:30）", optional=True),
            dict(name="分论坛讨论", start_text="上午10:30", end_text="12:00", at="3. 分论坛讨论（上午10:30-12:00）", optional=True),
            dict(name="团队建设活动", start_text="下午14:00", end_text="17:00", at="4. 团队建设活动（下午14:00-17:00）", optional=True),
            dict(name="文艺汇演", start_text="晚上19:00", end_text="21:00", at="5. 文艺汇演（晚上19:00-21:00）", optional=True),
        ],
        text="""\
@T | 2023年共青团的主题团日活动的策划方案
@H1 sec=background alt=goals,guidance | 一、活动背景和目的
2023年是共青团的百年华诞，为此举办一场全员参与、内容丰富的主题团日活动，激发团员的团队意识和创新思维，培养领导能力与合作精神，展示共青团的历史成就和发展方向，增强团员的向心力和凝聚力。
@H1 sec=other | 二、活动名称和主题
活动名称：共青团百年风华，幸福梦想前行
活动主题：百年风华，梦想前行
@H1 sec=phases alt=other | 三、活动时间和地点
活动时间：2023年5月4日（星期四）
活动地点：市中心体育馆
@H1 sec=phases | 四、活动流程
@H2 alt=goals | 1. 开幕式（上午9:00-9:30）
- 主办方代表致辞，回顾共青团的百年历程和成就；
- 嘉宾讲话，勉励参加活动的团员，阐述共青团的新使命和新担当。
@H2 alt=goals | 2. 主题报告会（上午9:30-10:30）
- 邀请共青团的领导和优秀团员代表作主题报告，讲述成长故事和追梦经验；
- 请专家学者讲解青年创业、志愿服务、社会创新等团员关心的话题。
@H2 alt=goals | 3. 分论坛讨论（上午10:30-12:00）
- 按不同主题设分论坛，请业内专业人士和领导者担任嘉宾；
- 团员自选感兴趣的分论坛，在互动环节提问、分享见解。
@H2 alt=goals | 4. 团队建设活动（下午14:00-17:00）
- 开展团队合作游戏，在完成任务中锻炼协作能力；
- 设置挑战关卡，各队合作解题，展示创新思维；
- 开设领导力训练课程，帮助团员发现并提升领导潜质。
@H2 alt=goals | 5. 文艺汇演（晚上19:00-21:00）
- 组织文艺节目表演，展示团员的才艺和创作能力；
- 演出包括舞蹈、歌曲
""",
    ),
    dict(
        name="fresh102_08_kindergarten_funding_survey_report",
        source="https://www.360wenmi.com/f/gdp8wkb4y2y4.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["First sample of a collection page ('幼儿园情况调研报告'); the date line, the 小编 blurb and the sample heading "
               "('第一篇：幼儿园情况调研报告') were dropped; the sample's own title '××幼儿园经费保障情况调研报告' is the title "
               "line. Names are masked '××' in the source and kept so.",
               "一、基本情况 background; 二、经费预算编制 background (achievements accepted: it describes how the budget is "
               "drawn up). Each holds '1、label：body' run-in headings (level 2), cut at the colon. The figures are kept. The "
               "page ends inside the last one ('30名临时'); its text is set by hand (the colon rule would not cut the short "
               "remainder)."],
        units=["××幼儿园", "××第一小学"],
        text="""\
@T | ××幼儿园经费保障情况调研报告
××幼儿园是××小学的附属幼儿园，位于××新开发地段。近年来，幼儿园在教育主管部门领导下贯彻《幼儿园教育指导纲要》，加强管理，在硬件投入、软件提升和社会认可方面都取得了一定成绩。
@H1 sec=background | 一、基本情况
@H2 | 1、幼儿园规模：园区占地10000平方米，建筑面积5546平方米，有服务楼1栋、教学楼2栋，另设音乐室、晨检室、医务室、隔离室和值班室，大中型玩具配备较齐全。在岗教职工37人，其中在编7人、学校临时聘用30人，学历达标率100%。现有15个教学班、在园幼儿661人，辖区学前一年入园率100%。
@H2 | 2、经费来源及使用管理：我园是公办县级一类幼儿园，7名在编人员经费由一般预算财政全额拨款，临聘人员经费自筹；收入主要来自保教费，每生每学期680元。经费由××第一小学统一管理，实行报账制，主要用于临聘教师工资、日常办公和专用设备的购置维护。
@H1 sec=background alt=achievements | 二、经费预算编制
@H2 alt=achievements | 1、预算收入情况：在编7名教师的经费收入按财政一般预算标准编制，预算外收入按每生每学期680元编制，全园661名幼儿，全年收入近90万元。
@H2 alt=achievements text=2、预算支出情况 | 2、预算支出情况：7名在编人员经费按照预算编制实际支出，30名临时
""",
    ),
    dict(
        name="fresh102_09_student_department_winter_solstice_activity_plan",
        source="https://www.szwanhewx.com/zhichangwenshu/huodongfangan/249.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["First sample of a collection page ('2022年关于冬至的活动方案'): a college student department's ('我部', "
               "'石工院') dumpling-making activity. The posting line, the page title, the 小编 blurb and the sample number "
               "('…活动方案1') were dropped; the sample heading '2022年关于冬至的活动方案' is the title line.",
               "一、活动主题 other (value line '热乎乎的饺子，温暖这个冬天' is body); 二、活动背景 background (guidance "
               "accepted); 三、活动目的 goals (guidance accepted) with five purpose statements 1、…5、 labelled items (level 2). "
               "Item 3 is broken over two lines by the source ('…缓解压力，' / '让大家…'): the second line is body.",
               "'12月22日' in item 1 is the date of the festival inside a statement, not a phase. The masking '20xx年' is kept. "
               "The page ends inside item 5 ('…从制作到品尝')."],
        units=[],
        text="""\
@T | 2022年关于冬至的活动方案
@H1 sec=other | 一、活动主题
热乎乎的饺子，温暖这个冬天
@H1 sec=background alt=guidance | 二、活动背景
20xx年的钟声将伴着雪花到来，20xx年将被封存在记忆里，就像饺馅被裹进饺皮。辞旧迎新之际，我部借冬至佳节、圣诞气氛和元旦喜气，以包饺子的传统方式在动手中共创和谐、在和谐中品味欢乐：部里30多位成员举办“包饺子大赛”，为10年来一起走过的风雨和共同取得的成功画上圆满句号。
@H1 sec=goals alt=guidance | 三、活动目的
@I2 alt=guidance | 1、冬至吃饺子是许多地方的传统习俗。今年冬至（12月22日）举办“热乎乎的饺子，温暖这个冬天”活动，通过包饺子比赛等让同学感受节日的温暖，弘扬包饺子这一传统饮食文化。
@I2 alt=guidance | 2、借机促进同学间的沟通交流，增进友谊，增强石工院的凝聚力，培养团队协作精神。
@I2 alt=guidance | 3、临近期末考试，也借此让大家放松心情、缓解压力，
让大家以轻松的心态迎接即将到来的考试。
@I2 alt=guidance | 4、冬至和元旦将至，借活动缓解同学们的思乡之情：石工院是相亲相爱的一家人。
@I2 alt=guidance | 5、以“丰富同学生活，增进同学之间感情”为宗旨，让大家精神更饱满，体验从制作到品尝
""",
    ),
]
