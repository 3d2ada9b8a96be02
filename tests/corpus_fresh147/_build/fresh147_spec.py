# -*- coding: utf-8 -*-
"""The 147th held-out fresh set: 实施方案 / 工作方案 of city and county bureaus
(and one research institute's party committee) with 工作步骤 / 实施步骤 /
方法步骤 / 检查时间及工作安排 parts (dated stages) and 组织领导 / 职责 parts:
a water bureau's civilised-city plan in month rows, a city grain bureau's
stock-inspection schedule, a county's grain-stock check stages, a city's
quality campaign in four stages, a city's environmental inspection scheme,
a culture-and-sports bureau's inspection-readiness plan, a quality-supervision
bureau's civilised-city scheme inside its issuing notice, and an institute's
创先争优 steps.  Found as stored public web pages with the `search` tool's
`pages` corpus (queries in notes_queries.txt).  None of the source pages is a
source of another set (checked against every label file, used_sources.tsv and
*.lst under /work/main/tests/corpus_fresh*/ and /work/fresh*/ when the set was
built).  HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text (the store's '~' between dates is kept).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH147_DOCS = [
    dict(
        name="fresh147_01_city_water_bureau_civilised_city_month_rows",
        source="http://lsxdzs.com/zhdt/sldt/content_159662",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=False,
        notes=["A city water bureau's 工作方案 for the city's bid to become a 国家文明城市 (July 2008): title, a "
               "lead-in, three month rows and the signature; the page shows the whole document.",
               "The stages are unnumbered month rows that run straight into their body after a comma: '7月，…', "
               "'8—9月，…', '10—11月，…'. Each is labelled as an unnumbered level-1 heading (numbering none, text set "
               "by hand to the month part) carrying a required phase: 7月 (start only), 8–9月 and 10–11月 (start "
               "'8' / '10', end '9月' / '11月', as the dash-joined ranges are written). Phase names are short "
               "descriptions of the row, as the rows have none.",
               "The overall period '今年5—12月' in the lead-in is an optional phase.",
               "The page is a hacked site: a spam string '足球即时比分_188比分直播-【中国科学院】@' replaced words in "
               "two rows ('根据7月15日…争创文明城市动员会', '不拖…的后腿'). Kept as debris inside the rows, never "
               "labelled; it names no unit of the document.",
               "The '同时搞好责任路段…' line with ①–④ inside it is body. Two personal names (a staff member, a deputy "
               "director) were dropped; the site's '扫一扫在手机打开当前页' and login lines were dropped."],
        units=["市水利局", "局争创文明城市领导小组"],
        extra_phases=[
            dict(name="争创国家文明城市", start_text="5", end_text="12月", at="今年5—12月", optional=True),
        ],
        text="""\
