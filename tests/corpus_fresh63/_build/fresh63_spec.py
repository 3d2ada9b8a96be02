# -*- coding: utf-8 -*-
"""The sixty-third held-out fresh set: TITLE BLOCKS as writers and sites leave
them.  Plans, schemes, activity plans, 工作要点, a summary and a report pasted
from government, school and 范文 sites together with what sits above and
around the document's own title: breadcrumbs, page titles, date / source /
hit-count lines, metadata tables (索引号, 发布机构, 文号, 标 题：), issuing
notices (关于印发/转发……的通知) with their 主送, signature and date, a
document number above the title, a site's advert line, a slogan main title
over the document title, a title broken over four PDF lines, a title with
its date or years in brackets, a title glued to '（此件主动公开）', and a
site title repeated between a heading and its body.
Found as stored public web pages with the `search` tool's `pages` corpus.
None of the source pages is a source of an earlier set (see
/work/fresh63/used_sources.tsv and _build/notes_queries.txt).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site header and navigation above the
  breadcrumb were dropped; breadcrumbs, page titles, date / source /
  metadata lines, an advert line and paywall lines were KEPT as pasted and
  are never labelled.
- Heading, title and site lines keep the source's numbering, wording and
  spacing.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers, quoted slogans and the
  masking found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH63_DOCS = [
    dict(
        name="fresh63_01_middle_school_moral_education_scheme",
        source="http://fjptsz.com/news-7477.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="以德树人以爱育人莆田第十中学德育工作方案",
        notes=["A middle school's moral-education scheme (莆田第十中学) from the school's own site. The site header "
               "('莆田第十中学 欢迎您!', '今天是:') was dropped; the breadcrumb, the page title and the bracketed "
               "font / date / author / hit-count line are kept as pasted and never labelled.",
               "Title block: the page title '以德树人 以爱育人 莆田第十中学德育工作方案' on one line, then the document's "
               "own title broken over two lines, a slogan main title '以德树人  以爱育人' (two spaces, as the page has "
               "it) over '莆田第十中学德育工作方案'. All three are title lines; the title is the two-line title joined "
               "(the same words as the page title).",
               "一、背景分析 is background; 二、办学理念 is the school's guiding philosophy, guidance (other accepted). "
               "The page ends inside 二、 ('…提高德育工作的实效性、')."],
        units=[],
        text="""\
当前位置： > 德育大观 > 德育概况
@T | 以德树人 以爱育人 莆田第十中学德育工作方案
【字体：[大][中][小] 】【发布时间：2021-07-26】 【作者：管理员/来源： 本站】 【阅读：次】【关闭窗口】
@T | 以德树人  以爱育人
@T | 莆田第十中学德育工作方案
@H1 sec=background | 一、背景分析
习近平总书记同北京师范大学师生代表座谈时指出：“爱是教育的灵魂，没有爱就没有教育”。教育关乎民族振兴，寄托着千家万户的希望，是精神与精神、人格与人格之间的对话，需要把爱融进每个细节，浸润每个学生的心灵。
学校把立德树人作为根本任务，坚持“以智慧启迪智慧，以人格塑造人格”的德育理念，以“以爱育人”为主体、养成教育为基础、活动为载体、校园文化建设为主旋律，突出重点，力求形成良好的班风、学风和校风。
@H1 sec=guidance alt=other | 二、办学理念
学校秉承“开启心智，塑造人格，让每一位学生都得到自主发展”的办学理念，以“彰显办学特色，让教师成名，让学生成功”为办学目标，围绕省示范性普通高中建设评估，坚持“以生为本”，注重德育活动的组织实施，完善育人体系，提高德育工作的实效性、
""",
    ),
    dict(
        name="fresh63_02_national_security_education_day_activity_plan",
        source="https://m.stra.cn/wenku/cgds/3XWO1o2WXG",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city education bureau's activity plan for 全民国家安全教育日 (year and edition masked '20x年', '第x个'), "
               "as a 范文 site shows it: the site's position line above the title and a date-and-source line under it "
               "('2020-01-22 来源：星星旅游', the site's own wording) are kept and never labelled; so is the site's "
               "closing line '因篇幅问题不能全部显示，请点此查看更多更全内容'.",
               "一、活动时间 holds the overall activity period '20x年4月13日至4月18日' (optional phase); kind phases "
               "(other accepted). Under 二、活动内容 '（一）“国家安全知识进校园”活动。' is a short title over two "
               "numbered tasks (items); '（二）…' and '（三）…' are run-in task sentences, labelled headings at the same "
               "level. Under 三、工作要求 three run-in requirement headings.",
               "'4月15日' inside item 1 and the reporting deadline '4月18日前' are not phases. The report goes to "
               "'市教育局思政科', listed as the organising unit."],
        units=["市教育局思政科"],
        extra_phases=[dict(name="活动时间", start_text="20x年4月13日", end_text="4月18日", at="20x年4月13日至4月18日")],
        text="""\
