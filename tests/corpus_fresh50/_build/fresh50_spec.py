# -*- coding: utf-8 -*-
"""The fiftieth held-out fresh set: 实施方案 / 工作方案 / 活动方案 / 任务分解 of county and
district departments, subdistricts, townships, a hospital and schools whose visible part names
lead, responsible and cooperating units with duties (unit-led run-in headings '县环保局。负责…',
run-in '（牵头单位：…；责任单位：…）', key-value lines '责任单位：…' / '牵头责任单位：…',
flattened task-table rows '牵头领导：… 责任部门：…') and, where the store shows them, dated
phases.  Found as stored public web pages with the `search` tool's `pages` corpus (log in
notes_queries.txt).  None of the source pages is a source of any label file or used-source list
checked (see README).  HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after the visible
  part was invented.  Site boilerplate (navigation, posting lines, 导语, collection blurbs,
  sample numbers, download panels) was dropped.
- Heading, title, item and unit lines keep the source's numbering and wording; full-width
  punctuation （）：，；“” was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates, figures, unit and
  place names, document numbers, slogans and the source's masking are kept.  Personal names
  were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH50_DOCS = [
    dict(
        name="fresh50_01_county_straw_burning_scheme",
        source="https://wnwk.com/doc/806656.html",
        doc_kind="scheme", partial=True,
        notes=["A county's straw-burning ban scheme (政府秸秆禁烧工作实施方案) on a document-sharing site. The store ran "
               "the whole page into one block with the site's page markers; it was split at the heading and unit "
               "boundaries. The first page marker '第1页共4页' stands on its own line before the title; two more are "
               "kept glued inside words where the store has them ('县农作第2页共4页物秸秆…', '对发第3页共4页生重大…'). "
               "The conversion's word substitutions in body text (开展 for 发展, 平安 for 安全, 原那么) belong to the "
               "source; bodies were rewritten.",
               "三、组织领导及职责分工 is followed by one run-in line per member unit, '县环保局。负责…'; the unit name "
               "before the first 。 is labelled as an unnumbered level-2 heading (responsibilities). The last one is "
               "cut by the store ('县广电局。负责对全县农作').",
               "二、目标任务 states the ban period 'xx年5月底到9月底' for the whole county: an overall period, labelled "
               "as an optional phase. No dated step section is visible.",
               "Units: the member units with duties and 县禁烧办; the leading group's name is split by a page marker in "
               "the text and is not listed."],
        units=["县禁烧办", "县环保局", "县交通局", "公路局", "县农委", "县农机局", "县监察局", "县广电局"],
        extra_phases=[
            dict(name="秸秆禁烧", start_text="xx年5月底", end_text="9月底", at="xx年5月底到9月底", optional=True),
        ],
        text="""\
第1页共4页
@T | 政府秸秆禁烧工作实施方案
为抓好全县农作物秸秆禁烧、改善环境质量，依照中华人民共和国大气污染防治法和国家环保总局等六部（局）秸秆禁烧综合利用管理方法（环发（xx）98号），订立本方案。
@H1 sec=guidance | 一、指导思想
以xx重要思想和科学开展观为指导，以保护大气环境、保障群众健康和交通平安为目标，坚持“以疏为主、疏导结合”，严禁焚烧秸秆，推进综合利用，促进环境改善和农业可持续开展。
@H1 sec=goals | 二、目标任务
xx年5月底到9月底全县禁止焚烧秸秆，重点禁烧区域为辖区国道、省道、县道公路干线两侧各1公里范围。
@H1 sec=responsibilities | 三、组织领导及职责分工
为加强领导，县政府成立县农作第2页共4页物秸秆禁烧工作领导小组（名单附后），下设办公室（以下简称县禁烧办）。各组成单位及其职责如下：
@H2 | 县环保局。统一监督全县禁烧工作并承担县禁烧办日常事务；开展现场执法检查，发现焚烧即责令停止，对直接责任人进行教育，并依照大气污染防治法给予处分。
@H2 | 县交通局、公路局。负责巡查国道、省道、县道两侧的焚烧情况，对在公路两侧焚烧、影响交通平安的依法查处。
@H2 | 县农委。督导全县秸秆综合利用，宣传推广宽行覆盖、堆沤还田等技术并做好指导。
@H2 | 县农机局。对收割机手开展宣传教育和培训，督促他们收割时尽量压低麦茬。
@H2 | 县监察局。对禁烧工作进行行政监督，对发第3页共4页生重大责任事故的有关人员追究行政责任。
@H2 | 县广电局。负责对全县农作
""",
    ),
    dict(
        name="fresh50_02_district_health_bureau_doctors_day_activity",
        source="http://m.veryok.net/fangan/57462_5.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Page 5 of a paginated page: a district health bureau's plan for the fifth 中国医师节 (2022). The page "
               "title is kept as the title line (the posting line was dropped); the text then starts inside the "
               "activity list, in the middle of item （一） (its heading is on the previous page).",
               "Each activity shows key-value lines '主题：…', '责任股室：…；配合股室：…；参与单位：…' and '形式：…'; they "
               "are body (key-value lines of an item), not label headings.",
               "（二） and （三） are the activities of a 四、活动内容 section that is not visible: level 2 with level 1 "
               "accepted; kind goals (measures accepted). 五、责任分工 is the only level-1 heading shown "
               "(responsibilities). The page ends inside that section ('…完成任务。局').",
               "No dated phase is visible. Units: the 责任股室, 配合股室 and 参与单位 named, as written (the source's "
               "'局政医管股' typo for 医政医管股 is kept), and 区中医院, which is given a programme to stage; the "
               "district and city leaders invited to attend are not units."],
        units=["局政医管股", "局人事股", "财务股", "科教股", "局属各单位", "区中医院", "区疾控中心", "局科教股",
               "局医政医管股", "局药具管理服务中心", "市第三人民医院", "中心城区4个街道社区卫生服务中心"],
        text="""\
