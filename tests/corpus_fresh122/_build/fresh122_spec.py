# -*- coding: utf-8 -*-
"""The 122nd held-out fresh set: a RANDOM DRAW across the genre, preferring
writers and kinds that are rare in the page store: a town's Youth League
committee (共青团, summary), a county women's federation (妇联, half-year
summary), a station's Youth League group (团日 activity plan with dated
stages), a subdistrict's community (情况说明, a situation report), a
community's party grid survey (调研报告), a hospital's year-end meeting
(speech by the owning company's chairman), a company (outdoor activity plan)
a college union (women's day activity plan, page 2 of a collection) and a
drilling team's union on a coal-mine project (labour-competition 实施方案).
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source of any
set listed in /work/fresh122/used_sources.tsv's exclusion check.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (page titles of
  collections, sample numbers, blurbs) was dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation (full-width restored from the store's NFKC text, except in
  fresh122_08, which keeps the page's spaced half-width commas ' , ' and ' 。').
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH122_DOCS = [
    dict(
        name="fresh122_01_town_youth_league_2023_summary",
        source="https://m.zuowenba.net/word/839474.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a town Youth League committee's ('__镇团委', town name masked "
               "in the source as '__') summary of 2023 and its ideas for 2024. The sample heading "
               "'团委2023年工作总结和2024年工作思路 篇1' is kept as the title without the sample number '篇1'.",
               "The opening paragraph and the figure line '我镇团委共有团支部34个…' are body. Two level-1 headings, "
               "both achievements (backward-looking work done). The 2024 part promised by the title is not in view; "
               "the page ends inside 二、 ('…2023年沅江市“文化振兴').",
               "Figures such as '学社衔接率达100%' and '5018人次' are results, not goals or phases; '今年5月底' is the "
               "date of a past election, not a phase."],
        units=["__镇团委", "各团支部"],
        text="""\
@T | 团委2023年工作总结和2024年工作思路
一年来，__镇团委在镇党委、政府和沅江团市委的领导下，以习近平新时代中国特色社会主义思想和团的十九大精神为指导，按照党团联建、夯实基础、务求实效的思路，坚持“党建带团建、团建促党建”，围绕镇党委中心工作探索共青团工作的新办法，带领团员青年为建设秀美__出力。
我镇团委共有团支部34个，团员1273名。
@H1 sec=achievements | 一、组织建设得到加强
去年村（社区）团支部完成换届；今年5月底，依照《中国共产主义青年团章程》和《中国共产主义青年团基层组织选举规则》，在镇党委和团市委指导下完成团镇委换届选举，选出6名代表出席团市委第二十次代表大会。按时完成智慧团建系统的信息录入和组织关系转接，毕业季和升学季由专人负责学社衔接，衔接率达100%。各团支部按时开展主题团日，学习党的二十大战略部署和习近平总书记五四重要回信精神等，共5018人次；围绕思想旗帜、坚强核心、强国复兴、挺膺担当四个主题开展主题教育，共5022人次。
@H1 sec=achievements | 二、专题活动落实落细
动员团员青年参加青年大学习，各期学习率都超过100%；积极参与团市委组织开展的2023年沅江市“文化振兴
""",
    ),
    dict(
        name="fresh122_02_county_womens_federation_halfyear_summary",
        source="https://laobiganzi.top/200448.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county women's federation's (xx县妇联, county name masked) 2022 half-year summary and plan for the "
               "second half; only the start of the summary is in view, so the kind is summary (report accepted).",
               "The first line after the title, '2022年全县妇联工作总体思路：…', is a 'label：body' line and is labelled "
               "as an unnumbered level-1 heading, kind guidance (the same level as 一、, since both sit directly under "
               "the title). A reader could also take it for an opening sentence; it is kept as a heading because "
               "the label ends in a colon and carries the 总体思路 of the year.",
               "一、 is a long heading ending in '。' (text cut there), kind achievements. Its body is one paragraph "
               "as on the page: it opens with the run-in point '一是精心组织开展…系列活动。…' (line-initial 一是, labelled as a "
               "level-2 heading, achievements) and carries 二是/三是/四是 in the middle of the same paragraph; those are "
               "not labelled (markers in the middle of a line, as in corpus-dev). The dates in it (3月1日, 3月4日, 3月8日, 3月11日, 1月14日, 4月8日, 4月1日, 4月15日) "
               "are dates of past events, not phases. The page ends inside 四是 ('…巾帼志愿')."],
        units=["xx县妇联"],
        text="""\
