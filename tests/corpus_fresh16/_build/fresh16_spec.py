# -*- coding: utf-8 -*-
"""The sixteenth held-out fresh set: real Chinese work summaries, reports, work
plans and schemes with many section headings, by writers the earlier sets lack
or barely have: two schools (a senior high school's semester summary, a
Shanghai school's annual plan), two kindergartens (an annual plan and a term safety plan), a county procuratorate, a
hospital delivery room, a state-owned aluminium company's village-aid team, an
economic zone's fire brigade, a county traffic-police brigade, a city's
air-pollution scheme, a district ecology-environment branch, a county rural
credit cooperative union, a township market-supervision station and a
township's public-health service (health-centre side).
Found as stored public web pages with the `search` tool's `pages` corpus.  None
of the source pages is a source of shared/corpus-dev or tests/corpus_fresh ..
tests/corpus_fresh15 (nor of corpus_fresh14).  HELD OUT: never tune an importer
on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  dates, upload metadata, collection blurbs, sample numbers, page titles that
  are not the document's, paywall lines) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation (including site artefacts: two headings glued on one line, a
  number without its punctuation, a half-width comma with a space).  The store
  keeps NFKC-normalised text, so full-width punctuation （）：，；“” was
  restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source (XX, xx, x, 202x, 20xx, XXXXXXX, *大) are kept.  The visible parts
  name no persons (personal names would have been dropped).  Item lines (enumerated statements) keep their labelled sentence.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH16_DOCS = [
    dict(
        name="fresh16_01_senior_high_school_semester_summary",
        source="https://www.fh.gov.cn/art/2023/12/29/art_1229703015_4348533.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["奉化高级中学 (Fenghua, Ningbo) summary of the second semester of the 2022 school year, published on the "
               "district government site; the stored text starts with the lead-in, so no title line is shown.",
               "一、2022学年第二学期工作概况 is achievements; （一）/（二） and the four '1.'-'4.' lines under （一） "
               "(short titles, three of them standing back to back without a body) are headings at levels 2 and 3. "
               "'3.党建带团建, 完善党建工作制度' keeps the page's half-width comma followed by a space. The page ends in "
               "the body of （二） ('…为指导，全')."],
        units=["校党总支", "政教处", "团委"],
        text="""\
2023年是全面贯彻党的二十大精神的开局之年，也是学校在后疫情时代推动教育平稳转换的挑战之年。我校依据国务院办公厅《关于新时代推进普通高中育人方式改革的指导意见》、《中国教育现代化2035》和教育部《“十四五”县域普通高中发展提升行动计划》，以创建浙江省现代化学校为目标，围绕“回顾+强化”主题，秉持“做最好的自己”的学校精神，夯实人文学科特色高中新样态学校的基础，学校保持健康稳定发展。现将本学期工作总结如下：
@H1 sec=achievements | 一、2022学年第二学期工作概况
@H2 | （一）强化党建引领，弘扬二十大精神
校党总支以习近平新时代中国特色社会主义思想和党的二十大精神为指导，按照教育局党委党建工作要点，围绕“固本守正，知行合一”党建品牌，落实“三位一体党建+”工作模式。
@H3 | 1.以学习二十大精神为基础，加强全体党员的思想建设
@H3 | 2.持续开展“三名三层联动”奉化高级中学·奉化二中协作体建设
@H3 | 3.党建带团建, 完善党建工作制度
@H3 | 4.固本守正，初见佳绩
“固本守正，知行合一”党建品牌已覆盖服务师生的各个方面，形成具有奉化高级中学特色的党建工作网络，本学期获评区教育系统“一校一品”十佳党建品牌。
@H2 | （二）坚持以生为本，推动德育创新
本学期政教处和团委按照2022—2023学年第二学期奉化区中小学德育、安全工作会议精神及学期初工作计划开展工作，以社会主义核心价值观为指导，全
""",
    ),
    dict(
        name="fresh16_02_shanghai_school_annual_work_plan",
        source="https://shiba.hpe.cn/fbgk/hjjg/637272.htm",
        doc_kind="plan", partial=True,
        notes=["A Huangpu (Shanghai) school's work plan for 2022 on its own site (shiba.hpe.cn); the stored text starts at "
               "'一、指导思想', so no title line is shown and the school is not named in the visible part ('智诚教育' is "
               "its education brand).",
               "一、指导思想 is guidance; 二、工作目标 is goals, with five （一）-（五） target headings each followed by a "
               "short body; 三、主要工作 holds the task areas (measures, goals accepted). Its '1、抓好…育人环境。' is a "
               "run-in task heading (level 3) cut at the first '。'; the page ends inside its body ('…2022年全国教育')."],
        units=[],
        text="""\
