# -*- coding: utf-8 -*-
"""The forty-seventh held-out fresh set: documents AS A WRITER WOULD PASTE THEM
FROM GOVERNMENT AND PUBLIC-INSTITUTION WEBSITES (gov.cn pages and mirrors of
them): the page furniture a writer copies along is kept (the page's headline
over the document, 来源/发布时间/浏览次数/点击率 lines, 字体/打印/关闭 links,
索引号/文号 tables flattened to lines, 下载 links, a breadcrumb, 归档时间, tab
labels, table-border debris), never labelled; the document's own title block
is kept (a 印发通知 wrapper with 文号, 主送 and issuer over the plan, a plan
alone, a report under its headline).  Genres: 工作要点, 实施办法 (implementation
schemes), 工作总结, 情况报告 / 年度报告.  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of an earlier set (list in /work/fresh47/_excl_norm.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Navigation above the headline was
  dropped except where noted (two breadcrumbs kept as debris).
- Heading, title and furniture lines keep the source's numbering, wording and
  punctuation; the store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and the source's masking are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH47_DOCS = [
    dict(
        name="fresh47_01_city_2023_government_openness_work_points",
        source="http://echinagov.com/policy/346701.htm",
        doc_kind="plan", partial=True, title_override="2023年新余市政务公开工作要点",
        notes=["A city government office's 工作要点 inside its issuing notice, from a policy mirror of the gov page. The "
               "stored text starts at the addressee: the notice title is not in it. Addressee, the one-sentence notice, the "
               "issuer line '新余市人民政府办公室', the date line and '（此件主动公开）' are body; the plan's own title "
               "'2023年新余市政务公开工作要点' is the only title line (README rule for a 印发通知 wrapper: the document's own "
               "title).",
               "一、总体要求 (guidance) holds （一）指导思想 (guidance) and （二）工作目标 (goals, guidance accepted); 二、紧扣经济发展"
               "大局深化公开 is a task area (goals, measures accepted) with （一） and a run-in '1.聚焦落实战略部署加强公开。…' at "
               "level 3. '到2023年底' in the goals body is a target date, not a phase. The page ends inside 1."],
        units=[],
        text="""\
各县（区）人民政府、管委会，市政府各部门、市直相关单位：
《2023年新余市政务公开工作要点》已经市政府同意，现予印发，请结合各自实际抓好落实。
新余市人民政府办公室
2023年8月7日
（此件主动公开）
@T | 2023年新余市政务公开工作要点
为把新余市政务公开工作引向深入，增强行政透明度和政府公信力，推动法治政府、服务型政府建设，特制定本要点。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想
以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和习近平总书记视察江西重要讲话精神，落实中央和省委、省政府部署，转变政务公开职能，做好政策发布解读和社会关切回应，统筹公开与安全保密，以公开促落实、助监督、强监管，助力建设社会主义现代化幸福城市。
@H2 sec=goals alt=guidance | （二）工作目标
围绕市委市政府年度重点任务和群众关切，推进政务公开标准化规范化，由重数量转向重质量和深度。到2023年底，市、县（区）两级工作机制趋于完善，公开事项标准目录管理更精细，政策文件全流程公开机制初步建成，依申请公开更规范，群众知晓度和满意度明显提高。
@H1 sec=goals alt=measures | 二、紧扣经济发展大局深化公开
@H2 | （一）加强重大战略实施信息公开
@H3 | 1.聚焦落实战略部署加强公开。围绕“工小美”战略，围绕建设新宜吉合作主阵地、大南昌都市圈产业
""",
    ),
    dict(
        name="fresh47_02_county_civil_affairs_2024_work_points",
        source="https://yyx.gov.cn/37584/38154/38157/38160/38177/38181/39952/content_2176499.html",
        doc_kind="plan", partial=True,
        notes=["A county civil-affairs bureau's 2024 work points on the county's open-government site. The stored text starts "
               "with the opening paragraph: no headline, no furniture and no title line, so title is null (a plan alone, as a "
               "writer pastes the body only).",
               "一、全面加强党的建设 is a task area (goals, measures accepted); its 1.–4. lines are run-in headings "
               "'1.推进全面从严治党。…' at level 2. The page ends inside 4."],
        units=[],
        text="""\
