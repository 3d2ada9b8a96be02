# -*- coding: utf-8 -*-
"""The 152nd held-out fresh set: 实施方案 and 工作计划 written by or for
villages, a sub-district's communities, a county hospital, a community
residents' committee and a company trade union, chosen for their 组织领导 /
工作机构 parts and for unnumbered or oddly numbered headings.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, query log, exclusion list and
used_sources.tsv under /work/main/tests/corpus_fresh*/ and /work/fresh*/
when each page was chosen).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site blurbs, collection titles and
  sample numbers were dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph, and the body part of every run-in heading and item
  line, is rewritten in our own words and shortened.  Dates, figures, unit
  and place names and masking are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH152_DOCS = [
    dict(
        name="fresh152_01_village_environment_governance_scheme",
        source="https://m.ruiwen.com/fangan/6283185.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["First sample ('篇1') of a collection page: a village's scheme (太平村) for cleaning up the village "
               "environment under the 美好乡村 programme. The sample header '乡村治理村级实施方案 篇1' is kept as the "
               "title line without the site's sample number; the site's date line and blurb were dropped.",
               "The source names the village 太平村 in the opening and 山门村 inside 一、指导思想 (an inconsistency of "
               "the source, both names kept in the rewritten body).",
               "二、整治重点及目标 is goals; its first task '（一）清理垃圾。…' is a run-in heading (level 2, measures "
               "accepted). The page ends inside this task ('合理配置垃'); the rewritten body stops at the last complete "
               "sentence, nothing after it was invented.",
               "No lead unit is named in the visible part (the 镇美好办 only issues requirements), so units is empty."],
        units=[],
        text="""\
@T | 乡村治理村级实施方案
为改善村庄环境卫生和居住条件、提升太平村美好乡村建设水平，依据镇党委、政府的有关文件和镇美好办的要求，结合太平村实际，制订本方案。
@H1 sec=guidance | 一、指导思想
以党的十八大精神为指导，围绕“率先小康、生态文明、人民幸福”的主题，按“镇指导、村实施、干部联动、群众参与”的方式统筹规划、综合治理；以提高群众环卫意识为引领，以改善生产生活环境为目标，以建立长效管理机制为保障，加大村里环卫人力、物力和配套设施投入，形成人人动手、户户参与的局面，为山门村美好乡村建设提升工程打下基础。
@H1 sec=goals | 二、整治重点及目标
整治主要针对本村沟、渠、路、道和房前屋后的污染与垃圾，借此培养群众良好的卫生习惯，提升全村文明程度和环境质量，达到“乡风文明、村容整洁”的要求。主要任务有以下五个方面：
@H2 alt=measures | （一）清理垃圾。全面清理村内村外及村庄连接处的积存垃圾和死角垃圾，清除河道、河沟、坑塘里多年积下的渣土和漂浮物，彻底清除村庄周边的白色污染。
""",
    ),
    dict(
        name="fresh152_02_township_village_civilised_creation_scheme",
        source="https://m.588k.com/qywd/ssfa/1872713.html",
        doc_kind="scheme", partial=True,
        notes=["A township's scheme ('实施意见' in its own opening) for making 花山村 a city-level 文明村. The page shows "
               "no title line of the document (only the site's blurb naming the collection, dropped), so title is null.",
               "二、创建原则 is guidance; its four principles '1、坚持…原则。…' are run-in headings at level 2 "
               "(title sentence, then body), inheriting guidance.",
               "The source's anti-copy dot inside a body sentence ('积累创建经验的.基础上') disappeared with the rewrite.",
               "The decision is taken by the 乡党委、政府 (the writer); no lead or responsible unit is named in the "
               "visible part, so units is empty. The page ends after 三、目标任务."],
        units=[],
        text="""\
