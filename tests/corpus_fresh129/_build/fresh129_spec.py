# -*- coding: utf-8 -*-
"""The 129th held-out fresh set: ACTIVITY PLANS (活动方案 / 策划书 / 活动实施方案)
of companies, unions, schools and a property-management company for one event
or a month-long campaign (a union badminton outing, a mine union's sports
days, a school 学雷锋 volunteer series, a school fire-day joint activity, a
primary school's fire-safety month, a middle school's 119 fire day, a
Mid-Autumn party, a company fun sports meet) with 活动时间 / 活动安排 /
前期准备 / 流程 parts and dated or timed steps.  Found as stored public web
pages with the `search` tool's `pages` corpus (queries in notes_queries.txt).
None of the source pages is a source of another set (checked against every
label file, exclusion list and used_sources.tsv under /work/main/tests/ and
/work/fresh*/ when the set was built).
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

FRESH129_DOCS = [
    dict(
        name="fresh129_01_company_union_badminton_activity_plan",
        source="http://m.chinazhaokao.com/wendang/gongzuojihua/748809.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company union's two-day 文体活动 plan (theme '强体魄、创文明、建和谐', a hotel stay with a staff "
               "meeting and a badminton match). The page is a collection; its site lines, the collection title "
               "'工会活动计划方案' and the sample label '工会活动计划方案 第一篇' were dropped; the document's own title "
               "line '工会活动策划方案' is kept.",
               "Numbering '1、 ' with a space after the comma, kept as written. Every heading is a 'label：value' line; "
               "the texts follow the automatic cut.",
               "5、活动安排 holds four unnumbered day rows '17日 上午全员会' … '18日 下午羽毛球比赛'. They are the slots of "
               "a two-day programme, so they are optional phases (start = the day, no end), not headings; the "
               "overall 活动时间 '2012年11月17日-18日' is optional too. No required phase.",
               "The company name is masked '******' in the source and kept so. The document ends at '7、 活动预算：' "
               "with no value (the next sample of the page follows); the empty heading is kept.",
               "活动宗旨 labelled guidance (goals accepted); 注意事项 requirements (other accepted); 活动预算 other."],
        units=["公司工会", "综合部"],
        extra_phases=[
            dict(name="活动时间", start_text="2012年11月17日", end_text="18日", at="2012年11月17日-18日",
                 optional=True),
            dict(name="全员会", start_text="17日", end_text=None, at="17日 上午全员会", optional=True),
            dict(name="自由活动", start_text="17日", end_text=None, at="17日 下午自由活动", optional=True),
            dict(name="羽毛球比赛", start_text="18日", end_text=None, at="18日 上午羽毛球比赛", optional=True),
            dict(name="羽毛球比赛", start_text="18日", end_text=None, at="18日 下午羽毛球比赛", optional=True),
        ],
        text="""\
