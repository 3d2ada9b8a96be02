# -*- coding: utf-8 -*-
"""The seventy-sixth held-out fresh set: 工作要点 and the documents close to
them (工作思路, 年度/学期工作计划) -- an education bureau's 2023 work ideas and
points, a city association of science and technology's points for its
societies, a district federation of trade unions, a city culture-and-tourism
bureau, an education bureau's reform work ideas, a city's basic-education
points, and, to fill the set, four school plans (a primary school's spring
plan, a township school's annual plan, a primary school union's plan and a
school academic-affairs office's term plan).  Found as stored public web
pages with the `search` tool's `pages` corpus (log in notes_queries.txt).
None of the source pages is a source of an earlier set (checked against every
label file and every used-source list under /work/fresh*, tests/corpus_* and
shared/corpus-dev; see /work/fresh76/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, collection titles, sample numbers, blurbs, download panels)
  was dropped.
- Heading and title lines keep the source's numbering and wording.  The store
  keeps NFKC-normalised text, so full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH76_DOCS = [
    dict(
        name="fresh76_01_district_education_2023_work_ideas_points",
        source="https://guanshanwenku.com/gongzuozongjie/2023/02/46890_20.html",
        doc_kind="plan", doc_kind_alt=["summary"], partial=True,
        notes=["Page 20 of a collection ('2022年工作总结和2023年工作计划-42篇'): the visible part starts at the second "
               "part of a district education system's summary-and-plan ('二、2023年工作思路及要点'); the site slogan, the "
               "collection title and the posting line were dropped. The sample shows no title line of its own: title null.",
               "二、 is level 1 (the top level in view; its sibling 一、 lies before the visible part). Kind goals, with "
               "guidance and next_steps accepted (it is the plan part of a summary-and-plan).",
               "The five points of the '12345' work idea are unnumbered run-in lines ('强化一条主线，就是…', '完善四个体系："
               "一是…'), labelled level-2 headings with numbering none, kind guidance (goals accepted); their texts are set "
               "by hand at '，就是' or cut at the colon.",
               "After the lead-in '根据“12345”工作思路，2023年XX教育工作要点如下：' (body) the points start with （一） (level 2, "
               "goals; measures accepted). The page ends in the fragment '一是做好党的二十大', a line-initial 一是 kept as "
               "an item at level 3.",
               "'XX教育', 'XX“双区建设”' and the plan titles with XX are masked in the source and kept so."],
        units=[],
        text="""\
@H1 sec=goals alt=guidance,next_steps | 二、2023年工作思路及要点
2023年是全面贯彻党的二十大精神的开局之年，也是XX教育发展“十四五”规划承上启下的一年。全年XX教育的总思路是：以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和新发展理念，坚持稳中求进，统筹发展和安全，落实“12345”工作思路，推动教育高质量发展，提升公平优质均衡水平，为XX“双区建设”“领湾发展”提供民生保障。
@H2 sec=guidance alt=goals text=强化一条主线 | 强化一条主线，就是紧扣全面贯彻党的二十大精神这条主线，全面加强党对教育工作的领导。
@H2 sec=guidance alt=goals text=坚持双向发力 | 坚持双向发力，就是在优质和均衡两个方向同时用力，落实《XX区教育系统创建“全国义务教育优质均衡发展区”三年目标规划（2022-2024年）》，让全区教育资源布局均衡、整体优质。
@H2 sec=guidance alt=goals text=推动三个领先 | 推动三个领先，就是继续落实《XX区教育领先行动计划（2022-2024年）》，在学校建设、教师发展、学生发展上争取领先。
@H2 sec=guidance alt=goals | 完善四个体系：一是教育经费保障体系；二是校长教师发展体系；三是教育教学研究体系；四是教育检测评价督导体系。
@H2 sec=guidance alt=goals | 开展五大行动：一是教师队伍精英领航行动；二是教育数字化建设行动；三是五育并举全面发展行动；四是集团化办学治理升级行动；五是民办教育提质促优行动。
根据“12345”工作思路，2023年XX教育工作要点如下：
@H2 sec=goals alt=measures | （一）推动党的二十大精神学习贯彻走深走实，全面加强党对教育工作的领导，深入推进全面从严治党
@I3 | 一是做好党的二十大
""",
    ),
    dict(
        name="fresh76_02_city_sci_assoc_society_work_points",
        source="https://tgf3.com/news_show.aspx?id=91024",
        doc_kind="plan", partial=True,
        notes=["A city association of science and technology's notice issuing its 2024 points for the work of its "
               "societies (学会学术、学会党建、国际; the city is 武汉, named in the opening). The page starts at the "
               "addressee line; the notice's own title is not in view. Addressee, the issuing sentence and the date line "
               "'2024年3月15日' are body lines; the title line is the points' own title "
               "'2024年学会学术（学会党建、国际）工作要点'.",
               "一、 is level 1 (goals, measures accepted: the task area of a plan); its 1./2. run-in lines "
               "('1.完善学会党建运行体制机制。…') are level-2 headings. The page ends inside item 2 ('…推得开的学会').",
               "No lead unit is named beyond the addressees (not listed)."],
        units=[],
        text="""\
