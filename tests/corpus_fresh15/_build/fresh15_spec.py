# -*- coding: utf-8 -*-
"""The fifteenth held-out fresh set: real Chinese work summaries, work plans and
implementation schemes with many section headings, by writers the earlier sets
lack or barely have: a street office's summary and another's plan, a district
statistics bureau, a (district/county) water bureau, a county land-resources
bureau, the trade-union committee of a city Youth League committee, a district
federation of trade unions, two township women's federations, a county's
women's-work survey, a county health authority (village clinics), a county
court, a district state tax bureau and a county bureau renovating farmers'
markets.
Found as stored public web pages with the `search` tool's `pages` corpus.  None
of the source pages is a source of shared/corpus-dev or tests/corpus_fresh ..
tests/corpus_fresh13.  HELD OUT: never tune an importer on these documents;
score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  dates, metadata tables, collection blurbs and tables of contents, sample
  numbers, download notices) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation (including site artefacts: a heading glued to its body, spaces
  of PDF text in a title, a space after '1.').  The store keeps NFKC-normalised
  text, so full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source (XX, X, xx, __) are kept.  Personal names were dropped.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH15_DOCS = [
    dict(
        name="fresh15_01_subdistrict_office_annual_summary",
        source="http://www.qiantang.gov.cn/art/2023/1/12/art_1229609183_4133255.html",
        doc_kind="summary", partial=True,
        notes=["白杨街道 (Qiantang district, Hangzhou) summary of 2022 published on the district government site; the "
               "posting line '发布日期：… 信息来源：白杨街道' was dropped.",
               "一、2022年工作成效 is the achievements part; its four points 1.-4. are run-in headings ('1.从严从紧抓好"
               "新冠疫情防控。有效应对…'), cut at the first '。'. The 2023 part (工作思路) is not visible: the page ends in "
               "point 4 mid-word ('宿舍微'), kept as the fragment."],
        units=[],
        text="""\
@T | 白杨街道2022年工作总结及2023年工作思路
2022年，白杨街道在区委、区政府领导下依靠党员群众推进各项工作，着力建设“美好白杨家”，经济社会和民生事业保持健康发展。
@H1 sec=achievements | 一、2022年工作成效
@H2 | 1.从严从紧抓好新冠疫情防控。先后应对3·5上城疫情和4·18、8·16、10·8钱塘疫情，累计排查居民17.34万人、管控5.79万人、集中隔离1.07万人；4月26日起开展常态化核酸检测，储备采样人员1521名，设采样屋45个；为3228家场所赋码并督促“凡进必查”，60岁以上老人全程接种率达89.23%。
@H2 | 2.稳扎稳打抓好经济产业发展。1-11月财政总收入18.35亿元，增长28.69%；一般公共预算收入9.05亿元，增长25.08%；固定资产投资67.07亿元，增长51.8%。街道领导上门招商57次，引进企业42家，签约重点税源企业8家，挖潜税收7400余万元；“千名干部助千企”走访企业300余家次，办招聘会7场，提供岗位2600余个。
@H2 | 3.破题破局抓好现代社区建设。召开现代社区建设动员会，试点小区资金监管“两强化两提升”和小区重大事项“五议两公开”，出台微网格员（楼道长）、业委会、物业“最美”评选文件；推进5个标段亚运环境提升，改造白洋桥美食休闲园，完成北银、裕园2个老旧小区改造，华顺公寓、东海未名园等3个小区在改，沿江路段新增停车泊位350余个。
@H2 | 4.全力以赴抓好共富样板创建。围绕邻里社区新时代技术工人共富样板，已完成219间宿舍微
""",
    ),
    dict(
        name="fresh15_02_district_trade_union_annual_plan",
        source="https://m.kt250.com/fanwen/ghgongzuojihua/1805013.html",
        doc_kind="plan", partial=True,
        notes=["First sample of a collection page '工会工作计划7篇' (blurb and sample number '篇1' dropped); the sample "
               "heading is the title line. The writer is a district federation of trade unions (区总工会, 北仑区).",
               "The lead-in '明年全区工会工作的总体要求是：…' is guidance in content but a sentence, not a label, and is left "
               "unlabelled; the site's keyword '明年工会工作计划。' glued to its end is kept. The six 一、-六、 points are the "
               "plan's tasks (measures, goals accepted). 一、 is glued to its body without punctuation ('…组织体制区总工会将…'), "
               "so its text is set by hand; 二、, 三、 and 六、 run on after a comma and are cut by hand; 四、 and 五、 stand "
               "alone. After 六、 the page runs straight into the next sample (a court union's plan, '一、充分发挥工会作用，"
               "切实关心干警…'), which is not part of this document and was dropped."],
        units=["区总工会"],
        text="""\
