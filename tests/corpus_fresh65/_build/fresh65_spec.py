# -*- coding: utf-8 -*-
"""The sixty-fifth held-out fresh set: WORK SUMMARIES AND 述职 / 工作汇报
REPORTS WHOSE PARTS ARE NAMED BY CONTENT (一、立下愚公移山志，路在脚下创业绩;
〔一〕扛牢第一责任，完善闭环管理提升党建水平; 一是上级政策落地落实“全”) rather
than by the usual keywords, and summaries that end with their problems and
next steps in varied wording (存在问题及原因, 存在问题与改进措施 / 未来展望,
工作中不尽如意的地方和一些感想, 今后的工作设想和目标).  Writers: a city's
state-assets party committee, a community, a town, a kindergarten director, a
village party secretary, a creative-industry park's party committee, a city
health bureau, a district (work safety), a primary-school principal and a
high school.  Found as stored public web pages with the `search` tool's
`pages` corpus (log in notes_queries.txt).  None of the source pages is a
source of an earlier set or of a set built at the same time (checked against
/work/fresh65/_excl_all.lst, see the README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs,
  posting lines, collection titles, sample numbers, blurbs, related-link
  lines) was dropped; paywall lines and a site title repeated inside the
  body were kept and are never labelled.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  (***, **, xx, xxxx, ****, the site's `_`) are kept.  Personal names were
  dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH65_DOCS = [
    dict(
        name="fresh65_01_state_assets_party_secretary_party_building_report",
        source="https://m.zixin.com.cn/doc/10193740.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A party committee secretary's 述职报告 on grassroots party building in a city's state-assets (国资) "
               "system, from a document-sharing site; the site line '资源描述' was dropped.",
               "The level-2 headings are named by content, not by keyword: '〔一〕扛牢第一责任，完善闭环管理提升党建水平。…' "
               "(〔一〕 brackets, style （一）), run in with their bodies; kind achievements, inherited from 一、履职状况.",
               "二、存在问题及原因 is problems; its first point starts the line, '一是在抓基层打基础上措施不硬。…', and is "
               "labelled a level-2 heading (style 一是), kind problems. The page ends inside that point.",
               "The site's conversion artefacts (“…〞 quote pairs) are kept inside the quoted slogans of the bodies; "
               "no unit is named as lead or responsible unit (units empty)."],
        units=[],
        text="""\
@T | 2021年度党委书记抓基层党建工作述职报告
@H1 sec=achievements | 一、履职状况
@H2 | 〔一〕扛牢第一责任，完善闭环管理提升党建水平。把讲政治放在第一位，把“两个维护〞落实到各项工作中；年初召开全市国资系统党的建设暨深化国有企业改革任务落实推进会，部署“国企党建规范提升年〞和“《条例》落实年〞双年行动，把党建工作按20%权重计入企业负责人经营业绩考核，层层传导压力，推动国企党建形成闭环管理。
@H2 | 〔二〕狠抓基础管理，紧盯短板问题提升党建质量。坚持把支部建在项目上，推行“党支部+指挥部+项目部〞运行机制，在***、***等14个省市重点项目上成立临时党组织；全系统全年提取党建经费780万元，建成党建活动室109个、党建文化长廊29处，在恒源、水务、交运等6家企业设立市委党校企业分校，把167名一线骨干发展为党员、300多名优秀党员培养为骨干；构建“****〞国企党建品牌体系，带动形成53个子品牌。
@H2 | 〔三〕围绕作用发挥，实施党建引领提升党建效能。把“党员先锋工程〞作为全系统党组织书记抓党建的年度“突破项目〞，全年设立党员责任区112个、示范岗220个、突击队66个，党员在三项制度改革、僵尸企业处置和**、**等重点招商项目落地中走在前面。
@H1 sec=problems | 二、存在问题及原因
@H2 | 一是在抓基层打基础上措施不硬。对上级重点部署的党建任务抓得紧、推得实，但对日常性、基础性工作多停留在一般化安排、常规化推动
""",
    ),
    dict(
        name="fresh65_02_community_civility_creation_summary",
        source="https://m.zongjiew.com/gongzuozongjie/153734.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A community's summary of its civilised-community (文明创建) work on a summary site; the breadcrumb "
               "('总结网工作总结年度工作总结内容页') and the posting line were dropped.",
               "Every numbered heading runs straight into its body after a space ('一、社区文明创建的背景与意义 在快速发展…'), "
               "so the heading texts are set by hand.",
               "'引言：…' is a run-in label heading (level 1); kind background, other accepted. 一、…背景与意义 is "
               "background, 二、主要工作与成效 achievements.",
               "三、存在问题与改进措施 is problems (next_steps and measures accepted, since it also announces the remedies); "
               "四、未来展望 is next_steps and is a bare last heading: the stored page itself ends there, and it also lacks "
               "the lists announced by '具体表现在以下几个方面：' and '我们将采取以下改进措施：'."],
        units=[],
        text="""\
