# -*- coding: utf-8 -*-
"""The 117th held-out fresh set: SCHOOL AND KINDERGARTEN TERM PLANS, MONTHLY
PLANS AND WEEKLY SCHEDULES (学期工作计划, 月工作安排, 周工作安排, 行事历) whose
steps are months or teaching weeks, written as lines, as tables pasted as
text (pipe rows, one cell per line) or as lists: a city education bureau's
weekly spring-term calendar, a kindergarten's health-care plan, a primary
school's safety calendar, a middle school Youth League branch's term plan, a
middle school Youth League committee's month table, a kindergarten's
parent-work plan and a middle school's sports-festival week table.  Found as
stored public web pages with the `search` tool's `pages` corpus (query log
in notes_queries.txt).  None of the source pages is a source of any label
file or exclusion list under /work/fresh*/ or /work/wt-lead/tests/ when the
set was built (list in /work/fresh117/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site lines (navigation, forum print
  headers, posting lines) were dropped.
- Heading, title and schedule-row step cells keep the source's numbering,
  wording and punctuation (full-width restored except where a document is
  noted as half-width).
- Every body paragraph and every long content cell is rewritten in our own
  words and shortened.  Dates, figures, unit names, event names and slogans
  are kept.  Personal names were dropped (a column of names in fresh117_07).

Marker syntax: see fresh_build/build.py.
"""

