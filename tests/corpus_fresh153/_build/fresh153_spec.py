# -*- coding: utf-8 -*-
"""The 153rd held-out fresh set: WORK PLANS (工作计划) of schools, a
kindergarten, school departments and groups (教研组, 大队部, 团委, a
village school's moral-education plan) and a class teacher, with
指导思想 / 工作目标 / 主要任务 / 具体措施 / 工作安排 parts and month rows.
Found as stored public web pages with the `search` tool's `pages` corpus
(queries in notes_queries.txt).  None of the source pages is a source of
another set (checked against every label file, used_sources.tsv and
exclusion list under /work/main/tests/corpus_fresh*/, /work/fresh*/ and
/work/wt-lead/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate, collection titles,
  sample numbers and other samples of a collection were dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened (long
  item lines keep their numbering and first clause, the rest rewritten).
  Dates, figures, unit and place names, slogans and masking are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH153_DOCS = [
    dict(
        name="fresh153_01_middle_school_second_term_work_plan",
        source="http://freekaoyan.com/wm/01/023/20151119/1447915499421593.shtml",
        doc_kind="plan", partial=True,
        title_override="20xx—20xx学年第二学期工作计划",
        notes=["A middle school's (**中学) second-term work plan, masked years '20xx—20xx'. The page's own heading "
               "('20XX-20XX学年第二学期工作计划') was dropped as site chrome; the document then shows a cover line with the "
               "title run into the masked school name ('…工作计划**中学') and the title again. Both are title lines; "
               "the label takes the plain title.",
               "All headings are unnumbered: two standalone labels '指导思想' and '工作目标和重点' (level 1) and three "
               "'label：body' lines '学校管理目标：…', '队伍建设目标：…', '德育工作目标：…' (level 2, goals; text cut at the "
               "colon).",
               "The store's text ends inside the third label's body ('德育工作目标：一是进一步完善德'); the fragment was "
               "dropped and the label kept as a bare heading.",
               "The body's slogans ('德育为首，育人为本，素质为重，创新为先', '三优一好工程', '名师工程', '青蓝工程') and the "
               "masked county (**县) are kept."],
        units=["**中学"],
        text="""\
@T | 20xx—20xx学年第二学期工作计划**中学
@T | 20xx—20xx学年第二学期工作计划
@H1 sec=guidance | 指导思想
以邓小平理论、“三个代表”重要思想和科学发展观为指导，落实党的十六大、十六届六中全会和**县第十三届党代会精神，围绕“发展”“教学”“质量”三点，坚持“德育为首，育人为本，素质为重，创新为先”的办学理念和“以德立校、依法治校、科研兴校、质量强校”的方略，争创“管理一流，质量一流，服务一流”的品牌学校。
@H1 sec=goals | 工作目标和重点
@H2 | 学校管理目标：推行以德治校、依法治校方案，完善校长负责制，发挥党组织的政治核心和监督作用以及教代会的民主管理作用，探索年级组管理，理顺校长——各处室——年级组三级管理，建立以人为本、规范高效的管理模式。
@H2 | 队伍建设目标：建设师德高尚、业务精良、结构合理、富有创新精神的教师队伍；继续实施“三优一好工程”、“名师工程”和“青蓝工程”，多开展公开课交流，重点培养年轻教师和骨干教师，力争培养出县内、市内有名的骨干教师。
@H2 | 德育工作目标：
""",
    ),
    dict(
        name="fresh153_02_school_maths_group_term_plan",
        source="https://xcsx.wujiang.edu.cn/2025_09/12_16/content-159365.html",
        doc_kind="plan", partial=True,
        notes=["A primary school maths teaching-research group's plan for the first term of 2025-2026, published on "
               "the school's own site (盛泽新城实验学校). The title line carries the school and term after a dash "
               "('数学教研组工作计划 ——盛泽新城实验学校2025-2026学年第一学期', with a space before the dash); the whole line is "
               "the title. The site's date and view-count line was dropped.",
               "Under 二、工作目标 and 三、主要任务 every 1. line is a 'label：body' heading ('1.教师发展：…'), text cut at "
               "the colon; level 2.",
               "三、主要任务 lists the group's task areas: goals, measures accepted (also for its 1.–3.).",
               "The store's text ends inside 3.优化作业与评价 (an open quote '“口算'); its body was rewritten from the "
               "visible part only."],
        units=["数学教研组"],
        text="""\
