# -*- coding: utf-8 -*-
"""The seventy-seventh held-out fresh set: WORK SUMMARIES AND WORK REPORTS
(工作总结 / 工作汇报) of the kind writers paste from document-sharing sites,
sample collections and institutional pages -- half-year, quarterly, annual and
special (安全生产, 创文, 党建, 扶贫 / 乡村振兴, 环保, 人居环境) -- by towns,
a subdistrict, a village work-team member, a county ecology bureau, a hospital
party committee and schools, whose headings are of MIXED FORMS: numbered
（一、 〔一〕 （一） 1、 1. （1））, unnumbered short lines, run-in phrases ending in
。 or ：, line-initial 一是, and headings glued to their bodies.
Found as stored public web pages with the `search` tool's `pages` corpus (query
log in notes_queries.txt).  None of the source pages is a source of an earlier
set (checked against every label file and every used-URL list under /work).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  lines, download panels, tag lines, 小编 blurbs, sample numbers) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation (including document-conversion substitutions such as 平安 for
  安全, 回忆 for 回顾).  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source (x, xx,
  xxx, X, XXX, *) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH77_DOCS = [
    dict(
        name="fresh77_01_town_halfyear_safety_summary",
        source="https://wnwk.com/doc/1860418.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="2023年乡镇上半年平安生产工作总结",
        notes=["A town's 2023 half-year work-safety summary from a document-sharing page (汇文网): the site's notice "
               "panel, its tag words (2023 / 乡镇 / 上半年 / 安全生产 / 工作总结) and the file-name line "
               "('年乡镇上半年平安生产工作总结') were dropped. The converted file keeps its cover page: the title, a "
               "blank '编者：___________ 日 期：___________' line, then the title again. Both title lines are title "
               "lines (title_override gives the title once); the cover line is body, never labelled.",
               "The conversion substituted 平安 for 安全 and 回忆 for 回顾 and uses 〔〕 brackets; all are kept in the "
               "title and headings ('一、上半年平安生产工作回忆', '〔一〕加强领导，落实责任'). 〔一〕 counts as the "
               "（一） style.",
               "The store ran the headings and bodies into one paragraph; they were split where the page showed a "
               "space. 一、 is achievements (what was done in the half-year); the 〔一〕〔二〕 sub-headings are level 2. "
               "The page ends inside the body of 〔二〕 ('…大检')."],
        units=["镇工委", "镇管委", "居〔村〕委会"],
        text="""\
@T | 2023年乡镇上半年平安生产工作总结
编者：___________ 日 期：___________
@T | 2023年乡镇上半年平安生产工作总结
@H1 sec=achievements | 一、上半年平安生产工作回忆
@H2 | 〔一〕加强领导，落实责任
镇工委、管委把平安生产摆在重要位置，贯彻省、市平安生产工作会议的要求，加强领导、落实责任，健全工作机制和规章制度。年初的年度平安生产工作会议上，镇管委与辖区17个居〔村〕委会签订了2023年度平安生产工作目标责任书，管委会主任又与各副职签订责任书，把目标分解到分管领导；各居〔村〕委会也与辖区企业签订了责任书，责任制一级一级落到实处。
@H2 | 〔二〕认真组织，周密部署
上半年镇里周密安排，先后印发了春节和“两会”期间平安生产大检查工作方案、“五一”节期间大检查方案、高空悬挂物平安大排查通知、2023年“平安生产月”活动方案，以及平安生产和平安保卫工作大检
""",
    ),
    dict(
        name="fresh77_02_subdistrict_weekly_civilised_city_report",
        source="https://alatiku.com/dangtuan/qtdt/5p92nw.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('关于文明社区创建汇报材料【最新5篇】'): a subdistrict's (温泉街道) "
               "weekly report on its civilised-city work for the 2011 national assessment. The collection title, the "
               "posting line and the site's 写作参考 blurb were dropped; the sample heading '文明社区创建汇报材料【第一篇】' "
               "is kept as the title without its sample number.",
               "Three levels: 一、专项整治工作 (achievements), （一）市容市貌专项整治, and four run-in headings "
               "'1、流动摊点、占道经营。…' whose short titles end in 。 before the body (role heading, level 3).",
               "The page repeats the figure '31起' in item 2 (copied from item 1); kept. The page ends inside item 4 "
               "('…防止')."],
        units=["温泉街道", "街道执法中队"],
        text="""\
