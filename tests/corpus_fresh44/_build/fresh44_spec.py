# -*- coding: utf-8 -*-
"""The forty-fourth held-out fresh set: PHASE DATES WRITTEN THE MANY WAYS
REAL WRITERS DO.  Schemes and activity plans (实施方案 / 活动方案 / 工作方案)
whose 实施步骤, 时间安排 or 活动安排 give phases with dates: in brackets
after the phase name, after a full stop (`整改提高阶段。9月13日至10月16日。`),
as `时间：…` on the line after the heading, as a month label line under the
phase (`三月份：`), as a lunar/holiday date (`春节上班第一天（农历正月初七）`),
as a single month or 旬, as a shared-unit range (`3-4 月`), as a doubled dash
(`7月--10月`), blanked (`（月日至月日）`) or damaged by a site that dropped
every digit 1 (`207年`, `3月2日` for 3月12日).  Writers: a county, a city
(two of its schemes), a bureau's party group, a district government (its
official 解读 of a scheme), two primary schools, a school's blog post, a
district's tree-planting plan titled for 街道社区, and a company.
Found as stored public web pages with the `search` tool's `pages` corpus
(query log in notes_queries.txt).  None of the source pages is a source of
any label file or source list under /work/wt-lead/tests/corpus_*,
/work/shared/corpus-dev, /work/shared/corpus or /work/fresh*/.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, site
  titles and 导语, collection blurbs, sample numbers, upload panels) was
  dropped; debris a user pastes along (watermark lines, chunk markers,
  paywall lines, garbage digits, `&bsp;`) was kept and never labelled.
- Heading, title, value and slogan lines keep the source's numbering,
  wording and damage.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored (PDF spacing such as `2 月下旬`
  and `20zz 年春季` kept).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH44_DOCS = [
    dict(
        name="fresh44_01_county_tree_planting_month_activity",
        source="http://www.nepao.com/show-140-276429-1.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county's 2017 '义务植树月' activity plan issued as a notice (addressees 各乡镇人民政府，芹阳办事处，…), "
               "from a 公文 sample site. The page's own heading line (the intact '2017年“义务植树月”活动方案') was "
               "dropped as site chrome; the site's watermark line '本 文 由第一 公文 网 收 集整理莲山' is kept as line 1 "
               "and never labelled.",
               "The site dropped EVERY digit 1: '207年' (2017年), '3月2日' (3月12日), '、全县…' (1、), '（）活动时间' "
               "(（1）), '0棵树' (10棵), '3˙2' (3˙12), and '&bsp;' (a broken &nbsp;) is glued before '三、活动方案安排'. "
               "All of it is kept as written; the numbering literal of the damaged lines is recorded as '、' or '（）' "
               "(style none), the text of line 14 is set by hand to '三、活动方案安排'.",
               "一、活动时间安排 holds three dated steps '、全县机关干部义务植树活动，时间为春节上班第一天（农历正月初七）。', "
               "'2、…，时间为2月3日-3月2日。', '3、…，时间为3月2日。' labelled as phases (a holiday/lunar start without end, "
               "a range, a single day). The overall period in the opening ('207年2月3日（正月初七）-3月2日') is an "
               "optional phase.",
               "二、活动内容与要求 holds statements (items, kind goals with requirements accepted). 三、活动方案安排 details "
               "each activity; its '（）活动时间：2月3日（正月初七）。' and '（2）参加对象：…' are key-value items, and the "
               "time there repeats the phase already labelled on line 7 (no second phase). The page ends on the bare "
               "heading '2、“义务植树月”和“3˙2”义务植树节'."],
        units=["团县委", "妇联"],
        extra_phases=[
            dict(name="义务植树月", start_text="207年2月3日", end_text="3月2日", at="决定207年2月3日", optional=True),
        ],
        text="""\
