# -*- coding: utf-8 -*-
"""The 158th held-out fresh set: 工作要点 / 工作计划 / 工作意见 of county-level
and city bureaus and mass organisations (a district's agriculture work and
its agriculture bureau, a city and a provincial association for science and
technology, a county culture-and-tourism bureau, a district's science
associations, a township's science work, a Youth League committee), one of
them inside its issuing notice.  Found as stored public web pages with the
`search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of another set (checked against every exclusion
list, used_sources.tsv and label file under /work/fresh*/ and
/work/main/tests/corpus_fresh*/ when each page was chosen).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  date/view counters, source lines, '正文复制') was dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, quoted slogans and
  masking (X, XX, xx, 20xx, 20XX, X的, “”) are kept.  No personal names
  appear in the visible parts.

Marker syntax: see fresh_build/build.py.
"""

FRESH158_DOCS = [
    dict(
        name="fresh158_01_district_agriculture_2022_work_points",
        source="https://yunko.cn/doc/yibremm9ae",
        doc_kind="plan", partial=True,
        title_override="区农业农村工作2022年工作要点",
        notes=["A district's key points for its 2022 agriculture and rural work, from a document-sharing site that "
               "shows the PDF's text with its line breaks. The title is broken over two lines ('区农业农村工作' / "
               "'2022年工作要点'); both are title lines and the label joins them.",
               "The lead-in is broken by the PDF right after the year: a line holding only '2022' and the next line "
               "starting '年，…'. Both are body; the bare '2022' line must not be taken for a heading or a date row.",
               "Two levels: 一、/二、 task areas (goals, measures accepted) and run-in '1.调优产业结构。…' tasks at "
               "level 2, numbered continuously across the areas (4. follows 3. under 二、).",
               "The source masks its place and most figures with X ('X万亩', 'X镇', 'X样板'); kept. No responsible "
               "unit is named in the visible part (units empty). The page ends inside 4.'s body."],
        units=[],
        text="""\
@T | 区农业农村工作
@T | 2022年工作要点
2022
年，全区农业农村工作紧扣率先基本实现农业农村现代化这一目标，抓特色产业提升、园区转型升级、人居环境改善和集体经济增效，以“十四五”农业农村重点项目为抓手补短板、强弱项，全面推进乡村振兴，争当率先基本实现农业农村现代化的“X样板”。
@H1 sec=goals alt=measures | 一、聚焦基础提升，做强农业特色产业
@H2 alt=measures | 1.调优产业结构。按“稳、调、增”的思路做精茶叶、水稻、枇杷等特色产业，做优东、中、西三片产业带；茶园、水稻、果品、蔬菜（播种）、水产面积分别稳定在X万亩左右。
@H2 alt=measures | 2.建强产业基地。推进“三高一美”和“菜篮子”基地建设；2022年计划建成市级高标准农田改造提升示范区X个、蔬菜基地X个，新增高标准农田X亩和碧螺春茶集中加工中心X个，另建蜂旅结合示范基地2个。
@H2 alt=measures | 3.加大科技支撑。深化农业科技入户，加快科技成果应用，推动农机向智能化、信息化、绿色化转型，培育智慧农业生产场景和示范村；2022年新增农业科技示范展示基地2个、市级智慧农业生产场景2个。
@H1 sec=goals alt=measures | 二、聚焦园区建设，做优现代产业体系
@H2 alt=measures | 4.加快园区提升发展。以X镇市级转型升级农业园区为示范实施农业园区“661”工程，打造科技创新“基地”和产业发展“高地”；2022年加快XX现代农业示范园、长三角智慧农业大数据指挥控制中心、鱼菜共生智慧渔场和稻谷冷藏库改造等项目，力争创成省级现代农业产业高质量发展
""",
    ),
    dict(
        name="fresh158_02_district_agriculture_bureau_2022_work_plan",
        source="http://wgxj.yueyang.gov.cn/yxq/38965/38992/content_1907259.html",
        doc_kind="plan", partial=True,
        notes=["A district agriculture and rural affairs bureau's 2022 work plan ('工作规划'), from the district "
               "government's site (岳阳). The site's source/date/view-count line under the title was dropped.",
               "The plan has a single level: four run-in task headings （一）–（四） whose title ends at the first "
               "'。' ('（一）抓好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。按照…'). （一） is the document's own top level "
               "(title, lead-in, then （一）), so level 1 without an alternative. Task areas: goals, measures accepted.",
               "Quoted slogans ('四个不摘', '两不愁三保障', '二品一标') and the figure '2个以上' are kept. The page ends "
               "inside （四）'s body ('逐步建立农')."],
        units=["区农业农村局"],
        text="""\
@T | 区农业农村局2022年工作规划
2022年，区农业农村局将贯彻中央和省、市、区委的决策部署，全力推动全区农业农村高质量发展，以实干实绩迎接党的二十大召开。
@H1 sec=goals alt=measures | （一）抓好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。落实“四个不摘”，健全防止返贫动态监测和帮扶机制，抓好脱贫劳动力稳岗就业和产业发展，巩固“两不愁三保障”成果；对脱贫不稳定户、边缘易致贫户和突发严重困难户提前落实帮扶，确保不返贫、不新增贫困；在机制、规划、政策、产业、人才和组织上做好衔接，打造有效衔接示范区。
@H1 sec=goals alt=measures | （二）大力推进优质农产品供应基地建设。扛牢粮食安全责任，完成市定粮食生产任务；落实最严格的耕地保护制度，治理抛荒，制止耕地“非农化”、防止“非粮化”。以精细农业为方向，培育稻虾、湘莲、艾叶、白泥湖大闸蟹等专业合作组织，打造区域品牌，力争“二品一标”认证2个以上。
@H1 sec=goals alt=measures | （三）切实抓好重大项目建设。按质按期建成高标准农田等项目；研究中央和省委省政府“三农”政策，加强与上级部门对接，谋划储备一批重大项目，争取纳入国家和省级规划。
@H1 sec=goals alt=measures | （四）持续推进农业绿色发展。实施农药化肥减量增效，加强秸秆禁烧和综合利用、农业投入品废弃物资源化利用，探索农药包装废弃物回收处置机制，逐步建立农
""",
    ),
    dict(
        name="fresh158_03_city_science_association_2019_work_opinions",
        source="http://tlpsr.wuxi.gov.cn/doc/2019/02/28/2403297.shtml",
        doc_kind="plan", partial=True,
        notes=["A city association for science and technology (无锡市科协) sets out its 2019 work in a '工作意见', filed "
               "under 计划总结 on a government site; doc_kind plan. The site's breadcrumb and the date/view-count line "
               "were dropped.",
               "一、 is a task area (goals, measures accepted); under it two run-in '一是…。' / '二是…。' headings at "
               "level 2 (numbering style 一是), each with a long body on the same line; texts cut at the first '。'.",
               "The body of 一是 names three frameworks in quotes ('3+3', '1+6+2', '1+8'); kept. The page ends inside "
               "二是's body ('明确学')."],
        units=["市科协"],
        text="""\
@T | 市科协2019年工作意见
2019年，无锡市科协将学习贯彻党的十九大精神和习近平新时代中国特色社会主义思想，以“四个全面”为战略指引，围绕“四服务一加强”职责，解放思想、创新方式、拓宽领域、丰富内涵，开创新时代科协发展新局面。
@H1 sec=goals alt=measures | 一、重塑学会工作格局，更好服务科技工作者
@H2 alt=measures | 一是加大学会组织培育发展力度，确立学会三大工作格局。县市区科协学会条线形成“3+3”格局：三个方向是借国家级学会资源服务地方、管好育好县区级学会、服务县区科技人才成长，三项举措是对国家级学术活动和学会服务站、对参与“企会协作”和“农业基地”的县区级学会、对举荐的基层高端人才给予政策和资金倾斜。市级学会形成“1+6+2”格局：以“学会评价”整体引导，用学术活动评选、承接职能引导资金、企会协作、科技农业基地、学术论文评选、软课题研究六种手段扶持，并抓好学会党建和组织管理。高校职院科协形成“1+8”格局：以推动在锡高校成立科协为前提，通过八个方面的手段服务高校科协发展。
@H2 alt=measures | 二是推进学会治理结构方式改革，推动学会积极承接政府转移职能。坚持依法、民主、自主办会，健全学会的管理、运行和监督机制，明确学
""",
    ),
    dict(
        name="fresh158_04_county_culture_tourism_2021_work_points",
        source="https://m.07608.cn/qihuawenan/122643.html",
        doc_kind="plan", partial=True,
        notes=["A county culture and tourism bureau's 2021 key points, from a writing-samples site; the page shows no "
               "title line (title null) and opens with the '2021年，县文化和旅游工作总体要求是：…' paragraph, which is "
               "body (like dev05's 总体要求).",
               "The visible structure is three run-in '1.…。' tasks straight after that paragraph. They are labelled "
               "level 1, the top level shown; since a 一、 heading (e.g. the party-building area the three tasks belong "
               "to) was probably lost on the page, level 2 is accepted (level_alt). Task kind goals, measures accepted.",
               "The county's name is missing in the source ('大美', '积极“融入大、对接沪苏浙”', '县“十四五”…规划'); "
               "the gaps are kept as they are. The page ends inside 3.'s body ('组织广')."],
        units=[],
        text="""\
2021年，县文化和旅游工作总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届二中至五中全会精神及习近平总书记考察时的重要讲话指示精神，落实县委、县政府部署，围绕“工业强县、农旅富民、大美”三大战略，积极“融入大、对接沪苏浙”，以高质量发展为主题、以党的建设为保障，统筹常态化疫情防控和文旅行业复苏，多出优秀文化产品和特色乡村旅游休闲度假产品，确保“十四五”开好局，以优异成绩庆祝建党100周年。
@H1 sec=goals alt=measures lvlalt=2 | 1.系统学习习近平新时代中国特色社会主义思想。把这一学习作为首要政治任务，发挥局党组中心组领学促学作用，组织全县文旅系统党员干部学习总书记考察时的重要讲话指示精神和关于文化和旅游工作的重要论述，把其中的思路、方法和要求转化为工作遵循，履行好举旗帜、聚民心、育新人、兴文化、展形象的使命任务。
@H1 sec=goals alt=measures lvlalt=2 | 2.深入学习贯彻党的十九届五中全会精神。把全会精神与“十四五”规划编制结合起来，高质量完成《县“十四五”文化和旅游发展规划》编制，分解规划任务，完善实施监测评估、动态调整和监督考核机制。
@H1 sec=goals alt=measures lvlalt=2 | 3.扎实开展好党史学习教育。把学习总书记在党史学习教育动员大会上的重要讲话精神作为重要政治任务抓紧抓好，组织广
""",
    ),
    dict(
        name="fresh158_05_provincial_science_association_2019_work_points_notice",
        source="http://hbkx.org.cn/news/info?newsid=8c84046f64464c3894644916c28feb0f",
        doc_kind="plan", partial=True,
        title_override="省科协2019年工作要点",
        notes=["A provincial association for science and technology (湖北省科协) issues its 2019 key points inside a "
               "notice: notice title, document number 鄂科协办〔2019〕22号, addressee, one-sentence notice, issuer and "
               "date, then the key points' own title. As in dev05, both titles are title lines and the label takes "
               "the key points' title. The site's navigation and the date/source line were dropped. (The issuer is "
               "provincial, one level above the county and city bodies of the rest of the set.)",
               "The addressee line keeps its wording with full-width brackets restored ('各市（州）、直管市、…：'); "
               "it, the document number, the issuer and the date are body, never headings. The '工作总体思路是，…' "
               "paragraph is body.",
               "一、 is a task area (goals, measures accepted) and '1、切实加强政治建设。…' a run-in task at level 2. "
               "The page ends inside 1、's body (组织“全)."],
        units=["省科协"],
        text="""\
@T | 关于印发《省科协2019年工作要点》的通知
鄂科协办〔2019〕22号
各市（州）、直管市、神农架林区科协，各全省学会（协会、研究会），机关各部门、各直属单位：
《省科协2019年工作要点》已由省科协主席办公会审议通过，现印发给你们，请抓好落实。
湖北省科学技术协会
2019年3月12日
@T | 省科协2019年工作要点
2019年是新中国成立70周年和全面建成小康社会的关键之年。全年工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，贯彻省委十一届四次全会精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”，加强党对科协工作的全面领导，保持和增强政治性、先进性、群众性；着力深化科协系统改革，着力服务科技工作者、创新驱动发展、全民科学素质提高和党委政府科学决策，开展“服务发展年”活动，引领科技工作者为建设科技强省、创新强省不懈努力，以优异成绩庆祝新中国七十华诞。
@H1 sec=goals alt=measures | 一、坚持守正创新，进一步强化政治引领
@H2 alt=measures | 1、切实加强政治建设。把践行习近平新时代中国特色社会主义思想、旗帜鲜明讲政治贯穿科协事业各环节，引导科技工作者树牢“四个意识”、坚定“四个自信”、做到“两个维护”；举办“新时代科学精神”大宣传、大宣讲，弘扬科学家精神；用好“学习强国”平台，党员干部全员登录；加强学会党建，开展科学道德和学风建设宣讲，推进科研诚信建设；组织“全
""",
    ),
    dict(
        name="fresh158_06_district_science_associations_annual_opinions",
        source="https://dawenge.com/jihuazongjie/296912.html",
        doc_kind="plan", partial=True,
        notes=["The annual work opinions of a district's science associations ('各级科协组织实施意见'), for the first "
               "year of the 十二五 plan (year masked '20XX年'), from a writing-samples site; the site's '正文复制' line "
               "was dropped. The page's first line is the document's title.",
               "The masking of the source is kept: '20XX年', 'X的十七大', 'X委政府' (X for 党).",
               "'根据这一总体要求，…重点要做好以下几方面工作：' is a lead-in (body, not labelled). Only the first "
               "task area is visible: '一、围绕X委政府中心工作，深入开展科技服务活动' stands alone on the last line "
               "(goals, measures accepted); the page ends there."],
        units=["全区各级科协组织", "学会组织"],
        text="""\
@T | 各级科协组织实施意见
20XX年是实施“十二五”规划的开局之年，也是《全民科学素质行动计划纲要》第二阶段目标实施的第一年。全区科协工作要抓住这一契机，贯彻X的十七大、十七届五中全会和区委十三届十次全会精神，以科学发展观统领，按区委区政府和上级科协部署团结带领全区科技工作者，增强“三服务一加强”能力，推动科协工作再上台阶，为率先全面建成惠及全区人民的小康社会、率先基本实现现代化作出新贡献。
按照这一总体要求，今年全区各级科协组织和学会组织重点做好以下几方面工作：
@H1 sec=goals alt=measures | 一、围绕X委政府中心工作，深入开展科技服务活动
""",
    ),
    dict(
        name="fresh158_07_township_science_association_work_plan",
        source="https://010zaixian.com/shiyongwen/gongzuojihua/659234.htm",
        doc_kind="plan", partial=True,
        notes=["A township's plan for its science and technology and 科协 work in a masked year ('20xx年'), from a "
               "writing-samples site. No title line is shown (title null). The site's closing '本文来源:…' line was "
               "dropped.",
               "'20xx年科技、科协工作总的指导思想是：…' is body (like dev05's 总体要求); it keeps the source's stray "
               "quote ('以十二五发展之年“为出发点'). '我们计划明年主要抓下面几项工作：' is a lead-in, not labelled.",
               "Three task areas （一）–（三） (goals, measures accepted). Under （一） the lines '1、继续抓好…建设。同时…' "
               "and '2、建立农民科技培训中心。购置…' are run-in task headings (level 2). Under （三） the lines 1、 and 2、 "
               "are one-sentence tasks with no title of their own: labelled items (level 2).",
               "Units: the two county bodies the township works with in 科技活动周 (县农业局, 县蚕茶果站烟技站) are "
               "listed as named; the township's own office is not named."],
        units=["县农业局", "县蚕茶果站烟技站"],
        text="""\
20xx年科技、科协工作总的指导思想是：贯彻科学发展观，以十二五发展之年“为出发点，认清形势、明确任务、抓住机遇，进一步履行为经济社会发展服务、为科技工作者服务、为提高全民科学素质服务的职责，在建设社会主义新农村、构建和谐社会中发挥更大作用。
我们计划明年主要抓下面几项工作：
@H1 sec=goals alt=measures | （一）加强科普设施建设，促使科普工作上台阶
@H2 alt=measures | 1、继续抓好村级科普“一站、一栏、一员”建设。已经建起科普宣传栏的村级科普活动站，再做充实完善。
@H2 alt=measures | 2、建立农民科技培训中心。添置投影等培训设备，提高培训效果和水平。
@H1 sec=goals alt=measures | （二）重视农民实用技术培训，加强教学基地建设
全年计划办农民实用技术培训班4期，受益群众500人次；请各类科技专家下村入企做技术指导，帮农民增产增收。
@H1 sec=goals alt=measures | （三）积极筹备认真组织，做好20xx年科技活动周和全国科普日工作
@I2 alt=measures | 1、广泛发动社会力量参与科技活动周和全国科普日，营造科普宣传的社会氛围。
@I2 alt=measures | 2、科技活动周期间，联合县农业局、县蚕茶果站烟技站借科技三下乡向全镇种养户开展科普宣传教育，并在中心小学掀起学科学、用科学、宣传科学的热潮。
""",
    ),
    dict(
        name="fresh158_08_youth_league_year_work_plan",
        source="https://wuhaninfo.cn/wenku/hade/ZYpKE1M3yG",
        doc_kind="plan", partial=True,
        notes=["A local Youth League committee's work plan for a masked year ('20xx年'; the party congress and "
               "plenums are masked 'xx大', 'xx届四中全会', and the plan's name in '“”规划编制工作' is lost), from a "
               "document-sharing site. No title line is shown (title null).",
               "'20xx年，共青团工作的总体思路是：…' is body (the 总体思路 paragraph, like dev05's 总体要求).",
               "一、 is a task area (goals, measures accepted). Under it two unnumbered run-in sentence headings "
               "('认真学习领会党的xx届四中全会精神。…', '加强改进新形势下的青少年思想政治工作。…') at level 2, numbering "
               "none, texts cut at the first '。'. The page ends inside the second one's body ('进一步健全青少年舆情')."],
        units=[],
        text="""\
20xx年，共青团工作的总体思路是：高举中国特色社会主义伟大旗帜，贯彻党的xx大、xx届四中全会和团xx大精神，学习贯彻科学发展观，围绕“保增长、保民生、保稳定”目标任务和“”规划编制工作，以“夯实基础、活跃基层、突出特点、寻求突破”为工作重点，团结带领团员青年为家乡的科学发展、和谐发展、率先发展而奋斗。
@H1 sec=goals alt=measures | 一、用中国特色社会主义理论体系武装全团，不断加强和改进青少年思想政治教育工作
@H2 alt=measures | 认真学习领会党的xx届四中全会精神。以全会精神为统揽，用中国特色社会主义理论体系引领团员青年树立共同信念，把握全会对加强和改进党的建设提出的总体要求和部署，把共青团建成学习型组织；通过领导班子集体学习、团干部交流、教育培训和调查研究提高理论素养。
@H2 alt=measures | 加强改进新形势下的青少年思想政治工作。创新载体，提高思想政治工作的吸引力和影响力；深化青年马克思主义者培养工程和“我与祖国共奋进”主题教育实践，引导青少年爱祖国、爱家乡；探索团的思想政治工作与学校德育、校外教育的衔接，进一步健全青少年舆情
""",
    ),
]
