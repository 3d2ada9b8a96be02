# -*- coding: utf-8 -*-
"""The sixth held-out fresh set: real Chinese work plans, schemes, activity
plans, a summary and reports from sectors little used before (statistics,
postal service, libraries, meteorology, veterinary work, housing and urban
construction, tourism, villages, vocational schools, banks, a hospital
department), found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of shared/corpus-dev or
tests/corpus_fresh .. tests/corpus_fresh5.  HELD OUT: never tune an importer
on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, download notices, site blurbs, bylines, collection
  titles and sample numbers) was dropped; debris that a user pasting from the
  page would get along (chunk markers, watermarks, paywall lines, BBcode) is
  kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH6_DOCS = [
    # ------------------------------------------------------------- plans
    dict(
        name="fresh6_01_statistics_enforcement_inspection_plan",
        source="http://tjj.wuhai.gov.cn/tjj/682822/734530/1690033/index.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        title_override="乌海市统计局2024年统计执法监督检查工作计划",
        notes=["A city statistics bureau's notice issuing its 2024 plan for statistical law-enforcement inspections, "
               "from the bureau's site. Four title lines: the notice title over two lines (1-2) and the plan's own "
               "title over two lines (8-9), which is the title. Addressee, issuer and date are body lines.",
               "二、执法检查方式 has three '（一）…执法检查：' headings each followed by a body line; the page ends at the "
               "truncated item '1.对统计机构统计违法案件查处规范性进行检' under 三、（一）, kept."],
        units=["乌海市统计局"],
        text="""\
@T | 乌海市统计局关于印发
@T | 2024年统计执法检查工作计划的通知
三区统计局，局内各科室：
为压实防惩统计造假、弄虚作假的主体责任，发挥统计执法监督作用，依法查处统计违法行为，确保数据真实准确，市统计局制定了《乌海市统计局2024年统计执法监督检查工作计划》，现予印发，请结合实际抓好落实。
乌海市统计局
2024年4月23日
@T | 乌海市统计局
@T | 2024年统计执法监督检查工作计划
为落实党中央、国务院关于防范和惩治统计造假的部署，形成统计执法检查合力，提高全市统计数据质量，乌海市统计局制定本年度执法监督检查工作计划。
@H1 sec=responsibilities | 一、组织领导
执法监督检查由乌海市统计局统一领导，市、区两级统计执法主体组织实施，各专业科室协同配合；检查中严格执行行政执法“三项制度”，提高执法效能，保证完成全年检查任务。
@H1 sec=measures alt=goals | 二、执法检查方式
@H2 | （一）“双随机、一公开”执法检查：
按全市“双随机、一公开”要求，从名录库“四上”企业中抽取3-5%开展部门内部检查，并配合相关部门完成跨部门联合检查。
@H2 | （二）常规执法检查：
在完成自治区统计局下达的最低检查数量的基础上，开展常规执法检查，并配合自治区统计局的专项检查。
@H2 | （三）重点执法检查：
对上级交办、部门移送、群众举报和专业科室反馈的违法线索开展重点检查，同时督促各区查处检查中发现的违法案件。
@H1 sec=goals alt=measures | 三、监督检查内容
@H2 | （一）政府统计机构依法履职情况的监督检查
@I3 | 1.对统计机构统计违法案件查处规范性进行检
""",
    ),
    dict(
        name="fresh6_02_post_office_holiday_marketing_plan",
        source="https://www.renrendoc.com/p-74660744.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A city post office's marketing plan for the Christmas to Valentine's Day season, one run-together block "
               "on a document-sharing site (preview notices dropped); split at the numbering markers. The lead-in calls "
               "it a 营销活动方案 (activity plan accepted).",
               "二、活动时间 is followed by its period on its own line (optional). Under 三、 the points '1、加盖节日纪念戳' "
               "… '3、代送圣诞礼物' are headings (level 2) with key-value lines '参与单位：…' (body). Inside point 3 the "
               "collection window '12月20日至24日' and the express day '25日' are kept as optional phases. The page ends "
               "inside item （2）."],
        units=["营业局", "历城局", "各县（市）区局", "速递局"],
        extra_phases=[
            dict(name="活动时间", start_text="xx年12月20日", end_text="xx年2月26日", at="xx年12月20日至"),
            dict(name="收寄期", start_text="12月20日", end_text="24日", at="为收寄期"),
            dict(name="特快投递", start_text="25日", end_text=None, at="为特快投递")],
        text="""\
@T | 邮政局营销工作计划范文
圣诞节、元旦、春节、情人节接连到来，各类社会活动增多，正是邮政开展营销、宣传业务、扩大影响和增收的好时机；经认真分析，制定以下营销活动方案。
@H1 sec=guidance | 一、指导思想
活动以增加收入、展示形象、宣传业务、密切用户关系为目的，既要整体造势，又要讲求实效、避免形式主义，把重点放在有特色的营销活动上。
@H1 sec=phases alt=other | 二、活动时间
xx年12月20日至xx年2月26日。
@H1 sec=goals alt=measures | 三、主要活动内容及安排
@H2 | 1、加盖节日纪念戳
参与单位：营业局 历城局 各县（市）区局
刻制圣诞、新年、春节、情人节系列纪念戳，放在全市主要营业网点（营业局4个，历城2个，其余区县局各一个），节日期间免费为客户加盖。
@H2 | 2、集中销售贺卡
参与单位：营业局 历城局 各县（市）区局
圣诞节期间在营业窗口销售贺卡和信封；各局派专人设临时邮局进驻校园，现场销售卡片和邮品，可搭配邮资封开展购封送卡。
@H2 | 3、代送圣诞礼物
参与单位：营业局 历城局 速递局
12月20日至24日为收寄期，25日为特快投递。
@I3 | （1）定价：自选礼物只收基本业务费和投递费，由邮局代选礼物另收礼物费；基本业务费每件10元，投递费每件20元。
@I3 | （2）投递：同城业务上午11:00前揽收的下午投递，下午5:00前揽收的次日上午投递；用户要求定时投递的按指定时间办理。
""",
    ),
    dict(
        name="fresh6_03_rural_party_member_recruitment_plan",
        source="https://www.fabiao.com/haowen/15944.html",
        doc_kind="plan", partial=True,
        notes=["A county's plan for recruiting farmers as party members, the first sample of a collection page (the "
               "collection heading's date line and the sample label '农村党组织工作计划第1篇' were dropped). The page lost "
               "the years ('年发展农民党员工作', '年是全县…', '年，全县计划…'); the damaged starts are kept.",
               "三、主要措施 has run-in '1、坚持围绕中心，实施强力推进。…' measures (level 2, text cut at the first "
               "'。'); the page ends inside the second."],
        units=["各乡镇党委", "县委组织部"],
        text="""\