为推动全乡农村经济社会持续健康发展、加快新农村建设、深化精神文明创建，依据市级文明村评选标准和县里的要求，经乡党委、政府研究，确定花山村为市级文明创建村，并提出以下实施意见：
@H1 sec=guidance | 一、指导思想
以人与自然和谐发展为主线、经济发展为核心，以改善农民生产生活条件为出发点，结合新农村建设，因地制宜、分类指导、以点带面，推动全乡文明村创建上水平。
@H1 sec=guidance | 二、创建原则
@H2 | 1、坚持经济发展与环境改善相结合的原则。发展农村经济的同时，把村庄环境卫生整治和村容村貌改善作为创建的重要手段，形成经济发展与环境优美相互促进的格局。
@H2 | 2、坚持整体推进和重点突出原则。全面推进的同时突出重点区域，以基础好、潜力大的公路沿线为重点，率先建成一批科技示范基地和环境优美的小康农宅聚居区。
@H2 | 3、坚持量力而行、因地制宜原则。依据自然条件、区位和发展水平分类指导、一村一策，建设风格不同、各有特色的文明村。
@H2 | 4、坚持“政府推动、部门联动、村民主动”原则。发动群众、提高村民的创建积极性，加强部门配合，建立联动促创机制，形成社会合力。
@H1 sec=goals | 三、目标任务
在拓展创建内容、探索创建方式、积累经验的基础上，基本达到市级文明村标准，使花山村的经济发展和文明程度走在全乡前列，为全乡精神文明创建发挥示范带动作用。
""",
    ),
    dict(
        name="fresh152_03_subdistrict_community_grid_scheme",
        source="http://xuexi.la/fangan/702272.html",
        doc_kind="scheme", partial=True,
        notes=["First sample of a collection page ('社区网格化管理实施方案1'): a sub-district's (新兴街道) scheme for "
               "community party organisations and grid management. The sample header is kept as the title line "
               "without the site's sample number; the site's recommendation line and blurb were dropped.",
               "The document opens with its 工作机构 part: 一、社区党组织及网格化建设的工作机构 is responsibilities. The "
               "group's members are key-value body lines ('组长：…', '副组长：…', '成员：…'); the personal names in "
               "them were dropped and the posts kept, so the lines were rewritten. '第一组长：…' starts like a 第一 marker but is a key-value line, not labelled.",
               "二、充分认识…重要意义 is background (guidance accepted). The page ends inside its list of problems "
               "('…党'); the rewritten body stops at the last complete point.",
               "Units: the leading group named in the text and the 组宣科, where its office sits."],
        units=["新兴街道社区党组织及网格化建设工作领导小组", "组宣科"],
        text="""\
@T | 社区网格化管理实施方案
@H1 sec=responsibilities | 一、社区党组织及网格化建设的工作机构
为加强对社区党组织建设的领导、推行社区党组织与网格化服务相融合的运行模式，街道党工委研究决定成立新兴街道社区党组织及网格化建设工作领导小组，负责组织实施。成员如下：
组长：党工委书记
第一组长：党工委副书记、主任
副组长：人大工委主任、党工委副书记及两名副主任
成员：街道有关干部7人
领导小组下设办公室，设在组宣科，由党工委副书记兼任办公室主任，另设副主任两名，负责网格党组织建设的日常管理、协调和督导。
@H1 sec=background alt=guidance | 二、充分认识社区党组织及网格化建设新模式的重要意义
社区党组织是党在城市基层工作的基础和社区各项工作的领导核心，是联系群众的桥梁纽带。街道近年来对社区党建作了积极探索，也遇到不少新情况：管理体制不够顺，社区党组织的协调和领导权威偏弱，与辖区单位联系松散；服务资源短缺，服务能力跟不上居民多样的需求。
""",
    ),
    dict(
        name="fresh152_04_village_living_environment_demo_scheme",
        source="https://taowenge.com/d-91209653.html",
        doc_kind="scheme", partial=True,
        notes=["A scheme for making 前梁村小沟子自然村 a demonstration village for the living-environment campaign, from a "
               "document-sharing preview that arrived as one run-together block; it was split into lines at the "
               "heading boundaries the text shows. Title line '村整转工作方案' (the page repeats it; the '.docx' "
               "file name was dropped).",
               "The preview skips pages: '二、行动目标' runs straight into a fragment of another text ('体经济，把发展村级"
               "集体经济作为下符桥镇…'), followed by '15.改善农村人居环境。…' and then '四、方法步骤'; 三、 is missing. "
               "The fragment is kept as a body line starting mid-word; '15.' is labelled as a level-2 heading under "
               "二、 (goals), its own parent being lost (level 1 accepted).",
               "四、方法步骤 holds one visible stage '（一）准备阶段（20年6月）。…': a required phase with start '20年6月' "
               "(the year damaged in the source, kept as written) and no end.",
               "Units: the 乡村治理工作领导小组 that the town sets up in the 准备阶段."],
        units=["乡村治理工作领导小组"],
        text="""\
