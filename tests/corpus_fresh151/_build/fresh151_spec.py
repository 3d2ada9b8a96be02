# -*- coding: utf-8 -*-
"""The 151st held-out fresh set: PERSONAL SUMMARIES AND DUTY REPORTS
(述职报告, 述职述廉报告, 个人工作总结, 年度考核总结) of officials, teachers
and company staff: a town head, a district bureau's deputy head, a school's
deputy head, two kindergarten teachers, a college counsellor and the head of
a bank branch's accounting-and-cashier department.  Found as stored public
web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every exclusion list, used_sources.tsv and label file under
/work/fresh*/, /work/main/tests/ and /work/wt-lead/tests/ when the set was
built).  HELD OUT: never tune an importer on these documents; score totals
only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate, collection titles,
  sample numbers and other samples of a collection were dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，；“” was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and masking are kept.  Personal names were
  dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH151_DOCS = [
    dict(
        name="fresh151_01_town_head_three_year_duty_report",
        source="https://m.1566.cn/baogao/zhengfu/170350409717421.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page '镇政府镇长个人述职报告十二篇': a town head's 述职报告 on three "
               "years in office. The breadcrumb, the collection title, the posting line and the sample line "
               "'第一篇 镇政府镇长个人述职报告2150字' (sample number and word count) were dropped; the page's own line "
               "'镇政府镇长个人述职报告' is kept as the title line.",
               "Salutation '尊敬的各位领导、同志们：' and the lead-in are not labelled. Masking '20__年', '__镇', "
               "'近_公里', '__次' is kept as the page has it.",
               "Two level-1 headings phrased '抓好…这个根本前提 / 这一中心任务' (achievements: a 述职报告 reviews what "
               "was done). '（一）基础设施大建设，镇村面貌日新月异。' is a run-in heading at level 2 with its body on "
               "the same line; the page ends inside that body ('小农水、八小水利'), the fragment was dropped.",
               "No unit is listed: the town's name is masked ('__镇') and 办公厅 is only a helper (帮扶)."],
        units=[],
        text="""\
@T | 镇政府镇长个人述职报告
尊敬的各位领导、同志们：
本人自20__年1月23日起担任__镇党委副书记、镇长，下面把三年来的履职情况向大家报告。
@H1 sec=achievements | 一、抓好学习这个根本前提
我把学习当作工作的第一课，利用业余时间学习党的理论政策、法律法规以及财政、项目等业务知识；参加全县领导干部学习会17次、镇党委理论中心组学习__次，积极参加群众路线教育、三严三实、两学一做等活动，每年的干部在线学习学分都超额完成。
@H1 sec=achievements | 二、抓好脱贫攻坚这一中心任务
三年来，在镇党委领导下，我和班子成员一起围绕富民强镇的目标推进脱贫攻坚，全镇综合考核20__年在同类乡镇中排第三名，20__年排第二名。
@H2 | （一）基础设施大建设，镇村面貌日新月异。借助办公厅帮扶争取资金建设项目，修通水泥路近_公里，其中有石黄线境内10公里改造、金坳至三河桥8.4公里和三道河至小河口_公里路面改造、虎形至张家6公里水泥路和西美至乐诚寺4公里道路改造；20__年又实施覆盖五个村、13条道路的畅通工程，较大自然村道路硬化率超过85%，并改造了计家、解放、东坡、虎形等9座危桥，完成20__年“7.23”“8.9”和20__年“7.1”特大洪灾后的水毁修复与耕地恢复。
""",
    ),
    dict(
        name="fresh151_02_district_urban_management_deputy_head_duty_integrity_report",
        source="https://biodynamicsconsulting.com/haowen/132650.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="20xx年区城管局副局长述职述廉报告（分管党务，纪检监察，软环境建设，信访等）",
        notes=["The first sample of a collection page '城管局副局长述职报告范文五篇', stored on a gambling-site mirror of "
               "a 范文 page (corpus_fresh26 set this page aside for that reason; it is not used anywhere). The site name "
               "in the page title and the copyright line were dropped, and so was the sample line "
               "'城管局副局长述职报告篇1'.",
               "Two title lines: the collection's short title '城管局副局长述职报告' and the document's own title with its "
               "bracketed list of portfolios; the label takes the document's own title (as in dev17) and marks both "
               "lines as title lines.",
               "The writer moved from the district trade-union federation to the urban-management bureau in June, "
               "so '一、述职情况' opens with an unnumbered label heading '工会工作：' (level 2) and then the run-in "
               "point '一是夯实组织基础，增强组织合力。…' (level 3, numbering 一是). The page ends inside that point "
               "('组织召开了全区“五一'); the fragment was dropped.",
               "The lead-in names three parts ('述职、述学、述法'); only the first is in view.",
               "Units: the writer's two workplaces, 区总工会 and 区城管局 (convention of this set: the writer's own "
               "unit is listed when the text names it)."],
        units=["区总工会", "区城管局"],
        text="""\
