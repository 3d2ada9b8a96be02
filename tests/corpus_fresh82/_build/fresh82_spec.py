# -*- coding: utf-8 -*-
"""The eighty-second held-out fresh set: plans, schemes and 工作要点 published
INSIDE THEIR 印发 NOTICES (关于印发《……》的通知 with document number,
addressees, notice sentence, issuing office, date, then the plan's own title
and body), as government pages and reposting sites show them, some with the
page's metadata block (索引号, 文号, 成文日期, 发布单位) or position line above.
Found as stored public web pages with the `search` tool's `pages` corpus (log
in notes_queries.txt).  None of the source pages is a source of an earlier
set (checked against every used-source list under /work/fresh*/ and every
label file's source), and a distinctive phrase of each was searched in the
.txt files of every earlier set.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site lines (login links, font-size
  and colour controls, view counters, share widgets, flip-book navigation)
  were dropped; position lines, metadata blocks, posting lines, page markers
  and the notice's own lines are kept as pasted and never labelled.
- Heading, title and metadata lines keep the source's numbering, wording and
  punctuation (damaged dates and brackets included).  The store keeps
  NFKC-normalised text, so full-width punctuation （）：，；“” was restored.
- Every body paragraph (notice sentences included) is rewritten in our own
  words and shortened.  Dates, figures, unit and place names and document
  numbers are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH82_DOCS = [
    dict(
        name="fresh82_01_state_council_2019_openness_work_points",
        source="http://www.tyxcallcenter.com/gongsixinwen/2776.html",
        doc_kind="plan", partial=True,
        title_override="2019年政务公开工作要点",
        notes=["The national 2019年政务公开工作要点 (国办发〔2019〕14号) as a company's news page reposts it, in a "
               "condensed wording. The page's posting line ('发布时间：… 来源：…') was dropped. The notice has no title "
               "line on the page: it starts with the document number, then the addressees, the notice sentence, the "
               "issuing office and the date — all body lines. The 工作要点's own title is the only title line.",
               "The two sentences under the title are the lead-in (总体要求 in substance, but unnumbered and not a "
               "label): body.",
               "一、二、三、 are task areas (goals, measures accepted). Every （一）（二）… line is one sentence with no body "
               "of its own, a task title under its area: labelled headings at level 2 (the reposting site has cut "
               "the bodies away). The page ends inside 三、（二） ('…助力打造法')."],
        units=[],
        text="""\
国办发〔2019〕14号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《2019年政务公开工作要点》已经国务院同意，现印发给你们，请结合实际认真贯彻落实。
国务院办公厅
2019年4月17日
@T | 2019年政务公开工作要点
2019年是中华人民共和国成立70周年，也是全面建成小康社会的关键之年。今年的政务公开工作要以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届二中、三中全会精神，落实中央经济工作会议和《政府工作报告》的部署。
工作要围绕党和政府的中心任务和群众关切，加强政策解读和舆情回应，深化重点领域信息公开，完善制度规范，以公开稳预期、强监督、促落实、优服务，提高政府治理能力，增强群众的获得感和满意度。
@H1 sec=goals alt=measures | 一、稳定预期，加强政策解读和回应关切
@H2 | （一）深入解读重要政策措施，确保政策内涵透明，信号清晰。
@H2 | （二）积极回应社会关切，对经济社会热点和群众办事创业的堵点痛点，要加强舆情监测和回应。
@H2 | （三）增强解读回应效果，采用多种形式进行立体式、多方位解读。
@H1 sec=goals alt=measures | 二、强化权力监督，推进决策和执行公开
@H2 | （一）推进重要决策公开，提高宏观政策预调微调的透明度。
@H2 | （二）推进重要部署执行公开，加大政策措施的执行和落实情况公开力度。
@H2 | （三）推进行政执法信息公开，严格落实行政执法公示制度。
@H1 sec=goals alt=measures | 三、聚焦政策落实，深化重点领域信息公开
@H2 | （一）加强三大攻坚战信息公开，包括继续创新和完善宏观调控、解决“两不愁三保障”问题等方面。
@H2 | （二）深化“放管服”改革信息公开，助力打造法
""",
    ),
    dict(
        name="fresh82_02_yueyang_openness_implementation_opinions",
        source="https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="关于全面推进政务公开工作的实施意见",
        notes=["A city's 实施意见 on government openness (岳阳), issued by the city party and government offices together "
               "and reposted on a county site. Kept as pasted and never labelled: the position line (which itself "
               "contains '政务公开工作要点', a column name), the posting line '来源：… 日期：…', the addressees, the notice "
               "sentence, the two issuing offices and the date. The archive line '归档时间' and the font/colour/view "
               "controls were dropped.",
               "Title lines: the notice title (with its document number in brackets after it) and the "
               "document's own title; the title is the document's own.",
               "一、把握总体要求，明确工作目标 is guidance (goals accepted). （一）总体要求。… and （二）工作目标。… are run-in "
               "headings (guidance; goals). The page ends inside （二）; the '到 2020 年' target in it is not a phase."],
        units=[],
        text="""\
