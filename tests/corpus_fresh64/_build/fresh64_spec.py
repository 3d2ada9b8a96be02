# -*- coding: utf-8 -*-
"""The sixty-fourth held-out fresh set: SCHEMES, ACTIVITY PLANS AND WORK
ARRANGEMENTS WHOSE STEPS ARE DATED, with the dates written in many real forms:
a month in brackets after a run-in stage (（2021年3月）, （2021年4月—8月）), a
deadline (（20xx年7月底前）, （11月20日以前）, 2021年11月12日前完成 on the line
after the stage), ten-day periods (从2011年10月下旬至2012年1月, 从11月下旬开始到
12月中旬结束, 12月初), evenings (16日晚 … 22日), a stage number glued to its
date (一5月8日：…), dated sessions per venue (县医院：2022年4月27日下午2:00…),
clock times in preparation items (中午12点10分, 晚上8:30), and masked years
(20xx年―20xx年).  Writers: a primary school, a town, a township's party
committee and government, a county (its 12·4 legal-publicity day), a secondary
school, a hospital with the city union, a city's skills-contest committee (as
reposted), a county health bureau, a group company and a village.
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source of any label
file or used/excluded list under /work/fresh*, tests/corpus_* or
shared/corpus-dev (checked with /work/fresh64/mkexcl.sh and chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  lines, collection titles, sample headers, Q&A framing, tag lines) was dropped.
- Heading, title and schedule lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，； was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document names and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH64_DOCS = [
    dict(
        name="fresh64_01_primary_school_green_school_scheme",
        source="http://www.sxhtyf.com/xijia/39341.html",
        doc_kind="scheme", partial=True,
        notes=["A primary school's 2021 scheme for the 绿色学校 (green school) campaign, quoted as the answer of a Q&A "
               "page ('2021年小学创建绿色学校实施方案?'); the site's framing lines (小编 intro, the numbered question, the "
               "closing 'hope you found it' lines) were dropped, so the document shows no title line (title null).",
               "The site's mask '加***学生生态文明教育' is kept in the opening. The document names "
               "《鹤壁市“绿色学校”创建行标准（试行）》 (sic, '创建行标准') and 《淇县2021年“绿色学校”创建工作实施方案》 are kept.",
               "二、创建安排 holds four run-in stages '（一）宣传动员阶段（2021年3月）。主要任务是…'; each is a phase: a single "
               "month is a start with no end; '（2021年4月—8月）' gives start 2021年4月 and end 8月 (the year is not repeated).",
               "The answer stops after （四）; the real scheme surely continues (partial)."],
        units=[],
        text="""\
为落实省、市、县的绿色生态发展理念，在校园中厚植绿色发展理念，加***学生生态文明教育，提高师生的生态文明素养并带动全社会参与生态文明建设，学校依据《鹤壁市“绿色学校”创建行标准（试行）》和《淇县2021年“绿色学校”创建工作实施方案》，结合本校实际，对“绿色学校”创建工作作如下安排：
@H1 sec=goals alt=guidance | 一、总体目标
践行绿色发展理念，建立学校生态文明教育的长效机制，落实上级创建会议和文件的要求，按标准完善制度和文件材料，并按要求做好校园绿化建设。
@H1 sec=phases | 二、创建安排
@H2 phase=宣传动员阶段;2021年3月; | （一）宣传动员阶段（2021年3月）。学习文件精神，成立创建组织，制定工作方案，把任务分解细化，建立工作台账，加大宣传，营造创建氛围。
@H2 phase=组织创建阶段;2021年4月;8月 | （二）组织创建阶段（2021年4月—8月）。按方案和工作台账的时间节点开展活动、推进创建、查漏补缺，高标准完成各项任务，形成工作机制，确保如期达到创建目标。
@H2 phase=自查申报阶段;2021年9月; | （三）自查申报阶段（2021年9月）。对照《鹤壁市“绿色学校”创建标准（试行）》自查自评，自评合格（≥80分）后提出审核验收申请。
@H2 phase=组织申报阶段;2021年10月; | （四）组织申报阶段（2021年10月）。注意收集、整理和归档创建材料，结合学校情况积极申报。
""",
    ),
    dict(
        name="fresh64_02_town_beautiful_courtyard_scheme",
        source="https://m.588k.com/qywd/ssfa/1873414.html",
        doc_kind="scheme", partial=True,
        notes=["A town's scheme (it calls itself 实施意见) for the 美丽庭院 (beautiful courtyard) campaign under the district "
               "women's federation; the first sample of a collection whose page title is 《创建文明村实施方案》 (a mismatch), "
               "so no title line is kept (title null). The site's 小编 line was dropped.",
               "一、创建时间 is a label heading whose value line '20xx年―20xx年' (masked years, a horizontal-bar dash) is the "
               "campaign's overall period: an optional phase. The two 到20xx年底 targets in 二、目标任务 are goals, not phases.",
               "三、创建步骤 shows only its first stage, a standalone heading '（一）宣传发动阶段（20xx年7月底前）' (a deadline: "
               "end only); the page ends inside its body ('…党员、村民代表').",
               "The site's anti-copy backtick inside a quotation ('对评选出的“`美丽庭院”') is kept in the body.",
               "The district bodies named in the opening (区妇联, 区委宣传部, 区农业农村局 …) issue the requirement and are not "
               "units of this document."],
        units=[],
        extra_phases=[
            dict(name="创建时间", start_text="20xx年", end_text="20xx年", at="20xx年―20xx年", optional=True),
        ],
        text="""\
