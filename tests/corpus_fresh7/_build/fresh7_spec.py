# -*- coding: utf-8 -*-
"""The seventh held-out fresh set: real Chinese work plans, schemes, activity
plans, summaries, reports and a speech written by GOVERNMENT bodies only
(county, district and township governments and their bureaus, a city archives
bureau, meteorological and forestry bureaus, civil affairs, emergency
management, natural resources, a procuratorate, people's congresses, a CPPCC
committee and a party committee's propaganda department), found as stored
public web pages with the `search` tool's `pages` corpus.  None of the source
pages is a source of shared/corpus-dev or tests/corpus_fresh ..
tests/corpus_fresh6.  HELD OUT: never tune an importer on these documents;
score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, download notices, site blurbs, bylines, publishing
  metadata, collection blurbs) was dropped; debris that a user pasting from the
  page would get along (chunk markers, page markers, paywall lines) is kept and
  never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation (synonym swaps, masks, damaged dates, OCR'd markers included).
  The store keeps NFKC-normalised text, so full-width punctuation （）：，；！
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH7_DOCS = [
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh7_01_county_emergency_responsibility_scheme",
        source="https://www.yudu.gov.cn/ydxxxgk/wgk/202210/0e2596b0465e4fc6a9cd672a1d57b573.shtml",
        doc_kind="scheme", partial=True, title_override="于都县应急责任落实全覆盖工作方案",
        notes=["A county government office's notice issuing five emergency-management schemes, followed by the first of "
               "them, from the county's site. Two title lines: the notice title (line 3) and the scheme's own title "
               "(line 8), which is the title. Document number, issuer, addressee, issuing sentence and date are body.",
               "二、工作任务 has '（一）党委政府责任全覆盖' (level 2) and the run-in task '1.落实党政领导责任。…' (level 3); "
               "its '3月底前' is a deadline, not a phase. The page ends inside that task."],
        units=["各乡（镇）"],
        text="""\
于府办发〔2022〕33号
于都县人民政府办公室
@T | 关于印发《于都县应急管理工作“五个全覆盖”工作方案》的通知
各乡（镇）人民政府，县政府有关部门、县直（驻县）有关单位：
县政府已研究同意《于都县应急责任落实全覆盖工作方案》《于都县安全风险识别全覆盖工作方案》《于都县安全隐患整治全覆盖工作方案》《于都县应急宣传培训全覆盖工作方案》《于都县应急能力提升全覆盖工作方案》，现印发给你们，请抓好落实。
2022年4月26日
@T | 于都县应急责任落实全覆盖工作方案
按照2022年全市应急管理工作“1+5”总体部署（全面加强党的建设，推进责任落实、风险识别、隐患整治、宣传培训、能力提升全覆盖），结合本县实际，制定本方案。
@H1 sec=goals alt=guidance | 一、工作目标
贯彻习近平总书记关于应急管理、安全生产和防灾减灾救灾的重要论述，坚持“两个至上”，统筹“两件大事”，立足“两个根本”，对照“作示范、勇争先”定位和“讲政治、促发展、保安全、惠民生、强作风”要求，开展“责任落实全覆盖”行动，使县、乡（镇）、村和生产经营单位的安全生产、防汛抗旱、森林防火和减灾救灾责任全部落实、不留死角，以稳定的安全环境迎接党的二十大。
@H1 sec=goals alt=measures | 二、工作任务
@H2 | （一）党委政府责任全覆盖
@H3 | 1.落实党政领导责任。按照《于都县安全生产职责规定》，各乡（镇）制定党政领导干部安全生产“职责清单”和年度“工作清单”，3月底前把两张清单
""",
    ),
    dict(
        name="fresh7_02_county_deputies_voter_report_scheme",
        source="http://6dgww.com/Article/944678.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county people's congress's implementing opinions on deputies reporting to their voters, from a template "
               "site; the paywall line '（未完，全文共1270字，当前显示381字）' is kept as debris, the prompt after it dropped.",
               "The five points ①…⑤ of 二、 stay inside one body line (not labelled). 三、述职评议的方法步骤 announces four "
               "stages; the page shows the first two, '第一阶段是思想发动、统一认识。' (level 2, phases without dates)."],
        units=[],
        text="""\