@T | 县妇联2022年上半年工作总结及下半年工作计划
@H1 sec=guidance num=none | 2022年全县妇联工作总体思路：深入贯彻党的十九大和十九届历次全会精神、省第十一次党代会精神，以及市委（扩大）会议暨全市经济工作会议和县委（扩大）会议暨全县经济工作会议精神，围绕全县发展定位实施党建带妇建“五心工程”，团结带领全县各族各界妇女为书写xx县发展新篇章贡献巾帼智慧和力量。
@H1 sec=achievements | 一、实施“思想政治引领巾帼行动”，做实做深妇女思想政治引领，推进妇联组宣工作。
@H2 | 一是精心组织开展“强国复兴有我 兴安巾帼争先”主题“三八”节系列活动。3月1日xx县举办庆“三八”巾帼家政服务技能大赛，3月4日xx县妇联联合县妇幼保健院和律师事务所到XX村开展文化科技卫生“三下乡”服务，3月8日联合xx县司法局举办优化法治化营商环境专题法治讲座。二是3月11日召开2022年xx县妇女工作会议，回顾2021年工作、部署2022年任务。三是抓学习、提站位：1月14日下午组织党员干部职工观看电影《跨过鸭绿江》，4月8日各级妇联组织妇女群众收看省妇联“北疆巾帼思政大讲堂”线上学堂，500余人参加。四是开展巾帼志愿服务：4月1日组织巾帼志愿者到共驻共建的XX社区宣传清明节文明祭祀，4月15日到XX社区开展“4·15全民国家安全教育日”宣传，巾帼志愿
""",
    ),
    dict(
        name="fresh122_03_station_league_group_may_fourth_activity_plan",
        source="https://m.010zaixian.com/gongwen/huiyifangan/4313824.htm",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a collection page ('五四青年节团日活动方案范文'): the Youth League group (团小组) of a "
               "'所' (a station or institute under a county transport commission, '县交委团委' gives a lecture) plans a "
               "May Fourth league-day campaign. The page title, its date line and the site's introduction were "
               "dropped; the sample heading is kept as the title without its number '1'.",
               "The site glued a keyword link into the body of 二、: the line ends '…，五四青年节主题团日活动方案设计书。'. "
               "It is kept (rewritten body, debris at its end) and never labelled.",
               "Label headings with a trailing colon: 一、活动题目： (other: the theme), 二、活动创意： (guidance; goals, "
               "background accepted: it states the theme's purpose), 三、活动时间、地点和内容： (phases, goals accepted). "
               "Under 三、 three stage headings '1、宣传动员阶段。', '2、理论学习阶段。（4月10日——4月21日）', "
               "'3、活动实践阶段。（4月24日——5月4日）' are level-2 phases; their dates stand after the '。' and are not "
               "part of the cut heading text. The first stage has no date in its heading; its single event date "
               "'4月3日' opens the next line and is taken as its start (end null).",
               "The dated A、B、C、D、 lines are events inside a stage: items (level 3, phases); their dates are not "
               "phases. 'A、4月10日' is not detected as an A、 token by the automatic rule (a digit follows), so the "
               "numbering is set by hand. The page ends inside item B of the third stage ('…奉献社')."],
        units=["团小组"],
        text="""\
