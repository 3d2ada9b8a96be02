# -*- coding: utf-8 -*-
"""The 119th held-out fresh set: SCHEMES WITH DATED STAGES (实施方案 / 工作方案 with
实施步骤 / 方法步骤 / 具体安排) and what the same writers put around them, with dates written
in varied ways: 旬 (上旬/中旬/下旬), 月底, a masked year (201x), Chinese-numeral date lines
(二00九年五月二十一日), stripped dates (月日), a spam word inside a date (2018年8月耐握中旬),
a time tag (（本阶段）) and activity dates inside activity lines.  Writers: a town, a county,
a city (its environmental action's steps page), a district health bureau, a city health
bureau's campaign office, a township notice, a general hospital and a hospital party
committee.  Found as stored public web pages with the `search` tool's `pages` corpus;
no source page is a source of any other set (checks in /work/fresh119/used_sources.tsv
and _build/notes_queries.txt).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate (navigation, posting lines, read-aloud
  buttons, "下一篇" links, SEO headlines) was dropped.
- Heading, title and stage lines keep the source's numbering, wording, dates and
  spacing; full-width punctuation （）：，；“”！ was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates, figures,
  unit and place names, document numbers, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH119_DOCS = [
    dict(
        name="fresh119_01_town_funeral_reform_scheme",
        source="http://m.7rdy.cn/news/139729.html",
        doc_kind="scheme", partial=True,
        notes=["A town's funeral-reform scheme (xx镇殡葬改革工作方案, name masked). The stored page starts with the "
               "opening paragraph, so no title line is visible (title null); the '下一篇：…' link at the end was dropped.",
               "二、目标任务 holds three run-in headings '（一）严格执行火葬制度，杜绝“以罚代化”问题。…' (title sentence, then "
               "body), level 2, goals. '年底前建成…2-3处' inside （二） is a deadline, not a phase.",
               "三、实施步骤: the lead-in names three stages (准备阶段、启动实施、巩固完善) but the only visible stage heading is "
               "'（一）动员部署（201x年3月1日-5月31日）' (the wording differs from the lead-in; kept). Phase 动员部署 with the masked "
               "year kept: start '201x年3月1日', end '5月31日'.",
               "The page ends with the cut item '1、镇党委……' (the page's own ellipsis), labelled an item under the stage."],
        units=["镇党委"],
        text="""\
根据县委、县政府的工作要求，为解决xx辖区殡葬领域群众反映强烈的突出问题，规范殡葬管理、革除丧葬陋习、倡导文明新风，维护群众切身利益，经镇党委、政府研究，结合xx镇实际，制定本殡葬改革工作方案。
@H1 sec=guidance | 一、指导思想
以XXXXXXX为指导，落实省、市、县各级的工作要求，坚持党政领导、部门协同、依法稳妥、标本兼治，集中整治散埋乱葬、遗体不经火化私自土葬等问题，加强殡葬服务和丧葬用品市场监管，推动建立殡葬管理长效机制。
@H1 sec=goals | 二、目标任务
@H2 | （一）严格执行火葬制度，杜绝“以罚代化”问题。xx镇全面推行火葬，除国家规定的特殊人群外，辖区内去世群众一律火化，杜绝土葬。
@H2 | （二）加快推进公墓和骨灰堂试点的建设。加快建设公益性公墓和骨灰堂，年底建成高标准公墓或骨灰堂2-3处，合理控制墓地规模，拓宽建设资金来源。
@H2 | （三）强化殡葬改革宣传，培育文明丧葬新风。长期开展殡葬改革宣传，葬法改革和葬礼改革并重，引导群众破除封建、铺张的旧俗，依法火化、节俭治丧、集约安葬。
@H1 sec=phases | 三、实施步骤
为让殡葬改革稳步有序推进，全镇工作分准备阶段、启动实施、巩固完善三个阶段进行。
@H2 phase=动员部署;201x年3月1日;5月31日 | （一）动员部署（201x年3月1日-5月31日）
@I3 | 1、镇党委……
""",
    ),
    dict(
        name="fresh119_02_county_funeral_sector_rectification_scheme",
        source="https://binzang101.com/bzbk/5188.html",
        doc_kind="scheme", partial=True,
        notes=["A county's special rectification scheme for the funeral sector (殡葬领域突出问题专项整治行动方案), posted "
               "under an unrelated SEO headline '埭溪镇殡葬改革方案(埭溪镇殡葬改革方案最新)', which was dropped as site debris; "
               "the document's own title is the title line.",
               "The site injects spam words into the text: '2018年8月耐握中旬' (inside the overall period) and '殡葬昌凯庆行业' "
               "(inside a body sentence) are kept as they are, never labelled. The overall period 'from 2018年8月耐握中旬 to 10月底' "
               "in the opening paragraph is an optional phase (start kept with the spam word, as damaged dates are kept).",
               "一、工作目标和基本原则 is goals with guidance accepted; （一）工作目标 goals, （二）基本原则 guidance. The three "
               "principles are unnumbered run-in headings '加强领导，压实责任。 在各级…' (the source's space after 。 kept), "
               "level 3, numbering none. The page ends inside the third principle.",
               "The superior bodies cited (市民政局等10部门) only issue instructions and are not listed as units."],
        units=[],
        extra_phases=[
            dict(name="专项整治行动", start_text="2018年8月耐握中旬", end_text="10月底", at="2018年8月耐握中旬", optional=True),
        ],
        text="""\