@T | 关于开展县人大代表向选民述职活动的实施意见
@H1 sec=guidance alt=goals | 一、述职评议的指导思想和目的要求
述职评议要达到三个目的：增强代表意识，认真执行代表职务；增强政治意识，提高履职能力；增强选民意识，接受选民监督，更好地代表人民参与行使地方国家权力。同时让选民了解代表的权利和义务，支持代表依法履职。
@H1 sec=goals alt=other | 二、述职评议的主要内容和对象范围
本次述职评议主要看五个方面：①学习宣传宪法和法律、自觉遵纪守法的情况；②贯彻县人大及常委会决议、决定，完成工作任务的情况；③参加县人代会和代表小组活动、依法履职的情况；④联系选民、反映意见要求，提出议案建议及其落实的情况；⑤在三个文明建设中带头、为民办实事的情况。
@H1 sec=phases | 三、述职评议的方法步骤
初步打算分四个阶段进行：
@H2 phase=思想发动、统一认识;; | 第一阶段是思想发动、统一认识。
@H2 phase=走访选民、征求意见;; | 第二阶段是走访选民、征求意见。
（未完，全文共1270字，当前显示381字）
""",
    ),
    dict(
        name="fresh7_03_township_congress_election_procedure_scheme",
        source="https://gongwen.com.cn/doc/31752.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True, title_override="XX镇人大代表换届选举工作流程",
        notes=["A township's work procedure for electing county and township people's congress deputies, from a "
               "document-sharing site (upload metadata dropped). The title appears twice, the second time with the "
               "PDF's space ('XX 镇'); both are title lines. The text swaps synonyms ('打算' for 准备, '宣扬' for 宣传) "
               "and garbles its masked dates ('习近平X XXX 日' in place of a masked year and month); kept in the "
               "heading and time lines.",
               "Three stages '一、打算阶段工作' '二、宣扬发动阶段' '三、选民登记阶段' (level 1, phases); each is followed by a "
               "'时间：…工作要求：' line carrying the masked dates (copied as written) and numbered tasks '1、…' "
               "(items). Three task lines lost their marker ('49月下旬，…', '4XX X日—XX 日…', '5XX X的人…'); they "
               "are body, unlabelled. The page ends inside the voter-registration tasks."],
        units=["镇人大", "镇党委"],
        text="""\
@T | XX镇人大代表换届选举工作流程
@T | XX 镇人大代表换届选举工作流程
@H1 sec=phases phase=打算阶段;习近平X~XXX~日;XXX~日 | 一、打算阶段工作
时间：习近平X XXX 日至 XXX 日工作要求：
@I2 | 1、镇人大向镇党委汇报县 20XX 年县乡换届选举工作会议精神和本镇相关工作。
@I2 | 2、制定《镇人大换届选举工作实施方案》。
@I2 | 3、草拟建立镇选举委员会。
@I2 | 4、草拟安排镇县人大代表名额和划分选区方案。
@H1 sec=phases phase=宣扬发动阶段;20XX~XXX;20XX~XXX~日 | 二、宣扬发动阶段
时间：20XX XXX 20XX XXX 日工作要求：
@I2 | 1、镇党委召开会议，部署选举工作。
@I2 | 2、做好其他有关换届选举的打算工作。
@I2 | 3、确定县、镇人大代表选举日期。
49月下旬，召开换届选举宣扬工作会议部署宣扬：①、讲清换届选举的意义、指导思想、任务、方法、步骤和时间要求；②、多种形式深入宣扬，做到家喻户晓、人人皆知。
@H1 sec=phases phase=选民登记阶段;20XX~XX~XX~日;XX~XX~日 | 三、选民登记阶段
时间：20XX XX XX 日至 XX XX 日工作要求：
@I2 | 1、传达落实县选举会、宣扬会、培训会登会议精神，制定工作方案和工作流程。
@I2 | 2、成立相应办事机构，分工明确各办事机构的工作职责。
@I2 | 3、依据县确定，划分县乡代表选区，安排落实各选区应选代表名额。
4XX X日—XX 日印制选民证和有关表册，备好相关资料。
5XX X的人选民登记员，集中培训，使其熟悉登记业务，做到不重、不错、不漏登。
选民登记以上届登记表为基础，两头登记：一头增加满 18 周岁（习近平X XX XX 24 前出生）、恢复政治权利和新迁入的人，一头减去死亡、被剥夺政治权利和迁出本选区的人，其余按上次登记册核准。
""",
    ),
    dict(
        name="fresh7_04_county_disaster_risk_census_scheme",
        source="http://www.makeriron.com/ayxxxgk/ay962/202208/c7663bc8a16d4d1f974ebbf310419592.shtml",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county's implementing rules for the first national census of natural-disaster risks, on a mirror of the "
               "county's site; the title is split over two lines (both title lines).",
               "一、普查时间 has the census reference date (body) and four unnumbered run-in stage headings "
               "'清查阶段（2021年7月—2021年8月15日）。…' (level 2, phases dated in brackets). 三、普查目标 ends with the "
               "truncated goal item '一是获取我县…人口、房屋', kept."],
        units=[],
        text="""\
