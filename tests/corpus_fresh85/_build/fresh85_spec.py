# -*- coding: utf-8 -*-
"""The eighty-fifth held-out fresh set: plans ORGANISED BY TIME -- month-by-month
arrangements (二月份 … 七月份, 十一月份 …), a term's activities each tied to a month,
a women's federation plan whose paragraphs run month by month (在4月，…), week plans of
a primary school and of two kindergartens (第二周 / 第4周 with their date ranges), a
school library's term plan ending in a week-by-week table, and a kindergarten class's
one-month plan that ends with a list of the month's dates.  Writers: a kindergarten
(大朗镇), two more kindergartens, a kindergarten class, a primary school (its weekly
arrangement), a primary school's moral-education office, a middle school's library,
a college volunteer service team and a community women's federation.
Found as stored public web pages with the `search` tool's `pages` corpus (log in
notes_queries.txt).  None of the source pages is a source of the label files and
used lists checked (see /work/fresh85/used_sources.tsv and chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after
  the visible part was invented.  Site boilerplate (navigation, posting lines,
  collection titles, sample headings, other samples of a collection) was dropped.
- Heading, item, title and schedule lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates, figures,
  unit and place names and the masking found in the source are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH85_DOCS = [
    dict(
        name="fresh85_01_kindergarten_spring_monthly_arrangements",
        source="https://jingyanben.com/gongzuowendang/233099.html?page=2",
        doc_kind="plan", partial=True,
        notes=["Page 2 of a collection of kindergarten spring-term plans (园务计划): the store's text starts inside the "
               "first sample at its third section '三、各月工作安排' (the title and sections 一、二、 are on page 1 and not "
               "visible, so title is null); the start of the next sample ('幼儿园2024春季园务计划2', 一、指导思想 …) was "
               "dropped.",
               "The months '二月份：' … '七月份：' are unnumbered level-2 headings under 三、, each a phase with the month as "
               "start and no end (the convention of corpus_fresh23's monthly plan); the numbered tasks under them are items "
               "(level 3).",
               "Artefacts kept: under 四月份 the third task is numbered '3.' after '1、' '2、'; under 六月份 the fifth is "
               "'5。 ' with a full stop and a space (labelled as an item with its literal token, style none); the writer's "
               "target list is named in quotes '“大朗镇幼儿园幼儿良好行为习惯培养目标”'.",
               "Event days inside items ('3.22世界水日', '6.5世界环境日', 庆“六一”) are not phases."],
        units=["教研组"],
        text="""\
