# -*- coding: utf-8 -*-
"""The eighty-ninth held-out fresh set: WORK SUMMARIES (工作总结, half-year and
annual summaries, a 述职报告 and a county government's work report) whose
section headings are mostly NOT the usual 一、: short bare sentence lines, a
`结 语` label, `这一年，我们…` run-in sentences, 一是/二是 as the top level,
（一） as the top level, and a few documents with the usual 一、 / （一） / 1.
numbering for contrast.  Writers: a town primary school, a kindergarten, a
county government (twice), a district's new-countryside work, a town (its
rural-revitalisation 述职报告), a township forestry station, a company's
branch, a community and a hospital department.  Found as stored public web
pages with the `search` tool's `pages` corpus (query log in
notes_queries.txt); none is a source of the label files listed in the
exclusion lists named in the README.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, file
  panels, 小编 lines, sample numbers, repeated page titles, editor lines) was
  dropped.
- Heading and title lines keep the source's numbering and wording; the
  store's NFKC text had full-width punctuation （）：，；“” restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source (xx, XX,
  X, **, *, ***) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH89_DOCS = [
    dict(
        name="fresh89_01_town_primary_school_2023_summary",
        source="https://www.jianpian.cn/a/ziimwou",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town central primary school's (平远镇中心小学) 2023 year-end summary as posted on a short-article "
               "site; the page shows no title line of its own (title null), and the reviewers' lines at the end "
               "(一审/二审/三审 with names) were dropped.",
               "FOCUS: no numbering at all. The four sections are short bare sentence lines standing alone "
               "('在政治上坚定理想信念，提高为师品行。' …), each followed by its own body line: level 1, achievements. "
               "The closing label '结 语' (with a space inside, as written) is a heading too: its body looks ahead "
               "to the new year, so next_steps, other accepted.",
               "The opening slogan line '平凡中创造非凡，不凡中坚守平凡。…' is body, not a title."],
        units=["平远镇中心小学"],
        text="""\
平凡中创造非凡，不凡中坚守平凡。2023年，平远镇中心小学在各级领导的关心和支持下，顺利完成了本年度的各项管理任务。
@H1 sec=achievements | 在政治上坚定理想信念，提高为师品行。
学校党组织把“党风廉政建设”放在工作重点位置，坚持政治理论学习，开展“上好一堂思政课”和廉政谈话，抓紧支部的纪律和作风建设，守住“教书育人”的初心。
@H1 sec=achievements | 在业务上深入岗位学习，提高执教能力。
学校把一线课堂和教学常规管理当作教务的中心，守住期末复习，推行推门听课和教师技能比赛，规范功能室管理，并按义务教育优质均衡发展复评时提出的问题逐项整改。
@H1 sec=achievements | 在育人上重视精细管理，提高学生素养。
德育被看作学校教育的灵魂：以活动丰富德育，以班级管理落实德育，以安全教育护送学生出行。
@H1 sec=achievements | 在后勤上注重服务质量，提高保障效率。
采购依规进行，收费按标准执行，收支和往来账目结算细致清楚；安全生产以预防为主，隐患随查随改；食堂注意膳食搭配，让孩子吃上“热乎乎”的饭菜。
@H1 sec=next_steps alt=other | 结 语
面向新的一年，学校将把“师德”当作修养的标尺、把“责任”当作做事的初衷、把“学习”当作前进的动力，全体教职工潜心钻研，以高质量完成育人任务。
""",
    ),
    dict(
        name="fresh89_02_county_government_work_report_review",
        source="https://www.wenmi123.com/article/433444",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        title_override="2022年县政府工作报告——在xx县第十八届人民代表大会第二次会议上",
        notes=["A county government's work report to the county people's congress (xx县, name masked), the 2022 "
               "review part. Three title lines: the site's page title '2023年县政府工作报告', the document's own "
               "title '2022年县政府工作报告' and its '——在…会议上' subtitle; the label's title is the document's "
               "title with its subtitle, all three lines are title lines.",
               "FOCUS: no numbering. '2022年工作回顾' is a bare label line (level 1, achievements); '过去一年，我们"
               "凝心聚力强产业，综合实力持续攀升' is a bare sentence line below it (level 2); '现代农业亮点纷呈。…' is a "
               "run-in sentence heading with its body on the same line (level 3). The salutation '各位代表：' and "
               "the opening '现在，我代表…' are body.",
               "doc_kind report (a 政府工作报告); summary accepted (this part is the year's review) and speech "
               "accepted (it is delivered to the congress, '各位代表'). The headline figures in the review body "
               "are results, not goals or phases. The page ends inside the 现代农业 paragraph ('…荣获福建十大农产')."],
        units=["xx县人民政府"],
        text="""\
