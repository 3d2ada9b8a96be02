# -*- coding: utf-8 -*-
"""The thirty-sixth held-out fresh set: 14 work summaries and work reports
(工作总结 / 工作汇报 / 工作报告, year-end, half-year and five-year) by writers
not used before: a hospital department (twice), a township (twice, one of
them on its villages' 村务公开), a subdistrict's community-development
office, a rural primary school, a county library, a county museum, a
township women's federation, a district federation of social organisations
(NGO), a bank sub-office, a village first secretary, a county procuratorate
and a district court (on its people's tribunal); the last two hospital /
court documents were added after the first twelve.  Focus: section headings that mostly do NOT
carry the obvious keywords (强化内部管理，构建规范化运行体系 / 获得的荣誉 /
特色亮点 / 去年工作回顾 / 基本情况), so that the filing of sections as
achievements, problems, next steps, background or other is measured.
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source of an
earlier set (checked against /work/fresh36/excluded_urls.txt).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate was dropped.
- Heading and title lines keep the source's numbering and wording; the
  store keeps NFKC text, so full-width punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened; dates,
  figures, unit names and masking are kept; personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH36_DOCS = [
    dict(
        name="fresh36_01_hospital_department_halfyear_summary",
        source="http://bbs.shfzb.com/jxfw/202506/214622.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=False,
        notes=["A hospital department's summary of the first half of 2023, addressed to the hospital's leaders; the page "
               "shows no title line (title null). The salutation '尊敬的院领导及各位同事：' is not labelled.",
               "Three achievement sections whose headings carry no keyword (一、医疗服务与质量提升 / 二、人才培养与团队建设 / "
               "三、科研与创新成果), then 四、存在的问题与改进措施 (problems; next_steps accepted, the heading names both and "
               "the body states the problems and then a rectification plan) and 五、下半年工作展望 (next_steps).",
               "The closing thanks line '最后，感谢…' is body. The page seems complete to its end (partial false), "
               "although the last word is cut ('…明') in the store; kept as the fragment shown."],
        units=[],
        text="""\
尊敬的院领导及各位同事：
转眼2023年上半年已过去。在院领导指导和全体医护人员努力下，科室完成了各项医疗任务并取得一定成绩，现将上半年工作总结如下：
@H1 sec=achievements | 一、医疗服务与质量提升
上半年科室坚持以患者为中心，优化就诊流程、缩短候诊时间，患者满意度提高；疑难病例的会诊和讨论也加强了，确保每位患者得到合适的治疗方案。
@H1 sec=achievements | 二、人才培养与团队建设
科室把内部培训和外出学习结合起来，鼓励员工参加专业培训和学术交流，并组织了多次团队活动，增强了凝聚力和协作精神。
@H1 sec=achievements | 三、科研与创新成果
科室积极申报各级科研项目，在某领域的研究中发表了几篇高水平论文，并把研究成果用于临床，推动了医疗技术进步。
@H1 sec=problems alt=next_steps | 四、存在的问题与改进措施
成绩之外问题也要正视：部分设备老化需要更新，有些服务环节仍需优化。科室将制定详细的整改计划，逐步解决这些问题。
@H1 sec=next_steps | 五、下半年工作展望
下半年继续坚持“以人为本”，提升医疗服务水平，打造高素质专业队伍，加大科研投入，争取在更多领域有所突破。
最后，感谢院领导的支持和指导，感谢每位同事的付出，让我们携手迎接更加美好的明
""",
    ),
    dict(
        name="fresh36_02_township_2022_annual_report",
        source="https://wengzun.com/zhuantifanwen/zhenxingxiangzhen/11143.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's ('*镇', masked in the source) report on its 2022 work ('现将2022年度工作具体汇报如下'), "
               "posted under the title '2023年乡镇年度工作总结'; the site's blurb ('下面是小编为大家整理的…') was dropped "
               "and the document itself shows no title line (title null). Masks '*' and '***' are kept.",
               "一、2022年度工作完成情况 (achievements) holds three level-2 headings without work-content keywords: "
               "（一）学习宣传贯彻党的二十大精神情况, （二）获得的荣誉 (achievements; other accepted: a list of honours "
               "rather than work done) and （三）特色亮点 (achievements). The three 1、2、3、 lines under （二） are "
               "statements of honours and rankings, labelled items.",
               "The store mangled the quotation marks ('两个确保“); they were restored as “…”. Month rankings "
               "('6月份、7月份…', '2022年4月') are results, not phases. The page ends inside （三） ('…不仅')."],
        units=["***农业发展有限公司"],
        text="""\