@H1 sec=phases | 三、各月工作安排
@H2 phase=二月份;二月份; | 二月份：
@I3 | 1、做好开学前的各项准备工作（卫生打扫、环境布置）迎幼儿回园
@I3 | 2、稳定幼儿情绪
@I3 | 3、园务会议，布置新学期的各项工作
@I3 | 4、制订各部门计划
@H2 phase=三月份;三月份; | 三月份：
@I3 | 1、庆“三八”活动
@I3 | 2、各班加强常规训练、优化幼儿一日活动
@I3 | 3、各班召开班级家长会议及家长委员会会议
@I3 | 4、加强春季卫生保健工作
@I3 | 5、教师深入学习“大朗镇幼儿园幼儿良好行为习惯培养目标”
@I3 | 6、开展“3.22世界水日活动”
@H2 phase=四月份;四月份; | 四月份：
@I3 | 1、教研组教研活动（优质教育活动观摩研究）
@I3 | 2、全园半日教学开放活动（向家长开放半日活动）
@I3 | 3.对各班“大朗镇幼儿园幼儿良好行为习惯培养目标” 进行自查
@H2 phase=五月份;五月份; | 五月份：
@I3 | 1、教研组教研活动
@I3 | 2、开展“我爱劳动”主题活动
@I3 | 3、开展向全镇幼儿园开放日活动
@I3 | 4、庆“六一”活动准备
@H2 phase=六月份;六月份; | 六月份：
@I3 | 1、家长开放日、庆“六一”系列活动
@I3 | 2、开展“6.5世界环境日”活动
@I3 | 3、启动新生报名工作
@I3 | 4、幼小衔接工作
@I3 num=5。 text=5。~对各班~“大朗镇幼儿园幼儿良好行为习惯培养目标”进行自查 | 5。 对各班 “大朗镇幼儿园幼儿良好行为习惯培养目标”进行自查
@H2 phase=七月份;七月份; | 七月份：
@I3 | 1、园务总结会议
@I3 | 2、做好学期结束交接工作，归档工作
@I3 | 3、园内各种设备的检查、维修工作
""",
    ),
    dict(
        name="fresh85_02_school_library_second_term_plan",
        source="https://www.houzhang.com/xzfl/jihua/7835z4.html",
        doc_kind="plan", partial=True,
        notes=["A secondary school library's plan for the second term (高一、高二 textbooks, 地理专用教室, 天文台) on a sample "
               "site; the site line '来源：范文网 2.03W' was dropped. The page repeats the title right after '一、指导思想：' "
               "(the site's title block); that repeated line is kept as pasted and is not labelled (title_lines is line 1 "
               "only).",
               "The site's masking 'xx' (standing for 人 in '人类', '个人', '人员', '以人为本') is kept where the rewritten "
               "body still uses those words and in the headings' neighbourhood ('召集xx', '组织本组xx员参加').",
               "Sections 一、指导思想 (guidance), 二、主要工作要点 (goals, measures accepted) with six long numbered task "
               "lines as items, 三、具体安排 (phases) followed by a flattened table: its spaced caption '校 内 教 研 活 动', "
               "the column heads '日期' / '内 容' / '召集xx' and one row '准备周' / '2月20日' / '组织本组xx员参加…' are "
               "table cells, one per line, never labelled. The row's week and date are kept as an optional phase "
               "('准备周', start 2月20日) because the table is cut after its first row."],
        units=["图书馆"],
        extra_phases=[
            dict(name="准备周", start_text="2月20日", end_text=None, at="2月20日", optional=True),
        ],
        text="""\
@T | 学年度第二学期图书馆工作计划
@H1 sec=guidance | 一、指导思想：
学年度第二学期图书馆工作计划
书是xx类文明的结晶，图书馆向来被称作知识与理想的“第二课堂”。在学校20xx年工作思路指导下，图书馆将坚持“创新、协调、绿色、开放、共享”五大发展理念，树立“以xx为本”“主动服务”的理念，把图书馆建成师生学习的资源库和应用平台。
@H1 sec=goals alt=measures | 二、主要工作要点：
@I2 | 1、做好开学的系列准备工作，按时完成高一、高二年级学生教材的发放，并及时上报下一学年度师生教材和教学用书的订购。
@I2 | 2、进一步完善师生借阅图书的制度和方法，健全分布式图书馆的管理使用制度，抓好班级分布式图书馆的借阅保障。
@I2 | 3、尽快完成图书馆搬迁改造后的图书分类、入册和上架，为重新开放打好基础，继续开放午间学生阅览室。
@I2 | 4、结合学校教学质量检查月，为各处室、年级组的活动做好服务，用好地理专用教室和天文台，服务地理教学和“科技月”活动。
@I2 | 5、强化图书馆工作xx员的学习和培训，总结反思、借鉴兄弟学校的经验，提高服务水平。
@I2 | 6、加强各馆室的环境美化和卫生管理，增强防火、防潮、防虫、防蛀的安全意识。
@H1 sec=phases | 三、具体安排：
校 内 教 研 活 动
日期
内 容
召集xx
准备周
2月20日
组织本组xx员参加
""",
    ),
    dict(
        name="fresh85_03_primary_school_weekly_arrangement",
        source="http://www.bnsx.xbjyfw.cn/html/article523527.html",
        doc_kind="plan", partial=True,
        notes=["One week's arrangement of a primary school (常州, the week of 3月12日 植树节, the spring of the 十届五次 NPC "
               "session) on the school's site. The store's text starts at '一、教职工学习' with no title line, so title is "
               "null; it ends inside item 3 of 四、体卫工作 ('…并将体').",
               "Four level-1 areas (一、教职工学习, 二、思想教育和少先队工作, 三、教学、教科研和电教工作, 四、体卫工作), kind "
               "goals with measures accepted (the task areas of a plan); the numbered tasks under them are items. "
               "Personal names and surnames in brackets after tasks were dropped ('（杨）', '（谢、王、潘，厚余小学）' -> "
               "'（厚余小学）', a trainee teacher's name); unit and place names kept.",
               "The whole document is one week, but no week label or date range is visible; event days inside items "
               "('3月12日（周一）上午', '周三下午4:10', '本周五前') are not phases."],
        units=["德育处"],
        text="""\
