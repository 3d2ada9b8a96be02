# -*- coding: utf-8 -*-
"""The fifty-sixth held-out fresh set: a RANDOM SAMPLE of the genre.  For each of
seventeen varied queries (工作计划, 工作要点, 实施方案, 活动方案, 工作总结,
述职 / 工作汇报, 讲话稿; writers schools, townships, hospitals, companies,
party branches, county bureaus) the FIRST usable result of the `search`
tool's `pages` corpus was taken (log in notes_queries.txt), not the page that
looked easiest.  Ten documents: a primary school's work plan, a county's
public-hospital reform scheme, a town government's work report, a company's
team-building activity plan, a village party branch's summary, a county
agriculture bureau's summary, a county education bureau head's speech, a
middle school's May Fourth activity plan, a principal's duty report (述职)
and a health bureau's TCM work points (工作要点).  None of the source pages
is a source of an earlier set (list: /work/fresh56/_excl_all.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (posting lines,
  site blurbs and 导语, collection tables of contents, sample numbers) was
  dropped; site debris a user would paste along (a docs-sharing chunk
  marker, a download watermark, a page marker glued into a line) was kept
  and never labelled.
- Heading, title and value lines keep the source's numbering and wording.
  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, quoted slogans and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH56_DOCS = [
    dict(
        name="fresh56_01_primary_school_2019_work_plan",
        source="https://m.wenke99.com/p-12194662.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's annual work plan, the first sample ('【篇一】') of a docs-sharing page; the store ran the "
               "page into one block, split here at the heading boundaries. The site's chunk marker '精选优质文档-倾情为你奉上', "
               "glued before the title in the store, is kept as its own first line (debris, not labelled, not a title line). "
               "The site's 【导语】 blurb and the sample number 【篇一】 were dropped.",
               "一、指导思想 (guidance) holds a county-level text ('XX年全县教育工作的总体要求是：…') the school copied; kept "
               "as body. 二、总体目标 (goals); the page ends inside its body ('…教育教学质')."],
        units=[],
        text="""\
精选优质文档-倾情为你奉上
@T | 小学学校2019年度工作计划
@H1 sec=guidance | 一、指导思想
XX年是实施“十二五”规划承上启下的一年，也是党的十八大召开之年和教育大投入、大发展之年。XX年全县教育工作的总体要求是：以邓小平理论和“三个代表”重要思想为指导，落实科学发展观和县委、县政府关于中长期教育规划纲要的实施意见，优先发展教育、全面实施素质教育，以提高质量为核心、促进公平为目的，围绕“保安全、强素质、提质量、出特色、促公平”的思路推动教育科学发展，以优异成绩迎接党的十八大召开。
@H1 sec=goals | 二、总体目标
以德育为灵魂、教研为龙头、创新教育为抓手，确保我校小学教育教学质
""",
    ),
    dict(
        name="fresh56_02_county_public_hospital_reform_scheme",
        source="http://m.huaxiashiwen.com/xiezuo/gongwen/744043.html",
        doc_kind="scheme", partial=True,
        notes=["A county's (多伦县, named in the body) scheme for public-hospital reform, revised under a region's and a "
               "league's notices whose titles and document numbers (内政办发〔2017〕103号, 锡署办发〔2017〕155号) are kept. "
               "The site's summary sentence before the title ('到2017年，初步建立…') was dropped as a site blurb.",
               "一、改革目标 is goals (guidance accepted: it opens with '以…为指导'); the figures and the year 2017 inside it are "
               "targets, not phases. 二、优化县内医疗资源配置 is a task area (goals, measures accepted); its run-in "
               "'（一）明确县级公立医院功能定位。…' is level 2. The page ends inside （一） ('…县中医').",
               "No responsible unit is named in the visible part (县人民医院 and 县中医院 are objects of the task), so units "
               "is empty."],
        units=[],
        text="""\
