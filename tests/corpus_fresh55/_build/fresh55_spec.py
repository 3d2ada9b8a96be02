# -*- coding: utf-8 -*-
"""The fifty-fifth held-out fresh set: plans and schemes AS ISSUED by offices,
mostly inside their 印发通知 (关于印发《……》的通知 with 发文字号, 主送, the
notice's text, issuer and date, then the plan), plus documents whose page starts
at the plan's title or at the addressee.  Writers: county and city offices and
bureaus, a new area's party and administrative committees, a town, a township,
a county education bureau's plan (district), and a county's joint party and
government offices.  Found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of an earlier set (see
/work/fresh55/used_sources.tsv and _build/notes_queries.txt).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs, posting
  and metadata lines, duplicated site titles and blurbs) was dropped; paywall
  lines a user would paste along were kept, unlabelled.
- Heading, title and notice lines (发文字号, 主送, issuer, date) keep the source's
  numbering, wording and damage.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, document numbers, unit and place names and the source's masking are
  kept.  Personal names were dropped.

Title convention (corpus-dev README, dev05): the label's title is the
document's own title (the plan's title); every line of the notice's title (its
issuer line(s) included) and of the plan's title is a title line.  The notice's
addressee, text, issuer, date, 发文字号 and 附件 lines are body, never labelled.

Marker syntax: see fresh_build/build.py.
"""

