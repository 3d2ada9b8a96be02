# -*- coding: utf-8 -*-
"""The 140th held-out fresh set: WORK SUMMARIES of government departments
(交通, 人社, 水利 / 水务, 住建, 统计, 国土资源, 财政) that turn to the next
period's plan: 上半年总结及下半年计划 / 年度总结暨明年计划 titles, a part
of problems followed by 20xx年重点做好以下工作, 下步措施, a self-inspection
report announcing 困难和问题 and 努力方向, a town's fiscal final-accounts
report.  Found as stored public web pages with the `search` tool's `pages`
corpus (queries in notes_queries.txt).  None of the source pages is a source
of another set (checked against every used_sources.tsv, *.lst and label file
under /work/fresh*/ and /work/main/tests/corpus_fresh*/ when each page was
chosen and again when the set was finished).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (posting lines,
  document-sharing notices, repeated page titles) was dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation (for long item lines: the labelled first clause); full-width
  punctuation （）：，； was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans, document numbers and masking
  (xx, XX, ___, *, x) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH140_DOCS = [
    dict(
        name="fresh140_01_county_transport_bureau_problems_then_next_year_plan",
        source="http://m.010zaixian.com/gongwen/gongzuojihua/115995.htm",
        doc_kind="summary", doc_kind_alt=["plan"], partial=True,
        notes=["A county transport bureau's year-end text under the page title '关于交通运输的下半年的工作计划和总结' "
               "(kept as the title line; the posting date line was dropped). The visible part is the end of the "
               "summary and the start of the plan: a paragraph of shortcomings ('…但还存在一些不足。主要表现在：一是…"
               "二是…三是…', the points inside one body line, not labelled), a lead-in '20xx年我局将…重点做好以下工作：' "
               "and two plan points （一）（二）.",
               "（一）（二） are the top level shown: level 1 (level 2 accepted, the plan's own parent heading such as "
               "'二、明年工作计划' is not in view; the lead-in stands in its place). They are next_steps, the plan part "
               "of a summary (goals and measures accepted, as task areas of a plan).",
               "doc_kind summary (the text opens with '一年来…取得了一定的成绩，但还存在一些不足'), plan accepted: the "
               "title names both and most of the visible text is forward-looking.",
               "The site's own title '交通运输局201x上工作总结及下半年工作计划' is glued twice into the body of （二） "
               "('…x公里养护里程交通运输局201x上…'), a watermark-like repeat kept as debris and never labelled. The page "
               "ends mid-word ('树立农'), kept.",
               "Project and place names (小湾库区, 五印公路, 青华公路, 犀牛渡码头, 弥巍二级公路, 分河公路, 龙街公路) are "
               "kept; '20xx' masking kept. No phases (the visible text names years only)."],
        units=[],
        text="""\
