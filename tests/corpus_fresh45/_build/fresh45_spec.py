# -*- coding: utf-8 -*-
"""The forty-fifth held-out fresh set: a GENERAL SAMPLE of the genre as a writer
would bring it: work plans (工作计划), work points (工作要点), schemes
(实施方案 / 工作方案), summaries (工作总结), an activity plan (活动方案), a report
(汇报材料) and speeches (讲话), by a school, a county party committee's
organisation department (name not shown), a middle school, an education
authority, a town, a hospital-building template, a county education bureau, a
county health commission, a community, a county hospital and two county-level
meeting speakers.  Chosen for headings of mixed depth (一、/（一）/1./（1）,
一是, ——, unnumbered run-in headings, a numbering restarting at 一、 inside 三、)
and for section headings with varied wording.  Found as stored public web
pages with the `search` tool's `pages` corpus (log in notes_queries.txt).
None of the source pages is a source of an earlier set (checked against every
label file and used-source list under /work, see the README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, upload metadata) was dropped.
- Heading, title and item lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”！
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit names, quoted slogans and the masking found in the source
  (`**`, `*`, `xx`, `XX`, `____`, `__`) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH45_DOCS = [
    dict(
        name="fresh45_01_school_first_term_work_plan",
        source="http://upload.mayiwenku.com/p-54698025.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's first-term work plan (石小, in 昆山) from a document-sharing site; the site line "
               "'下载后可任意编辑' and the repeated title were dropped. The title keeps the page's '2024-2024' and the "
               "conversion word 进展 for 发展 (also in the heading '一、内涵进展促提升').",
               "二、工作目标 holds three value lines '1.一个目标：…' '2.两个重点：…' '3.三大工程：…', labelled items (level 2).",
               "Under 三、主要工作及措施 the numbering restarts at '一、内涵进展促提升': it is a sub-section of 三、, so level 2 "
               "(level 1 accepted, since the token is the top-level style); below it '1. 加快五大校园建设。一是…二是…' is a "
               "run-in heading at level 3 (space after '1.' kept); the 一是/二是 inside the line are not labelled.",
               "三、主要工作及措施 is measures with goals accepted (the task areas of a plan); its children inherit. "
               "The page ends inside the 1. paragraph ('注重隐患')."],
        units=[],
        text="""\
@T | 学校2024-2024第一学期工作计划
@H1 sec=guidance | 一、指导思想
认真贯彻习近平新时代中国特色社会主义思想和党的十九大精神，以立德树人为根本、以提高质量为核心、以优质均衡为关键，践行美好教育理念，按照《昆山教育优质均衡进展三年提升工程（2024-2024年）》确定的任务，突出重点、狠抓落实，办好人民满意的教育。
@H1 sec=goals | 二、工作目标
@I2 | 1.一个目标：市级一流，全省有一定影响力的乡镇品牌学校。
@I2 | 2.两个重点：注重内涵进展，全面提高教育质量。
@I2 | 3.三大工程：品质课程进展工程、“立德树人”提升工程、“状元”文化德育合力工程。
@H1 sec=measures alt=goals | 三、主要工作及措施
2024年学校要“稳中求新抓改革，深谋远虑建队伍”，朝“建设品质石小”迈出扎实步伐。
@H2 alt=goals lvlalt=1 | 一、内涵进展促提升
继续凝聚教师的智慧，把状元文化、先贤文化与师生文化活动结合起来，丰富石小的学校文化，以内涵发展带动教育教学质量。
@H3 alt=goals | 1. 加快五大校园建设。一是加快品质校园建设，重点开发和实施民乐文化品质课程，推动高效课堂。二是加快书香校园建设，加强阅读组织、丰富读书活动、用好书香长廊和班级图书角。三是加快优美校园建设，优化自然和人文环境，争创市级优美校园。四是加快平安校园建设，以创建苏州市级平安校园为抓手，完善技防、强化安全教育，注重隐患
""",
    ),
    dict(
        name="fresh45_02_county_party_organisation_work_points",
        source="https://www.wenkuhub.com/?p=85729",
        doc_kind="plan", partial=True,
        notes=["An excerpt from the middle of a county party committee's organisation work points for 2025 (the county "
               "is not named; tea, new-energy and auto-parts industry chains): the stored text starts at （三） and ends "
               "inside （四）. No title line is visible, so title is null.",
               "The two visible headings '（三）实施“强基补短”计划，建强战斗堡垒。…' and '（四）实施“治理提质”计划，构建善治格局。…' "
               "are run-in; their parent level (一、…) is not visible, so level 1 by convention with level 2 accepted. Kind "
               "goals (the task areas of a work plan), measures accepted.",
               "Targets and deadlines inside the bodies ('力争到2025年底消化60%超职数干部') are not phases. The page ends with "
               "'组'."],
        units=["组织部门", "开发区党工委", "产业链联合党委"],
        text="""\