@T | 工会工作计划
明年全区工会工作的总体要求：以党的十七大精神和科学发展观为指导，落实市总十三大会议意见，以构建和谐社会为主题，树立中国特色社会主义工会维权观，打响“工人先锋号”创建品牌，加强机关事业工会建设，动员职工投身经济建设，推动我区经济又好又快发展，明年工会工作计划。
@H1 sec=measures alt=goals text=一、根据区委意见调整工会中层机构组织体制 | 一、根据区委意见调整工会中层机构组织体制区总工会将视情况撤销部分工会工作委员会，扩大部分街道、局工会的管辖范围，使工会管理更有效、组织布局更合理。
@H1 sec=measures alt=goals text=二、进一步增强基层工会活力 | 二、进一步增强基层工会活力，组建区域化村联合工会、行业工会和园区工会，发挥“小三级”工会作用，并配备专职工会干部，让工会工作沉到基层。
@H1 sec=measures alt=goals text=三、加强机关事业工会工作 | 三、加强机关事业工会工作，创建“学习型、创新型”工会，动员机关干部参加健康文明的活动，立足本职求发展、讲实效、保本色。
@H1 sec=measures alt=goals | 四、打响“工人先锋号”创建活动品牌。
@H1 sec=measures alt=goals | 五、在全区企业工会中开展“劳动关系和谐企业”创建活动。
@H1 sec=measures alt=goals text=六、成立北仑区劳动关系调解委员会 | 六、成立北仑区劳动关系调解委员会，劳动、司法、法院等单位集中办公，尽快化解职工与企业的劳动纠纷，至少不让矛盾激化。
""",
    ),
    dict(
        name="fresh15_03_county_village_clinic_construction_scheme",
        source="https://www.wenmi123.com/article/105616.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county's (我县; the county health bureau 县卫生局 checks and accepts the clinics) scheme for building a "
               "clinic in every village, posted 2008 on a 文秘 site; the page header repeats the title and a column/"
               "download line, dropped, and the document-name line is the single title line.",
               "Five 一、-五、 headings with a colon ('一、指导思想：'). 三、建设标准 (the standard each clinic must meet) "
               "is labelled goals, with requirements and other accepted. Under 四、实施步骤 the five （一）-（五） steps "
               "are run-in headings and deadline-only phases ('2007年5月底前…' -> end '2007年5月底'); the target date "
               "'2007年底' in 二、 is not a phase. The page ends inside the first point of 五、保障措施, a statement "
               "('（一）消灭卫生室空白村是…的一项重要内'), labelled as an item."],
        units=["各乡镇", "县卫生局"],
        text="""\
@T | 村卫生室建设实施方案
为加强村卫生室建设、健全村级卫生机构、完善县乡村三级卫生服务网络，基本消除没有卫生室的空白村，依据省、市加强村卫生室建设的要求，制定本方案：
@H1 sec=guidance | 一、指导思想：
以“三个代表”重要思想和省委、省政府《关于进一步加强农村卫生工作的决定》为指导，以村卫生室建设为基础，统一认识，消灭空白村卫生室，为群众提供价廉、方便、安全、优质的基本医疗和公共卫生服务。
@H1 sec=goals | 二、目标任务：
坚持合理配置、精心设计、循序渐进、因地制宜，力争2007年底前按县政府新批复的行政区划把卫生室建到位，实现村村有卫生室。
@H1 sec=goals alt=requirements,other | 三、建设标准：
执行湖北省村卫生室建设标准，做到人员、房屋、基本医疗设施和培训“四到位”。
@H1 sec=phases | 四、实施步骤：
@H2 phase=制定空白村卫生室建设方案;;2007年5月底 | （一）2007年5月底前各乡镇制定空白村卫生室建设方案，并向所在乡镇政府和卫生局上报；
@H2 phase=新建村卫生室房屋建设和人员配置培训;;2007年6月底 | （二）2007年6月底前做好新建村卫生室房屋的建设，人员的配置和培训工作；
@H2 phase=新建卫生室准备到位并申报;;2007年10月底 | （三）2007年10月底前新建卫生室的各项工作全部准备到位，并向县卫生局申报；
@H2 phase=考核验收并办理证件;;2007年11月底 | （四）2007年11月底前县卫生局组成专班对新建卫生室进行考核验收并办理相关证件；
@H2 phase=书面汇报并接受考核检查;;2007年12月底 | （五）2007年12月底前将我县消灭卫生室空白村工作情况向县委、政府和市卫生局书面汇报，接受考核检查。
@H1 sec=measures | 五、保障措施：
@I2 | （一）消灭卫生室空白村是提高人民群众生活水平、构建和谐社会，推进新农村建设，保障人民群众身体健康的一项重要内
""",
    ),
    dict(
        name="fresh15_04_district_statistics_bureau_annual_summary",
        source="http://www.shangdangqu.gov.cn/czxgk/zfxxgk/bmxxgk/zcbm/chnltjj/chnl1147/202111/t20211129_2420516.html",
        doc_kind="summary", partial=True,
        notes=["长治市上党区统计局 summary of 2020 on the district's information-disclosure site. The page shows the "
               "document name only in its metadata table ('标题：长治市上党区统计局2020年工作总结暨2021年工作计划'); that name "
               "is kept as the title line, the rest of the table and the navigation were dropped.",
               "一、主要指标完成情况 (indicator results) and 二、2020年工作完成情况 are both achievements. Under （一）精心筹划，"
               "做好第七次人口普查 the points '一是加强领导，建立健全组织机构。…' and '二是广泛宣传，…' are line-initial "
               "run-in headings (level 3), cut at the first '。'. The 2021 plan is not visible; the page ends in 二是 "
               "mid-word ('人口普'). The name of the deputy district head who led the census group was dropped."],
        units=["七人普工作领导小组", "人口普查领导小组办公室"],
        text="""\