本 文 由第一 公文 网 收 集整理莲山
@T | 207年“义务植树月”活动方案
各乡镇人民政府，芹阳办事处，县级各机关，企事业单位，各社会团体：
为广泛发动全民参加义务植树、推进我县国家公园建设，按照县委、县政府的要求，经研究，决定207年2月3日（正月初七）-3月2日在全县开展“义务植树月”活动，现将活动方案的有关事项通知如下：
@H1 sec=phases | 一、活动时间安排
207年“义务植树月”活动分以下三个阶段进行：
@H2 num=、 phase=全县机关干部义务植树活动;春节上班第一天（农历正月初七）; | 、全县机关干部义务植树活动，时间为春节上班第一天（农历正月初七）。
@H2 phase=乡村、学校、医院、企业等单位义务植树活动;2月3日;3月2日 | 2、乡村、学校、医院、企业等单位义务植树活动，时间为2月3日-3月2日。
@H2 phase=全国“义务植树节”活动;3月2日; | 3、全国“义务植树节”活动，时间为3月2日。
@H1 sec=goals alt=requirements | 二、活动内容与要求
@I2 num=、 | 、各乡镇和单位的义务植树可以形式多样，种公仆林、村庄风景林、子孙林、爱情林、希望林等均可。
@I2 | 2、植树地点可选山地、村庄、河道、公园和房前屋后，树种以珍贵、彩色和阔叶乔木为主。
@I2 | 3、机关干部按每名干部职工种3棵树（党员干部每人种0棵树）确定人员和规模；学校、医院、企业的任务由主管部门统筹；团县委和妇联组织青年和妇女参加，建立“共青林”和“三八林”植树基地；每个行政村至少设个植树点。
@H1 num=三、 text=三、活动方案安排 sec=phases alt=goals | &bsp;三、活动方案安排
@H2 num=、 | 、春节上班第一天机关义务植树活动
@I3 num=（） | （）活动时间：2月3日（正月初七）。
@I3 | （2）参加对象：各乡镇人民政府、县级各机关、企事业单位、各社会团体。
@H2 | 2、“义务植树月”和“3˙2”义务植树节
""",
    ),
    dict(
        name="fresh44_02_city_sanitation_project_scheme_later_steps",
        source="http://www.fymate.net/html/text/lar/170061/17006119_3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a city's 城乡环境卫生清洁工程 scheme (市城乡环境卫生清洁工程领导组, 各县（区、市）), mirrored by a "
               "范文 site: the excerpt STARTS at '第二阶段：集中整治（5月15日至11月底）。…' (the parent 三、… and 第一阶段 are "
               "on page 2). No title line.",
               "The two visible phases are run in: '第二阶段：集中整治（5月15日至11月底）。…' and '第三阶段：总结评比（12月上旬）。…'"
               " (a 旬 as a start without end). They sit under an absent level-1 parent: level 2 by convention, level 1 "
               "accepted (the visible 四、 is level 1).",
               "四、保障措施 holds run-in headings '（一）加强领导，精心组织。…' (measures). The page ends inside （二） ('建成区的“城')."],
        units=["市城乡环境卫生清洁工程领导组"],
        text="""\
@H2 lvlalt=1 sec=phases phase=集中整治;5月15日;11月底 | 第二阶段：集中整治（5月15日至11月底）。按照结合实际、突出重点、全面整治的原则，结合创建省级卫生城市、卫生县城、卫生乡（镇）村、卫生旅游景区和卫生先进单位，全面开展整治，逐项抓好重点整治任务的落实。
@H2 lvlalt=1 sec=phases phase=总结评比;12月上旬; | 第三阶段：总结评比（12月上旬）。市城乡环境卫生清洁工程领导组对市城区、各县（区、市）和市直有关单位检查考核，表彰一批先进县（区、市）和单位，对整治不力的及时通报批评、追究责任。
@H1 sec=measures | 四、保障措施
@H2 | （一）加强领导，精心组织。清洁工程由各级政府组织，统一领导、统一指挥、统一行动；市里成立城乡环境卫生清洁工程领导组，下设办公室和各工作组，各县（区、市）、开发区成立相应机构；按“属地管理”原则由各乡镇（街办）全面负责辖区工作，党政领导亲自抓、行政首长负总责，落实市级领导包县、县级领导包乡、乡级领导包村的责任制。
@H2 | （二）健全机构，加大投入。建立县（区、市）、街办（乡镇）、社区（村委会）三级环境卫生管理组织，每个乡镇（街办）设市容环卫管理组织，行政村设环境卫生管理站（组）；“城中村”和农村要结合改造和新农村建设制定环境卫生管理规划。建成区的“城
""",
    ),
    dict(
        name="fresh44_03_bureau_party_education_scheme_rectification_stage",
        source="http://www.fymate.net/html/text/lar/172636/17263676_3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a bureau's 先进性教育活动 scheme (局党组, 督导组, 局先进性教育活动办公室), mirrored by a 范文 site. The "
               "excerpt starts with the last sentence of step 4 of the (absent) second stage, then steps '5、提出评议意见。…' "
               "to '7、通报评议情况。…', then the third stage. No title line.",
               "The phase date follows the heading AFTER A FULL STOP: '（三）整改提高阶段。9月13日至10月16日。主要有三个环节：'. "
               "The heading text is the usual cut at the first 。 ('（三）整改提高阶段'); the dates are the next sentence of "
               "the same line.",
               "Levels: （三） is the top visible level (1; 2 accepted, as its parent 'X、方法步骤' is absent); the run-in "
               "steps '5、…。' before it and '1、…。' under it are level 2 (3 accepted). 5、–7、 belong to the absent "
               "（二） stage, so their kind is phases (goals accepted); no phase is labelled for them.",
               "The page ends inside step 2 ('一项一项抓落实，一个一')."],
        units=["局党组", "督导组", "局先进性教育活动办公室", "局先进性教育办公室"],
        text="""\