各市属学会，各区科协，企事业科协，在汉高校科协：
为贯彻党的二十大精神和市委、市政府的部署，结合市科协的重点工作，我们制定了《2024年学会学术（学会党建、国际）工作要点》，现印发给你们，请结合实际抓好落实。
2024年3月15日
@T | 2024年学会学术（学会党建、国际）工作要点
2024年，学会学术（学会党建、国际）工作以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神，加强思想政治引领，发挥桥梁纽带作用，深入开展学术交流，规范学会管理，扩大对外合作，团结科技工作者为武汉建设具有全国影响力的科技创新中心、打造新时代英雄城市出力。
@H1 sec=goals alt=measures | 一、坚持党建引领，推进学会党建与业务深度融合
以增强政治性、先进性、群众性为目标，把加强党的建设作为重点，发挥市属学会党组织的政治核心和战斗堡垒作用，找准党建和业务的结合点，总结推广先进经验，提升融合发展质量，巩固学会在科协事业中的主体地位。
@H2 | 1.完善学会党建运行体制机制。召开武汉市科协科技社团党委成立大会，健全其运行机制；扩大学会党的组织覆盖和工作覆盖，指导学会完善制度，提高党建工作的科学化、规范化水平。
@H2 | 2.组织实施“党建引领学会能力提升专项”。坚持党建强会，以提升服务效能为目标、以党建示范化和活动品牌化为重点推进专项，深化一流学会建设，加强宣传和典型发掘，推出一批叫得响、立得住、推得开的学会
""",
    ),
    dict(
        name="fresh76_03_district_trade_union_2024_work_points",
        source="https://yzwku.com/doc/1235796.html",
        doc_kind="plan", partial=True,
        notes=["A district federation of trade unions' 2024 work points (district name masked 'XX区') from a "
               "document-sharing page; the page's file name and share blurb ('《XX区总工会2024年工作要点.docx》由会员分享…') "
               "were dropped.",
               "The site's chunk markers are kept and never labelled: '1、' glued before the title (line 1, a title line; "
               "the title is set without it), '2、' starting line 5 in the middle of a sentence ('2、首要政治任务，…'), and "
               "'3、' starting line 8 in the middle of a word: the heading '3.巩固工会宣传教育阵地' is split by the marker "
               "into '3.巩固工' (line 7, labelled with that text) and '3、会宣传教育阵地。…' (debris continuation).",
               "The store ran the title into the opening and the first heading into its first point "
               "('…工作要点2024年，…', '一、大力加强职工思想政治引领1 .坚持…'); they were put on their own lines. The "
               "store shows the points as '1 .', '2 .', '3 .' with a space before the dot; normalised to '1.' '2.' '3.'.",
               "'2024年，全区工会工作总体要求是：…' is a body sentence, not a label heading. 一、 is level 1 (goals, measures "
               "accepted); the 1./2./3. points are level-2 run-in headings."],
        units=["XX区总工会"],
        title_override="XX区总工会2024年工作要点",
        text="""\