@T | 长治市上党区统计局2020年工作总结暨2021年工作计划
2020年我局在区委、区政府领导和市统计局指导下，以提高统计数据质量为核心、以服务全区经济社会发展为宗旨，强化统计服务，夯实基层基础，统计工作又有提升。现将全年工作总结如下：
@H1 sec=achievements | 一、主要指标完成情况
2020年全区地区生产总值220.1亿元，总量居全市第3位，增速3.1%居第12位；规上工业增加值增长0.62%，居第11位；固定资产投资56.4亿元居第7位，增速-4.7%居第12位；社会消费品零售总额29.8亿元居第3位，增速-6.3%居第11位；城镇、农村常住居民人均可支配收入分别为36047元和20532元，增长4.2%和7.6%；一般公共预算收入15.85亿元居第3位，增速2.21%居第13位。
@H1 sec=achievements | 二、2020年工作完成情况
@H2 | （一）精心筹划，做好第七次人口普查
@H3 | 一是加强领导，建立健全组织机构。2020年2月成立由一名副区长任组长、19个区直单位分管领导参加的七人普工作领导小组；3月建立乡镇、社区和村级普查机构，4月底大中型企业成立普查领导小组；由19个区直单位组成的人口普查领导小组办公室下设综合、业务、户口整顿、数据处理、宣传、执法检查6个组，明确了分工和办公制度。
@H3 | 二是广泛宣传，形成良好的舆论氛围。为让全区群众更了解人口普
""",
    ),
    dict(
        name="fresh15_05_subdistrict_office_annual_plan",
        source="http://code.python88.com/l/x6akvZdKJ0",
        doc_kind="plan", partial=True,
        notes=["五角场街道办事处 (Yangpu district, Shanghai) plan for 2023, copied onto a code site. The page breaks lines "
               "at odd places: '一、' stands on a line of its own above '稳中求进，推动经济质效新提升', and a body sentence is "
               "broken around '企业'; both were joined, the heading into one line.",
               "一、 and （一） are the plan's task areas (measures, goals accepted); under （一） three unnumbered short "
               "label headings ending in '。' ('着力发展在线经济。') stand above their bodies (level 3). The page ends in the "
               "fragment '（二）做实服', kept as a bare heading."],
        units=[],
        text="""\
