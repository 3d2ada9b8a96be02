# -*- coding: utf-8 -*-
"""The twenty-seventh held-out fresh set: real Chinese work summaries
(学期 / 半年 / 年度 / 专项工作总结, 总结及下半年工作安排 / 打算, 工作情况汇报,
绩效考评报告) and plans and schemes (实施方案, 社区党总支工作计划) whose
headings name their SECTION KINDS in many ways: slogan-like headings
without keywords, 一是 / 二是 run-ins at line starts and inside paragraphs,
titles that mix review and plans, 基本情况 / 总体情况, 主要做法和工作成效,
存在的主要问题, 新学期的工作畅想, 指导思想, 工作目标 / 目标任务, 建设标准,
具体工作任务, 分工及指标, 组织领导, 实施步骤.  Writers: schools, a central
school, a bureau's party organisation, a town, a sub-district, a district
health bureau, a county education bureau's village team, an industrial
park's management committee, a city health commission, a district and a
community party branch; found as stored public web pages with the
`search` tool's `pages` corpus.  None of the source pages is a source of
the label files listed in /work/fresh27/used_sources.tsv, and no title
repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, sample numbers) was dropped.
- Heading, title and key-value lines keep the source's numbering, wording
  and punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH27_DOCS = [
    dict(
        name="fresh27_01_school_spring_semester_summary_blocks",
        source="https://hxswjs.com/html/shixigongzuozongjiexuexiaogongzuozongjie494401.html",
        doc_kind="summary", partial=True,
        notes=["A school's end-of-semester summary (县委 / 县政府 above it), from a sample-essay site (site path line, "
               "'范文作者 / 范文来源 / 范文栏目' line and '我要投稿' dropped). The title line is kept as the page has it "
               "('学年下学期学校工作总结', the school year lost).",
               "Three levels: a block heading '第一板块：本学期学校工作总结' (numbering 第一板块, style 第一) above 一、 "
               "above run-in 1. points. The block heading names the review part; the lead-in announces two more parts "
               "(当前存在的困难, 下学期工作构想) that the visible part does not reach. Everything visible is achievements "
               "(work done), inherited from the block heading.",
               "The 1. points are run-in headings cut at the first '。'. The page ends inside point 2 ('…免费')."],
        units=[],
        text="""\
@T | 学年下学期学校工作总结
本学期，我校在县委、县政府和上级教育主管部门的领导和关心下，按“外塑形象，内提质量”的办学思想，全面推进素质教育和课程改革，努力办好让学生开心、家长放心、社会倾心的学校。下面就本学期工作、当前的困难和下学期的工作构想作一阐述。
@H1 sec=achievements num=第一板块 | 第一板块：本学期学校工作总结
@H2 | 一、重视教师队伍建设，提高教师综合素养
教师是学校发展的根本，学校一直把建设一支品德高尚、业务过硬的教师队伍放在重要位置。
@H3 | 1.重视师德师风建设，树立教师良好形象。学校以学习教育法规和《中小学教师职业道德规范》为基础，坚持政治学习，发挥党员和骨干教师的带头作用；要求教师依法执教、廉洁从教，杜绝有偿家教和强制征订教辅资料，并以“三像”为标准关爱学生、爱护学校声誉。
@H3 | 2.提升教师综合素养，促进教师专业成长。学校落实教师全员培训制度，用“请进来”“走出去”“强师能”的办法提升教师素养，继续开展“三个一”工程和“青蓝工程”结对帮扶，组织教师参加“国培计划”网上远程培训，免费
""",
    ),
    dict(
        name="fresh27_02_central_school_halfyear_summary_and_arrangements",
        source="https://zuowendang.com/fanwen/1651642894.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A central school's (中心校, over several schools) half-year summary whose title also promises the "
               "second-half arrangements ('…上半年工作总结及下半年工作安排'); only the review part is visible, so every "
               "heading is achievements. The masking 'xx' of the source is kept.",
               "Under （一） the two paragraphs start with topic sentences ('认真学习科学发展观。…', "
               "'扎实开展党风廉政建设宣传教育活动。…'); they are labelled as optional items (level 3, numbering none), "
               "not as required headings.",
               "'4月30日' is the date of a meeting inside a body line, not a phase. The page ends inside （二） "
               "('…并对校园进行了全')."],
        units=["xx中心学校", "中心校", "领导小组"],
        text="""\
