# -*- coding: utf-8 -*-
"""The 156th held-out fresh set: ACTIVITY PLANS of Youth League committees, a
school library, a community and a sub-district's union (学雷锋志愿服务, 世界读书日,
a book-donation reading week, festival games) with 活动时间 / 活动内容 / 活动安排 /
活动要求 parts, plus three SPEECHES at work meetings (a 总结表彰大会, the
launch of a county's volunteer campaign, the launch of a district union's
labour competition).  Found as stored public web pages with
the `search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of another set or of corpus-dev (checked against every
label file, used_sources.tsv and exclusion list under /work/fresh*/,
/work/main/tests/corpus_fresh*/ and /work/shared/corpus-dev when chosen and when
the set was finished).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples of
  a collection were dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal names
  were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH156_DOCS = [
    dict(
        name="fresh156_01_university_league_leifeng_volunteer_activity_plan",
        source="https://m.wenke99.com/p-1478638.html",
        doc_kind="activity_plan", partial=True,
        title_override="2019 年全面 “弘扬雷锋精神 争当时代青年”学雷锋志愿服务活动方案",
        notes=["A university Youth League committee's 学雷锋 volunteer-service plan, issued to the 各学院团委 as a notice "
               "('具体事项通知如下'). From a document-sharing site that delivered one run-together block with chunk markers "
               "'1、' '2、' '3、'; the block was split at the heading and paragraph boundaries it shows. The title line keeps "
               "its chunk marker '1、' (the title label leaves it out) and the source's odd '全面' and spaces.",
               "'（一）助力文明校园，传承志愿精神各学院组' keeps the heading glued to the first word of its body (text set by "
               "hand); the chunk marker '2、' then starts the next line inside the word 组织 ('2、织动员…'): debris, never "
               "labelled.",
               "'（三）提升' is the first half of the heading '（三）提升品牌质量，致力特色服务': the chunk marker '3、' cut it, so "
               "the next line reads '3、品牌质量，致力特色服务各学院团组织…'. Labelled on the '（三）提升' line with text '（三）提升'; "
               "the '3、' line is debris-led body and is not labelled.",
               "二、活动时间 gives two overall periods on one body line ('2019 年 3 月至 12 月' and the concentrated period "
               "'2019 年 3 月 1 日至 3 月31 日', PDF spacing kept): both optional phases. 三、活动内容 is goals (other "
               "accepted); its （一）–（三） inherit goals.",
               "The page ends inside （三）'s body ('…继续推动志愿服务制度化')."],
        units=["校团委", "各学院团委"],
        extra_phases=[
            dict(name="活动时间", start_text="2019 年 3 月", end_text="12 月", at="2019 年 3 月至 12 月",
                 optional=True),
            dict(name="集中开展", start_text="2019 年 3 月 1 日", end_text="3 月31 日", at="集中开展时间为",
                 optional=True),
        ],
        text="""\
