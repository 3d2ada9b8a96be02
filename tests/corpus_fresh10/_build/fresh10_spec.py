# -*- coding: utf-8 -*-
"""The tenth held-out fresh set: real Chinese work plans, schemes, activity
plans, summaries, a report and a speech written by NON-government bodies
(enterprises and their union and youth league, a bank, a college and its
departments, student unions and a club federation, schools, a kindergarten,
a library, hospitals and a township health centre), found as stored public
web pages with the `search` tool's `pages` corpus.  Most of the documents
were chosen for a visible steps / schedule part with dated phases.  None of
the source pages is a source of shared/corpus-dev or tests/corpus_fresh ..
tests/corpus_fresh8.  HELD OUT: never tune an importer on these documents;
score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  download notices, site blurbs, collection titles, sample numbers, Q&A
  wrappers) was dropped; debris that a user pasting from the page would get
  along (chunk markers, paywall notices, masks) is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！～ was restored (times such as 12:20 keep the colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH10_DOCS = [
    # ------------------------------------------------------------- plans
    dict(
        name="fresh10_01_company_union_annual_activity_plan",
        source="http://bbs.smxe.cn/jxfw/202508/273600.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A work unit's trade-union plan of activities for the year, from a 'selected sample' page wrapped as a "
               "Q&A (breadcrumb, question, 'best answer' label and date dropped); the page title '工会年度活动计划表' is "
               "the title line.",
               "二、活动安排 is the schedule by quarter: '1. 第一季度：迎新与动员' … '4. 第四季度：总结与展望' are level-2 "
               "phases with the quarter as start; under each, '- 活动名称：…' and '- 时间：1月上旬' are the page's dash "
               "bullets (key-value body lines, unlabelled; the single '-' is not a numbering marker). The page ends inside "
               "三、保障措施 item 2 (kept as the fragment)."],
        units=["工会活动小组"],
        text="""\
@T | 工会年度活动计划表
为了让职工的文化生活更丰富、团队更有凝聚力，结合本单位情况制定本年度工会活动计划，希望用多样的活动促进员工交流合作，营造向上的工作氛围。
@H1 sec=goals | 一、总体目标
@I2 | 1. 提升员工的身心健康水平，倡导健康生活方式；
@I2 | 2. 增强员工的集体荣誉感和团队协作精神；
@I2 | 3. 丰富员工的文化生活，缓解工作压力；
@I2 | 4. 促进企业文化建设，打造和谐、团结的工作环境。
@H1 sec=phases | 二、活动安排
@H2 phase=迎新与动员;第一季度; | 1. 第一季度：迎新与动员
- 活动名称：新年联欢会
- 时间：1月上旬
- 以文艺表演和互动游戏等形式一起庆祝新年，营造喜庆气氛。
@H2 phase=文体与健康;第二季度; | 2. 第二季度：文体与健康
- 活动名称：春季运动会
- 时间：4月中旬
- 举办拔河、接力、跳绳等趣味项目，鼓励人人参加。
- 活动名称：健康讲座
- 时间：5月
- 请专业讲师讲心理健康和职业病预防等内容。
@H2 phase=学习与交流;第三季度; | 3. 第三季度：学习与交流
- 活动名称：技能提升培训
- 时间：7月
- 按员工需要开设办公软件、沟通技巧等实用课程。
- 活动名称：部门交流日
- 时间：8月
- 组织跨部门交流，增进不同岗位之间的理解与配合。
@H2 phase=总结与展望;第四季度; | 4. 第四季度：总结与展望
- 活动名称：年终总结表彰大会
- 时间：12月下旬
- 回顾全年工会工作，表彰优秀员工和先进团队。
- 活动名称：冬季趣味活动
- 时间：12月
- 安排冬季户外拓展或室内趣味比赛，活跃节日气氛。
@H1 sec=measures | 三、保障措施
@I2 | 1. 成立工会活动小组，负责活动策划、组织与实施；
@I2 | 2. 合理安排预算，确保各项活动顺利
""",
    ),
    dict(
        name="fresh10_02_kindergarten_theme_week_plan",
        source="https://renrendoc.com/paper/410158509.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A kindergarten's plan for a 'nature and me' theme week, one run-together block on a document-sharing site "
               "(page thumbnails, copyright notice and '文档简介' dropped).",
               "The store lost the breaks after '一、活动目标与范围' and '二、背景分析': kept glued to their bodies, heading "
               "text given by hand. 三、实施步骤及时间节点 has the stages '1.活动准备阶段（第1周）' and '2.活动实施阶段（第2周）' "
               "(level-2 phases, the week as start); each is followed by the glued label '目标…' (body) and, under the first, "
               "the step lines '步骤主题确定与活动方案设计：…', '资源准备：…', '人员分工：…', '家长通知：…' (label：body items, "
               "level 3; the first keeps the glued label '步骤'). The page ends inside the second stage."],
        units=[],
        text="""\
