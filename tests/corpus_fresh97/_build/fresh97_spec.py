# -*- coding: utf-8 -*-
"""The ninety-seventh held-out fresh set: WORK SUMMARIES AND WORK REPORTS
(工作总结 / 工作汇报 / 调研报告) whose parts are mostly NOT numbered 一、: bare
heading lines (管理體系基本形成, 党建引领与组织建设), sentence headings and
discourse-marker parts (其次，…：, 一是…。, 首先，在…方面，…), by a county (a
survey of its communities), a community's two committees, a village work
instructor, a county law-enforcement bureau (interview), a health authority,
plus three numbered ones for contrast (a primary school's report to visiting
leaders, a Shanghai subdistrict's 2021 summary, a county education bureau's
survey report).  Found as stored public web pages with the `search` tool's
`pages` corpus (log in notes_queries.txt).  None of the source pages is a
source of an earlier set or of the sets built at the same time (98, 99).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented; truncated last sentences were dropped.
  Site boilerplate (navigation, posting lines, collection titles, sample
  numbers, page metadata) was dropped.
- Heading and title lines keep the source's numbering and wording.  The store
  keeps NFKC-normalised text, so full-width punctuation （）：，；“” was
  restored.  Two pages come in traditional characters (a conversion site); they
  keep them.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, quoted slogans and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH97_DOCS = [
    dict(
        name="fresh97_01_county_community_building_survey_bare_subheads",
        source="http://m.shddsc.com/baogaofanwen/3357265.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["First sample of a collection page ('社區建設調研報告(范例3篇)') on a site that serves traditional characters; "
               "the text keeps them. The collection blurb and the sample number ('社區建設調研報告1') were dropped; the "
               "sample's own title is kept as the title line.",
               "A county's survey of its communities ('我縣'). Under the numbered '一、社區建設現狀' the sub-parts are bare "
               "heading lines without numbering or punctuation ('管理體系基本形成', '工作隊伍基本建立'), each followed by "
               "its body: level 2, role heading.",
               "'社區建設現狀' is the 基本情况 of a survey report: background; its description of what has been built could "
               "also be read as achievements (accepted). The page ends inside the paragraph on cadres; the cut sentence was "
               "dropped."],
        units=[],
        text="""\
@T | 社區建設調研報告
社區建設是基層政權在黨和政府指導下整合資源、發展社區事業的重點“工程”，關係群眾生活水平和社會穩定。近期，我們會同有關單位，就加強我縣社區建設作了專題調研。
@H1 sec=background alt=achievements | 一、社區建設現狀
全縣現有57個城市社區、47個農村社區、434個居民小組。面積最大的是南城街道桐梓社區，6.7平方公里，最小的是侶俸鎮中興社區，0.1平方公里；人口最多的是東城街道塔山社區，30560人，最少的是少云鎮長灘社區，338人。經過十餘年發展，管理體系、工作隊伍和社會服務已基本到位。
@H2 sec=background alt=achievements | 管理體系基本形成
各社區都建立了黨組織和居委會，並組建成員代表大會、成員單位議事會和監督委員會，決策、執行、監督各層齊備，社區黨組織在協調和服務中居於核心。巴川街道各社區以黨員志願者為骨幹，“一幫一”結對幫扶困難群體。
@H2 sec=background alt=achievements | 工作隊伍基本建立
全縣共有社區幹部228名，城市社區配“五職”、鎮級社區配“四職”，部分社區書記與主任“一肩挑”。幹部中黨員佔82%，大專以上學歷佔29.4%。
""",
    ),
    dict(
        name="fresh97_02_community_two_committees_report_bare_heads_table",
        source="http://96sk.com/post/51321.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A community's report on the 2024 work of its two committees (社区两委, 居委会), as an article page without a "
               "title line in the stored text: title null. The text reads like a generated article (it cites a university "
               "study and the State Council's research centre); it is kept because such pages are what users bring.",
               "Both parts are bare heading lines ('党建引领与组织建设', '民生服务与精准帮扶') with no numbering and no "
               "punctuation: level 1, achievements.",
               "A three-column table (服务项目 / 覆盖率 / 满意度) arrives as pipe-separated rows; the rows are kept one per "
               "line, the '---|---|---|' separator row was dropped. Table rows are not labelled, including the header row "
               "'服务项目 | 覆盖率 | 满意度 |', which is short and looks like a heading.",
               "A resident's name in an example was dropped. The page ends inside a sentence on the disabled ('针对残障人士"
               "开发的“无障'); it was dropped."],
        units=["社区党委"],
        text="""\
