# -*- coding: utf-8 -*-
"""The fourth held-out fresh set: real Chinese work plans, schemes, activity
plans, summaries, reports and a speech, found as stored public web pages with
the `search` tool's `pages` corpus.  None of the source pages is a source of
shared/corpus-dev, tests/corpus_fresh, tests/corpus_fresh2 or
tests/corpus_fresh3.  HELD OUT: never tune an importer on these documents;
score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, download notices, site blurbs, publishing metadata,
  collection titles, keyword lists and sample numbers) was dropped; debris that
  a user pasting from the page would get along is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored, except where a document's notes say
  otherwise.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows; where the store had lost
  the break between a heading and the text after it, that is kept and the
  heading text is given explicitly.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH4_DOCS = [
    # ------------------------------------------------------------- plans
    dict(
        name="fresh4_01_district_fitness_implementation_plan",
        source="https://www.zcbk.cn/wuhan/index.php?m=home&c=View&a=index&aid=19894",
        doc_kind="plan", partial=True,
        title_override="新洲区全民健身实施计划（20162020年）",
        notes=["A district government's notice issuing its national-fitness implementation plan (2016-2020), from a "
               "policy-archive page; the column/publish-time line was dropped. Two title lines: the notice title "
               "(line 1, with its document number in brackets) and the plan's own title (line 6); the title is the "
               "plan's own, as in dev05. The addressee line and the issuing body are body lines.",
               "Damaged dates and document numbers are kept as the page has them: the dash lost in '20162020年', the "
               "signing date '20161229', '（鄂政发〔201635号）', '（武政〔201653号）'.",
               "三级 structure 一、 / （一）; the page ends at a bare '1.经常参加' under （二）任务指标, dropped as a "
               "truncated fragment."],
        units=["武汉市新洲区人民政府"],
        text="""\
@T | （新政发〔2016〕21号）区人民政府关于印发新洲区全民健身实施计划（2016—2020年）的通知
各镇人民政府，各街道办事处，区人民政府各部门、各直属单位：
《新洲区全民健身实施计划（20162020年）》已经研究同意，现印发给你们，请遵照执行。
武汉市新洲区人民政府
20161229
@T | 新洲区全民健身实施计划（20162020年）
为落实全民健身国家战略、发展我区全民健身事业、满足群众日益增长的健身需求，依据《湖北省全民健身实施计划（20162020年）》（鄂政发〔201635号）和《武汉市全民健身实施计划（20162020年）》（武政〔201653号），结合区情制定本计划。
@H1 sec=guidance | 一、指导思想
以党的十八大和十八届历次全会精神为指导，践行新发展理念，围绕“四个全面”战略布局和建设“体育强区”目标，以改革创新为主线完善全民健身公共服务体系，推进体育公共服务均等化、主体多元化、运动生活化、服务便民化，打造有影响力的赛事品牌。
@H1 sec=goals | 二、工作目标
@H2 | （一）总体目标
建成与全区经济社会发展相适应、与“活力、美丽、法治、幸福新洲”目标相一致的全民健身公共服务体系，实现“人人具备健康素养，人人养成健康行为，人人参加健身活动，人人享有健身服务”。
@H2 | （二）任务指标
""",
    ),
    dict(
        name="fresh4_02_kindergarten_annual_plan",
        source="https://m.wenke99.com/p-5051996.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's 2020 annual work plan from a document-sharing site; the page is one run-together block. "
               "The sample label '年度工作计划（一）' after the title was dropped. Split at the numbering markers; "
               "'一、指导思想' runs straight into its body on the page (heading text given explicitly).",
               "二、工作目标 lists five goal statements '1、…' (items). 三、工作要点 has '（一）基础性工作。' with "
               "run-in '1、教师队伍建设。…' task headings (level 3); the page ends inside the third. Masks "
               "'十x届x中全会' kept."],
        units=[],
        text="""\
@T | 2020幼儿园年度工作开展计划
@H1 sec=guidance text=一、指导思想 | 一、指导思想以党的十x届x中全会精神为指针，以《幼儿园教育指导纲要》、《3-6岁儿童学习与发展指南》和《幼儿园工作规程》为依据，创新管理、科学保教，提高保教和办园质量，为形成“情感教育”办园特色而努力。
@H1 sec=goals | 二、工作目标
@I2 | 1、加强队伍建设，不断提升教师思想素质和业务能力。
@I2 | 2、加强常规管理，不断提升保教质量和办园水平。
@I2 | 3、加强安全、卫生保健工作，确保幼儿园安全零事故。
@I2 | 4、加强教学教研工作，努力创建“情感教育”办园特色。
@I2 | 5、加强家园联系，办家长满意幼儿园。
@H1 sec=goals alt=measures | 三、工作要点
@H2 | （一）基础性工作。
@H3 | 1、教师队伍建设。招聘教师严格把关，坚持政治和业务学习，经常开展基本功培训，并对教师进行评价考核。
@H3 | 2、常规管理。健全组织机构和各项制度，落实值日值班和园例会制度，管好财产、玩教具和档案资料。
@H3 | 3、安全、卫生保健工作。管好幼儿入离园、在园活动、食品卫生和用电防火安全，落实“日周月查”，建立
""",
    ),
    dict(
        name="fresh4_03_company_staff_training_plan",
        source="http://www.wufanghuizhong.com/xindetihui/2021/1107/24167.html",
        doc_kind="plan", partial=True, title_override="员工培训计划方案",
        notes=["A company's staff training plan on a template site. Two title lines: the page heading "
               "'【员工培训计划方案】 企业员工培训计划书' (with the site's 【】) and the document's own title '员工培训计划方案' "
               "(line 2), which is the title. The date/views line was dropped.",
               "Only 一、 is visible as a level-1 heading: its four '1、培训方针：…' policy lines are items (level 2), "
               "followed by the sub-parts （一）（二）（三） (level 2, ending in '：') whose '1、 …' lines are items at "
               "level 3 (a space after '1、' in （一）（二） as on the page). The page ends inside （三） item 3."],
        units=["人力资源"],
        text="""\
