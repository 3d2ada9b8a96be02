# -*- coding: utf-8 -*-
"""The 113th held-out fresh set: a RANDOM DRAW across the genre.  Python's
random was seeded with 113 and, for each draw, picked an organisation type
(县, 市, 区, 乡镇, 街道, 村, 中学, 小学, 高校, 医院, 疾控中心, 供电公司, 银行,
商会, 团委, 妇联, 工会, 党委, 法院, 税务局) and a kind (工作计划, 工作要点,
实施方案, 行动方案, 活动方案, 工作总结, 述职报告, 讲话稿, 调研报告); for each
draw the first usable page of the `search` tool's `pages` corpus was taken
(draws and queries in notes_queries.txt).  Eight documents: a county's
tourism-festival activity plan, a town party committee's election summary,
a county head's speech, a primary-school teacher's debriefing report, a
people's hospital's culture-building scheme, a bank's card-discount
activity plan, a city survey report (problems and suggestions) and a
village's Spring Festival sports activity plan.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  collection titles, sample labels, download panels) was dropped.
- Heading, title and key-value lines keep the source's numbering, wording
  and punctuation; full-width punctuation （）：，；“” was restored from the
  store's NFKC text (clock times keep their half-width colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, slogans and the masking
  found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH113_DOCS = [
    dict(
        name="fresh113_01_county_hakka_tourism_festival_activity",
        source="http://lieshai.com/html/11543.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Draw 1 (县, 活动方案): a county's (赣县) activity plan for a Hakka eco-culture tourism festival. The stored "
               "text starts with the opening paragraph; no title line is visible, so title is null.",
               "四 levels: 一、 / 1. / （1） / ①. The 1. entries are written '1.20XX中国（赣州）…' with the year right after the "
               "dot (numbering set by hand: '1.'). Each event carries key-value lines (活动时间：/活动地点：/活动内容：/牵头单位：/"
               "责任单位：), which are body and never labelled.",
               "三、活动安排 lists the festival's events: kind goals (the content of an activity plan), phases accepted; the "
               "events below inherit it.",
               "二、活动时间 gives the overall period '20XX年3月—12月' and the concentrated period '20XX年3月20日至3月22日'; both "
               "are optional overall periods. The per-event times in the key-value lines ('3月上旬', '3月20日上午…') are event "
               "dates, not phases.",
               "The page ends after '④宝莲山风景区奠基仪式' and its time line; a bare '活动地点' fragment at the very end was "
               "dropped."],
        units=["县委宣传部", "县旅游局", "县委办", "县政府办", "县文广局", "县城乡规划建设局", "县城南片区建设指挥部",
               "县委党史办", "储潭乡政府"],
        extra_phases=[
            dict(name="活动时间", start_text="20XX年3月", end_text="12月", at="20XX年3月—12月"),
            dict(name="集中活动时间", start_text="20XX年3月20日", end_text="3月22日", at="20XX年3月20日至3月22日"),
        ],
        text="""\
