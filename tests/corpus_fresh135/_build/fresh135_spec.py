# -*- coding: utf-8 -*-
"""The 135th held-out fresh set: annual and half-year WORK SUMMARIES and WORK
REPORTS (工作总结 / 工作汇报 / 工作情况汇报) of townships, sub-districts,
communities and a village group: a Shanghai sub-district's 2023 summary, a
township's key-work report, a township's 2022 summary and 2023 plan, a
sub-district culture-and-sports station, a Shenzhen community's 2024 report,
a village group's 美丽乡村 report, a sub-district's half-year summary, a
township's five-year summary and a village's poverty-alleviation report.  Found as stored public web pages with the
`search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of another set (checked against every exclusion list
and label file under /work/fresh*/, /work/main/tests/ and /work/wt-lead/tests/
when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs,
  publication metadata, a generated outline) was dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH135_DOCS = [
    dict(
        name="fresh135_01_subdistrict_xinhualu_2023_annual_summary",
        source="https://zwgk.shcn.gov.cn/xxgk/jhzj-xhljdzdgz/2024/59/72248.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A Shanghai sub-district's 2023 annual summary (新华路街道, 长宁区) from the district's open-government "
               "pages. The page's issuer and publication-date bullets under the title were dropped as site metadata.",
               "'一、全力加快恢复重振，辖区经济运行彰显厚度' is a level-1 slogan heading (achievements; the slogan names a work "
               "area, not a section kind). Its three points '（一）主要经济指标持续向好。…' are run-in sentence headings "
               "(level 2) cut at the first 。.",
               "The visible part ends inside the third point ('…持续优化网'); the summary's later parts (problems, 2024 "
               "plans, if any) are not shown."],
        units=["新华路街道"],
        text="""\
@T | 新华路街道2023年工作总结
2023年是全面贯彻党的二十大精神的开局之年，也是“十四五”规划承上启下的关键一年。新华路街道在区委、区政府领导下，坚持稳中求进，围绕“推动高质量发展、创造高品质生活、实现高效能治理”推进基层治理现代化，努力完成全年各项目标任务。
@H1 sec=achievements | 一、全力加快恢复重振，辖区经济运行彰显厚度
@H2 | （一）主要经济指标持续向好。对接市、区产业政策调整，加快招商引资，挖掘存量企业的一次性税源和潜在税收，提高载体属地率、去化率和贡献率，区域经济企稳回升。
@H2 | （二）经济辐射能级持续提升。新华社上海分社“解码街镇”首期报道展示了“商业区新华”的转型经验；街道引进多家市级行业协会和研究机构，支持举办城市更新数字化大会等活动，为产业项目和人才集聚搭建平台。
@H2 | （三）营商环境建设持续深化。结合主题教育“大调研”，参与“访千企”活动，持续优化网
""",
    ),
    dict(
        name="fresh135_02_township_key_work_report_2020",
        source="https://www.wm114.cn/wen/211/421423.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="乡镇重点工作汇报",
        notes=["A township's report on its key work (脱贫攻坚, 征拆, 项目建设, 人居环境) to visiting leaders, dated 2020年4月22日, "
               "from a paid writing-material site. Two title lines: the site's headline '2020年乡镇重点工作汇报' and the "
               "document's own title '乡镇重点工作汇报'; the label takes the document's own title and marks both lines as "
               "title lines. The site's breadcrumb, post time and its generated outline ('目录/提纲：……' listing 一、–四、 "
               "and the 一是/二是 points) were dropped.",
               "Issuer line '中共*镇委员会 *镇人民政府', the bracketed date and the salutation '各位领导：' are body lines, "
               "not labelled. The site's mask '_新时代…' (for a leader's name) is kept in the lead-in.",
               "'一、脱贫攻坚工作。自2017年开始…' is a run-in heading (level 1, achievements: the report states what was "
               "done), cut at the first 。.",
               "The paywall line '……（新文秘网https://www.wm114.cn省略579字，正式会员可完整阅读）……' is kept as debris, never "
               "labelled. The hidden part swallows 二、重点项目征拆工作 and its 一是; the text resumes mid-sentence "
               "('9户，征用土地448亩…') and carries 二是 / 三是 in the middle of the line: not labelled."],
        units=["中共*镇委员会", "*镇人民政府"],
        text="""\