@T | 数学教研组工作计划 ——盛泽新城实验学校2025-2026学年第一学期
@H1 sec=guidance | 一、指导思想
以《义务教育数学课程标准（2022年版）》为指导，落实立德树人根本任务，围绕数感、量感、符号意识、运算能力、推理意识等核心素养，结合学校教学工作总目标，以提升课堂效率、促进教师成长、优化学生学业为中心开展教研，推动小学数学教学高质量发展。
@H1 sec=goals | 二、工作目标
@H2 | 1.教师发展：帮助组内教师特别是新教师和青年教师提高备课、上课、评课和教研能力，每学期至少培养1-2名校级优秀课例教师，形成互助共进的教研氛围。
@H2 | 2.课堂优化：建设高效课堂，推广情境教学、探究式学习等适合小学数学的模式，减轻学生的畏难情绪，提高课堂参与度。
@H2 | 3.学生成长：坚持因材施教，培养数学思维和应用能力，年级数学学业合格率达95%以上，优秀率稳步提高，减少两极分化。
@H2 | 4.教研落地：完成1-2个校级微课题研究（如低年级口算能力、中高年级应用题解题思路的指导策略），形成可推广的经验。
@H1 sec=goals alt=measures | 三、主要任务
@H2 alt=measures | 1.深化集体备课：按年级组分成备课小组，以单元整体备课为核心，明确每个单元的目标、重难点、教法和作业，每单元至少集中备课1次，建立教案与课件资源库。
@H2 alt=measures | 2.强化课堂研讨：开展听评课活动，每人每学期至少上1节公开课或研讨课、听课不少于15节，围绕核心素养落实和课堂互动设计等主题研讨，课后及时评课改进。
@H2 alt=measures | 3.优化作业与评价：结合各年级学情设计“基础+分层+实践”类数学作业，例如低年级的“数学绘本阅读”。
""",
    ),
    dict(
        name="fresh153_03_english_group_teaching_plan_with_month_rows",
        source="https://52xueshu.com/w/docv33fen5hf.html",
        doc_kind="plan", partial=True,
        notes=["The first sample ('英语教研组教学工作计划 篇一') of a collection page (15 samples): an English "
               "teaching-research group's term plan. The collection title, date and sample heading were dropped; the "
               "sample has no title of its own, so title is null.",
               "一、教学目标： and 二、教学重点、难点： end in a colon with the body on the next line; 二、 is goals (other "
               "accepted: it states the focus of the term's teaching research).",
               "Under 三、具体措施 the 1、–5、 lines mix kinds: '2、规范集体备课行为' is a short title with a body line below "
               "and '5、教师中开展各种形式的教研活动，努力提高教师素质。' carries six 1）–6） items, so both are headings; "
               "1、3、4、 are single task statements, labelled items. The source's wording is kept in the item lines, "
               "including '实效话' (for 实效化) and '学习交活动'.",
               "四、教学工作及课时安排： opens month rows; only '八月份：' is visible (a phase with the month as start, no "
               "end); its body is cut off in the store ('进行正常教') and was rewritten from the visible part."],
        units=["教研组", "学科教学备课组"],
        text="""\
@H1 sec=goals | 一、教学目标：
组织全组教师落实学校的英语教学研究，以提高教研质量和教学质量为目标，增强学习、教研与合作意识，以培养学生的创新精神和实践能力为重点，以研促教，提高学生素质。
@H1 sec=goals alt=other | 二、教学重点、难点：
以课程改革为中心完善教学常规，组织教师参加课改理论学习和培训，提高教师整体素质和学科教学质量，让每位组员都有收获。
@H1 sec=measures | 三、具体措施
@I2 | 1、设立学科教学备课组，加强集体备课的次数及实效话。
@H2 | 2、规范集体备课行为
落实“三定”（定内容、定人员、定时间）、“三统一”（统一要求、统一重点、统一难点）和“六备”（备目标、教材、学生、课标、学法、作业）；每周三第八节集中研讨一个主题，由一名教师作中心发言，其他教师补充。
@I2 | 3、积极开展教研组听课，评课活动专题，重点研究学生学习习惯和合作学习意识的培养。
@I2 | 4、抓好新课程与新教材培训，使教研组成员对课堂教学重点及难点的确立更加明确。
@H2 | 5、教师中开展各种形式的教研活动，努力提高教师素质。
@I3 | 1）举办新教师上“公开课”，青年教师上“成长课”。
@I3 | 2）举办新课改考试纲要学习交活动。
@I3 | 3）开展英语新课教学研究。
@I3 | 4）组织学生参加教育部门组织的竞赛。
@I3 | 5）认真落实，月考，期中，期末的质量检测，以学促教。
@I3 | 6）认真落实培优转差的帮辅工作。
@H1 sec=phases | 四、教学工作及课时安排：
@H2 phase=八月份;八月份; | 八月份：
制定各年组的工作计划。
""",
    ),
    dict(
        name="fresh153_04_village_primary_moral_education_year_plan",
        source="https://365docx.com/view/7c0938f9b2.html",
        doc_kind="plan", partial=True,
        title_override="德育工作计划（全年）",
        notes=["A village primary school's whole-year moral-education plan (八郎镇北上村小学, dated 2013年3月), from a "
               "document site. The page shows a cover: the title '德育工作计划（全年）' (brackets restored), the school line, "
               "the date line, then the title again without the bracket ('德育工作计划'). Lines 1 and 4 are title lines "
               "(the label takes the cover title); the school and date lines are body.",
               "'一、指导思想 ：' keeps the source's space before the colon.",
               "二、德育工作总体目标 lists numbered goal statements 1.–6. (items, goals); the page ends inside 7. "
               "('7.抓好我校的德育工作，根据本地实际情况'), which was dropped. Only two required headings.",
               "The superior 中心校 whose plan guides this one is not listed as a unit."],
        units=["八郎镇北上村小学"],
        text="""\