@T | 2022年第五届中国医师节活动方案
主题：在全区评选“优秀医生”并颁奖表彰，激励医师爱岗敬业、奋发向上，弘扬医卫职业精神，增强从医的自豪感、使命感和责任感。
责任股室：局政医管股；配合股室：局人事股、财务股、科教股；参与单位：局属各单位。
形式：办一场颁奖典礼，穿插医务人员自编自演的才艺节目，区中医院安排一个“中医名医拜师”节目；全程由电视平台录制播出，并邀请区委、区人大、区政府、区政协和市卫计委领导到场。
@H2 sec=goals alt=measures lvlalt=1 | （二）健康宣讲进基层
主题：围绕《中国公民健康素养66条》，用群众喜闻乐见的方式宣讲易懂易记、学得会用得上的健康知识，倡导健康理念和健康行动。
责任股室：科教股、区疾控中心；参与单位：局属各单位。
形式：结合义诊、文艺表演和有奖问答，向当地群众普及健康小常识。
@H2 sec=goals alt=measures lvlalt=1 | （三）户外主题宣传
在海洋城办一次“__区_届医师节”主题宣传，让社会各界了解医师节，营造尊医重医的氛围。
责任股室：局科教股；参与单位：局医政医管股、局药具管理服务中心、市第三人民医院、中心城区4个街道社区卫生服务中心。
形式：主题展示牌、展板、海报、现场义诊、资料和药具发放，以及市第三人民医院“120”急救中心现场急救演练。
@H1 sec=responsibilities | 五、责任分工
局属各单位在完成本方案宣传任务、组织本单位主题活动的同时，要积极参加全区活动，确保全区_届“中国医师节”主题宣传顺利开展。
局里各相关股室和局属各单位各司其职、完成任务。局
""",
    ),
    dict(
        name="fresh50_03_city_patriotic_health_campaign_scheme",
        source="https://wenku.baigecn.com/detail/5cccde622b7aeda5a1042eb20935dcd4.html",
        doc_kind="scheme", partial=True,
        notes=["A county-level city's scheme for a year of upgraded patriotic-health work (市爱国卫生运动提质年实施方案; "
               "its towns are '各镇（区）'). The site elides the opening: its line '……（开头部分已省略924字）' is kept as "
               "site debris, never labelled.",
               "The visible part is two task areas '2.宣传动员，提升卫生健康意识。一是…' and '3.全民参与，筑牢社会健康基石。"
               "一是…', each run in with its body and closed by a run-in unit clause '（牵头单位：市爱卫办；配合单位：市爱卫会各"
               "成员单位；责任单位：各镇（区）；完成时限：2024年12月）'. They are level 1 because they are the top level "
               "shown (level 2 accepted: their parent, probably a 重点任务 section, is elided); kind goals (measures "
               "accepted).",
               "'完成时限：2024年12月' is a deadline, not a phase. The page ends inside the second unit clause "
               "('责任单位：各镇（')."],
        units=["市爱卫办", "市爱卫会各成员单位", "各镇（区）"],
        text="""\