2022年以来，*镇锚定“两个确保”，围绕“九大战略”，实施“1222”工作布局，紧扣“134222”总体工作思路，落实“疫情要防住、经济要稳住、发展要安全”的要求，抓好党建统领基层治理、疫情防控、经济发展、安全生产等重点工作。现将2022年度工作具体汇报如下：
@H1 sec=achievements | 一、2022年度工作完成情况
@H2 | （一）学习宣传贯彻党的二十大精神情况
通过镇村两级干部会议、党委理论学习中心组扩大会议和“周五大学堂”等形式，组织全镇党员干部自学、集中学、通读精读党的二十大报告和《决议》。
把学习贯彻二十大精神同当前重点工作结合起来，在全镇掀起学习热潮，推动精神入脑入心、落地见效。
@H2 alt=other | （二）获得的荣誉
@I3 | 1、获得2021年度*省卫生乡镇，2021年度全市征兵工作先进单位，2021 年度全市信访工作“四无”乡镇，2021 年度“***县五四红旗团委”。
@I3 | 2、在经济运行考核指标中取得“6月份、7月份当月排名第一，第二季度排名第三、上半年排名第三”。
@I3 | 3、***镇消防“一队一中心”在2022年4月全市开展的第三轮“乡镇消防安全服务中心和专职消防队建设”实地督查中取得“在全县乡镇中排名第一，位列全市165个迎检乡镇中第四位”。
@H2 | （三）特色亮点
***镇的沙土地疏松肥沃、排灌方便、不易板结，适合种萝卜、州姜等作物。在镇党委政府支持下，由***农业发展有限公司牵头在生态廊道建设蔬菜产业园基地，发展沙土地和林下种植，种出的州姜、锦绣白菜、降脂油菜、长美萝卜不仅
""",
    ),
    dict(
        name="fresh36_03_subdistrict_community_office_summary",
        source="https://haowendang.cn/view-s282p0c114266.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict office's community-development office (社区发展办) summarising its year (the year masked "
               "'xxxx', the pandemic year) under the page title '2024年街道社区发展办工作总结和下半年工作计划例文'; the "
               "title line keeps the page's wording without the site's word '例文' (title_override).",
               "一、xxxx年工作总结 (achievements) then a run-in level-2 heading '（一）严防严控，全力打好新冠肺炎阻击战。一是…' "
               "with four '一是/二是/三是/四是' points inside the same paragraph (not labelled). The page ends inside "
               "（一）. Figures are masked in the source ('x个公寓xxxx余户') and kept so."],
        units=["社区发展办"],
        title_override="2024年街道社区发展办工作总结和下半年工作计划",
        text="""\
@T | 2024年街道社区发展办工作总结和下半年工作计划例文
xxxx年新冠肺炎疫情突如其来，社区发展办在街道疫情防控领导小组统一安排下入户排查、推进社区防疫；疫情受控后贯彻公园城市发展理念，推进兴隆湖产业社区、鹿溪智谷公园城市先行区建设，完成村（社区）建制调整和村（居）民小组优化调整改革，创新“三社联动”治理模式，规范安置小区管理，为疫情防控和经济社会发展“双胜利”出了力。
@H1 sec=achievements | 一、xxxx年工作总结
@H2 | （一）严防严控，全力打好新冠肺炎阻击战。一是入户排查抓防疫。第一时间到兴隆湖社区x个公寓xxxx余户和原廖皇寺x个村民小组xxxx余户住户家中排查登记、测温宣传。二是用好平台强防疫。依托天府健康通等线上平台收集报送数据，在新区率先实行小区“双色卡”管理。三是复工复产助防疫。会同街道市场监督管理所检查商铺、企业和在建工地的防疫措施。四是抽调人员稳防疫。抽调x名科室人员到隔离点位
""",
    ),
    dict(
        name="fresh36_04_rural_primary_school_term_summary",
        source="http://www.multibytes.cn/gongzuozongjie/92609.html",
        doc_kind="summary", partial=True,
        notes=["A rural primary school's summary of the first term of 2023-2024 (the town masked 'XX镇'). The site's "
               "breadcrumb, date and view counter were dropped; the page title repeats the document's title, kept once.",
               "一、强化内部管理，构建规范化运行体系 is an achievements section whose heading has no achievement keyword; its "
               "（一）（二）（三） headings have the form '干部队伍建设：夯实管理核心' (topic, colon, slogan): the whole "
               "line is the heading (the colon is followed by a short phrase, not cut).",
               "The citation '(Fullan, 2020)' in the （二） body was left out in the rewrite. The page ends inside （三）."],
        units=[],
        text="""\
