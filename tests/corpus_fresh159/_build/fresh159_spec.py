# -*- coding: utf-8 -*-
"""The 159th held-out fresh set: PLANS, SCHEMES AND ACTIVITY PLANS of
hospitals and a health centre, a factory unit, an oilfield unit, a hotel,
property-management companies and a company union (质量月 / 安全生产月
activity plans, training plans, a workshop skills contest, a fire drill,
staff games) with 目标 / 组织领导 / 步骤 or 活动安排 / 要求 parts.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, spec, used_sources.tsv and exclusion
list under /work/main/tests/, /work/fresh*/ and /work/wt-lead/tests/ when
the set was built).  HELD OUT: never tune an importer on these documents;
score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text (times such as 9:20 keep their colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, slogans and masking are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH159_DOCS = [
    dict(
        name="fresh159_01_hospital_medical_quality_month_scheme",
        source="https://www.360docs.net/doc/4f9901466.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A hospital's 医疗质量月活动实施方案, the first of three samples on a document-sharing page. The page title "
               "('医疗质量安全月活动实施方案'), '合集下载' and the collection title '医疗质量月活动实施方案(3篇)' (shown twice) were "
               "dropped; the sample's own title was glued to its first sentence in the store and is split off as the "
               "title line.",
               "Line 3 is a fragment as in the store (the sentence before it lost its end): '…“三好一满意”活动。' kept as "
               "its own body line, rewritten.",
               "Headings glued to their bodies without punctuation ('一、指导思想和目的以…', '二、活动目标通过开展…', "
               "'四、活动内容和安排本次…'): texts set by hand to the heading part.",
               "'三、___领导' keeps the site's masking of a word (组织) and is glued to '成立…领导小组：'; text set by hand. "
               "The run-together '组长:院长副组长:副院长成员:各科室负责人四、活动内容…' was split into three key-value "
               "body lines and the 四、 line.",
               "'一)、' in the store (opening bracket lost) is restored to '一）、' and kept damaged; its numbering style is "
               "'none' (the class a scorer can derive from the literal). It is glued to the first step '1、___月___号下午…', "
               "whose 1、 is a marker in the middle of a line and not labelled.",
               "四、活动内容和安排 is goals with phases accepted (content and schedule in one part). The masked overall "
               "month '___月份' and the masked date of the mobilisation meeting '___月___号' are optional phases.",
               "Names of the vice-president who chairs the meeting and of the president were dropped. The page ends "
               "mid-word ('各科室负责人应高度重'); the last line ends on the same fragment."],
        units=["“医疗安全月”活动领导小组"],
        extra_phases=[
            dict(name="活动时间", start_text="___月份", end_text=None, at="集中在___月份", optional=True),
            dict(name="宣传及动员", start_text="___月___号", end_text=None, at="1、___月___号", optional=True),
        ],
        text="""\