@T | 【员工培训计划方案】 企业员工培训计划书
@T | 员工培训计划方案
@H1 sec=guidance alt=goals | 一、目的、宗旨与原则
@I2 | 1、培训方针：自我培训与传授培训相结合、岗位技能培训与专业知识培训相结合。
@I2 | 2、在职培训内容：企业管理知识、企业文化宣传灌输、法律法规学习、理论研讨会、岗位技能和业务知识学习、岗位证书培训及外送培训等。
@I2 | 3、员工每年都要参加在职培训，一般不少于20课时，公司内部培训和外送培训均计入。
@I2 | 4、培训考核成绩由人力资源记入员工培训档案，作为调职、晋升和调薪的重要依据。
@H2 sec=goals alt=guidance | （一）公司培训的目的：
公司培训的目的主要有以下几点：
@I3 | 1、 通过培训，充实员工的专业知识和岗位技能，提高工作质量和绩效。
@I3 | 2、 提升公司全员的素质，适应公司不断向前发展的要求。
@I3 | 3、 培训的开展结合员工职业发展计划，实现公司发展和个人成长的结合。
@I3 | 4、 构建符合公司策略和发展方向的培训体系，形成“学习型组织”，提升公司整体的绩效及竞争力。
培训的宗旨是服务于公司业绩和员工素质的提升，为公司人力资源战略规划和发展提供支持。
@H2 sec=guidance | （二）公司对员工的培训遵循以下原则：
@I3 | 1、 全员参与原则：公司培训是针对全体员工开展的培训。
@I3 | 2、 系统性原则：培训内容的设置是结合公司人力资源规划系统设置的，是配合员工职业发展计划的系统工程。
@I3 | 3、 全面性原则：员工培训的内容包括知识、工作技能和工作态度等的内容。
@H2 sec=other alt=responsibilities | （三）培训对象、师资与组织者：
@I3 | 1、培训的对象为公司全体员工，包括中高层管理人员和基层员工。
@I3 | 2、公司可使用的培训师资有公司内部和公司外部两类。
@I3 | 3、公司内部培训师资，指公司内部在某些特定
""",
    ),
    dict(
        name="fresh4_04_township_militia_reorganisation_plan",
        source="http://www.xunwu.gov.cn/xwxxxgk/xw87859/202009/ab03d316349148eeb712e77bbbcf4c4c.shtml",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        title_override="关于印发2020年度民兵组织整顿工作安排的通知",
        notes=["A township's notice issuing its 2020 militia reorganisation work arrangements (工作安排, taken as a plan; "
               "scheme accepted), from a county government's disclosure page; the accessibility links, breadcrumb and "
               "visit counter were dropped. The page shows the title twice, the second time with stray spaces "
               "('关于印发 2020年度…的 通知'); both are title lines. The addressee line has no colon on the page.",
               "The page garbles the document reference in 一、 ('《2020年度民兵组织整顿工寻国动[2020]1号文）'), kept in "
               "the rewritten body. 三、方法步骤 gives the overall period with a lost 年 ('从20203月份开始，至5月底结束'; "
               "optional phase) and three stages '（一）筹划部署阶段（320日前）…' with damaged dates ('320日前', "
               "'321日至520日', i.e. 3月20日 etc.; kept as written) and '（三）…（5月21日至5月30日）'; the first stage runs "
               "straight into its body without punctuation (heading texts set by hand). 四、有关要求 shows only the "
               "bare （一）."],
        units=[],
        extra_phases=[dict(name="民兵组织整顿工作", start_text="20203月份", end_text="5月底", at="从20203月份开始")],
        text="""\
@T | 关于印发2020年度民兵组织整顿工作安排的通知
@T | 关于印发 2020年度民兵组织整顿工作安排的 通知
各村委会，民兵连
依据上级关于民兵组织整顿的指示，结合本乡实际，现将2020年度民兵组织整顿工作的有关事项明确如下：
@H1 sec=guidance | 一、指导思想
以县人武部《2020年度民兵组织整顿工寻国动[2020]1号文）精神为依据，按照“平时应急、战时应战”的要求，努力建设一支训练有素、规模适度、布局合理、结构优化、管理规范、动员快速、精干管用的后备力量，提高民兵分队应急救援、勤务保障等“非军事行动”和防卫作战的能力。
@H1 sec=goals | 二、主要任务
按相对集中、便于机动的要求，组建以维护稳定为主、兼顾应急救援的应急排，全乡按一个应急排30人编组。
@H1 sec=phases | 三、方法步骤
整组工作从20203月份开始，至5月底结束，分筹划部署、组织实施、总结验收三个阶段进行。
@H2 text=（一）筹划部署阶段（320日前） phase=筹划部署阶段;;320日前 | （一）筹划部署阶段（320日前）结合实际做好潜力调查和需求分析，拟制整组计划和方案，宣传发动，把任务部署到村，并组织业务培训。
@H2 text=（二）组织实施阶段（321日至520日） phase=组织实施阶段;321日;520日 | （二）组织实施阶段（321日至520日）。按计划规定的内容、程序和方法抓好落实，按“五实”（实案、实情、实地、实兵、实装）要求组织集结点验。
@H2 text=（三）总结验收阶段（5月21日至5月30日） phase=总结验收阶段;5月21日;5月30日 | （三）总结验收阶段（5月21日至5月30日）。县人武部5月10日前组织普查验收；5月20日前做好迎接军分区检查的准备，5月底前完成整组总结和民兵分队数质量统计报表。
@H1 sec=requirements | 四、有关要求
@H2 | （一）要强化组织领导
""",
    ),
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh4_05_winter_spring_fire_prevention_scheme",
        source="http://m.tui555.com/a/2016/11/13906.html",
        doc_kind="scheme", partial=True,
        notes=["A county's winter-spring fire-prevention scheme, the first sample of a collection page whose title "
               "carries '（2017年最新）'; the byline, the site blurb (which speaks of a housing bureau) and the sample "
               "label '今冬明春火灾防控工作方案一' were dropped. Title as the page shows it.",
               "二、时间步骤 has three run-in stages '（一）动员部署阶段（2016年10月26日前）。…': phases with only an "
               "end each ('2016年10月26日前', '2017年全国“两会”闭幕前', '2017年3月31日前'). The overall period in the "
               "lead-in ('即日起至2017年3月31日') is an optional phase. 三、工作内容 （一） carries '1.' '2.' inside "
               "its line (not labelled); the page ends there."],
        units=["县政府"],
        extra_phases=[dict(name="今冬明春火灾防控工作", start_text="即日起", end_text="2017年3月31日",
                           at="从即日起至2017年3月31日")],
        text="""\
@T | 今冬明春火灾防控工作方案（2017年最新）
为抓好今冬明春火灾防控、保持全县消防安全形势稳定，县政府决定从即日起至2017年3月31日在全县开展今冬明春火灾防控工作，并结合县情制定本方案。
@H1 sec=goals | 一、工作目标
按照“政府主导、部门负责、公安主推、单位主责、全民参与”的原则，压实消防安全责任，动员社会力量排查整治火灾隐患，加强公共消防设施、消防组织建设和消防教育培训，坚决遏制重特大火灾，实现“少发小火、不发大火、总量下降”，保持全县火灾形势稳定。
@H1 sec=phases | 二、时间步骤
@H2 text=（一）动员部署阶段（2016年10月26日前） phase=动员部署阶段;;2016年10月26日前 | （一）动员部署阶段（2016年10月26日前）。开会部署、制定方案、成立机构，逐级动员。
@H2 text=（二）组织实施阶段（2017年全国“两会”闭幕前） phase=组织实施阶段;;2017年全国“两会”闭幕前 | （二）组织实施阶段（2017年全国“两会”闭幕前）。按目标明确责任、细化措施，推动各项任务落地。
@H2 text=（三）总结考评阶段（2017年3月31日前） phase=总结考评阶段;;2017年3月31日前 | （三）总结考评阶段（2017年3月31日前）。汇总分析、自查自评，固化经验做法，建立提升防火和灭火救援能力的长效机制。
@H1 sec=goals alt=measures | 三、工作内容
@H2 | （一）狠抓火灾防控现实斗争。1.盯住彩钢板建筑、人员密集场所、“三合一”场所和物流仓储等重点单位，专项治理商场、市场和居民小区的消防安全。2.保障省第十次党代会、全国和全省“两会”及圣诞、元旦、春节、元宵等重大活动和节庆期间的消
""",
    ),
    dict(
        name="fresh4_06_rural_drinking_water_review_scheme",
        source="http://6dgww.com/Article/15296309.html",
        doc_kind="scheme", partial=True,
        notes=["A county's scheme for re-checking rural drinking-water safety of poverty-alleviation households. The "
               "page shows the first 336 characters and then a truncation notice '（未完，全文共1375字，当前显示336字）' "
               "(kept as debris, unlabelled); the line asking the reader to read the prompt below was dropped.",
               "一、目标任务 has a body line and three （一）–（三） task statements (items); 二、工作内容 shows only its "
               "bare first sub-heading （一）开展达标复核."],
        units=["水利局"],
        text="""\