@H1 sec=goals alt=measures | 一、教职工学习
@I2 | 1、政治学习：学习全国人大十届五次会议、政协十届五次会议有关报告精神。
@H1 sec=goals alt=measures | 二、思想教育和少先队工作
@I2 | 1、本周定为“关爱生命”教育周，各中队围绕“热爱生命，珍惜生命，尊重生命，感激生命”进行主题教育，周三班队活动统一上“关爱生命”主题队会。
@I2 | 2、3月12日为植树节，各班引导学生参加植绿护绿活动。
@I2 | 3、常州日报小记者苑开设“小记者之星”栏目，请有关年级从本校小记者中推荐人选（到德育处报名）。
@I2 | 4、周三参加团区委片总辅导员会议。
@I2 | 5、少数年级的年级橱窗还没有更换，请尽快完成。
@I2 | 6、鼓号队本周起开始训练。
@H1 sec=goals alt=measures | 三、教学、教科研和电教工作
@I2 | 1、3月12日（周一）上午，参加卜湟教学协作片会议（厚余小学）。
@I2 text=2、3月12日（周一）下午1:00，参加区小学音乐教材培训（区教师进修学校） | 2、3月12日（周一）下午1:00，参加区小学音乐教材培训（区教师进修学校）。
@I2 | 3、本周二起学校兴趣小组正式上课，请班主任事先通知学生准时参加。
@I2 | 4、周二参加区教育技术负责人会议（鸣凰中学）。
@I2 text=5、周三下午4:10，各子课题组长到小会议室参加本学期主课题工作会议 | 5、周三下午4:10，各子课题组长到小会议室参加本学期主课题工作会议。
@I2 | 6、周四上午第一节课，三5教室，实习老师执教《少年王勃》（第二课时）。
@I2 text=7、周四下午4:10，在小会议室召开备课组长、教研组长会议 | 7、周四下午4:10，在小会议室召开备课组长、教研组长会议。
@I2 | 8、请各行政人员加强听课。
@I2 | 9、周四上交常州市电脑制作活动参赛作品。
@I2 | 10、安排少儿计算机培训班，维修电脑房一。
@I2 | 11、学生摄影作品请及时交给负责老师。
@I2 | 12、综合实践活动任课老师认真学习校综合实践课题网站内容，本周五前上传班级、年级计划。
@H1 sec=goals alt=measures | 四、体卫工作
@I2 | 1、各完小上网查阅田径运动会规程、加分表、纪录和报名单并打印，认真学习、积极准备。
@I2 | 2、《学生体质健康标准》开始测试。
@I2 | 3、继续做好教职员工的体检工作，并将体
""",
    ),
    dict(
        name="fresh85_04_volunteer_service_team_term_plan",
        source="https://unjs.com/fanwenwang/gongzuojihuafanwen/gonghuigongzuojihua/20200620192511_2423362.html",
        doc_kind="plan", partial=False,
        notes=["Sample 1 of a collection filed under 工会工作计划 ('有关工会工作计划范文集合九篇'), which is in fact the autumn-term "
               "plan of a college volunteer service team's department (大一新生, 铁机社区 and 建设社区, 校团委 and 校服务总队). "
               "The collection title, its blurb and the sample heading '工会工作计划 篇1' were dropped, so title is null; "
               "sample 2 (a union's half-year text) was dropped. The sample is complete (partial false).",
               "Eight level-1 activity headings 一、 … 八、; each body line opens with the month the activity falls in "
               "('9月份，…', '9月底，…', '10月份，…', '11月份，…', '12月份，…'). The headings are task areas, kind goals "
               "with phases accepted; each dated activity is a phase named after its heading with the month of the next "
               "line as start and no end. 八、其他工作 has no month and no phase."],
        units=["校团委", "校服务总队"],
        text="""\
