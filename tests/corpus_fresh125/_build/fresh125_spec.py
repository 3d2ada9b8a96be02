# -*- coding: utf-8 -*-
"""The 125th held-out fresh set: ACTIVITY PLANS for events and campaigns
(a May Fourth gala, a volunteer clean-up, a sports meet's programme, a
comedy contest, a safety-education week, a knowledge contest, a county's
science-and-technology week) with 活动时间 / 活动安排 / 活动流程 / 报名 parts
and dated steps.  Found as stored public web pages with the `search` tool's
`pages` corpus (queries in notes_queries.txt).  None of the source pages is
a source of another set (checked against every exclusion list and label
file under /work/fresh*/ and /work/wt-lead/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text (times such as 8:00 keep their colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH125_DOCS = [
    dict(
        name="fresh125_01_college_may_fourth_gala_activity_plan",
        source="https://m.efsc.cn/wenku/aerd/XYoxmndg6d",
        doc_kind="activity_plan", partial=True,
        notes=["A college Youth League committee's plan for a May Fourth gala and commendation meeting "
               "('放飞青春梦想，共铸琼院辉煌'), from a document-sharing site. The page starts with the opening "
               "paragraph; no title line is shown, so title is null.",
               "五、组织时间安排 holds three run-in steps '（一）组织实施阶段：4月5日——4月25日，4月10日前…'. The automatic cut "
               "would stop at the colon, so each text is set by hand to keep the dates (name：dates). Three required "
               "phases; the 演出 step has a start only ('5月11日晚八点', labelled '5月11日').",
               "The overall 活动时间 '20xx年4月5日至5月10日' is an optional phase; note that the source's performance date "
               "(5月11日) falls after the overall period ends: kept as written.",
               "六、组织方式及活动要求 holds four statements （一）–（四）, labelled items (requirements; responsibilities "
               "accepted for the heading). A teacher's name in （一）组织实施阶段 was dropped.",
               "The site's truncation line '因篇幅问题不能全部显示，请点此查看更多更全内容' is kept as debris, never labelled."],
        units=["院团委", "各基层团委", "院团委宣教部"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年4月5日", end_text="5月10日", at="20xx年4月5日至5月10日",
                 optional=True),
        ],
        text="""\
为丰富学院的校园文化生活，围绕“构建和谐校园，促进和谐发展”，以富有思想性和艺术性的文艺活动展示青年学生健康的审美追求、发挥文化育人作用，院团委决定在五四期间举办“放飞青春梦想，共铸琼院辉煌”文艺晚会暨五四表彰大会。
@H1 sec=goals alt=guidance | 一、活动目的
提高校园文化艺术水平，建设和谐文明的校园。
@H1 sec=other | 二、活动主题
放飞青春梦想，共铸琼院辉煌
@H1 sec=phases alt=other | 三、活动时间
20xx年4月5日至5月10日
@H1 sec=other | 四、活动节目形式
节目围绕庆祝建团xx周年和学院发展，风格新颖活泼、富有青春气息和意义，可采用歌曲、舞蹈、曲艺、诗歌、器乐等多种形式。
@H1 sec=phases | 五、组织时间安排
@H2 text=（一）组织实施阶段：4月5日——4月25日 phase=组织实施阶段;4月5日;4月25日 | （一）组织实施阶段：4月5日——4月25日，4月10日前各基层团委确定节目报院团委汇总，确认后组织排练。
@H2 text=（二）节目筛选阶段：4月27日——4月28日 phase=节目筛选阶段;4月27日;4月28日 | （二）节目筛选阶段：4月27日——4月28日，由院团委筛选节目，时间地点另行通知。
@H2 text=（三）节目演出阶段：5月11日晚八点 phase=节目演出阶段;5月11日; | （三）节目演出阶段：5月11日晚八点，地点初定在院艺体活动中心。
@H1 sec=requirements alt=responsibilities | 六、组织方式及活动要求
@I2 | （一）由五指山各基层团委负责组织落实和前期宣传发动，各基层团委选送节目不少于两个且形式不同，附中团委和三亚教学基地不作要求。
@I2 | （二）院团委宣教部会同校记者站、网络信息部和社团管理中心，通过海报、广播、网络等做好演出前宣传。
@I2 | （三）节目筛选演出人员须自备演出服装，道具，及伴奏。
@I2 | （四）各单位要精心组织，周密安排，确保各项活动顺利进行。
因篇幅问题不能全部显示，请点此查看更多更全内容
""",
    ),
    dict(
        name="fresh125_02_college_volunteer_stadium_cleanup_activity",
        source="https://m.dcrkj.com/wenku/aves/YwZEx9PXM4",
        doc_kind="activity_plan", partial=True,
        notes=["A college student volunteer team's one-day plan (clean-up at 临海体育馆 with the local 义工). No title "
               "line is shown (the page starts at 一、), so title is null.",
               "Numbering '一、 ' with a space after the comma for 一、 to 九、, but '十、' without one; kept as written. "
               "Every heading is a 'label：value' line; texts follow the automatic cut except 二、 (short slogan "
               "ending in 。, text set by hand to the label).",
               "活动时间 '20xx年3月11日' is an optional phase. The three 活动流程 steps are items; the first gives "
               "'3月10日早上8:30' for the assembly although the activity date is 3月11日 (the source's inconsistency, "
               "kept; not labelled as a phase).",
               "主办单位 / 承办单位 lines under 三、 are key-value body lines. The signature, the date line and the site's "
               "truncation line are body / debris."],
        units=["临海义工", "思政部大学生志愿者服务队"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年3月11日", end_text=None, at="活动时间：20xx年3月11日",
                 optional=True),
        ],
        text="""\
