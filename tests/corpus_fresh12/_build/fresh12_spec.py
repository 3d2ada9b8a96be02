# -*- coding: utf-8 -*-
"""The twelfth held-out fresh set: real Chinese activity plans, schemes and
summaries written by government bodies (a town, a hospital, primary schools
run by education bureaus, a township central primary school, a village
nine-year school's primary section) and by
grassroots and non-government writers (a technician college's academic
affairs section, a college volunteer association, a college Youth League
committee, a university student-affairs office and drama club, a hotel),
found as stored public web pages with the `search` tool's `pages` corpus.
Most of the documents were chosen for a visible steps / schedule part with
dated phases.  None of the source pages is a source of shared/corpus-dev or
tests/corpus_fresh .. tests/corpus_fresh11.  HELD OUT: never tune an
importer on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  download notices, site blurbs, collection titles, sample numbers, author
  names, copyright lines) was dropped; debris that a user pasting from the
  page would get along is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！～ was restored (times such as 14:00 keep the colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH12_DOCS = [
    # ------------------------------------------------------------- government writers
    dict(
        name="fresh12_01_town_most_beautiful_family_selection_scheme",
        source="https://nnzhiyuan.cn/article/67139.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A town's (昆阳镇) scheme for selecting its ten 'most beautiful families', the first sample of a "
               "collection page titled for communities (blurb and sample number '篇1' dropped; the sample heading "
               "'社区最美家庭评选活动方案' is the title line). Names of the party secretary, the town head and the "
               "deputy secretary in （一） were dropped, leaving the roles.",
               "Four 一、 headings; 三、评选条件 has seven short '1、' value items kept as the page has them. Under "
               "四、评选组织及评选办法, '（一）领导组织。…' and '（二）推荐评选程序。' are run-in headings (level 2, text cut "
               "at the first '。'); under （二） the stages '1、宣传发动阶段（20xx年10月28日——11月5日）。…' and "
               "'2、提名推荐阶段（20xx年11月6日——11月15日）。…' are run-in level-3 headings and phases (dates as "
               "written). The page ends mid-word in the second stage ('…积', kept)."],
        units=["镇文明办"],
        text="""\
@T | 社区最美家庭评选活动方案
@H1 sec=guidance | 一、指导思想
以“中国梦，我的梦”为主题、以评选“最美家庭”为载体，发动全镇居民参与，宣传表彰一批群众公认、家庭和谐、对社会有贡献的典型，唱响美丽昆阳、美丽家庭的主旋律，推动我镇精神文明创建再上台阶。
@H1 sec=other alt=goals | 二、评选范围
七个居委会各至少推荐两户居民家庭，学区推荐1户，五所小学和一所中学各推荐1—2户，其他镇直部门至少推荐一户；昆阳镇户口的各界人士可到所在居委会或镇文明办报名。全镇拟评出十大“最美家庭”予以表彰。
@H1 sec=other alt=requirements | 三、评选条件
@I2 | 1、家庭和睦。
@I2 | 2、邻里和谐。
@I2 | 3、敬老爱老。
@I2 | 4、教子有方。
@I2 | 5、创业有为。
@I2 | 6、勤俭持家。
@I2 | 7、对社会做出突出贡献。
@H1 sec=responsibilities alt=phases | 四、评选组织及评选办法
@H2 sec=responsibilities | （一）领导组织。镇里成立评选活动领导组，党委书记任组长，镇长任常务副组长，党政班子成员任副组长，办公室、文明办、学区、文化站、共青妇、各居委会支部书记和镇直部门负责人为成员；领导组办公室设在镇文明办，由党委副书记兼任主任，具体负责评选的组织工作。
@H2 sec=phases | （二）推荐评选程序。
@H3 phase=宣传发动阶段;20xx年10月28日;11月5日 | 1、宣传发动阶段（20xx年10月28日——11月5日）。下发昆阳镇“最美家庭”评选活动实施方案，通过电视、短信发布信息、公布评选办法，启动活动；广泛宣传活动的意义，发动全镇居民参与，营造氛围。
@H3 phase=提名推荐阶段;20xx年11月6日;11月15日 | 2、提名推荐阶段（20xx年11月6日——11月15日）。各居委会和镇直各部门要高度重视，成立相应组织，对照评选条件，积
""",
    ),
    dict(
        name="fresh12_02_hospital_youth_staff_speech_contest_plan",
        source="https://xiexiaoyi.com/a/3703178648335360.html",
        doc_kind="activity_plan", partial=True,
        notes=["A hospital youth league committee's (院团委) plan for a bilingual theme speech contest among young "
               "staff. The page shows the title twice and a third time after '文章标题:' (site); one title line is "
               "kept. The line after it, '在全院青年职工中开展…主题演讲比赛的方案', is a subtitle (unlabelled, kept as "
               "the page has it). The lead-in announces the contest for '四月下旬' while the schedule runs in "
               "October and November; both kept as written. The masked '**' in the city slogan is kept.",
               "一、演讲内容：/二、参赛对象：/五、奖项设置： are label headings; '三、要求：…' is run in (text cut at "
               "the colon). Under 三、 the page numbers only the second point, '2、参赛语言：…' (item, level 2; the "
               "missing '1、' kept as is). 四、时间安排： has three run-in stages '1、组织宣传阶段。10月17日—31日。', "
               "'2、报名阶段。11月1日—6日。…' and '3、比赛时间。初步定在十一下旬，…' (level 2, text cut at the first "
               "'。'; phases, the dates in the line; '十一下旬' is the page's damaged '十一月下旬', kept). The page "
               "ends inside the prize line."],
        units=["院团委"],
        text="""\
