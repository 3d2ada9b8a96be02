# -*- coding: utf-8 -*-
"""The twenty-sixth held-out fresh set: real Chinese documents whose TITLE and
DOCUMENT KIND are hard to find: a 工作要点 inside its issuing notice with a page
header line before the title, a 工作要点 whose title line starts with a
document-sharing site's chunk marker, a State Council 意见 with a two-line title
after a posting line, a bureau's 工作报告 with a slogan title and the genre in a
second line, a speech titled only by a slogan, two county speeches (one after a
stray line, one with a site tag in its title), a 述职报告, a 工作情况汇报, a
调研报告, a 工作总结暨工作计划 whose title ran into its body, a government year
review whose title was cut off before its genre word, and a quarterly 工作总结
whose title line is shown twice.  Found as stored public web pages with the
`search` tool's `pages` corpus.  None of the source pages is a source of a label
file listed in /work/fresh26/used_sources.tsv, and no title repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, view
  counts, 来源 lines, previous/next links) was dropped; debris a user would
  paste along is kept where noted and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  Full-width punctuation （）：，；“” was restored from the store's
  NFKC text.  Run-together pages were split at the boundaries the text shows.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH26_DOCS = [
    dict(
        name="fresh26_01_city_government_disclosure_work_points_notice",
        source="https://0798ci.com/policy/70942.html",
        doc_kind="plan", partial=True,
        notes=["A city government office's notice issuing its 2016 政务公开工作要点, from a policy-collection site. Line 1 is the "
               "site's page header (document number run into the notice title in 《》); it is debris, never labelled. Line 2 is "
               "the notice title as the page shows it, in 《》 with 〈〉 inside; it is the title (kept with its brackets, like "
               "fresh4_11). The 工作要点 has no title line of its own on the page: after the notice's date its text begins "
               "with the 总体要求 paragraph, so the notice title is the only title line (like fresh17_02).",
               "The document number is shown twice on the page and kept twice; the addressee, the one-line notice, the "
               "issuer and the date are body lines. doc_kind plan (工作要点, like dev05); the notice is only the wrapper.",
               "The page ends inside （一）'s body; the fragment is kept ('认真落实国务院关于清理规范行政审批')."],
        units=[],
        text="""\
京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
@T | 《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
京政办发〔2016〕26号
京政办发〔2016〕26号
各区人民政府，市政府各委、办、局，各市属机构：
《北京市2016年政务公开工作要点》经市政府同意，现予印发，请结合实际抓好落实。
北京市人民政府办公厅
2016年5月28日
2016年是全面建成小康社会决胜阶段的开局之年，也是结构性改革的攻坚之年。今年政务公开的总体要求是：落实中办发〔2016〕8号和国办发〔2016〕19号文件精神以及市十四届人大四次会议通过的《政府工作报告》，以完善公开内容和方式为核心、以面向基层和群众为重点，理顺协调机制，创新公开渠道，在信息公开、政策解读、回应关切和公众参与上取得新突破，服务改革、发展、民生和政府建设。
@H1 sec=goals alt=measures | 一、围绕深化改革推进公开
@H2 | （一）进一步推进权力清单和责任清单公开
动态调整权力清单，公布2016年版市政府部门权力清单；按通用责任清单的要求把各部门职权运行各环节的责任事项细化公开，编制城市应急管理、环境保护、缓解交通拥堵等重点领域的专项责任清单；指导各区健全两张清单制度并做好编制和公开。认真落实国务院关于清理规范行政审批
"""),
    dict(
        name="fresh26_02_township_annual_work_points",
        source="https://m.wnwk.com/doc/1620832.html",
        doc_kind="plan", partial=True,
        title_override="乡镇2023年工作要点",
        notes=["A township's 2023 工作要点 from a document-sharing site whose text arrives in numbered chunks: the chunk "
               "marker '1、' is glued before the title (line 1 '1、乡镇2023年工作要点'); the title is set without the marker "
               "(title_override), the line is the title line. The markers '2、' (line 6, splitting task 1 after '坚决禁用高度') "
               "and '3、' (line 12, splitting task 5 inside '项目资金') start debris lines that are never labelled, like "
               "fresh17_04.",
               "'全年经济社会开展预期目标：…' is an unnumbered label heading with its target figures (goals). The task lines "
               "1.–9. are numbered across the sections 一、二、三、 and are items under them. The page's lost quotes "
               "('“十三五规划', '“第一会客厅') and its wording ('开展' for 发展, '根底' for 基础, '效劳') are kept.",
               "The page ends inside task 9 ('利用现有广场、游泳池')."],
        units=["乡党委政府"],
        text="""\
