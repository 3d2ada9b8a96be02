# -*- coding: utf-8 -*-
"""The thirty-fourth held-out fresh set: ACTIVITY PLANS WHOSE STEPS ARE DATED
(活动方案 / 活动策划方案 / 活动方案 of a county's reading-day campaign run by its
library, a kindergarten, a company's union, a maternal and child health
hospital and a college youth league committee).  The steps are dated on the
line after their heading (`时间：…`), in brackets in the heading, in the
sentences of an itinerary (`1、7月31日早9:30点…`) or on a `活动时间：` line
below an activity; near misses (event dates inside content items, an overall
month with its opening and closing events) are included.  Found as stored
public web pages with the `search` tool's `pages` corpus; query log in
notes_queries.txt.  None of the source pages is a source of an earlier set.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets: only the part of the page that the store
returned is represented; heading lines keep the source's numbering and
wording (full-width punctuation restored from the store's NFKC text); body
paragraphs are rewritten in our own words and shortened, keeping dates,
figures, unit and place names, slogans and masking; personal names dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH34_DOCS = [
    dict(
        name="fresh34_01_county_library_reading_day_activity_plan",
        source="http://wangzhi500.com/hdzj/39013.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample ('『范文1』') of a collection page '2022关于4.23世界读书日活动策划方案'; the collection title "
               "and the sample number were dropped, so the document shows no title line of its own. Writer: 古县's "
               "culture bureau and county library (主办 县委、县政府, 承办 文体广电新闻出版局, 协办 古县图书馆).",
               "一、活动内容 lists six activity names as items (goals, measures accepted).",
               "二、活动时间及地点 is the schedule: each activity is a 1、 heading whose date stands on the NEXT line "
               "('时间：20x年4月10日—5月10日'), with a '地点：' line after it. The six are required phases (names as the "
               "headings write them, without the numbering); '时间：' / '地点：' lines are key-value body lines, not labelled.",
               "五、活动流程 repeats the same activities with the same dates and a line of detail each (kind phases). The "
               "phases are listed once, at their first occurrence under 二、; the repeated headings under 五、 carry no "
               "phase entry (a tool that extracts them again matches by name).",
               "The masked year '20x年' is kept as written in the start dates. 三、实施单位 and 四、人员安排 are "
               "responsibilities; their key-value lines (主办单位：…, 总顾问：, 顾~问：) are body. The page ends inside the "
               "detail of 4、 under 五、 (fragment kept)."],
        units=["古县县委", "古县人民政府", "古县文体广电新闻出版局", "古县图书馆"],
        text="""\
20x年4月23日是世界读书日。为响应县委、县政府关于开展“学习型党组织”“书香型社会”活动的号召，调动群众读书热情、培育人文精神，经领导同意，借“世界读书日”之机，以“营造书香古县，建设和谐社会”为主题开展“世界读书日”系列宣传活动。
@H1 sec=goals alt=measures | 一、活动内容
@I2 | 1、举办新书、好书推荐活动。
@I2 | 2、举办主题为“营造书香古县建设和谐社会”的征文活动。
@I2 | 3、“世界读书日”宣传及签名活动。
@I2 | 4、“全民阅读”问卷调查。
@I2 | 5、“走进图书馆”活动
@I2 | 6、牡丹景区宣传活动
@H1 sec=phases | 二、活动时间及地点
@H2 phase=征文活动;20x年4月10日;5月10日 | 1、征文活动
时间：20x年4月10日—5月10日
@H2 phase=新书、好书推荐活动;20x年4月21日; | 2、新书、好书推荐活动
时间：20x年4月21日
地点：古县图书馆一楼大厅
@H2 phase=“全民阅读”的问卷调查;20x年4月23日; | 3、“全民阅读”的问卷调查
时间：20x年4月23日
地点：岳阳文化广场
@H2 phase=“世界读书日”宣传及签名活动;20x年4月23日; | 4、“世界读书日”宣传及签名活动
时间：20x年4月23日
地点：岳阳文化广场
@H2 phase=“亲近图书馆”活动;20x年4月24日; | 5、“亲近图书馆”活动
时间：20x年4月24日
地点：图书馆
@H2 phase=牡丹景区宣传活动;20x年4月30日; | 6、牡丹景区宣传活动
时间：20x年4月30日
地点：三合牡丹景区
@H1 sec=responsibilities | 三、实施单位
主办单位：古县县委、古县人民政府
承办单位：古县文体广电新闻出版局
协办单位：古县图书馆
@H1 sec=responsibilities | 四、人员安排
总顾问：
顾　问：
负责人：
成　员：古县图书馆全体成员
@H1 sec=phases | 五、活动流程
@H2 | 1、征文活动
时间：20x年4月10日—5月10日
方案见附录Ⅰ。
@H2 | 2、新书、好书推荐活动
时间：20x年4月21日
地点：古县图书馆
把收集来的新书、好书封面拍照、彩色打印，贴上宣传板，在一楼大厅展出。
@H2 | 3、“全民阅读”的问卷调查
时间：20x年4月23日
地点：文化广场
方案见附录Ⅱ。
@H2 | 4、“世界读书日”宣传及签名活动
时间：20x年4月23日
地点：文化广场
由图书馆人员事先备好签名
""",
    ),
    dict(
        name="fresh34_02_kindergarten_tree_planting_activity_plan",
        source="https://m.daumloan.com/p-543484177.html",
        doc_kind="activity_plan", partial=True,
        extra_phases=[dict(name="活动时间", start_text="2012年3月12日", end_text="4月12日", at="：2012年3月12日")],
        notes=["A kindergarten's Arbor Day plan on a document-sharing site (淘豆网). The store lost the labels of the first "
               "sections: the slogan, the period, the place, the participants and the preparation stand on lines that "
               "start with a bare '：' (kept so; full-width restored). They are body lines, not labelled; the period "
               "line '：2012年3月12日——4月12日' is the overall activity time (optional phase named 活动时间).",
               "'植树节当天活动流程：' is an unnumbered label heading (phases); its 第一项～第四项 are the undated steps of "
               "the one-day ceremony, labelled as items (no phase entries: no time is given).",
               "'活动阶段：（初期、中期、后期）' is an unnumbered label heading announcing the stages (phases). The three "
               "stages '七.、活动初期：（3月12日——3月19日）', '八、…', '九、…' are required phases dated in brackets after "
               "a colon; numbering typed '七.、' in the first (literal kept). Level 1 like the other top-level lines "
               "(their 一、 class is the top numbered level; level 2 accepted, as they sit under 活动阶段).",
               "Under each stage, '活动内容：…' and '活动流程：…' are key-value body lines (not labelled).",
               "The last line is the site's source mark '幼儿园植树活动计划 来自淘豆网m.daumloan.com转载请标明出处.' "
               "glued after the cut text of 九、; kept as debris in its own line, not labelled. The title line "
               "'幼儿园植树节活动策划方案' is the document's own title."],
        units=["幼儿园各班级"],
        text="""\
