# -*- coding: utf-8 -*-
"""The 132nd held-out fresh set: SCHOOL AND COLLEGE SCHEDULES BY WEEK, BY
MONTH OR BY STAGE (a primary science term plan whose 教学进度 table pairs two
teaching weeks per row, a middle school's 主题月 list with one month per part,
a primary 德育课程 plan with 十二月份 / 一月份 parts and grade-band themes, three
graduation-thesis schedules pasted as tables one cell per line, a university
teaching-practice arrangement with damaged week and date strings, and a
college mid-term inspection notice with week stages).  Found as stored
public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, used_sources.tsv and *.lst under
/work/fresh*/ and /work/main/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumb, meta
  lines, repeated titles) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text between Chinese characters (the pipes of pasted
  tables are kept as the store has them).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, lesson titles and slogans are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH132_DOCS = [
    dict(
        name="fresh132_01_primary_science_term_plan_two_column_week_table",
        source="http://lspjy.com/thread-101789-1-1.html",
        doc_kind="plan", partial=True,
        notes=["A primary science teaching plan (the units 植物的生长变化 and 动物的生命周期 point to a grade-3 science book) "
               "from a teaching-resources forum. The stored text starts at its section '7、教学进度'; no title is in view, so "
               "title is null. '7、' is the top visible level (level 1).",
               "The store ran the lead-in and the whole table into one line; it was split into the lead-in, the header row "
               "'周次 | 教学内容 | 周次 | 教学内容 |' (unlabelled table header) and one line per table row. The store's last "
               "row was already broken ('| 10 | 第三单元第一课和第二课 | 20 |'), kept as it is; two trailing lines holding only "
               "'|' (empty cells) were dropped.",
               "The table pairs two teaching weeks per row (weeks 1-10 on the left, 11-20 on the right). Each row is a level-2 "
               "phases heading whose text is set by hand to its left pair 'N | content'; the right pair is mid-line. The week "
               "numbers are table cells, not numbering tokens (numbering 'none').",
               "The rows carry no dates: as in corpus_fresh117_07, each filled week is a phase named after its content cell, "
               "with the week cell as start_text and no end. The right-hand weeks are extra phases on the same line "
               "(non-optional). Weeks 19 and 20 have empty content cells and carry no phase.",
               "The lead-in ('本册共计28课，原则上一周两课…如下表：') is rewritten body."],
        units=[],
        extra_phases=[
            dict(name="第三单元第三课和第四课", start_text="11", end_text=None, at="1 | 第一单元第一课和第二课 | 11 |", optional=False),
            dict(name="第三单元第五课和第六课", start_text="12", end_text=None, at="2 | 第一单元第三课和第四课 | 12 |", optional=False),
            dict(name="第三单元第七课和单元总结", start_text="13", end_text=None, at="3 | 第一单元第五课和第六课 | 13 |", optional=False),
            dict(name="第四单元第一课和第二课", start_text="14", end_text=None, at="4 | 第一单元第七课和单元总结 | 14 |", optional=False),
            dict(name="第四单元第三课和第四课", start_text="15", end_text=None, at="5 | 第二单元第一课和第二课 | 15 |", optional=False),
            dict(name="第四单元第五课和第六课", start_text="16", end_text=None, at="6 | 第二单元第三课和第四课 | 16 |", optional=False),
            dict(name="第四单元第七课和单元总结", start_text="17", end_text=None, at="7 | 第二单元第五课和第六课 | 17 |", optional=False),
            dict(name="期末学业水平检测", start_text="18", end_text=None, at="8 | 第二单元第七课和单元总结 | 18 |", optional=False),
        ],
        text="""\