@T | 1、乡镇2023年工作要点
2023年是“十三五规划开局之年。乡党委政府在县委、县政府领导下，按照“做强产业，做美环境，做实旅游，做优效劳的思路，践行“三严三实，狠抓落实，力争各项工作出众、出色、出彩。
@H1 sec=goals | 全年经济社会开展预期目标：全乡GDP达2.92亿元，比上年增加0.26亿元，增长10%；农村经济总收入达2.63亿元，增加0.24亿元，增长10%；农民人均纯收入达11963元，增加1088元，增长11%，自然人口增长率控制在6以内，
@H1 sec=goals alt=measures | 一、做强产业
@I2 | 1.做大做强茶产业。依托雅雨露茶业建好茶叶基地、创出茶叶品牌。坚决禁用高度
2、高残农药，做到无公害茶叶；指导茶农完成低改品改3000亩；发挥茶叶专合组织作用，推进茶叶交易市场一体化经营，规范加工、提高附加值，让茶农增收。
@I2 | 2.改造完善前锋村、金花村高标准根本农田项目9754.38亩，改善群众生产条件，提高生产效率。
@I2 | 3.深化农村改革，流转土地2023亩，推广规模经营，新培育农场主3家。
@I2 | 4.完成林地品改800亩，发展山地鸡养殖大户10户、长毛兔养殖大户10户，特种水产养殖120亩。
@H1 sec=goals alt=measures | 二、做美环境
@I2 | 5.建设美丽。完善和平新村建设，繁荣场镇；争取项目资
3、金建设邹岗、前锋幸福美丽新村。
@I2 | 6.加大绿化投入。力争路段7.8公里全线绿化美化、北环线全面绿化，动员群众参与绿化。
@I2 | 7.全面禁烧秸秆，城乡环境综合治理常态化，场镇秩序良好、清洁卫生。
@I2 | 8.进一步完善根底设施建设，提升群众幸福指数。
@H1 sec=goals alt=measures | 三、做实旅游
@I2 | 9.盘活场镇资源，打造“第一会客厅。利用现有广场、游泳池
"""),
    dict(
        name="fresh26_03_state_council_regional_development_opinions",
        source="http://imasd-velecdom.com/prestashop/show.aspx?ES=41ht5.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["The State Council's 意见 on the high-quality development of Inner Mongolia (国发〔2023〕16号), republished on an "
               "unrelated mirror site. Line 1 is the mirror's posting line ('发布时间：… 来源： sp20241101'), kept as debris "
               "before the title and never labelled. The title is split over two lines (2–3, '…高质量发展' / '奋力书写…的意见'); "
               "both are title lines, joined.",
               "doc_kind scheme with plan accepted (an 意见 setting out goals and tasks, like the 实施意见 of fresh7_02). The "
               "document number and the addressee are body lines.",
               "The principles under （二）工作原则 are dash-led run-in headings (style ——). The page ends after the first one."],
        units=[],
        text="""\
