# -*- coding: utf-8 -*-
"""The twenty-eighth held-out fresh set: a GENERAL SAMPLE of the genre, as
writers would bring last year's document: work plans (工作计划 / 工作规划 /
发展规划纲要), activity plans (活动方案 / 活动策划方案), work summaries and
reports (工作总结 / 工作汇报) and speeches (讲话 / 致辞), by a town government,
a subdistrict, a district (government-affairs openness), a town (its
education outline), a town's report on a community, a hospital party
committee, a community health service station, a school (its hygiene
work), a middle school, a company, a chamber of commerce, a county leader
and a school principal.  For each search query the first
usable result was taken (log in notes_queries.txt), not pages picked as
easy or hard.  Found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of the label files
listed in /work/fresh28/used_sources.tsv, and no title repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs and 导语, collection titles, sample numbers,
  other samples of a collection) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH28_DOCS = [
    dict(
        name="fresh28_01_town_2024_government_work_plan",
        source="http://www.tongdao.gov.cn/tongdao/c103907/202411/90d5058765fe4dd3b81fc112d34cfbe6.shtml",
        doc_kind="plan", partial=True,
        notes=["A town government's annual work plan (菁芜洲镇, 通道县) from the county's open-government pages; the "
               "breadcrumb and the posting line were dropped.",
               "The opening, the '总体要求是：…' sentence, the '主要预期目标是：…' sentence and the lead-in '为此，我们将集中"
               "力量做好以下几个方面的工作：' are body lines (sentences, not label headings).",
               "The task areas are run-in headings '（一）加快招商引资步伐，打造特色品牌。…', level 1 because they are the top "
               "level shown; kind goals (measures accepted, the task areas of a plan). Growth targets in the body are goals, "
               "not phases. The page ends inside （二） ('…做好脱贫攻坚成果与乡村振兴')."],
        units=["镇政府"],
        text="""\
@T | 菁芜洲镇2024年度政府工作计划
2024年是新中国成立75周年，是“十四五”规划的关键之年，也是通道侗族自治县成立70周年，政府工作责任重大，要加压奋进、赶超突破，跑出菁芜洲高质量发展、高水平开放的“加速度”。
2024年镇政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻总书记关于湖南工作的重要讲话精神，围绕“三高四新”和“五新四城”战略，以全面推进乡村振兴为目标，坚持“生态立镇、文化兴镇、产业强镇”，推进转型提速、环境提质、文化提升、治理提效、党建提标。
经济社会发展的主要预期目标是：地区生产总值增长6%以上，全社会固定资产投资增长8%以上，城镇和农村居民人均可支配收入分别增长6%、9%以上，其他目标任务达到县委、县政府要求。
为此，我们将集中力量做好以下几个方面的工作：
@H1 sec=goals alt=measures | （一）加快招商引资步伐，打造特色品牌。依托本地资源包装项目、招商引资，确保完成全年固投任务；继续办好“迎老乡、回故乡、建家乡”系列活动，以情招商、以商招商；盘活红色旅游资源，提质改造老王脚、江口、曹家冲“红色码头”和“红军路”“红军桥”，打响红色旅游品牌。
@H1 sec=goals alt=measures | （二）增进民生福祉，提高生活品质。深化民生服务与社会兜底，做好脱贫攻坚成果与乡村振兴
""",
    ),
    dict(
        name="fresh28_02_school_hygiene_term_summary",
        source="https://www.shanghaild.com/zongjiebaogao/114963.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('2024学校工作年度总结精选8篇'): a school's term summary of its "
               "environmental-hygiene work, written by the teacher in charge ('我每天抽查一次'). The collection title, the "
               "site blurb and the sample number ('2024学校工作年度总结篇1') were dropped; the sample has no title line of "
               "its own, so title is null.",
               "一、统筹安排、合理分工 holds four run-in headings '1、合理划分清洁区。…' (title plus body), level 2; 二、量化管理 "
               "holds two statements '1、制定中清洁卫生量化评分标准。' (the page's wording) and '2、每月对各班量化管理评分。…', "
               "labelled items. Section kind achievements (what was done this term).",
               "The page ends inside item 2 ('根据平日')."],
        units=["学生会"],
        text="""\