@T | 幼儿园主题周活动计划
@H1 sec=goals text=一、活动目标与范围 | 一、活动目标与范围本次主题周围绕“自然与我”展开，通过生态保护、自然科学和动植物观察等活动提升幼儿的综合素质和探索精神，对象为全园约200名幼儿，活动为期一周。
@H1 sec=background text=二、背景分析 | 二、背景分析社会越来越重视生态保护，幼儿期又是性格和价值观形成的关键时期；让孩子观察自然、珍视环境，并请家长一同参与，有助于培养环保意识和亲子关系。
@H1 sec=phases | 三、实施步骤及时间节点
@H2 phase=活动准备阶段;第1周; | 1.活动准备阶段（第1周）
目标确保活动顺利开展，做好充分准备。
@I3 text=步骤主题确定与活动方案设计 | 步骤主题确定与活动方案设计：围绕主题设计生态讲座、动植物观察、手工制作等具体内容。
@I3 | 资源准备：收集生态类图书和视频，准备放大镜、图鉴等观察工具和手工材料。
@I3 | 人员分工：确定各项活动的负责教师，让每位教师清楚自己的任务。
@I3 | 家长通知：通过家长会或微信群介绍活动内容，邀请家长参与。
@H2 phase=活动实施阶段;第2周; | 2.活动实施阶段（第2周）
目标通过多样化的活动形式，达到主题教育的目的
""",
    ),
    dict(
        name="fresh10_03_school_study_tour_plan",
        source="https://zengmen.com/wT9bEY99ZIru.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A school's study-tour plan (游学计划书) for pupils of grades 5 to 8; the site shows the title in brackets, "
               "'【游学计划书】', kept as the title line.",
               "二、活动内容 has five '1.' points (level 2; '3. 活动时间' holds the overall period, optional) with '(1)' items. "
               "三、行程安排 is the day-by-day itinerary: fifteen 'date：activity' lines '7月1日：…' … '7月15日：…' (items, "
               "level 2, each a phase with its day as start; the page repeats the Guilin and Sanya days, kept). The page ends "
               "inside the last day ('返回学校，结')."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2023年7月1日", end_text="7月15日", at="计划于2023年7月1日至")],
        text="""\
@T | 【游学计划书】
@H1 sec=background alt=goals | 一、项目概述
这次游学由XX学校组织，面向五至八年级学生，想通过短途旅行了解各地历史文化和风土人情，开阔眼界，锻炼思考、团队协作和自我管理能力。
@H1 sec=goals alt=measures | 二、活动内容
@H2 | 1.旅行路线
线路包括北京、西安、成都、桂林、三亚，每座城市都安排以下活动：
@I3 | （1）参观著名景点：长城、兵马俑、大雁塔、颐和园、故宫等历史文化景点；
@I3 | （2）体验特色民俗：看地方戏、尝特色小吃、体验传统手工艺等；
@I3 | （3）互动交流：开展团队游戏和文化交流活动。
@H2 sec=other | 2. 费用预算
含交通、住宿、餐饮和活动费用，总预算XX元。
@H2 sec=phases alt=other | 3. 活动时间
计划于2023年7月1日至7月15日进行，共15天。
@H2 sec=other | 4. 活动人员
参加学生XX名，其中男生XX名、女生XX名。
@H2 sec=requirements | 5. 活动要求
@I3 | （1）遵守纪律，服从安排，确保旅途安全；
@I3 | （2）尊重当地风俗，不破坏景区环境；
@I3 | （3）尊重队友，团结协作，共同完成任务；
@I3 | （4）遵守公共秩序，维护社会和谐。
@H1 sec=phases | 三、行程安排
@I2 phase=学生抵达北京;7月1日; | 7月1日：学生抵达北京，安排在北京市区酒店休息，熟悉周边环境。
@I2 phase=参观长城;7月2日; | 7月2日：参观长城，体验北京特色民俗。
@I2 phase=前往西安;7月3日; | 7月3日：前往西安，参观兵马俑，品尝陕西特色美食。
@I2 phase=游览大雁塔;7月4日; | 7月4日：游览大雁塔，学习唐代文化。
@I2 phase=参观颐和园;7月5日; | 7月5日：参观颐和园，感受皇家园林之美。
@I2 phase=前往桂林;7月6日; | 7月6日：前往桂林，游览漓江，欣赏桂林山水美景。
@I2 phase=体验桂林特色民俗;7月7日; | 7月7日：体验桂林特色民俗。
@I2 phase=前往三亚;7月8日; | 7月8日：前往三亚，游览天涯海角。
@I2 phase=在三亚市区游览;7月9日; | 7月9日：在三亚市区游览，体验三亚风情。
@I2 phase=开展团队游戏;7月10日; | 7月10日：开展团队游戏，增进同学间友谊。
@I2 phase=前往桂林;7月11日; | 7月11日：前往桂林，游览漓江，欣赏桂林山水美景。
@I2 phase=体验桂林特色民俗;7月12日; | 7月12日：体验桂林特色民俗。
@I2 phase=前往三亚;7月13日; | 7月13日：前往三亚，游览天涯海角。
@I2 phase=在三亚市区游览;7月14日; | 7月14日：在三亚市区游览，体验三亚风情。
@I2 phase=返回学校;7月15日; | 7月15日：返回学校，结
""",
    ),
    dict(
        name="fresh10_04_construction_group_youth_league_plan",
        source="http://m.jcsycorp.com/fanwen/tuanweizhibugongzuojihua/1451819421470623_2.htm",
        doc_kind="plan", partial=True,
        notes=["A construction group's Communist Youth League committee plan (城建團委工作計劃), second page of a sample in "
               "traditional characters; the page title is the title line. The visible part starts at item '3、' (its parent "
               "section is not on the page): the items '3、…' to '8、…' are the top visible level (level 1, level 2 accepted).",
               "Two items are dated only in the sentence after the item title: '5月，為迎接“五·四”青年節…' under 4、 and "
               "'7月，參與黨委組織的系列活動' under 7、; they are labelled as phases (start 5月 / 7月). '年末' in item 5 is a "
               "deadline, not a phase. A pupil's name was dropped. The page ends at the bare start of item 8 (kept)."],
        units=["團委", "團支部"],
        text="""\
