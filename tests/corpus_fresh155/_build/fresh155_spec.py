# -*- coding: utf-8 -*-
"""The 155th held-out fresh set: WORK SUMMARIES and WORK REPORTS (工作总结 /
上半年工作总结 / 经营状况汇报 / 工作情况汇报) of a traffic police brigade and a
traffic police squadron, a credit cooperative's audit section, a bank
sub-branch, a subdistrict office, a township health centre, a city's
maternal-and-child health service and a company, with 主要工作及成效 /
存在的问题 / 下一步工作 parts where the stored page reaches them.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, used_sources.tsv and *.lst under
/work/main/tests/corpus_fresh*/ and /work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH155_DOCS = [
    dict(
        name="fresh155_01_county_traffic_police_brigade_2020_summary",
        source="https://2tyn.com/jh12/18935.html",
        doc_kind="summary", partial=True,
        notes=["A county traffic police brigade's 2020 annual summary from a 范文 site. The site's breadcrumb, upload "
               "date, word count, 【概述】 blurb and 【正文】 marker were dropped; the page repeats the title at the start "
               "of the body, kept once as the title line.",
               "Only 一、2020年工作总体情况 is visible, with three run-in figure headings '1、交通违法行为查处情况。…' "
               "(level 2, achievements by inheritance). Their texts follow the automatic cut at the first 。.",
               "'2、1-11月交通事故情况' and '3、1-11月车驾管工作情况' start with a month range inside the heading: it is "
               "the reporting period, not a phase. In 3、 the source repeats the heading phrase at the start of the body "
               "('…情况。1-11月车驾管工作情况。大队车管所…'); kept as written.",
               "The page ends inside the vehicle-licensing figures ('核(换)发机动'); the last body line stops at the last "
               "complete figure. The masked place name '**' is kept."],
        units=["大队车管所"],
        text="""\
@T | 交通警察大队2020年度工作总结
2020年，大队在县委、县政府、市局支队和县公安局党委领导下，以习近平新时代中国特色社会主义思想为指导，学习贯彻党的十九大和十九届四中全会精神，开展“不忘初心、牢记使命”主题教育，围绕平安中国、法治中国、交通强国建设和乡村振兴战略，为**全面建设小康社会、构建“风景**、实力**、创新**、幸福**”营造安全、畅通、有序、高效的道路交通环境。现将一年来的主要工作总结如下：
@H1 sec=achievements alt=background | 一、2020年工作总体情况
@H2 | 1、交通违法行为查处情况。全年全县查处机动车各类交通违法行为3920起，录入非现场违章3.7万余起；重点查处酒后驾驶、客校车超员、电动车和摩托车违法驾驶及涉牌涉证行为，其中酒后驾驶266起、超员103起、涉牌涉证685起。
@H2 | 2、1-11月交通事故情况。全县共发生道路交通事故1640起，死亡25人，受伤589人，直接经济损失164000元；未发生一次死亡3人以上的重特大事故，也未出现严重交通堵塞。
@H2 | 3、1-11月车驾管工作情况。1-11月车驾管工作情况。大队车管所共办理机动车业务3608笔，其中挂牌1704辆（小型汽车463辆、摩托车1241辆），核发汽车检验标志1452辆、摩托车452辆，摩托车驾驶考试135人。
""",
    ),
    dict(
        name="fresh155_02_traffic_police_squadron_2020_summary_glued_heading",
        source="https://m.wenke99.com/p-5157447.html",
        doc_kind="summary", partial=True,
        notes=["A traffic police squadron's 2020 summary, the first sample of a collection page ('2020年交警中队工作总结"
               "三篇') that arrived as one run-together block. The collection title and the site's blurb on what a "
               "traffic policeman is were dropped; the sample's own line '2020年交警中队工作总结1' is kept as the title "
               "line without the sample number. The masked unit name 'xxx交警中队' is kept.",
               "The source uses the enumeration comma where a full stop belongs ('…新的良好的开局、为了总结过去…', "
               "'…总结汇报如下、'); the lead-in keeps '如下、' at its end.",
               "The store had lost the break between the only heading and its body: '（一）、过去半年工作的回顾在过去的"
               "半年中…' runs straight on without punctuation (text set by hand). The block was split into lines at "
               "the heading boundary. Numbering '（一）、' (style （一）、) is the top level shown: level 1.",
               "An annual summary whose first part reviews '过去半年' (the source's inconsistency, kept). The page ends "
               "mid-sentence ('…执法环境不佳的情')."],
        units=["xxx交警中队"],
        text="""\
