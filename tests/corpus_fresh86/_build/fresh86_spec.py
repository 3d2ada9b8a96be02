# -*- coding: utf-8 -*-
"""The eighty-sixth held-out fresh set: TITLE AND KIND BEFORE THE BODY.  Ten
real documents of the genre where getting the document's own title and its
kind right is not obvious: a site's page title or a compilation title above
the document's title, a title repeated by the page, a title broken over two
lines (period / kind), field-code and CSS debris before the title, a title
that names one kind (活动方案, 讲话稿, 报告, 总结) over a body of another
(a bureau's work scheme, a relay of a county meeting, a 总结汇报, an oral
report), a title whose topic (暑期) is not the body's (迎国庆), and a
document with no title at all.  Writers: schools, a kindergarten-titled city
education bureau scheme, communities, a district, a middle school's academic
office, a county deputy secretary, a mayor, a town.  Found as stored public
web pages with the `search` tool's `pages` corpus (log in notes_queries.txt).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Navigation, posting lines, site
  blurbs, disclaimers and sample numbers were dropped; page and compilation
  titles, field codes, CSS text, page markers and paywall lines that a user
  would paste along were KEPT where the set's focus needs them (never
  labelled, see each document's notes).
- Heading and title lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored (debris lines keep their characters as they are).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH86_DOCS = [
    dict(
        name="fresh86_01_school_moral_education_term_plan",
        source="https://max.book118.com/html/2025/0213/7020042135010034.shtm",
        doc_kind="plan", partial=True,
        title_override="2024-2025学年中小学第二学期学校德育工作计划",
        notes=["A school's moral-education plan for the second term of 2024-2025 on a document-sharing site. The site's "
               "page title, the uploaded file name with '.docx' and PDF spacing ('2024 - 2025 学年…计划.docx'), is kept "
               "as line 1 and is NOT the title (the page showed it twice; one kept). The site's disclaimer list was dropped.",
               "Two Word field-code remnants '—PAGE\\*Arabic1—' and '—PAGE\\*Arabic2—' (page-number fields flattened by the "
               "site) are kept as debris lines; they start with '—' but are not dash-led points and are not labelled.",
               "The document's own title is broken over two lines: '2024-2025学年中小学' (period and school level) and "
               "'第二学期学校德育工作计划' (term and kind); both are title lines, title is their join. The school year "
               "2024-2025 is the plan's period, not a phase.",
               "Only 一、指导思想 is in view (guidance); the page ends inside its body ('…把思想政')."],
        units=[],
        text="""\
2024 - 2025 学年中小学第二学期学校德育工作计划.docx
—PAGE\\*Arabic1—
—PAGE\\*Arabic2—
@T | 2024-2025学年中小学
@T | 第二学期学校德育工作计划
新学期像一颗新星，带着希望与可能到来。2025年的教育征程已经开启，我校将在德育这片土地上精耕细作，紧扣学校长远发展战略，坚持党建引领，把立德树人的使命融入教育教学的每个环节，为学生心灵成长不断注入精神养分。
@H1 sec=guidance | 一、指导思想
全面贯彻党的教育方针，紧扣2025年全国教育工作会议的核心要求，落实《教育强国建设规划纲要（2024-2035年）》的战略部署，始终把立德树人作为教育的根本，把思想政
""",
    ),
    dict(
        name="fresh86_02_primary_school_moral_education_halfyear_plan",
        source="https://wenku.docs.qq.com/detail?docId=gsj5Vixwnl",
        doc_kind="plan", partial=True,
        title_override="2024年一小下半年学生德育工作计划",
        notes=["A primary school's ('一小') moral-education plan for the second half of 2024 on a document-sharing site. The "
               "page shows the title as its page heading (line 1) and again as the first line of the document (line 2): "
               "both are title lines, title is the one text. The site's preview blurb between them (a truncated copy of "
               "the opening) was dropped.",
               "In the store the document's title ran straight into '一、总体目标：' (one flattened paragraph); it was put on "
               "its own line. The PDF layout breaks inside paragraphs were joined.",
               "一、总体目标 is goals; 二、具体工作安排 holds four short titled tasks '1.制定德育教学计划' … each followed by "
               "its body line: headings at level 2, kind goals (measures accepted, the task areas of a plan).",
               "The site's page marker '第1 页共 4页' is glued to the end of the last (truncated) body line, kept, not labelled."],
        units=[],
        text="""\
