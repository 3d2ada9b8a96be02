# -*- coding: utf-8 -*-
"""The 157th held-out fresh set: SPEECHES (讲话稿) by leaders at work meetings
(工作会议 / 推进会 / 动员会 / 干部职工大会 / 安全工作大会) of a county government, a
county safety committee, a city, a city's key-town meeting, two towns, a
county party committee (education), a bureau and a county education bureau,
with their numbered points (一、 / 第一， / 第一个方面 / 首先).  Found as stored
public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every exclusion list, used_sources.tsv and label file under
/work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, blurbs,
  upload metadata, repeated titles) was dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，；“” was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking (xx, X, *, 19xx) are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH157_DOCS = [
    dict(
        name="fresh157_01_county_safety_committee_push_meeting_speech",
        source="http://m.7rdy.cn/news/50067.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at the county's third 安委会（扩大）暨三年行动推进会 (safety committee and "
               "three-year campaign), from a 范文 site. The page starts at the salutation; no title line is shown, "
               "so title is null.",
               "The lead-in ends '下面，围绕安全生产工作，我讲三点意见：' inside the opening paragraph (not labelled). Only "
               "the first point is visible: '一、绷紧“安全弦”，任何时候都不能放松' (speech point: requirements; guidance "
               "and measures accepted).",
               "Inside the body of 一、 the sub-point '一是事故呈高发态势。' sits in the middle of a paragraph, as in the "
               "source: a marker in the middle of a line, not labelled.",
               "Accident dates (8月20日, 10月1日, 6月13日 …) are events cited as warnings, not phases. Company names "
               "(山东梁宝寺能源有限公司, 善渊药业, 嘉信玻纤, 鑫海高分子) are kept as unit names.",
               "Units: the four bodies that reported and are charged with their fields (three 专委会 and the industrial "
               "park's 管委会). The page ends inside the list of local accidents."],
        units=["道路交通专委会", "建筑施工专委会", "危险物品专委会", "工业园区管委会"],
        text="""\
同志们：
经县政府研究，今天召开全县第三次安委会（扩大）暨三年行动推进会，任务是分析总结前三季度全县安全生产形势，部署第四季度安全生产工作。
刚才，xx同志传达了习近平总书记关于安全生产的重要论述和《xx省安委会办公室关于xx市xx县和xx市经开区“10.29”两起多人伤亡事故的紧急通报》精神，通报了近期全县安全生产和专项整治三年行动的推进情况，部署了四季度工作；道路交通专委会、建筑施工专委会、危险物品专委会和工业园区管委会结合各自职责作了发言，思路清楚、举措具体，我都同意，请大家对标对表抓好落实。下面，围绕安全生产工作，我讲三点意见：
@H1 sec=requirements alt=guidance,measures | 一、绷紧“安全弦”，任何时候都不能放松
今年以来，全县落实中央、省、市安全生产部署，围绕年初目标持续用力，没有发生重大安全生产事故，事故起数和死伤人数实现“双下降”，形势总体稳定。成绩要肯定，问题更不能忽视，务必保持清醒、绝不松懈。一是事故呈高发态势。全国看，8月20日山东梁宝寺能源有限公司井下事故造成7人死亡，10月1日山西太原台骀山滑世界农林生态游乐园有限公司火灾造成13人死亡，10月20日山西潞安集团左权阜生煤业瓦斯爆炸造成4人死亡；省市看，10月29日xx市xx县和xx市经开区各发生一起多人伤亡事故，10月30日九江一家化工厂宿舍楼起火；我县6月13日善渊药业窒息事故、7月15日嘉信玻纤高处坠落事故各造成1人死亡，7月28日鑫海高分子又发生一起意外触电事故。
""",
    ),
    dict(
        name="fresh157_02_county_safety_teleconference_speech",
        source="https://hhscyy.com/fanwendaquan/gongwenfanwen/11810.html",
        doc_kind="speech", partial=True,
        notes=["A county head's speech at the county safety-production teleconference held straight after the "
               "provincial one. The page opens with the site's blurb ('下面是小编为大家整理的2023年县长在全县安全生产电视电话"
               "会议上讲话(全文完整)，供大家参考。'), dropped; the document shows no title line of its own, so title is null.",
               "'下面，我提三点要求：' stands on its own line: a lead-in, not labelled. Only 一、 is visible: "
               "'一、安全生产必须警钟长鸣' (requirements; guidance and measures accepted).",
               "The body of 一、 argues in three steps '首先，…其次，…再次，…' run together in one paragraph, as in the "
               "source: markers in the middle of a line, not labelled. The source's mismatched quotes around the "
               "accident names ('沿河'X“事故') were normalised in the rewritten body.",
               "'X同志', 'X副县长', 'X副省长' masking kept. No unit is charged with a task in the visible part."],
        units=[],
        text="""\