为弘扬客家文化、展示赣县形象、把旅游产业做大做强，让更多人认识赣县，加强与海内外的交流合作，县里将举办20XX中国（赣州）客家生态文化旅游节，并制定本活动方案。
@H1 sec=other | 一、活动主题
打响“世界客家摇篮 休闲养生福地”旅游品牌，吸引更多人关注赣县、来到赣县。
@H1 sec=phases alt=other | 二、活动时间
20XX年3月—12月。集中活动时间为20XX年3月20日至3月22日（共三天）。
@H1 sec=goals alt=phases | 三、活动安排
@H2 num=1. | 1.20XX中国（赣州）客家生态文化旅游节暨赣县樱花节新闻发布会
活动时间：3月上旬
活动地点：客家文化城
活动内容：请国内主要媒体到场宣传造势，并邀请珠三角和赣州市的旅行社参加发布会。
牵头单位：县委宣传部、县旅游局
@H2 num=2. | 2.20XX中国（赣州）客家生态文化旅游节启动仪式暨赣县樱花节
@H3 | （1）开幕式
活动时间：3月20日上午
活动地点：客家文化城
活动内容：举行隆重的启动仪式
牵头单位：县委宣传部
责任单位：县委办、县政府办、县委宣传部、县文广局、县城乡规划建设局
@H3 | （2）开（竣）工典礼
@H4 | ①文昌阁竣工典礼
活动时间：3月20日上午（启动仪式结束后）
活动地点：文昌阁建设现场
活动内容：文昌阁竣工，举行向游客开放的典礼
牵头单位：县城南片区建设指挥部
@H4 | ②将军堂、进士堂开馆仪式
活动时间：3月20日上午（启动仪式结束后）
活动地点：赣县客家名人公园
活动内容：将军堂、进士堂开馆，举办蒋经国在赣南展
牵头单位：县城南片区建设指挥部、县文广局、县委党史办
@H4 | ③狮子岩、燕子岩风景区奠基仪式
活动时间：3月20日上午（启动仪式结束后）
活动地点：狮子岩、燕子岩风景区
牵头单位：县旅游局、储潭乡政府
@H4 | ④宝莲山风景区奠基仪式
活动时间：3月20日上午（启动仪式结束后）
""",
    ),
    dict(
        name="fresh113_02_town_party_committee_election_summary",
        source="https://www.wenshu999.com/gongzuozongjie/430448.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Draw 3 (党委, 工作总结): the first sample of a collection page ('2020换届工作总结报告'): a town party "
               "committee's summary of its 20xx party-committee election. The page title, the site blurb and the sample "
               "number '1' were dropped; the sample has no title line of its own, so title is null.",
               "The opening paragraph is broken in the middle of a sentence on the page ('…委员会委员8名，' / '纪律检查委员会"
               "委员5名…'); the break is kept, so one sentence runs over two body lines.",
               "Only one heading is in view: '一、严肃纪律，确保换届风清气正', kind achievements (what was done). The "
               "'八项活动' listed inside its body ('开展换届纪律教育活动，…；开展专题承诺活动，…') are run-in clauses of one "
               "paragraph, not labelled. The page ends inside that paragraph ('营造浓厚的严肃').",
               "Document number '县委发[20xx]3号', masks 20xx and XX镇 kept as on the page."],
        units=["镇党委"],
        text="""\
按照县委发[20xx]3号《关于认真做好20xx年乡镇党委换届工作的通知》的要求，我镇高度重视、精心筹备、严肃纪律、规范程序，于20xx年3月22日召开换届选举大会，出席党代表111名，到会率达96%，选出中共XX镇第十四届委员会委员8名，
纪律检查委员会委员5名和出席县第十三次党代表大会的代表10名，各项议程顺利完成，县委提名的候选人全部高票当选，组织意图得到充分体现。
经过换届，镇党委、纪委班子的结构更加合理，干部素质有所提高，平均年龄有所下降。
@H1 sec=achievements | 一、严肃纪律，确保换届风清气正
镇党委、政府把严肃换届纪律摆在突出位置，坚持预防、教育、警示在先，开展“八项活动”：组织换届纪律教育，党委中心组先学，再集中组织镇村干部学习纪委、中组部《通知》和省、市、县委的纪律要求；开展专题承诺，镇党委向组织部承诺，班子成员向镇党委承诺，支部书记全部作出承诺；开展谈心谈话，主要领导与班子成员和后备干部逐一交流，及时做好思想工作；开展重点宣传，多渠道宣传中央“5个严禁、17个不准和5个一律”的纪律要求，营造浓厚的严肃
""",
    ),
    dict(
        name="fresh113_03_county_head_township_secretaries_speech",
        source="https://m.wenke99.com/p-4901444.html",
        doc_kind="speech", partial=True,
        notes=["Draw 2 (县, 讲话稿), second query: a county head's speech at a forum of township party secretaries, on a "
               "document-sharing site whose conversion turned Chinese numerals into digits ('第1责任', '4城同创', '3溪', "
               "'讲3点意见', '1季度') and left PDF spaces. The page is one run-together block; it was split into lines at "
               "the title, salutation, paragraph and heading boundaries.",
               "Two title lines: the site's short title '县长在全县乡镇党委书记座谈会上讲话' and the document's own "
               "'县长在全县乡镇党委书记座谈会上的讲话'; the label takes the document's own (title_override), both are title "
               "lines.",
               "'1、1 4月经济运行情况良好' is the first point (the conversion of '一、1—4月…', the dash lost): numbering '1、', "
               "level 1. Its kind is achievements (a review of the economy so far), with requirements accepted (the points of "
               "a speech). '（1）经济指标实现“开门红”。…' is run in with its body, level 2; the two were on one line on the "
               "page ('…情况良好(1)经济指标…') and were split.",
               "The blank figure '地区生产总值 亿元' is kept. The page ends inside the body ('gdp增').",
               "A colleague's given name in the opening was dropped."],
        units=[],
        title_override="县长在全县乡镇党委书记座谈会上的讲话",
        text="""\