@T | 五四青年节团日活动方案
@H1 sec=other | 一、活动题目：
“永远跟党走——五·四献礼”主题团日活动
@H1 sec=guidance alt=goals,background | 二、活动创意：
活动以“永远跟党走——五·四献礼”为主题，通过一系列主题活动在团员青年中弘扬以爱国主义为核心的民族精神，让共青团员牢记党的嘱托和团的宗旨，坚定“永远跟党走”的信念，增强政治意识、组织意识和模范意识，在各自岗位上为xx系统的发展和xx的实现勤学苦干，五四青年节主题团日活动方案设计书。
@H1 sec=phases alt=goals | 三、活动时间、地点和内容：
@H2 phase=宣传动员阶段;4月3日; | 1、宣传动员阶段。
4月3日，团小组在所会议室召开动员大会，请所领导和党员围绕主题致词，发动入党积极分子，调动团员的积极性。
@H2 phase=理论学习阶段;4月10日;4月21日 | 2、理论学习阶段。（4月10日——4月21日）
@I3 num=A、 | A、4月10日，在所会议室，请县交委团委同志就“如何增强团员意识”上团课；
@I3 num=B、 | B、13日，在所会议室，团员集体学习新团章和团史；
@I3 num=C、 | C、17日，在所会议室团员集体观看电影《长征》；
@I3 num=D、 | D、21日，团小组成员每人交一篇理论学习阶段心得体会。
@H2 phase=活动实践阶段;4月24日;5月4日 | 3、活动实践阶段。（4月24日——5月4日）
@I3 num=A、 | A、4月24日体育活动日，在所活动室组织团员与党员参加乒乓球友谊赛；
@I3 num=B、 | B、26日，在所会议室召开“增强意识，奉献社
""",
    ),
    dict(
        name="fresh122_04_community_grid_situation_report",
        source="http://58.18.225.91/Item/6610.aspx",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A subdistrict office's account of its only community (好里堡街道办事处友谊社区) and its grid management, "
               "titled '基本 情况说明' (a situation report), from a site served on a bare IP address. The title line "
               "keeps the page's stray space ('基本 情况说明'); the label's title has it removed.",
               "一、基本概况 is background. Its body keeps the page's spaced bracketed figures ('（ 10 ）家', '（118 ）个') and "
               "'2---3名' in the rewritten text.",
               "二、主要工作措施 describes measures already in place: achievements (measures accepted). Under it the run-in "
               "sentence heading '友谊社区管理区域网格化。按照“任务相当、方便管理、' is unnumbered (level 2); the page breaks "
               "that sentence in the middle of a quoted slogan, and the break is kept: the next line starts "
               "'界定清断”的要求，' (the page's '清断' for 清晰 kept).",
               "'一是实现了基础档案规范化。…' is a line-initial 一是 heading at level 3 under the run-in heading (level 2 "
               "accepted: it may equally be read as the first of a parallel series beside it). The page ends inside it "
               "('…表内涉及辖区单位')."],
        units=["好里堡街道办事处", "友谊社区居委会", "社区党支部"],
        text="""\
@T | 好里堡街道办事处友谊社区基本 情况说明
@H1 sec=background | 一、基本概况
好里堡街道办事处辖区4.71平方公里，户籍人口8532人，现住2475人、1347户（包括单位，其中砖木结构 1135户、土木结构 39户、彩钢 23户、保温房 150户）；辖区有行政事业单位（ 10 ）家、企业（ 9 ）家、个体私企（ 16 ）家、合作社（ 15 ）家、种养殖户（ 50 ）户、个体工商户（ 52 ）户。
办事处下设友谊社区居委会一个。按“完整性、便利性、均衡性、差异性”的原则，依管辖范围、地理布局、道路走向和工作量划分网格：约200户一个基本网格、约100户一个网格、约10户一个单元，单位单独成格，共划出六块区域（ 6 ）个基本网格、（ 17 ）个网格和（118 ）个单元，并按层次登记编号。
按照“党政领导、部门参与、条块结合、以块为主、资源共享、综合治理”的原则，每个基本网格由一名办事处党政班子领导、2---3名环节干部、一名民警和一名社区工作人员包片，每个网格和单元各配网格员、信息员一名，单位网格由主要负责人任信息员，层层压实责任，形成五级网格化社会服务管理组织体系，做到属地管理、规模适度、街巷定界、无缝覆盖、方便服务、动态调整。
@H1 sec=achievements alt=measures | 二、主要工作措施
@H2 alt=measures | 友谊社区管理区域网格化。按照“任务相当、方便管理、
界定清断”的要求，结合居民的认同度和社区人员状况，社区设了6个区域6个基本网格，形成以社区党支部为核心、居民积极参与、条块结合的网格化管理模式。
@H3 lvlalt=2 alt=measures | 一是实现了基础档案规范化。友谊社区自制了居民基础信息表和网格图，表内涉及辖区单位
""",
    ),
    dict(
        name="fresh122_05_community_party_grid_survey_report",
        source="https://wnwk.com/doc/676061.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A survey report (调研报告) on a community's party-building grid management (xx区全福街道桑园南社区; "
               "district masked), from a document-sharing page whose text arrived as one run-together block. The page "
               "marker '第1页共5页' glued before the title was put on its own first line and is kept as debris (never "
               "labelled); the title, the opening and '一、主要做法' were put on their own lines.",
               "The page's conversion substitutions and mismatched quotes are kept: 开展 for 发展 ('又好又快开展'), 根底 "
               "for 基础, 效劳 for 服务, 局部 for 部分, 关心 for 帮扶, and the closing quote '〞'.",
               "一、主要做法 holds work done: achievements (measures accepted). Under it the run-in heading "
               "'一幅图——社区党建电子地图。…' is the first of the community's named devices (一幅图 …), unnumbered "
               "(numbering none), level 2. The page ends inside it ('…等公共管理')."],
        units=["桑园南社区党总支"],
        text="""\
