# -*- coding: utf-8 -*-
"""The sixtieth held-out fresh set: a RANDOM SAMPLE of the genre.  Ten varied
queries (工作计划, 实施方案 / 工作方案, 活动方案, 工作总结, 工作汇报, 讲话稿)
naming writers from villages, subdistricts, schools, hospitals, enterprises,
party branches, county departments, youth leagues and women's federations;
for each query the FIRST usable result was taken (log in notes_queries.txt),
not the page that looked easiest.  Found as stored public web pages with the
`search` tool's `pages` corpus.  No source page is a source of an earlier set
or listed in the other helpers' exclusion lists (see /work/fresh60/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs,
  posting lines, site blurbs, collection titles, sample numbers) was dropped.
- Heading, title, item and key-value lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored; clock times keep ASCII 3:15.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, quoted slogans and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH60_DOCS = [
    dict(
        name="fresh60_01_village_committee_civilisation_scheme",
        source="https://wenku.docs.qq.com/detail?docId=oUUqrUqcTu",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A village committee's 2024 civilisation-building work scheme (工作方案) on a document-sharing page (PDF "
               "text). The page shows the title, a site summary repeating the opening (dropped) and then the document; "
               "the title is kept once.",
               "一、背景分析 is background; 二、工作目标 goals; 三、重点工作内容 goals (measures accepted, the task areas). "
               "The '1.增强文明意识：…' lines are run-in headings (title, colon, body), level 2; texts cut at the colon.",
               "The PDF page marker '第1页共3页' that ends the visible text is kept as its own line and not labelled. The PDF "
               "line breaks inside words in the bodies were not kept (bodies are rewritten)."],
        units=[],
        text="""\
@T | 2024年村委文明创建工作方案
@H1 sec=background | 一、背景分析
现代化进程不断推进，乡村文明建设成了亟需解决的问题；村委开展文明创建，对推动农村经济发展、提升农民生活品质意义重大，所以有必要制定2024年村委文明创建工作方案，加强乡村文明建设。
@H1 sec=goals | 二、工作目标
@H2 | 1.增强文明意识：通过开展一系列文明教育活动，让村民更加认识和重视文明行为，树立文明乡风和良好社会风气。
@H2 | 2.推进村容村貌提升：改善和美化村庄环境，提升乡村整体形象，营造舒适宜居的生活环境。
@H2 | 3.加强社会管理：完善村民自治制度，增强村民自治的意识和能力，提高社会管理水平。
@H2 | 4.增加文化活动：加强乡村文化建设，丰富村民的精神文化生活，提高文化素质。
@H1 sec=goals alt=measures | 三、重点工作内容
@H2 | 1.组织开展文明教育活动：围绕文明礼仪、环保、交通安全等方面开展宣传教育，提高村民的文明素质和法制意识。
@H2 | 2.加强村庄环境整治：加大环境卫生整治力度，建立村庄卫生清洁长效机制，推进垃圾分类处理，营造整洁美观的乡村环境。
第1页共3页
""",
    ),
    dict(
        name="fresh60_02_school_three_gardens_scheme_sample",
        source="https://oh100.com/a/202402/7655112.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["The first sample of a collection page ('[经典]实施方案6篇'): a primary school's scheme for a safe, healthy, "
               "civilised and harmonious campus (三园: 学园、乐园、花园). Collection title, posting line, site blurb and the "
               "sample number ('实施方案 篇1') were dropped; the sample has no title of its own, so title is null.",
               "This page was once labelled by /work/fresh27 and /work/fresh28 and dropped by both; no finished set uses "
               "it (checked against all label files and exclusion lists when this set was built).",
               "二、组织机构 (responsibilities) holds two short level-2 headings '1、成立领导小组' and '2、责任分工', each "
               "followed by key-value body lines with masked names ('组长：（校长）', '**：（统领全校指导工作）'), never labelled.",
               "三、工作目标： keeps its trailing colon (text without it); goals. 四、工作内容 goals (measures accepted) with a "
               "level-2 label heading '1、学校建筑维护：' whose body is on the next line. The page ends after that body.",
               "The site's anti-copy apostrophe before '和谐校园' is kept in the rewritten body."],
        units=["领导小组"],
        text="""\
