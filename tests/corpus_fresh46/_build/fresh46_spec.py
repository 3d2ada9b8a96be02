# -*- coding: utf-8 -*-
"""The forty-sixth held-out fresh set: 12 WORK SUMMARIES AND WORK REPORTS
(工作总结: annual and special; 工作汇报 / 情况报告 / 汇报材料 / 自查报告 /
交流材料) by a district health bureau, a public service centre, a district
leader, a city health commission, a county hospital, a district (safety and
fire work), a county's inspection office, two villages, a town government
reporting to its congress, a kindergarten and a power-supply company.  Titles are often not textbook
(总结及…计划, 汇报材料, 表态发言材料, 交流材料, a site title above the
document's own title, a page marker or a chunk marker glued to the title);
some title blocks carry an issuer line or a date under the title.
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source listed in
/work/fresh46/all_used_urls.txt (every label file and used-source list of
the earlier sets).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  download panels, uploader lines, 导语) was dropped; debris a user would
  paste along (page markers, chunk markers, paywall lines, a stray letter)
  was kept and never labelled.
- Heading and title lines keep the source's numbering and wording; full-width
  punctuation （）：，；“” restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking or blanks found in
  the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH46_DOCS = [
    dict(
        name="fresh46_01_district_health_2023_summary_2024_plan",
        source="https://xiezuofangchengshi.com/doc/69114.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district health bureau's annual summary with next year's plan in the same document ('…工作总结及2024年"
               "工作计划'); the district is masked (XX区). The store ran the page into one block; it was split at the "
               "heading boundaries the text shows.",
               "一、主要做法及成效 is achievements. （一）抓好国家卫生城市复审，巩固提升城市品位。 stands alone (the page "
               "runs it into '一是…'), level 2; the three '一是…。' / '二是…。' / '三是…。' points are put at line starts as "
               "run-in headings, level 3, inheriting achievements. Only the summary part is visible; the 2024 plan part "
               "is not. The page ends inside 三是 ('每天对上顿')."],
        units=["区四套班子", "抚河、宜黄河运营管理单位", "第三方保洁公司"],
        text="""\
@T | 2023年XX区卫生健康工作总结及2024年工作计划
2023年，我们在区委、区政府领导下贯彻党的二十大精神，以健康XX建设为主线，推进国卫复审、中医药发展和医改，卫生健康事业稳步向高质量发展。
@H1 sec=achievements | 一、主要做法及成效
@H2 | （一）抓好国家卫生城市复审，巩固提升城市品位。
@H3 | 一是开展全民洗城攻坚行动。区四套班子领导下沉挂点片区，带领干部职工XX余人，重点整治老旧小区、棚改地块和保洁易遗漏的角落。
@H3 | 二是开展市政、河道水体修复攻坚行动。修复城市道路XX平方米、人行道板XX平方米，修换井盖和沟盖板XX个，更换加固路缘石XX米、修复树围石XX米；抚河、宜黄河运营管理单位和第三方保洁公司清理各水域岸线的漂浮垃圾和枯枝杂草。
@H3 | 三是全面开展病媒生物防制。投放溴鼠灵毒饵XXkg、高效氯氰菊酯XX瓶，每天对上顿
""",
    ),
    dict(
        name="fresh46_02_service_centre_official_expenses_self_check_report",
        source="https://m.dawenxue.cn/fanwen/zichabaogao/649/649744.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('预算公开自查报告范文(精选6篇)'): a prefecture-level public "
               "service centre's self-check report on its 'three public expenses' (三公经费) under a special rectification. "
               "The collection title was dropped; the sample has no title line of its own, so title is null.",
               "Three level-1 headings: 一、高度重视，狠抓落实 and 二、认真自查，严格执行公务接待有关规定 (what was done and "
               "found: achievements), 三、下一步工作打算 (next_steps). The period is masked ('x年1至6月'). The page ends "
               "inside 三、 ('…挖掘增收节支潜')."],
        units=[],
        text="""\
