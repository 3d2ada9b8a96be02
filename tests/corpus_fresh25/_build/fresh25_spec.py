# -*- coding: utf-8 -*-
"""The twenty-fifth held-out fresh set: real Chinese schemes, notices and
activity plans whose visible part carries DATED steps, written in varied
places and forms (run-in stage headings with month ranges, 中旬 / 下旬 ends,
ranges across two years, a damaged year, lunar-calendar dates 年初一至初七,
masked years 20xx / ** / 最新或2022（历届）年, dates inside a body sentence,
value rows 活动时间：… under activity headings, a deadline-only sign-up row).
Writers from sectors the earlier sets cover little: a city's and an
autonomous prefecture's environmental-protection action groups, a city
library, a county federation of trade unions, a city cultural-relics office
(museum day), a library's reading-month plan, a company's trade union, a
township, a town and a village; found as stored public web pages with the
`search` tool's `pages` corpus.  None of the source pages is a source of the
label files listed in /work/fresh25/used_sources.tsv, and no title repeats
one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, sample numbers, attachment lists) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.  Short value lines (themes,
  places, organisers, schedule rows) are kept as the page has them.

Marker syntax: see fresh_build/build.py.
"""

FRESH25_DOCS = [
    dict(
        name="fresh25_01_city_environmental_action_schedule_page",
        source="https://code.fabao365.com/law_182549_3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a city's 2009 environmental-protection special action scheme (市环保专项行动领导小组, reporting "
               "to the autonomous region's group) on a law-text site; the page starts with the site's continuation "
               "marker '[接上页]', kept on its own line as page debris and never labelled. The store ran the whole page "
               "together; headings were put on their own lines.",
               "'（五） 切实加强动态报告工作' is the last point of a section whose level-1 heading (三、) is on an earlier "
               "page: level 2 with level 1 accepted, requirements with measures accepted. The page separates it from "
               "its body by a space only; the heading text is set by hand.",
               "四、时间安排 holds four stages dated by bare months: '（5月）' (a single month, start only), "
               "'（5月-8月）', '（8月-11月）' with an ASCII hyphen, and '（11月）'. The report dates inside the stage "
               "bodies ('6月底和7月底', '10月30日前', which contradicts the 11月 stage) are deadlines, not phases."],
        units=["环保专项行动领导小组办公室", "各县（市、区）环保专项行动领导小组", "市环保专项行动领导小组"],
        text="""\
[接上页]
@H2 sec=requirements alt=measures lvlalt=1 text=（五）~切实加强动态报告工作 | （五） 切实加强动态报告工作 环保专项行动领导小组办公室指定专人管理专项行动信息，通过国家环保总局的《环保专项行动信息管理系统》报送；领导小组每周出两期简报报自治区环保专项行动领导小组办公室，按期报阶段报告，重要情况、难点问题、重点污染问题和典型案件随时上报。
@H1 sec=phases | 四、时间安排
@H2 phase=动员部署阶段;5月; | （一）动员部署阶段（5月）
各县（市、区）环保专项行动领导小组结合本地情况确定整治重点、制定实施方案，完成动员部署。
@H2 phase=摸底和集中整治阶段;5月;8月 | （二）摸底和集中整治阶段（5月-8月）
各县（市、区）组织有关部门集中检查“两高一资”、钢铁、涉砷行业企业，对饮用水源保护区整治措施开展后督察，集中整治城镇污水处理厂和垃圾填埋场的环境问题，并于6月底和7月底各报一次阶段性报告。
@H2 phase=督查阶段;8月;11月 | （三）督查阶段（8月-11月）
市环保专项行动领导小组分成若干小组，到各县（市、区）督查专项行动。
@H2 phase=总结阶段;11月; | （四）总结阶段（11月）
各县（市、区）总结专项行动，写出2009年环保专项行动工作总结，10月30日前报市环保专项行动领导小组办公室；市领导小组据此对各县（市、区）考核。
""",
    ),
    dict(
        name="fresh25_02_prefecture_environmental_action_steps_page",
        source="http://fsou.com/html/text/lar/173791/17379122_3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of an autonomous prefecture's 2011 environmental-protection special action scheme (州环保专项行动"
               "领导小组, 各县（市、口岸）) on a law-text site; the page starts at the first stage, so the step section's "
               "level-1 heading (四、…) is not visible: the four stages are level 2 with level 1 accepted.",
               "Stages numbered with the enclosed ㈠㈡㈢㈣ followed by a space, each a heading line ending in '。' with its "
               "body on the next line. Dates: '（4月-5月中旬）' (a 旬 as the end), '（5月下旬-8月）' (a 旬 as the start), "
               "'（9月）', '（10月）' (single months, start only).",
               "Deadlines inside the stage bodies ('2011年5月20日前', '每月10日、20日前', '2011年6月10日、8月10日前', "
               "'10月20日前') are report dates, not phases. The page ends inside ㈠ of 五、 ('…紧紧围')."],
        units=["各县（市、口岸）环保专项行动领导小组", "州环保专项行动领导小组办公室（州环保局）", "自治州专项行动领导小组"],
        text="""\
@H2 sec=phases lvlalt=1 phase=动员部署阶段;4月;5月中旬 | ㈠ 动员部署阶段（4月-5月中旬）。
各县（市、口岸）环保专项行动领导小组结合实际确定本辖区整治重点、制定实施方案，完成动员部署；部署情况和实施方案于2011年5月20日前报州环保专项行动领导小组办公室（州环保局）。
@H2 sec=phases lvlalt=1 phase=全面排查和集中整治阶段;5月下旬;8月 | ㈡ 全面排查和集中整治阶段（5月下旬-8月）。
各县（市、口岸）按自治州的部署，组织有关部门集中检查、整治污染减排重点企业、重金属排放企业、对生态影响较大的建设项目和环境风险隐患企业的违法问题，查处一批典型案件；每月10日、20日前报进展，2011年6月10日、8月10日前分别报重金属企业整治和建设项目专项检查情况。
@H2 sec=phases lvlalt=1 phase=督查阶段;9月; | ㈢ 督查阶段（9月）。
自治州专项行动领导小组督查全州专项行动开展情况，并为自治区来州督查做好准备。
@H2 sec=phases lvlalt=1 phase=总结阶段;10月; | ㈣ 总结阶段（10月）。
各县（市、口岸）总结专项行动的成效和不足，提出长效管理措施，10月20日前将总结报告报自治州专项行动领导小组办公室。
@H1 sec=requirements alt=measures | 五、工作措施和要求
各县（市、口岸）落实自治州部署，结合本地减排、重金属污染、风险防范和生态保护工作，确定重点区域和行业，加大整治力度。
@H2 | ㈠ 加强组织领导。各县（市、口岸）把整治违法排污企业保障群众健康环保专项行动当作一项重要工作，切实加强组织领导，紧紧围
""",
    ),
    dict(
        name="fresh25_03_city_library_world_reading_day_series",
        source="http://bbs.xichangzx.com/showtopic-6085.aspx",
        doc_kind="activity_plan", partial=True,
        notes=["A city library's (西昌市图书馆) plan for its 4·23 World Reading Day series, posted on a forum. The page "
               "opens with the image banner words '世界' / '读书日', dropped as banner text; the two title lines "
               "are kept as the page breaks them. The masking '*代会' of the source is kept in the lead-in.",
               "The dates have lost their year on the page ('年4月23日15:30-16:00', '年4月23日启动'): kept as written. "
               "Each dated activity heading is followed by a '活动时间：…' value row; the phase sits on the heading "
               "line with the date from the next line (start only; the clock times and '启动' are not copied, as "
               "fresh17_09 does). '4?23' in （二） is the page's damaged middle dot, kept.",
               "（三）绘本小剧场进社区活动 runs '全年' and lists a date per place on its 活动地点 row (4月19日 to 4月23日 at "
               "five places): these are stops, not a phase. The page ends inside （三） ('具体').",
               "The 主办单位 / 承办单位 rows under （二） are value rows, not headings."],
        units=["西昌市图书馆", "西昌市文化广播电视和旅游局", "西昌市总工会", "中国图书馆学会", "国家图书馆"],
        text="""\
@T | 西昌市图书馆开展4·23世界读书日
@T | 系列特色全民阅读活动
为贯彻凉山州第九次*代会和西昌市第十次*代会精神，丰富文明城市内涵，推进书香城市建设，营造全民爱读书的氛围，西昌市图书馆在第27个“世界读书日”之际策划了一组全民阅读活动，安排如下：
@H1 sec=other | 一、主题
“4·23世界读书日”系列特色全民阅读推广活动
@H1 sec=phases alt=other | 二、时间
“4·23世界图书日”为系列活动的启动日，系列活动将贯穿全年持续开展。
@H1 sec=responsibilities | 三、组织机构
主办单位：西昌市文化广播电视和旅游局、西昌市总工会
承办单位：西昌市图书馆
@H1 sec=phases alt=goals | 四、活动安排
@H2 phase=阅读挑战赛颁奖仪式、阅读打卡活动启动仪式;年4月23日; | （一）第七届“书香西昌梦圆月城”阅读挑战赛颁奖仪式、第八届“花说西昌”阅读打卡活动启动仪式
活动时间：年4月23日15:30-16:00
活动地点：西昌市图书馆正门口、少儿服务部
具体内容：请第七届阅读挑战赛的获奖者到场领奖，并当场启动第八届“花说西昌”阅读打卡活动。
@H2 phase=“给读者的一封邀请信”主题活动;年4月23日; | （二）联合开展4?23世界读书日“书籍，春风，还有你——给读者的一封邀请信”主题活动
活动时间：年4月23日启动
主办单位：中国图书馆学会、国家图书馆
承办单位：西昌市图书馆
具体内容：读书日当天，中国图书馆学会、国家图书馆和参加的各级图书馆在各自的新媒体平台上向公众发出邀请信，请读者走进图书馆、爱上阅读。
@H2 | （三）绘本小剧场进社区活动
活动时间：全年
活动地点：4月19日（周二）时代广场阅读馆、4月20日（周三）宁远书城、4月21日（周四）柳树林、4月22日（周五）邦泰社区、4月23日（周六）汉城社区
具体
""",
    ),
    dict(
        name="fresh25_04_county_trade_union_may_day_notice",
        source="https://www.dawenxue.cn/fanwen/tongzhi/743/743800.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A county federation of trade unions' (钟山县总工会) notice of its May Day activities, the first sample of "
               "a collection page ('工会五一活动通知（通用3篇）'); the page title, the collection line and the sample "
               "number ('工会五一活动通知 篇1') were dropped. The sample has no title line, so title is null; the "
               "addressee line is not labelled.",
               "The dates sit inside body sentences, not in the headings: '县总工会初定于4月20—22日开展…' under 一、 "
               "(start '4月20' without 日, end '22日', as fresh17_12 labels '3月2——6日') and '拟定于4月24日—4月26日，"
               "对全县33名…劳模进行走访慰问' under 二、. Each phase sits on its activity heading with the date from "
               "the next line. 三、 is undated.",
               "The activity headings are the notice's content points: goals with phases and measures accepted. The "
               "page ends inside 三、's list of units ('…县自来水公司经营')."],
        units=["县总工会"],
        text="""\
各基层工会：
为庆祝“五一”国际劳动节，展示全县劳动者建设新钟山、发展钟山经济的业绩和劳模奋发向上、开拓创新的风采，弘扬广西精神，激励广大劳动者为建设平安宜居富裕幸福新钟山再立新功，特组织本次活动。
经请示县委同意，县总工会决定“五一”期间开展一系列庆祝活动，请各基层工会组织职工踊跃参加。有关事项通知如下：
@H1 sec=goals alt=phases,measures phase=职工庆“五一”气排球赛;4月20;22日 | 一、举办钟山县第五届职工庆“五一”气排球赛
为活跃机关干部职工的业余文化生活、推进企业文化建设、增强工会活力，县总工会初定于4月20—22日开展庆“五一”气排球比赛，报名方式和时间另行发文通知。
@H1 sec=goals alt=phases,measures phase=“关爱劳模”慰问活动;4月24日;4月26日 | 二、开展“关爱劳模”慰问活动
为体现党和政府对劳模的关爱，营造学习、尊重、关爱、崇尚劳模的风气，县总工会拟定于4月24日—4月26日，对全县33名全国、自治区、市劳模进行走访慰问。
@H1 sec=goals alt=phases,measures | 三、开展以“弘扬劳模、尊重劳动”为主题的系列宣传活动
节日期间借助新闻媒体宣传各行业为建设新钟山作出贡献的先进集体和人物，烘托劳模精神和创业精神，鼓励职工尊重劳动、勤奋劳动、诚实劳动、创新劳动。
活动宣传的先进集体：县环卫站清扫班、县自来水公司经营
""",
    ),
    dict(
        name="fresh25_05_city_museum_day_publicity_plan",
        source="http://chacila.com/jingyan_22527360Cd7D933E",
        doc_kind="activity_plan", partial=True,
        notes=["A city's plan for International Museum Day publicity (市博物馆, the 综合科 and 文物科 of the responsible "
               "office), on an advice site; the update line was dropped. The page heading is the title line. Place "
               "and battle names are masked in the source ('**战役纪念馆', '**区', '**日报', '**年') and kept so.",
               "3、时间安排 holds only the overall period '**年5月16日至5月18日' on its value row: optional. The one dated "
               "activity has its date inside the body sentence of a run-in heading: '广场集中宣传。5月18日，市博物馆广场…' "
               "(a single day, start only). The other run-in activity headings under 5、活动内容 are undated.",
               "The speaker's name in 举办专题讲座 was dropped. The 6、职责分工 lines ('…，由综合科负责。') are task lines "
               "of the division of labour, kept as body and not labelled."],
        units=["综合科", "文物科", "市博物馆"],
        extra_phases=[dict(name="博物馆日宣传活动", start_text="**年5月16日", end_text="5月18日", at="**年5月16日至5月18日")],
        text="""\
@T | 博物馆日策划方案
@H1 sec=other | 1、活动主题
博物馆与有争议的历史：博物馆讲述难以言说的历史。
@H1 sec=goals alt=guidance | 2、活动目标
直面难以接受的历史、接纳有争议的过去，增强博物馆的社会服务意识，让博物馆在弘扬革命精神、传承优秀传统文化和社会主义核心价值观方面发挥更大作用。
@H1 sec=phases alt=other | 3、时间安排
**年5月16日至5月18日。
@H1 sec=other | 4、活动地点
市博物馆广场、**战役纪念馆、**区政府门前、**区宣传文化中心。
@H1 sec=goals alt=measures | 5、活动内容
@H2 phase=广场集中宣传;5月18日; text=广场集中宣传 | 广场集中宣传。5月18日，市博物馆广场、**战役纪念馆、**区政府门前、**区宣传文化中心同时开展集中宣传，设彩虹门和咨询台，悬挂主题横幅，发放资料，宣传博物馆在历史发展中的作用。
@H2 text=新闻宣传活动 | 新闻宣传活动。借助电视、网络集中宣传文物法规和博物馆日系列活动，并在**日报开设专版。
@H2 text=做好博物馆免费开放 | 做好博物馆免费开放。国有博物馆集中做好开放，重点办好纪念**战役胜利70周年和建军90周年的参观展览，照顾好中小学生和残疾人；非国有博物馆结合自身情况举办专题展览。
@H2 text=举办专题讲座 | 举办专题讲座。市博物馆围绕主题，在学术报告厅请泰山学院的研究人员讲《泰山封禅文化之谜》。
@H1 sec=responsibilities | 6、职责分工
市、区博物馆日宣传活动具体分工如下：
新闻报道、讲座专家接送和接待服务，由综合科负责。
广场宣传的布置、材料发放和参观人员组织，由文物科负责。
""",
    ),
    dict(
        name="fresh25_06_library_reading_month_plan",
        source="https://360docs.net/doc/862264797.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A library's ('xx图书馆', masked in the source) plan for its sixth '三秦书月' reading month, on a "
               "document-sharing site; the site's 'collection download' line and its three disclaimer lines were "
               "dropped. The page heading is the title line.",
               "三、活动时间 holds the overall period '4月23日—5月22日' on a value row (optional). Under 四、活动内容 the "
               "first activity carries its own period on a '活动时间：4月15日—5月30日' value row two lines below the "
               "heading (placed by extra_phases on that row); it runs longer than the overall period, as the page has "
               "it. The page ends inside the second activity's body ('…进学校、进军队').",
               "The title says 2020年度 while the body speaks of the 20th World Reading Day (2015): kept as the page has it."],
        units=["xx图书馆", "采编部", "流通部", "阅览与少儿部", "办公室"],
        extra_phases=[dict(name="三秦书月", start_text="4月23日", end_text="5月22日", at="4月23日—5月22日"),
                      dict(name="百种优秀图书推荐", start_text="4月15日", end_text="5月30日",
                           at="活动时间：4月15日—5月30日", optional=False)],
        text="""\
@T | 2020年度全民阅读活动方案
为推进学习型社会建设，xx图书馆按上级要求发挥公共图书馆的社会职能，在全市开展第六届“三秦书月”全民阅读系列活动，倡导市民多读书、读好书。
@H1 sec=goals alt=guidance | 一、活动目的
通过系列活动弘扬尊重知识、崇尚文明的阅读理念，引导市民了解、走进和利用图书馆，养成阅读习惯，发挥图书馆在社会教育、文化传播和学习型组织建设中的作用。
@H1 sec=other | 二、活动主题
丝路新起点阅读助腾飞
@H1 sec=phases alt=other | 三、活动时间
4月23日—5月22日
@H1 sec=goals alt=measures | 四、活动内容
@H2 | 1、百种优秀图书推荐
从馆藏中挑出百部爱国主义、国学和科普类优秀图书，用电子显示屏推荐书目，并在流通、阅览等窗口设专架展示。
活动时间：4月15日—5月30日
负责部门：采编部、流通部、阅览与少儿部、办公室
@H2 | 2、世界读书日宣传
在第二十个“世界读书日”到来之际，通过进机关、进企业、进社区、进学校、进军队
""",
    ),
    dict(
        name="fresh25_07_company_union_may_day_fitness_notice",
        source="http://m.99spj.com/wenku/cvbe/3m3lqOELDK",
        doc_kind="activity_plan", partial=True,
        notes=["A company trade union's (公司工会, a 市公司 with a 新城区办公楼) notice of a May Day fitness afternoon; the "
               "page starts at the salutation '同志们：' (not labelled) and shows no title line, so title is null. The "
               "signature labels '通知人：' / '日期：' are kept empty as the page has them.",
               "Two dated value rows with masked years: '20xx年4月28日（周二）13点整（暂定）。' under 一、活动时间： "
               "(the event, start only) and the sign-up row '报名时间：20xx年4月24日下班前' under 六、报名要求, a "
               "deadline-only step (end only, '下班前' kept as 前 is kept in the earlier sets). Both are placed by "
               "extra_phases on their rows.",
               "The label headings '一、活动时间：' … '五、活动要求：' end in a colon with the value on the next line; "
               "the four contest names under 四、活动项目： are headings over their rules lines."],
        units=["公司工会"],
        extra_phases=[dict(name="趣味健身活动", start_text="20xx年4月28日", end_text=None,
                           at="20xx年4月28日（周二）", optional=False),
                      dict(name="报名", start_text=None, end_text="20xx年4月24日下班前",
                           at="报名时间：20xx年4月24日下班前", optional=False)],
        text="""\
同志们：
“五一”国际劳动节快到了，为弘扬爱岗敬业精神、激发员工劳动热情、丰富文化生活，公司工会决定组织全体职工开展趣味健身活动，有关事项通知如下：
@H1 sec=phases alt=other | 一、活动时间：
20xx年4月28日（周二）13点整（暂定）。
@H1 sec=other | 二、活动地点：
市公司楼下
@H1 sec=other | 三、活动人员：
新城区办公楼各部门人员
@H1 sec=other alt=goals | 四、活动项目：
@H2 | 1、拔河比赛
三局两胜，每场由抽签选出两队对阵；每队6—8人，自由组队报名。
@H2 | 2、投篮比赛（男士项目）
限定时间内投中最多者胜。
@H2 | 3、跳绳比赛（单人跳绳）
1分钟内跳得最多者胜。
@H2 | 4、踢毽子比赛（女士比赛）
1分钟内踢得最多者胜。
@H1 sec=requirements | 五、活动要求：
活动以不影响工作为前提，职工自愿参加；每个项目按成绩评出一、二、三等奖和参与奖。
@H1 sec=other | 六、报名要求
参加者填写附件中的报名表。
报名时间：20xx年4月24日下班前
通知人：
日期：
""",
    ),
    dict(
        name="fresh25_08_township_culture_to_villages_plan",
        source="https://m.daumloan.com/p-517135284.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme", "plan"], partial=True,
        notes=["A township's ('乡上', '乡政府', 连儿湾学区) plan for bringing cultural activities to its villages in winter "
               "2011-12, on a document-sharing site whose preview shows the title, a debris line 'LT' and then a later "
               "page starting mid-word ('容送到村…'); a bare page number '3' stands before 三、. Both debris lines are kept "
               "and never labelled, like corpus-dev's page markers.",
               "'3、因地制宜，贴近实际。…' is the last principle of a section whose level-1 heading is not visible: level 2 "
               "with level 1 accepted, guidance.",
               "三、时间安排和主要任务 holds two run-in dated stages with ASCII hyphens: '（2011年11月20日-2011年12月20日）' and "
               "'（2012年12月21日-2012年2月10日）', whose start year is wrong on the page (it follows the first stage and "
               "should read 2011年12月21日); copied as written. The page ends at the start of a further paragraph of "
               "stage two ('连儿湾学区和中学要以班级为')."],
        units=["文化进村活动领导小组", "乡政府", "卫生院", "畜牧站", "电管站", "学区", "连儿湾学区"],
        text="""\
@T | 农村文体活动方案
LT
容送到村、社和农户家中。宣传形式要不断创新，用好地方文化资源，让送去的文化既有思想性又有艺术性，更有吸引力。
@H2 sec=guidance lvlalt=1 | 3、因地制宜，贴近实际。文化进村量力而行、稳步推进，不搞形式主义；内容和形式贴近群众、通俗易懂，多选群众关心的热点，使党员干部和农民在潜移默化中受到教育。
3
@H1 sec=phases | 三、时间安排和主要任务
@H2 phase=宣传动员阶段;2011年11月20日;2011年12月20日 | 1、宣传动员阶段（2011年11月20日-2011年12月20日）。乡上成立由乡党委书记任组长、乡长和副书记任副组长的文化进村活动领导小组，各支部和单位相应成立领导小组，宣讲十七届六中全会精神，动员党员群众参与并献计献策；各支部以活动为契机服务群众，健全制度，把学习教育和解决问题贯穿始终。
@H2 phase=全面实施阶段;2012年12月21日;2012年2月10日 | 2、全面实施阶段（2012年12月21日-2012年2月10日）。元旦期间，乡政府联合卫生院、畜牧站、电管站、学区等单位组织篮球、羽毛球、乒乓球、拔河和象棋、跳棋、踢毽子等比赛，表彰第一名，并为书法、剪纸设优秀作品奖；同时联系县直单位和爱心人士下乡送书、送科技、写春联、剪窗花。
连儿湾学区和中学要以班级为
""",
    ),
    dict(
        name="fresh25_09_town_spring_festival_activity_plan",
        source="https://m.pinggu.org/bbs/thread-12129235-1-1.html",
        doc_kind="activity_plan", partial=True,
        notes=["A town's (汤口, in the 黄山风景区) Spring Festival activity plan, posted on a forum; the page heading is the "
               "title line and the attachment-list line at the end was dropped. The page ends with a cut '（六 ...' "
               "fragment, dropped (nothing after it is represented).",
               "Dates in the lunar calendar, on the first item row under each activity heading: '年初一、初二' (start "
               "年初一, end 初二), '年初一至初七晚七点至九点' (年初一 to 初七), '年初一、初二、初三', '年初一至年初二' and "
               "'年初三早上8:30（女子）；年初三下午2:00（男子）' (a single day). Each phase sits on its activity heading "
               "with the date from the next line. The '1月30日前报送' inside an item of （二） is a deadline, not a phase.",
               "The site ran its page title into the text: '…由政务公开频道对外发布，乡镇春节活动方案' ends an item and "
               "the next line starts '。（三）舞龙贺新春表演'; the line is kept and labelled as the heading it is, with "
               "numbering （三） and the text set by hand. The activity details (time, place, unit, team rules) are items."],
        units=["汤口社区", "各村居", "镇文广站", "九龙瀑舞龙队", "山岔村", "冈村"],
        text="""\
@T | 乡镇春节活动方案
@H1 sec=goals alt=phases,measures | 一、春节活动项目
@H2 phase=春节农夫篮球赛;年初一;初二 | （一）春节农夫篮球赛
@I3 | 1、竞赛时间：年初一、初二
@I3 | 2、竞赛地点：黄山风景区消防大队篮球场
@I3 | 3、负责单位：汤口社区
@I3 | 4、组队形式：以村居为单位，分男女组队（每队限报8人，含领队、教练）
@H2 phase=贺岁电影播放;年初一;初七 | （二）贺岁电影播放
@I3 | 1、放映时间：年初一至初七晚七点至九点
@I3 | 2、放映地点：各村居会议室
@I3 | 3、负责单位：各村居
@I3 | 4、活动要求：各村居用下发的文化资源共享设备放映电影，放映打算于1月30日前报镇文广站，由政务公开频道对外发布，乡镇春节活动方案
@H2 num=（三） text=（三）舞龙贺新春表演 phase=舞龙贺新春表演;年初一;初三 | 。（三）舞龙贺新春表演
@I3 | 1、活动时间：年初一、初二、初三。
@I3 | 2、活动地点：山岔至汤口社区沿路巡街表演
@I3 | 3、参演单位：九龙瀑舞龙队
@I3 | 4、负责单位：山岔村
@H2 phase=新春象棋团体竞赛;年初一;年初二 | （四）新春象棋团体竞赛
@I3 | 1、活动时间：年初一至年初二
@I3 | 2、活动地点：冈村农夫科技文化活动中心
@I3 | 3、负责单位：冈村
@I3 | 4、组队形式：以村居为单位（每队限报4人）
@H2 phase=新春拔河竞赛;年初三; | （五）新春拔河竞赛
@I3 | 1、活动时间：年初三早上8:30（女子）；年初三下午2:00（男子）
@I3 | 2、活动地点：冈村农夫科技文化活动中心
@I3 | 3、负责单位：冈村
@I3 | 4、组队形式：以村居为单位，分男女组队（每队限报10人）
""",
    ),
    dict(
        name="fresh25_10_village_national_day_activity_plan",
        source="http://23xiu.com/guoqingjiehuodongfangan/3654.html",
        doc_kind="activity_plan", partial=True,
        notes=["A village's (村党总支、村民委员会, 某某大寨) National Day activity plan on an education portal; the portal's "
               "banner line was dropped. The plan shows no title line of its own, so title is null.",
               "The site replaced the year everywhere with '最新或2022(历届)年' (restored to full-width brackets: "
               "'最新或2022（历届）年9月30日'); the dates are copied as written. Everything happens on one day, so the "
               "overall day on '二、活动时间：…' and the time slots of the programme ('…晚19:30至22:30', '…上午9:00至11:30', "
               "'…下午14:30至15:30', on value rows) are optional phases placed by extra_phases; the document has no "
               "required phase.",
               "'9月25号前上报村委会' inside the basketball row is a sign-up deadline, not a phase. The store ran several "
               "value rows together ('活动场地：… 活动要求：', '比赛时间：… 比赛地点：… 参赛队：…'); kept so. The page ends "
               "inside the tug-of-war row ('（每支队伍成')."],
        units=["村党总支", "村民委员会", "村委会"],
        extra_phases=[dict(name="国庆活动", start_text="最新或2022（历届）年9月30日", end_text=None,
                           at="二、活动时间："),
                      dict(name="文艺表演", start_text="最新或2022（历届）年9月30日晚19:30", end_text="22:30",
                           at="晚19:30至22:30"),
                      dict(name="篮球比赛", start_text="最新或2022（历届）年9月30日上午9:00", end_text="11:30",
                           at="上午9:00至11:30"),
                      dict(name="拔河比赛", start_text="最新或2022（历届）年9月30日下午14:30", end_text="15:30",
                           at="下午14:30至15:30")],
        text="""\
为纪念祖国65周年华诞，丰富全村群众国庆期间的文化生活，营造喜庆祥和、文明和谐的节日氛围，经村党总支、村民委员会研究，制定本方案：
@H1 sec=guidance | 一、指导思想
以“实现伟大中国梦、欢庆国庆”为主题，坚持广泛参与、体现特色，歌颂党的业绩，展示农家过节的好日子，以良好的精神面貌向祖国献礼。
@H1 sec=phases alt=other | 二、活动时间：最新或2022（历届）年9月30日
@H1 sec=other | 三、活动场地：某某大寨篮球场
@H1 sec=goals alt=measures | 四、活动内容和目的
活动分文艺表演和农民运动会两部分：
@H2 | （一）文艺表演
节目突出时代特色，歌颂祖国、社会主义和改革开放，反映家乡变化和身边故事。
活动时间：最新或2022（历届）年9月30日晚19:30至22:30
活动场地：某某大寨篮球场 活动要求：
@I3 sec=requirements | 1、以村民小组为单位，每个小组自行排练三个节目为本次活动的参赛节目
@I3 sec=requirements | 2、节目采用自编、自拉、自弹、自唱、自演等多种形式，内容积极健康向上的文艺节目进行参赛。
@I3 sec=requirements | 3、每一个参赛节目表演时间不得超过5分钟。
@H2 | （二）农民运动会
@H3 | 1、篮球比赛
比赛时间：最新或2022（历届）年9月30日上午9:00至11:30 比赛地点：某某大寨篮球场、某某完小篮球场 参赛队：以自然村为单位，组建一支10至12人的篮球队，各队员名单于最新或2022（历届）年9月25号前上报村委会。
@H3 | 2、拔河比赛
比赛时间：最新或2022（历届）年9月30日下午14:30至15:30 比赛地点：某某村民委员会
参赛人员：各自然村选送男、女各1—2支队伍（每支队伍成
""",
    ),
]
