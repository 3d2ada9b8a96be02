# -*- coding: utf-8 -*-
"""The 138th held-out fresh set: 工作要点 and term / year / month WORK PLANS of
schools, associations, a party organisation and company departments whose
sections or items carry times (month headings 三月份 / 元月 / 1月, month
table cells, a 上半年 / 下半年 split, dated items, a month's own plan).
Found as stored public web pages with the `search` tool's `pages` corpus
(queries in notes_queries.txt).  None of the source pages is a source of
another set (checked against every used_sources.tsv, exclusion list and label
file under /work/fresh*/, /work/main/tests/ and /work/wt-lead/tests/).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and masking are kept.  Personal names were
  dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH138_DOCS = [
    dict(
        name="fresh138_01_kindergarten_spring_term_plan_time_schedule",
        source="https://www.duanmeiwen.com/fanwen/zhuanti/542494.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's second-term work plan, the first sample of a collection page ('第二学期幼儿园工作计划1'); "
               "the site's blurb and the sample number were dropped, the title line is the plan's own "
               "('第二学期幼儿园工作计划').",
               "二、主要工作任务和要求 lists eight task lines, labelled items (goals, requirements accepted for the heading). "
               "The source numbers them '1、' '2' '3：' '4：' '5、' …: the '2' has no separator ('2围绕农村幼儿园…') and "
               "3 and 4 take a colon; kept as written (numbering literal '2' / '3：', style none).",
               "三、具体时间安排 is the schedule (phases); its only visible month '三月份：' is a level-2 phases heading "
               "with one phase (a single month: start, no end). The page ends inside 三月份's second task "
               "('…做到动静结合互相交'), kept as the truncated last item.",
               "Item 5 keeps the store's stray question mark ('探索多种游戏？活动', full-width like the other restored "
               "punctuation)."],
        units=[],
        text="""\
@T | 第二学期幼儿园工作计划
@H1 sec=guidance | 一、指导思想：
本学期以《纲要》为指导推进课程改革，围绕镇里的教研计划并结合本园情况，提高教师组织教育活动的水平，促进幼儿素质全面发展。
@H1 sec=goals alt=requirements | 二、主要工作任务和要求：
@I2 | 1、加强本园教研组的建设和管理制度，以及和其它幼儿园之间的交流和学习。
@I2 num=2 | 2围绕农村幼儿园本土化教育资源的利用及园所环境创设，充分调动教师的积极性来创新教学活动及日常教学组织。
@I2 num=3： | 3：定期组织教师学习优秀的教育活动和教育思想的文章，提高教师的教育水平，以及教育思想观和儿童观。
@I2 num=4： | 4：加强幼儿园的安全管理，组织全园教职员工学习有关食堂和安全工作方面的知识。
@I2 | 5、在优化一日活动安排及周活动安排的基础上，尝试开展在游戏中学习，在学习中游戏及探索多种游戏？活动的教研和学习，以幼儿为主体的教学活动，形成有自己特色的活动课程。
@I2 | 6、坚持园内培训和外出学习相结合，多渠道提高教师的理论水平和教育素质。
@I2 | 7、开展园内观摩活动，做好活动案例总结、反思，提高教师自身的专业技能。
@I2 | 8、组织教师撰写论文、活动设计、教学案例评比活动，促进教师专业化成长。
@H1 sec=phases | 三、具体时间安排：
@H2 phase=三月份;三月份; | 三月份：
@I3 | 1、做好新生入学的工作，稳定新生情绪。
@I3 | 2、合理安排一日活动和周活动的教学活动，做到动静结合互相交
""",
    ),
    dict(
        name="fresh138_02_kindergarten_spring_term_month_table",
        source="https://www.az9.cn/gongzuofanwen/gongzuojihua/20242024ndexryeygzjhjx8p_3.html",
        doc_kind="plan", partial=True,
        notes=["Page 3 of a collection ('2024-2024年第二学期幼儿园工作计划(精选8篇)'): the page opens with the tail of sample 4 "
               "(4月份 / 5月份 lists), which was dropped as another sample of the collection; the document is sample 5, whose "
               "heading line '2024-2024年第二学期幼儿园工作计划 篇5' is kept as the title without the sample number (the "
               "odd year range is the site's).",
               "Sample 5 is a two-column table flattened one cell per line: the header cells '月份' / '主要工作' are "
               "unlabelled table cells; each month cell (二月份, 三月份, 四月份) is a level-1 phases heading with one phase "
               "(start only). 二月份's tasks are unnumbered cells (body, lightly reworded); the 1、 tasks of 三月份 and "
               "四月份 are items.",
               "Dates inside tasks ('第二周为安全周', '第一周开始做早操') are not phases. The page ends with a bare '6' "
               "(a cut-off item number), dropped."],
        units=[],
        text="""\