@T | 医院青年职工主题演讲比赛策划方案
在全院青年职工中开展“构建和谐医患关系，共创医院美好未来”主题演讲比赛的方案
为响应市委、市政府“建设和谐平安**，共创富民兴市大业”的号召，引导全院职工投身“二次创业”，树立以病人为中心、以群众满意为己任、以院为荣的责任感，形成全院共建和谐健康医患环境的局面，院团委决定在四月下旬举办一次“构建和谐医患关系，共创医院美好未来”主题中、英双语演讲比赛，方案如下：
@H1 sec=goals alt=other | 一、演讲内容：
以“构建和谐医患关系，共创二院美好未来”为主题，结合医院正在开展的“医院管理年”活动，把医院“二次创业”和个人价值实现结合起来，展示我院青年的医德新风采、奉献新形象。
@H1 sec=other | 二、参赛对象：
全院40岁以下青年职工。
临床科室以科室为单位、行政后勤以团支部为单位确定参赛选手名单。
@H1 sec=requirements | 三、要求：主题明确、内容健康；参赛者仪表端正，语言标准流畅、有感染力。
每人演讲6—8分钟，一律脱稿，题目自定。
@I2 | 2、参赛语言：选手可按自身情况任选汉语或英语。
选用英语的选手，医院会在正式比赛前请专家集中指导。
@H1 sec=phases | 四、时间安排：
@H2 phase=组织宣传阶段;10月17日;31日 | 1、组织宣传阶段。10月17日—31日。
@H2 phase=报名阶段;11月1日;6日 | 2、报名阶段。11月1日—6日。各参赛单位把选手名单和演讲稿报院团委。
@H2 phase=比赛;十一下旬; | 3、比赛时间。初步定在十一下旬，具体日期另行通知。
@H1 sec=other | 五、奖项设置：
本次比赛设一等奖1名，二等奖2名，三等奖3名，
""",
    ),
    dict(
        name="fresh12_03_primary_school_composition_contest_plan",
        source="http://www.yhwg8.com/fangancehua/56515.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's plan for a composition contest run by its research office (教科室), the first "
               "sample of a collection page in traditional characters (author, date label and the sample heading "
               "'小學作文競賽活動方案范文1' dropped; the page title is the title line; the second sample is not "
               "represented). The visible sample starts at '三、競賽實施程序'. Bodies rewritten in traditional "
               "characters.",
               "Under 三、 the stages '（一）預賽' (phase, dated '4月份' in the next line, an item) and '（二）決賽' "
               "(level 2). The final is dated only in the key-value line '決賽時間（初定）：五月中旬' four lines below "
               "its heading; the phase '決賽' is placed on that line. '1、名額分配' and '2、時間和地點' are bare item "
               "titles (level 3). The April 30 registration date is a deadline, not a phase. 四、–七、 follow."],
        units=["教科室"],
        extra_phases=[dict(name="決賽", start_text="五月中旬", end_text=None, at="決賽時間（初定）：五月中旬",
                           optional=False)],
        text="""\
