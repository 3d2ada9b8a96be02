# -*- coding: utf-8 -*-
"""The 127th held-out fresh set: SCHEMES (实施方案 / 工作方案 / 宣传方案) of
townships, a sub-district and a county body, with 工作步骤 / 宣传安排 parts
whose stages carry dates, one printed inside its issuing notice, several with
组织领导 parts naming lead units and 责任部门 / 完成时限 lines.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file under /work/main/tests/corpus_fresh*/ and
/work/fresh*/, every used_sources.tsv and *.lst there, and a distinctive
phrase of each page grepped there, when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, upload
  metadata, wiki metadata) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans, document numbers and masking are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH127_DOCS = [
    dict(
        name="fresh127_01_township_civilised_city_scheme",
        source="https://www.tyust.net/zhichangzhishi/2021/0406/296990.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A township's scheme for its part in the city's bid for the national civilised-city title "
               "(某乡镇争创全国文明城市工作实施方案), from a sample-essay site; the page's navigation, date and "
               "keyword lines were dropped. The title line is kept; the opening starts in the middle of a sentence "
               "(以“力争…行列”的奋斗目标。) as the page shows it (rewritten, the quoted goal kept).",
               "二、工作目标 holds seven short 1、–7、 target statements, labelled items (level 2, goals).",
               "三、工作步骤 announces 4 stages ('争创工作分为 4 个阶段：', PDF-like spacing kept) but the stored text "
               "ends after the first: '第一阶段（4—5 月）：分解任务，宣传发动。' The automatic cut would stop at the "
               "colon, so the text is set by hand to keep the stage name. One required phase named after the stage's "
               "tasks, start '4' (the month is written only once, after the end: '4—5 月'), end '5 月' (space kept).",
               "No lead unit is named in the visible part ('全镇各责任单位' only), so units is empty."],
        units=[],
        text="""\
@T | 某乡镇争创全国文明城市工作实施方案
以“力争在省会城市中率先进入全国文明城市行列”为奋斗目标。依据市、区有关文件的规定和要求，现提出本镇争创工作的实施方案。
@H1 sec=guidance | 一、指导思想
以党的__精神为指针、《全国文明城市测评体系》为依据，统筹推进物质、政治、精神和生态文明建设，服务“三大推进”，提升全社会文明程度，为争创全国文明城市提供精神动力和文化条件。
@H1 sec=goals | 二、工作目标
对照全国文明城市测评标准，努力做到：
@I2 | 1、政务环境廉洁高效。
@I2 | 2、法治环境公平公正。
@I2 | 3、市场环境规范守信。
@I2 | 4、人文环境健康向上。
@I2 | 5、生活环境安居乐业。
@I2 | 6、生态环境可持续发展。
@I2 | 7、创建活动扎实有效。
@H1 sec=phases | 三、工作步骤
争创工作时间紧、任务重、标准高，全镇各责任单位要倒排时间，分阶段、按步骤向前推进。
争创工作分为 4 个阶段：
@H2 text=第一阶段（4—5~月）：分解任务，宣传发动 phase=分解任务，宣传发动;4;5~月 | 第一阶段（4—5 月）：分解任务，宣传发动。
""",
    ),
    dict(
        name="fresh127_02_township_antigang_publicity_campaign_scheme",
        source="http://sznews.zjol.com.cn/sznews/system/2019/04/02/031562234.shtml",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A township's 2019 publicity campaign scheme for the anti-gang drive (仙岩镇扫黑除恶专项斗争攻坚年集中"
               "宣传活动方案), published on a city news site's township page; the breadcrumb and the '来源/作者' line "
               "(the writer is the township's 党政办) were dropped.",
               "二、宣传安排 gives the stages in one body sentence, not as headings: launched in 3月份, concentrated "
               "publicity 4月至6月, routine publicity from 7月以后. Three required phases on that body line (names "
               "启动 / 集中宣传 / 常态宣传; '3月份' a start only; '7月以后' kept as written as a start with no end). "
               "The sentence was rewritten but the date expressions are kept.",
               "三、宣传重点: （一） is one long sentence (no '。' before its second clause), so its text is set by hand to "
               "the first clause; （二） and （三） are run-in headings 'title。body'. All three are level-2 headings "
               "(goals; measures accepted for the level-1 heading). The page ends inside （三） ('宣传全市政法机关依法').",
               "No lead unit is named in the visible part ('各线办、各村单位' only); units is empty."],
        units=[],
        extra_phases=[
            dict(name="启动", start_text="3月份", end_text=None, at="3月份启动", optional=False),
            dict(name="集中宣传", start_text="4月", end_text="6月", at="4月至6月", optional=False),
            dict(name="常态宣传", start_text="7月以后", end_text=None, at="7月以后", optional=False),
        ],
        text="""\