@T | 1、2019 年全面 “弘扬雷锋精神 争当时代青年”学雷锋志愿服务活动方案
各学院团委：
为学习贯彻新时代中国特色社会主义思想和党的十九大精神，落实上级团组织关于“学雷锋”志愿服务的通知要求，引导青年以志愿服务践行社会主义核心价值观，迎接建国 70 周年、纪念五四运动 100 周年，校团委决定在全校开展学雷锋志愿服务活动。具体事项通知如下：
@H1 sec=other | 一、活动主题
弘扬雷锋精神 争当时代青年
@H1 sec=phases alt=other | 二、活动时间
2019 年 3 月至 12 月，集中开展时间为 2019 年 3 月 1 日至 3 月31 日。
@H1 sec=goals alt=other | 三、活动内容
@H2 text=（一）助力文明校园，传承志愿精神 | （一）助力文明校园，传承志愿精神各学院组
2、织动员青年学生践行绿色低碳的生活理念，爱护校容校貌，借文明环境、文明课堂、文明就餐、文明社交、文明宿舍等活动，把“奉献、友爱、互助、进步”的志愿精神带到校园各处，形成人人参与、人人奉献的风气。
@H2 text=（二）展现青春风采，弘扬奉献之风 | （二）展现青春风采，弘扬奉献之风广泛开展社区服务、孝亲敬老、困难救助、公益讲座、普法宣传、权益维护等志愿服务，挖掘社会资源、扩大服务阵地，建立“选派-培训- 服务-总结”的工作机制，提升服务质量，让学生在奉献社会中增强服务能力。
@H2 | （三）提升
3、品牌质量，致力特色服务各学院团组织和志愿服务组织要在团员青年中长期开展道德实践活动，推动学雷锋志愿服务常态化；结合专业特点策划主题团日，打造“一院一品”，继续推动志愿服务制度化
""",
    ),
    dict(
        name="fresh156_02_college_league_leifeng_volunteer_month_notice",
        source="https://tuanwei.sdvcst.edu.cn/info/1031/1051.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A college Youth League committee's notice to its 团总支 arranging a 学雷锋志愿服务月 in March 2021. The page "
               "starts with the addressee; no title line is shown, so title null.",
               "The text comes from a PDF: lines break in the middle of a sentence or a word ('…撒播' / '雷锋精神种子座谈会…', "
               "'（如建' / '档立卡…'); the breaks are kept and the continuation lines are body.",
               "三、活动内容 holds four run-in headings '1.开展雷锋事迹宣传活动。…' (level 2, goals inherited). The opening's "
               "'2021 年 3 月 5 日' (the memorial day) is not a phase; 二、活动时间 '2021 年 3 月' is an optional phase with "
               "a start only.",
               "The page ends with 4.'s body ('…开展丰富多彩的活动')."],
        units=["学院团委", "各团总支"],
        extra_phases=[
            dict(name="活动时间", start_text="2021 年 3 月", end_text=None, at="二、活动时间", optional=True),
        ],
        text="""\
各团总支：
2021 年 3 月 5 日是第 58 个“学雷锋纪念日”和第 22 个中国青年志愿者服务日。为弘扬“奉献、友爱、互助、进步”的志愿精神，推动学雷锋志愿服务常态化、制度化，学院团委决定在3 月份开展学雷锋志愿服务月活动，安排如下：
@H1 sec=other | 一、活动主题
青春志愿行·奉献新时代
@H1 sec=phases alt=other | 二、活动时间
2021 年 3 月
@H1 sec=goals alt=other | 三、活动内容
@H2 | 1.开展雷锋事迹宣传活动。各团总支借助雷锋故事征文、撒播
雷锋精神种子座谈会、“学习雷锋好榜样”主题班会等多种渠道宣传引导学生，既学雷锋的精神也学雷锋的做法，把理想信念和道德追求落到日常学习生活中，让雷锋精神代代相传。
@H2 | 2.开展暖心帮扶志愿服务活动。关爱校内特殊群体学生（如建
档立卡、孤儿、残疾学生等）和空巢老人、孤残儿童、留守儿童，开展有针对性的结对帮扶：为老人和儿童提供生活料理、文娱陪伴和财物帮助；对校内学生注意保护隐私、关注心理，学习和心理上“一助一”长期结对，生活上以隐形资助给予关爱。
@H2 | 3.开展“我的榜样”活动。各团总支建立学雷锋日记本，发动
学生从自己和身边做起，把好人好事整理成册、录成短视频，加深对雷锋精神的认识，长期保持学雷锋的氛围，争做新时代雷锋人。
@H2 | 4.开展学雷锋文艺志愿服务活动。在文艺志愿服务中践行雷锋
精神，用文艺唱响新时代雷锋之歌，可采用大合唱、小合唱、独唱（歌伴舞）、朗诵、小品等多种形式开展丰富多彩的活动
""",
    ),
    dict(
        name="fresh156_03_school_league_leifeng_volunteer_activity_plan",
        source="https://www.hspd.pudong-edu.sh.cn/site/site1/detail/3505d95e-13ae-4147-8cfd-0a75941c35fe_1f664234-e135-4d14-9092-88d6b3e05f07.html",
        doc_kind="activity_plan", partial=False,
        notes=["A secondary school Youth League committee's short 学雷锋 volunteer plan, complete on the page (partial "
               "false): title, five headings, signature '上海市浦东中学团委' and date '2017.3'. The page's publication line and "
               "its links to two other school articles were dropped.",
               "四、活动安排 holds four numbered steps, labelled items (level 2): '1、宣传发动阶段。…' names a stage without a "
               "date (a heading reading is possible; items are optional either way), the other three are dated events. The "
               "three dated events ('3月3日中午', '3月3日中午', '3月17日') are listed as optional phases (single-day events of "
               "the programme, start only).",
               "三、组织方式 (校团委牵头，以团支部为单位) is responsibilities; 二、宗旨与目标 goals (guidance accepted)."],
        units=["校团委", "团支部", "校记者社"],
        extra_phases=[
            dict(name="主题团日活动", start_text="3月3日", end_text=None, at="2、3月3日中午", optional=True),
            dict(name="校园随机采访活动", start_text="3月3日", end_text=None, at="3、3月3日中午", optional=True),
            dict(name="爱心慈善义卖活动", start_text="3月17日", end_text=None, at="4、3月17日", optional=True),
        ],
        text="""\
