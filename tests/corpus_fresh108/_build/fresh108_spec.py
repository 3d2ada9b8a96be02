# -*- coding: utf-8 -*-
"""The hundred-and-eighth held-out fresh set: a RANDOM DRAW across the genre.
Python's random was seeded with 108 and, for each draw, an organisation type
(乡镇, 街道, 社区, 村, 学校, 幼儿园, 医院, 卫生院, 银行, 企业, 协会, 局, 委员会,
团委, 妇联, 工会, 党支部, 派出所), a kind (工作计划, 工作要点, 实施方案, 活动方案,
工作总结, 述职报告, 工作汇报, 讲话稿) and a year 2012-2024 were drawn; the
first usable page of the `search` tool's `pages` corpus for each draw was
taken (draws, queries and set-aside pages in notes_queries.txt).  18 draws
gave 8 documents: a school's 2022 work plan, a city CPPCC standing
committee's work report, a college association's anniversary plan, a
bureau union's hill-climbing contest plan, a city leader's speech on
community league building, a county calligraphers' association's
spring-couplet plan, a township women's federation's 2017 plan and a
kindergarten's 2021 Spring Festival plan.  None of the source pages is a
source of another set (exclusion lists named in the brief, and a grep of a
distinctive sentence of each page across /work/fresh*/ and
/work/wt-lead/tests/corpus_*/).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  breadcrumbs, posting lines, 小编 blurbs, collection titles, sample
  numbers, text of other samples after a paywall line) was dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH108_DOCS = [
    dict(
        name="fresh108_01_school_2022_work_plan",
        source="https://ailagua.com/gongzuojihua/4023.html",
        doc_kind="plan", partial=True,
        notes=["Draw 1 (学校 工作要点 2022): a school's 2022 work plan (a 工作计划, the nearest usable page). PDF text: "
               "the page marker '- 1 -' before the title is kept as a line (debris, not labelled); a stray '2' before "
               "the title ('2 2022 年学校工作计划') was dropped; the title keeps the PDF spacing '2022 年'. The site's "
               "blurb ('下面是小编为大家整理的…') was dropped.",
               "The four task areas 一、…四、 (each a slogan in quotation marks) are level 1, kind goals (measures "
               "accepted, the task areas of a plan); each has a one-line body.",
               "Under 三、 the numbered course tasks are statements, labelled items (level 2; goals, measures accepted like their parent). The page runs them "
               "together as the PDF extraction gave them: item 3 breaks over the page marker '- 2 -' (the next line "
               "starts '- 2 - 生产劳动+…', not labelled), and '4.…', '6.…', '7.…' sit in the middle of lines after "
               "'；' (markers in the middle of a line are not labelled); only '5.…' starts a line.",
               "The page ends inside 四、 with the item fragment '1.小组合作学习成为课堂'."],
        units=[],
        text="""\