@H1 sec=phases | 7、教学进度
本册一共28课，一般每周教两课；教师可结合教学和生活实际灵活调整，例如把植物的生长变化与动物的生命周期两个单元穿插进行。大致进度见下表：
周次 | 教学内容 | 周次 | 教学内容 |
@H2 num=none text=1~|~第一单元第一课和第二课 phase=第一单元第一课和第二课;1; | 1 | 第一单元第一课和第二课 | 11 | 第三单元第三课和第四课 |
@H2 num=none text=2~|~第一单元第三课和第四课 phase=第一单元第三课和第四课;2; | 2 | 第一单元第三课和第四课 | 12 | 第三单元第五课和第六课 |
@H2 num=none text=3~|~第一单元第五课和第六课 phase=第一单元第五课和第六课;3; | 3 | 第一单元第五课和第六课 | 13 | 第三单元第七课和单元总结 |
@H2 num=none text=4~|~第一单元第七课和单元总结 phase=第一单元第七课和单元总结;4; | 4 | 第一单元第七课和单元总结 | 14 | 第四单元第一课和第二课 |
@H2 num=none text=5~|~第二单元第一课和第二课 phase=第二单元第一课和第二课;5; | 5 | 第二单元第一课和第二课 | 15 | 第四单元第三课和第四课 |
@H2 num=none text=6~|~第二单元第三课和第四课 phase=第二单元第三课和第四课;6; | 6 | 第二单元第三课和第四课 | 16 | 第四单元第五课和第六课 |
@H2 num=none text=7~|~第二单元第五课和第六课 phase=第二单元第五课和第六课;7; | 7 | 第二单元第五课和第六课 | 17 | 第四单元第七课和单元总结 |
@H2 num=none text=8~|~第二单元第七课和单元总结 phase=第二单元第七课和单元总结;8; | 8 | 第二单元第七课和单元总结 | 18 | 期末学业水平检测 |
@H2 num=none text=9~|~期中学业水平检测 phase=期中学业水平检测;9; | 9 | 期中学业水平检测 | 19 |
@H2 num=none text=10~|~第三单元第一课和第二课 phase=第三单元第一课和第二课;10; | | 10 | 第三单元第一课和第二课 | 20 |
""",
    ),
    dict(
        name="fresh132_02_middle_school_theme_month_list",
        source="http://ldzx.jnjy.net.cn/NewShow-1030.aspx",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A middle school's list of theme months (龙都中学, on a Jinan school-network site, 德育管理 section, 2014). "
               "The page shows the title twice (page heading and article heading) around a meta line (发表日期 / 作者 with a "
               "name / 读者); the breadcrumb, the meta line and the repeated title were dropped, one title line kept. "
               "The subtitle '（按学期安排）' is an unlabelled body line (full-width brackets restored).",
               "Each month part is a line 'N月——主题月' followed by one prose paragraph. The month lines are level-1 phases "
               "headings (goals accepted: each names the month's theme); numbering 'none' (the month is not a numbering "
               "token; '——' here is a dash between month and theme, not a '——' list marker). Each is a phase named after "
               "its theme with the month as start_text and no end (a single month is a start).",
               "The store stops inside the 11月 paragraph ('…积极参加体育锻炼，掀'); the rewritten last body line keeps only "
               "what is visible and ends without the cut-off clause."],
        units=[],
        text="""\
@T | 龙都中学主题月安排参考表
（按学期安排）
@H1 sec=phases alt=goals phase=文明礼仪月;9月; | 9月——文明礼仪月
为巩固礼仪教育成果、营造良好校园环境，学校把每年9月定为“文明礼仪月”，通过培训、行为习惯养成、在校一日常规、制定班级公约和常规评比等活动，培养学生的文明习惯，营造崇尚文明、讲究礼仪的校园氛围。
@H1 sec=phases alt=goals phase=爱国主义月;10月; | 10月——爱国主义月
学校是培育爱国主义精神的主阵地，学校把每年10月定为“爱国主义月”，以红歌大合唱、演讲、绘画、书法、手抄报等形式，把爱国主义教育与艺术节结合起来，激发学生爱祖国、爱家乡、爱学校、爱班级的热情。
@H1 sec=phases alt=goals phase=阳光体育月;11月; | 11月——阳光体育月
为推动学生体育活动广泛开展，学校引导全体师生走向操场、走进大自然、走到阳光下参加体育锻炼。
""",
    ),
    dict(
        name="fresh132_03_primary_moral_education_course_month_parts",
        source="https://m.qiqiwenku.com/doc/677312.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A primary school's 德育 (moral-education) course plan from a document-sharing site. The stored text starts in "
               "the middle of a sentence of the 十一月份 part ('观察秋景活动，…'), so the month heading of that part and the "
               "title are not in view: title null.",
               "The site separates paragraphs with the character 'Р'; the text was split into lines at every 'Р' and the "
               "marker itself dropped (empty paragraphs between two 'Р' give no line).",
               "The month parts ('十二月份：艺术活动月。大队德育主题：…', '一月份：成果展示月，大队德育主题：…') sit under a "
               "numbered section that is not in view (the next visible section is '六、课程评价'), so they are level 2 with "
               "level 1 accepted, phases with goals accepted; each is a phase named after its theme month with the month as "
               "start and no end. Their text is set by hand to 'month：theme month' (the second line has no '。' after the "
               "theme).",
               "The grade-band theme lines ('低年级段德育主题：…', '高年级段德育主题：…', '中、高年级段德育主题：…') are "
               "label：body headings one level below the month (level 3, level 2 accepted), kind other (主题) with phases "
               "and goals accepted. The first one belongs to the cut-off 十一月份 part. The '课程建议：…' lines under them are "
               "key-value body lines (not labelled), rewritten and shortened.",
               "'六、课程评价' is level 1 (other, requirements accepted); '1、学生自评、互评。…' is a run-in heading (level 2). "
               "The store stops inside that line ('…对学生'); the rewritten body ends with the visible content.",
               "The responsible units named are the 中队 (Young Pioneer squadrons, '各中队')."],
        units=["各中队"],
        text="""\
