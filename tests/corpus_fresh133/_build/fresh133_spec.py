# -*- coding: utf-8 -*-
"""The 133rd held-out fresh set: plans and schemes whose visible text reaches a
SCHEDULE OF DATED STAGES (实施步骤 / 时间安排 / 活动安排 / 选举步骤与时间 / 行动安排):
a city bureau's 小金库 governance scheme, a primary school's reading scheme, a
city's urban-rural environment scheme, a city office's special-action notice, a
township's election-scheme outline for its villages, a community's election
scheme and a school's research-project scheme.  Found as stored public web pages with the `search` tool's `pages`
corpus (queries in notes_queries.txt).  None of the source pages is a source of
another set (checked against every used_sources.tsv, *.lst and label file under
/work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples of a
  collection were dropped.
- Heading, title and schedule-row lines keep the source's numbering, wording
  and punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and artefacts are kept.  Personal names were
  dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH133_DOCS = [
    dict(
        name="fresh133_01_city_bureau_slush_fund_governance_steps",
        source="http://ask.fsou.com/html/text/lar/172772/17277233_1.html",
        doc_kind="scheme", partial=True,
        notes=["A city bureau's (市局, with 派出分局 and 直属单位) scheme for the 2009 '小金库' special governance. "
               "The stored page starts directly at '（一）动员部署阶段…' and ends mid-sentence in （四）; no title line, "
               "so title is null.",
               "The four stage headings （一）–（四） are the top level shown (level 1); their parent (the scheme's "
               "步骤 section) is not visible, so level 2 is accepted.",
               "Three stages are dated by a deadline only: '（截止2009年6月5日）', '（截止2009年6月底）', "
               "'（截止2009年10月底）' are labelled with start null and the date (without 截止) as end; "
               "'（2009年7月初至9月底）' has both ends.",
               "The deadline '6月12日前' inside the 自查自纠 body line is not a phase. The last body line ends on a "
               "fragment as the page does."],
        units=["市局“小金库”专项治理工作领导小组", "市局领导小组办公室"],
        text="""\
@H1 sec=phases lvlalt=2 phase=动员部署阶段;;2009年6月5日 | （一）动员部署阶段（截止2009年6月5日）
市局召开专项治理工作会议作动员部署；各派出分局、直属单位学习贯彻中央和省、市的文件及会议精神，加强领导、健全工作机制，做好政策宣传和群众发动，鼓励举报，确定治理重点，制定专项治理工作方案，把准备工作落实到位。
@H1 sec=phases lvlalt=2 phase=自查自纠阶段;;2009年6月底 | （二）自查自纠阶段（截止2009年6月底）
各派出分局、直属单位制定具体方案并全面自查，自查面达到100%，发现的违法违规问题自行纠正。自查结束后写出情况报告，填报《单位“小金库”自查自纠情况报告表》等附表，于6月12日前一式两份报市局领导小组办公室；单位主要负责人对自查结果负责并签字。
@H1 sec=phases lvlalt=2 phase=重点检查阶段;2009年7月初;9月底 | （三）重点检查阶段（2009年7月初至9月底）
市局“小金库”专项治理工作领导小组在自查基础上组织重点检查，检查面不低于50%。
重点检查与规范津贴补贴、经营性资产管理、控制行政成本、银行账户监管和票据管理检查相结合，并与财政监管、审计监督等日常监管一并推进。
@H1 sec=phases lvlalt=2 phase=整改落实阶段;;2009年10月底 | （四）整改落实阶段（截止2009年10月底）
各派出分局、直属单位针对查出的问题制定并落实整改措施，做到资金资产和违纪责任人员处理到位；整改中各单位要深入剖析产生问题的
""",
    ),
    dict(
        name="fresh133_02_primary_school_reading_action_scheme",
        source="https://1wenmi.com/doc/197682.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="2023年小学开展读书行动实施方案",
        notes=["A primary school's 2023 reading-festival scheme from a document-sharing site that delivered one "
               "run-together block with chunk markers '1、' '2、' '3、'. The site's file-name line and share blurb were "
               "dropped; the block was split at the heading boundaries it shows. The title line keeps the chunk "
               "marker '1、' (the title label leaves it out).",
               "Chunk markers cut two lines inside a word: '四、活动主' / '2、题掬一捧书香' (the heading 四、活动主题 is "
               "broken; 四、 is labelled with the text as it stands, '2、题…' is debris + body, never labelled) and "
               "'…老师' / '3、的阅读风采。' (debris, never labelled).",
               "'一、指导思想以习近平…' keeps the heading glued to its body without punctuation (text set by hand). "
               "'三、活动时间2023年4月10日5月15日' has lost the dash: optional phase 2023年4月10日–5月15日 (text by hand).",
               "The three stages '（一）第一阶段：启动阶段（4月10日一16日）' etc. write the range with the character 一 "
               "(yi) for the dash, as the store shows; labelled start/end 4月10日/16日, 4月17日/5月6日, 5月7日/15日.",
               "Task lines are numbered '1 .' with a space before the dot (numbering literal kept, style none; items). "
               "The first task under （三） starts with 'L' for '1' (OCR), so it carries no marker and is body. The "
               "opening ceremony's '时间：4月10日' is an event date inside an item, not a phase. The page ends "
               "mid-word ('老')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2023年4月10日", end_text="5月15日", at="2023年4月10日5月15日",
                 optional=True),
        ],
        text="""\
