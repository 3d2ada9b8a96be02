# -*- coding: utf-8 -*-
"""The seventy-fifth held-out fresh set: a RANDOM SAMPLE of the genre as
writers paste it from the web.  Queries crossed a kind (工作计划, 工作要点,
实施方案, 活动方案, 工作总结, 工作汇报, 讲话) with a writer (school, community,
town, county, company, hospital) and a year (2010-2025); for each query the
FIRST usable, unused result was taken (log in notes_queries.txt), keeping
what the page gives: title blocks, site debris, watermarks, PDF spacing,
numbering quirks.  Found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of an earlier set or
of the sets built at the same time (checked against every used-source list
and label file under /work/fresh*/, /work/wt-lead/tests/corpus_*/ and
/work/shared/).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Navigation, breadcrumbs, posting
  lines, collection titles and blurbs, sample numbers and other samples of
  a collection were dropped; debris inside the document (watermark tokens,
  paywall markers, document-sharing banners, an open-government metadata
  table, PDF spacing) was kept and is never labelled.
- Heading, title and item lines keep the source's numbering and wording.
  The store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH75_DOCS = [
    dict(
        name="fresh75_01_rural_primary_school_work_plan",
        source="https://zqqhxs.com/fwxz/gzjh/75543.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('农村小学学校工作计划(15篇)'): a village primary school's plan, titled "
               "'侯庄小学学校发展规划'. The collection title, the 小编 blurb and the sample label '农村小学学校工作计划1' glued "
               "before the title were dropped; the title was put on its own line (the page runs it into the opening "
               "paragraph after a space).",
               "The page is a document-sharing conversion: PDF line ends left spaces inside words ('落 实', '深 化', '乡 级', "
               "'民 主', '奋 进'); they are kept in the rewritten lines. The unnumbered opening paragraph (the guiding "
               "ideas, without a heading) is body.",
               "'一、 工作目标 本学年是…' has a space after 一、 and the heading runs into its body after a space without "
               "punctuation: text set by hand to '一、 工作目标'. Its four '1、班子建设目标：…' lines are run-in label headings "
               "(level 2, goals).",
               "Line 6 holds the site's paywall marker in mid-line ('…在中心校处 ……此处隐藏27020个字……组要进一步…'): after it "
               "the page jumps 27,020 hidden characters into a later part (of this or a later sample) and shows "
               "'五、项目方案' and '（一）、校舍建设项目方案'. They are labelled as they stand (level 1 and 2; 五、 directly "
               "after 一、 because of the gap). 五、项目方案 is goals (measures accepted, the project part of a plan). "
               "The fragment after the marker ends with a half-width '.' as on the page. The page ends inside the "
               "project text ('…土木结构学生教室')."],
        units=[],
        text="""\
@T | 侯庄小学学校发展规划
以《国家中长期教育发展规划纲要》为指导，认真落 实全县教育质量提升年工作会议精神，把教师队伍建设作为核心、把提高教育教学质量作为根本，以“优化育人环境，创办示范学校”为奋斗目标，以“让每一片心灵充满阳光”为办学理念，进一步深 化课程改革和课堂教学改革，抓好校本研究和学校特色建设。
@H1 sec=goals alt=measures text=一、~工作目标 | 一、 工作目标 本学年是我校稳步提升的一年，全校工作的总目标是努力创建乡 级规范化小学。
@H2 | 1、班子建设目标：班子作风要团结、务实、勤政，营造民 主、宽松、和谐的工作环境，让全校师生都在和谐的氛围中工作和学习。
@H2 | 2、教师队伍建设目标：建设一支团结协作、自主创新、好学奋 进的教师队伍，让每位教师都能在岗位上成长。
@H2 | 3、德育目标：坚持以礼育德的思路，本学期以文明礼 貌、好学上进的校风学风为目标，用评比推动校风学风好转，再以学风促进教学质量提高。
@H2 | 4、教学目标：教学成绩要有较大幅度提高，各年级各学科期末 考试成绩力争超过中心校平均分数线，在中心校处 ……此处隐藏27020个字……组要进一步细化本项目实施的监督检查措施，及时建立规划执行、资金使用、项目管理、评估验收等制度，保证这项工作正常开展.
@H1 sec=goals alt=measures | 五、项目方案
@H2 | （一）、校舍建设项目方案
经学校会议研究决定：
学校拟拆除早期建成的土木结构学生教室
""",
    ),
    dict(
        name="fresh75_02_town_2019_summary_2020_plan",
        source="https://zhaozongjie.com/gongzuojihua/44722.html",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        notes=["A town government's annual summary (a Guangdong town: 广东省森林小镇, 沙糖桔). The breadcrumb, the uploader "
               "line ('| cwl2') and the page's second copy of the title were dropped; one title line is kept. The title "
               "says 总结和计划 but the visible part is the summary: doc_kind summary (report and plan accepted).",
               "The site's year substitution is kept in the figures: the text says '2020年' where the writer meant 2019 "
               "('由2020年的14646元提高到2020年的16403元', '现将2020年各项工作情况总结如下').",
               "'2020年主要工作措施、亮点及成效' is an unnumbered part heading (level 1, achievements) above '一、认真做好绿色"
               "产业开发工作' (level 2; level 1 accepted, in case the part heading is read as a subtitle).",
               "The body of 一、 is one paragraph '一是…；二是…；三是…': the line starts with 一是, so it is labelled as an item "
               "(level 3, a statement); 二是 and 三是 inside the line are not labelled. The page ends inside it ('统筹城镇和')."],
        units=["镇政府"],
        text="""\