@T | 2020年交警中队工作总结
中队全体干警认真学习“三个代表”重要思想，践行立警为公、执法为民，围绕大队制定的年度工作目标岗位责任制开展工作，团结一致、迎难而上，使xxx交警中队2020年各项工作有了新的良好开局、为总结过去、把今后工作继续推向前进，现将本队2020年的工作向组织和领导总结汇报如下、
@H1 sec=achievements text=（一）、过去半年工作的回顾 | （一）、过去半年工作的回顾在过去的半年中，中队干警敢于打破常规、努力创新，拓宽交通管理工作新领域；精神上健康团结向上，学习上与时俱进，工作上既重数量又重质量，既守法制原则又考虑方便群众、面对车辆保有量迅猛增长、重点工程大面积施工、交通需求高涨、警力不足与任务增加矛盾突出、执法环境不佳的情
""",
    ),
    dict(
        name="fresh155_03_credit_coop_audit_section_annual_summary",
        source="https://52xueshu.com/w/doc9ig5e16ub.html",
        doc_kind="summary", partial=True,
        notes=["The audit section (审计科) of a city's rural credit cooperative union: its annual audit summary, the first "
               "sample of a collection ('银行信用社工作总结(9篇)'). The collection title, date and sample line "
               "'1.银行信用社工作总结 篇一' were dropped; the sample's own title '信用社(银行)##年审计工作总结' is the "
               "title line, brackets restored to full width. The year mask '##年' is kept throughout.",
               "Two level-1 headings, both achievements: 一、审计工作概况 and 二、审计工作具体内容; under 二、 a run-in "
               "sentence heading '（一）抓决算真实性审计，为经营管理目标的制定提供了决策依据。…' (text cut at the first 。).",
               "The page ends inside （一）'s body ('…全市信用社##年会'); kept as a fragment. 省稽核处 and the 省、市联社 "
               "issue instructions and are not listed as units."],
        units=["审计科"],
        text="""\
@T | 信用社（银行）##年审计工作总结
##年，在联社领导下，全体信合员工围绕联社整体部署，以支持“三农”为中心、以经营效益为出发点，实现了存贷款稳步增长、实力增强、效益提高。审计科按照省、市联社部署加大审计检查力度和频率，发挥审计监督作用，查错纠弊、堵塞漏洞，促进我市信用社各项业务规范、稳定、健康发展。现将一年来的审计工作情况总结如下：
@H1 sec=achievements | 一、审计工作概况
##年审计科学习省、市联社相关规定，按省稽核处和市联社安排，确定以序时审计为基础、专项审计为重点的工作方针，对我市11个信用社进行全面序时审计，同时完成专项审计12项，配合省联社和市联社完成检查8项。每次审计前先定重点、明责任、细分工，保证检查高效准确。全年审计发现经济案件2起，挽回经济损失24.3万元，清理违规贷款782.48万元，纠正违规违纪行为，规范业务操作，强化管理制约机制，为**联社业务发展打下基础。
@H1 sec=achievements | 二、审计工作具体内容
@H2 | （一）抓决算真实性审计，为经营管理目标的制定提供了决策依据。为全面掌握##年会计决算情况、真实反映财务状况和经营成果，##年1月1日起抽调20人分5个组，对全市信用社##年会
""",
    ),
    dict(
        name="fresh155_04_bank_subbranch_q1_business_report",
        source="https://www.gwyoo.com/haowen/19165.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A bank sub-branch's first-quarter business report ('现将*支行一季度经营状况汇报如下'), the first sample of a "
               "collection page titled '贷款业务工作计划十篇'. The page title, date and sample line were dropped; the "
               "sample shows no title of its own, so title is null. doc_kind report (summary accepted); it is not a plan "
               "despite the collection's name. Every figure is masked '*' in the source and stays masked.",
               "一、各项指标完成情况 holds six level-2 target headings. Five are 'label：figures' lines cut at the colon "
               "('1、存款目标'); '4、抵贷资产管理，一季度…' has a comma instead of a colon, so its text is set by hand "
               "to the label.",
               "二、经营状况分析 is kept as achievements with problems and other accepted (an analysis of the figures; "
               "the page ends after its first words, '…基本达到了预期').",
               "总部 is the bank's head office that sets the targets; only the writer '*支行' is listed as a unit."],
        units=["*支行"],
        text="""\