@T | 医疗质量月活动实施方案
医疗质量和医疗安全是医疗卫生工作始终不变的主题，也是医院的生命线。为强化管理、充实内涵、改善服务、提高质量、保障安全，满足群众多层次的就医需求，
结合“医院管理年”和“三好一满意”活动。
我院从实际出发制定本方案，对医疗质量和医疗安全开展集中整治、重点提升。
@H1 sec=guidance alt=goals text=一、指导思想和目的 | 一、指导思想和目的以医疗质量和医疗安全管理为主题、科学发展观为指导，按照“标本兼治、重在治本”的原则和“突出重点、集中治理、健全机制、持续改进”的思路，把本次活动作为“医院管理年”和“三好一满意”活动的重点，通过学习制度、查找薄弱环节，健全长效机制，保障患者权益和医疗安全，推动医疗服务质量和管理水平持续改进。
@H1 sec=goals text=二、活动目标 | 二、活动目标通过开展“医疗质量安全月”活动，重点加强医疗质量和安全管理，增强安全意识，提升服务质量和抗菌药物临床合理使用水平。
进一步规范医务人员诊疗行为，增强依法执业意识，严格合理用药；针对医疗质量的突出问题标本兼治，构建和谐医患关系，推动质量持续改进。
@H1 sec=responsibilities text=三、___领导 | 三、___领导成立“医疗安全月”活动领导小组：
组长：院长
副组长：副院长
成员：各科室负责人
@H1 sec=goals alt=phases text=四、活动内容和安排 | 四、活动内容和安排本次活动集中在___月份开展。
@H2 sec=goals alt=phases num=一）、 text=一）、“医疗安全月”活动的宣传及动员 | 一）、“医疗安全月”活动的宣传及动员1、___月___号下午召开“医疗质量安全月”动员大会，由分管副院长主持、院长作重要报告，各科室负责人参加。
各科室负责人务必高度重
""",
    ),
    dict(
        name="fresh159_02_health_centre_safety_month_plan",
        source="https://yiyuan.7en.cn/viewhtml/2014-10-19/fid31279.asp",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A township health centre's (卫生院) 2013 安全生产月活动方案, shown as a members-only preview: one run-together "
               "block after '范文预览：'. The page title is the document's title line; the site lines ('点击查看：3分钟在线开通"
               "会员…', '其他相关文章：最新增加文章：') were dropped.",
               "The block was split into lines at the boundaries the text shows: addressee '各科室：', the lead-in, and each "
               "heading on its own line before its body (in the store every heading ran straight into its body: "
               "'一、指导思想坚持…', '二、总体目标无各类…').",
               "Document number '大溪卫〔2013〕16号' kept. The preview stops after '四、具体活动内容根据县卫': 四、 is kept as a "
               "bare heading (goals, measures accepted) and the fragment as the last body line.",
               "二、总体目标 is goals (a zero-accident target). No phases: the preview ends before any schedule. Units are "
               "the two leading groups the text names; 县卫生局 only issues instructions and is not listed."],
        units=["安全生产领导小组", "安全生产年活动领导小组"],
        text="""\
@T | 卫生院安全生产月活动方案
各科室：
按照县卫生局安全会议的精神，为营造人人关注安全、个个珍惜生命的氛围，构建安全生产工作格局，结合本院实际，制定2013年安全生产月活动方案：
@H1 sec=guidance | 一、指导思想
以科学发展观为统领、继续开展安全生产年活动为主线，按县卫生局统一部署落实安全生产工作会议精神，深入排查治理安全隐患，深化安全生产三项行动和三项建设，保持卫生系统安全生产形势稳定。
@H1 sec=goals | 二、总体目标
不发生人员伤亡事故，不发生火灾和设备事故，杜绝重特大医疗事故。
@H1 sec=responsibilities | 三、组织领导
按大溪卫〔2013〕16号文件《安全生产目标管理及考核细则的通知》的要求，全院要加强对本次活动的组织领导。
院安全生产领导小组负责全院活动的组织领导；各职能科室的安全生产年活动领导小组负责本科室活动的督查和落实，对分管范围内的安全生产负责。
@H1 sec=goals alt=measures | 四、具体活动内容
依据县卫
""",
    ),
    dict(
        name="fresh159_03_hospital_resident_training_plan",
        source="https://xiexiebang.com/a3/201905123/67c0ce3d4a79c6a0.html",
        doc_kind="plan", partial=True,
        notes=["A hospital's (中医) 2013年住院医师培训计划, the first sample of a collection page; the site's sample line "
               "'第一篇:2013 年住院医师培训计划(推荐)' was dropped, the document's own title line kept.",
               "三、培训目标 holds a goal sentence, the lead-in '具体要求如下：' (not labelled) and four requirement items "
               "1、–4、. Item 1 starts with a short label and a space ('1、政治思想 热爱祖国…'): text set by hand to "
               "'1、政治思想'.",
               "A page number of the source PDF is glued to the start of the next line ('1的医德医风。'): the sentence is "
               "broken over two lines as in the store; the '1' is debris, not numbering, and is not labelled.",
               "'四、培训阶段培训分二个阶段。' keeps the heading glued to its body (text set by hand); in the store the first "
               "stage ran on in the same line, here it starts its own line ('第一阶段：…', level 2, text by hand). The page "
               "ends mid-word in that stage; 第一阶段 is a phase without dates (start and end null).",
               "二、培训对象 is other; its two items state who is trained. No units are named (the plan speaks of 我院 "
               "and 医院)."],
        units=[],
        text="""\