2024年全县民政工作要以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和二十届二中全会精神，学习习近平总书记关于民政工作的重要论述，落实中央和省、市、县委部署，坚持党的全面领导和以人民为中心，推进全面从严治党，增进民生福祉，深化改革创新，提升公共服务，为加快推进“四区”建设贡献民政力量。
@H1 sec=goals alt=measures | 一、全面加强党的建设
@H2 | 1.推进全面从严治党。落实“第一议题”和重大事项请示报告制度，严明政治纪律和政治规矩；在局系统开展解放思想大讨论，做好驻村帮扶，落实意识形态工作责任制并加强风险研判。
@H2 | 2.夯实机关党建基础。巩固支部“五化”建设，规范“三会一课”和领导干部双重组织生活，常态化开展“一月一课一片一实践”，推动党建与民政业务深度融合。
@H2 | 3.加强人才队伍建设。坚持党管干部，结合机构改革统筹调整干部配备，做好选拔任用和职级晋升，优化人才发展机制，组织党员干部参加培训。
@H2 | 4.加强干部作风建设。贯彻中央八项规定及其实施细则精神，整治形式主义、为基层减负，全面清理民政在基层的服务事项，治理文山会海、“指尖上的形式主义”、层层督查考核、
""",
    ),
    dict(
        name="fresh47_03_disability_aids_implementation_measures",
        source="http://law517.infoeach.com/view-NTE3fDEwNzA1NQ==.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="《残疾人辅助器具供应服务“十一五”实施方案》实施办法",
        notes=["A national disability-rehabilitation office's 实施办法 (an implementation scheme for a five-year 实施方案) inside "
               "its issuing notice, as a legal database shows it: the breadcrumb was dropped; the page headline (the notice "
               "title), the posting line '时间：… 来源： 法律资料网 作者：法律资料网 阅读：8313' and '下载地址： 点击此处下载' are "
               "kept. The page repeats the notice title three times (headline, above and below the issuer '中国残疾人联合会' line); "
               "all three and the measures' own title are title lines; the title is the document's own "
               "('《残疾人辅助器具供应服务“十一五”实施方案》实施办法', README rule for a 印发通知 wrapper).",
               "'中国残疾人联合会', the 文号 '全康办〔2007〕9号', the addressee, the notice sentence and the date line "
               "'二○○七年一月二十三日' are body. The posting date 2024-07-23 is the database's, not the document's.",
               "一、任务目标 (goals) holds three target statements, labelled items; the store spaces their numbering "
               "('1 . 组织供应…'), normalised to '1. ' so that the numbering reads as 1.; the figures keep the store's spacing "
               "('300 万件'). '（具体任务分配见附件 1 ）' is body. 二、主要措施 (measures) with （一）…; the page ends inside "
               "its body ('各级残疾人辅助器')."],
        units=[],
        text="""\
@T | 关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知
时间：2024-07-23 02:14:22 来源： 法律资料网 作者：法律资料网 阅读：8313
下载地址： 点击此处下载
@T | 关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知
中国残疾人联合会
@T | 关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知
全康办〔2007〕9号
各省、自治区、直辖市及计划单列市残疾人康复工作办公室，新疆生产建设兵团残联，黑龙江农垦总局残联：
为落实《残疾人辅助器具供应服务“十一五”实施方案》提出的任务，全国残疾人康复工作办公室制定了《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》，现印发给你们，请结合本地实际组织实施。
二○○七年一月二十三日
@T | 《残疾人辅助器具供应服务“十一五”实施方案》实施办法
“十五”期间，全国为残疾人减免费用装配普及型下肢假肢 7 万例，免费发放各类辅助器具 30 余万件，辅助器具服务体系初具规模，工作进入快速发展阶段。《中国残疾人事业“十一五”发展纲要》提出了更高要求，为完成《残疾人辅助器具供应服务“十一五”实施方案》的各项任务，特制定本办法。
@H1 sec=goals | 一、任务目标
@I2 | 1. 组织供应各类辅助器具 300 万件，其中为贫困残疾人免费发放 30 万件。
@I2 | 2. 装配 7 万例普及型下肢假肢、 1 万例功能补偿型矫形器。
@I2 | 3. 完善辅助器具服务网络，提高服务水平。
（具体任务分配见附件 1 ）
@H1 sec=measures | 二、主要措施
@H2 | （一）建立和完善服务体系，全面、系统开展服务
各级残疾人辅助器
""",
    ),
    dict(
        name="fresh47_04_city_economic_census_implementation_measures",
        source="http://tjj.shiyan.gov.cn/tjjxxgk/sfgwgkml/gzdt/202312/t20231214_4369461.shtml",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True, title_override="十堰市第五次全国经济普查实施办法",
        notes=["A city census office's 实施办法 (implementation scheme for the fifth economic census) inside its issuing notice, "
               "on the city statistics bureau's open-government page. The page headline (the notice title) and the measures' "
               "own title are title lines; the title is the document's own ('十堰市第五次全国经济普查实施办法', README rule for a "
               "印发通知 wrapper).",
               "The 索引号 / 主题分类 / 发文日期 / 发布机构 / 文号 table is flattened one cell per line as the store has it "
               "(ten lines, e.g. '011080691/2023-70749', '2023年09月03日 16:25:00', '十经普办文〔2023〕9号'); these, the "
               "addressee, the notice sentence, the issuer and the date '2023年8月30日' are body, never headings.",
               "Only 一、普查目的 is visible: goals (background and guidance accepted: a 目的 section). The page ends inside its "
               "body ('通过普查进一步夯实')."],
        units=[],
        text="""\