@T | 农村饮水安全脱贫攻坚工作方案
依照《水利局关于印发农村饮水安全脱贫攻坚达标复核工作方案的通知》，结合本县情况，制定县农村饮水安全脱贫攻坚达标复核工作方案如下：
@H1 sec=goals | 一、目标任务
依据对2016年至2018年脱贫人口和村组的调查，针对各村水利设施的问题，通过人饮管网、沟渠治理、堤防整治和新增灌溉蓄水池，扭转贫困村水利建设滞后的局面。
@I2 | （一）复核全县贫困户的农村饮水安全是否达标；加快制作发放农村饮水安全“明白卡”。
@I2 | （二）复核全县贫困户饮水安全达标退出的认定程序是否规范；水质检测报告是否入档；“四级认定是否完善”。
@I2 | （三）自查全县贫困户安全饮水工程是否建立长效机制，水费收取制度是否建立落实。
@H1 sec=goals alt=measures | 二、工作内容
@H2 | （一）开展达标复核
（未完，全文共1375字，当前显示336字）
""",
    ),
    dict(
        name="fresh4_07_project_labour_competition_scheme",
        source="https://chaoshi.m.zjtcn.com/classifydetails/2039589.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A construction project department's labour-competition implementation scheme (2016), extracted from a "
               "PDF: the spacing around figures and masks is kept ('“ XXX工程劳动竞赛领导小组”', '2016年 X月 X日', "
               "'安全生产 100 天'). Personal names are masked on the page ('XXX') and kept; the role lines are body.",
               "二、时间安排 has two run-in stages '1、启动阶段。 2016年 X月 X日…' and '2、竞赛实施阶段。 2016年 X月 X至 "
               "2016年 X月 X日，…': phases with masked dates; the first has only a start, the second a start "
               "written without 日 ('2016年 X月 X') and an end. The page ends inside the second stage."],
        units=["项目部", "XXX工程劳动竞赛领导小组"],
        text="""\
@T | 劳动竞赛实施方案
为调动项目职工的积极性和创造性、推进工程建设，打造“精品工程”、“样板工程”和“廉洁工程”，完成全年目标，项目部决定开展“安全生产 100 天，大干快上保产值”劳动竞赛，方案如下：
@H1 sec=responsibilities | 一、组织领导
为领导和协调全项目部的竞赛工作，成立“ XXX工程劳动竞赛领导小组”。
组长： XXX
副组长： XXX、XXX、XXX
成员：各部门负责人及作业队负责人
领导小组下设办公室，承担竞赛日常工作。
@H1 sec=phases | 二、时间安排
@H2 phase=启动阶段;2016年~X月~X日; | 1、启动阶段。 2016年 X月 X日项目部召开动员大会，宣布竞赛启动，随即转入竞赛。
@H2 phase=竞赛实施阶段;2016年~X月~X;2016年~X月~X日 | 2、竞赛实施阶段。 2016年 X月 X至 2016年 X月 X日，项目部各责任部门结合工程实际和计划组织
""",
    ),
    dict(
        name="fresh4_08_pharma_four_compare_competition_scheme",
        source="http://m.zaixiangufen.com/fangan/1526398.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A pharmaceutical company's 2014 “四比一创” labour-competition scheme on a template site; the title line is "
               "the page's own heading '关于竞赛方案参考' (the site name and time stamp were dropped). The year is "
               "masked on the page as '2x14' and kept.",
               "三、实施步骤 gives the overall period in a body line ('从2x14年1月开始至2x14年12月结束'; optional phase) "
               "and then '第一阶段：宣传发动阶段。…' and '第二阶段：组织实施阶段。…' without dates (phases, start and end "
               "null; heading texts set by hand because the colon rule would cut at '第一阶段'). The first stage's "
               "sentence is broken over two lines on the page (line 10 ends in '集团和'); kept. The page ends inside "
               "the second stage."],
        units=[],
        extra_phases=[dict(name="劳动竞赛", start_text="2x14年1月", end_text="2x14年12月", at="从2x14年1月开始")],
        text="""\
@T | 关于竞赛方案参考
按照集团公司的统一部署，为推动公司产业化稳步发展、增强行业竞争力，调动员工的积极性和创造性，确保全年经济指标完成并有所突破，公司决定开展2x14年度“四比一创”劳动竞赛，方案如下：
@H1 sec=guidance | 一、指导思想
立足公司长远发展和各部门实际，开展以“比安全生产、比节能降耗、比产品质量、创一流制药企业”为主题的劳动竞赛，在产品质量、服务水平、市场开拓和经营思路上下功夫，引导职工比拼技能。
@H1 sec=other alt=goals | 二、活动范围
提取车间、制剂车间外包装组、QC部、供应部、公用工程部员工。
@H1 sec=phases | 三、实施步骤
竞赛从2x14年1月开始至2x14年12月结束，依次经过宣传发动、组织实施、冲刺攻坚、总结表彰四个阶段。
@H2 text=第一阶段：宣传发动阶段 phase=宣传发动阶段;; | 第一阶段：宣传发动阶段。各部门、车间要严格按照集团和
公司“四比一创”活动的要求，召开动员会或以其他方式传达竞赛内容，引导员工主动参与，营造浓厚氛围。
@H2 text=第二阶段：组织实施阶段 phase=组织实施阶段;; | 第二阶段：组织实施阶段。各部门、车间按公司统一部署制定本单位活动方案，做到载体明确、重点突出、责任到人、全员参与，并及时总结推广好经验、好做法、
""",
    ),
    dict(
        name="fresh4_09_town_river_four_chaos_scheme",
        source="https://wnwk.com/doc/1040136.html",
        doc_kind="scheme", partial=True,
        title_override="2023年XX镇主要河流“清四乱〞专项行动方案范文",
        notes=["A town's 2023 special action scheme against the “四乱” on its rivers, from a document-sharing site. The "
               "download notices and the keyword list (one word per line) were dropped. The page shows two title lines "
               "differing only in '例文'/'范文'; both are title lines, the title is the second. The closing quote is "
               "the OCR'd '〞' as on the page; masks 'XX' kept.",
               "The action period '2023年2月-2023年7月' in the lead-in is an optional phase; the heading "
               "'一、专项行动方位、内容、目标' keeps the page's '方位' (范围). （一）行动范围：… and （二）行动内容：… are "
               "'label：body' headings; the three '1.乱占主要包括：…' lines are items. The page ends inside item 3."],
        units=[],
        extra_phases=[dict(name="专项清理整治行动", start_text="2023年2月", end_text="2023年7月",
                           at="2023年2月-2023年7月")],
        text="""\
