# -*- coding: utf-8 -*-
"""The eighty-first held-out fresh set: WORD FILES SAVED BY LIBREOFFICE, with REAL WORD TABLES.
Nine real Chinese activity plans of communities, schools and school unions and a school library's
term work plan (月份 | 工作内容), ten documents in all, whose pages give a
schedule or a list that a writer keeps as a Word table (活动内容 项目|时间|地点, 评比标准 项目|分值|说明,
基本分工 人员|分工, 活动行程安排 项目|时间|地点|负责, 工作小组 岗位|人员|职责, 参赛时间和地点 赛段|时间|地点,
比赛要求 项目|时限|用纸|要求, 人员分工 岗位|人员 and 奖项 比赛|一等奖|…).  Each table stands where the list
stood in the text, under its heading; the rest are paragraphs.  Each document is present twice:
NAME.txt + NAME.labels.json as in the other sets, and NAME.docx, written as a flat ODF text file
(.fodt) by _build/make_docx.py (copied from corpus_fresh73) and converted by LibreOffice
(soffice --headless --convert-to docx:"MS Word 2007 XML").  fresh_build/check_docx.py re-reads every
.docx and asserts that its displayed text equals NAME.txt line by line (a table row is one line, its
non-empty cells joined by U+3000).  Found as stored public web pages with the `search` tool's `pages`
corpus (log in notes_queries.txt).  None of the source pages is a source of another set (see
/work/fresh81/_excl_all.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier Word sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the visible
  part was invented.  Site boilerplate and web debris were dropped: a Word file would not carry them.
- Heading, title and item lines keep the source's numbering, wording and punctuation; full-width
  punctuation restored from the store's NFKC text; traditional-character pages (02, 07) are given in
  simplified characters, as the writer's draft was.  Every body paragraph is rewritten in our own
  words and shortened; dates, figures, unit and place names and the source's masking are kept;
  personal names dropped.  Table cells are the source's list entries, shortened where long.
- Table rows are never labelled (not headings, not items), even where a row starts with （一）.

`docx` entry (see make_docx.py): style 'outline' | 'headings' | 'direct'; lists {class: level};
tables [dict(first=..., rows=n, cells=...)]; footer; blank_after; right.
Marker syntax: see fresh_build/build.py.
"""

I = "\u3000"