@T | 2023年县政府工作报告
@T | 2022年县政府工作报告
@T | ——在xx县第十八届人民代表大会第二次会议上
各位代表：
现在，我代表xx县人民政府向大会报告政府工作，请予审议，并请县政协各位委员和其他列席人员提出意见。
@H1 sec=achievements | 2022年工作回顾
2022年，县政府贯彻总书记重要讲话和来闽、来明考察讲话精神，学习宣传党的二十大精神，开展“提高效率、提升效能、提增效益”行动，围绕“两稳一保一防一控”推进革命老区高质量发展示范区建设。预计全年地区生产总值164亿元，增长4.5%；农林牧渔业总产值36亿元，增长5.7%；地方一般公共预算收入3.5亿元，同口径完成3.67亿元，增长6.1%；固定资产投资增长19%；城镇、农村居民人均可支配收入分别为37757元、21965元，增长6.5%、8%，县十八届人大一次会议确定的目标任务较好完成。
@H2 | 过去一年，我们凝心聚力强产业，综合实力持续攀升
@H3 | 现代农业亮点纷呈。全县被认定为新一轮国家级制种大县，建立种业发展“1324”工作机制，先正达集团（中国）、华谷高科等龙头企业落地；入选全国农业社会化服务创新试点县和全国农业绿色发展先行区创建名单，种业机械化做法成为农业农村部典型案例；通心白莲进入全国第一批地理标志运用促进重点联系指导名录，溪源明笋加工工艺成为省级非物质文化遗产，荣获福建十大农产
""",
    ),
    dict(
        name="fresh89_03_district_model_villages_halfyear_summary",
        source="https://www.xiaomilidoc.com/p-8027744.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district's half-year summary of its new-countryside model villages (我区; the villages belong to "
               "钱粮湖、柳林洲、许市、广兴洲、良心堡 towns). The page arrived as one run-together block: the title ran "
               "straight into '一是支柱产业均有特色。…'; it was split after the title and before '二是'.",
               "FOCUS: 一是 / 二是 is the only numbering and the top level: run-in headings '一是支柱产业均有特色。…' "
               "and '二是基本建设扎实推进。…', level 1, achievements. The villages' figures in the bodies are "
               "results, not phases.",
               "The page ends inside 二是 ('…完成改厕3')."],
        units=[],
        text="""\
@T | 20XX年上半年新农村示范村建设工作总结
@H1 sec=achievements | 一是支柱产业均有特色。到目前为止，全区各示范村都培育出了各自的主导产业：钱粮湖团西村的速生意杨苗圃和蔬菜加工成了农民增收的主渠道；柳林洲镇新洲村农家乐兴旺，葡萄大面积种植，并带动双五村、五星村发展才鱼养殖和大棚瓜菜，五星村200头以上的生猪养殖大户有30多户，三组种葡萄300多亩；许市镇崇庆村发展花岗岩板材加工，全村加工厂达28家，另有鱼、鸭、珍珠混养，存栏鸭5000羽，珍珠水面200亩；西城办事处望城村推行猪-沼-鱼模式；采桑湖镇烟墩村依托龙头企业落实生态优质稻1000亩；广兴洲镇合兴村以蔬菜协会带动辣椒、甘蓝等销售，从事农产品专营的农民110人；良心堡镇七星湖村网箱养鳝达1.2万口。
@H1 sec=achievements | 二是基本建设扎实推进。新农村建设开展以来，各示范村多方筹资推进基础设施建设，村容村貌变化明显：崇庆村投资70万元、全长4公里的港西路已通车，投资350万元的居民小区开始建设，完成改厕3
""",
    ),
    dict(
        name="fresh89_04_town_rural_revitalisation_duty_report",
        source="https://63jd.com/fanwen/23842.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town's (XX镇, name masked) 2023 述职报告 on its rural-revitalisation work; report, summary accepted. "
               "The source's masking (XX, XXXX, X) is kept throughout, including figures such as 'X余亩'.",
               "FOCUS: no numbering on the section headings. Each section is one paragraph that opens with a "
               "run-in sentence heading '这一年，我们苦干实干，让振兴底盘更稳。' followed by '一是…二是…三是…' on the "
               "same line (markers inside a line, not labelled). The three sentence headings are level 1, "
               "achievements.",
               "The page ends right after the third heading ('…让振兴底力更强。一是')."],
        units=["XX镇"],
        text="""\