@T | 2017年浦东中学“学雷锋”志愿者活动方案
为响应团中央号召，把志愿者精神带进青年学生群体，激励学生积极向上、乐于助人，为建设现代化国家贡献青春力量，校团委决定在全校倡导和发起青年志愿者活动。
@H1 sec=guidance | 一、指导思想：
青年志愿者活动以奉献、友爱、互助、进步为主旨，与雷锋精神一脉相承，是雷锋精神在今天的新形式和延伸。
@H1 sec=goals alt=guidance | 二、宗旨与目标：
借志愿者活动弘扬雷锋精神，激发学生关爱互助的热情并落实到日常行为中，在校园里形成互帮互助的风气，营造和谐、宽松、健康的学习生活环境。
@H1 sec=responsibilities | 三、组织方式：
由校团委牵头，各团支部为单位组织开展。
@H1 sec=phases | 四、活动安排：
@I2 | 1、宣传发动阶段。校团委以广播台、电子屏幕为主要宣传阵地，宣扬雷锋精神，青年志愿者精神。
@I2 | 2、3月3日中午各团支部开展“树立和践行社会主义核心价值观”主题团日活动。
@I2 | 3、3月3日中午校记者社开展“雷锋精神知多少”校园随机采访活动。
@I2 | 4、3月17日进行全校师生范围的爱心慈善义卖活动。
@H1 sec=requirements | 五、活动要求
时间、地点、任务和安全四个方面都要落实到位。
上海市浦东中学团委
2017.3
""",
    ),
    dict(
        name="fresh156_04_library_world_reading_day_activity_plan",
        source="https://unjs.com/huodongfangan/202410/8387789.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('图书馆开展世界读书日活动方案1'): a library's 世界读书日 plan. The site's "
               "date line, blurb and the sample number '1' were dropped; the sample's own heading equals the collection "
               "title, kept as the title line.",
               "The source mixes a university ('各院（系、部）、机关各处室', '大学生素拓活动') with 'xx小学图书馆' as 主办单位: "
               "kept as written.",
               "一、活动时间 '20xx年4月1日~20xx年4月x日。' (masked end day) is an optional phase. Headings 一、–四、 stand "
               "alone with a colon, their values on the next line.",
               "Under '（一）书香校园——海报创意大赛', '活动形式：…' is a key-value body line and '作品要求：' a lead-in (not "
               "labelled); its four points '1、…' are items at level 3 (goals inherited, requirements accepted); the "
               "deadline '20xx年4月23日' in item 3、 is not a phase.",
               "The page ends inside （二）'s body ('…温馨提示语，以读')."],
        units=["xx小学图书馆"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年4月1日", end_text="20xx年4月x日", at="一、活动时间",
                 optional=True),
        ],
        text="""\
