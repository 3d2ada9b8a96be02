# -*- coding: utf-8 -*-
"""The sixty-first held-out fresh set: documents whose headings do NOT use
the textbook keywords (指导思想 / 工作目标 / 主要措施 / 存在问题 ...).  Plans
whose parts are named by their content (筑牢主心骨，以…引领… / 德育工作：厚植…),
summaries and reports whose parts are slogans of what was done (进位赶超，经济
发展稳中有进 / 领导重视，真抓实干 / 抓班子，强化党委自身建设 / 健全调整了组织机构), a township's
goals-and-measures plan organised by task areas, and summaries that mix a
look back with the next period, so that the section kind of each heading
has to be judged by meaning.  Writers: a community, a town government
(two different towns), a district's municipal administration bureau, a
township health centre, a school (its green-campus work), a
primary school, a hospital party committee, a township and a subdistrict.
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source of an
earlier set (URLs checked against every list named in the README), and a
distinctive heading of each was searched in the earlier sets' .txt files.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, ads,
  collection titles and tables of contents, sample numbers, blurbs) was
  dropped; site debris a user would paste along (a watermark line, chunk
  markers of a document-sharing site, a paywall marker) was kept and never
  labelled.
- Heading, title and salutation lines keep the source's numbering, wording
  and masking.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“”！ was restored (not inside the kept debris).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in
  the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH61_DOCS = [
    dict(
        name="fresh61_01_community_five_year_work_plan",
        source="https://dawenge.com/jinqigengxin/710446.html",
        doc_kind="plan", partial=True,
        notes=["A city community's five-year work plan (2026—2030). The page's copy button ('正文复制') was dropped. "
               "The source masks the character 党 as 'X' throughout ('高质量X建', '社区X委', 'X员'); kept so.",
               "No textbook keyword anywhere: the level-1 part '一、筑牢主心骨，以高质量X建引领基层治理新格局' is a task area "
               "named by its content (party building leads community governance). Kind goals (the task areas of a plan), "
               "measures accepted; its （一）（二）（三） run-in headings inherit it, with the same alternative.",
               "'目标是到2027年底…' and '到2028年…' are targets inside task bodies, not phases; the period 2026—2030 in the "
               "title is not labelled as a phase either. The page ends inside （三） ('…社会组织X组')."],
        units=["社区X委"],
        text="""\
@T | 城市社区2026—2030年未来五年工作规划
今后五年是XX社区承前启后的关键时期。面对辖区五千余户、一万六千多名居民对美好生活的新期待，社区将坚持稳中求进、守正创新，特制定本规划。
@H1 sec=goals alt=measures | 一、筑牢主心骨，以高质量X建引领基层治理新格局
社区X委是X在基层的“神经末梢”和团结群众的“战斗堡垒”。社区X委下设12个X支部，X员近四百名，规模超过不少乡镇，这是社区最大的组织优势；五年内要把这一数量优势转化为治理实效。
@H2 alt=measures | （一）健全“纵向到底、横向到边”的组织体系。深化“社区X委—网格X支部—楼栋X小组—X员中心户”四级架构，让组织触角延伸到每个小区、楼宇和住户；对新建小区、商圈市场及时组建功能性X支部，消除覆盖空白。目标是到2027年底，X的组织覆盖率达到100%，工作覆盖无盲区。
@H2 alt=measures | （二）激发X员队伍“先锋引擎”作用。全面推行X员“积分制”管理和“设岗定责”，设政策宣传、民情信息、纠纷调解、环境监督等十余类岗位，让无职X员有岗有责；落实“三会一课”、主题X日等制度，每年至少组织2次沉浸式X性教育。到2028年，培育选树50名“社区先锋X员”，打造3个以上“特色X支部”。
@H2 alt=measures | （三）深化“X建联盟”聚合力。打破壁垒，主动与辖区机关、企事业单位、社会组织X组
""",
    ),
    dict(
        name="fresh61_02_town_halfyear_government_work_report",
        source="http://6dgww.com/Article/5339574.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's report on its first half-year to the town people's congress (town name masked "
               "'**镇', year '20**年'). The site's advertising line above the title was dropped; the salutation "
               "'各位代表、' / '同志们：' keeps the source's two lines and is not labelled.",
               "'20**年上半年工作回顾' is an unnumbered part heading (level 1, achievements) above the numbered points, so "
               "'一、进位赶超，经济发展稳中有进' is level 2 (level 1 accepted, if the unnumbered part line is not taken as a "
               "level) and the run-in '1.工业发展克难求进。…' level 3 (2 accepted). All three are slogans of what was done: "
               "achievements, by meaning; no keyword says so.",
               "Figures and 'X月' progress statements are results, not phases. The page ends inside point 2 ('立足**')."],
        units=["**镇人民政府"],
        text="""\