@T | 2023-2024学年上学期XX镇农村小学学校工作总结
本学期，XX镇农村小学以推进素质教育为核心、以新课标落地为目标，强化内部管理，加强师资建设，深化教学改革。全校教职工出勤率98.5%，学生巩固率100%，较上学年同期提高0.3个百分点，各项任务按计划完成，现总结如下：
@H1 sec=achievements | 一、强化内部管理，构建规范化运行体系
@H2 | （一）干部队伍建设：夯实管理核心
学校实行“一把手”负总责，校领导班子开展反腐倡廉专题学习6次，形成学习纪要3份；民主测评中班子群众信任度达92%，比上学期提高3个百分点。
@H2 | （二）师资队伍建设：激活育人动能
开展职业道德专题培训4场，覆盖教职工86人，师德考核优良率95%；组织听课评课36次，与县域优质校教学交流8次，教师教学能力测评优良率由77%升至82%。
@H2 | （三）安全管理：筑牢防护底线
实行安全“全员责任制”，与86名教职工签订安全责任书；本学期排查校园及周边隐患12次，发现隐患15项，全部整改；开展安全教育24场，覆盖学生420人次，学生安全知识测
""",
    ),
    dict(
        name="fresh36_05_township_village_affairs_openness_summary",
        source="https://qqawq.com/zongjie/gongzuozongjie/5857.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('村务公开工作总结'): a township's (高庄乡, 安阳市) report on its "
               "treatment of 'difficult villages' and village-affairs openness ('现将我乡工作汇报如下'). The collection's "
               "blurb and the sample number ('村务公开工作总结1') were dropped; the collection title is kept as the title line.",
               "In the store the heading 一、 runs straight into its body after a space ('…着力夯实村级组织建设 村级班子软弱…'); "
               "kept so, text set by hand. The page's paywall line ('……此处隐藏18632个字……') follows, with an HTML remnant "
               "'p>'; kept on its own line as debris, never labelled. After it the page resumes at 五、 (二、 to 四、 hidden).",
               "Both visible sections are achievements (work done, told as '大力实施…' / '点面结合…' slogans). The opening "
               "figures ('面积58平方公里，辖27个行政村') and '20xx年3月份以来' are body, not phases."],
        units=["高庄乡党委、政府"],
        text="""\