@T | 1、XX区总工会2024年工作要点
2024年，全区工会工作总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和习近平总书记关于工人阶级和工会工作的重要论述，在区委和上级工会领导下，围绕全区“XX”发展思路和XX工会三大确定的目标任务，加强思想政治引领，提升维权服务水平，加强自身建设，团结全区职工为建设产强、城美、民富、人和的现代化新XX出力。
@H1 sec=goals alt=measures | 一、大力加强职工思想政治引领
@H2 | 1.坚持用党的新思想、新理论凝心聚魂。把学习宣传习近平新时代中国特色社会主义思想和党的二十大精神当作全区各级工会的
2、首要政治任务，抓好工会工作论述摘编和中国工会十八大精神的学习贯彻，开展接地气的职工宣讲，推动新思想进基层、进企业、进车间、进班组。
@H2 | 2.打造健康向上的职工文化。开设形式多样的职工思政课；把学雷锋与弘扬劳模精神、劳动精神、工匠精神结合，打造工会系统学雷锋品牌；选送节目参加XX市职工文化艺术节；推进职工书屋建设和主题阅读，全年争创市级职工书屋示范点1家。
@H2 text=3.巩固工 | 3.巩固工
3、会宣传教育阵地。落实意识形态工作责任制，牢牢掌握
""",
    ),
    dict(
        name="fresh76_04_city_culture_tourism_bureau_work_points",
        source="https://www.wengaopai.com/doc/97680.html",
        doc_kind="plan", partial=True,
        notes=["A city culture-and-tourism bureau's work points (city masked 'X市') from a document-sharing page. The "
               "title says 2025 while the opening speaks of 2022 ('2022 年，全市文化和旅游工作…'): both kept as the page "
               "shows them; the PDF spacing '2022 年' is kept.",
               "The page is PDF text broken into short lines; the breaks inside sentences and inside the first heading "
               "were joined (the heading '一、聚力满足人民美好生活新需求，提升文化服务新效能' continued on the next PDF line with "
               "'加快文化事业产业发展取得新动力', joined with '，').",
               "一、 level 1 (goals, measures accepted), （一）实施现代公共服务体系建设工程 level 2, the run-in "
               "'1.加快推进公共文化服务设施建设。…' level 3. The page ends inside point 1 ('深入开展镇')."],
        units=[],
        text="""\
@T | 市文化和旅游局2025年工作要点
2022 年，全市文化和旅游工作以习近平新时代中国特色社会主义思想为指导，立足新发展阶段、贯彻新发展理念，以创建国家全域旅游示范区、国家文化消费示范市为两条主线，抓住大运河国家文化公园建设、中华文化枢轴建设、X地区县域协同发展、X经济圈一体化发展四大机遇，统筹疫情防控、安全生产和发展，实施现代公共服务体系建设、优秀传统文化传承弘扬、文化产业培育、旅游项目带动等“八大工程”，推动文旅深度融合、高质量发展，力争进入全省文旅发展“第一方阵”，为建设美德X、文明X、富强X提供新动力。
@H1 sec=goals alt=measures | 一、聚力满足人民美好生活新需求，提升文化服务新效能，加快文化事业产业发展取得新动力
@H2 | （一）实施现代公共服务体系建设工程
@H3 | 1.加快推进公共文化服务设施建设。推进镇（街）和村（居）两级综合性文化服务中心建设提升，把孔子学堂建设融入基层公共文化服务体系，推进“孔子学堂与农家书屋”共建；采购出版物突出差异化和个性化，优选X籍作家作品和本地书目，开展农家书屋出版物补充更新；深入开展镇
""",
    ),
    dict(
        name="fresh76_05_education_bureau_2018_reform_work_ideas",
        source="http://www.nepao.com/show-58-304599-1.html",
        doc_kind="plan", partial=True,
        notes=["An education bureau's 2018 reform work ideas (the district is named '中区' in the text). The page's "
               "counter, date, previous/next links and comment line were dropped.",
               "The store keeps each heading glued to its body with two spaces ('一、总体要求  认真学习…'); kept that way, "
               "heading texts set by hand. The third heading ends in the bracket that opened its first point "
               "('三、改革工作要点  （'), where the visible text stops.",
               "一、总体要求 guidance, 二、主要目标任务 goals, 三、改革工作要点 goals (measures accepted)."],
        units=[],
        text="""\
