# -*- coding: utf-8 -*-
"""The 126th held-out fresh set: SCHOOL AND OFFICE WORK CALENDARS AND
SCHEDULES laid out by week or by month (a school general-affairs plan with a
行事历 of 九月份 / 十月份 parts, a university campus clean-up notice whose
schedule is a 时间 / 活动内容 / 相关部门 table pasted one cell per line, a
kindergarten class's week grid with weekday columns, a primary Young Pioneers
plan with 九月份 … 一月份 parts, two Chinese-lesson teaching schedules with
周次 / 日期 / 教学内容 rows (one as pipe rows, one as run-together PDF text),
and a university notice with two dated 工作安排 steps).  Found as stored
public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every exclusion list, used_sources.tsv and label file under
/work/fresh*/ and /work/main/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, meta
  lines, page templates, 相关阅读) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text between Chinese characters (the pipes of pasted
  tables and the dashes and dots of dates are kept as the store has them).
- Every body paragraph and every content cell of a table is rewritten in our
  own words and shortened.  Dates, figures, unit and place names, lesson
  titles, slogans and document numbers are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH126_DOCS = [
    dict(
        name="fresh126_01_school_logistics_year_plan_month_calendar",
        source="http://www.jxxx.tn.czedu.cn/html/article3001365.html",
        doc_kind="plan", partial=True,
        notes=["A school general-affairs office's 2009学年后勤工作计划 (a Changzhou school site, 总务处 section). The page "
               "shows the title twice (page heading and article heading) around a meta line (发布时间 / 录入者 with a "
               "name); the meta line and the repeated title were dropped, one title line kept.",
               "四、行事历 is the month calendar: '九月份' and '十月份' stand on lines of their own (no numbering, no "
               "colon), labelled level-2 phases headings, each a phase with the month as start and no end (a single "
               "month is a start). The numbered tasks under each month are items (level 3).",
               "Under 九月份 the task '7、做好开学初的常规工作。' is followed by one line of lettered sub-tasks "
               "'A、分发新书；B、…；C、…；D、…；' — labelled an item at level 4 (A、 style); B、C、D、 are mid-line.",
               "二、工作重点 and 三、工作目标 hold short numbered statements, labelled items (goals). Source wording "
               "kept in the items, including '协助图书馆电脑化管' (sic) and '2、…争创绿色校园' without a full stop.",
               "The page ends inside 十月份 at '3、协助'; that bare fragment was dropped."],
        units=["总务后勤"],
        text="""\