@T | 2017县级公立医院改革实施方案
根据《内蒙古自治区人民政府办公厅关于印发自治区全面推开旗县级公立医院综合改革实施方案的通知》（内政办发〔2017〕103号）和《锡林郭勒盟行政公署关于印发锡林郭勒盟全面推开旗县级公立医院综合改革实施方案的通知》（锡署办发〔2017〕155号）精神，结合我县公立医院改革现状，修订本方案。
@H1 sec=goals alt=guidance | 一、改革目标
以党的十八大和十八届三中、四中、五中全会精神为指导，落实自治区“8337”发展思路和盟、县关于提升医疗质量和服务能力三年行动计划，坚持公立医院公益性，落实政府领导、保障、管理、监督责任，发挥市场机制作用，推进管理体制、运行机制、服务价格、人事薪酬、医保支付等综合改革。2017年基本建立现代医院管理制度，县域服务体系更加完善，基本实现大病不出县，县域内就诊率力争达到90%左右。
@H1 sec=goals alt=measures | 二、优化县内医疗资源配置
@H2 | （一）明确县级公立医院功能定位。依据《全国医疗卫生服务体系规划纲要》和自治区、盟的配置标准与规划，编制《多伦县医疗卫生服务体系规划》，合理确定县域医疗卫生机构的数量、布局、功能、规模和标准，重点办好县人民医院、县中医
""",
    ),
    dict(
        name="fresh56_03_town_government_work_report",
        source="https://m.wnwk.com/doc/2136615.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's annual work report to the town people's congress (2023年白鹤镇政府工作报告), the first "
               "report of a docs-sharing compilation 'XX镇2023年政府工作报告汇编(35篇)'. The compilation title, its table of "
               "contents (35 numbered report titles) and the site's chunk markers inside it were dropped; the document starts "
               "at the report's own title. The store ran title, salutation and opening together; split here.",
               "'各位代表：' is a salutation (not labelled). One heading is visible: 一、2022年工作回顾 (achievements); the page "
               "ends inside its body ('…在克难攻')."],
        units=["白鹤镇人民政府"],
        text="""\
@T | 2023年白鹤镇政府工作报告
各位代表：
现在，我代表白鹤镇人民政府向大会报告政府工作，请予审议，并请列席人员提出意见。
@H1 sec=achievements | 一、2022年工作回顾
过去一年极具挑战、极不容易。面对经济下行和疫情防控的双重压力，我们以习近平新时代中国特色社会主义思想为指导，落实党中央、国务院部署和省市县要求，在县委、县政府和镇党委领导下、在镇人大支持监督下，依靠全镇人民，在深化改革中披荆斩棘，在克难攻
""",
    ),
    dict(
        name="fresh56_04_company_spring_teambuilding_activity_plan",
        source="https://youshantuanjian.com/article/48479.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=False,
        notes=["A company's plan for a spring team-building trip to a resort in 鄂尔多斯, from a team-building firm's site. "
               "The stored text has no title line (title null) and runs from the opening to a closing '总之，…' paragraph, so "
               "it is taken as complete (partial false).",
               "一、活动时间 (phases, other accepted) states the overall time '3月上旬的周末', two days and one night: an "
               "optional overall period with a start only. 二、活动地点 other; 三、活动内容 goals (measures accepted); "
               "四、总结与反思 is a follow-up step after the trip (other, measures accepted). The closing '总之，…' line is body."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="3月上旬", end_text=None, at="3月上旬的周末", optional=True),
        ],
        text="""\