@H1 sec=goals alt=phases phase=迎新活动;9月份; | 一、迎新活动
9月份，大一新生入校。为让新生安全顺利报到、尽快适应大学生活，迎新是本学期的第一项活动，也是一项重要活动。
@H1 sec=goals alt=phases phase=部门招新;9月底; | 二、部门招新
9月底，因部门的志愿活动多由大一新生参加，为保证工作正常开展，将从大一新生中招收十来名新成员。
@H1 sec=goals alt=phases phase=义务家教;10月份; | 三、义务家教
10月份，义务家教是本部门的特色活动，十月初将继续在铁机社区和建设社区开展。
@H1 sec=goals alt=phases phase=建立共青文明岗;10月份; | 四、建立共青文明岗
10月份，校团委和校服务总队将下发共青文明岗建设方案，本部门于10月底组织大一各班参与建设。
@H1 sec=goals alt=phases phase=义务卖报;11月份; | 五、义务卖报
11月份，服务队继续发动志愿者参加“阳光行动——义务卖报”活动。
@H1 sec=goals alt=phases phase=老人慰问;11月份; | 六、老人慰问
11月份，与铁机社区商定需要慰问的孤寡老人人数，再去参加社区的老人慰问活动。
@H1 sec=goals alt=phases phase=收尾工作;12月份; | 七、收尾工作
12月份，寒假临近、考试在即，本学期部门工作告一段落，12月底做好各项工作的收尾。
@H1 sec=goals alt=measures | 八、其他工作
建立部门博客，加强宣传，同时完善部门建设。
""",
    ),
    dict(
        name="fresh85_05_primary_autumn_moral_education_plan",
        source="https://www.027art.com/fanwen/jihua/284251_2.html",
        doc_kind="plan", partial=True,
        notes=["Page 2 of a three-sample collection ('最新2011年秋季学期小学德育工作计划(3篇)(2)'): the store's text starts "
               "inside sample 1's month list, with items 3、 and 4、 of a month whose heading (十月份) is on page 1; the page "
               "header (a collection title) and the posting line were dropped, so title is null; sample 2 ('第二篇', "
               "一、指导思想 …) was dropped.",
               "The months '十一月份：' '十二月份：' '一月份：' are unnumbered level-1 headings (no parent visible; level 2 "
               "accepted), kind phases, each a phase with the month as start. Their tasks are items at level 2; the two "
               "orphan items before 十一月份 are level 2 by convention (parent absent), level 1 accepted.",
               "Kept as the source has it: '部署暑假生活' in a January (winter) task."],
        units=[],
        text="""\