@T | 农村党组织工作计划
@H1 sec=guidance | 一、指导思想
年发展农民党员工作，以邓小平理论和“三个代表”重要思想为指导，贯彻落实科学发展观，围绕农村经济社会发展大局，按“坚持标准，保证质量，改善结构，慎重发展”的方针，重点发展农民产业带头人和35岁以下青年农民，建设一支素质好、结构合理、作用突出的农民党员队伍。
@H1 sec=goals | 二、计划任务
年是全县发展农民党员“523”规划实施的第一年，要抓好入党积极分子队伍建设，每个村党组织的产业带头人和35岁以下青年农民积极分子要达到7名以上。
年，全县计划发展农民党员930名左右，平均每个村党组织发展3名，其中产业带头人和35岁以下青年农民各1名以上。
@H1 sec=measures | 三、主要措施
@H2 | 1、坚持围绕中心，实施强力推进。各乡镇党委要把发展农民党员作为今年党建的重要内容，做到有组织领导、有计划目标、有职责分工、有考核奖惩；县委组织部将专项跟踪督查。
@H2 | 2、突出发展重点，优化队伍结构。要着眼于改善农民党员队伍整体结构，按
""",
    ),
    dict(
        name="fresh6_04_district_library_annual_plan",
        source="http://bijiangqu.superlib.libsou.com/show/news_info?id=29249&columnId=14276",
        doc_kind="plan", partial=False,
        notes=["A district public library's 2013 work plan from its own site (the publishing metadata line was dropped). "
               "The plan consists only of eight numbered one-sentence tasks '一、2013年我馆的首要工作是…' … '八、…'; they "
               "are the plan's task areas (headings, level 1, goals | measures), each kept as on the page. The signature "
               "and date are body lines. The whole page is visible (not partial)."],
        units=["碧江区图书馆"],
        text="""\
@T | 碧江区图书馆2013年工作计划
@H1 sec=goals alt=measures | 一、2013年我馆的首要工作是迎接全国第五次公共图书馆评估工作，力争继续保持国家二级公共图书馆的荣誉。
@H1 sec=goals alt=measures | 二、继续对已经建设好的我区92个“农家书屋”的业务展开指导工作，建立好每个点的档案资料。并对工作开展较好的“农家书屋”进行重点帮扶，以点带面让全区的“农家书屋”工作上一个新台阶。
@H1 sec=goals alt=measures | 三、完成2013年全区数字农家书屋和社区文化站（室）建设工作任务。
@H1 sec=goals alt=measures | 四、继续建设碧江区图文网，充实各个栏目内容，方便全局干部和人民群众了解全局的工作情况。
@H1 sec=goals alt=measures | 五、扎实搞好免费开放工作，重点为提高服务读者工作的质量及改善馆内的辅助设施。并加大新书的采购入藏工作。
@H1 sec=goals alt=measures | 六、继续建设好我馆的图书馆ILAS自动化管理系统，争取得到省馆的支持和帮助，把我馆建设成为全省县级图书馆自动化管理系统业务培训中心。
@H1 sec=goals alt=measures | 七、继续开展“4.23世界读书日”系列活动，举办碧江区第二届读书节，2013年的工作重点是深入乡镇基层宣传读书活动。
@H1 sec=goals alt=measures | 八、加强馆际合作工作，在全市帮助其它县馆开展自动化管理培训工作，在外省与湖南湘潭图书馆建立业务合作关系。
碧江区图书馆
2013.2.20
""",
    ),
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh6_05_meteorological_service_scheme",
        source="https://m.wnwk.com/doc/560894.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True, title_override="气象事业规划的工作方案",
        notes=["A city meteorological bureau's scheme for its service plan, one run-together block on a document-sharing "
               "site whose text swaps synonyms ('效劳' for 服务, '开展' for 发展); kept in the heading lines. The site's "
               "chunk marker '1、' is glued before the title (title set by hand); '2、' and '3、' start lines in the middle "
               "of a sentence (debris, unlabelled; check.py prints REVIEW for them).",
               "一、 (level 1) and （一） (level 2) are followed by unnumbered run-in sentence headings "
               "'建立和完善市自然灾害监测预警信息指挥系统。…' (level 3); '建立气象灾害防御系统' stands bare before the chunk "
               "marker. The page ends mid-sentence."],
        units=[],
        text="""\
@T | 1、气象事业规划的工作方案
@H1 sec=goals alt=measures | 一、以经济社会开展需求为指引，提升公共气象效劳能力
@H2 | （一）加强防灾减灾气象效劳
推进“政府主导、部门联动、社会参与”的气象灾害防御机制，建立多灾种、多部门、多环节联动的预警机制，加强重大灾害性天气的监测预报预警，开展灾害普查评估并编制防御规划，为政府防灾决策提供依据。
@H3 | 建立和完善市自然灾害监测预警信息指挥系统。整合全市监测预警体系，实现监测设备、资料和预警发布通道共享，提高综合监测预警能力。
@H3 | 建立气象灾害防御系统
2、。加快预警信息发布平台和应急救援队伍建设，建成覆盖农村的预警信息网络；建立防御管理系统、风险评估系统，完善人工增雨防雹系统，落实乡镇气象工作站职责。
@H3 | 建立应急气象效劳系统。加强应急保障体系建设，推进市级气象应急指挥中心和市、县预警信息发布平台建设，建立实景监测系统和灾害数据库，强化信息共
3、享、部门联动和联合预警，提高应急响应能力；建设移动应急保障平台，满足重大灾害和重大活动的气象
""",
    ),
    dict(
        name="fresh6_06_subdistrict_animal_immunisation_scheme",
        source="http://6dgww.com/Article/15561712.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A sub-district's scheme for the autumn compulsory immunisation of livestock and poultry, from a template "
               "site. The page lost the years ('年秋季', '邵农〔年〕月6号'); kept as they are. The site's paywall line "
               "'（未完，全文共1240字，当前显示410字）' is kept as debris; the following prompt line was dropped.",
               "二、工作原则 has run-in '1、突出重点。…' principles (level 2, kind guidance)."],
        units=[],
        text="""\