@T | 2024年一小下半年学生德育工作计划
@T | 2024年一小下半年学生德育工作计划
@H1 sec=goals | 一、总体目标：
本学期学生德育工作的总体目标，是让学生养成良好的品德和行为习惯，建设和谐文明的校园，提升学生的道德素养和社会责任感，促进综合素质全面发展。
@H1 sec=goals alt=measures | 二、具体工作安排：
@H2 | 1.制定德育教学计划
依据学校的德育目标和大纲，制定各年级的德育教学计划，明确每学期在课堂教学、班会、主题教育和社会实践方面的重点。
@H2 | 2.加强道德教育
以道德修养为核心开展主题教育，通过讲座、演讲、德育专题班会等形式，引导学生树立正确的人生观、价值观和世界观。
@H2 | 3.开展班级德育工作
以班级为单位组织班委会选举，推动班级自治和民主管理；同时抓好班风班纪建设，用班级规章和荣誉榜营造良好的班级文化。
@H2 | 4.加强心理健康教育
开设心理健康教育课程、组织相关活动，关注学生的心理问题，帮助他们化解学习和生活中的困惑与压力，提升学生的情商 第1 页共 4页
""",
    ),
    dict(
        name="fresh86_03_kindergarten_titled_fire_prevention_scheme",
        source="http://www.duck123.com/content/c4dd7572.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["First sample of a collection page. The collection's page title '安全生产活动方案幼儿园（热门20篇）' is kept as "
               "line 1 (not the title); breadcrumb, posting lines and the site blurb were dropped. The sample's own title "
               "line '幼儿园安全生产月活动方案' is the title.",
               "Title and body disagree: the title names a kindergarten's safety-month ACTIVITY PLAN, the body is a city "
               "education bureau's work scheme for winter-spring fire prevention in all schools and kindergartens "
               "('特制订本方案', a leading group, dated stages). doc_kind scheme (the body), activity_plan accepted (the "
               "title).",
               "The site stripped the scheme's level-1 headings (指导思想, 时间, 组织领导, 工作步骤): their bodies stand as "
               "plain lines. The only headings in view are the run-in stages '（一）动员部署阶段（20xx年11月25日前）。…' and "
               "'（二）组织实施阶段（20xx年11月至20xx年3月）。…': level 1 as the top level shown (2 accepted, their parent "
               "is gone), kind phases. '20xx年11月25日前' is kept as the end (a deadline stage, as in fresh4_05).",
               "The bare line '20xx年11月至20xx年3月。' is the overall period of the action (its heading stripped): an "
               "optional phase. ASCII brackets of the store restored to full width. The page ends inside （二） ('细化工')."],
        units=["市教育局", "20xx年今冬明春火灾防控工作领导小组", "学校安全稳定工作科"],
        extra_phases=[
            dict(name="今冬明春火灾防控", start_text="20xx年11月", end_text="20xx年3月", at="20xx年11月至20xx年3月。",
                 optional=True),
        ],
        text="""\
