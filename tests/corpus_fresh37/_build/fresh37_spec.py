# -*- coding: utf-8 -*-
"""The thirty-seventh held-out fresh set: PHASED SCHEMES.  Implementation
schemes, work schemes, special-action schemes and rectification schemes
(实施方案 / 工作方案 / 行动方案 / 整治方案) whose 实施步骤 / 工作步骤 / 时间安排 /
方法步骤 / 工作进度安排 are split into phases, written in different ways:
phases as top-level headings with dates in brackets, phases as （一） headings
with dates in brackets after the name's full stop, 第一阶段 phases without a
name, phases whose dates sit on the next line (时间为…), phases led by their
dates (5月22日至30日学习…), label phases with the dates after the colon
(部署启动阶段：4月份，…), 旬 dates (7月下旬至8月中旬), masked dates
(20**年, 20xx年, xx月xx日) and a phase with no date at all (第一环节：…).
Writers: a town, a county education bureau (two schemes), a village (two
schemes), a township central school, the national safety committee's office
(a construction-collapse rectification) and a university's school (学院).
Found as stored public web pages with the `search` tool's `pages` corpus;
none of the source pages is a source of an earlier set (see
/work/fresh37/excluded_urls.txt and /work/fresh37/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, collection titles, sample numbers, other samples of a
  collection) was dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans, document numbers and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH37_DOCS = [
    dict(
        name="fresh37_01_town_rural_environment_steps_scheme",
        source="https://78911.com.cn/HuoDongFangAn/732555-15.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 15 of a town's (我镇) rural-environment rectification scheme, written under a city CPPCC's plan; the "
               "visible part starts inside the task section (the end of its （二）, items 3、 and 4、) and ends inside "
               "the first step. The posting line ('更新时间:2018-09-25 15:14作者:…') was dropped; no title is visible.",
               "Levels: 五、工作步骤 is the only top-level heading in view (level 1). （三）四化一满意 belongs to a "
               "section 四、 that is not in view: level 2 (level 1 accepted); the 3、 / 4、 lines before it belong to an "
               "absent （二）: level 3 (level 2 accepted), like the 1、 lines under （三）. The run-in lines '3、改圈。…' "
               "and '1、绿化。…' are headings (short title + body); '一满意：保证群众满意度达到90%以上。' is the second "
               "half of the title 四化一满意, labelled an item (unnumbered).",
               "Task areas are goals (measures accepted). The lead-in of 五、 states the overall period "
               "'20**年3月15日—20**年12月30日' (optional phase). The step '（一）发动整治阶段。（20**年3月15日—5月20日），…' "
               "puts its dates in brackets AFTER the full stop that ends the phase name, followed by a comma: the "
               "heading text is cut at the full stop ('（一）发动整治阶段'), and the dates belong to the phase. The page "
               "ends inside this step ('召开动员'). The party secretary's name was dropped.",
               "Unit: the step names 市领导小组 as the body that leads the work."],
        units=["市领导小组"],
        extra_phases=[
            dict(name="农村环境综合整治活动", start_text="20**年3月15日", end_text="20**年12月30日",
                 at="从20**年3月15日—20**年12月30日", optional=True),
        ],
        text="""\