同志们：
全省安全生产电视电话会议刚刚结束，县人民政府决定紧接着召开全县会议。省里的会上，三个县（区）、三个工矿单位和三家企业作了检讨发言。刚才，X同志通报了我县前两个月的安全生产情况并安排了下步工作，X副县长也分块提出了要求，希望各乡镇、县直各部门认真贯彻，把全县安全生产工作抓实抓好。
下面，我提三点要求：
@H1 sec=requirements alt=guidance,measures | 一、安全生产必须警钟长鸣
为什么要警钟长鸣？首先，这是全省会议的要求，省应急管理局局长和X副省长在会上都作了强调。其次，这是我县安全形势的要求：去年一季度接连发生沿河“X”事故和我县“X”事故两起较大事故，今年一季度没有较大事故，大家的紧张情绪有所松动，但从前两个月的通报看，形势其实非常严峻。再次，这是对县乡两级政府和安全生产工作者执政为民的要求：保护国家、集体和群众的生命财产安全是根本目标，也是对上级、对自身工作负责的体现。省里通报的一些县两个月内接连发生几起较大甚至重大事故，损失严重，牵扯了政府和部门大量精力。
""",
    ),
    dict(
        name="fresh157_03_city_key_tasks_mobilisation_speech",
        source="https://www.dawenge.com/document/detail.html?id=442328",
        doc_kind="speech", partial=True,
        notes=["A city leader's speech at the city's 重点工作专项推进动员会 (seven task groups and five support groups). "
               "The site's '正文复制' button line was dropped; the title line is the page's own.",
               "No salutation; the opening paragraph ends with the lead-in '下一步…全市要从六个方面下功夫。' (not labelled).",
               "Only the first of the six points is visible, and the page ends on it: '第一，要攻坚克难抓落实，决不允许回避"
               "矛盾' (style 第一, level 1; requirements, guidance and measures accepted). It may be cut short in the "
               "source; it is kept as a bare heading, and no body was invented after it.",
               "Units: the two groups named as having given a good lead (招商引资和项目建设推进组, 资金保障组)."],
        units=["招商引资和项目建设推进组", "资金保障组"],
        text="""\
@T | 在全市重点工作专项推进动员会上的讲话
刚才，七个重点工作推进组和五个保障组的牵头领导分别部署了本年度的重点任务，目标已经清楚，能否落到实处，关键看各级干部的执行力。全省全市竞相发展，我们前有标兵、后有追兵，机遇和挑战并存；今年县区市级班子换届完成，新班子面对新任务，只有埋头苦干、在抓落实上胜人一筹，才能实现赶超，挺进全省十强县（市）。年初以来各专项推进组行动很快，招商引资和项目建设推进组及资金保障组带了个好头。下一步抓落实，全市要从六个方面下功夫。
@H1 sec=requirements alt=guidance,measures | 第一，要攻坚克难抓落实，决不允许回避矛盾
""",
    ),
    dict(
        name="fresh157_04_city_key_towns_push_meeting_speech",
        source="http://tkpao.com/wenmixiezuo/mishujichu/59473.html",
        doc_kind="speech", partial=True,
        notes=["A city leader's speech at the 重点镇、示范镇 construction push meeting called by the city government. The "
               "page title '领导在重点镇建设专题会发言' is kept as the title line; the breadcrumbs, the publisher/date line "
               "('发布人: 谜语网 发布时间:2015-06-30') and the '推荐阅读' blurb repeating the opening were dropped.",
               "Two levels: '一、统一思想，深刻认识重点镇、示范镇建设的重要意义' (why it matters: guidance; requirements and "
               "background accepted), then a run-in argument '第一，加快…，是落实科学发展观，促进经济社会全面协调可持续发展"
               "的需要。…' below it (level 2, inherits guidance). Here 第一 sits under 一、, unlike the speeches where "
               "第一， is the top level.",
               "The opening paragraph's own wording '顾名思议' (sic) belongs to the body and was rewritten. The page ends "
               "inside the body of 第一; nothing after it was invented."],
        units=[],
        text="""\