@T | 中心学校上半年工作总结及下半年工作安排
上半年，xx中心学校以科学发展观为指导，以“办人民满意教育”为主题，贯彻党的xx大和xx届四中全会精神以及省、市教育工作会议精神，发扬艰苦创业、争先竞优的精神，推动了教育事业的发展。
@H1 sec=achievements | 一、上半年主要工作总结
@H2 | （一）学习贯彻党的xx大精神，扎实开展“两项”教育活动
@I3 num=none | 认真学习科学发展观。今年春季，教育战线把学习科学发展观作为首要政治任务，完善各级党组织集中学习制度，争创学习型机关和学习型学校，并借助广播、专栏和图片展把科学发展观带进课堂。
@I3 num=none | 扎实开展党风廉政建设宣传教育活动。中心校成立了以总支书记为组长的领导小组，把廉政宣传教育与师德教育结合起来；4月30日在和平中学召开党务暨党风廉政建设工作会议，各校与中心校签订了责任书。
@H2 | （二）消除危房隐患，确保校舍安全
去年下半年，中心校组织四轮校舍排查，塘高学校食堂、兴隆初小厕所、兴隆高小食堂、毛家学校校舍和狮山小学教学楼被鉴定为危房。中心校借“校安工程”启动改建，今年二月份塘高学校、毛家学校、兴隆初小等校危房得到彻底改造，并对校园进行了全
""",
    ),
    dict(
        name="fresh27_03_bureau_party_branch_strong_branch_scheme",
        source="https://www.xiaomilidoc.com/p-12458915.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A bureau's scheme for building strong party branches ('我局', '局属党支部'), issued under a city party "
               "organisation department's scheme (document-sharing site; the page shows the title twice, kept once). "
               "The reference '（乌党组[2024]17 号）' keeps the page's space before 号.",
               "一、工作目标 is goals; its body mixes guidance wording (以…为指导, 五项基本原则) with the targets (97%, 30%, "
               "40%, 60%); the targets' year-end dates are goal dates, not phases. 二、建设标准 lists the standards a branch "
               "must meet: goals with other accepted; the run-in '1.政治功能强。…' inherits it. The page ends inside point 1 "
               "('…自觉贯彻党')."],
        units=[],
        text="""\
@T | 关于建设过硬党支部的实施方案
为落实全面从严治党要求，抓实基层、打牢基础，推动局属党支部标准化建设提质争优，根据乌海市委组织部《关于深人推动党支部标准化建设 筑牢新时代北疆基层战斗堡垒，建设“最强党支部”实施方案》（乌党组[2024]17 号）要求，结合实际，制定本实施方案。
@H1 sec=goals | 一、工作目标
以习近平新时代中国特色社会主义思想为指导，以党章和党内法规为遵循，以组织体系建设为重点，围绕“三年打基础、五年争优先”的目标，树立“一切工作到支部”的导向，建立可执行、可指导、可考核的党支部标准体系，把各支部建成坚强战斗堡垒。力争2024年底全局党支部标准化建设达标率达到97%以上、“最强党支部”比例达到30%以上，此后逐步提高到40%以上和60%以上。
@H1 sec=goals alt=other | 二、建设标准
@H2 | 1.政治功能强。旗帜鲜明讲政治，自觉学习党的政治理论，坚定执行党的政治路线，站稳党的立场和人民立场；党支部的政治引领作用强，引领基层各类组织和党员群众自觉贯彻党
""",
    ),
    dict(
        name="fresh27_04_town_halfyear_work_report_and_plans",
        source="https://gwyoo.com/article/shuzhibaogao/bannian/200705/85978.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's report to a meeting on its first half-year and its plans for the second half ('…工作情况总结及"
               "下半年工作打算'), from a sample-essay site (posting time and 导语 dropped). The page repeats a short "
               "title ('乡镇半年工作总结') twice under the document's own title; the repeats were dropped as site lines. "
               "The author line '镇党委、政府' is kept and not labelled.",
               "The review part is written as line-initial run-in points '一是招商引资水平进一步提高。…', "
               "'二是重点项目建设进一步加强。…' (numbering style 一是, level 2 under 一、上半年工作情况), cut at the "
               "first '。'. The second-half plans are not visible; everything labelled is achievements.",
               "The page ends inside 二是 ('…通过重点项目')."],
        units=["镇党委、政府"],
        text="""\
