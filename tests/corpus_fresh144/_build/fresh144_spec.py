# -*- coding: utf-8 -*-
"""The 144th held-out fresh set: RURAL schemes and plans of counties, townships
and villages (乡村振兴, 农业农村, 人居环境, 产业发展): a county's division-of-work
scheme with 牵头 / 责任单位, a county's specialised-town industry scheme, a
county-level city's 农业农村 work points, a town's 村庄清洁行动 scheme, a town's
straw-utilisation scheme, a town's 乡村振兴 publicity scheme with its 宣传时间, a town's
agriculture work plan, a village collective-economy scheme and a village
清洁家园 scheme.  Found as stored public web pages with the
`search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of another set (checked against every exclusion
list, used_sources.tsv and label file under /work/fresh*/, /work/main/tests/
and /work/wt-lead/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans, document numbers and masking are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH144_DOCS = [
    dict(
        name="fresh144_01_county_rural_environment_division_scheme",
        source="http://www.jinxiang.gov.cn/art/2020/4/17/art_68443_83.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="分工方案",
        notes=["A county's division-of-work scheme for 农村人居环境整治暨乡村治理 (金乡县), inside its issuing notice. "
               "The first line runs the document number into the notice title ('金室字〔2020〕1号关于印发…的通知', as "
               "the store shows it); the attached document's own title is the spaced '分 工 方 案'. Both lines are "
               "title lines; the label takes the document's own title ('分工方案', spaces ignored), as in dev05.",
               "一、 names the lead units in a bracket at the end of the heading ('（…牵头）'); the numbered tasks 1.–4. "
               "are run-in headings (short title, 。, body) that end with '（责任单位：…）'. 一、 is goals (a task area), "
               "with measures and responsibilities accepted; the tasks inherit.",
               "The page stops inside task 4 (its body is cut mid-sentence); only the first of the 15 task groups is "
               "visible. Units are the lead and responsible units named in the visible part.",
               "Notice lines (addressee, issuers, date 2020年3月18日) are body lines, not labelled; the date is not a "
               "phase."],
        units=["县委农办", "县农业农村局", "县市容环境卫生服务中心", "县住房和城乡建设局", "县自然资源和规划局"],
        text="""\
@T | 金室字〔2020〕1号关于印发《金乡县农村人居环境整治暨乡村治理工作分工方案》的通知
各镇党委、政府，各街道党工委、办事处，各园区（景区）党工委、管委会，县直各部门、单位：
《金乡县农村人居环境整治暨乡村治理工作分工方案》已经县委、县政府同意，现予印发，请各单位认真抓好落实。
中共金乡县委办公室
金乡县人民政府办公室
2020年3月18日
@T | 分 工 方 案
依据中央、省、市农村人居环境整治三年行动实施方案和济宁市分工方案的要求，结合我县部门设置和职能，全县农村人居环境整治暨乡村治理工作归为15大类重点任务，分工如下：
@H1 sec=goals alt=measures,responsibilities | 一、整治提升村容村貌（县委农办、县农业农村局、县市容环境卫生服务中心牵头）
@H2 | 1.提升村庄公共环境。发动群众清理私搭乱建和乱堆乱放，拆除残垣断壁，把村庄公共空间整治到位。（责任单位：县委农办、县农业农村局、县市容环境卫生服务中心）
@H2 | 2.加强乡村建筑风貌引导。在保证建筑质量的前提下体现乡土、民族和地域特色，避免千村一面；严控新建民房的体量和风貌，结合质量安全改造提升现有民房风貌，在严格保护中修缮传统建筑，加快农村危房改造。（责任单位：县住房和城乡建设局）
@H2 | 3.实施乡村绿化行动。绿化村屯街巷和庭院，利用闲置土地见缝插绿，因地制宜种树种花，加强农田防护林建设，建设绿色生态村庄。（责任单位：县自然资源和规划局）
@H2 | 4.推进卫生镇街创建工作，深入开展城乡环境卫生整洁行动。落实《全国城乡环境卫生整洁行动方案（2015-2020年）》的要求，深入开展爱国卫生运动，创建一批卫生镇街和卫生村，以典型示范带动，提高农
""",
    ),
    dict(
        name="fresh144_02_county_specialised_town_industry_scheme",
        source="http://www.yingxian.gov.cn/zwgk/xxgkml/zbwj/202310/t20231009_637333.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county's scheme for promoting specialised industrial towns (应县促进专业镇高质量发展实施方案), inside its "
               "issuing notice. The store shows the notice damaged: document number '应政办发〔202321' (the closing "
               "bracket and 号 lost), the opening 《 of the scheme's name lost, and the date '2023925日' with 年/月 "
               "lost. Kept as written (body lines, not labelled; the date is not a phase).",
               "The notice has no title line in the stored text; the only title line is the scheme's own title.",
               "（一）指导思想。 and （二）发展目标。 are run-in headings under 一、总体要求; （二） is goals (guidance "
               "accepted), being clearly a goals part though its parent is guidance.",
               "Year targets inside （二） (2023年, 到2025年) are goals, not phases. The page stops in the body of "
               "二、重点任务（一）. No lead or responsible unit is named in the visible part (units empty)."],
        units=[],
        text="""\