@T | 十堰市人民政府第五次全国经济普查领导小组办公室关于印发《十堰市第五次全国经济普查实施办法》的通知
索引号
011080691/2023-70749
主题分类
统计
发文日期
2023年09月03日 16:25:00
发布机构
十堰市人民政府第五次全国经济普查领导小组办公室
文号
十经普办文〔2023〕9号
各县（市、区）人民政府第五次全国经济普查领导小组办公室，十堰经济技术开发区、武当山旅游经济特区管委会第五次全国经济普查领导小组办公室，市人民政府第五次全国经济普查领导小组办公室各成员单位：
现将《十堰市第五次全国经济普查实施办法》印发给你们，请结合实际抓好贯彻落实。
十堰市人民政府第五次全国经济普查领导小组办公室
2023年8月30日
@T | 十堰市第五次全国经济普查实施办法
依据《中华人民共和国统计法》《全国经济普查条例》、国务院通知（国发〔2022〕22 号）、省政府通知（鄂政发〔2023〕5号）、市政府通知（十政发〔2023〕6号）和《第五次全国经济普查方案》，结合我市实际，制定本办法。
@H1 sec=goals alt=background,guidance | 一、普查目的
本次普查同步开展投入产出调查，全面查清我市第二、第三产业的规模、布局和效益，摸清各类单位基本情况和行业间经济联系，反映高质量发展、现代化经济体系、创新驱动和区域协调发展的新进展。通过普查进一步夯实
""",
    ),
    dict(
        name="fresh47_05_town_2024_government_openness_summary",
        source="https://bzqc.gov.cn/XxgkContent/show/2738439.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True, title_override="2024年政府信息公开工作总结",
        notes=["A town government's 2024 openness summary on the district's open-government pages. The site name and the "
               "breadcrumb were dropped; the 索引号 table (four lines of key–value pairs, '名称：五马镇2024年政务公开总结 文号：' "
               "among them) is kept as the page shows it first (the page repeats it one field per line; the repeat was "
               "dropped), then the page headline '五马镇2024年政务公开总结', the line '发布时间：… 信息来源：谯城区五马镇 "
               "浏览次数： 字体：[ ]', then the document's own title '2024 年政府信息公开工作总结' (PDF-like space kept).",
               "Both the headline and the document's title are title lines; the title is the document's own. The 索引号 lines "
               "and the posting line are unlabelled debris.",
               "一、工作开展情况 (achievements) holds two 'label：body' headings '1. 主动公开信息：…' (numbering '1.' followed by a "
               "space), 二、存在问题 (problems), 三、下一步工作计划 (next_steps). The page ends inside 三、 ('…业务培训，')."],
        units=[],
        text="""\
