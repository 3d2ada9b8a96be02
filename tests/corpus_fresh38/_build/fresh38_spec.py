# -*- coding: utf-8 -*-
"""The thirty-eighth held-out fresh set: TITLES AND OPENINGS AS PASTED FROM A
WEB PAGE.  Twelve real documents of the genre (工作要点 / 工作计划, 实施方案 /
活动方案, 工作总结, 讲话稿) chosen for the variety of how their title block
and first lines look when a user copies them from the page: a PDF's file
name and a letterhead before an issuing notice (印发通知 with 文号 and 主送)
wrapped around the plan, a site breadcrumb or a site greeting before the
title, a title repeated after a site's date line or tag line, a document
file name (.docx) as the first line and a chunk marker glued to the
document's own title, a '[VIP]' badge on the site's copy of the title, a
sample number '第1篇：' line, a speech whose title block runs over three
lines (occasion line, two-line main title) with a date line under it, a
summary with no title at all, and plain titles for contrast.
Found as stored public web pages with the `search` tool's `pages` corpus.
None of the source pages is a source of an earlier set (checked against
every label file and used-source list under /work, see
/work/fresh38/excluded_urls.txt).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Other samples of a collection and
  site lines after the document's end were dropped; site lines BEFORE and
  around the title (breadcrumbs, greetings, date / tag / upload lines,
  paywall lines) were kept on purpose for this set's focus and are never
  labelled.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation.  Full-width punctuation （）：，；“” was restored from the
  store's NFKC text (site lines keep their own punctuation).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH38_DOCS = [
    dict(
        name="fresh38_01_city_education_bureau_work_points_in_notice",
        title_override="2023年全市教育工作要点",
        source="https://keke.chddh.cn/archives/365rneoxjb99mlqgd7z0.html",
        doc_kind="plan", partial=True,
        notes=["A city education bureau's 2023 工作要点 (苏州市教育局) inside its issuing notice, as the PDF's text shows on a "
               "document-sharing page: the page's file-name line '关于印发《2023年全市教育工作要点的通知》 苏教〔2023〕2号.pdf', "
               "the spaced letterhead '苏 州 市 教 育 局', the document number '苏教〔2023〕2 号', the notice title, the addressees, "
               "a one-sentence notice, the signing unit, the date, '（此件公开发布）', the page marker '- 1 -', then the plan's own "
               "title '2023 年全市教育工作要点'.",
               "Title: the plan's own title (as in corpus-dev dev05); the file-name line, the notice title and the plan title are "
               "all title lines (never headings). PDF spacing inside the title and the addressee line ('直属学 校') is kept; the "
               "title compares with whitespace removed.",
               "Letterhead, document number, addressee, signature, date and '（此件公开发布）' are body; '- 1 -' is a page marker "
               "(debris). The page runs the whole PDF text together; it was split at the lines the PDF shows.",
               "一、 is a task area (goals, measures accepted); '1.学习贯彻党的二十大精神。…' is a run-in level-2 heading. The page "
               "ends inside it ('…深入开展体系')."],
        units=["苏州市教育局"],
        text="""\
@T | 关于印发《2023年全市教育工作要点的通知》 苏教〔2023〕2号.pdf
苏 州 市 教 育 局
苏教〔2023〕2 号
@T | 关于印发《2023 年 全市教育工作要点》的通知
各县级市（区）教育局（教体文旅委），机关各处室，各直属学 校（单位）：
现将《2023 年全市教育工作要点》印发给你们，请各单位结合实际研究落实办法，认真抓好执行。
苏州市教育局
2023 年 3 月 23 日
（此件公开发布）
- 1 -
@T | 2023 年全市教育工作要点
2023 年，全市教育系统以习近平新时代中国特色社会主义思想为指导，学习贯彻党的二十大精神和习近平总书记在江苏省代表团审议时的重要讲话精神，加强党对教育工作的全面领导，落实立德树人根本任务，发挥教育、科技、人才融合发展的支撑作用，以“敢为、敢闯、敢干、敢首创”的担当推动苏州教育“优先中领先，率先中争先”，为中国式现代化苏州新实践贡献教育力量。
@H1 sec=goals alt=measures | 一、坚持将政治建设摆在首位，加强党对教育工作的全面领导
@H2 | 1.学习贯彻党的二十大精神。按省教育厅通知要求开展主题教育；结合校长、教师培训，分层次全覆盖组织党员干部学习；依托苏州市大中小学思政课一体化教育联盟开展“思政名师大巡讲”“苏州师说党的二十大”活动，以思政课教师为重点面向校内外宣讲；深入开展“学习二十大，教育在行动”活动，组织研讨交流，对党的二十大精神深入开展体系
""",
    ),
    dict(
        name="fresh38_02_township_party_building_plan",
        source="https://laobiganzi.top/242337.html",
        doc_kind="plan", partial=True,
        notes=["A township's 2023 party-building work plan (masked '某镇') with a plain one-line title.",
               "'二、 工作要点' keeps the space after the numbering. Under it （一）（二） are level 2 and '1.认真落实…。…' / "
               "'2.坚持“三会一课”制度，…。…' run-in level-3 headings. The line '一是…；二是…' under （一） holds two tasks (an item, level 3, in the page's wording, which lacks a verb before '2023年度党员发展工作').",
               "A sentence of 1. is broken by the source's page break: the line '清。' stands alone (body, as the page shows it).",
               "一、工作目标 is goals; 二、 工作要点 holds the task areas (goals, measures accepted). The page ends inside 2. "
               "('…奋发有为的')."],
        units=[],
        text="""\