- 1 -
@T | 2022 年学校工作计划
学校以“和合教育”办学思想统领全局，瞄准“和合至美”特色学校建设目标，借省“十三五”课题“核心素养视角下的‘养根树人’特色学校创建行动研究”之力，以厚植“和暖党建”为引领、以培养“和乐学子”为目标，涵育“和谐文化”，培育“和美教师”，打造“和合课程”，创生“合.润课堂”，全面提高育人质量和办学品质。具体措施如下：
@H1 sec=goals alt=measures | 一、厚植“和暖党建”
以“党建引领，砥砺奋进”为理念，着重抓总支和党 员队伍建设，打响“和暖党建”品牌。
@H1 sec=goals alt=measures | 二、涵育“和谐文化”
以“和谐共生，多元融合”为理念，着力建设学习文化、书香文化和环境文化。
@H1 sec=goals alt=measures | 三、打造“和合课程”
以“养根厚德，健身睿智”为理念，继续完善“五育并举”的“和合课程”体系。
@I2 sec=goals alt=measures | 1.进一步丰富“和合课程”体系。
@I2 sec=goals alt=measures | 2.继续打造艺体特色课程。
@I2 sec=goals alt=measures | 3.在 2021 年度探索的基础上，建构起“日常生活劳动+
- 2 - 生产劳动+服务性劳动”的课程体系，开辟校外劳动基地，全面落实劳动教育； 4.全面推进“**”课程，让汇波的每个孩子爱上阅读、养成读书习惯，把图书管理变成学生自主管理的舞台；
@I2 sec=goals alt=measures | 5.继续充实核心价值观育人课程，全面普及并深化心理健康教育课程； 6.继续实施经典诵读课程，开展首轮课程评价和阶段性展示； 7.“XX 印象”跨学科课程完成一轮实践后，在其他年级全面铺开。
@H1 sec=goals alt=measures | 四、创生“合润课堂”
以“合作思辨，润泽课堂”为理念，着力打造“合.润课堂”：继续推进小组合作学习，用学科任务单启发学生思辨、重构思维方式，建设以学生的“学”为中心的爱学课堂。
@I2 sec=goals alt=measures | 1.小组合作学习成为课堂
""",
    ),
    dict(
        name="fresh108_02_cppcc_standing_committee_work_report",
        source="http://www.hnchangning.gov.cn/zwgk/ztzl/lhzt/zybg/20250305/i3593193.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告",
        notes=["Draw 2 (委员会 工作总结 2018): a city CPPCC standing committee's work report to its plenary session "
               "(its 2024 review; no 2018 page was found). The portal's header, breadcrumb, the page's own title line "
               "(the same title run together) and the source line were dropped; the speaker's name line was dropped "
               "(personal name).",
               "The title is set over three lines as on the page ('中国人民政治协商会议' / '常宁市第十一届委员会常务委员会' / "
               "'工 作 报 告' with spaces) plus the occasion line '—在3月2日政协常宁市第十一届委员会第五次会议上' (a "
               "subtitle starting with a single dash): all four are title lines; the title is the report's name, set "
               "by title_override.",
               "The salutation '各位委员、同志们：' is a body line. The only heading in view is the unnumbered "
               "'2024年工作回顾' (level 1, achievements); the page ends inside its third paragraph ('…参政')."],
        units=["政协常宁市第十一届委员会常务委员会"],
        text="""\
@T | 中国人民政治协商会议
@T | 常宁市第十一届委员会常务委员会
@T | 工 作 报 告
@T | —在3月2日政协常宁市第十一届委员会第五次会议上
各位委员、同志们：
受政协常宁市第十一届委员会常务委员会委托，我向大会报告工作，请各位委员审议，并请列席会议的同志提出意见。
@H1 sec=achievements | 2024年工作回顾
2024年是中华人民共和国成立75周年，也是人民政协成立75周年。中共中央、全国政协隆重庆祝人民政协成立75周年，习近平总书记出席大会并发表重要讲话，高度评价人民政协的历史贡献，阐明其鲜明中国特色和显著政治优势，对推进协商民主广泛多层制度化发展提出明确要求，为新时代人民政协事业高质量发展指明了方向。
一年来，中共常宁市委、常宁市人民政府带领全市干部群众锚定“三高四新”美好蓝图，践行“制造立市、文旅兴城”发展战略，以“政治引领”为总指引、以“学干比严”为总抓手，大力实施“产业赋能、生态引领、全域融合”，攻坚克难、拼搏实干，各项事业取得新的长足进步。
一年来，市政协及其常委会在市委领导下，以习近平新时代中国特色社会主义思想为指导，贯彻中共二十大和二十届二中、三中全会精神，学习贯彻习近平总书记关于加强和改进人民政协工作的重要思想，紧扣省政协“1453”履职总要求，充分发挥政治协商、民主监督、参政
""",
    ),
    dict(
        name="fresh108_03_student_association_anniversary_activity_plan",
        source="https://www.tabuzhe.com/biji/8922811156497229.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Draw 5 (协会 活动方案 2013): the first sample of a collection ('社团活动策划方案趣味活动方案'): a college "
               "environmental association's (绿洲环保协会) fifth-anniversary party plan; no year in view. The collection "
               "title and sample number ('…趣味活动方案 篇1') were dropped, and the sample has no title of its own: "
               "title null.",
               "Four label headings with colons: '一、活动主题：辉煌五周年，欢乐齐分享。' (value run in; text cut at the "
               "colon; other), '二、活动背景：' (background, guidance accepted), '三、活动目的 ：' (a space before the "
               "colon; goals, guidance accepted) and '四、活动的时间，地点及参与人员：' (other, phases accepted), whose "
               "content is hidden by the site.",
               "The paywall line '…… 此处已隐藏39771字 ……' is kept as debris (not labelled). The text after it on the "
               "page belongs to another sample (an essay contest's rules) and was dropped.",
               "'4月25' (the association's founding day, without 日) is a date in the background body, not a phase."],
        units=["绿洲环保协会"],
        text="""\