@T | 图书馆开展世界读书日活动方案
联合国教科文组织把4月23日定为“世界图书与版权日”（又称“世界读书日”）。为营造校园文化艺术氛围，促进良好学风校风，推进文明、和谐校园建设，图书馆将举办“20xx世界读书日”活动，请各院（系、部）、机关各处室发动师生积极参加。
@H1 sec=phases alt=other | 一、活动时间：
20xx年4月1日~20xx年4月x日。
@H1 sec=responsibilities | 二、主办单位：
xx小学图书馆。
@H1 sec=other | 三、活动对象：
全校师生。
@H1 sec=goals alt=other | 四、活动内容：
@H2 | （一）书香校园——海报创意大赛
活动形式：全校举办以“书香校园”为主题的海报创意比赛，倡导良好的读书习惯，获奖作品在图书馆中厅展出。
作品要求：
@I3 sec=goals alt=requirements | 1、主题鲜明、内容健康、富有创造性。
@I3 sec=goals alt=requirements | 2、海报使用不小于A4纸制做并用彩色打印，在作品后注明姓名、单位及联系方式。
@I3 sec=goals alt=requirements | 3、作品提交截止时间：20xx年4月23日。
@I3 sec=goals alt=requirements | 4、作品提交办法：作品的纸本提交至图书馆一楼咨询台，电子版提交到email。
活动评出一等奖x名、二等奖x名、三等奖x名和优秀奖若干名；活动已列入大学生素拓活动，入围者（xx%参加者）可获相应学分。
@H2 | （二）“文明阅览、文明学习”温馨提示语征集活动
图书馆向全校读者公开征集“文明借阅、文明学习”温馨提示语，以读
""",
    ),
    dict(
        name="fresh156_05_community_book_donation_reading_activity_plan",
        source="http://aihuau.com/a/5706771/733311512.html",
        doc_kind="activity_plan", partial=True,
        notes=["A community's (碧海社区) reading-week plan around the slogan '贡献图书、奉献社区'. The page starts with the "
               "opening paragraph; no title line is shown, so title null.",
               "Headings 一、–五、 stand alone without colon ('六、活动安排：' has one). 五、活动原则 is guidance, with two "
               "run-in principles '（一）以人为本，广泛参与。…' at level 2.",
               "六、活动安排 holds three dated steps run in with their dates after a colon: '1、宣传发动：XX年3月28日-4月20日', "
               "'2、启动仪式：4月23日' (start only), '3、书画作品展：XX年4月23日—26日' (the end '26日' without month). Three "
               "required phases. 四、活动时间 'XX年4月23日—26日' is an optional phase.",
               "The page ends on the key-value line '参加对象：社区内居' cut in the middle of a word."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="XX年4月23日", end_text="26日", at="四、活动时间", optional=True),
        ],
        text="""\
