# -*- coding: utf-8 -*-
"""The thirty-first held-out fresh set: WORD FILES SAVED BY LIBREOFFICE (like corpus_fresh24).
Real Chinese summaries, reports, speeches, activity plans and plans/schemes, each present
twice: NAME.txt + NAME.labels.json, and NAME.docx written as a flat ODF text file by
_build/make_docx.py and converted by LibreOffice (soffice --headless --convert-to
docx:"MS Word 2007 XML").  fresh_build/check_docx.py re-reads every .docx and asserts that
its displayed text equals NAME.txt line by line.  Found as stored public web pages with the
`search` tool's `pages` corpus; no source page is a source of an earlier set.
HELD OUT: never tune an importer on these documents; score totals only.

Each document's `docx` entry (see make_docx.py):
  style    'outline'  labelled headings whose class is in `outline` are Heading 1/2/3
                      numbered by LibreOffice's outline numbering (number not typed);
           'headings' labelled headings in Heading 1/2/3 by level, numbers typed;
           'direct'   default paragraphs, headings in a bold (heiti) paragraph style;
           'bold'     NEW in this set: default (Normal) paragraphs, numbers typed, the
                      heading part of a heading line in a BOLD RUN (w:b), its body in a
                      plain run; no paragraph style or outline level;
  lists    {class: level}: labelled lines of that class get automatic list numbering;
  tables   [dict(first=..., rows=n, cells=[...])]; breaks; right; footer; blank_after.
Marker syntax: see fresh_build/build.py.
"""