@T | 领导在重点镇建设专题会发言
同志们：
今天的会议是市政府决定召开的，是继XX年全市城镇暨社会主义新农村规划建设动员会之后，又一次专题研究城镇建设管理的重要会议。会标叫重点镇、示范镇推进会，是因为眼下正是两类镇建设的关键时期，要借这次会统一思想、推广经验、部署工作，掀起建设新高潮，把全市城镇建设推向新阶段。
到会的都是重点镇、示范镇建设管理的直接责任者和参与者，对当前形势、任务和时限要心中有数。所以这个会既是建设推进会，也是任务落实会，更是分解责任、明确时限、狠抓落实的督办会。
@H1 sec=guidance alt=requirements,background | 一、统一思想，深刻认识重点镇、示范镇建设的重要意义
加快重点镇、示范镇建设是我省经济工作的一项重大战略举措，也是市委、市政府“一主导三带动六突破”思路的重要内容，对统筹城乡发展、壮大县域经济、建设富裕文明和谐的新农村意义重大而深远。
@H2 alt=requirements,background | 第一，加快重点镇、示范镇建设，是落实科学发展观，促进经济社会全面协调可持续发展的需要。科学发展观的根本方法在于统筹兼顾。
""",
    ),
    dict(
        name="fresh157_05_town_economic_work_meeting_speech",
        source="http://xindetihuiya.com/xuexi/fayan/283862.html",
        doc_kind="speech", partial=True,
        notes=["A town party secretary's speech at the town's economic work meeting (吉昌镇, after the county's 三级干部"
               "大会). Title line kept; the '|来源:新高考网' line and the title repeated before the salutation were "
               "dropped. The town head's name (郭镇长) was dropped.",
               "'下面，我再强调几点意见。' stands on its own line: a lead-in, not labelled.",
               "'一、认清形势，把握大局，坚定和谐发展率先崛起的信心和决心' is a situation-and-confidence point: guidance "
               "(requirements and background accepted).",
               "Below it, a paragraph opens with '首先，必须对取得的成绩和今后的发展趋向有一个基本的估价。' — a discourse "
               "marker, labelled an item (level 2, inherits guidance).",
               "The source lost its years ('，是我们迎接挑战…的关键之。', '在新的一里'); the rewritten body reads '今年'. "
               "The page ends inside the 首先 paragraph."],
        units=[],
        text="""\
@T | 镇党委书记在镇经济工作会议上的讲话
同志们：
春风又绿吉昌大地。今天隆重召开全镇经济工作会，贯彻党的十七届三中全会和中央、省、市经济工作会议精神，以及县委十一届二次全会和县三级干部大会精神，回顾总结工作、表彰先进、树立典型，部署新一年任务，动员全镇干部群众统一思想、真抓实干，开创各项工作新局面。我代表镇党委、政府，向受表彰的先进集体和模范个人表示祝贺，向为全镇发展付出努力的广大干部群众和关心支持我们的老领导、老同志及社会各界表示敬意和感谢。
刚才，镇长代表镇党委、政府作了报告，既总结了全镇工作，又对今年的工作提出了新目标、新要求，这些都经过党委、政府反复研究，我完全同意，请大家认真落实。
下面，我再强调几点意见。
@H1 sec=guidance alt=requirements,background | 一、认清形势，把握大局，坚定和谐发展率先崛起的信心和决心
今年是迎接挑战、攻坚克难、实现全镇经济社会发展新跨越的关键之年，我们既面临新世纪以来最为严峻的挑战，又面对难得的历史机遇，必须科学分析、准确把握形势。
@I2 | 首先，必须对取得的成绩和今后的发展趋向有一个基本的估价。过去一年全镇上下奋力拼搏，经济社会保持了平稳较快发展，各项主要目标如期实现。
""",
    ),
    dict(
        name="fresh157_06_town_party_secretary_annual_meeting_speech",
        source="https://wnwk.com/doc/1524918.html",
        doc_kind="speech", partial=True,
        notes=["A town party secretary's speech at the town's annual work meeting, from a document-sharing site. The "
               "page marker '第1页共4页' is kept as debris (never labelled); an unrelated product keyword glued before "
               "the title ('环保抗震结构砖') was dropped as an ad, leaving the title line '镇党委书记讲话'.",
               "Two run-in points, each heading glued to its body after '。': '一、统一思想，充分认清当前形势' (guidance; "
               "requirements and background accepted) and '二、全力以赴，加快经济开展' (requirements; measures and goals "
               "accepted). The site rewrites 发展 as 开展 throughout ('加快经济开展'); headings keep it.",
               "'一是加快农业产业结构调整。' sits in the middle of 二、's line at the end of the page: not labelled. The "
               "damaged year '202223年' (for 2022) and the mismatched quote '…物质福利〞' are kept; the quote's "
               "attribution (a personal name) was dropped.",
               "The lead-in announces four points; only two are visible. The names of the two colleagues who reported "
               "were dropped."],
        units=[],
        text="""\
