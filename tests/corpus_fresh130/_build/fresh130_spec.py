# -*- coding: utf-8 -*-
"""The 130th held-out fresh set: WORK PLANS (工作计划 / 工作要点) of schools, a
school's teaching office, school party branches, a county's rural
party-building work and a health bureau's trade union, for a year or a term,
with parts such as 指导思想 / 工作目标 / 主要工作 / 具体措施 / 重点任务与具体安排
and headings that carry none of the obvious keywords.  Found as stored public
web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every exclusion list, used_sources.tsv and label file under
/work/main/tests/corpus_fresh*/ and /work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH130_DOCS = [
    dict(
        name="fresh130_01_school_teaching_office_year_plan",
        source="http://zaixiangufen.com/gongzuojihua/1702432.html",
        doc_kind="plan", partial=True,
        notes=["A school's teaching-work plan for a school year (教学处 as the writer), first sample of a collection "
               "page ('实用的工作计划模板集锦七篇'). The collection title, the site's navigation and the sample marker "
               "'工作计划 篇1' were dropped; the plan itself shows no title line, so title is null.",
               "Four levels: 一、 / （一） / 1、 / （1）. 二、具体措施 is measures (goals accepted), and its sub-headings "
               "inherit measures. The 1、 sub-headings stand alone with several body paragraphs below them.",
               "The page ends inside （1）'s explanation ('“三备”即…'); the （1） line is kept as the last heading "
               "(level 4) and nothing after it was written.",
               "Personal names were dropped: the source's masked 'x校长' in the lead-in and the principal named in "
               "一、's body ('王校长提出…'). The date 'XX年1月23日' keeps the source's masking."],
        units=["教学处", "教研组", "备课组"],
        text="""\
为落实教育方针、提高教学质量，贯彻XX年1月23日校长讲话精神，学校结合实际修订《教学工作规范基本要求》实施细则，推动教学工作走向科学化、制度化、规范化。
@H1 sec=goals | 一、工作目标
学校确定的发展目标是一年平稳过渡、三年取得突破、五年建成南城名校，努力办成教师和谐发展的学校，让优秀教师更出色，让普通教师不平常。
教学是实现培养目标的基本途径。本学年要通过制定教学规范、实行精细化管理，使教学工作走上规范轨道，中高考成绩再上新台阶。
@H1 sec=measures alt=goals | 二、具体措施
@H2 | （一）教学常规管理规范化、精细化
@H3 | 1、分层级制定教学计划
教学处拟定本处工作计划，经校长审定后于学期初向全体教师传达。
教研组和备课组据此制定各自计划，开学第一周交教学处审阅并听取指导意见。
每位任课教师制定个人学期教学计划；开学第一周教学处会同教研组检查《教师教学工作手册》，对计划和进度提出意见。
校长检查全校教学计划的执行，教学主任检查教研组和备课组，教研组长和备课组长检查任课教师。
@H3 | 2、认真备课
把个人备课和集体备课都落到实处，以备课保质量。
@H4 | （1）个人备课要做到“三备”和“五有”。
""",
    ),
    dict(
        name="fresh130_02_county_rural_party_organisation_plan",
        source="https://www.fanwen112.com/fanwen/844072.html",
        doc_kind="plan", partial=True,
        title_override="乡镇团支部工作计划",
        notes=["The page is titled '乡镇团支部工作计划', but the text is a county-level plan for rural party "
               "organisations (示范点, 第一书记, 大学生村官). The page's title line is kept as the title line; the "
               "date line '时间:2021-10-28 12:15:31 工作计划' is site metadata and was dropped.",
               "The visible text starts with a one-sentence lead-in and then （一）: the top visible level is （一） "
               "(level 1). Its two run-in points '（1）深化“三级联创”。…' and '（2）优化组织设置。…' are level 2.",
               "（一）'s heading carries no 目标/任务/措施 keyword; it is a task area of the plan: goals, measures "
               "accepted. The deadline '6月底' inside （1） is not a phase.",
               "No lead or responsible unit is named in the visible part (units empty)."],
        units=[],
        text="""\