@T | 制定动物防疫工作活动方案
为做好年秋季动物防疫工作，按照邵农〔年〕月6号《市农业局关于做好秋季动物集中强制免疫工作的通知》的要求，结合街道实际制定本方案。
@H1 sec=goals | 一、总体目标
对高致病性禽流感、口蹄疫、猪瘟、高致病性猪蓝耳病四种疫病实施强制免疫，群体免疫密度常年保持在90%以上，应免畜禽免疫密度达到100%，抗体合格率全年保持在70%以上；鸡新城疫和狂犬病全面免疫，重点地区开展乙型脑炎免疫，做到应免尽免、不留空档。
@H1 sec=guidance | 二、工作原则
@H2 | 1、突出重点。抓好四种重大疫病的强制免疫，种猪配种前、仔猪断奶前必须强化蓝耳病免疫，发生疫情时及时紧急免疫。
@H2 | 2、严格程序。规模养殖场常年免疫，散养畜禽实行秋季集中免疫加月月补免，推行村每月免疫日制度，新补栏畜禽及时补免。
（未完，全文共1240字，当前显示410字）
""",
    ),
    dict(
        name="fresh6_07_city_construction_approval_reform_scheme",
        source="https://www.suining.gov.cn/gongkai/show/4d68fdf085f444d2a0859d3100bd665e.html",
        doc_kind="scheme", partial=True,
        notes=["A city government's notice issuing its scheme for reforming the approval of construction projects (2019), "
               "from the city's site. The document number, addressee, issuing sentence, issuer and date are body lines; "
               "the scheme title is the title line.",
               "一、总体要求 (guidance) has run-in '（一）指导思想。…' '（二）改革内容。…' '（三）主要目标。…' (level 2); the "
               "dated targets in （三） ('到2019年6月底', '到2019年12月底') are goals, not phases. The page ends at the bare "
               "heading '二、统一审批流程'."],
        units=[],
        text="""\
遂府函〔2019〕55 号
各县（区）人民政府，市直有关部门：
《遂宁市工程建设项目审批制度改革实施方案》已经市政府七届44次常务会议通过，现印发你们，请认真组织实施。
遂宁市人民政府
2019年4月29日
@T | 遂宁市工程建设项目审批制度改革实施方案
按照国家和省关于工程建设项目审批制度改革的部署，结合我市实际制定本方案。
@H1 sec=guidance alt=goals | 一、总体要求
@H2 | （一）指导思想。以习近平新时代中国特色社会主义思想为指导，深化“放管服”改革、优化营商环境，坚持问题导向，对审批制度进行全流程、全覆盖、标准化改革，实现审批流程、信息数据平台、审批管理体系和监管方式“四统一”。
@H2 sec=goals alt=guidance | （二）改革内容。改革覆盖从立项到竣工验收和公共设施接入服务的审批全过程，主要是全市新建、改建、扩建的房屋建筑和城市基础设施工程，不含特殊工程和交通、水利、能源等领域重大工程。
@H2 sec=goals | （三）主要目标。到2019年6月底，房屋建筑和城市基础设施项目全流程审批时间压缩至90个工作日以内，初步建成审批制度框架和管理系统；到2019年12月底，审批管理系统与相关平台互联互通，各项改革举措固化成型。
@H1 sec=goals alt=measures | 二、统一审批流程
""",
    ),
    dict(
        name="fresh6_08_county_tourism_market_order_scheme",
        source="https://max.book118.com/html/2020/1110/8103011060003014.shtm",
        doc_kind="scheme", partial=True,
        notes=["A county tourism bureau's scheme for rectifying the tourism market, from a document-sharing site (file "
               "name and upload metadata dropped). The title line carries the site's prefix '最新整理' as the page shows "
               "it. The text is a PDF extraction: the spaces after '一、 ' and '（一） ', the breaks '法律 法规' and the "
               "garbled ' wang点' are kept in the heading lines.",
               "三、工作任务 has run-in tasks '（一） 严格按照…加强对旅行社服务 wang点的管理。…' (level 2, text cut at "
               "the first '。'); the page ends at the truncated '（三） 重点检查运载游客往返于各旅游', kept. The leader's "
               "name was already missing on the page."],
        units=["县整顿和规范旅游市场秩序领导小组", "县旅游局"],
        text="""\
@T | 最新整理旅游局旅游市场秩序工作方案
随着全县旅游业发展，出现了资源开发不合理、乡村游无证经营、旅游企业服务不规范等问题，影响了旅游市场秩序；为整顿规范市场、解决突出问题、提升旅游形象，根据县旅游产业发展领导小组部署制定本方案。
@H1 sec=responsibilities | 一、 加强领导组织
成立县整顿和规范旅游市场秩序领导小组，副县长任组长，政府办副主任和旅游局局长任副组长，相关单位为成员；领导小组办公室设在县旅游局，负责日常协调。
@H1 sec=goals | 二、 工作目标
通过集中整治，基本解决资源开发不合理、乡村游非法经营、旅游企业服务不规范等问题，并形成市场秩序管理的长效机制。
@H1 sec=goals alt=measures | 三、 工作任务
@H2 | （一） 严格按照《中华人民共和国旅游法》、《旅行社管理条例》等有关法律 法规，加强对旅行社服务 wang点的管理。严厉打击无证照经营、超范围经营出境游等行为，重点查处“黑中介”“零负团费”和削价无序竞争。
@H2 | （二） 活查导游人员执业管理制度、年审制度和计分管理制度。严查无证带团的“黑导”以及冒用导游证、欺客宰客、诱迫购物、私收回扣等行为。
@H2 | （三） 重点检查运载游客往返于各旅游
""",
    ),
    dict(
        name="fresh6_09_village_committee_election_scheme",
        source="https://www.wnwk.com/doc/559796.html",
        doc_kind="scheme", partial=True,
        notes=["A county's scheme for the election of new village committees, one run-together block on a "
               "document-sharing site; split at the numbering markers. The site's synonym swaps ('开展观', '原那么') are "
               "in body text only and were not kept.",
               "二、方法步骤 starts with the stage '（一）准备工作阶段' (level 2, a phase without dates) whose tasks "
               "'1、搞好村级财务审计工作。…' are run-in headings (level 3); the page ends inside the third task."],
        units=["县农经管理部门", "乡（镇）政府", "县民政部门"],
        text="""\