您的当前位置：首页正文
@T | 全民国家安全教育日活动方案
2020-01-22 来源：星星旅游
20x年4月15日是第x个全民国家安全教育日。为激发全市中小学生的爱国热情和维护国家安全的责任感、使命感，请各单位结合实际开展国家安全教育宣传，现将有关事项通知如下。
@H1 sec=phases alt=other | 一、活动时间
20x年4月13日至4月18日。
@H1 sec=goals alt=measures | 二、活动内容
@H2 | （一）“国家安全知识进校园”活动。
@I3 | 1、4月15日，各单位在门户网站和新媒体平台转发中央及本省主流媒体有关全民国家安全教育的报道和知识。
@I3 | 2、学校利用校园广播、校园网、横幅标语、电子显示屏等开展宣传，让师生了解国家安全基本知识。
@H2 | （二）结合“七五”普法活动，开展《中华人民共和国宪法》、《中华人民共和国国家安全法》、《中华人民共和国反间谍法》等法律法规的宣传教育。重点讲清政治、国土、军事、文化、科技等领域的国家安全知识，以及公民和组织的权利义务。
@H2 | （三）采取专题讲座、主题班队会等师生喜闻乐见的方式，开展各类主题宣传教育活动。
@H1 sec=requirements | 三、工作要求
@H2 | （一）提高认识，高度重视。在青少年中开展国家安全教育是教育系统的重要职责，各单位要稳妥扎实地组织活动，讲求实效。
@H2 | （二）遵守保密纪律。宣传中凡涉及国家安全机关工作、先进典型和危害国家安全案例的，要严防泄密。
@H2 | （三）做好工作总结。各单位须于4月18日前把活动开展情况报送市教育局思政科
因篇幅问题不能全部显示，请点此查看更多更全内容
""",
    ),
    dict(
        name="fresh63_03_primary_young_pioneers_spring_plan",
        source="https://t7t8.net/gongzuojihua/942491.html",
        doc_kind="plan", partial=True,
        title_override="2024年少先队大队部春季工作计划安排",
        notes=["The first sample of a 范文 collection page: a school's Young Pioneers brigade spring-term plan. Kept as "
               "pasted and never labelled: the breadcrumb (which ends in the page title) and the update / hits / source "
               "line. The page title is an SEO title joining two titles ('2024年少先队大队部春季工作计划安排 "
               "2021年少先大队工作计划'); the sample line '2024年少先队大队部春季工作计划安排 篇1' carries a sample "
               "number. Both are title lines; the title is the first of the page's two titles, without '篇1' (the "
               "sample has no title of its own).",
               "Headings end with '：'. Under 二、工作要点 three （一）（二）（三） task areas (headings, goals with "
               "measures accepted) hold numbered tasks, labelled items. 三、主要活动安排 is a month-by-month schedule: "
               "'二月份：' is an unnumbered label heading and a phase starting '二月份' (no end); its numbered tasks are "
               "items. The page ends inside item 7 ('做好')."],
        units=[],
        text="""\
