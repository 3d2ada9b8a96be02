# -*- coding: utf-8 -*-
"""The 136th held-out fresh set: SPECIAL RECTIFICATION SCHEMES (专项整治 /
专项行动 / 清理整治) of county and district departments and a township
(market supervision, self-built housing safety, river clearance, sand
washing and sand-gravel mining, farmers' market renovation, work safety)
whose 实施步骤 / 方法步骤 / 工作步骤 / 时间安排 carry dated stages.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, exclusion list and used_sources.tsv
under /work/main/tests/corpus_fresh*/ and /work/fresh*/ when the set was
built).  HELD OUT: never tune an importer on these documents; score totals
only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and upload
  metadata were dropped; chunk markers of document-sharing sites were kept.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, masking and the sites' word-substitution
  artefacts (平安 for 安全, 撤除, 根底, 发动会) are kept.  Personal names:
  none visible.

Marker syntax: see fresh_build/build.py.
"""

FRESH136_DOCS = [
    dict(
        name="fresh136_01_district_school_food_safety_scheme",
        source="https://1wenmi.com/doc/813348.html",
        doc_kind="scheme", partial=True,
        title_override="XX区市场监管局中小学校园周边食品安全优化提升实施方案",
        notes=["A district market-supervision bureau's scheme for food safety around primary and secondary schools "
               "(校园周边200米), from a document-sharing site that delivered one run-together block with chunk "
               "markers. The block was split at the heading boundaries it shows; the headings '1、指导思想' etc. "
               "were glued to their bodies without punctuation and are put on their own lines.",
               "The chunk marker '1、' stands before the title (title line kept with it; the title label leaves it "
               "out). The chunk marker '2、' cuts the heading '3、重点任务' in the middle of the word: the heading "
               "line is '3、重点任' (labelled, goals) and the next line starts '2、务在中小学…' (debris plus body, "
               "never labelled).",
               "4、实施步骤 holds three run-in stages with bracketed month ranges, the year only on the start "
               "('（1）排查整治阶段（2024年1月-2月）'): three required phases, start '2024年1月', end '2月'. The page "
               "ends inside the third stage's body ('各分'); kept as the fragment.",
               "The numbering 1、 for the top level (the document's own, not a chunk marker) and （1） for the stages."],
        units=["XX区市场监管局", "各分局"],
        text="""\
@T | 1、XX区市场监管局中小学校园周边食品安全优化提升实施方案
为加强中小学校园周边食品安全治理、消除风险隐患、守护中小学生健康成长，按照全区部署开展校园周边食品安全优化提升工作，特制定本方案。
@H1 sec=guidance | 1、指导思想
以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心，贯彻党的教育方针，统筹力量、精准施策、综合整治，持续优化全区中小学校园周边食品安全，保障学生身体健康和生命安全。
@H1 sec=goals | 2、工作目标
通过高位协调、统筹推进和综合整治，使全区校园周边食品安全问题得到有效治理，营造健康、安全、有序的食品市场，提升群众满意度和安全感。
@H1 sec=goals text=3、重点任 | 3、重点任
2、务在中小学（包括中小学校、幼儿园、中职学校）校园周边200米范围内，围绕食品安全开展排查、集中整改和巩固提升，建立常态长效机制；重点整治培训托管机构、“小饭桌”、食品加工经营场所无证经营，售卖“三无”食品、过期食品，以及流动摊点食品安全不达标等问题。
@H1 sec=phases | 4、实施步骤
@H2 phase=排查整治阶段;2024年1月;2月 | （1）排查整治阶段（2024年1月-2月）。各分局对照方案全面排查，梳理问题清单，制定整改方案，明确时序任务和责任分工。
@H2 phase=集中整治阶段;2024年3月;5月 | （2）集中整治阶段（2024年3月-5月）。各分局按问题清单逐项整治，立行立改，及时销号。
@H2 phase=巩固提升阶段;2024年6月;12月 | （3）巩固提升阶段（2024年6月-12月）。各分
""",
    ),
    dict(
        name="fresh136_02_district_self_built_housing_rectification_scheme",
        source="https://taowenge.com/d-72800863.html",
        doc_kind="scheme", partial=True,
        notes=["A district's scheme for the self-built housing safety rectification (经营性自建房, “百日行动”, three "
               "years), from a document-sharing site. The site's file-name line ('XX区自建房安全专项整治工作方案.docx') "
               "was dropped as upload metadata; the document's own title line reads '…平安专项整治…': the site "
               "replaced 安全 by 平安 throughout (kept as written, in the title and the body).",
               "The run-together text was split at the heading boundaries; '一、总体要求以习近平…' and '二、整治对象"
               "针对本区…' had their headings glued to the body without punctuation, now on their own lines.",
               "三、时间安排 shows only its first step before the page ends: '（一）宣传发动。2022年6月底前，…' — a "
               "required phase with a deadline only (start null, end '2022年6月底前'). The line ends on the fragment "
               "'印发工作'.",
               "The “百日行动” and '3年时间' in 总体要求 are aims, not phases."],
        units=["专项整治领导小组"],
        text="""\
@T | XX区自建房平安专项整治工作方案
为坚决防范重大事故、保障群众生命财产平安和社会大局稳定，依据习近平总书记重要指示批示精神和XX市自建房平安专项整治工作方案的总体要求，按照市委市政府、区委区政府部署，结合本区房屋建设管理实际，制定本方案。
@H1 sec=guidance | 一、总体要求
坚持人民至上、生命至上，压实党委政府属地责任、行业监管责任和房屋产权人、使用人平安责任；以经营性自建房为重点，依法依规排查整治结构平安、建设合法合规和经营平安问题。通过“百日行动”集中攻坚及时消除经营性自建房重大风险隐患，力争用3年时间完善政策制度、形成长效机制，彻底消除本区自建房平安隐患。
@H1 sec=goals alt=other | 二、整治对象
本区范围内所有自建房都在整治之列。一方面聚焦城乡接合部、城中村、学校医院周边、工业园区等区域，重点排查3层及以上、人员密集、违规改扩建的经营性自建房；另一方面聚焦改变用途和使用性质、涉及公共平安的房屋，如由存量厂房改建的产业园区、商贸经营场所、学校和幼儿园、医疗卫生和养老机构、文旅设施、体育场馆、影院等。
@H1 sec=phases | 三、时间安排
@H2 phase=宣传发动;;2022年6月底前 | （一）宣传发动。2022年6月底前，成立区和街镇、园区两级自建房平安专项整治领导小组（下称“专项整治领导小组”），印发工作
""",
    ),
    dict(
        name="fresh136_03_county_river_clearance_action_scheme",
        source="https://taowenge.com/p-45533023.html",
        doc_kind="scheme", partial=True,
        title_override="河道清理整治专项行动实施方案",
        notes=["A county's scheme (县水行政主管部门 and the townships) for clearing illegal reclamation, planting and "
               "digging along its small and medium rivers, from a document-sharing site with chunk markers. The "
               "site's header lines were dropped; the chunk marker '1、' before the title is kept with the title line "
               "(the title label leaves it out).",
               "The chunk marker '2、' falls inside the river list of item （一）: the next line starts '2、、公河、八家子河…' "
               "(marker plus the list's own 、; debris and body, never labelled). The page ends with a bare chunk "
               "marker line '3、', kept as debris.",
               "三、清理整治的范围及内容 holds two statements （一）（二）, labelled items (goals).",
               "四、方法步骤: the overall period '自20*年3月10日开始至12月31日结束' (masked year) is an optional phase; "
               "of the four stages announced only the first is visible: '（一）调查摸底阶段（3月10日至3月20日）' "
               "(required phase); its body ends on the fragment '破坏'."],
        units=["县水行政主管部门", "各乡镇（开发区）"],
        extra_phases=[
            dict(name="集中清理整治行动", start_text="20*年3月10日", end_text="12月31日", at="自20*年3月10日开始",
                 optional=True),
        ],
        text="""\
@T | 1、河道清理整治专项行动实施方案
@H1 sec=guidance | 一、指导思想
贯彻中华人民共和国水法、防洪法和河道管理条例等法律法规，加强中小河道堤防管理，提高全县河道行洪和渡汛能力，让水利工程充分发挥作用，保障全县群众生命财产安全。
@H1 sec=goals | 二、总体目标
集中开展清理整治，彻底清查和制止中小河道管理范围内乱垦、乱种、乱栽、乱挖等违法违规现象，建立中小河道管护长效机制，做到堤防完好、河道畅通，保障行洪安全。
@H1 sec=goals | 三、清理整治的范围及内容
@I2 | （一）各乡镇（开发区）与县水行政主管部门共同负责清查、制止我县南小陵河、西马莲河、东马莲河、利民河、李家河、蚂螂河
2、、公河、八家子河及其他河道管理范围内乱垦、乱种、乱栽、乱挖等各类违法违规现象。
@I2 | （二）清理、解除涉及上述河道的各类违法违规合同。县级中小河道归县水行政主管部门所有，各乡镇（开发区）及所属单位与他人签订、涉及河道行洪区而未经县水行政主管部门批准的土地承包合同，一律视为违法违规合同。
@H1 sec=phases | 四、方法步骤
本次集中清理整治行动自20*年3月10日开始至12月31日结束，分四个阶段进行。
@H2 phase=调查摸底阶段;3月10日;3月20日 | （一）调查摸底阶段（3月10日至3月20日）。各乡镇（开发区）和县水行政主管部门安排专人，摸清中小河道管理范围内乱垦、乱种、乱栽的作物面积、种类、涉及农户和承包合同，以及乱挖、乱采等破坏
3、
""",
    ),
    dict(
        name="fresh136_04_county_sand_washing_clearance_scheme",
        source="https://m.wnwk.com/doc/1445338.html",
        doc_kind="scheme", partial=True,
        title_override="全县洗砂点清理方案",
        notes=["A county's scheme for clearing unlicensed sand-washing points (县矿产资源整治整合领导小组 leading, the "
               "towns, sub-districts and management committees responsible), from a document-sharing site whose "
               "text shows word-substitution artefacts (撤除 for 拆除, 标准 for 规范, 根底, 治安管理处分法, 县播送影视中心); "
               "the stage names keep them ('自行撤除阶段', '强制撤除阶段').",
               "Chunk marker '1、' before the title (title label leaves it out); chunk markers '2、' and '3、' start "
               "lines in the middle of a sentence ('…拒绝自行' / '2、撤除的…', '…或管委' / '3、会为责任主体…'): debris, "
               "never labelled.",
               "二、工作步骤 announces three stages after the lead-in '清理工作共分三个阶段：' (body); each stage is a "
               "run-in heading with its day range in brackets: three required phases.",
               "The page ends inside 三、明确责任分工; the last fragment ('县砂管、国土、水利、环保部门要依法严厉') was "
               "dropped."],
        units=["县矿产资源整治整合领导小组", "各有关镇政府（街道办事处）或管委会", "县播送影视中心"],
        text="""\
@T | 1、全县洗砂点清理方案
为进一步规范全县砂资源管理、保护生态环境、维护社会稳定，依据中华人民共和国矿产资源法、河道管理条例、治安管理处分法和本省矿产资源法实施办法等法律法规，结合我县实际，制定本方案。
@H1 sec=goals alt=other | 一、清理范围
除经县政府统一招标的岩砂矿就近水洗点外，其余洗砂点全部纳入清理。
@H1 sec=phases | 二、工作步骤
清理工作共分三个阶段：
@H2 phase=自行撤除阶段;4月23日;5月31日 | （一）自行撤除阶段（4月23日至5月31日）。各有关镇政府（街道办事处）或管委会和职能部门在前期摸底基础上，向不符合条件的洗砂点下达自行撤除通知，限期处理余砂、撤除设备、恢复场地。
@H2 phase=强制撤除阶段;6月1日;6月20日 | （二）强制撤除阶段（6月1日至6月20日）。对逾期仍拒绝自行
2、撤除的非法开采、选洗砂业户，由县矿产资源整治整合领导小组统一组织，有关镇政府（街道办事处）或管委会和相关职能部门组成联合执法队伍，依法强行撤除加工设备和违章建筑；原场地由有关镇政府（街道办事处）或管委会、村两委恢复整理。
@H2 phase=总结验收阶段;6月21日;6月30日 | （三）总结验收阶段（6月21日至6月30日）。全面检查验收非法选洗砂整治情况，总结集中行动，查找问题和不足，健全长效机制，巩固扩大成果；新上洗砂点严格按县人民政府关于进一步加强砂资源开发管理的意见办理。
@H1 sec=responsibilities | 三、明确责任分工
本次清理行动由县矿产资源整治整合领导小组牵头，各有关镇政府（街道办事处）或管委
3、会为责任主体，有关职能部门配合，主要负责同志亲自抓、一抓到底；县播送影视中心等部门加强宣传教育，营造舆论氛围。
""",
    ),
    dict(
        name="fresh136_05_county_sand_gravel_rectification_stages",
        source="http://www.fymate.com/html/text/lar/173098/17309894_3.html",
        doc_kind="scheme", partial=True,
        notes=["Page 3 of a county's (大通县) scheme for clearing and rectifying sand-gravel mining and processing, "
               "2011. The page starts inside the body of the first stage (its heading '1、…阶段' is on the previous "
               "page): the first line is a body line, no title (title null).",
               "The visible stages '2、统一规划阶段（2011年4月15日-6月15日）' and '3、联合执法阶段（2011年5月1日-8月31日）' "
               "stand alone, bodies on the next line: two required phases. Their parent heading (the 实施步骤 part) "
               "is not shown, so they are labelled level 1 with level 2 accepted (the dev03 convention). The two "
               "periods overlap (5月1日 falls inside the planning stage); kept as written.",
               "The 联合执法阶段 body lists 一是…四是 measures in one paragraph (rewritten; the cut-off 四是 fragment "
               "was dropped at the page end)."],
        units=["政府采砂管理中心", "联合执法队"],
        text="""\
通过电视、网络、宣传栏、黑板报等载体广泛宣传动员，让社会各界了解这项工作的必要性和紧迫性；同时对采（洗）砂场逐个调查摸底，逐一制定处理方案，确定禁采期，下发《禁采通告》，明确清理整治的内容和时限，并召开全县砂石资源开采加工清理专项整治工作动员大会进行部署。
@H1 lvlalt=2 sec=phases phase=统一规划阶段;2011年4月15日;6月15日 | 2、统一规划阶段（2011年4月15日-6月15日）
依据全县砂石资源开采规划划定禁采区、限采区和宜采区，报县政府批准后公布；按照《大通县国民经济和社会发展第十二个五年规划》《大通县土地利用总体规划》《大通县矿产资源开发利用专项规划》，在已探明储量基础上科学设立采砂生产基地，对现有合法开采企业适度整合、集中布局。
@H1 lvlalt=2 sec=phases phase=联合执法阶段;2011年5月1日;8月31日 | 3、联合执法阶段（2011年5月1日-8月31日）
由公安、监察、国土、水务、环保、交通、工商、税务、电力和乡镇政府等部门组成联合执法队，在县政府统一部署、政府采砂管理中心统一组织下，按排查结果分类集中整治：偷逃税费的合法企业责令补缴；破坏生态、毁损河床堤防、破坏耕地、污染水源或存在安全隐患的采（洗）砂场责令限期恢复原貌，逾期不恢复的依法处罚；违法设立的采（洗）砂企业一律取缔关闭、拆除设施设备，涉嫌犯罪的移送司法机关。
""",
    ),
    dict(
        name="fresh136_06_county_farmers_market_renovation_scheme",
        source="https://m.wnwk.com/doc/1890303.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="农贸市场建设与改造方案",
        notes=["A county's scheme (县商务局 leading) for rectifying and upgrading eight farmers' markets of the county "
               "town, from a document-sharing site with chunk markers and word-substitution artefacts (根底, 平安, "
               "'召开发动会'). The county town is masked 'XX县区' (once split 'X' / '3、X县区' by a chunk marker); "
               "kept.",
               "The years are damaged to '202223年' throughout (the site's template replaced the year); kept as "
               "written. 三、时间安排's overall period '从202223年7月上旬开始，202223年12月底前全面完成' is an optional "
               "phase (start '202223年7月上旬', end '202223年12月底前').",
               "四、工作步骤 holds named steps run in with a deadline: '（一）制定整治改造升级工作方案。202223年8月底前，…', "
               "'（二）召开发动会。202223年9月25日前，由县' — two required phases with an end only (the deadline "
               "ending in 前, kept as written). The page ends on the fragment '由县'.",
               "Chunk markers: '1、' before the title (title label leaves it out), '2、经营等…' and '3、X县区…' at line "
               "starts in the middle of a sentence (debris, never labelled). doc_kind scheme, plan accepted (the "
               "title says 方案 but the content is a renovation programme)."],
        units=["县商务局", "各农贸市场业主"],
        extra_phases=[
            dict(name="农贸市场建设整改工作", start_text="202223年7月上旬", end_text="202223年12月底前",
                 at="从202223年7月上旬开始", optional=True),
        ],
        text="""\
@T | 1、农贸市场建设与改造方案
@H1 sec=goals alt=other | 一、整改范围
列入县XX县区整治改造升级的农贸市场共8个：城南蔬菜批发市场、金龙市场、人民市场、何家桥市场、XX县区市场、迎春市场、水府综合市场、城北市场等。
今后县XX县区新规划的农贸市场从严控制，一律按国家商务部农贸市场建设标准、XX省商品交易市场管理条例和农产品批发市场管理技术标准审定建设。
@H1 sec=goals | 二、整改内容
整治改造主要包括：一是改造硬件，完善市场根底设施；二是加强标准化管理，明确责任主体，健全管理制度，落实业主和有关部门责任；三是整治交易秩序，查处市场内的无照
2、经营等各类违法违规行为；四是整治市场及周边的平安、卫生、广告等环境和秩序，使配套设施和管理达到标准要求。
@H1 sec=phases | 三、时间安排
农贸市场建设整改工作从202223年7月上旬开始，202223年12月底前全面完成，用约一年半时间完成8个市场的整治改造升级；今年9月份前先启动两个市场，争取年底前完成，总结经验后再完成其余6个市场。
@H1 sec=phases | 四、工作步骤
@H2 phase=制定整治改造升级工作方案;;202223年8月底前 | （一）制定整治改造升级工作方案。202223年8月底前，由县商务局负责制定县城X
3、X县区农贸市场整治改造升级具体实施方案和升级标准；各农贸市场业主按方案要求，在有关部门指导支持下制定本市场切实可行的具体方案。
@H2 phase=召开发动会;;202223年9月25日前 | （二）召开发动会。202223年9月25日前，由县
""",
    ),
    dict(
        name="fresh136_07_town_safety_rectification_monthly_plan",
        source="https://public.dengfeng.gov.cn/D49Y/2044017.jhtml",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A township's (徐庄镇) 2017 work-safety special rectification plan inside its issuing notice "
               "(addressee line, notice sentence, date line: body). The plan's title is broken over two lines "
               "('徐庄镇2017年度安全生产专项整治' / '工作计划'); both are title lines, the title is the two joined.",
               "一、专项整治安排表 is a table pasted as pipe-separated rows (header row '专项整治行业名称 | 时间安排 | "
               "责任单位 |', then one row per month). Each row is labelled an item (level 2, section phases) with the "
               "text set to its first two cells ('烟花爆竹 | 1月份'), and each row is a required phase named after its "
               "industry with the month cell as start and no end ('1月份' … '12月份'): the plan's dated stages are "
               "one industry per month. The 9月份 row keeps the source's trailing '、' in its first cell "
               "('景区（点）、文物设施、宗教场所、'; phase name without it).",
               "二、工作要求 holds three task statements （一）–（三） (items, requirements); the monthly deadline "
               "'每月26日前' is not a phase. 三、监督及考核 is requirements (measures accepted); the page ends inside "
               "its first sentence (rewritten to a complete sentence without adding content).",
               "Units: the responsible units of the table (as written, the table cells separate some by spaces) and "
               "the 镇安委会办公室."],
        units=["安监站", "安监所", "电管所", "民政所", "城建办", "文化站", "卫生院", "工商质监所", "派出所",
               "生态办", "林站", "超限站", "公路站", "交警六中队", "镇安委会办公室"],
        text="""\
各行政村、各有关单位：
经镇政府研究，现将《徐庄镇2017年度安全生产专项整治工作计划》印发你们，请认真遵照执行。
二〇一七年二月二十四日
@T | 徐庄镇2017年度安全生产专项整治
@T | 工作计划
依据镇政府对2017年安全生产工作的总体要求和“一个月开展一个行业（领域）安全生产专项整治”的部署，结合本镇实际，制定本计划。
@H1 sec=phases alt=goals | 一、专项整治安排表
专项整治行业名称 | 时间安排 | 责任单位 |
@I2 text=烟花爆竹~|~1月份 phase=烟花爆竹;1月份; | 烟花爆竹 | 1月份 | 安监站 安监所 |
@I2 text=危险化学品~|~2月份 phase=危险化学品;2月份; | 危险化学品 | 2月份 | 安监站 安监所 |
@I2 text=电力设施~|~3月份 phase=电力设施;3月份; | 电力设施 | 3月份 | 电管所 |
@I2 text=养老机构~|~4月份 phase=养老机构;4月份; | 养老机构 | 4月份 | 民政所 |
@I2 text=建筑施工及市政建设~|~5月份 phase=建筑施工及市政建设;5月份; | 建筑施工及市政建设 | 5月份 | 城建办 |
@I2 text=医疗机构~|~6月份 phase=医疗机构;6月份; | 医疗机构 | 6月份 | 文化站 卫生院 |
@I2 text=特种设备~|~7月份 phase=特种设备;7月份; | 特种设备 | 7月份 | 工商质监所 安监站 |
@I2 text=网吧、KTV~|~8月份 phase=网吧、KTV;8月份; | 网吧、KTV | 8月份 | 文化站 派出所工商质监所 |
@I2 text=景区（点）、文物设施、宗教场所、~|~9月份 phase=景区（点）、文物设施、宗教场所;9月份; | 景区（点）、文物设施、宗教场所、 | 9月份 | 生态办 |
@I2 text=学校、幼儿园、午托部~|~10月份 phase=学校、幼儿园、午托部;10月份; | 学校、幼儿园、午托部 | 10月份 | 文化站 |
@I2 text=林产品加工~|~11月份 phase=林产品加工;11月份; | 林产品加工 | 11月份 | 林站 |
@I2 text=交通运输~|~12月份 phase=交通运输;12月份; | 交通运输 | 12月份 | 超限站 公路站 交警六中队 |
@H1 sec=requirements | 二、工作要求
@I2 | （一）各有关责任单位按时间安排制定本行业（领域）的安全生产专项整治方案。
@I2 | （二）各责任单位组织开展本行业专项整治，收集整理开展情况，每月26日前向镇安委会报送专项整治工作总结。
@I2 | （三）镇安委会有关成员单位结合本行业实际制定专项整治工作方案，成立组织、全面排查，严肃整治违法违规生产经营行为，做到“全覆盖、无遗漏”，确保整治实效。
本计划没有列出的行业，相关责任单位也要按职责分工及时组织开展专项整治。
@H1 sec=requirements alt=measures | 三、监督及考核
由镇安委会办公室对各有关责任单位开展的安全生产专项整治进行监督。
""",
    ),
]