@T | 2024-2024年第二学期幼儿园工作计划
月份
主要工作
@H1 sec=phases phase=二月份;二月份; | 二月份
开学前做好准备，分发各类物品和新生的生活用品。
布置期初环境。
各部门制定新学期的各类计划。
检查维修开学所需的设施设备。
各年级组制定本学期的教学内容。
为幼儿做期初体检。
@H1 sec=phases phase=三月份;三月份; | 三月份
@I2 | 1、结合“三八节”进行爱妈妈主题教育。结合园本文明礼仪课题。第一次家长学校：我爱妈妈亲子教育活动。
@I2 | 2、开展安全教育周活动。
@I2 | 3、第二周为安全周
@I2 | 4、第一周开始做早操。
@I2 | 5、各班幼儿技能技巧比赛。
@I2 | 6、每月二次弹唱练习。每周音乐教学活动弹唱练习。
@H1 sec=phases phase=四月份;四月份; | 四月份
@I2 | 1、结合清明节进行传统节日教育。
@I2 | 2、教师常规工作检查，教研组随堂听课。
@I2 | 3、教研组进行相关理论知识学习。
@I2 | 4、教师基本功练习：故事比赛
@I2 | 5、每月二次弹唱练习。
""",
    ),
    dict(
        name="fresh138_03_university_elderly_sports_association_work_points",
        source="http://ltxc.jsnu.edu.cn/_t101/c4/50/c2167a377936/page.htm",
        doc_kind="plan", partial=True,
        notes=["江苏师范大学's elderly sports association (老年体协) 2024 work points, from the university's retirees' office site; "
               "the title line is the page's own.",
               "一、上半年主要活动 holds month headings （一）三月份 … （四）六月份 (level 2, one phase each, a single month as "
               "start with no end). 上半年 / 下半年 are labelled optional phases (half-year periods, start only).",
               "The activities are '1.' items whose text often starts with a day of the month: '1.12日，召开…' reads like a "
               "date '1.12' but is item 1 on the 12th (numbering set by hand to '1.'). The event dates in items and in the "
               "key-value lines under them ('时间：3月16~18日', '地点：…', '承办学校：…') are not phases; the key-value "
               "lines are unlabelled body.",
               "（四）六月份 has one unnumbered activity line (body). The page ends at the bare heading 二、下半年主要活动 "
               "followed by a lone '(' (dropped).",
               "Units: only the association itself ('校老年体协'); the host schools of outside events are not responsible "
               "units of this plan."],
        units=["校老年体协"],
        extra_phases=[
            dict(name="上半年", start_text="上半年", end_text=None, at="一、上半年主要活动", optional=True),
            dict(name="下半年", start_text="下半年", end_text=None, at="二、下半年主要活动", optional=True),
        ],
        text="""\