@T | 2020年乡镇重点工作汇报
@T | 乡镇重点工作汇报
中共*镇委员会 *镇人民政府
（2020年4月22日）
各位领导：
今年以来，全镇坚持以_新时代中国特色社会主义思想为指导，贯彻党的十九大精神，围绕区委、区政府部署抓好三农服务和涉农项目建设，落实强农惠农政策，经济社会保持良好态势。下面就我镇重点工作作简要汇报，不妥之处请批评指正。
@H1 sec=achievements | 一、脱贫攻坚工作。自2017年起，我镇按建档立卡程序识别并动态调整贫困户，经过3年努力，一般贫困户由128户、377人降至29户、80人；现有29户分布在10个村、22个社（南关、郭家
……（新文秘网https://www.wm114.cn省略579字，正式会员可完整阅读）……
9户，征用土地448亩，已拆除157户，余下2户正在协商。二是水生态治理修复工程征拆工作。涉及河满村、前进村、八一村3个村、11个社，农户763户、房屋657院、耕地3670亩，已拆除房屋280院。三是南三环建设征拆工作。南三环*段全长3.1公里，经过我镇3个村、9个社，涉及农户95户、企业3家（双华活畜屠宰市场、双华活畜交易市场
""",
    ),
    dict(
        name="fresh135_03_township_zhaitan_2022_summary_2023_plan",
        source="https://www.songyang.gov.cn/art/2023/12/20/art_1229776586_58995228.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's 2022 summary and 2023 plan (斋坛乡, 松阳县) from the county's open-government pages. The "
               "index-number / issuer / time line and the two link lines ('原文链接…', '政策解读链接…') were dropped.",
               "The part heading '2022年工作总结' is an unnumbered stand-alone heading (level 1, achievements); "
               "'一、坚持农业兴乡发展战略，…' below it is level 2. The title announces a 2023 plan part that the visible "
               "part does not reach.",
               "Under 一、 each paragraph begins '一是坚持创新引领，大力发展稻田经济。…', '二是加快人才兴乡，…': labelled as "
               "optional items (level 3), following the earlier sets' convention for line-initial 一是 points. A "
               "professor's name (in a studio's name) was dropped. The page ends in the second item ('全年共')."],
        units=["斋坛乡"],
        text="""\
@T | 斋坛乡2022年工作总结和2023年工作计划
@H1 sec=achievements | 2022年工作总结
2022年，乡政府在县委县政府和乡党委领导下，坚持稳中求进、稳中求变，统筹疫情防控和经济社会发展，基本实现乡第十五届一次人代会确定的目标；我乡获评2022年目标管理考核优秀单位，指标排名位列全县二类乡镇第1。
@H2 | 一、坚持农业兴乡发展战略，“农耕斋坛”知名度美誉度进一步提升
@I3 | 一是坚持创新引领，大力发展稻田经济。耕地“非粮化”整治签约4681亩，获产2000余吨；推行党建统领“1+3+N”模式，开发“稻耳轮作”“稻虾共生”等项目，“共富木耳”实现分红6万元；举办第十五届农耕文化节，获评市级“乡村示范侨舍”。
@I3 | 二是加快人才兴乡，持续推进双招双引。引进省科技特派员助力“稻耳轮作”共富项目并设立博士工作室，与丽水学院民族学院（华侨学院）合作建立博士工作站，对接多家乡贤企业。全年共
""",
    ),
    dict(
        name="fresh135_04_subdistrict_culture_sports_station_summary",
        source="https://m.ruiwen.com/zongjie/1924989.html",
        doc_kind="summary", partial=True,
        notes=["A sub-district culture-and-sports station's annual summary (东门街道文体站, 罗湖), from a writing-sample "
               "site; the site's date-and-category line under the title was dropped.",
               "Five headings '一、 加强队伍建设' … '五、 加强图书馆管理，发挥文化传播作用', all with a space after '一、', "
               "stand alone (level 1, achievements; measures accepted because the titles read like tasks). Each is "
               "followed by one or two body paragraphs.",
               "The page breaks off after a stray 'X' at the start of a sixth paragraph; that fragment was dropped."],
        units=["文体站", "东门文体站"],
        text="""\
