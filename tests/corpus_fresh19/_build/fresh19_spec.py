# -*- coding: utf-8 -*-
"""The nineteenth held-out fresh set: real Chinese schemes, plans and
activity plans whose visible part carries at least two DATED steps, chosen
for WHERE the dated steps sit: a schedule table flattened to one cell per
line or to one line per table, dated （一） parts under a part not named for
steps (活动形式, 活动内容), two stages run together in one line, dated third-
level numbered lines, date-only headings and month-led task lines, dates at
the end of a stage heading or on the line after an activity heading, and
deadline-only, month-end and across-year dates.  Writers: a town government,
a primary school, a university League committee, a township health centre,
a school class, a community cultural service centre, a city library with a
primary school, a district health and family-planning bureau, a college
League committee (quoted in a Q&A answer), a medical school department's
basketball association, a community and a street's League working
committee; found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of shared/corpus-dev,
tests/corpus_fresh*, /work/fresh14, /work/fresh16, /work/fresh17 or of the
sets built at the same time (list in /work/fresh19/used_sources.tsv), and no
title repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like corpus_fresh17 (see its README):
- Only the part of the page that the store returned is represented (in
  fresh19_02 and fresh19_10 a prefix of it); nothing after it was invented.
  Site lines were dropped.
- Heading, title and schedule-row lines keep the source's numbering, wording
  and punctuation; full-width punctuation （）：，；“” was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened; dates,
  figures, unit and place names, quoted slogans and the source's masking are
  kept; personal names were dropped.  Short value lines are kept as the page
  has them.

Marker syntax: see fresh_build/build.py.
"""