@T | 水利局争创国家文明城市工作方案
按照市委、市政府部署，今年5—12月是全市争创国家文明城市的时段，各级各部门都要马上行动，围绕这一目标把各自的任务安排到位。本局的工作方案如下：
@H1 sec=phases text=7月 phase=成立领导小组并宣传发动;7月; | 7月，根据7月15日足球即时比分_188比分直播-【中国科学院】@争创文明城市动员会的要求，成立局争创文明城市领导小组，分别在党组会和全局干部职工大会进行通报和宣传发动。
@H1 sec=phases text=8—9月 phase=机关内部文明创建;8;9月 | 8—9月，重点搞好机关内部的文明创建，具体内容为：安保、卫生、环境、绿化，包括机关大院、机关宿舍院和培训班，聘用专门人员搞好卫生保洁，聘请专业公司进行绿化的培管、养护，给机关干部和市民营造一个舒适优美的环境。
同时负责巡查责任路段（市六中—芷园丁字路口），任务是：①保持良好的市容市貌；②保持良好的交通秩序；③保持良好的社会秩序；④保持基础设施完好无损。此项工作由一名同志牵头，物业人员全部参加。
@H1 sec=phases text=10—11月 phase=配合联系社区创建;10;11月 | 10—11月，重点工作是配合所联系的社区（盐关社区）搞好文明城市创建工作，不拖足球即时比分_188比分直播-【中国科学院】@的后腿，具体由副局长带领有关人员深入社区了解创建情况，摸清创建中存在的问题，在力所能及的情况下帮助社区解决1—2个创建方面的难题。
市水利局
二○○八年七月
""",
    ),
    dict(
        name="fresh147_02_city_grain_bureau_stock_inspection_schedule",
        source="http://www.fymate.net/html/text/lar/171184/17118486_1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Part of Shanghai's 2007 grain-stock inspection scheme (市粮食局 with the district/county grain "
               "bureaus, 中储粮上海分公司, 良友集团 and the '藏粮于企' storage firms), from a law-text site that serves "
               "long documents in pages. The visible part starts inside the (missing) second section's list of "
               "inspection rules and ends inside the 自查 step; no title line is shown, title null.",
               "The site broke four item lines before '《办法》': '1、粮食库存实物检查按照' / '《办法》附件1…', and "
               "'6、按照' stands alone. The item lines keep the break; the continuation lines are body. Items 1、–6、 "
               "belong to a section that is not shown: level 2 as the text stands (三、 is level 1), level 1 "
               "accepted; kind goals (inspection content; measures and other accepted).",
               "三、检查时间及工作安排 holds （一）检查时点 (a reference date, '2007年8月底', not a phase), two dated "
               "stages '（二）准备工作阶段（8月20日~31日）' and '（三）组织实施阶段（9月3日~20日）', and under the latter a "
               "standing sub-stage '1、自查（9月3日~7日）' (level 3 heading, a required phase). The store's '~' between "
               "dates is kept (only （）：，； were restored to full width).",
               "Under 准备工作阶段 the two dated steps '1、8月20日~24日，市粮食局下发…' and '2、8月27日~31日，…' are "
               "schedule rows kept as written: items at level 3 and optional phases (unnamed dated steps)."],
        units=["市粮食局", "各区（县）粮食局（署）", "中储粮上海分公司", "良友集团"],
        extra_phases=[
            dict(name="下发通知、部署检查", start_text="8月20日", end_text="24日", at="1、8月20日~24日",
                 optional=True),
            dict(name="制订方案、布置培训", start_text="8月27日", end_text="31日", at="2、8月27日~31日",
                 optional=True),
        ],
        text="""\