根据*的通知，现将*支行一季度经营状况汇报如下：
@H1 sec=achievements | 一、各项指标完成情况
*支行按*年初下达的各项工作计划制定了工资绩效考核制度，各部门狠抓落实、积极开拓，完成情况如下：
@H2 | 1、存款目标：一季度末*支行各项存款总额*万元，较年初增加*万元，完成本年任务*万元的*，未完成年度计划；其中对公存款*万元，全年计划增长*万元，未完成季度计划；储蓄存款*万元，较年初增加*万元，完成全年计划增长*万元的*。
@H2 | 2、新增贷款目标：*行各项贷款总额*万元，较年初净增*万元，其中存量贷款下降*万元，新增贷款*万元。
@H2 | 3、不良清收：一季度实际清收不良贷款*万元，完成全年计划*万元的*、季度计划*万元的*；不良资产率为*，较年初下降*，实现计划目标。
@H2 text=4、抵贷资产管理 | 4、抵贷资产管理，一季度*支行加大抵贷资产处置力度，全年计划处置*万元、季度计划处置*万元，年初即向总部申请处置抵贷资产*笔、金额*万元，共清收*万元，完成全年计划*万元的*，未完成计划指标。
@H2 | 5、收息目标：一季度实收利息*万元，按年末存量贷款计算的季度计划为*万元，完成*；其中存量贷款收息*万元，不良贷款收息*万元，新增贷款收息*万元。
@H2 | 6、利润目标：一季度共实现收入*万元、总支出*万元，全年计划实现利润*万元，一季度计划*万元，实际完成*万元；其中计提定期存款应付未付利息*万元，应收拆借总部资金利息*万元未收，应付总部临时借款利息*万元未付。
@H1 sec=achievements alt=problems,other | 二、经营状况分析
从以上数据看，*支行各项业务发展基本达到了预期
""",
    ),
    dict(
        name="fresh155_05_subdistrict_2016_summary_runin_labels",
        source="https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=0cabd651-c3f3-4496-b6f4-e01fce2839b4",
        doc_kind="summary", doc_kind_alt=["plan"], partial=True,
        notes=["五角场街道办事处's 2016 summary and 2017 arrangements, from a district government's disclosure page. "
               "The page shows the title twice (once with the release date 2018-06-15); kept once. corpus_fresh100 used "
               "the same office's 2015 summary from a different page (id=8467bf80…); this is a different document and "
               "source.",
               "Three levels: 一、2016年主要工作回顾 → （一）民生保障再上新台阶 → unnumbered run-in labels "
               "'基本保障广覆盖。…', '关爱举措有创新。…' (level 3, headings, text cut at the first 。).",
               "The page ends after the third label '服务载体深拓展。' and two words of its body; the label is kept as a "
               "bare heading line. Only the review part is visible: doc_kind summary, plan accepted (the title also "
               "announces the 2017 arrangements)."],
        units=["街道办事处"],
        text="""\
@T | 五角场街道办事处2016年工作总结和2017年工作安排
@H1 sec=achievements | 一、2016年主要工作回顾
2016年，街道办事处在区委、区政府和街道党工委领导下，以党的十八大和十八届三中、四中、五中、六中全会精神为指引，以推进国家创新型试点城区、上海科创中心重要承载区和双创示范基地建设为主线，以夯实基层基础、创新社会治理为重点，以提升群众获得感和满意度为目标，优化公共管理、强化公共服务、确保公共安全，完成了年初确定的目标任务，全年获全国社区工作服务示范社区等各级荣誉十余项。
@H2 | （一）民生保障再上新台阶
@H3 | 基本保障广覆盖。全面完成10类42项社区实事项目；救助各类困难对象3.6万人次，发放救助金1547万元；受理第六批经适房申请393户、公租房申请194户，廉租房租金配租252户；开发公益性岗位90个，启航青年就业47人，社区总体就业率96.3%；完成轨道交通18号线国权路站、叶氏路2个基地收尾工作。
@H3 | 关爱举措有创新。深化“9073”养老格局，推进“老年宜居社区”建设，启动街道为老服务综合体建设，试行“养老驿站”持续照料模式，扩大“护老者之家”和老年人听力视力检查范围；全年助餐4万人次，办理新版上海市敬老卡1.9万张；落实助残惠残政策，为444位残疾人提供康复指导；关爱独生子女困难家庭和失独家庭，发放各类抚恤金2245万元。
@H3 | 服务载体深拓展。
""",
    ),
    dict(
        name="fresh155_06_township_health_centre_mch_summary_chunk_markers",
        source="https://m.taowenge.com/p-42208225.html",
        doc_kind="summary", doc_kind_alt=["plan"], partial=True,
        title_override="_镇卫生院20_年妇幼保健工作总结及20_年工作方案",
        notes=["A township health centre's maternal-and-child health summary from a document-sharing site that delivered "
               "one run-together block with chunk markers. The site's upload sentence was dropped. The block opens with "
               "'1、' and the site's title '卫生院2022年妇幼保健工作总结及2022年工作方案', runs into two masked variants "
               "of the title and then the body; kept as two title lines (the chunk-marked site title and the document's "
               "own '_镇卫生院20_年…'; the middle variant, a duplicate, was dropped). The title label is the document's "
               "own title.",
               "The page's text has been run through a synonym spinner (根本公共卫生工程, 比拟困难, 安康教育); the "
               "rewritten body uses plain words, the figures are kept, including the damaged age range '2064岁'.",
               "Chunk markers at line starts fall inside numbers: '产妇数39 | 2、4人' and '死亡率为15.0 | 3、8。'. They are "
               "debris, never labelled. The block was split at the heading boundary after '3、8。', so the line '3、8。' "
               "stands alone: it looks like an enumerated line but is the tail of 15.08 after a chunk marker.",
               "The only heading visible is '2.妇幼保健知识宣传：…' (text cut at the colon); the statistics before it "
               "have no '1.' heading. Level 1, achievements. The page ends inside 2.'s body ('受教育人次')."],
        units=[],
        text="""\