@T | 1、2023年小学开展读书行动实施方案
@H1 sec=guidance text=一、指导思想 | 一、指导思想以习近平新时代中国特色社会主义思想和党的二十大精神为指导，落实立德树人任务，在校园营造读书氛围，倡导师生和家长多读书、读好书，养成健康的阅读习惯。
@H1 sec=goals alt=guidance | 二、活动目的
@I2 num=1~. | 1 .培养学生爱读书、读好书的习惯，开阔视野，提升综合素养；
@I2 num=2~. | 2 .鼓励教师以书为友，在阅读中提升修养；
@I2 num=3~. | 3 .引导家长参与阅读，树立正确的家庭教育观，为孩子做爱学习的榜样；
@I2 num=4~. | 4 .营造良好的阅读环境，共建书香校园、书香家庭、书香社会。
@H1 sec=phases alt=other text=三、活动时间 | 三、活动时间2023年4月10日5月15日
@H1 sec=other | 四、活动主
2、题掬一捧书香
@H1 sec=phases | 五、活动安排
@H2 phase=启动阶段;4月10日;16日 | （一）第一阶段：启动阶段（4月10日一16日）
@I3 num=1~. | 1 .初步拟定读书节方案，研讨后定稿。
@I3 num=2~. | 2 .通过学校微信公众号发布方案，由语文老师牵头动员，激发学生读书兴趣，拉开读书节序幕。
@I3 num=3~. | 3 .读书节开幕式。时间：4月10日地点：操场主要流程：（1）升旗；（2）宣布开幕；（3）校长致辞；（4）宣读方案；（5）颁奖。
@I3 num=4~. | 4 .布置班级图书角，营造读书氛围
@H2 phase=活动阶段;4月17日;5月6日 | （二）第二阶段：活动阶段（4月17日一5月6日）
@I3 num=1~. | 1 .各班开展读书主题活动，落实读书方案。
@I3 num=2~. | 2 .各年级组织主题读书比赛和展示。
@I3 num=3~. | 3 .公众号及时展示活动成果，呈现孩子、家长、老师
3、的阅读风采。
@H2 phase=总结阶段;5月7日;15日 | （三）第三阶段：总结阶段（5月7日一15日）
L各项活动进行评比，优秀作品在公众号展示。
@I3 num=2~. | 2 .表彰各项活动获奖的学生、家长、老
""",
    ),
    dict(
        name="fresh133_03_city_urban_rural_environment_scheme_stages",
        source="http://www.fsou.net/html/text/lar/169805/16980564_4.html",
        doc_kind="scheme", partial=True,
        notes=["Page 4 of a city's 城乡环境综合整治 scheme (2007–2008, ahead of the autonomous region's 50th "
               "anniversary). The page starts at task 16、 of the missing task section and ends inside the 成员 list; "
               "no title line, so title null.",
               "'16、加大城乡环境整治宣传力度…' is a task item whose parent (三、) is not shown: level 2 as the text "
               "stands (level 1 accepted), kind goals (measures accepted). '牵头单位：' / '配合单位：' are key-value "
               "body lines.",
               "四、实施步骤及时间安排 holds five run-in stages '1、动员发动阶段（2007年12月10日前）。…' with the dates in "
               "brackets and a triple hyphen '---' between them; the automatic cut at the first 。 gives the heading "
               "texts. The first stage has only a deadline: start null, end '2007年12月10日前'.",
               "Under 五、组织领导 the 组长/副组长 lines carried personal names only and were dropped; the truncated "
               "'成 员：…规划局、' line (space inside 成员 as in the source) is a key-value body line."],
        units=["市委宣传部", "市广电局", "城乡环境整治专项工作领导小组"],
        text="""\