@H1 sec=goals alt=measures lvlalt=2 | （三）实施“强基补短”计划，建强战斗堡垒。探索“跨村联建”“村企联建”“政村联建”和片区、流域、产业链联合党建，以产业链党建为重点，继续发挥茶产业链、新能源和智能网联汽车零部件产业链联合党委的作用，新成立中药材产业链联合党委；形成组织部门指导、职能部门牵头、开发区党工委和行业协会商会、链上企业共同参与的“1+1+N”责任链条，建立“两新工委—产业链联合党委—链上企业党支部”三级架构，把328家链上企业、13个党组织、277名党员纳入统一管理。以“红色、生态、产业、治理、传统文化”和美乡村为抓手分类开展示范创建和整顿提升，建好2025年度16个新型农村集体经济项目；用好支部星级指数管理、“四类五步法”和流动党员教育管理“五大体系”，推进村党组织标准化规范化建设；巩固“九个到位”经验，开展合并村职数消化攻坚，力争到2025年底消化60%超职数干部。
@H1 sec=goals alt=measures lvlalt=2 | （四）实施“治理提质”计划，构建善治格局。规范社区小区建设，选好小区党组织书记，健全小区综合党支部运行机制；围绕小区“五个基本”和“五个全覆盖”，健全“三方联动”和“两长四员”制度；深化“双报到双报告”，推动党员常态化下沉社区报到领岗，完善平急转换机制，组
""",
    ),
    dict(
        name="fresh45_03_middle_school_teaching_work_points",
        source="http://www.tengzhou.gov.cn/zwgk/zwgkzt/ggqsygk/jyly/bxzx_26038/jyjx_26043/202511/t20251113_2198296.html",
        doc_kind="plan", partial=True,
        notes=["A middle school's teaching work points for the 2025-2026 school year (北辛中学, 滕州市北辛街道), published on "
               "the city's open-government pages. The page's category prefix '(教学信息)', the author/time line and the "
               "portal's navigation were dropped; the title line is the document's own title.",
               "'一、新学年的工作思路' is guidance (background accepted: it opens with the school's situation and problems). "
               "The lines '一个主线：…' and '两大驱动：… 三大策略：…' (two on one line, as stored) and '六大工程：…' are key-value "
               "body lines of the 思路, not labelled; the lead-in '规划实施遵循…思路：' is body.",
               "'二、新学年的工作目标' holds '1.教学质量稳中求进' (heading, level 2) over '（1）中考考入一中人数力争突破千人大关，腾' "
               "(a target statement, item level 3; the page ends inside it)."],
        units=[],
        text="""\