@T | 小學作文競賽活動方案
@H1 sec=phases | 三、競賽實施程序
@H2 phase=預賽;4月份; | （一）預賽
@I3 | 1、4月份為預賽階段，各年段、各班自己命題、自己組織；決賽題目由教科室統一命製。
@I3 | 2、各班語文老師須在4月30日前把決賽報名表和指導教師名單報教科室。（見附表）
@H2 | （二）決賽
@I3 alt=other | 1、名額分配
每個年段各班選派3名學生參加現場作文。
@I3 alt=other | 2、時間和地點
決賽時間（初定）：五月中旬
寫作時間11:50—13:00共70分鐘
決賽地點：校多媒體教室
@H1 sec=requirements alt=other | 四、答卷
選手須遵守競賽規則，答卷前在指定位置寫明姓名、年段、班級，只能用黑色水筆或鋼筆；比賽用紙由教科室統一發放，作文中不得寫出班級和本人真實姓名，可用××代替。
@H1 sec=other | 五、評卷
由教科室組織教師組成評委會評審。
@H1 sec=other | 六、獎勵表彰
中高年段分別設一等獎一名、二等獎三名、三等獎五名
@H1 sec=requirements | 七、要求
@I2 | 1、各年段、各班要重視這次競賽，積極指導學生參賽。
@I2 | 2、活動時間緊，請抓緊時間輔導。
""",
    ),
    dict(
        name="fresh12_04_primary_school_handwriting_contest_plan",
        source="https://www.guowenban.com/zh-mo/jiaoyufanwen/huodongfangan/5697913.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's plan for a standard-character handwriting contest, the first sample of a collection "
               "page in the site's traditional-character (zh-mo) version (breadcrumb, blurb and the sample heading "
               "'規範漢字書寫活動方案1' dropped; the page title is the title line). The leader's name was dropped "
               "twice (the empty label '組長：' is body; the hand-in place now reads '組長處'). The page forbids "
               "traditional characters while being shown in them; kept. Bodies rewritten in traditional characters.",
               "Seven 一、 label headings. Under 三、活動時間和地點 the two stages '第一階段；…9月22至26日…' (the page's "
               "'；' after the label kept; text cut there) and '第二階段：…9月27日下午…' (text cut at the colon) are "
               "level-2 headings and phases: start '9月22', end '26日' as written, and start '9月27日'. The 9月26日 "
               "date in item 5、 is a deadline. The parenthetical line under item 3、 is body. The page ends inside "
               "the first prize standard under 七、評比標準."],
        units=["語文組"],
        text="""\
@T | 規範漢字書寫活動方案
@H1 sec=goals alt=guidance | 一、活動目的：
為弘揚中華民族傳統文化，促使本校語文教師重視寫字教學，激發學生練字興趣、養成良好的寫字習慣，全面提高寫字水平，學校組織全體學生開展規範漢字書寫比賽。
@H1 sec=responsibilities | 二、領導小組：
組長：
組員：全體語文組成員
@H1 sec=phases alt=other | 三、活動時間和地點
@H2 phase=第一階段;9月22;26日 | 第一階段；學生在9月22至26日的寫字課上於各班教室書寫作品。
@H2 phase=第二階段;9月27日; | 第二階段：9月27日下午，語文組成員在電教室評出優秀作品。
@H1 sec=other | 四、參賽對象：
一至六年級全體學生。
@H1 sec=goals alt=other,requirements | 五、比賽內容：
書寫內容選自中華經典詩文，也可選自語文課本；可以節選，但須是完整的一段或句意完整的句子，字數不限。
@H1 sec=requirements | 六、比賽要求：
@I2 | 1、一至二年級學生用鉛筆書寫。
@I2 | 2、三至六年級學生用鋼筆或圓珠筆書寫。
@I2 | 3、作品必須用規範漢字書寫，不用繁體字、異體字，不寫自造字和錯別字。
（作品中如出現繁體字、異體字、自造字或錯別字，取消參評資格。）
@I2 | 4、比賽用紙由學校統一發放。
@I2 | 5、作品寫好後，各班語文老師在9月26日之前選送優秀作品（份數為全班人數的一半），送到組長處。
@H1 sec=other | 七、評比標準：
一等獎：書寫規範、正確、工整、美觀，字跡大小勻稱，
""",
    ),
    # ------------------------------------------------------------- grassroots and non-government writers
    dict(
        name="fresh12_05_technician_college_teaching_contest_scheme",
        source="https://www.dawendou.com/fanwen/qitafanwen/476805.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=False,
        notes=["A technician college branch campus's teaching contest scheme (教学比武方案) by its academic affairs "
               "section (教务科), complete on a sample page (the page heading '教学比武方案,3' dropped). The title was "
               "glued to the lead-in and is split off. The rest of the page was one run-together block, split at "
               "the numbering markers and label colons; the names of the judges were dropped, leaving the empty "
               "role labels '组长： 副组长： 成员：' (body).",
               "一、时间： holds the label headings '预赛：4 月 15 日------4 月 30 日（…）' and "
               "'总决赛：5 月 6 日-------5 月 31 日（…）' (level 2, text cut at the colon; phases with the PDF spacing "
               "and the long dash runs of the page kept). Under 五、组织方式 a schedule table for the final was run "
               "into one line; it is split into the header row and one row per contestant (table cells, body; the "
               "Thursday class slots are not phases). '七、本方案未尽事宜，由教务科解释。' is a numbered closing point "
               "(heading, other). The signature '教务科 2013 年 4 月 15 日' is body."],
        units=["教务科"],
        text="""\
