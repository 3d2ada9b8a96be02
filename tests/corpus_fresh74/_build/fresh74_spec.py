# -*- coding: utf-8 -*-
"""The seventy-fourth held-out fresh set: WORK SUMMARIES (工作总结, 年终 /
年度 / 学期 / 半年 总结) whose headings are unnumbered, run into their text
or numbered at one level only: bare label headings (亮点 / 不足 / 未来方向,
xxxx年工作回顾, 摘要：), headings glued to their body without punctuation,
run-in sentence headings ending in 。 (全面开展抗冰救灾工作。…), label：body
headings (（一）全镇概况：…), "- 标签：…" bullet headings, and 一、 as the only
level.  Writers: two kindergartens, a town (its co-building with weak villages),
a community-building section, a town government, a town community health
service centre, a county's civil-affairs work, a village, a rural primary
school and a company salesperson.  Three documents reach 存在问题 / 不足 and
下一步 / 未来方向 / 改进措施 in their visible text (fresh74_01, 02, 03).
Found as stored public web pages with the `search` tool's `pages` corpus
(query log in notes_queries.txt).  None of the source pages is a source of
the label files or used-source lists checked (see README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, blurbs, collection titles, sample numbers) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation (full-width punctuation restored from the store's NFKC text).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH74_DOCS = [
    dict(
        name="fresh74_01_kindergarten_annual_summary",
        source="http://sanwenji.com/zhichang/gongzuozongjie/75207.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A kindergarten's annual summary written in the first person by someone in charge of it. All four "
               "headings are bare unnumbered labels on their own lines: 亮点 (achievements), 不足 (problems), 未来方向 "
               "(next_steps, measures accepted) and 总结 (the closing section; other, next_steps and achievements "
               "accepted). No numbering at all.",
               "Under 未来方向 a lead-in ('…我们将采取以下措施：') is followed by three bullets '- 加强师资建设：提高教师素质、"
               "增加人员数量；' whose text after the colon is a list of tasks: labelled items (level 2, numbering '-', "
               "style none).",
               "The page ends inside the closing section ('我相信，')."],
        units=[],
        text="""\
@T | 幼儿园工作总结
过去一年，我在幼儿园工作中碰到不少挑战，也有不少机会。这里把我们园的亮点和不足，以及今后的发展方向作一个梳理。
@H1 sec=achievements | 亮点
我们园最大的亮点是师资。教职员工有爱心、耐心和责任心，专业扎实，积极参加各类培训学习，关注每个孩子的个别需要，让孩子全面均衡地成长。
我们也重视家园合作，定期开家长会、与家长交流，鼓励家长参与孩子的学习和生活，保持了良好的合作关系。
@H1 sec=problems | 不足
成绩之外，问题也不少。最主要的是设施设备不够完善：受资金和场地所限，添置不了更多更好的玩具和游戏器材，孩子课余自主活动受到影响。
另外教师人手不足，照看孩子时难免疏忽，顾不上每一个孩子，这是需要认真研究解决的问题。
@H1 sec=next_steps alt=measures | 未来方向
为了把幼儿园办得更好，我们将采取以下措施：
@I2 num=- | - 加强师资建设：提高教师素质、增加人员数量；
@I2 num=- | - 改善设施条件：争取政府支持、募集社会捐赠；
@I2 num=- | - 优化管理机制：完善内部管理制度、加强与家长之间沟通交流。
相信通过这些措施，今后几年幼儿园会有更好的发展，为每个孩子提供更优质、更全面、更有特色的服务。
@H1 sec=other alt=next_steps,achievements | 总结
回望这一年，困难和挑战中我收获很多。已有的成绩要巩固完善，存在的不足要及时反思改进。我相信，
""",
    ),
    dict(
        name="fresh74_02_town_weak_village_cobuilding_summary",
        source="https://m.07608.cn/qingkuangbaogao/123472.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town's summary of the co-building between the town government's party branch and the party branch of a "
               "'soft and lax' village (村名 left blank in the source: '软弱涣散村村、村党支部', kept).",
               "One level of numbering only: 一、工作开展情况 (achievements), 二、当前工作存在问题 (problems), 三、下一步工作打算 "
               "(next_steps). Under 一、 the results paragraph opens with '活动开展以来成效明显。' and its '一是…四是…' are "
               "inside the line: not labelled. Under 二、 and 三、 the single paragraph starts with '一是…' (with '二是…' "
               "'三是…' inside it): the line-initial 一是 is labelled as an item (level 2, a statement / task), kind "
               "inherited; the inner markers are not labelled.",
               "The page ends inside the third 下一步 point ('三是开拓新的')."],
        units=["镇机关党支部", "村党支部"],
        text="""\