@T | 政府上半年工作报告
各位代表、
同志们：
现在，我代表**镇人民政府向大会报告上半年工作，请予审议，并请列席同志提出意见。
@H1 sec=achievements | 20**年上半年工作回顾
上半年，在区委、区政府和镇党委领导下，在镇人大监督支持下，镇政府落实镇第十六次党代会确定的目标任务，以产城融合发展为主线，抓住苏南自主创新示范区建设机遇，加快转型升级、推进重点工程，各项事业平稳较快发展。
@H2 lvlalt=1 | 一、进位赶超，经济发展稳中有进
1-6月，全镇地区生产总值完成20.5亿元，同比增长13.26%，完成全年目标的50%；公共财政预算收入3亿元，同比增长42.79%，完成全年目标的65.76%，增速全区第一；固定资产投资33.15亿元，同比增长14.67%，其中服务业投资28.05亿元，同比增长28.61%。主要指标实现时间过半、任务过半。
@H3 lvlalt=2 | 1.工业发展克难求进。上半年全镇工业总产值55.5亿元，同比增长11%，利税7亿元，同比增长17.5%，均完成全年目标的50%。千红生化扩大产能并通过国家gmp认证，汉得利电子总投资3亿元的传感器产业化项目进入投产调试；完成民营科技型企业申报4家、省**技术产品认定8个，签订产学研协议2项。
@H3 lvlalt=2 | 2.服务业载体项目推进有力。立足**
""",
    ),
    dict(
        name="fresh61_03_district_municipal_bureau_halfyear_summary",
        source="https://zhidongchuang.com/fenlei/203.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district municipal administration bureau's half-year summary (丽江市古城区, 2011). The store ran the title "
               "into the opening ('市政局半年工作总结2011年上半年，我局…'): the title was put on its own line.",
               "Both visible parts are slogans of what was done, '一、加强政治理论学习，不断提高队伍素质' and '二、真抓实干，"
               "认真开展部门业务工作': achievements by meaning (the first reads like a task, '加强…', but it reports the half "
               "year's study and training).",
               "The site's paywall marker '……此处隐藏2813个字……' sits inside the body of 二、 (after '二是'), where the page "
               "has it; it is debris, not labelled. '一是' / '二是' inside the paragraph are not labelled. '6月11日' and "
               "'7月份内开工' are events and expected dates inside the body, not phases. The page ends '…西至烟'."],
        units=["市政局"],
        text="""\
@T | 市政局半年工作总结
2011年上半年，我局在区委、区政府领导下，统一思想、明确任务，围绕区委、区政府中心工作制定了年度目标，工作有新思路、新举措，树立典型、打造亮点，以求真务实的精神完成了各项工作。
@H1 sec=achievements | 一、加强政治理论学习，不断提高队伍素质
半年来坚持周二学习制度，组织干部职工学习中央和省、市、区文件精神，开展党的基本路线教育和党风廉政教育；围绕创先争优和“转方式、调结构、工会有作为、职工作贡献”主题开展大讨论；按“六五”普法要求培训市政监察队执法人员，支持职工在职函授，队伍的思想觉悟和业务水平有所提高。
@H1 sec=achievements | 二、真抓实干，认真开展部门业务工作
今年是城市精细化管理年，我局按区委、区政府要求抓精细化管理：一是起草《丽江市古城区城市市容和环境卫生管理办法（试行）》初稿，已报区政府常务会研究。二是……此处隐藏2813个字……元。道路施工图已委托云南省城市规划建筑研究设计有限公司设计，6月11日审查初设方案，现进入招投标程序，预计7月份内开工。太和路东起青园路、西至烟
""",
    ),
    dict(
        name="fresh61_04_township_health_centre_patriotic_health_summary",
        source="https://1wenmi.com/doc/194694.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township health centre's summary of its patriotic-health month (April, the 35th 爱国卫生月), sample 11 "
               "of a document-sharing site's file ('医院爱国卫生工作总结 篇11.docx'). The site's sharing blurb was dropped; the "
               "store ran the sample title into the opening and all three parts into one block, so they were split into lines. "
               "The site's chunk markers are kept where the page has them and never labelled: '1、' glued to the title line, "
               "'2、' starting a line in the middle of a sentence ('…提高村民的卫生意识' / '2、尤为重要，…').",
               "Title: the title line is '1、医院爱国卫生工作总结' (the sample number '篇11' dropped); the title label leaves "
               "out the chunk marker.",
               "Each heading runs straight into its body without punctuation ('一、健全调整了组织机构根据上级要求，…', "
               "'三、认真做好除“四害”工作我院共购买…'); kept so, texts set by hand. '一、健全调整了组织机构' reports that the "
               "leading groups were reorganised: achievements (what was done this month), responsibilities accepted (an "
               "organisation section, and the heading even says 组织机构). 二、 and 三、 are achievements.",
               "The closing lines admit shortcomings ('还存在不少问题、不够之处…') and say what will go on ('我院将继续…'): "
               "problems and next steps with no heading of their own, put on their own body line (the page runs them on "
               "after 三、's body) and not labelled. The page ends '…加大村民卫生意识宣传力'."],
        units=["卫生院", "爱卫会领导小组", "除四害领导小组", "健康教育领导小组"],
        title_override="医院爱国卫生工作总结",
        text="""\
