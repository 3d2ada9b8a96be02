# -*- coding: utf-8 -*-
"""The forty-third held-out fresh set: plans, schemes and activity plans whose
实施步骤 / 活动安排 / 活动时间 name phases or steps (with dates where the page
gives them: damaged dates, time slots, dates only in the items under a stage),
and summaries / reports whose parts are numbered parts over unnumbered run-in
part titles, over 一是/二是 points, or over （一） and 1、 points.  Writers: a
university's student theory society, a primary school, a kindergarten, a
school (sample), a township government, a town's agriculture office, a town,
a district health bureau, a city municipal-and-gardens bureau.
Found as stored public web pages with the `search` tool's `pages` corpus.
None of the source pages is a source of the label files or lists checked
(see /work/fresh43/used_sources.tsv and chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，；“” was restored
  from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH43_DOCS = [
    dict(
        name="fresh43_01_university_theory_society_lecture_tour_activity",
        source="https://gqt.ahnu.edu.cn/info/1117/8432.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A university student society's plan (邓小平理论研究会, supported by the 政法学院 youth league committee) for a "
               "May lecture tour; posted on the university's youth-league site. No title line is shown, so title is null.",
               "The lead-in '此次活动我们将分为以下五个阶段：' is body. The stages '第一阶段：…。' are level-1 headings (top level "
               "shown), kind phases; each is a phase with no dates, because the dates (5月8日, 5月9日, 4月23日, 4月25日, 4月27日, "
               "5月11日-5月13日) sit only in the task and schedule lines under the stages: they are event dates, not phase dates. "
               "Note that the second stage's dates (4月23日-27日) come before the first stage's (5月8日-9日) in the source.",
               "Under 第一阶段 the lines '1.签名和悬挂横幅活动.…' (half-width full stop after the title; text set by hand) and "
               "'2、发出倡议活动。…' are run-in headings; under 第二阶段 the three lines are task statements, labelled items. "
               "The six schedule rows '第一场宣讲计划定于：文学院，5月11日晚7:30，2020104；' keep the source's wording and "
               "typo ('202014'); they are labelled items (numbering 第一场, style 第一) and are not phases. Texts of the stage headings (cut at the colon by the rule), of the second-stage items and of the rows (cut "
               "at the half-width ':' of '8:00' by the rule) were set by hand to the whole title or sentence.",
               "The page shows four of the five announced stages; 第四阶段 is the last visible line."],
        units=["邓小平理论研究会"],
        text="""\
