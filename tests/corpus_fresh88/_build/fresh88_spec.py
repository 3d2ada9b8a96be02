# -*- coding: utf-8 -*-
"""The eighty-eighth held-out fresh set: 实施方案 / 工作方案 / 活动方案 whose
实施步骤 / 工作步骤 / 活动内容 give phases with dates written in many forms
(a start of 即日起 with the 至 lost, a range without any separator
'4月1日4月9日', '一' typed for the dash, a damaged end '5月8日—3日', the
year given at the start only '2012年6月15日-7月15日', dates on the line
after the step title '时间：2024年1月-2024年2月', masked years 'xxxx年',
masked whole periods '2014年X月X日—2014年X月X日'), by a county-level
bureau, a district education bureau, a vocational school, a town, a
primary school, a county hospital and a town government.  Found as
stored public web pages with the `search` tool's `pages` corpus (query
log in notes_queries.txt).  None of the source pages is a source of an
earlier or parallel set (see the README), and a distinctive sentence of
each was searched in every earlier set.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs and 摘要, upload titles, collection titles and
  sample numbers) was dropped.
- Heading, title and key-value lines keep the source's numbering, wording
  and punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans, document numbers and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH88_DOCS = [
    dict(
        name="fresh88_01_county_bureau_spring_fire_prevention_scheme",
        source="https://www.92read.com/fanwen/fwdq/9er23k.html",
        doc_kind="scheme", partial=True,
        notes=["The first sample of a collection page ('秋冬季安全消防专项方案优推8篇'); the sample itself is a county-level "
               "bureau's scheme for fire prevention in spring and summer (它的所 and 市管股, document 廉安办（xxxx）6号). The "
               "collection title, the sample title '…【第一篇】' and the site blurb were dropped, so the document shows no title.",
               "The page lost every level-1 heading (指导思想, 时间, 组织领导, 实施步骤 …): the opening, the aim paragraph, the bare "
               "period line 'xxxx年3月11日至xxxx年6月30日。' and the 领导小组 paragraph are body lines without a heading. The period "
               "line is the scheme's overall time: an optional phase.",
               "The three stages （一）（二）（三） are the top level shown: level 1, level 2 accepted (their parent heading is "
               "missing); kind phases. 'xxxx年春夏两季火灾防控工作分为三个阶段：' is a lead-in (body).",
               "（一） is run in with its body after a comma: '（一）动员部署，宣传发动阶段（即日起3月11日），局召开…'; its text is set "
               "by hand to the stage name with its dates. The date '即日起3月11日' has lost its 至: start '即日起', end '3月11日'.",
               "（二） stands alone ending in '。' with its dates '（3月11日至5月30日）'; its body is on the next line.",
               "The page ends in the middle of （三）: '（三）总结验收，提升' is kept as the bare fragment; it is labelled as a phase "
               "without dates (the stage is named, its dates are not visible).",
               "'组长：' '副组长：' '成员：' are empty key-value lines (body). A person's name in the 办公室 line was dropped."],
        units=["春夏两季火灾防控工作领导小组", "市管股"],
        extra_phases=[
            dict(name="春夏两季火灾防控", start_text="xxxx年3月11日", end_text="xxxx年6月30日",
                 at="xxxx年3月11日至xxxx年6月30日", optional=True),
        ],
        text="""\