@T | 城管局副局长述职报告
@T | 20xx年区城管局副局长述职述廉报告（分管党务，纪检监察，软环境建设，信访等）
20xx年1至6月我在区总工会工作，分管组织、经济技术、宣教、保障保护、财务和困难职工帮扶中心；6月下旬调到区城管局，分管党务、纪检监察、软环境建设和信访等工作。
一年来，我在区委、区政府和上级工会、城管局的领导下，依靠两个系统同志们的共同努力，抓学习、抓落实，较好完成了各项目标任务。现把本人一年来述职、述学、述法的情况报告如下：
@H1 sec=achievements | 一、述职情况
工会和城管两方面工作面广量大、要求高。我认真分析重点难点，带领党组一班人抓思想、队伍和作风建设，协调好上下关系，推动各项任务落到实处。
@H2 | 工会工作：
@H3 | 一是夯实组织基础，增强组织合力。全年新建外商企业、连锁店等企业工会18家，完成区里和上级工会下达的组建任务；选树3家联合职工之家建设先进单位并通过省市验收；在苏宁电器和红星美凯龙开展工会会员服务之家活动，3000名会员参与；还办了一期工会主席培训班。
""",
    ),
    dict(
        name="fresh151_03_school_deputy_head_annual_summary",
        source="https://www.shushanshe.com/gongzuozongjie/72695.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page '镇长2023工作总结5篇'. Despite the site's sample heading "
               "'镇长2023工作总结篇1', the text is a school deputy head's personal annual summary (纪检监察, 信息化, 督导, "
               "教研 …). The collection title, blurb and the mismatched sample heading were dropped, so title is null.",
               "'一、高度重视学习，不断加强自身修养' stands with no body: the next line is already '二、…'. Both are "
               "level-1 achievements headings.",
               "Under 二、 the lead-in ends '具体地说，我是从以下几个方面来把握和践行：' and three run-in points follow, "
               "'1、…。只有这样…', labelled headings at level 2 (achievements; measures accepted, as they describe the "
               "writer's way of working). The source's mismatched quotation marks in '2、以“中国梦“精神为引领' are kept.",
               "The page ends inside point 3 ('也最能有效调动下属的'); its rewritten body stops before the fragment.",
               "Units: the three offices the writer heads (信息处, 督导室, 教研室)."],
        units=["信息处", "督导室", "教研室"],
        text="""\