@H1 sec=guidance | 一、指导思想
2022年是新时代新征程中具有特殊意义的一年。学校坚持用习近平新时代中国特色社会主义思想铸魂育人，加强党对学校教育工作的全面领导，贯彻新发展理念、推进依法治校，巩固疫情防控常态化下的管理与改革成果；按照市、区教育行政部门的指导意见，深化“双新”、“双减”、“双选”改革，走特色高质量发展之路，完成2021-2025“十四五”发展规划关键之年的改革攻坚任务。
@H1 sec=goals | 二、工作目标
@H2 | （一）管理目标
管理更加精细化、人本化、民主化，扁平化行政管理模式不断完善，各职能部门协调配合。
@H2 | （二）德育目标
加强党对思想道德教育的全面领导，建成“智诚教育”框架下五育融合的德育体系，常规教育见实效，主题教育有深度，特色教育成亮点。
@H2 | （三）课程教学目标
丰富“智诚教育”课程内涵，推进国家课程校本化，加强学科资源和学科品牌建设，转变课堂教学，教学常规严谨、质量稳中有进。
@H2 | （四）队伍建设目标
落实顶层设计，提升教师“导（全员导师）、教（教学实践）、研（教育科研）”的综合能力；更新校本培训体系，完善教师考核评价，名优教师不断涌现。
@H2 | （五）辅教工作目标
服务规范，管理制度健全，主动保障教育教学所需，提高为师生服务的质量。
@H1 sec=measures alt=goals | 三、主要工作
@H2 | （一）优化学校管理，建设文明校园
@H3 | 1、抓好师生员工的思想政治教育，营造风清气正的育人环境。组织教职员工学习2022年全国教育
""",
    ),
    dict(
        name="fresh16_03_experimental_kindergarten_annual_plan",
        source="https://61taotao.com/office/208249.html",
        doc_kind="plan", partial=True,
        notes=["An experimental kindergarten's plan for 2020 (国际象棋 chess as its brand) on a document-sharing site; the "
               "upload metadata and the site's numbered notice lines ('1、本文档由用户上传…') were dropped, and the "
               "document-name line (without the site's '(1)') is the title line.",
               "二、工作目标 lists six goal statements （一）-（六） (items, as in fresh4_02); 三、具体措施 repeats the "
               "first of them as a heading and has run-in task headings below it: '1. 严格制度落实。' keeps the space "
               "after '1.', and '2严格责任落实。' has lost the punctuation after its number (numbering '2', class none). "
               "The page ends inside the body of 2 ('…信息报送等制度，')."],
        units=[],
        text="""\
@T | 幼儿园2020年园务工作计划
@H1 sec=guidance | 一、指导思想
依据市、区XX年计划要点，结合实验幼儿园实际，以贯彻《幼儿园工作规程》《幼儿园教育指导纲要》《3—6岁儿童学习与发展指南》为核心，依法办园、规范管理、注重内涵、彰显特色：实施一项师资培训提升工程，落实一个《指南》促进幼儿发展，启动一个结对帮扶计划，完成学年六项任务，争创高质量的优质+规范+特色国际象棋品牌幼儿园
@H1 sec=goals | 二、工作目标
@I2 | （一）强化安全管理，创建平安校园
@I2 | （二）依法优质办园，规范办园行为
@I2 | （三）全面落实《指南》，促进孩子发展
@I2 | （四）加强师资培训，提升教师素质
@I2 | （五）开展结对帮扶，促进园际交流
@I2 | （六）彰显办园特色，提升服务形象
@H1 sec=measures alt=goals | 三、具体措施
@H2 | （一）强化安全管理，创建平安校园
@H3 | 1. 严格制度落实。制定XX年幼儿园安全工作计划，落实“一岗双责”和《学校安全生产责任落实测评体系细则》，完善安全机构网络图，管理制度上墙、责任到人，层层签订安全责任书，做到有计划、有总结、有反馈。
@H3 num=2 | 2严格责任落实。严格执行领导带班和教师值班、门卫管理、家长刷卡接送、疾病防控和食品卫生安全、信息报送等制度，
""",
    ),
    dict(
        name="fresh16_04_county_procuratorate_public_interest_halfyear_report",
        source="http://allw.cn/news/161702.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county procuratorate's report on its public-interest litigation work in the first half of 202x (我院, "
               "xx县), on a 范文 site; no title line in the stored text. Masks 202x, xx, x and 'XXXXXXX' (the guiding "
               "thought) kept.",
               "一、基本工作情况 describes the work done: achievements, with background accepted. Its （一）-（三） are "
               "run-in headings ending in '。' and cut there. The page ends in the body of （三） ('…相关行政')."],
        units=[],
        text="""\
