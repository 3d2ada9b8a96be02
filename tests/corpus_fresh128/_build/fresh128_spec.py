# -*- coding: utf-8 -*-
"""The 128th held-out fresh set: WORK SUMMARIES, a 情况汇报, one 述职报告 and
one speech by a township (its yearly 综述), a county's community party
building, a bureau, a community, a hospital, two schools, a township
party secretary and a hospital's leadership, whose headings mostly avoid the
obvious keywords (党建引领“实学深学”聚合力 / 强化……，守护…… / 筑牢底线，助推管理升级 /
履职情况和工作亮点 / 分析不足，改进工作).  Found as stored public web pages with
the `search` tool's `pages` corpus (queries in notes_queries.txt).  None of
the source pages is a source of another set (checked against every label
file, used_sources.tsv and *.lst under /work/main/tests/corpus_fresh*/ and
/work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  NFKC text (the ASCII '.' of '一.' and '1.' numbering is kept).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and masking (XX, XXX, XXXX) are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH128_DOCS = [
    dict(
        name="fresh128_01_town_socioeconomic_review_summary",
        source="https://www.51sougongwen.com/p-237690.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's review of its year 2023 ('xx 镇社会经济发展综述', town masked xx), from a document-sharing "
               "site that delivered one run-together block with PDF spacing ('2023 年', 'xx 镇'); the block was split "
               "at the title, the opening, the heading and the 一是/二是 points. One title line (the title label drops "
               "the PDF space). The opening starts with the editor's word '按' glued to it in the source; kept at the "
               "start of the rewritten opening line (body).",
               "The opening paints scenes (民宿, the health centre's new building, a basketball event) before the "
               "usual lead-in; no 现将……如下 line.",
               "一、党建引领“实学深学”聚合力 is a slogan heading with no 做法 / 成效 keyword: achievements. Its points "
               "'一是青年干部大讲堂实地教学。…' and '二是村与村互学先进经验。…' start their lines and carry a short title "
               "before the body: headings at level 2 (numbering 一是), automatic cut at the 。.",
               "The page ends inside 二是's body ('…环境整治、农旅融合、基层党'); the rewrite stops there."],
        units=[],
        text="""\
@T | xx 镇社会经济发展综述
按田畴相连、屋舍整齐。2023 年 xx 镇“两寨三村一街区”建起和美庭院特色民宿，xx 中心卫生院整体搬进新楼，首届“xx”篮球赛点燃了夏天……
2023 年对 xx 镇来说很不平凡。在县委、县政府领导下，全镇围绕建设“魅力 xx、山水xx”，项目建设、农旅融合、引才育才和民生保障齐头并进，交出了一份不易的答卷。
@H1 sec=achievements | 一、党建引领“实学深学”聚合力
@H2 | 一是青年干部大讲堂实地教学。全年办“青年干部大讲堂”xx余期，请老党员讲理论，带青年干部到现场学技能，也讲写作和公文处理，成为全镇的“党建工作品牌”。
@H2 | 二是村与村互学先进经验。全镇 xx 个村（社区）党支部借“三联”工作结对，围绕产业、环境整治和农旅融合互相取经。
""",
    ),
    dict(
        name="fresh128_02_county_community_party_building_report",
        source="http://cedoc.cn/info/link/68635.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="2019年县社区党建工作情况汇报",
        notes=["A county's 情况汇报 on party building in its communities (one sub-district office under 三雷镇, "
               "12 communities). The page shows two title lines, '2020年县社区党建工作情况汇报' (the site's page title) "
               "and '2019年县社区党建工作情况汇报' (the document's own): both are title lines, the title label takes "
               "the second, the way corpus-dev treats dev17.",
               "二、主要做法 is backward-looking (what the county has done): achievements, measures accepted (做法). "
               "（一）顺应发展趋势，主动拓展党建工作新领域 inherits it; its 一是/二是/三是 stay inside a body line.",
               "The site's paywall marker '……此处隐藏4225个字……' sits in the middle of the source paragraph; it is kept "
               "as a line of its own (debris, never labelled), and the rewritten fragment after it (the 东关社区 "
               "office) is body.",
               "三、存在问题 is the last line: the page ends after '一是部分驻区单位对社区党建', dropped. Problems kind.",
               "Units: only the bodies that carry the work (the county standing committee's regular meeting is "
               "named as a body; the superior province and city committees are not listed)."],
        units=["县委常委会", "城区街道办事处党总支"],
        text="""\