应政办发〔202321
各乡（镇）人民政府，县直各有关单位：
应县促进专业镇高质量发展实施方案》经县人民政府同意，现予印发。
应县人民政府办公室
2023925日
@T | 应县促进专业镇高质量发展实施方案
为推动全县专业镇的培育和高质量发展，加快建设市场主体集聚平台，做大做强特色产业、带动就业富民，走出具有应县特色的集群经济发展新路，制定本方案。
@H1 sec=guidance | 一、总体要求
@H2 sec=guidance | （一）指导思想。以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和总书记考察调研山西的重要讲话指示精神，落实省、市促进专业镇发展的部署，按照全县“六大工程”“六个转变”的思路，发挥资源、产业和历史传统优势，围绕蔬菜、陶瓷、畜牧等领域培育集聚度高、分工协作强、品牌突出、富民效应明显的专业镇，为全县高质量发展打造新引擎。
@H2 sec=goals alt=guidance | （二）发展目标。2023年完成2家市级专业镇评定，申报省级专业镇不少于1家；到2025年，省级专业镇达到1个、市级专业镇达到3个以上，专业镇发展质量和产业竞争力显著提高，公共服务、基础设施、产业配套、信息化、人才和创新能力明显提升，土地集约利用水平和产出效益提高，节能降耗、减污降碳成效明显，龙头企业和上下游配套企业集聚发展，带动就业、富民强县作用凸显。
@H1 sec=goals alt=measures | 二、重点任务
@H2 | （一）全面加快专业镇培育发展建设。围绕全省加快建设内陆地区对
""",
    ),
    dict(
        name="fresh144_03_county_city_agriculture_rural_work_points",
        source="http://www.cixi.gov.cn/art/2023/1/9/art_1229609527_1761839.html",
        doc_kind="plan", partial=True,
        notes=["A county-level city's 2022 农业农村 work points (慈溪市), from the city government site. The stored text "
               "starts with the opening paragraph; no title line is shown, so title is null.",
               "The opening paragraph carries '2022年我市农业农村工作的总体要求是：…' and the year's targets inside the "
               "body; the marker is in the middle of a paragraph and is not labelled.",
               "一、 names an action ('实施粮食和重要农产品稳产提能行动'): goals, measures accepted. '1.严格落实粮食"
               "生产责任。…' is a run-in heading numbered 1. under it (the source numbers these continuously through "
               "the document); the page stops inside it.",
               "Planting and output targets are goals, not phases. No lead unit is named (units empty)."],
        units=[],
        text="""\