@I2 sec=goals alt=measures,other lvlalt=1 | 1、粮食库存实物检查按照
《办法》附件1的规程进行，原则上用测量计算法，填好附表1-1至1-4检查工作底稿；存有中央储备粮的还要填附表1-5至1-6。
@I2 sec=goals alt=measures,other lvlalt=1 | 2、粮食库存账务检查按照
《办法》附件2的办法进行，填好附表2-1至2-6检查工作底稿。
@I2 sec=goals alt=measures,other lvlalt=1 | 3、库存粮食质量、原粮卫生及储粮安全检查按照
《办法》附件3的规程进行，企业自查时填好粮食质量自查表1至8。
@I2 sec=goals alt=measures,other lvlalt=1 | 4、涉及粮食库存管理的其他情况按照
《办法》附件3的规程进行，填好附表3-2检查工作底稿。
@I2 sec=goals alt=measures,other lvlalt=1 | 5、最低收购价粮食检查，重点查临时存储最低收购价粮食的数量、质量和销售出库，按其他政策性粮食处理，分别填附表1-1、1-2，3-6-2和2-6工作底稿（销售出库要注明其他政策性粮食）。
@I2 sec=goals alt=measures,other lvlalt=1 | 6、按照
《办法》附件4粮食库存检查汇总表及填报说明的要求，按权责范围做好表1至11的汇总。
@H1 sec=phases | 三、检查时间及工作安排
@H2 alt=other | （一）检查时点
检查时点定为2007年8月底粮食库存统计月报的结报日。
@H2 phase=准备工作阶段;8月20日;31日 | （二）准备工作阶段（8月20日~31日）
@I3 | 1、8月20日~24日，市粮食局下发《关于开展2007年本市粮食库存检查工作的通知》（以下简称《通知》），各区（县）粮食局（署）、中储粮上海分公司、良友集团以及“藏粮于企”承储企业按照《通知》要求，部署本市粮食库存检查工作。
@I3 | 2、8月27日~31日，各区（县）粮食局（署）、中储粮上海分公司、良友集团以及“藏粮于企”承储企业制订本辖区（单位）粮食库存检查工作方案，进行工作布置和人员培训，做好粮食库存检查的各项准备工作。
@H2 phase=组织实施阶段;9月3日;20日 | （三）组织实施阶段（9月3日~20日）
@H3 phase=自查;9月3日;7日 | 1、自查（9月3日~7日）
各区（县）粮食局（署）、中储粮上海分公司、良友集团和“藏粮于企”承储企业依照《通知》组织本辖
""",
    ),
    dict(
        name="fresh147_03_county_grain_stock_check_stages_page2",
        source="http://ask.fsou.com/html/text/lar/173202/17320266_2.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 2 of a county's 2009 粮食清仓查库 scheme (the county's 粮食清仓查库工作领导小组 guiding the "
               "grain firms through the province's and the State Council's checks), from a law-text site. It starts "
               "at the last preparation task of the (missing) first stage and ends mid-sentence in the sixth stage; "
               "no title, title null.",
               "Levels as the text stands: the stages （二）–（六） are the top level shown (level 1, level 2 accepted "
               "since their parent section is not shown); the leading '4、其他准备。…' belongs to the missing "
               "（一）准备阶段 and is level 2 (3 accepted), kind phases (measures, goals accepted). Its "
               "'2009年3月中旬前' is a deadline inside a task, not a phase.",
               "Five required phases, written as deadlines or starts: '（二）自查阶段（2009年4月5日前）' (end only), "
               "'（三）普查阶段（2009年4月20日前）', '（四）复查阶段（2009年4月底前）' (end '2009年4月底'), "
               "'（五）抽查阶段（2009年5月10日开始）' (start only), '（六）检查结果汇总上报和整改阶段（2009年6月15日前）'.",
               "The stage headings stand alone; their bodies were rewritten and shortened. The page ends on '…视'."],
        units=["县粮食清仓查库工作领导小组"],
        text="""\
@H2 sec=phases alt=measures,goals lvlalt=3 text=4、其他准备 | 4、其他准备。2009年3月中旬前督导我县被查企业做好准备：备齐有关文件、账务和报表，提前备好工作底稿，整理不规则货位，并备齐经质量技术监督部门校正的称重、计量和扦样等检查工具。
@H1 sec=phases lvlalt=2 phase=自查阶段;;2009年4月5日 | （二）自查阶段（2009年4月5日前）
督促指导纳入检查的企业认真自查，汇总后报省领导小组办公室；被查企业按自查结果填写工作底稿和汇总表，备好与检查当日库存一致的货位平面图、货位明细表及各类账表、凭证和作业记录，为后面的普查、复查、抽查做准备。
@H1 sec=phases lvlalt=2 phase=普查阶段;;2009年4月20日 | （三）普查阶段（2009年4月20日前）
抽调业务骨干参加省政府组织的市县交叉普查，督促被查企业备齐资料，配合省交叉普查工作组检查。
@H1 sec=phases lvlalt=2 phase=复查阶段;;2009年4月底 | （四）复查阶段（2009年4月底前）
督促指导被查企业配合省政府组织的复查。
@H1 sec=phases lvlalt=2 phase=抽查阶段;2009年5月10日; | （五）抽查阶段（2009年5月10日开始）
督促指导被查企业配合国务院抽查工作组的抽查。
@H1 sec=phases lvlalt=2 phase=检查结果汇总上报和整改阶段;;2009年6月15日 | （六）检查结果汇总上报和整改阶段（2009年6月15日前）
在全面检查的基础上总结、汇总检查结果，编制报表和检查工作报告；由县粮食清仓查库工作领导小组把关检查结果，发现错统、漏统、重复统计或虚报库存的督促企业纠正，对账实差数作书面说明；对查出的问题提出整改措施、下发整改通知书，限期报送整改结果并存档，在检查报告中如实反映，视
""",
    ),
    dict(
        name="fresh147_04_city_quality_campaign_four_stages_page6",
        source="http://fsou.com/html/text/lar/172014/17201434_6.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 6 of a city's '质量兴市' scheme (2010–2014), from a law-text site: the end of the task list "
               "(tail of a missing （七）, then （八）) and 四、实施步骤及工作要求 with four stages; the page ends "
               "mid-word ('…通报检查结'). No title line, title null.",
               "（八）加大法制宣传教育普及程度。 belongs to a task section (三、) that is not shown: level 2 as the text "
               "stands (level 1 accepted), kind goals (measures accepted).",
               "Each stage is a heading '第一阶段：明确领导机构，建立联席机制。' (text set by hand: the automatic cut would "
               "stop at the colon) whose dates sit on the NEXT line, an item '（一）工作时间：2010年4月至12月。'. Four "
               "required phases with start and end taken from that line: 2010年4月–12月, 2011年1月–2012年12月, "
               "2013年1月–12月, 2014年1月–12月.",
               "The key-value lines （一）工作时间 / （二）工作要求 are items at level 3 (kind phases; requirements "
               "accepted for 工作要求). In the fourth stage the source writes '（二）工作目标：' instead of 工作要求 "
               "(goals accepted), and the line breaks inside a phrase ('按照国家级' / '质量兴市绩效评价指南…'): kept."],
        units=[],
        text="""\