为贯彻上级关于消防安全工作的部署，推进春夏两季火灾防控，保持我局消防安全形势平稳，依照廉安办（xxxx）6号文件要求，结合实际制定本方案。
紧扣消防安全专项整治的目标导向和问题导向，推进春夏两季火灾防控，提升防控能力，坚决防止重特大火灾，保护群众生命财产安全。
xxxx年3月11日至xxxx年6月30日。
为加强对春夏两季火灾防控的组织领导，严防火灾事故，我局成立春夏两季火灾防控工作领导小组。
组长：
副组长：
成员：
领导小组下设办公室，设在市管股，由纪检组长兼任办公室主任，负责本系统防控工作的组织、指挥和协调，指导监督各所并汇总上报信息。
xxxx年春夏两季火灾防控工作分为三个阶段：
@H1 lvlalt=2 sec=phases text=（一）动员部署，宣传发动阶段（即日起3月11日） phase=动员部署，宣传发动阶段;即日起;3月11日 | （一）动员部署，宣传发动阶段（即日起3月11日），局里召开各所负责人和机关中层以上干部专题动员会，要求各所结合辖区实际成立机构、明确职责，广泛宣传、逐级部署到位。
@H1 lvlalt=2 sec=phases phase=严格排查整治阶段;3月11日;5月30日 | （二）严格排查整治阶段（3月11日至5月30日）。
各所对辖区内的市场（旧市场）、超市、出租屋等全面排查消防隐患，逐处登记，建立隐患台账，从严抓实春夏两季火灾防控。
@H1 lvlalt=2 sec=phases phase=总结验收，提升;; | （三）总结验收，提升
""",
    ),
    dict(
        name="fresh88_02_district_education_bureau_fire_inspection_scheme",
        source="http://www.nepao.com/show-142-86749-1.html",
        doc_kind="scheme", partial=False,
        notes=["A district education bureau's scheme for inspecting the fire safety of its key schools (the 教育局 inspects the "
               "schools; 区消防大队 officers join the groups). The page shows the whole scheme; the site's view counter, "
               "previous/next links and comment notice were dropped.",
               "The page lost digits: '《204年区消防安全重点学校消防专项督查表》', '00张以上', '副校长—2名' (1—2名), and the first "
               "item of 二、 and of 六、 lost its '1': '、幼儿人数300人以上的幼儿园；', '、车辆由党政办负责统筹安排。'. Those two lines "
               "start with a bare '、' and are left unlabelled; the items '2、' '3、' below them are optional items.",
               "三、工作步骤 holds two dated stages run in with their bodies after a colon: '（一）学校自查自纠阶段（4月28日—5月7日）：…' "
               "(text cut at the colon). The second stage's end is damaged, '（5月8日—3日）': end '3日' kept as written.",
               "督查内容 (what is inspected, a reference to a checklist) is goals with other accepted; 督查对象 other; 督查组构成 "
               "responsibilities ('组长：' and '组员：…' are key-value body lines); 其他事项 other with requirements accepted.",
               "（一）（二） under 五、工作要求 are run-in headings ending in '。'."],
        units=["教育局", "督查组", "区消防大队", "党政办", "学安办"],
        text="""\
@T | 消防安全督查工作方案
@H1 sec=goals alt=other | 一、督查内容
（详见《204年区消防安全重点学校消防专项督查表》）
@H1 sec=other | 二、督查对象
、幼儿人数300人以上的幼儿园；
@I2 | 2、学生数2000人以上的非寄宿制中小学；
@I2 | 3、学生住宿床位00张以上的小学。
@H1 sec=phases | 三、工作步骤
@H2 phase=学校自查自纠阶段;4月28日;5月7日 | （一）学校自查自纠阶段（4月28日—5月7日）：有关学校对校内消防安全重点部位全面排查，隐患登记造册、建立台账，能整改的立即整改，一时整改不了的制定整改方案和应急预案，明确责任人，限期整改到位。
@H2 phase=教育局督查阶段;5月8日;3日 | （二）教育局督查阶段（5月8日—3日）：督查组对消防安全重点学校开展拉网式检查，发现隐患即下发限期整改通知书，确保师生安全。
@H1 sec=responsibilities | 四、督查组构成
组长：
组员：抽调公办校安全分管副校长—2名，邀请区消防大队参谋—2名；（分组督查，每组3人）
@H1 sec=requirements | 五、工作要求
@H2 | （一）加强领导，提高认识。各单位实行一把手负责制，主要领导亲自抓、分管领导具体抓，逐项排查，务求见效。
@H2 | （二）严肃纪律，保证质量。督查整治要认真负责、责任到人，不走过场；学校要围绕督查重点迅速行动，及时总结，抓好整改。
@H1 sec=other alt=requirements | 六、其他事项
、车辆由党政办负责统筹安排。
@I2 | 2、学安办负责召集督查组成员，联系相关备查学校。
""",
    ),
    dict(
        name="fresh88_03_vocational_school_patriotic_health_month_activity",
        source="https://1wenmi.com/doc/276838.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A vocational school's (职专) plan for the patriotic health month, from a document-sharing page that shows the "
               "Word file as one run-together block with the site's chunk markers '1、' and '2、'. The file name, upload data "
               "and the site's blurb were dropped; the document shows no title of its own (title null).",
               "The block was split into lines at the heading and item boundaries the text shows. Two chunk markers are kept as "
               "debris, never labelled: '1、' glued before the first heading ('1、一、指导思想以XX为统领，…': the heading is 一、指导思想, "
               "numbering '一、', text set by hand; the heading also runs into its body without punctuation), and '2、' inside the "
               "word 学校 ('1 .在学' / '2、校教学楼悬挂…').",
               "三、活动内容 holds the three dated stages （一）（二）（三） (level 2, kind phases; 活动内容 itself is goals with phases "
               "and other accepted). Their dates are damaged in three ways: no separator at all '（4月1日4月9日）' and "
               "'（4月10日4月25日）', and '一' typed for the dash '（4月26日一4月30日）'.",
               "The numbered lines under each stage are items (tasks). Their numbering is '1.' glued to a date ('1.4月9日课间操时间…', "
               "not a decimal) or '1 .' with a space (numbering kept as written; the builder gives '1 .' the style none, read it "
               "as 1.). The dates inside them (4月9日, 4月15日、4月22日) are events, not phases.",
               "'组长：' '副组长：' '组员：' are empty key-value lines (body). The page ends inside the last item ('…落实情况差')."],
        units=["学生会"],
        text="""\