您当前的位置：t7t8网 >  范文大全 >  工作计划 >2024年少先队大队部春季工作计划安排 2021年少先大队工作计划
@T | 2024年少先队大队部春季工作计划安排 2021年少先大队工作计划
更新时间：2024-03-16 22:45:15 点击： 来源：yutu
@T | 2024年少先队大队部春季工作计划安排 篇1
@H1 sec=guidance alt=goals | 一、指导思想与工作目标：
本学期我校少先队工作紧扣时代脉搏，重点抓好少先队活动课程的实施，围绕“红领巾相约中国梦”主题和培养“三自”少年的要求，开展丰富多彩的教育活动，完成少先队工作的根本任务。
@H1 sec=goals alt=measures | 二、工作要点：
@H2 | （一）加强德育工作，强化学生的养成教育。
@I3 | 1、利用每周一升旗仪式和国旗下讲话，对全体队员进行思想品德教育。
@I3 | 2、抓好队员的养成教育，训练良好的行为习惯，教队员学会做人。
@I3 | 3、以弘扬和培育爱国主义、集体主义为核心，强化“十荣十耻”教育，引导学生树立正确的荣辱观。
@H2 | （二）加强少先队的组织建设和阵地建设，充分发挥少先队的职能作用。
@I3 | 1、加强红领巾监督岗的检查监督。
@I3 | 2、办好校宣传栏和年级组“我能行”、“你真棒”、中队板报等阵地，黑板报与小报本学期起逐月交替，每月一个主题并及时评比总结。
@I3 | 3、抓好校鼓号队的训练。
@H2 | （三）切准时代脉搏，结合队员实际，开展丰富多彩的少先队活动。
@I3 | 1、落实好每周五下午第三节的少先队活动课。
@I3 | 2、三、五年级开展片级中队主题观摩活动。
@H1 sec=phases alt=goals | 三、主要活动安排：
@H2 phase=二月份;二月份; | 二月份：
@I3 | 1、举行升旗仪式暨开学典礼。
@I3 | 2、制订好新学期大中队计划。
@I3 | 3、做好学生寒假生活总结。
@I3 | 4、队干部培训。
@I3 | 5、红领巾监督岗开始工作。
@I3 | 6、下发队课学习资料，探讨每周一节的少先队活动课。
@I3 | 7、做好
""",
    ),
    dict(
        name="fresh63_04_city_health_family_planning_2016_summary",
        source="https://www.sx.gov.cn/art/2017/4/11/art_1229354888_59085156.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="2016年绍兴市卫生计生工作总结",
        notes=["A city health and family-planning commission's 2016 work summary (绍兴), published inside its issuing "
               "notice, which sends the summary and the 2017 工作要点 together. The notice title keeps the page's "
               "trailing ' |' (a table-cell separator pasted along). Addressee, notice sentence, signature and date are "
               "body lines. The notice title and the summary's own title are title lines; the title is the summary's.",
               "一、突出两个主题，深化医改促发展 is an achievements section; '1.深化公立医院改革。…' is a run-in heading "
               "whose paragraph carries 一是/二是/三是 points inside it (not labelled). The page ends inside that "
               "paragraph ('…停止门诊静脉输注抗')."],
        units=[],
        text="""\
