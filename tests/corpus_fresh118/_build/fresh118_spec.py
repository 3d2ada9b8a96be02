# -*- coding: utf-8 -*-
"""The 118th held-out fresh set: ACTIVITY PLANS FOR EVENTS (a sports meet, a
New-Year gala, a union get-together with contests, a speech contest, an
opening ceremony, a graduation ceremony, a Double-Ninth community programme
and a Learn-from-Lei-Feng volunteer week) whose parts include a 活动流程 /
活动程序 / 活动安排 / 节目 programme with steps, next to parts about people,
venues, costs and materials; by a college department's student union, a
company, a prefecture bureau's unions, a training centre, a college, a
primary school and two communities.  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of any label file or exclusion list under
/work/fresh*/ or /work/wt-lead/tests/ (checked when chosen).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  collection titles, sample numbers, 小编 blurbs) was dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored (times such as 8:30 keep ':').
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH118_DOCS = [
    dict(
        name="fresh118_01_college_department_sports_meet_plan",
        source="https://xiexiebang.com/a8/2019051319/b95171a064a4da1c.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page ('第一篇：详细的运动会策划书', the sample number dropped): a college "
               "department's (经贸系) 2013 sports-meet plan by its student union. The sample's own title line is kept.",
               "Headings 一、 to 九、 are 'label：value' lines; short values (时间, 主办单位, 地点, 对象) stay in the heading "
               "line, long ones are cut at the colon by the rule (六、宣传方式, 七、活动形式, 八、比赛内容). Kinds: 活动时间 "
               "phases (other accepted; its date '2013年XX月XXX日' is an optional overall time), 主办 / 协办单位 "
               "responsibilities, 地点 / 参加对象 / 宣传方式 / 活动形式 / 比赛内容 other (measures / goals accepted where noted), "
               "活动安排 phases (measures accepted).",
               "The store showed '…运动场项目分布图见附件' and then '1八、比赛内容：…'; the '1' is the attachment number of "
               "the line before ('见附件1') and was moved back there, so 八、 starts its line.",
               "Under 九、活动安排 the two named stages （一）活动前期工作安排 and （二）活动中 are phases without dates. "
               "The department lines '秘书处：…', '秘书部：…', '学习部：…' are assignment lines (items, level 3, "
               "responsibilities accepted). '准备阶段：' and '活动正式流程' are unnumbered level-3 labels inside （二）; "
               "the store had run '活动正式流程' onto the end of the line before it ('…扩音器和帐篷。活动正式流程'), "
               "it was put on its own line. The first step '1.11月16日早上8:30…' (truncated, '…在篮球场集') is an item "
               "with an optional time-slot phase; its numbering '1.' is set by hand (the automatic pattern takes '1.1' for "
               "a decimal)."],
        units=["XXXX学院经贸系团总支学生会", "XXX学院经贸系学生会体育部", "秘书处", "秘书部", "学习部", "宣传部", "体育部"],
        extra_phases=[
            dict(name="活动时间", start_text="2013年XX月XXX日", end_text=None, at="一、活动时间", optional=True),
            dict(name="运动员集合", start_text="11月16日早上8:30", end_text=None, at="1.11月16日", optional=True),
        ],
        text="""\
