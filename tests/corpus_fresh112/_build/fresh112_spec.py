# -*- coding: utf-8 -*-
"""The 112th held-out fresh set: government work reports (政府工作报告) and annual
and half-year work summaries (年度工作总结 / 半年工作总结) of towns, subdistricts,
counties and a county bureau, chosen for parts written as unnumbered sentences
(五年来，我们…… / ——过去五年，我们……), run-in names (经济指标回升向好。……) and
一是/二是; four documents show no title.  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of another set (checked against every exclusion list
and used_sources.tsv under /work/fresh*/ and every label file's source).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading and title lines keep the source's numbering and wording; the store
  keeps NFKC-normalised text, so full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH112_DOCS = [
    dict(
        name="fresh112_01_town_17th_congress_government_report",
        source="http://m.7rdy.cn/news/92340.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's work report to the first session of its 17th people's congress (place masked 'xx', "
               "date masked '202x年x月x日'). The stored page starts with the '——…会议上' subtitle line; the report's main "
               "title line is not in view, so the subtitle is taken as the title line (title = that line). The site's "
               "'下一篇' link at the end was dropped.",
               "'各位代表：' (salutation) and the opening paragraph are body.",
               "一、回顾“十三五”发展成就 is the visible level-1 part (achievements). Under it a run-in sentence heading led by "
               "a dash: '——过去五年，我们全力以赴稳增长、抓项目，综合实力大幅度增强。一是经济发展稳中有进。…二是…三是…'; "
               "level 2, numbering '——'. The 一是/二是/三是 inside that line are markers in the middle of a line and are not "
               "labelled. The page breaks off at '三是村集体经济……' (the page's own ellipsis)."],
        units=["镇人民政府"],
        text="""\
@T | ——202x年x月x日在xx镇第十七届人民代表大会第一次会议上
各位代表：
现在，我代表镇人民政府向大会报告政府工作，请予审议，也请列席的同志提出意见。
@H1 sec=achievements | 一、回顾“十三五”发展成就
“十三五”五年是xx发展势头最好、变化最大、群众获得感最强的时期。在县委、县政府和镇党委领导下，全镇干部群众围绕“拼争全国百强镇，巩固文明卫生城，打赢脱贫攻坚战，建设平安示范区”的目标务实苦干，“十三五”规划主要任务如期完成，为“十四五”打下了基础。
@H2 | ——过去五年，我们全力以赴稳增长、抓项目，综合实力大幅度增强。一是经济发展稳中有进。全镇财政总收入由201x年的2.66亿元增至202x年的4.559亿元，增长55%；“十三五”期间地方公共财政预算收入年均3.35亿元，年度考核任务均较好完成。二是产业发展持续繁荣。五年间招商引资超300亿元，“昌南智慧城”双创基地、“金乐多”宠物电商等项目及多个商业综合体、物流和便民服务项目相继落地，现代服务业、商贸物流业、建筑房地产三大支柱产业质量明显提升。三是村集体经济……
""",
    ),
    dict(
        name="fresh112_02_subdistrict_2025_halfyear_summary",
        source="http://www.wenshang.gov.cn/art/2025/7/30/art_62060_2785687.html?xxgkhide=1",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict's (中都街道, 汶上县) 2025 half-year summary from the county's open-government pages. The "
               "stored text starts with the opening paragraph: no title line is in view (title null).",
               "一、2025年上半年工作总结 (achievements) then run-in headings '（一）经济发展稳中提质，产业动能加速释放。…', "
               "level 2. Inside each （一）/（二） paragraph the page runs in short names as sentences ('经济运行稳中向好。' "
               "'项目建设扎实推进。' '企业服务精准高效。' '教育文体蓬勃发展。'): they stay inside the line as the page shows "
               "them and are not labelled (markers in the middle of a line).",
               "'1-5月' and '上半年' are reporting periods, not phases. The page ends inside （二） ('“文化进万家')."],
        units=["中都街道"],
        text="""\
