# -*- coding: utf-8 -*-
"""The fifty-second held-out fresh set: WORD FILES (python-docx) of schemes (实施方案 / 工作方案),
activity plans (活动方案 / 策划书) and a work plan (工作计划书) whose steps or schedules give phases,
saved the way writers really save them: built-in heading styles, WPS-style heading styles, bold /
黑体 / 楷体 direct formatting on 正文 paragraphs, automatic numbering (outline numbering in the
heading styles and lists on plain paragraphs), and Word tables for the steps, the schedule and a
任务分工表.  Found as stored public web pages with the `search` tool's `pages` corpus (query log in
notes_queries.txt); none of the source pages is a source of any label file or used-sources list
checked (see /work/fresh52/used_sources.tsv and the README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets: only the part of the page the store returned is represented;
heading, title, table-label and schedule lines keep the source's numbering and wording; body
paragraphs are rewritten in our own words and shortened; dates, figures, unit names, document
numbers, slogans and masks are kept; personal names dropped.  Each entry's `docx` dict says how
its Word file is made (read by make_docx.py).  A table row is one .txt line, its non-empty cells
joined by U+3000.
"""
I = "\u3000"

FRESH52_DOCS = [
    dict(
        name="fresh52_01_city_award_cleanup_scheme_steps_table",
        source="http://www.fymate.net/html/text/lar/169880/16988088_2.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="headings", tables=[dict(first="阶段" + I, rows=4)], blank_after=[1]),
        notes=["Word file: the section heading is in the built-in style Heading 1 (标题 1) with its number "
               "typed; the steps the page shows are a Word table (阶段 / 时间 / 主要工作, a header row and "
               "three step rows: the writer's Word rendering of the page's run-in step lines "
               "'动员部署阶段(2007年3月中旬):…'). Each table row is one .txt line.",
               "Page 2 of a city's scheme for clearing up appraisal, standard-reaching and commendation "
               "activities (清理规范评比达标表彰): the visible part starts at 四、 and shows three of the four "
               "announced steps; the page ends inside the third step ('…限期整改'), so 建章立制 is named only in "
               "the lead-in and is not a phase. No title line is visible.",
               "Phases are the three step rows (line = the row's line), required. '2007年4-5月' is labelled "
               "start '2007年4', end '5月' (both as written). The deadline '2007年3月28日前' inside the second "
               "row is not a phase."],
        units=["市清理工作联席会议办公室", "市联席会议办公室"],
        extra_phases=[
            dict(name="动员部署阶段", start_text="2007年3月中旬", end_text=None, at="动员部署阶段" + I, optional=False),
            dict(name="自查自纠阶段", start_text="2007年3月下旬", end_text=None, at="自查自纠阶段" + I, optional=False),
            dict(name="上报审核阶段", start_text="2007年4", end_text="5月", at="上报审核阶段" + I, optional=False),
        ],
        text="""\
@H1 sec=phases | 四、清理工作的实施步骤与时间安排
清理工作按动员部署、自查自纠、上报审核、建章立制四个阶段推进。
阶段　时间　主要工作
动员部署阶段　2007年3月中旬　召开市联席会议全体成员第一次会议，商定近期任务；各地各部门学习有关文件、统一认识，制定本地本单位的具体实施方案，成立清理组织机构，明确责任部门和责任人，并把方案、机构和办公室成员名单报市清理工作联席会议办公室；通过新闻媒体宣传清理工作的意义，设立并公开举报电话。
自查自纠阶段　2007年3月下旬　召开全市清理工作政策培训会，开展调查摸底；各地各部门用登记表、双向核查等办法全面收集评比达标表彰活动情况，逐项登记核对名称、依据、周期和是否收费；各市（区）、市直各部门于2007年3月28日前填好附件表格并附文字说明，报市联席会议办公室，未上报的项目一律列入撤销范围；对每个项目提出拟撤销或保留的意见及依据。
上报审核阶段　2007年4-5月　市联席会议办公室按政策规定对拟保留项目进行初审，提出处理意见报联席会议审核；同时通过问卷调查、座谈会、派出检查组等形式，检查重点地区和重点部门的清理情况，督促有关地方和部门限期整改
""",
    ),
    dict(
        name="fresh52_02_school_leifeng_month_weekly_plan",
        source="https://www.xiaomilidoc.com/p-13357840.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct"),
        notes=["Word file: no heading styles at all. The 一、 lines are 正文 paragraphs with a bold 黑体 run, the "
               "weekly lines 第一周/第二周 bold 楷体_GB2312 runs, the （1） items plain 正文 with typed numbers.",
               "A school's 学雷锋月 activity plan for March 2024 from a document-sharing page (one run-together "
               "block, split into lines at its headings and items). No title line is visible.",
               "The page's PDF spaces inside dates were removed ('2024 年 3 月' -> '2024年3月', '3 月 3 日' -> "
               "'3月3日'). The page's displaced quote marks '“”' before 宣传发动 / 实施阶段 are kept in the weekly "
               "headings; the damaged item marker '（1——）' (the dash moved from '实施——班级' into the bracket) "
               "is kept and its line left unlabelled (no regular numbering token). The page ends at '(3)做', "
               "which was dropped.",
               "四、活动内容 is organised by weeks: the two weekly run-in headings are phases (required; end "
               "'11日' / '17日' as written, without the month). 二、活动时间 is an optional overall period. Dates "
               "inside items ('（3月7日）', '（3月11日进行评比）') are event dates, not phases.",
               "Heading texts of the weekly lines are set by hand (the colon rule would cut them to '第一周')."],
        units=["学校团委"],
        extra_phases=[dict(name="活动时间", start_text="2024年3月", end_text=None, at="二、活动时间")],
        text="""\
@H1 sec=other | 一、活动主题：弘扬雷锋精神做文明学生
@H1 sec=phases alt=other | 二、活动时间：2024年3月
@H1 sec=goals alt=guidance | 三、活动目的
本次活动意在弘扬雷锋无私奉献的精神，展示当代大学生朝气蓬勃、健康向上的风貌，推动学校精神文明建设，也让团总支成员在为同学服务中吃苦耐劳，为大家营造良好的学习环境。
@H1 sec=goals alt=phases,measures | 四、活动内容
三月是传统的学雷锋月，又有3月8日国际劳动妇女节、3月12日中国植树节、3月15日消费者权益日和月末的全国安全教育周等纪念日。为此建议各班在三月的四周内策划开展以下活动，请各辅导员认真组织。
@H2 sec=phases phase=宣传发动;3月3日;11日 text=第一周：（3月3日至11日）“”宣传发动，春天，与雷锋相约在一起 | 第一周：（3月3日至11日）“”宣传发动，春天，与雷锋相约在一起。
@I3 | （1）以学校团委为主营造氛围：通过黑板报、倡议书、广播站、海报条幅等发动团员重读雷锋日记、讲演雷锋故事，并指导团员开展“雷锋来到我们中间”活动。
@I3 | （2）针对“学雷锋月”开展主题班会：（3月7日）各班由班主任组织主题班会，讨论雷锋精神、雷锋故事以及今天怎样学雷锋，让同学们认识到雷锋精神就在身边。
@I3 | （3）以班级为主，辐射浓厚气氛：各班出一期学雷锋板报，主题鲜明、贴近班级实际，宣传班上最有代表性的好人好事，由宣传委员负责。（3月11日进行评比）
@H2 sec=phases phase=实施阶段;3月12日;17日 text=第二周：（3月12日至17日）“”实施阶段，学雷锋从我做起，从小事做起 | 第二周：（3月12日至17日）“”实施阶段，学雷锋从我做起，从小事做起。
（1——）班级自主管理方案的实施班级卫生角管理；
@I3 | （2）校内做好事可写成简短的书面材料及时上交，校外做好事应附证明信或感谢信。
""",
    ),
    dict(
        name="fresh52_03_college_living_leifeng_search_activity",
        source="http://www.kt250.com/fanwen/xyhdcehuashu/419987.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", lists={"1、": 2, "（1）": 3}, blank_after=[1]),
        notes=["Word file: 一、 headings in the built-in style Heading 1 (标题 1) with the number typed as the page "
               "has it, including the space after '一、 '; the 1、 lines and the （1） items are AUTOMATICALLY "
               "numbered plain paragraphs (two decimal lists, 1、 restarting under 三、), so their numbers come "
               "only from numbering.xml and show without the page's space ('1、 发掘…' -> '1、发掘…').",
               "A college department's propaganda section's plan (策划书) for choosing the students' 'living Lei "
               "Feng' during Lei Feng month; the site's breadcrumb and date line were dropped.",
               "Phases: the two periods under 1、活动时间 — 征集时间 on the heading line and 展出时间 on the next body "
               "line (the page indents it under the first) — both required. The heading text of '1、活动时间：征集"
               "时间：…' is set by hand to '1、活动时间'. The period repeated inside item （1） is a deadline "
               "sentence, not a phase.",
               "The page ends inside item （7） ('…的同学除'), which was dropped."],
        units=["团宣部", "学宣部"],
        extra_phases=[dict(name="展出", start_text="3月21日", end_text="3月25日", at="展出时间：", optional=False)],
        text="""\
@T | “寻找身边的活雷锋”主题活动策划书
@H1 sec=background alt=guidance | 一、 活动前言：
XX年是雷锋同志逝世五十三周年，全国上下都在开展雷锋月活动。为进一步增强同学们爱国、全心全意为人民服务和默默奉献的精神，我们以“寻找身边的活雷锋”为主题，在全院学生中推选“活雷锋”，面向全院征集最乐于助人的同学，让大家以高昂的热情参与雷锋月活动。
@H1 sec=goals alt=guidance | 二、 活动宗旨：
@I2 | 1、发掘身边好人好事，宣传雷锋精神；
@I2 | 2、培养广大学生助人为乐的精神，营造良好的校园氛围；
@I2 | 3、鼓励广大学生学雷锋做好事，增强同学的爱国意识。
@H1 sec=goals alt=phases,measures | 三、 活动内容：
@H2 sec=phases alt=other phase=征集;3月11日;3月17日 text=1、活动时间 | 1、活动时间：征集时间：3月11日——3月17日
展出时间：3月21日——3月25日
@H2 sec=other alt=measures | 2、活动细则策划：
@I3 | （1）3月11日——3月17日期间，各班团支书于17日下午3点前把本班推选的候选人交到团宣部。
@I3 | （2）每班只推选一位候选人，须品学兼优、平时乐于助人，对班集体乃至学院有突出贡献。
@I3 | （3）各团支部可结合班级特色，用手工或电脑制作16开大小的个人简介，附照片、个人信息和事迹。
@I3 | （4）团宣部在学宣部协助下，把候选人事迹贴在院办展板上公示。
@I3 | （5）全院师生了解候选人事迹后投票，产生“活雷锋”的最终人选。（注：投票中，同学不得给本班候选人进行投票）
@I3 | （6）投票须本着公平、公正、严谨的态度，选出最真实、最可爱的“活雷锋”。
""",
    ),
    dict(
        name="fresh52_04_civility_lecture_work_plan",
        source="https://360docs.net/doc/0229270497.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "1.": 2}, lists={"1.": 2},
                  list_roles={"1.": "item"}, tables=[dict(first="阶段" + I, rows=3)], blank_after=[1]),
        notes=["Word file: OUTLINE NUMBERING in the heading styles — 一、 headings are Heading 1 and the 1. "
               "headings under 三、 Heading 2, numbered from numbering.xml through the styles (the numPr is in "
               "the style, not in the paragraph; 1. restarts under each 一、); the 1. goals under 二、 are a "
               "separate automatic decimal list on plain paragraphs. 四、工作安排 is a Word table (阶段 / 时间 / "
               "主要工作; header row and two step rows).",
               "A 文明宣讲工作计划书 from a document-sharing page whose title carries the site word '模板' "
               "('文明宣讲工作计划书模板'); the title line keeps the document's own name '文明宣讲工作计划书' (the "
               "text itself says '特制定本文明宣讲工作计划书'). The site's download notes were dropped; the page's "
               "'- ' bullet lines under each 1. heading became plain body paragraphs (rewritten), and the "
               "page's space after '1. ' is not shown (automatic numbers).",
               "Phases: the two step rows of the table (the page's '1. 宣传发动阶段(第1-2周)' and '2. 组织实施阶段"
               "(第3-12周)'), required; week ranges labelled start '第1' / end '2周' and start '第3' / end "
               "'12周' (as written). The page ends inside the second step ('…等时间节点，开'). No unit is named.",
               "二、工作目标's three 1. lines are goal statements (items); 三、工作内容's four 1. lines are short "
               "topic headings over body paragraphs (headings, level 2)."],
        units=[],
        extra_phases=[
            dict(name="宣传发动阶段", start_text="第1", end_text="2周", at="宣传发动阶段" + I, optional=False),
            dict(name="组织实施阶段", start_text="第3", end_text="12周", at="组织实施阶段" + I, optional=False),
        ],
        text="""\
@T | 文明宣讲工作计划书
@H1 sec=background alt=guidance | 一、前言
为深入贯彻党的二十大精神，弘扬社会主义核心价值观，提升全民文明素质，营造和谐文明的社会氛围，特制定本文明宣讲工作计划书。
@H1 sec=goals | 二、工作目标
@I2 | 1.提高全民文明意识，增强社会责任感。
@I2 | 2.推动文明实践活动常态化、制度化。
@I2 | 3.营造全社会共同参与文明建设的良好氛围。
@H1 sec=goals alt=measures | 三、工作内容
@H2 | 1.宣讲主题
以“文明城市建设”为主题，围绕市民文明素质、社会文明风尚以及文明交通、文明旅游、文明餐桌、文明网络等方面开展宣讲。
@H2 | 2.宣讲对象
面向广大市民和企事业单位、学校、社区。
@H2 | 3.宣讲形式
采用讲座、研讨会、座谈会、培训班、现场咨询、文艺演出、志愿服务等多种形式。
@H2 | 4.宣讲内容
宣传党的路线方针政策和文明建设的最新要求，介绍文明城市创建标准、文明行为规范和礼仪知识。
剖析当前文明建设中的问题和不足并提出改进办法，分享文明创建的成功案例和经验。
@H1 sec=phases | 四、工作安排
阶段　时间　主要工作
宣传发动阶段　第1-2周　制定宣讲方案，明确宣讲主题、对象、形式和内容；通过新闻媒体、网络平台、社区公告等渠道广泛宣传。
组织实施阶段　第3-12周　每周至少开展一次宣讲，每月至少举办一次大型宣讲；邀请专家学者、道德模范、优秀志愿者担任宣讲员；结合重大节日、纪念日等时间节点，开
""",
    ),
    dict(
        name="fresh52_05_town_civilised_city_task_division_table",
        source="https://gwydvip.com/article/7471.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct_kaiti", tables=[dict(first="序号" + I, rows=5, cells=[
            ["序号", "任务", "工作内容", "责任单位", "责任人"],
            ["1", "整治镇容镇貌", "镇区主要路道落实门前“三包”，沿街商铺入户经营；全面摸排集镇临街商铺，建立管理台账，与商户住户签订《门前三包责任书》，落实“门前三包、门内达标”责任制，划定卫生责任区，督促商户入店经营、随脏随扫、全天保洁。严禁", "", ""],
            ["2", "整治环境卫生", "生活垃圾定点投放，垃圾房、箱（桶）完好整洁，每天清扫2次、清运2次，达到无垃圾外泄、无露天垃圾、无过夜垃圾“三无标准”。", "拆违控违办、各村、社区", "xx"],
            ["3", None, "河塘有效治理，集中清理水面、河滩地、水沟、水渠等处的垃圾和水面漂浮物，严厉打击向河道乱排污水、乱倒垃圾的行为，达到“河面无", "", ""],
            ["4", "突出重点、亮点，彰显创建特色", "打造文明示范街，凸", "", ""]])],
                  blank_after=[1]),
        notes=["Word file: no heading styles; 一、 lines are 正文 paragraphs with a bold 黑体 run. The tasks of "
               "三、主要任务 are a Word 任务分工表 (序号 / 任务 / 工作内容 / 责任单位 / 责任人, one header row, four "
               "task rows, the 任务 cell of rows 2-3 merged vertically): the writer's Word rendering of the "
               "page's '（一）整治镇容镇貌 / 1、…（责任单位：…；责任人；xx）' lines. Table rows are not labelled; the "
               "page's （一）（二）（四） task titles are table cells here.",
               "A town's (name masked 'xx镇') 2021 work scheme for the national civilised-city campaign from a "
               "paid-document site: the site's price line and '(仅供学习参考,切勿通篇使用)' were dropped; the "
               "paywall marks '…………' after cut paragraphs were dropped (a Word file would not carry them). "
               "二、 and （三） are hidden on the page; 一、's body and three task cells end where the page cuts "
               "them ('…重要讲话精', '严禁', '“河面无', '凸'). Empty 责任单位 / 责任人 cells are cut on the page.",
               "Masks kept: 'xx镇', 'xx区', '**思想', '**视察xx', 责任人 'xx'. No phases: the scheme's "
               "visible part names no step or period other than the 2021—2023 campaign cycle in the lead-in "
               "(context, not a phase)."],
        units=["拆违控违办", "各村、社区"],
        text="""\
@T | xx镇2021年创建全国文明城市工作方案
公共文明是衡量城市文明的重要标尺。2021年是第七届全国文明城市（2021—2023年）创建周期的第一年，我镇依据《xx区2021年创建全国文明城市工作方案》，明确创建目标、压实工作责任，打造生态宜居、乡风文明的“醉美xx镇”，结合实际制定本工作方案。
@H1 sec=guidance | 一、指导思想
以**思想为指导，深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神，深入落实**视察xx重要讲话精
@H1 sec=goals alt=measures | 三、主要任务
加快集镇基础设施建设，改善宜居宜业环境，加强文明城市创建宣传，增强公众文明意识，提升创建水平，助力xx镇全国文明城市创建。
序号　任务　工作内容　责任单位　责任人
1　整治镇容镇貌　镇区主要路道落实门前“三包”，沿街商铺入户经营；全面摸排集镇临街商铺，建立管理台账，与商户住户签订《门前三包责任书》，落实“门前三包、门内达标”责任制，划定卫生责任区，督促商户入店经营、随脏随扫、全天保洁。严禁
2　整治环境卫生　生活垃圾定点投放，垃圾房、箱（桶）完好整洁，每天清扫2次、清运2次，达到无垃圾外泄、无露天垃圾、无过夜垃圾“三无标准”。　拆违控违办、各村、社区　xx
3　河塘有效治理，集中清理水面、河滩地、水沟、水渠等处的垃圾和水面漂浮物，严厉打击向河道乱排污水、乱倒垃圾的行为，达到“河面无
4　突出重点、亮点，彰显创建特色　打造文明示范街，凸
""",
    ),
    dict(
        name="fresh52_06_city_patriotic_health_month_scheme",
        source="https://www.fanwenq.com/UserLookArticle.asp?ArticleID=ad475bfe7aea2050",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        docx=dict(style="wps", blank_after=[1]),
        notes=["Word file: headings in WPS-style heading styles (styleId '2' / '3', names 'heading 1' / "
               "'heading 2', shown as 标题 1 / 标题 2 in a Chinese UI), numbers typed; the run-in （一） line is "
               "in 'heading 2' as a whole paragraph.",
               "A city's (not named) 2023 patriotic health month scheme from a sample site whose stored text "
               "runs the headings and bodies together ('一、活动时间2023年4月二、活动主题宜居靓家园…'): split "
               "into heading and value lines. The site's date line, download and member links were dropped.",
               "二、活动主题's value line is the slogan '宜居靓家园，健康新生活。' (kept). 一、活动时间 gives one "
               "overall month, an optional phase. The document number '桂爱卫办〔2023〕4号' is kept. The page "
               "ends inside （一） ('…加强宣传引导和典'). Superior bodies issuing the notice are not units; the "
               "writer is not named."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2023年4月", end_text=None, at="2023年4月")],
        text="""\
@T | 2023年第35个爱国卫生月活动实施方案
今年4月是第35个爱国卫生月。为落实关于爱国卫生运动的要求，根据自治区爱卫办、自治区文明办、健康广西推进办公室《关于在全区开展第35个爱国卫生月活动的通知》（桂爱卫办〔2023〕4号），有针对性地开展爱国卫生运动，推动形成文明健康、绿色环保的生活方式，结合我市实际，制定本方案。
@H1 sec=phases alt=other | 一、活动时间
2023年4月
@H1 sec=other | 二、活动主题
宜居靓家园，健康新生活。
@H1 sec=goals alt=measures | 三、活动内容
各级各部门单位要围绕主题认真谋划，制定切实可行的活动方案，精心组织开展第35个爱国卫生月系列活动。
@H2 | （一）宣传先进典型，弘扬爱卫新风尚。各级各部门要因地制宜建设爱国卫生宣教阵地；深入挖掘国家卫生城市和自治区文明城市创建中的先进事迹和典型案例，借助报纸、电视台、网站、微信公众号、宣传海报等载体，加强宣传引导和典
""",
    ),
    dict(
        name="fresh52_07_school_may_fourth_activity_schedule_table",
        source="https://www.unjs.com/huodongfangan/202109/4197515.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="listhead", lists={"一、": 1}, tables=[dict(first="序号" + I, rows=5, cells=[
            ["序号", "活动项目", "时间", "要求"],
            ["1", "以“永恒五四，青春中国”为主题的诗歌散文征文大赛", "**年4月13日至4月30日", "思想健康、切合主题，体裁为诗歌、散文；每班推荐5篇交校团委；字迹工整、书面整洁；设一、二、三等奖各一名。"],
            ["2", "“回顾五四运动，激发爱国情怀”主题板报比赛", "**年4月30日评比", "主题鲜明、内容健康丰富；设计新颖、布局合理；字迹清晰、书写工整；在各班教室墙报展出；设一、二、三等奖各一名。"],
            ["3", "各团支部开展一次纪念五四运动90周年主题团日活动", "", "让团员青年度过一个青春健康、积极向上的节日。"],
            ["4", "发展一批优秀青年加入共青团组织", "", ""]])]),
        notes=["Word file: the 一、 headings are AUTOMATICALLY numbered plain paragraphs (one Chinese-numbered "
               "list continued over the whole document, numFmt chineseCounting, lvlText '%1、') with bold 黑体 "
               "direct formatting, no heading style; the 1、 run-in heading under 四、 is typed. 三、活动安排 is a "
               "Word table (序号 / 活动项目 / 时间 / 要求; header row and four activity rows): the writer's Word "
               "rendering of the page's items '1、举办…征文大赛 / ①征文时间：… / ②征文要求：… / ③奖励设置：…'.",
               "First sample ('五四活动方案 篇1') of a collection page of a school's May Fourth activity plans; "
               "the collection title and blurb were dropped. No title line of its own. The masks '**周年', "
               "'**年' are kept (the page masks the year and one anniversary but keeps '90周年').",
               "Phases: the two dated activity rows of the schedule table (征文大赛 '**年4月13日'–'4月30日'; 板报"
               "比赛 评比 '**年4月30日'), required; the two undated rows (团日活动, 发展团员) are activities without "
               "a time and are not phases. 二、活动时间 is an optional overall period.",
               "The page ends inside 四、's first point ('…全面了解新中国')."],
        units=["校团委", "各团支部"],
        extra_phases=[
            dict(name="活动时间", start_text="**年4月", end_text="5月", at="二、活动时间"),
            dict(name="征文大赛", start_text="**年4月13日", end_text="4月30日", at="1" + I, optional=False),
            dict(name="板报比赛", start_text="**年4月30日", end_text=None, at="2" + I, optional=False),
        ],
        text="""\
今年是中国共青团成立**周年、五四爱国青年运动90周年。为引导广大团员青年继承共青团的光荣传统，弘扬“爱国、进步、民主、科学”的五四精神，展示我校学生锐意进取、奋发有为的风貌，根据学院要求，决定开展系列纪念活动，现将有关事宜通知如下：
@H1 sec=other alt=guidance | 一、活动主题：传承五四精神，展示青春风采，实现科学发展。
@H1 sec=phases alt=other | 二、活动时间：**年4月——5月
@H1 sec=phases alt=goals,measures | 三、活动安排
序号　活动项目　时间　要求
1　以“永恒五四，青春中国”为主题的诗歌散文征文大赛　**年4月13日至4月30日　思想健康、切合主题，体裁为诗歌、散文；每班推荐5篇交校团委；字迹工整、书面整洁；设一、二、三等奖各一名。
2　“回顾五四运动，激发爱国情怀”主题板报比赛　**年4月30日评比　主题鲜明、内容健康丰富；设计新颖、布局合理；字迹清晰、书写工整；在各班教室墙报展出；设一、二、三等奖各一名。
3　各团支部开展一次纪念五四运动90周年主题团日活动　让团员青年度过一个青春健康、积极向上的节日。
4　发展一批优秀青年加入共青团组织
@H1 sec=requirements | 四、活动要求
@H2 | 1、明确目标，精心组织。各级团组织要集中力量和资源，以五四运动**周年为契机，引导团员青年传承五四精神，全面了解新中国
""",
    ),
    dict(
        name="fresh52_08_college_world_smile_day_activity",
        source="https://010zaixian.com/gongwen/huiyifangan/3185399.htm",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="wps", lists={"（1）": 3}, blank_after=[1]),
        notes=["Word file: WPS-style heading styles ('heading 1' styleId '2' for 前言 and the 一、 headings, "
               "'heading 2' styleId '3' for the 1、 stages), numbers typed as the page has them (spaces after "
               "'三、 ', '四、 ', '五、 ' kept); the （1） items are AUTOMATICALLY numbered plain paragraphs "
               "(decimal '（%1）', a new list under each heading, so the page's space in '(3) 外联部' is gone).",
               "A college school's League committee and student union plan for World Smile Day (5月8日). The "
               "title is repeated on the page (site heading + document title): kept once.",
               "Phases: the three stages of 五、活动流程 (前期准备 / 活动阶段 / 活动结束) — only the second is "
               "dated, by its next body line '于5月8日在生活桥进行宣传' (start '5月8日'); the others have null "
               "dates. 三、活动时间's value line is an optional overall period ('20XX年5月8日上午8:00' – '18:00'). "
               "The deadlines '5月5日之前', '5月7日之前' inside preparation items and the clock times of the "
               "day's items are not phases.",
               "主办单位：… / 协办单位：… under 二、 are key-value body lines. The page ends inside 3、's first "
               "item ('…制作海报展板祝贺')."],
        units=["植物保护学院团委学生会", "植物保护学院青年志愿者协会", "秘书处", "宣传部", "外联部", "理事团"],
        extra_phases=[dict(name="活动时间", start_text="20XX年5月8日上午8:00", end_text="18:00",
                           at="20XX年5月8日上午8:00")],
        text="""\
@T | 世界微笑日主题活动方案
@H1 sec=background alt=guidance | 前言：
自1948年设立这个节日起，每年的5月8日都变得温馨起来。微笑是最美的语言，人人笑容洋溢、少些纷争与烦恼，心灵得到净化，社会更加祥和，校园也更加和谐。
@H1 sec=goals alt=guidance | 一、活动意义及目的：
@I2 | （1）20XX年5月8日是第XX个世界微笑日，借此活动让农大学生更好地了解世界微笑日。
@I2 | （2）用微笑鼓舞同学们的信心，让大家更热爱生活，快乐地学习和生活。
@I2 | （3）希望同学们用微笑化解冷漠，使校园更加温馨、和谐。
@I2 | （4）让农大学生更加了解青年志愿者协会。
@H1 sec=responsibilities | 二、主办单位
主办单位：植物保护学院团委学生会
协办单位：植物保护学院青年志愿者协会
@H1 sec=phases alt=other | 三、 活动时间：
20XX年5月8日上午8:00――18:00
@H1 sec=other | 四、 参与对象：
南校区全体学生
@H1 sec=phases | 五、 活动流程：
@H2 phase=活动前期准备工作;; | 1、活动前期准备工作：
@I3 | （1）秘书处在5月5日之前准备好宣传词，内容紧扣世界微笑日，有号召力。
@I3 | （2）宣传部于5月7日之前准备好宣传海报（3张）和展板（1块）：海报介绍5月8日的活动安排，展板突出活动主题、内容和目的。
@I3 | （3）外联部于5月5日之前购齐活动用品（50个气球、白纸4张等）。
@I3 | （4）理事团负责联络有关负责人，借相机一部，申请标签，借活动用的两张桌子、两把椅子等设备。
@I3 | （5）秘书处排好5月8日生活桥值班人员名单。
@H2 phase=活动阶段工作;5月8日; | 2、活动阶段工作：
于5月8日在生活桥进行宣传。
@I3 | （1）8:00在生活桥上摆好桌椅、展板。
@I3 | （2）值班人员向路过的同学宣传、为他们拍照，并送每人一个气球。
@I3 | （3）活动持续到下午6:00，由理事团收好桌椅并及时归还。
@H2 phase=活动结束工作;; | 3、活动结束工作：
@I3 | （1）宣传部制作海报展板祝贺
""",
    ),
    dict(
        name="fresh52_09_town_rural_sanitation_work_plan",
        source="http://www.010zaixian.com/gongwen/gongzuojihua/418269_2.htm",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="direct", lists={"1、": 2}, bold_runin=True),
        notes=["Word file: no heading styles. The 一、 headings are 正文 paragraphs with a bold 黑体 run and the "
               "number typed with the page's space ('一、 广泛宣传发动'); the 1、 run-in headings are an AUTOMATIC "
               "decimal list on plain paragraphs (number from numbering.xml) whose heading sentence "
               "('加强组织领导。') is a bold run and whose body follows in the same paragraph, unbolded.",
               "Page 2 of a site article '环卫工作计划(2)': a town's (夹山镇) plan for its rural environmental "
               "sanitation campaign. The page starts at 一、; the site's article title is not the document's "
               "own and was dropped, so title is null.",
               "一、 / 二、 are the plan's task areas (goals, measures accepted). Under 二、强化行政措施 the run-in "
               "headings 1、加强组织领导 (the leading group) and 2、明确部门职责 (the division of duties) are "
               "labelled responsibilities (goals, measures accepted). The meeting date '3月初' inside 一、's "
               "body is an event date, not a phase: the visible part has no step or schedule section.",
               "The page ends inside 2、 ('…提供建设')."],
        units=["镇政府", "镇农村环境卫生集中整治行动领导小组", "镇城建站", "镇整治领导小组办公室", "镇文广站",
               "农技站", "镇卫生院（爱卫办）", "城建站"],
        text="""\
@H1 sec=goals alt=measures | 一、 广泛宣传发动
构建宣传网络，层层召开动员大会：镇政府计划在3月初召开全镇农村环境卫生整洁行动动员大会，各村（居）随后召开动员大会传达精神、部署工作；把《夹山镇农村环境卫生整洁倡议书》印发到户，利用横幅、标语、宣传橱窗、永久性宣传广告牌、流动宣传车和夹山镇信息平台等载体，开展“小手牵大手，生态环保行”活动，做到宣传教育全覆盖，提高居民的环保意识。
@H1 sec=goals alt=measures | 二、 强化行政措施
@H2 sec=responsibilities alt=goals,measures | 1、加强组织领导。成立镇农村环境卫生集中整治行动领导小组，镇党委书记任顾问，镇长任组长，党政班子成员任副组长，镇城建站、财政所、党政办、林业站、水管站、农科站、派出所、镇联校、卫生院及各村（居）等单位主要负责人为成员。领导小组下设办公室，由镇城建站站长任主任，负责全镇整治工作的规划编制、组织实施、协调指导和检查考核。各村（居）、各单位也要成立相应机构，组建专门班子。
@H2 sec=responsibilities alt=goals,measures | 2、明确部门职责。镇整治领导小组办公室统筹协调，确定年度目标任务并组织考核验收；镇文广站负责新闻宣传；农技站负责农村清洁工程和农业投入品垃圾处理，推广垃圾堆肥等技术；镇卫生院（爱卫办）负责健康教育和病媒生物预防控制；城建站负责指导村镇生态环境改善和垃圾清运处理设施建设，做好垃圾处理设施布点规划，提供建设
""",
    ),
    dict(
        name="fresh52_10_school_leifeng_league_day_activity",
        source="https://hequma.com/show/13218.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="custom", blank_after=[1]),
        notes=["Word file: the writer's OWN paragraph styles instead of the built-in headings — '一级标题' (bold "
               "黑体, outline level 1) for the 一、 headings and '二级标题' (楷体_GB2312, outline level 2) for the 1、 "
               "run-in points, whole paragraphs in the style; numbers typed.",
               "The second sample ('学雷锋团日活动策划书范文(二)') on a sample site; the title line keeps the "
               "document name without the site's '范文(二)'. A school's notice-style plan for a Lei Feng League "
               "day ('有关事宜通知如下：' is a lead-in, not labelled).",
               "二、活动时间 gives one overall period on its value line ('3月5日-12日开展，为期一周'), an optional "
               "phase (start '3月5日', end '12日' as written). The anniversaries '49周年', '19周年' are kept.",
               "三、活动内容's four 1、 points are run-in headings (goals, measures accepted); 四、活动要求's points "
               "are requirements. The page ends inside 四、's second point ('各分团委、团')."],
        units=["各分团委", "团总支", "团支部"],
        extra_phases=[dict(name="活动时间", start_text="3月5日", end_text="12日", at="3月5日-12日开展")],
        text="""\
@T | 学雷锋团日活动策划书
今年是毛泽东等老一辈革命家为雷锋同志题词49周年，也是中国青年志愿者行动实施19周年。为进一步弘扬雷锋精神、深化志愿服务，在3月5日学雷锋日到来之际，学校决定在全校广泛开展“学雷锋、树新风、构建和谐校园”主题团日活动。有关事宜通知如下：
@H1 sec=other alt=guidance | 一、活动主题：学雷锋、树新风、构建和谐校园
@H1 sec=phases alt=other | 二、活动时间：
3月5日-12日开展，为期一周。
@H1 sec=goals alt=measures | 三、活动内容：
各团支部立足校园，结合团员意识主题教育，开展多种形式的学雷锋团日活动。
@H2 | 1、开展学雷锋主题教育活动。引导同学们以雷锋为榜样，树立热爱党、热爱祖国、热爱人民的崇高理想和正确的人生观、价值观。
@H2 | 2、开展美化校园活动。发动同学们清理校园、清除牛皮癣、摆齐自行车，立足岗位学雷锋，从身边小事做起。
@H2 | 3、开展文明校园创建活动。帮老师擦黑板，帮助身心有困难的同学，帮扶“三困生”，把学雷锋与学习身边的先进典型结合起来。
@H2 | 4、开展青年绿色环保行动。结合植树节，在校园内植树种草、养护绿地，增强青少年的绿色意识和环保意识。
@H1 sec=requirements | 四、活动要求：
@H2 | 1、高度重视，加强领导。各分团委、团总支、团支部负责人要精心策划、严密组织，广泛宣传、发动志愿者，统一行动；活动原则上在校内或校园周边开展。
@H2 | 2、加强宣传、扩大影响。各分团委、团
""",
    ),
]