202x年，我院在上级院指导和院党组领导下，以XXXXXXX为指导，牢记习近平总书记对新时代政法工作、检察工作的要求，从严从实开展政法队伍教育整顿，统筹学习和工作，落实《202x年全省检察机关公益诉讼检察工作要点》，发挥公益诉讼检察职能，守护人民群众的公共利益。现将202x年上半年公益诉讼检察工作汇报如下。
@H1 sec=achievements alt=background | 一、基本工作情况
@H2 | （一）积极回应群众关切，案件数量有所提升。上半年我院结合xx县自然风光和资源状况，办理了一批群众关心的公益诉讼案件：1月至6月11日核查线索x件、同比上升x%，立案x件、同比上升x%，发出诉前检察建议x件、同比上升x%，收到回复并整改完成x件。生态环境保护、资源保护和食品安全领域各有诉前检察建议发出，生态环境领域中1件涉及水生生物多样性保护，仍在核实。
@H2 | （二）常态化开展回头看工作，保证检察建议有效落实。1-3月，公益诉讼检察人员按地域分片，以主动联系、走访调查、实地查看等方式，对去年发出检察建议的x件案件逐一“回头看”，督促已整改未回复的单位尽快回复；去年办理的xx地饮用水安全案件年初再次走访，确认该社区饮用水问题已经解决。
@H2 | （三）结合我县县情，开展地热资源保护工作。我院主动对接县政府和县政协委员了解县情：我县地热水资源丰富，关系全县经济发展，但多年无序开采，相关行政
""",
    ),
    dict(
        name="fresh16_05_hospital_delivery_room_halfyear_summary",
        source="https://www.51vvv.com/content/36f49f.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A hospital delivery room's (产房) half-year summary, the first sample ('篇一') of a 范文 page whose title "
               "'四月护理工作重点 护理工作计划' does not belong to the document; the page title, posting line, blurb and "
               "sample heading were dropped, so no title line is shown.",
               "Eight 1、-8、 headings at the top level: 1、-6、 are work done (achievements; 5、 has no body), 7、存在问题 "
               "is problems and 8、20xx年下半年产房工作计划 next steps. Its points are written without punctuation "
               "after the number ('1继续…', '2继续…'; numbering '1', '2', class none) and are items; the page ends in "
               "the third ('3提高护理'), kept as the fragment and labelled like its siblings."],
        units=["护理部"],
        text="""\
@H1 sec=achievements | 1、工作成绩
上半年共收治产妇501人，其中剖宫产326例、顺产175例，无痛分娩2例；新生儿508人，新生儿沐浴986人次，足筛查和听力筛查各506例；引产156例，抢救危重病人8例。
@H1 sec=achievements | 2、认真落实各项规章制度
护理部重申各级护理人员职责，明确岗位责任制和护理工作制度，坚持产妇、新生儿和用药等查对制度及床头交接班制度。
@H1 sec=achievements | 3、加强医德医风建设
落实护士行为规范和文明用语，掌握医患沟通技巧；新分配的护士先接受岗前职业道德、规章制度、行为规范以及护理基础知识、专科知识和操作技术考核，合格后上岗。
@H1 sec=achievements | 4、提高护理人员业务素质
产房人员在护理部组织的考试中多次取得好成绩，实习生带教严格。
@H1 sec=achievements | 5、加强了院内感染管理
@H1 sec=achievements | 6、加强抢救物品和药品的管理
急救物品实行“五定”管理，仪器专人负责、定期保养；交接班人员每天检查并记录，专管人员每周全面检查，护士长每周检查并随时抽查，急救物品始终处于应急状态。
@H1 sec=problems | 7、存在问题
个别护士素质不高、无菌观念不强、实践技能较差；产房护理人员不足，上通宵夜班有安全隐患，护士长参与排夜班，部分管理不到位。
@H1 sec=next_steps | 8、20xx年下半年产房工作计划
@I2 num=1 | 1继续严格认真执行各项规章制度。
@I2 num=2 | 2继续加强医德医风建设。
@I2 num=3 | 3提高护理
""",
    ),
    dict(
        name="fresh16_06_aluminium_company_village_aid_report",
        source="https://ellyjt.com/fanwendaquan/gongzuohuibao/14771.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The village-aid team of a state-owned aluminium company (广西来宾银海铝业有限责任公司) reports on its 2021 "
               "rural-revitalisation work in 顺安村 (大兴镇, 都安县) and announces its 2022 plan; the page's name line "
               "'驻村工作队员三季度工作汇报' is the title line (the site's blurb '下面是小编为大家整理的…' was dropped).",
               "Only the first part is visible: 一、顺安村基本情况 (background) with three （一）-（三） headings standing on "
               "their own lines. The page ends in the body of （三） ('…返贫风险监测户10户，')."],
        units=["广西来宾银海铝业有限责任公司"],
        text="""\