今年以来，中都街道在县委、县政府领导下，落实省、市“走在前、勇争先”和县委“敢拼抢、勇争先”的要求，把高质量发展放在首位，在强经济、惠民生、提能力上下功夫，各项工作取得阶段性进展。现总结如下：
@H1 sec=achievements | 一、2025年上半年工作总结
@H2 | （一）经济发展稳中提质，产业动能加速释放。经济运行稳中向好。1-5月完成财税收入5545万元，工业产值累计6.88亿元、同比增长2.25%，服务业营收累计突破2.7亿元、同比增长23.7%，高新技术企业产值4.95亿元、同比增长8.15%；上半年新增“四上”企业14家、净增7家，增量全县第一。项目建设扎实推进。围绕产业链精准招商，建立动态招商项目库，攻坚汽车零部件物流、光通讯智能制造等20余个在谈项目；奥特莱斯入选2025年省绿色低碳高质量发展重点项目，4个项目入选省现代服务业重点项目，商贸物流区二期获专项债1.5亿元。企业服务精准高效。以“一站式”服务办理审批、执照等手续19件，时限平均缩短40%；帮助84家企业准备“国补”材料，推送惠企政策15条，申报扶持资金140万元；社区走访企业2.3万户，为120家市场主体融资1.35亿元，消费券惠及1.2万人次。
@H2 | （二）民生福祉持续改善，幸福指数稳步提升。教育文体蓬勃发展。守住校园安全底线，排查整治教培机构隐患，开展防溺水专项治理；打造“德不孤 幸福友邻”全民健身品牌，社区举办体育赛事130场，参与群众超2万人次；“文化进万家
""",
    ),
    dict(
        name="fresh112_03_subdistrict_2023_halfyear_summary",
        source="https://www.hzsc.gov.cn/art/2023/11/15/art_1229742718_4218806.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict's (丁兰街道, 杭州市上城区) half-year summary of its key work, from the district's site. The "
               "stored text starts with the opening paragraph ('…现将半年度重点工作总结如下：'): no title line in view (title "
               "null).",
               "The visible parts are run-in headings '（一）党建引领能力不断提升。…' and '（二）经济运行形势稳中向好。…', the "
               "top level shown: level 1, with level 2 accepted (a parent 一、 may exist on the full page but is not "
               "shown). Kind achievements.",
               "A city leader's name in the body was dropped. '1-4月' / '1-5月' are reporting periods, not phases. The page "
               "ends inside （二） ('…提前完成区下达的半年度目')."],
        units=["丁兰街道"],
        text="""\
今年以来，丁兰街道在区委、区政府领导和各部门支持下，紧扣服务保障亚运这条主线，以建设“高品质生态宜居幸福样板街区”为总载体，推进“五个全域”建设，打造“好生活在丁兰”品牌街区，推动经济社会各项工作提质提速。现将半年度重点工作总结如下：
@H1 sec=achievements lvlalt=2 | （一）党建引领能力不断提升。落实管党治党政治责任，推进党的创新理论入心铸魂计划，开展党的二十大精神和“八八战略”主题宣讲。以党建星级评定和“红领上城·奉献亚运”大考大赛为抓手，把网格智治、基层基础大排查、迎亚运三项提升行动与重点工作结合，推动绿园弄幸福邻里坊提质、“巧大姐”惠民模式扩面，沿山电商直播式和华鹤社区“共享田园”两个共富工坊取得阶段成果。组建“新星”、驿路先锋、“丁小驿”等流动党员和两新党员志愿服务队，深化“临上兰星”跨区党建联建，相关做法获上级领导批示肯定。开展重点领域专项整治监督和正风肃纪督察，抓好巡察反馈问题整改，建立完善制度十余项；两部清廉动漫微视频获第二届“钱潮杯”大赛入围奖。
@H1 sec=achievements lvlalt=2 | （二）经济运行形势稳中向好。1-4月社会消费品零售额同比增长24.15%，增速全区第二；营利性服务业营业收入同比增长41.6%，增速全区第一；1-5月一般公共预算收入同比增长67.05%，提前完成区下达的半年度目
""",
    ),
    dict(
        name="fresh112_04_subdistrict_2023_halfyear_summary_runin_names",
        source="https://zwgk.shmh.gov.cn/mh-xxgk-cms/website/mh_xxgk/xxgk_jjz_ghjh_gl/content/aaf3f1c5-002f-4920-8bdc-dea43e9cb60f.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict's half-year summary from 闵行区's open-government pages (the subdistrict is not named in the "
               "visible text; '湘商在锦' and '湘商浦锦孵化器' suggest 浦锦街道). The stored text starts at '一、上半年工作总结': "
               "no title line in view (title null).",
               "The store ran the page into one block with spaces at the paragraph breaks; it was split into lines at "
               "those breaks. '一、上半年工作总结' stood before the opening paragraph, so the opening ('…主要做了以下六方面"
               "工作：') is body under it.",
               "Three levels: 一、 (achievements), （一）坚持统筹兼顾，经济运行稳中有进 (a standalone heading, level 2), and "
               "unnumbered run-in names '经济指标回升向好。…' and '营商环境不断优化。…' (level 3, numbering none). "
               "'1-6月' and '上半年度' are reporting periods, not phases. The page ends inside the second run-in paragraph "
               "('…夯实常规统计数')."],
        units=[],
        text="""\
