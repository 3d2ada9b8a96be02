# -*- coding: utf-8 -*-
"""The 161st held-out fresh set: 实施方案 / 工作方案 (and one school 活动方案) whose
实施步骤 / 时间安排 part with DATED STAGES is visible on the page (第一阶段（…）,
动员部署 / 集中整治 / 总结验收 style stages), from a sub-district office, a district
government office, a city campaign, a township party committee, a county, a
street/community fire-safety drive and a middle school.  Found as stored public web
pages with the `search` tool's `pages` corpus (queries in notes_queries.txt).  None of
the source pages is a source of another set (checked against every label file, spec,
used_sources.tsv and *.lst under /work/main/tests/corpus_fresh*/ and /work/fresh*/ when
the set was built, and a distinctive phrase of each page was grepped there).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate, blurbs and other samples were dropped.
- Heading, title, item and stage lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates, figures,
  unit and place names, slogans and masking are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH161_DOCS = [
    dict(
        name="fresh161_01_street_fire_hazard_remediation_scheme",
        source="http://p.safehoo.com/Civil/Plan/201305/312122_2.shtml",
        doc_kind="scheme", partial=True,
        notes=["Page 2 of a street's fire-hazard remediation scheme for 罗岗社区 on a safety-documents site: the page "
               "starts at the second stage '（二）组织实施，全面推进 （2012年3月1日至9月30日）' and ends inside the third. "
               "The parent heading (实施步骤 or similar) and the first stage are on page 1, so the two stage headings "
               "are the top level shown: level 1 (level 2 accepted), kind phases. No title line; title null.",
               "The first stage heading keeps the space before its bracket; the second writes '2012年10月1至' without 日 "
               "(start_text kept as written: '2012年10月1').",
               "The eight tasks '一是…八是…' sit inside one body paragraph (markers in the middle of a line, not labelled). "
               "The third stage's body starts with the task '一是由街道整治办公室…' (an item, level 2), cut mid-sentence ('…对达') as on the page.",
               "Units: the 街道整治办公室 that runs the acceptance check (the body also names an 整治办公室 and a 调研组)."],
        units=["街道整治办公室"],
        text="""\
@H1 sec=phases lvlalt=2 phase=组织实施，全面推进;2012年3月1日;9月30日 | （二）组织实施，全面推进 （2012年3月1日至9月30日）
主要抓好八方面工作：一是组织调研组摸清罗岗社区消防状况，包括消防规划编制、消火栓等基础设施、多种形式消防队伍、挂牌督办的重大火灾隐患单位、隐患排查整治和历史遗留问题，逐项登记建档、分类研究，制订整治分方案，分工到位、责任到人。二是整治办公室按分方案召开辖区有关场所消防安全责任人会议，动员各场所对照验收标准主动整改。三是借助各类媒体及时报道整治情况，形成社会监督和群众监督的合力。四是结合消防安全隐患整治专项行动，以铁的措施让辖区挂牌督办的重大火灾隐患全部销案。五是对存在隐患或违法行为的“三小”场所、公众聚集场所依法采取关停等措施。六是改造“城中村”的消防供水管网、市政消火栓、消防水池和加压泵站，满足消防用水。七是依托社区单位、治安岗亭、门卫室设置消防报警电话和消防器材箱，配备灭火器、水带、水枪、消防斧、救生绳、应急灯等简易器材，扑救初起火灾。八是整合辖区专、兼职义务消防队，统一组建、培训和接处警调度，形成群众共同参与的消防工作机制。
@H1 sec=phases lvlalt=2 phase=交流总结，迎接验收;2012年10月1;10月31日 | （三）交流总结，迎接验收（2012年10月1至10月31日）
@I2 | 一是由街道整治办公室按整治内容和要求自行组织验收，逐项排查核对，对达
""",
    ),
    dict(
        name="fresh161_02_district_community_fire_safety_scheme",
        source="https://public.erqi.gov.cn/D0104X/9790067.jhtml",
        doc_kind="scheme", partial=True,
        title_override="二七区村（社区）消防安全专项整治工作方案",
        notes=["A district government office's issuing notice (郑州市二七区人民政府办公室, 2025年11月18日) with the attached "
               "scheme for fire-safety rectification in villages and communities. The page shows no notice title, only "
               "the notice's one-sentence body, the issuer and the date (body lines), then the scheme's title broken over "
               "two lines ('…专项整治' / '工作方案'): both are title lines, the title label joins them.",
               "二、工作重点 has three short standalone （一）–（三） headings (goals). 三、时间安排及重点任务 is phases "
               "(goals accepted); the page ends inside its first stage '（一）工作部署阶段（即日起至2025年11月25日）' "
               "(start 即日起), cut mid-word ('整治标').",
               "Units: the bodies the first stage charges (各有关部门, 各镇（街道）, 各村（社区）); the issuing office is the "
               "writer of the notice, and the 'seven teams' of 二、（三） are listed as what the drive tests, not as leads."],
        units=["各有关部门", "各镇（街道）", "各村（社区）"],
        text="""\