@T | 教育局2018年改革工作思路
@H1 sec=guidance text=一、总体要求 | 一、总体要求  学习贯彻党的十九大精神和省、市、区委的部署，落实党的教育方针和各级中长期教育发展规划纲要及区教育改革发展“十三五”规划，以立德树人为根本、教育现代化为主线、优质均衡发展为主题、教育治理体系和能力建设为保障，深化改革、提升品质，抓关键、补短板、强弱项，在幼有所育、学有所教上取得新进展，推动中区由教育大区向教育强区迈进。
@H1 sec=goals text=二、主要目标任务 | 二、主要目标任务  抓好一个重点：区域教育优质均衡发展；遵守两个基本原则：稳中求进和内涵发展；夯实四大基础：四个扎扎实实、四个意识、四个转变、四种本领；着力六个聚焦：聚焦根本保证，加强党对教育工作的领导；聚焦根本任务，推进立德树人；聚焦群众关切，完善公共教育服务体系；聚焦提升贡献力，促进内涵发展；聚焦激发活力，深化教育改革；聚焦高素质专业化，加强教师队伍建设；聚焦保障体制，夯实事业基础。
@H1 sec=goals alt=measures text=三、改革工作要点 | 三、改革工作要点  （
""",
    ),
    dict(
        name="fresh76_06_city_basic_education_work_points",
        source="https://www.xiaomilidoc.com/p-13268133.html",
        doc_kind="plan", partial=True,
        notes=["A city education bureau's points for basic education (city masked '*', aiming to make it 'the "
               "education centre of central-western Zhejiang') from a document-sharing page whose conversion moved the "
               "quotation marks: '2024“”“”年' and '2“”、' carry the marks that belonged to '十六大' / '三个代表' and "
               "'两高', which are left with spaces ('党的 十六大 精神', '两高 普九'). The year reads 2024 although the "
               "content (十六大, 三个代表) is older; kept as shown. The page shows no title line: title null.",
               "The page ran everything into one block; it was split at the numbered points. 1、 and the damaged '2“”、' "
               "are level-1 headings (goals, measures accepted); the numbering token '2“”、' is kept as written, so the "
               "builder gives it style none (the intended class is 1、). The （1）… task lines are items at level 2.",
               "Conversion word substitutions are kept in headings and items ('仔细' for 认真, '进展' for 发展, "
               "'法律规范' for 规范); '进“”一步' inside item 2（1） is kept. The page ends inside 2（3） ('…有针对')."],
        units=[],
        text="""\