局党组和督导组将派人指导专题组织生活会和民主生活会。
@H2 lvlalt=3 sec=phases alt=goals | 5、提出评议意见。专题组织生活会后，党支部召开支部委员会，综合党员自评、互评、群众参评情况，以及征求到的意见和党员的一贯表现，实事求是、客观公正地对每名党员集体作出评议意见。
@H2 lvlalt=3 sec=phases alt=goals | 6、反馈评议意见。党支部以书面形式把评议意见如实反馈本人；对不履行党员义务、不具备党员条件的，进行批评教育，指出问题，帮助其认识和改正。
@H2 lvlalt=3 sec=phases alt=goals | 7、通报评议情况。各单位通过职工大会、下发文件、公示栏等方式，向党员和职工通报专题组织生活会、民主生活会和党员评议的情况，并报局党组和局先进性教育活动办公室。
@H1 lvlalt=2 sec=phases phase=整改提高阶段;9月13日;10月16日 | （三）整改提高阶段。9月13日至10月16日。主要有三个环节：
@H2 lvlalt=3 | 1、制定整改措施和整改方案。针对征求到的意见和评议查出的问题，特别是群众反映强烈的党风、政风、行风问题和内部管理问题，党员和党组织分别制定整改措施和方案；方案要有针对性、量力而行，把群众意见最大、最希望办好的事作为重点，经党组织负责人和督导组审查，在一定范围公布征求意见，并报局党组和局先进性教育办公室备案。
@H2 lvlalt=3 | 2、认真进行整改。按照整改措施和方案分解落实责任，列出整改时间表，明确责任部门和具体责任人，一项一项抓落实，一个一
""",
    ),
    dict(
        name="fresh44_04_city_public_rating_scheme_stages_two_three",
        source="http://www.fymate.net/html/text/lar/169475/16947588_3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a city's scheme for the democratic rating of government and trade conduct (民主评议政风行风; "
               "市政府纠风办, 各区、县, 市教育局、地税局、文广局 as the rated systems), mirrored by a 范文 site. The excerpt "
               "starts at the second stage. No title line.",
               "Stage headings stand alone with the period in brackets: '（二）自查自纠和调查评议阶段（7月--10月）' (a doubled "
               "ASCII dash) and '（三）制定整改措施和总结表彰阶段（11月）' (a single month: start without end). Level 2 by "
               "convention under the absent 五、… parent, level 1 accepted.",
               "Dates in the stage bodies are not phases: the rating meetings '10月上旬' / '10月中旬' and the deadline "
               "'10月10日前'. 六、工作要求 and its first point are requirements; the page ends with the fragment '各地、各部门'."],
        units=["各级政府纠风办", "政风行风评议组", "市政府纠风办", "区、县政府纠风办"],
        text="""\
@H2 lvlalt=1 sec=phases phase=自查自纠和调查评议阶段;7月;10月 | （二）自查自纠和调查评议阶段（7月--10月）
各被评系统要周密组织系统内的自查自纠，通过走访群众、召开座谈会、问卷调查、明察暗访和基层评议机关等方式，摸清群众反映的突出问题，剖析根源，有针对性地制定措施，边查边改。
各级政府纠风办组织政风行风评议组围绕评议内容开展调查，梳理归纳后写出评议报告，再召开面对面评议大会。各区、县的评议安排在10月上旬，市里组织的评议安排在10月中旬；区、县政府纠风办和各被评系统须在10月10日前把评议报告对口报市政府纠风办和市教育局、地税局、文广局。
考虑到学校放暑假，教育系统在这一阶段要合理安排调查走访对象：上课期间尽量安排到学校，暑假期间安排到教育主管部门和村镇社区。
@H2 lvlalt=1 sec=phases phase=制定整改措施和总结表彰阶段;11月; | （三）制定整改措施和总结表彰阶段（11月）
各被评系统根据评议组反馈的意见和建议制定整改措施，把整改事项、标准和完成时限落实到具体领导、部门和责任人；各级政府纠风办配合检查验收和总结，表彰先进单位和优秀个人，并通过新闻媒体宣传。
@H1 sec=requirements | 六、工作要求
@H2 | （一）加强领导，落实责任
各地、各部门
""",
    ),
    dict(
        name="fresh44_05_primary_school_reading_festival_activity",
        source="https://jiaxunjie.com/shiyongfanwen/huodongfangan/16942.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page (小学读书节活动方案): the site blurb and the sample number glued to the "
               "first heading ('小学读书节活动方案1一、活动宗旨') were dropped; the page title is the title line.",
               "Label headings with a trailing colon over value lines (二、活动主题：, 三、活动对象：, 四、活动时间：, "
               "五、活动口号：); the five slogan lines are body. 四、活动时间： holds the overall period '3月21日——4月29日' "
               "(optional phase, placed on the value line).",
               "六、主要活动安排 shows one phase '（一）活动启动阶段（3月21日—3月24日）' with two task items; the responsible "
               "teachers' names after '负责人：' were dropped. The rest of the page is behind a paywall: the site's line "
               "'……此处隐藏24311个字……' is glued to the end of item 2 as the page has it (debris, not labelled)."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="3月21日", end_text="4月29日", at="3月21日——4月29日", optional=True),
        ],
        text="""\