发布时间：2024-11-01 21:09:52 来源： sp20241101
@T | 国务院关于推动内蒙古高质量发展
@T | 奋力书写中国式现代化新篇章的意见
国发〔2023〕16号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
把内蒙古建成我国北方重要生态安全屏障、祖国北疆安全稳定屏障、国家重要能源和战略资源基地、国家重要农畜产品生产基地和我国向北开放重要桥头堡，是党中央赋予内蒙古的战略定位。为支持内蒙古以铸牢中华民族共同体意识为主线，落实“五大任务”，推动高质量发展，现提出如下意见。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想
以党的二十大精神为指导，把握党中央对内蒙古的战略定位，贯彻新发展理念，统筹发展和安全，坚持生态优先、绿色发展，加快经济结构调整，探索资源型地区转型新路径，在建设“两个屏障”、“两个基地”、“一个桥头堡”上展现新作为，全方位建设“模范自治区”。
@H2 | （二）工作原则
@H3 | ——生态优先、绿色发展。坚持绿水青山就是金山银山的理念，推动黄河流域生态保护和高质量发展，加强草原、森林、湿地保护修复和荒漠化防治，构筑祖国北疆万里绿色长城。
"""),
    dict(
        name="fresh26_04_city_urban_management_bureau_work_report",
        source="http://cgj.yueyang.gov.cn/9919/9940/20352/content_1917974.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        notes=["A city urban-management bureau's 工作报告 to its system work meeting, read by the bureau's party secretary and "
               "director, from the bureau's site. The title block is a slogan line (four phrases separated by spaces) and a "
               "second line carrying the genre ('2022年城市管理和综合执法工作报告'); both are title lines and the title is "
               "both joined (like fresh13_08's slogan title and subtitle). The site's 来源 / 浏览量 line between them was "
               "dropped.",
               "On the page the byline ran into the genre line ('…工作报告市城管局党组书记、局长 <name>'); the byline was put on "
               "its own line (line 3) and the name dropped. The byline, the date line '（2022年2月28日）' and '同志们：' are "
               "body lines.",
               "doc_kind report (a 工作报告, like fresh9_13) with speech accepted (it is delivered at a meeting and opens with "
               "同志们) and summary accepted (its first part reviews 2021).",
               "The page ends inside （一）'s body ('…施工围挡、扬尘污染、非法营运')."],
        units=["市城管局"],
        text="""\
@T | 立足更高定位 彰显更大作为 推动城市管理和综合执法事业高质量发展 以优异成绩迎接党的二十大胜利召开
@T | 2022年城市管理和综合执法工作报告
市城管局党组书记、局长
（2022年2月28日）
同志们：
今天召开局系统工作会议，任务是贯彻党的十九届六中全会、市第八次党代会和全省住房城乡建设工作会精神，总结2021年工作，表彰先进单位和个人，部署2022年工作，推动城市管理和综合执法事业高质量发展。下面从四个方面向大会报告工作。
@H1 sec=achievements | 一、回顾2021年，城管工作在善作善成中交出满意答卷
一年来，局系统贯彻市委、市政府和省住建厅部署，向管理要效能、向改革要动力，城市管理水平有了新提升。局机关连续八年获评“全市综合绩效考评先进单位”，安全生产、平安建设、信访、驻村帮扶、建议提案办理、优化营商环境和工会等工作获评全市先进，局机关党委获评“湖南省先进基层党组织”。
@H2 | （一）城市形象在精细管理中持续提升。城市三分在建，七分靠管。我们推进垃圾治理，市中心城区约1200吨/日生活垃圾日产日清、焚烧发电；126家市直和472家区属公共机构全面实行生活垃圾分类，11个街道创建示范街道。我们开展专项整治，对象包括临湖路路域环境秩序、户外广告、燃放烟花爆竹、施工围挡、扬尘污染、非法营运
"""),
    dict(
        name="fresh26_05_city_tax_bureau_new_year_meeting_speech",
        source="http://m.7rdy.cn/news/36119.html",
        doc_kind="speech", partial=True,
        notes=["A city tax bureau leader's speech at the bureau affairs meeting on the first working day of the Year of the Rabbit, "
               "from a speech-sample site. The title is only a slogan ('服务发展为表率 收心提神开新局', two phrases separated by "
               "a space) with no genre word; it is the title line. '同志们：' is a salutation; the lead-in ends in '我讲三点意见：'.",
               "Speech points: 一、 reviews the year (achievements, requirements accepted); （一） is a run-in heading whose body "
               "holds '一是…二是…三是…' inside the line (not labelled). Masking ('202x年', 'xx项', 'xx书记') is the page's.",
               "The page ends inside （一） with '省局党委充分肯定'; the site's '上一篇' link after it was dropped."],
        units=["市局党委", "市局机关"],
        text="""\