@T | 经贸系2013年系运动会策划书
运动是学生课余生活的重要部分，也能看出学生的精神面貌。为提高同学们的体育水平和健康水平、提供交流机会、丰富课余生活，经贸系体育部定于XXX月份在全系学生中举办系运动会，希望大家有所收获。
@H1 sec=phases alt=other | 一、活动时间：2013年XX月XXX日
@H1 sec=responsibilities | 二、主办单位：XXXX学院经贸系团总支学生会
@H1 sec=responsibilities | 三、协办单位：XXX学院经贸系学生会体育部
@H1 sec=other | 四、活动地点：体育运动场
@H1 sec=other | 五、参加对象：经贸系全体学生
@H1 sec=other alt=measures | 六、宣传方式：在宣传栏张贴海报，通知各年级各班体委开会，讲清报名事项和具体安排，报名表见附件
@H1 sec=other | 七、活动形式：各年级各项目分一天进行，场内安排田赛，跑道安排跑步和跨栏，项目分布图见附件1
@H1 sec=other alt=goals | 八、比赛内容：100米，200米，400米，800米，1500米，4×100米接力赛，4×400米接力赛，标枪，跳高，铅球，铁饼，跳远，三级跳远，100米跨栏
@H1 sec=phases alt=measures | 九、活动安排：
@H2 phase=活动前期工作安排;; | （一）活动前期工作安排
@I3 alt=responsibilities | 秘书处：申请场地和器材。所需器材：运动场一个、秒表8个、铁饼3个、标枪3枝、铅球3个、皮尺5个、跳高架2枝、跳高杆1条、桌子16张、椅子24张、帐篷5顶、主席台广播室、扩音器7个、饮水机2台、棉垫2张、号码牌8组、红旗2枝、黄旗2枝。
@I3 alt=responsibilities | 秘书部：发函邀请老师。
@I3 alt=responsibilities | 学习部：制作奖状。
@I3 alt=responsibilities | 宣传部：制作海报和横幅。
@I3 alt=responsibilities | 体育部：购买药品。
@H2 phase=活动中;; | （二）活动中
@H3 | 准备阶段：
文体部、秘书部、秘书处、文娱部负责秒表、铁饼、标枪、铅球、标尺、跳高架、跳高杆、棉垫和号码组；宿管部、网络部、心理部负责椅子、桌子、饮水机、扩音器和帐篷。
@H3 | 活动正式流程
@I4 num=1. | 1.11月16日早上8:30所有运动员由体委带队在篮球场集
""",
    ),
    dict(
        name="fresh118_02_company_spring_festival_gala_plan",
        source="https://wddqw.com/doc/e2d19d7167ce0508763231126edb6f1afe00713f.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company's Spring Festival gala plan from a document-sharing page whose text arrived as one run-together "
               "block; it was split into lines at the heading and paragraph boundaries the text shows.",
               "Headings 一、 to 七、 stand alone (no colon) with their values on the next line(s). Kinds: 活动单位 "
               "responsibilities (other accepted), 活动背景 background (guidance accepted), 活动目的 goals (guidance accepted), "
               "'四、活动时间、人数和内容' other (phases accepted; its key-value lines are body and '活动时间：2020年XX月XX日' "
               "is an optional overall time), 活动准备 measures (other accepted), 活动流程 phases, 晚会要求 requirements.",
               "Under 五、活动准备 the four unnumbered labels '拟定责任人', '宣传阶段', '节目准备', '物品准备工作：…' are level-2 "
               "headings; '宣传阶段' is a preparation task, not a dated phase.",
               "The seven steps of 六、活动流程 ('开场舞', '主持人介绍晚会来宾，宣布晚会开始', …) are unnumbered body lines: "
               "not labelled. The year slip of the page ('2020羊年') and its joke about the end of the world are kept in "
               "substance. The page ends inside 七、 ('…准备与本部门人数')."],
        units=["XXX公司", "节目策划小组"],
        extra_phases=[
            dict(name="活动时间", start_text="2020年XX月XX日", end_text=None, at="活动时间：2020年", optional=True),
        ],
        text="""\