@T | 小学读书节活动方案
@H1 sec=guidance alt=goals | 一、活动宗旨
让师生和家长亲近书本、开阔视野、陶冶情操，在先进文化的熏陶下养成良好品德，享受学习、阅读和成长的快乐，不断提升阅读品味；通过互惠阅读、携手共进，营造富有美感和亲和力的家校学习空间，让儿童在活动中获得知识、激活潜能。
@H1 sec=other | 二、活动主题：
过有质量的阅读生活（注：有质量的书，有质量的读）
@H1 sec=other | 三、活动对象：
全体师生及家长
@H1 sec=phases alt=other | 四、活动时间：
3月21日——4月29日
@H1 sec=other | 五、活动口号：
阅读，让生活更美好
亲近经典，牵手美文
交流分享，携手共进
提升阅读品味，润泽书香童年
晨诵、午读、暮省——过有质量的阅读生活
@H1 sec=phases alt=goals | 六、主要活动安排
@H2 phase=活动启动阶段;3月21日;3月24日 | （一）活动启动阶段（3月21日—3月24日）
@I3 | 1、在校园内张贴宣传标语、悬挂横幅。
@I3 | 2、各班整理好班级图书角，每班图书100本左右，要求图书能根据读书节主题和班级 ……此处隐藏24311个字……
""",
    ),
    dict(
        name="fresh44_06_school_reading_festival_month_labels",
        source="https://wddqxz.cn/b0dcfe6b5427a5e9856a561252d380eb629423b4.html",
        doc_kind="activity_plan", partial=True,
        notes=["A school's reading-festival plan from a document-sharing site (文档大全网): the site's heading, 导语 and tag "
               "line were dropped; the document's own title '最新中小学读书节活动方案' is the title line.",
               "PHASES DATED BY A MONTH LABEL ON THE NEXT LINE: '第一阶段：启动阶段' is followed by the label line '三月份：', "
               "'第二阶段：活动阶段' by '四月份：'. The phase is labelled on the 第一阶段 line with the month as its start "
               "(no end); the month lines are level-3 label headings (kind phases) with no phase of their own.",
               "The conversion stripped digits and dashes: the overall period '203月—6' (20xx年3月—6月; optional phase, "
               "start '203月', end '6', kept as damaged) and the items '1318日，…' / '2318日，…' (1、3月18日 / 2、3月18日), "
               "labelled items with numbering none. Sentences broken over two lines by the PDF conversion are kept "
               "(lines 3-4, 6-7).",
               "'三、活动主题与口号： 读书好，读好书，好读书' is run into the end of item 3 of 二、 (a marker in the middle of a "
               "line, not labelled), so the document shows no 三、 heading. The page ends inside item 2 of 四月份 "
               "('美文内容，应根')."],
        units=["政教处", "少先队", "总务处"],
        extra_phases=[
            dict(name="活动时间", start_text="203月", end_text="6", at="203月—6", optional=True),
        ],
        text="""\
