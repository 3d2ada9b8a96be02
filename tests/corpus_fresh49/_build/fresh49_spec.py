# -*- coding: utf-8 -*-
"""The forty-ninth held-out fresh set: SPEECHES AND DUTY REPORTS given at
meetings.  Leaders' speeches (讲话 at work meetings, 调度会, 表彰大会, 全会,
述职会议, 推进会) by county, district, city and township leaders, a company
and a company party secretary, and two school principals' 述职报告, with the
title blocks and openings real writers have: a site title above the
document's own title, a bracketed date line under the title, the speaker's
post and (masked) name under a slogan-like headline, salutation lines
(同志们： / 尊敬的各位领导、各位同仁：), lead-ins (下面，我讲四点意见。), points
numbered 一、 / 第一， / 第一点 / 一是, an unnumbered sub-point and a heading
glued to its body.  Found as stored public web pages with the `search`
tool's `pages` corpus (log in notes_queries.txt).  None of the source pages
is a source of the label files and URL lists checked (see
/work/fresh49/used_sources.tsv and the README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs and 导语, collection titles, sample numbers,
  contact lines) was dropped; paywall lines and a site footer a user would
  paste along are kept and never labelled.
- Heading, title, date and post lines keep the source's numbering, wording
  and punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and quotations and the
  masking found in the source are kept.  Personal names were dropped or
  masked (XXX).

Marker syntax: see fresh_build/build.py.
"""