@T | 2023年XX镇主要河流“清四乱〞专项行动方案例文
@T | 2023年XX镇主要河流“清四乱〞专项行动方案范文
依据2023年省第XX号总河长令部署的“五清〞专项行动，以及省水利厅、市水务局和县里关于开展主要河湖“清四乱〞专项行动的通知〔XX市水字〔2023〕XX号〕等文件要求，结合本镇实际，决定2023年2月-2023年7月对全镇河流管理范围内乱占、乱采、乱堆、乱建问题开展为期6个月的专项清理整治，特制订本方案。
@H1 sec=goals alt=other | 一、专项行动方位、内容、目标
@H2 sec=other | （一）行动范围：全镇主要河道、湖库。
@H2 | （二）行动内容：自2023年2月至2023年7月，用6个月集中清理整治主干河道管理范围内的乱占、乱采、乱堆、乱建问题。
@I3 | 1.乱占主要包括：围垦湖泊、围垦河道、非法侵占水域、滩地、种植阻碍行洪的林木及高杆植物。
@I3 | 2.乱采主要包括：河湖非法采砂、取土。
@I3 | 3.乱堆主要包括：河湖管理范围内乱扔乱堆垃圾；倾倒、填埋、贮存、堆放固体废物；弃置、
""",
    ),
    dict(
        name="fresh4_10_city_gas_safety_rectification_scheme",
        source="http://yndali.gov.cn/dlszf/c106764/202309/2517f0a67de64497b773d140d29b79a2.shtml",
        doc_kind="scheme", partial=True, title_override="大理市城镇燃气安全专项整治工作实施方案",
        notes=["A city's implementation scheme for the urban gas-safety special rectification (2023), from the city "
               "government's site; the index number, publisher, date, source, font-size and print links were dropped. "
               "The title appears twice (page heading and document heading), both title lines.",
               "二、工作安排 announces three periods and shows only the first, the run-in '（一）集中攻坚阶段（2023年8月至11月）。…' "
               "(phase; end written without the year); the page ends inside it."],
        units=[],
        text="""\
@T | 大理市城镇燃气安全专项整治工作实施方案
@T | 大理市城镇燃气安全专项整治工作实施方案
为汲取近年来城镇燃气重特大事故教训、全面加强城镇燃气安全风险隐患排查治理、保障群众生命财产安全，依据国家、云南省和大理州的城镇燃气安全专项整治方案，结合本市实际制定本方案。
@H1 sec=guidance | 一、总体要求
以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神，坚持人民至上、生命至上，统筹发展和安全，牢固树立“隐患就是事故、事故就要处理”的意识，以“时时放心不下”的责任感落实安全生产十五条硬措施和我省69项举措，压实企业、部门和属地责任，“大起底”排查、全链条整治城镇燃气风险隐患，基本建立燃气安全管理长效机制。
@H1 sec=phases | 二、工作安排
按国家统一部署，聚焦3个时间段压茬推进，落实“大起底”要求，做到彻底排查、彻底整改，发现的问题按时按质按量解决。
@H2 text=（一）集中攻坚阶段（2023年8月至11月） phase=集中攻坚阶段;2023年8月;11月 | （一）集中攻坚阶段（2023年8月至11月）。在全市重大事故隐患专项排查整治的基础上，用3个月左右时间集中攻坚，对城镇燃气全链条风险隐患深挖细查、对深层次矛盾问题“大起底
""",
    ),
    dict(
        name="fresh4_11_armed_forces_department_standardisation_scheme",
        source="http://www.zymmds.cn/zhuantifanwen/zhenxingxiangzhen/2023/0719/60923.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A district's implementation opinions on standardising grassroots people's armed forces departments, the "
               "first sample of a collection page (site header, collection title '乡镇武装部规范化建设5篇' and sample "
               "label '篇一：…' dropped). The title line is the document title in book-title marks as the page shows it; "
               "the addressee line is body. An 实施意见 with implementation steps, taken as a scheme (plan accepted).",
               "The site's label '精品文章' is kept as debris twice: on its own line before the title and on a line "
               "that splits a sentence of （一） ('从思想上提高' / '精品文章' / '对基层武装部规范化建设的认识。'). The masked "
               "document number '宿办发〔*〕71号' is kept. 三、实施步骤 shows '（一）动员部署阶段（8月1日至8月5日）。…' "
               "and the truncated '（二）拟定计划阶段（8月6日' (phase with a start only; the page ends there)."],
        units=["区政府"],
        text="""\
精品文章
@T | 《加强基层武装部规范化建设的实施意见》
各乡镇人民政府，宿豫经济开发区，区有关部门、单位，区各基层武装部：
为加强基层武装部规范化建设、构建全区民兵预备役建设平台、夯实基层民兵预备役战斗力基础，依据省、市有关文件精神，结合本区实际制订本意见。
@H1 sec=guidance | 一、指导思想
以“三个代表”重要思想和科学发展观为指导，以国防建设和经济建设协调发展为方针，依据宿办发〔*〕71号文件和宿迁市部署会要求，坚持“规范、统一、高效”原则，按“高点起步、功能完备、要素齐全、适当兼容”的思路，高标准完成新一轮基层武装部规范化建设。
@H1 sec=goals | 二、建设内容
坚持“软硬并举，以硬为主”，加大投入、强化管理：硬件上做到“有办公室、有活动室、有资料室、有器材室”，软件上做到“制度上墙、资料完善、管理规范”，全面提高规范化建设水平。
@H1 sec=phases | 三、实施步骤
@H2 text=（一）动员部署阶段（8月1日至8月5日） phase=动员部署阶段;8月1日;8月5日 | （一）动员部署阶段（8月1日至8月5日）。区政府召开各乡镇长和专武干部参加的部署会，传达上级文件和会议精神，专题部署全区规范化建设，广泛动员、明确要求，从思想上提高
精品文章
对基层武装部规范化建设的认识。
@H2 text=（二）拟定计划阶段（8月6日 phase=拟定计划阶段;8月6日; | （二）拟定计划阶段（8月6日
""",
    ),
    # ---------------------------------------------------- activity plans
    dict(
        name="fresh4_12_kindergarten_sports_meet_activity",
        source="https://m.wenke99.com/p-12633650.html",
        doc_kind="activity_plan", partial=True,
        notes=["A kindergarten's New-Year parent-child sports-meet plan (2010), one run-together block on a document-"
               "sharing site, split at the labels and numbering markers. All headings are unnumbered 'label：value' "
               "lines (活动主题, 活动宗旨, 活动时间, 活动地点, 参加人员) and the bare label '运动会流程：'; a short value "
               "after the colon keeps the whole line as heading text.",
               "The time '2010年12月31日8:3011:00' lost its dash on the page (kept, ASCII colons as on the page); "
               "活动时间 is an optional phase starting 2010年12月31日. The programme items 1、–9、 are items; the page "
               "numbers two items '8、' and runs '颁奖' straight into the next label '运动会注意事项' (split there). "
               "The page ends in the middle of the notes."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2010年12月31日", end_text=None, at="活动时间：2010")],
        text="""\