@T | 1、医院爱国卫生工作总结
今年四月是全国第35个爱国卫生月。我院按上级文件精神，结合创建国家卫生城市工作全面开展爱国卫生活动，已见初步成效，现将我街4月份爱国卫生月活动总结如下：
@H1 sec=achievements alt=responsibilities text=一、健全调整了组织机构 | 一、健全调整了组织机构根据上级要求并结合我县实际，卫生院重新调整健全了“爱卫会领导小组”“除四害领导小组”和“健康教育领导小组”，组织健全、分工具体、责任明确，并把爱国卫生活动列入卫生院的重要议事日程。
@H1 sec=achievements text=二、大力开展宣传发动工作 | 二、大力开展宣传发动工作爱国卫生和创建国家卫生城市是利国利民的经常性工作，离不开村民的配合参与，必须家喻户晓，因此搞好宣传教育、提高村民的卫生意识
2、尤为重要。卫生院召开乡医例会传达上级会议精神，共22余人参加，做到工作有布置、有组织、有督查、有评比。活动期间共清除垃圾死角5余处，处罚乱扔垃圾2名、随地吐痰3名。
@H1 sec=achievements text=三、认真做好除“四害”工作 | 三、认真做好除“四害”工作我院共购买除“四害”药物60余包、外环境药物44余包，下发各卫生室，统一时间、统一人员集中投放，卫生室和卫生院的“四害”密度均已达标。
爱国卫生是一项长期工作，我院还存在不少问题和不足，主要是上下共管力度不够、没有形成合力，部分村民的卫生意识有待提高。我院将继续开展好爱国卫生活动，加大村民卫生意识宣传力
""",
    ),
    dict(
        name="fresh61_05_school_green_campus_summary",
        source="https://fanwen.gdygsk.com/showinfo-104-47022-11.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Sample 12 of a collection page ('最佳学校工作总结(14篇)'): a school's summary of its green, ecological "
               "campus work. Breadcrumb, collection title and sample heading ('最佳学校工作总结篇12') were dropped; the "
               "sample has no title line of its own, so title is null.",
               "Both headings are slogans: '一、领导重视，真抓实干' reports that a leading group was set up and duties "
               "divided, so responsibilities is accepted beside achievements; '二、加大环境建设，形成绿色校园' reports the "
               "money and green area: achievements. The page ends inside a body line ('回收校园内垃')."],
        units=["创建“绿色生态校园”工作领导小组"],
        text="""\