@T | 德育工作计划（全年）
八郎镇北上村小学
2013年3月
@T | 德育工作计划
@H1 sec=guidance | 一、指导思想 ：
以中心校德育工作计划为指导，从本校实际和学生成长需要出发，把德育工作做实、做细；以爱国教育、感恩教育为载体进行情感教育，以引导学生“勤奋学习、快乐生活、全面发展”为重点，形成北上村小学的德育特色。
@H1 sec=goals | 二、德育工作总体目标
@I2 | 1.加强德育队伍建设，深入学习党的“十八大”精神，围绕其提出的思想、观点、论断开展主题系列教育活动。
@I2 | 2.认真贯彻实施《小学生守则》、《小学生日常行为规范》及《十个道德好习惯》的养成教育，努力提高养成教育的实效性。
@I2 | 3.弘扬民族精神，开展学雷锋主题系列教育活动，教育学生做有道德、有修养的人。
@I2 | 4.继续深入开展“五个一百”和“中华诗词进校园”读书活动。
@I2 | 5.发挥学校、家庭、社会三结合的教育作用，开好家长会，形成共同抓好德育工作的合力。
@I2 | 6.加强法制、安全、卫生和心理健康教育，促进学生全面健康成长。
""",
    ),
    dict(
        name="fresh153_05_primary_brigade_term_plan_with_month_rows",
        source="https://m.zixin.com.cn/docdown/7817463.html",
        doc_kind="plan", partial=True,
        title_override="2011-2012学年度第二学期大队部工作计划",
        notes=["A primary school Young Pioneers brigade's (大队部) plan for the second term of 2011-2012, from a "
               "document-sharing site that delivered one run-together block with chunk markers; it was split into lines "
               "at the heading and item boundaries the text shows.",
               "Title: the block opens with the chunk marker '1、' and the file name '大队部工作计划2', then the "
               "document's title; both are title lines, the label takes the document's title.",
               "The second chunk marker '2、' falls inside item 2 at a clause boundary ('2、利用好板报等文化宣传阵地，增强少先队"
               "文化的感染力，' / '2、开展好每周一次 的校园广播，…'): the second line is the continuation of item 2 and site "
               "debris, never labelled, although it looks like a repeated 2、. Its PDF space ('每周一次 的') is kept.",
               "'一、指导思想 ：' keeps the source's space before the colon. 二、工作重点： holds five task statements "
               "(items, goals).",
               "三、工作安排： holds month rows '二月份：' '三月份：' '四月份：' (level 2, each a phase with the month as start "
               "and no end) with numbered tasks (items, level 3). The store's text ends at '2、“4.22世界' under 四月份, "
               "which was dropped."],
        units=["大队部"],
        text="""\