@T | 2013年住院医师培训计划
住院医师培训是成长为合格医师必经的阶段。为提高培训质量、完善制度、加强管理，做好临床住院医师的毕业后医学教育，我院总结开展培训以来的做法，制定本计划。
@H1 sec=guidance | 一、指导思想
鼓励青年医师勤学苦练、尽早成才，理论联系实践，提高临床技能和诊治水平，学习新理论、新技术、新方法，重视医德医风，使其在思想、职业道德、临床技术、医学理论、科研教学和组织管理等方面全面提高，成为医德高尚、技术过硬的专业骨干。
@H1 sec=other | 二、培训对象
@I2 | 1、医学院校本科毕业的住院医师，自参加临床工作第一年起纳入培训。
@I2 | 2、由其他单位调入的医师，经医院考核后按实际业务水平参加相应年限的培训。
@H1 sec=goals | 三、培训目标
经过培训，住院医师应全面胜任中医住院医师岗位，达到中医专业技术人员任职条件规定的主治中医师水平。
具体要求如下：
@I2 text=1、政治思想 | 1、政治思想 热爱祖国、医院、病人和本职工作，遵纪守法，执行国家和医院的各项法规制度，具有良好
1的医德医风。
@I2 | 2、具有较强的法律意识，尊重病人依法就医的各项权利。
@I2 | 3、掌握本学科的基础理论，熟悉相关学科理论，知识系统，了解国内外本学科新进展并用于指导工作。
@I2 | 4、临床经验较丰富，临床思维能力较强，能较熟练地运用本学科的临床技能。
@H1 sec=phases text=四、培训阶段 | 四、培训阶段培训共分两个阶段。
@H2 text=第一阶段 phase=第一阶段;; | 第一阶段：在各主要科室轮转，从事临床医疗工作，接受全面系统的临床工
""",
    ),
    dict(
        name="fresh159_04_oilfield_unit_safety_month_plan",
        source="https://www.shwhmap.com/content/8aa19c17.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=False,
        notes=["The first of 14 samples on a collection page ('安全生产月活动计划方案(模板14篇)'): an oilfield unit's plan "
               "issued under document '油水健安环委发[20××]8号'. Collection title, author line, blurb and the second sample "
               "('安全生产月活动计划', a community's plan) were dropped; the sample's own title line is kept.",
               "The site dropped every numbered top-level heading of the plan (活动时间, 领导小组, 活动内容, 活动要求): the "
               "text goes straight from the lead-in to the period '20××年6月1日至30日。', the empty key-value lines "
               "'组长：' '副组长：' '组员：', six content items （1）–（6） and three requirement points 1、–3、. With their "
               "parents absent, all of these are level 1 with level 2 accepted.",
               "（1）–（6） are items (goals, measures accepted). '1、加强领导、精心组织。' and '2、全员参与、注重实效。' are "
               "run-in sentence headings (requirements); '3、将活动总结于6月24日前上报安全科。' is an item (a task); its date "
               "is a deadline, not a phase.",
               "The period '20××年6月1日至30日' is an optional phase (a body line). A stray backtick inside item （5） "
               "('危化品拉运的`安全规定') is site debris kept as the page has it.",
               "The sample is shown whole (its end is followed by the next sample), so partial is false; only the site's loss of its headings makes it look cut. The lead-in's line break after '8号文件：' is kept (the notice's title starts the next line, without book-title marks, as in the store). Units: 安全科, "
               "which receives the summary."],
        units=["安全科"],
        extra_phases=[
            dict(name="活动时间", start_text="20××年6月1日", end_text="30日", at="20××年6月1日至30日", optional=True),
        ],
        text="""\