@T | 社区文明创建工作总结
@H1 sec=background alt=other | 引言：城市化不断推进，社区的文明程度直接关系居民的生活品质和社区的和谐稳定，开展文明创建、提高居民文明素质和生活质量已是社会管理的一项重要任务。这里回顾一段时间来社区文明创建的做法，探讨怎样把文明建设再提高一步。
@H1 sec=background text=一、社区文明创建的背景与意义 | 一、社区文明创建的背景与意义 人们对生活环境的要求越来越高，文明、和谐、美丽的社区既能增强居民的幸福感，也能促进社会和谐稳定。文明创建的关键，是用一系列有效措施引导居民树立正确的价值观、养成良好的行为习惯，带动社区环境整体提升。
@H1 sec=achievements text=二、主要工作与成效 | 二、主要工作与成效 过去一年，社区多次举办“邻里节”“传统文化讲座”等文化教育活动，丰富了居民的文化生活、增强了文明意识；推行垃圾分类，设置分类垃圾桶并定期开展分类知识培训；加强公共区域的保洁和维护，保持环境整洁有序。
一年努力下来，文明创建成效明显，具体表现在以下几个方面：
@H1 sec=problems alt=next_steps,measures text=三、存在问题与改进措施 | 三、存在问题与改进措施 成绩之外也有不足：部分老年居民对垃圾分类的重要性认识不够，青少年参与社区活动的积极性不高。对此，我们将采取以下改进措施：
@H1 sec=next_steps | 四、未来展望
""",
    ),
    dict(
        name="fresh65_03_town_halfyear_work_summary",
        source="https://www.ruiwen.com/zongjie/1549654.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="镇上半年工作情况总结",
        notes=["A town's half-year work summary on a 范文 site. Line 1 is the page title, line 2 the article title "
               "with the site's '范文'; both are title lines, the title is the page title. The posting line was dropped; "
               "the site's repeat of the article title between the lead-in and the first heading (line 4) is kept and "
               "not labelled.",
               "The lead-in announces six points ('主要有以下六个方面：'), so （一） is the top level of this document: "
               "'（一）坚持加快发展主题，量质并举，三业经济总量稳步攀升。' level 1, kind achievements. Its points are run-in "
               "headings named by content, '1、农业经济在增产增效中形成特色。…', level 2.",
               "The page ends inside 3、, kept as the bare fragment '3、三产经济在做精做特中'. The masking '**特色' is the "
               "source's. Growth figures and '上半年' are not phases."],
        units=[],
        text="""\