@T | 城建團委工作計劃
@H1 sec=goals alt=measures lvlalt=2 | 3、繼續開展“關愛下一代”愛心助學活動
繼續與受助學生續簽“愛心助學”協議，以團支部為單位不定期從學習、生活和思想上關心她，幫她順利讀完初中。
@H1 sec=goals alt=measures lvlalt=2 phase=青年趣味運動會;5月; | 4、開展“慶五·四、迎奧運、促和諧”青年趣味運動會
5月，為迎接“五·四”青年節，弘揚奧運體育精神、增強青年凝聚力，由團委統一租場地，在集團範圍內徵集項目，舉辦青年趣味運動會。
@H1 sec=goals alt=measures lvlalt=2 | 5、在全公司發起“節能減排，從我做起”活動
倡導從身邊小事做起節約資源；各基層團組織選定具體的節能行為，列出計劃和目標並上報效果，年末評選“節能減排”先進示範單位。
@H1 sec=goals alt=measures lvlalt=2 | 6、發起“讀書論壇”活動。
團員青年長期在外施工、消息閉塞，團委每年組織一次讀書論壇，推薦書目，請大家書面發表看法，表彰有見解的文章。
@H1 sec=goals alt=measures lvlalt=2 phase=和黨員聽黨課活動;7月; | 7、開展和黨員聽黨課活動
7月，參與黨委組織的系列活動，如團幹部和積極上進的團員青年與黨員一起聽黨課，或參觀愛國主義教育基地。
@H1 sec=goals alt=measures lvlalt=2 | 8、“國慶青年
""",
    ),
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh10_05_college_freshman_reception_scheme",
        source="https://777doc.com/doc-6448184.html",
        doc_kind="scheme", partial=True,
        notes=["A university's scheme for receiving new students on two campuses during the National Day holiday, one "
               "run-together block on a document-sharing site (breadcrumb dropped). The title is glued to the first "
               "paragraph on the page; split after it. The page shows no '一、': the first section starts directly with "
               "the lead-in (body).",
               "二、…时间和地点安排 gives the two registration days as run-in items '（一）XX年10月6日为…报到的时间，…' and "
               "'（二）XX年10月7日为经管学院新生报到时间。' (level 2, text given by hand / cut at the first '。'), each a "
               "phase with its day as start. 三、…主要流程（10月6日） is the reception procedure of the first day (a single-day "
               "programme; not a phase), with （一）, 1、/2、 and （1）/（2） down to level 4. The page ends inside （2）."],
        units=["各学院"],
        text="""\
@T | 新生入学接待工作方案
XX年10月6日（周四）和10月7日（周五）分别是xx校区和x校区XX级新生报到的日子；今年预计报到新生5300人，迎新正逢国庆假期，两个校区都要接待，为保证新生顺利入学特制订本方案。
@H1 sec=phases alt=other | 二、XX年新生入学接待工作的时间和地点安排
@I2 text=（一）XX年10月6日为汽车、机械、电气、信息、外语等5个学院新生报到的时间 phase=5个学院新生报到;XX年10月6日; | （一）XX年10月6日为汽车、机械、电气、信息、外语等5个学院新生报到的时间，报到地点在各学院学生宿舍楼下（汽车学院G2、电气学院G3、机械学院G4、信息学院G1、外语学院G5），其他部门在一饭堂架空层联合办公。
@I2 phase=经管学院新生报到;XX年10月7日; | （二）XX年10月7日为经管学院新生报到时间。报到点设在x校区3栋前的空地，相关部门现场联合办公。
@H1 sec=phases alt=measures | 三、xx校区新生入学接待的主要流程（10月6日）
@H2 | （一）接待引导环节（分三种情况做接待引导）
@H3 | 1、站场迎新情况：在广州火车站和天河客运站设迎新点，由志愿者引导新生乘学校班车到xx校区，下车点在宿舍区广场，再由各学院志愿者带到宿舍区办手续。
@H3 | 2、南xx校区班车接送情况：10月6日学校与中国移动合作安排5辆班车往返南xx校区，接送从x校区中转的新生并送家长返程，乘车流程如下：
@I4 | （1）x校区校门引导环节：志愿者在x校区大门迎接新生，带到3栋前领取登车卡。
@I4 | （2）组织乘车环节：新生领卡后在2栋前、3栋前空地及图书馆一楼候车，班车到图书馆前空地时，由志愿者引导持该班次车卡的新生
""",
    ),
    dict(
        name="fresh10_06_company_safety_standardisation_scheme",
        source="https://xiexiebang.com/a12/2019051322/2f6636d27d90a48f.html",
        doc_kind="scheme", partial=True,
        title_override="安全标准化实施方案",
        notes=["A limited company's implementation scheme for safety standardisation, issued with its own notice; the first "
               "sample of a collection page (the sample line '第一篇:安全标准化实施方案(最终版)' dropped). Like dev05, the "
               "notice title and the scheme's own title are both title lines; the title is the scheme's own. The letterhead, "
               "addressee, '附：…', the date and the 主题词 line are body lines as the page has them; the leader roles "
               "broken over lines by the PDF ('…如下： 组' / '长：') are kept as they are.",
               "四、时间安排 announces four stages; only the first is visible: '第一阶段（2010年8月1 — 8月15日）：为动员部署阶段。…' "
               "(run-in, text given by hand up to the first '。'; the page's missing '日' after '8月1' and the spaced dash "
               "kept). The page ends inside it."],
        units=["安全标准化领导小组"],
        text="""\
