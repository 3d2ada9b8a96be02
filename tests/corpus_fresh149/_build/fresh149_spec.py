# -*- coding: utf-8 -*-
"""The 149th held-out fresh set: 工作要点 (annual and monthly key points) of
associations, a people's political consultative committee, a women's
federation, a provincial 关工委, a city government's organ party work, a
bureau's civilisation-building work and a university party committee's
monthly points for its branches.  Found as stored public web pages with the
`search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of another set (checked against every exclusion
list, used_sources.tsv and label file under /work/fresh*/ and
/work/main/tests/corpus_fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (file-name lines,
  upload blurbs, download metadata, date/view counters) was dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans, masking (*年, XX) and the
  damaged wording of a machine-spun page are kept.  Personal names were
  dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH149_DOCS = [
    dict(
        name="fresh149_01_county_science_association_2019_work_points",
        source="https://001doc.com/doc/548569.html",
        doc_kind="plan", partial=True,
        title_override="开江县科协2019年工作要点",
        notes=["A county association of science and technology (开江县科协) lists its 2019 key points, from a "
               "document-sharing site. The site's file-name line ('…工作重点2.docx') and upload blurb were dropped. "
               "The page delivered one run-together block cut into chunks whose markers '1、' '2、' '3、' stand at the "
               "chunk starts: '1、' before the title (title line kept with it, the title label leaves it out), '2、' "
               "and '3、' at the start of a line in the middle of a word ('全国科' / '2、普日', '充分发' / '3、挥'). These "
               "chunk markers are debris, never labelled.",
               "The title ran straight into the lead-in ('…工作要点2019年是…'); the block was split after the title "
               "and before 二、 (which followed the end of the '2、普日…' chunk).",
               "The three headings are glued to their bodies without punctuation ('一、提升全民科学素质水平全面实施…'); "
               "their texts are set by hand to the heading part. They are the task areas of the plan: goals, "
               "measures accepted.",
               "The page ends inside 三、's body on the chunk fragment '3、挥示范带头作用，支持'."],
        units=["县科协"],
        text="""\
@T | 1、开江县科协2019年工作要点
2019年是新中国成立70周年，也是全面建成小康社会、打赢脱贫攻坚战的关键一年。县科协以习近平新时代中国特色社会主义思想为指引，贯彻党的十九大精神，围绕县委、县政府中心工作落实科学素质纲要，履行“四服务”职责，增强科协组织的政治性、先进性、群众性，为开江建设达州东向出川、联动渝万对外开放合作门户城市和综合交通枢纽重要节点出力。
@H1 sec=goals alt=measures text=一、提升全民科学素质水平 | 一、提升全民科学素质水平落实科学素质行动计划纲要，加强科普宣传、科普信息化、阵地建设和青少年科技创新，把任务分解到各成员单位并督促落实。组织开展好全国科
2、普日、科普宣传月、科技活动周等活动，满足群众日益增长的科学文化需求。
@H1 sec=goals alt=measures text=二、提高科技工作者服务水平 | 二、提高科技工作者服务水平摸清全县科技工作者底数，建立科技工作者数据库平台，展示人才风采和创新成果；借助县教科局“科技扶贫在线系统”在线解答群众种养技术问题；发展农技协、科普小组等基层组织，壮大科普志愿者队伍，节假日走访慰问科技工作者代表并宣传其先进事迹。
@H1 sec=goals alt=measures text=三、推动科技助力脱贫攻坚 | 三、推动科技助力脱贫攻坚引导农技协充分发
3、挥示范带头作用，支持
""",
    ),
    dict(
        name="fresh149_02_city_cppcc_2021_work_points",
        source="https://51gongwen.com/doc/718.html",
        doc_kind="plan", partial=True,
        title_override="政协市委员会2021年工作要点",
        notes=["A city committee of the CPPCC (市政协, 襄阳) and its 2021 key points, from a document-sharing site "
               "that shows the PDF's text with its line breaks. The site's own title line and the document's title "
               "with PDF spaces ('政协市委员会 2021 年工作要点') are both title lines; the download metadata between "
               "them (VIP专免, date, size, page count, 海报, 侵权投诉) was dropped.",
               "PDF line breaks are kept: the lead-in is broken over three lines mid-word ('…社会主义现' / '代化…'), "
               "and the body of '2.' runs on the heading line and breaks mid-word ('民' / '主程序…'). The 总体要求 "
               "paragraph is body (as in dev05).",
               "The level-1 heading is unnumbered and broken over two lines by the PDF: '坚持党的全面领导，推动习近平新时代"
               "中国特色社会主义' / '思想植入灵魂'. Only the first line is labelled (text = that line); the second line "
               "is the continuation and is not labelled. Task area: goals, measures accepted.",
               "'1.' and '2.' are run-in task headings at level 2 ('1.' stands alone on its line, ending in 。). The "
               "page ends mid-word in 2.'s body ('…决策部')."],
        units=["市政协"],
        text="""\
