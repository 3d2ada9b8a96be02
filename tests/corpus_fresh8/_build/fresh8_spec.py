# -*- coding: utf-8 -*-
"""The eighth held-out fresh set: real Chinese work plans, schemes, activity
plans, a summary, a report and a speech written by NON-government bodies
(enterprises, a power-supply company, schools and colleges, a college
volunteer squad and student bodies, an association, a hospital), found as
stored public web pages with the `search` tool's `pages` corpus.  None of the
source pages is a source of shared/corpus-dev or tests/corpus_fresh ..
tests/corpus_fresh6.  HELD OUT: never tune an importer on these documents;
score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  download notices, site blurbs, collection titles, sample numbers) was
  dropped; debris that a user pasting from the page would get along (chunk
  markers, page markers, duplicated fragments) is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH8_DOCS = [
    # ------------------------------------------------------------- plans
    dict(
        name="fresh8_01_college_volunteer_squad_annual_plan",
        source="https://www.xiaomilidoc.com/p-12708419.html",
        doc_kind="plan", partial=True,
        notes=["A college art department's youth volunteer squad (青中队) plan for the term, one run-together block on a "
               "document-sharing site; split at the numbering markers and the month labels.",
               "二、常规工作： has three routine items numbered '1。' '2。' '3.' as on the page (text given by hand for the "
               "'1。' ones). 三、具体工作： is the schedule: the unnumbered month labels '9 月份的系列计划活动：' and "
               "'10 月份的系列计划活动：' (with the page's PDF spacing) are level-2 phases with the month as start. The page "
               "ends mid-word in the October paragraph."],
        units=["青中队", "艺术系学生会"],
        text="""\
@T | 义工工作年度计划书
青中队在系党支部和上级团组织的关心下逐步壮大，已成为校园志愿服务的一支生力军，是学校、社会和青年志愿者之间的桥梁；新学期将继续以“奉献、友爱、互助、进步”为准则开展志愿服务，本学期工作大体如下。
@H1 sec=guidance | 一、指导思想
依照学校的指导思想配合学校各项工作，响应校青年志愿者的号召，由艺术系志愿者组织活动，秉持“我付出，我欢乐”，服务人民和同学。
@H1 sec=goals alt=measures | 二、常规工作：
@I2 num=1。 text=1。每周一晚上~6:00~在二教参加学校艺术系学生会例会 | 1。每周一晚上 6:00 在二教参加学校艺术系学生会例会，听取上周工作总结和本周工作安排。
@I2 num=2。 text=2。每周二上午~11:30~按时召开青年志愿者中队的例会 | 2。每周二上午 11:30 按时召开青年志愿者中队的例会，总结前一周工作并报告本周计划；
@I2 | 3. 每月做好一次志愿者特色活动，开拓创新，争取学校和电视台报道。
@H1 sec=phases alt=goals | 三、具体工作：
在办好常规活动的基础上让更多同学参与进来，扩大影响，多收集志愿服务信息，活动安排如下：
@H2 phase=9~月份的系列计划活动;9~月份; | 9 月份的系列计划活动：
纳新是每年工作的重中之重：各部长按本部门职能招收有责任心、热爱志愿工作的同学，分初试、复试两个阶段，为期一周。
@H2 phase=10~月份的系列计划活动;10~月份; | 10 月份的系列计划活动：
带领 11 级新成员开展清扫校园、清理校
""",
    ),
    dict(
        name="fresh8_02_logistics_customer_service_plan",
        source="https://www.beiku.com/wuliu/article_70469.html",
        doc_kind="plan", partial=False,
        notes=["A logistics company's customer-service plan for the second half-year, the first sample of a collection page "
               "(collection title, blurb and the sample label '物流工作计划 篇1' dropped; the page title '物流工作计划' is the "
               "title). The sample is complete on the page (not partial).",
               "二、工作目标 and 三、要求 each have three '1、…' items (goals / requirements statements)."],
        units=[],
        text="""\
