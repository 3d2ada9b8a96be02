# -*- coding: utf-8 -*-
"""The twenty-first held-out fresh set: WORD FILES.  Eleven real Chinese plans,
schemes, activity plans and summaries, each present twice: NAME.txt +
NAME.labels.json as in the other sets, and NAME.docx, the same document as a
writer would have it in Word or WPS (written by _build/make_docx.py from
this spec; tests/fresh_build/check_docx.py re-reads every .docx and asserts that its
displayed text equals NAME.txt line by line).  Writers: a district party
committee and government office, a provincial development and reform
commission, a city government office, a community project team, a
university students' union, a university class committee, a company's
safety team, a city government (安全生产月), two town governments and a
university photography / festival group; found as stored public web pages
with the `search` tool's `pages` corpus.  None of the source pages is a
source, and no title is a title, of a label file listed in
/work/fresh21/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and web debris
  (collection titles, 导语, links, advertisements) were dropped: a Word file
  would not carry them.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation restored from the store's
  NFKC text.  Every body paragraph is rewritten in our own words and
  shortened; dates, figures, unit and place names and the source's masking
  are kept; personal names dropped.

Each document's `docx` entry says how its Word file is made:
  mode  'a'  typed numbers, direct formatting (仿宋_GB2312 / 黑体 / 楷体_GB2312
             on runs, 16 pt, title 22 pt centred), style Normal everywhere;
        'b'  built-in Heading 1 / 2 / 3 styles, numbers typed;
        'c'  automatic multi-level list numbering (numbering.xml): labelled
             lines whose token is 一、 / （一） / 1. / （1） carry numPr (ilvl
             0 / 1 / 2 / 3) and no typed number.
  uses       the letters (a)-(f) of the brief that the document shows.
  tables     real Word tables: each row is one .txt line, cells joined by
             U+3000, empty cells skipped.
  breaks     (line text start, text before the soft line break w:br).
  tabs       (line text start, text before a tab).
  footer     a footer with a PAGE field.
  blank_after  line numbers followed by an empty paragraph in the .docx.

Marker syntax: see fresh_build/build.py.
"""