@H3 lvlalt=2 sec=goals alt=measures | 3、改圈。科学划定畜禽养殖区，限养区内农户的畜禽一律圈养，粪便污水做无害化处理，圈舍位置不能影响邻居；严格限制在饮用水水源保护区、自然保护区等生态敏感区新建、扩建规模化养殖场，规模养殖户要到村外建饲养场。
@H3 lvlalt=2 sec=goals alt=measures | 4、改垃圾处理方式。加大垃圾收集、清运设施投入，推行分级处理，做到定点收集、定时清运、填埋处理；各村屯设置1-2处垃圾处理场和村外积肥场，并按人口和垃圾量配足垃圾箱、运输车和保洁员。
@H2 lvlalt=1 sec=goals alt=measures | （三）四化一满意
@H3 | 1、绿化。市、乡公路和乡村公路沿线、村屯街道和村屯四周都要植树，成活率达到85%以上。
@H3 | 2、净化。村内村外、主街小巷、室内庭院都要基本干净卫生，做到无暴露垃圾、无污水溢流、无人畜混居、无卫生死角，公共厕所保持清洁。
@H3 | 3、美化。公路两侧、乡村主街、活动广场、村委会和农户房前屋后栽种花草、灌木和果树，街巷不乱贴乱画、不乱堆乱放。
@H3 | 4、亮化。镇政府所在地公路两侧、村内主街、乡村综合活动室和活动广场安装路灯，提倡使用太阳能路灯。
@I3 | 一满意：保证群众满意度达到90%以上。
@H1 sec=phases | 五、工作步骤
按照市政协“全面安排、集中整治、典型示范、全力推进”的工作思路，农村环境综合整治活动从20**年3月15日—20**年12月30日共分四个阶段进行：
@H2 phase=发动整治阶段;20**年3月15日;5月20日 | （一）发动整治阶段。（20**年3月15日—5月20日），在市领导小组统一领导下，由镇党委书记亲自负责，制定实施方案，细化分解任务，明确责任分工和目标责任内容。召开动员
""",
    ),
    dict(
        name="fresh37_02_county_schools_three_cities_scheme",
        source="http://m.zaixiangufen.com/fangan/1519985.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county education bureau's scheme for the primary and secondary schools of its town area (清泉城区, "
               "浠水) in the '三城同创' campaign; the page title calls it '区中小学三城同创活动实施方案' while the text "
               "speaks of 县教育局 and 全县. The site's header lines ('高考在线 >方案', the posting line) were dropped.",
               "The visible part starts directly with the phases, which are the top-level headings: "
               "'一、宣传发动（6月10日--6月30日）' and '二、组织实施（7月1日--12月31日）', dates in brackets joined by a "
               "double hyphen '--' (kept as the page has it). Phase names are 宣传发动 and 组织实施.",
               "Under 一、 the lines '1、召开三个会议：一是…二是…三是…' and '2、做好三项宣传：…' are label headings "
               "(cut at the colon), level 2; under 二、 the numbered lines are activity statements, labelled items. "
               "Their kind is inherited (phases; goals and measures accepted for the label headings).",
               "Kept from the page: the anti-copy dot in '做好家长的.宣传工作', the ①…⑩ markers inside item 4 (not "
               "labelled). The page ends inside item 5 ('…朗读比')."],
        units=["县教育局"],
        text="""\
@T | 区中小学三城同创活动实施方案
@H1 sec=phases phase=宣传发动;6月10日;6月30日 | 一、宣传发动（6月10日--6月30日）
@H2 alt=goals,measures | 1、召开三个会议：一是县教育局召开城区学校“三城同创”动员大会，贯彻县委、县政府“三城同创”会议精神，统一思想、明确责任；二是城区学校召开师生员工动员大会，讲清活动的意义和要求；三是各班召开主题班会，引导学生以主人翁姿态投身“三城同创”活动。
@H2 alt=goals,measures | 2、做好三项宣传：一是用广播、校园橱窗、黑板报、标语等在校园内营造氛围；二是借助浠水广播电视台和网络宣传学校的活动，争取社会支持；三是做好家长的.宣传工作，请家长一起参与，形成学校、家庭、社会三位一体的教育网络。
@H1 sec=phases phase=组织实施;7月1日;12月31日 | 二、组织实施（7月1日--12月31日）
@I2 | 1、在清泉城区中小学生中发出“三城同创”活动倡议，组织学生、教职工和家长积极参与。
@I2 | 2、在清泉城区中小学开展“小手大手相牵，共创美好家园”宣誓、签名活动。
@I2 | 3、在全县教师中持续开展“树师德、铸师魂、教书育人、为人师表”的教育活动。
@I2 text=4、开展学生行为习惯养成教育，教育学生告别不文明行为 | 4、开展学生行为习惯养成教育，教育学生告别不文明行为，如：①随地吐痰、上课吃零食；②乱丢乱扔、乱涂乱贴乱画；③浪费水电；④奇装异服、佩戴首饰；⑤践踏草地、摘花折枝；⑥带手机进校园；⑦不尊敬师长、不守纪律；⑧携带管制刀具；⑨粗言秽语、打架斗殴；⑩车辆乱停乱放。
@I2 | 5、开展以“诵读经典，传承文明”为主题的朗读比
""",
    ),
    dict(
        name="fresh37_03_county_education_little_hands_scheme",
        source="https://www.51jzrc.cn/show-16-389855-1.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county education bureau's action scheme ('县教育局特制定…'; the county is masked as XX in the source) "
               "for the '小手拉大手·文明齐步走' campaign in rural living-environment rectification. The site's "
               "breadcrumb, category ('促销活动总结') and posting line ('无忧文档网 时间: 2020-09-28 …') were dropped; "
               "the page had run the sections into one block, split here at the headings it shows.",
               "一、活动主题 is other (its value line '小手拉大手，文明齐步走' is body), 二、活动目的 goals (guidance "
               "accepted), 三、活动安排 phases. The phases are '（一）第一阶段（7月下旬至8月中旬）' and "
               "'（二）第二阶段（8月下旬至9月中旬）': named only by their ordinal (name 第一阶段 / 第二阶段), dated by 旬.",
               "The 1. lines under each phase are tasks, labelled items. The page ends inside the first task of the "
               "second phase ('号召全')."],
        units=["县教育局"],
        text="""\