2022年是党的二十大召开之年，也是全面落实率先实现农业农村现代化目标的关键之年，稳住“三农”基本盘意义特殊。2022年我市农业农村工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持党对“三农”工作的全面领导和农业农村优先发展，按照数字赋能、变革重塑、争先创优的要求，联动推进粮食稳产提能、农业强链提效、乡村全域共美、农民活力共富四大行动，高水平建设全国农业现代化示范区和省共同富裕试点，为共富共美现代化新慈溪提供“三农”支撑。全年力争农林牧渔业总产值增长2.5%以上，农村居民人均可支配收入与经济同步增长，低收入农户人均可支配收入增长10%以上，巩固村集体经济总收入100万元以上全覆盖成果，经营性收入50万元以上的村力争达到90%，确保完成省市下达的粮食生产任务。
@H1 sec=goals alt=measures | 一、围绕固基础保供给，实施粮食和重要农产品稳产提能行动
@H2 | 1.严格落实粮食生产责任。守住粮食安全底线，围绕“稳生产、畅流通、抓应急、保安全、压责任”落实粮食安全党政同责，实施优质粮食工程，建立种粮成本收益分析和补贴动态调整机制，稳定小麦面积，支持扩种油菜、大豆和特色旱粮；全年完成早稻播种2.1万亩、晚稻8.96万亩、小麦5.5万亩，粮食播种面积29.28万亩以上，产量稳定在1.9亿斤以上，稳步提高粮食自给率。优化粮食收储机制，强化
""",
    ),
    dict(
        name="fresh144_04_town_village_cleaning_action_scheme",
        source="https://m.wenke99.com/p-5651906.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's 2021 村庄清洁行动 scheme from a document-sharing site that delivered one run-together block; "
               "split into lines at the heading and paragraph boundaries the text shows (each heading on its own line "
               "where the store ran it into its body: '一、总体目标以…', '（一）聚焦“三清”下功夫1.清理…').",
               "The site appends '文稿' to the title ('…专项工作方案文稿为深入贯彻…'); it was dropped as site debris, "
               "title '2021年镇村庄清洁行动专项工作方案'.",
               "Three levels: 一、 / （一） / 1. run in. The masked year '到20_年底' is kept; it is a target, not a "
               "phase. The page stops inside task 1. No lead unit is named (units empty)."],
        units=[],
        text="""\
@T | 2021年镇村庄清洁行动专项工作方案
为贯彻总书记关于改善农村人居环境的重要指示精神，落实中、省、市农村人居环境整治部署，深入推进村庄清洁行动、彻底改变农村“脏乱差”面貌，制定本方案。
@H1 sec=goals | 一、总体目标
以“干干净净迎小康”为主题、以“三清两改一提升”为基本内容，引导群众逐步养成良好卫生习惯，完善长效保洁机制，美化村容村貌，推动村庄清洁行动常态化、制度化、持续化，为农村全面小康和人居环境整治三年行动收官提供支撑。到20_年底，全镇行政村都配备保洁员，保洁员队伍长效管理制度初步形成，所有村庄达到干净整洁有序。
@H1 sec=goals alt=measures | 二、重点任务
@H2 | （一）聚焦“三清”下功夫
@H3 | 1.清理农村生活垃圾。各村落实“户分类、村收集、乡转运、县处理”的收运处置模式，抓好保洁员队伍建设，统筹公益性岗位、村道公路管护费、村级公共运行经费等，确保每个村（居）有2名专职保洁员，年底前行政村专职保洁员全覆盖；有劳动能力的低保对象、护林员等公益性岗位人员每月参加公益清扫保洁2天以上。清洁范围由村庄面上向屋内庭院、村庄周
""",
    ),
    dict(
        name="fresh144_05_town_straw_utilisation_scheme",
        source="http://m.chinazhaokao.com/wendang/gongzuojihua/738691.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's scheme for using wheat straw (还田, 氨化, 堆肥) instead of burning it, first sample of a collection "
               "page ('乡镇秸秆综合利用计划 第一篇'); the site's breadcrumb, collection title, related-link line and sample "
               "heading were dropped. The sample's own title line '××镇秸秆综合利用实施方案' (masked town name) is kept.",
               "三、工作时间安排 holds one schedule row '小麦秸秆直接还田，6月10日—7月5日；' (kept as written): a required "
               "phase 6月10日 – 7月5日 named after the task, on a body line. 三、 is phases.",
               "四、主要措施 holds run-in measures '（一）切实加强领导。…' (measures; responsibilities accepted for （一）, "
               "which asks each 村（居） to name people in charge). The page stops inside （二）, in '二是麦秸过腹还田'.",
               "Targets (3.2万亩, 75%以上) are goals, not phases. No unit is named as lead (units empty)."],
        units=[],
        extra_phases=[
            dict(name="小麦秸秆直接还田", start_text="6月10日", end_text="7月5日", at="小麦秸秆直接还田，6月10日—7月5日",
                 optional=False),
        ],
        text="""\