@T | 街道文体站年度工作总结
根据XX区上级部门的安排，在街道党工委领导下，文体站今年在普及群众文化和全民健身方面做了大量工作，成绩较好，现总结如下：
@H1 sec=achievements alt=measures | 一、 加强队伍建设
各社区活动中心定期举办舞蹈培训，培养了一批舞蹈爱好者，组队参加外来青工文体节和市“鹏城金秋”等比赛。
合唱队保持参加全国赛时的水平，随时准备参加各类比赛。
@H1 sec=achievements alt=measures | 二、 充分发挥社团力量
文体站组织文艺队伍参加第九届外来青工文体节和第十一届“鹏城金秋”社区文化艺术节，获市级奖项11个，包括3个节目优秀奖、1个优秀个人奖和1银6铜。
举办“幸福南粤、美丽罗湖”专项文艺演出，演员120多名，观众约1500人。
@H1 sec=achievements alt=measures | 三、 抓好文艺作品创作，获省、区级奖项
舞之恋舞蹈队经长期排练，作品《盼归》在广东省文艺作品评选中获舞蹈类二等奖。
东门文体站组建的队伍在XX区排舞比赛中获“十佳”团队称号。
@H1 sec=achievements alt=measures | 四、 积极组织体育活动
文体站组队参加区乒乓球赛、健身路径比赛、“好日子”健步走和国民体质测试等，全年参赛896人次。
社区推广手杖操，256人参加培训，并组队准备参加11月上旬的XX区手杖操比赛。
@H1 sec=achievements alt=measures | 五、 加强图书馆管理，发挥文化传播作用
东门街道八个社区图书馆每周开放6天、每天6小时，并设学生作业场所，受益群众31170人次。
""",
    ),
    dict(
        name="fresh135_05_community_fumin_2024_work_report",
        source="https://www.szlhq.gov.cn/ztzq/sqswgk/dw/zzjy/zyjc/content/post_12228998.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A Shenzhen community's 2024 work report (福民社区, 龙华区), published in the district's community "
               "'三务' disclosure pages; the breadcrumb was dropped. The page shows no title line, so title is null.",
               "'一、主要工作' level 1 (achievements); '（一）扛牢主责，党建引领政治担当' and '（二）固本强基，阵地建设成效"
               "显著' stand alone at level 2.",
               "Under each （…） one paragraph begins '一是…。' and holds 二是 / 三是 in the middle: the line-initial 一是 "
               "is an optional item (level 3), the mid-line ones are not labelled. The source's spacing before units "
               "('192 场', '超 5000 人次') is kept in the rewritten bodies. The page ends inside the second paragraph "
               "('共自查自')."],
        units=["福民社区", "社区党委"],
        text="""\
2024年，福民社区以习近平新时代中国特色社会主义思想为指导，落实区和街道部署，发挥社区党委核心作用，抓党建、强治理、惠民生、促发展，建设“仁爱福民”，各项工作取得新成效。现将工作情况汇报如下：
@H1 sec=achievements | 一、主要工作
@H2 | （一）扛牢主责，党建引领政治担当
@I3 | 一是强化责任担当，落实党建首要职责。全年召开党委会议46次、党建工作部署总结会5次。二是严守制度规范，夯实党建基础。开展主题党日148次、“三会一课”192 场，发展党员33名。三是聚焦班子建设，增强党组织领导力。完成6个股份合作公司换届，新建3个城中村党支部，完成多个党支部的委员补选和书记任免。
@H2 | （二）固本强基，阵地建设成效显著
@I3 | 一是开放新建党群阵地，延伸服务覆盖范围。启用狮径公园党群服务驿站，联动周边学校和公园资源，全年举办亲邻影院等活动逾百场，受众超 5000 人次。二是深耕党群阵地服务效能，促进服务品质升级。开展46场服务专题培训，覆盖920人次，并建立巡查机制，共自查自
""",
    ),
    dict(
        name="fresh135_06_village_group_beautiful_countryside_report",
        source="https://msgz.vip/fanwen/18452.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A report on 美丽乡村 construction in a village group (某村下枧组, a natural village of 某乡), from a "
               "writing-material site; the breadcrumb, the category line '工作汇报' and the author/source line were "
               "dropped. '某' and the site's mask 'd委' (for 党委) are kept.",
               "'一、概况某村下枧组是…' is a heading glued to its body without punctuation: text set by hand to "
               "'一、概况' (background).",
               "'二、主要工作开展情况（一）、领导重视，措施到位根据群众愿望…' carries two headings glued together and to the "
               "body: the line is labelled once, at 二、 (text set by hand to '二、主要工作开展情况', achievements); the "
               "'（一）、' in the middle of the line is not labelled, per the corpus convention.",
               "'（二）、宣传动员，狠抓落实为确实让群众了解…' is glued to its body as well: text set by hand to "
               "'（二）、宣传动员，狠抓落实' (level 2, numbering style （一）、). The page ends inside its paragraph."],
        units=["某乡d委", "乡村工作组"],
        text="""\