为加强团队交流、增强凝聚力、提高员工积极性和工作效率，公司决定春季组织一次鄂尔多斯团建活动，经多方研究制定如下方案。
@H1 sec=phases alt=other | 一、活动时间
定在3月上旬的周末，此时春季刚至、气候宜人。活动为两天一夜，既让员工放松身心，又留出时间交流并完成团队任务。
@H1 sec=other | 二、活动地点
选在内蒙古自治区鄂尔多斯市的某度假村，环境优美、空气清新，可体验草原文化，并有骑马、射箭、野外烤肉等户外项目。
@H1 sec=goals alt=measures | 三、活动内容
活动包括团队游戏和自由交流两部分：游戏环节设趣味拔河、翻板挑战、团队足球等合作项目；交流环节安排一次晚宴；另留自由活动时间，让员工享受度假村的设施和自然风光。
@H1 sec=other alt=measures | 四、总结与反思
活动结束后组织员工总结反思，认识自己和团队的不足，并在互助中加以改进。
总之，这次团建既有乐趣也有挑战，相信能增进员工友谊和配合能力，推动公司更好发展。
""",
    ),
    dict(
        name="fresh56_05_village_party_branch_summary",
        source="http://m.tkpao.com/gongzuozongjie/dangtuangongzuozongjie/20150702/69183.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A village party branch's annual summary ('一年来，我村党支部…'), early 2000s (十五大, “三个代表” 学习教育活动, "
               "“五送融情”). The stored text has no title line (title null).",
               "一、把握契机，… (achievements) holds two stand-alone level-2 headings '1、加强班子建设，解决“有人管事”的问题。' "
               "and '2、发展壮大集体经济实力，解决“有钱办事”问题。' (ending in 。, text cut there). The page ends after the "
               "first words of the second one's body ('我村是革命老区')."],
        units=["村党支部"],
        text="""\
一年来，我村党支部在上级党委领导下，贯彻党的十五大和十六届三中、五中全会精神，扎实开展“五送融情”活动；今春以来又在村班子和党员中有计划、有步骤地开展“三个代表”重要思想学习教育活动，把它作为开创党建新局面的机遇抓紧抓好，形成了围绕经济抓党建、抓好党建促经济的局面。
@H1 sec=achievements | 一、把握契机，努力开创我村村级组织建设工作
我们把学习教育活动与“五送融情”活动、与以党支部为核心的村级组织建设结合起来，围绕调整农业结构、增加农民收入这条主线，提高村干部素质，增强支部凝聚力和战斗力，为建成小康村提供组织保证。
@H2 | 1、加强班子建设，解决“有人管事”的问题。
村支部书记由市里下派，一年来清正廉洁、公道正派，带领群众完成上级下达的“乡统筹、村提留”等任务；支部还从种植反季节蔬菜的能人和村企业骨干中选拔年轻有文化的人员入党、进班子，今年新入党1名，入党积极分子4人。
@H2 | 2、发展壮大集体经济实力，解决“有钱办事”问题。
我村是革命老区
""",
    ),
    dict(
        name="fresh56_06_county_agriculture_bureau_summary",
        source="https://gongwensou.com/nongye/14989.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county agriculture and rural affairs bureau's 2020 summary and 2021 plan; only the summary part is visible. "
               "The site's title, posting line ('公文搜 2021-07-12 …') and description blurb were dropped; the body itself starts "
               "with the title typed twice, kept as two title lines (title given once). The store ran the body into one "
               "block, split here at the headings.",
               "一、2020年工作总结 (achievements) holds four run-in level-2 headings '（一）积极调整农业产业结构。…'; the "
               "'一是…二是…三是' inside （二） are not labelled. Output figures are not phases. The page ends inside （四） "
               "('…定期监督抽')."],
        units=["县农业农村局"],
        title_override="县农业农村局2020年工作总结暨2021年工作打算",
        text="""\