2024“”“”年，基础教育工作要继续贯彻党的 十六大 精神和 三个代表 的重要思想，学习落实《国务院关于基础教育改革与进展的决定》《国务院关于进一步加强农村教育工作的决定》和全国农村教育工作会议精神，围绕市委市政府把*建设成为浙江中西部教育中心的目标和相关规划，按上级教育行政部门和市教育局2024年的部署，解放思想、深化改革、开拓创新，做好各项工作。
@H1 sec=goals alt=measures | 1、构建法律规范的学前教育体系。
@I2 | （1）继续仔细贯彻执行《幼儿教育进展纲要》。
@I2 | （2）在全市幼儿入园率继续提高的同时，重点抓农村学前教育：落实城镇学前教育机构的规划和配套建设，鼓舞农村因地制宜办园，加快乡镇中心幼儿园建设，提高农村适龄儿童接受学前教育的比例。
@I2 | （3）加大幼儿园老师、园（所）长培训力度，重视学前教育教科研，提高办园（所）质量。
@I2 | （4）开展示范性幼儿园的创建评估活动，发挥示范辐射作用。
@I2 | （5）积极探究 0-3 岁婴幼儿的早期教育。
@H1 sec=goals alt=measures num=2“”、 | 2“”、加大实施 两高 普九力度
@I2 | （1）继续贯彻《浙江省高标准高质量普及九年义务教育要求及实施办法（施行）》，进“”一步加大实施 两高 普九的力度，帮扶薄弱学校，推动全市义务教育向高标准、高质量、均衡化进展。
@I2 | （2）做好基础教育课程改革，调查研究课改中的问题并及时解决，借课改推广小班化教育和双语教学试验。
@I2 | （3）开展对初中教育现状调研和有关政策的讨论，有针对
""",
    ),
    dict(
        name="fresh76_07_primary_school_spring_work_plan",
        source="https://m.zixin.com.cn/doc/6871521.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's spring-term work plan from a document-sharing page whose text is synonym-spun "
               "('建立' for 建设, '开展' for 发展, '治理' for 管理, '素养教育', '根底', '进展'); the spun words are kept in "
               "headings and items.",
               "The site's chunk markers are kept and never labelled: '1、' before the title (line 1, a title line; title "
               "set without it), '2、均保持100%；…' (line 6: a marker that looks like goal 2 but continues goal 1 in the "
               "middle of a sentence; the real goal 2 follows on line 7), and '3、、整改提高…' (line 14: marker glued to "
               "the enumeration comma that continued line 13).",
               "The store ran the title, 一、指导思想 and its body into one line; split. 二、工作目的 holds five goal "
               "statements (1、…5、), labelled items at level 2 (goals). 三、主要措施 restarts its numbering with "
               "'一、坚持以德立校，…' (level 2, measures), and '1、加强师德师风建立。…' is a level-3 run-in heading. The page "
               "ends inside line 14 ('提升教')."],
        units=[],
        title_override="春季小学学校工作参考计划",
        text="""\