@T | 新农村建设美丽乡村建设工作情况汇报
@H1 sec=background text=一、概况 | 一、概况某村下枧组是某乡下辖的一个自然村，共有农户70多户、人口350多人。
多年来该组缺少规划，牛栏、厕所和土坯房乱建，危房、断墙较多，垃圾和污水随处可见。
群众建设新农村的愿望十分迫切，多次向乡、村反映，希望把下枧组列为建设点。
@H1 sec=achievements text=二、主要工作开展情况 | 二、主要工作开展情况（一）、领导重视，措施到位根据群众意愿和实际情况，某乡d委、政府把该组上报为新农村建设点。
列为美丽乡村建设点后，首要任务是整治环境、拆除旧房；旧房多为牛栏、厕所，部分群众有抵触情绪。
乡里组织乡、村、组三级人员组成工作队，开工前逐户宣传解释，动员群众主动拆除旧房。
乡主要领导多次到点指导，召集挂村领导开会研究，要求分类做工作：养牛户在下游另建牛栏，废弃土坯房和断墙劝拆，危险土围墙开工时用旧料重建。
工作队还建议把建设程序、要求和标准向群众公开。
@H2 text=（二）、宣传动员，狠抓落实 | （二）、宣传动员，狠抓落实为让群众了解美丽乡村建设的程序，乡村工作组多次召集下枧组全体群众开会商量建设事项，
""",
    ),
    dict(
        name="fresh135_07_subdistrict_halfyear_summary_period_headings",
        source="https://www-d.lcget.com/i/3893668.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A Guangdong sub-district's half-year summary and second-half ideas (xx街道, with 星湖社区), from a "
               "document site. No title line is shown, so title is null; 'xx' masks are kept.",
               "Headings end in '。': '一、今年上半年主要工作成效。' (level 1, achievements), '（一）在提高基层党建质量上奋勇"
               "前进。' and '（二）在推进产业招商落地上闯劲十足。' (level 2); texts are the automatic cut.",
               "Under （一） one long paragraph runs '一是…。二是…。' up to 六是: the line-initial 一是 is an optional item "
               "(level 3), the others are mid-line and not labelled. The page ends in the first item under （二） "
               "('一是抓指标保稳'), kept as a fragment item. The opening announces 下半年工作思路, which is not reached."],
        units=["xx街道"],
        text="""\
今年以来，xx街道在区委、区政府领导下，以习近平新时代中国特色社会主义思想为指导，围绕既定发展计划和工作目标统筹推进各项工作，先后获得“广东省先进基层党组织”“xx区先进基层党组织”等称号。现将上半年工作总结和下半年工作思路报告如下：
@H1 sec=achievements | 一、今年上半年主要工作成效。
@H2 | （一）在提高基层党建质量上奋勇前进。
@I3 | 一是抓好党建主业职责。召开基层党建专题会议14次、理论学习会10次。二是履行党风廉政建设主体责任。召开警示案例剖析会6次，班子成员与科室人员谈话提醒33人次。三是推进党史学习教育活动。召开动员会43场，开展专题学习911次、专题党课83次、参观等活动165场，受教育党员5500余人次，办实事188件。四是深入开展党内关怀活动。慰问老党员、困难党员等264名。五是创建星湖社区“砚都党员志愿服务超市”。上线微信小程序，收集服务需求15件，接受捐赠14件，举办志愿活动3场次。六是顺利揭牌星湖社区莲湖湾畔邻里先锋服务驿站，发挥其贴近居民、服务居民的作用。
@H2 | （二）在推进产业招商落地上闯劲十足。
@I3 | 一是抓指标保稳
""",
    ),
    dict(
        name="fresh135_08_township_five_year_summary_run_together",
        source="https://m.wenke99.com/p-4723698.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's five-year summary and next-step plan (2011 to mid-2016; '*乡' masked), from a "
               "document-sharing site whose stored text is one run-together block: it was split into lines at the "
               "title, paragraph and heading boundaries the text shows.",
               "'一、五年工作总结' level 1 (achievements); '（一）经济态势发展良好，各项指标圆满完成。…' is a run-in heading "
               "(level 2, automatic cut).",
               "'（二）加快农村基础设施建设农村公路是…' and '（三）稳步推进农业生产和新农村建设按照…' are headings glued to "
               "their bodies without punctuation: texts set by hand to '（二）加快农村基础设施建设' and '（三）稳步推进农业生产"
               "和新农村建设'. The title announces a 下一步工作计划 part that the visible part does not reach; the page "
               "ends mid-word ('规模化生')."],
        units=["乡党委"],
        text="""\