@T | 滕州市北辛街道北辛中学2025-2026教学工作要点
@H1 sec=guidance alt=background | 一、新学年的工作思路
新课标全面实施、核心素养导向深化、“双减”纵深推进，提升教学质量既是家长和社会的期待，也是学校发展的需要。学校已形成“规范管理、教师协作、课程探索”的氛围，但课堂效能、课程体系、教师发展和学生个性发展仍有不足。2025——2026学年，学校以“质量提升”为核心驱动、以“内涵发展”为主线、以“改革创新”为动力，统筹推进“六大工程”，开展“六声教育”，构建“五育融合”育人体系。
规划实施遵循“一个主线、两大驱动、三大策略、六大工程”的思路：
一个主线：以课堂质量提升为主线。
两大驱动：教师专业成长与学生核心素养发展双驱动。 三大策略：深化教研、优化课程、改革评价。
六大工程：课堂提质、课程优化、教师成长、学生发展、评价改革、特色引领。
按“六大板块+工作推进路线图”的结构分步实施，走“夯实基础—提质突破—特色引领”的发展路径。
@H1 sec=goals | 二、新学年的工作目标
@H2 | 1.教学质量稳中求进
@I3 | （1）中考考入一中人数力争突破千人大关，腾
""",
    ),
    dict(
        name="fresh45_04_secondary_education_work_points",
        source="https://runmo.com/article/pzdset06021u.html",
        doc_kind="plan", partial=True,
        notes=["An education authority's secondary-education work points (it runs '局领' research projects and names a "
               "'__市' and Jiangsu's evaluation schemes), from a sample site; the site's 开篇 blurb was dropped. Undated; "
               "the '十五'/'十一五' projects place it around 2006.",
               "Only '一、工作目标' is visible, with six enumerated targets '1.…' to '6.…'. They are target statements "
               "(figures such as '初中入学率达100', '85以上' without %, as on the page), labelled items at level 2; some "
               "open with a short clause and run on, none is a section title. Kind goals.",
               "The page ends inside item 6 ('为全面')."],
        units=[],
        text="""\
@T | 中学教育教学工作要点
@H1 sec=goals | 一、工作目标
@I2 | 1.高水平高质量实施九年义务教育和高中阶段教育。初中入学率、巩固率确保达100，毕业率达99.5；高中阶段入学率达98以上。
@I2 | 2.认真贯彻《义务教育法》，推进基础教育创优工程，缩小初中学校之间的差距，整体提高初、高中办学水平，年内再建成1~2所义务教育现代化学校。
@I2 | 3.以推广应用“十五”局领课题研究成果为指引，深入推进初、高中新课程实验，在课程管理、课程实施和课程开发上取得明显进展；普通高中要在课程设置、课时安排、学分管理和选修模块上加强探索。
@I2 | 4.以全面实施“__市初中生综合素质评定”、“江苏省普通高中学生综合素质评价方案”和“江苏省普通高中校本评价指导意见”为抓手，深化学生、教师和学校评价改革。
@I2 | 5.面向全体学生，加强教学常规管理，研究和指导中、高考改革：中考各学科合格率力争达到85以上，六科一次性合格率达到80以上；高考本二以上进线人数再创新高，万人本科进线率达到25.0以上。
@I2 | 6.全面启动局领“十一五”省级重点课题“区域推进现代学校建设的实践研究”，力争在学校特色、管理制度、德育管理、教师专业发展、学校文化和学科课题等方面取得明显进展，为全面
""",
    ),
    dict(
        name="fresh45_05_town_construction_projects_scheme",
        source="https://wenku.docs.qq.com/detail?docId=IsCCvCqziw",
        doc_kind="scheme", partial=True,
        notes=["A town's 2024 scheme for pushing its construction projects, from a document-sharing site (PDF text). "
               "The site's preview paragraph (a repeat of the opening) and the footer '腾讯文库…' were dropped; the page "
               "marker '第1页共4页' is kept on its own line as debris, never labelled.",
               "'一、背景与目标' is background with goals accepted (it states both); the four '1.…；' lines after the "
               "lead-in '…工作目标如下：' are goal statements, items at level 2 with kind goals (background accepted).",
               "'二、项目推进措施与计划' is measures with goals accepted; '1.推进城市化建设' and '2.强化乡村振兴工作' are "
               "level-2 headings; the '(1)…' lines below them are tasks, items at level 3 (the page's half-width (1) "
               "restored to （1）). No dates, no phases."],
        units=[],
        text="""\
