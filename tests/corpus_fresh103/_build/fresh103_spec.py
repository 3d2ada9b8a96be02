# -*- coding: utf-8 -*-
"""The 103rd held-out fresh set: WORK PLANS and WORK POINTS (工作计划 / 工作要点 /
重点工作计划, annual or term plans) of bureaus, townships, schools, a party
committee and a company, chosen for the varied ways their task areas are
numbered or labelled: 一、 over （一） over 1、, （一） as the top visible level,
bare 1. topics, 1、 run-in task titles, numbering tokens that lost their
punctuation (`1切实强化理论武装`), a heading glued to its body, a plan that starts
at 二、, labels ending in `：` or `。`, and one work-points document wrapped in its
issuing notice (关于印发……工作要点的通知).  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of any set listed in /work/fresh*/ exclusion lists,
used_sources.tsv files or label files when the set was built.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, sample numbers, upload
  metadata, other samples of a collection) was dropped.
- Heading, title, item and key lines keep the source's numbering, wording and
  masking.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source (xx, XX) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH103_DOCS = [
    dict(
        name="fresh103_01_company_customer_service_supervisor_annual_plan",
        source="https://hfabiao.com/haowen/295.html",
        doc_kind="plan", partial=True,
        notes=["The second sample of a collection page ('12篇绩效考核日常工作计划范文'): a company customer-service "
               "supervisor's annual work plan. The page blurb and the whole first sample (an online shop's "
               "customer-service staff plan, whose opening is missing) were dropped; the sample's own title line "
               "'关于客服主管年度工作计划优秀范文' is kept as the page shows it (site wording 关于…优秀范文 included) and is "
               "the title.",
               "一、 ends with '。' and stands alone on its line ('一、全面实施规范化管理。'); 二、 has no final punctuation. "
               "Both are task areas of a plan: level 1, goals (measures accepted).",
               "The page ends inside the body of 二、 ('…明确各')."],
        units=[],
        text="""\
@T | 关于客服主管年度工作计划优秀范文
@H1 sec=goals alt=measures | 一、全面实施规范化管理。
在现有基础上修订各部门的工作手册，理顺工作流程，严格照章办事、加大制度执行力度，使管理有据可依；同时健全各类档案，以规范的表格记录为重点，做到全面详实、有据可查。
@H1 sec=goals alt=measures | 二、执行绩效考核工作，提高服务工作质量
以绩效考核指标为依据推行目标管理责任制，明确各
""",
    ),
    dict(
        name="fresh103_02_kindergarten_logistics_term_plan",
        source="https://www.5wangxiao.com/archiver/tid-10885955.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('幼儿园后后勤工作计划(17篇)'): a kindergarten's term plan for its "
               "safety and logistics work. The collection title, the site blurb and the sample number "
               "('幼儿园后后勤工作计划篇一') were dropped; the sample shows no title line of its own, so title is null.",
               "The sample opens with a guiding paragraph and then '二、主要工作目标：' — there is no 一、 heading in the page "
               "(the 指导思想-like paragraph carries no number). 二、 is level 1 (the top level shown), label ending in '：'.",
               "The three '1、…。' lines under 二、 are goal statements without bodies: items (level 2, goals).",
               "三、具体工作与措施 is measures (goals accepted); （一） below it is a standalone level-2 heading; its '1、…。' "
               "and '2、…。' lines are run-in task headings at level 3 (heading text = up to the first '。').",
               "The page ends inside item 2 of （一） ('…组织食堂人员每周业'); that last broken sentence was dropped."],
        units=[],
        text="""\