本学期学校环境卫生工作的任务，是培养学生良好的卫生习惯、改善校园卫生和教学卫生条件；在大家的共同努力下，各项工作有序开展，师生在整洁美丽的校园里工作、学习和游戏。
@H1 sec=achievements | 一、统筹安排、合理分工
@H2 | 1、合理划分清洁区。开学时按各班实际配备劳动工具，保证开学工作正常运行。
@H2 | 2、组建学生会，认清职责。对成员逐一分工，分别负责课间楼道卫生监督、教室值日检查、清洁区值日检查和卫生监督员履职检查等。
@H2 | 3、各班设立卫生监督岗。监督员机动灵活，每天随时清理责任区和教室，不再靠迎检前突击打扫；学生会干部每天巡查记录，检查记录作为班主任绩效考核依据。
@H2 | 4、校园卫生坚持一天两扫，一次检查，一次抽查。学生会干部按评分标准每天检查一次，负责老师每天抽查一次，结果记录在案并在校宣传窗公布。
@H1 sec=achievements | 二、量化管理
@I2 | 1、制定中清洁卫生量化评分标准。
@I2 | 2、每月对各班量化管理评分。评分分为日常管理、教室管理、清洁区和卫生监督员管理四部分，根据平日
""",
    ),
    dict(
        name="fresh28_03_hospital_party_committee_2023_summary",
        source="https://m.bimoxiezuo.com/view?id=n5tw63s7gzrtmnby&type=2",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A public hospital party committee's summary of its 2023 party-building work; the hospital's name is masked "
               "in the source ('xxxxxxx院党委') and kept so.",
               "一、工作开展情况 (achievements) then a run-in '（一）党对医院工作的全面领导落实情况。一是强化医院党的领导。…'; "
               "the '一是' inside the line is not labelled. The page ends inside （一）."],
        units=["xxxxxxx院党委", "党支部"],
        text="""\
@T | 2023年公立医院党建工作情况总结
2023年，xxxxxxx院党委学习贯彻习近平总书记系列重要讲话和党的xx大精神，扎实开展主题教育，落实全面从严治党要求和“三重一大”制度，加强政治建设和党风廉政建设，为医院高质量发展提供思想、作风和组织保障。
@H1 sec=achievements | 一、工作开展情况
院党委按照“围绕中心抓党建，抓好党建促发展”的思路，紧扣医院业务，发挥党支部战斗堡垒作用和党员先锋模范作用，落实党建主体责任。
@H2 | （一）党对医院工作的全面领导落实情况。一是强化医院党的领导。发挥公立医院党委把方向、管大局、作决策、促改革保落实的领导
""",
    ),
    dict(
        name="fresh28_04_town_community_civilised_city_report",
        source="https://wnwk.com/doc/765445.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town's report ('我镇积极协调槐花园社区') on a community's civilised-city work, from a document-sharing "
               "page: its download panel, the tag line ('2023 社区 工作汇报'), the file name ('社区创城工作汇报_2') and the "
               "uploader's blurb ('下面是本人收集整理的…') were dropped. The store ran the sample number into the first "
               "heading ('社区创城工作汇报一一、创城工作开展情况'): the title is kept without the sample number '一' and the "
               "heading put on its own line.",
               "The page's text carries conversion substitutions (效劳 for 服务, 根本 for 基本, 创立 for 创建, 气氛 for 氛围); "
               "they are kept in heading lines ('营造良好创城气氛') and in the unit name '乐家社工效劳队'.",
               "（一）/（二） are level-2 headings under 一、; their 1、 lines are statements of work done, labelled items. The "
               "date '6 月 18 日' in item 4 is an event date inside a statement, not a phase. The page ends inside item 4 "
               "('赛')."],
        units=["槐花园社区", "社区居委会", "乐家社工效劳队", "镇妇联"],
        text="""\
