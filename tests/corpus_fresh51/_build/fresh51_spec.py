# -*- coding: utf-8 -*-
"""The fifty-first held-out fresh set: a WRITER'S RANDOM SAMPLE of the genre.
For each of twelve everyday queries (and, where a query gave nothing usable,
one or two plain variants of it) the FIRST usable result of the `search`
tool's `pages` corpus was taken, whatever the site (sharing sites included):
a real document of the genre, simplified characters, at least three headings
in its visible text, not a source of any earlier set.  Log in
notes_queries.txt.  Writers: a community residents' committee, a school
office, a town, a subdistrict office, a town reporting on village venues, a
hospital department, a kindergarten, a company, a county education
bureau; one 活动方案 template.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site lines (posting lines, 小编
  blurbs, collection titles, sample numbers) were dropped.
- Heading, title and item lines keep the source's numbering and wording;
  full-width punctuation （）：，；“” restored from the store's NFKC text
  (fresh51_09 keeps its page's complete lack of punctuation).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, masking and gaps are kept.  Personal names
  were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH51_DOCS = [
    dict(
        name="fresh51_01_community_committee_2024_work_report",
        source="http://szshequ.org.cn/szshgzb/xxgk/sqdflz/content/post_1604600.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A Shenzhen community residents' committee reports its 2024 work to its subdistrict (南湖街道), "
               "from the city's community-work site; the page shows no title line, the text starts with the opening.",
               "The six 1、…6、 lines under 一、 are run-in headings ('1、按时完成街道的工作安排。…': a title sentence "
               "then its body), level 2, achievements as their parent.",
               "二、社区文体、科普活动 is over （一）民生微实事, whose body is cut by the page ('…项目活动如'). "
               "The 2024 year and figures are not phases."],
        units=["社区居委会", "社区党委", "党群服务中心"],
        text="""\
在南湖街道领导下，我社区居委会发动居民参与，以社区建设为中心做好服务，完成了各项工作指标，现将2024年度工作情况汇报如下：
@H1 sec=achievements | 一、居委会综合事务
@H2 | 1、按时完成街道的工作安排。协助填报数据、问卷调查、台账抽检、活动招募和业务培训，及时传达街道的工作要求。
@H2 | 2、及时更新居务公开栏的各类信息。社区概况、财务、政务公开、民主管理、活动和会议等信息随时上墙，方便居民了解居委动态。
@H2 | 3、做好各类的资讯宣传工作。制作活动招募、政策宣传和法律海报，配合街道公共服务办跟进民生微实事项目，进度和新闻稿同步上网并在居民群公示。
@H2 | 4、日常开具相关证明。为有需要的深圳户籍居民和港澳台居民出具居住证明。
@H2 | 5、法律顾问进社区工作。为需要法律援助的居民联系驻点律师，律师事务所每季度来社区开展法律讲座，普及常用法律知识，
@H2 | 6、管理居委会财务经费。按街道要求对民生微实事资金、星光老人之家运营费、调解费和办公经费专款管理，按时支付合同和报销费用，每月到街道财务室报账。
@H1 sec=achievements | 二、社区文体、科普活动
@H2 | （一）民生微实事
为丰富居民生活、办好民生实事，2024年社区党委、居委会与党群服务中心的社工通过摆摊问卷、上门访谈等方式了解需求，共同组织开展民生微实事项目活动如
""",
    ),
    dict(
        name="fresh51_02_school_office_2023_year_end_summary",
        source="http://zhunbian.com/GongZuozj/868685.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A year-end summary of a primary and secondary school office's work in 2023, from a sample site "
               "(posting line '时间:24-02-28 网友' dropped). Generic wording (各学校办公室) kept as the page has it.",
               "Four 一、…四、 statement headings, all achievements (backward-looking 做法/成效); no lower level is shown. "
               "The page ends inside the body of 四、 ('…这些措施使得学校办公室的便利').",
               "The colon-free comma in '管理中心化，标准化和信息化' is the source's (restored full-width)."],
        units=["学校办公室"],
        text="""\