为提高社区居民整体素质，促进居民文化生活全面发展，提升社区文明程度，营造全民学习、终身学习的氛围，以“贡献图书、奉献社区”为主题开展读书活动，为创建学习型社区打好基础。
@H1 sec=guidance | 一、活动宗旨
以科学发展观为指导，满足社区成员日益增长的文化需求，立足社区、服务社区、发展社区，开发利用社区教育资源，通过读书活动提高居民素质和文化品位，推动碧海社区物质文明、政治文明和精神文明再上新水平。
@H1 sec=other | 二、活动主题
“贡献图书、奉献社区”
鼓励共驻共建单位和居民把家中多余的图书寄放或捐赠到社区图书室供大家借阅；单位和居民可办理社区图书借阅证免费借书。
@H1 sec=other | 三、活动对象
碧海社区全体居民、共驻共建单位
@H1 sec=phases alt=other | 四、活动时间
XX年4月23日—26日
@H1 sec=guidance | 五、活动原则
@H2 | （一）以人为本，广泛参与。面向基层和居民宣传读书学习的意义，扩大活动覆盖面，提高居民参与率，让更多人在读书中受教育、陶冶情操。
@H2 | （二）资源共享，优化氛围。整合社区现有资源，引导社会各界支持参与，规范管理社区图书室、阅览室，营造“全民读书，全社会支持”的氛围。
@H1 sec=phases | 六、活动安排：
@H2 phase=宣传发动;XX年3月28日;4月20日 | 1、宣传发动：XX年3月28日-4月20日
在社区内挂横幅、贴倡议书，借宣传栏、黑板报等宣传图书资源共享的意义，让居民及时了解活动进展。
@H2 phase=启动仪式;4月23日; | 2、启动仪式：4月23日
邀请区、街道领导和新闻媒体出席。
@H2 phase=书画作品展;XX年4月23日;26日 | 3、书画作品展：XX年4月23日—26日
参加对象：社区内居
""",
    ),
    dict(
        name="fresh156_06_subdistrict_union_festival_games_activity_plan",
        source="http://6dgww.com/Article/15593035.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('篇一') of a collection page ('开展机关工会活动方案'): a sub-district's 机关工会 plan for a "
               "'双节同庆机关干部趣味比赛' before the Mid-Autumn Festival and National Day. The site's banner, the collection "
               "title, '篇一' and the second sample were dropped; the sample has no title of its own, so title null.",
               "Every level-1 heading is an unnumbered label: '活动主题：和谐、友谊、进步' (label-value), '活动时间：9月下旬' "
               "(optional phase, a 旬 as start only), '活动地点：' (empty in the source), '比赛项目：'. The four events "
               "'第一项：共同进步（双人跳绳）' … are level 2 (numbering 第一项, style 第一), goals inherited (other accepted).",
               "Under each event the lines '比赛规则。…', '奖项设置。…', '参加人数。…' (a label closed by '。' or '：') are "
               "key-value body lines, not labelled. The source's punctuation drift ('参加人数：' once, '纪念奖6名.' with a "
               "half-width full stop) is kept."],
        units=["街道机关工会"],
        extra_phases=[
            dict(name="活动时间", start_text="9月下旬", end_text=None, at="活动时间：9月下旬", optional=True),
        ],
        text="""\