按照《自治州规范“三公”经费预算专项整治工作》的要求，我单位结合中央“八项规定”逐项对照、据实查摆，现将“三公”经费预算管理和使用的自查情况报告如下：
@H1 sec=achievements | 一、高度重视，狠抓落实
中心把贯彻中央、自治区和自治州“三公”经费规定作为党风廉政建设的一项严肃政治任务，反对形式主义和铺张浪费，要求从我做起、厉行节约，杜绝违规违纪。
@H1 sec=achievements | 二、认真自查，严格执行公务接待有关规定
公务接待无公函不接待，非公务活动不纳入接待，每次接待填写审批单，陪同不超过2人，州内一律工作餐，x年1至6月公务接待费支出3040元；公务用车实行派车登记和节假日定点封存，严禁私用，x年1至6月运行维护费7920元；至今没有因公出国（境）费用。
@H1 sec=next_steps | 三、下一步工作打算
我单位将以此次专项检查为契机，挖掘增收节支潜
""",
    ),
    dict(
        name="fresh46_03_district_leader_safety_rectification_report",
        source="https://39ysw.com/256549.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A district leader's report on a special safety-production rectification he led in the sectors and areas "
               "he is in charge of ('由我带队'); dates, days and figures are masked (x月xx日, xx家, xx%).",
               "The site hides the middle of the page behind a member wall: the line '此处内容需要权限查看' and the words "
               "'会员免费查看' glued to the start of the next line are kept as debris, not labelled. Headings 二、 and 三、 "
               "are hidden; the visible paragraph on shortcomings ('…但还存在一些不足，主要表现在：一是…') has lost its "
               "heading and is body (its 一是/二是/三是 are inside the line, not labelled).",
               "一、整治情况 achievements; 四、整改建议 next_steps (measures accepted), level 1 like 一、 (the numbering jumps "
               "from 一、 to 四、). Its points '一是…。二是…。三是…。' stay in one paragraph as the page has "
               "them: the line starts with '一是强化宣传教育。', labelled as a run-in heading at level 2 (next_steps); '二是' "
               "and '三是' inside the line are not labelled. The page ends inside 三是 ('…安全生产“一')."],
        units=[],
        text="""\
@T | 安全生产整治专项行动报告
按照xx的统一安排，x月xx日至x月xx日，我用x天时间带队对分管行业、分管区域和分管领域的安全生产进行了集中排查整治，现将工作开展情况报告如下：
@H1 sec=achievements | 一、整治情况
坚持“安全第一、预防为主、综合治理”，带领分管部门深入基层，全面排查全区道路交通、危险化学品、食品安全、生产企业、卫生医疗、渔业船舶等领域，共排查安全生产主体xx家，发现隐患问题xx个，已整改xx个，整改率xx%。
此处内容需要权限查看
会员免费查看总体来说，专项整治取得了阶段性成果，但仍有不足，主要表现在：一是个别企业重生产轻安全、重效益轻投入，主体责任没有落实到位。二是部分监管部门把专项整治等同于业务工作，日常管护机制不健全。三是有的群众自我保护意识不强，需要加强教育，从“要我安全”转向“我要安全”。
@H1 sec=next_steps alt=measures | 四、整改建议
@H2 | 一是强化宣传教育。深入学习xxx关于安全生产的重要指示批示和中央、省市部署，增强红线意识和底线思维。二是压实工作责任。落实属地领导责任、部门监管责任和企业主体责任，织牢织密安全生产“防护网”。三是健全长效机制。各单位要认真履行安全生产“一
""",
    ),
    dict(
        name="fresh46_04_city_health_commission_2019_summary",
        source="https://ncccys.com/zwdt/jhzj/20200713/9269",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city health commission's (开封市卫生健康委员会) annual summary as posted on its site. The page's HTML "
               "debris (empty tags) and the '打印' link were dropped. Kept as a title block: the issuer line above the "
               "title ('开封市卫生健康委员会') and the posting line under it ('2020-02-26 来源：办公室'), both body lines, "
               "not labelled; the title is the line between them.",
               "The opening ends '现将2019工作开展情况报告如下：' (summary, report accepted). 一、注重党建引领，全面深化党的建设 "
               "is achievements; （一）扎实开展“不忘初心、牢记使命”主题教育。… and （二）加强党的政治领导。… are run-in "
               "headings, level 2. The page ends inside （二） ('市直')."],
        units=[],
        text="""\