@T | 村民委员会换届选举工作方案
@H1 sec=guidance | 一、指导思想
以邓小平理论和“三个代表”重要思想为指导，以科学发展观统领，以扩大基层民主、保障村民民主权利为宗旨，坚持党的领导，依法按公开、平等、竞争、择优的原则，通过直接、普遍、差额和无记名选举，选出群众拥护的新一届村民委员会，为农村发展稳定提供组织保证。
@H1 sec=phases | 二、方法步骤
@H2 phase=准备工作阶段;; | （一）准备工作阶段
@H3 | 1、搞好村级财务审计工作。清理并公开届满村委会管理的村级财务，对成员进行离任审计，问题依法处理并在选举前公开；审计由县农经管理部门指导、乡（镇）政府组织，群众意见大的村由县农经管理部门直接审计。
@H3 | 2、培训选举工作人员。分级培训：县民政部门培训乡（镇）分管领导和民政助理，乡（镇）培训其他选举工作人员和村工作人员，重点是法律政策、选举原则和各阶段操作标准。
@H3 | 3、确定村民委员会成员职数。村委会由主任、副主任、委员共3至7人组成：人口1500人以下且自然屯不超过3个的设3人；1500人至3000人或有4至5个自然屯的可设5人；3000人以上或有6个以上自然屯的可设7人。确定职位选举的村，成员职位可以参照
""",
    ),
    dict(
        name="fresh6_10_vocational_school_enrolment_scheme",
        source="https://jingyanben.com/bangongwenmi/137686.html",
        doc_kind="scheme", doc_kind_alt=["plan", "activity_plan"], partial=True,
        notes=["A district education bureau's scheme for the enrolment and publicity work of secondary vocational schools, "
               "the first sample of a template page: the sample heading '中职学校招生宣传策划方案范文1' is the only title "
               "line; the site's lead-in was dropped. Masks ('xxx职业学校', '20__年x月至x月') kept.",
               "一、 has key-value items '（一）职业学校招生目标：…'. Under 二、 the second point lost its label on the page "
               "('（二）：20__年应（往）届…', an item). 三、招生工作阶段安排 shows only its first stage '（一）宣传阶段（20__年x月"
               "至x月）' (level 2, phase) with two date-first task lines 'x月：…' and 'x月—x月：…' (body, phases with the "
               "masked months as written); the page ends inside the second."],
        units=["市教育局", "区教育局", "市第一职业技术学校", "市职业高级中学校"],
        extra_phases=[
            dict(name="制作招生宣传资料", start_text="x月", end_text=None, at="x月：各中职学校按", optional=False),
            dict(name="大力宣传", start_text="x月", end_text="x月", at="x月—x月：", optional=False)],
        text="""\
@T | 中职学校招生宣传策划方案范文1
@H1 sec=goals | 一、工作目标
@I2 | （一）职业学校招生目标：市教育局给xxx职业学校下达招生目标1100人，全区初中毕业生升入市、区属职业学校2000人。
@I2 | （二）各初中学校送培目标：按市教育局下达给我局的目标和各初中学校实际分解。
@H1 sec=other | 二、招生学校
@H2 | （一）招生学校
@I3 | 1.区属职业学校。市第一职业技术学校与市职业高级中学校联合招生、合作办学：艺术类专业留在第一职校校区，其余专业在市职高校区就读，所招学生计入区属职业学校指标。
@I3 | 2.市属职业学校。市辖区内20__年经省级教育行政部门审核公布、具有中职学历教育招生资格的公办和民办学校。
@I2 text=（二）：20__年应（往）届初中毕业学生，高中应（往）届毕业生，退役士兵、农村青年、农民工，下岗失业人员等其他群体 | （二）：20__年应（往）届初中毕业学生，高中应（往）届毕业生，退役士兵、农村青年、农民工，下岗失业人员等其他群体。
@H1 sec=phases | 三、招生工作阶段安排
20__年中职招生工作分三个阶段实施。
@H2 phase=宣传阶段;20__年x月;x月 | （一）宣传阶段（20__年x月至x月）
x月：各中职学校按国家规定制作招生简章，如实公布学校、地址、专业、学制、实习时间、资助政策和收费标准；简章须报区教育局审查（市属其他学校报市教育局）、市教育局备案，注明“已经市教育局审查备案”后方可公布，未经审查的一律不得宣传。
x月—x月：各中职学校、各初中学校要大力宣传
""",
    ),
    dict(
        name="fresh6_11_rural_customs_reform_scheme",
        source="http://bbs.bxtourism.net/jxfw/202507/274741.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True, title_override="移风易俗活动实施方案",
        notes=["A rural area's implementation scheme for reforming customs (weddings and funerals), from a template page "
               "whose title stands in 【】 glued to the lead-in; split at the bracket (title set by hand without the "
               "brackets).",
               "二、工作目标 has four goal items '1. …；' (with a space after '1.' as on the page); 三、主要任务 has "
               "'1. 宣传引导：…' run-in tasks (cut at the colon). 四、实施步骤 has three stages '1. 宣传发动阶段（X月-X月）' "
               "with masked months kept as written. The page ends at a bare '1.' under 五、保障措施, dropped."],
        units=[],
        text="""\
@T | 【移风易俗活动实施方案】
为落实新时代精神文明建设要求，推动乡风持续向好，弘扬社会主义核心价值观，破除陈规陋习、倡导文明新风，结合本地实际制定本方案。
@H1 sec=guidance | 一、指导思想
坚持以人民为中心，以培育和践行社会主义核心价值观为根本，以弘扬优秀传统文化、树立文明乡风为目标，开展形式多样的移风易俗活动，引导群众抵制铺张浪费、大操大办，营造崇德向善、勤俭节约的社会氛围。
@H1 sec=goals | 二、工作目标
@I2 | 1. 提高群众对移风易俗工作的认知度和参与度；
@I2 | 2. 逐步改变婚丧嫁娶中讲排场、比阔气的不良风气；
@I2 | 3. 推动形成崇尚节俭、注重礼仪、文明健康的新型社会风尚；
@I2 | 4. 建立健全长效机制，巩固移风易俗成果。
@H1 sec=goals alt=measures | 三、主要任务
@H2 | 1. 宣传引导：利用广播、宣传栏、微信群和入户走访宣传移风易俗的意义和政策，增强群众的思想认同和行动自觉。
@H2 | 2. 典型示范：发掘宣传移风易俗中表现突出的个人和家庭，用身边榜样带动更多群众参与。
@H2 | 3. 制度建设：结合村规民约制定本地移风易俗规范，明确红白事操办标准，倡导婚事简办、丧事简办。
@H2 | 4. 活动推进：开展文明婚礼、孝亲敬老、志愿服务等主题实践活动，丰富群众精神文化生活。
@H1 sec=phases | 四、实施步骤
@H2 phase=宣传发动阶段;X月;X月 | 1. 宣传发动阶段（X月-X月）
召开动员会，细化工作计划，广泛宣传，营造氛围。
@H2 phase=组织实施阶段;X月;X月 | 2. 组织实施阶段（X月-X月）
按方案落实各项措施，开展主题活动，确保工作有序推进。
@H2 phase=总结提升阶段;X月;X月 | 3. 总结提升阶段（X月-X月）
全面总结成效与不足，提炼经验做法，形成长效机制。
@H1 sec=measures | 五、保障措施
""",
    ),
    # ---------------------------------------------------- activity plans
    dict(
        name="fresh6_12_bank_mid_autumn_service_competition_activity",
        source="http://thekankakeeriver.com/fwn/wenmi/cehuafangan/2190598.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city bank branch's mid-autumn service and deposit competition plan, the first sample of a template page "
               "(breadcrumb, byline, blurb and the sample label '银行中秋活动方案1' dropped). The slogan keeps the page's odd "
               "quotation marks '‚秋之祝福‛'.",
               "The site's watermark '学习啦在线学习网' is glued before two lines (debris): before item '1、比人民币储蓄存款"
               "旬均增长率。…' (labelled, text and numbering given explicitly) and before a body line. 一、活动时间's masked "
               "period is optional. The page ends at the truncated formula line, kept."],
        units=["各支行", "市行直属单位"],
        extra_phases=[dict(name="活动时间", start_text="XX年X月X日", end_text="X月X日", at="XX年X月X日至")],
        text="""\