第1页共4页
@T | 镇党委书记讲话
同志们：
刚才，有关同志回顾总结了202223年全镇工作，部署了2023年工作，通报了去年全镇社会治安情况并安排了今年的治安工作；镇党委政府与各村签订了目标责任书，会议还表彰了一批先进集体和先进个人，我代表镇党委、镇政府表示热烈祝贺。下面，我就做好今年各项工作讲四点意见。
@H1 sec=guidance alt=requirements,background | 一、统一思想，充分认清当前形势。总体看，202223年全镇工作扎实有效，农民收入较快增长，重点工程和民生工程持续推进，新农村建设稳步实施，全镇安定团结。但农业收入结构单一，产业结构和思维方式还没有突破，受地域条件限制，多元化开展模式尚未形成，群众上访时有发生。今年是“十二五〞规划的开局之年，我们必须认清形势、抓住主要矛盾、加大工作力度，确保全年目标顺利实现。
@H1 sec=requirements alt=measures,goals | 二、全力以赴，加快经济开展。“一切空话都是无用的，必须给人民以看得见的物质福利〞，开展是硬道理。对我镇来说，加快农村经济开展、增加农民收入、改善生活条件仍是今后工作的重点。一是加快农业产业结构调整。
""",
    ),
    dict(
        name="fresh157_07_county_education_work_meeting_speech",
        source="http://cailiaogo.com/index/article/detail/detail_id/15734.html",
        doc_kind="speech", partial=True,
        notes=["A county party secretary's speech at the county education work meeting, after a poor year of 中考 and "
               "高考 results. Title line kept; the page's date/view-count line ('2021-10-07 23:33:08 223') and the "
               "repeated title were dropped.",
               "The lead-in '下面，我结合自己的一些想法，谈几点意见。' ends the opening paragraph (not labelled). Only the "
               "first point is visible: '一、坚定信心、提振精神' (guidance; requirements accepted), whose body recalls "
               "the county's educational history.",
               "Masking kept throughout ('xx', '19xx年', 'xx余人'); the names of historical figures born in the county "
               "(masked in the source) were left out of the rewritten body. The page ends in the middle of a sentence "
               "about a 20xx city meeting; that sentence was dropped."],
        units=[],
        text="""\
@T | 县委书记在全县教育工作会议上的讲话
同志们：
刚才，xx同志全面分析总结了我县今年的中高考情况。从这些数字看，我县教育已到了危机四伏、四面楚歌的非常时期，到了不狠抓不行、不大改不行的关键时刻。召开这次会议，就是要向全县人民传递一个强烈信号、亮明一个坚决态度：新一届县委、县政府高度重视教育，要把这项重大民生工程大抓特抓，不见起色誓不收兵。今天的会既是统一思想、鼓足干劲的动员会，也是开启xx教育大整顿大改革的部署会。下面，我结合自己的一些想法，谈几点意见。
@H1 sec=guidance alt=requirements | 一、坚定信心、提振精神
xx人杰地灵，文化底蕴深厚，是文化之乡、文风之地，历代人才辈出，这要归功于历史上教育的发达。19xx年，xx创办了第一座中学——xx中学，是xx省最早的中学之一；19xx年，xx被国务院命名为中国历史文化名城。上世纪90年代到2000年前后，xx的高中教育省内闻名，高考成绩名列全市前茅，文理学科均分还取得过全地区第一；xx中学、xx二中时有学生考入全国名校，据不完全统计有xx余人，周边县市的学生纷纷来这里就读。
""",
    ),
    dict(
        name="fresh157_08_bureau_staff_meeting_speech",
        source="https://www.gongwk.com/doc/440233.jhtml",
        doc_kind="speech", partial=True,
        notes=["A bureau head's speech at a meeting of all the bureau's staff, called early after incidents that "
               "damaged the staff's image. Title line kept; the site's cart/footprint links, the 'VIP 下载' buttons and "
               "the title repeated before the salutation were dropped.",
               "The points are worded '第一个方面是工作态度的问题。…' — a run-in sentence heading with the ordinal inside "
               "'第一个方面'; numbering literal '第一' (style 第一), text cut at the first '。'. Section kind "
               "requirements (guidance and problems accepted: the point criticises attitudes).",
               "Stray '*' marks in the source ('组织*全体干部职工参加', '*对我们来说', '*希望…') look like masking and are "
               "kept in the rewritten body. '现在开会。' opens the body paragraph.",
               "The lead-in announces three aspects; only the first is visible, and the page ends inside it."],
        units=[],
        text="""\