@T | 物流工作计划
@H1 sec=guidance | 一、指导思想
以公司下发的《xxxx文件》为依据，以“提高服务质量”为宗旨，以“客户满意度为标准”。
@H1 sec=goals | 二、工作目标
@I2 | 1、搞好员工岗前培训，端正服务态度，提高业务水平，重点抓普通话、微笑服务和文明用语培训。
@I2 | 2、深入开展客户满意度调查，通过信访、回访找出问题并整改，努力提高服务质量。
@I2 | 3、开设“党员先锋模范岗”，以党员的带头作用带动服务质量提升。
@H1 sec=requirements | 三、要求
@I2 | 1、全体员工按公司要求努力学习、提高标准和业务水平，把下半年客服工作推上新台阶。
@I2 | 2、每名员工要制定切实可行的下半年个人工作计划，并认真落实。
@I2 | 3、其它事宜由公司另行通知。
""",
    ),
    dict(
        name="fresh8_03_association_planning_department_plan",
        source="https://wddqw.com/doc/1b78d8b72b4ac850ad02de80d4d8d15abe230087.html",
        doc_kind="plan", partial=True,
        notes=["A student health association's activity-planning department plan for 2021, one run-together block on a "
               "document-sharing site (the download notice before the title dropped). The page marker and the repeated "
               "download notice inside a sentence, '第 1 页 共 3 页 本文格式为Word版，下载可任意编辑', are kept as debris "
               "glued to the end of the broken sentence.",
               "一、 部内制度 has three systems '1. …' (level 2) with '〔1〕' items. 二、部内活动 is the department's dated "
               "schedule: '1. 10.28 干事纳新〔6-8人〕' … '5. 11.1911.21 …' are level-2 phases with the dates as written "
               "(a single day is a start; the page lost the dash in '11.1911.21'); the fortnightly item 4 is undated and has two '第一环节' / '第二环节' parts (items, level 3). The "
               "odd quotation marks '\"会员风采大展'' are the page's. The page ends at a bare '协', dropped."],
        units=["活动策划部", "协会记录监察部"],
        text="""\
@T | 2021协会工作计划
为展现活动策划部的风采、让每位会员都能参与到每次活动中，本部从部内制度和部内活动两方面加以改进。
@H1 sec=measures alt=goals | 一、 部内制度
会员人数多、常有人不能按时参加活动，为此本部决定实行以下制度：
@H2 | 1. 干事、会员记分制〔细则后详〕
@H2 | 2. 小组制度
会员分成若干小组，各由一名干事任组长，负责上传下达；会员的意见和新创意可向组长反映，被采纳的给予加分。
@H2 | 3. 纪录监察制度
@I3 num=〔1〕 | 〔1〕实行部内积分制，年底评选优秀干事、优秀会员，细则后详。
@I3 num=〔2〕 | 〔2〕干事轮流记录部门会议、校内外活动和各组出勤；无故缺席一次扣一分，三次以上取消评优资格，五次以上与协会记录监察部协商开除；因组长未通知造成缺席的扣组长分。
@H1 sec=phases alt=goals | 二、部内活动
@H2 phase=干事纳新;10.28; | 1. 10.28 干事纳新〔6-8人〕
@H2 phase=部内会员见面会;10.30; | 2. 10.30 部内会员见面会 礼仪小组、文艺小组报名
@H2 phase=选拔礼仪小组、文艺小组成员;11.04; | 3. 11.04 选拔礼仪小组、文艺小组成员
@H2 | 4. 每两周部内举办"会员风采大展'活动，内容大致如下：
@I3 alt=other | 第一环节 会员多元化 多形式展示自己
@I3 alt=other | 第二环节为保健生活小常识、基本身体检查和民间偏方知识竞赛，两轮后按排名加分，累积到年底的积
第 1 页 共 3 页 本文格式为Word版，下载可任意编辑 分榜。
会员风采大展 初定时间 11.13、11.27、12.11
@H2 phase=继续开展"瓶换花'活动;11.19;11.21 | 5. 11.1911.21 继续开展"瓶换花'活动
活动：血压计培训、摆桌椅、按摩技能培训，走进敬老院、孤儿院等。
""",
    ),
    dict(
        name="fresh8_04_primary_school_parents_school_plan",
        source="https://www.boxueka.com/swwsxz/gongzuojihua/055m90v.html",
        doc_kind="plan", partial=True,
        notes=["An experimental primary school's plan for its parents' school (家长学校), the first sample of a template page "
               "(breadcrumb, byline, blurb and the sample label '…工作计划1' dropped).",
               "二、工作目标： has four run-in goals '1、规范完善家长学校各项制度，…。…' (level 2, task areas of the plan, text "
               "cut at the first '。'); the page ends inside the fourth."],
        units=[],
        text="""\