@H1 sec=achievements | 一、上半年工作总结
今年是全面贯彻党的二十大精神的开局之年，也是“十四五”规划承上启下的一年。我们以习近平新时代中国特色社会主义思想为指导，学习贯彻党的二十大和总书记考察上海重要讲话精神，落实区委、区政府和街道党工委部署，对标对表、争先进位，推动街道经济社会高质量发展。主要做了以下六方面工作：
@H2 | （一）坚持统筹兼顾，经济运行稳中有进
@H3 num=none | 经济指标回升向好。1-6月财政总收入5.26亿元，同比增长17%，其中区级财政收入2.75亿元、增长74%，非房产区级收入0.39亿元、增长136%，上半年度非房收入占区级收入14%。规模以上工业总产值7.02亿元，同比增长140%；固定资产投资11.21亿元，增长33%；商品销售总额13.87亿元，增长17%；社会消费品零售总额4.76亿元，增长183%。
@H3 num=none | 营商环境不断优化。尝试“向内招商”，走访洽谈企业200余次，办商会活动6场，与湖南商会合办“湘商在锦”系列活动，湘商浦锦孵化器等50个项目落地。召开重点企业座谈会，建立园区企业库，打造“娘家人”企业服务品牌和一站式服务流程；搭建银企融资平台、推广信用贷，扶持企业78户、金额1200万元。启动第五次全国经济普查筹备，明确责任，夯实常规统计数
""",
    ),
    dict(
        name="fresh112_05_town_2004_government_report_dash_parts",
        source="https://www.xchen.com.cn/baogao/gongzuobaogao/545103.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's report to its people's congress reviewing 2004 (the town is 枨冲, named in the body). The "
               "site's breadcrumb and page title ('镇政府报告范文') were dropped; the document's own title line '镇政府报告' "
               "is kept.",
               "'各位代表：' and the opening are body. 一、2004年政府工作回顾 (achievements) holds standalone dash-led parts "
               "'——经济持续健康稳步增长' and '——基础设施建设成就显著' on their own lines, level 2, numbering '——'.",
               "The page ends inside the second part ('…完成了农')."],
        units=["镇人民政府"],
        text="""\
@T | 镇政府报告
各位代表：
现在，我代表镇人民政府作政府工作报告，请大会审议，并请列席人员提出意见。
@H1 sec=achievements | 一、2004年政府工作回顾
2004年对我镇来说很不平凡。镇人民政府在镇党委领导和镇人大、政协监督支持下，以“三个代表”重要思想为指导，贯彻党的十六届三中、四中全会精神，落实“交通先行、工业兴镇、农业稳镇”战略，克服困难，经济和社会各项事业全面进步。
@H2 | ——经济持续健康稳步增长
全年国内生产总值（GDP）4亿元，同比增长30%；工业总产值5.9亿元，增长26%；农业总产值1.53亿元，增长21%；财政总收入2841万元，增长25%，其中地方收入722万元；固定资产投入1.78亿元，增长27%；招商引资到位资金4850万元；农民人均可支配收入3575元，计划生育率98.5%，超额或全面完成镇三届人大四次会议确定的任务。
@H2 | ——基础设施建设成就显著
集中力量建成一批关系枨冲全局的重大基础设施项目。两年来交通建设投资近3000万元，新杨公路、西南干线枨冲段、浏青公路共27.5公里全线通车，青草、牙际山、新南桥、平息、沿河等村（居）道路硬化或砂改油相继开工、竣工；张家店村和橙冲居委会八角亭的标准化渠道初见成效，沿河村国土整理进展顺利，水库、山塘河坝得到修缮；能源建设方面，和平村董家塘等地完成了农
""",
    ),
    dict(
        name="fresh112_06_county_education_bureau_annual_summary",
        source="https://m.1566.cn/fanwen/jiaoyuzongjie/1070061.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a county education bureau's (宿松县, named in the documents it "
               "lists) annual summary and work points. The sample number '第1篇' before the title was dropped. The title "
               "says 2023 but the first part is headed '一、2011年工作总结' (the page's own inconsistency, kept).",
               "Only the summary part is in view, so doc_kind is summary (report accepted). 一、2011年工作总结 "
               "(achievements) holds standalone （一）/（二） headings, level 2.",
               "The page ends inside （二）'s body ('…竭力推动素质')."],
        units=["县教育局"],
        text="""\