@T | 乡镇上半年工作情况总结及下半年工作打算
镇党委、政府
按会议安排，下面把我镇上半年工作情况和下半年工作打算作简要汇报。
@H1 sec=achievements | 一、上半年工作情况
今年以来，我镇坚持以经济建设为中心，保持社会稳定，推动经济和社会各项事业较快发展。上半年全镇国内生产总值完成2.8亿元，同比增长23%；全社会固定资产投资完成3.96亿元，同比增长34.6%；财政收入1113万元。
@H2 | 一是招商引资水平进一步提高。全镇创新招商方式，共签订招商引资合同19个，已开工项目14个，建成投产6个，合同金额42500万元，实际到位资金13456万元，占全年计划的67%；实际利用境外资金130万美元，外贸出口171万美元。
@H2 | 二是重点项目建设进一步加强。全镇把重点项目作为推进工业化的切入点，上半年实施过千万元项目8个：投资2.4亿元的祥西钢帘线项目办公楼主体完工、厂房在建；投资8亿元的50万吨复合不锈钢项目完成规划、环保批复和土地预审；投资1.05亿元的方圆彩印项目一期6000平方米厂房完工、一号生产线安装完毕。通过重点项目
""",
    ),
    dict(
        name="fresh27_05_subdistrict_annual_summary_slogan_headings",
        source="https://zhaozongjie.com/gzzj/fanwen/17241.html",
        doc_kind="summary", partial=True,
        notes=["A sub-district's (街道, 街道党工委) annual summary; the page shows no title line, so title is null.",
               "The （一） heading is a slogan without a section keyword ('不忘初心续写党建事业新篇章'); it inherits "
               "achievements from 一、主要工作完成情况.",
               "The three points '一是主动学思，不忘初心。…二是…三是…' stay inside one paragraph on the page and are "
               "not labelled (markers in the middle of a line). The page ends inside that paragraph ('…强')."],
        units=["街道", "街道党工委"],
        text="""\