@T | 幼儿园植树节活动策划方案
：
绿一方净土，多一份温暖。
浇一棵小树，放一颗童心。
松一片土地，飞一片梦想！
：2012年3月12日——4月12日
：幼儿园大操场周围绿化带，敬老院院内（具体划分见“植树节各班活动场地划分表”）
：幼儿园各班级
：1、各班教师了解本班负责的绿化场地。2、各班自带水桶、洒水壶、小铲等植树工具。
：
@H1 sec=phases | 植树节当天活动流程：
@I2 | 第一项：“绿色小卫士”进场活动（依年级组次序：大班、中班、小班、学前班）
@I2 | 第二项：园领导介绍植树节的由来，宣布活动开始。
@I2 | 第三项：主持人向小朋友讲种树的意义和爱护绿化的重要。
@I2 | 第四项：幼儿齐唱《小树之歌》，喊出口号“你来我来大家来，植树造林、绿化家园”。
@H1 sec=phases | 活动阶段：（初期、中期、后期）
@H1 sec=phases num=七.、 lvlalt=2 phase=活动初期;3月12日;3月19日 | 七.、活动初期：（3月12日——3月19日）
活动内容：“我给小树浇浇水，我给小树松松土，我给小树修枝叶”活动。
活动流程：各班分到一块绿化场地，带幼儿给园内花木浇水、松土、修剪枝叶。
@H1 sec=phases lvlalt=2 phase=活动中期;3月22日;3月31日 | 八、活动中期：（3月22日——3月31日）
活动内容：“绿化环境、美化家园”，绿色植物种植活动。
活动流程：各班在自己的种植园地里让幼儿撒下种子，开展“绿色种植活动”。
@H1 sec=phases lvlalt=2 phase=活动后期;4月1日;4月12日 | 九、活动后期：（4月1日——4月12日）
活动内容：“放一颗童心、飞一片梦想、我与小树一起成长”，心愿树祝福活动。
幼儿园植树活动计划 来自淘豆网m.daumloan.com转载请标明出处.
""",
    ),
    dict(
        name="fresh34_03_company_union_two_day_trip_plan",
        source="https://yuwenmi.com/fanwen/huodongcehua/3993635.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        extra_phases=[dict(name="活动时间", start_text="20xx年7月31日", end_text="8月1日", at="活动时间："),
                      dict(name="7月31日集合出发", start_text="7月31日早9:30点", end_text=None, at="1、7月31日"),
                      dict(name="8月1日早餐后前往野趣沟", start_text="8月1日8:00", end_text=None, at="6、8月1日")],
        notes=["First sample ('工会活动策划1') of a collection page '工会活动策划14篇'; the sample number was dropped; no "
               "title line. A unit's union organises a two-day staff trip from 深圳 to 河源 (its office in 北京大厦).",
               "Every section is an unnumbered label: value lines '参与人员：…', '活动时间：…', '活动地点：…', "
               "'活动车辆：…', '当地接待：…' and standalone labels '活动安排：', '活动费用：', '其他注意事项：'. All are "
               "labelled as level-1 headings (like dev24's unnumbered labels); kinds: 活动时间 phases (other accepted), "
               "活动安排 phases, 其他注意事项 requirements (other accepted), the rest other.",
               "活动安排 is a two-day itinerary of seven 1、… time slots, labelled as items. Only two carry a date, "
               "'1、7月31日早9:30点…' and '6、8月1日8:00…' (they open day one and day two); with the overall "
               "'活动时间：20xx年7月31日至8月1日' they are optional phases (time slots of the programme and the overall "
               "period); the other slots give only a clock time or none and are not listed. No required phase.",
               "A staff member's name in '其他注意事项' was dropped ('由办公室专人负责')."],
        units=["办公室"],
        text="""\