@T | 五角场街道办事处2023年工作计划
2023年是全面贯彻党的二十大精神的开局之年，也是“十四五”承上启下的一年。街道办事处以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大、市第十二次党代会和十一届区委六次全会精神，围绕街道党工委“党建引领强基层、商圈发展增动能、社会治理上水平、民生品质再提升、睦邻街区树典型”主线，加快打造“五区三地”。
@H1 sec=measures alt=goals | 一、稳中求进，推动经济质效新提升
坚持稳字当头、巩固向好势头，统筹稳增长、调结构、优服务、促活力，力争完成全年经济发展预期目标。
@H2 | （一）做大增量，强力招商引资
抓住机遇、精准施策，打好招商引资主动仗，为五角场经济复苏和高质量发展增添动力。
@H3 num=none | 着力发展在线经济。
依托B站、达达等龙头企业引入上下游产业链企业，探索建设杨浦区首家“网络注册，无界办公”的头部企业虚拟园区，以头部企业集聚产业链、以运营服务带动招商。
@H3 num=none | 合力引入招商资源。
借助“大创智”品牌和“五区”资源，发挥复旦大学、上海财经大学等高校校友会作用，加强与园区、众创空间、孵化器合作，依靠区域单位和招商大使引进有口碑、有实力、有潜力的企业。
@H3 num=none | 加快升级产业结构。
结合第五次全国经济普查摸清区域产业组织、结构和形态，查找短板，在补链、固链、强链上用力，淘汰空置和低端业态，布局未来、前沿产业。
@H2 | （二）做实服
""",
    ),
    dict(
        name="fresh15_06_county_court_constitution_day_open_day_plan",
        source="http://qqherfy.hljcourt.gov.cn/public/detail.php?id=788",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["富裕法院 (富裕县人民法院, Heilongjiang) plan for a public open day on the first national Constitution Day, "
               "posted on the court's site; the page shows no title line.",
               "'一、 活动主题：…' keeps the space after '一、'; its value is short and ends in '。', so the text is cut at "
               "the colon. 二、活动内容及目的 (goals; measures and guidance accepted) runs on with '一是…二是…三是…' inside "
               "one line, not labelled. 三、活动具体安排及责任人 (measures, responsibilities accepted) has two run-in "
               "points （一）（二）; the '1、…5、' duties inside （二） are in the middle of a line and not labelled. The "
               "single day '2014年12月4日' is the activity period (optional phase). Names of the court's leaders and staff "
               "were dropped; the responsible offices are kept. The page ends mid-word ('法警队负')."],
        units=["办公室", "政工科", "研究室", "法警队"],
        extra_phases=[dict(name="公众开放日", start_text="2014年12月4日", end_text=None, at="拟于2014年12月4日")],
        text="""\
2014年12月4日是我国首个国家宪法日。按照最高人民法院《关于在12月4日第一个国家宪法日集中开展宣传活动的通知》，富裕法院拟于2014年12月4日举办“公众开放日”活动，方案如下：
@H1 sec=other alt=goals | 一、 活动主题：弘扬宪法精神，建设法治中国。
@H1 sec=goals alt=measures,guidance | 二、活动内容及目的：一是宣传党的十八届四中全会和习近平总书记系列重要讲话精神，宣传依法治国基本方略，推动法治国家、法治政府、法治社会一体建设。二是宣传国家根本制度和根本任务、领导核心和指导思想、国体和政体等内容，突出宪法基本原则和精神，在全县形成崇尚、遵守、维护宪法的氛围。三是宣传民诉法、刑事诉讼法、婚姻法等法律法规。
@H1 sec=measures alt=responsibilities | 三、活动具体安排及责任人：
@H2 | （一）法官宣誓仪式。在信息指挥中心举行全体法官宣誓，法官着法袍，由一名副院长领誓，大屏幕显示国徽、宪法图书图片和法官誓词。相关工作负责人及单位：屏幕内容和设计由办公室负责。
@H2 | （二）观摩庭审及参观。宣誓后邀请人大代表、政协委员、政法委和媒体代表观摩庭审，参观法院文化走廊和信息指挥中心。相关工作负责人及单位：1、人大代表、政协委员、政法委代表由分管副院长邀请，电台记者由政工科邀请。2、来院代表的接待由研究室负责，引导进入公判庭观摩庭审。3、刑事庭、民事庭各定一名主审人和责任领导。4、信息指挥中心解说由专人负责。5、单兵对讲由办公室分发各组，楼道文化讲解由专人负责，楼道安保由法警队负
""",
    ),
    dict(
        name="fresh15_07_water_bureau_halfyear_summary",
        source="https://laobiganzi.top/147147.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A water bureau's half-year summary with the source's masks (20XX, XX, X); the text says both 全区 and 全县. "
               "The document-name line is the title line.",
               "一、完成水电固定投资情况 reports the investment done and why some projects lag; labelled achievements. "
               "Under 二、水利工作扎实推进 the points （一）（二） stand alone, ending in '。'. Inside （一） the '一是…五是…' "
               "points run on in one paragraph and are not labelled; under （二） '一是病险水库除险加固工程。' and '二是农村"
               "饮水安全解困工程。' start their own lines and are run-in headings (level 3). The dates 4月1日 and 5月3日 "
               "are events, not phases. The page ends mid-sentence ('X人（')."],
        units=[],
        text="""\