@T | 2023新版中小学学校办公室年终工作总结
2023年是中小学教育改革的一个重要节点，各地学校都推进了改革和建设，学校办公室作为管理中的重要部门也出了力，下面对2023年学校办公室的年终工作做一回顾。
@H1 sec=achievements | 一、学校办公室管理中心化，标准化和信息化得到进一步发展
这一年办公室管理更趋统一，办公制度和流程逐步健全，文件管理、信息管理和协同能力增强，学校管理水平和效率随之提高。
@H1 sec=achievements | 二、学校行政工作又一次获得有效的协调和支持
办公室通过传递信息、组织协同、优化流程和解决问题，拓展服务领域，对学校行政工作的促进作用更大。
@H1 sec=achievements | 三、学校办公室服务对象延伸，服务内容丰富多彩
服务对象从教职工和学生扩展到家长、社区和网络，服务内容从文件手续延伸到考勤、会务、公示、宣传和宴请等方面。
@H1 sec=achievements | 四、学校办公室工作重心逐渐向信息化和安全保障转移
随着信息技术发展，办公室逐步实现数字管理、电子文档、网络通讯和移动办公，并加大了网络安全投入，这些措施使得学校办公室的便利
""",
    ),
    dict(
        name="fresh51_03_township_2022_work_summary",
        source="https://laobiganzi.top/241077.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's 2022 work summary (name masked XX镇, near 青海湖), from a sample site.",
               "一、2022年工作总结 is the top heading; its first subsection '抗疫情，奋力保障群众安全' has lost its "
               "numbering on the page (the next one is '（二）促增收，…'): labelled level 2 with numbering none. "
               "Both subsections are achievements. Each of their body paragraphs starts with '一是…' and carries 二是/三是 "
               "inside: the line-initial 一是 point is labelled as an item at level 3 (text set by hand to the point's "
               "title clause); the 二是/三是 in mid-line are not labelled.",
               "Figures (529个网格, 13.3万余车次, 32220亩 …) are kept; no phases. The page ends mid-word ('…与乡村旅')."],
        units=["XX镇"],
        text="""\
@T | 乡镇2022年工作总结
2022年，XX镇围绕县委、县政府的重点部署，主动融入全县区域产业中心城市建设，按照“城市农业生态园、农文旅融合花园镇、社会治理样板区”的定位和“生态立镇、农业稳镇、产业强镇、旅游兴镇、和谐安镇”的思路，抓经济增长、乡村振兴、民生保障、安全生产和疫情防控，经济社会保持稳定。
@H1 sec=achievements | 一、2022年工作总结
@H2 num=none | 抗疫情，奋力保障群众安全
@I3 text=一是持续夯实“网格化”管理 | 一是持续夯实“网格化”管理，每格不超过20户，全镇划为529个网格，镇村组加网格员分层管控重点人群，累计居家管控341人次，摸排返乡人员1118人次。二是守好板桥收费站健康服务站，镇村党员干部200余人轮班值守，排查13.3万余车次、近15.2万人次，查出黄码人员11人、涉疫地区返乡人员203人。三是按要求完成各年龄段疫苗接种。
@H2 | （二）促增收，稳步推进农业产业发展
@I3 text=一是认真落实好年度粮食作物播种计划任务 | 一是认真落实好年度粮食作物播种计划任务，全年粮食作物播种32220亩，其他作物6675亩（其中：油菜1830亩、蔬菜3850亩、花卉745亩、小米辣280亩、草莓50亩）。二是借青海湖资源推动农文旅融合，建家风文化巷和公益睦邻点，盘活周边土地发展草莓、绿色蔬菜、儿童乐园、民宿、营地、鲜花餐厅等产业，在推动原有花卉产业与乡村旅
""",
    ),
    dict(
        name="fresh51_04_double_ninth_festival_activity_plan",
        source="https://wenku.docs.qq.com/detail?docId=MEzSPYRzXZ",
        doc_kind="activity_plan", partial=True,
        notes=["A 重阳节 activity-plan template on a document-sharing site (腾讯文库). The page's short description, which "
               "repeats the opening, and its trailing site line were dropped; the PDF text arrived as one block and was "
               "split at the headings.",
               "'一、活动背景：…' is a label heading run in with its body (background, guidance accepted); '二、活动目标：' "
               "is over three label headings '1. 弘扬传统文化：…' (space after '1.' kept; goals, guidance accepted); "
               "'三、活动方案设计：' (the activities: goals, measures accepted) is over two short titles '1. 重阳登高活动', "
               "'2. 祭祖活动' with bodies below.",
               "The document-sharing page marker '第1 页共 3页' is glued to the last body line, after the page's cut "
               "('…祭祀礼仪和传'), kept and not labelled. No date beyond 农历九月初九 (a festival date, not a phase)."],
        units=[],
        text="""\