现将《二七区村（社区）消防安全专项整治工作方案》印发给你们，该方案已经区政府同意，请认真贯彻实行。
郑州市二七区人民政府办公室
2025年11月18日
@T | 二七区村（社区）消防安全专项整治
@T | 工作方案
为摸清全区基层消防安全底数、破解消防安全治理“最后一米”难题，依据区委、区政府部署，按照“政府统一领导、部门依法监管、单位全面负责、居民积极参与”的原则，采用“专群结合、群防群治”的方法，力求“综合治理、标本兼治”，筑牢社区消防安全防线，保障群众生命财产安全和社会稳定，制定本方案。
@H1 sec=guidance | 一、总体要求
坚持人民至上、生命至上，统筹发展和安全，落实“党政同责、一岗双责、齐抓共管、失职追责”和“三管三必须”要求，以“预防为主、防消结合”为核心，健全社区消防安全责任制，全面排查整治风险隐患，推动全区社区消防安全形势持续稳定向好。
@H1 sec=goals | 二、工作重点
@H2 | （一）聚焦风险点
围绕村（社区）居民用电、用气、用火“三个火源”做好风险管控，精准化解社区消防安全的核心隐患。
@H2 | （二）聚焦时间段
统筹日常、重大节假日、重大任务和应急“四个时期”的消防安全准备，做到各时段不留死角。
@H2 | （三）聚焦队伍联动
检验消防部门、职能部门、街道、社区、物业企业、网格员、群众志愿者“七支队伍”的协同作战能力，打通基层消防治理的“最后一米”。
@H1 sec=phases alt=goals | 三、时间安排及重点任务
@H2 phase=工作部署阶段;即日起;2025年11月25日 | （一）工作部署阶段（即日起至2025年11月25日）
各有关部门、各镇（街道）、各村（社区）要结合行业职责和辖区消防风险特点认真研判，制定专项实施方案，明确组织领导、重点任务、整治标
""",
    ),
    dict(
        name="fresh161_03_city_sanitation_campaign_scheme",
        source="http://www.fymate.net/html/text/lar/169759/16975900_7.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["Page 7 of a city's scheme for a spring 环境卫生综合治理活动 (市文明办 leads; 各区、县, 镇街办, city media; "
               "aimed at 全省文明城市). The page starts inside the list of treatment targets 1.–6. whose heading (一、…) is "
               "on the previous page: items at level 2 (level 1 accepted), kind goals. No title line; title null.",
               "The first stage is glued to the end of the lead-in sentence: '此次…分为三个阶段进行。第一阶段：宣传发动阶段"
               "（4月初至4月中旬）' on one line, as the page has it. As a marker in the middle of a line it is not labelled as "
               "a heading, but it names a stage, so it is a required phase on that line (4月初 – 4月中旬). The second stage "
               "'第二阶段：组织实施阶段（4月下旬至5月底）' stands on its own line (heading, level 2, phases).",
               "The sub-steps '1.全面动员：…' '2.新闻宣传：…' '3.社会宣传：…' are tasks of the first stage and the cut "
               "'1.在全市掀起…' of the second: items at level 3 (level 2 accepted for the first three, whose stage is not a "
               "labelled heading). The page ends mid-word ('漂').",
               "Dates by 旬 and month part (4月初, 4月中旬, 4月下旬, 5月底) are kept as written."],
        units=["市文明办", "市属各家新闻媒体", "各镇街办"],
        extra_phases=[
            dict(name="宣传发动阶段", start_text="4月初", end_text="4月中旬",
                 at="第一阶段：宣传发动阶段（4月初至4月中旬）", optional=False),
        ],
        text="""\