@T | 某某幼儿园运动会方案
@H1 sec=other | 活动主题：迎新年大手拉小手季亲子运动会
@H1 sec=guidance alt=goals | 活动宗旨：以“面向全体幼儿，人人参与运动，增强幼儿体质，促进幼儿健康成长”为宗旨，以“家园互动显和谐，游戏运动真快乐”为主题，通过竞技游戏、亲子游戏和体操表演丰富园内生活，培养幼儿运动兴趣和动作协调，也让家长在比赛中看到孩子的成长。
@H1 sec=phases alt=other | 活动时间：2010年12月31日8:3011:00
@H1 sec=other | 活动地点：本园操场、教室
@H1 sec=other | 参加人员：幼儿园全体教职工、幼儿园全体幼儿以及家长
@H1 sec=phases alt=other | 运动会流程：
@I2 | 1、鼓乐开场。（行后人员）
@I2 | 2、全体运动员入场。
@I2 | 3、奏国歌，升国旗。
@I2 | 4、园长致辞。
@I2 | 5、家长代表、运动员代表讲话。
@I2 | 6、欣赏解放军叔叔军体拳表演
@I2 | 7、各班团体操表演
@I2 | 8、班级家长代表拔河对抗赛。
@I2 | 8、幼儿分散参与运动会各比赛项目
@I2 | 9、颁奖
@H1 sec=requirements alt=other | 运动会注意事项
12月31日上午全园孩子、孩子的家长、
""",
    ),
    dict(
        name="fresh4_13_hospital_anniversary_activity",
        source="https://taowenge.com/p-7755769.html",
        doc_kind="activity_plan", partial=True, title_override="医院周年庆活动策划方案",
        notes=["A hospital's 60th-anniversary celebration plan from a document-sharing site. The file name, the sharing "
               "notice, the site blurb and the sample label '医院周年庆活动策划方案1' were dropped. The site's chunk "
               "markers are kept as debris: '1、' glued before the repeated title (line 1, the title line; title set "
               "by hand), '2、列庆典活动…' and '3、点：待定' in the middle of the words '系列' and '地点'.",
               "Headings 一、–五、 keep the page's wording ('宣扬', '详细支配' for 安排). 四、庆典活动内容 lists ten "
               "activities '1、庆典大会。' … '10、…' (items, run together on the page and split at the markers). Under "
               "五、详细支配 the bare '1、庆典大会' (level 2) has a time line ('20_年6月24日下午4:00', an optional "
               "time slot) and agenda items （1）–（3）; the page ends there."],
        units=[],
        extra_phases=[dict(name="庆典大会", start_text="20_年6月24日下午4:00", end_text=None,
                           at="时间：20_年6月24日下午4:00")],
        text="""\
@T | 1、医院周年庆活动策划方案
@H1 sec=guidance | 一、指导思想
通过系列庆祝活动回顾医院60年历程，展示医教研和基础建设成果，树立良好社会形象，增强职工的自豪感和使命感，凝聚力量，为实现三级甲等医院目标添动力，并以实际行动迎接建党90周年。
@H1 sec=guidance | 二、基本原则
隆重热情、节俭务实。
@H1 sec=goals alt=other | 三、院庆活动总体设想
拟将20_年6月24日（星期五）定为院庆日，举办系
2、列庆典活动，邀请上级和兄弟单位领导、社会各界及医院老领导、老职工参加；院庆前后另办文体活动、书画展和专题报道，编印60年成就画册、医院文化手册和近五年院志，烘托气氛。
@H1 sec=goals alt=other | 四、庆典活动内容
@I2 | 1、庆典大会。
@I2 | 2、文化及成就展示。
@I2 | 3、文体活动。
@I2 | 4、“转型跨更加展”座谈会。
@I2 | 5、当地报纸专版宣扬医院。
@I2 | 6、医院60年电视专题片在当地各电视台播放
@I2 | 7、评比出对医院学科发展做出杰出贡献人物。
@I2 | 8、撰写近5年院志。
@I2 | 9、编撰医院文化手册和医院60年成就画册。
@I2 | 10、全院职工照60年华诞全家福。
@H1 sec=phases alt=other | 五、详细支配
@H2 | 1、庆典大会
时间：20_年6月24日下午4:00 地
3、点：待定
庆典大会议程：
@I3 | （1）播放专题宣扬片。
@I3 | （2）主持人介绍来宾。
@I3 | （3）宣读贺电、贺信。
""",
    ),
    dict(
        name="fresh4_14_college_study_style_month_activity",
        source="http://m.jcsycorp.com/fanwen/xyhdchs/1431814274312920.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A college student union's second 'study-style month' activity plan in traditional characters (bodies "
               "rewritten in traditional characters). Headings '一、 活動背景' … '五、 活動形式' with a space after the "
               "numbering as on the page.",
               "三、 活動時間： is a two-column table flattened to one cell per line (unlabelled, as dev18); its three "
               "rows are phases labelled on the item-name cells: 活動前期通知、宣傳 (XX年5月3日 – XX年5月6日), "
               "查課、學風問卷調查 (XX年5月7日 – 5月25日) and 后期統計、評優、張榜 (start XX年5月底 only). 四、 舉辦單位 "
               "lists the organisers as key-value and name lines (body). Under 五、 the page's '（一）' arrived garbled "
               "as '。ㄒ唬 ' before '前期準備' (heading at level 2, numbering 'none', text given explicitly); its "
               "'（1）…' item is cut off mid-word."],
        units=["中國地質大學江城學院學生會學習部"],
        extra_phases=[
            dict(name="活動前期通知、宣傳", start_text="XX年5月3日", end_text="XX年5月6日", at="活動前期通知、宣傳",
                 optional=False),
            dict(name="查課、學風問卷調查", start_text="XX年5月7日", end_text="5月25日", at="查課、學風問卷調查",
                 optional=False),
            dict(name="后期統計、評優、張榜", start_text="XX年5月底", end_text=None, at="后期統計、評優、張榜",
                 optional=False)],
        text="""\
@T | “學風建設月”活動策劃方案
學風建設是高校永恆的主題，也是衡量辦學水平的重要標誌。為加強校風學風建設、助力我院學士學位授予權申請，校學生會學習部舉辦第二屆“學風建設月”活動，內容包括學風問卷調查和例行查課兩部分，以此提高江城學院的辦學水平。
@H1 sec=background alt=goals | 一、 活動背景
每到學期中後段，同學們的學習熱情會有所下降；為營造良好的學習氛圍、增強英語四六級和期末考試前的緊迫感，督促大家養成良好學習習慣，特開展本活動。
@H1 sec=guidance alt=goals | 二、 活動宗旨
通過學術活動帶到學風建設
@H1 sec=phases alt=other | 三、 活動時間：
活動項目
開展時間
活動前期通知、宣傳
XX年5月3日- XX年5月6日
查課、學風問卷調查
XX年5月7日- 5月25日（三周）
后期統計、評優、張榜
XX年5月底
@H1 sec=responsibilities | 四、 舉辦單位
主辦方：中國地質大學江城學院學生會學習部
協辦方：中國地質大學江城學院學生會宣傳部
中國地質大學江城學院學生會秘書處
中國地質大學江城學院地質科學與工程學部學生會學習部
中國地質大學江城學院機械與電子信息學部學生會學習部
@H1 sec=goals alt=measures | 五、 活動形式
本屆活動以隨機抽查到課情況和學風問卷調查為載體，通過考核評優評先，進一步促進學風建設。
@H2 text=前期準備 | 。ㄒ唬 前期準備
@I3 | （1）5月2日（周三）之前，各學部（院）上交大一、大二所
""",
    ),
    dict(
        name="fresh4_15_dormitory_showcase_activity",
        source="https://runtb.com/shiyongwen/cehuashu/15662.html",
        doc_kind="activity_plan", partial=True, title_override="寝室风采展示活动策划书",
        notes=["A college school's dormitory showcase contest plan on a template site; the page shows the title twice "
               "(page heading and article heading; both title lines); the time line and the site blurb were dropped.",
               "Headings 一、–四、 end in '：'. 四、活动安排： gives the overall period with its dash lost "
               "('XX年4月5日5月30日'; optional phase XX年4月5日 – 5月30日) and the first stage "
               "'第一阶段：宣传发动阶段（4月5日10日）。…' (dash lost: start 4月5日, end 10日, as dev19 keeps damaged "
               "dates; heading text set by hand); the page ends inside it."],
        units=["动物科学学院团委", "学生会"],
        extra_phases=[dict(name="宿舍风采展示大赛", start_text="XX年4月5日", end_text="5月30日", at="XX年4月5日5月30日")],
        text="""\
