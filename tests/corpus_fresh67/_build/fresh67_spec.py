# -*- coding: utf-8 -*-
"""The sixty-seventh held-out fresh set: a RANDOM SAMPLE of the whole genre as
writers paste it from the web, title blocks and site debris included: a
primary school's term plan inside its issuing notice (letterhead, document
number, rule line, notice title), a youth league's 工作要点, a provincial
government's 实施方案 inside its issuing notice (the law site's metadata
block above it), two activity plans (a spun school outing sample, a town's
culture-festival notice under a document-sharing keyword block), two
summaries (a town's rural-environment summary, a district youth league's
summary under a 范文 site's 【正文】 marker), a township's work report, a
town mayor's speech and a school's moral-education plan with a
document-sharing chunk marker.  Found as stored public web pages with the
`search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of any label file or used list of the other sets
(checked with /work/fresh67/chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site blurbs (导语, 概述, 温馨提示,
  posting lines), collection counts and sample numbers were dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, slogans and the masking
  found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH67_DOCS = [
    dict(
        name="fresh67_01_primary_school_term_plan_issuing_notice",
        source="http://zqxx.jscsedu.cn/xwgk/jhzj/content_21782",
        doc_kind="plan", partial=True,
        title_override="凝心聚力砥砺奋进，全面提升教学质量――张桥中心小学2019—2020学年第二学期学校工作计划",
        notes=["A primary school's term work plan (常熟市张桥中心小学, spring 2020) as its site shows it: the page title, "
               "the letterhead '常熟市张桥中心小学文件', the document number '张小政 〔2020〕 14号' (spaces as on the page), a rule "
               "line of box-drawing characters, the two-line notice title '关于印发《2019~2020学年第二学期' / '学校工作计划》的通知', "
               "addressee, one-sentence notice, signature, date and the 印发 line, then the plan's own main title and its "
               "'――' subtitle (U+2015 as on the page).",
               "Title lines: the page title (1), the notice title (5, 6) and the plan's main title and subtitle (12, 13); the "
               "label's title is the plan's own main title + subtitle. Letterhead, number, rule line, addressee, signature, "
               "dates and the 印发 line are body and never labelled; a table-cell separator ' |' after the 印发 line was dropped.",
               "一、指导思想 guidance; 二、工作目标及措施 goals (measures accepted) with a level-2 heading numbered '㈠、' "
               "(parenthesized ideograph plus 、; literal kept, style ㈠). The page ends inside ㈠ (two body lines kept, "
               "rewritten). The 领导小组 named in ㈠ is the unit."],
        units=["疫情防控工作领导小组"],
        text="""\
@T | 张桥中心小学2019~2020学年第二学期学校工作计划
常熟市张桥中心小学文件
张小政 〔2020〕 14号
━━━━━━━━━━━━━━━━━━
@T | 关于印发《2019~2020学年第二学期
@T | 学校工作计划》的通知
各位老师：
《2019~2020学年第二学期学校工作计划》现印发给大家，请结合各自工作实际抓好落实。
常熟市张桥中心小学
2020年3月23日
常熟市张桥中心小学 2020年3月23日印发
@T | 凝心聚力砥砺奋进，全面提升教学质量
@T | ――张桥中心小学2019—2020学年第二学期学校工作计划
@H1 sec=guidance | 一、指导思想
2020年春季学期，学校以习近平新时代中国特色社会主义思想为指引，贯彻党的十九大、十九届四中全会和全市教育工作会议精神，在市教育局领导下做好春季返校的疫情防控，坚持“一手抓防疫，一手抓质量”，保障师生健康和校园安全，保质保量完成教育教学任务。
@H1 sec=goals alt=measures | 二、工作目标及措施
@H2 num=㈠、 alt=measures | ㈠、落实主体责任，在防控措施上细化，确保开学安全稳定
学校成立疫情防控工作领导小组，校长任组长，副校长任副组长，中层领导、班主任和教师为组员。开学前对校舍、消防、校车、饮食卫生和校园周边逐项排查隐患，开学时上好开学第一课。
校长负第一责任，班主任负班级防控第一责任，分工落实到人；师生进校和在校期间都须遵守各项防疫规定。
""",
    ),
    dict(
        name="fresh67_02_youth_league_2022_work_points",
        source="https://yunko.cn/doc/m8y31hkc30",
        doc_kind="plan", partial=True,
        notes=["A youth league committee's 2022 工作要点 (writer not named on the visible part) on a document site.",
               "The '2022年工作的总体思路是：…' paragraph is a sentence, body (not a label heading).",
               "一、 is the task area (goals, measures accepted); below it three run-in points led by '——' "
               "('——广泛开展主题宣传教育实践活动。…'), labelled as level-2 headings (numbering style ——) since each opens "
               "with a short task title; they inherit goals (measures accepted). The page ends inside the third point."],
        units=[],
        text="""\
