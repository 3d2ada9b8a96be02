# -*- coding: utf-8 -*-
"""The sixty-sixth held-out fresh set: WORD FILES SAVED BY LIBREOFFICE, focused on
实施方案, 活动方案 and 工作计划 as writers keep them in Word.  Ten real Chinese documents
(two community activity plans, a district education bureau's scheme, a county unit's work
plan, a county health scheme, a middle school's activity plan, a company union's and a
branch company's activity plans, a district transport bureau union's activity plan and a
kindergarten's term plan), each present twice: NAME.txt + NAME.labels.json as in the other
sets, and NAME.docx, the same document as a writer would have it in Word, written as a flat
ODF text file (.fodt) by _build/make_docx.py (corpus_fresh24's script; runs of spaces written as text:s) and converted by
LibreOffice (soffice --headless --convert-to docx:"MS Word 2007 XML").
fresh_build/check_docx.py re-reads every .docx and asserts that its displayed text equals
NAME.txt line by line.  Found as stored public web pages with the `search` tool's `pages`
corpus.  None of the source pages is a source of a label file of shared/corpus-dev,
tests/corpus_* or /work/fresh*/, nor listed in the parallel helpers' used-source lists.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate and web debris (collection titles, sample
  numbers, 'more' lines, anti-copy dots, chunk markers) were dropped: a Word file would not
  carry them.
- Heading, title, item and schedule-row lines keep the source's numbering, wording and
  punctuation (long item lines keep their first clause and have their tail shortened);
  full-width punctuation restored from the store's NFKC text.  Every body paragraph is
  rewritten in our own words and shortened; dates, figures, unit and place names and the
  source's masking are kept; personal names dropped.

Each document's `docx` entry says how its Word file is made (see make_docx.py):
  style    'outline'  labelled headings whose numbering class is in `outline` are in
                      LibreOffice's Heading 1/2/3 styles numbered by the OUTLINE numbering
                      (number not typed);
           'headings' labelled headings in Heading 1/2/3 by level, numbers typed, the
                      outline numbering set to none;
           'direct'   every paragraph in the default style, headings bold by direct
                      formatting, numbers typed;
  lists    {class: level}: labelled lines of that numbering class get AUTOMATIC list
           numbering (number not typed).  With a level-0 class the document is ONE
           multi-level list; otherwise every run of list paragraphs is a new one-level
           list that restarts at 1;
  tables   [dict(first=first-row text, rows=n, cells=...)]: those .txt lines are the rows
           of a real table, cells split at U+3000 (or given in `cells`);
  right    line starts of right-aligned lines;  footer: a footer with a PAGE field;
  blank_after: line numbers followed by an empty paragraph.

Marker syntax: see fresh_build/build.py.
"""