@T | 2024年重阳节活动方案设计
@H1 sec=background alt=guidance | 一、活动背景：重阳节在每年农历九月初九，是中华民族独特的传统节日之一，和春节、清明节、端午节、中秋节这些农耕民族的节日不同，它出自一个富有哲理的故事——《重阳登高》。
@H1 sec=goals alt=guidance | 二、活动目标：
@H2 | 1. 弘扬传统文化：借重阳节活动宣传重阳文化，加深群众对传统文化的认识和传承。
@H2 | 2. 促进亲情友情：以节日为契机，让人们看重亲情友情，增进与家人朋友的感情。
@H2 | 3. 关爱老年人：活动中突出对老年人的关心，倡导尊老爱老的风尚。
@H1 sec=goals alt=measures | 三、活动方案设计：
@H2 | 1. 重阳登高活动
选一处山地景区或公园，鼓励群众按指定路线登山，途中安排特色表演和互动游戏，山顶设休息区供应饮料和小吃。
@H2 | 2. 祭祖活动
在公共场所搭建祭祖台供人们祭拜先人，活动前组织专门的培训班教授祭祀礼仪和传 第1 页共 3页
""",
    ),
    dict(
        name="fresh51_05_subdistrict_office_year_end_summary_page9",
        source="http://m.kj-cy.cn/htm/2013119/16882_9.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Page 9 of a paginated article '街道办事处年终总结' (a subdistrict office, 淮川, with a municipal service hall); "
               "the page title with its page number '(9)' and the posting lines (time, author's name, column) were "
               "dropped, so the document shows no title and starts inside part 三.",
               "'（五）城市建设城市管理步入正轨。…' is the last point of the absent part 三: level 2 (level 1 accepted), "
               "achievements. Part four is written '四以打造特色社区为着力点，…' with the 、 lost on the page: numbering "
               "'四' (style none, as in earlier sets for a bare numeral), level 1. Its （一）（二）（三） are run-in level-2 "
               "headings; the 一是…四是 points inside the （五） line are not labelled.",
               "The page has lost its figures ('投入经费万多元', '设置了个职能窗口', '公开率达。'); the gaps are kept in the "
               "rewritten bodies. The last heading is cut ('…通过争取财政加')."],
        units=["办事处"],
        text="""\