@T | 共青团2022年工作要点
2022年工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届历次全会精神，增强“四个意识”、坚定“四个自信”、做到“两个维护”，保持和增强政治性、先进性、群众性，着力提升组织力、引领力、服务力，深化改革、从严治团，团结带领团员青年为开好“十四五”新局贡献青春力量。
@H1 sec=goals alt=measures | 一、以活动为载体，不断深化青少年思想政治引领
@H2 alt=measures | ——广泛开展主题宣传教育实践活动。把宣传思想文化工作作为主线，结合十九届六中全会精神宣传教育，巩固党史学习教育成果，开展“我为群众办实事”实践活动；组织团员过“青春向党·奋斗强国”主题团日，组织少先队员过“争做新时代好队员”主题队日，以线上线下活动发挥共青团助手和后备军作用。
@H2 alt=measures | ——深化青年大学习行动。围绕学好讲好习近平新时代中国特色社会主义思想，增强网上主题团课的吸引力，改进选题、内容和形式，提高参学统计和考核评价的准确性；用好《习近平与大学生朋友们》开展教育。
@H2 alt=measures | ——推进青年讲师团计划。加强青年讲师的管理、考核和使用，建好用好网上平台，围绕重大主题经常性开展宣讲。
""",
    ),
    dict(
        name="fresh67_03_province_income_growth_scheme_issuing_notice",
        source="http://laodongfa.com/stadata/bmgz/7504.html",
        doc_kind="scheme", partial=True,
        notes=["A provincial government's 实施方案 (山西省, 晋政发〔2018〕13号) on a law-text site, inside its issuing notice: the "
               "site's metadata block (发文机关 / 发布日期 / 生效日期 / 时效性 / 文号, with the damaged date '2018年03月27' and the "
               "spaces before the colons as the page has them), addressee, one-sentence notice, signature, date and "
               "'（此件公开发布）', then the scheme's own title. The notice title '关于印发…的通知' itself is not in the stored "
               "text (the page's HTML title only); nothing was added.",
               "The store kept the page's HTML paragraph tags (<p>, <strong>, <br/>); they were removed, as a user pasting the "
               "rendered page would not get them. Metadata, addressee and signature lines are body and never labelled.",
               "一、指导思想 guidance, 二、总体目标 goals; the page ends inside 二 (rewritten without the fragment). '到2020年' "
               "is a target year, not a phase."],
        units=[],
        text="""\
发文机关：山西省人民政府
发布日期：2018年03月27
生效日期：2018年03月27
时效性 ：现行有效
文号 ：晋政发〔2018〕13号
各市、县人民政府，省人民政府各委、办、厅、局：
《山西省激发重点群体活力带动城乡居民增收的实施方案》现印发给你们，请认真抓好组织实施。
山西省人民政府
2018年3月27日
（此件公开发布）
@T | 山西省激发重点群体活力带动城乡居民增收的实施方案
依据《国务院关于激发重点群体活力带动城乡居民增收的实施意见》（国发〔2016〕56号），为贯彻党的十九大精神、深化收入分配制度改革，通过激励重点群体带动全省城乡居民增收，结合本省实际制定本方案。
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为指导，落实党的十九大关于就业、收入、人才和脱贫攻坚的部署，围绕创新驱动、转型发展，推动大众创业、万众创新，分群体施策，调动劳动者的积极性和创造性，为全面建成小康社会、实现共同富裕打下基础。
@H1 sec=goals | 二、总体目标
到2020年，城镇就业规模逐步扩大，劳动生产率和就业质量稳步提高；居民收入增长与经济增长同步，劳动报酬提高与劳动生产率提高同步。
""",
    ),
    dict(
        name="fresh67_04_primary_school_autumn_outing_activity_plan",
        source="https://m.wenke99.com/p-5808006.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a document-site collection ('学校生户外活动方案5篇'; the collection blurb and the sample "
               "number '1' were dropped): a primary school's autumn outing with a theme. The site's text is synonym-spun "
               "('学校生' for 小学生, '盼望' for 希望); the spun title is kept. The store ran the page into one block; it was "
               "split at the headings and key-value pairs it shows.",
               "一、目的和意义： goals (guidance accepted); 二、主题：… a short value heading (other; the whole line is its text "
               "by the colon rule); 三、领导小组及人员分工： responsibilities.",
               "'（一）总指 挥：校长' (space inside the word as on the page; the surname was dropped) is an item (a role and its "
               "holder); the key-value lines 副总指挥 / 协 调 / 成 员 are body, the first two left empty where the names were "
               "dropped.",
               "The store then skips to '3、11月14日晚上…' (the parent of this task is not shown): an item at level 3 "
               "(level 2 accepted), kind inherited (responsibilities, measures accepted). The a–f markers inside it are not "
               "labelled. '本周四' and '11月14日晚上' are not phases."],
        units=["德育处"],
        text="""\