安全生产活动方案幼儿园（热门20篇）
@T | 幼儿园安全生产月活动方案
为切实做好全市中小学和幼儿园今冬明春的火灾防控，坚决遏制火灾事故，保持学校消防安全形势稳定，结合本市教育实际，制订本方案。
深入贯彻自治区和xx市的工作部署，全面落实“安全第一，预防为主，综合治理”的方针，在全市中小学校和幼儿园迅速开展火灾防控整治行动，督促学校加强消防安全管理，坚决遏制消防安全责任事故，保障师生生命财产安全，为冬春季节特别是元旦、春节和重大会议活动期间营造良好的消防安全环境。
20xx年11月至20xx年3月。
为加强组织领导，市教育局成立20xx年今冬明春火灾防控工作领导小组，主要领导任组长、分管领导任副组长，办公室设在学校安全稳定工作科，负责落实上级部署、协调指导全市中小学幼儿园的防控工作；各县区、开发区教育局和中小学幼儿园也要成立相应的领导机构。
@H1 sec=phases lvlalt=2 phase=动员部署阶段;;20xx年11月25日前 | （一）动员部署阶段（20xx年11月25日前）。各县区、开发区教育局和中小学幼儿园作出部署、制定方案、成立机构，广泛宣传发动，确保逐级动员到位。
@H1 sec=phases lvlalt=2 phase=组织实施阶段;20xx年11月;20xx年3月 | （二）组织实施阶段（20xx年11月至20xx年3月）。各单位按照工作方案和要求制定进度表和督查细则，明确责任，细化工
""",
    ),
    dict(
        name="fresh86_04_community_summer_titled_national_day_activity",
        source="https://365docx.com/view/4438f84579.html",
        doc_kind="activity_plan", partial=True,
        notes=["A community's activity plan on a document-sharing site. The title '暑期社区活动策划' names a summer activity; "
               "the body plans '迎国庆，嘉年华' for the 60th National Day (organised for the summer holiday). Title kept as "
               "the page shows it; kind activity_plan either way.",
               "The store ran the whole plan into one paragraph ('…活动名称:迎国庆,嘉年华二.活动背景及理念:…'); it was split "
               "at the 一. 二. … boundaries. Numbering '一.' (Chinese numeral with a period) kept as written; colons and "
               "commas restored to full width.",
               "一.活动名称 (value on the line) other; 二.活动背景及理念 run in with its body, background (guidance "
               "accepted); 三.活动时间 phases (other accepted) with a template-damaged date '2018年7月2018日上午8:2018—"
               "2018:2018' kept as it is (optional overall time); 四.活动地点, 五.活动对象 other; '六.活动目的及内容' has "
               "lost its colon and runs straight into its body (text set by hand), goals (guidance accepted). The page "
               "ends inside 六 ('…青少年进')."],
        units=["车南里社区居委会", "党总支"],
        extra_phases=[
            dict(name="活动时间", start_text="2018年7月2018日上午8:2018", end_text="2018:2018", at="三.活动时间",
                 optional=True),
        ],
        text="""\
@T | 暑期社区活动策划
@H1 sec=other | 一.活动名称：迎国庆，嘉年华
@H1 sec=background alt=guidance | 二.活动背景及理念：祖国像阳光和雨露一样滋养着我们，青少年在她的怀抱中成长，是国家未来的栋梁，肩负振兴中华的使命，这份使命与国家的前途命运紧密相连。培养青少年的爱国情怀、提升综合素质，对祖国的未来意义深远。值此国庆六十周年之际，车南里社区居委会和党总支组织“迎国庆，嘉年华”大型社区活动，激发青少年的爱国情怀、锻炼各方面能力，也让他们过一个充实的暑假，使社区更加和谐美好。
@H1 sec=phases alt=other | 三.活动时间：2018年7月2018日上午8:2018—2018:2018
@H1 sec=other | 四.活动地点：车南里社区大型休闲文化广场
@H1 sec=other | 五.活动对象：车南里社区全体青少年
@H1 sec=goals alt=guidance text=六.活动目的及内容 | 六.活动目的及内容以嘉年华的形式（含书画展、趣味运动会、“我对祖国说句话”大型签名活动等），对车南里社区青少年进
""",
    ),
    dict(
        name="fresh86_05_community_mid_autumn_activity_plan",
        source="https://xdlap.com/shiyongwen/huodongfangan/4192.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page whose page title '社区中秋节活动方案' is also the only title the sample "
               "has: the store glued the sample number to the first heading ('社区中秋节活动方案1一、活动目的'); the "
               "sample-title-plus-number was dropped and the page title kept as the title line. The site blurb was dropped.",
               "Label headings with colons and their values on the next line: 二、活动时间： (phases, other accepted; the "
               "value '20xx年9月15日下午3点' is an optional overall time), 三、活动地点：, 四、参加人员： (other), "
               "五、活动内容： (goals, other accepted). 一、活动目的 goals (guidance accepted).",
               "Under 五: '1、交流谈心环节：…' run in (text cut at the colon), '2、游戏环节：' over the game '（1）开火车' "
               "(level 3). The game's '用具：无', '人数：全体人员', '游戏规则：…' are key-value body lines, not labelled.",
               "The page's paywall marker '……此处隐藏10877个字……' (in the middle of the game's rule) is kept on its own "
               "line as debris; what follows it on the page belongs to other samples and was dropped."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年9月15日下午3点", end_text=None, at="20xx年9月15日下午3点",
                 optional=True),
        ],
        text="""\