xxxxxxxxxxxxx有限公司文件
@T | 关于颁布安全标准化实施方案的通知
各管理部门、岗位：
为夯实安全管理基础，使安全工作规范化、标准化、制度化，公司决定实行安全标准化管理，现将实施方案印发给你们，请各部门认真学习落实。
附：安全标准化实施方案
2010年8月1日
主题词：颁布 方案 通知 xxxxxxxxxx有限公司经理办公室 2010年8月1日印
@T | 安全标准化实施方案
为让全员认清开展安全标准化的必要性，完善公司安全标准化工作机制，特制定本方案。
@H1 sec=guidance | 一、指导思想
树立“以人为本，安全第一”的理念，增强全体员工的安全标准化意识，实现安全管理、岗位操作和日常管理的标准化，达到“零伤害、零损失、零事故”的目标。
@H1 sec=goals | 二、工作目标
以“消除隐患、预防事故、改善环境、持续发展”为重点，杜绝违规违章，健全安全监督机制，确保实现公司2010年“最大限度的不发生安全事故，不破坏环境，做清洁生产企业”的目标。
@H1 sec=responsibilities | 三、组织机构
公司成立安全标准化领导小组，负责开展安全标准化工作。
安全标准化领导小组成员名单如下： 组
长：
副组长： 成员：
@H1 sec=phases | 四、时间安排
按公司安排，安全标准化工作分为四个阶段：
@H2 text=第一阶段（2010年8月1~—~8月15日）：为动员部署阶段 phase=动员部署阶段;2010年8月1;8月15日 | 第一阶段（2010年8月1 — 8月15日）：为动员部署阶段。传达学习上级关于安全标准化管理的指示
""",
    ),
    dict(
        name="fresh10_07_bank_service_quality_scheme",
        source="http://m.kgnav.statamic.cn/huodongfangan/202204/4970102.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A bank's scheme for improving the service quality of its outlets in 20xx, the first sample of a collection "
               "page (a spam line, byline, blurb, collection title and sample label dropped; the page title is the title "
               "line).",
               "二、工作目标 lists four run-in goals '（一）员工服务水准明显提高。…' (level 2, text cut at the first '。'); the "
               "page ends inside the fourth."],
        units=[],
        text="""\
@T | 银行服务质量提升活动方案
为提升网点服务品质，推进“赢在大堂，胜在网点”转型项目，深化网点6S管理，增强营销和服务能力，树立良好的服务品牌，特制定本方案。
@H1 sec=guidance | 一、总体思路
20xx年全行网点服务品质提升的总体思路是：落实新一届党委的部署，践行“客户至上，始终如一”的服务文化，以客户为中心、以管理为基石、以创新为动力，在巩固网点“两个标准”的基础上推动网点向营销服务型和顾问体验型转变。
@H1 sec=goals | 二、工作目标
围绕上述思路，20xx年的具体目标是：
@H2 | （一）员工服务水准明显提高。落实首问负责制，客户满意度继续提高，网点“神秘人”检查力争达到90分以上。
@H2 | （二）员工服务技能持续提升。扩大服务营销团队，培训网点营销人员500人（次），配备零售业务培训师。
@H2 | （三）网点转型项目加快推进。全年完成导入的网点超过30%，“软”转导入期间同步完成6S管理落地。
@H2 | （四）网点服务投诉明显降低。建立完善的投诉处理机制，做到“及时发现、有效控制”，防
""",
    ),
    # ---------------------------------------------------- activity plans
    dict(
        name="fresh10_08_college_rural_practice_activity_plan",
        source="http://www.123jzs.com/jxfw/202508/220291.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college volunteer team's plan for the summer 'three to the countryside' social practice; the site shows the "
               "title in brackets glued to the first heading, '【大学生三下乡策划书模板】一、活动背景', split after the bracket "
               "(title kept with its brackets).",
               "Short label headings 二、–五、 with value lines; 三、活动时间's period is optional. 七、 and 八、 have run-in "
               "'1. 教育帮扶：…' points (level 2, text cut at the colon). 九、活动安排 is the day schedule with the page's "
               "dash bullets: '- 第1天：…' and '- 第2-5天：…' (items, level 2, numbering none; phases with the day count as "
               "start). The page ends inside the second."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2025年7月10日", end_text="2025年7月20日", at="2025年7月10日至")],
        text="""\