为丰富校园文化内涵、改善生态环境，给师生提供高标准的绿色学习生活环境，推动“和谐校园”建设，现将有关工作总结如下：
@H1 sec=achievements alt=responsibilities | 一、领导重视，真抓实干
学校领导和师生都重视环境教育和绿色学校创建。学校成立了创建“绿色生态校园”工作领导小组，校长任组长，制定详细工作计划，把责任从校长这个“第一责任人”分解到各部门、教师、职工和学生，形成环境教育合力。近年来学校在经费紧张时自筹资金，对校园景点重新设计改造。
@H1 sec=achievements | 二、加大环境建设，形成绿色校园
学校在绿化和清洁上舍得投入，总计投入10000多元，科学规划校园绿化、美化、净化。校区面积虽不大，但设有专门绿化区，道路两旁因地制宜设绿化带，绿化面积达1500平方米，其中桂花三十余株，绿化覆盖率达30.6%。
目前校园水渠畅通、道路整洁、绿树成荫，厕所有专人清洁；生活垃圾每天按时统一清运，还设立了垃圾回收箱，回收校园内垃
""",
    ),
    dict(
        name="fresh61_06_town_2023_government_work_report",
        source="https://www.xinyuwenchuang.cn/doc/78016.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's work report to the town people's congress (town and figures masked: 'XX镇', 'X亿元', "
               "'X区'). The store gives the page as one run-together block; it was split into lines at the title, the "
               "salutation, the part heading, （一） and the two slogan sub-points.",
               "The first line is the site's obfuscated watermark ('二心语文}创%素材[库:…笔杆子星域。整理汇总。'), kept as "
               "the page has it (half-width, untouched) and not labelled.",
               "'（一）坚持“产业XX镇”，“工业XX镇”扬帆起航' is a slogan heading that the source runs straight into its first "
               "sub-point without punctuation; it was put on its own line. Below it, two unnumbered run-in "
               "sub-points '集聚一流企业，锻造工业XX镇“主引擎”。…' and '建X区，筑牢工业XX镇“主阵地”。…' are labelled level-3 "
               "headings (numbering none): they are parallel slogan titles with their own bodies. '建X区' is the source's "
               "garbled wording. All achievements (一、2022年工作回顾).",
               "Dates 'X月X日' of signings are events, not phases. The page ends '…工业X区基础...'."],
        units=["镇人民政府"],
        text="""\