为保障“质量兴市”活动顺利开展，要建立专业的行政执法队伍，严厉打击违法行为，维护群众和合法企业的正当权益；同时提高职能部门人员素质和办事效率，公开办事程序，做好便民服务。
@H2 sec=goals alt=measures lvlalt=1 | （八）加大法制宣传教育普及程度。
扩大社会参与，借助新闻媒体、报刊、网络和社区等渠道宣传“质量兴市”活动的意义和内容，开设质量知识专栏，形成人人重视质量的氛围。
@H1 sec=phases | 四、实施步骤及工作要求
“质量兴市”活动跨度长、涉及面广，为全面完成目标任务，分四个阶段组织实施。
@H2 text=第一阶段：明确领导机构，建立联席机制 phase=明确领导机构，建立联席机制;2010年4月;12月 | 第一阶段：明确领导机构，建立联席机制。
@I3 | （一）工作时间：2010年4月至12月。
@I3 alt=requirements | （二）工作要求：加大宣贯力度，树立质量法制观念，形成政府重视、社会参与、部门协作的氛围；成立工作机构，明确并分解任务，建立有效的联席督促机制。
@H2 text=第二阶段：落实工作任务，全面提升 phase=落实工作任务，全面提升;2011年1月;2012年12月 | 第二阶段：落实工作任务，全面提升。
@I3 | （一）工作时间：2011年1月至2012年12月。
@I3 alt=requirements | （二）工作要求：对照国家评价标准，围绕产品、工程、服务和环境质量等重点全面开展工作，分解目标任务，明确职责，认真落实。
@H2 text=第三阶段：全面巩固提高，开展自评自查 phase=全面巩固提高，开展自评自查;2013年1月;12月 | 第三阶段：全面巩固提高，开展自评自查。
@I3 | （一）工作时间：2013年1月至12月。
@I3 alt=requirements | （二）工作要求：全市质量安全水平稳步提高，产品质量档次上升，名牌带动作用和工业产品质量效益突出，工程、服务和环境质量不断提高。
@H2 text=第四阶段：全面总结验收，建立长效机制 phase=全面总结验收，建立长效机制;2014年1月;12月 | 第四阶段：全面总结验收，建立长效机制。
@I3 | （一）工作时间：2014年1月至12月。
@I3 alt=goals | （二）工作目标：按照国家级
质量兴市绩效评价指南（试行）逐项考核检查，并通报检查结
""",
    ),
    dict(
        name="fresh147_05_city_environmental_inspection_three_stages",
        source="http://www.fymate.net/html/text/lar/171119/17111994_1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Part of a city's 环保专项检查整治 scheme (the city's 专项检查整治工作领导小组 and its office directing the "
               "counties and districts), from a law-text site: the end of the inspection content (items 2.–4. of a "
               "section that is not shown), 三、方法步骤 with three run-in stages and the start of 四、组织领导; ends "
               "mid-sentence. No title line, title null.",
               "Items 2.–4. are level 2 as the text stands (level 1 accepted), kind goals (inspection content; other "
               "accepted). '4.检查' is broken from its continuation line '环境影响评价法及…' (the site dropped the "
               "book-title marks and broke the line): kept.",
               "Run-in stages '（一）自查自纠阶段（8月10日前）。…' (end only), '（二）抽查和重点检查阶段（8月10日至9月30日）。…', "
               "'（三）总结阶段（10月初至11月底）。…'; the automatic cut at '。' gives the heading text. The first "
               "stage ends on 8月10日 although its report is due '7月31日前' (the source's inconsistency, kept). The "
               "overall end '至11月底结束' in the lead-in is an optional phase; the report deadline '10月20日前' is not a "
               "phase.",
               "四、组织领导 is responsibilities; only its first words are shown."],
        units=["专项检查整治工作领导小组", "环保专项检查整治工作领导小组办公室"],
        extra_phases=[
            dict(name="专项检查整治", start_text=None, end_text="11月底", at="至11月底结束", optional=True),
        ],
        text="""\