@T | 教育系统“小手拉大手·文明齐步走”助力农村人居环境整治行动方案
为争创省级文明城市提名城市、推进XX县农村人居环境整治，发挥教育系统在文明城市创建中的带动作用，县教育局制定《XX县教育系统“小手拉大手·文明齐步走”助力农村人居环境整治行动方案》。
@H1 sec=other | 一、活动主题
小手拉大手，文明齐步走
@H1 sec=goals alt=guidance | 二、活动目的
以“教育一个学生，带动一个家庭，影响一个村庄，文明整个社会”为主题，引导中小学（幼儿园）学生提高文明素养、养成文明习惯，把文明带进家庭和社会，激发学生助力农村人居环境整治的热情，营造全民参与整治、践行文明美德的氛围，共同打造美丽新XX，共创全省文明城市提名城市。
@H1 sec=phases | 三、活动安排
@H2 phase=第一阶段;7月下旬;8月中旬 | （一）第一阶段（7月下旬至8月中旬）
@I3 | 1.全面动员布置，召开动员大会，在全县教育系统宣传活动的目的意义和内容，营造全民参与人居环境整治的氛围。
@I3 | 2.各学校通过工作微信群、QQ群、微信公众号、校园宣传栏、电子屏等载体广泛宣传，发布倡议书、发放宣传手册，把活动精神传达到学生、家长及身边人。
@H2 phase=第二阶段;8月下旬;9月中旬 | （二）第二阶段（8月下旬至9月中旬）
@I3 | 1.利用新学期开学节点，深入教育学生树立文明卫生意识，号召全
""",
    ),
    dict(
        name="fresh37_04_village_living_environment_scheme",
        source="https://m.xieword.com/gongzuofangan/111519.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["The first sample of a collection ('2024年农村环境整治工作计划7篇'): a village's (三源村) 2024 "
               "living-environment rectification scheme ('制定三源村2024年度人居环境整治方案'). The site blurb was "
               "dropped; the sample heading '2024年农村环境整治工作计划篇1' is kept as the title line without its "
               "sample number. doc_kind scheme (the text calls itself 整治方案), plan accepted.",
               "'具体目标如下：农村生活垃圾…' is a body line of 一、目标要求 (a lead-in with figures), not a label "
               "heading.",
               "Phases: '（一）准备阶段（20xx年3月1日—30日）：…' (the end is a bare day '30日', kept as written) and "
               "'（二）实施阶段（20xx年4月—10月）：…'; both headings are cut at the colon. Under 实施阶段 the run-in lines "
               "'1、村庄脏乱差整治。…' are the projects of that phase, level 3, kind inherited (phases; goals and "
               "measures accepted). The page ends inside 3、 ('…山冲')."],
        units=[],
        text="""\