为宣传党中央的思想路线和方针政策，配合大学生思想政治教育，邓小平理论研究会在政法学院团委支持下，借迎评创优和“政法学院学术月”的机会，定于五月份开展“树立科学发展观，构建和谐社会”巡回宣讲活动。
此次活动我们将分为以下五个阶段：
@H1 sec=phases phase=做好前期宣传，营造活动氛围;; text=第一阶段：做好前期宣传，营造活动氛围 | 第一阶段：做好前期宣传，营造活动氛围。
@H2 text=1.签名和悬挂横幅活动 | 1.签名和悬挂横幅活动.拟于5月8日中午在我校一、二食堂门口同时组织大型签名，当天挂出“树立科学发展观，构建和谐社会”横幅。
@H2 | 2、发出倡议活动。拟于5月9日张贴倡议书，说明本次活动的重要性和必要性，帮助同学们了解中央的思想方针。
@H1 sec=phases phase=筹建宣讲团，做好试讲试听工作;; text=第二阶段：筹建宣讲团，做好试讲试听工作 | 第二阶段：筹建宣讲团，做好试讲试听工作。
@I2 text=1、采用“先报名，后筛选”的办法，4月23日初步确定成员名单，再经试听会最终确定宣讲团成员 | 1、采用“先报名，后筛选”的办法，4月23日初步确定成员名单，再经试听会最终确定宣讲团成员。
@I2 text=2、第一次试听会拟于4月25日晚8:00在2020505教室举行，确定成员名单，当场修改提炼宣讲内容，并提示宣讲中要注意的问题 | 2、第一次试听会拟于4月25日晚8:00在2020505教室举行，确定成员名单，当场修改提炼宣讲内容，并提示宣讲中要注意的问题。
@I2 text=3、在第一次试听会基础上，拟于4月27日晚7:00在2020505教室举行第二次试听会，模拟正式宣讲的现场气氛，让成员熟悉宣讲内容 | 3、在第一次试听会基础上，拟于4月27日晚7:00在2020505教室举行第二次试听会，模拟正式宣讲的现场气氛，让成员熟悉宣讲内容。
@H1 sec=phases phase=深入各院系，进行巡回宣讲;; text=第三阶段：深入各院系，进行巡回宣讲 | 第三阶段：深入各院系，进行巡回宣讲。
@I2 num=第一场 text=第一场宣讲计划定于：文学院，5月11日晚7:30，2020104 | 第一场宣讲计划定于：文学院，5月11日晚7:30，2020104；
@I2 num=第二场 text=第二场宣讲计划定于：国旅学院和美术学院，5月12日上午9:00~2020104 | 第二场宣讲计划定于：国旅学院和美术学院，5月12日上午9:00 2020104；
@I2 num=第三场 text=第三场宣讲计划定于：外国语学院和社会学院，5月12日下午2:30~2020104 | 第三场宣讲计划定于：外国语学院和社会学院，5月12日下午2:30 2020104；
@I2 num=第四场 text=第四场宣讲计划定于：数计学院和经管学院，5月12日晚7:30，2020104 | 第四场宣讲计划定于：数计学院和经管学院，5月12日晚7:30，2020104；
@I2 num=第五场 text=第五场宣讲计划定于：体育学院和环科院，5月13日上午9:30，202014 | 第五场宣讲计划定于：体育学院和环科院，5月13日上午9:30，202014；
@I2 num=第六场 text=第六场宣讲计划定于：政法学院，5月13日下午2:30，2020104 | 第六场宣讲计划定于：政法学院，5月13日下午2:30，2020104。
@H1 sec=phases phase=活动的总结阶段;; text=第四阶段：活动的总结阶段 | 第四阶段：活动的总结阶段。
""",
    ),
    dict(
        name="fresh43_02_primary_school_clean_plate_month_activity",
        source="https://wnwk.com/doc/1090683.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="丰新小学“文明餐桌，光盘行动〞活动月方案",
        notes=["A primary school's 2023 activity-month plan ('文明餐桌，光盘行动'), from a document-sharing page. The download "
               "panel and the file name printed one or two characters a line ('2023 / 年丰新 / 小学 / 文明 …') were dropped.",
               "Two title lines: the first with quotes (closing quote converted to '〞' by the site, kept), the second the same "
               "title without quotes; both are title lines, the title is the first.",
               "The store had the colon of '一、活动主题' on a line of its own; it was joined to the heading. 一、活动主题 is "
               "other, 二、活动目的 goals (guidance accepted), 三、实施步骤 phases.",
               "The steps are numbered with the digit-full-stop characters '⒈' '⒉' (U+2488/2489), counted as style 1. (this "
               "set's builder adds that class). Their dates are damaged: '（3.153.20）' and '（3.204.4）' (the dash between the "
               "dates lost); the phase dates are the visible parts, 3.15-3.20 and 3.20-4.4.",
               "Under ⒉ the line '①主题班队活动。…' is a run-in heading (level 3); the page ends inside it ('…教育引')."],
        units=[],
        text="""\