@T | 市爱国卫生运动提质年实施方案
……（开头部分已省略924字）
@H1 sec=goals alt=measures lvlalt=2 | 2.宣传动员，提升卫生健康意识。一是借助各类媒体，尤其是互联网、移动客户端，以及健康教育宣传栏、LED屏、横幅标语，多层次宣传爱国卫生运动的意义、进展和举措，做好正面宣传和典型报道；二是借“爱国卫生月”“世界无烟日”和夏秋季“清洁家园、防蚊灭蚊”爱国卫生百日专项行动等主题活动，宣传爱国卫生在“清脏治乱”、除“四害”、倡导健康生活方式等方面的作用，增强群众健康意识。（牵头单位：市爱卫办；配合单位：市爱卫会各成员单位；责任单位：各镇（区）；完成时限：2024年12月）
@H1 sec=goals alt=measures lvlalt=2 | 3.全民参与，筑牢社会健康基石。一是推进健康细胞建设，发动社区、机关、企业、学校和家庭参与，创建一批健康示范单位；二是引导群众勤洗手、不乱扔垃圾、不乱吐槟榔汁，戒烟限酒、适量运动、合理膳食，并以“小手拉大手”带动家庭；三是开展“卫生家庭”“美丽庭院”等评选，带动家家户户清理房前屋后，用“健康小家”筑牢“健康大家”。（牵头单位：市爱卫办；配合单位：市爱卫会各成员单位；责任单位：各镇（
""",
    ),
    dict(
        name="fresh50_04_township_food_safety_work_scheme",
        source="https://m.bdocx.com/doc/11623267.html",
        doc_kind="scheme", partial=True,
        notes=["A township's 2015 scheme against '餐桌污染' (Fujian), on a document-sharing site. The site's file name and "
               "page title lines and a running header above the title were dropped; the document's own title is broken "
               "over two lines by the conversion ('…建设“食品放心' / '工程”工作方案'): both are title lines.",
               "The addressee '各村（场）、有关部门：' and the opening are body. 一、治理畜牧业产品污染 is a task area (goals, "
               "measures accepted); the line after it names the lead and cooperating units in one sentence "
               "('由乡三农服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。') and is body; '治理工作目标：' is a level-2 "
               "label heading (goals). The page ends inside the targets.",
               "No phase is visible; the figures are targets."],
        units=["乡三农服务中心", "乡畜牧站", "卫生院", "派出所", "工商所"],
        text="""\
@T | 2015年度治理“餐桌污染”建设“食品放心
@T | 工程”工作方案
各村（场）、有关部门：
按照乡党委、政府为民办实事项目的安排，为推动全县治理“餐桌污染”、建设“食品放心工程”深入开展，保障群众饮食安全和身体健康，依据《福建省人民政府办公厅关于印发2015年全省治理“餐桌污染”建设“食品放心工程”工作方案的通知》（**政办〔2015〕39号），制定本乡2015年度工作方案如下：
@H1 sec=goals alt=measures | 一、治理畜牧业产品污染
由乡三农服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。
@H2 | 治理工作目标：
全乡生猪定点屠宰率达100%，其中实行定点屠宰的生猪定点屠宰率95%以上；猪肉卫生指标市场抽检合格率达到98%
""",
    ),
    dict(
        name="fresh50_05_school_clean_campus_hundred_days_activity",
        source="http://m.wuyouwenku.com/fanwen/470898.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A school's (Youth League committee's) plan for a hundred-day clean-campus campaign, on a document site. "
               "The site's title '团委工作范文之清洁校园百日大行动活动方案' is kept without its category prefix "
               "'团委工作范文之'; upload metadata and the disclaimer were dropped. The body names the plan "
               "《开展“迎特奥、迎国庆”清洁家园百日大行动活动方案》 (kept in the opening, not a title).",
               "一、活动目标 (goals, guidance accepted) lists five goal statements '1、…' as items. 二、时间安排 (phases) "
               "lists dated steps as items: '1、9月24日——9月30日，组建…领导小组和工作小组…' is labelled as an optional "
               "phase (a time slot without a stage name); item 2 lists month-by-month activities (9月…10月…12月) that "
               "are not phases. The page ends inside item 2.",
               "Units: the leading group and working group the school sets up in the first step."],
        units=["学校清洁家园百日大行动活动领导小组", "工作小组"],
        extra_phases=[
            dict(name="组建学校清洁家园百日大行动活动领导小组和工作小组", start_text="9月24日", end_text="9月30日",
                 at="1、9月24日——9月30日", optional=True),
        ],
        text="""\
