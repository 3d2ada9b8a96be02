# -*- coding: utf-8 -*-
"""The 123rd held-out fresh set: SCHOOL AND KINDERGARTEN CALENDARS AND
MONTH / WEEK WORK ARRANGEMENTS (行事历, 月工作安排 / 月计划, 周工作安排,
德育活动安排), most of them tables pasted as text, one cell per line: a
kindergarten's week-13 arrangement grid, a kindergarten's term calendar
(行事历) with week rows of day numbers, a primary school's flag-raising
schedule by week, a college youth league's March work table with completion
status, a kindergarten's week-7 key points (an outing inside), a kindergarten
small class's month plan, and a middle school's moral-education term plan
whose week table arrives before its own title.  Found as stored public web
pages with the `search` tool's `pages` corpus (log in notes_queries.txt).
None of the source pages is a source of any label file or exclusion list
under /work/fresh*/ or /work/wt-lead/tests/ (checked by URL and by a
distinctive sentence of each page).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site lines (navigation, posting
  lines, view counters, author lines) were dropped.
- Heading, title and schedule-row / table-cell lines keep the source's
  numbering, wording and spacing.  Full-width punctuation （）：，； was
  restored from the store's NFKC text.  Table separators ('|') and empty
  or '?' cells were dropped; each remaining cell is one line.
- Every body paragraph (the longer cells and prose) is rewritten in our own
  words and shortened.  Dates, figures, unit and place names, document
  numbers and quoted slogans are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH123_DOCS = [
    dict(
        name="fresh123_01_kindergarten_week13_arrangement_grid",
        source="http://szhqzxyey.gusuedu.cn/info/1170/1204.htm",
        doc_kind="plan", partial=True,
        notes=["A Suzhou kindergarten's arrangement for its 13th week, a table flattened to one cell per line. The week "
               "line '第十三周（5月8日--- 5月12日）' is the page's title (title line); its dates give an optional overall "
               "period (phase 第十三周, 5月8日 to 5月12日).",
               "The row header '工 作 要 求' (letters spaced out as in the source) is a level-1 label heading, kind "
               "requirements (goals accepted: the points are the week's tasks). Its cell holds all six points on ONE "
               "line ('1.… 2.… 3.… 4教学部门… 5卫生保健：… 6.…', 4 and 5 without a dot); the line is labelled as one "
               "item, the markers inside it are not labelled.",
               "The day grid's header row is three cells '星期' / '工 作 安 排' / '记 载'; '工 作 安 排' is labelled as "
               "the level-1 label heading of the grid (kind phases, other accepted), '星期' and '记 载' are header "
               "cells and not labelled. The weekday cells '一' … '五' (bare numerals without 、) are table cells, not "
               "headings; the times inside the day cells (9:30, 12:50, 1:00, 2:30) are time slots, not phases.",
               "Teachers' nicknames and surnames in the cells ('责任人：…', '一研…', '执教者：…') were dropped. The page "
               "ends inside Friday's cell ('（三研')."],
        units=["教学部门", "卫生保健部门"],
        extra_phases=[
            dict(name="第十三周", start_text="5月8日", end_text="5月12日", at="第十三周", optional=True),
        ],
        text="""\