@I2 sec=goals alt=measures lvlalt=1 | 16、加大城乡环境整治宣传力度，增强群众的环境意识和文明意识，引导全社会关注、参与创建文明城市和城乡环境综合整治。新闻媒体要加强宣传报道，对整治不力、不按要求整治的单位和个人予以曝光。
牵头单位：市委宣传部。
配合单位：市广电局、各报社。
@H1 sec=phases | 四、实施步骤及时间安排
@H2 phase=动员发动阶段;;2007年12月10日前 | 1、动员发动阶段（2007年12月10日前）。按照自治区城乡环境综合整治的标准和要求制定实施方案，召开全市动员大会，部署各项任务。
@H2 phase=突击整治阶段;2007年12月11日;2008年1月31日 | 2、突击整治阶段（2007年12月11日---2008年1月31日）。集中清理市区和城乡卫生死角，整治国道、省道、旅游点及沿线、乡镇道路和开发区示范点的环境，使城乡面貌初步改观。
@H2 phase=综合整治阶段;2008年2月1日;2008年4月30日 | 3、综合整治阶段（2008年2月1日---2008年4月30日）。全面开展城乡环境综合整治，基本实现整治目标，城乡环境明显改观。
@H2 phase=整治攻坚阶段;2008年5月1日;2008年7月31日 | 4、整治攻坚阶段（2008年5月1日---2008年7月31日）。巩固前三个阶段的成果，对照目标查漏补缺，完善基础设施，建立环境卫生长效机制，以新面貌迎接自治区成立50周年大庆。
@H2 phase=检查验收阶段;2008年8月1日;2008年9月10日 | 5、检查验收阶段（2008年8月1日---2008年9月10日）。市委、市政府和整治领导小组检查验收并通报结果，对未完成任务的单位通报批评、督促整改，同时准备迎接自治区建设厅的综合验收。
@H1 sec=responsibilities | 五、组织领导
为加强对全市城乡环境综合整治的领导，市政府成立城乡环境整治专项工作领导小组。
成 员：市建设局、教育局、公安局、国土资源局、规划局、
""",
    ),
    dict(
        name="fresh133_04_city_civility_special_action_notice",
        source="https://www.myzyy.com/news_hos/2012/xkaz9OeJ.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A city office's public notice (公告) of a six-week special action, reposted in a hospital website's news "
               "centre; the site's '新闻中心' header and the '发布时间…本文来源' line were dropped. The notice reads as an "
               "action scheme (主题, 目的, 时间, 范围, 安排), so doc_kind scheme (activity_plan accepted). The one-line "
               "title keeps the space between the issuing office and '关于…'.",
               "五、行动安排 holds three steps whose headings are nothing but a date range: '1、2012年12月11日—12月13日', "
               "'2、2012年12月14日—12月20日', '3、12月21日—2013年1月31日' (the third drops the year at its start and adds "
               "it at its end). Each is a required phase; the step names were taken from the body lines below them "
               "(制定方案部署任务, 宣传教育, 全面整治), so scorers should match these by line.",
               "三、行动时间：2012年12月11日至2013年1月31日 is the overall period (optional phase); short 'label：value' "
               "headings keep the value in their text (一、, 三、), long ones are cut at the colon (二、, 四、).",
               "The closing date line '2012年12月11日' is body."],
        units=["绵阳市文明城市建设暨城乡环境综合治理指挥部办公室", "市级相关责任部门"],
        extra_phases=[
            dict(name="行动时间", start_text="2012年12月11日", end_text="2013年1月31日",
                 at="三、行动时间：2012年12月11日至2013年1月31日", optional=True),
        ],
        text="""\