@T | 丰新小学“文明餐桌，光盘行动〞活动月方案
@T | 丰新小学文明餐桌，光盘行动活动月方案
为弘扬中华民族尊重劳动、勤俭节约的美德，落实厉行节约、反对浪费的要求，按照市教育体育局部署，学校开展文明餐桌、光盘行动活动月，有关事项通知如下：
@H1 sec=other | 一、活动主题：
文明餐桌，光盘行动，从我做起。
@H1 sec=goals alt=guidance | 二、活动目的：
通过宣传教育，引导学生养成良好就餐习惯，树立尊重劳动、勤俭节约的意识，并向社会倡议厉行节约、反对浪费，营造文明就餐的环境。
@H1 sec=phases | 三、实施步骤：
@H2 phase=宣传建议阶段;3.15;3.20 | ⒈宣传建议阶段（3.153.20）：
利用国旗下讲话向学生发出倡议，通过晨会、班队会开展形式多样的主题教育，弘扬勤俭节约传统，树立节约荣耀、浪费可耻的观念。
@H2 phase=组织实施阶段;3.20;4.4 | ⒉组织实施阶段（3.204.4）：
@H3 | ①主题班队活动。学校用宣传栏、电子显示屏深入宣传，做到人人知晓；各班开展主题班队会，用身边的人和事教育引
""",
    ),
    dict(
        name="fresh43_03_kindergarten_childrens_day_garden_party_activity",
        source="https://www.muyuguan.com/fanwen/huodongfangan/1611971.html",
        doc_kind="activity_plan", partial=True,
        notes=["A kindergarten's plan for a Children's Day garden party and lunch (2015). The breadcrumb, the 导语 and the "
               "recommendation line were dropped; the title is the page's title line.",
               "'一、活动时间：5月31日上午9:00——11:30' is a heading with its value on the line (text cut at the colon by hand); "
               "kind phases (other accepted); the overall time is an optional phase.",
               "三、主要活动内容 lists the morning programme; its three lines are items (the first without a time). The two "
               "time slots '（9:00——10:30）' and '（10:50——11:30）' are optional phases (time slots of a one-day programme). "
               "Kind goals (phases accepted), the items inherit it.",
               "四、筹备活动分工 holds key-value lines with masked names ('活动总策划：****'), body. 五、游园活动内容 holds "
               "game lines '1、小猫钓鱼——负责人：托班教师；地点：小托班' (text cut by hand before the dash) with '规则：…' body "
               "lines; the excerpt stops after the third game.",
               "The date '六。一' in the opening is as in the source."],
        units=[],
        text="""\
@T | 庆祝六一儿童节游园活动方案
“六一”儿童节是全世界儿童的节日。为丰富我园文化生活，培养幼儿的竞争意识，让孩子快乐过节，我园在2015年“六。一”前夕组织游园聚餐活动。
@H1 sec=phases alt=other text=一、活动时间 | 一、活动时间：5月31日上午9:00——11:30
@H1 sec=other | 二、参加人员：全体师生。
@H1 sec=goals alt=phases | 三、主要活动内容
@I2 | 1、游园前准备活动
@I2 | 2、游园活动（9:00——10:30）
@I2 | 3、聚餐活动（10:50——11:30）
@H1 sec=responsibilities | 四、筹备活动分工：
活动总策划：****
活动具体策划及摄像、报道：*****
准备师生奖品：****
@H1 sec=goals alt=other | 五、游园活动内容
@H2 text=1、小猫钓鱼 | 1、小猫钓鱼——负责人：托班教师；地点：小托班
规则：每个幼儿拿一根钓鱼线，在规定时间内钓到鱼最多的获胜，可得小奖品。
@H2 text=2、沙画 | 2、沙画——负责人：托班教师；地点：小托班
规则：用各种工具在沙中作画，丰富幼儿想象力，体验沙画的乐趣。
@H2 text=3、车轮滚 | 3、车轮滚——负责人：托班教师； 地点：小托班
规则：用布类让幼儿连续做车轮滚，滚得快的获胜。
""",
        extra_phases=[dict(name="活动时间", start_text="5月31日上午9:00", end_text="11:30", at="一、活动时间："),
                      dict(name="游园活动", start_text="9:00", end_text="10:30", at="2、游园活动"),
                      dict(name="聚餐活动", start_text="10:50", end_text="11:30", at="3、聚餐活动")],
    ),
    dict(
        name="fresh43_04_school_dragon_boat_festival_activity",
        source="https://huhuixin.com/wendang/218327.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('关于学校策划书(精选16篇)'): a school's (class) Dragon Boat Festival "
               "activity plan. The collection title, posting line, editor's blurb and the sample number '篇1:' were dropped; "
               "the sample's own title '学校端午节策划书' is the title line.",
               "Label headings end in '：' (一、活动背景：), one without it (五、活动方案). 二、活动目的 has four numbered "
               "aims '1.…。', labelled items (goals). 三、活动时间 (phases, other accepted) has the value '端午节前两天', an "
               "optional overall time with a relative start and no end.",
               "Under 五、活动方案 the stage '第一阶段：活动准备' (level 2, a phase without dates) holds three lines numbered "
               "'一、二、三、' — the 一、 class below a 第一阶段 line, labelled items at level 3. The page ends with the bare "
               "fragment '第二', which was dropped."],
        units=[],
        text="""\
