# -*- coding: utf-8 -*-
"""The thirty-fifth held-out fresh set: SCHEMES AND PLANS WITH A DIVISION OF
DUTIES (实施方案 / 工作方案 / 责任分工方案 / 整治方案 / 工作计划) by a town, two
districts, two counties, a city government, a city's public-health rectification,
a hospital and two schools: leading groups with 组长 / 副组长 / 成员, tasks
followed by 牵头单位 / 责任单位 lines, stages, alongside 指导思想 / 工作目标.
Found as stored public web pages with the `search` tool's `pages` corpus (log in
notes_queries.txt).  None of the source pages is a source of the label files
listed in /work/fresh35/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (metadata rows, site
  blurbs, repeated page titles) was dropped.
- Heading, title, item and key-value lines (牵头单位：… / 责任单位：…) keep the
  source's numbering, wording and punctuation; the store keeps NFKC text, so
  full-width punctuation （）：，； was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit names, document numbers and masking are kept.  Personal names
  were dropped (key-value lines of leading groups keep the role, not the name).

Marker syntax: see fresh_build/build.py.
"""

FRESH35_DOCS = [
    dict(
        name="fresh35_01_town_civilised_city_2023_scheme",
        source="http://haowensou.com/index/article/detail/detail_id/54764.html",
        doc_kind="scheme", partial=True,
        notes=["A town's ('XX镇', masked in the source) 2023 scheme for the national civilised-city campaign; it starts "
               "straight with 一、工作目标 (goals).",
               "二、组织机构 (responsibilities) describes the leading group in one body paragraph (组长 = party secretary, "
               "常务副组长 = town head, 副组长 = publicity member); the office director's personal name was dropped. The "
               "leading group is the unit.",
               "三、工作步骤 (phases) with the run-in stage '（一）宣传发动阶段（1月—2月）。…'; the page ends after it."],
        units=["XX镇创建全国文明城市工作领导小组"],
        text="""\
@T | 镇2023年度创建全国文明城市工作实施方案
@H1 sec=goals | 一、工作目标
依据《XX县2021-2023年创建全国文明城市工作责任分解表》，全面落实创建要求，动员全镇对照问题整改、补齐短板，扎实推进各项创文工作，力争顺利通过上级各项考核。
@H1 sec=responsibilities | 二、组织机构
为压实责任、按质按量完成创文任务，成立XX镇创建全国文明城市工作领导小组：党委书记任组长，党委副书记、镇长任常务副组长，宣传委员任副组长，统筹指挥协调全镇创文工作；其他负责干部、镇直部门负责人和各村（居）支部书记为成员。领导小组下设办公室，由行政审批办主任兼任办公室主任。
@H1 sec=phases | 三、工作步骤
@H2 phase=宣传发动阶段;1月;2月 | （一）宣传发动阶段（1月—2月）。制定本镇2023年度创文实施方案并分解责任指标；广泛宣传创建全国文明城市的目的和意义，营造浓厚的创建氛围。
""",
    ),
    dict(
        name="fresh35_02_district_key_tasks_division_scheme",
        source="http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="立山区政府2023年重点工作任务分解和责任分工方案",
        notes=["A district government's division of its 2023 key tasks (鞍山市立山区), inside its issuing notice: letterhead, "
               "document number, notice title (with the source's stray spaces), addressee, signature, date and "
               "'（此件公开发布）'. The page title that repeated the notice title after the document number was dropped. The "
               "scheme's own title is split over two lines; notice title and both scheme-title lines are title lines, the "
               "title is the scheme's own.",
               "一、经济社会发展的主要预期目标 (goals) holds the targets '1.努力实现地区生产总值增长6.2%左右。', labelled items "
               "(values, not titles), each followed by key-value lines '牵头单位：…' and '责任单位：…' which are body and never "
               "labelled. Call: the targets keep the kind of their parent (goals); the 牵头/责任 lines do not turn them into "
               "responsibilities (corpus-dev: deeper entries inherit unless clearly another kind).",
               "Units: every lead and responsible unit named on those lines, as written (split at '，' and '、'), generic "
               "ones included ('各街道', '区直各部门', '各相关单位'). The page ends after target 7."],
        units=["区发改局", "立山经济开发区", "全区经济运行各专班", "区工信局", "各街道", "区直各部门", "区商务局",
               "区市场局", "区财政局", "税务局", "各相关单位"],
        text="""\
鞍山市立山区人民政府文件
鞍立政发〔2023〕2号
@T | 立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知
立山经济开发区，各街道办事处，各区直部门，各有关单位：
《立山区政府2023年重点工作任务分解和责任分工方案》已经区政府同意，现印发你们，请结合实际抓好落实。
立山区人民政府
2023年3月28日
（此件公开发布）
@T | 立山区政府2023年重点工作
@T | 任务分解和责任分工方案
为贯彻党的二十大精神和中央、省、市工作会议及市委、区委全会精神，落实国家、省、市对2023年重点工作的部署，围绕辽宁全面振兴新突破三年行动和鞍山市“抓项目、进企业、解难题”专项行动，确保完成全年目标任务，现对全区2023年重点工作作如下分工。
@H1 sec=goals | 一、经济社会发展的主要预期目标
@I2 | 1.努力实现地区生产总值增长6.2%左右。
牵头单位：区发改局
责任单位：立山经济开发区，全区经济运行各专班
@I2 | 2.规模上工业增加值增长5%左右。
牵头单位：区工信局
责任单位：立山经济开发区
@I2 | 3.固定资产投资增长15%左右。
牵头单位：区发改局
责任单位：立山经济开发区，各街道、区直各部门
@I2 | 4.社会消费品零售总额增长9%左右。
牵头单位：区商务局
责任单位：各街道，区市场局
@I2 | 5.一般公共预算收入增长8%左右。
牵头单位：区财政局
责任单位：立山经济开发区，各街道，税务局
@I2 | 6.居民收入增长与经济增长基本同步。
牵头单位：区发改局
责任单位：各街道，各相关单位
@I2 | 7.其他主要经济指标不低于全市平均水平。
""",
    ),
    dict(
        name="fresh35_03_district_government_report_tasks_breakdown",
        source="https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="2023年区《政府工作报告》确定的主要目标任务责任分解方案",
        notes=["A district government office's (蔡甸区) breakdown of the targets of its 2023 government work report, "
               "inside the issuing notice. The page repeated the notice title; one copy is kept as a title line, the "
               "metadata rows (索引号, 发文日期, 文号 …) and the posting line were dropped. Notice title and scheme title are "
               "title lines; the title is the scheme's own.",
               "The notice itself carries three numbered points '一、各责任单位要高度重视…' / '二、区绩效考评机构…' / "
               "'三、从2023年第一季度开始…': statements of what the units must do, labelled items at level 1, kind "
               "requirements (responsibilities accepted). The deadlines in them ('2023年1月15日前', '每季度最后一个月的30日前') "
               "are not phases.",
               "The scheme's 一、2023年全区经济社会发展的主要预期目标 (goals, level 1) holds targets '（一）地区生产总值增长7%以上' "
               "without end punctuation, labelled items at level 2 (goals, inherited), each followed by a key-value line "
               "'责任单位：…' (body). The page ends inside the fourth '责任单位：区'.",
               "Units: the responsible units named on the 责任单位 lines, the district performance-assessment body and the "
               "district government office, which the notice charges with assessment and follow-up."],
        units=["区发展和改革局", "区科技和经信局", "区绩效考评机构", "区人民政府办公室"],
        text="""\
@T | 区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知
各街道办事处、乡人民政府，区人民政府各部门、各直属机构：
2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报区人民政府同意，现印发给你们，有关事项通知如下：
@I1 sec=requirements alt=responsibilities | 一、各责任单位要高度重视，切实加强领导，对照年度目标任务制订工作方案，明确责任、措施和时间节点，并于2023年1月15日前报区人民政府办公室。
@I1 sec=requirements alt=responsibilities | 二、区绩效考评机构要把报告确定的重要目标任务纳入绩效管理考核，细化考核内容，加强过程考核，确保落到实处。
@I1 sec=requirements alt=responsibilities | 三、从2023年第一季度开始，各责任单位要在每季度最后一个月的30日前报送本季度进展情况，区人民政府办公室全程跟踪督办并适时通报。
蔡甸区人民政府办公室
2023年1月3日
@T | 2023年区《政府工作报告》确定的主要目标任务责任分解方案
@H1 sec=goals | 一、2023年全区经济社会发展的主要预期目标
@I2 | （一）地区生产总值增长7%以上
责任单位：区发展和改革局
@I2 | （二）规上工业增加值增长12%以上
责任单位：区科技和经信局
@I2 | （三）固定资产投资增长10%以上
责任单位：区发展和改革局
@I2 | （四）工业投资增长12%以上
责任单位：区
""",
    ),
    dict(
        name="fresh35_04_county_ecological_county_scheme",
        source="https://www.1mishu.com/Article/huodongfangan/jnhbfa/201212/746739.html",
        doc_kind="scheme", partial=True,
        notes=["A county's scheme for building a provincial ecological county, from a sample site: breadcrumb and the "
               "repeated page title were dropped. The source has lost its place names and years ('确保县年成功创建', "
               "'年四个乡镇要成功创建省级生态乡镇，等通过市技术核查'); kept as they are.",
               "一、指导思想及工作目标 combines guidance and goals (guidance, goals accepted). 二、工作步骤 (phases) holds four "
               "run-in stages '（一）精心准备阶段：…' with no dates: four phases with null start and end. Stage 1 sets up the "
               "county's leading group (the unit), but stays a phase.",
               "三、创建指标要求及责任单位: indicators with their responsible units, kind responsibilities (goals accepted); "
               "the page ends after its first word ('对照')."],
        units=["县生态县创建工作领导小组"],
        text="""\
@T | 县政生态县建构方案
为贯彻《全国生态环境保护纲要》《生态省建设总体规划纲要》，依据《省省级生态县建设指标（试行）》和《中共县委、县人民政府关于全面建设生态县的决定》，制订本方案。
@H1 sec=guidance alt=goals | 一、指导思想及工作目标
以邓小平理论和“三个代表”重要思想为指导，落实科学发展观，以生态环境保护为重点、环境综合整治为手段，转变发展方式、优化经济结构，发展生态经济，营造宜居环境，确保县年成功创建为省级生态县。
@H1 sec=phases | 二、工作步骤
省级生态县创建工作分四个阶段实施。
@H2 phase=精心准备阶段;; | （一）精心准备阶段：成立县生态县创建工作领导小组，编制《生态县建设规划》报县人大批准，印发县《开展生态县创建的决定》，召开全县动员大会，把目标责任分解到乡镇和县级部门。
@H2 phase=全面实施阶段;; | （二）全面实施阶段：按领导小组安排全面实施《生态县建设规划》，乡镇政府、县级部门和企业分头推进创建，力争各项指标达到验收标准；年四个乡镇要成功创建省级生态乡镇，等通过市技术核查，年通过省级验收。
@H2 phase=自查整改阶段;; | （三）自查整改阶段：各乡镇和相关部门完善创建软件资料，对照考核验收指标自查，及时整改不足，做好迎检准备。
@H2 phase=考核验收阶段;; | （四）考核验收阶段：按省上的时间安排，迎接省政府技术核查组和考核验收组的核查与验收。
@H1 sec=responsibilities alt=goals | 三、创建指标要求及责任单位
对照
""",
    ),
    dict(
        name="fresh35_05_county_policy_interpretation_scheme",
        source="http://www.03kkk.com/shishifangan/640.html",
        doc_kind="scheme", partial=True,
        notes=["A county government's scheme for explaining major policies to the public, from a sample site: the site "
               "greeting, tag line, 小编 blurb and the '范文资料：' prefix of the page title were dropped. Superior documents "
               "keep their masked numbers ('冀政办字〔20xx〕39号', '石政办函〔20xx〕14号').",
               "一、总体要求 (guidance); 二、主要任务 (goals, measures accepted) with run-in task areas '（一）…的重大政策。重点"
               "解读…', level 2. No lead unit is named in the visible part (units empty); the page ends inside （二）."],
        units=[],
        text="""\
@T | 全县重大政策宣传解读工作实施方案
为落实党中央、国务院政务公开决策部署和省政府办公厅《关于印发20xx年重大政策宣传解读工作方案的通知》（冀政办字〔20xx〕39号）、人民政府办公室《关于印发20xx年重大政策宣传解读工作方案的通知》（石政办函〔20xx〕14号）要求，做好县政府重大政策宣传解读，推动政策落实、提高政府透明度，制定本方案如下：
@H1 sec=guidance | 一、总体要求
以新时代中国特色社会主义思想为指导，统筹疫情防控和经济社会发展，落实全省“三件大事”，围绕发展“四种类型经济”，深化“双创双服”和“三创四建”，加大重大政策解读力度，为建设现代城市、经济强县凝聚动力。
@H1 sec=goals alt=measures | 二、主要任务
@H2 | （一）统筹做好疫情防控和经济社会发展工作的重大政策。重点解读我县在疫情防控中推动各行业有序复工复产、帮扶企业和关爱一线医务人员的政策措施。
@H2 | （二）大力发展“四种类型经济”的重大政策。重点宣传我县大力发展城市经济、区域经济、园区经济和生
""",
    ),
    dict(
        name="fresh35_06_hospital_grade_creation_scheme",
        source="https://www.xiaomilidoc.com/p-11443182.html",
        doc_kind="scheme", partial=True,
        notes=["A Mongolian-medicine hospital's (科右中旗蒙医院) scheme for its second-grade hospital review, from a "
               "document-sharing page whose text arrived as one block; it was split into lines at the headings and "
               "key-value entries the text shows. Blanks '____年____月' are in the source and kept.",
               "Site debris kept and never labelled: '下载后可任意编辑' before the title, the page marker '第 1 页共 7 页下载后可"
               "任意编辑' between two key-value lines, and a page number '1' glued before '领导小组下设办公室…' (a tool may take "
               "'1 ' for numbering: it is not).",
               "一、指导思想 (guidance), 二、目的、意义 (background), 三、组织领导：… run in with the sentence that sets up the "
               "leading group (text cut at the colon; responsibilities). The 组长/副组长/成员/主任/副主任 lines are key-value "
               "body; the personal names were dropped, leaving the keys.",
               "四、学习动员阶段：（____年____月—____年____月） is a level-1 stage heading (phases) with masked dates "
               "'____年____月' as start and end; '一是…二是…三是…' inside the body line is not labelled. The page ends in it."],
        units=["科右中旗蒙医院创建等级医院领导小组", "二甲办", "医务科"],
        text="""\
下载后可任意编辑
@T | 创建二级综合医院实施方案
创建二级甲等医院一直是我院的重点工作。____年____月内蒙古自治区卫生厅编发了《内蒙古自治区二级医院综合医院医院评审手册》和《内蒙古自治区二级综合医院医院评审标准实施细则》，对照评估我院以往创建工作差距较大，为继续推进创建等级医院，制定本实施方案：
@H1 sec=guidance | 一、指导思想
坚持以____为指导，推进医院科学化、规范化、现代化管理。
@H1 sec=background | 二、目的、意义
加强医院管理，树立“以病人为中心”的理念，规范医疗行为，提高医疗质量，保障医疗安全，控制医疗费用，促进医院可持续发展。
@H1 sec=responsibilities | 三、组织领导：____年____月____日院务会讨论决定成立科右中旗蒙医院创建等级医院领导小组：
组长：
副组长：
成员：
1 领导小组下设办公室：既“二甲办”
主任：
副主任：
第 1 页共 7 页下载后可任意编辑
成员：
@H1 sec=phases phase=学习动员阶段;____年____月;____年____月 | 四、学习动员阶段：（____年____月—____年____月）
创建等级医院是一项系统工程，要靠全院职工团结协作完成。
学习动员阶段的部署：一是召开动员大会。二是院领导牵头组织各科室主任学习等级医院评审的主题、宗旨、目的、意义和重点，课程表由医务科安排。三是院级学习结束后，由科主任组织科
""",
    ),
    dict(
        name="fresh35_07_school_poverty_pairing_plan",
        source="https://m.wenke99.com/p-9787343.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A school's 2021 plan for helping a paired school ('XX 三小'), from a document-sharing page: the site's "
               "title and blurb before it were dropped; the title keeps the PDF spacing '2021 年'.",
               "Numbering '一.' / '二.' (style 一.). 二.具体措施 (measures) opens with an unnumbered short label heading "
               "'加强组织领导' (level 2) over a body that sets up the pairing leading group: kind responsibilities, measures "
               "accepted (the inherited kind). Personal names of the principal, vice-principal and staff were dropped.",
               "The page ends inside the next sentence ('…联席会议不少于')."],
        units=["结对帮扶工作领导小组"],
        text="""\
@T | 2021 年学校结对扶贫的工作计划
为发挥学校的示范、引领和辐射带动作用，我校在办事处教委安排下与 XX 三小结为兄弟学校，结合实际制定本结对帮扶计划。
@H1 sec=guidance | 一.指导思想
以师资队伍建设为抓手，以优化教育资源配置和课堂教学为载体，通过资源共享、互助互动、优势互补开展校际合作，共同提高教育质量和办学效益。
@H1 sec=measures | 二.具体措施
@H2 sec=responsibilities alt=measures | 加强组织领导
成立结对帮扶工作领导小组，校长任组长，副校长任副组长，办公室主任和教研员为组员，负责制订计划、落实措施；校际联络和活动组织由办公室主任具体负责。
每学期定期召开帮扶结对学校领导联席会议不少于
""",
    ),
    dict(
        name="fresh35_08_primary_school_balanced_education_scheme",
        source="https://doczj.com/doc/0a12787177.html",
        doc_kind="scheme", partial=True,
        title_override="学校义务教育均衡发展工作方案",
        notes=["A primary school's (基场小学) scheme for balanced compulsory education, from a document-sharing page: the "
               "file metadata (格式, 大小, 文档页数) was dropped. Two title lines: the site's document name "
               "'基场小学义务教育均衡发展工作实施方案' and the document's own '学校义务教育均衡发展工作方案' (the title).",
               "As on the page, '一、指导思想' runs straight into its body without punctuation (text set by hand); "
               "'二、工作安排' and its '（一）学校建设改造现状分析：…' were split at the boundary the text shows. The （一） "
               "entry is a status analysis: background, though its parent is goals.",
               "'第一期（2023年）' is a dated period of the works (numbering '第一期', style 第一): level 2 beside （一） (the "
               "page shows no （二）), kind phases (goals accepted), phase start '2023年'. Below it '1、彻底消危：①配电房。' "
               "(level 3, text cut by hand at the colon; the '①' in the middle of the line is not labelled), 2、 and 3、 likewise "
               "(3、's text cut by hand at the colon), and the line '②学校围墙。' an item at level 4; tasks, kind goals "
               "(phases, measures accepted). Figures kept; 'XXX' masking is the source's. The page ends inside 3、 ('设置配置5万')."],
        units=[],
        text="""\
@T | 基场小学义务教育均衡发展工作实施方案
@T | 学校义务教育均衡发展工作方案
为开展“发挥优质学校资源作用，促进义务教育均衡发展”的课题研究，我们通过实地走访、问卷调查和座谈研讨进行了专题调研。
在梳理教育资源配置现状和问题、提出对策的基础上，为保证辖区义务教育均衡发展工作顺利通过评估验收，制定本实施方案。
@H1 sec=guidance text=一、指导思想 | 一、指导思想全面贯彻落实《XXX市推进义务教育均衡发展项目工作方案》精神，争取上级对农村教育的扶持，实施危房改造、寄宿制学校建设、现代远程教育和办学条件标准化等工程，改善办学条件，加强师资队伍，办好人民满意的教育。
@H1 sec=goals alt=measures | 二、工作安排
@H2 sec=background | （一）学校建设改造现状分析：我校于XXX年建成，当时资金紧张、建筑标准低，多年未修缮。
部分功能用房和辅助用房损坏严重，设施设备十分缺乏，已影响正常教学秩序。
配电房已不能供电，教学楼和学生宿舍楼设施残缺，厕所无法使用，运动场周边水沟有安全隐患，草坪与校园布局不协调。
@H2 sec=phases alt=goals num=第一期 phase=第一期;2023年; | 第一期（2023年）
@H3 sec=goals alt=phases,measures text=1、彻底消危 | 1、彻底消危：①配电房。
瓦面破损、椽檩腐朽、墙体倾斜、设施陈旧，需改建危房资金4万元，配置室内设备1万元，计5万元。
@I4 | ②学校围墙。
计10万元。
@H3 sec=goals alt=phases,measures | 2、全面翻新：学生宿舍楼。
阳台下陷、门窗残缺、墙面斑驳、围栏缺损、地面不平，供水设施差、布局不当，需翻新资金30万元。
@H3 sec=goals alt=phases,measures text=3、迅速新建 | 3、迅速新建：新建冲水式厕所，需新建资金20万元，设置配置5万
""",
    ),
    dict(
        name="fresh35_09_city_manufacturing_quality_scheme",
        source="http://www.kaifeng.gov.cn/kfsrmzfwz/szfbgswj202303312215/pc/content/content_1765918279767756800.html",
        doc_kind="scheme", partial=True,
        notes=["A city government's (开封市) scheme for high-quality manufacturing, after the tail of its issuing notice "
               "(addressee, one sentence, date); the notice title is not in the stored text.",
               "一、总体要求 (guidance) holds run-in '（一）指导思想。…' (guidance) and '（二）发展目标。到2022年…' (goals, "
               "clearly another kind than its parent). 二、主要任务 (goals, measures accepted) with a run-in task area "
               "'（一）做强主导产业，提升集群产业链。…'. Target years 2022 / 2025 are goals, not phases. No lead unit is named "
               "in the visible part (units empty); the page ends inside 二、（一）."],
        units=[],
        text="""\
各县、区人民政府，市人民政府有关部门，各有关单位：
《开封市推动制造业高质量发展实施方案》等三个文件已经市政府第48次常务会议研究通过，现印发给你们，请认真贯彻落实。
2020年11月17日
@T | 开封市推动制造业高质量发展实施方案
根据省委办公厅、省政府办公厅《河南省推动制造业高质量发展实施方案》精神，结合我市实际，制定本实施方案。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想。以习近平新时代中国特色社会主义思想为指导，抓住中部崛起和黄河流域生态保护与高质量发展的机遇，以制造业高端化、智能化、绿色化、服务化为方向，优化布局、构建生态、强化载体，为开封复兴作出贡献。
@H2 sec=goals | （二）发展目标。到2022年，制造业增加值占地区生产总值比重35%左右，规模以上工业企业研发经费占营业收入比重达到1%以上，单位工业增加值能耗年均下降5%；到2025年，培育2个千亿级和6个五百亿级产业集群，8大重点产业集群总量力争超过五千亿，培育8—10个百亿企业。
@H1 sec=goals alt=measures | 二、主要任务
@H2 | （一）做强主导产业，提升集群产业链。就汽车及零部件、精细化工、新材料新能源、农副产品加工、纺织服装、医药及医
""",
    ),
    dict(
        name="fresh35_10_city_small_venues_hygiene_rectification_scheme",
        source="http://mip.kj-cy.cn/htm/2017429/1340485.htm",
        doc_kind="scheme", partial=True,
        title_override="“三小”行业公共场所卫生整治方案",
        notes=["A city's ('我市') rectification scheme for the hygiene of small barbershops, bathhouses and hotels, from a "
               "sample site. Two title lines: the site's '公共场所卫生整治方案' and the document's own, which the page "
               "prints with a chunk marker '1' glued before it ('1“三小”行业…'); the title is the document's own without "
               "the marker.",
               "一、整治目的和范围 (goals, other accepted) holds '1、整治目的：…' (goals) and '1、' / '2、整治范围：…' "
               "(other, goals accepted: the scope), both cut at the colon. 二、工作目标 (goals) is a long body with 100% "
               "targets. 三、整治内容 (goals, as 整治内容 in corpus-dev) holds checklist statements, labelled items. No "
               "division of duties is visible (units empty); the page ends inside item 2 ('…切实有')."],
        units=[],
        text="""\
@T | 公共场所卫生整治方案
@T | 1“三小”行业公共场所卫生整治方案
为加强我市“小理发店、小浴池、小旅馆”（以下称“三小”行业）等公共场所的卫生监管、规范卫生状况，依据《中华人民共和国传染病防治法》《公共场所卫生管理条例》及实施细则，在全市开展“三小”行业公共场所卫生专项整治，特制定本实施方案。
@H1 sec=goals alt=other | 一、整治目的和范围
@H2 sec=goals | 1、整治目的：通过专项整治打击无证违法经营、规范经营秩序，按“突出重点、明确主题、标本兼治”的原则探索长效监管，推行公共场所卫生监督量化分级管理和监管公示，预防传染病和突发公共卫生事件，为我市“卫生城市”复审做好准备。
@H2 sec=other alt=goals | 2、整治范围：全市范围内小理发店、小浴池、小旅馆等公共场所经营单位。
@H1 sec=goals | 二、工作目标
主要打击无证经营单位，建立规范卫生档案，全面实行量化分级管理，做到“四个统一”和“六个公示”；公共场所无证违法经营查处率、量化分级管理实施率、卫生档案建档率以及公共用品用具和室内微小气候抽检率均达到100%。
@H1 sec=goals | 三、整治内容
@I2 | 1、公共场所各经营单位有效卫生许可证、从业人员健康证持有情况。
@I2 | 2、是否建立健全切实有
""",
    ),
]
