# -*- coding: utf-8 -*-
"""The seventy-first held-out fresh set: WORD FILES SAVED BY LIBREOFFICE, focused on
工作总结, 工作汇报 / 调研报告 and 述职报告, plus two 工作计划, as writers keep them in Word.
Ten real Chinese documents (a middle school's annual summary and plan, a primary school
principal's 述职报告, a county health bureau head's survey report, a county agriculture bureau's
annual summary, a county commerce bureau's half-year summary, a community's half-year summary,
a county supervision office's progress report, a school's term plan, a township health
centre's work plan and a property company's annual summary), each present twice: NAME.txt +
NAME.labels.json as in the other sets, and NAME.docx, the same document as a writer would have
it in Word, written as a flat ODF text file (.fodt) by _build/make_docx.py (corpus_fresh66's
script, with the （一）、 and （1）、 number formats added) and converted by LibreOffice
(soffice --headless --convert-to docx:"MS Word 2007 XML").
fresh_build/check_docx.py re-reads every .docx and asserts that its displayed text equals
NAME.txt line by line.  Found as stored public web pages with the `search` tool's `pages`
corpus.  None of the source pages is a source of a label file of shared/corpus-dev,
tests/corpus_* or /work/fresh*/, nor listed in the parallel helpers' used-source lists.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate and web debris (collection titles, sample
  numbers, upload lines, chunk markers, paywall lines) were dropped: a Word file would not
  carry them.
- Heading, title and item lines keep the source's numbering, wording and punctuation (long
  item lines keep their first clause and have their tail shortened); full-width punctuation
  restored from the store's NFKC text.  Every body paragraph is rewritten in our own words
  and shortened; dates, figures, unit and place names and the source's masking are kept;
  personal names dropped.

Each document's `docx` entry says how its Word file is made (see make_docx.py):
  style    'outline'  labelled headings whose numbering class is in `outline` are in
                      LibreOffice's Heading 1/2/3 styles numbered by the OUTLINE numbering
                      (number not typed);
           'headings' labelled headings in Heading 1/2/3 by level, numbers typed, the
                      outline numbering set to none;
           'direct'   every paragraph in the default style, headings bold by direct
                      formatting, numbers typed;
  lists    {class: level}: labelled lines of that numbering class get AUTOMATIC list
           numbering (number not typed).  With a level-0 class the document is ONE
           multi-level list; otherwise every run of list paragraphs is a new one-level
           list that restarts at 1;
  right    line starts of right-aligned lines;  footer: a footer with a PAGE field;
  blank_after: line numbers followed by an empty paragraph.

Marker syntax: see fresh_build/build.py.
"""