@T | 2024年镇委建设项目推进工作方案
@H1 sec=background alt=goals | 一、背景与目标
城市化不断推进，本镇在经济发展、生态环境改善和社会建设上面临挑战和机遇。为推进镇级建设项目、提高全镇整体发展水平，制定本方案。
2024年的建设项目推进工作目标如下：
@I2 sec=goals alt=background | 1.继续推进城市化建设，提高基础设施建设水平；
@I2 sec=goals alt=background | 2.加强乡村振兴工作，提升农村经济发展速度和质量；
@I2 sec=goals alt=background | 3.着力解决环境治理问题，推动生态环境持续改善；
@I2 sec=goals alt=background | 4.加强社会建设，提升居民生活品质。
@H1 sec=measures alt=goals | 二、项目推进措施与计划
@H2 alt=goals | 1.推进城市化建设
@I3 alt=goals | （1）加快完成道路、桥梁、给排水等城市基础设施项目，提高通行效率和城市品质。
@I3 alt=goals | （2）加强公共设施建设，扩大教育、医疗、文化等公共服务的覆盖面。
@I3 alt=goals | （3）开展土地整备，推动城市扩容和土地合理利用。
@I3 alt=goals | （4）加强城市管理，提升市容市貌。
@H2 alt=goals | 2.强化乡村振兴工作
@I3 alt=goals | （1）制定乡村振兴规划，确定重点领域和项目。
第1页共4页
""",
    ),
    dict(
        name="fresh45_06_hospital_grade_two_creation_scheme",
        source="https://wenku.docs.qq.com/detail?docId=nIuPUExep3",
        doc_kind="scheme", partial=True,
        notes=["A city's scheme (template) for creating a new grade-two hospital, from a document-sharing site (PDF "
               "text). The site's preview paragraph and footer were dropped; the page marker '第1 页共 4页' is kept as a "
               "debris line, never labelled.",
               "Two title lines: the file's title '2024年创建二级医院工作实施方案范本' and the document's own title "
               "'二级医院工作实施方案'; the label takes the document's own title and marks both lines as title lines.",
               "'二、目标和任务' holds '1. 目标' and '2. 任务' (level-2 headings, space after '1.' kept), each over "
               "hyphen-led lines '-提高…' (numbering '-', style none), items at level 3. Kind goals throughout; "
               "'一、背景分析' is background. The blank year '____年' is kept."],
        title_override="二级医院工作实施方案",
        units=[],
        text="""\
@T | 2024年创建二级医院工作实施方案范本
@T | 二级医院工作实施方案
@H1 sec=background | 一、背景分析
国民经济发展、社会进步和群众健康意识增强，使医疗服务需求不断增加。为满足群众就医需求、提高基层医疗机构服务水平，我市计划在____年创建一家新的二级医院；本方案明确创建目标和任务，规划医院布局和功能，强化管理和质量控制，提升医疗服务水平。
@H1 sec=goals | 二、目标和任务
@H2 | 1. 目标
@I3 num=- | -提高医院的医疗技术水平和服务水平，成为全市乃至全省的医疗服务中心。
@I3 num=- | -提供全方位、高质量的医疗服务，满足市民对医疗服务的需求。
@I3 num=- | -建立科学的管理机制，提高医院的管理水平和绩效。
@H2 | 2. 任务
@I3 num=- | -完善医院的各项管理制度和流程，建立科学、规范的院内管理体系。
@I3 num=- | -提高医院的医疗技术水平，引进高水平的医疗团队和先进的医疗设备。
第1 页共 4页
""",
    ),
    dict(
        name="fresh45_07_county_education_bureau_summary_and_plan",
        source="https://www.haobiganzi.cn/a/v7ttl9.html",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        notes=["A county education bureau's summary of 2022 (the county masked '**'), titled as a summary and plan; only "
               "the summary part is visible. The site's posting line and 摘要 blurb were dropped.",
               "'一、2022年工作成效及亮点' (achievements) holds unnumbered run-in headings '党建工作不断加强巩固。…' and "
               "'学校办学条件不断优化。…' (numbering none, level 2). The masks '*场', '**名', '*间', '**个', '****年', "
               "'***万元' are kept in the bodies.",
               "The page ends inside the second run-in paragraph ('进一步改善和提升')."],
        units=["**县教育局", "县委教育工委"],
        text="""\
