# -*- coding: utf-8 -*-
"""The 111th held-out fresh set: school, kindergarten, library and community
term or annual plans whose work is laid out by month, in a pasted table, or
in ordinary numbered parts (a provincial library society's children's-library
committee, a kindergarten's safety plan, a primary school's Young Pioneers
term plan, a middle-school library, a school reading room, a community party
committee, a primary school's moral-education month table).  Found as stored
public web pages with the `search` tool's `pages` corpus; none of the source
pages is a source of another set (URL lists and sentence checks, see
../README.md).  HELD OUT: never tune an importer on these documents; score
totals only.

Derived like the earlier sets: only the part of the page the store returned;
site boilerplate dropped; heading, title and schedule-row lines keep the
source's numbering and wording (full-width punctuation restored); body
paragraphs rewritten in our own words and shortened, dates, figures and unit
names kept; personal names dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH111_DOCS = [
    dict(
        name="fresh111_01_provincial_library_society_children_committee_plan",
        source="https://yjbys.com/gongzuojihua/975395.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('公共图书馆工作计划', 2 samples): the year plan of the children's-library "
               "committee of the Gansu library society. The collection title, its blurb and the sample label "
               "'公共图书馆工作计划一' were dropped; the plan shows no title line of its own (title null).",
               "一、 to 四、 are the task areas (goals, measures accepted); their 1、 2、 3、 lines are tasks (items, level 2). "
               "'在第一季度召开…' and '下半年组织…' are times inside task lines, not phases. The site's anti-copy apostrophe in "
               "item 二、1、 ('…少儿图书馆的'征文组织工作') is kept; the short task items keep the page's wording.",
               "The page ends inside item 四、1、 ('…流通站建设为手段，服'); the fragment is kept."],
        units=["甘肃省图书馆学会公共图书馆少儿图书馆工作分委员会"],
        text="""\
甘肃省图书馆学会公共图书馆少儿图书馆工作分委员会是省图书馆学会下设的六个分支机构之一，任务是推动各级公共图书馆之间的工作与学术交流，加强业务合作，促进全省公共图书馆事业协调发展。现将20xx年委员会工作安排如下：
@H1 sec=goals alt=measures | 一、召开工作会议，部署全年工作
为尽快打开局面，委员会拟在第一季度召开分支机构成立大会暨第一次工作会议，研究部署全年各项工作。
@H1 sec=goals alt=measures | 二、开展学术研讨和交流活动，促进公共图书馆少儿图书馆学术水平的提高
@I2 | 1、配合中国图书馆学会20xx年学术年会在甘肃召开，做好公共图书馆少儿图书馆的'征文组织工作；
@I2 | 2、为促进我省少儿图书馆、以及各级图书馆少儿阅览室的发展，组织举办一次少儿图书馆工作专题讨论会；
@I2 | 3、下半年组织部分公共图书馆馆长的外出学习交流活动。
@H1 sec=goals alt=measures | 三、开展图书馆员在职教育和继续教育，促进人才成长
@I2 | 1、配合中国图书馆学会志愿者活动在甘肃举行，组织举办全省图书馆馆长研讨班一期；
@I2 | 2、配合“共享工程”各级分中心的建设，举办以共享工程实用技术为主要内容的业务培训或知识竞赛活动一次；
@I2 | 3、为提高基层图书馆员的业务工作能力，举办图书馆基础知识暨图书馆员继续教育培训班一期。
@H1 sec=goals alt=measures | 四、服务基层图书馆，促进我省公共图书馆事业的发展
@I2 | 1、以迎接20xx年全省第四次公共图书馆评估为目标，以推动“共享工程”基层分中心建设、加强甘肃省图书馆基层分馆和流通站建设为手段，服
""",
    ),
    dict(
        name="fresh111_02_kindergarten_safety_plan_monthly_points",
        source="https://jingyanben.com/gongzuowendang/141738.html?page=2",
        doc_kind="plan", partial=True,
        notes=["Page 2 of a collection of kindergarten safety plans: it opens with the last section of the first sample, "
               "'五、月份重点工作安排：', a month-by-month list (三月份 to 七月份). The start of the second sample "
               "('幼儿园安全工作计划篇2' with its own 指导思想 …) was dropped. No title is visible (title null).",
               "五、 is the top level shown (level 1, its parent sections are off the page); the month lines are run-in "
               "headings '三月份：检查…。' at level 2, each a phase with the month as start and no end (section phases, "
               "goals accepted). The lines '进行一次安全讲座和安全消防疏散演习。' and '聘请消防队人员…' are the page's "
               "continuation lines of April and May, body.",
               "'七月份：安全工作总结。' is the last month; the page then moves to the next sample."],
        units=[],
        text="""\