@T | 县农业农村局2020年工作总结暨2021年工作打算
@T | 县农业农村局2020年工作总结暨2021年工作打算
@H1 sec=achievements | 一、2020年工作总结
@H2 | （一）积极调整农业产业结构。在稳住粮食、畜禽、蔬菜等传统产业的同时，围绕“一谷一带一廊一园”目标发展“一柚两桃”、“稻渔综合种养”、有机茶叶等特色产业。全年粮食播面67.14万亩、总产30.67万吨；油菜播面20.3万亩；绿色蔬菜播面11.5万亩、产量24.5万吨；生猪出栏26.13万头、存栏9.15万头；牛羊出栏6.94万头、存栏5.09万头；水产品1.78万吨。新增富民产业13042亩，其中果业9542亩、有机茶叶2000亩、稻渔综合种养1200亩、特色中药300亩。
@H2 | （二）创新科技促进农业发展。一是对接中央引导地方科技项目，果业推广井冈蜜柚高接换种1500亩、果实套袋45万个，茶叶引进5个优质新品种和2条微波杀青生产线；二是建成果园、茶园肥水一体化灌溉1400余亩；三是推广农机新技术新机具，全年机耕52.6万亩、机收41.4万亩，机耕水平97.5%、机收水平98%。
@H2 | （三）培育新型经营主体引导品牌创建。全县有龙头企业22家（省级2家），农民合作社769个（新增6个），家庭农场472家（新增8家）；引导经营主体申报“三品一标”，有效期内保有量28个，新增7个。
@H2 | （四）努力加强农产品安全监管。舌尖安全大于天，定期监督抽
""",
    ),
    dict(
        name="fresh56_07_county_education_bureau_term_opening_speech",
        source="https://www.xiezuofangchengshi.com/doc/89625.html",
        doc_kind="speech", partial=True,
        notes=["A county education bureau head's speech at the county's autumn-term opening meeting (2025). The store ran "
               "title, salutation and opening together; split here. '同志们：' and '大家上午好！' are salutation lines, "
               "'下面，我讲几点意见。' a lead-in (none labelled). 'XX局长' is the source's mask.",
               "First point '一、肯定成绩，“五张答卷”精彩纷呈' reviews the past school year: achievements (requirements "
               "accepted, the usual kind of a speech's points). Its run-in '（一）高考中考成绩取得新突破。…' is level 2; the "
               "masks '*人', '*%' are kept. The page ends there ('…较去年提高', followed by the site's '...', dropped)."],
        units=[],
        text="""\
@T | 县教育局局长在2025年秋季学期开学工作会议上讲话
同志们：
大家上午好！
今天召开全县教育系统2025年秋季开学工作会议，任务是总结上学年工作、研判形势、部署新学期和下一阶段重点工作，这既是新学期的动员令，也是全年工作的再部署，要动员全县教育系统干部职工提振精神、真抓实干，推动我县教育高质量发展。
刚才，XX局长等对分管的开学工作作了安排，我都同意，请抓好落实。
下面，我讲几点意见。
@H1 sec=achievements alt=requirements | 一、肯定成绩，“五张答卷”精彩纷呈
过去一学年，全县教育系统砥砺奋进、开拓创新，在县委、县政府领导和市教育局及社会各界支持下，坚守初心、扎实工作，各项工作取得新进展、新突破。
@H2 | （一）高考中考成绩取得新突破。今年高考我县一本上线*人，上线率达到*%，较去年提高
""",
    ),
    dict(
        name="fresh56_08_middle_school_may_fourth_activity_plan",
        source="https://www.fanwen112.com/fanwen/470849.html",
        doc_kind="activity_plan", partial=True,
        notes=["A middle school's (文绮中学, named in an item) plan for the 91st anniversary of the May Fourth Movement; the "
               "overall time reads '2012年4月-5月' in the source and is kept. The site's posting line was dropped.",
               "一、活动主题 other (its value line '青春·欢乐·责任' is body); 二、活动时间 phases (other accepted) with its value "
               "'2012年4月-5月' as an optional overall period; 三、活动内容 goals (measures accepted) holds four sub-activities "
               "（一）…（四） (level 2) whose 1、2、… lines are key-value or task lines, labelled items at level 3.",
               "The 评选时间 / 征集时间 lines '4月23日――4月27日' are the time windows of single sub-activities and are given "
               "as optional phases; '5月4日中午' (时间 of the auction) is an event time inside an item, not a phase. The page "
               "ends at the first words of （四）'s first item ('1、参加对'), kept as a bare item."],
        units=["校团委", "初二、初三各支部"],
        extra_phases=[
            dict(name="活动时间", start_text="2012年4月", end_text="5月", at="2012年4月-5月", optional=True),
            dict(name="评选时间", start_text="4月23日", end_text="4月27日", at="4、评选时间", optional=True),
            dict(name="征集时间", start_text="4月23日", end_text="4月27日", at="4、征集时间", optional=True),
        ],
        text="""\