@T | 驻村工作队员三季度工作汇报
2021年是实施“十四五”规划的开局之年，是脱贫攻坚取得决定性胜利后的收官之年，也是实施乡村振兴战略的元年。在集团和银海铝业集团支持、当地政府领导下，大兴镇顺安村巩固了脱贫成果，乡村振兴全面铺开。现结合都安县大兴镇顺安村实际，对广西来宾银海铝业有限责任公司（以下简称“来宾银海铝”）2021年乡村振兴工作作简要总结，并简述2022年工作计划。
@H1 sec=background | 一、顺安村基本情况
@H2 | （一）自然条件情况
顺安村在都安瑶族自治县大兴镇西北部，是“十四五”时期国家级深度贫困村之一，属喀斯特大石山区，素有“九分石头一分地”之说。全村27个村民小组504户1810人，耕地1238亩，人均0.68亩，收入主要靠外出务工和种植玉米、黄豆，饲养牛、羊、鸡、猪等传统种养。
@H2 | （二）村基本建设情况
经多方努力，村里基本实现屯屯通硬化路，主要道路和农户家中装了太阳能路灯，生活动力用电、网络信号和电视通讯基本普及，已启用自来水（抽取地下水的200m3集中供水水柜1个）；有公共服务中心1处、新建文体中心1处、休闲娱乐场所3处、篮球场3个、标准化卫生室1个（70㎡，资质医生1名），中心小学1所和教学点1个，教师6名、学生53名，义务教育阶段无辍学，子女接受中高等教育也较普遍。
@H2 | （三）贫困户基本情况
2021年底，全村有建档立卡脱贫户207户867人，返贫风险监测户10户，
""",
    ),
    dict(
        name="fresh16_07_economic_zone_fire_brigade_annual_summary",
        source="https://xiebiwenku.com/index/article/detail/detail_id/1981.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["An economic zone's fire brigade (经济区消防大队) summary of its first year after the transfer of the fire "
               "service (改制转隶); the stored text starts at '一、改革工作情况', so no title line is shown. Mask 'xx' kept.",
               "Under 一、 (achievements) four unnumbered label headings '牢记“一个信仰”——对党忠诚' … (level 2; the "
               "source repeats '“一个目标”' in the second and fourth) each have a body. The page ends in the bare "
               "heading '二、今年工' (cut mid-word; most likely 今年工作打算 or 今年工作思路): next steps, with "
               "achievements accepted."],
        units=[],
        text="""\