@T | 学校端午节策划书
@H1 sec=background alt=guidance | 一、活动背景：
让学生了解各地端午节的风俗、节日的渊源和庆祝方式以及其中的文化内涵；体会班级是一个大家庭，成员应相互关心；增强学生爱父母、爱家乡、爱祖国的感情，让节日真正带来快乐与幸福。
@H1 sec=goals alt=guidance | 二、活动目的：
@I2 | 1.初步了解端午节的名称、起源及节日风俗习惯。
@I2 | 2.通过了解家乡过端午节的风俗习惯，激发学生热爱家乡、热爱祖国的情感，体会家庭欢乐、生活甜美的幸福。
@I2 | 3.通过对节日的了解使学生感受中国文化的特点。
@I2 | 4.培养学生搜集，整理，比较，分析和运用资料的能力以及语言概括和表达能力。
@H1 sec=phases alt=other | 三、活动时间：
端午节前两天
@H1 sec=other alt=measures | 四、活动准备：
把学生分成4组，按课题收集各地端午节的习俗和相关资料。
@H1 sec=phases | 五、活动方案
@H2 phase=活动准备;; | 第一阶段：活动准备
@I3 | 一、搜集有关端午节的名称、由来、端午节的传说故事等等。
@I3 | 二、调查访问身边的长辈，了解家乡过端午节的风俗习惯。
@I3 | 三、端午节故事演讲。
""",
        extra_phases=[dict(name="活动时间", start_text="端午节前两天", end_text=None, at="端午节前两天")],
    ),
    dict(
        name="fresh43_05_township_government_2021_halfyear_summary",
        source="https://m.wenke99.com/p-8558295.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township government's summary of the first half of 2021 (name masked as 某乡 in the title), from a "
               "document-sharing page that runs everything into one block; the category word after the title ('工作总结') "
               "and the repeated title were dropped. The source's mask '以.为统领' is kept.",
               "Structure: 一、… (level 1, achievements), then an unnumbered run-in part title '项目建设大推进。…' (level 2), "
               "then '一是…。' and '二是…。' points. The page ran them together; they were put on their own lines because "
               "each point is a titled paragraph of several sentences (title sentence plus body), so they are labelled "
               "level-3 run-in headings. The page ends inside 二是 ('…土地和房屋，')."],
        units=["乡党委政府"],
        text="""\
@T | 2021年上半年某乡政府工作总结
今年以来，乡党委政府以.为统领，落实区三大战略和建设三个荷塘的要求，抓住十二五开端的新机遇，把各项工作推上新台阶，基本做到时间过半、任务过半。
半年来，全乡完成国内生产总值1.32亿元，同比增长5.3%；固定资产投资5620万元，同比增长12%；农民人均可支配收入5946元，同比增长7%。
@H1 sec=achievements | 一、真抓实干，区域经济态势喜人
@H2 text=项目建设大推进 | 项目建设大推进。抓项目就是抓发展，乡党委政府对每个项目安排一名领导、一班人马，攻坚克难，服务好八大项目建设。
@H3 | 一是开发婆仙岭，打造荷塘映象三星生态度假中心。积极招商，引进韩国三星集团和江苏光泽集团有限公司，双方已就联合开发婆仙岭风景区达成共识，投资协议正在商谈，并在株洲成立湖南苏湘投资集团有限公司运营项目，租赁亭子前村110亩荷花基地作为景点，与区人民政府签了框架投资协议，规划正在设计。
@H3 | 二是服务荷塘大道拓宽改造工程建设。全面调查了项目涉及的土地和房屋，
""",
    ),
    dict(
        name="fresh43_06_town_agriculture_halfyear_summary",
        source="https://m.wenke99.com/p-5832573.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's half-year agriculture summary (20xx, masked figures 'xx'), from a document-sharing page that "
               "runs everything into one block; the page title with its tag ('-总结') was dropped, the document's title kept.",
               "The source's '（一）' stands alone with no title (lost in conversion); it is labelled as a heading with "
               "text '（一）', level 2.",
               "The three '1、…' lines are run-in headings at level 3 (achievements). In '2、强化农业园区管护。一是…；二是…' the "
               "一是/二是 points are short clauses of one sentence separated by '；' and stay inside the line (not labelled), "
               "unlike fresh43_05 where each 一是 point is a paragraph. The line '1、连续加大园区基础设施投入，…。' has no "
               "title sentence of its own; its text is the whole first sentence by the rule.",
               "The page ends inside 3、 ('（其中：xx村500亩'). The superior bodies in the opening (镇党委政府 leads, 县农业局 "
               "guides) are not listed as units."],
        units=[],
        text="""\