@T | ××镇秸秆综合利用实施方案
小麦秸秆是宝贵的生物资源。为有效利用这一资源、促进农业可持续发展，结合我镇实际制定本方案。
@H1 sec=guidance | 一、指导思想
依照省、市政府关于农作物秸秆综合利用的文件精神，坚持因地制宜、鼓励创新、突出重点、抓好普及，以小麦秸秆还田为主，同时示范推广麦秸氨化和高温堆肥技术，让农民认识秸秆利用的经济和社会效益；依靠科技和资金投入，行政、技术、经济手段并用，推动全镇秸秆还田和综合利用，杜绝焚烧秸秆。
@H1 sec=goals | 二、工作任务与目标
各村（居）重点突破、以点带面，开展小麦秸秆综合利用示范，推广秸秆直接还田和综合利用技术，力争完成还田面积3.2万亩；同时推广麦秸氨化、发展畜牧养殖，使全镇小麦秸秆综合利用率达到75%以上。
@H1 sec=phases | 三、工作时间安排
小麦秸秆直接还田，6月10日—7月5日；
@H1 sec=measures | 四、主要措施
@H2 alt=responsibilities | （一）切实加强领导。小麦秸秆综合利用是解决麦秸焚烧的根本办法，各村（居）要加强领导、健全组织、明确专人负责，全力推进还田和综合利用。
@H2 | （二）推广小麦秸秆综合利用技术。一是小麦秸秆直接还田：麦秸先堆在地头，等玉米长到三片叶或大豆长到四片叶时撒到田间；移栽棉花或宽窄行种植的田块，可把麦秸放在宽行里。二是麦秸过腹还田：把麦秸氨化后用作牛、羊等草食牲畜的饲料，
""",
    ),
    dict(
        name="fresh144_06_town_rural_revitalisation_publicity_scheme",
        source="https://hfanwen.com/shiyongwendang/33867.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan", "plan"], partial=True,
        notes=["A town's scheme for publicising 乡村振兴 ahead of a provincial satisfaction survey, first sample of a "
               "collection page: the sample marker '【篇一】' was dropped and the sample's own heading "
               "'乡村振兴宣传方案' kept as the title line. The lead-in is written as a notice ('…通知如下：').",
               "一、宣传时间 with the row '从即日起到10月中旬（特别要利用好国庆长假这一关键时节）。' (kept as written, a "
               "schedule row) is the overall period: an optional phase 即日起 – 10月中旬. 一、 is phases, other "
               "accepted.",
               "（一）普通农户 names a target group: goals (other accepted). The numbered survey topics '1.基层组织建设。"
               "…' are run-in headings at level 3 (short title, 。, body), goals by inheritance. The page stops in 4.",
               "The 区委农办 and the 省委农办 / 省国家调查队 are superior or outside bodies, not units (units empty)."],
        units=[],
        extra_phases=[
            dict(name="宣传时间", start_text="即日起", end_text="10月中旬", at="从即日起到10月中旬", optional=True),
        ],
        text="""\