本学期我园的安全后勤工作以《园务年度工作任务》为依据，围绕幼儿园中心工作务实创新，树立服务意识，继续加强后勤队伍建设和园资园产管理，抓好安全、厉行节约、美化园容园貌，在规范中提升后勤服务质量和管理水平，为保教工作和幼儿生活提供更好的保障。
@H1 sec=goals | 二、主要工作目标：
@I2 | 1、加强后勤人员队伍建设，更新观念，增强服务意识，努力探索规范化途径。
@I2 | 2、加强园容园貌建设，创设优美的育人环境。
@I2 | 3、扎实有序地抓好幼儿园安全工作，开展各项卫生保健工作，提高卫生保健质量。
@H1 sec=measures alt=goals | 三、具体工作与措施
@H2 | （一）加强后勤队伍建设，努力探索规范化管理途径
@H3 | 1、继续加强后勤人员的思想教育，引导她们牢固确立保教意识、服务意识，使后勤工作细化、量化。工作中增强责任心，每天做到“勤”“快”“好”。
@H3 | 2、加强后勤人员业务培训。组织学习《后勤工作职责》及有关文件、政策和法规，定期开展业务培训和指导，学习传染病预防和常见症状知识，学期中学习托幼机构常用物品的消毒规范并动手操练；结合岗位职责和本园实际问题开展互帮互学、交流体会，以团结协作的氛围做实各项后勤工作。
""",
    ),
    dict(
        name="fresh103_03_city_agriculture_bureau_2022_work_points",
        source="https://nyncj.luan.gov.cn/public/6608321/9912781.html",
        doc_kind="plan", partial=True,
        notes=["A city agriculture and rural affairs bureau's 2022 work points (六安市农业农村局), from its open-government "
               "page; one title line naming the bureau.",
               "一、总体要求 is guidance; 二、目标任务 is goals (its body is a paragraph of 2022 targets: figures, not phases); "
               "三、重点工作 holds the task areas, goals (measures accepted); （一） under it is a standalone level-2 heading.",
               "The page ends inside （一）'s body ('…原则，引')."],
        units=["六安市农业农村局"],
        text="""\
@T | 六安市农业农村局2022年全市农业农村工作要点
@H1 sec=guidance | 一、总体要求
2022年，全市农业农村系统以习近平新时代中国特色社会主义思想为指导，贯彻中央和省委、市委农村工作会议精神，实施绿色振兴赶超发展战略；以“两强一增”行动为引领，以特色产业提档升级“138+N”工程和农业提质增效“6969”工程为抓手，守住保障国家粮食安全、不发生规模性返贫和耕地保护三条底线，突出乡村发展、乡村建设、乡村治理三项重点，努力打造乡村振兴六安样板。
@H1 sec=goals | 二、目标任务
全年粮食播种面积917万亩，产量稳定在70亿斤左右；推广大豆玉米带状复合种植2.9万亩，大豆种植20.5万亩，城郊蔬菜65万亩。新增亿元以上龙头企业10家，农产品加工业产值920亿元以上；八大特色主导产业综合产值590亿元以上，6个现代农业产业园综合产值268亿元以上，6个绿色食品加工产业园加工产值275亿元以上。新增数字农业工厂2个，农业科技进步贡献率66%以上，主要农作物耕种收机械化率83%以上，农村常住居民人均可支配收入增速高于全省平均。同时开展“区域公共品牌保护利用”行动，推进化肥农药减量增效和秸秆等废弃物资源化利用，深化农村改革，巩固拓展脱贫攻坚成果。
@H1 sec=goals alt=measures | 三、重点工作
@H2 | （一）增强粮食生产能力，确保重要农产品有效供给
坚决遏制耕地“非农化”、防止“非粮化”，压实属地责任，确保粮食播种917万亩、产量70亿斤左右。实施绿色高质高效行动，鼓励恢复早稻，高质量发展再生稻71万亩。按照“适种、稳产、优质、高效”原则，引
""",
    ),
    dict(
        name="fresh103_04_township_village_party_building_work_points",
        source="https://61taotao.com/office/184127.html",
        doc_kind="plan", partial=True,
        notes=["A township party committee's work points for the party branches of its villages and residential "
               "communities, from a document-sharing site (淘文库). The upload metadata above the document (file size, "
               "date and three numbered disclaimer lines '1、本文档由用户上传…') were dropped; the PDF line breaks inside "
               "paragraphs were joined (one paragraph per line).",
               "Title kept as the page shows it, with PDF spacing and the site word 范文: '乡镇 2021 年村（居）党建工作要点范文'; "
               "the opening still says '特制定 2020 年村（居）党建工作要点' (kept: the source's own inconsistency). PDF spacing "
               "is kept in body figures ('每月 25 日前', '后 3 名', '1 次').",
               "一、 is the task area (goals, measures accepted); its '1、…考核。…' lines are run-in level-2 headings. "
               "'其中一、三季度…二、四季度…' inside the last line are not markers.",
               "The page ends inside 3、 ('…二、四季度每季度至少上 1 次')."],
        units=["镇党建办公室", "镇党委"],
        text="""\