@T | 南方技师学院深圳分校（北校区）教学比武方案
为落实学校的教育教学理念、深化教学改革、提高教师的教学水平、建设优良的师资队伍，特制定本次教学比武方案。
@H1 sec=phases alt=other | 一、时间：
@H2 phase=预赛;4~月~15~日;4~月~30~日 | 预赛：4 月 15 日------4 月 30 日（分组进行预赛，选出 2 位参赛选手）
@H2 phase=总决赛;5~月~6~日;5~月~31~日 | 总决赛：5 月 6 日-------5 月 31 日（每周四的第 6、7 节课）
@H1 sec=other | 二、地点：多媒体会议室（决赛）
@H1 sec=other | 三、参加对象：全体老师
@H1 sec=responsibilities | 四、领导机构：（评委）
组长： 副组长： 成员：
@H1 sec=measures alt=phases,other | 五、组织方式：
@I2 | 1、各教研组长按公平公正的原则组织本组老师进行预赛，选出本组最优秀的 2 名选手。
@I2 | 2、预赛选出的 8 名选手先抽签，再按以下安排参加决赛：
选手序号 星期 具体日期 地点 学生 听课教师 备注
1 周四第6节 5 月 9 日 多 媒 体 会议室 由 参 赛 选手 自 带 同一 班 级 的学生参赛，原 则 上 不得少于 30人。
除 管 理 线的 老 师 管理 学 生 等特 殊 原 因不参加，其他 教 务 科的 老 师 必须参加。
2 周四第7节 5 月 9 日
3 周四第6节 5 月 16 日 多 媒 体 会议室
4 周四第7节 5 月 16 日
5 周四第6节 5 月 23 日 多 媒 体 会议室
6 周四第7节 5 月 23 日
7 周四第6节 5 月 30 日 多 媒 体 会议室
8 周四第7节 5 月 30 日
@H1 sec=other | 六、奖项设置：（按规定给予绩效奖分）
一等奖：1 名 奖金 500 元
二等奖：2 名 奖金 300 元
三等奖：5 名 奖金 100 元
@H1 sec=other alt=requirements | 七、本方案未尽事宜，由教务科解释。
教务科 2013 年 4 月 15 日
""",
    ),
    dict(
        name="fresh12_06_college_volunteer_association_service_month_plan",
        source="http://f.tikuw.cn/f/item?id=1834902292073095",
        doc_kind="activity_plan", partial=True,
        notes=["A college volunteer association's plan for a volunteer service month, on a question-bank site. The "
               "title has lost its year ('志愿者协会年志愿服务月系列活动方案', kept as the page has it, also inside the "
               "quoted name in the lead-ins).",
               "Numbered '1.' / '2.' / '3.' top headings; under 2.活动内容和安排 five activities '（1）志愿者招募及培训' … "
               "'（5）志愿者成果展示与总结' (level 2), each a phase dated in the next line '时间：9月1日——9月7日' "
               "(start and end as written); the '活动内容：' lines are key-value body. Under 3.活动预期效果 a lead-in "
               "and the item '（1）…'; the page ends with a lone '（' (body)."],
        units=["志愿者协会"],
        text="""\