@T | 县教育局2023年工作总结和2023年工作计划
2022年，**县教育局在县委、县政府领导下，贯彻习近平新时代中国特色社会主义思想和党的教育方针，落实立德树人根本任务，推进平安校园建设、教育教学改革、师资队伍建设和办学管理规范，努力办好人民满意的教育。
@H1 sec=achievements | 一、2022年工作成效及亮点
@H2 | 党建工作不断加强巩固。县委教育工委的学习宣讲队到各中小学宣讲*场；局机关党支部到县红四师休整地学习教育基地参观学习，开展“实干担当·砥砺奋进”专题党课；组织**名基层党组织书记参加培训。组织*间公办学校党组织与*间民办学校、幼儿园或培训机构结对，目前已结对**个；成立**县城民办幼儿园第一、第二联合党支部。全年发展党员**名。
@H2 | 学校办学条件不断优化。实施义务教育薄弱环节改善与能力提升工程，统筹****年中央“薄改”资金***万元和省级基础教育高质量发展补助资金***万元，用于农村义务教育学校薄弱环节改善，进一步改善和提升
""",
    ),
    dict(
        name="fresh45_08_county_health_commission_2023_summary",
        source="https://www.ahqy.gov.cn/OpennessContent/show/1475791.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county health commission's 2023 summary and 2024 arrangements (青阳县卫生健康委员会), from the county's "
               "open-government pages. The metadata table (索引号, 组配分类, 发布机构, 文号, dates) was dropped; the title "
               "line is the page's 名称.",
               "'一、工作开展情况' (achievements) > '（一）扎实开展党的建设工作' (level 2) > one paragraph that starts with "
               "'一是加强党性学习教育。…' and carries 二是 and 三是 inside it, as on the page: the line-initial 一是 is a "
               "run-in heading at level 3; the 二是/三是 inside the line are not labelled.",
               "The page ends inside the 三是 sentence ('召开专题民主')."],
        units=["县卫生健康委"],
        text="""\
@T | 县卫健委2023年工作总结及2024年工作安排
2023年，县卫生健康委以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和中央、省市部署，在县委县政府领导下，以主题教育为动力、以群众需求为导向，扩展医疗项目建设，提升医疗服务水平，打造中医药服务品牌，加强“一老一小”服务供给，推进卫生健康事业高质量发展。
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）扎实开展党的建设工作
@H3 | 一是加强党性学习教育。学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，把党的领导贯穿卫健工作全过程，加强思想、组织、作风和制度建设。二是加强党对意识形态工作的领导。落实定期分析研判制度，2023年召开2次意识形态分析研判会，执行信息“三审”制度，规范“健康青阳”微信公众号和工作群管理。三是落实全面从严治党主体责任。班子成员落实“一岗双责”，把党风廉政建设纳入日常学习和“三会一课”，开展集中学习70余次、专题研讨4次，召开专题民主
""",
    ),
    dict(
        name="fresh45_09_community_qixi_activity_plan",
        source="http://zhunbian.com/HuoDongch/46195.html",
        doc_kind="activity_plan", partial=True,
        notes=["A community's Qixi-festival activity plan from a sample site; the posting line ('时间:22-09-27 网友') and "
               "the repeated title were dropped.",
               "'一、主题活动名称' is other (the theme); '二、活动时间和地点' is phases with other accepted, its value line "
               "'时间：2021年8月14日下午2点至4点。' gives the overall activity time (optional phase), '地点：…' is a "
               "key-value body line.",
               "'三、活动内容' is goals (the content areas of the activity) with other and measures accepted; its four "
               "'1. 天仙配对：…' lines are items (space after '1.' kept). '四、活动宣传' is measures (other accepted). "
               "'五、注意事项' is other (requirements accepted); its first rule is an item, the second, cut off on the "
               "page ('注意防'), was dropped."],
        units=["社区"],
        extra_phases=[
            dict(name="活动时间", start_text="2021年8月14日下午2点", end_text="4点", at="时间：2021年8月14日", optional=True),
        ],
        text="""\