@T | 第十三周（5月8日--- 5月12日）
@H1 sec=requirements alt=goals | 工 作 要 求
@I2 | 1.组织教师学习顾苏文办[2017]8号文件精神，积极参与区级“文明校园”申报。 2.组织全体教工学习、落实近期“做好学校食堂和校园卫生工作的紧急通知”。 3.教学部门安排好幼师学生的健康教育见习。 4教学部门组织园内艺术、科学、社会三大领域共同体开展一教三研。 5卫生保健：按苏教体卫艺教函[2017]23号五月疾病风险提示，加强晨检、消毒督查和防病宣传。 6.举办家长学校：请省特级教师来园讲“做聪明的家长”。
星期
@H1 sec=phases alt=other | 工 作 安 排
记 载
一
国旗下讲话：虎娃星星榜；上午9:30“轧神仙”重大活动（相关班级大三、中四、小一）；下午12:50教师短会传达上级文件，小组教研研讨区域游戏、准备展示活动
卫生保健部门近期重点做好晨检、日常消毒督查和疾病防控宣传
二
上午园艺术、科学、社会共同体教研（一研）；下午1:00食堂人员学习并落实做好食堂和校园卫生工作的紧急通知
本周完成区级文明校园申报材料
三
上午幼师健康教育见习半天（观摩晨锻、三节教学活动和说课）；下午12:50园本培训（园区新城园二级培训）、月考核反馈、续学习故事交流
下午开展消防逃生演习
四
上午共同体教研（二研）；下午1:00全体教师拍摄微型党课
下午2:30召开园伙委会会议（教师代表中二）
五
上午园艺术、科学、社会共同体教研活动（三研
""",
    ),
    dict(
        name="fresh123_02_kindergarten_term_calendar",
        source="https://kindergarten.htbs.org.cn/zh_cn/calendar1",
        doc_kind="plan", partial=True, title_override="2023学年度第二学期幼儿园行事历",
        notes=["A kindergarten's term calendar (行事历) from its own site (the kindergarten of a school in Xiamen run for "
               "Taiwanese families: 庆生会, 课后才艺, 学校日, 相见欢); simplified characters. The page's section name "
               "'学期行事历' and the calendar's own title are both title lines; the title is the calendar's own. The "
               "view counter ('浏览人次：7113') was dropped.",
               "Each week row starts with its seven day numbers run into the first event ('18 19 20 21 22 23 24 2/19开学日'); "
               "further events of the week follow as lines of their own. The table header '月份 周次 日      期' / "
               "'行  事  内  容' is kept with its spacing, and repeated where the page broke (line 52). Week numbers are "
               "lost ('课后才艺第' keeps only the start of '第N周'); dot-led lines ('.课后才艺暂停周') are cell bullets. None "
               "of these lines is labelled; dated events (4/19乐活运动会 …) are events, not phases.",
               "The month column's theme cells '四月乐活季', '五月感恩季', '六月毕业与传承' stand on lines of their own and "
               "head the month blocks: level-1 label headings, kind phases (other accepted), each a phase with the month "
               "as its start and no end. The February/March theme cells are not in the stored text ('加强生活教育' is an "
               "event line). The page ends at the June cell."],
        units=[],
        text="""\
@T | 学期行事历
@T | 2023学年度第二学期幼儿园行事历
月份 周次 日      期
行  事  内  容
11 12 13 14 15 16 17 学校日3/16补2/16（五）课程
18 19 20 21 22 23 24 2/19开学日
2/22校园安全暨防震防灾演练
2/23开学相见欢活动
2/23发课后才艺简章
辅导新生认识环境
常规宣导
学习区活动开始
托幼开始
25 26 27 28 29 1 2 2/26课后才艺报名
2/27~3/1课后才艺缴费
2/29二月份庆生会
3/1带回棉被、小床、书包柜、鞋柜消毒
幼儿身高、体重、视力测量
图书借阅开始
3 4 5 6 7 8 9 课后才艺第
加强生活教育
10 11 12 13 14 15 16 3/14三月份庆生会
3/16学校日补2/16（五）课程
课后才艺第
17 18 19 20 21 22 23 3/22第55届世界儿童画展作品比赛征集（校内收件截止）
课后才艺第
幼儿身高、体重测量
24 25 26 27 28 29 30 3/28牙齿保健活动
3/29带回棉被，小床、书包柜、鞋柜消毒
课后才艺第
31 1 2 3 4 5 6 4/4~6清明节假期三天
@H1 sec=phases alt=other phase=四月乐活季;四月; | 四月乐活季
.课后才艺暂停周
7 8 9 10 11 12 13 4/7补4/5（五）课程
4/11四月份庆生会
课后才艺第
14 15 16 17 18 19 20 4/19乐活运动会
课后才艺第
幼儿身高、体重测量
21 22 23 24 25 26 27 4/23世界读书日—好书漂流
4/25校外教学
4/26发期中幼儿学习手册
4/26带回棉被、小床、书包柜、鞋柜消毒
.课后才艺第
28 29 30 1 2 3 4 5/1~5/5劳动节假期五天
4/28补5/2（四）课程
@H1 sec=phases alt=other phase=五月感恩季;五月; | 五月感恩季
.爱与分享感恩系列教学周
.缴回幼儿学习手册
.课后才艺暂停周
5 6 7 8 9 10 11 5/10母亲节感恩活动
5/11补5/3（五）课程
.课后才艺第
月份 周次 日      期 行  事  内  容
12 13 14 15 16 17 18 5/16 五月份庆生会
课后才艺第
幼儿身高、体重测量
19 20 21 22 23 24 25 5/24体能检测暨大班铁人三项
课后才艺第
大班毕业典礼彩排周
26 27 28 29 30 31 1 5/31带回棉被、小床、书包柜、鞋柜消毒
@H1 sec=phases alt=other phase=六月毕业与传承;六月; | 六月毕业与传承
""",
    ),
    dict(
        name="fresh123_03_primary_flag_raising_week_schedule",
        source="https://ftxs.szftedu.cn/xs/gqxjh/202009/t20200925_126384.html",
        doc_kind="plan", partial=True,
        notes=["A Shenzhen (Futian) primary school's term schedule of flag-raising ceremonies, week by week, from the "
               "school's 国旗下讲话 column; the stored text starts with the table, so there is no title line.",
               "The table is flattened to one cell per line: header cells (升旗仪式日期 / 周次 / 节日（一周之内） / "
               "周参考主题内容… / 班级), then per week the date ('9.1', '10.12'), the bare week number ('1', '7'), the "
               "festival or theme, the week's topic and the class in charge. Empty cells were dropped, so rows are "
               "uneven (weeks 1-5 have no topic or class yet; week 6, the National Day week, is absent). No table cell "
               "is labelled: the dates and week numbers are not numbering, and '十二.九抗日运动纪念日' (the 12.9 "
               "anniversary written in Chinese numerals) only looks like a '一.' marker, and the cell '第二学期' only looks like a '第一' marker. The flag-raising dates are "
               "slots of the schedule, not phases.",
               "After the table, '国旗下展示相关要求：' is a level-1 label heading (requirements) and its point '1、 …' "
               "(with a space after 1、) an item. The page ends inside that point."],
        units=[],
        text="""\