索引号：11341602003166276W/202412-00035 组配分类：工作推进
发布机构：谯城区五马镇 主题分类：综合政务 / 公民
名称：五马镇2024年政务公开总结 文号：
发文日期：2024-12-19 发布日期：2024-12-19
@T | 五马镇2024年政务公开总结
发布时间：2024-12-19 15:54 信息来源：谯城区五马镇 浏览次数： 字体：[ ]
@T | 2024 年政府信息公开工作总结
2024 年，五马镇人民政府在上级指导下落实政府信息公开各项要求，扎实推进公开工作，政府工作透明度和公信力有所提升，群众的知情权、参与权和监督权得到保障。
@H1 sec=achievements | 一、工作开展情况
@H2 | 1. 主动公开信息：依托镇政府网站、政务新媒体和公告栏等渠道，及时发布政策文件、工作动态、财政预决算、民生实事进展和重大项目建设等信息，保证更新及时、内容准确。
@H2 | 2. 平台建设与管理：优化镇政府网站信息公开专栏的分类目录，方便群众查询；加强政务新媒体账号运维，定期发布信息并与群众互动，政民沟通效果增强。
@H1 sec=problems | 二、存在问题
个别信息公开不够及时；部分内容简单、形式单一，政策解读深度不足；信息公开工作人员变动频繁，对公开范围和标准把握不准，影响工作效率和质量。
@H1 sec=next_steps | 三、下一步工作计划
加强对信息公开工作人员的业务培训，
""",
    ),
    dict(
        name="fresh47_06_township_2024_information_disclosure_annual_report",
        source="https://www.dongzhi.gov.cn/Xxgknb/show/5166.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township government's 2024 annual report on information disclosure, on the county's site. '返回首页' was "
               "dropped; the breadcrumb '您现在所在的位置：网站首页 > 政府信息公开年度工作报告 > 木塔乡人民政府2024年政府信息公开"
               "工作年度报告' is kept as debris (it ends with the title's wording but is not a title line), then the headline "
               "(the title line), the line '来源：木塔乡人民政府 发布时间： 2025-01-20 10:00' and '[字体：]'.",
               "The damaged date '20241月1日' is kept in the opening. 一、总体情况 (achievements, background accepted) holds "
               "（一）主动公开, （二）依申请公开, （三）政府信息管理 (level 2, bare headings with bodies below). The page ends "
               "inside （三） ('严格落')."],
        units=[],
        text="""\
您现在所在的位置：网站首页 > 政府信息公开年度工作报告 > 木塔乡人民政府2024年政府信息公开工作年度报告
@T | 木塔乡人民政府2024年政府信息公开工作年度报告
来源：木塔乡人民政府 发布时间： 2025-01-20 10:00
[字体：]
本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号文件要求，结合木塔乡人民政府2024年政府信息公开工作编制，数据统计期限为20241月1日至12月31日。如有疑问，请与木塔乡党政办联系（地址：东至县木塔乡人民政府G206北100米，电话：0566-3320228，邮编：247272）。
@H1 sec=achievements alt=background | 一、总体情况
@H2 | （一）主动公开
2024年，我乡坚持以公开为常态、不公开为例外，强化组织领导和监督指导。全年通过政府网站发布信息731条，点击量97269次，其中基层政务公开“两化”领域343条，决策公开、政策解读、回应关切、监督保障共35条；办结部门信箱留言1条；举办“惠民惠农政策暖人心”在线访谈1场。
@H2 | （二）依申请公开
我乡完善了申请登记、审核、办理、答复和归档制度，依法按时答复并规范答复格式。2024年未收到政府信息公开申请，未发生行政复议和行政诉讼。
@H2 | （三）政府信息管理
我乡规范信息的收集、整理和审核流程，保证政策文件、民生项目和财政收支等信息准确无误。严格落
""",
    ),
    dict(
        name="fresh47_07_city_annual_report_publication_status_report",
        source="http://www.shishi.gov.cn/zwgk/ztzl/lhzt/gzjz/202402/t20240227_3008186.htm",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A city's report on how its units published their 2023 annual reports (a 情况报告), on the city's government-"
               "affairs pages: headline (title line) and '发布时间： 2024-02-05 11:25:00' (debris), then the opening that ends "
               "'现将…公布情况报告如下：'.",
               "The three points are numbered statements run in with their bodies ('一、我市应公布年度报告单位37个，按时公布率"
               "100%。名单为：…'); they are the report's only structure and are labelled as level-1 headings (text cut at the "
               "first 。), kind achievements (other accepted). The long list of 37 units was shortened to a few names and "
               "counts; the listed units are the units that had to publish, not lead units, so units is empty.",
               "'2024年1月31日前' is a deadline inside a statement, not a phase. The page ends inside 三、 ('…年度报告，')."],
        units=[],
        text="""\