@T | 乡镇 2021 年村（居）党建工作要点范文
为巩固深化“不忘初心、牢记使命”主题教育成果，做好全市党建示范镇创建工作，进一步提升村（居）党支部的组织力，为我镇在全区各项工作中当旗手、作标杆提供组织保证，结合本镇实际，特制定 2020 年村（居）党建工作要点。
@H1 sec=goals alt=measures | 一、夯实党建基础，实施党支部“强基固本工程”
@H2 | 1、深化党支部“堡垒指数”考核。推进党支部标准化规范化建设，由镇党建办公室每月 25 日前依托“灯塔—党建在线”，对各党支部“三会一课”（含主题党日）、发展党员和党员教育情况考核一次，每季度排名一次，镇党委约谈排名后 3 名的党支部书记。
@H2 | 2、细化党员“先锋指数”考核。各党支部对党员实行常态化积分考评，重点看“三会一课”参加、“党员联户”落实、党费缴纳等情况；每月打分一次，每季度把积分汇总报镇党建办公室，并通过公示栏、微信群向党员群众公开，结果作为评选先锋党员、甄别落后党员的重要依据。
@H2 | 3、强化党支部指导力度。镇班子成员和副科级干部实行挂包责任制，每人挂包 1 个党支部作为党建联系点并具体指导，其中一、三季度每季度至少参加 1 次主题党日活动，二、四季度每季度至少上 1 次
""",
    ),
    dict(
        name="fresh103_05_cast_science_popularisation_work_points_notice",
        source="https://news.sciencenet.cn/htmlnews/2021/4/455762.shtm",
        doc_kind="plan", partial=True,
        title_override="中国科协2021年科普工作要点",
        notes=["A national association's annual science-popularisation work points wrapped in its issuing notice "
               "(中国科协办公厅关于印发《中国科协2021年科普工作要点》的通知), as reposted by a science news site. The site's "
               "source/time line and '选择字号:' were dropped.",
               "Two title lines, as in dev05: the notice title (line 1) and the work points' own title (line 7); the "
               "label takes the document's own title. The document number, the addressee line, the notice paragraph, "
               "the issuing office and the date are body and never labelled.",
               "The reposting site's filter deleted characters in the source ('中国共产成立100周年', "
               "'以近平新时代中国特色社会主义思想为指导', '中国共产建党百年科普展'): kept as damaged text, like masking.",
               "Only the first task area is visible: '一、开展庆祝建党百年科普宣传教育', level 1, goals (measures accepted). "
               "The page ends inside its body. Units: the association that will carry out the work (中国科协)."],
        units=["中国科协"],
        text="""\