@T | 关于交通运输的下半年的工作计划和总结
一年来，经过全局干部职工的共同努力，全县交通运输工作有了一定成绩，但也有不足，主要表现在：一是部分项目进展不快、配套资金不到位，还要加大力度、加快进度；二是养护资金不足，公路养护管理有待加强；三是超限超载运输和非法营运屡禁不止，路政执法监管需进一步加强。
20xx年我局将继续以基础设施建设为重点，抓好安全生产管理，规范运输市场行业管理，提高服务质量和水平，重点做好以下工作：
@H1 sec=next_steps alt=goals,measures lvlalt=2 | （一）抓好项目建设，严格项目管理
做完20xx第二批行政村通畅工程和小湾库区8个船舶停靠点建设的扫尾，以及五印公路、牛街爱国公路大中修的附属工作；实施青华公路沥青路面改造、20xx年行政村通畅工程和犀牛渡码头建设，争取启动危桥改造和客运站点建设。同时围绕国家投资导向做实项目前期，力争完成弥巍二级公路前期工作，争取20xx年行政村通畅工程和分河公路、龙街公路沥青路面改造项目。
@H1 sec=next_steps alt=goals,measures lvlalt=2 | （二）落实公路养护责任，加强农村公路管理养护
养护好全县x公里养护里程交通运输局201x上工作总结及下半年工作计划交通运输局201x上工作总结及下半年工作计划。要树立正确的养护意识，改变“重建轻养”，把建、管、养并重落到实处；明确责任主体，按“县道县管，乡镇配合，乡村道乡村管，县级指导”的原则探索农村公路管养新模式，坚持“谁受益，谁养护，谁管理”，调动村组干部和群众的积极性，常年养护与季节性养护、投工投劳与有偿养护相结合。树立农
""",
    ),
    dict(
        name="fresh140_02_city_hrss_bureau_q2_employment_progress_and_next_measures",
        source="http://rsj.linyi.gov.cn/info/1804/35892.htm",
        doc_kind="report", doc_kind_alt=["summary"], partial=False,
        notes=["A city human-resources and social-security bureau's (人社局) short progress report on employment work "
               "for the second quarter, on its government site. The whole text is in view (three parts); the page "
               "shows no title line, so title is null.",
               "一、工作推进情况 (the quarter) and 二、今年以来推进情况 (the year so far) are achievements; 三、下步措施 is "
               "next_steps (measures accepted).",
               "Under 三、 the four points '一是…' to '四是…' are task sentences, labelled items at level 2; their first "
               "sentence is kept as written (including the source's '技能人才培训格', a character missing), the rest "
               "of 二是 is rewritten.",
               "'九月底前完成全部人员上岗' is a deadline inside a task line, not a phase. '第十七届“劳动之星”职业技能竞赛', "
               "'沂蒙首席技师', '临沂市技师工作站' and '临沂市技能大师工作室' are kept as named."],
        units=[],
        text="""\
@H1 sec=achievements | 一、工作推进情况
二季度全市城镇新增就业3.23万人，为全年任务的35.86%；新设城乡公益性岗位1.5万个，达到全年任务的150%；开展职业技能培训4.52万人次，完成45.2%；新增高技能人才0.23万人以上，完成23.04%。
@H1 sec=achievements | 二、今年以来推进情况
年初以来城镇新增就业6.1万人，完成全年任务的67.8%；城乡公益性岗位1.5万个，完成150%；全市职业技能培训6.32万人次，完成63.2%；新增高技能人才0.49万人以上，完成49.16%。
@H1 sec=next_steps alt=measures | 三、下步措施
@I2 | 一是加快推进创业扶持、稳岗政策、技能提升、优化招聘服务等重点工作落实，确保就业形势总体稳定。
@I2 | 二是指导县区开展深入推进城乡公益性岗位扩容提质行动，确保九月底前完成全部人员上岗。同时加大督查，开展城乡公益性岗位质效提升年行动，管好在岗人员、发好补贴。
@I2 | 三是整合各部门培训资源，积极构建职业院校、技工院校、企业职工培训中心、职业培训机构等多方参与的技能人才培训格。
@I2 | 四是通过组织开展第十七届“劳动之星”职业技能竞赛、开展沂蒙首席技师选拔、认定临沂市技师工作站和临沂市技能大师工作室、组织开展企业自主评价和社会化评价等举措，大力培育高技能人才，不断壮大高技能人才队伍规模，确保顺利完成年度目标任务。
""",
    ),
    dict(
        name="fresh140_03_district_water_bureau_2018_halfyear_summary_and_plan",
        source="https://61taotao.com/office/18555.html",
        doc_kind="summary", doc_kind_alt=["plan"], partial=True,
        notes=["A district water bureau's '水利局2018年上半年工作总结及下半年工作计划' as the preview of a document-sharing "
               "site (file size, date and the site's four notices dropped). The preview arrived as one run-together "
               "block; it was split into lines at the title and the numbered headings. Only the first part (上半年工作总结) "
               "is in view; the preview ends mid-word ('…全面提升防汛抢险整').",
               "'第一、上半年工作总结' is the top level (numbering '第一、' as written, style 第一), achievements; the "
               "document's second part (下半年工作计划) is not in view. '一、重点水利工程建设。…' and '二、认真做好防汛抗旱"
               "准备。…' are run-in headings at level 2.",
               "Inside 二、 the source runs four short labels into one paragraph ('排查险工险段。', '制定各类预案。', "
               "'落实包保责任。', '做好人员物资准备。'); they stay inside the body line and are not labelled.",
               "The project period '（2017年11月-2019年11月）' inside the body of 一、 is not a phase. The masked "
               "district 'XX区' and the river and place names (西淠河, 独山, 西河口望江寺, 西汲河) are kept."],
        units=["区水利部门", "区防汛指挥部"],
        text="""\