@I2 sec=goals alt=other lvlalt=1 | 2.检查因企业违法排污严重影响群众健康问题的整治情况，主要包括：“十五小”和“新五小”企业连片污染有无反弹；群众两年内连续举报的大气、饮用水源地和危险废物污染问题是否解决；污染行业的突出环境问题是否整改；不符合国家产业政策的火电、水泥、造纸等行业是否清理。
@I2 sec=goals alt=other lvlalt=1 | 3.检查企业执行有关环境保护政策规定情况，主要包括：是否按规定申报登记排污；是否按规定方式排放；有无擅自拆除、闲置治污设施或偷排；污水处理厂是否正常运行。
@I2 sec=goals alt=other lvlalt=1 | 4.检查
环境影响评价法及环保“三同时”制度的贯彻落实情况。
@H1 sec=phases | 三、方法步骤
专项检查整治把自查自纠、抽查和重点检查结合起来，至11月底结束，分3个阶段实施：
@H2 phase=自查自纠阶段;;8月10日 | （一）自查自纠阶段（8月10日前）。各县（市）区按本方案动员部署，清理违反环保法律法规的地方规范性文件，组织企业排污情况全面自查自纠、及时整改，确定整顿治理对象名单，并于7月31日前把自查自纠情况和名单报专项检查整治工作领导小组办公室。
@H2 phase=抽查和重点检查阶段;8月10日;9月30日 | （二）抽查和重点检查阶段（8月10日至9月30日）。领导小组组织力量检查各县（市）区的自查自纠，对重点企业重点检查、集中整治，公开处理一批典型案件。
@H2 phase=总结阶段;10月初;11月底 | （三）总结阶段（10月初至11月底）。各县（市）区全面总结，健全规章制度和长效机制，堵塞漏洞、巩固成果，于10月20日前书面报送环保专项检查整治工作领导小组办公室。
@H1 sec=responsibilities | 四、组织领导
为加强对专项检查整治工作的组织
""",
    ),
    dict(
        name="fresh147_06_sports_culture_bureau_inspection_readiness_plan",
        source="http://www.wenshubang.com/fangan/835058.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="文体局文明城市国考测评的工作方案",
        notes=["A district 文体局's 工作方案 for the national inspection of a 全国文明城市 bid (September). The page shows "
               "the title, the addressee, and the title again after the addressee (both title lines; the label takes "
               "the title once). The site's category line, date and '我要投稿' were dropped; the page ends inside the "
               "second stage's first task.",
               "二、工作阶段及重点 holds two stages standing alone with a trailing '。': '（一）准备迎检阶段（9月15日前）。' "
               "(end only) and '（二）接受检测阶段（9月15日至25日）。' — the second starts on the day the first ends, "
               "as written.",
               "The numbered tasks 1、–4、 under each stage ('1、指导督查镇（街道）文体创建工作。…') are items at level 3 "
               "(kind phases inherited; goals accepted). The '9月' of the opening sentence is the inspection month, "
               "not a phase.",
               "The source had already masked the names of the squad leaders ('同志任队长'); a stray '.' watermark "
               "('作战的.能力') was dropped with the rewritten body. 一、指导思想 holds a four-phrase slogan, kept."],
        units=["局创建办"],
        text="""\