@T | 志愿者协会年志愿服务月系列活动方案
@H1 sec=background alt=goals | 1.活动背景
为贯彻国家的志愿服务精神，推动文明城市建设，凝聚社会正能量，增强大家的服务意识，我院志愿者协会制定了这次“年志愿服务月系列活动方案”。
@H1 sec=phases alt=goals | 2.活动内容和安排
@H2 phase=志愿者招募及培训;9月1日;9月7日 | （1）志愿者招募及培训
时间：9月1日——9月7日
活动内容：通过校园宣传和微信公众号发布招募信息，组织报名，经面试和资历审查后，培训新志愿者的服务基础知识和活动安排。
@H2 phase=志愿服务进校园;9月8日;9月14日 | （2）志愿服务进校园
时间：9月8日——9月14日
活动内容：到有代表性的中小学评选“志愿服务小达人”，教小学生志愿服务的基本知识和技能，开展送温暖、支教助学、文明宣传等活动。
@H2 phase=志愿服务进社区;9月15日;9月21日 | （3）志愿服务进社区
时间：9月15日——9月21日
活动内容：深入社区宣传志愿服务政策法规，组织居民开展环保公益、扫街清垃圾、植树等活动，推动社区文明建设。
@H2 phase=志愿服务进福利院;9月22日;9月28日 | （4）志愿服务进福利院
时间：9月22日——9月28日
活动内容：到福利院为老人提供互动娱乐、心理慰问和健康咨询等服务，唤起社会对老年人的关注和关爱。
@H2 phase=志愿者成果展示与总结;9月29日;10月1日 | （5）志愿者成果展示与总结
时间：9月29日——10月1日
活动内容：在校园展示本次活动的开展情况和成果，交流服务经验并总结，吸引更多人参与志愿服务。
@H1 sec=goals | 3.活动预期效果
通过这次“年志愿服务月系列活动方案”的开展，预期在以下几方面见效：
@I2 | （1）提高学生参与志愿服务的比例，扩大志愿服务文化的普及和影响；
（
""",
    ),
    dict(
        name="fresh12_07_college_host_contest_plan",
        source="http://m.taodocs.com/p-465728489.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college Youth League committee's plan for a campus host (主持人) contest on a document-sharing page "
               "(the label '文档介绍:' before the title dropped). Masks 'xxx', 'xxx@邮箱' and the page's "
               "'2021、2021级' kept. Under 二、组织工作 the two value lines start with a bare '：' (the labels were lost "
               "on the page; kept, body).",
               "The page numbers two headings '五、' ('五、比赛时间地点：' and '五、比赛内容：'); both kept as written. "
               "三、活动内容 has key-value items, one of them the overall period "
               "'3、比赛时间：2021年11月1日——2021年11月28日' (optional phase). Phases: '1、报名时间：…' under "
               "四、报名须知 (level 2), and under the first 五、 '1、预赛时间：…', '2、复赛：时间：2021年11月7日', "
               "'3、半决赛时间：2021年11月13日或14日 下午1:00' (start copied whole with '或14日') and "
               "'4、决赛：时间：2021年11月20日 19:00' (level 2, dates as written; the 'date + place' lines after "
               "them are body, the time slots of the semi-final day are not phases). The 11月5日 date under "
               "四、 is a deadline. The page ends inside （3） under 4、半决赛."],
        units=["共青团xxx学院委员会", "xxx学院大学生艺术团", "xxx学院广播站"],
        extra_phases=[dict(name="比赛时间", start_text="2021年11月1日", end_text="2021年11月28日",
                           at="3、比赛时间：2021年11月1日")],
        text="""\