@I2 sec=goals lvlalt=1 | 1.市区及三县城、镇的主要道路两侧积存垃圾及交通秩序；
@I2 sec=goals lvlalt=1 | 2.沿公路、铁路、河道两侧的积存垃圾、交通秩序及户外广告（含墙体广告）；
@I2 sec=goals lvlalt=1 | 3.居民住宅小区（村民居住点内）及背街巷积存垃圾；
@I2 sec=goals lvlalt=1 | 4.各集贸市场的环境卫生；
@I2 sec=goals lvlalt=1 | 5.各建设（拆迁）工地积存垃圾、工地圈围和渣土污染；
@I2 sec=goals lvlalt=1 | 6.城乡主要道路、居民、村民居住点（墙体）存在的乱涂乱画及违章户外广告的清理。
@H1 sec=phases | 二、综合治理活动的时间、内容和步骤
此次环境卫生综合治理活动分为三个阶段进行。第一阶段：宣传发动阶段（4月初至4月中旬）
@I3 lvlalt=2 | 1.全面动员：由市文明办牵头部署环境卫生综合治理的具体任务，各区、县和相关部门分别召开动员大会，层层宣传发动，把市民力量组织起来。
@I3 lvlalt=2 | 2.新闻宣传：市属各家新闻媒体借鉴整治“四乱”时期的宣传做法，开辟专栏、专题，在重要版面和时段大篇幅报道治理活动；组织记者深入一线跟踪采访各县、区和部门的进展，发挥舆论的宣传、教育、引导和监督作用，营造倡导社会公德、维护公共卫生、共创全省文明城市的氛围。
@I3 lvlalt=2 | 3.社会宣传：以各镇街办为基本单位设立宣传点，制作宣传牌和横幅标语、印发宣传材料，面对面发动市民；各区政府和相关单位出动宣传车巡回宣传，提高群众的知晓率和参与率。
@H2 phase=组织实施阶段;4月下旬;5月底 | 第二阶段：组织实施阶段（4月下旬至5月底）
@I3 | 1.在全市掀起清除积存垃圾的高潮，各区、县、街道、乡镇要对城区主要道路、居民住宅小区、背街背巷等长期积存的生活垃圾和明沟明渠的漂
""",
    ),
    dict(
        name="fresh161_04_town_party_branch_election_scheme",
        source="https://360docs.net/doc/7917512918.html",
        doc_kind="scheme", partial=True,
        notes=["The first sample ('基层党支部换届选举方案一') of a collection page ('基层党组织换届选举工作实施方案 合集下载'): a "
               "township's scheme for electing its village party branches (mentions 德安). The collection title, the repeated "
               "sample titles, the site's blurb about elections and the sample number '一' glued to the first sentence were "
               "dropped; the sample's own title line is kept (title 基层党支部换届选举方案).",
               "'一、指导思想以三个代表重要思想为指导…' keeps the heading glued to its body without punctuation (text set by "
               "hand). The page's page marker '1/ 21' is glued after '二、范围、时间和方式' (kept as debris, text set by hand); "
               "the run-together block was split at the item and heading boundaries it shows.",
               "二、范围、时间和方式 is labelled other (phases accepted); its items 1、范围 / 2、时间 / 3、选举方式 are key-value "
               "items. '2、时间：…从年10月28日全面启动，11月15日以前结束' (the year lost on the page) is an optional overall "
               "period 10月28日 – 11月15日.",
               "'（一）准备发动阶段（10月21日11月3日）' has lost the dash between its dates and starts a week before the "
               "overall period the page gives (10月28日): both kept as written. The page ends with its first item "
               "'1、成立领导小组。'. No units are named in the visible part."],
        units=[],
        extra_phases=[
            dict(name="换届选举", start_text="10月28日", end_text="11月15日", at="从年10月28日全面启动", optional=True),
        ],
        text="""\