@H1 sec=other | 参与人员：单位员工（不含司机及安排值班人员）
@H1 sec=phases alt=other | 活动时间：20xx年7月31日至8月1日
@H1 sec=other | 活动地点：河源市——万绿湖、野趣沟、镜花缘、漂流
@H1 sec=other | 活动车辆：一台中巴车
@H1 sec=phases | 活动安排：
@I2 | 1、7月31日早9:30点北京大厦集合出发，前往河源。
@I2 | 2、12:00抵达河源后与当地旅行社对接，由对方安排导游和午餐。
@I2 | 3、午餐后乘船游览华南最大的人工湖万绿湖，再到镜花缘风景区探溶洞、看客家歌舞、游泳。
@I2 | 4、入住新世界大酒店（四星级标准双人间），安排晚餐。
@I2 | 5、晚餐后到万绿湖看彩色音乐喷泉。
@I2 | 6、8月1日8:00开始早餐，9:00出发去野趣沟自然风景区，玩水上滑道、水中蹦极、狐狸坳木径攀爬和银龙瀑布漂流，约5~6小时，中间午餐。
@I2 | 7、午餐后返回深圳。
@H1 sec=other | 活动费用：
@I2 | 1、每人290元，含三顿正餐一顿早餐、一晚住宿、万绿湖游船、景点首道门票和导游服务。
@I2 | 2、早餐为酒店自助，正餐八菜一汤，酒店按四星级标准。
@I2 | 3、车辆费用不在其内。
@H1 sec=other | 当地接待：河源市大自然旅行社
@H1 sec=requirements alt=other | 其他注意事项：
@I2 | 1、本次只派一部车，由办公室专人负责全程组织安排，活动期间任何人不得擅自离队。
@I2 | 2、工会活动原则上不带家属。
@I2 | 3、请自备泳衣。
""",
    ),
    dict(
        name="fresh34_04_mch_hospital_child_health_month_plan",
        source="http://fybjsd.com/news/show-1419.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        extra_phases=[dict(name="活动月", start_text="2007年6月", end_text=None, at="㈠时间：")],
        notes=["A hospital's plan for a children's health month ('我院', a maternal and child health institution: "
               "儿保专家, 门诊七楼); the page shows no title line and starts at 一、.",
               "Headings run in with their bodies after a colon ('一、活动主题：用爱心浇铸健康…'); texts cut at the colon "
               "by the rule. 三、活动月安排 is phases; '㈠时间：2007年6月。…' is its first part (㈠ numbering) and gives the "
               "overall month, an optional phase (start 2007年6月, no end).",
               "NEAR MISSES, not phases: the opening and closing events in the same line ('6月1日下午举行启动仪式，6月29日"
               "下午召开总结大会') are event dates inside the 时间 statement, and '4、儿保知识传播。6月21-23日（周四至周六）。"
               "…' is an event date inside a content item. So the document holds no required phase.",
               "'㈡活动内容：' is under 三、 but is clearly content (goals, phases accepted); its 1、–6、 are items."],
        units=["我院"],
        text="""\