@T | 服务发展为表率 收心提神开新局
同志们：
今天是兔年第一个工作日，我们刚举行了升国旗仪式，现在召开局务会议，以会代替拜年，就是要大家节后迅速收心归位，抖擞精神投入工作。我讲三点意见：
@H1 sec=achievements alt=requirements | 一、聚焦中心、服务大局，202x年市局机关工作值得肯定
202x年，市局机关在市局党委领导下围绕“六大能力”扛牢主责主业，在推进xx税收现代化、服务xx都市圈高质量发展上做出了成绩：获得“全省五一劳动奖状”等省部级以上荣誉xx项，通过“全国文明单位”复查，获得省局党委和地方党委政府领导批示xx次。今年1月4日，xx书记对xx税收工作作出长篇肯定性批示，为各县（市、区）局创造了更好的外部环境。成绩体现在以下6个方面：
@H2 | （一）在“抓龙头”中发挥了机关作用。一是凝心聚力，机关干部“守规矩、讲团结、扛责任、作表率”，形成了良好的政治生态。二是率先垂范，疫情防控紧要关头局领导吃住在办公室，组织收入关键时刻分头包保、取消休假，实现了“三超”目标。三是敢于担当，面对积压的信访、维稳等历史遗留问题，市局党委扛责任、上一线，在全省信访维稳大局中展现了xx担当，得到省局党委充分肯定。
"""),
    dict(
        name="fresh26_06_county_government_plenary_meeting_speech",
        source="http://m.nepao.com/show-14-276499-1.html",
        doc_kind="speech", partial=True,
        notes=["A county head's speech at the first plenary meeting of the new county government (2017), from a sample site. "
               "Line 2 is the page's stray '``' (two backticks), kept as debris between the title and the salutation and never "
               "labelled.",
               "The store ran the whole speech into one block; it was split at the salutation and at the first point, whose "
               "heading '一、明确目标任务，强化工作措施，迅速打开政府工作新局面' was glued to its body ('…新局面今年以来，…'). "
               "Speech points are requirements (guidance, measures accepted).",
               "The page ends inside 一、's body ('目前，全县')."],
        units=["县政府"],
        text="""\
@T | 县长在2017年县政府全体会议上的讲话
``
同志们：
今天召开本届县政府第一次全体会议，任务是贯彻县第十三次党代会和县两会精神，统一干部思想，部署重点工作，为本届政府履职开好局。刚才各位班子成员安排了分管工作，任务明确、责任到人，我完全同意，请各乡镇、各部门抓好落实。下面，我在此基础上再讲三点意见。
@H1 sec=requirements alt=guidance,measures | 一、明确目标任务，强化工作措施，迅速打开政府工作新局面
今年以来，在县委领导下，各乡镇和政府各部门按县委、县政府部署，以提高执行力和落实力为切入点，转变作风，推进稳增长、促改革、调结构、惠民生、保稳定各项工作，全县经济社会平稳较快发展。政府组成部门、直属机构和乡镇政府班子换届后，新任领导主动担当，带领班子理思路、抓重点、攻难点，工作有序推进，为完成全年任务打下了基础。县政府充分肯定大家的成绩，也对新一届领导寄予厚望。目前，全县
"""),
    dict(
        name="fresh26_07_county_head_economic_work_meeting_speech",
        source="http://m.xjwk.net/gongzuofanwen/119497.html",
        doc_kind="speech", partial=True,
        notes=["A county head's speech at the county party committee's enlarged plenary session cum county economic work "
               "meeting, from a sample site. The title line starts with the site's tag in square brackets "
               "('[县长在县委书记]', a half-finished related-search label); the title is kept as the line shows it, tag "
               "included (like fresh9_10). '（扩大）' restored to full-width brackets.",
               "一、 reviews the year (achievements, requirements accepted). '“八个增长”：…' and '“五个突破”：…' are "
               "unnumbered label headings (text cut at the colon); the '一是…二是…' inside the second are not labelled. "
               "The year before '，全县上下…' is missing on the page; the body keeps the leading '，'.",
               "The party secretary's name in the lead-in was dropped. The page ends inside 三是 ('种')."],
        units=["县委", "县政府"],
        text="""\
