# -*- coding: utf-8 -*-
"""The 115th held-out fresh set: WORK SUMMARIES (工作总结 / 年度总结 / 半年总结
/ 党建工作总结) by units of many kinds -- a subdistrict office, a middle
school, a village party general branch (its 述职报告), a county hospital, a township
party committee, a township government, a community "大党委", a company's
production workshop and a community party branch -- whose parts (成效 /
亮点 / 引言 / 推进情况 / 存在问题 / 今后打算 / 工作成效 / 指标完成情况) are
worded in many different ways.  Found as stored public web pages with the
`search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of any label file or exclusion list checked (see
/work/fresh115/used_sources.tsv), and a distinctive sentence of each was
grepped across /work/fresh*/ and /work/wt-lead/tests/ without a hit.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, sample numbers) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH115_DOCS = [
    dict(
        name="fresh115_01_subdistrict_2022_summary_highlights",
        source="http://www.huaiyin.gov.cn/gongkai/site_huaiyinquzdhsjdbscan/channel_6389ad0f3759918282642c04/doc_63c4f8eb924a758b1f896c6d.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict office's annual summary (中大槐树街道, 槐荫区) from the district's open-government pages; the "
               "accessibility bar, the breadcrumb, the index number, the issuing office, the date and the print/share "
               "line were dropped.",
               "The first part is named '2022年重点工作成效和特色亮点工作' (results and highlights): achievements. Its "
               "sub-parts are run-in headings '（一）党建引领持续深化。…', level 2; the '一是…二是…三是…' inside them are "
               "not labelled (middle of a line).",
               "'预计2023年建成投入使用' is a forecast inside a body line, not a phase. The page ends inside （二） "
               "('…山东君心国际医院有限公')."],
        units=["中大槐树街道"],
        text="""\
@T | 中大槐树街道2022年工作总结
2022年，中大槐树街道在区委、区政府领导下，深入贯彻党的二十大精神，围绕全区“125510”发展思路，践行新发展理念，真抓实干，经济社会各项工作有序推进、保持良好势头。
@H1 sec=achievements | 一、2022年重点工作成效和特色亮点工作
@H2 | （一）党建引领持续深化。坚持“抓大党建、大抓党建”格局。一是强化思想引领，开展理论学习中心组集体学习及主题党日活动12次，学习省市区党代会和全区“125510”高质高效落实年动员部署会精神。二是坚决正风肃纪，召开作风境界提升行动专题部署会，要求干部树牢“八大思维”，执行“严真新细实快”工作方针。三是全力克难攻坚，裕园社区疫情防控“三小工作法”、昆仑街道社区“1+7+2+N”工作法获媒体刊登，御景社区“一核两翼，多元共治”红色物业模式被推荐为区级示范点。
@H2 | （二）经济发展稳中向好。一是重点项目顺利推进。三箭和平广场项目1-12月份累计完成投资17446.6万元，达到时间节点要求，主体验收及装饰施工有序进行，预计2023年建成投入使用；槐荫人民医院北院区项目进展顺利，合作方山东君心国际医院有限公
""",
    ),
    dict(
        name="fresh115_02_middle_school_year_summary_subtitle",
        source="https://nexsilicon.com/gongzuojihua14/7084.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A middle school's school-year summary with new-year ideas (某中学, 2019-2020学年), name masked by the page "
               "('某中学'). Title: a slogan main title '不忘初心攻坚克难 不负韶华谱写新篇' (with a space) and a '——' "
               "subtitle naming the document; both are title lines, joined.",
               "The one visible part '一、党政联席，职责明晰，打造特色品牌。' is a heading standing alone and ending in '。' "
               "(a four-part slogan heading, not a 做法/成效 label): achievements (what the school did this year). "
               "Three body paragraphs follow; the page ends inside the third ('让每位学生掌握知识、').",
               "'及新学年工作思路' in the subtitle announces a next-steps part that is not visible."],
        units=["党总支"],
        text="""\