第1页共5页
@T | 关于社区党建网格化管理的调研报告
xx区全福街道桑园南社区成立于20xx年6月，辖区0.67平方公里，有居民宿舍楼61栋、3128户、8859人。老式单位宿舍和新建封闭小区并存，外来人口、厂区子弟和原住居民习性各异、交集很少，呈现“杂居相邻，互不来往〞的局面；居民认同感弱，对社区事务不热心，管理难，和谐指数和幸福感都不高。
为此，桑园南社区从“小〞处入手、着眼“大〞社区建设，通过社区与群众、政府、企业、社会和生态的良性互动，探索“党建网格化〞管理创新机制，为辖区经济社会又好又快开展提供组织保证。
@H1 sec=achievements alt=measures | 一、主要做法
基层党组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的根底。桑园南社区党总支坚持以人为本，以党建网格化电子地图为主体，先后设立社区党员干部qq群、城管协管员党建效劳队、社区管理网络和民情日志等载体联动发挥作用，为基层党建做了有益探索。
@H2 alt=measures | 一幅图——社区党建电子地图。针对辖区局部公共设施标注模糊、居民生活不便、社区工作难推开的问题，社区提出建电子地图的设想：用一个月把社区分成六片逐一核实信息，仿照谷歌地图做成能放大、缩小、测距的地图，社区医院、商店、幼儿园、理发店、洗衣店、配电室、化粪池等一应俱全。为加强社区效劳，地图突出人名特征，嵌入社区管理效劳数据库，用颜色和位置标出辖区40多个楼长和46户残疾、低保关心家庭等公共管理
""",
    ),
    dict(
        name="fresh122_06_hospital_year_end_chairman_speech",
        source="https://yunko.cn/doc/9lnx1z4r2r",
        doc_kind="speech", partial=True,
        notes=["A speech at a hospital's year-end summary and commendation meeting (滑县新区医院), given by the chairman "
               "(理事长) of the company behind the hospital (masked '******公司'). The page's collection title "
               "('医院年终总结会讲话') and the sample heading ('篇一：医院领导年终讲话稿') were dropped; the document's own "
               "title line is kept; the speaker line '（理事长）' and the salutation '大家下午好！' are body.",
               "A stray '2' stands at the start of a sentence in the second paragraph ('2对XX年的各项工作…', the page lost "
               "some words there); it is kept. The lead-in '同时，对新区医院下出工作，强调以下三点：' keeps the page's "
               "garbled '下出' and is not labelled.",
               "Points '一、作表率' and '二、聚合力' are bare level-1 headings, kind requirements (guidance, measures "
               "accepted). The page breaks a word across two lines inside 一、 ('…去纠正。医' / '院各项规章制度…'); the "
               "break is kept. The page ends inside 二、 ('医院的发展靠什么推'). A person's name ('宋院长') was dropped."],
        units=[],
        text="""\
