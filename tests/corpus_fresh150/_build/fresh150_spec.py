# -*- coding: utf-8 -*-
"""The 150th held-out fresh set: ACTIVITY PLANS for contests and events
(knowledge quizzes, a speech contest, singing contests, a National Day
programme, a children's wall-painting contest) whose dated activities sit
OUTSIDE a 实施步骤 part: 报名时间 / 初赛 / 复赛 / 决赛 rows, 比赛时间 lists,
活动流程 with dated rounds, event lists with 时间： rows.  Found as stored
public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, used_sources.tsv and *.lst under
/work/main/tests/corpus_fresh*/, /work/fresh*/ and /work/wt-lead/tests/).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text (times such as 8:00 keep their colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH150_DOCS = [
    dict(
        name="fresh150_01_college_encyclopedia_quiz_contest_plan",
        source="https://360docs.net/doc/0914236712.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college department's editorial office (食品系编辑部) plans a campus encyclopedia quiz. The "
               "document-sharing site's download disclaimers (three numbered '1、下载文档前…' lines) and the '合集下载' "
               "line were dropped as site navigation; the page's own title line is kept.",
               "'三、活动时间和地点：' holds two key-value schedule rows (body, not labelled) that carry the two required "
               "phases: 初赛 '12月14号' (with '12点30' run on) and 决赛 '12月18号' (with '晚7点'). Dates use 号, kept.",
               "The registration deadline under 五、 ('12月11日晚自习') is a deadline inside a body line, not a phase. "
               "The date and clock times inside item B ('2013年12月14日下午12:20入场。12:30…') repeat the 初赛 row and "
               "are not a separate phase. Item B's text is set by hand (the automatic cut would stop at the colon of "
               "'12:20').",
               "七、具体流程 holds two sub-headings 1、/2、 and a level-3 heading '（1）初赛：'; the A、B、C、D、 lines are "
               "items. Under （1） the first item is typed 'A 、' with a space (numbering left as detected: none). The "
               "page ends on a bare 'C' (dropped).",
               "'一、活动主题：校园百科知识竞赛' is a short label-value heading (kept whole)."],
        units=["食品系编辑部", "食品系办公室"],
        text="""\
@T | 校园百科知识竞赛策划书
@H1 sec=other | 一、活动主题：校园百科知识竞赛
@H1 sec=goals alt=guidance | 二、活动目的：
为活跃在校大学生的课余文化生活，引导同学关注社会、开阔眼界、充实自我，食品系编辑部申请举办这次竞赛；题目涉及历史、生活常识、天文地理、歇后语和灯谜等，也给同学们一个展示自己的机会。
@H1 sec=phases alt=other | 三、活动时间和地点：
初赛时间和地点：12月14号12点30 具体地点另行通知
决赛时间和地点：12月18号晚7点具体地点另行通知
@H1 sec=other | 四、活动参加的对象：
山东药品食品全体在校学生。
@H1 sec=other alt=requirements | 五、报名相关事宜：
各班参赛名单由团支书汇总，于12月11日晚自习时间（只限晚自习）送到2A208食品系办公室。
@H1 sec=other | 六、竞赛方式：
每班派3名代表，抽签定座次，先进行初赛笔试，初赛成绩前12名进入决赛。
@H1 sec=phases | 七、具体流程：
@H2 | 1、赛前准备和宣传：
@I3 | A、准备两张海报、若干宣传单和103份试题资料。
@I3 | B、在1、2号楼大厅张贴海报。
@I3 | C、在全校团支书例会上介绍活动并给每班发一份试题材料，由各班口头宣传。
@I3 | D、由工作人员准备比赛题目。
@H2 | 2、比赛流程：
@H3 | （1）初赛：
@I4 | A 、试卷含选择、判断、简答三类题型，满分100分。
@I4 text=B、选手于2013年12月14日下午12:20入场，12:30开始笔试，限时1小时，超时作答无效 | B、选手于2013年12月14日下午12:20入场，12:30开始笔试，限时1小时，超时作答无效。
""",
        extra_phases=[
            dict(name="初赛", start_text="12月14号", end_text=None, at="初赛时间和地点：", optional=False),
            dict(name="决赛", start_text="12月18号", end_text=None, at="决赛时间和地点：", optional=False),
        ],
    ),
    dict(
        name="fresh150_02_university_speech_contest_plan",
        source="https://www.wenxue.cc/article/164429.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('大学生演讲比赛策划书 篇1') of a collection page: a university speech association "
               "(朝闻道演讲协会) runs its university's preliminary round of a provincial college speech contest. The "
               "collection title, date and blurb were dropped; the sample has no title of its own, so title is null.",
               "'五、活动时间及地点' holds three key-value schedule rows (body, not labelled) carrying three required "
               "phases: 报名 '10月31日'–'11月1日' (two days at two places, '10月31日汀香园前、11月1日甘饴园前'), 初赛 "
               "'11月3日' (15:00 run on) and 复赛 '11月6日' (12:30).",
               "The background paragraph's schedule of the provincial contest (seven divisions, training in early "
               "December) is prose, not a phase. Two trainers' names in it were dropped.",
               "四、主办及承办单位 holds key-value lines (body); the second 主办 unit stands alone on its own line.",
               "The background paragraph starts with '第二届全省高校…' (as the source does): a body line whose first "
               "characters look like a 第二 marker; not labelled.",
               "'六、活动具体安排' is followed by '1前期宣传及准备' (a digit with no punctuation; labelled as a level-2 "
               "heading, numbering none) and a bare '1、' where the page ends (dropped)."],
        units=["湖南省演讲与口才学会", "共青团长沙理工大学委员会", "长沙理工大学朝闻道演讲协会"],
        text="""\