FRESH66_DOCS = [
    dict(
        name="fresh66_01_community_midautumn_elders_birthday_activity_plan",
        source="http://m.veryok.net/fangan/54817.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1}, footer=True, blank_after=[1],
                  tables=[dict(first="序号　活动项目", rows=5, cells=[
                      ["序号", "活动项目", "活动内容", "负责人", "备注"],
                      ["1", "生日会开始", "主持人致开场词", "宝龙社区", ""],
                      ["2", "秋冬季养身知识讲座", "专家进行老年人保健专题讲座", "宝龙社区", ""],
                      ["3", "生日环节", "播放生日歌，志愿者送上蛋糕和贺卡，切蛋糕，寿星合影，聚餐", "宝龙社区、雅乐轩酒店", ""],
                      ["4", "生日会结束", "主持人宣布生日会结束", "", ""]])]),
        extra_phases=[dict(at="2、活动时间：", name="活动时间", start_text="20__年9月11日上午10:30", end_text=None)],
        notes=["Word file (LibreOffice): 一、-五、 are Heading 1 paragraphs numbered by the OUTLINE numbering "
               "(lvlText '%1、', numFmt taiwaneseCountingThousand, suffix nothing; the numPr sits in the Heading 1 "
               "style); the 1、-5、 lines of 二、活动信息 are an AUTOMATIC one-level list; 四、活动流程 is a REAL "
               "five-column table (序号 / 活动项目 / 活动内容 / 负责人 / 备注) whose 备注 cells are all empty and whose "
               "last row has an empty 负责人 cell (empty cells are skipped in the .txt line); a footer with a PAGE "
               "field; an empty paragraph after the title.",
               "The first sample of a collection page of community Mid-Autumn plans: a community (宝龙社区) holds a "
               "birthday party for residents over 80 at a hotel. The collection's blurb, the sample number after the "
               "title ('…活动方案1') and the next sample's title were dropped. The page shows the 流程 as a table flattened "
               "to one cell per line; here it is a real Word table; the 生日环节 cell's five short lines are one cell "
               "text. '（社区门口结合）' keeps the page's typo (结合 for 集合).",
               "二、活动信息 holds key-value items (1、活动主题：… 5、活动联系人和联系方式：), labelled as items; 2、活动时间 "
               "gives the optional overall period (20__年9月11日上午10:30). The table rows are never labelled. Units: the "
               "主办单位 and 协办单位."],
        units=["宝龙社区", "雅乐轩大酒店"],
        text="""\
@T | 2022社区中秋节主题活动方案
@H1 sec=background alt=goals | 一、活动背景
社区在走访中发现，辖区里退休老人不少，子女大多在外地工作，平日缺少家人陪伴和交流；因为年龄和身体的原因，他们也很少参加社区活动，很希望社区能为这一群体搭个交流的平台。为此，社区打算在9月上旬为80岁以上的老年居民办一场集体生日会，让他们感受晚年生活的乐趣，多些人际往来，增强对社区的归属感。
@H1 sec=other alt=phases | 二、活动信息
@I2 | 1、活动主题：关爱老人·情满宝龙——共度中秋佳节
@I2 alt=phases | 2、活动时间：20__年9月11日上午10:30（社区门口结合）
@I2 | 3、活动地点：雅乐轩大酒店
@I2 | 4、参加对象：社区80岁以上老年人（16人）
@I2 | 5、活动联系人和联系方式：
@H1 sec=responsibilities | 三、主办单位和协办单位
主办单位：宝龙社区
协办单位：雅乐轩大酒店
@H1 sec=phases alt=other | 四、活动流程
序号　活动项目　活动内容　负责人　备注
1　生日会开始　主持人致开场词　宝龙社区
2　秋冬季养身知识讲座　专家进行老年人保健专题讲座　宝龙社区
3　生日环节　播放生日歌，志愿者送上蛋糕和贺卡，切蛋糕，寿星合影，聚餐　宝龙社区、雅乐轩酒店
4　生日会结束　主持人宣布生日会结束
@H1 sec=goals alt=background | 五、活动意义
活动弘扬中华民族尊老敬老的传统美德，引导更多志愿者关注老年人、增强为老服务的意识和社会责任感；在为老人送去祝福和温暖的同时，也倡导子女多陪伴老人、鼓励老人走出家门融入社区，呼吁大家用行动关爱身边的老年人。
"""),
    dict(
        name="fresh66_02_community_union_double_ninth_activity_plan",
        source="https://www.yuwenmi.com/fanwen/huodongfangan/1747561.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"1、": 1}, blank_after=[1, 2]),
        extra_phases=[dict(at="20X年X月X日", name="活动时间", start_text="20X年X月X日", end_text=None)],
        notes=["Word file (LibreOffice): typed 一、-六、 headings in bold by direct formatting (default paragraph "
               "style); the 1、 lines are AUTOMATIC one-level lists that restart under 六、 (two lists); no footer; "
               "empty paragraphs after the title and the preamble.",
               "A community union's (X社区工会) plan for a Double Ninth series of activities for older residents; the "
               "site's posting line, its 导语 and the repeated title were dropped; the masking X社区, 20X年X月X日, 第X个, "
               "XX (the hill) is kept. The page's anti-copy backtick in 各阶层的`老年同志 was dropped.",
               "Item 2 of 三、活动内容 keeps the page's second sentence (以上活动中…) in the same paragraph, as the page "
               "runs it. The page ends inside 六、具体活动 at '1、登高：X日上午7'; that fragment is kept and labelled as "
               "a heading (text set by hand to the label 1、登高). 一、活动时间 is the optional overall period.",
               "Units: the writer (X社区工会) and the 主办单位 (X社区居委会)."],
        units=["X社区工会", "X社区居委会"],
        text="""\
@T | 社区开展重阳节主题活动方案
人口老龄化的步伐在加快。值此重阳佳节和第X个老人节，X社区工会举办“九九重阳，浓浓敬老情”系列活动：发挥社区资源优势，组织老年居民和社会各界的老同志登高健身、赏菊怡情、看城市发展、记美景传文化、观看文艺表演，并表彰一批热心社区工作和公益事业的健康老人，以此激发居民敬老爱老、热爱家乡的热情。
@H1 sec=phases alt=other | 一、活动时间
20X年X月X日
@H1 sec=other | 二、活动地点
会珍休闲广场
@H1 sec=goals alt=other | 三、活动内容
@I2 | 1、徒步登上XX，赏菊怡情看美景，相约古渡吟诗作画。
@I2 | 2、欢度重阳看文艺表演，摄影作画留记忆（从老年人的视角，用摄影、书画、诗词表达对家乡十年来变化的感慨）。摄影、书画和诗词作品由主办方邀请本市专家学者评比颁奖。
@I2 | 3、表彰10名热心支持社区工作，积极参与社会公益事业的健康老人。
@H1 sec=other | 四、参加人员
社区老年工会职工代表、社会各界的老同志，以及市区的老年摄影、书画、诗词爱好者。参加登高的须在50—70岁之间且身体健康，70岁以上须由家属或组织陪同。
@H1 sec=responsibilities | 五、主办单位
X社区居委会
@H1 sec=phases alt=measures,other | 六、具体活动
@H2 text=1、登高 | 1、登高：X日上午7
"""),
    dict(
        name="fresh66_03_district_education_bureau_party_anniversary_scheme",
        source="https://m.taodocs.com/p-2570947.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1]),
        extra_phases=[dict(at="XX年4月——XX年6月", name="活动时间", start_text="XX年4月", end_text="XX年6月")],
        notes=["Word file (LibreOffice): typed numbers, direct formatting only (一、 headings and the month labels "
               "bold, default paragraph style); a footer with a PAGE field; an empty paragraph after the title.",
               "A district education bureau's (相山区教育局) scheme for a series of activities celebrating the Party's "
               "90th anniversary, from a document-sharing site: the file name, format, uploader and 文档介绍 lines "
               "and the repeated title were dropped. The masking XX年 is kept.",
               "三、具体活动安排 is split by month: 四月份 / 五月份 / 六月份 are unnumbered label headings (level 2) and "
               "phases (a month as start, no end); the 1、-3、 activities are items. The first item shows '1在全区开展…' "
               "without 、 (the page breaks the line there); kept as typed, labelled with numbering '1' (style none). "
               "二、活动时间 XX年4月——XX年6月 is the optional overall period. The page ends inside 六月份's 2、 "
               "(…爱国歌曲大家唱”专).",
               "Units: the bureau named in the title."],
        units=["相山区教育局"],
        text="""\
@T | 相山区教育局开展庆祝建党90周年系列活动实施方案
@H1 sec=guidance | 一、指导思想
以邓小平理论和“三个代表”重要思想为指导，落实科学发展观，通过回顾党的光辉历程和90年的辉煌成就，引导全体师生了解党、热爱党、拥护党，继承党的光荣传统，增强党、团组织的凝聚力和战斗力，在师生中掀起“创先争优”的热潮。
@H1 sec=phases alt=other | 二、活动时间
XX年4月——XX年6月
@H1 sec=phases | 三、具体活动安排：
@H2 phase=四月份;四月份; | 四月份
@I3 num=1 | 1在全区开展“我们的节日”、“做一个有道德的人”中华经典诵读比赛；
@I3 | 2、各校要举办一次建党90周年活动启动仪式；
@I3 | 3、开展“学习先烈、争当四好”清明节主题教育活动。
@H2 phase=五月份;五月份; | 五月份
@I3 | 1、“六、一”前在全区开展以“童心向党歌咏大赛”—相山区中小学生创先争优文艺调演活动；
@I3 | 2、在全区开展“学党史、知党情”主题手抄报及党团知识竞赛活动；
@I3 | 3、围绕建党90周年，在全区开展以“沐浴在党的阳光下”为主题的书画大赛；
@H2 phase=六月份;六月份; | 六月份
@I3 | 1、在全区教育系统开展庆祝建党九十周年“爱国歌曲大家唱”歌咏比赛；
@I3 | 2、积极配合在我市举办的“激情广场—爱国歌曲大家唱”专
"""),
    dict(
        name="fresh66_04_county_bureau_health_county_creation_work_plan",
        source="https://m.wenku365.com/p-6971427.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, lists={"1.": 1}, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 and （一） are Heading 1 / Heading 2 paragraphs numbered by the OUTLINE "
               "numbering ('%1、' and '（%2）', numFmt taiwaneseCountingThousand, suffix nothing; numPr in the Heading "
               "styles); the two 1./2. run-in headings are an AUTOMATIC one-level decimal list ('%1.'); no title; an "
               "empty paragraph after the preamble; no footer.",
               "The first sample ('篇一') of a collection page titled 创建省级卫生县城工作计划范文: the work plan of a "
               "county unit (a 局 with 局机关各科室 and 局属各单位) for its part in the county's (松阳县) campaign to become "
               "a national hygienic county. The collection title, 篇一 and the site's chunk markers ('1、创建省级…', "
               "'2、和目标任务') were dropped; the document shows no title of its own (title null).",
               "（一）宣传动员阶段（20xx年1月-3月） is a dated phase (start 20xx年1月, end 3月); its 1./2. lines are run-in "
               "task headings (level 3). The page ends inside 2. ('…和《松阳县创建国家'), kept as the fragment."],
        units=[],
        text="""\
20xx年是我县创建国家卫生县城的关键一年。本局是创卫工作的重要责任单位，为落实创卫目标任务、扎实推进创卫工作，依据《国家卫生城市标准》和《松阳县创建国家卫生县城工作方案》，结合本单位实际制定本计划。
@H1 sec=guidance | 一、指导思想
以科学发展观为指导，坚持“政府组织、部门负责、群众参与、齐抓共管”的工作原则，持续开展群众性爱国卫生运动，提升环境卫生水平，把我县建成生活富裕、家园秀美、人文和谐的田园新松阳，为经济社会可持续发展营造良好环境。
@H1 sec=goals | 二、工作目标
对照国家卫生县城的创建标准和目标任务，借助媒体宣传和各类活动，通过文体活动、窗口服务宣传等方式推进创卫，确保工作任务全面完成、各项指标基本达标。
@H1 sec=phases | 三、实施计划和内容
@H2 phase=宣传动员阶段;20xx年1月;3月 | （一）宣传动员阶段（20xx年1月-3月）
健全组织机构，动员部署创卫工作，广泛开展宣传，营造浓厚的创建氛围。
@H3 | 1.召开专题会议。召集局机关各科室和局属各单位负责人开创卫专题会，讲清创卫的重要性和必要性，增强大家的责任意识。
@H3 | 2.制定创卫实施方案。按照《创建国家卫生城市标准》和《松阳县创建国家
"""),
    dict(
        name="fresh66_05_county_health_literacy_promotion_scheme",
        source="https://max.book118.com/html/2023/0421/7155130110005066.shtm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", lists={"一、": 0, "（一）": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): ONE automatic multi-level list on default-style paragraphs, both levels "
               "Chinese: level 0 '%1、' (一、 二、) and level 1 '（%2）' (（一）…, numFmt taiwaneseCountingThousand), "
               "continued over the lead-in of 二、 (its （一） restarts under 二、 as Word restarts deeper levels); "
               "no number typed; a footer with a PAGE field; an empty paragraph after the title.",
               "A county's (masked 某某县) scheme for the 2022 health-literacy promotion action, from a PDF on a "
               "document-sharing site: the site's file title ('XX县…实施方案范文.pdf'), VIP and page-count lines and "
               "'文档评论' footer were dropped; the document's own title 某某县2022年健康素养促进行动实施方案 is the title. "
               "The page's '2022年 康素养' (a lost 健) is in the lead-in, which is rewritten.",
               "The （一）/（二） lines under 一、主要目标 and 二、重点任务 are run-in headings (level 2): （二） of 一、 is a "
               "single sentence goal, labelled a heading like its sibling. 二、 is goals (measures accepted). The page "
               "ends inside 二、（一） ('…并及时完'), kept as the fragment.",
               "Units: the 各乡镇卫生院 and 分院 that must each draw up a project plan."],
        units=["各乡镇卫生院", "分院"],
        text="""\
@T | 某某县2022年健康素养促进行动实施方案
为全面开展全民健康素养促进行动、提高我县城乡居民的健康素养水平，特制定本方案。
@H1 sec=goals | 一、主要目标
@H2 | （一）提高辖区居民健康素养水平。2022年全县居民健康素养水平原则上要达到全省平均水平，并比上年至少提高3个百分点。
@H2 | （二）大力开展贫困地区健康促进三年攻坚行动，确保各项任务指标全部达标，并及时完成网上填报。
@H1 sec=goals alt=measures | 二、重点任务
各乡镇卫生院、分院要坚持目标导向和问题导向，制定本辖区2022年健康素养促进项目方案，确定居民健康素养水平目标并细化分工；重点抓好贫困地区健康促进三年攻坚、健康促进县和医院、场所建设、健康科普、健康素养监测、烟草流行监测及戒烟干预，以及重点疾病、重点领域和重点人群的健康教育，也鼓励结合实际创新项目内容。
@H2 | （一）大力推进贫困地区健康促进三年攻坚行动。眼下重点宣传疫情防控的防护知识；同时按照《2022年全省贫困地区健康促进攻坚行动实施方案》和《某某县健康促进攻坚行动方案》，在全县做好健康教育与健康促进，确保攻坚行动的各项指标全部达标，并及时完
"""),
    dict(
        name="fresh66_06_middle_school_spring_practice_activity_plan",
        source="https://m.beiweimall.com/jihuashu/1079287.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"（1）": 1}, footer=True, blank_after=[1]),
        extra_phases=[dict(at="时间：4月12日", name="春季实践活动", start_text="4月12日", end_text=None),
                      dict(at="早晨8点", name="集合出发", start_text="早晨8点", end_text=None),
                      dict(at="11:30", name="用餐", start_text="11:30", end_text=None),
                      dict(at="下午14:30在防空展览园", name="集合返校", start_text="下午14:30", end_text=None)],
        notes=["Word file (LibreOffice): 一、-六、 are Heading 1 paragraphs numbered by the OUTLINE numbering ('%1、', "
               "taiwaneseCountingThousand, suffix nothing; numPr in the Heading 1 style), the headings keep their "
               "trailing colon as text; （1）-（6） under 五、 are an AUTOMATIC one-level list ('（%1）', decimal); the "
               "A./B./C., 第一批次 and 1./2./3. lines are typed; a footer with a PAGE field.",
               "A middle school's plan for a one-day spring practice outing of grade 7 (镇海招宝山, 海防遗址, 防空展览园); "
               "the site's title ends in 范文, dropped from the title. Two personal names in the 责任人 brackets of "
               "（3）/（4） were dropped with their brackets; 'xx' in 三、负责人：xx is the page's masking. The page's "
               "anti-copy dot (高度的.责任心) was dropped. The page ends inside 六、3. ('…协助班主').",
               "The 时间/地点/人员 lines are key-value body lines; A./B./C. (places) and 第一批次-第三批次 (the order of "
               "the three places for each group) are items. 四、活动流程's time lines are body lines; the day "
               "(4月12日) is an optional period and the times (早晨8点, 11:30, 下午14:30) optional time slots. "
               "五、活动准备 is measures (requirements accepted), 六、说明 requirements (other accepted); their numbered "
               "lines are items, including 2.乘车安排：… (a label, kept as an item like its siblings)."],
        units=["校办"],
        text="""\
@T | 中学生春季实践活动计划书
@H1 sec=goals alt=guidance | 一、活动目的：
借这次春季实践活动增强学生的国防意识，丰富课外生活，磨炼意志，增强集体观念，培养互相帮助的品德。
@H1 sec=phases alt=other | 二、活动时间、地点、及参与人员：
时间：4月12日一天（周五）
地点：
@I2 | A.镇海招宝山，登山游览威远城，鳌柱塔，观音阁等（约2个小时）
@I2 | B.海防遗址（约0.5小时）
@I2 | C.防空展览园（约1.5小时）
人员：中学部七年级全体师生、班主任助理
@H1 sec=responsibilities | 三、负责人：xx
@H1 sec=phases | 四、活动流程：
早晨8点在学校集合，乘车前往宝山公园。
各班视车辆到达的先后分三个批次活动。
@I2 | 第一批次：A-B-C（三个班）
@I2 | 第二批次：C-A-B（三个班）
@I2 | 第三批次：B-C-A（三个班）
11:30各班在附近绿地就餐。
下午14:30在防空展览园后门集合，乘车回校。
注意：在确保安全的前提下，各班可以自选地点，组织拉歌、游戏等活动。
@H1 sec=measures alt=requirements | 五、活动准备
@I2 | （1）各班主任老师对学生进行相关教育，特别是安全教育，纪律教育，环保教育及东海学生形象教育；活动中有摄影比赛，要提醒学生保管好贵重物品。（责任人：各班主任）
@I2 | （2）本次活动学校提供食品，不得携带零食，更不能吃口香糖。手机、游戏机等一律不带；各班分组管理，统一准备桌布和垃圾袋，景区内不提倡购物。
@I2 | （3）给教育局的出车报告。
@I2 | （4）校旗、队旗；
@I2 text=（5）联系旅游公司八辆大巴车，早上8:45整准时从学校出发，下午14:30整准时从镇海返回 | （5）联系旅游公司八辆大巴车，早上8:45整准时从学校出发，下午14:30整准时从镇海返回。（责任人：校办）
@I2 text=（6）8:00到食堂内领取馒头 | （6）8:00到食堂内领取馒头。
@H1 sec=requirements alt=other | 六、说明：
@I2 | 1.全体教师必须以高度的责任心，确保这次活动的圆满成功。
@I2 | 2.乘车安排：每班一辆车，去程和回程坐同一辆车，请老师们记牢车牌号。
@I2 | 3.所有任课教师都到指定班级跟班，协助班主
"""),
    dict(
        name="fresh66_07_company_union_festival_sports_activity_plan",
        source="http://lasc.cn/inews/26196.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1, 2],
                  tables=[dict(first="日 期　项 目", rows=2, cells=[
                      ["日 期", "项 目", "赛    程", "裁 判"],
                      ["略", "", "", ""]])]),
        extra_phases=[dict(at="一、活动时间：2017年10月", name="活动时间", start_text="2017年10月", end_text=None)],
        notes=["Word file (LibreOffice): typed numbers, direct formatting (headings bold); 三、活动项目及赛程 is a "
               "REAL four-column table (日 期 / 项 目 / 赛    程 / 裁 判, the spaces typed inside the header cells as "
               "the page shows them) with one body row whose first cell reads 略 and whose other cells are empty "
               "(the .txt line is '略'); a footer with a PAGE field; empty paragraphs after the title and the "
               "preamble.",
               "A company union committee's (公司工会委员会) plan for sports and games over the 2017 Mid-Autumn and "
               "National Day holidays (workshops 一车间…七车间, 股份公司, 南区/北区事业部). The site's search bar was "
               "dropped. The page's numbering is kept: （三）工作分工 under 二、 with no （一）/（二）, （一）拔 河 with a "
               "space; the 组  长：/副组长：/组  员： lines (names left blank on the page) are key-value body lines.",
               "一、活动时间：2017年10月 is a run-in heading and the optional overall period. 四、项目组队's （一）-（五） are "
               "headings (the events) with team bodies; 五、活动要求's （一）/（二） are items. The page ends inside "
               "五、（二） ('…负责抽签、比赛、'). The table rows are not labelled.",
               "Units: the union committee and the offices that organise teams (公司办室, 综合办)."],
        units=["公司工会委员会", "公司办室", "综合办"],
        text="""\
@T | 迎中秋、庆国庆文体活动方案
为推进精神文明建设，丰富员工的文体生活，提高员工文化素质，增进交流、凝聚人心，公司工会委员会决定在2017年国庆期间组织一次文体活动，方案如下：
@H1 sec=phases alt=other | 一、活动时间：2017年10月
@H1 sec=responsibilities | 二、活动工作组
组  长：
副组长：
组  员：
@H2 | （三）工作分工
@I3 | 1、裁判：由工作组人员负责
@I3 | 2、项目道具准备等工作：
@I3 | 3、奖品采购及发放：
@I3 | 4、现场摄像：
@I3 | 5、交通安排：
@H1 sec=phases alt=other | 三、活动项目及赛程
日 期　项 目　赛    程　裁 判
略
@H1 sec=other | 四、项目组队
@H2 | （一）拔 河
共8支队伍，每队12人（8男4女）：一级部联队、一车间、二车间、五车间、六车间、七车间，南区后勤联队（一、二车间以外的部门）和北区后勤队（五、六、七车间以外的部门）。
@H2 | （二）摸石头过河
8支队伍，每队6人（4男2女），队伍与拔河相同。
@H2 | （三）掼蛋王：2VS2，自由组合
@H2 | （四）五人五项（铅球、单人跳绳、立定跳远、60米障碍跑、五人一绳）
8支队伍，每队12人（3男2女），队伍同上。
@H2 | （五）5VS5篮球对抗赛
3支队伍，每队8名男队员：股份公司篮球队、南区事业部篮球队和北区事业部篮球队。
@H1 sec=requirements | 五、活动要求
@I2 | （一）一级部联队组队由公司办室牵头组织；事业部后勤队由两个综合办分别牵头，其他队伍由各部门自行组建，9月25日前把参赛名单报工会。
@I2 | （二）每支队伍（不包括掼蛋）设领队1名，每个项目设队长1名，负责抽签、比赛、
"""),
    dict(
        name="fresh66_08_branch_company_fun_games_activity_plan",
        source="https://wuhaninfo.cn/wenku/ceed/mdwP2jgZVA",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, footer=True),
        extra_phases=[dict(at="20xx年1月18日", name="趣味运动会", start_text="20xx年1月18日", end_text=None)],
        notes=["Word file (LibreOffice): 一、-九、 are Heading 1 paragraphs numbered by the OUTLINE numbering ('%1、', "
               "taiwaneseCountingThousand, suffix nothing; numPr in the Heading 1 style; 四、 and 九、 keep their "
               "trailing colon as text); the 1、 lines are TYPED (the page numbers 八、's points 1、2、3、4、4、, a "
               "repeated 4、 that automatic numbering could not show); no title; a footer with a PAGE field.",
               "A branch company's plan for a staff fun games day (分公司轧制大厅, a rolling mill); the page shows no title "
               "(title null) and ends with the site's '因篇幅问题不能全部显示…' line, dropped; the anti-copy debris "
               "(的'的) was dropped. Nothing after 九、's 3、 is shown.",
               "Short value sections (活动主题 slogan, 活动时间, 活动地点) are level-1 headings with a body line; 三、活动时间 "
               "is the optional period (20xx年1月18日). 八、活动要求's and 九、奖励办法's points are items; the repeated 4、 "
               "is kept as typed.",
               "Units: the games' 组织委员会 and the 分公司综合部 that staffs it with the Party, union and League bodies."],
        units=["组织委员会", "分公司综合部"],
        text="""\
@H1 sec=goals alt=guidance | 一、活动目的
趣味运动竞技能丰富员工的业余文化生活，促进沟通、加强联系、增强团队凝聚力，从而提高工作热情和效率。本次运动会鼓励员工锻炼身体，在运动中陶冶情操、热爱生活。
@H1 sec=other | 二、活动主题
用激情挑战工作，以健康武装青春
@H1 sec=phases alt=other | 三、活动时间
20xx年1月18日
@H1 sec=other | 四、活动地点：
分公司轧制大厅
@H1 sec=responsibilities | 五、组织机构
运动会设组织委员会，由党政工团会同分公司综合部及其他相关部门人员组成；仲裁由组委会成员负责，裁判员由组委会邀请，活动的各项事宜由组委会解释。
@H1 sec=other | 六、参加活动人员
在不影响正常工作的前提下，公司全体干部职工都可以参加。
@H1 sec=other alt=measures | 七、活动方式
以趣味运动项目为主，辅以文体娱乐项目。
@H1 sec=requirements | 八、活动要求
@I2 | 1、集体项目各队要有专人负责运动员的召集和比赛；
@I2 | 2、准时进场，不按时进入比赛场地的，按弃权处理；
@I2 | 3、为体现比赛公平、公正，裁判组成员不可参加比赛；
@I2 | 4、按项目要求男、女搭配，男女人数悬殊的单位可以按人数调整，但每队必须有男有女；
@I2 | 4、本活动以娱乐性、趣味性为主，赛前可以更换队员，坚持友谊第一、比赛第二，赛场上不得有不文明行为，否则严肃处理。
@H1 sec=other | 九、奖励办法：
@I2 | 1、集体项视情况取前两名或者前三名；
@I2 | 2、个人项取前六名；
@I2 | 3、凡参加活动未取得名次的选手都将获得一份参与奖。
"""),
    dict(
        name="fresh66_09_district_transport_bureau_union_new_year_activity_plan",
        source="https://m.inrrp.com.cn/html/d8c7f5d63601b78a.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", right=["交通局工委", "二〇〇八年十二月十八日"], blank_after=[1, 18]),
        extra_phases=[dict(at="活动时间：2008年1月5日", name="活动时间", start_text="2008年1月5日", end_text="1月6日"),
                      dict(at="（绑腿协力跑、趣味保龄球：1月5日下午", name="绑腿协力跑、趣味保龄球",
                           start_text="1月5日下午", end_text=None),
                      dict(at="拔河比赛1月6下午", name="拔河比赛", start_text="1月6下午", end_text=None)],
        notes=["Word file (LibreOffice): direct formatting only: the unnumbered label headings (活动目的：… 经费预算：) "
               "bold, the 1、 lines typed; the issuer 交通局工委 and the date 二〇〇八年十二月十八日 are two RIGHT-aligned "
               "paragraphs after an empty one; no footer.",
               "A district transport bureau's union activity plan for New Year 2008 (区交通局2008年度工会活动方案), the "
               "first document of a collection page titled 工会活动方案 (its title, posting line and trailing repeated "
               "titles and download lines were dropped). The page breaks lines inside sentences (为促进交通 / 系统职工间, "
               "评出 / 一、 / 二、三名); they were joined, so 一、二、三名 is inside its line and not a marker.",
               "Every heading is an unnumbered label (level 1): run-in 活动目的：…, 活动安排：…, 评奖办法：… and value "
               "lines 活动时间：… 活动地点：… 比赛项目：…; 比赛规则： and 经费预算： stand alone over their 1、 items. "
               "活动时间 keeps the page's 一 for a dash (2008年1月5日一1月6日) and is the optional overall period; the "
               "bracketed line under it gives the two event slots (optional). The page's lone '2、' under 经费预算 (no "
               "text) is kept as an item; 裁判员：/记分员：/工作人员： are key-value body lines.",
               "The date (December 2008) after a January 2008 activity is as the page shows. Units: the bureau of the "
               "title and its union committee that signs."],
        units=["区交通局", "交通局工委"],
        text="""\
@T | 区交通局2008年度工会活动方案
@H1 sec=goals alt=guidance | 活动目的：元旦、春节即将到来，举办这次活动是为了促进交通系统职工之间的交流，增进友谊，营造文明、健康、和谐的文化氛围。
@H1 sec=phases alt=other | 活动时间：2008年1月5日一1月6日下午2:30-5:00
（绑腿协力跑、趣味保龄球：1月5日下午；拔河比赛1月6下午）。
@H1 sec=other alt=phases,measures | 活动安排：以各事业单位工会和机关工会为小组（路政所并入交管所工会），进行绑腿协力跑、趣味保龄球和拔河等比赛。
@H1 sec=other | 活动地点：局大院操场、篮球场
@H1 sec=other | 比赛项目：绑腿协力跑、趣味保龄球、拔河比赛
@H1 sec=other alt=requirements | 比赛规则：
@I2 | 1、绑腿协力跑，每各工会派8名选手参赛（其中男子4人、女子4人）按2人一组，共计4组进行接力跑比赛。按用时快慢排定名次。
@I2 | 2、趣味保龄球，每个工会派4名选手参赛（其中男女职工各2人）。满分10分，每人投一次，按各小组累计得分排名次。
@I2 | 3、拔河比赛：各工会小组派10名选手参加拔河（其中女职工3人，男职工7人），赛制采取“三打二胜”淘汰制，最后评出一、二、三名。
@H1 sec=other | 评奖办法：以工会小组为单位，三项比赛各评一、二、三等奖，一共九个奖项。
@H1 sec=other | 经费预算：
@I2 | 1、一等奖预计按现金300元设立，二等奖预计按现金200元设立，三等奖按现金100元设立，三项比赛九个奖项预计工作经费共计1800元。
@I2 | 2、
裁判员：
记分员：
工作人员：
交通局工委
二〇〇八年十二月十八日
"""),
    dict(
        name="fresh66_10_kindergarten_term_work_plan_monthly_points",
        source="https://jingyanben.com/gongzuowendang/103540.html?page=3",
        doc_kind="plan", partial=True,
        docx=dict(style="headings", footer=True),
        notes=["Word file (LibreOffice): headings in LibreOffice's Heading 1/2/3 styles by level with the numbers "
               "typed (the outline numbering set to none, so the Heading styles carry a numPr to levels with numFmt "
               "none); （四）/（五） and the month labels Heading 2, the 1. headings under （五） Heading 3; items typed in "
               "the default style; no title; a footer with a PAGE field.",
               "A kindergarten's term work plan (autumn term; 苏州, a kindergarten attached to a school: 交校财会室), page 3 "
               "of a collection page: the page starts inside 二、 at （四）管理制度的完善 and ends inside 十二月份's 5、 "
               "('…讨论迎新运动会的有'). No title is shown (title null).",
               "（四）/（五） are level 2 (their parent 二、 is not shown; level 1 accepted); 三、每月工作重点 is level 1. "
               "Under （四） the 1.-4. lines are items; under （五） the 1.-3. lines are short headings (1. and 2. with a "
               "body line below). The month labels 九月份：-十二月份： are phases (a month as start); the 1、 lines under "
               "them are items. Nothing in the page names a unit other than 园长室 and 校财会室, which only receive "
               "reports (not listed)."],
        units=[],
        text="""\
@H2 lvlalt=1 sec=goals alt=measures | （四）管理制度的完善
@I3 | 1.发表文章的数目及班级幼儿的获奖情况与评优结合。
@I3 | 2.每月退伙情况上报园长室，统一制单，交校财会室。
@I3 | 3.兴趣小组活动计划上交。
@I3 | 4.开展丰富的环保活动，增强幼儿环保意识，迎接“绿色幼儿园”的验收。
@H2 lvlalt=1 sec=goals alt=measures | （五）保育保健工作
@H3 | 1.体现保育工作的全员性。
保育工作由各班三位一体承担，两位教师和一位保育员分工合作，强化教师的保育意识。
@H3 | 2.强调保育工作的科学性。
组织全体保育员参加保育知识培训，重视学习交流。
@H3 | 3.继续培养幼儿良好的生活习惯、卫生习惯促进幼儿身心健康发展。
@H1 sec=phases | 三、每月工作重点
@H2 phase=九月份;九月份; | 九月份：
@I3 | 1、热情接待幼儿，稳定幼儿情绪，帮助新生尽快适应幼儿园生活，教师严格执行幼儿一日活动作息安排，强化常规训练，逐步培养幼儿养成良好的学习习惯、行为习惯、卫生习惯。
@I3 | 2、完成园务工作计划、班级工作计划及各班教育教学进度。
@I3 | 3、各课题组、学科组落实本学期的学期目标和活动计划。
@I3 | 4、完成幼儿园英语教材《让我们学英语》的印刷工作。
@I3 | 5、各班召开班级家长会。
@H2 phase=十月份;十月份; | 十月份：
@I3 | 1、结合国庆节开展爱祖国、爱家乡的教育。
组织幼儿参观、游览，看看苏州日新月异的变化，激发他们爱家乡、爱祖国的感情。
@I3 | 2、教师基本功比赛（一）。
@I3 | 3、教师英语培训活动。
@I3 | 4、改选“家长委员会”，召开本学期第一次家委会。
@I3 | 5、幼儿社会实践活动：参观奶牛场，观看少儿杂技表演。
@H2 phase=十一月份;十一月份; | 十一月份：
@I3 | 1、全园自然角评比活动。
@I3 | 2、教师基本功比赛（二）。
@I3 | 3、组织幼儿秋游活动。
@I3 | 4、筹备校庆公开课活动。
@I3 | 5、园刊《家园碰碰车》完稿、发放。
@H2 phase=十二月份;十二月份; | 十二月份：
@I3 | 1、教科组活动：课题阶段小结、个案分析交流。
@I3 | 2、英语学科组活动。
@I3 | 3、青年教师交流课件制作。
@I3 | 4、幼儿社会实践活动：参观丝绸博物馆。
@I3 | 5、讨论迎新运动会的有
"""),
]