@T | 【大学生三下乡策划书模板】
@H1 sec=background | 一、活动背景
乡村振兴需要青年参与，为增强大学生的社会责任感和实践能力，学校组织“三下乡”社会实践，通过支教、科技推广和文化宣传为农村出力，也让学生在实践中成长。
@H1 sec=other | 二、活动主题
“青春助力乡村，知识服务三农”
@H1 sec=phases alt=other | 三、活动时间
2025年7月10日至2025年7月20日（具体根据实际情况调整）
@H1 sec=other | 四、活动地点
XX省XX县XX村
@H1 sec=other | 五、活动对象
大学生志愿者团队（约15人），当地村民及中小学生
@H1 sec=goals alt=guidance | 六、活动目的
@I2 | 1. 传播科学文化知识，提升农村青少年的学习兴趣与综合素质；
@I2 | 2. 推动农村经济发展，协助解决实际问题；
@I2 | 3. 增强大学生的社会实践能力与社会责任感；
@I2 | 4. 促进城乡交流，搭建高校与农村之间的沟通桥梁。
@H1 sec=goals alt=measures | 七、活动内容
@H2 text=1.~教育帮扶 | 1. 教育帮扶：开设公益课堂，讲授英语、数学、科学等课程，帮农村孩子开阔视野；
@H2 text=2.~科技推广 | 2. 科技推广：结合所学专业向村民普及农业技术和环保知识；
@H2 text=3.~文化宣传 | 3. 文化宣传：举办文艺演出和书画展览，丰富村民的文化生活；
@H2 text=4.~调研走访 | 4. 调研走访：了解当地经济、教育、医疗等情况并写出调研报告；
@H2 text=5.~志愿服务 | 5. 志愿服务：参与村内环境卫生整治和关爱留守儿童等公益活动。
@H1 sec=responsibilities | 八、组织结构
@H2 text=1.~领导小组 | 1. 领导小组：由校团委和院系老师组成，负责整体协调与指导；
@H2 text=2.~实践团队 | 2. 实践团队：由学生骨干组成，下设教学组、宣传组、后勤组等，分工明确；
@H2 text=3.~合作单位 | 3. 合作单位：与当地村委会、学校、企业建立合作，保证活动顺利开展。
@H1 sec=phases | 九、活动安排
@I2 phase=出发前往目的地;第1天; | - 第1天：出发前往目的地，熟悉环境，召开动员会；
@I2 phase=开展教学、调研;第2-5天; | - 第2-5天：开展教学、调研、
""",
    ),
    dict(
        name="fresh10_09_school_art_festival_activity",
        source="https://wxfwb.com/hyfl/wenhua/kv80zw.html",
        doc_kind="activity_plan", partial=False,
        notes=["A school's plan for a campus culture and arts festival (魅力校園·青春風采), the first sample of a collection "
               "page in traditional characters whose only title is the collection title '【精選】文化活動方案模板彙編七篇' "
               "(kept as the title line; navigation, blurb and the sample label '文化活動方案 篇1' dropped). The sample is "
               "complete on the page (not partial); bodies rewritten in traditional characters.",
               "二、活動內容： lists five contests each dated in brackets, '(一)、英語演講比賽(11月21日)' … (numbering '（一）、'; "
               "level-2 phases with the day as start). 三、活動時間：…'s overall period is optional. 五、報名時間： gives no "
               "date and is not a phase."],
        units=["團委辦公室"],
        extra_phases=[dict(name="活動時間", start_text="20xx年11月下旬", end_text="12月下旬", at="三、活動時間")],
        text="""\
@T | 【精選】文化活動方案模板彙編七篇
@H1 sec=other | 一、活動主題：
魅力校園·青春風采
@H1 sec=phases alt=goals | 二、活動內容：
@H2 phase=英語演講比賽;11月21日; | （一）、英語演講比賽（11月21日）
@H2 phase=校園十大歌手比賽;12月5日; | （二）、校園十大歌手比賽（12月5日）
@H2 phase=校園課本劇比賽;12月19日; | （三）、校園課本劇比賽（12月19日）
@H2 phase=校園“魅力舞者”舞蹈比賽;12月22日; | （四）、校園“魅力舞者”舞蹈比賽（12月22日）
@H2 phase=校園器樂比賽;12月26日; | （五）、校園器樂比賽（12月26日）
@H1 sec=phases alt=other | 三、活動時間：20xx年11月下旬—12月下旬。
@H1 sec=other | 四、獎項設立：
@I2 | 1、優秀組織獎：頒給比賽成績突出、學生參與面廣、獲獎節目多且質量高的班級；
@I2 | 2、優秀節目（作品）獎：按節目類別分別設一、二、三等獎。
@H1 sec=other | 五、報名時間：
各班組織好參賽同學，由團支書按各項比賽的報名時間統一把報名表交到團委辦公室。
""",
    ),
    dict(
        name="fresh10_10_library_lantern_festival_activity",
        source="http://www.xuexila.com/fwn/wenmi/cehuafangan/4199063.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county library's plan of cultural activities for the Spring Festival and the Lantern Festival, the first "
               "sample of a template page (breadcrumb, byline, blurb and '篇一' dropped; the page title is the title line).",
               "Under the label '活动内容详情：' (level 1) the short labels '活动一' … '活动五' (level 2, numbering none) are "
               "each followed by a body line that opens with the activity and its dates in brackets, "
               "'“我心中的图书馆”为主题的少儿绘画比赛（2月1日至2月28日即腊月十六至正月十三）。…': the labels are phases "
               "dated in the next line (single days are a start; the lunar dates and the doubled '正月正月十五' are the "
               "page's). The page ends mid-word in 活动五 ('博兴县图书')."],
        units=["博兴县图书馆"],
        text="""\
@T | 图书馆元宵节系列文化活动策划方案范文
@H1 sec=phases alt=goals | 活动内容详情：
@H2 phase=“我心中的图书馆”为主题的少儿绘画比赛;2月1日;2月28日 | 活动一
“我心中的图书馆”为主题的少儿绘画比赛（2月1日至2月28日即腊月十六至正月十三）。春节前后面向全县少年儿童举办，引导孩子们画出心中的图书馆，培养创作兴趣。
@H2 phase=迎新春读书有奖活动;2月18日;2月20日 | 活动二
迎新春读书有奖活动（2月18日至2月20日即正月初三至正月初五）。假日期间连续三天，每天给最先进馆的十位读者赠送礼品，鼓励大家走进图书馆。
@H2 phase=春节“优秀公益电影展播”;2月22日;3月2日 | 活动三
春节“优秀公益电影展播”（2月22日至3月2日即正月初七至正月正月十五）。为青少年安排公益电影，让假期过得充实有意义。
@H2 phase=送书下乡流动图书服务;2月23日; | 活动四
送书下乡流动图书服务（2月23日即正月初八）。借正月初八丈八佛庙会，把挑选好的各类图书送到基层读者手中。
@H2 phase=元宵节猜灯谜活动;3月2日; | 活动五
元宵节猜灯谜活动（3月2日即正月十五）。为丰富市民的节日文化生活、营造温馨的元宵氛围，博兴县图书
""",
    ),
    dict(
        name="fresh10_11_department_student_union_election_activity",
        source="https://360docs.net/doc/a63918446.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A college department's plan for electing its new student union, from a document-sharing site (download "
               "notes dropped; the page title '2020学生会换届策划书范文' is the title line). The lead-in's overall period "
               "'10月6日到10月12日' is optional. The names of the election committee under 二、 were dropped, leaving the "
               "heading without a body.",
               "四、改选流程 has two undated stages '第一阶段：部长、副部长换届' / '第二阶段：各部门干事招新' (level-2 phases, "
               "no dates) and, under them, step lines that start with their date, '10月9日，发布招聘公告。' … (items, level 3, "
               "numbering none, each a phase with its date as start; times kept as written, e.g. '10月11日中午12:20'). The "
               "'（包括：…）' bracket of the second step needs the text given by hand. The page ends in the first step of "
               "the second stage."],
        units=["学工办"],
        extra_phases=[dict(name="换届", start_text="10月6日", end_text="10月12日", at="我系将于10月6日到10月12日")],
        text="""\
