# -*- coding: utf-8 -*-
"""The 109th held-out fresh set: 实施方案 / 工作方案 (and one 工作策划 that calls
itself a 工作方案) of city, district and county governments and departments, a
subdistrict and hospitals, chosen because their visible part shows a
responsibilities part (职责分工 / 任务分工 / 组织领导 naming lead, responsible or
cooperating units) and / or a staged schedule (工作步骤 / 进度要求 / 工作安排 with
dated stages).  Three documents show both parts in view; the others show one of
them (the store returns only part of a page, and most pages whose visible part
shows both were already sources of earlier sets; the query log says which).
Found as stored public web pages with the `search` tool's `pages` corpus.
None of the source pages is a source of an earlier set (checked against every
exclusion list, used_sources.tsv and label file under /work/fresh*/ and
/work/wt-lead/tests/corpus_*/, and by grepping a distinctive sentence of each
page).  HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (site names,
  download panels, 导语, upload blurbs, book118 notices) was dropped.
- Heading, title and value lines (责任单位：… / 组长：XX) keep the source's
  numbering, wording and artefacts.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and the masking found in
  the source (XX, *, ____) are kept.  Personal names were dropped.
- Site debris a user would paste along is kept and never labelled:
  document-sharing chunk markers (`2、提质。…` splitting a word), page markers
  (`1 / 4`), an OCR'd list number (`L负责…`), a trailing page digit.

Marker syntax: see fresh_build/build.py.
"""