@T | 村整转工作方案
为解决群众最关心、最急需解决的村庄环境卫生难题，激发群众自己的事自己办的自觉，计划把前梁村小沟子自然村打造成人居环境整治示范村，以点带面推动全村乃至全镇人居环境大转变，特制定本实施方案。
@H1 sec=background alt=guidance | 一、重要意义
改善农村人居环境是乡村振兴的重点任务，关系小康社会建设和农村文明和谐。小沟子自然村紧邻府木路，基础设施较完善、村貌良好，在府木路上即可看到全村面貌，位置优越；集中力量在这里打造示范村，能让全镇农民看得见、学得来，带动大家自觉改善村容村貌，建设美丽宜居乡村。
@H1 sec=goals | 二、行动目标
体经济，把发展村级集体经济当作下符桥镇农村基层组织建设的头等任务，并加强督查考核。
@H2 lvlalt=1 | 15.改善农村人居环境。继续推进人居环境整治和美丽乡村中心村建设，落实“三大革命”各项任务，加快“四好农村路”建设，巩固农村饮水安全，拆除危旧房屋，深化林长制和国土绿化，推进村庄硬化、绿化、亮化、美化。
@H1 sec=phases | 四、方法步骤
@H2 phase=准备阶段;20年6月; | （一）准备阶段（20年6月）。镇里成立乡村治理工作领导小组和工作机构，制定方案、分解任务并召开动员会。
""",
    ),
    dict(
        name="fresh152_05_county_tcm_hospital_publicity_week_scheme",
        source="https://360docs.net/doc/561739519.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county hospital's (永平县中医院) scheme for a 中医药科普知识宣传周, written under provincial and "
               "prefectural notices. The site's own title ('中医药科普知识宣传周活动方案2010年') and its download "
               "instructions were dropped; the document's title line is kept.",
               "二、活动意义 is background (goals accepted); 三、活动内容 goals (other accepted), with （一）宣传内容、方式 "
               "at level 2 and two 'label：body' lines '1.宣传内容：…' and '2.宣传方式：…' at level 3.",
               "The source breaks the sentence of '1.宣传内容：…' across two lines (after '二是中医药'); the break is kept, "
               "the second half is a body line. The text of '1.宣传内容' is set by hand (the automatic cut stops at the "
               "first '；').",
               "The page ends inside '2.宣传方式：采取科普讲座、健身方法讲解、'; it is kept as a bare 'label：' heading.",
               "No lead or responsible unit is named in the visible part (the hospital writes for itself), so units is "
               "empty. The document numbers of the notices stay in the rewritten opening."],
        units=[],
        text="""\
@T | 永平县中医院“中医药科普知识宣传周”活动实施方案
按照云南省卫生厅（云卫发【2010】400号）和大理州卫生局（大卫发【2010】172号）的通知要求，为巩固“中医中药中国行”的成果，结合本院实际，制定我院“中医中药科普宣传周”活动实施方案。
@H1 sec=guidance | 一、指导思想
以党的十七大精神为指导，贯彻科学发展观，抓住中医药发展的机遇，广泛开展中医药科普宣传，为中医药发展营造良好社会环境，让中医药更好地服务群众健康。
@H1 sec=background alt=goals | 二、活动意义
在全县举办中医药科普宣传活动，集中展示中医药的历史、理论、方法和疗效，让群众更了解中医药在维护健康、促进经济、弘扬传统文化中的作用，推动中医药惠及千家万户。
@H1 sec=goals alt=other | 三、活动内容
@H2 | （一）宣传内容、方式
@H3 text=1.宣传内容 | 1.宣传内容：一是中医药方针政策和发展成就；二是中医药
防病治病的基本理念和知识；三是养生保健的知识与方法；四是中医药历史知识和名人故事等。
@H3 | 2.宣传方式：
""",
    ),
    dict(
        name="fresh152_06_community_civil_affairs_year_plan",
        source="http://gxcha.com/jy/67146.html",
        doc_kind="plan", partial=True,
        notes=["First sample of a collection page ('2021年度社区工作计划范文1'): a community's plan for its civil-affairs "
               "work. The sample header is kept as the title line without the site's '范文1'; the collection title and "
               "blurb were dropped.",
               "The only heading is the unnumbered label '低保工作：' standing alone (level 1, goals as a task area, "
               "measures accepted). The six numbered lines below it are task statements, labelled items at level 2; "
               "their numbering and opening words are kept, their bodies rewritten and shortened.",
               "The page ends inside item 6 ('6、严格低保档案的建立，'); it is kept as a short item.",
               "Units: the 低保评议小组 the community set up and the 社区居委会, which assigns staff to the work; the "
               "higher 民政局 departments only receive reports and are not listed."],
        units=["低保评议小组", "社区居委会"],
        text="""\
