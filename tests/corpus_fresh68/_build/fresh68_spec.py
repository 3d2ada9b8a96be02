# -*- coding: utf-8 -*-
"""The sixty-eighth held-out fresh set: WORK PLANS (工作计划, a 工作要点-style
plan of a women's federation, a plan titled 工作报告) by schools, townships,
a district education bureau, a company, a hospital department and a
women's federation -- documents whose kind (plan vs report vs scheme) a
reader must tell from the title and the body; three show no title of their
own, one is titled 工作报告 but is the forward-looking plan part, two carry a
document-sharing site's chunk marker glued to the title.  Found as stored
public web pages with the `search` tool's `pages` corpus (log in
notes_queries.txt).  None of the source pages is a source of any label file
or used-source list under /work/wt-lead/tests, /work/shared or /work/fresh*.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, 小编 blurbs, collection titles, sample numbers, share
  blurbs, "related documents" panels) was dropped.
- Heading and title lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.
- Site debris a user would paste along is kept and never labelled: chunk
  markers of document-sharing sites (`2、学、城乡…`, `3、常管理…`), numbers
  broken over lines (`八、九次会议精神…`, `6、7村…`), a watermark inside a
  word (`论文网`).

Marker syntax: see fresh_build/build.py.
"""

FRESH68_DOCS = [
    dict(
        name="fresh68_01_primary_school_first_term_plan",
        source="http://16fw.com/jhfw/xxgzjh/20170525/316856.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's plan for the first term of a school year, years masked in the title "
               "('小学xxxx-xxxx学年度第一学期学校工作计划'); the school is in Hainan (the 海南省 information-technology "
               "synchronous-classroom pilot).",
               "一、指导思想 guidance; 二、工作目标 goals. Its five 1、 lines are labelled headings at level 2 "
               "(goals): 1、2、4、 are short titles run in before a body ('1、实现书香校园计划。…'); 3、 is one "
               "sentence without a separate body and 5、 is cut off by the page ('…创学校特色'); they are kept "
               "headings for the consistency of the list (reading them as items is defensible, and items are "
               "optional).",
               "No phases: the plan shows no schedule in its visible part."],
        units=[],
        text="""\
@T | 小学xxxx-xxxx学年度第一学期学校工作计划
@H1 sec=guidance | 一、指导思想
本学期学校在教育局和中心校领导下，以科学发展观为指引，推进素质教育，规范教学管理，深化教育改革，走质量强校、教研兴校之路，力争办学水平有新突破，推动我校教育事业又快又好发展
@H1 sec=goals | 二、工作目标
@H2 | 1、实现书香校园计划。抓好校园文化和班级文化建设，推进素质教育、智慧教育和均衡教育。
@H2 | 2、全力打造教师队伍。以师德建设为起点，树立教师形象、促进业务提升，引导教师关爱学生、乐于奉献，不断提高课堂能力。
@H2 | 3、注重校安工程，全面确立安全意识，与教师、学生签订安全责任状。
@H2 | 4、实现同在蓝天下一起幸福成长的宗旨。做好海南省中小学信息化同步课堂试点项目，借助信息技术弥补偏远教学点师资不足、课程开不齐的短板，让农村孩子共享优质教育资源，缩小区域、城乡和校际差距，促进教育均衡与公平。
@H2 | 5、抓好体育与卫生工作，抓好大课间活动，创学校特色
""",
    ),
    dict(
        name="fresh68_02_school_safety_term_plan_untitled",
        source="http://m.refanwen.com/baogao/xuexiaogongzuojihua/844/844225.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('学校工作计划及目标汇编五篇', sample '篇1'): a school's term plan for "
               "its safety work. The collection title and the sample header were dropped, so the document shows no "
               "title; the kind is told from the body ('本学期的安全工作…', a term's goals, organisation and duties).",
               "一、目标要求 is goals (requirements accepted: the line names '目标要求' and the body lists what must be "
               "achieved); 二、组织领导 and 三、学校安全领导小组职责的具体职责是 are responsibilities. The heading "
               "三、… ends without a colon in the source; kept as written.",
               "Under 二、 the lines '组长：', '具体分工如下：' and the duty lines are key-value body lines; the name "
               "before the first duty ('于校长') was dropped (personal name) and the other duty lines start with a bare "
               "'：' because the page itself left the names out. The site watermark '论文网' inside the fourth-grade "
               "duty line is kept as debris.",
               "The seven 1、 lines under 三、 are duty statements: items at level 2 (responsibilities). The page ends "
               "inside 7、 ('…调研执')."],
        units=["学校安全领导小组"],
        text="""\
学校安全关系社会稳定，也决定教育教学能否正常进行，必须常抓不懈。本学期仍以增强全体师生安全意识为主旨，以杜绝各类事故为目标。
@H1 sec=goals alt=requirements | 一、目标要求
本学期安全工作的要求是：落实河南省、郑州市和新郑教体局有关安全工作的文件，杜绝因学校工作失误引发的安全责任事故，消除校园安全隐患，为教师提供安全祥和的工作环境，为学生提供安全文明的学习环境。
@H1 sec=responsibilities | 二、组织领导
组长：
具体分工如下：
校长：第一责任人，全面负责学校安全工作，每学期初与各部门逐级签订安全工作责任书，制订活动计划、实施方案和活动内容。
：负责一年级的教室房屋、学生安全。
：负责二年级的教室房屋、学生安全。
：负责三年级的教室房屋、学生安全。
：负责四年级的教室房屋、论文网学生安全。
：负责五年级的教室房屋、学生安全。
：负责六年级的教室房屋、学生安全。
：负责宿舍、各功能室的安全。
：负责学校墙头、院落、厕所的安全。
@H1 sec=responsibilities | 三、学校安全领导小组职责的具体职责是
@I2 | 1、按照领导部署，组织落实上级安全工作意见，制订规章制度。
@I2 | 2、制订学校安全学期、年度工作计划，经领导小组同意后组织落实。
@I2 | 3、定期开展学校安全检查工作。
@I2 | 4、落实开展安全值班、护导工作。
@I2 | 5、以多种形式组织安全法规和知识的宣传、教育和培训。
@I2 | 6、按时完成教育局安全情况统计，并适时向领导小组提出改进安全工作的意见。
@I2 | 7、完成向有关部门报送计划、汇报、总结、调研执
""",
    ),
    dict(
        name="fresh68_03_township_2009_economy_plan",
        source="https://fanwen.qwyd.net/gongzuo/gongzuojihua/319901.html",
        doc_kind="plan", partial=True,
        notes=["A township's (乡) 2009 work plan, under the sample site's own title form '“乡镇政府推动经济计划”政府工作计划' "
               "(the site's summary in quotes, then the kind). The title line is kept as the page shows it.",
               "The opening names the guiding thought inside a sentence ('全乡工作的指导思想是：…'): body, not a label "
               "heading. The page breaks that sentence inside '县委十一届' / '八、九次会议精神', so line 3 starts with "
               "'八、': debris of a broken line, not a heading, never labelled.",
               "Numbering of the （） level runs on across the 一、 sections: the page shows （二）（三） under 一、 (its "
               "（一） is missing) and （四） under 二、. Task areas are goals (measures accepted).",
               "Inside （二） the page breaks village numbers over lines ('…一是以9、10、15、' / '6、7村为一带…' / '1、' / "
               "'2、5、8、1' / '3、14村为一带…'): these lines start with 1、-like tokens but are broken figures, never "
               "labelled (and the page itself skips 二是).",
               "The page ends inside （四） ('…以科学')."],
        units=[],
        text="""\
@T | “乡镇政府推动经济计划”政府工作计划
2009年要在严峻的经济形势中抢抓机遇，是加快建设川东北宜居宜业中等城市后花园的关键一年。全乡工作的指导思想是：以邓小平理论和“三个代表”重要思想为指导，以科学发展观统揽全局，贯彻党的十七大、十七届三中全会和县委十一届
八、九次会议精神，围绕县委、政府的总体思路和目标，以项目为抓手，着力“两基一化促和谐”，推动经济社会又好又快发展。
@H1 sec=goals alt=measures | 一、培育产业，优化结构，不断壮大乡域经济实力
@H2 | （二）稳步推进现代农业。按照两带一镇布局，巩固传统产业，培育新型产业，推进“1+3”发展目标：果品、葡萄为领军产业，蔬菜、畜禽、粮油为骨干产业，重点抓好四个开发带。一是以9、10、15、
6、7村为一带建设畜禽开发带，建好6村家畜养殖园，培育年出栏100头以上的生猪大户6户、万只以上小家禽大户10户，建设8村生猪500头家禽养殖基地；三是以
1、
2、5、8、1
3、14村为一带建设粮油开发带，抓好标准粮田，建设向坝村、**村优质粮油示范园，健全土地流转体系，引导土地向大户集中。
@H2 | （三）全面提升第三产业。一是完善农贸市场，疏通下水道、安装照明，建立清扫保洁和评比制度；二是提高农家乐档次，规划10家高档农家乐，引导农户改水改厕改厨、培训服务礼仪；三是借助县城和基础设施项目的带动，发展集餐饮、休闲、娱乐、商贸于一体的企业。
@H1 sec=goals alt=measures | 二、科学规划，统筹推进，加快乡村一体化建设
@H2 | （四）全力建设小城镇。一是坚持科学规划。以科学
""",
    ),
    dict(
        name="fresh68_04_township_2011_work_deployment_plan",
        source="https://fanwen.qwyd.net/gongzuo/gongzuojihua/319935.html",
        doc_kind="plan", partial=True,
        notes=["油麻乡's 2011 work plan under the sample site's title form '“乡政府工作具体部署”政府工作计划'; the title "
               "line is kept as the page shows it.",
               "The opening's '四个确保，一是…二是…' are inside a body paragraph: not labelled.",
               "The page runs two level-1 headings into one line: '一、促增长，力求各项经济指标实现新突破二、保稳定，全面"
               "营造经济社会发展良好环境' (一、 has no visible content). The line is labelled once, as 一、, with its text "
               "set by hand to the first heading; the 二、 inside the line is a marker in the middle of a line and is "
               "not labelled (convention). The three （一）-（三） headings that follow belong to 二、 in the source; "
               "they are labelled level 2 under the line's entry. Kind goals (measures accepted) for the task areas.",
               "Masking kept: '隐患**底排查', '*开展法制宣传'. The page ends inside （三）."],
        units=[],
        text="""\
@T | “乡政府工作具体部署”政府工作计划
2011年是“十二五规划”的开局之年，也是我乡站上新起点、谋划新发展的关键一年。全乡将以“保稳定、促增长、调结构、强基础、谋发展”为目标，突出重点、打造亮点，做到四个确保：一是招商引资和项目建设顺利推进；二是壮大烤烟产业、发展油茶产业两业并举；三是计生、综治工作取得新突破；四是优化发展环境，各项社会事业协调发展。
@H1 sec=goals alt=measures text=一、促增长，力求各项经济指标实现新突破 | 一、促增长，力求各项经济指标实现新突破二、保稳定，全面营造经济社会发展良好环境
@H2 | （一）重视睦邻友好，维护边界稳定
油麻乡位于县西部边境，与桂阳县洋市镇及本县三塘、悦来、高亭等乡相邻，涉边治安问题多发。2011年我乡将加强与周边乡镇的往来，抓好边界矛盾隐患**底排查，建立边界纠纷协调机制，共保边界平安。
@H2 | （二）打击黑恶势力，提高法制观念
受历史和人文环境影响，当地民风剽悍、法律意识淡薄、宗派思想较重。近两年的集中行动已打下基础，2011年将加大人力财力投入，*开展法制宣传教育，适时集中整顿，推动社会治安根本好转。
@H2 | （三）加强信访工作，稳控重点人群
落实重点人员稳控包干责任，明确分工，尤其要关注涉军、涉煤、电
""",
    ),
    dict(
        name="fresh68_05_township_2015_government_work_plan",
        source="http://m.kj-cy.cn/htm/201533/76974.htm",
        doc_kind="plan", partial=True,
        notes=["A township's 2015 government work plan (the county is 武乡; place names masked in part: '以**、马堡…'). "
               "The posting line (date, author, column) and the site's sample header '2015年乡政府工作计划一：2015年乡政府"
               "工作计划' were dropped; the page's title line is kept.",
               "'2015年全乡的工作思路是：…' and '…预期发展目标是：…' are sentences, body (as in corpus_fresh28), not "
               "label headings.",
               "Under 一、 a body paragraph, then the short label '建设四大产业基地：' introducing '一是低碳循环工业基地。…' "
               "and '二是绿色休闲旅游基地。…': the label is a level-2 heading (numbering none) and the 一是 lines are "
               "run-in headings at level 3; all goals (measures accepted, inherited from 一、). Reading the label as a "
               "lead-in (then 一是 at level 2) is defensible: level_alt given.",
               "The figures in the targets are goals, not phases. The page ends inside 二是 ('…以青')."],
        units=[],
        text="""\
@T | 2015年乡政府工作计划
2015年全乡的工作思路是：以中国特色社会主义理论为指导，落实党的十八大和十八届三中、四中全会精神，深化群众路线教育实践活动，围绕全县“11355”发展战略，推进“两河战略”和“114”工程，以脱贫翻番为目标，改善人居环境、调整产业结构，坚持从严治党、依法治乡，建设富裕文明、美丽和谐的新家园。
2015年全乡经济社会的预期发展目标是：农村经济总收入5.6亿元，增长10%；乡镇企业民营经济营业收入3.3亿元，增长10%；乡镇企业增加值1.1亿元，增长10%；农民人均纯收入9630元，增长10%；人口自然增长率控制在4‰以内。
@H1 sec=goals alt=measures | 一、坚持统筹优化产业结构，始终不渝以富民强乡为首要任务
全力实施“114”工程，在煤炭经济下行中打基础、谋长远：围绕守好东大门、当好排头兵、建设武乡东部一流强乡这一目标，坚持以转变发展方式为主线，东河地区抓升级转型，西河地区抓脱贫振兴，两地统筹协同发展。
@H2 | 建设四大产业基地：
@H3 lvlalt=2 | 一是低碳循环工业基地。以**、马堡、新村、常青为片区，支持煤炭和涉煤企业低碳发展；引进总投资8500万元的武乡县扬德煤层气利用有限公司15mw马堡瓦斯发电项目，提高资源利用率，促进企业安全发展；
@H3 lvlalt=2 | 二是绿色休闲旅游基地。以青
""",
    ),

    dict(
        name="fresh68_06_company_2021_safety_production_plan",
        source="https://www.31doc.com/p-14894.html",
        doc_kind="plan", partial=True,
        title_override="2021年安全生产年度工作计划",
        notes=["A construction company's 2021 annual safety-production plan from a document-sharing site (三一文库). The "
               "site's file-name line ('….docx') and share blurb were dropped. The site's chunk markers are kept as "
               "debris: '1、' glued to the title line ('1、2021年安全生产年度工作计划'; the title is the text without "
               "it, title_override), '2、任，公司将成立…' (a chunk boundary inside the word 责任) and '3、常管理要做到…' "
               "(inside 日常). They are never labelled, though they start with 1、-like tokens.",
               "The store lost '%' after figures ('轻伤事故率不超过3；', '达标率为100；'): kept as shown.",
               "一、安全目标 goals, with eight target values as items (level 2); '2021年安全生产工作的目标是：' is a "
               "lead-in. 二、安全生产责任制 responsibilities, with three task statements as items (level 2); the first "
               "is split by the chunk marker after '…安全生产管理责'. The page ends inside the third chunk."],
        units=["项目管理领导小组"],
        text="""\
@T | 1、2021年安全生产年度工作计划
2021年公司继续坚持“安全第一，预防为主”的方针，抓实安全生产管理，确保完成公司下达的安全管理目标，本年度安全生产安排如下：
@H1 sec=goals | 一、安全目标
2021年安全生产工作的目标是：
@I2 | 1、杜绝死亡、重伤事故；
@I2 | 2、杜绝机械设备重大事故；
@I2 | 3、杜绝火灾事故；
@I2 | 4、杜绝食物中毒事故和重大传染病事故；
@I2 | 5、轻伤事故率不超过3；
@I2 | 6、施工现场达标率为100；
@I2 | 7、三级安全教育率为100；
@I2 | 8、所承建工程项目按文明安全工地标准施工，符合条件的积极争创文明工地。
@H1 sec=responsibilities | 二、安全生产责任制
@I2 | 1、今年公司承建的工程项目实行项目承包制，为加强安全管理、明确安全生产管理责
2、任，公司成立项目管理领导小组，总经理任组长，分管生产安全和技术的副总经理任副组长，各部门经理为成员，负责落实安全生产法律法规，组织安全检查、督促隐患整改，监督责任制落实。
@I2 | 2、按照“谁主管，谁负责”“管生产必须管安全”的原则，公司与开复工项目部签订安全生产责任书，项目部再与劳务承包方签订责任书，逐级落实安全生产责任制。
@I2 | 3、重新修订安全生产管理制度，检查各项目安全管理体系和制度的建立落实情况，做到责任明确到人、考核落实到人，日
3、常管理做到组织、职责、检查、考核、奖惩五到位
""",
    ),
    dict(
        name="fresh68_07_township_plan_titled_government_report",
        source="https://m.zhaozongjie.com/fanwen/3774.html",
        doc_kind="plan", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection titled '乡镇政府工作报告' (sample header '乡镇政府工作报告篇一'; the site's "
               "introduction and the sample number were dropped, the sample's name kept as the title line). The title "
               "says 工作报告, but the visible body is the forward-looking part of a township government's year: the "
               "year's framing ('2020年是“XX”的开局之年…'), 一、总体要求 and 二、经济社会发展主要预期目标 (targets with "
               "masked figures). Nothing looks back; the kind is plan, with report accepted because of the title (a "
               "government work report's second half reads exactly like this).",
               "一、总体要求 guidance; 二、经济社会发展主要预期目标 goals. Masking kept ('XX', 'xx', 'x%', 'x元'); the "
               "percentages 9.8‰ and 14.3‰ are targets, not phases. The page ends mid-sentence."],
        units=[],
        text="""\
@T | 乡镇政府工作报告
2020年是“XX”的开局之年，也是深入实施西部大开发、推动改革深化和经济社会跃升的关键时期。全乡将在市委、政府领导下，按照学习实践科学发展观的要求和xx市“争创全国综合实力百强县”“争做全区县域经济发展排头兵”的部署，发扬“三情三苦”精神，立足“三农”、突出重点，推动全乡经济社会又好又快发展。
@H1 sec=guidance | 一、总体要求
以中国特色社会主义理论为指导，贯彻党的XX届四中、五中全会、中央经济工作会议和市委三届七次（扩大）会议精神，围绕xx市“双争”目标，借第二轮西部大开发之势，以打造黄河金岸精品工程为核心，加快农业产业化，着力解决群众关心的热点难点问题，推进和谐社会建设。
@H1 sec=goals | 二、经济社会发展主要预期目标
农民人均纯收入稳定增长x%，达到x元；人口自然增长率和出生率分别控制在9.8‰和14.3‰以内；完成招商引资任务x万元，争取完成x万元；继续创建“平安xx”；就业、救助、社保医保等民生保障进一步改善，教育、文化、卫生等事业全面进步；乡镇规划、建设、管理水平明显提升，社会安定和谐。经过全乡上下共同努力，实际工作、奋斗目标和效果水平进一步提高
""",
    ),
    dict(
        name="fresh68_08_district_education_bureau_2024_plan",
        source="https://desk33.com/p-974070.html",
        doc_kind="plan", partial=True,
        title_override="区教育局2024年工作计划",
        notes=["A district education bureau's 2024 work plan from a document-sharing site (课桌文档; the site's file-name "
               "line 'XX区教育局2024年工作计划.docx' and its share blurb were dropped). The store ran the page into "
               "one block; it was split at the heading and paragraph boundaries the text shows.",
               "Chunk markers kept as debris, never labelled: '1、' glued to the title line ('1、区教育局2024年工作计划'; "
               "title_override gives the title without it), '2、学、城乡教育共同体模式…' (inside 集团化办学) and '3、到“两个"
               "维护”。二是建强领' (inside a sentence; the 二是 in it is a marker in the middle of a line).",
               "一、总体思路 guidance; 二、总体目标 goals; 三、主要措施 measures (goals accepted: the task areas of a "
               "plan). （一） is a level-2 heading; '一是深入开展主题教育，抓好思想政治工作。…' is a run-in heading at "
               "level 3. The page ends inside 二是."],
        units=["区教育局"],
        text="""\
@T | 1、区教育局2024年工作计划
@H1 sec=guidance | 一、总体思路
以习近平新时代中国特色社会主义思想为指导，以学习贯彻党的二十大精神为主线，落实习近平总书记关于教育的重要论述，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，加强党对教育工作的全面领导，落实立德树人根本任务，办好人民满意的教育。
@H1 sec=goals | 二、总体目标
围绕高质量发展，对照区委区政府部署和教育部专项行动，实施“十四五”教育事业发展规划，建设高质量教育体系：大力发展学前教育，办特色高中，做优做强初中、做实完小、做活教学点，推进集团化办
2、学、城乡教育共同体模式，缩小城乡和区域差距，让学生享有更均等优质的资源；完善课后服务，落实“双减”，推动教学创新，提升全区教育教学质量。
@H1 sec=measures alt=goals | 三、主要措施
@H2 | （一）坚定政治方向，夯实教育发展政治保障
@H3 | 一是深入开展主题教育，抓好思想政治工作。线上用好学习强国、XX发布等平台，线下落实“第一议题”制度，借助“三会一课”、主题党日、读书班和专题辅导，继续开展主题教育，引导师生深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做
3、到“两个维护”。二是建强领
""",
    ),
    dict(
        name="fresh68_09_hospital_department_2026_plan",
        source="https://max.book118.com/html/2026/0202/8073041002010043.shtm",
        doc_kind="plan", partial=True,
        notes=["A hospital clinical department's (a cardiology department, by its sub-specialties) 2026 work plan from a "
               "document-sharing site (原创力文档). The file-name line ('….docx') and the site panels after the text "
               "(文档评论, VIP, 相关文档) were dropped.",
               "一、学科建设与业务拓展：构建特色亚专科体系，提升疑难重症诊疗能力 is one heading: the part after the colon "
               "is its subtitle (20 characters, no 。), so the text is the whole line. Kind goals (measures accepted, "
               "the task areas of a plan).",
               "'1.亚专科精细化发展' is a level-2 heading; the bullet line '-心血管亚专业：…' (a hyphen bullet, "
               "numbering none) is an item at level 3. The page ends inside that item ('…介入').",
               "No unit is named besides the department itself ('科室')."],
        units=[],
        text="""\
@T | 2026年科室工作计划
2026年，科室以“强基础、优结构、提质量、促创新”为总体思路，围绕医院年度发展目标，从学科核心竞争力、医疗质量安全、人才梯队、科研转化和患者服务五个方向推进工作，力争综合实力跨阶进位。具体计划如下：
@H1 sec=goals alt=measures | 一、学科建设与业务拓展：构建特色亚专科体系，提升疑难重症诊疗能力
坚持“做精优势、补齐短板、形成特色”，推动亚专科细化和协同发展，使科室业务由“综合覆盖”转向“精准专科+多学科协作”。
@H2 | 1.亚专科精细化发展
@I3 | -心血管亚专业：重点突破复杂冠心病（慢性完全闭塞病变、左主干病变）介入
""",
    ),
    dict(
        name="fresh68_10_womens_federation_2020_plan",
        source="https://xiexiebang.com/fanwen/jihua/2d8c40d08e5fb54e.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection (写写帮) headed '第一篇：2020妇联妇女儿童发展工作计划': a (township-level, "
               "by its tasks) women's federation's plan. The collection's sub-document marker '第一篇：', the 小编 "
               "blurb and the sample header '…范文1' were dropped; the title keeps the page's order, the year without "
               "年 run straight into the unit ('2020妇联…').",
               "The text is synonym-spun by the site ('用心' for 积极, '潜力' for 能力, '带给' for 提供, '帮忙' for 帮助); "
               "kept in the heading lines as written.",
               "The five 1、 lines are the plan's task areas, run-in headings at level 1 (the top level shown): goals, "
               "measures accepted. 4、 is one long title sentence before its body. The page ends inside 5、 ('…建设高').",
               "The 劳动保障所 is named only as a partner in a body sentence: not listed as a unit."],
        units=[],
        text="""\
@T | 2020妇联妇女儿童发展工作计划
把妇女群众的思想统一到党的精神上来，理清工作思路，围绕经济建设明确妇女儿童事业的发展方向和妇联工作重点，带领广大妇女提高发展经济的本领。
@H1 sec=goals alt=measures | 1、充分发挥妇女在新农村建设中的用心作用。深化“双学双比”活动，重点抓好妇女教育和实用技术培训，提升妇女素质，激发她们参与经济发展的活力。
@H1 sec=goals alt=measures | 2、努力促进妇女创业成才。推进“巾帼建功”活动，配合劳动保障所为富余女劳动力提供就业创业服务，发展帮扶困难妇女儿童的公益事业，引导妇女自谋职业、自主创业、灵活就业。
@H1 sec=goals alt=measures | 3、维护群众合法权益。完善妇女儿童权益保障机制，开展“五五”普法宣传，引导妇女增强公民意识和责任，依法行使知情权、表达权、监督权，推动男女平等基本国策在各领域落实。
@H1 sec=goals alt=measures | 4、继续加强群众来信来访和反家庭暴力工作，切实维护妇女儿童的合法权益。配合有关部门开展扫黄打非、禁毒、防邪工作，参与社会治安综合治理，维护社会稳定。
@H1 sec=goals alt=measures | 5、加强未成年人工作。开展家庭道德教育宣传实践活动，推进家庭教育与性别平等，推广科学的家庭教育指导，建设高
""",
    ),
]
