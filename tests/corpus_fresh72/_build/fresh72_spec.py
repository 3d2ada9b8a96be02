# -*- coding: utf-8 -*-
"""The seventy-second held-out fresh set: SPEECHES (讲话稿: leaders' speeches at
work meetings, 动员会, 总结表彰会, 开学典礼) and WORK REPORTS sent up to a higher
body (工作汇报 / 情况报告 / 汇报材料), by counties, towns, schools, a hospital
and a company, with their title blocks as pasted (site titles, speaker and
date lines, salutations and addressee lines such as '同志们：',
'尊敬的各位领导：', '尊敬的某某书记、某某市长，各位领导，同志们：').
Found as stored public web pages with the `search` tool's `pages` corpus
(query log in notes_queries.txt).  None of the source pages is a source of
any set listed in /work/fresh72/_all_used.lst (every used-sources list under
/work/fresh*/ and the source of every label file and spec under
/work/wt-lead/tests, /work/shared and /work/fresh*), and no distinctive
sentence of them occurs in another set's documents.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs,
  posting lines, site blurbs and 导语, collection titles, sample numbers,
  comment and download panels) was dropped; site debris that a user pastes
  along (banner and page markers, anti-copy sentences, substitution notes,
  image captions, a paywall marker) was kept and is never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  (xx, XX, X, XXX, ××, 某某, 党_, __, “x”) are kept.  Personal names were
  dropped (speaker lines keep the office only).

Marker syntax: see fresh_build/build.py.
"""