开封市卫生健康委员会
@T | 开封市卫生健康委员会2019年工作总结
2020-02-26 来源：办公室
2019年，市卫生健康委员会以习近平新时代中国特色社会主义思想和党的十九大精神为指导，按照全国、全省卫生健康工作会议精神和市委、市政府部署，加强党的领导，坚持目标导向、问题导向和效果导向，不断增强群众的健康获得感，现将2019工作开展情况报告如下：
@H1 sec=achievements | 一、注重党建引领，全面深化党的建设
@H2 | （一）扎实开展“不忘初心、牢记使命”主题教育。中心组集中学习与个人自学相结合，三次组织系统党员领导干部集中研讨；对照党章党规找差距，推动整改落实，着力破解民生“八需八难”中的就医难问题。
@H2 | （二）加强党的政治领导。市直
""",
    ),
    dict(
        name="fresh46_05_county_hospital_grade_review_report",
        source="https://www.douchai.cn/document/354214.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A county hospital's report to the experts reviewing its '二级甲等' grade (汇报材料, delivered orally: "
               "salutation, '下面我就…做一简要汇报'). The site's download notes and the uploader lines were dropped. Two "
               "title lines: the sharing site's document name '县人民医院二甲创建工作进度汇报' and the document's own title "
               "'县人民医院“二甲”复审汇报材料'; the label takes the document's own title (title_override), both are title "
               "lines.",
               "'一、医院基本情况——发展概况。**县人民医院始建于…' was split: 一、医院基本情况 (background) and a dash-led "
               "sub-label '——发展概况。…' run in with its body, level 2, numbering '——', background. The hospital's name "
               "is masked '**县人民医院'. The page ends inside that body (a blank figure '面积平方米' kept)."],
        title_override="县人民医院“二甲”复审汇报材料",
        units=["**县人民医院"],
        text="""\
@T | 县人民医院二甲创建工作进度汇报
@T | 县人民医院“二甲”复审汇报材料
尊敬的各位领导、各位专家：
今天市“二级甲等”医院复审专家组来我院考核复评，我代表全院干部职工表示热烈欢迎，并感谢各位长期以来对医院发展的关心支持。
我院1996年9月经省卫生厅认定为二级甲等医院，经过三个周期复审，医疗质量和管理水平明显提升。2012年10月以来，我院按省卫生厅通知，对照卫生部《二级综合医院评审标准》全面自查并整改。下面我就近三年来的工作做一简要汇报。
@H1 sec=background | 一、医院基本情况
@H2 | ——发展概况。**县人民医院始建于1936年，初称**县卫生院，4移院址、5次更名，1957年改建为**县人民医院，1981年迁至现址，占地45678平方米；近十年先后建成门诊楼、住院部和医技综合大楼，业务用房面积平方米，已成为县内唯一集预防、医疗、康复、教学、科研于一体的二甲综合医院。
""",
    ),
    dict(
        name="fresh46_06_district_safety_fire_2023_summary",
        source="http://www.mishuwenku.com/inpage/id/39320.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district's special summary of its safety-production and fire work (专项). Two title lines: the site's "
               "page title '区2023年度安全生产和消防工作总结' and the document's own '2023年度安全生产和消防工作总结'; the "
               "label takes the document's own (title_override), both are title lines. The posting line, '免费试读' and the "
               "login / payment panels were dropped; the paywall line '（温馨提示：VIP用户免费下载全站内容）' is kept as "
               "debris, not labelled.",
               "一、安全生产总体情况 reports the year's results: achievements (background accepted). Under it the "
               "'“三降”：一是…', '“一为零”：…' and '“一杜绝”：…' lines are label:statement lines spelling out the slogan "
               "'三降一为零一杜绝'; labelled items, level 2, achievements."],
        title_override="2023年度安全生产和消防工作总结",
        units=[],
        text="""\