@T | 2021年实验小学家长学校工作计划
@H1 sec=guidance | 一、指导思想：
进入新世纪，教育面临更多挑战；家庭教育是现代教育的重要组成部分，只有科学管理、办好家长学校，提高家庭教育水平，加强家校联系，构建家庭、学校、社会一体化的教育体系，才能全面推进素质教育。
@H1 sec=goals | 二、工作目标：
@H2 | 1、规范完善家长学校各项制度，提高学校授课质量，加强家校联系，促进家校合作。拓展联系方式，继续推进“三位一体”教育网络研究。
@H2 | 2、通过开办家长学校，宣传《预防未成年人犯罪法》和《未成年人保护法》，使家长懂得抚养教育孩子健康成长，是父母义不容辞的责任。
@H2 | 3、使家长懂得国家全面发展的指导方针，对子女做好素质方面的培养。要摆正成材与成人的关系，树立先成人、育人先育德的家教思想。
@H2 | 4、指导家长掌握科学教子的方法。疼爱孩子要适度，把生活上的关爱和思想品德上的严格要求统一起来，不溺爱娇惯，并加强劳动教育，培养孩子吃苦耐劳、艰苦奋斗的
""",
    ),
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh8_05_hospital_quality_service_project_scheme",
        source="https://wenku.docs.qq.com/detail?docId=UXmPAISzM1",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A traditional-Chinese-medicine hospital's implementation scheme for its 'quality service project', from a "
               "document-sharing site; the site's description snippet (the title glued to the start of the text, cut off) "
               "was dropped. The visible part starts with the steps: the stages '第一阶段：动员部署阶段' … '第三阶段：组织实施阶段' "
               "are the top level (level 1, phases without dates).",
               "The second stage's tasks are numbered '1.' '2、' '3.' as on the page (items). The page ends at the bare third "
               "stage heading."],
        units=["领导小组办公室"],
        text="""\
@T | 中医院创优质服务工程实施方案
@H1 sec=phases phase=动员部署阶段;; | 第一阶段：动员部署阶段
召开两委会研究制定活动的具体实施方案，明确工作重点和活动安排，完成优质服务的组织、动员和准备工作。
@H1 sec=phases phase=宣传讨论阶段;; | 第二阶段：宣传讨论阶段
@I2 | 1.召开全院职工大会，进行开展“创医院优质服务工程”动员。
@I2 | 2、召开全院党、团员大会，号召党员在活动中做到“三个在前”：奉献在前、学习在前、贡献在前。
@I2 | 3.以科室为单位组织讨论，制定本科室的优质服务工程计划、目标和措施，征集“优秀治科名言”，开展“如果我是一位病人”换位思考等专题讨论；科室计划按时报领导小组办公室，作为考核督查内容。
@H1 sec=phases phase=组织实施阶段;; | 第三阶段：组织实施阶段
""",
    ),
    dict(
        name="fresh8_06_power_facility_protection_publicity_scheme",
        source="http://m.doczj.com/doc/489269420.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county power-supply company's scheme for the 2016 safety-month campaign on safe electricity use and the "
               "protection of power facilities (clearing trees and bamboo from protection zones), from a document-sharing "
               "site; breadcrumb and the repeated page title dropped. The document's own title runs over two lines.",
               "The leading-group roles '组长：' … are empty key-value lines (body). 三、时间安排 gives the overall period "
               "(optional). The page ends inside the first task '（一）…。' (run-in, text cut at the first '。')."],
        units=["安监部", "各供电所"],
        extra_phases=[dict(name="时间安排", start_text="2016年5月20日", end_text="2016年6月30日", at="2016年5月20日至")],
        text="""\