升旗仪式日期
周次
节日（一周之内）
周参考主题内容 （具体节目名称、内容、形式自定）
班级
9.1
1
开学典礼
9.7
2
教师节
9.14
3
9.21
4
9.28
5
10.12
7
爱国教育
我和祖国共成长
四1班
10.19
8
重阳节
重阳节感恩老人主题
六5班
10.26
9
歌颂班级、学校新人新事、好人好事、新风尚
节约粮食，避免浪费
五5班
11.2
10
卫生教育
我讲卫生我健康 我是文明好少年
四5班
11.9
11
歌颂班级、学校新人新事、好人好事、新风尚
文明礼仪主题 中华名著，与我同行
三5班
11.16
12
歌颂班级、学校新人新事、好人好事、新风尚
经典伴我行 （与古诗词相关主题）
二5班
11.23
13
歌颂班级、学校新人新事、好人好事、新风尚
寻找身边的榜样
一5班
11.30
14
12.4宪法日
我懂法，我守法 12、4宪法日
六4班
12.7
15
十二.九抗日运动纪念日
勿忘一二.九，共图中华强
五4班
12.14
16
歌颂班级、学校新人新事、好人好事、新风尚
弘扬孝德礼仪，争做文明好少年
四4班
12.21
17
歌颂班级、学校新人新事、好人好事、新风尚
珍惜时间，收获成功
三4班
12.28
18
元旦节
喜迎元旦
二4班
1.4
19
生命安全教育
珍爱生命，安全第一 校园安全教育
一4班
1.11
20
期末考试
文明考试，收获成功
六3班
1.22
21
散学典礼
五3班
2.22
1
第二学期
开学典礼
四（3）班
2
开学第二周国旗下展示
一（6）班
@H1 sec=requirements | 国旗下展示相关要求：
@I2 | 1、 本学期国旗下展示按每周的参考主题准备，节目名称、内容和形式由班级自定，要贴近学生生活，不说大话空话。形式可以是三句半、相声、小品、吟诵、舞蹈、唱歌、器乐表演、快板等
""",
    ),
    dict(
        name="fresh123_04_college_youth_league_march_work_table",
        source="http://lcxhr.com/tw/info/1053/15353.htm",
        doc_kind="report", doc_kind_alt=["summary", "plan"], partial=True,
        notes=["A university youth league committee's (校团委, Loudi, Hunan) monthly work table for March with its "
               "completion status, followed by a numbered account of the month's work; the stored text starts with "
               "the table header, so there is no title line.",
               "The table is flattened to one cell per line (部门 / 序号 / 工作内容 / 完成时间 / 责任人 / 参与人 / 协助单位 / "
               "完成情况 with its three sub-columns 已完成 / 部分完成 / 未完成及其原因). The 责任人 and 参与人 cells (personal "
               "names) were dropped, and so were the empty cells, which the store shows as '?'. The department cell of "
               "the rows is not in the stored text. No cell is labelled: the row numbers '1' … '9' are bare digits, "
               "'3月' is the completion month of each task (a deadline, not a phase); the task cell '第四期青马骨干培训班开班事宜' only looks like a '第一' marker.",
               "'1. 3月，校团委…' is a numbered paragraph reporting the month's work, labelled as an item (level 1, "
               "achievements): the document therefore has no required heading. Dates inside it (3月4日, 3月7日, "
               "3月12日, 3月19日) are events. The page ends inside it ('组')."],
        units=["校团委"],
        text="""\