@T | 2020学生会换届策划书范文
我系**届学生会的任务即将圆满完成，为更好地服务同学、加强学生干部队伍建设，经研究，我系将于10月6日到10月12日对学生会进行换届，方案如下：
@H1 sec=other alt=measures | 一、改选方式
改选面向全系同学，坚持公平、公正、公开，程序为个人申请、面试、系学工办审核、公示及听取学生意见、试用期观察、正式任命。
@H1 sec=responsibilities | 二、改选委员会构成
@H1 sec=requirements alt=other | 三、竞选条件
@I2 | 1、有奉献精神，乐于为同学服务
@I2 | 2、无违纪处分，责任心强，诚实稳重、求真务实
@I2 | 3、有较强的组织、管理能力，服从上级管理
@I2 | 4、成绩优良
@I2 | 5、体育等部门需相关特长
@H1 sec=phases | 四、改选流程
@H2 phase=部长、副部长换届;; | 第一阶段：部长、副部长换届
@I3 phase=发布招聘公告;10月9日; | 10月9日，发布招聘公告。
@I3 text=10月10日，上交书面申请 phase=上交书面申请;10月10日; | 10月10日，上交书面申请（包括：个人简历、应聘部门、个人优势、工作设想及联系方式等）及报岗表到学工办，截止时间：10月10日下午17:00。
@I3 phase=公布报岗名单;10月11日; | 10月11日，公布报岗名单及各岗位面试时间和地点。
@I3 text=10月11日中午12:20面试（每人述职4分钟，答辩2分钟） phase=面试;10月11日中午12:20; | 10月11日中午12:20面试（每人述职4分钟，答辩2分钟）。
@I3 phase=考察;10月12日上午; | 10月12日上午考察。
@I3 text=10月12日中午12:20，副部长以上干部会议 phase=副部长以上干部会议;10月12日中午12:20; | 10月12日中午12:20，副部长以上干部会议。
@H2 phase=各部门干事招新;; | 第二阶段：各部门干事招新
@I3 phase=发布招聘公告;10月9日; | 10月9日，发布招聘公告
""",
    ),
    dict(
        name="fresh10_12_primary_school_science_festival_activity",
        source="http://xinde.gaivip.cn/HuoDongFangAn/2044124.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's plan for its science festival, the first sample of a collection page (collection title, "
               "blurb and sample label dropped; the page title is the title line).",
               "二、 and 三、 are run in after the colon (三、 cut at the colon); 四、活动要求： has four run-in points "
               "'1、坚持全员参与、点面结合。…' (level 2). 六、活动时间：11月份 is the overall period (optional). Under "
               "七、活动内容：, '2、科技健身活动' holds a flattened table: the header cells '时间年级内容组织人地点' and rows "
               "that start with their date, '11月13日1～2年级（每班5名）纸飞机竞赛z操场' … (table cells, unlabelled; the rows "
               "are phases with the day as start, given as extra phases; 'z' is the page's mask for the organiser). The "
               "page ends inside the third row."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="11月份", end_text=None, at="六、活动时间"),
            dict(name="纸飞机竞赛", start_text="11月13日", end_text=None, at="11月13日1～2年级", optional=False),
            dict(name="飞牌", start_text="11月15日", end_text=None, at="11月15日3～4年级", optional=False),
            dict(name="5年级", start_text="11月16日", end_text=None, at="11月16日5年级", optional=False),
        ],
        text="""\