@T | 用电安全、电力设施保护暨2016年
@T | 安全月宣传活动方案
@H1 sec=guidance | 一、指导思想
坚持“安全第一、预防为主、综合治理”的方针，围绕2016年安全生产月“强化安全发展观念，提升全民安全素质”的主题，集中清除电力设施保护区内的树竹障碍并建立长效机制，打击保护区周边野蛮施工和违法施工，广泛宣传电力法规和安全用电常识，改善电力运行外部环境。
@H1 sec=responsibilities | 二、组织领导
公司成立电力设施保护和电力公共安全专项宣传、治理行动领导组，
组长：
副组长：
成员：
领导组下设办公室，设在安监部，由XXX任办公室主任，负责专项行动的日常工作。
@H1 sec=phases alt=other | 三、时间安排
2016年5月20日至2016年6月30日。
@H1 sec=goals alt=measures | 四、工作任务
@H2 | （一）全面清除电力设施保护区内竹木障碍。树竹障碍是影响供电可靠性的最大因素，此前专项行动虽清除了一部分，但进展不平衡，线路附近仍有大量竹木障碍。各供电所要把清障列入重要议事日程，分级负责、分片包干、责任到人，清理到树木倒伏也触不到电力设施的标准。所有清理工作必须
""",
    ),
    # ---------------------------------------------------- activity plans
    dict(
        name="fresh8_07_port_company_may_fourth_youth_activity",
        source="https://fanwen.aixue.net/a/640e9ed167f29e09de02fde3.html",
        doc_kind="activity_plan", partial=True,
        notes=["A port company's Communist Youth League plan for the May Fourth Youth Day series (the 'new harbour, new youth' "
               "campaign), from a template site. The title line carries the site's category prefix '青年节活动 ' as the page "
               "shows it.",
               "Headings 二、–四、 are short labels with value lines; 四、活动时间's masked period is optional. 五、 and 六、 "
               "have run-in '（一）…。…' points (level 2, text cut at the first '。'); the page ends inside 六、（一）."],
        units=["各团支部"],
        extra_phases=[dict(name="活动时间", start_text="20xx年4月", end_text="6月", at="20xx年4月-6月")],
        text="""\
@T | 青年节活动 五四青年节活动方案
@H1 sec=background alt=guidance | 一、活动意义
五四运动是伟大的反帝反封建运动和思想解放运动，其精神实质是民主与科学，至今仍是引领我们的力量；开展五四系列活动，对激励青年投身“新港湾、新青年”实践、推动港湾共青团科学发展意义重大。
@H1 sec=other | 二、活动主题
凝聚青春力量，展现青年风采
@H1 sec=other | 三、活动口号
我青春、我快乐
@H1 sec=phases alt=other | 四、活动时间
20xx年4月-6月
@H1 sec=goals alt=measures | 五、活动内容
@H2 | （一）弘扬五四精神，坚定理想信念。按“主题鲜明、重点突出、形式新颖、注重实效”的要求开展五四精神传承活动，以演讲比赛体现爱国、爱企业、重安全的主题，引导团员青年感恩企业、投身新港湾建设。
@H2 | （二）加强互动交流，展示青春风采。各级团组织要畅通与青年互动的渠道，倾听青年呼声，帮助解决思想和生活难题，并借助文体活动增强凝聚力和战斗力。
@H1 sec=requirements | 六、活动要求
@H2 | （一）加强领导，精心组织。五四期间是展示团的形象、推进团的工作的有利时机，各团支部要围绕活动主题认真组织，把活动与团建工作、青年分类引导和当前重点工作结合起来。
""",
    ),
    dict(
        name="fresh8_08_company_knowledge_contest_activity",
        source="https://m.163wenku.com/d-2245757.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="江西圆融综合知识竞赛活动方案",
        notes=["A chip manufacturer's plan for a staff knowledge contest, one run-together block on a document-sharing site. "
               "The site's chunk marker '1、' is glued before the title (title set by hand); '2、一队。…' and '3、的，…' start "
               "lines in the middle of a sentence (debris, unlabelled; check.py prints REVIEW for them). Personal surnames "
               "after the role labels were dropped.",
               "The role lines '（一）活动主要负责人：' … '（四）…' before 一、 are items (level 1, responsibilities). The store "
               "lost the breaks after '二、 比赛时间', '三、 比赛地点' and '四、 竞赛内容'; kept glued, heading text given by hand. "
               "二、's contest day is optional. 五、 活动实施流程 has four dated steps '（一）…：7月1日' … '（四）…：7月22日' "
               "(level 2, phases; a single day is a start). The page ends inside 六、 竞赛规则."],
        units=["竞赛仲裁委员会"],
        extra_phases=[dict(name="比赛时间", start_text="7月22日12:30", end_text="14:30", at="比赛时间7月22日")],
        text="""\
