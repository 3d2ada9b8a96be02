# -*- coding: utf-8 -*-
"""The twenty-third held-out fresh set: real Chinese schemes and work plans
(实施方案 / 工作方案 / 整治方案 / 工作计划, an outline of a scheme, an arrangement
notice) and two activity plans, whose visible part carries DATED steps.
Writers: a city government, a county government, a provincial government, a
city health bureau (outline), a county bureau working in a village, a
kindergarten, a county government, a rural commercial bank, a city health
bureau (notice), a company, a school's moral-education office and a street's
central primary school; found as stored public web pages with the `search`
tool's `pages` corpus.  None of the source pages is a source of a label file
listed in /work/fresh23/used_sources.tsv (shared/corpus-dev,
tests/corpus_fresh*, /work/fresh14, /work/fresh16 .. /work/fresh22), and no
title repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  file titles of document-sharing sites, page numbers, 'return' and QR
  lines) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored (times such as 13:00 keep
  the ASCII colon).  Headings that the store ran into the surrounding text
  were put on their own line where noted.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source (XX,
  **, 20XX) are kept.  Personal names were dropped.  Short value lines and
  task rows are kept as the page has them.

Marker syntax: see fresh_build/build.py.
"""

FRESH23_DOCS = [
    dict(
        name="fresh23_01_city_construction_projects_governance_scheme_steps_page",
        source="http://ask.fsou.com/html/text/lar/171338/17133886_6.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 6 of a city's scheme for the special governance of problems in construction projects (政府投资和使用"
               "国有资金项目, 扩大内需项目; 市专项治理工作领导小组), on a law-text site that splits long documents into "
               "pages. The visible part STARTS with the dated stages: '（三）重点检查阶段（2010年3月-2010年7月）', "
               "'（四）集中整改阶段（2010年8月-2011年1月）' (a range across a year end) and "
               "'（五）总结巩固阶段（2011年2月-2011年10月上旬）' (a 旬 end). The stage lines carry no body; the body "
               "follows on the next line. The parent part (三、…) and the title are on earlier pages, so title is null.",
               "The stages are level 2 as in the whole document (level 1 accepted, since their parent is not visible); "
               "四、保障措施 follows at level 1.",
               "'2011年10月10日前' in stage five's body is a reporting deadline, not a phase. The page ends inside "
               "（一） of 四、 ('…抓好职责范')."],
        units=["市专项治理工作领导小组", "省专项治理工作领导小组", "市委", "市政府"],
        text="""\
@H2 sec=phases lvlalt=1 phase=重点检查阶段;2010年3月;2010年7月 | （三）重点检查阶段（2010年3月-2010年7月）
各县（市）区和各有关部门对本地区、本系统（单位）的排查治理进行重点检查：拒不自查自纠、掩盖问题的从严处理，自查走过场的督促复查，复查仍敷衍的追究单位负责人责任；市专项治理工作领导小组适时组织重点抽查。
@H2 sec=phases lvlalt=1 phase=集中整改阶段;2010年8月;2011年1月 | （四）集中整改阶段（2010年8月-2011年1月）
各级各有关部门梳理排查出的问题，分析根源和规律，找准监管薄弱环节，结合体制机制建设制定整改措施、落实整改责任，确保政府投资和使用国有资金项目特别是扩大内需项目优质、高效、安全、廉洁。
@H2 sec=phases lvlalt=1 phase=总结巩固阶段;2011年2月;2011年10月上旬 | （五）总结巩固阶段（2011年2月-2011年10月上旬）
各县（市）区和各有关部门把有效做法转化为规章制度，建立长效机制，总结本地区、本系统的治理情况，于2011年10月10日前报市专项治理工作领导小组；领导小组汇总后向省专项治理工作领导小组和市委、市政府报送专题报告，并适时开展“回头看”。
@H1 sec=measures alt=requirements | 四、保障措施
@H2 | （一）加强领导，统筹推进。各级各部门要学习领会中央精神，把专项治理列入议事日程，按照党委（党组）统一领导、党政齐抓共管、部门各负其责的要求健全责任机制、落实分工；有关职能部门特别是牵头单位要切实负起责任，抓好职责范
""",
    ),
    dict(
        name="fresh23_02_county_village_environment_rectification_scheme_steps_page",
        source="http://ask.fsou.com/html/text/lar/172146/17214661_2.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 2 of a county's scheme for the environmental rectification of villages (村（屯）) in its new-countryside "
               "programme (县社会主义新农村建设领导小组办公室, 乡（镇）、场), on the same law-text site as fresh23_01. "
               "The visible part STARTS with stage two: '（二）专项整治阶段（2010年6月23日至11月20日）。' and "
               "'（三）检查验收阶段（2010年11月21日至12月20日）。', each a stage line closed by '。' with the body on "
               "the next line; the ends have no year. Title and stage one are on page 1, so title is null.",
               "Stage three's numbered points are items: '1.检查验收分两步进行：' with '第一步：' / '第二步：' under it, and "
               "'2.检查验收时间。…' whose two inspection dates ('2010年8月上旬和2010年12月上旬') are task dates inside an "
               "item, not phases. So are the two rectification months '2010年7月和2010年11月' in 五、工作要求（一）.",
               "The stages are level 2 (level 1 accepted, their parent is not visible). The page ends inside 五、（三） "
               "('…充分利用国家扩大')."],
        units=["县社会主义新农村建设领导小组办公室", "县委督查室", "县政府督查室", "县直相关部门"],
        text="""\
@H2 sec=phases lvlalt=1 phase=专项整治阶段;2010年6月23日;11月20日 | （二）专项整治阶段（2010年6月23日至11月20日）。
各乡（镇）、场按本方案结合实际全面开展村（屯）环境整治；县里召开全县村（屯）环境综合整治工作现场会，查找问题、提出整改意见、推广先进经验。
@H2 sec=phases lvlalt=1 phase=检查验收阶段;2010年11月21日;12月20日 | （三）检查验收阶段（2010年11月21日至12月20日）。
@I3 | 1.检查验收分两步进行：
@I4 | 第一步：各乡（镇）、场组织人员对本辖区环境综合整治自检自查，总结成绩和问题，形成自检总结报告报县社会主义新农村建设领导小组办公室。
@I4 | 第二步：县社会主义新农村建设领导小组办公室牵头，会同县委督查室、县政府督查室、县直相关部门、乡（镇）和场党委书记及部分人大代表、政协委员全面检查验收，通报结果、表扬先进、批评落后，验收情况纳入年终全县目标责任制考核。
@I3 | 2.检查验收时间。分两次检查验收，时间分别为2010年8月上旬和2010年12月上旬，以两次打分的平均成绩排名。
@H1 sec=requirements | 五、工作要求
@H2 | （一）加强组织领导。各乡（镇）、场把环境综合整治列入重要日程，明确职责、细化目标；2010年7月和2010年11月为全县新农村建设环境综合整治月，集中攻坚、重点突破。
@H2 | （二）完善帮扶制度。实行领导包乡（镇）、部门包村、企业支持的帮扶机制，各部门派干部与乡（镇）包村干部一同驻村入户，指导各村以户为单位开展整治。
@H2 | （三）多方筹措资金。各乡（镇）、场及帮扶部门要充分利用国家扩大
""",
    ),
    dict(
        name="fresh23_03_provincial_environmental_action_scheme_steps_page",
        source="http://www.fymate.net/html/text/lar/168423/16842376_3.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a provincial government's scheme for the 2005 environmental protection special action "
               "(省环保专项行动领导小组, 各行署、市、县政府), on a mirror of the law-text site of fresh23_01. The visible "
               "part STARTS with run-in dated stages: '（二）自查摸底阶段（7月3日至7月15日）。…' to "
               "'（五）总结考核阶段（10月1日至11月10日）。…', name and dates in the heading part, the body after the "
               "first '。' on the same line. Title and stage one are on earlier pages, so title is null.",
               "The reporting deadlines inside the stage bodies ('7月15日前', '9月25日前', '11月10日前') are task "
               "deadlines, not phases. The stages are level 2 (level 1 accepted). The page ends inside 五、（二） "
               "('…省政府成立环保专项')."],
        units=["省环保专项行动领导小组", "省环保专项行动领导小组办公室", "各地市环保专项行动领导小组", "省政府"],
        text="""\
@H2 sec=phases lvlalt=1 phase=自查摸底阶段;7月3日;7月15日 | （二）自查摸底阶段（7月3日至7月15日）。各行署、市、县政府深入检查辖区内的重点污染问题和2003年以来重点工作的落实，梳理群众举报，确定市级挂牌督办名单并据此确定省级名单；各地市环保专项行动领导小组于7月15日前把检查情况和名单报省环保专项行动领导小组办公室。
@H2 sec=phases lvlalt=1 phase=全面整治阶段;7月16日;8月31日 | （三）全面整治阶段（7月16日至8月31日）。各行署、市、县政府组织有关部门集中整治查出的重点环境问题，公开查处、曝光一批典型环境违法案件；典型案件和挂牌督办问题的整改情况于9月25日前报省环保专项行动领导小组办公室。
@H2 sec=phases lvlalt=1 phase=抽查和重点检查阶段;9月1日;9月30日 | （四）抽查和重点检查阶段（9月1日至9月30日）。省环保专项行动领导小组有计划地派督查组到各地督查或暗查，对严重危害群众健康、影响社会稳定的典型案件公开处理一批责任人。
@H2 sec=phases lvlalt=1 phase=总结考核阶段;10月1日;11月10日 | （五）总结考核阶段（10月1日至11月10日）。各行署、市政府总结成效与不足，提出长效管理措施，于11月10日前报送《2005年环保专项行动工作总结》和《环保专项行动三年工作总结》；省环保专项行动领导小组办公室依据《国家环保专项行动考核办法》对各地市进行考核。
@H1 sec=measures alt=requirements | 五、保障措施
@H2 | （一）提高认识，增强紧迫感。各地、各部门负责同志要从以人为本、执政为民的高度，认识到开展环保专项行动、解决群众身边的污染问题是落实科学发展观、构建和谐社会的重要举措，切实抓紧抓好。
@H2 | （二）加强组织领导，强化各级政府责任。省政府成立环保专项
""",
    ),
    dict(
        name="fresh23_04_city_health_bureau_practice_rectification_outline",
        source="http://www.guangshui.gov.cn/zwgk/xxgkml/shgysy/wsjk/jdjc_zggsw/202306/t20230619_1119923.shtml",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A city health bureau's (广水市卫健局) own short outline of its scheme for the special rectification of "
               "medical institutions' lawful practice, published on the city government's site. The store returned one "
               "paragraph only (no page heading), so the document is one line, has no headings and title is null; the "
               "QR-code and 'leaving the site' lines were dropped.",
               "The four steps are run together in that one line: '普法培训阶段（5月-12月）；依法自查阶段（5月15日-6月30日）；"
               "专项督导阶段（7月1日-11月30日）；最后就是总结评估…'. Three dated phases are placed by extra_phases; the "
               "fourth step (总结评估) is undated and not labelled. The overall period '2023年5月至2023年12月' is an "
               "optional phase on the same line. The first step overlaps the others (it runs the whole period).",
               "partial is true: the outline is the page's whole visible text, but the scheme itself is not shown."],
        units=["卫健局党委", "卫健局", "医疗机构依法执业专项整治工作领导小组"],
        extra_phases=[
            dict(name="普法培训阶段", start_text="5月", end_text="12月", at="普法培训阶段", optional=False),
            dict(name="依法自查阶段", start_text="5月15日", end_text="6月30日", at="依法自查阶段", optional=False),
            dict(name="专项督导阶段", start_text="7月1日", end_text="11月30日", at="专项督导阶段", optional=False),
            dict(name="专项整治", start_text="2023年5月", end_text="2023年12月", at="于2023年5月"),
        ],
        text="""\
为加强医疗行业监管、规范医疗机构执业行为和医疗服务市场秩序，卫健局党委决定于2023年5月至2023年12月在全市开展医疗机构依法执业专项整治，并结合本市实际制定了工作方案；方案成立由卫健局主要负责人任组长、分管领导任副组长的专项整治工作领导小组，整治分四个步骤实施：普法培训阶段（5月-12月）；依法自查阶段（5月15日-6月30日）；专项督导阶段（7月1日-11月30日）；最后是总结评估，行动结束后全面总结，市卫健局在全市医疗机构通报专项督导检查情况。
""",
    ),
    dict(
        name="fresh23_05_bureau_village_three_cleanups_scheme",
        source="https://yzwku.com/doc/728220.html",
        doc_kind="scheme", doc_kind_alt=["plan", "activity_plan"], partial=True,
        notes=["A county bureau's (结合我局实际, 局机关各股室) 工作方案 for a village environmental clean-up ('三清理、三整治') "
               "in XX镇XX村, 2015, on a document-sharing site. The site's file title ('….docx'), its sharing line and the "
               "'配套讲稿' debris were dropped; the document shows no title of its own, so title is null. The page's "
               "wording is synonym-spun in places (广袤, 宣扬, 相识到); heading lines keep it ('宣扬发动阶段').",
               "The store ran the whole text into two chunks; the part headings 一、 to 五、 were put on their own lines, "
               "with their short values on the next line (一、活动时间 / 2015年8月1日至8月31日, …). The chunk markers "
               "of the site were kept and never labelled: '1、' before the opening sentence and '2、' splitting the "
               "phrase 统一彻底 / 拆除 (the line '2、拆除；…'); like corpus-dev's dev07 and fresh17_04.",
               "五、具体步骤 holds unnumbered label stages run in with their bodies, the dates after the colon and the "
               "body glued to the date without punctuation: '调查摸底、宣扬发动阶段：8月1日至8月10日此阶段…' and "
               "'清理清运阶段：8月11日至21日此阶段…' (end without month). The overall period on the line after "
               "一、活动时间 is optional. The page ends inside stage two ('…和驻村')."],
        units=["局机关各股室", "下属各单位", "三送工作队"],
        extra_phases=[
            dict(name="活动时间", start_text="2015年8月1日", end_text="8月31日", at="2015年8月1日至8月31日"),
        ],
        text="""\
1、为改善XX镇XX村的农村卫生环境，增强群众的环保和卫生意识，妥善解决XX村的生活垃圾处理问题，提高农村居民的生活质量，依据县委县政府的部署并结合本局实际，决定集中力量在XX村开展以“三清理、三整治”为主要内容的农村环境卫生治理活动，具体如下：
@H1 sec=phases alt=other | 一、活动时间
2015年8月1日至8月31日
@H1 sec=other | 二、活动范围
XX镇XX村
@H1 sec=responsibilities alt=other | 三、参加人员
局机关各股室、下属各单位人员
@H1 sec=goals alt=measures | 四、活动内容
“三清理”，即以村民小组为单位集中力量和时间，清理存量垃圾、卫生死角和沟渠污泥。“三整治”，即废弃旧房整治，对没有利用价值的破旧房屋、栏厕、残垣断壁等统一彻底
2、拆除；民居庭院整治，统一归置房前屋后的柴火、生产工具和生活用具，统一修缮能保留原貌的农房；农村八乱整治，整治乱扔乱倒、乱搭乱建、乱堆乱放、乱挂乱贴等现象。
@H1 sec=phases | 五、具体步骤
@H2 text=调查摸底、宣扬发动阶段 phase=调查摸底、宣扬发动阶段;8月1日;8月10日 | 调查摸底、宣扬发动阶段：8月1日至8月10日此阶段全面调查XX村陈年存量垃圾、卫生死角和沟渠污泥的情况，摸清垃圾堆放地点和数量；入户宣传引导，让群众认识整治的意义，动员农户拆除自家破旧房屋和残垣断壁，统一归置柴草和生产工具。
@H2 text=清理清运阶段 phase=清理清运阶段;8月11日;21日 | 清理清运阶段：8月11日至21日此阶段主要对陈年存量垃圾进行清理、清运，由三送工作队牵头，主要领导带队，和驻村
""",
    ),
    dict(
        name="fresh23_06_kindergarten_2005_monthly_work_plan",
        source="https://deyubao.com.cn/yuanzhang/show.php?itemid=361",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's 2005 园务 work plan from the head-teacher section of a moral-education site: month "
               "headings '二月园务行政', '三月园务行政' with numbered task rows under them. The line '2005-1' under the "
               "title is kept as the page has it (a date line, not labelled).",
               "Each month heading is a phase with the month as start and no end ('二月', '三月'; the year 2005 is only in "
               "the title). The task rows are short and kept as the page has them (full-width colons restored); the "
               "March list restarts its numbering ('… 9. 专题片的资料积累工作', then '8. 幼儿体检。', '9. …'), kept.",
               "partial is true: the store returned the plan only up to March."],
        units=["幼儿园"],
        text="""\
@T | 2005年园务工作计划
2005-1
@H1 sec=phases alt=goals phase=二月园务行政;二月; | 二月园务行政
@I2 | 1. 学习规程和纲要。理论考试。讨论新学期目标和计划。
@I2 | 2. 教研工作，拟定教研课题。
@I2 | 3. 幼儿园园务会，幼儿园教改方案。班级人员工作调配。
@I2 | 4. 房舍、设备安全、取暖设施检查。核对班级物品，搞好卫生。
@I2 | 5. 伙食工作会议，对幼儿生长发育及进餐质量分析，并提出改进意见。
@I2 | 6. 对各班教学质量结果进行分析评价，各部门制定工作计划。
@I2 | 7. 家长工作。
@H1 sec=phases alt=goals phase=三月园务行政;三月; | 三月园务行政
@I2 | 1. 家长会：
@I2 | 2. 全体职工大会。
@I2 | 3. 检查师资培训工作安排
@I2 | 4. 建幼儿食堂
@I2 | 5. 乐园报
@I2 | 6. 教研：参看教学工作计划。
@I2 | 7. 加强户外体育锻炼：
@I2 | 8. 跟踪半日活动
@I2 | 9. 专题片的资料积累工作
@I2 | 8. 幼儿体检。
@I2 | 9. 加强卫生保健：室内通风，加强户外活动监控。
""",
    ),
    dict(
        name="fresh23_07_county_straw_burning_ban_scheme",
        source="https://xiaomilidoc.com/p-2186348.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county's (the key towns 严道镇, 花滩镇, 龙苍沟镇 … are those of 荥经县; the name is masked as '**县') "
               "straw-burning ban and use scheme for 2018, title masked '20XX年…', on a document-sharing site. The store "
               "ran the text into one chunk; the title and the headings 一、 to 四、, （一）, （二） were put on their own "
               "lines.",
               "The dated steps sit under an undated schedule heading: 三、工作重点 / '（一）时间安排', whose body line "
               "names two key inspection periods, '夏收季节4月20日-6月20日；秋收季节8月20日-11月20日'. Both are phases "
               "placed on that body line by extra_phases (two on one line); the year-round ban ('全年、全域禁烧') is not "
               "a phase.",
               "The PDF page marker inside item 1 ('…负责全县第1页共18页秸秆禁烧…') is kept as the page has it. '2018年' "
               "in 二、工作目标 is a target year, not a phase. The page ends inside item 1 ('领导小组人员')."],
        units=["**县秸秆禁烧和综合利用工作领导小组", "县级部门"],
        extra_phases=[
            dict(name="夏收季节", start_text="4月20日", end_text="6月20日", at="夏收季节4月20日", optional=False),
            dict(name="秋收季节", start_text="8月20日", end_text="11月20日", at="秋收季节8月20日", optional=False),
        ],
        text="""\
@T | 20XX年秸秆禁烧和综合利用工作方案
为贯彻《中华人民共和国大气污染防治法》、推进全县秸秆禁烧和综合利用、改善环境空气质量，按照省、市秸秆禁烧及综合利用会议精神，结合本县实际制定本方案。
@H1 sec=guidance | 一、指导思想
以党的十九大精神和习近平新时代中国特色社会主义思想为统领，按照“标本兼治、疏堵并举、属地管理、源头控制”的原则，把禁烧与综合利用、全面防控与重点督查结合起来，发动群众参与，鼓励企业和农户综合利用秸秆，尽量减少焚烧对空气质量的影响，确保全县环境空气质量逐年提高。
@H1 sec=goals | 二、工作目标
加强县域秸秆禁烧联防联控，推广综合利用、以用促禁、推进秸秆还田，力争2018年全县秸秆综合利用率不低于84%，基本遏制焚烧秸秆现象。
@H1 sec=goals alt=phases | 三、工作重点
@H2 sec=phases alt=goals | （一）时间安排
按照省、市要求，全县实行全年、全域禁烧，其中重点巡查时段为：夏收季节4月20日-6月20日；秋收季节8月20日-11月20日。
@H2 sec=goals alt=other | （二）禁烧范围
全县行政区域内不得露天焚烧秸秆（垃圾、落叶、杂草）。禁烧重点监管乡（镇）：严道镇、花滩镇、龙苍沟镇、新添镇、大田坝乡、青龙乡、烟竹乡、附城乡、五宪乡、六合乡、烈太乡、安靖乡。
@H1 sec=measures | 四、工作措施
@H2 | （一）加强领导，明确责任
@I3 | 1.成立**县秸秆禁烧和综合利用工作领导小组，负责全县第1页共18页秸秆禁烧和综合利用的指导，实行县级领导包乡（镇）、县级部门包联系村（社区）、乡（镇）领导包村组、村组干部包田块的“四包”考核机制。领导小组人员
""",
    ),
    dict(
        name="fresh23_08_rural_bank_national_day_activity_plan",
        source="https://jingyanben.com/bangongwenmi/179289.html?page=2",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Page 2 of a rural commercial bank's (总行, 支行, 营业网点, 信合大厦, 总行工会) National Day '七个一' "
               "activity plan on a writing site. The visible part starts inside 一、 (its items 4. to 7.; items, level 2, "
               "level 1 accepted since 一、 is not visible) and shows 二、活动时间、地点、对象 and the start of 三、活动说明. "
               "Title null (on page 1).",
               "The dates sit on the line AFTER each activity heading, in dash rows '- 时间：10月4日下午13:00集中' (the site "
               "prints the key-value rows with '- '); the activity headings '1. 广播操比赛与健步走活动：' … carry the "
               "phases: single times (start only) and ranges '10月5日至6日', '9月25日至30日' (end without month). "
               "'6. 《我们银行》国庆专刊：' has no date and is no phase. The '- 地点/对象' rows and the rule rows are "
               "unlabelled value lines; the dash labels '- 广播操比赛：', '- 健步走活动：', '- 道德讲堂：' are level-3 "
               "headings (numbering none).",
               "'在10月1日之前会唱' in a rule row is a task deadline, not a phase. The page ends inside 三、 "
               "(the rules of 道德讲堂)."],
        units=["办公室", "总行工会", "机关部室", "各支行"],
        text="""\
@I2 sec=goals alt=measures lvlalt=1 | 4. 组织一次金融创新大讲堂
@I2 sec=goals alt=measures lvlalt=1 | 5. 组织一次大学生员工座谈会
@I2 sec=goals alt=measures lvlalt=1 | 6. 组织一次“案件防控专项整治大家谈”主题征文比赛
@I2 sec=goals alt=measures lvlalt=1 | 7. 出版一期《我们银行》国庆专刊
@H1 sec=phases alt=other | 二、活动时间、地点、对象：
@H2 phase=广播操比赛与健步走活动;10月4日下午13:00; | 1. 广播操比赛与健步走活动：
- 时间：10月4日下午13:00集中
- 地点：市民广场
- 对象：详见附件3
@H2 phase=道德讲堂;10月5日上午8:00; | 2. 道德讲堂：
- 时间：10月5日上午8:00
- 地点：三楼大会议室
- 对象：详见附件6
@H2 phase=金融创新大讲堂;10月5日;6日 | 3. 金融创新大讲堂：
- 时间：10月5日至6日（6日上午8:00开始）
- 地点：三楼大会议室
- 对象：详见附件7
@H2 phase=大学生员工座谈会;10月7日上午9:00; | 4. 大学生员工座谈会：
- 时间：10月7日上午9:00
- 地点：三楼大会议室
- 对象：详见附件8
@H2 phase=“案件防控专项整治大家谈”主题征文比赛;9月25日;30日 | 5. “案件防控专项整治大家谈”主题征文比赛：
- 时间：9月25日至30日
- 对象：详见附件10
@H2 | 6. 《我们银行》国庆专刊：
- 办公室对国庆期间的“七个一”活动作系列报道
@H1 sec=requirements alt=other | 三、活动说明：
@H2 | 1. 比赛规则：
@H3 | - 广播操比赛：
- 各营业网点和机关部室参赛（机关各部室合为一个参赛单位）
- 分七组比赛，参赛单位和出场次序见附件4
- 评委由外聘评委五名、机关部室评委三名和各支行评委三名组成
- 各单位得分取全体评委评分的平均值，按得分排名
@H3 | - 健步走活动：
- 不计时、不排名，全体人员保持队伍整齐
- 路线：市民广场（北出口）――北海路（向西，途经迎春饭店）――北海路与西环路交叉路口（向南）――西溪景区（向东）――海道桥（向东北）――东台镇（向东）――信合大厦
- 沿途设三个监测点，每过一点领取一个号码，到终点交回三个号码即为完成全程
@H3 | - 道德讲堂：
- 各单位、部门组织员工学唱《公民道德歌》，确保在10月1日之前会唱
- 主持人、领唱人、宣讲员（见附件5）按要求练习，总行工会组织排练
""",
    ),
    dict(
        name="fresh23_09_city_health_bureau_township_hospital_grading_notice",
        source="https://m.med126.com/rencai/2013/20130712102813_680645.shtml",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city health bureau's (市卫生局, in Gansu: 甘卫农卫函〔2012〕182号) 2012 notice forwarding the province's "
               "report on township health centre grading and arranging this year's grading work itself, republished on a "
               "medical recruitment site. The page shows no notice title, so title is null; the site's download lines "
               "('下载信息…', '点击下载文件…') were dropped, the 附件 line and the date line '二O一二年八月二十一日' kept.",
               "The arrangements are four numbered points, labelled as items (level 1, no headings in the document). "
               "ALL dated steps are run together in point 3: an open start '即日起' (启动), deadline-only steps '8月底' "
               "(初评; the page writes '务于8月底完成', no 前), '9月10日前' (报送初审材料), '9月20日前' (复审) and a 旬 "
               "start '9月下旬' (申请省卫生厅抽查). Five phases on one line: one on the item, four by extra_phases.",
               "'在2012年内完成' / '今年内' in point 1 is the overall deadline of the grading cycle, a goal, not a phase."],
        units=["省卫生厅", "市卫生局", "市卫生局农卫科", "各县（区）卫生局"],
        extra_phases=[
            dict(name="初评", start_text=None, end_text="8月底", at="务于8月底", optional=False),
            dict(name="报送初审材料", start_text=None, end_text="9月10日前", at="务于8月底", optional=False),
            dict(name="复审", start_text=None, end_text="9月20日前", at="务于8月底", optional=False),
            dict(name="申请省卫生厅抽查", start_text="9月下旬", end_text=None, at="务于8月底", optional=False),
        ],
        text="""\
各县（区）卫生局：
现将省卫生厅《关于2011年度全省乡镇卫生院等级评审情况的通报》（甘卫农卫函〔2012〕182号）转发给你们，并就2012年我市乡镇卫生院等级评审工作安排如下：
@I1 sec=goals alt=requirements | 1、按照省卫生厅通知，全省本周期乡镇卫生院等级评审须在2012年内完成，乡镇卫生院分院独立参评；全市100所乡镇卫生院、11所卫生分院中2011年未评审的，今年内全部完成评审；
@I1 sec=requirements | 2、评审程序仍按2011年的要求执行，省卫生厅已把“一卡通”工作列入2012年乡镇卫生院等级评审标准，请提前做好准备；
@I1 sec=phases phase=启动;即日起; | 3、全部评审工作从即日起立即启动，各县（区）务于8月底完成初评，9月10日前向市卫生局农卫科报送初审材料，市卫生局于9月20日前组织安排复审，9月下旬申请省卫生厅抽查。
@I1 sec=requirements | 4、针对省卫生厅《通报》指出的2011年评审中的3类问题，各县（区）卫生局要找准本地的突出问题，督促乡镇卫生院抓好整改。
附件：省卫生厅《关于2011年度全省乡镇卫生院等级评审情况的通报》（甘卫农卫函〔2012〕182号）
二O一二年八月二十一日
""",
    ),
    dict(
        name="fresh23_10_company_new_year_cleaning_activity_notice",
        source="https://m.777doc.com/doc-2133283.html",
        doc_kind="activity_plan", doc_kind_alt=["plan", "scheme"], partial=True,
        notes=["A company's notice to its departments (公司各部门, 生产车间, 后勤部门, 公租房) on a New Year and Spring "
               "Festival clean-up for 2014, on a document-sharing site. The site's truncated file title, its tip and "
               "'read more' lines and '资源描述' were dropped. The store ran the notice into one chunk; the title, the "
               "addressee line and the part headings were put on their own lines (五、组织检查 split from its body).",
               "The two dated steps are label headings under 一、活动时间, each closed by '。': "
               "'（一）元旦大扫除时间：2013年12月28日~29日。' and '（二）春节大扫除时间：2014年1月25日~26日。' "
               "(a '~' range, end day without month; the two steps fall in different years). Heading texts are cut at the "
               "colon.",
               "The points of 四、有关要求 are run-in requirement sentences, labelled as items. The page ends inside "
               "五、组织检查 ('…为成员的卫生检查小组，')."],
        units=["公司", "生产车间", "后勤部门", "卫生检查小组"],
        text="""\
@T | 关于开展元旦、春节卫生大扫除活动的通知
公司各部门：
2014年元旦、春节将至，为营造整洁、文明、有序的节日环境，保持公司良好形象，公司决定在全公司开展2014年“庆元旦、迎新春”卫生大扫除活动，现将安排通知如下：
@H1 sec=phases | 一、活动时间
@H2 phase=元旦大扫除;2013年12月28日;29日 | （一）元旦大扫除时间：2013年12月28日~29日。
@H2 phase=春节大扫除;2014年1月25日;26日 | （二）春节大扫除时间：2014年1月25日~26日。
@H1 sec=goals alt=measures | 二、活动内容：重点整治厂区道路、绿化带、公共场所、办公场所及周边的环境卫生，清除暴露垃圾；重点擦洗办公楼和公租房的门窗玻璃，彻底清理餐厅、厨房、自行车棚、员工宿舍等处的卫生死角。
@H1 sec=responsibilities | 三、部门分工
@H2 | （一）工作环境：生产车间清扫各工作岗位，后勤部门清扫本部门办公室。
@H2 | （二）公共区域：按卫生区划分清理，卫生区在原划分基础上略有调整，详见附件；各部门按人员情况细化分工、层层落实，今后按新划分的区域做好保洁。
@H1 sec=requirements | 四、有关要求
@I2 | （一）各部门要高度重视，领导挂帅、人人参与，按职责范围做好本辖区、本部门两节期间的大扫除，清除积存垃圾和卫生死角。
@I2 | （二）清扫中要加强安全教育，擦洗高层窗户时尤其要注意安全。
@I2 | （三）各部门经理是卫生大扫除的第一责任人，要合理调度，在做好本职工作的同时完成大扫除任务。
@H1 sec=responsibilities alt=requirements | 五、组织检查
公司成立由分管副总任组长，各部门经理为成员的卫生检查小组，
""",
    ),
    dict(
        name="fresh23_11_school_moral_education_office_monthly_plan",
        source="https://m.shuomingshu.cn/gongzuojihua/349180.html",
        doc_kind="plan", partial=True,
        notes=["A school moral-education office's (德育处 / 政教处, 大队部) term plan by month, February to July of the "
               "centenary year of the Party (2021), on a writing site. The page heading is kept as the title with its "
               "brackets restored ('…（学校德育工作月度计划）').",
               "Month headings with tasks under them: '二月主题：新起点、新打算' … '七月主题：建党一百周年'; each is a "
               "phase with the month as start and no end. The task rows are kept as the page has them, including its "
               "artefacts: '三月主题：养成文明习惯，我能行学' took the 学 of the next row ('1、雷锋、树新风教育活动。'), and two "
               "rows hold two numbered tasks each ('2、…。3、…', '4、…。5、…'); such a row is one item.",
               "partial is true by convention: the store's text ends after 七月 and whether the page continues is unknown."],
        units=["德育处", "政教处", "大队部"],
        text="""\
@T | 德育处工作计划和安排（学校德育工作月度计划）
@H1 sec=phases alt=goals phase=二月主题;二月; | 二月主题：新起点、新打算
@I2 | 1、开学校会。
@I2 | 2、制作“开学第一课”
@I2 | 3、安排整理校园环境卫生。
@I2 | 4、班容班貌评比工作。
@I2 | 5、安排值日、值周老师、学生工作。
@I2 | 6、政教处、大队部制订工作计划，各班制定工作计划。
@H1 sec=phases alt=goals phase=三月主题;三月; | 三月主题：养成文明习惯，我能行学
@I2 | 1、雷锋、树新风教育活动。
@I2 | 2、“三八妇女节”感恩教育活动。3、“学礼仪规范，做文明学生”主题班队。
@I2 | 4、《规范》、《守则》知识竞赛。5、“预防传染病”为主题的卫生教育手抄报评比。
@I2 | 6、卫生健康教育班队课
@H1 sec=phases alt=goals phase=四月主题;四月; | 四月主题：安全伴我行
@I2 | 1、“安全伴我成长”黑板报、手抄报评比。
@I2 | 2、开展“安全知识竞赛”活动。
@I2 | 3、清明节“文明祭扫”教育活动。
@I2 | 4、纪律、安全、卫生、常规方面的教育班队课。
@H1 sec=phases alt=goals phase=五月主题;五月; | 五月主题：争做合格小公民
@I2 | 1、庆“五一”国际劳动节开展“当好家庭小帮手”活动。
@I2 | 2、五一长假学生安全教育。
@I2 | 3、“我为学校添绿色”，美化、净化校园活动。
@I2 | 4、预防溺水教育主题班队课。
@I2 | 5、母亲节系列特色活动。
@I2 | 6、少先队礼仪教育系列活动。
@H1 sec=phases alt=goals phase=六月主题;六月; | 六月主题：快乐的节日
@I2 | 1、六一国际儿童节庆祝活动。
@I2 | 2、端午节纪念活动。父亲节感恩活动。一年级少先队入队仪式。
@I2 | 3、防雷电、暴雨、洪水、泥石流汛期教育。
@I2 | 4、“争做学习的小主人”主题手抄报评比，高年级以禁毒为主题。
@H1 sec=phases alt=goals phase=七月主题;七月; | 七月主题：建党一百周年
@I2 | 1、建党一百周年系列庆祝活动
@I2 | 2、期末班务工作总结。
@I2 | 3、开展评优工作，总结表彰。
@I2 | 4、做好整理归档工作。
@I2 | 5、布置暑假安全，下发《致家长的一封信》。
""",
    ),
    dict(
        name="fresh23_12_central_primary_school_moral_education_plan_month_table",
        source="http://89xue.com/m01/m03/160026_2.html",
        doc_kind="plan", partial=True,
        notes=["Page 2 of a street's central primary school's (城港路街道中心小学) moral-education work plan, signed "
               "'二○○八年二月', on an essay site. The site's page title ('2017年中心小学德育工作计划', a wrong year) was "
               "dropped; the plan's own title is on page 1, so title is null. The visible part starts with point 4 of a "
               "part that is not visible ('4、突出德育特色活动。', level 2, level 1 accepted).",
               "After the signature comes a month table flattened ONE CELL PER LINE under '月份工作安排': the header cells "
               "'时间' / '重点工作', then each month cell ('2月份' … '12月份') followed by one or more task cells. As in "
               "corpus-dev's dev18 and fresh19_02, table cells are never labelled: the eleven phases (a month each, start "
               "only) sit on the unlabelled month-cell lines, placed by extra_phases. The cell '3月份 www.89xue.com' keeps "
               "the site's watermark; the table contradicts its own year ('制定2011年德育、团队工作计划' in a 2008 plan), "
               "kept. The page ends inside the December cell ('迎接学校德育团队工作')."],
        units=["城港路街道中心小学", "中心小学", "北京奥运组委会"],
        extra_phases=[
            dict(name="2月份", start_text="2月份", end_text=None, at="2月份", optional=False),
            dict(name="3月份", start_text="3月份", end_text=None, at="3月份 www", optional=False),
            dict(name="4月份", start_text="4月份", end_text=None, at="4月份", optional=False),
            dict(name="5月份", start_text="5月份", end_text=None, at="5月份", optional=False),
            dict(name="6月份", start_text="6月份", end_text=None, at="6月份", optional=False),
            dict(name="7月份", start_text="7月份", end_text=None, at="7月份", optional=False),
            dict(name="8月份", start_text="8月份", end_text=None, at="8月份", optional=False),
            dict(name="9月份", start_text="9月份", end_text=None, at="9月份", optional=False),
            dict(name="10月份", start_text="10月份", end_text=None, at="10月份", optional=False),
            dict(name="11月份", start_text="11月份", end_text=None, at="11月份", optional=False),
            dict(name="12月份", start_text="12月份", end_text=None, at="12月份", optional=False),
        ],
        text="""\
@H2 sec=goals alt=measures lvlalt=1 | 4、突出德育特色活动。
继续突出科技特色，力争在全国青少年科技创新大赛中再获佳绩；本学期借奥运会召开之机，把理想信念、习惯养成、文明守纪、法制环保、安全卫生等教育融合起来，开展两项特色活动：学校层面开展“城港路奥运火炬传递”，由中心小学制作一面火炬在各校间传递，每校开展一项与奥运有关的大型主题活动，最后把火炬呈送北京奥运组委会；学生层面在中心驻地校开展“我的奥运”主题实践活动，分“我的奥运梦想”和“我的奥运记录”两部分。
城港路街道中心小学
二○○八年二月
@H1 sec=phases num=none | 月份工作安排
时间
重点工作
2月份
制定2011年德育、团队工作计划
3月份 www.89xue.com
开展“学雷锋”、“安全教育日”等主题教育活动。
启动学校奥运火炬传递活动和学生“我的奥运”主题实践活动
开展以“节约一滴水、一度电、一张纸、一粒米”为主要内容的节约资源“四个一”活动
4月份
组织清明节祭扫和教育活动
实施“我的奥运”主题活动、结合市局要求启动“庆祝改革开放三十周年”教育活动
5月份
组织节假日实践活动
做好迎接全市学校德育工作会议的准备
参与第十三届杰出儿童少年评选活动
组织学校艺术节活动
6月份
搞好六一国际儿童节庆祝活动
7月份
开展“红领巾心向党”活动
8月份
组织暑假社会实践活动
9月份
组织第六个公民道德宣传日活动
10月份
组织庆“十一”假期实践活动
11月份
组织“建设书香校园”读书展示活动
12月份
迎接学校德育团队工作
""",
    ),
]