@T | 殡葬领域突出问题专项整治行动方案
为落实党中央、国务院决策部署和省委、省政府领导批示要求，解决殡葬领域群众反映强烈的突出问题，根据市民政局等10部门《关于印发的通知》（*市民发〔2018〕148号）精神和省、市专项整治电视电话会议安排，决定从2018年8月耐握中旬开始至10月底，在全县联合开展殡葬领域突出问题专项整治行动。方案如下：
@H1 sec=goals alt=guidance | 一、工作目标和基本原则
@H2 sec=goals | （一）工作目标
以习近平新时代中国特色社会主义思想为指导，通过专项整治合力解决违规建公墓、超标准墓穴、天价墓、活人墓以及炒买炒卖墓穴或骨灰格位等问题，加强殡葬服务、中介服务和丧葬用品市场监管，遏制借公墓谋取暴利，落实监管执法责任，建立长效机制，促进殡葬昌凯庆行业健康发展。
@H2 sec=guidance | （二）基本原则
@H3 | 加强领导，压实责任。 在各级党委和政府领导下建立领导协调机制，明确部门分工，强化目标考核，多部门合力落实整治责任。
@H3 | 积极稳妥，依法依规。 对殡葬领域的问题区分情况、分类施策，严厉打击违法违规行为，同时保护群众合法权益。
@H3 | 惩防并举，标本兼治。 立足当前，针对损害群众利益、影响行业形象的突出问题，通过排查摸底、全面整改、督促检查，加大打击惩处力度
""",
    ),
    dict(
        name="fresh119_03_city_environmental_action_scheme_steps_page",
        source="http://www.fymate.net/html/text/lar/168301/16830190_2.html",
        doc_kind="scheme", partial=True,
        notes=["Page 2 of a city's 2004 environmental special action scheme (the districts are '区县（自治县、市）'): the page "
               "starts at the first stage, so neither the title nor the steps heading (三、…) is visible; title null.",
               "Four stages dated only with 旬 and 月底: '（一）准备动员阶段（4月底至5月中旬）', '（二）自查自纠阶段（5月下旬至6月"
               "中旬）', '（三）全面整治阶段（6月下旬至9月中旬）', '（四）总结阶段（9月下旬至11月上旬）'. Their parent heading is "
               "not visible and the next top-level heading is 四、职责分工, so they are level 2 with level 1 accepted.",
               "Deadlines in the stage bodies ('5月22日前', '6月20日前', '7月20日前', '2004年11月10日前') and the inspection window "
               "'8月1日至9月20日' are not phases.",
               "四、职责分工 is followed by unnumbered body paragraphs, one per department ('环保部门负责…'); they are body, not "
               "headings. The page ends with the fragment '监察部'."],
        units=["市专项行动领导小组办公室", "环保部门", "经济综合主管部门", "工商行政管理部门"],
        text="""\