@T | 政协市委员会2021年工作要点
@T | 政协市委员会 2021 年工作要点
2021 年是“十四五”规划开局之年，也是全面建设社会主义现
代化国家新征程的启航之年，人民政协肩负重任。今年市政协工作
的总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻中共十九大和十九届历次全会及中央经济工作会议精神，落实市委部署，把党的创新理论和政协制度优势转化为履职实效，担负“三个重要”政治责任，以高质量履职服务“一极两中心”建设，为湖北“建成支点、走在前列、谱写新篇”贡献襄阳力量，以优异成绩庆祝中国共产党成立100 周年。
@H1 sec=goals alt=measures | 坚持党的全面领导，推动习近平新时代中国特色社会主义
思想植入灵魂
@H2 | 1.推动党的创新理论成为引领各界的“思想基石”。
深化“书香政协”建设，把学习十九届五中全会精神同落实省委十一届八次全会、市委十三届十一次全会部署和履职需要结合起来，创新学习形式，严格述学、评学、考学，建设“善于读书、注重思考”的学习型组织。
@H2 | 2.确保党的决策部署在政协落地生根。依靠制度运行、民
主程序和有效工作，把党的主张及时转化为社会各界的共识和行动，使各级政协成为坚持和加强党的领导的重要阵地；发挥政协党组把方向、管大局、保落实的作用，坚决落实中共中央和省委、市委的决策部
""",
    ),
    dict(
        name="fresh149_03_city_womens_federation_year_work_points",
        source="https://1mishu.com/article/shuzhibaogao/dwzj/200902/112548.html",
        doc_kind="plan", partial=True,
        notes=["A city women's federation's key points for a year whose number is masked ('*年'; the city is 青岛 by "
               "its 妇女第十次代表大会). The site files it as a 妇联总结 sample, but the text is the year's work points "
               "(指导思想 paragraph, then numbered task areas), so doc_kind plan. The site's blurb was dropped; the "
               "page shows no title line, so title is null.",
               "The opening '*年全市妇女工作的指导思想和基本要求是：…' paragraph is body, like the 总体要求 paragraph of "
               "dev05; masking in the source ('*年', '党的*') is kept.",
               "（一） is one long run-in heading line; its text is cut at the first 。. The page ends mid-word "
               "('…示范基地的督')."],
        units=["市委组织部"],
        text="""\
*年全市妇女工作的指导思想和基本要求是：在市委领导下，以邓小平理论和“三个代表”重要思想为指导，贯彻党的*和十六届三中、四中全会精神，落实科学发展观；坚持“党政所急，妇女所需，妇联所能”的原则，一手抓发展、一手抓维权；围绕全市建设全国重点中心城市和世界知名特色城市的目标，落实上级妇联要求和青岛市妇女第十次代表大会确定的任务，动员妇女“学习新知识、创造新业绩、建设新生活”，打造“贴心娘家”服务品牌。
@H1 sec=goals alt=measures | 一、深入推进城乡妇女统筹发展，团结带领妇女积极参与经济建设
@H2 | （一）深化“巾帼科技致富工程”，为农村妇女增收致富提供服务。加大对农村妇女特别是贫困妇女的培训、示范和服务，推动她们参加“农民培训工程”，力争妇女占受训人员的比例不低于50%。联合市委组织部借助远程教育系统每月请专家一讲，并开设“网上课堂”传授农业新技术。继续为“巾帼致富上网室”捐助微机，*年争取新建60个并培训信息员；发挥巾帼科技指导队和乡镇妇联科技副主席作用，开展送科技下乡和结对帮扶；推进小额贷款项目并召开经验交流会。进一步加大对巾帼科技示范基地的督
""",
    ),
    dict(
        name="fresh149_04_provincial_guangongwei_2014_review_2015_points",
        source="http://scggw.org.cn/dongtai/4788.html",
        doc_kind="report", doc_kind_alt=["summary", "plan"], partial=True,
        notes=["The Sichuan provincial 关心下一代工作委员会 reports '2014年工作情况和2015年工作要点' to its superiors "
               "('现将…汇报如下'). Only the start of the 2014 review is visible; the 2015 key points named in the title "
               "are beyond the stored text. doc_kind report (a 汇报 looking back); summary and plan accepted, since the "
               "title also announces 工作要点.",
               "The page's title line carries the issuer after a space ('2014年工作情况和2015年工作要点 四川省关心下一代"
               "工作委员会'); the whole line is the title (spaces ignored). The site's date/view counter line was "
               "dropped.",
               "'1、学以致用，…取得初步成果。…' and '2、立德树人，…富有成效。…' are run-in headings (texts cut at the "
               "first 。) under 一、2014年工作情况 (achievements). The page ends mid-word in 2、's body ('以培育和践')."],
        units=["省关工委"],
        text="""\