部门
序号
工作内容
完成时间
责任人
参与人
协助单位
完成情况
已完成
部分完成
未完成及其原因
1
配合娄底市开展无偿献血工作
3月
已完成
2
举办湖南省高校大学生脱口秀大赛
3月
已完成作品征集与海选，4月3日校级决赛
3
开展“三五”学雷锋活动月系列活动
3月
已完成
4
推进校园文创产品设计及推广工作
3月
已经开展前期摸底和产品设计方案
5
兼职、挂职副书记遴选工作
3月
已经完成报名和资格审查工作，即将进入面试环节
6
第四期青马骨干培训班开班事宜
3月
已完成
7
竹山社区大学生实践挂牌仪式
3月
已完成
8
开展“身心健康”公益主题讲座
3月
已完成
9
女生节“携手繁华路 筑梦微心愿”活动
3月
已完成
@I1 sec=achievements | 1. 3月，校团委和各学院团组织以“传承雷锋精神 培育时代新人”为主题开展了一个月的学雷锋系列活动，近5000名青年志愿者参加。3月4日，200名志愿者参与“擦靓公交站台，擦亮城市之窗”志愿服务；3月7日与离退办开展爱心助老“金晖行动”，打扫老年活动室和退休教师住宅；同期举办“携手繁华路 筑梦微心愿”女生节活动；3月12日启动“绿植领养计划”，300名学生参与；3月19日与娄底团市委在竹山社区为大学生社区实践基地挂牌，探索校地共建的长效机制。组
""",
    ),
    dict(
        name="fresh123_05_kindergarten_week7_key_points",
        source="http://cmbbyey.com/meizhouchongdian/994.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A private kindergarten's (聪明宝贝, Hengyang) notice of its week's key points, from the '每周重点' column. The "
               "row of links to other notices above it and the author / date / view line were dropped; '2014年下期 第七周' "
               "is the title line.",
               "'本周重点' is a level-1 label heading (goals) over three points 一、二、三、 (level 2). 一、 is the week's "
               "outing, whose parts are unnumbered label lines '活动时间：…', '活动地点：…', '活动流程：…', '活动目的：' "
               "(level 3). Under 活动目的 the page numbers the aims 一、 … 七、 again, colliding with the outer 一、二、三、: "
               "these are items at level 4 (goals, guidance accepted), with 1、2、 run inside their lines.",
               "二、 (parents take the bedding home on 9月29日) is a run-in point, kind requirements (other accepted); "
               "三、国庆节放假时间安排 is other (phases accepted); the page ends right after it ('根'). 活动时间 gives the "
               "outing's date '2014年9月30日' (optional phase); the times of the outing's programme (8:20前, 9:00, "
               "11:20-11:50, 12:00) are time slots inside one line and not labelled as phases."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2014年9月30日", end_text=None, at="活动时间：", optional=True),
        ],
        text="""\