@T | 不忘初心攻坚克难 不负韶华谱写新篇
@T | ——2019-2020学年某中学工作总结及新学年工作思路
一年来，我校以习近平新时代中国特色社会主义思想为指导，落实党的十九大和十九届二中、三中、四中全会精神，按照县教育局要求，聚焦学生成长和教师发展，以立德树人、深化教学改革、优质均衡发展为目标加快学校建设。现将本学年工作情况总结如下：
@H1 sec=achievements | 一、党政联席，职责明晰，打造特色品牌。
学校党总支以政治建设为统领，深化基层党建提升年活动，巩固“不忘初心、牢记使命”主题教育成果，落实省委“三四八”贯彻机制和“三会一课”制度，推动党建与教育教学深度融合，发挥党员先锋模范作用。
坚持民主集中制，定期召开校务会，健全教职工代表大会制度：“三重一大”事项先经支委会审议再由党政联席会决策，涉及教职工切身利益的事项由党政联席会形成议案提交教代会通过；完善学校章程、岗位职责和各项考核制度，实行绩效工资，奖罚分明。
我们坚持“以人为本、科学管理、质量立校、精心构建校园文化”的工作思路，倡导“任劳任怨、乐于奉献”的工作精神，秉持“一切为了师生全面发展”的办学思想，努力实现“让每位学生掌握知识、
""",
    ),
    dict(
        name="fresh115_03_village_party_branch_building_report_slogans",
        source="http://ksagri.cn/Aticel/Show/45706?m=2",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A village party general branch's year-end report on its party-building work (基层党建专项述职报告, "
               "林庄村), published on a town's site. The byline '林庄村党总支书记 张振华' is kept without the name, as a "
               "body line under the title (not a heading).",
               "Its parts have no numbering at all: each is an unnumbered slogan heading on a line of its own, built on "
               "one of the three key characters the opening announces ('围绕“强”、“凝”、“实”三个关键字'): "
               "'共学共建，让基层组织“强”起来', '共议共融，让基层思想“凝”起来'. Both report what was done this year: "
               "achievements, level 1. The '一是…二是…三是…' inside the bodies are not labelled.",
               "The third part ('实') is not visible; the page ends inside the second ('…号召党员'). doc_kind report "
               "(a 述职报告), summary accepted."],
        units=["林庄村党总支"],
        text="""\
@T | 2022年度基层党建专项述职报告
林庄村党总支书记
“欲筑其室，先治其基”，抓好基层党建才能抓住全局工作的牛鼻子，夯实基层治理的根基。本年度我围绕“强”、“凝”、“实”三个关键字作汇报。
@H1 sec=achievements | 共学共建，让基层组织“强”起来
履行基层党建“第一责任人”职责，围绕“五抓五提”专项行动提高党建质量，创成“新欣林庄”三星级党建品牌。一是强化政治意识，在镇宣讲报告会基础上，由挂钩领导和村党总支以党建联盟结对、分小组学习党的二十大精神，并以身边事警示身边人，加强党风廉政建设。二是开展“先锋张浦 乐居如意”书记项目，用好“农家小院”讲党课，动员老干部、老党员当信息员、调解员、宣传员，带动村民参与村庄建设。三是建立“聚人成‘林’，护‘庄’战疫”行动支部，党员志愿者在疫情防控中守卡口、维秩序、做宣传、检核酸，发扬“舍小家为大家”的精神。
@H1 sec=achievements | 共议共融，让基层思想“凝”起来
以党建引领凝聚人心、汇集众智、共同治理。一是乡贤引领，依托“新乡贤、兴村社”平台，按照“村事民议、村事民治”完善协商服务机制，动员乡贤从道德育村、文化治村、项目扶村等方面助推基层治理。二是小板凳谈心，走进群众心里。在以村干部为主，号召党员
""",
    ),
    dict(
        name="fresh115_04_county_hospital_year_end_summary_sample",
        source="https://m.wenke99.com/p-4841671.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('医院年终工作总结范文2020最新精选5篇'): a county hospital's year-end "
               "summary ('在县委、县政府及主管局的正确领导下'). The collection title, the site's blurb about what a year-end "
               "summary is and the sample marker '医院年终工作总结范文【一】' were dropped; the sample has no title line of "
               "its own, so title is null.",
               "The opening ends with the lead-in '现将过去一年的主要工作情况总结如下：' and is followed straight away by "
               "'（一）…' with no 一、 level above it: （一） is the top level shown, level 1 (level 2 accepted). The "
               "heading '（一）积极开展创建“群众满意医院”活动，…品牌意识。' runs into its body; achievements.",
               "'20xx年' is the page's masking. The page ends inside the body of （一） ('…活动为'). No unit is named "
               "besides superiors."],
        units=[],
        text="""\