@T | 江苏师范大学老年体协2024年工作要点
2024年是新中国成立75周年，也是建设体育强国和健康中国的关键之年。本协会将以党的二十大精神为指导，落实省政府关于加强老年人体育工作的意见和省、市老年体协的部署，结合学校实际开展适合老年人的文体健身活动，推动学校老年体育事业高质量发展。
@H1 sec=phases alt=goals | 一、上半年主要活动
@H2 phase=三月份;三月份; | （一）三月份
@I3 num=1. | 1.12日，召开校老年体协2024年会长工作会议
@I3 num=2. | 2.15日，承办徐州高校老年体协2024年工作会议暨三届二次理事会会议
@I3 num=3. | 3.19日，召开校老年体协2024年工作会议暨三届二次理事会会议
@I3 | 4.组队参加徐州市“幸福彭城”2024年门球赛
时间：3月16~18日
地点：徐州市梨园路公园门球场
@I3 | 5.组队参加在淮北市举办的2024年“丝路陇海”门球邀请赛
时间：3月22~25日
地点：安徽淮北市体育中心
@H2 phase=四月份;四月份; | （二）四月份
@I3 num=1. | 1.17日，举办校第十三届老年人体育节趣味运动会（设10个比赛项目）
@I3 | 2.利用趣味运动会机会，联系邀请徐州医科大学专家到我校为离退休教职工开展义诊、健康咨询等活动
@I3 num=3. | 3.4月20日，组队参加徐州高校老年体协第二届桌上冰壶球培训与比赛
承办学校：江苏建筑职业技术学院
@H2 phase=五月份;五月份; | （三）五月份
@I3 num=1. | 1.18日，举办全国老年人太极拳大联动（江苏师大站）活动
@I3 num=2. | 2.25日，举办离退休教职工乒乓球比赛
@I3 | 3.组队参加泉山区第29届门球赛联赛，具体时间以泉山区门协通知为准
@H2 phase=六月份;六月份; | （四）六月份
组队参加徐州高校老年体协第十届乒乓球比赛
承办学校：徐州技师学院（暂定）
@H1 sec=phases alt=goals | 二、下半年主要活动
""",
    ),
    dict(
        name="fresh138_04_prefecture_elderly_sports_association_month_plan",
        source="https://oh100.com/a/201810/1776540.html",
        doc_kind="plan", partial=True,
        notes=["A prefecture elderly sports association's (黔南州老年体协) year plan, sample 1 of a collection page "
               "('2023年老年体育协会工作计划模板(通用10篇)'); the blurb and the sample number were dropped, the sample's "
               "heading '老年体育协会工作计划' is kept as the title line.",
               "The plan is nothing but months: '元月：' '二月：' … '十二月：' are level-1 phases headings, one phase each "
               "(a single month as start with no end; 元月 kept as written). The 1、 lines under them are items; "
               "十一月 has one unnumbered task line (body).",
               "Dates inside items ('8月8日“全民健身日”', '9月底…', '12月下旬…') are event dates, not phases; "
               "'1、 8月8日' keeps the page's space after the comma. The masked years 20xx / xx年 are kept.",
               "The page ends inside 十二月's second item ('…制订20xx年全州老年'), kept as the truncated last item.",
               "Units: the association's own bodies named as organisers (州老年体协, 州老年体协活动中心)."],
        units=["州老年体协", "州老年体协活动中心"],
        text="""\