@T | 水利局2018年上半年工作总结及下半年工作计划
@H1 sec=achievements num=第一、 | 第一、上半年工作总结
@H2 | 一、重点水利工程建设。2018年上半年XX区在建、续建的重点水利工程共四大项：西淠河治理独山翻板坝工程投资2395万元，已完成97%；西淠河治理独山翻板坝至西河口望江寺段投资2577万元，完成35%；独山特色小镇ppp项目西淠河治理生态基础工程一期投资5463.56万元（2017年11月-2019年11月），完成7.5%；西汲河治理工程投资4800万元，完成70%。各项目都按时间节点有序推进。
@H2 | 二、认真做好防汛抗旱准备。排查险工险段：3月初起区水利部门组织20多名技术人员，把境内河流、堤防、小水库、塘堰坝、放水涵、排灌站全面查了一遍，排除隐患；制定各类预案：区防汛指挥部提前制定防洪、防台风、防泥石流等应急预案；落实包保责任：层层落实行政首长负责制，重点工程包保到人；做好人员物资准备：防汛仓库储备编织袋35.15万条、砂石料2745吨、冲锋舟6艘、橡皮艇5艘、发电机10多台和土工布等物资，总价值287万元，并逐项清点；组建区级抢险队伍2支30人、乡镇抢险队伍15支285人，开展水上抢险演练，全面提升防汛抢险整
""",
    ),
    dict(
        name="fresh140_04_district_housing_bureau_2015_summary_and_2016_plan",
        source="https://m.wenke99.com/p-4730405.html",
        doc_kind="summary", doc_kind_alt=["plan"], partial=True,
        notes=["A district housing-and-construction bureau's (住建局) '区住建局2015年工作总结暨2016年工作计划' as the preview "
               "of a document-sharing site. The preview is one run-together block (the title runs straight into the "
               "opening, the first heading straight into its body: '…2015年工作成绩斐然2015年，我局…'); it was split into "
               "lines at the title, the headings and the '一是' / '二是' points. Only the start of the 2015 review is in "
               "view; the 2016 plan is not.",
               "'一、务实求效，实干争先，2015年工作成绩斐然' is level 1, achievements (a slogan-style heading without a "
               "keyword). '1、以项目建设为重点，加快城市发展。' stands alone at level 2; the '一是重点项目按时序推进。…' and "
               "'二是园林绿化进展顺利。…' points are run-in headings at level 3 (in the source they follow the 1、 heading "
               "in the same paragraph; splitting them onto lines is our judgement call).",
               "The last line is cut by the preview after '全年计划实施项目', kept as a fragment. The source's masking of "
               "road names ('*路*桥', '*路北延', '*区东城污水处理厂', '*滨河路') is kept. Targets and forecasts "
               "('预计到2015年年底完成…') are not phases."],
        units=[],
        text="""\