@T | 银行中秋活动方案
@H1 sec=phases alt=other | 一、活动时间
XX年X月X日至X月X日
@H1 sec=other alt=responsibilities | 二、参赛单位
各支行、市行直属单位。
@H1 sec=goals alt=measures | 三、活动内容
各行以‚秋之祝福‛优质服务竞赛为契机，做好竞赛的组织、策划、宣传和营销，推动储蓄存款发展，同时加强服务检查监督，提高服务水平和社会知名度。
@H2 | （一） 比服务。比各行营业网点的服务环境、服务手段、服务内容和服务质量。
@H2 | （二）比营销。比各行通过媒体广告、横幅、街头展销和宣传单推介个人业务品种的力度和效果。
@H2 | （三）比管理。比各行执行规章制度和内部管理是否严格规范，有无案件、事故和服务方面的曝光事件。
@H2 | （四） 比贡献。定量与定性结合，考核评比各行储蓄存款工作。
@I3 num=1、 text=1、比人民币储蓄存款旬均增长率 | 学习啦在线学习网   1、比人民币储蓄存款旬均增长率。看各行人民币储蓄存款旬均增长的速度。
@I3 | 2、比个人通知存款贡献率。看各行通知存款在系统中的占比。
@I3 | 3、比教育储蓄存款计划执行率。看各行教育储蓄计划的完成情况。
@H1 sec=other alt=requirements | 四、考核评比
学习啦在线学习网   评比以各行XX年有关数据为基础，以市行项电为依据。
@H2 | （一）量化指标计算公式
@I3 | 1、人民币储蓄存款旬均增长率
公式=考核期内人民币储蓄存款旬均
""",
    ),
    dict(
        name="fresh6_13_school_library_book_donation_activity",
        source="https://m.huatuo8.com/wenku/cdge/vKmx4m4ynV",
        doc_kind="activity_plan", partial=True,
        notes=["A school's book-donation drive for its library, stored on an unrelated site under the title "
               "'图书馆建设方案' (the page's title line, kept); the date and site source line were dropped. The site's "
               "keyword '图书馆捐书活动方案。' glued to the end of the background paragraph is kept.",
               "五、活动内容及要求 has '1、捐书范围' … '5、 捐赠奖励措施' (level 2, some with a space after '、' as on the "
               "page) and ①、 ②、 items; '4、 捐书活动时间' gives the period '即日起至5月10日' (optional). The page ends "
               "after item ② of point 5."],
        units=["教务处", "图书馆"],
        extra_phases=[dict(name="捐书活动时间", start_text="即日起", end_text="5月10日", at="即日起至5月10日")],
        text="""\
@T | 图书馆建设方案
@H1 sec=background | 一、活动背景
为节约资源、物尽其用、建设互助和谐的校园，学校教务处以向母校献爱心、营造校园文化为主线，倡议全校师生员工开展“共享书香 爱心传递”捐书活动，图书馆捐书活动方案。
@H1 sec=goals alt=guidance | 二、活动目的
书籍是进步的阶梯；让尘封的旧书循环起来，在别人手中发挥更大价值，传递爱心与梦想。
@H1 sec=other | 三、活动主题
爱心传递，好书共享
@H1 sec=other | 四、活动对象
同升湖全体师生，以及关心支持学校发展的社会各界人士。
@H1 sec=other alt=measures,requirements | 五、活动内容及要求
@H2 | 1、捐书范围
除学生自用教材外，各类中外文纸质正版图书均可，类别、版本、新旧不限，但须无破损。
@H2 | 2、 捐书办法
@I3 | ①、学生以班为单位，由班主任组织发动和收集，填好捐书登记表，把图书送到图书馆或请图书馆上门收取。
@I3 | ②、教职员工以部门为单位，填好捐赠登记表，把图书送到图书馆或联系图书馆上门收取。
@H2 | 3、 捐书要求
建议每人5本起捐，多捐不限；书籍须整洁、不缺页、无破损。
@H2 sec=phases alt=other | 4、 捐书活动时间
即日起至5月10日（鼓励长期奉献爱心者）
@H2 | 5、 捐赠奖励措施
@I3 | ①、捐书5册以上的在学校网页上张榜公布，学生捐书20本以上的发给爱心证书。
@I3 | ②、学生捐书50册、教师捐书100册以上的，由图书馆开具目录清单，一份交捐书者、一份作校史资料保存，并报学校通报表彰、颁发爱心证书。
""",
    ),
    dict(
        name="fresh6_14_farmers_harvest_festival_activity",
        source="https://360docs.net/doc/1d3894034.html",
        doc_kind="activity_plan", partial=True, title_override="2024年中国农民丰收节活动方案",
        notes=["A plan for county celebrations of the 2024 Chinese Farmers' Harvest Festival from a document-sharing site "
               "(file name, download notices dropped). The title appears twice as its own line (lines 1-2) and a third "
               "time glued before the first heading (line 3, '…活动方案一、活动背景', heading text given explicitly).",
               "二、活动时间和地点 has key-value items; '1. 活动时间：2024年9月底至10月初…' is the overall period "
               "(optional). 三、 has '1. 农田观摩活动：…' headings (level 2) with '（1）' items; '2. 成果展示活动：' ran into "
               "its first item on the page and was split at the marker. The page ends mid-word inside the last item."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2024年9月底", end_text="10月初", at="1. 活动时间")],
        text="""\
