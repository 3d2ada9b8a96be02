# -*- coding: utf-8 -*-
"""The 148th held-out fresh set: WORK REPORTS TO A SUPERIOR (工作汇报 /
情况汇报 / 督查报告) and LEADERS' SPEECHES AT WORK MEETINGS (讲话 / 总结讲话 /
表态发言), whose titles and part headings are worded freely.  Found as
stored public web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, exclusion list and used_sources.tsv
under /work/main/tests/corpus_fresh*/, /work/wt-lead/tests/corpus_fresh*/
and /work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, file
  metadata, blurbs, login boxes) was dropped; chunk markers of a
  document-sharing site are kept as debris and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and masking are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH148_DOCS = [
    dict(
        name="fresh148_01_principal_term_end_quality_speech",
        source="https://max.book118.com/html/2026/0201/8062005114010042.shtm",
        doc_kind="speech", partial=True,
        notes=["A school principal's closing speech at the end-of-term teaching-quality analysis meeting, from a "
               "document-sharing site. The page shows the file title twice (once with 'docxVIP', once with "
               "'.docx') around the site's file metadata (page count, size, upload date, 举报); one title line is "
               "kept, without the file suffix, and the metadata was dropped.",
               "The two visible parts are worded freely as 'topic：comment' pairs ('一、先把话说开：质量分析到底在图个啥', "
               "'二、先说一句“辛苦了”：这些努力都看在眼里'). The colon comes early but what follows is short and has no 。, "
               "so the automatic cut keeps the whole line.",
               "Section kinds are soft, as for every speech point: 一、 explains what the analysis is for (guidance; "
               "requirements accepted); 二、 thanks the staff for the term's work (achievements; requirements and "
               "other accepted).",
               "The lead-in '我想讲五个方面…' announces five parts; only two are visible and the page ends mid-sentence "
               "in 二、."],
        units=[],
        text="""\
@T | 期末教学质量分析会，校长总结讲话：凝心聚力找短板，精准发力提质量
各位老师，下午好。
刚才各位的质量分析汇报我一边听一边记，数据扎实，问题点得准，看得出大家这学期是认真较了真的。下面说是总结，其实是想和大家把话讲透：接下来往哪里走、差距在哪里、怎样补、怎样一起发力，让下学期的教学质量再上一步。
我准备讲五个方面，不求面面俱到，但求贴近我们的实际工作。
@H1 sec=guidance alt=requirements | 一、先把话说开：质量分析到底在图个啥
期末开质量分析会已成了多年的“规定动作”，开多了难免疲沓，好像又要算账、排队。我想先把这个认识理清楚。
质量分析不是为了追责或点名，它更像一次系统的“教学体检”，目的在于早发现问题、早调整方向，让课堂和学生始终在健康的轨道上前进。
分数只是表面，卷面背后是一学期课堂落实的程度和学生真实的学习状态。今天坐在这里，不为晒成绩、排名次，而是希望：
成绩好的把经验亮出来，让别人学得去；
暂时有困难的把问题讲透，把压力化成办法，再把办法变成行动。
问题摆上桌面，不遮不绕，大家一起想办法；敢于面对问题，才谈得上解决问题。
@H1 sec=achievements alt=requirements,other | 二、先说一句“辛苦了”：这些努力都看在眼里
谈问题之前，我要先代表学校真心道一声辛苦：这一学期，大
""",
    ),
    dict(
        name="fresh148_02_principal_midterm_analysis_speech",
        source="https://ww.liuxueshijie.com/article/842965.html",
        doc_kind="speech", partial=True,
        notes=["A principal's speech at a mid-term examination quality-analysis meeting, addressed mainly to the class "
               "teachers. Title line with a three-part slogan after the colon ('明方向·清底数·抓落实'). The site's "
               "navigation, the author/update line and the '(全文约4300字)' note were dropped, and so was the title "
               "repeated by the page right after the salutation.",
               "The opening paragraph announces '四个明白、四个清楚、四个必须落实'; only the first part is visible: "
               "'一、做到“四个明白”，把握质量分析的“方向盘”' and its first sub-point "
               "'（一）明白“考什么”：吃透课标与学情的结合点' (colon early, short comment without 。: the whole line is the "
               "heading text).",
               "Speech points: requirements (guidance and measures accepted); the （一） sub-point inherits.",
               "The page ends inside the body of （一）."],
        units=[],
        text="""\
