# -*- coding: utf-8 -*-
"""The fifty-seventh held-out fresh set: DATED PHASES.  Schemes, activity
plans and work plans (实施方案 / 活动方案 / 工作方案 / 策划书) whose 实施步骤,
活动安排, 活动过程, 活动流程, 方法步骤 or 活动内容 give phases with dates in
varied forms: ranges with and without year (5月20日—5月30日, 10月29-10月30日,
5月30日至31日, 4月1—11日), a date before the phase name (4月1—11日为宣传发动阶段),
deadlines (6月15日前), 初 / 底 / 上旬 (从7月初至9月底, 9月上旬至12月上旬),
quarters (一季度, 二季度), months as phase names (4月份 … 12月份), masked
years (20__年, 20xx年, 201X年), phases as 第一阶段 / 一阶段 labels,
as （一） headings, as 1、 / 1. steps, as 一、 top-level headings and as a step
that lost its number.  Writers: a township, a primary school, a school with a pre-school
class, a kindergarten, a college's broadcasting station, a company's party
organisation, a road bureau, a city government and two communities.
Found as stored public web pages with the `search` tool's `pages` corpus; none
of the source pages is a source listed in /work/fresh57/_excl_all.lst (see
notes_queries.txt).  HELD OUT: never tune an importer on these documents;
score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  lines, collection titles, sample numbers, site page titles) was dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans, document numbers and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.  The copy of the builder in
/work/fresh57/fresh_build has one addition in common.py: a numbering token
'一阶段' (a Chinese numeral + 阶段 without 第) counts as the 第一 class.
"""