@H1 sec=other | 一、活动主题：用爱心浇铸健康，让快乐陪伴成长。
@H1 sec=goals alt=guidance | 二、活动目的：回报社会、服务大众，关心儿童的健康和成长，提高儿童健康素质；同时提升我院的品牌实力、社会影响和综合效益，推动全市儿童健康事业发展。
@H1 sec=phases | 三、活动月安排：
@H2 | ㈠时间：2007年6月。6月1日下午举行启动仪式，6月29日下午召开总结大会。
@H2 sec=goals alt=phases | ㈡活动内容：
@I3 | 1、“六一”送温暖献爱心活动。
@I3 | 2、宝宝能力大赛。
@I3 | 3、成立“儿童哮喘之家俱乐部”。
@I3 | 4、儿保知识传播。6月21-23日（周四至周六）在门诊七楼会议室办全市儿童保健适宜新技术培训班，由儿保专家向基层医院儿科医生传授新技术。
@I3 | 5、“送知识，送健康”活动。活动期间儿保专家到两所托幼机构现场讲授；月末在门诊七楼开“健康宝贝课堂”，给0-3岁婴幼儿家长讲育儿知识。
@I3 | 6、周岁宝宝联谊会。
""",
    ),
    dict(
        name="fresh34_05_college_league_leifeng_volunteer_month_plan",
        source="https://lianshan.net/content/669293.html",
        doc_kind="activity_plan", partial=True,
        extra_phases=[dict(name="活动时间", start_text="3月", end_text=None, at="系列活动在3月"),
                      dict(name="启动仪式暨校园清扫活动", start_text="3月10日上午9:00", end_text="11:00",
                           at="活动时间：3月10日", optional=False),
                      dict(name="“我向雷锋学习”主题黑板报大赛", start_text="3月5日", end_text="3月16日",
                           at="活动时间：3月5日", optional=False)],
        notes=["A college youth league committee's notice-style plan (title '2018年某某学院…', the body names 仙桃职业学院) "
               "on a document site; the page's '资源预览…' and '剩余2页未读' lines were dropped, the '<br>' separators became "
               "line breaks. The addressee '学院各团组织：' is body.",
               "二、活动时间 gives the overall period '系列活动在3月集中开展…' (optional phase, start 3月).",
               "三、活动内容 → （一）校内活动 → 1. / 2. activities, each followed by key-value lines 活动形式 / 活动时间 / "
               "活动组织 / 学分认证 (body, not labelled). Each activity's own '活动时间：…' line dates it, two lines below "
               "its heading: the two activities are required phases, placed on their 活动时间 line (a tool matches by "
               "line or by name). Judgement call: these are dated steps of the month's programme, like the "
               "per-activity 时间 lines of fresh34_01; '3月16日团委组织优秀黑板报评选' inside the 活动形式 line is "
               "an event date inside a body line, not a phase.",
               "三、活动内容 is goals (phases accepted): the activities are the content of the month. The page ends "
               "after the 学分认证 line of 2."],
        units=["团委", "各团总支", "院团委青年志愿者服务指导中心", "院团委宣传部", "各团支部"],
        text="""\
@T | 2018年某某学院“学雷锋志愿服务月”活动方案
学院各团组织：
今年3月5日是第55个“学习雷锋纪念日”、第19个“中国青年志愿者服务日”。为践行社会主义核心价值观，弘扬“奉献、友爱、互助、进步”的志愿精神，让我院志愿服务常态化、长期化，团委决定在全院开展“学雷锋志愿服务月”系列活动，有关事项通知如下：
@H1 sec=other | 一、活动主题
学雷锋 树新风
@H1 sec=phases alt=other | 二、活动时间
系列活动在3月集中开展，全年坚持常态化志愿服务。
@H1 sec=goals alt=phases | 三、活动内容
@H2 | （一）校内活动
@H3 | 1.启动仪式暨校园清扫活动
活动形式：3月10日上午9点在图书馆前举行仙桃职业学院2018年“学雷锋志愿服务月”启动仪式，仪式后各志愿服务队到划定区域清扫校园。
活动时间：3月10日上午9:00—11:00
活动组织：各团总支、院团委青年志愿者服务指导中心
学分认证：每小时认证0.1分
责任区域：详见附件。
@H3 | 2.“我向雷锋学习”主题黑板报大赛
活动形式：各团支部组织学生学习雷锋精神，梳理班里“学雷锋、树新风”的好人好事，出一期“我向雷锋学习”主题黑板报；3月16日团委组织优秀黑板报评选。
活动时间：3月5日—3月16日
活动组织：各团总支、院团委宣传部、各团支部
学分认证：获“优秀黑板报”的团支部，参与制作的学生每人认证0.5分（不超过5人）；未获奖的团支部，参与制作的学生每人认证0.1分（不超过5人）
""",
    ),
    dict(
        name="fresh34_06_college_union_womens_day_activity_plan",
        source="http://xindetihuiya.com/xuexi/cehuashu/688299.html",
        doc_kind="activity_plan", partial=True,
        title_override="工会2017年三八妇女节活动方案",
        extra_phases=[dict(name="活动时间", start_text="2017年3月7曰", end_text=None, at="三、活动时间"),
                      dict(name="开幕式", start_text="下午2:38", end_text=None, at="五、开幕式"),
                      dict(name="健身操表演", start_text="下午2:58", end_text=None, at="六、健身操表演"),
                      dict(name="趣味活动", start_text="下午3:18", end_text=None, at="七、趣味活动"),
                      dict(name="美容养生讲座", start_text="下午1:28", end_text=None, at="八、美容养生讲座")],
        notes=["A college union's Women's Day plan ('全院女工会会员', 学院体育馆, 行政楼201报告厅, 分工会, 女工会, 体育工会, "
               "制药工会). Two title lines: the site's '关于工会三八妇女节活动方案' and the document's own "
               "'工会2017年三八妇女节活动方案' (the label takes the latter; both are title lines).",
               "一、 to 四、 are run-in 'label：value' headings; '三、活动时间：2017年3月7曰（星期三）' keeps the source's typo "
               "曰 for 日 and is the overall activity time (optional phase, start as written).",
               "五、 to 八、 are the parts of the one-afternoon programme, each dated only by a clock time in brackets in "
               "its heading ('五、开幕式（下午2:38）'); time slots of a one-day programme, so optional phases. Note the "
               "order: 八、美容养生讲座 is at 下午1:28, before 五、. Kind phases (other accepted).",
               "The numbered '1、活动地点：…' / '2、参加人数：…' lines under them are key-value items.",
               "十、活动要求 holds deadlines inside task lines ('于2012年3月3日前…报送', '3月1日前…') — not phases; the "
               "year 2012 against the title's 2017 is the source's. The page ends inside 十、's item 3 (fragment kept)."],
        units=["体育工会", "女工会", "制药工会", "各分工会"],
        text="""\