@T | 村务公开工作总结
高庄乡位于安阳市区东南部，面积58平方公里，辖27个行政村，人口5.2万，耕地6.5万亩。20xx年3月份以来，高庄乡党委、政府把“难点村”治理作为推进基层民主政治建设和新农村建设的重要工作，实施“领头雁工程、制度工程、造血工程”等“三大工程”，全面推进“难点村”治理。目前两个“难点村”均已提升为二类村，矛盾减少，干群关系改善，群众满意度逐年提高。现将我乡工作汇报如下：
@H1 sec=achievements text=一、大力实施“领头雁工程”，着力夯实村级组织建设 | 一、大力实施“领头雁工程”，着力夯实村级组织建设 村级班子软弱、战斗力不强是“难点村”的突出问题，治理的关键是治好班子、整好队伍，尤其是“一把手”队伍；我乡按照“政治素质好、领富能力强、协调本领高”的要求，坚
……此处隐藏18632个字……p>
@H1 sec=achievements | 五、点面结合，注重特色，创造性地开展村务公开和民主管理工作
主要是规范一项工作、推广两个试点。规范一项工作，就是实行统一招投标制度，规定凡村一级的基建项目和大额办公用品采购
""",
    ),
    dict(
        name="fresh36_06_county_library_annual_summary",
        source="https://www.xiaomilidoc.com/p-7354595.html",
        doc_kind="summary", partial=True,
        notes=["A county library's 2014 summary (under a culture, radio, press and publication bureau, '文广新局'; the title "
               "keeps the source's 'XX年'). The document-sharing page ran everything into one paragraph; it was split into "
               "lines at the heading and paragraph boundaries the text shows.",
               "一、图书馆基本情况 is background (floor area, holdings, funding, staff, rooms: a description, not work done). "
               "二、开展阅读推广活动 is achievements, with a level-2 heading '1、积极广泛宣传' over two run-in level-3 "
               "headings '（1）、馆内宣传。…' / '（2）、广场宣传。…' (numbering '（1）、').",
               "'2013年元月20日对外开放' and '4月23日即“世界读书日”' are facts and event dates, not phases. The page ends "
               "inside （2） ('…我们带着事先印刷')."],
        units=[],
        text="""\
@T | XX年文广新局图书馆工作总结
2014年图书馆在局领导带领和各部门、全体职工支持下，落实工作目标责任制，做好免费开放和各项业务工作，利用馆藏资源为读者提供优质服务。现将全年工作总结如下：
@H1 sec=background | 一、图书馆基本情况
馆舍面积2300平方米，2013年元月20日对外开放；藏书10.5万册，全县人均约0.08册。2014年事业经费100多万元，其中免费开放经费20万元、购书经费15万元，年购图书近6000余册、订报刊240余种，共享工程运行经费10万元。
在职7人，临时聘用10人，全天开放、全年无休；设外借处、少儿借阅室、报刊阅览室、电子阅览室、残障人士阅览室、多功能活动室和自修室，有计算机70余台、服务器5台，建成xx县图书馆网站。2013年通过全国公共图书馆第五次评估定级，获国家县级“一级图书馆”称号。
@H1 sec=achievements | 二、开展阅读推广活动
@H2 | 1、积极广泛宣传
@H3 | （1）、馆内宣传。在走廊设一块6米长、4.5米宽的宣传栏，不定期推荐新书、介绍节日民俗，张贴“大湖名城悦读合肥”活动内容，宣传“十大书香家庭”“十大读书之星”评选和“中华美文诵读”等活动。
@H3 | （2）、广场宣传。今年的4月23日即“世界读书日”，也是合肥“大湖名城悦读合肥”全民阅读活动启动之日，我们带着事先印刷
""",
    ),
    dict(
        name="fresh36_07_township_womens_federation_annual_summary",
        source="https://m.taowenge.com/p-78890494.html",
        doc_kind="summary", partial=True,
        notes=["A township women's federation's 2023 summary from a document-sharing page. The site's sharing sentence "
               "('《…docx》由会员分享…') was dropped; its chunk markers are kept: '1、' before the title (title line 1, "
               "title_override without the marker; the store repeats the title, kept once) and '2、' starting a line in "
               "the middle of a sentence ('…放在' / '2、首位，…'), never labelled.",
               "Both sections are achievements with slogan-like headings (一、加强学习教育，不断提高妇女自身素养 / 二、切实"
               "维护妇女合法权益，积极关注儿童身心进展); the '一是/二是' points are inside the paragraphs (not labelled). The "
               "page's conversion substitutions (素养 for 素质, 进展 for 发展, 争论 for 讨论, 询问 for 咨询) are kept in "
               "headings. '3月份' is an event month, not a phase. The page ends inside 二、 ('…为积极')."],
        units=["镇妇联"],
        title_override="乡镇2023年度妇联工作总结",
        text="""\