@H2 lvlalt=1 sec=achievements | （五）城市建设城市管理步入正轨。一是做好城市硬化文章，借旧城改造全面整治指背冲路、烟草一巷、人民东路三条背街小巷，配合完成圭斋路立面改造。二是做好城市序化文章，办事处用半年时间、投入经费万多元，为城区街路巷、楼栋、门面全部编码装订门牌。三是做好城市美化文章，集中整治背街小巷的脏乱差和卫生死角，抓好春秋除“四害”，保障创卫迎检。四是做好综合整治文章，配合城管局拆除非法占地建筑物平方米。
@H1 num=四 sec=achievements | 四以打造特色社区为着力点，社区建设渐入佳境。
@H2 | （一）强化政务服务。投入多万元在全市率先建起高规格服务大厅，“敞开式”办公、“一门式”服务，设了个职能窗口，运行以来办理事务多起，接待参观批多人次，政务公开率达。
@H2 | （二）健全社区网络。建立“楼栋-居民小组-社区居委会”三级网络，落实楼栋长责任制和居民组长月汇报制，形成覆盖全体居民的信息收集和利益协调平台。
@H2 | （三）完善社区硬件。通过争取财政加
""",
    ),
    dict(
        name="fresh51_06_town_village_venues_report_next_steps",
        source="http://xuexue6.com/bgzj/k03335/6110529_2.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Page 2 of a town's report on building village-level organisation venues (桐乡市, 先进性教育活动 era); the "
               "visible part starts with its third part, 三、下阶段工作计划, so there is no title.",
               "三、下阶段工作计划 is next_steps, level 1; the three 1、2、3、 lines are run-in headings (a title sentence "
               "then body), level 2, next_steps as their parent (goals or measures would also be readable, not given as "
               "alternatives because the parent is plainly the next-steps part of a report).",
               "The source's blank figures '新建村级文化活动中心（室） 个', '全镇 个行政村', '达到 %以上' are kept; the page "
               "ends inside 3、 ('…“城乡文明手拉手”结对共')."],
        units=[],
        text="""\
@H1 sec=next_steps | 三、下阶段工作计划
几年来我镇在村级组织活动场所和阵地建设上做了一些工作，但对照上级要求和群众期望仍有差距，村与村发展也不平衡，下一步将结合先进性教育活动和社会主义新农村建设继续加大力度，完善场所功能。
@H2 | 1、加快发展村级集体经济，夯实村级组织活动场所建设的物质基础。围绕新农村建设增加村级集体稳定收入，实施第二轮村级集体经济“壮大工程”，坚持“集体经济与个私经济相协调、造血与输血相配合、增收与节支相结合、强村与富民相一致”四大原则，对两个扶持村在工程立项和土地整理项目上优先安排。
@H2 | 2、加大村级文化活动阵地建设力度，完善村级组织活动场所的配套设施。今年计划新建村级文化活动中心（室） 个，使全镇 个行政村建成率达到 %以上，探索文化阵地长效管理办法，组建村级文艺小分队，形成镇、村、户三级联动。
@H2 | 3、进一步提升村级组织活动场所的功能，服务群众。根据桐乡市“城乡文明手拉手”结对共
""",
    ),
    dict(
        name="fresh51_07_hospital_infection_control_dept_plan",
        source="https://www.haikao.com/gongzuojihua/321660.html",
        doc_kind="plan", partial=True,
        notes=["The first sample ('科室工作计划 篇1') of a collection page: a hospital's infection-control department plans "
               "its year (20xx, Shandong, 潍坊市). Breadcrumb, posting line, collection title, 小编 blurb and sample number "
               "dropped; the sample has no title line.",
               "一、做好医院感染防控知识的培训与考核 is a task area (goals, measures accepted); the 1.–4. lines under it are "
               "task statements, labelled as items at level 2. '4. ' keeps the source's space after the numbering.",
               "The site's anti-copy dot in '印发的.《医院感染管理文件汇编》' is kept inside item 3 and not labelled. "
               "Targets (90%以上, 85分以上, 15学时, 3学时) are not phases. The page ends inside item 4 ('…分期')."],
        units=[],
        text="""\