@T | 2023年乡村振兴工作述职报告
2023年，XX镇贯彻县委乡镇工作会议精神，围绕“XXXX”镇域发展布局建设“XXXX”魅力乡镇，乡村振兴取得新突破，获得XXXXX先进镇等X项省、市、县荣誉，跻身XXXXXX。
@H1 sec=achievements | 这一年，我们苦干实干，让振兴底盘更稳。一是守牢粮食安全底线：落实“田长制”，组建镇村巡查队伍常态巡田，遏制耕地“非农化”“非粮化”，推广玉豆带状复种X余亩，粮食播种X亩、产量X万吨。二是守好防范返贫底线：上下双向监测、部门横向协同，开展专项调研X次、集中排查X次，新纳入监测对象X户X人，通过省级后评估考核。三是守住民生保障底线：实施XX工程，排查整治农村自建房安全隐患，饮水、住房安全达到100%，全年救助困难群众X户、慰问X人次。
@H1 sec=achievements | 这一年，我们创先创优，让振兴底色更足。一是深化融合发展：保障XX开发建设，全年征地X亩、拆迁X户，保障X个重点项目用地。二是壮大规模农业：围绕年出栏X万XX项目打造种养循环产业基地，发展优质粮油X亩、绿色蔬菜X亩。三是坚持创新赋能：以演艺带动农文旅融合，建成XX两处XX体验基地，联合X家新型农业主体成立特色农副产品展销联盟，成立XX劳务专业合作社吸纳XX余名富余劳动力。
@H1 sec=achievements | 这一年，我们提质提效，让振兴底力更强。一是
""",
    ),
    dict(
        name="fresh89_05_company_branch_safety_environment_summary",
        source="https://m.wenke99.com/p-6055072.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A construction company branch's (二分公司) 2021 safety and environmental-protection summary on a "
               "document-sharing site; the page ran title, opening and first section together with spaces, split "
               "at the title and before （一）. The superior '葛洲坝.工程局' keeps the source's dot (a name elided).",
               "FOCUS: （一） is the top level (no 一、 above it): after the lead-in '回顾2021年安全环保工作，主要有以下"
               "特点：' the first point '（一）领导重视，目标明确，安全环保责任制得到有效落实。' is a heading on its own "
               "line, level 1, achievements.",
               "The 'five zeros' targets quoted from the year-opening meeting are goals stated in a body line, not "
               "phases. The page ends inside the body ('…与直属各单位第')."],
        units=["二分公司"],
        text="""\
@T | 2021年安全环保总结
2021年，在葛洲坝.工程局的领导下，二分公司贯彻2021年安全环保工作会议精神，围绕“创新超越，持续改进，为二分公司健康和谐发展保驾护航”的总要求，抓基础管理，推进质量、环境和职业健康安全管理体系（QES管理体系）贯标，实现了重伤、工亡、重大人身伤亡、重大设备、重大火灾、重大环境污染和重大交通事故“七为零”，为全年生产经营提供了保障。
回顾2021年安全环保工作，主要有以下特点：
@H1 sec=achievements | （一）领导重视，目标明确，安全环保责任制得到有效落实。
年初二分公司召开安全环保工作会议，提出“五为零”、力争员工工亡为零、全年千人重伤率小于0.25、月均千人负伤率小于0.4、创建2个以上安全文明工地的目标；二分公司领导与直属各单位第
""",
    ),
    dict(
        name="fresh89_06_kindergarten_term_summary",
        source="https://www.kt250.com/fanwen/yeygongzuozongjie/1082377.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["CONTRAST (usual numbering). The first sample of a collection page ('【热门】幼儿园园务工作总结四篇'): a "
               "rural kindergarten's term summary of its management work ('乡校领导'). Breadcrumbs, posting line, "
               "the collection blurb and the sample number ('幼儿园园务工作总结 篇1') were dropped; the sample has no "
               "title line of its own, so title is null.",
               "Two 一、 headings, level 1, achievements. The page ends inside 二、 ('…也使幼儿园')."],
        units=[],
        text="""\