当前位置：首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规
@T | 中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（岳办发〔2017〕2号）
来源：岳阳市政府门户网 日期：2017-01-12 17:08
各县市区委、人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区，市直各单位，中央、省驻岳单位：
《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意，现印发你们，请结合实际认真贯彻执行。
中共岳阳市委办公室
岳阳市人民政府办公室
2017年1月10日
@T | 关于全面推进政务公开工作的实施意见
依据中办发〔2016〕8号和湘办发〔2016〕41号文件关于全面推进政务公开的要求，结合我市实际，对全市政务公开工作提出以下实施意见。
@H1 sec=guidance alt=goals | 一、把握总体要求，明确工作目标
@H2 | （一）总体要求。坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务和结果“五公开”，配合简政放权、放管结合、优化服务改革，围绕经济社会发展和群众关切，保障群众的知情权、参与权、表达权和监督权，建设法治、创新、廉洁和服务型政府。
@H2 sec=goals alt=guidance | （二）工作目标。以社会需求为导向、群众满意为目标，推行“互联网+政务”，统筹推进信息公开、政策解读、回应关切和公众参与。到 2020 年，全市政务公开整体水平迈上新台阶，公开内容覆盖权力运行和政务服务全过程，公开
""",
    ),
    dict(
        name="fresh82_03_changshan_elderly_services_measures",
        source="https://www.zjcs.gov.cn/art/2023/7/5/art_1229094054_2482626.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="常山县提升助老三件事服务能力的实施办法",
        notes=["A county government office's 实施办法 on three services for elderly residents (常山县), inside its 印发 "
               "notice, on the county's open-government page. Kept as pasted and never labelled: the metadata block "
               "(索引号 …, 文号 …, 发布单位 …, 统一编号 …), the posting line, the addressees, the notice sentence, the issuing "
               "office and the damaged date '2023626' as the page shows it. The page repeats the metadata as a bullet "
               "list; the repetition was dropped.",
               "Title lines: the notice title and the measures' own title, which has lost its quotation marks on the "
               "page ('提升助老三件事服务能力'); the title is the measures' own, as shown. The body also keeps the page's "
               "damaged reference '衢政办发〔202316号'.",
               "一、总体要求 guidance; '（一）指导思想以习近平…' has lost the break between heading and body (text set by "
               "hand); （二）工作原则 guidance; '1.政府主导，多元参与。…' a run-in principle heading at level 3. The page "
               "ends inside it ('通过政府、社')."],
        units=[],
        text="""\