FRESH49_DOCS = [
    dict(
        name="fresh49_01_county_secretary_education_conference_speech",
        source="https://huaboedu.com/news/136474.html",
        doc_kind="speech", partial=True,
        notes=["A county party secretary's speech at the county education conference. Title line, then the bracketed "
               "date line '（2025年03月13日）' (body, not a title line and not a heading); the salutation runs into the "
               "first paragraph ('同志们，今天召开…') as on the page.",
               "The lead-in '…现将有关想法整理为三个方面' is body. The only visible point '一、过往的成绩值得肯定' reviews "
               "past results: kind achievements (requirements accepted, the points of a speech).",
               "A sports example in the source named an athlete; the name was dropped, the two record times kept. The "
               "page ends with '……' and the site's paywall line ('预览结束，…请扫码联系老师！'), kept unlabelled."],
        units=[],
        text="""\
@T | 县委书记在教育工作大会上的讲话
（2025年03月13日）
同志们，今天召开全县教育工作大会，目的是贯彻新时代中国特色社会主义思想和党的二十届三中全会精神，全面分析我县教育现状，科学谋划下一步发展。结合大家的发言和调研中的思考，我把想法归纳为三个方面，供参会同志参考。
@H1 sec=achievements alt=requirements | 一、过往的成绩值得肯定
回看x县教育的发展历程，x年是一个阶段性高峰：全省高考前x名中x一中占了x人，考入清华、北大的学生达到x个，树起了全省的标杆。此后成绩虽有起伏，总体仍稳在全市中等偏上，这本身就难能可贵。
事物发展总是螺旋上升，不可能一直停在顶峰。体育竞技里也有先以13秒02打破纪录、经历低谷后又以12秒88再破纪录的例子，一时回落并不等于失败，而是在积蓄力量。
更重要的是，x县教育积累了宝贵经验和坚实基础，既是今后提升质量的支撑，也为解决眼下的问题提供……
预览结束，免费获取全文或定制代笔此类文章，请扫码联系老师！
""",
    ),
    dict(
        name="fresh49_02_township_cadre_meeting_speech",
        source="https://yunko.cn/doc/cpx70eel3o",
        doc_kind="speech", partial=True,
        notes=["A township party secretary's speech to town and village cadres after the county's 三级干部大会 (the page "
               "starts with the salutation; no title line, so title is null). Superiors are masked in the source "
               "('xxx书记', '县委x书记', 'x县长') and kept so; figures are masked 'XX', 'X', 'XXX'.",
               "'今天，我主要讲三个方面：' is a lead-in. '一、从“上下左右”四大维度来看，既看今年也看明年。' is the first point "
               "(a heading line ending in '。'); kind requirements (achievements and guidance accepted: it reviews this "
               "year and looks at the next).",
               "Under it, '上看一年，一二三四五，扳起指拇数，我们全面复盘。' is an unnumbered sub-point on a line of its own "
               "(the first of the four dimensions 上下左右), labelled a level-2 heading, kind achievements (requirements "
               "accepted). The '第一张…第二张…' inside the next paragraph are not labelled. The page ends inside that "
               "paragraph ('…接待县')."],
        units=[],
        text="""\
同志们：
今年，xxx书记要求我们“圆满收好官、科学谋好篇”，县委x书记要求我们“当知行合一的奋斗者、做止于至善的实干家”，县政府x县长要求我们“把心思和精力凝聚到狠抓落实上来”。上级的要求就是方向，上级的部署就是任务，全体镇村干部要做到“开会初学领导讲话、专题研究领导报告、全面落实领导指示”，把全县三级干部大会精神变成全年工作的行动指南。
今天，我主要讲三个方面：
@H1 sec=requirements alt=achievements,guidance | 一、从“上下左右”四大维度来看，既看今年也看明年。
总结过去一年，是为了更好地出发、把效能发挥到最大。20xx年，我们遇山一起爬、见沟一起跨，干部状态好、群众斗志高，我代表党委、政府向大家表示感谢！
@H2 sec=achievements alt=requirements | 上看一年，一二三四五，扳起指拇数，我们全面复盘。
盘点全年大事，我用X张报表来算账。年度考核报表上，全年考核总分突破XX分，在乡镇二组排第X名并获优秀表彰，民调从上半年的XX名升到第X名；发展数据报表上，全镇市场主体达XXX家，招商引资完成XX亿元，扶贫车间达XX家，财政支出突破XX亿元；战贫战役报表上，核查返乡人员XXX人，救治X名确诊病例，贫困户XXX户XXX人全部脱贫，战疫、战贫、战复工三战告捷；对外形象报表上，电商直播间、轨道车、xx村等被中央媒体报道X次，全市舆情信息现场会、全县“四访四议”等现场会在我镇召开，接待县
""",
    ),
    dict(
        name="fresh49_03_county_rectification_dispatch_meeting_speech",
        source="https://www.gongwenku1.com/index.php?id=54757",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a dispatch meeting (工作调度会) on the county's rectification of six kinds of "
               "problems (违规吃喝, 公款旅游, 酒驾醉驾, 营商环境“中梗阻”, 矿产资源领域“风腐责” …). The page starts with the "
               "salutation; no title line, so title is null.",
               "The lead-in '…我再讲三点意见。' closes the opening paragraph. Only the first point is visible: "
               "'一、深化思想认识，从政治和全局高度把握重拳整治的极端重要性', kind requirements (guidance, measures accepted)."],
        units=[],
        text="""\
同志们：
今天召开这次工作调度会，主要是贯彻中央、省委和市委关于全面从严治党、加强作风建设的最新部署，听取我县重拳整治六个方面突出问题的进展，分析形势、研究难点，对下一阶段工作再动员、再安排、再压实。刚才几个牵头单位汇报了成绩、问题和打算，我都同意。下面，结合大家的发言和前期调研，我再讲三点意见。
@H1 sec=requirements alt=guidance,measures | 一、深化思想认识，从政治和全局高度把握重拳整治的极端重要性
对违规吃喝、违规收送礼品礼金、借调研培训等名义公款旅游、酒驾醉驾、营商环境“中梗阻”、矿产资源领域“风腐责”这六个方面突出问题开展重拳整治，是县委反复研究、慎重作出的重大决策，既不是一时兴起，也不是权宜之计。全县各级党组织和党员干部要站在政治和全局的高度，领会其中的深远考量和现实紧迫性。
""",
    ),
    dict(
        name="fresh49_04_company_may_day_commendation_speech",
        source="https://qingsongxiezuo.com/167700.html",
        doc_kind="speech", partial=True,
        title_override="在五一劳动节表彰大会上的讲话",
        notes=["A company leader's speech at its May Day commendation meeting (劳模 and 先进工作者; '国有企业改革深化提升"
               "行动'), from a writing site. Two title lines, as on the page: the site's title '2024年在五一劳动节表彰大会上"
               "的讲话' and the document's own '在五一劳动节表彰大会上的讲话'; the label takes the document's own title and "
               "marks both as title lines.",
               "The lead-in '下面，我讲几点意见。' ends the second paragraph. Only the first point is visible: "
               "'一、劳模精神，激励干部职工成长成才', kind requirements (guidance, measures accepted). The masked "
               "'***总书记' and the quotation are kept.",
               "The page ends with the site's paywall line '............试读结束............', kept unlabelled; the "
               "contact line and the site's name after it were dropped."],
        units=[],
        text="""\
@T | 2024年在五一劳动节表彰大会上的讲话
@T | 在五一劳动节表彰大会上的讲话
在2024年“五一”国际劳动节来临之际，我们在此集会，庆祝劳动者的节日，表彰公司各领域涌现出的劳动模范和先进工作者。我代表公司向受表彰的同志致以崇高敬意，并通过你们向奋战在各个岗位的广大职工致以节日问候和衷心感谢。
2023年，面对经济下行和经营业绩下滑的压力，广大干部职工齐心协力，圆满完成了全年业绩指标。2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年，也是国有企业改革深化提升行动落地实施的关键之年，对公司来说是承上启下、纵深改革的攻坚之年。希望大家以身边的劳模为榜样，主动担当、踏实履职，为公司高质量发展再立新功。下面，我讲几点意见。
@H1 sec=requirements alt=guidance,measures | 一、劳模精神，激励干部职工成长成才
党和国家历来高度重视劳动模范工作，多次就弘扬劳模精神、关心关爱劳模作出重要指示。***总书记强调：要高度重视技能人才工作，大力弘扬劳模精神、劳动精神、工匠精神，激励更多劳动者特别是青年一代走技能成才、技能报国之路。国有企业肩负科技强国、制造强国的使命，人才是兴企兴业的关键，我们要贯彻尊重劳动、尊重知识
............试读结束............
""",
    ),
    dict(
        name="fresh49_05_primary_school_principal_duty_report",
        source="https://tcysjy.com/xuexiao/xuexiaoshuzhi/9430.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('小学学校校长述职报告范文锦集八篇'): a central school principal's "
               "annual 述职报告 ('xx中心校20xx年'). The collection title and the site blurb were dropped; the sample "
               "heading '小学学校校长述职报告 篇1' is kept as the title without its sample number.",
               "Salutation lines '尊敬的各位领导、各位同仁：' and '大家好！' and the lead-in are body. The headings keep the "
               "page's space after the numbering ('一、 以“三公”为原则，创建一个好班子'). What the principal did is kind "
               "achievements; under 二、 the run-in '1、热情关心师生的思想、工作、学习和生活，为教职工办实事、办好事。…' is a "
               "level-2 heading.",
               "The page hides the rest behind its paywall marker inside that line ('9月10日，我们大家 ……此处隐藏20613个字……'), "
               "kept at the line end and not labelled. The text the page shows after the hidden part belongs to a later "
               "sample of the collection and was dropped."],
        units=["xx中心校"],
        text="""\
@T | 小学学校校长述职报告
尊敬的各位领导、各位同仁：
大家好！
回顾一年来的学校工作，既是自我激励、自我加压，也是一次理性思考，更是接受局领导指导和支持的好机会。现将xx中心校20xx年的工作分几个方面汇报如下，请各位领导、各位同仁批评指正。
@H1 sec=achievements | 一、 以“三公”为原则，创建一个好班子
“一个好的班子，意味着一所好的学校。”我们坚持公正、公平、公开，从班子制度建设入手推进廉政建设和依法行政；凡重大问题都集体讨论决定，用人、用钱和教师权益都从学校发展和教师利益出发；班子成员开诚布公、当面交流，不利于团结、不利于解决问题的话不说。
@H1 sec=achievements | 二、 以“服务”为根本，树立学校班子形象
@H2 | 1、热情关心师生的思想、工作、学习和生活，为教职工办实事、办好事。今年3月8日，学校自筹3000元表彰了全镇15名优秀女教师；5月份从工会经费中拿出5000元，办成了全镇教师运动会；9月10日，我们大家 ……此处隐藏20613个字……
""",
    ),
    dict(
        name="fresh49_06_central_primary_principal_duty_report",
        source="https://m.wenke99.com/p-5425142.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample ('校长述职报告1') of a document-sharing page '中心小学校长述职报告' that arrived as one "
               "run-together block; it was split into lines at the title, salutation and paragraph boundaries. The page "
               "title and the site's blurb on what a 述职报告 is were dropped; the sample heading is kept as the title "
               "without its number. The school's name is masked in the source ('_小学') and kept so.",
               "The store lost the break after the heading: '一、继续夯实学校文化建设，丰富学校文化的具体内涵努力探索学校文化"
               "培养有效的方法、途径和抓手。…' runs the heading into the first sentence of its body without punctuation. Kept "
               "so; the heading text was set by hand to '一、继续夯实学校文化建设，丰富学校文化的具体内涵'. Kind achievements.",
               "The salutation '尊敬的领导：' and the lead-in '现对今年的工作述职如下。' are body. The page ends inside 一、 "
               "('…为学校内涵')."],
        units=[],
        text="""\
@T | 校长述职报告
尊敬的领导：
今年的工作快要结束了。我是带着对教育事业的一腔热情到_小学任职的，常常追问自己：什么是真正的教育？办怎样一所学校才能实现真正的教育？正是这些追问让我的工作更有意义，也让我觉得在这所校园里工作是一种幸福。现对今年的工作述职如下。
@H1 sec=achievements text=一、继续夯实学校文化建设，丰富学校文化的具体内涵 | 一、继续夯实学校文化建设，丰富学校文化的具体内涵努力探索学校文化培养有效的方法、途径和抓手。学校文化是学校发展的灵魂，体现全体成员共同的价值追求和行为准则。_小学在“和谐温馨、科学规范、实践创新”的文化建设目标上继续深化：从第一年的办学理念和目标，到第二年的培养目标和学风目标，再到今年确立教风和校训，学校发展方向更加明确，为学校内涵
""",
    ),
    dict(
        name="fresh49_07_town_mayor_agriculture_meeting_speech",
        source="https://wenku.docs.qq.com/detail?docId=piiHqomg2x",
        doc_kind="speech", partial=True,
        notes=["A town mayor's speech at the town's agricultural work summary meeting (08/09, after the 2008 snow "
               "disaster, the Wenchuan earthquake and floods), from a document-library page: its preview snippet (the "
               "opening repeated and cut off) was dropped; the document, which the page ran together with its title "
               "and salutation in one block with PDF spacing, was split into lines. The colleague named in the source "
               "('刚才，…同志') was left unnamed.",
               "Lead-in '下面，我代表党委、政府对同志们提三点希望：' is body. The first point '一、正视成绩，认清形势，找准农业"
               "工作的痛点和难点' reviews the year's results: kind achievements (requirements and problems accepted).",
               "After '呈现出以下几个亮点：' the first highlight '农业综合开发土地整治项目首次落户我镇，…零的突破。' is an "
               "unnumbered statement on a line of its own: labelled an item at level 2. The library's footer '精品办公范文集锦' "
               "is kept as the last line, unlabelled."],
        units=[],
        text="""\
@T | 镇长在农业工作总结会上的讲话
同志们：
即将过去的20XX年，是我镇解放思想、凝心聚力、加快发展的一年，也是破除万难、创新机制、农业工作取得突破性进展的一年。
今天召开全镇农业工作会议，目的是学习贯彻党的十七届三中全会、区委九届五次全委会和经济工作会议精神，总结08年全镇农业工作，分析形势、理清思路，部署09年农业工作。刚才，分管同志已全面客观地总结了今年的农业工作，并对明年工作作了安排部署。下面，我代表党委、政府对同志们提三点希望：
@H1 sec=achievements alt=requirements,problems | 一、正视成绩，认清形势，找准农业工作的痛点和难点
今年是多灾之年，年初的冰雪灾害、汶川大地震和特大洪涝灾害严重损毁了我镇基础设施，给农业工作带来巨大压力；但在全镇上下共同努力下，农业工作仍取得可喜成绩，呈现出以下几个亮点：
@I2 | 农业综合开发土地整治项目首次落户我镇，实现了我镇农业综合开发历史上零的突破。项目总投资270万元，修建了便民路、蓄水池、路带沟、沉沙凼、连户便道，切实改善了林地村群众的生产生活条件。
精品办公范文集锦
""",
    ),
    dict(
        name="fresh49_08_city_secretary_plenary_closing_speech",
        source="http://www.bkxgs.com/gongwenfanwen/2021/1017/11462.html",
        doc_kind="speech", partial=True,
        title_override="市委书记在2021年市委全会闭幕时的讲话",
        notes=["A city party secretary's speech at the close of a plenary session of the city committee (its '十四五' "
               "建议). Two title lines as on the page: the site's title '市委书记2021年市委全会闭幕时讲话' and the "
               "document's own, with PDF spacing, '市委书记在 2021 年市委全会闭幕时的讲话'; the label takes the "
               "document's own title (spaces removed) and marks both as title lines. The posting line was dropped.",
               "The masks 'X 委 X 届 X 次全会', 'XXX', 'XX' are kept with their spacing. '下面，我讲四点意见。' is a "
               "lead-in line; the first point '第一，发展思路要清晰' stands on its own line (numbering '第一', style 第一), "
               "kind requirements (guidance, measures accepted). The quotation under it is kept; the page ends inside "
               "that paragraph ('…就会带来')."],
        units=[],
        text="""\
@T | 市委书记2021年市委全会闭幕时讲话
@T | 市委书记在 2021 年市委全会闭幕时的讲话
同志们：
X 委 X 届 X 次全会即将完成全部议程、胜利闭幕。会议期间，大家观摩了重大项目建设，听取讨论了 X 委常委会工作报告、党的建设工作专题报告和落实全面从严治党主体责任情况报告，审议通过了《中共XXX委关于制定XXX国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》。这是一次承上启下、凝聚共识、鼓舞干劲的大会。
全会通过的《建议》既延续了过去的好思路、好做法，又提出了新目标、新举措，为新时代 XX 高质量跨越发展描绘了蓝图。“九层之台，起于累土；千里之行，始于足下。”定了目标不等于实现目标，部署了任务不等于完成任务，必须下足真功夫，把全会部署落到实处。
下面，我讲四点意见。
@H1 sec=requirements alt=guidance,measures | 第一，发展思路要清晰
思路决定出路。习近平总书记指出：“一个地方的发展，关键在于找准路子、突出特色。欠发达地区抓发展，更要立足资源禀赋和产业基础，做好特色文章，实现差异竞争、错位发展。”历史经验表明，有什么样的思路就会带来
""",
    ),
    dict(
        name="fresh49_09_company_party_secretary_second_venture_speech",
        source="https://www.ce2293.com/magazine/detail/3879",
        doc_kind="speech", partial=True,
        notes=["A company party secretary's mobilisation speech to the staff of 宝钢集团企业开发总公司 (1995), as printed "
               "in the journal 上海集体经济. The site's navigation, the repeated page title and the issue and editor "
               "lines were dropped. The slogan-like headline '振奋精神 转变观念 搞好第二次创业' (with its spaces) is the "
               "title; the post line under it keeps the post and masks the speaker's name ('XXX'): body, not a heading.",
               "The quoted slogan '抓住机遇，苦练内功，深挖潜力，二次创业' is kept. The first point '第一，要树立更强烈的危机感"
               "和紧迫感' stands on its own line, kind requirements (guidance, measures accepted). Its body enumerates "
               "'一是…五是…' inside one paragraph, as on the page: not labelled. The page ends inside 五是 ('…资源越')."],
        units=[],
        text="""\
@T | 振奋精神 转变观念 搞好第二次创业
宝钢集团企业开发总公司党委书记  XXX
今年是上海实现新的三年大变样的第一年，是宝钢达到世界一流企业目标的决胜年，也是企业开发总公司“抓住机遇，苦练内功，深挖潜力，二次创业”的起步年。完成今年的目标关键靠自己，全体职工要振奋精神、团结一致、艰苦创业，在新形势下把总公司建成适应社会主义市场经济和现代企业制度要求的新兴企业。
@H1 sec=requirements alt=guidance,measures | 第一，要树立更强烈的危机感和紧迫感
1994年总公司在市场条件不理想的情况下完成了各项经济指标，但这不等于从此可以高枕无忧，困难还很多。一是人员多，人才少，员工已达一万四千人，各类专业人才却很少，企业多是小打小闹；二是摊子大、规模小，下属公司有160来个，像样的屈指可数；三是项目杂、发展后劲小，新发展的几十个企业大多不配套；四是行当多、拳头产品少，品牌和质量差距还大；五是资源缺、资金少，生产资源基本来自宝钢，随着（集团）公司的技术改造，可供我们用的资源越
""",
    ),
    dict(
        name="fresh49_10_township_branch_secretaries_review_speech",
        source="https://wydbw.com/info/5/363016.html",
        doc_kind="speech", partial=True,
        notes=["A township party secretary's speech at the meeting where the village, community and town-unit party "
               "branch secretaries report on their party-building work (述职会议). The page is one block of paragraphs "
               "separated by spaces; it was split into lines at those boundaries. No title line, so title is null.",
               "'首先，我要对各位支部书记的述职表示充分的肯定。…' opens a paragraph with a discourse marker: labelled an item "
               "(style 首先) at level 1. '回顾一年来的党建工作，我认为主要有以下几个方面的特点：' is a lead-in.",
               "The points are line-initial run-in headings '一是党建责任落得实，重视程度显著提高。…' and '二是…' (style 一是), "
               "level 1; they review the branches' year: kind achievements (requirements accepted). The page ends inside "
               "二是 ('…党员队伍建')."],
        units=[],
        text="""\
同志们：
按照县委的统一要求和镇党委的具体安排，今天召开基层党支部书记抓党建工作述职会议，听取各村、社区和镇直单位党支部书记一年来抓党建工作的述职，总结成绩、查找不足、明确方向，推动全镇党建工作迈上新台阶。这次述职既是对各位支部书记一年工作的全面检验，也是相互学习、相互启发的机会。
@I1 sec=achievements alt=requirements | 首先，我要对各位支部书记的述职表示充分的肯定。大家准备充分，述职内容全面实在，既讲成绩又摆问题，提出的改进措施和明年思路切实可行，说明支部书记们在党建工作上下了真功夫，成效较为明显。
回顾一年来的党建工作，我认为主要有以下几个方面的特点：
@H1 sec=achievements alt=requirements | 一是党建责任落得实，重视程度显著提高。各位支部书记把党建当作“主业”来抓，履行第一责任人职责，亲自部署、亲自检查、亲自落实；通过健全党建工作责任制层层传导压力，形成上下联动、齐抓共管的局面，并定期研究党建工作、及时解决问题。
@H1 sec=achievements alt=requirements | 二是基础工作做得细，规范化水平不断提升。各支部严格执行“三会一课”、组织生活会、民主评议党员等制度，规范做好党员教育管理、发展党员和党费收缴；党员活动阵地的设施和活动内容都有改善，党组织的凝聚力和战斗力明显增强。同时，各支部还注重加强党员队伍建
""",
    ),
    dict(
        name="fresh49_11_district_fourth_quarter_economy_speech",
        source="https://m.wydbw.com/show.asp?Id=374447",
        doc_kind="speech", partial=True,
        notes=["A district leader's speech at a meeting on the fourth quarter's economic work ('全力攻坚三季度，为决战四季度、"
               "决胜全年度'). The page starts with the salutation; no title line, so title is null.",
               "The lead-in '…我这里强调几点意见：' ends the opening paragraph. '一、坚持问题导向，扭住关键节点，不遗余力抓好落实' "
               "is a level-1 point, kind requirements (guidance, measures accepted); under it the run-in '（一）认清形势，坚定"
               "信心。…' is level 2. The page ends inside （一） ('…把思想')."],
        units=[],
        text="""\
同志们：
今年以来，全区落实党中央及省、市经济工作会议精神，围绕全年目标全力扩投资、促消费、提信心、稳增长，前三季度经济运行平稳向好，主要指标延续了良好增长态势。眼下正值三季度收尾、四季度开端，年度工作即将进入最后冲刺，必须全力以赴拼经济、保增速：坚持问题导向、目标导向、结果导向，相关部门加强运行调度，按企业规模和行业特点做好服务保障，支持重点项目尽快开工，扶持企业上规入统，全力攻坚三季度，为决战四季度、决胜全年度打下坚实基础。结合刚才对四季度经济工作的具体安排，我这里强调几点意见：
@H1 sec=requirements alt=guidance,measures | 一、坚持问题导向，扭住关键节点，不遗余力抓好落实
党的二十届四中全会召开在即，“十四五”收官在即，抓好当前经济工作、统筹发展和安全至关重要。全区各部门要把思想和行动统一到党中央及省委、市委、区委的部署上来，紧扣重点任务，对产业支撑、项目支撑心中有数，对推进办法、应对举措手中有招，以实干实绩推动各项部署落地见效。
@H2 | （一）认清形势，坚定信心。今年以来，全区上下全力稳增长、强科技、壮产业、防风险、惠民生，实现了一季度“开门红”和上半年“双过半”，交出了一份增长好、后劲足、转型快、质效优、民生实的成绩单。我们要切实把思想
""",
    ),
    dict(
        name="fresh49_12_city_mayor_industrial_park_meeting_speech",
        source="https://taoshengbi.com/fanwendaquan/tuopingongjian/21065.html",
        doc_kind="speech", partial=True,
        notes=["A city mayor's speech at the city committee's push meeting on industrial parks, given before the party "
               "secretary's speech ('在书记讲之前，我想讲几点自己的体会。'). The site's login links, breadcrumb, posting "
               "line and 小编 blurb and the repeated page title were dropped; the document's title is kept once. "
               "Colleagues are masked in the source ('X同志') and kept so.",
               "The first point is a run-in '第一点体会，越是困难的时候，越要坚定信心。…' (numbering '第一点', style 第一), "
               "level 1, kind requirements (guidance, measures accepted). The page ends inside it ('…现')."],
        units=[],
        text="""\
@T | 市长在市委园区攻坚推进会议上讲话
同志们：
刚才，X同志作了一个很好的工作报告，肯定了成绩，指出了问题，分析了形势，对下一阶段园区工作提出了明确要求，请大家认真抓好落实；等一下X同志还要作重要讲话。市委、市政府用两天时间召开这样高规格的大会，就是要在全社会造势，把X经济社会发展的短板补齐：交通基础设施、外向型经济、园区建设、项目推进，这些是X的短板，也是X人民的期盼，更是X在新起点上提升高度的着力点。在书记讲之前，我想讲几点自己的体会。
@H1 sec=requirements alt=guidance,measures num=第一点 | 第一点体会，越是困难的时候，越要坚定信心。实体经济不景气、下行压力大是客观存在的，速度换挡、动力转换、结构优化已成新常态。越是这样，越要靠信心，这个时候信心比黄金更重要；不抱团取暖、不坚定信心，事业不可能发展。现
""",
    ),
]