过去一年，街道在区委区政府领导下落实上级部署，围绕“平安、民生、效益、美丽、人文、廉政”六个XX建设目标自我加压，较好完成了各项工作，城市治理、社会管理、公共安全、民生服务、基础设施和生态环境都有长足进步。现将全年工作总结如下：
@H1 sec=achievements | 一、主要工作完成情况
@H2 | （一）不忘初心续写党建事业新篇章
街道党工委以坚定理想信念为根基，带领党员学报告、学党章、学党史。一是主动学思，不忘初心。通过领导带头学、挂点领导进社区学、支部共同学和党校辅导学等形式学习十九大报告，共开展学习181场次，组织1508名党员到基地重温入党誓词。二是主动创新，以歌叙史。街道编成一册资料加一张光盘的“音乐讲党史”党课教材，带进社区、园区和住宅区，已循环展播162场，覆盖党员群众1万余人次。三是主动作为，精准发力。针对2020年度查摆的党建力量不强、队伍不精等问题，组建守望先锋队、应急消防队、市容环境督查队和党员志愿服务队4支骨干队伍。整顿软弱涣散，强
""",
    ),
    dict(
        name="fresh27_06_district_health_bureau_village_clinic_scheme",
        source="http://www.laibaola.com/zhuantifanwen/gongwenfanwen/2023/0610/52357.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A district health bureau's scheme for building village clinics under the district's rural-appearance "
               "campaign, on a sample-essay site. The site's bracketed page title ('【卫生方案】区卫生局…【范文精选】'), its "
               "posting line and its summary blurb were dropped; the document's own title, which the page breaks over "
               "two lines ('农村面貌改造提升行动' / '村卫生室建设工作方案'), is kept as two title lines.",
               "一、工作任务目标 is goals (one target line); 二、具体工作任务 lists the tasks: goals with measures accepted. "
               "Under it '1、卫生室建设：…' is a label heading run into its body (text cut at the colon), while "
               "'2、乡村医生应具备…' is a statement, labelled as an optional item. The page's lost hyphens in "
               "'15002000人' and '每增加5001000人' are kept.",
               "三、组织领导 is responsibilities; the bureau head's and deputy's names were dropped. The page ends inside "
               "its body ('…成员由局相关科室及公共卫')."],
        units=["卫生局", "领导小组", "各乡镇卫生院", "考核领导小组"],
        text="""\
@T | 农村面貌改造提升行动
@T | 村卫生室建设工作方案
按照区委、区政府农村面貌改造提升行动实施方案的要求，为细化、量化并提升村卫生室的基础设施和服务能力，结合工作实际，制定本方案。
@H1 sec=goals | 一、工作任务目标
村卫生室建设达到河北省标准化村卫生室建设要求。
@H1 sec=goals alt=measures | 二、具体工作任务
@H2 | 1、卫生室建设：每村有一所标准化村集体卫生室，1500人以下村的卫生室建筑面积不少于80平方米、设6个工作间；15002000人的村不少于100平方米；2000人以上的村不少于120平方米。每个卫生室至少有1名乡村医生，服务人口在1000人以上的，每增加5001000人增加1名乡村医生。
@I2 | 2、乡村医生应具备乡村医生或执业助理医师以上的法定执业资格，负责村卫生室的公共卫生服务，能诊治常见病、多发病，做到小病不出村。
@H1 sec=responsibilities | 三、组织领导
为全面推进村卫生室各项工作，成立领导小组，由卫生局局长任组长，各乡镇卫生院院长正职任成员；同时成立考核领导小组，卫生局局长兼任组长，副局长任副组长，成员由局相关科室及公共卫
""",
    ),
    dict(
        name="fresh27_07_county_education_bureau_village_team_summary",
        source="https://xiexiaoyi.com/a/3456948031067136.html",
        doc_kind="summary", partial=True,
        notes=["The summary of a county education bureau's work team stationed in a village (县教育局驻村工作组, 腰站镇东咸村) "
               "for the creation of a 'well-off village', on a sample-essay site (site path and posting time dropped). "
               "The county secretary's name in the first section was dropped.",
               "Both headings are long slogan-like sentences ending in '。' on the page ('一、解决思想认识问题，把思想认识统一到…"
               "精神上来。', '二、制定规章制度，驻村工作制度化、规范化。'); they describe work done, so achievements. "
               "'3月20日' and '3月12日' are dates inside body lines, not phases.",
               "The page ends inside the list of rules under 二、 ('《党员干部群众联席制度》'); the run of hyphens before "
               "the list ('包括-------《学习制度》') is the page's."],
        units=["县教育局驻村工作组"],
        text="""\