@H2 sec=phases lvlalt=1 phase=准备动员阶段;4月底;5月中旬 | （一）准备动员阶段（4月底至5月中旬）
各区县（自治县、市）政府制订本地实施方案，成立专项行动领导小组，进行动员部署，并在5月22日前把有关情况报市专项行动领导小组办公室。
@H2 sec=phases lvlalt=1 phase=自查自纠阶段;5月下旬;6月中旬 | （二）自查自纠阶段（5月下旬至6月中旬）
各区县（自治县、市）政府对辖区重点范围和重点问题全面清查，提出整改措施逐步解决，确定挂牌督办问题目录；6月20日前把阶段总结和督办目录报市专项行动领导小组办公室。
@H2 sec=phases lvlalt=1 phase=全面整治阶段;6月下旬;9月中旬 | （三）全面整治阶段（6月下旬至9月中旬）
各区县（自治县、市）专项行动领导小组组织有关部门集中整治清查出的重点环境问题，公开查处一批典型案件，7月20日前上报查处情况和违反环保法律法规的“土政策”清理情况；8月1日至9月20日，市专项行动领导小组组织联合检查组对重点挂牌督办问题现场检查，并迎接国家联合检查组检查。
@H2 sec=phases lvlalt=1 phase=总结阶段;9月下旬;11月上旬 | （四）总结阶段（9月下旬至11月上旬）
各区县（自治县、市）政府总结专项行动的成效和不足，提出并落实长效管理措施，防止污染反弹，2004年11月10日前把总结材料报市专项行动领导小组办公室。
@H1 sec=responsibilities | 四、职责分工
环保部门负责统一监督管理企业环境行为，及时发现并查处环境违法行为。
经济综合主管部门负责监督检查国家规定淘汰的落后生产能力、工艺、设备和产品，依法提请同级政府取缔、关闭；新建项目未经环保部门审批的一律不批准建设。
工商行政管理部门负责依法注销或吊销政府决定取缔关闭的违法企业的营业执照，依法取缔无照经营企业。
监察部
""",
    ),
    dict(
        name="fresh119_04_district_health_bureau_analysis_stage_scheme",
        source="http://nbxinxi.com/a/luchengqu/20210529/113200.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A district health bureau's scheme for one stage (分析检查阶段) of the 2009 学习实践科学发展观 campaign, inside its "
               "issuing notice: addressee '区属各医疗卫生单位：', a notice sentence and the date line '二00九年五月二十一日' "
               "(Chinese numerals with the digit 0) are body; the site's '朗读' button was dropped. The scheme title runs over two "
               "lines, both title lines; the notice carries no title of its own on the page.",
               "Level-1 headings keep the source's space after the numbering ('一、 目标任务', '二、 具体安排'), as do the level-2 "
               "headings ('（一） 精心谋划安排，及早部署阶段工作').",
               "二、 具体安排 lists the stage's work items, not dated steps: kind goals with measures and phases accepted. Its "
               "first line '整个分析检查阶段于2009年5月上旬开始，2009年6月底前基本完成。' is the stage's overall period (optional "
               "phase, start '2009年5月上旬', end '2009年6月底'). '5月中旬' (when the bureau's party committee deploys) is an event "
               "in a body line, not a phase.",
               "The stored text lost the dates in two sentences: body lines end with '…于' and '…各单位要在' and the next line "
               "starts '局党委…' (kept as the page shows). '1、分四个层面召开民主恳谈会。（1）…' is a run-in level-3 heading; the "
               "（1） inside it is not labelled. The page ends there ('…到联系点')."],
        units=["局党委", "区政工科"],
        extra_phases=[
            dict(name="分析检查阶段", start_text="2009年5月上旬", end_text="2009年6月底", at="整个分析检查阶段于2009年5月上旬开始", optional=True),
        ],
        text="""\