@T | 县教育局2023年工作总结和2023年工作要点
过去一年，在县委、县政府领导和有关部门支持下，我局以争先创优活动为载体，抓校园安全管理、规范办学行为和校安工程建设，推进教育改革发展和素质教育，取得一定成效。现总结如下：
@H1 sec=achievements | 一、2011年工作总结
@H2 | （一）强化学校安全管理，维护教育稳定发展局面
安全是学校一切工作的基础。我们先后印发《宿松县中小学安全年活动实施方案》《关于进一步加强接送学生车辆安全管理工作的通知》等文件，建立学校安全管理长效机制；与各校签订《学校安全工作责任书》，落实重要时段、关键环节和重点部位的包保责任；联合公安、药监、安监等部门排查城区和乡镇学校安全隐患323处并全部整改，并组织全县中小学校长消防知识培训。
@H2 | （二）规范中小学办学行为，稳步实施素质教育
规范办学行为是实施素质教育的基础。年初起，我们从常规管理入手，竭力推动素质
""",
    ),
    dict(
        name="fresh112_07_town_2013_government_report_yishi",
        source="https://xiexiebang.com/a8/201905134/318145b3090f065b.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page: a town government's work report reviewing 2013 (a satellite town "
               "near 宁波). The posting line, the site blurb and the sample label '第一篇：' before the title were dropped.",
               "'各位代表：', the opening and the lead-in '一年来，我们的主要工作和成效如下：' are body. Three levels: 一、2013年"
               "工作回顾 (achievements), （一）抓转型促升级，区域经济实现逆势增长 (standalone, level 2), and the line-initial "
               "run-in '一是工业经济稳健增长。…' (level 3, numbering style 一是).",
               "The page ends inside 一是 ('…进行技术改造和研发')."],
        units=["镇政府"],
        text="""\
@T | 镇政府年度工作报告
各位代表：
现在，我代表镇人民政府向大会报告工作，请予审议，并请列席的同志提出意见。
@H1 sec=achievements | 一、2013年工作回顾
2013年形势复杂、考验严峻，我们仍取得了积极成绩。镇政府在市委、市政府和镇党委领导及镇人大主席团监督支持下，以卫星城市建设为中心，以招商引资突破年、卫星城市建设推进年、服务效能提升年活动为载体，较好完成了镇三届人大二次会议确定的目标。预计全年地区生产总值102亿元，首超百亿元，增长14%；公共财政预算收入9.27亿元，增长17%；工业总产值255.6亿元，其中规模以上工业企业产值120.3亿元，分别增长5.5%和11.2%；固定资产投资23.2亿元，增长13.7%。
一年来，我们的主要工作和成效如下：
@H2 | （一）抓转型促升级，区域经济实现逆势增长
@H3 | 一是工业经济稳健增长。智能家电产业集聚区加快建设，园区横四路、纵一路完成塘渣路基填筑，329国道至环城北路段自来水管网铺设完毕，恒进电子等9个入园项目开工，完成投资2.3亿元；小微企业创业园一期征地基本完成。出台产业扶持政策，支持企业进行技术改造和研发
""",
    ),
    dict(
        name="fresh112_08_county_13th_fyp_review_government_report_sentence_parts",
        source="https://gaozipu.com/jianghuafanwen/63443.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county government's work report reviewing the 13th five-year period and 2021 (place masked 'xx', figures "
               "masked 'xxx亿元', 'x.x%'). The page's own title line '人民代表大会政府工作报告（区县）' is kept as the title; "
               "the site's banner line was dropped.",
               "The store ran the whole page into one block; it was split at the boundaries the text shows: the "
               "salutation, the opening, '一、“十三五”发展成就和2021年主要工作', the review paragraph, the unnumbered sentence "
               "part '五年来，我们始终兴产业强实体，创新发展的动能不断积聚。' and the run-in name '工业立县纵深推进。…'.",
               "Levels: 一、 level 1 (achievements); the '五年来，我们…。' sentence part level 2 (numbering none; on its own "
               "line here because the next sentence opens a named run-in paragraph); '工业立县纵深推进。…' level 3 (numbering "
               "none). '数字经济发展势头良好，…' continues that paragraph after a comma and is not labelled. The page ends "
               "inside it ('…两化融合发展指')."],
        units=["县人民政府"],
        text="""\