@T | 区2023年度安全生产和消防工作总结
@T | 2023年度安全生产和消防工作总结
今年以来，在市委、市政府领导和市安委会成员单位指导下，我区把安全放在“第一”位置，落实国家、省、市关于安全生产和防灾减灾救灾的部署，夯实安全基础、防御自然灾害，安全生产形势总体稳定向好。
@H1 sec=achievements alt=background | 一、安全生产总体情况
2023年我区围绕打好安全生产翻身仗这条主线，推进十五条硬措施、重大事故隐患排查整治和打非治违，安全生产和消防工作实现“三降一为零一杜绝”：
@I2 | “三降”：一是生产安全事故“双下降”，全年发生2起、死亡2人（均为道路交通事故），同比均降60%；二是道路交通事故“双下降”，亡人事故20起、死亡20人（含2起生产安全事故），同比均降20%；三是消防火警数持续下降，全年接处火警254起，比上年的355起少101起，降幅28.45%。
@I2 | “一为零”：道路交通以外的行业领域生产安全事故为零。
@I2 | “一杜绝”：杜绝了较大及以上安全事故。
（温馨提示：VIP用户免费下载全站内容）
""",
    ),
    dict(
        name="fresh46_07_county_inspection_round_report",
        source="https://laobiganzi.top/160789.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county's combined report on one round of its party inspection (巡察) of county departments; the "
               "round and term are masked (X届, 第X轮, XX年). The login line at the end "
               "'（阅读全部图文内容，您需要先登录！）' is kept as a paywall line, not labelled.",
               "一、基本情况和总体评价 covers what was inspected and how: background (achievements accepted: it reports "
               "the work done). It is the only heading visible."],
        units=["县委巡察组"],
        text="""\
@T | 关于X届县委第X轮巡察情况综合汇报
按县委部署，XX年4月上旬至5月下旬，3个县委巡察组对4个县直单位党组织开展常规巡察，对6个县直单位党组织开展巡察“回头看”，同步专项检查选人用人和意识形态工作责任制。其间个别谈话110人（次）、查阅资料670份、约谈6人（次）、明察暗访13次，提交巡察报告11份。现将综合情况汇报如下。
@H1 sec=background alt=achievements | 一、基本情况和总体评价
本轮巡察落实XX届县委第X轮巡察动员部署会议精神，突出政治监督，着眼高质量全覆盖，为“X四五”开好局提供政治保证。
依据《党章》《巡视工作条例》，对宣传部、网信办、退役军人事务局、开发区管委会4家县直单位党组织开展常规巡察，完成XX届县委巡察全覆盖；结合县委XX年重点工作，对文旅局、农业农村局、行政审批局、民政局、卫健局党组和职教中心开展巡察“回头看”，完成市委要求的“回头看”任务。
（阅读全部图文内容，您需要先登录！）
""",
    ),
    dict(
        name="fresh46_08_village_poverty_alleviation_report",
        source="http://6dgww.com/Article/15356238.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A village's report on its poverty-alleviation work (工作情况汇报材料); the village name is masked (xx村). "
               "The page breaks one paragraph of 基本情况 in two ('…化龙山西北坡谷地。' / '12.8公里的xx峡谷…'); kept as "
               "two body lines. The site's line '（未完，全文共1962字，当前显示610字）' is kept as a paywall line, not "
               "labelled; the prompt line after it was dropped.",
               "一、基本情况 background; 二、脱贫攻坚工作成效 achievements, with three run-in headings '（一）脱贫任务全面"
               "完成。…' etc. at level 2 (title sentence plus figures)."],
        units=[],
        text="""\
