# -*- coding: utf-8 -*-
"""The 124th held-out fresh set: 印发通知 that carry a plan or task list (主送, 文号,
the notice's own text and numbered requirements, signature, date, 附件) and
speeches (讲话稿) at work meetings (部署会 / 动员会 / 推进会 / 分析会 / the closing
of a workers' congress), plus one scheme that opens with an addressee like a
notice.  Found as stored public web pages with the `search` tool's `pages`
corpus (query log in notes_queries.txt).  None of the source pages is a source
of any label file or used-URL list under /work/fresh*/, /work/wt-lead/tests/
or /work/shared/ (checked by URL and by a distinctive sentence of each page).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier fresh sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, page
  metadata tables, posting lines, site blurbs, download panels, share lines)
  was dropped.
- Heading, title and item lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and the masking found in
  the source (X, **, ¥, xx) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH124_DOCS = [
    dict(
        name="fresh124_01_county_halfyear_economy_analysis_meeting_speech",
        source="https://1mishu.com/article/lidaojianhua/jjgzhyjh/201206/739244.html",
        doc_kind="speech", partial=True,
        notes=["A county head's speech at the county's half-year economic-situation analysis meeting (上半年经济形势分析会), "
               "which sums up the first half and deploys the second. The site's 前言 line (which names the page title "
               "'县经济发展情势会上县长发言') was dropped; the page shows no title line of its own, so title is null. The "
               "party secretary's surname in the opening was dropped.",
               "The lead-in '下面，我先讲三点意见。' stays inside the opening paragraph (as on the page) and is not labelled. "
               "'一、在分析中肯定成绩，找准差距，以更坚定的信心谋划发展' is level 1; its body begins with the fragment "
               "'是我县跨入西部百强县的冲刺之年' (the year is missing on the page, kept). '第一、要认识到成绩来之不易，…。' is a "
               "run-in heading at level 2 (numbering 第一、 with the enumeration comma); its body is a run of indicator "
               "figures, kept. Section kind requirements for the speech points (guidance and achievements accepted: the "
               "point affirms the half-year's results).",
               "The page ends inside the next paragraph ('从经')."],
        units=[],
        text="""\
同志们：
今天，县委、县人民政府在这里召开上半年经济形势分析会，目的是贯彻自治区经济形势分析会议精神，总结我县上半年经济运行情况，部署下半年各项工作，动员全县上下坚定信心、鼓足干劲、狠抓落实，确保完成年初确定的目标任务。稍后书记还要作重要讲话，请大家认真抓好贯彻。下面，我先讲三点意见。
@H1 sec=requirements alt=guidance,achievements | 一、在分析中肯定成绩，找准差距，以更坚定的信心谋划发展
是我县跨入西部百强县的冲刺之年。上半年以来，全县经济社会发展呈现“平稳增长、趋势向好”的态势，各项工作都有成绩，但问题也不少。希望大家通过分析“深化三点认识”，切实增强“三感”，推动全县经济社会发展再上新台阶。
@H2 sec=requirements alt=achievements,guidance | 第一、要认识到成绩来之不易，切实增强加快发展的使命感。判断经济发展的好坏，最直观的是看主要指标。截止6月底，全县实现地区生产总值26.7亿元，增长13.3%；农业总产值4.29亿元，增长3.3%；工业总产值47.1亿元，增长25.5%，其中规模以上工业总产值40.5亿元，增长25.6%；第三产业增加值7.4亿元，增长9.3%；地方财政一般预算收入4.05亿元，增长52.2%；全社会固定资产投资31.6亿元，增长57.8%；社会消费品零售总额5.1亿元，增长16.2%；城镇居民人均可支配收入7887元，增长10%；农民人均现金收入5095元，增长12.2%；金融机构存款余额60.9亿元，增长29.1%；贷款余额60.1亿元，增长31.2%。
从经
""",
    ),
    dict(
        name="fresh124_02_county_indicator_project_push_meeting_speech",
        source="https://m.wenke99.com/p-10113673.html",
        doc_kind="speech", partial=True,
        title_override="在全县市考指标推进暨项目建设工作会议上的讲话",
        notes=["A county leader's speech at a meeting that pushes the city-assessed indicators and project construction "
               "(推进会, deploying the second half of the year), from a document-sharing site that ran the whole page into "
               "one paragraph; the title lines, the salutation, the opening, the lead-in and the two headings were put on "
               "their own lines. The site's short title '全县市考指标推进暨项目建设工作会议上讲话' and the document's own title "
               "'在全县市考指标推进暨项目建设工作会议上的讲话' are both title lines; the label takes the document's own.",
               "The lead-in '受 X 书记委托，…再讲三个方面意见。' is body (PDF spacing around the mask kept). '第一，要背水一战冲刺"
               "全年目标完成。…' is a run-in heading at level 1 (numbering 第一，), section requirements (measures and guidance "
               "accepted: a speech point). '一要抓市考指标冲刺。…' is a run-in heading at level 2 (style 一要), a task area "
               "(requirements; goals and measures accepted). Masks 'X 项', '前 X', '第 X' and the PDF break '规模工业 增加值增速' "
               "are kept.",
               "Deadlines and rankings in the body are not phases. The page ends inside 一要 ('…；县')."],
        units=["县发改局", "工业发展局"],
        text="""\