@T | 2024年农村环境整治工作计划
根据《中共中央国务院关于全面推进乡村振兴加快农业农村现代化的意见》、省市县有关文件和《三源村20xx-20xx年乡村振兴规划》，结合三源村人居环境的实际情况，制定三源村2024年度人居环境整治方案。
@H1 sec=goals | 一、目标要求
落实中央和省市县乡改善农村人居环境的部署，使村容村貌显著提升、管护长效机制有效建立、村民环境与健康意识普遍增强；基本实现生活垃圾处置体系全覆盖，源口水库一级水源保护达标，一户一宅全面推行，村庄规划有效实施，河长制、林长制、路长制全面实行。
具体目标如下：农村生活垃圾无害化处理率达到95%，畜禽粪污和人厕粪便资源化利用率达到90%以上，中心村生活污水治理设施全覆盖、污水处理率达到80%，卫生厕所改造80%达到500户；村道两边1米内无杂草、无障碍物，14个自然村庄配备垃圾桶30个。
@H1 sec=phases | 二、工作步骤
@H2 phase=准备阶段;20xx年3月1日;30日 | （一）准备阶段（20xx年3月1日—30日）：实地调查，因地制宜制定方案并立项报批，同时广泛宣传发动、造好舆论，为整治打好基础。
@H2 phase=实施阶段;20xx年4月;10月 | （二）实施阶段（20xx年4月—10月）：实施下列整治项目。
@H3 alt=goals,measures | 1、村庄脏乱差整治。农户门前屋后实行三包：包清障、包整洁、包维持；公共场所由组统一整治。
@H3 alt=goals,measures | 2、道路肠梗阻治理。村道水泥路及两边各一米内保持干净、平坦、畅通，不留杂草藤蔓，不堆泥石沙土。
@H3 alt=goals,measures | 3、粪污随便排治理。人畜粪便污水不能直接排入河流、山冲
""",
    ),
    dict(
        name="fresh37_05_village_clean_up_action_steps",
        source="https://jingyanben.com/bangongwenmi/118413.html?page=4",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 4 of a collection ('2023农村人居环境整治行动方案精选5篇'): the tail of sample 2, a village's "
               "(阔苏拉村) clean-up action scheme, from its task （六） to the end of 五、保障措施. The page header "
               "(order link, file size, posting line) and the start of sample 3 after it ('2023农村人居环境整治行动方案3', "
               "'一、工作目标', '在全市范围内…') were dropped; no title is visible.",
               "The four clean-up tasks （六）清垃圾工作。 … （九）清河道、清圈舍周边废弃物工作。 each get their own time "
               "window on the NEXT line ('时间为xx月xx日至xx月xx日，…', masked in the source): labelled as phases with "
               "the masked dates, kind phases (goals accepted, since their parent section 四、 is not in view and may be "
               "a task section). Level 2 (level 1 accepted: the parent 四、 is absent).",
               "五、保障措施 is measures with （一）…（四） headings ending in '。', each followed by a body line. The body "
               "line '有包户干部督促，…' after （九） belongs to （九）.",
               "Units: the village's leading group, its inspection team and the village committee."],
        units=["阔苏拉村环境整治领导小组", "环境整治督查队", "村委会"],
        text="""\