@T | 中学纪念五四运动91周年活动方案
今年是五四运动91周年。开展系列纪念活动，对引导团员青年继承五四光荣传统、明确历史使命、投身和谐校园建设意义重大。现将活动方案拟定如下：
@H1 sec=other | 一、活动主题
青春·欢乐·责任
@H1 sec=phases alt=other | 二、活动时间
2012年4月-5月
@H1 sec=goals alt=measures | 三、活动内容
@H2 | （一）“我最敬佩的团员”评选活动
@I3 | 1、参加对象：初一――初三年级全体同学
@I3 | 2、投票人：初一全体同学、初二、初三全体非团员
@I3 | 3、评选方法：同学们填写《“我最敬佩的团员”调查表》推选本校团员，校团委按投票结果评出文绮中学“最具影响力的十大团员”，五四青年节统一表彰，并通过宣传栏、网站、广播、校报、团刊宣传其事迹。
@I3 | 4、评选时间：4月23日――4月27日
@H2 | （二）“我做校长小参谋”校园建设金点子征集活动
@I3 | 1、参加对象：初二、初三年级全体团员
@I3 | 2、征集内容：结合自己的观察，对学校建设发展提出可操作的意见建议，填写《“我做校长小参谋”校园建设“金点子”方案征集表》。
@I3 | 3、评选与表彰：校领导评比全部方案，五四青年节统一表彰。
@I3 | 4、征集时间：4月23日――4月27日
@H2 | （三）“激情五四欢乐拍拍”爱心拍卖活动
@I3 | 1、参加对象：全校同学
@I3 | 2、主办：初二、初三各支部，以支部为单位组织义拍或义卖。
@I3 | 3、参与：中预、初一年级学生
@I3 | 4、地点：教学大楼外、操场边
@I3 | 5、时间：5月4日中午
@I3 | 6、拍得的钱款全部由校团委设立爱心基金，一对一扶助困难学生
@H2 | （四）“同享一片蓝天共迎欢乐世博”与华星小学联谊活动
@I3 | 1、参加对
""",
    ),
    dict(
        name="fresh56_09_principal_duty_report",
        source="https://m.wenke99.com/p-5787263.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A school principal's duty report (述职报告) from a docs-sharing page; the store ran it into one block, split "
               "here at the title, the lead-in and the section label. Two title lines, each ending in the source's ASCII "
               "'.' ('关于小学校长的述职报告.' the page's, '关于学校校长的述职报告.' the document's own): the label takes the "
               "document's own title without the dot; both are title lines.",
               "The only visible heading is the unnumbered section label '感悟篇' (level 1): the principal's reflections on the "
               "school's situation when he took office; kind background (other, achievements accepted). Masks 'xx年', 'LX学校' "
               "are kept. The page ends inside an unclosed quotation ('…区政府“关于LX学校校舍改造问题的办公协调会')."],
        units=["LX学校"],
        title_override="关于学校校长的述职报告",
        text="""\