@T | 乡镇2023年党建工作计划
为深入推进农村党员先进性建设，把基层党组织和党员干部队伍建设成为贯彻习近平新时代中国特色社会主义思想和党的二十大精神、实现乡村振兴的坚强战斗集体，我镇对2023年基层党建工作作如下谋划，推动基层组织建设落到实处、群众满意。
@H1 sec=goals | 一、工作目标
进一步加强党的政治、思想、组织、作风和党风廉政建设，发挥党员先锋模范作用，健全各项制度，使党员干部政治素质有新提高，组织能力有新增强，党员教育管理有新局面，基层党组织建设有新进展。
@H1 sec=goals alt=measures | 二、 工作要点
@H2 | （一）进一步加强党员干部理论学习
@I3 | 一是深入学习宣传贯彻党的二十大精神、习近平系列讲话精神，抓好整改落实阶段各项工作；二是坚持落实每季度一次的党课、党员培训等制度，2023年度党员发展工作。
@H2 | （二）进一步加强组织建设
@H3 | 1.认真落实基层党建工作责任制。严格执行村书记抓基层党建专项述职考评，每年至少召开一次全体基层组织建设工作会议，听取一次村党委书记的党建工作汇报，交流经验、研究部署，力争解决具体问题，做到对本镇、村（社区）基层党建情况明、思路
清。
@H3 | 2.坚持“三会一课”制度，结合新时代文明实践工作，广泛开展丰富多彩的党员教育活动。按时开好民主生活会和组织生活会，提高党内生活质量，摒弃形式主义、保守主义倾向，努力营造勇于改革、锐意进取、求真务实、奋发有为的
""",
    ),
    dict(
        name="fresh38_03_town_government_openness_scheme",
        title_override="xx镇人民政府2023年政务公开工作实施方案",
        source="https://www.bimoxiezuo.com/view?type=2&id=n5tw63s7gy2tgntg",
        doc_kind="scheme", partial=True,
        notes=["A town government's 2023 government-affairs openness 实施方案 (name masked 'xx镇'). The page shows the title, "
               "the site's date line '更新于2024年1月12日', then the title again: both title lines (same text), the date line "
               "is site debris (body, never labelled).",
               "一、指导思想 guidance; 二、信息公开的形式和内容 goals (measures accepted) with （一） at level 2.",
               "The page ends inside （一） ('…政府及其职能部门') and then shows the site's paywall line '消耗 1 篇素材配额，"
               "会员有效期内无限次查看', kept as debris."],
        units=["xx镇人民政府"],
        text="""\