@H2 lvlalt=1 sec=phases alt=goals phase=清垃圾工作;xx月xx日;xx月xx日 | （六）清垃圾工作。
时间为xx月xx日至xx月xx日，以小队为单位集中清理堆放的沙石、树根、建筑垃圾和家中垃圾，按村民需要处理，无人认领的统一处理。
@H2 lvlalt=1 sec=phases alt=goals phase=清杂物工作;xx月xx日;xx月xx日 | （七）清杂物工作。
时间为xx月xx日至xx月xx日，重点清理房内、棚圈内和院内的杂物（特别是厨房、衣柜、起居室），力争三区分离。
@H2 lvlalt=1 sec=phases alt=goals phase=清残垣断壁;xx月xx日;xx月xx日 | （八）清残垣断壁。
时间为xx月xx日至xx月xx日，以小队为单位发动群众清理，村委会可视情况提供铲车加快进度。
@H2 lvlalt=1 sec=phases alt=goals phase=清河道、清圈舍周边废弃物工作;xx月xx日;xx月xx日 | （九）清河道、清圈舍周边废弃物工作。
时间为xx月xx日至xx月xx日，河道由农户和土地流转方合作清理。
包户干部督促、小队整治负责人组织群众及时清理圈舍粪便和后院旧物；木料按群众需要堆放整齐，不需要的尽快找买方处理。
@H1 sec=measures | 五、保障措施
@H2 | （一）加强领导。
成立阔苏拉村环境整治领导小组，明确时间表，有序推进整治工作。
@H2 | （二）明确工作职责。
实行帮扶干部、结亲干部、联户长“三合一”包户，包户干部包片、小队长包小队，做到责任不留空白、清理不留死角。
@H2 | （三）坚持典型带动。
培树一批环境整治样板组和样板户，以点带面，通过表彰先进、激励后进，带动全村整治深入开展。
@H2 | （四）加强监督。
成立环境整治督查队，逐户检查全村环境，发现问题立即整改，确保整治见效。
""",
    ),
    dict(
        name="fresh37_06_township_school_preschool_month_scheme",
        source="https://m.wenke99.com/p-8389000.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A township central school's (四屯镇中心学校) scheme for a preschool-education publicity month, from a "
               "document-sharing page whose text arrived as one run-together block, split here at the boundaries it "
               "shows. The sharing site's chunk marker '精选优质文档-倾情为你奉上' was glued before the title; it is kept "
               "on its own first line (debris, not labelled).",
               "一、加强组织领导，成立学前教育宣传月活动领导小组 is responsibilities; the store had run it into "
               "'组 长:…' — the key-value lines '组 长：', '副组长：', '成 员：…' are body (the two names were dropped, "
               "the keys kept with the source's spacing).",
               "二、宣传时间 holds the overall period on the next line, '2012年5月22日 至 2012年6月10日' with the "
               "page's spaces (optional phase; the heading is phases, other accepted).",
               "三、宣传步骤: the two steps have no name and no numbering; each is a paragraph LED BY ITS DATES "
               "('5月22日至30日学习关于学前教育的相关政策文件、…。…', '5月31日至6月5日各园组织老师、保育员，…。…'). "
               "They are labelled as unnumbered level-2 headings whose text is the first sentence, and as phases named "
               "by what they do ('学习关于学前教育的相关政策文件', '开展本园学前教育相关文件的学习'); the end of the first "
               "is a bare day '30日'. The date '5月22日' later in the first paragraph is an event date, not a phase.",
               "Kept from the source: document numbers with their brackets restored to full width "
               "('国发（2010）41号文', '陕政发（2010）51号文') and the damaged '三年行动计划20112013'. The page ends "
               "inside the second step ('…形式，')."],
        units=["学前教育宣传月活动领导小组"],
        extra_phases=[
            dict(name="宣传时间", start_text="2012年5月22日", end_text="2012年6月10日",
                 at="2012年5月22日 至 2012年6月10日", optional=True),
        ],
        text="""\
精选优质文档-倾情为你奉上
@T | 四屯镇中心学校关于开展学前教育宣传月活动实施方案
为全面提高学校学前教育的科学化水平，宣传国家、省、市、县有关学前教育的文件精神，在全镇、全校营造重视和关心学前教育的氛围，为全镇幼儿健康成长创造良好环境，特制定学前教育宣传月活动实施方案：
@H1 sec=responsibilities | 一、加强组织领导，成立学前教育宣传月活动领导小组
组 长：
副组长：
成 员：各幼儿园园长、保育员
@H1 sec=phases alt=other | 二、宣传时间
2012年5月22日 至 2012年6月10日
@H1 sec=phases | 三、宣传步骤
@H2 phase=学习关于学前教育的相关政策文件;5月22日;30日 | 5月22日至30日学习关于学前教育的相关政策文件、提高思想认识、更新学前教育观念。由领导小组统一安排，5月22日集中学习国发（2010）41号文、陕政发（2010）51号文和陕西省、西安市学前教育三年行动计划20112013等文件，领会精神实质，结合各园实际和办学特色安排好政策法规的学习。
@H2 phase=开展本园学前教育相关文件的学习;5月31日;6月5日 | 5月31日至6月5日各园组织老师、保育员，根据集中学习的会议精神，有计划的开展本园学前教育相关文件的学习。学习宣传可采取灵活多样的形式，
""",
    ),
    dict(
        name="fresh37_07_construction_collapse_rectification_schedule",
        source="https://anquan.party/thread-14045-1-1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A forum repost of a national rectification scheme on construction collapse accidents (施工坍塌事故) "
               "issued by the State Council's safety committee office ('报送国务院安委会办公室', '继续深化“安全生产年”活动'); "
               "the visible part starts at 五、工作进度安排 and ends inside 六、（二）. The store ran the whole excerpt "
               "into one paragraph; it was split at the headings and phase labels it shows. No title is visible.",
               "The four phases are unnumbered label headings with the dates right after the colon: '部署启动阶段：4月份，…', "
               "'自查自纠阶段：5至9月份，…', '检查督导阶段：10至11月中旬，…', '总结分析阶段：11月下旬至12月份，…'. Heading "
               "texts are cut at the colon. Dates copied as written: a single month '4月份' is a start without an end; "
               "in '5至9月份' and '10至11月中旬' the start is the bare number ('5', '10') whose 月 is shared with the end.",
               "The lead-in '专项整治工作总体上分四个阶段进行。' is body. 六、工作要求 is requirements with run-in "
               "headings '（一）加强领导，落实责任。…'.",
               "Units: the bodies that carry out and supervise the work; 国务院安委会办公室, which receives the reports, "
               "is not listed."],
        units=["各有关行业主管部门", "安全监管总局", "各省级安全监管局"],
        text="""\
