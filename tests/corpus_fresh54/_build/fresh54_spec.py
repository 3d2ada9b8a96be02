# -*- coding: utf-8 -*-
"""The fifty-fourth held-out fresh set: WORK SUMMARIES, WORK REPORTS, a
first-person 述职 and WORK PLANS as WORD FILES (.docx written with python-docx
beside each .txt): an industrial park's half-year summary, a city government
office's annual summary, a community's civilised-city stage summary, a
城市管理 work report, a town mayor's annual 述职-style summary, a township
government work report (title with date and speaker lines), a community's
精神文明 work plan, a community's 文明创建 plan with a task-division table, a
town's annual work plan and a rural school district's science-popularisation
plan.  Found as stored public web pages with the `search` tool's `pages`
corpus (log in notes_queries.txt).  None of the source pages is a source of
an earlier set (see /work/fresh54/used_sources.tsv and the README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site lines (collection titles,
  sample numbers, blurbs, upload lines, markdown marks, chunk markers of a
  document-sharing site) were dropped, since a Word file would not carry them.
- Heading and title lines keep the source's numbering and wording; the store
  keeps NFKC text, so full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened; dates,
  figures, unit names, quoted slogans and masking (xx, XX, X, 201*, *) kept;
  personal names dropped.

Each entry's `docx` dict says how its Word file is made (see make_docx.py):
  style    'heading'  labelled headings in python-docx's built-in Heading 1-3
                      (typed numbers);
           'wps'      headings in styles with WPS's ids ("2", "3", "4" named
                      heading 1-3), Normal left as is (typed numbers);
           'named'    the writer's own styles 一级标题 / 二级标题 / 三级标题;
           'bold'     Normal paragraphs, headings only bold (direct);
           'fonts'    Normal paragraphs, headings by direct 黑体 / 楷体 / bold;
           'outline'  Heading 1-3 whose STYLES carry the numbering (numPr in
                      the style; typed number removed);
  autonum  {numbering class: ilvl}: labelled lines of those classes get a
           numPr of one multi-level list (typed number removed);
  nonum    lines (prefix) in an outline-numbered style that must show no
           number (numId 0);
  title_font, subtitle (centred lines under the title), footer, tables.
Marker syntax: see fresh_build/build.py.
"""