索引号：02165835-001/2023-80815 公开方式：主动公开
文号：常政办发〔2023〕47号 成文日期：2023-06-26
发布单位：县政府办 有效性：有效
统一编号：HCSD01-2023-0006
@T | 常山县人民政府办公室关于印发《常山县提升“助老三件事”服务能力的实施办法》的通知
发布时间：2023-07-05 17:10 信息来源：常山县政府
各乡（镇）人民政府、街道办事处，县级机关各单位：
常山县提升助老三件事服务能力的实施办法已经县政府同意，现印发给你们，请抓好组织实施。
常山县人民政府办公室
2023626
@T | 常山县提升助老三件事服务能力的实施办法
为应对人口老龄化，解决困难家庭及失能失智等居家老人在吃饭、保洁、看病方面的需求，依据衢政办发〔202316号文件精神，经县政府同意，制定本办法。
@H1 sec=guidance | 一、总体要求
@H2 text=（一）指导思想 | （一）指导思想以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和省、市、县党代会及全会要求，坚持以人民为中心，按照保基本、全覆盖、可持续的原则完善养老服务体系，提升“助老三件事”服务能力，让全县老人安享幸福晚年。
@H2 | （二）工作原则
@H3 | 1.政府主导，多元参与。在压实家庭养老责任的同时，通过提供基本养老服务、发挥市场作用和引导社会互助，帮困难家庭分担供养和照料负担。通过政府、社
""",
    ),
    dict(
        name="fresh82_04_baicheng_openness_task_division_notice",
        source="http://xxgk.jlbc.gov.cn/bcsrmzf/szf/gkyj/201905/t20190529_711091.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city government office's notice that itself carries the year's openness work arrangement (白城, "
               "2019年全市政务公开重点工作任务分工): the task table was an attachment; the notice body holds the plan with "
               "its own numbered parts. The title is the notice title, with the space the page has after '印发'. "
               "The position line is kept and never labelled; the login links were dropped.",
               "一、总体要求 guidance; 二、工作安排 is about who leads and who carries out the tasks: responsibilities "
               "(goals, measures accepted); 三、保障措施 measures (requirements accepted). The '6月10日前' deadline in "
               "三、 is not a phase. The page ends inside 三、 ('…工作开')."],
        units=["市政务公开办"],
        text="""\
白城市政府信息公开专栏 >> 白城市人民政府办公室 >> 政府信息公开制度
@T | 关于印发 2019年全市政务公开重点工作任务分工的通知
各县（市、区）人民政府、开发区（园区）管委会、市新区办，市政府各委办局、各直属机构，驻白中省直单位：
为落实党中央、国务院全面推进政务公开的部署，按照《2019年全省政务公开工作重点任务分工方案》，结合我市实际和市委、市政府中心工作，把各项任务进一步细化分解，并提出以下要求，请认真抓好落实。
@H1 sec=guidance | 一、总体要求
2019年是新中国成立70周年和全面建成小康社会的关键之年。全市政务公开以习近平新时代中国特色社会主义思想为指导，围绕高质量发展和群众关切，深化重点领域公开，完善公开平台，提升公开质量，发挥稳预期、促落实、优服务、强监督的作用，增强群众获得感，服务白城经济发展和社会稳定。
@H1 sec=responsibilities alt=goals,measures | 二、工作安排
各地、各部门按上级部署和全市任务分工统筹安排、明确分工、落实责任。牵头单位负责任务分解和督促落实，责任单位按职能细化方案、指定专人，确保各项工作见效。
@H1 sec=measures alt=requirements | 三、保障措施
各地各部门要结合实际加快推进，于6月10日前在本地、本部门政府信息公开目录中公开具体措施或方案，接受社会监督。市政务公开办将适时对各地、各部门工作开
""",
    ),
    dict(
        name="fresh82_05_datong_air_quality_2021_action_plan",
        source="https://www.dt.gov.cn/2021zt/ebook/szfgb/2021-3/files/basic-html/page24.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        title_override="大同市空气质量巩固提升2021年行动计划",
        notes=["A city's 2021 air-quality action plan (大同) inside its 印发 notice, as the text layer of a page of the "
               "city government gazette (flip-book HTML). Kept as pasted and never labelled: the gazette running head "
               "'3/2021 大同市人民政府公报 ·大同市人民政府办公室文件·', the document number, addressees, the notice "
               "sentence broken over two lines ('…请认真' / '贯彻落实。'), the issuing office, the date, '（此件公开发布）' "
               "and the page marker '· 23 ·'. The flip-book navigation ('Page 24 - 2021年第3期', 'P. 24', the page "
               "strip '19 20 21 …') was dropped.",
               "Title lines: the notice title, spread over three lines as the letterhead prints it (the office name "
               "with spaces between its characters, then two title lines), and the plan's own title.",
               "The gazette is set in two columns and the text layer runs them together line by line: each body line "
               "holds a piece of the left column (the plan's preamble), a wide gap, and a piece of the right column "
               "(the first part, '一、指导思想' and its text). The only heading shown therefore sits at the end of a "
               "preamble line ('…巩固蓝        一、指导思想'), a marker inside a line: not labelled. The document has "
               "no labelled heading; what it tests is the title, the kind and not inventing headings."],
        units=[],
        text="""\