在过去的20xx年里，我院在县委、县政府及主管局的领导下，以“三个代表”重要思想为指导，围绕“以市场为导向，创新经营思路及经营理念，主动适应医疗市场需求，力求科学地定位市场，坚持以人为本，着力推进科技兴院，人才强院战略，转变观念，树立“品牌”意识，有效地增强医院综合实力”的总体思路，突出服务、质量、重点和特色，全院职工团结拼搏，较好完成了全年任务。现将过去一年的主要工作情况总结如下：
@H1 sec=achievements lvlalt=2 | （一）积极开展创建“群众满意医院”活动，着力加强全院职工的质量意识、服务意识和品牌意识。按照省卫生厅和市、县卫生局的部署，我院从去年4月份开始以开展创建“群众满意医院”活动为
""",
    ),
    dict(
        name="fresh115_05_township_party_building_problems_plans",
        source="https://m.qiqiwenku.com/doc/115691.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township party committee's party-building summary, seen from the middle: the stored text starts "
               "inside a sentence ('建，目前…') and shows the end of its 做法 part and its problems and plans. No title "
               "line is visible, so title is null.",
               "'（三）创先争优活动开展情况。…' belongs to a 三、 part that is not visible: level 2 (level 1 accepted), "
               "achievements; its '一是…四是…' are inside the line and not labelled.",
               "The page had lost the break after the two headings ('四、存在的问题在全乡各级党组织…', '五、今后的打算一是…'); "
               "they were split at the heading end. '存在的问题' is problems; '今后的打算' (the plans part of a summary) is "
               "next_steps. Both bodies list 一是…二是… inside one line. The page ends inside 五、 ('…加大')."],
        units=["乡党委"],
        text="""\
建，目前经乡上组织自验，两村各项指标已达到“五星级”党组织创建标准。
@H2 sec=achievements lvlalt=1 | （三）创先争优活动开展情况。我乡把创先争优与乡镇换届、权力公开透明运行试点和乡党委中心工作结合起来。一是换届中组织党员干部学习中组部《通知》和省、市、县委换届纪律要求，保证换届风清气正。二是开展“一诺三评三公开”活动，机关党员围绕秋季覆膜等重点工作公开承诺，接受群众监督。三是开展创先争优破解难题活动，党员调查队入村入户征集难题32条，经党委会议确定2个，制定破解方案并成立领导小组，力争一年内破解。
@H1 sec=problems | 四、存在的问题
我乡党建工作虽有成绩，但与上级要求和群众期望相比差距还大：一是党组织带领群众致富的能力不够强、办法不够多；二是农民党员文化素质偏低、年龄偏大，男女比例失衡；三是基础设施滞后，农业发展后劲不足；四是农村产业结构不平衡，经济结构不尽合理。
@H1 sec=next_steps | 五、今后的打算
一是继续推广抓点示范经验，深入开展创先争优和创建“五星级”党组织活动；二是加大培训力度，把党员培养成致富能手，把致富能手发展成党员，把党员致富能手培养成村组干部；三是进一步优化党员队伍结构，加强教育管理，加大
""",
    ),
    dict(
        name="fresh115_06_township_government_halfyear_summary",
        source="https://bwwdw.com/article/z96m.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township government's half-year summary with its figures masked ('x-x月', 'GDPxxxx万元', "
               "'【去年同期xxxx】', 'xx %', 'x.x%', 'x‰'), kept as the page has them. The site's update/reads line and its "
               "download notice were dropped.",
               "Three levels: '一、上半年工作情况' (achievements), '（一）做好科学谋划，明确全乡发展总体思路' standing "
               "alone, and run-in '1.坚定发展目标。…' / '2.明确发展思路。…' (level 3). '1.坚定发展目标' describes the "
               "targets the township set (近期/中期/长期目标): achievements inherited, goals accepted.",
               "The page repeats its title '乡镇政府上半年政府工作总结报告' between 1. and 2. (a site artefact): kept as a "
               "body line, not a heading and not a title line. The target years 'xxxx年' and 'x-x年时间内' are goals "
               "in a body line, not phases. The page ends inside 2. ('…底子薄、')."],
        units=[],
        text="""\