@T | 仙岩镇扫黑除恶专项斗争攻坚年集中宣传活动方案
为推动扫黑除恶专项斗争向纵深发展，广泛发动群众，表明党委政府“有黑必扫、有恶必除、有乱必治、有‘伞’必打”的决心，展示我镇专项斗争成效，按照中央、省委和绍兴、嵊州市委的部署，决定在全镇开展扫黑除恶攻坚年集中宣传活动。方案如下：
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为指导，贯彻总书记关于扫黑除恶的系列重要讲话和中央、省委、绍兴市委视频会议精神，让打击、宣传、普法同频共振，形成全党动员、全民知晓、全员参与的氛围。
@H1 sec=phases | 二、宣传安排
本次集中宣传活动3月份启动，4月至6月集中开展宣传，7月以后转入常态宣传。
@H1 sec=goals alt=measures | 三、宣传重点
@H2 text=（一）突出宣传开展扫黑除恶专项斗争是以习近平同志为核心的党中央作出的重大决策 | （一）突出宣传开展扫黑除恶专项斗争是以习近平同志为核心的党中央作出的重大决策，讲清这项斗争的重要意义，展示各级党委政府攻坚的决心。
@H2 | （二）深入解读扫黑除恶专项斗争的目标任务和重要部署。介绍全镇严打深挖、打伞破网、源头治理等部署，反映各线办、各村单位推动落地、真抓实干的做法。
@H2 | （三）大力宣传扫黑除恶专项斗争的举措成效。宣传全市政法机关依法
""",
    ),
    dict(
        name="fresh127_03_county_gas_safety_rectification_scheme_notice",
        source="https://www.zjc.gov.cn/info/5331/920752.htm",
        doc_kind="scheme", partial=True,
        title_override="张家川县城镇燃气安全专项整治工作方案",
        notes=["A county work-safety committee's scheme for a gas-safety campaign, printed inside its issuing notice "
               "(document number 张安委〔2023〕7号, issuing body, notice title, addressee, signature and date), from the "
               "county government's site. Two title lines: the notice title and the scheme's own; the label takes the "
               "scheme's title and marks both lines as title lines.",
               "二、工作目标 states durations, not dated stages ('用3个月左右时间' to rectify, '再用半年左右时间' to "
               "consolidate, '到2025年底前' a target); no phases. The page ends inside that paragraph "
               "('…建立严进、严管、重').",
               "The committee only issues the scheme; no lead or responsible unit is named in the visible part, so "
               "units is empty."],
        units=[],
        text="""\