@T | 安远县第一次全国自然灾害综合风险普查工作
@T | 实施细则
为按时高质量完成本县普查任务，按照国务院和省、市、县的工作要求，依据《江西省第一次全国自然灾害综合风险普查实施方案》（赣灾险普办发〔2021〕28 号）制定本细则。
@H1 sec=phases | 一、普查时间
普查标准时点为2020年12月31日。
@H2 phase=普查前期准备与试点阶段;2020年1月;2021年7月 | 普查前期准备与试点阶段（2020年1月—2021年7月）。建立各级普查工作机制，落实普查人员和队伍并组织培训、熟悉普查软件，编制实施方案，落实经费。
@H2 phase=清查阶段;2021年7月;2021年8月15日 | 清查阶段（2021年7月—2021年8月15日）。开展全县风险清查，摸清调查对象的目录、基本情况和分布，为后续内外业调查打基础。
@H2 phase=调查阶段;2021年8月;2021年12月 | 调查阶段（2021年8月—2021年12月）。开展全县综合风险普查，查清风险隐患底数和重点区域的抗灾能力。
@H2 phase=评估区划阶段;2022年1月;2022年12月 | 评估区划阶段（2022年1月—2022年12月）。配合完成全县风险评估，编制灾害综合防治区划图，汇总普查成果。
@H1 sec=other | 二、普查对象
普查覆盖全县行政辖区：与自然灾害有关的自然和人文地理要素，县级政府和部门、乡镇政府和街道办事处、村（居）民委员会的减灾能力，重点企事业单位和社会组织的应急能力，以及部分居民家庭的防灾减灾水平。
@H1 sec=goals | 三、普查目标
摸清全县灾害风险隐患底数，查明重点区域抗灾能力，客观认识全县灾害综合风险水平，为各级政府开展灾害防治和应急管理、保障经济社会可持续发展提供权威信息和决策依据。
@I2 | 一是获取我县地震灾害、地质灾害、气象灾害、水旱灾害、森林火灾等主要灾害致灾信息，人口、房屋
""",
    ),
    dict(
        name="fresh7_05_county_festive_culture_publicity_scheme",
        source="https://360docs.net/doc/9510525840.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county party committee propaganda department's scheme for the New Year and Spring Festival atmosphere and "
               "cultural activities, on a document-sharing site (download notices dropped). The leading group's members "
               "are elided on the page ('（ __略）', kept); the office head's name was dropped.",
               "Four levels: 三、 (its kind is soft: content and schedule) > （一） > run-in '1、实施亮化美化工程，…。' > "
               "items '（1）…'. '责任单位：…' and '完成时间：元旦前' are key-value body lines; the deadline is not a "
               "phase. The page ends at the truncated item '（2）对七星广场、世昌'."],
        units=["县委宣传部", "县城市管理行政执法局"],
        text="""\
@T | 元旦春节氛围营造及文化活动实施方案
为学习宣传贯彻党的十八大、省委十一届二次全会、市委一届三次全会和XX县十二次党代会精神，弘扬社会主义核心价值观，保障群众基本文化权益，营造欢乐祥和的节日氛围，结合实际制定本方案。
@H1 sec=guidance | 一、指导思想
以党的十八大精神为指导，坚持先进文化前进方向，以满足群众精神文化需求为出发点和落脚点，增强文化自觉和文化自信，弘扬松桃精神，为实施“五化”战略营造良好氛围。
@H1 sec=responsibilities | 二、组织机构
为加强领导，成立xx年元旦春节期间氛围营造及文化活动领导小组，成员如下：（ __略）
领导小组办公室设在县委宣传部，由一名同志兼任办公室主任，相关单位负责人为成员，统筹协调整个活动。
@H1 sec=goals alt=phases,other | 三、氛围营造、活动内容及时间安排
@H2 | （一）营造良好的节日氛围
@H3 | 1、实施亮化美化工程，展示锦绣苗乡、美丽松桃形象。
@I4 | （1）对城区路灯、七彩灯、景观灯进行一次全面检修，保证节日期间正常启用。
责任单位：县城市管理行政执法局
完成时间：元旦前
@I4 | （2）对七星广场、世昌
""",
    ),
    # ------------------------------------------------------------- plans
    dict(
        name="fresh7_06_city_archives_work_points",
        source="https://laobiganzi.top/245217.html",
        doc_kind="plan", partial=True,
        notes=["A city archives bureau's 2023 work points from a speech and document template site; the city is masked on "
               "the page ('市', 'XX新实践', kept).",
               "一、 (a task area, goals | measures) has run-in points '1.深入学习宣传贯彻党的二十大精神。…' (level 2, text "
               "cut at the first '。'). The page ends inside point 3."],
        units=[],
        text="""\