组织学生观察秋天的景色，感受人与自然的和谐相处。
@H3 sec=other alt=phases,goals lvlalt=2 | 高年级段德育主题：科技，美化绿色校园。
课程建议：各中队围绕“爱科学月”开展“绿色校园我设计”和环保节能小发明、小制作征集，让保护生态、节约资源、植绿护绿的理念深入人心，激发学生爱校、护校、建校的热情。
@H2 sec=phases alt=goals lvlalt=1 text=十二月份：艺术活动月 phase=艺术活动月;十二月份; | 十二月份：艺术活动月。大队德育主题：素质舞台，体验成长。
@H3 sec=other alt=phases,goals lvlalt=2 | 低年级段德育主题：把我的新本领，展示给爸爸妈妈看。
课程建议：一、二年级结合家长开放日排练节目，用表演和游戏向父母展示在校学到的新本领。
@H3 sec=other alt=phases,goals lvlalt=2 | 中年级段德育主题：呵护纯洁心灵。
课程建议：各中队以多种形式开展心理健康教育，关注学生成长中的心理变化。
@H3 sec=other alt=phases,goals lvlalt=2 | 高年级段德育主题：有法保护，我们不再害怕。
课程建议：各中队围绕小学生自我保护开展活动，学习相关法律知识，在案例中明辨是非、掌握自护本领，并通过表演进行宣传。
@H2 sec=phases alt=goals lvlalt=1 text=一月份：成果展示月 phase=成果展示月;一月份; | 一月份：成果展示月，大队德育主题：学习先进，挑战自我。
@H3 sec=other alt=phases,goals lvlalt=2 | 低年级段德育主题：争当行为规范小标兵。
课程建议：一、二年级评选“读书写字小标兵”“劳动生活小标兵”“文明礼貌小标兵”，以榜样巩固行为规范的学习成果。
@H3 sec=other alt=phases,goals lvlalt=2 | 中、高年级段德育主题：发现“校园文明新事”。
课程建议：各中队通过调查、推荐和投票评选“班级文明新事”“校园文明新事”，推动校内文明风气形成，展示学生的精神面貌。
@H1 sec=other alt=requirements | 六、课程评价
@H2 | 1、学生自评、互评。主要依据学校红领巾监督岗的四项竞赛检查，并结合口头回答、书面答卷和调查等方式，检查学生日常行为规范的落实情况。
""",
    ),
    dict(
        name="fresh132_04_university_thesis_work_stage_table_notice",
        source="https://yutashiye.com/html/column15Article201734ArticleContent_2499.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=False,
        notes=["A university academic-affairs office's notice (教务处, 2016-06-20) issuing its 《毕业论文（设计）工作安排时间进度表》 "
               "to the teaching units. The stored text starts at the addressee '各教学单位：'; the notice title is not in view, "
               "so title is null. It ends with the issuer and date lines (unlabelled), so partial is false.",
               "The table (阶段 | 工作内容 | 计划周期 | 时间节点) is pasted one cell per line, each cell ending in ' |' as the store "
               "has it; empty 时间节点 cells are lines holding only '|', kept. The header cells are not labelled.",
               "The stage cells (准备工作, 动员、选题阶段 … 学位授予名单确定、办理及发放学位证书阶段) are level-1 phases headings "
               "(text set by hand to the cell without ' |'). Each stage is a phase whose dates are its 计划周期 cell, which stands "
               "two lines below the stage cell (after the content cell); the phase is therefore attached to the 计划周期 line. "
               "'11月' is a start with no end; '12月初~第二年1月中旬' keeps '第二年' in end_text. Separators '~' and '-' are both "
               "in the source.",
               "The 时间节点 cells ('6月30日前交…', '12月15日前交论文中期汇报总结') are deadlines, not phases. The stage name "
               "'完成初搞、预答辩阶段' keeps the source's typo (初搞 for 初稿).",
               "Content cells are prose and were rewritten and shortened; the lead-in paragraph too."],
        units=["教务处", "教学单位", "答辩委员会", "校学位委员会"],
        extra_phases=[
            dict(name="准备工作", start_text="6月中旬", end_text="6月底", at="6月中旬~6月底", optional=False),
            dict(name="动员、选题阶段", start_text="8月下旬", end_text="9月中旬", at="8月下旬~9月中旬", optional=False),
            dict(name="开题计划、定题阶段", start_text="9月中旬", end_text="10月底", at="9月中旬~10月底", optional=False),
            dict(name="开始论文撰写或设计及中期汇报阶段", start_text="11月", end_text=None, at="11月 |", optional=False),
            dict(name="完成初搞、预答辩阶段", start_text="12月初", end_text="第二年1月中旬", at="12月初~第二年1月中旬", optional=False),
            dict(name="完成终稿阶段", start_text="1月中旬", end_text="3月初", at="1月中旬-3月初", optional=False),
            dict(name="学术不端行为检测阶段", start_text="3月中旬", end_text="4月中旬", at="3月中旬-4月中旬", optional=False),
            dict(name="正式答辩阶段", start_text="4月下旬", end_text="5月中旬", at="4月下旬-5月中旬", optional=False),
            dict(name="学位授予名单确定、办理及发放学位证书阶段", start_text="5月中旬", end_text="6月中旬", at="5月中旬-6月中旬", optional=False),
        ],
        text="""\