@H1 sec=other | 一、活动主题：辉煌五周年，欢乐齐分享。
@H1 sec=background alt=guidance | 二、活动背景：
当年在一位师兄的努力下成立的绿洲环保协会，起初人员很少、人气不旺；如今绿洲已在广科走过五年，从初出茅庐到渐渐成熟，离不开历届师兄师姐的付出和众多同学的参与。4月25是绿洲的生日，也是协会成立五周年的日子，值得好好庆祝。
@H1 sec=goals alt=guidance | 三、活动目的 ：
又一年过去，绿洲走过了辉煌的一年。我们想借周年晚会庆祝协会诞辰，为大学生活开启新的篇章；同时发掘社团里的文艺人才，丰富课余生活，给大家一个展示个人魅力的舞台。
@H1 sec=other alt=phases | 四、活动的时间，地点及参与人员：
…… 此处已隐藏39771字 ……
""",
    ),
    dict(
        name="fresh108_04_bureau_union_hill_climbing_activity_plan",
        source="https://www.wenshubang.com/huodongfangan/317791.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Draw 12 (工会 活动方案 2012): the first sample of a collection ('工会活动方案[汇总15篇]'): a bureau union's "
               "staff hill-climbing contest; no year in view. The site's blurb and the collection title were dropped; "
               "the sample heading '工会活动方案1' is kept as the title without its sample number.",
               "Nine label headings '一、活动标题：' … '九、奖项设置：', each ending in a colon, with value or body lines "
               "below: 活动标题 and its value line '《工会单位职工第一届健身登山比赛》' (other), 活动意义 (goals, "
               "background and guidance accepted), 活动前期预备 (measures, other accepted), '四、活动所需物品：（办公室预备）' "
               "(other, measures accepted; the bracket stays in the heading text), 活动时间 with the value '11月上旬' "
               "(phases, other accepted; an overall activity time: optional phase), 活动路线 (other), 联络小组及工作人员组成 "
               "(responsibilities), 比赛办法 (other, requirements accepted), 奖项设置 (other).",
               "The page's text carries conversion substitutions (进步 for 提高, 预备 for 准备, 担任 for 负责, 注销 for "
               "登记, 当前 for 之后); they stay in the heading lines ('三、活动前期预备：', '（办公室预备）'); bodies are "
               "rewritten. The body of 三、 ends with '，' as on the page. Personal names in 七、 were dropped."],
        units=["局工会办公室", "各科室", "办公室"],
        extra_phases=[
            dict(name="活动时间", start_text="11月上旬", end_text=None, at="11月上旬", optional=True),
        ],
        text="""\