@I2 sec=phases lvlalt=1 | 3、开展“我把祖国比母亲”中队主题活动
@I2 sec=phases lvlalt=1 | 4、“四个好少年”宣传学习活动
@H1 sec=phases lvlalt=2 phase=十一月份;十一月份; | 十一月份：
@I2 | 1、“低碳节能，绿色校园”为主题，进行板报评比活动
@I2 | 2、少先队课题活动及辅导员培训
@I2 | 3、开展“五讲四美三热爱”活动，进行手抄报评比
@H1 sec=phases lvlalt=2 phase=十二月份;十二月份; | 十二月份：
@I2 | 1、开展“学伟人、寻足迹、谈思想”主题活动，组织讲伟人故事比赛。
@I2 | 2、开展“12.9”爱国运动纪念活动
@I2 | 3、开展“手拉手互助”学习活动
@H1 sec=phases lvlalt=2 phase=一月份;一月份; | 一月份：
@I2 | 1、元旦主题板报评比
@I2 | 2、做好资料收集工作和各项工作总结
@I2 | 3、制定寒假活动计划，部署暑假生活
""",
    ),
    dict(
        name="fresh85_06_community_women_federation_2023_plan",
        source="https://alatiku.com/fanwen/jihua/ye5491.html",
        doc_kind="plan", partial=True,
        notes=["Sample 1 of '妇联2023年度工作计划【汇编4篇】' on a sample site: a community women's federation's annual plan "
               "(masked '_社区', '20_年'). The collection title, the 导读 line and the sample heading "
               "'妇联年度工作计划【第一篇】' were dropped; no title line of its own, so title is null.",
               "Two level-1 headings visible: 一、… (goals, measures accepted) and '二、利用多种宣传工具，展示新世纪妇女风采。' "
               "(with its full stop); the text is cut at the full stop. Under 二、 the plan runs month by month in "
               "paragraphs that open '在4月，结合…的主题，…', '在5月，…', '在6月，…' (the store ends inside 6月). These are "
               "not numbered and not labelled as headings; each month is kept as an optional phase (a time slot of the "
               "plan, start = the month)."],
        units=["_社区妇联"],
        extra_phases=[
            dict(name="4月", start_text="4月", end_text=None, at="在4月，", optional=True),
            dict(name="5月", start_text="5月", end_text=None, at="在5月，", optional=True),
            dict(name="6月", start_text="6月", end_text=None, at="在6月，", optional=True),
        ],
        text="""\
为落实《关于进一步加强和改进新形势下妇女工作的意见》，推进基层妇联工作，发挥妇联联系妇女群众的桥梁纽带作用，结合_社区实际，坚持以人为本，提高妇女整体素质，维护妇女儿童合法权益。20_年_社区妇联主要抓好以下几方面工作：
@H1 sec=goals alt=measures | 一、加强组织建设，提高妇联组织的制度化、规范化水平
在已有“妇女维权工作站”“妇女之家”的基础上健全社区妇联组织，使其运作制度化、规范化；多种方式提高非公有制经济组织、新社会组织中妇联的组建率和覆盖面，调动辖区妇女的积极性。
@H1 sec=goals alt=measures | 二、利用多种宣传工具，展示新世纪妇女风采。
表扬为社区妇联积极工作的楼组长和居民骨干，以丰富的活动营造良好的文化氛围。
在4月，结合妇女维权知识培训的主题，组织辖区妇女和“两新组织”妇联学习《婚姻法》《妇女权益保障法》等法律法规，让法律知识进家门、法律求助在社区。
在5月，结合“五四”青年节的主题，组织辖区妇女参加_社区的趣味运动会，增强体质，增进邻里感情。
在6月，结合“六一”国际儿童节，社
""",
    ),
    dict(
        name="fresh85_07_kindergarten_second_week_plan",
        source="http://www.jlyey.xbjyfw.cn/html/article5921927.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's plan for the second week of the autumn term on its own site: title '第二周工作计划' and "
               "a date line '2023-9-11—2023-9-15' (body, not a title line); the week is kept as an optional overall "
               "period placed on that line.",
               "Four level-1 areas with a trailing colon (一、行政工作： 二、常规工作： 三、后勤保健： 四、教师会议：), kind goals "
               "with measures accepted (四、教师会议 also other); numbered tasks as items. A teacher's surname in brackets "
               "was dropped ('（庄：我是校园小主人）' -> '（我是校园小主人）', '（庄）'). Event times in items ('周三下午3:30', "
               "'周一下午', '周五巡查') are not phases."],
        units=[],
        extra_phases=[
            dict(name="第二周", start_text="2023-9-11", end_text="2023-9-15", at="2023-9-11—2023-9-15", optional=True),
        ],
        text="""\