各教学单位：
为合理安排毕业（设计）论文工作的时间，学校制定了《毕业论文（设计）工作安排时间进度表》。请各单位结合实际，参照本表制定下学年的工作安排，确定各环节的时间节点，并报教务处备案。
阶段 |
工作内容 |
计划周期 |
时间节点 |
@H1 sec=phases num=none text=准备工作 | 准备工作 |
选定指导教师，拟定下学年毕业论文（设计）工作时间表。 |
6月中旬~6月底 |
6月30日前交本单位的下学年毕业论文（设计）工作时间表 |
@H1 sec=phases num=none text=动员、选题阶段 | 动员、选题阶段 |
分配指导教师，学生与导师初步沟通。 |
8月下旬~9月中旬 |
|
@H1 sec=phases num=none text=开题计划、定题阶段 | 开题计划、定题阶段 |
学生查找开题文献、确定题目并制定研究计划，经导师审核后下发任务书。 |
9月中旬~10月底 |
|
@H1 sec=phases num=none text=开始论文撰写或设计及中期汇报阶段 | 开始论文撰写或设计及中期汇报阶段 |
导师确定完成进度，判断课题是否可做，必要时重新开题。 |
11月 |
12月15日前交论文中期汇报总结 |
@H1 sec=phases num=none text=完成初搞、预答辩阶段 | 完成初搞、预答辩阶段 |
学生完成初稿，经导师审核推荐预答辩；专家依答辩情况评判成果，必要时重新开题。 |
12月初~第二年1月中旬 |
|
@H1 sec=phases num=none text=完成终稿阶段 | 完成终稿阶段 |
学生按答辩委员会意见修改完善论文，或重新开题。 |
1月中旬-3月初 |
|
@H1 sec=phases num=none text=学术不端行为检测阶段 | 学术不端行为检测阶段 |
对学生论文做结论性检测。 |
3月中旬-4月中旬 |
4月30日前交论文检测报告汇总表 |
@H1 sec=phases num=none text=正式答辩阶段 | 正式答辩阶段 |
答辩委员会评判答辩，进行优秀论文答辩，并抽检盲审论文。 |
4月下旬-5月中旬 |
5月20日前交论文终稿光盘 |
@H1 sec=phases num=none text=学位授予名单确定、办理及发放学位证书阶段 | 学位授予名单确定、办理及发放学位证书阶段 |
教学单位报送推荐名单，校学位委员会审定后办理、发放学位证书。 |
5月中旬-6月中旬 |
6月10日前交学位推荐名单 |
教务处
2016年6月20日
""",
    ),
    dict(
        name="fresh132_05_college_thesis_work_procedure_table_terms_weeks",
        source="https://www.huse.edu.cn/tmyhj/info/1093/2483.htm",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A college department's graduation-thesis work procedure (毕业论文（设计）工作程序, on a college site), a three-column "
               "table 序号 | 工作程序及要求 | 完成日程 pasted one cell per line. No title is in view (the stored text starts at "
               "the header cells): title null. The store stops inside the last requirement of （六）.",
               "Each 序号 cell ('（一） |' … '（六） |') stands on its own line and the step title cell on the next line "
               "('前期准备', '开题报告' …). As with a numbered line broken by the store (corpus_fresh117_02), the numbered line is "
               "labelled (level-1 phases heading, text set by hand to the token) and the title line below it is an unlabelled "
               "continuation. Header cells are not labelled.",
               "The 完成日程 cells wrap over two or three lines in the store ('第四学年第' / '一学期' / '10月份 |'); each was "
               "joined into one line so that the date reads as written ('第四学年第一学期10月份 |'). Each step is a phase named "
               "after its title cell, attached to its date line (the date cell comes after the step's requirement lines). "
               "'第四学年第二学期第1~6周' is split at '~' into start '第四学年第二学期第1' and end '6周'; a month or a single week "
               "is a start with no end. （六）组织答辩 shows no date cell before the page ends: a phase with no dates, on its "
               "numbered line.",
               "The numbered requirements inside a cell ('1、各院（系）…') are items (level 2), rewritten and shortened; the "
               "unnumbered requirement under 开题报告 is body. Full-width brackets （系）（设计）（部） restored.",
               "The units named are the departments' thesis working groups and the examining panels."],
        units=["各院（系）毕业论文（设计）工作领导小组", "各系（部）", "答辩小组", "院（系）领导小组"],
        extra_phases=[
            dict(name="前期准备", start_text="第四学年第一学期10月份", end_text=None, at="第四学年第一学期10月份", optional=False),
            dict(name="确定课题和指导教师，向学生下达任务书", start_text="第四学年第一学期11月份", end_text=None, at="第四学年第一学期11月份", optional=False),
            dict(name="开题报告", start_text="第四学年第一学期12月", end_text=None, at="第四学年第一学期12月", optional=False),
            dict(name="组织毕业论文（设计）撰写和指导工作", start_text="第四学年第二学期第1", end_text="6周", at="第四学年第二学期第1~6周", optional=False),
            dict(name="中期检查", start_text="第四学年第二学期第7周", end_text=None, at="第四学年第二学期第7周", optional=False),
        ],
        text="""\