FRESH54_DOCS = [
    dict(
        name="fresh54_01_industrial_park_halfyear_summary",
        source="https://m.wenke99.com/p-4755771.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Word file: built-in Heading 1/2/3 (python-docx's styles) with typed numbers; the indicator figures of "
               "（一） are a real 4-column table (序号 / 指标 / 1-6月完成 / 占年度目标任务; header row and a '其中：' row); "
               "footer with a PAGE field '— 1 —'.",
               "An industrial park's half-year summary (工业园区上半年工作总结及下半年思路) from a document-sharing page whose "
               "store text runs everything together; split at the headings. The page lists the indicators as '1、工业产值34亿元，"
               "完成年度目标任务的37%；2、园区建设总投入…' inside （一）; the Word file carries them as the 主要指标完成情况 table "
               "(figures as on the page; the column words are the table's, not the page's). Table rows are not labelled.",
               "Three levels 一、 / （一） / 1、; the 1、 lines are run-in headings (title + body). Section achievements throughout. "
               "The masked park name '*工业园区' is kept; the page ends in '今年15月' (a damaged '1-5月'), kept."],
        units=[],
        docx=dict(style="heading", footer=True, title_font="方正小标宋简体",
                  tables=[dict(first="序号", rows=5)]),
        text="""\
@T | 工业园区上半年工作总结及下半年思路
@H1 sec=achievements | 一、1-6月份工作总结
@H2 | （一）经济指标平稳增长
序号　指标　1-6月完成　占年度目标任务
1　工业产值　34亿元　37%
2　园区建设总投入　20237万元　23%
其中：企业固定资产投入　9414万元　14%
政府性投资　10823万元　51.4%
@H2 | （二）企业服务规范化管理
@H3 | 1、稳步推进循环化改造示范园区建设。去年底园区获评第三批省级循环化示范试点园区后即着手改造；一季度园区会同发改、财政、环保、经商等部门，从2014年入园项目库中公开评审，确定拟申请省财政补助的项目，并与发改、财政共同拟定了*工业园区循环化改造项目和资金管理办法初步方案。
@H3 | 2、进一步规范园区企业产权转让程序。园区企业“腾笼换鸟”长期无章可循，园区总结几年来的做法，广泛征求部门和社会意见，出台了*工业园区企业不动产转让监管制度，使转让有据可依。今年15月
""",
    ),
    dict(
        name="fresh54_02_city_government_office_annual_summary",
        source="https://biganzizhijia.com/fanwen/gzzj/63456.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Word file: headings in styles with WPS's style ids (styleId \"2\" named heading 1, \"3\" heading 2), typed "
               "numbers, no title paragraph, no footer.",
               "The first sample of a collection page ('2024年机关办公室工作总结(2篇)', '篇1'): a city government office's "
               "annual summary. Collection title and sample number dropped; the sample has no title of its own, so title is null.",
               "一、 holds three run-in headings '（一）协调统筹周全高效。…' (level 2, achievements). The page ends inside （三） "
               "('健全信息化管理制')."],
        units=["市政府办公室"],
        docx=dict(style="wps"),
        text="""\
2024年是新一届市政府的起航之年，也是落实“十四五”规划的关键之年。市政府办公室守规矩、重实效、求创新，做实常规工作、抓牢重点任务、打磨亮点项目，当好市政府的“前哨”和“后院”，保障政府工作高效运转。
@H1 sec=achievements | 一、聚焦中心任务，强化服务保障，提升政务效能
@H2 | （一）协调统筹周全高效。办公室主动介入重大事项统筹，全年专题协调150余次，推动绿色产业园等重大项目取得实质进展，保障文化交流节等重大活动和智能交通体系等重点工作；配合市党政领导经济责任审计，推动完成审计整改事项30项。
@H2 | （二）参谋辅助精准有力。围绕产业升级和民生热点开展调研，形成高质量报告10份，协同制定政策文件20项；编发信息简报320期，向国家和省级部门报送信息130篇，分别被采纳30篇、50篇，省级信息考核排名第二；组织“智汇良策”研讨，编印专刊5期20篇。
@H2 | （三）政务保障优化升级，流程管理严谨有序。加强办文、办会、办事全过程管理，提高文书处理、会议组织和事务办理的效率，做好后勤保障；对照市领导要求清理办文短板，健全信息化管理制
""",
    ),
    dict(
        name="fresh54_03_community_civilised_city_stage_summary",
        source="http://bsmz.net/gongwen/566237.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Word file: automatic numbering on plain paragraphs, ONE multi-level list: 一、 (ilvl 0, chineseCounting "
               "'%1、') and 1、 (ilvl 1, decimal '%2、'), suffix nothing, numPr on the paragraphs, the typed numbers removed; "
               "title 方正小标宋简体 22 pt centred; body 仿宋_GB2312.",
               "A community's stage summary of its national civilised-city work (富康路社区). The page shows the title twice "
               "(page title and document title); it is kept once. '201*年' masking kept.",
               "Under 一、 the three 1、 lines are statements of what was done ('1、创成活动开展以来，社区党总支组织召开了…'), "
               "labelled items (level 2). 二、's body holds '一是…二是…' inside one paragraph (not labelled). The page ends "
               "in '社区干部上门入户发放'."],
        units=["社区党总支"],
        docx=dict(style="fonts", autonum={"一、": 0, "1、": 1}, title_font="方正小标宋简体"),
        text="""\
@T | 富康路社区创建全国文明城市第一阶段工作小结
201*年以来，富康路社区在区委、区政府领导和街道社区党工委、区创城办指导下，围绕创建全国文明城市这一中心工作，以和谐社区创建为载体、以城市精细化管理为重点，着力提高居民思想道德素质，创城工作有序推进。现将情况小结如下：
@H1 sec=achievements | 一、加强领导，落实责任，建全创建工作体系
@I2 | 1、创城活动开展以来，社区党总支召开创建全国文明城市动员大会，传达区创城办《关于创建全国文明城市的工作实施方案》精神，部署社区具体任务，发动居民投身创建。
@I2 | 2、制定《富康路社区创建全国文明城市实施方案》，成立以社区党总支书记为组长的领导小组，下设办公室并由专人负责，下发任务分解表，把任务落实到各办公室，形成层层抓落实的机制。
@I2 | 3、坚持每周召开一次创城工作小结会，及时研究解决工作中的问题和矛盾。
@H1 sec=achievements | 二、广泛宣传，大造声势，营造创建工作的浓厚氛围
为使创建工作家喻户晓，社区集思广益、多种形式开展宣传：一是制作以“创建文明城市，共建美好家园”为主题的大型喷绘条幅两条，悬挂在醒目位置；二是社区干部上门入户发放
""",
    ),
    dict(
        name="fresh54_04_city_management_creation_work_report",
        source="https://m.1wenmi.com/doc/628572.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Word file: every paragraph in Normal; headings set off only by direct bold (title bold 18 pt centred); "
               "footer with a PAGE field '— 1 —'.",
               "A 城市管理创建 work report by the person in charge, from a document-sharing page: the share line and the "
               "site's chunk markers ('1、' before the title, '2、' inside '3.实施绿化工程') were dropped, since the Word "
               "file would not carry them.",
               "Four 一、 sections; the 1. lines are 'title：body' run-in headings (level 2, text cut at the colon). 一、工作目标 "
               "is goals (background accepted), 二、工作进展 and 三、工作成果 achievements, 四、下一步工作计划 next_steps. The page "
               "ends in '2.加强基', a truncated last item that was dropped."],
        units=[],
        docx=dict(style="bold", footer=True),
        text="""\
@T | 城市管理创建工作汇报
尊敬的领导：
我是城市管理创建工作的负责人，现将工作进展和成果向您汇报如下。
@H1 sec=goals alt=background | 一、工作目标
城市管理创建旨在提高管理水平、优化城市环境、提升市民生活质量，目标是实现干净、整洁、有序、文明的城市环境，打造宜居宜业的城市形象。
@H1 sec=achievements | 二、工作进展
@H2 | 1.开展环境整治：对主要道路、公共场所和背街小巷集中整治，清理垃圾、拆除违法建筑、规范占道经营，目前已完成XX条街道的整治。
@H2 | 2.加强基础设施建设：抓好道路修复、下水道维护和路灯更换，同时新建和改造公共卫生间、垃圾转运站等公共设施。
@H2 | 3.实施绿化工程：对城市公园和街道两侧实施绿化，增加绿地面积，城市面貌更加美观。
@H2 | 4.加强交通管理：开展交通秩序整治行动，规范出行行为，城市交通拥堵有所缓解。
@H2 | 5.推广垃圾分类：加强垃圾分类宣传教育，市民分类投放的意识明显提高。
@H1 sec=achievements | 三、工作成果
@H2 | 1.城市环境明显改善：通过持续整治，城市卫生状况明显好转，街道更加整洁，空气更加清新。
@H2 | 2.市民生活质量提高：各项工作让市民得到实惠，市民对城市管理工作的满意度不断提高。
@H2 | 3.城市形象提升：城市形象明显提升，吸引了更多游客和投资商前来参观和投资。
@H1 sec=next_steps | 四、下一步工作计划
@H2 | 1.继续开展环境整治工作：持续清理垃圾、拆除违法建筑、规范占道经营，扩大整治范围，巩固已有成效。
""",
    ),
    dict(
        name="fresh54_05_town_mayor_annual_duty_summary",
        source="https://61taotao.com/office/63408.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Word file: the writer's own paragraph styles '一级标题' (黑体 16 pt, based on Normal) and '正文缩进' (仿宋_GB2312, "
               "first-line indent); title in 方正小标宋简体 22 pt centred; no numbering part used (typed numbers).",
               "A town mayor's first-person annual account ('本人继续担任镇镇长职务…现将本年度工作简要汇报如下'), a 述职 in all "
               "but name, titled 镇长年度工作总结; from a document library page whose upload lines were dropped.",
               "Only one heading is visible: 一、围绕中心加快经济发展，努力推动民富 (achievements). Its body runs '一是工业化"
               "成果更加丰硕。…二是农业产业化初具规模。…' inside one paragraph, as the page does: not labelled. Company names "
               "and figures kept; the page ends in '…等项目基础'."],
        units=[],
        docx=dict(style="named", title_font="方正小标宋简体"),
        text="""\
@T | 镇长年度工作总结
本人继续担任镇镇长职务。一年来尽职尽责、团结共事、扎实干事，较好完成了全年各项任务。现将本年度工作简要汇报如下：
@H1 sec=achievements | 一、围绕中心加快经济发展，努力推动民富
本人把发展作为履职的第一要务，理清思路、强化措施，推动民富取得新成效。一是工业化成果更加丰硕。坚持以工哺农，靠招商做大、靠服务做优、靠市场做强工业；正在洽谈的利捷制药厂预计投资3亿元，中加轮胎处理厂预计投资4亿元；南方水泥全年上缴国税2650万元、地税1048万元，长乐锰业上缴国税345万元；全镇2020年完成国税3095万元、地税1065万元，超收2660万元，增幅达260%，有望跻身全市“五快”乡镇。二是农业产业化初具规模。推动种植业向规模化、品牌化转变，新租地300亩，种植药材3000亩、果树2000亩，建设直供蔬菜基地600亩，烤烟向大村大户集中，全年收缴烤烟4049担；占地220亩的中华鳖养殖场全年销售甲鱼9.5万只，创收480万元，桂圆山庄、森鑫生态农庄等项目基础
""",
    ),
    dict(
        name="fresh54_06_community_2024_civilisation_work_plan",
        source="https://cangjie.cn/list/60fbz1a3.html",
        doc_kind="plan", partial=True,
        notes=["Word file: Heading 1/2/3 whose STYLES carry a multi-level numbering (numPr in the style: '%1、' "
               "chineseCounting, '（%2）' chineseCounting, '%3.' decimal, suffix nothing); typed numbers removed; the "
               "unnumbered heading 引言 is Heading 1 with numId 0 on the paragraph; the 1. lines under 一、 are Heading 3 "
               "(ilvl 2) directly under a level-0 heading; title 方正小标宋简体 centred.",
               "A community's 2024 精神文明建设 work plan from a page in markdown: the repeated page titles, '###/####' marks "
               "and the '**' bold marks were dropped, and '1. ' lost its space (the Word number has suffix nothing).",
               "引言 is an unnumbered level-1 label heading (background, guidance accepted). 一、总体目标 holds four 'title："
               "description' goals (level 2, goals); 二、具体措施 (measures, goals accepted) holds （一）/（二） with 1. items as "
               "run-in headings (level 3). The page ends inside （二）2. ('…助老助残、'); its text is set by hand."],
        units=[],
        docx=dict(style="outline", outline={"一、": 0, "（一）": 1, "1.": 2}, nonum=["引言"],
                  title_font="方正小标宋简体"),
        text="""\
@T | 社区2024年精神文明建设工作计划
@H1 sec=background alt=guidance num=none | 引言
社区既是居民生活的空间，也是文化传承、道德建设和社会和谐的重要阵地。2024年我社区以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和历次全会精神，围绕“以人为本、和谐共融、文化引领、全面发展”的核心目标制定本计划，提升居民生活质量，营造积极向上的社区文化氛围。
@H1 sec=goals | 一、总体目标
@H2 | 1.文化传承与创新：弘扬中华优秀传统文化，鼓励社区内的文化艺术创作，丰富居民精神文化生活。
@H2 | 2.道德风尚提升：加强公民道德教育，树立身边正面典型，形成崇德向善的良好风气。
@H2 | 3.邻里关系和谐：通过系列活动和交流平台，增进居民之间的了解与尊重，构建和睦的邻里关系。
@H2 | 4.环保意识增强：推广绿色生活理念，促进资源节约和环境保护，打造生态宜居的社区。
@H1 sec=measures alt=goals | 二、具体措施
@H2 alt=goals | （一）文化传承与创新
@H3 alt=goals | 1.开设“文化讲堂”：每月邀请专家学者和文化名人举办讲座，内容涵盖国学经典、书法绘画和民俗故事，激发居民对传统文化的兴趣。
@H3 alt=goals | 2.组织“创意工作坊”：定期举办手工制作、摄影、文学创作等创意活动，鼓励居民发挥创造力、展示个人才艺。
@H3 alt=goals | 3.建立“社区图书馆”：收集整理社区内外的图书资源，设立流动图书馆方便居民借阅，促进知识共享。
@H2 alt=goals | （二）道德风尚提升
@H3 alt=goals | 1.开展“道德模范评选”：每年评选一次道德模范，表彰在社区作出突出贡献的个人或家庭，发挥榜样的力量。
@H3 alt=goals text=2.实施“志愿服务计划” | 2.实施“志愿服务计划”：建立健全志愿服务体系，鼓励居民参与环保、助老助残、
""",
    ),
    dict(
        name="fresh54_07_community_civilisation_creation_plan_task_table",
        source="https://taowenge.com/p-86130641.html",
        doc_kind="plan", partial=True,
        notes=["Word file: direct formatting (title 方正小标宋简体 centred, 一、 headings 黑体, 1、 heading 楷体_GB2312); a real "
               "4-column 任务分工表 (序号 / 任务 / 责任人 / 工作标准) under 1、社区所在地; no footer.",
               "A community's 2023 文明创建 plan from a document-sharing page (converted text with word substitutions: 创立 for "
               "创建, 效劳 for 服务, kept in the title). The share line, the site blurb ('下面是小编为大家整理的…'), a wrong "
               "first title ('2022年度年文明创建工作计划(社区)') and the chunk markers were dropped; the title is the document's "
               "own '2023年文明创立工作规划（社区）'.",
               "The page runs '一、指导思想 以…为宗旨…' heading and body on one line; split into heading and body paragraphs. "
               "Under 三、重点任务 → 1、社区所在地 the page lists '(1)社区综合效劳大厅责任人xx，…' and '(2)各类活动室责任人xx，…'; "
               "the Word file carries these two items as rows of the 任务分工表 (责任人 'xx' as on the page, the rest condensed "
               "into the 工作标准 cell). Table rows are not labelled (check.py prints them as REVIEW).",
               "一、指导思想 guidance; 二、工作领导 responsibilities (the body names the 工作领导小组); 三、重点任务 goals (measures "
               "accepted); 1、社区所在地 a level-2 heading."],
        units=["工作领导小组"],
        docx=dict(style="fonts", title_font="方正小标宋简体", tables=[dict(first="序号　任务", rows=3)]),
        text="""\
@T | 2023年文明创立工作规划（社区）
2023年我社区按照创建文明城市的标准，继续做好文明创建工作，夯实各项基础，把文明社区建设落到实处，特制定本规划。
@H1 sec=guidance | 一、指导思想
以“提高群众素养，创立文明社区”为宗旨，坚持以人为本、重在建设，贴近实际、贴近群众、贴近生活，组织群众广泛开展志愿服务活动，提高辖区文明水平，巩固创建全国文明城市的成果。
@H1 sec=responsibilities | 二、工作领导
社区结合工作实际，根据人员变动及时调整了工作领导小组，明确职责、落实责任，为文明创建提供组织保障。
@H1 sec=goals alt=measures | 三、重点任务
@H2 alt=measures | 1、社区所在地
序号　任务　责任人　工作标准
（1）　社区综合效劳大厅　xx　设“学雷锋志愿效劳站”标牌，志愿服务流程、制度齐全；存放志愿者注册登记表、活动记录表；摆放医药箱、雨伞、针线包、老花镜等便民用品；有佩戴袖标或绶带的文明引导志愿者
（2）　各类活动室　xx　科普活动室器材定期维护、正常开放，有开放时间和活动记录本；综合文化活动中心正常运行，开展宣传文化、道德讲堂、党员教育、市民教育、家长学校、普法教育、未成年人思想道德建设等活动
""",
    ),
    dict(
        name="fresh54_08_town_2024_annual_work_plan",
        source="https://laobiganzi.top/292710.html",
        doc_kind="plan", partial=True,
        notes=["Word file: direct formatting on Normal paragraphs only: the （一） heading in 楷体_GB2312, the run-in label "
               "headings bold (the label only, the body in a plain run of the same paragraph); title 方正小标宋简体 centred; "
               "footer with a PAGE field '— 1 —'.",
               "A town's 2024 annual work plan (name masked, 'XX'; '二十届二中X会' as on the page). The 总体要求 and 预期目标 "
               "sentences and the lead-in '围绕以上目标，我们将重点做好以下几个方面工作：' are body.",
               "The task areas start at '（一）聚焦优化平台，创新动能，注入高质量发展工业动力' (level 1, the top level shown; goals, "
               "measures accepted); under it two unnumbered run-in headings '优化园区管理机制。…' and '增强企业内生动力。…' "
               "(level 2). Growth targets are not phases. The page ends in '…支持宜'."],
        units=[],
        docx=dict(style="fonts", footer=True, title_font="方正小标宋简体", l1_font="楷体_GB2312", l2_bold=True),
        text="""\
@T | 镇2024年度工作计划
2024年是中华人民共和国成立75周年，是深入实施“十四五”规划的攻坚之年。全年政府工作的总体要求是：以总书记新时代中国特色社会主义思想为指导，贯彻党的大会和二十届二中X会精神，落实中央和全省经济工作会议精神及县委“一坚持、六着力、一强化”工作要求，坚持稳中求进，推动经济社会高质量发展，奋力谱写全面建设社会主义现代化XX新篇章。
2024年经济社会发展主要预期目标是：地区生产总值增长7.6%，一般预算收入11000万元以上，固定资产投资增长11%以上，社会消费品零售总额增长8%以上，居民人均可支配收入增长7%，各项约束性指标达到上级要求。
围绕以上目标，我们将重点做好以下几个方面工作：
@H1 sec=goals alt=measures | （一）聚焦优化平台，创新动能，注入高质量发展工业动力
@H2 alt=measures | 优化园区管理机制。实施园区经济赋能行动，明确专班负责园区日常工作；巩固巡察反馈整改成果，完成已征用地块整体规划设计，推进7公顷工业用地报批，启动西侧400亩地块征地拆迁；探索利用集体建设用地建设标准化厂房，盘活闲置资产，提升园区亩均效益。
@H2 alt=measures | 增强企业内生动力。以工业园区为主阵地带动全镇工业发展，坚持创新驱动，推动“老树发新芽”，支持宜
""",
    ),
    dict(
        name="fresh54_09_rural_school_science_popularisation_plan",
        source="https://www.szzzywl.com/zhichangfanwen/gongzuojihua/4585.html",
        doc_kind="plan", partial=True,
        notes=["Word file: the 一、 headings automatically numbered (one list, ilvl 0 chineseCounting '%1、', numPr on the "
               "paragraphs), the 1、 / 2. headings typed; all in Normal with direct 黑体 / 楷体_GB2312; no title paragraph.",
               "The first sample of a collection page ('【精品】学校工作计划范文汇编8篇', '学校工作计划 篇1'): a township's "
               "primary-school science-popularisation plan. Collection title, blurb and sample title dropped; title is null.",
               "The page numbers the two sub-points inconsistently, '1、建立组织' then '2.师资队伍建设'; kept as written. "
               "一、指导思想： is guidance; 二、完善组织，建设团队： responsibilities (measures accepted), its 2.师资队伍建设 measures "
               "(responsibilities accepted). The leading group's member names were dropped, leaving the key-value lines "
               "'组长：' and '成员：' (body). The page ends in '…以提高科'."],
        units=["科普教育领导小组"],
        docx=dict(style="fonts", autonum={"一、": 0}),
        text="""\
为贯彻《中共中央国务院关于加强科学技术普及工作的若干意见》《中华人民共和国科学技术普及法》《全民科学素质行动计划纲要》和冯通111号文件精神，结合农村学校实际，围绕“注重创新精神和实践能力培养，全面推进素质教育”这一目标，完善激励机制，激发学生的科学兴趣，扎实有效地推进科普教育。
@H1 sec=guidance | 一、指导思想：
以现代教育为契机，落实科学的教育发展观，以科学教育为载体培养学生的创新精神、实践能力、科学态度和独立探索的能力，帮助学生形成科学的世界观、人生观和价值观；以科技教育为突破口，打造学校品牌亮点。
@H1 sec=responsibilities alt=measures | 二、完善组织，建设团队：
@H2 | 1、建立组织
完善科普工作激励机制，建设一支敬业、业务精、热爱科普教育的教师队伍，保证儿童科普教育有序开展。我乡小学科普教育领导小组如下：
组长：
成员：
各学校要成立科普教育领导小组，制定科普教育工作规划，切实按计划开展工作。
@H2 sec=measures alt=responsibilities | 2.师资队伍建设
优秀教师是开展科普教育的关键。各校要组建科技教师队伍，为教师外出培训提供机会和便利，做好校本培训，邀请辖区有经验的教师授课并现场指导，以提高科
""",
    ),
    dict(
        name="fresh54_10_township_government_work_report",
        source="https://www.ahhy.gov.cn/zfxxgk/public/25011/51281164.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Word file: title '政 府 工 作 报 告' in 黑体 22 pt centred, under it the meeting-date line and the speaker's "
               "office line centred in 楷体_GB2312 (the issuer and date under the title); headings by direct formatting "
               "(一、 黑体, the unnumbered level-2 heading 楷体_GB2312, run-in labels bold); footer with a PAGE field.",
               "A township government's work report to its people's congress (魏庄镇, 2019), from the county's open-government "
               "page titled '魏庄镇2018年政府工作报告和2019年工作计划'; that page title was dropped (the Word file starts with the "
               "report's own title). The speaker's personal name after '魏庄镇人民政府镇长' was dropped. The spaced title "
               "'政 府 工 作 报 告' is kept as typed; the label's title has the spaces removed.",
               "Three levels in the visible part: 一、2018年工作回顾 (achievements); the unnumbered sentence heading '一年来，"
               "我们以稳定发展为要务，推动经济继续保持健康发展' on its own line (level 2); run-in headings '经济持续稳健发展。…' "
               "and '现代农业量效齐增。…' (level 3). The date line and the office line are body, not headings. doc_kind "
               "report (summary accepted); the 2019 plan part is not in view. The page ends in '…农村集体资产清产'."],
        units=["魏庄镇人民政府"],
        docx=dict(style="fonts", footer=True, title_font="黑体", subtitle=2, l3_bold=True),
        text="""\
@T | 政 府 工 作 报 告
2019年2月26日在镇第十四届人民代表大会第三次会议
魏庄镇人民政府镇长
各位代表：
现在，我代表魏庄镇人民政府向大会报告工作，请予审议，并请列席人员提出意见。
@H1 sec=achievements | 一、2018年工作回顾
2018年，在县委、县政府和镇党委领导下，全镇上下学习贯彻习近平新时代中国特色社会主义思想和党的十九大及十九届二中、三中全会精神，打好防范化解重大风险、精准脱贫、污染防治“三大”攻坚战，围绕“打造生态魏庄，共建美丽家园”目标，较好完成年初确定的任务，经济平稳、社会和谐。
@H2 | 一年来，我们以稳定发展为要务，推动经济继续保持健康发展
@H3 | 经济持续稳健发展。2018年全镇财政收入466.43万元，增长24.7%，超额完成县定任务；引进和盛养殖、江苏凯迪亚新型材料、隆海物流等企业，完成招商引资3000万元；争取1700万元水利“最后一公里”项目资金，开工涉及9个村的农田水利治理工程；完成第四次全国经济普查摸底清查。
@H3 | 现代农业量效齐增。以强化基础设施、加快土地流转、优化产业结构为重点实施特色农业提升工程：植树造林1100亩，超任务200亩，投入11万元完成魏庄至张店段道路绿化提升；完成“一事一议”财政奖补项目7个；完成12个村农村集体资产清产
""",
    ),
]