@T | xx镇人民政府2023年政务公开工作实施方案
更新于2024年1月12日
@T | xx镇人民政府2023年政务公开工作实施方案
为加大政府公开力度，保障群众的知情权、参与权、表达权和监督权，按照县政府安排并结合本镇实际，制定2023年政务公开工作方案如下。
@H1 sec=guidance | 一、指导思想
贯彻省、市、县政务公开工作会议精神，以保障群众民主权利和根本利益为出发点，提高行政行为透明度和办事效率，加强对行政权力的监督，促进依法行政，服务全镇经济社会发展。
@H1 sec=goals alt=measures | 二、信息公开的形式和内容
@H2 | （一）主动公开的政府信息
通过政府门户网站挂网等方式主动公开，主要包括：政府及其职能部门
消耗 1 篇素材配额，会员有效期内无限次查看
""",
    ),
    dict(
        name="fresh38_04_primary_school_tree_planting_activity",
        source="https://777doc.com/doc-3499300.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A primary school's 2015 Arbor Day activity plan on a document-sharing site. The paste starts with the site's "
               "greeting '您好，欢迎访问三七文档' and breadcrumb '当前位置：首页 > 商业/管理/HR > 商业计划书 > 小学2015年植树节活动方案' "
               "(whose last crumb repeats the title): both debris. The title is the next line.",
               "The store ran the whole document into one paragraph; it was split at the headings and items. The source's typo "
               "'一、活动动背景及目的' is kept.",
               "Under 一、 the 1、2、3、 are short label headings (背景 and 意义 background, 目的 goals with background and "
               "guidance accepted); ⑴⑵⑶ under 3、活动目的 are statements (items, kept in the page's wording like the other labelled lines).",
               "三、活动内容: '1、…举行启动仪式。…' and '4、各班板报内容设立绿色角，…' are statements (items); 2、 3、 5、 are short "
               "titles glued to their bodies without punctuation ('2、播种绿色活动每班学生…'), labelled headings with the text set "
               "by hand. The date in item 1 (an event) and '上交时间：3月16日' (a deadline) are not phases; '时间：3月12日' on the "
               "主题 line is the activity day (optional).",
               "The signature and date at the end are on two lines ('青岛福林小学' / '2015.3.8', run together on the page); "
               "'2015.3.8' is body, not a '2015.' numbered line. The site's trailing '本文标…' was dropped."],
        units=["青岛福林小学"],
        extra_phases=[
            dict(name="植树节活动", start_text="3月12日", end_text=None, at="主题：拥抱春天", optional=True),
        ],
        text="""\
您好，欢迎访问三七文档
当前位置：首页 > 商业/管理/HR > 商业计划书 > 小学2015年植树节活动方案
@T | 小学2015年植树节活动方案
@H1 sec=background alt=guidance | 一、活动动背景及目的
@H2 | 1、活动背景
绿色是生命之源和希望所在。又一个植树节到来，植树是爱护环境的一种方式，能增强环保意识；让我们一起绿化环境、绿化校园。
@H2 | 2、活动意义
让全校学生更多了解低碳生活常识，共同建设美好的福林。
@H2 sec=goals alt=background,guidance | 3、活动目的
@I3 | ⑴通过亲身体会本次活动，使全体学生对低碳生活有一个充分的认知，让大家知道环保并不难，环保离我们并不远。
@I3 | ⑵通过此次活动，可以提高全体学生的绿化意识。
@I3 | ⑶培养全体学生爱护大自然的一草一木，更好地认识到绿色对人类生存的重要性，从而规范自身日常行为，从而减少践踏草坪等不文明行为的发生。
@H1 sec=other | 二、活动主题
主题：拥抱春天播种绿色放飞希望时间：3月12日
@H1 sec=goals alt=measures | 三、活动内容
@I2 | 1、2012年3月12日晨会时间在学校大操场举行启动仪式。由5年级2班学生代表发出倡议。
@H2 text=2、播种绿色活动 | 2、播种绿色活动各班自备花盆3个以及花种（或小花苗）、喷壶、小铲子、报纸，选派六名学生代表当场种好。
@H2 text=3、各班建立绿色小氧吧 | 3、各班建立绿色小氧吧各班补充完善小氧吧，成立护绿小组，每周填写一次观察日志。
@I2 | 4、各班板报内容设立绿色角，增加绿色环保知识内容。
@H2 text=5、进行研究性学习 | 5、进行研究性学习各班围绕所种植物搜集资料、制作手抄报，每班上交5份。上交时间：3月16日
祝愿福林小学的学生们像这些充满生机的种子一样茁壮成长，撑起一片美好的蓝天。
青岛福林小学
2015.3.8
""",
    ),
    dict(
        name="fresh38_05_school_community_activity_plan_sample",
        title_override="社区活动方案",
        source="https://m.zuowenba.net/word/427279.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["First sample of a collection page ('社区活动方案'): a school's Young Pioneers '红领巾进社区' activity. The paste "
               "starts with the site's breadcrumb '作文吧实用文档策划方案内容页' (debris), the page title '社区活动方案', the posting "
               "line '2023-04-15 21:45:15 策划方案 打开翻译' (debris) and the sample line '第1篇：社区活动方案'.",
               "Title: '社区活动方案'; the page-title line and the sample line '第1篇：社区活动方案' are both title lines (the "
               "sample number '第1篇' is not a '第一' heading). The second sample ('第2篇：…') was dropped.",
               "Label headings end in '：' and hold their value on the next line ('一、活动主题：' / '“红领巾进社区”'), except "
               "'三、活动时间：8月11日' (value on the line: optional overall activity date; phases, other accepted).",
               "Under 四、活动安排： the three '第一小队以宣传为主：…' lines are run-in label headings (level 2, numbering 第一); "
               "四、活动安排 is goals (phases, measures accepted). 活动目的 goals (guidance accepted); 活动主题 other."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="8月11日", end_text=None, at="三、活动时间：8月11日", optional=True),
        ],
        text="""\