@H1 sec=guidance num=一、 text=一、指导思想 | 1、一、指导思想以XX为统领，围绕“遵守社会公德，维护公共卫生”主题开展爱国卫生运动，重点整治校内乱丢乱扔现象，增强学生卫生观念，改善校园环境面貌。
@H1 sec=responsibilities | 二、成立领导小组
组长：
副组长：
组员：
@H1 sec=goals alt=phases,other | 三、活动内容
@H2 sec=phases phase=宣传发动阶段;4月1日;4月9日 | （一）宣传发动阶段（4月1日4月9日）
@I3 num=1. | 1.4月9日课间操时间举行爱国卫生月启动仪式，向全校学生发出倡议，自觉抵制“随地吐痰，乱扔垃圾”等不文明、不健康行为，弘扬文明健康新风。
@I3 num=2. | 2.4月9日下午两节课后召开班主任会议，部署爱国卫生月各项活动及具体要求（见附件），明确任务，落实责任。
@H2 sec=phases phase=实施阶段;4月10日;4月25日 | （二）实施阶段（4月10日4月25日）
@I3 num=1~. | 1 .在学
2、校教学楼悬挂“遵守社会公德，维护公共卫生”标语，营造良好校园氛围。
@I3 num=2~. | 2 .借助电子宣传屏、学校广播站等多种办法开展爱国卫生月宣传。
@I3 num=3~. | 3 .各班以“营造清洁环境、共建和谐职专”为主题召开主题班会，教育学生讲究个人卫生、爱护环境、注意饮食卫生，杜绝零食。
@I3 num=4~. | 4 .各班围绕同一主题出一期黑板报，办一份手抄报。
@I3 num=5~. | 5 .学校于4月15日、4月22日组织两次卫生大扫除，各班彻底清理教室、宿舍、走廊和操场，清除死角垃圾。
@I3 num=6~. | 6 .学生会加大对乱倒、乱扔垃圾的监督管理和处罚力度。
@H2 sec=phases phase=检查验收阶段;4月26日;4月30日 | （三）检查验收阶段（4月26日一4月30日）
@I3 num=1~. | 1 .学校每天检查日常卫生并打分。
@I3 num=2~. | 2 .对组织认真、落实到位的班级予以表扬；对敷衍了事，落实情况差
""",
    ),
    dict(
        name="fresh88_04_town_waste_sorting_rectification_scheme",
        source="http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=110225",
        doc_kind="scheme", partial=True,
        notes=["A town's 2012 scheme for sorting rural waste and tidying the environment (Hubei: '对照湖北省生态乡镇标准'), from a "
               "members-only writing site; the '内容预览：' label was dropped.",
               "The visible part ends inside the first stage; the page's own ellipsis '…………' and its paywall line '本文共2429字，仅供站内"
               "会员学习参考（…）' are kept as a user would paste them (never labelled).",
               "The one visible stage gives the year only at its start: '（一）宣传发动阶段（2012年6月15日-7月15日）' (start "
               "'2012年6月15日', end '7月15日').",
               "三、实施步骤及任务要求 is phases with requirements accepted. The 一是/二是/三是 inside the 工作目标 paragraph are not "
               "labelled. '各村组织各类集中宣传4次以上' is a figure, not a date."],
        units=["镇政府"],
        text="""\