@T | 绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知 |
各区、县（市）卫生计生局、各直属医疗卫生计生单位、各处室：
《2016年绍兴市卫生计生工作总结》和《2017年绍兴市卫生计生工作要点》已经委主任办公会议通过，现予以下发，请贯彻执行。
绍兴市卫生计生委
2017年2月22日
@T | 2016年绍兴市卫生计生工作总结
2016年全市卫生计生工作贯彻党的十八届四中、五中、六中全会精神，以“健康绍兴”建设为引领，编制“十三五”发展规划，深化医药卫生体制改革，优化计划生育服务管理，强化公共卫生保障，提升医疗质量和服务水平，为建设健康绍兴打下了基础。
@H1 sec=achievements | 一、突出两个主题，深化医改促发展
@H2 | 1.深化公立医院改革。一是完善公立医院绩效考核，调整成本控制、费用控制、分级诊疗等指标；在国务院医改办2015年度公立医院综合改革效果评价中，我市得分居全省地市第一，柯桥区居全省区县市第一。二是完善公立医院管理机制，实施员额制，推进药品器械集中采购，全市降低药品采购成本1.1亿元左右，平均降幅5.6%，新增检验试剂等8大类器耗材纳入全省阳光采购。三是推进“医疗质量安全年”活动，组织各级各类质控检查40余次，260余项问题隐患限期整改；加强抗菌药物临床应用管理，三级医院6月1日起全面停止门诊静脉输注抗
""",
    ),
    dict(
        name="fresh63_05_national_science_day_activity_plan",
        source="http://www.6dgww.com/Article/15610516.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The national 全国科普日 activity arrangement (year masked '20**'), as a paid 公文 site shows it: the "
               "site's advert line above the title is kept and never labelled; the title carries a date in brackets "
               "added by the site ('20**年科普活动方案（2021年10月4日）'), kept in the title as the line shows it; the "
               "document number '科协发普字〔20**〕14号' under the title is a body line.",
               "一、时间和主题 gives the theme and the overall period '9月19-25日' (optional phase; start '9月19', end "
               "'25日' as written); kind other (theme) with phases accepted. The theme sentence keeps the page's stray "
               "'。' ('主题为。决胜全面小康，践行科技为民。'). 二、活动内容 holds four run-in headings （一）…（四）.",
               "Units: the organisers the text names (中国科协 with the central departments). The page ends inside （四）."],
        units=["中国科协", "中央宣传部", "教育部", "科技部", "水利部", "农业农村部", "国家卫生健康委", "应急管理部"],
        extra_phases=[dict(name="全国科普日", start_text="9月19", end_text="25日", at="9月19-25日")],
        text="""\
公文高手，超级方便的公文写作神器！ 立即了解
@T | 20**年科普活动方案（2021年10月4日）
科协发普字〔20**〕14号
20**年是全面建成小康社会和打赢脱贫攻坚战的决胜之年。为弘扬科学精神、普及科学知识，展现科技进步对全面小康和美好生活的作用，推进平战结合的科普工作机制，中国科协联合中央宣传部、教育部、科技部、水利部、农业农村部、国家卫生健康委、应急管理部等有关单位共同组织开展20**年全国科普日活动。
@H1 sec=other alt=phases | 一、时间和主题
20**年全国科普日主题为。决胜全面小康，践行科技为民。定于9月19-25日在全国各地集中开展；各地各部门可结合实际拟定副主题，主题宣传贯穿全年。
@H1 sec=goals alt=measures | 二、活动内容
@H2 | （一）弘扬科学精神，展现科学价值。着力传播问题导向、实事求是、求真务实的科学思想和方法，引导公众提高科学思维能力。
@H2 | （二）助力疫情防控，推动健康科普。结合疫情防控，帮助公众掌握卫生健康知识，增强防控意识。
@H2 | （三）聚焦脱贫攻坚，决胜全面小康。为全面小康和脱贫攻坚提供精准的科技科普服务，让公众感受到科技进步带来的获得感。
@H2 | （四）加强科技志愿，彰显科技为民。把科技志愿服务“智惠行动”融入科普日活动，调动科技和科普工作者广泛开展志愿服务，
""",
    ),
    dict(
        name="fresh63_06_national_science_literacy_2018_work_points",
        source="https://mekofs.com/html/n200576..n200576n200990c57982063content.html",
        doc_kind="plan", partial=True,
        notes=["A national 工作要点 (2018年全民科学素质行动工作要点) as a reposting site shows it: the issuing notice "
               "has no title line on the page; it starts with its document number '纲要办发〔2018〕3号', then the "
               "addressees, the notice sentence, the issuing office, the seal note '（中国科协办公厅代章）' and the date "
               "— all body lines. The 工作要点's own title is the only title line.",
               "一、… is a long task-area heading (goals, measures accepted); （一） a short heading under it; '1.深刻理解…' "
               "is a task statement, labelled an item. The page ends inside item 1 ('不断提')."],
        units=[],
        text="""\