@T | 文明社区创建汇报材料
为落实创建全国文明城市工作，这一周温泉街道按照区委、区政府的部署和《温泉街道2011年全国文明城市测评迎评工作组组成人员及工作职责》的要求，继续抓好街道的文明创建。现将本周创建工作的进展汇报如下：
@H1 sec=achievements | 一、专项整治工作
@H2 | （一）市容市貌专项整治
@H3 | 1、流动摊点、占道经营。街道执法中队加强重点、难点路段的整治，对五一路、五四路、华林路、温泉路、温泉支路、金泉路、永安街、温泉三条街、东水路等地点实行定点、定时、定人，疏堵结合整顿流动摊点，本周取缔占道经营、流动摊点等违章31起，辖区市容保持整洁有序。
@H3 | 2、乱张贴、门前三包。执法中队安排专人分片清洗乱张贴，保洁人员继续摇铃上门、桶装收集垃圾，推广快速保洁办法；本周取缔违章31起，清洗主次干道乱张贴、乱涂画110余张（处），取缔乱挂晒3处，收缴占道物品15件，罚款200元。
@H3 | 3、户外广告。按照市委、市政府景观改造的部署，街道加大市政景观综合改造、户外广告清理和店招店牌整治力度，督促6家新增店家按景观改造标准整改店招店牌。
@H3 | 4、两车停放。规范主干道、人行道两侧摩托车和各类非机动车的停放秩序，加大车辆停放管理力度，引导市民按规定停车，防止
""",
    ),
    dict(
        name="fresh77_03_county_ecology_bureau_halfyear_summary",
        source="https://qiantufanwen.com/?p=52434",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county ecology and environment sub-bureau's 2023 half-year summary and second-half plan (the county "
               "is not named; the rivers 怀洪新河 and 沱湖 place it in Anhui). The page repeats the title as its own "
               "heading; the site heading was dropped and the document's title kept once. The source masks a name in "
               "'以***新时代…思想' and a section name in 'XX断面'; both kept.",
               "Four levels: 一、2023年上半年工作总结 (achievements) > （一）主要考核指标完成情况 > 1、大气环境指标 / "
               "2、水环境指标 (short heading lines with their bodies below) > （1）…（4） label headings 'name：figures…' "
               "(text cut at the colon), one per monitored water section.",
               "The page carries a stray '?' after the colon in （1） and （4） ('怀洪新河国考断面：?2023年…'), a pasted "
               "non-breaking space; kept as it comes. Targets '6月底' are deadlines in the body, not phases. The page "
               "ends inside （4） ('…天')."],
        units=["县生态环境分局"],
        text="""\
@T | 县生态环境分局2023年上半年工作总结和下半年工作计划
2023年上半年，县生态环境分局以***新时代中国特色社会主义思想和生态文明思想为指导，落实中央和省、市的生态环境保护部署，以改善环境质量为核心，借巩固中央和省环保督察反馈问题整改成果之机，推动大气、水、土壤等各项环保工作取得进展。
@H1 sec=achievements | 一、2023年上半年工作总结
@H2 | （一）主要考核指标完成情况
@H3 | 1、大气环境指标
1-5月全县PM2.5平均浓度为44μg/m3，同比改善13.6%；PM10均值77μg/m3，改善5.2%；空气质量优良天数累计125天，优良比例82.8%，比去年提高8个百分点，在三县中排第一。市政府下达的年度目标为PM2.5年均39ug/m3、优良天数比例82.7%，6月底完成序时进度仍有压力。
@H3 | 2、水环境指标
@H4 | （1）怀洪新河国考断面：?2023年1-5月，第三方采测分离数据显示XX断面5个月均为Ⅲ类水质，均值达到Ⅲ类控制标准，预计6月底能够达标。
@H4 | （2）沱湖湖区考核断面：1-5月中Ⅲ类水质2个月（1-2月）、Ⅳ类2个月（4-5月）、Ⅴ类1个月（3月），均值为Ⅳ类，超出Ⅲ类标准，主要超标因子是总磷，预计6月底均值不能达标。
@H4 | （3）沱湖关咀国考断面：1-5月均为Ⅲ类水质，均值达到Ⅲ类控制标准，预计6月底能够达标。
@H4 text=（4）天井湖湖心考核断面 | （4）天井湖湖心考核断面：?2023年1-5月，天
""",
    ),
    dict(
        name="fresh77_04_hospital_party_committee_2010_summary",
        source="https://www.shyueyanghospital.com/Html/News/Articles/105945.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A Shanghai hospital's own party-affairs page (党务公开 / 公开事项): the party committee's 2010 work "
               "summary. The section path, the view counter, the posting time (2011-02-15) and the font-size buttons "
               "were dropped.",
               "Three long level-1 headings, each a standalone line without end punctuation (the first is 40 "
               "characters with two comma clauses); kind achievements. The source's ASCII quotes around 十一五 / 十二五 "
               "were restored to “”. The page ends inside 三、 ('根据党的十七届四中全会《关于加')."],
        units=["医院党委"],
        text="""\