@T | 石狮市2023年政府信息公开工作年度报告公布情况
发布时间： 2024-02-05 11:25:00
按照《中华人民共和国政府信息公开工作年度报告格式》的要求，我市组织各政府信息公开责任单位编制并发布了2023年度政府信息公开工作年度报告，现将公布情况报告如下：
@H1 sec=achievements alt=other | 一、我市应公布年度报告单位37个，按时公布率100%。名单为：石狮市人民政府办公室（含市政府和市政府办公室年度报告各1份）、石狮市人力资源和社会保障局、石狮市民政局、石狮市审计局等27个市直部门和单位，凤里、湖滨2个街道办事处，灵秀、宝盖、蚶江、永宁、祥芝、鸿山、锦尚7个镇人民政府，以及石狮高新技术产业开发区管委会。
@H1 sec=achievements alt=other | 二、37个单位均于2024年1月31日前完成年度报告的公布工作。各单位在市政府门户网站“政府信息公开专栏”的指定位置发布，并统一链接到“政府信息公开年度报告”栏目；未按时公布的单位为0个。
@H1 sec=achievements alt=other | 三、我市已按要求逐级汇总37个单位的年度报告，
""",
    ),
    dict(
        name="fresh47_08_county_housing_bureau_performance_evaluation_report",
        source="http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="南县住房和城乡建设局2018年度整体支出绩效评价报告",
        notes=["A county housing and urban-rural development bureau's self-evaluation report on its 2018 overall spending, on "
               "the county's open-government pages. Kept as pasted: '归档时间：2023-06-15', the breadcrumb '当前位置： 首页 > "
               "公开领域 > 城乡规划', the headline with the page's space ('…2018年度整体支出 绩效评价报告'), the tab labels "
               "'详细信息' and '公开具体内容', then the document's title over two lines.",
               "Title lines: the headline and the two lines of the document's own title; title is the document's own, "
               "joined. The 归档时间 line, the breadcrumb and the tab labels are debris.",
               "The opening cites four document numbers with 【】 brackets (湘政发【2012】33号 …), kept. 一、部门概况 "
               "(background) holds the 'label：body' heading '1、组织机构设置及人员情况：…' at level 2; the list of 21 股室 and 8 "
               "二级单位 was shortened. The page ends inside it ('差额')."],
        units=[],
        text="""\
归档时间：2023-06-15
当前位置： 首页 > 公开领域 > 城乡规划
@T | 南县住房和城乡建设局2018年度整体支出 绩效评价报告
详细信息
公开具体内容
@T | 南县住房和城乡建设局2018年度整体支出
@T | 绩效评价报告
为检验预算编制的科学性和规范性，强化预算支出责任、用好财政资金，并为以后年度预算安排和绩效考核提供依据，我局依据《中华人民共和国预算法》、湘政发【2012】33号、湘财绩【2015】15号、南政发【2014】7号和南财绩【2019】7号等文件，对2018年度预算绩效进行了自我评价。具体情况报告如下：
@H1 sec=background | 一、部门概况
@H2 | 1、组织机构设置及人员情况：南县住房和城乡建设局为正科级行政单位，内设办公室、人事股、财计股、法规股等21个股室和直属单位，另设机关党支部、纪检监察室；下辖自来水公司、环境卫生管理处、路灯管理所等8个二级单位。全局在职人员246人，离退休人员85人；行政事业总编制249个，其中行政编13个、全额事业编45个、差额
""",
    ),
    dict(
        name="fresh47_09_county_2024_rule_of_law_work_report",
        source="http://www.foping.gov.cn/fpxzf/fzzf/202601/a4a18e25fd9248b6910d211b1f034c49.shtml",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county's report on its 2024 rule-of-law work ('现将工作情况报告如下：'), on the county's site. The stored text "
               "starts with the opening paragraph: no headline, no furniture, no title line (title null). The body names "
               "other documents in book-title marks ('《中共佛坪县委全面依法治县委员会2024年工作要点》'), which are not the "
               "document's title.",
               "一、工作开展情况 (achievements) holds the run-in heading '（一）加强组织领导，完善依法治县工作机制。…', whose line "
               "carries four unnumbered run-in labels ('健全领导体制。', '制定工作措施。', '抓好“关键少数”。', '压实法治责任。') "
               "in the middle of the paragraph, as on the page: not labelled. The page ends inside （一）."],
        units=["县委全面依法治县委员会暨平安建设领导小组"],
        text="""\