@T | [县长在县委书记]县长在县委全委（扩大）会暨全县经济工作会议上的讲话
同志们：
这次会议的任务是贯彻中央和省、市经济工作会议精神，总结工作、部署工作。前面，书记作了重要讲话，分析了形势和机遇，指明了今年和今后发展的方向、重点和要求，大家要认真学习、抓好落实。下面，根据县委、县政府讨论的意见，我讲三个方面的问题。
@H1 sec=achievements alt=requirements | 一、认真总结成绩，准确把握态势，始终保持加快发展的劲头
，全县上下克服金融危机冲击和冬春夏三季连旱的影响，在逆境中培育积极因素，产业开发加快、经济转型加速、基础建设投入加大、社会事业全面进步，全面完成目标任务，多项工作走在全市前列。概括起来，就是实现了“八个增长”、“五个突破”。
@H2 | “八个增长”：国内生产总值19.5亿元，增长15.6%；固定资产投资33.6亿元，增长55%；地方财政收入8188万元，增长32.3%；农民人均纯收入2333元，增长19%；城镇居民人均可支配收入10345元，增长20%；规模以上工业增加值8271万元，增长37.9%；社会消费品零售总额5.7亿元，增长22%；非税收入7208万元，增长67%。
@H2 | “五个突破”：一是项目工作取得新突破。全年实施50万元以上项目210个，完成投资32亿元，增长57%，项目数和投资额均创新高。二是工业发展取得新突破。石油产能突破35万吨，刘园子煤矿三井贯通，马坊川煤矿建设全面展开，毛家川、甜水堡、甜水南三大煤矿前期工作加快，2100万千瓦燃煤电厂可研通过评审，西滩、砂井子、甜水、曲子四个工业集中区加快建设。三是“三农”工作取得新突破。种
"""),
    dict(
        name="fresh26_08_town_head_duty_report",
        source="https://m.wenke99.com/p-5557338.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town head's 述职报告 (吉昌镇) from a document-sharing site; the store ran it into one block, the title glued "
               "to the salutation ('乡镇镇长述职报告各位领导、同志们：'). It was split at the title, the salutation and the "
               "headings. doc_kind report with summary accepted (like fresh11_15 and fresh13_07).",
               "On the page '1、大力发展现代农业' runs straight into the run-in sub-heading '苹果生产方面。…'; they were put on "
               "two lines, the second an unnumbered run-in heading (like dev27's '…方面。').",
               "The page ends inside the apple paragraph ('覆好一块膜、套')."],
        units=["镇政府"],
        text="""\
@T | 乡镇镇长述职报告
各位领导、同志们：
我今年二月调入吉昌镇，并在二月的镇人代会上当选镇长，负责政府全面工作。一年来，在镇党委领导和镇村干部支持下，我带领政府一班人实施年初确定的目标：突出烟果、商贸、民生三大经济事业，提升新农村建设、计划生育、城镇建设、安全稳定四项工作水平，兴办10件实事，为全镇“加快发展、率先崛起”作出了贡献。下面代表镇政府汇报一年来的工作，请批评指正。
@H1 sec=achievements | 一、抢抓机遇、优化产业，经济工作再上新水平
今年以来，镇政府因地制宜、依托优势谋发展，创新发展理念、突出工作重点，全镇经济迈上新水平，农村经济和农民收入平稳较快增长。
@H2 | 1、大力发展现代农业
@H3 | 苹果生产方面。按照“扩规模、强管理、提品质、增效益”的思路促进产业升级，春季新发展苹果4500亩，全镇苹果总面积达4.2万亩；栽植中严把整地、调苗、假植和栽植四关，做到浇足一桶水、覆好一块膜、套
"""),
    dict(
        name="fresh26_09_town_first_quarter_work_briefing",
        source="https://www.xiaomilidoc.com/p-4385426.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town's (龙伏, 浏阳) first-quarter 工作情况汇报 from a document-sharing site, run together in the store and split "
               "at its headings; the title is masked ('乡镇XX年…'). doc_kind report (汇报) with summary accepted.",
               "（一）and （二） are run-in headings (text cut at the first '。'). The page's page marker is glued to the end of "
               "the last, truncated line ('…利用宣传车、村村第1页共1页') and kept as the page shows it."],
        units=[],
        text="""\