@T | 2014年下期 第七周
@H1 sec=goals | 本周重点
@H2 | 一、本周我园的工作计划是：举行一次秋游活动
@H3 sec=phases alt=other | 活动时间：2014年9月30日 （当天天气：多云、微风、20-25度）
@H3 sec=other | 活动地点：衡阳市平湖公园
@H3 sec=phases alt=other | 活动流程： 1、家长带幼儿于8:20前到本班教室集合，班主任点名后统一出发。 2、9:00到达后各班拍集体照。 3、教师带家长和幼儿游玩、做游戏，观察秋天的特点；班主任负责，配班老师和保育员协助。 4、11:20-11:50各班组织幼儿分享食物，12:00统一返回西渡，由家长接回家。
@H3 sec=goals alt=guidance | 活动目的：
@I4 | 一、借亲子秋游增进亲子感情，给幼儿的童年增添乐趣。
@I4 | 二、让小朋友感受秋天：1、认识各种植物的颜色和常见动物的习性。2、知道秋天是收获的季节。
@I4 | 三、培养爱护环境的意识：1、不随意捕杀小动物。2、不摘花折枝，不损坏公物。
@I4 | 四、在分享食物中体验共同分享的快乐。
@I4 | 五、培养团队精神，外出时互相照顾、互相帮助。
@I4 | 六、培养外出安全意识：1、乘车安全。2、远离池塘、河流。3、防止被动物咬伤。4、不掉队、不走散。
@I4 | 七、培养讲卫生的习惯：1、不乱扔垃圾。2、不随地吐痰。
@H2 sec=requirements alt=other | 二、请所有家长9月29日下午把孩子的床上用品带回家清洗、晾晒。为避免校车超载，乘校车的幼儿请家长亲自来园取被子，校车不带被子。谢谢配合！
@H2 sec=other alt=phases | 三、国庆节放假时间安排
根
""",
    ),
    dict(
        name="fresh123_06_kindergarten_small_class_month_plan",
        source="https://wddqw.com/doc/dfbc2a9200768e9951e79b89680203d8cf2f6ac3.html",
        doc_kind="plan", partial=True, title_override="幼儿园小班下学期月计划",
        notes=["A kindergarten small class's month plan for the second term (winter themes: 《轱辘轱辘》, 《小不点儿》). "
               "The store ran the page into one block; it was split at the headings and numbered points. The title "
               "appears twice (the page's title and the document's own): both are title lines.",
               "Four task areas 一、教育工作, 二、保育工作, 三、环境创设, 四、家园共育 (level 1, goals, measures accepted) "
               "with 1、2、3、 points as items. After 四、's third point the numbering restarts at 1、 with no heading in "
               "view (suggestions for parents' outings and dress, apparently another block whose heading the page "
               "lost): labelled as items at level 2 under 四、.",
               "The site's anti-copy backtick ('…为主的`图案等') and its closing line '本文来源：https://www.wddqw.com/doc/d' "
               "are kept and not labelled. No dates: no phases."],
        units=[],
        text="""\
