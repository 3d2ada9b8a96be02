# -*- coding: utf-8 -*-
"""The ninety-eighth held-out fresh set: schemes (实施方案 / 工作方案) and activity plans
(活动方案 / 活动策划书 / 活动通知) whose structure carries dates, sought with queries for dated
stages (阶段 headings with dates, stages by month, 'X月底前' deadlines), by a town, a school,
a city government office, a county, a (masked) local government, a company and a primary /
middle school.  Found as stored public web pages with the `search` tool's `pages` corpus.
None of the source pages is a source of an earlier set (checked against every label file
under tests/corpus_*, shared/corpus-dev, /work/fresh*/ and the helpers' exclusion lists).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets: only the part of the page that the store returned is
represented (nothing invented after it); site boilerplate dropped; heading lines keep the
source's numbering and wording with full-width punctuation restored; body paragraphs
rewritten in our own words and shortened, keeping dates, figures, unit names and masks;
personal names dropped.  Marker syntax: see fresh_build/build.py.
"""

FRESH98_DOCS = [
    dict(
        name="fresh98_01_town_environment_rectification_scheme",
        source="https://huaboedu.com/news/140567.html",
        doc_kind="scheme", partial=True,
        notes=["A town's (name masked 'X镇') 2025 environment rectification scheme on a ghost-writing site; the page "
               "shows the title, a date line '（2025年04月08日）' (body, not a phase) and the first two sections, then "
               "cuts off inside 2. ('针对违......') before a '预览结束…请扫码联系老师' paywall line, which was dropped "
               "as a site blurb.",
               "一、工作目标 goals; 二、重点任务 goals (measures accepted, the task areas of a scheme); （一）开展“净城”行动 "
               "at level 2 and the label headings '1. 集镇建设方面' / '2. “保两洁、治七乱”方面' (space after '1.') at level 3.",
               "'为期一年的' and the 2025 target in 一、 are not phases; no dated stage is visible in the excerpt."],
        units=[],
        text="""\
@T | 镇2025年度环境综合整治专项行动工作实施方案
（2025年04月08日）
为把X镇2025年度环境综合整治专项行动落到实处、高效推进各项任务，按照县委的工作安排，制定本方案。
@H1 sec=goals | 一、工作目标
用一年时间开展环境综合整治，以整改中央生态环境保护督察反馈问题为契机，塑造“处处是美景，人人是形象”的城乡新面貌；重点提升城乡环境卫生、公共秩序和村容村貌，为XX县打造世界级旅游景区、创建全国文明城市打好基础。
@H1 sec=goals alt=measures | 二、重点任务
@H2 | （一）开展“净城”行动
以X集镇中心、阳凤集镇中心、方村集镇中心等区域为重点，提升环卫设施建设水平和市容秩序管理水平。
@H3 | 1. 集镇建设方面
补齐垃圾箱、垃圾池、公厕等环卫设施，健全清扫保洁制度；巩固环卫保洁服务外包改革成果，完善保洁和监管机制，让主次干道、背街小巷、农贸市场、学校周边、公路沿线和村寨等重点区域常态保持整洁；发动群众和商家做好过道和室内卫生。
@H3 | 2. “保两洁、治七乱”方面
保持环境整洁和水体清洁，重点治理主要道路沿线柴草乱放、垃圾乱倒、粪便乱堆、污水乱流和乱贴乱画乱刻等现象。针对违
""",
    ),
    dict(
        name="fresh98_02_school_leifeng_month_activity_plan",
        source="https://www.renrendoc.com/p-44019937.html",
        doc_kind="activity_plan", partial=True,
        title_override="文新3.5活动月策划书",
        notes=["A school's (文新学校) 学雷锋 activity-month plan on a document-sharing site; the page ran the site's title, "
               "the document's own title and the sections into one block, split here at the headings. Two title lines: "
               "the site's '文新学校3.5学雷锋活动月策划书' and the document's own '文新3.5活动月策划书'; the label takes the "
               "document's own (both are title lines).",
               "The store lost the quotation marks and the dash of the source (spaces where they stood); they were "
               "restored in the rewritten bodies, but the value line '集中活动：2015年3月4日 2015年3月31日' keeps the "
               "missing dash as the page shows it.",
               "Sections: 活动背景 background (guidance accepted), 活动主题 other, 活动目的 goals (guidance accepted), "
               "活动时间 phases (other accepted) with the overall period as an optional phase, 组织形式 other "
               "(responsibilities accepted), 活动内容 goals (measures accepted) with the unnumbered label heading "
               "'主题活动一：外国专家学雷锋活动' at level 2 and its '1.活动意义：…' line as an item at level 3. "
               "The event date '3月5日' inside that item is not a phase. The page ends inside the item."],
        units=["校团委"],
        extra_phases=[
            dict(name="集中活动", start_text="2015年3月4日", end_text="2015年3月31日", at="集中活动：", optional=True),
        ],
        text="""\
@T | 文新学校3.5学雷锋活动月策划书
@T | 文新3.5活动月策划书
@H1 sec=background alt=guidance | 一、活动背景
新学期伊始，3月5日是毛泽东等老一辈革命家号召向雷锋同志学习的纪念日，学校借此在全校师生中开展“3.5学习雷锋主题活动月”。校团委以3.5学雷锋日为契机，组织外国专家学雷锋、青少年整治盲区志愿服务、黑板报宣传“厉行节约，反对浪费”等系列活动，弘扬“奉献、友爱、互助、进步”的志愿精神。
@H1 sec=other | 二、活动主题
弘扬雷锋精神，加强环境保护，践行“厉行节约，反对浪费”，强化精神建设，建设“两型”校园。
@H1 sec=goals alt=guidance | 三、活动目的
一方面增强学生学习雷锋的意识和热情，提升团员境界，配合学校和社区营造良好环境；另一方面借学雷锋活动月激发文新学子的志愿服务精神，把志愿服务与社区、校园和身边环境结合起来。
@H1 sec=phases alt=other | 四、活动时间
集中活动：2015年3月4日 2015年3月31日
@H1 sec=other alt=responsibilities | 五、组织形式
系列活动以外国专家、全体学生、青年志愿者和青年教师为主体，发挥党员、团员的先锋模范作用，带头参加志愿服务，并鼓励其他学生加入志愿者行列。
@H1 sec=goals alt=measures | 六、活动内容
@H2 num=none | 主题活动一：外国专家学雷锋活动
@I3 | 1.活动意义：因我校独特的人文结构，通过3月5日外籍教师走进社区，走进城区在行动中体验中国的学雷锋活动，践行中国的学雷锋行动，同时学生通过外籍
""",
    ),
    dict(
        name="fresh98_03_city_ebike_safety_rectification_scheme",
        source="http://zxj.shiyan.gov.cn/szjw/zc/qtzdgkwj/202406/t20240627_4546647.shtml",
        doc_kind="scheme", partial=True,
        title_override="全市电动自行车安全隐患全链条整治行动实施方案",
        notes=["A city government office's notice (十政办发〔2024〕20号) issuing the city's e-bike safety rectification "
               "scheme, from a government site; the site's metadata table (索引号, 文件类型, 发布日期 …) was dropped. The "
               "notice title is broken over two lines as the page shows it ('…全链条整治行动' / '实施方案的通知'); the "
               "document number, the issuing office, the addressee and the notice date are body lines.",
               "As in dev05, the label takes the scheme's own title (line 8) and marks the two notice-title lines as "
               "title lines too.",
               "一、总体要求 guidance; 二、重点任务分工 goals (measures, responsibilities accepted) with （一） at level 2 and "
               "a run-in '1.做好国家标准宣贯。…' at level 3 (cut off by the page). The year plan inside 一、 "
               "('2024年开展集中整治…；2025年巩固提升…') is body text, not phase headings."],
        units=[],
        text="""\
十政办发〔2024〕20号
市人民政府办公室
@T | 关于印发全市电动自行车安全隐患全链条整治行动
@T | 实施方案的通知
各县市区人民政府，市政府各部门、各直属事业单位：
《全市电动自行车安全隐患全链条整治行动实施方案》已经市政府同意，现印发给你们，请结合实际抓好落实。
2024年6月11日
@T | 全市电动自行车安全隐患全链条整治行动实施方案
为吸取近年来电动自行车安全事故的教训，全面加强电动自行车全链条安全监管，保障群众生命财产安全，以高水平安全保障高质量发展，制定本行动方案。
@H1 sec=guidance | 一、总体要求
以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神，坚持人民至上、生命至上，坚持标本兼治、疏堵结合、创新驱动、齐抓共管，抓住标准修订、生产销售、拼装改装、停放充电、报废回收等环节，构建电动自行车“一件事”全链条监管体系。2024年开展集中整治，查处一批违法犯罪、消除各类隐患、坚决遏制重特大火灾；2025年巩固提升整治成效，降低存量风险、严控增量风险，推动出台地方性规章制度，建立完善长效机制。
@H1 sec=goals alt=measures,responsibilities | 二、重点任务分工
@H2 | （一）着力解决标准宣贯执行不到位问题
@H3 | 1.做好国家标准宣贯。建立全市整车、锂离子蓄电池、充电器及相关配件生产企业的底数台账并动态更新。对新成立
""",
    ),
    dict(
        name="fresh98_04_county_anti_fraud_publicity_activity_plan",
        source="https://m.nryq.cn/dongshi/rgrrb/1KJ7RLz30L",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county's (旌德县, named once in the text) three-month anti-telecom-fraud publicity campaign plan; the "
               "page shows no title line and starts with the lead-in.",
               "The page gives several headings without their bodies: '一、工作目标' is directly followed by "
               "'二、活动时间', and '2、宣传内容。' stands alone; they are kept as empty headings.",
               "二、活动时间 phases (other accepted) with the overall period '20xx年1月10日至3月31日' as an optional "
               "phase; 三、宣传对象及内容 other (goals accepted) with run-in '1、宣传对象。…' and bare '2、宣传内容。' "
               "at level 2; 四、任务分工 responsibilities, whose body is a list of unnumbered '县XX负责…' sentences (body, "
               "not headings). The page ends inside the last sentence."],
        units=["县公安局", "县委平安办", "县委宣传部", "县委政法委", "县政府办", "县法院", "县人民检察院", "县民政局",
               "县教体局", "县科技商务经信局", "县市场监管局"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年1月10日", end_text="3月31日", at="20xx年1月10日至3月31日", optional=True),
        ],
        text="""\
为推进社会治理和平安建设，提高防范电信网络诈骗宣传的实效，尽快遏制全县电诈案件高发势头，实现发案数和经济损失数“两降”的目标，决定在全县开展为期三个月的防范电信网络诈骗犯罪集中宣传活动，特制定本方案。
@H1 sec=goals | 一、工作目标
@H1 sec=phases alt=other | 二、活动时间
20xx年1月10日至3月31日。
@H1 sec=other alt=goals | 三、宣传对象及内容
@H2 | 1、宣传对象。全县广大人民群众。
@H2 | 2、宣传内容。
@H1 sec=responsibilities | 四、任务分工
活动由县里统一部署、县公安局具体推进、各乡镇和县直单位分头落实。
县公安局提供宣传和培训素材，由各乡镇、县直单位自行印发；每周通报各乡镇电诈发案情况（具体到社区、村）；各派出所把防诈宣传与防盗、交通、扫黑除恶知识宣传结合起来，并负责督导、检查和考核。
各镇在党委统一部署下做好入户和社会面宣传，由乡镇、社区（村）工作人员和小区物业人员具体开展；县委平安办对各镇宣传情况督导检查。
县委宣传部负责全县公共媒体和自媒体的防诈宣传，并定期督导。
县委政法委负责考核各乡镇、各县直单位的防诈宣传工作。
县政府办负责定期召集旌德县打击治理电信网络新型违法犯罪工作联席会议成员单位会商。
县法院、县人民检察院负责加强对公安局办理电诈案件的指导。
县民政局结合殡葬改革宣传一并开展防电诈宣传。
县教体局负责所有学校及学生家长的宣传防范。
县科技商务经信局、县市场监管局负责对服务对象、相关企业尤其是企业财务人
""",
    ),
    dict(
        name="fresh98_05_government_smoke_free_unit_scheme",
        source="https://www.360docs.net/doc/2b6328510.html",
        doc_kind="scheme", partial=True,
        notes=["A masked local government's (XXX政府) smoke-free-unit scheme from a document-sharing collection "
               "('创建无烟单位资料全'); the collection title and the 控烟倡议书 that precedes the scheme on the page "
               "(another document) were dropped, and with them the sharing site's chunk marker '1' that was glued to "
               "the scheme's title. The store ran the scheme into one block; it was split at its numbering.",
               "The short '1、…；' lines under 目的, 目标 and 目标人群 are statements, labelled as items at level 2; "
               "'1、重点干预对象：…' are key-value items.",
               "四、实施步骤与方法 phases; the page ends right after '（一）2013年5月进行', a dated step whose name is cut "
               "off: labelled a phase heading at level 2 with the visible words as its name and start '2013年5月'."],
        units=[],
        text="""\
@T | XXX政府创建无吸烟单位实施方案
@H1 sec=goals alt=guidance | 一、创建无吸烟单位目的
@I2 | 1、为全体职工营造一个无吸烟环境；
@I2 | 2、建立和完善控烟组织和制度，推动控烟工作持续开展；
@I2 | 3、提高人员控烟知识，掌握戒烟方法和技巧，降低职工吸烟率；
@I2 | 4、提高职工控烟参与意识，为戒烟者提供戒烟服务。
@H1 sec=goals | 二、创建无吸烟单位目标
@I2 | 1、职工戒烟并积极带动公共场所控烟工作；
@I2 | 2、创建单位无吸烟环境，达到无吸烟单位标准。
@H1 sec=other | 三、目标人群
@I2 | 1、重点干预对象：单位有吸烟史的职工；
@I2 | 2、一般干预对象：全体职工；
@H1 sec=phases | 四、实施步骤与方法
@H2 phase=2013年5月进行;2013年5月; | （一）2013年5月进行
""",
    ),
    dict(
        name="fresh98_06_company_tree_planting_activity_notice",
        source="https://m.777doc.com/doc-8669454.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A company's notice-form activity plan for voluntary tree planting (Arbor Day), from a document-sharing "
               "site; the site's run-together page title and download lines were dropped. The title line keeps the "
               "document's own parenthetical '（集团公司企业植树节活动方案参考）'.",
               "一、活动主题 other with the slogan as a body line; 二、组织领导 responsibilities, whose four work groups "
               "'（一）综合协调组，组长：XX，成员：XX、XX、XX' are level-2 headings (text set by hand to the group name, "
               "the key-value rest of the line is part of the heading line). The store ran each group's '主要工作：…' into "
               "the same paragraph; it was put on its own (body) line. The page ends inside （四）'s duties.",
               "No dated stage is visible; the page shows the plan's first two sections only."],
        units=["义务植树活动领导小组", "综合协调组", "苗木采购组", "宣传报道组", "后勤服务组"],
        text="""\
@T | 关于开展义务植树活动的通知（集团公司企业植树节活动方案参考）
植树节即将到来，为增强干部职工的生态环保意识，营造绿色健康的工作生活环境，借植树造林振奋精神、凝聚人心，为打赢疫情防控阻击战贡献绿色力量，经研究，决定在全公司开展义务植树活动，现将有关事项通知如下：
@H1 sec=other | 一、活动主题
植树造林，让山川更绿；义务劳动，让奉献更美
@H1 sec=responsibilities | 二、组织领导
公司成立义务植树活动领导小组，由公司党委书记任组长，党委班子成员任副组长，各党支部、基层单位和机关部室负责人为成员；领导小组下设四个工作组，分工如下：
@H2 text=（一）综合协调组 | （一）综合协调组，组长：XX，成员：XX、XX、XX
主要工作：统筹本部和异地分公司的植树活动，负责协调、安排和问题处理；活动前组织人员，活动中维护现场秩序、做好树苗认领。
@H2 text=（二）苗木采购组 | （二）苗木采购组，组长：XX，成员：XX、XX、XX
主要工作：按每人至少1棵的标准提前采购苗木，并督促异地分公司结合实际购买树苗。
@H2 text=（三）宣传报道组 | （三）宣传报道组，组长：XX，成员：XX、XX、XX
主要工作：负责现场合影和录像，发放宣传单普及环保知识，向上报送活动信息。
@H2 text=（四）后勤服务组 | （四）后勤服务组，组长：XX，成员：XX、XX、XX
主要工作：按活动要求备齐铁锨、水桶等植树工具，提前购置口罩、消毒液
""",
    ),
    dict(
        name="fresh98_07_school_safety_education_day_activity_plan",
        source="http://chehuandai.cn/fanwendaquan/gongwenfanwen/2023/1021/82918.html",
        doc_kind="activity_plan", partial=True,
        notes=["Sample 1 of a collection page ('中小学安全教育日活动方案经典优质范文9篇'): a primary school's plan for the "
               "national safety education day and the province's safety education week. The collection title and the "
               "sample heading were dropped; the sample shows no title line of its own.",
               "Headings with trailing colons: 一、指导思想： guidance, 二、活动时间： phases (other accepted) with the "
               "overall period '3月27日至4月6日' as an optional phase, 三、活动主题： other, 四、“十个一”系列活动： goals "
               "(measures accepted) over run-in '1.举办一次主题启动仪式。…' activities at level 2.",
               "The dates inside the activities ('3月27日', '3月24日~4月4日', '3月27日—11月30日', '4月份起') are event "
               "dates of single activities, not phases. Teachers' names in the '（负责人：…）' notes were dropped; "
               "notes naming offices or roles were kept. The page ends inside activity 8."],
        units=["保卫处"],
        extra_phases=[
            dict(name="活动时间", start_text="3月27日", end_text="4月6日", at="3月27日至4月6日", optional=True),
        ],
        text="""\
@H1 sec=guidance | 一、指导思想：
今年3月27日是第xx个“全国中小学生安全教育日”，3月27日—4月6日是第xx个xx省学校安全教育周。为增强师生安全意识和自救自护能力、防范校园安全事故，结合通知精神和学校实际，制定本方案。
@H1 sec=phases alt=other | 二、活动时间：
3月27日至4月6日
@H1 sec=other | 三、活动主题：
强化安全意识，提升安全素养。
@H1 sec=goals alt=measures | 四、“十个一”系列活动：
@H2 | 1.举办一次主题启动仪式。3月27日在国旗下向全体师生作动员讲话，启动安全教育日（周）主题教育活动。
@H2 | 2.开展一场的安全知识竞答——天天交通对对碰。3月24日~4月4日每天早会后在操场现场提问3~5道交通安全题，答对者获赠小奖品。
@H2 | 3.组织一场安全知识网络竞赛活动。3月27日—11月30日，教师、家长和学生参加20__年全国中小学生安全知识竞赛，每天8:00——21:00可学习答题。（负责人：全体班主任、辅导员）
@H2 | 4.组织一次应急疏散演练。针对火灾、拥挤踩踏等突发情况，周四中午1:50组织一次疏散演练。（负责人：行政、保卫处）
@H2 | 5.开展一节主题班会教育。通过班会强化学生的防范意识，落实事故急救措施，提高自救自护能力。（负责人：班主任）
@H2 | 6.开展一场交通安全黑板报评比活动。（负责人：保卫处、辅导员）
@H2 | 7.开展一场“大手护小手”轮值护送。4月份起组织一年级志愿家长在上下学时段到兴隆路口、中和路路口、莲花路路口、莲屿路口维护秩序，护送学生。（负责人：行政、保卫处、一年级班主任）
@H2 | 8.开展一场专题知识讲座。邀请法制副校长到学校开展安全知识进校园系
""",
    ),
    dict(
        name="fresh98_08_district_waste_sorting_2022_scheme",
        source="https://www.zhonglou.gov.cn/html/czzl/2022/FPJALMLN_0712/18350.html",
        doc_kind="scheme", partial=True,
        notes=["A district government's 2022 urban-rural waste-sorting scheme (常州市钟楼区) as published on its site, "
               "with the tail of the issuing notice above it: addressee, one-sentence notice, issuer, date "
               "'2022年6月24日' and '（此件公开发布）' are body lines; the notice's own title is not on the page, so the "
               "scheme title is the only title line.",
               "The lead-in keeps the cited document numbers (建城〔2021〕58号, 苏建城管〔2021〕152号, 苏建函城管〔2021〕484号, "
               "常政发〔2022〕32号). 一、总体要求 guidance; 二、工作目标 goals, whose 2022 targets (71 compliant estates, "
               "≥90% awareness …) are figures, not phases. The page ends inside 二、."],
        units=[],
        text="""\
高新园（邹区镇）、各街道，区各办局、直属单位：
《2022年钟楼区城乡生活垃圾分类工作实施方案》已经区政府常务会议审议通过，现发给你们，请认真抓好落实。
常州市钟楼区人民政府
2022年6月24日
（此件公开发布）
@T | 2022年钟楼区城乡生活垃圾分类工作实施方案
为深入推进全区城乡生活垃圾分类，依据《住房和城乡建设部关于印发省级统筹推进生活垃圾分类工作评估办法和城市生活垃圾分类工作评估办法的通知》（建城〔2021〕58号）、省住建厅等部门的实施意见（苏建城管〔2021〕152号）、达标小区评价通知（苏建函城管〔2021〕484号）和《2022年常州市城乡生活垃圾分类工作实施方案》（常政发〔2022〕32号），结合本区实际，制定本方案。
@H1 sec=guidance | 一、总体要求
落实中央和省、市部署，以市“532”发展战略为行动指南，坚持以人民为中心，加快构建党建引领、政府推动、部门协作、社会协同、全民参与的垃圾分类长效机制，提高减量化、资源化、无害化水平，助力美丽常州建设，履行“争当表率、争做示范、走在前列”的使命。
@H1 sec=goals | 二、工作目标
2022年着力提升成效：建成区新增垃圾分类达标小区71个，达标小区居民知晓率≥90%、参与率≥80%、准确率≥80%；着力打造示范：建成区完成7个示范达标小区创建，农村完成1个示范村创建，使全区垃圾分类制度更加健全、垃圾分类
""",
    ),
    dict(
        name="fresh98_09_subdistrict_rural_waste_sorting_scheme",
        source="https://www.xinwenku.com/p-77344.html",
        doc_kind="scheme", partial=True,
        title_override="农村生活垃圾分类实施方案",
        notes=["A subdistrict's ('我街') rural waste-sorting scheme on a document-sharing site; the site's file title "
               "'（实用）农村生活垃圾分类最新实施方案.doc' and its sharing lines and the '配套讲稿' panel were dropped. The "
               "store ran the text into one block; it was split at the numbering. The site's chunk markers are kept and "
               "never labelled: '1、' glued to the title line (title set by hand without it) and '2、' at the start of a "
               "line that continues a sentence of 二、工作目标 ('…农村生活垃圾分类' / '2、村的居住范围达60%以上…').",
               "The cited document numbers are damaged in the source and kept so ('建村20xx411号', '行政信函2020 10号').",
               "Under 三、主要任务 (goals, measures accepted) the （一）（二）（三） headings run straight into their bodies "
               "without punctuation ('（一）建立和完善工作机制各（村）居要…'); their texts are set by hand. The page ends "
               "inside （三）. '截至2020年底' in 二、 is a target date, not a phase."],
        units=[],
        text="""\
@T | 1、农村生活垃圾分类实施方案
为推进我街农村生活垃圾分类，加快农村生活垃圾减量化、资源化、无害化处理，依据《省农村生活垃圾分类工作考核办法（试行）》（建村20xx411号）和《2020年市生活垃圾分类处置工作行动方案》（行政信函2020 10号），结合本地农村生活环境实际，制定本方案。
@H1 sec=guidance | 一、指导思想
按照“统筹规划、分步推进”的原则，政府推动、全民参与，完善设施、准确分类，建立分类投放、分类收集、分类运输、分类处理的体系，改进农村垃圾分类管理和服务，逐步扩大分类范围。
@H1 sec=goals | 二、工作目标
分阶段全面推进农村生活垃圾减量化和资源化利用，基本建立农村生活垃圾分类技术标准体系。到2020年底，农村生活垃圾分类
2、村的居住范围达60%以上，农户识别率和投放准确率均达60%以上。
@H1 sec=goals alt=measures | 三、主要任务
@H2 text=（一）建立和完善工作机制 | （一）建立和完善工作机制各（村）居按照市、县、街道的统一布局制定农村垃圾分类规划，依据街道的激励和考核办法加大经费投入，及时召开动员会，有序开展分类。
@H2 text=（二）加强垃圾分类队伍建设 | （二）加强垃圾分类队伍建设各（村）居至少配备1名垃圾分类讲师，指导农户正确投放、劝阻违规行为；各村安排专人负责收集、运输、分类和处理，并定期到街道参加培训。
@H2 text=（三）开展宣传教育 | （三）开展宣传教育街道要设置1个以上有规模
""",
    ),
]