@T | xx村脱贫攻坚工作情况汇报材料
xx村2014年开展脱贫攻坚以来，在镇党委、政府领导下以党建为引领，对照贫困村退出7项标准，大力建设基础设施、改善村容村貌，村民生活水平大幅提升。现将有关情况简要汇报如下：
@H1 sec=background | 一、基本情况
xx村位于正阳镇东北部，与4a景区天书峡相邻，处在大巴山主峰化龙山西北坡谷地。
12.8公里的xx峡谷穿村而过，平均海拔1450米，森林覆盖率91%；全村面积37.5平方公里，辖7个村民小组174户525人，林地56000余亩、耕地1186亩，以玉米、土豆种植和生猪、土鸡饲养为主，特色产业有养蜂、中药材、茶叶、核桃和洋火姜。
@H1 sec=achievements | 二、脱贫攻坚工作成效
@H2 | （一）脱贫任务全面完成。全村建档立卡贫困户100户289人，2018年以前脱贫33户98人，2019年脱贫64户182人，2020年计划脱贫3户9人，贫困发生率1.71%。
@H2 | （二）通村道路实现全覆盖。主干路、到组路和产业路硬化共20公里，连户路通到家门口。
@H2 | （三）逐步推进产业发展“五个一千”目标。现有茶叶800余亩、中药材2500余亩、核桃1300余亩，中蜂700余箱，生猪500余头。
（未完，全文共1962字，当前显示610字）
""",
    ),
    dict(
        name="fresh46_09_village_first_secretary_poverty_report",
        source="http://www.qq94.com/fjx/1ca0e3.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        notes=["A village first secretary's report at a meeting (表态发言材料). Title block: the title, then the issuer's "
               "post '下陇村第一书记、五人小组组长' and the date '（2017年8月9日）' as body lines (not labelled); the "
               "speaker's name, on its own line and in the opening sentence, was dropped. The page writes the village "
               "both 下龙村 and 下陇村; kept. Damaged figures kept as the page has them ('占全村总人口91', '3458', '2752', "
               "'425', '35米').",
               "The store lost the break after '（一）下龙村脱贫攻坚基本情况' (the page also runs '一、工作开展情况' into it; that "
               "break was restored): the heading runs straight into its body "
               "('…基本情况下龙村属…'); kept glued, heading text set by hand; level 2, background (achievements accepted). "
               "'（二）基础设施建设及产业扶贫发展状况' has a stray 'f' in front of it and is also glued to its body; labelled "
               "as a heading (numbering （二）, text set by hand), level 2, achievements.",
               "Under （二） the page runs '1、发展产业扶贫方面：…' and '2、基础设施建设：一是…' into one paragraph; they were put "
               "at line starts, level 3 run-in headings cut at the colon. The page ends inside 2、 ('…三是向县局争取')."],
        units=["五人小组", "安龙县感恩合作社"],
        text="""\
@T | 洒雨镇下龙村脱贫攻坚工作表态发言材料
下陇村第一书记、五人小组组长
（2017年8月9日）
各位领导：大家好！
我是县文体广电旅游局派驻下陇村的第一书记、五人小组组长。按会议安排，现将洒雨镇下龙村脱贫攻坚工作汇报如下：
@H1 sec=achievements | 一、工作开展情况
@H2 sec=background alt=achievements text=（一）下龙村脱贫攻坚基本情况 | （一）下龙村脱贫攻坚基本情况下龙村是我县七个极贫村之一，辖12个村民小组612户2325人，少数民族491户2118人，占全村总人口91。建档立卡贫困户203户804人，其中一般贫困户178户745人、低保贫困户20户54人、五保户5户5人；2016年脱贫39户164人、搬迁6户30人；2017年计划搬迁50户253人，计划脱贫127户541人；2018年计划脱贫余下37户99人并出列。村贫困发生率2016年3458，2017年2752，2018年力争降到425。
@H2 sec=achievements num=（二） text=（二）基础设施建设及产业扶贫发展状况 | f（二）基础设施建设及产业扶贫发展状况我们在推进基础设施建设的同时，着力抓好产业扶贫。
@H3 | 1、发展产业扶贫方面：结合村情发展种植和养殖。白茶46户350亩；食用菌已有3户在县城富民鑫公司租棚10个，并成立安龙县感恩合作社，计划在村里为12户建22个大棚；竹子60户655亩，薏仁米1500亩；养牛25户100头，养猪30户120头。
@H3 | 2、基础设施建设：一是箐脚组至上布、坡者组至者龙杠、平孔至上布三条通组硬化路全面开工，全长5702米，均宽35米，路基和铺沙已完成；二是12个村民小组串户路全长127572米、宽2米，预计10月初完工；三是向县局争取
""",
    ),
    dict(
        name="fresh46_10_town_poverty_alleviation_report_to_congress",
        source="https://www.wnwk.com/doc/566353.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's special report on poverty alleviation to the town people's congress (小坑镇; title "
               "'某乡镇关于脱贫攻坚工作的报告'). A document-sharing conversion: the page marker '第1页共5页' is glued to the "
               "front of the title line; the title is set by hand without it (title_override). The conversion's word "
               "substitutions are kept in the heading ('一、根本情况' for 基本情况) and its damaged figures in the body "
               "('20230%', '2023户').",
               "一、根本情况 background; 二、主要做法 achievements (measures accepted: what was done, told in the past). The "
               "lead-in '…采取的措施具体如下：' is body; '一是高位谋划，强化组织领导。…' is a line-initial run-in heading, "
               "level 2. The page ends inside it ('…召开例会研')."],
        title_override="某乡镇关于脱贫攻坚工作的报告",
        units=["脱贫攻坚领导小组"],
        text="""\