@T | 村软弱涣散党组织整顿工作开展情况总结
为破解软弱涣散村党组织的党建难题，镇里在镇机关党支部与软弱涣散村村、村党支部之间开展联建共建，现将有关情况总结如下：
@H1 sec=achievements | 一、工作开展情况
针对软弱涣散村的实际，制定了管用的联建共建办法，重点从凝聚村班子战斗力、加大党组织服务力度、督导重点工作落实、完善规章制度四个方面入手。
活动开展以来成效明显。一是村班子凝聚力、战斗力明显提升，召开支部委员会12次，研究议事8件，新培养后备干部3人，开展村书记承诺践诺1次、党员日常考评和民主评议党员各1次。二是服务力度明显增强，年内接待群众300余人次，代办约办事务81件，巡回服务8次。三是重点工作扎实推进，年初以来布置的10件重点任务，涉及党建、秸秆禁烧、环境保护、河道清理、脱贫攻坚、扫黑除恶等，都已有效落实。四是规章制度进一步完善，结合村情完善了“三会一课”、“两学一做”学习、村务监督、红白理事会、村规民约等10余项制度并上墙公示，村里办事更有章可循、效率更高。
@H1 sec=problems | 二、当前工作存在问题
@I2 | 一是联建共建占用了镇机关党支部较多精力，一定程度上拖慢了机关其他工作的进度和质量。二是村级党组织对机关的帮助指导依赖较多，自身缺少探索意识。
@H1 sec=next_steps | 三、下一步工作打算
@I2 | 一是继续抓好当前工作，巩固已有成果，加快软弱涣散村的转化。二是创新联建共建方法，瞄准靶心、抓住重点，对不同的软弱涣散村采取不同办法。三是开拓新的
""",
    ),
    dict(
        name="fresh74_03_kindergarten_class_safety_summary",
        source="https://kufox.com/xxtj1/51056.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A kindergarten middle class's (中班) safety-work summary, written in article form ('本文旨在…'). Title line "
               "as the page shows it, '说明' included.",
               "'摘要：' is a bare label heading on its own line (other, background accepted). Then four 一、 sections: "
               "安全工作内容概述 and 安全工作成效分析 (achievements), 存在的问题与不足 (problems), 改进措施和建议 (next_steps, "
               "measures accepted).",
               "Each section has a lead-in line ending in '：' and bullets '- 安全教育宣传：通过定期开展…' (a short title, then "
               "a sentence): labelled as level-2 headings (numbering '-', style none), each inheriting its section's "
               "kind. The page ends on the bare first bullet of 四 ('- 丰富安全教育形式：')."],
        units=[],
        text="""\
@T | 中班安全工作总结说明
@H1 sec=other alt=background | 摘要：
本文回顾和总结中班一段时间来的安全工作，梳理主要内容和成效，分析存在的问题和不足，并提出改进措施和建议，以进一步提升中班安全工作水平，保障幼儿安全健康。
@H1 sec=achievements | 一、安全工作内容概述
中班的安全工作主要抓了以下几个方面：
@H2 num=- | - 安全教育宣传：定期开展安全教育活动，教给幼儿基本的安全知识和技能，增强自我保护意识。
@H2 num=- | - 安全隐患排查：定期检查班级环境和设施设备，及时发现并消除潜在隐患。
@H2 num=- | - 应急演练组织：组织幼儿进行火灾、地震等突发事件应急演练，提高应急反应能力。
@H1 sec=achievements | 二、安全工作成效分析
经过一段时间的努力，中班安全工作取得了明显成效：
@H2 num=- | - 幼儿安全意识提升：通过宣传教育，幼儿对安全问题认识更深，自我保护意识明显增强。
@H2 num=- | - 安全事故率降低：隐患排查和应急演练深入开展，班级安全事故得到有效控制。
@H2 num=- | - 家长满意度提高：家长对班级安全工作普遍认可，对幼儿园更加信任。
@H1 sec=problems | 三、存在的问题与不足
成绩之外，仍有一些问题和不足：
@H2 num=- | - 安全教育形式单一：目前以课堂讲授为主，方式不够多样，难以吸引幼儿兴趣。
@H2 num=- | - 安全隐患排查不够细致：排查中可能还有疏漏和死角，需要加大力度。
@H2 num=- | - 应急演练效果有待提升：部分幼儿演练时紧张、不知所措，演练的针对性和实效性要加强。
@H1 sec=next_steps alt=measures | 四、改进措施和建议
针对上述问题和不足，提出以下改进措施和建议：
@H2 num=- | - 丰富安全教育形式：
""",
    ),
    dict(
        name="fresh74_04_community_building_section_review",
        source="http://bigxun.com/view/1673035319350497282",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A community-building section's (社区建设科) 2023 annual review. The store lost every full stop: sentences "
               "run on without '。', and the title ran straight into the opening sentence; the title was put on its own "
               "line, the missing full stops are kept in the bodies. The site's '文本内容:' line was dropped.",
               "Six 一、 headings, each glued to its body with no punctuation ('一、社区建设工作概述社区建设工作主要…', "
               "'三、社区卫生社区建设科加大…'); heading texts set by hand. All achievements (一、概述 also background). "
               "The opening says problems exist, but no problems section is in view; the page ends inside 六 ('我们加强')."],
        units=["社区建设科"],
        text="""\