@H1 sec=goals alt=guidance | 一、 活动目的：弘扬青年志愿者精神，和临海义工一起建设和谐美丽的家园；倡导团结互助，锻炼同学们与社会沟通的能力，提升综合素质，展示学校和学院的良好形象，宣传环保、维护公共卫生。
@H1 sec=other text=二、~活动主题 | 二、 活动主题：创建美丽家园，打造美丽城市。
@H1 sec=responsibilities | 三、 活动组织：
主办单位：临海义工
承办单位：思政部大学生志愿者服务队
@H1 sec=phases alt=other | 四、 活动时间：20xx年3月11日
@H1 sec=other | 五、 活动地点：临海体育馆
@H1 sec=other | 六、 参加人员：思政部大学生志愿者服务队
@H1 sec=other | 七、 活动形式：体育馆绿色环保服务
@H1 sec=goals alt=other | 八、 服务内容：同临海义工一道清理体育馆外草坪和地面上的垃圾。
@H1 sec=phases | 九、 活动流程：
@I2 text=1、各志愿者于3月10日早上8:30在学校西大门集合 | 1、各志愿者于3月10日早上8:30在学校西大门集合。
@I2 | 2、徒步到临海体育馆。
@I2 | 3、到体育馆后分发小红帽，垃圾袋钳子等工具。
@H1 sec=requirements alt=other | 十、备注：工具按小组领取和归还，注意爱护；往返途中务必注意安全。
思政部大学生志愿者服务队
20xx年3月10日
因篇幅问题不能全部显示，请点此查看更多更全内容
""",
    ),
    dict(
        name="fresh125_03_association_autumn_sports_meet_programme",
        source="https://www.jingyanben.com/bangongwenmi/67896.html?page=3",
        doc_kind="activity_plan", partial=True,
        notes=["Page 3 of a collection ('2022企业秋季运动会方案'): the tail of the first sample, a sports meet "
               "(basketball, table tennis, badminton) run by an association whose 会长 speaks, with two schools "
               "performing. The page starts inside 九、's staff list (a key-value line) and ends before the second "
               "sample ('…方案篇二'), which was dropped. No title line; title null.",
               "十、活动流程 is the top level shown (level 1). Two required phases run in with their dates in brackets: "
               "'（一）预赛（9月22日—9月25日18:30—21:30）' (day range 9月22日–9月25日; the evening hours are not "
               "phase dates) and '（二）决赛（9月27日8:00—16:00）' (one day, start only).",
               "The final's programme: numbered time slots '1、8:00—9:00…' as items at level 3 (also optional phases, "
               "time slots of a one-day programme), with （1）… ceremony steps as items at level 4. The source numbers "
               "the slots 1、2、2、3、4、5、 (2、 typed twice); kept as written.",
               "A personal name in '（3）…会长讲话' was dropped; the masked school names 'xxxx国语学校', 'xx临川学校' "
               "are kept."],
        units=["总分统计及奖品发放组"],
        extra_phases=[
            dict(name="签到", start_text="8:00", end_text="9:00", at="1、8:00—9:00", optional=True),
            dict(name="开幕式", start_text="9:00", end_text="9:30", at="2、9:00—9:30", optional=True),
            dict(name="各项目比赛", start_text="9:30", end_text="12:00", at="2、9:30—12:00", optional=True),
            dict(name="午餐", start_text="12:00", end_text="13:00", at="3、12:00—13:00", optional=True),
            dict(name="各项目总决赛", start_text="13:00", end_text="15:30", at="4、13:00—15:30", optional=True),
            dict(name="闭幕式", start_text="15:30", end_text="16:00", at="5、15:30—16:00", optional=True),
        ],
        text="""\