@T | 区住建局2015年工作总结暨2016年工作计划
今年以来，我局围绕区委区政府的部署履行部门职责，抓好重点项目和城镇基础配套设施建设，坚持“常规工作抓规范，重点工作求突破”的思路，抢抓机遇、谋求发展，全力做好各项工作。
@H1 sec=achievements | 一、务实求效，实干争先，2015年工作成绩斐然
2015年，我局在区委区政府领导下，以“上水平”为总体要求，组织重点项目和城镇基础配套设施建设，抓好保障性安居工程，强化城乡一体化发展，推动住建事业整体上水平。
@H2 | 1、以项目建设为重点，加快城市发展。
@H3 | 一是重点项目按时序推进。今年我局承担市政项目22项，全年计划总投资93550万元：*路*桥、*路北延、*路改造提升、*区东城污水处理厂等6个项目在施工；*路北路北延（过铁路）施工图已通过铁路部门审查，即将签代建协议；预计到2015年年底完成小营广场改造、后街背巷整治、幸福路、区域供水工程、*滨河路等11个项目施工，其余项目达到序时进度。全区城市化率目标49.5%、争取50%，目前上报为51%。
@H3 | 二是园林绿化进展顺利。全年计划实施项目
""",
    ),
    dict(
        name="fresh140_05_county_statistics_bureau_inspection_self_report",
        source="https://m.zuowendang.com/fanwen/151687969.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county statistics bureau's self-inspection report to the city statistics inspection group "
               "(统计巡查小组). The lead-in announces three parts (工作开展情况, 困难和问题, 今后的努力方向) but only the "
               "start of the first is in view. No title line is shown; title null.",
               "The salutation '尊敬的市统计巡查小组各位领导：' is not labelled. The document numbers in the lead-in "
               "('c统字〔XX〕20号', 'c统巡查〔XX〕3号') and the masking (XX, xx, x) are kept.",
               "一、我县统计工作开展情况 is achievements (level 1); '（一）狠抓了“企业一套表”改革和联网直报' level 2. In the "
               "last body line '一是…二是…' run inside the sentence (not labelled); the page ends mid-sentence "
               "('…“分工协作、分级负责、共同参与”的').",
               "doc_kind report (a 汇报 to an inspection group), summary accepted. The leading group named in the body is "
               "listed as a unit (as written, with the quotes)."],
        units=["“企业一套表”改革和联网直报工作领导小组"],
        text="""\
尊敬的市统计巡查小组各位领导：
感谢各位领导到我县检查指导统计工作。下面按照《XX年xx市统计局统计巡查方案》（c统字〔XX〕20号）和《xx市统计巡查通知书》（c统巡查〔XX〕3号）的要求，把我县近年来统计工作开展情况、当前面临的困难和问题以及今后的努力方向作一简要自查汇报，不当之处请批评指正。
@H1 sec=achievements | 一、我县统计工作开展情况
基层统计工作线长面广、业务性强、要求高、任务重。近年来，我县政府统计工作在县委、县政府领导和上级统计部门指导下，以提高数据质量为中心，以“企业一套表”改革为主线，加强基层基础建设、制度方法改革、统计服务和统计法制，逐步形成“统计牵头、县乡联动、部门配合、社会支持”的格局。
@H2 | （一）狠抓了“企业一套表”改革和联网直报
“企业一套表”和联网直报是对统计调查流程的再造，要改变原有的工作模式和习惯，涉及工业、建筑业、批发和零售业、住宿和餐饮业、房地产开发经营业、服务业、劳动工资等7大行业、x个统计专业，约占gdp测算份额的x%，企业报表数据直接影响当前经济工作和“xx”规划的落实。
为推进改革和联网直报，从XX年8月起，在县委、县政府重视下，一是成立由县委副书记、县长任组长，县委常委、常务副县长任副组长的“企业一套表”改革和联网直报工作领导小组，加强领导；二是下发《xx县人民政府办公室关于实施企业一套表改革和联网直报工作的通知》，按照“分工协作、分级负责、共同参与”的
""",
    ),
    dict(
        name="fresh140_06_city_land_resources_bureau_halfyear_project_summary",
        source="https://m.wenke99.com/p-5594366.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city land-and-resources bureau's (国土资源局, 津市) half-year summary of its project work, as the "
               "preview of a document-sharing site; the preview is one run-together block, split into lines at the "
               "title, the lead-in and the numbered headings. It ends mid-word ('包括该镇大山、荣').",
               "The title line is kept as the page shows it, with the site's prefix '最新' "
               "('最新上半年项目建设工作总结'); the title label is the whole line.",
               "'一、加强组织领导。…' (level 1, achievements; responsibilities accepted: it sets up the leading group and "
               "assigns the projects) and '二、项目进展情况。' (level 1, standing alone) are the visible top headings; "
               "'1、环洞庭湖土地综合整治（一期）。…' is a run-in heading at level 2.",
               "Three personal names (the bureau head, a union officer, a project supervisor) were dropped. The "
               "source's '该项目为期2021年' (an evident error for a duration) is kept as written. Units: the 土地整理中心 "
               "that carries out the project; the superior 市项目办 only guides and is not listed."],
        units=["土地整理中心"],
        text="""\