按照区妇联的要求，为落实省委打造乡村振兴齐鲁样板、市委推进十五个攻势和区委工作落实年的部署，以及全国妇联“家家幸福安康工程”、省妇联和市妇联“破难行动”的要求，区委宣传部、区农业农村局、区住房城乡建设局、区教育体育局、区卫生健康局和区妇联将在全区联合开展“美丽庭院”创建；为发挥家庭在人居环境整治和美丽乡村建设中的作用，结合我镇实际，制定本实施意见。
@H1 sec=phases alt=other | 一、创建时间
20xx年―20xx年
@H1 sec=goals | 二、目标任务
以“家家幸福安康工程”为抓手，以“清洁、绿色、健康、文明”为目标，推进“美在我家”主题活动，开展“清洁卫生我先行”“绿色生活我主导”“家人健康我负责”“文明家风我传承”四项行动，引导全镇农村家庭创建“美丽庭院”。
到20xx年底，全镇5%的庭院建成“美丽庭院”示范户、20%的庭院建成“美丽庭院”；到20xx年底，农村10%的庭院建成示范户、50%的庭院建成“美丽庭院”，对评选出的“`美丽庭院”挂牌上墙。
@H1 sec=phases | 三、创建步骤
@H2 phase=宣传发动阶段;;20xx年7月底前 | （一）宣传发动阶段（20xx年7月底前）
围绕“村庄是公园，庭院是花园”的目标，各镇、街道统一制定创建方案，以户为单位开展创建；通过动员大会、倡议书和明白纸等形式让家庭了解创建标准和方法，营造户户参与的氛围，注重发挥村两委干部、党员、村民代表
""",
    ),
    dict(
        name="fresh64_03_township_village_committee_election_scheme",
        source="https://www.xiaomilidoc.com/p-1941825.html",
        doc_kind="scheme", partial=True,
        title_override="中共大牛乡委员会大牛乡人民政府关于认真做好第九届村民委员会换届选举工作的实施方案",
        notes=["A township party committee and government's scheme for the 2011 村委会 elections, from a document-sharing "
               "page that ran the site title, the document number, the issuing title and the text into one block; it was "
               "split at the boundaries the text shows. Two title lines: the site's short title (line 1) and the "
               "document's own issuing title (line 3, taken as the title); the document number '大乡委发[2011]31号' (the "
               "source's half-width brackets) between them is a body line.",
               "The opening sentence carries the overall period '从2011年10月下旬至2012年1月' (ten-day period to a month): an "
               "optional phase. '一、指导思想' was glued to its body in the store ('一、指导思想以党的…'); it is put on its own line.",
               "二、方法步骤: the lead-in '我乡村委会换届选举工作分三个阶段，十二个环节。' is body; only the first stage "
               "'第一阶段：准备阶段（11月20日以前）' is visible (a deadline written 以前: end only), then the lead-in "
               "'主要抓好五个环节：' and two 环节 headings （一）（二） at level 3 (section inherited, phases). '（二）制足工作方案' "
               "keeps the source's wording (制足 for 制定).",
               "The document-sharing page marker '第1页共11页' sits inside the body of （二） ('按照市、乡第1页共11页级工作方案') "
               "and is kept, never labelled. The page ends inside that body ('特别是对').",
               "Personal names (a national leader, a provincial official quoted for the '平稳、规范、按时、保质' requirement) "
               "were dropped in the rewritten body."],
        units=["乡党委", "第九届村民委员会换届选举工作领导组", "乡党委办"],
        extra_phases=[
            dict(name="第九届村民委员会换届选举工作", start_text="2011年10月下旬", end_text="2012年1月",
                 at="我乡从2011年10月下旬至2012年1月", optional=True),
        ],
        text="""\
@T | 第九届村民委员会换届实施方案
大乡委发[2011]31号
@T | 中共大牛乡委员会大牛乡人民政府关于认真做好第九届村民委员会换届选举工作的实施方案
根据《中华人民共和国村民委员会组织法》和《XX省村民委员会选举办法》，按照省、XX市、XX县区有关第九届村民委员会选举的文件精神，我乡从2011年10月下旬至2012年1月依法全面开展第九届村民委员会换届选举工作，现按省、XX市、XX县区的要求提出如下实施方案。
@H1 sec=guidance | 一、指导思想
以党的十七大和十七届三中、四中、五中、六中全会精神为指针，落实“七一”讲话精神，结合深化农村改革、加快城镇化的实际，按照全省换届选举工作电视电话会议提出的“平稳、规范、按时、保质”要求，精心组织，依法圆满完成换届选举，把思想好、作风正、有能力、愿为村民服务的人选进村委会，推进农村基层组织建设和社会主义新农村建设。
@H1 sec=phases | 二、方法步骤
我乡村委会换届选举工作分三个阶段，十二个环节。
@H2 phase=准备阶段;;11月20日以前 | 第一阶段：准备阶段（11月20日以前）
主要抓好五个环节：
@H3 | （一）建立领导机构
乡党委成立由党委书记任组长的第九届村民委员会换届选举工作领导组，领导组办公室设在乡党委办。
@H3 | （二）制足工作方案
各村要总结以往换届选举的经验，按照市、乡第1页共11页级工作方案的要求，制定有针对性、可操作的工作方案和分类指导方案。特别是对
""",
    ),
    dict(
        name="fresh64_04_county_legal_publicity_day_activity",
        source="https://3c3c.com/qyzl/huodongfangan/340314.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county's plan for the 12·4 national legal-publicity day (县乡联动, '我县'), the first sample of a collection "
               "page; the page title '全国法制宣传日活动方案' is kept as the title line, the site's posting line and 小编 "
               "blurb were dropped. The source writes '12・4' with a katakana middle dot (U+30FB) and masks the plan names "
               "('“xxx”普法', '“xx”普法', '法治xx', '结合xx实际'); both are kept.",
               "一、活动主题's value line ends in a colon with the theme itself missing in the source "
               "('…宣传活动的主题是：'); it is a body line.",
               "二、时间安排 holds one overall period '从11月下旬开始到12月中旬结束。' (ten-day periods): an optional phase. "
               "四、工作重点's item '1.各乡镇（场、区）于12月1日至4日在乡镇所在地街道设点进行法制宣传，…' has an event date inside a "
               "task line: not a phase. The page ends inside that item ('…发放宣').",
               "Section kinds: 活动主题 other; 时间安排 phases (other accepted); 宣传内容 and 工作重点 goals (measures accepted, "
               "the task areas of a plan)."],
        units=["各乡镇（场、区）"],
        extra_phases=[
            dict(name="法制宣传日活动", start_text="11月下旬", end_text="12月中旬", at="从11月下旬开始到12月中旬结束",
                 optional=True),
        ],
        text="""\
@T | 全国法制宣传日活动方案
今年是“xxx”普法法治建设工作全面实施阶段的关键之年。为营造更浓厚的法制宣传氛围，扩大法制宣传教育和法治建设的覆盖面和影响力，按照省市统一安排，我们借20xx年“12・4”全国法制宣传日来临之机开展法制宣传、弘扬法治精神，推进“xx”普法和法治xx建设，现将活动方案通知如下：
@H1 sec=other | 一、活动主题
20xx年“12・4”全国法制宣传日宣传活动的主题是：
@H1 sec=phases alt=other | 二、时间安排
从11月下旬开始到12月中旬结束。
@H1 sec=goals alt=measures | 三、宣传内容
学习宣传党的精神；结合xx实际，宣传我县民主法制建设的经验、推进法治政府建设的举措和成就，以及严格执法、公正司法和提高全民法律素质方面的进展；宣传宪法和国家基本法律制度，宣传与经济社会发展、社会和谐稳定和基层民主自治、依法信访相关的法律法规。
@H1 sec=goals alt=measures | 四、工作重点
今年“12・4”法制宣传日活动，县乡联动，主要做好以下几项工作：
@I2 | 1.各乡镇（场、区）于12月1日至4日在乡镇所在地街道设点进行法制宣传，充分利用广播、电视、网络、标语、发放宣
""",
    ),
    dict(
        name="fresh64_05_school_teacher_post_appointment_scheme",
        source="https://czfuli1.com/zhuantifanwen/gongwenfanwen/26242.html",
        doc_kind="scheme", partial=False,
        notes=["A secondary school's scheme for appointing teachers to graded posts under the county's 量化计分 rules "
               "(《新化县中小学岗位聘用量化计分指导意见》). It is sample 1 of a collection whose title and sample header read "
               "'农田残膜回收利用工作实施方案' (the site's mismatch); collection title, sample header and sample 2 were "
               "dropped, and the sample's own title '教师岗位聘用工作实施方案' is the title line.",
               "一、成立领导小组 has empty key-value lines (顾问： / 组长： / 组员：), body. 二、实施细则 (goals, measures accepted) "
               "holds three 1、 headings; the （1）–（3） lines under 2、 are statements (items).",
               "'3、时间安排' (phases) is the day-by-day schedule, written with days only and the evening: '（1）16日晚…', "
               "'（2）17日晚…。18日上报教育局审批。', '（3）19日晚中学高级教师…' followed by two unnumbered lines '20日晚中学一级教师…' and "
               "'21日晚中学二级教师…', and '（4）22日张榜公布评聘结果。'. Each dated step is a phase (the （n） lines are items; the "
               "two unnumbered evening lines are body lines carrying their own phases). Step （2） also names 18日 for the "
               "report to the education bureau; the phase keeps its start 17日晚 only.",
               "'三、凡岗位聘用工作中的未尽事宜，由领导小组酌情解决。' is a numbered statement at level 1, an item (other, "
               "requirements accepted). The sample is complete on the page (partial false)."],
        units=["领导小组"],
        extra_phases=[
            dict(name="中学一级教师量化评分", start_text="20日晚", end_text=None, at="20日晚中学一级教师", optional=False),
            dict(name="中学二级教师量化评分", start_text="21日晚", end_text=None, at="21日晚中学二级教师", optional=False),
        ],
        text="""\
@T | 教师岗位聘用工作实施方案
为贯彻我县教育系统人事制度改革、健全岗位设置管理制度，学校依据《新化县中小学岗位聘用量化计分指导意见》，结合本校实际，经校行政会和职代会充分讨论，制订本实施方案。
@H1 sec=responsibilities | 一、成立领导小组
顾问：
组长：
组员：
@H1 sec=goals alt=measures | 二、实施细则
@H2 | 1、学历、资历量化标准（《意见》）
@H2 | 2、教育教学工作实际量化标准的算法
@I3 | （1）学校整合时间短，每位教职工的这一项按三个学期核算，以学校三期的常规管理分为准。
@I3 | （2）师德师风的刚性评分（10分）按《意见》不变；弹性评分（满分20分）已在常规管理目标分中体现，不再重复计分。
@I3 | （3）有关扣分政策同《意见》
@H2 sec=phases | 3、时间安排
@I3 phase=政策发动宣传;16日晚; | （1）16日晚向全体教职工进行政策发动宣传，并召开好领导小组会议，形成有关决议。
@I3 phase=宣布学校的实施细则;17日晚; | （2）17日晚再向全体教职工宣布学校的实施细则。18日上报教育局审批。
@I3 phase=中学高级教师量化评分;19日晚; | （3）19日晚中学高级教师由领导小组量化评分。
20日晚中学一级教师由领导小组量化评分。
21日晚中学二级教师由领导小组量化评分。
@I3 phase=张榜公布评聘结果;22日; | （4）22日张榜公布评聘结果。
@I1 sec=other alt=requirements | 三、凡岗位聘用工作中的未尽事宜，由领导小组酌情解决。
""",
    ),
    dict(
        name="fresh64_06_hospital_nurses_day_skills_contest_plan",
        source="http://www.16system.cn/a/726846.html",
        doc_kind="activity_plan", partial=True,
        notes=["A nurses'-day knowledge and skills contest held by 凌源市钢城中心医院 with the city union (凌源市总工会). "
               "Line 2 'www.16system.cn竞赛活动方案' is the site's watermark run into the repeated title: debris, never "
               "labelled. The source's masked year ('《__年优质护理服务评价细则》', '拟定__年5月') is kept.",
               "二、组织领导: the 1、–3、 lines (组长 / 副组长 / 成员 with personal names, which were dropped, keeping the "
               "posts) are key-value items; '下设办公室：' is an unnumbered label heading at level 2 over two key-value body "
               "lines.",
               "Under 三、竞赛规则 the source numbers the sub-sections with a bare '一' and '二' ('一参加科室', '二竞赛内容'; the "
               "bracket or comma was lost): headings at level 2, numbering literal '一'/'二', style none.",
               "五、参赛时间 gives '拟定__年5月': an optional overall period. 六、竞赛规则及竞赛环节 (phases; other and "
               "requirements accepted) has the stage '一5月8日：技术操作竞赛' (bare '一' glued to the date) as a level-2 "
               "heading and phase; the second stage '二、5月11日：理论知识竞赛' is glued to the end of the body line before "
               "it in the store and is kept there: a marker in the middle of a line is not labelled, but the stage is a "
               "phase placed on that line. The 1. rule under it is an item (requirements); the page ends at a bare '2.', "
               "dropped."],
        units=["凌源市总工会", "凌源市钢城中心医院", "护理部"],
        extra_phases=[
            dict(name="参赛时间", start_text="__年5月", end_text=None, at="拟定__年5月", optional=True),
            dict(name="理论知识竞赛", start_text="5月11日", end_text=None, at="二、5月11日：理论知识竞赛",
                 optional=False),
        ],
        text="""\
@T | 竞赛活动方案
www.16system.cn竞赛活动方案
为落实朝阳市卫生局《__年优质护理服务评价细则》、推进“优质护理服务示范工程”、提高我院护理人员的业务素质和技能，在“5·12”国际护士节来临之际，凌源市总工会和凌源市钢城中心医院联合举办护士节护理知识技能竞赛，为确保活动取得实效，制定本方案。
@H1 sec=guidance | 一、指导思想
通过竞赛在全院护理人员中掀起学习热潮，熟悉法律法规、巩固核心制度、夯实理论基础、增强应急能力，从而提高护理质量和患者满意度。
@H1 sec=responsibilities | 二、组织领导
@I2 | 1、组长：凌源市教课文卫工会主席，凌源钢城中心医院董事长
@I2 | 2、副组长：凌源钢城中心医院院长
@I2 | 3、成员：凌源钢城中心医院副院长、工会主席、护理部主任
@H2 num=none | 下设办公室：
主任：工会主席；副主任：护理部主任
成员：各科护士长
@H1 sec=other alt=requirements | 三、竞赛规则
@H2 num=一 | 一参加科室
急诊科、手术室、儿科、外1科、外2科、外3科、内1科、内2科、妇产、五官科，共9个科室参加。
@H2 num=二 | 二竞赛内容
包括相关法律法规、护理核心制度、“三基”知识和应急预案等，学习资料以护理部下发的为准。
@H1 sec=other | 四、参赛对象
各科内部选拔，每科一组，每组3人，共9组。
@H1 sec=phases alt=other | 五、参赛时间
拟定__年5月
@H1 sec=phases alt=other,requirements | 六、竞赛规则及竞赛环节：
@H2 num=一 phase=技术操作竞赛;5月8日; | 一5月8日：技术操作竞赛
心肺复苏操作满分100分，把每组队员的个人成绩相加得出小组成绩。二、5月11日：理论知识竞赛
@I3 sec=requirements | 1.比赛开始前15分钟，各参赛队队员须统一穿护士服进入赛场。
""",
    ),
    dict(
        name="fresh64_07_city_skills_contest_selection_schedule",
        source="http://m.ddtbk.com/techan/91869.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Nanjing's selection and training arrangement for the 6th 江苏技能状元大赛, as reposted on a local-products "
               "site; the site's category and posting line ('地方特产2022-05-18 …') and the tag line were dropped, the repeated "
               "headline was kept once as the title line (with the site's addition '（附报名截止时间）').",
               "The bracketed lead '【第六届江苏技能状元大赛将于2022年举办】' is a body line (its year is not a phase).",
               "The document is three unnumbered-in-the-一、-sense stages '第一阶段：选拔报名。', '第二阶段：市级选拔', "
               "'第三阶段：组织集训' at level 1 (numbering 第一阶段, style 第一), each with its date at the start of the "
               "next line: '2021年11月12日前完成。' and '2021年11月20日前完成。' (deadlines: end only) and "
               "'2021年11月20日-12月20日组织…' (start and end). The first stage line ends in '。'.",
               "units: 组委会办公室 receives registrations and appoints the chief judge; 省人社厅 is a superior body and "
               "is not listed."],
        units=["组委会办公室"],
        text="""\
@T | 江苏技能状元大赛南京市选拔与集训工作安排（附报名截止时间）
【第六届江苏技能状元大赛将于2022年举办】
@H1 sec=phases phase=选拔报名;;2021年11月12日前 text=第一阶段：选拔报名 | 第一阶段：选拔报名。
2021年11月12日前完成。各参赛单位组织内部推荐、选拔和预选赛报名：在职职工以行业或单位组队，学生以院校为单位组队，每个赛项每队选送不超过3名（组）选手参加市选拔赛；组委会办公室按每个项目不超过30人的原则视情调整参赛人员。
各赛项按世赛规则组成裁判组，有选手参赛的单位每个赛项可推荐不超过2名裁判人选，由组委会办公室最终确定，裁判长由组委会办公室聘请专家担任。
@H1 sec=phases phase=市级选拔;;2021年11月20日前 | 第二阶段：市级选拔
2021年11月20日前完成。各赛项的具体比赛时间和地点另行通知。
@H1 sec=phases phase=组织集训;2021年11月20日;12月20日 | 第三阶段：组织集训
2021年11月20日-12月20日组织选拔赛前3名选手集中训练，集训地点另行通知；再按省人社厅的规定并结合集训情况，最终确定代表我市参赛的人员。
""",
    ),
    dict(
        name="fresh64_08_county_health_bureau_nursing_contest_plan",
        source="https://m.zuowendang.com/fanwen/823152624.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county health bureau's plan for a nurses' skills contest in the county hospital, the traditional-medicine "
               "hospital and the maternal and child health hospital (县医院、中医院、保健院). The stored text starts at "
               "'一、活动的目的' with no title line (title null); it ends with the attachment line, the signature and the "
               "date, which are body lines ('2022年4月1日' is the signing date, not a phase).",
               "四、参赛形式及办法 holds two 'label：body' lines, '参赛形式：…' and '参赛办法：…', labelled as level-2 label "
               "headings (text cut at the colon).",
               "六、比赛时间安排及地点 (phases, other accepted) lists one dated session per venue, in reverse date order, "
               "on three body lines: '时间：县医院：2022年4月27日下午2:00地点县医院。', '中医院：2022年4月26日下午2:00…', "
               "'保健院：2022年4月25日下午2:00…' (date, half-day and clock time; '地点' glued to the time). Each session is a "
               "phase named by its venue, start only.",
               "七、其它 holds two items; 主办单位 is responsibilities, 参赛人员 other, 表彰 other (requirements accepted)."],
        units=["县卫生局", "县卫生局工会"],
        extra_phases=[
            dict(name="县医院", start_text="2022年4月27日下午2:00", end_text=None, at="时间：县医院：", optional=False),
            dict(name="中医院", start_text="2022年4月26日下午2:00", end_text=None, at="中医院：2022年4月26日",
                 optional=False),
            dict(name="保健院", start_text="2022年4月25日下午2:00", end_text=None, at="保健院：2022年4月25日",
                 optional=False),
        ],
        text="""\
@H1 sec=goals alt=guidance | 一、活动的目的
弘扬南丁格尔救死扶伤的人道主义精神，提高护理队伍的整体素质和护士的业务技能，更好地落实以“病人为中心”的服务宗旨。
@H1 sec=responsibilities | 二、主办单位
县卫生局
@H1 sec=other | 三、参赛人员
县医院、中医院、保健院的护理工作人员。
@H1 sec=other alt=measures | 四、参赛形式及办法
@H2 num=none | 参赛形式：县直医疗单位每个单位为一个赛区。
@H2 num=none | 参赛办法：各赛区先进行选拔赛，前十名选手进入决赛（县医院取前15名）；决赛由评委按卫生局制定的项目和评分标准打分。
@H1 sec=other alt=requirements | 五、表彰
因各单位参赛人数不同，经局里研究，卫生局按各单位决出的名次表彰一、二、三等奖，其余决赛选手为纪念奖（县医院第一名1人、第二名3人、第三名5人；中医院第一名1人、第二名2人、第三名3人；保健院第一、二、三名各1人）。
@H1 sec=phases alt=other | 六、比赛时间安排及地点
时间：县医院：2022年4月27日下午2:00地点县医院。
中医院：2022年4月26日下午2:00地点中医院。
保健院：2022年4月25日下午2:00地点保健院。
@H1 sec=other | 七、其它
@I2 | 1、未尽事宜，另行通知
@I2 | 2、本方案解释权归县卫生局工会。
附：评委名单
县卫生局
2022年4月1日
""",
    ),
    dict(
        name="fresh64_09_group_company_womens_day_games_plan",
        source="https://jingyanben.com/bangongwenmi/214390.html?page=7",
        doc_kind="activity_plan", partial=True,
        notes=["Page 7 of a collection of company plans: the stored text starts in the middle of a group company's "
               "(元一集团, Anhui) plan for an outdoor games afternoon on 3月8日, at '五、活动项目：'; earlier sections and the "
               "title are on the previous page (title null). Company names in the body are unit names and are kept.",
               "五、活动项目 (goals, other accepted) lists nine games as 1.–9. items. 六、策划 and 七、组织实施 are label "
               "headings with a unit as value (responsibilities). '八、活动若因天气原因改为室内进行' is a numbered statement "
               "heading (other) whose only body is the forecast '（根据合肥气象网预报3月8日阴天有小雨）'.",
               "After 八、 the plan continues with unnumbered label headings '活动组队：', '活动准备：', '材料准备：', level 1 "
               "(level 2 accepted: they could be read as parts of 八、). '通知内容' is a lead-in for the two text messages "
               "('6号：…', '8号：…', key-value body lines) and is not labelled.",
               "活动准备's items are preparation tasks with dates and clock times in the task line ('行政部6号上午发函', "
               "'策划部于3月8日上午布置好现场', '中午12点10分…集合…12点30分准时出发', '晚上8:30…出发至元一时代广场'): kind measures "
               "(phases and other accepted). No stage is named, so there is no required phase; the four dated steps are "
               "optional phases (time slots of the day's logistics). The unnumbered lines under item 3 are body.",
               "The page ends inside 材料准备 at '2、15m粗绳子' (kept as the last item)."],
        units=["元一集团策划部", "行政部策划部", "行政部", "策划部", "元一会"],
        extra_phases=[
            dict(name="发函", start_text="6号上午", end_text=None, at="1、行政部6号上午发函", optional=True),
            dict(name="布置现场", start_text="3月8日上午", end_text=None, at="2、策划部于3月8日上午", optional=True),
            dict(name="集合出发", start_text="中午12点10分", end_text="12点30分", at="3、中午12点10分", optional=True),
            dict(name="返回元一时代广场", start_text="晚上8:30", end_text=None, at="4、晚上8:30", optional=True),
        ],
        text="""\
@H1 sec=goals alt=other | 五、活动项目：
@I2 | 1.拔河比赛
@I2 | 2.套礼物比赛
@I2 | 3.跳大绳比赛
@I2 | 4.拍篮球比赛
@I2 | 5.毽球比赛
@I2 | 6.“两人三足跑”40米接力赛
@I2 | 7.击鼓传花
@I2 | 8.踩气球
@I2 | 9.寻宝比赛
@H1 sec=responsibilities | 六、策划：
元一集团策划部
@H1 sec=responsibilities | 七、组织实施：
行政部策划部
@H1 sec=other | 八、活动若因天气原因改为室内进行
（根据合肥气象网预报3月8日阴天有小雨）
@H1 lvlalt=2 num=none sec=other | 活动组队：
现场临时分成八队，每队20人，各队在胳膊上系红、黄、蓝、绿、橙、草绿、粉红、淡红八种颜色之一的布条以示区分。
@H1 lvlalt=2 num=none sec=measures alt=phases,other | 活动准备：
@I2 | 1、行政部6号上午发函，当天下午各项目公司回复确认。
@I2 | 2、策划部于3月8日上午布置好现场，做好赛前准备。
@I2 | 3、中午12点10分，集团各部门和安徽时代广场商业管理有限公司、安徽元一大酒店有限公司、安徽元一园林景观工程有限公司在元一时代广场车库出口处集合，乘行政部所租车辆（120人）12点30分准时出发。
安徽新益有限责任公司、合肥鸿维物业发展有限责任公司自行安排，准时到达现场。
安徽元一高尔夫有限公司自行组织员工于13:30到达现场。
@I2 | 4、晚上8:30，集团各部门及上述三家公司从高尔夫停车场出发返回元一时代广场，其他项目公司自行安排员工返回。
@I2 | 5、6号和8号由元一会分别通过短信平台通知。
通知内容
6号：三八妇女节临近，元一集团（安徽）有限公司定于3月8日13:30在元一高尔夫会所（室外）举办联谊活动，3月8日12:10在元一时代广场车库出口处集合，请准时参加（如遇天气原因改在室内进行）。
8号：公司活动今天下午13:30准时举行，3月8日12:10在元一时代广场车库出口处集合，请勿误时。
@H1 lvlalt=2 num=none sec=other alt=measures | 材料准备：
@I2 | 1、10m绳子1条（跳大绳用）
@I2 | 2、15m粗绳子
""",
    ),
    dict(
        name="fresh64_10_village_committee_election_scheme",
        source="https://m.wenke99.com/p-13034648.html",
        doc_kind="scheme", partial=True,
        notes=["A village's scheme (娘子关镇贤沟村, Shanxi) for its 9th village-committee election, from a document-sharing "
               "page whose text arrived as one block; it was split at the title, heading and paragraph boundaries the "
               "text shows ('…实施方案第八届村民委员会任期已满', '一、指导思想第九届…', '二、建立选举工作体制和运行机制（一）成立…').",
               "The opening sentence states the overall period: '从即日起，正式启动…换届选举工作，12月初基本完成' (即日起 as a "
               "start, 初 of a month as the end): an optional phase. The steps themselves are not in view.",
               "'（一）成立村民选举委员会，负责本村选举的组织工作。…' is a run-in level-2 heading under 二、 (responsibilities); "
               "the page ends inside its body ('村民选举委')."],
        units=["村民选举委员会", "村党支部"],
        extra_phases=[
            dict(name="第九届村民委员会换届选举工作", start_text="即日起", end_text="12月初", at="我村计划从即日起",
                 optional=True),
        ],
        text="""\
@T | 娘子关镇贤沟村第九届村民委员会换届选举实施方案
第八届村民委员会任期已满。按照市、县、镇关于启动第九届村民委员会换届选举的会议精神，我村计划从即日起，正式启动第九届村民委员会换届选举工作，12月初基本完成。根据中华人民共和国村民委员会组织法、山西省村民委员会选举办法和上级有关文件精神，结合贤沟村实际，特制定本实施方案：
@H1 sec=guidance | 一、指导思想
换届选举以科学发展观为指导，以村民委员会组织法、山西省村民委员会选举办法和省、市、县有关文件为依据，坚持党的领导和公开、公正、公平的原则，选出能贯彻党的路线方针政策、执行法律法规、真心为群众服务、能带领群众致富的村委会成员。
@H1 sec=responsibilities alt=measures | 二、建立选举工作体制和运行机制
@H2 | （一）成立村民选举委员会，负责本村选举的组织工作。选举委员会由村民会议、村民代表会议或各村民小组会议推选，共7人，应包括村党组织代表、村民小组长代表、村民代表和有威信的老党员；村党支部负责人经法定程序担任选举委员会负责人。村民选举委
""",
    ),
]