序号 |
工作程序及要求 |
完成日程 |
@H1 sec=phases text=（一） | （一） |
前期准备
@I2 | 1、各院（系）毕业论文（设计）工作领导小组制定各环节的执行计划和实施细则。
@I2 | 2、各院（系）对学生做思想动员，讲清毕业论文（设计）的目的、要求和规范。 |
第四学年第一学期10月份 |
@H1 sec=phases text=（二） | （二） |
确定课题和指导教师，向学生下达任务书
@I2 | 1、各系（部）确定指导教师、组织选题，经院毕业论文（设计）领导小组审核后向毕业生公布。
@I2 | 2、组织“双向”选择，配备指导教师，确定选题。
@I2 | 3、指导教师填写“毕业论文（设计）任务书”，经院（系）领导小组审查后下达学生，准备开题。 |
第四学年第一学期11月份 |
@H1 sec=phases text=（三） | （三） |
开题报告
指导教师督促学生在实习调研基础上填写“开题报告”，院（系）分组召开开题报告会，严格把关，不合要求的推迟重新开题。 |
第四学年第一学期12月 |
@H1 sec=phases text=（四） | （四） |
组织毕业论文（设计）撰写和指导工作
@I2 | 1、指导教师按《工作条例》履行职责，定期检查学生的进度和质量，及时解答问题并做好记录。 |
第四学年第二学期第1~6周 |
@H1 sec=phases text=（五） | （五） |
中期检查
@I2 | 1、院（系）毕业论文（设计）工作领导小组检查学生执行任务书和指导教师工作的情况。
@I2 | 2、指导教师检查学生执行任务书情况，填写“中期检查表”，对达不到要求的学生提出警告、加强督促。 |
第四学年第二学期第7周 |
@H1 sec=phases text=（六） phase=组织答辩;; | （六） |
组织答辩
@I2 | 1、答辩前审查学生的答辩资格，指导老师和评阅老师审阅论文（设计），做好准备。
@I2 | 2、答辩小组按规定程序逐个组织公开答辩，并做好记录。
@I2 | 3、由院（系）领导小组组织，综合论文（设计）质量、答辩表现及指导教师和评阅教师的意见，对学生毕业论文
""",
    ),
    dict(
        name="fresh132_06_college_literature_thesis_steps_dated_cells",
        source="https://520chan.com/info/1015/2770.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A college of literature's graduation-thesis work plan for the class of 2018 (文学院2018届毕业论文（设计）, dates "
               "2017.10–11). The stored text starts at '一、工作要求'; no title is in view: title null. The page's text replaces "
               "学生 with '员工' throughout (a site artefact), kept as it is.",
               "一、工作要求 (level 1, requirements) holds seven numbered requirements '1.…' '7.…', labelled items (level 2), "
               "rewritten and shortened (figures kept: 3000字, 300字, 250个实词, 12000字, 15%, 8人).",
               "二、工作步骤 (level 1, phases) is a table 阶段 | 时间 | 工作内容 pasted one cell per line with a line holding only "
               "'|' after every cell, kept as the store has it. The header cells ('时 间', '工 作 内 容' with their spaces) are "
               "not labelled.",
               "The stage cells are written vertically (one character per line in the store: 征/题/选/题, 论/文/开/题); each was "
               "joined into one line ('征题选题', '论文开题') and labelled a level-2 phases heading. A stage cell carries no date "
               "of its own (its span is not written), so the stage headings take no phase; each dated row is a phase, named "
               "after the work it describes and attached to its date cell line ('2017.11.3-11.9' → start '2017.11.3', end "
               "'11.9'). The two rows of 论文开题 overlap ('2017.11.16' and '2017.11.9-11.16'), as written.",
               "Date cells and content cells are not labelled; content cells were rewritten and shortened. The store stops "
               "inside the last content cell ('…填写毕业设计申请')."],
        units=["文学院", "文学院2018届毕业论文（设计）工作指导小组", "课程组", "各系"],
        extra_phases=[
            dict(name="成立工作指导小组", start_text="2017.10.24", end_text=None, at="2017.10.24", optional=False),
            dict(name="完成拟题", start_text="2017.11.1", end_text=None, at="2017.11.1", optional=False),
            dict(name="审题", start_text="2017.11.2", end_text=None, at="2017.11.2", optional=False),
            dict(name="选题", start_text="2017.11.3", end_text="11.9", at="2017.11.3-11.9", optional=False),
            dict(name="毕业论文动员会", start_text="2017.11.16", end_text=None, at="2017.11.16", optional=False),
            dict(name="撰写开题报告", start_text="2017.11.9", end_text="11.16", at="2017.11.9-11.16", optional=False),
        ],
        text="""\