@T | 学校生户外活动方案
@H1 sec=goals alt=guidance | 一、目的和意义：
为提升学生的文化素养、营造和睦的集体氛围、丰富校内生活、培养实践和自主活动能力，德育处定于本周四开展主题秋游，让师生在轻松的气氛中增强集体意识，并同时举办“我眼中的世界”征文、摄影、绘画三项活动，激发爱国情感。
@H1 sec=other | 二、主题：瞻世界各国风情，展麓小骄子风采
@H1 sec=responsibilities | 三、领导小组及人员分工：
@I2 | （一）总指 挥：校长
副总指挥：
协 调：
成 员：全体老师
@I3 lvlalt=2 alt=measures | 3、11月14日晚上督促保安挂好横幅。a挂在一号车右侧；b挂在7号车左侧；c挂在12号车右侧；d挂在17号车左侧；e挂在21号车右侧；f挂在28号车左侧。
""",
    ),
    dict(
        name="fresh67_05_town_rural_culture_festival_activity_notice",
        source="https://wnwk.com/doc/1419000.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A town party committee's notice organising its first rural culture festival, structured as an activity plan "
               "(指导思想, 主题, 口号, 时间, 组织机构, 内容及步骤, 要求), on a document-sharing site. The site's 温馨提示 block and "
               "customer-service line were dropped; the keyword block the site prints before the document, one word a "
               "line ('2023' / '举办' / '首届' / '乡村' / '文化节' / '通知' / '范文'), is kept as site debris and never labelled.",
               "Conversion substitutions kept where they are source wording: '新开展' (for 发展) in the theme, '三大局部' "
               "(for 部分), the mixed quotes '“…〞', and the attachment references '〔详见附件?…?〕' with '?' for the lost "
               "book-title marks.",
               "Headings are bare labels; the value lines under 二、活动主题 and 三、活动口号 (slogans, kept verbatim) and under "
               "四、活动时间 are body. 活动时间 phases (other accepted) holds the overall period '年9月21日至年10月21日' with "
               "the year blanked as on the page: an optional phase, dates copied as written. 六、活动内容及实施步骤 goals "
               "(phases, measures accepted): its three weeks carry no dates. The page ends with the bare heading 七、工作要求."],
        units=["镇党委", "首届乡村文化节组委会"],
        extra_phases=[
            dict(name="活动时间", start_text="年9月21日", end_text="年10月21日", at="年9月21日至年10月21日", optional=True),
        ],
        text="""\
2023
举办
首届
乡村
文化节
通知
范文
@T | 举办首届乡村文化节通知
为发动和组织全镇农村青年学习贯彻“三个代表”重要思想，繁荣社会主义文化，发挥青年在农村先进文化建设中的生力军作用，镇党委按照上级部署，决定今年秋季在全镇开展首届“乡村文化节”活动，现将有关事项通知如下：
@H1 sec=guidance | 一、指导思想
弘扬先进文化，丰富青年生活，展示青年风貌，动员青年在全镇跨越式发展中当好生力军和突击队。
@H1 sec=other | 二、活动主题
讴歌新时代农村新开展，展示新农民新风采
@H1 sec=other | 三、活动口号
青春活力健康文明
@H1 sec=phases alt=other | 四、活动时间
年9月21日至年10月21日
@H1 sec=responsibilities | 五、组织机构
为做好组织协调，设立首届乡村文化节组委会〔详见附件?首届乡村文化节组委会名单?〕，负责领导协调和统筹安排，保证各项活动有序开展。
@H1 sec=goals alt=phases,measures | 六、活动内容及实施步骤
文化节结合实际开展有益青年身心健康的文化、体育、科技、卫生活动，分三大局部：“文化知识周〞活动、“科技卫生周〞活动和“体育运动周〞活动〔详见附件?首届乡村文化节活动总体方案?〕。
@H1 sec=requirements | 七、工作要求
""",
    ),
    dict(
        name="fresh67_06_town_rural_environment_2023_summary",
        source="https://m.bimoxiezuo.com/view?id=n5xgo527heydimbr&type=2",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's summary of its rural living-environment work in 2023 (the title also announces the 2024 plan, "
               "which is not in the visible part); the town is masked 'xx镇' in the body. Other pages of this site are "
               "sources of earlier sets (other ids and titles); this one is not.",
               "一、工作开展情况 achievements with a standalone level-2 heading ending in '。'. The page ends inside its "
               "body (the figures are kept)."],
        units=[],
        text="""\