@T | 社区建设科年度工作回顾
2023年已经过去，回顾社区建设科这一年的工作，社区建设科作为社区事务的执行机构，负责管理社区事务、为居民提供优质便利的服务，一年来取得了一定成果，但也存在一些问题
@H1 sec=achievements alt=background text=一、社区建设工作概述 | 一、社区建设工作概述社区建设工作包括文化活动、社区卫生、环境卫生、安全防范、公共设施和基础设施等方面过去一年我们注重加强社区管理，提高居民生活水平，开展了多种文化活动，也加强了社区卫生工作，保障居民健康有序地生活
@H1 sec=achievements text=二、文化活动 | 二、文化活动经过努力，各项文化活动开展得很好，举办了音乐会、书画展、文艺演出等，丰富了居民精神生活同时完善文体设施，开展篮球、足球、羽毛球等体育活动，满足居民健身需求
@H1 sec=achievements text=三、社区卫生 | 三、社区卫生社区建设科加强社区卫生管理，检查环境卫生设施的更新维护，加强保洁，夏季蚊虫多时专门开展灭蚊工作，保障居民健康的生活环境
@H1 sec=achievements text=四、环境卫生 | 四、环境卫生环保方面也做了不少工作，不只完善环卫设施，还涉及水、空气、噪声污染治理社区建设科持续调查、监测，升级环保设施，确保环境质量达标
@H1 sec=achievements text=五、安全及防范 | 五、安全及防范社区建设科把社区安全防范作为重要管理工作，严格落实各项防范措施，加强对居民的安全警示宣传，确保居民人身安全
@H1 sec=achievements text=六、公共设施及基础设施 | 六、公共设施及基础设施在公共设施和基础设施方面，社区建设科也投入了不少工作我们加强
""",
    ),
    dict(
        name="fresh74_05_town_government_yearend_summary",
        source="https://fwsir.com/Article/html/Article_20140724170155_270859.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town government's year-end summary (town name masked 'xxxx镇', year 'xxxx年'); the site's breadcrumb, "
               "posting line and the repeated page title were dropped.",
               "The first heading is an unnumbered part label 'xxxx年工作回顾' on its own line (level 1, achievements). "
               "'一年来，我们主要做好以下工作：' is a lead-in (body). The task areas are run-in headings "
               "'一、突出推进“三重”建设，助力高水平崛起。设立…' at level 2 under the part label (level 1 accepted, the "
               "part label being unnumbered), kind inherited.",
               "Annual figures and rankings in the body are results, not phases. The page ends inside 二 ('成立镇')."],
        units=["“三重”办"],
        text="""\