区属各医疗卫生单位：
现将《鹿城区卫生系统深入学习实践科学发展观活动分析检查阶段工作方案》印发给你们，请结合实际认真学习、抓好落实。
二00九年五月二十一日
@T | 鹿城区卫生系统深入学习实践科学发展观
@T | 活动分析检查阶段工作方案
为做好第二批深入学习实践科学发展观活动（简称学习实践活动）分析检查阶段的工作，根据中央和省委、市委、区委的精神以及《鹿城区卫生系统深入开展学习实践科学发展观活动实施方案》（温鹿卫党〔2009〕3号）的要求，制订本阶段工作方案。
@H1 sec=goals | 一、 目标任务
围绕“重民生，优服务，强队伍，转作风，全面推进鹿城卫生又好又快发展”这一卫生系统学习实践总载体，突出“民主公开，开门纳谏查症结”，用好学习调研成果，广泛听取意见建议，查找并深入分析突出问题，理清今后贯彻科学发展观的思路和举措，写出高质量的领导班子分析检查报告，为整改落实阶段打好基础。
@H1 sec=goals alt=measures,phases | 二、 具体安排
整个分析检查阶段于2009年5月上旬开始，2009年6月底前基本完成。
@H2 | （一） 精心谋划安排，及早部署阶段工作
各支部结合实际制订本阶段工作方案和日程安排，提出可行措施；方案和日程须经局分管领导审阅，并征求指导检查组意见，于
局党委于5月中旬部署分析检查阶段工作。各单位要在
局党委会分析检查阶段各项任务由区政工科牵头落实。
@H2 | （二） 召开民主恳谈会，广泛征求意见建议
@H3 | 1、分四个层面召开民主恳谈会。（1）局领导班子党员干部到联系点
""",
    ),
    dict(
        name="fresh119_05_town_hundred_good_families_selection_notice",
        source="http://www.xchen.com.cn/wenmi/tongzhi/604904.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A town's notice (通告) launching a selection campaign ('四个百好' 创评活动: good daughters-in-law, families, "
               "neighbours, couples), written as a scheme with 指导思想 / 内容及条件 / 办法及步骤. The site's collection line "
               "('美章网 资料文库 …范文') and posting time were dropped; the notice title is the title line.",
               "The stored text lost the month and day digits of the dates: the overall period reads '从月日开始至12月31日结束' "
               "(optional phase, start '月日', end '12月31日') and the first stage '第一阶段：宣传发动阶段（月日—月31日）' (phase "
               "宣传发动阶段, start '月日', end '月31日'); damaged dates are kept as they are. The stage line continues with "
               "'主要做好以下工作。', so its heading text is set by hand (the colon rule would cut at '第一阶段').",
               "The slogan keeps the source's mismatched quotes '“四个百好“'. 二、内容及条件 is other (goals accepted); the "
               "conditions paragraph '好媳妇：…；好婆媳：…' is body. The three 1、2、3、 lines under the stage are tasks (items); the "
               "second ends with '，' as on the page. The page ends with the fragment '第二阶段：集', which was dropped."],
        units=[],
        extra_phases=[
            dict(name="创评活动", start_text="月日", end_text="12月31日", at="此次创评活动从月日开始", optional=True),
        ],
        text="""\
@T | 乡镇百好创评活动通告
开展创评活动是加强思想道德教育和精神文明建设的具体要求，在新时期意义重大。为此，我镇结合实际，决定在全镇开展“四个百好“创评活动。
@H1 sec=guidance | 一、指导思想
以马列主义、思想、邓小平理论和“三个代表”重要思想为指导，以科学发展观统领，树立社会主义荣辱观，服务中心工作大局，在全镇营造“安定和谐，谋求发展”的氛围，为建设美而富、和而强的社会主义新提供精神动力和舆论支持。
@H1 sec=other alt=goals | 二、内容及条件
“四个百好”是指百名好媳妇、百对好婆媳、百对好邻里、百对好夫妻。
参选对象须坚持四项基本原则、遵纪守法、崇尚科学、有一定声望、对地方稳定发展有贡献。好媳妇：把公婆当亲生父母赡养照顾；好婆媳：婆媳和睦如亲生母女；好邻里：左邻右舍和谐相处、遇事商量；好夫妻：相敬如宾，共谋家庭发展，善待老人，教子有方。
@H1 sec=phases | 三、办法及步骤
此次创评活动从月日开始至12月31日结束，共分三个阶段进行。
@H2 text=第一阶段：宣传发动阶段（月日—月31日） phase=宣传发动阶段;月日;月31日 | 第一阶段：宣传发动阶段（月日—月31日）主要做好以下工作。
@I3 | 1、制订好实施方案，印制好相关表册。
@I3 | 2、召开村、组干部和单位负责人大会以及群众大会广泛动员，做到家喻户晓，调动群众参评的积极性，
@I3 | 3、利用一切宣传工具，营造创建氛围。
""",
    ),
    dict(
        name="fresh119_06_hospital_culture_festival_activity_plan",
        source="http://xzkwjtzyy.com/detail/24/234",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["An enterprise-affiliated general hospital's party-committee plan (its own lecture title speaks of '企业医院') for its second culture festival, issued as "
               "'总院党发（2009）11号' to '院属各支部：' (document-number line and addressee are body). No title line is visible "
               "on the page (title null).",
               "二、活动主题 is followed by the theme as a value line '激扬文化 共建和谐 学习白求恩 迎建国60周年' (body, kept verbatim).",
               "三、活动内容 lists the festival's activities as run-in level-2 headings '1、“学习白求恩、做好五种人”讲座。…' (activity "
               "name, then participants, place and time); kind goals (the task areas of the plan) with measures and other accepted. "
               "Each activity carries its own time written with 旬 ('时间：4月下旬', '6月上旬', '5月上旬', '7月上旬', '8月上旬', "
               "'9月上旬', '11月中旬') or a month range ('时间：3—12月份'): these are event dates inside activity lines, not stages, "
               "so no phase is labelled.",
               "The page's typo '竟赛' (for 竞赛) is kept in heading 8; activity 6's place was broken onto its own line "
               "('地点：机关六楼会议室。', body). The page ends with the bare heading '9、书画摄影' (kept)."],
        units=[],
        text="""\