@T | 工会活动策划方案
为贯彻全民健身精神、提高职工素质、丰富职工业余生活并增强企业凝聚力，经公司领导同意，公司工会决定举办以“强体魄、创文明、建和谐”为主题的文体活动，并为此制定本方案。
@H1 sec=guidance alt=goals | 1、 活动宗旨：活跃团队气氛，加强团队协作；锻炼身体，放松心情；提高员工积极性，丰富企业文化。
@H1 sec=other | 2、 活动主体：******全体员工
@H1 sec=phases alt=other | 3、 活动时间：2012年11月17日-18日
@H1 sec=other | 4、 活动地点：******酒店
@H1 sec=phases | 5、 活动安排：
17日 上午全员会
17日 下午自由活动（可游泳、健身、保龄球、羽毛球等）
18日 上午羽毛球比赛
18日 下午羽毛球比赛
@H1 sec=requirements alt=other | 6、 注意事项：
全体员工都应参加，没有特殊原因不请假；各部门负责人对本部门人员全程负责，保持通讯畅通，遇事及时与综合部联系；活动期间务必注意安全。
@H1 sec=other | 7、 活动预算：
""",
    ),
    dict(
        name="fresh129_02_mine_union_sports_days_scheme",
        source="https://wnwk.com/doc/2076283.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A mine's union plan for a month of sports and games ('工会文体活动实施方案'), from a document-sharing "
               "site whose file name carries the year (2023年工会文体活动实施方案.doc). The site's keyword line "
               "'2023 工会 文体活动 实施方案' and the upload metadata were dropped; the document's own title line has no "
               "year. Called 实施方案 but it is an activity plan: activity_plan, scheme accepted.",
               "The store gave one run-together block; it was split at the headings. The headings keep the source's "
               "irregular spacing before the colon ('一、活动目的 ：', '二、活动时间 ：' but '三、活动地点：') and its garbled "
               "wording ('五、活开工程与活动规那么：' for 活动项目与活动规则, '竞赛工程' for 竞赛项目), as written.",
               "二、活动时间 keeps its value on the same line: '5月2日上午9:00——12:00下午14:00——17:005月3日…' with the clock "
               "time run into the next day ('17:005月3日'). It is an optional phase 5月2日–5月3日; no required phase.",
               "三、活动地点 is empty in the source. 四、参加人员及方式 has a short value, so its text is the whole line.",
               "The numbered lists under 五、 and 六、 are items (event names and award rules). The last heading "
               "'（一）跳绳、踢毽子、呼啦' under 八、比赛内容 was cut by the store in the middle of a word and was dropped; "
               "八、 is kept as a bare heading.",
               "活动项目 / 比赛内容 labelled goals (other accepted), 奖励方法 / 活动裁判 other."],
        units=["工会"],
        extra_phases=[
            dict(name="活动时间", start_text="5月2日", end_text="5月3日", at="二、活动时间", optional=True),
        ],
        text="""\
@T | 工会文体活动实施方案
为展现矿区的新面貌、丰富干部职工的业余文化生活、促进身心健康，营造健康向上的群众文化氛围，工会定于本月开展一系列文体活动，安排如下：
@H1 sec=goals alt=guidance | 一、活动目的 ：让会员的文体生活更丰富，调动工作热情、提高效率；增进彼此了解，培养团队意识和集体荣誉感，营造和谐轻松的工作氛围。
@H1 sec=phases alt=other | 二、活动时间 ：5月2日上午9:00——12:00下午14:00——17:005月3日上午9:00——12:00下午14:00——17:00晚上19:00—22:00
@H1 sec=other | 三、活动地点：
@H1 sec=other | 四、参加人员及方式：全体人员参与
@H1 sec=goals alt=other | 五、活开工程与活动规那么：
@I2 | 1、跳绳、踢毽子、呼啦圈比赛
@I2 | 2、球类比赛（排球、羽毛球、乒乓球、篮球比赛）。
@I2 | 3、棋类比赛（跳棋、军棋、五指棋、象棋）。
@H1 sec=other | 六、奖励方法：
@I2 | 1、竞赛工程取前三名。
@I2 | 2、凡参加工会活动的人员都发鼓励奖品。
@I2 | 3、因工作不能到场的职工也酌情给予奖励。
@H1 sec=other | 七、活动裁判：
裁判由工会选定合适人员担任。
@H1 sec=goals alt=other | 八、比赛内容：
""",
    ),
    dict(
        name="fresh129_03_school_leifeng_volunteer_series_plan",
        source="http://m.010zaixian.com/zuowen/huodong/1817885.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A school's 学雷锋 volunteer-service series for March to June, drawn up by the 德育处 and the 团总支. "
               "The page is a collection ('3月学雷锋志愿服务系列活动方案'); the first sample's label "
               "'【第1篇:学雷锋志愿服务系列活动方案】' names the document, so its title is kept as the title line with the "
               "sample number and brackets dropped. Blurb and site lines were dropped.",
               "The '**' masking of the anniversary number ('**周年纪念日') is kept.",
               "一、活动时间：3月—6月 is the overall period: an optional phase (3月 to 6月). No required phase.",
               "The four task areas under 三、活动内容 are run-in headings '1、深入开展学雷锋团队主题教育活动。…'; the "
               "third is a single sentence with no body. The fourth, '4、开展敬老“阳光行动”。', was cut by the store "
               "right after its first sentence and is kept as a bare heading.",
               "活动内容 and its task areas labelled goals (measures accepted for the level-2 task areas)."],
        units=["校德育处", "团总支"],
        extra_phases=[
            dict(name="活动时间", start_text="3月", end_text="6月", at="一、活动时间", optional=True),
        ],
        text="""\