@T | 乡村振兴宣传方案
根据区委农办的紧急通知，今年10月中旬省委农办将委托省国家调查队，对各地2021年实施乡村振兴战略的群众满意度和参与度进行调查测评，结果作为省、市乡村振兴考核指标的计分系数。为抓住时机加强政策宣传，提高我镇干部群众的政策知晓率、参与度和满意度，确保测评取得好成绩，现就各村（居）和镇村干部做好宣传提升工作通知如下：
@H1 sec=phases alt=other | 一、宣传时间
从即日起到10月中旬（特别要利用好国庆长假这一关键时节）。
@H1 sec=goals alt=other | 二、宣传重点
针对不同对象，依照下发的模拟问卷（见附件1-2）并结合去年的调查问卷（见附件3-4）全面进村入户宣传发动：镇干部包村（居），村（居）干部包组，组干部包农户，确保全员发动、宣传到位。
@H2 sec=goals alt=other | （一）普通农户
@H3 | 1.基层组织建设。村（居）书记抓乡村振兴的带头作用、村（居）干部入户走访和解决实际问题、参加村委会换届选举投票等，是否满意、是否有此行为；
@H3 | 2.社会保障。医保报销、农村中小学教育、看病就医、养老（残疾人）服务、就业社保等是否满意；
@H3 | 3.人居环境整治。污水排放、生活饮用水、垃圾清理、河道池塘治理、户厕改造等是否满意，是否参加过人居环境整治或村容村貌维护；
@H3 | 4.基础设施。体育文化设施建设、公共交通服务和村组道路建设、
""",
    ),
    dict(
        name="fresh144_07_town_agriculture_work_plan",
        source="https://yuwen.net/gongzuojihua/421557.html",
        doc_kind="plan", partial=True,
        notes=["A town's agriculture work plan (grain targets, no abandoned farmland, demonstration plots, land "
               "transfer), first sample of a collection page. The site labels it '2022年农业工作计划1' while the text "
               "follows the 第七个中央一号文件; the site's collection title, blurb and sample heading were dropped and "
               "title is null (no title line of the document itself is shown).",
               "The top headings are sentences ending in 。 ('一、确保粮食播种面积，粮食单产，增加粮食总产。'), cut at the "
               "。; they are task areas: goals, measures accepted. 四、贯彻落实土地流转机制 is a bare last heading (the "
               "page stops there).",
               "三、办点示范 holds three numbered tasks 1、–3、 labelled items (task statements; 3、 opens with a short "
               "title and runs on with 一是…；二是…, kept as an item like its siblings).",
               "Units: the 农业站 (its staff give technical guidance by area) and the leading group the plan sets up; "
               "figures (5.26万亩, 2 .13万吨 with the store's stray space, rewritten as 2.13万吨) are targets, not "
               "phases."],
        units=["农业站", "粮食生产暨禁止耕地抛荒工作领导小组"],
        text="""\
为贯彻第七个中央一号文件精神，响应农业部“粮食优质高产创建活动”和“种三产四”工程，提高农业整体素质和效益，确保粮食稳定增产、农民持续增收，我镇全年农业生产主要指标为：粮食播种总面积5.26万亩（优质稻3.05万亩，超级稻2.29万亩），农作物病虫害专业化防治3000亩，基本农田保护4.87万亩，粮食总产量2.13万吨。
@H1 sec=goals alt=measures | 一、确保粮食播种面积，粮食单产，增加粮食总产。
以文件形式把农业生产任务指标下达各村，行政驻村干部包村、农业站干部包片开展技术指导，逐级落实粮食生产指标。
@H1 sec=goals alt=measures | 二、确保耕地不抛荒。
水利条件好的水田全部种水稻，条件较差的耕地改种玉米等旱粮或经济作物；成立粮食生产暨禁止耕地抛荒工作领导小组，与各村签订责任状，杜绝耕地抛荒。
@H1 sec=goals alt=measures | 三、办点示范
@I2 | 1、创办一个统一种植超级杂交稻品种、集中连片1000亩以上的高产示范片，亩产平均700公斤以上。
@I2 | 2、创办一个1000亩以上的水稻病虫害专业化防治示范片。
@I2 | 3、建立新品种、新技术试验示范基地。一是开展少量水稻、玉米新品种对比试验；二是推广水稻旱育秧、抛秧、免耕直播等新技术，继续扩大塑料覆盖育秧面积。
@H1 sec=goals alt=measures | 四、贯彻落实土地流转机制
""",
    ),
    dict(
        name="fresh144_08_village_collective_economy_scheme",
        source="http://www.dachuan.gov.cn/xxgk-show-34254.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A township's scheme for the collective economy of one village (平滩镇石峰村), from a district "
               "government site. The stored text starts with the document number '平府〔2016〕215号' (a body line); "
               "no title line is shown, so title is null.",
               "三、发展思路 has a lead-in line and a paragraph on the 支部+合作社+农户 model (source typo '采取采取' "
               "lost in the rewrite); goals, measures accepted. 四、组织领导 is responsibilities (measures accepted); "
               "its '1、加强组织领导，强化管理。…' is a run-in heading and the page stops inside it.",
               "The target '到2016年底' is not a phase. The 园丰合作社 is a partner in the model, not a lead unit "
               "(units empty)."],
        units=[],
        text="""\