@T | 2009学年后勤工作计划
@H1 sec=guidance | 一、指导思想
以邓小平理论和“三个代表”重要思想为指导，配合学校落实党的教育方针，重点抓好硬件建设，围绕为师生服务做好总务后勤保障，支持学校开展各项活动。
@H1 sec=goals alt=measures | 二、工作重点
@I2 | 1、协助学校教学工作，做好后勤保障工作。
@I2 | 2、继续硬件建设，创教育现代化学校。
@I2 | 3、创建市绿色学校及一级图书馆。
@I2 | 4、健全总务后勤档案材料。
@I2 | 5、协助学校贯彻市局下达的各项检查任务。
@I2 | 6、进一步做好开源节流工作，办好食堂，为教育谋福利。
@H1 sec=goals | 三、工作目标
@I2 | 1、做好各项维修工作，按时检查，教育学生爱护公物，把损失降到最低。
@I2 | 2、加强校园建设，继续督促绿化人员美化校园，争创绿色校园
@I2 | 3、食堂用餐者无人食物中毒，杜绝不安全事故的发生。
@I2 | 4、完成上级下达的牛奶、校服、习簿等各项征订任务。
@I2 | 5、福利教师基本满意。
@I2 | 6、协助图书馆电脑化管，争创市一级图书馆。
@H1 sec=phases | 四、行事历
@H2 phase=九月份;九月份; | 九月份
@I3 | 1、统计征订牛奶人数，交纳牛奶费，分发牛奶。
@I3 | 2、检查食堂环境卫生和食品卫生，发现问题立即纠正。
@I3 | 3、做好报帐、结帐工作，做到帐物两清。
@I3 | 4、随时配置教学所需物品，保证教学正常进行。
@I3 | 5、继续组织食堂工作人员学习卫生知识，开展专业培训。
@I3 | 6、协助学校开展教学活动，做好后勤保障工作。
@I3 | 7、做好开学初的常规工作。
@I4 | A、分发新书；B、分发卫生用具；C、分发各类布置教室物品；D、发放各类电教用品；
@I3 | 8、加强食堂管理，完善各种食堂管理制度。
@H2 phase=十月份;十月份; | 十月份
@I3 | 1、整顿校园卫生，加强灭蚊灭蝇工作。
@I3 | 2、卫生讲座。
""",
    ),
    dict(
        name="fresh126_02_university_campus_cleanup_notice_stage_table",
        source="https://m.antoinernb.com/info/1008/12560.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan", "scheme"], partial=False,
        notes=["A Shanghai university's notice from its 校爱卫办 (2011-06-10) on a campus clean-up campaign for the Party's "
               "90th anniversary and the 世游赛, whose arrangement is a three-column table (时间 | 活动内容 | 相关部门) "
               "pasted one cell per line. The source/date meta line was dropped; the addressee '各单位：' is body.",
               "The stage cells are written vertically in the source ('组 织 宣 传', '实 施 阶 段', one character per line "
               "in the store); each was joined into one line ('组织宣传', '实施阶段'); '检查阶段' was already on one line. "
               "The three stage cells are labelled level-1 phases headings (they head a block of rows), each a phase "
               "with the date cell on the next line as start and end ('6.8'–'6.14', '6.15'–'7.15', '6.8'–'7.15'; the "
               "check stage overlaps the other two, as written).",
               "Header cells (时间, 活动内容, 相关部门), date cells, unit cells and the closing lines are not labelled. "
               "Content cells that start with numbering are items (level 2); the numbering switches from '1、' to "
               "'2.' '3.' inside the 实施阶段 block, kept as written. The dates '6.15、6.30和7.15' inside an item are "
               "event dates, not phases.",
               "Unit cells wrap inside words over several lines ('生活中心、饮食中心' on its own line; '爱卫办、各校区灭害站、"
               "饮食中心、生活' / '中心、物业中心、社' / '区中心、'); kept as the store has them, never labelled."],
        units=["校爱卫办", "宣传部", "爱卫办", "校医院", "后勤集团", "物业中心", "社区中心", "生活中心", "饮食中心",
               "各院系", "各校区灭害站"],
        text="""\