@H1 sec=guidance | 一、指导思想
依照以人为本和安全、健康、文明、和谐的要求，紧扣目标、抓住重点，发动全体师生共同参与、分工明确，使学校真正成为学生“求知的学园、活动的乐园、生活的花园”。
@H1 sec=responsibilities | 二、组织机构
@H2 | 1、成立领导小组
组长：（校长）
副组长：（总务主任）
成员：**：（教导处主任）
**：（少先队辅导员）
@H2 | 2、责任分工
**：（统领全校指导工作）
**：（具体落实硬化、绿化、净化工作开展）
**：（落实校园文化建设工作）
**：（监督工作落实情况）
**：（三园工作）
@H1 sec=goals | 三、工作目标：
按照校园安全、健康、文明、和谐的总要求，加强领导、密切配合，做到制度完善、工作落实、保障有力；让师生安全有保障、学生身心健康、管理有序、周边环境良好，学生遵纪守法、文明懂礼，使学校成为平安校园、健康校园、文明校园，成为学生喜欢、家长放心、社会满意的'和谐校园。
@H1 sec=goals alt=measures | 四、工作内容
@H2 | 1、学校建筑维护：
根据本校实际，重新修补厕所处围墙的裂缝，给学生一个安全的学习环境，学校预计为此投入5000多元。
""",
    ),
    dict(
        name="fresh60_03_hospital_nurses_day_activity_plan",
        source="https://www.tabuzhe.com/biji/3722526557853844.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A collection page of nurses' day activity plans; the sample heading '医院护士节活动方案 篇1' is kept as the "
               "title without its sample number. Right after '一、指导思想' the site hides the rest behind a paywall line "
               "('…… 此处已隐藏62287字 ……', kept, not labelled); the visible text after it (a slogan line, 二、活动内容, "
               "三、时间安排, 四、组织领导) may belong to a later sample of the collection (its activities — 最牛女生评选, "
               "主题班会大赛, 中国南丁格尔服务总队鹤壁分队 — read like a nursing school's series). It is kept as the page shows it.",
               "'宣传口号：大力弘扬…' is a key-value line (slogan as the value), body, not labelled; it has no numbered parent "
               "in view.",
               "二、活动内容 goals (measures accepted); 三、时间安排 phases (other accepted) with its value on the next line "
               "'x年3月 1日—x年5月12日' (masked years, a space inside '3月 1日'), an overall activity period: optional phase. "
               "四、组织领导 responsibilities, followed by empty key-value lines (总策划： 组长： 副组长： 成员：)."],
        units=[],
        extra_phases=[
            dict(name="时间安排", start_text="x年3月 1日", end_text="x年5月12日", at="x年3月 1日—x年5月12日", optional=True),
        ],
        text="""\
@T | 医院护士节活动方案
@H1 sec=guidance | 一、指导思想
…… 此处已隐藏62287字 ……
宣传口号：大力弘扬南丁格尔精神立志做优秀护理人才
@H1 sec=goals alt=measures | 二、活动内容
系列活动有：最牛女生评选；首届护理技能大赛；“大手拉小手，健康一起走”手拉手联谊；首届“天使载青春，梦想驻永恒”演讲比赛；首届“弘扬人道主义精神”主题班会大赛；首届护士礼仪大赛；文明之家；“生命因我而精彩”征文赛；“祖国在我心中”合唱比赛；最后举办“5·12”国际护士节庆祝晚会，并为“中国南丁格尔服务总队鹤壁分队”授旗。
@H1 sec=phases alt=other | 三、时间安排
x年3月 1日—x年5月12日
@H1 sec=responsibilities | 四、组织领导
总策划：
组长：
副组长：
成员：
""",
    ),
    dict(
        name="fresh60_04_subdistrict_2024_work_plan",
        source="https://www.jdzzsq.gov.cn/zsjd/fzgh_15131/gzjh_15133/t950862.shtml",
        doc_kind="plan", partial=True,
        notes=["A subdistrict's 2024 work plan (珠山街道, 景德镇) from its open-government pages; breadcrumb, disclosure "
               "metadata and the posting line ('来源：珠山街道办事处 发布时间：…') were dropped.",
               "No numbering at all: each task area is a 'label：body' line (党建工作： / 经济工作： / 创建工作：), level 1, text "
               "cut at the colon; kind goals (measures accepted, the task areas of a plan).",
               "An empty quotation '开展里弄“”服务' in the source (a lost word) is kept. The page ends inside 创建工作 "
               "('…等部门'). Companies named as investment partners are not units."],
        units=[],
        text="""\