@T | 镇政府年终工作总结
@H1 sec=achievements | xxxx年工作回顾
过去一年，在上级和镇委领导下，全镇以科学发展观为指导，围绕市第十三次党代会提出的“加快转型升级、建设幸福东莞、实现高水平崛起”战略目标开展工作，基本完成年度任务：全年生产总值107.7亿元，工业总产值557亿元，税收22.7亿元；在全市量化考核中综合总分第11名，“三重”建设第1名。
一年来，我们主要做好以下工作：
@H2 lvlalt=1 | 一、突出推进“三重”建设，助力高水平崛起。设立“三重”办，制定了《xxxx镇统筹推进“三重”建设工作实施方案》，把36个政府投资1000万元以上、社会投资2亿元以上的项目列入计划；建立重大项目快速反应、督查落实、信息报送、考核通报等制度，跟踪服务企业，加快项目落地。引进中粮产业园、汇商电子等项目，合同利用外资1.27亿美元，实际利用外资2.39亿美元，合同利用内资15亿元，实际利用内资9亿元。
@H2 lvlalt=1 | 二、突出推进转型升级，提升环境质量。推动中成化工生产工序搬迁，扶持中远船务建设海洋工程及特种船舶基地，推动中粮、中储粮等粮油企业发展深加工。推动科技创新，新认定国家高新技术企业3家及省创新型试点企业、省工程研发中心、市企业技术中心各1家，市专利试点企业2家，市上市后备培育企业1家；两个项目获批省战略性新兴产业核心技术攻关项目，9项成果获省、市科学技术奖，32项产品通过“省高新技术产品”认定。推动节能减排，成立镇
""",
    ),
    dict(
        name="fresh74_06_health_centre_public_health_summary",
        source="https://www.haikao.com/gongzuozongjie/78829.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('【推荐】公共卫生工作总结四篇'): a town community health service centre's "
               "summary of its basic public-health services ('我中心'). The collection title, blurb and sample number "
               "('公共卫生工作总结 篇1') were dropped; the sample has no title line of its own, so title is null.",
               "Three run-in label headings '（一）全镇概况：xx镇地处…', '（二）机构与人员：…', '（三）公共卫生医疗服务现状：…' "
               "(background; achievements accepted for （三）). They are the top level in view with no parent shown: level 1, "
               "level 2 accepted.",
               "The source's blanked figures are kept as they are ('面积.平方公里', '总人中..人', '约6.%'), and the masks "
               "'xxxx年度', 'xx县', 'xx镇'. The page ends inside （三） ('个体诊所5家，全')."],
        units=["xx镇社区卫生服务中心"],
        text="""\
根据《xxxx年度xx县城乡社区（农村）公共卫生服务项目工作任务及考核标准》各《xxxx年度xx镇公共卫生服务项目工作任务及考核标准》的要求，在县卫生局、县疾控中心、县妇保院和xx镇委、镇政府支持下，我中心结合xx实际，xxxx年加强硬件建设、完善制度、加强全科医生队伍建设，开展“六位一体”社区服务，现将公共卫生服务工作总结如下：
@H1 sec=background lvlalt=2 | （一）全镇概况：xx镇地处xx县东部，位于江南平原中心，面积.平方公里，距县城灵溪.公里；全镇有.个行政村、八个居民区，总人中..人，其中男性.人、女性.人，60岁以上.人，0-7岁儿童.人，外来人口约.人，农业人口.人，约占总人口的6.%。
@H1 sec=background lvlalt=2 | （二）机构与人员：xx镇社区卫生服务中心在职职工95人，专业技术人员82人（占86.3%），大专以上学历61人；高级职称1人，中级职称13人；执业医师28人，执业助理医师6人，执业护士21人，初级卫技人员54人，全科医师6人，另有7人正在培训。
@H1 sec=background alt=achievements lvlalt=2 | （三）公共卫生医疗服务现状：全镇设有一个中心、两个站，村卫生室23家，个体诊所5家，全
""",
    ),
    dict(
        name="fresh74_07_county_civil_affairs_summary",
        source="https://www.1mishu.com/Article/shuzhibaogao/mzgzzj/201312/758109.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first of three samples on a page titled '民政工作总结3篇': a county's 2013 civil-affairs summary "
               "('我县民政工作'). The page title and the sample marker '第一篇' (glued to the opening) were dropped; no title "
               "line of its own, so title is null.",
               "'1、积极为政府分忧，城乡社会救助体系逐步完善。' stands alone as the only numbered level (level 1, achievements). "
               "Under it an unnumbered run-in sentence heading '全面开展抗冰救灾工作。今年我县灾害频发…' (level 2). Inside that "
               "paragraph the phrases '迅速筹集救灾款物。', '全力做好灾民救助。', '尽心安排好灾民基本生活。' are further run-in "
               "points in the middle of the line: not labelled.",
               "'元月12日至2月6日' is the period of the ice disaster, not a phase. The page ends mid-sentence ('无自救能力的全')."],
        units=[],
        text="""\