@H1 sec=background alt=guidance | 一、活动背景
第二届全省高校演讲比赛即将开赛，由湖南省演讲与口才学会主办，共青团长沙理工大学委员会授权朝闻道演讲协会承办本校初赛选拔。湖南师大、湖南大学、中南大学等近三十所高校参赛，比赛按长沙河西、长沙河东（一）、长沙河东（二）、湘潭、衡阳、株洲、常德七个赛区依次进行初赛，十二月初对各校晋级选手集中进行一天的决赛培训，总决赛在江边活动中心举行。
@H1 sec=goals alt=guidance | 二、活动目的
激发同学们对演讲的兴趣，提高演讲能力，丰富校园文化生活，展示新时代大学生的风采，选拔培养优秀的演讲人才；同时加强与省内各高校的交流，开阔视野，扩大学校在省内高校中的影响。
@H1 sec=other | 三、活动主题
看法改变世界
@H1 sec=responsibilities | 四、主办及承办单位
主办单位：湖南省演讲与口才学会
共青团长沙理工大学委员会
策划承办单位：长沙理工大学朝闻道演讲协会
@H1 sec=phases alt=other | 五、活动时间及地点
报名时间及地点：10月31日汀香园前、11月1日甘饴园前
初赛时间及地点：11月3日15:00综教C206、C208、C205
复赛时间及地点：11月6日12:30文化广场
@H1 sec=phases alt=measures | 六、活动具体安排
@H2 | 1前期宣传及准备
""",
        extra_phases=[
            dict(name="报名", start_text="10月31日", end_text="11月1日", at="报名时间及地点：", optional=False),
            dict(name="初赛", start_text="11月3日", end_text=None, at="初赛时间及地点：", optional=False),
            dict(name="复赛", start_text="11月6日", end_text=None, at="复赛时间及地点：", optional=False),
        ],
    ),
    dict(
        name="fresh150_03_college_economics_quiz_contest_plan",
        source="https://zuowendang.com/fanwen/1722391578.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('知识竞赛策划书方案 篇1') of a collection page: a college department's League branch "
               "plans an economics knowledge contest. No title of its own; title null. The sample opens with two "
               "unnumbered label headings '主办单位：' / '承办单位：' (responsibilities) before '一.活动背景：'.",
               "Numbering '一.' with a full stop for the top level (style 一.), '（一）.' (bracket plus full stop) for "
               "the rounds, '1、' and '⑴' below, and '1.' for the items under 三. and 七.",
               "六.活动流程 holds the two rounds as level-2 headings with the dates in the next line's item "
               "('1、时间：4月7日至4月11日', '1、时间：4月14日至18日'): two required phases, the second ending '18日' "
               "without a month. '十.报名时间：' is a level-1 heading whose next line gives '3月24日至3月27日中午"
               "12:00~13:00': a required phase 报名 (the daily hours are not phase dates).",
               "'四.活动时间：' gives the overall period '4月上旬至中旬（第六周至第七周）': an optional phase "
               "(end '中旬' without a month).",
               "The page ends inside 十一.奖项设置 ('（二）1、经济' cut off, dropped)."],
        units=["河南xx学院成功学院院团委", "河南xx学院成功学院商学系团总支"],
        extra_phases=[
            dict(name="活动时间", start_text="4月上旬", end_text="中旬", at="4月上旬至中旬", optional=True),
        ],
        text="""\