@T | 第1页共5页某乡镇关于脱贫攻坚工作的报告
现在，我代表镇人民政府向大会报告小坑镇脱贫攻坚专项工作，请予审议，并请列席人员提出意见。
2023年实施精准扶贫以来，全镇按国家、省、市、区部署，紧扣“两不愁、三保障、一相当、八有”标准，落实“六个精准”，把脱贫攻坚作为最大的政治任务和民生工程，2023年实现贫困户20230%脱贫退出。
@H1 sec=background | 一、根本情况
小坑镇有5个村委、1个居委，无贫困村。全镇建档立卡贫困户72户171人，其中一般贫困户28户84人、低保户37户79人、五保户7户8人；无劳动能力户35户54人，有劳动能力户37户117人。分布为下坪村委12户31人、汤湖7户18人、居委2户5人、上洞26户51人、和洞2023户22人、黄洞15户43人。
2023年4月退出1户3人后，全镇已退出贫困户72户171人，退出率20230%，退出户的“两不愁三保障”和“八有”指标均已达标，如期完成区下达的任务。
@H1 sec=achievements alt=measures | 二、主要做法
开展脱贫攻坚以来，我镇贯彻中央、省委、市委和区委的文件和会议精神，统筹兼顾、压实责任、强化措施，采取的措施具体如下：
@H2 | 一是高位谋划，强化组织领导。成立党委书记任组长的脱贫攻坚领导小组，镇党委、政府每周召开例会研
""",
    ),
    dict(
        name="fresh46_11_kindergarten_inclusive_self_check_report",
        source="https://gaozihui.com/qitabaogao/616692.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('幼儿园自查报告范文十二篇'): a kindergarten's self-check report "
               "to its district education bureau for the inclusive (普惠性) kindergarten review. The collection title and "
               "the sample line ('幼儿园自查报告范文 篇1') were dropped; no title line, title null. The addressee "
               "'迎江区教育局：' is body. The sample names 迎江区 in the addressee and a kindergarten in 富平县薛镇; kept.",
               "Site watermarks kept, never labelled: at the end of the addressee line and of two items, and as lines of "
               "their own ('公文汇 www.gongwenhui.com', '稿子汇 www.gaozihui.com').",
               "'一、基本情况：富平县薛镇晓慧幼儿园位于薛镇底店街道。' is a run-in heading cut at the colon (background). "
               "（一） and （二） are statements (pupils, staff), labelled items, level 2. '（三）办学基本标准达标情况1.办学条件。' "
               "carries its sub-heading glued on the same line (the 1. is inside the line, not labelled); heading text set "
               "by hand, level 2. Below it the numbering restarts: '（一）用房配置。…' and '（二）户外场地。…' are run-in "
               "headings under the unlabelled 1.办学条件, level 3 (level 4 accepted: 1. sits between them and （三））. "
               "All background. The page ends inside （二） ('…开辟了种植园')."],
        units=["富平县薛镇晓慧幼儿园"],
        text="""\