2013年，我县民政工作在县委、县政府领导和县人大、县政协监督下，在市民政局指导下，以党的十七大精神为指引，围绕“加速推进崛起”，落实年度各项目标，坚持“以民为本，为民服务”，努力做到“民思我想，民忧我解，民求我应，民困我帮”，传统工作有新突破，重点工作有新进展。主要体现在：
@H1 sec=achievements | 1、积极为政府分忧，城乡社会救助体系逐步完善。
@H2 | 全面开展抗冰救灾工作。今年我县灾害频发，元月12日至2月6日遭受了1954年以来罕见的低温雨雪冰冻灾害，损失惨重，民政干部职工日夜坚守救灾一线。主要抓了四个方面：迅速筹集救灾款物。及时下拨救济款716万元，以及大米163吨、棉衣3000件、棉被2700床、蜡烛2万根、牛奶100件等物资。全力做好灾民救助。紧急转移安置28500余人，设临时安置点28个，集中安置3000余人；道路不通时干部职工肩挑背扛，把“及时米”、“御寒衣”送到边远山区，并在火车站、汽车站和国道、省道沿线设救助点，给被困人员发放食品、饮水、衣被和药品。尽心安排好灾民基本生活。紧急下发《县救灾款物发放安排的通知》，规定发放范围、标准和要求；冰灾过后又对无自救能力的全
""",
    ),
    dict(
        name="fresh74_08_village_civilised_village_summary",
        source="http://lamamei.com/gongzuo/zongjei/418365.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('文明村镇创建工作总结(精选6篇)'): a village's (郭庄镇百丈村, 句容) "
               "civilised-village summary. Collection title and sample number ('文明村镇创建工作总结篇1') dropped; title null.",
               "Two opening paragraphs (village profile, honours) are body. '一.认真学习贯彻党的“__大”精神，把科学发展观贯穿到"
               "文明创建过程' (numbering '一.', masked '__大' kept) is level 1, achievements; '1.弘扬爱国主义精神，加深民族情谊。' "
               "and '2.认真抓好理想信念教育' stand alone as level 2.",
               "The page ends inside 2. ('20xx年至20xx年')."],
        units=["村党支部", "村委会"],
        text="""\
郭庄镇百丈村位于规划中的空港新区，区位优越，下辖8个自然村、17个村民小组，人口3112人。村党支部和村委会班子分别为4人和5人。全村耕地4650多亩，人均1.5亩，20xx年人均纯收入6615元，主导产业是灵芝种植和特种水产养殖。
20xx年，百丈村被评为先进党支部，20xx-20xx年获句容市文明村称号。村党支部、村委会在市委市政府领导和各部门支持下，统一思想和规划，以精神文明建设带动新农村建设全面发展，20xx年12月通过句容市新农办的新农村建设验收；先后获江苏省“计划生育先进村”、“新农村建设档案工作示范村”，镇江市“民主法治村”、“老年体育强村先进单位”，句容市“文明村”、“先进党支部”等荣誉。
@H1 sec=achievements | 一.认真学习贯彻党的“__大”精神，把科学发展观贯穿到文明创建过程
@H2 | 1.弘扬爱国主义精神，加深民族情谊。
5.12汶川大地震发生后，村党支部迅速部署，组织党员、干部、群众捐款捐物，几天内捐款12318元，个人另缴“特殊党费”2千余元，体现了“一方有难，八方支援”的传统美德。
@H2 | 2.认真抓好理想信念教育
村党支部经常组织党员干部开展共产主义理想信念教育和人生观、世界观大讨论。20xx年至20xx年
""",
    ),
    dict(
        name="fresh74_09_rural_primary_school_term_summary",
        source="https://m.docduoduo.com/p-10759135.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A rural primary school's (团结乡永远小学) summary of the second term of 2013-2014, from a document-sharing "
               "page whose conversion ran the cover page and the text together and inserted chunk markers '1、' '2、' '3、' "
               "at chunk starts. The cover (slogan, title, school, date) and the page marker '第 2 页, 共 10 页' were put "
               "on their own lines as the run shows them; the page marker stays glued to the start of the opening.",
               "Title: '20132014 学年度第二学期学校工作总结' (damaged year range and PDF spacing kept). Line 1 "
               "'1、为实现学校发展目标而努力奋斗' is a chunk marker glued to the cover slogan: body, not labelled. "
               "'2、抓好学校常规工作的同时…' (splitting '在…抓好' mid-sentence) and '3、绿化面积 3200 平方米…' (inside 一、基本情况) "
               "are chunk markers too: not labelled, although the second looks like an item.",
               "'一、基本情况我校现有教师 11 人…' is a heading glued to its body (background); '二、注重引领，强化管理' "
               "(achievements) was split from '1、学校管理工作学校管理的思路…', a level-2 heading glued to its body. Heading "
               "texts set by hand. The page ends inside 1、 ('规')."],
        units=["团结乡永远小学"],
        text="""\