@T | 市2023年度档案工作要点
2023年是贯彻党的二十大精神的开局之年、实施“十四五”规划承上启下的关键之年。全市档案工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和习近平总书记关于档案工作的重要指示批示，实施《档案法》，紧贴市委市政府中心工作，推动档案工作高质量发展，为中国式现代化XX新实践贡献档案力量。
@H1 sec=goals alt=measures | 一、突出政治引领，牢牢把握“党管档案”原则
@H2 | 1.深入学习宣传贯彻党的二十大精神。把握档案工作的政治属性，坚持“党管档案”，把党的领导贯穿档案工作各方面；从档案视角宣传二十大精神，并与落实“十四五”规划和年度任务结合起来，履行为党管档、为国守史、为民服务的使命。
@H2 | 2.深化档案工作联动机制。每季度召开一次档案局馆联席会议会商重点工作，定期召开全市档案局长馆长会议，每年召开全市档案工作会议；加强与其他部门的联动，规范各类专业档案管理，开展全市档案工作统计调查。
@H2 | 3.开展“十四五”档案事业发展规划中期评估。围绕档案治理、资源、利用和安全体系建设，按国家档案局评估细则对照国家、省、市“十四五”档案规划，推进规划确定的各
""",
    ),
    dict(
        name="fresh7_07_meteorological_bureau_annual_plan",
        source="https://m.pinggu.org/bbs/thread-14063729-1-1.html",
        doc_kind="plan", partial=True,
        notes=["A city meteorological bureau's 2020 work plan posted on a forum (the attachment-list line was dropped). The "
               "top visible level is '（一）…' (level 1), under which unnumbered run-in sentence headings "
               "'不断加强综合气象观测网建设。…' (level 2). The second area ends at the bare start "
               "'扎实做好综合防灾减灾 ...', kept with the forum's ellipsis and labelled."],
        units=["市局", "休宁局", "黟县局", "祁门局"],
        text="""\
@T | 气象局2020年工作计划
@H1 sec=goals alt=measures | （一）加快推进气象业务服务能力建设
@H2 | 不断加强综合气象观测网建设。优化区域站网布局，完成地面观测站网升级改造，推进超期服役区域自动站更新；完善XX市一体化综合监测预警系统，让灾害性天气预警发布更及时；建设物联网示范点和旅游、林业等专业气象站网。
@H2 | 推进现代气象预报业务发展。以智能网格预报为基础，完善无缝隙网格预报业务和技术体系，发展延伸期预报和精准预警技术；加强市县两级短时临近预报并完善即时发布机制；开展极端天气气候事件监测，提高对台风、暴雨、高温、低温雨雪等灾害的监测评估能力。
@H2 | 推进气象服务设施建设。加快市局防灾减灾楼设计论证，确保6月开工；休宁局、黟县局业务楼加快施工、早日投用；祁门局稳步推进台站搬迁，新址合理布局、科学施工。
@H1 sec=goals alt=measures | （二）全面做好综合防灾减灾与民生保障服务
@H2 | 扎实做好综合防灾减灾 ...
""",
    ),
    dict(
        name="fresh7_08_township_congress_election_schedule_plan",
        source="http://www.lylsrd.gov.cn/info/1408/2662.htm",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A township's 2016 timetable for electing people's congress deputies, a table on the township congress's site "
               "(navigation, sidebar and publishing line dropped). The title and its year line '（2016）' are both title "
               "lines. The table is flattened one cell per line: the header cells, then per stage the stage cell "
               "'第一阶段' (heading, level 1; the third is split '第三' / '阶段' as on the page), its task cells, the "
               "date cell over two lines, the day count, then the numbered tasks and notes ('1、…', items).",
               "The dates are damaged on the page ('2016年1028日至' / '11月11', '2016年11月12日至 121'); each stage's "
               "dates are labelled as a phase on its date line (name = the stage cell), copied as written. '3以会代训…' "
               "lost its marker (body); the duplicated '3、' is kept. The page ends at a bare '1、' (dropped)."],
        units=["选举委员会"],
        extra_phases=[
            dict(name="第一阶段", start_text="2016年1028日", end_text="11月11", at="2016年1028日至", optional=False),
            dict(name="第二阶段", start_text="2016年11月12日", end_text="121", at="2016年11月12日至", optional=False),
            dict(name="第三阶段", start_text="2016年12月 2日", end_text="12月11", at="2016年12月 2日至", optional=False)],
        text="""\