@T | 中国科协办公厅关于印发《中国科协2021年科普工作要点》的通知
科协办函普字〔2021〕47号
各全国学会、协会、研究会，各省、自治区、直辖市、副省级城市科协，新疆生产建设兵团科协：
为贯彻落实党的十九届五中全会精神和中央书记处、国务院对科协及科普工作的指示要求，服务党和国家中心工作，构建科普高质量发展工作体系，现将《中国科协2021年科普工作要点》印发你们，请结合实际抓好落实，切实做好2021年的科普工作。
中国科协办公厅
2021年4月8日
@T | 中国科协2021年科普工作要点
2021年是中国共产成立100周年。中国科协科普工作以近平新时代中国特色社会主义思想为指导，贯彻党的十九届五中全会精神，立足新发展阶段、贯彻新发展理念，结合中国科协“开放发展年”主题弘扬科学精神和科学家精神，深化科普供给侧改革，做优“科普中国”品牌，强化组织支撑，提升服务科技工作者和服务公众提升科学素质的能力，推动社会文明进步。
@H1 sec=goals alt=measures | 一、开展庆祝建党百年科普宣传教育
以“党的盛典、人民的节日”为主基调，会同各地各单位联动开展“科普中国·走进红色教育基地”、“科普中国·高校辟谣联合行动”、“科技托起强国梦”、“红船再出发·科普新征程”等主题活动；挖掘中华苏维埃共和国科普史，为青少年开播一堂科普课；举办“人民情怀 科普百年——中国共产建党百年科普展”、“科创百年——建党100周年科技成就科普展”等主题展览
""",
    ),
    dict(
        name="fresh103_06_city_education_2022_work_points_docx",
        source="https://yzwku.com/doc/873148.html",
        doc_kind="plan", partial=True,
        notes=["A city's 2022 education work points as converted by a document-sharing site (优知文库) from a .docx; the "
               "page title '2022年全市教育工作要点.docx' and the site blurb were dropped. The document text shows no title "
               "line of its own (it starts with the 总体要求 sentence), so title is null.",
               "The store ran the converted text together; it was split at the heading boundaries the text shows. The "
               "site's chunk markers are kept and never labelled: '1、' glued before the opening sentence, '2、' in the "
               "middle of the word 教育 ('…党史学习教' / '2、育长效化…'), '3、' before a closing quote ('3、”活动…').",
               "The conversion dropped the punctuation after the level-2 numbers: '1切实强化理论武装。', '2切实加强学校党建。', "
               "'3创新思想政治教育。' (kept as written; numbering '1', '2', '3', style class 'none' because the builder "
               "cannot class a bare digit). They are run-in level-2 headings under '一、加强党的全面领导，坚守初心铸魂育人' "
               "(level 1, goals, measures accepted).",
               "The page ends inside chunk 3 ('…持续改进学校思想政治')."],
        units=[],
        text="""\
1、2022年全市教育工作总体要求是：以习近平新时代中国特色社会主义思想为指导，坚持和加强党对教育工作的全面领导，贯彻党的教育方针，落实立德树人根本任务，推进教育强市建设，深化教育改革，加强教师队伍建设，巩固教育安全稳定，强优势、补短板、促公平，努力办好人民满意的XX教育，以优异成绩迎接党的二十大胜利召开。
@H1 sec=goals alt=measures | 一、加强党的全面领导，坚守初心铸魂育人
@H2 num=1 | 1切实强化理论武装。用习近平新时代中国特色社会主义思想武装师生头脑，及时跟进学习总书记重要讲话和重要指示精神，用好关于教育的重要论述讲义和学生读本，推动全市教育系统党史学习教
2、育长效化，抓好党的二十大精神学习贯彻，使党的教育方针深入人心、融入教学，贯穿教育教学工作全方位、全过程。
@H2 num=2 | 2切实加强学校党建。压实管党治校政治责任，稳步推进中小学党组织领导的校长负责制改革，健全中小学党组织发挥领导作用的体制机制；落实民办学校党建重点任务分工，指导各县（市、区）推进民办学校章程建设并写入党建要求；提升中小学党组织标准化水平，持续开展“党旗飘校园红”“小岗位大奉献”主题活动。
@H2 num=3 | 3创新思想政治教育。坚持为党育人、为国育才，完善党委、政府领导联系学校和到中小学讲思政课的机制，深化思政课“大练兵
3、”活动，持续改进学校思想政治
""",
    ),
    dict(
        name="fresh103_07_town_government_2019_key_work_plan",
        source="http://bofaninfo.com/article/12516.html",
        doc_kind="plan", partial=True,
        notes=["A town government's 2019 key-work plan (东莞市xx镇, name masked in the source), as collected by a sample "
               "site (博帆范文网); the site title '乡镇政府2019年重点工作计划', the posting line and the abstract were dropped. "
               "The mayor's name was dropped.",
               "The 2018 figures arrive one per line ending in '；' (masked values 'x亿元', 'x%' kept): body lines, not "
               "items. '2019年，xx镇政府计划重点抓好以下八大项工作：' is a lead-in.",
               "Task areas are run-in headings '（一）提升城市空间品质，全面增强城市承载力。…', level 1 (the top level shown), "
               "goals (measures accepted); the unnumbered task lines ending in '；' after each of them are body. Only "
               "（一） and （二） of the eight are visible; the page ends inside （二） ('…构建与湾区主要城市的').",
               "No phases: 1月22日 is a meeting date and 2018/2019 are years, not stages."],
        units=["xx镇政府"],
        text="""\
