# -*- coding: utf-8 -*-
"""The ninety-ninth held-out fresh set: WORD FILES SAVED BY LIBREOFFICE, a mix of plans, activity
plans and a summary from a company department, a school union, a factory union, a hospital union,
a middle-school union, a school, two communities and a county health commission.  Nine real documents.  Each document is
NAME.txt + NAME.labels.json as in the other sets, and NAME.docx, written as a flat ODF text file
by _build/make_docx.py (copied from corpus_fresh91) and converted by LibreOffice.  Found as stored
public web pages with the `search` tool's `pages` corpus (log in notes_queries.txt).
HELD OUT: never tune an importer on these documents; score totals only.
"""

FRESH99_DOCS = [
    dict(
        name="fresh99_01_production_department_safety_work_plan",
        source="https://www.yuwenhai.com/jiaoyufanwen/gongzuojihua/4610429.html",
        doc_kind="plan", partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice), direct formatting only: no Heading styles, the heading bold (黑体) with a typed "
               "number. Second sample of a collection page (生产部工作计划2); the sample number was dropped from the title.",
               "The intro states the year's safety targets (body). The page is cut right after '二' (nothing of the second "
               "heading visible), so the document ends after 一、指导思想."],
        units=[],
        text="""\
@T | 生产部工作计划
20xx年的目标是不出死亡、重伤和重大设备事故，不留重大事故隐患，工伤事故率控制在厂定指标以内，综合粉尘浓度合格率达标。以下是本人的具体工作安排。
@H1 sec=guidance | 一、指导思想
以公司年度安全生产目标管理责任为指导，以工厂安全管理制度为标准，坚持“安全第一，预防为主。”的方针，立足车间和班组安全管理，突出重点单位、重点岗位的重大事故预防，从纠正违章指挥、违章操作和劳保穿戴入手，落实各项规章制度，推动安全生产根本好转。
""",
    ),
    dict(
        name="fresh99_02_school_union_fixed_point_shooting_activity_plan",
        source="http://salifelink.com/huodongfangan/202109/4168081.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1}, footer=True, right=["20xx年XX月18日"]),
        notes=["Word file (LibreOffice): 一、-五、 are Heading 1 paragraphs numbered by the OUTLINE numbering (numbers not "
               "typed); the nine rules 1、-9、 under 四、比赛方法 are an automatic list (list style L1). Closing date and "
               "issuer right-aligned in one paragraph.",
               "First sample of a collection page in traditional characters, given in simplified ones. The page gives no "
               "title of its own for the sample ('工会活动方案 篇1'); the title line keeps '工会活动方案', sample number dropped.",
               "Key-value headings '一、活动内容：定点投篮' (other, goals accepted), '二、活动时间：20xx年XX月22日' (phases, "
               "other accepted; the date is an optional overall period), '三、活动地点：校篮球场' (other). "
               "'五、未经事宜另行通知，由校工会解释。' is a one-line closing heading (requirements, other accepted).",
               "The nine 比赛方法 lines are items (level 2)."],
        extra_phases=[dict(at="二、活动时间", name="活动时间", start_text="20xx年XX月22日", end_text=None)],
        units=["校工会"],
        text="""\
@T | 工会活动方案
按照教办工会的工作要求，以“锻炼、健康、工作、幸福”为主题，学校在校内开展健康有益的文体活动，丰富教职工课余生活、缓解工作压力，提高教师身体素质，增强团队协作精神和凝聚力，营造和谐校园氛围。
@H1 sec=other alt=goals | 一、活动内容：定点投篮
@H1 sec=phases alt=other | 二、活动时间：20xx年XX月22日
@H1 sec=other | 三、活动地点：校篮球场
@H1 sec=other alt=requirements | 四、比赛方法
@I2 | 1、设男子组、女子组。
@I2 | 2、比赛使用符合条件的篮球场半场，男子在罚球线投篮，女子可在三秒区线内任一点投篮。
@I2 | 3、女子组先赛，男子组后赛。
@I2 | 4、女子每人投1分钟，男子每人投10次，自投自捡，投中一球得一分，男女组各按成绩取前十名。
@I2 | 5、每个场地每次只许一名选手比赛。
@I2 | 6、不得自带助手协助。
@I2 | 7、裁判示意开始后才能投篮；提前进场投篮算犯规，由裁判纠正后重新开始。
@I2 | 8、投篮动作不限，单手肩上、头上、胸前、腹前或双手持球均可。
@I2 | 9、可以跳投。
@H1 sec=requirements alt=other | 五、未经事宜另行通知，由校工会解释。
20xx年XX月18日 校工会
""",
    ),
    dict(
        name="fresh99_03_factory_union_spring_outing_activity_plan",
        source="http://cnleizhuo.com/fanwen/huodongfangan/3316109.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、-七、 are Heading 1 paragraphs with TYPED numbers (style 'headings': the "
               "outline numbering has no number format). The page (traditional characters, given in simplified ones) "
               "writes a space after each '、' ('一、 活动主题：'); the space is dropped here, as a writer's Word file "
               "would not keep it (judgement call).",
               "First sample of a collection page ('工会的活动方案 1'): title '工会的活动方案', sample number dropped.",
               "Each label heading ends in a colon and its value is the next paragraph. 三、活动时间 holds '6月7日（周日）' "
               "(optional overall period). 活动对象 is other; 活动简介 is background (other accepted).",
               "The page continues past the 简介 into awards (cut at '湖北省'); the document ends with the figures that "
               "were visible."],
        extra_phases=[dict(at="三、活动时间", name="活动时间", start_text="6月7日（周日）", end_text=None)],
        units=["武汉二厂工会"],
        text="""\
@T | 工会的活动方案
@H1 sec=other | 一、活动主题：
“五月阳春踏歌行，携手同游聚士气”。大好河山知音·九真景区一日游。
@H1 sec=goals alt=background,guidance | 二、活动目的和意义：
为丰富员工业余生活，增强工会凝聚力和员工对集体的认同感，营造团队氛围，武汉二厂工会组织这次春游。
@H1 sec=phases alt=other | 三、活动时间：
6月7日（周日）
@H1 sec=other | 四、活动地点：
大好河山知音·九真景区
@H1 sec=other | 五、活动形式：
自由观光与休闲娱乐
@H1 sec=other | 六、活动对象：
武汉工厂二厂复合发泡工段
@H1 sec=background alt=other | 七、活动简介：
景区在武汉西郊蔡甸区永安街九真山国家级森林公园内，植被茂密，空气负氧离子含量约为市中心的十倍以上，四季各有农家采摘和休闲项目。
景区2005年开园，年接待游客115万人次，旅游收入6893.2万元，承办过“2008年武汉国际旅游节闭幕市”等多项省级活动。
""",
    ),
    dict(
        name="fresh99_04_hospital_union_fun_games_activity_plan",
        source="http://wenshu.52jianpu.com/fangan/2638815.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、-七、 are Heading 1 and the game headings 1、-3、 under 七、具体安排 Heading 2, all with "
               "TYPED numbers (style 'headings'); the eight games listed under 三、活动内容 are plain paragraphs with typed "
               "numbers (items, level 2).",
               "First sample of a collection page ('工会活动方案 1'); title '工会活动方案'. The writer is a hospital union "
               "(医院, 和谐医院); no unit name is given beyond '工会'.",
               "四、活动时间 '9月28日下午' is an optional overall period (the intro's '五一节前' contradicts it; both kept as "
               "written). Under 七、具体安排 (phases accepted as other/goals) the games are level-2 headings; '评委：' lines "
               "are blank key-value body lines.",
               "The page is cut inside the third game's scoring sentence ('以计时方'); the document ends before it."],
        extra_phases=[dict(at="四、活动时间", name="活动时间", start_text="9月28日下午", end_text=None)],
        units=["工会"],
        text="""\
@T | 工会活动方案
为丰富职工文化生活、缓解工作压力、增进沟通与友谊，工会拟在五一节前组织健身趣味活动，方案如下：
@H1 sec=goals alt=guidance,background | 一、活动目的：
围绕医院中心工作和和谐医院建设，培养职工阳光心态，提高幸福指数，营造积极向上的氛围，使医院成为职工的精神家园。
@H1 sec=other | 二、活动主题：
强身健体营造温馨团队 心手相牵构建和谐医院。
@H1 sec=goals alt=other | 三、活动内容：
@I2 | 1、投篮比赛；
@I2 | 2、挟玻珠比赛；
@I2 | 3、端乒乓球比赛；
@I2 | 4、阳光伙伴齐步走；
@I2 | 5、拔河比赛；
@I2 | 6、背向夹球往返接力赛；
@I2 | 7、盲人击鼓；
@I2 | 8、钓鱼比赛
@H1 sec=phases alt=other | 四、活动时间：
9月28日下午
@H1 sec=other | 五、活动地点：
医院篮球场
@H1 sec=other | 六、参加人员：
在职职工及部分退休职工。
@H1 sec=goals alt=other,phases | 七、具体安排
@H2 | 1、投篮比赛
每组5人在指定区域投篮，每人5次，限时3分钟，投中多者胜。
评委：
@H2 | 2、挟玻珠
1分钟内夹出玻璃珠不少于5颗即过关。
评委：
@H2 | 3、端乒乓球比赛
每组3人各持一只球拍，沿指定路线把乒乓球传给下一名队友，依次接力；途中不得用手拿球，球落地须回起点重来。
""",
    ),
    dict(
        name="fresh99_05_middle_school_union_spring_outing_activity_plan",
        source="https://www.360docs.net/doc/d71950224.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", footer=True),
        notes=["Word file (LibreOffice), direct formatting: headings bold with typed numbers, no Heading styles, no "
               "automatic numbering.",
               "The page (a document-sharing site) holds several documents; this is the first, '中学工会迎春踏青活动方案'. "
               "Site debris (download notices, the date 2018-01-12) dropped; the next document on the page is not taken.",
               "五、活动内容 holds two parts 1、踏春赏花 and 2、品氧清肺, each with a body paragraph: level-2 headings. "
               "Under 六、注意事项 the first point is glued to its lead-in ('具体事项：1、按规定…'), a body line; the points "
               "2、-4、 are items at level 2 (judgement call: the first point is not separable).",
               "三、活动时间 '2016年3月12日（周六）一天' is an optional overall period."],
        extra_phases=[dict(at="三、活动时间", name="活动时间", start_text="2016年3月12日（周六）", end_text=None)],
        units=["校工会"],
        text="""\
@T | 中学工会迎春踏青活动方案
@H1 sec=goals alt=background,guidance | 一、活动目的
踏青是传统的文体活动，走进春光山水之中，能让人开阔心胸、消除疲劳、释放压力、增进交流。
三月正宜踏青，为让全校教职工亲近自然，由校党支部、校长室发起，校工会组织这次迎春踏青活动。
@H1 sec=other | 二、活动主题
拥抱自然，舒展身心，促进和谐。
@H1 sec=phases alt=other | 三、活动时间
2016年3月12日（周六）一天。
@H1 sec=other | 四、活动地点
苏州上方山国家森林公园。
@H1 sec=goals alt=other | 五、活动内容
@H2 | 1、踏春赏花
园内春兰飘香，樱花将开，郁金香争奇斗艳，可悠然赏春。
@H2 | 2、品氧清肺
园区是天然氧吧，负氧离子丰富，适合静心调神。
@H1 sec=other alt=requirements | 六、注意事项
具体事项：1、按规定学校只负担车旅费，其余费用自理。
@I2 | 2、学校工会每人发50元午餐补贴费（不参加者不享受）。
@I2 | 3、参加者到工会指定老师处报名。
@I2 | 4、报名截止：3月8日。
""",
    ),
    dict(
        name="fresh99_06_school_annual_work_summary",
        source="http://www.xuetengedu.com/14196.html",
        doc_kind="summary", partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): '引言' and '一、指导思想与工作目标回顾' are Heading 1 paragraphs (typed number), "
               "Heading styles with no outline number format.",
               "First sample of an article page ('篇一：《学校年度工作总结》'); the site's bracketed remark on the sample "
               "(综合汇报型范文…) and the page's own intro were dropped; title '学校年度工作总结'.",
               "引言 is an unnumbered level-1 heading (background, other accepted). 一、 reviews the guiding idea and the "
               "year's goals (guidance, goals/achievements accepted). The page's five '- 德育为首：…' bullet lines are "
               "given as plain paragraphs without the dash (the writer's bullets would be Word bullets; make_docx has "
               "none), not labelled. The page is cut inside the fifth bullet."],
        units=[],
        text="""\
@T | 学校年度工作总结
@H1 sec=background alt=other | 引言
本年度学校坚持立德树人、以提高质量为核心，围绕学期初的工作计划扎实推进，德育、教学改革、师资、校园文化和安全后勤等方面成效明显。本文回顾全年工作，总结经验、查找不足，为来年打好基础。
@H1 sec=guidance alt=goals,achievements | 一、指导思想与工作目标回顾
本年度以《国家中长期教育改革和发展规划纲要》为指引，坚持“以人为本，和谐发展”的办学理念，深化改革、强化管理、优化育人环境。
年度工作总目标是：
德育为首：构建全员、全过程、全方位的德育体系，学生思想品德合格率再创新高。
质量核心：深化课堂教学改革，提高课堂效率，各年级教学质量稳步上升。
强师固本：加强教师队伍建设，提升专业素养和业务能力。
特色彰显：推进特色项目建设，形成品牌，提升办学品位。
安全基石：确保校园安全零事故，创建平安、和谐、文明的
""",
    ),
    dict(
        name="fresh99_07_community_sanitation_campaign_summary",
        source="https://360docs.net/doc/0a24465127.html",
        doc_kind="summary", partial=True,
        docx=dict(style="direct", lists={"一、": 0, "1.": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): the whole document is ONE multi-level automatic list (list style L1, level 1 "
               "'一、', level 2 '1.'), continued over the body paragraphs (text:continue-numbering); no number is typed. "
               "Direct formatting otherwise, no Heading styles.",
               "A document-sharing page ('社区创卫工作总结范文'); its download notices were dropped and the title is the "
               "document's own '社区创卫工作总结'. The page's text is broken at PDF line ends ('亟 / 待解决'); joined.",
               "一、工作成绩 is achievements; the four results 1.-4. are short headline lines each followed by a body "
               "paragraph: level-2 headings (achievements). The page is cut inside the fourth body ('有效减少了管理漏'); "
               "the rewrite stops before it."],
        units=[],
        text="""\
@T | 社区创卫工作总结
城市化发展迅速，城区人口稠密、居住环境复杂，怎样让城市更整洁、舒适、美丽成了亟待解决的问题。
为此，本社区响应国家创卫号召，把集中整治与长期管理结合起来开展创卫工作，取得了一定成效。现总结如下：
@H1 sec=achievements | 一、工作成绩
本社区创卫工作从2018年开始，经过一年多努力，取得以下成绩：
@H2 | 1.环境卫生得到了有效改善。
乱倒垃圾、乱涂乱画、乱停乱放等问题得到整治，环境卫生明显好转；社区还增设了多处公共垃圾桶，方便居民投放。
@H2 | 2.绿化环境得到了优化。
通过绿化街道、公共区域和小花园，推进社区绿化，一年来建成蓝天、小红、秀水、常青等多个小区公共绿地。
@H2 | 3.市民环保意识不断提升。
多种方式开展环保教育和宣传，让居民了解卫生环境的意义和做法，引导大家参与卫生环保。
@H2 | 4.社区管理日趋规范。
制定规章制度、依法管理，推动社区管理向规范化、政策化、制度化发展。
""",
    ),
    dict(
        name="fresh99_08_community_civilisation_creation_year_end_summary",
        source="http://yopipo.com/zongjie/5587803.html",
        doc_kind="summary", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 and 二、 are Heading 1 paragraphs numbered by the OUTLINE numbering (numPr in "
               "the Heading 1 style, lvlText '%1、', numbers not typed).",
               "First sample of a collection page in traditional characters ('第1篇 2023年社区文明创建年终工作总结'), given "
               "in simplified ones; the sample number was dropped.",
               "Both headings are backward-looking work areas (achievements). '二、加大宣传力度。' is a short heading; the "
               "page runs its next line on without a stop ('努力形成整体联动的创建格局近年来，社区紧紧围绕创'); that "
               "line is body, kept as a fragment where the page is cut."],
        units=["创建文明社区工作领导小组"],
        text="""\
@T | 2023年社区文明创建年终工作总结
在上级领导关心和社区党员群众支持下，社区借助自办宣传阵地的优势，抓住全市创建全国文明城市的契机，有效开展文明社区创建，为社区建设提供了精神动力和思想保证。现总结汇报如下：
@H1 sec=achievements | 一、加强创建领导，充分发挥党组织和社区居委会的带头作用
文明社区创建是加强基层组织、丰富居民文化生活、提高城市文明程度的重要举措。社区成立创建文明社区工作领导小组，党支部书记任组长，社区干部和优秀党员为成员，并制定三年创建规划和实施方案，明确目标任务。
创建中坚持以党建带创建、以创建促党建，建立党组织联席会议和共建活动制度，组建社区服务志愿者队伍，组织党员开展讲文明、树新风、做贡献活动，为居民办好事实事。
@H1 sec=achievements | 二、加大宣传力度。
努力形成整体联动的创建格局。近年来，社区紧紧围绕创
""",
    ),
    dict(
        name="fresh99_09_county_health_commission_2024_work_plan",
        source="https://gongwen.com.cn/doc/391863.html",
        doc_kind="plan", partial=True,
        docx=dict(style="direct", lists={"（一）": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): the three task paragraphs （一）-（三） are an automatic list (list style L1, "
               "lvlText '（%1）', number not typed) whose paragraphs carry the whole task text (run-in heading + body); "
               "'一、2024年工作计划' is a bold direct-formatted paragraph with a typed number.",
               "A document page (PDF text broken at line ends, joined; '2024 年' spacing of the PDF removed). The page "
               "shows only the first heading '一、2024年工作计划' (goals) and three tasks; cut inside （三）.",
               "（一）-（三） are level-2 headings (goals, measures accepted) whose text is cut at the first '。'. Inside "
               "（三） the points '一是…二是…' are run-in body, not labelled. Writer: a county 卫健委 (county department)."],
        units=[],
        text="""\
@T | 县卫健委2024年工作计划
@H1 sec=goals alt=measures | 一、2024年工作计划
@H2 alt=measures | （一）全力做好传染病防控工作。持续加强监测预警和疫情研判，统筹防控新冠和其他传染病；广泛宣传新冠、流感、登革热、感染性腹泻等防控知识，倡导健康生活方式，提高群众自我防护和及时就诊意识；加强医务人员培训，提高鼠疫、猴痘、登革热等传染病的诊治能力。
@H2 alt=measures | （二）进一步提升基层医疗服务能力。继续保障社会办医健康发展，按规划争取引进二级综合和二级专科医院；规范推进乡镇卫生机构和村卫生室标准化建设，加快重点项目建设；提升医疗和服务质量，完善药品保障，推动设施设备提档升级，改善农村群众就医环境。
@H2 alt=measures | （三）持续推进公立医院改革。一是深入推进紧密型医共体改革，围绕“利益共同体”找准改革动力，按照“两包三单六贯通”逐项强化举措，确保落地见效。二是在紧密型医共体框架下，以医防融合为突破口构建县乡利益共享机制，促进牵头医院与乡镇卫生院之间
""",
    ),
]