@T | 1、大队部工作计划2
@T | 2011-2012学年度第二学期大队部工作计划
@H1 sec=guidance | 一、指导思想 ：
新学期开始，我校大队部以“三个代表”重要思想和“争当四个好少年”的精神为指导，落实全国少代会对少年儿童“勤奋学习、快乐生活、全面发展”的要求，以“安全教育”为主线，提高少年儿童的综合素质，推动少先队工作再上新台阶。
@H1 sec=goals | 二、工作重点：
@I2 | 1、组织队员认真学习小学生日常行为规范，通过红旗下的讲话、黑板报等形式加强教育，让学生从小养成良好的行为和道德习惯。
@I2 | 2、利用好板报等文化宣传阵地，增强少先队文化的感染力，
2、开展好每周一次 的校园广播，教育少先队员坚持佩戴红领巾，要学唱队歌。
@I2 | 3、坚持周一升旗仪式，努力提高升旗仪式的效果，做到规范，有教育意义，让学生会唱国歌、懂得升旗礼节。
@I2 | 4、继续规范值日生、广播员、升旗手的工作，充分调动同学们的积极性。
@I2 | 5、结合“学雷锋”活动、清明节、端午节、劳动节、六一儿童节入队等节日和主题活动，开展以爱国主义为核心的民族精神教育，帮助少年儿童树立民族自尊心和自豪感。
@H1 sec=phases | 三、工作安排：
@H2 phase=二月份;二月份; | 二月份：
@I3 | 1、“安全月”教育活动
@I3 | 2、出一期安全主题黑板报
@H2 phase=三月份;三月份; | 三月份：
@I3 | 1、开展学雷锋系列活动
@I3 | 2、开展“3.12”环保教育活动
@I3 | 3、出一期学雷锋主题黑板报
@H2 phase=四月份;四月份; | 四月份：
@I3 | 1、结合清明节组织祭扫烈士墓活动
""",
    ),
    dict(
        name="fresh153_06_school_youth_league_term_plan",
        source="http://16fw.com/jhfw/dsjh/17340.html",
        doc_kind="plan", partial=True,
        notes=["A school Youth League committee's (校团委) term plan; the page starts at 一、指导思想 with no title line "
               "(title null).",
               "二、人员分工 lists three masked staff ('zz同志：主管团委工作'): key-value items (responsibilities); the "
               "masking zz is kept, the third item's long duty list was shortened.",
               "三、工作要点： mixes two line types: '1. 开展团员民主评议。…' (with a space after '1.') and '4.团员注册，"
               "完善组织结构。…' are short titles run in before their body (headings, level 2), while '2.加强组织建设，…' "
               "and '3.加强“区域三包”工作的检查力度，…' are single task sentences (items).",
               "四、工作措施 is measures; its 1. is one long task statement (item). The page ends inside 2. "
               "('2.贯彻落实团组织各项规章制度，'), which was dropped.",
               "The school's 党总支 leads the committee and is not listed as a unit."],
        units=["校团委", "学生会", "校园广播站"],
        text="""\
@H1 sec=guidance | 一、指导思想
新学期里，校团委在学校党总支领导下，按照学校“转作风、树形象、强管理、提质量”的要求，以教学和德育工作为轴心，落实学校和上级团委的部署，深化团组织的品牌工作，开拓服务青少年成长的新领域，带领团员青年为学校建设作出新贡献。
@H1 sec=responsibilities | 二、人员分工
@I2 | 1、zz同志：主管团委工作
@I2 | 2、zz同志：主持团委工作
@I2 | 3、zz同志：负责团委、学生会日常事务及全校卫生检查通报工作，兼管联络、文字材料和团委办公室日常事务。
@H1 sec=goals | 三、工作要点：
@H2 | 1. 开展团员民主评议。把安全、纪律、行为习惯教育与团员意识教育结合起来开展评议，增强团员的光荣感、使命感和责任感。
@I2 | 2.加强组织建设，提高学生干部的思想政治素质和工作能力，转变作风，完善管理体系，使团委工作有序有效地进行。
@I2 | 3.加强“区域三包”工作的检查力度，提高检查透明度，在卫生检查分数上拉开距离。
@H2 | 4.团员注册，完善组织结构。做好团员登记注册，确保人人有档案，完善团费收缴，壮大团组织队伍。
@H1 sec=measures | 四、工作措施
@I2 | 1.选拔播音员，建立健全校园广播站组织，设立完善的班级稿件上报制度，拓展广播内容的资源渠道。及时报道校园新闻、时事和好人好事，办好课外学习栏目。
""",
    ),
    dict(
        name="fresh153_07_grade_four_teacher_term_plan_with_month_rows",
        source="https://www.gwyoo.com/haowen/86264.html",
        doc_kind="plan", partial=True,
        notes=["The first sample ('四年级教师个人工作计划篇1') of a collection page: a fourth-grade class teacher's "
               "spring-term plan. The collection title, date, blurb and sample heading were dropped; the sample has no "
               "title of its own, so title is null.",
               "The plan has no numbered section headings: after a review paragraph, a lead-in ('本学期的新目标主要有：', "
               "body, not labelled) introduces five goal statements 1、–5、 (items, level 1, goals); then the unnumbered "
               "label '每月工作安排：' (level 1, phases).",
               "Month rows '二月：' and '三月：' (level 2, each a phase with the month as start, no end) carry 1.–5. tasks "
               "ending in '；' (items, level 3).",
               "The store's text ends with '3.庆祝“三八”妇女节：', kept as written (an item whose body is not shown)."],
        units=[],
        text="""\