@T | 镇政府2019年工作总结和2020年工作计划
2020年是改革开放41周年，也是决胜全面小康社会、实施“十三五”规划承上启下的关键一年。镇政府在县委、县政府和镇党委领导下，在镇人大监督支持下，以党的十九大精神和习近平新时代中国特色社会主义思想为指导，落实县委十三届历次全会精神，推进乡村振兴战略“三个全域两大攻坚”系列行动，全力创建广东省森林小镇，突出基础设施和民生建设，全镇经济平稳较快增长，社会和谐稳定。预计全年生产总值同比增长10%左右，达11922.35万元；农民人均纯收入预计增长12%左右，由2020年的14646元提高到2020年的16403元。现将2020年各项工作情况总结如下：
@H1 sec=achievements | 2020年主要工作措施、亮点及成效
@H2 lvlalt=1 | 一、认真做好绿色产业开发工作
@I3 | 一是加快三峡桔子塘风力发电项目建设，6月份已开工拓宽升压站场内施工便道，并配合做好省道S260线改造的征地和协调；二是发展林下经济，抓好沙糖桔黄龙病防治，在做强沙糖桔特色水果产业的同时推广三华李、早脆梨、猕猴桃和茶叶种植，4月份扩种三华李300亩、茶叶270亩，下半年完善大氹生态茶叶基地的基础设施；三是按上级批复启动广东省森林小镇创建，配合上级部门编制规划方案和推进措施，统筹城镇和
""",
    ),
    dict(
        name="fresh75_03_county_2017_government_work_report",
        source="https://gongwensou.com/zhengfubaogao/28572.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="政府工作报告",
        notes=["A county government's work report to the county people's congress (蠡县, 2017), from a document site that "
               "stamps an anti-scraping token 'pbY' at the end of every paragraph and on a line of its own after it; "
               "all 'pbY' tokens and lines are kept as debris and never labelled. The site's posting line and its "
               "summary blurb were dropped; the county head's name was dropped from line 6.",
               "Two title lines: the site's '（河北省）2017年蠡县人民政府工作报告（全文）' and the document's own '政府工作报告pbY'; "
               "the label takes the document's own title '政府工作报告' (without the token). The meeting line "
               "'2017年2月22日在…会议上pbY' is a subtitle (body), the salutation '各位代表：' is body.",
               "The page keeps the PDF's hard line breaks inside paragraphs, so sentences, words and figures are broken "
               "across lines ('实' / '现', '1.' / '37倍', '1.65倍' / '、1.86倍', '投' / '资'); the breaks are kept at the same "
               "places (a line starts with '、1.86倍'). A footnote mark '[1]' is kept.",
               "'一、过去五年工作回顾pbY' is the only heading (level 1, achievements; text without the token). The paragraph "
               "opening '五年来，我们把转变方式作为核心之举，产业布局有了新局面。' is a report's lead sentence, not "
               "labelled as a heading. The page ends inside it ('…签订了入驻协')."],
        units=["蠡县人民政府"],
        text="""\