FRESH57_DOCS = [
    dict(
        name="fresh57_01_township_new_village_monthly_schedule",
        source="https://m.dljs.net/fanwen/shifang/55928_2.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 2 of a township's (乡: '经乡党委、政府研究', '每个点乡镇不少于3万元') scheme for building its new-countryside "
               "pilot villages (村点) in 2012-2013; the page starts inside the month-by-month schedule, so there is no title "
               "(null) and the schedule's own heading (presumably 四、) is not visible.",
               "Each month line is a run-in label heading '4月份：…' (numbering none, text cut at the colon) and a phase named by "
               "its month, start = the month, no end (as in the earlier sets' monthly plans): nine phases, 4月份 to 12月份. "
               "Level 2 with 1 accepted, because their parent heading is missing; kind phases.",
               "Dates inside the month lines are not phases: the county's quarterly inspections ('迎接县第一季度督查工作', "
               "'做好第二季度工作小结', '迎接县三季度督查工作') and the reference to the 2013 reserve villages.",
               "五、工作措施 is measures; its （一）（二） are run-in headings ('（一）加强组织领导。…', '（二）加大资金投入：一是…', "
               "the second cut at the colon). The names of the leading group were blank in the source ('组长，副组长，成员：'); "
               "the '一是…二是…' inside the bodies are not labelled. The page ends inside （二） ('…努力争取帮')."],
        units=["乡新农村建设领导小组"],
        text="""\
@H2 sec=phases lvlalt=1 phase=4月份;4月份; | 4月份：迎接县第一季度督查工作，启动改水工作；制定村规民约，成立禁赌协会和红白理事会。
@H2 sec=phases lvlalt=1 phase=5月份;5月份; | 5月份：改水、改厕、改路和村庄整治基本完成。
@H2 sec=phases lvlalt=1 phase=6月份;6月份; | 6月份：进一步完善改水、改厕、改路，做好第二季度工作小结。
@H2 sec=phases lvlalt=1 phase=7月份;7月份; | 7月份：迎接县二季度督查工作，启动改房，完成粉刷和农村清洁工程。
@H2 sec=phases lvlalt=1 phase=8月份;8月份; | 8月份：全面完成农村清洁工程建设。
@H2 sec=phases lvlalt=1 phase=9月份;9月份; | 9月份：全面完成改路和“四普及”任务，整治村庄环境、改栏、改环境，完成外墙粉刷和浆砌阶檐；做好新村建设三季度督查的准备。
@H2 sec=phases lvlalt=1 phase=10月份;10月份; | 10月份：迎接县三季度督查工作，全面完成村庄整治和室内外活动场所建设。
@H2 sec=phases lvlalt=1 phase=11月份;11月份; | 11月份：完成村庄整治的扫尾工作；协助村点落实直接统筹资金和帮扶单位、乡政府的扶助资金，建好台帐和收支记录，建立社区管理机制、完善社区服务功能；开展景观公路工程。
@H2 sec=phases lvlalt=1 phase=12月份;12月份; | 12月份：全面完成自然村建设，全乡开展各项建设的验收检查，迎接省、市、县检查验收，全面总结考评，查看2013年后备点的建设情况。
@H1 sec=measures | 五、工作措施
@H2 | （一）加强组织领导。各村点单位要树立抓新农村建设就是抓发展、抓稳定、抓民生的理念。一是加强力量，经乡党委、政府研究，调整乡新农村建设领导小组：组长，副组长，成员：，下设办公室，办公室主任：。二是加强理事会建设，乡村干部全力配合理事会做好资金、技术服务、土地流转等各项工作，逐步推进社区建设。
@H2 | （二）加大资金投入：一是在上级直接统筹资金到位的同时，乡、村加大投入，每个点乡镇不少于3万元，村委会不少于1万元，努力争取帮
""",
    ),
    dict(
        name="fresh57_02_primary_school_book_swap_activity",
        source="https://www.ahsrst.cn/a/202312/1657658.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('小学读书节活动方案(常用14篇)'): a primary school's book-swap fair "
               "(跳蚤书市) for grades one to six. The collection title, the site blurb and the sample number ('小学读书节活动方案 "
               "篇1') were dropped; the sample has no title line of its own, so title is null.",
               "一、活动意义 is background (目的意义; goals and guidance accepted) and holds four statements as items.",
               "二、活动时间 gives the overall period '20xx年11月1日——20xx年11月7日' on the next line: an optional phase (kind "
               "phases, other accepted). The 11月1日 in the bracketed request to the grade leaders is a deadline, not a phase; "
               "a teacher's name in it was dropped.",
               "五、活动过程 holds the one visible phase '1、活动计划准备阶段（10月29-10月30日）' (level 2): start '10月29' "
               "without 日, end '10月30日'; it lies before the overall period. Its sub-steps （1）（2） are short title lines "
               "with a body line below (headings, level 3); （3） is run in and the page ends after its first character "
               "('…交换券。根').",
               "三、活动对象 and 四、活动地点 are other."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="20xx年11月1日", end_text="20xx年11月7日",
                           at="20xx年11月1日——20xx年11月7日")],
        text="""\
@H1 sec=background alt=goals,guidance | 一、活动意义：
@I2 | 1、培养学生处理旧书、挑选书籍的实践能力；
@I2 | 2、培养学生之间团结协作、沟通协调的能力；
@I2 | 3、给学生交换图书的时间和空间，拓宽借书渠道，学会资源共享。
@I2 | 4、让学生以书会友，在活动中形成浓郁的校园书香氛围。
@H1 sec=phases alt=other | 二、活动时间：
20xx年11月1日——20xx年11月7日
书籍交换以级段为单位进行，具体时间由各级段自己确定。
（请各级段负责人在11月1日前把本级段的活动时间用短信告诉负责老师。）
@H1 sec=other | 三、活动对象
全校一至六年级。
@H1 sec=other | 四、活动地点：
各级段教室门口、走廊，也可自行选定。
@H1 sec=phases | 五、活动过程：
@H2 phase=活动计划准备阶段;10月29;10月30日 | 1、活动计划准备阶段（10月29-10月30日）
@H3 | （1）个人搜集整理
利用晨会课动员学生各拿出1-2本自己已用不上、但曾经对自己有帮助的书，和同伴交换，做到资源共享；带来的书须经家长同意、适合学生阅读、完整无破损，扉页上写好班级、姓名和赠言。
@H3 | （2）班级汇总分类
班主任组织登记本班拿来交换的书，制作跳蚤书市书籍交换表，写明姓名、书名以及交换者的班级和姓名。
@H3 | （3）级段统一制作跳蚤书市书籍交换券。根
""",
    ),
    dict(
        name="fresh57_03_school_preschool_publicity_month_scheme",
        source="https://777doc.com/doc-4247971.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A school's (我校, with pre-school classes 幼儿班, reporting to its 中心校) scheme for the 2012 pre-school "
               "education publicity month, on a document-sharing site (三七文档); the site's greeting and breadcrumb were "
               "dropped. The page is one run-together block: it was split at the numbering markers, but the store had lost "
               "the break between a heading and its body, and that is kept: '一、指导思想以…', '二、活动主题加快发展…', "
               "'三、组织领导为进一步…组长：副组长：成员：' run straight into their bodies without punctuation (texts set by "
               "hand). The title was glued before 一、 and was put on its own line.",
               "四、活动时间：2012年5月2日至6月5日。 carries the overall period on the heading line (cut at the colon): an "
               "optional phase (kind phases, other accepted).",
               "五、实施步骤 (phases) holds three dated phases as run-in 1、 headings '1、动员阶段：5月2日至5月10日为宣传动员阶段，…', "
               "'2、实施阶段：5月11日至5月31日学校…', '3、总结阶段：6月1日至6月5日，…' (level 2, texts cut at the colon); the "
               "dates follow the colon, inside the body part of the line.",
               "六、宣传内容 (goals, measures accepted: the task areas) holds two run-in headings (the first separates its title from the body with a comma only: text set by hand to '1、广泛开展社会宣传'); the page ends inside the "
               "second ('…增强规范办园、')."],
        units=["学前教育宣传月活动领导小组"],
        extra_phases=[dict(name="活动时间", start_text="2012年5月2日", end_text="6月5日", at="2012年5月2日至6月5日")],
        text="""\
@T | 学前教育宣传月活动实施方案
@H1 sec=guidance text=一、指导思想 | 一、指导思想以科学发展观为指导，把xxx教育局和中心校近期下发的学前教育文件作为主要宣传内容，重点宣传规范办学、科学保教和提高办学质量，增强师生、家长和社会的法规意识与责任意识，营造全社会关心、重视、理解学前教育的氛围，全面提升我校学前教育水平。
@H1 sec=other text=二、活动主题 | 二、活动主题加快发展、规范办园、提高学前教育质量。
@H1 sec=responsibilities text=三、组织领导 | 三、组织领导为加强对宣传活动的领导，成立学前教育宣传月活动领导小组，成员如下：组长：副组长：成员：
@H1 sec=phases alt=other | 四、活动时间：2012年5月2日至6月5日。
@H1 sec=phases | 五、实施步骤
@H2 phase=动员阶段;5月2日;5月10日 | 1、动员阶段：5月2日至5月10日为宣传动员阶段，制定宣传工作方案，召开全校教师会议广泛动员，教师写学习笔记。
@H2 phase=实施阶段;5月11日;5月31日 | 2、实施阶段：5月11日至5月31日学校按照宣传工作方案和幼儿班的实际，制定宣传月活动实施方案，向全校教职工和家长宣传国家和省市的学前教育政策，并抓好落实。
@H2 phase=总结阶段;6月1日;6月5日 | 3、总结阶段：6月1日至6月5日，活动结束后，学校及时把开展情况写成书面总结报中心校。
@H1 sec=goals alt=measures | 六、宣传内容
@H2 text=1、广泛开展社会宣传 | 1、广泛开展社会宣传，通过挂标语、发宣传册和宣传单等方式，宣传国家、省、市的学前教育政策。
@H2 | 2、深入开展校内宣传。宣传月期间组织全校教职工集中学习，并向幼儿家长宣传有关政策；组织教师写学习笔记、集体交流，理解规范办园、科学保教和办园各环节的要求，增强规范办园、
""",
    ),
    dict(
        name="fresh57_04_kindergarten_preschool_publicity_month_plan",
        source="https://m.qusc.cn/wenku/csgr/m2qB8xnov0",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A kindergarten's (我园, in 仙游县) plan for the national pre-school education publicity month; the page starts "
               "with the opening paragraph and shows no title line, so title is null. The year is masked ('20__年').",
               "三、宣传活动时间：'20__年5月20日至6月20日。' on the next line is the overall period: an optional phase (kind "
               "phases, other accepted).",
               "四、宣传方式和活动安排 (phases, measures accepted) holds two dated phases as （一） headings with the dates in "
               "brackets: '（一）准备阶段（5月20日—5月30日）' and '（二）组织实施阶段（6月1日—6月15日）' (level 2).",
               "Under （一）, '1.召开动员大会，成立宣传小组' is a short title with body lines below (heading, level 3; the key-value "
               "lines '组 长：', '副组长：', '成 员：' keep the source's spacing and are body); '2.制定宣传活动方案，准备宣传材料。' "
               "is a statement (item). Under （二）, the four 1. lines are tasks (items); the page ends inside the fourth "
               "('…全').",
               "二、宣传活动主题 is other; its value line '宣传活动主题为：快乐生活，健康成长。' is body. The county bureau "
               "leads the joint outdoor campaign of four named kindergartens, so it is listed among the units."],
        units=["学前教育宣传月活动领导小组", "仙游县教育局", "仙游县实验幼儿园", "仙游县第二实验幼儿园", "仙游县鲤中实验幼儿园",
               "仙游县儿童活动中心幼儿园"],
        extra_phases=[dict(name="宣传活动时间", start_text="20__年5月20日", end_text="6月20日", at="20__年5月20日至6月20日")],
        text="""\
为贯彻教育规划纲要和《国务院关于当前发展学前教育的若干意见》，按照教育部从20__年起在全国组织学前教育宣传月的要求，为幼儿健康成长营造良好的社会环境，结合我园实际，制定本活动方案。
@H1 sec=goals alt=guidance | 一、宣传活动目的
以科学发展观为指导，把《国务院关于当前发展学前教育的若干意见》《福建省人民政府关于加快学前教育发展的意见》和市、县近期出台的学前教育文件作为主要宣传内容，重点宣传幼儿园评估政策、规范办园和科学保教，提高师生、家长和社会的法规意识与责任意识。
@H1 sec=other | 二、宣传活动主题
宣传活动主题为：快乐生活，健康成长。
@H1 sec=phases alt=other | 三、宣传活动时间：
20__年5月20日至6月20日。
@H1 sec=phases alt=measures | 四、宣传方式和活动安排
@H2 phase=准备阶段;5月20日;5月30日 | （一）准备阶段（5月20日—5月30日）
@H3 | 1.召开动员大会，成立宣传小组
为加强对宣传活动的组织领导，成立学前教育宣传月活动领导小组：
组 长：
副组长：
成 员：
@I3 | 2.制定宣传活动方案，准备宣传材料。
@H2 phase=组织实施阶段;6月1日;6月15日 | （二）组织实施阶段（6月1日—6月15日）
通过多种渠道、多种形式开展宣传。
@I3 | 1.由仙游县教育局牵头，仙游县实验幼儿园、仙游县第二实验幼儿园、仙游县鲤中实验幼儿园、仙游县儿童活动中心幼儿园联合开展1次大型室外宣传，发放宣传单并现场解答问题。
@I3 | 2.用幼儿园LED显示屏播放宣传标语，向家长发放宣传单。
@I3 | 3.在网站上报道宣传活动，扩大宣传月的社会影响。
@I3 | 4.召开全园家长讲座，全
""",
    ),
    dict(
        name="fresh57_05_company_party_organisation_campaign_steps",
        source="http://www.xxk123.com/cyfw/004898/a6145923_3.html",
        doc_kind="scheme", doc_kind_alt=["plan", "activity_plan"], partial=True,
        notes=["Page 3 of a company's (股份公司, with 下属单位 and 项目部) scheme for its party organisations' '争创“四强四优”' "
               "campaign; the page starts inside the first stage, so there is no title (null) and the parent （一）第一阶段 is "
               "not visible.",
               "The first two lines are the last steps of the unseen first stage: '3、4月份，…' and '4、二季度，…' (items, level 2 "
               "with 1 accepted because their parent is missing; kind phases). '3、4月份' reads as step 3 in April here (the next "
               "step is 4、), though '3、4月份' could also be read as 'March and April'. Their dates (4月份, 二季度, 六月份, 七月初) "
               "are deadlines inside task lines, not phases.",
               "'（二）第二阶段为评议整改阶段（从7月初至9月底）。…' is the one visible phase heading (level 1, run in, text cut "
               "at the 。): name 评议整改阶段, start '7月初', end '9月底' (the 从 is not part of the start).",
               "'1、7月、8月，…' under it is a task line (item, level 2); the page ends inside it ('…对')."],
        units=["党委工作部", "人力资源部", "纪检监察部"],
        text="""\
@I2 sec=phases lvlalt=1 | 3、4月份，各级党组织按“四强四优”的标准组织调研小组，由领导班子成员带队，会同党委工作部、人力资源部、纪检监察部等部门人员，到下属单位和项目部调研“四好”领导班子创建、基层党组织建设、项目党组织落实“三同时”“三基本”以及党员立足岗位发挥作用的经验和问题，正反两方面的典型都要剖析，找出根源、提出对策。为提高效率，争创“四强四优”的调研小组可与廉洁从业专项教育的调研小组合并进行。
@I2 sec=phases lvlalt=1 | 4、二季度，股份公司各级党组织按“四强四优”评选条件广泛开展争创，可与争创“五好”党支部、“五个模范”等活动结合，充实评选内容。六月份，各单位按条件评出先进党组织、优秀共产党员和优秀党务工作者，并好中选优推荐股份公司党委表彰。七月初，各单位党委召开“七·一”纪念大会，表彰“四强”党组织和“四优”共产党员，总结先进事迹并在报刊、网站、闭路电视上宣传，掀起学先进、赶先进的热潮。
@H1 sec=phases phase=评议整改阶段;7月初;9月底 | （二）第二阶段为评议整改阶段（从7月初至9月底）。重点做好党员评议和加强基层党组织建设两项工作。
@I2 | 1、7月、8月，各级党组织以党支部为单位，每位党员在学习文件的基础上，对
""",
    ),
    dict(
        name="fresh57_06_college_essay_contest_plan",
        source="https://haowendang.cn/c5a3w55efx33pit886asl2xn8u9whjn0046c_1.html",
        doc_kind="activity_plan", partial=True,
        title_override="“保护母亲河欢庆党生日”校园征文大赛策划书",
        notes=["The first sample of a collection page ('征文活动策划书模板(完整版)', '第一篇: 征文策划书模板'; both dropped): a "
               "college's campus essay contest run by its broadcasting station and a literary society (湖南工学院). Two title "
               "lines: a short title '“保护母亲河”校园征文大赛' and the plan's own title, which the page ran into 一、 (split); the "
               "label takes the plan's own title (title_override), both lines are title lines.",
               "The numbering jumps from 三、 to 六、 (四、 and 五、 are missing in the source); kept. '三、举办单位：…' and "
               "'七、参赛对象：…' carry their value on the heading line (whole line as text). Under 六、组织机构：策划： the "
               "organisers' names were dropped, leaving the key-value line '成员：' and its value line (body). The page marker "
               "'第 1 页 共 23 页' sits between them: debris, never labelled.",
               "'八、活动' is a heading that lost its last word (时间) in the source; the next line '201X年5月30日至6月22日' is the "
               "overall period (optional phase; the heading is phases, other accepted).",
               "九、活动流程 (phases) has three dated steps, level 2, the dates glued after the step name without brackets: "
               "'1.前期工作5月30日至31日：…' (run in, text cut at the colon), '中期工作6月1日至15日：' (the source lost its "
               "number 2.: numbering none) and '3.后期工作6月15日至22日：' with their bodies on the next line. Ends are "
               "day-only ('31日', '15日', '22日'), copied as written.",
               "一、活动背景 (background) holds two numbered statements (items); the first ends in '、、、' as in the source. "
               "十、征文要求 (requirements, other accepted) holds '1、征文主题：' (other, requirements accepted) with two "
               "（1）（2） theme lines (items); the page ends inside the second."],
        units=["湖南工学院广播站", "湖南工学院浅草文学社"],
        extra_phases=[dict(name="活动时间", start_text="201X年5月30日", end_text="6月22日", at="201X年5月30日至6月22日")],
        text="""\
@T | “保护母亲河”校园征文大赛
@T | “保护母亲河欢庆党生日”校园征文大赛策划书
@H1 sec=background | 一、活动背景
@I2 | （1）今年是建党90周年，全国人民欢庆党的、、、
@I2 | （2）湖南省保护母亲河行动领导小组和新浪微博决定联合举办全省青少年“打造东方莱茵河”献计献策专题活动暨“我眼中的母亲河”作品征集大赛，动员全省青少年参与母亲河流域生态环境的监督和保护。
@H1 sec=goals alt=guidance | 二、活动目的
歌颂在党的关怀下不断发展的祖国，响应全省青少年保护母亲河行动，增强我校大学生的环保意识；同时为校园原创文学提供展示的舞台，让清新的文学之风吹遍校园。
@H1 sec=responsibilities | 三、举办单位：湖南工学院广播站 湖南工学院浅草文学社
@H1 sec=responsibilities | 六、组织机构：策划：
第 1 页 共 23 页
成员：
广播站全体成员、浅草文学社全体理事
@H1 sec=other | 七、参赛对象：湖南工学院全体在校学生
@H1 sec=phases alt=other | 八、活动
201X年5月30日至6月22日
@H1 sec=phases | 九、活动流程：
@H2 phase=前期工作;5月30日;31日 | 1.前期工作5月30日至31日：用横幅、条幅、海报、pop和校园广播等形式在全院范围内宣传。
@H2 phase=中期工作;6月1日;15日 | 中期工作6月1日至15日：
收集、整理征文稿件，同时继续适当宣传本次活动。
@H2 phase=后期工作;6月15日;22日 | 3.后期工作6月15日至22日：
评选稿件，分初审、复审、终审；结果出来后及时公布，举行颁奖晚会、颁发荣誉证书，并写好活动总结和新闻稿。
@H1 sec=requirements alt=other | 十、征文要求
@H2 sec=other alt=requirements | 1、征文主题：
@I3 | （1）党旗下的光辉，庆祝建党九十周年；
@I3 | （2）“打造东方莱茵河”献计
""",
    ),
    dict(
        name="fresh57_07_road_bureau_conduct_review_scheme",
        source="https://m.wnwk.com/doc/858169.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="公路局民主评议政风行风工作方案",
        notes=["A road bureau's (公路局, under a city bureau: '市局', '市评议办') scheme for the democratic review of its "
               "government and trade conduct, on a document-sharing site (wnwk) that converts with word substitutions "
               "(效劳 for 服务, 发动 for 动员; kept in headings and bodies) and drops closing quotes ('“门难进、脸难看…'; kept).",
               "The site's chunk markers are kept as debris and never labelled: '1、' glued before the title (the title is "
               "the text after it), '2、' starting a line in the middle of a sentence ('…标准化办公、' / '2、效劳态度、…'), and "
               "'3、' between the number of a step and its text ('…（9月上旬至12月上旬） 1' / '3、、召开问题整改分析会。…').",
               "The three stages are the 一、 headings themselves (level 1, kind phases): '一、发动部署，宣传发动阶段（6月15日前）' "
               "(a deadline: start null, end '6月15日前'), '二、查摆问题，选题评议阶段（6月15日至8月底）' and "
               "'三、落实整改，建章立制（9月上旬至12月上旬）' (上旬 to 上旬; the heading line ends with the step number '1' "
               "cut off by the chunk marker, text set by hand). The phase names keep the comma.",
               "Each stage's 1、 steps are run-in headings ('1、成立评议工作领导机构及办公室。…', level 2, kind phases inherited). "
               "The step whose number was split off is labelled on its line '3、、召开问题整改分析会。…' (numbering as written, "
               "text set by hand). The page ends inside step 2 of 三、 ('…认真制定整改方案，')."],
        units=["局评议工作领导小组"],
        text="""\
@T | 1、公路局民主评议政风行风工作方案
@H1 sec=phases phase=发动部署，宣传发动阶段;;6月15日前 | 一、发动部署，宣传发动阶段（6月15日前）
@H2 | 1、成立评议工作领导机构及办公室。结合本单位实际，成立局评议工作领导小组和办事机构，指定专人负责。
@H2 | 2、研究制定实施方案。结合实际研究制定切实可行的实施方案。
@H2 | 3、广泛宣传发动。召开发动会议，用多种形式开展宣传教育。
@H2 | 4、检查指导。组成督查组，检查各参评单位落实市局评议发动精神的情况。
@H1 sec=phases phase=查摆问题，选题评议阶段;6月15日;8月底 | 二、查摆问题，选题评议阶段（6月15日至8月底）
@H2 | 1、查摆问题。认真自查政风行风建设中的突出问题，特别是政风方面的问题，并用多种形式广泛征求意见。
@H2 | 2、明察暗访。重点检查各参评单位的标准化办公、
2、效劳态度、履行职责和办事效率，看有没有“门难进、脸难看、事难办和耍威风、搞特权、刁难群众的问题，有没有“吃、拿、卡、要和效劳态度“生、冷、硬、顶、推的问题，有没有以权谋私、办事不公等损害群众利益的问题。
@H2 | 3、选题评议。针对群众反映的热点、难点问题，结合本单位、本部门实际，选择12个问题开展选题评议，下大力气整治，确保年内见到明显成效。
@H2 | 4、梳理分类。把12319效劳热线、新闻媒体、评议热线、举报电话、投诉邮箱、来信来访、群众座谈和明查暗访等渠道收集的问题认真梳理、分类，边查边改。
@H1 sec=phases text=三、落实整改，建章立制（9月上旬至12月上旬） phase=落实整改，建章立制;9月上旬;12月上旬 | 三、落实整改，建章立制（9月上旬至12月上旬） 1
@H2 num=3、 text=3、、召开问题整改分析会 | 3、、召开问题整改分析会。对市评议办交办的整改问题、本单位自查出的问题和群众通过“三个热线反映的问题认真分析、查找原因，确定整改责任单位。
@H2 | 2、制定整改方案。各责任单位按整改分析会的要求，认真制定整改方案，
""",
    ),
    dict(
        name="fresh57_08_city_government_environment_campaign_steps",
        source="http://gkcyc.com/xuexi/qihua/294150-3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a city government's scheme for its 'environment improvement year' (政务环境创优, under 市委 / 市政府); "
               "the site's page title ('…方案(三)') and posting line were dropped, the document's own title line is kept and the "
               "page starts at 三、方法步骤 (phases).",
               "The stages are level-2 run-in headings numbered '一阶段：' / '二阶段：' (no 第; counted in the 第一 class) and "
               "dated by quarter only: '一阶段：学习提高（一季度）。…' and '二阶段：查摆问题（二季度）。…' (texts set by hand: "
               "the automatic cut at the colon would leave only '一阶段'). Starts '一季度', '二季度', no end.",
               "'于月底以前报市政务环境创优办公室' inside the first stage is a deadline, not a phase. The six checks '一查…二查…' "
               "are inside a body sentence and not labelled. The page ends inside a quoted slogan ('“讲主观不讲客观，讲')."],
        units=["市政务环境创优办公室"],
        text="""\
@T | 开展环境创优活动政府环境创优方案
@H1 sec=phases | 三、方法步骤
政务环境创优工作原则上分四个阶段进行。
@H2 phase=学习提高;一季度; text=一阶段：学习提高（一季度） | 一阶段：学习提高（一季度）。所有党政机关学习借鉴全国、全省和本行业政务环境最优、效能最好的经验，通过明晰职责、减少环节、压缩内部运转时间、优化流程、细化服务标准，拿出本部门办事最快、最好的具体措施，于月底以前报市政务环境创优办公室，审核后在媒体上公开承诺。各单位还要贯彻市委九届十四、十五、十六次全会、市委经济工作会议和全市“环境创优”动员大会精神，制定本单位政务环境创优方案，开展“提升效能、优化环境”大讨论，解放思想、转变观念，做好思想发动。
@H2 phase=查摆问题;二季度; text=二阶段：查摆问题（二季度） | 二阶段：查摆问题（二季度）。主要查摆制约全市和本地、本部门发展的突出问题。对照全市“环境创优”动员大会精神和市委、市政府优化政务环境的规定，结合实际，用开门纳谏、领导点评、自查互查等办法，围绕六个方面查找单位和个人的问题：一查解放思想的不足，二查为民、发展、服务、廉洁意识不强的表现，三查机关作风“四大顽症”的表现，四查执行力层层衰减的行为，五查效能低下的行为，六查优化环境制度没有落实的地方。查摆时要发扬“三讲”精神，即坚持“讲主观不讲客观，讲
""",
    ),
    dict(
        name="fresh57_09_community_patriotic_health_month_plan",
        source="https://www.inrrp.com.cn/html/2a5077004ab64219.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A residents' committee's (北正社区居民委员会) plan for the 2010 patriotic health month, on a sample site "
               "(人人范文网); the site's page title ('爱国卫生月活动方案') and posting line were dropped. The issuer line and the "
               "title line are both title lines; the title joins them.",
               "二、活动内容 carries the staged work (kind phases, goals accepted). Its three phases are （一） headings that put "
               "the dates before the phase name: '（一）4月1—11日为宣传发动阶段。', '（二）4月11—21日为灭鼠活动阶段。' and "
               "'（三）4月22—25日为迎“五一”环境卫生综合整治阶段。…' (run in). Starts are '4月1', '4月11', '4月22' (the month "
               "given once for the range), ends '11日', '21日', '25日'; the first two phases share 4月11日.",
               "Dates inside the bodies are not phases: the “世界卫生日”（4月11日）, the bait days '18—19日'. A PDF-style line "
               "break inside the word 农贸市场 is kept ('…农贸' / '市场等…'). The page ends inside （三） ('…进一').",
               "The opening keeps the street office's document number '淮川街道爱卫发[2010]4号' with its square brackets."],
        units=["北正社区居民委员会"],
        text="""\
@T | 北正社区居民委员会
@T | 2010年爱国卫生月活动方案
今年四月是我国连续开展的第22个爱国卫生月。为推动本社区创建人民满意城市工作深入开展，发动基层群众广泛参与，根据淮川街道爱卫发[2010]4号方案，结合社区实际，制定本卫生月活动方案。
@H1 sec=guidance | 一、指导思想
以创建人民满意城市为目标，以落实科学发展观、整治城区市容环境卫生和春季灭鼠为重点，发动居民群众自觉参与，治理脏乱差，改善环境卫生面貌，增强全民的文明、卫生、环境和节能减排意识。
@H1 sec=phases alt=goals | 二、活动内容
@H2 phase=宣传发动阶段;4月1;11日 | （一）4月1—11日为宣传发动阶段。
各社区通过板报、健康咨询、义诊和健康教育等形式，宣传健康、食品安全、环境保护和节能减排知识，组织好“世界卫生日”（4月11日）的集中宣传。
@H2 phase=灭鼠活动阶段;4月11;21日 | （二）4月11—21日为灭鼠活动阶段。
各社区按《浏阳市爱卫会统一灭鼠活动实施方案》组织辖区单位和居民开展春季灭鼠，清除鼠迹、堵塞鼠洞，整治“四害”孳生地，完善防鼠设施，降低鼠密度；18—19日把鼠药全部投放到位，并督促单位和饮食店、南杂店、农贸
市场等个体经营户自购鼠药，按统一时间投放。
@H2 phase=迎“五一”环境卫生综合整治阶段;4月22;25日 | （三）4月22—25日为迎“五一”环境卫生综合整治阶段。各社区以背街小巷、农贸市场、车站周边和占道经营为重点，解决卫生难点和群众投诉的问题，清除背街小巷和居民楼栋的裸露垃圾、卫生死角和牛皮癣，进一
""",
    ),
    dict(
        name="fresh57_10_community_health_month_three_stage_scheme",
        source="http://yzmjgc.com/xindetihui/2021/1106/22394.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A community's scheme for the patriotic health month; the site's page title ('社区卫生爱卫日活动宣传方案【…】') "
               "was dropped. The page runs the title into the opening and each 一、 heading into its body with a space "
               "('一、活动主题 以…', '二、活动时间 按照…'); the title was put on its own line, the heading lines keep their "
               "bodies after the space (texts set by hand).",
               "二、活动时间 (phases) states the overall period in its body ('活动时间4月1日至5月10日，共分三个阶段': optional "
               "phase) and is followed by three （一） phases with bracketed dates and a colon before the body: "
               "'（一）动员准备阶段（4月1日至4月5日）：…', '（二）组织实施阶段（4月6日至4月30日）：…', "
               "'（三）检查整改阶段（5月1日至5月10日）：…' (level 2, texts cut at the colon).",
               "三、活动内容 (goals, measures accepted) had its sub-headings run together in one paragraph; split at the "
               "numbering: '（一）宣传发动 以…' (heading with its body after a space, text set by hand), '（二）环境整治' and "
               "its step '1、就社区实际环境情况，…' (item). The page ends inside that step ('…对全街各社区开展').",
               "一、活动主题 is other (guidance accepted); its slogan “创建卫生社区，人人有责，人人受益” is kept, as is "
               "“社区是我家，环境卫生靠大家”. The district patriotic health committee and the street office only issue the "
               "deployment; no unit of the community is named."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="4月1日", end_text="5月10日", at="活动时间4月1日至5月10日")],
        text="""\
@T | 社区爱国卫生月活动实施方案
为增强居民的健康意识、卫生意识和参与意识，进一步改善居住环境，社区继续把整治城市环境作为重点，根据爱国卫生月活动实施方案的通知，结合本社区实际，制定本实施方案。
@H1 sec=other alt=guidance text=一、活动主题 | 一、活动主题 以“创建卫生社区，人人有责，人人受益”为主题，结合居民生活实际，发动居民参与小区环境卫生整治，增强文明、卫生、城市和环境意识，为群众营造良好的居住环境。
@H1 sec=phases text=二、活动时间 | 二、活动时间 按照区爱卫会街道办事处的部署，活动时间4月1日至5月10日，共分三个阶段：
@H2 phase=动员准备阶段;4月1日;4月5日 | （一）动员准备阶段（4月1日至4月5日）：结合社区实际集中宣传卫生月，制定社区卫生月活动方案。
@H2 phase=组织实施阶段;4月6日;4月30日 | （二）组织实施阶段（4月6日至4月30日）：一是开展辖区环境整治，联合包保部门清理环境；二是开展卫生大清扫，保证社区办公场所室内外整洁。
@H2 phase=检查整改阶段;5月1日;5月10日 | （三）检查整改阶段（5月1日至5月10日）：对第二阶段宣传和整治过的小区逐一排查，对仍有问题的居民区再整改清理一次。
@H1 sec=goals alt=measures | 三、活动内容
@H2 text=（一）宣传发动 | （一）宣传发动 以“社区是我家，环境卫生靠大家”为主题开展健康教育，用宣传板、板报等形式宣传，动员居民从自身做起，提高自我保健能力，推动春季防病。
@H2 | （二）环境整治
@I3 | 1、根据社区实际环境，按照区爱卫会划分的包保部门集中清理越冬垃圾、白色垃圾、建筑垃圾和“三小五堆”，每周抽出半天对全街各社区开展
""",
    ),
]