@T | 小学科技节活动方案
@H1 sec=guidance | 一、指导思想：
传播科学思想，弘扬科学精神，增强学生的创新意识和创造能力，普及科学知识和技能方法。
@H1 sec=other | 二、活动主题：携手科学，放飞理想。
@H1 sec=goals | 三、活动目标：通过科技节推动学校科技创新活动，提高学生的科学素养和实践能力，在校园里形成爱科学、学科学、用科学的氛围。
@H1 sec=requirements | 四、活动要求：
@H2 | 1、坚持全员参与、点面结合。让每个学生都得到锻炼，同时注意科技作品的质量。
@H2 | 2、体现特色、突出个性。各班从学生实际出发，以班为本，调动每个学生的积极性和创造性。
@H2 | 3、做到分工负责、责任明确、准备工作充分、宣传到位、发动有力、体现协作精神。
@H2 | 4、整个科技节的系列活动要有序地开展和进行，各个活动的负责人要关注过程，确保活动过程的安全。
@H1 sec=other | 五、活动对象：全校学生
@H1 sec=phases alt=other | 六、活动时间：11月份
@H1 sec=goals alt=phases | 七、活动内容：
@H2 | 1、“三个一”科普活动。
读一本科普书、看一个科普录像、出一期科普黑板报，黑板报于11月23日评比。
@H2 | 2、科技健身活动
时间年级内容组织人地点
11月13日1～2年级（每班5名）纸飞机竞赛z操场
11月15日3～4年级（每班5名）飞牌z操场
11月16日5年级（每班5
""",
    ),
    dict(
        name="fresh10_13_club_federation_recruitment_activity",
        source="http://huaxiashiwen.com/xuexi/cehuashu/391589.html",
        doc_kind="activity_plan", partial=True,
        notes=["A university club federation's plan for recruiting new members, from a template site (date line and site "
               "name dropped). Numbering '一.' with a half-width dot as on the page; '××' masks kept.",
               "二.报名时间：… and 三.面试时间：… are 'label：value' headings with the registration and interview periods "
               "(phases, ranges written '9月14日～16日'). The value lines '报名地点：…', '面试地点：…', '活动承办：…' are body. "
               "七.活动流程 starts with '第一部分：活动准备与宣传（9月2日～9月13日）' (level-2 phase) and its tasks '⑴…' to "
               "'⑸…' (items, level 3; the dates inside them are deadlines and time slots, not phases). The page ends inside "
               "the list of materials ('此部分所需物品：…', body)."],
        units=["共青团××大学委员会", "××大学社团联合会"],
        text="""\
@T | 大学社团联合会招新策划书
@H1 sec=goals alt=guidance | 一.活动目的
新学年社联要迎接新的挑战，需要吸纳充满激情的大一新生，为社联注入活力，让他们成为繁荣校园文化的生力军。
@H1 sec=phases alt=other phase=报名;20××年9月14日;16日 | 二.报名时间：20××年9月14日～16日
报名地点：××大学阳光校区一食堂侧门
@H1 sec=phases alt=other phase=面试;20××年9月20日;21日 | 三.面试时间：20××年9月20日～21日（具体时间待定）
面试地点：××大学阳光校区三栋教学楼
@H1 sec=other | 四.活动主题：你的大学生活因加入社联而更加精彩难忘！
@H1 sec=other | 五.活动对象：20××级大一新生
@H1 sec=responsibilities | 六.活动主办：共青团××大学委员会
活动承办：××大学社团联合会
@H1 sec=phases | 七.活动流程
@H2 phase=活动准备与宣传;9月2日;9月13日 | 第一部分：活动准备与宣传（9月2日～9月13日）
@I3 | ⑴宣传部和文化部制作宣传板、海报和横幅，分别放在一食堂侧门、张贴在教学楼宿舍楼食堂门口、挂在主要街道一侧。
@I3 | ⑵办公室制作《招新通知》，与策划部一起下发到各学院班级，并整理宣传单、表格和值班人员安排表。
@I3 text=⑶宣传部联系校园广播台，9月8日至15日每天17:00～19:00与20:00～21:30播放招新通知 | ⑶宣传部联系校园广播台，9月8日至15日每天17:00～19:00与20:00～21:30播放招新通知；9月8日前在社联网站发布招新策划书，并制作2010年～20××年社联照片成果展。（新闻部和外联部）
@I3 | ⑷后勤部与活动部一起采购招新物品，9月11日之前全部到位。
@I3 text=⑸9月14日至16日（11:30～13:30和17:00～19:00）在一食堂侧门设招新值班点，提供咨询并收发报名表 | ⑸9月14日至16日（11:30～13:30和17:00～19:00）在一食堂侧门设招新值班点，提供咨询并收发报名表。
此部分所需物品：①.报名表、中性笔、宣传单、值班人员签到表、电脑音响（播放广播台
""",
    ),
    # -------------------------------------------------------- summaries
    dict(
        name="fresh10_14_hospital_world_health_day_summary",
        source="https://www.xd63.com/xindefanwen/129890.html",
        doc_kind="summary", partial=False,
        notes=["A hospital's summary of its World Health Day publicity on hypertension, the first sample of a collection "
               "page (page title and date line dropped). The sample heading keeps the site's emoji, '♥️ 世界卫生日活动总结', "
               "as the title line. The sample is complete on the page (the second sample, by a school, is not represented).",
               "Three headings 一、–三、 (achievements); figures kept."],
        units=[],
        text="""\
@T | ♥️ 世界卫生日活动总结
@H1 sec=achievements | 一、领导重视、各部门配合
4月6日，院领导在院科两级负责人会议上专门部署世界卫生日宣传，要求各科室特别是门诊人员用通俗形象的方式宣传高血压防治知识，让居民知道“定期到医疗机构测量血压”“合理膳食 适量运动”等要点。
@H1 sec=achievements | 二、开展形式多样的宣传活动
我院通过电子屏滚动播放、发放资料、面对面宣教和免费测血压等形式开展宣传，共发放材料200余份，免费测量血压150余人次，提供健康咨询150余人次。
@H1 sec=achievements | 三、活动收到的效果
群众进一步了解了高血压防治常识，社会对高血压的关注度和科学认识有所提高，居民自我管理血压的意识增强，活动深受欢迎。
""",
    ),
    dict(
        name="fresh10_15_tcm_hospital_grade_creation_summary",
        source="https://m.wenke99.com/p-8501915.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="创建“三乙”医院工作总结",
        notes=["A traditional-Chinese-medicine hospital's summary of the first ('intensive study') stage of its campaign to "
               "become a grade-3B hospital, one run-together block on a document-sharing site. The site's chunk marker "
               "'精选优质文档-倾情为你奉上' is glued before the title (title set by hand). Personal names (the bureau chief, "
               "the hospital leaders) were dropped.",
               "The only visible section '一、加大宣传力度，营造创建氛围。' stands alone and is followed by the run-in points "
               "'一是…。' and '二是层层召开动员大会。…' (level 2, text cut at the first '。'). The page ends mid-sentence."],
        units=[],
        text="""\