总分统计及奖品发放组：待定
@H1 sec=phases | 十、活动流程
@H2 phase=预赛;9月22日;9月25日 | （一）预赛（9月22日—9月25日18:30—21:30）
22日至25日每晚进行篮球、乒乓球和羽毛球预赛，篮球决出4强，羽毛球、乒乓球各决出16强。
@H2 phase=决赛;9月27日; | （二）决赛（9月27日8:00—16:00）
@I3 | 1、8:00—9:00运动员、裁判员、检录员、志愿者签到；
@I3 | 2、9:00—9:30开幕式
@I4 | （1）介绍领导、嘉宾、运动员代表队；
@I4 | （2）升国旗仪式；
@I4 | （3）会长讲话；
@I4 | （4）运动员代表宣誓；
@I4 | （5）裁判员代表宣誓；
@I4 | （6）xxxx国语学校健身操表演；
@I4 | （7）xx临川学校歌舞表演；
@I4 | （8）与会嘉宾宣布比赛开始。
@I3 | 2、9:30—12:00各项目比赛
@I3 | 3、12:00—13:00午餐
@I3 | 4、13:00—15:30各项目总决赛
@I3 | 5、15:30—16:00闭幕式
@I4 | （1）裁判长宣布各项目比赛成绩；
@I4 | （2）为各项目的冠军、亚军、季军和优秀奖获得者颁奖；
@I4 | （3）为参赛团体颁发“优秀组织奖”、“最佳风采奖”；
@I4 | （4）闭幕。
""",
    ),
    dict(
        name="fresh125_04_college_comedy_contest_activity_plan",
        source="http://tudiao.com/a/2110/1374011.html",
        doc_kind="activity_plan", partial=True,
        title_override="长春大学光华学院第二届光华文化艺术节——相声小品大赛",
        notes=["A college student union's plan for a 相声小品大赛 within its arts festival. The page starts with the "
               "event name (ending in '。'), taken as the title (trailing 。 left out of the label); the headings "
               "一、 and 二、 are not shown.",
               "Scraped run-together text: several headings are glued to the end of the previous line and are NOT "
               "labelled (markers in the middle of a line): '…为我院品牌活动…三、主办单位：', '…晚6点进行决赛。五、活动地点。', "
               "'…决赛图书馆大礼堂。六、决赛赛制：'. Labelled headings: 四、活动时间与安排。, 七、活动的前期准备。 and "
               "'八、活动流程；活动流程：' (text cut at '；').",
               "Under 四、 the steps use a comma after the digit ('1，初赛，复赛…', style 1、) and are items; the dates are "
               "masked ('___月*日', '__月*日', '_年*月*日'). The three schedule rows '_年*月*日：进行节目认定，与筛选。', "
               "'_年*月*日；进行决赛前带妆彩排…', '_年*月*日；晚6点进行决赛。…' keep the source's wording and are body; "
               "they are listed as optional phases only, because their dates are masked and cannot be scored.",
               "A sentence broken over two lines ('制定出详细的评分。' / '标准和奖项制定。') is kept; the page ends "
               "mid-sentence ('…完善不'). Personal details in the 节目单 list are masked in the source ('****')."],
        units=["院学生会", "院学生会文艺部"],
        extra_phases=[
            dict(name="节目认定与筛选", start_text="_年*月*日", end_text=None, at="_年*月*日：进行节目认定",
                 optional=True),
            dict(name="带妆彩排", start_text="_年*月*日", end_text=None, at="_年*月*日；进行决赛前带妆彩排",
                 optional=True),
            dict(name="决赛", start_text="_年*月*日", end_text=None, at="_年*月*日；晚6点进行决赛", optional=True),
        ],
        text="""\