又到岁末年初，为了把新一年的工作开好头，我把20xx年的工作简要总结如下。
@H1 sec=achievements | 一、高度重视学习，不断加强自身修养
@H1 sec=achievements | 二、践行党的“三严三实”专题教育活动和“总干”精神，力促学校和谐发展
年初学校调整了我的分工，由我负责纪检监察、信息化、督导、教研、联盟校、义务教育均衡发展标准化建设、高中优质化多样化特色化建设、政风行风评议和年度考核等工作，分管信息处、督导室和教研室。教育工作责任重、影响远，我在工作中注意组织协调，保证各项工作有序推进，主要从下面几方面着手：
@H2 alt=measures | 1、着力把握时代发展的脉搏，认清自己所处的时代背景，力求准确定位自己的每一个人生角色。认清形势、摆正位置，学习和工作才有方向，也才能带好团队。
@H2 alt=measures | 2、以“中国梦“精神为引领，充分认识教育工作的重要性，努力把握其发展变化的规律，结合上级的精神和学校的实际，在学校领导班子的统领下，精心研究确定所分管工作的总体思路和做法。
@H2 alt=measures | 3、注重团队作用，能够充分发挥利用集体的智慧和力量。工作既分工又合作，我信任和依靠下属，抓大放小、适度授权。
""",
    ),
    dict(
        name="fresh151_04_new_kindergarten_teacher_term_summary",
        source="https://www.yituanyoupin.cn/gongzuozongjie/133892.html",
        doc_kind="summary", partial=True,
        notes=["The first sample of a collection page '新幼儿教师个人年度总结通用8篇': a new kindergarten teacher's "
               "summary of her term (English teaching for all age groups). The collection title, the posting line and "
               "the blurb were dropped; the sample heading without its number ('篇1') is kept as the title line.",
               "Headings typed with a space after the enumeration comma ('一、 政治思想方面：'), one ending in a colon "
               "and one in a full stop ('二、 工作态度方面。'); all level 1, achievements.",
               "The page breaks a body sentence over two lines ('学前' / '班四个年龄段…', a page-layout break in the "
               "source); the rewritten body keeps the break, so the line starting '班' is a body line, not a heading.",
               "The page ends inside the third body ('还给胆小的孩子多'); the fragment was dropped."],
        units=[],
        text="""\
@T | 新幼儿教师个人年度总结
一个学期很快就过去了。这学期在园领导和同事们的关心帮助下，我对自己越来越有信心，现在静下心来，把这学期各方面的情况做个总结。
@H1 sec=achievements | 一、 政治思想方面：
我积极参加园里组织的培训、学习和各项大型活动，认真做笔记，配合园领导和老师完成本职工作；团结同事、关爱幼儿，遵守园里的各项规章制度，不迟到不早退，努力把理论用到教学中，不断提高自己的师德修养。
@H1 sec=achievements | 二、 工作态度方面。
我认真对待工作，遵守园内制度，和各班老师协调配合，听取她们的意见，一起把班级工作做好。
@H1 sec=achievements | 三、 教育教学方面：
本学期我承担大、中、小班和学前
班四个年龄段以及学校特色班的英语教学。我认真备好每一节课，准备教具，设计有趣的活动，课上平等对待每个孩子，让每个孩子都有展示自己的机会。
""",
    ),
    dict(
        name="fresh151_05_kindergarten_teacher_annual_assessment_summary",
        source="https://gongzuozongjie.com.cn/niandu/article_244870.html",
        doc_kind="summary", partial=True,
        notes=["The first sample of a collection page '幼儿园老师年度考核工作总结': the page's sample heading "
               "'幼儿园老师年度考核工作总结1' (its number dropped) is kept as the title line; the site's definition "
               "paragraph about what a 总结 is was dropped.",
               "Although titled as a teacher's annual assessment summary, the text speaks for the kindergarten "
               "('我们制订了三种计划', '本学期我园…'); doc_kind is summary either way.",
               "'一、定计划，立目标，明确工作方向' and '二、重质量，求特色，做好保教工作' are level-1 achievements "
               "headings (what was done this year, not a plan); the run-in '1、加强一日活动各环节的管理。…' points "
               "under 二、 are level-2 headings.",
               "The page ends inside a quotation from the new 《纲要》 in point 2 ('幼儿园应该是为幼'); the rewritten "
               "body stops before it."],
        units=[],
        text="""\