@T | 精选优质文档-倾情为你奉上创建“三乙”医院工作总结
自4月1日晚召开创建三级乙等中医医院誓师动员大会以来，全院职工齐心协力、加班加点投入创“三乙”工作，现将强化学习阶段的工作总结如下：
@H1 sec=achievements | 一、加大宣传力度，营造创建氛围。
@H2 | 一是通过横幅、医院网站专栏和温岭中医院报、管理快讯等载体宣传创“三乙”工作。门诊楼前挂出“统一思想振奋精神 锁定目标 举全院之力 争创三级乙等中医医院”的大红横幅，院报出专刊、不定期编印快讯，及时通报创建进展，营造人人参与的氛围。
@H2 | 二是层层召开动员大会。4月1日晚召开全院职工动员大会，市卫生局领导到会讲话，院领导作动员并公布创建实施方案和督察方案，各片区负责人表态；4月2日后各科室、片区和党员、团员相继召开动员会，做到全员动员、全员知晓、全员参与，泌尿科、彩超室、麻醉科及时召开科务
""",
    ),
    # ---------------------------------------------------------- report
    dict(
        name="fresh10_16_health_centre_relocation_request_report",
        source="http://6dgww.com/Article/15144598.html",
        doc_kind="report", partial=True,
        notes=["A township health centre's report to the county health bureau asking to relocate and rebuild (申请报告), from "
               "a paid-template site (the site's advertising line dropped). Addressee and opening are body lines.",
               "一、基本状况。… and 二、迁建目的。… are run in (text cut at the first '。'); under 一、 four statements '1、…' "
               "(items; the damaged unit '280﹐' is the page's). The site's paywall notice '（未完，全文共1787字，当前显示577字）' "
               "is kept as the last line (debris, unlabelled)."],
        units=[],
        text="""\
@T | 迁建乡卫生院的申请报告
县卫生局：
可大乡是全县边远落后的乡，离县城120公里，农村人口近2万，群众的卫生保障水平较低；它又地处渝、湘、鄂三省交界，是酉阳的对外窗口，乡里正按县里要求建设新集镇，卫生院迁建势在必行，现将具体原因报告如下：
@H1 sec=background alt=problems | 一、基本状况。长期以来，受客观条件制约，可大乡公共卫生工作难以有效开展，发展很慢，主要原因有以下几方面。
@I2 | 1、房屋陈旧老化，设施设备简陋落后，改造难度大，经营困难，患者无法就地就医而大量流失
@I2 | 2、规模太小，用房面积不足，业务用房仅280﹐，病床仅20张，门诊、药房拥挤，连常规工作都难以开展
@I2 | 3、周围皆为民宅，农民饲养的牲畜给医院的环境卫生造成极大影响
@I2 | 4、房屋拥挤，通道狭窄，常被生意经营者挤占，给病人和车辆行人带来极大的不便
@H1 sec=goals alt=background | 二、迁建目的。卫生院建设是一项公益事业和民生工程，迁建是为了改善可大乡的医疗卫生条件，满足群众的就医需求，实现乡医疗事业的持续发展。
（未完，全文共1787字，当前显示577字）
""",
    ),
    # ---------------------------------------------------------- speech
    dict(
        name="fresh10_17_new_principal_inaugural_speech",
        source="https://3du.tw/knowledge/Y3U5OTA=.html",
        doc_kind="speech", partial=True,
        notes=["A new secondary-school principal's first speech to the staff, the first sample of a collection page in "
               "traditional characters (blurb and sample number dropped; the page title is the title line). The "
               "salutation and the opening paragraph (announcing four words: 有幸、有緣、有感、有言) are body lines; bodies "
               "rewritten in traditional characters.",
               "The first of the four words is a run-in point '第一個詞，“有幸”。…' (level 1, text cut at the first '。'), "
               "under it the reasons '第一，xxx是…百年名校。…' and '第二，xxx有著…教師群體。…' (level 2). The kinds of a "
               "speech's points are soft: other | background, requirements. The page ends mid-sentence."],
        units=[],
        text="""\
@T | 新任中學校長就職發言稿
老師們：大家好！
今天是我來到xxx後第一次在這種場合和大家見面，很高興與各位成為同事。初次交流，我想說四個詞，表達四層意思：有幸、有緣、有感、有言。
@H1 sec=other alt=background,requirements | 第一個詞，“有幸”。也就是榮幸、幸運，原因有以下三個方面。
@H2 sec=background alt=other | 第一，xxx是有著悠久歷史、深厚積澱、獨到文化和卓著聲譽的百年名校。學校薪火相傳近80年，品牌由幾代人用心血鑄就，形成了令人肅然起敬的學校精神，每年招生時門庭若市就是明證。
@H2 sec=background alt=other | 第二，xxx有著一個結構合理、敬業愛生、積極進取、業務精湛的教師群體。這裏有一批只講奉獻、不計索取的老教師，有幾位明年就要退休，仍堅持帶畢業班、當班主任，學校想照顧也被婉言謝絕。所以我說，老教師
""",
    ),
]