作文吧实用文档策划方案内容页
@T | 社区活动方案
2023-04-15 21:45:15 策划方案 打开翻译
@T | 第1篇：社区活动方案
@H1 sec=other | 一、活动主题：
“红领巾进社区”
@H1 sec=goals alt=guidance | 二、活动目的：
结合“弘扬民族精神，关爱他人，摒弃陋习”实践活动，我校继续开展“阳光行动进社区”，让队员用自己的文明行为带动和感染身边的人，学会关爱帮助他人、摒弃陋习，争做遵纪守法、文明礼貌的小公民。
队员们按就近就便、自主自愿的原则组成小队，并各自起了有特色的队名，如“阳光小队”“雏鹰小队”“爱心小队”。
@H1 sec=phases alt=other | 三、活动时间：8月11日
@H1 sec=goals alt=phases,measures | 四、活动安排：
队员分成若干小队，同时进入社区开展不同的实践活动。
@H2 | 第一小队以宣传为主：队员们走进社区，用宣传画、宣传牌和书籍宣传中华传统美德、文明用语和关爱他人、摒弃陋习的行为。
@H2 | 第二小队以行动为主：队员们在社区做义务劳动，如捡拾白色垃圾、摆放自行车、擦拭楼梯扶手，遇到需要帮助的人主动伸出援手。
@H2 | 第三小队奉献：队员们把还能用的旧文具、玩具摆在社区里，捐给有需要的小伙伴，献出自己的爱心。
""",
    ),
    dict(
        name="fresh38_06_county_forest_chief_halfyear_summary",
        title_override="2023年某县林长制上半年工作总结和下半年工作打算",
        source="https://gongwenbang.cn/doc/368572.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county's (masked '某县') half-year summary of its forest-chief system (林长制), 上半年工作总结和下半年工作打算. "
               "The page shows the title, the site's tag line '标签：#工作总结' (debris), then the title again run into the "
               "opening paragraph; the repeated title was put on its own line. Both title lines carry the same text.",
               "一、上半年工作开展情况 achievements; （一）高举“林长利剑”，…。 is a run-in level-2 heading; its body holds an inline "
               "'一是党政同责抓林长。' (not labelled). The page ends inside （一） ('…召开了县')."],
        units=[],
        text="""\
@T | 2023年某县林长制上半年工作总结和下半年工作打算
标签：#工作总结
@T | 2023年某县林长制上半年工作总结和下半年工作打算
2023年上半年，我县以习近平新时代中国特色社会主义思想为指导，践行习近平生态文明思想，把握绿色生态“国之大者”，坚持生态优先、绿色发展，以林长制为抓手统筹“生态保护、生态修复、生态惠民”，推动林业高质量发展。
@H1 sec=achievements | 一、上半年工作开展情况
@H2 | （一）高举“林长利剑”，绿色责任全面压实。生态建设从林业部门唱“独角戏”转向党政各级部门乃至全社会齐抓共管的“大合唱”。一是党政同责抓林长。县乡党委、政府扛起生态文明建设政治责任，实行党政“双林长”和“一单两制”巡林，召开了县
""",
    ),
    dict(
        name="fresh38_07_landscaping_bureau_halfyear_summary_docx",
        title_override="2023年年园林局半年工作总结",
        source="https://m.wnwk.com/doc/1407627.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county landscaping bureau's 2023 half-year summary on a document-sharing site. The paste starts with the "
               "site's file name '2023年园林局半年工作总结.docx' (a title line), an upload line and '资源描述' (debris), then the "
               "document's own title with the site's chunk marker glued to it: '1、2023年年园林局半年工作总结' (source typo "
               "'年年' kept). Title: the document's own title without the chunk marker (set by hand); both lines are title lines.",
               "The store ran the text together; it was split at the headings. The numbering restarts: '一、上半年工作状况' is "
               "followed by '一、全力推动…' and '二、加强…' one level down (level 2, level 1 accepted).",
               "Under the first 一、 the source drops the '1.' of its first project: '工业园区绿化提升工程。…' is an unnumbered "
               "run-in level-3 heading beside '2.园区绿化建设。…'. The chunk marker '2、' splits a sentence of 3. ('…进行提升' / "
               "'2、改造；…'): the '2、改造' line is debris, never labelled.",
               "All sections are achievements. The page ends inside 二、 ('…正式开头')."],
        units=[],
        text="""\