@T | 工会活动方案
@H1 sec=other | 一、活动标题：
《工会单位职工第一届健身登山比赛》
@H1 sec=goals alt=background,guidance | 二、活动意义：
通过组织职工登山比赛，增强职工体质和团队协作精神。
@H1 sec=measures alt=other | 三、活动前期预备：
局工会办公室负责本次活动的组织，并指定专人负责全程安全防范；各科室负责本次活动的宣传，办公室负责活动中的摄影和后期宣传，
@H1 sec=other alt=measures | 四、活动所需物品：（办公室预备）
队旗2面（规格1.2米X1.8米），每面印局工会名称，分男子队、女子队；参赛人员每人一套运动服；矿泉水约8件，给参赛和工作人员人手一瓶；口哨（发令枪）1个。
@H1 sec=phases alt=other | 五、活动时间：
11月上旬
@H1 sec=other | 六、活动路线：
望王山山底路口→望王山（顶点）→前往；
@H1 sec=responsibilities | 七、联络小组及工作人员组成：
比赛在望王山山下和山顶各设一个联络小组，由专人组成；一位主任担任裁判，另有专人负责安全。
@H1 sec=other alt=requirements | 八、比赛办法：
开赛前参赛人员列队，由各队队长登记队员；听到开始口令后出发，登上山顶后到裁判员处报到登记，比赛结束后统一组织下山。
@H1 sec=other | 九、奖项设置：
比赛分男子组和女子组，设一等奖、二等奖、三等奖各一名，分别颁发证书。
""",
    ),
    dict(
        name="fresh108_05_city_community_league_building_meeting_speech",
        source="https://www.xiaomilidoc.com/p-9334670.html",
        doc_kind="speech", partial=True,
        title_override="市社区团建工作现场会的讲话",
        notes=["Draw 13 (社区 讲话稿 2024): a city party leader's speech at an on-site meeting on youth-league building "
               "in communities, the first of a two-speech compilation on a document-sharing site; the year is masked in "
               "the source ('20*年底'). The store ran the page into one paragraph; it was split at the paragraph "
               "boundaries the text shows.",
               "Line 1 '下载后可任意编辑' is the site's marker (debris, not labelled). The compilation title "
               "('…讲话与市禁毒工作大会发言稿汇编') and the speech's own title are both title lines; the title is the "
               "speech's, set by title_override.",
               "The store lost the break after the first point: '一、不断提高认识，进一步增强新形势下加强社区团建工作的"
               "责任感和紧迫感随着…' runs the heading straight into its body without punctuation; kept so, heading text "
               "set by hand. Kind requirements (guidance and measures accepted: a speech point). The lead-in "
               "'下面我讲三点意见。' ends a body line.",
               "The site's page marker is glued inside a word ('97.6 万平第 1 页 共 11 页下载后可任意编辑方米') and kept; "
               "PDF spacing around figures is kept. The page ends inside point 一 ('新增社区绿化面').",
               "Units: 市委组织部 and 团市委, which jointly issued the opinion on community league building (the two "
               "bodies leading the work); the speakers' names were dropped."],
        units=["市委组织部", "团市委"],
        text="""\
下载后可任意编辑
@T | 市社区团建工作现场会的讲话与市禁毒工作大会发言稿汇编
@T | 市社区团建工作现场会的讲话
今天召开的全市社区团建工作现场推动会，既是一次经验交流会，也是一次动员部署会。会上命名表彰了我市首批“社区团建示范区”和“团建示范社区”，交流了好的经验和做法；市委组织部、团市委联合下发了《关于进一步加强社区团建工作的意见》，两位同志分别讲话，对今后一个时期深化社区团建工作作了总体部署、提出了明确要求，我完全赞同。
会议时间不长，但统一了思想、理清了思路、明确了任务，成效明显。我代表市委向受表彰的区和社区表示祝贺，向关心支持社区建设特别是社区团建工作的社会各界和社区干部表示感谢！下面我讲三点意见。
@H1 sec=requirements alt=guidance,measures text=一、不断提高认识，进一步增强新形势下加强社区团建工作的责任感和紧迫感 | 一、不断提高认识，进一步增强新形势下加强社区团建工作的责任感和紧迫感随着改革开放不断深化和城市化快速推进，社区在城市基础管理和功能完善中的作用日益突出，承接了从政府和企事业单位分离出来的大量社会职能。
20*年底，市委、市政府根据城市社区发展的需要，启动了惠及 800 余万市民的社区建设“883 行动计划”，计划用 3 年时间在全市所有社区建起就业和社会保障、城市管理、社会治安综合管理和社会服务四大平台，彻底改变社区面貌，为居民谋实实在在的利益。
目前“883 行动计划”已进入收官阶段，最后一批 52 个社区即将通过达标验收。计划实施以来，全市改造泥巴路 6376 条、下水管网 465.2 千米，新装路灯16078 盏，添置体育健身器材 910 套，拆违 153*处、97.6 万平第 1 页 共 11 页下载后可任意编辑方米，新增社区绿化面
""",
    ),
    dict(
        name="fresh108_06_calligraphy_association_spring_couplets_activity_plan",
        source="https://5usg.com/zhichangwenshu/huodongfangan/68389.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Draw 15 (协会 活动方案 2023): the first sample of a collection ('迎新年送春联活动方案'): a county "
               "propaganda department and the county writers' federation's calligraphers' association sending spring "
               "couplets to a village (井陉县); no year in view. The site's blurb was dropped; the sample heading "
               "(collection title with the sample number '1' glued to the opening sentence) is kept as the title "
               "without the number, the opening on its own line.",
               "Sections shown as the page has them: '一、举办单位' with an empty key-value line '主办单位：' "
               "(responsibilities), '二、活动时间' with no content at all, directly followed by '三、活动地点' "
               "(phases, other accepted; no phase: the time is blank), 三、活动地点 (other) with the value line "
               "'南王庄乡南康庄村', 四、活动内容 (goals; phases and measures accepted: it narrates the day's schedule; "
               "the times in it are not labelled as slots), 五、筹划工作及分工 (responsibilities) with unit-name "
               "headings '1、县委宣传部' and '2、县文联' (level 2).",
               "The page's paywall marker '……此处隐藏5371个字……' sits mid-sentence at the end of the 2、 body "
               "('…策划和组 ……此处隐藏5371个字……') and is kept; the text after it belongs to another sample (a college "
               "calligraphy association's plan) and was dropped. The route uses '――' separators (kept in the body); "
               "the source's mask '**' (县文联**) is kept."],
        units=["中共井陉宣传部", "井陉县文联书法家协会", "xx珍母家庭基金会", "书法、诗词楹联协会", "县委宣传部", "县文联"],
        text="""\