@T | 学雷锋志愿服务系列活动方案
3月5日是毛泽东主席提出“向雷锋同志学习”**周年纪念日。为推动学雷锋志愿服务、配合创建省级文明县和德育特色学校，弘扬雷锋精神和“奉献、友爱、互助、进步”的志愿精神，校德育处和团总支制定本方案，请各处室、班组配合实施。
@H1 sec=phases alt=other | 一、活动时间：3月—6月
@H1 sec=other | 二、活动主题：弘扬雷锋精神，争做文明学生。
@H1 sec=goals | 三、活动内容
@H2 alt=measures | 1、深入开展学雷锋团队主题教育活动。团总支组织少先队员和团员分别开展主题班队会和团会；各中队做到课前讲雷锋故事、每周学一篇雷锋日记、学唱《学习雷锋好榜样》，各团支部开展主题团会、演讲和“我和我身边的雷锋”征文。
@H2 alt=measures | 2、积极开展环保志愿服务活动。发动学生环保志愿者打扫校园内外卫生死角，在学雷锋中体会劳动的乐趣。
@H2 alt=measures | 3、将学雷锋与绿色环保、美化校园相结合，结合植树节，沿续开展“领养树”活动。
@H2 alt=measures | 4、开展敬老“阳光行动”。
""",
    ),
    dict(
        name="fresh129_04_school_fire_day_joint_activity_plan",
        source="http://16fw.com//showinfo-83-23263-0.html",
        doc_kind="activity_plan", partial=False,
        notes=["A school's plan for the 11月9日 fire-publicity day, held jointly with the city fire brigade (双拥共建). "
               "The title line names the school in short ('堰姜实中'); the signature line at the end names it "
               "differently ('堰姜市二附中'): both kept as written, the signature as a body line.",
               "The page seems complete (title to signature), so partial is false.",
               "The masking 'zzz' (the guiding thought) and 'zz' (the leaders' names) is kept; the roster lines "
               "'组长：zz' are key-value body lines, not labelled.",
               "三、活动安排 holds four activities （一）–（四）. Two have dates in the body line below them "
               "('11月7日下午', '11月14日下午'): these are required phases named by the heading with a start only. "
               "（二）展示消防装备 (after the drill) and （三）篮球友谊赛 have no date and are not listed as phases.",
               "活动安排 labelled phases (goals accepted); its sub-headings inherit phases."],
        units=["消防安全工作领导小组", "市消防武警中队"],
        text="""\