@T | 镇政府2019年重点工作计划
1月22日，东莞市xx镇召开十六届人大第七次会议，镇长代表镇政府作政府工作报告，回顾上一年主要工作并部署2019年政府工作。
2018年，全镇国内生产总值x亿元，比上年增长7%；
规上工业增加值x亿元，增长x%，增速高出全市4个百分点；
固定资产投资x亿元，增长x%，高出全市x个百分点；
外贸进出口x亿元，增长x%；
社会消费品零售总额x亿元，总量居全市第4；
各项税收x亿元，增长x%，总量居全市第7；
地方财政可支配收入x亿元，增长x%；
各项存款余额x亿元，增长x%；
村组集体经营性总收入x亿元，增长x%。在《人民日报》发布的“2018年全国综合实力千强镇”榜单中居第25位，比上年前移5位，经济发展有速度、有质量、有效益。
2019年，xx镇政府计划重点抓好以下八大项工作：
@H1 sec=goals alt=measures | （一）提升城市空间品质，全面增强城市承载力。全方位拓展和优化城市的生产、生活、生态空间，加快香市科技园智慧新城建设；
高标准规划建设莞惠城轨xx站tod综合发展区；
提升镇中心区功能，加快美尔顿城市综合体等项目建设；
加快城市更新，把已梳理出的总面积1.8万亩、50个更新单元分期分批向外推介；
以零容忍态度整治违法用地和违法建筑。
@H1 sec=goals alt=measures | （二）提升城市环境品质，全面打造美丽xx。加快截污管网建设；
集中开展排污口整治；
加强责任河湖的管理和保护；
全面强化环境监管执法，持续整治“散乱污”企业。配合全市推进莞番高速、广深第二高铁及始发主站的规划建设，构建与湾区主要城市的
""",
    ),
    dict(
        name="fresh103_08_city_science_publicity_q4_work_points",
        source="http://henan.kjzch.com/puyang/2019-11-26/125053.html",
        doc_kind="plan", partial=False,
        notes=["A city science and technology department's quarterly work points for its publicity and information work "
               "(濮阳, on a science-news portal). The title is broken over two lines, '2019年第四季度科技宣传及科技信息' and "
               "'工作要点'; both are title lines.",
               "After the lead-in '…重点有以下方面：' come sixteen numbered topics '1. …。' with a space after '1.', each a "
               "bare topic line with no body. Read as the task areas of the work points: level-1 headings, goals "
               "(measures accepted). An importer that makes them items is not wrong in spirit, but they are the only "
               "structure the document has.",
               "The whole document is visible (partial false). 第四季度 is the plan's period, not a phase; no units are "
               "named (市委、市政府 only set the frame)."],
        units=[],
        text="""\