@T | 在全局干部职工大会上的讲话
同志们：
现在开会。这个会市局本来打算在本周内召开，组织*全体干部职工参加，但近两天发生的事情实在让人不可思议、无法容忍，严重损害了干部队伍的形象和我们一贯保持的优良作风。下面，结合当前干部队伍的现状，我讲三个方面的问题。
@H1 sec=requirements alt=guidance,problems | 第一个方面是工作态度的问题。“沉舟侧畔千帆过，病树前头万木春”，用来形容我们队伍当前的状态并不为过。换了位置未必就能变好，问题若出在自己身上，怎么折腾都是枉然；*对我们来说，工作态度就是根。同样的工作，有人抱怨不止，有人高效完成，差别就在态度，它最能看出一个人的格局、思维、抗压能力和耐力。投机取巧、浑水摸鱼的人，能力再强也难以走远；踏实靠谱、认真负责的人，即使天赋一般，也总有自己的一席之地。*希望在座各位好好反思一下自己对这份工作的态度。
""",
    ),
    dict(
        name="fresh157_09_county_school_safety_meeting_speech",
        source="http://6dgww.com/Article/9773652.html",
        doc_kind="speech", partial=True,
        notes=["The county education bureau head's speech at the county meeting on safety in primary and middle "
               "schools and kindergartens (a deputy county head speaks after him). An unrelated link line above the "
               "title ('邮政局局长年终工作总结大会上的讲话') was dropped as page debris; the title keeps full-width "
               "brackets '中小学（幼儿园）'.",
               "The date line '（2014年月日）' (month and day left blank in the source) and the two salutation lines "
               "'各位领导，' / '同志们：' are body lines, not labelled.",
               "The lead-in '下面，我就当前和今后做好学校安全工作讲以下几点意见：' ends the opening paragraph. One point is "
               "visible: '一、认清形势，清醒头脑，切实增强安全意识' (guidance; requirements accepted). The names of the "
               "bureau official who reported (育安) and of the deputy county head were dropped.",
               "The paywall line '（未完，全文共2819字，当前显示498字）' is kept as debris (never labelled); the following "
               "'(请认真阅读下面的提示信息)' line was dropped. The last visible sentence was cut short in the source; "
               "it was dropped."],
        units=[],
        text="""\
@T | 在全县中小学（幼儿园）安全工作大会上的讲话
（2014年月日）
各位领导，
同志们：
今天召开全县学校安全工作专项会议，目的是强化安全工作、促进教育和谐发展。教育是民生之基，而安全应是教育之基；学校安全年年讲、常常讲，但绝不是老生常谈，教育人没有任何资格麻痹大意。刚才，局长总结了2013年度学校安全工作，部署了2014年的任务，各学校负责人还与教育局签订了安全责任状；等一会儿，副县长还将作重要指示。下面，我就当前和今后做好学校安全工作讲以下几点意见：
@H1 sec=guidance alt=requirements | 一、认清形势，清醒头脑，切实增强安全意识
2013年，在全县教育工作者特别是分管安全的学校领导共同努力下，全县学校安全情况总体良好，认识统一、工作扎实，保障了教育事业健康稳定发展。但也要清醒看到，学校安全形势依旧严峻，各地影响重大的学校安全事件屡有发生，中小学、幼儿园险情不断。
（未完，全文共2819字，当前显示498字）
""",
    ),
]