@T | 最新中小学读书节活动方案
@H1 sec=guidance | 一、指导思想：
读书使人明智，读书使人高尚。为深入实施素质教育、建设良好的校园文化、营
造浓郁的读书氛围，学校决定举办第二届校园师生读书节，激发师生读书的兴趣和热情，让每一位师生亲近书本、喜爱读书、学会读书，享受阅读的快乐。
@H1 sec=goals alt=guidance | 二、活动目的：
@I2 | 1、通过活动点燃师生读书热情，让师生养成多读书、读好
书、会读书的习惯，从书中得到心灵的慰藉和生活的榜样。
@I2 | 2、借优秀诗文诵读这一平台，帮助师生更新知识、开阔视野，为终身学习打下基础。
@I2 | 3、通过活动引导学生与经典、好书交朋友，营造良好的读书氛围，为书香校园奠定基础 三、活动主题与口号： 读书好，读好书，好读书
@H1 sec=phases alt=other | 四、活动时间：
203月—6
@H1 sec=phases alt=goals | 五、活动内容及安排：
@H2 phase=启动阶段;三月份; | 第一阶段：启动阶段
@H3 num=none | 三月份：
@I4 num=none | 1318日，读书节开幕式：校长宣布开幕，教师代表和学生代表向全校师生发出读书倡议。（负责人：政教处、 少先队）
@I4 num=none | 2318日，校园悬挂横幅、张贴专题标语，营造浓郁的书香校园氛围。（负责人：总务处）
@H2 phase=活动阶段;四月份; | 第二阶段：活动阶段
@H3 num=none | 四月份：
@I4 | 1、制定各年级经典阅读推荐书目，让每位老师、学生和家长都知道孩子本学年的必读书目和必背篇目。
@I4 | 2、“美文荐读”活动，每个班级布置一块“芳草地”，张贴师生推荐的美文。美文内容，应根
""",
    ),
    dict(
        name="fresh44_07_district_tree_planting_activity_time_lines",
        source="https://taowenge.com/p-62355307.html",
        doc_kind="activity_plan", partial=True, title_override="街道社区三月份植树节活动方案",
        notes=["A district's arbor-day plan (区绿化办, 区绿化委, 各镇（街道）; place masked as 'zz') titled for 街道社区, from "
               "a document-sharing site that ran the text together and inserted chunk markers '1、', '2、', '3、'. The "
               "page shows the title twice, the first with the chunk marker glued on ('1、街道社区三月份植树节活动方案'), "
               "the second with a space; both are title lines, the title is the document's own. The run-together "
               "block was split at the heading boundaries the text shows.",
               "Chunk markers splitting words are kept and never labelled: line 13 begins '2、宣扬口号。…' (the page's "
               "'…插播植树节' + '2、' + '宣扬口号'), line 20 begins '3、基地，…'. They look like numbered headings and are not.",
               "THE TIME IS ON THE LINE AFTER THE HEADING: each activity '（一）开展全民义务植树绿化宣扬活动。' is followed by "
               "'时间：2 月下旬-3 月底' and '活动内容：…' lines. The three dated activities are labelled as phases (name from "
               "the heading, dates from the next line: '2 月下旬'–'3 月底', '3 月 12 日', the shared-unit range '3-4 月' "
               "as start '3', end '4 月'); their kind is goals (under 三、主要内容), phases accepted. '时间：' and "
               "'活动内容：' are key-value body lines. 二、活动时间 '20zz 年春季' is an optional overall period.",
               "The store's synonym spinning is kept ('宣扬' for 宣传, '主动性'). The page ends on the bare heading "
               "'（四）开展营', moved to its own line."],
        units=["区绿化办", "区绿化委及其办公室"],
        extra_phases=[
            dict(name="活动时间", start_text="20zz 年春季", end_text=None, at="20zz 年春季", optional=True),
        ],
        text="""\