@T | 1、乡镇2023年度妇联工作总结
我镇妇联在市妇联和镇党委领导下，以维护妇女合法权益、提高妇女整体素养为主线，按年初提出的思路，结合本镇妇女工作实际，主要开展了以下几方面工作。
@H1 sec=achievements | 一、加强学习教育，不断提高妇女自身素养
一年来镇妇联抓住有利时机、创新工作载体，开展了一系列强素养、树形象、做奉献的宣传教育活动。一是加强政治理论学习教育。我们一直把提高妇女政治素养的教育放在
2、首位：3月份组织妇女学习讨论新婚姻法、反家暴法等，并借“三.八”节用宣传栏、横幅宣传反家暴法、男女平等基本国策和党的路线方针政策。
@H1 sec=achievements | 二、切实维护妇女合法权益，积极关注儿童身心进展
一年来在发挥桥梁纽带作用的同时积极开展维权工作。一是作好妇女维权咨询活动，3月份开展维权咨询并发放反家暴法书籍29本，营造良好舆论氛围。二是完善和发挥妇联信访窗口作用，保持家庭和社会稳定，为积极
""",
    ),
    dict(
        name="fresh36_08_district_ngo_federation_2021_summary",
        source="http://121.8.226.92/pub/GSContent/gdgzhz2204251309003_p1fa0303235_p1fb0459922_0",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district federation of social organisations (海珠社联, 广州市海珠区) summarising 2021, as filed in the "
               "annual-report form of the district's social-organisation disclosure platform. The platform header "
               "('2021xxstnb 广州市海珠区社会组织信息公示平台'), the form's hint ('温馨提示…') and the form's own headings "
               "('四、业务活动情况', '（一）本年度业务活动总体情况和下年度工作计划') were dropped: the document starts at its "
               "own title '2021年工作总结及2022年工作计划'. The form field ran the whole text into one paragraph; it was "
               "split at the headings.",
               "一、去年工作回顾 (achievements) holds three '1.' headings (slogan-like, no keyword); '3.搭建宣传平台' stands "
               "alone. Dates ('2021年12月25日', '2021年7月开始', '截至2022年2月21日') are events and cut-off dates, not phases. "
               "The page ends inside 3. ('…发挥区社会组织的重要作')."],
        units=["海珠社联"],
        text="""\
@T | 2021年工作总结及2022年工作计划
@H1 sec=achievements | 一、去年工作回顾
@H2 | 1.坚持党建引领，确保正确发展方向
本年度党课学习以组织支部成员参加区、市社会组织党委举办的线上学习班为主，共8次；另通过主题党日实地走访永庆坊、中共三大会址等地学习党史。2021年12月25日，海珠社联举办“党建引领 践行责任”社会组织党建及公益讲座，培训党员50人次。
@H2 | 2.完善社联架构，积极联系会员
2021年7月起推动走访常态化，截至2022年1月走访社会组织53家，收集需求并付诸实践；截至2021年12月新增单位会员19家，其中2家申请担任副会长、1家申请担任理事。
@H2 | 3.搭建宣传平台
打造线上线下宣传阵地展示区社会组织风采：截至2022年2月21日，微信公众号推送136篇，《海珠社联》简报出版7期，曝光量2万余人次。简报是对外宣传区社会组织文化的重要载体，发挥区社会组织的重要作
""",
    ),
    dict(
        name="fresh36_09_county_procuratorate_work_report",
        source="http://www.ahlaian.jcy.gov.cn/jwgk/gzbg/202204/t20220425_3642654.shtml",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county procuratorate's work report to the county people's congress (来安县人民检察院, covering five years). "
               "The breadcrumb, the page heading '2021年来安县人民检察院工作报告' and the posting line were dropped. Title "
               "lines: the title, a '——' subtitle that the page breaks over two lines and whose figures are damaged in the "
               "source ('2021年1228日', '第十八' / '人民代表大会第次会议上', kept as shown), and the byline without the "
               "procurator-general's name. title is the first line.",
               "'过去年工作回顾' (damaged in the source for 过去五年工作回顾) is an unnumbered level-1 heading (achievements); "
               "'一、聚焦中心服务大局，以强有力的检察担当助力全面小康' is level 2 under it (level 1 accepted, the unnumbered "
               "heading may be read as a part title), and the line-initial '一是全力融入疫情防控。…' is a run-in level-3 "
               "heading (level 2 accepted). All achievements: the 一、 heading carries no keyword.",
               "The salutation '各位代表：' is not labelled. The page ends inside 一是 ('…等任务，')."],
        units=[],
        title_override="来安县人民检察院工作报告",
        text="""\