@T | 迎新年送春联活动方案
为繁荣井陉文化事业、活跃群众文化生活，让大家过一个祥和幸福的春节，进一步落实县委宣传部送文化下乡的精神，中共井陉宣传部、井陉县文联书法家协会联合xx珍母家庭基金会，在春节前夕举办“珍母”杯送春联下乡活动。
@H1 sec=responsibilities | 一、举办单位
主办单位：
@H1 sec=phases alt=other | 二、活动时间
@H1 sec=other | 三、活动地点
南王庄乡南康庄村
@H1 sec=goals alt=phases,measures | 四、活动内容
1月7日早上8点半前，珍母家庭基金会的车在府南街路边等候，书法、诗词楹联协会在县文联**集合，八点半准时出发，走良都――五岭子――南王庄――南康庄一线，车停南康庄村委院内。村里安排村民代表，每人配合一位书法家写字；11点各级领导到齐后举行仪式，仪式后合影，再到南王庄饭店就餐，饭后回南康庄接着写对联。
@H1 sec=responsibilities | 五、筹划工作及分工
@H2 | 1、县委宣传部
审定活动方案，协调井陉电视台摄像和新闻播出，联系南王庄乡党委政府领导届时到场。
@H2 | 2、县文联
起草活动方案并报县委宣传部审定，协助县委宣传部同赞助、主办、协办单位沟通，负责整个活动的策划和组 ……此处隐藏5371个字……
""",
    ),
    dict(
        name="fresh108_07_township_womens_federation_2017_plan",
        source="http://m.010zaixian.com/gongwen/gongzuojihua/423180.htm",
        doc_kind="plan", partial=True,
        notes=["Draw 16 (妇联 工作计划 2017): a township women's federation's annual plan (Sichuan), posted as "
               "'乡镇2017年妇联工作计划'; the stored text starts with the site's blurb (a sentence on the All-China Women's "
               "Federation and '以下是小编为您带来的…'), which was dropped, and shows no title line: title null. The body "
               "has '20XX年' although the page names 2017; the source's masks ('XX大', 'XX届X中全会', '***理论', "
               "'家庭***') are kept.",
               "The opening sentence '20XX年我镇妇联工作的指导思想和总体要求是…' is a body line (a sentence, not a label "
               "heading). The task areas 一、 and 二、 are level 1, kind goals (measures accepted).",
               "Kept on purpose: an SEO insertion inside the body of 一、 ('合作经济、压滤机滤布 扶贫救助网络') and the "
               "source's typo '法侓援助'. The page ends inside 二、 ('…在妇女儿童维权')."],
        units=["我镇妇联"],
        text="""\