@T | 关于工会三八妇女节活动方案
@T | 工会2017年三八妇女节活动方案
@H1 sec=other | 一、活动主题：春风在这里荡漾
@H1 sec=other | 二、参加人员：全院女工会会员
@H1 sec=phases alt=other | 三、活动时间：2017年3月7曰（星期三）
@H1 sec=goals alt=other | 四、活动内容：
@I2 | 1、开幕式和健身操表演
@I2 | 2、趣味活动。
@I2 | 3、美容养生讲座。
@I2 | 4、美丽心情工作日。
@H1 sec=phases alt=other | 五、开幕式（下午2:38）
@I2 | 1、活动地点：学院体育馆
@I2 | 2、参加人员：全院女工会会员；各工会*；特邀院领导、中层正职（男）
@H1 sec=phases alt=other | 六、健身操表演（下午2:58）
@I2 | 1、活动地点：学院体育馆
@I2 | 2、参加人数：102人，原则上每分会10人
@H1 sec=phases alt=other | 七、趣味活动（下午3:18）
@I2 | 1、活动地点：学院体育馆
@I2 | 2、活动奖励：每个项目按前三分之一的名次给奖。
@I2 | 3、活动项目：团结一致、抱球接力赛、乒乓接力赛、呼啦圈接力赛。
@H1 sec=phases alt=other | 八、美容养生讲座（下午1:28）
@I2 | 1、活动地点：行政楼201报告厅
@I2 | 2、参加人数：102人，原则上每分会10人
@H1 sec=other alt=requirements | 九、美丽心情工作日
@I2 | 1、三八节当天，男教职工要主动替女教职工分担打水、扫地等力所能及的事，营造尊重女性的和谐氛围。
@I2 | 2、三八节当天，女教师对学生多鼓励表扬、不训斥，面带微笑上课，把好心情带给学生。
@H1 sec=requirements | 十、活动要求：
@I2 | 1、各分工会于2012年3月3日前把趣味活动报名表报体育工会（每个分会每个项目限报一队），3月3日前把美容养生讲座报名表报女工会，3月1日前把健身操表演报名表报制药工会。参加者每人一份纪念品，可参加多项，但纪念品只发一份。
@I2 | 2、各分会要重视这次庆祝活动，合理安排、认真组织，营造良好氛围，做好安全工作，保证各项活动顺利进行。
@I2 | 3、要大力宣传我院有突出贡献的妇女典型，主动向各大报刊、网络、电视
""",
    ),
    dict(
        name="fresh34_07_college_student_union_health_day_activity_plan",
        source="https://m.taodocs.com/p-348401549.html",
        doc_kind="activity_plan", partial=True,
        extra_phases=[dict(name="活动时间", start_text="3月20日", end_text="4月21日", at="3月20日-4月21日")],
        notes=["A college student union's World Health Day plan on a document-sharing site (taodocs); the upload panel "
               "was dropped. The store ran the whole text into one paragraph; it was split at the heading boundaries "
               "the text shows, including the stage schedule of 六、活动时间, which reads in the store as one run "
               "('3月20日-4月21日第一阶段(宣传)3月20日-3月23日第二阶段…'): here the overall period and the three stages "
               "are one line each.",
               "The three stages '第一阶段（宣传）3月20日-3月23日' etc. are required phases named by the word in brackets, "
               "dated after the bracket (no separator, as pasted). The overall '3月20日-4月21日' is optional.",
               "八、活动内容 repeats the stages as content headings with their own dates in brackets "
               "('1、活动宣传（时间3月20日-3月23日）', '2、活动开展（时间3月24日—4月20日）' — the source's 4月20日 differs "
               "from the stage's 4月15日). They are goals-kind content headings (phases accepted) and carry no phase "
               "entry: the phases are listed once, from 六、's schedule.",
               "'⑴活动目的当今世界…' is a level-4 heading glued to its body (text set by hand); the page ends in it."],
        units=["xx学院院学生会", "xx学院工程经济学院学生会生活部"],
        text="""\