2024年，我县以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和二十届二中、三中全会精神及习近平法治思想，落实中央和省、市法治建设部署，提升县域治理体系和治理能力现代化水平，为经济社会高质量发展营造了良好法治环境。现将工作情况报告如下：
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）加强组织领导，完善依法治县工作机制。健全领导体制。机构改革后重新组建县委全面依法治县委员会暨平安建设领导小组，县委书记任主任、县长任第一副主任，下设办公室统筹日常工作，全年召开委员会会议2次。制定工作措施。印发《中共佛坪县委全面依法治县委员会2024年工作要点》《佛坪县2024年法治政府建设工作要点》，明确目标任务和责任分工。抓好“关键少数”。把习近平法治思想列入党委（党组）理论学习中心组和县委党校重点内容，制定领导干部应知应会法律法规清单，举办专题培训班2场次、培训领导干部150人次。压实法治责任。制定党政主要负责人履行法治建设第一责任人职责清单，落实书记述法点评制度，选取7个镇（街道）和3个执法部门现场述法，其他部门报送书
""",
    ),
    dict(
        name="fresh47_10_city_2015_information_disclosure_annual_report",
        source="http://kanqiu123.com/public/6608171/6554521.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A city's 2015 annual report on government information disclosure, as a mirror of the city's page shows it: "
               "headline (title line), then the furniture lines '浏览次数：发布时间：2016-03-25 00:00' and '字号： 下载 我要纠错 "
               "打印 收藏' (debris).",
               "The mirror injects spam words into the text ('比分直播，篮球比分直播' in place of '关于' inside a document name); "
               "one occurrence is kept in the opening where the page has it, as site debris inside a line (never labelled).",
               "一、概述 (achievements, background accepted); the store lost the break after '（一）切实加强组织领导': the heading "
               "runs straight into its body ('…组织领导2015年，市政府把…'), so its text is set by hand. The mayor's name was "
               "dropped. The page ends inside （一）."],
        units=[],
        text="""\
@T | 六安市2015年政府信息公开工作年度报告
浏览次数：发布时间：2016-03-25 00:00
字号： 下载 我要纠错 打印 收藏
本年度报告依据《中华人民共和国政府信息公开条例》、《国务院办公厅比分直播，篮球比分直播印发2015年政府信息公开工作要点的通知》（国办发〔2015〕22号）和省政府办公厅《要点》（皖政办〔2015〕23号）的要求，在汇总各县区政府、市直各部门和直属机构年度报告及网上统计数据的基础上编制，统计期限为2015年1月1日至12月31日。如有疑问，请与六安市政府信息公开办联系（地址：六安市行政中心7号楼406室，电话：0564--3374099，邮编：237000）。
@H1 sec=achievements alt=background | 一、概述
2015年，我市在省委、省政府领导和省政府信息公开办指导下，以党的十八大和十八届三中、四中、五中全会精神为指导，围绕《要点》要求加强组织领导、完善工作制度，政府信息公开工作取得明显成效。
@H2 text=（一）切实加强组织领导 | （一）切实加强组织领导2015年，市政府把“公开透明”作为政府工作的基本方法，加强对信息公开工作的领导。1月6日，市长听取汇报并签发2014年度政府信息公开自评总结
""",
    ),
    dict(
        name="fresh47_11_township_2023_information_disclosure_annual_report",
        source="https://www.ynzk.gov.cn/info/1039/108122.htm",
        doc_kind="report", doc_kind_alt=["summary"], partial=True, title_override="木场乡人民政府2023年度政府信息公开工作年度报告",
        notes=["A township government's 2023 annual report on information disclosure, on the county's site, whose layout "
               "table leaks into the copied text: the headline ends with a cell separator ('…年度报告 |', title line; the "
               "title is without the '|'), the posting line '来源：镇康县木场乡人民政府 作者： 时间：2024-01-16 点击率：【 打印 "
               "】【 关闭 】 |' and a line holding only '|' are debris. Two lines consisting only of hundreds of '|' were "
               "dropped.",
               "The store ran the whole first section into one paragraph: '一、总体情况' keeps its body after a space on the "
               "same line as the page has it (text set by hand); the line was split before '（一）主动公开情况。…', a run-in "
               "level-2 heading. The page ends inside （一） ('…及时发布各项政府信')."],
        units=[],
        text="""\