@T | 全县市考指标推进暨项目建设工作会议上讲话
@T | 在全县市考指标推进暨项目建设工作会议上的讲话
同志们：
今天县委、县政府召开这次会议，主要是贯彻市上会议精神，对市考指标、重点项目推进和下半年项目申报作出安排，调动一切积极因素打好全年收官战，让下半年工作有抓手、开好局。
受 X 书记委托，我就当前重点工作再讲三个方面意见。
@H1 sec=requirements alt=measures,guidance | 第一，要背水一战冲刺全年目标完成。刚才X同志通报了上半年全县市考指标完成情况，排名总体不够理想；除西咸新区托管移交的因素外，一些工作进展偏慢，说明部分干部特别是关键少数下的功夫还不够。会后各级各部门要迅速行动、采取得力措施，确保全年任务圆满完成。
@H2 sec=requirements alt=goals,measures | 一要抓市考指标冲刺。X 项主要经济指标中，县发改局和工业发展局承担的生产总值增速、规模工业 增加值增速、规模工业总产值增速 X 项指标要缩小差距、减少扣分、提高排名，确保全市不垫底；县发改局承担的固定资产投资增速要确保全市前 X，力争全市第 X；县
""",
    ),
    dict(
        name="fresh124_03_oil_production_area_workers_congress_closing_speech",
        source="http://6dgww.com/Article/4910165.html",
        doc_kind="speech", partial=True,
        notes=["The closing speech of an oilfield production area's workers' congress (采油作业二区二届三次职代会), which "
               "reviews the 2005 work report and sets out the 2006 tasks: a summing-up meeting. The title is the speech's "
               "slogan title '振奋精神鼓足干劲为全面完成新的生产任务而奋斗'.",
               "The salutation is split over two lines as on the page ('各位代表、' / '同志们：'); both are body. The title of "
               "the work report is broken across two lines on the page ('《以人为本，精细管理，不断开创' / '生产新局面》…'); "
               "the break is kept, both lines body. The page masks names with '¥' ('¥区长', '¥同志'), kept.",
               "'一、坚定信心，在统一思想认识上下功夫。…' is a run-in heading at level 1 (requirements; guidance and measures "
               "accepted). The site's paywall line '（未完，全文共1936字，当前显示525字）' is kept as debris and never "
               "labelled; the line after it ('请认真阅读下面的提示信息') was dropped."],
        units=[],
        text="""\
@T | 振奋精神鼓足干劲为全面完成新的生产任务而奋斗
各位代表、
同志们：
采油作业二区二届三次职代会就要闭幕了。会议期间，代表们以饱满的政治热情和主人翁精神行使民主权利，认真审议了各项议题，提出了不少中肯的意见和建议。大家认为，¥区长代表采油二区所作的《以人为本，精细管理，不断开创
生产新局面》的工作报告，实事求是地总结了2005年的工作成果，客观分析了作业区面临的形势和任务，全面部署了2006年的重点工作，思路更清晰、认识更明确，对作业区持续有效发展有重要指导作用。希望各单位从实际出发抓好会议精神的贯彻落实，带领干部员工把各项工作扎扎实实向前推进。下面，结合代表们讨论的意见，就如何适应新形势、谋求新发展、落实报告提出的各项部署，我讲三点意见。
@H1 sec=requirements alt=guidance,measures | 一、坚定信心，在统一思想认识上下功夫。¥同志在报告中科学分析、客观描述了作业区面临的矛盾和困难。这些矛盾和困难必须正视、必须应对，关键在于统一干部员工的思想、坚定发展信心，发展中出现的问题只能靠发展来解决。
（未完，全文共1936字，当前显示525字）
""",
    ),
    dict(
        name="fresh124_04_town_national_health_town_mobilisation_speech",
        source="https://gaozihui.com/zhici/409713.html",
        doc_kind="speech", partial=True,
        notes=["A town leader's speech at the mobilisation meeting (动员部署会) for creating a national health town "
               "(国家卫生镇); the page shows no title line, so title is null. The opening says a colleague (masked '**同志') "
               "has just read out the creation scheme; the lead-in '下面，…我在讲三点意见。' (the page's typo 在 for 再) stays "
               "in the opening paragraph and is not labelled.",
               "'一、强化认识，正视问题，坚定创建国家卫生镇的决心和信心' is a standalone heading at level 1 (requirements; "
               "guidance accepted). Its body is two paragraphs.",
               "The site's watermark line '稿子汇，范文学习文库' at the end is kept as debris and never labelled."],
        units=[],
        text="""\