@H1 sec=achievements | 一、改革工作情况
改制转隶后，经济区消防全体指战员上下同心、攻坚克难，按照“主力军”“国家队”的新定位和“全灾种”“大应急”的职能任务加快转型升级，一年来尽职尽责。
@H2 | 牢记“一个信仰”——对党忠诚
大队以两项主题教育为主线，推进“学训词、铸忠诚、创新业、立新功”主题教育，扎实开展“不忘初心、牢记使命”主题教育，聚焦“五句话”目标；组织参观xx红色文化教育基地、重温入党誓词、开展大讨论，指战员坚持自学并做笔记。
@H2 | 围绕“一个目标”——防控风险
大队强化源头管控、抢抓主动，全面启动“双随机、一公开”消防监管，持续开展城中村消防安全、电气线路、电动自行车“正源清违”等专项整治。
@H2 | 夯实“一个根基”——队伍稳定
大队落实“两严两准”建队要求，盯紧“人车酒、黄赌毒、小散远”等关键环节，坚持依法治队、从严治队；落实消防救援人员优待政策，请专家开展战时心理“一对一”辅导，解除指战员后顾之忧。
@H2 | 聚焦“一个目标”——转型升级
大队针对短板“改”固有模式、“革”旧有观念，推动战斗力转型升级，立足辖区构建单位义务消防队、微型消防站、消防中队、消防大队四级塔式救援体系。
@H1 sec=next_steps alt=achievements | 二、今年工
""",
    ),
    dict(
        name="fresh16_08_city_air_pollution_control_scheme",
        source="https://www.gwyoo.com/Article/xzgaoshou/zzfa/202010/730415.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A city's (我市) scheme for air-pollution control in 2020 on a 文秘 site; the page repeats the title above a "
               "posting line ('时间：…'), dropped, and the document's name line is the single title line.",
               "一、总体要求 is guidance, 二、主要目标 goals (PM2.5 and good-air-day targets), 三、重点任务 the task areas "
               "(measures, goals accepted) with '（一）持续产业结构调整，…攻坚战' and a run-in task heading '1.开展传统行业"
               "深度整治提升。'. The page ends inside its body ('…按照市传统行业提升改造'). No 保障措施 section is visible."],
        units=[],
        text="""\
@T | 大气污染综合治理工作方案
2020年是全面建成小康社会、实现第一个百年奋斗目标的收官之年。为完成我市生态环境保护“十三五”规划和打赢蓝天保卫战三年行动方案的目标任务，持续改善环境空气质量，推动经济社会高质量发展和生态环境高水平保护，依据《市2020年大气污染综合治理工作方案》，结合我市实际，制定本方案。
@H1 sec=guidance | 一、总体要求
以生态文明思想为指导，落实党的四中全会、中央经济工作会议、省委九届九次和十次全会以及省“两会”精神，以改善大气环境质量为核心，坚持目标、问题和质量导向，突出精准、科学、依法治污；以优化产业、能源、运输和用地结构为重点，打好传统行业整治提升、散煤整治和清洁取暖成果巩固、机动车污染防治、扬尘面源污染防治、重点污染物深度减排和重污染天气应对六大攻坚战；坚持综合治理、源头治理和区域联防联控联治，强化执法和考核奖惩问责，坚决打赢蓝天保卫战。
@H1 sec=goals | 二、主要目标
2020年全市空气质量持续改善：PM2.5平均浓度与2019年持平，为41微克/立方米；平均优良天数比率达到66.6%；完成市打赢蓝天保卫战三年行动方案目标，以及上级下达的二氧化硫、氮氧化物减排目标。
@H1 sec=measures alt=goals | 三、重点任务
@H2 | （一）持续产业结构调整，打好传统行业整治提升攻坚战
@H3 | 1.开展传统行业深度整治提升。梳理产业发展定位，按照“标杆建设一批、改造提升一批、优化整合一批、淘汰退出一批”的总体要求，按照市传统行业提升改造
""",
    ),
    dict(
        name="fresh16_09_district_ecology_branch_halfyear_report",
        source="http://m.cyzxm.cn/a/36401.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A district ecology-environment branch's (区生态环境分局) report on its work in the first half of 202x and its "
               "next tasks (新安江 district); the stored text ran the title straight into the first sentence, and the line "
               "was split at that boundary. The paywall line at the end ('预览阅读已结束…联系老师') was dropped.",
               "'一、上半年工作进展一、坚持担当作为，层层压实生态环境保护责任。' carries two headings on one line: it is "
               "labelled once, as the level-1 achievements heading '一、上半年工作进展' (text set by hand); the glued "
               "second '一、' is a marker in the middle of the line and is not labelled. The '一是…' / '二是…' lines "
               "below stand alone and are headings at level 2 (their parent in the text is the glued '一、坚持担当作为…', "
               "so level 3 is accepted). The page ends in the body of 二是 ('…工作措施的全')."],
        units=[],
        text="""\