@T | 公司春节联欢晚会策划方案
@H1 sec=responsibilities alt=other | 一、活动单位
XXX公司
@H1 sec=background alt=guidance | 二、活动背景
“世界末日”平安过去，辞旧迎新，2020羊年即将到来。
@H1 sec=goals alt=guidance | 三、活动目的
借文艺晚会丰富员工业余生活，让节前气氛活跃起来。
为来年的工作和生活打好基础，营造良好的精神环境。
加强管理者与员工之间的沟通、理解和信任，增强团队合作。
提升员工的向心力、凝聚力，增强对单位的认同感和归属感。
@H1 sec=other alt=phases | 四、活动时间、人数和内容
活动时间：2020年XX月XX日
活动主题：辞旧迎新，喜迎2020
晚会内容：文艺晚会，包括互动游戏以及唱歌、跳舞、小品等节目
晚会地址：xxx
活动人员：xxx公司全体员工
邀请嘉宾：
@H1 sec=measures alt=other | 五、活动准备
@H2 | 拟定责任人
这次活动全员参加、人数多，必须指定一名负责人统筹全局。
@H2 | 宣传阶段
在全公司发布晚会消息，动员员工踊跃参加。
@H2 | 节目准备
征集节目，督促每位员工都参与进来，每个部门不少于三个节目。
节目策划小组排定当天节目单（含互动游戏），彩排后修改细节，并拟好现场布置方案。
@H2 text=物品准备工作 | 物品准备工作：备好道具、音响和表演用具，以及舞台布置和装饰用品
按布置方案布置现场；从彩排到演出，跟进协调各节目的服装和道具。
@H1 sec=phases | 六、活动流程
开场舞
主持人介绍晚会来宾，宣布晚会开始
领导发表讲话
按照节目流程，正式现场演出及现场活动
表演结束后，大家能够聚在一起实行集体狂欢
宣布晚会结束并致感谢词
留下相关人员处理晚会的后续事宜
@H1 sec=requirements | 七、晚会要求
各个部门积极配合
各个部门准备与本部门人数
""",
    ),
    dict(
        name="fresh118_03_bureau_unions_new_year_get_together_plan",
        source="http://www.ahsrst.cn/a/202012/372354.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page ('精选工会活动方案锦集十篇'; the collection title, blurb and sample number "
               "'工会活动方案 篇1' dropped): three unions of a prefecture's land-resources bureau (和田地区) plan a New-Year "
               "get-together with contests. The sample has no title line of its own: title null.",
               "Kinds: '一、活动时间和地点' phases (other accepted), 主办单位 and 组织人员 responsibilities, 参加人员 other, "
               "'五、活动具体安排' phases (measures accepted). The numbered value lines '（一）活动时间：…' and '（二）活动地点：…' "
               "are items; the activity time (20xx年1月20日上午11:00 to 17:00) is an optional overall time.",
               "'（一）11:00—17:00项目比赛依次进行，具体活动如下：' is a level-2 heading carrying the day's time slot "
               "(optional phase); its text is set by hand because the automatic cut stops at the ':' of '11:00'. The contest "
               "labels under it ('1、抢板凳（男）：', the unnumbered '抢板凳（女）：', '2、象棋比赛：') are level-3 headings "
               "(kind inherited, other accepted).",
               "Personal names were dropped: the key-value lines '活动总负责：' and '活动组成员：' are left empty and the "
               "contest organisers' lines rewritten without names. The page ends at '负责' under 2、象棋比赛."],
        units=["和田地区国土资源局（工会）", "地区土地勘测设计院（工会）", "地区土地整理（储备）中心（工会）", "地区局机关工会"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年1月20日上午11:00", end_text="17:00", at="（一）活动时间", optional=True),
        ],
        text="""\