@T | 1、街道社区三月份植树节活动方案
@T | 街道社区 三月份植树节活动方案
为进一步调动全社会植树造林的主动性，营造全民义务植树的良好氛围，掀起我区春季植树新一轮热潮，特制定本活动方案。
@H1 sec=other | 一、活动主题
弘扬生态文明，共建绿色 zz
@H1 sec=phases alt=other | 二、活动时间
20zz 年春季
@H1 sec=goals alt=measures | 三、主要内容
区、镇（街道）、村（社区）三级领导带头，机关干部、企事业职工、驻 zz 官兵、在校师生和城乡居民主动参加，完成义务植树 65 万株以上。
@H2 sec=goals alt=phases phase=开展全民义务植树绿化宣扬活动;2~月下旬;3~月底 | （一）开展全民义务植树绿化宣扬活动。
时间：2 月下旬-3 月底
活动内容：由区绿化办牵头，组织各镇（街道）、区直有关单位开展义务植树季宣扬活动。zz 电视台在 zz 新闻栏目前后的广告区间插播植树节
2、宣扬口号。同时通过 zz 电视台、zz 广电微信平台等本地影响力最强的平台宣扬植树造林；各镇（街道）在辖区内重点宣扬，张挂横幅标语（见附件）；区直有关单位结合实际制定有行业特色的义务植树方案和宣扬活动。
@H2 sec=goals alt=phases phase=区级3.12义务植树点主场活动;3~月~12~日; | （二）区级3.12义务植树点主场活动。
时间：3 月 12 日
活动内容：由区绿化委及其办公室牵头，安排区四套班子领导、区有关单位干部职工和武警泉州森林大队等参加区级义务植树活动，具体地点另行通知。
@H2 sec=goals alt=phases phase=各镇（街道）义务植树分场活动;3;4~月 | （三）各镇（街道）义务植树分场活动。
时间：3-4 月
活动内容：各镇（街道）分别选择设立一块义务植树
3、基地，组织镇（街道）党委、政府干部职工和辖区企业开展 3.12 义务植树活动。
@H2 sec=goals | （四）开展营
""",
    ),
    dict(
        name="fresh44_08_company_safety_month_contest_plan",
        source="http://bigxun.com/view/1853475906196180993",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A company's safety-month knowledge-contest plan (顺飞与华昌; 安全科, 生产部, 设备部) from a document-conversion "
               "site that ran the text together: the title was glued to the opening ('安全月活动方案范文为预防…') and is put "
               "on its own line; the site's '文本内容:' line was dropped.",
               "Headings glued to their bodies without punctuation ('（一）竞赛要求深入贯彻…', '二、竞赛主题掌握安全生产知识，"
               "争做遵章守纪职工', '四、竞赛组织机构本次竞赛活动由…'); heading texts set by hand. Damaged figures kept "
               "('各组织个参赛班组', '三名选手10参加比赛') and the garbage '1531610o' inside a word ('高度重1531610o视').",
               "The conversion dropped the numbering of the step section: '五、具体实施步骤' survives as the bare label "
               "'具体实施步骤' at the end of 四's paragraph and '1、' as a bare '、' before the phase. The two were split "
               "at that boundary: '具体实施步骤' (level 1, numbering none) and '、宣传动员阶段（月日至月日）…' (level 2, "
               "literal '、'). The phase's dates are BLANK in the source ('（月日至月日）'): start and end are null.",
               "The page ends inside the first phase ('…变为每一位职')."],
        units=["安全科", "生产部", "设备部", "竞赛领导小组"],
        text="""\
@T | 安全月活动方案范文
为预防重大安全生产事故，进一步增强职工的安全生产意识和自我保护能力，推动安全生产工作规范化，根据上级政府有关部门的文件精神，结合我公司安全月活动计划，特制定该方案
@H1 sec=goals alt=guidance,requirements | 一、竞赛要求和目标
@H2 text=（一）竞赛要求 sec=guidance alt=requirements,goals | （一）竞赛要求深入贯彻本公司安全生产工作会议精神，坚持“安全第一，预防为主，综合治理”的方针，树立以人为本、安全生产责任重于泰山的观念；普及职工安全生产知识，杜绝违章作业、抵制违章指挥，强化企业安全管理，推动全厂安全生产责任目标落实
@H2 text=（二）竞赛目标 sec=goals | （二）竞赛目标进一步加强安全生产和劳动保护工作，杜绝重大事故发生，保持安全生产形势持续稳定
@H1 text=二、竞赛主题 sec=other | 二、竞赛主题掌握安全生产知识，争做遵章守纪职工
@H1 text=三、参赛范围 sec=other | 三、参赛范围顺飞与华昌以班组为单位各组织个参赛班组，每个班选派三名选手10参加比赛，男女不限
@H1 text=四、竞赛组织机构 sec=responsibilities | 四、竞赛组织机构本次竞赛由安全科牵头组织，生产部、设备部等部门参加，成立竞赛领导小组，组长XXX副组长XXX成员XXX，各部门也要落实相应负责人，加强对本部门竞赛活动的领导和组织工作
@H1 num=none sec=phases | 具体实施步骤
@H2 num=、 text=、宣传动员阶段（月日至月日） phase=宣传动员阶段;; | 、宣传动员阶段（月日至月日）各部门、车间要高度重1531610o视本次竞赛，广泛宣传发动：结合以往竞赛经验和近年安全事故教训深入讨论，利用报刊、班前班后会等形式学习安全生产规章制度和岗位操作规程，宣传发动扎根班组，让职工理解竞赛的意义、主题、目标和考核标准，把活动要求变为每一位职
""",
    ),
    dict(
        name="fresh44_09_district_sanitation_scheme_interpretation",
        source="http://tdq.siping.gov.cn/zw/jd/qtjd/202009/t20200927_528143.html",
        doc_kind="scheme", doc_kind_alt=["report"], partial=True,
        notes=["A district government's published interpretation (解读) of its 2020 spring sanitation scheme, from the "
               "district's official site (铁东区人民政府, posted by 区政府办): it restates the scheme in numbered points, so "
               "it is labelled as the scheme it summarises (report accepted). The site's section labels ('政务', "
               "'governor') and the posting line were dropped; the 解读 title is the title line.",
               "Run-in label points '1、依据：…', '2、目的：…', '3、意义：…' (level 1; background / goals) and the bare "
               "'4、主要内容' over two unnumbered label headings, '整治时间：…' and '整治内容', then 23 numbered task items "
               "'1、市容环境整治' … (items, level 3; the same '1、' style as the level-1 points). The task items keep the "
               "page's wording; the last one is cut off ('…墙体内外').",
               "FOUR PHASES ON ONE LINE, DATE BEFORE THE NAME: '整治时间：2020年4月1日至6月30日。共分三个阶段：第一阶段（4月1日"
               "--4月13日）宣传动员阶段；第二阶段（4月13日--4月20日）突击攻坚阶段；…；第四阶段（6月1日至6月30日）检查验收阶段。' "
               "The line announces three stages and lists four (kept). The overall period and the four stages are labelled "
               "(names after the bracket, the doubled ASCII dash kept in the dates), all as OPTIONAL phases: the scorer "
               "matches a phase by line first, and four gold phases on one line made its own --make-perfect check fail "
               "(phase recall 0.947, date recall 0.724), so they are recorded for reading but not counted. The line was "
               "not split: it is one paragraph on the page."],
        units=[],
        extra_phases=[
            dict(name="整治时间", start_text="2020年4月1日", end_text="6月30日", at="整治时间：2020年4月1日", optional=True),
            dict(name="宣传动员阶段", start_text="4月1日", end_text="4月13日", at="宣传动员阶段；", optional=True),
            dict(name="突击攻坚阶段", start_text="4月13日", end_text="4月20日", at="突击攻坚阶段；", optional=True),
            dict(name="巩固提升阶段", start_text="4月20日", end_text="5月31日", at="巩固提升阶段；", optional=True),
            dict(name="检查验收阶段", start_text="6月1日", end_text="6月30日", at="检查验收阶段。", optional=True),
        ],
        text="""\