@T | 文体局文明城市国考测评的工作方案
各镇（街道）文体中心、局机关各科室、各直属单位：
@T | 文体局文明城市国考测评的工作方案
9月，全市将接受全国文明城市创建国家测评组的测评。为做好迎检、确保完成任务，依照市、区的统一部署并结合本系统实际，制定本工作方案。
@H1 sec=guidance | 一、指导思想
对照标准、履行职能、誓夺满分、争创特色。
@H1 sec=phases | 二、工作阶段及重点
按照上级对全国文明城市创建的安排部署，本局迎接国考测评分为准备迎检和接受检测两个阶段：
@H2 phase=准备迎检阶段;;9月15日 | （一）准备迎检阶段（9月15日前）。
@I3 alt=goals | 1、指导督查镇（街道）文体创建工作。以创建带动文体事业和工作质态提升，突出对基层创建的指导督查，并结合年中调研反馈问题的整改进行；重点镇（街道）由分片负责的局长带队，联系人主动深入镇（街道）、村（社区），每周指导督查不少于1次。
@I3 alt=goals | 2、文体志愿者网吧文明经营劝导行动。挂钩网吧、游戏机室的志愿者每周上门服务指导不少于2次，填好表册、及时反馈。
@I3 alt=goals | 3、路段包干、社区挂钩常态服务工作。
@I3 alt=goals | 4、机关、直属单位环境整治、职工教育、资料建设工作。
@H2 phase=接受检测阶段;9月15日;25日 | （二）接受检测阶段（9月15日至25日）。
@I3 alt=goals | 1、组建应急突击队。在强化局创建办指挥、协调和工作对接职能的基础上组建应急突击队：设文化娱乐市场应急分队，由一名同志任队长，下设两个小组；设镇（街道）文体创建应急分队，由一名同志任队长；设路段社区创建应急
""",
    ),
    dict(
        name="fresh147_07_quality_bureau_civilised_city_scheme_in_notice",
        source="https://www.xiaomilidoc.com/p-2186693.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="滨海质监局创建省级文明城市工作实施方案",
        notes=["A county-level quality-supervision bureau's (滨海质监局) 2011 scheme for the county's 省级文明城市 bid, "
               "inside its issuing notice, from a document-sharing site that delivered one run-together block. The "
               "block was split at the boundaries the text shows: document number, notice title, addressee, notice "
               "text, attachment list, date, 主题词, 抄送, print line, the scheme's own title, its lead-in, 一、 and 二、 "
               "with their bodies, and the first task '1、职工言行文明。…' (the page ends inside it, '…破除封建').",
               "The site's file name '双庙完全小学创建省级文明城市工作实施方案' (a school's name, not this document's) "
               "was glued before the document number; dropped as site debris. The document number keeps the store's "
               "form '滨质技监发\"2011\"32号'.",
               "Two title lines: the notice title '关于印发《滨海质监局文明城市创建实施方案》的通知' (line 2) and the "
               "scheme's own title (line 10); the label takes the scheme's title. '附件：1、…2、…' is one body line "
               "(markers in the middle of a line, not labelled).",
               "The page marker '第1页共4页' sits inside a phrase of 二、's body ('把创建第1页共4页省级文明城市工作任务'): "
               "kept as debris, never labelled. No phases are shown: the stages ('按步骤落实') lie beyond the "
               "visible part.",
               "'1、职工言行文明。' is the first of five task areas: level 2 heading under 二、创建目标 (goals; measures "
               "accepted)."],
        units=["各股室"],
        text="""\