总院党发（2009）11号
院属各支部：
为进一步推动我院精神文明建设、培育健康向上的医院文化，提高职工综合素质，丰富职工文化生活，推动总院工作全面提升，决定举办院第二届文化节。具体活动方案如下：
@H1 sec=guidance | 一、指导思想
通过丰富多彩的文化活动，营造积极、高雅、文明的医院文化氛围，展示职工昂扬向上的精神面貌，提升医院文化品位，激励全院职工围绕医院发展蓝图，坚定不移创三级，凝心聚力谋发展，共建和谐医院。
@H1 sec=other alt=guidance | 二、活动主题
激扬文化 共建和谐 学习白求恩 迎建国60周年
@H1 sec=goals alt=measures,other | 三、活动内容
@H2 | 1、“学习白求恩、做好五种人”讲座。听讲人员为全院职工。地点：机关六楼会议室。时间：4月下旬。
@H2 | 2、医疗制度改革对企业医院的影响（讲座）。听讲人员为全院职工。地点：机关六楼会议室。时间：6月上旬。
@H2 | 3、护理操作技能比赛。每个护理单元选派1人参赛。时间：5月上旬。地点：篮球场
@H2 | 4、医护基础知识有奖竞赛。职工自愿参加，现场提问、当场作答。时间：7月上旬；地点：机关六楼会议室。
@H2 | 5、青年医师医学英语知识竞赛。参赛人员：全院毕业5年内的青年医师。时间：8月上旬；地点：机关六楼会议室。
@H2 | 6、医患沟通情景模拟表演赛。每个病区和急诊室组队3--4人，含医生、护士各一名和1--2名扮演病人或家属的人员，按医患沟通规定模拟表演。时间：9月上旬。
地点：机关六楼会议室。
@H2 | 7、病历书写比赛。外科、内科、肿瘤、尘肺、庞庄分院支部各选送4份优秀病历参赛。时间：11月中旬；地点：机关六楼会议室。
@H2 | 8、开展创建无医疗差错纠纷病区科室竟赛。全院临床、门诊、医技独立单元科室参加。时间：3—12月份。
@H2 | 9、书画摄影
""",
    ),
    dict(
        name="fresh119_07_city_health_bureau_analysis_stage_arrangement",
        source="http://www.fsou.net.cn/html/text/lar/170420/17042058.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="市直卫生系统深入学习实践科学发展观活动分析检查阶段工作安排",
        notes=["A city health bureau's campaign office issues the work arrangement for one stage (分析检查阶段) of the 2008 "
               "学习实践科学发展观 campaign. The notice title, the attached arrangement's title (broken over two lines) are all "
               "title lines; the label takes the arrangement's own title (as dev05). Document number '（淄卫学组办发[2008]10号）' "
               "(square brackets as on the page), addressee, notice sentence, signature and the date line '二00八年十二月一日' "
               "(Chinese numerals with the digit 0) are body.",
               "一、总体要求 is guidance. 二、主要工作项目 holds a lead-in ('…重点抓好以下几项工作：', body) and the task "
               "'（一）坚持把学习贯穿始终，进一步加深对科学发展观的理解（本阶段）' whose bracket '（本阶段）' is a time tag "
               "(throughout this stage), not a dated phase; kind goals with measures accepted.",
               "No dated step is visible: the stage itself is the subject of the whole document. The page ends with a bare '1' "
               "under （一）, which was dropped."],
        units=[],
        text="""\