@T | 乡镇团支部工作计划
以深入学习实践科学发展观活动为抓手，为县域经济社会又好又快发展提供坚强的组织保障。
@H1 sec=goals alt=measures lvlalt=2 | （一）围绕增强党组织的凝聚力战斗力，切实加强农村基层组织建设
@H2 lvlalt=3 | （1）深化“三级联创”。对照“五个好”要求巩固42个市、县级党建示范点的成果，抓好32个县级示范点创建，争取6月底验收并命名表彰；继续选派机关干部到村任党支部第一书记，做好选聘高校毕业生到村任职的管理服务。
@H2 lvlalt=3 | （2）优化组织设置。探索把党支部或党小组建在协会、经济组织和产业链上，在50个新农村示范村推广“支部+村委会+协会”模式，创新党组织服务农业产业化的方式。
""",
    ),
    dict(
        name="fresh130_03_primary_school_party_building_year_plan",
        source="http://wlkjcxx.jnjy.net.cn/NewShow-673.aspx",
        doc_kind="plan", partial=True,
        notes=["A primary school party branch's plan for 2019, from the school's own website. The byline line "
               "(author's name, publication time, view count) was dropped.",
               "After a lead-in the plan is a flat list of run-in points 1.–6.: the only level (level 1), like dev07. "
               "Each point opens with a task clause followed by more clauses and no '。' for a long stretch, so the "
               "heading texts are set by hand to the opening clause (up to the first '，').",
               "The points have no section keywords; they are the task areas of the plan: goals, measures accepted.",
               "The page breaks off inside point 7 ('7.加强校内民主党派和无党派人…'); that truncated point was dropped. "
               "The 区教育局工委 / 局党工委 named in the points are superior bodies, not listed as units."],
        units=["党支部"],
        text="""\
@T | 未来科技城小学2019年党建工作计划
支部继续学习科学发展观和十九大、十八届六中全会精神，把学习十九大精神作为上半年的学习重点并制定学习计划；坚持党要管党、从严治党，落实党建工作责任制，建设学习型党组织，为学校中心工作提供政治保证。
@H1 sec=goals alt=measures text=1.认真抓好党支部和党员双目标管理制度的落实 | 1.认真抓好党支部和党员双目标管理制度的落实，按区教育局工委的要求和程序年终进行评估，程序规范，资料齐全。
@H1 sec=goals alt=measures text=2.认真抓好学习制度和“三会一课”制度 | 2.认真抓好学习制度和“三会一课”制度，开学初统筹安排全年党建工作，每次会议有内容、有记录、有签到，年终检查评比并评选优秀共产党员。
@H1 sec=goals alt=measures text=3.做好党员和入党积极分子的教育和管理 | 3.做好党员和入党积极分子的教育和管理，制定学习培训计划，严格发展程序，坚持从教学一线培养发展党员。
@H1 sec=goals alt=measures text=4.积极做好党费收缴 | 4.积极做好党费收缴，按标准执行，12月底前完成每名党员的党费测算和收缴并及时上交局党工委。
@H1 sec=goals alt=measures text=5.实行党务公开 | 5.实行党务公开，对拟转正的预备党员进行公示，每月向上级组织部门报送党建信息，按规定由支部大会票决发展党员和转正。
@H1 sec=goals alt=measures text=6.在教育局党工委和支部的统一决策下考核考评干部 | 6.在教育局党工委和支部的统一决策下考核考评干部，党员要“讲党性、重品行、做表率”，依照干部选拔任用条例客观公正地做好推荐和考核。
""",
    ),
    dict(
        name="fresh130_04_middle_school_second_term_plan",
        source="http://daxuesheng.hunaudx.com/jihua/503093.html",
        doc_kind="plan", partial=True,
        notes=["A junior middle school's plan for the second term. The page title '中学第二学期计划的范文' is a site "
               "title ('…的范文') and was dropped; title null.",
               "二、主要工作目标 holds seven numbered goals 1、–7、 run together on ONE line, as the store shows them; "
               "only the line-initial '1、' is labelled (text '1、加强新课程改革与研究力度'); '2、' to '7、' are markers in "
               "the middle of a line and are not labelled. '8、…' stands on its own line (text set by hand to its "
               "opening clause).",
               "The goals are labelled headings at level 2 under 二、 (goals); they could also be read as items.",
               "The page ends at '三' (the next top heading, cut off); dropped. The masked city '**市' is kept."],
        units=[],
        text="""\