@T | （河北省）2017年蠡县人民政府工作报告（全文）
@T | 政府工作报告pbY
pbY
2017年2月22日在蠡县第十七届人民代表大会第一次会议上pbY
pbY
蠡县人民政府代县长pbY
pbY
各位代表：pbY
pbY
现在，我代表蠡县人民政府向大会作政府工作报告，请予审议，并请县政协各位委员和
列席会议的同志提出意见。pbY
pbY
@H1 sec=achievements text=一、过去五年工作回顾 | 一、过去五年工作回顾pbY
pbY
五年来，面对复杂多变的宏观经济形势和繁重的改革发展稳定任务，我们在市委、
市政府和县委领导下，在县人大、县政协监督支持下，沉着应对、砥砺奋进，
完成了县十六届人大历次会议确定的任务，十二五目标圆满完成，十三五开局良好。截至2016年末，全县地方生产总值96.4亿元，是2011年的1.
37倍；财政总收入、公共预算收入分别为6.1亿元、3.6亿元，分别是2011年的1.65倍
、1.86倍；规模以上工业增加值52.1亿元，是2011年的1.88倍；全社会固定资产投
资59.4亿元，是2011年的2.65倍，全县经济总体实力上了新台阶。pbY
pbY
五年来，我们把转变方式作为核心之举，产业布局有了新局面。按照无中生有、有
中生新的思路，传统产业盘活聚拢、造血再生，新兴产业战略围攻、科技领航，形成一核多星、五园共舞[1]的产业布局。截至2016年，蠡县省级园区企业主营业务收入62亿元；裘皮小镇入驻服装企业60余家、裘皮商户1000余户，雅宝路裘皮市场挂牌营业；绒毛小镇一期如期竣工，引进商户100余户，并与20家企业签订了入驻协
""",
    ),
    dict(
        name="fresh75_04_community_left_behind_children_activity_plan",
        source="http://plansum.cn/fangancehua/63591.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["The second sample of a collection page ('社区活动主题方案'): a community activity plan for left-behind "
               "children. The breadcrumb, the posting line and the tail of sample 1 (its items 2. and 3., another "
               "document) were dropped; the sample heading '社区活动主题方案篇2' is kept as the title without its sample "
               "number.",
               "'一、活动主题：真爱有我、陪伴成长' is a label heading with its value on the line (other); '二、活动背景：' a bare "
               "label heading (background, guidance accepted). The mask '20__年' is kept. The page ends inside the "
               "background paragraph ('…情感需求得不到满足')."],
        units=[],
        text="""\
@T | 社区活动主题方案
@H1 sec=other | 一、活动主题：真爱有我、陪伴成长
@H1 sec=background alt=guidance | 二、活动背景：
留守儿童是近年来突出的社会问题。随着经济社会快速发展，越来越多农村青壮年进城务工，农村随之出现了留守儿童这一特殊的未成年人群体；北川在20__年地震中许多家庭支离破碎，留守儿童数量直线上升。这些孩子正处在成长发育的关键期，父母长期在外，得不到父母的关爱，思想和价值观缺少正确疏导，情感需求得不到满足
""",
    ),
    dict(
        name="fresh75_05_county_2025_government_tasks_notice",
        source="https://m.ltwz.net/news/DPweP9gqoV.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county government office's notice issuing the 2025 task breakdowns of the government work report "
               "(沁县), followed by attachment 1, the task list. The notice's own title is not on the page: the text "
               "starts with the addressee line. The attachment's title '2025年县政府工作报告任务清单' (line 13) is the "
               "only title line; the notice lines above it (addressee, 附件 list, issuing office, date, "
               "'（此件公开发布）', '附件1') are body.",
               "The notice's three points '一、责任到人，闭环管理。…' are run-in headings (level 1, requirements; measures "
               "accepted). The attachment list '附件：1.2025年…' / '2.2025年…' / '3.2025年…': the first entry follows the "
               "'附件：' label and is body; the other two start with a number directly followed by a year ('2.2025年'), "
               "labelled as optional items (level 1, level 2 accepted, other).",
               "In the attachment, '一、县示范区管委会牵头工作（8项）' groups tasks by their lead unit: level 1, "
               "responsibilities (goals and measures accepted); its '1.投资3000万元…' lines are task items (level 2). "
               "The page ends inside item 4 ('…基础设施'). '《2025年县<政府工作报告>任务分解》' keeps the page's angle "
               "brackets."],
        units=["县示范区管委会"],
        text="""\