@T | 长春大学光华学院第二届光华文化艺术节——相声小品大赛。
文化艺术节是我院的品牌活动，体现“立志、博学、诚信、创新”的校训精神，深受同学欢迎；今年在保留特色项目的同时新增“相声小品大赛”，以激发创新思维、提高文艺修养、弘扬传统曲艺。三、主办单位：
院学生会。
承办单位：院学生会文艺部。
@H1 sec=phases alt=other | 四、活动时间与安排。
___月*日进行比赛：
@I2 | 1，初赛，复赛，各院自行开展，选出优秀节目参加全院级决赛，各院必须且最少出一个节目，最多不超二个节目。
@I2 | 2，各组织可选送优秀节目，社团联合会可选送，下属社团优秀代表队，参加决赛。
@I2 | 3，__月*日：
各组织负责人将参赛节目单（节目名称、形式、时长及演员的姓名、年级、班号、****等）报院学生会文艺部。
_年*月*日：进行节目认定，与筛选。最后选出12个优秀节目参加决赛。
_年*月*日；进行决赛前带妆彩排，及信息确认。
_年*月*日；晚6点进行决赛。五、活动地点。
初赛、复赛地点由各院自定，决赛在图书馆大礼堂。六、决赛赛制：
设一等奖一个、二等奖两个、三等奖三个，另设最佳创意奖、最佳表演奖、优秀组织奖、最具人气奖。
@H1 sec=measures alt=other | 七、活动的前期准备。
各院认真选拔口才好、有幽默感的选手，做好赛前准备。
评委要专业，比赛地点等基础工作要落实，并制定出详细的评分。
标准和奖项制定。
@H1 sec=phases | 八、活动流程；活动流程：
召开院学生会部长级以上全体会议，讨论大赛的前期准备和动员。
召开外联部、文艺部、宣传部内部会议，做好筹备。
宣传组织和实施相关具体工作并听取意见和建议，完善不
""",
    ),
    dict(
        name="fresh125_05_school_safety_education_week_activity_plan",
        source="https://m.ketangku.com/wenku/file-978402.html",
        doc_kind="activity_plan", partial=True,
        title_override="安全生产事故警示教育周活动方案",
        notes=["A primary school's plan for the 安全教育日 week (the document's title says 安全生产事故警示教育周 while the "
               "body speaks of the 16th 全国中小学生安全教育日 and an 安全教育月: the source's inconsistency). From a "
               "document-sharing site that delivered one run-together block with chunk markers: '1、' before the title "
               "(title line kept with it; the title label leaves it out) and '2、' at the start of a line in the middle of "
               "a word (debris, never labelled). The block was split at the heading boundaries it shows.",
               "'一、指导思想学生的安全…' keeps the heading glued to its body without punctuation (text set by hand).",
               "'二、活动时间：2022年3月28日4月3日' has lost the dash between the two dates; kept; optional phase "
               "2022年3月28日–4月3日.",
               "'四、活动要求：1、学校成立…' runs 1、2、3、 inside its body (not labelled). The two names in the leading "
               "group were dropped; the chunk marker '2、' that the page put inside the second name now falls inside "
               "'副校长'.",
               "The page then skips to '时间安排：3月30日' (the tail of a missing （四）) and two activities （五）（六） "
               "whose parent heading is not shown: level 2 under 四、 as the text stands (level 1 accepted), kind goals "
               "(activity content; requirements accepted). Their '时间安排：…' dates are event dates in body lines, not "
               "phases. '五、…总结、评比' returns to the top level; the page ends mid-sentence."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2022年3月28日", end_text="4月3日", at="2022年3月28日4月3日",
                 optional=True),
        ],
        text="""\