纲要办发〔2018〕3号
全民科学素质纲要实施工作办公室各成员单位，各省、自治区、直辖市、副省级城市纲要办（科协），新疆生产建设兵团纲要办（科协）：
现将《2018年全民科学素质行动工作要点》印发给你们，请结合实际认真落实，确保全年全民科学素质工作任务圆满完成。
全民科学素质纲要实施工作办公室
（中国科协办公厅代章）
2018年3月19日
@T | 2018年全民科学素质行动工作要点
2018年是贯彻党的十九大精神的开局之年，是改革开放40周年，也是推动“十三五”全民科学素质任务落实见效的重要一年。全年工作以习近平新时代中国特色社会主义思想为指导，坚持问题导向，加强顶层设计，着力解决发展不平衡不充分问题，为建设创新型国家和世界科技强国夯实人才和社会基础。重点做好以下工作。
@H1 sec=goals alt=measures | 一、深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，加强党对新时代公民科学素质建设的领导
把学习贯彻党的十九大精神作为首要政治任务，领会新时代对科普工作提出的新要求，把思想统一到十九大精神上来，把力量凝聚到十九大确定的目标任务上来。
@H2 | （一）深入学习贯彻党的十九大精神
@I3 | 1.深刻理解习近平新时代中国特色社会主义思想丰富内涵，把握全民科学素质工作在实现人民美好生活和民族复兴中的历史使命，分析工作中不平衡不充分问题的具体表现和深层原因，不断提
""",
    ),
    dict(
        name="fresh63_07_city_eighth_five_year_legal_education_plan",
        source="https://sfj.haikou.gov.cn/xxgk/fdzdgknr/gwztc/tzgg/202203/t1031284.shtml",
        doc_kind="plan", partial=True,
        title_override="市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划（2021-2025 年）",
        notes=["A city's 八五 legal-education plan (海口), forwarded by a notice, from the city justice bureau's "
               "open-government page. Kept as pasted and never labelled: the position line, the metadata lines "
               "(索 引 号, 发布机构, 名  称 — which repeats the notice title —, 文  号: 无编号), the bare '无编号' line, "
               "addressees, notice sentence, issuing office and date.",
               "Title lines: the notice title, which starts with the page's correction marks '（以此件为准）（日期修改其他"
               "内容不变）', and the plan's own title, which the page glues to the end of '（此件主动公开）' on one line "
               "and writes with PDF spacing '（2021-2025 年）'. The title is the plan's own, without the glued mark.",
               "一、以习近平法治思想引领全民普法工作 is guidance (goals accepted), （一）指导思想 guidance. The page ends "
               "inside （一）. Units: the two bodies that issue the plan and are responsible for it."],
        units=["市委宣传部", "市司法局"],
        text="""\
您现在的位置： 首页 >> 信息公开 >> 法定主动公开内容 >> 公文直通车 >> 通知公告
索 引 号：00817923-6/2022-07699 分类：通知公告 机构分类
发布机构：市司法局 发文日期：2022年03月28日
名  称：（以此件为准）（日期修改其他内容不变）中共海口市委全面依法治市委员会办公室转发《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划（2021-2025年）》的通知
文  号：无编号 主 题 词：
@T | （以此件为准）（日期修改其他内容不变）中共海口市委全面依法治市委员会办公室转发《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划（2021-2025年）》的通知
无编号
各区委、区人民政府，市委各部门，市直国家机关各部门，各人民团体：
《市委宣传部市司法局关于开展法治宣传教育的第八个五年规划（2021-2025）》已经市委市政府同意，现转发给你们，请认真组织实施。
中共海口市委全面依法治市委员会办公室
2022年3月17日
@T | （此件主动公开）市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划（2021-2025 年）
2021年至2025年是我国开启全面建设社会主义现代化国家新征程的第一个五年，也是高标准建设海南自由贸易港、建设法治海口的关键五年。为谋划今后五年的法治宣传教育，根据省委、省政府转发的省“八五”普法规划（琼发〔2021〕20号），结合我市实际，制定本规划。
@H1 sec=guidance alt=goals | 一、以习近平法治思想引领全民普法工作
@H2 | （一）指导思想
坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、
""",
    ),
    dict(
        name="fresh63_08_prefecture_justice_bureau_legal_outreach_opinions",
        source="http://www.cxz.gov.cn/info/egovinfo/1001/xxgkxt_content/11532300015167401G-/2024-0403001.htm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="楚雄州司法局关于深化普法强基补短板专项行动的实施意见（2024—2025年）",
        notes=["A prefecture justice bureau's 实施意见 for a two-year legal-outreach campaign (楚雄州), inside its "
               "印发 notice, from the open-government page. Kept as pasted and never labelled: the position line, the "
               "metadata lines (索引号 …, 发布日期 … 文  号：楚司通（2024）1号), the label line '标 题：' and the metadata "
               "value under it (the notice title, repeated), the addressees, the notice sentence, the date and "
               "'（此件公开发布）'. The site's first line '首页' was dropped.",
               "The notice title has no '的通知' (as the page has it); it and the document's own title, which carries "
               "its years in brackets, are the title lines; the title is the document's own. 实施意见 is treated as a "
               "scheme (plan accepted).",
               "一、加强组织保障，健全制度建设 is measures (responsibilities accepted); '（一）健全挂联机制。…（牵头单位："
               "政治部、普法与依法治理科）' a run-in heading whose lead units are listed. The page ends in the bare "
               "heading fragment '（二）加强考', kept and labelled. Deadlines in the notice ('4月10日前', '每季度末月25日前') "
               "are not phases."],
        units=["政治部", "普法与依法治理科"],
        text="""\