FRESH71_DOCS = [
    dict(
        name="fresh71_01_middle_school_annual_summary_and_plan",
        source="https://m.desk33.com/p-387507.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"（一）": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、2022年工作总结 is a Heading 1 paragraph numbered by the OUTLINE "
               "numbering (lvlText '%1、', numFmt taiwaneseCountingThousand, suffix nothing; the numPr sits in "
               "the Heading 1 style); the run-in （一）-（四） paragraphs are an AUTOMATIC one-level list "
               "(lvlText '（%1）'); a footer with a PAGE field; an empty paragraph after the title.",
               "A middle school's 2022 summary and 2023 plan, from a document-sharing site that shows the .docx "
               "as one block cut by chunk markers ('1、', '2、', '3、' at the start of each chunk, the second one "
               "inside the word 担当); the site's upload line and the chunk markers were dropped, since the "
               "writer's Word file has neither, and the words the markers split were rejoined.",
               "（一）-（三） are run-in headings ('（一）加强思想政治建设，牢记使命担当。加强政治理论学习。…'); "
               "（四） runs straight into its body with no full stop ('…强化师资保障加大教师培训力度…'), as the "
               "page has it: its text is set by hand. The 一年来 paragraph is a lead-in. The page ends inside "
               "（四）, at '…综合素养提升研修学习”'; only the 2022 summary is visible, the 2023 part is absent.",
               "Sections: 一、2022年工作总结 achievements (backward-looking), its （一）-（四） inherit it (measures "
               "accepted for the task areas). No units named (the school's own 处室 are not named)."],
        units=[],
        text="""\
@T | 中学2022年度工作总结和2023年工作谋划
一年来，学校全面贯彻党的教育方针，落实立德树人根本任务，牢固树立“生态质量”意识，深化课程改革、推进素质教育，努力让学校持续优质特色发展。
@H1 sec=achievements alt=goals | 一、2022年工作总结
@H2 alt=measures | （一）加强思想政治建设，牢记使命担当。加强政治理论学习。认真抓好理论中心组和党员干部、教师的政治学习，重视意识形态工作，开展党的学习教育，树牢“四个意识”，坚定“四个自信”，做到“两个维护”。一年来，学校继续保有“先进基层党组织”“党建工作示范点”称号。
@H2 alt=measures | （二）围绕高效运行，加强班子队伍建设。班子成员带头深入一线、各负其责；落实民主集中制，完善议事规则和决策程序，执行“三重一大”制度，重大问题集体研究；坚持“以人为本”的管理思想，加强干部学习，打好团体战。
@H2 alt=measures | （三）完善学校管理体制，提升管理效能。健全“校长一分管校长一处室主任”的管理网络，优化“一级三部”级部管理模式，管理效能进一步提升，形成“竞争有序、合作共赢、激情超越、奋力赶超”的氛围。
@H2 alt=measures text=（四）加强教干教师队伍建设，强化师资保障 | （四）加强教干教师队伍建设，强化师资保障加大教师培训力度，开展“大学习、大研讨、大改进”活动、“综合素养提升研修学习”
"""),
    dict(
        name="fresh71_02_primary_school_principal_duty_report",
        source="http://cedoc.cn/info/link/108254.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): typed 一是/二是, direct formatting only (the 一是/二是 paragraphs in "
               "bold as whole paragraphs, default paragraph style, first-line indent); a footer with a PAGE "
               "field; an empty paragraph after the title.",
               "A xx镇中心小学 principal's 述职报告 after half a year in the post, spoken to colleagues and "
               "leaders (salutation and 大家好). The page's site title line ('校长岗位述职报告范文') is the title "
               "without 范文. The page hides a middle part ('……此处隐藏1203个字……'); that paywall marker was "
               "dropped and the text on both sides kept: the first visible fragment ends '…只要我们敢', the text "
               "after the gap begins inside a sentence ('要“乘势而上”，争取又好又快地发展。') and is kept as a "
               "paragraph of its own ('我们要“乘势而上”，…'). The speaker's name (none shown) and the school's name stay masked as xx.",
               "Two sequences of 一是/二是 run-in headings: the first (机遇: 组织关怀, 社会认同) are the "
               "opportunities the report opens with (background; other accepted); the second (精细管理, 盘活队伍) "
               "follow the gap and report what was done (achievements; measures accepted). Both at level 1: the "
               "heading that the second sequence belongs under is in the hidden part (level 2 accepted). "
               "'我报告的题目是：抓住机遇谋发展。' is a body line (the report's theme), not labelled.",
               "No units named."],
        units=[],
        text="""\
@T | 校长岗位述职报告
各位同仁，各位领导：
大家好！按照上级文件要求，我就担任xx中心小学校长半年来的工作述职，请予审议。
我报告的题目是：抓住机遇谋发展。
这个题目不是为了述职临时想出来的，它是2011年我和学校领导班子全部工作的指导思想。
也许有人要问，“机遇在哪里？”我认为，xx镇中心小学正站在新的发展机遇面前。
@H1 sec=background alt=other lvlalt=2 | 一是组织关怀，领导信任。市教育局各科室检查、评估、调研后，都说学校有了“变化”；镇教育党总支和中心学校对我们十分关注和信任，在管理和经费上给予支持。这次薄弱学校改造计划又把我们列为重点扶持学校，这是新的发展机遇。
@H1 sec=background alt=other lvlalt=2 | 二是社会认同，家长支持。只要学校做得好，家长就会真诚和宽容，无论学校办活动还是收取各类费用，家长都很支持。管理中的失误和不足，只要我们敢
我们要“乘势而上”，争取又好又快地发展。
@H1 sec=achievements alt=measures lvlalt=2 | 一是精细管理。坚持“先规范，再精细”的思路，把2011年定为“精细管理年”，先从教学精细管理入手；改革初期有矛盾和阻力，但老师们都能理解和认同。
@H1 sec=achievements alt=measures lvlalt=2 | 二是盘活队伍。坚持“盘活教师，凝聚团队”的主线，用积极的文化氛围影响青年教师：共读书、组建排球队和舞蹈队，请城关小学的青年教师来校共庆五四，举办教师论坛。
"""),
    dict(
        name="fresh71_03_county_health_bureau_rural_health_survey_report",
        source="https://kuaichafanwen.com/89539.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 in Heading 1 and the run-in 一是 paragraph in Heading 2, numbers typed "
               "(the outline numbering has no number format, so Word shows only the typed numbers); a footer "
               "with a PAGE field; an empty paragraph after the title.",
               "A county health bureau head's survey report on rural health work (调研报告). The site's "
               "copyright and repost lines were dropped. The page runs the whole text as two blocks; the lead-in "
               "and 一、 were split at the visible boundary, and '一是农村卫生服务体系建设得到加强。' was put at "
               "the start of its own paragraph (on the page it follows '…取得了新的进步。' inside the 基本情况 "
               "block), as a writer's Word draft would have it.",
               "一、我县农村卫生工作基本情况 is background; the run-in 一是 heading states an achievement (kept "
               "under background, achievements accepted). The figures (29 institutions, 1027 staff, 197 村卫生室 "
               "…) are kept. The page ends inside 一是 at '…乡镇卫生院基础设施落后的面貌'.",
               "Units: none lead or take responsibility here (the institutions are counted, not assigned)."],
        units=[],
        text="""\
@T | 县卫生局局长农村卫生事业发展的调研报告
为全面了解全县农村卫生工作现状、推动农村卫生事业改革发展，近期我深入基层实地查看，与基层医疗卫生机构负责人、医务人员、乡镇村干部和农民群众座谈交流，听取意见建议，对全县农村卫生工作做了一次较全面的调查，并研究了推进的办法。现将有关情况报告如下：
@H1 sec=background | 一、我县农村卫生工作基本情况
全县政府主办的县乡医疗卫生机构共29个，其中县级7所、乡镇卫生院22所（中心卫生院8所），在职职工1027人，离退休人员482人；村卫生室197个，社区卫生服务站10个，从业人员849人；个体医疗机构188个，从业人员192人。近些年县委县政府高度重视农村卫生工作，卫生部门抓住机遇，农村卫生事业有了新的进步。
@H2 alt=achievements | 一是农村卫生服务体系建设得到加强。卫生监督、疾病防控、医疗救治三大体系初步建立，县医院、疾控中心、卫生监督所等县级机构的功能和规模在全市处于上游；近两年通过农村卫生服务体系建设民生工程，乡镇卫生院基础设施落后的面貌
"""),
    dict(
        name="fresh71_04_county_agriculture_bureau_annual_summary",
        source="http://baijiadoc.com/doc/ox29bic5kp",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        docx=dict(style="headings", lists={"1.": 0}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、2023年工作总结 in Heading 1 with its number typed (outline numbering "
               "none); the short 1.-3. headings are ONE AUTOMATIC list (lvlText '%1.', suffix nothing), "
               "continued over their bodies, which are separate paragraphs; a footer with a PAGE field; an empty paragraph after "
               "the title.",
               "A county agriculture and rural affairs bureau's 2023 summary and 2024 outlook (工作思路), "
               "from a PDF text copy that breaks a line at every figure and name ('2\\n个', 'XX\\n县'); the "
               "breaks were joined and the title's five pieces made one line. The PDF's stray breaks "
               "('枸杞乡' on its own line, '包苗机') were removed. The masking XX县 is kept.",
               "1.农业产业发展。 / 2.和美乡村建设。 / 3.强村富民改革。 stand on their own lines before their "
               "bodies, as the page shows them: headings at level 2 (achievements, inherited). Only 2023's "
               "summary is visible; the page ends inside 3. at '…引导村级组'.",
               "No units named as responsible (枸杞乡, 泗洲塘村, 峙岙村 are places of the work)."],
        units=[],
        text="""\
@T | 县农业农村局2023年工作总结和2024年工作思路
@H1 sec=achievements | 一、2023年工作总结
@H2 | 1.农业产业发展。
开展农业“双强”行动，推广新型农机，实施化肥减量，建成高品质绿色科技展示基地2个；借助示范基地推广新品种13个。贻贝自动包苗机及配套装备完成试制，列入省级农业“双强”重点突破项目。整治抛荒耕地20.67亩，播种蔬菜2700亩、粮食800亩，制定《XX县发展海岛精致农业工作实施方案（2023-2025年）》。枸杞乡入选首批国家农业产业强镇，“百年灯塔•蓝海牧场岛村记忆之旅”创成“浙里田园”精品线路。
@H2 | 2.和美乡村建设。
总结“千万工程”20周年经验，推进美丽海岛3.0建设，打造美丽小岛2个、“同舟共富”海上示范带1条，创成新时代美丽乡村示范县；完成泗洲塘村和峙岙村省级未来乡村建设任务，创建市级清廉村居示范点2个；开展人居环境整治和风貌改造提升，14个村庄获评“三星级”，入选全国村庄清洁行动先进县。
@H2 | 3.强村富民改革。
出台《XX县渔农村宅基地管理办法（试行）》，在枸杞乡龙泉村打造闲置农房盘活利用示范区；因村施策壮大集体经济，立项村集体经济项目15个、推进新型农村集体经济发展项目8个，3个入围市级示范项目；推广“以强带弱”“飞地抱团”，实施强村公司培优带富行动，引导村级组
"""),
    dict(
        name="fresh71_05_county_commerce_bureau_halfyear_summary",
        source="http://suxue6.com/fanwen/gongzuozongjie8/a638093.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", lists={"一、": 0, "1、": 1}, footer=True),
        notes=["Word file (LibreOffice): ONE AUTOMATIC multi-level list on plain paragraphs (level 1 '%1、' "
               "Chinese, level 2 '%2、' decimal), continued over the body paragraphs; the 1、 level restarts under "
               "二、 as Word restarts a deeper level; direct formatting otherwise; a footer with a PAGE field. No "
               "title: the page shows none (its collection heading was dropped).",
               "A county commerce bureau's (县商务局) half-year summary, with 20xx masking and the place name "
               "渌湘. The page breaks two lines inside a paragraph ('其中县城0.36' / '万头', '6、家电下乡：' / "
               "'1月到5月，…'); they were joined.",
               "一、主要经济指标完成情况 holds nine figure lines (外贸, 外经, 社会消费品零售总额, 存贷款, 定点屠宰, "
               "家电下乡, 酒类管理, 农贸市场, 商务信息): items at level 2 (achievements, inherited), not headings; "
               "their figures are kept as the page gives them ('完成71642' without a unit). The page has no "
               "table, so none was made. 二、以规范流通为重点，… is a heading; its 1、 is a run-in heading (text "
               "cut at the full stop); the page ends inside it at '…在这'.",
               "Unit: the writer, 县商务局."],
        units=["县商务局"],
        text="""\
20xx年是深入贯彻落实党的十七大精神的第二年，也是扩大内需、拉动消费、推动渌湘经济社会又好又快发展的关键一年。半年来，县商务局以科学发展观为指针，围绕“富民强县”目标和县委“一三二”工作思路，落实“夯实基础”工作主题，突出“抓外贸促出口，抓内贸促消费，抓外经促外派，抓队伍促工作”这条主线，统筹内外贸易，发挥了商务工作对县域经济的促进作用。
@H1 sec=achievements | 一、主要经济指标完成情况
@I2 | 1、外贸工作：1-5月外贸出口总额完成240万美元，占年计划任务1513万美元的15.86%（主要受金融危机的影响）。
@I2 | 2、外经工作：外派人数122人，年末在外人数427人。
@I2 | 3、社会消费品零售总额：1-4月社会消费品零售总额完成71642，比去年同期增长23.7%。
@I2 | 4、4月末各项存款余额368343万元，同比增长14.85%；各项贷款余额118105万元，同比增长23.81%。
@I2 | 5、定点屠宰：全县生猪定点屠宰完成0.9万头，其中县城0.36万头，乡镇0.54万头，比20xx年减少5%；半年稽查30次，没收白板肉等200公斤。
@I2 | 6、家电下乡：1月到5月，已备案登记60家销售网点，全县销售家电下乡产品3189件，销售额5455183元，财政发放补贴25251元。
@I2 | 7、酒类管理：县城酒类零售企业和个体工商户办证210本。
@I2 | 8、全面启动农贸市场新建和改造的办实事工作，项目正在报建和立项。
@I2 | 9、商务信息工作：做好信息和综合上报，加强商务网站建设，半年上报信息100条以上。
@H1 sec=achievements alt=measures | 二、以规范流通为重点，着力夯实商务业务基础工作
@H2 | 1、以科学发展观积极应对“猪流感”，严把肉品质量安全管理关。近期“猪流感”波及全球，引起恐慌。商务主管部门为保障群众健康和生命安全、确保全县“放心肉”供应，在这
"""),
    dict(
        name="fresh71_06_community_halfyear_summary",
        source="http://m.kj-cy.cn/htm/201473/56088_10.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="headings", blank_after=[1]),
        notes=["Word file (LibreOffice): 二、居务工作 in Heading 1 with its number typed (outline numbering "
               "none); body paragraphs in the default style; no footer; an empty paragraph after the title.",
               "A Chengdu community's (****社区, masked; 丽都社区 in the sports results) 2014 half-year summary, "
               "from page 10 of a site's series ('社区2014年上半年工作总结(10)'): the page's counter '(10)', its "
               "date, author (a person's name) and column lines were dropped; the title is '社区2014年上半年工作"
               "总结'. The visible part starts after the summary's opening: a paragraph on the honours and "
               "inspections, then 二、居务工作 with no 一、 before it (level 1 kept for 二、).",
               "Only one heading: 二、居务工作 (achievements). The 精神文明建设 / 计划生育 / 统战侨台 areas are "
               "named inside body sentences, not numbered; not labelled. The page ends at '…做好社区和谐工作。老'.",
               "Units: the community's 居委会 and its 文体协会 (as organisers)."],
        units=["社区居委会", "社区文体协会"],
        text="""\
@T | 社区2014年上半年工作总结
今年以来，****社区新获“成都十大年度社区”“成都楼市最满意住区”“四川省生态人居活动小区”“全国绿色社区”等称号，先后迎接街道、区、市、省和国家各级部门的检查指导数十次；现在又作为成都市的窗口，被列为创建国家文明城市必检单位。时间紧、任务重、压力大，我们有决心继续整改，圆满完成迎检任务。
@H1 sec=achievements | 二、居务工作
围绕“社区建设、服务居民”的宗旨，社区居委会上半年继续抓好精神文明建设、计划生育和统战侨台三项重点工作。
精神文明建设的重点放在社区文体活动上：除参加区、市、街道组织的活动外，社区文体协会组织各支队伍常年活动，太极拳队、歌咏队、舞蹈队、腰鼓队和新组建的器乐小合唱队从早到晚都有活动。在红牌楼街道辖区运动会上，丽都社区获乒乓球团体第一名、男女乒乓球单打第一名，游泳十个项目中获七个第一名，共十五个奖项。社区居委会向这些积极分子和骨干表示感谢。
精神文明建设还包括居民素质、日常行为、邻里友善等方面，社区居委会依靠居民组长、协会成员和积极分子共同做好社区和谐工作。老
"""),
    dict(
        name="fresh71_07_county_supervision_office_progress_report",
        source="https://www.ahjinzhai.gov.cn/public/6596281/38062166.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        docx=dict(style="direct", footer=True),
        notes=["Word file (LibreOffice): typed 一是/二是 and an unnumbered label heading, direct formatting only "
               "(the label in bold); a footer with a PAGE field. No title: the page shows the report from its "
               "first sentence (the government site's page title was not part of the store's text).",
               "A county (金寨县) party committee supervision office's report on how the 2025 《政府工作报告》 "
               "targets were carried out in the first half year: 145 targets broken into 222 tasks, with counts "
               "and shares per state (欠进度 17 / 7.7%, 超进度 10 / 4.5%, 已完成 24 / 10.8%, 其它类 9 / 4.1%, 达进度 "
               "162 / 72.9%), kept as figures in a body paragraph (the page has no table).",
               "'下一步工作要求：' is an unnumbered label heading at level 1 (requirements; next_steps accepted, "
               "since it closes a report); 一是/二是 are run-in headings under it at level 2. The lead-in says "
               "'现将有关情况汇报如下'; the two body paragraphs before the label have no heading. The page ends "
               "after 二是 (the visible text stops at '…确保年度目标任务高质高效完成。').",
               "Units: the writer, 县委督查办 (the 责任单位 are not named)."],
        units=["县委督查办"],
        text="""\
7月9日至17日，县委督查办组成两个督查组，通过查阅资料、电话核查和现场核实，对2025年《政府工作报告》主要目标任务上半年落实情况进行了督查。现将有关情况汇报如下。
2025年《政府工作报告》明确145项目标任务，由主办单位分解、报分管领导审定后细化为222个具体工作内容。经督查核实：欠进度的17个，占7.7%；超进度的10个，占4.5%；已完成和提前完成的24个，占10.8%；其它类9个，占4.1%；达进度的162个，占72.9%。
总体看，绝大多数责任单位重视、部署周密、责任压实，部分任务已提前完成全年目标；但也有少数单位重视不够、责任没有压实、推进不力。
@H1 sec=requirements alt=next_steps | 下一步工作要求：
@H2 | 一是锚定时限狠抓落实。各责任单位要把落实《政府工作报告》当作政治任务，紧扣时间节点，压实“主要领导亲自抓、分管领导具体抓、工作人员抓落实”的责任，确保任务如期完成。
@H2 | 二是查找原因精准施策。因客观原因尚未启动或推进缓慢的，要分析原因、主动作为，加强对接沟通和统筹协调，采取有力措施推动落实，确保年度目标任务高质高效完成。
"""),
    dict(
        name="fresh71_08_school_second_term_work_plan",
        source="https://www.wenshuka.com/gzjhmb/xueqi/6d5176.html",
        doc_kind="plan", partial=True,
        docx=dict(style="headings", lists={"一、": 1}, footer=True, blank_after=[1]),
        extra_phases=[dict(at="本学期自", name="本学期", start_text="XX年2月13日", end_text="XX年7月3日")],
        notes=["Word file (LibreOffice): the unnumbered labels 指导思想 / 主要工作任务 / 具体工作措施 in Heading 1; "
               "the five 一、-五、 task lines under 主要工作任务 are an AUTOMATIC one-level list (lvlText '%1、', "
               "Chinese), and the 一、 under 具体工作措施 starts a new list (restarting at 一); a footer with a PAGE "
               "field; an empty paragraph after the title.",
               "A school's (xx学校) plan for a second term. The site's breadcrumb, source and read-count lines "
               "and its title '学校-第二学期工作计划' were dropped; the document's own title line "
               "'学校XX-XX第二学期工作计划' is kept with its masking.",
               "The five 一、-五、 lines of 主要工作任务 are task statements: items at level 2 (goals). Under "
               "具体工作措施 the numbering starts again: '一、坚守先进办学理念，…锻造xx精神。' is a heading at level "
               "2 (measures). 指导思想 guidance; 主要工作任务 goals; 具体工作措施 measures (goals accepted). "
               "'本学期自 XX年2月13日起至XX年7月3日止，共计20周。' is the optional overall period (the page's space "
               "after 自 kept). The page ends inside 一、's body at '…将岗位职责和方'.",
               "No units named."],
        units=[],
        text="""\
@T | 学校XX-XX第二学期工作计划
@H1 sec=guidance | 指导思想
以《国家教育改革和发展中长期规划》为指导，落实科学发展观，以xx学校“单元整体问题导学”课堂模式的构建为核心，优化教育教学常规管理，提升教师专业水平，完善课程结构，发展学生综合素质，打造学校品牌。
@H1 sec=goals | 主要工作任务
@I2 | 一、优化学校管理，完善制度体系建设，保证长效创新机制。
@I2 | 二、深化课堂建设，实现课堂效益二次提升，创建品牌课堂。
@I2 | 三、完善课程机制，构建课程体系，形成课程文化。
@I2 | 四、提升德育品位，培育群体特色，实现个性成长。
@I2 | 五、改善办学条件，丰富业态形式，共享教育人生。
@H1 sec=measures alt=goals | 具体工作措施
本学期自 XX年2月13日起至XX年7月3日止，共计20周。
@H2 | 一、坚守先进办学理念，规范教育教学行为，统一教育情意品质，锻造xx精神。
本学期是xx学校发展史上最好的机遇期。经过全体教职工共同努力，学校各项事业全面发展，高效课堂建设势头很好，课程建设初见端倪，教学成绩显著。面对新形势，是固步自封、机械重复，还是自我加压、锐意突破，关系到学校品牌能否飞跃、教师品质能否提升。全体教职工要更忠诚于团队、更求实、更规范、更钻研、更协作、更创新，认真制定并实践个人发展规划，把个人的学习工作融入集体发展，将岗位职责和方
"""),
    dict(
        name="fresh71_09_township_health_centre_work_plan",
        source="http://23gay.com/haowen/4599.html",
        doc_kind="plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）、": 2}, lists={"1、": 0, "（1）、": 1}, footer=True),
        notes=["Word file (LibreOffice): 一、/二、 are Heading 1 and （一）、 Heading 2 paragraphs numbered by the "
               "OUTLINE numbering (lvlText '%1、' and '（%2）、', numFmt taiwaneseCountingThousand, suffix nothing); "
               "the 1、-3、 task paragraphs and the （1）、 line below them are ONE AUTOMATIC two-level list "
               "(lvlText '%1、' and '（%2）、'); a footer with a PAGE field. No title: the page shows none (its "
               "'7篇' collection title and preface were dropped).",
               "A township health centre's (卫生院) work plan, the first of a collection page. The page is a "
               "machine conversion to traditional characters; the Word file is in simplified characters, as "
               "the writer's draft was, but the conversion's word swaps are kept as the page shows them: 管理 "
               "appears as 治理 ('（一）、医疗质量治理', '分级治理', '目标治理') and 不断 as 不但 ('不但提高医疗质量', "
               "'2、不但完善质量控制体系'). '创“一甲”最高分' kept.",
               "Headings: 一、指导思想 guidance; 二、目标与任务 goals, （一）、医疗质量治理 level 2 under it. The 1、-3、 "
               "lines are run-in task headings at level 3 (goals inherited; measures accepted); 3、 has no body "
               "on the page. The page ends at the （1）、 item '（1）、组织各科室医务人', kept as the fragment (an "
               "item at level 4).",
               "Unit: 质控办 (to be set up, and made responsible for checks)."],
        units=["质控办"],
        text="""\
@H1 sec=guidance | 一、指导思想
以病人为中心，创一流文明优质服务；以改革为动力，提倡竞争、敬业和进取；以人才培养为根本，提高全员素质；以质量治理为核心，不但提高医疗质量；以安全治理为重点，保障医疗安全；以分级治理为基础，创“一甲”最高分；以目标治理为主线，加大治理力度，完成各项医疗工作任务。
@H1 sec=goals | 二、目标与任务
@H2 | （一）、医疗质量治理
医疗质量治理是对医疗活动全过程的组织、计划、协调和控制，目的是通过加强医疗治理提高全院医疗技术水平，更好地为患者服务。
@H3 alt=measures | 1、建立健全质控职能，加大督导检查力度。组建质控办，分工明确、责任到人；质控办定期或不定期到各科室检查指导，定期召开例会，汇总检查结果、查找问题、及时整改。
@H3 alt=measures | 2、不但完善质量控制体系，细化质量控制方案与质量考核标准，实行质量与效益挂钩的治理模式。
@H3 alt=measures | 3、进一步加强医疗文书的规范化书写，努力提高医疗业务水平。
@I4 | （1）、组织各科室医务人
"""),
    dict(
        name="fresh71_10_property_company_annual_summary",
        source="https://www.360docs.net/doc/0516395501.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "1.": 2}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 and 1.-4. Heading 2 paragraphs numbered by the "
               "OUTLINE numbering (lvlText '%1、' Chinese and '%2.' decimal, suffix nothing; the level-2 numbers "
               "restart under 三、 as Word restarts a deeper outline level); body paragraphs in the default "
               "style; a footer with a PAGE field; an empty paragraph after the title.",
               "A property-management company's (物业公司) annual summary, the first of six samples on a "
               "document site: the site's '物业运营报告' line, the collection title '…6篇' and the sample number "
               "'篇1' were dropped; the title is '物业公司年度工作总结的报告'. The page ran each numbered heading "
               "straight into its body ('1. 物业服务品质提升过去一年，…'); in the Word file the headings are "
               "their own paragraphs (the page's space after '1.' is not in the automatic number, so the "
               "lines read '1.物业服务品质提升').",
               "一、引言 other (background accepted); 二、年度工作回顾 achievements; 三、存在问题分析 problems, with its "
               "1./2. problem headings. The page ends inside 三、2. at the heading fragment '2.维修维护工作仍' "
               "(labelled as written).",
               "No units named beyond the writer (物业公司)."],
        units=["物业公司"],
        text="""\
@T | 物业公司年度工作总结的报告
@H1 sec=other alt=background | 一、引言
本报告回顾物业公司过去一年的工作，分析存在的问题并提出改进措施。
希望借这次年度总结更好地掌握公司运营状况，为今后工作提供有针对性的指导。
@H1 sec=achievements | 二、年度工作回顾
@H2 | 1.物业服务品质提升
一年来，公司通过加强员工培训、优化服务流程、引入先进管理理念提升服务品质，业主满意度调查显示服务品质明显提高，业主的信任度和满意度持续上升。
@H2 | 2.维修维护工作优化
公司制定更科学的维修计划、优化维修流程、加强维修人员技能培训，提高了维修维护的效率和质量，并及时向业主反馈维修进展。
@H2 | 3.安全管理升级
安全是物业工作的重中之重。公司完善安全管理制度和监控设备，定期组织安全培训和演练，安全管理水平明显提升，保障了业主的人身和财产安全。
@H2 | 4.团队建设与人才培养
公司重视员工职业发展和团队凝聚力，制定培训计划、提供多样的发展机会、加强团队沟通协作，建成一支高素质、高效率的服务团队。
@H1 sec=problems | 三、存在问题分析
@H2 | 1.服务品质仍需进一步提升
服务品质虽有明显进步，仍有部分业主反映服务态度和效率有待提高，公司需要继续加强员工培训、优化服务流程。
@H2 | 2.维修维护工作仍
"""),
]