@T | 滑县新区医院XX年年终总结暨表彰大会讲话稿
（理事长）
大家下午好！
很高兴参加医院的年终总结表彰大会，这已是我第二次参加，和大家一起见证收获的喜悦。2对XX年的各项工作作了详尽周密的安排部署，明确了下一步的方向和重点，我完全赞同，希望全院员工按照院长的意见和要求认真抓好落实。
大会还表彰奖励了XX年作出突出贡献的先进集体和个人。我代表******公司向他们表示热烈祝贺，希望大家珍惜荣誉、戒骄戒躁、再接再厉，为新区医院更美好的明天作出新的更大贡献；也向一年来敬业奉献的全体员工致以崇高的敬意。
同时，对新区医院下出工作，强调以下三点：
@H1 sec=requirements alt=guidance,measures | 一、作表率
新区医院年轻，医务人员队伍也年轻。领导干部是医院发展的组织者和带头人，要当好领头雁，专家和老同志要当排头兵。领导的方法千条万条，带头表率是第一条：员工素质教育不能少，领导以身作则更不可小视。很多医务人员工作积极、学习刻苦、服务热情、仪容规范，离不开老同志的示范；一些消极现象大家也看得见，需要共同努力去纠正。医
院各项规章制度人人都要遵守，领导和老同志要带头、身先士卒，制度面前人人平等，没有例外。说一千到一万，不如做出样子流身汗；相信XX年通过素质教育和各级领导率先垂范，新区医院的前景会更好。
@H1 sec=requirements alt=guidance,measures | 二、聚合力
医院的发展靠什么推
""",
    ),
    dict(
        name="fresh122_07_company_outdoor_activity_plan",
        source="https://www.xiaomilidoc.com/p-12558902.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a document-sharing page ('户外活动实施方案范文'): a company's second outdoor "
               "team-building day (梧桐山风景区, Shenzhen). The page arrived as one block and was split into lines at "
               "its headings; the collection title was dropped, and the sample heading '新户外活动实施方案【篇 1】' is "
               "kept as the title without '【篇 1】' (the '新' is the page's).",
               "一、活动名称：亲近大自然，探幽古粤山 is a label heading with its value on the line (text not cut: the "
               "value is short), kind other. 二、活动背景 background (guidance accepted); its date '4月18日' is the "
               "event's date inside a body line. 三、活动目的和意义 goals (guidance accepted).",
               "四、活动工作安排 (other; phases, measures accepted) holds key-value items 1、活动时间 (phases, other "
               "accepted; its date '4 月 18 日' with the page's PDF spacing is an optional overall activity time), "
               "2、活动地点, 3、活动参加对象 (other), and a level-2 heading '4、活动人员配置：' (responsibilities) over "
               "items numbered '4。1' and '4。2' (the page's '。' for a decimal point; numbering and text set by hand, since the automatic cut stops at that '。'; style "
               "none since no class covers it). The 组长/成员 key-value lines are body; the three leaders' names were "
               "dropped. The page ends after '4。2 所有参加人员共分三个小组：' (a stray '安全' after it was dropped)."],
        units=["活动领导小组"],
        extra_phases=[
            dict(name="活动时间", start_text="4 月 18 日", end_text=None, at="1、活动时间", optional=True),
        ],
        text="""\