@T | 1、安全生产事故警示教育周活动方案
@H1 sec=guidance text=一、指导思想 | 一、指导思想学生的安全关系着千家万户的安宁幸福，是社会稳定的重要条件，也是正常教育教学秩序的前提。今年3月28日是第16个全国中小学生“安全教育日”，我校围绕“强化安全意识，提高避险能力”的主题和安全热点，结合本校实际开展形式活泼的系列活动，让学生在参与中树立安全意识、掌握安全知识、提高自护自救能力，并借此进一步加强学校各项安全工作。
@H1 sec=phases alt=other | 二、活动时间：2022年3月28日4月3日
@H1 sec=other | 三、活动主题： 强化安全意识，提高避险能力。
@H1 sec=requirements text=四、活动要求 | 四、活动要求：1、学校成立以校长为组长、分管副校
2、长为副组长，各班班主任为本班安全教育月工作主要责任人、全体教师为组员的活动领导小组，调动各方面力量，保证安全教育月工作有序开展。2、加强学生安全教育，通过丰富的教育和防范训练活动，不断提高师生自我保护的意识和能力。3、结合学校实际，组织学习校园、课堂、饮食、用电、交通、防火、避震等安全常识。
时间安排：3月30日
@H2 sec=goals alt=requirements lvlalt=1 | （五）小学生安全知识竞赛试题。
主要形式：每班选出3名学生参加安全知识竞赛。
时间安排：3月30日中午12点2楼会议室每班3名学生
@H2 sec=goals alt=requirements lvlalt=1 | （六）观看小学版消防安全知识动漫片
主要形式：以班级为单位组织学生观看。
时间安排：4月1日 中午
@H1 sec=other alt=measures | 五、“强化安全意识，提高避险能力”主题教育活动总结、评比
收集整理这次主题教育活动的文字、图片等资料，总结经验和成绩，针对不足加以整改，切实消除当前存在
""",
    ),
    dict(
        name="fresh125_06_college_military_knowledge_contest_plan",
        source="https://www.wenxue.cc/article/267698.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample ('知识竞赛策划书 篇1') of a collection page: a college's military-knowledge contest run "
               "with the 国防生大队. The collection title and the site blurb were dropped; the sample has no title of "
               "its own, so title is null.",
               "六、报名及比赛时间地点 holds three key-value schedule rows (body, not labelled) that carry the three "
               "required phases: 报名 '20xx/11/7'–'20xx/11/14', 初赛 and 决赛 with slash dates whose time is run "
               "into the day ('20xx/11/1519:30' = 11/15 19:30, '20xx/11/1819:30'); the damaged dates are kept as written. "
               "The last row reads '决赛比赛及时间' in the source.",
               "'三、比赛原则：公平公开求知求实' is a short label-value heading (kind other, guidance accepted); "
               "'四、参加人员：' is empty in the source.",
               "七、活动过程与内容 holds two stage headings '1、活动前期准备过程：' and '2、活动前期过程：' (undated, so not "
               "listed as phases) with '1）…' task lines as items. The page ends inside item 4) ('…组织形式，做')."],
        units=["网络部", "宣传部"],
        extra_phases=[
            dict(name="报名", start_text="20xx/11/7", end_text="20xx/11/14", at="报名时间：", optional=False),
            dict(name="初赛", start_text="20xx/11/1519:30", end_text=None, at="初赛时间及地点：", optional=False),
            dict(name="决赛", start_text="20xx/11/1819:30", end_text=None, at="决赛比赛及时间：", optional=False),
        ],
        text="""\
