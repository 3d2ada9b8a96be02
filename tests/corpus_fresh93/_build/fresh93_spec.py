# -*- coding: utf-8 -*-
"""The ninety-third held-out fresh set: ACTIVITY PLANS AND WORK PLANS of
schools, kindergartens, libraries, communities, unions and companies
(主题活动, 竞赛, 志愿服务, a union department's annual arrangements,
a school office's weekly plan),
including ones whose schedule (活动安排 / 活动流程 / 活动内容及安排) is a list
of dated steps or clock times, and ones organised as 活动主题 / 活动时间 /
活动地点 / 参加人员 label headings.  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of an earlier set (see README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, collection titles and blurbs, sample numbers, the start of
  the next sample) was dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored (clock times and the damaged time
  `15;1015:30` keep their ASCII characters).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH93_DOCS = [
    dict(
        name="fresh93_01_school_leifeng_month_three_stage_activity",
        source="http://www.ruiwen.com/gongwen/fangan/292522.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A school's 学雷锋 month activity plan (ruiwen.com); the site's posting line ('时间：2020-11-25 … 方案 我要投稿') "
               "and the repeated page title were dropped; title line '关于学校学雷锋的活动方案'.",
               "二、活动时间 says only that March is the activity month, run in three stages: the overall period '三月份' is an "
               "optional phase on the body line.",
               "三、活动内容及安排 holds three bare stage headings '第一阶段' / '第二阶段' / '第三阶段' (level 2, phases); each is "
               "followed by a key-value line '主 题：我与雷锋交朋友（3月1日—3月10日）' (with the source's space inside 主 题) "
               "that carries the stage's theme and dates, and an '活动要求：…' line. Both key-value lines are body, not "
               "labelled (like '核心议题：…' in corpus-dev); the phase is labelled on the 第N阶段 line with the dates of the "
               "next line and named after the heading ('第一阶段').",
               "The site's anti-copy backtick ('我校的`学雷锋活动') is kept in the rewritten body. The page ends inside the "
               "third stage's 活动要求 ('…让雷锋精神内化为')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="三月份", end_text=None, at="三月份作为学雷锋活动月", optional=True),
        ],
        text="""\