@T | 基层党支部换届选举方案
依照《中国共产党章程》、《中国共产党基层组织选举工作暂行条例》的规定和省、市、县有关文件精神，全镇将全面开展村党支部班子换届工作。
做好这次换届，对优化村组干部队伍结构、配强村党支部班子、扎实推进全镇农村基层组织建设、夯实党的执政基础、促进农村改革发展稳定，意义重大而深远。
为做好村党支部换届选举，经研究，制订本选举工作实施方案和日程安排。
@H1 sec=guidance text=一、指导思想 | 一、指导思想以三个代表重要思想为指导，贯彻党的十六大和十六届五中全会精神，以全面建设五好村党支部为目标，扩大基层党内民主，把政治上靠得住、工作有本事、在群众中有威信的优秀党员选进村级领导岗位，为铸造德安发展新辉煌提供组织保证。
@H1 sec=other alt=phases text=二、范围、时间和方式 | 二、范围、时间和方式1/ 21
@I2 | 1、范围：全镇所在行政村党支部。
@I2 | 2、时间：全镇村党支部换届选举从年10月28日全面启动，11月15日以前结束，集中半个多月时间全面完成换届任务。
@I2 | 3、选举方式：本着扩大党内民主、尊重群众意愿的原则，镇里将选一个村开展两轮票决的试点。
@H1 sec=phases | 三、工作方法及步骤
@H2 phase=准备发动阶段;10月21日;11月3日 | （一）准备发动阶段（10月21日11月3日）
@I3 | 1、成立领导小组。
""",
    ),
    dict(
        name="fresh161_05_county_traffic_order_rectification_scheme",
        source="https://m.yzwku.com/doc/127323.html",
        doc_kind="scheme", partial=True,
        title_override="开展城区道路交通秩序集中整治工作方案",
        notes=["A county's work scheme (黎川, '四区四宜'新黎川) for a concentrated drive on urban traffic order from 6月24日, "
               "from a document-sharing site that delivered one run-together block with chunk markers '1、' '2、' '3、'. "
               "The site blurb was dropped. The chunk marker '1、' stands before the title (title line kept with it; the "
               "title label leaves it out); the block was split at the title, heading and item boundaries it shows.",
               "'一、工作目标通过…' and '（一）重点整治路段以*大道为整治重点…' keep the heading glued to its body without "
               "punctuation (texts set by hand); the masked road name '*大道' is kept.",
               "The list under （二）重点整治内容 shows the page's OCR damage: item 1. reads 'L机动车…' (numbering 'L'), the "
               "others '2 .' '3 .' with a space (numbering style none); the number '4' is left at the end of item 3 and item 4 "
               "continues after the chunk marker '2、' on the next line ('2、，摩托车…': debris, not labelled). Items are level 3.",
               "三、整治时间 holds three run-in stages '（一）宣传教育阶段（2022年6月24日至6月30日）。…'; the third is numbered "
               "'（S）' (OCR for （三）; numbering kept as written, style none) with an open end '2022年9月1日以后' (start "
               "2022年9月1日, end null). Its body is split by the chunk marker '3、' inside the word 集中整|治 and the page "
               "ends mid-sentence.",
               "Units: the 各相关部门 that carry out the second stage (the county government decided the drive)."],
        units=["各相关部门"],
        text="""\