张安委〔2023〕7号
张家川县安全生产委员会
@T | 关于印发《张家川县城镇燃气安全专项整治工作方案》的通知
各乡镇人民政府，县政府各部门：
《张家川县城镇燃气安全专项整治工作方案》已经县政府同意，现予印发，请认真抓好落实。
张家川县安全生产委员会
2023年8月22日
@T | 张家川县城镇燃气安全专项整治工作方案
为贯彻总书记关于燃气安全的重要指示批示，汲取近年城镇燃气重特大事故教训，落实《全国城镇燃气安全专项整治工作方案》和国家、省、市的部署，全面排查治理城镇燃气安全风险隐患，保障群众生命财产安全，结合本县实际制定本方案。
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和二十届一中、二中全会精神，坚持人民至上、生命至上，统筹发展和安全；落实国务院安全生产十五条硬措施、省委省政府三十五条实施意见和市委市政府五十条措施，压实企业主体责任和部门监管责任，对城镇燃气风险隐患“大起底”排查、全链条整治，坚决防范重大事故。
@H1 sec=goals | 二、工作目标
先用3个月左右时间全面排查整治城镇燃气全链条风险隐患，建立整治台账，消除餐饮企业等人员密集场所的突出隐患；再用半年左右时间巩固集中攻坚成效，开展“回头看”，完成全部隐患整治，建立风险分级管控和隐患排查治理双重预防机制；到2025年底前，建立严进、严管、重
""",
    ),
    dict(
        name="fresh127_04_township_antifraud_publicity_scheme",
        source="https://xiexiebang.com/a5/3a6cea0e541d33c5.html",
        doc_kind="scheme", partial=True,
        notes=["A township's scheme for anti-telecom-fraud publicity (XX镇打击电信诈骗宣传工作实施方案), from a sample "
               "site; names are masked 'XX' in the source and kept so.",
               "二、组织领导 names the leading group, the township's social-governance office, the police station and "
               "the member units; personal names are masked in the source ('XX同志').",
               "三、工作内容 holds task headings （一）（二）; the first task's body ends with '（完成时限：2021年11月底）', a "
               "deadline inside a task, not a phase. The stored text ends inside the second heading, cut in the "
               "middle of a word ('（二）加快全镇反诈宣传资'): kept as a bare truncated heading.",
               "Task headings under 三、工作内容 are goals, measures accepted."],
        units=["XX镇反电信网络诈骗宣传活动领导小组", "镇社会治理与应急管理办公室", "派出所"],
        text="""\
@T | XX镇打击电信诈骗宣传工作实施方案
为提高全镇群众识别电诈的能力，全力劝返在缅滞留人员，遏制涉诈及涉“两卡”违法犯罪，减少群众财产损失，在全镇形成强大的舆论声势，依据全县反电诈工作安排和本镇实际，经镇党委、政府研究，制定本方案。
@H1 sec=guidance | 一、指导思想
坚持以人民为中心，落实全国打击治理电信网络新型违法犯罪电视电话会议和县委常委会、全县推进会的要求，用多种形式开展宣传，铲除电诈滋生的土壤，最大限度保护群众财产安全。
@H1 sec=responsibilities | 二、组织领导
成立XX镇反电信网络诈骗宣传活动领导小组，XX同志任组长，政法委员XX同志任副组长，镇社会治理与应急管理办公室、派出所、驻镇各单位和各村居为成员单位。领导小组下设办公室，由XX同志兼任主任，牵头全镇反电诈宣传，协调各单位和村（社区），并负责宣传资料制作和信息收集上报。
@H1 sec=goals alt=measures | 三、工作内容
@H2 | （一）积极安排部署，推开全镇反电诈宣传工作序幕
镇宣传工作领导小组适时召集机关干部、驻镇单位和各村（社区）负责人召开全镇动员大会，部署反电诈宣传；各单位、各村居按方案做好本单位职工和村社干部的宣传，并在辖区召开反诈宣传动员会。（完成时限：2021年11月底）
@H2 | （二）加快全镇反诈宣传资
""",
    ),
    dict(
        name="fresh127_05_township_civilised_city_task_scheme",
        source="https://www.xiaozhentang.com/wenku/csve/EJKRP0LyXo",
        doc_kind="scheme", partial=True,
        notes=["A township's scheme for the county's civilised-city campaign (黄安镇, 郓城县), from a document site. "
               "The page starts with the opening paragraph; no title line is shown, so title is null.",
               "Four levels: 一、 / （一） / 1、 headings, then （1）–（4） task statements as items at level 4. The "
               "task areas under 三、工作任务 are goals (measures accepted).",
               "After the items, a bracketed line '（责任部门：镇人居环境办公室、镇环保所、镇综合执法队、镇城建办完成时限："
               "20xx年12月31日）' names the responsible offices and a masked deadline; the separator before 完成时限 is "
               "missing in the source and kept so. It is a body line (not labelled), the deadline is not a phase, and "
               "the four offices are listed as units.",
               "A stray backtick inside item （3） ('的`乱堆乱放', page debris) is kept. The page ends inside 2、提升乡风文明 "
               "('（1）无'); that fragment was dropped, so 2、 is a bare heading."],
        units=["镇人居环境办公室", "镇环保所", "镇综合执法队", "镇城建办"],
        text="""\