@T | 关于“开展迎建党九十周年、迎世游赛校园环境清洁活动”的通知
各单位：
按照上海市爱卫会的部署和上海市爱国卫生运动委员会《关于开展迎建党九十周年、迎世游赛群众性爱国卫生活动的通知》（沪爱卫会【2011】8号）的要求，为加强我校爱国卫生工作，学校决定在全校开展“迎建党九十周年、迎世游赛校园环境清洁活动”，具体安排如下：
时间
活动内容
相关部门
@H1 sec=phases phase=组织宣传;6.8;6.14 | 组织宣传
6.8-6.14
@I2 | 1、通过学校各类媒介宣传卫生防病知识，引导师生改掉不良卫生习惯，营造“人人参与、清洁校园”的氛围。
宣传部、爱卫办、校医院、后勤集团
@I2 | 2、结合各类健康知识讲座，组织专业卫生防病知识宣讲。
@H1 sec=phases phase=实施阶段;6.15;7.15 | 实施阶段
6.15-7.15
@I2 | 1、6.15、6.30和7.15三天集中清扫各楼宇和校园环境，清除卫生死角和垃圾杂物，清理病媒生物孳生地。
物业中心、社区中心
生活中心、饮食中心
@I2 | 2.办公场所室内大扫除，做到窗明几净。
各院系
@I2 | 3.治理虫害孳生环境，控制夏季蚊蝇密度，专业队伍与管理部门配合、药物消杀与防范措施并用，降低病媒生物密度，切断传播途径。
爱卫办、各校区灭害站、饮食中心、生活
中心、物业中心、社
区中心、
@H1 sec=phases phase=检查阶段;6.8;7.15 | 检查阶段
6.8-7.15
活动期间由爱卫办对各项工作的进展和落实情况进行督查。
爱卫办
请各有关部门抓好落实，并把活动开展情况及时报送校爱卫办。
附：沪爱卫会【2011】8号文
""",
    ),
    dict(
        name="fresh126_03_kindergarten_week4_class_plan_grid",
        source="https://ltsyyey.wxlxjy.cn/contents/324/9531.html",
        doc_kind="plan", partial=True,
        title_override="无锡市刘潭实验幼儿园教育工作一周计划",
        notes=["A Wuxi kindergarten's one-week education plan for a middle class (中一班), week 4 of autumn 2025, a grid "
               "pasted as pipe rows (one line per table row, cells separated by ' | ', the store's runs of empty cells "
               "reduced to one trailing ' |'). Two title lines: the site's '第四周工作计划' and the document's own; the "
               "label takes the document's own title and marks both lines.",
               "The week line '第四周（2025.9.22—2025.9.28） 班级：中一班' is a body line; the two teachers' names after "
               "'教师：' were dropped. The week is an optional overall period (2025.9.22–2025.9.28).",
               "Labelled: the row-header cells that start a row and head a block — '本周工作重点' (standing alone, "
               "goals), '入园活动', '上 午 活 动', '下午 活动' (parts of the day, level 1, phases with other accepted; "
               "their texts set by hand to the header cell) and '学习活动' (a sub-row of the morning, level 2). The "
               "second-column headers '体育 游戏场' and '户外运动' are mid-line cells and not labelled.",
               "The weekday columns of the 学习活动 row ('社会：家里的小任务 | 科学：… | 健康：… | 语言：… | 歌曲：…', one "
               "lesson per weekday) and the '主题名称：' / '本周主题线索：' cells are table cells, not labelled. The "
               "content cells (教学重点 / 生活活动 / 安全工作 / 家长工作 with mid-line '1.' '2.' points; materials and "
               "观察要点) were rewritten and shortened.",
               "The page ends inside the afternoon row ('平衡木、梅花桩、'); kept as the fragment."],
        units=["中一班"],
        extra_phases=[
            dict(name="第四周", start_text="2025.9.22", end_text="2025.9.28", at="第四周（2025.9.22—2025.9.28）",
                 optional=True),
        ],
        text="""\