@T | 义堂镇人大换届选举工作日程安排表
@T | （2016）
阶 段
时 间
工 作 任 务
注 意 事 项
@H1 sec=phases | 第一阶段
建立组织
宣传发动
培训骨干
2016年1028日至
11月11
（15天）
@I2 | 1、建立选举委员会及其办事机构，明确职责任务。
@I2 | 2、召开选举委员会第一次会议，研究制定选举实施方案
3以会代训，抓好骨干培训。
@I2 | 4、召开选举工作会议，部署选举工作；
@I2 | 5、召开选举宣传工作会议，部署宣传教育工作。
@I2 | 1、认真学习选举法、省选举实施细则和有关文件。
@I2 | 2、宣传教育工作要有声势、有规模，更要扎扎实实，讲究实效，并贯穿选举工作全过程。
@H1 sec=phases | 第二阶段
划分选区
选民登记
2016年11月12日至 121
（20天）
@I2 | 1、召开选举委员会第二次会议，划分选区，划分选民小组，讨论确定代表名额分配方案；
@I2 | 2、开展选民登记，编制选民名册
@I2 | 3、召开选举委员会次会议，对选民资格进行审查，以选区为单位张榜公布选民名单，通过推荐代表候选人的具体办法
@I2 | 3、发选民证。
@I2 | 1、选区一般根据代表名额按照每一选区选1至3名代表划分。各选区每名代表所代表的人口数应大体相等。
@I2 | 2、选民登记要做到不重、不漏、不错。
@I2 | 3、选举日的20日前12月6日前公布选民名单。
@H1 sec=phases num=第三 | 第三
阶段
选举
代表
提名推荐代表候选人
2016年12月 2日至
12月11
（10天）
""",
    ),
    dict(
        name="fresh7_09_agri_machinery_bureau_discipline_plan",
        source="https://www.qiuxueshe.com/yingyongwenshu/gongzuojihua/12943765.html",
        doc_kind="plan", partial=True,
        notes=["A county agricultural-machinery bureau's 2018 discipline-inspection work plan, the first sample of a "
               "collection page headed '乡镇人大工作工作计划7篇'; the sample label '乡镇人大工作工作计划篇1' is the only "
               "title line and does not match the content (kept as the page shows it). The masked 'xx县' is kept.",
               "Under 二、工作重点 the run-in task '（一）狠抓学习教育，…。' (level 2) is followed by a month-by-month list "
               "'1、1—2月份，…' (items, level 3); their month windows are time slots inside a task, labelled as optional "
               "phases (ranges '1—2月份' copied as start '1', end '2月份'). The page ends inside item 5."],
        units=["局党委"],
        extra_phases=[
            dict(name="传达学习文件精神", start_text="1", end_text="2月份", at="1、1—2月份"),
            dict(name="廉政风险防控专题教育", start_text="3", end_text="4月份", at="2、3—4月份"),
            dict(name="主要领导廉政党课", start_text="5月份", end_text=None, at="3、5月份"),
            dict(name="廉政文化进农机", start_text="6", end_text="7月份", at="4、6—7月份"),
            dict(name="整治", start_text="8月份", end_text=None, at="5、8月份")],
        text="""\
@T | 乡镇人大工作工作计划篇1
2018年是巩固党的教育实践活动成果、全面加强党的建设和党风廉政建设、推进依法治国的关键一年，也是全县农机化事业实现“一年起打基础，两个实干加创新，三年树形象走进新常态”的冲刺之年。按照局党委部署，结合纪检工作实际，制定2018年工作计划。
@H1 sec=guidance | 一、指导思想
在县纪委和局党委领导下，以落实纪委监督责任为主业，以农机系统党风廉政建设和反腐败斗争为中心，以纠正党员干部“四风”和股室单位行风为切入点，树立风清气正的农机形象，完成xx县纪委和局党委交办的各项任务。
@H1 sec=goals alt=measures | 二、工作重点
@H2 | （一）狠抓学习教育，提高党员干部素质。通过警示教育、集中学习、个人自学和媒体在线等方式，结合重要节点学习《落实党风廉政建设主题责任和监督责任资料选编》《关于党风廉政建设和反腐败斗争论述汇编》等材料，提升系统党员干部的理论水平和责任意识，时刻绷紧党风廉政建设这根弦。
@I3 | 1、1—2月份，结合机关每周一集中学习日，传达贯彻好中央、省市县有关文件和会议精神，过好廉洁、节俭、祥和的新春佳节。
@I3 | 2、3—4月份，结合农机购置补贴，组织全县乡（镇）补贴干部和工作人员，开展一次廉政风险防控建设专题教育活动。
@I3 | 3、5月份，开展一次主要领导廉政党课活动。
@I3 | 4、6—7月份，结合“七·一”建党，举办一次廉政文化进农机活动。
@I3 | 5、8月份，以县纪委整治“
""",
    ),
    # --------------------------------------------------------- summaries
    dict(
        name="fresh7_10_city_civil_affairs_annual_summary",
        source="https://m.wenke99.com/p-9969796.html",
        doc_kind="summary", partial=True,
        notes=["A city civil affairs bureau's 2021 summary and 2022 plan, one run-together block on a document-sharing site "
               "whose title runs straight into the lead-in; split at the title and the numbering markers. Counts are "
               "masked on the page ('X家养老机构', 'X人零感染', kept).",
               "一、2021年完成的主要工作 (achievements) has run-in '（一）…。' points (level 2); '（二）…。' stands alone "
               "before the run-in '1.社会救助政策保持总体稳定。…' (level 3), where the page ends."],
        units=["全市民政系统"],
        text="""\