@T | 清洁校园百日大行动活动方案
按照我区清洁家园百日大行动的部署，我校将在全校开展这项活动，改善校园及周边环境卫生，让“创建美好和谐家园”的意识走进每个学生和家庭。结合学校实际，制定《开展“迎特奥、迎国庆”清洁家园百日大行动活动方案》。
@H1 sec=goals alt=guidance | 一、活动目标
@I2 | 1、通过活动的实施，希望能显著提高我校校园及周边的环境卫生。
@I2 | 2、倡导“一个孩子带动一个家庭，一个学校影响一个社区”，为社区创设一个清洁优美的环境。
@I2 | 3、引导团员青年积极参与社会实践，培养学生讲文明、讲卫生的好习惯和社会责任感。
@I2 | 4、督促社区居民养成遵守公德、爱护环境、维护小区卫生的良好美德，在和谐的社区环境中享受健康生活。
@I2 | 5、通过宣传倡导社区居民养成良好习惯：每天不随地吐痰、不乱扔垃圾，每周打扫一次室内外卫生。
@H1 sec=phases | 二、时间安排
@I2 | 1、9月24日——9月30日，组建学校清洁家园百日大行动活动领导小组和工作小组，排摸学校及周边环境的突出问题。明确职责、时间、地点和整治标准，让活动有计划、有组织、有步骤地开展。
@I2 | 2、组织学生9月找一找身边“脏、乱、差”的行为和环境；10月种一棵树、养一盆花，美化班级和自家阳台；10月、11月大手小手齐动手清洁家园；12月开展“清洁家园”小报设计评选及评选
""",
    ),
    dict(
        name="fresh50_06_subdistrict_environment_rectification_scheme",
        source="https://gwyoo.com/article/xzgaoshou/zzfa/201605/630211.html",
        doc_kind="scheme", partial=True,
        notes=["A subdistrict's environmental rectification scheme (街道办环境综合整治方案) from a writing-sample site; the "
               "posting line and the site's 导语 were dropped. Other gwyoo.com pages are sources of earlier sets (other "
               "paths); this one is not.",
               "Sections: 一、组织领导 (responsibilities), 二、整治任务 (goals; the body ends in a dangling '…占道经营、' "
               "in the source), 三、整治范围 (other, goals accepted), 四、整治目标 (goals) with three target statements "
               "（一）…（三） as items, 五、责任分工 (responsibilities) with the units '（一）党政办' and '（二）城管中队及各社区' "
               "as level-2 headings and a task '1、重点对新港路进行整治。…' as a level-3 item.",
               "The source spells 做到 as 作到 in the targets (kept in the item lines). The name of the person in "
               "charge after '负责人：' in the last line was dropped, and the line ends where the page ends.",
               "No phase is visible."],
        units=["环境综合整治专项行动领导小组", "党政办", "城管中队", "各社区"],
        text="""\
@T | 街道办环境综合整治方案
为继续抓好环境综合整治，给居民和游客一个干净整洁、舒适优美的市容环境，街道本着“马上就办”的精神，决定开展以治理“脏、乱、差”为主要内容的城市环境大整治，力求在最短时间内见到最好效果，特制定本方案。
@H1 sec=responsibilities | 一、组织领导
为使整治取得实效，成立环境综合整治专项行动领导小组。
@H1 sec=goals | 二、整治任务
专项整治的主要任务是整洁工程、清洁工程和打违工程，涉及道路卫生、立面环境、门前三包和占道经营、
@H1 sec=other alt=goals | 三、整治范围
新港路（整洁工程）、泰华路（清洁工程）、生生国际购物中心（打违工程）。
@H1 sec=goals | 四、整治目标
通过专项整治，使市区主要道路特别是上述区域达到以下目标：
@I2 | （一）新港路必须规范门前三包管理，禁止占道经营和肩挑叫卖，店门前不得堆放椰子壳等杂物。墙面、树木、灯杆无乱贴乱挂乱写，车行道无污染无垃圾，人行道和绿化带无积存垃圾和枯枝死树。
@I2 | （二）泰华路必须作到机动车道路面无污染、无垃圾；原海联别墅区作到无卫生死角、无杂草。
@I2 | （三）生生国际购物中心围边作到无乱搭乱建现象，对泰华酒店门前搭建的废品回收站和小买部进行拆除。
@H1 sec=responsibilities | 五、责任分工
@H2 | （一）党政办
负责宣传造势，发动辖区群众、青年志愿者、网格员等社会力量参与，深入开展市容环境整治宣传。
@H2 | （二）城管中队及各社区
@I3 alt=goals | 1、重点对新港路进行整治。整治人员由城管中队组成。
""",
    ),
    dict(
        name="fresh50_07_city_community_environment_notice_scheme",
        source="https://m.010zaixian.com/gongwen/gongzuojihua/2814143.htm",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["The first sample of a collection page ('社区活动通知模板'): a city's notice (Yiwu: 稠城、江东、稠江、北苑街道) "
               "that launches and lays out an environmental rectification of the urban communities. The site's page "
               "title, posting line, blurb and the sample label '社区活动通知模板一：' were dropped; the document shows no "
               "title line (title null). Other 010zaixian.com pages are sources of earlier sets (other ids); this one "
               "is not.",
               "二、整治内容及责任分工 (goals, responsibilities accepted) has rectification areas （一）…（三） (level 2) "
               "with standards '1、…' as level-3 items; each area closes with two key-value lines '责任单位：…' and "
               "'配合单位：…' (body, never labelled). The page ends inside the first item of （三） ('1、全面拆').",
               "The addressee line and the opening (with the document number 市委办〔20**〕91号) are body. No phase "
               "is visible."],
        units=["城区各街道", "行政执法局", "共建单位", "住建局", "卫生局", "公安局", "市场监管局"],
        text="""\