@T | 2023年园林局半年工作总结.docx
上传人：sc****y 文档编号：1407627 上传时间：2023-04-20 格式：DOCX 页数：3 大小：14.40KB
资源描述
@T | 1、2023年年园林局半年工作总结
@H1 sec=achievements | 一、上半年工作状况
@H2 lvlalt=1 | 一、全力推动城市绿化建设进程，抓好公共绿地建设
今年我局将重点完成了：
@H3 num=none | 工业园区绿化提升工程。由我局负责的工业园区绿化提升工程已经完工，包括工业大道、垂高一路绿化建设和园区交通岛、“和园”绿化等，共种植乔灌木约3500株，红叶石楠等地被草花、草皮约5000平方。
@H3 | 2.园区绿化建设。园区绿化提升工程已完工，主要是大道绿化和环瓷一路补植，共种植乔灌木约2800株，金森女贞等地被草花、草皮约10000平方。
@H3 | 3.城区绿化提升工程。完成了对烈士公园进行提升
2、改造；城区行道树树池完成绿化，新城大道和黎河大道进行了树木补植。
@H3 | 4.公园绿化工程。公园征地已初步完成，预计年底可开展绿化建设。
@H2 lvlalt=1 | 二、加强园林绿化管护力度，提高绿化管理水平
为巩固绿化成果、提升县城绿化档次，我局坚持“细心管理，细心养护”，定期培训养护人员，按技术要领做好浇水、施肥、除草、修剪和病虫防治；按县委县政府安排，部分山体公园养护实行市场化运作，于6月16日正式开头
""",
    ),
    dict(
        name="fresh38_08_water_bureau_disclosure_summary_no_title",
        source="https://dawenge.com/document/detail.html?id=594185",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district water bureau's 2023 government-information disclosure summary that shows NO title: the page's "
               "text starts with the site's button label '正文复制' (debris) and then the opening paragraph ('…就我局本年度政府"
               "信息公开工作总结如下：'). title is null.",
               "Only the first section is visible: 一、主动公开政府信息情况 (achievements). The page ends inside it ('…负责收集')."],
        units=[],
        text="""\
正文复制
2023年，我局在区委、区政府领导下，紧扣水利工作规范公开内容、创新公开形式、突出公开重点，政府信息公开水平有所提高。按文件要求，结合我局实际，现从主动公开情况、存在的不足和下步思路等方面，将本年度政府信息公开工作总结如下：
@H1 sec=achievements | 一、主动公开政府信息情况
按照全区统一部署，我局把政府信息公开列入重要工作，明确分管领导和具体责任人，每个业务科室确定1名信息员，负责收集
""",
    ),
    dict(
        name="fresh38_09_town_target_work_plan_collection",
        source="https://max.book118.com/html/2026/0127/7103021054011045.shtm",
        doc_kind="plan", partial=True,
        notes=["First of two samples in a document-sharing file ('镇目标工作计划(2篇).docx'): a town's target work plan. The "
               "paste starts with the site's file title with its badge '镇目标工作计划(2篇).docxVIP', the site's info list as "
               "six short lines ('0', '0', '约6.22千字', '约 11页', '2026-01-28 发布于四川', '举报': debris), the collection "
               "title '镇目标工作计划(2篇)' and the sample's own title '镇目标工作计划（一）'.",
               "Title: '镇目标工作计划', without the sample index '（一）' (as corpus_fresh28_05 drops a sample number); all three "
               "title-like lines are title lines. The '（一）' at the end of a title line is not a heading.",
               "一、经济发展目标与计划 is a task area (goals, measures accepted); '1.农业现代化推进' and '2.工业转型升级' are bare "
               "level-2 headings over body paragraphs. Figures ('3-5项', '500人次', '5000万元以上', '15%以上') are targets, not "
               "phases. The site lines keep their half-width brackets. The page ends inside 2. ('…完善')."],
        units=[],
        text="""\