@T | 市民政局2021年工作总结和2022年工作计划文稿
今年全市民政系统在市委市政府领导下，贯彻习近平总书记考察安徽重要讲话和关于民政工作的重要指示批示，履行基本民生保障、基层社会治理和基本社会服务职责，为X经济社会发展作出了贡献。
@H1 sec=achievements | 一、2021年完成的主要工作
@H2 | （一）民政系统疫情防控果断有力。各级民政部门把服务对象的生命健康放在首位，第一时间出台政策和防控机制，对养老、儿童福利、流浪乞讨救助等机构加大防控，指导村（社区）群防群控并完善常态化措施，全市X家养老机构、X个农村养老服务站、X个城市社区日间照料中心、X家儿童福利院、X家殡仪馆、X处公墓、X个救助站均无疫情，工作人员和服务对象X人零感染。
@H2 | （二）社会救助保障水平稳步提升。
@H3 | 1.社会救助政策保持总体稳定。持续抓好民政领域兜底保障政策落
""",
    ),
    dict(
        name="fresh7_11_county_meteorological_bureau_summary",
        source="https://m.taowenge.com/p-86312815.html",
        doc_kind="summary", partial=True, title_override="2022年工作总结及2023年工作计划",
        notes=["A county meteorological bureau's 2022 summary and 2023 plan, one run-together block on a document-sharing "
               "site (the site's blurb with the file name was dropped). The site's chunk marker '1、' is glued before the "
               "title line (title set by hand); '2、' and '3、' start lines in the middle of a word (debris, unlabelled; "
               "check.py prints REVIEW for them).",
               "一、工作开展情况 has the run-in points '（-）坚守第一道防线，…。' (the page's OCR of （一）, kept as written; "
               "numbering style none) and '（二）全力应对高温干旱天气。…' (level 2). A forecaster's name was dropped. The "
               "page ends at the third chunk marker."],
        units=[],
        text="""\
@T | 1、2022年工作总结及2023年工作计划
2022年，我局以习近平新时代中国特色社会主义思想为指导，学习贯彻党的二十大精神，在县委、县政府和市气象局领导下，以提高预报准确率和服务效益为中心，推进气象现代化和气象服务，现总结如下：
@H1 sec=achievements | 一、工作开展情况
@H2 num=（-） | （-）坚守第一道防线，全方位做好气象服务保障。依托气象防灾减灾“六个一”标准化建设平台和智能盒子，开展“73631”递进式预警服务和强降水叫应，确保实现县委县政府“不死一人，不垮一库一坝”的目标；今年先后经历年初暴雪、主汛期暴
2、雨天气过程，共启动应急预警7次，发布专题服务39期、重大气象信息专报4期、强降水实况监测警报70条、重要警示信息16期、地质灾害风险临近预警70条，服务87828人，完成低温雨雪冰冻、春耕春种、夏收夏种、高中考、防汛抗旱和森林防灭火等各阶段服务；一名预报员获评省局气象服务优秀个人。
@H2 | （二）全力应对高温干旱天气。今年我县高温干旱持续三个多月，气象干旱发展快、程度重、持续久，达重度等级，森林火险等级高，平均累计降水量为历史最少，35以上高温日数居1961年以来
3、第一高位，为应对严峻旱
""",
    ),
    # ----------------------------------------------------------- reports
    dict(
        name="fresh7_12_district_procuratorate_work_report",
        source="https://honghuikm.com/hswh/jwgk_67736/gzbg_67737/202203/t20220307_1630994",
        doc_kind="report", partial=True,
        notes=["A district procuratorate's work report to the district people's congress (2019), on a mirror of the "
               "district's site. Title line, then the dated subtitle line, the reporting role (the procurator-general's "
               "name dropped) and the salutation (all body, unlabelled).",
               "'2019年主要工作' is an unnumbered label heading (level 1) above '一、…' (level 2) with run-in points "
               "'（一）依法惩治各类刑事犯罪。…' (level 3). A fugitive's name was dropped. The page ends inside （二）."],
        units=["洪山区人民检察院"],
        text="""\