@T | 岳阳中西医结合医院2010年党委工作总结
2010年是我院全面完成“十一五”发展规划的最后一年，也是上海启动新一轮医药卫生体制改革的一年。这一年医院党委围绕医院中心工作，发挥政治核心作用，保证了各项工作顺利推进，现总结如下。
@H1 sec=achievements | 一、以科学发展观为引领，全面完成我院“十一五”规划任务，精心编制“十二五”规划
党委把科学发展理念贯穿医院建设的全过程，评估“十一五”规划的完成情况和成效，推动规划任务全面完成；又按照医改精神和公益性办院宗旨，与党政领导干部一道广泛听取职工意见，从功能定位、发展目标、主要任务、主要举措、重点项目和量化指标入手，编制完成了“十二五”发展规划。
@H1 sec=achievements | 二、巩固学习实践科学发展观成果，认真落实后续整改工作
为巩固学习实践活动成果，党委对照《整改自查报告》，在去年已解决一批问题的基础上，围绕“十二五”要求制定人才和学科建设的发展目标，召开首届人才工作会议，建立人才培养体系；以提高临床疗效为重点，推进卒中单元、脊柱病单元等中西医结合临床管理单元建设；医技病房综合楼已经立项，正在做开工前准备，计划在“十二五”期间竣工使用。
@H1 sec=achievements | 三、加强党支部建设工作
根据党的十七届四中全会《关于加
""",
    ),
    dict(
        name="fresh77_05_middle_school_2021_party_building_summary",
        source="https://m.wnwk.com/doc/2226107.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="市第一中学2021年党建工作总结",
        notes=["A city middle school party committee's 2021 party-building summary from a document-sharing page whose "
               "text is cut into numbered chunks ('1、', '2、', '3、'). Chunk 1 starts with the file name glued to the "
               "document's own title ('1、市第一中学2021年党建工作总结市第一中学2021年党建工作总结'): split into two "
               "title lines (line 1 with the chunk marker, line 2 the document's title); title_override gives the "
               "title without the marker.",
               "Chunk markers in the middle of the text are kept where the page has them and never labelled: line 7 "
               "'2、党员后备力量进一步壮大。' continues the sentence of line 6; line 13 '3、，创新两个理论阵地。…' "
               "continues the heading on line 12, which therefore reads '1.以思政教育为目标' (heading text as the line "
               "shows it).",
               "Three levels: 一、 (achievements) > （一）（二）（三） > run-in '1.规范组织“三会一课”。…' headings. The last "
               "line is the truncated heading '2.以特', kept as a bare heading. Masks 'X' and 'XXX' kept (names "
               "dropped)."],
        units=["学校党委", "赤心党建工作坊", "二支部"],
        text="""\