@T | 寝室风采展示活动策划书
@T | 寝室风采展示活动策划书
@H1 sec=goals alt=guidance,background | 一、活动目的和活动意义：
宿舍是大学集体生活的基本单元，宿舍文化是校园文化的窗口，影响着每个成员的生活方式和学习态度。为把文明礼貌教育和宿舍文化建设结合起来，创造整洁、卫生、安全、和谐的生活环境，由动物科学学院团委、学生会主办，生活部、女生部、自律部、学习部承办，在全院开展首届禾丰杯宿舍风采展示大赛。
@H1 sec=other | 二、活动主题：
我爱我家、我建我家
@H1 sec=other | 三、活动对象：
动物科学学院非毕业班宿舍
@H1 sec=phases | 四、活动安排：
XX年4月5日5月30日，本次活动分为四个阶段进行。
@H2 text=第一阶段：宣传发动阶段（4月5日10日） phase=宣传发动阶段;4月5日;10日 | 第一阶段：宣传发动阶段（4月5日10日）。学院团委召开学生会主席团、各部部长和各班班长会议公布方案；生活部召开生活委员会议；班长和生活委员再召开宿舍长会或班会，让每位同学知晓并参与本次活动，切实
""",
    ),
    dict(
        name="fresh4_16_union_reading_group_activity",
        source="https://taowenge.com/p-40062380.html",
        doc_kind="activity_plan", partial=True, title_override="企业工会读书小组活动方案",
        notes=["A company union's reading-group activity plan from a document-sharing site. The file name, the sharing "
               "notice, the blurb and the sample label '企业工会读书小组活动方案1' were dropped. The site's chunk markers "
               "are kept: '1、' glued before the title (line 1, a title line; title set by hand), '2、' starting the "
               "second chunk right after item '1、…观赏； 2、' (the item's own '2、' is left at the end of line 8; the "
               "next line is labelled as item 2 with the chunk marker as its numbering), and '3、23日，…' splitting the "
               "date '3月23日' after the truncated item '6、3月'.",
               "一、–五、 are 'heading： value' lines; 四、活动时间： '3月17日4月15日' lost its dash (optional period). "
               "Under 六、 the items '1、'–'6、'; item 5、征稿时间： has two dated steps '（1）推举美文时间：3月17日22日；' "
               "and '（2）征集读后感时间：3月26日4月2日；' (phases with damaged ranges, start and end split at the "
               "day)."],
        units=["企划部"],
        extra_phases=[dict(name="活动时间", start_text="3月17日", end_text="4月15日", at="四、活动时间")],
        text="""\
@T | 1、企业工会读书小组活动方案
@H1 sec=other | 一、活动主题： 美文共观赏，心得大家谈！
@H1 sec=goals alt=guidance | 二、活动目的： 加强企业文化，增强凝聚力；丰富员工业余生活，陶冶情操，营造互相沟通、共同学习的氛围。
@H1 sec=responsibilities | 三、主办单位： 企划部
@H1 sec=phases alt=other | 四、活动时间： 3月17日4月15日
@H1 sec=other | 五、参与对象： _全体员工
@H1 sec=goals alt=requirements | 六、活动内容及细则：
@I2 | 1、公司每个员工可以把自己曾经读过的美文佳作（更欢迎自己的原创作品）推举给其他员工一起观赏； 2、
@I2 | 2、全体员工可依据已张贴出来的推举作品，写下自己的读后感和心得体会。
@I2 | 3、推举文章体裁不限，要求内容健康，乐观向上，读后能给人以启迪，字数在两千字以内；读后感体裁不限，字数不限。
@I2 | 4、活动以三个事业部和一个职能服务部为参赛单位，按各部人数分别上交精品美文和读后感各2至5篇，稿件以电子文档交企划部或人力资源部。
@I2 sec=phases alt=goals | 5、征稿时间：
@I3 text=（1）推举美文时间：3月17日22日 phase=推举美文时间;3月17日;22日 | （1）推举美文时间：3月17日22日；
@I3 text=（2）征集读后感时间：3月26日4月2日 phase=征集读后感时间;3月26日;4月2日 | （2）征集读后感时间：3月26日4月2日；
@I2 | 6、3月
3、23日，全部推举的美文经主办单位审核后，先以不署名的形式（公布评比结果后再署名）将作品
""",
    ),
    dict(
        name="fresh4_17_rural_greening_campaign_month_activity",
        source="http://www.www-68455.com/about/gongzuotongzhi/2015/0518/54242.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True, title_override="春季農村綠化突擊月活動通知",
        notes=["A county's notice on a spring rural greening campaign month (2015) in traditional characters, from a "
               "template site; the site blurb '前言：…' was dropped. The title appears twice (page heading and article "
               "heading), both title lines. Bodies rewritten in traditional characters.",
               "一、活動步驟 gives the overall period (2015年3月5日至2015年4月5日, optional) and four stages whose "
               "headings '（一）整地挖塘階段。' carry no date: each stage's dates open the body line below "
               "('3月5日至10日，…'); phases labelled on the headings with the dates from the next line. 二、工作要求 "
               "has （一）（二） (goals); the page ends inside （二）'s list '一是…六是'."],
        units=[],
        extra_phases=[dict(name="春季農村綠化突擊月活動", start_text="2015年3月5日", end_text="2015年4月5日",
                           at="活動時間為2015年3月5日")],
        text="""\
@T | 春季農村綠化突擊月活動通知
@T | 春季農村綠化突擊月活動通知
@H1 sec=phases | 一、活動步驟
春季農村綠化突擊月活動時間為2015年3月5日至2015年4月5日，分四個階段進行：
@H2 phase=整地挖塘階段;3月5日;10日 | （一）整地挖塘階段。
3月5日至10日，按規劃設計和技術標準整地挖塘、保證質量；3月13日進行第一次觀摩評比，每個鄉鎮準備1個觀摩點。
@H2 phase=春栽啟動階段;3月11日;15日 | （二）春栽啟動階段。
3月11日至15日，各鄉鎮選定造林地點開展春栽示範。
@H2 phase=春栽會戰階段;3月16日;31日 | （三）春栽會戰階段。
3月16日至31日，組織人力、物力和機械全面開展春栽會戰；4月1日進行第二次觀摩評比，每個鄉鎮準備2-3個觀摩點，抽取1個觀摩。
@H2 phase=突擊掃尾階段;4月1日;5日 | （四）突擊掃尾階段。
4月1日至5日，各鄉鎮對春季造林回頭看、查漏補缺，宜林地應栽盡栽。
@H1 sec=requirements alt=goals | 二、工作要求
@H2 sec=goals | （一）咬定800萬株植樹目標。
圍繞“五帶四區三沿”開展造林綠化。
@H2 sec=goals | （二）突出重點工程。
重點工程有六項：一是在全縣河道、溝渠塘壩、沿湖灘岸和新開河道堤坡繼續建設護堤護岸林；二是完善西南崗3萬畝生態林果基地和青天線苗木林果產業帶；三是續建補植永久性森林；四是結合“三化一攻堅”開展城鎮和村莊綠化，創建全國綠化模範縣；五是對近三年沿路沿線綠化工程回頭看、補植缺株斷壟；六是農田林網建設工程。各鄉
""",
    ),
    # --------------------------------------------------------- summaries
    dict(
        name="fresh4_18_ecology_bureau_annual_summary",
        source="https://m.wenke99.com/p-9974438.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city ecology and environment bureau's 2021 summary and 2022 work ideas, one run-together block on a "
               "document-sharing site; the lead-in ends '现汇报如下：' (report accepted). Figures are masked on the page "
               "('X市', 'PMX', 'X%', 'X河') and kept, as are the water-quality classes whose Roman numerals the page "
               "lost ('均值为类').",
               "一、2021年工作开展情况 with run-in （一）（二）; （二） carries '一是…' inside its line (not labelled). "
               "The page ends mid-sentence."],
        units=["市生态环境局"],
        text="""\