@T | 2019年第四季度科技宣传及科技信息
@T | 工作要点
2019年第四季度，全市科技宣传和信息工作要紧扣市委、市政府的中心工作，及时反映科技工作动态，报道科技工作的新成就、新经验、新做法，展示科技工作新形象。重点有以下方面：
@H1 sec=goals alt=measures | 1. 开展“不忘初心、牢记使命”专题教育的做法及成效。
@H1 sec=goals alt=measures | 2. 贯彻全面从严治党、落实党建主体责任的措施及效果。
@H1 sec=goals alt=measures | 3. 围绕推进落实政府报告工作目标，取得的成功经验及做法。
@H1 sec=goals alt=measures | 4. 推进10项科技创新指标晋位升级的措施及进展。
@H1 sec=goals alt=measures | 5. 科技创新“四个一批”建设过程中的新举措、新经验和新进展。
@H1 sec=goals alt=measures | 6. 重大科技专项、重点科技计划项目的实施、进展情况。
@H1 sec=goals alt=measures | 7. 科技成果转化、科技人才建设情况，重要科技成果的鉴定及获奖情况。
@H1 sec=goals alt=measures | 8. 产学研对接活动开展情况与成效。
@H1 sec=goals alt=measures | 9. 各类科技成果交易会参会情况及成效。
@H1 sec=goals alt=measures | 10. 科技扶贫及科技特派员工作推进措施和成效。
@H1 sec=goals alt=measures | 11. 科技体制改革和科技政策贯彻落实情况。
@H1 sec=goals alt=measures | 12. 科学技术普及和科技下乡开展情况。
@H1 sec=goals alt=measures | 13. 科技服务体系建设及特色业务拓展情况。
@H1 sec=goals alt=measures | 14. 全国文明城市创建、省级文明单位建设有关情况。
@H1 sec=goals alt=measures | 15. 科技工作中涌现出的模范人物、模范事迹。
@H1 sec=goals alt=measures | 16. 其他重大科技活动开展情况。
""",
    ),
    dict(
        name="fresh103_09_rural_school_spring_term_plan",
        source="https://m.777doc.com/doc-4637471.html",
        doc_kind="plan", partial=True,
        notes=["A rural school's spring-term 2020 work plan (under 庞营中心学校), from a document-sharing site. The store "
               "ran the whole page into one block; it was split at the title, the lead-in and the numbered boundaries "
               "the text shows.",
               "Level 1 are sentence headings ending in '。': '一、抓好安全工作，维护学校稳定，保证学校工作有序开展。' runs in "
               "with its body, 二、 and 三、 stand alone. Task areas: goals (measures accepted).",
               "Under 二、: '（一）加强师德师风建设学校遵照…' is a heading glued to its body with no punctuation (text set by "
               "hand: '（一）加强师德师风建设'); '（二）学生德育教育' was followed directly by its items in the source and is "
               "put on its own line, the five '1、…。' task lines under it are items (level 3). Under 三、 the level-2 "
               "entry is '1、加强过程管理，抓好教学常规的落实。' (run-in heading).",
               "县教育局 and 庞营中心学校 only set requirements (superior bodies): no units. The page ends inside 三、1、."],
        units=[],
        text="""\
@T | 2020年春季学期学校工作计划
根据县教育局、庞营中心学校的要求，新学期学校主要抓好以下几方面工作：
@H1 sec=goals alt=measures | 一、抓好安全工作，维护学校稳定，保证学校工作有序开展。安全是学校一切工作正常开展的前提。抓好安全常规教育，让每位教师明确安全责任；利用校会、班会、国旗下讲话和班级文化墙，按季节对师生进行交通、用电、防火、防溺水、防食物中毒、传染病预防和校内外活动安全教育；按县教育局和庞营中心学校的安排做好安全稳定工作和资料整理；加强与当地政府部门、派出所的联系，整治校园周边环境和交通安全，定期举办交通、法制、食品卫生知识讲座。
@H1 sec=goals alt=measures | 二、加强德育工作，提高师生道德素养。
@H2 text=（一）加强师德师风建设 | （一）加强师德师风建设学校执行庞营中心学校对师德师风的要求：教职工要讲职业责任，加强职业道德修养，关心爱护每一个学生，对得起人民教师的称号；严禁体罚和变相体罚学生，不得歧视学习困难的学生。
@H2 | （二）学生德育教育
@I3 | 1、搞好上级教育主管部门安排的各种德育教育活动。
@I3 | 2、做好学生一日常规检查工作，促进学生日常行为规范的养成。
@I3 | 3、搞好公共卫生区、教室清洁卫生的检查评比工作。
@I3 | 4、督促各班搞好班级文化建设、主题班会的开展等工作。
@I3 | 5、本学期积极开展少年宫活动、“六一”庆祝活动。
@H1 sec=goals alt=measures | 三、抓实教学常规过程管理，全面提升教学质量。
@H2 | 1、加强过程管理，抓好教学常规的落实。围绕提高课堂教学效率严抓常规落实，使教学常规管理做到精细化、长效化
""",
    ),
]