@T | 2017年世界卫生日活动方案
@H1 sec=background alt=guidance | 一、活动背景
4月7日是世界卫生日，各地人们在这一天举办活动，强调健康对劳动和幸福生活的重要。大学生应当增强卫生意识、爱护环境，希望借这次活动让同学们从身边小事做起，为美好社会和健康环境出一份力。
@H1 sec=goals alt=guidance | 二、活动目的
用多样的活动让爱护校园卫生的观念深入人心，大家一起建设美丽校园。
@H1 sec=other | 三、活动主题
卫生校园、绿色校园、和谐校园
@H1 sec=other | 四、活动口号
创绿色校园，建清洁家园
@H1 sec=other | 五、活动对象
xx学院全体在校学生
@H1 sec=phases alt=other | 六、活动时间
3月20日-4月21日
@H2 num=第一阶段 phase=宣传;3月20日;3月23日 | 第一阶段（宣传）3月20日-3月23日
@H2 num=第二阶段 phase=活动开展;3月24日;4月15日 | 第二阶段（活动开展）3月24日-4月15日
@H2 num=第三阶段 phase=活动总结;4月16日;4月21日 | 第三阶段（活动总结）4月16日-4月21日
@H1 sec=responsibilities | 七、组织单位
主办xx学院院学生会
承办方xx学院工程经济学院学生会生活部
@H1 sec=goals alt=phases | 八、活动内容
@H2 | 1、活动宣传（时间3月20日-3月23日）
@I3 | ①通过微博、qq群等网络渠道发布活动时间和口号；
@I3 | ②各班班长在本班宣传；
@I3 | ③张贴海报宣传。
@H2 | 2、活动开展（时间3月24日—4月20日）
@H3 | （一）海报设计大赛
@H4 text=⑴活动目的 | ⑴活动目的当今世界环境问题突出，不少国家垃圾处理不达标，大气、土地、水源都受到污染。为了提高同学们的环保意识，
""",
    ),
    dict(
        name="fresh34_08_college_department_leifeng_publicity_plan",
        source="http://renyudongwu.com/article/shuqing/131992.html",
        doc_kind="activity_plan", partial=True,
        title_override="弘扬雷锋精神，构建和谐校园，我们在行动 系列宣传活动策划",
        extra_phases=[dict(name="活动开展时间", start_text="3月5日", end_text="4月5日", at="五、活动开展时间")],
        notes=["A college department's (管理学系: its league branches and student union) Lei Feng Day publicity plan. Two "
               "title lines: the site's '学雷锋日系列宣传活动策划' and the document's own title with its slogan (kept "
               "with the space the store shows; the store stripped the quotation marks of this version).",
               "Run-in 'label：value' headings 二、–五、; 三、主办单位： and 四、承办单位： are empty in the source. "
               "'五、活动开展时间：3月5日~4月5日' is the overall period (optional).",
               "六、系列活动 lists '系列活动之一：…' lines (unnumbered, items); 七、系列活动形式 has （一）–（四） statements "
               "(items); the writer's aside '（或者改成去xxx小学大扫除，怎么样？）' is kept.",
               "八、活动日程安排 is the schedule: '（一）、3月8日 于xxxx教室召开…会议，…' opens with its date; it is a required "
               "phase (name = the meeting as written, start 3月8日), heading text set by hand to the numbering and date. "
               "The page ends inside it."],
        units=["管理学系各团支部", "系学生会"],
        text="""\