@T | 社区七夕主题活动方案
为庆祝七夕节、提升居民文化素质、促进社区文化建设和邻里交流，社区准备了一系列主题活动，方案如下，希望居民支持参与。
@H1 sec=other | 一、主题活动名称
“借鹊传情，共享七夕”主题活动。
@H1 sec=phases alt=other | 二、活动时间和地点
时间：2021年8月14日下午2点至4点。
地点：社区文化广场。
@H1 sec=goals alt=other,measures | 三、活动内容
@I2 alt=other,measures | 1. 天仙配对：现场设“天仙配对”区，参赛者自拟爱情宣言并展示，胜出者获赠礼品；
@I2 alt=other,measures | 2. 制作七夕装饰品：居民到工作坊学做七夕星星和牛郎织女剪纸；
@I2 alt=other,measures | 3. 七夕音乐会：在文化广场播放七夕情歌，居民可以唱歌跳舞；
@I2 alt=other,measures | 4. 星空茶话会：入夜后在广场搭星空帐篷，备好茶水零食，邀居民观星聊天。
@H1 sec=measures alt=other | 四、活动宣传
以线上为主、线下为辅：通过社区公众号、微信群和短信推送活动信息并鼓励居民转发；在公告栏、广告牌和服务站张贴海报、标语，发放宣传单，并布置七夕彩灯等装饰营造氛围。
@H1 sec=other alt=requirements | 五、注意事项
@I2 alt=requirements | 1. 活动期间居民应遵守社会公德，不影响他人参加活动，不乱扔垃圾，不损坏公共设施；
""",
    ),
    dict(
        name="fresh45_10_district_hospital_work_report",
        source="https://taowenge.com/p-11234416.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A district hospital's work report (a grade-two general hospital under a district government of '牡市', "
               "names blanked to '.' on the page: '.医院', '.市西安区', '.同志'), from a document-sharing site whose "
               "text comes in numbered chunks. The site's sharing line was dropped.",
               "Two title lines: the file's title carrying the site's first chunk marker, '1、医院工作汇报', and the "
               "document's own title '医院工作状况汇报'; the label takes the document's own title and marks both as title "
               "lines. The chunk markers '2、' and '3、' start lines in the middle of sentences ('区委任命.同志为.' / "
               "'2、医院院长。', '具有高级职称的有' / '3、16人。…'); they are debris, never labelled.",
               "'一、近些年医院的发展改变' is achievements; the lead-in '…主要体现在以下方面。' is body; '队伍建设水平显著提升。…' "
               "is an unnumbered run-in heading at level 2. The conversion words of the page (安排经济 for 计划经济) are "
               "not carried into the rewritten bodies. The page ends with '医院初步形'."],
        title_override="医院工作状况汇报",
        units=[],
        text="""\
@T | 1、医院工作汇报
@T | 医院工作状况汇报
.医院是隶属于.市西安区政府的二级综合性医院。上世纪八、九十年代经济体制转轨后，.市医疗市场竞争多元化；由于区政府投入严重不足、医院管理效能低下，到1997年.医院固定资产仅84万元、外债400多万元，资不抵债，连续四个月发不出工资，职工集体上访不断，成了牡市西安区的上访大户。区委区政府几次调整领导班子都未见效。1997年8月，经市卫生局推荐、区委组织部考察，区委任命.同志为.
2、医院院长。
@H1 sec=achievements | 一、近些年医院的发展改变
.同志任院长11年来，面对散、乱、穷的局面，在区委、区政府支持下带领班子从整章建制和人事制度改革入手，打破用人旧框框，四处争取支持，推进软硬件建设，改善就医环境和诊疗条件，使医院渡过难关并在.医疗市场站稳脚跟，主要体现在以下方面。
@H2 | 队伍建设水平显著提升。1997年医院本科学历医护人员只有2人，高级职称1人；到2008年，本科学历医护人员达到73人，具有高级职称的有
3、16人。医院还引进了一批技术精湛、在全市有学术影响的老专家和中青年业务骨干，医院初步形
""",
    ),
    dict(
        name="fresh45_11_county_health_work_meeting_speech",
        source="http://xinmengxiang.cn/jianghuafanwen/125612.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at the 2024 county health work meeting, from a speech-sample site; the repeated "
               "title and the breadcrumb line ('讲话致辞 >…') were dropped. The salutation '同志们：' and the lead-in "
               "'下面，我再讲四点意见：' are body.",
               "'一、提高站位，全面领会贯彻新时期卫生健康工作方针' is a speech point: requirements, with guidance and measures "
               "accepted; '（一）牢牢把握“十二个坚持”。一是…二是…' is a run-in heading at level 2 (一是… inside the line not "
               "labelled). The text breaks off at '这是保障人'.",
               "Two site notices that follow the cut-off text, '2. 为防止用户资源被随意传播…' and '3. 本站所有资源来源于用户"
               "上传或网络…', are kept as pasted debris (numbered like items) and never labelled."],
        units=[],
        text="""\