@T | 洪山区人民检察院工作报告
——2019年12月26日在洪山区第十五届人民代表大会第四次会议上
洪山区人民检察院检察长
各位代表：
受洪山区人民检察院委托，现向大会报告工作，请各位代表审议，也请政协委员和列席人员提出意见。
@H1 sec=achievements | 2019年主要工作
2019年，区检察院在区委和上级检察院领导下，接受区人大及其常委会监督，得到区政府、区政协和社会各界支持，按照“稳进、落实、提升”的总基调，围绕洪山经济发展和社会稳定履行法律监督职能，深化司法体制改革，推进“四大检察”均衡发展，各项工作取得新成绩。
@H2 | 一、积极发挥检察职能作用，紧紧围绕中心服务大局
立足洪山发展大局维护社会稳定，为“迎大庆、保军运”营造良好法治环境。
@H3 | （一）依法惩治各类刑事犯罪。受理提请审查逮捕1529件2064人，批准逮捕1269件1573人；受理移送审查起诉1958件2535人，提起公诉1658件2030人。对散布政治谣言、利用“全能神”等邪教组织破坏法律实施的犯罪批捕1件1人、起诉7件11人；对故意杀人、抢劫等重大犯罪批捕17件21人、起诉15件25人，批捕一名潜逃19年的持枪杀人嫌疑人；对盗窃、毒品和危险驾驶犯罪批捕785件852人、起诉1106件1166人；对“11·10”特大组织卖淫专案快捕快诉，批捕59人、起诉57人。
@H3 | （二）助力打好“三大攻坚战”。为防范化解重大风险，对非法吸收公众存款、集资诈骗、传销等涉众型经济犯罪批捕71件10
""",
    ),
    dict(
        name="fresh7_13_city_congress_standing_committee_report",
        source="http://rd.yy.gov.cn/art/2022/2/16/art_1229604111_1913.html",
        doc_kind="report", partial=True,
        notes=["A county-level city's people's congress standing committee work report (the review of its five-year term), "
               "from the congress's site (the publishing line was dropped). Salutation and opening sentence are body.",
               "'过去五年工作回顾' is an unnumbered label heading (level 1) above '一、…' (level 2) and the unnumbered "
               "run-in sentence heading '持续加强理论武装。…' (level 3). The page ends inside that paragraph."],
        units=["市人大常委会"],
        text="""\
@T | 2021年余姚市人民代表大会常务委员会工作报告
各位代表：
受余姚市第十七届人民代表大会常务委员会委托，现向大会报告工作，请审议。
@H1 sec=achievements | 过去五年工作回顾
过去五年，余姚经济社会发展取得重大成就、高水平全面建成小康社会，人大工作也成效明显。市人大常委会在中共余姚市委领导下，坚持党的领导、人民当家作主、依法治国有机统一，共召开常委会会议36次、主任会议75次，听取审议“一府两院”专项工作报告152项，开展专项视察、执法检查和专题询问32次，依法任免国家机关工作人员447人次，完成了本届各项任务。
@H2 | 一、强化政治统领，着力保障党委决策部署落实
五年来，常委会把坚持党的全面领导作为最高政治原则，增强“四个意识”、坚定“四个自信”、做到“两个维护”，把牢人大工作的政治方向。
@H3 | 持续加强理论武装。把学习习近平新时代中国特色社会主义思想列为“第一议题”，开展“两学一做”学习教育、“不忘初心、牢记使命”主题教育和党史学习教育，建立常委会读书会、党组理论中心组学习和“周二夜学”等制度，围绕习近平法治思想、人民代表大会制度重要思想和给横坎头村全体党员的重要回信精神组织学习
""",
    ),
    # ------------------------------------------------------------ speech
    dict(
        name="fresh7_14_county_forestry_halfyear_meeting_speech",
        source="http://85jc.com/zongjie/z03688/655892.html",
        doc_kind="speech", doc_kind_alt=["summary"], partial=True,
        notes=["A speech at a county forestry bureau's half-year review meeting, from a template site (the '下载更新' link "
               "was dropped). The county and year are masked ('XX县', '201x年') and the figures are masked as '???' and "
               "'??' on the page; kept.",
               "The visible part is the review point '一、上半年工作情况' (level 1, achievements) with '（一）…' (level 2) "
               "and the run-in '1、加快林业重点工程建设。…' (level 3); the page ends after it."],
        units=[],
        text="""\