@T | 最新上半年项目建设工作总结
上半年，我局在津市市委市政府领导和市项目办指导下，以服务经济建设为中心，保障全市工业用地需求，扎实推进环洞庭湖土地综合整理、庭园春天宾馆建设等重点项目，取得较好成果。现将项目建设情况汇报如下：
@H1 sec=achievements alt=responsibilities | 一、加强组织领导。项目建设离不开领导的重视。我局制定了项目建设工作方案，成立由局长任组长、工会负责人任副组长的领导小组，按分工负责的原则，环洞庭湖土地综合整理项目交土地整理中心具体实施，领导小组派专人驻守工地、随时监督并报告进展；庭园春天宾馆项目由专人全面监管，协调处理各方关系。
@H1 sec=achievements | 二、项目进展情况。
@H2 | 1、环洞庭湖土地综合整治（一期）。环洞庭湖基本农田建设工程是国家在耕地保护重点区域开展的十大土地开发整理工程之一，也是全省规模最大、范围最广、投入最多、任务最重的农村土地综合整治项目。该项目为期2021年，分三期实施，我市一期工程已全面启动，主要涉及保河堤镇，包括该镇大山、荣
""",
    ),
    dict(
        name="fresh140_07_devzone_highway_office_problems_and_next_year_plan",
        source="http://xuexue6.com/bgzj/k03385/6113562_2.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Page 2 of a year-end summary by a development zone's highway office (我处: road building, upkeep and "
               "road administration, under the 开发区 and the provincial transport department, 省厅), written for the "
               "last year of the 十五 period. The page starts with the closing sentence of part 一 (body) and ends "
               "inside the sixth plan item ('6、提高路政统计信息及报表'); no title line is in view, so title is null.",
               "'二、“十五”期交通发展基本经验、存在的主要问题' is level 1, problems (achievements accepted: the heading names "
               "both experience and problems; the visible body lists the problems as '一是…二是…' inside one line, not "
               "labelled). '三、“十一五”期交通发展基本思路及20**年交通工作安排' is level 1, next_steps (goals accepted).",
               "Under 三、 a body paragraph (shortcomings, then the lead-in '…做好以下工作：') is followed by six task "
               "lines '1、继续深入抓好车辆超限超载运输治理工作。' … labelled items at level 2 (kept as written).",
               "The masked road and year ('省道20**', '20**年') and the figures of the subsidy request (2.6公里, 2.5公里, "
               "500万元, 150万元) are kept. No phases; the superior 省厅 is not a unit."],
        units=[],
        text="""\