@T | 1、市第一中学2021年党建工作总结
@T | 市第一中学2021年党建工作总结
2021年，学校党委以党的十九大和十九届二中、三中、四中、五中全会精神为指导，以加强三个建设、发挥两个作用、突出一个意识为抓手，深化党建品牌内涵，让学校党组织成为凝聚思想、领导业务、服务群众的坚强堡垒，推动学校各项工作取得明显进展。
@H1 sec=achievements | 一、加强三个建设，夯实党建工作基础
@H2 | （一）党组织建设标准化
学校党委下设X个在职党员支部和X个离退休党员支部，每个支部配书记X名、委员X名，在职支部各设X个党小组。党员骨干教师与年轻非党员教师一对一结对帮带，本年确定X名入党积极分子，X名预备党员按期转正，一人递交了入党申请书，
2、党员后备力量进一步壮大。
@H2 | （二）组织生活建设规范化
@H3 | 1.规范组织“三会一课”。“三会一课”坚持“三必三有”：必须签到、必须佩戴党徽、必须带上小书包，讨论交流和批评与自我批评做到有声、有影、有文字；同时坚持党员政治生日制度，班子成员之间、班子成员与党员之间经常谈心谈话，沟通思想、推动工作。
@H3 | 2.扎实开展X+N主题党日活动。各支部自主开展拒绝餐饮浪费、廉政警示等教育，不断创新“N”的内容和形式；以赤心党建工作坊和思政教师为主体，邀请市老干部宣讲团成员XXX、XXX等为全体党员讲党课、思政课X余次，把思政大讲堂办活。
@H2 | （三）阵地建设特色化
@H3 | 1.以思政教育为目标
3、，创新两个理论阵地。二支部创办了“支部之声”，赤心党建工作坊开展“五个一”活动：每学期上一堂党课、办一次思政大讲堂、组织一次主题策划论坛，每月进支部宣讲一次、为教职工上一堂思政课，搭建政策理论宣讲和意识形态教育的新平台。
@H3 | 2.以特
""",
    ),
    dict(
        name="fresh77_06_village_work_team_member_summary",
        source="https://m.xuexila.com/zjzongjie/c1291812.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection ('2022年乡村建设工作总结报告模板5篇'): a 'Beautiful Guangxi' rural-"
               "construction (poverty-alleviation) work-team member's summary of a year in 门头村, 福成镇. The site's "
               "breadcrumb, collection title, blurb and the sample heading '2022年乡村建设工作总结报告模板1' (a site "
               "label, not the document's title) were dropped; title is null.",
               "Level-1 headings end in '。' ('一、全面了解村情村况。'). Under 一、 an unnumbered label line "
               "'村里存在的困难及问题：' (heading, level 2, problems; background accepted) introduces four numbered "
               "statements '1、村容不整洁、环境卫生差；' labelled items. The next body line is a lead-in, not a heading.",
               "The source calls the village 门兴村 once (a slip for 门头村); kept. Under 二、 the page shows only the "
               "start of a task statement, labelled an item ('…把自')."],
        units=["村委"],
        text="""\
根据市、区基层办的安排，我被派到福成镇门头村任“美丽广西”乡村建设（扶贫）工作队员。一年来，在后盾单位支持和村委班子配合下，结合党的群众路线教育活动，我认真履行驻村承诺，为村民办实事、办好事，驻村工作有序开展。现将一年来的工作总结如下。
@H1 sec=background | 一、全面了解村情村况。
门头村在福成镇最北端，面积19平方公里，耕地7200亩、林地1800亩，分27个村民小组，总人口2765人（男1450人、女1315人）。村里有党支部一个、党员49名（男39名、女10名），贫困人口408人。主要种植甘蔗、水稻、西瓜、花生、木薯、玉米和豆角，全村人均收入5020元。
@H2 sec=problems alt=background | 村里存在的困难及问题：
@I3 | 1、村容不整洁、环境卫生差；
@I3 | 2、村集体经济薄弱，办公经费困难，村集体经济实业少；
@I3 | 3、观念落后，农民思想观念保守，农业结构单一，科学种养技术贫乏，村民收入低；
@I3 | 4、道路设施落后，人安全饮用水工程有待解决。
针对门兴村的这些问题，结合村里实际，我配合村委做了以下工作。
@H1 sec=achievements | 二、解决存在问题，努力兑现驻村承诺。
@I2 | 1、发动村民积极参与“美丽广西、清洁乡村”活动，宣传清洁乡村的意义，组织群众开展大清扫，把自
""",
    ),
    dict(
        name="fresh77_07_primary_school_civilised_city_summary",
        source="https://meipian.cn/4bydvs4i",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county primary school's (青龙县第三实验小学) account of its civilised-city work, posted on 美篇; the "
               "store kept the page's HTML markup, dropped here as a user pasting the rendered page would. No title "
               "line is visible (title null). The principal's name was dropped.",
               "The page opens with five slogan lines ('文明是城市之魂，美德是立身之本。' … '创建文明城市' …), kept as "
               "they are and never labelled: the short line '创建文明城市' is part of the slogan, not a heading.",
               "Mixed heading forms: an unnumbered short section line '人人重视，营造文明创建好氛围' (level 1, printed "
               "larger on the page), then '一、统一思想，高度重视。' and '1、认真学习，提高认识。', both standalone "
               "lines ending in 。 with their bodies on the next line (levels 2 and 3). Kind achievements. The page "
               "ends inside the body of 1、 ('…迎接文明城市')."],
        units=["领导小组"],
        text="""\