@T | 乡镇XX年一季度工作情况汇报
一季度，全镇贯彻党的十九大精神，围绕市委市政府中心工作和2018年目标任务，以建设灵秀乡村精美龙伏为目标推进各项工作，经济社会稳中有进、稳中向好。截止到3月15日，完成财政总收入309万元，占目标任务（剔除烟叶税）的278%；地方一般公共预算收入125万元，占目标任务（剔除烟叶税）的26%，提前完成一季度财税任务。
@H1 sec=achievements | 一、一季度主要完成情况
@H2 | （一）项目引建扎实高效。召开迎新春叙乡情招商恳谈会推介龙伏的招商环境，动员企业家回乡创业；在浏阳率先引入社会资本开发土地，通过滩涂开发、旱地改水田新增耕地约15公顷，迎接了全市现场观摩。与浏阳文旅公司、北京磐融公司对接石柱峰景区开发，完善凤凰峡景区配套设施；污水处理厂完成基础底层混凝土浇灌；焦达峰故居布展方案已编制完成并上报评审，沈家大屋修缮设计启动；黄桥田园综合体、沈家大屋田园综合体、蒙华铁路和3个安置区建设有序推进。
@H2 | （二）社会大局和谐稳定。利用宣传车、村村第1页共1页
"""),
    dict(
        name="fresh26_10_county_rural_work_survey_report",
        source="https://www.gongwk.com/doc/540574.jhtml",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county's 调研报告 on rural work, a PDF on a document site: the PDF's line wraps were joined into paragraphs; the "
               "title keeps the PDF space ('XX 县农村工作情况调研报告'; the label joins without spaces). The masking ('XX', "
               "'XX.XX') is the page's.",
               "一、 states a finding (achievements, background accepted). Under （一） the unnumbered run-in sentences "
               "'经济总量不断壮大。…' and '农民收入快速增长。…' are level-3 headings (style none).",
               "The page ends inside the second run-in paragraph ('随着农')."],
        units=[],
        text="""\
@T | XX 县农村工作情况调研报告
为全面了解党的 XX 大以来全县农村政治、经济、文化和社会的变化，推进乡村振兴，我们按领导意见从 XX 年 XX 月 XX 日起，用问卷、集体座谈、个别谈话和查阅资料等方式对农村四个方面进行了调查。XX 现辖 XX 镇 XX 乡 XX 场、XX 个村委会、XX 个村小组，人口 XX 万。这次调研走了全县 XX 个乡镇，开了 XX 个座谈会，入户 XX 户，收回问卷 XX 份。现将调查情况汇报如下：
@H1 sec=achievements alt=background | 一、农村经济社会发展迈上新台阶
党中央重视“三农”，相继出台农村最低保障、免除农业税、粮食补贴、新型合作医疗等惠农政策；乡村振兴又加大了对农村道路、农田水利和饮水工程的投入，生产生活条件大为改善，农民收入快速增长，农村社会事业加快发展。
@H2 | （一）农村经济发展明显加快
@H3 | 经济总量不断壮大。近年来我县在县委、县政府领导下步入快速发展轨道，预计今年 GDP 达 XX.XX 亿元，财政收入达 XX.XX 亿元；认为所在村经济状况比五年前改善很多的占 XX%。
@H3 | 农民收入快速增长。工业反哺农业、城市带动农村的趋势显现，农业从粗放经营转向特色农业、效益农业，农村居民人均现金收入过万元的占 XX.XX%。随着农
"""),
    dict(
        name="fresh26_11_party_group_leadership_summary_and_plan",
        source="https://xiezuofangchengshi.com/doc/70250.html",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        notes=["A party group's (党组) 2023 summary with its 2024 plan, from a writing-sample site; in the store the title ran "
               "straight into the body ('…2024年工作计划2023年，在市委…'); it was split there. The title carries two genres "
               "(工作总结暨…工作计划): doc_kind summary, report (the lead-in says '汇报如下') and plan accepted (like corpus_fresh's fresh09_village_annual_summary).",
               "'一是强化思想教育。…' is a run-in heading of style 一是 under 一、. The page ends with the site's '...' after "
               "'重' (kept as '重...')."],
        units=["党组"],
        text="""\
@T | 基层党组织领导班子2023年工作总结暨2024年工作计划
2023年，在市委、市政府领导下，党组贯彻党的二十大精神，以“三新一高”为统领，以“发展高科技、实现产业化”为主攻方向，强龙头、补链条、聚集群，在经济发展、科技创新、招商引资、项目建设和要素保障上取得新突破，完成了年初确定的目标任务。现将有关情况汇报如下：
@H1 sec=achievements | 一、政治思想建设情况
@H2 | 一是强化思想教育。党组树牢“抓好党建是最大政绩，抓不好党建是失职，不抓党建是渎职”的理念，推动理论中心组和党支部学习制度化、规范化；制定学习计划，坚持每天早上1小时自学和每周五集体学习，系统学习了XX、XX、XX等，及时跟进学习总书记重...
"""),
    dict(
        name="fresh26_12_town_government_year_review_and_livelihood_projects",
        source="https://m.xueke.org/fanwen/93800.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's year review (xx镇, under the county and the town party committee, supervised by the town "
               "people's congress) from a sample site. The page title is cut off before its genre word "
               "('乡镇委员会年度工作回顾及2023年民生实事发展工'); it is the title as shown. The site's two date lines "
               "('时间：2025-06-28', shown twice) follow it and are debris, never labelled.",
               "doc_kind report (a government work report reviewing the year) with summary accepted. Three levels 一、（一）1.; "
               "the 1. lines are run-in headings. Masking ('20xx', 'x月xx日', 'xxxx人') is the page's.",
               "The page ends inside 2. ('全面推进复工')."],
        units=["xx镇政府"],
        text="""\