@T | 2014年工作情况和2015年工作要点 四川省关心下一代工作委员会
2014年，省关工委在省委、省政府领导和中国关工委指导下，带领全省各级关工委学习贯彻党的十八大、十八届三中、四中全会和省委十届四次、五次全会精神，坚持“急党政所急、想青少年所需、尽关工委所能”的方针，围绕中心、服务大局，在教育、引导、关爱、保护青少年特别是“五失”青少年方面做了大量工作，受到各级党委、政府和社会各界肯定。现将2014年工作情况和2015年工作要点汇报如下。
@H1 sec=achievements | 一、2014年工作情况
@H2 | 1、学以致用，深入学习贯彻党的十八届三中、四中全会、习近平总书记系列重要讲话精神和省委十届四次、五次全会精神取得初步成果。省关工委举办三期专题学习会，组织市、州、县关工委负责人200多人集中学习，编发辅导材料并下发通知要求各地学习宣讲；各级关工委领导班子带头学、带头讲，通过学习会、报告会、交流会把精神传达到“五老”和青少年中，推动全省关心下一代工作创新发展。
@H2 | 2、立德树人，青少年思想道德教育工作富有成效。各级关工委把立德树人作为首要任务，以培育和践
""",
    ),
    dict(
        name="fresh149_05_city_government_organs_party_building_2026_points",
        source="https://www.gongwk.com/doc/579064.jhtml",
        doc_kind="plan", partial=True,
        notes=["The 2026 party-building key points of a city government's organs (市政府机关), from a document site "
               "that shows the PDF's text with its line breaks; the title line is the page's first line.",
               "The '…工作指导思想是：' paragraph is body (like dev05's 总体要求), broken by the PDF over five lines, "
               "one of them starting with the fragment '指导，…' and one ending mid-word ('完善责任体' / '系，…').",
               "一、 is a level-1 task area (goals, measures accepted); '1.坚定不移把党的政治建设摆在首位。' is a run-in "
               "heading at level 2 whose body continues on the same line and breaks mid-word ('讲政' / '治作为…').",
               "No responsible unit is named in the visible part (units empty). The page ends inside 1.'s body "
               "('不断提高')."],
        units=[],
        text="""\
@T | 2026年市政府机关党的建设工作要点
2026年市政府机关党的建设工作指导思想是：高举中国特色
社会主义伟大旗帜，以习近平新时代中国特色社会主义思想为
指导，贯彻党的二十大和二十届四中全会精神，落实中央和国家机关党的工作会议部署及省委要求，以党的政治建设为统领、以建设模范机
关为目标，坚持围绕中心、建设队伍、服务群众，深化理论武装，夯实基层基础，推进正风肃纪，完善责任体
系，为全面推进中国式现代化市域实践提供坚强政治保证。
@H1 sec=goals alt=measures | 一、突出政治统领，筑牢忠诚根基
@H2 | 1.坚定不移把党的政治建设摆在首位。坚持把旗帜鲜明讲政
治作为市政府机关党建的根本要求，引导党员干部认清党政机关首先是政治机关，在思想上政治上行动上同党中央保持高度一致。健全落实习近平总书记重要指示批示精神和党中央决策部署的全过程管理机制，制定政治要件落实督办工作细
则，形成“建立台账、专人盯办、会议研究、调研督查、现场核查、定期报告”的闭环流程。严格执行《关于新形势下党内政治生活的若干准则》，坚持重温入党誓词、入党志愿书和党员过“政治生日”等政治仪式，不断提高
""",
    ),
    dict(
        name="fresh149_06_bureau_2019_civilization_building_work_points",
        source="https://m.wenke99.com/p-5005535.html",
        doc_kind="plan", partial=True,
        notes=["A bureau's (全局, in the city's 生态环保系统) 2019 key points for 精神文明建设, from a document-sharing site "
               "whose text was machine-'rewritten': synonyms swapped (指点 for 指导, 特点 for 特色, 宣扬, 两个保护) and "
               "Chinese numerals turned into digits ('新1轮', '党的109大和109届2中、3中全会', '4个意识'); the leader's "
               "name is blanked to '_'. Heading lines keep this wording exactly; the rewritten bodies keep the damaged "
               "names and figures where they occur.",
               "The page is one run-together block: the title runs into the lead-in, and the level-1 heading runs "
               "into its first sub-point ('…社会主义思想1.坚持正确导向。'). It was split at these boundaries.",
               "Numbering: '1、' for the top level (where the original had 一、) and '1.' for the second level. The "
               "level-1 heading is a task area (goals; guidance and measures accepted). The page ends mid-word "
               "('…悟原理”主')."],
        units=[],
        text="""\