@T | 新户外活动实施方案
@H1 sec=other | 一、活动名称：亲近大自然，探幽古粤山
@H1 sec=background alt=guidance | 二、活动背景
20__年3月9日，公司成功举办第一期”店连店春季户外拓展”活动，丰富了员工的文化生活，增强了团队协作和企业凝聚力。
进入四月，公司按招聘培训计划在第一周完成了新一批员工的培训，提升了新员工的素养和公司的知名度。根据公司工作计划，为贯彻加强精神文明建设的宗旨，经公司领导研究，定于4月18日开展第二期大型户外拓展活动——亲近大自然，探幽古粤山。
@H1 sec=goals alt=guidance | 三、活动目的和意义
这次活动走进深圳梧桐山风景区，暂时远离工作和生活的烦扰，欣赏山间溪涧和飞瀑的自然风光，同时开展拓展项目，舒缓员工的紧张和压力，让大家在挑战中增强合作精神、体会成就感。
山水、蓝天白云和花草能让人头脑轻松、心胸开阔、精神振奋，员工带着自信回到工作中会更投入；游戏既有乐趣和挑战，又能增进同事感情与合作，激发工作积极性。
@H1 sec=other alt=phases,measures | 四、活动工作安排
@I2 sec=phases alt=other | 1、活动时间：4 月 18 日（周一）（如遇天气原因，顺延至周二或下周）
@I2 sec=other | 2、活动地点：梧桐山风景区
@I2 sec=other | 3、活动参加对象：公司全体成员（值班人员除外）
@H2 sec=responsibilities | 4、活动人员配置：
@I3 num=4。1 text=4。1~本次活动成立活动领导小组，配置如下 | 4。1 本次活动成立活动领导小组，配置如下：
组长：活动总指挥
成员：分别负责统筹、交通、后勤保障和安全、团队纪律
@I3 num=4。2 text=4。2~所有参加人员共分三个小组 | 4。2 所有参加人员共分三个小组：
""",
    ),
    dict(
        name="fresh122_08_college_union_womens_day_activity_plan_page2",
        source="http://hunanlong.com/c/1035395_2.html",
        doc_kind="activity_plan", partial=True,
        notes=["Page 2 of a collection ('不一样的6套三八妇女节活动方案( 二 )'): a college's (学院, '我院') union plan for "
               "Women's Day. The store's text starts in the middle of the plan at '二、活动要求：' (its 一、 and title are on "
               "page 1), so the document has no title line (the collection's page title was dropped) and starts at "
               "level 1 with 二、.",
               "Half-width: the page spaces its commas and full stops (' , ', ' 。'), in headings and bodies alike; this "
               "is kept throughout, and the heading texts are cut at ' 。' with the trailing space stripped.",
               "二、活动要求： requirements; its body opens with the phrase '高度重视 , 全员参与 。' (not labelled: a "
               "sentence in the body, not a line of its own). 三、活动方案： goals (measures accepted) holds "
               "'（一） 活动时间：201x年3月7日下午3:00——5:00' (phases, other accepted; the page's space after （一） kept; an "
               "optional overall activity time), （二）活动地点：阅览室 (other) and （三）活动安排： (goals; measures, phases "
               "accepted).",
               "Under （三） the one-line tasks 1、 and 2、 are items; 3、 to 6、, each followed by its own body, are level-3 "
               "headings. Under 4、 the lead-in '竞猜活动内容：' is not labelled; ①猜谜语 and ②做动作 , 猜东西 are level-4 "
               "items with their rules in brackets on the next line. The page ends inside 6、's body ('…多才多艺、')."],
        units=["工会组织"],
        extra_phases=[
            dict(name="活动时间", start_text="201x年3月7日下午3:00", end_text="5:00", at="活动时间：201x", optional=True),
        ],
        text="""\