@T | 小康村创建工作总结
按县委、县政府的部署，县教育局驻村工作组一行四人于今年3月20日进驻腰站镇东咸村，帮助指导创建小康村，至今已近十个月。现将这段时间的工作简要总结如下。
@H1 sec=achievements | 一、解决思想认识问题，把思想认识统一到县委、县政府动员大会和《意见》及《实施方案》精神上来。
工作组贯彻3月12日全县创建小康村动员大会和县委主要领导讲话精神，以县委[2004]14号文《中共平原县委、平原县人民政府关于解决三农问题实现小康村的意见》和15号文《关于开展创建小康村工作的实施方案》为目标，先解决“干部为什么要下去、下去干什么、怎么干”三个问题，确立了“服务一定要到位，帮扶务必要尽力，指导但不能误导”的思路和原则。
@H1 sec=achievements | 二、制定规章制度，驻村工作制度化、规范化。
工作组成员长期在机关工作，对“三农”不够熟悉，进村伊始就按县委组织部要求订立了一系列规章制度，包括-------《学习制度》：每周至少用一天围绕“三农”学习；《考勤制度》：真蹲实驻、每天签到；《廉洁自律六不准》：突出“一心为民，不准扰民”；《工作守则》：各负其责，年底接受考核并在组内考评；《党员干部群众联席制度》
""",
    ),
    dict(
        name="fresh27_08_industrial_park_safety_month_summary",
        source="https://m.wenke99.com/p-6067221.html",
        doc_kind="summary", partial=True,
        notes=["An industrial park management committee's summary of the 2021 safety-production month (a special-task "
               "summary). The damaged document number in the lead-in ('安委20215号', brackets lost) is kept.",
               "一、安全生产月活动落实的基本情况 describes work done: achievements, with background accepted (its wording "
               "says 基本情况). Its run-in points are two-part slogans ('1、加强领导，成立组织机构。…'); point 1 is about "
               "setting up a leading group, so responsibilities is accepted beside the inherited achievements.",
               "Inside point 2 the page runs '…一是各企业在厂区内…' in the middle of the line: not labelled. The page "
               "ends inside point 2."],
        units=["工业园区管委会", "活动领导小组"],
        text="""\
@T | 工业园区安全生产月活动工作总结
为落实安委20215号《关于印发2021年安全生产月活动方案的通知》要求，促进园区企业安全发展，管委会围绕“强化安全基础，推动安全发展”的主题认真组织本次活动，做到有计划、有布置、有检查、有落实。现将活动情况总结如下：
@H1 sec=achievements alt=background | 一、安全生产月活动落实的基本情况
@H2 alt=responsibilities | 1、加强领导，成立组织机构。工业园区管委会成立活动领导小组，负责各项活动的组织调度，并要求各企业成立相应机构，抓好本企业的落实。
@H2 | 2、精心组织，抓好工作落实。活动领导小组及时召开区内各企业主要负责人参加的动员大会，部署各项工作并下发园区活动通知。一是各企业在厂区和公共场所张贴悬挂宣传壁画、标语和横幅，园区上下形成了浓厚的安全生产月活动氛围
""",
    ),
    dict(
        name="fresh27_09_city_health_commission_performance_report",
        source="https://wjw.beijing.gov.cn/zwgk_20040/zyms/202401/t20240118_3539346.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A city health commission's 2023 self-report for the city government's year-end performance review, on "
               "its own site; the page shows no title line, so title is null.",
               "一、总体情况 is background with achievements accepted (it reports the overall result: 46 tasks done, 318 "
               "proposals handled); 二、主要做法和工作成效 is achievements (做法 here is backward-looking), inherited by "
               "its slogan-like （一） and by the run-in 1. point, three levels.",
               "The 1. line carries '一是加快…。…二是全力支持…' in the middle of the line: not labelled. '9月28日' is a "
               "handover date inside a body line, not a phase. The page ends inside 二是 ('…签署')."],
        units=["市卫生健康委"],
        text="""\