文明是城市之魂，美德是立身之本。
创建文明城市
可以铸造城市之魂，让社会更文明；
可以打牢文化之基，让生活更美好；
可以夯实城市之本，让人民更幸福。
为响应文明城市创建行动，营造优美、整洁、有序的环境，打造“六个青龙”，青龙县第三实验小学全体教师在校长带领下，发挥教职员工在创城中的作用，宣传创建文明城市的意义，营造创建氛围，开展了一系列创城工作。
@H1 sec=achievements | 人人重视，营造文明创建好氛围
@H2 | 一、统一思想，高度重视。
为迎接文明城市验收，学校成立了以校长为组长的领导小组，制定实施方案，开展创城宣传教育，提高全体师生的创城意识；统筹安排、分解任务、层层压实责任，做到人人有事做、事事有人做。
@H3 | 1、认真学习，提高认识。
学校先后召开领导班子会和全体教职工大会，学习做好迎接文明城市
""",
    ),
    dict(
        name="fresh77_08_town_first_quarter_summary",
        source="https://laobiganer.com/gongwen/28683.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's 2022 first-quarter summary and second-quarter plan (place masked: xx镇; the county 南漳县 "
               "appears in a company name). The site's title line above the paywall and the posting line "
               "('更新时间:2022-10 来源:网友投稿') were dropped; the paywall line '---此处隐藏0字，下载后查看---' is kept "
               "as line 1 (debris, never labelled) and the document's own title follows it.",
               "一、一季度工作总结 (achievements) > two run-in-free （一）（二） headings that are full sentences ending "
               "in 。 on their own lines > body paragraphs that start with '一是…。' and carry 二是 and 三是 inside. "
               "The line-initial 一是 phrase is labelled (heading, level 3, as dev04's line-initial 一是); the 二是 / "
               "三是 inside the same paragraph are not.",
               "Company names (万亿全屋智能家居, 华邦保和, 森财木业, 睿新鹏电子) and masks (xxx片区, xx集村, xxx村, xx村) "
               "kept. Visible part shows only the first-quarter summary; no plan section is in view."],
        units=["xx镇"],
        text="""\
---此处隐藏0字，下载后查看---
@T | 乡镇2022年第一季度工作总结和第二季度工作计划
一季度，我镇在县委、县政府领导下，贯彻县委经济工作会议精神，以争先进位为基调、以转型发展为抓手，实施“一区两带三板块”发展战略，全力冲刺经济强镇。现将xx镇1季度工作总结和2季度工作计划汇报如下：
@H1 sec=achievements | 一、一季度工作总结
@H2 | （一）主要经济指标稳步增长，经济结构质量更高后劲更足。
@H3 | 一是招商引资成果丰硕。今年引进万亿全屋智能家居和华邦保和2个项目，总投资3.6亿元，与襄城区接壤的xxx片区已落户亿元以上项目10个。二是经济实力稳步提升。预计一季度完成固定资产投资4.9亿元，增长28%；社会消费品零售总额2.55亿元，增长16.9%；规上工业产值1.28亿元，增长17.4%；一般预算收入350万元。三是重点项目稳步推进。在库项目15个、规上企业9家全部开工，正在培育规上工业企业2家（森财木业、睿新鹏电子）和重点服务业企业1家（南漳县新宗华机动车驾驶员培训学校）。
@H2 | （二）巩固拓展脱贫攻坚成果，推进乡村振兴实现良好开局。
@H3 | 一是“三资”管理规范完善。全面清理农村集体“三资”，锁定村级债务4300万元，已化解1352万元，xxx、xx集村债务全部清零，全镇化解31%；二是特色产业蓬勃发展。“一村一品”成效明显，2.2万户发展养殖，饲养生猪16万头、家禽160万羽；特色产业主体116家，种植9000多亩，发展袋料香菇、羊肚菌、大球盖菇等食用菌53万袋；xxx村和xx村融入隆中至水镜庄旅游带建设，引进火龙果、草莓、葡萄等产业，走农旅结合的路子。
""",
    ),
    dict(
        name="fresh77_09_township_model_village_revitalisation_summary",
        source="https://agnbn.com/fanwendaquan/zhenxingxiangzhen/10537.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's summary of its rural-revitalisation model-village work (masked x镇 / xx村; the body names "
               "'城关镇' once). The site's 小编 blurb ('下面是小编为大家整理的2022年度…(2022年)，供大家参考。') was dropped; "
               "the title keeps the site's tag '（镇乡）'.",
               "一、主要措施和做法 (achievements; measures accepted: 做法 of a summary, looking back) with a body "
               "paragraph, then a run-in heading '（一）落实乡村振兴的主体责任，确保示范村创建有力推进。…' whose body "
               "carries '一是强化组织领导。' and '二是落实推进机制。' inside the line (not labelled). The plan title "
               "'《x镇乡村振兴三年行动方案（2020-2023）》' is not a phase. The page ends inside （一） ('…市县帮扶单位，')."],
        units=["镇党委", "城关镇乡村振兴三年行动工作领导小组"],
        text="""\
