# -*- coding: utf-8 -*-
"""The eighty-seventh held-out fresh set: WORD FILES SAVED BY LIBREOFFICE.  Seven real Chinese
工作总结 / 工作汇报 / 工作计划 of villages, a county (banner), a primary school, a city government's
report on its government-work-report tasks and hospitals, written as a writer's Word draft would look:
outline numbering on Heading styles, typed numbers in Heading styles, direct formatting, automatic
lists, and real Word tables where the page gives figures a writer would tabulate (03's main economic
indicators, 06's hospital workload indicators), each table under its heading or lead-in line.
Each document is present twice: NAME.txt + NAME.labels.json as in the other sets, and NAME.docx,
written as a flat ODF text file (.fodt) by _build/make_docx.py (copied from corpus_fresh81) and
converted by LibreOffice (soffice --headless --convert-to docx:"MS Word 2007 XML").
fresh_build/check_docx.py re-reads every .docx and asserts that its displayed text equals NAME.txt
line by line (a table row is one line, its non-empty cells joined by U+3000).  Found as stored public
web pages with the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the source
pages is a source of another set (see /work/fresh87/_excl_all.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier Word sets (see corpus_fresh24's README): only the visible part of each page;
web debris dropped; heading lines keep the source's numbering and wording; body paragraphs rewritten
in our own words and shortened; figures, dates, masking kept; personal names dropped; traditional-
character pages (01, 02) given in simplified characters.  Table rows are never labelled.

`docx` entry (see make_docx.py): style 'outline' | 'headings' | 'direct'; outline {class: level};
lists {class: level}; tables [dict(first=..., rows=n)]; footer; blank_after; right.
"""

I = "\u3000"