@T | 人民代表大会政府工作报告（区县）
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
@H1 sec=achievements | 一、“十三五”发展成就和2021年主要工作
过去五年极不平凡，xx在应对挑战中负重前行，在创新发展中积极探索。县政府在县委领导和县人大、县政协监督支持下，坚持“工业立县、生态兴县、创新强县”，完成了“十三五”规划目标，经济社会实现新跨越。20xx年预计地区生产总值xxx亿元，年均增长x.x%；人均地区生产总值突破xx万元；财政总收入xx.x亿元、一般公共预算收入xx.x亿元；固定资产投资xxx亿元；社会消费品零售总额xxx亿元；外贸出口总额xxx亿元；城乡常住居民人均可支配收入分别为xxxxx元和xxxxx元；金融机构存贷款余额xxxx亿元，不良贷款率x.xx%，全市最低；全国综合竞争力百强县（市）第xx位。
@H2 num=none | 五年来，我们始终兴产业强实体，创新发展的动能不断积聚。
@H3 num=none | 工业立县纵深推进。高端装备、生命健康等主导产业巩固提升，通用航空、数字经济等新兴产业加快壮大；全省首个国家高端装备制造业标准化试点项目通过验收，连续入围中国工业百强县（市）。数字经济发展势头良好，“xx模式”在全省推广，获评全国中小企业数字经济发展示范区，两化融合发展指
""",
    ),
    dict(
        name="fresh112_09_county_2018_government_report_page4",
        source="https://guanchang.qwyd.net/zhengfugongzuobaogao/287342_4.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Page 4 of a paginated county government work report reviewing 2018 (西和县, named in the thanks paragraph). "
               "The site's page header '政府工作报告' (repeated on every page) was dropped: no title line is in view (title "
               "null), and the text starts at the last dash-led part of the review.",
               "'——坚持改进作风，自身建设不断加强' is a standalone dash-led heading; its parent (the year's review, 一、) is "
               "on an earlier page: level 1, level 2 accepted. Kind achievements.",
               "The bracketed footnote marks of the page ('[13]' … '[16]') are kept in the body as the page shows them. "
               "The two '各位代表，…' paragraphs (a closing thanks and the start of the shortcomings paragraph) are body; "
               "the page ends inside the second ('…与广大人民群众的期')."],
        units=["县政府"],
        text="""\
@H1 sec=achievements lvlalt=2 | ——坚持改进作风，自身建设不断加强
一年来，县政府班子坚持以人民为中心和问题导向，落实“十个不准”“八个严查”[13]规定，加强自身建设。牢固树立“四个意识”[14]、坚定“四个自信”[15]、做到“两个维护”[16]；坚持依法行政，完善重大决策合法性审查，推行政府法律顾问制度，深化政务公开；履行全面从严治党主体责任，支持纪委监委监督执纪问责，加强公共资源交易、项目建设、财政资金和行政审批管理，整治“四风”突出问题，政府公信力进一步提升。
各位代表，2018年是我县脱贫攻坚加速、发展基础夯实、城乡面貌改善、群众生活提高的一年。这些成绩来自县委的正确领导、县人大和县政协的支持监督以及全县干部群众的苦干实干。我代表县人民政府，向为西和脱贫攻坚和经济社会发展作出贡献的干部群众、人大代表、政协委员、老同志、各级帮扶单位和帮扶干部以及社会各界人士致以崇高的敬意和衷心的感谢！
各位代表，客观审视一年来的工作，我们有成绩、有进步，但与广大人民群众的期
""",
    ),
]