@T | 县长在全县乡镇党委书记座谈会上讲话
@T | 县长在全县乡镇党委书记座谈会上的讲话
同志们：
今天会议的任务，是贯彻全市区县委书记座谈会议精神，低调务实、少说多干、埋头苦干，全力做好全县改革发展稳定工作，为“科学发展、 富民兴垫”多作贡献。刚才有同志讲了稳定工作，稳定是第1责任；下面我主要讲发展，发展是第1要务，没有发展，解决问题就没有后劲。
今年以来，县委、县 政府以“工业经济推动年”为主题、以“4城同 创”为抓手、以实行5个10大项目为载体，推动工业化、信息化、城镇化、农业现代化取得阶段性成果；各乡镇、各部门结合自身条件积极干事，包家、3溪、坪山、裴兴、砚台、杠家、沙河、高安和渝万城际铁路沿线8个乡镇在抓发展、惠民生上做了大量工作，形成了新的亮点。
下面，我就经济运行工作讲3点意见。
@H1 sec=achievements alt=requirements | 1、1 4月经济运行情况良好
@H2 | （1）经济指标实现“开门红”。1季度，地区生产总值 亿元，居全市第21位、考核组第4位；gdp增
""",
    ),
    dict(
        name="fresh113_04_primary_teacher_title_debriefing_report",
        source="https://wenshuyi.com/a/file7qgcl764.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Draw 4 (小学, 述职报告): the first sample of a collection '小学教师职称的述职报告(精选8篇)': a primary-school "
               "teacher's debriefing report for a professional title. The collection title was dropped; the sample starts "
               "directly with 一、 and has no title line, so title is null.",
               "Two level-1 headings written as sentences ending in '。' ('一、提高政治思想意识，加强师德修养，为人师表。'), "
               "each followed by a long body paragraph; kind achievements (a 述职报告 reviews what was done).",
               "Titles of courses and papers in 《》 are kept. The page ends inside the second body ('…顺利地完成教学')."],
        units=[],
        text="""\
@H1 sec=achievements | 一、提高政治思想意识，加强师德修养，为人师表。
任职以来，我忠于党的教育事业，拥护党的领导，贯彻党的教育方针，遵纪守法、爱岗敬业、团结同事，认真履行教师职责，生活上勤俭朴素，不计名利。20xx年，我服从学校安排，从语文教学改任体育教学，踏实履行教育教学职责，推进素质教育，高效完成各项任务，得到学生、家长和学校的认可，也受到上级领导的好评。
@H1 sec=achievements | 二、加强业务知识学习，努力提高自身综合素质。
任教以来，我全面履行小学教师职责，用更高标准要求自己，教学成绩显著。我注重在工作之余学习提高：参加小学教师继续教育培训，阅读教育期刊，通过教育网站了解教学动态、借鉴他人经验；尽量调课去听学校的公开课，向有经验的老师请教；参加学校组织的《师德修养及教育》、《新课程、新理念、新技术》学习，转变了旧的课堂教学模式。任现职以来，我积极参加教研活动，撰写了《小学体育教学途径的探索》、《教师在课堂上应如何倾听学生的见解》等教育论文。在教学上，我为了做到有条不紊、有的放矢、顺利地完成教学
""",
    ),
    dict(
        name="fresh113_05_people_hospital_culture_building_scheme",
        source="https://max.book118.com/html/2025/1012/8004132071007142.shtm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Draw 6 (医院, 实施方案): a people's hospital's culture-building scheme ('人民医院文化建设方案及计划', a .docx "
               "on a document-sharing site, marked by the site as written with AI help). The site's file-name line, the "
               "licence panel and the comment and related-documents lines were dropped.",
               "Kept on purpose and never labelled: the Word page-field remnants 'PAGE' and '1-' that the page shows above "
               "the title.",
               "Decimal numbering: '一、指导思想与目标' (level 1) over '1.1确立文化建设的指导思想' (level 2, numbering '1.1', "
               "style none). 一、 is guidance (goals accepted: it names both); 1.1 is guidance.",
               "'（1）在确立…方面，…' and '（2）确立文化建设的指导思想要…' are paragraphs of argument, labelled items at level "
               "3. The page ends inside （2） ('要立足医院自')."],
        units=[],
        text="""\