@H1 sec=phases | 五、月份重点工作安排：
@H2 sec=phases alt=goals phase=三月份;三月份; | 三月份：检查园内安全设施，对幼儿开展安全知识教育。
@H2 sec=phases alt=goals phase=四月份;四月份; | 四月份：播音小组准备“春季防病小常识”；安全工作责任到人，保养园内活动器材，值班人员坚守岗位，严格执行接送制度。
组织一次安全讲座和一次消防疏散演习。
@H2 sec=phases alt=goals phase=五月份;五月份; | 五月份：定期检查园内室内外安全设施。
请消防队人员来园开展消防知识讲座，再组织一次消防疏散演习。
@H2 sec=phases alt=goals phase=六月份;六月份; | 六月份：园内安全大检查，进行一次安全消防疏散演习。
@H2 sec=phases alt=goals phase=七月份;七月份; | 七月份：安全工作总结。
""",
    ),
    dict(
        name="fresh111_03_primary_young_pioneers_autumn_term_plan",
        source="https://max.book118.com/html/2026/0130/6243150014012054.shtm",
        doc_kind="plan", partial=True,
        notes=["A primary school's Young Pioneers plan for the 2026 autumn term on a document-sharing site; the site's "
               "counters, size and upload lines were dropped. The title names a 行事历, but the visible part shows only "
               "the first numbered section; the calendar itself is off the page.",
               "Three levels: 一、思想引领：… (goals, measures accepted), （一）主题教育序列化, and the series headings "
               "'1.“红色根脉我传承”系列（贯穿9-12月）' / '2.“身边的中国故事”系列（11-12月）' at level 3. The month spans in "
               "brackets are the running time of a task series, not named stages of the plan: not labelled as phases "
               "(an importer may be tempted).",
               "'10月13日建队日' in a body line is an event date, not a phase. The page ends inside the second series "
               "('开展“我眼中的'); the fragment is kept."],
        units=["大队部"],
        text="""\
@T | 2026秋季学期小学少先队工作计划及行事历
2026年秋季学期，学校少先队工作以“传承红色基因，培育时代新人”为核心目标，围绕思想引领、组织建设、实践育人三条主线，贴近队员年龄特点，用系统化、项目化、儿童化的活动帮助队员“从小学习做人、从小学习立志、从小学习创造”。具体计划如下：
@H1 sec=goals alt=measures | 一、思想引领：厚植家国情怀，铸牢精神之魂
以“童声话信仰”为主线，采用“课程浸润+实践感悟+榜样引领”的方式，把爱国主义、集体主义教育落到队员能感知、能参与的具体行动中。
@H2 | （一）主题教育序列化
@H3 | 1.“红色根脉我传承”系列（贯穿9-12月）
借2026年红军长征胜利90周年之机开展“重走长征路”情景体验：低年级共读长征绘本、讲《倔强的小红军》《金色的鱼钩》等故事；中年级以班级为单位闯关，完成“爬雪山”“过草地”等趣味任务；高年级给长征英雄写信，由大队部收集后寄往革命老区学校。
10月13日建队日举行“红领巾心向党”主题队会，请老党员、红军后代进校讲述，全体队员重温入队誓词、齐唱队歌，同时启动“红领巾奖章”二星章争章。
@H3 | 2.“身边的中国故事”系列（11-12月）
围绕新时代发展成就开展“我的社区我的家”调研：队员分组走访社区，采访网格员、垃圾分类督导员、社区医生等基层工作者，记录“社区里的一天”；开展“我眼中的
""",
    ),
    dict(
        name="fresh111_04_middle_school_library_first_term_plan",
        source="http://huanglicz.wjedu.net/static/77802/20200924/2273390.jhtml",
        doc_kind="plan", partial=False,
        notes=["A middle school library's plan for the first term of 2020-2021 (常州市武进区湟里初级中学), from the "
               "school's section of the district education site; the breadcrumb, the column name and the posting line "
               "(publisher's name) were dropped. The page's list title '2020-2021学年度第一学期工作计划' was dropped; the "
               "plan's own title line '2020-2021图书馆第一学期工作计划' is kept.",
               "The only structure is the list 1. to 7.: each is one task sentence without a title part, labelled as "
               "items (level 1; goals, measures accepted). An importer that takes them as headings is not penalised "
               "(items are optional); the document has no required heading.",
               "The last line ' 9.07' (a date 9月7日, or a stray '9.', after 7.; there is no 8.) is kept as the page has "
               "it and not labelled. Apparently complete (partial false)."],
        units=["学校图书馆"],
        text="""\