@T | 1、开展城区道路交通秩序集中整治工作方案
为加快“全国卫生县城”“全省文明城市”创建，营造安全、畅通、文明、有序的道路交通环境，经县政府研究，决定从6月24日起在县城区开展道路交通秩序集中整治行动，结合我县实际制定本方案。
@H1 sec=goals text=一、工作目标 | 一、工作目标通过集中整治，预防和减少交通事故，全面提升城区交通秩序管理水平，为建设“四区四宜”新黎川创造良好的道路交通环境。
@H1 sec=goals | 二、整治重点
@H2 text=（一）重点整治路段 | （一）重点整治路段以*大道为整治重点，县城区其他道路随后陆续铺开。
@H2 | （二）重点整治内容
@I3 num=L | L机动车逆向行驶、乱停乱放、不按停车位箭头指向停放；
@I3 num=2~. | 2 .非机动车不走非机动车道、摩托车不靠右行驶；
@I3 num=3~. | 3 .非机动车闯红灯、逆向行驶、乱停乱放；4
2、，摩托车、电动车驾乘人员不按规定佩戴安全头盔、超员超载或违反规定载人的；
@I3 num=5~. | 5 .摩托车、电动车加装遮阳伞（雨棚）；
@I3 num=6~. | 6 .摩托车、电动车无牌无证；
@I3 num=7~. | 7 .其它交通违法行为。
@H1 sec=phases | 三、整治时间
@H2 phase=宣传教育阶段;2022年6月24日;6月30日 | （一）宣传教育阶段（2022年6月24日至6月30日）。举行集中整治启动仪式暨誓师大会，开展“集中整治宣传周”，联动各部门、整合宣传资源，多种方式广泛宣传，做到家喻户晓。
@H2 phase=集中整治阶段;2022年7月1日;8月31日 | （二）集中整治阶段（2022年7月1日至8月31日）。各相关部门在县城区重点路段全面铺开，以重点整治内容为主整治交通违法行为，取得阶段性明显成效。
@H2 num=（S） phase=长效管理阶段;2022年9月1日; | （S）长效管理阶段（2022年9月1日以后）。结合集中整
3、治阶段暴露的问题和积累的经验，通过提升硬件、固化软件建立健全长效机制，加强日常巡查与监管，
""",
    ),
    dict(
        name="fresh161_06_subdistrict_patriotic_health_scheme",
        source="https://m.taodocs.com/p-6889822.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A sub-district office's (红旗办事处) patriotic-health work scheme aimed at a 省级文明卫生城区, from a "
               "document-sharing site; its upload metadata were dropped and the title line, shown twice, is kept once.",
               "The sentence of 一、组织领导 is broken over two lines, the second starting with '、城管办…' (kept).",
               "二、时间、方法 holds three stage lines '第一阶段：3月1日——5月31日，为…阶段。': the dates come right after the "
               "colon and the stage's name after them, so each text is set by hand to 'N阶段：dates' and the phase is named "
               "by what the line calls it (e.g. 全面复查验收阶段). The third ends on the impossible date '11月31日' (kept), "
               "and its line goes on with a report deadline (9月30日前, not a phase).",
               "三、检查内容 (inspection standards) is other (requirements, goals accepted), with 1、环境卫生 and 2、健康教育 "
               "as short level-2 headings. Kept on purpose: the watermark '文秘114版权所有' at the end of a body line and "
               "the masking '****惯' (习惯) in another. A bare '3、' at the page's end was dropped.",
               "Units: 红旗办事处, its 办事处党委 (leads), 城管办 (coordinates) and 各社区 (carry out)."],
        units=["红旗办事处", "办事处党委", "城管办", "各社区"],
        text="""\