新的一年，在分管院长指导下，我们以监测为技术、管理为手段、培训为支持，按照《山东省综合医院评价标准和实施细则》和20xx年卫生部下发的《质量万里行》活动方案，针对20xx年我院医院感染管理的不足和上级规范要求，制定20xx年科室工作计划如下。
@H1 sec=goals alt=measures | 一、做好医院感染防控知识的培训与考核
全院医务人员分层次培训，全员与重点、集中与分散相结合，力争在岗人员培训率90%以上、院感知识考试成绩85分以上，并借宣传栏、宣传画普及院感知识，让大家熟悉暴发报告和处置流程，树立医院感染“零宽容”理念。
@I2 | 1.本年度医院感染管理专职人员参加国家、省市级卫生部门组织的医院感染学习提高班，每年学习时间不少于15学时。
@I2 | 2.对新上岗的工作人员，包括实习医师、护士、进修生，进行医院感染基础知识培训，时间不得少于3学时。
@I2 | 3.组织全院医护人员以科室为单位认真学习潍坊市卫生局印发的.《医院感染管理文件汇编》和医院感染管理的各项规章制度。
@I2 | 4. 针对不同专业和不同岗位人员的具体情况，分期
""",
    ),
    dict(
        name="fresh51_08_kindergarten_term_work_plan",
        source="https://m.wenke99.com/p-7703919.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a document-sharing page '幼儿园学期工作计划五篇' (a township central kindergarten in "
               "Jiangsu, 常州市); the page's blurb ('范文仅供参考,自行编辑使用') and sample number were dropped, no title. "
               "The store ran the text into one block; it was split at the numbered lines.",
               "'一、工作目标：' and '二、主要措施：' are level-1 label headings (goals; measures). The five 1、…5、 lines "
               "under 一、 are goal statements (items, level 2). Under 二、 the headings are '（一）、…' (style （一）、) with "
               "the source's typo '实行科学管管理' kept; the 1、 under （二）、 is a task item at level 3, cut by the page "
               "('…提高')."],
        units=[],
        text="""\
@H1 sec=goals | 一、工作目标：
@I2 | 1、加大硬件投入力度，不断改善办园条件，创设安全舒适的育人环境。
@I2 | 2、强化师资队伍建设，不断提升教师综合素质。
@I2 | 3、根据本园实际情况，结合市级课题美术教学游戏化的研究开展特色教育、树立自身品牌，争创特色幼儿园。
@I2 | 4、模范执行管理规范，配合学校创建江苏省平安校园、常州市依法治校示范校园。
@I2 | 5、以一流的师资、一流的环境、一流的服务将幼儿园建设成为乡镇一流的幼儿园。
@H1 sec=measures | 二、主要措施：
@H2 | （一）、加大硬件设备的投入力度，创设良好育人环境。本学期各班添了空调，操场全部换成塑胶场地，班级桌椅全部更新，又添置钢琴、桌面玩具以及办公室电脑和多媒体设备，让活动开展得更安全、更丰富。
@H2 | （二）、规范办学行为，实行科学管管理。
@I3 | 1、开学初，本着岗位公开、平等竞争、双向选择的原则，制定切实合理的全镇幼师择优上岗方案，促进教师的优化组合，提高
""",
    ),
    dict(
        name="fresh51_09_company_spring_outing_activity_plan",
        source="https://365docx.com/view/3e99b1b748.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        title_override="公司团建春游活动计划",
        notes=["A company's team-building spring-outing plan on a document-sharing site whose text has lost ALL punctuation "
               "and line breaks: the page is one run of characters. It was split into lines only where a numbered "
               "heading starts; every heading runs straight into its body (texts set by hand: '一活动背景' …), and the "
               "rewritten bodies keep the page's lack of punctuation.",
               "A stray page number '11' is glued before the title (line 1, title set by hand) and after '星期x' in the "
               "活动时间 line; both kept, not labelled. The numbering is a bare numeral without 、 ('一' … '七'): "
               "numbering style none, as in earlier sets.",
               "Kinds: 活动背景 background (guidance accepted), 活动目的 goals (guidance accepted), 活动时间 phases (other "
               "accepted) with the overall time 'xxxx年4月x日' as an optional phase, 活动地点 / 活动对象 other, 宣传方式 "
               "other (measures accepted), 活动主要内容 goals (other accepted). '共计人' (a blank head count) is kept. "
               "The page ends inside 七 ('…在活动中能使')."],
        units=["综合部"],
        extra_phases=[dict(name="活动时间", start_text="xxxx年4月x日", end_text=None, at="三活动时间", optional=True)],
        text="""\