这一年我处虽取得一定成绩，但在管理制度化、规范化等方面还有差距，需要继续努力。
@H1 sec=problems alt=achievements | 二、“十五”期交通发展基本经验、存在的主要问题
今年我处工作进展较顺利，全年围绕“一服务、二宣传”两大课题，实现了“打基础”的目标，但困难和问题也不少：一是公路养护资金不足，现有养路费难以承担疏港公路违章建筑整治、道口清理和公路美化，养护举步维艰；二是公路建设补助问题，省道20**区内段尚有2.6公里未建、2.5公里需改建，新建段拟申请省道资金补助500万元，改建段拟申请150万元，请省厅给予支持。
@H1 sec=next_steps alt=goals | 三、“十一五”期交通发展基本思路及20**年交通工作安排
我处成立以来在开发区公路建设、养护等方面做了大量工作，也有不足：员工业务水平和管理能力有待加强，工程质量防范意识有待提高，一些制度有待完善。我们决心针对不足改进工作，把工作做得更细、更快、更好，为开发区营造良好投资环境出力。20**年是“十一五”规划的第一年，我处将继续在开发区和省厅领导下做好以下工作：
@I2 | 1、继续深入抓好车辆超限超载运输治理工作。
@I2 | 2、依法行政、文明执法、热情服务、严格管理，积极做好宣传工作，不断提高群众爱路护路意识。
@I2 | 3、加强上路巡查，做好违章当场制止和超限源头管理。
@I2 | 4、做好新建公路的规划、建设、养护等工作，加强公路红线控制区范围的管理工作，严格控制公路建筑红线。
@I2 | 5、继续抓好队伍建设，加强学习，提高综合素质。
@I2 | 6、提高路政统计信息及报表
""",
    ),
    dict(
        name="fresh140_08_county_water_affairs_bureau_halfyear_summary_and_plan",
        source="https://www.gwyoo.com/Article/shuzhibaogao/bannian/202109/747464.html",
        doc_kind="summary", doc_kind_alt=["plan"], partial=True,
        notes=["A county water-affairs bureau's (水务局) '县水务局上半年工作总结及下半年计划' for 2021 on a sample site "
               "(the page heading repeats the title; kept once; the posting time line was dropped). Only the first "
               "part is in view: '一、2021年上半年工作总结' (level 1, achievements) with '（一）重点工程的推进情况' and "
               "'（二）河长制管理工作' at level 2 and '1、美丽幸福河湖建设' at level 3. The plan part is not in view.",
               "Under （一） five project lines '一是…' to '五是…' (statements of a project's investment and progress) "
               "are items at level 3; their labelled text is the project name (set by hand), kept as written, the rest "
               "rewritten. '一是路建设' has lost the road's name in the source; kept.",
               "The page ends mid-sentence in the body of 1、 ('…持续改善农村人居'). Progress dates ('去年9月份开工') and "
               "'预计年内完工' are not phases. River and reservoir names (幸福河, 河子水库, 朱龙河) are kept; a few names "
               "are already missing in the source ('将河作为县级…')."],
        units=[],
        text="""\