@T | 水利局20XX年上半年工作总结
上半年我局以水利项目建设为重点，抓水库除险加固、农村人口饮水安全、中小河流治理和中央财政小型农田水利重点县建设，提升水资源管理和水行政执法水平，成效明显。现将水利发展情况汇报如下：
@H1 sec=achievements | 一、完成水电固定投资情况
到目前共完成水利固定资产投资XX亿元，占全年目标XX元的XX%。部分项目进度偏慢，主要是4月前汛期雨日偏多，影响了施工。
@H1 sec=achievements | 二、水利工作扎实推进
@H2 | （一）防汛工作扎实有效。
上半年降雨偏多，局领导在思想和物资上及早部署，为“防大汛、抗大旱、防大险，抗大灾”打下基础。主要做法：一是培训和演练，4月1日举办全区防汛业务知识培训班，5月3日在XX水库开展防汛应急演练；二是落实“四有”（防汛有计划、防汛物资有准备、抢险人员有保障、后勤应急有措施）措施；三是水库检查常态化，发现问题及时整改；四是汛期24小时专人值班、领导带班；五是科学防御强降雨，成功抵御X号台风正面袭击。
@H2 | （二）水利项目建设稳步推进。
@H3 | 一是病险水库除险加固工程。全县开工病险水库除险加固X座，其中重点小（2）型X座、一般小（2）型X座，重点小（2）型已完工并蓄水验收X座。
@H3 | 二是农村饮水安全解困工程。去年上级下达我区农村饮水安全项目X个，总投资X万元，含中央预算内X万元、省级补助X万元、区财政和群众自筹X万元，计划解决X人（
""",
    ),
    dict(
        name="fresh15_08_township_womens_federation_plan",
        source="https://m.ilede.com.cn/a/74ilzkw.html",
        doc_kind="plan", partial=True,
        notes=["First sample of a page titled '妇联工作计划和目标怎么写' (the sample number '1' glued to the title was "
               "dropped); the page title is the title line. The writer is a township (乡) women's federation.",
               "一、 and 二、 are task areas (measures, goals accepted); the （一）-（四） points are run-in headings cut at "
               "the first '。' (（一） is one long sentence). The source's gaps '__' (words removed by the site) are kept "
               "in the bodies. The page ends in the bare fragment '（一）贯彻' under 二、."],
        units=[],
        text="""\
@T | 妇联工作计划和目标怎么写
@H1 sec=measures alt=goals | 一、推进城乡妇女工作统筹发展
@H2 | （一）紧紧围绕增加农民收入这个主题，努力满足妇女对提高科技致富能力、提供增收致富项目、加大资金扶持力度的迫切需求。积极谋划，培训和发展各类巧手，开展“六兴家”活动，以老典型带出新典型，加强“巾帼示范村”、科技示范基地和妇女专业合作经济组织的__，带领全乡妇女在农业增效、农民增收中发挥作用。
@H2 | （二）大力推动“巾帼建功”工作。通过手拉手结对帮扶和城乡对接扩大活动覆盖面，以岗位实践、技术竞赛、观摩交流等方式激励各村妇女增强自主创新意识和能力，为新农村建设出力。
@H2 | （三）积极开展“节能减排家庭社区行动”活动。引导妇女群众树立节能环保、低碳经济、可持续发展和科技致富理念，在绿色经济、循环经济和生态文明__中发挥作用。
@H2 | （四）深化“双学双比”竞赛活动，开展“五进五送”活动。依托种养能手和基地大户，发展农业、畜牧养殖、农产品加工等重点产业，打响特色经济品牌；开展学习型家庭创建，把和谐家庭__融入“五好文明家庭”“美德在农家”创建，开展和谐村组创建，促进乡风文明和村容整洁。
@H1 sec=measures alt=goals | 二、深化维权活动，促进社会和谐稳定
@H2 | （一）贯彻
""",
    ),
    dict(
        name="fresh15_09_district_tax_bureau_tax_source_scheme",
        source="https://xueke.org/wenku/252241.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A district state tax bureau's (区国税局) work scheme for specialised tax-source management; the page "
               "shows no title line.",
               "一、指导思想和工作目标 (guidance, goals accepted) holds two unnumbered '…的指导思想是：…' and '…的工作目标"
               "是：…' lines, labelled as items (guidance and goals) because they are sentences rather than short labels. "
               "二、组织领导 is responsibilities; the leading group and the office's host section are the units; names "
               "of the bureau's leaders were dropped. 三、基本任务 is the task area (measures, goals accepted) with the "
               "run-in point （一）实施税源的科学分类。; the '一是…二是…三是…' classes inside it are in the middle of the "
               "line. The page ends mid-sentence ('对不同类')."],
        units=["税源专业化管理工作领导小组", "征收管理股"],
        text="""\