@T | 2020-2021图书馆第一学期工作计划
学校图书馆是学生的第二课堂，能开阔视野、陶冶情操、培养审美，是实施素质教育的重要阵地；对教师来说，它也是丰富知识、获取信息、提高教学水平的平台。为更好地服务全校师生，特制定本学期工作计划如下：
@I1 sec=goals alt=measures | 1.学校图书馆从周一到周五开放，利用中午、课间和第七节课后到放学前的时间，集中借阅与个人借阅相结合，尽量满足师生读书需求。
@I1 sec=goals alt=measures | 2.在学校网站图书馆栏目不定期更新新书介绍与好书推荐，加强阅读宣传和引导。
@I1 sec=goals alt=measures | 3.在资金允许的情况下更新部分书籍和杂志，做好新书分类编目和上架，同时剔除注销无法利用的图书。
@I1 sec=goals alt=measures | 4.尽可能多地举办读书活动、征文比赛、小型读书会和专题阅读讲座，促进校园文化建设。
@I1 sec=goals alt=measures | 5.认真做好师生借阅信息采集，做到及时全面、不遗漏。
@I1 sec=goals alt=measures | 6.疫情期间继续做好每日上下午两次消杀和开窗通风，以及日常卫生，为师生提供卫生安全的读书场所。
@I1 sec=goals alt=measures | 7.认真学习图书馆各项管理工作，提高工作效率和质量。
 9.07
""",
    ),
    dict(
        name="fresh111_05_school_reading_room_work_plan",
        source="https://010zaixian.com/shiyongwen/gongzuojihua/599852.htm",
        doc_kind="plan", partial=True,
        notes=["A school reading room's work plan on a sample-essay site ('图书室管理的工作计划范文'); the site line, the page "
               "title with '范文' and the date line were dropped, and the plan has no title line of its own (title "
               "null).",
               "一、工作目标 goals; 二、工作时间 gives the opening hours (other, phases accepted): not a phase, and its "
               "value line is body. The line '（表格略）' ('table omitted') stands where the page left out the opening-hours "
               "and class-rotation table; kept as body, not labelled.",
               "三、工作步骤 is phases by its name (measures, goals accepted), but its 1、 to 8、 lines are undated tasks "
               "(items, level 2); no phase. '3、 图书工作…' and '4、 及时整理…' keep the space after the numbering. "
               "The page ends inside item 8、 ('做到防火、防')."],
        units=["图书室"],
        text="""\
图书室的建设与管理是学校文化建设不可缺少的部分。我们要发挥图书室的教育、服务和学术功能，提高图书资源的使用价值，使管理更加科学、规范，为学校各项工作提供支持。现制定工作计划如下：
@H1 sec=goals | 一、工作目标
响应学校“书香校园”读书活动，激发学生读书兴趣，培养阅读能力和博览群书的习惯，在读书中开阔视野、陶冶情操、提升修养，促进学生素质和谐发展。
@H1 sec=other alt=phases | 二、工作时间
星期一至星期四的中午及第七节课和第七节课后。
此处附上图书室具体的开放时间和班级借阅轮流表。
（表格略）
@H1 sec=phases alt=measures,goals | 三、工作步骤
@I2 | 1、积极参加上级组织的专业培训，不断提高自身业务水平。
@I2 | 2、开学初做好开放前的准备，制定班级借还书和阅览的轮流安排表并发到各班，第一周起学生开始借阅。
@I2 | 3、 图书工作实行现代化管理，在学生中培养一批新的图书管理员。
@I2 | 4、 及时整理学校图书编目，做好新书分类、编码、录入、库内整理、新书推介和旧书修补。
@I2 | 5、做好管理工作，组织好教师和学生的借阅工作：
学生每学期人均借书不少于15本，其中天图图书借阅率不低于总借阅率的百分之五十；学生每周进阅览室不少于一次，班级借阅每月不少于两次。
@I2 | 6、图书室配合学校“书香校园”读书活动，及时为师生提供所需材料。
@I2 | 7、做好期末催还书和各项总结工作。
@I2 | 8、做好图书室的卫生工作，保持室内干净、整洁，做到防火、防
""",
    ),
    dict(
        name="fresh111_06_community_party_building_2014_plan",
        source="https://doc.hozii.com/Doc/Detail/43089667-b71d-4827-b6f0-77615f49e2ab",
        doc_kind="plan", partial=True,
        notes=["A community party committee's party-building plan titled '2014年社区党建工作', on a document site; its "
               "opening says '社区党委2013年将…' and calls the text '主要做法' (year and wording kept; it is a plan by its "
               "future tense). Kind plan.",
               "一、 二、 三、 are run-in sentence headings ending in '。' (goals, measures accepted); under 二、 the "
               "line-initial '一是…作用。…' and '二是…作用。…' are level-2 run-in headings, cut at the first '。'.",
               "'每月5日定为社区雷锋学习日' is a recurring day inside a body line, not a phase. The page ends inside 三、 "
               "('…由最初的十几人增加到'); the fragment is kept."],
        units=["社区党委", "社区党支部"],
        text="""\