@T | 绵阳市文明城市建设暨城乡环境综合治理指挥部办公室 关于开展“告别不文明行为，建设美丽绵阳”专项行动的公告
@H1 sec=other | 一、行动主题：告别不文明行为，建设美丽绵阳
@H1 sec=goals alt=guidance | 二、行动目的：通过专项行动，纠正市民在公共环境、公共秩序、公共交通、公共关系等方面的不文明行为，提升市民素质和城市文明程度，为元旦、春节营造安定祥和的外部环境。
@H1 sec=phases alt=other | 三、行动时间：2012年12月11日至2013年1月31日
@H1 sec=other | 四、行动范围：绵阳城区（各区、园区、科学城办事处）及城市周边镇（乡）
@H1 sec=phases | 五、行动安排
@H2 phase=制定方案部署任务;2012年12月11日;12月13日 | 1、2012年12月11日—12月13日
市级相关责任部门制定专项行动方案，召开工作会议，部署任务。
@H2 phase=宣传教育;2012年12月14日;12月20日 | 2、2012年12月14日—12月20日
新闻媒体开设专题专栏，公安、城管、交通、工商等部门出动宣传车，宣传城市交通和城市管理法规以及本次行动的目的、整治内容和处罚措施，做到人人皆知。
@H2 phase=全面整治;12月21日;2013年1月31日 | 3、12月21日—2013年1月31日
按照全市总体方案，对公共环境、公共秩序、公共交通、公共关系方面的突出问题全面整治、依法处罚，并总结经验，探索城市管理长效机制。
2012年12月11日
""",
    ),
    dict(
        name="fresh133_05_township_village_election_scheme_outline",
        source="https://www.renrendoc.com/p-18634312.html",
        doc_kind="scheme", partial=True,
        notes=["A township's outline (提纲) of the 实施方案 each village committee (各村委) is to write for the 9th "
               "村民委员会 election, from a document-sharing site that delivered one run-together block; split at the "
               "heading boundaries. The site banner lines were dropped.",
               "一、二、三、 are bare headings with no body (an outline): 指导思想 and 基本政策和原则 guidance, "
               "确定选举方式 other (goals accepted).",
               "The stage dates are dotted and have lost their dash in this copy: '（2011.11.112011.11.15）', "
               "'（2011.11.162011.11.22）', '（2011.11.222011.12.9）' (another copy of the text shows "
               "'——' and a trailing '……'). Labelled start/end 2011.11.11/2011.11.15, 2011.11.16/2011.11.22, "
               "2011.11.22/2011.12.9. The automatic cut would stop at the colon, so the three 第…阶段 texts are set "
               "by hand to the whole line; the third has two bracket groups, the first a note '（两种方式确定其一种）', "
               "and keeps the source typo 侯选人.",
               "'（一）成立选举委员会，…' is a run-in heading (text set by hand), '（二）选民教育和选举发动' a bare one, both "
               "level 3 under 第一阶段. '写明特殊情况的处理：' and '要写明：' are lead-ins; the numbered points 1、 under "
               "them are items. The page ends inside item 5 ('一般在11月28日至1'), kept as a fragment."],
        units=["村民选举委员会"],
        text="""\