@T | 堰姜实中“消防宣传日”双拥共建活动方案
11月9日是全国消防宣传日。为普及消防知识、增强全校师生的消防安全意识，学校决定与市消防武警中队共建，开展“消防安全日”主题活动。
@H1 sec=guidance | 一、指导思想：
以“zzz”重要思想和党的十八大精神为指导，坚持“安全第一、预防为主”，围绕创建“平安校园”，营造良好的消防安全环境，提高师生的消防安全意识，保障师生生命财产安全和学校稳定。
@H1 sec=responsibilities | 二、消防安全工作领导小组
组长：zz
副组长：zz
成员：zz 各班主任
@H1 sec=phases alt=goals | 三、活动安排：
@H2 phase=消防安全演练;11月7日; | （一）消防安全演练
拟请市消防中队11月7日下午到校组织安全疏散演练，教学生防火常识和火场逃生方法。
@H2 | （二）展示消防装备
演练结束后，由消防官兵向师生展示常用装备并演示灭火器灭火，请师生上前一同操作。
@H2 | （三）篮球友谊赛
双方进行一场篮球友谊赛，增进了解，推动双拥工作。
@H2 phase=参观警营，体验生活;11月14日; | （四）参观警营，体验生活
拟于11月14日下午组织60多名师生代表到市消防中队参观慰问，了解官兵生活，感受军营文化。
堰姜市二附中
""",
    ),
    dict(
        name="fresh129_05_primary_school_fire_safety_month_plan",
        source="https://wddqw.com/doc/d9d9b21214791711cc7917ca.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's plan for a fire-safety publicity month (November 2011). The store gave one "
               "run-together block; it was split at the headings and the key-value lines.",
               "二、组织领导 names the leaders; the names were dropped and the roster rewritten as one body line.",
               "三、活动名称及时间 holds two key-value body lines; '时间：2011年11月1日至2011年11月30日' is the overall "
               "period, an optional phase. No required phase.",
               "四、活动内容 lists six tasks; the sixth was cut by the store in the middle of a word and was dropped. "
               "1、 and 3、 open with a short title sentence ('1、组织火灾隐患排查活动。…') and are labelled headings; "
               "2、 4、 5、 are task statements without a title and are items. Judgement call.",
               "活动名称及时间 labelled phases (other accepted); 活动内容 goals (measures accepted)."],
        units=["校园消防安全宣传月活动领导小组"],
        extra_phases=[
            dict(name="学校消防宣传月活动", start_text="2011年11月1日", end_text="2011年11月30日",
                 at="时间：2011年11月1日", optional=True),
        ],
        text="""\
@T | 北王绪完小消防安全宣传月活动方案
为建设和谐校园、营造浓厚的安全氛围，落实《全民消防安全宣传教育纲要》，深化学校消防宣传教育，全面提高师生的消防安全素质，学校决定开展校园消防安全宣传月活动，结合实际制定本方案。
@H1 sec=guidance | 一、指导思想
通过宣传月活动，让师生牢固树立“全民消防、生命至上”的理念，明显提高消防安全意识和火场自救逃生技能；动员全校师生以多种形式参与，营造浓厚的宣传氛围，确保学校消防安全。
@H1 sec=responsibilities | 二、组织领导
学校成立校园消防安全宣传月活动领导小组，设组长、副组长各一名，各班班主任为成员；领导小组负责策划活动并指导全校的宣传工作。
@H1 sec=phases alt=other | 三、活动名称及时间
名称：学校消防宣传月活动
时间：2011年11月1日至2011年11月30日
@H1 sec=goals alt=measures | 四、活动内容
@H2 | 1、组织火灾隐患排查活动。检查校园消防器材、设备和学校班车的情况。
@I2 | 2、各班上不少于2课时的消防主题班会，学习防火知识和逃生经验，增强“珍爱生命、关注安全”的意识。
@H2 | 3、组织一次疏散逃生演练。全校师生参加，提高自防自救和疏散逃生能力。
@I2 | 4、组建消防志愿服务队，吸纳更多师生做消防志愿者，带动身边的人学会防火、灭火和逃生自救。
@I2 | 5、利用黑板报等阵地经常宣传消防科普知识。
""",
    ),
    dict(
        name="fresh129_06_middle_school_119_fire_day_plan",
        source="https://www.oh100.com/a/202511/7931805.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county middle school's plan for the '119' fire-publicity day (和静县第二中学), the first sample of a "
               "collection page. The page's collection title and the sample label '学校全国消防日活动方案1' belong to "
               "the site, not to the document, so title is null.",
               "一、活动主题、时间 holds two key-value body lines; '时间：20xx年11月4日-10日。' is the overall period, an "
               "optional phase (masked year kept).",
               "二、组织领导 keeps the empty roster lines '组 长：' '副组长：' '成 员：' of the source (names left blank "
               "there), as body lines.",
               "三、活动形式、内容 has two numbered steps that open with their dates: '1、11月4日--9日，…' and "
               "'2、11月9日，…'. They are labelled items (task statements, not titles) and each is a required phase "
               "(消防宣传 11月4日–9日; 应急演练 11月9日, start only). The double hyphen '--' is kept.",
               "四、相关要求 holds two run-in points '1、要营造氛围。…' labelled items (requirements).",
               "活动主题、时间 labelled other (phases accepted); 活动形式、内容 goals (measures, phases accepted)."],
        units=["和静县第二中学“119”消防日宣传工作小组"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年11月4日", end_text="10日", at="时间：20xx年11月4日",
                 optional=True),
        ],
        text="""\