@T | 2021年度社区工作计划
为使社区民政工作落到实处，本社区按上级要求，结合开展这项工作的实际情况，制定如下工作计划：
@H1 sec=goals alt=measures | 低保工作：
@I2 | 1、我们在低保工作中成立了低保评议小组，社区居委会安排专人分管；收到申请后经调查摸底、入户核实、张榜公示、小组评议和评审委员会审议，再报市、区民政局低保部门。
@I2 | 2、按上级民政要求做好低保工作，做到应保尽保，向低保对象和居民宣传政策，力求细致、准确、周到。
@I2 | 3、深入走访慰问，调查申请家庭的实际情况，为审查审批提供准确的第一手材料，发现不实情况配合民政部门清查。
@I2 | 4、定期排查已享受低保的家庭，掌握其再就业和生活变化，超标的及时取消，特别困难的申请提高保障金额，做好动态管理。
@I2 | 5、组织低保对象参加社区活动，为社区服务出力。
@I2 | 6、严格低保档案的建立。
""",
    ),
    dict(
        name="fresh152_07_company_union_year_plan",
        source="https://fanwen120.cn/shijicailiao/2023/0424/63417.html",
        doc_kind="plan", partial=True,
        notes=["First sample of a collection page ('公司工会年度工作计划 篇1'): a company trade union's year plan. The "
               "sample header is kept as the title line without the site's sample number; the collection title "
               "('…(精选20篇)') and the blurb were dropped.",
               "The opening starts with a bare '年，' (the year was stripped in the source) and names the party plenum "
               "with a gap ('党的、十八届三中全会'); the rewrite keeps the bare '年，'.",
               "一、进一步深化劳动竞赛，为公司发展增添动力。 is a heading ending in '。' (goals, measures accepted). Below "
               "it, after the lead-in that announces six 'combinations' (with the source's mismatched quotes "
               "'六个结合“, kept), two line-initial '一是…。' '二是…。' run-in headings at level 2 are visible; the page "
               "ends inside 二是.",
               "Units: the 公司工会, which writes and carries out the plan."],
        units=["公司工会"],
        text="""\
@T | 公司工会年度工作计划
年，公司工会的总体目标是：贯彻落实党的十八届三中全会精神，围绕公司生产经营目标，以提升职工素质为主线、转变工会干部作风为保障，持续深化社会主义劳动竞赛，细化工会各项目标任务，强化工会职能，团结动员全体职工在新一年再立新功。主要从以下几个方面着手：
@H1 sec=goals alt=measures | 一、进一步深化劳动竞赛，为公司发展增添动力。
劳动竞赛是调动职工积极性和创造性的重要形式，也是工会联系党、政、团的重要手段，能提高职工素质和管理水平、增强主人翁意识、推动技术进步和劳动生产率提高，保证公司各项指标和方针目标的实现。明年将从'六个结合“方面推进劳动竞赛。
@H2 | 一是与党工共建创先争优活动相结合。把创先争优作为深化劳动竞赛的动力，把争当优秀党员、党员示范岗与争当劳动模范、金牌工人、技术能手结合起来，引导职工立足岗位做贡献，推动企业创新发展。
@H2 | 二是与构建和谐劳动关系相结合。通过劳动竞赛调动职工的积极性、主动性和创造性，既增强企业竞争力和效益，又增加职工收入，实现企业与职工互利双赢。
""",
    ),
    dict(
        name="fresh152_08_subdistrict_rural_governance_pilot_scheme",
        source="http://www.xiangma.net/ao/16452370267229.html",
        doc_kind="scheme", partial=True,
        notes=["A sub-district's (东山街道, 江宁区) scheme for a rural-governance pilot. The page's title line starts with a "
               "stray '?' (an encoding artefact of the site); it was dropped and the title kept.",
               "The masked name in 一、指导思想 ('以***新时代中国特色社会主义思想为指导') is kept in the rewritten body.",
               "二、总体目标 gives target years (到2020年, 到2021年); these are goals, not phases.",
               "三、基本原则 is guidance; its first principle is a dash-led run-in heading '——坚持党的领导。…' (level 2, "
               "numbering '——'). The page ends inside it; the rewritten body stops at the last complete clause.",
               "No lead or responsible unit is named in the visible part, so units is empty."],
        units=[],
        text="""\
@T | 东山街道乡村治理体系建设试点示范工作实施方案
为贯彻党的十九大和十九届二中、三中、四中全会精神，落实中央农村工作会议、中办国办《关于加强和改进乡村治理的指导意见》、中央农办等6部委关于乡村治理试点示范的通知和省市区委农村工作会议部署，按照《江宁区乡村治理体系建设试点示范实施方案》的要求，制定本方案。
@H1 sec=guidance | 一、指导思想
坚持以***新时代中国特色社会主义思想为指导，以乡村治理体系和治理能力现代化为主攻方向，以改善农村民生、促进乡村全面振兴为目的，扛起试点示范责任，突出“五个聚焦”抓创新、紧扣“五新五大”求突破，形成政治、自治、法治、德治、智治“五治一体”新格局，打造乡村善治示范标杆。
@H1 sec=goals | 二、总体目标
到2020年，“五治一体”格局基本形成，党组织领导的农村治理体系更加完善，自治实践、平安乡村和法治乡村建设深入推进，网格精细集成，治理智能化水平提升；到2021年，“五治一体”模式全面成熟，乡村治理现代化水平显著提高，形成一批可推广的经验，为乡村善治作出“东山贡献”。
@H1 sec=guidance | 三、基本原则
@H2 | ——坚持党的领导。始终坚持和加强党对乡村治理的领导，健全党管乡村治理的体制机制，发挥党组织的领导作用和党员干部的先锋模范作用。
""",
    ),
]