@T | 乡村振兴示范村创建工作总结（镇乡）
近年来，镇党委、政府以习近平新时代中国特色社会主义思想为指导，落实中央乡村振兴战略部署和省市县安排，按照“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”的总要求，整合资源和项目，以点串线、以线带面，实施乡村振兴三年行动，一体推进“五大振兴”，扎实开展示范村创建，乡村治理能力有了提升。
@H1 sec=achievements alt=measures | 一、主要措施和做法
2020年，x镇xx村被确定为全市乡村振兴示范村。镇党委、政府坚持示范引领、抓点带面，围绕产业、人才、文化、生态、组织五个振兴高位推动、压实责任，x个村的示范村创建取得一定成效。
@H2 | （一）落实乡村振兴的主体责任，确保示范村创建有力推进。落实党政一把手是第一责任人、三级书记抓乡村振兴的要求，紧盯短板弱项推进创建。一是强化组织领导。制定《x镇乡村振兴三年行动方案（2020-2023）》，成立以镇党委书记、镇长为双组长的城关镇乡村振兴三年行动工作领导小组，细化任务和分工，对x个村逐一“过筛子”“亮底子”，形成一村一工作方案、一村一工作示意图。二是落实推进机制。落实县级领导包抓机制，x个村党组织主动联系包抓领导和市县帮扶单位，
""",
    ),
    dict(
        name="fresh77_10_township_rural_environment_report",
        source="https://taowenge.com/p-49669253.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="2022乡政府关于整治农村人居环境的工作汇报",
        notes=["A township government's report on rural living-environment improvement, from a document-sharing page "
               "(淘文阁) that cuts the text into numbered chunks. The file-name line ('….docx') and the site's sharing "
               "blurb were dropped. Chunk 1 begins with its marker glued to the title, which runs into the opening: "
               "the title was put on its own line with the marker ('1、2022乡政府关于…') and title_override gives "
               "the title without it.",
               "The store had lost the break between each heading and its body: '一、大力实施农村生活污水治理工程*镇党委、"
               "政府坚持…' -- kept glued, heading texts set by hand (the numbered phrase up to 工程). Chunk marker '2、' "
               "at the start of line 5 splits the word 管理制/度 and is never labelled.",
               "The source masks figures and the town's name with '*' (*镇, *年, *余人, *户); kept. The title says "
               "乡政府, the body *镇党委、政府; kept. Three level-1 headings, kind achievements. The page ends inside 三、 "
               "('…群众素质明')."],
        units=["*镇党委、政府"],
        text="""\
@T | 1、2022乡政府关于整治农村人居环境的工作汇报
根据中央和省、市、县关于农村人居环境整治的文件精神和工作要求，*镇党委、政府高度重视、精心组织，围绕农村垃圾治理、生活污水治理、厕所革命和村容村貌提升等“八大工程”，扎实推进人居环境整治。现将开展情况汇报如下：
@H1 sec=achievements text=一、大力实施农村生活污水治理工程 | 一、大力实施农村生活污水治理工程*镇党委、政府坚持控污和治污并重，引导村民节约用水、从源头减少生活污水排放，避免污水横流；清理乡村河塘，在重大节日期间组织农户清理房前屋后沟渠淤泥，预防黑臭水体。
@H1 sec=achievements text=二、大力实施农村生活垃圾治理工程 | 二、大力实施农村生活垃圾治理工程*年*镇党委、政府建立乡村保洁管理制
2、度，完善垃圾收运处置体系。到目前已组织群众和党员干部*余人集中清理垃圾十余次；全镇*个行政村都把人居环境整治写进村规民约，明确每家每户的卫生责任，每天清运垃圾*余吨，村庄基本干净整洁。
@H1 sec=achievements text=三、大力实施示范带动工程 | 三、大力实施示范带动工程*年，*镇集中居住*户以上的村庄都设了公共垃圾收集箱并配备清运车，垃圾基本按期转运；开展群众宣传教育培训*次，从根源上争取群众理解支持。户用卫生厕所基本普及，村庄绿化、亮化率明显提高，人居环境明显改善，群众素质明
""",
    ),
]