@T | 2024年中国农民丰收节活动方案
@T | 2024年中国农民丰收节活动方案
@H1 num=一、 text=一、活动背景 sec=background | 2024年中国农民丰收节活动方案一、活动背景
农民一直是国家经济发展的重要力量；为表彰和感谢农民的辛勤劳动、激励他们继续投身农业生产，建议举办中国农民丰收节活动，为农民搭建展示成果、交流经验、分享故事的平台，同时促进农村经济发展、提升农村形象。
@H1 sec=phases alt=other | 二、活动时间和地点
@I2 | 1. 活动时间：2024年9月底至10月初（具体时间根据农作物收获季节而确定）。
@I2 | 2. 活动地点：各县农田、农村集市、农业示范基地等地。
另可设一个中央活动场地，给各地农民提供展示机会。
@H1 sec=goals alt=measures | 三、活动内容和形式
@H2 | 1. 农田观摩活动：组织农民代表和专家到各县农田观摩，了解作物长势和农业技术应用，并为农民提供咨询和培训。
@H2 | 2. 成果展示活动：
@I3 | （1） 农产品展示：设农产品展区，展示各地特色农产品，吸引游客和企业代表采购洽谈。
@I3 | （2） 成功故事分享：请成功农民分享经验和故事，鼓励其他农民取得更大收获。
@H2 | 3. 互动体验活动：
@I3 | （1） 农民比赛：组织农产品品质比赛、农技比赛等，展示和推广优秀农产品和农技。
@I3 | （2） 农业科技展示：展示无人机种植、智能农机等现代科技在生产中的应用。
@H2 | 4. 文化展演活动：
@I3 | （1） 农民文艺表演：组织农民文艺团队表演杂技、舞蹈、戏曲等，展现农民精神风貌。
@I3 | （2） 农民手工艺品展示：为农民提供展示和销售手工艺品的机会，推广农
""",
    ),
    dict(
        name="fresh6_15_world_post_day_publicity_activity",
        source="http://fuchuonang.cn/fangjia/jieri/252366.html",
        doc_kind="activity_plan", partial=True,
        notes=["A prefecture postal administration's publicity plan for World Post Day 2018, in traditional characters on a "
               "holiday template site (blurb and the sample label '…宣傳活動方案一' dropped). Bodies rewritten in traditional "
               "characters.",
               "二、活動時間： gives the day's hours on the next line (optional). 三、宣傳內容和形式 has two stages "
               "'（一）啟動宣傳（9月24日-10月8日）' and '（二）“世界郵政日”宣傳（10月9日）' (level 2, phases) with numbered "
               "tasks (items); the page ends at the bare '2.在', dropped."],
        units=["涼山州郵政管理局", "涼山州郵政分公司", "涼山郵政速遞物流分公司"],
        extra_phases=[dict(name="活動時間", start_text="2018年10月9日上午9點", end_text="12點", at="2018年10月9日上午9點")],
        text="""\
@T | 2018年10月9日“世界郵政日”宣傳活動方案
2018年10月9日是第46個“世界郵政日”，按國家局和省局要求，結合本局實際，開展以“情系萬家信達天下”為主題的宣傳活動，方案如下：
@H1 sec=guidance | 一、指導思想
借“世界郵政日”主題宣傳，宣傳郵政業作為重要公用事業、郵政網絡作為重要通信基礎設施的作用，展示涼山郵政業改革發展成就，提升服務品牌和社會影響力。
@H1 sec=phases alt=other | 二、活動時間：
2018年10月9日上午9點-12點
@H1 sec=phases alt=measures | 三、宣傳內容和形式
@H2 phase=啟動宣傳;9月24日;10月8日 | （一）啟動宣傳（9月24日-10月8日）
@I3 | 1.擬定《涼山州郵政管理局2018年“世界郵政日”主題宣傳活動方案》並上報省局。
@I3 | 2.在涼山州郵政管理局網站發布活動方案和世界郵政日宣傳口號。
@I3 | 3.做好戶外宣傳和媒體宣傳的準備。
@H2 phase=“世界郵政日”宣傳;10月9日; | （二）“世界郵政日”宣傳（10月9日）
@I3 | 1.組織郵政、快遞企業，在西昌市月城廣場設宣傳點，懸掛條幅、發放傳單、講解法規、解答諮詢。參加單位：管理局、涼山州郵政分公司、涼山郵政速遞物流分公司、申通快遞、圓通快遞、中通快遞、順豐快遞。
""",
    ),
    dict(
        name="fresh6_16_staff_national_day_sports_meet_activity",
        source="https://360docs.net/doc/0d28616082.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A workplace plan for a staff sports meet on the National Day holiday 2021, from a document-sharing site "
               "(download notices dropped). Headings 一、–五、 are short labels with value lines; 三、活动时间's value is "
               "the overall period (optional).",
               "七、活动安排 has four stages '1. 报名阶段（9月20日至9月25日）：…' (level 2, text cut at the colon), the "
               "last one the closing ceremony with a single time. The page ends at the truncated item under 八、, kept."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2021年10月1日", end_text="10月3日", at="2021年10月1日至10月3日")],
        text="""\