@H1 sec=requirements | 一、工作要求
@I2 | 1.论文课题要符合专业培养目标和教学基本要求，联系教学科研或社会实际；题目中宜有限定研究范围、视角、方法或比较对象的关键词。
@I2 | 2.论文按学院“2018届毕业论文文件包”的模板格式写作、排版，文件包可在学院网站“资料下载”栏目获取。
@I2 | 3.文献综述或毕业设计说明不少于3000字，中文摘要约300字，外文摘要约250个实词，毕业论文不少于12000字。
@I2 | 4.恪守学术道德，引用他人成果须标注或列入参考文献；认定抄袭的取消答辩资格。
@I2 | 5.各阶段任务须按时间节点完成，逾期或不合规范者取消评优或答辩资格。
@I2 | 6.成绩分优秀、良好、中等、及格、不及格五等；按15%评选优秀论文并参加争优答辩，优胜者推荐为省级优秀论文；不及格者参加争议答辩，通过后评为及格。
@I2 | 7.每位教师一般指导不超过8人，指导覆盖资料收集、方案设计、调查、数据分析、写作和答辩等环节，并培养员工的社会意识和严谨作风。
@H1 sec=phases | 二、工作步骤
阶段
|
时 间
|
工 作 内 容
|
@H2 num=none | 征题选题
|
2017.10.24
|
成立文学院2018届毕业论文（设计）工作指导小组，制定工作方案。
|
2017.11.1
|
全院教师（含双肩挑教师）完成拟题（教授35题、副教授25题、其他教师20题）。
|
2017.11.2
|
各课程组审题，合格后把题库电子版交到各系。
|
2017.11.3-11.9
|
以班级为单位组织员工选题，确定指导教师。
|
@H2 num=none | 论文开题
|
2017.11.16
|
各系召开毕业论文动员会。
|
2017.11.9-11.16
|
教师指导员工写开题报告（做毕业设计的员工填写毕业设计申请
"""
    ),
    dict(
        name="fresh132_07_university_teaching_practice_week_plan_damaged_dates",
        source="https://jwc.xync.edu.cn/info/1032/2439.htm",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A university academic-affairs notice 关于2015年春季教育实习工作的安排意见 (published 2014-12-25). The breadcrumb "
               "line and the meta line (发布时间 / 点击数) were dropped; the title line is kept; '各院（系）：' is the addressee "
               "(body). The store stops inside requirement （五）.",
               "The store lost characters in every date of the page (年/月/日 separators and the range dash): '2015114日前' "
               "(2015年1月14日前), '从201539日开始，430日结束', '第23周' (第2-3周), '第47周', '第56周', '第8周（428-30日）', "
               "'54日正式上课', '〔201421号'. These damaged forms are kept exactly and copied as they are into the phases.",
               "二、时间安排（附表3 keeps its unclosed bracket. Its three points （一）（二）（三） are dated statements, labelled "
               "items (level 2, phases). （一） names the on-campus training: a phase 校内集训 from '第13周' to '第18周' (the "
               "document number inside its brackets is not a date). （二）'落实实习基地时间为2015114日前' is a deadline, not a phase.",
               "（三） carries the practice period '201539日'–'430日' (an overall period: optional) and four weekly steps named "
               "after their work: 校内准备 '第1周'; 下点并参加教学见习 '第23周'; 教学工作实习、班主任工作实习 '第47周'; 教育调查 "
               "'第56周' (inside the bracket, overlapping the previous step); 返校总结评优 '第8周' (its bracketed dates '428-30日' "
               "are the same week; the week is taken as the start, like the other steps). A damaged week range ('第23周') is a "
               "start with no end. '54日正式上课' is the resumption of classes, not a phase.",
               "三、几点要求 (level 1, requirements) holds statement items （一）–（五）, rewritten and shortened; '从第九周开始安排上课' "
               "inside （四） is a teaching arrangement, not a phase."],
        units=["各院（系）实习工作领导小组", "各院（系）教育实习工作领导小组"],
        extra_phases=[
            dict(name="校内准备", start_text="第1周", end_text=None, at="第1周校内准备", optional=False),
            dict(name="下点并参加教学见习", start_text="第23周", end_text=None, at="第23周下点并参加教学见习", optional=False),
            dict(name="教学工作实习、班主任工作实习", start_text="第47周", end_text=None, at="第47周教学工作实习", optional=False),
            dict(name="教育调查", start_text="第56周", end_text=None, at="第56周同时进行教育调查", optional=False),
            dict(name="返校总结评优", start_text="第8周", end_text=None, at="第8周（428-30日）返校总结评优", optional=False),
            dict(name="教育实习", start_text="201539日", end_text="430日", at="（三）实习时间从201539日开始", optional=True),
        ],
        text="""\