@H1 sec=phases | 五、工作进度安排
专项整治工作总体上分四个阶段进行。
@H2 phase=部署启动阶段;4月份; | 部署启动阶段：4月份，研究制定专项整治方案，部署有关工作。各有关行业主管部门结合本行业工程建设的特点制定具体的专项整治方案并部署实施。
@H2 phase=自查自纠阶段;5;9月份 | 自查自纠阶段：5至9月份，具体实施。各行业主管部门把方案和要求落实到工程建设各责任主体和地方相关部门，组织自查自纠，并加强分类指导和监督检查。
@H2 phase=检查督导阶段;10;11月中旬 | 检查督导阶段：10至11月中旬，组织督查和抽查。重点抽查重点地区、重点企业和重点工程，发现突出问题和重大隐患的责令企业整改，并严肃处理。
@H2 phase=总结分析阶段;11月下旬;12月份 | 总结分析阶段：11月下旬至12月份，总结分析，归纳评估。各行业主管部门全面总结评估已开展的工作，形成阶段性成果，并提出继续深化完善的意见和建议。
@H1 sec=requirements | 六、工作要求
@H2 | （一）加强领导，落实责任。专项整治是继续深化“安全生产年”活动的重要举措，各有关行业主管部门要加强组织领导，结合本行业（领域）实际制订可行的实施方案，明确重点、步骤、要求和保障措施，及时掌握动态，并把各阶段进展和年末总结评估报告报送国务院安委会办公室；安全监管总局和各省级安全监管局要加强指导协调和监督检查。
@H2 | （二）突出重点，重在治本。各有关行业主管部门要紧扣本行业（领域）工程建设特点，抓住施工坍塌事故易发多发的主要问题和薄弱环节，重点突破，标本兼治，重在
""",
    ),
    dict(
        name="fresh37_08_university_school_mass_line_scheme",
        source="https://web.dhu.edu.cn/qzlx/2013/0719/c4760a36026/page.htm",
        doc_kind="scheme", partial=True,
        notes=["A university school's (材料学院, on the university's campaign site) 2013 implementation scheme for the "
               "mass-line education campaign; the page shows no title line, the visible part starts with the opening "
               "paragraph and ends inside the first step of 三、方法步骤.",
               "The opening states the overall period '今年7月初起至年底' (optional phase). 一、指导思想 guidance, "
               "二、目标要求 goals (guidance accepted), 三、方法步骤 phases with the lead-in '…三个主要环节进行。' (body).",
               "The phase '第一环节：学习教育、听取意见' has a name and no date at all (start and end null); numbering "
               "'第一环节' (style 第一). Below it, '召开动员大会。讨论制定学院教育实践活动的实施方案' is an unnumbered "
               "sub-step heading (text cut at the full stop), level 3, kind inherited (phases, measures accepted)."],
        units=["材料学院"],
        extra_phases=[
            dict(name="教育实践活动", start_text="今年7月初", end_text="年底", at="今年7月初起至年底", optional=True),
        ],
        text="""\