@T | 庆国庆运动会实施方案
@H1 sec=background | 一、活动背景
为庆祝中华人民共和国成立XX周年，弘扬爱国主义精神，丰富职工文化生活，增强团队凝聚力和身体素质，举办本次庆国庆运动会，营造健康快乐、团结和谐的节日氛围。
@H1 sec=other | 二、活动主题
“团结奋进，健康快乐，共筑中国梦”
@H1 sec=phases alt=other | 三、活动时间
2021年10月1日至10月3日
@H1 sec=other | 四、活动地点
XX体育中心
@H1 sec=other | 五、活动对象
全体职工及家属
@H1 sec=goals alt=measures | 六、活动内容
@H2 | 1. 开幕式：领导致辞，介绍运动会的宗旨、意义和比赛规则。
@H2 | 2. 团体项目：
@I3 | （1）拔河比赛：男女混合组，以团队为单位。
@I3 | （2）接力赛：设4x100米、4x200米、4x400米等项目，以团队为单位。
@I3 | （3）篮球赛：分男子组和女子组，以团队为单位。
@H2 | 3. 个人项目：
@I3 | （1）跳绳比赛：个人计时，以次数定胜负。
@I3 | （2）趣味运动会：踩气球、蒙眼吃香蕉、丢沙包等。
@H2 | 4. 闭幕式：表彰获奖单位和个人，总结运动会成果。
@H1 sec=phases | 七、活动安排
@H2 phase=报名阶段;9月20日;9月25日 | 1. 报名阶段（9月20日至9月25日）：各参赛单位组织职工报名，并交报名表。
@H2 phase=预赛阶段;9月26日;9月30日 | 2. 预赛阶段（9月26日至9月30日）：按报名情况组织预赛，选拔选手进入决赛。
@H2 phase=决赛阶段;10月1日;10月3日 | 3. 决赛阶段（10月1日至10月3日）：组织决赛，评出各项目优胜者。
@H2 phase=闭幕式;10月3日下午; | 4. 闭幕式（10月3日下午）：表彰获奖单位和个人，颁发奖牌和证书。
@H1 sec=requirements | 八、活动要求
@I2 | 1. 各参赛单位要高度重视
""",
    ),
    dict(
        name="fresh6_17_tourism_festival_photo_contest_activity",
        source="http://www.yawbbs.com/forum.php?extra=page%3D56&mod=viewthread&tid=215797",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="旅游节暨“我最喜爱的年卡景区”摄影大赛实施方案",
        notes=["A city tourism bureau's implementation scheme for a photo contest during the 2008 tourism festival, posted "
               "on a forum; the forum's BBcode tag '[/ALIGN]' glued to the title line is kept (title set by hand). The "
               "table-cell separator line before the title was dropped.",
               "Most headings are 'label：value' lines, kept as on the page apart from rewording around the dates. "
               "'一、比赛时间：…' gives two submission deadlines (phases with an end only, the second labelled on the same "
               "line) and '二、作品展示时间及方式：…' the exhibition stage '2008年9月27日—10月5日'. 三、组织机构： is followed "
               "by role lines (body). The page ends after item 6 of 六、稿件要求."],
        units=["宜昌市旅游局", "宜昌三峡电视台", "宜昌市三峡旅游景区年卡管理办公室", "宜昌市摄影家协会"],
        extra_phases=[dict(name="旅游节摄影作品投稿", start_text=None, end_text="2008年10月10日",
                           at="旅游节摄影作品投稿截止时间2008年10月10日", optional=False)],
        text="""\
@T | 旅游节暨“我最喜爱的年卡景区”摄影大赛实施方案[/ALIGN]
@H1 sec=phases alt=other phase=年卡景区摄影作品投稿;;2008年9月15日 | 一、比赛时间：拍摄时间不限；年卡景区摄影作品投稿截止时间2008年9月15日，第九届中国宜昌三峡国际旅游节摄影作品投稿截止时间2008年10月10日。
@H1 sec=phases alt=other phase=年卡景区摄影作品展示;2008年9月27日;10月5日 | 二、作品展示时间及方式：宜昌三峡电视台从收稿之日起循环展播摄影作品，年卡景区摄影作品2008年9月27日—10月5日在夷陵广场展出。
@H1 sec=responsibilities | 三、组织机构：
主办：宜昌市旅游局
承办：宜昌三峡电视台
宜昌市三峡旅游景区年卡管理办公室
宜昌市摄影家协会
@H1 sec=other | 四、活动主题：“新三峡、新形象、新旅游”、“金色三峡、银色大坝、绿色宜昌”、“旅游走进千家万户，一卡游遍宜昌美景”。
@H1 sec=other | 五、年卡景区范围：三峡大坝旅游区、三峡人家风景区、车溪民俗旅游区、西陵峡口风景名胜区（仙人溪、世外桃源、三峡快乐谷）、三游洞风景区、中华鲟园、鸣翠谷风景区、葛洲坝船闸、柴埠溪大峡谷风景区、古潮音洞度假山寨、奥陶纪石林、宋山森林公园、昭君村古汉文化旅游区、泗溪风景区、屈原祠文化旅游区、百宝寨风景区。
@H1 sec=requirements alt=other | 六、稿件要求
@I2 | 1、每幅作品须有明确的自拟标题和简要说明，标题可直接作文件名。
@I2 | 2、黑白、彩色和数码照片均可；可投单张或5张以内的组照，最好能体现新旧变化。
@I2 | 3、冲洗照片规格为20ⅹ25cm（8ⅹ10英寸），不装裱、不收底片；数码照片为JPG格式，1M以上。
@I2 | 4、拍摄对象必须是旅游节或旅游活动中的真人、真事、真景。
@I2 | 5、不收电脑合成的照片，裁剪和亮度调整除外。
@I2 | 6、参赛作者提交作品时须填写《旅游节暨“我最喜爱的年卡景区”摄影大赛参赛作品登记表》一份（见附件）。
""",
    ),
    dict(
        name="fresh6_18_paediatrics_service_month_activity",
        source="https://m.1wenmi.com/doc/927140.html",
        doc_kind="activity_plan", partial=True, title_override="儿科守正创新服务月活动方案",
        notes=["A hospital paediatrics department's plan for its 'integrity and innovation' service month, one run-together "
               "block on a document-sharing site (file name and sharing notice dropped). The site's chunk marker '1、' is "
               "glued before the title (title set by hand); '2、' and '3、' start lines in the middle of a sentence "
               "(debris, unlabelled). The lead-in's unbalanced quotation mark and the mask 'XX' are kept.",
               "四、活动步骤 has two stages '1.筹备启动阶段（6月30日前）' (deadline: end only) and '2 .实施阶段（7月下旬-"
               "8月上旬）' (numbering with a space as on the page, given explicitly). Empty role lines '组长：' are body. "
               "The page ends mid-sentence."],
        units=["儿科", "守正创新服务月活动领导小组"],
        text="""\