@T | 县水务局上半年工作总结及下半年计划
@H1 sec=achievements | 一、2021年上半年工作总结
@H2 | （一）重点工程的推进情况
@I3 text=一是路建设 | 一是路建设，计划投资1.2亿元，上半年已完成迁占、路基填筑和建筑物修建，完成投资0.6亿元，预计年内完工。
@I3 text=二是引黄灌区农业节水工程 | 二是引黄灌区农业节水工程，疏浚治理幸福河9.77公里、衬砌河道1.5公里，建筑物19座，疏浚干渠河道10条共154.23km，新建、改建水闸54座，新建生产桥5座、生产桥26座、挡水闸1座，完成投资1.16亿元，已全面竣工。
@I3 text=三是地下水压采项目 | 三是地下水压采项目，计划投资0.8亿元，实施河子水库增容和朱龙河拦蓄雨洪资源利用两项工程，已开工，完成投资0.2亿元。
@I3 text=四是拦河闸新建工程 | 四是拦河闸新建工程，计划投资1.5亿元，已完成前期立项手续，建成后可拦蓄雨洪、提高高新区用水保证率。
@I3 text=五是河子水厂城乡供水一体化工程 | 五是河子水厂城乡供水一体化工程，计划投资3.27亿元，一期去年9月份开工，水厂基础工程和33公里供水专线已完成，完成投资7800万元，将保障高新区工业用水。
@H2 | （二）河长制管理工作
@H3 | 1、美丽幸福河湖建设
按照省市创建示范河湖的部署，我县通过工程措施将河作为县级、镇镇江河作为镇级美丽示范河湖重点打造，围绕水清、岸绿、景美，兼顾岸坡稳定、行洪安全、生态修复和自然景观，因地制宜建设沿岸绿化提升工程和生态景观带，系统推进河水生态修复和水环境综合治理。遵循“尊重自然、顺应自然、保护自然 ”的理念，统筹推进城乡、区域水系连通，深入开展村庄清洁行动，持续改善农村人居
""",
    ),
    dict(
        name="fresh140_09_town_fiscal_final_accounts_and_budget_report",
        source="https://www.yuhang.gov.cn/art/2022/12/9/art_1229533309_4110715.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's (径山镇) report to the town people's congress on the 2021 fiscal final accounts and "
               "the 2022 half-year budget execution, on the district government's site. Only the start of the first "
               "part is in view; no title line is shown, so title is null. The salutation '各位代表、同志们：' is not "
               "labelled.",
               "'二〇二一年度镇财政决算' is an unnumbered part heading on its own line (level 1, achievements: a review "
               "of results); the second part (2022年上半年预算执行) is not in view. Under it '一、2021年度镇财政决算情况' "
               "(level 2) and '（一）2021年一般公共预算决算情况' (level 3).",
               "The eight spending lines '1.一般公共服务事务支出7641.5万元，为调整预算的99.06%。' … are key-value "
               "statements: items at level 4, kept as written; the last is cut by the page ('8.农林水事务支出651.4万元，为').",
               "Slogans '富美径山' and '共同富裕示范先行区' are kept. No phases; no units besides the writer."],
        units=[],
        text="""\
各位代表、同志们：
受径山镇人民政府委托，我向大会报告2021年度镇财政决算和2022年上半年财政预算执行情况，请各位代表审议，也请列席同志提出意见和建议。
@H1 sec=achievements | 二〇二一年度镇财政决算
2021年，径山镇在区委、区政府领导和镇人大监督支持下，以创建共同富裕示范先行区为总牵引，实现“十四五”良好开局；全镇强化财政职能、优化支出结构，基本完成全年财政收支调整预算任务，为描绘“富美径山”远景蓝图提供了保障。现将2021年度决算情况汇报如下，请代表们审议。
@H2 | 一、2021年度镇财政决算情况
@H3 | （一）2021年一般公共预算决算情况
2021年财政总收入完成29206万元，为调整预算的110.21%，其中地方财政收入15211万元，为调整预算的111.03%。
按现行财政体制结算，2021年一般公共预算可用资金23173.15万元，为调整预算的111.86%，由支出基数13372万元、税收分成及体制结算收入5772.56万元和预算内上级补助收入4028.59万元组成；加上年结余1728.62万元，全年可用资金为24901.77万元。
2021年一般公共预算支出21498.92万元，为调整预算的99.05%，结余3402.85万元。分项目支出如下：
@I4 | 1.一般公共服务事务支出7641.5万元，为调整预算的99.06%。
@I4 | 2.教育事业事务支出11639.38万元，为调整预算的99.17%。
@I4 | 3.科学技术事务支出386.85万元，为调整预算的96.71%。
@I4 | 4.文化体育与传媒事务支出28.86万元，为调整预算的96.2%。
@I4 | 5.社会保障和就业事务支出580.23万元，为调整预算的98.81%。
@I4 | 6.医疗卫生事务支出426.5万元，为调整预算的99.65%。
@I4 | 7.城乡社区事务支出144.2万元，为调整预算的99.45%。
@I4 | 8.农林水事务支出651.4万元，为
""",
    ),
]