FRESH109_DOCS = [
    dict(
        name="fresh109_01_city_environment_order_100day_duties_steps",
        source="http://fsou.com/html/text/lar/172352/17235200_2.html",
        doc_kind="scheme", partial=True,
        notes=["Page 2 of a law site's copy of 北京市人民政府办公厅关于印发北京市城市环境秩序百日整治行动方案的通知: the "
               "site name line was dropped; the notice title the page shows is kept as the only title line (the scheme's own "
               "title is not in view), so title is the notice title.",
               "The visible text starts inside the duties part (presumably 三、职责分工, not in view): '（十六）各区县政府和地区"
               "管委会。…' and '（十七）首都综治办、市委督查室、市监察局、市政府督查室。…' are unit headings run in with their "
               "duties, kind responsibilities, level 2 because their 三、 parent is missing (level 1 accepted).",
               "四、工作步骤 (phases) holds two dated stages '（一）动员部署、调查摸底、宣传发动阶段（2010年9月10日至9月17日）。"
               "一是…' and '（二）统一行动、集中整治、大力推进阶段（2010年9月18日至12月8日）。一是…'; the '一是' inside each "
               "stage line is not labelled, the line-initial '二是…' '三是…' '四是…' paragraphs of the first stage are "
               "labelled items (level 3, phases, measures accepted).",
               "The sub-period '2010年9月18日至9月30日' inside the second stage's body is not a phase. The page ends inside "
               "that sentence ('…领导小组领')."],
        units=["各区县政府和地区管委会", "首都综治办", "市委督查室", "市监察局", "市政府督查室",
               "市百日整治行动领导小组办公室"],
        text="""\
@T | 北京市人民政府办公厅关于印发北京市城市环境秩序百日整治行动方案的通知
@H2 sec=responsibilities lvlalt=1 | （十六）各区县政府和地区管委会。承担属地责任，制定本辖区专项整治方案和应急预案，统筹做好组织保障；针对市民需要建设一批便民市场，开设定点、定时的早市、夜市、假日市场和流动商贩经营专区，规范管理，引导游商入市。
@H2 sec=responsibilities lvlalt=1 | （十七）首都综治办、市委督查室、市监察局、市政府督查室。负责对整治行动开展专项督查和效能检查考核。
@H1 sec=phases | 四、工作步骤
@H2 phase=动员部署、调查摸底、宣传发动阶段;2010年9月10日;9月17日 | （一）动员部署、调查摸底、宣传发动阶段（2010年9月10日至9月17日）。一是召开全市动员部署大会，各区县政府和地区管委会健全组织机构、制定工作方案并抓好落实。
@I3 alt=measures | 二是调查摸底，建立台帐。各区县政府和地区管委会对辖区突出问题和重点区域拉网排查，建立整治台帐，摸清底数、明确目标，台帐报市百日整治行动领导小组办公室备案。
@I3 alt=measures | 三是评估风险，制定预案。各区县整治工作领导小组办公室对拟整治区域逐一评估风险隐患，制定详实的行动预案，明确任务和责任人，预判可能出现的问题，完善应对措施和现场处置流程，工作安排报市百日整治行动领导小组办公室备案。
@I3 alt=measures | 四是加强宣传，营造良好舆论氛围。市百日整治行动领导小组办公室统一印制《致广大市民的一封信》；各区县政府和地区管委会在重点区域设宣传站、发放资料，号召市民和来京务工人员遵守城市管理法规，共同维护城市环境秩序。
@H2 phase=统一行动、集中整治、大力推进阶段;2010年9月18日;12月8日 | （二）统一行动、集中整治、大力推进阶段（2010年9月18日至12月8日）。一是2010年9月18日至9月30日期间，在市百日整治领导小组领
""",
    ),
    dict(
        name="fresh109_02_subdistrict_beautiful_street_creation_scheme",
        source="https://m.1wenmi.com/doc/202752.html",
        doc_kind="scheme", partial=True,
        title_override="XX街道美丽街区（道路）示范创建实施方案",
        notes=["A subdistrict's scheme (name masked 'XX街道') from a document-sharing page: the upload blurb ('《…docx》由会员分"
               "享…请在第壹文秘上搜索。') was dropped. The store ran the whole page into three chunks; it was split into lines at "
               "the heading and paragraph boundaries the text shows (each stage heading '（一）前期筹备阶段（2月）' had lost the "
               "break before its body).",
               "The site's chunk markers are kept and never labelled: '1、' before the title (title set by hand without it), "
               "'2、提质。…' splitting the word 提质 between two lines, '3、扬尘治理。…' splitting a unit's duty.",
               "二、进度要求 (phases) names four stages dated by month only: 前期筹备阶段（2月）, 全面实施阶段（3月-7月）, "
               "提升巩固阶段（8月）, 总结完善阶段（9-12月）; the last is labelled start '9', end '12月' as written.",
               "三、职责分工 (responsibilities): the units are unnumbered 'unit：duties' label headings (level 2, text cut at the "
               "colon; 'XX执法中队' set by hand because its duty is cut by a chunk marker). The first unit's four duties run "
               "on one line as the store has them, the first numbered 'L' (an OCR'd '1.'); the marks inside that line are not "
               "labelled. '（责任人：XXX）' masks are kept. The page ends inside '（责任'."],
        units=["城市建设服务中心", "XX执法中队", "环卫所"],
        text="""\
@T | 1、XX街道美丽街区（道路）示范创建实施方案
@H1 sec=goals | 一、目标任务
以“五纵四横”主干道及周边重点区块为对象，以“整洁美、秩序美、绿化美”为目标，结合XX文化、地域和产业特色集中整治道路环境；通过问题曝光、集中整治、文化植入、精品打造和长效管理，创成“五纵四横”主干道2条、“XX迎宾道路”1条。
@H1 sec=phases | 二、进度要求
@H2 phase=前期筹备阶段;2月; | （一）前期筹备阶段（2月）
全面排查纳入创建道路的问题，制定“五纵四横”主干道和XX迎宾道路的创建标准，以及重点区块道路整治提升总体方案。
@H2 phase=全面实施阶段;3月;7月 | （二）全面实施阶段（3月-7月）
召开街道美丽道路协调会加强业务指导；每条道路一路一方案、专人负责，市政、环卫和绿化的维养按一级标准进行
2、提质。对照美丽道路标准，打造一批美丽道路和XX迎宾道路。
@H2 phase=提升巩固阶段;8月; | （三）提升巩固阶段（8月）
查漏补缺，巩固整治成果。
@H2 phase=总结完善阶段;9;12月 | （四）总结完善阶段（9-12月）
组织XX迎宾道路和其他美丽街区（道路）验收，总结经验，建立美丽街区（道路）长效管理机制。
@H1 sec=responsibilities | 三、职责分工
@H2 | 城市建设服务中心：负责牵头抓总，承担美丽街区（道路）示范创建的协调、督查和交办工作。
L负责牵头建立联系机制，加强创建业务指导；2.汇总梳理创建中的问题，分析研判并提出处置意见；3.开展督查巡查、交办问题，督促创建进度；4.组织美丽街区（道路）考核和验收。（责任人：XXX）
@H2 text=XX执法中队 | XX执法中队：负责督促道路沿线建筑工地文明施工和
3、扬尘治理。（责任人：XXX）
@H2 | 环卫所：负责住宅小区物业范围内道路沿线配套设施的管理，以及环境卫生秩序的规范管理。（责任
""",
    ),
    dict(
        name="fresh109_03_hospital_health_city_recheck_scheme",
        source="https://meizhang.com/fangan/luoshifangan/584452.html",
        doc_kind="scheme", partial=True,
        notes=["A county hospital's scheme for the provincial sanitary-city re-inspection (the opening cites the county "
               "party office's notice on 青川县巩固省级卫生县城复查迎检工作实施方案), from a sample site: the breadcrumb, the "
               "page title with '范文' and the site blurb were dropped; the document's own title line is kept.",
               "一、指导思想 guidance; 二、组织领导 responsibilities (the leading group's personal names dropped; the units "
               "院办公室, 总务科 and 各科室 kept); 三、任务目标分解及责任分工 responsibilities (goals accepted: its visible "
               "body lists the seven task areas).",
               "No step or schedule section is in view: the page ends at a bare '四、', which was dropped."],
        units=["院办公室", "总务科", "各科室"],
        text="""\
@T | 医院迎接省卫生城市复查落实方案
为落实县委、县政府迎接省级卫生城市复查的总体部署和县委办公室《关于印发<青川县巩固省级卫生县城复查迎检工作实施方案>的通知》精神，发挥医院在复查工作中的作用、完成各项目标任务，结合本院实际制定本方案。
@H1 sec=guidance | 一、指导思想
以邓小平理论、“三个代表”和党的十七大精神为指导，落实科学发展观，按照县委、县政府统一部署，完成卫生系统在复查中承担的任务，巩固创建成果，使医院全面达到省级卫生城市标准、顺利通过复查，并借复查提高医院管理水平和医疗服务质量。
@H1 sec=responsibilities | 二、组织领导
成立我院迎接省级卫生城市复查工作领导小组，院长任组长，三位副院长任副组长，各科室主任为成员。领导小组办公室设在院办公室，负责创建专卷资料和日常事务；总务科负责复查迎检的组织协调、工作部署和检查督办；各科室负责室内清洁卫生。
@H1 sec=responsibilities alt=goals | 三、任务目标分解及责任分工
复查涉及我院的主要任务有健康教育、突发公共卫生事件处置和传染病防治登记、病媒生物防制、单位卫生及软件资料、门前三包等7个方面。
""",
    ),
    dict(
        name="fresh109_04_maternal_child_hospital_health_city_tasks",
        source="https://www.mdjjksjc.com/html/2017/0623/117542705.shtm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A city maternal and child health hospital's tasks for the national sanitary-city campaign, a copy of a book118 "
               "document: the site's notice list ('1、本文档共7页…', '4、如文档侵犯…') and '查看更多' were dropped. The page "
               "title '创建国家卫生城市-连云港市妇幼保健院' is the only title line; the document number line '连妇保〔2011〕号' "
               "(number blank in the source) is body.",
               "The visible text starts at 三、重点工作 (goals, measures accepted; 一、二、 not in view, so 三、 is level 1). "
               "（一）/（二） are level-2 task areas; the numbered '1、…' '2、…' '3、…' lines are task statements, labelled items "
               "(level 3); the numbering runs on across （一） and （二） as in the source.",
               "Each task is followed by a value line '责任科室：办公室，完成时间：2011年7月底前' (body, not labelled): the "
               "responsible departments are named there; the completion dates are deadlines, not phases. The page then shows a "
               "member list '成 员：' with personal names only (a fragment from another part of the document); it was dropped."],
        units=["办公室", "总务科"],
        text="""\
@T | 创建国家卫生城市-连云港市妇幼保健院
连妇保〔2011〕号
@H1 sec=goals alt=measures | 三、重点工作
@H2 alt=measures | （一）大力开展爱国卫生组织管理达标工程
@I3 alt=measures | 1、营造浓厚的创建国家卫生城市和国家文明城市宣传氛围，定期组织多种形式的检查评比，考核结果计入各科室每月绩效。督促检查创卫任务落实，表彰成绩突出的科室和个人，对失职的科室和个人追究责任。
责任科室：办公室，完成时间：2011年7月底前
@I3 alt=measures | 2、建立健全各项创卫资料台账，保证资料所列项目指标全部达标。
责任科室：总务科，完成时间：2011年7月底前
@H2 alt=measures | （二）文明创建
@I3 alt=measures | 3、加强职工职业道德教育，规范窗口科室的服务标准和公开程序，投诉处理高效、电话畅通、处理妥当，以整洁的院容院貌和文明规范的服务迎接文明城市测评。
""",
    ),
    dict(
        name="fresh109_05_county_health_projects_scheme",
        source="https://www.renrendoc.com/p-2358786.html",
        doc_kind="scheme", partial=True,
        notes=["A county health bureau's scheme for its medical and health projects, a PDF conversion on a document-sharing "
               "page: the page-image list ('…_第1页'), the download panel and the copyright line were dropped. The page "
               "markers '1 / 4' and '2 / 4' are kept on their own lines (the store had run them into the text) and are never "
               "labelled.",
               "The conversion doubles a character at every wrapped line ('卫 生生', '基 础础设施建设', '县人 民民医院', '业 "
               "业务楼'); the doubling is kept in heading and value lines (texts as the line shows them) and was not carried "
               "into the rewritten bodies.",
               "一、目标任务 goals; 二、工作重点 goals (measures accepted) with a value line '总负责： *卫生 局局党委书记、局长' "
               "(body, masked name), an unnumbered run-in heading '基 础础设施建设。…' (level 2, the numbering of the "
               "source, if any, is lost), and two projects '1、完成县人 民民医院门诊部建设项目' and '2、是完成县妇幼保健院 业业务"
               "楼建设' as level-3 headings, each followed by a 责任单位 value line; the second is cut ('责任单'). No step "
               "section is in view."],
        units=["县人民医院"],
        text="""\
1 / 4
@T | 关于加快发展医疗卫生工程的实施方案
@H1 sec=goals | 一、目标任务
以实施医疗卫生工程为抓手，把群众意见最大、最盼望办、当前能办好的事作为重点，明确时限、落实整改责任。启动村级卫生国债项目，新建一批社区卫生服务中心、改建一批乡镇卫生院，推进农村三级卫生服务网络；全面推行新型农村合作医疗，开展县级医院对口支援农村卫生院，改善农村卫生条件，缓解群众“看病难、看病贵”，提高全县人民健康水平，推动全县卫生事业又好又快发展。
@H1 sec=goals alt=measures | 二、工作重点
总负责： *卫生 局局党委书记、局长
@H2 alt=measures | 基 础础设施建设。加强基层卫生基础设施建设，继续争取政策和项目投入，争取发改委支持启动村级卫生国债项目，年内新建社区卫生服务中心 3 个、改建乡镇卫生院 25 个；完善农村三级卫生服务体系，解决有人看病、有地方看病的问题。
2 / 4
@H3 alt=measures | 1、完成县人 民民医院门诊部建设项目
责任单位：县人民医 院院 具体责任人 ： * 县人民医院院长
@H3 alt=measures | 2、是完成县妇幼保健院 业业务楼建设
责任单
""",
    ),
    dict(
        name="fresh109_06_district_abandoned_cars_rectification_scheme",
        source="https://1wenmi.com/doc/900291.html",
        doc_kind="scheme", partial=True,
        title_override="城管领域废弃汽车专项整治行动工作方案",
        notes=["A district urban-management bureau's scheme (XX市XX区城市管理局, names masked 'XX') from a document-sharing "
               "page: the file-name line and the upload blurb were dropped. The store ran the page into two chunks; it was "
               "split into lines at the heading and paragraph boundaries the text shows, including the key-value lines "
               "'组长：XX' '副组长：XX' '组员：XX' (body, not labelled).",
               "Chunk markers are kept and never labelled: '1、' before the title (title set by hand without it) and '2、有…' "
               "splitting the word 具有 ('（一）重点整治对象。具' / '2、有…'); a trailing page digit '1' after the last heading "
               "(text set by hand). The OCR'd '（附件DO' (for '（附件1）') is kept at the end of a body line.",
               "二、组织领导 responsibilities (the leading group of the bureau, its office and 局办公室); 三、整治重点 goals; "
               "四、工作安排 phases with two dated stages: '（一）全面排查阶段（即日起一7月20日）' (a '一' typed for the dash; "
               "start 即日起, end 7月20日), followed by a value line '责任单位：…' naming five units (body), and '（二）分类处置"
               "阶段（2023年7月21日10月20日）' (the dash lost in the source; start 2023年7月21日, end 10月20日). The page "
               "ends there."],
        units=["XX市XX区城市管理局", "局办公室", "XX市XX区城市管理综合执法大队", "XX市XX区园林服务中心",
               "XX市XX区环境卫生服务中心", "XX市XX区市政服务中心", "XX市XX区物业服务中心"],
        text="""\
@T | 1、城管领域废弃汽车专项整治行动工作方案
为扎实推进XX区城管领域废弃汽车专项整治行动，结合本局实际，制定本工作方案。
@H1 sec=goals | 一、工作目标
对停放在道路范围以外、影响市容环境的废弃汽车（僵尸车）集中开展专项整治，营造干净整洁的城市环境。
@H1 sec=responsibilities | 二、组织领导
为加强领导、确保落实，成立XX市XX区城市管理局废弃汽车专项整治行动工作领导小组，成员如下：
组长：XX
副组长：XX
组员：XX
领导小组下设办公室，由XX任主任，XX任副主任并兼任市局专项整治行动联系人，局办公室人员为成员；各成员单位各负其责、服从指挥、全力配合，共同做好专项整治工作。
@H1 sec=goals | 三、整治重点
@H2 | （一）重点整治对象。具
2、有积灰严重、外观破损、部件缺失、轮胎瘪气、轮毂锈蚀或未挂号牌等明显弃置特征的汽车。
@H2 | （二）重点整治区域。城区背街小巷、公共绿地、市政桥梁下方、闲置空地和停车场等公共区域。
@H1 sec=phases | 四、工作安排
@H2 phase=全面排查阶段;即日起;7月20日 | （一）全面排查阶段（即日起一7月20日）
会同属地街道和公安交通管理等部门，对道路以外的背街小巷、公共绿地、桥下、闲置空地和停车场等公共区域的废弃汽车全面排查，建立废弃汽车底数台账（附件DO
责任单位：XX市XX区城市管理综合执法大队、XX市XX区园林服务中心、XX市XX区环境卫生服务中心、XX市XX区市政服务中心、XX市XX区物业服务中心
@H2 text=（二）分类处置阶段（2023年7月21日10月20日） phase=分类处置阶段;2023年7月21日;10月20日 | （二）分类处置阶段（2023年7月21日10月20日）1
""",
    ),
    dict(
        name="fresh109_07_district_cityscape_upgrade_scheme",
        source="https://gwyoo.com/article/xzgaoshou/gongzhuo/201104/430760.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A district's scheme for upgrading the cityscape (titled 市容环境提高工作策划 on the site; its opening says "
               "'制定本工作方案'), from a sample site: the posting time and the 导语 line were dropped; the title line is "
               "kept once.",
               "The site removed names and numbers, leaving gaps ('深府〔9〕193', '迎接年经济特区建立周年', '第届世界大学生夏季"
               "运动会', '以为核心的“四城一镇”'); the gaps are kept where the rewritten text keeps those phrases.",
               "一、指导思想和工作目标 guidance (goals accepted); 二、组织领导 responsibilities: a command headquarters led by "
               "the district head, with a long list of member units; the page ends inside that list ('天威'). No step "
               "section is in view."],
        units=["区市容环境提升行动指挥部", "公安分局", "区监察局", "发改局", "贸工局", "教育局", "财政局", "建设（住宅）局",
               "文化局", "卫生局", "审计局", "城管（执法）局", "民政局", "体育局", "旧改办", "工务局", "物业办",
               "政府采购中心", "口岸交警大队", "市消防特勤大队", "市场监督管理分局", "市邮政局报刊发行分局", "交警大队",
               "消防大队", "供电局", "市燃气集团", "电信分公司"],
        text="""\
@T | 市容环境提高工作策划
为落实市政府《关于印发市市容环境提升行动工作计划的通知》（深府〔9〕193）精神和区委全面“刷新”的要求，加快推进“城市装修”和环境治理，使我区重点商业街区和主要街道的市容环境全面提升，结合我区实际制定本工作方案。
@H1 sec=guidance alt=goals | 一、指导思想和工作目标
以迎接年经济特区建立周年和年举办第届世界大学生夏季运动会（“大运会”）为契机，结合创建文明城市、民生工程和城市更新，开展以“办赛事、办城市，新大运、新”为主题的市容环境提升行动。用两年时间，在“四旧”改造和“城市装修”基础上，开展建筑立面刷新和屋顶改造、街道家具清洗刷新、交通设施粉刷翻新、窗口门户地区环境综合整治、户外广告专项整治五项行动，实施花卉布置、重点区域景观营造和公园景观改造建设，提升以为核心的“四城一镇”功能区域的综合环境，改善人居环境。
@H1 sec=responsibilities | 二、组织领导
成立区市容环境提升行动指挥部，区长任总指挥，分管副区长任副总指挥，成员单位包括公安分局、区监察局、发改局、贸工局、教育局、财政局、建设（住宅）局、文化局、卫生局、审计局、城管（执法）局、民政局、体育局、旧改办、工务局、物业办、政府采购中心、口岸交警大队、市消防特勤大队、市场监督管理分局、市邮政局报刊发行分局、交警大队、消防大队、供电局、市燃气集团、电信分公司、天威
""",
    ),
]