为提高我校师生和周边社区群众的消防安全意识与自防自救能力，营造落实消防安全责任制、推进消防工作社会化的宣传氛围，使学校消防工作落到实处，特制定本方案。
@H1 sec=other alt=phases | 一、活动主题、时间
本次活动的主题：消除火灾隐患，构建和谐社会；
时间：20xx年11月4日-10日。
@H1 sec=responsibilities | 二、组织领导
为使今年“119消防日”系列宣传取得实效，学校成立和静县第二中学“119”消防日宣传工作小组。
组 长：
副组长：
成 员：
@H1 sec=goals alt=measures,phases | 三、活动形式、内容
围绕活动主题，借助广播、电视台和宣传栏等渠道，结合“消防安全教育示范校”创建，推动“119”宣传进企业、进社区、进学校、进家庭。
@I2 phase=消防宣传;11月4日;9日 | 1、11月4日--9日，学校“中学生消防志愿者”到团结社区、东归社区和静河酒业发放宣传资料，校内集中展出消防图片，悬挂横幅、张贴标语。
@I2 phase=应急演练;11月9日; | 2、11月9日，全校师生参加和静县第二中学20xx年119消防宣传日应急演练。
@H1 sec=requirements | 四、相关要求
@I2 | 1、要营造氛围。发挥媒体作用，全方位造势，调动群众“关爱生命、关心消防”的积极性。
@I2 | 2、要促进工作。借宣传日推动消防宣传“四进”工作。
""",
    ),
    dict(
        name="fresh129_07_property_mid_autumn_party_proposal",
        source="https://fniki.com/huodongcehua/7358.html",
        doc_kind="activity_plan", partial=True,
        notes=["A property-management company's proposal (策划书) for a Mid-Autumn party for the owners of a newly "
               "delivered estate, the first sample of a collection page ('中秋节庆祝活动方案策划14篇'). The site's "
               "collection title and blurb were dropped; the page shows the document title '社区中秋节活动策划书' twice "
               "(once as a caption, once with the sample number '1'): one title line is kept.",
               "二、活动筹备 holds six sub-headings （一）–（六） (主题, 目的, 形式, 对象, 时间, 地点), each standing alone "
               "over its value; the slogan's note '其中“邻里”可以用新开盘小区的名称进行替换。' is kept as a body line.",
               "（五）活动时间 '12年10月3日晚（具体时间由公司决定）' is the activity date, an optional phase (start only, "
               "two-digit year kept). No required phase.",
               "三、前期准备 was cut by the store inside its third item ('3、发放宣传单（'); that item was dropped.",
               "活动筹备 labelled other (measures accepted), 活动目的 goals (guidance accepted), 前期准备 measures (other "
               "accepted); 前期宣传 inherits measures."],
        units=["物业公司"],
        extra_phases=[
            dict(name="活动时间", start_text="12年10月3日", end_text=None, at="12年10月3日晚", optional=True),
        ],
        text="""\