@T | 校长在期中考试质量分析会上的讲话：明方向·清底数·抓落实
各位老师：
下午好！期中考试已经结束，今天开质量分析会，重点不在纠结分数高低，而在“以考促教、以考促学”：借考试数据看清教学得失，找准下一步努力的方向。期中考试好比田里的“苗情诊断”，既看长势，也查土壤、水分和肥料。对班主任来说，这次诊断责任更重，因为你们是班级教学的“总设计师”。今天我主要围绕班主任工作，提出“四个明白、四个清楚、四个必须落实”，和大家一起探讨怎样用更科学的态度、更扎实的举措提升班级教学质量。
@H1 sec=requirements alt=guidance,measures | 一、做到“四个明白”，把握质量分析的“方向盘”
想明白是行动的前提。分析期中质量不能停在分数排名的表面，要挖出数据背后的教学逻辑和学生成长规律，把为什么考、考了什么、考得怎样、往哪里去都弄清楚，质量分析才真正起作用。
@H2 | （一）明白“考什么”：吃透课标与学情的结合点
期中考试检验的是阶段教学成果，核心是学生对课标要求的掌握程度。班主任要牵头组织各科教师对照试卷研读课标，分清哪些题考基础、哪些考能力、哪些体现素养导向。例如数学不只看计算准确率，还要看能否用数学思维解决实际问题；语文学科，
""",
    ),
    dict(
        name="fresh148_03_township_flood_prevention_work_report",
        source="https://m.010zaixian.com/gongwen/gongzuohuibao/372163.htm",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township's report on its flood-prevention preparations (防汛工作汇报材料), from a 范文 site. The page "
               "opens with the site's blurb ('以下是小编为您带来的…'), dropped; no title line is shown, so title is null.",
               "Freely worded parts: '一、镇基本情况' (background) and '二、认真做好汛前准备情况' (what has been done: "
               "achievements; measures accepted), then numbered 1、2、 sub-points that are slogan-like headings "
               "('1、统一思想，提高认识，认真做好防汛抗旱准备工作').",
               "The page ends in a third sub-point cut off after '加强' ('3、落实防汛抗旱责任制，加强'); that truncated "
               "heading was dropped rather than kept as a fragment.",
               "Place names (the township's neighbours, its two rivers) and figures are kept; '20xx年' masking kept. "
               "doc_kind report; summary accepted (it reads like a preparatory summary)."],
        units=["防汛抗旱指挥部"],
        text="""\