@T | 镇目标工作计划(2篇).docxVIP
0
0
约6.22千字
约 11页
2026-01-28 发布于四川
举报
@T | 镇目标工作计划(2篇)
@T | 镇目标工作计划（一）
为推动全镇经济社会持续健康发展、提高居民生活质量，结合本镇实际制定本目标工作计划。
@H1 sec=goals alt=measures | 一、经济发展目标与计划
@H2 | 1.农业现代化推进
加大农业科技投入，与农业科研院校合作建立科技示范基地，计划引进3-5项适合本地的新品种、新技术，如新型水稻种植和有机蔬菜栽培；举办农业技术培训班，全年培训农民不少于500人次。
扶持水果、花卉等特色产业，规划建设2-3个水果采摘园和花卉种植基地，发展种植、观光、体验一体的农业旅游；鼓励农民成立合作社，预计新增合作社5家以上，带动农户200户以上。
建立农产品质量追溯体系，配齐检测设备和人员定期抽检；推进品牌建设，申请2-3个农产品地理标志或绿色食品认证。
@H2 | 2.工业转型升级
加大招商引资力度，出台优惠政策，重点引进高新技术和环保型企业入驻工业园区，全年计划引进投资5000万元以上的项目3个以上，到位资金2亿元以上。
推动现有企业技术改造和研发创新，设立技术创新奖励基金，引导企业发展智能制造，预计规模以上工业企业研发投入增长15%以上。
加强工业园区基础设施建设，完善
""",
        title_override="镇目标工作计划",
    ),
    dict(
        name="fresh38_10_county_leader_training_closing_speech",
        source="http://wdocx.com/info/1/73856.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at the closing of a training course, with a three-line title block: the occasion "
               "line '在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话', then the main title over two lines "
               "('用心用爱用功答好“强县之问”' / '以良好的精神状态奋力开创强县事业新局面'), then the date line '（2019年3月31日）' "
               "(body). All three are title lines and the title joins them in the order shown (as corpus_fresh28_10 joins a "
               "title and its subtitle).",
               "The site's one-paragraph blurb before the document (title, date and first words run together) was dropped. "
               "Place names are masked with '☆' in the source and kept so.",
               "The visible part is the salutation and the opening only: no heading is in view."],
        units=[],
        text="""\
@T | 在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话
@T | 用心用爱用功答好“强县之问”
@T | 以良好的精神状态奋力开创强县事业新局面
（2019年3月31日）
同志们：
县不图强，必有远忧。各地都在高质量发展的浪潮中竞相争先：自治区开启了建设壮美☆的新征程，☆市全面落实强首府战略。县委、县政府按照自治区加快县域经济发展、把☆县列为重点开发区的部署，结合县第十四次党代会的安排提出了强县目标，并出台了一系列政策措施，我们已经在全区☆个重点开发区中开启了争当县域发展排头兵的征程。
但工业能耗偏高、旅游设施缺少四星级酒店等短板还没补上，有的工作还在原地踏步，能否由2017年的☆名再进一步、获得☆科学发展进步县仍有很大变数。我常常自问：我们☆县的干部对☆县有没有足够深沉的热爱，来承受强县的重担？
""",
    ),
    dict(
        name="fresh38_11_city_key_projects_meeting_speech_vip",
        title_override="2023年在全市重点项目建设推进会讲话",
        source="https://www.fanwenq.com/html/2023-4-25/02f006a2361e909b.html",
        doc_kind="speech", partial=True,
        notes=["A city leader's speech at a key-projects promotion meeting, on a sample site. The paste starts with the "
               "breadcrumb '当前位置 : 阿扣范文网 > 工作总结 > 活动总结 > 范文信息 > 正文' (debris), the site's title with a badge "
               "'2023年在全市重点项目建设推进会讲话[VIP]' (a title line), a posting line and a paywall line (debris), then the "
               "document's own title (title line, used as the title).",
               "The lead-in '这里，我再强调三点意见：' is body. The first point '一、提高思想认识，凝聚向心力' runs into its body "
               "without punctuation ('…凝聚向心力项目是一个地方发展的核心。'); text set by hand. Its body holds '首先，…其次，…"
               "第三，…' inline (not labelled). Speech points: requirements (guidance, measures accepted).",
               "The blank figure '个部门' of the source is kept. The page ends inside the first point ('…改善民生的主'); the "
               "site's login panel after it was dropped."],
        units=[],
        text="""\