@T | 区生态环境分局202x年上半年工作进展及下步重点工作安排的报告
今年以来，我区学习贯彻习近平生态文明思想，落实中央和省、市重大决策部署，坚持生态优先、绿色发展，深入打好污染防治攻坚战，推进“1+1+N”突出生态环境问题排查整改，积极创建省级生态文明建设示范区。
上半年空气和地表水环境质量稳定优良：PM2.5平均浓度22.1微克/立方米，PM10平均浓度34.6微克/立方米，全区优良天数比例98.3%；新安江干流3个国控断面达到地表水Ⅱ类标准，4个市控断面达到Ⅲ类标准。
@H1 sec=achievements text=一、上半年工作进展 | 一、上半年工作进展一、坚持担当作为，层层压实生态环境保护责任。
@H2 lvlalt=3 | 一是强化组织领导。
践行“绿水青山就是金山银山”理念，把生态环境保护纳入党政重要议程，与经济建设同部署、同落实、同检查、同考核；区委常委会、区政府常务会和区生态环境保护委员会全体会议多次听取汇报，推动解决各类生态环境问题。
@H2 lvlalt=3 | 二是健全工作机制。
建立“党政同责、一岗双责”制度体系，坚持“管发展必须管环保、管行业必须管环保、管生产必须管环保”，出台三大污染防治、突出生态环境问题排查整治和生态文明建设示范区创建等专项方案，推动政策制度和工作措施的全
""",
    ),
    dict(
        name="fresh16_10_county_rural_credit_union_annual_summary",
        source="https://wenshuyi.com/a/fileztyvpnjk.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county rural credit cooperative union's (农村信用合作联社, 我联社) summary of 2020, the first sample of a "
               "collection page; the posting line, the collection heading '(精选12篇)' and the sample heading '… 篇1' "
               "were dropped, and the document-name line is the title line.",
               "一、目标任务完成情况 and 二、工作措施 (backward-looking measures in a summary) are achievements, measures "
               "accepted on 二、. The paragraphs under （一）/（二） start with '一是…。' and are labelled as run-in "
               "headings (level 3) cut at the first '。'; the later 二是/三是/四是 inside the same paragraph are not "
               "labelled. The page splits the first point of （二） over three lines (two continuation lines are body) "
               "and ends in a bare '二是', which was dropped."],
        units=["联社党委"],
        text="""\
@T | 农村信用合作联社2020年度工作总结
2020年，我联社在县委、县政府领导下，坚持“四个面向”市场定位和支农支小支实，以精细化管理、高质量发展为主线，稳中求进，巩固防疫成果，聚焦主责主业，在“强化党建、深化改革、精细管理、严防风险、提升质量”五个方面扎实推进，完成了县委县政府下达的各项任务。
@H1 sec=achievements | 一、目标任务完成情况
全年各项存款增加14.2亿元，累计投放各项贷款44.67亿元，不良贷款下降1126万元，上缴税金523万元，完成了当年的个性指标任务。
@H1 sec=achievements alt=measures | 二、工作措施
@H2 | （一）加强党的建设，凝聚发展合力
@H3 | 一是筑牢“主阵地”，让政治保障实起来。联社党委履行基层党建“第一责任人”职责，制定2020年党建工作要点和《联社党委主体责任清单》，党建与业务同安排、同落实、同考核，全年召开党委中心组学习31次、研讨交流4次、民主生活会2次，请县委党校宣讲团专题宣讲2次。二是讲政治、抓学习，坚持周一、周五集体学习。三是推进基层支部党建标准化建设。四是持续正风肃纪，改进文风会风，让中层管理人员腾出精力抓落实。
@H2 | （二）坚持回归本源，专注主业
@H3 | 一是全力拓展业务。制定各类业务拓展方案，业务范围有所拓宽；
城区网点和基层网点的营销区域细分到位，精准营销见到成效；
在全县32个信贷网点搭建线上贷款营销、申请、审批一体化平台，保障“市民e贷”稳步发展；
""",
    ),
    dict(
        name="fresh16_11_market_supervision_station_rectification_summary",
        source="https://wenku.docs.qq.com/detail?docId=a6VORh6e2d",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["糯福市场监管所 (a township market-supervision station on the Yunnan–Myanmar border) reports to the county "
               "bureau's anti-gang office on its clean-up of disorder in the trades it supervises. The page shows its "
               "own title with a '2022' prefix and a teaser of the first lines, both dropped; the document's title line "
               "and its addressee line follow (the addressee is not labelled). The PDF line breaks inside sentences "
               "were joined.",
               "一、食品行业存在的乱象 lists the problems found (problems, background accepted); its '一是…' / '二是…' "
               "lines are statements (items). '存在问题的原因。一是…' is a run-in label heading (problems, 原因分析) and "
               "'整改措施：' a label heading standing alone (measures, next steps accepted), both at level 2, with its "
               "'一是…'-'三是…' measures as items at level 3. The page ends inside the third measure ('…走私食品、过')."],
        units=["糯福市场监管所"],
        text="""\