@T | 珠山街道2024年工作计划
@H1 sec=goals alt=measures | 党建工作：健全党建引领机制，以社区“大党委”为抓手推动社区治理“微改革”，按“一居一品”思路对辖区3个社区精准定位、分类打造：莲花塘社区借助辖区资源和区位优势建“示范社区”，优化便民十五分钟服务圈；御窑社区结合里弄特色建立“社区、片区、里弄三级网格机制”，织好里弄网格“一张网”，开展里弄“”服务；龙珠阁社区联合陶阳里历史文化街区、御窑厂风景区建管单位和“两新”组织，探索以党建引领商圈经济的新模式。
@H1 sec=goals alt=measures | 经济工作：把经济发展当作第一要务，“引进来”与“走出去”并举，主动配合陶阳里景区创5A和御窑厂申遗，围绕文旅商贸、数字经济、总部经济开展招商引资、招才引智，继续加强与天仪基业（上海）智能科技有限公司、上海盈蜂城数字科技有限公司等企业的洽谈，在辖区引导孵化陶瓷直播企业，力争招大引强和项目落地取得新进展。
@H1 sec=goals alt=measures | 创建工作：对照文明城市测评体系新标准查漏补缺，把创建指标任务分解到每个季度、每个月，抓在经常、融入日常、做在平常；把创建与项目谋划建设结合起来，针对辖区必检点、薄弱点、空白点、反复点，进一步加强与工信、停管、市政等部门
""",
    ),
    dict(
        name="fresh60_05_company_safety_training_summary",
        source="https://www.liequn.net/nianzhongzongjie/367195.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('关于安全生产年终总结'): a company's summary of a safety-production "
               "training for its departments and front-line staff. Collection title, posting line, site blurb and the "
               "sample number ('…篇1') were dropped; the sample has no title of its own, so title is null.",
               "One heading is in view, a full-sentence run-in '一、领导重视，组织健全，是安全生产知识培训取得成功的保证。' "
               "(kind achievements), then two body paragraphs; the page ends inside the second ('…历时两').",
               "Units: 质量安全部 drew up the training scheme and materials. The outside bodies that supplied the trainers "
               "(省安监局, 长沙市海事局, 市消防中队) are not listed as units of this company's work (a judgement call)."],
        units=["质量安全部"],
        text="""\
公司从元月16日-18日起组织各部门和一线生产骨干参加安全生产知识培训，大力宣传“安全第一，预防为主，综合治理”的安全方针。专家讲解深入浅出，学员的安全理念、安全意识、风险防范能力和职业责任感都得到提升，现将这次培训的主要工作总结如下：
@H1 sec=achievements | 一、领导重视，组织健全，是安全生产知识培训取得成功的保证。
这次培训是落实公司年度安全会议精神、开展学习活动的重要组成部分，也是提高员工素质、确保安全目标实现的重要手段。公司领导十分重视，专门在办公会上强调各部门责任；质量安全部制定了培训方案和实施计划，并与各部门沟通协商，要求各部门、项目部配合，督促员工参训，责任到人，培训全程按计划进行。
有了领导支持和合理计划，员工响应积极、热情很高。授课专家来自省安监局、长沙市海事局、市消防中队等单位，授课人按公司要求编写教案，质量安全部汇编资料发到每位学员手中；培训采用集中授课与自学相结合的方式，历时两
""",
    ),
    dict(
        name="fresh60_06_school_league_branch_may_fourth_activity",
        source="https://xiaomilidoc.com/p-1879867.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school youth-league branch's (团支部) May Fourth activity plan for its young teachers, with a "
               "leaving ceremony for members turning 28, on a document-sharing page that ran the whole text into one "
               "block; it was split at the paragraph and heading boundaries the text shows. The site's blurb after the "
               "title ('五四青年节是一个重要的节日…下面的这篇大家一起看看。') was dropped. The opening paragraph ends in the "
               "lead-in '现将活动具体事项通知如下：' (body).",
               "Seven level-1 headings in two forms: '一、主题。…' / '二、目的。…' / '六、活动内容。…' with the value after a "
               "full stop (text cut at 。), and '三、时间：…' / '四、地点：…' / '五、参加人员：…' with a short value after the "
               "colon (the whole line is the heading text by the colon rule). Kinds: 主题 other, 目的 goals (guidance "
               "accepted), 时间 phases (other accepted), 地点 and 参加人员 other, 活动内容 goals (measures accepted), 活动流程 "
               "phases. The body word '用心向上' (for 积极向上, a site substitution) is kept.",
               "七、活动流程： holds steps '1、…（3:15~3:20）' as items; '4、退团仪式（4:00~4:15）' is a short title over items "
               "（1）（2）（3）, so a level-2 heading. The texts of items 1 and 3 were set by hand because the clock colon "
               "'3:15' would trigger the colon cut. The overall time (三、时间) and the five time slots are optional phases.",
               "A page marker is glued to the start of a body line ('第1页共2页维护场地卫生…'), kept, not labelled. The last "
               "line '6、全体青年团员必须参与…' is a requirement rather than a step: item with kind requirements (phases "
               "accepted); a teacher's name in it was replaced by '负责老师'; the page ends there without a full stop.",
               "A branch secretary's name in item （1） was dropped ('团支部书记宣布…')."],
        units=["团支部"],
        extra_phases=[
            dict(name="时间", start_text="5月4日（周五）下午3:15", end_text="4:20", at="三、时间：", optional=True),
            dict(name="集合分组", start_text="3:15", end_text="3:20", at="（3:15~3:20）", optional=True),
            dict(name="推选组长", start_text="3:20", end_text="3:30", at="（3:20~3:30）", optional=True),
            dict(name="展板制作", start_text="3:30", end_text="4:00", at="（3:30~4:00）", optional=True),
            dict(name="退团仪式", start_text="4:00", end_text="4:15", at="（4:00~4:15）", optional=True),
            dict(name="活动结束", start_text="4:15", end_text="4:20", at="（4:15~4:20）", optional=True),
        ],
        text="""\