@H1 sec=background | 一、镇基本情况
我镇地处县西南腹地，离县城35公里，镇域面积183.5平方公里，辖1个社区、9个行政村、69个村民小组，农业户6198户，总人口20820人，其中非农业人口3452人。镇东与桃源乡画林村交界，南到瓦屋山镇自新村，西连雅安市雨城区晏场镇，北接花溪镇唐坝村。境内有花溪河、杨村河两条河流，杨村河自西向东、花溪河自南向北，在红星村汇合，把全镇分成三块。
@H1 sec=achievements alt=measures | 二、认真做好汛前准备情况
为做好“防大汛、抗大灾、抢大险”的准备，年初即对防汛抗旱作出安排：完善工作预案，调整充实防汛抗旱指挥部成员，落实以主要领导为核心的防汛责任制，同时完善村级预案、责任到人，力求认识、组织、责任、措施四个到位，确保安全度汛。
@H2 | 1、统一思想，提高认识，认真做好防汛抗旱准备工作
镇里组织学习上级防汛抗旱会议和文件精神，及时传达上级指示，要求干部职工克服麻痹和侥幸心理，认清今年形势，落实责任制，立足防大汛、抗大旱、抢大险做好各项准备。
@H2 | 2、修编应急抢险预案，组织开展业务技能培训
结合全镇实际和上年运行情况，修订了20xx年防汛抢险应急预案，组织民兵应急抢险队伍开展防汛演练，并进行了2次集中业务技能培训。
""",
    ),
    dict(
        name="fresh148_04_township_pre_flood_inspection_report",
        source="https://m.wenku365.com/p-60890589.html",
        doc_kind="report", partial=True,
        title_override="乡镇汛前检查情况汇报",
        notes=["A township's report (雪堰镇 flood-control group) to the district flood-control headquarters on its "
               "pre-flood-season inspection, from a document-sharing site: file metadata (ID, size, pages, date, "
               "'资源描述', the upload blurb) was dropped. The page delivered one run-together block with chunk markers: "
               "'1、' before the title (title line kept with it; the title label leaves it out) and '2、' at a line start "
               "in the middle of the word '短时间' (debris, never labelled). The block was split at the boundaries it "
               "shows.",
               "Parts are named by the inspected object rather than by a report's usual labels: '一、堤防工程：…' and "
               "'二、城湾地区防洪排水通道工程：…' run in with their findings (cut at the colon), "
               "'三、太滆圩防洪排涝水系不畅及排涝流量不足' stands alone and states a problem.",
               "Section kinds are judgement calls: 一、 reports a finding that the embankments are fine after last "
               "year's reinforcement (achievements; other accepted); 二、 describes the flood damage and an unfinished "
               "ditch (problems; achievements accepted); 三、 is a problem.",
               "The document number '武防指【20**】1号' and the masked years '20**年' / 'XX年' are kept. The page ends with "
               "a third chunk '3、:1、制订切实可行的防汛预案，确保太滆圩' cut off mid-sentence; that fragment was dropped, so "
               "the text ends at the letter's '要求他们：'."],
        units=["雪堰镇防汛防旱领导小组", "太湖湾", "雪堰镇"],
        text="""\
@T | 1、乡镇汛前检查情况汇报
为确保20**年我镇安全度汛，按XX市XX区防汛防旱指挥部武防指【20**】1号文件要求，雪堰镇防汛防旱领导小组组织人员从20**年1月15日起在全镇开展了20**年汛前大检查，结合去年汛期暴露的问题重点查看了薄弱地段。现将检查情况汇报如下：
@H1 sec=achievements alt=other | 一、堤防工程：重点检查了沿雅蒲港、武进港沿岸的低洼地带，因去年已完成圩堤加固，今年汛前检查未发现新问题。
@H1 sec=problems alt=achievements | 二、城湾地区防洪排水通道工程：XX年6月底和7月初两场大暴雨时，太湖湾6号公路东侧的防洪沟尚未全线贯通，洪水排泄不畅，短时
2、间内城湾、城东、城西三个村一千多亩农田和经济作物受淹严重。目前公路东侧防洪沟由太湖湾负责实施，西侧的三城排涝河和城西涧河由雪堰镇负责实施。西侧工程已经完成，东侧防洪沟仍未贯通，必须在今年汛前完工。
@H1 sec=problems | 三、太滆圩防洪排涝水系不畅及排涝流量不足
XX市万泽天海置业有限公司的房地产开发使太滆圩区的排涝面积大大超出南北两座排涝站的最大能力，今年一旦发生大汛，内涝随时可能危及群众生命财产。镇防汛防旱领导小组已于1月22日向该公司发出公函，要求他们：
""",
    ),
    dict(
        name="fresh148_05_safety_production_meeting_speech",
        source="https://wydbw.com/info/5/306861.html",
        doc_kind="speech", partial=True,
        notes=["A leader's speech at a safety-production meeting after the national and provincial 安委会 meetings "
               "were relayed. The page starts at the salutation; no title line is shown, so title is null.",
               "The points are run-in sentences of the form '第一，要狠抓思想认识，这是做好安全生产工作的“金钥匙”。…': "
               "each heading is the first sentence (cut at the first 。), ending in a quoted metaphor; bodies follow on "
               "the same line and in the next paragraph.",
               "Kinds: 第一 (思想认识) guidance, requirements accepted; 第二 (责任落实) requirements, measures accepted.",
               "The year is masked in the source ('x年度', 'x年') and an event is starred ('即将召开**'); kept. The page "
               "ends mid-sentence in 第二."],
        units=[],
        text="""\