@T | 社区中秋节活动方案
@H1 sec=goals alt=guidance | 一、活动目的
加强社区、物业和居民之间的交流与感情，大家一起吃月饼过中秋，感受大家庭的温暖；同时开展抗日战争胜利纪念活动，弘扬爱国主义精神，激励居民团结友爱，共创和谐社区。
@H1 sec=phases alt=other | 二、活动时间：
20xx年9月15日下午3点
@H1 sec=other | 三、活动地点：
XX社区二楼会议室
@H1 sec=other | 四、参加人员：
社区工作站站长、物业公司经理、空巢老人代表、党员代表、优秀居民代表、广场舞队代表
@H1 sec=goals alt=other | 五、活动内容：
@H2 | 1、交流谈心环节：社区、物业和居民坐下来聊天谈心，了解小区情况和居民的需要，对空巢老人尤其关心其生活和健康，给予帮助
@H2 | 2、游戏环节：
@H3 | （1）开火车
用具：无
人数：全体人员
游戏规则：开始前每人说一个地名代表自己，地名不能重复。游戏开始后，假设你代表北京、另一人代表上海，你就说：“开呀开呀开火车，北京的火车就要开。”大家一起问：“往哪开？”你答：“上海
……此处隐藏10877个字……
""",
    ),
    dict(
        name="fresh86_06_district_rural_revitalisation_report",
        source="https://gongwensou.com/nongye/60558.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="区实施乡村振兴战略情况的报告",
        notes=["A district's report on its 2021 rural-revitalisation work (name masked 'XX区'). The page shows the title "
               "twice (page heading and document title line): both are title lines, title is the one text.",
               "Title says 报告, the opening says '现将全区2021年度乡村振兴工作情况总结汇报如下': doc_kind report, summary "
               "accepted.",
               "一、工作完成情况 (achievements) over '（一）开展科学谋划，实现全域推进' (level 2). Inside the body the run-in "
               "points '坚持”五主”推进机制。' and '坚持分类施策推进。' are in the middle of one paragraph in the source and "
               "stay there (not labelled). The source's right-quote pairs ”五主” are kept.",
               "Masks XX, XXX, X kept."],
        units=["区委、区政府", "联合指导组"],
        text="""\
@T | 区实施乡村振兴战略情况的报告
@T | 区实施乡村振兴战略情况的报告
XX区贯彻中央、省、市关于实施乡村振兴战略的部署，以打造XX流域乡村振兴示范区为目标，抓重点、补短板、强优势、提功能，加快美丽乡村建设，以全域旅游为抓手打好乡村振兴这场关键战役，推动城乡融合发展和乡村全面振兴。现将全区2021年度乡村振兴工作情况总结汇报如下：
@H1 sec=achievements | 一、工作完成情况
@H2 | （一）开展科学谋划，实现全域推进
全区坚持全域旅游理念，区、镇、村三级联动，系统谋划、统筹布局、全域推进、分步实施。坚持”五主”推进机制：实行”区级主导、乡镇主责、部门主管、专班主攻、群众主体”，区委、区政府主要领导既包点线又包片面，区”四大家”领导逐一包村；率先成立X乡村振兴培训基地，培训村书记、驻村干部、返乡大学生、退伍军人和致富能手XX次；乡镇主要领导把主要精力用在乡村振兴上；XX个职能部门组建联合指导组；抽调XXX名区直干部组成XX支工作队，开展”进百村入万户”活动，落实”五天四晚”驻村帮扶；尊重群众主体地位，实现”群众议、群众定、群众建、群众管、群众享”。坚持分类施策推进：把全区XXX个村分为特色精品村、示范村、整治村三类，分批分时推进、三年全覆盖；前两批XX个村的建设已经完成，第三批XX个村的补短板强弱项建设已全面启动。
""",
    ),
    dict(
        name="fresh86_07_middle_school_academic_office_halfterm_summary",
        source="https://www.aixizuo.com/article/338580.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["First sample of a collection page ('初中半期总结（精选6篇）'). The sample has no title of its own: the "
               "breadcrumb, the page title '初中半期总结', the date line, the site blurb and the sample number "
               "('初中半期总结 篇1') were dropped, so the document starts with its opening and title is null.",
               "Writer: a middle school's academic office (教务处), summarising the first half of a term.",
               "Four numbered points '1、…' to '4、…', each a statement of work done followed by its detail. Labelled as "
               "run-in sentence headings at level 1 (achievements); for 2 and 3 the heading is the first sentence (cut at "
               "'。'); for 1 the first sentence runs on for several clauses, so its text was set by hand to the opening "
               "clause '1、认真地抓了常规教学的五个环节'; 4 is truncated by the page ('…购买了几门主学科'), text set by hand.",
               "The site's anti-copy mark '本学期的.教风' is kept in the body of 2."],
        units=["教务处"],
        text="""\