3/2021 大同市人民政府公报 ·大同市人民政府办公室文件·
@T | 大 同 市 人 民 政 府 办 公 室
@T | 关于印发《大同市空气质量巩固提升
@T | 2021年行动计划》的通知
同政办发〔2021〕19号
各县区人民政府、开发区管委会，市直相关部门及企事业单位：
《大同市空气质量巩固提升2021年行动计划》经市人民政府同意，现印发给你们，请认真
贯彻落实。
大同市人民政府办公室
2021年5月28日
（此件公开发布）
@T | 大同市空气质量巩固提升2021年行动计划
为持续打好污染防治攻坚战，巩固蓝        一、指导思想
天保卫战成果，进一步改善空气质量，为        贯彻党的十九大和十九届二中、三
“十四五”空气质量改善开好局、起好步，        中、四中、五中全会及中央经济工作会议精
力争在 168 个重点城市排名中晋位升级，        神，落实省委“四为四高两同步”总体
特制定本行动计划。        思路和要求，按照市委、市政府总体部署和
· 23 ·
""",
    ),
    dict(
        name="fresh82_06_shanxi_central_rise_work_scheme",
        source="https://0798ci.com/policy/20846.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案",
        notes=["A province's work scheme for a national regional plan (山西, 晋政办发〔2017〕55号) inside its 印发 notice, "
               "on a policy-reposting site. Three title lines: the site's page title (document number, then the notice "
               "title), the notice title on its own (both without '的通知', as the site writes them), and the scheme's "
               "own title; the title is the scheme's own. The document number, addressees, notice sentence, issuing "
               "office and date are body lines.",
               "一、总体要求 guidance; 二、重点任务与分工 goals (measures, responsibilities accepted); '（一）强化基础设施"
               "支撑，…。' a task-area heading on its own line; '1.加快推进综合交通运输网络建设。…' a run-in heading at "
               "level 3. The page ends inside it ('实现客')."],
        units=[],
        text="""\
@T | 晋政办发〔2017〕55号 山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案
@T | 山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案
晋政办发〔2017〕55号
各市、县人民政府，省人民政府各委、办、厅、局：
《山西省贯彻落实〈促进中部地区崛起“十三五”规划〉工作方案》已经省人民政府同意，现印发你们，请认真贯彻执行。
山西省人民政府办公厅
2017年5月15日
@T | 山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案
为落实《促进中部地区崛起“十三五”规划》（国函〔2016〕204号），发挥我省在中部崛起中的作用，加快经济转型、提升综合实力和竞争力，结合实际制定本方案。
@H1 sec=guidance | 一、总体要求
贯彻习近平总书记系列重要讲话精神，统筹推进“五位一体”、协调推进“四个全面”，按照省委“一个指引、两手硬”的思路，把供给侧结构性改革与转型综改试验区建设结合起来，把我省建成资源型经济转型综改试验区、先进制造和新材料等产业基地、国家新型综合能源基地、中西部现代物流中心、文化旅游强省和内陆开放高地。
@H1 sec=goals alt=measures,responsibilities | 二、重点任务与分工
@H2 | （一）强化基础设施支撑，构建现代化、网络化、高品质、服务企业生产布局的基础设施体系。
@H3 | 1.加快推进综合交通运输网络建设。沿大湛、石太—太中银经济轴带，建设人货分离、多层次、立体化、一体化的城际交通运输网络。实现客
""",
    ),
    dict(
        name="fresh82_07_taian_environment_rectification_scheme",
        source="http://lsbar.com:8000/law/97836",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="泰安市城乡环境综合整治活动实施方案",
        notes=["A city's 2006 scheme for an urban and rural environment clean-up campaign (泰安), inside its 印发 notice, "
               "on a law-database site that runs the whole page into one block; it was split into lines at the "
               "boundaries the text shows (notice title, document number, addressees, notice sentence, date, scheme "
               "title, preamble, headings). The document number keeps the page's square brackets '泰政发[2006]16号'; "
               "the date keeps the letters O in '二OO六年四月十三日'. No issuing-office line is shown.",
               "Title lines: the notice title and the scheme's own title.",
               "一、指导思想 guidance; 二、整治活动范围 scope, other (goals accepted). The line under it, '整治活动范围：泰安市"
               "市区、新泰市市区、', repeats the label with its value (a key-value body line, not labelled) and is "
               "where the page ends."],
        units=[],
        text="""\