同志们：
刚才传达学习了全国、全省安委会安全生产会议精神，回顾了x年度安全生产情况，部署了x年的安全生产工作，各单位要结合实际认真贯彻。当前安全生产形势复杂，事故多发，社会关注度高，教训深刻，我们必须时刻绷紧这根弦。
下面，就做好当前安全生产工作，我再强调几点。
@H1 sec=guidance alt=requirements | 第一，要狠抓思想认识，这是做好安全生产工作的“金钥匙”。党的十八大以来，总书记对安全生产作出一系列重要论述和指示批示，要求把安全作为“头等大事”、放在“首要位置”，为我们指明了方向。
各级要进一步提高政治站位，把安全生产放在高于一切、先于一切、重于一切的位置来谋划推动，当作重大政治任务扛在肩上；牢固树立抓安全就是抓发展、保民生的意识，增强底线思维和忧患意识，落实市委和安委会的部署，围绕“一核三带”发展格局和“四强”行动，确保全市安全生产形势持续平稳。
@H1 sec=requirements alt=measures | 第二，要狠抓责任落实，这是做好安全生产工作的“牛鼻子”。今年是向第二个百年奋斗目标进军新征程中的重要一年，党即将召开**，必须有
""",
    ),
    dict(
        name="fresh148_06_bureau_inspection_pledge_speech",
        source="https://m.wenke99.com/p-6482407.html",
        doc_kind="speech", partial=True,
        notes=["A bureau party group leader's pledge speech (表态发言) at the meeting that opens a 市委 inspection "
               "(巡察) of the bureau, from a document-sharing site; the page's file title is the first line "
               "('2021年领导在接受市委巡察工作动员会上的表态发言文稿', kept as the title line). The page delivered one "
               "run-together block; it was split at the salutation, paragraph and point boundaries it shows.",
               "Only the first pledge is visible, run in with its body: '一、自觉接受监督。…' (cut at the first 。). "
               "It follows the lead-in '在此，我代表市政府某局党组郑重表态：' (not labelled).",
               "Kind of the pledge: measures (what the bureau will do), requirements accepted.",
               "The inspection group's number and the names are masked in the source ('第xx巡察组', 'xx同志'); kept as "
               "masking where they remain. The page ends mid-sentence."],
        units=["市政府某局党组"],
        text="""\
