# -*- coding: utf-8 -*-
"""The sixty-second held-out fresh set: WORD FILES SAVED BY LIBREOFFICE whose source pages show
the schedule, the steps or the activity list AS A TABLE (or as columns flattened cell by cell):
nine real Chinese activity plans, a notice arranging activities and two term calendars of moral
education, by a university's student-affairs department, a senior high school, primary schools
(four), a school library's reading festival run by a rural school's youth palace, and two term
calendars from sites that sell school documents.  Six documents carry a real Word table with
exactly the source's cells (vertical and horizontal merges where the page shows them, cells of
several paragraphs where the page shows several lines in a cell); three are ordinary Word plans
whose schedule the page gives as lines (to reach the set's size).  Each document is present
twice: NAME.txt + NAME.labels.json as in the other sets, and NAME.docx written as a flat ODF
text file (.fodt) by _build/make_docx.py and converted by LibreOffice
(soffice --headless --convert-to docx:"MS Word 2007 XML").  ../../fresh_build/check_docx.py
re-reads every .docx and asserts that its displayed text equals NAME.txt line by line.
Found as stored public web pages with the `search` tool's `pages` corpus.  None of the source
pages is a source of a label file of corpus-dev or tests/corpus_*, nor listed in
/work/fresh*/used_sources.tsv and the other exclusion lists (see /work/fresh62/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate and web debris were dropped: a Word file
  would not carry them.
- Heading, title, item and table-row lines keep the source's numbering, wording and
  punctuation; full-width punctuation restored from the store's NFKC text (times keep the
  ASCII colon, 8:30).  Every body paragraph is rewritten in our own words and shortened;
  dates, figures, unit and place names and the source's masking are kept; personal names
  dropped (their table cells are empty cells, their key-value lines keep only the key).
- A table row is ONE .txt line: its cells' texts joined by U+3000, empty and covered cells
  skipped; a cell of several paragraphs gives its paragraphs' texts joined with nothing.
  Table rows are never labelled; the phases they give are placed on them by extra_phases.

Each document's `docx` entry says how its Word file is made (see make_docx.py):
  style    'outline' | 'headings' | 'direct' (as in corpus_fresh24);
  lists    {class: level}: labelled lines of that class become automatic list items;
  tables   [dict(first=row start, rows=n, cells=[[...]])]: in `cells` None is a cell covered
           by the cell above (vertical merge), '<' a cell covered by the cell to its left
           (horizontal merge), '' an empty cell, '\\n' inside a cell text separates the cell's
           paragraphs;
  right    line starts of right-aligned lines;  footer: a PAGE field footer;
  blank_after: line numbers followed by an empty paragraph.

Marker syntax: see fresh_build/build.py.
"""