@H1 sec=guidance | 一、指导思想
以邓小平理论、“三个代表”重要思想和十六届四中、五中全会精神为指导，用科学发展观统领学校工作，以提高办学质量为中心，以队伍建设和课堂教学质量为重点，以新课改为动力，践行“以人为本、育人为先，努力构建和谐校园”的理念，全面提升办学水平，力争确立我校在**市初级中学中的“窗口”地位。
@H1 sec=goals | 二、主要工作目标
@H2 text=1、加强新课程改革与研究力度 | 1、加强新课程改革与研究力度。以新课程理念为先导、教学反思为抓手、课堂教改为重点，组织教师学习和实践新课程。2、加强骨干教师、学科带头人的培养，加强教师管理和师德教育，建设事业型、复合型、科研型师资队伍。3、充分发挥备课组的职能作用，提高备课组的指导和研究水平。4、切实加强课堂教学及常规管理，使教学行为合乎学校要求。5、加强教学研究的力度，对省、市级课题加强指导，做好阶段成果汇总和中期汇报。6、注重德育实效性的研究，加强与社区、家庭的联系，开展团队活动培养学生的实践和创新能力。7、加强安全教育，确保学年内不出重大安全违纪事故。
@H2 text=8、继续加强行政及后勤服务管理 | 8、继续加强行政及后勤服务管理，提升管理和服务质量，让学校决策更加程序化、民主化、科学化。
""",
    ),
    dict(
        name="fresh130_05_putuo_no2_middle_school_term_plan",
        source="https://m.777doc.com/doc-901095.html",
        doc_kind="plan", partial=True,
        title_override="普陀二中2010学年第二学期工作计划",
        notes=["A middle school's term plan from a document-sharing site; the store returned it as one run-together "
               "block, split here into lines at the heading and paragraph boundaries the text shows.",
               "The site's page number '1' is glued to the front of the title line ('1普陀二中…') and a page number "
               "'2' to the front of the last body line ('2深入贯彻…'): kept as debris, never labelled; the title "
               "label leaves out the '1'.",
               "二、工作目标与重点工作 has （一）工作目标 and （二）重点工作; the three 1、–3、 lines under （二） are "
               "target statements, labelled items. 三、主要工作与具体措施 is measures (goals accepted); under its "
               "（一）学校管理 the 1、 and 2、 lines are run-in headings at level 3.",
               "The page ends mid-sentence in 2、's body; the last body line is left as an unfinished fragment."],
        units=["学校党总支", "工会"],
        text="""\
@T | 1普陀二中2010学年第二学期工作计划
@H1 sec=guidance | 一、指导思想
以《国家中长期教育改革与发展规划纲要》为指导，落实“普陀二中三年发展规划”，按“迎挑战——练内功——铸精品”的思路，把“创先争优”活动与学校发展结合起来，抓质量、教研、特色和管理，争创特色鲜明的省级精品名校。
@H1 sec=goals | 二、工作目标与重点工作
@H2 | （一）工作目标
学校稳定和谐，教学秩序规范而有活力，学生习惯良好，质量稳步提高，体育、艺术、科技、文化等特色初步形成品牌；校园环境优美，饮食、交通等保障工程进一步改善。
@H2 | （二）重点工作
@I3 | 1、2011年中考，各项指标力争稳中有升。
@I3 | 2、招生工作，七年级新生招收，九年级毕业生升学，确保有序圆满。
@I3 | 3、“学风、教风、校风”三风优化提升，持续深入推进“轻负优质”教育。
@H1 sec=measures alt=goals | 三、主要工作与具体措施
@H2 | （一）学校管理
@H3 | 1、深入推进民主管理，深化廉政文化建设。民主管理是学校稳定发展和党风廉政建设的需要。学校党总支、行政和各级管理干部要树立服务意识，深化省“廉政文化进校园示范点”创建，健全校务公开长效机制，形成党总支统一领导、行政主持、工会协调监督、职能部门各负其责、教职工积极参与的工作机制。
@H3 | 2、加强师德师风教育，规范教师从教行为。
2深入贯彻《中小学教师职业道德规范》，把爱国守法、爱岗敬业、关爱学生、教书育人、为人师表、终身学习作为
""",
    ),
    dict(
        name="fresh130_06_middle_school_2022_work_plan",
        source="https://zuowendang.com/fanwen/1609979550.html",
        doc_kind="plan", partial=True,
        notes=["A middle school's plan for 2022 with 工作要点 as its third part.",
               "二、工作目标 is followed by six unnumbered 'label：value' lines (管理目标：…, 德育目标：…, …, 服务目标：…), "
               "labelled as headings at level 2 with the text cut at the colon (goals). They could also be read as "
               "key-value body lines.",
               "三、工作要点 holds run-in points '（一）管理更加科学规范，管理效能明显提高。…' whose headings are "
               "sentences without keywords (goals, measures accepted). The page ends inside （二）'s body."],
        units=[],
        text="""\