为落实省、市国税局税源专业化管理工作精神，强化税源管理，推动征管科学化、专业化、精细化，提高税源管理质效，我局决定结合实际推行税源专业化管理，为保证工作顺利开展，制定本工作方案。
@H1 sec=guidance alt=goals | 一、指导思想和工作目标
@I2 sec=guidance text=税源专业化管理工作的指导思想是 | 税源专业化管理工作的指导思想是：以科学发展观为指导，围绕“服务科学发展、共建和谐税收”主题，按“科学化、专业化、精细化、信息化”要求，在现有征管机构格局下，探索“以风险管理为导向，以科学分类为基础，以信息管税为依托”的税源专业化管理新模式。
@I2 sec=goals text=税源专业化管理的工作目标是 | 税源专业化管理的工作目标是：让资源配置更合理、税源监控更有效、税收执法更规范、纳税服务更优化，征管效能更高。
@H1 sec=responsibilities | 二、组织领导
我局成立税源专业化管理工作领导小组，局党组书记、局长任组长，四名党组成员任副组长，征收管理股、办公室、政策法规股、收入核算股、各税源管理股、纳税服务股、人事教育股和信息中心主要负责人为成员，负责研究和组织领导此项工作。领导小组下设办公室，由一名副局长兼任主任，征管股、人教股、信息中心主要负责人任副主任，办公室设在征收管理股，负责日常管理。
@H1 sec=measures alt=goals | 三、基本任务
@H2 | （一）实施税源的科学分类。结合我区经济发展、纳税户数、税源现状、行业分布和征管机构人员配置情况，按纳税人性质把税源分为三类：一是增值税一般纳税人；二是出口退（免）税企业；三是非增值税纳税人和增值税小规模纳税人（含个体工商户和集贸市场，下同）。对不同类
""",
    ),
    dict(
        name="fresh15_10_county_land_resources_bureau_quarter_summary",
        source="https://fanwen.chazidian.com/fanwen190630",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["融安县国土资源局 summary of the first quarter of 2011 on a 范文 site; the page shows no title line.",
               "一、工作开展情况 is achievements with three （一）-（三） headings; the numbered 1、-4、 lines are items "
               "(statements of work done). The stored text is damaged: under （一） only item 4、 is left, under （三） "
               "items start at 2、, and the plan name has lost a year ('长安镇-2020年'); kept as the page has it. Item 1、 "
               "under （二） also names a shortcoming (boundary markers damaged again soon after repair), inside an "
               "achievements item."],
        units=[],
        text="""\
2011年第一季度，融安县国土资源局在市局和县委、县政府领导支持下，围绕县里中心工作和年度目标，以邓小平理论和“三个代表”重要思想为指导，落实科学发展观，创新管理思路，履行保护资源、保障发展职责，严格管理、主动服务，推进国土资源管理工作。现将一季度工作简要总结如下：
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）加强土地规划管理，加大土地供应力度
@I3 | 4、按时、按质、按量完成融安县长安镇-2020年土地利用总体规划的市级、自治区级评审。
@H2 | （二）加强耕地保护，积极做好建设用地报批
@I3 | 1、每月到各个乡镇进行基本农田巡查，并做好巡查记录，第一季度共巡查6次。巡查发现农田保护碑管护维修不到位，主要是人为破坏多，常常刚修好几天又被损坏。
@I3 | 2、不论是批次用地或农村个人建房占用耕地的都严格按照有关文件要求实行耕地占补，确保耕地占补平衡。
@H2 | （三）确保耕地占补平衡，积极推进土地开发整理
@I3 | 2、长安镇太平村、竹子村小型病险水库除险加固工程土地整理项目实施面积480公顷，预计新增耕地14.4648公顷，投资1800万元，已进入实施阶段。
@I3 | 3、我局上报融安县浮石镇鹭鹚洲村、隘口村整村推进土地整理重大工程项目已获区厅批复立项。项目面积254.7613公顷，预计新增耕地0.4421公顷，投资960万元，已通过规划设计和预案审核并完成招投标，进入实施。
""",
    ),
    dict(
        name="fresh15_11_town_womens_federation_annual_plan",
        source="https://fanwen.chazidian.com/fanwen152821",
        doc_kind="plan", partial=True,
        notes=["凉水镇妇联 plan for 2011 on a 范文 site; the page shows no title line.",
               "The points are line-initial '一是…。' headings standing above their bodies (level 1, measures with goals "
               "accepted). The store ran '二是加强基层妇女队伍的建设。' onto the end of the body line of 一是 after a space; "
               "it was split onto a line of its own, as a paragraph break the text shows. The page ends mid-sentence in "
               "the body of 四是."],
        units=[],
        text="""\