@H1 sec=responsibilities | 主办单位：
河南xx学院成功学院院团委。
@H1 sec=responsibilities | 承办单位：
河南xx学院成功学院商学系团总支。
@H1 sec=background | 一.活动背景：
经济快速发展，社会越来越需要经济方面的人才；大学生在校期间除了学好专业，也应了解经济常识、关注国家经济动态和时政。
@H1 sec=other | 二.活动主题：
用专业知识解读经济问题，以勇气铸造胸才伟略。
@H1 sec=goals alt=guidance | 三.活动目的：
@I2 | 1.帮助同学们更深入地理解经济问题，加深对经济知识的认识。
@I2 | 2.关注社会热点，了解国家经济动态。
@I2 | 3.调动学习积极性，让同学们掌握更多基本经济常识。
@I2 | 4.鼓励同学们参加课外活动，丰富校园文化生活。
@H1 sec=phases alt=other | 四.活动时间：
4月上旬至中旬（第六周至第七周）。
@H1 sec=goals alt=other | 五.竞赛内容：
国际经济与贸易、市场营销、房地产开发与评估等专业方向，以及日常经济学常识。
@H1 sec=phases | 六.活动流程：
@H2 phase=初赛;4月7日;4月11日 | （一）.初赛：
@I3 | 1、时间：4月7日至4月11日
@I3 | 2、步骤：
@I4 | ⑴经济知识问答
@I4 | ⑵经济知识笔试问卷
@I4 | ⑶两分钟小型演讲
评委打分，三项成绩相加，总分前六名进入决赛。
@H2 phase=决赛;4月14日;18日 | （二）.决赛
@I3 | 1、时间：4月14日至18日
@I3 | 2、步骤：
@I4 | ⑴个人才艺展示
@I4 | ⑵经济知识抢答
@I4 | ⑶论题相互辩论
@I4 | ⑷主持人现场互动
@H1 sec=other | 七.活动地点：
@I2 | 1.初赛：1201。
@I2 | 2.决赛：国际会议报告厅。
@H1 sec=other | 八.参赛条件：
本院全体学生在规定时间内都可以报名。
@H1 sec=other alt=requirements | 九.报名方式：
在四希饭庄东门口现场报名。
@H1 sec=phases alt=other phase=报名;3月24日;3月27日 | 十.报名时间：
3月24日至3月27日中午12:00~13:00
@H1 sec=other | 十一.奖项设置：
@I2 | （一）特等奖：经济知识优秀奖
""",
    ),
    dict(
        name="fresh150_04_university_science_quiz_contest_plan",
        source="https://www.haojob123.com/zhichang/cehuashu/428987.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('知识竞赛策划书1') of a collection page: a university economics-and-management "
               "science association (经管科协) plans a science knowledge contest across four campuses for the "
               "science festival. Breadcrumb, collection title and blurb dropped; no title of its own, title null.",
               "'一、 活动目的' has a space after 一、 (kept); the other top headings do not.",
               "'五、活动施行方案' names two stages in its lead line; '第一阶段：' stands alone, its name '初赛阶段' "
               "follows on its own line (body, not labelled: the stage name broken off its heading) and "
               "'时间：11月8日—11月30日' on the next (key-value body row). One required phase 初赛阶段 on that row.",
               "'1.初赛阶段：以报纸的形式为主' is a level-3 label-value heading; '第一版：主题“科技前沿”…' is an item "
               "numbered like a 第一 token (a newspaper page, not a stage). The page ends there; the 现场知识竞赛 stage "
               "is not shown.",
               "'注：…' after 二、 is a body note."],
        units=["长安大学校团委", "长安大学科兴社", "经管科协"],
        extra_phases=[
            dict(name="初赛阶段", start_text="11月8日", end_text="11月30日", at="时间：11月8日", optional=False),
        ],
        text="""\
