# -*- coding: utf-8 -*-
"""The 121st held-out fresh set: work points (工作要点 / 工作谋划 / 工作部署) of
bureaus, a provincial department and a women's federation, and schemes
(实施方案 / 三年行动方案) of a city safety committee, a township and a district
health supervisor.  Sought: plans with 职责分工 / 组织领导 / 保障措施 / 工作要求
sections and 牵头单位 / 责任单位 lines; every page found that shows such lines in
its stored part was already a source of another set (log in notes_queries.txt),
so the set holds the work points and schemes that were new.  Found as stored
public web pages with the `search` tool's `pages` corpus.  None of the source
pages is a source of another set (checked against every exclusion list and
label file under /work/fresh*/ and /work/wt-lead/tests/, URL and a distinctive
sentence).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading, title and value lines keep the source's numbering and wording.
  Full-width punctuation （）：，； was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.

Marker syntax: see fresh_build/build.py.
"""

FRESH121_DOCS = [
    dict(
        name="fresh121_01_provincial_culture_tourism_2023_work_points",
        source="https://miehuo119.cn/wenshi/119958.html",
        doc_kind="plan", partial=True,
        notes=["A provincial department's 2023 工作要点 (湖北省文化和旅游厅) inside its issuing notice: the page starts with "
               "the addressee line (the notice's own title is not on the page), then the one-line notice, '特此通知。', "
               "the issuing office, the date and '附件：' (all body), then the attachment's title "
               "'省文化和旅游厅2023年工作要点' (the title line) and its unnumbered general-requirements paragraph (body).",
               "一、 is a task area (goals, measures accepted); （一）加强党的政治建设。… is a run-in heading at level 2. "
               "The page ends inside （一） ('…关于湖北').",
               "No responsible units are named in the visible part (units empty)."],
        units=[],
        text="""\
各市、州、直管市、神农架林区文化和旅游局，厅直各单位，厅机关各处室：
现将《湖北省文化和旅游厅2023年工作要点》印发你们，请各单位联系实际抓好落实。
特此通知。
湖北省文化和旅游厅办公室
2023年2月22日
附件：
@T | 省文化和旅游厅2023年工作要点
2023年是全面贯彻党的二十大精神的开局之年，也是落实省第十二次党代会部署的关键之年。省文化和旅游厅将以习近平新时代中国特色社会主义思想为指导，坚持稳中求进，以推动高质量发展为主题，统筹疫情防控和文旅行业恢复发展，多出优秀文艺作品和优质文化旅游产品，为谱写全面建设社会主义现代化国家荆楚篇章作出贡献。
@H1 sec=goals alt=measures | 一、深入学习贯彻习近平新时代中国特色社会主义思想，提高党建科学化水平
@H2 | （一）加强党的政治建设。把政治建设摆在各项工作首位，深刻领悟“两个确立”的决定性意义，树牢“四个意识”，坚定“四个自信”，做到“两个维护”；健全党组理论学习中心组、党组会第一议题、青年学理论小组等学习制度，系统学习习近平新时代中国特色社会主义思想和习近平总书记关于湖北
""",
    ),
    dict(
        name="fresh121_02_district_culture_tourism_bureau_2023_work_points",
        source="https://laobiganzi.top/236785.html",
        doc_kind="plan", partial=True,
        notes=["A district culture and tourism bureau's 2023 工作要点 (a Shanghai district, name masked 'XX区' in the source). "
               "The masking is kept, including inside a heading ('党的XX大精神').",
               "一、 and 二、 are task areas (goals, measures accepted); under 二、 the items '1.创新开展公共文旅服务活动。…' are "
               "run-in headings at level 2. 一、 has a body paragraph and no 1. items.",
               "The page ends inside item 2 ('…在线上为广大市'). No responsible units are named (units empty)."],
        units=[],
        text="""\
@T | 区文化和旅游局2023年工作要点
2023年是“十四五”规划的中坚之年。XX区文化和旅游工作以宣传贯彻党的XX大为主线，围绕“两区一堡”和“南北转型”战略要求，推动重大文旅项目落地，丰富文旅产品，促进文化和旅游深度融合，塑造“三个湾区”城市新形象，助力打响“上海湾区”城市品牌。
@H1 sec=goals alt=measures | 一、高举旗帜，以党的XX大精神引领工作方向
抓好局党组工作，深入学习宣传贯彻党的第二十次全国代表大会精神，以此统领全局工作。推进文艺创作与文化传播工程，围绕时代主题创作音乐、舞蹈、曲艺、故事、XX农民画等作品，打造现实题材原创作品，举行XX区原创作品（舞蹈、戏剧）汇演活动。
@H1 sec=goals alt=measures | 二、保障供给，丰富优质多样公共文化产品
@H2 | 1.创新开展公共文旅服务活动。办好“市民文化节”“XX文化艺术季”“XX乡村艺术节”“金小博”“金文讲坛”等群文活动和赛事，开展红色文艺轻骑兵巡演、基层文艺配送、市民艺术夜校和“梨园雅韵•大美XX”中华戏曲传承传播系列活动；加强长三角文旅互动，完善数字文化馆，打造“抖音才艺直播间”“自助虚拟照相”“虚拟XX游”等数字文化空间。
@H2 | 2.创新文化供给新模式。落实文化“百千万”工程，建立本土文艺指导员资源库，按需精准配送；加大线上供给，发挥文旅系统群文干部的专业特长，在线上为广大市
""",
    ),
    dict(
        name="fresh121_03_county_culture_tourism_bureau_2023_plan",
        source="https://wnwk.com/doc/1129981.html",
        doc_kind="plan", partial=True,
        notes=["A county culture, radio and tourism bureau's 2023 work plan ('文广旅局2023年工作谋划') from a document-sharing "
               "page: the site's four-point notice, its customer-service line and the file name broken over four lines "
               "('2023' / '年文广旅局' / '工作' / '谋划') were dropped; the document's own title line is kept.",
               "The page's text carries document-conversion substitutions; they are kept in the heading lines ('公共文化效劳体系', "
               "'公共效劳水平' for 服务), as are the page's mismatched quotation marks '“…〞' and the tortoise-shell brackets "
               "'〔数字文化馆〕'.",
               "一、 is a task area (goals, measures accepted); 1、 and 3、 are headings at level 2, 1、 run in with its body; "
               "'2、打造“文化活动品牌〞，创新“月月五个有〞活动。' is a heading line of its own followed by a body paragraph. "
               "The page ends with the bare start of item 3 ('3、推动我县文化馆〔数字文化馆〕'), kept as a bare heading.",
               "'每月每车下乡不低于2次' and '全年…不少于300场次' are quantities, not phases."],
        units=[],
        text="""\
@T | 文广旅局2023年工作谋划
2023年，我县文旅工作将继续贯彻新时代中国特色社会主义思想，围绕省、市文旅主管部门的部署和县委、县政府中心工作，推动文旅事业创新、协调、绿色、开放、共享发展，为全县经济社会发展多作贡献。
@H1 sec=goals alt=measures | 一、加快推动公共文化效劳体系建设
@H2 | 1、提升图书馆、文化馆、博物馆公共效劳水平。用“舞台车〞、“图书车〞、“文化车〞下基层开展流动服务，每车每月下乡不少于2次，全年合计72次以上。
@H2 | 2、打造“文化活动品牌〞，创新“月月五个有〞活动。
依托影剧院、人民广场、体育健身中心等设施，发挥艺术团、乱弹协会、冯庄乱弹剧团等团体的作用，把“送欢快、下基层〞、戏曲进乡村、“消夏晚会〞、“三区〞人才规划、“节庆〞文体活动和农夫运动会、冰雪运动会及各类球类联赛纳入“月月五个有〞，全年举办演出、竞赛、培训、展览等活动不少于300场次。
@H2 | 3、推动我县文化馆〔数字文化馆〕
""",
    ),
    dict(
        name="fresh121_04_city_safety_root_cause_three_year_scheme",
        source="https://gysyjglj.cngy.gov.cn/New/show/20240314102619834.html",
        doc_kind="scheme", partial=True,
        notes=["A city safety committee's three-year action scheme (广元市安全生产委员会, 2024—2026) in its issuing notice, "
               "from the city emergency bureau's site. The page's own heading '政策解读:广元市安全生产治本攻坚三年行动方案"
               "(2024—2026年)' (a column label plus the title) was dropped as site text; the notice starts with its "
               "addressee line. The notice body, the issuing committee and the date are body lines.",
               "The scheme's title runs over two lines, the name and the period '（2024—2026年）'; both are title lines "
               "(title joined). The period is part of the title, not a phase; the report deadline '2024年3月15日前' and the "
               "quarterly / half-yearly reporting in the notice are not phases.",
               "一、总体要求 is guidance. The page ends inside its paragraph ('…推动公共安'). The notice names the bodies "
               "that must draw up sub-schemes only as '市安委会有关成员单位（详见任务分工）'; no unit is listed."],
        units=[],
        text="""\
各县（区）安委会，市级有关部门（单位），广元经济技术开发区、市天然气综合利用工业园区、广元国际铁路港管委会：
现将《广元市安全生产治本攻坚三年行动方案（2024—2026年）》印发你们，请认真抓好落实。各县（区）、广元经济技术开发区和市安委会有关成员单位（详见任务分工）要制定本地工作方案和本系统子方案，于2024年3月15日前报市安办备案；行动期间每季度报送一次进展，每半年报送一次阶段性总结。
广元市安全生产委员会
2024年3月7日
@T | 广元市安全生产治本攻坚三年行动方案
@T | （2024—2026年）
为贯彻习近平总书记关于安全生产的重要指示精神和党中央、国务院及省委、省政府的部署，落实市委、市政府要求，夯实安全生产基础，从根本上消除事故隐患，以高水平安全护航高质量发展，结合全市实际，制定本方案。
@H1 sec=guidance | 一、总体要求
以习近平新时代中国特色社会主义思想为指导，统筹发展和安全，坚持人民至上、生命至上，安全第一、预防为主，标本兼治、重在治本，落细落实安全生产十五条硬措施。聚焦容易导致群死群伤的重大风险，实施治本攻坚“九大行动”，在法规标准和制度机制上补短板，在责任落实和安全文化上夯基础，在安全科技和安全工程上促提升，消除监管盲区，整治突出隐患，推动公共安
""",
    ),
    dict(
        name="fresh121_05_township_rural_civility_action_scheme",
        source="https://m.wenku365.com/d-9724392.html",
        doc_kind="scheme", partial=True,
        notes=["A township's scheme for its five-year 乡村文明行动 (留庄镇, about 2011) from a document-sharing site that cuts "
               "the text into numbered chunks: '1、' is glued to the title at the start of the text, '2、' and '3、' start "
               "lines in the middle of words ('以及新农' / '2、村新生活…', '农村环境面貌更' / '3、加整洁…'). The chunk "
               "markers are site debris and never labelled; the title is given without '1、' (title_override). The site's "
               "header (document id, size, page count, upload line) was dropped.",
               "The store ran the title into the opening sentence and lost the break between each heading and its body: "
               "the title was put on its own line, but the headings are kept glued to their bodies without punctuation "
               "('一、指导思想以邓小平理论…', '二、目标及步骤全镇共有32个行政村…'); their texts are set by hand.",
               "一、指导思想 is guidance; 二、目标及步骤 is goals (phases accepted for the word 步骤). Its content is yearly "
               "targets ('到2012年底…50%左右' … '2015年底，实现活动全覆盖'), deadlines for percentages, not named phases, so "
               "no phase is labelled. The page ends inside the paragraph ('全镇广大')."],
        title_override="留庄镇“乡村文明行动”实施方案",
        units=[],
        text="""\
@T | 1、留庄镇“乡村文明行动”实施方案
为贯彻中央和省、市、县各级文件精神，把乡村文明行动各项任务落到实处、见到实效，结合我镇实际，制定本实施方案：
@H1 sec=guidance text=一、指导思想 | 一、指导思想以邓小平理论和三个代表重要思想为指导，以科学发展观统领，以社会主义核心价值体系建设为根本，突出村容村貌、村风民俗、乡村道德、生活方式、平安村庄、文化惠民六项建设，以营造新环境、培育新农民、倡导新风尚、发展新文化、实现新发展为目标，以行政村和新型农村社区为单位，按照新农村建设的总体要求，开展文明户、文明村（社区）以及新农
2、村新生活、新农民新形象等群众性创建活动，提高农民思想道德文化素质和农村社会文明程度，建设富裕文明、和谐安定、生态良好、环境优美的社会主义新农村。
@H1 sec=goals alt=phases text=二、目标及步骤 | 二、目标及步骤全镇共有32个行政村，已有11个村基本达到县级以上文明生态村标准。乡村文明行动为期五年：在2011年年底全镇30%的行政村达到县级以上生态文明村标准的基础上，到2012年底达到50%左右，到2013年年底达到70%左右，到2014年年底达到90%左右，2015年底实现活动全覆盖，村村有新貌。农村环境面貌更
3、加整洁，村风民俗、道德素质、生活方式、社会秩序和精神生活全面向好，全镇广大
""",
    ),
    dict(
        name="fresh121_06_city_womens_federation_2020_work_plan",
        source="https://m.wxnum.cn/lincangnvsheng-corp-3.html",
        doc_kind="plan", partial=True,
        notes=["A city women's federation's 2020 work deployment (临沧市妇联, by the page address and '考察云南'), shown on an "
               "account-profile page under the tab label '工作部署', which was dropped with the page's navigation; the "
               "visible text has no title line (title null).",
               "The opening paragraph ('…妇联工作总体思路是：…') is body. The first task area is broken over two lines by "
               "the source ('1、把握妇联工作正确政治方向，毫不动摇坚持走中国' / '特色社会主义妇女发展道路。'): the heading is "
               "labelled on its first line, the second line is body. Kind goals (measures accepted).",
               "Under it, two unnumbered run-in sentence headings ('始终加强思想政治引领。…', '为党凝聚妇女人心。…') are "
               "level 2. The source's damaged middle dot in '“11?2”重要讲话' is kept as the page shows it. The page ends "
               "inside the second run-in heading's body ('宣传党的创新')."],
        units=[],
        text="""\
2020年是全面建成小康社会和“十三五”规划收官之年。妇联工作总体思路是：以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届二中、三中、四中全会精神，落实习近平总书记“11?2”重要讲话精神和考察云南重要讲话精神，以引领服务联系为主责、深化改革为动力、制度建设为抓手、党的建设为保障，面向基层和妇女群众，多做扶贫助困、雪中送炭、化解矛盾、凝聚人心的工作，团结引领广大妇女落实中央、省委、市委和省妇联的部署，开创全市妇女工作新局面。
@H1 sec=goals alt=measures | 1、把握妇联工作正确政治方向，毫不动摇坚持走中国
特色社会主义妇女发展道路。
@H2 | 始终加强思想政治引领。把学习贯彻习近平新时代中国特色社会主义思想作为常抓不懈的重大任务，及时跟进学习总书记最新重要讲话和关于妇女工作的重要论述，特别是“11?2”重要讲话和考察云南重要讲话精神，提高政治站位，确保中央和省委、市委的部署在妇联系统落地生根。
@H2 | 为党凝聚妇女人心。结合贯彻《新时代爱国主义教育实施纲要》，以“巾帼心向党·奋进新时代”宣传教育活动为载体，开展中国特色社会主义制度教育、爱国主义教育和党史、新中国史、改革开放史教育，宣传党的创新
""",
    ),
    dict(
        name="fresh121_07_district_radiation_health_inspection_scheme",
        source="https://renrendoc.com/paper/289765196.html",
        doc_kind="scheme", partial=True,
        notes=["The first sample of a document-sharing collection ('一般工作方案模板锦集七篇(四)'): a district's scheme for "
               "its 20xx radiation-health inspections (翔安区). The page-thumbnail lines ('…_第1页' to '_第5页'), the "
               "reading/download panel, the copyright line, '文档简介' and the collection blurb (starting with the damaged "
               "page marker '第第页') were dropped. The sample has no title line (title null); the scheme's name is inside "
               "its opening sentence.",
               "一、工作目标 (goals) holds four target values （一）–（四） ('…完整率达100%', '…达标率80%以上'), labelled items. "
               "二、工作内容 (goals, measures accepted) holds two headings of their own '（一）监督检查工作。' and "
               "'（二）摸底调查工作。', each followed by a body paragraph. The page ends inside the second body ('…以及年').",
               "The masked year '20xx' is kept."],
        units=[],
        text="""\
为落实省卫生厅《关于印发20xx年职业卫生和放射卫生重点监督检查计划的通知》和市卫生局《关于印发20xx年职业卫生和放射卫生重点监督检查实施方案的通知》要求，加大放射卫生监督执法力度，维护放射工作人员和公众的健康权益，制定翔安区20xx年放射卫生重点监督检查实施方案。
@H1 sec=goals | 一、工作目标
@I2 | （一）全面完成职业病危害放射防护控制效果评价工作，放射卫生监督管理档案完整率达100%。
@I2 | （二）放射卫生监督覆盖率达100%。
@I2 | （三）放射工作人员健康监护率达100%。
@I2 | （四）区管放射诊疗单位放射防护达标率80%以上。
@H1 sec=goals alt=measures | 二、工作内容
@H2 | （一）监督检查工作。
全面检查辖区内各放射诊疗机构的放射防护情况，重点查《放射工作人员证》持证、建设项目职业病危害评价、设备状态检测、个人剂量监测和职业健康监护等。
@H2 | （二）摸底调查工作。
为掌握全区医疗机构放射诊疗防护的基本情况，对各放射诊疗单位的专业人员、设备和质量控制设备配备情况以及年
""",
    ),
    dict(
        name="fresh121_08_city_port_industry_pilot_scheme_safeguards",
        source="http://news.h0591.com/2015/0713/255819_6.htm",
        doc_kind="scheme", partial=True,
        notes=["Page 6 of a news site's multi-page reprint of a provincial pilot scheme for 福清市 (产港城联动发展 / new-type "
               "urbanisation pilot, 2015): the page starts at the scheme's section 三、保障措施 and ends with the site's "
               "link '返回海西房产网首页>>', which was dropped. No title line is visible (title null); the document starts "
               "at its third level-1 section.",
               "三、保障措施 is measures, level 1 as the top level shown (its siblings 一、 and 二、 are on earlier pages). "
               "Its four children （一）–（四） are headings on lines of their own, each followed by one body paragraph; "
               "they inherit measures, and '（一）强化组织领导' also accepts responsibilities.",
               "The half-yearly and year-end reporting ('年中…年底…') is a reporting duty, not a phase. Units: 福清市 is the "
               "body charged with the pilot; the province's 联席会议办公室 only receives reports and is not listed."],
        units=["福清市"],
        text="""\
@H1 sec=measures | 三、保障措施
@H2 alt=responsibilities | （一）强化组织领导
福清市要加强对试点工作的组织领导，协调落实各项工作，推动重大项目实施，确保目标任务完成；重大试点事项可向省推进新型城镇化联席会议办公室反馈、争取协调。要及时总结试点进展、主要做法和经验，按时报送信息，年中报送工作进展，年底形成年度总结报告报省推进新型城镇化联席会议办公室。
@H2 | （二）稳步推进实施
各级各相关部门对照本方案各负其责、通力配合，分阶段、分目标支持福清市加快试点，并给予政策、资金和项目支持；在城港产联动发展、土地流转、园区管理、投融资促进和开放合作等关键环节明确分工和时限，层层分解目标，逐级落实任务。
@H2 | （三）强化目标管理
实行项目化管理，提高试点的科学性，防范和减少风险；对重大改革举措和政策适时开展事前论证和事后评估，建立目标责任制度、纠错机制和年度报告制度，及时上报发现的问题、积累的经验和培育的典型。
@H2 | （四）营造良好氛围
省、福州市相关部门要支持福清开展产港城联动发展试点。尊重群众意愿，调动社会各方面积极性，发挥专家咨询作用，用好新闻媒体和网络，宣传联动发展的政策措施和阶段成果，营造全社会支持试点的良好氛围。
""",
    ),
    dict(
        name="fresh121_09_city_five_waters_scheme_safeguards_yearbook",
        source="https://meta.librarydata.cn/metainfo?metaID=112120020220005194",
        doc_kind="scheme", partial=True,
        notes=["The safeguards section of 余姚市's '五水共治' scheme as reprinted in a yearbook (《余姚年鉴2015》, pp. 296-297), "
               "from a library metadata page: the page's record fields (知识类型, 内容出处, 唯一号, 颗粒名称, 分类号, 页数, 页码, "
               "摘要, 关键词, '查看原文', '内容') were dropped. The section heading '五、保障措施' is the record's name and is kept "
               "as the first line; no title line (title null).",
               "五、保障措施 is measures at level 1 (the top level shown). '（一）加强组织领导。…' and '（二）强化要素保障。…' are "
               "run-in headings at level 2; （一） also accepts responsibilities (it sets up the leading group and says which "
               "body leads each of the five actions).",
               "The source breaks a sentence over two lines inside （一） ('…与市水环境综合整治工作领导' / '小组办公室合署办公。'); "
               "the break is kept and the second line is body. '（详见附件1）' refers to an attachment not on the page. The "
               "page ends inside （二） ('加大').",
               "Units: the bodies the text puts in charge, as written."],
        units=["市“五水共治”工作领导小组", "市流域防洪工程建设指挥部", "市城市防洪排涝工程建设指挥部",
               "市水环境综合整治工作领导小组办公室", "余姚城投集团有限公司", "市住房和城乡建设局", "市节水办"],
        text="""\
@H1 sec=measures | 五、保障措施
@H2 alt=responsibilities | （一）加强组织领导。由市政府主要领导任组长、市委副书记和常务副市长任常务副组长、相关市领导任副组长、市直有关部门负责人为成员，成立市“五水共治”工作领导小组（详见附件1），统一组织、指挥、协调“五水共治”工作；领导小组下设办公室、市流域防洪工程建设指挥部和市城市防洪排涝工程建设指挥部，市“五水共治”工作领导小组办公室与市水环境综合整治工作领导
小组办公室合署办公。“防洪水、排涝水行动”由市流域防洪工程建设指挥部和市城市防洪排涝工程建设指挥部组织实施，“治污水行动”由市水环境综合整治工作领导小组办公室组织、协调和监督，“保供水行动”由余姚城投集团有限公司和市住房和城乡建设局牵头实施，“抓节水行动”由市节水办组织实施，其他部门按职责配合。各地各部门要健全齐抓共管机制，成立相应组织机构，按专项整治方案和年度计划分解任务、落实项目、强化保障。
@H2 | （二）强化要素保障。研究制定配套政策，市、乡镇（街道）两级财政根据“五水共治”年度计划和资金需求整合政策资金、合理安排预算，保障相关项目建设。加大
""",
    ),
]