@T | 来安县人民检察院工作报告
@T | ——2021年1228日在来安县第十八
@T | 人民代表大会第次会议上
@T | 县人民检察院检察长
各位代表：
现在我代表县人民检察院向大会报告工作，请予审议，并请县政协委员和其他列席同志提出意见。
@H1 sec=achievements | 过去年工作回顾
过去五年，来安县人民检察院在县委和上级检察机关领导下，在县人大及其常委会监督和县政府、县政协及社会各界支持下，落实省、市、县委决策部署，各项检察工作有了新发展、新成效。
五年来我院共办结审查逮捕案件528件827人、审查起诉案件1508件2133人，民事、行政检察监督案件398件，公益诉讼案件153件；获安徽省文明单位等称号，12个集体和28名干警受到省市级以上表彰。
@H2 lvlalt=1 | 一、聚焦中心服务大局，以强有力的检察担当助力全面小康
五年来我们坚持落实重大决策部署，努力提供更多更好的检察产品，服务来安经济社会高质量发展。
@H3 lvlalt=2 | 一是全力融入疫情防控。按县委统一部署，组织全院干警下沉基层一线，承担防疫排查、防控值守等任务，
""",
    ),
    dict(
        name="fresh36_10_bank_suboffice_annual_summary",
        source="https://www.1mishu.com/haowen/87400.html",
        doc_kind="summary", partial=True,
        notes=["The first sample of a collection page ('银行网点工作总结'): a bank sub-branch's sub-office (支行分理处) "
               "on its year. The breadcrumb, the collection heading and the sample number ('…范文第1篇') were dropped; "
               "the collection title is kept as the title line.",
               "一、做好日常的服务结算工作 (achievements; the heading reads like a task, '做好…', but the section reports work "
               "done) holds eight numbered lines 1、–8、 that are statements of work done: items, level 2 "
               "(achievements).",
               "The site's advertisement line '[找材料到文秘站 -网上服务最好的文秘资料站点]' inside the list is kept as "
               "debris, never labelled. The page's damaged figures are kept in the items: '取2款1。5亿' (a stray '2' "
               "inside 取款, '1。5' for 1.5) and '5。1节'; masks '__', '__*' kept. Holiday and month references "
               "(春节, '11月', '12月底') are events, not phases. The page ends inside item 8 ('…纠错工')."],
        units=["分理处", "公司业务部"],
        text="""\
@T | 银行网点工作总结
@H1 sec=achievements | 一、做好日常的服务结算工作
分理处是支行的大型综合网点，既是对外服务窗口，又是全行的业务处理中心；我们认为最要紧的是做好日常业务处理，对外做好服务，对内做好结算。
@I2 | 1、节前节后现金投放与回笼量大：春节前为满足客户取现需要从人民银行取2款1。5亿，节后又向人民银行回笼现金6500万。
@I2 | 2、每年两次的学校收费，在人员和业务上全力配合，收回的现金及时清点入库、开出行政事业收费发票交回学校，款项及时划入财政。
@I2 text=3、做好春节及5。1节期间业务员、管库员和网点的安全保卫 | 3、做好春节及5。1节期间业务员、管库员和网点的安全保卫，节前通知各网点把好入库钱钞的质量，加快回笼资金入库、减少库存。
[找材料到文秘站 -网上服务最好的文秘资料站点]
@I2 | 4、承担__*大型演唱会门票出售收款，安排好各项工作，保证期间资金和人员安全。
@I2 | 5、上半年协调三个部门安装网上银行并培训企业；下半年在行长室关心下由分理处与公司业务部负责电子银行的安装服务和业务落地处理，一年来没有发生重复、错划或漏划。
@I2 | 6、做好NOVA1.2、1.3、1.4版本的前期测试及投产工作。
@I2 | 7、配合__支行做好__公司售房款的接款及清点工作。
@I2 | 8、做好本外币账户清理和结转，11月完成账务上收，12月底与外管局完成信息核对与纠错工
""",
    ),
    dict(
        name="fresh36_11_county_museum_annual_summary",
        source="https://ee001.com/gongzuozongjie/369564.html",
        doc_kind="summary", partial=True,
        notes=["The first sample of a collection page: a county museum's (公安县) summary of the year after the 18th "
               "party congress ('20xx年'). The sample heading '博物馆的工作总结 篇1' is kept as the title without its "
               "sample number.",
               "The numbering is inverted: '（一）20xx年重点中心工作' is the level-1 heading (achievements) and the "
               "'一、' headings sit under it at level 2. Both '一、' headings are glued to their bodies without punctuation "
               "in the source ('一、党风廉政建设年初，我们签订了…', '二、文明县城创建为配合好我县…'); kept so, texts set by "
               "hand ('一、党风廉政建设', '二、文明县城创建').",
               "'年初' and the '中国文化遗产日' are not phases. The page ends inside 二、 ('…落实文')."],
        units=["博物馆党支部"],
        text="""\