@T | 20XX年小学五四青年节活动方案
为传承五四运动的光荣传统，引导青年团员树立科学发展理念，弘扬“爱国、进步、民主、科学”的五四精神，展示我校青年团员教师用心向上的风貌、增强凝聚力，团支部决定开展“不忘初心，我有一个中国梦”主题活动，同时为满28周岁的青年团员举行退团仪式。现将活动具体事项通知如下：
@H1 sec=other | 一、主题。不忘初心，我们有个中国梦。
@H1 sec=goals alt=guidance | 二、目的。丰富青年教师的生活，搭建交流平台、增进友谊，展示青年员工用心向上的精神风貌。
@H1 sec=phases alt=other | 三、时间：5月4日（周五）下午3:15~4:20
@H1 sec=other | 四、地点：学校操场
@H1 sec=other | 五、参加人员：团支部全体成员
@H1 sec=goals alt=measures | 六、活动内容。户外彩泥主题展板制作；满28周岁团员光荣退团仪式。
@H1 sec=phases | 七、活动流程：
@I2 text=1、活动日下午3:15在学校操场集合，分4个小组 | 1、活动日下午3:15在学校操场集合，分4个小组。（3:15~3:20）
@I2 | 2、各小组推选组长、副组长各一名，组长全面负责本小组各项工作，协调分工；副组长负责人员联络，小组之间交流合作。（3:20~3:30）
@I2 text=3、后勤保障人员将活动物资搬至活动地点，其他人员直接在活动地点集合，各组组员相互配合，共同完成彩泥展板制作，并进行展示，拍照留念 | 3、后勤保障人员将活动物资搬至活动地点，其他人员直接在活动地点集合，各组组员相互配合，共同完成彩泥展板制作，并进行展示，拍照留念。（3:30~4:00）
@H2 | 4、退团仪式（4:00~4:15）
@I3 | （1）团支部书记宣布已满28周岁团员青年名单。
@I3 | （2）颁发光荣退团证，领取团员纪念品。
@I3 | （3）合影留念。
@I2 | 5、活动结束，退场。（4:15~4:20）
第1页共2页维护场地卫生，各组把本组作品和剩余材料放到综合楼三楼彩泥展示教室，卫生员检查并协助，确保操场活动区域没有纸屑、干净整洁。
@I2 sec=requirements alt=phases | 6、全体青年团员必须参与本主题活动，如有特殊情况，请提前与负责老师联系，不可擅自离场或缺席
""",
    ),
    dict(
        name="fresh60_07_school_union_womens_day_summary",
        source="https://m.shushanshe.com/huodongzongjie/22128.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('2022妇女活动总结8篇'): a school's summary of its 三八 women's day "
               "activities, organised by its trade union under the 联校教育工会's arrangements (the query asked for a "
               "women's federation; this was the first usable result). Collection title, blurb and sample number were "
               "dropped; no title of its own, so title is null. The masked anniversary 'xxx周年' is kept.",
               "Three level-1 run-in headings, kind achievements. 一、 is a whole statement ('一、为突出女教职工的地位，学校给"
               "每位女教职工发放节日慰问品一份，…') with no separate title: labelled a heading like its siblings (the "
               "text is the sentence, cut at 。); 二、 and 三、 have a title sentence followed by body.",
               "'一是…二是…三是…' inside the body of 三、 are not labelled. The page ends inside 三、 ('…积极反映女教师的呼').",
               "Units: 工会 and 教导处 organised the activities; 联校教育工会 (the superior union that set the "
               "arrangements) is not listed."],
        units=["教导处", "工会"],
        text="""\