@T | 镇人居环境整治2023年工作总结及2024年工作计划
为贯彻习近平总书记关于改善农村人居环境的重要指示精神，全镇以清理生产生活垃圾、治理污水和提升村容村貌为重点，开展以“四整治”为重点的“百日攻坚”行动和“村庄清洁”行动，补齐人居环境短板，提升群众幸福感。现将2023年工作总结如下：
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）推进农村人居环境整治，提升人居环境整体水平。
xx镇“村庄清洁”行动共上报13个行政村的116个自然庄，其中一类自然庄19个、二类自然庄97个；截至年底，一类自然庄19个、二类自然庄97个已通过验收。
""",
    ),
    dict(
        name="fresh67_07_district_youth_league_2022_summary",
        source="https://m.ilede.com.cn/a/8xi3t.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district youth league committee's 2022 summary (罗湖区, 深圳) on a 范文 site. The site's '【概述】' blurb was "
               "dropped; its '【正文】' marker, which a user selecting the text would copy, is kept as line 1 and never "
               "labelled. The document shows no title line of its own (title null).",
               "The site's masking '习***' and '党的***' is kept in headings and bodies.",
               "一、 achievements with two run-in level-2 headings '（一）…。' whose bodies hold '一是…二是…三是…' (not "
               "labelled). The page ends inside （二） ('…中学团委书记云培训班', kept as the fragment)."],
        units=["团区委"],
        text="""\
【正文】
今年以来，团区委在区委区政府领导下，高举习***新时代中国特色社会主义思想旗帜，学习贯彻党的***和十九届历次全会精神以及习***在深圳经济特区成立 40 周年庆祝大会上的讲话精神，落实《深圳建设中国特色社会主义先行示范区综合改革试点实施方案（2022-2025 年）》，带领团员青年抓住“双区”建设机遇，各项工作取得新进展。
@H1 sec=achievements | 一、坚持不懈用习***新时代中国特色社会主义思想教育引导青年，团的引领力进一步提升
@H2 | （一）深入学习宣传贯彻习***关于青年工作的重要思想。今年习***给北京大学援鄂医疗队“90后”党员回信，并在五四、六一等节日寄语青少年。一是专题学，召开专题会议传达学习；二是扩大学，召开共青团罗湖区委员会七届五次全体（扩大）会议集中研讨；三是深入学，指导基层团组织通过主题团课、团日活动把精神传达给团员青年。
@H2 | （二）深化宣传教育，坚定理想信念。一是在线上开设共青团“云团课”和少先队“云队课”，创新举办“罗湖区首期中学团委书记云培训班
""",
    ),
    dict(
        name="fresh67_08_township_three_cities_creation_report",
        source="https://gwyoo.com/article/gzcaliao/huibao/201507/604282.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page '三城同创工作汇报材料8篇': a township's report on its part in the "
               "county's “三城同创” campaign. The posting time, the 导语 blurb, the repeated collection title and the sample "
               "number '第一篇' were dropped; the collection title without its count '8篇' is kept as the title line.",
               "Five run-in level-1 headings ending in '。', each followed on the same line by '一是…二是…' points (not "
               "labelled; 二要/三要 in 五、 as on the page). 一 to 三 are the township's work (achievements, measures "
               "accepted), 四、存在的问题 problems, 五、下一步工作打算 next_steps. Place names 杨圩、大观 kept."],
        units=[],
        text="""\