@T | 2019年精神文明建设工作要点
2019年是新中国成立70周年、全面建成小康社会的关键之年，也是新1轮精神文明创建承上启下的一年。全局精神文明建设要以_新时期中国特点社会主义思想为指点，学习贯彻党的109大和109届2中、3中全会精神，培育和践行社会主义核心价值观，深化文明创建，争创省级文明单位，为庆祝新中国成立70周年营造氛围，为新时期新XX建设提供精神动力和道德支持。
@H1 sec=goals alt=guidance,measures | 1、掌控精神文明建设工作正确方向，深入学习贯彻_新时期中国特点社会主义思想
@H2 | 1.坚持正确导向。把学习宣扬贯彻_新时期中国特点社会主义思想作为全局精神文明建设最根本的政治任务，用新思想武装头脑、指点实践；以文明创建为载体，加强理想信心教育和中国梦宣扬教育，树牢“4个意识”，坚定“4个自信”，做到“两个保护”，培养担当民族复兴大任的时期新人。
@H2 | 2.组织系统学习。组织全市生态环保系统学习_新时期中国特点社会主义思想、党的109大精神和109届2中、3中全会精神，展开“读原著、学原文、悟原理”主
""",
    ),
    dict(
        name="fresh149_07_university_party_branch_march_key_points",
        source="https://m.wwwvietfun.com/2017/0308/c10946a165677/page.htm",
        doc_kind="plan", partial=True,
        notes=["A university party committee's points for its branches' organisational life in March 2017 (what to "
               "study, what to do, what to read): a short monthly 要点 with three parts. The page shows no title "
               "line (title null).",
               "Under 一、理论学习 the two reading titles are items. The first, '1.2017年政府工作报告；', puts a year right "
               "after '1.' (numbering set by hand to '1.', since '1.2017' also reads as a decimal). The names of the "
               "party secretary and the president in item 2 and of the author in 三、's item 3 were dropped.",
               "Under 二、组织活动 the two points are run-in headings (texts cut at the first 。). The meeting dates "
               "3月3日 / 3月5日 are event dates in a body, not phases.",
               "Under 三、视点关注 the three references are items (other), each followed by its URL on a line of its own "
               "(body, kept as the page shows them). Kinds: 理论学习 goals (other accepted), 组织活动 goals (measures "
               "accepted), 视点关注 other."],
        units=["各基层党支部"],
        text="""\
@H1 sec=goals alt=other | 一、理论学习
@I2 num=1. | 1.2017年政府工作报告；
@I2 | 2.党委书记、校长在新学期工作会上的讲话。
@H1 sec=goals alt=measures | 二、组织活动
@H2 | 1.认真学习贯彻2017年“两会”精神。全国政协十二届五次会议和十二届全国人大五次会议分别于3月3日、3月5日在北京开幕。今年既是全面深化改革向纵深推进的关键一年，又逢党的十九大召开，两会备受关注。各基层党支部要通过专题学习、热点讨论、心得分享等方式，组织党员关注两会进展、学习两会精神。
@H2 | 2.做好支部组织生活年度计划。各基层党支部要对照教育部巡视反馈意见，总结2016年组织生活开展情况，依据学校巡视整改方案和学校工作要点，结合支部实际制定2017年组织生活全年计划；以增强党性、提高素质为重点，构建党员经常性学习教育体系，通过组织生活加强交流、统一思想、凝聚共识、增强活力。
@H1 sec=other | 三、视点关注
@I2 | 1.统筹推进世界一流大学和一流学科建设实施办法（暂行）（教育部 财政部 国家发展改革委，2017年1月24日）
http://www.moe.edu.cn/srcsite/A22/moe_843/201701/t20170125_295701.html；
@I2 | 2.教育部2017年工作要点（教育部，2017年2月14日）
http://www.moe.edu.cn/jyb_xwfb/moe_164/201702/t20170214_296203.html；
@I2 | 3.用好组织生活这个经常性手段（《求是》，2017年2期）
http://www.qstheory.cn/dukan/qs/2017-01/13/c_1120305213.htm。
""",
    ),
]