FRESH21_DOCS = [
    dict(
        name="fresh21_01_district_shanghai_service_action_plan",
        source="https://denstalk.com/html/xxgk01600201600200220180528004c029f-9ddf-4590-875a-1c5453c297eb.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(mode="c", uses=["c", "e", "f"], footer=True, blank_after=[3]),
        notes=["Word file: (c) automatic list numbering (一、 / （一） / 1. from numbering.xml, no typed numbers), "
               "(e) the title over three paragraphs, (f) a footer with a PAGE field.",
               "A district action plan issued by the district party committee's and government's offices; the page's "
               "line '“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《…》的通知' (a disclosure "
               "category glued to the notice title) was dropped; the plan's own title is three lines (two title "
               "lines and the period '（2018—2020年）'), all title lines.",
               "The page shows '一、 总体要求' with a space after the number; with automatic numbering Word shows "
               "'一、总体要求' (suffix nothing), so the line has no space.",
               "The 1. line under （二）基本原则 is a run-in principle heading; the page ends inside it and the "
               "rewritten body ends where the page ends."],
        units=[],
        text="""\
@T | 静安区全力打响“上海服务”品牌
@T | 加快建设“国际静安”三年行动计划
@T | （2018—2020年）
为落实上海全力打响“四大品牌”的部署，打响“上海服务”品牌，增强城市服务功能、提升服务经济能级、建设服务型政府，依据区委、区政府的总体要求，制定本行动计划。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想
以党的十九大精神和习近平新时代中国特色社会主义思想为指导，对接上海国际经济、金融、贸易、航运和科创“五个中心”的核心服务功能，对标国际最高标准，围绕“国际静安、圆梦福地”的目标，推动服务质量、效率和动力变革，率先建成高效能的服务型政府，使静安成为“上海服务”的闪亮名片。
@H2 | （二）基本原则
@H3 | 1.服务国家战略，承载上海综合服务功能。对接“五个中心”核心服务功能，提升与全球城市中心城区地位相称的资源配置能力，代表上海参与国际交流合作和竞争，不断提升国际化城区的辐射
""",
    ),
    dict(
        name="fresh21_02_provincial_modern_circulation_scheme",
        source="http://law.foodmate.net/show-219854.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(mode="c", uses=["c", "f"], footer=True, blank_after=[2, 4]),
        notes=["Word file: (c) automatic list numbering (一、 and run-in （一） paragraphs from numbering.xml), (f) a "
               "footer with a PAGE field.",
               "A provincial development and reform commission's notice issuing a scheme, as republished by a "
               "food-law site; the notice's own title is not on the page, so the title is the scheme's title (line "
               "5); the addressee, signature and date lines before it are not labelled.",
               "Task areas （一）… are run-in headings with a '〔责任单位：…〕' tail; text cut at the first '。'. "
               "一、 is a task area of the scheme (goals | measures). The page ends inside （三）."],
        units=["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"],
        text="""\
各市（州）人民政府、省级有关部门（单位）：
经省政府同意，现将《四川省“十四五”现代流通体系建设实施方案》印发你们，请结合实际认真抓好落实。
四川省发展和改革委员会
2022年10月18日
@T | 四川省“十四五”现代流通体系建设实施方案
为落实党中央、国务院和省委、省政府的部署，加快建成系统完备、创新引领、协同高效的现代流通体系，按照国家发展改革委“十四五”现代流通体系建设规划，结合四川实际，制定本方案。
@H1 sec=goals alt=measures | 一、深化现代流通市场化改革
@H2 | （一）加强市场体系建设。推进高标准市场体系建设，融入全国统一大市场；落实市场准入负面清单制度，探索建设数字资产交易中心，争取成都市纳入国家要素市场化配置综合改革试点。〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕
@H2 | （二）优化市场准入环境。推进“证照分离”改革全覆盖和“一网通办”“一日办结”，方便流通市场主体登记，推动电子营业执照互信互认，把“食品经营许可”（预包装食品）和“报关企业注册登记”纳入“多证合一”，落实“歇业登记”等新制度。〔责任单位：省市场监管局〕
@H2 | （三）加强反垄断和反不正当竞争执法。实施《中华人民共和国反不正当竞争法》和《四川省反不正当竞争条例》，落实反不正当竞争省际联席会议制度，强化公平竞争审查，鼓励高校、科研院所和第三方机构参与公平竞争评估，加大商业秘密保护力度，推进商业秘密保护基地、指导站（联系点）、
""",
    ),
    dict(
        name="fresh21_03_city_emergency_system_plan_task_breakdown",
        source="https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(mode="c", uses=["a", "c"], footer=False, blank_after=[1, 5]),
        notes=["Word file: (c) automatic list numbering starting at the second level (（一） / 1. / （1） from "
               "numbering.xml; the list's first level 一、 is never used), (a) direct run formatting "
               "(仿宋_GB2312 / 黑体 / 楷体_GB2312), style Normal.",
               "A city government office's notice issuing the responsibility breakdown of its emergency-system plan; "
               "the law database's lines (【法宝引证码】, 【时效性】) were dropped, the notice title (shown twice) "
               "and the date (shown twice) are kept once. Title is the notice title; the breakdown's own title "
               "(line 6) is a subtitle-like line and is not labelled.",
               "The unnumbered line '“十三五”应急体系9个具体建设任务' is the top level; （一）, 1. and the （1） task items "
               "below it are levels 2-4. The （1） lines are task statements (items). The '（责任单位：…）' line is a body "
               "line. The page ends inside the first （1） under 2."],
        units=["市直各有关单位", "各县（市、区）人民政府", "各开发区管委会"],
        text="""\
@T | 运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知
各县（市、区）人民政府，各开发区管委会，市直各有关单位：
经市人民政府同意，现将《运城市突发事件应急体系建设“十三五”规划》责任分解印发你们，请认真抓好落实。
运城市人民政府办公厅
2017年4月13日
运城市突发事件应急体系建设“十三五”规划责任分解
为增强应对突发事件和各类风险的能力，保障群众生命财产安全，依据《运城市突发事件应急体系建设“十三五”规划》（运政办发〔2016〕76号），现对《规划》提出的9项具体建设任务和7项重点建设项目分解落实责任。
@H1 sec=goals alt=responsibilities | “十三五”应急体系9个具体建设任务
@H2 | （一）“一案三制”建设
@H3 | 1.完善应急预案体系
@I4 | （1）规范应急预案的编制、审批、发布、备案、修订和评估，增强预案的针对性和可操作性。
@I4 | （2）推进政府及部门应急预案“精编化”，及时修订现有预案，实现单位和基层预案编制全覆盖。
@I4 | （3）加强预案演练，完善演练制度，推进“双盲”演练，突出实战性。
@I4 | （4）加强预案培训宣传，扩大预案发布范围，提高社会知晓率。
（责任单位：市直各有关单位、各县（市、区）人民政府、各开发区管委会）
@H3 | 2.健全应急管理体制和运行机制
@I4 | （1）推进市、县、乡三级政府应急管理办事机构建设，落实专职领导和人员编制，加强公安、民政、卫生、安监、地震等专项预案牵头部门的应急机构建设，强
""",
    ),
    dict(
        name="fresh21_04_community_service_project_plan",
        source="https://zengmen.com/IPG32O6KrJye.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(mode="b", uses=["b", "d"], footer=False, blank_after=[1],
                  tables=[dict(rows=[["阶段", "时间", "主要工作"],
                                     ["1. 调查与策划", "2023年3月-2023年4月", "调查社区环境、安全、文化、福利方面的问题，拟定对应策划；"],
                                     ["2. 资金筹措", "2023年5月-2023年6月", ""]])]),
        notes=["Word file: (b) built-in heading styles (Heading 1 for 一、, Heading 2 for the numbered step lines; "
               "numbers typed), (d) the second schedule (六、实施进度安排) as a real three-column table: each row "
               "is one line, cells joined by U+3000; the last row's third cell is empty (the page ends at "
               "'通过向政府部门、企') and is skipped.",
               "A community service project plan (no writer named). 四、实施计划 holds four dated step lines "
               "'1. 调查与策划：2023年3月-2023年4月' with a body line each (the phases); 六、实施进度安排 repeats the "
               "first two steps, tabulated in the Word file; its rows are not labelled again as phases.",
               "The 1. lines under 二、 and 三、 are goal and content statements (items); the dates of 四、 are "
               "month ranges across a year end (2023年7月-2024年1月)."],
        units=[],
        text="""\
@T | 创建社区服务项目计划书
@H1 sec=background | 一、项目概述
本项目为社区提供一项综合服务，解决社区的实际问题，提升社区整体水平，推动社区和谐发展，内容如下：
@H1 sec=goals | 二、项目目标
@I2 | 1. 改善社区环境，提高居民生活品质；
@I2 | 2. 提高社区的安全性，减少安全隐患；
@I2 | 3. 促进社区文化交流，增强社区凝聚力；
@I2 | 4. 增加社区福利，提高居民幸福感。
@H1 sec=goals alt=measures | 三、项目内容
@I2 | 1. 环境改善：整治社区卫生和绿化，增设座椅、花坛等公共设施；
@I2 | 2. 安全管理：安装监控设备，加强出入口管控；
@I2 | 3. 文化促进：举办各类文化活动；
@I2 | 4. 福利增加：设立老年人活动室和儿童活动室，配齐设施。
@H1 sec=phases | 四、实施计划
@H2 phase=调查与策划;2023年3月;2023年4月 | 1. 调查与策划：2023年3月-2023年4月
调查社区环境、安全、文化、福利方面的问题，拟定对应策划；
@H2 phase=资金筹措;2023年5月;2023年6月 | 2. 资金筹措：2023年5月-2023年6月
向政府部门、企业和社会团体筹集项目资金；
@H2 phase=建设实施;2023年7月;2024年1月 | 3. 建设实施：2023年7月-2024年1月
依照调查策划，分项推进社区环境、安全、文化、福利的改善和建设；
@H2 phase=验收与评估;2024年2月;2024年3月 | 4. 验收与评估：2024年2月-2024年3月
组织项目验收，收集居民反馈并开展评估。
@H1 sec=goals alt=achievements | 五、预期效果
@I2 | 1. 环境改善：社区环境卫生和绿化明显改观，居民生活品质提高；
@I2 | 2. 安全管理：安全隐患得到有效控制，居民安全感增强；
@I2 | 3. 文化促进：社区文化氛围改善，居民文化生活更加丰富；
@I2 | 4. 福利增加：老年人、儿童等群体得到更好照顾。
@H1 sec=phases | 六、实施进度安排
阶段　时间　主要工作
1. 调查与策划　2023年3月-2023年4月　调查社区环境、安全、文化、福利方面的问题，拟定对应策划；
2. 资金筹措　2023年5月-2023年6月
""",
    ),
    dict(
        name="fresh21_05_university_april_fools_evening_plan",
        source="http://m.chachaba.com/fanwen/cehua/455921.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="a", uses=["a", "d"], footer=False, blank_after=[1],
                  tabs=[("主办单位：*****", "主办单位：*****")],
                  tables=[dict(rows=[["①", "3月20日", "联系各院系女生部或文艺部及校团委、校团委文艺部，商定活动流程和内容，达成合作共识。"],
                                     ["②", "3月21日——23日", "将活动具体通知发到各个参加院系，而后各院系将通知下发到本院的各"]])]),
        notes=["Word file: (a) typed numbers and direct formatting, style Normal; (d) the dated steps under "
               "'1.时间安排：' as a real three-column table (marker, date, work), one line per row, cells joined "
               "by U+3000; a tab between the two organiser fields of 五、组织机构 (shown as nothing).",
               "A university student evening plan; the site's lead sentence was dropped; the title is the page's "
               "title. The page ran '3，' into the line of item 2 under 二、活动目的; the Word file has it as its "
               "own paragraph. Items use '1，' (full-width comma restored, class 1、).",
               "The two table rows are the dated steps of the preparation stage (phases on their lines; the "
               "second row's text ends where the page ends). 三、活动时间 '4月1日晚六点半' is the evening's time "
               "(optional). 准备阶段： is an unnumbered stage heading between 六、 and 1.时间安排：."],
        units=[],
        extra_phases=[
            dict(at="①　3月20日", name="联系院系商定流程", start_text="3月20日", end_text=None, optional=False),
            dict(at="②　3月21日", name="下发活动通知", start_text="3月21日", end_text="23日", optional=False),
            dict(at="4月1日晚六点半", name="愚人节晚会", start_text="4月1日晚六点半", end_text=None),
        ],
        text="""\
@T | 2020大学校园庆祝愚人节活动策划案
@H1 sec=background | 一、活动背景：
愚人节源于法国，起初是主张变革的人在4月1日捉弄守旧者的做法，后来成为西方和美国的民间节日，如今也为许多东方国家的人们所喜爱。
借愚人节到来的机会，我们筹办一场以“愚人节”为主题的校园活动，让同学们在轻松幽默中了解这个节日的文化内涵，更乐观地面对生活和工作。
@H1 sec=goals alt=guidance | 二、活动目的：
本次活动以晚会形式举行，内容丰富，风格幽默，并有多个院系参与，带有各自的专业特色。
@I2 | 1，营造文化氛围，活跃校园气氛，让师生在忙碌中放松身心。
@I2 | 2，帮助同学了解“愚人节”的内涵，在快乐中积极思考生活。
@I2 | 3，加强各院系之间的交流与合作，为今后合作创造机会。
@I2 | 4，突出各院系的专业特色，提高同学对本专业和跨专业的兴趣。
@H1 sec=phases alt=other | 三、活动时间：
4月1日晚六点半
@H1 sec=other | 四、活动地点：
大学生活动中心多功能厅
@H1 sec=responsibilities | 五、组织机构：
主办单位：*****承办单位：********
@H1 sec=phases | 六、活动流程：
@H2 | 准备阶段：
@H3 | 1.时间安排：
①　3月20日　联系各院系女生部或文艺部及校团委、校团委文艺部，商定活动流程和内容，达成合作共识。
②　3月21日——23日　将活动具体通知发到各个参加院系，而后各院系将通知下发到本院的各
""",
    ),
    dict(
        name="fresh21_06_class_mid_autumn_activity_plan",
        source="https://m.588k.com/yyws/hdfa/893548.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="a", uses=["a", "d", "f"], footer=True, blank_after=[],
                  tables=[dict(rows=[["准备时间", "20xx年9月7日至9月8日18点整"],
                                     ["举行时间", "20xx年9月8日19点30分"]]),
                          dict(rows=[["主办单位", "xx师范学院数学与统计科学学院13数本1班"],
                                     ["承办单位", "xx师范学院数学与统计科学学院13数本1班"],
                                     ["协办单位", "xx师范学院数学与统计科学学院分团委学生会"]])]),
        notes=["Word file: (a) typed numbers and direct formatting, style Normal; (d) two real two-column tables "
               "(四、活动时间 and the organiser division under 六、组织机构), one line per row, cells joined by "
               "U+3000 (the page's '准备时间：…' colons are the table's column break); (f) a footer with a PAGE "
               "field.",
               "A university class's Mid-Autumn activity plan, the first sample of a collection page "
               "('学校部门活动策划方案', with a site blurb, both dropped); the sample has no title of its own, so "
               "title is null.",
               "The two time rows are the preparation and holding phases (on their table lines). The page ends "
               "inside the first item under （一）前期准备 ('1、诚邀：13数本1班班主任…'; the teacher's name was "
               "dropped)."],
        units=["xx师范学院数学与统计科学学院13数本1班", "xx师范学院数学与统计科学学院分团委学生会"],
        extra_phases=[
            dict(at="准备时间　", name="准备", start_text="20xx年9月7日", end_text="9月8日18点整", optional=False),
            dict(at="举行时间　", name="举行", start_text="20xx年9月8日19点30分", end_text=None, optional=False),
        ],
        text="""\
@H1 sec=background | 一、活动背景
圆月象征家庭团聚，望月寄托思乡之情。中秋节里游子归家、父母盼归，而远在外地求学的我们却难免感伤。看着处处团圆的景象，13数本1班决定组织同学一起过中秋，慰藉不能回家的心情，增进友谊，为留校同学营造一个“家”。
@H1 sec=other | 二、活动主题
相亲相爱一家人
@H1 sec=goals alt=guidance | 三、活动目的
让同学们了解中秋节的风俗、渊源和民间庆祝方式，体会其中的中国传统文化内涵；感受班级就是一个大家庭，互相关心、互相帮助，增强班级凝聚力。
@H1 sec=phases alt=other | 四、活动时间
准备时间　20xx年9月7日至9月8日18点整
举行时间　20xx年9月8日19点30分
@H1 sec=other | 五、活动地点
足球场（雨天改为足球场舞台）
@H1 sec=responsibilities | 六、组织机构
主办单位　xx师范学院数学与统计科学学院13数本1班
承办单位　xx师范学院数学与统计科学学院13数本1班
协办单位　xx师范学院数学与统计科学学院分团委学生会
@H1 sec=other | 七、活动对象
xx师范学院数学与统计科学学院13数本1班留校大学生
@H1 sec=phases alt=measures | 八、活动的开展
@H2 | （一）前期准备
@I3 | 1、诚邀：13数本1班班主任
""",
    ),
    dict(
        name="fresh21_07_company_safety_environment_month_plan",
        source="http://www.cpstreet.com/jsjy/4352.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(mode="a", uses=["a"], footer=False, blank_after=[],
                  tabs=[("一、活动目的及意义", "一、"), ("二、活动时间", "二、"), ("三、活动项目", "三、"),
                        ("四、活动具体安排", "四、")],
                  breaks=[("今年6月为国家第17个安全生产月", "今年6月为国家第17个安全生产月，")]),
        notes=["Word file: (a) typed numbers and direct formatting, style Normal; a tab after each typed 一、 … 四、 "
               "(shown as nothing) and a soft line break inside the first body paragraph (joined).",
               "A company's safety and environment month plan (no title on the page). The year's digits are lost in "
               "the store ('年6月', '年6月初') and kept so; 二、活动时间 '年6月' (the overall month, "
               "damaged) is not entered as a phase.",
               "The page glued '1、安全环保月宣传活动—提升安全环保意识' to its body ('…意识年6月初,…'); the heading was "
               "put on its own line. The （1）、 project list and the a. b. c. lines are items. An advertisement and a "
               "stray user name at the end of the page were dropped; the page ends inside step 2."],
        units=["工安"],
        text="""\
@H1 sec=goals alt=background,guidance | 一、活动目的及意义
今年6月为国家第17个安全生产月，全国以“生命至上安全发展”为主题，凝聚安全发展共识，为遏制重特大事故、实现事故总量、死亡人数和重特大事故“三个继续下降”打牢思想基础。
为落实法律法规要求，增强员工的应急意识、安全素质和环保意识，压实安全责任，提高操作和处置事故的能力，公司组织安全环保月系列活动。
@H1 sec=phases alt=other | 二、活动时间
年6月
@H1 sec=goals alt=measures | 三、活动项目
@I2 | （1）、安全环保月宣传活动
@I2 | （2）、安全环保隐患申报
@I2 | （3）、开展全厂安全大检查
@I2 | （4）、举办安全健康知识讲座
@I2 | （5）、举办多部门联合应急处理演练
@I2 | （6）、安全环保绘画及手工艺品
@H1 sec=phases alt=measures | 四、活动具体安排
@H2 | 1、安全环保月宣传活动—提升安全环保意识
年6月初，工安发放安全宣传挂画、横幅、书籍等宣传品。
@I3 | a.连廊电子屏播放安全环保宣传标语
@I3 | b.厂区门口悬挂安全宣传横幅
@I3 | c.各车间播放安全宣传视频
@H2 | 2、安全环保隐患申报—“我参与，我光荣”
全员参与，排查身边的安全隐患，用图片和文字报给工安；工安到现场确认后登记，并通知责任部门整改。每条确认可行的隐患发给一份纪念品，排查最多的员工另发礼品一份。
""",
    ),
    dict(
        name="fresh21_08_city_safety_month_activity_plan",
        source="https://www.wangkeheji.com/niangongzuojihua/74506.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(mode="b", uses=["b"], footer=False, blank_after=[2]),
        notes=["Word file: (b) built-in heading styles (Heading 1 for 一、, Heading 2 for （一）; numbers typed), the "
               "dated 1、 items in style Normal.",
               "A city's safety-month activity plan addressed to its counties and departments, the first sample of "
               "a collection page (collection title, blurb and sample number dropped); no title line, title null.",
               "The page glued the first item to '（一）宣传报道'; the heading was put on its own line. The dated 1、 "
               "lines are task items whose dates are task dates, not phases; 二、活动时间 '6月1日至30日' is the overall "
               "period (optional). The page ends inside item 3."],
        units=["市委宣传部新闻处", "市安监局综合处", "南昌移动公司", "南昌联通公司"],
        extra_phases=[
            dict(at="6月1日至30日。", name="安全生产月", start_text="6月1日", end_text="30日"),
        ],
        text="""\
各县区人民政府，各开发区（新区）管委会，市直有关部门：
依据省委宣传部、省安监局、省公安厅、省广播电影电视局、省总工会、共青团省委和南昌市政府联合下发的《关于开展xx年全省安全生产月活动的通知》，结合本市实际，制定本活动方案。
@H1 sec=other | 一、活动主题
安全发展，预防为主
@H1 sec=phases alt=other | 二、活动时间
6月1日至30日。其中，6月份第二个星期日（6月13日）为全国安全生产宣传咨询日。
@H1 sec=goals alt=measures | 三、活动内容
@H2 | （一）宣传报道
@I3 | 1、6月1日上午，与省安全生产月活动指导委员会办公室联合召开“安全生产月”活动新闻发布会，部署今年的宣传报道；南昌日报、南昌晚报、市电视台、市电台各派1—2名记者参加。由市委宣传部新闻处、市安监局综合处组织协调。
@I3 | 2、6月2日至30日，南昌日报、南昌晚报、市电视台、市电台开设专栏专题，连续报道本市安全生产典型事迹，并在黄金时段和主要版面播发活动标语；对隐患整改不力的单位，经市领导同意后曝光。由市委宣传部部署，各新闻单位落实，市安监局综合处协调。
@I3 | 3、6月2日至30日，在手机上播发“安全生产月”活动标语口号。此项工作由南昌移动公司、南昌联通公司和
""",
    ),
    dict(
        name="fresh21_09_town_government_halfyear_summary",
        source="http://freekaoyan.com/wm/01/002/2018/01-12/1515743586840254.shtml",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(mode="b", uses=["b", "f"], footer=True, blank_after=[1]),
        notes=["Word file: (b) built-in heading styles (Heading 1 for 一、, Heading 2 for （一）; the run-in sentence "
               "heading '主要经济指标运行情况。…' is a Normal paragraph with a bold first run), (f) a footer with a "
               "PAGE field.",
               "A town government's half-year summary on a study site (site line dropped; the page shows the title "
               "twice, kept once). The source's masking '**' is kept.",
               "'主要经济指标运行情况。' is an unnumbered run-in heading at level 2, beside （一）; the line ends with "
               "the lead-in '亮点工作主要有：'. '3月24日—4月4日' is the date of a past event in a summary, not a phase. "
               "The page ends at '6月25日上午，由县', kept as the fragment."],
        units=["**镇党委、政府", "**县旅游局", "**镇政府"],
        text="""\
@T | 镇政府上半年工作总结
**年上半年，**镇党委、政府落实县委、县政府经济工作会议精神，按照“工业强镇、商贸重镇、生态大镇、文化名镇”的定位，围绕招商引资与项目建设、城市建设和管理、苗木花卉产业、财政和队伍建设等重点，务实苦干，各项工作取得明显成效。
@H1 sec=achievements | 一、**年上半年工作回顾
@H2 | 主要经济指标运行情况。**年1至6月，财政收入完成1318万元，占全年任务2355万元的60%，其中国税161万元、地税778万元、其他380万元；工业总产值11.02亿元，同比增长8%，限额以上企业产值9.8亿元，同比增长9%；生产总值8.1亿元，同比增长10%。亮点工作主要有：
@H2 | （一）以举办桃花节、采摘季为契机，倾力打造“三位一体”乡村游
3月24日—4月4日，**县旅游局和**镇政府共同举办第四届****桃花节，主题为“香约**，桃醉天下”，接待游客15万人次以上，是历届最旺的一届。在镇财政已投入120多万元的基础上，今年又协调交通项目资金25万元拓宽硬化进桃园的6公里主干道，追加40多万元补贴新建4家农家乐宾馆，并完善标示标牌、整治桃园环境。
6月25日上午，由县
""",
    ),
    dict(
        name="fresh21_10_town_2023_halfyear_work_report",
        source="https://guanshanwenku.com/gongzuozongjie/2023/07/63793.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(mode="a", uses=["a", "e"], footer=False, blank_after=[1],
                  breaks=[("〔…〕镇2023上半年工作开展情况", "〔…〕镇2023上半年工作开展情况")]),
        notes=["Word file: (a) typed numbers and direct formatting, style Normal; (e) a soft line break inside the "
               "title paragraph (after '工作开展情况'), so the title is one line.",
               "A town's half-year work report; the page shows the title twice (the second with the site's "
               "masking '〔…〕'), kept once with the masking, which is kept throughout.",
               "Three levels: 一、, （一） and run-in 1、 headings ('1、大力落实到户产业项目。…'), text cut at the "
               "first '。'. The page ends inside 2、 under （二）."],
        units=[],
        text="""\
@T | 〔…〕镇2023上半年工作开展情况和下半年工作打算
2023年，〔…〕镇在县委、县政府领导下，学习贯彻党的二十大精神，落实中央和省市县部署，突出重点、转变作风、狠抓落实，较好完成了上半年重点工作，现将进展情况报告如下：
@H1 sec=achievements | 一、上半年取得的工作成绩
@H2 | （一）乡村振兴稳步推进。
@H3 | 1、大力落实到户产业项目。编制帮扶措施，完成〔…〕户巩固提高户计划；以到户产业为抓手，投资〔…〕万元实施〔…〕种植补助项目，投资〔…〕万元扶持发展〔…〕养殖。
@H3 | 2、争取项目补齐基础设施短板。硬化〔…〕个村的自然村道路〔…〕公里，〔…〕村桥涵、文化广场和镇区市场场地硬化等项目均已完工。
@H2 | （二）产业结构不断优化。
@H3 | 1、〔…〕种植产业效益凸显。推广“合作社+基地+农户”模式，在〔…〕等〔…〕个村建成〔…〕亩标准化种植示范基地；实施财政扶贫产业化项目，带动〔…〕户种植，户均增收3000元以上，新成立种植专业合作社〔…〕个。
@H3 | 2、特色草畜产业稳定发展。推进草畜改良和新品种培育，实施饲草基地建设项目，种植草〔…〕亩，建成
""",
    ),
    dict(
        name="fresh21_11_university_cherry_blossom_festival_plan",
        source="https://1681989.cn/chuantong/504573.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="a", uses=["a"], footer=False, blank_after=[]),
        notes=["Word file: (a) typed numbers and direct formatting, style Normal.",
               "A university student festival's photo-exhibition contest plan on a culture site; the page title "
               "('樱花节创意主题活动策划,不愁没游客'), the site's lead and '你可能喜欢》》' were dropped; no title of the "
               "plan's own, title null.",
               "Top-level numbering '一，' (full-width comma restored; counted as the 一、 class by this set's copy of "
               "the builder, see README). 七，活动流程 has two undated stages （一）、活动准备阶段 / （二）、活动开展阶段 "
               "(phases without dates); 五，活动时间 '四月上旬' is the overall period (optional). The page glued the "
               "1、 labels to their bodies ('1、活动宣传工作在南北校…'), kept as one line each (items). The page ends "
               "after the first item of stage two."],
        units=[],
        extra_phases=[
            dict(at="四月上旬", name="樱花图展赛", start_text="四月上旬", end_text=None),
        ],
        text="""\
@H1 sec=background | 一，活动背景
春风拂面，万物复苏，百花盛开，樱花也在春雨中绽放。一年之计在于春，正当拼搏年纪的大学生理应为自己和民族的希望奋斗。借樱花节之机，特举办“给力樱花图展赛”。
@H1 sec=goals alt=guidance | 二，活动目的
“给力樱花图展赛”把图展和比赛结合起来，围绕樱花节系列活动的主题，让同学们感受校园的和谐与美好，提高发现美的能力，并在竞争中体验另一种生活，走出宿舍和教室去寻找身边的美。
@H1 sec=other | 三，活动主题
给力樱花节，大家齐参与。
@H1 sec=other | 四，活动对象
XX大学全体学生
@H1 sec=phases alt=other | 五，活动时间
四月上旬（具体时间待定）
@H1 sec=other | 六，活动地点
樱花园
@H1 sec=phases | 七，活动流程
@H2 phase=活动准备阶段;; | （一）、活动准备阶段
@I3 | 1、活动宣传工作在南北校区各处张贴海报，并到学生宿舍宣传。
@I3 | 2、作品征集在活动开始前三天面向全校征集樱花图片作品。
@I3 | 3、作品展出准备工作备好展板，排好作品版面。
@I3 | 4、排定活动期间的值班人员，现场至少有三名以上负责人员。
@I3 | 5、准备好奖品和证书。
@I3 | 6、准备好投票纸和笔。
@H2 phase=活动开展阶段;; | （二）、活动开展阶段
@I3 | 1、向学生征集樱花图片作品，并对作品进行编号。
""",
    ),
]