@T | 市场监管所对行业乱象清理排查工作总结
县局扫黑除恶领导小组办公室：
按照县局扫黑除恶领导小组办公室2019年3月28日会议的安排，糯福市场监管所及时对有关行业存在的乱象开展清理排查，现将工作情况总结如下：
@H1 sec=problems alt=background | 一、食品行业存在的乱象
@I2 | 一是糯福乡处于云南与缅甸佤邦的交界处，各种食品走私活动频繁，主要涉及大米、功能饮料、白糖等食品走私，而群众对走私食品的辨别能力较弱，存在食品安全风险。
@I2 | 二是百货店、超市对食品保质期重视程度不够。米干生产小作坊车间及周边卫生不达标、操作人员不戴专用衣帽、作坊周围饲养家禽等情况也时有发生。
@H2 sec=problems | 存在问题的原因。一是部分商家见利忘义，丢了诚信经营；二是食品生产者不够重视食品安全；三是监管还不够细致到位。
@H2 sec=measures alt=next_steps | 整改措施：
@I3 | 一是进一步加大宣传力度，畅通投诉举报平台，提升群众识别食品的能力，提高群众防范意识。
@I3 | 二是加强食品经营者诚信经营意识，建立诚信经营体系，营造诚信经营市场。
@I3 | 三是加大市场监管、巡查力度，发现有销售走私食品、过
""",
    ),
    dict(
        name="fresh16_12_kindergarten_term_safety_plan",
        source="https://m.wenke99.com/p-5310009.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's safety work plan for a term (本园, 本学期) from a document-sharing site, where it arrived as "
               "one run-together block; it was split at the numbering markers and at the unnumbered sub-heading. The "
               "site's name line with its '最新' prefix is the title line.",
               "Half-width: the page ends its sentences in '.' and has lost the quotation marks around its slogans "
               "(' 安全第一 ', ' 谁主管,谁负责 ' between spaces); the rewritten bodies keep both, while colons and commas "
               "were restored to full width. 一、指导思想： and 二、工作目标： run straight into their bodies (cut at the "
               "colon). 三、领导小组 (responsibilities) is followed by the empty key-value line '组长：副组长：组员：' "
               "(names left blank on the page; not labelled). Under 四、主要工作及措施 (measures, goals accepted) the "
               "unnumbered '加强安全制度建设，提高依法管理意识.' is a level-2 heading; the page ends in its first point "
               "('1、加强安全制度建设，'), kept as a bare level-3 heading."],
        units=[],
        text="""\
@T | 最新幼儿园安全工作计划
@H1 sec=guidance | 一、指导思想：抓好本园安全工作，牢固树立 安全第一 的思想和 预防为主 的方针，把安全责任制层层落实.加强幼儿安全教育，培养幼儿的自我保护和自我管理能力，引导他们细心观察、处处留意，防范突发事故；加大安全管理、检查和监督力度，营造融洽、和谐、健康、安全舒适的环境，保证保教秩序正常.依据上级安全工作会议精神，结合本园实际，制定本学期安全工作计划.
@H1 sec=goals | 二、工作目标：按照 谁主管，谁负责 的原则层层签订安全责任书，工作到位、责任到位.经常对家长和幼儿进行安全教育，重点是交通、消防安全和防食物中毒、防传染病、防盗窃、防侵害、防突发事故，并开展法制、自防自救、防火防灾和食品卫生与健康教育，增强师生员工的防范意识，提前消除隐患，提高自我保护和自救能力.
@H1 sec=responsibilities | 三、领导小组
组长：副组长：组员：
@H1 sec=measures alt=goals | 四、主要工作及措施
@H2 | 加强安全制度建设，提高依法管理意识.
@H3 | 1、加强安全制度建设，
""",
    ),
    dict(
        name="fresh16_13_county_traffic_police_brigade_annual_summary",
        source="https://meipian.cn/4kajkb5q",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["桓台 county traffic-police brigade (桓台交警大队) summary of 2022, posted as a meipian photo essay; the store "
               "kept the page's HTML paragraph markup, which was stripped (one paragraph per line). The essay's title is "
               "not in the stored text, so no title line is shown.",
               "Each numbered heading 一、-三、 (ending in '。') is preceded by a short banner label ('聚力路面管控', "
               "'聚力隐患整治', '聚力宣传引导'); the labels are labelled as level-1 achievements headings and the numbered "
               "headings as level 2 (level 1 accepted, for a reading that puts both on one level). The points under "
               "them are short unnumbered body lines. The page ends in a body line ('…内容丰富的系')."],
        units=[],
        text="""\