今年是“三八”国际劳动妇女节xxx周年。为纪念这个节日，贯彻党的妇女政策，营造节日气氛，丰富女职工的业余文化生活，激励大家以饱满的热情和最好的状态在岗位上建功立业，我们按照联校教育工会的部署，结合自身实际，开展了集体项目、教学交流和座谈等活动，效果较好。现将活动情况总结如下：
@H1 sec=achievements | 一、为突出女教职工的地位，学校给每位女教职工发放节日慰问品一份，让广大女教师从切身利益上真正感受到学校对她们的关怀。
@H1 sec=achievements | 二、开展了教育教学经验交流活动，全面提高女职工的素质。为了展示我校女职工的综合素质和时代风采，教导处和工会组织了教学经验交流，全体女教师参加；活动给参与交流的女教职工搭建了展示和锻炼的平台，促进了全体女教职工素质的提高，也增强了团结协作、增进了友谊。
@H1 sec=achievements | 三、召开女教师代表及其家属座谈会。三月八日下午，工会牵头，联校领导、业绩突出的女教师代表和她们的家属一起座谈交流了两个半小时。活动达到了预期目的：一是加大了对典型的宣传；二是扩大了她们的影响，营造了尊重、关心、爱护优秀人才的氛围；三是能及时了解她们的需求，积极反映女教师的呼
""",
    ),
    dict(
        name="fresh60_08_student_party_branch_halfyear_summary",
        source="https://diyifanwen.cc/article/wd0i.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A student party branch's (05行管党支部) half-year work summary; the page shows no title line, so title is "
               "null. Students' names listed in the source (推优 and new full members) were dropped.",
               "一、基本情况 is labelled background by the corpus convention, with achievements accepted: under it the "
               "branch reports what it did. Its level-2 run-in headings '（一）…。' / '（二）…。' are achievements "
               "(background accepted); '1.“两会精神”主题会' is a level-3 heading (an event), and '（1）提高了认识，深刻了思想。' "
               "a level-4 item (a statement of results) after the lead-in '…具体体现在以下几方面：'.",
               "The date '2010年4月2日晚' in the body is an event date, not a phase. The page ends after item （1）."],
        units=["05行管党支部"],
        text="""\
上半年，05行管党支部按照学院总党支的总体工作要求，结合支部实际，围绕党员发展、组织建设和党员思想政治建设等方面开展工作，确保了支部各项工作顺利推进。
@H1 sec=background alt=achievements | 一、基本情况
@H2 sec=achievements alt=background | （一）不断扩大党员队伍，增强成员间的沟通与交流。
大三下学期大家虽然各自忙碌，但支部工作照常进行。本学期支部按照学院党总支的要求认真做好推优入党，深入班级摸底，了解推优对象的具体情况，半年内向党组织推荐了10名同学为预备党员，另有2名同学成为正式党员。
在吸收新成员的同时，支部也注重成员之间的交流。每次发展大会上，与会成员都对发展对象作了真诚、客观的评价；这让大家得以坦诚相待，对发展对象来说也是一次特别的经历，加深了大家对他们的了解，也让发展程序顺利进行。
@H2 sec=achievements alt=background | （二）提高成员的政治理论水平，继续保持党员的先进性。
@H3 | 1.“两会精神”主题会
2010年4月2日晚，支部成员在励耘楼a107召开学习“两会精神”主题会，围绕《政府工作报告》中政府职能转变、腐败、“三农”、教育、就业和金融等几个重要方面展开深入讨论。
会议内容丰富，重点突出，安排周密，节奏紧凑，收获较大，具体体现在以下几方面：
@I4 | （1）提高了认识，深刻了思想。
""",
    ),
    dict(
        name="fresh60_09_county_teachers_day_speech",
        source="https://dawenge.com/jihuazongjie/137119.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a Teachers' Day meeting reporting outstanding teachers' deeds; he speaks for "
               "'中共××县委、人大、政府、政协' (masked, kept). The site's '正文复制' button line was dropped.",
               "The opening paragraph ends in the lead-in '借此机会，我讲三点意见。' (body). Only the first point is in view, "
               "'一、回顾过去，骄人成绩令人瞩目', level 1, kind requirements by the speech convention, with achievements "
               "(it reviews results) and guidance accepted. The page ends with the lead-in '…两点初步印象：'."],
        units=[],
        text="""\