@T | 乡镇20xx年农业半年工作总结
上半年，在镇党委政府领导和县农业局指导下，我镇围绕扶贫攻坚和农业园区建设，打造农旅结合的都市农业，加大基础投入，培育新型农业主体，发展农村集体经济，促进农业增效、农民增收。现将上半年工作总结如下：
@H1 sec=achievements | 一、工作开展状况
@H2 | （一）
@H3 | 1、连续加大园区基础设施投入，整合各种资金，结合漂亮乡村建设进一步完善园区基础设施建设，全力打造农旅一体化园区。
@H3 text=2、强化农业园区管护 | 2、强化农业园区管护。一是组织种植户全面清理核心区内杂草；二是加强对地理标识的保护，组织核心区葡萄协会、合作社统一思想、诚信经营，统一规范葡萄包装箱的设计、规格、名称和价格，杜绝各自为阵。
@H3 text=3、打造南极扶贫生态示范园 | 3、打造南极扶贫生态示范园。今年以村集体经济组织形式流转土地xx亩，种植高山xx号葡萄苗xx万株，（其中：xx村500亩
""",
    ),
    dict(
        name="fresh43_07_town_2013_halfyear_summary",
        source="http://www.baywatch.cn/gongzuozongjie/gongzuozongjiefanwen/25529.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's 2013 half-year summary and plan (the title promises 及打算; only the first part is visible). The "
               "site's repeated title line was dropped.",
               "Figures are in the opening paragraph (body). 一、上半年的主要工作情况 (achievements) holds run-in headings "
               "'（一）工业发展后劲十足。…', level 2. The page ends inside （二） ('…全面完工、平'); the source's stray '-' before "
               "'九洪' is kept."],
        units=["镇党委、政府"],
        text="""\
@T | 乡镇上半年工作总结及打算
2013年是加快发展、奋力崛起的关键一年。开年以来，镇党委、政府在区委、政府领导下，围绕“工业强镇、农业富镇、三产活镇、生态立镇”战略和“三建三带”抓手，真抓实干，重点工程取得突破。截至6月底，完成国地两税848万元，占全年任务1550万的55%；完成社会固定资产投资6035万元，占上半年目标5500万元的110%；实现规模工业产值6亿元、增加值1.98亿元；引进1亿元以上项目1个，到位资金0.7亿元；新培育限额以上服务业企业1户。
@H1 sec=achievements | 一、上半年的主要工作情况
@H2 | （一）工业发展后劲十足。昊华鸿化迁建项目顺利推进，项目区入场道路黑化、排水和临时施工通道已建成；32栋1526套安置房主体完工，预计7月初分批交付。新培育规模企业联发皮革厂，引进华能电器和驾校2户企业，继续打造“润博士”“太源井醋业”等品牌。
@H2 | （二）农业发展稳步提升。做好抗旱保春耕，确保粮食安全；沿S305线和王九路两侧建成健康水产无公害蔬菜产业带2000亩、经果林产业带3000亩，发展规模林下养鸡2户；整治病险水库3个，新增变压器2台，-九洪自来水集中供水管网工程全面完工、平
""",
    ),
    dict(
        name="fresh43_08_district_health_bureau_halfyear_summary",
        source="https://guanlizhe.com/zongjie/bannianzongjie/169960793316170.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('2023年卫生局上半年工作总结(十五篇)'): a district health bureau's "
               "half-year summary (district masked 'xx'). The collection title, posting line and the sample line '第1篇 … "
               "1850字' were dropped; the sample's title is the title line.",
               "Three levels: 一、上半年主要工作 (achievements), （一）医改工作稳步推进 (a bare heading with a body "
               "paragraph), and '1、政策措施。一是注重组织保障。…二是…；三是…；四是…' at level 3 (text set by hand to the "
               "part title). The 一是…四是 points run inside the one paragraph in the source and are not labelled.",
               "The page ends inside 四是 ('…坚持把医改政策要求')."],
        units=["区卫生局"],
        text="""\