FRESH55_DOCS = [
    dict(
        name="fresh55_01_county_civilised_county_scheme_notice",
        source="http://bui-logistics.com/html/contents11532_67840.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="庄浪县创建省级文明县标兵集中落实活动实施方案",
        notes=["A county's scheme inside the joint issuing notice of the county party committee's office and the county "
               "government's office (2012). The notice title runs over three lines (the two issuers on one line, then "
               "'关于印发《…标兵' / '集中落实活动实施方案》的通知'), the plan title over two lines; all five are title lines and "
               "the title is the plan's own title.",
               "Addressee, the one-sentence notice, the two issuer lines and the date '2012年4月12日' are body.",
               "一、指导思想 is guidance; 二、主要任务 goals (measures accepted). The page ends inside 二、 ('…全面规范')."],
        units=[],
        text="""\
@T | 中共庄浪县委办公室 庄浪县人民政府办公室
@T | 关于印发《庄浪县创建省级文明县标兵
@T | 集中落实活动实施方案》的通知
各乡镇党委、人民政府，县直及省、市驻庄各单位：
《庄浪县创建省级文明县标兵集中落实活动实施方案》已经县委、县政府同意，现印发给你们，请结合各自实际，认真抓好贯彻落实。
中共庄浪县委办公室
庄浪县人民政府办公室
2012年4月12日
@T | 庄浪县创建省级文明县标兵集中落实活动
@T | 实施方案
为巩固省级文明县的创建成果，提高全县精神文明建设水平，推动社会文明进步和转型跨越发展，依据《甘肃省文明县建设管理办法》的评选标准，结合本县实际，就开展创建省级文明县标兵集中落实活动制定本方案。
@H1 sec=guidance | 一、指导思想
以党的十七大和十七届三中、四中、五中、六中全会精神为指导，落实科学发展观，以建设梯田产业强县和生态文化名县为目标，以提高市民素质和社会文明程度为重点，推进文明行业、文明单位、文明村镇、文明社区创建，全面落实《甘肃省文明县测评细则》，把全县建成各方面环境良好的文明县标兵。
@H1 sec=goals alt=measures | 二、主要任务
对照《甘肃省文明县建设管理办法》的评选标准和《甘肃省文明县测评细则》，以实施“七大文明工程”为载体推进创建，确保测评细则设置的9个测评项目、36项测评指标、124项测评内容全面规范
""",
    ),
    dict(
        name="fresh55_02_new_area_rural_revitalisation_scheme_notice",
        source="http://xiongan.gov.cn/2021-03/23/c_1211080104.htm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="全面推进乡村振兴加快农业农村现代化的实施方案",
        notes=["A new area's scheme issued jointly by its party working committee and its administrative committee. The "
               "page starts with the 发文字号 line '雄安发〔2021〕5号' (body), then the notice title whose two issuer lines "
               "come first ('中共河北雄安新区工作委员会' / '河北雄安新区管理委员会' / '关于印发《…》的通知'): all three are title "
               "lines. The plan title runs over two lines (title lines too); the title is the plan's own title.",
               "Addressee, notice text, the two signing issuer lines, the date and '（此件公开发布）' are body. The two issuer "
               "lines appear twice: the first pair belongs to the title, the second pair is the signature.",
               "一、总体要求 is guidance; '（一）指导思想。以…' is a run-in heading (level 2, guidance). The page ends inside "
               "（一） ('…全面推进乡村')."],
        units=[],
        text="""\
雄安发〔2021〕5号
@T | 中共河北雄安新区工作委员会
@T | 河北雄安新区管理委员会
@T | 关于印发《全面推进乡村振兴加快农业农村现代化的实施方案》的通知
雄县、容城、安新县委和人民政府，新区各部门：
现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们，请结合实际认真贯彻执行。
中共河北雄安新区工作委员会
河北雄安新区管理委员会
2021年3月15日
（此件公开发布）
@T | 全面推进乡村振兴
@T | 加快农业农村现代化的实施方案
为落实中央农村工作会议精神，依据《关于全面推进乡村振兴加快农业农村现代化的意见》（中发〔2021〕1号）和省委、省政府的实施意见（冀发〔2021〕1号），结合雄安新区实际，制定本实施方案。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想。以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和历次全会及中央农村工作会议精神，落实省委九届十一次、十二次全会部署和新区2021年建设发展工作会议要求，坚持农业农村优先发展，坚持农业现代化与农村现代化一体设计、一并推进，统筹发展和安全，深化农业供给侧结构性改革，把乡村建设放在现代化建设的重要位置，全面推进乡村
""",
    ),
    dict(
        name="fresh55_03_city_bureaus_community_services_scheme_notice",
        source="https://lr5.cn/2024/08/07/47893.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="成都市城市社区嵌入式服务设施建设工程实施方案",
        notes=["A city scheme issued by four city bodies (发展和改革委员会, 市委社会工作部, 规划和自然资源局, 住房和城乡建设局) in one "
               "notice. The page shows the notice title (one long line naming the four issuers; the site's repeat of it and "
               "its blurb were dropped), the addressee and the one-sentence notice, and then runs straight into the "
               "scheme's preamble: no issuer, no date and no title line of the scheme itself.",
               "The only title line is the notice title; the title label is the document's own title, the scheme's name "
               "as the notice gives it ('成都市城市社区嵌入式服务设施建设工程实施方案'), which an importer has to take out of "
               "'关于印发…的通知'.",
               "一、主要目标 is goals; its two '到2025年底前，…' / '到2027年底前，…' paragraphs are body (targets, not phases). "
               "The page ends inside the second ('…龙泉驿')."],
        units=[],
        text="""\
@T | 成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知
各区（市）县政府（管委会），市级有关部门，有关单位：
经市领导同意，现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们，请结合实际认真贯彻落实。
城市社区嵌入式服务设施建设是党中央、国务院部署的重大民生工程，目的是让优质普惠的公共服务走到群众身边，把社区建成群众的幸福家园。为在全市推进这项工程，结合成都实际，制定本方案。
@H1 sec=goals | 一、主要目标
到2025年底前，全市首批100个嵌入式服务设施建设示范社区全面建成，嵌入式设施实现空间协同布局、功能复合设置和可持续运营，形成可复制推广的经验和模式。
到2027年底前，在总结试点经验的基础上向更多社区推开，确保四川天府新区、成都高新区、锦江区、青羊区、金牛区、武侯区、成华区50%的城市社区建成完备的社区嵌入式服务综合体（社区服务中心）；成都东部新区、龙泉驿
""",
    ),
    dict(
        name="fresh55_04_county_forest_fire_contingency_plan_notice",
        source="https://m.kqyc.cn/wenku/rrcgb/ErK7lYYzrb",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="修水县处置重大森林火灾应急预案",
        notes=["A county contingency plan (应急预案, labelled scheme as in corpus-dev) inside the county government office's "
               "issuing notice (2008). The notice title runs over two lines ('…办公室关于印发' / '…应急预案的通知'), both "
               "title lines, as is the plan's own title line; the title is the plan's title.",
               "The notice has no issuer line, only the date in Chinese numerals '二〇〇八年四月三日' (body).",
               "一、适用范围 is other (scope; background accepted); 二、工作原则 guidance with three run-in principles "
               "'（一）统一领导，分级负责。…' at level 2. The body of （二） breaks over two lines as on the page ('…降到' / "
               "'最低限度。'); the page ends inside （三） ('…做到常'). The lead unit named is the county forest-fire "
               "command (县人民政府森林防火指挥部)."],
        units=["县人民政府森林防火指挥部"],
        text="""\
@T | 修水县人民政府办公室关于印发
@T | 修水县处置重大森林火灾应急预案的通知
各乡镇人民政府，县政府各部门，县直各单位：
《修水县处置重大森林火灾应急预案》已经县人民政府同意，现印发给你们，请认真组织实施。
二〇〇八年四月三日
@T | 修水县处置重大森林火灾应急预案
为落实“预防为主、积极消灭”的森林防火方针，做好重大森林火灾的应急处置，确保反应及时、准备充分、决策科学、措施有力，把损失降到最低，依据《中华人民共和国森林法》《森林防火条例》《江西省森林防火条例》和《修水县突发公共事件总体应急预案》等，制定本预案。
@H1 sec=other alt=background | 一、适用范围
本预案用于修水县行政区域内重大森林火灾的应急工作。
@H1 sec=guidance | 二、工作原则
@H2 | （一）统一领导，分级负责。县、乡镇两级政府负责本县森林火灾的应急处置，县人民政府森林防火指挥部（以下简称县指挥部）统一组织、指挥和协调重大森林火灾的处置。
@H2 | （二）以人为本，安全处置。处置中首先保障群众生命安全，同时保护群众财产、林区公共设施和森林资源，把损失降到
最低限度。
@H2 | （三）平战结合，常备不懈。各乡镇政府和森林经营单位既要落实预防措施，也要做好应对突发重大火灾的思想、机制和工作准备，备好人员、技术和物资，加强专业队伍培训演练，提高处置能力，做到常
""",
    ),
    dict(
        name="fresh55_05_county_forest_fire_plan_notice_with_attachment",
        source="https://sole-aqua.com/zfxxgk/zc/gfxwj/zfbgfxwj/ygd1/content_2567",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="淅川县森林火灾应急预案",
        notes=["A county contingency plan (labelled scheme) in the county government office's notice, as the county "
               "portal shows it: notice title line, then the 发文字号 '淅政办〔2009〕147号', addressee, notice text, date "
               "'二○○九年十一月十八日' (no issuer line), an attachment label '附件：淅川县森林火灾应急预案' and the plan's "
               "title. The site's metadata and source/date line were dropped.",
               "Title lines: the notice title and the plan title; the attachment label is body (it repeats the title after "
               "'附件：' and is not labelled).",
               "一、总则 is guidance (other, background accepted); its four run-in entries '（一）编制目的。…' are level 2: "
               "编制目的 and 编制依据 background (guidance accepted), 工作原则 guidance, 适用范围 other (guidance accepted). "
               "The page ends inside （四） ('本县')."],
        units=[],
        text="""\
@T | 淅川县人民政府办公室关于印发《淅川县森林火灾应急预案》的通知
淅政办〔2009〕147号
各乡镇人民政府（街道办事处），县直有关单位：
《淅川县森林火灾应急预案》已经县政府同意，现予印发。请结合实际，认真组织实施。
二○○九年十一月十八日
附件：淅川县森林火灾应急预案
@T | 淅川县森林火灾应急预案
@H1 sec=guidance alt=other,background | 一、总则
@H2 sec=background alt=guidance | （一）编制目的。落实“预防为主、积极消灭”的森林防火方针，有效预防和控制森林火灾，保证处置时准备充分、决策科学、反应迅速、措施得力，把损失降到最低，保护群众生命财产和国土生态安全。
@H2 sec=guidance | （二）工作原则。坚持“统一领导、分级负责”原则；坚持“以人为本、安全第一”原则；坚持“密切协作、快速反应”原则；坚持“预防为主、预防与应急相结合”原则。
@H2 sec=background alt=guidance | （三）编制依据。依据《中华人民共和国森林法》《中华人民共和国突发事件应对法》《森林防火条例》、河南省和南阳市的森林火灾应急预案等法律法规和文件，结合本县实际，制定本预案。
@H2 sec=other alt=guidance | （四）适用范围。本县
""",
    ),
    dict(
        name="fresh55_06_county_education_reform_scheme_damaged_notice",
        source="http://www.huantai.gov.cn/art/2016/1/25/art_4909_930086.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="桓台县推进基础教育综合改革方案",
        notes=["A county scheme in the joint notice of the county party committee's office and the county government's "
               "office, with the damage the page shows: the 发文字号 '桓办发〔201539' (lost '〕' and '号'), the signing "
               "issuer cut to '中共桓台县委办公' (lost '室'), the date '2015115' (lost 年/月/日), document numbers inside the "
               "preamble '鲁办发〔201455号' / '淄办发〔201526号', and the numbering of the first sub-heading lost to a dot "
               "('.指导思想' for '（一）指导思想').",
               "Title lines: the site's article title at the top ('关于印发《桓台县推进基础教育 综合改革方案》的通知', with its "
               "space), the notice title's issuer line '县委办公室  县政府办公室' and its two lines, and the plan title; "
               "the title is the plan's own title. The posting-date line was dropped.",
               "一、总体要求 is guidance; '.指导思想' is a level-2 heading (numbering 'none' as the page shows it), guidance. "
               "The page ends inside it ('…办好人民满意的教育')."],
        units=[],
        text="""\
@T | 关于印发《桓台县推进基础教育 综合改革方案》的通知
桓办发〔201539
@T | 县委办公室  县政府办公室
@T | 关于印发《桓台县推进基础教育
@T | 综合改革方案》的通知
各镇党委、政府，城区街道党工委、办事处，县直有关部门、单位：
《桓台县推进基础教育综合改革方案》已经县委、县政府同意，现印发给你们，请结合各自实际抓好贯彻落实。
中共桓台县委办公
桓台县人民政府办公室
2015115
@T | 桓台县推进基础教育综合改革方案
为贯彻党的教育方针，落实省委办公厅、省政府办公厅《关于推进基础教育综合改革的意见》（鲁办发〔201455号）和淄博市的方案（淄办发〔201526号），实施省市县中长期教育改革和发展规划纲要，结合本县实际，制定本方案。
@H1 sec=guidance | 一、总体要求
@H2 | .指导思想
以党的十八大和十八届三中、四中、五中全会精神为指导，以立德树人、促进人的全面发展为目标，以促进教育公平、提升教育质量为重点，构建现代教育治理体系，调动校长、教师和学生的积极性，办好人民满意的教育
""",
    ),
    dict(
        name="fresh55_07_town_flood_season_scheme_addressee",
        source="https://m.wenke99.com/p-10044361.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="2021 年乡镇防汛度汛实施方案",
        notes=["A town's flood-season scheme written as a notice without a wrapper: title, addressee "
               "'各村（居）委会、有关单位：', a preamble ending '并通知如下：', then the sections. From a document-sharing "
               "site: the page's own truncated title '年乡镇防汛度汛实施方案' comes first and the document's title has PDF "
               "spacing ('2021 年…'); both are title lines, the title is the document's.",
               "The page masks political words with a dot; the masking is kept in the rewritten preamble "
               "('以.新时代中国特色.主义思想为指导', '党的.和二中、三中、四中精神').",
               "Only one section is visible: '一、提高政治站位 ，增强防汛意识' (the space before the comma as on the page), "
               "guidance (requirements accepted). The page ends inside it."],
        units=[],
        text="""\
@T | 年乡镇防汛度汛实施方案
@T | 2021 年乡镇防汛度汛实施方案
各村（居）委会、有关单位：
防汛工作关系群众生命财产安全和经济.发展大局。我们要以.新时代中国特色.主义思想为指导，学习贯彻党的.和二中、三中、四中精神，落实防汛抗旱的决策部署，按照“安全第一、常备不懈、以防为主、全力抢险”的方针，立足防大汛，结合我镇实际制订本方案，并通知如下：
@H1 sec=guidance alt=requirements | 一、提高政治站位 ，增强防汛意识
各村、各单位要把防汛当作一项重要政治任务，摸清防洪工程现状，排查工程隐患，克服麻痹思想和侥幸心理，抓紧完成去冬今春水利工程扫尾，广泛动员群众，把防汛各项工作做细做实，坚决做到领导、思想、组织、措施、技术
""",
    ),
    dict(
        name="fresh55_08_county_new_countryside_star_plan_paywall",
        source="https://www.wm114.cn/wen/88/174788.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county's plan for raising its villages' star ratings, as a writing-sample site shows it: the page starts "
               "at the plan's title, then a long addressee line (the county's party and government bodies), two preamble "
               "paragraphs with the rating figures, and the first section; the site's breadcrumb and posting line were "
               "dropped.",
               "The site's paywall lines after the visible part ('……（新文秘网…省略888字，正式会员可完整阅读）', "
               "'……（未完，全文共4936字…' ) are kept as debris and not labelled; the line before them is cut ('…创').",
               "一、指导思想和基本原则 is guidance; （一）指导思想 a stand-alone level-2 heading, guidance."],
        units=[],
        text="""\
@T | 新农村建设晋星工作计划
各乡镇党委、人民政府，县人大、县政协党组，县纪委，县人武部党委，县法院、县检察院党组，县委各部门，县政府各工作部门、各直属机构，县级各人民团体党组、支部：
新农村建设星级管理是市委、市政府根据本市农业农村发展现状作出的新部署，按“生产发展、生活宽裕、设施完善、乡风文明、村容整洁、管理民主”6个方面设23项指标，实行千分制评定考核，推动新农村建设从重点突破走向全面推进、从一般管理走向长效管理。
全县已完成评星定等：123个村中五星村1个（0.8%），四星村5个（4%），三星村24个（19.5%），二星村63个（51.3%），一星村29个（23.6%），无星村1个（0.8%），共252颗星，平均每村2.05颗。为建立星级管理长效机制，特制定全县新农村建设晋星计划。
@H1 sec=guidance | 一、指导思想和基本原则
@H2 | （一）指导思想
以科学发展观为指导，按照中央新农村建设“二十字”总体要求，深化新农村建设“十百千”创
……（新文秘网https://www.wm114.cn省略888字，正式会员可完整阅读）
……（未完，全文共4936字，当前仅显示2493字，请阅读下面提示信息。收藏《新农村建设晋星工作计划》
""",
    ),
    dict(
        name="fresh55_09_district_education_bureau_plan_yishi",
        source="http://m.cyzxm.cn/a/24114.html",
        doc_kind="plan", partial=True,
        title_override="区教育局202x年工作计划",
        notes=["A district education bureau's annual plan from a sample site, title masked ('202x年', 'XX区'). The store "
               "ran the title into the first heading ('区教育局202x年工作计划(一)强化政治建设，…'); it was split into a title "
               "line and the heading line.",
               "The top visible level is （一） (level 1, goals, measures accepted). Under it the line-initial '一是…' "
               "points are level-2 headings (as dev04's 一是 lines); under （二） they are short task titles, some "
               "followed by their own body lines. They inherit goals, with measures accepted like their parents.",
               "The site's paywall lines at the end ('预览阅读已结束，…', '请点击👉 mooonya 👈联系老师') are debris, not labelled."],
        units=[],
        text="""\
@T | 区教育局202x年工作计划
@H1 sec=goals alt=measures | （一）强化政治建设，进一步加强党对教育工作的全面领导。
@H2 alt=measures | 一是将学习党的二十大精神作为当前和今后的重大政治任务，持续推动学习宣传贯彻走深走实。
@H2 alt=measures | 二是坚持“当下改”与“长久立”相结合，巩固深化主题教育成果。
@H2 alt=measures | 三是按照省委《关于建立中小学校党组织领导的校长负责制的实施方案》的要求，继续推进这项制度，按时完成本年度任务。
@H1 sec=goals alt=measures | （二）强化群众期盼，加快建设高质量教育体系。
@H2 alt=measures | 一是做好学前教育相关工作。
创新学前教育管理方式，落实《XX区“十四五”学前教育发展提升计划》《XX区安心托幼行动实施方案》，继续做好学前教育普及普惠。
学前三年毛入园率保持在98.5%以上，普惠覆盖率94%，公办园在园幼儿占比65%，开设2-3岁托班的幼儿园占比不少于20%，创建不少于3所阜阳市一类幼儿园。
@H2 alt=measures | 二是认真做好“双减”和课后服务工作，真正减轻学生作业负担和校外培训负担。
加强课后服务的监管、质量提升和特色创新，提高课后服务的质量和效率。
@H2 alt=measures | 三是继续做好控辍保学工作。
@H2 alt=measures | 四是重点做好学生心理健康教育工作。
把心理健康教育主题班会落到实处，让班主任成为学校心理健康教育的主力。
预览阅读已结束，若您需要全文或代笔。
请点击👉 mooonya 👈联系老师
""",
    ),
    dict(
        name="fresh55_10_town_emergency_plan_notice_decimal",
        source="http://www.lucheng.gov.cn/art/2020/10/22/art_1229443018_2039002.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="山福镇突发公共事件总体应急预案（修订）",
        notes=["A town's overall emergency plan (labelled scheme) in the town government's issuing notice (鹿山政〔2020〕72号 "
               "in the page's metadata table, which was dropped with the rest of the metadata). The page shows the notice "
               "without its title: addressee '各科室，各站所，各村：', the notice text, an attachment label, the issuer and "
               "the date, then the plan's title (the only title line). The store ran everything into one block; it was "
               "split at the paragraph and heading boundaries.",
               "Decimal numbering: '1.总则' (level 1, style 1.), '1.1目的依据' / '1.2现状特点' / '1.3工作原则' (level 2, "
               "numbering '1.1' etc., style none since the scheme's classes have no decimal style), '（1）以人为本，预防为主。…' "
               "(level 3, run-in).",
               "Kinds: 总则 guidance (other, background accepted); 目的依据 background (guidance accepted); 现状特点 "
               "background; 工作原则 and its （1） guidance. The page ends inside （1） ('…坚持事前预防与')."],
        units=[],
        text="""\
各科室，各站所，各村：
为提高政府保障公共安全和处置突发公共事件的能力，最大限度地预防和减少其造成的损害，保障群众生命财产安全，维护社会稳定，经研究制定《山福镇突发公共事件总体应急预案（修订）》，现印发给你们，请据此制定切实可行的专项应急预案。
附件：山福镇突发公共事件总体应急预案（修订）
温州市鹿城区山福镇人民政府
2020年10月22日
@T | 山福镇突发公共事件总体应急预案（修订）
@H1 sec=guidance alt=other,background | 1.总则
@H2 sec=background alt=guidance num=1.1 | 1.1目的依据
提高政府应对突发公共事件的能力，减少损害，保障群众生命财产安全，促进全镇经济社会协调发展和“平安山福、生态山福、美丽山福、文化山福、活力山福”建设；依据有关法律法规和《温州市突发公共事件总体应急预案》，结合山福实际，制定本预案。
@H2 sec=background num=1.2 | 1.2现状特点
山福镇位于鹿城西北部，属中亚热带季风气候，以山地丘陵为主，呈“七山二地一水”的地貌，台风、暴雨、干旱、高温、雷击、地质灾害等时有发生。
随着经济社会发展和城镇建设加快，交通、生产、火灾、环境污染等事故，食物中毒、传染病等公共卫生事件，以及群体性事件和重大刑事案件的发生几率可能上升。
@H2 sec=guidance num=1.3 | 1.3工作原则
@H3 | （1）以人为本，预防为主。切实履行社会管理和公共服务职能，把应对突发公共事件的工作落实到日常管理之中，坚持事前预防与
""",
    ),
    dict(
        name="fresh55_11_city_student_health_scheme_docshare",
        source="https://m.docduoduo.com/p-2248211.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="奉化市中小学生健康促进行动计划实施方案（2009 年2011 年）",
        notes=["A city's scheme for pupils' health (奉化市, 2009-2011; the issuing office is not visible) from a "
               "document-sharing site: the page starts at the scheme's title, which the site glued to its chunk marker "
               "'1、' and to the preamble; the title was put on its own line with the chunk marker kept at its start "
               "(debris, part of the title line; the title label leaves it out). The year range lost its dash "
               "('（2009 年2011 年）'), kept.",
               "The site's chunk markers '2、' and '3、' start lines in the middle of a sentence or a word "
               "('…以创建国家卫生城市' / '2、为契机，…'; '…校园文化示范学' / '3、校建设…'): debris, not labelled.",
               "'一、指导思想以…' is a heading glued to its body (the store lost the break): text set by hand. 二、实施原则 "
               "holds three run-in principles numbered '1' '2' '3' without punctuation (numbering style none); the third "
               "follows a page marker glued to the line start ('- 2 -3坚持全员参与，注重实效。…', text set by hand). All "
               "guidance. The page ends inside the third principle ('…另一方')."],
        units=[],
        text="""\
@T | 1、奉化市中小学生健康促进行动计划实施方案（2009 年2011 年）
身心健康是现代人素质的重要方面，青少年的健康素质是全民族健康素质的基础，关系千家万户的幸福和国家民族的未来。为提高学校健康教育工作水平和学生的健康素质，实现“人人健康”的目标，特制定本实施方案。
@H1 sec=guidance text=一、指导思想 | 一、指导思想以“健康第一”为指导思想，以改善中小学生学习生活环境、增强体质、提高健康素养为目标，以创建国家卫生城市
2、为契机，以各种健康促进活动为载体，以干预影响学生健康的不利因素、倡导文明健康的生活方式为重点，为学生提供安全、健康、促进发展的环境，实现中小学生身心和谐发展。
@H1 sec=guidance | 二、实施原则
@H2 num=1 | 1坚持以人为本，贴近学生。让中小学生既是受益的主体，也是行动的主体；目标和内容突出学生身心发展的特点，尊重学生的主体地位，用学生喜闻乐见的方式引导他们主动参与。
@H2 num=2 | 2坚持双向推进，条块结合。各校要把既定工作与学生健康工作结合起来，并与奉化市校园文化示范学
3、校建设有机结合起来，相辅相成，互为促进；实行条块结合、以块为主的工作机制。
@H2 num=3 text=3坚持全员参与，注重实效 | - 2 -3坚持全员参与，注重实效。学生健康的重心在学校，一方面要动员广大师生积极参与，把教育局组织的活动变成师生的自觉行为；另一方
""",
    ),
]