@H1 sec=goals alt=guidance | 一、 活动目的
二十一世纪的大学生应当用科技武装头脑。院团委为营造“经管科技氛围”成立了经管科协，协会响应科技文化节号召举办这次科技知识竞赛，引导同学们了解和普及科技文化知识、丰富课余生活，提高学习科学文化知识的积极性。
@H1 sec=background alt=other | 二、活动简介
活动面向长安大学全体学生，在本部、雁塔、小寨、渭水四个校区宣传和选拔，由经管科协负责筹划、选题出题、选拔和主持，在长安大学科技节期间举行。
注：现场竞赛设在本部；报名人数较多时，可在各校区分别举行一场现场竞赛。
@H1 sec=goals alt=other | 三、竞赛内容
以科技类内容为主，包括科技前沿课题、传统科技文化知识、著名科学家、电脑知识和生活百科等。
@H1 sec=responsibilities | 四、主办单位
主办：长安大学校团委
承办：长安大学科兴社、经管科协
@H1 sec=phases | 五、活动施行方案
竞赛分试卷选拔和现场知识竞赛两个阶段进行。
@H2 | 第一阶段：
初赛阶段
时间：11月8日—11月30日
@H3 | 1.初赛阶段：以报纸的形式为主
@I4 | 第一版：主题“科技前沿”，介绍当今世界的一些高科技产品和信息，并简要介绍社团情况。
""",
    ),
    dict(
        name="fresh150_05_middle_school_singer_contest_plan",
        source="https://www.boxueka.com/syfb/cehuashu/649o4p.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('2020校园歌手大赛策划书范文篇1') of a collection page: a middle school's political-"
               "education office and student union run a campus singer contest with a student and a teacher group. "
               "Breadcrumb, collection title and blurb dropped; no title of its own, title null. The sample opens "
               "with an untitled purpose paragraph.",
               "'一、活动主题 舞动旋律，唱响青春。' and '二、主办 学校政教处，学生会。' run the heading into its value "
               "after a space; texts set by hand to the label ('一、活动主题', '二、主办').",
               "'三、主要负责人' lists three personal names in the source; the names were dropped, so the heading stands "
               "without a body line.",
               "五、比赛时间 holds three numbered rows 1、2、3、 labelled as level-2 headings (they name the contest's "
               "rounds) carrying three required phases: 报名 with an end only ('截止到20XX年4月19日': a registration "
               "period closing on that day, labelled end_text), 预赛 '20XX年4月22日'–'4月30日' (daily lesson "
               "hours not phase dates) and 决赛 '20XX年5月中旬' (start only).",
               "六、参赛要求 items 1、–3、; the page ends after item 3."],
        units=["学校政教处", "学生会"],
        text="""\
让音乐成就梦想。为丰富校园文化生活、增添艺术氛围，给热爱音乐的同学营造积极向上、健康文明的环境，展示同学们团结进取的精神面貌，也给大家提供锻炼和展示自己的机会，激发热爱学校、热爱艺术、勤奋成才的热情，推动校园精神文明建设，特举办本次校园歌手大赛。
@H1 sec=other text=一、活动主题 | 一、活动主题 舞动旋律，唱响青春。
@H1 sec=responsibilities text=二、主办 | 二、主办 学校政教处，学生会。
@H1 sec=responsibilities | 三、主要负责人
@H1 sec=other | 四、参加人员
学生组：七、八年级各班，九年级自愿参加。
教师组：名额不限
@H1 sec=phases alt=other | 五、比赛时间
@H2 phase=报名;;20XX年4月19日 | 1、报名时间：截止到20XX年4月19日。各班报名到政教处。
@H2 phase=预赛;20XX年4月22日;4月30日 | 2、预赛时间：20XX年4月22日——4月30日，每天下午第四节课。
@H2 phase=决赛;20XX年5月中旬; | 3、决赛时间：20XX年5月中旬。
@H1 sec=requirements | 六、参赛要求
@I2 | 1、内容健康、格调高雅，体现当代中学生积极向上的精神面貌。
@I2 | 2、每位选手演唱一首歌曲，时长原则上不超过5分钟，伴奏自备，也可以清唱。
@I2 | 3、独唱、重唱均可，美声、民族、通俗等唱法不限。
""",
    ),
    dict(
        name="fresh150_06_university_top_ten_singers_contest_plan",
        source="https://m.boxueka.com/syfb/cehuashu/3eedo.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('校园十佳歌手大赛策划书范文篇1') of a collection page: a university's top-ten singers "
               "contest with 16 amateur divisions and one professional division. Collection title and blurb "
               "dropped; no title of its own, title null.",
               "四、比赛环节 holds four rounds （一）–（四） (level 2, kind phases inherited). The source spells the first "
               "'选拨赛' (kept). Each round's date sits in a key-value body row below its description "
               "('复赛时间：4月14日', '半决赛时间：4月26日', '决赛时间：5月'), followed by a '地点：…' row: three required "
               "phases, each with a start only. The page ends inside the last row ('决赛时间：5月', the day part cut "
               "off; labelled '5月' as shown). The 选拨赛 has no date ('另行通知'), so it is not a phase.",
               "The slogan '青春放歌·梦想中国' is kept in the rewritten body of 一、大赛主题."],
        units=["各学院团委", "学生分会"],
        extra_phases=[
            dict(name="复赛", start_text="4月14日", end_text=None, at="复赛时间：4月14日", optional=False),
            dict(name="半决赛", start_text="4月26日", end_text=None, at="半决赛时间：4月26日", optional=False),
            dict(name="决赛", start_text="5月", end_text=None, at="决赛时间：5月", optional=False),
        ],
        text="""\