FRESH62_DOCS = [
    # ------------------------------------------------------------------ 01
    dict(
        name="fresh62_01_university_student_affairs_audience_arrangement_notice",
        source="https://csun.upc.edu.cn/2016/0330/c4441a64538/pagem.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", right=["党委学生工作部"], blank_after=[13],
                  tables=[dict(first="日期　具体时间", rows=6, cells=[
                      ["日期", "具体时间", "活动内容", "活动地点", "学生观众数（人）"],
                      ["", "8:30—9:30", "总决赛启动仪式", "学校体育场", "1200"],
                      ["", "19:00—21:00", "主题论坛", "逸夫二楼礼堂", "450"],
                      ["", "19:00—21:30", "集体才艺比拼", "区会议中心大礼堂", "100"],
                      ["", "8:00—12:00", "个人才艺比拼", "区会议中心大礼堂", "100"],
                      ["", "19:30—21:00", "颁奖晚会", "校体育馆", "4000"]])]),
        extra_phases=[
            dict(at="8:30—9:30　总决赛启动仪式", name="总决赛启动仪式", start_text="8:30", end_text="9:30"),
            dict(at="19:00—21:00　主题论坛", name="主题论坛", start_text="19:00", end_text="21:00"),
            dict(at="19:00—21:30　集体才艺比拼", name="集体才艺比拼", start_text="19:00", end_text="21:30"),
            dict(at="8:00—12:00　个人才艺比拼", name="个人才艺比拼", start_text="8:00", end_text="12:00"),
            dict(at="19:30—21:00　颁奖晚会", name="颁奖晚会", start_text="19:30", end_text="21:00")],
        notes=["Word file (LibreOffice): typed numbers, direct formatting (一、 headings bold); the five activities "
               "are a REAL five-column table (日期 / 具体时间 / 活动内容 / 活动地点 / 学生观众数（人）) with the cells of "
               "the page's HTML table: its 日期 cells are empty on the page (the dates are lost), so they are empty "
               "Word cells and the rows start with the time; the issuing department is a right-aligned paragraph "
               "at the end. No title: the page shows none (it starts at the addressee 各学院：).",
               "A university student-affairs department's notice (中国石油大学, 党委学生工作部) arranging student "
               "audiences for the national final of '留动中国' (activities for international students); kind "
               "activity_plan (plan accepted): it is the arrangement of a series of activities in notice form. The "
               "page loses text: the opening sentence stops at '…总决赛系列活动将在' (kept as the fragment), and under "
               "二、 the items 1. 3. 4. 5. are empty on the page (dropped); only '2.5月30晚主题论坛…' is kept, its "
               "numbering token '2.' set by hand (num=2.) because the date follows without a space.",
               "The table rows are the time slots of the activities (their dates lost): optional phases on the "
               "rows, start and end the times. 三、 is a numbered run-in statement heading (requirements), its "
               "heading text the whole sentence. Units: the issuing 党委学生工作部 and 学工处, which collects the "
               "counsellors' names."],
        units=["党委学生工作部", "学工处"],
        text="""\
各学院：
2012—2013“留动中国—在华留学生阳光运动文化之旅”总决赛系列活动将在
这是一项国家级活动，覆盖面广，各级领导十分重视。本次组织学生观众时间紧、任务重，请各学院高度重视、认真组织，把每项活动落实到人，按要求组织学生准时就位，向各界展示我校学生观众的风采。
@H1 sec=phases alt=other | 一、需要安排学生观众的活动有：
日期　具体时间　活动内容　活动地点　学生观众数（人）
8:30—9:30　总决赛启动仪式　学校体育场　1200
19:00—21:00　主题论坛　逸夫二楼礼堂　450
19:00—21:30　集体才艺比拼　区会议中心大礼堂　100
8:00—12:00　个人才艺比拼　区会议中心大礼堂　100
19:30—21:00　颁奖晚会　校体育馆　4000
@H1 sec=measures alt=requirements,other | 二、具体事宜安排
@I2 num=2. text=2.5月30晚主题论坛 | 2.5月30晚主题论坛，各学院须在18:40前组织学生观众按要求就位：储建150人，经管150人，理学院150人。具体座次见附件2；
@H1 sec=requirements alt=measures | 三、每项活动需要各学院指定辅导员组织观众，于5月29日下午16:00前将辅导员姓名报学工处，电话：86981511。
党委学生工作部
""",
    ),
    # ------------------------------------------------------------------ 02
    dict(
        name="fresh62_02_senior_high_school_science_week_plan",
        source="https://www.365978.net/huatizuowenzhuanti/538117/",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="headings", footer=True,
                  tables=[dict(first="主项目　分项目", rows=3, cells=[
                      ["主项目", "分项目", "活动内容", "适合对象", "辅导教师", "地点"],
                      ["航空模型", "航空模型制作",
                       "①、初级航空模型飞机制作及放飞训练。\n②、电脑模拟遥控飞行训练。\n③、模型火箭的制作及放飞",
                       "初二、初三和高一学生", "____", ""],
                      [None, "电动线操纵飞机", "①", "", "", ""]])]),
        extra_phases=[dict(at="20__年__月1日~__月5日", name="活动时间", start_text="20__年__月1日",
                           end_text="__月5日")],
        notes=["Word file (LibreOffice): headings in Heading 1 by level with the numbers typed (outline numbering "
               "none); a footer with a PAGE field; 四、's project list is a REAL six-column table (主项目 / 分项目 / "
               "活动内容 / 适合对象 / 辅导教师 / 地点): the page gives the header on one line and the cells one per "
               "line; 航空模型 is a cell merged over two rows, the three ①②③ lines of the first 活动内容 cell are "
               "three paragraphs of one cell (one .txt line joins them); the teacher cell is the page's mask ____, "
               "the 地点 cells are empty. The page ends inside the second row ('电动线操纵飞机' and '①'): kept.",
               "A senior high school's science-week plan (南航附属高级中学, the page's spun place name 京南 kept), the "
               "first sample of a collection page; the collection's sample label (开展科技活动周系列活动方案1) was "
               "dropped, so there is no title line (the plan's name is inside the preamble). The experts' lines "
               "keep the page's masks '__' in place of names; '组长：__（…校长）' and the other key-value lines are body. "
               "'1、航空模型项目：' is an item under 三、组织机构.",
               "二、活动时间 '20__年__月1日~__月5日' is the optional overall period (masked dates kept as written). The "
               "table lists projects, not dated steps: no required phase. 四、活动项目要求及参加人员 is goals (other "
               "accepted)."],
        units=[],
        text="""\
为落实京南市中小学科技创新“星光计划”五个一百工程，发挥我校“星光基地”学校的实验和辐射引领作用，根据京南市中小学科技创新学院《关于举办20__年科技活动周的通知》精神，办好今年的科技活动周、推进我校航空模型教育特色建设，特制定《20__年南航附属高级中学科技活动周方案》如下：
@H1 sec=guidance | 一、指导思想
以丰富校园文化生活、提高青少年科学素养和科技创新能力为目的，打造学校航空模型特色和学科奥赛科技教育的平台；借京南市教育局举办20__年寒假科技周的契机，开展我校科技周主题教育活动。
@H1 sec=phases alt=other | 二、活动时间
20__年__月1日~__月5日
@H1 sec=responsibilities | 三、组织机构：
组长：__（京南航空航天大学附属高级中学校长）
副组长：__（京南航空航天大学附属高级中学书记）
项目负责：__（南航附属高中德育处主任）
外聘专家及教练：
@I2 | 1、航空模型项目：
__：南航大教师，南航大航模队队长
__：京南全民健身中心主任
京南航空运动协会秘书长
__：南航航模队教练、南航附中航模队外聘教练
__：江苏省方山体育训练基地干部
__省航协技术部主任
__：原江苏航模队队员、南航附中航模队外聘教练
@H1 sec=goals alt=other | 四、活动项目要求及参加人员：
主项目　分项目　活动内容　适合对象　辅导教师　地点
航空模型　航空模型制作　①、初级航空模型飞机制作及放飞训练。②、电脑模拟遥控飞行训练。③、模型火箭的制作及放飞　初二、初三和高一学生　____
电动线操纵飞机　①
""",
    ),
    # ------------------------------------------------------------------ 03
    dict(
        name="fresh62_03_primary_school_childrens_day_show_plan",
        source="http://www.pjxx.wj.czedu.cn/html/article166429.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"1、": 1}, footer=True, blank_after=[2],
                  tables=[dict(first="时间　地点　参加对象", rows=6, cells=[
                      ["时间", "地点", "参加对象", "负责人", "内容"],
                      ["8:00—9:30", "教室", "", "各班辅导员", "庆“六一”"],
                      ["9:45—11:15", None, "看班老师、学生", "看班老师", "观看教育影片"],
                      ["9:30-9:45", "报告厅", "全体中层、各班辅导员、表彰学生", "", "负责学生纪律、家长落座"],
                      [None, "舞蹈房", "演出学生及指导老师", "节目指导老师", "负责学生纪律"],
                      ["9:45-11:15", "报告厅", "庆“六一”文艺演出暨表彰大会", "<", "<"]])]),
        extra_phases=[
            dict(at="二、活动时间：2012年6月1日", name="活动时间", start_text="2012年6月1日", end_text=None),
            dict(at="8:00—9:30　教室", name="班级庆“六一”", start_text="8:00", end_text="9:30"),
            dict(at="9:45—11:15　看班老师", name="观看教育影片", start_text="9:45", end_text="11:15"),
            dict(at="9:30-9:45　报告厅", name="入场落座", start_text="9:30", end_text="9:45"),
            dict(at="9:45-11:15　报告厅", name="庆“六一”文艺演出暨表彰大会", start_text="9:45", end_text="11:15")],
        notes=["Word file (LibreOffice): typed 一、 headings bold (direct formatting); the 1、 lines under 五、 and 七、 "
               "are an AUTOMATIC one-level list ('%1、', decimal) that restarts under 七、; a footer with a PAGE "
               "field; the title over two centred paragraphs (school name, plan name). 六、活动流程 is a REAL "
               "five-column table (时间 / 地点 / 参加对象 / 负责人 / 内容) with the page's merges: 教室 over two rows, "
               "9:30-9:45 over two rows, and the last row's 内容 '庆“六一”文艺演出暨表彰大会' spanning the last three "
               "columns (a horizontal merge); the page's cell wrapping ('8:00—' / '9:30') is one cell text. The "
               "first row's 参加对象 cell is empty on the page; the 负责人 cell naming three teachers is an empty "
               "cell (names dropped). The page's row order (9:45—11:15 before 9:30-9:45) and its two dash forms "
               "(— and -) are kept.",
               "A primary school's Children's Day show and awards plan (武进区潘家小学, 2012). The leading group's "
               "names and the names after 五、's tasks were dropped: 组长： 副组长： 组员： keep only the key, the 1、 "
               "items keep their task ('1、展板布置：'), item 7 lists its four tasks without names. The page ends "
               "inside item 7 of 七、 ('7、午餐后，班'), kept as the fragment.",
               "Phases: 二、活动时间：2012年6月1日 is the optional overall period; the table rows with a time are the "
               "time slots of the one-day programme (optional phases on the rows); the 舞蹈房 row has no time of its "
               "own (merged), so no phase. 七、注意事项 is other (requirements accepted); its 1、 lines are items. "
               "Units: 大队部 (表彰活动), 教育处 (collects the photos) and 教导处 (arranges the supervising teachers)."],
        units=["大队部", "教育处", "教导处"],
        text="""\
@T | 武进区潘家小学
@T | “七彩童年”六一文艺演出暨表彰会活动方案
为让全体学生过好“六一”国际儿童节，给学生一个展示自我的舞台，学校根据要求和实际情况，制定潘家小学“七彩童年”六一文艺演出暨表彰会活动方案。
@H1 sec=other | 一、活动主题：“七彩童年”六一文艺演出暨表彰会
@H1 sec=phases alt=other | 二、活动时间：2012年6月1日
@H1 sec=other | 三、活动地点：各班教室及报告厅
@H1 sec=responsibilities | 四、领导小组成员
组长：
副组长：
组员：
@H1 sec=responsibilities | 五、具体负责人：
@I2 | 1、展板布置：
@I2 | 2、表彰活动：大队部
@I2 | 3、文艺演出：
@I2 | 4、会场布置及舞台灯光：
@I2 | 5、席位、纪律安排：
@I2 | 6、摄影、新闻报道：
@I2 | 7、其他工作：奖品安排，告家长书及邀请函，鼓号队，鲜花队。
@H1 sec=phases | 六、活动流程：
时间　地点　参加对象　负责人　内容
8:00—9:30　教室　各班辅导员　庆“六一”
9:45—11:15　看班老师、学生　看班老师　观看教育影片
9:30-9:45　报告厅　全体中层、各班辅导员、表彰学生　负责学生纪律、家长落座
舞蹈房　演出学生及指导老师　节目指导老师　负责学生纪律
9:45-11:15　报告厅　庆“六一”文艺演出暨表彰大会
@H1 sec=other alt=requirements | 七、注意事项
@I2 text=1、全体少先队员7:50到校，穿校服、戴红领巾，不带书包 | 1、全体少先队员7:50到校，穿校服、戴红领巾，不带书包。
@I2 text=2、9:00鼓号队、鲜花队到达指定地点，10:00结束 | 2、9:00鼓号队、鲜花队到达指定地点，10:00结束。
@I2 | 3、班级庆祝要书写标题或制作ppt，题目和形式自定；拍好2-3张活动照片交教育处。
@I2 | 4、每个班级配一位老师带班，负责纪律（由教导处安排）。
@I2 | 5、节目结束后，学生务必回到本班。
@I2 | 6、参加文艺演出的学生表演前在指定地点等候，结束后务必回教室。
@I2 | 7、午餐后，班
""",
    ),
    # ------------------------------------------------------------------ 04
    dict(
        name="fresh62_04_primary_school_spring_outing_plan",
        source="http://reader8.com/data/20120321/974579.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", footer=True,
                  tables=[dict(first="年级　具体时间", rows=5, cells=[
                      ["年级", "具体时间", "地点", "内容", "负责人", "联络员"],
                      ["一二", "8:30——10:30", "吴江公园", "1草坪野餐。\n2 放风筝。\n3 画美丽的春天。\n4 摄影。",
                       "一、二年级片长、各班正、副班主任", ""],
                      ["三", "8:30——9:45\n9:45——10:45", "松陵公园", "1 扫墓\n2 摄影、寻找春天的美丽。",
                       "三年级片长、各班正、副班主任", ""],
                      ["四", "8:15——10:30\n（1——3班）\n8:30——10:45\n（4——6班）", "科技馆", "1 馆内游玩，探索科学奥秘。",
                       "四年级片长\n各班正、副班主任", ""],
                      ["六", "7:30——3:00", "东方绿舟", "1 园内游玩。\n2 草坪野餐", "六年级片长\n各班正、副班主任", ""]])]),
        extra_phases=[
            dict(at="学校决定于3月21日", name="春游", start_text="3月21日", end_text=None),
            dict(at="一二　8:30——10:30", name="一、二年级 吴江公园", start_text="8:30", end_text="10:30"),
            dict(at="三　8:30——9:45", name="三年级 扫墓", start_text="8:30", end_text="9:45"),
            dict(at="三　8:30——9:45", name="三年级 摄影、寻找春天", start_text="9:45", end_text="10:45"),
            dict(at="四　8:15——10:30", name="四年级（1——3班）科技馆", start_text="8:15", end_text="10:30"),
            dict(at="四　8:15——10:30", name="四年级（4——6班）科技馆", start_text="8:30", end_text="10:45"),
            dict(at="六　7:30——3:00", name="六年级 东方绿舟", start_text="7:30", end_text="3:00")],
        notes=["Word file (LibreOffice): direct formatting, a footer with a PAGE field; the outing arrangement is a "
               "REAL six-column table (年级 / 具体时间 / 地点 / 内容 / 负责人 / 联络员) whose cells the page gives one "
               "per line: the cells that show several lines (the numbered 内容 lines, the two time ranges of 三 and "
               "of 四 with their class groups, '四年级片长' / '各班正、副班主任') are cells of several paragraphs, which "
               "the .txt row joins with nothing (so '8:30——9:459:45——10:45', as a text export of the cell gives "
               "it); the page's narrow-column wrapping is one cell text ('一' / '二' -> 一二, '吴江' / '公园' -> "
               "吴江公园). The 联络员 cells name teachers: empty cells (names dropped). No title (the page starts at "
               "the preamble).",
               "A primary school's spring-outing plan (吴江, 2012; 五年级 stays for military training). The site's "
               "watermark inside the last item ('范文网[www.027art.com]') was dropped. The note '注：安全及其它注意"
               "事项：' is an unnumbered label heading (other, requirements accepted) over three numbered items; "
               "item 2 runs the page's three sub-points (组织纪律 / 文明互助 / 勤俭节约) in one paragraph, rewritten "
               "shorter; item 3 is cut by the page ('3.注意活动开始和结束的时').",
               "Phases: '3月21日' in the preamble is the optional date of the outing; the table rows give each "
               "grade's time slots of the one-day outing: optional phases on the rows (two for 三 and for 四, whose "
               "cells hold two ranges). '7:30——3:00' is kept as written (3:00 for 15:00)."],
        units=[],
        text="""\
春暖花开、万物复苏，为让学生体会春天的美好、开阔视野、提高综合素质，增强热爱家乡和祖国的感情，学校决定于3月21日组织各年级开展春游活动（五年级因组织军训，不再另外安排）。为使这次社会实践和春游活动达到预期目的，并确保师生安全，特作如下安排：
年级　具体时间　地点　内容　负责人　联络员
一二　8:30——10:30　吴江公园　1草坪野餐。2 放风筝。3 画美丽的春天。4 摄影。　一、二年级片长、各班正、副班主任
三　8:30——9:459:45——10:45　松陵公园　1 扫墓2 摄影、寻找春天的美丽。　三年级片长、各班正、副班主任
四　8:15——10:30（1——3班）8:30——10:45（4——6班）　科技馆　1 馆内游玩，探索科学奥秘。　四年级片长各班正、副班主任
六　7:30——3:00　东方绿舟　1 园内游玩。2 草坪野餐　六年级片长各班正、副班主任
@H1 sec=other alt=requirements | 注：安全及其它注意事项：
@I2 | 1.戴好红领巾，带好中队旗。
@I2 | 2.要做到以下几点：组织纪律：春游中一切行动听老师指挥，准时出发、准时集合，不擅自离队，参观时不拥挤、不打闹，爱护动物和花草树木。文明互助：班级之间、同学之间互帮互助，爱护公共设施，不乱扔果皮纸屑，带好一次性桌布和塑料袋收拾垃圾。勤俭节约：零食和饮料适量，不奢侈浪费，贵重物品妥善保管。
@I2 | 3.注意活动开始和结束的时
""",
    ),
    # ------------------------------------------------------------------ 05
    dict(
        name="fresh62_05_primary_school_moral_education_term_calendar",
        source="https://www.yun65.com/3886.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        docx=dict(style="direct", blank_after=[2],
                  tables=[dict(first="周次　时间", rows=6, cells=[
                      ["周次", "时间", "活动及内容", "<", "<", "备注"],
                      [None, None, "月主题", "周主题", "内容", None],
                      ["预备周", "3.2-3.8", "春启新程・习惯奠基月", "策马扬鞭启新篇",
                       "学生注册入学，提交寒假德育实践作业（劳动体验、传统文化研学等）；\n"
                       "开展“开学第一课——安全伴我行”主题教育，讲校园安全、交通安全和防欺凌；\n"
                       "召开班主任工作会议，部署新学期德育重点；\n"
                       "开展“班级公约共创”活动，强化行为习惯养成", "上2天"],
                      ["1", "3.9-3.15", None, "植绿护绿，共绘春景",
                       "召开“我为家乡添点绿”主题班会，普及植树节知识；\n"
                       "组织校园绿植养护行动，各班认领“责任林”；\n"
                       "开展“环保创意手工”比赛，用废旧材料制作绿植盆栽；\n"
                       "发布“家庭植树倡议”，鼓励亲子共同植树", "3.12植树节"],
                      ["2", "3.16-3.22", None, "龙抬头启福，文化传承",
                       "开展“二月二・龙抬头”传统文化主题班会，讲节日渊源与习俗；\n"
                       "组织“绘龙鳞・祈祥瑞”手工活动（剪纸、绘画）；\n"
                       "开展“文明礼仪我先行”行为规范强化周，红领巾监督岗上岗；\n"
                       "进行队列队形训练，为后续比赛做准备", "3.20龙头节\n3.22世界水日"],
                      ["3", "3.23-3.29", None, "节水护水，守护家园",
                       "结合世界水日开展“节约用水，从点滴做起”主题教育；\n"
                       "组织“水资源调查”实践活动，记录家庭和校园用水情况；\n"
                       "举办“节水金点子”征集大赛，推广节水小技巧；\n"
                       "开展校园安全隐患排查，重点检查水电设施", "3.23世界气象日"]])]),
        extra_phases=[
            dict(at="预备周　3.2-3.8", name="策马扬鞭启新篇", start_text="3.2", end_text="3.8", optional=False),
            dict(at="1　3.9-3.15", name="植绿护绿，共绘春景", start_text="3.9", end_text="3.15", optional=False),
            dict(at="2　3.16-3.22", name="龙抬头启福，文化传承", start_text="3.16", end_text="3.22", optional=False),
            dict(at="3　3.23-3.29", name="节水护水，守护家园", start_text="3.23", end_text="3.29", optional=False)],
        notes=["Word file (LibreOffice): a title over two centred paragraphs (the slogan line and the table's name), "
               "an empty paragraph, then ONLY a REAL table: a two-row header (周次 and 时间 and 备注 merged over both "
               "rows; 活动及内容 spanning 月主题 / 周主题 / 内容), the month theme '春启新程・习惯奠基月' one cell merged "
               "down the four week rows (the page writes it one character per line, a vertical cell), each 内容 "
               "cell four paragraphs (the page's four lines; the .txt row joins them), 备注 of week 2 two "
               "paragraphs. Nothing is labelled: title + table rows.",
               "A primary school's calendar of moral-education themes for the second term of 2025-2026 (红领巾监督岗), "
               "from a site selling school documents; its paywall lines (试读结束… / 版权声明) were dropped. The page "
               "ends inside week 4 ('4' / '3.'): that row was dropped. The 内容 cells are kept cell for cell and "
               "item for item, each item slightly shortened in our words; themes, dates and 备注 as written.",
               "The four week rows are dated periods: phases on their rows (as fresh59_10's calendar rows), named by "
               "the week theme, start and end the dates as written ('3.2' – '3.8'). The month theme is not a "
               "phase."],
        units=[],
        text="""\
@T | “骏马春风驰正道，万象更新育栋梁”
@T | 2025-2026年第二学期德育主题教育活动安排表
周次　时间　活动及内容　备注
月主题　周主题　内容
预备周　3.2-3.8　春启新程・习惯奠基月　策马扬鞭启新篇　学生注册入学，提交寒假德育实践作业（劳动体验、传统文化研学等）；开展“开学第一课——安全伴我行”主题教育，讲校园安全、交通安全和防欺凌；召开班主任工作会议，部署新学期德育重点；开展“班级公约共创”活动，强化行为习惯养成　上2天
1　3.9-3.15　植绿护绿，共绘春景　召开“我为家乡添点绿”主题班会，普及植树节知识；组织校园绿植养护行动，各班认领“责任林”；开展“环保创意手工”比赛，用废旧材料制作绿植盆栽；发布“家庭植树倡议”，鼓励亲子共同植树　3.12植树节
2　3.16-3.22　龙抬头启福，文化传承　开展“二月二・龙抬头”传统文化主题班会，讲节日渊源与习俗；组织“绘龙鳞・祈祥瑞”手工活动（剪纸、绘画）；开展“文明礼仪我先行”行为规范强化周，红领巾监督岗上岗；进行队列队形训练，为后续比赛做准备　3.20龙头节3.22世界水日
3　3.23-3.29　节水护水，守护家园　结合世界水日开展“节约用水，从点滴做起”主题教育；组织“水资源调查”实践活动，记录家庭和校园用水情况；举办“节水金点子”征集大赛，推广节水小技巧；开展校园安全隐患排查，重点检查水电设施　3.23世界气象日
""",
    ),
    # ------------------------------------------------------------------ 06
    dict(
        name="fresh62_06_school_moral_education_theme_term_schedule",
        source="https://max.book118.com/html/2026/0128/8005021061010041.shtm",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        docx=dict(style="direct", footer=True,
                  tables=[dict(first="周次　日期", rows=4, cells=[
                      ["周次", "日期", "月主题", "周主题", "主要活动内容", "备注"],
                      ["开学前", "3·1-3·3", "春三月·规矩与生长", "开学准备\n秩序先行",
                       "1.召开教职工会：明确学期德育重点与岗位分工\n"
                       "2.班主任情境培训：家校沟通、课间冲突调解、突发状况处置\n"
                       "3.校园安全联检：校门、楼梯、用电、器材、食堂动线\n"
                       "4.教室与走廊文化布置：班级公约、值日轮岗、物品定位图\n"
                       "5.护学岗与文明监督岗演练：上下学动线、交接流程\n"
                       "6.心理辅导室与班级“心情角”物料到位\n"
                       "7.劳动区与微田园整备：除草、整畦、工具领用登记\n"
                       "8.开学通知与家校回执：作息、带班提醒、健康与安全提示", ""],
                      ["1", "3·4-3·6", None, "新学期\n收心起步",
                       "1.升旗仪式+开学第一课：规则、礼仪、目标与期待\n"
                       "2.班会《我能做到的三件事》：上课、课间、就餐三条线\n"
                       "3.班级公约完善：一句话班训+三条可执行约定\n"
                       "4.“七日晨礼”启动：问好、整队、物品摆放、值日交接\n"
                       "5.校园卫生大扫除：教室、走廊、包干区分工到人\n"
                       "6.文明监督岗佩章上岗：楼梯口、厕所、食堂三处巡查\n"
                       "7.成长记录袋发放：本学期目标卡+家校沟通单\n"
                       "8.周末“收心三件事”家庭打卡", ""],
                      ["2", "3·9-3·13", None, "向春而行\n植绿护绿",
                       "1.班会：校园里的“绿色约定”（节水、节电、爱护花草）\n"
                       "2.植树节行动：班级认养一棵树或一盆花，建立养护值日表\n"
                       "3.“身边的致意”任务：给家人或老师写一张感谢卡\n"
                       "4.文明礼仪微剧场：排队、借物、说谢谢、说对不起\n"
                       "5.校园公物守护：课桌椅编号巡查+维修登记\n"
                       "6.午餐观察周：班级“剩菜原因”小调查+改进建议\n"
                       "7.微田园播种：分区种植+记录牌（日期、负责人、浇水频次）\n"
                       "8.周末绿", ""]])]),
        extra_phases=[
            dict(at="开学前　3·1-3·3", name="开学准备秩序先行", start_text="3·1", end_text="3·3", optional=False),
            dict(at="1　3·4-3·6", name="新学期收心起步", start_text="3·4", end_text="3·6", optional=False),
            dict(at="2　3·9-3·13", name="向春而行植绿护绿", start_text="3·9", end_text="3·13", optional=False)],
        notes=["Word file (LibreOffice): a centred title, then a REAL six-column table (周次 / 日期 / 月主题 / 周主题 / "
               "主要活动内容 / 备注) with the page's cells: the month theme '春三月·规矩与生长' merged down the three week "
               "rows, the two-line week themes ('开学准备' / '秩序先行') and the eight numbered lines of each 主要活动"
               "内容 cell as paragraphs of one cell (the .txt row joins them with nothing); the 备注 cells are empty on "
               "the page. A footer with a PAGE field. The page's vertical one-character-per-line cells ('开' / '学' / "
               "'前', '3·1' / '-' / '3·3') are one cell text each.",
               "A school's calendar of moral-education themes for the second term of 2025-2026 (a document-sharing "
               "site's preview): its page markers ('—PAGE1—', '第PAGE1页共NUMPAGES17页') and download panel were "
               "dropped; no writer is named. The numbered lines inside the cells are kept line for line, some "
               "shortened in our words; the page ends inside week 2's eighth line ('8.周末绿', kept). The numbered "
               "lines are cell paragraphs, never labelled.",
               "The three week rows are dated periods: phases on their rows named by the week theme (its two lines "
               "joined as the .txt gives them), dates as written with the page's '·' (3·1 – 3·3)."],
        units=[],
        text="""\
@T | 2025-2026学年第二学期德育主题活动安排表
周次　日期　月主题　周主题　主要活动内容　备注
开学前　3·1-3·3　春三月·规矩与生长　开学准备秩序先行　1.召开教职工会：明确学期德育重点与岗位分工2.班主任情境培训：家校沟通、课间冲突调解、突发状况处置3.校园安全联检：校门、楼梯、用电、器材、食堂动线4.教室与走廊文化布置：班级公约、值日轮岗、物品定位图5.护学岗与文明监督岗演练：上下学动线、交接流程6.心理辅导室与班级“心情角”物料到位7.劳动区与微田园整备：除草、整畦、工具领用登记8.开学通知与家校回执：作息、带班提醒、健康与安全提示
1　3·4-3·6　新学期收心起步　1.升旗仪式+开学第一课：规则、礼仪、目标与期待2.班会《我能做到的三件事》：上课、课间、就餐三条线3.班级公约完善：一句话班训+三条可执行约定4.“七日晨礼”启动：问好、整队、物品摆放、值日交接5.校园卫生大扫除：教室、走廊、包干区分工到人6.文明监督岗佩章上岗：楼梯口、厕所、食堂三处巡查7.成长记录袋发放：本学期目标卡+家校沟通单8.周末“收心三件事”家庭打卡
2　3·9-3·13　向春而行植绿护绿　1.班会：校园里的“绿色约定”（节水、节电、爱护花草）2.植树节行动：班级认养一棵树或一盆花，建立养护值日表3.“身边的致意”任务：给家人或老师写一张感谢卡4.文明礼仪微剧场：排队、借物、说谢谢、说对不起5.校园公物守护：课桌椅编号巡查+维修登记6.午餐观察周：班级“剩菜原因”小调查+改进建议7.微田园播种：分区种植+记录牌（日期、负责人、浇水频次）8.周末绿
""",
    ),
    # ------------------------------------------------------------------ 07
    dict(
        name="fresh62_07_rural_youth_palace_reading_festival_plan",
        source="http://www.bnsx.xbjyfw.cn/html/article527905.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, lists={"1、": 1}, footer=True,
                  blank_after=[1]),
        extra_phases=[dict(at="二、活动安排（2012年1月——5月）", name="读书节活动", start_text="2012年1月",
                           end_text="5月")],
        notes=["Word file (LibreOffice): 一、 and （一） are Heading 1 / Heading 2 paragraphs numbered by LibreOffice's "
               "OUTLINE numbering (lvlText '%1、' and '（%2）', Chinese counting, suffix nothing); the 1、 tasks are an "
               "automatic one-level list that restarts under each （一）; a footer with a PAGE field; an empty "
               "paragraph after the title. An ORDINARY Word plan of the set (no table on the page): its stages are "
               "dated headings.",
               "A rural school's youth-palace (乡村学校少年宫, 武进区, 2012) reading-festival plan on the theme 走向海洋. "
               "The page names a teacher after every task '（负责：…）': the names were dropped, and where a group "
               "follows the name it is kept ('（负责：美术组）', '（负责：各年级组长）'); the last task is cut by the "
               "page after its name, so it ends at '…书香少年评比。'. The page shows only the first two of the three "
               "stages it announces.",
               "Phases: 二、活动安排（2012年1月——5月） is the optional overall period; （一）宣传发动（2012年1月） starts "
               "2012年1月; （二）组织实施（2012年2——6月） is kept as the page writes it, start '2012年2' and end '6月' "
               "(it runs past the overall period's 5月, as the page has it). The 1、 tasks are items. Unit: 美术组."],
        units=["美术组"],
        text="""\
@T | 走向海洋——2012年“春芽”乡村学校少年宫读书节活动方案
@H1 sec=guidance | 一、指导思想
按照全国青少年读书活动组委会的统一部署和武进区青少年读书系列活动实施方案，我校举办以“走向海洋”为主题的读书教育活动，以多种生动活泼的形式传播海洋知识、弘扬海洋文化，激发学生的历史责任感，鼓励青少年投身社会主义现代化建设。
@H1 sec=phases | 二、活动安排（2012年1月——5月）
活动分宣传发动、组织实施、总结表彰三个阶段。
@H2 phase=宣传发动;2012年1月; | （一）宣传发动（2012年1月）。
@I3 | 1、挂条幅、做导行板、布置教室，营造浓郁的“走向海洋”读书氛围。
@I3 | 2、收看“走向海洋”宣传片和纪录片，让学生了解读书活动的意义，激发参与热情。
@I3 | 3、制定详尽的读书活动计划。
@H2 phase=组织实施;2012年2;6月 | （二）组织实施（2012年2——6月）
@I3 | 1、一、二年级围绕“走向海洋”出一期板报。
@I3 | 2、利用学校影视基地组织一、二年级收看一部与主题有关的影片。
@I3 | 3、三至六年级利用寒假制作读书笔记“采蜜集”，每班交三份参加评比。
@I3 | 4、四、五、六年级参加“走向海洋”手抄报评比，每班上交5份。（负责：美术组）
@I3 | 5、五、六年级参加“走向海洋”摄影比赛，每班上交2份。（负责：美术组）
@I3 | 6、组织一次“走向海洋”红领巾广播。
@I3 | 7、组织一次“走向海洋”主题班会。
@I3 | 8、四年级以班级为单位参加“走向海洋”校园剧本评比。（负责：各年级组长）
@I3 | 9、五年级以班级为单位参加“走向海洋”诗歌朗诵评比。（负责：各年级组长）
@I3 | 10、一至六年级书香少年评比。
""",
    ),
    # ------------------------------------------------------------------ 08
    dict(
        name="fresh62_08_primary_school_spring_outing_theme_park_plan",
        source="http://www.jzxx.wj.czedu.cn/html/article4443501.html",
        doc_kind="activity_plan", partial=False,
        docx=dict(style="direct", right=["武进区嘉泽中心小学", "2015年3月23日"], footer=True, blank_after=[18]),
        extra_phases=[
            dict(at="时间：2015年3月25日（周三）", name="春游", start_text="2015年3月25日（周三）", end_text=None),
            dict(at="行程：7:00汽车到校", name="汽车到校", start_text="7:00", end_text=None),
            dict(at="7:30行政楼前", name="各班依次乘车", start_text="7:30", end_text=None),
            dict(at="8:40到达景区门口", name="到达景区门口", start_text="8:40", end_text=None),
            dict(at="15:00景区大门口", name="集中乘车", start_text="15:00", end_text=None),
            dict(at="16:00到校", name="到校", start_text="16:00", end_text=None)],
        notes=["Word file (LibreOffice): direct formatting, typed numbers, headings bold; the school's name and the "
               "date are two RIGHT-aligned paragraphs after an empty paragraph; a footer with a PAGE field. An "
               "ORDINARY Word plan of the set: the trip's schedule is given as lines 'time + event' (行程：7:00汽车"
               "到校 …), not as a table.",
               "A primary school's spring-outing plan to the 嬉戏谷 theme park (武进区嘉泽中心小学, 2015), the whole text "
               "visible (partial false). No title: the page starts at 一、. '要求：1、…由导游' runs the label, the first "
               "requirement and a sentence broken by the page over two lines ('…由导游' / '领着大家乘车…'), kept: the "
               "line is a run-in label heading 要求 (level 2; the 1、 inside it is not labelled), 2、 an item. Names "
               "dropped: the page's '（蒋微云教导负责安排）' (a teacher's name and title) becomes '（由教导负责安排）', "
               "and the four teachers after item 4 are dropped (the key '4、照看留校学生的教师：' kept).",
               "Phases: 时间：2015年3月25日（周三） is the optional date; the 行程 lines are the time slots of the "
               "one-day trip (optional phases, start only). 一、活动目的 is goals (guidance accepted); 二、 phases "
               "(other accepted); 三、活动安排 measures (phases, other accepted); '3、注意事项：' a label heading over "
               "one body line (other, requirements accepted)."],
        units=[],
        text="""\
@H1 sec=goals alt=guidance | 一、活动目的：领略家乡的美好风光，激发学生的爱国之情，锻炼学生的活动能力。
@H1 sec=phases alt=other | 二、活动时间、地点及行程安排：
时间：2015年3月25日（周三）
地点：嬉戏谷
行程：7:00汽车到校
7:30行政楼前各班依次乘车。
8:40到达景区门口，导游按班级发放餐券（分学生和成人两种）。
15:00景区大门口集中乘车（来回乘坐同一辆车）
16:00到校
@H2 sec=requirements text=要求 | 要求：1、下午提前十五分钟在园区内（靠近大门）集合，不要擅自出园，由导游
领着大家乘车（每车一位导游）。
@I3 | 2、午餐后，请把快餐盒等垃圾随手扔进垃圾箱。
@H1 sec=measures alt=phases,other | 三、活动安排：
@I2 | 1、未参加活动的学生，一、二年级集中在一1班，其余年级集中在四1班，由带班老师组织学习等活动（由教导负责安排）。
@I2 | 2、各班参加活动的学生人数、带班老师及乘车安排（另附表）
@H2 sec=other alt=requirements | 3、注意事项：
各带班老师要对学生做好安全、纪律等方面的教育，注意活动各时间节点，保证学生平安，确保活动顺利开展。
@I2 | 4、照看留校学生的教师：
武进区嘉泽中心小学
2015年3月23日
""",
    ),
    # ------------------------------------------------------------------ 09
    dict(
        name="fresh62_09_primary_school_childrens_day_celebration_plan",
        source="http://stxx.jtjyfw.net/NewShow-4223.aspx",
        doc_kind="activity_plan", partial=False,
        docx=dict(style="headings", right=["常州市金坛区社头小学", "2022年5月25日"], footer=True,
                  blank_after=[2, 21]),
        extra_phases=[dict(at="三、活动时间：2022年6月1日", name="活动时间", start_text="2022年6月1日",
                           end_text=None),
                      dict(at="1.校级表彰先进（6月1日大课间）", name="校级表彰先进", start_text="6月1日大课间",
                           end_text=None),
                      dict(at="2.班级文艺活动（6月1日下午1点至3点）", name="班级文艺活动", start_text="6月1日下午1点",
                           end_text="3点")],
        notes=["Word file (LibreOffice): headings in Heading 1 / Heading 2 by level with the numbers typed (outline "
               "numbering none); the title over two centred paragraphs (slogan, '——' plan name); the school and "
               "the date two RIGHT-aligned paragraphs after an empty paragraph; a footer with a PAGE field. An "
               "ORDINARY Word plan of the set (no table on the page).",
               "A primary school's Children's Day plan (常州市金坛区社头小学, 2022, kept small because of the "
               "epidemic), the whole text visible; the page's posting line (date, author, readers) was dropped. "
               "'二、活动主题梦想飞扬，快乐成长' runs the heading into its value without a colon, as the page does: "
               "heading text set by hand ('二、活动主题'). '活动说明：…' under 2. is a note (body, not labelled).",
               "Phases: 三、活动时间：2022年6月1日 is the optional overall date; the two dated parts of the day under "
               "六、 ('1.校级表彰先进（6月1日大课间）', '2.班级文艺活动（6月1日下午1点至3点）') are the time slots of a "
               "one-day programme: optional phases on their heading lines. The （1）-（4） programme steps and the "
               "七、 requirements are items."],
        units=[],
        text="""\
@T | 梦想飞扬，快乐成长
@T | ——金坛区社头小学2022年庆“六一”活动方案
@H1 sec=goals alt=guidance | 一、活动目的
2022年儿童节来临之际，为让全校学生度过一个欢乐、祥和、有意义的节日，给学生一个锻炼自己、展示才艺的舞台，特举行主题庆祝活动。
@H1 sec=other text=二、活动主题 | 二、活动主题梦想飞扬，快乐成长
@H1 sec=phases alt=other | 三、活动时间：2022年6月1日
@H1 sec=other | 四、活动地点：操场、各班教室
@H1 sec=other | 五、活动对象：全体学生
@H1 sec=phases alt=measures | 六、活动安排：
@H2 | 1.校级表彰先进（6月1日大课间）
@I3 | （1）校领导致辞
@I3 | （2）表彰校级优秀中队辅导员
@I3 | （3）表彰校级优秀少先队员
@I3 | （4）优秀少先队员代表发言
@H2 | 2.班级文艺活动（6月1日下午1点至3点）
活动说明：考虑到疫情因素，今年不举行全校庆祝活动，由班主任自定班级活动，但不得上课或一直播放视频，要充分发挥学生的才艺和组织能力。
@H1 sec=requirements | 七、活动要求：
@I2 | 1.各班提前布置有欢庆氛围的环境，下午1点前学校组织人员巡查评比。
@I2 | 2.各班提前准备活动用品和奖品。
@I2 | 3.正副班主任全程组织活动，主动邀请任课教师参加，同时做好安全教育，讲清容易出现的问题和注意事项，教育学生听从指挥。
@I2 | 4.每班选3-5张活动照片（横拍）发至班主任群。
常州市金坛区社头小学
2022年5月25日
""",
    ),
]