按照县创建全国文明城市工作领导小组的安排，为抓好创建任务落实，结合黄安镇实际，制定本实施方案。
@H1 sec=guidance | 一、指导思想
贯彻中央和省、市、县全会精神，围绕全县创城工作计划，以解放思想、务实创新为先导，以文明创建为抓手，从薄弱环节和地方特色入手，外塑形象、内提素质，抓建设、促教育、重管理，不断提升全镇文明程度。
@H1 sec=goals | 二、创建目标
对照《郓城县全国文明城市创建实地考察工作责任分工》落实重点工作，使全镇公共环境、公共秩序、公共服务和公益宣传明显改善，群众文明素质持续提高。
@H1 sec=goals alt=measures | 三、工作任务
加快镇域基础设施建设，改善宜居宜业环境，强化创城宣传，提升群众文明意识和创建水平。
@H2 | （一）突出三大整治，夯实创建基础
@H3 | 1、整治镇容镇貌
@I4 | （1）生活垃圾定点投放，垃圾房、箱（桶）完好整洁，不外溢，清运及时。
@I4 | （2）河塘有效治理，无垃圾漂浮物，无黑臭水体。
@I4 | （3）定期集中整治镇区街道、村便民服务中心、农贸市场、公共厕所等公共场所的`乱堆乱放、牛皮癣广告、违章搭建、黑烟囱和白色垃圾，治理河道垃圾和排污口。
@I4 | （4）加快镇驻地公共卫生间轮椅通道、扶手或缘石坡道等无障碍设施建设。
（责任部门：镇人居环境办公室、镇环保所、镇综合执法队、镇城建办完成时限：20xx年12月31日）
@H3 | 2、提升乡风文明
""",
    ),
    dict(
        name="fresh127_06_township_antigang_publicity_scheme_document",
        source="https://zh.m.wikisource.org/zh/%E6%9D%8E%E5%AE%B6%E5%B2%94%E9%95%87%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E6%89%AB%E9%BB%91%E9%99%A4%E6%81%B6%E4%B8%93%E9%A1%B9%E6%96%97%E4%BA%89%E7%9A%84%E5%AE%A3%E4%BC%A0%E6%96%B9%E6%A1%88",
        doc_kind="scheme", partial=True,
        notes=["A township government's anti-gang publicity scheme issued as a document (李政发〔2019〕6号), "
               "transcribed on Wikisource: title, document number, issuing body, date and addressee come before the "
               "opening. The wiki's repeated page title and its '发布机关' / '镇文件' metadata lines were dropped.",
               "一、宣传内容: two run-in headings （一）（二） 'title。body'. 二、宣传形式: （一）社会宣传 is a bare heading; "
               "its body runs the '四个一' points together with '1.…2.…3.…' in the middle of the line (not "
               "labelled). The page ends inside point 3.",
               "No dated stages in the visible part; the leading group is the only unit named."],
        units=["镇扫黑除恶专项斗争领导小组"],
        text="""\
@T | 李家岔镇人民政府关于扫黑除恶专项斗争的宣传方案
李政发〔2019〕6号
李家岔镇人民政府
2019年1月21日
各行政村、镇属单位：
按照子长县扫黑办的要求，为营造更浓的扫黑除恶氛围，扩大宣传的广度、密度和力度，做到全民知晓、全民参与，经镇扫黑除恶专项斗争领导小组研究，制定本镇宣传方案如下：
@H1 sec=goals alt=other | 一、宣传内容
@H2 | （一）深入学习宣传全国、全省、全市、全县扫黑除恶专项斗争通知精神。重点宣传党中央、国务院《关于开展扫黑除恶专项斗争的通知》和各级会议精神，讲清黑恶势力的危害和各级打击的力度与成效，增强群众斗争的信心和勇气。
@H2 | （二）深入学习宣传与扫黑除恶专项斗争相关的法律法规。宣传刑法、刑事诉讼法、治安管理处罚法等相关法律，把普法与弘扬法治精神、服务群众结合起来，引导群众信仰法律。
@H1 sec=measures alt=goals | 二、宣传形式
@H2 | （一）社会宣传
由镇扫黑除恶专项斗争领导小组组织，重点抓好“四个一”：1.办一期宣传栏，由镇牵头，各村利用现有阵地和橱窗办好专栏，张贴好宣传海报。2.在公路沿线重要位置刷写标语，各行政村在醒目处悬挂横幅。3.组织一次“扫黑除恶四进”活动，组织干部职工进单位、进乡村、进学校、进企业开展宣传，
""",
    ),
    dict(
        name="fresh127_07_subdistrict_fraud_free_creation_scheme",
        source="http://m.360zuowen.cn/fw/170638719466037.html",
        doc_kind="scheme", partial=True,
        notes=["A sub-district's scheme for creating 'fraud-free' villages, communities and units (凤岭街道, 遵义), "
               "from a sample site. The page starts with the opening paragraph; no title line is shown, so title "
               "is null.",
               "二、组织领导: the leading group, then empty key-value lines '组长：' / '成员：' (body, not labelled), then "
               "the office placed in the 社会治理办; two personal names were dropped.",
               "三、工作目标 states year-on-year reduction targets for 2021年下半年 and 2022年至2024年: targets, not "
               "phases. 四、创建标准 (other; goals accepted) holds （一）无诈村（社区）标准。 with numbered criteria "
               "1.–4. as items; the page ends inside criterion 5. ('5.按照本方案积极认'), which was dropped."],
        units=["凤岭街道无诈村（社区）、无诈单位创建工作领导小组", "社会治理办"],
        text="""\
根据省、市、县打击治理电信网络新型违法犯罪领导小组关于全面开展防范宣传、推广厦门经验的要求，结合本街道实际，制定本方案。
@H1 sec=guidance | 一、指导思想
坚持以人民为中心，把创建无诈村（社区）、无诈单位作为推进街道治理现代化的重要抓手，打防结合、以防为先，齐抓共管、群防群治，遏制电信网络诈骗高发态势，为建设更高水平的平安遵义提供保障。
@H1 sec=responsibilities | 二、组织领导
成立凤岭街道无诈村（社区）、无诈单位创建工作领导小组。
组长：
成员：
领导小组办公室设在社会治理办，由一名同志兼任办公室主任，另配一名工作人员，负责创建工作的统筹协调和指导考核。
@H1 sec=goals | 三、工作目标
以创建为抓手，构建党工委领导、政府主导、社会治理办协调、社会各界共同参与的防范治理格局。2021年下半年总体发案比上半年下降10%，2022年至2024年每年再降5%；单位内部职工受害的案件，2021年下半年比上半年下降50%，2022年至2024年每年再降30%。
@H1 sec=other alt=goals | 四、创建标准
@H2 | （一）无诈村（社区）标准。
@I3 | 1.村（社区）内无电信网络诈骗案件，或2021年下半年发案量比上半年下降50%以上、2022年至2024年每年同比下降50%以上；
@I3 | 2.期内未发生50万以上（含本数）的电信网络诈骗案件；
@I3 | 3.常住及暂住人口中无电诈违法犯罪人员、滞留缅北涉诈高危人员和拦截人员；
@I3 | 4.没有电信网络诈骗违法犯罪窝点；
""",
    ),
]