@T | 淄博市卫生局深入学习实践科学发展观活动领导小组办公室关于印发《市直卫生系统深入学习实践科学发展观活动分析检查阶段工作安排》的通知
（淄卫学组办发[2008]10号）
市属各医疗卫生单位学习实践活动领导小组办公室，局机关各科室：
现将《市直卫生系统深入学习实践科学发展观活动分析检查阶段工作安排》印发给你们，请结合实际抓好落实。
市卫生局深入学习实践科学发展观活动领导小组办公室
二00八年十二月一日
@T | 市直卫生系统深入学习
@T | 实践科学发展观活动分析检查阶段工作安排
分析检查阶段在整个学习实践活动中承上启下，又正值应对国际金融危机、扩大内需的关键时期，做好这一阶段工作，对巩固学习调研成果、打牢整改落实基础、推动卫生事业又好又快发展十分重要。根据市委学习实践活动领导小组办公室《关于深入学习实践科学发展观活动分析检查阶段工作安排》（淄学组办发〔2008〕12号）的要求，现作如下安排：
@H1 sec=guidance | 一、总体要求
各单位以“找准问题、明确思路、共谋科学发展”为目标，继续深化学习、突出实践特色、创新方式和载体、抓好整改落实，用更扎实的作风把本阶段各项任务落到实处。
@H1 sec=goals alt=measures | 二、主要工作项目
本阶段工作总体上按《市直卫生系统开展深入学习实践科学发展观活动实施方案》规定的重点环节和方法步骤进行，重点抓好以下几项工作：
@H2 | （一）坚持把学习贯穿始终，进一步加深对科学发展观的理解（本阶段）
""",
    ),
    dict(
        name="fresh119_08_hospital_party_committee_national_day_activity_plan",
        source="https://m.07608.cn/huodongfangan/102826.html",
        doc_kind="activity_plan", partial=True,
        notes=["A hospital party committee's plan for National Day and Mid-Autumn activities (Zhuhai; the anniversary is masked "
               "'建国**周年').",
               "一、活动内容 holds four activities '（一）“迎国庆、度中秋”专家超市义诊惠民活动' …, level 2, kind goals (other and "
               "measures accepted). Under each, '活动时间：9月30日', '活动时间：10月1日前', '活动时间：10月1日', '负责部门：…' and "
               "'活动说明：…' are key-value body lines, never labelled; the activity times are the dates of separate events (and "
               "two of them are deadlines '…前'), not stages, so no phase is labelled.",
               "The page ends inside the fourth activity's 活动说明 ('…实习生、进')."],
        units=["人力资源部", "医务科教部", "党委办公室", "院办公室", "财务部", "门诊部", "项目办", "第三党支部", "院团委",
               "后勤保障部"],
        text="""\
@T | 医院党委迎国庆、度中秋活动方案
为贯彻党的十七大关于弘扬中华文化、建设中华民族共有精神家园的部署，推进社会主义核心价值体系建设，根据珠海市文明办《关于转发中央文明办〈关于组织开展“我们的节日·中秋”主题活动的通知〉的通知》精神，经医院党委研究，决定国庆、中秋期间开展“迎国庆、度中秋”主题活动。活动方案如下：
@H1 sec=goals alt=other,measures | 一、活动内容
@H2 | （一）“迎国庆、度中秋”专家超市义诊惠民活动
活动时间：9月30日
负责部门：人力资源部、医务科教部、党委办公室、院办公室、财务部、门诊部、项目办
活动说明：为庆祝建国**周年，9月30日在新门诊楼前搭建专家超市义诊平台，当天来院就诊的患者免收挂号费和诊金。
@H2 | （二）“迎国庆、度中秋、送健康”义诊活动
活动时间：10月1日前
负责部门：党委办公室
活动说明：结合“为珠海十大重点建设工程保驾护航健康行”，组织党员志愿者服务队到凤凰山隧道建设工地送医送药、义诊送健康。
@H2 | （三）“迎国庆、度中秋、送温暖”敬老慰问活动
活动时间：10月1日前
负责部门：门诊部、第三党支部
活动说明：组织党员医疗专家到斗门区莲溪、六乡两所敬老院慰问，为老人送医送药送月饼。
@H2 | （四）“知国威、树信念”国庆阅兵庆典集中观赏活动
活动时间：10月1日
负责部门：院团委、后勤保障部
活动说明：10月1日组织在院的非值班单身职工和培训学员、实习生、进
""",
    ),
]