@T | 2020年县社区党建工作情况汇报
@T | 2019年县社区党建工作情况汇报
今年以来，我县贯彻省、市委《关于进一步加强和改进街道社区党的建设工作的意见》，把社区党建作为经营城市、构建和谐社会的切入点，形成了以党建为核心、服务群众为根本、共驻共建为保障、党员奉献为着力点的格局。现就我县社区党建工作情况简要汇报如下：
@H1 sec=background | 一、基本情况
全县有街道办事处1个，归三雷镇管理；社区12个，其中城区社区7个，乡镇社区5个，分布在昌宁乡、东坝镇、泉山镇、西渠镇和东湖镇。城乡社区居民12658户57090人，其中城区11972户48376人。城区街道办事处党总支下设党支部16个（机关1个、社区7个、“两新”组织8个），党员289人；三年来城乡社区共发展党员67名。
@H1 sec=achievements alt=measures | 二、主要做法
@H2 | （一）顺应发展趋势，主动拓展党建工作新领域
制度上及时规范：一是建立社区党建例会制度，县委常委会每半年专题研究一次，组织、政法、民政等部门参加；二是实行联系点制度，县委常委和县直部门挂钩联系各社区；三是健全社区党建责任制，县委印发加强街道社区党建的意见，明确目标任务，年终考核党建工作时
……此处隐藏4225个字……
县里打算在XX年于文化广场建老年活动中心大楼时，一并解决东关社区的办公用房。
@H1 sec=problems | 三、存在问题
""",
    ),
    dict(
        name="fresh128_03_bureau_ideology_responsibility_summary",
        source="https://laobiganzi.top/270868.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A municipal bureau's (name masked, '局') summary of its 意识形态工作责任制 for 2023 with the 2024 plan "
               "announced in the title ('…工作总结及2024年计划'); only the first part, 一、主要做法和成效, is shown.",
               "The two （一）（二） headings are slogan pairs run in before long bodies ('（一）加强组织领导，狠抓责任落实。"
               "局党组…'): automatic cut at the first 。. They inherit achievements.",
               "The second body ends mid-sentence on the page ('及时传达学习'); the rewrite stops there. Title "
               "contains 计划 but the visible part is all backward-looking: summary (report accepted)."],
        units=["局党组"],
        text="""\
@T | 2023年度落实意识形态工作责任制工作总结及2024年计划
2023年，局围绕市委、市政府的部署，以习近平新时代中国特色社会主义思想为指导，落实意识形态工作责任制，牢牢掌握领导权和主动权，主流意识形态总体向好。现将工作情况汇报如下：
@H1 sec=achievements | 一、主要做法和成效
@H2 | （一）加强组织领导，狠抓责任落实。局党组把意识形态工作纳入党建责任制和干部目标管理，书记履行第一责任人职责，班子成员在民主生活会和述职中报告落实情况；建立每季度一次的分析研判机制，全年召开专题会议2次、研判4次，与业务工作同部署、同检查、同考核，落实阵地管理“八个严禁”。
@H2 | （二）夯实理论武装，筑牢信仰之基。制定2023年意识形态工作计划和集中学习计划，借周一例会、局党组（扩大）会议和周三学习会组织集中学习。
""",
    ),
    dict(
        name="fresh128_04_community_annual_work_summary",
        source="http://goodzuowen.com/fanwen/ziwozongjie/201802/216680.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A community's annual summary with next year's plan ('现将社区XX年工作开展情况和XX年工作打算汇报如下'; "
               "years masked XX). The page starts with the community's profile; no title line is shown, so title "
               "is null.",
               "一、XX年工作开展情况 (achievements) holds two headings of the shape '（一）以……为核心，完善服务理念。' that "
               "name neither 做法 nor 成效; each stands on its own line ending in 。 (text cut there).",
               "The page ends after the first words of （二）'s body ('社区以网格化'), dropped; （二） is kept as a bare "
               "heading. The next-year plan announced in the lead-in is not visible.",
               "Units: the community's 党总支 and its three named branches."],
        units=["社区党总支", "祥和党支部", "诚信党支部", "阳光党支部"],
        text="""\