@T | 关于2015年春季教育实习工作的安排意见
各院（系）：
2015年春季全校参加教育实习的学生共2210人（男生463人、女生1748人）。为保证实习顺利进行，现将实习工作安排如下：
@H1 sec=responsibilities | 一、组织领导
各院（系）实习工作领导小组要总结以往经验，研究本次实习的新情况、新任务，做好宣传动员，选派经验丰富、责任心强的教师担任带队教师。
@H1 sec=phases | 二、时间安排（附表3
@I2 phase=校内集训;第13周;第18周 | （一）校内集训已从本学期第13周开始第18周结束，总时间为6周（《关于对2012级师范类本科学生进行校内集训的通知》（实践〔201421号））。
@I2 | （二）落实实习基地时间为2015114日前，务必按时报送。
@I2 | （三）实习时间从201539日开始，430日结束，总时间为8周，其中，第1周校内准备；第23周下点并参加教学见习；第47周教学工作实习、班主任工作实习（其中第56周同时进行教育调查）；第8周（428-30日）返校总结评优。54日正式上课。
@H1 sec=requirements | 三、几点要求
@I2 | （一）各院（系）教育实习工作领导小组要制定完整的实习安排；
@I2 | （二）实习前各院（系）要召开动员会，讲清实习的意义、纪律和要求；带队教师为每个实习点指定正、副组长各一名，协调实习事务；
@I2 | （三）各院（系）要选派能力强、教学经验丰富的教师带队，并按学校《教育实习指导手册》开展工作；
@I2 | （四）承担带队任务的教师，下学期的其他课程从第九周开始安排；
@I2 | （五）实习期间，各院（系）领导要到实习点检查，了解情况，及时解决实习中出
""",
    ),
    dict(
        name="fresh132_08_college_midterm_inspection_week_stages_notice",
        source="http://jwc.cxxy.seu.edu.cn/2020/1114/c543a34613/page.htm",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A college teaching department's notice on the mid-term teaching inspection of the 2010—2011学年度第二学期 "
               "(the dates given are 11月8日—12月3日, as written). The stored text starts at the addressee '各系（部）：'; no title "
               "is in view: title null. The source's doubled '是是' in the lead-in disappears in the rewritten lead-in.",
               "一、时间安排 holds one schedule sentence, kept as written ('第8周至第11 周' with its space): the whole inspection "
               "'11月8日'–'12月3日' is an overall period (optional; its week span '第8周至第11 周' is the same period), and the "
               "two stages are phases: 自查阶段 '第8周'–'第9周', 总结、交流和整改阶段 '第10周'–'第11周'. The sentence is a body "
               "line (not labelled); the phases sit on it.",
               "二、检查内容 (goals, other accepted) has three short numbered titles '1.教师教学情况' … (level-2 headings) each "
               "followed by a '包括…' body line, rewritten. 三、检查方式 (measures, requirements accepted) holds two numbered "
               "statements ('1.' then '2、', as in the source), labelled items. 四、检查总结与反馈 (requirements, other accepted); "
               "'12月3日前' there is a deadline, not a phase. The store stops at '…交教学'."],
        units=["各系（部）", "教学部"],
        extra_phases=[
            dict(name="自查阶段", start_text="第8周", end_text="第9周", at="本学期期中教学检查将于", optional=False),
            dict(name="总结、交流和整改阶段", start_text="第10周", end_text="第11周", at="本学期期中教学检查将于", optional=False),
            dict(name="期中教学检查", start_text="11月8日", end_text="12月3日", at="本学期期中教学检查将于", optional=True),
        ],
        text="""\