FRESH31_DOCS = [
    dict(
        name="fresh31_01_city_county_urban_management_three_year_plan",
        source="http://henan.kjzch.com/xuchang/2016-06-27/149810.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, right=["2016年6月22日"], footer=True,
                  blank_after=[3]),
        extra_phases=[],
        notes=["Word file (LibreOffice): the issuing notice's addressee line and its one-paragraph body, the "
               "date RIGHT-aligned, then the plan title (centred) after an empty paragraph; 一、 are Heading 1 "
               "paragraphs numbered by the outline numbering (number not typed); the ———— principles are "
               "typed in plain paragraphs; a footer with a PAGE field.",
               "A city government's three-year action plan (许昌市) printed inside its issuing notice. The addressee "
               "line, the notice body and the date are not headings and not title lines; the title is the plan's "
               "own title (line 4). The notice's document number (豫政办〔2016〕26号) is a cited provincial document.",
               "The principles '——以人为本，服务优先。…' are level-2 headings under 二、基本原则 (guidance); the page "
               "ends inside the second principle's body."],
        units=[],
        text="""\
各县（市、区）人民政府，市城乡一体化示范区、经济技术开发区、东城区管委会，市人民政府有关部门：
《许昌市提升县（市、区）城市管理水平三年行动计划》已经市政府同意，现印发给你们，请认真贯彻执行。
2016年6月22日
@T | 许昌市提升县（市、区）城市管理水平三年行动计划
为贯彻中央和省委、市委城市工作会议精神，改善县城人居环境、完善县级城市功能，依据《河南省人民政府办公厅关于印发河南省提升县级城市管理水平三年行动计划的通知》（豫政办〔2016〕26号），市政府决定从2016年起在全市实施本行动计划。
@H1 sec=guidance | 一、指导思想
围绕“四个河南”和“五型许昌”建设，坚持新发展理念，补齐短板，集中开展治“脏”、治“乱”、治“违”等专项整治，着力解决县城管理粗放、设施落后、面貌较差的问题，建设秩序优良、环境优美、和谐宜居的美丽许昌。
@H1 sec=guidance | 二、基本原则
@H2 | ——以人为本，服务优先。把群众满意作为城市管理的出发点和落脚点，把改善民生融入管理的各个环节。
@H2 | ——依法治理，规范执法。用法治思维和法治方式管理城市，完善执法制度，改进执法方式。
"""),
    dict(
        name="fresh31_02_school_spring_moral_education_plan",
        source="https://m.1wenmi.com/doc/910857.html",
        doc_kind="plan", partial=True,
        docx=dict(style="bold", lists={"1.": 1}, blank_after=[1]),
        notes=["Word file (LibreOffice): every paragraph in the default style; 一、 headings and the （1） line are "
               "typed, their heading part in a BOLD RUN (no heading style, no outline level); the 1. lines are an "
               "AUTOMATIC one-level list ('%1.', decimal) that restarts under 三、 (the 1. under 三、 is a run-in "
               "heading, the 1.-5. under 二、 are goal items); an empty paragraph after the title.",
               "A school's spring-term moral education plan from a document-sharing site: its member line and "
               "page markers dropped; the page's PDF spacing '1 .进一步…' becomes the list number '1.'. The page "
               "ends inside （1）'s body.",
               "The 1.-5. lines under 二、工作目标 are items (goal statements); 1.加强德育队伍建设… under 三、工作措施 "
               "is a heading (measures) with （1） below it as an item."],
        units=[],
        text="""\
@T | 【2024年春】中小学德育工作计划
@H1 sec=guidance | 一、指导思想
以党的二十大精神为指导，落实加强和改进未成年人思想道德建设的要求，坚持育人为本、德育为先，推进德育创新，加强队伍建设，增强德育工作的针对性和实效性。
@H1 sec=goals | 二、工作目标
@I2 | 1.进一步强化德育队伍建设，加强班主任的培养和考核，提高班主任的育人艺术和管理水平。
@I2 | 2.积极推进德育课程化建设，加强德育课程的教学与研究，提高德育课程的教学质量。
@I2 | 3.进一步优化学生自主管理能力，充分发挥学生自我管理、自我教育的作用。
@I2 | 4.进一步推进校园文化建设，提升校园文化内涵，增强校园文化氛围。
@I2 | 5.进一步加强家校合作，积极推进家长学校建设，提高家长的教育意识和教育能力。
@H1 sec=measures | 三、工作措施
@H2 | 1.加强德育队伍建设，提高德育工作水平。
@I3 | （1）加强班主任培训和考核工作。定期组织班主任业务学习，完善考核机制。
"""),
    dict(
        name="fresh31_03_town_annual_summary_and_next_year_plan",
        source="https://laobiganer.com/gongwen/99862.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 is a Heading 1 and （一） a Heading 2 paragraph, both numbered by the "
               "outline numbering (number not typed); （一）'s paragraph is a run-in heading whose body (with "
               "inline 一是/二是/三是) stays in the same Heading 2 paragraph; a footer with a PAGE field.",
               "A town's (镇, name masked on the page) 2023 summary with its 2024 plans; the site's update line "
               "dropped. The page ends inside （一）'s body; only 一、's first sub-section is visible.",
               "Inline 一是…二是…三是… stay inside the （一） paragraph and are not labelled."],
        units=[],
        text="""\
@T | 镇2023年工作总结和2024年工作谋划
今年以来，镇围绕县委、县政府和镇党委的部署，主攻经济发展、重点项目、城乡环境、民生事业和社会稳定，全镇经济社会发展取得新进步。现将2023年工作推进情况及2024年工作谋划报告如下。
@H1 sec=achievements | 一、2023年工作推进情况
@H2 | （一）聚力加快转型升级，产业发展更加兴旺。一是扛牢粮食安全责任，布局“一带两核四片”，2023年粮食播种面积4.5万亩，蔬菜种植面积5.1万亩，农业生产总值超9.5亿元。二是坚持“一产提质、接二连三”，打造“七基地两中心”产业融合示范区。三是发展电商产业，培育直播人才20余名，村集体经济增收近30万元。
"""),
    dict(
        name="fresh31_04_town_halfyear_summary",
        source="https://xiezuogongyuan.com/52735.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="headings", blank_after=[2]),
        notes=["Word file (LibreOffice): the long title over TWO centred paragraphs (broken before 及…, the page has it "
               "on one line; both are title lines, the label's title joins them); 一、 and （一） are Heading 1 / "
               "Heading 2 paragraphs with the numbers TYPED (outline numbering none), the 一是 run-in heading a plain "
               "paragraph; an empty paragraph after the title.",
               "A town's (XX镇, Guangdong) summary; the page repeats the title (dropped once). The title speaks of "
               "上半年 while the body reviews the whole year (一年来…); kept as the page has it, with its masked "
               "figures (1XX32元, 11.X%).",
               "（一）抓住中心，谋划发展 is followed by the run-in heading 一是工业化发展步伐加快。… (line-initial 一是, level 3, "
               "a plain Normal paragraph in the .docx, number typed). The page ends inside that paragraph."],
        units=[],
        text="""\
@T | XX镇2023年上半年工作总结
@T | 及2023年下半年工作设想
2023年，我镇在XX县委、县政府领导下，按照“招商引资年”“效能建设年”的部署，以建设“粤西贸易重镇、区域经济强镇、生态宜居城镇”为目标，促进了经济社会全面发展。
@H1 sec=achievements | 一、2023年工作情况
一年来，我镇围绕“保稳定、求和谐、促发展”的思路推进各项工作。预计全镇人均生产总值1XX32元，增长11.2%；财政收入3103万元；固定资产投资32073万元，比增21.X%；农民人均纯收入X112元，比增11.X%。
@H2 | （一）抓住中心，谋划发展
@H3 | 一是工业化发展步伐加快。我镇在县道181线旁新规划2000亩工业园并完成控制性详细规划，引进XX沣浦房地产开发有限公司投资1亿元建设XX新农贸综合市场。
"""),
    dict(
        name="fresh31_05_subdistrict_annual_work_report",
        source="https://www.hzsc.gov.cn/art/2023/11/14/art_1229538993_4218628.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        docx=dict(style="bold"),
        notes=["Word file (LibreOffice): default paragraphs only; the （一）/（二） headings are typed and their heading "
               "part (up to the first 。) is a BOLD RUN, the body continues in a plain run in the same paragraph.",
               "A sub-district office's (街道, 杭州上城区 site) work report reviewing 2022. No title line is shown; the page "
               "starts with the opening paragraph. 一年来，我们全力抓好五个方面的工作： is a lead-in.",
               "（一）/（二） are the top visible level (level 1); they are most likely under an unseen 一、 of the report, so "
               "level 2 is accepted. Inline labels 经济指标序时完成。招强引优成效显著。… inside the paragraphs are not labelled. "
               "The page ends inside （二）."],
        units=[],
        text="""\
2022年，面对复杂多变的外部环境，我们在区委、区政府和街道党工委领导下，在人大代表、政协委员和居民议事会成员监督支持下，落实“疫情要防住、经济要稳住、发展要安全”要求，办成了一批想办的大事要事。
一年来，我们全力抓好五个方面的工作：
@H1 sec=achievements lvlalt=2 | （一）突出精准施策，全力以赴推动稳进提质。经济指标序时完成，全年财政总收入6.45亿元，固定资产投资额10.2亿元，建筑业省内产值6.72亿元，增速全区第1。招强引优成效显著，全年引进企业394家，其中亿元项目13个。精准引育打响品牌，引进市级及以上领军人才2人，新增市D类以上人才16人。
@H1 sec=achievements lvlalt=2 | （二）突出品质提升，多措并举更新街域面貌。坚持区域协调发展，补短板、强功能、提品质、优服务，推动街域形象和发展品位提升。
"""),
    dict(
        name="fresh31_06_county_work_safety_meeting_speech",
        source="http://m.sanweiyuan.com/news/63285.html",
        doc_kind="speech", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 is a Heading 1 paragraph numbered by the outline numbering (number not "
               "typed); salutation and body in default paragraphs; an empty paragraph after the title.",
               "A county leader's speech at a work-safety meeting after two serious accidents. The site name, the "
               "date, the preview-end line and the contact lines were dropped (a Word file would not carry them); "
               "masking ×××, XX, ××% kept. The page ends inside 一、's body ('主观……'), cut at the last full sentence.",
               "一、 is a speech point: requirements, guidance accepted (its wording 总结惨痛教训，分析严峻形势 also reads "
               "as problems, accepted)."],
        units=[],
        text="""\
@T | 在全县安全生产工作会议上的讲话
同志们：
今天会议的任务是总结我县今年两起较大安全生产事故的教训，分析严峻形势，动员全县立即行动，扭转安全生产的被动局面。刚才，×××同志通报了全县安全生产情况，×××县长部署了今后的工作，我完全同意。下面，我讲三点意见。
@H1 sec=requirements alt=guidance,problems | 一、总结惨痛教训，分析严峻形势，切实增强做好安全生产工作的责任感和紧迫感
近年来县委、县政府多次研究部署安全生产，但在不到×个月里我县接连发生两起较大事故，损害群众生命财产，也影响了XX乃至全市的形象和投资者信心。事故既有客观原因，也有主观因素：矿业占我县经济发展份额××%，多年粗放开采留下的隐患正在暴露，亟须下大力气治理。
"""),
    dict(
        name="fresh31_07_town_party_secretary_cadre_meeting_speech",
        source="https://xiezuofangchengshi.com/doc/83404.html",
        doc_kind="speech", partial=True,
        docx=dict(style="bold", right=[]),
        notes=["Word file (LibreOffice): default paragraphs only; the 一、 point typed, its heading part in a BOLD RUN.",
               "A town party secretary's speech at the annual party and government work meeting; the page masks the "
               "year and the town's slogans with *, kept. Title kept as the page has it (党政务政务). The page ends "
               "inside 一、's body (cut at the last full sentence); 下面，我再强调三点意见： is part of a body line.",
               "一、 is a speech point: requirements, guidance accepted."],
        units=[],
        text="""\
@T | 镇党委书记在党政务政务干部大会上的讲话
同志们：
今天召开*年度党务政务工作会，主要任务是贯彻市区“两会”精神，按照镇年初人代会确定的“*”思路，动员全镇党员干部真抓实干，为加快建设“*制造科创新城”注入动力。刚才各位分管领导部署了全年工作，我完全赞同。下面，我再强调三点意见：
@H1 sec=requirements alt=guidance | 一、认清抢抓新机遇形势，明确加速崛起、进位赶超的发展方向
今天会议要理清*发展面临的形势和风险，抓紧补短板、堵漏洞、强弱项，让党员干部增强机遇意识和忧患意识。
"""),
    dict(
        name="fresh31_08_primary_school_arbor_day_activity_plan",
        source="http://m.yiwenmi.cn/fangan/128201.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"1、": 1}, cont=True, footer=True, blank_after=[1],
                  breaks=[("（1）3月12日", "（1）3月12日（周__）下午二课时间，")]),
        extra_phases=[
            dict(at="20__年3月12日至", name="活动时间", start_text="20__年3月12日", end_text="20__年6月1日"),
            dict(at="（1）3月12日", name="一、二年级植树", start_text="3月12日（周__）", end_text=None),
            dict(at="（2）3月13日", name="三年级植树", start_text="3月13日（周__）", end_text=None),
            dict(at="（3）3月14日", name="四年级植树", start_text="3月14日（周__）", end_text=None),
            dict(at="（4）3月15日", name="五年级植树", start_text="3月15日（周__）", end_text=None)],
        notes=["Word file (LibreOffice): headings typed in a bold heiti paragraph style (direct formatting); the 1、 "
               "lines an AUTOMATIC one-level list ('%1、'); the （1） line holds a SOFT LINE BREAK before '一、二由年级组…' "
               "(the page breaks the line there): the part after the break does not start a new line, so the .txt "
               "joins it ('…二课时间，一、二由年级组…'); a footer with a PAGE field.",
               "A primary school's Arbor Day plan; the site's collection title and sample number ('篇1') dropped. "
               "The page ends inside 4、's （2）; the truncated line was dropped.",
               "三、活动时间 is the optional overall period; the grade time slots （1）-（4） are optional time slots. "
               "（一） is a dated activity (国旗下讲话 on 3月12日, text set by hand, a phase with a start only); （二） is an undated task area beside it. The dates inside the 1、/2、 tasks are task dates, not phases. 四、具体安排 is phases (goals "
               "accepted); （一） and （二） inherit it. 4、我给小树赋诗作画 is an item (a task with its own （1）)."],
        units=["大队部"],
        text="""\
@T | 小学生植树节活动方案策划
@H1 sec=goals alt=guidance | 一、活动目的
借三月植树节，号召全体师生开展护绿行动和种植实践，宣传与行动相结合，增强学生的环保意识和生态意识，美化净化校园。
@H1 sec=other | 二、活动口号
行动起来，为校园增添一点绿；
@H1 sec=phases alt=other | 三、活动时间
20__年3月12日至20__年6月1日
@H1 sec=phases alt=goals | 四、具体安排
@H2 text=（一）3月12日（周__）国旗下讲话 phase=国旗下讲话;3月12日（周__）; | （一）3月12日（周__）国旗下讲话由大队委宣读植树活动《倡议书》，学部行政领导作动员讲话，号召人人参与爱绿、护绿系列活动。
@H2 | （二）为校园增添一点绿
@I3 | 1、3月11日（周__）班会课，围绕“行动起来，为校园增添一点绿”主题开展班会，讲解植树节来历和种植技术。
@I3 | 2、各班于3月16日（周__）之前制作本班标示牌和植物简介牌，种植时插在活动地点，便于日常管理。
@I3 | 3、各年级植树的时间安排：
@I4 | （1）3月12日（周__）下午二课时间，一、二由年级组统一部署、班主任组织开展种植实践体验活动。
@I4 | （2）3月13日（周__）大课间活动时间，三年级植树时间，由年级组长统一指挥。
@I4 | （3）3月14日（周__）大课间活动时间，四年级植树时间，由年级组长统一指挥。
@I4 | （4）3月15日（周__）大课间活动时间，五年级植树时间，由年级组长统一指挥。
@I3 | 4、我给小树赋诗作画
@I4 | （1）1-2年级各班学生画一幅画或写一段话，3-5年级各班写几首儿童诗，3月23日（周__）之前交大队部，评出优秀作品展示，“六一”儿童节颁奖。
"""),
    dict(
        name="fresh31_09_college_volunteers_tree_planting_activity_plan",
        source="https://www.ppfp.cn/content/8740022.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1],
                  tables=[dict(first="序号　工作内容　时间", rows=9,
                               cells=[["序号", "工作内容", "时间"],
                                      ["1", "联系场地", "2月28日—3月5日"],
                                      ["2", "确定植树地点、订购树苗", "3月7日"],
                                      ["3", "活动宣传：出海报，召开各班团支书会议", "3月9日"],
                                      ["4", "招募志愿者、筹备费用，统计参加人数和名单", "3月9日"],
                                      ["5", "召开志愿者会议，通知各事项并交代注意事项", ""],
                                      ["6", "踩点，确定植树地点和路线", ""],
                                      ["7", "秘书组制作活动横幅，举行签字仪式", ""],
                                      ["8", "秘书组借相机并负责当天照相", "3月10日—3月11日"]])]),
        extra_phases=[
            dict(at="1　联系场地", name="联系场地", start_text="2月28日", end_text="3月5日", optional=False),
            dict(at="2　确定植树地点", name="确定植树地点、订购树苗", start_text="3月7日", end_text=None, optional=False),
            dict(at="3　活动宣传", name="活动宣传", start_text="3月9日", end_text=None, optional=False),
            dict(at="4　招募志愿者", name="招募志愿者", start_text="3月9日", end_text=None, optional=False),
            dict(at="8　秘书组借相机", name="借相机", start_text="3月10日", end_text="3月11日", optional=False),
            dict(at="3月14日7:00", name="集合", start_text="3月14日7:00", end_text=None)],
        notes=["Word file (LibreOffice): the eight preparation steps of 活动开展 are a real three-column TABLE with a "
               "header row (序号 / 工作内容 / 时间); the page lists them as '1、联系场地（2月28日—3月5日）…', the "
               "bracketed dates became the 时间 column (empty for the undated steps 5-7, skipped in the .txt); "
               "headings typed in a bold heiti paragraph style; a footer with a PAGE field.",
               "A college's (机电学院) young volunteers' tree-planting plan from a collection page; the page's "
               "collection title, ID, upload time and uploader dropped. The page has lost the labels of the lines "
               "after the opening (3月14日 / 机电学院青年志愿者 / 动员… / 植树造林…: time, organiser, form, slogan): "
               "kept as unlabelled body lines. The page ends after 1、集合's body.",
               "活动开展 is an unnumbered heading (phases); b、活动期间 (its a、 sibling missing on the page) is level 2 "
               "under it (level 1 accepted), an undated phase. The dated table rows are phases on their rows (table "
               "rows are never labelled); 1、集合 is an item whose time (3月14日7:00, next line) is an optional time slot."],
        units=["机电学院青年志愿者", "秘书组"],
        text="""\
@T | 植树节活动策划方案
为保护林业资源、美化环境，增强大家义务植树和爱护花木的意识，我院志愿者开展护绿行动和种植实践，让同学们在活动中体验成功的喜悦，增强环保意识和生态意识。
3月14日
机电学院青年志愿者
动员全院的志愿者分班行动
植树造林，利在当今，功在千秋！
@H1 sec=phases | 活动开展
序号　工作内容　时间
1　联系场地　2月28日—3月5日
2　确定植树地点、订购树苗　3月7日
3　活动宣传：出海报，召开各班团支书会议　3月9日
4　招募志愿者、筹备费用，统计参加人数和名单　3月9日
5　召开志愿者会议，通知各事项并交代注意事项
6　踩点，确定植树地点和路线
7　秘书组制作活动横幅，举行签字仪式
8　秘书组借相机并负责当天照相　3月10日—3月11日
@H2 lvlalt=1 phase=活动期间;; | b、活动期间
@I3 | 1、集合
3月14日7:00全体志愿者在室内篮球场集中。
"""),
    dict(
        name="fresh31_10_county_bureau_safety_month_scheme",
        source="https://45zw.cc/book/64889/42323307.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan", "plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, footer=True),
        extra_phases=[dict(at="活动时间：6月1日至30日", name="活动时间", start_text="6月1日", end_text="30日")],
        notes=["Word file (LibreOffice): 一、 are Heading 1 paragraphs numbered by the outline numbering (number not "
               "typed); （一）/（二） typed in a bold heiti paragraph style (direct formatting); the addressee line "
               "'各相关企业：' opens the document; no title paragraph; a footer with a PAGE field.",
               "A county bureau's (我局, masked xx县) safety-month plan to the enterprises of its system, copied on a novel "
               "site's 'activity plan' collection (a different chapter from fresh5_06's source): the site's line "
               "('四五中文网…最新章节!') dropped. No title line: the page starts with the addressee. The notice's number "
               "(xx办xx8号) is kept masked. The page ends inside （二）'s body.",
               "活动时间：6月1日至30日 is the optional overall period (on the line after 二、); the four theme weeks "
               "'第二周是…' … '第四周是演练周' start with a 第一-style marker and are items (phases, other accepted); "
               "'活动主题：第一周是…' is a key-value body line, not labelled. Units: the bureau's safety leading group "
               "and the 局执法大队 where its office sits."],
        units=["局安全生产领导小组", "局执法大队"],
        text="""\
各相关企业：
根据xx县安委会办公室关于开展xx年安全生产月活动的通知（xx办xx8号）文件要求，结合我局工作实际，现就我局开展xx年安全生产月制定如下：
@H1 sec=guidance | 一、总体要求
以深化安全生产月各项重点任务为载体，以强化安全意识、提高安全素质为着力点，推动安全理念、安全文化、安全法律和安全知识进企业，促进全县安全生产形势持续稳定向好。
@H1 sec=phases alt=other | 二、活动时间和主题
活动时间：6月1日至30日
活动主题：第一周是安全生产事故警示教育周
@I2 | 第二周是安全文化普及周
@I2 | 第三周是安全生产宣传咨询周
@I2 | 第四周是演练周
@H1 sec=responsibilities | 三、组织领导
活动由局安全生产领导小组负责，办公室设在局执法大队，负责指导、协调各企业开展活动，并组织宣传教育。
@H1 sec=goals alt=measures | 四、重点活动安排
@H2 | （一）营造安全生产月氛围
各企业悬挂安全横幅，张贴宣传挂图和标语，并开展职工安全知识培训，提高职工安全意识。
@H2 | （二）开展安全生产事故隐患排查活动
各企业开展专项隐患排查治理，发现问题及时整改并查找原因；局领导小组将检查各企业的开展情况和安全生产责任制落实情况。
"""),
    dict(
        name="fresh31_11_county_outdoor_association_tree_planting_activity_plan",
        source="https://fanwen.xyz/i_jieridaquan/418572.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "1、": 2}, lists={"1、": 1}, blank_after=[1]),
        extra_phases=[
            dict(at="3月12日全天", name="活动时间", start_text="3月12日全天", end_text=None),
            dict(at="9:00—9:30在xx森林公园", name="集结合影", start_text="9:00", end_text="9:30"),
            dict(at="9:00—10:30集中", name="会员登记", start_text="9:00", end_text="10:30")],
        notes=["Word file (LibreOffice): 一、 (Heading 1) and the short 1、 sub-titles of 六、 (Heading 2) are numbered by "
               "the outline numbering (numbers not typed; the Heading 2 count runs 1、 2、 across the typed a、/b、 "
               "lines); the 1、 item lines under 2、报名方法 and 七、 are AUTOMATIC one-level lists that restart (a new "
               "list each time); a、/b、 typed; an empty paragraph after the title.",
               "A county's tree-planting outing (主办 xx县体育局 and others, 承办 xx户外运动协会) from a collection page; "
               "the site's breadcrumbs, intro and sample number ('植树节活动方案1') dropped. The phone number after "
               "'短信/电话至' is absent on the page (kept as is). The page ends inside 八、's second slot (cut at the "
               "sentence end).",
               "四、活动时间 3月12日全天 is the optional overall period; 八、's time slots (lines starting 9:00—…) are "
               "optional; 三、报名时间 is a deadline (other). 1、报名形式 / 2、报名方法 are headings; a、/b、, the four "
               "info lines and 七、's four ways of travel are items."],
        units=["xx县体育局", "xx县管理处", "xx县人民医院", "xx户外运动协会"],
        text="""\
@T | 植树节活动方案
@H1 sec=other | 一、活动主题
“众翻一世界，众叶一菩提。植下一棵树，收获万点绿”
@H1 sec=other | 二、活动地点
xx森林公园
@H1 sec=other | 三、报名时间
3月10日18:00截止
@H1 sec=phases alt=other | 四、活动时间
3月12日全天
@H1 sec=responsibilities | 五、主承办方
主办：xx县体育局、xx县管理处、xx县人民医院
承办：xx户外运动协会
@H1 sec=other | 六、报名形式与方法
@H2 | 1、报名形式
@I3 | a、以个人名义报名参加。（可带1—2名家属，小孩不计算其中）
@I3 | b、以团队名义报名参加。
@H2 | 2、报名方法
短信/电话至
需提供信息：
@I3 | 1、姓名、性别、年龄。
@I3 | 2、参与人数
@I3 | 3、联系方法
@I3 | 4、是否参加聚餐
@H1 sec=other | 七、出行方式
@I2 | 1、自驾车。8:40在xx县xx门前集结，与拼车组一同前往。
@I2 | 2、自行车。由xx户外运动协会组织骑行前往，9:00在xx森林公园停车场集结。
@I2 text=3、拼车 | 3、拼车，由活动参与者与协会副会长统一拼车或租车前往。
@I2 | 4、其他。9:00在x寺森林公园停车场集结。
@H1 sec=phases alt=other | 八、活动安排
9:00—9:30在xx森林公园停车场集结，由协会统一组织合影；
9:00—10:30集中在xx森林公园停车场进行翻协会员登记，登记的会员领取翻协提供的小纪念品一份。
"""),
]