@T | 庆祝教师节优秀教师先进事迹报告大会的讲话
今天很荣幸参加第××个教师节庆祝大会。教师是崇高而光荣的职业，工作十分辛苦，在这里当教师更辛苦，更应受到尊重。我谨代表中共××县委、人大、政府、政协，向辛勤工作在教育战线上的教职员工致以节日慰问，并通过你们向支持你们工作的家人表示感谢和问候，向今天获奖的同志表示祝贺，向关心支持教育事业的各界人士表示敬意。借此机会，我讲三点意见。
@H1 sec=requirements alt=achievements,guidance | 一、回顾过去，骄人成绩令人瞩目
近段时间我的精力主要放在调查研究和抢险救灾上，对教育情况了解不多，还谈不上有发言权，今天主要是来看望大家。前两天看了一些文件资料，听了有关同志的简要汇报，对教育工作形成了两点初步印象：
""",
    ),
    dict(
        name="fresh60_10_county_employment_scheme",
        source="https://www.gzss.gov.cn/xzjdbsc/tlz_5693550/zfxxgk_5692566/fdzdgknr_5692569/zcls/202405/t20240506_84473123.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county government's work scheme on high-quality full employment (三穗县, listed under the county's human "
               "resources and social security pages), inside its issuing notice: the addressee line, the notice sentence, "
               "the signature '三穗县人民政府' and the date '2024年4月19日' are body lines before the title line; the "
               "notice's own title is not in the stored text, so the scheme's title is the only title line.",
               "Document numbers (国办发〔2023〕11号, 黔府发〔2023〕12号, 黔东南府发〔2023〕11号, 国发〔2022〕2号, 黔府发〔2022〕7号) "
               "and slogans are kept in the rewritten bodies.",
               "一、指导思想 guidance; 二、目标任务 goals, its body a list of targets for 2025 (not phases); the page ends "
               "inside it ('…就业困难人员就业370人'). No responsible unit is named in view (the county government is the "
               "issuer): units empty."],
        units=[],
        text="""\
各乡镇（街道）人民政府（办事处），三穗经济开发区管委会，县政府各部门、各直属机构：
现将经县人民政府同意的《三穗县促进高质量充分就业工作方案》印发给你们，请认真抓好贯彻落实。
三穗县人民政府
2024年4月19日
@T | 三穗县促进高质量充分就业工作方案
为贯彻《国务院办公厅关于优化调整稳就业政策措施全力促发展惠民生的通知》（国办发〔2023〕11号）、《省人民政府关于促进高质量充分就业的意见》（黔府发〔2023〕12号）和《州人民政府关于促进高质量充分就业的实施意见》（黔东南府发〔2023〕11号）等文件精神，深入实施就业优先战略，拓宽就业渠道，推动全县就业扩容提质，结合县情制定本工作方案。
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神和习近平总书记关于就业工作的重要指示精神、视察贵州重要讲话精神，落实《国务院关于支持贵州在新时代西部大开发上闯新路的意见》（国发〔2022〕2号）和黔府发〔2022〕7号文件要求；以高质量发展统揽全局，围绕“四新”主攻“四化”主战略和“四区一高地”主定位，坚持需求引导与供给优化相结合，强化就业优先政策，健全就业促进机制、就业公共服务体系和重点群体就业支持体系，实现更加充分更高质量就业。
@H1 sec=goals | 二、目标任务
到2025年，全县年均实现城镇新增就业2800人以上，帮助失业人员再就业320人以上，促进就业困难人员就业370人
""",
    ),
]