县示范区管委会，各乡、镇人民政府，县直各有关单位：
经县政府同意，现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》印发给你们，请各单位对照任务，迅速行动，抓好落实。
@H1 sec=requirements alt=measures | 一、责任到人，闭环管理。《2025年县<政府工作报告>任务分解》列出133项具体任务，涉及34个牵头单位；《2025年十五件民盼实事任务分解》细化15项任务，涉及10个责任单位；《2025年县政府重点工作任务分解》列出40项任务，涉及21个责任单位。各责任单位要对照清单逐项细化职责，制定实施方案，明确责任人和工作标准，形成从任务分解到成果验收的全流程责任体系。
@H1 sec=requirements alt=measures | 二、节点管控，动态调度。各单位要盯紧目标任务、关键指标和序时进度，加强调度和分析研判，及时解决困难问题；实行“月度盘点+季度研判”动态监管，县政府领导定期召开专题会议听取落实情况。
@H1 sec=requirements alt=measures | 三、协同破题，联动增效。跨单位任务由牵头单位统筹协调、制定攻坚方案、调配资源，协同单位主动对接、提供支撑，形成合力，确保按期兑现承诺。
附件：1.2025年县《政府工作报告》任务清单
@I1 sec=other lvlalt=2 num=2. | 2.2025年十五件民盼实事任务分解
@I1 sec=other lvlalt=2 num=3. | 3.2025年县政府重点工作备忘录任务分解
沁县人民政府办公室
2025年5月18日
（此件公开发布）
附件1
@T | 2025年县政府工作报告任务清单
@H1 sec=responsibilities alt=goals,measures | 一、县示范区管委会牵头工作（8项）
@I2 sec=responsibilities alt=goals,measures | 1.投资3000万元建设南美白对虾工厂化循环水养殖基地。
@I2 sec=responsibilities alt=goals,measures | 2.打造食用菌酵素生产基地。
@I2 sec=responsibilities alt=goals,measures | 3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产，培育服装加工产业园，推动天欣纸业环保包装等项目达产达效。
@I2 sec=responsibilities alt=goals,measures | 4.加强示范区与主城区基础设施
""",
    ),
    dict(
        name="fresh75_06_town_2013_halfyear_summary",
        source="https://longhui.gov.cn/lhxsmq/jhzj/201312/5389a520fd29454892e83bfcf1600663.shtml",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's 2013 half-year work summary from a county's open-government pages (隆回县, 司门前镇 by the place "
               "names). The page's metadata table (文件名称 / 统一登记号 / 索引号 … with empty cells) comes first, pasted as "
               "six '|'-separated lines; they are kept as debris and never labelled. The page shows no title line, so "
               "title is null.",
               "Five run-in headings '一、经济发展形势较好。截至6月底…' (level 1, achievements), each a figure-heavy body. "
               "The page ends inside 五、 ('…魏源故里文化小区建设强力推进，中')."],
        units=[],
        text="""\