@T | 市生态环境局2021年工作总结和2022年工作思路
今年以来，市生态环境局在厅党组和市委市政府领导下，贯彻习近平生态文明思想和党的十九届六中全会及省、市党代会精神，以改善生态环境质量为核心，坚持问题导向、环保为民，精准、科学、依法治污，各项工作取得积极成效，现汇报如下：
@H1 sec=achievements | 一、2021年工作开展情况
@H2 | （一）生态环境质量持续改善。2021年X-X月，X市PMX平均浓度为X微克/立方米，全省排名第X，空气优良率X%，全年无重污染天气；“十四五”X个国考断面中，长江东西梁山、青弋江宝塔根、黄浒河荻港等X个断面均值为类；县级以上集中式饮用水水源地达标比例X%；固废、危废和辐射环境安全总体稳定，未发生环境安全事件和重大涉环群体性事件。
@H2 | （二）深入打好污染防治攻坚战。一是注重精准施策，稳步改善大气环境。积极做好应对气候
""",
    ),
    dict(
        name="fresh4_19_intermediate_court_halfyear_summary",
        source="https://www.mingyanjiaju.org/fanwen/banniangongzuozongjie/1332916505636454_3.htm",
        doc_kind="summary", partial=True,
        notes=["An intermediate court's 2024 half-year summary in traditional characters, page 3 of a paginated article: "
               "it starts at the last measure '（三）在各審判庭…' of a part whose heading is not visible (an item at "
               "level 2, level 1 accepted, kind achievements). Bodies rewritten in traditional characters; the masked "
               "officials ('市委*書記') and personal names were dropped.",
               "二、存在的問題 has run-in '一是…' '二是…' problem headings (level 2); the page ends inside the second."],
        units=[],
        text="""\
@T | 中級人民法院2024年上半年工作總結
@I2 lvlalt=1 sec=achievements | （三）在各審判庭和接待場所安裝電子監控設施，全程掌握審判人員的工作作風和庭審情況，有效監督法官的審判行為。
這些工作有力推動了以審判為中心的各項工作。近期省法院和市委、市人大、市政協、市委政法委領導來院視察調研，對法院工作給予充分肯定；《人民法院報》頭版頭題配發短評報導我院便民導訴接訪工作，《今日安報》以《大鵬展翅雲飛揚》為題詳細報導我院隊伍建設和審判執行工作。
@H1 sec=problems | 二、存在的問題
回顧半年工作，成績之外，部門績效考核也暴露出一些不容忽視的問題，在一定程度上影響了我院整體形象。
@H2 | 一是在案件審理過程中超審限的問題依然嚴重。新一屆班子雖反覆強調辦案質量和審限並採取措施，仍有部門重視不夠，個別案件久拖不決、久拖不執；本次考核中12個業務部門有7個部門存在案件超審限問題，占全院業務部門的58.33%。
@H2 | 二是參加集體活動情況不均衡。上半年大部分庭（處、室）能按院黨組安排積極參加各類集體活動，不少同志犧牲休息時間加班加點；但少數部門對本院組織的活動參加的就
""",
    ),
    dict(
        name="fresh4_20_township_forestry_station_summary",
        source="https://wenku.docs.qq.com/detail?docId=U9cm03iEav",
        doc_kind="summary", partial=True, title_override="6乡镇年度林业站农林工作总结",
        notes=["A township forestry station's annual agriculture-and-forestry summary from a document-sharing viewer. "
               "The title line carries the site's list number glued to it ('6乡镇年度…'; kept in the title as the page "
               "shows it); the viewer's preview paragraph, which repeats the opening, was dropped. Masks ('xxxx年', "
               "'“xxxx”重要思想') and the damaged year range '2001xxxx年度' are kept; the viewer's page marker "
               "'第1页 共 10 页' is kept as debris after the last line.",
               "一、主要工作情况 with run-in '（一）植树造林。…' … '（三）森林资源保护。①…②…' (the ① ② points stay inside "
               "the line, not labelled); the page ends mid-word inside ②."],
        units=["镇林业站"],
        text="""\
@T | 6乡镇年度林业站农林工作总结
xxxx年，镇林业站在区林业局和乡镇党委、政府的领导指导下，以保持党员先进性教育活动为重点，实践“xxxx”重要思想：以发展为主线抓“两大工程”建设，以林政执法为基础抓森林管护、森林三防和野生动植物保护，以科技为动力抓自身建设和林业产业，较好地完成了预期任务。总结如下：
@H1 sec=achievements | 一、主要工作情况
@H2 | （一）植树造林。全年人工造林4409.5亩，栽植花椒17.2万株、柑桔13.9万株、桑树44.0万株，义务植树3.5万株，育苗200亩，涉及柑桔、板栗、冬枣、枇杷、桑树、花椒6个树种，可供苗木200多万株。
@H2 | （二）退耕还林工程建设。完成2001xxxx年度的清查整改、苗木补植和补助兑现，完成xxxx年度6999.3亩补植及损失面积调整和重造，完成xxxx年度1545.9亩退耕还林任务。
@H2 | （三）森林资源保护。①严格执行森林限额采伐，专人办理采伐许可证，全年采伐林木529.1立方米，占年计划11%，均为农民自用材，办证407份；②全面清理整顿木材加工厂，木林加工厂办证6家，进一步规范木
第1页 共 10 页
""",
    ),
    dict(
        name="fresh4_21_fire_rescue_annual_summary",
        source="http://www.boteman.cn/paper/441750356.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A summary of fire and emergency-rescue work (national figures for 2022) from a document-sharing site whose "
               "text is machine-converted to traditional characters; the licence notice and '文檔簡介' were dropped. "
               "Bodies rewritten in traditional characters. The page's PDF line breaks split sentences; one such break "
               "is kept (lines 2-3), as is the OCR'd full stop '%o' at the end of a figure line.",
               "All headings are unnumbered short labels: 基本情況 (level 1, background) with 火災情況 and 應急救援情況 "
               "(level 2); the page ends inside the rescue figures."],
        units=["消防救援隊伍"],
        text="""\