按照市政府办公厅关于做好2023年度市政府绩效管理年终考评工作的通知要求，我们对照日常履职清单，逐项梳理了年度任务完成情况。
@H1 sec=background alt=achievements | 一、总体情况
2023年，市卫生健康委贯彻党的二十大精神，落实市委市政府部署，围绕首都功能定位和健康北京建设，为群众提供优质高效的卫生健康服务。46项市级绩效任务全部完成，318件建议提案全部办理完毕。
@H1 sec=achievements | 二、主要做法和工作成效
@H2 | （一）强化责任担当，全面高效履职
@H3 | 1.立足城市战略定位，推动优质医疗资源扩容布局。一是加快市属医疗资源疏解项目规划建设。朝阳医院东院、友谊医院通州院区二期开诊运行，友谊医院顺义院区、安贞医院通州院区基本完工，市疾控中心迁建项目主体结构封顶，其余新院区项目分别推进选址、设计招标或前期审批。二是全力支持雄安新区医疗卫生建设。交钥匙新建医院项目完成竣工验收，9月28日移交雄安新区并已开诊试运；组织宣武医院与雄安新区管委会签署
""",
    ),
    dict(
        name="fresh27_10_district_green_community_scheme_sample",
        source="https://meizhang.com/haowen/25532.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["The first sample of a collection page ('社区工作方案范文'): a district's scheme for creating green "
               "communities ('区长环保工作目标责任制', '各街道', '科学雨花、生态雨花、和谐雨花'). The site's path line, blurb, "
               "the collection heading '社区工作方案' and the sample number '第1篇' were dropped; the sample has no title "
               "of its own, so title is null. The source's masking ('*市', '20*年') is kept.",
               "一、指导思想 is guidance and 二、目标任务 goals. Under it the ㈠ heading is a label run into its body "
               "('㈠20*年绿色社区创建目标：应始终采用…'); its text is cut at the colon. The page ends inside the next body "
               "line ('…注重对已创')."],
        units=["各街道"],
        text="""\
@H1 sec=guidance | 一、指导思想
以“三个代表”重要思想和科学发展观为指导，贯彻第六次全国环保大会精神，落实环保优先方针，围绕区长环保工作目标责任制、*市环保模范城市复查、小康环保幸福指数和生态市建设等中心工作，推进“科学雨花、生态雨花、和谐雨花”建设，结合小区新建和出新开展“环保四进”活动，发动各街道、社区全员参与创绿，突出人居环境改善和居民环境意识提高，为把我市建成人与自然和谐相处的最佳人居生态城市打好基础。
@H1 sec=goals | 二、目标任务
@H2 | ㈠20*年绿色社区创建目标：坚持“政府引导、部门联动、环保指导、街道主抓、社区运作、公众参与”的工作模式，落实区长环保工作目标责任制，确保完成省、市级绿色社区创建任务并做好复查考核，开展“绿色社区先进街道”创建和省级绿色社区“南星苑杯”环保宣传栏评比，巩固已创成果。
各街道要把绿色社区创建列为区域环境保护的重点，当作民心工程和造福工程来抓，加强领导、制定方案、加大投入和污染治理力度；老旧社区重在硬件治理和面貌出新，新建社区重在文化环境和软件建设，同时注重对已创
""",
    ),
    dict(
        name="fresh27_11_community_party_branch_work_plan",
        source="https://m.zhaozongjie.com/gzzj/fanwen/50484.html",
        doc_kind="plan", partial=True,
        notes=["A community party branch's (社区党总支) work plan; the page shows no title line, so title is null.",
               "The first section is an unnumbered run-in sentence heading ('切实加强社区工作者队伍建设。…', like "
               "corpus-dev's dev27), followed by two standalone 1、 / 2、 headings; the page gives no higher level, so "
               "all three are level 1. They are the plan's task areas: goals with measures accepted.",
               "Under 1、 the unnumbered run-in points ('坚持“每月四日”活动。…', '坚持“三会一课”制度。…') are optional "
               "items at level 2. The page ends inside the first point under 2、 ('…为使退管党员')."],
        units=["社区党总支"],
        text="""\
