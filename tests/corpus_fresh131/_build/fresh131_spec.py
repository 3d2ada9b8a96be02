# -*- coding: utf-8 -*-
"""The 131st held-out fresh set: SPEECHES (讲话, 发言) and WORK / SURVEY
REPORTS (工作报告, 调研报告) of a university, a teachers' college, a bureau,
an office system, a county safety meeting, a school and two CPPCC bodies,
whose kind and title are not always stated the usual way (a subtitle led by
——, a date and a 根据录音整理 line under the title, a forum thread title, a
site card title before the document's own, 同志们 run into the body), with
their headings (一、…, 一是…, 第一个问题是…, （一）…, 1、…).  Found as stored
public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every exclusion list, used_sources.tsv and label file under
/work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading, title and speaker/date lines keep the source's numbering, wording
  and punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and masking are kept.  Personal names were
  dropped (also from titles and speaker lines, as in earlier sets).

Marker syntax: see fresh_build/build.py.
"""

FRESH131_DOCS = [
    dict(
        name="fresh131_01_university_teachers_day_speech",
        source="https://ihwrm.com/index/article/articleinfo/news_id/23956.html",
        doc_kind="speech", partial=True,
        notes=["A Shanghai university leader's speech at the university's Teachers' Day commendation meeting (2010, "
               "during the planning of the 十二五), as a campus e-newspaper page shows it. The title line names the "
               "speaker ('…在教师节表彰大会上的讲话'); the name was dropped, so the title reads '在教师节表彰大会上的讲话'. "
               "The e-paper's column breaks inside words ('表 彰会', '7 月13 日') were not kept in the rewritten bodies.",
               "The salutation '各位老师，同志们、同学们：' and the lead-in '下面我简单讲三个方面。' are body.",
               "一、 is glued to its body without punctuation in the source ('…教育工作会议精神今年7月13日至14日，…'); "
               "the text is set by hand to the heading part. A speech point: requirements, guidance accepted.",
               "The page ends inside the first point; only one heading is visible."],
        units=[],
        text="""\
@T | 在教师节表彰大会上的讲话
各位老师，同志们、同学们：
在今天的表彰会上，校长回顾了学校近期的工作并展望了下一步安排，可以看出学校各项工作进展良好，有些还带有标志性。
几位同志结合教学、科研和志愿服务谈了体会，我深受感动和鼓舞。学校正处在确保“十一五”目标完成、规划“十二五”发展的关键阶段，校区建设、学科发展、教学改革和国际交流任务繁重，需要全体教职员工和同学们理解、支持并积极参与。
下面我简单讲三个方面。
@H1 sec=requirements alt=guidance text=一、希望大家放眼全局，关注教育发展，深入学习贯彻全国及上海教育工作会议精神 | 一、希望大家放眼全局，关注教育发展，深入学习贯彻全国及上海教育工作会议精神今年7月13日至14日，全国教育工作会议在北京召开，这是新世纪第一次、改革开放30多年来第四次全国教育工作会议。从会上的讲话和《国家中长期教育改革发展规划纲要（2010-2020年）》可以看到许多值得深思的问题，既有如何用科学发展观指导教育事业，也有教育事业自身怎样科学发展，还把教育发展同国家的
""",
    ),
    dict(
        name="fresh131_02_teachers_college_museum_speech_subtitle",
        source="http://hqfwzx.caztc.edu.cn/info/1008/1117.htm",
        doc_kind="speech", partial=True,
        title_override="师院的底气——在齐越教育馆建设总结报告会上的讲话",
        notes=["A teachers' college leader's speech at the meeting summing up the building of the college's 齐越教育馆, "
               "on a department page of the college's site (breadcrumb and posting line dropped). The title is a "
               "phrase, '师院的底气', with the kind only in the subtitle '——在齐越教育馆建设总结报告会上的讲话'; both "
               "lines are title lines and the title joins them.",
               "The speaker line under the subtitle is a bare personal name and was dropped; the date line "
               "'2016年11月24日' and '（根据录音整理）' are body lines, as are the salutation and '大家下午好！'.",
               "A talk given from a recording: the visible part (about 1,500 characters) has no numbered point and no "
               "heading at all; the speaker only names his theme ('师院的底气'). No units are listed: the departments "
               "named are thanked, not given tasks. The page ends mid-paragraph."],
        units=[],
        text="""\
@T | 师院的底气
@T | ——在齐越教育馆建设总结报告会上的讲话
2016年11月24日
（根据录音整理）
同学们，老师们，同志们：
大家下午好！
建馆带来的一个意外收获是我的普通话进步了，几次致辞都用了普通话。刚才有老师模仿我的口音，把我又学回去了，所以今天还是用“青县普通话”来讲，请大家谅解。今天讲话的主题概括为五个字：“师院的底气”。
听了四位同志的发言，我被深深感动。齐越教育研究中心、话剧组、美术学院、后勤处，以及办公室、学生处、电教中心、后勤服务中心、教务处、团委、财务处、人事处等部门团结协作、艰苦奋斗，用一年零二十天写下了齐越教育馆建设的新篇章。
对我来说这也是边建设边受教育的过程。我曾对中央电视台记者坦言，最初建馆有功利的考虑：想借名家助阵申报专业、吸引考生，但这种追求功利的想法后来慢
""",
    ),
    dict(
        name="fresh131_03_bureau_director_work_style_speech",
        source="https://www.wm114.cn/wen/84/166118.html",
        doc_kind="speech", partial=True,
        notes=["A bureau director's speech at the bureau's work-style rectification meeting, on a sample site "
               "(新文秘网; breadcrumb, posting time and the repeated page title dropped; the title line is kept). "
               "The bureau's name is masked '**局' in the source; kept.",
               "The salutation '同志们，' runs straight into the opening paragraph in the source; the line is body.",
               "一、目前存在的突出问题 is the speech's first part: problems (the speaker announces he will talk about "
               "problems, not results), requirements accepted.",
               "'第一个问题是工作纪律涣散， 工作作风浮漂。…' is a run-in sentence heading at level 2 (numbering "
               "'第一个', style 第一); the space after the comma is the source's and is kept in the text.",
               "The site's paywall line '……（新文秘网https://www.wm114.cn省略882字，正式会员可完整阅读）' is kept as "
               "debris, never labelled; the site's '未完，全文共9066字…' footer was dropped."],
        units=[],
        text="""\
@T | 局长在作风整顿会上的讲话
同志们，我来**局已半年多，对局里的同志和工作有了一定了解。今天召开全体会议，想和大家一起探讨队伍建设和树立**局形象的问题。今天不讲成绩，只讲存在的问题，解决了问题今后才能干得更好。
@H1 sec=problems alt=requirements | 一、目前存在的突出问题
近三年局里的情况大家都清楚，今天说的是我这半年多观察到、感觉到的问题，估计大家也都看到了。
@H2 num=第一个 | 第一个问题是工作纪律涣散， 工作作风浮漂。局里三分之二人员自收自支，本以为更好管理，结果还不如政府办等单位：有人迟到早退成了常态，有人上午不到11点就走，有人中午喝酒后下午不来上班，甚至言行失当。前些天因中午饮酒被报纸电台批评，我作为责任人写了检查，三位同志也交了书面检查。就这样，
……（新文秘网https://www.wm114.cn省略882字，正式会员可完整阅读）
""",
    ),
    dict(
        name="fresh131_04_office_system_commendation_speech_yishi",
        source="http://agency.caiyes.cn/thread-35035-1-1.html",
        doc_kind="speech", partial=True,
        notes=["A district leader's short speech at a commendation meeting of the district's office system (办公系统), "
               "posted in a forum thread. The thread title '有所作为是生活中的最高境界' is the only title the page shows "
               "and is kept as the title line; it does not name the kind (讲话).",
               "The forum's anti-copy character strings at line ends (': o0 x- I- f* p0 b0 …') were dropped as page "
               "debris.",
               "The speaker offers '10个字' as hopes and requirements; each is a run-in heading '一是“联”。…', "
               "'二是“优”。…' at level 1 (style 一是): requirements, guidance accepted. The masked city '大**' is kept. "
               "The page ends after the second point."],
        units=[],
        text="""\
@T | 有所作为是生活中的最高境界
同志们：
很高兴参加今天的会议，先向获奖的单位和个人表示祝贺！会议要短，我就送大家“10个字”，作为希望和要求。
@H1 sec=requirements alt=guidance,measures | 一是“联”。新年伊始，省委提出“喜迎十八大、争创新业绩”，市委提出复兴大**、建设国家中心城市，这些要求都要靠办公系统层层落实。大家不能只把自己当作一个孤立的“点”，而要当好承上启下的“节”，用普遍联系的观点看问题、推工作。
@H1 sec=requirements alt=guidance,measures | 二是“优”。优异成绩靠优秀的人创造。办公系统领会意图、布置工作、推动落实、考评效果，只有争当优秀的办公室人和党员干部，才能把省市和区委的精神贯彻好，以最优的素质创造最佳的业绩。
""",
    ),
    dict(
        name="fresh131_05_county_safety_committee_meeting_statement",
        source="https://gongwen.com.cn/docs/c15-pr2-st3/p/109.html",
        doc_kind="speech", doc_kind_alt=["report"], partial=True,
        title_override="在全县安全生产委员会全体（扩大）会议上暨全县森林防灭火工作会议上的发言",
        notes=["A county department's statement (发言) at the county work-safety committee's plenary (enlarged) "
               "meeting held together with the forest-fire meeting, reporting on the first quarter and arranging the "
               "next steps, as the preview card of a listing page of a document-sharing site shows it. The card's "
               "title (with '[扩大]') and the document's own title, salutation and body arrived as one run-together "
               "block; it was split at the boundaries the text shows. Both title lines are title lines; the label "
               "takes the document's own title (with '（扩大）'). The card's date, page count and view count were "
               "dropped.",
               "doc_kind speech (发言 at a meeting); report accepted, since the speaker gives a 通报 of the quarter.",
               "一、安全生产工作 is a topic part (other; goals and requirements accepted). （一）充分认识当前安全生产严峻形势，"
               "切实增强抓好安全生产责任感和紧迫感 was glued to its body in the store ('…紧迫感从安全生产事故…') and was "
               "moved to a line of its own when the block was split; it is requirements with background and guidance "
               "accepted (it sets out the situation with the quarter's accident figures).",
               "The card ends inside a figure ('…商贸制造（56起，50'); kept as a fragment."],
        units=[],
        text="""\
@T | 在全县安全生产委员会全体[扩大]会议上暨全县森林防灭火工作会议上的发言
@T | 在全县安全生产委员会全体（扩大）会议上暨全县森林防灭火工作会议上的发言
各位领导、同志们：
根据会议安排，我先通报第一季度的安全生产和森林防灭火工作，再简要安排下一步工作。
@H1 sec=other alt=goals,requirements | 一、安全生产工作
@H2 sec=requirements alt=background,guidance | （一）充分认识当前安全生产严峻形势，切实增强抓好安全生产责任感和紧迫感
从事故规律看，上半年尤其是节后复工复产阶段历来是事故高发期。据省安办通报，1-3月全省发生生产安全事故260起、死亡259人，同比增加56起、55人，分别上升27.5%、27.4%。按类型看，前三位是道路运输（110起，118人）、建筑施工（76起，75人）、商贸制造（56起，50
""",
    ),
    dict(
        name="fresh131_06_experimental_school_building_report_page2",
        source="https://98523.com/fanwen/gongzuobaogao/gongzuobaogao/201112/119271_2.html",
        doc_kind="report", partial=True,
        notes=["Page 2 of a county experimental secondary school's report on its building work (new campus and old "
               "campus), on a sample site's 工作报告 section (breadcrumb, pagination '上一页 [1] [2]' and related links "
               "dropped). The page repeats the document's title '实验学校建设工作报告' above the text; kept as the title "
               "line. The text starts mid-sentence ('中学新校区。') inside the lost third part.",
               "The paragraph on the new campus's difficulties holds '首先…其次…第三…' inside the line: markers in the "
               "middle of a line, not labelled.",
               "四、老校区建设的突出困难 is the only heading shown: problems, level 1 (一、–三、 are on page 1). The years "
               "were stripped from the dates in the source ('年根据县政府会议纪要…', '年年学校已将…', '于年8月8日奠基'); "
               "kept as they are.",
               "Unit: 县建设局 (drew up the new campus plans); the county government is asked for help and is not "
               "listed."],
        units=["县建设局"],
        text="""\
@T | 实验学校建设工作报告
中学新校区。县建设局已完成新校区规划和单体建筑详图，并通过了县规委会审核。
新校区建设困难不少：首先要由县政府牵头成立建设指挥部，协调土地、城建、供电、市政等部门；其次要尽快落实东北片区的征地、拆迁和道路建设，让施工队进场定界、修围墙；第三，按规划建设资金约需1.2亿元，首期7000万元、二期5000万元，远超学校能力，恳请县委县政府和上级部门多方筹措资金。
@H1 sec=problems | 四、老校区建设的突出困难
年根据县政府会议纪要，学校无偿让出13.4亩校园土地配合县城人民东路延伸，并与县房改办签订协议，临街面长40米。年年学校已将其中20米建成校门，另20米规划建综合楼，手续齐全，年上半年完成招标，于年8月8日奠基，却屡遭原拆迁户阻挠，建设、公安、房改办多次调解未果，至今无法开工。学校恳请县委县政府出面制止侵占国有土地的行为，保证老校区建设顺利进行。
""",
    ),
    dict(
        name="fresh131_07_district_cppcc_school_expansion_survey_report",
        source="http://6dgww.com/Article/7029570.html",
        doc_kind="report", partial=True,
        notes=["A district CPPCC's survey report on expanding the only secondary school of a fast-growing area, on a "
               "sample site (6点公文网; the site's header line and the member-only notice after the text dropped). "
               "The title '关于区政协扩建中学的调研报告' is kept as written (the CPPCC does not itself build the school). "
               "Place and school names are masked 'xx' in the source; kept.",
               "一、扩建xx中学的紧迫性 sets out the case: background, problems accepted.",
               "The store broke the first sub-heading over two lines: '1、xx地区中学' and then '教育现状。xx街道位于…'. "
               "Kept as the store has it: '1、xx地区中学' is the heading line (level 2), the next line is body.",
               "The site's truncation line '（未完，全文共1386字，当前显示425字）' is kept as debris, never labelled.",
               "Unit: the CPPCC's 科教文卫体委员会, whose members made the survey (a vice-chair's name, masked xx, "
               "is not a unit)."],
        units=["科教文卫体委员会"],
        text="""\
@T | 关于区政协扩建中学的调研报告
近日，区政协副主席xx带领科教文卫体委员会部分委员，就xx地区中学“入学难”问题对当地学校的教育现状和发展作了专题调研。调研组认为，按照市委市政府“1小时经济圈”建设要求和当地发展需要，扩建xx中学势在必行。
@H1 sec=background alt=problems | 一、扩建xx中学的紧迫性
@H2 | 1、xx地区中学
教育现状。xx街道地处北部新城开发区中心，面积30.8平方公里，辖4个村、8个居委会，常住人口21万余人，预计2008年达25万人、2010年达30万人。xx中学是当地唯一的中学，占地23.3亩，校舍5000m2，教师88人，20个教学班1003名学生，只有20间教室和几间实验室，靠压缩办公室和功能室勉强容纳学生，已无力再接收更多学生。
（未完，全文共1386字，当前显示425字）
""",
    ),
    dict(
        name="fresh131_08_city_cppcc_compulsory_education_survey_report",
        source="https://dawenge.com/jihuazongjie/301568.html",
        doc_kind="report", partial=True,
        notes=["A city CPPCC's survey report on the city's nine-year compulsory education, on a sample site "
               "(大文阁; the '正文复制' button and the editor's blurb '百年大计，教育为本，下面是小编精心整理的…' "
               "dropped). The title names the kind (调研报告) but not the writer; the writer appears only in the "
               "opening ('市政协社会发展委员会…').",
               "The opening ends with '现将调研情况综合报告如下：' (lead-in, body). The page ends at the bare first "
               "heading '一、基本情况和发展现状': background, level 1. A vice-chair's name was dropped."],
        units=["市政协社会发展委员会"],
        text="""\
@T | 全市义务教育情况的调研报告
为推动我市九年义务教育健康持续发展，按照市政协的统一安排，市政协社会发展委员会从7月下旬起组织政协委员，在一位副主席带领下、县市区政协配合下，用两个多月对全市义务教育情况作了专题调研。调研组走访市直有关单位、市经济开发区、大洪山风景区和21个乡镇办事处，实地察看70所中小学校，召开各类座谈会36场次，广泛听取意见建议。现将调研情况综合报告如下：
@H1 sec=background | 一、基本情况和发展现状
""",
    ),
    dict(
        name="fresh131_09_primary_school_civilised_unit_briefing",
        source="https://wenku.docs.qq.com/detail?docId=Luukelug0X",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A primary school's briefing material (汇报材料) for its civilised-unit (文明单位) assessment, as a "
               "document-sharing site shows its first page: the page title, an abstract that repeats the opening, "
               "the page text as one run-together block, and the site's footer. The abstract and footer were dropped; "
               "the title line '创建文明单位汇报材料' is kept. The title names a 汇报材料, not a 报告: doc_kind report, "
               "summary accepted (it looks back on the school's work).",
               "The block was split at the heading boundary the text shows ('……二、'); '一、学校概况xxx小学创建于1964年，…' "
               "keeps its heading glued to the body without punctuation, as in the source (text set by hand): "
               "background. A donor's personal name was dropped.",
               "'二、丰富管理理念，明确创建工作的方向。 第1页 共8页': the page marker stays glued to the end of the heading "
               "line, as in the store (debris, not part of the text). Kind measures (the school's approach to the "
               "campaign), achievements accepted. The page ends there."],
        units=[],
        text="""\
@T | 创建文明单位汇报材料
@H1 sec=background text=一、学校概况 | 一、学校概况xxx小学创建于1964年，长期注重全面提高质量，社会声誉良好。1999年在一位美籍华人倡议下，由fnt基金会和市、区政府共同出资在原址建成新校舍，并附设哲英书画学校；20**年基金会和政府再次出资设立世纪苑实验校区，优化xx区西部的教育资源。学校现占地15000平方米，建筑面积16000平方米，有32个教学班1400名学生、76名专任教师，五年规划为48个教学班、2200名学生、100多名教职工。校园按“教育性、艺术性、娱乐性”进行绿化、美化、净化，布局合理、环境优雅。学校倡导社会公德和校园美德，形成团结和谐、积极向上的局面。20**年学校通过省、市级文明单位复查和省、市现代教育示范学校中期评估，被评为市首批特色学校、市先进书法实验学校，并成为xx市级学校党建工作示范点……
@H1 sec=measures alt=achievements | 二、丰富管理理念，明确创建工作的方向。 第1页 共8页
""",
    ),
]