@T | 幼儿园小班下学期月计划
@T | 幼儿园小班下学期月计划
@H1 sec=goals alt=measures | 一、教育工作
@I2 | 1、开展主题活动《轱辘轱辘》，用各种会动的物体引起幼儿的好奇和想象，引导他们观察、操作、发现，自己建构经验。
@I2 | 2、开展主题活动《小不点儿》，让幼儿发现万物有大有小、有强有弱、会成长变化，体会自己由小到大的成长和快乐。
@H1 sec=goals alt=measures | 二、保育工作
@I2 | 1、提醒幼儿运动前后自我保护，热了脱衣、冷了添衣，出汗了主动找老师擦汗。
@I2 | 2、午睡和进餐时鼓励幼儿自己穿脱衣服、自己用勺吃饭，培养独立生活能力。
@I2 | 3、多带幼儿在阳光下散步或运动。
@H1 sec=goals alt=measures | 三、环境创设
@I2 | 1、布置以汽车等会滚动的物体为主的`图案，贴在展板上做成“汽车画廊”。
@I2 | 2、布置一组幼儿从小到大的成长照片，让幼儿看到人的成长过程。
@I2 | 3、布置冬天场景：一家三口穿着夏装，请幼儿自制“冬衣”贴到人物身上。
@H1 sec=goals alt=measures | 四、家园共育
@I2 | 1、带孩子到马路边观察汽车、自行车、三轮车、摩托车等，感受轮子的作用。
@I2 | 2、培养孩子自理能力，不要包办代替，让孩子自己穿脱衣服、整理玩具。
@I2 | 3、选一个容易结冰的日子，和孩子用小口杯等容器盛水放在室外，第二天把冰带到班上放进科学区。
@I2 | 1、带幼儿用积木在沙池里修马路或盘山公路，再放上玩具汽车。
@I2 | 2、引导孩子观察生活中“大”和“小”的事物以及由小变大的事物。
@I2 | 3、孩子穿得太多不便活动，太少又容易着凉，请家长按孩子体质调整衣着，增强自我保护意识。
本文来源：https://www.wddqw.com/doc/d
""",
    ),
    dict(
        name="fresh123_07_middle_school_moral_education_term_plan_week_table",
        source="http://m.zhongliu365.com/d75825.htm",
        doc_kind="plan", partial=True, title_override="中学2013-2018学年第一学期德育处工作计划",
        notes=["A middle school's moral-education office (德育处) plan for a first term (the years '2013-2018' are as "
               "the page has them). The stored text starts with the page title and then the TAIL of the plan's week "
               "table (weeks 11-21), which on the page sits before the plan's own title; the title is repeated after "
               "the table. Both title lines are labelled title lines.",
               "The table is flattened to one cell per line: week cell '第十二周', date cell '11.11-11.17', the week's "
               "work, the units in charge. The week cells start with a structural marker (第…周) and head their rows: "
               "level-1 headings, kind phases, each a phase with its date cell on the next line as start and end. The "
               "first line is the work cell of week 11, whose week and date cells are cut off (not labelled). The work cell '第五届道德文化建设表彰大会' only looks like a '第一' marker and is not labelled.",
               "After the title: 一、指导思想 (guidance), 二、目标要求 (goals) with （一）常规管理目标： (level 2) over "
               "'1.' items; all at the same level 1 as the week rows because the table and the plan are one document "
               "(level_alt not needed). The page ends after item 2."],
        units=["德育处", "音乐组", "党政办"],
        text="""\
@T | 中学2013-2018学年第一学期德育处工作计划
期中考试；期中总结；班主任工作例会（期中工作交流）；第三期黑板报和学习园地（我读书，我快乐/与好书交朋友）；读书节系列活动
德育处、班主任
@H1 sec=phases phase=第十二周;11.11;11.17 | 第十二周
11.11-11.17
班委竞选观摩；各年级家长会
德育处、班主任
@H1 sec=phases phase=第十三周;11.18;11.24 | 第十三周
11.18-11.24
第五届道德文化建设表彰大会
德育处、班主任
@H1 sec=phases phase=第十四周;11.25;12.1 | 第十四周
11.25-12.1
社会活动周
德育处、班主任
@H1 sec=phases phase=第十五周;12.2;12.8 | 第十五周
12.2-12.8
班主任工作研讨会（活动周体验；家校合作）；第四期黑板报和学习园地（成长路上，与法同行）；法制教育活动
德育处、班主任
@H1 sec=phases phase=第十六周;12.9;12.15 | 第十六周
12.9-12.15
校园文化艺术节系列活动
德育处、音乐组
@H1 sec=phases phase=第十七周;12.16;12.22 | 第十七周
12.16-12.22
校园文化艺术节系列活动
德育处、音乐组
@H1 sec=phases phase=第十八周;12.23;12.29 | 第十八周
12.23-12.29
配合党政办做好外语节各项活动
德育处、班主任
@H1 sec=phases phase=第十九周;12.30;1.5 | 第十九周
12.30-1.5
元旦文艺汇演；班主任学期结束工作要求；德育处资料归档
德育处、班主任
@H1 sec=phases phase=第二十周;1.6;1.12 | 第二十周
1.6-1.12
班主任工作例会（学期班主任总结）；德育处工作总结；第五期黑板报和学习园地（主题：新年新气象/冲刺期末）；学生成长记录册；
德育处、班主任
@H1 sec=phases phase=第二十一周;1.13;1.19 | 第二十一周
1.13-1.19
班主任工作考核；十佳值日生、十佳班主任评比；三好生系列评比
德育处、班主任
@T | 中学2013-2018学年第一学期德育处工作计划
@H1 sec=guidance | 一、指导思想
本学期德育工作围绕市局“活力教育、生态校园、幸福师生”的教育理想，以“做最好的自己”校训为育人宗旨，培养“做一个融入世界的现代人”，创新“自主管理和信心激励”的德育模式；以班级文化、行为规范养成、礼仪教育、安全法制教育和班风学风建设为重点，提高德育的针对性和实效性，建设平安和谐校园。
@H1 sec=goals | 二、目标要求
@H2 | （一）常规管理目标：
@I3 | 1.安全无责任事故；
@I3 | 2.学生违法犯罪率为零；
""",
    ),
]