新春将至，为活跃干部职工的节日文化生活、增进友谊、深化精神文明创建，经和田地区国土资源局党总支研究，由地区国土资源局工会、地区土地勘测设计院工会、地区土地整理（储备）中心工会联合举办20xx年地区国土资源局综合楼干部职工迎新年工会联谊活动，方案如下：
@H1 sec=phases alt=other | 一、活动时间和地点
@I2 | （一）活动时间：20xx年1月20日上午11:00至17:00（北京时间）。
@I2 sec=other | （二）活动地点：综合楼七楼会议室
@H1 sec=responsibilities | 二、活动主办单位
和田地区国土资源局（工会）、地区土地勘测设计院（工会）、地区土地整理（储备）中心（工会）。
@H1 sec=other | 三、活动参加人员
地区国土资源局机关、地区土地勘测设计院、地区土地（储备）中心全体干部职工。
@H1 sec=responsibilities | 四、活动组织人员
活动总负责：
活动组成员：
@H1 sec=phases alt=measures | 五、活动具体安排
各项目先在各单位报名，汇总后报地区局机关工会；机关工会汇总后交各项目负责人制定规则，抽签分组进行比赛。
@H2 text=（一）11:00—17:00项目比赛依次进行，具体活动如下 | （一）11:00—17:00项目比赛依次进行，具体活动如下：
@H3 alt=other | 1、抢板凳（男）：
设专人负责，设一、二、三等奖各一名。
@H3 alt=other | 抢板凳（女）：
另设专人负责，同样设一、二、三等奖各一名。
@H3 alt=other | 2、象棋比赛：
负责
""",
    ),
    dict(
        name="fresh118_04_training_centre_speech_contest_plan",
        source="https://9136.com/shiyongwendang/cehuashu/563867.htm",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page ('演讲比赛活动的策划方案'; breadcrumb, posting line, blurb and the sample "
               "number '演讲比赛活动的策划方案1' dropped): a Shenzhen training centre's (深圳x培训中心) staff speech contest. "
               "The sample has no title line of its own: title null.",
               "Thirteen short label headings '一、时间：' … '十三、比赛规程：' with values on the following lines. Kinds: 时间 "
               "phases (other accepted), 地点 / 演讲主题 / 参赛人员 / 观摩人员 / 奖项设置 other, 主办单位 and 仲裁委员会 "
               "responsibilities, 策划者 / 组织者 / 工作人员 / 评委 responsibilities (other accepted), 比赛规程 phases "
               "(requirements accepted).",
               "The two contest days ('20xx年12月26日预赛，12月31日决赛') are labelled as optional phases (the contest's "
               "overall dates, one per round). The key-value lines (主持人：xxx, 仲裁长：xxx, 一等奖：一名 …) are body; the "
               "page's slip '三等功：三名' and its anti-copy quote ('以后的'相同分数') are kept. The page ends inside 十三、."],
        units=["深圳x培训中心", "仲裁委员会"],
        extra_phases=[
            dict(name="预赛", start_text="20xx年12月26日", end_text=None, at="20xx年12月26日预赛", optional=True),
            dict(name="决赛", start_text="12月31日", end_text=None, at="20xx年12月26日预赛", optional=True),
        ],
        text="""\