2011年是贯彻党的十七大精神的第三年，也是“十一五”规划承上启下的一年。凉水镇妇联围绕全镇中心工作，以邓小平理论、“三个代表”重要思想和科学发展观为指导，围绕中心抓重点、围绕职能抓特色，整合资源、关注民生、创新机制，带领全镇妇女为经济社会又好又快发展作贡献。结合我镇实际，制定工作计划如下。
@H1 sec=measures alt=goals | 一是继续推进“双学双比”活动。
领会“双学双比”活动内涵，在全镇农村妇女中掀起学文化、学科技、比文明、比贡献热潮，深化“五户竞赛”。借“三八”国际劳动妇女节100周年表彰先进集体、先进个人和女能手，发挥典型在新农村建设中的带动作用。
@H1 sec=measures alt=goals | 二是加强基层妇女队伍的建设。
镇妇联把提高妇代会主任素质作为重点，通过教育培训提升妇女干部文化素质，发展女党员，引导农村妇女参与“绿化、美化、净化”、创建文明家庭，并组织培训，促进农村妇女富余劳动力转移。
@H1 sec=measures alt=goals | 三是继续加强法律宣传工作。
向妇女宣传《婚姻法》、《妇女权益保障法》、《未成年人保护法》等法律法规，提高法律意识和维权水平，创建平安家庭，维护社会稳定。
@H1 sec=measures alt=goals | 四是大力开展留守流动儿童关爱工程。
留守儿童教育是家庭教育的重点和难点，要探索留守、流动儿童教育的有效办法，让“54321”工作成果惠及更多外出务工人员家庭，
""",
    ),
    dict(
        name="fresh15_12_youth_league_committee_union_annual_summary",
        source="https://www.wengaopai.com/doc/8701.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["First sample of a collection '工会2021年工作总结和2022年工作思路3篇' (collection title, table of contents "
               "and the sample number '（一）' dropped). The writer is the trade-union committee of a city Youth League "
               "committee (共青团XX市委员会工会委员会). The title line keeps the PDF spacing of the page ('工会 2021 年…'); "
               "the page's PDF line wraps inside sentences were joined into paragraphs.",
               "一、工会基本情况 is background; 二、主要开展工作 is achievements, with run-in points '1. 夯实工作基础，…。' "
               "(the space after '1.' is the page's) cut at the first '。'; the '一是…二是…三是…' inside point 1 are in "
               "the middle of the line. The masks XX and X are the source's. The 2022 plan is not visible: the page ends "
               "mid-word in point 2 ('专题学')."],
        units=[],
        text="""\
@T | 工会 2021 年工作总结及 2022 年工作计划
2021年，共青团XX市委员会工会委员会在团市委领导班子带领下、在市总工会和市级机关工会联合会指导下，贯彻习近平总书记系列重要讲话精神，围绕团市委中心工作，坚持“群众利益无小事”，把关心职工生活、解决职工急需解决的问题、增强队伍凝聚力作为重要工作。具体报告如下：
@H1 sec=background | 一、工会基本情况
共青团XX市委员会工会依照《中华人民共和国工会法》和《工会章程》成立，现有会员X名，设工会委员会、经费审查委员会、劳动法律监督委员会和女职工委员会；工会委员会有主席X名、委员X名。
@H1 sec=achievements | 二、主要开展工作
@H2 | 1. 夯实工作基础，注重打造规范型工会。一是加强规范化建设，组织工会委员会、经费审查委员会增补选举，调整充实工会干部并注意提高其素质；二是结合团的工作健全工会制度，保证机关工会规范高效运行；三是严格执行财务制度，管好用好经费，让经费真正用于职工福利和工会建设。
@H2 | 2. 加强理论学习，着力打造学习型工会。发挥工会教育引导职能，抓好职工思想教育，围绕学习型和谐机关建设开展多种形式的教育，先后组织会员学习习近平总书记系列重要讲话精神、十九届六中全会精神和团的业务知识等专题学
""",
    ),
    dict(
        name="fresh15_13_county_womens_organisations_survey_report",
        source="https://xiexiebang.com/a7/2019051315/c2a089986f3ab39f.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["First sample of a collection page (the prefix '第一篇：' dropped); its name line is the title line. A survey "
               "report on how village women's organisations work in 建湖县, written by the county's women's work side "
               "(我们对全县…进行了调研).",
               "一、基本情况 is background, 二、存在主要问题 problems; its point '1、基层组织履盖率很高，但妇女工作力量比较"
               "单薄' stands alone on its line and is a heading (level 2), with the source's miswriting '履盖率' kept. The "
               "page ends in the body of that point ('我')."],
        units=[],
        text="""\