根据《中共中央关于在全党深入开展党的群众路线教育实践活动的意见》，材料学院将于今年7月初起至年底开展党的群众路线教育实践活动（以下简称“教育实践活动”），其中集中学习教育不少于三个月。按照学校的安排部署，结合学院实际，制定如下方案。
@H1 sec=guidance | 一、指导思想
高举中国特色社会主义伟大旗帜，以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导，围绕保持党的先进性和纯洁性，以为民务实清廉为主要内容、以领导班子和领导干部为重点，加强全体党员的群众观点和群众路线教育；以贯彻中央八项规定精神为切入点突出作风建设，坚决反对形式主义、官僚主义、享乐主义和奢靡之风（简称“四风”），查摆学院领导班子和党员领导干部在“四风”方面的主要问题，着力解决师生反映强烈的突出问题，为完成学院“十二五”建设目标提供思想和组织保证。
@H1 sec=goals alt=guidance | 二、目标要求
把握基本原则与突出重点相结合，解决“四风”突出问题与推动学院中心工作相结合，阶段性活动与建立长效机制相结合。
@H1 sec=phases | 三、方法步骤
教育实践活动按学习教育、听取意见，查摆问题、开展批评，整改落实、建章立制三个主要环节进行。
@H2 num=第一环节 phase=学习教育、听取意见;; | 第一环节：学习教育、听取意见
这一环节重点抓学习宣传和思想教育，深入调查研究，广泛听取师生员工的意见。
@H3 alt=measures | 召开动员大会。讨论制定学院教育实践活动的实施方案
在学校要求的基础上召开学院动员会，结合学院实际讨论制定材料学院教育实践活动的实施
""",
    ),
    dict(
        name="fresh37_09_university_lab_safety_check_arrangement",
        source="http://news.sxau.edu.cn/info/1022/42413.htm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A university finance-and-assets department's (财务资产部, 山西农业大学 news site) work arrangement for the "
               "2022 laboratory-safety check, addressed to '全校各相关单位：' (body) and signed with the department and "
               "the date (body lines). No title line is visible on the stored page (partial for that reason); the "
               "text is otherwise complete.",
               "There is no 时间安排 heading: the four numbered phases are the top level, each a label heading with its "
               "dates in brackets AFTER the colon and the body run straight on: '1、教学院部自查自纠阶段：（2022年3月—4月）请…'. "
               "Texts are cut at the colon, so the dates are not in the heading text but are the phase's dates.",
               "'（2022年4月中下旬）' spans two 旬: kept whole as the start, no end. '4月15日之前' inside phase 1 is a "
               "deadline, not a phase. The contact person's name was dropped (the office, mailbox and phone kept)."],
        units=["财务资产部", "财务资产部实验室安全科", "各教学院部"],
        text="""\
全校各相关单位：
为贯彻教育部2022年全国高等学校实验室安全工作视频会议精神，提升实验室安全管理水平，筑牢校园安全防线，现将我校2022年度实验室安全检查专项工作安排如下：
@H1 sec=phases phase=教学院部自查自纠阶段;2022年3月;4月 | 1、教学院部自查自纠阶段：（2022年3月—4月）各教学院部对照《高等学校实验室安全检查项目表》（附件1）逐项自查所属教学和科研实验室，形成自查自纠报告，4月15日之前把纸质版报财务资产部实验室安全科，电子版发至sxndsysbc@126.com，联系电话0354-6288310。
@H1 sec=phases phase=学校现场检查阶段;2022年4月中下旬; | 2、学校现场检查阶段：（2022年4月中下旬）财务资产部组织人员到各教学院部现场抽查，程序为听取汇报、查阅资料、现场检查和反馈整改意见。
@H1 sec=phases phase=迎接上级检查阶段;2022年5月;6月 | 3、迎接上级检查阶段：（2022年5月—6月）学校迎接教育部和山西省教育厅专家进校现场检查。
@H1 sec=phases phase=总结整改及回头看阶段;2022年7月;10月 | 4、总结整改及回头看阶段：（2022年7月—10月）学校在自查和检查之后总结情况，坚持问题导向，全面整改，补齐实验室安全工作的短板。
财务资产部
2022年3月1日
""",
    ),
    dict(
        name="fresh37_10_university_hazardous_chemicals_rectification_notice",
        source="https://jwc.taru.edu.cn/info/1002/1473.htm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A university teaching-affairs office's notice (教务处函〔2020〕49号, 塔里木大学) launching a hazardous-"
               "chemicals rectification in teaching laboratories and training bases; the document-number line and "
               "the addressee '各学院：' are body; no title line is visible.",
               "一、检查内容 is goals (the scope of the check); 二、时间安排 phases with three steps whose dates sit in "
               "brackets right after the name and whose bodies run on without a full stop: '（一）单位自查自纠阶段（9月21日-9月24日），…', "
               "'（二）现场检查阶段（9月25日）由保卫部牵头…', '（三）整改总结阶段（9月26日—10月8日）各学院…'. Heading texts are set "
               "by hand to the name and its bracket. （二） is a single day (start only). Range marks differ: '-' and '—'.",
               "'在10月8日前' inside （三） is a deadline, not a phase. The document number of the superior notice keeps "
               "its square brackets ('兵教发电[2020]84号')."],
        units=["教务处", "保卫部", "各学院"],
        text="""\