@T | 1、春季小学学校工作参考计划
@H1 sec=guidance | 一、指导思想
学习贯彻十七大对教育提出的方针政策，围绕“环境优美、队伍优秀、治理优良、成果优良”的办学目的，让每个孩子享受优质教育；在观念、治理举措、校园建立和教育质量上都要有新进步，深化课程改革，推进素养教育，改善办学条件，巩固建立成果，加强教师队伍建立和内部治理，建立和谐校园。
@H1 sec=goals | 二、工作目的
@I2 | 1、保持事业高位开展。适龄儿童入学率、合格率、优秀率继续提高，残疾儿童和贫困学生入学率
2、均保持100%；接收外来工子女入学。
@I2 | 2、努力改善办学条件，开学初完成学校食堂改造，全面完成学校的各种维修。
@I2 | 3、进一步认识到教学质量是学校的生命线，加强教学常规治理，确保毕业班三科合格率到达95%。
@I2 | 4、完善各项规章制度，依章办事，依法治校，标准治理行为。
@I2 | 5、加强教师队伍建立，营建和谐开展气氛，推进学校内涵建立。
@H1 sec=measures | 三、主要措施
@H2 | 一、坚持以德立校，建立文明和谐校园。
@H3 | 1、加强师德师风建立。本学期在教师执行“十不准”的根底上，倡导创新务实的作风，结合每两周一次的政治德育学习，从爱学生、爱工作、爱学校三个层面展开，分学习讨论、对照检查
3、、整改提高、总结表彰四个阶段进展。结合每月班主任考核和六月份的优秀教育工作者评选，树立一批学生爱戴、家长欢迎的先进典型，提升教
""",
    ),
    dict(
        name="fresh76_08_township_school_2023_work_plan",
        source="https://777doc.com/doc-11282418.html",
        doc_kind="plan", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection on a document-sharing page ('2023年基层学校工作计划和目标【汇集4篇】'): a "
               "township's school work plan (one central primary school with village schools and a kindergarten; names "
               "masked 'xx'). The breadcrumb, the collection title and the site's blurb were dropped; the sample heading "
               "'基层学校工作计划和目标【第一篇】' is kept as the title without its sample number.",
               "Page markers of the site are kept and never labelled: '2/13' inside a word ('单科及2/13格率', "
               "i.e. 单科及格率) and '1' inside a word ('xx市教育系1统先进集体'). The leading page marker '1/13' was "
               "dropped with the blurb it was glued to.",
               "The visible part shows only the plan's opening: （一）基本情况 (background) and （二）取得的成就 "
               "(achievements), level 1 as the top level in view; its 1、 2、 sub-headings are level 2, split from their "
               "bodies where the store ran them together. The page ends inside 2、 ('在园幼儿人')."],
        units=[],
        text="""\
@T | 基层学校工作计划和目标
@H1 sec=background | （一）基本情况
20xx-2023学年，全乡有3所完小、4个教学点和1所xx幼儿园。小学共34个教学班、976名学生，其中校本部617人；小学教师84人，“小中高”2人，小学高级教师61人，本科学历18人、专科学历47人，党员教师30人。xx幼儿园6个教学班，在园幼儿278人；xx、xx小学附属幼儿班5个，在园幼儿232人；xx、xx、xx、xx教学点各有1个幼儿班。全乡幼儿教师27人，其中编制内15人。
@H1 sec=achievements | （二）取得的成就
@H2 | 1、小学教育成绩斐然
全乡学龄儿童入学率100%，辍学率为零，普及档案规范齐全，小学毕业率100%，单科及2/13格率达96%以上，全科及格率达92%，质量监控各项指标居全县农村xx前列，县目标管理评估连续9年上榜。学校是xx市第九、十、十一届文明学校，正争创第十二届；20xx年以来获市、县集体荣誉22次，成为xx市教育系1统先进集体、市德育工作先进学校、县平安先行学校等。
@H2 | 2、学前教育迅速发展
在党和政府重视下，我乡学前教育在十二五期间发展很快，在园幼儿人
""",
    ),
    dict(
        name="fresh76_09_primary_school_union_work_plan",
        source="http://www.03kkk.com/gongzuojihua/104919.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection ('小学工会工作计划1500字模板6篇'): a primary school trade union's annual "
               "plan. The collection title, posting date, tag line, the site's blurb and the sample number ('【篇1】') "
               "were dropped; the sample heading is kept as the title '小学工会工作计划'.",
               "一、加强师德建设，争创“群体师德”先进。 is level 1 (goals, measures accepted); its four points carry inconsistent numbering "
               "as on the page: '1.' then '2、' '3、' '4、'. Point 2 ('2、继续开展学习型文明组室的创建。…') has a title sentence "
               "and is a level-2 run-in heading; points 1, 3 and 4 are single long task sentences, labelled items at level 2. The month "
               "dates inside the points ('今年4月', '今年5月', '今年3月') are event dates inside task lines, not phases. The "
               "page ends inside point 4 ('…先进事迹和').",
               "The page's own garbling '配合党学校政' (for 配合学校党政) is kept in the heading part of point 3."],
        units=["我校工会"],
        text="""\