@T | 三城同创工作汇报材料
自“三城同创”开展以来，我乡按照县委、县政府和“三城同创”总指挥部的部署，围绕建设“全国文明县城，省级卫生县城，省级园林县城”的目标，以全乡卫生整治为重点，抓好居民点、街道、河流和公路沿线的环境卫生与园林建设。现将近阶段工作开展情况汇报如下：
@H1 sec=achievements alt=measures | 一、坚持“三个到位”，高起点定位“三城同创”工作。一是宣传发动到位；二是组织领导到位；三是工作方案到位。
@H1 sec=achievements alt=measures | 二、建立“四项机制”，高标准组织开展创建工作。一是领导工作体制；二是沟通协调机制；三是通报督办机制；四是考核考评机制。
@H1 sec=achievements alt=measures | 三、突出“四大重点”，高质量完成各项目标任务。一是抓好全乡环境卫生整治；二是加大街道整治力度；三是加快沟塘河道整治；四是继续推进杨圩、大观两个美好乡村和三个街道的建设规划。
@H1 sec=problems | 四、存在的问题。一是宣传还需加强；二是村民的创新意识较弱；三是资金不足，村干部配合有待加强；四是长效机制尚需完善。
@H1 sec=next_steps | 五、下一步工作打算。一是继续加大宣传力度；二要明确奖惩措施；三要完善创建长效机制，抓好各项创建工作，为全县早日实现“三城同创”目标出力。
""",
    ),
    dict(
        name="fresh67_09_town_mayor_first_quarter_meeting_speech",
        source="https://kuaisuzugao.com/102400.html",
        doc_kind="speech", partial=True,
        notes=["A town mayor's speech at the 2024 party-committee study meeting and first-quarter work meeting, on a "
               "speech-draft site. The title appears twice (the page's title and the document's own): both are title "
               "lines. The salutation '同志们：' is body; the lead-in '下面，我有三方面的想法跟大家交流一下：' stays at the end "
               "of the opening paragraph as on the page.",
               "One point visible: '一、要坚持问题导向，…' (requirements, guidance and measures accepted). The page ends inside "
               "its body ('…重点围绕2024年工作'); the rewritten body stops at the visible content. The page's leading "
               "indentation spaces were not kept."],
        units=[],
        text="""\
@T | 2024年党委学习讨论会暨全镇一季度工作会议镇长部署稿
@T | 2024年党委学习讨论会暨全镇一季度工作会议镇长部署稿
同志们：
镇党代会和人代会已先后闭幕，会上总结了一年来全镇经济社会发展的成绩，分析了机遇与挑战，明确了2024年的总体目标、思路和重点工作。时间紧、任务重，各单位、各部门要围绕目标，在做好2023年条线考核和目标任务核定的同时，早谋划、早部署、早行动，确保全年工作开好局、起好步。下面，我有三方面的想法跟大家交流一下：
@H1 sec=requirements alt=guidance,measures | 一、要坚持问题导向，认真分析总结，进一步坚定再出发的信心决心
2023年是全面贯彻党的二十大精神的开局之年，也是疫情防控转段后经济恢复的一年。全镇上下通力协作，各项事业取得了可喜成绩。眼下条线考核已基本结束，各单位、各部门要利用好这段时间，对照全区找差距、从主观上找原因、逐项查漏补缺；镇党代会提出的2024年目标需要踮脚才能够得着，关键看有没有信心和决心、有没有争先的锐气。
""",
    ),
    dict(
        name="fresh67_10_school_moral_education_work_plan",
        source="https://m.wenke99.com/p-9077310.html",
        doc_kind="plan", partial=True,
        notes=["A school's moral-education work plan from a document-sharing conversion: the page starts with the chunk "
               "marker '精选优质文档-倾情为你奉上' directly before '一、指导思想'; the store ran the page into one block, and the "
               "marker was put on its own line (site debris, never labelled). No title line is shown (title null).",
               "Two run-in headings 'label：long body' ('一、指导思想：…', '二、工作目标：…'), texts cut at the colon: guidance "
               "and goals. The source mixes a Jiangsu framing with '新时代首都青少年' (copied text); kept in the rewritten "
               "body. The page ends inside 二 (rewritten without the fragment)."],
        units=[],
        text="""\
精选优质文档-倾情为你奉上
@H1 sec=guidance | 一、指导思想：以邓小平理论和“三个代表”重要思想为指导，树立科学发展观，贯彻党的教育方针，落实加强和改进未成年人思想道德建设的部署，围绕“创业创新创优”的新江苏精神，坚持以人为本、育人为本、德育为首；以培养“四有”新人为总体要求，以增强爱国情感、规范行为习惯为主要任务，以培养有文明素养和国际视野的新时代首都青少年为目标，提高德育实效。
@H1 sec=goals | 二、工作目标：落实江苏省教育发展战略，构建与之相配的德育工作新格局：关注每个学生的健康成长，明显提高学生的基础文明素养；增强全员育人、全过程育人的意识；以学校为主导整合家庭、社区和国内外的德育资源；依法管理，使德育工作持续健康发展。
""",
    ),
]