@T | 爱国卫生工作方案
为把办事处建成省级文明卫生城区，遏制传染性疾病传播，营造整洁、优美、文明的生活和办公环境，保障市民身心健康，红旗办事处决定在全处开展以整治环境卫生、除四害、加强健康教育、预防传染病传播为内容的爱国卫生工作，安排如下：
@H1 sec=responsibilities | 一、组织领导
这次爱国卫生工作由办事处党委统一领导
、城管办负责协调，各社区组织实施；各社区都要成立爱国卫生工作领导小组。
@H1 sec=phases | 二、时间、方法
此次活动分三个阶段进行
@H2 text=第一阶段：3月1日——5月31日 phase=各社区自行调查、摸底、组织、宣传发动阶段;3月1日;5月31日 | 第一阶段：3月1日——5月31日，为各社区自行调查、摸底、组织、宣传发动阶段。
@H2 text=第二阶段：6月1日——9月30日 phase=全面清理打扫环境卫生、清理整治居民区楼道卫生、组织灭鼠消杀、投药、自检自查阶段;6月1日;9月30日 | 第二阶段：6月1日——9月30日，为全面清理打扫环境卫生、清理整治居民区楼道卫生、组织灭鼠消杀、投药、自检自查阶段。
@H2 text=第三阶段：10月1日——11月31日 phase=全面复查验收阶段;10月1日;11月31日 | 第三阶段：10月1日——11月31日，为全面复查验收阶段。各社区须在9月30日前把自查自检情况书面报办事处城管办处，办事处将逐社区验收，并通报不合格单位。
@H1 sec=other alt=requirements,goals | 三、检查内容
@H2 | 1、环境卫生
居民室内外环境整洁，无垃圾杂物，物品摆放整齐，地面、墙壁、楼梯扶手、门窗、顶棚洁净，室内通风良好、空气清新。文秘114版权所有
@H2 | 2、健康教育
各社区开设健康教育课，结合传染病防治上好课，鼓励市民参加爱国卫生活动，养成良好的卫生****惯，不随地吐痰，保持清洁，做文明卫生卫士。
""",
    ),
    dict(
        name="fresh161_07_middle_school_civility_month_activity_plan",
        source="https://m.77cn.com.cn/cehua/huodong/43564_2.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="中学文明礼貌月活动方案",
        notes=["Page 2 of a middle school's (姚店中学) 文明礼貌月 activity plan; the page title carries the site's page number "
               "'中学文明礼貌月活动方案(2)' (title line; the title label leaves the '(2)' out, a judgement call). The "
               "upload date-time line was dropped.",
               "The page starts at '五、活动安排：' (level 1, phases) and shows the first stage '第一阶段： 宣传发动和讨论阶段"
               "（2月20日—2月28日）' (space after the colon kept) with five tasks 1、–5、 (items, level 3) and twelve essay "
               "topics 1）–12） under the fifth (items, level 4). Task dates (2月22日, 2月28日前, 征文截止时间2006年2月28日) are "
               "deadlines inside task lines, not phases.",
               "The page ends on the bare second stage '第二阶段：自律与实践阶段（' with its bracket open: a heading and a "
               "phase with no dates (start and end null).",
               "Writer a school: an activity plan, but it is the genre's stage-by-stage scheme (scheme accepted)."],
        units=["校团委", "政教处", "年级组"],
        text="""\
@T | 中学文明礼貌月活动方案(2)
@H1 sec=phases | 五、活动安排：
@H2 phase=宣传发动和讨论阶段;2月20日;2月28日 | 第一阶段： 宣传发动和讨论阶段（2月20日—2月28日）
通过墙报、橱窗、国旗下讲话、班会、广播等多种形式做好宣传发动，让全校师生了解活动安排、统一认识，推动本月活动全面开展。
@I3 | 1、学校利用国旗下讲话和广播启动文明礼貌月动员。
@I3 | 2、各班召开专题动员会，重点动员团干部和班干部，并于2月22日召开以“倡导文明新风、共建美好校园”为主题的班会，内容充实、形式多样、人人参与；黑板上写出主题标语（学校统一检查），做好班会记录。
@I3 | 3、各班出一期“文明礼貌月”主题板报（2月28日前完成），要求字迹工整、图文并茂、有号召力（校领导统一检查评比，作为评选文明班级的依据之一）。
@I3 | 4、2月28日前各班举行文明礼貌承诺签字仪式。（班主任组织）
@I3 | 5、开展讨论、征文活动，题目可自拟，也可参考下列论题。征文截止时间2006年2月28日。（征文打印或用方格稿纸誊清后交校团委，由团委、政教处、年级组评定等级）
@I4 | 1）同学之间的矛盾该如何正确处理？
@I4 | 2）怎样尊重老师的劳动？
@I4 | 3）怎样看待校园里乱涂、乱画、乱扔的现象？
@I4 | 4）在你看来，校园里有哪些不文明行为？
@I4 | 5）当代青年学生还有必要“吾日三省吾身”吗？
@I4 | 6）你崇拜的偶像是谁，为什么崇拜？
@I4 | 7）在现代社会，艰苦朴素、勤俭节约是否还有必要？
@I4 | 8）传统的“仁、义、礼、智、信”观念今天是否仍可取？
@I4 | 9）中学生怎样培养自己的法制观念？
@I4 | 10）我校学生的竞争意识、协作意识怎样？应如何改进？
@I4 | 11）你是否明确意识到“走出校园，我代表着姚店中学”？
@I4 | 12）对我校的学生管理，你有什么意见和建议？
@H2 phase=自律与实践阶段;; | 第二阶段：自律与实践阶段（
""",
    ),
]