20XX年我镇妇联工作的指导思想和总体要求是：高举中国特色社会主义旗帜，以***理论和“三个代表”重要思想为指导，深入学习贯彻党的XX大、XX届X中全会和县委XX届X次全会精神，落实科学发展观，按照中国妇女X大和四川妇女XX大提出的目标任务，紧扣全县工作大局、贴近妇女发展需求，解放思想、与时俱进，履行组织、引导、服务妇女和维护妇女儿童合法权益的职责，力争在动员妇女参与经济社会发展、维护妇女儿童权益、创新妇联工作上都有新作为，以优异成绩向建国XX周年献礼。
@H1 sec=goals alt=measures | 一、组织动员妇女参与新农村建设
围绕党的XX届X中全会提出的农村改革发展目标任务，继续深化“双学双比”活动，大力实施“巾帼创业发展行动”，完善城乡一体的教育培训、科技示范、信息服务、合作经济、压滤机滤布 扶贫救助网络，重点抓好妇女特别是返乡妇女的教育培训，提高她们的综合素质和创业能力。积极创建“巾帼文明示范村”，发展节约型、循环和生态农业，发挥种养基地和回乡创业人员的作用，开展农业产业标准化指导和推广，帮助农村妇女脱贫致富、返乡妇女就业创业。
@H1 sec=goals alt=measures | 二、维护妇女权益，进一步优化妇女发展环境
着力构建社会化维权机制，健全妇女利益协调、诉求表达、矛盾调处和权益保障机制，做好矛盾纠纷的预防预测和排查化解，引导妇女以理性合法的方式表达诉求。继续加强与政法部门的协作，发挥法侓援助、家庭***等机构在妇女儿童维权
""",
    ),
    dict(
        name="fresh108_08_kindergarten_2021_spring_festival_activity_plan",
        source="https://m.wenke99.com/p-11463139.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Draw 17 (幼儿园 活动方案 2021): the first sample of a document-sharing collection ('2021春节幼儿园活动方案"
               "模板', five samples); the store ran the page into one paragraph, split here at the headings and items. "
               "The collection title and the site's introduction ('百节年为首…今日整理了…五篇供大家参考') were dropped; "
               "the sample heading '2021春节幼儿园活动方案1' is kept as the title without its sample number. A stray "
               "'(' at the end of the page was dropped.",
               "The conversion's substitutions are kept in headings and items (支配 for 安排, 宣扬 for 宣传, 预备 for "
               "准备, 关心 for 帮助, 告知 for 告诉), as is the stray enumeration comma in '收集、灯笼'.",
               "Structure: the unnumbered label heading '活动内容支配：' (level 1, goals, measures accepted) over "
               "'（一）组织开展升挂国旗活动' (a heading with no body) and '（二）搞好宣扬，营造气氛，进行班级环境布置' "
               "(level 2), whose short label headings '1.宣扬：', '2.预备：', '3.环境：' (level 3) hold （1）（2）（3） "
               "task lines, labelled items (level 4). Every entry below the label carries goals with measures accepted, like "
               "the label ('2.预备：' is preparation)."],
        units=[],
        text="""\
@T | 2021春节幼儿园活动方案
@H1 sec=goals alt=measures | 活动内容支配：
@H2 sec=goals alt=measures | （一）组织开展升挂国旗活动
@H2 sec=goals alt=measures | （二）搞好宣扬，营造气氛，进行班级环境布置
@H3 sec=goals alt=measures | 1.宣扬：
@I4 sec=goals alt=measures | （1）借助晨间谈话、观看视频、课堂等，关心幼儿了解春节的风俗习惯。
@I4 sec=goals alt=measures | （2）引导幼儿用多种方法和手段记录、介绍春节
@H3 sec=goals alt=measures | 2.预备：
@I4 sec=goals alt=measures | （1）老师和幼儿、家长一起收集新年的图片、照片和实物，布置专栏。
@I4 sec=goals alt=measures | （2）收集、灯笼、福字、对联等与春节有关的物品。
@I4 sec=goals alt=measures | （3）收集卷筒纸芯等废旧材料。
@H3 sec=goals alt=measures | 3.环境：
@I4 sec=goals alt=measures | （1）布置“让我来告知你”板块，把幼儿收集的春节物品集中展示，互相交流，达到“资源共享”。
@I4 sec=goals alt=measures | （2）用幼儿带来的灯笼、福字、对联和自制的春节物品布置班级环境。
""",
    ),
]