@T | 1、卫生院2022年妇幼保健工作总结及2022年工作方案
@T | _镇卫生院20_年妇幼保健工作总结及20_年工作方案
一年的工作转瞬即逝，回顾起来虽有成绩，也有不少不足。本年度我镇新划入7个行政村，业务量增大，现辖3个社区、7个行政村、121个自然村，主客观因素使妇幼保健工作开展较为困难。我们结合基本公共卫生项目，抓好两个系统管理率，落实“降消”项目，在原有基础上作了调整。现将20_年工作总结如下
全镇总人口28754人，孕产妇484人，无孕产妇死亡，产妇39
2、4人，活产398人，无死胎死产，住院分娩390人，住院分娩率97.99%；孕产妇建卡480人，保健覆盖率99.38%；系统管理318人，系统管理率79.9%；筛查高危孕产妇61人，筛查率12.62%，高危孕妇住院分娩50人，住院分娩率100%；2064岁已婚育龄妇女3581人，实查2120人，查出妇科病1458人；7岁以下儿童2231人，建卡2068人，保健管理率92.69%；新生儿访视397人，访视率99.75%；3岁以下儿童系统管理1229人，管理率84.06%；5岁以下儿童死亡6人，死亡率15.0
3、8。
@H1 sec=achievements | 2.妇幼保健知识宣传：在全镇3个社区7个行政村，每季度出一期健康教育宣传栏，全年共出40期，发放宣传单6400份，受教育人次
""",
    ),
    dict(
        name="fresh155_07_city_mch_halfyear_summary",
        source="https://www.xiaomilidoc.com/p-2994443.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city's maternal-and-child health half-year summary ('1-6月', '现将有关情况汇报如下'), the first sample of "
               "a collection page ('妇幼卫生工作总结范文篇一'); the sample label is the site's, the document shows no "
               "title of its own, so title is null. doc_kind summary, report accepted. The year mask '20**年' is kept.",
               "The page arrived as one run-together block and was split at the heading boundaries it shows. Three "
               "levels: 一、/二、 → （一）三个重大公共卫生项目取得明显进展 → run-in sentence headings '1、…。' (text cut "
               "at the first 。).",
               "The store kept an HTML entity after the mortality rates ('6.38permil;;'); the rewritten figures keep "
               "'permil;' as pasted debris. '一是…二是…' inside 2、's body is not labelled.",
               "The page ends on the heading fragment '3、农村妇女乳腺', dropped (a truncated heading)."],
        units=[],
        text="""\