社区面积1.1平方公里，辖6个企事业单位、2个居民小区和4个居民小组，总人口4268人（常住2181人、暂住2087人），下设3个党支部，党员83名。今年社区在街道党工委、办事处领导下，结合实际探索建设、管理和服务的新办法，工作有了一定成绩。现将社区XX年工作开展情况和XX年工作打算汇报如下：
@H1 sec=achievements | 一、XX年工作开展情况
@H2 | （一）以加强基层党的组织建设为核心，完善服务理念。
在祥和、诚信两个党支部之外新建阳光党支部，支部增至3个；全年吸收入党积极分子3人，发展党员2人，转正2人。
党总支主要抓了三件事：在小区广场放映红色电影教育党员；开展“党建示范街区‘红旗门店’创评”，从申报的12户商户中评出“红旗诚信门店”3家；依托“雷锋服务站”组建志愿者队伍，58人报名，集中开展清扫、引导等活动8次。
@H2 | （二）以创新工作管理模式为依托，提高服务效率。
""",
    ),
    dict(
        name="fresh128_05_hospital_2023_annual_summary",
        source="https://typf91.com/post/16296.html",
        doc_kind="summary", partial=True,
        notes=["A hospital's 2023 year-end summary (hospital not named). No title line is shown (the page starts with "
               "the opening paragraph), so title is null.",
               "All three headings are '动词+对象，动词+目标' pairs ('一、强化医疗质量，守护生命安全') with no 成效 / 做法 "
               "keyword; each reports work done in 2023: achievements. Their bodies run 一是…二是…三是… inside one "
               "line after a lead-in (markers in the middle of a line, not labelled).",
               "The page ends in the middle of 三、's body ('我们还鼓励和支持医'), dropped."],
        units=[],
        text="""\
2023年医院工作已经收尾。这一年医院以患者为中心、以质量为生命，在困难中推进医疗服务的创新和优化，现将全年工作回顾如下。
@H1 sec=achievements | 一、强化医疗质量，守护生命安全
医院始终把医疗质量放在首位：一是完善医疗质量管理体系，各科室成立质控小组，定期自查互查；二是加强医护人员培训考核；三是引进高清内窥镜系统、智能诊断辅助系统等设备和技术；四是严格院感监测和防控，院内感染率下降。
@H1 sec=achievements | 二、优化服务流程，提升患者满意度
为改善就医体验，一是推行“一站式”服务，合并挂号、缴费、取药环节；二是通过问卷和在线评价收集患者意见；三是开展“医患共情”活动；四是建设“智慧医院”，开通预约挂号、在线问诊和电子病历。
@H1 sec=achievements | 三、加强学科建设，提升科研能力
2023年医院加大对心血管内科、神经外科等重点学科的投入，引进高层次人才，开展国际合作。
""",
    ),
    dict(
        name="fresh128_06_high_school_half_year_summary",
        source="https://wvvw.haoword.com/gongzuozongjie/xuexiao/2305757.htm",
        doc_kind="summary", partial=True,
        notes=["A school's 高中部 half-year summary for 2023 (under the school's 党总支). One title line.",
               "Numbering '一.' with a period (kept as the store shows it); both 一. and 二. are '…，坚持…' / "
               "'坚持…，构建…' slogan headings: achievements.",
               "（一） is run in ('（一）每周德育思政课程为主阵地开设思政课堂。以…'): automatic cut at the 。.",
               "The page ends inside （二）, a long statement without a full stop ('（二）建立书记、教学副校长或教研室主任"
               "参加思想政治教研和集体备课工作的常态机制，语文和历史教学也纳入常态关注重点，加强思想政治教育大关，'): kept "
               "as the source shows it, a heading parallel to （一） with its text set by hand to the first clause."],
        units=["校党总支"],
        text="""\