当前位置 : 阿扣范文网 > 工作总结 > 活动总结 > 范文信息 > 正文
@T | 2023年在全市重点项目建设推进会讲话[VIP]
发布时间:2023-4-25文章大小:4482字节页数:7页
【相关文章】 【现金奖励投稿】 【扣点券查看全文】【需要:1点券或1Q点】
@T | 2023年在全市重点项目建设推进会讲话
今天召开重点项目建设推进会，既是总结会、分析会，也是督战会、培训会：总结今年以来的重点项目建设，分析当前投资形势，细化下步任务，动员全市上下自加压力、比学赶超，再掀项目建设新高潮。刚才，个部门作了发言，市长作了部署讲话，我都赞同，请大家认真抓好贯彻落实。
这里，我再强调三点意见：
@H1 sec=requirements alt=guidance,measures text=一、提高思想认识，凝聚向心力 | 一、提高思想认识，凝聚向心力项目是一个地方发展的核心，任何时候强调重点项目建设都不为过。首先，这是加快发展的有力支撑：我市正处在高质量发展的关键期，投资是经济增长的第一支撑力量。其次，这是转变方式的强劲动力：今天投资的多少和方向，决定明天增长的快慢和结构的优劣。第三，这是改善民生的主
""",
    ),
    dict(
        name="fresh38_12_county_secretary_town_construction_speech",
        title_override="在全面推进县城建设工作会议上的讲话",
        source="https://m.777doc.com/doc-6065838.html",
        doc_kind="speech", partial=True,
        notes=["A county party secretary's speech at a meeting on town (县城) construction, on a document-sharing site. The "
               "page runs everything into one paragraph; it was split at the boundaries the text shows: the site's number "
               "'编号:541193579' (debris), the site's title '县委书记在全面推进县城建设工作会议上的讲话' (a title line), the masked "
               "date line '201X/X/XX' (body), the document's own title '在全面推进县城建设工作会议上的讲话' (title line, used as "
               "the title) and the speaker line 'xxx同志讲话' (body, not a title and not a heading).",
               "The lead-in '下面，就全面推进县城建设，我强调三点意见：' is body; '一、要充分认识全面推进县城建设的重大意义' is a speech "
               "point (requirements; guidance, measures accepted). Masks 'xx', 'xxx', 'x月x日' are kept. The page ends inside 一、 "
               "('我们虽') and shows the site's '[标签:介绍]', kept as debris."],
        units=[],
        text="""\
编号:541193579
@T | 县委书记在全面推进县城建设工作会议上的讲话
201X/X/XX
@T | 在全面推进县城建设工作会议上的讲话
xxx同志讲话
今天这次会议，既是全面推进县城建设的安排部署会，也是一次动员誓师大会，任务是贯彻全省、全市推进县城建设工作会议精神，研究我县的具体措施。刚才，住建局、规划局、公安局、xx镇等四个单位作了表态发言，xx县长对县城建设重点工作提出了具体意见，会上还印发了推进县城建设的《七个专件》，请大家认真抓好落实。
下面，就全面推进县城建设，我强调三点意见：
@H1 sec=requirements alt=guidance,measures | 一、要充分认识全面推进县城建设的重大意义
城市是现代文明的标志和承载资源要素的平台，县城建设水平直接关系县域经济的水平和质量。从省、市要求看，省委、省政府提出打好“四大攻坚战”，其中之一就是把县城搞大搞强；市委十届六次全会提出实施“大县城”战略，把城镇建设列为六大主战场之一；x月x日全市召开高规格的推进会，xxx市长、xxx市长分别讲话，发出了打好县城建设攻坚战的动员令。
我县是xx“一城三星一淀”的重要组成部分，又是全省县城建设目标体系A类县和全市第一梯队县，必须带头落实省市要求，把县城建设作为重中之重来抓。从我县情况看，县城是一个县的形象和脸面，也是对外开放的窗口和名片，脏乱差的城市引不来项目、留不住客商。我们虽
[标签:介绍]
""",
    ),
]