为展示机关干部风采，丰富职工文化生活，增进友谊、增强凝聚力，街道机关工会准备在中秋节和国庆节前夕举办“双节同庆机关干部趣味比赛”。
@H1 sec=other | 活动主题：和谐、友谊、进步
@H1 sec=phases alt=other | 活动时间：9月下旬
@H1 sec=other | 活动地点：
@H1 sec=goals alt=other | 比赛项目：
@H2 num=第一项 | 第一项：共同进步（双人跳绳）
比赛规则。一男一女为一组，两人同跳一根单人跳绳，一分钟内跳得最多的一组获胜。
奖项设置。一等奖2名；二等奖2名；纪念奖12名。
参加人数。每个工会小组4名，共16人。
@H2 num=第二项 | 第二项：挤眉弄眼（吃饼干）
比赛规则。选手把饼干放在额头上，只靠脸部肌肉把它移进嘴里吃掉，一分钟内吃得多者获胜；掉落的不计，用手帮忙的不计成绩。
奖项设置。抽签分两轮比赛，每组取一等奖1名。
共计一等奖2名；纪念奖6名。
参加人数：每个工会小组4名，共16人
@H2 num=第三项 | 第三项：吹球入碗
比赛规则。桌上摆五只盛满水的碗，把乒乓球从第一只碗依次吹到第五只碗，用时最少者获胜。
奖项设置：抽签分2轮比赛，每组取一等奖1名；纪念奖3名；
共计一等奖2名，纪念奖6名.
参加人数。每个工会小组2名（不限男女），共8人。
@H2 num=第四项 | 第四项：争先恐后（推球）
比赛规则。两根接力棒在末端三分之一处交叉绑紧，握住长端叉开成剪刀状，用另一端的豁口叉住篮球；发令后推球前进，绕过小红旗返回，先到的小组获胜。
奖项设置。抽签分2轮预赛，获胜小组进入决赛，未进决赛的小组获纪念奖；决赛胜者获一等奖、负者获二等奖，共计一等奖4名、二等奖4名、纪念奖8名。
参加人数。每个工会小组4名（不限男女），共16人。
""",
    ),
    dict(
        name="fresh156_07_development_zone_commendation_meeting_speech",
        source="https://biganzizhijia.cn/fanwen/gljh/26184.html",
        doc_kind="speech", partial=True,
        notes=["A development zone leader's speech at its 总结表彰大会 (reviewing 2020, deploying 2021). The page's title "
               "'经济开发区表彰大会讲话' is kept as the title line.",
               "Salutation lines ('尊敬的x区长、各位领导、同志们、企业家朋友们：', '大家上午好！') and the lead-in announcing "
               "six characters '“奋斗”“服务”“改革”' are not labelled. The only point shown is '一是奋斗。' standing alone "
               "(numbering 一是, level 1; requirements, guidance or measures accepted).",
               "The site's watermark '笔扫千军整理' sits inside a sentence of the 2021 paragraph ('…答卷的笔扫千军整理关键一年'); "
               "kept as debris. The source's masking 'x区长', '中国_百年史', '中国_人' is kept.",
               "The page ends inside 一是's body ('…一个没有奋斗精神的企业')."],
        units=[],
        text="""\
@T | 经济开发区表彰大会讲话
尊敬的x区长、各位领导、同志们、企业家朋友们：
大家上午好！
今天召开总结表彰大会，主要是总结过去一年的工作，部署新一年的任务，表彰一批先进集体和个人，激励园区干部职工坚定信心、鼓足干劲，完成好今年的各项目标。
2020年极不寻常。园区放下包袱、克难求进，取得了一些成绩，得到上级肯定。此刻我最想说的是感谢：感谢区委区政府的信任，感谢园区干部的努力，感谢企业家朋友的支持配合。
2021年是书写“五年新辉煌”答卷的笔扫千军整理关键一年，也是园区晋位升级的攻坚之年，新形势、新任务、新目标要求我们弄清“为什么”“干什么”“怎么干”。下面，我结合党史学习中重温《为人民服务》的体会，与大家分享六个字：“奋斗”“服务”“改革”。
@H1 sec=requirements alt=guidance,measures | 一是奋斗。
中国_百年史是一部矢志不渝的奋斗史，奋斗是中国_人的精神特质。战争年代为民族解放奋斗，新时代为民族复兴奋斗。园区正处在转型升级的关键期，干部职工既要能干大事，也要乐于干小事，不能因小而不为；面对双循环格局的机遇和挑战，企业同样必须努力奋斗，一个没有奋斗精神的企业
""",
    ),
    dict(
        name="fresh156_08_county_youth_volunteer_launch_speech",
        source="https://wenku.docs.qq.com/detail?docId=KdTeFftXsF",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech launching the county's youth volunteer campaign (a mobilisation: '动员和凝聚更多的热血"
               "青年'). The page's own title '志愿者在医院服务活动启动仪式上的讲话发言范文' (a different event) and its preview "
               "snippet were dropped; the document's title line '在全县青年志愿者活动启动仪式上的讲 话' keeps the PDF space "
               "inside 讲话 (the title label has none).",
               "The byline (office only: the speaker's name was dropped) and the masked date line '（____年____月____日）' "
               "are body lines under the title; the salutation '同志们、____：' keeps the source's masking, as do '团____' and "
               "the empty quotes '“”' in the body.",
               "The lead-in ends '对大家提几点希 望。' with a PDF space, kept. The only point shown is the run-in "
               "'一要提高认识—把责任“担”起来。…' (numbering 一要, level 1; requirements, guidance or measures accepted); the "
               "page ends inside its body."],
        units=[],
        text="""\