@T | 2014年社区党建工作
社区党委2013年将认真贯彻党的十八大精神，加强执政能力建设和先进性教育，发挥党组织的核心作用，开创社区党建工作新局面。结合实际，特制定本年度社区党建工作主要做法：
@H1 sec=goals alt=measures | 一、热心群众事业，全心全意为居民服务。
社区党委将组织在职党员和离退休党员组成“学雷锋”志愿者小分队，把每月5日定为社区雷锋学习日，上门为行动不便的老党员和孤寡老人理发、聊天、打扫卫生，让他们感受到党组织的温暖。
@H1 sec=goals alt=measures | 二、充分发挥社区党支部的作用。
@H2 | 一是充分发挥党员志愿者服务队载体作用。服务队在支部带领下承担社情民意信息员、义务治安巡逻员、民事纠纷调解员、卫生管理监督员和未成年人辅导员等角色，在治安、教育、卫生等方面发挥作用。
@H2 | 二是充分发挥党员关爱服务队载体作用。针对困难和体弱多病党员生活不便，支部组织关爱服务队，以“一助一”“多助一”结成帮扶对子，既照顾生活又一起学习，并为老人送学上门，帮助他们学习党章和专题资料。
@H1 sec=goals alt=measures | 三、以红星休闲广场文体活动为载体，不断丰富群众文化生活。
近年来在社区党委组织下，红星休闲广场成立了一支以退休老人为主的自娱自乐健身舞队，多年坚持活动，参加人数由最初的十几人增加到
""",
    ),
    dict(
        name="fresh111_07_primary_moral_education_month_theme_table",
        source="https://m.777doc.com/doc-6840824.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's table of monthly moral-education themes and activities (北展小学), pasted from a "
               "document site where the whole table arrived as one run-together paragraph: the title, the header row "
               "'月份活动主题主要活动内容活动目的', each month cell run into its theme ('九勤奋学习尊重知识感谢恩师'), and "
               "the numbered activities run into one another. The lines were split at the title, the header row, the "
               "month rows and the item numbers 1、 2、 …; nothing else was separated.",
               "The month rows '九…' and '十…' are headings (level 1) with the bare month numeral as the phase start and "
               "no end (section phases, goals accepted); numbering none. The activities are items (level 2). The "
               "header row is a table cell line, not labelled.",
               "Cells of the 活动目的 column are glued inside items, as the paste left them: in item 5 of 九 the purpose "
               "text ('教师节来临，通过学生对教师工作辛苦…而努力学习。') interrupts the item, and after item 2 of 十 the "
               "purpose fragment '通过学生对校园、对家乡一草一木、一景一点的热爱，' follows '（晨会）'. '4、、' is typed "
               "with a doubled comma. Event dates inside items (9月16日, 10月13日 …) are not phases. The page ends inside "
               "item 4 of 十 ('结合北京残奥会中')."],
        units=[],
        text="""\