您当前所在的位置： 首页 >> 公开信息内容
索引号：11532300015167401G-/2024-0403001 公开目录：通知公告 发布机构：楚雄州司法局
主题词： 发布日期：2024-04-03 17:35:06 文  号：楚司通（2024）1号
标 题：
楚雄州司法局关于印发《关于深化普法强基补短板专项行动的实施意见（2024—2025年）》
@T | 楚雄州司法局关于印发《关于深化普法强基补短板专项行动的实施意见（2024—2025年）》
各县市司法局，局机关各科室（部）、中心：
现将《关于深化普法强基补短板专项行动的实施意见（2024—2025年）》印发给你们，请结合实际抓好落实。各县市司法局确定一名专项普法联络员，名单于4月10日前报州司法局普法与依法治理科；专项普法工作总结于每季度末月25日前报送。联系电话：0878-3025524。
2024年3月27日
（此件公开发布）
@T | 楚雄州司法局关于深化普法强基补短板专项行动的实施意见（2024—2025年）
为传承发扬新时代“枫桥经验”，巩固2023年普法强基补短板专项行动成果，按照省、州关于深化专项行动的部署和《楚雄州2024年深化普法强基补短板专项行动工作方案》，推动2024至2025年专项普法走深走实，结合全州司法行政系统实际，提出以下意见。
@H1 sec=measures alt=responsibilities | 一、加强组织保障，健全制度建设
@H2 | （一）健全挂联机制。完善对禄丰市、姚安县的专项普法挂联机制，明确挂联领导、责任科室和联络员；按照州专项办要求及时调整州级专项普法工作队队员，做好四轮次下沉县市开展专项普法的保障。（牵头单位：政治部、普法与依法治理科）
@H2 | （二）加强考
""",
    ),
    dict(
        name="fresh63_09_township_schools_spring_term_work_plan",
        source="https://www.sundxs.com/jihua/333816.html",
        doc_kind="plan", partial=True,
        title_override="春季学期学校工作计划",
        notes=["A spring-term school work plan written for several primary schools ('各小学要…', '县局…'), as a 范文 "
               "site shows it: the page title, a date / category / '我要投稿' line, the article title with '范文' "
               "appended, and the same site title repeated once more between the heading 一、指导思想 and its body "
               "(site debris, kept and never labelled). The page title and the article title are title lines; the "
               "title is the page title without '范文'.",
               "二、工作目标 holds five unnumbered slogan statements ('以“细”为基，…'), body lines. Under 三、工作措施 "
               "'（一）…' and '1、改变工作作风，促进扁平高效管理。' stand alone above their bodies (headings, levels 2 and 3). "
               "The page ends inside the body of 1、."],
        units=[],
        text="""\