@T | 第四周工作计划
@T | 无锡市刘潭实验幼儿园教育工作一周计划
第四周（2025.9.22—2025.9.28） 班级：中一班
主题名称：劳动真美好 |
@H1 sec=goals alt=requirements | 本周工作重点
| 教学重点：1.认识擦桌子、摆碗筷、整理玩具等常见家务劳动 2.乐于参与家务，体会帮助家人的快乐，增强责任感 生活活动：1.自己整理个人物品，帮老师整理班级物品 2.饭后收拾餐具、参与擦桌子 安全工作：1.学会安全使用塑料扫帚、抹布等工具，不打闹 2.模拟家务时轻拿轻放，防止滑倒碰撞 家长工作：1.请家长和孩子一起制定“家庭家务表”，每天留 10 分钟让孩子做家务 2.亲子共读安全、健康、成长类绘本 |
@H1 sec=phases alt=other text=入园活动 | 入园活动 | 自主签到：按图示用积木签到并初步组合搭建 种植园地：观察责任田植物，浇水松土 劳动提示：来园整理储物柜，离园前检查座位周围是否整洁 |
@H1 sec=phases alt=other text=上~午~活~动 | 上 午 活 动 | 体育 游戏场 | 主要材料：绳子 自主材料：小木块、布条、小筐、彩圈 观察要点：两人拉绳运送小筐，跳绳子摆成的格子练反应 | 特色材料：篮球 自主材料：塑料圈、彩色地标贴 观察要点：1.保持平衡不踩出垫子，完成“运送小水桶到树苗旁” 2.主动收拾材料归位 |
@H2 text=学习活动 | 学习活动 | 本周主题线索：班级小当家 |
社会：家里的小任务 | 科学：整理小妙招 | 健康：我会擦一擦 | 语言：厨房小帮手 | 歌曲： 劳动拍手歌 |
@H1 sec=phases alt=other text=下午~活动 | 下午 活动 | 户外运动 | 钻轮胎、跳格子 | 平衡木、梅花桩、
""",
    ),
    dict(
        name="fresh126_04_primary_young_pioneers_term_plan_months",
        source="https://m.how234.cn/dongshi/rsvsd/5e0PEQ1Pez",
        doc_kind="plan", partial=True,
        notes=["A primary school's Young Pioneers (少先队) term plan. The stored text starts at 一、指导思想: no title line "
               "is shown, so title is null.",
               "三、工作计划及落实措施 (phases, measures accepted) is laid out by month: '九月份：' … '一月份：' stand on "
               "lines of their own ending in a colon, labelled level-2 phases headings, each a phase with the month "
               "as start and no end. The numbered tasks under each month are items (level 3), kept with their '；' "
               "and the last one of a month with '。'.",
               "二、工作要求 holds three '要…' statements, labelled items (requirements).",
               "Groups named as doing the work (执勤队, 蓓蕾广播组, 蓓蕾读书小组, 各中队) are listed as units."],
        units=["执勤队", "蓓蕾广播组", "蓓蕾读书小组", "各中队"],
        text="""\
@H1 sec=guidance | 一、指导思想
本学期少先队工作按上级主管部门的要求和学校校务工作计划展开，继续推进素质教育，发挥少先队阵地作用，多开展少先队文体活动，培养队员的创新精神和实践能力。
@H1 sec=requirements | 二、工作要求
@I2 | 1、要坚持“全队抓基层、全队抓落实”的思路，用实施《意见》和《纲要》统领少先队工作。
@I2 | 2、要完善少先队工作机制，保证少先队工作顺利开展。
@I2 | 3、要以体验活动为载体，遵循“新、深、近、小、实”的活动原则，用各类主题活动带动少先队工作全面开展。
@H1 sec=phases alt=measures | 三、工作计划及落实措施
@H2 phase=九月份;九月份; | 九月份：
@I3 | 1、做好队员的暑假生活调查；
@I3 | 2、选拔品学兼优的队员组成执勤队，开展五项竞赛活动；
@I3 | 3、蓓蕾广播组吸收新成员，继续开展活动；
@I3 | 4、做好各中队及大队干的选任工作；
@I3 | 5、开展献爱心活动。
@H2 phase=十月份;十月份; | 十月份：
@I3 | 1、庆国庆歌咏比赛，出版“庆国庆”主题版报；
@I3 | 2、开展学队史、学规范、学守则活动，举行新队员入队仪式；
@I3 | 3、观看安全卫生教育录像及防灾防震图片，开展安全教育；
@I3 | 4、开展国旗、国歌、国徽知识竞赛；
@I3 | 5、举行“美的创造”手工制作比赛。
@H2 phase=十一月份;十一月份; | 十一月份：
@I3 | 1、蓓蕾读书小组开展读书活动，定期开放图书室让队员多读书；
@I3 | 2、加强队员在校日常行为要求，加强执勤队管理。
@H2 phase=十二月份;十二月份; | 十二月份：
@I3 | 1、观看法制、交通安全教育图片及录像；
@I3 | 2、各艺术组开展活动，迎接元旦。
@H2 phase=一月份;一月份; | 一月份：
@I3 | 1、各中队评选优秀队员、队干；
@I3 | 2、各中队量化得分，评选优秀中队。
""",
    ),
    dict(
        name="fresh126_05_primary_grade5_chinese_teaching_schedule_rows",
        source="http://www.sjhxx.wj.czedu.cn/html/article5555689.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's (Wujin, Changzhou school site) Chinese-lesson teaching schedule for grade 5, first "
               "term of 2022–2023: a 周次 | 日期 | 教学内容 | 备注 table pasted as pipe rows, one line per teaching "
               "week. The title line is shown.",
               "Each row is a level-1 phases heading whose text is set by hand to the week and date cells "
               "('1 | 9.1-—9.2'); the leading '1'…'20' is the 周次 cell, not a numbering token (numbering none); the "
               "phase is named after the week number with the row's dates as start and end. The header row is an "
               "unlabelled table line.",
               "The store's ASCII pipes and the irregular dashes of the date cells are kept exactly ('9.1-—9.2', "
               "'9.12—-9.16', '9.19---9.23', '10.10--10.14'); the colon and brackets between Chinese characters in the "
               "content cells were restored to full-width ('口语交际：', '《牛郎织女（一）》').",
               "The content cells (lesson numbers and titles, '*' for self-study lessons) are kept as written, "
               "including the source's '山居秋瞑' and '已亥杂诗' and the holiday remarks ('国庆节休息 8号9号上班'); the "
               "lesson numbers inside a row are mid-line, not labelled.",
               "The page ends inside row 20's remark cell ('| 1'); kept as the fragment."],
        units=[],
        text="""\