@H1 sec=background alt=guidance | 一、活动背景
历来有识之士都以国家安危为己任，而国防离不开军事力量。为提高大学生的综合素质、开阔视野、增强国防观念，引导同学们学习军事知识，特举办这次军事知识竞赛。
@H1 sec=goals alt=guidance | 二、大赛目的：
@I2 | 1、提高大学生综合素质，培养敏捷的思辨能力，拓展大学生视野，丰富校园生活。
@I2 | 2、落实国防教育法规，增强国防观念，引导大学生加强军事知识的学习，激发爱国热情。
@I2 | 3、展现我国以及世界尖端武器，增强同学们对现概念武器的认识和知识储备。
@I2 | 4、展现精神风貌。
@I2 | 5、加强各院及校科协的联系。
@H1 sec=other alt=guidance | 三、比赛原则：公平公开求知求实
@H1 sec=other | 四、参加人员：
@H1 sec=goals alt=other | 五、大赛内容：
竞赛内容包括国防知识、军事常识、时事新闻、军事理论、武器常识和新概念武器等。
@H1 sec=phases alt=other | 六、报名及比赛时间地点：
报名时间：20xx/11/7至20xx/11/14
初赛时间及地点：20xx/11/1519:30西校区三教
决赛比赛及时间：20xx/11/1819:30西大活
@H1 sec=phases alt=measures | 七、活动过程与内容：
@H2 | 1、活动前期准备过程：
@I3 | 1）根据主题和背景考虑整体方案，草拟策划书；
@I3 | 2）合理规划比赛前、中、后期的时间段和大致流程；
@I3 | 3）准备比赛试题，严格做好保密；
@H2 | 2、活动前期过程：
@I3 | 1）策划书定稿后，由网络部在国防生大队发布通知，宣传部制作宣传海报；
@I3 | 2）进一步落实试题，确定正式试题和备用试题的初稿；
@I3 | 3）围绕活动的大方向讨论细节，归纳具体事项；
@I3 | 4）参加出题的内部成员不得参加本次活动，并要认真学习本次活动的策划和组织形式，做
""",
    ),
    dict(
        name="fresh125_07_county_science_week_scheme",
        source="https://www.ahshx.gov.cn/zwgk/public/6616268/11809083.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="2025年歙县科技活动周和科技工作者日活动实施方案",
        notes=["A county's scheme for its 2025 science-and-technology week and scientists' day, inside its issuing "
               "notice (notice title, document number 歙科商工信〔2025〕17号, addressee, signature, date, 抄送 line), "
               "from the county government's open-government pages. Two title lines: the notice title and the "
               "scheme's own; the label takes the scheme's title and marks both lines as title lines.",
               "doc_kind scheme (实施方案), activity_plan accepted (it plans a campaign week).",
               "The opening names the national dates '2025年5月24日-31日' and '5月30日' (context, not phases); 一、活动时间 "
               "'2025年5月上旬-6月上旬。' is the overall period, an optional phase.",
               "三、组织领导 names the working group, its leader's office and a long list of member bureaus; only the "
               "working group, its office and the lead bureau are listed as units. The page ends inside 三、."],
        units=["歙县科技活动周和科技工作者日活动工作专班", "县科商工信局", "工作专班办公室"],
        extra_phases=[
            dict(name="活动时间", start_text="2025年5月上旬", end_text="6月上旬", at="2025年5月上旬-6月上旬",
                 optional=True),
        ],
        text="""\