上学期在各科任课老师的共同努力下，开学初提出的“创设良好的学习氛围，形成团结向上的集体”目标基本实现，班风积极向上，竞赛成绩较好，班级管理有序，学生基本能自主管理，但也留下了一些教训。
根据上学期的班级情况，本学期的新目标主要有：
@I1 sec=goals | 1、本学期学校提出了“以安全工作为主线”，在做好安全检查的同时时刻对学生进行安全教育，把安全放在工作的首位。
@I1 sec=goals | 2、本学期仍把抓好学生的学习作为重要工作，提高学习兴趣，利用早晨、中午、课间和放学后做好培优补差。
@I1 sec=goals | 3、平时配合学校开展活动，从中增强班级的凝聚力。
@I1 sec=goals | 4、健全和完善学生自主管理，发挥学生自我管理的能动性。
@I1 sec=goals | 5、每周对学生的行为突出重点进行训练，促使良好习惯的养成。
@H1 sec=phases | 每月工作安排：
@H2 phase=二月;二月; | 二月：
@I3 | 1.做好开学工作（报名、收费）；
@I3 | 2.做好校园环境卫生工作；
@I3 | 3.进行班级寒假情况调查，书写寒假小结；
@I3 | 4.上报中午就餐学生、乘车学生名单，并做好管理工作；
@I3 | 5.加强期初行为规范教育。
@H2 phase=三月;三月; | 三月：
@I3 | 1.班报刊出；
@I3 | 2.开展“学雷锋、树新风”主题教育活动；
@I3 | 3.庆祝“三八”妇女节：
""",
    ),
    dict(
        name="fresh153_08_kindergarten_2010_work_plan",
        source="http://henanlong.com/c/052561R3H022.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's 2010 work plan (大朗镇). The page's heading line reads '幼儿园工作计划 幼儿园工作计划2010' "
               "(the site's category name, then the document's title); the category name was dropped and "
               "'幼儿园工作计划2010' kept as the title line.",
               "The store's text is PDF-spaced (' , ' around every comma); the spaces sat in body and item text, which "
               "was rewritten.",
               "Both sections 一、指导思想 and 二、主要工作目标 consist of numbered statements 1、–3、 and 1、–4、 (items; the "
               "1、 items under 指导思想 are guidance). Only two required headings. The page ends inside 4. ('…分段开展课题"
               "现场交流、反思，并'); the fragment after its first sentence was dropped.",
               "大朗镇教育办 (whose guidance the plan follows) and the community police station (a partner) are not listed "
               "as units."],
        units=[],
        text="""\
@T | 幼儿园工作计划2010
@H1 sec=guidance | 一、指导思想
@I2 | 1、根据大朗镇教育办指导精神，从幼儿园工作实际出发，以实施素质教育为核心、标准化管理为抓手、提高教师教育教学能力为关键、校园文化建设为载体，把我园建成平安、和谐、健康、文明的快乐之园。
@I2 | 2、深入学习《幼儿园教育指导纲要》，把握其精髓，强化服务意识，遵循幼儿身心发展规律，通过课程实施和课题研究提升教学效益。
@I2 | 3、牢固树立以人为本的管理观念，做到四个新：教育观念不断更新；教育方法不断创新；思想观念不断立新；与时俱进不断求新。
@H1 sec=goals | 二、主要工作目标
@I2 | 1、加强社区派出所与幼儿园的联系，使安全保卫工作走向正规化，强化保安、教师和员工的安全意识，加强幼儿的自我保护教育。
@I2 | 2、围绕课程目标的建构与大朗镇幼儿园良好行为习惯养成目标的落实加强研讨，强化幼儿一日生活管理，提高来园活动质量。
@I2 | 3、加强师资队伍建设，引导全体教师敬业爱岗，提高职业道德水平，通过课题研究和各年龄段课程活动提高教研水平。
@I2 | 4、加强教师专业技能培训、培养，促进教师素质内涵的发展，使教师的专业水平有明显地提高。
""",
    ),
]