PAGE
1-
@T | 人民医院文化建设方案及计划
@H1 sec=guidance alt=goals | 一、指导思想与目标
@H2 num=1.1 sec=guidance | 1.1确立文化建设的指导思想
@I3 | （1）在确立人民医院文化建设的指导思想时，要认识到文化建设对医院发展的分量，通过培育和谐、创新、服务、卓越的医院文化，增强医院核心竞争力，回应群众日益增长的健康需求；要把社会主义核心价值观融入医院文化，坚持以人为本、以患者为中心、以服务为宗旨、以质量为生命线。
@I3 | （2）确立文化建设的指导思想要紧密结合国家卫生政策和医院实际情况。一方面要响应深化医改、建设健康中国的号召，让文化建设与医改目标相协调；另一方面要立足医院自
""",
    ),
    dict(
        name="fresh113_06_bank_card_jewellery_discount_activity",
        source="https://max.book118.com/html/2018/0314/157315419.shtm",
        doc_kind="activity_plan", partial=True,
        notes=["Draw 12 (银行, 活动方案): a bank's (中国银行) card-holder discount activity with a jeweller, from a .doc on "
               "a document-sharing site; the site's licence panel was dropped. The page ran the headings and their values "
               "into one paragraph ('…2017年9月20日二、活动对象 中国银行借记卡…'); they were split into lines.",
               "Two title lines: the file's title '银行广告策划方案' and the activity plan's own '陕西金岳楼珠宝特惠活动方案'; "
               "the label takes the plan's own (title_override), both are title lines.",
               "Four short label headings 一、…四、, level 1: 活动时间 phases (other accepted), 活动对象 and 活动地点 other, "
               "活动内容 goals. The value '2017年9月20日' is an optional overall activity time.",
               "The page ends inside the quoted offer ('“黄金每克266元，凭中行卡'), kept as the fragment it is."],
        units=[],
        title_override="陕西金岳楼珠宝特惠活动方案",
        extra_phases=[dict(name="活动时间", start_text="2017年9月20日", end_text=None, at="2017年9月20日")],
        text="""\
@T | 银行广告策划方案
@T | 陕西金岳楼珠宝特惠活动方案
@H1 sec=phases alt=other | 一、活动时间
2017年9月20日
@H1 sec=other | 二、活动对象
中国银行借记卡、中银信用卡、长城信用卡
@H1 sec=other | 三、活动地点
陕西金岳楼珠宝店（西安市西大街219号）
@H1 sec=goals | 四、活动内容：
活动期间，在规定时段持中行卡到指定门店刷卡消费，可享受“黄金每克266元，凭中行卡
""",
    ),
    dict(
        name="fresh113_07_city_natural_resources_survey_report",
        source="https://sucai198.com/diaoyanbaogao/2022/09/34511_7.html",
        doc_kind="report", partial=True,
        notes=["Draw 13 (市, 调研报告): page 7 of a collection of survey reports ('调研报告汇编(61篇)(第7/23页)', title "
               "and page counter dropped): the middle of a city survey report on the city's natural resources and planning "
               "bureau. The page starts at （三） of the problems part; the report's title and its 一、 and 二、 headings are "
               "not in view, so title is null.",
               "（三）…（六） are problems whose parent (二、…问题) is absent: level 2 by the hierarchy the text shows (三、 over "
               "（一）), level 1 accepted. '三、对市自然资源和规划局下一步工作的建议' is next_steps (measures accepted), its "
               "（一）…（三） level 2. All entries are run-in headings '（三）联合测绘工作推进较慢。…'.",
               "'一是…二是…' inside the bodies are not labelled. The page ends inside （三） of the suggestions "
               "('…“千村示范、万村整治”').",
               "Figures (1047个村庄, 约47%, 2021年) kept."],
        units=["市自然资源和规划局"],
        text="""\