@T | 乡镇政府上半年政府工作总结报告
今年以来，在县委、县政府领导和上级部门指导下，我们贯彻落实科学发展观，加大项目建设力度，加快新农村建设步伐，加强民族团结教育，全乡经济稳步发展、社会和谐稳定。x-x月，实现GDPxxxx万元，【去年同期xxxx】比去年同期增长xx %，其中一二三产业分别增长x.x%、xx%和xx%；财政总收入xxx万元，增长x%；完成固定资产投资xxxx万元【去年同期xxxx】，增长xxx%。
@H1 sec=achievements | 一、上半年工作情况
@H2 | （一）做好科学谋划，明确全乡发展总体思路
按照全县“科学跨越、富民强县”的总体要求，结合乡情，我们明确了今后一段时期全乡的发展目标、工作思路和工作重点。
@H3 alt=goals | 1.坚定发展目标。主要是力争实现三个层次的目标：近期围绕计生、综治、财税、项目建设、招商引资、民生工程等重点，力争全乡xxxx年地方生产总值增长x%、财政收入增长xx%、规模以上工业增加值增长x%、固定资产投资增长xxx%、农民人平纯收入增长x%，人口自然增长率控制在x‰以内，综合考评前进x-x位；中期通过招商引资和项目建设，在x-x年时间内使乡财政明显改善；长期争取用xx年左右使全乡综合实力上一个新台阶。
乡镇政府上半年政府工作总结报告
@H3 | 2.明确发展思路。xx乡本身一直来基础差、底子薄、
""",
    ),
    dict(
        name="fresh115_07_community_big_party_committee_summary",
        source="https://fanwenwang.cn/zongjie/n354hw.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A community's summary of its '大党委' (戎苑社区, 光华路街道). The page showed the title twice (page title "
               "and document title); one title line was kept.",
               "'一、社区“大党委”工作推进情况' tells how the committee was set up and who sits on it: achievements, "
               "background accepted. '二、社区“大党委”工作成效' is achievements.",
               "'（一）民生工作站解民忧 从2023年6月份开始…' is a heading run into its body with only a space between "
               "them (as the page has it); text set by hand. The two '典型事例一：' / '典型事例二：' label lines are "
               "cases under （一）, labelled items (level 3); the residents' names in case two were dropped. The "
               "page ends inside case two ('…无法就')."],
        units=["戎苑社区", "民生工作站"],
        text="""\
@T | 社区“大党委”工作总结
@H1 sec=achievements alt=background | 一、社区“大党委”工作推进情况
按照光华路街道工委部署，戎苑社区成立了社区“大党委”，为社区党组织建设打开新局面，在“推动发展，服务群众，凝聚人心，促进和谐”上作用明显。社区现有党员120名，下设三个支部，民生工作站党代表兼任社区名誉委员，另有专职委员五名、兼职委员三名；社区与辖区单位解放军理工大学共驻共建，党组织和党员之间联系更紧密。
@H1 sec=achievements | 二、社区“大党委”工作成效
“大党委”成立以来，社区立足实际为民排忧解难，开展多种活动，更好地服务辖区居民、党员和单位。
@H2 text=（一）民生工作站解民忧 | （一）民生工作站解民忧 从2023年6月份开始，社区实施民生工作站，由工作站党代表兼任社区党委名誉委员，帮助社区解决了多项难题：
@I3 num=none | 典型事例一：群众多次反映海福巷3号下水道堵塞，楼前平台污水漫溢、无法通行，多次维修未能根治，楼内老人多，存在安全隐患。民生工作站接报后联系光华路街道城管科，与社区一道在20个工作日内查明原因，彻底解决了漫溢问题。
海福巷3号是没有物业的独栋老旧楼，楼前一段10多米长的必经路面坑洼不平、雨天积水；民生工作站联系市政部门，在20个工作日内重铺路面，解决了居民出行难。
@I3 num=none text=典型事例二 | 典型事例二：社区一位年长无业居民，独子智力低下，无法就
""",
    ),
    dict(
        name="fresh115_08_company_production_workshop_annual_summary",
        source="http://www.xuetengedu.com/13839.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample ('篇一：《生产车间工作总结》') of a page of model summaries for a company's production "
               "workshop. The site's introduction and the sample marker were dropped; the sample's own title "
               "'生产车间工作总结' is the title line.",
               "'引言' is an unnumbered one-word label heading (level 1), background (guidance accepted): it states "
               "the workshop's guiding line and the purpose of the summary. '一、 年度核心工作指标完成情况' (space after "
               "'一、') is achievements.",
               "Under 一、 the page lists its points as a bullet '-' on a line of its own followed by a 'label ：body' "
               "line with a space before the colon ('生产任务完成情况 ：…'); the lone '-' lines are kept as the page "
               "has them and not labelled; the three label lines are headings at level 2 (numbering none). The page "
               "ends inside the third ('安全生产管理 ：安全生产是所有工作的前提'), whose text is set by hand.",
               "'XX万件', 'XX次', 'XX项' are the page's blanks."],
        units=["生产车间"],
        text="""\