@T | 校园主持人大赛的相关策划书
为活跃校园文化气氛、提升我校大学生的综合素质，让有志于主持事业或热爱播音主持艺术的同学有展示自己的机会，同时为xxx学院主持人队伍储备力量，特举办本次活动：
@H1 sec=guidance alt=goals | 一、活动宗旨
弘扬校园文化，丰富校园生活，挖掘艺术潜力，营造艺术气氛
@H1 sec=responsibilities | 二、组织工作
：共青团xxx学院委员会
：xxx学院大学生艺术团、xxx学院广播站
@H1 sec=goals alt=other | 三、活动内容
@I2 sec=other alt=requirements | 1、报名条件：xxx学院2021、2021级在校大学生均可报名参加
@I2 sec=other alt=phases | 2、比赛程序：分为系内预赛-复赛-半决赛-决赛四个阶段
@I2 sec=phases alt=other | 3、比赛时间：2021年11月1日——2021年11月28日
@H1 sec=requirements alt=phases | 四、报名须知：
@H2 sec=phases alt=requirements phase=报名;2021年11月1日;2021年11月6日 | 1、报名时间：2021年11月1日——2021年11月6日
@H2 | 2、报名方法及地点：各系自行组织系内预赛，11月5日前把推荐名单交团委大学生艺术团办公室并抽取比赛序号，电子版发至xxx@邮箱；每个系院推荐3—5人参赛
@H1 sec=phases alt=other | 五、比赛时间地点：
@H2 phase=预赛;2021年11月1日;2021年11月6日 | 1、预赛时间：2021年11月1日——2021年11月6日。
地点：各系院自行组织
@H2 phase=复赛;2021年11月7日; | 2、复赛：时间：2021年11月7日
早晨8:00--12:00 1-50号选手 下午1:00---4:00 51—90号选手
地点：4#教学楼106室
@H2 phase=半决赛;2021年11月13日或14日; | 3、半决赛时间：2021年11月13日或14日 下午1:00
地点：xxx学院大学生活动中心
@H2 phase=决赛;2021年11月20日; | 4、决赛：时间：2021年11月20日 19:00
地点：xxx学院大学生活动中心
@H1 sec=goals alt=other,requirements | 五、比赛内容：
@H2 sec=requirements alt=goals | 1、标准：展现xxx学院学生的风采和青春活力，以务实创新为指导标准，调动同学们的主动性、发掘主持人才，为学院各项活动输送主持人。
@H2 | 2、系内预赛：由各系院自行组织安排。
@H2 | 3、复赛：
@I3 | （1）自我介绍（1分钟以内）
@I3 | （2）自备栏目主持（3分钟以内）
@H2 | 4、半决赛：
@I3 | （1）自我介绍（30秒）
@I3 | （2）即兴评论：选手赛前三分钟抽题，题目多为近期热点新闻，先播读题目，再当场评论（2分钟）
@I3 | （3）才艺展示，伴奏自
""",
    ),
    dict(
        name="fresh12_08_university_psychodrama_contest_plan",
        source="https://wanwen.com/cehuashu/335325.html",
        doc_kind="activity_plan", partial=True,
        notes=["A university's plan for its seventh campus psychodrama contest, organised by the student-affairs "
               "office and mental-health centre and run by a school's youth league branch and a drama club; the "
               "first sample of a collection page (blurb and sample number dropped; the page title is the title "
               "line).",
               "Headings keep the page's spaces: '一、组织单位 ：' and '四 、时间：' (numbering '四 、' with a space, "
               "given by hand; its style is none). 二、比赛时间、地点： holds '预赛：20xx年11月18日14:00 …' and "
               "'决赛：20xx年11月28日19:00 …' (label headings, level 2, phases). 四 、时间： is the registration "
               "period, dated in the next line '即日起至11月17日' (phase '报名', start 即日起). 三、比赛规则 has five '1、' "
               "items. The page ends inside the first item of 五、报名方式 ('1、致电15864950', a truncated phone "
               "number, kept)."],
        units=["山东理工大学学生工作处", "大学生心理健康教育中心", "文学与新闻传播学院团总支", "三月剧社"],
        text="""\