@T | 学雷锋日系列宣传活动策划
@T | 弘扬雷锋精神，构建和谐校园，我们在行动 系列宣传活动策划
@H1 sec=background | 一、活动背景：
今年3月5日是毛泽东“向雷锋同志学习”题词发表47周年。为弘扬雷锋精神、深化学雷锋活动，培养青年学生关爱他人、服务社会的品质，推进学校精神文明建设，我们即将走向社会的大学生应把关注弱势群体当作一份社会责任，因此开展“弘扬雷锋精神，构建和谐校园，我们在行动”系列宣传活动。
我们坚信：只要人人都努力一点点，携手共建和谐家园
@H1 sec=other | 二、活动主题：弘扬雷锋精神，构建和谐校园，我们在行动
@H1 sec=responsibilities | 三、主办单位：
@H1 sec=responsibilities | 四、承办单位：
@H1 sec=phases alt=other | 五、活动开展时间：3月5日~4月5日
@H1 sec=goals alt=measures | 六、系列活动：
@I2 | 系列活动之一：关注环境，回收报纸献爱心
@I2 | 系列活动之二：参与志愿服务，建设精神文明主题班会
@I2 | 系列活动之三：生命之源--让我们心心相连
@I2 | 系列活动之四：我心中的雷锋精神征文活动
@H1 sec=goals alt=measures | 七、系列活动形式：
@I2 | （一）管理学系各团支部统一回收旧报纸、杂志等闲置物品，由系学生会卖给回收站，所得款项捐给福利院
@I2 | （二）管理学系各团支部各开一次主题班会，主题为“学雷锋、树新风，创培正和谐校园”
@I2 | （三）走进宿舍做无偿献血知识调查，讲解血液知识，鼓励师生参与无偿献血等；（或者改成去xxx小学大扫除，怎么样？）
@I2 | （四）开展征文活动。
@H1 sec=phases | 八、活动日程安排：
@H2 num=（一）、 text=（一）、3月8日 phase=召开关于弘扬雷锋精神，构建和谐校园，我们在行动会议;3月8日; | （一）、3月8日 于xxxx教室召开关于弘扬雷锋精神，构建和谐校园，我们在行动会议，由各团支部传达雷锋精神，
""",
    ),
    dict(
        name="fresh34_09_college_league_branch_qingming_tomb_sweeping_plan",
        source="https://m.wenku365.com/p-12960250.html",
        doc_kind="activity_plan", partial=True,
        title_override="郑州市烈士陵园扫墓策划",
        extra_phases=[dict(name="活动时间", start_text="2012年3月25日", end_text=None, at="活动时间："),
                      dict(name="集合签到", start_text="3月25日（周日）早上6点50", end_text=None, at="1、3月25日")],
        notes=["A college school's league branch (环境与市政工程学院分团委) plans a Qingming tomb-sweeping outing, on a "
               "document-sharing site whose chunk markers are kept as debris and never labelled: '1、' glued to the "
               "title line ('1、郑州市烈士陵园扫墓策划'; the title is the text after it), '2、。同时组织…' starting a line "
               "mid-sentence, and '3、组，擦墓碑组共三个组。' splitting the word 擦馆组 across two lines.",
               "Every section is an unnumbered label: 'label：value' lines and standalone '前期准备：' / '活动流程：'; "
               "all level-1 headings. '活动时间：2012年3月25日' is the overall (one-day) time, optional.",
               "活动流程 is the programme of that one day: '1、3月25日（周日）早上6点50国旗下集合签到，…' is a time slot "
               "(optional phase); the later steps carry no date ('9点30在大门口集合' is a clock time inside step 3, "
               "not listed). No required phase.",
               "The page ends inside step 4 (fragment kept)."],
        units=["环境与市政工程学院分团委", "环境与市政工程学院青年志愿者协会"],
        text="""\
@T | 1、郑州市烈士陵园扫墓策划
@H1 sec=other | 活动名称：郑州市陵园扫墓活动
@H1 sec=other | 活动主题：缅怀革命先烈弘扬民族精神
@H1 sec=background | 活动背景：清明是二十四节气中人文意味最浓的节日，人们在这天怀念逝者、祭祀祖先、缅怀烈士。为引导大学生特别是学生党员弘扬爱国主义精神，借扫墓回顾历史、了解烈士事迹，增进爱国情感，举办这次清明扫墓活动。
@H1 sec=goals alt=guidance | 活动目的：缅怀革命先烈，发扬革命传统。在活动中熏陶和锻炼自己，加强成员之间的团结交流，为以后的活动打下扎实的基础
2、。同时组织会员义务清理白色垃圾，做环保宣传。
@H1 sec=responsibilities | 主办单位：环境与市政工程学院分团委
@H1 sec=responsibilities | 承办单位：环境与市政工程学院青年志愿者协会
@H1 sec=phases alt=other | 活动时间：2012年3月25日
@H1 sec=other | 活动地点：郑州市烈士陵园
@H1 sec=measures alt=other | 前期准备：
@I2 | 1、由团支书通知到各班全体同学
@I2 | 2、联系往返车辆和陵园工作人员
@I2 | 3、安排好活动中的人员组织
@I2 | 4、讲清各项活动流程和注意事项
@H1 sec=phases | 活动流程：
@I2 | 1、3月25日（周日）早上6点50国旗下集合签到，清点人数，发放志愿者帽子和衣服，讲明注意事项后出发。
@I2 | 2、全体同学乘车到郑州烈士陵园后再清点人数，然后分组：拾垃圾组，擦馆
3、组，擦墓碑组共三个组。
@I2 | 3、随讲解员参观革命烈士纪念馆，了解烈士的事迹和红色知识，9点30在大门口集合。
@I2 | 4、组织志愿者义务清理白色垃圾、做环保宣传；组织志愿者义务擦馆、拖地；组织志愿者对后面的烈士
""",
    ),
    dict(
        name="fresh34_10_community_health_centre_volunteer_day_plan",
        source="https://m.zixin.com.cn/doc/8704704.html",
        doc_kind="activity_plan", partial=True,
        extra_phases=[dict(name="活动时间", start_text="12月5日上午9:00", end_text="11:30", at="1. 活动时间"),
                      dict(name="开场致辞", start_text="9:00", end_text="9:10", at="9:00-9:10 开场致辞"),
                      dict(name="志愿者意识教育讲座", start_text="9:10", end_text="9:20", at="9:10-9:20 （一）志愿者意识教育讲座"),
                      dict(name="互动环节", start_text="9:20", end_text="9:30", at="9:20-9:30 互动环节"),
                      dict(name="志愿者服务经验分享", start_text="9:30", end_text="9:50", at="9:30-9:50 （二）志愿者服务经验分享"),
                      dict(name="互动环节", start_text="9:50", end_text="10:00", at="9:50-10:00 互动环节"),
                      dict(name="志愿者音乐、舞蹈节目表演", start_text="10:00", end_text="10:10", at="10:00-10:10 （四）志愿者音乐、舞蹈节目表演"),
                      dict(name="颁发荣誉证书", start_text="10:10", end_text="10:20", at="10:10-10:20 （五）颁发荣誉证书"),
                      dict(name="庆祝志愿者日诗歌朗诵", start_text="10:20", end_text="10:30", at="10:20-10:30 （六）庆祝志愿者日诗歌朗诵"),
                      dict(name="志愿者团队互动游戏", start_text="10:30", end_text="11:00", at="10:30-11:00 （七）志愿者团队互动游戏"),
                      dict(name="活动总结", start_text="11:00", end_text="11:15", at="11:00-11:15 活动总结"),
                      dict(name="活动闭幕仪式", start_text="11:15", end_text="11:30", at="11:15-11:30 活动闭幕仪式")],
        notes=["A community health service centre's plan for International Volunteer Day (XXX社区卫生服务中心, masked), on a "
               "document site (zixin; other zixin pages are sources of earlier sets, this one is not); '资源描述' dropped.",
               "三、活动内容 holds the key-value items '1. 活动时间：12月5日上午9:00—11:30' (overall time, optional phase), "
               "'2. 活动地点：…', '3. 参与对象：…' and the sub-heading '4. 活动流程' (level 2, phases) over a one-morning "
               "schedule pasted as text: each row 'H:MM-H:MM 环节' followed by a key-value line (致辞人 / 主讲人 / 分享人 / "
               "主持人 …). The rows are body lines, not labelled: their '（一）', '（二）', '（四）'… markers stand in the "
               "middle of the line after the time (and （三） is skipped in the source). All eleven rows are time slots of "
               "a one-day programme: optional phases named by the row's words without the marker (two rows are both "
               "'互动环节').",
               "三、活动内容 is other (phases, goals accepted): it holds the practical frame, not content. 四、预期效果 is "
               "other (goals accepted); the page ends at '3. 加强'."],
        units=["XXX社区卫生服务中心"],
        text="""\