稠城、江东、稠江、北苑街道，市机关各单位：
为改善社区居住环境、提升社区品位，对照争创全国文明城市提名资格城市的要求，根据市委办〔20**〕91号文件精神，决定在城区各社区开展环境综合整治，有关事项通知如下：
@H1 sec=goals | 一、工作目标
对照全国文明城市测评体系，围绕争创全国文明城市提名资格这一目标，全面整治社区环境和秩序，让社区面貌彻底改观，为创建全国文明城市打好基础。
@H1 sec=goals alt=responsibilities | 二、整治内容及责任分工
@H2 sec=goals alt=measures | （一）环境卫生整治
@I3 | 1、全面清理卫生死角和杂物堆放，彻底消灭背街小巷、老旧小区和城中村脏、乱、差现象。
@I3 | 2、公厕、垃圾房、果壳箱等环卫设施齐全、管理规范，保持整洁美观。
@I3 | 3、楼道内无积尘、积网，无乱贴乱画，无乱停乱放，保持整洁美观，并定期检查评比楼道卫生。
责任单位：城区各街道、行政执法局和共建单位
配合单位：住建局、卫生局
@H2 sec=goals alt=measures | （二）占道经营和车辆无序停放整治
@I3 | 1、坚决取缔社区内各种无证照经营摊点，设立布局合理、卫生良好、相对集中的经营区。
@I3 | 2、及时纠正门店占道经营、占道堆物、占道作业、占道违规停车行为。
@I3 | 3、严禁各种车辆在居民小区内乱停乱放，合理划设停车泊位。
责任单位：城区各街道、公安局、行政执法局和共建单位
配合单位：市场监管局、卫生局
@H2 sec=goals alt=measures | （三）“三乱”现象整治
@I3 | 1、全面拆
""",
    ),
    dict(
        name="fresh50_08_subdistrict_civilised_city_six_actions_scheme",
        source="https://360docs.net/doc/729335444.html",
        doc_kind="scheme", partial=True,
        notes=["A subdistrict's scheme for six rectification actions of the 2020 civilised-city campaign, converted "
               "from a PDF on a document site (names masked XX in the source). The title is broken over two lines "
               "by the conversion; both are title lines. The site's notice lines were dropped. Other 360docs.net "
               "pages are sources of earlier sets (other ids); this one is not.",
               "The conversion lost the numbering of the top sections: '工作目标' and '工作任务' are unnumbered level-1 "
               "headings (goals; 工作任务 with measures accepted). Under 工作任务 the task groups are run into their "
               "leader line ('（一）宣传学习教育组组长：XX', text set by hand to '（一）宣传学习教育组'), level 2 (goals, "
               "responsibilities accepted); '副组长：XX' lines are key-value body.",
               "Tasks '1.…。' are level-3 items; each is followed by a run-in unit line '（牵头站所：新时代文明实践所；责任"
               "单位：各社区）' or '（责任单位：…）' on its own line (body). The opening's garbled document references "
               "(the PDF interleaved two lines) were rewritten; their numbers X创文〔2020〕XX号 and X创建组〔2020〕XX号 are "
               "kept. The page ends inside the body of the first task of （二） ('…确保在2020年9').",
               "'2020年9' is a deadline, not a phase; no phase is visible."],
        units=["宣传学习教育组", "新时代文明实践所", "各社区", "街道创文工作小组", "综合文化服务中心", "团委", "城市建设组"],
        text="""\