@H2 sec=problems lvlalt=1 | （三）联合测绘工作推进较慢。联合测绘本是便民措施，但涉及部门多，各部门测绘要求和标准不一，推进难度加大。
@H2 sec=problems lvlalt=1 | （四）村庄规划编制工作有待加强。一是覆盖率有待提高，目前全市1047个村庄编制了村庄规划，占比约47%。二是部分乡镇积极性不高，资金紧张又缺少指导和培训，编制意愿不强。
@H2 sec=problems lvlalt=1 | （五）专业人员业务水平有待提升。一是部分工作人员对业务流程和相关政策不够熟悉，办事和答复咨询时不能一次讲清。二是基层土地规划机构缺少专业人员，管理水平受限。
@H2 sec=problems lvlalt=1 | （六）便民、便企措施仍需进一步落实。一是受历史原因影响，部分工业项目办不了土地证等证件，制约企业发展。二是我市虽出台多项不动产登记政策、化解了大量遗留问题，但仍有部分小区因土地性质等原因办不了证。三是工业项目设计方案审查流程繁、用时长，拖慢项目进度。
@H1 sec=next_steps alt=measures | 三、对市自然资源和规划局下一步工作的建议
@H2 | （一）建立信息共享机制，畅通资料查询渠道。一是加强市局与各县（市、区）自然资源局的联动和信息共享，避免企业重复提交材料。二是完善数据共享制度，打通与市直部门的数据壁垒，提高审批效率。
@H2 | （二）加快联合测绘工作推进步伐。加强部门沟通，打破部门利益，统一标准，合力推进联合测绘。
@H2 | （三）加强对基层的指导培训，进一步做好村庄规划编制工作。一是指导全市2021年“千村示范、万村整治”
""",
    ),
    dict(
        name="fresh113_08_village_spring_festival_sports_activity",
        source="https://www.bdocx.com/doc/7632983.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Draw 18 (村, 活动方案): the first sample of a .docx collection '农村春节文体活动方案' on a document-sharing "
               "site: a village's (笼册村) 2013 Spring Festival sports and culture plan. The site panel, the repeated "
               "collection title and the sample label '【篇一：2013年舍者村春节文体活动实施方案】' (which names another "
               "village) were dropped; the document's own title was run into its opening on the page and was split off.",
               "The docx conversion broke lines inside words and at every clock-time colon: a slogan broken over two lines "
               "('本着“欢' / '乐、喜庆…”'), and the match schedule cut into fragments ('2.10早上9:', '00——10:', "
               "'00张家寨vs王家寨'). These fragments are kept as the page has them and are body, never labelled; '2.10早上9:' "
               "(10 February) is not a '2.' numbering. The page marker '-1-' inside the schedule is debris, kept and not "
               "labelled. The clock colons stay half-width as in the source; the label colon '时间：' is full-width.",
               "Headings: 一、指导思想 guidance, 二、活动主题 other, 三、活动内容、时间、地点 goals (phases, other accepted: it "
               "bundles content, times and places), （一）篮球比赛（男篮） level 2, '1、比赛时间、地点、责任单位' level 3 "
               "(phases accepted). The match times are time slots of single games in broken fragments; not labelled as "
               "phases.",
               "Superior bodies (县文体局, 乡政府) only issue instructions and are not units. The page ends inside the "
               "schedule ('00林益村vs色耳')."],
        units=[],
        text="""\
@T | 2013年笼册村春节文体活动实施方案
为让群众共享文化发展成果，展现全村建设和谐笼册的精神面貌，丰富春节期间的文化生活，营造欢乐喜庆、祥和文明的节日氛围，根据县文体局和乡政府有关通知精神，结合本村实际，制定2013年春节文体活动方案。
@H1 sec=guidance | 一、指导思想
以党的十八大精神为指导，以构建和谐笼册为目标，弘扬民族团结、社会进步、人民幸福的主旋律，用健康向上的文体活动占领城乡文化阵地，激励干部群众为全村经济社会跨越发展鼓劲加油。
@H1 sec=other | 二、活动主题
春节文体活动本着“欢
乐、喜庆、隆重、文明、节俭、安全”的原则，以“幸福美好新生活”为主题，体现全村干部群众“奋战十二五，再造新笼册”的信心和决心，力求有重点、有规模、有亮点，展示本村文化特色。
@H1 sec=goals alt=phases,other | 三、活动内容、时间、地点
@H2 | （一）篮球比赛（男篮）
@H3 alt=phases | 1、比赛时间、地点、责任单位
时间：
2.10早上9:
00——10:
00张家寨vs王家寨
10:
00——11:
00林益村vs大沙地
-1-
下午1:
00——2:
00小蒿箐vs色耳古
2:
00——3:
00九溪山vs大蒿箐
2.11早上：
9:
00——10:
00王家寨vs大蒿箐
下午：
1:
00——2:
00林益村vs色耳
""",
    ),
]