@T | 1、江西圆融综合知识竞赛活动方案
为增进员工对企业、行业和产品的了解，宣传江西圆融的企业文化，增长知识、增强凝聚力，公司拟举办一次综合知识竞赛，特制订本方案。
@I1 sec=responsibilities | （一）活动主要负责人：
@I1 sec=responsibilities | （二）竞赛主持人：
@I1 sec=responsibilities | （三）竞赛工作人员：计分：参赛队自主翻记分牌 计时： 现场环境和秩序维护： 道具准备、拍照：
@I1 sec=responsibilities | （四）竞赛仲裁委员会成员（评委）：所有部门负责人，题目有异议时做出裁决
@H1 sec=other | 一、 参赛对象及参赛形式
竞赛为团体赛，公司按部门分成5支参赛队：外延部一队，芯片部前段一队，芯片部后段一队，生产管理部和品保部合并组成一队，综合部、财务部、厂务部、采购部组成
2、一队。每队三名选手，自选一名领队，现场抽签排座次。
@H1 sec=phases alt=other text=二、~比赛时间 | 二、 比赛时间7月22日12:30-14:30
@H1 sec=other text=三、~比赛地点 | 三、 比赛地点公司大会议室
@H1 sec=goals alt=other text=四、~竞赛内容 | 四、 竞赛内容题目以产品知识、企业文化、公司规章制度和质量管理知识为主，帮助员工了解公司、行业、产品和质量；题库提前下发到各部门。
@H1 sec=phases | 五、 活动实施流程
@H2 phase=下发竞赛通知及参赛报名表、题库;7月1日; | （一）下发竞赛通知及参赛报名表、题库：7月1日
@H2 phase=采购竞赛用品及奖品，各部门上报参赛报名表;7月13日; | （二）采购竞赛用品及奖品，各部门上报参赛报名表：7月13日
@H2 phase=工作人员安排、布置竞赛会场;7月20日;21日 | （三）工作人员安排、布置竞赛会场：7月20日-21日
@H2 phase=开展知识竞赛活动;7月22日; | （四）开展知识竞赛活动：7月22日
知识竞赛具体流程：1、主持人介绍竞赛背景、目
3、的，介绍到场领导、评委及参赛队；2、领导致辞；3、竞赛开始；（每个环节完毕穿插观众互动答题）4、竞赛主持人宣布比赛结果，请领导颁奖；5、领导与参赛选手合影。
@H1 sec=requirements alt=other | 六、 竞赛规则
竞赛分个人必答题、团体必答题、抢答题、风险题、加赛题、互动答题五种形式，每个参赛队的基
""",
    ),
    dict(
        name="fresh8_09_hospital_nurses_day_activity",
        source="https://m.wenke99.com/p-4746317.html",
        doc_kind="activity_plan", partial=True,
        notes=["A hospital's plan for celebrating International Nurses' Day, the first sample of a collection page whose "
               "title line is the collection title '5.12护士节活动方案十二篇' (kept as the page shows it); the verse blurb "
               "glued after it and the sample number '（一）' were dropped. The page is one run-together block, split at the "
               "numbering markers; the stray 'l' after '如下' is the page's.",
               "一、活动背景：… is run in (text cut at the colon); 二、–五、 are 'label：value' lines, 三、's masked date is "
               "optional. 六、活动内容： lists the programme as items '（一）…' with '1、…' numbers whose brackets are "
               "unclosed on the page. The second sample starts after item （五） and is not represented."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="201xx年xx月xx日", end_text=None, at="三、活动时间")],
        text="""\