@T | 社区创城工作汇报
@H1 sec=achievements | 一、创城工作开展情况
为迎接文明城市创建的动态考核，我镇协调槐花园社区开展了以下工作：
@H2 | （一）开展日常保洁，建立保洁长效机制
@I3 | 1、社区内的生活垃圾、杂草和乱搭乱建，由社区居委会成员带领居民集中整治，已基本完成。
@I3 | 2、小区内的菜园集中整治，西侧菜园已清理完毕。
@H2 | （二）丰富活动形式，营造良好创城气氛
@I3 | 1、拓宽宣传渠道，开展“中国好人”评选，营造学习道德模范的氛围。
@I3 | 2、推进志愿服务，组织乐家社工效劳队关心帮助社区内的空巢老人和留守儿童。
@I3 | 3、开展文明小区、文明楼道、文明家庭和道德模范、身边好人展览活动，请表现突出的道德模范宣讲。
@I3 | 4、6 月 18 日，镇妇联牵头筹办了以“粽香传情，庆端午，迎七一，送温暖”为主题的端午节活动。赛
""",
    ),
    dict(
        name="fresh28_05_company_mid_autumn_activity_plan",
        source="https://jingyanben.com/bangongwenmi/67527.html?page=9",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Page 9 of a collection of company mid-autumn plans: the store's text starts with the schedule tail of "
               "sample 7 (下发活动通知 / 9月XX日 / 18:00-18:30人员到位 …), which belongs to another document and was "
               "dropped; the sample heading '公司中秋节活动策划方案范文8' is kept as the title without its sample number.",
               "Sections 一、活动背景 (background, guidance accepted), 二、活动目的 (goals, guidance accepted), 三、活动时间 "
               "with the single day '20xx年10月4日' (an overall activity date: optional phase), 四、企划准备 (other, measures "
               "accepted), 五、活动内容 (goals, measures accepted) with a level-2 label heading '3、互动游戏：' over （1）（2） "
               "items, 六、后续活动 (other, measures accepted).",
               "The site's anti-copy backtick in item 1 ('…的`思念之情') is kept."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年10月4日", end_text=None, at="今年的中秋节为20xx年10月4日", optional=True),
        ],
        text="""\