@T | 2012年垃圾分类处理和环境整治实施方案
为推进我镇社会主义新农村建设，改善农村生产生活条件，营造干净整洁、环境优美的人居环境，按照市委市政府的统一部署，镇政府决定在全镇开展农村垃圾分类处理和环境整治工作，特制定如下实施方案：
@H1 sec=guidance | 一、指导思想
对照湖北省生态乡镇标准，以治理农村生活垃圾污染为任务，以改善农村生态环境为目的，以建立垃圾分类收集处理长效运转机制为核心，推进生活垃圾资源化、无害化处理，彻底改变农村脏、乱、差面貌。
@H1 sec=goals | 二、工作目标
通过垃圾分类处理和环境整治实现三个目标：一是维护村容整洁，保持居住区、公共场所、生产区域整洁和公用设施完好。二是提高农民素质，引导农民养成整齐、卫生、环保、节能的生活习惯。三是构建长效机制，建立“户分类，村组收集、处理”的垃圾处理机制和“农户保洁员整治维护、村组检查评比、镇级考核验收”的环境整治机制。
@H1 sec=phases alt=requirements | 三、实施步骤及任务要求
@H2 phase=宣传发动阶段;2012年6月15日;7月15日 | （一）宣传发动阶段（2012年6月15日-7月15日）
召开农村垃圾分类处理和环境整治工作现场会作出部署；各村召开村组干部会议动员，利用广播、标语、村民会议和宣传手册广泛宣传，每村集中宣传4次以上，让农户认识这项工作的重大意义，掌握垃圾分…………
本文共2429字，仅供站内会员学习参考（会员可免费打开排版规范的全部文档）
""",
    ),
    dict(
        name="fresh88_05_primary_school_civilised_campus_scheme",
        source="https://www.renrendoc.com/paper/358657953.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A primary school's 2024 scheme for creating a civilised campus, from a document-sharing page (page thumbnails, "
               "copyright notice and '文档简介' dropped). The text reads like a template (方案背景 / 方案范围 / 现状分析 with survey "
               "percentages); it is kept as the page shows it.",
               "The page ran the whole document into one paragraph, headings glued to their bodies ('一、方案背景随着…', "
               "'1.学校环境目前…'); it was split into lines at those boundaries.",
               "Dates are not in the step titles but on the line after them, as key-value lines: '1.宣传动员' / '时间：2024年1月-2024年2月' "
               "/ '内容：…'. The '时间：' and '内容：' lines are body (key-value), not headings.",
               "五、实施步骤 has '1.宣传动员', '2.组织活动' and under it '2.1文明礼仪教育' (level 3; the builder gives '2.1' the style "
               "none). Phases: 宣传动员 (2024年1月–2024年2月), 组织活动 (undated at its own level) and 文明礼仪教育 (2024年3月–2024年4月, "
               "a dated stage inside 组织活动). The page ends inside 2.1's content line.",
               "The goals '1.提升学生道德素养：…' are run-in headings cut at the colon. 现状分析 is background; 方案范围 other. "
               "'约65%' / '35%' are figures."],
        units=[],
        text="""\