@T | 老年体育协会工作计划
@H1 sec=phases phase=元月;元月; | 元月：
@I2 | 1、20xx年都匀地区老年体协单项体育协会“元旦、春节期间”健身活动；
@I2 | 2、20xx年黔南州老年体育工作会议；
@I2 | 3、黔南州老年体协名誉主席、主席、副主席、秘书长“迎春座谈会”；
@H1 sec=phases phase=二月;二月; | 二月：
@I2 | 1、20xx年州、市老年体协中国象棋友谊赛。
@I2 | 2、20xx年州老年体协活动中心“春节”期间网球、乒乓球、台球、象棋、竞技麻将比赛；
@H1 sec=phases phase=三月;三月; | 三月：
@I2 | 1、庆祝“三·八”妇女节州老年体协活动中心妇女健身活动；
@I2 | 2、20xx年黔南州老年人门球比赛。
@I2 | 3、20xx年全州气排球辅导员、裁判员培训班；
@H1 sec=phases phase=四月;四月; | 四月：
@I2 | 1、州老年体协副主席以上及都匀地区委员郊游活动；
@I2 | 2、组队参加全省气功比赛；
@H1 sec=phases phase=五月;五月; | 五月：
@I2 | 1、xx年黔南州柔力球比赛。
@I2 | 2、组队参加全省老年人乒乓球比赛；
@H1 sec=phases phase=六月;六月; | 六月：
@I2 | 1、20xx年黔南州老年人气排球比赛。
@I2 | 2、20xx年黔南州老年人钓鱼比赛。
@H1 sec=phases phase=七月;七月; | 七月：
@I2 | 1、20xx年黔南州老年人网球比赛。
@I2 | 2、组队参加全省老年人棋、牌比赛；
@I2 | 3、全州县级老年体协联系人工作会议；
@H1 sec=phases phase=八月;八月; | 八月：
@I2 | 1、 8月8日“全民健身日” 都匀地区老年人健身展示活动；
@H1 sec=phases phase=九月;九月; | 九月：
@I2 | 1、9月底州老年体协活动中心迎“国庆”网球、乒乓球、象棋、台球比赛；
@H1 sec=phases phase=十月;十月; | 十月：
@I2 | 1、xx年黔南州直机关老年人钓鱼比赛。
@I2 | 2、xx年“重阳节”州直机关老年人健步行活动；
@H1 sec=phases phase=十一月;十一月; | 十一月：
20xx年举办黔南州老年体育骨干培训班。
@H1 sec=phases phase=十二月;十二月; | 十二月：
@I2 | 1、12月下旬20xx年都匀地区老年体协各单项协会、晨练点负责人座谈会；
@I2 | 2、总结20xx年工作，制订20xx年全州老年
""",
    ),
    dict(
        name="fresh138_05_property_company_october_month_plan",
        source="https://www.92read.com/fanwen/fwdq/y15nwl.html",
        doc_kind="plan", partial=True,
        notes=["A residential property-management company's plan for October, sample 1 of a collection page whose title is "
               "'物业绿化月份工作计划(通用8篇)'; the page's reading-guide blurb and the sample marker '【第一篇】' were "
               "dropped. The sample has no title of its own; the collection's title is kept as the title line.",
               "The month is named only in the lead-in ('现将十月份工作计划公示如下：'); it is labelled an optional phase "
               "(the plan's own period, start only). The opening National Day greeting is rewritten body.",
               "The three areas are unnumbered label headings ending in '。' ('客户服务。', '工程维护。', '秩序维护。'; "
               "level 1, goals with measures accepted) over 1、 task items. Under 客户服务 the store lost item 1: the "
               "list starts at '2、'; kept as written.",
               "The page ends inside 秩序维护's fourth item ('…装饰物品进行看管'), kept. Units: none; 鸿业公司项目部 and "
               "四季春供热公司 are outside parties the company coordinates with, not responsible units of the plan."],
        units=[],
        extra_phases=[dict(name="十月份", start_text="十月份", end_text=None, at="现将十月份工作计划公示如下",
                           optional=True)],
        text="""\
@T | 物业绿化月份工作计划
祖国迎来又一个华诞，我们欢聚一堂共同庆祝，祝愿祖国繁荣富强。现将十月份工作计划公示如下：
@H1 sec=goals alt=measures | 客户服务。
@I2 | 2、做好发放水、电、天然气卡，交验房屋，收缴费用，清退押金等日常工作。
@I2 | 3、做好1号楼电卡、门禁卡的发放工作。
@I2 | 4、继续配合需要办理户籍迁移手续的业主，开具相关居住证明。
@I2 | 5、配合各施工单位进行维修通知及资料整理。
@I2 | 6、及时收取各项费用。
@H1 sec=goals alt=measures | 工程维护。
@I2 | 1、按照维修计划，继续跟催协调鸿业公司项目部安排施工单位，对楼宇外墙立面脱落瓷片进行修补。
@I2 | 2、继续协调鸿业公司项目部，跟进小区漏水问题的维修进度。
@I2 | 3、继续协调鸿业公司项目部，安排电子公司处理可视对讲及小区监控存在问题。
@I2 | 4、配合四季春供热公司做好小区冬季供暖的准备工作。
@I2 | 5、配合各施工单位做好小区绿化验收工作。
@I2 | 6、落实鸿业公司项目部承诺的维修及赔偿工作。
@H1 sec=goals alt=measures | 秩序维护。
@I2 | 1、加强小区南、北门出入人员及车辆管理，避免各类安全隐患的发生。
@I2 | 2、加强地下车库安全巡查频次，做到每隔半小时巡查一次。
@I2 | 3、严格检查乱扔装修垃圾、未装袋堆放等违规现象，并定期对建筑垃圾堆中堆积的易燃物品进行分类整理。
@I2 | 4、对国庆节小区环境布置装饰物品进行看管
""",
    ),
    dict(
        name="fresh138_06_party_committee_2026_monthly_party_day_plan",
        source="https://max.book118.com/html/2026/0109/6215241213012043.shtm",
        doc_kind="plan", partial=True,
        notes=["A unit's party committee plan of monthly 主题党日 for 2026, from a document-sharing site (the file name, "
               "counters and upload metadata were dropped). The page markers '—PAGE1—' and '—PAGE2—' before the title are "
               "kept as debris, never labelled.",
               "The title line ends in a '?' that the store shows in place of a lost character; the line is kept as the "
               "page has it and the title is that line ('2026年度主题党日活动计划?'). The same '?' follows the item "
               "numbers inside the 活动内容 line ('1.?集中…').",
               "一、月度主题党日活动安排 is the schedule (phases). Its only visible month, '1月：严明纪律铸忠诚学习贺词聚合力', is "
               "a level-2 phases heading with one phase (1月, start only); the theme after the colon is short, so the "
               "heading text is the whole line.",
               "'责任部门：…' and '活动内容：1.?…；2.?…' are key-value body lines (the numbered points inside the content line "
               "are not labelled). The page ends inside that line ('…围绕贺').",
               "Units: the 责任部门 of the January activity."],
        units=["党委办公室", "机关党委", "宣传科"],
        text="""\