@T | 镇上半年工作情况总结
@T | 镇上半年工作情况总结范文
今年上半年，全镇坚持以科学发展观统领经济社会发展全局，按照“一个围绕、二个注重、五个提升”的发展总纲，咬住目标、一着不让抓推进，走出了一条具有**特色的率先、科学、跨越、和谐发展之路。上半年的工作成效主要有以下六个方面：
镇上半年工作情况总结范文
@H1 sec=achievements | （一）坚持加快发展主题，量质并举，三业经济总量稳步攀升。
发展效益与增长质量并重，一二三产业基本实现又好又快发展。
@H2 | 1、农业经济在增产增效中形成特色。围绕农业增效、农民增收抓传统农业，上半年农业总收入3420万元，完成全年目标的43.9%；种小麦2760亩，上市蔬菜4800吨、茶叶12486斤，出栏生猪6870头、家禽3.1万羽，上市水产品220吨，植树36万株；完善山林防火值班制度；太湖蓝藻暴发时迅速出动5000人次，打捞蓝藻1600粪车、共8000吨；积极向上争取，加快唯琼农业科技创新中心项目启动，以科研成果带动农业产业发展。
@H2 | 2、工业经济在质量提升中快速发展。上半年预计完成工业纳税销售34.5亿元，同比增长26.6%；89家超千万企业预计完成17.6亿元，增长63.3%，占全镇经济总量的51%，其中27家增幅在50%以上；技改投入见效，法兰锻造有限公司投资3000多万元上马4M辗环机生产线，振华轿车投资3000万元建设1万吨轿车大型配件项目，投产后产能和效益明显提高。
@H2 | 3、三产经济在做精做特中
""",
    ),
    dict(
        name="fresh65_04_kindergarten_director_duty_integrity_report",
        source="https://www.28muban.com/huibaocailiao/30058.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('2023园长述职述廉报告5篇'): a kindergarten director's 述职述廉 "
               "report. The collection title (twice), the posting line, the site blurb and the sample line "
               "('2023园长述职述廉报告篇1') were dropped; the sample has no title line of its own, so title is null.",
               "Both level-1 headings are named by content ('一、注重作风建设，增强为民务实清廉意识', "
               "'二、狠抓常规落实，坚持本色，创造特色'), standing alone above their bodies; kind achievements (what the "
               "director did this term). Under 二、 the lead-in names four areas and the first, '1、抓安全', is a short "
               "level-2 heading.",
               "The page ends inside a body line ('…注重对孩子的晨'), kept as the fragment. '《值班人员日检表》' is a form "
               "named in the body."],
        units=[],
        text="""\
今年工作的重心是“安全+规范+提高（质量）+特色”。回顾紧张忙碌的一学期，我既为努力换来的成绩欣慰，也为老师们辛勤劳动的收获自豪。下面从政治态度、工作思路、履行职责等方面述职述廉：
@H1 sec=achievements | 一、注重作风建设，增强为民务实清廉意识
我以为民务实清廉为指导，工作力求务实、抓实、落实，坚持公平公正、对事不对人。财物支出、大型设备购置、园舍修建、教师评优和考核都先征求全体教职工意见，大事由班子商量，并做到公开透明；我把自身思想建设和廉洁自律作为做好各项工作的立足点。
@H1 sec=achievements | 二、狠抓常规落实，坚持本色，创造特色
常规落实中我着重抓四个方面：抓安全、抓保教、抓教研、抓家园沟通。
@H2 | 1、抓安全
安全保教第一的原则始终不动摇。每学期开学都结合上学期的情况修订完善各项制度，组织全体教职工培训学习，让每个人牢记职责、落实措施。
我们重点督查外来人员进园、幼儿入园离园交接（尤其是无卡交接和中途离园交接）和一日活动各环节；值班人员每天巡查这三方面以及园舍、消防、交通和周边环境，发现问题及时解决，下班前认真填写《值班人员日检表》。
此外，班级老师注重对孩子的晨
""",
    ),
    dict(
        name="fresh65_05_village_party_secretary_duty_report",
        source="https://m.aidaidai.com/baogao/73276.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A village party secretary's 述职报告 (he is also a county CPPCC member) on a 范文 site; the page repeats the "
               "title line, kept once. The speaker's name is masked in the source ('我叫***', '***村') and stays masked.",
               "Salutation '各位领导、同志们：', the self-introduction and the village description are body lines.",
               "The one visible section is named by content, a couplet: '一、立下愚公移山志，路在脚下创业绩', level 1, kind "
               "achievements. '1997年', '九七年计划' and '当年冬前' are dates inside the narrative, not phases.",
               "The page ends mid-sentence ('…但由')."],
        units=[],
        text="""\