| 文件名称： | |||
| 统一登记号： | |||
| 索引号： | 发文编号： | ||
| 公开目录： | 公开责任部门： | ||
| 发文日期： | 公开形式： | ||
| 生效日期 ： | 有效期： | ||
2013年，我镇以“三敢三创”活动为载体，紧扣中心、服务大局，扎实推进各项工作。
@H1 sec=achievements | 一、经济发展形势较好。截至6月底，全镇财税总收入累计完成419万元，为全年任务740万元的56.6%，其中国税70万元、为全年任务的51%，地税375万元、为全年任务的71.4%，财税任务超额实现双过半。上半年规模以上企业完成总产值37395万元，为全年任务的51.9%；100万元以上非规模企业完成总产值3800万元，为全年任务的65.5%。
@H1 sec=achievements | 二、农业工作落实有力。制止耕地抛荒，稳住粮食生产面积，上半年落实粮食种植2.88万亩；完善防汛抗旱措施，安全度汛度旱；落实森林防火责任制，上半年没有发生大火警；完成造林2020亩，为全年任务的114%；层层落实动物疫病防控责任，代表县迎接市检查，没有发生动物疫情。
@H1 sec=achievements | 三、产业建设势头强劲。建成1个1200亩的杂交水稻制种基地、1800余亩的中药材示范基地、1200余亩的核桃种植基地和1个300余亩的中稻高产攻关示范点。
@H1 sec=achievements | 四、基础设施有效改善。至6月底，全镇完成农村公路4.2公里；一都河流域治理完成700余米，2个小二型水库除险加固顺利进行；1所义务教育合格学校、1所公办幼儿园、1所敬老院正在施工，预计年底完工投入使用；城区安装下水道2000米、疏通5000余米；5个村的农网改造陆续完成。
@H1 sec=achievements | 五、重点工程有序推进。率先完成六金公路司门前段的迁坟、土地丈量、房屋拆迁评估和废土场租用，各项工作稳步推进；魏源故里文化小区建设强力推进，中
""",
    ),
    dict(
        name="fresh75_07_subdistrict_community_2010_work_plan",
        source="https://m.dljs.net/fanwen/gongji/19979.html",
        doc_kind="plan", partial=True,
        notes=["A community's 2010 work plan under a subdistrict (白云社区 / 红云社区 named in the items). The stored text "
               "starts with the opening paragraph; no title line is visible, so title is null. The opening keeps the "
               "source's missing figure ('群众性的文体活动不得少于。').",
               "一、工作重点 (level 1, goals; measures accepted) over （一）做好社区服务 and （二）创建生态文明社区 (level 2). The "
               "1、2、3、 lines under them are labelled items (level 3): task statements (2、 could also be read as a run-in "
               "heading '完善社区志愿者服务队伍，增强社区凝聚力'). Under （二）, item 1 continues with '二是…三是…' in the "
               "same line (the source's numbering slip; not labelled). The page ends inside that line."],
        units=[],
        text="""\
社区街道2010年的发展思路是：按照区委、区政府提出的“1235”发展思路和街道党工委、办事处提出的构建“六型社区”工作思路，创建生态文明社区。争取吸收更多党员、干部、团员、少先队员和社区居民参加志愿服务，争取做到每人种一棵树或养一盆花，群众性的文体活动不得少于。
@H1 sec=goals alt=measures | 一、工作重点
@H2 | （一）做好社区服务
不断提高社区服务水平：做好面向老年人、儿童、残疾人、贫困户和优抚对象的救助与福利服务，面向社会单位的社会化服务，面向下岗和失业人员的就业和社会保障服务，以及面向居民的便民利民服务；以市场为导向、以满足居民物质和精神生活需要为目的，福利性和经营性并举，推动社区服务规模化、专业化、社会化。
@I3 | 1、依托已建成的社区政务管理系统和“白云社区在线”网站，把居民需求和社区资源整合起来，方便居民生活。
@I3 | 2、完善社区志愿者服务队伍，增强社区凝聚力。吸引更多党员、干部、团员、少先队员和居民参加志愿服务，提高居民生活质量，增强大家对社区的认同感和归属感。
@I3 | 3、进一步做好居家养老工作，利用社区公益性岗位把居家养老中心送餐服务点建成社区创新项目，更好地服务社区老人，也为红云社区缓解一部分就业压力。
@H2 | （二）创建生态文明社区
@I3 | 1、推广文明用语、规范文明行为，在公共场所用生动的图画提示大家以文明为荣，逐步养成文明习惯。二是组织群众绿化自己的家园，营造人与自然和谐相处的环境。三是围绕“和谐”主题开展形式多样的活动，按社区实际订立分阶段目标，例如有的小区没有专门的停车场，乱停乱放往往是小区群众
""",
    ),
    dict(
        name="fresh75_08_county_township_leaders_meeting_speech",
        source="https://m.wenke99.com/p-5048046.html",
        doc_kind="speech", partial=True,
        title_override="在乡镇党委书记乡镇长工作例会上的讲话",
        notes=["A county leader's speech at a regular meeting of township party secretaries and heads, from a "
               "document-sharing site. The page runs the site's title '在乡镇党委书记乡镇长工作例会上讲话', the document's "
               "own title '在乡镇党委书记乡镇长工作例会上的讲话' and the body into one block: the two titles were put on their "
               "own lines (both title lines; the label takes the document's own title).",
               "The block shows no paragraph breaks, only spaces where the PDF wrapped lines; it was split before each "
               "of '一是…', '二是…', '三是…' (each point runs several sentences, as separate paragraphs would). Some wrap "
               "spaces are kept inside the rewritten lines ('可以说 体现出了', '这些都是 乡镇建设'); the site's word "
               "substitution '方才' (for 刚才) is kept.",
               "The three points are run-in headings (level 1, numbering 一是). They praise what the townships' reports "
               "showed, so the kind is achievements, with requirements (the usual kind of a speech's points) and other "
               "accepted. The page ends inside 三是 ('…完全吻合')."],
        units=[],
        text="""\