FRESH87_DOCS = [
    dict(
        name="fresh87_01_village_committee_annual_summary",
        source="http://letgol.com/fanwen/gerenzongjie/5355408.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、20xx年来的主要工作情况： is a Heading 1 paragraph numbered by the OUTLINE "
               "numbering (lvlText '%1、', suffix nothing; numPr in the Heading 1 style); the 1、/2、 lines are an "
               "AUTOMATIC one-level list (lvlText '%1、'). Title centred, an empty paragraph after it, a footer "
               "with a PAGE field.",
               "A village committee's (余岭村村民委员会) annual work report to party members and villagers' "
               "representatives, the first sample of a collection page in traditional characters (the "
               "collection title '2021年村委会工作总结', its preface and the sample number '一' dropped; given in "
               "simplified characters). Masking '20xx' / 'XX年' kept as the page mixes them.",
               "一、 is achievements; the 1、/2、 lines are statements of work done (items, level 2). The page ends "
               "inside the paragraph on the 栝苍古道 ('…但我们'): kept as the fragment. Unit: the village "
               "committee that reports."],
        units=["余岭村村民委员会"],
        text="""\
@T | 20xx年村委会工作总结
受余岭村村民委员会委托，我把XX年一年来的工作向各位党员、干部和村民代表作简要汇报，请予审议。
@H1 sec=achievements | 一、20xx年来的主要工作情况：
一年来，村委会全体干部认真落实年初提出的各项任务，牢记为人民服务的宗旨，边工作边学习，不断提高自身素质，以过硬的能力和踏实的作风赢得了村民的信任和支持，为农业增效、村民增收和社会主义新农村建设尽了自己的力量。
@I2 | 1、巩固发展余岭村高山无公害蔬菜基地、无公害水果基地和竹笋两用林基地，为农业增效、农民增收打好基础。
@I2 | 2、发展乡村旅游，开发栝苍古道，投入资金100多万元重建余岭头莲圣寺，目前正在施工，计划XX年11月底完工。
莲圣寺建成后能吸引大量游客，带动农家乐和二、三产业发展，将成为我村经济收入新的增长点。
做好乡村旅游、开发栝苍古道任重道远，单靠我们这一代很难完成，但我们
"""),
    dict(
        name="fresh87_02_village_two_committees_summary",
        source="http://sxksjs.cn/zongjie/fanwen/16996753506000125.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): direct formatting only; 一、 and the run-in 1、/2、 paragraphs typed and "
               "bold (黑体, whole paragraph), body paragraphs indented; title centred, an empty paragraph after it, "
               "a footer with a PAGE field. No automatic numbering.",
               "A village's two committees' (村两委) annual summary with next year's ideas, the first sample of a "
               "collection page in traditional characters (the sample label '第1篇' and the length '3850字' dropped; "
               "given in simplified characters). The masking '__大', '__届', '“____”' is kept as the page shows it.",
               "一、党建工作方面 is achievements (the intro announces 'seven aspects' of work done); 1、/2、 are "
               "run-in headings at level 2 ('1、在干部队伍建设方面。村党支部…'), text cut at the first 。. The page "
               "ends inside 2、 ('…对于好的建议，已'): kept as the fragment. Only the summary part is visible; "
               "the 下一年工作思路 of the title is not. No unit named as lead beyond the writer (村两委)."],
        units=[],
        text="""\
@T | 农村村两委工作总结及下一年工作思路
XX年以来，我村全面贯彻党的__大和__届四中全会精神，认真实践“____”重要思想，推进城乡一体化，在镇党委、政府领导下，村两委团结带领全体党员干部共同努力，完成了全年各项目标任务，主要做了以下七个方面的工作。
@H1 sec=achievements | 一、党建工作方面
@H2 | 1、在干部队伍建设方面。村党支部组织党员干部学习党的__大和__届四中全会精神，并结合本村实际抓好落实。公推直选后两委成员中有五分之三是新同志，在老同志传帮带下已逐步进入角色，上级安排的工作都不折不扣完成。村两委与各组长签订目标管理责任书，建立干部管理长效机制；组织成员结对帮扶特困党员和特困群众；为村级后备干部建立管理档案，培养了3名后备干部。
@H2 | 2、在基层民主政治建设方面。坚持集体讨论重大问题，摒弃个人说了算的做法；村支部主动邀请党代表参与经济发展和为民办事等工作，听取他们的意见和建议，对于好的建议，已
"""),
    dict(
        name="fresh87_03_county_key_work_report",
        source="https://dawenge.com/document/detail.html?id=661620",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        docx=dict(style="direct", lists={"一、": 0, "（一）": 1}, footer=True, blank_after=[1],
                  tables=[dict(first="指标" + I + "完成值", rows=7)]),
        notes=["Word file (LibreOffice): 一、 and the run-in （一）-（三） paragraphs are ONE AUTOMATIC two-level "
               "list (lvlText '%1、' and '（%2）', Chinese numbers, suffix nothing) on directly formatted "
               "paragraphs; the list is interrupted by a real table and continued after it (continue-numbering), "
               "so （二） follows the table. The table (指标 | 完成值 | 同比, a header row and six rows) is the "
               "writer's Word rendering of the indicator sentence of （一） ('全旗地区生产总值完成21.55亿元，同比增长"
               "3.8%；…'), placed under （一）. Title centred, an empty paragraph after it, a footer with a PAGE "
               "field.",
               "A county-level (the text says 全旗, a banner; the title says XX县, as the page has both) report on "
               "its key work in the first half year. The page's '正文复制' button line was dropped. The page's "
               "（一） paragraph ran the figures on in one sentence; in the Word file the run-in heading ends with "
               "a lead-in '…预计上半年主要指标如下：' and the figures are the table rows (table cells, not labelled).",
               "一、工作开展情况 achievements; （一）-（三） run-in headings at level 2 (text cut at the first 。). "
               "doc_kind report (汇报; summary accepted). The page ends after （三）; the rest (problems, next "
               "steps) is not visible. No lead unit named (xx masked)."],
        units=[],
        text="""\
@T | XX县重点工作汇报
年初以来，xx紧紧围绕市委、市政府决策部署，牢固树立“重整行装再出发”的责任感和紧迫感，全力推进经济运行、项目建设、招商引资等各项工作，现将有关情况汇报如下。
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）主要经济指标完成情况。紧盯各项指标，加强产业运行调度，千方百计助企纾困、挖潜增效促增长。预计上半年全旗主要指标如下：
指标　完成值　同比
地区生产总值　21.55亿元　增长3.8%
规上工业增加值　1.1亿元　下降10.4%
一般公共财政预算收入　0.8亿元　下降22%
社会消费品零售总额　5.59亿元　增长0.6%
城镇常住居民人均可支配收入　15810元　增长6%
农村常住居民人均可支配收入　7651元　增长8.5%
@H2 | （二）重点项目建设情况。围绕提质扩量谋划项目，开展“局长说项目”活动，年内储备重点项目77个，总投资额比上年增加20亿元，项目数增加34个，其中亿元以上项目增加10个；主动争取项目和资金，累计到位专项资金7.01亿元。全速推进34个市级重点项目，手续办结率和开复工率均达到100%，嘎海山水库工程、协鑫铅锌多金属矿采选等项目加快建设，上半年累计完成固定资产投资4.53亿元，同比增长30%。
@H2 | （三）招商引资进展情况。优化重组一、二、三产业招商组，推进“专业招商、重点招商、全季招商”。截至目前累计新签约千万元以上项目35个，完成年度任务的78%，其中亿元以上项目8个；新开工千万元以上项目10个。1—6月份预计到位招商引资资金1.86亿元，同比增长15.5%。
"""),
    dict(
        name="fresh87_04_primary_school_2024_work_plan",
        source="http://sdeps.com/index.php/home/article/detail/id/4387.html",
        doc_kind="plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 is Heading 1 and （一）-（四） Heading 2, numbered by the OUTLINE numbering "
               "(lvlText '%1、' and '（%2）', Chinese, suffix nothing; numPr in the Heading styles). Body paragraphs "
               "in the default style; title centred, an empty paragraph after it, a footer with a PAGE field.",
               "A provincial experimental primary school's (山东省实验小学) 2024 work plan from its own site; the "
               "page's '编辑：学校办公室 发布时间…' line was dropped. The page runs each （一）-（三） key point into its "
               "body after a space ('(一)强基固本,忠诚教育筑基石 学校将…'); in the Word file each point is its own "
               "Heading 2 paragraph with its body below. The page ends at the heading '（四）民心所向，办人民满意教育'.",
               "一、党旗引领铸魂，筑基立德树人 is a task area of the plan (goals); （一）-（四） inherit it (measures "
               "accepted). The last line of the document is a heading with no body. No unit named as lead."],
        units=[],
        text="""\
@T | 山东省实验小学2024年度工作计划
站在新的起点上，学校将坚守教育初心，坚持党的全面领导，落实立德树人根本任务，通过精细化管理、智能化建设和特色化发展，推动学校高质量、内涵式发展。
@H1 sec=goals alt=measures | 一、党旗引领铸魂，筑基立德树人
2024年学校党建工作以习近平新时代中国特色社会主义思想为引领，围绕党的二十大及后续全会精神，以政治建设为轴心，着力打造高质量党建生态，办家长和学生满意的教育。本年度党建工作要点如下：
@H2 | （一）强基固本，忠诚教育筑基石
加强政治忠诚教育和政治纪律规矩教育，定期开展政治生态自我剖析，确保党员队伍信念坚定、立场鲜明。
@H2 | （二）思想引领，理论武装凝共识
健全长效学习机制，落实“第一议题”制度，依托重大主题宣讲激发领学促学活力，用党的创新理论指导学校发展和教育实践。
@H2 | （三）意识形态，安全防线牢不可破
落实意识形态工作责任制，管好校园思想文化阵地，主动排查化解风险隐患，妥善应对教育舆情，确保校园政治安全。
@H2 | （四）民心所向，办人民满意教育
"""),
    dict(
        name="fresh87_05_government_work_report_tasks_report",
        source="https://www.haowenren.com/29330.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        docx=dict(style="headings", lists={"1.": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): '1、 基本情况' is a Heading 1 paragraph with its number typed (keeping the "
               "page's space after 、); the outline numbering has no number format. The seven lagging tasks 1.-7. "
               "are an AUTOMATIC one-level list (lvlText '%1.', suffix nothing). Title centred, an empty paragraph "
               "after it, a footer with a PAGE field.",
               "A city department's report on the progress of the tasks of the 2021 government work report, "
               "masked throughout (x, X, XX, '5***级'). The quoted task names in the items are kept as written "
               "('“税收超亿元工业企业突破X家”', the broken quote of 2.: '“促进……的主营业务收入。。。而其他企业突围“X亿元”' "
               "is smoothed in the rewriting but its quoted '“X亿元”' kept).",
               "1、 基本情况 is the only heading (background; achievements and problems accepted: it reports progress "
               "and lists the lagging tasks). The 1.-7. lines are items at level 2 (statements of lagging tasks), "
               "after the lead-in '…滞后的任务有：'. The last line refers to an attached table (附表) that the page "
               "does not show. The page's later sections (if any) are not visible."],
        units=[],
        text="""\
@T | 2021年上半年政府工作报告情况汇报
近日，按照市政府办公厅印发的《XX印发2021年市政府工作报告》要求，2021年上半年省、市政府工作报告中的重点任务已全面安排落实，现将有关情况报告如下：
@H1 sec=background alt=achievements,problems | 1、 基本情况
总体上，各部门按照《2021年政府工作报告》的职责分工，结合本地区、本部门实际主动配合，取得了较好效果。截至x月底，x项任务中x项按计划正常推进，x项进度相对滞后。滞后的任务有：
@I2 | 1.《主要经济指标》X指标增长低于预期。地区生产总值、财政收入、固定资产投资、社会消费品零售总额、规模以上工业增加值、城镇和农村居民可支配收入分别为x%、x%、x%、x%、x%、x%、x%。
@I2 | 2.“促进……的主营业务收入”进度未达要求，其他企业突破“X亿元”的进度也未达到，X家企业中只有X家完成一半以上。
@I2 | 3.“税收超亿元工业企业突破X家”未达进度。去年全市税收超1亿元的企业有x家，今年难以新增，税收略超1亿元的x家企业今年退出的可能性较大。
@I2 | 4.“力争规模以上工业百元主营业务收入成本全省最低”目标未达成。目前全市该项成本居全省第X低，排位比去年后退X位。
@I2 | 5.“5***级以上乡村旅游点”未如期完成，目前仍处于起步阶段，尚未正式启动。
@I2 | 6.“新建、改建城市公厕超过x座”未如期完成，目前仅建成x座。
@I2 | 7.“支持X省文化生态保护区建设”未按要求开展。因x未能及时提交材料，改由x县创建省级文化生态保护区，目前已进入规划设计阶段。
《政府工作报告》各项工作的具体进展情况见附表。
"""),
    dict(
        name="fresh87_06_hospital_2025_summary_and_plan",
        source="https://max.book118.com/html/2026/0125/8032071115010040.shtm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1],
                  tables=[dict(first="指标" + I + "2025年", rows=7)]),
        notes=["Word file (LibreOffice): direct formatting only, no heading and no numbering; a real table (指标 | "
               "2025年 | 同比, a header row and six rows, the last three with an empty 同比 cell, so their lines have "
               "two cells) after the lead-in paragraph. Title centred, an empty paragraph after it, a footer with a "
               "PAGE field.",
               "A hospital's 2025 work summary and plan from a document-sharing site that shows only its opening "
               "paragraph (the site's '原创力文档' and '文档评论(0)' lines dropped). The page gives the workload "
               "figures in one sentence; the Word file tabulates them (门急诊量 … 床位使用率) under the lead-in, as a "
               "writer would. The page breaks off inside the next sentence at '人员支出占比提升至42.1': kept as the "
               "fragment in the last body paragraph.",
               "Nothing is labelled: no line starts with a marker or acts as a heading; table rows are not labelled. "
               "doc_kind summary (report accepted); the plan part of the title is not visible."],
        units=[],
        text="""\
@T | 2025医院工作总结和计划
2025年，医院在上级主管部门领导下，以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和全国卫生健康工作会议部署，坚持以人民健康为中心，围绕高质量发展统筹推进医疗、教学、科研和管理工作，取得明显成效。全年主要业务指标如下：
指标　2025年　同比
门急诊量　286万人次　增长12.3%
出院患者　9.2万人次　增长8.7%
手术例数　4.1万台　增长15.2%
三四级手术占比　68.5%
平均住院日　6.3天
床位使用率　92.6%
医疗收入结构继续优化，药占比降至25.3%，耗材占比控制在18.7%，人员支出占比提升至42.1
"""),
    dict(
        name="fresh87_07_hospital_nursing_annual_summary",
        source="https://m.shouyihuo.com/fw/164070707246478.html",
        doc_kind="summary", partial=True,
        docx=dict(style="direct", blank_after=[1]),
        notes=["Word file (LibreOffice): direct formatting only, no numbering, no footer; the label paragraph "
               "'爱岗敬业，热心帮助患者，为病人做好事：…' is bold (the whole paragraph, as direct formatting gives it). "
               "Title centred, an empty paragraph after it.",
               "A hospital nursing department's (护理部) annual summary, the first of five samples on a collection "
               "page (the collection title '护理年度总结5篇', its blurb and the sample label '第1篇' dropped). The "
               "page ends inside the third paragraph ('…收治了贡江镇敬老院一位孤'): kept as the fragment.",
               "首先…/其次… open the first two paragraphs: discourse-marker items at level 1 (achievements). The "
               "third paragraph is a 'label：body' line ('爱岗敬业，热心帮助患者，为病人做好事：今年…'), a run-in "
               "heading at level 1 (achievements), text cut at the colon. Unit: 护理部 (it leads the work "
               "described)."],
        units=["护理部"],
        text="""\
@T | 护理年度总结
@I1 sec=achievements | 首先，护理部围绕如何在护理服务中体现“人性化”开展调查，通过倾听门诊病人和曾到外院就医患者的意见、与住院病人交谈、发放征求意见表和阅读回访信等途径了解病人需求，找出差距，制定人性化服务措施并规范到细节。
@I1 sec=achievements | 其次，开展服务理念教育，推动服务理念转变，倡导换位思考，在衣、食、住、行、治等方面为病人提供舒适安全的照顾。各科室想了不少办法：产科为哺乳产妇准备靠背凳，护士每天主动与病人交流、讲解康复知识，节日问候病人，儿科护士为小患者讲故事、辅导作业，内科为出院病人发放连心卡。今年收到表扬护士的表扬信4封，民意测验中被点名表扬的最满意护士达50多人次，病人最满意的科室前三名是中医科、五官科、妇产科和感染性疾病科（并列）。
@H1 sec=achievements text=爱岗敬业，热心帮助患者，为病人做好事 | 爱岗敬业，热心帮助患者，为病人做好事：今年外三科收治了贡江镇敬老院一位孤
"""),
    dict(
        name="fresh87_08_county_agriculture_bureau_halfyear_summary",
        source="https://zuowendang.com/fanwen/1144000121.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 is a Heading 1 and ㈠/㈡ Heading 2 paragraphs, numbers typed (the "
               "outline numbering has no number format; ㈠ is the parenthesised ideograph U+3220 as the page has "
               "it); the 一是/二是/三是 paragraphs are body paragraphs with the marker typed. Title centred, an empty "
               "paragraph after it, a footer with a PAGE field.",
               "A county agriculture bureau's (县农业局) half-year summary from a sample site (its '更新时间:' line "
               "dropped). Place names (清太坪, 野三关, 大支坪, 绿葱坡, 官渡口, 溪丘湾) and the 汇源集团 kept. The page "
               "ends inside ㈡'s 二是 paragraph ('二是以绿葱坡、大支坪、'): kept as the fragment.",
               "一、发挥部门作用，努力推进农业产业结构调整 achievements; ㈠/㈡ level 2; the 一是…三是 paragraphs are "
               "line-initial statements of work done: items at level 3 (achievements inherited). The dated meetings "
               "(3月18日, 2月27日) are events in a summary, not phases. Units: 县农业局 (the writer leading the "
               "work); the departments at the 打假 meeting are participants, not listed."],
        units=["县农业局"],
        text="""\
@T | 县农业局上半年工作总结
今年以来，县农业局在县委、县政府和州农业局领导下，认真贯彻党的十六大和中央一号文件精神，围绕县“两代会”确定的目标，以农民增收为中心，以“三观”教育为动力，狠抓农业产业结构调整，推动农业和农村经济平稳发展。
@H1 sec=achievements | 一、发挥部门作用，努力推进农业产业结构调整
全县“两会”后，3月18日召开全县农村工作会议，对今年农业农村工作作了全面安排，全县农业生产形势较好。半年来主要做了以下工作：
@H2 | ㈠春耕生产积极主动
@I3 | 一是在全县推广玉米杂交种40万公斤，普及率95%以上，移栽32万亩；推广水稻良种2.5万公斤，普及率98%，插栽3.29万亩；红苕计划13万亩，已插栽10万亩；杂粮播种6万亩。
@I3 | 二是全面启动科技下乡活动，由10名中级以上职称农业专家组成科技服务队，先后在清太坪、野三关、大支坪、绿葱坡、官渡口讲课12场次，培训农民5000余人，发放科技光盘80余张、磁带120余盘、资料5000余份。
@I3 | 三是农业执法工作效果明显，2月27日召开“全县打假护农保春耕动员会”，随后组织15人的执法队伍在全县12个乡镇整治种子、农药、化肥等农资市场，查处涉农案件15起，并清缴剧毒鼠药，遏制了中毒事件。
@H2 | ㈡认真落实板块经济
@I3 | 一是会同汇源集团在溪丘湾、官渡口两个乡镇落实2500亩高标准柑桔示范园基地，已完成规划设计、资金预算和材料审核，合同已签订，下半年组织实施。
@I3 | 二是以绿葱坡、大支坪、
"""),
    dict(
        name="fresh87_09_district_agriculture_bureau_halfyear_summary",
        source="https://m.liuxue86.com/k_农业局半年工作总结",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", lists={"一、": 0}, footer=True, blank_after=[1],
                  tables=[dict(first="类别" + I + "上半年新增", rows=3)]),
        notes=["Word file (LibreOffice): direct formatting; the run-in 一、-四、 headings are ONE AUTOMATIC list "
               "(lvlText '%1、', Chinese numbers, suffix nothing) continued over the body paragraphs and the table "
               "between them (continue-numbering), so the numbers run 一、 to 四、. Under 三、 a real table (类别 | "
               "上半年新增 | 累计面积 | 占耕地面积, a header row and two rows) after a lead-in paragraph. Title "
               "centred, an empty paragraph after it, a footer with a PAGE field.",
               "A district agriculture bureau's (农业局, '全区') half-year summary, the first sample ('篇1') of a "
               "tag page collecting such summaries (the sample label dropped). The page gives each heading on its own "
               "line with a trailing full stop ('一、粮食生产形势喜人。'), kept. 三、's figures (上半年新增高效农业面积1.86万亩，其中设施"
               "农业0.62万亩；累计35.96万亩、8.82万亩，占耕地面积57.9%、14.2%) are the writer's table. The page ends "
               "inside 四、's paragraph ('…三大农副产品批发市场建立'): kept as the fragment.",
               "一、-四、 are level-1 headings of work done (achievements); 四、's 一是/二是/三是 stay inside its "
               "paragraph: 一是 opens the line, so that line is an item at level 2 (a statement of work done, achievements inherited); 二是/三是 are markers in the middle of the line, not labelled. 二、's '确保上半年完成任务的50%，10月份前"
               "基本建成核心区' are targets inside a summary, not phases. Unit: 农业局 (the writer)."],
        units=["农业局"],
        text="""\
@T | 农业局上半年工作总结
今年以来，我局创新思路、狠抓落实，建设现代农业园区，推进生态环境建设，构建农业服务平台，促进了产业提升和农民增收。预计上半年农业总产值24.7亿元，同比增长2.9%；农业增加值15亿元，同比增长3.1%。
@H1 sec=achievements | 一、粮食生产形势喜人。
全区种植三麦16.52万亩，夏粮单产292公斤，总产4.95万吨，其中小麦单产296.2公斤，比去年增加18公斤。水稻种植23万亩，机插秧面积90%以上，直播稻压缩到1万亩左右，良种覆盖率98%以上。
@H1 sec=achievements | 二、农业园区加速推进。
全区18个现代农业园区高标准建设，太湖银鱼良种示范园、龙潭湖农业生态园等边规划、边投入、边建设，基础设施和生产设施项目已基本到位。3月底召开全区农业园区推进现场会，明确下阶段重点：上半年完成任务的50%，10月份前基本建成核心区。
@H1 sec=achievements | 三、高效农业全面实施。
上半年高效农业和设施农业面积情况如下：
类别　上半年新增　累计面积　占耕地面积
高效农业　1.86万亩　35.96万亩　57.9%
其中设施农业　0.62万亩　8.82万亩　14.2%
@H1 sec=achievements | 四、农业防控措施扎实。
@I2 | 一是动物防疫安全有效，组织春季突击防疫和全区“瘦肉精”专项整治，加强抽检监控，实现重大动物疫情零发生；二是森林防火常抓不懈，上半年新建防火通道5公里、防火铁丝阻隔网9公里，签订责任书、划定责任区，强化护林员巡查；三是农产品质量监管扎实，上半年开展各类专项检查344次，建立区、镇两级25人的监管员队伍，三大农副产品批发市场建立
"""),
]