平府〔2016〕215号
为加快村级集体经济发展，推进社会主义新农村建设，做好脱贫攻坚，解决村级“有钱办事”的问题，结合我镇实际制定本实施方案。
@H1 sec=guidance | 一、指导思想
以社会主义新农村建设为主题，把壮大村级集体经济作为新时期农村工作和基层组织建设的重要任务，解放思想，创新发展思路和模式，探索集体经济的多种实现形式，增强村级集体经济的“造血”功能和综合实力，为新农村建设打下物质基础。
@H1 sec=goals | 二、目标任务
以增强村级集体经济实力为目标，探索有效的发展形式，建立长效机制，多渠道增加村集体可支配收入，确保村级组织“有钱办事”。经过3年努力，全村集体经济实力显著增强、积累逐年增加，形成发展后劲和自我发展机制；到2016年底，力争全村集体经济年收入达到1.5万元以上。
@H1 sec=goals alt=measures | 三、发展思路
结合石峰村实际，从以下几个方面探索村级集体经济的发展途径和模式。
平滩镇石峰村采用“支部+合作社+农户”的模式，长短结合：村民占股60%，村集体和合作社各占20%。长期项目种植柑橘和山红蜜柚500亩；短期利用退耕还林项目在树苗间套种糯玉米、西瓜等。同时把区政府注入的10万元集体经济资金投入园丰合作社，流转土地200亩种植榨菜和蔬菜，集体每年固定分红1万元，五年后合作社退还入股资金。
@H1 sec=responsibilities alt=measures | 四、组织领导
@H2 | 1、加强组织领导，强化管理。各方加强领导、相互协作，合力推进农村集体经济发展壮大，把发展壮大村
""",
    ),
    dict(
        name="fresh144_09_village_clean_homes_scheme",
        source="http://mip.xuezizhai.com/fanwen/82919.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan", "plan"], partial=True,
        notes=["A village's scheme for the '清洁乡村美化家园' campaign, with a title line '村清洁家园实施方案'.",
               "三、基本原则 holds three run-in principles '1、农民自主、“两委”引导。…' (guidance by inheritance); the "
               "page stops inside the third.",
               "No dates and no lead unit in the visible part; the village 两委 are the organisers but no unit is "
               "named as lead or responsible (units empty)."],
        units=[],
        text="""\
@T | 村清洁家园实施方案
为开展好我村“清洁乡村美化家园”活动，营造整洁、舒适、文明的生活环境，建立农村环境卫生长效管理机制，提升精神文明创建水平，推进新农村建设，结合我村实际制定本方案。
@H1 sec=guidance | 一、指导思想
以党的十七大和十七届三中全会精神为指导，深入学习实践科学发展观，围绕新农村建设和资源节约型、环境友好型社会的要求，以促进农村发展、提高农民生活质量为中心，以改善环境面貌、提升净化绿化美化水平为重点，以“六清理三绿化五改一建立”为切入点，解决农村环境脏乱差问题，塑造整洁有序、生态良好、乡风文明的农村新面貌。
@H1 sec=goals | 二、总体目标
通过“六清理三绿化五改一建立”，做到路渠通畅、村庄绿化美化、人畜分离、垃圾统一处理、管理机制健全，实现农村卫生状况、人居质量、管理水平和群众满意度“四个明显”。
@H1 sec=guidance | 三、基本原则
@H2 | 1、农民自主、“两委”引导。以村民为主体并尊重其意愿，以村民小组为单位动员村民投工投劳投资；村“两委”从全局引导，争取上级在技术、资金和物资上的支持，发动本村富裕党员和个体业主参与。
@H2 | 2、因地制宜、注重实效。从本村实际和村民需要出发，依托现有设施确定目标和项目，量力而行、先易后难，不搞政绩工程和表面文章。
@H2 | 3、科学规划、稳步推进。服从区、镇整体规划，避免重复建设和浪费，科学制定计划、分步骤推进，从群众最迫切的事情做起，立足逐步改善，
""",
    ),
]