@T | 2021年领导在接受市委巡察工作动员会上的表态发言文稿
市委巡察组各位领导，同志们：
市委开展常规巡察是落实从严治党的重要举措，也是强化监督、维护政治纪律、保证政令畅通的有效手段。市政府某局党组对此高度重视，接到市委巡察工作领导小组的通知后，即组织机关科级以上干部学习巡察的条例规定，研究部署准备工作，为巡察顺利开展创造条件、做好服务。
今天，市委第xx巡察组正式进驻市政府某局，我代表局党组和全体干部职工表示热烈欢迎！刚才xx组长和市委巡察办主任对巡察工作提出了具体要求，我们一定认真落实。
在此，我代表市政府某局党组郑重表态：
@H1 sec=measures alt=requirements | 一、自觉接受监督。这次巡察是改进和推动政府工作的重要契机，局党组成员将带头主动接受巡察组和干部群众的监督，如实反映情况和问题、提出意见看法，总结成绩不粉饰不夸大，查找问题不遮掩不笼统，让巡察组全面掌握我局领导班子建设和改革发展
""",
    ),
    dict(
        name="fresh148_07_city_primary_health_supervision_report",
        source="https://www.fanwenq.com/html/2023-11-11/4bfbb4425e471c1a.html",
        doc_kind="report", partial=True,
        notes=["A municipal people's congress supervision group's report on how the recommendations of an earlier "
               "survey on primary health care were carried out (督查报告), from a 范文 site: the breadcrumb, the site's "
               "'[VIP]' title, publication data, the points/price line and the login box at the end were dropped; the "
               "document's own title line is kept.",
               "The years are blank in the source ('年，副主任带领…', '5年内（至年）', '5年规划年'): kept as damaged "
               "dates; the vice-chairman's name was already missing.",
               "'（一）合理布局基层医疗机构情况今年，制定出台了…' has lost the break between the heading and its body "
               "(no punctuation between them): text set by hand to '（一）合理布局基层医疗机构情况'.",
               "Kinds: '一、整改落实情况' reports what was done on the recommendations (achievements); the （一） "
               "sub-point inherits. The page ends mid-sentence in （一）."],
        units=["市人大教科文卫工委督查组", "教科文卫调研组"],
        text="""\
@T | 基层医疗卫生工作督查报告
年，市人大副主任带领教科文卫调研组对我市基层医疗卫生发展现状开展专题调研，形成《关于我市基层医疗卫生发展现状的调研报告》，提出合理布局基层医疗机构、加快社区卫生服务机构建设、加快基层人才培养引进、打破人才流动体制约束、建立合理薪酬分配制度等5条整改意见和建议。为推动这项工作，按照年市人大工作要点，市人大副主任于今年9月带领市人大教科文卫工委督查组对我市基层医疗卫生工作进行了督查。现将督查情况报告如下：
@H1 sec=achievements | 一、整改落实情况
@H2 text=（一）合理布局基层医疗机构情况 | （一）合理布局基层医疗机构情况今年，我市出台《市基层医疗卫生服务体系建设5年规划年》，计划5年内（至年）新建7家社区卫生服务中心，各中心按人口和区域需求新设服务站不少于13个，改造扩建社区卫生服务中心3家，做到每3至5万常住人口有1家社区卫生服务中心。依据《市医疗卫生服务体系规划》，还将新建整
""",
    ),
    dict(
        name="fresh148_08_principal_midterm_wake_up_speech",
        source="https://www.yun65.com/4160.html",
        doc_kind="speech", partial=True,
        notes=["A middle-school principal's speech at a mid-term quality-analysis meeting whose title is a free-form "
               "headline rather than 'X在Y会上的讲话': '期中考试质量分析会，校长发言：别再“佛系”！备课要“三研”、"
               "教研不“闲聊”，质量才是硬道理' (an exclamation mark and quoted slang inside). The page shows the title "
               "twice (the first time with spaces before the quotation marks); one title line is kept, without the "
               "scraped spaces.",
               "The salutation is split over two lines ('各位老师：', '大家好！'), neither labelled. The lead-in "
               "'下面，结合学校实际情况，我再强调几点意见。' closes the opening paragraph.",
               "Only the first point is visible: '一、清醒认清形势，增强危机意识'. It reads the exam figures and the "
               "parents' doubts, so its kind is soft: guidance (problems and requirements accepted).",
               "The page ends mid-word ('教学质量是学')."],
        units=[],
        text="""\