@T | 开展安全生产月活动计划
为落实油水健安环委发[20××]8号文件：
关于开展20××年“安全生产月”活动的通知的精神，本单位据此制定20××年“安全生产月”活动方案如下：
20××年6月1日至30日。
组长：
副组长：
组员：
@I1 sec=goals alt=measures lvlalt=2 | （1）利用板报形式，宣传安全生产法律、法规、安全生产知识、夏季“十防”。
@I1 sec=goals alt=measures lvlalt=2 | （2）上传安全经验分享材料。
@I1 sec=goals alt=measures lvlalt=2 | （3）开展以夏季“十防”为内容的安全检查活动。
@I1 sec=goals alt=measures lvlalt=2 | （4）加强安全用电管理，避免电器事故发生。
@I1 sec=goals alt=measures lvlalt=2 | （5）加强对危化品拉运车辆的安全管理，严格执行危化品拉运的`安全规定。
@I1 sec=goals alt=measures lvlalt=2 | （6）进行应急处置培训演练。
@H1 sec=requirements alt=measures lvlalt=2 | 1、加强领导、精心组织。按公司的活动安排认真组织，保证活动取得实效。
@H1 sec=requirements alt=measures lvlalt=2 | 2、全员参与、注重实效。广泛发动职工参加，讲求实际效果。
@I1 sec=requirements lvlalt=2 | 3、将活动总结于6月24日前上报安全科。
""",
    ),
    dict(
        name="fresh159_05_pharma_workshop_skills_contest_plan",
        source="https://www.congmiao.com/fangan/390933.html",
        doc_kind="activity_plan", partial=True,
        notes=["A packing workshop's skills contest ('“争先创优、争当一流”岗位技能竞赛') run by 河源市康宁医药生物科技有限公司 "
               "with 东源县总工会. The page title '车间技能比赛方案' is the title line; the site's blurb was dropped.",
               "Every numbered heading stands alone, most ending in '：' with the value on the next line (一、 to 六、, "
               "八、 to 十、); 七、比赛内容 has no colon. Value lines (slogan, organisers, date, place, participants) are "
               "body lines.",
               "三、活动时间 '20xx年7月xx日' is an optional phase (phases, other accepted). 六、目的 is goals (guidance "
               "accepted); 八、评选标准 other (requirements accepted); the contest rules 1、–5、 and contents 1、–4、 are "
               "items.",
               "'九、评：' is truncated in the source (评委); kept as written, responsibilities (other accepted). Its line of "
               "three judges' names was replaced by a rewritten line without names.",
               "The unnumbered last line '备注：参赛人数较多…进行下一' is a label：body heading (requirements, other accepted), "
               "text set by hand to '备注'; the page ends mid-sentence."],
        units=["河源市康宁医药生物科技有限公司", "东源县总工会"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年7月xx日", end_text=None, at="20xx年7月xx日", optional=True),
        ],
        text="""\
@T | 车间技能比赛方案
@H1 sec=other | 一、主题：
“争先创优、争当一流”岗位技能竞赛
@H1 sec=responsibilities | 二、组织部门：
河源市康宁医药生物科技有限公司、东源县总工会
@H1 sec=phases alt=other | 三、活动时间：
20xx年7月xx日
@H1 sec=other | 四、比赛地点：
外包车间
@H1 sec=other | 五、参赛人员：
外包全体员工
@H1 sec=goals alt=guidance | 六、目的：
为全面完成公司各项经营指标，调动员工的积极性和创造性，用岗位技能竞赛带动班组比学赶超、提升班组管理；检验全员对本岗位操作要领、设备性能和安全规范的掌握情况，让员工展示才智，变伯乐相马为赛场选马。
@H1 sec=goals alt=other | 七、比赛内容
@I2 | 1、包装以个人为单位技能竞赛；
@I2 | 2、技能以公司作业指导书和技术规范为标准；
@I2 | 3、相同工作的内容，相同评价标准；
@I2 | 4、限定工作时间，经过评定，排列出先后顺序。
@H1 sec=other alt=requirements | 八、评选标准：
@I2 | 1、以包装为比赛项目，1小时内包装数量最多者获胜，不良品不计入合格数量。
@I2 | 2、参赛人员须提前10分钟入场、对号入座，迟到5分钟或未到按弃权处理。
@I2 | 3、以公平公正为原则，比赛使用的工具、产品与车间日常生产相同。
@I2 | 4、比赛产量计入参赛员工当天产量，不影响计件工资和考勤。
@I2 | 5、为保质保量，员工自检不合格的产品不计入比赛合格产量。
@H1 sec=responsibilities alt=other | 九、评：
评委三人。
@H1 sec=other | 十、奖励政策：
第一名奖金500元，第二名300元，第三名200元；前二十名另得纪念品一份。
@H1 sec=requirements alt=other text=备注 | 备注：报名人数较多时先进行初赛，选出20名员工进入下一
""",
    ),
    dict(
        name="fresh159_06_hotel_fire_training_drill_plan",
        source="https://jingyanben.com/bangongwenmi/116357.html?page=5",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Page 5 of a collection of hotel emergency plans ('最新酒店应急预案'): the tail of the fourth sample, a hotel's "
               "fire-safety training with a surprise evacuation drill. The page starts inside the timetable and ends "
               "before the fifth sample ('最新酒店应急预案5', a separate drill plan), which was dropped. No title line; "
               "title null.",
               "The four timetable rows ('9:20―11:00消防理论知识培训', with the source's ― dash) are body lines and optional "
               "phases (clock-time slots of a one-day programme); their heading (and the first slot) is on the previous "
               "page.",
               "'3、步骤：a酒店总经理在培训前作动员讲话；' carries the heading and the first step on one line: text set by "
               "hand to '3、步骤'. Its parent (五、) is on the previous page: level 2 with level 1 accepted, phases. Steps "
               "b–k are bare letters without punctuation: items, numbering literal 'b'…'k', style none (as in other "
               "sets), level 3 with 2 accepted.",
               "六、需配合部门 lists six departments with their tasks (items, responsibilities). The list deadline '6月19日"
               "12:00时前' inside item 1、 is a deadline, not a phase. Step k keeps the source's slip '已书面形式'.",
               "Step and assignment lines are kept as written (programme rows), with full-width punctuation restored."],
        units=["保卫部", "人力资源部", "消防维管单位", "客房部", "餐饮部"],
        extra_phases=[
            dict(name="消防理论知识培训", start_text="9:20", end_text="11:00", at="9:20―11:00", optional=True),
            dict(name="消防疏散演习", start_text="11:00", end_text="11:10", at="11:00―11:10", optional=True),
            dict(name="疏散后的总结", start_text="11:10", end_text="11:30", at="11:10―11:30", optional=True),
            dict(name="总经理总结讲话", start_text="11:30", end_text="11:40", at="11:30―11:40", optional=True),
        ],
        text="""\
9:20―11:00消防理论知识培训
11:00―11:10消防疏散演习
11:10―11:30疏散后的总结
11:30―11:40总经理总结讲话，演习结束
@H2 sec=phases lvlalt=1 text=3、步骤 | 3、步骤：a酒店总经理在培训前作动员讲话；
@I3 num=b lvlalt=2 | b由安全培训员作消防理论培训；
@I3 num=c lvlalt=2 | c培训结束时在演播厅门口施放烟雾引起报警（被培训人员不知道情况下），启动消防设施；
@I3 num=d lvlalt=2 | d酒店义务消防队到场，与宴会厅服务人员一同对被培训人员进行疏散；
@I3 num=e lvlalt=2 | e义务消防员同时对宴会厅，各办公室人员进行疏散；
@I3 num=f lvlalt=2 | f保卫部检查人员对现场进行检查并作记录，找出疏散后不足的地方（如未关煤气、油阀门等）；
@I3 num=g lvlalt=2 | g所有人员在酒店后庭院集合点集合；
@I3 num=h lvlalt=2 | h各部门按照签到表清点人数；
@I3 num=i lvlalt=2 | i保卫部经理按照记录内容进行点评；
@I3 num=j lvlalt=2 | j由总经理作总结讲话，演习结束；
@I3 num=k lvlalt=2 | k形成书面报告递交总经理，对不足之处已书面形式告之各部门。
@H1 sec=responsibilities | 六、需配合部门：
@I2 | 1、人力资源部：培训器材的准备及人员通知、动员、现场留档（参加培训的人员名单请在6月19日12:00时前交保卫部）；
@I2 | 2、消防维管单位：确保设备的正常运行；
@I2 | 3、客房部：湿毛巾、矿泉水；
@I2 | 4、餐饮部：义务消防员疏散的配合；
@I2 | 5、酒店总机、AM、值班工程师、酒店医生；
@I2 | 6、酒店其他各部门。
""",
    ),
    dict(
        name="fresh159_07_property_centre_fun_games_plan",
        source="https://m.wenke99.com/p-11994213.html",
        doc_kind="activity_plan", partial=True,
        notes=["A property-management company's service centre (河南万祥物业管理服务有限公司万祥世家服务中心) plans an "
               "afternoon of fun games for staff and residents. The store shows one run-together block; it was split at "
               "the headings and numbered points. The sharing site's chunk marker '精选优质文档-倾情为你奉上' before the "
               "title is kept as debris and never labelled.",
               "Headings '一、 目的：' and '二、 活动时间：' keep the space after 、 (三、 to 七、 have none) and the space after "
               "some colons, as in the store. 二、 to 五、 are 'label：value；' lines; their texts follow the automatic cut "
               "(the value stays in the text where it is short).",
               "活动时间 '2012年8月26日下午4:006:00' keeps the lost dash between the clock times; it is an optional phase "
               "starting 2012年8月26日 (phases, other accepted).",
               "六、活动意义 is background (goals accepted); its four points are items. 七、前期准备 is measures (other "
               "accepted); '1、 队伍组建：…' is a level-2 heading and the department head counts follow as a body line; "
               "the page ends inside that list."],
        units=["万祥世家服务中心"],
        extra_phases=[
            dict(name="活动时间", start_text="2012年8月26日", end_text=None, at="2012年8月26日下午", optional=True),
        ],
        text="""\
精选优质文档-倾情为你奉上
@T | 河南万祥物业管理服务有限公司万祥世家服务中心趣味活动赛策划方案
@H1 sec=goals alt=guidance | 一、 目的：给万祥世家服务中心的员工和业主搭建交流平台，增进彼此感情和了解，提升团队协作精神，拉近心与心的距离。
@H1 sec=phases alt=other | 二、 活动时间： 2012年8月26日下午4:006:00；
@H1 sec=other | 三、活动地点： 小区篮球场；
@H1 sec=responsibilities | 四、主办单位：万祥世家服务中心；
@H1 sec=other | 五、活动对象：万祥世家全体员工及业主；
@H1 sec=background alt=goals | 六、活动意义
@I2 | 1、 丰富大家工作之余的生活，缓解工作压力。员工工作紧张需要放松，运动会也能吸引更多业主参加有益的活动。
@I2 | 2、促进世家员工和业主的交流。万祥世家是一个和谐的大家庭，每个成员都应从中感到快乐。
@I2 | 3、锻炼团队的协作精神，让大家在运动会中体会到个人再强也胜不过团队。
@I2 | 4、促进文化的交流，提高心理素质，培养合作精神，追求卓越，完善自我。
@H1 sec=measures alt=other | 七、前期准备
@H2 | 1、 队伍组建：本次活动由万祥世家服务中心组织。
参加人员：客服部3人；工程部3人；环境部9人；秩序部12人；
""",
    ),
    dict(
        name="fresh159_08_property_company_training_plan",
        source="https://bwwdw.com/article/ap15.html",
        doc_kind="plan", partial=True,
        notes=["A property company's 2016年度培训计划 drawn up by its 品质部, the first of two plans on a document page "
               "('物业培训计划(二份)'); the page's title, update line and download notice were dropped.",
               "In the store the headings 一、 and 二、 sat at the end of the preceding paragraph after a space, and 三、 with "
               "'1、培训职责：' at the start of a flattened table; they were split onto their own lines.",
               "二、培训原则 (guidance) holds label：body principles as level-2 headings. The first one is broken over two "
               "lines as in the store ('…统一部署、' / '统一考核、分散实施；'); the second line is a continuation, not "
               "labelled. Three principles share one line ('及时原则：…； 绩效原则：…； 持续原则：…。'): only the first is "
               "labelled, the other two are markers in the middle of a line. Texts of the short principle lines set by "
               "hand to the label.",
               "三、培训体系和制度 is measures (responsibilities, other accepted); '1、培训职责：' is responsibilities. The "
               "three-column table that followed (部门 / 职责 / 依据) arrived with its cells interleaved and was left out: "
               "the document ends on the bare heading."],
        units=["品质部"],
        text="""\
@T | 2016年度培训计划
按照物业公司对2016年培训工作的部署和要求，品质部广泛征求各项目、各部门的意见和需求后，结合公司实际和发展需要制订了物业公司2016年年度培训计划，请各项目、各部门参照执行。
@H1 sec=goals | 一、培训目标
通过培训提升物业公司品牌形象，统一服务标准，增强员工服务意识和操作技能，提高员工综合素质和公司整体管理服务水平，实现公司健康、可持续、领先发展。
@H1 sec=guidance | 二、培训原则
@H2 | 统一原则：立足公司总体部署和管理要求，做到统一计划、统一组织、统一部署、
统一考核、分散实施；
@H2 text=实效原则 | 实效原则：讲求实效，理论联系实际；
@H2 text=及时原则 | 及时原则：按公司和项目的需要，及时开发、安排相应培训； 绩效原则：实行积分制，与绩效挂钩； 持续原则：各项培训都要持续跟进。
@H1 sec=measures alt=responsibilities,other | 三、培训体系和制度
@H2 sec=responsibilities | 1、培训职责：
""",
    ),
    dict(
        name="fresh159_09_company_union_may_day_games_plan",
        source="https://mip.jinchutou.com/shtml/view-260735996.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company union's May Day fun games (the teams are a property or construction company's 项目组 and 公司领导组). "
               "The store shows one run-together block after the site's preview lines ('资源预览内容', '第1页 / 共2页', "
               "'亲,该文档总共2页…'), which were dropped; split at headings and points.",
               "一、简介 (background, other accepted) holds the rules of entry and key-value lines '召开时间：…' '召开地点：…'; "
               "the time '2022年5月1日上午九点至下午五点' is an optional phase starting 2022年5月1日.",
               "The team list and the staff lines named a person for each team and task; names were dropped and the lines "
               "rewritten (six teams kept by name).",
               "二、趣味运动会运动项目 is other (goals accepted). Points 1、–4、 are 'event：rules' lines, level-2 headings "
               "(automatic cut at the colon); point 5、 is a statement, an item.",
               "三、奖品 is other; the page ends mid-sentence ('请各位工会小组长将参赛')."],
        units=["工会"],
        extra_phases=[
            dict(name="召开时间", start_text="2022年5月1日", end_text=None, at="召开时间：2022年5月1日", optional=True),
        ],
        text="""\
@T | 2022五一劳动节工会主题活动方案
@H1 sec=background alt=other | 一、简介
本次工会活动为庆祝五一劳动节的趣味运动会，以工会小组为单位组织公司职工参加，每人参赛项目不超过两项。
各工会小组负责人须在周二中午下班前把本组参赛职工名单和项目报到工会。
召开时间：2022年5月1日上午九点至下午五点。
召开地点：茶陵县体委。
具体小组：江东家园项目组、地王国际项目组、丽家湾项目组、药监局项目组、公司领导组、工会代表组，每组设负责人一名。
工作人员为各位工会委员，考勤、统计、礼品发放和裁判工作均由专人负责。
@H1 sec=other alt=goals | 二、趣味运动会运动项目
@H2 | 1、乒乓球投篮：每个工会小组派4名职工参赛，每人5个球，在5米外投进塑料垃圾桶，按4人投中总数评出一、二、三名。
@H2 | 2、足球射门：每个工会小组派3名职工参赛，每人5次机会，射门距离约半个篮球场长，按3人进球总数评出一、二、三名。
@H2 | 3、踢毽子：每个工会小组派3名职工参赛，不限时间，按每人一次连续踢的个数合计评出一、二、三名。
@H2 | 4、跳绳比赛：每个工会小组派4名职工参赛，两人摇绳、两人跳，可同时也可先后，裁判计数，每组两次机会取多的一次，评出一、二、三名。
@I2 | 5、除参赛职工外，其他职工也须到场，由工会和各工会小组长共同考勤。
@H1 sec=other | 三、奖品
参赛职工每参加一项可领一份奖品，按各工会小组上报的名单和项目发放。
请各位工会小组长将参赛
""",
    ),
]