同志们：
今天召开这次会议，主要是安排部署国家卫生镇创建工作，动员全镇各级各部门马上行动、主动作为，迅速掀起创建热潮。刚才，**同志宣读了创建国家卫生镇工作实施方案，明确了时间节点和各级各部门的职责分工，请大家对照自身职责逐项抓好落实。下面，就做好本次创建工作，我在讲三点意见。
@H1 sec=requirements alt=guidance | 一、强化认识，正视问题，坚定创建国家卫生镇的决心和信心
创建国家卫生镇要投入大量资金和精力，会增加我们的工作任务；我镇经济总量小、实体经济弱，财政仍较拮据，刚性支出、民生投入与财政收入之间的矛盾还不同程度存在。既然如此，为什么还要花大力气去创建？
对此，我们要算好民生账、经济账、发展账，进一步坚定创建工作的决心。
稿子汇，范文学习文库
""",
    ),
    dict(
        name="fresh124_05_district_business_environment_meeting_speech",
        source="https://dawenge.com/jianghuafayan/488797.html",
        doc_kind="speech", partial=True,
        notes=["A district leader's speech at a deployment meeting on the business environment and visits to enterprises "
               "(优化营商环境暨企业大走访会议), held right after the city's video mobilisation meeting for the national "
               "business-environment evaluation. The site's '正文复制' button line was dropped.",
               "The lead-in '下面，结合我区实际，我再强调四点：' stays in the opening paragraph and is not labelled. '一、充分"
               "认识营商环境优化工作的重要性' is a standalone heading at level 1 (requirements; guidance and background "
               "accepted: it argues why the work matters). The masks 'X市长', 'X书记', 'X市', 'X省', 'X月X日' and the "
               "target '保5争3' are kept. The page ends after the first point's body."],
        units=[],
        text="""\
@T | 在全区优化营商环境暨企业大走访会议上的讲话
同志们：
刚才我们一起收看了全市营商环境迎评工作动员视频会议，X市长、X书记分别作了重要讲话，大家要认真研究，不折不扣抓好贯彻落实。下面，结合我区实际，我再强调四点：
@H1 sec=requirements alt=guidance,background | 一、充分认识营商环境优化工作的重要性
今年X市被确定为代表X省参加国家营商环境评价的4市1区之一，“4市1区”的平均成绩计作全省成绩，省里为此定下“保5争3”的目标，并要求X市的成绩和名次不得低于全省平均，否则通报批评。X月X日市里召开了全市提升营商环境工作大会，今天又召开迎评动员大会，足见市里对营商环境优化的重视。
""",
    ),
    dict(
        name="fresh124_06_county_2021_key_tasks_issuing_notice",
        source="https://huarong.gov.cn/33159/37006/37008/37025/37164/content_1801120.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county government's notice (华容县, 华政发〔2021〕2号) that issues the breakdown of the county government's "
               "2021 key tasks (《2021年县政府重点工作任务分解》): addressee, the issuing sentence, then the notice's own four "
               "numbered requirements; the task table itself is not in view. The open-government metadata lines (索引号, "
               "发布机构, dates, 来源/浏览量) were dropped. The page's title line carries the document number in brackets "
               "('2021年县政府重点工作任务（华政发〔2021〕2号）'); it is the title line, brackets restored to full width.",
               "The four points are run-in headings '一、强化责任落实。…' at level 1. Section kind requirements (the notice's "
               "implementation requirements); 一、强化责任落实 has responsibilities accepted (it assigns lead leaders and units), "
               "the others measures. The deadline '2021年3月15日前' inside 二、 is not a phase. The page ends inside 四、 "
               "('…严格实行')."],
        units=["县政府督查室"],
        text="""\