@T | 2023年高中部上半年工作总结
高中部在校党总支领导下，按照党的二十大精神和上级要求，以推动教育高质量发展、办特色多样的普通高中为目标，制订并督促落实工作计划和方案。现将上半年工作总结汇报如下：
@H1 sec=achievements | 一.明确办学方向，坚持党对教育的全面领导
落实党组织领导的校长负责制，以政治建设统领班子建设；通过党总支会、校长办公会、部务会和支部会把党的工作与教学融合，本学期以学习二十大精神为主题建设大思政德育课程，由党员、思政教师和团支部书记分别宣讲。
@H1 sec=achievements | 二.坚持德育为先，构建大思政理念下的德育体系
@H2 | （一）每周德育思政课程为主阵地开设思政课堂。结合学生读本和《环境教育》等课程开展中国梦、核心价值观、民族团结和生态文明教育；本学期开设思政大讲堂16节次，连续十五周以升旗仪式和班会开展安全、法制、理想和爱国主义教育。
@H2 text=（二）建立书记、教学副校长或教研室主任参加思想政治教研和集体备课工作的常态机制 | （二）建立书记、教学副校长或教研室主任参加思想政治教研和集体备课工作的常态机制，语文和历史教学也纳入常态关注重点，加强思想政治教育大关，
""",
    ),
    dict(
        name="fresh128_07_middle_school_semester_summary_chunked",
        source="https://m.001doc.com/doc/575196.html",
        doc_kind="summary", partial=True,
        title_override="XXXX中学2023-2023学年度第二学期工作总结",
        notes=["A middle school's second-term summary (school masked XXXX; the year range '2023-2023' is the "
               "source's). From a document-sharing site that delivered one run-together block with chunk markers: "
               "'1、' before the title (title line kept with it; the title label leaves it out), '2、' at the start "
               "of a line just before a stray '。' (the previous sentence lost its full stop to it), and '3、' at a "
               "line start in the middle of a sentence. The markers are debris, never labelled. The site's blurb "
               "was dropped and the block split at the heading boundaries it shows.",
               "一、筑牢底线，助推管理升级 is a slogan heading (achievements); （一）加强党的建设。 and （二）修订章程，健全制度。 "
               "are run in before their bodies (automatic cut at the 。). （二） started mid-chunk in the source and "
               "was put at a line start.",
               "The page ends mid-sentence inside （二）'s body; the rewrite stops there."],
        units=[],
        text="""\
@T | 1、XXXX中学2023-2023学年度第二学期工作总结
2023年，学校以“双减”为基础、以“成功教育”特色为引擎，五育融合，实施素质教育，努力办学生喜欢、群众满意、社会认可的高品质学校。
@H1 sec=achievements | 一、筑牢底线，助推管理升级
@H2 | （一）加强党的建设。严格落实三会一课和主题党日，以书记第一讲、思政大课堂学习二十大精神；本年度预备党员转正1名，吸收入党积极分子6人，评选优秀党员和党员先锋示范岗；“1优+X优”党建特色延伸到问题学生，帮扶贫困家庭学生3名；印制“星级党员存折”，以赛争优
2、。抓牢意识形态和师德师风，落实“第一议题”制度，组织教职工学习总书记重要讲话24次；安全工作实行分级管理、网格到底，全年未发生不安全事故。
@H2 | （二）修订章程，健全制度。章程修订体现以人为本，先组织教师学习义务教育法、教师法和“双减”政策，再向各科室征集修改建议26条，经领导小组审议后由教职工大会表决通过；同时完善精细化管理手册等制度，人人有岗、岗岗有责，让师生
3、主动参与学校管理，推动工作项目化、清单化、责任化。
""",
    ),
    dict(
        name="fresh128_08_township_party_building_duty_report",
        source="http://freekaoyan.com/wm/01/038/2018/01-13/1515807869842761.shtml",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township party secretary's 述职报告 on grass-roots party building ('2018抓基层党建工作述职报告'); the "
               "writer moved from 涧田乡 to 芙蓉镇 the previous October. One title line.",
               "一、履职情况和工作亮点 combines the 述职 keyword with '亮点': achievements. Its three points are run-in "
               "'1.落实党建责任，认真履职尽责。…' slogan pairs (automatic cut at the 。), level 2.",
               "The third point's body is cut on the page ('每月组织党员干部技术培训'); the rewrite stops there. The "
               "problems and next-step parts of a 述职报告 are not visible."],
        units=["党政班子", "“干部学用技术”推广领导小组"],
        text="""\