在社区治理中，居委会和两委成员是把政策与居民需求连起来的纽带。2024年，社区两委以党建引领、服务创新和资源整合推动一批民生项目落地，居民满意度升至92%，矛盾纠纷调解成功率超过85%。
@H1 sec=achievements | 党建引领与组织建设
2024年，社区党委推行“党员责任田”制度，把辖区分成12个网格，每名党员常态联系30-50户。第三网格党员入户时发现老人居家养老需求，推动社区与医疗机构合办“健康小屋”，每周免费体检、咨询。
两委班子实行“双向进入”，党委成员与居委会委员交叉任职率100%，避免了“两张皮”。据有关研究，交叉任职可让决策效率提高40%以上；本社区惠民政策落地周期由平均45天缩短到28天。
@H1 sec=achievements | 民生服务与精准帮扶
服务项目 | 覆盖率 | 满意度 |
长者助餐 | 78% | 91% |
课后托管 | 65% | 89% |
就业培训 | 42% | 85% |
精准服务依托大数据：整合民政、卫健、教育等部门数据，建成“困难群体动态监测平台”，自动识别帮扶对象。一名失业居民经系统匹配获得电商运营培训，三个月内自主创业，这种“需求侧管理”做法被列为典型案例。
特殊群体关怀方面，社区推行“1+1+N”帮扶机制，即1名党员牵头、1个社会组织参与、整合N种资源。
""",
    ),
    dict(
        name="fresh97_03_village_instructor_summary_qici_yishi",
        source="http://m.jcsycorp.com/fanwen/gerenzongjie/20090911140258163460656_5.htm",
        doc_kind="summary", partial=True,
        notes=["Page 5 of a paged personal summary by a county's rural work instructor stationed in 永福村, on a site that "
               "serves traditional characters (kept). The page's title line ('駐村工作總結農村工作指導員個人工作總結', two "
               "site titles run together) was dropped as site boilerplate: title null. The text starts in the middle of the "
               "summary.",
               "The visible top part is a discourse-marker heading run in with its body: '其次，在主要感受上，最深的感受就是："
               "…'. It opens a main part of the summary (the first, 首先, is on an earlier page), so it is a heading, level 1; "
               "text cut at the colon. Its content is what is hard about rural work: problems (other accepted).",
               "'一是農村基層組織建設方面的問題。' at the start of a line is a sentence heading one level below; only 一是 is "
               "visible (the page ends inside its discussion, '但是，由', dropped).",
               "Party-member figures (78名, 89.7% …) are kept; the instructor's name does not appear."],
        units=[],
        text="""\