@T | 关于《铁东区2020年春季环境卫生综合整治活动实施方案》解读
@H1 sec=background alt=guidance | 1、依据：落实省委、省政府关于“城市管理效能提升三年行动”的总体部署和要求。
@H1 sec=goals alt=guidance | 2、目的：借助“走遍四平”整治环境行动，解决群众反映强烈的“脏乱差违”问题。
@H1 sec=background alt=goals | 3、意义：巩固国家卫生城市创建成果，加快创建全国文明城市，全面提升城市精细化管理水平。
@H1 sec=goals alt=phases,other | 4、主要内容
@H2 num=none sec=phases alt=other | 整治时间：2020年4月1日至6月30日。共分三个阶段：第一阶段（4月1日--4月13日）宣传动员阶段；第二阶段（4月13日--4月20日）突击攻坚阶段；第三阶段（4月20日--5月31日）巩固提升阶段；第四阶段（6月1日至6月30日）检查验收阶段。
@H2 num=none sec=goals | 整治内容
@I3 | 1、市容环境整治
@I3 | 2、加强市政设施维护和管理
@I3 | 3、强化工地和基建渣土管理
@I3 | 4、广场卫生管理；
@I3 | 5、商业街环境整治。
@I3 | 6、物管小区环境整治。
@I3 | 7、加强垃圾运输车管理。
@I3 | 8、加强挖掘施工管理。
@I3 | 9、清除城区周边越冬垃圾。
@I3 | 10、提高街道清扫保洁和垃圾清运标准。
@I3 | 11、加强“门前五包”管理。
@I3 | 12、清除违建和沿街乱贴乱画。
@I3 | 13、开展商网牌匾和户外广告整治。
@I3 | 14、进一步强化露天烧烤清理和油烟治理。
@I3 | 15、全面清理占道经营。
@I3 | 16、加强公厕卫生管理。
@I3 | 17、加强露天市场整治。
@I3 | 18、城市家具大清洗。
@I3 | 19、城市出入口周边及公路、铁路两侧环境整治。
@I3 | 20、医疗机构生活垃圾实施单独收运和处理。
@I3 | 21、对废弃口罩实施单独收集、运输。
@I3 | 22、清除小区内的乱贴乱画、乱堆乱放、乱栽乱种和白色污染。
@I3 | 23、清除单位院内的垃圾、积水和单位所属建筑物、墙体内外
""",
    ),
    dict(
        name="fresh44_10_school_herb_planting_activity_stages",
        source="https://meipian.cn/4s08byt2",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A school's arbor-day activity ('乌兰学校植树节“盆栽种植中草药”活动') posted on a blog platform (美篇). The "
               "stored text is the post's HTML; the markup (<p class=\"ql-block\">) was removed and each paragraph put "
               "on its own line, leading spaces dropped. The visible part starts with the lead-in '…活动分为四个阶段：'; "
               "there is no title line.",
               "The post first LISTS the stages (lines 2-5, '（一）第一阶段： 种植阶段 。 （ 2023年 3月 1日~ 2023 年 3 月12日 ）' "
               "…) and then repeats each as a section heading with its tasks (lines 7, 11, 13). The phases are labelled "
               "on the section headings; the overview lines are items (level 2, kind phases) without phases of their own.",
               "Dates are written with the post's spacing and dashes, all kept: '~' between full dates, '一' (the numeral "
               "one) used as a dash in '2023年4月一2023年5月', a broken year '20 23年 5 月 —20 23 年 6 月'. The date "
               "follows the heading after '。' in '（一）第一阶段： 种植阶段 。 （…）' and '（二）第二阶段：实践研究阶段。（…）'; "
               "the third heading has no '。' and spaced words ('评比 总结 阶段'). Heading texts of the stage lines are set by hand "
               "to the stage name (the colon rule would cut them at '第一阶段：').",
               "Tokens with a space inside ('1 、', '3 、', '（ 1 ）', '四 、') are recorded as written; their numbering_style "
               "is 'none' because the shared builder's detector does not accept the inner space (read them as 1、, （1）, "
               "一、). '四 、 研究成果的呈现形式' is level 1; the stage sections before it sit under an absent level-1 parent "
               "(level 2, level 1 accepted). The page ends inside the closing paragraph."],
        units=[],
        text="""\