为丰富员工节日文化生活、锻炼演讲和口头表达能力，进而提升招生效果，并为大家提供展示和提升自我的舞台，中心领导研究决定举办演讲比赛，有关事宜安排如下：
@H1 sec=phases alt=other | 一、时间：
20xx年12月26日预赛，12月31日决赛。
@H1 sec=other | 二、地点：
预赛在21楼一教室，决赛在8楼3教室。
@H1 sec=responsibilities | 三、主办单位：
深圳x培训中心
@H1 sec=responsibilities alt=other | 四、策划者：
xxx
@H1 sec=responsibilities alt=other | 五、组织者：
xxx
@H1 sec=other | 六、演讲主题：
题目自定，可歌颂党和国家、赞美家乡，可宣传单位、个人或项目，也可以是公开课演讲、班内宣传等，内容须健康向上。
@H1 sec=other | 七、参赛人员：
各事业群总经理、项目经理、分校校长、楼层主管必须参赛，其他人员自愿。
@H1 sec=other | 八、观摩人员：
参赛者及其他人员。
@H1 sec=responsibilities alt=other | 九、工作人员：
主持人：xxx
照相人员：xxx
计分员：xxx
@H1 sec=responsibilities alt=other | 十、评委（7人）：
xxx
@H1 sec=responsibilities | 十一、仲裁委员会：
仲裁长：xxx
副仲裁长：xxx
职责：裁定预赛第十一名以后的'相同分数选手的名次，以及决赛前六名以内选手或第五名以后同分选手的名次。
@H1 sec=other | 十二、奖项设置：
一等奖：一名
二等奖：两名
三等功：三名
@H1 sec=phases alt=requirements | 十三、比赛规程：
比赛前由该项目负责人组
""",
    ),
    dict(
        name="fresh118_05_college_pavilion_unveiling_ceremony_plan",
        source="https://010zaixian.com/shiyongwen/cehuashu/888937.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A college's plan for the ribbon-cutting of a pavilion and the unveiling of a basketball hall, written by "
               "its organising departments; the page starts at '一. 活动名称' and shows no title line: title null (the "
               "event's name is the value line under 一.).",
               "Half-width numbering kept as the store shows it: '一. ' (ASCII full stop and a space) at level 1, '(1) 秘书部' "
               "restored to '（1） 秘书部：' with its space (the others without), '1.' items; '（一）、前期流程' under 八. "
               "Colons and brackets were restored to full width.",
               "Kinds: 活动名称 / 主题 / 地点 / 出席人员 other (guidance accepted for 主题), 活动背景 background, 仪式时间 phases "
               "(other accepted; 'XX年2月25日' is an optional overall time), 活动准备 measures (responsibilities accepted; "
               "the department labels （1）–（4） responsibilities, measures accepted; their numbered tasks are items), "
               "活动开展 phases, with '（一）、前期流程' a named stage without dates.",
               "The donor's personal name was dropped from the background (the pavilion keeps its name 伟南亭). The staff "
               "figures in item 1 of 前期流程 are the page's (40 staff, but 10+5+20+8 = 43). The page ends inside item 3."],
        units=["秘书部", "组织部", "公关部", "后勤部"],
        extra_phases=[
            dict(name="揭幕剪彩仪式时间", start_text="XX年2月25日", end_text=None, at="XX年2月25日", optional=True),
        ],
        text="""\
@H1 sec=other | 一. 活动名称：
学院举行“伟南亭”剪彩暨伟南篮球馆揭幕仪式
@H1 sec=background | 二. 活动背景：
为庆祝“伟南亭”落成，并感谢捐资人对母校建设的无私支持，我院在东区隆重举行“伟南亭”剪彩暨伟南篮球馆揭幕仪式。
@H1 sec=other alt=guidance | 三. 活动主题：
传承伟南精神 培养奉献人才
@H1 sec=phases alt=other | 四. 揭幕剪彩仪式时间：
XX年2月25日
@H1 sec=other | 五. 揭幕剪彩仪式地点：
xx师范学院东区
@H1 sec=other | 六. 出席人员
（详见附件一）
@H1 sec=measures alt=responsibilities | 七. 活动准备：
@H2 sec=responsibilities alt=measures | （1） 秘书部：
@I3 | 1. 起草邀请函，连同回执提前送到有关领导和嘉宾手中，确认能否出席。
@I3 | 2. 整理归档策划书，拟定座次表。
@I3 | 3. 负责仪式前后的联络。
@H2 sec=responsibilities alt=measures | （2）组织部：
@I3 | 1.审核出席仪式的领导和嘉宾资格。
@I3 | 2.起草揭幕仪式的通知。
@I3 | 3.组织指导开幕仪式各项工作，汇总出席名单。
@I3 | 4.安排仪式日程，统计到场人数。
@I3 | 5.起草开幕仪式主持词；
@I3 | 6.负责文件的打印、校对、装订和分发。
@I3 | 7.联系表演者，提前一天彩排。
@H2 sec=responsibilities alt=measures | （3）公关部：
@I3 | 1.安排礼仪小姐接待领导和嘉宾，事先进行专业培训，当天着正装；
@I3 | 2.合理分派人员，协助现场有序进行。
@I3 | 3.设咨询处并派人值守。
@H2 sec=responsibilities alt=measures | （4）后勤部：
@I3 | 1.布置仪式现场，安排相关设备。
@I3 | 2.安排保安维持现场秩序。
@I3 | 3.安排保安指挥车辆有序停放。
@I3 | 4.负责仪式期间的卫生保健。
@H1 sec=phases | 八. 活动开展
@H2 phase=前期流程;; | （一）、前期流程
@I3 | 1、40名工作人员分组：秘书部10人、组织部5人、后勤部20人，公关部8人，职责见附件一。
@I3 | 2、活动前两周召开动员大会商定细节，各部门各司其职，听从领导安排。
@I3 | 3、与学校在本次仪式的总负责人保持紧密联系，有问题及时上报，尽快解决
""",
    ),
    dict(
        name="fresh118_06_primary_school_graduation_ceremony_plan",
        source="http://www.zpxx.wj.czedu.cn/html/article5025818.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's (政平小学) 2021 graduation ceremony plan from the school's own site, dated 2021年6月18日.",
               "Label headings with their values on the same line ('一、活动时间：2021年6月30日 上午8:00'; the space is the "
               "page's); 三、活动主题 and 五、参加人员 are cut at the colon by the rule. Kinds: 活动时间 phases (other accepted; "
               "the date is an optional overall time), 地点 / 主题 / 参加人员 other (guidance accepted for 主题), 活动意义 "
               "background (goals, guidance accepted), 相关节目 phases (other accepted: the programme as a table), 活动备注 "
               "responsibilities (other accepted), '附：活动前期准备' an unnumbered level-1 label, measures (phases accepted).",
               "The programme is a five-column table (序号 | 节目名称 | 演出者 | 负责人 | 备注) flattened one row per line; "
               "the 负责人 column (teachers' names) and the empty 备注 column were dropped, so rows read '1 | 开场舞：拉丁舞表演 "
               "| 六2六3'. Rows start with a bare digit and are table cells: not labelled. Row 13's performer (a name) was "
               "dropped.",
               "The 活动备注 lines '1、主持稿、主持人训练：…' are assignment items; the teachers' names after the colons were "
               "dropped (empty values, or the non-name part kept: '各负责人'). The rehearsal date '6月26上午8:00（初定）' "
               "(no 日) and '6月18日下发主持稿' are task dates, not phases. The page ends at '2、' of the attachment "
               "(dropped)."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2021年6月30日", end_text=None, at="一、活动时间", optional=True),
        ],
        text="""\