@T | 木场乡人民政府2023年度政府信息公开工作年度报告 |
来源：镇康县木场乡人民政府 作者： 时间：2024-01-16 点击率：【 打印 】【 关闭 】 |
|
@H1 sec=achievements alt=background text=一、总体情况 | 一、总体情况 按照《临沧市人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》（临政办字〔2024〕3号）的要求，为全面反映政府信息公开情况、改进公开工作，现公布木场乡2023年度政府信息公开工作情况，数据统计期限为2023年1月1日——2023年12月31日。
@H2 | （一）主动公开情况。为让群众第一时间了解政府的政策和发展方向，木场乡线上线下结合，通过镇康县人民政府门户网站、政府公示栏、宣传板和“木场乡”七彩云端账号等渠道及时发布各项政府信
""",
    ),
    dict(
        name="fresh47_12_town_2021_government_work_report",
        source="http://yishui.gov.cn/info/37828/275387.htm",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True, title_override="政府工作报告",
        notes=["A town's government work report to its people's congress, on the county's open-government pages. Pasted "
               "with the page headline '沙沟镇2021年政府工作报告' and the 索引号 table flattened to four lines with the store's "
               "cell separators ('索 引 号： | yishuisgz2761108/2021-0000066 | 主 题 词： | …', '标 题： | 沙沟镇2021年政府工作报告 |'); "
               "the table lines are debris even where they repeat the title.",
               "The document's own title block: the letter-spaced title '政 府 工 作 报 告' and the delivery line "
               "'——2021年2月27日在沙沟镇第十六届人民代表大会' / '第六次会议上' (broken over two lines as on the page). The headline, "
               "the spaced title and the two delivery lines are title lines; the title is the document's own, '政府工作报告' "
               "(README rule: a site's title and the document's own -> the document's own). The speaker line keeps the office "
               "('沙沟镇镇长'), the name was dropped; it and the salutation '各位代表：' are body.",
               "'2020年工作回顾' is an unnumbered level-1 heading (achievements). The paragraph that follows the overview opens "
               "with a run-in sentence heading '这一年，我们众志成城、共克时艰，高点站位抓“早”字，疫情防控全员应战。…' "
               "(level 2, the report's sub-sections all open '这一年，我们…'); the run-in labels inside it ('全员参与，确保组织"
               "领导到位。', '广泛宣传，确保群众认识到位。') are in the middle of the line and not labelled. The page ends inside "
               "that paragraph ('《致全县人民的一')."],
        units=[],
        text="""\
@T | 沙沟镇2021年政府工作报告
索 引 号： | yishuisgz2761108/2021-0000066 | 主 题 词： | 政务公开 | 公开方式： | 主动公开 |
文 号： | 发布机构： | 沂水县沙沟镇 | 发布日期： | 2021-02-27 | |
浏览次数： | 有 效 性： | 成文日期： | 2021-02-27 | ||
标 题： | 沙沟镇2021年政府工作报告 |
@T | 政 府 工 作 报 告
@T | ——2021年2月27日在沙沟镇第十六届人民代表大会
@T | 第六次会议上
沙沟镇镇长
各位代表：
现在，我代表镇政府向大会报告工作，请各位代表审议，并请列席同志提出意见。
@H1 sec=achievements | 2020年工作回顾
2020年极不平凡。面对突如其来的新冠肺炎疫情和加大的经济下行压力，全镇落实中央部署和省、市、县委要求，统筹疫情防控和经济社会发展，以“125”工程为抓手，落实全县“重点工作攻坚年”“重大项目突破年”要求，取得疫情防控和经济社会发展双胜利。全年地方财政收入2496万元，完成任务的117.46%，同比增长28.7%；规模以上企业生产总值11.14亿元，同比增长33.7%；固定资产投资3.95亿元，同比增长11.4%。
@H2 | 这一年，我们众志成城、共克时艰，高点站位抓“早”字，疫情防控全员应战。坚持人民至上、生命至上，迅速打响疫情防控人民战争、总体战、阻击战，全镇实现“零感染”“零死亡”。全员参与，确保组织领导到位。由镇党委书记和镇长任组长成立领导小组、组建专门队伍，落实值班值守、巡查巡防和群众举报等制度。广泛宣传，确保群众认识到位。组织各村入户发放《新型冠状病毒肺炎防控知识明白纸》和《致全县人民的一
""",
    ),
]