@T | 校园心理剧策划书
为丰富大学校园文化生活、提高大学生的心理素质和心理适应能力，学校举办第七届校园心理剧表演大赛，即日起开始报名。
@H1 sec=responsibilities | 一、组织单位 ：
主办：山东理工大学学生工作处 大学生心理健康教育中心。
承办：文学与新闻传播学院团总支 三月剧社
@H1 sec=phases alt=other | 二、比赛时间、地点：
@H2 phase=预赛;20xx年11月18日; | 预赛：20xx年11月18日14:00 1号教学楼204室
@H2 phase=决赛;20xx年11月28日; | 决赛：20xx年11月28日19:00 3号教学楼报告厅
@H1 sec=requirements alt=other | 三、比赛规则：
@I2 | 1、学生可自由组队，也可以社团或学院为单位报名，原则上每个学院不超过三个节目，每个剧目表演不超过12分钟；
@I2 | 2、参赛剧目以大学生学习、生活和人际交往中的故事为内容，围绕“生命、生存、生活”的主题，内容健康向上，真实再现校园生活，剧情有起因、发展、高潮和结局，紧扣学生遇到的心理冲突，最好是往年没有参赛过的剧目；
@I2 | 3、通过预赛选出8个剧目参加决赛；
@I2 | 4、成绩从表演是否到位、能否表现人物的心理活动、演员配合是否默契等方面评判；
@I2 | 5、要有一定的舞台设置，需要承办方准备的物品请在报名时提出，承办方视情况解决。
@H1 sec=phases alt=other num=四~、 phase=报名;即日起;11月17日 | 四 、时间：
即日起至11月17日
@H1 sec=requirements alt=other | 五、报名方式：
@I2 | 1、致电15864950
""",
    ),
    dict(
        name="fresh12_09_hotel_skills_contest_plan",
        source="https://360docs.net/doc/668944773.html",
        doc_kind="activity_plan", partial=True,
        notes=["A hotel's plan for its first all-round staff skills contest on a document-sharing page (the site title "
               "'技能大赛活动方案' and download notices dropped). The title is broken over two lines "
               "('首届夏威夷国际商务酒店' / '综合技能大赛活动方案'; two title lines). Dates are written in Chinese "
               "numerals with the Latin letter O ('二OO七年五月二十八日'), kept.",
               "三、时间安排 has the stages '（一）报名', '（二）初赛', '（三）决赛' (level 2), each dated in its first item "
               "'1、时间：…' in the next line: 报名 has only an end ('截止到二OO七年五月二十八日', a deadline-only "
               "registration stage), 初赛 starts 五月二十九日 (the catering department's heats on the following line "
               "are not a separate phase), 决赛 starts 二OO七年六月十三日. Key-value items at level 3, '①②' items at "
               "level 4. The page ends inside the second time line of the final ('二OO七年六', kept)."],
        units=["人力资源部"],
        text="""\
@T | 首届夏威夷国际商务酒店
@T | 综合技能大赛活动方案
为提高酒店整体服务技能和员工的综合业务能力，给员工搭建一个展示技能和健康向上精神面貌的平台，酒店决定举办这次综合业务技能大比武，方案如下：
@H1 sec=goals alt=other | 一、参赛内容
@I2 | 1、房务部：迎客服务（引客服务、敬香巾服务、敬茶服务）和中式包床
@I2 | 2、餐饮部：中餐摆台（托盘、摆台、口布折花）和宴会服务程序（迎客服务、敬茶服务、敬香巾服务、斟酒服务、上菜流程、分餐服务、撤台程序）
@I2 | 3、保安部：单兵队列动作和泊车动作
@H1 sec=requirements alt=other | 二、参赛人员要求
本部门业务技能熟练的员工都可以报名参赛。
@H1 sec=phases | 三、时间安排
@H2 phase=报名;;二OO七年五月二十八日 | （一）报名
@I3 | 1、时间：截止到二OO七年五月二十八日
@I3 sec=other | 2、地点：人力资源部
@H2 phase=初赛;五月二十九日; | （二）初赛
@I3 | 1、时间：五月二十九日（房务部、保安部人员初赛）
五月三十日、三十一日14:00-16:00（餐饮部人员初赛）
@I3 sec=other | 2、地点：各部门的实际操作地点
@I3 sec=other | 3、形式：现场操作、评委打分
@I3 sec=other alt=requirements | 4、名额：各岗位满分100分，80分以上才有决赛资格，人数上限为餐饮部6人、房务部6人、保安部3人。
@I3 sec=requirements | 5、要求
@I4 | ①参赛人员一律穿工装，按酒店仪容仪表要求做好准备；
@I4 | ②工作人员和参赛人员提前30分钟到场做准备。
@H2 phase=决赛;二OO七年六月十三日; | （三）决赛
@I3 | 1、时间：二OO七年六月十三日14:00-16:00 （房务部、保安部）
二OO七年六
""",
    ),
    # ------------------------------------------------------------- summaries
    dict(
        name="fresh12_10_township_primary_school_myopia_prevention_summary",
        source="https://www.92read.com/fanwen/fwdq/wkj5kk.html",
        doc_kind="summary", partial=True,
        notes=["A township central primary school's summary of its myopia prevention work, the first sample of a "
               "collection page titled as plans (reading guide and the collection heading "
               "'开展近视防控工作计划【第一篇】' dropped). The sample's title was glued to its first sentence and is "
               "split off.",
               "Six 一、 points (achievements), each a run-in sentence; for 一、 and 四、 the heading part is given by "
               "hand (up to the second comma, and up to the first comma), the rest of their sentences rewritten; "
               "二、, 三、 and 五、 are cut at the first '。'. The page ends at the bare '六、卫生室接受学生预防近视知识'."],
        units=[],
        text="""\