@T | 各村委第九届村民委员会换届选举工作实施方案提纲
@H1 sec=guidance | 一、指导思想
@H1 sec=guidance | 二、基本政策和原则
@H1 sec=other alt=goals | 三、确定选举方式
@H1 sec=phases | 四、选举步骤与时间
@H2 text=第一阶段：选举准备工作阶段（2011.11.112011.11.15） phase=选举准备工作阶段;2011.11.11;2011.11.15 | 第一阶段：选举准备工作阶段（2011.11.112011.11.15）
@H3 text=（一）成立选举委员会 | （一）成立选举委员会，先由两委会议（有自然村的请村民小组长参加）酝酿人选，交两议会讨论通过，再入户征求三分之二以上户代表的意见后确定名单。
@H3 | （二）选民教育和选举发动
@H2 text=第二阶段：选民登记阶段（2011.11.162011.11.22） phase=选民登记阶段;2011.11.16;2011.11.22 | 第二阶段：选民登记阶段（2011.11.162011.11.22）
写明特殊情况的处理：
@I3 | 1、婚后在配偶户籍所在村居住、户口未迁入本村的，由选举委员会初议后交村民代表会明确；同意登记的，严格按三个条件执行。
@I3 | 2、户口不在本村但在本村居住一年以上的，经选举委员会初议、村民代表会讨论同意后登记，本人须书面申请并附户籍所在村未登记的证明；精神病患者等人员的登记，由选举委员会提出意见，家属签字同意后张榜公示。
@H2 text=第三阶段：一次直选或提名确定侯选人阶段（两种方式确定其一种）（2011.11.222011.12.9） phase=一次直选或提名确定侯选人阶段;2011.11.22;2011.12.9 | 第三阶段：一次直选或提名确定侯选人阶段（两种方式确定其一种）（2011.11.222011.12.9）
要写明：
@I3 | 1、镇政府明确各村村委会职数；
@I3 | 2、拟定村委会成员候（竞）选人的资格条件，经村民代表会议通过后向全体村民公布；
@I3 | 3、明确村委会成员中至少有一名妇女干部；
@I3 | 4、竞选人在本村选举日10日前向村民选举委员会书面申请，写明竞选意愿和竞选职务；
@I3 | 5、采取确定候选人方式选举的，一般在11月28日至1
""",
    ),
    dict(
        name="fresh133_06_community_congress_election_scheme",
        source="https://wnwk.com/doc/961000.html",
        doc_kind="scheme", partial=True,
        title_override="选举工作实施方案",
        notes=["A community's (迪那路社区, under 轮台镇) scheme for the direct election of county and township "
               "people's-congress deputies, from a document-sharing site (the site appears to have rewritten the year "
               "to 2023 while the text still speaks of the 十二五 opening year). One run-together block, split at "
               "the heading boundaries.",
               "Two title lines: the file name '换届选举工作实施方案' with the page marker '第1页共14页' glued in front "
               "(line 1), then the document's own title '选举工作实施方案' (line 2). The label takes the document's own "
               "title; both lines are title lines.",
               "The store shows the conversion artefact '原那么' for 原则 (kept in the 一、 heading and once in a body "
               "line as '细那么').",
               "The overall period '2023年5月15日至7月15日' sits in the opening body line (optional phase). "
               "'第一阶段：换届选举准备工作，16天时间（2023年5月15日-5月30日）。' is a required phase with a duration "
               "before the bracketed dates; the automatic cut would stop at the colon, so the text is set by hand. "
               "'主要任务：' is a lead-in; the page ends inside item 1."],
        units=["迪那路社区"],
        extra_phases=[
            dict(name="选举期间", start_text="2023年5月15日", end_text="7月15日", at="2023年5月15日至7月15日",
                 optional=True),
        ],
        text="""\