@T | 公司中秋节活动策划方案
@H1 sec=background alt=guidance | 一、活动背景
农历八月十五是中国传统的中秋佳节，人们望月寄托思念；中秋又是丰收时节，正好借此激励员工、寄望公司未来，坚定员工信念，增强归属感。
@H1 sec=goals alt=guidance | 二、活动目的
借节日活跃公司气氛，丰富员工业余生活，加强公司与员工的互动和内部人际关系，让员工以更积极的心态投入工作，巩固企业文化氛围。
@H1 sec=phases alt=other | 三、活动时间
今年的中秋节为20xx年10月4日。
@H1 sec=other alt=measures | 四、企划准备
@I2 | 1、准备活动所需物品：横幅、气球等营造节日气氛。
@I2 | 2、准备中秋礼包，月饼等。
@H1 sec=goals alt=measures | 五、活动内容
@I2 | 1、赏月，分发月饼，体会中秋的意义，可建议员工给家中父母亲人打电话，捎去对远方亲友的`思念之情。
@I2 | 2、简单介绍中秋的来历和意义，请员工讲讲最难忘的一次中秋，与大家分享。
@H2 | 3、互动游戏：
@I3 | （1）吟对与中秋有关的诗句。吟对最多者获赠精美小礼品。
@I3 | （2）吟唱歌曲，歌曲里带“月”字，唱得好、唱得多者获赠小礼品。
@H1 sec=other alt=measures | 六、后续活动
@I2 | 1、可以考虑编写新闻报道，借助媒体提升公司形象。
@I2 | 2、公司领导对活动进行总结，发表简短的讲话。
""",
    ),
    dict(
        name="fresh28_06_principal_autumn_term_opening_speech",
        source="http://16fw.com/jhfy/fyg/20170604/418426.html",
        doc_kind="speech", partial=True,
        notes=["A principal's speech at an autumn term's opening ceremony; the school's name and the years are masked in "
               "the source ('xx', 'xxxx') and kept so. Salutation lines ('同学们、老师们：', '下午好！') and the lead-in "
               "'同学们，新学期开始了，我给大家提几点希望：' are not labelled.",
               "Only the first point is visible: '第一点希望，希望大家加强身体锻炼。…', a run-in level-1 heading (numbering "
               "'第一点', style 第一), kind requirements (guidance accepted, the points of a speech). The page ends inside "
               "it ('…舰载机歼')."],
        units=[],
        text="""\
@T | 秋季新学期开学典礼校长致辞
同学们、老师们：
下午好！
新学期，老师们让我讲几句，我的题目就叫《有个让人成长的地方叫xx》。
xxxx年酷热的夏天在几场秋雨后远去，同学们回到校园开始新的学习生活。高xxxx届同学已经毕业升入大学，高xxxx届成了毕业年级；今年秋季我们又迎来初xxxx届和高xxxx届两个年级的新生，让我们以热烈的掌声欢迎他们！
同学们，选择xx就是选择了人生的重要一站，多年后回望，你们一定会认为这个选择是对的。我走过很多学校，像xx这样老师尽责、风气端正、学习环境良好的并不多见。
同学们，如果你发现学校有不良风气、有老师不负责任，请告诉我；如果你看到老师们用心备课、认真批改、耐心讲解，请告诉你的父母、长辈和儿时伙伴，让母校成为我们共同的骄傲。
同学们，新学期开始了，我给大家提几点希望：
@H1 sec=requirements alt=guidance num=第一点 | 第一点希望，希望大家加强身体锻炼。健康是将来做一切事情的基础，没有健康一切都是空谈。数学家陈景润62岁就离开了他的数学事业；我国航空母舰、舰载机歼
""",
    ),
    dict(
        name="fresh28_07_district_government_openness_2023_summary",
        source="https://www.gwg365.cn/doc/298468.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district's ('XX 区', masked in the source) summary of its 2023 government-affairs openness work, from a "
               "document-sharing page of a PDF: the page title above the document and the 'VIP专免' badge were dropped; "
               "the document's own title line keeps its PDF spacing ('区2023 年政务公开工作总结'). PDF line wraps inside "
               "paragraphs were joined.",
               "The site's watermark line ('公文阁 公众号:老弥妹职场文书 gwg365.cn'), printed inside the paragraph of "
               "（一）, is kept where the page has it, inside the body.",
               "一、工作开展情况 (achievements) holds run-in headings '（一）把方向，落实责任分工。…', level 2. '6月中旬' is "
               "a completion date inside a body line, not a phase. The page ends inside （二） ('…全生命周期展示重要决策的')."],
        units=[],
        text="""\
@T | 区2023 年政务公开工作总结
2023 年，XX 区政务公开工作围绕区委区政府决策部署，在市政务公开办指导下，深化基层政务公开，加强政策解读和回应，推进公共企事业单位信息公开，优化公开平台和服务渠道，全区政务公开的标准化、规范化和信息化水平持续提升。现将2023 年政务公开工作开展情况汇报如下：
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）把方向，落实责任分工。对照省、市工作要点逐项梳理，制定我区2023 年政务公开重点工作提升方案，提升行动于 6月中旬全部完成；专人维护重大建设项目公开栏目，今年已对 10 项重大建设项目作全生命周期展示，涉及道路、学校、文化、回迁安置、水利等领域。及时公开行政权力清单和公共服务清单 公文阁 公众号:老弥妹职场文书 gwg365.cn （2022 年版），问题清单反馈各单位限时整改，权力运行结果和行政执法公示与政务服务网、双公示信息同源。
@H2 | （二）提质效，坚持闭环公开。汇集全区现行有效的行政规范性文件，建立统一的规范性文件库集中公开，按网络版格式、去红头红章等要求逐一排查整改，发布正式版本；通过“意见征集库”全生命周期展示重要决策的
""",
    ),
    dict(
        name="fresh28_08_community_health_station_plan",
        source="https://hunwen.com/work/weishenggongzuojihua/1017/1017003.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('卫生服务站个人工作计划【热门七篇】'): a community health service "
               "station's health-education plan. The breadcrumb, the collection title and the sample number "
               "('卫生服务站个人工作计划 篇1') were dropped; the sample has no title line, so title is null.",
               "The page's text is synonym-spun (健康训练 for 健康教育, 宣布传达 for 宣传, 缔造, 力气, 学问); the spun words "
               "are kept in the heading lines as the page has them.",
               "一、目标 (goals) and 二、内容 (goals, measures accepted: the task areas of a plan) with four run-in level-2 "
               "headings '（一）充分发挥社区健康训练领导小组的作用。…'; texts cut at the first '。'. The page ends inside "
               "（四） ('…生殖健康、体育健')."],
        units=["社区健康训练领导小组", "南城社区卫生服务所"],
        text="""\
@H1 sec=goals | 一、目标
通过社区内的健康教育与健康促进活动，提高居民的卫生知识水平、健康意识和自我保健、群体保健能力，争取社区对健康工作的广泛支持，推动社区卫生服务，创造有利于健康的生活条件，提高居民健康水平和生活质量。
@H1 sec=goals alt=measures | 二、内容
@H2 | （一）充分发挥社区健康训练领导小组的作用。动员领导层、专业人员和社区内各单位、家庭、个人参与，把健康教育与健康促进目标变成社会活动。
@H2 | （二）社区每年下达健康训练工作方案。辖区企事业单位和住宅小区各订方案、组织实施，加强网络建设，定期培训，齐抓共管，并投入必要的人力、财力和物力。
@H2 | （三）加强社区健康训练阵地建设，办好宣布传达窗、黑板报，确定专业人员负责，定期更换、刊出。鼓励单位和家庭订阅健康书刊，上级下发的资料及时张贴分发，多种形式传播健康信息。
@H2 | （四）大力开展健康训练专题活动。针对健康人群、亚健康人群、高危人群和重点保健人群，结合社区卫生服务开展多种形式的活动，以讲座培训为主，辅以电话咨询、展板和知识竞赛，请南城社区卫生服务所的医师定期给居民上课；结合各个卫生宣传日，宣讲常见病防治、意外伤害预防、合理膳食、居室卫生、生殖健康、体育健
""",
    ),
    dict(
        name="fresh28_09_town_education_development_plan_outline",
        source="http://zuanai.cn/hetong/chengbaoxieyi/2020/0108/85110.html",
        doc_kind="plan", partial=True,
        notes=["A town's ('xx镇', masked) outline plan for education in the 11th five-year period (十一五发展规划纲要), a "
               "draft whose figures are partly left blank as '（）' in the source; the blanks are kept.",
               "一、xx镇教育发展现状 (background) then three run-in statements of the current level '（一）受教育水平。…', "
               "'（二）师资队伍水平。…', '（三）校舍建设水平。…' labelled as level-2 headings inheriting background "
               "(achievements accepted). The page ends inside （三） ('目')."],
        units=[],
        text="""\
@T | xx镇教育事业“十一五”发展规划纲要
为全面实施科教兴镇战略，实现省教育强镇目标，推动教育跨越式发展，逐步实现教育现代化，为xx镇发展提供人才和智力支持，特制定《xx镇教育事业“十一五”发展规划纲要》。
@H1 sec=background | 一、xx镇教育发展现状
全镇共有各级各类办学机构（）个：普通中小学8所，其中高中1所、初中1所、小学6所，成人学校1所，在校生（）人；民办学校3所（其中民办高中1所）；幼儿园（）所（其中教育部门办1所），在园幼儿（）人。
“十五”期间，在镇委、镇政府领导和市教育局、社会各界支持下，经全体教育工作者努力，全镇各级各类教育持续、快速、协调、健康发展，成绩显著。
@H2 alt=achievements | （一）受教育水平。目前全镇幼儿入园率90，小学、初中入学率均为100，义务教育完成率99.73，升入普通高中比例（51.97），升入职业高中（中专）（38.81），高中阶段教育普及率90.79，高考升学率95.67；残疾儿童入学率、初三全科及格率空缺待填（）。
@H2 alt=achievements | （二）师资队伍水平。全镇现有公办在职教师386人，其中专任教师（）人；高中本科以上学历占（100），校长本科以上学历占60，其余学历和职称比例均待填（）。
@H2 alt=achievements | （三）校舍建设水平。中小学生人均占地面积（）平方米，高中、初中、小学分别为（）平方米/生；生均建筑面积同样待填（）。目
""",
    ),
    dict(
        name="fresh28_10_chamber_of_commerce_halfyear_summary",
        source="https://www.cdlzca.com/news_show.asp?id=1103",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A chamber of commerce's (成都泸州商会) half-year summary issued as its own document: the letterhead line "
               "'成都泸州商会文件' and the document number '成泸商发【2011】第8号' are kept as body lines (table-cell "
               "separators '★ |' and '|' dropped); the title is a main title plus a subtitle "
               "'——成都泸州商会2011年上半年工作总结', both title lines, joined.",
               "Headings keep the page's '一、 ' with a space after the numbering. The page itself elides sentences (the "
               "body of 一、 ends '…经成都市工商联批准，'; '经会长和几位常务副会长的多方努力，' ends a paragraph); the "
               "fragments are kept.",
               "Under 二、 the '（一）、…' and '（二）、…' lines are statements (style （一）、), labelled items. Kind achievements. "
               "The page ends inside heading 四、 ('四、办好宣传特刊、网站，发挥')."],
        units=["成都泸州商会", "商会办公室", "成都服装洗水分会", "督查组"],
        text="""\
成都泸州商会文件
成泸商发【2011】第8号
@T | 加强基础建设，努力营造在蓉泸州人的温馨家园
@T | ——成都泸州商会2011年上半年工作总结
@H1 sec=achievements | 一、 积极促进商会成立，搭建泸州人在蓉沟通平台
商会酝酿筹备两年多，在各级组织和领导以及在蓉泸州籍工商界人士、乡友的关心支持下，经成都市工商联批准，
@H1 sec=achievements | 二、加强商会基础建设，营造会员温馨家园
@I2 | （一）、商会筹备两年多来，一直以泸办为依托，无固定办公场所。2011年3月为筹备成立大会，临时在金都花园租房办公；挂牌成立后工作全面展开，原场所已不适应需要，经会长和几位常务副会长的多方努力，
@I2 | （二）、由于政策原因，商会最初登记为成都市工商联直属分会，不能开设银行账户，发展受到制约。为满足民政局的登记条件，商会办公室做了大量准备，集中走访30位常务副会长、副会长，完善社团负责人备案表；现已获民政局批复，取得独立法人资格和各项正式批文。
@H1 sec=achievements | 三、成立服装洗水分会，搭建行业协作平台
针对服装洗水行业在会员中的优势，商会牵头多次调研讨论，决定依托商会成立成都服装洗水分会，为行业寻找生存发展的出路。
分会成立后广泛联系会员，制定行业管理办法和行约行规，设立督查组规范收款，协助政府依法取缔无证经营户，得到会员单位拥护。
@H1 sec=achievements | 四、办好宣传特刊、网站，发挥
""",
    ),
    dict(
        name="fresh28_11_county_safety_rectification_meeting_speech",
        source="https://fanwen.aixue.net/keyword/yaoxiezhuanxiangzhengzhihuiyijianghuagao",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a meeting on special safety-production rectification (non-coal mines); the "
               "site's line '下面是小编为大家整理的…供大家参考。' was dropped. The store ran the whole speech into one "
               "paragraph; the salutation, the headings and the body were put on their own lines.",
               "The lead-in '根据县政府集体研究的意见，我着重讲两个问题：' is not labelled. '一、周密部署，立即行动，扎实开展矿山"
               "安全生产专项整治工作' is level 1 (requirements, measures and guidance accepted: a speech point); "
               "'（一）开展矿山安全生产专项整治工作的必要性' is level 2, background (requirements accepted). The page ends "
               "inside （一） ('…监管难')."],
        units=[],
        text="""\
@T | 在全县安全生产专项整治工作会议上讲话
同志们：
经县政府研究，今天召开全县安全生产专项整治工作紧急会议。会议在特殊时期、特殊情况下召开，规模大、规格高。会议的任务是认清我县非煤矿山领域安全生产的严峻形势，切实履行监管职责，以高度的政治责任感和对人民生命财产负责的态度，抓好非煤矿山安全生产专项整治和今冬明春的安全生产工作。
根据县政府集体研究的意见，我着重讲两个问题：
@H1 sec=requirements alt=measures,guidance | 一、周密部署，立即行动，扎实开展矿山安全生产专项整治工作
@H2 sec=background alt=requirements | （一）开展矿山安全生产专项整治工作的必要性
我县非煤矿山点多面广，监管难
""",
    ),
    dict(
        name="fresh28_12_middle_school_may_fourth_activity_plan",
        source="http://010zaixian.com/gongwen/huiyifangan/2853444.htm",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('中学的五四活动方案'): a middle school's (旧圃中学) May Fourth "
               "garden-party plan. The 导语 line was dropped, and so was the start of the page's second sample (a "
               "different plan under the same title: 一、指导思想 / 二、主题 / 三、时间…), which belongs to another document.",
               "Every heading is a short label with a full-width colon ('一、活动目的：'); the value lines under them are body. "
               "Kinds: 活动目的 goals (guidance accepted), 活动时间 phases (other accepted), 地点 / 参与人员 / 会场布置 / 兑奖办法 "
               "other, 组委会 responsibilities, 音响负责 responsibilities (other accepted), 准备工作 measures (other "
               "accepted), 活动程序 phases, 活动要求 requirements.",
               "The activity time '四月三十日上午8:30——11:30。' (Chinese-numeral day, one morning) is the overall period: an "
               "optional phase. The deadlines '4月20前' (the page's form, no 日) and '4月27日中午1点' in the preparation items "
               "are task dates, not phases. The empty key-value lines of 组委会 ('组长：', '副组长：', '成员：') are body; "
               "a teacher's surname in item 1 was dropped. The site's anti-copy quote ('中学生的'风采') is kept."],
        units=["组委会", "团委办公室"],
        extra_phases=[
            dict(name="活动时间", start_text="四月三十日上午8:30", end_text="11:30", at="四月三十日上午8:30", optional=True),
        ],
        text="""\
@T | 中学的五四活动方案
@H1 sec=goals alt=guidance | 一、活动目的：
纪念“五四”运动101周年，发展校园文化，丰富学生的文化生活，让学生在节日到来之际通过游园活动充分展现中学生的'风采，培育积极向上、欢乐和谐的风貌。
@H1 sec=phases alt=other | 二、活动时间：
四月三十日上午8:30——11:30。
@H1 sec=other | 三、活动地点：
旧圃中学后操场。
@H1 sec=other | 四、参与人员：
全体师生。
@H1 sec=responsibilities | 五、组委会：
组长：
副组长：
成员：
@H1 sec=other | 六、会场布置：
@H1 sec=responsibilities alt=other | 七、音响负责：
@H1 sec=measures alt=other | 八、准备工作：
@I2 | 1、每班班长于4月20前上报两项游园活动的游戏名称及规则。
@I2 | 2、请各班带齐上报的两项游戏所需道具，于4月27日中午1点到团委办公室进行审核。
@H1 sec=phases | 九、活动程序：
@I2 | 1、全体起立，奏国歌。
@I2 | 2、学校领导致开幕词。
@I2 | 3、宣布优秀团员（颁奖）。
@I2 | 4、新团员代表宣誓。
@I2 | 5、节目表演。
@I2 | 6、宣布游园活动注意情况。
@I2 | 7、进行游园活动。
@H1 sec=requirements | 十、活动要求：
@I2 | 1、参与活动要自觉遵守秩序、排队参加，不能插队。
@I2 | 2、服从并尊重工作人员，使活动在团结、友爱、尊重的气氛中进行。
@I2 | 3、必须持本校学生出入证才能参与游园活动。
@I2 | 4、同一游戏每个学生只能参加一次。
@H1 sec=other | 十一、兑奖办法：
@I2 | 1、兑奖组：
@I2 | 2、凭兑奖券到兑奖台现场兑奖，一张兑奖票可换一样奖品，也可多张合换另一样奖品。
""",
    ),
    dict(
        name="fresh28_13_subdistrict_2023_work_plan",
        source="https://www.wnwk.com/doc/2090265.html",
        doc_kind="plan", partial=True,
        notes=["A subdistrict's 2023 work plan (临沂 科创城 area) from a document-sharing page; the page's text is "
               "synonym-spun (进展 for 发展, 乐观分子 for 积极分子, 效劳 for 服务, 品尝 for 品位) and the spun words are kept "
               "in heading lines.",
               "The store ran the title into the opening ('12023年街道2023年工作规划今年是…'): the leading page marker '1' "
               "was dropped and the title put on its own line. The page markers '2' and '3' that the store glued inside "
               "the headings are kept where they fall ('…聚力增效2一是…', '…拉开新时展新3格局紧紧围绕…'), so both heading "
               "texts are set by hand ('（一）坚持以党建为统领，为基层建设聚力增效' and '（二）坚持效劳好临沂科创城建设为"
               "引领，拉开新时展新3格局', the marker inside it kept as the line shows it).",
               "（一）/（二） are the top level shown (level 1), kind goals (measures accepted, the task areas of a plan); the "
               "一是 / 二是 / 三是 inside （一） are not labelled. Year-end targets ('力争在2023年完成…') are goals, not "
               "phases. The page ends inside （二） ('完成浙大农研')."],
        units=["村级党组织"],
        text="""\
@T | 2023年街道2023年工作规划
今年是中国共产党成立101周年，是实施“十四五”规划的开局之年，也是科教创新区建设的关键之年，迈好第一步至关重要。全街道要深入学习贯彻新时代中国特色社会主义思想，按中央和省委、市委部署及区委“11339”工作举措，锚定跨入全区“第一方阵”的总体目标，推动实施“1136”发展举措，凝心聚力、真抓实干，迈出新气象、新成效。
@H1 sec=goals alt=measures text=（一）坚持以党建为统领，为基层建设聚力增效 | （一）坚持以党建为统领，为基层建设聚力增效2一是聚焦村“两委”换届，高质量完成换届选举，配齐配强村级党组织班子；深化评星定级，五星级村级党组织力争达到50%以上，消除二星级以下党组织5个，新增专业化管理村支部书记5个。二是实现辖区3年以上未发展党员村“动态清零”，集中公推40名入党积极分子，新发展20名党员，在45个村选树青年典型。三是打好村级集体经济增收“攻坚战”，新增3个村集体收入超过10万元，创办10家以上党支部领办合作社，培育2个市级以上示范社。
@H1 sec=goals alt=measures text=（二）坚持效劳好临沂科创城建设为引领，拉开新时展新3格局 | （二）坚持效劳好临沂科创城建设为引领，拉开新时展新3格局紧紧围绕“提升科创城片区开发品尝，彰显东城特色”的目标，抓住科创城建设的黄金时机，挂图作战、倒排工期，全力推动重点项目，力争在2023年完成临沂科技职业学院二期、祝丘河整治、污水处理厂、东南旺二村还建等在建工程并投入使用，完成浙大农研
""",
    ),
]