@T | 政平小学2021届毕业典礼暨“知书礼”活动方案
@H1 sec=phases alt=other | 一、活动时间：2021年6月30日 上午8:00
@H1 sec=other | 二、活动地点：阶梯教室
@H1 sec=other alt=guidance | 三、活动主题：知书达理，感恩远航——政平小学2021届毕业典礼暨“知书礼”
@H1 sec=background alt=goals,guidance | 四、活动意义：
小学六年令人难忘。学校秉持“让阳光普照每一位少年”的德育理念，让孩子们学会学习、做人、交往和实践。临近毕业，借隆重的“知书礼”回顾六年点滴，识“礼”、明“礼”、行“礼”，表达学子对母校、老师和家长的感恩，鼓励他们脚踏实地、扬帆远航。
@H1 sec=other | 五、参加人员：学校领导、六年级全体师生、家长代表（每班10人左右）
@H1 sec=phases alt=other | 六、相关节目：
序号 | 节目名称 | 演出者
1 | 开场舞：拉丁舞表演 | 六2六3
2 | 架子鼓 | 六1
3 | 吉他演奏 | 六3
4 | 中国舞表演 | 六2六3
5 | 武术表演 | 六3
6 | 诗歌朗诵 | 六1
7 | 时装秀表演 | 六1
8 | 小合唱 | 六2
9 | 学生代表发言 | 六2
10 | 为学生代表颁发 奖状和毕业证书 | 校领导及优秀毕业生
11 | 家长代表发言 | 六2家长
12 | 送祝福 | 老师
13 | 领导寄语
@H1 sec=responsibilities alt=other | 七、活动备注：
@I2 | 1、主持稿、主持人训练：
@I2 | 2、PPT制作及播放：
@I2 | 3、节目审核：
@I2 | 4、舞台背景及音响：
@I2 | 5、场地、道具：各负责人
@I2 | 6、摄影、报道：
@I2 | 7、彩排时间：6月26上午8:00（初定）
@I2 | 8、场地布置：
2021年6月18日
@H1 sec=measures alt=phases | 附：活动前期准备
@I2 | 1、6月18日下发主持稿，主持人28日前背熟，彩排当天脱稿。
""",
    ),
    dict(
        name="fresh118_07_community_double_ninth_programme_plan",
        source="https://www.nnzhiyuan.cn/article/114808.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page ('社区重阳节活动方案（精选6篇）'; blurb and sample number '篇1' dropped): a "
               "community's Double-Ninth programme of five activities. No title line: title null.",
               "一、主要活动 (phases, goals accepted) holds five activities '（一）微信倡导敬老爱老' … '（五）书、画、影、手工作品展'; "
               "each is a phase whose dates are on the next line ('1.活动时间：10月15日至10月21日'), so the set has five "
               "required phases here (the last two are time slots of 10月21日 but are named activities with their own "
               "periods, treated like the others). The numbered key-value lines under each (1.活动时间 / 2.活动地点 / "
               "3.活动内容 / 4.活动目的 / 5.负责人) are items at level 3, （1）（2） under 活动内容 items at level 4.",
               "二、人员分工 (responsibilities) holds key-value body lines with numbered role-holders ('社区工作者1', '志愿者7' "
               "as the page writes them). No organisation is named as a lead unit (负责人 are roles), so units is empty. "
               "The page ends at '发放纪念品：全'."],
        units=[],
        text="""\