@T | 在乡镇党委书记乡镇长工作例会上讲话
@T | 在乡镇党委书记乡镇长工作例会上的讲话
方才，各乡镇简要汇报了今年的整体工作思路，重点汇报了项目建设和备春耕工作。与上次例会相比，这次汇报有了很大进步，可以说 体现出了这样几个特点。
@H1 sec=achievements alt=requirements,other | 一是步调一致，思想统一。各乡镇汇报的工作紧扣县第十四次党代会确定的工作思路，紧扣县委、县政府当前的重点工作，也紧扣各自的实际，体现了思想的统一和 步调的一致。
@H1 sec=achievements alt=requirements,other | 二是思想活跃，思路上有突破。各乡镇的汇报都有不少特色和创新：兴华镇提出解决人地矛盾，新村乡提出创建规模型养殖园区，中和镇提出成立城镇建设办公室，永丰镇提出成立卫生队和城镇执法小组。这些都是 乡镇建设中带方向性的重要问题，说明各乡镇的思路比较活跃。
@H1 sec=achievements alt=requirements,other | 三是敢想敢议大事。抓经济工作必须从实际出发、从大处着眼。芦河镇最突出的特点是敢于傍大企业，祯祥镇也提出了一些大项目，中和镇规划了工业园区，这些都和县第十四次党代会提出的要求完全吻合
""",
    ),
    dict(
        name="fresh75_09_class_campus_cleaning_activity_plan",
        source="https://hequma.com/show/13884.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=False,
        notes=["A college class's public-service activity plan ('打扫校园一角', class 139, 2018). The site's posting line "
               "('来源：网络 时间：…') and a '赞助推荐' widget after the text were dropped; the two organisers' names were "
               "dropped from the last two lines, which are kept as empty key-value lines. The page shows the whole "
               "plan (partial: false).",
               "Every heading is an unnumbered label: '活动时间：2018年04月16日' (phases, other accepted; the single date is an "
               "optional overall activity time), '活动地点：…' and '参加人员：…' (other), '活动流程' (phases) over six 1.–6. "
               "step items (level 2), and '注意事项：1.参加活动人员须遵守纪律…' — the label with its first item run into the "
               "same line (heading text '注意事项', other; requirements accepted), followed by items 2. and 3.",
               "The times inside the steps ('早晨八点钟', '十点半左右') are not labelled as phases. '一报' (a building) and "
               "'青协' are kept as written.",
               "The two key-value lines '第一组织者：' / '第二组织者：' start like a 第一 marker but are not headings (not "
               "labelled)."],
        units=["公益部"],
        extra_phases=[
            dict(name="活动时间", start_text="2018年04月16日", end_text=None, at="活动时间：2018年04月16日", optional=True),
        ],
        text="""\