FRESH72_DOCS = [
    dict(
        name="fresh72_01_county_civilised_county_mobilisation_speech",
        source="https://m.wenke99.com/p-5676881.html",
        doc_kind="speech", partial=True,
        title_override="2021年在全县创建省级文明县大会上的动员讲话文稿",
        notes=["A county leader's mobilisation speech at the county's meeting on becoming a provincial civilised county "
               "(X区, X两县, X年 masked in the source). A document-sharing page: its own title line joins this speech and "
               "another one ('…大会动员讲话稿与在强产兴城工作动员会讲话文'), then the speech's own title follows. Both are "
               "title lines; the label takes the speech's own title (as corpus-dev dev17).",
               "The store ran the page into one paragraph; the title lines, the salutation '同志们：', the opening, the "
               "heading and its body were put on their own lines. The lead-in '下面，我就如何抓好…讲几点意见：' stays at "
               "the end of the opening (not labelled).",
               "'一、统一思想认识，切实增强创建工作的责任感和使命感' is level 1, a speech point: requirements (guidance, "
               "measures accepted). Under it '第一、要认清重大意义。' is level 2 (numbering 第一、, style 第一): a point of "
               "awareness, requirements inherited, guidance and background accepted. The page ends inside it ('主要体现在')."],
        units=[],
        text="""\
@T | 2021年在全县创建省级文明县大会动员讲话稿与在强产兴城工作动员会讲话文
@T | 2021年在全县创建省级文明县大会上的动员讲话文稿
同志们：
今天召开创建省级文明县动员大会，任务是全面部署创建工作，动员全县各方力量盯住目标、合力实干，争取实现省级文明县创建目标。下面，我就如何抓好省级文明县创建工作讲几点意见：
@H1 sec=requirements alt=guidance,measures | 一、统一思想认识，切实增强创建工作的责任感和使命感
省级文明县是衡量一个县发展水平和文明程度的综合指标，也是对外展示地方形象的最好名片。目前市上把X区、X区纳入一体共同创建全国文明城市，清水县去年已获全国县级文明城市提名，X、X两县要在X年实现省级文明县目标；按评选要求须连续两年测评，今年年终测一次，X年再测一次，两个年度综合考评都通过才算创成。这项硬任务必须从现在抓起，各乡镇、各部门、各单位要从思想上高度重视，树牢全县一盘棋意识，以强烈的责任感和使命感做好创建工作。
@H2 alt=guidance,background | 第一、要认清重大意义。主要体现在
""",
    ),
    dict(
        name="fresh72_02_county_rural_revitalisation_report_to_city",
        source="https://www.biganzizhijia.cn/fanwen/gljh/75236.html",
        doc_kind="report", doc_kind_alt=["speech"], partial=True,
        notes=["A county's report (汇报交流) to a city meeting on consolidating poverty-alleviation results and rural "
               "revitalisation, delivered by the county's representative: the first sample of a two-sample collection. "
               "The collection title ('全市巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作会议讲话(2篇)') and the sample number "
               "('篇1') were dropped; the sample has no title of its own, so title is null. Kind report (a report sent up, "
               "read at the superior body's meeting), speech accepted.",
               "The addressee line '尊敬的某某书记、某某市长，各位领导，同志们：' is a salutation, not labelled. The "
               "source's masking is kept: 某某 for names and places, '党_' and '__' where the site blanked words.",
               "'一、深化认识，扛牢政治责任，牢牢把握有效衔接的“方向盘”' is level 1; the section tells what the county "
               "has done and come to understand: achievements (guidance accepted). After the lead-in '…使全县上下深刻认识到：' "
               "two run-in statements '守牢底线是前提。…' and '富民增收是核心。…' follow: labelled items at level 2 "
               "(statements of what was recognised, not section titles; an importer may take them as headings). The page "
               "ends inside the second ('…让农民在')."],
        units=["某某县委、县政府"],
        text="""\
尊敬的某某书记、某某市长，各位领导，同志们：
按照会议安排，我代表某某县委、县政府，就我县巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作作汇报交流，不妥之处请各位领导批评指正。
@H1 sec=achievements alt=guidance | 一、深化认识，扛牢政治责任，牢牢把握有效衔接的“方向盘”
某某书记的讲话深刻阐明了做好今年这项工作的重要性和紧迫性，为我们指明了方向、划出了重点。某某曾是国定贫困县，脱贫成果来之不易；巩固拓展脱贫攻坚成果、全面推进乡村振兴，是必须扛牢的政治责任，是推动高质量发展的内在要求，也是对全县28万群众特别是脱贫群众期盼的回应。
今年以来，我们把思想和行动统一到党_、省委、市委的决策部署上来，深入学习贯彻__关于“三农”工作的重要论述和在河南考察时的重要讲话精神，作为谋划推动工作的总纲领。今年是5年过渡期的“收官之年”、成果巩固的“大考之年”、乡村振兴爬坡过坎的“关键之年”，任何松劲懈怠都很危险。县委常委会、县政府常务会多次研究部署，县乡村三级干部大会层层动员，使全县上下深刻认识到：
@I2 alt=guidance | 守牢底线是前提。守住不发生规模性返贫的底线是政治任务、头等大事，一刻也不能放松；某某山区面积大、自然灾害多，部分群众脱贫基础还不牢，动态监测和精准帮扶必须抓紧抓实。
@I2 alt=guidance | 富民增收是核心。乡村振兴关键看群众腰包鼓不鼓，要扭住产业和就业两个“牛鼻子”，依托某某的生态和资源优势，把绿水青山源源不断转化为金山银山，让农民在
""",
    ),
    dict(
        name="fresh72_03_school_autumn_opening_ceremony_speech",
        source="http://zhaojiaoan.com/article/00741/19211.html",
        doc_kind="speech", partial=True,
        notes=["A school leader's speech at an autumn-term opening ceremony (the school calls its campus 桃李园). The "
               "site's breadcrumb and panel line ('资料阅览校园活动开学典礼 … 发布者微信 我们的节日') was dropped. The "
               "salutation and the greeting stand on one line as on the page ('尊敬的老师们，亲爱的同学们：大家早上好！'), "
               "not labelled; nor is the lead-in '…我代表学校给同学们提几点希望和要求：'.",
               "Two points '第一、树立一个信心：我能我行，…。' and '第二、培养一个习惯：…' (numbering 第一、, style 第一) are "
               "level-1 label headings with a short value after the colon: requirements (guidance, measures accepted). The text of "
               "the first is cut at the colon by the rule; the page ends inside the second ('…希望同学们'), whose text was "
               "set by hand to the part before the colon."],
        units=[],
        text="""\
@T | 秋季开学典礼讲话稿
尊敬的老师们，亲爱的同学们：大家早上好！
刚刚过完一个安全、充实而有意义的暑假，我们又回到美丽的校园，伴着秋天的气息迎来新学期。582名新同学和15位新老师的加入，让桃李园更加绚丽多姿，让我们用热烈的掌声欢迎新伙伴！
新学年孕育着新的希望。经过暑期的休整，师生们又满怀信心站在新的起跑线上。我代表学校衷心感谢各位老师过去一年为学校发展付出的努力和作出的贡献！
回顾上学期，我们有播种也有收获，也有遗憾和失落；怎样发扬成绩、弥补不足，要靠实际行动来回答。桃李园的大好局面让我们相信未来，新的挑战也在等着我们，希望每位师生以实干和拼搏精神创造桃李园的辉煌。同学们，只要青春无悔、不惜汗水、努力耕耘、刻苦训练专业技能，就一定能成为学校明天的骄傲。
同学们，新学年开启新希望，也承载新梦想。为了让梦想变成现实，我代表学校向同学们提几点希望和要求：
@H1 sec=requirements alt=guidance,measures | 第一、树立一个信心：我能我行，希望同学们成为“学习的主人”。
@H1 sec=requirements alt=guidance,measures text=第二、培养一个习惯 | 第二、培养一个习惯：自觉自愿，希望同学们
""",
    ),
    dict(
        name="fresh72_04_county_hospital_annual_report_to_congress",
        source="https://m.wenke99.com/p-5606698.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["The annual work report of a county people's hospital (肥东县人民医院), read to its year-end commendation "
               "meeting and workers' congress (20xx年度总结表彰大会暨三届一次职工代表大会); years masked '20xx' in the "
               "source. Kind report (a report to the congress), summary and speech accepted.",
               "The store ran the page into one paragraph: the title, the salutation '尊敬的各位代表、同志们：', the greeting "
               "'大家好！', the opening and the first section were put on their own lines. The lead-in '…现从十二个方面总结如下：' "
               "is not labelled.",
               "'一、积极投身医疗改革，试点工作稳步推进。…' is a level-1 run-in heading: achievements. The dates in it "
               "('20xx年3月', '自20xx年3月15日起', '自20xx年2月1日起') are events of the past year, not phases. The page ends "
               "inside it ('…统一采购')."],
        units=["肥东县人民医院"],
        text="""\
@T | 医院年度工作报告
尊敬的各位代表、同志们：
大家好！
今天我们隆重召开肥东县人民医院20xx年度总结表彰大会暨三届一次职工代表大会，全体职工代表、中层干部、年度目标考核获奖科室和医院各类先进人物参加会议，目的是回顾20xx年工作、谋划20xx年工作。刚才表彰了20xx年度目标考核获奖科室和院先进工作者、十佳医生、十佳护士、十佳行管后勤、医德医风标兵和优秀论文，向获奖的科室和个人表示热烈祝贺！
20xx年，在县委县政府的坚强领导和上级主管部门的指导下，医院各项工作稳步推进，取得了可喜成绩，现从十二个方面总结如下：
@H1 sec=achievements | 一、积极投身医疗改革，试点工作稳步推进。作为卫生部重点联系县医院，我院20xx年3月被确定为全省7个公立医院改革试点医院之一，11月又被列为全省21个县级公立医院改革试点医院之一。经20xx年肥东县政府第1次常务会议研究，我院自20xx年3月15日起全部药品实行零差率销售，自20xx年2月1日起药品全部通过“安徽省医药集中采购平台”统一采购
""",
    ),
    dict(
        name="fresh72_05_group_company_safety_meeting_speech",
        source="https://wmjy.cn/wenmi/110648.html",
        doc_kind="speech", partial=True,
        notes=["A leader's speech at a (county-owned) group company's safety-production meeting after a road accident of "
               "13 October 2021 ('我县××', masked). The posting line ('【以稿换稿】【收藏】 作者: 佚名 …') was dropped.",
               "The site's own substitution notes, printed inside the text where a leader's name or a single character "
               "was taken out ('（一个伟人的名字加最高职务，你可以前后对照进行准确替换）', '（单字替换）'), and the "
               "anti-filter space in '政 治担当' are kept inside the body lines as pasted debris; the line that starts with "
               "'（单字替换）的十八大以来' is body, not labelled (no numeral in the bracket).",
               "The opening ends in the lead-in '下面，我就做好集团公司安全生产工作讲三点意见。' (not labelled). "
               "'一、深刻汲取“10·13”较大交通道路安全事故教训' is level 1, a speech point: requirements (problems, "
               "guidance and measures accepted: it is about the lessons of an accident). The page ends inside it ('…省州')."],
        units=[],
        text="""\
@T | 在集团公司安全生产工作推进会上的讲话
今天召开安全生产大会，主要是吸取10月13日那起较大道路交通安全事故的教训，警醒大家认清形势、自我加压，从根子上解决影响安全生产的思想认识问题，加强安全教育、增强安全意识、夯实安全基础，全力防范和遏制集团公司安全生产责任事故。刚才，班子成员和大家一起学习了（一个伟人的名字加最高职务，你可以前后对照进行准确替换）关于安全生产的重要论述、县委县政府系列文件精神和集团公司安全生产大排查大整治工作实施方案，请大家认真领会、抓好落实。下面，我就做好集团公司安全生产工作讲三点意见。
@H1 sec=requirements alt=problems,guidance,measures | 一、深刻汲取“10·13”较大交通道路安全事故教训
2021年10月13日13时许，我县××发生特大交通安全事故。事故发生后，省、州、县各级（单字替换）委、政府高度重视，相关部门和乡镇立即启动应急预案，全力开展抢险救援、伤员救治和善后处置。这次事故代价沉重、教训深刻，我们要从中警醒，强化人民至上、生命至上的政 治担当，举一反三、警钟长鸣。安全生产大于天，领导责任重如山，任何侥幸心理和不负责任的态度都可能酿成大祸。
（单字替换）的十八大以来，（一个伟人的名字加最高职务，你可以前后对照进行准确替换）站在（单字替换）和国家发展全局的战略高度，就安全生产发表一系列重要讲话、作出一系列重要指示批示，深刻回答了怎样认识和抓好安全生产的重大问题，省州
""",
    ),
    dict(
        name="fresh72_06_town_safety_production_report",
        source="https://bbs.pinggu.org/thread-15788804-1-1.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's (定山镇) report on its safety-production work to visiting leaders, from a forum post "
               "of a PDF. The title is a slogan pair on two lines ('狠抓安全管理' / '构建和揩环境', the typo 和揩 for 和谐 "
               "kept): both are title lines. The forum's footer ('雷达卡', the licence line) was dropped; the PDF line "
               "wraps inside sentences were joined.",
               "The addressee line '尊敬的各位领导：', the greeting '大家好！' and the opening (ending in '…主要是做到了"
               "“两强化、一突出”。') are not labelled. On the page the first heading follows that sentence on the same "
               "line after a wrap ('…一突出”。一、强化认识，…'); it was put on its own line as the heading it is.",
               "'一、强化认识，建立高效组织网络体系' is level 1: achievements (measures accepted: a report of what the "
               "town does). The page ends in its first body sentence ('…第一个是')."],
        units=["定山镇政府"],
        text="""\
@T | 狠抓安全管理
@T | 构建和揩环境
尊敬的各位领导：
大家好！
下面我代表定山镇政府，把我镇安全生产情况向各位领导作具体汇报，同时恳请各位领导提出宝贵意见。
定山镇安全生产形势总体持续稳定。全镇监管对象多：液化汽站1个、加油站1个、采石场1个、型砂厂1个、五金加工企业2个、服装加工企业7个、烟花爆竹经营点29个、农药化肥点14个，车站、商场、网吧各1处，辖区学校、交通、建筑施工、供电等方面的安全也归我们监管。监管对象既有烟花爆竹、农药化肥经营点这样的常规对象，也有科为高科、服装企业等新型企业，随着定山经济集聚发展、企业增多，监管任务会更加繁重。
为此，镇党委、政府在发展经济的同时始终紧抓安全生产不放松。今年我镇被确立为安全生产典型示范创建单位，围绕“三项行动”这条主线做好各项工作，全镇安全生产形势保持持续稳定，主要是做到了“两强化、一突出”。
@H1 sec=achievements alt=measures | 一、强化认识，建立高效组织网络体系
安全生产认识是关键。认识包括两个层面，第一个是
""",
    ),
    dict(
        name="fresh72_07_town_party_winter_training_mobilisation_speech",
        source="https://m.wenke99.com/p-5056648.html",
        doc_kind="speech", partial=True,
        notes=["A town party secretary's mobilisation speech opening the winter training (冬训) of rural party members, "
               "given before the Spring Festival; '“x”重要思想' is masked in the source and kept.",
               "The store ran the page into one paragraph: the title, '同志们：', the opening, the headings and the bodies "
               "were put on their own lines. The first heading ran straight into its body ('…以高度负责的态度抓好落实今年"
               "农村党员、干部的冬训工作…'); it was cut where the body begins. The lead-ins '…我讲三点意见：' and "
               "'…主要体现在以下三个方面：' are not labelled.",
               "'一、统一思想，充分认识党员冬训工作的重要性和必要性，以高度负责的态度抓好落实' is level 1, a speech "
               "point: requirements (guidance, measures accepted). '1、开展冬训工作是进一步贯彻落实…的需要。…' is a level-2 run-in "
               "heading giving the first reason: background (requirements and guidance accepted). The page ends inside it "
               "('…从新世纪')."],
        units=["镇党委"],
        text="""\
@T | 镇党委书记冬训动员报告讲话
同志们：
新春佳节临近，我代表镇三套班子全体成员向在座的党员干部拜个早年，致以诚挚的问候！新年有新任务、新篇章。按照省、市、县委的部署，结合我镇实际，镇党委决定从今天起用五天时间，在全镇农村党员干部中开展冬训。
这次会议既是全镇农村党员、干部冬训动员会，也是当前工作安排会和新年各项工作上台阶的鼓劲会。希望各村、居、各单位党员干部借此机会认真学习、加强自身建设，为全面建设小康社会和社会主义新农村提供坚强的思想保证和组织保证。下面，根据冬训工作要求，结合本镇实际，我讲三点意见：
@H1 sec=requirements alt=guidance,measures | 一、统一思想，充分认识党员冬训工作的重要性和必要性，以高度负责的态度抓好落实
今年的农村党员、干部冬训有深刻的时代背景和重要意义，主要体现在以下三个方面：
@H2 sec=background alt=requirements,guidance | 1、开展冬训工作是进一步贯彻落实党的十六届五中全会精神和“x”重要思想的需要。党的十六届四中全会通过的中共中央关于加强党的执政能力建设的决定，站在时代和战略高度全面分析当前形势，从新世纪
""",
    ),
    dict(
        name="fresh72_08_middle_school_inspection_report",
        source="https://www.xiaomilidoc.com/p-10327404.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county middle school's (永乐中学; 'xx 中学' on the byline) report to the county government's "
               "inspection team on its development-level assessment ('316' 工程). A document-sharing page: its banner "
               "'下载后可任意编辑', glued to the title on the page, stands on its own line as debris (not labelled). The "
               "conversion's word substitutions (进展 for 发展, 讨论 for 研究) and its PDF spacing ('316 工程', "
               "'xx 中学', '28 个教学班') and the garbled area '20000yu 余平米' are kept.",
               "Title line '学校进展水平督导评估 316 工程汇报材料'; the byline 'xx 中学' under it is body (not a title, not "
               "a heading). The addressee line '尊敬的各位领导、各位专家、各位老师：' is not labelled.",
               "'一、学校基本情况' (glued to its body on the page, split) is level 1: background (achievements accepted). "
               "The page ends inside it ('…多起文学创作大')."],
        units=["永乐中学校委会", "领导小组"],
        text="""\
下载后可任意编辑
@T | 学校进展水平督导评估 316 工程汇报材料
xx 中学
尊敬的各位领导、各位专家、各位老师：
今天县政府督导评估组来我校开展学校进展水平督导评估，这是对我校的关怀和支持，更是鞭策和激励。我代表永乐中学校委会和全校师生对各位的到来表示热烈欢迎和衷心感谢。
按照县政府实施学校进展水平督导评估的文件要求，我们上学年初就成立了领导小组，专题研究制定了我校落实“316”工程迎验创优实施方案；学期末又对照评估指标体系逐项自查、补充完善，形成了自查报告。现将我校近三年来的办学情况汇报如下，不当之处敬请指正。
@H1 sec=background alt=achievements | 一、学校基本情况
永乐中学是县直初级中学、商洛市标准化初中，学校占地面积20000yu 余平米，绿化面积 800 平米，现有 28 个教学班、在校学生 1650余人，教职工 110 人，其中高级老师 15 人、一级老师 40 人，本科学历 76 人、硕士学历 3 人，有一批市、县教学能手、教学标兵和骨干老师。学校坚持“以人为本，全面进展，为学生终身进展奠基”的办学理念，营造管理育人、教书育人、服务育人、环境育人的氛围，德育为首、质量立校，成绩可喜。
学校先后获得省级卫生先进单位、省级家长示范学校、县市文明校园、省级校本教研实验学校、中央教科所课题讨论优秀实验学校等称号，教育质量居全县前列，连续 8 年被县局评为教育质量先进单位；先后通过省“普九”、“普实”和“均衡进展”检查验收，承办了县首届书画作品大赛、课改百校行、教学能力大赛、阳光师训和校园文化建设深化年暨德育工作现场会，参加了上级组织的多起文学创作大
""",
    ),
    dict(
        name="fresh72_09_university_freshman_opening_ceremony_speech",
        source="https://wukong.top/doc/70081.html",
        doc_kind="speech", partial=True,
        title_override="在2022级本科生开学典礼上的讲话",
        notes=["A university president's speech at the 2022 undergraduate opening ceremony (同济大学). The page shows "
               "its own title ('同济大学校长：在2022级本科生开学典礼上的讲话'), two image captions of the scanned pages "
               "('…讲话_第1页', '…讲话_第2页', kept as debris, not labelled), then the document: title, speaker line, "
               "bracketed date, salutation. The store ran the document into one paragraph; its title block was put on its "
               "own lines. The president's name was dropped from the page title, the captions and the speaker line "
               "(office only), and the party secretary's name from the body.",
               "Title lines: the page title (line 1) and the speech's own title (line 4); the label takes the speech's own "
               "title. The speaker line '同济大学校长', the date line '（2022年8月28日）', the salutation and '大家好！' are "
               "body, not headings; the date is the day of the speech, not a phase.",
               "No heading is visible: the page breaks off after the paywall marker '##paidbegin##', kept inside the body "
               "line where it stands, and ends in '同学们，从今天起'. The document tests the title block alone."],
        units=[],
        text="""\
@T | 同济大学校长：在2022级本科生开学典礼上的讲话
同济大学校长：在2022级本科生开学典礼上的讲话_第1页
同济大学校长：在2022级本科生开学典礼上的讲话_第2页
@T | 在2022级本科生开学典礼上的讲话
同济大学校长
（2022年8月28日）
亲爱的同学们、老师们、家长们：
大家好！
2022年又是不平凡的一年。经历了上半年艰苦的抗疫和暑期持续的高温，我们克服重重困难，迎来了2022级本科新同学。我代表学校全体师生员工、代表书记，热烈欢迎来自全球各地的4497名本科新生成为新同济人，也向辛勤培育你们成长的家长和老师致以问候和感谢。
你们带着希冀走进心仪的学校：有同一省份同名同姓被录取到同一学堂的“双子星”，有子承父志考入同济的“家族粉”，有时隔71年成为爷爷校友的“隔代亲”，也有从高一起就以“同舟共济”勉励自己的“同心人”。看着一位位朝气蓬勃的新同济人，我由衷欣喜和骄傲，拥有115年历史底蕴的同济大学也因你们更加青春靓丽！
同学们，选择便是责任，选择便是奋斗，选择便是认可。##paidbegin##选择同济，就是选择梦想与执着，肩负起“与祖国同行以科教济世”的责任担当。习近平总书记在上海工作期间出席学校建校100周年庆祝大会时指出，同济的100年是与中华民族命运休戚与共、与祖国科教事业心手相牵、与上海城市发展相濡以沫的100年；这既是对同济的高度认可，也是对同济未来的期许。百年同济的精神特质、文化积淀和价值追求，将激励我们同舟共济、追求卓越！
同学们，从今天起
""",
    ),
    dict(
        name="fresh72_10_primary_school_civilised_campus_report",
        source="https://dy1993.cn/8Bpx.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A primary school's report on its civilised-campus work (情况说明报告), the head's name masked 'XXX' in the "
               "source. The site's 导语 line was dropped; the site's anti-copy sentence under the title ('人各有所长，正如"
               "每双手都不一样大，…') and its page marker '第 1 页 共 3 页' are kept as debris (not labelled).",
               "The first section has lost its numbering and runs straight into its body without punctuation "
               "('学校领导重视，组织机构健全学校领导…'): a level-1 heading, numbering none, its text set by hand. The "
               "next section is numbered '一、加大宣传力度，营造良好氛围' although it is the second: same level 1. Both are "
               "achievements (what the school did; measures accepted for the second).",
               "The lead-in '主要举措和成效如下：' is not labelled. The page ends inside 一、 ('…让广大师生')."],
        units=["文明校园创建工作领导小组"],
        text="""\
@T | 关于小学文明校园创建活动情况说明报告
人各有所长，正如每双手都不一样大，只有靠自己努力，不管结果怎样。
文明校园创建是创建文明城市的重要组成部分，对改善城市环境、提升城市形象、提高市民生活质量、让群众安居乐业都很重要。在上级指导下，经过全校师生共同努力，我校创文明工作顺利开展，组织机构、宣传发动、资料收集整理等方面都对照标准认真落实。主要举措和成效如下：
@H1 sec=achievements num=none text=学校领导重视，组织机构健全 | 学校领导重视，组织机构健全学校领导高度重视创建文明校园工作，把它摆上学校的重要议事日程，成立了“文明校园创建工作领导小组”，由XXX校长任组长，学校中层领导、班主任为成员，明确目标、落实责任。校领导亲自抓、亲自协调安排，使各项任务层层落实；要求各机构和相关人员按计划开展工作，做到有目标、有计划、有检查评比、有总结表彰，并把责任落实到每位教职员工。
第 1 页 共 3 页
@H1 sec=achievements alt=measures | 一、加大宣传力度，营造良好氛围
文明校园创建是一项社会性很强的系统工程，光靠领导重视远远不够，只有把全校师生真正发动起来，形成全员动手的态势和良好氛围，才能从根本上保证创建工作落实并持续开展。为此，我们采取以下措施和做法加大宣传力度，让广大师生
""",
    ),
]