@H1 sec=phases alt=goals | 一、主要活动
@H2 phase=微信倡导敬老爱老;10月15日;10月21日 | （一）微信倡导敬老爱老
@I3 | 1.活动时间：10月15日至10月21日
@I3 | 2.活动内容：在微信公众服务平台发文倡导敬老，呼吁居民对长辈说一句贴心话、做一件暖心事。
@I3 | 3.活动目的：强化传统节日意识，培养居民关心、敬重老人的品质
@I3 | 4.负责人：社区工作者
@H2 phase=重阳送温暖慰问;10月19日;10月20日 | （二）重阳送温暖慰问
@I3 | 1.活动时间：10月19日至10月20日
@I3 | 2.活动地点：居民家中
@I3 | 3.活动内容：
@I4 | （1）社区工作者事先拟定走访名单（高龄、行动不便、孤寡、空巢老人）。
@I4 | （2）社区工作者和志愿者上门与老人谈心，送上慰问品。
@I3 | 4.目的：为老人们送去节日的温暖
@I3 | 5.负责人：社区工作者
@H2 phase=朝阳暖夕阳祝福视频;10月10日;10月20日 | （三）朝阳暖夕阳祝福视频
@I3 | 1.活动时间：10月10日至10月20日
@I3 | 2.活动地点：师范学院
@I3 | 3.活动内容：请大学生录制并剪辑简短的祝福视频，在文艺汇演现场播放。
@I3 | 4.活动目的：让社区老人感受到学生的真诚祝福。
@I3 | 5.负责人：志愿者
@H2 phase=文艺汇演;10月21日早上8:30;11:00 | （四）文艺汇演
@I3 | 1.活动时间：10月21日早上8:30至11:00
@I3 | 2.活动地点：社区居委会大会议室或小花园
@I3 | 3.活动内容：社区文艺表演队和玉溪师院学生表演节目。
@I3 | 4.活动目的：让老人老有所乐，生活更丰富。
@I3 | 5.负责人：社区书记
@H2 phase=书、画、影、手工作品展;10月21日早上11:00;11:30 | （五）书、画、影、手工作品展
@I3 | 1.活动时间：10月21日早上11:00至11:30
@I3 | 2.活动地点：社区居委会院内
@I3 | 3.活动内容：展出老人们的书法、绘画、摄影和手工作品。
@I3 | 4.活动目的：展示老人健康向上、积极乐观的精神面貌。
@I3 | 5.负责人：社区工作者
@H1 sec=responsibilities | 二、人员分工
现场总指挥：社区工作者1
现场督导：社区书记
主持：社区工作者2
音控：志愿者7
活动签到：志愿者2
物资购买：全体志愿者
发放纪念品：全
""",
    ),
    dict(
        name="fresh118_08_community_leifeng_volunteer_week_plan",
        source="https://www.wenbenwu.com/jrqdfb/xueleifeng/ez7mwr.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page ('社区学雷锋志愿服务活动方案2022（通用16篇）'; breadcrumb, counters, "
               "collection title and sample number dropped): a community's (xx社区) Learn-from-Lei-Feng volunteer week. No "
               "title line: title null.",
               "Kinds: 指导思想 guidance, 活动对象 other, 活动安排 phases, 活动要求 requirements. The three events under "
               "三、活动安排 ('1、召开“学雷锋”动员会' 3月2日, '2、开展“美化社区公共环境”主题活动' 3月3日, '3、开展“献给特殊"
               "对象的爱”主题活动' 3月5日) are required phases with a start only; the first is placed on its heading line "
               "(date on the next line), the other two on their '时 间：' lines (the date comes after the content lines).",
               "The key-value lines keep the page's spaced labels ('时 间：', '地 点：', '内 容：') and are body, as are "
               "'活动组织者：' (empty) and '地 点：路、路沿线' (the road names are blank in the source). The （1）（2）（3） tasks "
               "under 活动内容 are items. 四、活动要求 holds two short run-in heading lines '1、加强领导，精心组织。'; the "
               "page ends there."],
        units=["xx社区"],
        extra_phases=[
            dict(name="开展“美化社区公共环境”主题活动", start_text="3月3日", end_text=None, at="时 间：3月3日", optional=False),
            dict(name="开展“献给特殊对象的爱”主题活动", start_text="3月5日", end_text=None, at="时 间：3月5日", optional=False),
        ],
        text="""\