@T | 乡五年工作总结及下一步工作计划
2011年以来，乡党委、政府在县委、县政府领导下，以加快发展为核心，发挥比较优势、转变增长方式，带领全乡干部群众扎实工作，力争把*乡建成“特色明显、生态突出、社会和谐”的新*。
@H1 sec=achievements | 一、五年工作总结
@H2 | （一）经济态势发展良好，各项指标圆满完成。五年来，*乡坚持以经济建设为中心，超额完成各项经济目标。到2016年6月底，全乡地区生产总值GDP达7520万元，全社会固定资产投资完成3265万元，农民人均纯收入达到6855元。
@H2 text=（二）加快农村基础设施建设 | （二）加快农村基础设施建设农村公路是农村经济发展的基础和主要运输通道，改善生产生活条件是解决“三农”问题的前提。2011年以来，*乡重点投入资金，加强乡村道路和水利工程建设。
@H2 text=（三）稳步推进农业生产和新农村建设 | （三）稳步推进农业生产和新农村建设按照农业产业化经营的模式，引导群众规模化生
""",
    ),
    dict(
        name="fresh135_09_village_poverty_alleviation_report_chunk_markers",
        source="https://m.docduoduo.com/p-13054268.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="某村扶贫攻坚工作汇报材料",
        notes=["A village's report on its poverty-alleviation work (红土梁行政村, 红土梁镇; 2021 figures), from a "
               "document-sharing site that delivered one run-together block with chunk markers. The block was split "
               "at the heading and paragraph boundaries it shows.",
               "The first chunk marker '1、' and the site's slogan '书山有路勤为径，学海无涯苦作舟。' run straight into the "
               "title; the line is kept whole as the title line (as in corpus_fresh125_05) and the title label leaves "
               "the debris out.",
               "Chunk markers '2、' and '3、' start two lines in the middle of a sentence ('2、非常困难；…', '3、5万元，需上级"
               "扶持20万元。…'): debris, never labelled. The second one sits right above the real heading '2、村街硬化' and "
               "below '1、人畜饮水', so a naive reader sees 1、 3、 2、 3、.",
               "'一、基本情况' background; '二、总体思路' guidance; '三、十项重点任务推进情况' achievements (goals accepted: "
               "the ten tasks are partly still in progress). Its points '1、人畜饮水', '2、村街硬化', '3、村卫生室' are "
               "stand-alone level-2 headings (split from their bodies at the space the store shows). The '2021年9月底' "
               "completion dates are deadlines inside bodies, not phases. The page ends mid-sentence in 3、."],
        units=["红土梁行政村"],
        text="""\
@T | 1、书山有路勤为径，学海无涯苦作舟。某村扶贫攻坚工作汇报材料
@H1 sec=background | 一、基本情况
红土梁行政村地处红土梁镇中部坝下山区，辖4个自然村、272户634人；常年外出务工150人，占23.6%，在本地矿区和砖厂务工39人。现有贫困户218户、贫困人口545人，占全村人口的86%。全村面积25244亩，耕地2021亩，人均3.3亩；收入主要靠劳务输出和养殖，有规模养猪户6户、养羊户13户。饮水困难302人，危房55户，村间道路和主街未硬化，村里没有卫生室，群众看病就医
2、非常困难；文化活动室虽有，群众文化生活仍较单调。2021年底全村经济总收入117.29万元，其中农牧业41.05万元、务工收入58.65万元，人均纯收入1850元。
@H1 sec=guidance | 二、总体思路
围绕“生态尚义、活力尚义、和谐尚义”的总目标，坚持“念好生态经、唱好养殖戏、打好劳务牌”，壮大“生态经济、舍饲养殖、品牌劳务”三大支柱产业，促进农民增收、农业增效。
@H1 sec=achievements alt=goals | 三、十项重点任务推进情况
@H2 | 1、人畜饮水
在上下东沟截潜引水，新建水源1处，需2寸管1500米、1寸管1000米、0.6寸管3000米，开挖渠道5500米，投资25万元，其中镇村自筹
3、5万元，上级扶持20万元。工程已开工，正在开挖水源地，计划2021年9月底完成。
@H2 | 2、村街硬化
硬化街道1772米，建健身广场1处并配健身器材10台（套），需资金30万元，其中一事一议项目资金10万元、上级扶持20万元；路基平整和广场填土已完成，正在浇筑水泥路面，预计9月底完工。
@H2 | 3、村卫生室
拟建村卫生室3间并配套设备，总投资10万元，该项目已与卫生
""",
    ),
]