@H1 sec=achievements | 一、加强幼儿园安全管理工作，确保师幼人身安全
安全是全园工作的基础。本园执行乡校领导的要求，健全安全常规制度和应急预案，各班把安全纳入日常管理，在活动中培养幼儿的自我保护能力；及时修缮活动设施和大型玩具，严把门卫和外来人员登记关，落实教师值日和跟车制度，入园离园有人迎送，上下车有序，没有发生安全事故。
@H1 sec=achievements | 二、严抓各项工作，提高保教质量
开学前，教师们动手布置教室和走廊，主题墙内容丰富，幼儿照片和各式装饰展示了教师的才华，也使幼儿园
""",
    ),
    dict(
        name="fresh89_07_township_forestry_station_2022_summary",
        source="http://ktp.tye3.com/portal/index/artshow/id/1343.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["CONTRAST (usual numbering). A township forestry station's 2022 summary (under 区林业局 and the town's "
               "party committee and government; '在站内组织学习'), posted on a district's science-commissioner site; "
               "breadcrumb and posting line (with the poster's name) dropped.",
               "Three levels: '一、2022年重点工作完成情况' (level 1, achievements), '（一）党建引领，思想破冰引领发展"
               "突围' (level 2), run-in '1.下基层察民情解民忧暖民心。一是…' and '2.强化队伍建设。一是…' (level 3; "
               "the 一是/二是 inside them are not labelled).",
               "The page ends inside 2. ('…向“严紧硬实”目标')."],
        units=[],
        text="""\
@T | 2022年工作总结
2022年，在区林业局和镇委镇政府的领导下，本站践行“绿水青山就是金山银山”理念，落实各项工作部署，履行部门职责，推进全镇林业建设，完成了全年任务。
@H1 sec=achievements | 一、2022年重点工作完成情况
@H2 | （一）党建引领，思想破冰引领发展突围
@H3 | 1.下基层察民情解民忧暖民心。一是响应全区下基层活动，组织科普之春、林业科技周、世界防治荒漠化与干旱日、科普日等活动；二是结合业务为12户农户建房办理征占用林地手续，占用林地0.1152公顷，全镇办理民用材和征占用林地采伐证343份，兑付退耕还林森林抚育和天然林公益林补助；三是化解涉林矛盾纠纷23起，办结率100%
@H3 | 2.强化队伍建设。一是参加林业局夜学、在站内学习党的二十大精神；二是加强法治宣传，推进法治林业；三是落实“两个责任”和“一岗双责”；四是开展党风廉政建设宣传教育月活动，排查廉政风险点；五是强化作风建设，推动作风向“严紧硬实”目标
""",
    ),
    dict(
        name="fresh89_08_village_first_secretary_summary",
        source="http://lncm.cn/mlzz/show.php?itemid=385",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A village first secretary's account of his work in 城一村 (峨山镇, 峄城区), dispatched by 枣庄广播电视台; "
               "the byline's personal name was dropped, the rest of the byline kept as one body line. The page shows "
               "no title line (title null).",
               "FOCUS: no numbering on the sections. Two short bare sentence headings: '筑堡垒，要让党建贯穿农村工作全过程' "
               "is glued to its body without punctuation (the store lost the break; the body opens with the quoted "
               "saying “火车跑得快，全靠车头带”), text set by hand; '促征收，要使村党组织有干事的硬底子' stands alone "
               "(促征收 kept as written). Both level 1, achievements. The 一是/二是/三是 inside the bodies are not labelled.",
               "The page ends inside the second section ('…成立了合作社，选出')."],
        units=["村党支部"],
        text="""\