@T | 小学工会工作计划
@H1 sec=goals alt=measures | 一、加强师德建设，争创“群体师德”先进。
教师是学校的生命力。建设一支师德高尚、业务精湛、爱岗敬业的教师队伍，既是实践“三个代表”重要思想的需要，也是迎接新课程改革的需要，本年度我校工会从以下几方面入手。
@I2 | 1.配合学校党支部，组织教职工继续学习贯彻党的十七大精神，把握科学发展观的内涵，把大家的思想和言行统一到全会精神上来，抓好思想政治工作；今年4月组织一次全校教职工“学习、贯彻、落实十七大精神”交流会。
@H2 | 2、继续开展学习型文明组室的创建。创建标准覆盖组室的民主管理、教育教学和成员素质提高，今年以建设学习型组室为重点，形成“创建学习型组室，争做研究型教师；终身学习、全程学习、团队学习”的机制，5月进行文明组室交流评比。
@I2 | 3、继续配合党学校政抓好师德建设，参与“为人、为师、为学”师德建设系列活动，3月举行一次学校层面的师德故事专题演讲，并准备参加区级比赛。
@I2 | 4、以“工会组室好人好事通报”的形式，树榜样、奖先进，宣传表彰教职工爱岗敬业、关心学生、用新观念投入二期课改等方面的先进事迹和
""",
    ),
    dict(
        name="fresh76_10_school_academic_affairs_term_plan",
        source="https://www.xiaowenxue.com/gongzuojihua/110253.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection ('学校三到工作计划优质6篇'): a school academic-affairs office's term plan "
               "('本学期教务处…'). The collection title, the posting line, the site blurb and the sample heading "
               "'学校三到工作计划篇1' (the collection's title plus a sample number, not the document's own) were dropped: "
               "title null.",
               "Five levels are in view: 一、 (label headings with a trailing colon: 指导思想 guidance, 目标要求 goals, "
               "主要工作任务 goals with measures accepted), （一）实施和谐教学 (level 2), 1、执行法规，使教学更规范。 "
               "(level 3), （1）… (level 4: '（1）严格执行课程计划。…' run in, '（2）贯彻落实省减负规定。' standing alone) "
               "and a、b、c、 task lines under （2）, labelled items at level 5.",
               "The two 1、/2、 lines under 二、目标要求 are goal statements, labelled items at level 2. The page ends inside "
               "item c ('…课后延迟一分钟离')."],
        units=["教务处"],
        text="""\
@H1 sec=guidance | 一、指导思想：
本学期教务处依据学校工作计划，以和谐教育理念为指导，按求实、求新、求深、求效的思路，以科学发展、和谐发展、高效发展为主旋律，把课程改革专题研究作为核心，规范教务管理和教学工作，推动教科研改革创新，提高教师教学和科研水平，落实以学生发展为本，为学校内涵发展提供保障。
@H1 sec=goals | 二、目标要求：
@I2 | 1、以和谐发展为立足点，规范教学行为，研究提高教学质量的办法，切实做到轻负担、高质量。
@I2 | 2、着眼教师教学基本功、学科专业知识和辨析能力的提高，开展丰富的教研活动，提升课堂教学实践能力。
@H1 sec=goals alt=measures | 三、主要工作任务：
@H2 | （一）实施和谐教学
@H3 | 1、执行法规，使教学更规范。
@H4 | （1）严格执行课程计划。教师按课表上好每堂课，不随意调课代课；教务处通过访谈学生、随机抽查等办法了解执行情况。
@H4 | （2）贯彻落实省减负规定。
@I5 | a、严格控制学生在校时间，实施统一放学制，实施到点儿静堂制。
@I5 | b、严格控制家庭作业量：低年级不布置书面作业，中、高年级不超过1小时；通过家庭作业跟踪、重点班级跟踪和重点学科调研检查布置情况。
@I5 | c、严格执行侯课制，即课前提前一分钟到岗，课后延迟一分钟离
""",
    ),
]