@T | 在2024年全县卫生健康工作会议上的讲话
同志们：
这次会议的任务是落实党的二十大和全国、全省、全市卫生健康工作会议部署，总结2023年工作，安排2024年重点任务，动员全县卫生健康系统推进事业高质量发展。刚才x同志作的工作报告全面具体，我完全同意，请大家抓好落实。下面，我再讲四点意见：
@H1 sec=requirements alt=guidance,measures | 一、提高站位，全面领会贯彻新时期卫生健康工作方针
全县卫健系统要深入领会习近平总书记关于卫生健康工作的重要论述，把握“十二个坚持”，关注“四个问题”，按省市要求做到“四个增强”。
@H2 alt=guidance,measures | （一）牢牢把握“十二个坚持”。一是坚持党的全面领导，这是卫生健康事业改革发展的根本保证。二是坚持健康优先战略，这是卫生健康工作在全局中的基本定位。三是坚持基本医疗卫生事业的公益性，这是中国特色卫生健康发展道路的根本原则。四是坚持推进健康中国建设。这是保障人
2. 为防止用户资源被随意传播，本站部分文稿需要会员才可阅读或下载，请予谅解与支持！
3. 本站所有资源来源于用户上传或网络，仅作为参考学习使用，如有侵权请联系站长删除！
""",
    ),
    dict(
        name="fresh45_12_company_party_day_implementation_opinion",
        source="https://m.huaboedu.com/news/55283.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A company party committee's implementing opinion on monthly theme party days for its party branches "
               "(a provincial state-owned firm: '省委、省国资委和XXX党委'; the year masked '201x'), from a sample site. The "
               "site's name, date line and the '预览结束…' line were dropped; the addressee '各党支部：' is body.",
               "'一、目的意义' is background (guidance accepted). '二、组织形式' is other (measures and requirements "
               "accepted): how the days are organised. Below it '（一）时间安排。…' is phases with other accepted (a 时间安排 "
               "heading), but it fixes a recurring day ('每月最后一周的周五'), not a dated phase, so no phase entry; "
               "'（二）参加对象。…' (对象, other) and '（三）活动方式。…' inherit.",
               "The page breaks off with '党员佩......', kept."],
        units=["公司党委", "基层党支部"],
        text="""\
@T | 某公司关于全面推行201x年党支部主题党日制度的实施意见
各党支部：
为加强党员教育管理、规范基层党内生活，推进“两学一做”学习教育常态化制度化，按照省委、省国资委和XXX党委的部署，结合公司实际，就基层党支部全面推行主题党日制度提出如下意见。
@H1 sec=background alt=guidance | 一、目的意义
推行主题党日制度，是把党的工作落到支部、推动全面从严治党向基层延伸的重要抓手，也是加强党员理想信念教育、增强“四个意识”和发挥支部战斗堡垒作用的重要载体，有助于凝聚党员力量，推动公司改革发展稳定。
@H1 sec=other alt=measures,requirements | 二、组织形式
@H2 sec=phases alt=other | （一）时间安排。每月至少开展1次主题党日，原则上定在每月最后一周的周五（遇法定节假日可调整），时间不少于一天；窗口单位可分批开展；“七一”、“国庆”等节庆期间要组织集体性主题党日活动。
@H2 sec=other alt=measures,requirements | （二）参加对象。基层党支部全体在册党员参加，也可根据主题吸收发展对象、入党积极分子和群众代表；各支部平均参与率不低于80%。
@H2 alt=measures,requirements | （三）活动方式。一般以党支部为单位，也可由公司党委统一组织或支部联合开展，提倡在活动场所悬挂党旗、党员佩......
""",
    ),
]