@T | XX街道创建全国文明城市工作六大项整治
@T | 行动实施方案
为全面深入推进六大专项工作，依据中央文明办《全国文明城市（地级以上）测评体系操作守则（2019年版）》的最新要求、《XX市创建全国文明城市2020年六大专项工作推进方案》（X创文〔2020〕XX号）和《XX市XX区创建全国文明城市2020年六大专项工作推进方案》（X创建组〔2020〕XX号），按照区委、区政府的整体部署，结合街道实际制定本方案。
@H1 sec=goals | 工作目标
巩固2018年、2019年的创建成果，补齐街道创文的短板弱项，重点推进、巩固提升六大专项工作，助力XX市摘得全国文明城市称号。
@H1 sec=goals alt=measures | 工作任务
@H2 alt=responsibilities text=（一）宣传学习教育组 | （一）宣传学习教育组组长：XX
副组长：XX
@I3 | 1.继续抓好新时代文明实践所（站）建设，开展一系列有影响的活动。
（牵头站所：新时代文明实践所；责任单位：各社区）
@I3 | 2.以社区、公共文化设施、景区景点、窗口单位为重点，加强志愿服务示范点建设，以示范引领，推动志愿服务提质扩面。
（责任单位：街道创文工作小组、综合文化服务中心、团委、各社区）
@H2 alt=responsibilities text=（二）城市建设组 | （二）城市建设组组长：XX
副组长：XX
@I3 | 1.根据区人民政府安排，加快推进“三微工程”建设，完善城市基础设施和城市功能。
“三微工程”项目要结合创文要求推进，并确保在2020年9
""",
    ),
    dict(
        name="fresh50_09_district_young_guides_contest_activity",
        source="https://www.renrendoc.com/paper/92190362.html",
        doc_kind="activity_plan", partial=True,
        notes=["A district education system's plan for a 'young guides' contest (福州市马尾区2015年“小小讲解员”活动方案) on a "
               "document-sharing site, whose chunk markers are kept and never labelled: '1、' glued before the title "
               "(the title is given without it) and '2、' at the start of the line '2、2015年4月27日', which is the date "
               "value of task 1 of the first stage carried over by the site's chunk break.",
               "Top sections '1、 活动目的：…' (goals, guidance accepted), '2、 主办单位：…' (responsibilities), '3、 活动时间： "
               "2015年4月至11月' (phases, other accepted; an optional overall period) and '4、 活动过程：' (phases), all with "
               "a space after 1、. Under 活动过程 the stages '第一阶段：筹备工作阶段（2015年4月5月上旬）' etc. are level 2 "
               "and their tasks, numbered '1、 ' again, level-3 items with '时间：…负责人：…' run in.",
               "Stage dates are kept as damaged by the conversion (the dash is lost: '2015年4月5月上旬' = 2015年4月 to "
               "5月上旬; '2015年5月上旬9月'); in the tasks '2015年5月5日11日', '2015年6月8月'. The third stage is cut by "
               "the store ('第三阶段：比赛阶'): kept as a bare heading and as a phase without dates.",
               "A teacher's name after '负责人：' was dropped from three tasks; '负责人：各校德育负责人', '负责人：学生家长' and "
               "'负责人：教育局、船政文化管理处、阳光学院' are kept.",
               "Units: the seven organisers named under 主办单位 and the short names used in the tasks (船政处, 阳光学院)."],
        units=["福州市马尾区教育工委", "福州市马尾区教育局", "区船政文化管理处", "区委文明办", "福州阳光国际学院", "区广电局",
               "区海峡时报社", "船政处", "阳光学院"],
        title_override="福州市马尾区2015年“小小讲解员”活动方案",
        extra_phases=[
            dict(name="活动时间", start_text="2015年4月", end_text="11月", at="3、 活动时间： 2015年4月至11月", optional=True),
        ],
        text="""\
@T | 1、福州市马尾区2015年“小小讲解员”活动方案
@H1 sec=goals alt=guidance | 1、 活动目的： 借福州承办第一届全国青年运动会之机，以船政“小小讲解员”比赛为载体、降低参赛门槛，引导全区青少年儿童践行社会主义核心价值观，加入船政文化讲解队伍，传承传统文化、弘扬船政文化，为自贸区发展添加软实力。
@H1 sec=responsibilities | 2、 主办单位：福州市马尾区教育工委、福州市马尾区教育局、区船政文化管理处、区委文明办、福州阳光国际学院、区广电局、区海峡时报社
@H1 sec=phases alt=other | 3、 活动时间： 2015年4月至11月
@H1 sec=phases | 4、 活动过程：
@H2 phase=筹备工作阶段;2015年4月;5月上旬 | 第一阶段：筹备工作阶段（2015年4月5月上旬）
@I3 | 1、 召集主办单位商榷今年比赛分工、比赛地点、具体时间等方案。时间：
2、2015年4月27日
@I3 | 2、 联络高校优秀英语专业学生志愿者。时间：2015年4月21日
@I3 | 3、 教育局、高校学生志愿者、船政处每组各出一人，定出组长，拟订编纂组成员。时间：2015年5月1日前
@I3 text=4、~参与编纂小小解说词（小学中文版；中学中、英文版） | 4、 参与编纂小小解说词（小学中文版；中学中、英文版）时间：2015年5月5日11日负责人：教育局、船政文化管理处、阳光学院
@H2 phase=印刷、推广、实践阶段;2015年5月上旬;9月 | 第二阶段：印刷、推广、实践阶段（2015年5月上旬9月）
@I3 text=1、~商谈拟订印刷厂家、排版、数量、价格、做出经费预算 | 1、 商谈拟订印刷厂家、排版、数量、价格、做出经费预算时间：2015年5月15日30日
@I3 | 2、 召开预备会，各校分发小手册，告知使用要求并广泛发动学生参与。时间：2015年6月3日10日负责人：各校德育负责人
@I3 | 3、 利用暑假，引导家长带领学生参与实践，实地演练。时间：2015年6月8月负责人：学生家长
@H2 phase=比赛阶;; | 第三阶段：比赛阶
""",
    ),
    dict(
        name="fresh50_10_county_health_commission_task_breakdown",
        source="https://www.lingbi.gov.cn/public/6626531/154359391.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county health commission's breakdown of its 2021 tasks from the county government work report "
               "(灵璧县, open-government page). Breadcrumb, posting line and the trailing contact line "
               "('监督方式：…') were dropped.",
               "The tasks '1.…' to '5.…' are the document's only structure, each followed by two key-value lines "
               "'牵头责任单位：…' and '主要协作单位：…' (body). They are labelled as level-1 headings (goals, measures "
               "accepted): the task areas of a plan, quoted from the report; task 2 has no closing 。 and task 5 runs "
               "on after its first sentence (the rest rewritten and shortened).",
               "No phase is visible. Units: the lead and cooperating units, as written."],
        units=["县卫健委", "县民政局", "各乡镇人民政府", "经济开发区管委会", "县政府有关部门", "有关直属单位"],
        text="""\