@T | 2023年卫生局上半年工作总结
今年是深入推进新医改的关键之年，也是xx规划的开局之年。半年来，xx卫生工作围绕区委、区政府“高位求进，跨越发展”的总体要求，突出“招大引强年，环境创优年，四个大会战”，深化医药卫生体制改革，推进基本公共卫生服务均等化，建设和谐医患关系，提高重大疫情和突发公共卫生事件的应急处置能力。
@H1 sec=achievements | 一、上半年主要工作
@H2 | （一）医改工作稳步推进
今年是医改三年目标的最后一年，任务繁重。我们围绕群众健康权益和看病就医的突出问题，用改革办法解决发展中的矛盾，成效明显。
@H3 text=1、政策措施 | 1、政策措施。一是注重组织保障。原来全区医改小组办公室设在区发改委，许多工作难以落实；今年3月市医改督查后，将医改领导小组办公室移到区卫生局，增设编制3人。二是注重政策落实。区政府组织成员单位外出学习后，印发了《xx区医药卫生体制五项重点改革xx年度工作安排》；三是注重资金支持。区财政安排x万元综合配套资金，公共卫生按辖区人口x元/人年预算，保障医改推进；四是注重调查研究。坚持把医改政策要求
""",
    ),
    dict(
        name="fresh43_09_city_gardens_bureau_policy_research_summary",
        source="https://m.588k.com/bgzj/gzzj/745781.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a city municipal-and-gardens bureau's summary of its political-work "
               "research (政研) for the past year with next year's first ideas. Breadcrumb, posting line, blurb and the "
               "sample line '第一篇：…' were dropped.",
               "Two title lines: the store broke the title after '2007政' ('市政园林局200X年政研工作总结及2007政' / "
               "'研工作初步思路'); both are title lines and the title is their join.",
               "The site's quotation marks '‚…‛' (for “…”) are kept as the page shows them. The lead-in '…这集中体现在四个‚新‛"
               "字上：' is body; the points '（一）政治理论学习有新的提高。…' are run-in headings at level 2. The page ends "
               "inside （一）."],
        units=["局政研会"],
        text="""\
@T | 市政园林局200X年政研工作总结及2007政
@T | 研工作初步思路
为总结政研工作经验、推广政研成果、推动市政园林中心工作，现对去年局政研工作作一总结，并结合实际提出进一步加强思想政治工作研究的意见。
@H1 sec=achievements | 一、一年来市政园林政研工作回顾
一年来，局政研会以‚三个代表‛重要思想为指导，围绕局党委确定的‚围绕一条主线、突破两个难点、落实‘三个精心’‛的工作思路，开展了一系列主题鲜明、形式多样的研讨活动，发挥了组织协调、分类指导和参谋助手作用。这集中体现在四个‚新‛字上：
@H2 | （一）政治理论学习有新的提高。我们以创建学习型组织为龙头，推进党员干部的思想理论建设；年初根据上级政研会部署，制定了局政研会2006年工作计划，明确了思想政治工作的任务和研讨
""",
    ),
    dict(
        name="fresh43_10_district_health_commission_2023_summary",
        source="https://laojin123.com/article/164217.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first document of a compilation page ('卫生健康局2023年工作总结汇编(5篇)'): a district health bureau's "
               "2023 summary and 2024 plan (district masked 'XX'). The compilation title and its table of contents were "
               "dropped; the site's watermark paragraph ('老金范文，…润笔请加微：liaoda199。') that the page prints at the top "
               "is kept as the first line, never labelled.",
               "The opening paragraph lists the year's figures (body). 一、工作总结 (achievements) is followed by the run-in "
               "'（一）医院建设全面提速提效。…' at level 2; the page ends inside it ('…深大口腔医'). The source's '学习贯彻主席新"
               "时代…' (a word removed by the site) is kept in the rewritten body."],
        units=["区卫生健康局"],
        text="""\