@T | 5.12护士节活动方案十二篇
@H1 sec=background | 一、活动背景：为庆祝“xx.12”国际护士节，弘扬南丁格尔救死扶伤的人道主义精神，激发护理人员全心全意为人民服务的热情，表彰护理岗位上的先进模范，加强护理队伍和精神文明建设，树立“以人为本”“细节服务”理念，经讨论决定在全院开展庆祝活动，具体方案制定如下l
@H1 sec=other | 二、活动主题：庆祝“xx.12”护士节，展示护士风采
@H1 sec=phases alt=other | 三、活动时间：201xx年xx月xx日（如时间变动，另行通知
@H1 sec=other | 四、活动地点：多功能报告厅
@H1 sec=other | 五、活动对象：全院护理人员
@H1 sec=goals alt=other | 六、活动内容：
@I2 | （一）领导致辞
@I2 | （二）表彰先进
@I2 | （三）特色护理汇报
@I2 | （四）文艺演出
@I3 | 1、微电影护士工作风采（主题曲：医护版三生三世
@I3 | 2、小品（洗手版小苹果
@I3 | 3、护理急救情景演示（心肺复苏找错
@I2 | （五）参观优质护理版面墙
""",
    ),
    dict(
        name="fresh8_10_college_law_department_debate_activity",
        source="http://hongweilanqiujulebu.com/bianlunsai/2651060.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college law and politics department's plan for a debate contest, the first sample of a collection page in "
               "traditional characters whose conversion left pinyin in brackets after some characters ('協(xié)會', "
               "'⿵(fù)賽'); the sample heading '辯論賽的策劃書1' is the only title line (collection title and blurb "
               "dropped). Bodies rewritten in traditional characters; the key-value line '承辦單位：…' keeps the page's "
               "artefacts.",
               "六、活動流程： has four dated rounds; the second and third lost their numbering to mojibake on the page "
               "('。ǘ⿵(fù)賽：4月30日…', '。ㄈ┌霙Q賽：5月3日…'), kept as they are (level 2, numbering none, text given "
               "by hand). The damaged times '下午:30' and the impossible deadline '4月0日' are the page's. 三、活動時間's "
               "single day is optional; 五、's registration deadline is not a phase. The page ends at a bare '3', dropped."],
        units=["政法系團委", "政法系法律協(xié)會", "學(xué)生會學(xué)習(xí)部", "記者團宣傳部"],
        extra_phases=[dict(name="活動時間", start_text="20xx年5月30日", end_text=None, at="三、活動時間")],
        text="""\