20**年，在市委市政府重视支持下，全市妇幼保健工作围绕省、市卫生行政主管部门确定的工作重点，坚持以保健为中心、以生殖健康为目的，保健与临床相结合，面向群体、面向基层、预防为主，贯彻执行《母婴保健法》，实施妇女健康行动和妇幼卫生项目，各项工作取得阶段性进展。现将有关情况汇报如下。
@H1 sec=achievements | 一、主要工作指标完成情况
1-6月，全市发现孕产妇2492人，保健管理2492人，覆盖率100%；产妇1402人，全部住院分娩，活产1411人，新法接生率100%；筛选高危孕产妇529人，筛选率21.23%，高危孕妇分娩522人，均为住院分娩；孕妇产前艾滋病检测1402人，检测率100%；无孕产妇死亡。全市七岁以下儿童18409人，保健管理16754人，覆盖率91%；三岁以下儿童系统管理7488人，管理率90.91%；五岁以下儿童死亡9例，死亡率6.38permil;；婴儿死亡4例，死亡率2.83permil;；新生儿死亡2例，死亡率1.42permil;；无新生儿破伤风。
@H1 sec=achievements | 二、取得的主要成绩
@H2 | （一）三个重大公共卫生项目取得明显进展
@H3 | 1、农村孕产妇住院分娩补助落实到位，资金运行安全。1-6月全市共有719名符合条件的农村孕产妇领取住院分娩补助，其中接生医疗机构现场直补21.57万元，新型农村合作医疗补助14.38万元，合计35.95万元。
@H3 | 2、农村妇女增补叶酸的服用率明显上升。20**年拓宽了叶酸发放渠道：一是婚检医生在婚前保健时对目标人群宣教并免费发放；二是市、乡、村保健人员定期走访发放。至6月底目标人群发放762人次，服用率54.35%，均已按要求随访。
""",
    ),
    dict(
        name="fresh155_08_company_project_progress_inspection_report",
        source="http://renwen.fjndwb.com/jxfw/202505/519719.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A company's report on its inspection of the project departments' construction progress, from a site "
               "that prefixes the page with its query in brackets ('【工程项目进度情况说明】'); that prefix was dropped, "
               "the report's own title kept. Salutation '尊敬的各位领导及同仁：' is a body line.",
               "一、总体进展情况概述 (achievements, background accepted), 二、存在的主要问题及应对措施 (problems, "
               "measures accepted), 三、下一步工作重点 (next_steps, measures accepted).",
               "Under 二、 three 'label：explanation' problem lines numbered '1. ' with a space after the dot are "
               "level-2 headings (texts set to the label). After a lead-in, three hyphen bullets '- 加强内部协调…' list "
               "the remedies: items (numbering '-', style none), measures (problems accepted), level 2 (3 accepted).",
               "Under 三、 the three '1. …；' task lines are items (next_steps). The closing thanks line ends mid-word "
               "('齐心协力推'), where the page stops. Project names in quotes ('XX大桥建设工程') are masked in the source "
               "and are projects, not units.",
               "The closing line '最后，感谢…' starts with 最后 but closes the report (no 首先/其次 before it): a body line, "
               "not labelled."],
        units=[],
        text="""\
@T | 公司各项目部工程进度检查情况汇报
尊敬的各位领导及同仁：
为推进公司各项工程建设、确保项目按计划完成并达到预期目标，公司近期对各项目部开展了工程进度专项检查，现将检查情况汇总报告如下，供参考和决策。
@H1 sec=achievements alt=background | 一、总体进展情况概述
经实地走访和资料核查，大部分项目按既定节点有序推进；“XX大桥建设工程”“YY国际物流园区”等重点项目接近尾声，预计本季度完成主体结构施工并转入装饰装修；新开工项目处于基础开挖或初步设计阶段，整体平稳。
@H1 sec=problems alt=measures | 二、存在的主要问题及应对措施
整体形势较好，但检查中也发现几个需要关注的问题：
@H2 text=1.~资源调配不均衡 | 1. 资源调配不均衡：个别项目前期规划不足，人力资源配置不合理，影响了施工效率；
@H2 text=2.~材料供应滞后 | 2. 材料供应滞后：部分关键建材受供应链波动影响未能及时到位，造成工期延误；
@H2 text=3.~安全管理隐患 | 3. 安全管理隐患：少数施工现场防护设施不到位，工人安全意识薄弱。
针对上述问题，公司已制定改进方案：
@I2 num=- sec=measures alt=problems lvlalt=3 | - 加强内部协调机制，优化资源配置；
@I2 num=- sec=measures alt=problems lvlalt=3 | - 密切跟踪供应商动态，提前做好备选预案；
@I2 num=- sec=measures alt=problems lvlalt=3 | - 加大现场监督力度，定期开展安全培训。
@H1 sec=next_steps alt=measures | 三、下一步工作重点
为确保全年目标圆满完成，下一步重点从以下几方面发力：
@I2 | 1. 持续跟踪各项目进展，建立周报制度，实时掌握最新动态；
@I2 | 2. 定期召开专题会议，分析难点堵点，共商解决办法；
@I2 | 3. 注重技术创新应用，推广绿色建筑理念，提升工程品质。
最后，感谢全体项目建设人员的辛勤付出，希望大家继续保持高昂斗志，齐心协力推
""",
    ),
]