迎江区教育局： 公文汇 www.gongwenhui.com
根据国家和省市有关文件精神，按《迎江区普惠性幼儿园的管理办法》（迎教【20xx】45号）的要求，我园对办园条件、保教质量、依法办园、行政管理和队伍建设等工作进行了认真自查，现将自查情况报告如下。
公文汇 www.gongwenhui.com
@H1 sec=background | 一、基本情况：富平县薛镇晓慧幼儿园位于薛镇底店街道。
稿子汇 www.gaozihui.com
@I2 | （一）我园现有137名幼儿，其中女生73名、男生64名，分六个班，入园率百分之百。 稿子汇 www.gaozihui.com
@I2 | （二）我园现有保教人员12人，大专以上8人、中专以上2人，学历合格率为80%，都能胜任教学、遵守师德、关爱幼儿。 稿子汇，范文学习文库
@H2 text=（三）办学基本标准达标情况 | （三）办学基本标准达标情况1.办学条件。
我园占地2400余平方米，建筑面积20xx多平方米，户外活动场地945平方米，设有专用跑道；教室配有电视机、白板和取暖设备，室内外地面全部软化，操场配有大型玩具；厨房有冰箱、压面机、消毒柜、留样柜等设施。
排气排烟良好，上下水通畅，防鼠防蝇设施齐全。
已取得卫生许可证，炊管人员持证上岗，食品采购规范，食品留样48小时。
@H3 lvlalt=4 | （一）用房配置。教学、生活用房布局合理，每班有不少于50平方米的明亮洁净的活动室，并配有寝室、盥洗室和厕所，厨房符合卫生标准。
@H3 lvlalt=4 | （二）户外场地。户外场地充足，地面铺塑胶草坪，园内绿树成荫、环境优美，操场四周还为幼儿开辟了种植园
""",
    ),
    dict(
        name="fresh46_12_power_company_meeting_exchange_report",
        source="https://taowenge.com/p-86647781.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        notes=["A city power-supply company's report at an advanced-deeds meeting (交流材料, delivered: '各位领导、同志们：'). "
               "A document-sharing conversion with chunk markers: '1、' glued to the title at the start of the page, "
               "'2、' and '3、' splitting words ('…近五年，我' / '2、市经济…', '…我们便连' / '3、续 三次…'); kept as debris, "
               "not labelled. The title line keeps its chunk marker; the title is set by hand without it (title_override). "
               "The site's file name line and sharing blurb were dropped.",
               "The conversion's word substitutions are kept ('进展' for 发展, '与谐' for 和谐), also in the heading "
               "'一、围绕进展大局，畅通经济社会进展的血脉', which the page glued to the end of the opening paragraph; it was "
               "put on its own line. Kind achievements. The page ends inside its body ('被我们服务地')."],
        title_override="XX市电业公司先进事迹报告会交流材料",
        units=["电业公司"],
        text="""\
@T | 1、XX市电业公司先进事迹报告会交流材料
各位领导、同志们：
市委、市政府安排我们在这里汇报工作，是对我们和所有驻莱单位的鼓励与鞭策。近年来，电业公司围绕全市进展大局，加快城乡电网建设，优化用电服务；去年全国供电紧张，我市基本没有限电拉路，公司完成供电量15.4亿千瓦时，同比增长15. 4%，居烟台各县市区之首，上缴税金4051 万元，列同行业第一，跨入“国家一流县级供电企业”行列。
@H1 sec=achievements | 一、围绕进展大局，畅通经济社会进展的血脉
电力是经济社会与谐进展的血脉。近五年，我
2、市经济进展迅猛，公司供电量年均增长15%，是XX市平均数的1. 5倍；而境内只有一座220千伏变电站，主变容量24万千伏安，2004年最高负荷已达23万千瓦，电网超负荷运行。我们果断向烟台供电公司申报掖县变电站三期扩建和“庄西线”两项增容工程，“庄西线”建成后可增加输电能力6万千瓦，但按计划要到2005年下半年才能竣工。为争取早日开工，春节后上班第一周我们便连
3、续 三次到烟台供电公司，靠上去做工作。被我们服务地
""",
    ),
]