@T | 辯論賽的策劃書1
我校政法系在全國名列前茅，保持其先進性是學校的重點；為讓學生把法律知識用於實踐，政法系準備舉行辯論大賽，特制定如下策劃書：
@H1 sec=background | 一、活動背景：
我系思辯氛圍濃厚，多年來在教師職業技能賽的辯論賽中屢獲佳績；本次比賽力求乘勝弘揚我系辯論文化，豐富同學們的校園文化生活。
@H1 sec=other | 二、活動地點：博西五、六樓教室（具體地點安排將另行通知）
@H1 sec=phases alt=other | 三、活動時間：20xx年5月30日
@H1 sec=responsibilities | 四、主辦單位：政法系團委
承辦單位：政法系法律協(xié)會、學(xué)生會學(xué)習(xí)部
@H1 sec=other alt=phases | 五、報名截止日期：4月0日上午9:30活動室
@H1 sec=phases | 六、活動流程：（具體事項如有改動將另行通知）
@H2 phase=辯論資格賽;4月3日; | （一）辯論資格賽：4月3日下午:30
資格賽獲勝的隊伍於次日抽取複賽辯題。
@H2 num=none text=。ǘ⿵(fù)賽：4月30日下午:30 phase=複賽;4月30日; | 。ǘ⿵(fù)賽：4月30日下午:30
複賽獲勝的隊伍於次日抽取半決賽辯題。
@H2 num=none text=。ㄈ┌霙Q賽：5月3日晚上7:00 phase=半決賽;5月3日晚上7:00; | 。ㄈ┌霙Q賽：5月3日晚上7:00
半決賽獲勝的隊伍於次日抽取決賽辯題。
@H2 phase=決賽;5月8日下午3:00; | （四）決賽：5月8日下午3:00
@H1 sec=requirements alt=other | 七、活動宣傳：
@I2 | 1、及時做好本次辯論賽的工作總結，為今後舉辦類似活動積累經驗。
@I2 | 2、由記者團宣傳部製作宣傳海報、展板。
""",
    ),
    # --------------------------------------------------------- summary
    dict(
        name="fresh8_11_primary_school_young_pioneers_term_summary",
        source="http://www.qq94.com/fjx/PlOvI.html",
        doc_kind="summary", partial=True,
        notes=["A primary school Young Pioneers brigade's summary of the autumn 2011 term, one run-together block on a "
               "document-sharing site; the title keeps the page's damaged school-year tail '第一学期）（20112012第一学期）'.",
               "The only level-1 point '一、努力抓好队伍阵地建设，以环境促成长。' is followed by a duplicated fragment of itself "
               "from the PDF extraction (debris, unlabelled) and four run-in points '1、优化少先队结构设计。…' (level 2, text cut "
               "at the first '。'); the page ends inside the fourth."],
        units=["少先队大队部"],
        text="""\
@T | 小学2011年秋少先队工作总结第一学期）（20112012第一学期）
本学期少先队大队部在学校行政指导下，依靠全体辅导员和队员，以多样的活动拓宽队员的活动领域，发挥少先队组织的积极作用，工作稳步推进；现总结如下，以便今后取长补短。
@H1 sec=achievements | 一、努力抓好队伍阵地建设，以环境促成长。
努力抓好队伍阵地建设，努力抓好队伍阵地建设以环境促成长。
@H2 | 1、优化少先队结构设计。本学期大队部沿用大队辅导员统筹、大队长全面负责、大队委员执行的扁平结构，提高了工作效率；学期初小学部多数中队改选了中队委。
@H2 | 2、定期开展工作交流。建立大队委每周五工作例会制度，交流心得、培养小干部，及时解决工作中的难题。
@H2 | 3、开展阵地建设，丰富校园文化，展示全新面貌。在学校重视下组建了鼓号队，在运动会上首次亮相获得好评，还组建了校广播站和图书室，由专人负责管理。
@H2 | 4、通过举办“一年级新生入队仪式”，增强少先队组织力，培养学生健康向上、积极进取的精神。大队部利用10月13日建队日和元旦前夕举行新生入队仪式，150名新队员戴上红领巾，在大队辅导员的
""",
    ),
    # ---------------------------------------------------------- report
    dict(
        name="fresh8_12_central_primary_school_standard_school_report",
        source="http://www.tmdps.cn/a11/201905146/07b5fc093e09790a.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township central primary school's report to visiting leaders on its work towards the 'qualified school' "
               "standard, in traditional characters on a collection page (the collection line '第一篇:…' with the sample "
               "number dropped; the repeated title is the title line). Salutation and opening are body lines.",
               "Points 二、 to 五、 are lists of short '1、…；' statements (items); 三、 has two sub-headings '（一）開展的主要工作' "
               "and '（二）主要措施'. 二、項目建設進展情況 lists what is still unbuilt (achievements | problems | background). "
               "The page ends at the truncated item '2、認真學校《合', kept."],
        units=[],
        text="""\