@T | 2024年小学文明校园创建活动实施方案
@H1 sec=background | 一、方案背景
随着社会发展和教育理念更新，文明校园已成为提升学校文化、塑造学生品德的重要途径；创建文明校园既能提高学生道德素养，也有利于师生关系和谐，因此需要一套切实可行的实施方案。
@H1 sec=goals | 二、方案目标
@H2 | 1.提升学生道德素养：以系列活动让学生在实践中体会文明的重要，增强道德意识。
@H2 | 2.优化校园环境：改善校园卫生、绿化和秩序，为学生营造良好的学习生活环境。
@H2 | 3.增强师生互动：鼓励教师参与文明教育，构建良好的师生关系，促进校园和谐。
@H2 | 4.建立长效机制：保证创建活动持续开展，逐步形成常态化管理。
@H1 sec=other | 三、方案范围
本方案面向全校师生，涵盖文明礼仪、校园环境、文明交通、社会责任等方面。
@H1 sec=background | 四、现状分析
@H2 | 1.学校环境
目前学校卫生总体良好，但文明行为仍有欠缺，校园内偶有乱扔垃圾现象，部分学生缺乏基本礼仪意识。
@H2 | 2.学生行为
调查数据显示，约65%的学生日常表现出较强的文明意识，仍有35%的学生对文明行为认识不足。
@H2 | 3.教师参与
教师在文明教育中的作用有限，参与积极性有待提高。
@H1 sec=phases | 五、实施步骤
@H2 phase=宣传动员;2024年1月;2024年2月 | 1.宣传动员
时间：2024年1月-2024年2月
内容：制作创建活动宣传海报张贴在校园显眼处；借晨会进行动员，讲清创建文明校园的意义；通过学校微信公众号推送，扩大宣传覆盖面。
@H2 phase=组织活动;; | 2.组织活动
@H3 num=2.1 phase=文明礼仪教育;2024年3月;2024年4月 | 2.1文明礼仪教育
时间：2024年3月-2024年4月
内容：开展“文明礼仪周”活动，以课堂教学、演讲比赛等形式让学生了解基本文明礼仪；组织班级间的文明礼仪展示活
""",
    ),
    dict(
        name="fresh88_06_county_hospital_patriotic_health_month_scheme",
        source="https://www.360docs.net/doc/9819111130.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county hospital's scheme for the patriotic health month (Jiangsu: '江苏省第20个健康教育宣传月'), from a document-"
               "sharing page; the upload title '最新县医院爱国卫生月实施方案资料' was dropped, the document's own title line kept.",
               "The conversion glued the title twice, plus a second title, in front of the opening: '医院爱国卫生月活动方案医院爱国卫生"
               "活动实施方案按照爱卫办【XX】5号文件精神，…' (kept as a body line; the document number keeps its mask).",
               "The page lost the level-1 headings (指导思想, 活动内容 …): the aim paragraph is a body line, and the numbered task "
               "lines 1、–4、 are the top level shown (level 1, goals with measures accepted). Three of them are long task "
               "statements (items); '2、开展生活区卫生达标整治活动。' is a short title with its body on the next line (heading). "
               "The numbering restarts at '1、清除“四害”孳生地…' (a new section whose heading is lost); the page ends inside it.",
               "No dates and no phases: '28个爱国卫生月', '第20个健康教育宣传月', '100%', '95%以上' are figures, not dates."],
        units=[],
        text="""\