@T | 消防應急救援工作總結
火是文明的象徵，卻也在帶來溫暖和光明的
同時帶來災難，威脅生命財產安全，還會造成環境污染和社會影響，因此消防應急救援工作尤為重要。
本文總結我國消防應急救援工作情況，分析存在的問題，並探討今後的發展方向。
@H1 sec=background alt=achievements | 基本情況
@H2 | 火災情況
2022年，全國共發生火災7.46萬起，死亡121人，直接財產損失1.15億元；與2021年相比，火災起數和死亡人數分別下降28.2%和38.1%，直接財產損失下降29.2%o
從原因看，電氣原因仍居首位，佔44.8%；生活用火不慎、生產作業不慎、玩火、放火、自燃、雷擊和靜電等分別佔18.6%、7.7%、4.2%、3.1%、2.7%和1.0%。
從區域看，城市火災起數和死亡人數分別佔89.2%和90.1%，農村佔10.8%和9.9%；從場所看，住宅火災起數和死亡人數分別佔51.1%和56.0%。
@H2 alt=achievements | 應急救援情況
2022年，全國消防救援隊伍共接警出動127.6萬起，成功處置各類災害事故7.4萬起，搶救被困人員3.5萬人，疏散轉移被困群眾8.6萬人，保護財產價值
""",
    ),
    # ----------------------------------------------------------- reports
    dict(
        name="fresh4_22_city_courts_halfyear_report",
        source="https://gaozipu.com/baogaohuibao/3063.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A city's courts' 2022 half-year work report, the first of a two-report collection page (the collection "
               "title '…汇编(2篇)' was dropped). Figures and names are masked on the page ('xxxxx件', 'xx.xx%', 'x月', "
               "'xx某幕墙公司') and kept.",
               "一、上半年工作情况 has a lead-in and figures, then '（一）聚力聚焦服务大局，…' (level 2) and the "
               "unnumbered run-in sentence heading '主动服务保障双“一号工程”。…' (level 3); the page ends inside that "
               "paragraph, which also carries further points ('助力做优做强数字经济，…', '快审快执涉企案件，…') "
               "not labelled."],
        units=["全市法院", "中院"],
        text="""\
@T | 人民法院2022年上半年工作情况报告
@H1 sec=achievements | 一、上半年工作情况
今年以来，全市法院在市委领导、市人大监督和市政府、市政协及各界支持下，围绕为党代会胜利召开营造安全稳定环境这条主线，锚定“充分彰显省会担当，争先进位第一方阵”目标，弘扬“脚上有土、心中有谱”作风，应对x月中旬突发疫情，各项工作取得新进展。
上半年，全市法院受理案件xxxxx件（含旧存xxxx件），审（执）结xxxxx件，法官人均结案xxx件，同比分别上升xx.xx%、xx.xx%、xx.xx%；其中中院受理xxxx件（含旧存xxx件），审（执）结xxxx件，法官人均结案xxx件。全市法院xx个集体和个人获省级以上表彰。
@H2 | （一）聚力聚焦服务大局，忠诚践行强省会战略的司法使命
@H3 text=主动服务保障双“一号工程” | 主动服务保障双“一号工程”。成立院长任组长的领导小组和工作专班，实行“一位分管领导、一个工作专班、一本工作台账”机制，并出台提供司法保障的实施意见，获市委、市人大主要领导批示肯定。助力做优做强数字经济，与京东、阿里合作上线“破产重整·智慧平台”，提高破产财产处置效率。快审快执涉企案件，xx某幕墙公司与x某置业公司工程施工合同纠纷执行案入选全省法院服务保
""",
    ),
    dict(
        name="fresh4_23_district_court_halfyear_report",
        source="http://wcrd.wuchang.gov.cn/zyfb/003005/20250221/f5a9bbf5-e90f-4833-88eb-865756a68893.html",
        doc_kind="report", partial=True,
        notes=["A district court's 2024 half-year report to the district people's congress standing committee, from the "
               "congress's site; the breadcrumb and the publish/print line were dropped. Title line, then the "
               "dated subtitle line, the reporting body and the salutation (all body, unlabelled).",
               "'上半年重点工作' is an unnumbered label heading (level 1) above '一、增强大局意识，…' (level 2), under "
               "which two unnumbered run-in sentence headings '服务平安武昌建设。…' and '助力优化营商环境。…' (level 3). "
               "The page's stray space in '每一个司 法案件' is kept in the rewritten lead-in's quote. The page ends "
               "inside the second run-in paragraph."],
        units=["武昌区人民法院"],
        text="""\
@T | 区人民法院2024年上半年工作情况报告
——2024年8月29日在武汉市武昌区第十六届人大常委会第二十三次会议上
武昌区人民法院
主任、各位副主任、各位委员：
2024年上半年，武昌区人民法院以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和二十届二中全会精神，围绕“努力让人民群众在每一个司 法案件中感受到公平正义”目标，抓实“公正和效率”主题，以审判管理现代化推进审判工作现代化。上半年全院受理各类案件19768件，结案15399件，结案率77.90%。
@H1 sec=achievements | 上半年重点工作
@H2 | 一、增强大局意识，在护航武昌高质量发展上担当作为
@H3 | 服务平安武昌建设。审结刑事案件582件；会同区检察院、区公安分局、区司法局制定毒品犯罪案件工作指引，审结涉毒案件131件；审结危害“头顶”“舌尖”“出行”安全犯罪125件、养老和电信网络诈骗案件12件、涉众型经济犯罪18件，追赃挽损4亿元；审结贪污受贿犯罪10件、行贿犯罪2件和为腐败犯罪人员洗钱犯罪4件。
@H3 | 助力优化营商环境。为压降企业诉讼成本，民商事案件小额诉讼及简易程序适用率达91.47%，平均审理时间降至53.67天。做实涉企案件
""",
    ),
    # ------------------------------------------------------------ speech
    dict(
        name="fresh4_24_county_conscription_meeting_speech",
        source="https://laobiganzi.top/104410.html",
        doc_kind="speech", partial=True, title_override="在全县征兵工作会议上的讲话",
        notes=["A county leader's speech at the county conscription meeting from a speech-template site; the title "
               "appears twice (page heading and article heading, both title lines); the date line was dropped. "
               "Masks ('X部长', 'X书记', '20XX年') kept; the county head's given name in the lead-in was dropped.",
               "One speech point '一、提高认识，强化责任担当' (level 1) with run-in '（一）…。' '（二）…。' sub-points "
               "(level 2). The lead-in's '五个阶段、七个重点' are not phases. The page ends mid-sentence."],
        units=[],
        text="""\
@T | 在全县征兵工作会议上的讲话
@T | 在全县征兵工作会议上的讲话
刚才，X部长总结了20XX年全县征兵工作，解读了今年征兵工作的五个阶段、七个重点；X书记宣读了先进单位和个人名单，县长宣读了今年的征兵命令，这既是动员令也是作战令，各单位要按命令的任务、时间、对象和年龄标准抓好落实。下面，就做好今年的征兵工作，我讲几点。
@H1 sec=requirements alt=guidance,measures | 一、提高认识，强化责任担当
征兵是国防和军队现代化建设的源头工程、基础工程，全县上下要站在实现“强军梦”“强国梦”的高度认识它的重要意义。
@H2 | （一）做好征兵工作是必须完成的政治任务。我国处于发展黄金期，也处于矛盾凸显期，国家安全形势更趋复杂，迫切需要强大的军队；士兵来自征兵，各级各部门要从讲政治的高度抓紧抓好，高标准完成今年任务。
@H2 | （二）做好征兵工作是顺应时代的客观要求。国内外形势日趋复杂，军队使命更重；部队加快向信息化转变，装备越来越先进，对兵员素质的要求和征兵标准随之提高。今年
""",
    ),
]