为践行“奉献、友爱、互助、进步”的志愿精神、传承中华传统美德，在“向雷锋同志学习”56周年纪念日来临之际，xx社区将开展以“做雷锋传人，‘小红帽’在行动”为主题的志愿者活动，特制定本方案。
@H1 sec=guidance | 一、指导思想
把这次志愿者活动作为基层组织落实创先争优的重要举措，发挥党员服务社区的先锋模范作用，带动青少年养成爱祖国、爱社会、爱他人、守公德、讲文明的品德，美化社区环境，促进邻里和谐。
@H1 sec=other | 二、活动对象
社区党员志愿者、辖区单位青年志愿者、社区未成年人志愿者和其他志愿者，以及联点社区的机关干部。
@H1 sec=phases | 三、活动安排
@H2 phase=召开“学雷锋”动员会;3月2日; | 1、召开“学雷锋”动员会
时 间：3月2日（星期五）上午9:00
地 点：社区会议室
参会人员：各志愿者小组的负责人
@H2 | 2、开展“美化社区公共环境”主题活动
活动内容：
@I3 | （1）组织志愿者清理社区公共区域绿化带内的白色垃圾和建筑物上的“牛皮癣”；
@I3 | （2）志愿者劝导不规范停车、店外经营等不文明行为；
@I3 | （3）宣传环境保护、节约资源知识（请联点部门区环保局指导支持）。
时 间：3月3日（星期六）上午9:30
地 点：路、路沿线
活动组织者：
参与人员：机关干部和志愿者
@H2 | 3、开展“献给特殊对象的爱”主题活动
内 容：爱心志愿者慰问低保家庭，看望孤寡空巢老人。
时 间：3月5日（星期一）上午9:00
活动组织者：
参与人员：爱心志愿者
@H1 sec=requirements | 四、活动要求
@H2 | 1、加强领导，精心组织。
@H2 | 2、加强宣传，营造氛围、注重实效。
""",
    ),
]