@T | 第二周工作计划
2023-9-11—2023-9-15
@H1 sec=goals alt=measures | 一、行政工作：
@I2 | 1、讨论完善园务计划、教科研计划、行事历等。
@I2 | 2、暑期零星维修工程决算报告。
@I2 | 3、对照卫生保健评估细则逐条自查、查漏补缺。
@H1 sec=goals alt=measures | 二、常规工作：
@I2 text=1、开展国旗下讲话（我是校园小主人），本周升旗、家长护卫：大二班 | 1、开展国旗下讲话（我是校园小主人），本周升旗、家长护卫：大二班。
@I2 | 2、中、大班组织幼儿开展区域计划表征，规范具体要求。
@I2 | 3、中大班讨论幼儿工作计划时间的规划，准备乐享童年现场观摩。
@I2 | 4、各班组开展班本种植前期调查和准备工作，生成种植画报。
@I2 | 5、各班创设自然角：观赏区、写生区、种植区、养殖区，呈现标签或植物名片、观察记录，周五巡查。
@I2 | 6、结合卫生评估工作，加强幼儿午餐护理：餐前、餐中、餐后常规分工负责。
@I2 | 7、各班照常组织延时托管活动。
@I2 | 8、发放《快乐家园》，大班老师负责盖章。
@H1 sec=goals alt=measures | 三、后勤保健：
@I2 | 1、全园安全隐患排查、幼儿安全和卫生习惯的养成教育。
@I2 | 2、卫生保健评估细则学习培训。
@I2 | 3、制订并公布幼儿食谱。
@I2 | 4、保育员协助各班户外种植整地规划。
@H1 sec=goals alt=measures,other | 四、教师会议：
@I2 | 1、周三下午3:30全体教师集中：研讨新学期工作行事历。
@I2 | 2、周一下午期初业务工作会议，银河幼儿园。
""",
    ),
    dict(
        name="fresh85_08_kindergarten_week4_affairs_plan",
        source="http://xueke8.com/jhfw/gzjh/20170515/207990.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's affairs plan for week 4 of the spring term (苏州; 三八妇女节 and 植树节 in the week) on a "
               "sample site; the site greeting, breadcrumb and '文章 来源学科吧课' lines were dropped. The title carries "
               "the week's date range '第4周园务计划（3月6日——3月10日）', kept as an optional overall period on the title "
               "line.",
               "One unnumbered label heading '工作要求' (level 1; kind requirements, goals accepted: its six points are the "
               "week's tasks) over six numbered items; item 6 holds its own sub-points '1）…2）…3）…①…②…' run together "
               "on one line (one item).",
               "After the list the page has a flattened weekly table: the header row '星期 工作安排 记载' and rows of cell "
               "text (a short paraphrase of the tasks), one per line, never labelled; the store's text ends inside it. "
               "Event dates inside items ('周二下午13:00', '3月15日', '周日3月12日') are not phases."],
        units=[],
        extra_phases=[
            dict(name="第4周", start_text="3月6日", end_text="3月10日", at="第4周园务计划", optional=True),
        ],
        text="""\