乌兰学校植树节“盆栽种植中草药”活动分为四个阶段：
@I2 lvlalt=1 sec=phases text=（一）第一阶段：~种植阶段 | （一）第一阶段： 种植阶段 。 （ 2023年 3月 1日~ 2023 年 3 月12日 ）
@I2 lvlalt=1 sec=phases text=（二）~第二阶段：实践研究阶段 | （二） 第二阶段：实践研究阶段。（2023年4月一2023年5月）
@I2 lvlalt=1 sec=phases text=（三）~第三阶段：评比总结阶段 | （三） 第三阶段：评比总结阶段。（2023年5月一2023年6月）
@I2 lvlalt=1 sec=phases | （四） 研究成果的呈现形式
活动实践创新，标牌制作。
@H2 lvlalt=1 sec=phases text=（一）第一阶段：~种植阶段 phase=种植阶段;2023年~3月~1日;2023~年~3~月12日 | （一）第一阶段： 种植阶段 。 （ 2023年 3月 1日~ 2023 年 3 月12日 ）
@I3 lvlalt=2 num=1~、 | 1 、 明确活动目标和任务，分好小组，制定小组活动计划。
@I3 lvlalt=2 | 2、 师生一起查资料，确定种植哪些品种，了解基本的种植方法 。
@I3 lvlalt=2 num=3~、 | 3 、准备好种子、花盆、化肥和工具等。
@H2 lvlalt=1 sec=phases text=（二）第二阶段：实践研究阶段 phase=实践研究阶段;2023~年~4~月;2023~年~5月 | （二）第二阶段：实践研究阶段。（ 2023 年 4 月 ~2023 年 5月）
这一阶段养护植物，每周写一篇图文并茂的观察日记，并设计便于种植的小工具。
@H2 lvlalt=1 sec=phases text=（三）~第三阶段~：~评比~总结~阶段 phase=评比~总结~阶段;20~23年~5~月;20~23~年~6~月 | （三） 第三阶段 ： 评比 总结 阶段（ 20 23年 5 月 —20 23 年 6 月）
@I3 lvlalt=2 num=（~1~） | （ 1 ）植物种植评比
@I3 lvlalt=2 num=（~2~） | （ 2 ）观察日记评比
@I3 lvlalt=2 num=（~3~） | （ 3 ）收集活动资料，撰写活动 总结 ，上报优秀小论文和观察日记，并把活动记录和照片存档。
通过种植常用中草药，让学生参与养护和参观，学习中医药知识，认识几味药，理解中药文化，了解更多中国传统文化。
@H1 num=四~、 sec=other alt=goals | 四 、 研究成果的呈现形式
创新小发明，标牌制作活动。
通过观察、记录植物的生长过程，学会科学的种植方法，以及观察、实验、比较的研究方法，利用所学
""",
    ),
]
