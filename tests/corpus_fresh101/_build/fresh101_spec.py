# -*- coding: utf-8 -*-
"""The hundred-and-first held-out fresh set: SCHEMES AND ACTIVITY PLANS WHOSE
STEPS CARRY DATES WRITTEN IN VARIED WAYS (实施方案 / 工作方案 / 活动方案 and
their 实施步骤 / 工作计划 / 活动安排 / 时间表 parts): a township's farmland
rectification scheme with damaged dates (1025-30日, 111日至10日), a town's
economic-census scheme whose stages are its top headings, a city youth league
committee's May Fourth series plan with '时间：…' on the line after each
activity, a city's garden-city scheme with nested stages ending at events
('…获得省园林城市称号止'), a page of a provincial department's campaign scheme
('第三，分析检查阶段（2008年12月初至12月底）'), a subdistrict's stage plan with
'时间安排：（12月10日-12月20日）' on its own line, the census office's work
timetable (number, stage name and months on three lines) and a supermarket's
Spring Festival promotion plan (档期, '活动时间：2月10日~2月14日').
Found as stored public web pages with the `search` tool's `pages` corpus
(query log in notes_queries.txt).  None of the source pages is a source of
another set (URL lists and label files of /work/fresh*/ and tests/corpus_*,
checked when each page was chosen; list of this set's sources in
/work/fresh101/used_sources.tsv), and a distinctive sentence of each was
grepped across /work/fresh*/ and tests/corpus_*/ without a hit.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus-dev's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (posting lines, tag
  lines, site blurbs and 导语, collection titles, sample numbers, breadcrumbs)
  was dropped; a page marker that the page shows on its own line is kept.
- Heading, title, item and schedule lines keep the source's numbering,
  wording and punctuation (full-width punctuation （）：，；“” restored from
  the store's NFKC text), including damaged dates and glued lines.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped (none in view).

Marker syntax: see fresh_build/build.py.
"""