学校教务处秉持“敬业、精业、务实、高效”的精神和工作态度，前半学期较好地完成了各项任务。现将主要工作和成效总结如下：
@H1 sec=achievements text=1、认真地抓了常规教学的五个环节 | 1、认真地抓了常规教学的五个环节，使管理更科学、更有实效；课程设置和课表安排体现现代教育理念和严谨的治学精神，本学期完成了初中学部总课表，制定了教师教学考核细则，成立了兴趣小组。教学秩序井然，备课、上课、考查得到加强，杜绝用旧教案上课，缺课、迟到、早退很少，早读和晚自习规范，教风、学风、考风良好，教学质量稳中有进。
@H1 sec=achievements | 2、制订并实施了较科学的考评机制，完成了教师教学考核细则。在本学期的.教风与教学质量大检查中，教务处精心准备、严密组织、规范操作，通过随堂听课、听优质课、学生问卷等常规检查，客观真实地反映了学校的教学现状和每位教师的教学情况，为学校科学决策和鞭策教师发挥了作用。
@H1 sec=achievements | 3、加强了对教研组工作的指导、督促与检查。本学期各教研组工作落到实处，都订有内容、有措施的计划；教研活动走向制度化、规范化，定时间、定地点开展集体备课、听评课、集体学习和经验交流，内容丰富、安排合理，针对性和实效性增强。
@H1 sec=achievements text=4、强化了对教学图书建设与管理 | 4、强化了对教学图书建设与管理，购买了几门主学科
""",
    ),
    dict(
        name="fresh86_08_deputy_secretary_safety_meeting_speech",
        source="https://wenku.docs.qq.com/detail?docId=sUTn7O1M8p",
        doc_kind="speech", partial=True,
        notes=["A county deputy secretary's speech at a county safety-production meeting, the first of two speeches in a "
               "compilation file on a document-sharing site. Line 1 is the compilation's title as the file shows it, "
               "with the PDF line break left as a space ('…安委扩大会 讲话汇编'); it is NOT the title of this document. "
               "The site's page heading (the same compilation title) and its preview blurb were dropped.",
               "The document's own title is line 2 '副书记在安全生产通报会讲话'.",
               "Masks of the source kept: '县__', '电视__会议', '县人民__', '讲了很好___', 'XX年'.",
               "'下面，我讲三点意见：' is a lead-in (body). The first point '一、认清形势，提高认识，切实增强抓好安全生产工作"
               "的责任感 和紧迫感' keeps the PDF break space inside it; requirements (guidance, measures accepted).",
               "The site's page marker '第1 页共 10 页' is glued to the end of the last (truncated) body line."],
        units=[],
        text="""\
副书记在安全生产通报会讲话与副书记在安委扩大会 讲话汇编
@T | 副书记在安全生产通报会讲话
县委、县__决定今天召开全县安全生产工作会议，任务是贯彻全省、全市安全生产工作会议精神，总结经验、通报情况、分析形势、部署下一步工作。刚才县安监局通报了今年以来全县的安全生产情况，县公安局通报了XX年全县道路交通安全情况，同志就抓好今年的安全生产讲了很好___。会上表彰了XX年安全生产先进单位和先进个人，县人民__与各乡镇、县直有关部门签订了安全生产目标任务责任书，希望大家结合实际抓好落实。
下面，我讲三点意见：
@H1 sec=requirements alt=guidance,measures | 一、认清形势，提高认识，切实增强抓好安全生产工作的责任感 和紧迫感
2月10日刚开过全县安全生产工作电视__会议，相隔不到20天又召开全县安全生产工作会议，足见形势异常严峻。春节以来不到40天，全县发生多起安全生产事故，长丰的“2.9事故”造成3死7伤，群众生命财产损失重大。这些事故除了天气等自然因素，很大程度上源于从业人员安全意识淡薄，也与相关乡镇、部门履职不力、监控不到位、责任主体不明确有关，说明我们的工作还不到位、不深入，还有大量工作要做，与上级 第1 页共 10 页
""",
    ),
    dict(
        name="fresh86_09_mayor_safety_committee_speech",
        source="https://laojin123.com/article/31261.html",
        doc_kind="speech", partial=True,
        title_override="市长在全市安全生产委员会例会上的讲话",
        notes=["A mayor's speech at a city safety committee meeting before New Year and Spring Festival. The page shows "
               "the title as its heading (line 1), then a line of conversion debris (a broken tag 'l> [标签:标题]' and the "
               "Word/HTML CSS of the file, kept verbatim and never labelled), then the title again (line 3) where the "
               "document starts: lines 1 and 3 are both title lines, title is the one text.",
               "The store ran the document into one paragraph; it was split at the salutation, the lead-in and the "
               "heading. '同志们：' (salutation) and '下面，我就当前安全生产工作讲几点意见：' (lead-in) are body.",
               "One point in view '一、认清形势，增强做好安全生产工作责任感' (requirements; guidance, measures accepted). "
               "'1-11月' at the start of its body is a month range, not numbering. The page ends with '忽……' and the "
               "site's paywall line '试读结束，开通会员文档无限下载使用' (kept as debris)."],
        units=[],
        text="""\