@T | 2022---2023学年第一学期五年级语文教学进度表
周次 | 日期 | 教学内容 | 备注 |
@H1 sec=phases num=none text=1~|~9.1-—9.2 phase=1;9.1;9.2 | 1 | 9.1-—9.2 | 1《白鹭》 | |
@H1 sec=phases num=none text=2~|~9.5--9.9 phase=2;9.5;9.9 | 2 | 9.5--9.9 | 2《落花生》 3《桂花雨》 4*《珍珠鸟》 | |
@H1 sec=phases num=none text=3~|~9.12—-9.16 phase=3;9.12;9.16 | 3 | 9.12—-9.16 | 口语交际：制作班级公约 习作：我的心爱之物 语文园地 5《搭石》 第一单元小练习 | 中秋节12日休息 |
@H1 sec=phases num=none text=4~|~9.19---9.23 phase=4;9.19;9.23 | 4 | 9.19---9.23 | 6《将相和》 7《什么比猎豹的速度更快》 | |
@H1 sec=phases num=none text=5~|~9.26—9.30 phase=5;9.26;9.30 | 5 | 9.26—9.30 | 习作：漫画老师 语文园地 第二单元小练习 8《冀中的地道战》 | |
@H1 sec=phases num=none text=6~|~10.3—10.9 phase=6;10.3;10.9 | 6 | 10.3—10.9 | 国庆放假 9《猎人海力布》 | 国庆节休息 8号9号上班 |
@H1 sec=phases num=none text=7~|~10.10--10.14 phase=7;10.10;10.14 | 7 | 10.10--10.14 | 10*《牛郎织女（一）》 11*《牛郎织女（二）》口语交际：讲民间故事 习作：缩写故事 语文园地 | |
@H1 sec=phases num=none text=8~|~10.17—10.21 phase=8;10.17;10.21 | 8 | 10.17—10.21 | 快乐读书吧 第三单元小练习 12《古诗三首》（示儿 题临安邸） | |
@H1 sec=phases num=none text=9~|~10.24—10.28 phase=9;10.24;10.28 | 9 | 10.24—10.28 | 12《古诗三首》（ 已亥杂诗） 13《少年中国说》 14《圆明园的毁灭》 | |
@H1 sec=phases num=none text=10~|~10.31—11.4 phase=10;10.31;11.4 | 10 | 10.31—11.4 | 15*《小岛》 16《太阳》 习作：二十年后的家乡 语文园地 | |
@H1 sec=phases num=none text=11~|~11.7—11.11 phase=11;11.7;11.11 | 11 | 11.7—11.11 | 第四单元小练习 17《松鼠》 习作例文：鲸 风向袋的制作 | |
@H1 sec=phases num=none text=12~|~11.14—11.18 phase=12;11.14;11.18 | 12 | 11.14—11.18 | 习作：介绍一种事物 第五单元小练习 18《慈母情深》 | |
@H1 sec=phases num=none text=13~|~11.21—11.25 phase=13;11.21;11.25 | 13 | 11.21—11.25 | 19《父爱之舟》 20*《“精彩极了”和“糟糕透了”》 口语交际：父母之爱 习作：我想对您说 | |
@H1 sec=phases num=none text=14~|~11.28—12.2 phase=14;11.28;12.2 | 14 | 11.28—12.2 | 语文园地 第六单元小练习 21《古诗三首》 山居秋瞑、枫桥夜泊、长相思 | |
@H1 sec=phases num=none text=15~|~12.5—12.9 phase=15;12.5;12.9 | 15 | 12.5—12.9 | 22《四季之美》 23《鸟的天堂》 24*《月迹》 习作： 即景 | |
@H1 sec=phases num=none text=16~|~12.12—12.16 phase=16;12.12;12.16 | 16 | 12.12—12.16 | 语文园地 第七单元小练习 25《古人谈读书》 | |
@H1 sec=phases num=none text=17~|~12.19—12.23 phase=17;12.19;12.23 | 17 | 12.19—12.23 | 26《忆读书》 27*《我的“长生果”》 口语交际：我最喜欢的人物形象 习作：推荐一本书 | |
@H1 sec=phases num=none text=18~|~12.26—12.30 phase=18;12.26;12.30 | 18 | 12.26—12.30 | 语文园地 第八单元小练习 综合复习 | |
@H1 sec=phases num=none text=19~|~1.2—1.6 phase=19;1.2;1.6 | 19 | 1.2—1.6 | 综合复习 | 元旦 |
@H1 sec=phases num=none text=20~|~1.9—1.13 phase=20;1.9;1.13 | 20 | 1.9—1.13 | 期末工作 | 1
""",
    ),
    dict(
        name="fresh126_06_primary_grade4_chinese_teaching_schedule_pdf_text",
        source="https://m.163wenku.com/p-725860.html",
        doc_kind="plan", partial=True,
        title_override="20202020--20212021学年度第一学期学年度第一学期四四年级语文（上册）教学进度表年级语文（上册）教学进度表",
        notes=["A grade-4 Chinese-lesson teaching schedule for the first term of 2020–2021 from a document-sharing site "
               "that delivered the PDF's text as one run-together block: every table word doubled in the title and "
               "header ('20202020- -20212021', '学年度第一学期学年度第一学期四四年级…', '周次周次 日期日期 …'), chunk "
               "markers '1、' '2、' '3、' '4、' at the starts of the site's chunks, and a page number '2'.",
               "The block was split into lines at the table rows the text shows (one line per 周次 row). The chunk "
               "markers are kept where the site put them: '1、 1' (with the page number '1') before the title, and "
               "'2、' '3、' '4、' at the start of a line inside a word or a bracket ('2、物园”（2）…' continuing "
               "'习作：小小“动', '3、峰（3）…' continuing '爬天都', '4、3）书法（1）…' continuing '西门豹治邺（'); "
               "never labelled. The title label is the doubled title as written, without the chunk marker "
               "(title_override); the header line is an unlabelled table line.",
               "Each row is a level-1 phases heading whose text is set by hand to the week and date cells "
               "('1 9.1-9.4'); numbering none (the week number is a table cell); the phase is named after the week "
               "number. Row 5 has lost the dash between its dates ('9.279.30'): kept, labelled start '9.27' and end "
               "'9.30'. The last row covers weeks '20-22' ('1.11-1.29').",
               "Lesson titles with their periods in brackets are kept as written (brackets restored to full-width); "
               "the closing '说明' paragraph (doubled '说明：说明：' after the page number '2') was rewritten and "
               "shortened and ends, like the page, in the middle of a sentence."],
        units=[],
        text="""\