滨质技监发"2011"32号
@T | 关于印发《滨海质监局文明城市创建实施方案》的通知
机关各科室，各直属机构：
为做好省级文明城市创建工作，根据县里的相关文件精神并结合本局实际，我局制定了《XX市滨海质量技术监督局创建省级文明城市工作实施方案》，现印发给你们，请遵照执行。
附件：1、滨海质监局创建省级文明城市工作实施方案2、XX市滨海质量技术监督局创建省级文明城市工作领导小组成员名单
二○一一年九月十日
主题词：文明城市创建方案
抄送：县文明城市创建指挥部，市局办公室
XX市滨海质量技术监督局办公室2011年9月10日印发共印30份
@T | 滨海质监局创建省级文明城市工作实施方案
为把省级文明城市创建做实、争创XX省文明城市，依照县委、县政府部署和《XX县区创建省级文明城市工作任务分解表》的要求，结合本局实际制定本方案。
@H1 sec=guidance | 一、指导思想
以邓小平理论和“三个代表”重要思想为指导，贯彻党的十七届五中全会和XX县区第十一次党代会精神，坚持“创建为民、为民创建”，以提高单位文明程度和职工文明素质为主要任务，围绕全县创建总目标加强领导、明确任务、狠抓落实，为全县创成省级文明城市作出应有贡献。
@H1 sec=goals | 二、创建目标
按《XX省文明城市测评体系》的内容和指标，把创建第1页共4页省级文明城市的工作任务分成以下五大类，分别交各股室按步骤落实。
@H2 alt=measures | 1、职工言行文明。开展社会主义核心价值体系、荣辱观宣传教育和文明市民教育，倡导文明和谐风气；实施普法规划，增强职工民主法制意识；推广文明用语，推行文字规范；改革陈规陋习，破除封建
""",
    ),
    dict(
        name="fresh147_08_institute_party_committee_campaign_steps",
        source="http://opt.cas.cn/jzdj_cxzy/hdap/201007/t20100704_2892032.html",
        doc_kind="scheme", doc_kind_alt=["plan", "activity_plan"], partial=True,
        notes=["The 方法步骤 of a research institute's (西安光机所, its party committee) 创先争优 campaign, 2010–2012, "
               "posted as its own page under the title '西安光机所 创先争优活动方法步骤' (a space inside the title, kept; "
               "the label's title drops it). Not a bureau or firm: the nearest to an enterprise this search found. "
               "The site's mailbox links and date/font line were dropped.",
               "Three run-in stages '（一）广泛发动，认真部署（20l0年6月）。…' (the source types a letter l for the 1 of "
               "2010: kept as written, start only), '（二）全面争创，扎实推进（2010年6月-2011年6月底）。…', "
               "'（三）弘扬先进，对标定位（2011年7月-2012年6月底）。…'; heading text by the automatic cut at '。'. The "
               "first stage's '一是…二是…三是…' are inside its paragraph (not labelled).",
               "Under （三） the two tasks '1.树立先进典型。…' and '2.搞好对标定位。…' are items at level 2 (kind phases "
               "inherited). The page ends on the bare '（四）系' of a fourth stage; that fragment was dropped.",
               "The 2010/2011/2012 '七一' dates in the lead-in are occasions, not phases."],
        units=["所党委"],
        text="""\