FRESH117_DOCS = [
    dict(
        name="fresh117_01_city_education_spring_weekly_calendar",
        source="http://www.yueqing.gov.cn/art/2025/2/11/art_1475593_59279567.html",
        doc_kind="plan", partial=True,
        notes=["A city education bureau's spring-term work calendar (乐清, from the government site and the content: "
               "'乐清市第二十四届爱国主义读书教育活动', '组建成立乐清市教育系统匹克球队'), a 周次 | 日 期 | 内 容 table pasted "
               "as pipe rows. The stored text begins at the subtitle line '(2025 年 2 月—7 月)': the title line is not in view, "
               "so title is null; the subtitle is an unlabelled body line and carries the optional overall period.",
               "Half-width: the store's ASCII punctuation is kept ('(幼儿园)', '; ' between tasks, ' | ' cell separators), "
               "as scraped tables arrive; the PDF-like spacing '2. 10—2.16' and '日 期' is kept.",
               "Each row is one teaching week and is labelled a level-1 phases heading whose text is set by hand to the step "
               "cells 'N | dates' (the content cell is body, rewritten and shortened). The leading '1'..'4' is the 周次 cell, "
               "not a numbering token: numbering 'none'. Phase names are the week numbers; start/end are the row's dates "
               "('2. 10' with the space).",
               "The header row '周次 | 日 期 | 内 容 |' is an unlabelled table header. Dates inside the content cells "
               "('2月10日', '2.18-2.25下午') are event dates and deadlines, not phases. The page ends inside week 4 ('…仰')."],
        units=[],
        extra_phases=[dict(name="春季学期", start_text="2025 年 2 月", end_text="7 月", at="(2025 年 2 月—7 月)")],
        text="""\
(2025 年 2 月—7 月)
周次 | 日 期 | 内 容 |
@H1 sec=phases num=none text=1~|~2.~10—2.16 phase=1;2.~10;2.16 | 1 | 2. 10—2.16 | 普通高中2月10日开课; 其余中小学和幼儿园2月13日开课。 |
@H1 sec=phases num=none text=2~|~2.17—2.23 phase=2;2.17;2.23 | 2 | 2.17—2.23 | 各校开展开学初校园安全自查和“开学安全第一课”宣教; 推进校长职级动态调整和2024年度人员考核; 组织幼儿园学习《学前教育法》; 启动心理高危学生筛查; 启动乐清市第二十四届爱国主义读书教育活动; 教师论文联评网上申报(2.18-2.25下午); 开展学校校本研修方案论证和审核。 |
@H1 sec=phases num=none text=3~|~2.24—3.2 phase=3;2.24;3.2 | 3 | 2.24—3.2 | 开展2024年度学校党建工作评价暨“互看互学互比”活动; 启动民办教育机构年检; 检查学校财务; 开展师生信息素养提升实践活动; 组织学雷锋活动; 乐清市全员赛课优质课评比启动; 召开乐清市德育工作会议暨校家社协同共育研讨会; 2024年入职新教师师德培训。 |
@H1 sec=phases num=none text=4~|~3.3—3.9 phase=4;3.3;3.9 | 4 | 3.3—3.9 | 普通高校招生体检; 春季校园安全大检查; 省现代化学校创建指导(幼儿园、小学); 启动园长、校长任职资格培训; 检查学校财务; 组建乐清市教育系统匹克球队; 开展体育节8字跳绳、引体向上、仰
""",
    ),
    dict(
        name="fresh117_02_kindergarten_health_care_monthly_plan",
        source="http://wap.gdkjw.com/edu/15/90830.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's health-care (卫生保健) work plan from a teaching-materials site; the site name, breadcrumb "
               "and the category suffix of the page title ('_幼儿园计划总结') were dropped, the title is the plan's own.",
               "一、本年度工作 lists ten one-line tasks (items, level 2; the source's '全国工作人员' for 全园 is kept). "
               "二、今年下学期月卫生保健工作： holds unnumbered month labels 二月份 … 六月份 (level 2, one phase each, a single "
               "month as start with no end), with 1、 tasks under them at level 3.",
               "Under 二月份, '1、开学准备工作' and '2、入园体验工作' carry （1）（2）（3） sub-items and are labelled headings "
               "(level 3, phases with goals accepted); the bare tasks '3、制订卫生保健各项工作', '4、召开会' and all 1、 lines "
               "of the other months are items. '（1）体检率100%。   （2）入园合格率100%。' are two sub-items on one line, as "
               "the page has them.",
               "The store broke '3、保教活动：参观厨房。' of 五月份 into '3、保教' and a line '活动：参观厨房。'; the break is "
               "kept and the second line is an unlabelled continuation (not a label heading).",
               "The page says 今年下学期 but lists 二月份 to 六月份; kept as written. The visible text ends with the plan's "
               "last month (六月份 4、)."],
        units=[],
        text="""\
@T | 幼儿园卫生保健工作计划
为加强本园卫生保健管理、保障幼儿身心健康，制订本年度卫生保健工作计划如下：
@H1 sec=goals alt=measures | 一、本年度工作
@I2 | 1、成立卫生保健工作的各项组织。
@I2 | 2、搞好全国工作人员和一年一度的体检工作。
@I2 | 3、全面落实执行卫生保健工作的各项卫生制度。
@I2 | 4、办好卫生保健知识宣传栏。
@I2 | 5、配合卫生部门做好预防接种工作。
@I2 | 6、定期召开座谈会。
@I2 | 7、定期组织保教人员进行业务学习与考核工作。
@I2 | 8、开展组织好园保教活动。
@I2 | 9、整理卫生保健资料并进行归档上报。
@I2 | 10、做好半年总结、年终工作。
@H1 sec=phases | 二、今年下学期月卫生保健工作：
@H2 phase=二月份;二月份; | 二月份
@H3 alt=goals | 1、开学准备工作
@I4 | （1）教室、寝室的空气、地面消毒。
@I4 | （2）床铺清理、整洁环境。
@I4 | （3）茶具、毛巾、餐具消毒。
@H3 alt=goals | 2、入园体验工作
@I4 | （1）体检率100%。   （2）入园合格率100%。
@I3 | 3、制订卫生保健各项工作
@I3 | 4、召开会
@H2 phase=三月份;三月份; | 三月份
@I3 | 1、做好春季流行病预防工作，办好卫生宣传栏。
@I3 | 2、幼保教活动：春游
@I3 | 3、业务学习
@H2 phase=四月份;四月份; | 四月份
@I3 | 1、园保健科研活动。
@I3 | 2、幼儿保教活动：穿衣、叠被、系鞋带竞赛。
@I3 | 3、业务学习、园卫生检查。
@H2 phase=五月份;五月份; | 五月份
@I3 | 1、保教工作研讨会。
@I3 | 2、保健常规检查。
@I3 | 3、保教
活动：参观厨房。
@H2 phase=六月份;六月份; | 六月份
@I3 | 1、卫生常识比赛。
@I3 | 2、卫生评优活动，常识考查。
@I3 | 3、学期工作。
@I3 | 4、做好放暑假工作。
""",
    ),
    dict(
        name="fresh117_03_primary_school_safety_month_calendar",
        source="http://lspjy.com/forum.php?action=printable&mod=viewthread&tid=92164",
        doc_kind="plan", partial=True,
        notes=["A primary-school safety-work calendar (小学上学期安全工作行事历) posted on an education forum; the forum's "
               "print header (site name, '标题: … [打印本页]', author and time line) was dropped and the title kept once.",
               "The page is a four-column table (month | 工作主题 | 工作重点 | 具体措施) flattened to one cell per line: the "
               "header cells '工作主题', '工作重点', '具体措施' and the theme cells, each split over two lines ('安全工作' / "
               "'检查月', '饮食教育' / '宣传月' …), are unlabelled table cells.",
               "The month cells 九月, 十月, 十一月, 十二月, 一一年一月 (2011年1月 written with Chinese numerals) are level-1 "
               "phases headings, one phase each (a single month as start, no end). The numbered cells under a month are items "
               "at level 2 (section inherited, goals and measures accepted); numbering restarts at 1. inside each month because "
               "the 工作重点 cell and the 具体措施 cell each have their own list.",
               "'第二周为“中小学生应急演练周”' and '11月9日' sit inside items: not phases. In '2.11月9日为全国消防日…' the numbering '2.' runs straight into the date (as on the page); its numbering is set by hand to '2.'. The page ends inside the last 具体措施 "
               "item of 一月 ('…制订、下发')."],
        units=[],
        text="""\
@T | 小学上学期安全工作行事历
工作主题
工作重点
具体措施
@H1 sec=phases phase=九月;九月; | 九月
安全工作
检查月
@I2 alt=goals,measures | 1.开学安全工作检查；
@I2 alt=goals,measures | 2.新生入学安全教育；防溺水安教育。
@I2 alt=goals,measures | 1.重点对学生进行道路交通、防溺水、防食物中毒和预防红眼病等流行病的安全教育；
@I2 alt=goals,measures | 2.检查农村学校水源水质；
@I2 alt=goals,measures | 3.统计学生接送车需求，做好统计、申报和管理；
@I2 alt=goals,measures | 4.做好“十一”放假安全教育。
@H1 sec=phases phase=十月;十月; | 十月
饮食教育
宣传月
@I2 alt=goals,measures | 1.饮食教育宣传月活动；
@I2 alt=goals,measures | 2.加强学生秋游及体育节安保工作。
@I2 alt=goals,measures | 1.组织饮食教育宣传活动，加强饮食卫生安全检查。
@I2 alt=goals,measures | 2.做好学生秋游和体育节的安保；
@I2 alt=goals,measures | 3.对安全制度建设、台帐资料、安全教育进行专项检查。
@H1 sec=phases phase=十一月;十一月; | 十一月
应急管理
演练月
@I2 alt=goals,measures | 1.安全应急演练；
@I2 alt=goals,measures | 2.用火、用电安全宣传教育。
@I2 alt=goals,measures | 1.第二周为“中小学生应急演练周”，督促学校宣传公共安全应急知识并组织紧急疏散逃生演练；
@I2 alt=goals,measures num=2. | 2.11月9日为全国消防日，组织消防安全系列教育；
@I2 alt=goals,measures | 3. 宣传冬季用电、防窒息等安全知识，学校自查用电安全；
@I2 alt=goals,measures | 4.消防安全工作专项督查。
@H1 sec=phases phase=十二月;十二月; | 十二月
法制教育
宣传月
@I2 alt=goals,measures | 1.全国法制宣传教育；
@I2 alt=goals,measures | 2.冬季安全教育；
@I2 alt=goals,measures | 3.元旦安全教育。
@I2 alt=goals,measures | 1.开展“12.4全国法制宣传日”活动；
@I2 alt=goals,measures | 2.宣传防雪、防冻等恶劣天气的防范知识；
@I2 alt=goals,measures | 3.做好“元旦”放假安全教育；
@I2 alt=goals,measures | 4.期末安全工作专项检查；
@I2 alt=goals,measures | 5.开展“平安校园”和学校安全工作考核。
@H1 sec=phases phase=一一年一月;一一年一月; | 一一年一月
年度总结
评比月
@I2 alt=goals,measures | 1.安全工作总结评比；
@I2 alt=goals,measures | 2.寒假学校安全管理、安全教育。
@I2 alt=goals,measures | 1. 对各直属学校、教办、中心学校进行10年度落实安全目标管理考评；制订、下发
""",
    ),
    dict(
        name="fresh117_04_middle_school_youth_league_term_plan",
        source="http://www.lhtzx.xbjyfw.cn/html/article1647216.html",
        doc_kind="plan", partial=True,
        notes=["A middle school Youth League branch's (团总支) term plan on the school's site ('龙中之声' is its radio "
               "station); the stored text starts with the opening paragraph, no title line is in view, so title is null.",
               "一、工作要点： (goals, guidance accepted) holds a lead-in body line and the unnumbered label heading "
               "'常规工作：' (level 2), whose 1.–6. lines are tasks (items, level 3; '3. ' with a space as on the page).",
               "二、日程安排： is the schedule: （一）九月份, （二）十月份, （三）十一月份 are level-2 phases headings, one phase "
               "each (a single month as start, no end), with 1. tasks under them as items (level 3).",
               "The page ends inside （三） ('…发现问题并解')."],
        units=["团总支", "学生会"],
        text="""\
在上级团委和学校党支部领导下，学校团总支紧扣学校党政中心工作，突出学生文明礼仪教育，优化校风校纪，加强校园文化建设，配合本学期学校重点工作扎实开展团的工作。
@H1 sec=goals alt=guidance | 一、工作要点：
本学期以培养研究型青年教师队伍、发展品学兼优的学生团员为目标，创新抓好团的组织建设，提高服务青年的水平，围绕学校中心工作开展活动，具体安排如下：
@H2 alt=measures | 常规工作：
@I3 | 1.本学期开办“中学生团校”第八期培训班，加强对学生团员和入团积极分子的思想政治教育。
@I3 | 2.完善团干工作职能，加强学生干部的管理、培养和使用，在班团支部中开展团课学习。
@I3 | 3. 组建新一届学生会，做好学生会日常工作，配合教导处做好班级工作考核。
@I3 | 4.加强广播台、黑板报、橱窗等宣传阵地建设，做好学校宣传工作。
@I3 | 5.选拔新的播音员与编辑，继续发挥校园广播站的作用。
@I3 | 6.结合不同时期的主题开展团队活动和文艺活动，活跃校园氛围。
@H1 sec=phases | 二、日程安排：
@H2 phase=九月份;九月份; | （一）九月份
@I3 | 1.在七、八年级中选拔学生会成员，组建新一届学生会并开展工作。
@I3 | 2.做好“龙中之声”广播站的工作，选拔播音员和编辑记者，组建新一届广播站。
@I3 | 3.配合学校的艺术节作好工作。
@H2 phase=十月份;十月份; | （二）十月份
@I3 | 1.庆“国庆”宣传黑板报评比
@I3 | 2.召开中学生团校工作会议，讨论培训班计划和方案。
@I3 | 3.召开各班团干部会议，指导如何开展班级团课。
@H2 phase=十一月份;十一月份; | （三）十一月份
@I3 | 1.做好学生会和广播站阶段性工作总结，发现问题并解
""",
    ),
    dict(
        name="fresh117_05_middle_school_youth_league_month_table",
        source="http://www.tjzx.czedu.cn/html/article697517.html",
        doc_kind="plan", partial=True,
        notes=["A middle school Youth League committee's term arrangements (同济中学团委, from the school's site); the column "
               "list, breadcrumb and posting line were dropped.",
               "Under 一、常规工作 (level 1; goals, phases accepted, since its body is the month schedule) comes a three-column "
               "table 时间 | 内容 | 说明 flattened to one cell per line: the header cells are unlabelled, the month cells 九月, "
               "十月, 十一月, 十二月 are level-2 phases headings (one phase each, a single month as start), the 内容 cells "
               "(activity names) and the 说明 cells are unlabelled table cells; the 说明 cells were rewritten and shortened.",
               "The activity cell '老师 我想对你说……' continues on a line '——教师节系列活动' that starts with a dash: a cell, "
               "not a dash-led point, left unlabelled. '纪念一二 九主题板报评比' keeps the space where the page lost the "
               "middle dot of 一二·九.",
               "Deadlines inside cells ('9月20日前', '12月3日前') are not phases. The page ends inside the last 说明 cell "
               "('…给予相')."],
        units=["团委", "少先队大队部"],
        text="""\
@T | 2010—2011年度第一学期同济中学团委工作安排
@H1 sec=goals alt=phases | 一、常规工作
时间
内容
说明
@H2 sec=phases phase=九月;九月; | 九月
老师 我想对你说……
——教师节系列活动
由各支部、中队负责同学发出倡议，辅导员（班主任）给予支持，组织同学给喜欢的老师写下心里话和祝福；中队活动由辅导员自行安排，结束后及时上报材料
各支部、中队进行改选，建立健全团、队组织
请辅导员细读下发资料，避免操作失误；改选于9月20日前全部结束，相关表册及时交团委
自管会成员招募、培训
请提醒同学关注校园海报
@H2 phase=十月;十月; | 十月
建队节——换巾仪式等系列活动
以少先队大队部具体活动通知为准
优秀少先队员、辅导员评选
注重过程性材料的收集、整理
团校学员申报
名额按团队组织评比结果分配，各支部组织委员可对人选提出建议，各班民主选举产生学员名单
@H2 phase=十一月;十一月; | 十一月
团校
请辅导员（班主任）督促学员按时上课、认真完成反馈表；班主任签字即为对反馈内容真实性的担保
筹备爱心义卖活动
请关注有关通知，活动中将评选爱心大使，表现突出的集体在团队组织评比中加分
@H2 phase=十二月;十二月; | 十二月
团校结业考核、入团手续办理
结业考核实行末位淘汰，含卷面考核和课堂反馈两部分；结业证只表明通过卷面考核，不等于具备推荐入团资格，请辅导员严格把关，成熟一个发展一个
纪念一二 九主题板报评比
板报于12月3日前完成，评比结果一周内公示；板报设计、制作人员有机会进入团队评优学生库，并根据评比结果给予相
""",
    ),
    dict(
        name="fresh117_06_kindergarten_parent_work_monthly_arrangements",
        source="https://jingyanben.com/gongzuowendang/57626.html?page=3",
        doc_kind="plan", partial=True,
        notes=["Page 3 of a collection page: a kindergarten's parent-work (家长工作) plan. The stored text starts inside a "
               "list whose heading is not in view ('5、…', '6、…'): they are items at level 2 under the missing parent "
               "(level 1 accepted), kind goals (measures accepted). No title in view.",
               "四、月份工作安排 (phases) holds unnumbered month labels 八到九月份, 十月份, 十一月份, 十二月份, 元月份, 二到三月份 "
               "(level 2, one phase each) with 1、 tasks under them as items (level 3).",
               "The two-month labels '八到九月份' and '二到三月份' are copied whole as start_text with no end (one step written "
               "as a range with a shared 月份); 元月份 is January.",
               "The source's oddities are kept in items: '国庆开展做个文明的好孩子幼儿歌咏比赛' under 十二月份, and the "
               "交通规则教育疏散演练 task repeated in 十月份 and 十二月份. The page ends with '4、召' in 二到三月份, dropped."],
        units=[],
        text="""\
@I2 sec=goals alt=measures lvlalt=1 | 5、通过举办多种形式家园活动，密切家园联系，让幼儿对幼儿园产生热爱的情感。
@I2 sec=goals alt=measures lvlalt=1 | 6、借助幼儿园网站让家长更多了解园所情况，听取家长的意见建议并及时答复。
@H1 sec=phases | 四、月份工作安排
@H2 phase=八到九月份;八到九月份; | 八到九月份
@I3 | 1、开展家访及幼儿入园前的准备工作，迎接新生入园。
@I3 | 2、组织教师布置学园及班级环境，调整区角活动材料。
@I3 | 3、各班召开期初家长会及家长委员会。
@I3 | 4、开展有关《家园配合共同关注幼儿良好行为习惯养成》家教知识讲座。
@H2 phase=十月份;十月份; | 十月份
@I3 | 1、庆祝“国庆”节，通过参观、秋游等系列教育和亲子活动，对幼儿进行爱家乡、爱祖国的教育。
@I3 | 2、科学及卫生保健常识讲座
@I3 | 3、结合安全月活动开展交通规则教育疏散演练。
@H2 phase=十一月份;十一月份; | 十一月份
@I3 | 1、做好幼儿预防接种工作。
@I3 | 2、年段开展家长讲座活动。
@H2 phase=十二月份;十二月份; | 十二月份
@I3 | 1、抽查冬季幼儿户外体育活动的开展情况。
@I3 | 2、开展《区角活动》课题观摩活动。
@I3 | 3、国庆开展做个文明的好孩子幼儿歌咏比赛
@I3 | 4、检查小班段幼儿出操情况。
@I3 | 5、开展幼儿卫生保健知识讲座，联合市妇联、社区开展专家咨询、义诊和体检。
@I3 | 6、环境创设评比结合安全月活动开展交通规则教育疏散演练。
@I3 | 7、第四期家教宣传栏（小段）
@H2 phase=元月份;元月份; | 元月份
@I3 | 1、保健医生组织幼儿进行体检。
@I3 | 2、庆“元旦”，开展“小小运动会”为形式亲子活动。
@I3 | 3、期末家长会及家长开放日活动。
@I3 | 4、全面家访期末学园工作小结。
@I3 | 5、开展开心宝宝评选活动及家教征文活动。
@H2 phase=二到三月份;二到三月份; | 二到三月份
@I3 | 1、各班召开期初家长会。
@I3 | 2、结合“三八”节、“植树节”、“助残日”等节日开展系列活动，培养幼儿关心他人、乐于助人、珍惜自然资源的品德。
@I3 | 3、各段做好早操的编排或调整，使之更适合幼儿发展的需要。
""",
    ),
    dict(
        name="fresh117_07_middle_school_sports_festival_week_table",
        source="http://dszx.xyjyy.net/news_159630.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A middle school's plan for its third campus sports festival (新沂市第四中学, from its site), titled as a "
               "课外体育活动 arrangement table with the page's doubled '活动活动'. Headings '一、 指导思想' … '四、 具体活动安排' have "
               "a space after 一、. 体育节活动主题 is other; 活动时间 is phases (other accepted) with its value line "
               "'4月中旬-5月下旬' as the optional overall period.",
               "四、具体活动安排 is a pipe table by teaching week. The 负责人 column held personal names and was dropped from the "
               "header and every row (the only change to the table). Each row is a level-2 phases heading with the text set "
               "by hand to its step cells 'week | activity'; phase name = the activity, start = the week cell. Two rows are "
               "both 第七周. '第十、十一周' and the page's '第十二、十三年周' (typo kept) are copied whole as start_text, no end.",
               "'2.九年级体育考试项目团项目：' (level 2, phases with other accepted) introduces a weekday rota table whose "
               "lines ('班级 星期 项目 |', '一 |', '二 |' … and the class-number rows) are unlabelled table cells; '一 |' is "
               "not 一、 numbering.",
               "'备注：1、…' is a label heading cut at the colon (other); the 1、 inside it is not labelled; '2、…' under it is an "
               "item (level 3). The page ends with '3、体', dropped."],
        units=["校长室", "德育处", "团委", "美术组", "初三年级组", "体育组", "工会"],
        extra_phases=[dict(name="活动时间", start_text="4月中旬", end_text="5月下旬", at="4月中旬-5月下旬")],
        text="""\
@T | 2020—2021第二学期课外体育活动活动安排表
@H1 sec=guidance | 一、 指导思想
为丰富校园文化生活、增强学生体质、培养学生的集体意识和班级凝聚力，落实新教育实验“每月一事”活动，弘扬团结友爱、奋发向上的体育精神，学校研究决定继续举办新沂市第四中学第三届校园体育节。
@H1 sec=other | 二、 体育节活动主题
向上、向健、向美
@H1 sec=phases alt=other | 三、 活动时间
4月中旬-5月下旬
@H1 sec=phases | 四、 具体活动安排
时间 | 内 容 | 参加对象 | 责任部门 |
@H2 text=第六周~|~开幕式 phase=开幕式;第六周; | 第六周 | 开幕式 | 全体学生 | 校长室 |
@H2 text=第七周~|~体育节运动主题黑板报评比 phase=体育节运动主题黑板报评比;第七周; | 第七周 | 体育节运动主题黑板报评比 | 七、八年级学生 | 德育处 团委、美术组 |
@H2 text=第七周~|~九年级中考体育考试测试项目团体赛 phase=九年级中考体育考试测试项目团体赛;第七周; | 第七周 | 九年级中考体育考试测试项目团体赛 | 九年级学生 | 初三年级组、体育组 |
@H2 text=第八周~|~跑操比赛 phase=跑操比赛;第八周; | 第八周 | 跑操比赛 | 全体学生 | 德育处 体育组 |
@H2 text=第九周~|~拔河比赛 phase=拔河比赛;第九周; | 第九周 | 拔河比赛 | 全体学生 | 德育处 体育组 |
@H2 text=第十、十一周~|~3对3篮球赛 phase=3对3篮球赛;第十、十一周; | 第十、十一周 | 3对3篮球赛 | 全体学生 | 体育组 |
@H2 text=第十二、十三年周~|~教师篮球比赛 phase=教师篮球比赛;第十二、十三年周; | 第十二、十三年周 | 教师篮球比赛 | 年级组球队 | 工会 体育组 |
@H2 alt=other | 2.九年级体育考试项目团项目：
班级 星期 项目 |
一 |
二 |
三 |
四 |
五 | 辅导教师 | 具体活动时间 |
篮球、跳远、踢毽子 | 七年级 1—8 | 八年级 1—8 | 九年级 1—7 | 八年级 16-20 | 七年级 9-15 | 班主任、体育教师 | 班级无体育课的每天下午第四节 |
田径、跳远、羽毛球 | 八年级 9-15 | 九年级 1—6 | 七年级 9-15 | 九年级 16-21 | 九年级 8-15 | ||
乒乓球、单双杠、拔河 | 九年级 1-15 | 七年级 1—8 | 八年级 1—8 | 七年级 16-20 | 八年级 16-20 |
@H2 sec=other | 备注：1、课外活动有班主任带领并组织。
@I3 | 2、轮到体育活动的班级，由体育委员在活动铃响前领取器材，经负责老师核实后归还器材室并摆放整齐。
""",
    ),
]