—PAGE1—
—PAGE2—
@T | 2026年度主题党日活动计划?
为深入学习贯彻党的二十大和二十届二中、三中全会精神，巩固主题教育和党纪学习教育成果，增强基层党组织的政治功能和组织功能，提升党员队伍素养，结合本单位实际，制定本单位2026年度主题党日活动计划，坚持“一月一实践”，推动组织生活与中心工作融合、主题党日常态化规范化开展。
计划围绕政治建设、文化传承、志愿服务、红色教育、国防教育、法治建设、基层治理等方面，结合全年节日、纪念日和工作节点，安排了11个月的主题党日活动，形式包括集中学习研讨、志愿服务、现场教学和专题座谈。
@H1 sec=phases | 一、月度主题党日活动安排
@H2 phase=1月;1月; | 1月：严明纪律铸忠诚学习贺词聚合力
责任部门：党委办公室、机关党委、宣传科
活动内容：1.?集中学习《中国共产党不合格党员处置办法》等党内法规原文，进行解读和案例剖析；2.?集中观看2026年新年贺词视频，围绕贺
""",
    ),
    dict(
        name="fresh138_07_port_group_party_branch_month_work_prompt",
        source="https://dj.sipg.com.cn/jzlz/108076.jhtml",
        doc_kind="plan", partial=True,
        notes=["A month's work prompt for the party branches of 上海国际港务(集团) (上港), from its party-building site: what "
               "the branches' organisational life should cover in March 2026. The page shows no title line (title null); "
               "the three short sections appear complete, but the page's own heading block is not in the stored text, so the "
               "document is marked partial.",
               "Headings '一、总体要求：' (guidance), '二、内容导引：' (goals, measures accepted) and '三、操作提示：' "
               "(requirements); the '1. ' points under them, with the page's space after the point, are items.",
               "The only time is a deadline inside an item ('在2026年3月底完成') and the 学雷锋纪念日: not phases. The "
               "document has no phase.",
               "Units: 各单位党委工作部门 (asked to refine and supervise) and 各党支部 (to hold the meetings)."],
        units=["各党支部", "各单位党委工作部门"],
        text="""\