@T | 西安光机所 创先争优活动方法步骤
按照中科院的要求，所党委将在2010、2011和2012年“七一”前，分别以“积极投身创先争优活动”“迎接建党90周年”“向党的十八大献礼”为主题全面开展创先争优活动，引导基层党组织切实履职、党员立足岗位争创一流业绩，为启动和全面实施“创新2020”营造良好氛围、提供思想政治和组织保证。重点做好以下几项工作：
@H1 sec=phases phase=广泛发动，认真部署;20l0年6月; | （一）广泛发动，认真部署（20l0年6月）。主要抓三项工作：一是结合本所实际制定切实可行的实施方案，提出明确目标和具体要求；二是各总支、支部召开党员大会，部署活动、搞好宣传发动；三是组织党员学习有关文件，统一认识，积极投身活动。
@H1 sec=phases phase=全面争创，扎实推进;2010年6月;2011年6月底 | （二）全面争创，扎实推进（2010年6月-2011年6月底）。先以适当方式向群众公布实施方案，再结合本所实际开展多种形式的争创活动；2010年“七一”前借组织生活会、民主评议会等让党员做一次党性分析和评议，2011年“七一”前表彰先进党支部、优秀共产党员和优秀党务工作者。
@H1 sec=phases phase=弘扬先进，对标定位;2011年7月;2012年6月底 | （三）弘扬先进，对标定位（2011年7月-2012年6月底）。发挥先进典型的示范带动作用，提升整体工作水平。主要抓好二项工作：
@I2 | 1.树立先进典型。举办先进典型报告会、交流会等，弘扬典型、扩大影响。
@I2 | 2.搞好对标定位。对照先进典型和工作标准查找差距、明确方向，制定跟进和赶超的具体措施，形成比、学、赶、帮、超的氛围。
""",
    ),
    dict(
        name="fresh147_09_city_environmental_action_stages_and_measures",
        source="http://www.fymate.net/html/text/lar/169261/16926159_1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Part of a city's 2006 环保专项行动 scheme (整治违法排污企业保障群众健康; the city's 环保专项行动领导小组 "
               "and its office, with the districts and county-level cities '各区（市）'), from a law-text site: the "
               "last task （七） of a section that is not shown, 三、工作步骤和时间安排 with three stages, and the start of "
               "四、工作措施; ends mid-word ('…任副组'). No title line, title null.",
               "（七）组织开展“土小”企业专项检查… is level 2 as the text stands (level 1 accepted), kind goals "
               "(measures accepted); its body follows after the '。' on the same line.",
               "Three stages standing alone: '（一）准备动员阶段（6月10日前）' (end only), '（二）集中检查和整治阶段"
               "（6月10日-10月10日）', '（三）总结考核阶段（10月11日-10月30日）' (ASCII hyphens between dates, kept).",
               "四、工作措施 is measures; its first point '（一）加强组织领导。市政府成立…领导小组…' is responsibilities "
               "(measures accepted), a run-in heading. Three personal names (a vice-mayor, a deputy secretary-general, "
               "the bureau director) were dropped from its body; the page ends inside it."],
        units=["市环保专项行动领导小组", "市环保专项行动领导小组办公室", "市环保局"],
        text="""\
@H2 sec=goals alt=measures lvlalt=1 | （七）组织开展“土小”企业专项检查，重点整治“土小企业”死灰复燃问题。对反复出现的废旧塑料清洗、地瓜淀粉加工、小选矿等“土小”项目集中清理整顿，防止污染反弹。
@H1 sec=phases | 三、工作步骤和时间安排
@H2 phase=准备动员阶段;;6月10日 | （一）准备动员阶段（6月10日前）
各区（市）传达贯彻全国、全省和全市专项行动电视电话会议精神，动员部署整治违法排污企业保障群众健康环保专项行动，成立领导小组、制定实施方案，把环保、发改、经贸、监察、工商、司法、安监、供电等部门的责任落实到位。
@H2 phase=集中检查和整治阶段;6月10日;10月10日 | （二）集中检查和整治阶段（6月10日-10月10日）
市环保专项行动领导小组办公室组织城市污水处理厂、限期治理项目、大气污染防治、建设项目管理、治污设施运行、饮用水源地保护和“土小企业”清理取缔等7项专项检查，集中调查整治进展缓慢、运转不正常和违法排污等问题；各区（市）政府结合实际组织检查，每次检查情况及时报领导小组办公室。
@H2 phase=总结考核阶段;10月11日;10月30日 | （三）总结考核阶段（10月11日-10月30日）
各区（市）总结本年度专项行动的成绩与不足，提出长效管理措施，提交《2006年度环保专项行动工作总结》。
市环保专项行动领导小组办公室按国家和省的要求考核各区（市），结果纳入年度区（市）长环境目标责任书。
@H1 sec=measures | 四、工作措施
@H2 sec=responsibilities alt=measures | （一）加强组织领导。市政府成立环保专项行动领导小组，由一名副市长任组长，市政府一名副秘书长和市环保局局长任副组
""",
    ),
]