FRESH101_DOCS = [
    dict(
        name="fresh101_01_township_farmland_nongrain_rectification_scheme",
        source="https://dy1993.cn/T05G.html",
        doc_kind="scheme", partial=True,
        notes=["A township's scheme ('我乡') for rectifying trees and turf planted on permanent basic farmland, from a "
               "document-sharing page: its posting line, the site's 导语 and the tag line ('耕地,实施方案,整治,开展,关于') "
               "were dropped; the page number '1' that the page shows on its own line between the second and third stage "
               "is kept as debris and not labelled.",
               "二、整治时限 states the overall period with a damaged end date '从本月25日起至1115日' (11月15日 without 月): "
               "an optional phase with start '本月25日' and end '1115日' as written. The three stages are level-2 run-in "
               "headings '第一阶段：宣传动员阶段。（1025-30日）各村…' whose dates follow the stage name after the full stop and "
               "are damaged the same way: start/end copied as written ('1025'/'30日', '111日'/'10日', '1111日'/'15日'). "
               "Heading texts set by hand (the automatic cut would stop at the colon).",
               "三、工作分工 keeps its two groups ('第一片区：组长：XX，…') in its own line as the page does; XX masks kept. "
               "四、工作要求 holds '一要…' run-in headings; the page ends at '二要落实工作程序' (kept as a bare heading).",
               "Section kinds: 整治任务 goals (measures accepted), 整治时限 phases, 工作分工 responsibilities, 工作要求 "
               "requirements."],
        units=["片区专班", "国土所"],
        extra_phases=[dict(name="整治时限", start_text="本月25日", end_text="1115日", at="从本月25日起至1115日")],
        text="""\
@T | 关于开展耕地“非粮化”整治工作实施方案
为抓好本乡部分村居在永久基本农田上栽树、种草皮等“非粮化”问题的整改，制定本方案。
@H1 sec=goals alt=measures | 一、整治任务。全乡各村居在永久基本农田上栽树、种草皮等“非粮化”问题，一律全面整改到位。
@H1 sec=phases | 二、整治时限。从本月25日起至1115日。 整治工作共分三个阶段：
@H2 text=第一阶段：宣传动员阶段 phase=宣传动员阶段;1025;30日 | 第一阶段：宣传动员阶段。（1025-30日）各村逐户上门告知，把整改要求和整改时限送到涉及的农户手中，做到户户知晓。
@H2 text=第二阶段：集中整治阶段 phase=集中整治阶段;111日;10日 | 第二阶段：集中整治阶段。（111日至10日）以村为单位集中整改，由村自行抓落实，遇到难点及时向乡主管部门反映
1
@H2 text=第三阶段：检查验收阶段 phase=检查验收阶段;1111日;15日 | 第三阶段：检查验收阶段。（1111日至15日）乡片区专班逐村检查验收，标准是田里的树连根挖除、草皮地恢复耕种。
@H1 sec=responsibilities | 三、工作分工。整改分两个片区实施。第一片区：组长：XX，组员：XXXX村、XX村的包村干部。第二片区：组长：XX，组员：XX，及XX村、XX村、XX村的包村干部。国土所XXXX同志负责认定所在片区村内的永久基本农田范围。
@H1 sec=requirements | 四、工作要求。
@H2 | 一要切实抓好宣传。各工作片深入村居指导入户宣传，让户主真正弄清为什么要整改、整改的范围和时限以及整改标准。
@H2 | 二要落实工作程序
""",
    ),
    dict(
        name="fresh101_02_town_economic_census_scheme",
        source="https://www.gwyoo.com/article/xzgaoshou/dwhdfa/201311/560555.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's scheme for the third national economic census ('我镇'; the county's name is missing from the page: "
               "'县镇第三次全国经济普查工作', kept). The posting line was dropped; the page title is the title line.",
               "The opening names the three stages and the overall span '全部工作从2013年5月开始，到2015年底基本结束' "
               "(optional phase, end '2015年底'); its stage list has a word missing in the source ('数据整理和阶段'), kept.",
               "The stages are the top headings: '一、普查准备阶段（2013年5月-2013年12月）' (level 1, phase). The page shows "
               "only the first stage: its tasks （一）…（六） are level-2 headings, kind phases inherited (goals, measures "
               "accepted: they are the work items of a stage).",
               "Dates inside the bodies are deadlines or events, not phases ('2013年9月成立', '2013年9月30日之前组建', "
               "'2013年9月30日以前，召开…会议', '2013年10月15日前完成'). The page ends inside （六） ('…创造必')."],
        units=["镇人民政府第三次全国经济普查领导小组", "村级经济普查小组", "镇级经济普查办公室", "各村（居）委会"],
        extra_phases=[dict(name="全部工作", start_text="2013年5月", end_text="2015年底", at="到2015年底基本结束")],
        text="""\
@T | 乡镇经济普查工作实施方案
县镇第三次全国经济普查分三个阶段推进，即普查准备阶段、普查登记和复查阶段、数据整理和阶段。整项工作从2013年5月开始，到2015年底基本结束。
@H1 sec=phases phase=普查准备阶段;2013年5月;2013年12月 | 一、普查准备阶段（2013年5月-2013年12月）
@H2 alt=goals,measures | （一）组建经济普查机构
镇人民政府第三次全国经济普查领导小组已于2013年9月成立。按《县第三次全国经济普查工作实施规划》的要求，各村（居）委会须在2013年9月30日之前组建村级经济普查小组。
@H2 alt=goals,measures | （二）制定经济普查工作规划
村级经济普查小组组建后，严格按县镇普查工作流程操作，确保各项工作按计划进度推进；普查人员按在地统计的要求对基本单位普查对象开展普查。
@H2 alt=goals,measures | （三）配合普查试点
为摸清普查中可能出现的新情况、新问题，积累组织实施经验、培训业务骨干，我镇积极配合县级经济普查办公室开展专项试点或综合试点。
@H2 alt=goals,measures | （四）部署普查工作
2013年9月30日以前召开全镇经济普查工作会议，对全镇普查工作作出部署。
@H2 alt=goals,measures | （五）划分经济普查地理区域工作
镇级经济普查办公室负责划分普查区，村级经济普查小组协助划分普查小区，2013年10月15日前完成。
@H2 alt=goals,measures | （六）宣传动员
宣传动员是完成普查任务的重要保证。经济普查涉及面广、难度大、任务重，宣传要把握三个方面：一是突出政府行为，向县、镇领导和有关部门宣传，请镇人民政府出面组织协调，解决普查所需的人力、物力、财力，为普查工作创造必
""",
    ),
    dict(
        name="fresh101_03_city_youth_league_may_fourth_series_plan",
        source="https://nuenian.com/fanwen/jieriqingdian/511d170979749fc1deea7721b65abee4.html",
        doc_kind="activity_plan", doc_kind_alt=["plan", "scheme"], partial=True,
        notes=["A city youth league committee's plan ('落实团市委…会议精神', '闽西青少年', 'xx市') for a series of activities "
               "around May Fourth; the page shows no title line (title null) and starts at 一、活动指导思想. The year is "
               "inconsistent in the source (91st anniversary of May Fourth, 活动时间 '2012年3月至6月', '希望工程2010'): kept.",
               "三、活动时间 (phases, other accepted) holds the overall period '2012年3月至6月' on the next line (optional "
               "phase). 四、活动安排 (phases) lists nine activities '1、…' (level 2, kind phases inherited, goals accepted); "
               "each is followed by a line '时间：…' giving its month, day, 月底 or 旬: nine required phases whose dates are "
               "starts only ('3月', '1月'-'6月', '5月4日', '5月底', '6月下旬').",
               "Activities 1 and 4 have （1）…（4） sub-items (level-3 items) between the heading and its '时间：' line: their "
               "phases are placed on the '时间：' line (extra_phases, not optional); the other seven sit on the heading, the "
               "date being on the next line. The '时间：' lines themselves are key-value body lines and not labelled.",
               "The page ends at '五、活动组织领导' / '1、加强' (kept as a bare level-2 heading). Activity names, slogans and "
               "the masked 'xx市' kept as written, including '节能减排----太阳能热水器进共青村'."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2012年3月", end_text="6月", at="2012年3月至6月"),
            dict(name="“争做志愿者、创造新生活”青年志愿者示范月行动", start_text="3月", end_text=None,
                 at="时间：3月（3月1日为全市统一行动日）", optional=False),
            dict(name="实施闽西青年就创业促进计划", start_text="1月", end_text="6月", at="时间：1月-6月", optional=False),
        ],
        text="""\
@H1 sec=guidance | 一、活动指导思想
为纪念“五·四”运动91周年，贯彻党的十七届三中全会、团十六届二中全会、团省委十二届三次全体（扩大）会议和市委三届五次全会精神，落实团市委三届四次全体（扩大）会议要求，推动共青团系统学习实践科学发展观，履行好组织、引导、服务青年和维护青少年合法权益的职能，带领全市青年为建设“两个先行区”多作贡献，展现闽西青少年的风采和共青团工作的活力。
@H1 sec=other | 二、活动主题
建设两个先行区、闽西青年当先行
@H1 sec=phases alt=other | 三、活动时间
2012年3月至6月
@H1 sec=phases | 四、活动安排
@H2 alt=goals | 1、“争做志愿者、创造新生活”青年志愿者示范月行动
@I3 alt=goals | （1）开展“蓝天青山碧水”青年志愿者环保行动；
@I3 alt=goals | （2）开展“我为旅游产业作奉献”青年志愿者环保行动；
@I3 alt=goals | （3）开展“志愿者之家”注册志愿者推进行动；
@I3 alt=goals | （4）开展“春暖人心”志愿者广场服务和入户行动。
时间：3月（3月1日为全市统一行动日）
@H2 alt=goals phase=xx市、区“保护母亲河·家园清洁青年行动”暨“蓝天青山碧水”青年志愿者环保行动启动仪式;3月; | 2、xx市、区“保护母亲河·家园清洁青年行动”暨“蓝天青山碧水”青年志愿者环保行动启动仪式
时间：3月
@H2 alt=goals phase=“家园清洁·节能减排----太阳能热水器进共青村”启动仪式;3月; | 3、“家园清洁·节能减排----太阳能热水器进共青村”启动仪式
时间：3月
@H2 alt=goals | 4、实施闽西青年就创业促进计划
@I3 alt=goals | （1）举办xx市青年就业推介会（企业专场）；
@I3 alt=goals | （2）举办xx市青年创业ybc大讲坛活动；
@I3 alt=goals | （3）争取建立10家市级青年就业创业见习基地。
时间：1月-6月
@H2 alt=goals phase=xx市青少年法律援助中心揭牌仪式;4月; | 5、xx市青少年法律援助中心揭牌仪式
时间：4月
@H2 alt=goals phase=xx市五四运动91周年纪念大会;5月4日; | 6、xx市五四运动91周年纪念大会
时间：5月4日
@H2 alt=goals phase=选树100个农村青年就业创业见习基地;5月; | 7、选树100个农村青年就业创业见习基地
时间：5月
@H2 alt=goals phase=xx市少先队庆“六·一”活动;5月底; | 8、xx市少先队庆“六·一”活动
时间：5月底
@H2 alt=goals phase=“希望工程2010”系列助学公益活动启动暨米兰春天百万阳光助学基金捐赠仪式;6月下旬; | 9、“希望工程2010”系列助学公益活动启动暨米兰春天百万阳光助学基金捐赠仪式
时间：6月下旬
@H1 sec=responsibilities | 五、活动组织领导
@H2 | 1、加强
""",
    ),
    dict(
        name="fresh101_04_city_garden_city_scheme_work_plan_section",
        source="http://fsou.com/html/text/lar/172054/17205416_1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A city's scheme for becoming a national garden city (清远, '创园'), as the page shows it: the store's excerpt "
               "starts with the tail of the previous section ('清远市区建成区。', kept as a fragment) and then 五、工作计划; "
               "no title line in view (title null).",
               "五、工作计划 (phases) opens with a sentence naming the three stages and their spans (body, not labelled); the "
               "stages follow as level-2 headings '（一）创园动员发动阶段（2009年12月）。' and the second and third stages have "
               "dated sub-stages '1.创建省园林城市基础实施阶段（2009年12月至2010年2月）。' at level 3: eight phases in all.",
               "Stage limits that are events, not dates, are copied as written without 起/止: '（2009年12月起至2010年获得省"
               "园林城市称号止）' gives start '2009年12月', end '2010年获得省园林城市称号'; '（获得省园林城市称号起至2011年获得"
               "国家园林城市称号止）' gives start '获得省园林城市称号'. The last line is cut by the page inside its bracket "
               "('…（获得省园林城市称号起至2011'): its end is left null.",
               "The three tasks of the first stage begin with a date right after the numbering '1.2009年12月成立…' (numbering "
               "'1.', set by hand: the pattern does not see '1.' before a digit); they and the （1）（2）（3） lines are "
               "statements of work, labelled items; '2009年12月' and '2010年3月底' in them are event dates and a deadline, not "
               "phases. Section kinds: everything inherits phases."],
        units=["清远市创建国家园林城市工作小组", "创园工作小组办公室", "各成员单位", "各职能部门"],
        text="""\
清远市区建成区。
@H1 sec=phases | 五、工作计划
结合本市实际，创园工作分三个阶段推进：第一阶段为创园动员发动阶段（2009年12月）；第二阶段为创建省园林城市阶段（2009年12月起至2010年获得省园林城市称号止）；第三阶段为创建国家园林城市阶段（获得省园林城市称号起至2011年获得国家园林城市称号止）。
@H2 phase=创园动员发动阶段;2009年12月; | （一）创园动员发动阶段（2009年12月）。
@I3 num=1. alt=goals,measures | 1.2009年12月成立清远市创建国家园林城市工作小组。
@I3 num=2. alt=goals,measures | 2.2009年12月召开创园动员大会，明确创园目标，把任务分解到各职能部门并签订创园目标责任书，加大宣传，动员全民参与。
@I3 num=3. alt=goals,measures | 3.2009年12月各单位按职责制定创园计划、方案并估算经费投入，书面报创园工作小组办公室。
@H2 phase=创建省园林城市阶段;2009年12月;2010年获得省园林城市称号 | （二）创建省园林城市阶段（2009年12月起至2010年获得省园林城市称号止）。
@H3 phase=创建省园林城市基础实施阶段;2009年12月;2010年2月 | 1.创建省园林城市基础实施阶段（2009年12月至2010年2月）。
@I4 alt=goals,measures | （1）各成员单位完成市创园工作小组交办的任务。
@I4 alt=goals,measures | （2）对照标准查漏补缺，巩固提高。
@H3 phase=创建省园林城市达标冲刺阶段;2010年2月;2010年3月 | 2.创建省园林城市达标冲刺阶段（2010年2月至2010年3月）。
@I4 alt=goals,measures | （1）市创园工作小组办公室会同各成员单位整理创建档案资料，制作多媒体VCD或创园专题录像，备齐迎检材料。
@I4 alt=goals,measures | （2）市创园工作小组办公室按《广东省园林城市标准》模拟检查，逐项补漏，再作部署。
@I4 alt=goals,measures | （3）2010年3月底，以市政府名义向省建设厅提出创建省园林城市申请。
@H3 phase=创建省园林城市达标考核阶段;2010年4月;获得省园林城市称号 | 3.创建省园林城市达标考核阶段（2010年4月起至获得省园林城市称号止）。
继续强化管理、落实整改，争取通过省建设厅的考核验收，进入省园林城市行列。
@H2 phase=创建国家园林城市阶段;获得省园林城市称号;2011年获得国家园林城市称号 | （三）创建国家园林城市阶段（获得省园林城市称号起至2011年获得国家园林城市称号止）。
@H3 phase=创建国家园林城市强化阶段;获得省园林城市称号; | 1.创建国家园林城市强化阶段（获得省园林城市称号起至2011
""",
    ),
    dict(
        name="fresh101_05_provincial_department_campaign_scheme_analysis_stage",
        source="http://www.fsou.net.cn/html/text/lar/170359/17035901_4.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 4 of a provincial construction department's scheme for the 2008 深入学习实践科学发展观 campaign ('全省建设"
               "系统', '厅机关', '厅党组', '建设美好安徽'); no title line in view (title null).",
               "The page starts inside the previous stage: '（三）围绕科学发展进行解放思想讨论' belongs to a stage whose heading "
               "is not shown; it is labelled level 2 (level 1 accepted, parent absent), kind phases (goals, measures accepted).",
               "The stage heading is numbered '第三，' (not 第三阶段): '第三，分析检查阶段（2008年12月初至12月底）', level 1, one "
               "phase with start '2008年12月初' and end '12月底'.",
               "Its three parts are written unevenly: an unnumbered heading '召开领导班子专题民主生活会。' and then '（一）撰写…' "
               "and '（二）组织群众评议' (the source restarts the numbering); all three are level-2 headings, kind phases "
               "inherited (goals, measures accepted). The page ends inside （二） ('召开厅机关、')."],
        units=["厅机关", "直属事业单位", "各党支部", "党组（党委）"],
        text="""\
@H2 sec=phases alt=goals,measures lvlalt=1 | （三）围绕科学发展进行解放思想讨论
在前两年全省建设系统落实科学发展观、开展解放思想大讨论的基础上，借纪念改革开放30周年之机，总结30年来全省建设工作改革发展的经验，围绕“推进科学发展、建设美好安徽”深化大讨论，在什么是科学发展、为什么要科学发展、能不能科学发展、怎样科学发展等重大问题上统一认识。
@H1 sec=phases phase=分析检查阶段;2008年12月初;12月底 | 第三，分析检查阶段（2008年12月初至12月底）
本阶段重点抓好召开领导班子专题民主生活会、形成领导班子分析检查报告、组织群众评议三个环节。
@H2 alt=goals,measures | 召开领导班子专题民主生活会。
广泛征求意见后，领导班子召开专题民主生活会，查找个人和班子在贯彻落实科学发展观上的突出问题，剖析原因，写好发言材料，开展批评和自我批评；各党支部召开党员专题组织生活会，查找差距、明确方向。
@H2 alt=goals,measures | （一）撰写领导班子分析检查报告
在调研、大讨论、征求意见座谈会和专题民主生活会的基础上，围绕十六大以来全省建设工作贯彻落实科学发展观的情况撰写报告，提交党组（党委）扩大会议讨论，并邀请本单位党员、群众代表或市、县（市、区）建设部门代表列席修改。
@H2 alt=goals,measures | （二）组织群众评议
分别召开厅机关、直属事业单位、基层干部群众和服务对象代表的民主评议会，对厅党组的分析检查报告进行评议，并据评议意见再作修改。召开厅机关、
""",
    ),
    dict(
        name="fresh101_06_subdistrict_analysis_stage_arrangement",
        source="https://98523.com/fanwen/huodongfangan/c551/201112/147373_2.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 2 of a subdistrict's arrangement for the analysis stage of the 学习实践科学发展观 campaign ('街道党委', "
               "'各村党总支'); the page repeats the document's title at its top (kept as the title line), and its text starts "
               "mid-sentence ('后，学习实践活动办公室…', the end of the previous step, kept as a fragment).",
               "One step is in view: '四、组织群众测评' (level 1, the top visible level), followed on its own line by "
               "'时间安排：（12月10日-12月20日）' (a key-value line, not labelled). The step is a phase placed on the heading "
               "with its dates from the next line; kind phases (goals, measures accepted: a work step of the stage).",
               "The page ends inside the step's body ('…等方面进')."],
        units=["学习实践活动办公室", "街道党委", "各村党总支"],
        text="""\
@T | 街道学习实践科学发展观分析检查阶段安排
后，学习实践活动办公室要依据征求到的意见建议和民主生活会查出的影响本单位科学发展的突出问题，写出一份群众认可、党员满意、切实可行的领导班子分析检查报告：反映本单位党员干部在贯彻落实科学发展观上形成的共识，概述十六大以来的成效，梳理问题并分析主客观原因，提出今后的方向、思路、要求和措施以及加强班子自身建设的办法；不要写成一般的工作报告，由深入学习实践科学发展观领导小组主要负责人全程主持撰写。
分析检查报告初稿形成后，分别提交街道党委会、各村党总支委会讨论修改，使之成为本单位科学发展的指导性文件；普通党员干部在组织生活会后每人写一份分析检查材料。
@H1 sec=phases alt=goals,measures phase=组织群众测评;12月10日;12月20日 | 四、组织群众测评
时间安排：（12月10日-12月20日）
街、村领导班子分析检查报告形成后，通过座谈会或书面评议等方式组织群众评议，兼顾代表性、层次性和广泛性，请熟悉情况、参政议政能力较强的党代表、人大代表、政协委员、老党员、老干部和村民代表参加，重点看班子对科学发展观认识深不深、问题找得准不准、原因析得透不透、思路清不清、措施可不可行等方面进
""",
    ),
    dict(
        name="fresh101_07_national_economic_census_work_timetable",
        source="http://www.jingjipucha.com/EHome/TimeLine",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["The work timetable of the fourth national economic census as the census site shows it (a timeline page): "
               "the breadcrumb '首页-' was dropped, the page heading '工作时间表' is the title line.",
               "Each stage is three lines: a sequence number on its own line ('01', '02', …; not labelled: a bare number "
               "without a title, like a list widget's counter), the stage name ('制定普查方案', labelled level-1 heading, "
               "numbering none, kind phases) and its months on the next line ('2018年1月-9月'). Four stages in view, four "
               "phases placed on the name lines with their dates from the next line.",
               "Month ranges written '2018年7-8月' give start '2018年7' and end '8月' as written; stage 03 has two windows "
               "'2018年7-8月，11-12月': labelled as its overall span, start '2018年7', end '12月'.",
               "Under stage 01 the numbered lines are tasks with deadlines in brackets ('（7月底前）'), labelled items; the "
               "deadlines are not phases. Under stages 02-04 the numbered lines are run-in headings '1.工作准备。…' (level "
               "2). All inherit phases (goals, measures accepted). '具体按照《…细则》组织实施。' lines are body. The page "
               "ends after the first task of stage 04."],
        units=["国家统计局", "国务院经普办", "省级普查机构", "县级普查机构", "乡级普查机构", "各级普查机构"],
        text="""\
@T | 工作时间表
01
@H1 sec=phases phase=制定普查方案;2018年1月;9月 | 制定普查方案
2018年1月-9月
@I2 alt=goals,measures | 1.国家统计局、国务院第四次全国经济普查领导小组办公室（以下简称“国务院经普办”）制定《第四次全国经济普查方案》（7月底前）。
@I2 alt=goals,measures | 2.省级普查机构制定普查实施方案并开展试点（8月底前）。
@I2 alt=goals,measures | 3.国家统计局、国务院经普办公布第四次全国经济普查项目和《第四次全国经济普查方案》的主要内容（9月底前）。
@I2 alt=goals,measures | 4.各地原则上不增加普查内容；省级确需增加的，由省统计局和省级普查办公室报国家统计局和国务院经普办审批。
02
@H1 sec=phases phase=普查区划分及绘图;2018年7;8月 | 普查区划分及绘图
2018年7-8月
@H2 alt=goals,measures | 1.工作准备。国务院经普办统一选定电子底图，下发普查区绘图与管理软件，各级普查机构组织培训。
@H2 alt=goals,measures | 2.划分普查区。省、市、县三级普查机构确认本地管辖区域和边界，县级普查机构划分普查区和普查小区，形成普查区地图。
@H2 alt=goals,measures | 3.核实和验收普查区地图。县级普查机构核实修改普查区和普查小区边界，县级以上各级普查机构逐级验收下一级的普查区地图。
具体按照《普查区划分及绘图工作细则》组织实施。
03
@H1 sec=phases phase=普查指导员和普查员选聘及培训;2018年7;12月 | 普查指导员和普查员选聘及培训
2018年7-8月，11-12月
@H2 alt=goals,measures | 1.人员选聘。县级普查机构负责指导，乡级普查机构具体组织普查指导员和普查员的选聘。
@H2 alt=goals,measures | 2.业务培训。对选聘的普查指导员、普查员开展业务培训，讲清各自的职权、职责和工作任务。
具体按照《普查指导员和普查员选聘及管理工作细则》组织实施。
04
@H1 sec=phases phase=编制清查底册;2018年7;8月 | 编制清查底册
2018年7-8月
@H2 alt=goals,measures | 1.收集整理部门数据。各级普查机构按部门职责分工向相关部门收集单位名录和有关资料，整理后逐级分解到县级普查机构。
""",
    ),
    dict(
        name="fresh101_08_supermarket_spring_festival_promotion_plan",
        source="https://pincai.com/article/3922578.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["The first sample of a collection of supermarket Spring Festival promotion plans; the posting line, the "
               "collection title ('超市春节促销活动方案(集锦15篇)') and the site blurb were dropped, the sample heading "
               "'超市春节促销活动方案1' is kept as the title without its sample number.",
               "The store keeps '2。11', '2。14', '2。5L' (a full stop for the decimal point), kept as written.",
               "Top-level label lines: '主题：…' (other) and '档期：2月9日至2月18日' (phases, other accepted; the overall "
               "period, optional phase), then three campaigns '主题促销计划之一/之二/之三' (level 1, goals, measures "
               "accepted), each with level-2 label lines '主题：…' (other), '活动时间：…' (phases, other accepted) and "
               "'活动内容：…' (goals, measures accepted). The prize lines '满48元送…' are items; '温馨提示——…' is body.",
               "The store lost the break after the second and third campaign headings: '主题促销计划之二主题：心醉情人节，"
               "真情久久久' is kept glued; heading text set by hand to '主题促销计划之二' (likewise 之三), so those two "
               "campaigns show no separate '主题：' line.",
               "The campaign times ('2月10日~2月14日' with a tilde, '2月14日', '2月18日') are parallel promotions inside the "
               "档期, not successive stages: labelled as optional phases, like the time slots of a programme. The page ends "
               "inside the third campaign's 活动内容 (text of that bare line set by hand to '活动内容')."],
        units=[],
        extra_phases=[
            dict(name="档期", start_text="2月9日", end_text="2月18日", at="档期：2月9日至2月18日"),
            dict(name="羊年旺财欢乐送", start_text="2月10日", end_text="2月14日", at="活动时间：2月10日~2月14日"),
            dict(name="心醉情人节，真情久久久", start_text="2月14日", end_text=None, at="活动时间：2月14日"),
            dict(name="新春开门红，大家抓抓乐", start_text="2月18日", end_text=None, at="活动时间：2月18日"),
        ],
        text="""\
@T | 超市春节促销活动方案
2月是农历新旧年交替的月份，也是全年销售的最高峰，食品、生鲜里的肉食、干货、水产、熟食以及一次性家居、清洁用品等关联商品都进入热销期。本档活动安排在2月9日至2月18日，其间有“小年（2。11）、情人节（2。14）、除夕（2。17）、大年初一（2。18）”四个传统节点，要按各节点的消费习惯统筹安排商品陈列、日促销、快讯和全店促销。
@H1 sec=other | 主题：“羊年旺财喜迎春，吉祥富贵贺新岁”年博会特别企划
@H1 sec=phases alt=other | 档期：2月9日至2月18日
@H1 sec=goals alt=measures | 主题促销计划之一
@H2 sec=other | 主题：羊年旺财欢乐送
@H2 sec=phases alt=other | 活动时间：2月10日~2月14日
@H2 sec=goals alt=measures | 活动内容：活动期间，顾客在本超市一次性购物满一定金额，凭当日单张收银条即可领取超值赠品！
@I3 alt=measures | 满48元送吉祥春联1幅或鲜鸡蛋1盒；
@I3 alt=measures text=满88元送2。5L饮料1瓶 | 满88元送2。5L饮料1瓶
@I3 alt=measures | 满128元送芦柑礼盒1件
温馨提示——每张满额收银条只能领取一种赠品；参加本活动的顾客不再同时参加本店同期的其他促销。
@H1 sec=goals alt=measures text=主题促销计划之二 | 主题促销计划之二主题：心醉情人节，真情久久久
@H2 sec=phases alt=other | 活动时间：2月14日
@H2 sec=goals alt=measures | 活动内容：活动当天在本超市购物（金额不限）的情侣可获赠“真情玫瑰”一支，共送出999支，祝有情人终成眷属！（玫瑰有限，送完即止）
@H1 sec=goals alt=measures text=主题促销计划之三 | 主题促销计划之三主题：新春开门红，大家抓抓乐
@H2 sec=phases alt=other | 活动时间：2月18日
@H2 sec=goals alt=measures text=活动内容 | 活动内容：活动当天，在本超市一次性
""",
    ),
]