@T | 1、 1 20202020- -20212021 学年度第一学期学年度第一学期四四年级语文（上册）教学进度表年级语文（上册）教学进度表
周次周次 日期日期 教学内容及课时安排教学内容及课时安排 备注备注
@H1 sec=phases num=none text=1~9.1-9.4 phase=1;9.1;9.4 | 1 9.1-9.4 观潮（3）走月亮（1）书法（1）
@H1 sec=phases num=none text=2~9.7-9.11 phase=2;9.7;9.11 | 2 9.7-9.11 走月亮（2）现代诗二首（1）繁星（1） 口语交际（1）习作：推荐一个好地方（1）书法（1）
@H1 sec=phases num=none text=3~9.14-9.18 phase=3;9.14;9.18 | 3 9.14-9.18 习作：推荐一个好地方（1）语文园地（2） 一个豆荚里的五粒豆（3）书法（1）
@H1 sec=phases num=none text=4~9.21-9.25 phase=4;9.21;9.25 | 4 9.21-9.25 夜间飞行的秘密（3） 呼风唤雨的世纪（3）书法（1）
@H1 sec=phases num=none text=5~9.279.30 phase=5;9.27;9.30 | 5 9.279.30 蝴蝶的家（1） 习作：小小“动
2、物园”（2）书法（1） 中秋国庆 放假
@H1 sec=phases num=none text=6~10.9-10.10 phase=6;10.9;10.10 | 6 10.9-10.10 语文园地 （2）书法（1）
@H1 sec=phases num=none text=7~10.12-10.16 phase=7;10.12;10.16 | 7 10.12-10.16 古诗三首（3） 爬山虎的脚（3）书法（1）
@H1 sec=phases num=none text=8~10.19-10.23 phase=8;10.19;10.23 | 8 10.19-10.23 蟋蟀的住宅（3）口语交际：爱护眼睛，保护视力（1） 习作：写观察日记（2）书法（1）
@H1 sec=phases num=none text=9~10.26-10.30 phase=9;10.26;10.30 | 9 10.26-10.30 语文园地（2）盘古开天地（3） 精卫填海（1）书法（1）
@H1 sec=phases num=none text=10~11.2-11.6 phase=10;11.2;11.6 | 10 11.2-11.6 精卫填海（2）普罗米修斯（3） 女娲补天（1）书法（1）
@H1 sec=phases num=none text=11~11.9-11.13 phase=11;11.9;11.13 | 11 11.9-11.13 习作：我和过一天（2）语文园地（2） 快乐读书吧（1）麻雀（1）书法（1）
@H1 sec=phases num=none text=12~11.16-11.20 phase=12;11.16;11.20 | 12 11.16-11.20 麻雀（2）爬天都
3、峰（3） 习作例文（1）书法（1）
@H1 sec=phases num=none text=13~11.23-11.27 phase=13;11.23;11.27 | 13 11.23-11.27 习作：生活万花筒（2）牛和鹅（3） 一只窝囊的大老虎（1）书法（1）
@H1 sec=phases num=none text=14~11.30-12.4 phase=14;11.30;12.4 | 14 11.30-12.4 一只窝囊的大老虎（2）陀螺（3） 口语交际：安慰（1）书法（1）
@H1 sec=phases num=none text=15~12.7-12.11 phase=15;12.7;12.11 | 15 12.7-12.11 习作：记一次游戏（2）语文园地（2） 古诗三首（2）书法（1）
@H1 sec=phases num=none text=16~12.14-12.18 phase=16;12.14;12.18 | 16 12.14-12.18 古诗三首（1）为中华之崛起而读书（3） 梅兰芳蓄须（1）延安，我把你追寻（1）书法（1）
@H1 sec=phases num=none text=17~12.21-12.25 phase=17;12.21;12.25 | 17 12.21-12.25 习作：写信（2）语文园地（2） 王戎不取道旁李（2）书法（1）
@H1 sec=phases num=none text=18~12.28-12.31 phase=18;12.28;12.31 | 18 12.28-12.31 王戎不取道旁李（1） 西门豹治邺（
4、3）书法（1） 元旦放假
@H1 sec=phases num=none text=19~1.4-1.8 phase=19;1.4;1.8 | 19 1.4-1.8 故事二则（1）口语交际：讲历史人物故事（1） 习作（2）语文园地（2）书法（1）
@H1 sec=phases num=none text=20-22~1.11-1.29 phase=20-22;1.11;1.29 | 20-22 1.11-1.29 期末复习、考试
2 说明：说明： 1.按省市文件精神，每周从语文课中拿出一节上书法课，另从地方课程中拿出一节课用于课外阅读指
""",
    ),
    dict(
        name="fresh126_07_university_patriotic_health_month_notice",
        source="https://news.dhu.edu.cn/_t317/2010/0309/c6411a103920/page.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=False,
        notes=["A university's notice (东华大学, 基建后勤处, 2010-03-09) on its 2010 爱国卫生月 in March and April. The page's "
               "meta line and the empty template fields ('主题： 主讲人： 地点： 时间： 组织单位：', '视频： 摄影： …') "
               "and the related-reading list were dropped. The title keeps the page's spaces around '2010'.",
               "Three run-in label headings: '总体要求：…' (guidance, goals accepted; text cut at the colon), '主要任务：' "
               "with two numbered task items, and '工作安排：' (phases) with two numbered dated steps.",
               "The two steps are level-2 phases headings and phases: '1、3月15日---4月15日 …卫生大清理活动。' (named "
               "卫生大清理, start 3月15日, end 4月15日, the dashes as written) and '2、4月中、下旬，学校爱卫会进行全面检查。' "
               "(named 全面检查, start '4月中、下旬', no end). Their texts follow the automatic cut (the whole "
               "sentence).",
               "The overall period '3、4月间' in the opening paragraph is not labelled (a rewritten body line).",
               "Not an excerpt: the notice is complete from the addressee to the date (partial false)."],
        units=["东华大学爱国卫生运动委员会", "东华大学基建后勤处", "学校爱卫会"],
        text="""\