@H1 sec=requirements | 二、活动要求：
高度重视 , 全员参与 。各部室负责人要重视这次“三八”主题活动 , 动员本部门员工踊跃参加 , 提前做好各项准备 。
@H1 sec=goals alt=measures | 三、活动方案：
@H2 sec=phases alt=other | （一） 活动时间：201x年3月7日下午3:00——5:00
@H2 sec=other | （二）活动地点：阅览室
@H2 alt=measures,phases | （三）活动安排：
@I3 | 1、办一期庆祝妇女节展板 。
@I3 | 2、写一封致全院女职工的慰问信 。
@H3 | 3、聚学院巾帼英才 , 展姐妹靓丽风采 。
召开“三八”座谈会 , 每个部门至少安排一名女职工代表发言 , 女同志多的部门最好有2-3人发言 。
@H3 | 4、庆“三·八”女教职工有奖竞猜 。
竞猜活动内容：
@I4 | ①猜谜语
（共三十五道谜语 , 其中十五道是妇女节知识 , 可出成选择题 , 另二十道是简单的脑筋急转弯）
@I4 | ②做动作 , 猜东西
（两人一组 , 每轮2到3组参赛 。盒子里放写着拖鞋、馒头、蔬菜这类简单东西的纸条 , 甲抽出一张后不能念出来 , 只能用语言或动作描述让乙猜 , 2分钟内猜中最多的组获胜）
@H3 | 5、积极开展爱心帮困活动 。
“三八”期间 , 工会组织要走访贫困女工家庭 , 尤其关心患特殊疾病和单亲困难家庭的女员工 , 及时了解困难并多方帮助解决 。工会干部和各部门负责人要带头与困难女员工结对子 , 从精神上、物质上给予关心 , 让她们感受到女工组织的温馨和学院大家庭的温暖 。
@H3 | 6、举办“美丽家乡、魅力女性”女职工书画、摄影、手工艺作品大赛 。
全面展示我院广大女职工多才多艺、
""",
    ),
    dict(
        name="fresh122_09_drilling_project_labour_competition_scheme",
        source="https://www.ruiwen.com/shishifangan/7002268.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["The first sample of a collection page ('劳动竞赛实施方案(精选11篇)'): the union of a geological drilling "
               "team (队（院）工会) runs a June labour competition on a coal-mine hazard-control project (阳泉固庄煤矿灾害治理工程). "
               "The page's title, date and author line, the 小编 blurb and the repeated collection title were dropped; the "
               "sample heading '劳动竞赛实施方案 1' is kept as the title without its number.",
               "'6月份' in the opening is the overall competition period: an optional phase. 一、指导思想： guidance. "
               "二、劳动竞赛领导组： responsibilities; its key-value lines '组长：', '副组长：', '组员：' are empty on the page "
               "(names left blank by the template) and are body, as is '考评专家：…'.",
               "三、竞赛范围、主题、目标、内容 (goals) names its four parts, which follow as unnumbered 'label：body' lines: "
               "竞赛范围 (other: the scope; goals accepted), 竞赛主题 (other: the slogan), 竞赛目标 (goals), 竞赛内容 (goals; "
               "measures accepted), each a level-2 heading cut at the colon. 四、评比条件： is other (评分标准-like; requirements "
               "accepted); the page ends with its first words '优胜钻机'."],
        units=["队（院）工会", "劳动竞赛领导组"],
        extra_phases=[
            dict(name="劳动竞赛活动", start_text="6月份", end_text=None, at="6月份", optional=True),
        ],
        text="""\
@T | 劳动竞赛实施方案
为调动钻探施工人员的积极性和创造性，增强主人翁责任感、紧迫感以及安全和质量意识，加快阳泉固庄煤矿灾害治理工程进度，保证项目安全、高效、优质、文明施工，队（院）工会决定6月份在全项目部开展劳动竞赛活动。
@H1 sec=guidance | 一、指导思想：
以科学发展观为指导，坚持安全发展，调动全体参建员工的积极性、主动性和创造性；以施工安全为基础、质量创优为核心、加强管理为手段、科技创新为动力，推动工程安全、高效、优质、环保、文明施工，精细施工、严格管理，打造精品工程。
@H1 sec=responsibilities | 二、劳动竞赛领导组：
组长：
副组长：
组员：
考评专家：由队（院）领导、相关职能部门负责人和技术人员组成。
@H1 sec=goals | 三、竞赛范围、主题、目标、内容
@H2 sec=other alt=goals | 竞赛范围：阳泉固庄煤矿灾害治理工程项目部各钻探施工机台及人员。
@H2 sec=other | 竞赛主题：保安全创精品，优质高效争文明。
@H2 sec=goals | 竞赛目标：安全高效、争先创优，使项目部各项工作实现新的跨越。
@H2 sec=goals alt=measures | 竞赛内容：六比六赛。即比安全生产，赛遵章守纪、降本增效无事故；比速度，赛施工进尺；比质量，赛工程优良率；比经济收入，赛单月产值；比文明，赛奉献和协作精神；比管理，赛各项记录。
@H1 sec=other alt=requirements | 四、评比条件：
优胜钻机
""",
    ),
]