@T | 医院爱国卫生月活动方案
医院爱国卫生月活动方案医院爱国卫生活动实施方案按照爱卫办【XX】5号文件精神，结合本院实际，开展爱国卫生月和健康教育宣传月活动，继续抓好健康教育与健康促进，加强院内环境卫生整治，做好除四害工作，特制定本爱国卫生清洁月活动方案。
以十八大关于“开展爱国卫生运动，促进人民身心健康”和“努力建设美丽中国”的精神为指引，深入开展医院环境整治，围绕28个爱国卫生月和江苏省第20个健康教育宣传月主题“美丽中国，健康生活拼弃乱吐乱扔陋习”开展健康教育宣传和环境整治。
@I1 sec=goals alt=measures | 1、开展环境综合整治活动，治理脏乱差，建立健全卫生长效管理机制和专业保洁队伍，生活垃圾、医用垃圾、建筑垃圾定时清运、日产日清，规范垃圾日常管理。
规范医院和生活区的环境卫生，清除周边卫生死角和积存垃圾，持之以恒，做到整治一片、保持一片。
@H1 sec=goals alt=measures | 2、开展生活区卫生达标整治活动。
对照居民区创建省卫生城的标准，治理乱堆乱放、乱贴乱画和积存垃圾，落实居民区卫生长效管理，使整治率达100%、卫生达标率达95%以上。
@I1 sec=goals alt=measures | 3、落实单位“门前三包”制度和门内卫生达标责任制，按市容管理要求美化单位门面，不乱堆乱放、乱贴乱画；各部门积极参加统一组织的爱国卫生月集中活动。
@I1 sec=goals alt=measures | 4、检查全院地漏网，查漏补缺，坚持“以人为本”，解决群众关心的环境卫生问题，开展以灭鼠为重点的除害防病，预防控制春季传染病，加强监督检查。
@I1 sec=goals alt=measures | 1、清除“四害”孳生地，开展灭鼠、灭蚊、灭蝇、灭蟑
""",
    ),
    dict(
        name="fresh88_07_town_market_town_cleanup_scheme",
        source="http://shancun.net/fanwen/show-57578.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's (杨村) 2014 scheme for cleaning up its market town; the page title calls it 工作计划, the text calls itself "
               "实施方案 (scheme, plan accepted). The site's welcome line, posting line and '核心摘要：' blurb were dropped.",
               "The whole period is masked: '一、整治时间' / '2014年X月X日—2014年X月X日。' (an optional overall period on the value "
               "line; 整治时间 is phases with other accepted). No dated stage is visible.",
               "二、工作目标 has four run-in headings '1、卫生清洁。…' (level 2). 三、工作内容 (the task areas: goals, measures "
               "accepted) has a lead paragraph ending in '（详细工作安排见附件）', then （一）抓好四项整治 (level 2) over '1、整治乱停乱放' "
               "(level 3, standalone titles with their bodies on the next line). The page ends inside the second of these.",
               "Units: the departments pooled for the clean-up and the traffic police named for fines."],
        units=["交警部门", "公安", "交警", "工商", "城管"],
        extra_phases=[
            dict(name="整治时间", start_text="2014年X月X日", end_text="2014年X月X日",
                 at="2014年X月X日—2014年X月X日", optional=True),
        ],
        text="""\
@T | 2014年乡镇脏乱整治工作计划
为彻底整治我镇集镇“脏、乱、差”现象，推进统筹城乡一体化发展，加快杨村中心镇建设步伐，结合镇情制定本实施方案。
@H1 sec=phases alt=other | 一、整治时间
2014年X月X日—2014年X月X日。
@H1 sec=goals | 二、工作目标
@H2 | 1、卫生清洁。集镇范围内街道、公共场所、巷道保持清洁，横黄线的105国道至大广高速出口路段两侧保持清洁，杜绝建筑材料和建筑垃圾占道堆放。
@H2 | 2、摆放有序。划设临时停车位后，集镇车辆一律停在车位内，违者由交警部门依规处罚；商户商品摆在店内，逢圩日摊点摆在街道标准线内。
@H2 | 3、店招统一。政府出资一部分，为隆久街两侧店面统一制作、悬挂店招，拆除原有杂乱店招，做到统一美观。
@H2 | 4、街道整齐。拆除集镇公共场所搭建的临时建筑、雨棚、工棚，建好隆久街人行道，做到街道整齐划一。
@H1 sec=goals alt=measures | 三、工作内容
结合杨村实际，以打造卫生、整洁、有序、秀美的集镇环境为重点，着力实施“四项整治”，做到“三个提升”，提升杨村集镇功能和品位。（详细工作安排见附件）
@H2 | （一）抓好四项整治
@H3 | 1、整治乱停乱放
整合公安、交警、工商、城管等部门力量，在集镇主要路段和街道划分停车位，车辆停在车位内，商品放在店内，圩日摊点摆在标准线内。
@H3 | 2、整治卫生清洁
针对集镇商户、住户乱扔乱倒垃圾的卫生
""",
    ),
]