1、为实现学校发展目标而努力奋斗
@T | 20132014 学年度第二学期学校工作总结
团结乡永远小学
2014 年 7 月 12 日
第 2 页, 共 10 页这学期的工作即将结束。过去一学期，在各级教育行政部门和社会各界的关心支持下，全体教师齐心协力，以科学发展观统领，以团结中心校教育教学工作计划为指导，以“督评”为契机，以建设“五大校园”为出发点，以强化目标管理为手段，以课堂教学改革为动力，突出提升教育教学质量这一主题，加强领导班子和教师队伍建设，突出德育，狠抓教学，优化内部管理，推进素质教育，改善办学条件，提升办学品位。在
2、抓好学校常规工作的同时，我们采取有效措施保证了正常的教育教学秩序，抓实抓细常规管理，朝着“教育质量优良、管理富有特色、文化氛围浓厚、可持续发展的、规范化建设初具规模的特色示范学校”的目标迈进。为做好今后的工作，现将本学期工作总结如下：
@H1 sec=background text=一、基本情况 | 一、基本情况我校现有教师 11 人，其中专任教师 10 人、代课 1 人；教学班 6 个，学生 138 人。校舍一栋，教室 7 个、守卫室、办公室、仓库各 1 个，共 10 间 630 平方米；生活用房（厕所）24 平方米；运动场 4800 平方米，缺少沙石，雨后积水较多。
3、绿化面积 3200 平方米，校园硬化面积为 0。学生、教师和学校都需要发展，学校需要规范化、特色化建设，所以本学期把强化内部有效管理作为近期目标，力争早日实现学校的发展目标。
@H1 sec=achievements | 二、注重引领，强化管理
@H2 text=1、学校管理工作 | 1、学校管理工作学校管理的思路是“以人为本” ，理念是民主、科学、规
""",
    ),
    dict(
        name="fresh74_10_company_sales_halfyear_summary",
        source="https://www.boxuejun.com/gongzuozongjie/q33mp5.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('【精华】销售年终工作总结七篇'): a company salesperson's half-year "
               "summary, written after the company's half-year sales meeting ('x月', '20xx年' masks kept). Collection title, "
               "blurb and sample number ('销售年终工作总结 篇1') dropped; title null.",
               "One heading in view, '一、塌实做事，认真履行本职工作。' on its own line (achievements), after the lead-in "
               "'现在我对我这半年来的工作心得和感受总结如下：' (body). The page ends inside its third paragraph ('但是')."],
        units=[],
        text="""\
x月已经悄悄过去，x月的到来提醒我们，20xx年已过去一大半。上月底公司召开了半年销售会议，领导总结了半年来的工作，也分享了一些经验。会后领导要求每个人也为自己的半年工作写个总结，以便更好地认识自己、向优秀的同事学习，把下半年的工作做得更好。
现在我对我这半年来的工作心得和感受总结如下：
@H1 sec=achievements | 一、塌实做事，认真履行本职工作。
我先从产品知识入手，在了解技术的同时认真分析市场信息，适时制定营销方案，及时跟进客户并分析客户资料；同时经常和其他业务员沟通交流，一起分析市场情况、存在问题和应对办法，共同提高。
要不断开发新客户，同时对手里的客户归类：把最可能用到我们产品的客户列为重要客户，把近期有项目的列为重点跟进客户，按需求量安排拜访次数，力争促成订单。
分析客户的同时要建立自己的客户群，按产品特点找准客户群体是成功的关键。半年来我成交的客户中，有好几家刚进入这个行业，技术较弱，订单也较小，但是
""",
    ),
]