@T | 市长在全市安全生产委员会例会上的讲话
l> [标签:标题] @page { size: 8.27in 11.69in; margin-left: 1.25in; margin-right: 1.25in; margin-top: 1in; margin-bottom: 1in } p { color: #000000; line-height: 115%; text-align: justify; orphans: 0; widows: 0; margin-bottom: 0.1in; direction: ltr; background: transparent } p.western { font-family: "Times New Roman", serif; font-size: 10pt; so-language: en-US } p.cjk { font-family: "宋体", "SimSun"; font-size: 10pt; so-language: zh-CN } p.ctl { font-family: "Times New Roman", serif; font-size: 10pt; so-language: ar-SA }
@T | 市长在全市安全生产委员会例会上的讲话
同志们：
今天市安委会在这里召开全市安全生产例会，重点分析当前的安全生产形势，研究部署元旦、春节前的安全生产工作。刚才市公安局、市交通局、市经委对道路交通和春运工作作了具体安排，市安监局通报了今年以来全市的安全生产情况。
下面，我就当前安全生产工作讲几点意见：
@H1 sec=requirements alt=guidance,measures | 一、认清形势，增强做好安全生产工作责任感
1-11月，全市安全生产形势总体平稳，有喜有忧。喜的是没有发生特大伤亡事故，重大事故和死亡人数都比上年同期下降，希望大家再接再厉，苦战20天，确保完成全年任务，为新的一年打好基础。忧的是事故总量、受伤人数和经济损失大幅上升，未遂重大险情接连出现，说明基础不牢、薄弱环节多，形势依然严峻。特别是明年元旦、春节都在一月，节日间隔短，生产经营单位赶进度、抢市场，生产、经营、运输和人流、物流都处在一年最繁忙的时段，忽……
试读结束，开通会员文档无限下载使用
""",
    ),
    dict(
        name="fresh86_10_town_safety_meeting_speech_draft",
        source="https://m.bimoxiezuo.com/view?id=n5tw63s7mi4tgzdf&type=2",
        doc_kind="speech", doc_kind_alt=["report"], partial=True,
        notes=["Titled '镇安全生产会议讲话稿' (a speech draft for a town meeting), but the body reads as a relay of the "
               "county's safety meeting: its opening reports what the deputy county head and the county head did, and the "
               "points are the county head's 'five strengthenings' passed on to the towns and departments. doc_kind speech "
               "(its title and its use), report accepted.",
               "Points '一是强化思想意识。…' and '二是强化责任落实。…' are run-in headings at level 1 (numbering 一是), "
               "requirements (guidance, measures accepted). The page ends inside 二是 ('…各有关部门要').",
               "Other pages of m.bimoxiezuo.com are sources of earlier sets (different ids); this one is not."],
        units=[],
        text="""\
@T | 镇安全生产会议讲话稿
在20XX年全县安全生产工作会议上，副县长传达了上级会议精神，通报了20XX年的工作，对20XX年安全生产工作作了全面部署；会议表彰了安全生产先进单位和个人，颁发了责任状，县长对全县安全生产工作提出了“五个强化”。
@H1 sec=requirements alt=guidance,measures | 一是强化思想意识。各乡镇、各部门特别是各级领导干部要把思想统一到安全生产的总体部署上来，把安全生产列入重要议事日程、当作头等大事，认清它的长期性、艰巨性和复杂性，警钟长鸣，保持清醒，增强紧迫感和责任感，做到强化责任、强化措施、强化运作、强化落实。
@H1 sec=requirements alt=guidance,measures | 二是强化责任落实。各乡镇政府、各有关部门要
""",
    ),
]