@T | 县卫健委2021年政府工作报告任务分解
@H1 sec=goals alt=measures | 1.落实积极应对人口老龄化国家战略，加快发展健康、养老、育幼、家政等服务业，加强公益性、基础性服务业供给，推动生活性服务业向高品质和多样化升级。
牵头责任单位：县卫健委、县民政局
主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位
@H1 sec=goals alt=measures | 2.加强重大公共卫生安全风险源头防控，切实保障人民群众生命安全
牵头责任单位：县卫健委
主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位
@H1 sec=goals alt=measures | 3.毫不放松抓好新冠肺炎疫情常态化防控工作，完善疾病预防控制体系和平战结合的疫情防控救治体系。
牵头责任单位：县卫健委
主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位
@H1 sec=goals alt=measures | 4.创建国家卫生县城。
牵头责任单位：县卫健委
主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位
@H1 sec=goals alt=measures | 5.树立全周期健康管理理念，推广家庭医生签约服务。补上公共医疗卫生设施短板，加快县妇幼保健院、医疗废物集中处置中心、县疾控中心等项目建设；扩容优质医疗资源，支持县人民医院、中医医院创建三级综合医院，改扩建16个乡镇卫生院、158个村卫生室，提升县域医疗服务能力。
牵头责任单位：县卫健委
主要协作单位：各乡镇人民政府、经济开发区管委会，县政府有关部门、有关直属单位
""",
    ),
    dict(
        name="fresh50_11_hospital_spring_festival_cleaning_activity",
        source="https://oh100.com/a/202301/5933762.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('医院春节前卫生大扫除活动方案(精选5篇)'): a hospital's plan for a "
               "clean-up before the Spring Festival. The sample heading is kept as the title without its sample "
               "number; posting line, collection blurb and repeated collection title were dropped.",
               "Sections 一、活动背景与目标 (background, goals and guidance accepted), 二、活动时间与地点 (phases, other "
               "accepted) with key-value lines '时间：…' and '地点：…' (body; the time '农历春节前的最后一周' is an optional "
               "overall period), 三、活动内容与分工 (goals, measures and responsibilities accepted) with four run-in "
               "label headings '前期准备：…', '分工合作：…', '细节处理：…', '宣传引导：…' (level 2), 四、活动安排与流程 (phases) "
               "with one visible step '召开动员会议：在活动开始前，召开全院动员会议' (level 2; text set by hand to the "
               "label, since the body after the colon is short). The page ends there.",
               "The undated step is not a phase entry. Units: 医院后勤部门 (materials) and 各科室 (cleaning their areas)."],
        units=["医院后勤部门", "各科室"],
        extra_phases=[
            dict(name="活动时间", start_text="农历春节前的最后一周", end_text=None, at="时间：农历春节前的最后一周", optional=True),
        ],
        text="""\