@T | 志愿者日主题活动方案
@H1 sec=background | 一、活动背景
12月5日是国际志愿者日。为引导志愿者履行志愿使命、整合志愿资源、推动志愿服务事业健康发展，特举办庆祝活动。
@H1 sec=goals alt=guidance | 二、活动目的
@I2 | 1. 让志愿者更好地了解志愿者日，增强志愿服务意识。
@I2 | 2. 弘扬“奉献、友爱、互助、进步”的志愿服务精神，推动志愿事业可持续发展。
@I2 | 3. 加强志愿者之间的交流互动，增进感情友谊。
@H1 sec=other alt=phases,goals | 三、活动内容
@I2 | 1. 活动时间：12月5日上午9:00—11:30
@I2 | 2. 活动地点：XXX社区卫生服务中心
@I2 | 3. 参与对象：社区志愿者，卫生服务中心工作人员
@H2 sec=phases | 4. 活动流程
9:00-9:10 开场致辞
致辞人：卫生服务中心负责人
9:10-9:20 （一）志愿者意识教育讲座
主讲人：XXX大学心理学系副教授
主题：如何做一个优秀的志愿者
9:20-9:30 互动环节
由主讲人提问，志愿者现场作答
9:30-9:50 （二）志愿者服务经验分享
分享人：社区先进志愿者2名
9:50-10:00 互动环节
志愿者自由提问，交流经验心得
10:00-10:10 （四）志愿者音乐、舞蹈节目表演
节目：形式不限，由节目组自行设计
10:10-10:20 （五）颁发荣誉证书
颁发对象：社区先进志愿者、模范志愿者等
10:20-10:30 （六）庆祝志愿者日诗歌朗诵
朗诵人：社区爱好者及志愿者
10:30-11:00 （七）志愿者团队互动游戏
游戏环节：Team Building、接力跑等团队互动游戏
11:00-11:15 活动总结
主持人：社区卫生服务中心志愿者管理人员
11:15-11:30 活动闭幕仪式
主持人：社区卫生服务中心志愿者管理人员
@H1 sec=other alt=goals | 四、预期效果
@I2 | 1. 增强志愿者的服务意识、激发志愿精神，提高服务质量、优化志愿服务结构，让志愿服务从重数量转向重质量。
@I2 | 2. 让社区卫生服务中心更加认识和尊重志愿者工作，推动卫生服务事业升级发展。
@I2 | 3. 加强
""",
    ),
]