FRESH19_DOCS = [
    dict(
        name="fresh19_01_town_livelihood_projects_publicity_scheme",
        source="https://m.010zaixian.com/gongwen/huiyifangan/3091622.htm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's ('我镇', '镇直各单位') publicity scheme for its livelihood projects; the site's posting date was "
               "dropped. The addressee line is not labelled.",
               "Both dated stages are run together in ONE line, the run-in heading '一、宣传时间：宣传分两个阶段进行了，第一个阶段"
               "1月—6月份，为成果展示和政策宣传阶段；第二阶段7月—12月份，为实施效果宣传阶段。…' (the page's '进行了' kept). "
               "Stage one is labelled on the heading, stage two by extra_phases on the same line; month ranges, the end keeps 份. "
               "The heading text is cut at the colon.",
               "'其中，4月下旬、10月和11月为集中宣传阶段' in the same line names periods of concentrated publicity inside the "
               "two stages, not a third stage; not a phase. '10月下旬' and '11月下旬' in the body under 二、宣传重点 are task "
               "dates, not phases.",
               "Under 二、宣传重点 the page's two run-in lines '第一阶段重点开展政策宣传，…' and '第二阶段重点宣传实施效果。…' are level-2 headings (第一-numbering) that REFER to the two dated stages without dates: not phases (a tool that makes phases of them loses precision). The six policy lines under the first are items (with their lead units in brackets); the page ends inside "
               "四、几点要求 1 ('…分解宣传')."],
        units=["镇民政办", "镇中心校", "镇建设所", "镇卫生院"],
        extra_phases=[
            dict(name="实施效果宣传阶段", start_text="7月", end_text="12月份", at="第二阶段7月", optional=False),
        ],
        text="""\
@T | 镇年度实施民生宣传工作方案
各村、镇直各单位：
为把20xx年民生工程宣传做得更有力度，引导群众和社会各界了解、支持并参与民生工程，推动工程向纵深开展，镇里依据本镇实施民生工程的工作计划，制定这份宣传方案。
@H1 sec=phases alt=other phase=成果展示和政策宣传阶段;1月;6月份 | 一、宣传时间：宣传分两个阶段进行了，第一个阶段1月—6月份，为成果展示和政策宣传阶段；第二阶段7月—12月份，为实施效果宣传阶段。其中，4月下旬、10月和11月为集中宣传阶段。
@H1 sec=goals alt=measures | 二、宣传重点：
@H2 | 第一阶段重点开展政策宣传，着重宣传新增的6项民生工程政策措施。各项的牵头部门如下：
@I3 | 1、社会（儿童）福利中心建设政策解读。（牵头单位：镇民政办）
@I3 | 2、农村留守儿童之家建设政策解读。（牵头单位：镇中心校）
@I3 | 3、光荣院建设政策解读。（牵头单位：镇民政办）
@I3 | 4、校舍安全工程政策解读。（牵头单位：镇中心校）
@I3 | 5、农村清洁工程政策解读。（牵头单位：镇建设所）
@I3 | 6、五保户就医保障制度政策解读。（牵头单位：镇卫生院）
@H2 | 第二阶段重点宣传实施效果。10月下旬集中报道全镇民生工程的举措、进展、成效、经验和群众受益的事例；11月下旬按照上级宣传安排和问卷调查的要求，在全镇再开展一次面广、深入的宣传。
@H1 sec=measures | 三、宣传方式：
镇、村两级用宣传车、宣传栏、标语、明白纸、公开信和群众大会等形式宣传，上下联动、全面覆盖，把民生工程的政策、内容、进展和成效讲到群众身边。
@H1 sec=requirements | 四、几点要求：
@I2 | 1、高度重视 。各相关单位要把民生工程主题宣传当作大事来抓，结合自身特点认真策划，分解宣传
""",
    ),
    dict(
        name="fresh19_02_primary_school_moral_education_week_schedule",
        source="http://lspjy.com/forum.php?goto=lastpost&mod=redirect&tid=81954",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A primary school's moral-education term schedule (classes 2年级 to 6年级, '10年' = 2010) on a forum page; the "
               "store returned only the schedule table, flattened ONE CELL PER LINE with the store's '| ' cell prefixes and "
               "bare '|' row ends, which are kept as the page has them. No title line: title null.",
               "Only the first two month blocks are represented (三月份 and 四月份 up to 第五周); the page goes on with 第六周 "
               "onwards, whose dates repeat earlier weeks ('3月15日—3月21日' again for 第六周) and are left out, not invented.",
               "Table cells are never labelled (corpus-dev, dev18): no headings at all. The six week rows are dated steps: "
               "each phase is placed by extra_phases on its week cell (预备周, 第一周 …), with the dates in the next line "
               "('10年2月26日—2月28日' keeps the two-digit year). The month cells (三月份 with its festival list) are not "
               "phases: the week rows carry the dates.",
               "check.py prints REVIEW lines for the week cells '第一周', '第二周', '第三周', '第五周' (read as 第一-numbering) "
               "and the cell lines '2、学雷锋活动', '3、未成年人思想道德创新案例策划' (1、-numbering): table cells, "
               "deliberately unlabelled. '3.8 妇女节' and similar festival lines are not numbering."],
        units=[],
        extra_phases=[
            dict(name="预备周", start_text="10年2月26日", end_text="2月28日", at="| 预备周", optional=False),
            dict(name="第一周", start_text="3月1日", end_text="3月7日", at="第一周", optional=False),
            dict(name="第二周", start_text="3月8日", end_text="3月14日", at="第二周", optional=False),
            dict(name="第三周", start_text="3月15日", end_text="3月21日", at="第三周", optional=False),
            dict(name="第四周", start_text="3月22日", end_text="3月28日", at="| 第四周", optional=False),
            dict(name="第五周", start_text="3月29日", end_text="4月2日", at="第五周", optional=False),
        ],
        text="""\
月份、主题
| 月活动
| 周次
| 起止日期
| 周主题
| 责任班级
|
三月份
安全教育月
学雷锋
3.8 妇女节
3.12 植树节
3.15 消费者维权日
3.22 世界水日
| 1、行为规范养成教育
2、学雷锋活动
| 预备周
| 10年2月26日—2月28日
| 开学报到
| 无
|
第一周
| 3月1日—3月7日
| 开学典礼
新学期致词
| 6年级
|
第二周
| 3月8日—3月14日
| 学雷锋
| 5年级
|
第三周
| 3月15日—3月21日
| 不给别人添麻烦
| 4年级
|
四月份
爱在我心
奉献月
4.4 清明节
4.22 世界地球日
4.30 全国交通安全反思日
| 2、好孩子、好公民评选
3、未成年人思想道德创新案例策划
| 第四周
| 3月22日—3月28日
| 雷锋，学习的榜样
| 3（1）班
|
第五周
| 3月29日—4月2日
| 互帮互助，友谊长存
| 3（2）班
|
""",
    ),
    dict(
        name="fresh19_03_university_challenge_cup_work_schedule",
        source="https://m.yuntihai.com/ythd_7xuqa6gvrn4n25q6ny0j2r4yi9c8on003to_1.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["Jinan University's work schedule for its 15th '挑战杯' extracurricular science contest (organised by the "
               "university League committee, 校团委, with the schools' League committees). Two title lines (the contest "
               "name and the PDF-spaced '工 作 日 程'); the title joins them without spaces.",
               "Four unnumbered stage lines with the period in brackets after the name: '准备及申报阶段（2016年6月至9月）', "
               "'初赛阶段（2016年9月至2016年12月5日）', '复赛阶段（2016年12月6日至2016年12月23日）' and "
               "'决赛阶段（2016年12月23日至2017年5月）' (ACROSS A YEAR END). Heading texts are cut at the colon. The store had "
               "run each stage line into the end of the previous table; they were put on their own lines, and PDF wraps "
               "inside the stage lines were joined.",
               "After each stage, its schedule table was flattened by the PDF into ONE line with the cells scrambled "
               "('具体时间和工作安排如下：日 期 6月至7月 7月至9月 工作项目 具 体 内 容 …'); these lines are kept as the page "
               "has them and never labelled; the sub-dates inside them ('6月至7月', '12月5日前', '3月20日至3月…') are not "
               "phases (the cells no longer say which date belongs to which task). The page ends inside the last table "
               "('…选拔优秀')."],
        units=["校团委", "各学院团委"],
        text="""\
@T | 第十五届“挑战杯”济南大学大学生课外学术科技作品竞赛
@T | 工 作 日 程
@H1 sec=phases phase=准备及申报阶段;2016年6月;9月 | 准备及申报阶段（2016年6月至9月）：本阶段成立竞赛的组织协调机构，宣布竞赛启动并下发正式通知，学生个人和团体组队，开展项目调研和研究，完成项目申报。
具体时间和工作安排如下：日 期 6月至7月 7月至9月 工作项目 具 体 内 容 大赛前期准备和宣成立竞赛组织协调机构，启动本次竞赛，下发竞赛正式传 参赛学生、团体组队 通知，学校学院重点进行广泛的宣传发动活动 利用暑期参赛学生进行组队及项目调研
@H1 sec=phases phase=初赛阶段;2016年9月;2016年12月5日 | 初赛阶段（2016年9月至2016年12月5日）：这一阶段由各学院团委组织初赛评选，并督促团队把项目做完善。
具体时间和工作安排如下：日 期 工作项目 具 体 内 容 各学院遴选项目，督促团队制作完善项目 9月—11月 项目制作完善 12月5日前 各分团委组织初赛以学院为单位报送作品、作品申报表及学院作品汇总表评审 至校团委
@H1 sec=phases phase=复赛阶段;2016年12月6日;2016年12月23日 | 复赛阶段（2016年12月6日至2016年12月23日）：这一阶段完成复赛评审。
具体时间和工作安排如下：日期 12月6日 工作项目 校团委邀请专家对具体内容 进行校内复赛，评选出优秀作品进入校内决赛 至12月23日 作品进行评审
@H1 sec=phases phase=决赛阶段;2016年12月23日;2017年5月 | 决赛阶段（2016年12月23日至2017年5月）：这一阶段先为进入决赛的队伍做赛前培训，团队继续调研、完善作品，再举行校内决赛和终审答辩，评定奖项并做总结。
具体时间和工作安排如下：日期 工作项目 并进一步完善作品。 进行决赛宣传，开展团队交流活动，和决赛前相关培训 具体内容 12月24日 培训、项目调研和对于进入决赛的队伍进行培训；利用寒假进行项目调研至3月上旬 完善 3月中旬 决赛阶段宣传、团队交流和培训 辩 3月20日至3月校内决赛，终审答举行校内决赛，决赛答辩，评出相应奖项，选拔优秀
""",
    ),
    dict(
        name="fresh19_04_township_health_centre_h7n9_education_plan",
        source="http://nayishi.com/zongjie/gongzuojihua/745a1a5362436f97.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A township health centre's ('本院', '村卫生室', '中心小学') health-education plan for H7N9 avian influenza, "
               "April 2013; the site's posting line was dropped.",
               "The top-level headings ARE the dates: '一、4月5日下午', '二、4月6日至月底', '三、4月7日上午：', "
               "'四、4月7日下午：' (phase name = the heading's date; '月底' kept as the end of part two). Part 五 is an "
               "undated task heading whose dated steps are THIRD-LEVEL numbered lines '1、4月8日下午', '2、4月9日下午', "
               "'3、4月17日', each followed by the page's masked village line '村、村' (kept, not labelled). The page "
               "ends after '3、4月17日'.",
               "The four task lines under 三、 are items. '截止4月5日17:00' in the lead-in is a count date, not a phase.",
               "No section names: all dated headings are phases."],
        units=["卫生院", "村卫生室"],
        text="""\
@T | 卫生院人感染H7N9禽流感防控健康教育计划
上海、安徽、江苏、浙江相继报告人感染h7n9禽流感确诊病例，截止4月5日17:00共16例，死亡6例（上海6例、死亡4例，江苏6例，安徽1例，浙江3例、死亡2例），形势严峻。按照国家卫生和计划生育委员会的通知和防控方案以及县疾病预防控制中心的要求，本院要尽快让群众了解本病、掌握预防办法，特制定健康教育计划如下：
@H1 sec=phases phase=4月5日下午;4月5日下午; | 一、4月5日下午
印制宣传小页二套、宣传横幅5套，制作宣传专栏二张（本院和村卫生室各一张）。
@H1 sec=phases phase=4月6日至月底;4月6日;月底 | 二、4月6日至月底
在本院和村卫生室门诊摆放宣传资料，向就诊人员发放。
@H1 sec=phases phase=4月7日上午;4月7日上午; | 三、4月7日上午：
@I2 | 1、在本院及村卫生室张贴本病知识介绍宣传专栏；
@I2 | 2、到中心小学举办一次知识讲座；
@I2 | 3、在中心小学、政府、卫生院、村商店附近悬挂宣传横幅。
@I2 | 4、到养鸽场进行面对面宣传本病防控知识并发放宣传资料
@H1 sec=phases phase=4月7日下午;4月7日下午; | 四、4月7日下午：
在卫生室门口办一次健康咨询活动。
@H1 sec=phases | 五、到各村商店、卤菜店进行面对面宣传并发放宣传资料，入户宣传并发放宣传资料，除以下具体时间安排外，配合下乡安排表上门入户发放宣传资料。
@H2 phase=4月8日下午;4月8日下午; | 1、4月8日下午
村、村
@H2 phase=4月9日下午;4月9日下午; | 2、4月9日下午
村、村
@H2 phase=4月17日;4月17日; | 3、4月17日
""",
    ),
    dict(
        name="fresh19_05_class_leifeng_month_activity_plan",
        source="http://lspjy.com/forum.php?action=printable&mod=viewthread&tid=924968",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A grade-three class's ('本班', '三年级一班') plan for the 2018 学雷锋 month, on the printable view of a "
               "forum thread (the site banner, the thread title line '标题：…' with author and time were dropped; the "
               "thread title is the document's title line).",
               "Each activity heading under 三、活动内容 is followed by its date ON THE NEXT LINE, a value row "
               "'时间：3月5号' / '时间：3月5日  星期一 下午' / '时间：3月5日——3月31日' (号 date, double space and the "
               "'——' range kept); the phase sits on the heading line, its date in the next line. The value rows "
               "(时间 / 地点 / 形式) are not labelled.",
               "'于2018年3月集中开展' in the lead-in is the overall month, not labelled (no 活动时间 section). The page "
               "ends inside (3) ('…读一本好书')."],
        units=["三年级一班"],
        text="""\
@T | 三年级2018学雷锋月活动计划
雷锋精神是中华民族宝贵的精神财富，一代代激励着青少年成长。为把学校的学雷锋活动持续推向深入，弘扬传统美德，引导队员投身校园文明建设、共建和谐校园，本班响应学校号召，于2018年3月集中开展纪念学习雷锋活动，计划如下：
@H1 sec=guidance | 一、指导思想：
弘扬雷锋精神，培养学生关爱他人、服务社会的品质，推进学校的精神文明建设。
@H1 sec=other | 二、活动主题：学雷锋 树新风
@H1 sec=goals alt=measures,phases | 三、活动内容：
@H2 alt=measures,phases phase=学雷锋宣传活动;3月5号; | 1、学雷锋宣传活动
时间：3月5号
地点：三年级一班
形式：宣传标语、出一期以“学习雷锋好榜样”为主题的黑板报、手抄报宣传雷锋精神。
@H2 alt=measures,phases phase=学雷锋主题班会;3月5日; | 2、学雷锋主题班会
时间：3月5日  星期一 下午
地点：三年级一班
形式：形式多样（小品、雷锋知识竞赛、讲述雷锋小故事、学关于雷锋的歌、同学讨论）
@H2 alt=measures,phases phase=学习雷锋精神，从身边的小事做起;3月5日;3月31日 | 3、学习雷锋精神，从身边的小事做起
时间：3月5日——3月31日
地点：学校、社会
形式：
@I3 | （1）参加“我为校园捡起一片纸”志愿者活动。
@I3 | （2）开展“为社会献义务劳动”活动，组织同学到街道打扫卫生，美化学校周边环境，增强环保意识。
@I3 | （3）实施学雷锋“三个一”活动：每人为社会和学校做一件好事，帮助一位有困难的同学，在家帮父母做一件家务，在公交车上为老幼病残孕让一次座。读一本好书
""",
    ),
    dict(
        name="fresh19_06_community_culture_centre_work_plan",
        source="https://wddqw.com/eCDn.html",
        doc_kind="plan", partial=True,
        notes=["A community cultural service centre's annual plan ('社区图书室', '社区舞蹈队', '社区党委'); the store "
               "returned the plan from its 一、 onwards (no title line: title null; the site's file title "
               "'社区综合文化服务中心工作计划结尾.doc' and its list of other documents were dropped).",
               "Ten numbered task lines, each a heading (the task areas of a plan: goals, measures accepted). Seven of them "
               "START WITH A MONTH or date and are dated steps (phases): '三、 2月份（春节前）…', '四、 3月8日…', "
               "'五、4月底…', '六、 6-7月…' (start '6', end '7月', as written), '七、 7-8月…', '八、9月…', "
               "'十、12月…'. The deadlines at the END of 一、 and 二、 ('（5月前完成）', '（9月前完成）') are task deadlines "
               "inside task lines, not phases (corpus-dev).",
               "The page's spacing after '一、 ', '二、 ', '三、 ' … is kept. '六、 6-7月继续开展“读书月”活动，…' and "
               "'五、…“邻里节”活动，…' keep their head as the page has it; the rest of those lines is rewritten, and the "
               "heading texts of 六、 and 五、 are set by hand. The numbered events under 七、 and 八、 are items; "
               "八、's first event is run in after its colon ('八、9月开展文化周活动：1、成年人健身操比赛')."],
        units=["社区党委"],
        text="""\
@H1 sec=goals alt=measures | 一、 规范社区图书室藏书并编码造册，扩大阅览室宣传力度，吸引居民群众来观看图书。（5月前完成）
@H1 sec=goals alt=measures | 二、 继续抓好社区舞蹈队队伍建设，力争扩展到20人的队伍，动员2-4名男同志加入此行列。（9月前完成）
@H1 sec=phases alt=goals phase=迎春篝火晚会和露天电影;2月份; | 三、 2月份（春节前）在辖区的某小区或某楼栋组织一次《迎春篝火晚会》和放一次露天电影，营造节日喜庆氛围。
@H1 sec=phases alt=goals phase=“三.八”妇女节座谈会和健康讲座;3月8日; | 四、 3月8日开展“三.八”妇女节代表座谈会和妇女知识健康讲座抽奖问答活动。
@H1 sec=phases alt=goals phase=社区首届“邻里节”活动;4月底; text=五、4月底在某商住楼小区举办社区首届“邻里节”活动 | 五、4月底在某商住楼小区举办社区首届“邻里节”活动，借邻里交流会、团拜会等形式，给同住一个小区、一栋楼、一个单元的业主搭起相互认识的平台，改变新小区里邻居见面不相识、有难处无处求助的局面。
@H1 sec=phases alt=goals phase=“读书月”活动;6;7月 text=六、~6-7月继续开展“读书月”活动 | 六、 6-7月继续开展“读书月”活动，用好社区阅览室的图书和杂志，宣传党的xx大精神和文明新风，为建设学习型社区打基础。
@H1 sec=phases alt=goals phase=暑期离校不离教活动;7;8月 | 七、 7-8月开展暑期离校不离教活动
@I2 | 1、少儿歌唱赛
@I2 | 2、小型运动会
@H1 sec=phases alt=goals phase=文化周活动;9月; text=八、9月开展文化周活动 | 八、9月开展文化周活动：1、成年人健身操比赛
@I2 | 2、成年人乒乓球比赛
@I2 | 3、川牌、象棋比赛
@I2 | 4、花卉、书画展
@I2 | 5、社区居民钓鱼比赛
@I2 | 6、安排放映一部露天电影。
@I2 | 7、举办一场国庆文艺演出。
@H1 sec=goals alt=measures | 九、抓好社区群众性文化体育活动，配合社区党委开展“唱读讲传”活动，推动群众文化、广场文化、假日文化和楼院文化往深处发展，让文化社区工作再上一个台阶。
@H1 sec=phases alt=goals phase=评选社区先进;12月; | 十、12月评选社区先进文体活动“积极分子”、“文明楼栋”、“五好家庭”等。
""",
    ),
    dict(
        name="fresh19_07_library_school_reading_day_activity_plan",
        source="https://m.777doc.com/doc-8306506.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city library's and a primary school's ('市图书馆和XX小学') joint 4.23 World Book Day series, a case text on a "
               "document-sharing site that returned it as one run-together block; it was split at the markers, and the "
               "headings the block glued to their bodies ('一、活动目的通过活动，…', '二、活动主题以书筑梦，阅度童年') were "
               "put on their own lines. The title line keeps '（案例）'.",
               "The dated steps are THIRD-LEVEL numbered lines under '（一）征文比赛': a DEADLINE-ONLY step '3、截稿时间"
               "2021年4月15日' (end only) and '5、评奖及表彰4月16日~4月19日…，并在4月23日举行颁奖仪式…', which holds two "
               "steps on one line (评奖 4月16日~4月19日 on the heading, 颁奖仪式 4月23日 by extra_phases; the page's '~' "
               "kept). Their heading texts are set by hand.",
               "（二）（三）（四） are single-day activities on the day itself ('1、活动时间：2021年4月23日' in each), a one-day "
               "programme: not labelled as phases (their three date lines are identical). Value items (参赛对象, 活动对象, "
               "奖项设置 run together as the page has it) are items. The page ends inside （四） ('…科普图片60')."],
        units=["市图书馆", "XX小学", "阳春市博物馆"],
        extra_phases=[
            dict(name="颁奖仪式", start_text="4月23日", end_text=None, at="举行颁奖仪式", optional=False),
        ],
        text="""\
@T | 4.23世界读书日系列活动方案（案例）
为落实全民阅读的部署，让我市的全民阅读持续开展下去，市图书馆和XX小学在第23个世界读书日期间联合组织一系列阅读活动。
@H1 sec=goals alt=guidance | 一、活动目的
通过活动点燃学生的读书热情，让学生与书为伴，养成多读书、读好书的习惯，在校园里形成浓厚的书香氛围。
@H1 sec=other | 二、活动主题
以书筑梦，阅度童年
@H1 sec=goals alt=measures | 三、活动内容
@H2 | （一）征文比赛
@I3 | 1、参赛对象：全校在读学生
@I3 | 2、参赛要求：以“我最喜爱的一本书”为主题，选一本最有感受的书，写出书的内容和自己的感想，必须原创，内容健康，体裁不限，题目自拟；一~三年级60~150字，四~六年级200~400字，一律手写在作文纸上并注明姓名和班别。
@H3 sec=phases alt=goals phase=截稿;;2021年4月15日 | 3、截稿时间2021年4月15日
@I3 | 4、奖项设置一等奖：5名二等奖：10名三等奖：15名优秀奖：20名
@H3 sec=phases alt=goals phase=评奖;4月16日;4月19日 text=5、评奖及表彰 | 5、评奖及表彰4月16日~4月19日由主办方的征文评审小组评选来稿，并在4月23日举行颁奖仪式，表彰获奖者。
@H2 | （二）“扫码看书，全城共读”阅读推广活动
@I3 | 1、活动时间：2021年4月23日
@I3 | 2、活动对象：全校教职员工
@I3 | 3、活动方式：用手机扫描电子图书的二维码或下载移动图书馆APP，就能免费在手机上阅读一百多万册电子图书。
@H2 | （三）流动书车进校园
@I3 | 1、活动时间：2021年4月23日
@I3 | 2、活动对象：全校师生
@I3 | 3、活动方式：岭南书香车载2000册图书进校园，现场办理借书证、现场阅览。
@H2 | （四）科普图片展览
@I3 | 1、活动时间：2021年4月23日
@I3 | 2、活动对象：全校师生
@I3 | 3、活动方式：由阳春市博物馆组织昆虫世界科普图片60
""",
    ),
    dict(
        name="fresh19_08_district_health_bureau_doctors_day_series",
        source="http://www.renrendoc.com/p-10454833.html",
        doc_kind="activity_plan", doc_kind_alt=["plan", "scheme"], partial=True,
        notes=["A district health and family-planning bureau's notice of its first Chinese Doctors' Day series (2018), on a "
               "document-sharing site (page thumbnails, download and copyright lines dropped). The notice title and "
               "the addressee line were glued to the first sentence by the store and were split off; the addressee line "
               "is not labelled.",
               "The dated steps are SECOND-LEVEL parts （一）…（五） under 二、活动形式, a part NOT named for steps; each "
               "part states its date after its name, in a clause of the same line: '（一）开展形式多样宣传活动，…。活动时间："
               "8 月 15 日-19 日。牵头科室：…' (PDF spacing and the ASCII hyphen kept; ends '19 日', '17 日', '15 日' "
               "without month, as written). Heading texts are cut at the first '。'. （五） runs its numbered points "
               "together in one line ('1.活动时间：2018 年 8 月 19 日晚上。2.活动地点：…3.活动内容：（1）…'), kept as the page "
               "has it; the page ends inside it ('（2）表彰“').",
               "The activities are not in date order ((三) starts '8 月 5 日'). '2018 年 8 月 19 日' in the lead-in is "
               "the festival date, not a phase."],
        units=["政策法规科", "办公室", "公共卫生科", "医政医管科", "组织人事科", "局属医疗卫生单位"],
        text="""\
@T | 某卫生和计划生育局首届“中国医师节”系列活动方案
局机关各科室、局属各单位：
2018 年 8 月 19 日是我国第一个“中国医师节”。为办好节日期间的系列活动，体现党和政府对医师和医务人员的关爱，弘扬“敬佑生命、救死扶伤、甘于奉献、大爱无疆”的卫生健康崇高精神，营造尊医重卫的社会氛围，局里决定在全区开展首个“中国医师节”系列活动，有关事项通知如下：
@H1 sec=other | 一、活动主题
2018 年“中国医师节”以“尊医重卫 共享健康”为主题，开展多种形式的主题活动，弘扬卫生健康崇高精神。
@H1 sec=goals alt=measures,phases | 二、活动形式
@H2 alt=measures,phases phase=开展形式多样宣传活动;8~月~15~日;19~日 | （一）开展形式多样宣传活动，营造“尊医重卫”良好氛围。活动时间：8 月 15 日-19 日。牵头科室：政策法规科；配合科室：办公室、公共卫生科、医政医管科、组织人事科。
@H2 alt=measures,phases phase=开展关爱退休医师走访慰问活动;8~月~15~日;17~日 | （二）开展关爱退休医师走访慰问活动。活动时间：8 月 15 日-17 日。牵头科室：办公室。
@H2 alt=measures,phases phase=开展“兰小草”式“最美医生”~“最美护士”评选活动;8~月~5~日;15~日 | （三）开展“兰小草”式“最美医生” “最美护士”评选活动。活动时间：8 月 5 日至 15 日。牵头科室：组织人事科；配合科室：办公室。
@H2 alt=measures,phases phase=开展义诊活动;8~月~16~日; | （四）开展义诊活动。活动时间：8 月 16 日。牵头科室：医政医管科；责任单位：局属医疗卫生单位。
@H2 alt=measures,phases phase=开展首届“中国医师节”庆祝大会活动;2018~年~8~月~19~日; | （五）开展首届“中国医师节”庆祝大会活动。1.活动时间：2018 年 8 月 19 日晚上。2.活动地点：区人民医院六楼报告厅。3.活动内容：（1）领导致辞。牵头科室：办公室。（2）表彰“
""",
    ),
    dict(
        name="fresh19_09_college_challenge_cup_stages",
        source="https://58z.net/z/494140607.html",
        doc_kind="plan", doc_kind_alt=["activity_plan", "scheme"], partial=True,
        notes=["A Hunan college's 2012 school-level '挑战杯' contest stages ('校团委社会实践部', '湖南省第十届“挑战杯”'), as "
               "quoted in the answer of a Q&A page; the question ('2012年挑战杯校级参赛流程,急啊'), the answer's time stamp "
               "and the '推荐回答' / '回答(1)' lines were dropped. The answer opens with the lead-in '竞赛分四阶段进行：'; no "
               "title line: title null.",
               "Four stage headings with the period AT THE END of the heading line, in brackets: '（一）组织发动阶段"
               "（2012年5月中旬至6月下旬）' (旬 start and end), '（二）…（2012年9月上旬-10月上旬）' (ASCII hyphen), "
               "'（三）评审阶段（2012年10月中旬—11月上旬）' and '（四）…（2012年12月）' (a single month, start only). The "
               "（一） level is the top level visible (its parent section is not in the answer): level 1, level 2 accepted; "
               "the numbered task lines under each stage are items.",
               "'2.2012年10月10日前各学院…报送' is a task deadline, not a phase; its numbering '2.' is set by hand (the digit "
               "after the point hides it from the numbering pattern)."],
        units=["校团委社会实践部", "各学院", "组委会"],
        text="""\
竞赛分四阶段进行：
@H1 sec=phases lvlalt=2 phase=组织发动阶段;2012年5月中旬;6月下旬 | （一）组织发动阶段（2012年5月中旬至6月下旬）
@I2 lvlalt=3 | 1.学校下发竞赛通知、竞赛章程、竞赛作品申报书等文件材料。
@I2 lvlalt=3 | 2.各学院成立领导小组，制定参赛组织计划，广泛发动学生开展院内课外学术科技作品竞赛，并组织指导教师利用暑假指导学生作品，提高作品的层次和水平。
@H1 sec=phases lvlalt=2 phase=组织申报和院级初评阶段;2012年9月上旬;10月上旬 | （二）组织申报和院级初评阶段（2012年9月上旬-10月上旬）
@I2 lvlalt=3 | 1.学院审查申报作品和作者的资格，请专家评选出参赛作品，有条件的学院先举行预赛；每位主要负责人只能报一件。
@I2 lvlalt=3 num=2. | 2.2012年10月10日前各学院向校团委社会实践部报送已评选出的本院参赛作品及统计表。
@H1 sec=phases lvlalt=2 phase=评审阶段;2012年10月中旬;11月上旬 | （三）评审阶段（2012年10月中旬—11月上旬）
@I2 lvlalt=3 | 1. 组委会请校内外专家预评参赛作品，综合作品的创造性、学术水平和社会效益评出各类奖项。
@H1 sec=phases lvlalt=2 phase=总结表彰、宣传展览、作品优化阶段;2012年12月; | （四）总结表彰、宣传展览、作品优化阶段（2012年12月）
@I2 lvlalt=3 | 1.对获奖的组织和个人进行表彰，并在校内开展专题宣传展。
@I2 lvlalt=3 | 2.确定我校参加湖南省第十届“挑战杯”大学生课外学术科技作品竞赛的作品，加强支持与指导，不断优化作品。
""",
    ),
    dict(
        name="fresh19_10_medical_school_basketball_association_plan",
        source="http://m.fwdq.com/cehuashu/197328.html",
        doc_kind="activity_plan", partial=True,
        notes=["A medical school department's basketball association ('临床部篮球协会') plan for a three-a-side tournament; the "
               "site's posting line ('发布时间… 来源:策划书') was dropped, and the store's glued line '组织单位:临床部篮球协会"
               "具体活动策划:' was split into the organiser line and the lead-in heading. No title line: title null.",
               "The two dated steps are RUN TOGETHER inside one line, in the bracket of '2. 比赛时间：10月31日下午以及11月1、2日"
               "三天（31下午及1日上、下午进行小组赛，2日下午进行1/4决赛、半决赛、决赛）': 小组赛 '31下午' to '1日' and the "
               "knock-out rounds from '2日下午' (start only); the dates are copied as the bracket writes them (day only, the "
               "month is in the same line). The line's overall period is not labelled separately.",
               "Only the plan's numbered points 1.–9. are represented; the page continues with a budget (经费预算, 经费来源) "
               "that is left out, not invented. The numbered points are headings ('N. 名称：…', a space after '1.'); "
               "their texts are cut at the colon where the value is long."],
        units=["临床部篮球协会"],
        extra_phases=[
            dict(name="1/4决赛、半决赛、决赛", start_text="2日下午", end_text=None, at="2. 比赛时间", optional=False),
        ],
        text="""\
@H1 sec=responsibilities text=组织单位 | 组织单位：临床部篮球协会
@H1 sec=other | 具体活动策划：
@H2 | 1. 比赛项目：
男子、女子三人篮球赛。以班为单位，每班出两支男队（分一、二队），每队4人；一支女队，每队5人。
@H2 sec=phases alt=other phase=小组赛;31下午;1日 | 2. 比赛时间：10月31日下午以及11月1、2日三天（31下午及1日上、下午进行小组赛，2日下午进行1/4决赛、半决赛、决赛）
@H2 | 3. 比赛形式：男子组分A、B、C、D四个小组，每组前两名进入八强；女子组分E、F两组，每组前两名进入四强；此后以淘汰赛决出一、二、三等奖，发奖品和奖状。
@H2 | 4. 比赛地点： 本部篮球场
@H2 | 5. 人员范围：12本科， 11本硕，08研究生
@H2 | 6. 参赛人数：12本科2个班、11本硕5个班共7个班，每班13人；13研究生4支男队、1支女队共21人；另有篮球协会的记时计分员和裁判员16人，合计约128人。
@H2 | 7.裁判组成：与研究生体育部商量后，裁判主要由篮球协会的学生裁判担任，他们都有三年以上的执裁经验。
@H2 | 8.比赛规则
@H2 | 9.比赛场数：56场
""",
    ),
    dict(
        name="fresh19_11_community_leifeng_activity_plan",
        source="http://cjxt.szvf.com.cn/szbyhsq/Article/5781",
        doc_kind="activity_plan", partial=True,
        notes=["A community's (白云湖社区, 随州市曾都区) 2016 学雷锋 activity plan on the community's page of a volunteer "
               "site; the posting date line was dropped. The page's numbering skips 四、 and 七、 (一、二、三、五、六、八、), "
               "kept as it is.",
               "The two activities are unnumbered label headings '活动一：' / '活动二：' whose dates stand ON THE NEXT LINE, in "
               "CHINESE NUMERALS: '三月一日及三月二日上午8:00' (two days: start 三月一日, end 三月二日) and "
               "'三月四日上午8:30至10:00在随州购物中心门口参加…' (start only; 8:30至10:00 is a time slot). The schedule "
               "lines are kept as the page has them and not labelled.",
               "'三、活动时间：2016年3月' is the overall period (optional phase). '2016年3月5日' in the guidance body is the "
               "anniversary date, not a phase."],
        units=["白云湖社区", "随州市志愿者拓展总队"],
        extra_phases=[
            dict(name="活动时间", start_text="2016年3月", end_text=None, at="三、活动时间", optional=True),
        ],
        text="""\
@T | 白云湖社区2016年学雷锋活动方案
@H1 sec=guidance | 一、指导思想
雷锋精神是中华民族宝贵的精神财富，2016年3月5日是学习雷锋活动开展53周年纪念日。社区按照共青团有关文件的精神，把3月份的几个节日合在一起开展活动，制定本社区的学雷锋活动方案。
@H1 sec=other | 二、活动主题：邻里守望，雷锋相伴
@H1 sec=phases alt=other | 三、活动时间：2016年3月
@H1 sec=other | 五、活动地点：白云湖社区，曾都区购物中心
@H1 sec=goals alt=measures,phases | 六、活动内容
@H2 alt=measures,phases phase=活动一;三月一日;三月二日 | 活动一：
三月一日及三月二日上午8:00
社区干部和志愿者为社区做卫生服务，把社区当成共同的家，义务清除无人管理的菜地和“牛皮癣”，让居民和参与者都享有干净美丽的环境。
@H2 alt=measures,phases phase=活动二;三月四日; | 活动二：
三月四日上午8:30至10:00在随州购物中心门口参加由随州市志愿者拓展总队举办的“平安出行，文明礼让”活动
@H1 sec=requirements alt=other | 八、活动总结
社区认真总结本次主题活动，把学雷锋与行为规范教育、献爱心、身边的志愿服务和社会实践结合起来，让雷锋精神在社区长久传承。
""",
    ),
    dict(
        name="fresh19_12_street_league_leifeng_activity_plan",
        source="https://m.xuexila.com/fwn/wenmi/cehuafangan/59045.html",
        doc_kind="activity_plan", partial=True,
        notes=["A street's League working committee's ('慈惠街团工委', 东西湖区) plan for 3.5 学雷锋 day 2015; the site's "
               "breadcrumb and sharer line were dropped. The title line '3.5学雷锋活动方案' is not numbering.",
               "The four dated activities are SECOND-LEVEL parts （一）…（四） under 三、活动内容, a part NOT named for steps; "
               "each part's date stands on the line AFTER it, in a value row '活动时间：2015年3月9日下午（周一）', "
               "'活动时间：2015年3月5日至3月15日', … (phase on the part's heading line, date in the next line). Activities "
               "一 and 二 share the name 学雷锋关爱活动, so the phase names keep '活动一：' / '活动二：'. The activities are "
               "not in date order. The value rows (时间 / 地点 / 内容 / 组织单位 / 参与人员) are not labelled.",
               "'二、活动时间' with '2015年3月期间' on the next line is the overall period (optional phase). The page ends "
               "inside 四、活动要求 2."],
        units=["慈惠街团工委", "各大队（社区）", "二级单位团支部", "慈惠街妇联", "职介站"],
        extra_phases=[
            dict(name="活动时间", start_text="2015年3月", end_text=None, at="二、活动时间", optional=True),
        ],
        text="""\
@T | 3.5学雷锋活动方案
为纪念第52个“学雷锋日”和第16个“中国青年志愿者服务日”，传承雷锋精神和志愿者精神，慈惠街团工委借“3·5”的契机，号召全街团员青年和志愿者队伍在全街开展关爱老人和青少年的活动。
@H1 sec=other | 一、活动主题
学雷锋进行时
@H1 sec=phases alt=other | 二、活动时间
2015年3月期间
@H1 sec=goals alt=measures,phases | 三、活动内容
@H2 alt=measures,phases phase=活动一：学雷锋关爱活动;2015年3月9日下午; | （一）活动一：学雷锋关爱活动
活动时间：2015年3月9日下午（周一）
活动地点：慈惠街福利院
活动内容：关爱老人文艺演出
组织单位：慈惠街团工委
参与人员：慈惠辖区团员青年及志愿者
@H2 alt=measures,phases phase=活动二：学雷锋关爱活动;2015年3月5日;3月15日 | （二）活动二：学雷锋关爱活动
活动时间：2015年3月5日至3月15日
活动地点：各辖区空巢老人、留守儿童家中
活动内容：志愿者慰问空巢老人、留守儿童，帮助他们打扫卫生，陪伴聊天
组织单位：各大队（社区）、二级单位团支部
参与人员：各大队（社区）、二级单位团支部团员青年及志愿者
@H2 alt=measures,phases phase=活动三：植树造林活动;2015年3月10日上午; | （三）活动三：植树造林活动
活动时间：2015年3月10日上午（周二）
活动地点：慈惠街四季吉祥景区
活动内容：植树造林
组织单位：慈惠街团工委
参与人员：慈惠辖区团员青年及志愿者
@H2 alt=measures,phases phase=活动四：春风行动;2015年3月17日; | （四）活动四：春风行动
活动时间：2015年3月17日（周一）
活动地点：东西湖区慈惠街办事处四通酒楼
活动内容：“春风行动”现场招聘会
组织单位：慈惠街妇联、职介站、团工委
参与人员：慈惠辖区团员青年及志愿者
@H1 sec=requirements | 四、活动要求
@I2 | 1、各大队（社区）、二级单位等直属团组织至少组织一次学雷锋志愿者活动，活动前把方案报团工委，活动后报送总结和信息。
@I2 | 2、各直属团组织要调动青年志愿者的积极性，争取单位领导支持，并及时通过各种方式报道。
""",
    ),
    dict(
        name="fresh19_13_company_mid_autumn_activity_plan",
        source="https://shihuaweipan.com/fanwen9/70.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company's ('厂区', '事业部', '总裁办', '工会', '人力资源部') Mid-Autumn activity plan for 2018 on a sample-essay "
               "site; the site's navigation was dropped. The page's spacing after '一、 ' … '六、 ' is kept.",
               "The dated steps sit in a Gantt TABLE FLATTENED ONE ROW PER LINE under 六、 活动流程安排, cells separated by "
               "' | ' as the store has them ('联系场地 | 2018-9-10 | 2018-9-12 | ggg | 人力资源部 | …'; the chart column's "
               "'ggg' bars and the empty-cell artefacts '| ||||||', '||' kept). Each task row is a phase placed by extra_phases "
               "on its row, named by its task cell, with ISO-like dates '2018-9-10' copied as written; rows whose start and end "
               "cells are the same day (邀请函发送, 困难家庭慰问, 活动开展) are a start with no end, as a single day is in "
               "corpus-dev. The rows are not in date order. Table rows are not labelled.",
               "'三、 活动时间：9月10日~22日' is the overall period (optional phase; '~' kept, end without month). '主持人彩排："
               "9.15/9.18、9.20' in a note cell and '在9月22日8:00前布置好活动场地' in an item are not phases. The 1）… lines "
               "under '2. 趣味竞赛' are level-3 items. The page ends inside （一） 6 ('6. 串词：由')."],
        units=["人力资源部", "各事业部", "第五事业部", "总裁办", "工会", "第一&三事业部"],
        extra_phases=[
            dict(name="活动时间", start_text="9月10日", end_text="22日", at="三、 活动时间", optional=True),
            dict(name="联系场地", start_text="2018-9-10", end_text="2018-9-12", at="联系场地 |", optional=False),
            dict(name="参赛人员名单确定", start_text="2018-9-10", end_text="2018-9-12", at="参赛人员名单确定 |", optional=False),
            dict(name="活动现场工作人员确定", start_text="2018-9-10", end_text="2018-9-12", at="活动现场工作人员确定 |", optional=False),
            dict(name="音响租赁", start_text="2018-9-13", end_text="2018-9-15", at="音响租赁 |", optional=False),
            dict(name="主持人串词", start_text="2018-9-12", end_text="2018-9-15", at="主持人串词 |", optional=False),
            dict(name="道具采购", start_text="2018-9-11", end_text="2018-9-15", at="道具采购 |", optional=False),
            dict(name="邀请函发送", start_text="2018-9-15", end_text=None, at="邀请函发送 |", optional=False),
            dict(name="困难家庭慰问", start_text="2018-9-19", end_text=None, at="困难家庭慰问 |", optional=False),
            dict(name="布置场地", start_text="2018-9-20", end_text="2018-9-21", at="布置场地 |", optional=False),
            dict(name="活动开展", start_text="2018-9-22", end_text=None, at="活动开展 |", optional=False),
        ],
        text="""\
@T | 中秋活动策划方案
@H1 sec=goals alt=guidance | 一、 活动目的
中秋是仅次于春节的团圆节日，寄托着人们对家和亲情的思念，也寄托着对美好生活的向往。借这个节日联络员工感情，可以增强员工对公司的认同感和归属感。
@H1 sec=other | 二、 活动主题：金秋情浓，月圆人团圆
@H1 sec=phases alt=other | 三、 活动时间：9月10日~22日
@H1 sec=other | 四、 活动地点：厂区内部
@H1 sec=goals alt=measures | 五、 活动方式
@I2 | 1. 中秋困难家庭慰问
@I2 | 2. 趣味竞赛
@I3 | 1）趣味接力赛（托球接力跑）
@I3 | 2）时代列车（搭肩赛跑）
@I3 | 3）分秒必争（两人三足多人版）
@I3 | 4）拼字先锋（人体拼字）
@I2 | 3. 歌王争霸赛（中秋歌唱比赛）
@I2 | 4. 全员抽奖
@H1 sec=phases | 六、 活动流程安排
中秋活动流程甘特图 | ||||||
任务 | 开始 | 结束 | 图表展示 | 负责部门 | 负责人 | 备注 |
联系场地 | 2018-9-10 | 2018-9-12 | ggg | 人力资源部 | 雨天则在一食堂一楼举行 | |
参赛人员名单确定 | 2018-9-10 | 2018-9-12 | ggg | 各事业部 | ||
活动现场工作人员确定 | 2018-9-10 | 2018-9-12 | ggg | 人力资源部 | ||
音响租赁 | 2018-9-13 | 2018-9-15 | ggg | 第五事业部 | ||
主持人串词 | 2018-9-12 | 2018-9-15 | gggg | 人力资源部 | 主持人彩排：9.15/9.18、9.20 | |
道具采购 | 2018-9-11 | 2018-9-15 | ggggg | 总裁办 | ||
邀请函发送 | 2018-9-15 | 2018-9-15 | g | 人力资源部 | 通过邮件发送并电话邀请 | |
困难家庭慰问 | 2018-9-19 | 2018-9-19 | g | 工会 | 在行政楼一楼会议室进行 | |
布置场地 | 2018-9-20 | 2018-9-21 | gg | 第一&三事业部 | 全体活动工作人员协助 | |
活动开展 | 2018-9-22 | 2018-9-22 | g | 人力资源部 |
@H2 | （一）前期准备
@I3 | 1. 前期宣传：提前10天通知各相关部门做好准备
@I3 | 2. 人员安排
@I3 | 3. 道具置办
@I3 | 4. 话筒、音响、表演奖励、评选奖励等相关物品准备
@I3 | 5. 场地布置：在9月22日8:00前把场地布置好，搭舞台、挂彩带和气球、布置比赛赛道等
@I3 | 6. 串词：由
""",
    ),
]