@T | “打扫校园一角”校园公益班级活动策划书
学校是我们学习的乐土，我们都应该爱护它。
为了让校园更整洁、更美丽，更有利于大家的学习和生活，也为了让学校以崭新的面貌迎接即将到来的评估，我们139班专门组织了这次清扫校园的活动。
希望通过这次活动提高同学们保护环境的意识，增强为学校争光的责任感和使命感。
@H1 sec=phases alt=other | 活动时间：2018年04月16日
@H1 sec=other | 活动地点：校园湖畔
@H1 sec=other | 参加人员：139班全体学生
@H1 sec=phases | 活动流程
@I2 | 1.制作横幅一条，挂在一报后面，宣传这次环保活动
@I2 | 2.早晨八点钟在五餐楼下集合，分配好人员。
@I2 | 3.把参加活动的人员分成九个小组，七个小组清扫北区，另外两个小组负责南区，由公益部负责人带领大家一起劳动。
@I2 | 4.活动进行的同时，由本班同学在南门口向来往的同学做一份关于环境的问卷调查。
@I2 | 5.活动预计在十点半左右结束。
@I2 | 6.当日上午，在校门口举行万人签名活动。
@H1 sec=other alt=requirements | 注意事项：1.参加活动人员须遵守纪律，服从安排。
@I2 | 2.活动过程中注意安全，禁止打闹。
@I2 | 3.活动过程中注意青协的形象，保持良好的精神状态，并在活动中做好宣传。
第一组织者：
第二组织者：
""",
    ),
    dict(
        name="fresh75_10_middle_school_inspection_report",
        source="https://www.xiaomilidoc.com/p-11987318.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="**中学巡察工作情况汇报",
        notes=["A middle school's report to the district party committee's inspection team, from a document-sharing "
               "site whose text puts a space between almost every character (PDF extraction); the spacing is kept in the "
               "rewritten lines and in the heading. The school and district names are masked in the source ('**', "
               "'****', '**********') and kept so; the name of a historical figure whose former residence is next to the "
               "school was dropped.",
               "The site's banner '精品文档---下载后可任意编辑' is glued before the title on line 1 and again inside a word of "
               "an honour's name on the last line ('…讨 论 科精品文档---下载后可任意编辑研 示 范 校'); both are kept as debris. "
               "The title line therefore carries the banner: the label's title is '**中学巡察工作情况汇报'.",
               "The page runs the lead-in, the heading and its body together ('…作 汇 报 :一 、 学 校 基 本 情 况********** 中 "
               "学 创 办 于…'); they were split at the heading. The heading '一 、 学 校 基 本 情 况' (level 1, background) "
               "has a space inside the numbering token; numbering recorded as '一、'. The honours list keeps the source's "
               "conversion word '讨论' (for 研究) and the figure missing from '占地亩'. The page ends inside the honours "
               "('“广东省')."],
        units=[],
        text="""\
@T | 精品文档---下载后可任意编辑**中学巡察工作情况汇报
根 据 《 ****区 （ 江 海 区 ） 党 委 巡 察 工 作 实 施 方 案 》 的 部 署 ， 经 区 党 委 巡 察 工 作 领 导 小 组 同 意 ， 区 委 巡 察 组 对 我 校 开 展 巡 察 ， 这 体 现 了 区 委 对 我 校 工 作 的 重 视 和 上 级 领 导 对 全 校 教 职 工 的 关 心 ， 必 将 帮 助 我 校 理 清 思 路 、 更 好 地 完 成 各 项 任 务 ， 推 动 学 校 健 康 进 展 。 下 面 ， 就 我 校 基 本 情 况 和 近 三 年 来 的 工 作向 巡 察 组 作 汇 报 ：
@H1 sec=background num=一、 text=一~、~学~校~基~本~情~况 | 一 、 学 校 基 本 情 况
********** 中 学 创 办 于 1957年 ， 位 于 西 江 河畔 ， 与 一 位 辛 亥 革 命 先 驱 的 故 居 相 邻 。 建 校 之 初 为 民 办 初 级 中 学 ， 后 经 ** 镇 多 次 争 取 ， 1969年 经 当 时 管 辖 的 ** 县 同 意 ， 成 立 ** 高 级 中 学 ， 当 时 有 2 个 教 学 班 、 学 生 65 人 、 教 职 工 14 人 。 学 校 不 断 发 展 壮 大 ， 如 今 已 有 64 个 教 学 班 ， 其 中 高 中 30个 、 初 中 34 个 ； 在 校 学 生 3248人 ， 其 中 高 中 1592人 、 初中 1656人 ； 在 编 教 职 工 224 人 ， 其 中 专 任 老 师 217 人 ， 正 高 级 老 师 1 人 、 高 级 老 师 51 人 ， 具 有 硕 士 讨 论 生 学历 22 人 。 学 校 分 初 中 部 和 高 中 部 两 个 教 学 区 ， 占 地亩 。
砥 砺 奋 进 六 十 载 ， 一 代 代 外 中 人 接 力 传 承 、 追 求 卓 越 ， 学 校 先 后 获 得 “ 全 国 教 育 科 学 规 划 教 育部 ‘ 十 五 ’ 规 划 课 题 中 小 学 优 质 学 校 形 成 机 制 讨 论 科精品文档---下载后可任意编辑研 示 范 校 ” “ 国 家 级 青 少 年 体 育 俱 乐 部 ” “ 广 东 省
""",
    ),
]