@H1 sec=other alt=guidance | 一、大赛主题
大赛以“青春放歌·梦想中国”为主题，展示青年学子的青春活力和朝气，激励全校学生奋发进取。
@H1 sec=other | 二、参赛对象
全日制在校本科生、专科生和研究生。
@H1 sec=other alt=requirements | 三、报名方式
自愿报名，可到各学院学生分会领取报名表（见附件），也可在选拨赛赛区现场报名。
@H1 sec=phases | 四、比赛环节
@H2 | （一）选拨赛
全校按学院分成16个非专业选手赛区和1个专业选手赛区。非专业赛区以班级为单位选出至少3名选手，复赛人选由各分赛区推荐，名额不限；专业赛区选出2人直接进入决赛。各分赛区的报名和宣传由各学院团委、学生分会负责，比赛时间和地点另行通知。
@H2 | （二）复赛
复赛实行淘汰制，从非专业选手中选出20人进入半决赛。
复赛时间：4月14日
地点：大学生活动中心501。
@H2 | （三）半决赛
半决赛实行淘汰制，从20名非专业选手中选出10人进入决赛。
半决赛时间：4月26日
地点：校大礼堂。
@H2 | （四）决赛
决赛分组晋级：非专业选手分a、b两组，按10进6、6进3、3人争冠亚季军的方式进行；专业选手2人对决决出冠亚军，其得分须高于非专业前三名的平均分才能获“十佳歌手”称号。
决赛时间：5月
""",
    ),
    dict(
        name="fresh150_07_city_national_day_events_plan",
        source="https://m.zixin.com.cn/doc/9321318.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city's National Day programme for the 70th anniversary, from a document-sharing site (the '资源描述' "
               "label before the title was dropped). The title line '国庆节主题活动方案' is kept.",
               "二、活动内容 lists five events '1. 开幕式' … '5. 国庆游园活动' (numbering '1.' followed by a space, kept), "
               "each with a '时间：…' row and a '地点：…' row (key-value body lines) and a description. The events fall "
               "on different days, so each is a required phase dated from its 时间 row on the next line: 开幕式 "
               "'10月1日' (上午9:00), 感恩活动 '10月1日' (上午10:30), 中华文化展览 '10月2日'–'6日', 青年篮球联赛 "
               "'10月3日' (上午8:00), 国庆游园活动 '10月4日'–'5日' (written '10月4日、5日': two days).",
               "Kind of 二、活动内容: goals (the content of the activity), with phases and other accepted since the "
               "part is a dated programme.",
               "The opening's speaker is named by office only ('市委书记'); the page ends inside the 游园 description."],
        units=[],
        text="""\