@H1 sec=problems alt=other | 其次，在主要感受上，最深的感受就是：農村工作難做，矛盾多、成因雜，處理起來急不得。
農村工作有它自己的特點和規律，不少問題看似簡單，背後卻有深刻的歷史原因，駐村指導切忌急於求成。駐村以來，我發現有兩方面的問題既不能急，也確實急不得。
@H2 sec=problems | 一是農村基層組織建設方面的問題。
進村不到半個月，我就把永福村黨員隊伍的數量和質量列表統計：全村黨員78名，男性70人，佔89.7%，女性僅8人，佔10.3%；建國前入黨1人，上世紀50--60年代入黨28人，70--80年代35人，90年代以來僅14人；建國前出生的38人，佔48.7%，1970年以後出生的只有10人，隊伍年齡明顯偏大；小學以下文化43人，佔55.1%，高中以上只有9人。
這些問題哪一個都不好解決，發揮黨員作用更難。村裏每開一次黨員會都要發誤工費，組織義務勞動的開支比有償還大。我的看法是，只要村裏負擔得起，寧可花錢換“作用”，也不能因噎廢食、長期不搞活動。
""",
    ),
    dict(
        name="fresh97_04_county_enforcement_bureau_interview_yishi",
        source="https://szb.zhonghongnet.com/Html/2018-08-07/3833.html",
        doc_kind="report", doc_kind_alt=["plan"], partial=False,
        notes=["A county newspaper's interview with the county comprehensive administrative law-enforcement bureau (县综合执法局) "
               "on the national garden county-town campaign within '四城同创'. It is kept as a department's oral work report: "
               "the reporter's question and the answer's lead-in are body lines; the official's name before the answer was "
               "replaced by '局负责人：'. No title line in the stored text: title null. The whole answer is visible.",
               "The three parts are sentence headings '一是…。 二是…。 三是…。' at line starts, the only structure: level 1. "
               "They are forward-looking work (将重点做好以下几个方面的工作): measures, goals accepted; the report's kind is soft "
               "(plan accepted).",
               "The dates in the answer (2018年8月底, 9月底, 2019年6月30日前) are deadlines inside body lines, not phases.",
               "Units: the bureau (as written in its closing line) and the leading group it sets up."],
        units=["县综合行政执法局", "创建国家园林县城领导小组"],
        text="""\
记者：7月18日，我县召开国家卫生县城创建暨“四城同创”工作会议，动员全县投入共创“四城”。为完成既定目标，县综合执法局近期做了哪些工作？下一步有什么打算？
局负责人：“四城同创”是县委、县府今年的重大决策，是实现“一年有势头、两年有看头、三年有突破”目标的战略部署。我局是国家园林县城创建的主要部门，将于2018年8月底前拍完创城宣传片并报送遥感基础资料，9月底前由省住建厅向住房和城乡建设部报送推荐报告和遥感测评资料，评审年（2019年）6月30日前报齐其他申报材料。我们将重点做好以下几个方面的工作：
@H1 sec=measures alt=goals | 一是成立创建国家园林县城领导小组及其办公室。
按部门职责制定工作方案，把任务细化量化、分解到单位和责任人，排定时间和进度，确保创建有序高效推进。
@H1 sec=measures alt=goals | 二是强化宣传抓创建。
园林县城创建是惠民工程，将配合领导小组用多种形式广泛宣传。
@H1 sec=measures alt=goals | 三是强化督查抓创建。
领导小组将联合县委督查局定期、不定期督查，督查结果报县委、县政府主要领导。
县综合行政执法局既牵头又是主力，将不折不扣落实县委、县政府部署，全力完成创建任务。
""",
    ),
    dict(
        name="fresh97_05_health_work_summary_shouxian_qici",
        source="http://renwen.rcj99.com/jxfw/202505/291298.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=False,
        notes=["A short health-work summary report ('卫生工作的总结汇报') by an unnamed health authority, on a news-style page; "
               "no title line in the stored text: title null. The whole text is visible.",
               "Its only structure is discourse markers at line starts: '首先，在公共卫生服务方面，…' and '其次，在医疗服务质量"
               "提升方面，…'. Following corpus-dev (dev04), 首先/其次 lines are items (optional), level 1, achievements. "
               "'此外，…' (health education) is left as a body line: 此外 is not a numbering class. '展望未来，…' and the "
               "closing thanks are body lines.",
               "Read as a summary with no required heading: an importer that outputs the 首先/其次 lines is scored on their "
               "level and kind only."],
        units=[],
        text="""\