@T | 博物馆的工作总结
20xx年是贯彻落实十八大精神的开局之年，也是“十二五”规划承前启后的关键一年。我们以服务社会为宗旨，发挥“收藏、展示、研究、交流、教育”功能，提升博物馆综合管理水平，完成了年初签订的责任目标和上级交办的任务，文物工作上了新台阶。
@H1 sec=achievements | （一）20xx年重点中心工作
@H2 text=一、党风廉政建设 | 一、党风廉政建设年初，我们签订了公安县文化系统20xx年度党风廉政建设目标管理责任书。博物馆党支部成立党风廉政建设领导小组，定期组织班子、党员和职工学习廉政准则、中央八项规定及省委市委的实施细则，并撰写心得体会。
按县委部署开展党风廉政建设宣传教育月活动，签订“学习贯彻十八大，争创发展新业绩”活动专题承诺书，召开年度党员干部民主生活会，干群之间交流思想、互提意见。
@H2 text=二、文明县城创建 | 二、文明县城创建为配合好我县“四城同创”，我们对照公安县创建省级文明县城的责任分解标准制定了实施方案，开展“中国文化遗产日”宣传教育活动，普及文物保护知识；业务上完善文物遗产保护管理和定期维护制度，在措施上落实文
""",
    ),
    dict(
        name="fresh36_12_village_first_secretary_halfyear_summary",
        source="http://wljyyjy.com/GongZuoZongJie/786440.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a village party organisation's first secretary (郑店村, 浒湾乡, "
               "新县), sent by the city's rural-affairs office, summarising his first half year in the village ('现将半年来"
               "的工作总结报告如下'). The sample heading '驻村第一书记工作总结1' is kept as the title without its number.",
               "Only one section is visible: '一、深入调研，制定发展规划' (achievements: research done and a plan drawn up; "
               "goals is not right because the section reports what was done). The '一是勤于学习…/二是…/三是…' points are "
               "inside the paragraph (not labelled). The plan's '三年内' targets are goals inside a body line, not phases.",
               "The source's '两过多月' (for 两个多月) is kept. The page ends inside the targets ('…发展一个产业、')."],
        units=[],
        text="""\
@T | 驻村第一书记工作总结
按市委组织部统一安排，今年4月份我被市委农办（扶贫办）选派到新县浒湾乡郑店村任村党组织第一书记。任职以来，在各级组织部、派出单位和乡党委政府领导下，我与郑店村干群一道，从“双薄弱”村整治入手，抓班子、带队伍、兴产业、促发展。现将半年来的工作总结报告如下：
@H1 sec=achievements | 一、深入调研，制定发展规划
初到村里人地生疏，虽有几年驻村帮扶经历，我仍决定从村情和群众所需出发、一切从头开始，做到“三勤”：一是勤于学习，增进沟通，向实践、群众和身边同志学习；二是勤于调研，熟悉村情，深入田间地头和农户，形成有针对性的调研报告；三是勤于锻炼，积累经验，主动参与林权制度改革、新型农村养老保险等中心工作。
经过两过多月的调研和归纳，我与乡党委、政府和村“两委”一起制定了郑店村三年发展规划，请县建设局做了总体设计，提出三年内“修通一条路、开发一块田、整修一条河、扮靓一片庄、发展一个产业、
""",
    ),
    dict(
        name="fresh36_13_hospital_department_halfyear_summary_and_plan",
        source="http://www.szpxe.com/jxfw/202504/89997.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=False,
        notes=["A hospital department's half-year summary with its plan for the second half ('科室半年工作总结与计划'); "
               "the page shows the whole sample. Added after the first twelve for its problems and next-steps sections "
               "(the other hospital department, fresh36_01, is a different page and department).",
               "一、上半年工作回顾 (achievements) and 三、下半年工作计划 (next_steps) each hold three short '1. ' headings "
               "(with a space after the dot), level 2, inheriting their parent's kind; 二、存在的问题与挑战 is problems.",
               "The closing '总之，…' line is body."],
        units=[],
        text="""\