枣庄广播电视台派驻峄城区峨山镇城一村第一书记
峨山镇城一村在峄城区峨山镇东北部，东邻兰陵县，共315户、村民1241人，其中建档立卡贫困户174户，是省定贫困村。2017年9月住村以来，第一书记与党员群众一起攻坚脱贫、创建党建品牌、推进乡村振兴，城一村由省定贫困村变成了峨山镇美丽乡村建设样板村。
@H1 sec=achievements text=筑堡垒，要让党建贯穿农村工作全过程 | 筑堡垒，要让党建贯穿农村工作全过程“火车跑得快，全靠车头带”，村党支部和党员是脱贫攻坚和乡村振兴的关键。经与村“两委”商量，支部建设分三步走：一是建好村级活动场所，争取派出单位扶持资金26万元新建办公用房，配齐设备，建成党建活动室；二是以“凝心聚力、魅力城一”党建品牌为抓手，落实“三会一课”“28日党员活动日”等制度；三是坚持民主集中制，落实“三务”公开和“小微权力清单”，重大事项集体研究并公示，先后召开党群议事会和群众代表会议17次。
@H1 sec=achievements | 促征收，要使村党组织有干事的硬底子
要把群众凝聚起来，先要弄清群众需要什么、关心什么，找到增收和集体发展的路子。一是以扶贫车间促脱贫，引来市中区裕和针织品有限公司投资办厂，安置就业60多人，其中贫困户24人，人均月增收2000多元，村集体每年得租金分红27900元。二是推进集体产权制度改革，完成清产核资、清人分类和确权配股，成立了合作社，选出
""",
    ),
    dict(
        name="fresh89_09_community_halfyear_summary",
        source="https://bqfwx.com/gzzj/gongzuojingxuan/yqngex.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["CONTRAST (usual numbering). A community's (阿娄社区) 2022 half-year summary; the page repeats its title "
               "after the opening paragraph (dropped as a site repetition).",
               "Two 一、 headings ending in '。', level 1, achievements. Under 一、 the body paragraph begins with "
               "'一是抓好支部班子建设。' and runs 二是, 三是 on inside the same line: the line-initial 一是 is labelled "
               "(level 2 run-in heading, achievements), the 二是/三是 inside the line are not.",
               "The page ends at the start of 二、's body ('…为目标，')."],
        units=["阿娄社区党支部"],
        text="""\
@T | 2022年上半年社区工作总结
2022年上半年，我社区在街道党工委、办事处领导下落实工作目标、服务辖区居民，先后获得“省第三批党支部标准化规范化示范党支部”“市优秀志愿服务社区”“六盘水市少先队校外实践教育基地”等荣誉，主要做了以下工作：
@H1 sec=achievements | 一、不断加强党组织凝聚力、战斗力。
@H2 | 一是抓好支部班子建设。阿娄社区党支部有党员41名、支委5名，配强班子后战斗力明显提升。二是抓牢基层党建创新。支部探索“党建+”模式，与社会组织共商共建，形成“党建+春晖社+社会组织”格局，开展共商共建活动10余次。三是抓实基层治理传帮带机制。支部以老干部、退休老支书和有威望的老人组成“顾问团”，带领年轻干部排查化解矛盾纠纷40余件，为群众办实事50余件；上半年开展主题党日6次、党课2次、志愿服务15次。
@H1 sec=achievements | 二、不断丰富社区居民精神文化生活。
阿娄社区以“建设生态文明，实现绿色崛起”为目标，
""",
    ),
    dict(
        name="fresh89_10_hospital_oncology_dept_2025_summary",
        source="http://f.tikuw.cn/f/item?id=1854693798119249",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["CONTRAST (usual numbering). A central hospital oncology department's 2025 summary and work ideas, the "
               "summary preview of a document-sharing page; the file panel (文件名称, 文件大小, 总页数, 更新时间, 总字数, "
               "文档摘要) was dropped.",
               "'一、2025年度工作总结' (level 1, achievements) over '（一）业务规模稳步增长，诊疗水平持续提升' (level 2). "
               "The page ends inside （一）'s body ('…化疗、放').",
               "doc_kind summary; report accepted (the title also announces 工作思路, not visible)."],
        units=["肿瘤科"],
        text="""\
@T | 2025年中心医院肿瘤科工作总结和工作思路
2025年，在医院党委统筹领导下，肿瘤科医护人员以“精准医疗、全程管理、人文关怀”为目标，围绕学科高质量发展，抓医疗质量、科研创新和患者服务，各项工作取得阶段性成效。下面总结本年度工作，并针对现存问题提出2026年工作思路。
@H1 sec=achievements | 一、2025年度工作总结
@H2 | （一）业务规模稳步增长，诊疗水平持续提升
全年门诊量4.2万人次，比2024年增长15%；收治住院患者1.12万人次，增长12%；开展肿瘤手术2300台次（III、IV级手术占68%），腔镜微创手术占比升至55%；化疗、放
""",
    ),
]