@T | 20xx年沙湾乡中心小学近视眼防控工作总结
本学年度，我校依照《中小学近视眼防控工作岗位职责》和《中小学预防近视眼基本知识的要求》做好各项“防近”工作，开展了一系列活动，现总结如下：
@H1 sec=achievements text=一、按照上级要求，建立视力监测制度 | 一、按照上级要求，建立视力监测制度，为全校学生逐一检查视力，统计视力不良检出率、新发病率等指标，对视力有下降趋势和轻度近视的学生分档管理。
@H1 sec=achievements | 二、落实检查督促制度。学校在三项检查中把眼保健操列为重点，培训班主任规范学生做操，保证每天上午、下午各做一次。
@H1 sec=achievements | 三、开展视力保护宣传教育，培养学生良好的用眼卫生习惯。学校借助宣传栏、黑板报宣传科学用眼和预防近视的知识，培养学生爱眼护眼的意识和正确的读写姿势。
@H1 sec=achievements text=四、号召全体任课老师将培养学生良好用眼卫生习惯贯穿于整个课堂教学中 | 四、号召全体任课老师将培养学生良好用眼卫生习惯贯穿于整个课堂教学中，随时纠正不良读写姿势，做到眼离书本一尺、胸离桌子一拳、手离笔尖一寸，写字一小时要休息，不躺着、不在行进的车上、不在暗处或强光下看书写字；课间督促学生到室外活动或远眺。
@H1 sec=achievements | 五、保证学生体育活动的时间和质量。强健的体魄既能防病，也有利于眼球正常发育；还要加强营养、防止过劳、作息规律。
@H1 sec=achievements | 六、卫生室接受学生预防近视知识
""",
    ),
    dict(
        name="fresh12_11_school_primary_section_term_end_summary",
        source="http://gz-shine.com/fanwen/qimogongzuozongjie/1512919382851004.htm",
        doc_kind="summary", partial=True,
        notes=["The term-end work summary of the primary section of a nine-year village school (梅里學校), in "
               "traditional characters on a sample page; the title is the page's own. A teacher's name was dropped. "
               "Bodies rewritten in traditional characters.",
               "'一、 遵循規律，落實計劃' and the points '1、 發展學生是教育的根本。' and '2、 教師是落實教育的主體' keep the "
               "space after '、' (level 1 and level 2 headings, achievements | measures for the points). The page "
               "ends mid-word in the body of 2、 ('…充分發', kept)."],
        units=[],
        text="""\
@T | 2015小學期末工作總結
學年即將結束，現把小學部本學期的工作總結如下。
@H1 sec=achievements | 一、 遵循規律，落實計劃
我校是九年一貫制學校，以中學為主導規劃發展藍圖；小學部作為學校的一個管理部門，在學校統一部署下，按照小學教育的特點制定計劃、落實教育管理，做好小學階段的教育教學。
@H2 alt=measures | 1、 發展學生是教育的根本。
現在的小學生朝氣蓬勃，多是獨生子女，學習條件優越，渴望知識。小學部以素質教育為主要方式，開齊課程、開足課時，把安全、健康教育排進班會主題；梅里村地處血防區，還加強了血防教育。本學期召開學生家長代表會議兩次，因材施教，把留守兒童關愛納入日常工作，讓教育和管理都為學生、為人民滿意服務。
@H2 alt=measures | 2、 教師是落實教育的主體
小學部師資不算強，也不算弱。經過學校和老師的努力，贏得向陽片家長的支持，取消了原來含初小的辦學模式，集中資源建成只設完小的梅里學校小學部：近三百名學生，六個年級六個教學班，共15位教師；各年級語數兩科都是單人單課頭，並配有體育、外語等專職教師，除一年級和六年級兩個大班外，人均課時不足15節，工作量不大。人員安排基本均衡，本學期擴招了一年級新生，還接收了兄弟學校介紹來的六年級學生。小學部積極營造和諧友愛的工作氛圍，充分發
""",
    ),
]