二心语文}创%素材[库:https://www.xinyuwenchuang.cn/。公众@号:笔杆子星域。整理汇总。
@T | XX镇2023年政府工作报告
各位代表：
现在，我代表镇人民政府向大会报告政府工作，请予审议，并请列席人员提出意见和建议。
@H1 sec=achievements | 一、2022年工作回顾
过去一年，面对经济下行、疫情反复等多重挑战，镇政府在县委县政府和镇党委领导下，贯彻党的二十大精神，落实省委“一改两为”和县委“九大专项行动”部署，团结全镇人民完成了年初确定的目标任务，“十四五”开局良好。预计全年地区生产总值X.X亿元、增长X%，财政收入2080万元、增长X.X%，规上工业总产值达X亿元。
@H2 | （一）坚持“产业XX镇”，“工业XX镇”扬帆起航
@H3 | 集聚一流企业，锻造工业XX镇“主引擎”。以“亩均论英雄”为导向，把招大引强作为“头号工程”：全年外出招商X次，接待客商X余次，新签约亿元以上项目X个、新开工X个；X月X日与安徽奥丰汽车配件有限公司签约，投资逾X亿元；X月X日与常州联翔机械有限公司签约，投资逾X.X亿元。新增规上工业企业X家，X月获评全XX县2021年度招商引资三等奖。
@H3 | 建X区，筑牢工业XX镇“主阵地”。全面启动上陶村工业X区基础...
""",
    ),
    dict(
        name="fresh61_07_primary_school_spring_term_plan",
        source="https://max.book118.com/html/2026/0129/8062024120010041.shtm",
        doc_kind="plan", partial=True,
        notes=["A primary school's spring-term work plan from a document-sharing page; the page's size / date / upload "
               "lines were dropped.",
               "The opening sentence contains '…为指导思想' but is a sentence of the body, not a label heading. The level-1 "
               "part '一、德育工作：厚植成长底色，培育时代新人' names a task area and a slogan, no keyword: goals (the task "
               "areas of a plan), measures accepted. The colon is not a cut point (the part after it is short), so the "
               "heading text is the whole line. The line after it ('…重点落实四项任务：') is a lead-in.",
               "The run-in '1.主题教育序列化。…' and '2.心理健康精准化。…' headings inherit goals (measures accepted). The "
               "months in them (3月 文明礼仪月, 4月, 5月, 6月; 3月…6月 class-meeting topics) are a calendar of activities "
               "inside task lines, not phases of the plan. The page ends inside point 2 ('针')."],
        units=[],
        text="""\
@T | 2026年春季学期小学学校工作计划
本学期学校工作以“全面贯彻党的教育方针，落实立德树人根本任务，聚焦核心素养培养，推进教育高质量发展”为指导思想，围绕“五育融合”，统筹德育、教学、教师发展、学生成长、校园安全和后勤保障，着力营造“安全有序、活力迸发、特色鲜明”的育人生态，具体安排如下：
@H1 sec=goals alt=measures | 一、德育工作：厚植成长底色，培育时代新人
以“扣好人生第一粒扣子”为主线，构建“课程育人、活动育人、文化育人”三位一体的德育体系，重点落实四项任务：
@H2 alt=measures | 1.主题教育序列化。3月为“文明礼仪月”，通过“班级文明岗”轮值、“文明礼仪小剧场”和“文明之星”评选规范日常行为；4月结合清明、谷雨开展“传统文化寻根月”，请剪纸、扎染艺人进课堂；5月为“劳动实践月”，每班承包1块“校园责任田”，开展家务劳动清单和劳动技能大赛；6月为“成长感恩月”，六年级办“我的校园记忆”手账展，低年级开展感恩微行动。
@H2 alt=measures | 2.心理健康精准化。完善“心理教师—班主任—学科教师—家长”四级预警机制，每周三开设“心灵树洞”信箱，每月开1次心理健康主题班会（3月“情绪管理”、4月“同伴交往”、5月“压力调节”、6月“成长自信”）；针
""",
    ),
    dict(
        name="fresh61_08_hospital_party_committee_summary",
        source="http://fanwenbaba.cn/zongjie/dangyuan/1902.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('2020党建工作总结_医院党建工作总结范文大全5篇'): a hospital party "
               "committee's annual party-building summary. The collection title and blurb were dropped; the sample heading "
               "'医院党建工作总结范文(一)' is kept as the title without the site's '范文(一)'.",
               "'一、医院基层党组织和党员基本情况' is background (基本情况: the branches and members, with figures); "
               "'二、医院党建工作任务落实情况' is achievements. Under 二、 the run-in '1、抓班子，强化党委自身建设。…' and "
               "'2、抓队伍，提高党员素质。…' are slogans of what was done (level 2, achievements); the '一是' / '二是' / '三是' "
               "inside the body are not labelled. The page ends inside 2、 ('…系列讲话')."],
        units=["医院党委"],
        text="""\
@T | 医院党建工作总结
今年医院党委按中央和省委、市委部署，在市直机关工委指导下深入开展“两学一做”学习教育，落实“四个全面”战略布局和“五大发展”理念，实施先锋引领工程，加强党支部规范化建设，党建任务较好落实。现将我院党建工作情况总结如下：
@H1 sec=background | 一、医院基层党组织和党员基本情况
医院有基层党支部5个，其中在职人员党支部4个、退休人员党支部1个；正式党员83名，其中在职党员57人，占职工人数的18.3%，退休党员26人；35岁以下党员18人，女党员37人；研究生、本科、专科、中专及以下学历的党员分别为1人、34人、26人、22人。
@H1 sec=achievements | 二、医院党建工作任务落实情况
@H2 | 1、抓班子，强化党委自身建设。院党委是基层党组织的龙头，先从自身抓起：一是坚持中心组学习，党政班子每月集中学习不少于1次、每次不少于90分钟；二是严格组织生活，班子成员按“三会一课”过双重组织生活，开好民主生活会；三是坚持民主集中制，重大事项由党政联席会议共同商定。
@H2 | 2、抓队伍，提高党员素质。以学习党章党规和系列讲话
""",
    ),
    dict(
        name="fresh61_09_township_goals_and_measures_plan",
        source="https://m.wnwk.com/doc/1575107.html",
        doc_kind="plan", partial=True,
        notes=["A township's annual plan ('工作目标和工作措施') from a document-sharing page whose text carries conversion "
               "substitutions (开展 for 发展, 根底 for 基础, 效劳 for 服务, 坚决不移 for 坚定不移); they are kept in the "
               "title and the heading. The site's chunk markers are kept where the page has them and never labelled: "
               "'1、' glued to the title line, '2、' and '3、' starting lines in the middle of a sentence ('高标准' / "
               "'2、实施好…', '积极' / '3、配合规划好…').",
               "Title: the title line is '1、乡镇2023年工作目标和工作措施'; the title label leaves out the chunk marker.",
               "'…总体思路是：…' and '主要预期目标是：…' are sentences of the body (not label headings). The task area "
               "'一坚决不移强化产业支撑' has lost its bracket or comma in the conversion (bare '一', numbering style none): "
               "a level-1 heading, goals (the task areas of a plan), measures accepted.",
               "The line under it starts with '一是大力配合抓好农业科技示范区建设。…': labelled an item (a task statement), "
               "goals; '二是' / '三是' / '四是' follow in the middle of later lines and are not labelled. The page ends "
               "inside 四是."],
        units=[],
        title_override="乡镇2023年工作目标和工作措施",
        text="""\
@T | 1、乡镇2023年工作目标和工作措施
今年全乡经济社会开展的总体思路是：以党的十九大和十九届三中、四中全会精神为指导，围绕全面建设小康社会总目标，借武陵山片区现代农业示范区建设之机，以山区现代农业为主题、改善民生为主线，转变作风、真抓实干，打好产业攻坚、乡村提质、民生升级三大战役。
主要预期目标是：全乡工农业总产值增长10%，农民人均纯收入增加10%，固定资产投资增长12%，财税收入增长9%，全面完成县委县政府下达的目标任务。
@H1 sec=goals alt=measures num=一 text=一坚决不移强化产业支撑 | 一坚决不移强化产业支撑
@I2 alt=measures | 一是大力配合抓好农业科技示范区建设。高标准
2、实施好接溪、杠掰等村3000亩基本烟田土地整理项目并整修渠道，逐步完善园区水、电、路等设施，为现代农业打牢开展根基。二是提升特色产业，烟叶种植力争达到2100亩，扶持以苗汉子为主导的特色蔬菜产业，配合建设十八洞.苗汉子千亩猕猴桃基地，支持德农牧业建好1万头规模育肥场和清真屠宰加工厂。三是开展城郊农业和休闲观光农业，打造城市蔬菜供给、花卉苗木基地和果园农庄，鼓励精品观光点和“农家乐”。积极
3、配合规划好紫霞湖旅游区，打造有特色的乡村旅游体验区。四是抓好效劳体系建设，扶持农业产业化龙头企业和大户，支持标准化示范农业基地和专业合作社
""",
    ),
    dict(
        name="fresh61_10_subdistrict_2021_summary_2022_plan",
        source="https://wap.haoword.com/gongzuozongjie/qitazongjie/978163.htm",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        notes=["A subdistrict's (福海街道) 2021 summary and 2022 plan; the site's 【概述】 blurb and 【正文】 marker were "
               "dropped. Only the look back is visible: '一、2021年工作总结' (achievements) and '（一）不断夯实党建工作基础', a "
               "slogan of what was done (achievements, inherited).",
               "The body under （一） is one paragraph made of run-in points whose first words are short title sentences "
               "('深入学习习近平新时代中国特色社会主义思想。', '严格规范党内政治生活。', '推动党史学习教育入脑入心。', "
               "'做实做强新时代基层党建。', '干部队伍建设持续加强。'); only the first one starts the line, and the "
               "paragraph is kept whole as in the source: body, not labelled (points in the middle of a line are never "
               "labelled, and the first alone is not split off). The page ends inside it ('…19名新招录公务员、')."],
        units=["街道党工委"],
        text="""\
@T | 街道2021年工作总结暨2022年工作计划
@H1 sec=achievements | 一、2021年工作总结
@H2 | （一）不断夯实党建工作基础
深入学习习近平新时代中国特色社会主义思想。党工委把学习“七一”讲话精神等列入会议学习内容，全年组织理论中心组学习43次、学习主题50项。严格规范党内政治生活。把政治建设摆在首位，基层党组织落实“第一议题”学习3154次，机关党员开展“党员初心日”暨政治生日会10场、“学党史、守初心、担使命”主题党日21场。推动党史学习教育入脑入心。建成全区首个街道级党史党性教育基地——福海街道党史党性教育基地，请市、区讲师团专题宣讲15场，梳理“我为群众办实事”清单50项。做实做强新时代基层党建。试点“四务融合”，制定党务、政务、服务、法务“四张清单”；成立新和码头园区党委和自治委员会，成立中共福海街道智能制造产业链委员会，依托党群服务中心和工联会筹建38家“暖蜂驿站”“暖蜂窗口”。干部队伍建设持续加强。社区两委换届顺利完成，班子结构持续优化，开展社区后备干部自荐，完成19名新招录公务员、
""",
    ),
]
