# -*- coding: utf-8 -*-
"""The 134th held-out fresh set: plans, schemes, reports, a summary and a
speech whose TITLE IS HARD TO FIND: under a site's page title or file name,
a breadcrumb, a date stamp, a government page's index table, a county site's
name, inside an issuing notice (the plan's title below the signature), a
title spread over two lines, a speech title under its file title with a
date stamp below, and a title carrying a sample number.  Found as stored
public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every used_sources.tsv, exclusion list and label file
under /work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was
built).  HELD OUT: never tune an importer on these documents; score totals
only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.
- Heading, title and key-value lines of the page header keep the source's
  numbering, wording and punctuation; full-width punctuation （）：，； was
  restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and masking are kept.
  Personal names were dropped.
- Unlike most sets, the page-header lines that carry or surround the title
  (breadcrumbs, date stamps, index tables, a site name, file titles) are
  kept on purpose, because this set is about finding the title among them;
  they are never labelled as headings.

Marker syntax: see fresh_build/build.py.
"""

FRESH134_DOCS = [
    dict(
        name="fresh134_01_district_resources_bureau_forest_fire_scheme",
        source="https://001doc.com/doc/834671.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="XX区自然资源和规划局2023年森林防火工作实施方案",
        notes=["A district natural-resources and planning bureau's 2023 forest-fire-prevention scheme from a "
               "document-sharing site. Two title lines: the site's page title, the file name "
               "'XX区自然资源和规划局2023年森林防火工作实施方案.docx', and the document's own title preceded by the "
               "site's chunk marker '1、'. The label takes the document's title without the marker and the '.docx' "
               "and marks both lines as title lines. The site's '由会员分享…' blurb was dropped.",
               "The page arrived as one run-together block: split at the headings; in the source the title runs "
               "straight into the opening sentence and '一、工作目标' into its body.",
               "The chunk marker '2、' splits the word '落实' across lines ('…督促其切实落实' / '2、责任，检查…'): "
               "kept as debris at the start of a body line, never labelled.",
               "'（S）加强阻隔工程建设' is the source's OCR damage for （三）: kept as written, numbering literal "
               "'（S）', style none, level 2. Below it '1隔离带建设。' (no punctuation after 1; literal '1', style "
               "none) and '2.人工除草' (the page ends inside its body; kept as a bare heading) are level 3.",
               "二、主要任务 is goals (measures accepted); its run-in （一）（二） inherit it."],
        units=["自然资源和规划局", "“两办”督查室"],
        text="""\
@T | XX区自然资源和规划局2023年森林防火工作实施方案.docx
@T | 1、XX区自然资源和规划局2023年森林防火工作实施方案
为做好今冬明春的森林防火，减少森林火灾，保护森林资源和群众生命财产安全，依据森林防火条例，结合本区实际，制定本方案。
@H1 sec=goals alt=guidance | 一、工作目标
落实“预防为主，积极消灭”的方针，坚持“防救结合、因害设防，标本兼治，重在预防”的原则，确保全区不发生森林火灾。
@H1 sec=goals alt=measures | 二、主要任务
@H2 | （一）全面落实责任。森林防火实行行政首长负责制，乡镇和村的主要负责人是第一责任人；自然资源和规划局结合“两办”督查室的检查，督促乡镇、村切实落实
2、责任，同时检查森林经营单位的责任制和防火制度，对拒不落实的依法处罚。
@H2 | （二）强化防火宣传教育。防火期内各乡镇、相关部门要经常开展宣传；每年11月第一周是全省森林防火宣传周，3月是宣传月，期间加大宣传力度。
@H2 num=（S） | （S）加强阻隔工程建设。
@H3 num=1 | 1隔离带建设。在林地边缘和区界、乡（镇）界、村界以及林内坟头、地边修建林火阻隔带，人工或机械除草露出生土带；重点是明山绿化区和焦窑紫山东坡。
@H3 | 2.人工除草
""",
    ),
    dict(
        name="fresh134_02_national_meteorology_work_report",
        source="https://qcpjz.com/html/ntsqxjgzzjcontentbbd3eb42-9fc0-4ade-acee-bc57caa4dd1f.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        title_override="适应新常态 加快转方式 全面提高气象事业发展的质量和效益",
        notes=["The work report to the 2015 national meteorological directors' meeting, reposted on a mirror site's "
               "'工作总结' page. Above the document: the breadcrumb '当前位置：首页 > 信息公开目录 > 工作总结', the page "
               "title (same words as the report's title) and a date stamp line '发布时间：2015-07-16 字体：[ ]' (the "
               "mirror site's name after 来源 was dropped). Both title lines are marked; the title keeps the spaces "
               "between its three phrases (the scorer ignores whitespace).",
               "Below the title the speaker's name was dropped; the date line '（2015年1月22日）' is kept, a body line.",
               "doc_kind report (工作报告, '请各位代表审议'); speech accepted (delivered at the meeting) and summary "
               "(its first part reviews 2014).",
               "'一是…。' / '二是…。' are run-in level-2 headings under 一、2014年工作回顾 (achievements). The page ends "
               "inside 二是's body; the heading is kept bare."],
        units=["中国气象局"],
        text="""\
当前位置：首页 > 信息公开目录 > 工作总结
@T | 适应新常态 加快转方式 全面提高气象事业发展的质量和效益
发布时间：2015-07-16 字体：[ ]
@T | 适应新常态 加快转方式 全面提高气象事业发展的质量和效益
（2015年1月22日）
本次全国气象局长会议要贯彻党的十八大、十八届三中、四中全会和中央经济工作会议、中央农村工作会议精神，总结2014年气象工作，部署2015年任务。
下面我代表中国气象局作工作报告，请审议。
@H1 sec=achievements | 一、2014年工作回顾
过去一年，全国气象部门坚持公共气象的发展方向，以改革创新、提质增效为主线推进气象现代化和气象改革，完成了2014年全国气象局长会议确定的任务。
@H2 | 一是各项气象预报服务成绩突出。各级气象部门履行监测、预警和发布职责，为北京APEC会议、南京青奥会和云南鲁甸地震救援做好保障；24小时晴雨预报准确率87.5%，最高、最低气温预报准确率80.2%和84.4%，台风路径24小时预报误差78公里，粮食总产量预报准确率99.9%，公众气象服务满意度85.8分。
@H2 | 二是气象防灾减灾体系建设进一步加强。
""",
    ),
    dict(
        name="fresh134_03_province_meteorology_modernisation_scheme",
        source="https://m.86917.com/baoji/3576.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A provincial scheme for meteorological modernisation 2014–2020, issued jointly by the provincial "
               "government and 中国气象局. The stored page starts with the issuing notice's addressee (the notice's "
               "own title is not shown), then the notice body, the two issuers on one line and the date; the "
               "scheme's title follows, spread over two lines: '河南省加快推进气象现代化实施方案' and '（2014—2020年）'. "
               "Both are title lines; the title is their join.",
               "（二）基本原则 holds unnumbered run-in principles '需求牵引，突出特色。…' (level-3 headings, numbering "
               "none, kind guidance from 一、总体要求). The page ends inside the third principle, shortened.",
               "The document numbers 豫政〔2013〕63号 and 气发〔2013〕48号 are kept in the opening."],
        units=["河南省人民政府", "中国气象局"],
        text="""\
各市、县人民政府，省人民政府各部门，中国气象局各内设机构：
《河南省加快推进气象现代化实施方案（2014—2020年）》已经省政府和中国气象局同意，现印发各单位，请结合实际贯彻落实。
河南省人民政府 中国气象局
2014年10月24日
@T | 河南省加快推进气象现代化实施方案
@T | （2014—2020年）
为加快河南省气象现代化建设，依据《河南省人民政府关于加快推进气象现代化的意见》（豫政〔2013〕63号）和《中国气象局关于全面推进气象现代化工作的通知》（气发〔2013〕48号），制定本实施方案。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想
以服务经济社会发展和民生为宗旨，以防灾减灾、粮食安全和生态改善为重点，以改革创新为动力，提高预测预报、防灾减灾、应对气候变化和开发利用气候资源四种能力，为粮食生产核心区、中原经济区和郑州航空港经济综合实验区三大战略规划提供气象保障。
@H2 | （二）基本原则
@H3 | 需求牵引，突出特色。围绕中原经济区建设对气象服务的需求，明确重点目标和主要任务，发挥气象现代化的效益。
@H3 | 政府主导，社会参与。发挥政府的主导作用，调动社会力量和资源，共同推进气象现代化。
@H3 | 项目带动，提升实力。按照气象事业发展规划和省政府与中国气象局的合作协议，积极推进项目建设。
""",
    ),
    dict(
        name="fresh134_04_hospital_head_nurse_selection_scheme",
        source="https://www.shoasis.net/jiankang/2020/0928/22048.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="医院护士长竞聘方案篇1",
        notes=["A hospital's scheme for selecting head nurses by open competition, the first sample of a collection "
               "page. Above it: the breadcrumb '当前位置：首页 > 专题范文 > 公文范文 >', the collection title "
               "'医院护士长竞聘方案6篇（全文）' and a date stamp line '时间：2023-07-29 20:00:02 浏览次数：'; then the "
               "sample's own line '医院护士长竞聘方案篇1'. The site's navigation line, its blurb and the repeated "
               "collection title were dropped.",
               "Title: the sample line as the page shows it, with its sample number '篇1' (as in corpus_fresh7's "
               "'乡镇人大工作工作计划篇1'); the collection title line is marked as a title line too.",
               "一、选拔原则 lists six principles （一）–（六） as bare statements: items (guidance, other accepted for "
               "the heading). 二、竞聘岗位 lists two posts with counts: items.",
               "三、竞聘条件与具体要求 → （一）竞聘条件。 → 1、基本条件： → （1）–（3） items; the page ends inside "
               "（3）, shortened. The masked '20__年7月11日' and '《____省医院护理岗位设置名录》' are kept."],
        units=[],
        text="""\
当前位置：首页 > 专题范文 > 公文范文 >
@T | 医院护士长竞聘方案6篇（全文）
时间：2023-07-29 20:00:02 浏览次数：
@T | 医院护士长竞聘方案篇1
为加快医院发展、完善中层干部选拔机制，适应三级医院复审和创建三甲医院的需要，20__年7月11日党政办公会议研究决定，7月对临床科室病区护士长和护士长后备人才实行公开竞聘、择优聘用，方案如下：
@H1 sec=guidance alt=other | 一、选拔原则
@I2 | （一）党管干部原则。
@I2 | （二）德才兼备、以德为先原则。
@I2 | （三）注重实绩、群众公认原则。
@I2 | （四）任人唯贤、征求民意原则。
@I2 | （五）公平竞争、择优选用原则。
@I2 | （六）民主集中、依法办事原则。
@H1 sec=other alt=goals | 二、竞聘岗位
@I2 | （一）临床科室病区护士长6名：急诊医学科副护士长2名，心内一科副护士长1名，普外科副护士长1名，耳鼻喉科副护士长1名和手术室副护士长1名。
@I2 | （二）护士长后备培养人才6名：内科系统3名，外科系统3名。
@H1 sec=requirements alt=other | 三、竞聘条件与具体要求
@H2 | （一）竞聘条件。
依据《____省医院护理岗位设置名录》和本院发展需要，竞聘条件如下：
@H3 | 1、基本条件：
@I4 | （1）政治理论和政策法规水平较高，自觉执行党的卫生工作方针政策；
@I4 | （2）专业知识、操作技能和文化素养良好；
@I4 | （3）有一定的管理能力和实践经验
""",
    ),
    dict(
        name="fresh134_05_subdistrict_information_disclosure_annual_report",
        source="https://pingcheng.gov.cn/pcqrmzfz/qx1g/202202/a97d88bb9a5b4980bf5e5b4e5f85bc4c.shtml",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A sub-district's 2021 annual report on government information disclosure from a district "
               "government's site. Above the title: the page's index table as seven key-value lines (索 引 号, "
               "信息分类, 发布机构, 发布日期, 标题, 文号, 时效), the '标题：' field carrying the title; below it a date "
               "stamp line '发布时间：… 来源：平城区文瀛湖街道'. Only the standalone title line is a title line; the "
               "'标题：…' field is a key-value line of the table (the row of '|' separators was dropped).",
               "二、三、四、 are bare headings: the page's tables under them were not stored. Kinds: 一、总体情况 "
               "background (achievements accepted), 二、–四、 achievements (other accepted), 五、存在的主要问题及改进情况 "
               "problems (next_steps accepted), its （一）–（三） improvement steps next_steps (measures accepted), "
               "六、 other.",
               "Kangxi-radical characters from the PDF source sit inside two heading lines ('进⼀步', '提⾼业务能⼒'): "
               "kept as written."],
        units=["平城区文瀛湖街道"],
        text="""\
索 引 号：
信息分类：乡镇街道
发布机构：
发布日期：2022-01-31 14:46
标题：平城区文瀛湖街道2021年政府信息公开工作年度报告
文号：
时效：
@T | 平城区文瀛湖街道2021年政府信息公开工作年度报告
发布时间：2022-01-31 14:46 来源：平城区文瀛湖街道
@H1 sec=background alt=achievements | 一、总体情况
2021年街道按照《条例》和《国务院办公厅关于印发2021年政务公开工作要点的通知》（国办发〔2021〕12号）的要求，围绕省委、省政府中心工作和群众关切，加快政策发布，公开质量和治理效能有了提升。
@H1 sec=achievements alt=other | 二、主动公开政府信息情况
@H1 sec=achievements alt=other | 三、收到和处理政府信息公开申请情况
@H1 sec=achievements alt=other | 四、政府信息公开行政复议、行政诉讼情况
@H1 sec=problems alt=next_steps | 五、存在的主要问题及改进情况
街道政务公开还有差距：认识不够到位，公开内容不够宽，工作力量较弱。改进措施如下：
@H2 sec=next_steps alt=measures | （一）进⼀步加强组织体系建设。
明确信息公开人员及其职责，督促他们做好工作。
@H2 sec=next_steps alt=measures | （二）持续提⾼业务能⼒。
通过交流活动推广好的经验，提高全街信息公开人员的业务水平。
@H2 sec=next_steps alt=measures | （三）切实增强服务意识。
把信息公开当作一项长期的重要职责，提高办事效率和服务水平。
@H1 sec=other | 六、其他需要报告的事项
本年度街道没有其他需要报告的事项。
""",
    ),
    dict(
        name="fresh134_06_township_information_disclosure_annual_report",
        source="https://www.xinghai.gov.cn/zwgk/zfxxgknb/xxgknb/2021/content_1645987",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township government's 2021 annual report on government information disclosure from the county "
               "government's site. Above the title: the site's name '兴海县人民政府' (a unit name that is not the "
               "writer), the section name '政府信息公开', three lines of the page's index table (empty 索引号, 发布机构, "
               "文号) and, below the title, the date stamp line '来源： 发布时间：2022-01-18 浏览次数： 【字体：'. The "
               "site's navigation links (站群导航, 加入收藏, 设为首页, 手机版, 全文检索) were dropped.",
               "一、总体情况 here recounts the year's work: achievements (background accepted). Its （一）–（三） are "
               "run-in headings; in （二） the heading runs into its body without punctuation "
               "('（二）加强组织领导，完善制度建设确定乡政府乡长分管…'), text set by hand.",
               "The page ends inside （三）'s body, shortened."],
        units=["中铁乡人民政府", "乡党政办"],
        text="""\
兴海县人民政府
政府信息公开
索引号： 发布机构：
生效日期：2022-01-18 废止日期：
文 号： 所属主题：2021
@T | 中铁乡人民政府2021年政府信息公开工作年度报告
来源： 发布时间：2022-01-18 浏览次数： 【字体：
@H1 sec=achievements alt=background | 一、总体情况
一年来，在县委、县政府领导下，乡里落实省州县政务公开部署，分解责任，加大重点领域公开，规范依申请公开，拓宽公开渠道，回应社会关切。
@H2 | （一）提高政治站位，推进全面公开。2021年围绕乡党委、政府中心工作和群众关注的焦点，重点公开疫情防控、乡村振兴、民族团结等信息。
@H2 text=（二）加强组织领导，完善制度建设 | （二）加强组织领导，完善制度建设确定由乡长分管信息公开并对外公布，乡党政办具体负责，指定分管领导和经办人员，把任务分解到各分管领导。
@H2 | （三）加强平台建设，做好政府信息管理。落实保密审查，管好政府微信公众号，2021年在公众号公开信息130条，发放宣传册3000余份。
""",
    ),
    dict(
        name="fresh134_07_county_organisation_head_rural_party_building_speech",
        source="https://xiaomilidoc.com/p-10969211.html",
        doc_kind="speech", partial=True,
        title_override="细化措施强化责任 努力开创具有德钦特色的党建工作新局面",
        notes=["A county organisation-department head's speech at a rural-work meeting (May 2011) from a "
               "document-sharing site. Two title lines: the file's title '在区委农村工作会议上的讲话（终稿）' (区委 in the "
               "file title, 县 in the text: kept as written) and the speech's own title "
               "'细化措施强化责任 努力开创具有德钦特色的党建工作新局面', which the label takes. Below it the speaker "
               "line (the name dropped, the office kept with the PDF spacing 'XX 县') and the date stamp "
               "'（2011 年 5 月 13 日）', body lines; then the salutation '同志们：'.",
               "The page arrived as one run-together block: split at the visible boundaries. The page number '1' "
               "stands between the lead-in and 一、 in the source; it is kept glued to the end of the lead-in line.",
               "一、 reviews the first five months: achievements (requirements accepted, as the points of a speech); "
               "（一） is a run-in level-2 heading. The page ends inside （一）'s body, shortened."],
        units=[],
        text="""\
@T | 在区委农村工作会议上的讲话（终稿）
@T | 细化措施强化责任 努力开创具有德钦特色的党建工作新局面
中共 XX 县区委常委、组织部长
（2011 年 5 月 13 日）
同志们：
乡镇党委换届后，中央和省委决定在农村基层党组织和干部队伍中开展思想作风教育和后进村（社区）整顿建设；经县委同意召开这次专题会议，总结1-5月全县农村基层党建，部署下半年的工作和这两项活动。刚才各乡镇党委和部分村党总支作了交流，不少做法值得借鉴。
下面我先简要总结1-5月的农村基层党建，再就下半年工作和两项活动讲几点意见：1
@H1 sec=achievements alt=requirements | 一、坚持抓基层、打基础，全县农村基层党组织建设工作取得新成效
今年是建党90周年，也是州县乡三级党委换届之年；在县委领导下，我们推进创先争优，开展建党90周年纪念活动，完成乡镇党委换届，基层组织建设有序推进。
@H2 | （一）抓重点，乡镇党委换届选举工作圆满完成。按照中央、省委部署和州委要求，今年3月全县8个乡镇党委统一换届，县委把它作为一季度的重点工作。
""",
    ),
    dict(
        name="fresh134_08_township_poverty_gains_rural_revitalisation_summary",
        source="https://laobiganer.com/gongwen/40539.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's 2021 summary of consolidating poverty-alleviation gains and linking them with rural "
               "revitalisation, from a 公文 site. The title line is followed by the site's date stamp "
               "'更新时间：2023-02 来源：网友投稿' (kept, a body line) before the opening paragraph.",
               "The paywall line '---此处隐藏3607字，下载后查看---' is kept as debris, never labelled; the text after it "
               "resumes in the middle of a document name ('返贫动态监测集中大排查工作实施方案》开展…'), kept as the "
               "start of a body line. The masked 'xx镇', 'xx户', 'x户' are kept; the monitored resident's details "
               "were shortened.",
               "Sections: 一、基本概况 background, 二、2021年工作进展 achievements with （一） at level 2."],
        units=["防止返贫动态监测领导小组"],
        text="""\
@T | xx镇2021年度巩固拓展脱贫攻坚成果与乡村振兴有效衔接工作总结
更新时间：2023-02 来源：网友投稿
今年镇党委、政府在市委、市政府领导和市乡村振兴局指导下，落实巩固拓展脱贫攻坚成果同乡村振兴有效衔接的部署，抓推进、抓落实，工作成效明显，总结如下。
@H1 sec=background | 一、基本概况
xx镇在xx市西南部，地处三市（区）交界，两条高速穿境而过；下辖xx行政村、x个社区、x个林场。经多年帮扶和动态调整，全镇现有低收入人口xx户，在册监测户x户。
@H1 sec=achievements | 二、2021年工作进展
@H2 | （一）聚焦三保障和饮水安全，全力防止脱贫返贫
---此处隐藏3607字，下载后查看---
返贫动态监测集中大排查工作实施方案》开展集中排查，按“排、访、评”三步，对全镇农村人口的住房、教育、医疗、饮水、收入和就业变化逐户了解；网格员上报后，镇防止返贫动态监测领导小组再到村（场）、社区抽查研判，把一户因病陷入困难的独居居民新增为监测对象，纳入突发严重困难户。
""",
    ),
]