FRESH81_DOCS = [
    dict(
        name="fresh81_01_community_double_ninth_activity_plan",
        source="https://fanwenzhai.com/jrfw/chongyang/j6p430.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1],
                  tables=[dict(first="序号" + I + "活动项目", rows=5)]),
        extra_phases=[dict(at="20xx年10月x日至10月x日", name="活动时间", start_text="20xx年10月x日",
                           end_text="10月x日")],
        notes=["Word file (LibreOffice): 一、-五、 are Heading 1 paragraphs with their numbers typed, keeping the "
               "source's space after 、 ('一、 活动背景'); the outline numbering has no number format. 四、活动内容 is a "
               "real five-row table (序号 | 活动项目 | 时间 | 地点, one header row) whose 序号 cells keep the source's "
               "（一）-（四）: the rows start with （一） but are table rows, never labelled. Title centred, an empty "
               "paragraph after it, a footer with a PAGE field.",
               "A community's (聚富社区) Double Ninth activity plan, the first sample (策划1) of a collection page in "
               "traditional characters; the collection's title and the sample number were dropped. The store shows "
               "sections 一、-五、 of the first sample.",
               "三、活动时间 is phases (other accepted) with its period on the next line (20xx年10月x日至10月x日): an "
               "optional overall period. The four rows of the table carry the date and hour of each activity "
               "(10月x日上午9:00 …): time slots of the programme inside table cells, not labelled as phases. "
               "四、活动内容 is goals (phases accepted: it is the schedule). 五、参加对象 is other. Units: 聚富社区 "
               "(the organiser; the others named under 参加对象 take part)."],
        units=["聚富社区"],
        text="""\
@T | 社区重阳节活动策划
@H1 sec=background alt=guidance | 一、 活动背景
关爱今天的老人，就是关心明天的自己。重阳节带给我们的不只是登高、赏菊和重阳糕，更是一个提醒：老年人需要关爱、快乐和健康。为贯彻党和政府老龄工作的方针政策，聚富社区在重阳节到来之前开展系列敬老活动，特制定本方案。
@H1 sec=goals alt=guidance | 二、 活动目的
活动以“聚焦九九重阳·展现自我风采”“欢乐颂·健康美·社区情”“人老心不老·多彩夕阳红”为主题，开展敬老、爱老服务，让老年人感受到党和社会的关怀；弘扬尊老敬老的传统，增强全社会的老龄意识，为老年人办实事、献爱心，让他们共享发展成果、安享晚年。
@H1 sec=phases alt=other | 三、 活动时间
20xx年10月x日至10月x日
@H1 sec=goals alt=phases | 四、 活动内容
序号　活动项目　时间　地点
（一）　才艺大比拼　10月x日上午9:00　聚富社区二楼会议室
（二）　文艺汇演　10月x日上午9:00　聚富社区二楼会议室
（三）　健康讲座+义诊　10月x日上午9:40　聚富社区二楼会议室
（四）　播放电影《飞越老人院》　10月x日下午1:30　聚富社区一楼放映厅
@H1 sec=other | 五、 参加对象
聚富社区关工委成员、城西医院医护人员、聚富社区艺术团及社区居民。
"""),
    dict(
        name="fresh81_02_school_union_sports_activity_plan",
        source="http://isangil.net/gongwen/fangan/107436.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", lists={"1、": 1}, footer=True, blank_after=[1],
                  tables=[dict(first="评比项目" + I + "分值", rows=4,
                               cells=[["评比项目", "分值", "说明"],
                                      ["阵容", "60分", "每组参赛不少于5人，每增加1人加5分"],
                                      ["动作整齐程度", "30分", ""],
                                      ["服装", "10分", ""]])]),
        notes=["Word file (LibreOffice): direct formatting only, headings 一、-六、 and （一） typed and bold; the 1、 "
               "lines under 四、 and 五、 are AUTOMATIC one-level lists (lvlText '%1、', suffix nothing), a new list "
               "after each heading (restarting at 1). The 广场舞 评比标准 under （一） is a real table (评比项目 | 分值 | "
               "说明), its last two rows with an empty 说明 cell (the row line is then two cells). Title centred, an "
               "empty paragraph after it, a footer with a PAGE field.",
               "A school union's plan for the year's sports and recreation activities, the first sample of a "
               "collection page in traditional characters (the page's site banner and sample number dropped; given "
               "here in simplified characters). The store ends at a bare （二） after the note on the 广场舞 coach: "
               "dropped.",
               "Headings end in '：' (一、活动目的：), their bodies on the next line. 二、活动主题 and 三、活动口号 are other "
               "(the slogans are kept as written). The four 1、 lines under 四、活动项目 (task areas: goals, other "
               "accepted) and the three under 五、活动形式 (rules of the competition: other, requirements accepted) "
               "are items. 六、比赛方式及评比标准 is other (评分标准); （一）广场舞比赛评比标准 inherits it. The line "
               "'注：…' after the table is a body line. Unit: 学校工会."],
        units=["学校工会"],
        text="""\
@T | 工会活动方案
为让广大教职工树立“每天锻炼半小时，健康工作每一天，幸福生活一辈子”的锻炼意识，丰富教职工的文化生活，增进身心健康，营造积极向上的校园文化氛围，展示教职工的精神风貌，学校工会本年度开展系列文体活动，具体安排如下：
@H1 sec=goals alt=guidance | 一、活动目的：
缓解工作压力，愉悦身心，增强集体凝聚力。
@H1 sec=other | 二、活动主题：
强身健体营造温馨团队，心手相牵构建和谐校园
@H1 sec=other | 三、活动口号：
活力永青春，运动无极限
@H1 sec=goals alt=other | 四、活动项目：
@I2 | 1、广场舞比赛
@I2 | 2、球类比赛（排球、羽毛球、乒乓球比赛）
@I2 | 3、棋类比赛（跳棋、军棋、五指棋、象棋）
@I2 | 4、跳绳、踢毽子、呼啦圈比赛
@H1 sec=other alt=requirements | 五、活动形式：
@I2 | 1、以工会小组为单位，抽签组成四个比赛大组，各组按项目和规则自选参赛队员。
@I2 | 2、每项比赛以积分计算，按名次为本组加50、30、20、10分，年末按总分高低进行团队奖励。
@I2 | 3、各组本着“参与第一、比赛第二”的原则，让多数教职工参与进来；全部比赛结束后，按各组参与的人次在总分中每人次加5分。
@H1 sec=other | 六、比赛方式及评比标准：
@H2 | （一）广场舞比赛评比标准
评比项目　分值　说明
阵容　60分　每组参赛不少于5人，每增加1人加5分
动作整齐程度　30分
服装　10分
注：每组选派1名教师担任广场舞教练，该教练为本组在总分中积50分。
"""),
    dict(
        name="fresh81_03_primary_school_spring_sports_meet_plan",
        source="http://www.qq94.com/fjx/DbLra.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1],
                  tables=[dict(first="人员" + I + "分工", rows=11),
                          dict(first="岗位" + I + "人员", rows=9)]),
        extra_phases=[dict(at="20xx年4月X日", name="活动时间", start_text="20xx年4月X日", end_text=None)],
        notes=["Word file (LibreOffice): 一、-六、 in Heading 1, 1. 2. and the unnumbered 大会裁判委员会 in Heading 2, "
               "numbers typed (outline numbering without a number format). Two real tables: the 基本分工 under 2. "
               "(人员 | 分工, eleven rows, every person masked XX, the last row 各班班主任) and the referee committee "
               "under 大会裁判委员会 (岗位 | 人员, nine rows, 组长 / 副组长 / 成员 and the 竞赛组 … 器材组 with their "
               "masked members). Title centred, an empty paragraph after it, a footer with a PAGE field.",
               "A primary school's spring sports meet plan (XX学区XX小学, masked), from a document site whose first "
               "line (2019年小学生春季运动会活动方案) is the site's title: dropped; the document's own title line is kept "
               "with its '09年'. The page marker 第1页 and the run-together text were dropped/split. The store "
               "continues with the opening ceremony's programme (开幕式 … 比赛安排), which was left out: the document "
               "ends after the referee committee.",
               "三、活动时间 (20xx年4月X日 on the next line) is an optional overall date. 一、活动主题 other, 四、活动地点 and "
               "五、参加对象 other. Under 六、组织领导及分工 (responsibilities) 1.领导小组, 2.基本分工 and the unnumbered "
               "大会裁判委员会 (a label line standing alone, level 2 beside 1. and 2.; level 1 accepted, as it has no number and could be read as a section of its own) are headings; the key-value "
               "lines 组长：XX … are body lines; table rows are not labelled. Units: 领导小组 and 大会裁判委员会."],
        units=["领导小组", "大会裁判委员会"],
        text="""\
@T | XX学区XX小学09年小学生春季运动会活动方案
@H1 sec=other | 一、活动主题
增强体质，增进友谊。
@H1 sec=goals alt=guidance | 二、活动目的
落实学校体育工作计划的要求，丰富校园文化生活，提高全校师生的身体素质和运动技术水平，展现师生的精神风貌，培养顽强拼搏、团结协作的精神。
@H1 sec=phases alt=other | 三、活动时间
20xx年4月X日
@H1 sec=other | 四、活动地点
XX小学
@H1 sec=other | 五、参加对象
XX小学全体师生
@H1 sec=responsibilities | 六、组织领导及分工
@H2 | 1.领导小组
组长：XX
副组长：XX
成员：XX XX XX
@H2 | 2.基本分工
人员　分工
XX　任总指挥，审核运动会方案，指挥活动开展
XX　负责活动设计和规划，任指挥，做好照相摄像
XX　制定本届运动会安全预案，负责运动会期间的安全
XX　活动准备，维护秩序，收集活动记录并统计
XX　活动准备，维护秩序，照相摄像，准备各类奖项
XX　活动准备，维护秩序，做好后勤服务和活动情况统计
XX　维护活动秩序，做好后勤服务和运动会的相关准备
XX　负责运动会筹备及活动程序的设计、安排和解释
XX　负责本届运动会的活动准备和用电安全
各班班主任　负责本班纪律
@H2 lvlalt=1 | 大会裁判委员会
岗位　人员
组长　XX
副组长　XX
成员　XXXXXXXXXXXXXX
竞赛组　XXXX（五年级学生5人）
田赛组　XXXXXX（六年级学生5人）
广播组　XX（六年级学生2人）
后勤组　XX
器材组　XX
"""),
    dict(
        name="fresh81_04_primary_school_autumn_track_meet_plan",
        source="https://www.xiaomilidoc.com/p-7707382.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="direct", lists={"1、": 1}, blank_after=[1],
                  tables=[dict(first="工作" + I + "负责", rows=9,
                               cells=[["工作", "负责"], ["布置主席台", ""], ["国旗队入场", ""],
                                      ["广播设备", ""], ["场地布置", ""], ["制作横幅", ""], ["挂横幅", ""],
                                      ["训练队列队形入场", "各班班主任"], ["安排一名小记者", "各班班主任"]]),
                          dict(first="项目" + I + "时间" + I + "地点", rows=11,
                               cells=[["项目", "时间", "地点", "负责"],
                                      ["师生到校", "7:50", "", ""],
                                      ["师生集中（按升旗仪式集合）", "8:00", "", ""],
                                      ["领导就坐", "8:05", "", ""],
                                      ["升国旗", "8:10", "", ""],
                                      ["领导致开幕词", "8:20", "", ""],
                                      ["裁判员及运动员宣誓", "8:25", "", ""],
                                      ["宣布竞赛正式开始", "8:30", "", ""],
                                      ["各班退场", "", "", ""],
                                      ["上午竞赛", "8:30----11:40", "运动场", "班主任"],
                                      ["下午竞赛", "2:30----4:30", "运动场", "班主任"]])]),
        extra_phases=[dict(at="二、活动时间", name="活动时间", start_text="11月上午8:30", end_text="4:30")],
        notes=["Word file (LibreOffice): direct formatting, headings typed and bold; the 1、 lines under 六、 and 八、 are "
               "automatic one-level lists restarting under each heading. Two real tables: the tasks before the "
               "entrance (工作 | 负责; the source left the persons blank, so six rows are a single cell and their "
               "lines are a bare task such as '布置主席台') and the day's programme under 五、活动行程安排 (项目 | 时间 | "
               "地点 | 负责, eleven rows, most with empty cells; '各班退场' is a one-cell row). "
               "Title centred, an empty paragraph after it, no footer.",
               "A primary school's autumn track-and-field meet plan from a document-sharing site: the site's "
               "repeated '下载后可任意编辑' watermark lines were dropped (a Word file would not carry them); the "
               "principals' names after 领导致开幕词 and 宣布竞赛正式开始 were dropped. The store ends inside 八、's "
               "fourth point (…同时第一时间通), kept truncated.",
               "二、活动时间：… is a run-in heading (phases, other accepted) whose day runs from 8:30 to 4:30: an optional "
               "overall period (start '11月上午8:30', end '4:30'). 四、运动会入场前期7:00--7:30安排 is responsibilities "
               "(phases accepted); 五、活动行程安排 is phases; the programme's times are table cells, not labelled. "
               "六、举办方法 requirements (other accepted), 七、裁判员职责：… a run-in heading (requirements, "
               "responsibilities accepted), 八、老师管理职责 requirements; the 1、 lines are items. No unit is named."],
        units=[],
        text="""\
@T | 小学阳光趣味秋季田径运动会方案
@H1 sec=goals alt=guidance | 一、活动目的：丰富学生的学习生活，锻炼学生的体魄和意志，让学生展现自我风采，培养集体荣誉感，激励学生进一步锻炼身体，并从中选拔体育优秀人才。
@H1 sec=phases alt=other | 二、活动时间：11月上午8:30竞赛开始，11:40结束，下午2:30开始，4:30结束。
@H1 sec=other | 三、活动场地：本校运动场
@H1 sec=responsibilities alt=phases | 四、运动会入场前期7:00--7:30安排
工作　负责
布置主席台
国旗队入场
广播设备
场地布置
制作横幅
挂横幅
训练队列队形入场　各班班主任
安排一名小记者　各班班主任
@H1 sec=phases | 五、活动行程安排：
项目　时间　地点　负责
师生到校　7:50
师生集中（按升旗仪式集合）　8:00
领导就坐　8:05
升国旗　8:10
领导致开幕词　8:20
裁判员及运动员宣誓　8:25
宣布竞赛正式开始　8:30
各班退场
上午竞赛　8:30----11:40　运动场　班主任
下午竞赛　2:30----4:30　运动场　班主任
@H1 sec=requirements alt=other | 六、举办方法：
@I2 | 1、全校22个班的学生自始至终参加运动会。各班准备好入场式（副班主任参加），包括班牌、服装、口号和100字以内的班级解说词，运动会将对各班的班级文化评分。
@I2 | 2、比赛期间，各班少先队员可积极参与班级文化建设，踊跃撰稿，向广播站报送本班赛事新闻。
@H1 sec=requirements alt=responsibilities | 七、裁判员职责：服从领导，遵守规程；严肃认真，公正准确，秉公执法；裁判员之间相互学习、团结协作，确保各项比赛顺利进行。
@H1 sec=requirements | 八、老师管理职责：
@I2 | 1、全体师生在各个活动环节中必须准时到位。
@I2 | 2、管理老师要随时注意运动员在场上的安全，队伍保持秩序，不大声喧哗。
@I2 | 3、比赛期间学生不要到处乱跑，尽量在指定地点就坐观看，以便及时参赛，严禁学生私自离校。
@I2 | 4、医护地点：医务室，如出现损伤事故要紧急处理，同时第一时间通
"""),
    dict(
        name="fresh81_05_school_sci_art_festival_closing_plan",
        source="https://360docs.net/doc/0322404068.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "1、": 2}, footer=True, blank_after=[2],
                  tables=[dict(first="岗位" + I + "人员" + I + "职责", rows=3),
                          dict(first="岗位" + I + "人选" + I + "职责", rows=4)]),
        notes=["Word file (LibreOffice): 一、-五、 are Heading 1 and 1、 2、 Heading 2 paragraphs numbered by LibreOffice's "
               "OUTLINE numbering (numPr in the Heading styles, lvlText '%1、' and '%2、', numbers not typed). The "
               "two 工作小组 under 五、 are real tables (岗位 | 人员 | 职责 and 岗位 | 人选 | 职责): the work group's 组长 and 组员 (three rows) "
               "and the guides' training group (four rows). The 领导小组 under 四、 stays as key-value paragraphs. "
               "Title over two centred paragraphs (the slogan line and 活动方案), an empty paragraph after them, a "
               "footer with a PAGE field.",
               "A school campus's plan for the closing ceremony of its second 科技艺术节, from a document site "
               "(its download notices dropped). The store ends inside the last row of the second table (组员: … "
               "进行声情并): the cell is kept truncated.",
               "The title is the two lines (“传承文化弘扬经典”第二届科技艺术节闭幕式 + 活动方案). 三、活动主题 is other "
               "(its slogan kept as written, without punctuation). 四、活动领导小组 and 五、工作小组及人员安排 are "
               "responsibilities; 1、作品推选小组 and 2、讲解员培训小组 inherit it. The key-value lines 组长：校长 … are "
               "body lines; table rows are not labelled. Units: the leading group and the two work groups."],
        units=["活动领导小组", "作品推选小组", "讲解员培训小组"],
        text="""\
@T | “传承文化弘扬经典”第二届科技艺术节闭幕式
@T | 活动方案
@H1 sec=guidance | 一、指导思想
依据校总部下发的《学校第二届科技艺术节总体方案》，结合校区实际，制订校区第二届科技艺术节闭幕式活动方案。
@H1 sec=goals alt=guidance | 二、活动目的
借校总部搭建的“舞台”，让师生展示自己的优秀作品和创作，放飞梦想、收获成功；让学生走出校园，在更大的展示空间里体验、分享和创造。
@H1 sec=other | 三、活动主题
承传统文化艺术之美扬现代科技文明之光
@H1 sec=responsibilities | 四、活动领导小组
组长：校长
副组长：xxx
组员：xxx xxx xxxx
@H1 sec=responsibilities | 五、工作小组及人员安排
@H2 | 1、作品推选小组
岗位　人员　职责
组长　校长　根据总部方案和校区活动方案，监督各项目负责教师完成所负责项目的工作
组员　xxx xxx xxx xxx xxx　选出符合要求的作品，分为互换作品类和展卖作品类；按所负责的类别挑选作品；组织人员和物料修复损坏的作品；数量不足的按要求创作新作品；制作作品标签并提供作品说明
@H2 | 2、讲解员培训小组
岗位　人选　职责
组长　xxx　负责讲解稿的审核确认、培训安排和结果检验
副组长　xxx　负责讲解词的组稿、修改以及任务分配和培训
组员　讲解员（待落实后填写学生姓名）　负责按要求在现场对作品进行声情并
"""),
    dict(
        name="fresh81_06_county_education_union_contest_plan",
        source="https://m.yrrf.cn/wenku/ccgv/58aOJvEA07",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1},
                  tables=[dict(first="赛段" + I + "时间", rows=4)]),
        notes=["Word file (LibreOffice): 一、-六、 are Heading 1 paragraphs numbered by the OUTLINE numbering (numPr in "
               "the Heading 1 style, lvlText '%1、', numbers not typed); the two 1、 lines under 六、 are an automatic "
               "one-level list. 三、参赛时间和地点 is a real table (赛段 | 时间 | 地点, one header row and the three "
               "rounds), which the source gives as 1、初赛：2月20日前在各学校分别举行 …. No title (the store starts "
               "at 一、), no footer.",
               "A county education union's plan for a staff contest (the kind of contest is not visible: the store "
               "starts at 一、参赛办法 and the title is not shown). 四、评分标准 reads only '略' in the source: kept "
               "as its body line. The site's '因篇幅问题不能全部显示…' line at the end was dropped.",
               "The three rounds in the table are phases with their dates in the row (初赛: end '2月20日前'; 预赛: end "
               "'2月24日前'; 决赛: start '2月28日'); the rows themselves are not labelled as headings. 三、参赛时间和地点 "
               "is phases (other accepted); 一、参赛办法 other (phases accepted: it describes the rounds); 四、评分标准 "
               "and 五、奖项设置 other; 六、参赛要求 requirements with its two 1、 items. Units: the bodies that organise "
               "the rounds (各学校工会, 各片工委, 县教育工会, the host 县众兴实小); 县教育局 only awards the prizes."],
        units=["各学校工会", "各片工委", "县教育工会", "县众兴实小"],
        extra_phases=[dict(at="初赛" + I, name="初赛", start_text=None, end_text="2月20日前", optional=False),
                      dict(at="预赛" + I, name="预赛", start_text=None, end_text="2月24日前", optional=False),
                      dict(at="决赛" + I, name="决赛", start_text="2月28日", end_text=None, optional=False)],
        text="""\
@H1 sec=other alt=phases | 一、参赛办法
比赛分初赛、预赛、决赛三轮。初赛由各学校工会组织，选出3-5名选手参加预赛；预赛由各片工委主办、片工委选定的学校承办，取前三名参加决赛；决赛由县教育工会主办，县众兴实小承办。
@H1 sec=other | 二、参赛人员
全县教育系统教职工。
@H1 sec=phases alt=other | 三、参赛时间和地点
赛段　时间　地点
初赛　2月20日前　各学校
预赛　2月24日前　片工委选定学校
决赛　2月28日　众兴实验小学阶梯教室
@H1 sec=other | 四、评分标准
略
@H1 sec=other | 五、奖项设置
比赛设特等奖3名、一等奖6名、二等奖若干，另设优秀组织奖3名，由县教育局、教育工会颁发奖匾和证书并给予奖励。
@H1 sec=requirements | 六、参赛要求
@I2 | 1、各校党政和工会要从突出政治、服务全局的高度认识这次比赛的目的和意义，把它作为开学的首要任务来部署落实，并为比赛提供必要保障；
@I2 | 2、各片工委、学校工会要组织好初赛和预赛，在规定时间内完成比赛任务，并及时把结果报告上级工会。
"""),
    dict(
        name="fresh81_07_central_school_staff_skills_contest_plan",
        source="http://panasonaic.com/fanwen/html/fanwen_20151104091313_318041.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1],
                  tables=[dict(first="比赛项目" + I + "时限", rows=5)]),
        extra_phases=[dict(at="二、活动时间", name="活动时间", start_text="**年3月日下午2:00", end_text="5:00")],
        notes=["Word file (LibreOffice): 一、-六、 in Heading 1 and the short 3、 5、 6、 titles under 六、 in Heading 2, "
               "numbers typed (outline numbering without a number format); the 1、 statements under 五、 and 六、 are "
               "plain body paragraphs with typed numbers. The requirements of the four contests (⑴-⑷ in the "
               "source) are a real table under 3、各项比赛的具体要求 (比赛项目 | 时限 | 用纸 | 要求). Title centred, an "
               "empty paragraph after it, a footer with a PAGE field.",
               "A central school's (孝姑中心校) union plan for a staff skills contest, the first sample (职工工会活动方案"
               "（一）) of a collection page in traditional characters, given in simplified characters; the "
               "sample number was dropped from the title; the teacher's name after 指导教师 was dropped. The "
               "source's '棣书' (for 隶书) is kept in the table. The store ends inside 6、评选办法 (互评安排为：参加"
               "毛笔字、粉笔), kept truncated.",
               "一、-五、 are run-in 'label：value' headings: 二、活动时间 (phases, other accepted) gives an optional "
               "period with the damaged date '**年3月日下午2:00' kept as written; 四、活动目的 is cut at its colon. "
               "Under 六、活动要求 (requirements) the 1、 2、 4、 statements are items, 3、 5、 6、 headings (level 2); "
               "the 1、-4、 contests under 五、活动内容 (goals, other accepted) are items. 3月10日前 is a deadline, not "
               "a phase. Unit: 学校工会 (教研组 only collect entries)."],
        units=["学校工会"],
        text="""\
@T | 职工工会活动方案
@H1 sec=other | 一、活动主题：教职工技能比赛
@H1 sec=phases alt=other | 二、活动时间：**年3月日下午2:00—5:00
@H1 sec=other | 三、活动地点：孝姑中心校校内
@H1 sec=goals alt=guidance | 四、活动目的：按照上级工会在教职工中继续开展“创学习型组织，争做知识型职工”活动的要求，进一步提高我校教师的素质，决定以工会小组为单位开展此项活动。
@H1 sec=goals alt=other | 五、活动内容：
@I2 | 1、教师毛笔字、粉笔字比赛；
@I2 | 2、教师简笔画比赛；
@I2 | 3、教师水彩画比赛；
@I2 | 4、教师微机操作。
@H1 sec=requirements | 六、活动要求
@I2 | 1、中心校全体教职工每人至少参加一项比赛。
@I2 | 2、各教研组按工会设置的项目和名额分配表自愿填报参赛项目，于3月10日前把报名交到学校工会。
@H2 | 3、各项比赛的具体要求：
比赛项目　时限　用纸　要求
毛笔字　30分钟　不大于三尺全开的宣纸　字体不限，格式完整，内容健康向上
粉笔字　20分钟　学校统一提供的小黑板　内容抽签决定，楷书或棣书，格式完整
简笔画　20分钟　学校提供的A4纸一张　静物、器物类5幅，人物类5幅，动物类5幅，场景类1幅
水彩画　40分钟　四开绘画纸　静物或风景选作一幅，内容健康向上，画面完整
@I2 | 4、微机操作分两组：参加毛笔字、粉笔字的教师为第一组，参加简笔画、水彩画的教师为第二组，内容为课件制作或文档编辑。（此项活动不列入比赛。）
@H2 | 5、比赛奖项
毛笔字、粉笔字、简笔画、水彩画分别设一等奖2名、二等奖3名，其余为三等奖。
@H2 | 6、评选办法
参赛项目采用交换互评的办法，给出A、B、C三个等级，A为一等奖，B为二等奖，C为三等奖。互评安排为：参加毛笔字、粉笔
"""),
    dict(
        name="fresh81_08_community_double_ninth_sports_plan",
        source="http://www.p719.cn/19729518.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", blank_after=[1],
                  tables=[dict(first="岗位" + I + "人员", rows=7,
                               cells=[["岗位", "人员"], ["活动总负责", "xx"], ["活动总协调", "xx"],
                                      ["活动负责", "xx、社区专职工作人员"], ["负责人", ""], ["负责人", ""],
                                      ["负责人", ""]]),
                          dict(first="比赛项目" + I + "一等奖", rows=4,
                               cells=[["比赛项目", "一等奖", "二等奖", "三等奖", "参赛奖"],
                                      ["麻将比赛", "一名", "二名", "四名", ""],
                                      ["象棋比赛", "一名", "一名", "一名", ""],
                                      ["门球比赛", "一名", "一名", "", "一名"]])]),
        extra_phases=[dict(at="时间：20xx年xx月xx日", name="时间", start_text="20xx年xx月xx日", end_text=None)],
        notes=["Word file (LibreOffice): direct formatting, no heading style and no numbering at all; the two label "
               "lines 时间：… and 地点：… are bold paragraphs. Two real tables: the staff (岗位 | 人员; the source's "
               "three '负责人：' lines have no name, so three rows read just '负责人') and the prizes (比赛项目 | 一等奖 "
               "| 二等奖 | 三等奖 | 参赛奖, the source's three '…比赛：设一等奖一名；…' lines; empty cells skipped in "
               "the row lines, so '门球比赛　一名　一名　一名' reads like the 象棋 row). Title centred, an empty paragraph "
               "after it, no footer.",
               "A community's Double Ninth plan for games for its elderly residents (mahjong, chess, gate ball), the "
               "first sample (篇一) of a collection page in traditional characters, given in simplified characters. "
               "The page is short and unnumbered; the three activities' own lines seem lost before the three "
               "'负责人：' lines: nothing was invented for them.",
               "Only two lines are labelled: the run-in labels 时间：20xx年xx月xx日。 (phases, other accepted; an "
               "optional overall date) and 地点：… (other; text cut at the colon). The table rows, the intro and "
               "the line on who takes part are not labelled. Unit: 社区两委会 (it decided the activity)."],
        units=["社区两委会"],
        text="""\
@T | 社区开展重阳节慰问活动方案
重阳节来临之际，为丰富老年人的文化生活，让社区的老年朋友愉快地度过节日，经社区两委会研究，决定在重阳节前夕组织开展适合老年朋友参加的文体活动。
岗位　人员
活动总负责　xx
活动总协调　xx
活动负责　xx、社区专职工作人员
负责人
负责人
负责人
参加以上三项活动的原则上是本社区的老年朋友。
@H1 sec=phases alt=other | 时间：20xx年xx月xx日。
@H1 sec=other | 地点：麻将和象棋比赛在社区综合文化活动室，参赛人员须于上午10:00以前到场；门球赛在社区门球场。
比赛项目　一等奖　二等奖　三等奖　参赛奖
麻将比赛　一名　二名　四名
象棋比赛　一名　一名　一名
门球比赛　一名　一名　一名
"""),
    dict(
        name="fresh81_09_primary_school_library_term_plan",
        source="https://m.010zaixian.com/gongwen/gongzuojihua/2449278.htm",
        doc_kind="plan", partial=True,
        docx=dict(style="direct", lists={"一、": 0, "1、": 1}, footer=True, blank_after=[1],
                  tables=[dict(first="借阅时间" + I, rows=2),
                          dict(first="月份" + I + "工作内容", rows=5)]),
        extra_phases=[dict(at="9月份" + I, name="9月份", start_text="9月份", end_text=None, optional=False),
                      dict(at="10月份" + I, name="10月份", start_text="10月份", end_text=None, optional=False),
                      dict(at="11月份" + I, name="11月份", start_text="11月份", end_text=None, optional=False),
                      dict(at="12月份" + I, name="12月份", start_text="12月份", end_text=None, optional=False)],
        notes=["Word file (LibreOffice): ONE automatic multi-level list on plain paragraphs (一、 at list level 1, 1、 "
               "at level 2; lvlText '%1、' and '%2、', suffix nothing), continued over the body paragraphs and the "
               "tables, the 1、 level restarting under 二、 as Word restarts it; no heading style. Two real tables: "
               "the 借阅 arrangements under 1、借阅 (two rows without a header: 借阅时间 | …, 借阅方式 | …; the source "
               "gives them as '借阅时间：…' lines) and the monthly schedule under 三、各月工作 (月份 | 工作内容, one "
               "header row and four months, each cell holding the month's numbered tasks run together). Title "
               "centred, an empty paragraph after it, a footer with a PAGE field.",
               "A primary school library's term work plan (图书管理的工作计划; 二――六年级 borrow through class "
               "librarians), from a sample site; the site's list of related articles after the plan was dropped. "
               "The whole plan is visible (partial only in that the page is a sample).",
               "一、指导思想 guidance; 二、主要工作 goals (measures accepted) with three short 1、 headings (借阅, 赔偿, "
               "读书校园, level 2); 三、各月工作 phases. The four months in the table rows are phases with the month "
               "as start and no end (a single month is a start); the rows are not labelled as headings, and the "
               "numbered tasks inside the cells are not items. The A、 / B、 inside the 赔偿 body line are "
               "mid-line markers, not labelled. No unit is named (学校各部门 only choose books)."],
        units=[],
        text="""\
@T | 图书管理的工作计划
新学期开始，为进一步做好本校图书馆工作，在总结前几个学期经验的基础上，结合学校实际，制订本学期图书工作计划如下：
@H1 sec=guidance | 一、指导思想：
学校图书馆要最大限度地为全校师生服务：让学生广泛阅读课外书籍、获取丰富的知识，也尽量方便教师借阅，帮助他们提高理论水平，指导教学实践。
@H1 sec=goals alt=measures | 二、主要工作：
@H2 | 1、借阅
我校图书主要采取集体借阅的形式，每名学生每学期至少借书4册，借阅时同时做好出借记录。
借阅时间　每周五12:10――1:00图书室开放
借阅方式　二――六年级由各班图书管理员到图书老师处领书发到班级并做好书卡登记；一年级学生年纪较小，由班主任带图书管理员到图书室领书
@H2 | 2、赔偿
丢失图书按书价的1比3赔偿。例如丢失一本5元的图书，A、可赔三本5元以上的新书或八成新的旧书；B、也可赔一本15元以上的新书或八成新的旧书。希望各班尽量避免丢书，并请班主任配合这项工作。
@H2 | 3、读书校园
学校各部门通力合作，为各年级挑选课外阅读书籍，划拨专用经费逐步购置新书，使我校的“读书校园”步入正轨。
@H1 sec=phases | 三、各月工作：
月份　工作内容
9月份　1、订好工作计划。2、召开图书管理员会议。
10月份　1、继续深入开展图书“开架借阅”工作。2、做好图书管理员的培训和学习。
11月份　1、评选优秀管理员。
12月份　1、做好工作总结。2、做好期末书刊催还和归档工作。
"""),
    dict(
        name="fresh81_10_community_dragon_boat_festival_plan",
        source="http://zhunbian.com/HuoDongch/26639.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True,
                  tables=[dict(first="序号" + I + "活动", rows=5),
                          dict(first="项目" + I + "预算", rows=6)]),
        extra_phases=[dict(at="2022年6月3日-6月5日", name="活动时间", start_text="2022年6月3日", end_text="6月5日")],
        notes=["Word file (LibreOffice): the numbered headings 2、-6、 in Heading 1 with typed numbers (the outline "
               "numbering has no number format: the visible part starts at 2、, so automatic numbering would have "
               "shown 1、); the 5. line under 6、 is a plain body paragraph with its typed number. Two real tables: "
               "3、活动内容 (序号 | 活动 | 时间 | 地点 | 内容, the source's 3.1-3.4 entries, whose 序号 cells keep 3.1 … "
               "3.4) and 5、活动预算 (项目 | 预算 | 用途, the four items and the total, the total row with an empty "
               "用途 cell). No title (the store starts with the opening paragraph, 1、 and the title not shown), a "
               "footer with a PAGE field.",
               "A community's plan for a 2022 Dragon Boat Festival series (粽子DIY, 赛龙舟, 讲座, 表演), from a sample "
               "site. The store had lost the break after 2、活动时间 and 4、活动宣传 (heading glued to its body): in "
               "the Word file they are separate paragraphs, as the writer's draft had them. The store ends inside "
               "the safety measures (6.安排): the truncated item was dropped.",
               "2、活动时间 is phases (other accepted) with its period on the next line (2022年6月3日-6月5日): an "
               "optional overall period; the date and hour of each activity are table cells, not labelled. "
               "3、活动内容 goals (phases accepted: the schedule); 4、活动宣传 and 5、活动预算 other (measures "
               "accepted); 6、活动安全措施 measures (requirements accepted) with its item '5.' kept as numbered in "
               "the source (the list numbering runs on from the budget's 1.-4.). No unit is named (社区 only)."],
        units=[],
        text="""\
为弘扬中华民族传统文化，增强社区居民的文化自信，丰富居民的文化生活，促进居民之间的互动交流，社区计划举办端午节系列活动，让居民在活动中相互了解、加深交流。
@H1 sec=phases alt=other | 2、活动时间
2022年6月3日-6月5日
@H1 sec=goals alt=phases | 3、活动内容
序号　活动　时间　地点　内容
3.1　粽子DIY　6月3日下午2点-5点　社区活动中心　居民可自备材料到社区活动中心包粽子，既加深对端午文化的了解，也增进邻里感情
3.2　赛龙舟　6月4日上午9点-11点　金沙滩公园　组织居民组队参加龙舟比赛，赛时由组织人员推广龙舟文化和相关知识，增强居民的合作、拼搏和团队精神
3.3　端午节文化知识讲座　6月4日下午2点-4点　社区活动中心　邀请文化专家或大学教授讲解端午节的习俗、历史和传说
3.4　传统文化表演　6月5日下午2点-5点　社区活动中心　居民自愿参演或观看佩戴五色绸缎、舞蹈、传统器乐演奏等表演，展示传统文化的魅力，增进邻里感情
@H1 sec=other alt=measures | 4、活动宣传
通过社区宣传栏、宣传单和微信平台等渠道发布活动信息，并提供报名表和联系方式。
@H1 sec=other alt=measures | 5、活动预算
项目　预算　用途
粽子DIY活动　2000元　场地费、材料费、人工费
赛龙舟　8000元　龙舟租用费、人工费
端午节文化知识讲座　3000元　讲座手册、讲师费、场地费
传统文化表演　5000元　演出人员酬金、场地费、音响费
总预算　18000元
@H1 sec=measures alt=requirements | 6、活动安全措施
@I2 | 5.确保场地设施安全、消防设施完善，每个活动场所至少配备一名急救人员。
"""),
]