@T | 春季学期学校工作计划
时间：2023-07-18 12:02:15 学期计划 我要投稿
@T | 春季学期学校工作计划范文
@H1 sec=guidance | 一、指导思想
春季学期学校工作计划范文
本学期学校工作以党的十八届四中全会精神为指导，落实县局“十二五”教育发展规划，围绕“义务教育发展基本均衡县”创建目标，坚持“重在规范、着眼素质、追求特色、不断创新、提高质量”，把握均衡、优质、内涵发展的重点，为建设殷实和谐、公平质优的教育强县作贡献。
@H1 sec=goals | 二、工作目标
以“细”为基，大力提升学校管理水平。
以“德”为魂，大力提升师资队伍素质。
以“信”为本，大力提升学生德育实效。
以“实”为重，大力提升教育教学质量。
以“特”为先，大力提升校园文化品位。
@H1 sec=measures alt=goals | 三、工作措施
@H2 | （一）注重精细结合，构建学校民主管理长效机制
@H3 | 1、改变工作作风，促进扁平高效管理。
各小学要强化精细化管理，养成主动发现、深入研究、及时解决问题的习惯，推行扁平化管理，减少管理层次；坚持依法治校，做好招生巩生工作，确保两个100%；开齐课程、开足课时，控制学生作业量，规范教辅资料征订，严禁以任何名义举办重点班、实验班。要进一步完善涵盖常规管理、督促检
""",
    ),
    dict(
        name="fresh63_10_town_2023_government_work_report",
        source="http://baijiadoc.com/doc/sczfrb13l5",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's 2023 work report to the town congress (name masked 'XX镇'), from a document site "
               "whose PDF conversion breaks the text into fragments. The title is kept broken over four lines as the "
               "page shows it ('XX' / '镇' / '2023' / '年政府工作报告'), all title lines, joined for the title. The "
               "fragments of the salutation, the body paragraphs and the headings were joined into lines (bodies are "
               "rewritten anyway); a PDF space is kept in a figure ('77.8 %').",
               "一、2023年工作回顾 is achievements; （一）经济运行稳中有升 and （二）乡村振兴固本强基 stand alone; "
               "'1.特色农业提质扩量。…' and '2.工业经济提能升级。…' are run-in headings at level 3. '1—10月份' and "
               "'前三季度' are reporting periods, not phases. The page ends at a bare '3' (dropped)."],
        units=[],
        text="""\
@T | XX
@T | 镇
@T | 2023
@T | 年政府工作报告
各位代表：
现在，我代表XX镇人民政府向大会报告工作，请予审议，并请各位列席人员提出意见。
@H1 sec=achievements | 一、2023年工作回顾
今年以来，XX镇落实市委、市政府决策部署，坚持稳中求进工作总基调，统筹推进乡村振兴、文明创建、人居环境整治、招商引资、双拥建设等重点工作，各项事业稳步发展。现将XX镇2023年工作报告如下：
@H2 | （一）经济运行稳中有升
前三季度完成地区生产总值XX亿元，增长5%；1—10月份完成限上消费品零售总额XX万元，增长8%；财政收入XX万元，增长14.9%；固定资产投资XX亿元，占全年任务数的77.8 %；居民人均可支配收入XX元，增长9%。报告还预计了全年地区生产总值、社会消费品零售总额、财政收入和固定资产投资的完成数。
@H2 | （二）乡村振兴固本强基
@H3 | 1.特色农业提质扩量。围绕XX花生、XX蓝莓、南岗茶园等特色农业扩面增产，XX花生种植面积达7860亩，增长10.2%，南岗茶村茶叶产量达800斤，增长60%；建成数字工厂、葡萄园、西瓜和食用菌大棚等项目，节假日组织农特产品展销，带动农户增收XX余万元。
@H3 | 2.工业经济提能升级。发挥XX镇林业资源优势，加快林业生物经济产业园建设，炭元科技获批省级特色林业高质量发展示范园；银蝎科技、蓝莓园二期、炭本科技等项目有序推进，7家涉林企业完成产值XX亿元。
""",
    ),
]