@T | 2021年县政府重点工作任务（华政发〔2021〕2号）
各乡镇人民政府、县直各单位：
《2021年县政府重点工作任务分解》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。
@H1 sec=requirements alt=responsibilities | 一、强化责任落实。县政府重点工作任务由县政府分线领导牵头负责、部门单位具体负责。分线领导要对领办任务牵头抓总、敢于担当；主要责任单位要履行主责，建立协作机制，主动对接其他责任单位；其他责任单位要积极配合，服从主要责任单位的调度，保证工作顺利推进。
@H1 sec=requirements alt=measures | 二、细化工作方案。各主要责任单位要对照目标任务，会同其他责任单位制订具体实施方案，细化量化“四四表单”，简化工作流程，把目标、步骤、要求、措施落实到人、到岗、到时；实施方案和“四四表单”经县政府分管领导审签后，于2021年3月15日前报县政府督查室备案。
@H1 sec=requirements alt=measures | 三、加强调度协调。分线领导要从全局出发，对牵头的重点任务定时调度、科学协调；主要责任单位要主动协调，其他责任单位要积极配合，推进中遇到的新情况新问题要及时拿出方案，提请县政府领导协调解决。
@H1 sec=requirements alt=measures | 四、严格督查考核。县政府重点工作任务完成情况列入了政府绩效评估内容，严格实行
""",
    ),
    dict(
        name="fresh124_07_banner_2022_report_tasks_division_notice",
        source="https://www.ewenke.gov.cn/OpennessContent/show/273144.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A banner government office's notice (鄂温克族自治旗人民政府办公室) that issues the division of responsibility "
               "for the key tasks of the 2022 government work report. The notice title runs over three lines (issuer / "
               "'关于印发2022年《政府工作报告》' / '重点任务责任落实分工的通知'); all three are title lines, joined.",
               "Addressee, issuing sentence, two numbered requirements, '此通知', the 附件 line, the date and '（此件公开发布）' "
               "are all in view; the attached division table is not. The page shows no issuer signature above the date. "
               "The contact line with two personal names, phone and e-mail was dropped, as was the share line.",
               "The two numbered paragraphs '一、各地区、各部门要高度重视…' and '二、旗政府督查室要加强…' are statements of "
               "duty, not titles: labelled items at level 1 (requirements; responsibilities accepted). The document therefore "
               "has no required heading. The monthly reporting deadline '每月25日前' is not a phase."],
        units=["旗政府督查室"],
        text="""\
@T | 鄂温克族自治旗人民政府办公室
@T | 关于印发2022年《政府工作报告》
@T | 重点任务责任落实分工的通知
各苏木乡镇人民政府，旗政府各部门，驻鄂温克族自治旗有关单位：
经旗人民政府同意，现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们，请结合实际，认真贯彻落实。
@I1 sec=requirements alt=responsibilities | 一、各地区、各部门要高度重视《政府工作报告》重点任务责任落实工作，主要领导要亲自抓、负总责，采取有力措施，确保各项任务不折不扣落到实处。自2022年3月起，各单位每月25日前把经主要领导审阅的《2022年<政府工作报告>重点任务落实推进情况表》电子版报送旗政府督查室。
@I1 sec=requirements alt=responsibilities | 二、旗政府督查室要加强对重点工作的日常调度，建立重点任务落实台账，按照旗政府主要领导指示批示要求和政策调整需要，切实加强动态管理和跟踪督办，及时汇总重点任务落实情况后向旗政府主要领导报告。凡推进迟缓、没达到序时进度或未按时报送的，要加大通报力度。
此通知
附件：2022年《政府工作报告》重点任务落实推进情况表
2022年2月21日
（此件公开发布）
""",
    ),
    dict(
        name="fresh124_08_district_2020_report_tasks_division_notice",
        source="https://nucsns.com/www/zwgk_8u7y6r/xxgkml/qzfbwj/202004/t20200419_1185129",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        title_override="区人民政府办公室关于印发2020年区政府工作报告确定的主要目标任务责任分解方案的通知",
        notes=["A district government office's notice (江政办〔2020〕2 号) that issues the responsibility breakdown of the "
               "main targets and tasks of the district's 2020 government work report, on a site that mirrors the district's "
               "open-government page. The metadata table (文号 / 发文日期 / 发布机构 / 有效性 / 标题 with '|' cells) was "
               "dropped. Kept as title lines: the page's heading line, which puts the document number before the title and "
               "keeps PDF spacing ('江政办〔2020〕2 号 区人民政府办公室关于印发 2020 年区政府工作报告…的通知'), and the notice's "
               "own title broken over three lines; the label takes the notice's own title (joined).",
               "After the addressee and the issuing paragraph ('…并就有关事项通知如下，请一并贯彻执行。', body), the notice's "
               "own points are run-in headings '一、提高站位，主动担当作为。…' and '二、加强领导，强化办理机制。…' at level 1, "
               "section requirements (guidance accepted for 一, responsibilities and measures for 二). The scheme itself is "
               "not in view. The page ends inside 二、 ('…会同相')."],
        units=[],
        text="""\