@T | 泰安市人民政府关于印发泰安市城乡环境综合整治活动实施方案的通知
泰政发[2006]16号
各县、市、区人民政府，市政府各部门、直属机构，市属及以上驻泰各单位：
《泰安市城乡环境综合整治活动实施方案》经市政府研究同意，现印发给你们，请认真组织实施。
二OO六年四月十三日
@T | 泰安市城乡环境综合整治活动实施方案
为落实科学发展观、统筹城乡发展、营造良好人居环境、加快生态市建设，市政府决定在全市开展城乡环境综合整治活动。根据省政府办公厅《关于开展全省城乡环境综合整治活动的通知》（鲁政办发（2005）32号），结合我市实际，制定本方案。
@H1 sec=guidance | 一、指导思想
贯彻党的十六届五中全会精神，以科学发展观为指导，以建设资源节约型、环境友好型城市为目标，坚持高起点规划、高标准建设、高效能管理，在巩固以往城市环境整治成果的基础上开展新一轮城乡环境综合整治，并转向长效管理，促进城市现代化、环境生态化和城乡协同发展，使全市城乡面貌有更大改观。
@H1 sec=other alt=goals | 二、整治活动范围
整治活动范围：泰安市市区、新泰市市区、
""",
    ),
    dict(
        name="fresh82_08_linghai_education_balance_implementation_rules",
        source="http://lnlh.gov.cn/newsinfo13212.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="凌海市推进县域义务教育优质均衡发展督导评估规划实施细则",
        notes=["A county-level city's 实施细则 for its compulsory-education evaluation plan (凌海), inside its 印发 notice, "
               "on the city site. Kept as pasted and never labelled: the column name '政府文件', the position line, the "
               "posting line '时间：… 来源： 作者：', the addressees (without the closing colon, as the page has them), "
               "the notice sentence, the issuing office, the date and '（此件公开发布）'. The page's '无标题文档' line was "
               "dropped.",
               "Title lines (six): the site's page title (the document number glued to a shortened notice title, "
               "half-width brackets '凌政办发[2020]35号'), the notice title broken over three lines, and the rules' own "
               "title broken over two lines; the title is the rules' own.",
               "Only one heading is shown: 一、指导思想 (guidance), on its own line; the page ends inside its body. The "
               "preamble's many document numbers are references, not phases."],
        units=[],
        text="""\
政府文件
您的位置：首页>>政务公开>>政府文件
@T | 凌政办发[2020]35号凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知
时间：2020-09-29 来源： 作者：
@T | 凌海市人民政府办公室关于印发凌海市推进
@T | 县域义务教育优质均衡发展督导评估
@T | 规划实施细则的通知
大有经济开发区管委会，各乡镇人民政府（街道办事处），市政府有关部门市直有关单位
《凌海市推进县域义务教育优质均衡发展督导评估规划实施细则》经市政府同意，现印发给你们，请结合实际认真贯彻实施。
凌海市人民政府办公室
2020年9月28日
（此件公开发布）
@T | 凌海市推进县域义务教育优质均衡发展
@T | 督导评估规划实施细则
根据国教督办函〔2019〕30号和辽政教督室〔2018〕2号文件精神，以《辽宁省县域义务教育优质均衡发展监测报告（2019）》所列评估项目和问题为依据，结合锦政教督发〔2020〕8号和凌政发〔2020〕5号的要求，制定本细则。
@H1 sec=guidance | 一、指导思想
以党的十九大精神和习近平新时代中国特色社会主义思想为指导，以提高质量为目标、促进公平为重点、改革创新为动力，贯彻党的教育方针，巩固我市县域义务教育基本均衡发展成果，
""",
    ),
    dict(
        name="fresh82_09_putian_hrss_shortfall_scheme",
        source="https://www.chacewang.com/newsdetail/news148178.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案",
        notes=["A city human-resources bureau's 专项攻坚方案 inside its 印发 notice (莆田), as a policy-aggregator page "
               "shows it: an automatic digest that keeps only some sentences, runs them into one block and ends most "
               "of them with '，'. The block was split where the text shows boundaries (addressees, notice, issuing "
               "bureau, date, title glued together on the page, then the parts). Nothing missing was restored: the "
               "digest skips 一、 and （二）–（四）, so 二、工作举措 comes first and （五） follows （一）; the four "
               "'责任科室（单位）：…牵头，' lines of the skipped tasks stand alone.",
               "The notice sentence ends with '，' and has no closing request; the issuing bureau, the date and the "
               "scheme's title were one run on the page ('…印发给你们，莆田市人力资源和社会保障局2022年8月18日2022年度…"
               "方案'); they were put on separate lines. The scheme's title is the only title line.",
               "二、工作举措 is measures (goals accepted) at level 1 although 一、 is absent. （一）… and （五）… are run-in "
               "task headings ending in '，' (texts set by hand, cut before the task body / the '责任科室' part). The "
               "'责任科室（单位）：…' lines are key-value body lines; the offices named in them are the units."],
        units=["就业科", "能建科", "人才中心", "就业中心", "养老科", "工伤科", "劳监科", "劳关科", "办公室", "法规科",
               "局办公室"],
        text="""\