@T | 关于学校学雷锋的活动方案
@H1 sec=guidance | 一、指导思想
雷锋是一个平凡而伟大的英雄，岁月流逝，雷锋精神仍留在我们心里。三月到来之际，我们要再掀学雷锋热潮。我校的`学雷锋活动今年以“帮助他人，快乐自己”为口号，以“立足校园，走向社会”为宗旨，不断充实新时期学雷锋的内容和形式，培养学生关心他人、服务社会的品质。
@H1 sec=phases alt=other | 二、活动时间
学校把三月份作为学雷锋活动月，活动分三个阶段推进。
@H1 sec=phases | 三、活动内容及安排
@H2 phase=第一阶段;3月1日;3月10日 | 第一阶段
主 题：我与雷锋交朋友（3月1日—3月10日）
活动要求：借升旗仪式作一次国旗下讲话宣传雷锋精神，随后各班自主学习，完成“五个一”工程：读一本雷锋的书、听一个雷锋的故事、背一句雷锋名言、写一篇学雷锋日记、出一期雷锋主题板报。
@H2 phase=第二阶段;3月11日;3月21日 | 第二阶段
主 题：我以雷锋为榜样（3月11日—3月21日）
活动要求：从身边小事和本职岗位做起，争当生活中的小雷锋。建议开展“五个一”活动：结合三八妇女节开展“献给妈妈的爱”教育，结合3月12日植树节开展护绿教育，调查社区周边环境并做一次社区服务，开一次“岗位学雷锋，班内树新风”主题班队会，向身边的人献一次爱心。
@H2 phase=第三阶段;3月22日;3月31日 | 第三阶段
主 题：我与雷锋并肩行（3月22日—3月31日）
活动要求：各班总结本次主题教育，民主评选学雷锋小标兵，每班原则上不超过3名，借典型进一步弘扬雷锋精神，让雷锋精神内化为
""",
    ),
    dict(
        name="fresh93_02_company_fuel_station_fire_knowledge_contest",
        source="https://www.oh100.com/a/202110/3646592.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a collection page ('知识竞赛方案（通用13篇）', oh100.com): a company sales department's "
               "fire-safety knowledge contest for the staff of its own filling stations. The collection title, posting line, "
               "blurb and the sample number ('知识竞赛方案 1') were dropped; the sample has no title line of its own, so "
               "title is null.",
               "Label headings with a trailing colon '一、竞赛时间：' … '五、奖罚规则：', values on the next line. 竞赛时间 is "
               "phases (other accepted) with the contest days as an optional overall period; 地点 / 参赛人员 / 规则 / 奖罚 "
               "are other (评分标准-like).",
               "Under 四、竞赛规则 the rounds are unnumbered label headings '环节一：必答题：' / '环节二：抢答题：' (numbering "
               "'none': 环节一 is not a numbering class), level 2; their 1、2、3、 rules are statements, labelled items at "
               "level 3. Clock times 8:30 / 8:50 are inside the value line, not phases.",
               "The page ends inside 五、奖罚规则 ('…最后一名由加油站')."],
        units=["经营部"],
        extra_phases=[
            dict(name="竞赛时间", start_text="20xx年3月10日", end_text="11日", at="20xx年3月10日、11日", optional=True),
        ],
        text="""\
@H1 sec=phases alt=other | 一、竞赛时间：
20xx年3月10日、11日两天进行，员工8:30到场，8:50正式开赛。
@H1 sec=other | 二、竞赛地点：
经营部会议室。
@H1 sec=other | 三、参赛人员：
经营部自营加油站的员工，按班次分批参赛。
@H1 sec=other | 四、竞赛规则：
评委从每个加油站临时抽出5名员工组成答题小组（含组长共5人），共3组，比赛加油站消防知识，依次进行必答题、抢答题和情景演示三个环节；由经营部经理、副经理任裁判，另设计分员一名。
@H2 | 环节一：必答题：
@I3 | 1、题目分三组，每组六题，各站抽题作答，3分钟内答完。
@I3 | 2、小组每位成员至少答一题，否则扣一分。
@I3 | 3、答对一题得一分，可以放弃作答，总用时超过3分钟扣一分。
@H2 | 环节二：抢答题：
@I3 | 1、共10题，每题限时30秒。
@I3 | 2、举手抢答，主持人说“开始”之前抢答的扣一分；同时举手的用“石头剪刀布”决定谁答。
@I3 | 3、抢到并答对得一分，答错扣一分，该题转为观众题由全体员工抢答，答对的发纪念品一份。
@H1 sec=other | 五、奖罚规则：
按积分排名次，积分相同时加赛一道抢答题。第一名加油站奖现金3000元，答题小组成员各得纪念品一份；第二名加油站奖2000元，小组成员各得纪念品一份；最后一名由加油站
""",
    ),
    dict(
        name="fresh93_03_county_union_energy_saving_knowledge_contest",
        source="http://wenshu.52jianpu.com/fangan/1914406.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a collection page ('关于知识竞赛方案范文汇总八篇'): a county's energy-saving knowledge "
               "contest for cadres and workers, run by the county government office and the county federation of trade "
               "unions, written as a notice ('现将有关事项通知如下：'). Collection title, posting line, blurb and sample "
               "number dropped; no title line, title null.",
               "The opening paragraph (basis, and the period '20xx年5-8月间') is body; the overall period sits inside that "
               "sentence, not under a 时间 heading, so no phase is labelled.",
               "Label headings '一、竞赛主题：' … '三、竞赛内容：' with the value on the next line; 竞赛主题 and 竞赛形式 are other, "
               "竞赛内容 other (goals accepted: the scope to be learnt). 四、组织机构 is responsibilities; the page ends in its "
               "body ('…成立竞赛').",
               "The list of laws and documents in 三、 was shortened; the titles kept are the source's."],
        units=["县政府办公室", "县总工会"],
        text="""\
按照《节约能源法》《公共机构节能条例》《河南省公共机构节能管理办法》和《20xx年xx市公共机构节能减排工作重点》的要求，为推动“当好科学发展主力军”节能减排行动，发动全县干部职工为机关和企事业单位节能减排、完成我县“十二五”目标建功立业，经研究，定于20xx年5-8月间举办xx县干部职工节能减排知识竞赛。现将有关事项通知如下：
@H1 sec=other | 一、竞赛主题：
我为节能减排做贡献
@H1 sec=other | 二、竞赛形式：
分预赛和决赛两种形式
@H1 sec=other alt=goals | 三、竞赛内容：
主要包括《节约能源法》《环境保护法》《循环经济促进法》《公共机构节能条例》等节能环保法律法规，《“十二五”节能减排综合性工作方案》《市总工会关于组织开展“三比两降”节能减排竞赛活动的通知》等文件规定，以及省、市对干部职工节能减排工作的有关要求。
@H1 sec=responsibilities | 四、组织机构
竞赛由县政府办公室、县总工会负责组织，为保证活动顺利开展、取得实效，成立竞赛
""",
    ),
    dict(
        name="fresh93_04_community_mid_autumn_volunteer_visit_activity",
        source="https://fanwen.gdygsk.com/showinfo-296-116744-10.html",
        doc_kind="activity_plan", partial=True,
        notes=["Sample 11 of a collection page ('2023年社区中秋活动方案(11篇)'): a community's mid-autumn visit by volunteers "
               "to lonely elderly people, orphans, left-behind children and poor families. Collection title, breadcrumb "
               "and sample number dropped; no title line of its own, title null. The source's place mask '--社区' is kept.",
               "Ten label headings 一、 to 十、, three with the value on the same line ('一、活动主题：情满中秋—月饼代表你的心', "
               "'五、活动地点：--社区'); '四、活动时间：' is empty in the source, so no phase is labelled.",
               "Kinds: 主题 / 地点 / 探访对象 / 参加人员 other; 活动目的 goals (guidance accepted); 活动筹备 measures (other "
               "accepted); 活动流程及内容 phases (measures accepted: its body is a purchasing task, not steps); 分工 "
               "responsibilities (other accepted); 有关要求 requirements with six 1、 rule statements as items.",
               "The meeting time '9月24日上午10点' is inside the 分工 body, not a phase. The page ends inside item 6 "
               "('…遇到突发事')."],
        units=["社区居委会"],
        text="""\
传统的中秋节快到了，社区准备组织队员到--社区探访孤寡老人、孤儿、留守儿童和贫困家庭等弱势群体，开展中秋慰问，欢迎志愿者踊跃参加。具体方案如下：
@H1 sec=other | 一、活动主题：情满中秋—月饼代表你的心
@H1 sec=goals alt=guidance | 二、活动目的：
为社区的孤寡老人、孤儿、留守儿童和低保困难户送去节日问候，让平时少有人关注的群体感到社会的关心，与他们建立起良好的沟通；也借此带动社会更多关注这些弱势群体。
@H1 sec=measures alt=other | 三、活动筹备：
慰问礼物，月饼
@H1 sec=phases alt=other | 四、活动时间：
@H1 sec=other | 五、活动地点：--社区
@H1 sec=other | 六、活动探访对象：
孤寡老人、孤儿、留守儿童、贫困家庭。
@H1 sec=other | 七、参加人员：
社区居委会，社区共青团市民学校志愿者
@H1 sec=phases alt=measures | 八、活动流程及内容：
由社区居委会派人统一采购慰问品：月饼5—10盒，水果5—10箱。
@H1 sec=responsibilities alt=other | 九、分工：
按到场志愿者人数和确定的服务对象人数分组。9月24日上午10点在--社区集合报到，分成小组，每组负责一到两户，领取活动牌、帽子、慰问品和打扫工具后统一出发。
@H1 sec=requirements | 十、有关要求：
@I2 | 1、遵守纪律，服从安排，不做有损志愿者名誉的事；
@I2 | 2、想参加的队员须按活动公告或通知报名后才能参加；
@I2 | 3、活动中统一穿队服、戴队帽和活动牌；
@I2 | 4、讲文明、讲礼貌，维护志愿者形象；
@I2 | 5、活动中不得单独行动，请假、迟到、早退要及时说明；
@I2 | 6、注意服务对象和自身安全，遇到突发事
""",
    ),
    dict(
        name="fresh93_05_kindergarten_lantern_festival_activity",
        source="https://m.wenke99.com/p-7703420.html",
        doc_kind="activity_plan", partial=True,
        title_override="幼儿园元宵节主题的活动策划方案",
        notes=["A kindergarten class's Lantern Festival plan from a document-sharing site (wenke99), stored as one "
               "run-together block and split into lines at its numbering. The cover line '幼儿园元宵节主题的活动策划方案范文' and "
               "the document's own title are both title lines (title = the document's own); the site's template line "
               "'仅供参考，自行编辑使用' between them is debris, kept and not labelled.",
               "Numbering with a space '一、 活动目的：' kept; PDF spacing kept in the value lines ('20xx 年 2 月 x 日', "
               "'14:40 分'); the anti-copy dot in '汤圆的.习俗' kept in the rewritten body.",
               "Value-on-the-line headings '二、活动主题：快乐元宵节', '三、活动时间：…（下午 15:30）' (optional overall time), "
               "'四、活动地点：本班课室'. 五、活动准备 (measures, other accepted) holds five dated preparation tasks as items; "
               "their dates and clock times are deadlines, not phases.",
               "六、活动流程 (phases) holds the programme steps as items; step 1 starts with the damaged time '15;1015:30' "
               "(15:10–15:30 with a semicolon and no dash), kept as it is and labelled as an optional time slot '15;10'–'15:30'. "
               "The page ends in step 3 ('教师指导语：今天是')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="20xx 年 2 月 x 日", end_text=None, at="三、活动时间", optional=True),
            dict(name="家长签到", start_text="15;10", end_text="15:30", at="15;1015:30", optional=True),
        ],
        text="""\
@T | 幼儿园元宵节主题的活动策划方案范文
仅供参考，自行编辑使用
@T | 幼儿园元宵节主题的活动策划方案
@H1 sec=goals alt=guidance | 一、 活动目的：
让幼儿知道元宵 节是我国的传统节日，有品尝汤圆的.习俗；能用简单的话说出汤圆的味道和吃汤圆时的心情，在亲子一起做汤圆的过程中感受乐趣。
@H1 sec=other | 二、活动主题：快乐元宵节
@H1 sec=phases alt=other | 三、活动时间：20xx 年 2 月 x 日（下午 15:30）
@H1 sec=other | 四、活动地点：本班课室
@H1 sec=measures alt=other | 五、活动准备：
@I2 | 1、本周五中午去办公室领一次性台布。
@I2 | 2、2 月 x 日（下周一）中午第二批用餐的人员留在厨房搓粉，搓好后分到各班，各班老师人手一份。
@I2 | 3、到厨房领盘、桶等，把材料装好。
@I2 | 4、下周一下午 14:40 分按时吃午点，全体员工下午 14:15 分按时到岗。（校车老师上午帮厨房洗番薯）
@I2 | 5、活动当天下午 15:00 起由门卫和校车司机指挥车辆、看守大门。
@H1 sec=phases | 六、活动流程：
@I2 | 1、15;1015:30（家长签到，播放上次图片）
@I2 | 2、播放“汤圆”歌曲，班主任带幼儿入场。
@I2 | 3、教师指导语：今天是
""",
    ),
    dict(
        name="fresh93_06_library_world_reading_day_activity",
        source="http://xy596.com/x/14198.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page on xy596.com (a development-zone library's World Reading Day "
               "programme). The breadcrumb ('小雨596 > 行政公文 > 网站地图>'), the '相关推荐' line, the sample number ('篇1') "
               "and the start of sample 2 were dropped; the page title '2024年图书馆世界读书日活动方案' is the title line.",
               "The sample starts straight with its activities: seven 1、 headings, each a short title ending in '。' and "
               "followed by a body line; level 1, kind goals (the programme's activities; measures and phases accepted).",
               "Four headings carry the event's date and clock time in brackets ('3、文化信息资源共享工程视频讲座（20xx年4月23日"
               "上午9:30）。'). They are dated programme slots on different days, labelled as optional phases (time slots), "
               "not required ones; the survey period '4月20日至5月10日' in the body of 2、 is a task period, not a phase.",
               "Their heading texts are set by hand: the automatic cut would stop at the ASCII colon of the clock time. The body of 1、 ('详见《开发区图书馆免费开放实施细则》。') is a reference line, kept almost as it is. Unit: the "
               "electronic reading room that runs the lecture; the other rooms are only named as venues or collections. "
               "The page ends after heading 7、 (its body is not shown)."],
        units=["电子阅览室"],
        extra_phases=[
            dict(name="文化信息资源共享工程视频讲座", start_text="20xx年4月23日上午9:30", end_text=None,
                 at="3、文化信息资源共享工程视频讲座", optional=True),
            dict(name="奥运知识搜索比赛", start_text="20xx年4月26日上午9:00", end_text="10:00",
                 at="5、奥运知识搜索比赛", optional=True),
            dict(name="外语口语交流活动", start_text="20xx年4月25日上午9:00", end_text="11:00",
                 at="6、外语口语交流活动", optional=True),
            dict(name="少儿阅览室知识竞赛颁奖活动", start_text="20xx年4月26日上午10:00", end_text=None,
                 at="7、少儿阅览室知识竞赛颁奖活动", optional=True),
        ],
        text="""\
@T | 2024年图书馆世界读书日活动方案
@H1 sec=goals alt=measures,phases | 1、图书馆各服务窗口对外免费开放。
具体办法见《开发区图书馆免费开放实施细则》。
@H1 sec=goals alt=measures,phases | 2、读者问卷调查。
为掌握读者需求、提高文献利用率、给图书馆今后的发展提供依据，拟设计一份读者调查问卷，4月20日至5月10日向读者发放，并做好评估和总结。
@H1 sec=goals alt=measures,phases text=3、文化信息资源共享工程视频讲座（20xx年4月23日上午9:30） | 3、文化信息资源共享工程视频讲座（20xx年4月23日上午9:30）。
电子阅览室从文化信息资源共享工程中选出视频讲座，4.23日当天播放给读者。本次由作家苏童解读名著《包法利夫人》，帮助读者提高阅读世界名著的能力，倡导“我读书，我快乐”。
@H1 sec=goals alt=measures,phases | 4、奥运书目推介。
奥运会临近，读者对奥运知识的需要日益增多，我们专门编一期“迎奥运书目推介”，汇集外借室、少儿借阅室、综合阅览室的相关图书和期刊，方便读者查找和借阅。
@H1 sec=goals alt=measures,phases text=5、奥运知识搜索比赛（20xx年4月26日上午9:00-10:00） | 5、奥运知识搜索比赛（20xx年4月26日上午9:00-10:00）。
编一份奥运知识题集，请读者借助书刊和网络检索答案，加深印象、提高兴趣。
@H1 sec=goals alt=measures,phases text=6、外语口语交流活动（20xx年4月25日上午9:00-11:00） | 6、外语口语交流活动（20xx年4月25日上午9:00-11:00）。
在外语阅览室举办“迎奥运，学英语”口语交流，帮助读者提高口语水平、激发学习热情。
@H1 sec=goals alt=measures,phases text=7、少儿阅览室知识竞赛颁奖活动（20xx年4月26日上午10:00） | 7、少儿阅览室知识竞赛颁奖活动（20xx年4月26日上午10:00）。
""",
    ),
    dict(
        name="fresh93_07_school_qingming_martyrs_tomb_activity",
        source="http://xiefangan.com/cehuafangan/76250.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page on xiefangan.com ('学校清明策划方案'): a primary school's Qingming visit "
               "to the martyrs' cemetery. Breadcrumb, posting line, blurb and sample number ('篇1') dropped, as is the start "
               "of sample 2; the page title '学校清明策划方案' is the title line.",
               "Label headings with a trailing colon and the value on the next line ('二、扫墓地点：' / '烈士陵墓'). 扫墓时间 "
               "is phases (other accepted) with an optional overall time '4月2日8:00'.",
               "五、活动安排 (phases) holds one unnumbered time-slot line '8:00集合（内操场）…' (body, optional slot) and a body "
               "line. 六、祭扫烈士墓程序 (phases, other accepted) has six short steps as items; 七、活动要求 (requirements) "
               "eight rule items; the deadline '4月8日' in item 4 is not a phase.",
               "The trailing unnumbered label '革命烈士事迹：' is a heading (level 1, background, other accepted); the martyrs' "
               "names in its body and a teacher's surname in requirement 8 were dropped."],
        units=["教导处"],
        extra_phases=[
            dict(name="扫墓时间", start_text="4月2日8:00", end_text=None, at="4月2日8:00", optional=True),
            dict(name="集合", start_text="8:00", end_text=None, at="8:00集合", optional=True),
        ],
        text="""\
@T | 学校清明策划方案
@H1 sec=guidance | 一、指导思想
对学生进行爱国主义和革命传统教育，让他们不忘革命先烈、珍惜今天的学习生活，立下远大志向，磨炼意志、练好本领，将来报效祖国；同时借活动进行文明礼仪和团结互助教育，培养集体主义和组织纪律观念。
@H1 sec=other | 二、扫墓地点：
烈士陵墓
@H1 sec=phases alt=other | 三、扫墓时间：
4月2日8:00
@H1 sec=other | 四、参加对象：
3-6年全体学生（步行）
@H1 sec=phases | 五、活动安排：
8:00集合（内操场）从学校准时步行出发。
每班由班主任和一名跟班老师带队，维持秩序。
@H1 sec=phases alt=other | 六、祭扫烈士墓程序：
@I2 | 1、全体师生向纪念碑敬献花圈、默哀。
@I2 | 2、少先队员代表发言。
@I2 | 3、学校领导讲话
@I2 | 4、呼号
@I2 | 5、绕墓一周献花。
@I2 | 6、返校。
@H1 sec=requirements | 七、活动要求：
@I2 | 1、每名学生准备一朵小白花。
@I2 | 2、学生系红领巾、带中队旗，一律穿校服。
@I2 | 3、活动前各中队辅导员向同学们介绍“清明扫墓”的有关知识。
@I2 | 4、每人写一篇“观后感”或“游记”，4月8日交教导处。
@I2 | 5、各中队辅导员对队员做好安全教育，做到有组织、有纪律。
@I2 | 6、活动期间不大声喧哗、不随意说笑，默哀时尤其如此。
@I2 | 7、学生不带任何食品和饮料。
@I2 | 8、由体育教师准备一部相机。
@H1 sec=background alt=other | 革命烈士事迹：
17名革命烈士为保护群众的生命财产与土匪激战，最终光荣牺牲。
""",
    ),
    dict(
        name="fresh93_08_college_youth_volunteers_community_cleanup_activity",
        source="https://m.qishu7.net/book/88869/48250964.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college department's youth-volunteer plan to clean up a residential community (广安职业技术学院建筑与城市"
               "规划系 at 奎阁社区), stored on a reading site; the page shows no title line (the plan starts at '一、活动背景：'), "
               "so title is null.",
               "Ten label headings 一、 to 十、; 二、 to 七、 carry their value on the line (活动名称, 活动主题, 活动时间 as an "
               "optional overall time 'xx年10月13日上午九点', 活动地点, 主办单位, 承办单位 — the last two responsibilities). "
               "'八、 活动的目的及意义：' keeps the source's space after 八、 (goals, guidance accepted); its （1）–（3） are statements, "
               "items.",
               "九、活动流程 has three undated stages '1。活动前期：' / '2。活动中期' / '3。活动后期' (numbering '1。' with a 。, style "
               "none as in earlier sets; text set by hand because the automatic cut stops at the 。). They are labelled "
               "phases without dates; their （1）… steps are items at level 3.",
               "The source's half-width '(1)' was restored to '（1）'. The page ends inside 十、活动注意问题 item （2） ('各项')."],
        units=["广安职业技术学院建筑与城市规划系", "建筑与城市规划系青志队"],
        extra_phases=[
            dict(name="活动时间", start_text="xx年10月13日上午九点", end_text=None, at="四、活动时间", optional=True),
        ],
        text="""\
@H1 sec=background alt=guidance | 一、活动背景：为响应学院号召，把志愿者精神带到青年学生中，激励他们积极向上、乐于助人，为实现小康、建设现代化国家贡献青春力量，广安职业技术学院建筑与城市规划系的青年志愿者将走进社区，为奎阁社区的居民整理小区环境。
@H1 sec=other | 二、活动名称：青年志愿者为奎阁社区打扫
@H1 sec=other | 三、活动主题：服务进社区，爱心暖人心
@H1 sec=phases alt=other | 四、活动时间：xx年10月13日上午九点
@H1 sec=other | 五、活动地点：广安市奎阁社区
@H1 sec=responsibilities | 六、主办单位：广安职业技术学院建筑与城市规划系
@H1 sec=responsibilities | 七、承办单位：建筑与城市规划系青志队
@H1 sec=goals alt=guidance | 八、 活动的目的及意义：
@I2 | （1）借青年志愿者活动弘扬雷锋精神，在青年学生中形成互相关心、互相帮助的风气。
@I2 | （2）增强同学们的社会责任感，在了解和关注社会中学会关爱互助。
@I2 | （3）养成良好的行为习惯。
@H1 sec=phases | 九、活动流程
@H2 num=1。 text=1。活动前期 phase=活动前期;; | 1。活动前期：
@I3 | （1）事先联系社区居委会，取得负责人的信任与支持，便于配合开展活动。
@I3 | （2）排出一张时间和活动安排计划表。
@I3 | （3）通知参加人员带齐打扫卫生的全部工具。
@I3 | （4）活动前一天向学院借好志愿者服装。
@I3 | （5）向系里借好系旗。
@H2 num=2。 text=2。活动中期 phase=活动中期;; | 2。活动中期
@I3 | （1）部门负责人带志愿者乘公交到活动地点。
@I3 | （2）与社区负责人接上头后分工、分组。
@I3 | （3）活动中由我部门安排专人拍照。
@I3 | （4）清扫后把垃圾运到统一收集点。
@H2 num=3。 text=3。活动后期 phase=活动后期;; | 3。活动后期
@I3 | （1）垃圾处理完后，全体志愿者与社区负责人合影留念。
@I3 | （2）清点好工具，统一带志愿者乘公交安全返校。
@I3 | （3）活动结束后由我部门人员归还借用的物品。
@H1 sec=requirements | 十、活动注意问题：
@I2 | （1）参加人员须按时到指定地点集合，服从安排；因特殊原因不能参加的，要及时告知活动负责人。
@I2 | （2）各项
""",
    ),
    dict(
        name="fresh93_09_city_union_women_workers_2023_key_work",
        source="https://xiezuofangchengshi.com/doc/54798.html",
        doc_kind="plan", partial=True,
        notes=["A city federation of trade unions' women-workers department: its 2023 innovation and key work arrangements "
               "(工作要点-like), stored as one run-together block. The title was run into the opening; it was put on its "
               "own line. The overall-approach paragraph ('围绕一个中心' / '落实两项部署' / '突出三个重点' and the lead-in '具体"
               "落实在五项行动上：') is body.",
               "Both visible headings are glued to their bodies without punctuation, as the store has them: "
               "'一、贯彻新思想，实施女职工思想引领行动学习宣传贯彻党的二十大精神。…' and '二、聚焦新目标，实施女职工康乃馨提升行动"
               "加强康乃馨服务站建设。…'. The heading texts were set by hand at the end of the action's name. Kind goals "
               "(measures accepted: the task areas of a plan).",
               "Quoted campaign names are kept in the rewritten body ('芳华绽放新征程', '让奉献在新征程绽放', '让青春在新征程绽放', "
               "'建功新时代、奋跃她力量'). The store elides the rest ('…'); the page ends at '在女职工集中'."],
        units=["女职工部"],
        text="""\
@T | 女职工部2023年创新和重点工作安排
2023年市总女职工工作的总体思路是“围绕一个中心”：学习宣传贯彻党的二十大精神，凝聚女职工奋进力量；“落实两项部署”：产业工人队伍建设改革和国家积极生育政策的支持；“突出三个重点”：女职工特殊权益维护、新就业形态劳动者关爱、劳动领域政治安全。具体落实在五项行动上：
@H1 sec=goals alt=measures text=一、贯彻新思想，实施女职工思想引领行动 | 一、贯彻新思想，实施女职工思想引领行动学习宣传贯彻党的二十大精神。在女职工和女职工干部中普遍开展学习教育，开展“芳华绽放新征程”系列主题教育。围绕女职工人才队伍建设，举办“让奉献在新征程绽放”巾帼劳模工匠和产业女职工先进事迹展播宣传月，选树女职工创新工作室、创新班组和创新团队；围绕青年女职工成长，举办“让青春在新征程绽放”主题阅读和有奖征文；“三八节”期间举办“建功新时代、奋跃她力量”庆祝活动。
@H1 sec=goals alt=measures text=二、聚焦新目标，实施女职工康乃馨提升行动 | 二、聚焦新目标，实施女职工康乃馨提升行动加强康乃馨服务站建设。在女职工集中
""",
    ),
    dict(
        name="fresh93_10_primary_school_moral_education_week10_plan",
        source="http://tjxx.jnjy.net.cn/NewShow-1742.aspx",
        doc_kind="plan", partial=True,
        title_override="德育处周工作安排",
        notes=["A primary school moral-education office's plan for week 10 (2010~2011 school year, second term), posted on "
               "the school's own site as a table. The posting line ('发表日期：… 出处：本站 作者：无 有783位读者读过') was dropped.",
               "Three title lines: the page's short title '德育处第十周工作安排', the term line '2010~2011学年度第二学期' and the "
               "document's own spaced title '德 育 处 周 工 作安 排' (title = the document's own, spaces removed). The week line "
               "'4 月 18 日~ 4 月 22 日 第 十 周' (PDF-like spacing kept) is body and carries the week as an optional overall "
               "period.",
               "The table was flattened to one cell per line and the site's cell separators '|' dropped. The four header "
               "cells ('周工作 要 点', '具 体 内 容', '责任人', '备 注'), the responsibility cells ('班主任', '大队部', '班主任 年级组', "
               "'年级组 大队部') and the remark cells are body, not labelled.",
               "Judgement call: the two row labels of the 周工作要点 column, '思 想 教 育' and '主 要 工 作' (spaced, no numbering), "
               "are labelled headings at level 1 (kind goals, measures accepted: the week's task areas); the numbered task cells "
               "under them are items at level 2. Their texts are set by hand where the automatic cut would stop at the colon "
               "of '1、4月22日：…'.",
               "Dates inside the task cells (4月22日 世界地球日, 4月23日 世界图书和版权日) are commemoration days, not phases. "
               "The page ends inside task 4 ('4、积极落实区教育')."],
        units=["大队部", "年级组"],
        extra_phases=[
            dict(name="第十周", start_text="4 月 18 日", end_text="4 月 22 日", at="第 十 周", optional=True),
        ],
        text="""\
@T | 德育处第十周工作安排
@T | 2010~2011学年度第二学期
@T | 德 育 处 周 工 作安 排
4 月 18 日~ 4 月 22 日 第 十 周
周工作 要 点
具 体 内 容
责任人
备 注
@H1 sec=goals alt=measures | 思 想 教 育
@I2 text=1、4月22日：世界地球日、世界法律日 | 1、4月22日：世界地球日、世界法律日；4月23日：世界图书和版权日。利用晨会等时间向学生讲清这些节日的来历，重点进行环保教育和全民读书教育，号召学生多读书，做自觉讲环保、讲文明的新时期好少年。
班主任
可以上网查找相关资料。
@I2 | 2、围绕“让学生爱护学校和公共场所公物”这一主题，各班开展一事一议一评。让学生互查课桌椅有无贴画、乱刻乱画，排查有无乱摘花草、践踏花坛草坪的现象，引导学生自觉爱护公物。
@H1 sec=goals alt=measures | 主 要 工 作
@I2 | 1、各班级结合清明节祭奠先烈、追寻先烈足迹，在班级和年级组讲英雄故事的基础上，由大队部继续组织选拔赛，最后选出一名优胜者代表学校参加“花儿朵朵向太阳”江宁区纪念建党90周年故事大王比赛，比赛要拍视频上报。本周各年级组还要组织1-2个中队开展以向英雄学习为主题的观摩活动
大队部
@I2 | 2、为推进家庭教育现代化，给全区家长一个网上学习园地，南京市江宁区家长学校总校创办了南京江宁网上家长学校。具体要求见《关于向南京江宁网上家长学校报送有关材料及稿件的通知》
班主任 年级组
通知另发或见江宁教育信息网
@I2 | 3、按照第三届风筝节的要求，在保证安全和全员参与的前提下进行决赛，请各年级组配合大队部完成风筝节活动
年级组 大队部
@I2 | 4、积极落实区教育
""",
    ),
]