@T | 党支部书记政协委员述职报告
各位领导、同志们：
我叫***，今年43岁，现任***村党支部书记，是县第五届政协委员。
贾庄村三面环山、靠天吃饭、交通闭塞、吃水困难，是个贫困村：全村187户、646人，耕地不到900亩，荒山却有5500亩。住在山窝里，地少山多，出门就爬坡，这就是贾庄村的样子。
不管是作为支部书记还是政协委员，带领乡亲摆脱贫困、慢慢富起来都是我推不掉的责任。可怎样改变面貌？我苦思多日也想不出办法，后来才明白“车到山前必有路”是句实话，我这些年做的事、取得的一点成绩，都是从这个“路”字开始的。
@H1 sec=achievements | 一、立下愚公移山志，路在脚下创业绩
贾庄村由三个自然村组成，原来的土路晴天坑洼颠簸、雨天泥泞难行。最南端的邵家背村与***市王瓜店镇只隔一座山，山南是人口密集的部队后勤基地、煤矿区和肥城市近郊，可山高路险，两边往来只能肩挑人抬。我下定决心要打通这条去肥城的路，让贾庄村成为双泉乡第二条通肥城道路的窗口村。
从1997年起，我多次徒步翻山找山南黄叶村的支部书记商量，又多次请县政协领导支持；县政协领导几次到肥城与市政协共商，肥城市政府把黄叶村通邵家背村山口的公路列入九七年计划，当年冬前黄叶村投资80多万元把水泥路修到了山口下。人家兑现了承诺，我们这边怎么办？我多次找县、乡政府的领导，但由
""",
    ),
    dict(
        name="fresh65_06_creative_park_party_building_summary",
        source="https://naichacy.com/jihua51/9441.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="创新思路抓党建 服务园区促发展——园区党建工作总结",
        notes=["A creative-industry park's regional party committee (和丰创意广场区域党委) summarising its party building, "
               "on a 范文 site. Kept as pasted: the page title '党建工作总结园区' (title line), the slogan main title, the "
               "writer's name on its own line (body, not a title line) and the '——园区党建工作总结' subtitle; the title is "
               "the slogan joined with the subtitle. The breadcrumb, the posting time and the repeated page title with "
               "its word count ('[此文共12424字]') were dropped.",
               "The only visible section is named by content, '一、健全组织体系，夯实党建工作基础', level 1, kind "
               "achievements; the '一是摸清底数，争取认同。' inside its body paragraph is not labelled.",
               "Dates in the opening (2014年8月, 2014年10月, 2014年4月, in the source's order) are history, not phases. "
               "The masking '**市' is the source's. The page ends mid-sentence."],
        units=["和丰创意广场区域党委"],
        text="""\
@T | 党建工作总结园区
@T | 创新思路抓党建 服务园区促发展
和丰创意广场区域党委
@T | ——园区党建工作总结
和丰创意广场是**市委、市政府为加快创新型城市建设、提升服务业水平、推动产业结构优化升级而打造的重要平台，总建筑面积34万平方米，是目前全国最大的现代工业设计与创意产业集聚区。2014年8月组建和丰创意广场党总支，发挥党员先锋模范作用、加快广场建设；在创先争优中，广场先后获得**市“双强示范十佳园区”“**市远程教育实践基地”等称号。
2014年10月广场正式开园。随着入驻企业增多，为加强园区“两新”组织党建、扩大覆盖面、增强凝聚力，2014年4月组建和丰创意广场区域党委，下设19个支部（其中联合支部2个），党员253人。两年多来，园区党组织坚持“凝聚人心、服务企业、推动发展、促进和谐”的工作主线，创新组织覆盖方式、完善工作机制、搭建党员发挥作用的平台，初步形成“覆盖有效，管理有序，服务有力，协调有方”的产业集聚园区党建新格局。
@H1 sec=achievements | 一、健全组织体系，夯实党建工作基础
我们把建立健全企业党组织、发展壮大党员队伍作为园区党建的突破口和关键点，多措并举夯实党在园区企业中的组织基础。一是摸清底数，争取认同。重视收集企业党组织和党员等基础数据，针对企业变化快、党员流动频繁的情况建立定期分析制度，要求党务工作者在企业入驻当月上门走访，每季度了解一次已入驻企业党
""",
    ),
    dict(
        name="fresh65_07_city_health_reform_summary",
        source="https://www.wm114.cn/wen/103/205747.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city health bureau's year summary of health reform (乡镇卫生院 rebuilding, 新农合 pilots) on a paid "
               "公文 site. The site's '_' in the title and the opening ('市卫生_改革', '医疗卫生_改革') masks a word and is "
               "kept. The site's '目录/提纲' block above the title (a generated outline that also lists headings of parts "
               "not shown) was dropped as navigation.",
               "The first heading is broken over two lines by the page: line 3 '一、以乡镇卫生院建设为重点，健全' and line 4 "
               "beginning '农村医疗保健体系。今年，…'. Only line 3 is labelled (level 1, kind achievements, named by content); "
               "line 4 is body and keeps the broken-off heading words.",
               "The paywall lines of the site (lines 5-7, '……（新文秘网…省略552字…）', '……（未完，全文共2438字…', "
               "'收藏《市卫生_改革工作总结》）') are kept and never labelled. '截至11月底' and '2006年' are report dates, "
               "not phases."],
        units=[],
        text="""\