局机关各科室、局属各单位：
按照莆效综〔2022〕2号文件的要求，现把我局《2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案》印发给你们，
莆田市人力资源和社会保障局
2022年8月18日
@T | 2022年度省对市绩效管理公众评议就业环境和社会保障领域“补短板”专项攻坚方案
对照2021年省对市公众评议的评价指标，为做好今年就业环境和社会保障领域的“补短板”工作，制定本方案，
@H1 sec=measures alt=goals | 二、工作举措
@H2 text=（一）开展就业创业服务提升专项行动 | （一）开展就业创业服务提升专项行动，抓好重点群体就业，开展“10+N”公共就业服务专项活动，落实强化企业用工服务保障十五条举措，
责任科室（单位）：就业科、能建科、人才中心、就业中心分别牵头，
责任科室（单位）：养老科、工伤科、就业科分别牵头，
责任科室（单位）：劳监科、劳关科、办公室分别牵头，
责任科室（单位）：法规科牵头，
@H2 text=（五）开展人社信息宣传提升专项行动 | （五）开展人社信息宣传提升专项行动，责任科室（单位）：办公室牵头，
局办公室把各项攻坚举措纳入局稳就业保民生重大政策全程跟踪落实机制进行管理。
""",
    ),
    dict(
        name="fresh82_10_shandong_budget_reform_opinions",
        source="https://0798ci.com/law/8240.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="山东省人民政府关于深化预算管理制度改革的实施意见",
        notes=["A province's 实施意见 on budget-management reform (山东, 鲁政发〔2014〕20号) on a policy-reposting site. "
               "Unlike the others it is not wrapped in a separate 印发 notice: the government issues the opinions "
               "directly, so the document number and addressees stand between its title and its body. Kept as body "
               "and never labelled: the posting line '浏览量： 时间：…', the document number, the addressees.",
               "Title lines: the site's page title (document number glued to the title in 《》) and the document's own "
               "title; the title is the document's own.",
               "一、深化预算管理制度改革的总体要求 guidance; '1.指导思想。…' guidance and '2.目标任务。…' goals, both run-in "
               "headings at level 2. The yearly milestones in 2.目标任务 (2014年 … 2015年 … 2016年 …) are targets, "
               "not phases. The page ends inside 2. ('…公开透明')."],
        units=[],
        text="""\
@T | 鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》
浏览量： 时间：2016-01-17 23:45:19
@T | 山东省人民政府关于深化预算管理制度改革的实施意见
鲁政发〔2014〕20号
各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：
建立全面规范、公开透明的现代预算制度，是财税体制改革的重要内容，也关系到政府职能转变和治理能力现代化。根据新修订的预算法、国发〔2014〕45号和鲁发〔2014〕18号文件的要求，现就深化我省预算管理制度改革提出以下实施意见：
@H1 sec=guidance | 一、深化预算管理制度改革的总体要求
@H2 | 1.指导思想。贯彻党的十八大和十八届三中、四中全会及省委十届十次全会精神，围绕建立现代财政制度的目标，改进预算管理制度、创新管理方式、优化收支结构、提升预算绩效，构建全面规范、公开透明的预算制度，规范政府行为、强化预算约束、防范财政风险。
@H2 sec=goals | 2.目标任务。从2014年起全面启动预算管理制度改革，2015年在预算管理改革和优化支出结构上取得实质进展，2016年基本完成各项改革任务，在全省建立全面规范、公开透明
""",
    ),
]