@T | 北展小学德育工作月主题及主要活动安排表
月份活动主题主要活动内容活动目的
@H1 sec=phases alt=goals num=none text=九勤奋学习尊重知识感谢恩师 phase=九;九; | 九勤奋学习尊重知识感谢恩师
@I2 | 1、组织学习《小学生守则》《小学生日常行为规范》，从环境卫生入手抓环境建设，成立值日队，每天六项评比、每周公布结果，表现好的班级授予流动红旗。
@I2 | 2、开展安全教育活动，做好防灾减灾知识讲座；发放安全致家长一封信，学校、家庭、社会配合做好学生安全工作。
@I2 | 3、结合教师节庆祝活动，对学生进行感恩教育
@I2 | 4、利用传统节日中秋节对学生进行教育，弘扬中华传统美德
@I2 | 5、9月16日为国际和平节，教育学生为祖国富强为维护世界和平教师节来临，通过学生对教师工作辛苦、无私奉献的职业特点的了解，体会到教师是文明的传播者，值得尊重和感谢。而努力学习。（晨会）
@I2 | 6、9月18日为全民国防教育日，对学生进行爱国主义教育。（晨会）
@I2 | 7、9月20日公民道德宣传日，做好公民道德宣传工作。
@I2 | 8、9月28日终身教育日，培养学生终身学习的习惯。（晨会）
@I2 | 9、确定“诵读经典”为我校德育特色，各班坚持用每节课上课前三分钟“诵读经典”，培养学生良好的行为习惯。
@I2 | 10、全校大型活动汇报会（以演出的形式）
@I2 | 11、班级文化布置。
@H1 sec=phases alt=goals num=none text=十爱我校园爱我家乡热爱祖国歌颂祖国 phase=十;十; | 十爱我校园爱我家乡热爱祖国歌颂祖国
@I2 | 1、做好庆祝国庆活动，做好“弘扬和培育民族精神”。
@I2 | 2、10月4日为世界动物日，使学生知道“爱护动物就是爱护我们自己”。（晨会）通过学生对校园、对家乡一草一木、一景一点的热爱，
@I2 | 3、10月13日开展少先队建队周年纪念活动，举行入队仪式，各班组织学生每人至少做一件好事。
@I2 | 4、、10月15日国际盲人节，尊重、关心残疾人是每个人的义务。结合北京残奥会中
""",
    ),
    dict(
        name="fresh111_08_subdistrict_civilisation_practice_september_guide",
        source="https://xsd.bjchy.gov.cn/news/D0A4E146018143659455650D88300B00",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A Beijing Chaoyang subdistrict's guide to the key activities of its new-era civilisation-practice centre "
               "for September 2024, from the subdistrict's government pages (site bjchy.gov.cn): a one-month plan laid out by activity "
               "type. Kind plan (activity_plan accepted).",
               "一、 to 五、 are the activity types, each with its quota in brackets ('（每月至少开展4场，其中须包含1-2场"
               "形势政策教育内容）'), headings at level 1 (goals, other accepted); the 1. 2. … lines are the listed "
               "activities (items, level 2). The quotas and '9月' are not phases; the commemorative days named in item "
               "三、2. are not phases either.",
               "The page's image placeholder and paywall-style counter at the end ('![]() |', '剩余140字') are kept as "
               "the page has them, not labelled. Under 五、 the page shows a single unnumbered activity line (body)."],
        units=["新时代文明实践中心"],
        text="""\