我社区党总支在街道党工委领导下认真开展各项工作，今年将继续贯彻党的十八届全会精神，以党的执政能力建设和先进性建设为主线，加强社区党组织建设，健全服务网络、搭建为民服务平台，深化党内组织生活规范年活动，让党员身份亮起来、党员旗帜在社区“红”起来。
@H1 sec=goals alt=measures | 切实加强社区工作者队伍建设。党总支有计划地教育社区全体工作人员、组织定期学习，帮助他们更新观念、增长知识，提高服务社区和解决实际问题的能力。
@H1 sec=goals alt=measures | 1、以党员组织生活为抓手，加强党性教育，提升党员队伍素质
@I2 | 坚持“每月四日”活动。总支和各支部以“学习日”“议事日”“服务日”“组织生活日”为主题开展活动，把“每月四日”落到实处。
@I2 | 坚持“三会一课”制度。总支和各支部按时召开党员大会、支委会、党小组会，按时上党课，增强党员的认同感和荣誉感。
@I2 | 开好“民主生活会”。总支和各支部每年开一次民主生活会，开展批评与自我批评，听取党员群众意见、接受监督。
@I2 | 开展“民主评议”活动。围绕参加活动、服务居民、缴纳党费等情况互评打分，提高党员参加活动的频率和服务意识。
@H1 sec=goals alt=measures | 2、以党员活动为抓手，发扬党员先锋模范作用
@I2 | 增强退管党员的责任感，实现“退有所学”。为使退管党员
""",
    ),
    dict(
        name="fresh27_12_middle_school_model_city_inspection_scheme",
        source="https://www.xiaomilidoc.com/p-2223822.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county-district middle school's scheme for the inspection of the province's environmental-model city "
               "(document-sharing site). The page runs another document's title into this one's "
               "('XX县区松树林中心小学…实施方案' before 'XX县区渭丰初级中学…实施方案'); it is kept on its own first "
               "line and never labelled, and the school's own title is the title line. The page marker '第1页共2页' "
               "is kept on its own line and never labelled.",
               "二、分工及指标 mixes two kinds: responsibilities with goals accepted; its （一）分工 is responsibilities "
               "and （二）指标 goals, each with six 1、 assignment or target lines as optional items kept as the page "
               "has them (units in brackets).",
               "三、实施步骤 is phases; '（一）准备阶段（2010年6月-2010年12月）' runs into its body without punctuation on "
               "the page, so its heading text is set by hand; one dated phase is visible. The leading group's name "
               "list after it keeps only the posts ('组长：（校长）'); personal names were dropped. The page ends inside "
               "the list ('（团支部书')."],
        units=["支部", "工会", "校办", "教务处", "政教处", "总务处", "团支部", "领导小组"],
        text="""\