老金范文，海量公文素材资料，下载网址：www.laojinfanwen.com，润笔请加微：liaoda199。
@T | 区卫生健康局2023年工作总结和2024年工作计划
2023年，我局学习贯彻党的二十大精神，开展学习贯彻主席新时代中国特色社会主义思想主题教育：开工5个医院建设项目，5个医院项目主体结构封顶；市中西医结合医院“国考”排名全国同类医院第9，区妇幼保健院、区中医院排名全省同类区县级医院第一；新增1个国家特色专科；5家社康机构通过国家“优质服务基层行”评审；在全市率先出台《XX区关于加快卫生健康事业高质量发展行动方案》“1+4”文件，围绕4大板块、58条措施推动卫生健康事业高质量发展。
@H1 sec=achievements | 一、工作总结
@H2 | （一）医院建设全面提速提效。开工5个医院建设项目（福永二期、松岗二期、市人民医院XX医院、深大口腔医院、市中医院针灸推拿分院）；推进4家市属医院（市人民医院XX医院、南方医科大XX医院二期、深大口腔医
""",
    ),
    dict(
        name="fresh43_11_college_reading_month_activity",
        source="https://max.book118.com/html/2021/0102/8020123065003033.shtm",
        doc_kind="activity_plan", partial=True,
        notes=["A college youth league committee's 2013 reading-month plan (主办：院团委), from a document-sharing page that "
               "runs the converted .docx into one block; the file name line was dropped. The title shows as '校园读书月 划 书' "
               "(the character 策 lost and the spacing of the original); it is the title line as shown.",
               "The key-value lines 主办/承办/协办 under the title and the table of contents (kept as one line starting "
               "'目 录', as the page has it) are not labelled.",
               "The first two headings lost their numbering in conversion ('活动目的及意义', '活动主题' without 一、二、), the "
               "rest keep it ('三、活动时间' …): both unnumbered lines are level-1 headings. '1、 目的' and '2、 意义' (space "
               "after 、) are level-2 headings; the two '（1）…' statements under 意义 are items.",
               "三、活动时间 holds '2013年4月1日 4月30日' (the dash lost): an optional overall period. 四、活动组织 is "
               "responsibilities (key-value lines as body), 五、活动要求 requirements (four unnumbered sentences, body), "
               "六、活动内容 goals (measures accepted) with the activity title '1、“读书月”开幕式暨“迎接世界读书日 活动启动仪式' "
               "(unclosed quote, as in the source) as a level-2 heading; the truncated '2、 阅读经典著作，举办知' was dropped."],
        units=["院团委", "院学生会", "各系部分团委学生会"],
        text="""\