@T | 市卫生_改革工作总结
即将过去的一年，全市卫生工作以“三个代表”重要思想为指导，坚持科学发展观，围绕解决群众看病难、看病贵，努力推进医疗卫生_改革，各项工作取得积极进展。
@H1 sec=achievements | 一、以乡镇卫生院建设为重点，健全
农村医疗保健体系。今年市委、市政府决定集中时间、集中力量改造58所房屋建筑不达标的政府办卫生院，各县、区按照“统一规划、统一标准、统一建设”的原则加强领导、加大投入、强化监管，建设进展顺利，截至11月底已竣工投用26所、主体完工11所，卫生院内外环境和医疗条件明显改善。卢龙、抚宁新型农村合作医疗试点扎实推进，2006年两县参合农民61.74万人，参合率分别为68%和81%，筹资总额1853.21
……（新文秘网https://www.wm114.cn省略552字，正式会员可完整阅读）
……（未完，全文共2438字，当前仅显示1550字，请阅读下面提示信息。
收藏《市卫生_改革工作总结》）
""",
    ),
    dict(
        name="fresh65_08_district_2022_work_safety_summary",
        source="https://365docx.com/view/6348d3bc4e.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="桃城区 2022 年安全生产工作综述",
        notes=["A district's 2022 work-safety summary (桃城区 2022 年安全生产工作综述) converted from PDF on a document "
               "site. Line 1 is the site's categorised page title '【工作总结】安全生产工作总结', line 2 the document's own "
               "title with its PDF spaces; both are title lines, the title is line 2. The PDF's hard line wraps inside "
               "paragraphs were joined.",
               "The section is a run-in '一是…' sentence heading named by content with a quoted key word: "
               "'一是上级政策落地落实“全”。…', level 1 (top level shown), style 一是, kind achievements.",
               "The unit named as lead is 区安委会 (with 16 special-rectification departments). '三年行动' and '今年以来' "
               "are not phases. The page ends after a comma (kept)."],
        units=["区安委会"],
        text="""\
@T | 【工作总结】安全生产工作总结
@T | 桃城区 2022 年安全生产工作综述
安全关乎群众福祉、关乎发展大局，更关乎人民生命财产安全，是一条不可逾越的“红线”，安全之弦必须时刻绷紧。今年以来，全区各级各部门认真贯彻中央和省、市安全生产部署，坚持“人民至上、生命至上”，压责任、强监管、补短板、堵漏洞、防风险、保安全，有序推进安全生产专项整治三年行动、“排险除患”集中整治和清单制管理，筑牢安全防线；全区未发生安全生产事故，在全市安全生产指标考核中名列前茅。
@H1 sec=achievements | 一是上级政策落地落实“全”。全区严格贯彻党中央、国务院和省、市安全生产决策部署，确保上级政策全部落地；健全区安委会统筹协调、16个专项整治部门牵头落实的“1+16”组织架构，细化党委政府领导责任、属地管理责任、部门监管责任、企业主体责任“四张清单”，形成横向到边、纵向到底的责任体系，管到关键处、管好关键事；同时督促落实企业负责人“第一责任人”制度，
""",
    ),
    dict(
        name="fresh65_09_primary_principal_duty_report_shortcomings",
        source="http://wenrenren.com/c/0R42203N2021_7.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Page 7 of a paginated article on a site (page title '工作述职报告写法怎么样?( 七 )', dropped as the site's "
               "SEO title): the part of a primary-school principal's 述职报告 that reviews what went wrong. No title is "
               "shown, so title is null; the document starts at its fourth section.",
               "'四、工作中不尽如意的地方和一些感想。' is the problems section in personal wording, level 1 (top level shown), "
               "kind problems (other accepted, for the '感想'). The source's scraped space before the full stop "
               "('感想 。') was removed; the site put spaces before every punctuation mark of the page.",
               "'明年5月份' (when the new building is to open) is not a phase. The page ends mid-sentence ('通过这三年的工作')."],
        units=[],
        text="""\