@T | 第4周园务计划（3月6日——3月10日）
@H1 sec=requirements alt=goals | 工作要求
@I2 | 1.各年龄班根据幼儿认知特点和心理发展水平，引导幼儿观察春季特点，感知动物、植物、气温等的变化，激发热爱大自然的情感。
@I2 | 2.周三为三八妇女节，周日3月12日为植树节，各班按年龄特点开展庆祝活动，加深对劳动女性的尊敬和热爱，了解植树和护绿爱树的意义。
@I2 | 3.不断调整和完善班级环境（主题环境、游戏环境、自然角），使幼儿园的“童心素养”环境更有健康文化氛围。（周五园部检查）
@I2 | 4.周二下午13:00师德师风专题学习：围绕电影《叫我第一名》，体会好老师对学生成长的重要作用。
@I2 | 5.做好迎接3月15日苏州幼儿师范高等专科学校14级学生来园进行《幼儿园健康教育》半日见习的准备工作。
@I2 | 6.后勤保育：1）严格执行接送制度，临时离园的幼儿做好三签字，保障幼儿和老师的安全。2）做好托幼机构卫生保健校验准备：①加强对保育员一日工作的检查和指导，各班两教一保配合默契；②周五递交申请书、申请表等材料。3）做好幼儿伙食费账号开通及收费工作。
星期 工作安排 记载
各年龄班引导幼儿观察春季特点，感知动植物和气温的变化。
周二下午13:00师德师风专题学习，观看《叫我第一名》。
周三为三八妇女节，各班开展庆祝活动。
""",
    ),
    dict(
        name="fresh85_09_kindergarten_middle_class_march_plan",
        source="https://m.010zaixian.com/shiyongwen/gongzuojihua/579470.htm",
        doc_kind="plan", partial=True,
        notes=["A kindergarten middle class's plan for March on a sample site ('中班三月份工作计划范文'); the site word 范文 "
               "was dropped from the title and the posting line '时间：2021-08-31' dropped. The whole plan covers one "
               "month; no phase is labelled for it.",
               "Three level-1 areas 一、教育活动 / 二、生活活动： / 三、家园联系 (goals, measures accepted) with numbered "
               "items. The page breaks item 4 of 一、 after '了解家人的辛苦，' and puts '爱家人' on a line of its own (kept, "
               "body). Item 3 of 三、 has the label '特别提示：三月的重要节目' glued to its end; the four date lines that "
               "follow ('3月5日：学雷锋纪念日' …) are key-value body lines listing the month's days, not headings and not "
               "phases."],
        units=[],
        text="""\
@T | 中班三月份工作计划
@H1 sec=goals alt=measures | 一、教育活动
@I2 | 1、进行主题活动《快乐中国年》，通过一系列喜庆的活动和幼儿一起回顾刚过去的新年，了解节日习俗、分享节日快乐；主题活动《了不起的我》让幼儿在模仿中体验妈妈的辛苦和同伴相处、劳动带来的喜悦
@I2 | 2、进一步了解春节，元宵节的风俗习惯
@I2 | 3、能从不同方向辨别7以内的序数，能正确判断7以内的物理数量
@I2 | 4、教育幼儿自己的事情自己做，帮家里做力所能及的事情，了解家人的辛苦，
爱家人
@I2 | 5、认识几种常见工具，了解其用途
@H1 sec=goals alt=measures | 二、生活活动：
@I2 | 1、培养幼儿交往能力，生活自理能力和良好的生活习惯
@I2 | 2、向幼儿进行节日安全教育
@I2 | 3、引导幼儿学会自己的事情自己做，养成自我服务的意识
@H1 sec=goals alt=measures | 三、家园联系
@I2 | 1、家长与孩子共同收集新年里的物品，激起幼儿对新年的美好回忆
@I2 | 2、家长帮助幼儿回忆小时候的趣事，让孩子体会妈妈的辛苦
@I2 | 3、引导孩子主动帮助家人做些力所能及的事情，体验长大了的愉快情绪 特别提示：三月的重要节目
3月5日：学雷锋纪念日
3月8日：妇女节
3月12日：消费权益日
3月25日：全国中小学生安全教育日
""",
    ),
]