@T | 科室半年工作总结与计划
半年过去，科室在医院领导下围绕既定目标积极进取，努力完成各项任务。现将上半年工作总结如下，并对下半年工作作出规划。
@H1 sec=achievements | 一、上半年工作回顾
@H2 | 1. 团队建设
定期组织学习交流，提升成员专业技能和服务意识；特别关注年轻员工成长，为他们提供更多培训和发展机会。
@H2 | 2. 服务质量提升
针对患者反馈的问题全面梳理改进，从服务流程到诊疗效率逐一优化，得到患者广泛好评。
@H2 | 3. 科研成果
多个科研项目顺利推进，发表了几篇高质量学术论文。
@H1 sec=problems | 二、存在的问题与挑战
部分设备老化需要更新，部分岗位人员不足影响效率，这些都要在今后工作中逐步解决。
@H1 sec=next_steps | 三、下半年工作计划
@H2 | 1. 强化技术创新
继续加大投入，引进先进医疗设备和技术，提升科室整体技术水平。
@H2 | 2. 深化人才培养
制定更完善的培训计划，鼓励员工参加专业培训和研讨会。
@H2 | 3. 加强沟通协作
加强与其他科室的沟通合作，共同提升医院整体服务水平。
总之，上半年的成绩让我们有信心，也提醒我们保持清醒；相信全体成员共同努力，一定能克服困难、再创佳绩！
""",
    ),
    dict(
        name="fresh36_14_district_court_tribunal_report",
        source="https://xiexiebang.com/a5/2019051319/2b680980db9d52bb.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A district court's (临翔区人民法院, 临沧市) report on its 博尚 people's tribunal ('现将我院博尚人民法庭工作情况"
               "报告如下'), the first sample of a collection page: the sample marker '第一篇：' and the source line "
               "('来源：华龙网作者：') were dropped; the title is kept once (the page repeats it).",
               "Only 一、基本情况 is visible: background (the district's and the tribunal's figures, a description, not work "
               "done). Years in it (2001, 2004, 2007, 1953, 1999) are facts, not phases. The page ends inside the second "
               "paragraph ('…审判人员增')."],
        units=[],
        text="""\
@T | 博尚人民法庭工作情况调研
人民法庭是基层人民法院的重要组成部分，是法院联系群众的纽带：就地办案、巡回审判、方便群众诉讼，办理了大量案件，也推动了人民调解和法制宣传。加强人民法庭工作是服务“三农”、维护农村稳定的前提，也是当前和今后一个时期法院要抓好的重要任务。现将我院博尚人民法庭工作情况报告如下：
@H1 sec=background | 一、基本情况
临翔区是临沧市的政治、文化中心，辖7乡1镇2个街道、93个村民委员会、9个社区居民委员会，面积2652平方公里，山区占98.4%；总人口30.36万人，有傣、彝、拉祜等23个少数民族，少数民族人口占18%。2001年被列为全国扶贫开发工作重点县（区），2004年被列为全省加快县域经济发展试点县（区）；2007年全区生产总值20.1亿元，财政收入18169万元，城镇居民人均可支配收入9691元，农民人均纯收入2066元。
博尚法庭位于博尚镇，成立于1953年，管辖博尚、圈内、平村3个乡镇的一审民事案件，并指导辖区基层调解组织；辖区面积993.32平方公里，人口7.5万人，年均受理案件120余件。1999年以前法庭只有一名审判员和一名书记员，为方便群众诉讼，1999年起法庭审判人员增
""",
    ),
]