@T | 乡镇委员会年度工作回顾及2023年民生实事发展工
时间：2025-06-28
时间：2025-06-28
@H1 sec=achievements | 一、20xx年度工作回顾
20xx年是全面建成小康社会决胜之年、“十三五”收官之年，也是谋划“十四五”的重要窗口期。一年来，在县委、县政府和镇党委领导、镇人大监督下，xx镇政府围绕“推进‘七七发展行动’，全力争创‘国际铅笔制造中心’”的目标，统筹疫情防控和经济社会发展，全镇经济由负转正、社会安定有序，群众满意度不断提高。
@H2 | （一）始终坚持生命至上，从严从紧，精准施策，疫情防控固若金汤
@H3 | 1.严管严控，打赢疫情攻坚战。x月xx日xx发现首例输入性确诊病例后，xx村第一时间“封村”，x例确诊病例送医救治，xxxx人整村隔离，xxx名密接和间接接触者集中隔离，xxxx名重点对象居家隔离；经过xx天奋战，疫情零扩散。xx村党支部获评市级抗疫先进党支部，x人获评市级抗疫先锋、x人获评县级抗疫先锋。
@H3 | 2.全面推进，打赢复工复产战。坚持疫情防控和复工复产两手抓，推行“网格化+专班制+包干制”，把全镇工业企业划为x个大网格、xx个小网格，由xx名班子成员领衔建立专班包干负责；按班子分工设立工业、农业、商贸、项目建设专班，全面推进复工
"""),
    dict(
        name="fresh26_13_highway_maintenance_centre_quarter_summary",
        source="http://lasc.cn/bgfw/sj/62778.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="公路养护管理与应急中心2021年第一季度工作总结",
        notes=["A district highway maintenance and emergency centre's first-quarter 工作总结 from a sample site. The page shows the "
               "title line twice (page heading and document heading); both are title lines and the title is the line once "
               "(title_override, like fresh4_04).",
               "（一）–（四） are run-in headings whose text is cut at the first '。' (each followed by a maxim such as "
               "'思路决定出路。'). The page ends with '能……' inside （四）."],
        units=["xx公路养护管理与应急中心"],
        text="""\
@T | 公路养护管理与应急中心2021年第一季度工作总结
@T | 公路养护管理与应急中心2021年第一季度工作总结
2021年是“十四五”规划开局之年。xx公路养护管理与应急中心在区委区政府、区交通运输局党组领导和市公路部门指导下，按照《xx市公路局与xx区国、省、县道养护管理事权下放协议书》的标准和要求开展工作，养护和应急工作取得新成效，为建设xx城市新中心、助力xxx建设作出了贡献。现将2021年第一季度的工作情况总结如下：
@H1 sec=achievements | 一、科学谋划，厘清好工作发展思路
开好头、起好步是做好全年公路养护的关键。1月19日，中心召开2021年工作务虚会，统筹部署全年工作。
@H2 | （一）谋划工作思路。思路决定出路。中心立足职能、结合上级要求，按守正创新、党建与业务融合发展的原则，提出“抓全面、抓创新、抓队伍”的工作思路。
@H2 | （二）强化工作措施。战略决定战术。梳理全年工作计划，细化工作台账，把党建和业务任务逐项分解、明确责任人、倒排时间表；由党支部纪检委员牵头，对台账推进情况跟踪问效。
@H2 | （三）营造工作环境。环境是竞争力。加强班子团结，营造风清气正的内部环境；加强沟通协调，营造干事创业的外部环境。
@H2 | （四）锤炼工作本领。能……
"""),
]