@T | 三角塘鎮中心小學合格學校建設情況匯報
尊敬的各位領導：
在上級統一部署下，我校已全面進入合格學校建設階段，成立了組織機構、領導班子和資料整理小組，把創建作為當前的中心工作；現將具體情況匯報如下：
@H1 sec=background | 一、學校基本情況
我校是三角塘鎮中心學校管轄的中心小學，位於三角塘鎮石嶺村，下設一所村聯校；總部有教師30人、教學班12個、學生429人，佔地15000平方米，綠化3000平方米，建築3000平方米。2002年曾被評為衡陽市園林式單位和示範性學校，但現有設備設施已陳舊老化，佈局和綠化不太合理。
@H1 sec=achievements alt=problems,background | 二、項目建設進展情況
@I2 | 1、集食堂及功能室于一體的綜合樓尚未興建；
@I2 | 2、學生廁所未興建；
@I2 | 3、運動場沒有整理維修；
@I2 | 4、學校綠化還需進一步建設；
@I2 | 5、各功能室還不夠完善。
@H1 sec=achievements alt=measures | 三、已開展的主要工作及措施
@H2 | （一）開展的主要工作
@I3 | 1、學校校園文化建設得到加強；
@I3 | 2、學校食堂重新建設和維修；
@I3 | 3、電教儀器和圖書室管理工作正在完善；
@I3 | 4、各項功能室不斷佈置；
@I3 | 5、各種軟件資料整理歸檔入盒；
@I3 | 6、爭取上級資金的支持。
@H2 sec=measures alt=achievements | （二）主要措施
@I3 | 1、成立領導機構，配齊班子成員；
@I3 | 2、逐項排查，安排到人；
@I3 | 3、保證時間，利用雙休日到校整理軟件資料；
@I3 | 4、保證經費，優先保證合格化學校建設的資金；
@I3 | 5、保證紀律，各人負責的任務按質按時完成。
@H1 sec=problems | 四、目前存在的主要困難和問題
@I2 | 1、綜合樓項目還沒有啟動，各功能室不能配備齊全；
@I2 | 2、需要建設的零散工程較多，經費得不到保證；
@I2 | 3、專業技術人才較少，工作難以開展。
@H1 sec=next_steps | 五、工作打算
@I2 | 1、繼續努力，全力以赴，爭取合格化學校建設一舉通過；
@I2 | 2、認真學校《合
""",
    ),
    # ---------------------------------------------------------- speech
    dict(
        name="fresh8_13_staff_safety_meeting_speech",
        source="https://360docs.net/doc/2516331799.html",
        doc_kind="speech", partial=True,
        notes=["An employee's speech at a company safety production meeting, the first of three on a document-sharing page "
               "whose only title is the collection title '员工安全生产大会发言稿（3篇）' (kept as the title line; the site's "
               "page title and '合集下载' dropped, and the sample label '第1篇' glued before '大家好！' dropped). The "
               "salutation and the opening paragraphs are body lines.",
               "The store lost the break after the first point: '一、安全生产的重要性1. 保障员工生命安全。' is one line "
               "(level 1, heading text given by hand; the glued '1.' is not labelled). The sub-points '2. 提高企业效益。' … "
               "'4. 落实社会责任。' stand alone (level 2). The page ends mid-sentence."],
        units=[],
        text="""\
@T | 员工安全生产大会发言稿（3篇）
大家好！今天召开安全生产大会，目的是增强全体员工的安全意识，保持公司安全生产形势稳定；我很荣幸代表全体员工发言。
感谢长期关心支持安全生产的各位领导为我们创造了良好的安全环境，也感谢同事们过去一年为安全生产付出的努力。
安全生产重于泰山，是企业发展的基石和效益的保障，更关系到每位员工的生命安全，我们必须时刻绷紧这根弦。下面我从几个方面谈谈安全生产的重要性以及如何做好安全生产工作。
@H1 sec=requirements alt=guidance,measures text=一、安全生产的重要性 | 一、安全生产的重要性1. 保障员工生命安全。
工作中可能遇到高空作业、电气设备、化学品等各种隐患，只有做好安全生产才能保证员工的生命安全。
@H2 | 2. 提高企业效益。
安全生产有保障，企业才能正常生产、取得效益；一旦出事故，就会带来巨大的经济损失。
@H2 | 3. 树立企业形象。
良好的安全业绩能提升企业的竞争力、赢得客户信任，事故则损害企业形象和长远发展。
@H2 | 4. 落实社会责任。
安全生产是企业履行社会责任的重要体现，作为社会的一份子，企业有责任为员工提供安全的
""",
    ),
]