@T | 生产车间工作总结
@H1 sec=background alt=guidance | 引言
本年度，在公司领导指引和相关部门支持下，车间全体员工围绕公司年度生产经营目标，坚持“安全第一、质量为本、效率至上、成本可控”的方针，团结协作，完成了各项生产任务。为回顾成效、剖析问题、规划下一阶段方向，现对车间全年工作总结如下。
@H1 sec=achievements | 一、 年度核心工作指标完成情况
本年度车间各项关键绩效指标（KPI）均已落实达成，具体如下：
-
@H2 | 生产任务完成情况 ：全年计划生产A产品XX万件，实际完成XX万件，完成率105%；B产品计划XX万件，实际完成XX万件，完成率102%；生产计划按时交付率98.5%。通过优化排产和工序衔接，生产节拍比去年同期提升约8%。
-
@H2 | 产品质量控制 ：成品一次交验合格率稳定在99.7%，高于99.5%的年度目标，关键工序质量控制点（QCP）平均合格率99.9%。车间推行首检、巡检、终检“三检”制度，执行质量标准作业程序（SOP），组织质量专题分析会XX次，制定并实施纠正与预防措施XX项。
-
@H2 text=安全生产管理 | 安全生产管理 ：安全生产是所有工作的前提
""",
    ),
    dict(
        name="fresh115_09_community_party_building_125_project_summary",
        source="https://haozongjie.com/zonghe/shequzongjie/1370563.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample ('第1篇') of a collection page: a community's party-building summary report "
               "(象山社区, 绥芬河市). The sample marker was dropped; '2023年社区党建工作总结报告' is its title line.",
               "The opening (the community's location and size, honours) ends with '具体情况汇报如下：'. The next line "
               "'125工程即：抓好一个格局，建立两个机制，开展好五项活动。' defines the slogan the summary is built on and "
               "is a body line, not a heading.",
               "'（一）抓好一个格局：…' and '（二）建立两个机制：…' are 'title：body' headings at the top level shown "
               "(level 1), achievements; '1.对在职党员，加强监督，防止流于形式。' is a level-2 heading; the lead-in "
               "'…管理机制：' is body, and '建立“四卡”管理：…' is a measure statement under it (item, level 3). The "
               "page ends inside that item ('…设')."],
        units=["象山社区", "社区党支部"],
        text="""\
@T | 2023年社区党建工作总结报告
象山社区地处绥芬河市区繁华地段，辖区面积1.5平方公里，有楼房34栋、3275户9325人（其中流动户887户2025人），辖区单位12家，社区工作人员9人、治安协管员2人，直管党员47人、在职党员81人。两年来，社区在市委组织部指导和镇党委、政府领导下，以党建为核心、服务群众为重点、创建和谐社区为目标，实施“125工程”，先后获得“省级爱国卫生先进单位”“绥芬河镇先进党支部”等称号。具体情况汇报如下：
125工程即：抓好一个格局，建立两个机制，开展好五项活动。
@H1 sec=achievements | （一）抓好一个格局：以社区党工委为核心、社区党支部为基础，驻区单位党组织代表、义工协会代表和居民议事会成员共同参与，形成社区党建大格局。
@H1 sec=achievements | （二）建立两个机制：社区党支部建立两个机制，把支部建设、党员管理和以党员为骨干的义工参与社区服务结合起来，使党员服务居民形成制度，发挥在职党员在和谐社区建设中的带头作用。
@H2 | 1.对在职党员，加强监督，防止流于形式。
针对在职党员和流动党员，社区党支部采取“四卡一岗一制度”管理机制：
@I3 | 建立“四卡”管理：即党员基本情况卡、活动记录卡、社区表现卡、社区表现反馈卡；推行党员挂牌制度，开展“亮身份、树形象”主题活动；设立在职党员认领的公益岗位，根据社区实际，设
""",
    ),
]