@T | 2022年中学工作计划
@H1 sec=guidance | 一、指导思想
以邓小平理论和“三个代表”重要思想为指导，贯彻科学发展观，坚持“规范、和谐、发展”的办学思想，建设学习型学校；以管理精细化和高中课程改革为抓手，强化德育和队伍建设，全面提高教学质量，保证学校可持续发展。
@H1 sec=goals | 二、工作目标
@H2 | 管理目标：学校管理制度化、人本化、民主化，扁平化管理模式日益成熟，各项工作协调发展。
@H2 | 德育目标：常规教育继续深化，行为规范力求实效，特色教育打造精品。
@H2 | 教学目标：教学常规管理精细化，教学质量保持高位运转，特长教育力争取得突破。
@H2 | 教科研目标：教师科研意识浓厚，校本培训自成体系，教师展示平台日臻完善。
@H2 | 队伍建设目标：队伍结构不断优化，管理实行有序流动，名优教师大量涌现。
@H2 | 服务目标：开源节流巩固经济基础，主动服务保障教育教学，创新工作提高服务质量。
@H1 sec=goals alt=measures | 三、工作要点
@H2 | （一）管理更加科学规范，管理效能明显提高。完善管理制度，夯实学校和年级两个工作平台，走精细化管理之路；维护教职工合法权益，为教职工办实事，提高福利待遇。
@H2 | （二）师生礼仪更加文明，学生全面而个性发展。组织教师学习政治理论、教育政策法规和业务知识，树立正确的教育观、质量观和学生观；尊重学生个性，以情动人、以理服人，做好德育工作。
""",
    ),
    dict(
        name="fresh130_07_school_party_meetings_year_plan",
        source="https://max.book118.com/html/2026/0128/5234313141013113.shtm",
        doc_kind="plan", partial=True,
        notes=["A school party committee's 2026 plan for the '三会一课' (branch meetings and party lectures), from a "
               "document-sharing site; the site's seven-point copyright notice and the upload metadata were dropped.",
               "一、总体要求 is guidance; 二、重点任务与具体安排 is goals (measures accepted): despite '具体安排' it "
               "lists tasks per meeting type, not dated steps. '全年不少于4次（每季度至少1次）' is a frequency, not a phase.",
               "'（一）支部党员大会：强化政治引领，凝聚发展共识' has a short text after the colon and no '。', so the whole "
               "line is the heading; '1.内容设置：聚焦…' is cut at the colon (level 3). The page ends inside 1.'s body.",
               "No lead unit is named in the visible part besides the branches in general (units empty)."],
        units=[],
        text="""\
@T | 学校2026年三会一课工作计划
2026年是深化落实党的二十大精神、推进“十四五”规划收官和建设高质量教育体系的关键一年。为贯彻习近平新时代中国特色社会主义思想、落实《中国共产党支部工作条例（试行）》，现对全校2026年“三会一课”作如下安排：
@H1 sec=guidance | 一、总体要求
以政治建设为统领、提升组织力为重点、服务教育教学为导向，围绕“学思想、强党性、重实践、建新功”，推动“三会一课”由完成任务转向提升质量；针对组织生活形式单一、与业务融合不紧、党员参与不足等问题，优化内容、创新形式、压实责任，为学校高质量发展提供组织保障。
@H1 sec=goals alt=measures | 二、重点任务与具体安排
@H2 | （一）支部党员大会：强化政治引领，凝聚发展共识
支部党员大会是支部的最高决策机构，全年召开不少于4次（每季度至少1次），重点围绕“学理论、议大事、强担当”开展。
@H3 | 1.内容设置：聚焦“三个结合”，一是结合中央重大决策部署学习教育方面的重要论述、全国教育工作会议精神和新修订的《中国共产党纪律处分条例》，二是结合学校年度重点工作审议党建计划、发展党员方案、师德考核细则等，三是结合师生关切讨论心理健康教育提升方案、课后服务
""",
    ),
    dict(
        name="fresh130_08_health_bureau_union_year_plan",
        source="https://jianligu.com/zc/jihua/gx7v52.html",
        doc_kind="plan", partial=True,
        notes=["A health bureau's trade-union plan for a year (its hospital departments compete as 科室), first sample "
               "of a collection page ('局工会年度工作计划精选6篇'); the collection title, the blurb and the sample "
               "marker were dropped; the plan shows no title line, so title null.",
               "The visible text starts directly with 一、, a heading with no section keyword "
               "('围绕中心服务大局，引导职工在建功立业中发挥积极作用'): a task area, goals (measures accepted). Its "
               "run-in points 1、–3、 are level 2.",
               "The page ends just after '3、深化创先争优，选树模范活动。', kept as a bare heading. Quoted slogans and "
               "names of campaigns (“洪城杯”, “五化五强”, “工人先锋号”) and the figures are kept."],
        units=[],
        text="""\
@H1 sec=goals alt=measures | 一、围绕中心服务大局，引导职工在建功立业中发挥积极作用
@H2 | 1、深入开展职工建功立业活动。围绕“两化互动”“三个率先”，以“攻坚克难显身手、助推发展立新功”为主题，继续办好“洪城杯”职工劳动技能比武，在基本医疗、公共卫生和科技创新等重点岗位开展技能竞赛；以争创“五化五强”科室为载体深化“工人先锋号”创建，力争全年创市级“优秀工人先锋号”1个、培育县级“工人先锋队号”2个。
@H2 | 2、深化职工经济技术创新工程。落实《省职工素质工程五年规划》，组织技术骨干和专家参与技术攻关、革新和成果转化，继续征集评选优秀创新成果和“金点子”，开展“我为节能减排做贡献”活动，群众性创新活动覆盖面达到80%以上。
@H2 | 3、深化创先争优，选树模范活动。
""",
    ),
]