@T | 国庆节主题活动方案
国庆节是中华民族最重要的节日之一，是庆祝中华人民共和国成立的日子。各个城市和社区都要考虑怎样办好一系列有意义的庆祝活动，让人们感受到祖国的强大和人民的团结，下面是一份国庆节主题活动方案。
@H1 sec=other alt=guidance | 一、主题
以庆祝新中国成立70周年为主题，弘扬爱国主义精神，传承中华文化。
@H1 sec=goals alt=phases,other | 二、活动内容
@H2 phase=开幕式;10月1日; | 1. 开幕式
时间：10月1日上午9:00
地点：市政府广场
主持人宣布开幕，全场齐唱国歌并播放宣传片；市委书记致辞，代表市政府向全市人民致以节日问候；城市交响乐团演奏经典曲目，舞蹈队表演，少年儿童朗诵经典诗词。
@H2 phase=感恩活动;10月1日; | 2. 感恩活动
时间：10月1日上午10:30
地点：老年福利院
组织人员和志愿者到福利院看望老人、赠送礼品，感谢他们为建设祖国作出的贡献。
@H2 phase=中华文化展览;10月2日;6日 | 3. 中华文化展览
时间：10月2日-6日
地点：市博物馆
以“传承中华文化”为主题展出民族文物，介绍中华文化的历史和特色，向市民免费开放。
@H2 phase=青年篮球联赛;10月3日; | 4. 青年篮球联赛
时间：10月3日上午8:00
地点：市体育馆
由市内中学组队参赛，兼顾竞技与活动质量，为冠军队颁发奖金和纪念奖。
@H2 phase=国庆游园活动;10月4日;5日 | 5. 国庆游园活动
时间：10月4日、5日
地点：市政府周边公园
游戏区为市民家庭准备积木、小型蹦床和各类造型玩具，让大家感受节日气氛。
""",
    ),
    dict(
        name="fresh150_08_residential_children_wall_painting_contest_plan",
        source="http://diwufanwen.com/content/7ba673.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('书画大赛策划书(10篇)篇一') of a collection page: a housing estate's property "
               "management plans a wall-painting contest for children under 12 ('为“金色港湾”绘彩图'). The sample "
               "starts at 二、 (一、 and any title are not shown); title null.",
               "二、–五、 are label-value lines cut at the colon ('二、活动地点：三期客服中心9号楼前围墙处。'); "
               "'活动口号：为“金色港湾”绘彩图' under 四、 is a key-value body line, not labelled.",
               "六、活动安排 holds '1、报名地点：…', '2、报名时间：5月1——10日' and '4、物品准备：' as level-2 headings; "
               "3、 and the item a、 are missing in the store, so the items b、c、d、 (publicity) follow 2、 directly "
               "(level 3 under 2、 as the text shows; level 2 accepted, as under the lost 3、).",
               "'2、报名时间：5月1——10日' carries a required phase 报名 with start '5月1' (the source writes no 日) and "
               "end '10日'.",
               "Two staff names after items c、 and d、 were dropped. The 物品准备 list lines ('帽子：30顶…') are "
               "key-value body lines. The page then starts the second sample ('…篇二'), dropped."],
        units=["商务部", "护管队"],
        text="""\
@H1 sec=other | 二、活动地点：三期客服中心9号楼前围墙处。
@H1 sec=other | 三、参加对象：金色港湾小区12岁以下中外儿童。
@H1 sec=other | 四、活动主题：“尊老爱幼，爱护环境，珍惜我们共有的家园”。
活动口号：为“金色港湾”绘彩图
@H1 sec=goals alt=guidance | 五、活动目的：丰富小区文化生活，激发孩子们的想象力，为小业主提供相互学习、交流和展示才华的舞台，也为家长们搭建交流的平台。
@H1 sec=phases | 六、活动安排
@H2 | 1、报名地点：一、三期客服中心前台（客服管理人员按附表登记）。
@H2 phase=报名;5月1;10日 | 2、报名时间：5月1——10日
@I3 lvlalt=2 | b、在社区宣传栏张贴活动海报，用孩子喜欢的卡通画形式，画面建议体现“尊老爱幼、爱护环境、团结互助、共建家园”，突出主题（商务部联系制作）。
@I3 lvlalt=2 | c、通过小区广播每天通知两次。
@I3 lvlalt=2 | d、由置业顾问通知四期业主和意向客户的孩子。
@H2 | 4、物品准备：
帽子：30顶（印活动口号及logo）
饮料：1-3箱，点心：30份
活动场地指示牌：2块，活动方案牌：1块
绘画工具（颜料、铅笔、毛笔）：30套（也可由小朋友自带）
太阳伞：5把（护管队提供）
小板凳或靠椅：30个，长木凳：5条（绘图时垫脚用）
奖品及证书：证书6本，奖品若干
宣传横幅1条：“为金色港湾绘彩图”首届墙画比赛
""",
    ),
]