XX县区松树林中心小学迎接省级教育强区复查验收工作实施方案
@T | XX县区渭丰初级中学迎接省级环保模范城考核验收工作实施方案
@H1 sec=guidance | 一、指导思想
按照XX省环保模范城市考核标准和县教育局的有关精神，以服务创建省级环保模范城为总目标，重点突破、全校动手、全面达标，改善校园环境，把我校环保工作推上新台阶。
@H1 sec=responsibilities alt=goals | 二、分工及指标
@H2 sec=responsibilities | （一）分工
@I3 | 1、支部和工会负责对教师进行环保知识的宣传和培训。
@I3 | 2、校办负责政策的落实和实施，成立组织机构。
@I3 | 3、教务处负责落实环保教育进课堂。
@I3 | 4、政教处负责校园环保工作，营造创建环保校园氛围。
@I3 | 5、总务处负责创建环保校园的后勤保障工作。
@I3 | 6、团支部协同政教处做好宣传工作。
@H2 sec=goals | （二）指标
@I3 | 1、每月一次思想道德教育，提高师生的环保意识。（支部、工会、政教处、团支部）
@I3 | 2、落实环境教育课程，每学年≥12课时。（教务处）
@I3 | 3、加强宣传力度，营造浓厚氛围。校园板报每月更新一次，班级内板报每月更新二次。校园宣传栏每周更新一次。（政教处、团支部、总务处）
@I3 | 4、举办二次关于校园环保专题的演讲。（教务处、总务处）
@I3 | 5、每季度组织关于创建国家环保模范城市知识的培训工作。（支部、工会、政教处、团支部、总务处）
@I3 | 6、收集整理有关校园环保工作的资料。（政教处）
第1页共2页
@H1 sec=phases | 三、实施步骤
@H2 text=（一）准备阶段（2010年6月-2010年12月） phase=准备阶段;2010年6月;2010年12月 | （一）准备阶段（2010年6月-2010年12月）编制实施方案，成立领导小组和办公室，召开全校动员大会，全面启动迎验工作。
渭丰初中迎接省级环保模范城考核验收工作领导小组名单
组长：（校长）
副组长：（支部书记）（副校长）
成员：（工会主席）（教务主任）（政教主任）（总务主任）（政教副主任）（团支部书
""",
    ),
    dict(
        name="fresh27_13_school_safety_summary_problems_and_outlook",
        source="https://98523.com/fanwen/gongzuozongjie/xuexiaoanquangongzuo/201112/130419_3.html",
        doc_kind="summary", partial=True,
        notes=["Page 3 of a township-seat school's safety-work summary on a sample-essay site: the chunk starts in the "
               "middle of the first section ('…食堂运营状况良好。'), so the document starts mid-document and shows no "
               "title (title null). The 2、–4、 lines of that section are optional items whose parent 一、 is absent: "
               "level 2 with 1 accepted, achievements (work done).",
               "二、存在的主要问题 is problems and 三、新学期的工作畅想 (an outlook for the new term, worded without 下一步 / "
               "打算) next_steps; the 1、 lines under them are statements and tasks, labelled as optional items. "
               "Items 5 and 6 of both lists are numbered with a comma ('5，', '6，') on the page (restored from the "
               "store's ASCII comma; style 1、).",
               "The page ends inside item 6 of the outlook ('…弘扬奉献精神，')."],
        units=[],
        text="""\
食堂运营状况良好。
@I2 sec=achievements lvlalt=1 | 2、完善现代远程教育的配套设施建设，购置了价值一万余元的四台计算机，建起了电子备课室，拓展了使用层面，提高了使用效率。
@I2 sec=achievements lvlalt=1 | 3、修缮了校舍、桌凳，维修了用电设施，解决了师生的饮水安全问题。
@I2 sec=achievements lvlalt=1 | 4、加大了公物的治理力度，落实了护校值班制度，把学校财产损失降到了最低限度。
@H1 sec=problems | 二、存在的主要问题
@I2 | 1、学校地处集镇，周边环境和治安状况仍不容乐观。
@I2 | 2、校园安全形势依然严峻，课前、午餐和路队等时段的安全管理需进一步加大力度。
@I2 | 3、办学条件与事业发展不相适应，大班居多，没有音乐室、实验室和阅览室，多媒体教室不能满足教学需要。
@I2 | 4、教育教学水平发展不平衡，教师的整体素质需进一步提高。
@I2 | 5，留守人口日益增多，给安全、管理和教育带来了新的难题。
@I2 | 6，环境卫生的保持仍是一大难点。
@H1 sec=next_steps | 三、新学期的工作畅想
@I2 | 1、加强校园的环境建设，在扩建校舍、美化、绿化、净化校园方面加大工作力度。
@I2 | 2、多方争取、密切配合，创建良好的治安环境，确保师生健康、平安。
@I2 | 3、把实施新课标、使用新教材的工作引向纵深，继续走开门教研的路子。
@I2 | 4、整合人才资源，带动全辖区乃至全镇的课改和现代远程教育工作。
@I2 | 5，拓展课外活动领域，拓宽艺体教育天地，整体推进素质教育。
@I2 | 6，深化人事制度改革，推行教师聘任制，引进竞争机制，增强爱岗意识，弘扬奉献精神，
""",
    ),
]