@T | 农村基层妇女组织作用发挥状况的调查报告
农村一向是妇联工作的重点领域。多年来基层妇女组织动员妇女参与新农村建设，作用明显；但市场经济发展后，传统的组织形式、工作方法和活动载体面临挑战。妇联组织开展“双学双比”等活动，在提高妇女素质、帮助增收方面成效显著，但在全面提高农村妇女素质、全方位发挥妇联职能上仍需探索。我们近期对全县农村基层妇女组织的作用发挥情况做了调研，分析如下：
@H1 sec=background | 一、基本情况
建湖县有村委会200个，配备村妇代会主任200名，村级妇女组织组建率100%，妇代会主任全部进“两委”。200人中中共党员179名，占89.5%；大专以上2人，高中或中专135人，初中及以下63人；50岁以上11人，45至50岁76人，35至45岁94人，35岁以下19人。
调查看，全县农村基层妇女组织网络健全，妇代会主任配齐，政治和文化素质较高，年富力强者居多，基本能履职尽责，带领妇女参与新农村建设，并承担地方党委、政府交办的其他工作，得到基层党组织认可。
@H1 sec=problems | 二、存在主要问题
@H2 | 1、基层组织履盖率很高，但妇女工作力量比较单薄
近年来各级妇联重抓基层组织建设，实施“党建带妇建”后妇女组织网络逐步健全。经过不懈努力，我
""",
    ),
    dict(
        name="fresh15_14_county_bureau_farmers_market_renovation_summary",
        source="https://m.yzwku.com/doc/355945.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="农贸市场工作总结范文",
        notes=["A county bureau's (我局, not named; it leads 城管局、市场监督局、林牧局 and the street office) report on "
               "renovating the county town's farmers' markets, on a document-sharing site ('范文' in the page title). "
               "The page arrived as one run-together block; it was split at the heading boundaries the text shows.",
               "Site chunk markers are kept as debris and never labelled: '1、' glued before the title ('1、农贸市场工作"
               "总结范文'; the title is the text after it) and '2、' starting a line in the middle of the word 市场 ('…"
               "制度和市' / '2、场管理制度，…'). Headings are glued to their bodies without punctuation ('一、高度重视，"
               "加强领导开展城区…'), so their texts are set by hand. 一、-三、 are the work done (achievements); "
               "四、存在问题和建议 is problems (next steps accepted: it also promises suggestions) and the page ends in "
               "its first words. A market name is missing in the source ('富民农贸市场、城南农贸市场、农贸市场'; '农贸市场"
               "投入340万元'); kept. The completion dates (9月底, 9月中旬) are not phases."],
        units=["城管局", "市场监督局", "林牧局", "街道"],
        text="""\
@T | 1、农贸市场工作总结范文
为改善县城农贸市场环境、提高管理水平，我局以“干净合理、上档升级”为目标，牵头组织城管局、市场监督局、林牧局和街道改造县城富民农贸市场、城南农贸市场和农贸市场，现将改造情况汇报如下：
@H1 sec=achievements text=一、高度重视，加强领导 | 一、高度重视，加强领导改造城区农贸市场、给群众干净卫生的消费环境，是关系群众切身利益的民心工程。我局成立由主要领导任组长、分管领导任副组长、科室负责人为成员的领导小组，专人负责，保证改造任务落实。
@H1 sec=achievements text=二、明确标准，加大投入 | 二、明确标准，加大投入按农贸市场建设标准重新布局摊位、分区划行，指导业主和经营者遵守食品安全制度和市
2、场管理制度，落实摊位和门面门前“三包”责任，使改造常态化。农贸市场投入340万元，吊顶完工，摊位基本改完，下水道、地砖、监控和垃圾集中点到位，门面房在改，预计9月底竣工；城南农贸市场投入30万元，摊位和活禽宰杀间已改，吊顶、下水道在改，预计9月底竣工；富民农贸市场投入10万元，活禽宰杀间和农残检测室基本完工，9月中旬可全部竣工。
@H1 sec=achievements text=三、强化督查，稳妥推进 | 三、强化督查，稳妥推进为保证改造质量和进度，我局建立定期巡查机制，发现问题及时与有关部门沟通，责令市场管理者限期整改，并及时通报情况、加强衔接，推动改造有序进行。
@H1 sec=problems alt=next_steps text=四、存在问题和建议 | 四、存在问题和建议在改造过程中，有些问题
""",
    ),
]