@T | 1、儿科守正创新服务月活动方案
“要遵循中医药发展规律，传承精华，守正创新”，按照学习教育中“我为群众办实事”的要求，响应医院6月起在全院开展的“守正创新”服务月活动，本科制定活动方案，安排如下：
@H1 sec=other | 一、活动主题
守正创新学XX，我为群众办实事
@H1 sec=goals | 二、活动目标
传承创新发展中医药是新时代的重要事业；全科人员要领会并落实“守正创新”的内涵，结合工作完善就医流程、改善医护服务、提升医疗质量和患者满意度，切实为群众排忧解难、办实事。
@H1 sec=responsibilities | 三、领导小组
为确保
2、本次活动顺利开展，科室成立守正创新服务月活动领导小组，成员如下：
组长：
副组长：
成员：儿科全体人员
@H1 sec=phases | 四、活动步骤
@H2 phase=筹备启动阶段;;6月30日前 | 1.筹备启动阶段（6月30日前）
召开全科动员会统筹部署，制定活动实施细则，再宣传、再动员，发动员工和市民为活动献计献策。
@H2 num=2~. text=2~.实施阶段（7月下旬-8月上旬） phase=实施阶段;7月下旬;8月上旬 | 2 .实施阶段（7月下旬-8月上旬）
按医院安排和活动方案要求，立足实际、守正创新，围绕活动主题开展一系列
3、“办实事、解难题”实践活动，把工作做实做细，提升科室服务质量和水平。同时，
""",
    ),
    # --------------------------------------------------------- summary
    dict(
        name="fresh6_19_county_library_annual_summary",
        source="http://gz-shine.com/fanwen/nianzhongzongjie/1592916323522968.htm",
        doc_kind="summary", partial=True,
        notes=["A county library's 2015 summary in traditional characters on a template site; the county is masked "
               "('**縣'). Bodies rewritten in traditional characters.",
               "Four run-in points '1、優化服務、促進圖書館公共事業健康發展方面。…' (level 1, achievements, text cut at the "
               "first '。'); the page ends after the fourth."],
        units=["**縣圖書館"],
        text="""\
@T | 縣圖書館2015年工作總結
一年來，**縣圖書館發揮精神文明建設的窗口作用，開展文明創建，實行免費開放，改善學習環境，增加服務窗口，得到讀者的歡迎和認可。
@H1 sec=achievements | 1、優化服務、促進圖書館公共事業健康發展方面。館藏資源充分利用，圖書室免費開放；全年接待讀者一萬人次，閱覽圖書16800冊次，電子閱覽室接待讀者19703人次，新辦借書證33個，解答讀者諮詢100余次。
@H1 sec=achievements | 2、創新機制、免費開放。延長服務時間，每晚7:00——8:00開放電子閱覽室，2月份起電子閱覽室免費開放，豐富了中小學生的假期生活。
@H1 sec=achievements | 3、與時俱進，及時增加現代化服務窗口。共享工程縣級支中心運行半年已走上正軌，全年接待讀者19703人次；建成遮島、曩宋、勐養3個鄉鎮基層服務點，並為勐養鎮服務點解決了一臺服務器降溫設備。
@H1 sec=achievements | 4、深入農村，服務基層。抽調三名業務骨幹負責全縣12個點的農家書屋建設，配合新華書店按期配送圖書並制定借閱和管理制度；在永和自然村建示範書屋，籌資4000元添置書架和桌椅，現場分類上架並培訓管理員。
""",
    ),
    # ---------------------------------------------------------- reports
    dict(
        name="fresh6_20_township_statistics_work_report",
        source="https://fanwen.qwyd.net/gongzuo/gongzuohuibao/318843.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county's report on grassroots statistical work in its townships, from a template site (breadcrumb "
               "dropped). The page's first character is lost ('层统计工作是…'); the damaged start is kept. The county is "
               "masked ('**县', '***县').",
               "一、乡镇统计工作存在的问题 (problems) has bare problem headings '（一）…' (level 2) each followed by a body "
               "line; the page ends inside the second."],
        units=[],
        text="""\
@T | 乡镇基层统计工作报告
层统计工作是整个统计工作的根基。近年来**县统计工作在县委、县政府领导和上级业务部门指导下成绩较好，在***县经济社会发展中发挥了决策咨询作用；但乡镇统计与国家加强基层统计的要求相比仍有差距，必须找准薄弱环节，加紧加强。
@H1 sec=problems | 一、乡镇统计工作存在的问题
@H2 | （一）干部岗位轮换频繁，队伍不稳定
**县18个乡镇已全部恢复统计站并明确了分管领导和统计员，但统计人员大多兼任其他工作，乡镇条件艰苦、岗位轮换频繁；按《统计法》更换统计人员须征求上级统计部门意见，实际上没有执行，造成资料遗失、数字衔接不上、业务素质不高，影响了统计的及时、准确和全面。
@H2 | （二）统计方法制度改革滞后，不适应经济体制改革的需要
农村经济日益多元，农业又受自然条件影响大，改种、弃种时有发生，但农村统计制度多年不变：春夏播种面积和全年播种面积上半年报出后下半年不得改动，与实际情况常有出入，既反映不了农业生产进度，也显出报表制度的
""",
    ),
    dict(
        name="fresh6_21_village_youth_league_work_report",
        source="https://baywatch.cn/haowen/91119.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A village Communist Youth League branch committee's three-year work report to its congress, the first "
               "sample of a collection page titled '村委会工作报告' (the collection title '村委会工作报告范例6篇', the blurb and "
               "the sample label '村委会工作报告范文1' dropped). Salutation and opening sentences are body lines.",
               "The unnumbered label '过去三年的工作回顾' is the top heading (level 1, achievements); the points '一、完善团"
               "组织机构。' (level 2, level 1 accepted) and '1、开展无偿献血活动。…' (level 3) follow. The page ends inside "
               "point 2."],
        units=["共青团五沙村支部", "村志愿服务站", "党员志愿服务队", "五老志愿服务队", "义务巡查队"],
        text="""\
@T | 村委会工作报告
各位领导、团员、同志们：
下午好！
下面，我代表共青团五沙村支部第三届委员会向大会作报告，请予审议。
@H1 sec=achievements | 过去三年的工作回顾
三年来，村团支部结合本村实际和镇团委各时期的中心工作，有计划地开展青年教育、文化活动和志愿服务，取得一定成效，现总结如下：
@H2 lvlalt=1 | 一、完善团组织机构。
按照《团章》做好团员发展、管理和团费收缴，加大发展团员和“推优”力度，把优秀团员选进干部队伍；为规范志愿服务，建立由村党务工作者、团干部和志愿者“三位一体”的班子，村志愿服务站下设党员志愿服务队、五老志愿服务队和义务巡查队，开展日常便民服务。
@H2 lvlalt=1 | 二、积极开展青年志愿服务，培养青年团员无私奉献精神。
@H3 | 1、开展无偿献血活动。每年定期组织献血，吸引大批青年志愿者参加，2014年至2016年全村参加无偿献血65人次。
@H3 | 2、组织青年志愿者开展预防登革热宣传活动。不定期组织党员和青年志愿者清理村内积水，入户宣传预防登革热，增强村民防范意
""",
    ),
]