@H1 sec=problems alt=other | 四、工作中不尽如意的地方和一些感想。
一年下来成绩算有一点，但我更清楚还有很多不如意的地方。硬件上，中小和各完小的步调仍然落后，中小虽已通过示范学校验收、挂了牌子，但按高标准衡量还有差距，离省示范性小学差得更远；软件上，包括我在内的不少老师科研意识不强，向科研要质量的观念还没真正树立，课题研究和教研常被当作硬任务来应付，要督促才完成，缺少内在动力，这样的科研难出真成果。
学校教学综合楼已经开工，明年5月份可以投入使用，可经费缺口仍然很大。当年江东评教育强镇时，我们这所示范性学校是一项指标；如今江东上档次的学校多了，我们的地位日益下降，别的小学都是新建的、都上了等级，可能只有我们徐江小学还是老样子。我想到的是两个字：边缘。我们不是窗口学校，恐怕也不再是领导关注的学校了，全体教职工都要想一想怎样自我加压、怎样崛起、怎样提高办学声誉，靠自己的努力让上级另眼相看。
市教育局对学校目标责任制的考核，对我和学校的要求更高、担子更重。我们确实尽了力，名次可能仍然靠后；去年压力虽大，我们刚好排在前三分之一，今年的情况还不明朗。困难再多我也不怨天尤人，压力就是动力。
通过这三年的工作
""",
    ),
    dict(
        name="fresh65_10_high_school_report_problems_and_plans",
        source="https://m.liuxuequn.com/a/3422830_8.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Page 8 of a paginated article: the end of a high school's work report (it aims at the '广东省国家级示范性"
               "普通高中' mid-term inspection). No title is shown (title null); the two '小编特别推荐' link lines at the page "
               "end were dropped.",
               "The page starts with the last point of the problems list, '4、学校经济比较困难，…', whose heading (presumably "
               "（一）…问题) is not shown: an item (a statement), level 2 by the convention for an absent parent, level 1 "
               "accepted, kind problems.",
               "'（二）今后的工作设想和目标' is next_steps, level 1 (top level shown). Under it '1、我校将坚持…' is a statement "
               "(item, level 2); '2、xx年我校的工作目标为：' introduces the targets ①②③ and is a level-2 heading, kind "
               "next_steps (goals accepted); ①②③ are items at level 3. The masking 'xxxx', 'xx年' is the source's. "
               "Item lines keep the source's wording."],
        units=[],
        text="""\
@I2 sec=problems lvlalt=1 | 4、学校经济比较困难，经费运转比较困难，资金缺口比较大；学校教职工的生活福利还有待提高。
@H1 sec=next_steps | （二）今后的工作设想和目标
@I2 | 1、我校将坚持以邓小平理论和“xxxx”重要思想为指导，落实教育的科学发展观，以“新时期、新目标、再鼓劲、再跨越”为主题，规范学校各项工作，深入开展新课程改革，转变教育观念，树立创新意识，提高教师整体素质，确立良好的校风，树立严谨的教风，全面提高学生素质，努力实现办学水平的新突破。
@H2 alt=goals | 2、xx年我校的工作目标为：
@I3 | ①“广东省国家级示范性普通高中”中期督导验收顺利通过。
@I3 | ②高考取得新突破。
@I3 | ③加大学校基础设施建设投入，继续完善学校教学配套设施。如期完成新教学大楼的基建工作，计划筹建学生宿舍楼。
""",
    ),
]