@T | 关于印发《2025年歙县科技活动周和科技工作者日活动实施方案》的通知
歙科商工信〔2025〕17号
各成员单位：
现将《2025年歙县科技活动周和科技工作者日活动实施方案》印发给你们，请按分工认真抓好落实。
歙县科技活动周和科技工作者日活动工作专班办公室（代）
2025年5月22日
抄送：市科技局
@T | 2025年歙县科技活动周和科技工作者日活动实施方案
2025年5月24日-31日是第二十五个全国科技活动周，5月30日是第九个全国科技工作者日。为学习贯彻习近平总书记关于科技创新的重要论述和考察安徽重要讲话精神，激励科技工作者创新创造，依据省科技厅、省委宣传部、省科协《关于举办2025年安徽省科技活动周暨科技工作者日活动的通知》（皖科改秘〔2025〕108号），现就我县有关活动安排如下。
@H1 sec=phases alt=other | 一、活动时间
2025年5月上旬-6月上旬。
@H1 sec=other | 二、活动主题
“矢志创新发展 建设科技强国”
@H1 sec=responsibilities | 三、组织领导
成立歙县科技活动周和科技工作者日活动工作专班，由分管副县长任组长、县科商工信局局长任副组长，县委宣传部、县科商工信局、县科协、县卫健委、县应急管理局、县教育局、县农业农村局、县文旅体局、县气象局、县消防救援局、供电公司、电信公司等单位分管负责人为成员；工作专班办公室设在县科商工信局，负责组织各项活动，各成员单位按职责分工
""",
    ),
    dict(
        name="fresh125_08_primary_school_reading_campus_scheme",
        source="https://m.qiqiwenku.com/docx/991822.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan", "plan"], partial=True,
        notes=["Page 2 of a primary school's 2021 '书香校园' scheme on a document-sharing site: it starts in the middle "
               "of a sentence ('香荣誉榜”的依据之一。') inside the school's reading activities and ends inside the first "
               "stage's task list ('…书香班级评'). No title line is shown; the document's name appears only in the "
               "site's running header '某小学2021年“书香校园”建设工作方案[2/2]', kept as debris glued to the end of two "
               "lines, never labelled; title null. The site's 'Р' paragraph separators were dropped (lines split there).",
               "Levels as the text stands: the parents of （2）家庭读书系列活动 are not shown; it is level 2 under the "
               "document's top level (五、 is level 1), level 3 accepted; its ①–④ and the ⑨ left over from the missing "
               "（1） are items at level 3 (4 accepted). Kind goals (the task areas of a scheme; measures accepted).",
               "五、详细安排 holds a month row '2月：搞好基础建设…' (unnumbered label heading, level 2, a required phase "
               "with start '2月') and '2、2021年创立活动分三个阶段进行：' (the 1、 is missing in the source), under which "
               "'第一阶段：2021年3月为发动、准备阶段。' (text set by hand to keep the date; phase 发动、准备阶段 from "
               "2021年3月) with （1）–（6） task items.",
               "'老师：…' / '学生：…' and '关键任务是：…' are key-value body lines."],
        units=["少先队", "书香校园组织委员会"],
        text="""\
香荣誉榜”的依据之一。
@I3 sec=goals alt=measures lvlalt=4 | ⑨各年段每期开展一次“书香班级”或“书香中队”评选活动，并为选上的班级或中队挂牌。
@H2 sec=goals alt=measures lvlalt=3 | （2）家庭读书系列活动
@I3 lvlalt=4 | ①印发《打造书香校园行动告家长书》，进行宣传发动。
@I3 lvlalt=4 | ②开展“亲子读书活动”。
借助亲子阅读卡沟通家校，营造浓厚的家庭读书氛围：家长督促孩子每天读课外书不少于30分钟并在《亲子读书手册》上签字，参考推荐书目为孩子购书订报，读书节时邀请家长参加。
@I3 lvlalt=4 | ③提议有条件的家庭常带孩子去图书馆、书店等文化场所，主动开展读书活动。
@I3 lvlalt=4 | ④开展“亲子读书――书香家庭”评选活动。某小学2021年“书香校园”建设工作方案[2/2]
@H1 sec=phases | 五、详细安排
@H2 phase=搞好基础建设;2月; | 2月：搞好基础建设，形成精神协力，营造书香气氛
老师：开展专题研究，培养学生的阅读能力，提升知识积累；
学生：广泛阅读，知书达礼，积淀人文素养。
通过丰富的读书活动让师生在阅读中成长，建成书香校园、书香班级、书香家庭。
@H2 | 2、2021年创立活动分三个阶段进行：
@H3 text=第一阶段：2021年3月为发动、准备阶段 phase=发动、准备阶段;2021年3月; | 第一阶段：2021年3月为发动、准备阶段。
关键任务是：制订并公布方案和计划，少先队和各班级借助各种机会和平台向全校师生和家长发出倡议，做好宣传发动。
@I4 | （1）“打造书香校园”行动开启仪式。
@I4 | （2）做好整体计划，成立“书香校园组织委员会”。某小学2021年“书香校园”建设工作方案[2/2]
@I4 | （3）设计行动标识、行动口号、阅读宣言。
@I4 | （4）布置突出书香特色的环境，添置图书，可通过学生自愿捐书等方式充实班级图书架。
@I4 | （5）各班级出一期以读书为专题的黑板报，并在黑板报中设置班级“书香荣誉榜”。
@I4 | （6）各年段制订管理措施：图书管理措施，优异读者评选及奖励措施、书香班级评
""",
    ),
]