@T | 医院春节前卫生大扫除活动方案
@H1 sec=background alt=goals,guidance | 一、活动背景与目标
春节寓意团圆、喜庆和新的开始，也是医院搞一次卫生大扫除的好时机。通过这次活动，提升医院卫生水平和医护人员的卫生意识，为职工和患者营造整洁舒适、温馨和谐的迎春环境。
@H1 sec=phases alt=other | 二、活动时间与地点
时间：农历春节前的最后一周
地点：医院各科室、病房、办公室、走廊及公共区域等
@H1 sec=goals alt=measures,responsibilities | 三、活动内容与分工
@H2 sec=goals alt=measures,responsibilities | 前期准备：由医院后勤部门负责备齐清洁工具、清洁剂和防护用品，并提前通知各科室负责人做好准备。
@H2 sec=goals alt=measures,responsibilities | 分工合作：各科室负责人组织本科室人员按划定区域打扫，重点清洁病房、办公室、走廊和公共卫生间，清洗地面、擦拭门窗、清理垃圾。
@H2 sec=goals alt=measures,responsibilities | 细节处理：清洁时注意死角和细节，清洗空调滤网，消毒医疗器械，确保环境卫生安全。
@H2 sec=goals alt=measures,responsibilities | 宣传引导：借医院广播和宣传栏宣传卫生知识和大扫除的意义，引导医护人员和患者养成良好卫生习惯。
@H1 sec=phases | 四、活动安排与流程
@H2 text=召开动员会议 | 召开动员会议：在活动开始前，召开全院动员会议
""",
    ),
    dict(
        name="fresh50_12_district_construction_bureau_civilised_city_scheme",
        source="https://www.xiaomilidoc.com/p-11619699.html",
        doc_kind="scheme", partial=True,
        notes=["A district construction bureau's civilised-city scheme ('现制定____年区建设局创建全国文明城市的工作实施方案') "
               "on a document-sharing site whose watermark '下载后可任意编辑' is kept where the store has it: before "
               "the site's title and glued after a page marker inside a line ('…绿化工作。第 1 页共 5 页下载后可任意编辑'). "
               "The title line is the site's title (spun wording 整顿 in the source) without its word '范文'; the "
               "title is given without the watermark.",
               "The store ran the page into one block; it was split at the boundaries the text shows. The headings "
               "'组织领导', '实施专项整治工作' and '配合做好专项整治工作' are unnumbered level-1 headings "
               "(responsibilities; goals with measures accepted; goals with responsibilities accepted); the special "
               "actions （一）…（三） are level 2.",
               "Each action is a flattened table row: a content line 'label：…' ('建筑施工场地：要求…'), then "
               "'牵头领导：…' and '责任部门：…' (or '配合领导：…' / '配合部门：…'); all are body, like table cells. The "
               "leaders' names were dropped (kept as '副局长'; in the leading-group paragraph as posts).",
               "Units: the leading group and its office, the responsible and cooperating departments, and the district "
               "departments whose work the bureau supports (区执法局, 区交通局, 区灯管办, 区消防大队, 区民政局). The page "
               "ends inside the third cooperation item. No phase is visible."],
        units=["创建全国文明城市工作领导小组", "区建设局创建办", "建工科", "安全站", "质监站", "城建科", "市政管理处", "园林局",
               "区执法局", "区园林局", "区交通局", "区灯管办", "区消防大队", "区民政局"],
        title_override="全国文明城区集中整顿方案",
        text="""\
@T | 下载后可任意编辑全国文明城区集中整顿方案
局机关各科室、各企事业单位：
为做好____年市创建全国文明城市工作，按照区委创建工作总体部署和《区____年创建全国文明城市专项整治总体方案》的要求，我局结合行业实际，重点抓小街巷、市政设施和建筑施工场地等专项整治，制定____年区建设局创建全国文明城市工作实施方案：
@H1 sec=responsibilities | 组织领导
成立创建全国文明城市工作领导小组，局党委书记、局长任组长，党委副书记任常务副组长，三位副局长任副组长，局办公室、财务科、建工科、城建科、房管科和区安全站、质监站、房管所、建筑设计室、园林局、市政管理处等单位负责人为成员。领导小组下设办公室，挂靠区建设局创建办，负责日常协调督查。
@H1 sec=goals alt=measures | 实施专项整治工作
@H2 sec=goals alt=measures | （一）建筑施工场地专项整治
建筑施工场地：督促施工企业创建文明施工场地，做到围挡封闭、净车出场、安全施工、环境整洁。
牵头领导：副局长
责任部门：建工科、安全站、质监站
@H2 sec=goals alt=measures | （二）小街巷专项整治
小街巷：整治路面坑洼和路灯照明，对无需绿化的地块进行硬化。
牵头领导：副局长
责任部门：城建科、市政管理处
@H2 sec=goals alt=measures | （三）道路绿化、行道树养护
园林绿化：修剪街道旁树木，做好新建道路绿化。第 1 页共 5 页下载后可任意编辑
牵头领导：副局长
责任部门：园林局
@H1 sec=goals alt=responsibilities | 配合做好专项整治工作
@H2 sec=goals alt=responsibilities | （一）配合区执法局做好环境卫生保洁，门前三包工作
配合领导：副局长
配合部门：区园林局
@H2 sec=goals alt=responsibilities | （二）配合区交通局、区灯管办做好户外广告专项整治
配合领导：副局长
配合部门：城建科
@H2 sec=goals alt=responsibilities | （三）配合区消防大队、区民政局做好住宅小区消防问题、
""",
    ),
]