@T | 2018抓基层党建工作述职报告
@H1 sec=achievements | 一、履职情况和工作亮点
@H2 | 1.落实党建责任，认真履职尽责。去年10月我由涧田乡调到芙蓉镇，始终履行党建第一责任人职责，党建与经济、项目和产业同部署同推进；主持党政班子会研究党建，建立班子成员联系点制度，组织学习廉政精神6次，廉政谈话34次，约谈党员干部40余次，到村（居）指导20余次。
@H2 | 2.强化基层基础，激发党建活力。推进村（居）“两委”换届，从后备干部和致富能手中选任村干部5名，换届未发生上访；推荐2名村居干部参加事业单位选拔；涧田乡村级活动场所已全覆盖，芙蓉镇光明村另行选址、芙蓉村即将开工。“三大工程”中走访农户1117户，化解纠纷和信访积案63件，光明村、晓东村完成整改，表彰先进基层党组织3个、优秀个人35名。
@H2 | 3.创新活动载体，扎实服务群众。开展“干部学用技术”活动，建成实训和服务示范基地5个，截至10月底捐资16800元用于走访帮扶；成立推广领导小组，每月1日、15日为走访帮扶日，每半月印发技术专刊。
""",
    ),
    dict(
        name="fresh128_09_hospital_post_spring_festival_speech",
        source="https://wmjy.cn/wenmi/405339.html",
        doc_kind="speech", partial=True,
        notes=["A hospital leader's speech at the meeting after the Spring Festival holiday ('在医院春节后收心会上的"
               "讲话'), speaking for the leadership team. One title line; the site's font-size / author line was "
               "dropped. '大家新年好！' is a salutation (body).",
               "The source breaks every sentence onto its own line; the rewrite keeps several short body lines per "
               "part but fewer of them.",
               "一、回顾过去，总结经验。 ends in 。 (text cut there). It looks back, so achievements; requirements "
               "accepted (the points of a speech). （一）肯定成绩，鼓舞干劲。 inherits it; （二）分析不足，改进工作。 is "
               "clearly the problems part (achievements accepted); （三）总结经验，指导实践。 is achievements "
               "(requirements accepted).",
               "The page ends right after （三） ('回顾过去'), so （三） is kept as a bare heading."],
        units=["医院领导班子"],
        text="""\
@T | 在医院春节后收心会上的讲话
大家新年好！
节日气氛还没散去，我们又要回到繁忙的工作中来。
今天开这个收心会，一是让大家从过节状态切换到工作状态，二是在新的一年凝聚力量、明确目标。
我代表医院领导班子向大家拜年，也感谢大家过去一年的付出。
@H1 sec=achievements alt=requirements | 一、回顾过去，总结经验。
@H2 | （一）肯定成绩，鼓舞干劲。
过去一年，门诊量、住院量和手术量稳步增长，医疗质量、服务质量和患者满意度持续提高，科研教学、人才培养和学科建设也有进展。
应对突发公共卫生事件时，医院表现出较强的应急能力，得到社会好评。这些成绩离不开每一位职工。
@H2 sec=problems alt=achievements | （二）分析不足，改进工作。
成绩属于过去，医院发展仍有短板：医疗资源不足，人才队伍有待加强，学科发展不均衡，服务流程需要优化。
新的一年行业竞争更激烈，患者需求更多样，如何在竞争中站稳、在高质量发展中走远，需要大家认真思考。
@H2 sec=achievements alt=requirements | （三）总结经验，指导实践。
""",
    ),
]