@T | 江政办〔2020〕2 号 区人民政府办公室关于印发 2020 年区政府工作报告确定的主要目标任务责任分解方案的通知
@T | 区人民政府办公室关于印发2020年区政府
@T | 工作报告确定的主要目标任务责任分解
@T | 方案的通知
各街道办事处，区人民政府各部门，区属各单位：
2020年是全面建成小康社会和“十三五”规划的收官之年，也是实现第一个百年奋斗目标的冲刺之年，做好今年政府工作对我区建设中部现代服务业高质量发展示范区和国际化发展高地意义重大。区十五届人大四次会议通过的区《政府工作报告》对全年工作作了全面部署。经区人民政府同意，现将《2020年区〈政府工作报告〉确定的主要目标任务责任分解方案》印发给你们，并就有关事项通知如下，请一并贯彻执行。
@H1 sec=requirements alt=guidance | 一、提高站位，主动担当作为。各责任单位要以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届四中全会精神，围绕市委十三届八次全会和区委十二届九次全会部署，站稳政治立场，主动作为、勇于担当，确保报告确定的各项目标任务保质保量完成。
@H1 sec=requirements alt=responsibilities,measures | 二、加强领导，强化办理机制。各主要责任单位要加强组织领导，把办理工作列入本单位重点工作议事日程，细化分解责任、明确时序进度、统筹任务办理，会同相
""",
    ),
    dict(
        name="fresh124_09_subdistrict_office_waste_sorting_scheme",
        source="https://360docs.net/doc/0416232126.html",
        doc_kind="scheme", partial=True,
        notes=["A subdistrict's implementation scheme for sorting household waste in its own offices, from a "
               "document-sharing site; the site's download disclaimers were dropped. On the page the title runs straight "
               "into the addressee ('…工作实施方案机关各科室：'); the two were put on their own lines. Like a notice, the "
               "scheme opens with an addressee ('机关各科室：', body) and cites the superior notice it implements "
               "(《关于印发〈xx区…实施方案〉的通知》（x城管〔2018〕x号）, masks kept).",
               "Three levels: '一、组织领导及职责分工' (responsibilities) and '二、实施步骤' (phases) at level 1; "
               "'（一）准备阶段（2018年5月31日至6月24日）' at level 2 with a dated phase; the steps '1.制定实施方案。…' are "
               "run-in headings at level 3 (phases). The names of the group leader, deputy and nine members were dropped "
               "from the body.",
               "The document-sharing site's page marker '1/ 4' is glued to the end of the last line ('…完成各分类点1/ 4'), "
               "kept as debris; the page ends there."],
        units=["街道机关生活垃圾分类工作领导小组", "党政办"],
        text="""\
@T | 街道机关生活垃圾分类工作实施方案
机关各科室：
为进一步落实街道机关生活垃圾分类工作、提高成效，根据《关于印发〈xx区机关事业单位、国有企业生活垃圾强制分类工作实施方案〉的通知》（x城管〔2018〕x号）文件精神，结合街道实际，制定本方案。
@H1 sec=responsibilities | 一、组织领导及职责分工
街道成立机关生活垃圾分类工作领导小组，设组长、副组长各一名和成员九名，负责推进机关生活垃圾分类实施工作。
领导小组下设办公室，设在党政办，负责机关生活垃圾分类的日常工作，包括制定实施方案、指导设施配置、监督检查、宣传培训和选定垃圾集中堆放点等。
@H1 sec=phases | 二、实施步骤
@H2 phase=准备阶段;2018年5月31日;6月24日 | （一）准备阶段（2018年5月31日至6月24日）
@H3 | 1.制定实施方案。结合机关实际制定专项工作方案，明确职责和任务要求。
@H3 | 2.召开动员会议。召开街道机关生活垃圾分类动员会，提出实施方案，落实任务要求。
@H3 | 3.开展宣传发动。完善机关生活垃圾分类相关标识，完成各分类点1/ 4
""",
    ),
]