@T | 在XX县林业局201x年上半年工作总结会议上的讲话
@H1 sec=achievements alt=requirements | 一、上半年工作情况
上半年，在省、市林业主管部门指导和县委、县政府领导下，我局坚持生态、经济、社会效益相统一、生态效益优先，落实科学发展观，依靠全县林业系统干部职工的共同努力取得了一定成绩。
@H2 | （一）明确重点，营林绿化上水平
上半年全县完成造林整地???万亩，为任务???万亩的107%；荒山造林???万亩，为任务???万亩的119%；绿化通道???万亩，为任务???万亩的104%；平原绿化工程和灾后补植补造计划全部完成。
@H3 | 1、加快林业重点工程建设。把重点工程作为林业工作的重中之重，目前已完成珠防林工程造林??万亩、退耕还林荒山造林??万亩、珠防林封育??万亩。
""",
    ),
    # ---------------------------------------------------- activity plans
    dict(
        name="fresh7_15_land_day_publicity_week_activity",
        source="https://guanchang.qwyd.net/gongzuo/shishifangan/329469.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city land and resources bureau's scheme for the publicity week of the 28th national Land Day, from a "
               "template site (publishing time dropped). The slogan line and the masked role lines ('组 长：xx', 'xx') are "
               "kept as value lines.",
               "二、活动时间 is followed by its period (optional phase). 四、宣传重点 has numbered content points '1、…' "
               "(items). The page ends after point 2."],
        units=["市局"],
        extra_phases=[dict(name="活动时间", start_text="2018年6月23日", end_text="6月29日", at="2018年6月23日至")],
        text="""\
@T | 国土资源局关于开展第28个全国“土地日”主题宣传活动周实施方案
今年6月25日是第28个全国“土地日”。根据自然资源部和省国土厅关于开展主题宣传活动周的要求，结合我市国土资源工作实际，制定本方案。
@H1 sec=other | 一、宣传主题
珍惜土地资源 建设美丽家园
@H1 sec=phases alt=other | 二、活动时间
2018年6月23日至6月29日
@H1 sec=responsibilities | 三、组织机构
市局成立第28个全国“土地日”主题宣传活动周工作领导小组，各地参照建立相应机构。
组 长：xx
副组长：xx
成 员：xx
领导小组下设办公室，
xx
@H1 sec=goals alt=other | 四、宣传重点
@I2 | 1、宣传我国土地资源基本国情国策国法，宣传最严格的耕地保护制度和最严格的节约用地制度。
@I2 | 2、宣传国土资源系统按照“五位一体”总体布局和“四个全面”战略布局，牢固树立和切实贯彻五大发展理念，坚持耕地保护和资源节约的基本国策，把节约资源作为促进科学发展的重中之重，尽职尽责保护国土资源、节约集约利用国土资源、尽心尽力维护群众权益的工作成效。
""",
    ),
    dict(
        name="fresh7_16_county_cppcc_members_theme_activity",
        source="http://m.35331.cn/mlhd_3shug5stts72h8v7sa970wk4t3v47w00u3q_1.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True, title_override="2016年县政协委员主题活动方案",
        notes=["A county CPPCC committee's plan for its members' 2016 theme activities (poverty alleviation), on a "
               "document-sharing site; the title appears twice (both title lines). The store lost the breaks before "
               "'一、' and '二、'; the page was split there.",
               "二、委员活动的主要内容 has three run-in actions '（一）开展接地气、察民情、找短板专项调研行动。…' (level 2); "
               "the page ends inside the third."],
        units=["县政协"],
        text="""\
@T | 2016年县政协委员主题活动方案
@T | 2016年县政协委员主题活动方案
政协委员是政协履行职能的主体，委员活动是开展政治协商、民主监督和参政议政的有效载体。为组织好新一年的委员主题活动，制定如下方案：
@H1 sec=other alt=goals | 一、2016年委员活动的主题
2016年是党中央、国务院发起“脱贫摘帽”攻坚战的首战之年，也是全县脱贫歼灭战的决胜之年，全县各族各界政协委员要把参政议政集中到脱贫攻坚主战场。今年委员活动的主题是：商脱贫之策、建攻坚之言、献决胜之力，为全县整体脱贫做出新贡献。
@H1 sec=goals alt=measures | 二、委员活动的主要内容
@H2 | （一）开展接地气、察民情、找短板专项调研行动。县政协按委员的行业、地域和专长组成十二个调研分队，分赴十二个镇场调研走访，摸清贫困人口现状、政府工作短板和扶贫死角，每个分队形成一份有分量的调研报告，提出解困治本的建议。
@H2 | （二）开展广协商、深建言、求共识协商议政行动。依据调研成果，通过委员与镇场联谊研讨会、政协常委会专题协商会、政府与政协社情通报会等形式反映民情民愿和委员建议，在参与中知民知政，在建言中体现委员的智慧和价值。
@H2 | （三）开展结穷亲、救民苦、送真情助力脱贫行动。发挥委员文化层次较高、有一定收入、热心民生事业的优势，支持和倡导每位委员包联一个贫困户，重点解决救急救难的生活问题，鼓励有条件的委员拓展扶
""",
    ),
]