各系（部）：
期中教学检查是学院教学质量监控体系的重要一环。学院近期将开展2010—2011学年度第二学期期中教学检查，有关事项通知如下：
@H1 sec=phases | 一、时间安排
本学期期中教学检查将于第8周至第11 周（11月8日—12月3日）进行，其中第8周至第9周为各系（部）自查阶段，第10周至第11周为各单位总结、交流和整改阶段。
@H1 sec=goals alt=other | 二、检查内容
@H2 | 1.教师教学情况
检查任课教师各项日常教学环节（教学大纲、教学日历、备课笔记、讲课、作业、答疑、实验、课程设计等）的运行，以及教学纪律、教学态度和教学效果。
@H2 | 2.学生学风情况
检查学生的学习态度和状态、课堂纪律、班级学风和课后自习，重点统计迟到、早退、缺席以及听课、作业和早晚自习情况。
@H2 | 3.教学管理情况
检查院、系两级教学运行各环节的落实、教学过程管理、教学文件归档、学习预警和教学管理人员的工作。
@H1 sec=measures alt=requirements | 三、检查方式
@I2 | 1.检查以各单位自查为主，由各单位党政负责人共同负责、组织实施。
@I2 | 2、各单位通过师生座谈会、任课教师与辅导员联席会、问卷和听课等方式了解教学状况及意见建议，做好记录存档，听课记录表由系（部）教务秘书交教学部存档。
@H1 sec=requirements alt=other | 四、检查总结与反馈
各系（部）要写出书面总结，包括教学基本情况、统计数据、检查中发现的优秀教师和班集体、可借鉴的经验、存在的问题及改进措施。12月3日前，各系（部）把听课表和期中教学检查总结交教学
""",
    ),
]