@H1 sec=guidance | 一、总体要求：
@I2 | 1. 定时间、定地点、定内容；有主题、有讨论、有共识、有行动。
@I2 | 2. 紧贴当前形势，紧贴中心工作，紧贴党员需求。
@H1 sec=goals alt=measures | 二、内容导引：
@I2 | 1. 组织党员及时跟进学习全国“两会”精神，教育引导党员凝聚思想共识、汇聚奋进力量，助力“十五五”开好局起好步。
@I2 | 2. 各党支部要按照工作提示要求，开展党支部组织生活会和民主评议党员，在2026年3月底完成。
@I2 | 3. 结合学雷锋纪念日开展主题党日，教育引导党员投身志愿服务，强化宗旨意识，更好凝聚服务群众。
@I2 | 4. 继续组织党员学习“上港党建网”和“学习强国”，提高学习成效，党员每天上线进行学习。
@H1 sec=requirements | 三、操作提示：
请各单位党委工作部门结合实际，细化并明确本单位当月组织生活的重点，做好组织、督促和反馈，用高质量的组织生活把每个党支部建成教育党员、团结群众、攻坚克难的坚强阵地。
""",
    ),
    dict(
        name="fresh138_08_company_marketing_department_year_plan",
        source="https://2862.com.cn/njgDLpPo",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A company marketing department's year plan ('市场部年度规划方案'; plan, scheme accepted) for 2012, written at the "
               "end of 2011; the title line is the page's own.",
               "The store ran the lead-in and the first target together ('…拟定本年度工作目标如下： ①市场占有率达到82%…'): "
               "that ① is a marker in the middle of a line and is not labelled; ② to ⑤ start their own lines and are "
               "items. The same happens under （一）: ① and ② run on inside the dated line, ③ starts a line (item).",
               "The department's two dated steps sit in a body line under （一）统一思想、明确责任: '市场部计划于2011年12月11日~"
               "2011年12月30日组建完成。 2012年1月10日--2012年1月30日完成培训'. They are labelled optional phases "
               "(组建, 培训: steps named inside a body sentence, with '~' and '--' between the dates, the page's space "
               "after the first 。 kept). '在2011年12月底完成人员归建' is a deadline, not a phase.",
               "（二）驻点营销、贴近市场 lists the posted staff's duties as '(1)'–'(5)' (restored to full-width brackets), "
               "items. The page ends inside （5） ('…提升一'). ⑤ keeps the page's space in '河北 、河南'."],
        units=["市场部"],
        extra_phases=[
            dict(name="组建", start_text="2011年12月11日", end_text="2011年12月30日", at="市场部计划于2011年12月11日",
                 optional=True),
            dict(name="培训", start_text="2012年1月10日", end_text="2012年1月30日", at="市场部计划于2011年12月11日",
                 optional=True),
        ],
        text="""\
@T | 市场部年度规划方案
@H1 sec=goals | 一、工作重点阐述
市场部的组建和培训在2011年12月底完成人员归建，做到人尽其责；根据上一年度的市场拓展情况，本年度工作目标拟定如下： ①市场占有率达到82%，进入行业前二十名；
@I2 | ②新产品平均利润贡献率达到30%；
@I2 | ③重点产品利润贡献率达到45%。
@I2 | ④品牌认知度达到行业内80%，消费群体达到38%
@I2 | ⑤占领江苏、广东、江西、浙江、河北 、河南、山东、四川等35%市场，支持2000家重点市场品牌连锁店。
@H1 sec=measures alt=goals | 二、支持与辅助工作
为补上一年度工作的不足、完成本年度目标，近期要做好以下几项工作。
@H2 | （一）统一思想、明确责任
市场部计划于2011年12月11日~2011年12月30日组建完成。 2012年1月10日--2012年1月30日完成培训，内容如下： ①让市场部人员明确企业总体市场策略，统一认识； ②使市场人员摆脱事务性的办公室职能，真正承担战略规划、策略制定、市场调研、产品开发和促销支持等职能。
@I3 | ③树立以消费者需求为中心的市场开发意识，减少不必要的市场开发费用；重点做好媒体广告投放及重点市场促销活动支持。
@H2 | （二）驻点营销、贴近市场
从本年度起，市场人员分批、分阶段到各重点市场驻点，贴近市场推进拓展，驻点人员要完成以下工作：
@I3 | （1）通过全面的调研，发现市场机会点，并有针对性地拿出市场提升方案；
@I3 | （2）搜集竞争品牌产品和活动信息，捕获市场消费需求结合行业发展趋势提出新产品的开发思路；
@I3 | （3）指导市场做好终端标准化建设，推动市场健康稳定发展；
@I3 | （4）有针对性地制定并组织实施促销活动方案，对市场促销、费用及政策的使用情况进行核查与落实，发现情况及时予以上报处理。
@I3 | （5）及时、全面宣传贯彻公司政策，提升一
""",
    ),
]