教务处函〔2020〕49号
各学院：
根据《关于开展兵团教育系统危险化学品安全专项治理整治的通知》（兵教发电[2020]84号）要求，学校决定在全校教学实验室和实习（实训）基地开展危险化学品专项治理整治，现将有关事项通知如下：
@H1 sec=goals | 一、检查内容
对照《高等学校实验室安全检查项目表》（附件1）全面检查，涉及危化品的条目要逐条细查。
@H1 sec=phases | 二、时间安排
@H2 text=（一）单位自查自纠阶段（9月21日-9月24日） phase=单位自查自纠阶段;9月21日;9月24日 | （一）单位自查自纠阶段（9月21日-9月24日），对照《高等学校实验室安全检查项目表》全面自查本单位各类实验室。
@H2 text=（二）现场检查阶段（9月25日） phase=现场检查阶段;9月25日; | （二）现场检查阶段（9月25日）由保卫部牵头组成专项检查组，到全校教学实验室和实习（实训）基地现场检查。
@H2 text=（三）整改总结阶段（9月26日—10月8日） phase=整改总结阶段;9月26日;10月8日 | （三）整改总结阶段（9月26日—10月8日）各学院根据自查和现场检查结果及时排除隐患，在10月8日前向教务处提交《安全隐患问题清单》（附件2）。
""",
    ),
    dict(
        name="fresh37_11_university_lab_safety_spun_notice",
        source="http://wjqhsyey.com/jwc/2022/0414/c1380a123298/page.htm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A university teaching-affairs office's 2022 laboratory-safety self-check notice as it survives on a "
               "re-hosting site: the text is synonym-spun (headings '一、操作目的' for 工作目的, '二、事情配备' for 工作安排, "
               "'保卫战处' for 保卫处; kept as written) and carries stray symbols inserted at line starts and after "
               "numbering ('🐽', '๊', '𓂃', '𒁏'), kept as site debris. The store ran it into one paragraph; it was split "
               "at the headings and numbered lines it shows. No title is visible.",
               "Phases are dated only by a DEADLINE inside the bracket: '（一）自查自纠阶段（完成时限： 4月10日前）' and "
               "'（二）现场检查阶段（完成时限：2022年4月15日前）' (the first keeps the page's space after the colon): no start, "
               "end '4月10日前' / '2022年4月15日前'.",
               "The 1. / 2. / 3. lines under each phase are tasks, labelled items; the last one starts with a stray symbol "
               "before its numbering ('𒁏1.教务管理处…'), numbering 1. set by hand. '于4月10日前' in item 3 is a deadline, "
               "not a phase. A teacher's name was dropped. The page ends inside that item ('…等相关内')."],
        units=["各学院", "教务处实践科", "教务管理处"],
        text="""\
@H1 sec=goals alt=guidance | 一、操作目的
🐽各学院要提高思想认识和政治站位，增强实验室安全红线意识；落实三级联动的实验室安全责任体系，对实验室安全隐患“全时、全环节、全涵盖”排查整改，防范常见事故，牢牢掌握防范实验室安全风险的主动权，为教学科研创造安全稳定的环境。
@H1 sec=phases | 二、事情配备
@H2 phase=自查自纠阶段;;4月10日前 | （一）自查自纠阶段（完成时限： 4月10日前）
@I3 | 1.๊各学院召开专题部署动员会，结合实际制定工作方案，对照《高等学校实验室安全检查项目表（2022年）》（附件1）组织所辖教学科研实验室和实训室等场所完成自查自纠。
@I3 | 2.𓂃各学院对自查发现的问题建立安全隐患台账（附件2《实验室安全隐患自查自纠汇总表》），及时整改并做好记录；短期无法整改的制定整改方案，明确责任人和时限，实行闭环管理，整改不到位不销账。
@I3 | 3.请各学院于4月10日前把附件1、2和《实验室安全自查自纠报告》（附件3）的纸质版和电子版报送教务处实践科。
@H2 phase=现场检查阶段;;2022年4月15日前 | （二）现场检查阶段（完成时限：2022年4月15日前）
@I3 num=1. text=1.教务管理处将联动保卫战处、科技信息处等相关内 | 𒁏1.教务管理处将联动保卫战处、科技信息处等相关内
""",
    ),
]