@T | 2024年9月新时代文明实践中心重点活动指引
@H1 sec=goals alt=other | 一、理论宣讲类（每月至少开展4场，其中须包含1-2场形势政策教育内容）
@I2 | 1. 宣传宣讲党的二十大精神
@I2 | 2. 学习宣传党的二十届三中全会精神
@I2 | 3. 学习宣传习近平文化思想
@I2 | 4. 学习宣传习近平强军思想
@I2 | 5. 学习宣传习近平总书记关于加强全民国防教育的重要指示精神
@I2 | 6. 学习宣传习近平总书记在纪念邓小平同志诞辰120周年座谈会上的重要讲话精神
@H1 sec=goals alt=other | 二、市民教育类（每月至少开展1场，每季度须包含社会主义核心价值观、榜样宣传学习、普法活动内容）
@I2 | 1.《中华人民共和国国防教育法》宣传教育
@I2 | 2.以“依法开展国防教育 提升全民国防素养”为主题开展国防知识普及等教育活动
@I2 | 3. 学习宣传“最美新时代革命军人”“最美退役军人”“最美拥军人物”“北京市优秀退役大学生士兵”等先进典型事迹
@I2 | 4.“垃圾分类”“文明养犬”“文明观赛”等移风易俗宣传教育活动
@I2 | 5.“社区文明小使者”道德实践活动
@I2 | 6. 广泛动员居民群众开展“周末卫生大扫除”等志愿服务活动
@I2 | 7. 礼让斑马线广场舞征集活动
@H1 sec=goals alt=other | 三、文化活动类（每月至少开展1场）
@I2 | 1.“月圆京城 情系中华”诗歌朗诵、民乐演奏，中秋花灯、月饼制作等“我们的节日·中秋节”文明实践活动
@I2 | 2. 围绕“抗日战争胜利纪念日”“‘九一八’事变发生日”“烈士纪念日”，开展“抗战故事”宣讲、“铭记历史，缅怀先烈”主题活动、参观红色教育基地、“国防万映”公益电影展映等爱国主义教育文明实践活动
@I2 | 3.双拥志愿服务
@H1 sec=goals alt=other | 四、科学普及类（每月至少开展1场）
@I2 | 1.“全国科普日”科学普及活动
@I2 | 2.“世界急救日”急救知识普及宣传
@H1 sec=goals alt=other | 五、健身活动类（每月至少开展1场）
CYTA网球联赛普及、辖区网球赛等网球活动
![]() |
剩余140字
""",
    ),
    dict(
        name="fresh111_09_primary_academic_office_weekly_table",
        source="http://58yuanchuang.com/w/264409.html",
        doc_kind="plan", partial=True,
        notes=["A primary school academic office's week-by-week table for the 2025 autumn term, pasted as a markdown-style "
               "table: a header row '| 周次 | 时间 | 教务处重点工作内容 |' and one line per week "
               "'第1周 | 9.1-9.7 | 1. 开学准备: - …; 2. 会议部署: - …'. No title line is visible (title null). "
               "Half-width: the table keeps the page's ASCII ':' ';' '-' and '|' (as pasted text of this kind has it); "
               "the rewritten cell text keeps them too.",
               "Each week row is a heading (level 1, section phases, goals accepted) and a phase named after the week "
               "with the date cell as start and end ('9.1'–'9.7'); the text is set by hand to the week and date cells "
               "('第1周 | 9.1-9.7'), since the automatic cut would stop at the first ':' inside the content cell. The "
               "numbering '第1周' (Arabic digit) is not one of the builder's classes: numbering none. The numbered "
               "tasks '1. … 2. …' and the '- ' bullets inside a row are mid-line and not labelled; the header row is a "
               "table line, not labelled.",
               "The page ends inside the third row ('…一年级增加“亲子共读记录”，'); kept as the fragment."],
        units=["教务处"],
        text="""\
| 周次 | 时间 | 教务处重点工作内容 |
@H1 sec=phases alt=goals text=第1周~|~9.1-9.7 phase=第1周;9.1;9.7 | 第1周 | 9.1-9.7 | 1. 开学准备: - 排好课表(国家课程、校本课程、课后服务), 核对教材教辅版本; - 检查教室多媒体、图书角和体育器材; - 制定《2025年秋季学期教学工作计划》《教研组工作细则》; 2. 会议部署: - 开教务处全体会议, 明确学籍、课后服务、考试组织分工; - 开教研组长例会, 解读新课标要求、布置学期教研任务; 3. 教学检查: - 收教师教案(含"学习目标-情境任务-分层作业"); - 一年级新生学情调研。 |
@H1 sec=phases alt=goals text=第2周~|~9.8-9.14 phase=第2周;9.8;9.14 | 第2周 | 9.8-9.14 | 1. 教学秩序规范: - 查教师候课(提前2分钟到班)和课堂纪律; - 核查早自习(8:00-8:20)和课后服务(16:30-17:30)安排; 2. 教研启动: - 各学科组第一次教研会, 定《学科教学进度表》, 一年级研讨"零起点教学"; - 区教研员作"新课标解读"专题讲座; 3. 学生活动: - 一年级"适应性学习"主题班会; - 二至六年级收心教育。 |
@H1 sec=phases alt=goals text=第3周~|~9.15-9.21 phase=第3周;9.15;9.21 | 第3周 | 9.15-9.21 | 1. 教学常规检查: - 抽查教案(一年级"入学适应"、六年级"小升初衔接"); - 检查作业批改(全批全改率≥95%, 一年级增加"亲子共读记录",
""",
    ),
]