@T | 幼儿园老师年度考核工作总结
辞旧迎新之际，回头看这一年，许多工作情景还历历在目，下面把20xx年的工作简要回顾总结如下：
@H1 sec=achievements | 一、定计划，立目标，明确工作方向
“凡事预则立，不预则废”。学期初我们订了教研、科研和美术课题三种计划，目标明确、步骤具体，教学教研工作因此有条不紊。
@H1 sec=achievements | 二、重质量，求特色，做好保教工作
我们以素质教育为中心，把培养幼儿的创新意识和实践能力作为教育重点，努力让孩子学会生活、学习、做人、交往和竞争。
@H2 | 1、加强一日活动各环节的管理。本学期我园对照《幼儿园一日活动常规》，通过跟踪半日活动和领导分环节检查，消除了幼儿的等待现象，合理安排一日活动，并借助常规培养幼儿良好的学习和生活习惯。
@H2 | 2、优化校园环境创设孩子的世界。我们按照新《纲要》对幼儿园环境的要求来布置园所。
""",
    ),
    dict(
        name="fresh151_06_college_counsellor_work_summary",
        source="https://www.haoqikan.com/haowen/22340.html",
        doc_kind="summary", partial=True,
        notes=["The first sample of a collection page '高校辅导员工作总结集锦9篇': a college political counsellor's "
               "personal work summary. The site header, the collection title and the posting line were dropped; the "
               "sample heading '高校辅导员工作总结范文1' without '范文1' is kept as the title line.",
               "The headings are numbered with a comma typed for the enumeration comma: the store shows '一,' "
               "(NFKC), restored as '一，' (numbering style 一、, as in corpus_fresh21). Both are level-1 achievements "
               "headings with no lead-in before the first.",
               "Quoted slogans ('严，实，精', '三个代表', '以人为本', '先疏后导') are kept in the rewritten bodies; a "
               "stray '()' inside a word on the page was dropped with the body.",
               "The page ends inside the second body ('找学生谈心以'); the fragment was dropped. No unit is named "
               "(计算机专业03级 is a student cohort)."],
        units=[],
        text="""\
@T | 高校辅导员工作总结
@H1 sec=achievements | 一，抓好自身的理论学习
辅导员自身的思想和理论水平是做好这项工作的基础。我坚持多学多看，以“三个代表”重要思想为指导、以“以人为本”的科学发展观为宗旨，熟悉国家政策和学校中心工作；作风上按“严，实，精”三字要求自己，对学生工作不马虎、不拖拉，并注意加强个人修养。
@H1 sec=achievements | 二，坚持以学生为本的思想政治教育
我把学生的思想教育放在第一位，重视了解学生的需要和兴趣，按“先疏后导”的办法做工作。刚接手计算机专业03级两个班时彼此陌生，为消除学生的顾虑，我从开学初就分班开班会、走访宿舍、找学生谈心。
""",
    ),
    dict(
        name="fresh151_07_bank_accounting_cashier_department_annual_summary",
        source="https://www.idpi.cn/chengxinyanjianggao/1462070.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample ('篇1：会计个人工作总结怎么写') of a page titled '凭证工作总结': the year-end summary "
               "of the head of a bank sub-branch's accounting-and-cashier department, reported to all staff "
               "('现将全年的工作情况向全行职工作以汇报'). The page title, the site name and the sample heading (a "
               "'how to write' search phrase, not a title) were dropped, so title is null.",
               "Three level-1 headings, each a pair of four-character phrases ('一、重视业务核算质量，贯彻市行各项制度'); "
               "kind achievements. The source's wording '培训员工操纵能力' (for 操作) is kept in the third heading.",
               "The bank's renaming ('预备更名挂牌') is an event in a body, not a phase. 市行 (the city branch) only "
               "issues rules and is not listed.",
               "The page ends inside the third body ('行里不想让任何一个职工'); the fragment was dropped.",
               "Units: the writer's department and sub-branch (会计出纳部, 景星支行)."],
        units=["会计出纳部", "景星支行"],
        text="""\
xx年又在全行员工的忙碌中接近年底。回看这一年，我们会计出纳部每个人都有收获，岗位虽不同，但都在为行里的发展尽力。现将全年的工作情况向全行职工汇报如下：
@H1 sec=achievements | 一、重视业务核算质量，贯彻市行各项制度
今年是我们贸易银行经过六年积累、准备更名挂牌的转折之年。要让景星支行走在前列，先要提高业务能力：部里经常组织理论学习和岗位练兵，认真贯彻市行的每份文件和通知，引导员工主动完成本职工作，全年核算没有出现重大差错事故。
@H1 sec=achievements | 二、加强平常工作管理，做好安全防范工作
部内制度健全、分工明确，员工请假都按规定办理。安全防范上，柜员使用的公章、名章每天下班入库保管，重要凭证由专人领用，柜员权限明确、不得擅自授权，反洗钱可疑业务按市行要求及时上报，防患于未然。
@H1 sec=achievements | 三、培训员工操纵能力，顺利通过柜员考试
今年对全行职工的个人业务考核最严，综合柜员上岗考试关系到每个人的切身利益。
""",
    ),
]