过去一年，我们坚持以人民健康为中心，在各级政府和社会各界支持下，全体人员共同努力，卫生事业在多个领域取得明显成绩。
@I1 sec=achievements | 首先，在公共卫生服务方面，我们加大投入、优化资源配置，保证基本医疗服务可及、公平；传染病防控上建起更完善的监测体系和应急响应机制，有效遏制了传染病传播。
@I1 sec=achievements | 其次，在医疗服务质量提升方面，我们强化医疗机构规范化、标准化建设，加强医务人员技能培训，诊疗水平和服务质量都有提高；同时推进分级诊疗，引导患者合理就医，增强了基层服务能力。
此外，我们重视健康教育，开展多种形式的宣传，普及健康知识和健康生活方式，居民健康意识明显增强。
展望未来，我们将继续深化医药卫生体制改革、创新管理、提高效率，为全民健康目标不懈努力。
以上是本次卫生工作的总结汇报，感谢大家的关注和支持。
""",
    ),
    dict(
        name="fresh97_06_primary_school_report_to_leaders_numbered",
        source="http://tudiao.com/a/2001/482468.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A primary school's report to visiting leaders (xx县xx第三小学, masked). The page title '2023年小学工作汇报材料' "
               "is the document's title line; the posting line (发布 2020-01-23 …) was dropped. Note the page's date mismatch "
               "(posted 2020 for '2023'), kept as written in the title.",
               "Numbered contrast document: salutation '尊敬的各位领导：' and the lead-in '下面由我向各位领导做简要的汇报：' "
               "are body lines; the part heading '一、教学环境人文化。' ends in a full stop and stands alone. Only 一、 is "
               "visible (the report announces four parts).",
               "'“三横”：' at the end of a body line and the floor descriptions after it are body, not headings. The masking "
               "'**规' (a classic's name) is kept. The page ends inside a sentence ('每天师生进楼门在不'), dropped."],
        units=[],
        text="""\
@T | 2023年小学工作汇报材料
尊敬的各位领导：
2023年5月各位领导来校的情景仿佛就在眼前，正是那次到来让我们看到了摆脱危房的希望，促成了综合教学楼的落成。相信今天的到来也必将推动学校发展。
下面由我向各位领导做简要的汇报：
xx县xx第三小学自2023年12月建校，已走过二十个春秋。现有xx个教学班，在校生xxxx人，教职工xxx人，占地xxxx平方米，建筑面积约xxxx平方米，生均建筑面积比前一年翻了一番多，彻底告别了危旧平房。
学校正处在百废待兴的关键时期，外部竞争激烈。班子结合实际，从营造师生成长的环境入手，努力实现“阳光六年，辉煌一生”的教育目标。下面我主要从四个方面进行汇报：
@H1 sec=achievements | 一、教学环境人文化。
为培养学生人文素养、以环境育人，学校投入近四十万元营造文化氛围，楼道文化按“三横两纵”布局设计。“三横”：
一楼是国学长廊，展示**规的主要篇章；二楼是“文学艺术长廊”，陶冶情操；三楼是立志长廊，鼓励学生不畏困难、积极向上。“两纵”：楼梯间是“行为习惯养成”系列。
楼道文化力求高品位、高质量，形成学校独有的文化环境；教室、办公室的布置也体现以德育人，一楼大厅电子屏每周展示名言警句。
""",
    ),
    dict(
        name="fresh97_07_shanghai_subdistrict_2021_summary_numbered",
        source="https://zwgk.shcn.gov.cn/xxgk/jhzj-xxxcjdzdgz/2022/315/64929.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A Shanghai subdistrict's 2021 summary and 2022 plan from the district's open-government pages; only the "
               "first part (the 2021 review) is visible. The page metadata lines (发文机构, 发布日期) and the repeated title "
               "were dropped; the title line is kept.",
               "Numbered contrast document: '一、2021年工作回顾' (achievements), then '（一）聚焦疫情防控常态化，压紧压实防控"
               "工作属地责任' as a bare heading line. The lead-in '具体工作体现在以下六个方面：' ends the body line before it.",
               "Inside the body the first point has lost its 一是 ('做到疫苗接种宣传组织全覆盖。') and '二是做到动态精准防控"
               "全过程' follows in the same line: markers in the middle of a line are not labelled. The page ends inside "
               "二是; the cut sentence was shortened to its visible heading clause.",
               "Unit: the subdistrict, as it names itself."],
        units=["仙霞街道"],
        text="""\