@T | 在全县青年志愿者活动启动仪式上的讲 话
县委常委、宣传部长
（____年____月____日）
同志们、____：
大家好。今天我们在这里隆重集会，举行“吴起县志愿者活动启动仪式”，目的是动员和凝聚更多热血青年服务社会、奉献爱心、传承文明。我代表县委、县政府祝贺全县志愿者活动正式启动，向各条战线的志愿者致以敬意，也向组织引导志愿者活动的各级团____和团干部表示问候。
志愿者活动是崇高的公益事业，也是社会文明进步的重要标志。近年来我县志愿服务在扶贫济困、传播文明、环境保护和大型活动中作用独特，在“”、“保护母亲河”、“青年服务月”等方面贡献突出，赢得社会各界广泛赞誉。
这是吴起历史上首次整体启动志愿者活动，既总结以往，又部署今后，既是里程碑，又是新起点，意义非凡，责任重大，使命光荣。就此，为开展好志愿者服务活动，对大家提几点希 望。
@H1 sec=requirements alt=guidance,measures | 一要提高认识—把责任“担”起来。一名志愿者就是一面旗帜，每一次服务都是一次爱的奉献，一项志愿
""",
    ),
    dict(
        name="fresh156_09_district_union_labour_competition_launch_speech",
        source="http://mswk.cn/Article/ShowArticle.asp?ArticleID=176039",
        doc_kind="speech", partial=True,
        notes=["A district federation of trade unions' chairman's speech launching a key-project labour competition "
               "('庆祝建党100周年“攻坚突破年”重点工程劳动竞赛'), a mobilisation. The site's '内容预览：' line and its "
               "registration and login lines were dropped; the speech's title line is kept.",
               "After the lead-in '…提三点要求：' come three numbered points '一、…。' (level 1; requirements, guidance or "
               "measures accepted). The first two are followed by their bodies on the next line; the third is cut by the "
               "site's paywall: the ellipsis '<…………' is glued after its '。' and the line '全文共972字，…' follows (debris, "
               "kept, never labelled).",
               "'xx市' masking kept; '项目落地年' and '攻坚突破年' are the year's slogans, not phases."],
        units=["区总工会"],
        text="""\
@T | 区总工会主席在重点工程劳动竞赛启动仪式上的讲话
同志们：
今天在这里举行庆祝建党100周年“攻坚突破年”重点工程劳动竞赛启动仪式，意义重大。我代表区总工会欢迎出席仪式的各位领导和全体员工，向奋战在新区各工程现场的职工群众致以慰问和敬意。今天的现场令人振奋、令人期待。下面，我就做好本次劳动竞赛提三点要求：
@H1 sec=requirements alt=guidance,measures | 一、提高认识，增强开展劳动竞赛活动的责任感。
项目建设是经济发展的生命线。xx市把今年定为“项目落地年”，新区定为“攻坚突破年”，就是要发挥大项目在高质量发展中的作用。工会组织要提高认识、勇于担当，动员干部职工投身劳动竞赛，通过争先创优凝聚职工力量、开发职工智慧，在xx新区高质量发展中立足本岗、建功立业。
@H1 sec=requirements alt=guidance,measures | 二、精心组织、突出重点，确保竞赛活动取得实效。
加强领导，制定针对性、实效性和可操作性强的活动方案、竞赛项目、竞赛细则和奖励办法，把目标分解到班组、落实到个人，组织职工广泛参与，形成比学赶超、争创一流的氛围，掀起全区劳动竞赛新高潮。
@H1 sec=requirements alt=guidance,measures | 三、扎实推进创建工人先锋号活动，全力打造劳动竞赛品牌。<…………
全文共972字，仅供站内会员学习参考（会员可打开排版规范的全部文档）
""",
    ),
]