@T | 第1页共14页换届选举工作实施方案
@T | 选举工作实施方案
按照全国人大常委会、自治区党委和自治区人大常委会的部署以及XX县区人大常委会的要求，迪那路社区在2023年5月15日至7月15日期间依法直接选举新一届县、乡（镇）两级人大代表。
这次换届选举正值“十二五”开局之年和贯彻中央新疆工作座谈会精神、推进跨越式发展和长治久安的关键时期，也是选举法修改后首次按城乡相同人口比例选举人大代表，对保障人民当家作主意义重大。
@H1 sec=guidance | 一、换届选举工作的指导思想和原那么
这次换届选举在轮台镇委领导下，以宪法、选举法、地方组织法、代表法和自治区县乡两级人大选举实施细那么为依据，把党的领导、人民当家作主和依法治国结合起来，坚持民主集中制和群众路线，严格依法按程序组织，保证选举顺利进行。
@H1 sec=phases | 二、时间方法和步骤
迪那路县、乡（镇）人大代表选举工作从2023年5月15日启动，分四个阶段进行。
@H2 text=第一阶段：换届选举准备工作，16天时间（2023年5月15日-5月30日） phase=换届选举准备工作;2023年5月15日;5月30日 | 第一阶段：换届选举准备工作，16天时间（2023年5月15日-5月30日）。
主要任务：
@I3 | 1、制定迪那路社区县、乡（镇）人大换届选举
""",
    ),
    dict(
        name="fresh133_07_school_classroom_research_project_steps",
        source="https://m.qiqiwenku.com/doc/47203.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A school research group's scheme for a project on effective classroom teaching (课堂教学低效因子, "
               "优化策略), from a document-sharing site; the page starts mid-sentence ('的教学策略。') inside the "
               "research-methods section and ends mid-sentence in the third stage. The site's 'Р' paragraph "
               "separators were dropped. No title line, so title null.",
               "'（3）总结阶段，主要采用抽样调查法…' is the last point of the methods section (its parent is not shown): "
               "an item at level 2 (level 1 accepted), kind other (phases accepted); it names a stage but carries no "
               "date and is not a phase.",
               "九、实施步骤 holds three stage headings that put the bracketed dates between the colon and the name: "
               "'第一阶段：（2013、6--2013、10）前期准备阶段', '第二阶段：（2013、11--2014、6）行动研究阶段', "
               "'第三阶段：（2014、7—2014、12）总结结题阶段'. Year and month are separated by '、' and the range by "
               "'--' (twice) or '—' (once), all kept; labelled start/end as written (2013、6 / 2013、10 …).",
               "The numbered tasks 1、 under each stage are items; '这是课题立项之前…' and '阶段成果形式预计…' are body "
               "lines. The writer names no lead unit (年级组 are only the working units), so units is empty."],
        units=[],
        text="""\
的教学策略。
@I2 sec=other alt=phases lvlalt=1 | （3）总结阶段，以抽样调查法评价学生素质和教师专业发展状况，形成研究报告。
@H1 sec=phases | 九、实施步骤
@H2 phase=前期准备阶段;2013、6;2013、10 | 第一阶段：（2013、6--2013、10）前期准备阶段
这是立项之前的预研究和准备工作，主要做两件事：
@I3 | 1、走进课堂观察调研，了解常态课堂教学实况，摸底调查“课堂教学低效因子”并收集数据，找准改进的突破口。
@I3 | 2、查阅相关资料和文献，了解国内外研究状况，初步论证课题的价值和可行性，形成立项报告和初步研究方案。
阶段成果形式预计有调查分析报告、研究综述等。
@H2 phase=行动研究阶段;2013、11;2014、6 | 第二阶段：（2013、11--2014、6）行动研究阶段
@I3 | 1、各年级段根据前期调研找出的主要问题，按“有效、优化”原则确立一个行动研究突破口，即优化课堂学习的主打策略。
@I3 | 2、以年级组为单位，围绕确立的策略开展课堂教学行动研究。
@I3 | 3、定期开展课题研讨，定性定量分析学生课堂学习情况，做好阶段总结并调整改进；实验老师按计划操作，用随笔记录困惑和收获；每学期举行一次专题研讨会和两次研究课汇报。
@I3 | 4、撰写课题中期报告，邀请专家作中期评估。
阶段成果形式预计有教学随笔、研究日志、专题论文、调查问卷等。
@H2 phase=总结结题阶段;2014、7;2014、12 | 第三阶段：（2014、7—2014、12）总结结题阶段
@I3 | 1、撰写科研论文，收集优秀教案，整理初步的研究成果。对课题研究和开展的工作进行
""",
    ),
]