@T | 仙霞新村街道2021年工作总结及2022年工作计划
@H1 sec=achievements | 一、2021年工作回顾
2021年是“十四五”开局之年，也是建党100周年。在区委区政府领导下，仙霞街道践行“人民城市人民建，人民城市为人民”理念，推进提升社区软实力、社区数字化转型、“15分钟社区美好生活圈”规划、全国市域社会治理现代化试点、市级新基建示范社区创建等“五个行动计划”，努力打造“宜居仙霞、乐龄乐邻、品质生活”的老旧社区美好生活样板。具体工作体现在以下六个方面：
@H2 | （一）聚焦疫情防控常态化，压紧压实防控工作属地责任
面对疫情零星反复，街道落实“外防输入、内防反弹”要求。做到疫苗接种宣传组织全覆盖：完善指挥体系、优化方案，发动机关、居民区和企事业单位，以“固定接种点+流动接种车+接种小分队”把接种点开到“家门口、楼门口”，2021年共接种第一针疫苗63685剂、第二针疫苗53073剂、第三针5091剂。二是做到动态精准防控全过程。
""",
    ),
    dict(
        name="fresh97_08_county_education_balance_survey_report_numbered",
        source="https://alatiku.com/fanwen/zongjie/l1pw54.html",
        doc_kind="report", partial=True,
        notes=["First sample of a collection ('义务教育精编均衡发展情况专题调研报告精编4篇'): a county education and sports "
               "bureau's survey report on balanced compulsory education; the sample number was dropped from its title, "
               "which is kept as the title line. Names of the county, the city and the schools are masked '__' in the "
               "source and kept so, as is the document number '__教督〔20__〕__号'.",
               "Numbered contrast document: 一、基本情况 (background), 二、主要措施和成效 (achievements, measures accepted: "
               "backward-looking 措施), '（一）以健全机制，保障义务教育优质均衡发展' (level 2), and '一是政府责任落实到位。…' "
               "at the start of a line (level 3, run in with its body).",
               "The survey dates (20__年5月20日至5月28日) are a body fact, not a phase. The page ends inside the 一是 line's "
               "list of documents; the line was closed after the first title."],
        units=["__县教体局"],
        text="""\
@T | 义务教育优质均衡发展情况专题调研报告
根据__市人民政府教育督导委员会《关于开展全市义务教育优质均衡发展专题调研的通知》（__教督〔20__〕__号）要求，__县教体局组成专题调研组，于20__年5月20日至5月28日深入__县二中、实验小学、城关五小和__县特殊教育学校等中小学，通过听汇报、开座谈会摸清底数，重点了解义务教育资源配置情况，现将调研情况汇报如下。
@H1 sec=background | 一、基本情况
全县现有各级各类学校96所：高中3所（民办1所），初中9所，小学20所，九年一贯制11所，中职1所，特教学校1所，幼儿园51所（民办30所）；在校学生34915人，其中小学14275人、初中7021人、高中6598人、幼儿7021人。
近年来，县委、县政府坚持党的教育方针，全面实施素质教育，深化改革、改善办学条件、优化资源配置，全县教育事业持续健康稳步发展。
@H1 sec=achievements alt=measures | 二、主要措施和成效
县委、县政府把义务教育摆在重中之重，加大投入、创新机制，推进全面改薄、标准化学校建设、无校籍改革和教育信息化，有力推动了优质均衡发展。
@H2 alt=measures | （一）以健全机制，保障义务教育优质均衡发展
@H3 alt=measures | 一是政府责任落实到位。县里印发《__县推进义务教育优质均衡发展规划和实施方案》等文件，明确各方责任。
""",
    ),
]