@T | 关于开展 2010 年爱国卫生月活动的通知
各学院、部处、直属单位：
根据市委办公厅、市府办公室转发的《关于在全市组织开展‘星期四爱国卫生义务劳动’的工作方案》和迎世博城市管理指挥部“第六个百日重点工作”的部署，为推进本市迎世博环境整治和社会动员，结合学校实际，学校定于今年3、4月间在全校开展2010年度爱国卫生月活动。
@H1 sec=guidance alt=goals | 总体要求：以“清洁城市、消灭四害、促进健康、保障世博”为主题，借爱国卫生月活动推动校园环境卫生持续改善，为世博运行服务保障出一份力。
@H1 sec=goals | 主要任务：
@I2 | 1、开展全校卫生环境大清理活动。
@I2 | 2、开展春季以灭鼠为重点的除“四害”活动。
@H1 sec=phases | 工作安排：
@H2 phase=卫生大清理;3月15日;4月15日 | 1、3月15日---4月15日 各学院、部处、直属单位有步骤、有组织地开展卫生大清理活动。
@H2 phase=全面检查;4月中、下旬; | 2、4月中、下旬，学校爱卫会进行全面检查。
请各部门积极配合。
东华大学爱国卫生运动委员会
东华大学基建后勤处
2010年3月9日
""",
    ),
]