@T | 校园读书月 划 书
主办：院团委 承办：院学生会 协办：各系部分团委学生会
目 录 一、 活动目的及意义 二、 活动主题 三、 活动时间 四、 活动组织 五、 活动要求 六、 活动内容 七、 附件：（1）活动策划 （2）宣传方案与活动人员 配置
@H1 sec=goals alt=guidance | 活动目的及意义
@H2 | 1、 目的
迎接2013年4月23日“世界读书”日，引导和鼓励大学生走进图书馆和自习室，与书为友，养成多读书、读好书的习惯。
@H2 | 2、 意义
@I3 | （1） 通过丰富多彩的校园文化活动，丰富校园内涵，浓厚育人氛围，提高大学生综合素质，促进良好学习、生活习惯的养成和班级成员的团结互助。
@I3 | （2） 让大学生活始终充满阳光和乐趣。人人参与，增强班级凝聚力，发挥学生干部的带头作用，形成校园良好的学习氛围，让学风建设和思想政治工作走进每一个班级。
@H1 sec=other | 活动主题
“与书为友，悦读人生”
“与经典同行，为生命阅读”
“读书使青春展翅，知识让生命飞翔”
@H1 sec=phases alt=other | 三、活动时间
2013年4月1日 4月30日
@H1 sec=responsibilities | 四、活动组织
主办：院团委
承办：院学生会
协办：各系部分团委学生会
@H1 sec=requirements | 五、活动要求
学校各学生组织做好“读书月”的宣传，办好读书月活动。
班干部带头做好导读，认真组织各种形式的读书活动。
每个班级制定读书活动计划，引导学生在双休日读一定量的书、多看新闻，养成良好习惯。
各班开展摘抄、写日记、写随笔等小型读书活动，让读书成为习惯。
@H1 sec=goals alt=measures | 六、活动内容
@H2 | 1、“读书月”开幕式暨“迎接世界读书日 活动启动仪式
""",
        extra_phases=[dict(name="活动时间", start_text="2013年4月1日", end_text="4月30日", at="2013年4月1日 4月30日")],
    ),
    dict(
        name="fresh43_12_rural_village_cleaning_summer_campaign_notice",
        source="https://www.damishu.cn/article/326411.html",
        doc_kind="scheme", doc_kind_alt=["plan", "activity_plan"], partial=True,
        notes=["A notice of a (Yinchuan) city office for rural living-environment work arranging the 2021 summer campaign "
               "of the village-cleaning action, filed by the site under 工作计划; the notice carries the campaign's "
               "arrangements (活动时间, 重点任务), so it is labelled as a scheme (plan and activity plan accepted). The site's "
               "desktop-shortcut panel and posting line were dropped; its paywall line '解锁后支持完整在线阅读…' is kept as "
               "the last line, never labelled.",
               "The addressee line is body. 一、活动时间 (phases, other accepted) has the value '2021年5月-7月。' on the next "
               "line: an optional overall period. 二、重点任务 (goals, measures accepted) has a lead-in body paragraph and "
               "run-in headings '（一）…。…' at level 2; the page cuts （二） inside its title ('…“四乱”现'), kept as a bare "
               "heading fragment.",
               "The superior plans cited in the opening are not phases; the issuing office is not named on the page, and "
               "the county-level offices addressed only implement, so no unit is listed."],
        units=[],
        text="""\
@T | 关于开展村庄清洁行动夏季战役的通知
各县（市）区改善农村人居环境工作领导小组办公室：
为贯彻习近平总书记关于改善农村人居环境的重要指示精神，落实自治区和银川市委政府的工作部署，按照《宁夏村庄清洁提升行动实施方案（2021-2025年）》《银川市农村人居环境整治提升五年行动2021年工作方案》的要求，开展村庄清洁提升行动“夏季战役”，现将有关事项通知如下。
@H1 sec=phases alt=other | 一、活动时间
2021年5月-7月。
@H1 sec=goals alt=measures | 二、重点任务
围绕乡村建设行动，借鉴浙江“千万工程”经验，在“立足清、聚焦保、着力改、促进美”上下功夫，建设环境美、田园美、村庄美、庭院美的“四美”农村。
@H2 | （一）全面清理农村生活垃圾。各县（市）区因地制宜，发动农民群众集中整治村庄主干道路和环境“脏乱差”问题，在“五清”基础上由“清脏”向“治乱”、由村庄面上向庭院和村庄周边拓展，重点清理人流密集区域、交通要道两侧、村内巷道和房前屋后的柴草杂物、生活垃圾和建筑垃圾。
@H2 | （二）全面整治农村“四乱”现
解锁后支持完整在线阅读或下载编辑海量优质内容资源
""",
        extra_phases=[dict(name="活动时间", start_text="2021年5月", end_text="7月", at="2021年5月-7月。")],
    ),
]