2022年，桓台交警大队在上级党委领导下，坚持人民至上、生命至上，紧扣交通事故“减量控大”目标，主动作为，在事故预防上破题、在事故压降上提效，全县道路交通安全形势平稳向好。
@H1 sec=achievements | 聚力路面管控
@H2 lvlalt=1 | 一、坚持打防并举，着力提升道路安全有序通行环境。
全警动员、多警种联合，持续整治酒驾醉驾。
电动二、三轮车不戴安全头盔的专项行动常态化开展。
依托中队数字警务室提前研判，精准查处各类交通违法。
会同多个部门常态化整治移动污染源。
用科技手段抓拍电动二、三轮非标车的不文明交通行为，以短信告知本人，并抄送县文明办和镇（街道）。
@H1 sec=achievements | 聚力隐患整治
@H2 lvlalt=1 | 二、坚持精准施策，着力筑牢道路交通事故预防基础。
借道路交通安全大排查大整治行动，新建或改造信号灯，安装减速带和支路哨兵，增设路口隔离护栏，优化路口电警，推进国道示范路创建。
盯住风险点科学管理、综合施策，化解道路不安全因素，预防和减少交通事故。
@H1 sec=achievements | 聚力宣传引导
@H2 lvlalt=1 | 三、坚持点面结合，着力营造全域交通安全浓厚氛围。
借助抖音、微信公众号等新媒体曝光交通违法，警示效果良好。
在五一、十一、国庆和寒暑假结束等节点开展主题鲜明、内容丰富的系
""",
    ),
    dict(
        name="fresh16_14_township_public_health_halfyear_plan",
        source="https://m.wenke99.com/p-5638938.html",
        doc_kind="plan", partial=True,
        notes=["A township's (我镇) plan for its basic public-health services in the second half-year, written from the "
               "health-centre side (village clinics, health records, chronic-disease follow-up); the site's name line "
               "with its '精选' prefix is the title line. The page arrived as one block and was split at the markers. "
               "The site's converted wording ('分类干越' for 干预, '健康训练' for 健康教育, '工作支配' for 工作安排) and the "
               "mask '*大' are kept where they fall.",
               "The plan opens with 一、 上年度存在的主要问题： (problems; a space after '一、'), whose six points are "
               "problem statements (items; '1、 健康档案的建立：…' is cut at its colon, and 1、-3、 have a space after "
               "'、'). 二、下半年的工作目标： is goals; the page ends in its body ('…实施干预')."],
        units=[],
        text="""\
@T | 精选乡镇下半年公共卫生工作计划
下半年我镇基本公共卫生工作的思路：落实*大的方针政策，以深化医改为主线、以提高居民健康水平为目标，做好基本公共卫生服务，使各项工作再上台阶，让全镇居民真正享有均等化的基本公共卫生服务。依据国家政策和省市县卫生行政部门的规定，我镇下半年公共卫生工作支配如下：
@H1 sec=problems | 一、 上年度存在的主要问题：
@I2 | 1、 健康档案的建立：部分已建档案在家部分的物理体检未完成。
@I2 | 2、 慢病随访中分类干越实施得很差，个别随访存在造假行为。
@I2 | 3、 与门诊医生未形成默契配合，档案未很好的利用，大多数成了“死档”，失去了建档的意义。
@I2 | 4、儿童和孕产妇保健工作未得到村卫生室人员的很好重视，开展得很差。
@I2 | 5、老年人体检率达不到要求。
@I2 | 6、部分村卫生室健康训练工作开展得很差。
@H1 sec=goals | 二、下半年的工作目标：
公共卫生服务项目是国家提高城乡居民健康水平的重要方法和惠民政策，通过实施基本和重大公共卫生服务项目，对居民健康问题实施干预
""",
    ),
]