@T | 关于小学校长的述职报告.
@T | 关于学校校长的述职报告.
光阴荏苒，xx年即将过去。回顾一年的学校管理，在梳理中找不足、找增长点，既是理性思考和自我加压，也是接受领导指导、同仁关心的机会。下面按要求分几个方面汇报我的工作。
@H1 sec=background alt=other,achievements | 感悟篇
“山穷水尽疑无路，柳暗花明又一村”，这句诗最能概括我自xx年4月2日担任LX学校校长以来的体会。
初到学校，走访老师，我看到的是不利于师生的周边环境、正在流失的青年骨干教师和逐年下滑的生源，根子在西门老街建设迟缓、旧校舍迟迟得不到改造。这所曾多次飞出“金凤凰”的学校已难留住“金凤凰”，交通不便和校舍陈旧成了制约发展的“瓶颈”，这个问题解决了，其他问题才能迎刃而解。
如今校舍改造步伐加快，在上级关怀和师生呼吁下，LX几代人的愿望定格在xx年10月13日区政府“关于LX学校校舍改造问题的办公协调会
""",
    ),
    dict(
        name="fresh56_10_health_bureau_tcm_work_points",
        source="https://www.xiaomilidoc.com/p-9089388.html",
        doc_kind="plan", partial=True,
        notes=["A city health bureau's traditional-Chinese-medicine work points (工作要点; the city's counties 椒江区, 玉环县, "
               "天台县, 仙居县 are named), the first part of a docs-sharing compilation. Two title lines: the compilation's "
               "'卫生局中医药工作要点与卫生局为民办实事工作总结汇编' and the document's own '卫生局中医药工作要点' (the label "
               "takes the latter). The site's watermark '下载后可任意编辑', glued before the compilation title in the store, is "
               "kept as its own first line (debris, not labelled); its second occurrence, with the page marker '第1页共9页', "
               "is glued inside the line of 三、 as the store shows it (never labelled).",
               "All three headings run straight into their bodies without punctuation ('…服务能力建设开展第三轮…', '…医疗质量一要…', "
               "'…“三进”工程巩固…'): heading texts set by hand. The '一要…二要…' inside 二、 are not labelled. Task areas of "
               "a plan: goals (measures accepted). The page's conversion substitutions (技术法律规范, 制造良好的工作条件, "
               "沟通分享, 仔细抓好) are in body text, which is rewritten. The page ends inside 三、 ('…中医药适宜技术推广')."],
        units=["卫生局"],
        title_override="卫生局中医药工作要点",
        text="""\
下载后可任意编辑
@T | 卫生局中医药工作要点与卫生局为民办实事工作总结汇编
@T | 卫生局中医药工作要点
@H1 sec=goals alt=measures text=一、全力抓好中医医院等级评审工作，着力提高中医院服务能力建设 | 一、全力抓好中医医院等级评审工作，着力提高中医院服务能力建设开展第三轮中医医院等级评审，继续加强现有公立中医医疗机构建设：今年全市4家二级甲等中医医院接受省局等级复评，年底启动二级乙等中医医院和二级甲等中医专科医院评审；重点建设3所第一批省级中医名院和3个省级综合医院示范中医科，加强“名医馆”和名中医工作室建设，以“三名”建设提升中医药核心竞争力。
@H1 sec=goals alt=measures text=二、加强中医质控建设，进一步提高中医医疗质量 | 二、加强中医质控建设，进一步提高中医医疗质量一要推动中医单病种临床路径管理，实施单病种拓展计划，二级甲等以上（含二甲）中医医院在已开展的10~15个单病种基础上，再遴选推广若干疗效确切、技术规范的中医（中西医结合）单病种，强化质量控制；二要继续建好4个中医质控中心，组织专家修订标准，形成中医院之间帮扶交流、共同提高医疗质量的机制。
@H1 sec=goals alt=measures text=三、以创建示范单位为载体，全面推动中医药“三进”工程 | 三、以创建示范单位为载体，全面推动中医药“三进”工程巩固我市农村中医药工作先进单位创建成果，做好椒江区全国基层中医药工作先进单位期满复核，推进玉环县创建省级农村中医工作先进县；抓好第二批省基层中医药适宜技术示范基地市第1页共9页下载后可任意编辑中医院适宜技术推广应用建设，争取天台县中医院、仙居县中医院列入国家XX年基层常见病、多发病中医药适宜技术推广
""",
    ),
]