@T | 社区中秋节活动策划书
@H1 sec=background | 一、活动背景
中秋是我国最重要的传统节日之一，家家团圆、吃月饼、赏明月。今年中秋恰逢全国长假，正适合举办丰富多彩的活动。
业主们踊跃参加的场面能体现小区大家庭的和睦，也有助于树立物业公司的良好形象。
@H1 sec=other alt=measures | 二、活动筹备
@H2 | （一）活动主题
中秋共庆，邻里团圆
其中“邻里”可以用新开盘小区的名称进行替换。
@H2 sec=goals alt=guidance | （二）活动目的
@I3 | 1、借中秋佳节，让业主以后每逢中秋都能想起这次活动的温馨与快乐。
@I3 | 2、通过文娱活动加强物业与业主的沟通互动，留下良好的第一印象，维系和睦的邻里关系。
@I3 | 3、扩大小区物业的影响力，塑造企业形象。
@H2 | （三）活动形式
以“中秋”为主题举办文娱活动，准备多样的节目。
@H2 | （四）活动对象
小区内的所有业主
@H2 sec=phases alt=other | （五）活动时间
12年10月3日晚（具体时间由公司决定）
@H2 | （六）活动地点
在小区内选一处宽敞场地举办。
@H1 sec=measures alt=other | 三、前期准备
@H2 | （一）前期宣传
@I3 | 1、交房时向业主介绍这次活动并邀请参加。
@I3 | 2、通过海报进行宣传
""",
    ),
    dict(
        name="fresh129_08_company_fun_sports_meet_proposal",
        source="http://www.35331.cn/lhd_9q2bb1n0g20a6ri16ozy38gut0xsx2013ps_1.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company's proposal for its second fun sports meet, from a document-conversion site; the company "
               "name is masked in the title ('**********趣味运动会策划书') and the masking is kept. Site lines were "
               "dropped.",
               "The conversion glued several headings to the end of the previous line: '…乐在友诚 二、 活动时间及地点', "
               "'全体公司员工 四、 活动描述', '…具体安排如下： （一）运动会流程', '…友谊大考验（**、***）。 （二）详细活动安排'. "
               "Markers in the middle of a line are not labelled, so 二、 四、 （一） （二） have no entry.",
               "'活动主题：快乐running，乐在友诚 …' is an unnumbered label line under 一、 (level 2, level 1 accepted), text "
               "set by hand to the label. The line '1、 2、' is the debris of a list whose items were moved to the "
               "next line by the conversion; it is not labelled.",
               "'活动时间：****年**月**日 活动地点：*****' is a key-value body line; the masked date is an optional phase.",
               "The 流程 steps '1、运动员进场：…' and '2、运动会开场；…' (with '3、…' '4、…' run on in the same line) are "
               "items under the glued （一） (level 3, level 2 accepted; section phases).",
               "The 详细活动安排 table arrives flattened into one line (序号, 项目, 时间安排 columns in a row); its clock "
               "times cannot be paired with the events reliably, so no phases were taken from it. The line was "
               "cut before its last, truncated cell. Not labelled."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="****年**月**日", end_text=None, at="活动时间：****年", optional=True),
        ],
        text="""\
@T | **********趣味运动会策划书
@H1 sec=guidance alt=goals | 一、 活动宗旨
为关心员工、加强企业文化建设，展示员工风貌，增强凝聚力和向心力并提高身体素质，公司将举办第二届趣味运动会，让员工在游戏中体会集体荣誉和欢乐。
@H2 sec=other lvlalt=1 text=活动主题 | 活动主题：快乐running，乐在友诚 二、 活动时间及地点
1、 2、
活动时间：****年**月**日 活动地点：*****
@H1 sec=other | 三、 参与人员
全体公司员工 四、 活动描述
计划在****CBA训练基地举办第二届趣味运动会，安排如下： （一）运动会流程
@I3 sec=phases lvlalt=2 | 1、运动员进场：各队全员依次入场并展示风采，每队不超过2分钟。
@I3 sec=phases lvlalt=2 | 2、运动会开场；各队到指定位置列队，啦啦队热场，主持人介绍流程，领导讲话。 3、举行运动会。详细流程见下表。 4、颁奖。
颁奖嘉宾：团队奖由***进行颁奖。单项奖：最佳风采奖（**）、
拔河（**）、安营扎寨（**、**）、友谊大考验（**、***）。 （二）详细活动安排
序号 1 2 3 4 5 6 7 8 11 12 13 运 动 会 项目 集中出发到南国桃园 自由活动及野炊 队伍展示 开场 1、拔河初赛（淘汰赛） 2、安营扎寨 3、友谊大考验 4、拔河决赛（循环赛） 7、啦啦队表演 颁奖 返回佛山（公司总部） 时间安排 8:30--10:00（佛山） 8:30--10:00（广州） 10:00--14:00 14:00--14:20 14:20--14:35 14:35—14:55 14:55—15:30 15:30—15:55 15:55—16:20 16:20--16:30 16:30—17:00 17:00--18:30
""",
    ),
]