@T | 期中考试质量分析会，校长发言：别再“佛系”！备课要“三研”、教研不“闲聊”，质量才是硬道理
各位老师：
大家好！
今天全校教师一起开教学质量分析会，目的只有一个：把准教学现状的脉，正视短板，对症施策，推动全校教学质量再上台阶。刚才几位主任和年级组长分析了本学期的教学情况，数据全面，问题找得准，改进办法也具体可行，我听了很受启发。下面，结合学校实际情况，我再强调几点意见。
@H1 sec=guidance alt=problems,requirements | 一、清醒认清形势，增强危机意识
先通报几组数据。本学期期中考试，全校成绩比兄弟学校有所提升，但增幅低于预期，亮点不多、覆盖面也不广。初三优秀率比上学期提高3个百分点，说明尖子生培养见了成效；可初三及格率反而降了2个百分点，这种反差很不正常，必须查清原因。初二两极分化加剧，单科不及格的人数明显增加，已拖累整体质量。初一总体平稳，但不能因此松劲自满，仍要打牢基础、查漏补缺。
更让我担心的是，近期走访发现，有家长开始怀疑学校的教学质量，甚至考虑让孩子转学。前几天就有一位家长拿着孩子的试卷来找我，问孩子小学成绩不错，为什么到了我们学校明显下滑。那一刻我感到责任沉重。
各位老师，教学质量是学
""",
    ),
    dict(
        name="fresh148_09_district_civilised_district_work_report",
        source="https://msgz.vip/fanwen/18275.html",
        doc_kind="report", partial=True,
        notes=["A district's report on its campaign to become a 全国文明城区 (情况汇报), from a 秘书 范文 site: the "
               "breadcrumb, the column name and the author/source/collect line were dropped; the title line is kept.",
               "'一、工作开展情况自全国文明城区创建工作启动以来…：一是建立健全了创建网络。' has lost the break after the "
               "heading (no punctuation between heading and body): text set by hand to '一、工作开展情况'. The first "
               "point '一是…' sits at the end of that line and is not labelled (a marker in the middle of a line).",
               "The following points stand on lines of their own as short sentences ('二是大力营造了创建氛围。', "
               "'三是制定落实了创建规划。', '四是分解落实了创建任务。'): headings at level 2 (numbering style 一是), "
               "achievements inherited from 一、 (measures accepted, as reported 做法).",
               "The page ends inside a fifth point ('五是找准创建工作切入'), cut off mid-word; that fragment was dropped.",
               "Units: the leading group and its six working groups, as named."],
        units=["创建工作领导小组", "政务环境建设组", "法制环境建设组", "市场环境建设组", "人文环境建设组",
               "生活生态环境建设组", "督促检查组"],
        text="""\
@T | 关于创建全国文明城区工作情况汇报
@H1 sec=achievements alt=measures text=一、工作开展情况 | 一、工作开展情况自全国文明城区创建工作启动以来，主要做了以下几个方面工作：一是建立健全了创建网络。
区里成立创建工作领导小组，下设政务环境建设组、法制环境建设组、市场环境建设组、人文环境建设组、生活生态环境建设组和督促检查组，分头负责创建工作。
各镇街、各部门也相应组建了创建班子，全区形成上下贯通、协调联动的创建工作网络。
@H2 alt=measures | 二是大力营造了创建氛围。
目前正在开展“创建文明城区从我做起”主题宣传，已印发《倡议书》《宣传手册》《创建小常识》等资料5万余份，并借助宣传专栏、互联网和有线电视扩大声势。
为推广各单位的典型经验，已编印《创建动态》5期，集中反映创建工作进展。
此外还组建了文化志愿者服务队、网吧监督员志愿者队伍等100支志愿者队伍，把创建活动延伸到社会各个角落。
@H2 alt=measures | 三是制定落实了创建规划。
结合本区实际出台《关于创建全国文明城区的实施意见》等文件，明确总体要求、奋斗目标、创建任务、工作重点和具体措施，推动创建工作全区整体推进。
@H2 alt=measures | 四是分解落实了创建任务。
依据《全国文明城区测评体系》编制目标任务分解表，把任务落实到各工作组和责任单位，形成横向到边、纵向到底的责任体系。
""",
    ),
]