@T | 11公司团建春游活动计划
@H1 num=一 sec=background alt=guidance text=一活动背景 | 一活动背景忙碌的一年快要过去公司始终以诚信立足创新致远为宗旨不断进步各位职员也不断努力取得好成绩为让成果更丰硕组织这次外出活动给员工一个放松也是学习的机会以学习促娱乐提高员工能力和公司凝聚力
@H1 num=二 sec=goals alt=guidance text=二活动目的 | 二活动目的结合公司现状组织外出加强各部门之间的沟通和信任减少工作失误帮大家缓解压力调整心态改善人际关系建立默契和团队合作意识让团队更有凝聚力和工作效率
@H1 num=三 sec=phases alt=other text=三活动时间 | 三活动时间xxxx年4月x日星期x11
@H1 num=四 sec=other text=四活动地点 | 四活动地点春游活动地点
@H1 num=五 sec=other text=五活动对象 | 五活动对象公司全体员工共计人
@H1 num=六 sec=other alt=measures text=六宣传方式 | 六宣传方式以各部门负责人在部门会议上宣传为主综合部下发通知为辅
@H1 num=七 sec=goals alt=other text=七活动主要内容 | 七活动主要内容希望营造学习和娱乐兼顾的氛围让员工在游戏中体会沟通和团队的重要本次游戏设计用到不少心理学知识在活动中能使
""",
    ),
    dict(
        name="fresh51_10_county_education_bureau_2024_work_points",
        source="https://m.yzwku.com/doc/986747.html",
        doc_kind="plan", partial=True,
        title_override="县教育局2024年工作要点",
        notes=["A county education bureau's 2024 工作要点 on a document-sharing site (优知文库); the site's '由会员分享…' line "
               "was dropped. The site's chunk markers are kept and never labelled: '1、' glued before the title (line 1, "
               "title set by hand), '2、' starting line 4 in the middle of a phrase ('有本' / '2、领、有担当的…') and '3、' "
               "starting line 7 in the middle of a sentence ('…职称评聘制度' / '3、和教师工资待遇…').",
               "Four run-in task areas at level 1 (goals, measures accepted), numbered irregularly as the page has them: "
               "'1.', '2 .' and '3 .' with a space before the dot, and '4 ' with no dot at all (numbering '2 .', '3 .', "
               "'4'; style none, as the builder gives for these tokens). The title was run into '1.全面坚持…' on the page "
               "and was split from it.",
               "The 一是/二是 points inside 4 are in mid-line and not labelled; the page ends at '二是优'."],
        units=["县教育局"],
        text="""\
@T | 1、县教育局2024年工作要点
@H1 sec=goals alt=measures | 1.全面坚持党对教育工作的领导。推进党的组织全覆盖，积极发展党员并开展专题培训；落实中小学校党组织领导下的校长负责制，实施党建引领工程，围绕立德树人、学校发展、教育质量、师德师风抓党建，为教育改革发展把方向、添动力。
@H1 num=2~. sec=goals alt=measures | 2 .全面落实立德树人根本任务。贯彻党的教育方针，推进五育并举，巩固教育双减成果，规范课后托管服务，加强学生心理健康教育，帮中小学生扣好人生第一粒扣子，培养有理想、有本
2、领、有担当的时代新人，为民族复兴打好基础。
@H1 num=3~. sec=goals alt=measures | 3 .推进各级各类教育高质量发展。学前教育普及普惠，建覆盖城乡、布局合理的公共服务体系；义务教育优质均衡和城乡一体化，提高确需保留的乡村小规模学校质量；普通高中多样特色发展，深化课程和教学改革；职业教育深化产教融合、校企合作。
@H1 num=4 sec=goals alt=measures | 4 不断加强师资队伍建设。一是健全教师待遇保障机制。完善职称评聘制度
3、和教师工资待遇的长效保障，加大表彰奖励，稳定教师队伍。二是优
""",
    ),
]
