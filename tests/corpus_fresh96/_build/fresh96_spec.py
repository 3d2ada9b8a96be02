# -*- coding: utf-8 -*-
"""The ninety-sixth held-out fresh set: work plans, schemes and activity plans
WHOSE STEPS ARE NOT UNDER A HEADING CALLED 实施步骤: the schedule sits inside
the document's 总体要求 (（三）时间安排), as the document's own top-level part
(二、行动安排 / 二、时间安排, in fresh96_05 run on inside one body paragraph),
under 活动过程 / 活动安排 with undated stages, or as stage headings whose parent
heading is not visible at all, as year-led body paragraphs inside 总体要求
(fresh96_07), or as activities numbered under a label 活动形式： (fresh96_08);
writers are a subdistrict, a city government, a town, a township, a county
government, two schools and an exchange's trade union and party office.  Found as stored public web pages with the
`search` tool's `pages` corpus (log in notes_queries.txt).  None of the source
pages is a source of any label file under tests/corpus_*, shared/corpus-dev or
/work/fresh*, nor listed in the other helpers' exclusion lists
(/work/fresh96/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  and download lines, other samples of a collection, sample numbers) dropped.
- Heading, title and schedule lines keep the source's numbering, wording and
  dates.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit names, quoted slogans and masking (xx, XX) are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH96_DOCS = [
    dict(
        name="fresh96_01_subdistrict_self_built_housing_scheme",
        source="https://www.xiexiebang.com/a5/81d520a78c70acbc.html",
        doc_kind="scheme", partial=True,
        notes=["A subdistrict's (name masked 'XX街道') self-built housing safety rectification scheme. The schedule is "
               "not a 实施步骤 section: it is '（三）时间安排', the third part of '一、总体要求', after 工作目标 and 基本原则.",
               "The three schedule lines '1.2022年9月底前，开展…“百日行动”…' are time-led stage statements: items "
               "(level 3, kind phases) and labelled as three phases, each with a deadline as its end and no start "
               "('…底前' kept in end_text). They are the document's own timetable, not deadlines inside task lines. "
               "Their numbering '1.' is run straight into the year ('1.2022年'), so the token is set by hand.",
               "The principles '1.全域覆盖、有序推进。…' are run-in headings (level 3, guidance). 二、主要任务 is goals "
               "(measures accepted); its first item uses the digit-full-stop character '⒈' (U+2488), counted as style "
               "1. (this set's builder adds that class, as fresh43's did). The page ends inside ⒈排查范围.",
               "No unit is named as lead or responsible in the visible part."],
        units=[],
        text="""\
@T | XX街道自建房安全专项整治工作方案
@H1 sec=guidance | 一、总体要求
@H2 sec=goals alt=guidance | （一）工作目标
把人民生命安全放在首位，带着“时时放心不下”的责任感统筹发展和安全，远近结合、标本兼治。按照“谁拥有谁负责、谁使用谁负责、谁主管谁负责、谁审批谁负责”的原则压实各方责任，依法依规查清自建房隐患；组织“百日行动”，对危及公共安全的经营性自建房快查快改；分类整治、消化存量，力争用3年左右完成全部隐患整治；同时完善制度、严控增量，逐步形成长效管理机制。
@H2 sec=guidance | （二）基本原则
@H3 | 1.全域覆盖、有序推进。全街道所有自建房都纳入排查整治，城市农村一视同仁，一楼一户不漏，不留死角盲区；分排查、整治两个阶段依次推进。
@H3 | 2.分类施策、突出重点。城郊结合部、城中村等人员密集区域，以及三层以上、人员密集、改扩建三类经营性自建房是重点；按结构安全、使用安全、建设合法合规等问题分类整治。
@H3 | 3.健全机制、长效管理。严控增量、消化存量，远近结合、标本兼治，建立健全长效管理机制。
@H2 sec=phases | （三）时间安排
@I3 num=1. text=1.2022年9月底前 phase=百日行动;;2022年9月底前 | 1.2022年9月底前，开展用于经营的自建房排查整治“百日行动”，确保风险隐患管控到位。
@I3 num=2. text=2.2023年6月底前 phase=排查摸底;;2023年6月底前 | 2.2023年6月底前，完成全部居民自建房排查摸底，完成安全隐患初步判定。
@I3 num=3. text=3.2025年6月底前 phase=隐患整治;;2025年6月底前 | 3.2025年6月底前，完成全部居民自建房安全隐患整治，彻底消除安全隐患。
@H1 sec=goals alt=measures | 二、主要任务
@H2 | （一）全面排查摸底
@H3 | ⒈排查范围。全街道城乡所有自建房都要排查摸底。在农村房屋安全隐患排查整治继续推进的同时，重点查城乡结合部、城中村、安置区、学校医院周边、工业园区等区域，突出人员密集、涉及公共安全的经营性居民自建房。
""",
    ),
    dict(
        name="fresh96_02_city_straw_burning_ban_scheme_stages",
        source="http://www.fymate.cn/html/text/lar/172332/17233247_1.html",
        doc_kind="scheme", partial=True,
        notes=["A chunk of a city government's straw-burning ban scheme (市政府, 市秸秆禁烧领导组; the city is not named "
               "in the visible part). The stored chunk starts at the second stage '(二)全面禁烧阶段…': the title, the "
               "opening and the heading of the step section (三、…) are not visible, so nobody can see what the steps "
               "are under. No title line (title null).",
               "The two stages （二）（三） are run-in headings whose parent is absent: level 2 by the convention for a "
               "missing parent (the visible top level is 四、保障措施), level 1 accepted; kind phases.",
               "全面禁烧阶段 has two windows, '5月下旬至6月中旬、9月下旬至11月上旬' (summer and autumn harvest); the phase "
               "takes the first window as start/end (5月下旬–6月中旬). 检查总结阶段 is dated '6月下旬和11月底' (two "
               "points joined by 和, not a range): start 6月下旬, no end.",
               "'5月25日前' (reporting the leading group list) is a deadline inside a measure, not a phase. Parentheses "
               "restored to full width from the store's ASCII. The page ends inside （四） ('…确保禁烧工作')."],
        units=["市秸秆禁烧领导组", "秸秆禁烧工作领导小组", "督查组"],
        text="""\
@H2 sec=phases lvlalt=1 phase=全面禁烧阶段;5月下旬;6月中旬 | （二）全面禁烧阶段（5月下旬至6月中旬、9月下旬至11月上旬）。县区、乡镇（街道）政府和有关部门各负其责、进入实战状态，24小时巡回检查，发现焚烧当即制止，情节严重的依法处罚到位。
@H2 sec=phases lvlalt=1 phase=检查总结阶段;6月下旬; | （三）检查总结阶段（6月下旬和11月底）。由市秸秆禁烧领导组派人对各县、区的禁烧工作检查督查，评定结果计入年终考核。
@H1 sec=measures | 四、保障措施
@H2 | （一）加强领导，明确任务。市政府成立秸秆禁烧工作领导小组（名单附后），统一组织、协调、督查和指导全市禁烧工作。各县、区政府要马上成立专门机构、制定禁烧方案，5月25日前把领导小组名单和方案分别报市环保局和市农委；禁烧任务层层分解到乡（镇、街道）和村，责任落实到具体人，发挥基层组织作用，严防死守。
@H2 | （二）强化监管，形成合力。按“属地管理、源头控制”要求，县（区）、乡（镇、街道）两级政府是责任主体，主要负责人是第一责任人；各部门在政府统一领导下各司其职、疏堵结合，重点引导农民秸秆还田和综合利用。
@H2 | （三）强化宣传，加强监督。通过广播、电视、报纸、标语等宣传焚烧秸秆的危害、综合利用知识和法律法规；发挥新闻媒体舆论监督作用，对焚烧现象和监管失职公开曝光、追踪报道。
@H2 | （四）严格督查，落实责任。市政府组织督查组深入各地检查指导，确保禁烧工作
""",
    ),
    dict(
        name="fresh96_03_town_civilised_city_hundred_days_action_scheme",
        source="https://gongwen.com.cn/doc/350519.html",
        doc_kind="scheme", partial=True,
        notes=["A town's (name masked 'xx 镇') 100-day action scheme for the civilised-city campaign, PDF text from a "
               "document-sharing site (VIP/size/page-count line dropped; the PDF line breaks were joined into "
               "paragraphs). PDF spacing is kept in the title and in dates ('xx 镇', '2022 年5月24 日', '8月31 日').",
               "The schedule is the document's own top-level part '二、行动安排', a single overall period on the value "
               "line below it ('2022 年5月24 日至 8月31 日，为期 100 天…'): labelled as an optional overall period, "
               "kind phases (other accepted). The opening's '决定自 5月24 日起开展为期 100 天…' repeats the start "
               "and is not a phase.",
               "行动目标 names the nine campaigns in a quoted list (kept). The page ends inside 三、行动重点."],
        units=[],
        extra_phases=[dict(name="百日攻坚大整治行动", start_text="2022 年5月24 日", end_text="8月31 日",
                           at="2022 年5月24 日至")],
        text="""\
@T | xx 镇创建文明城市百日攻坚行动方案
2022 年是新一届全国文明城市和省级文明城区创建周期的届中考评年。我镇按照市、区部署，落实创城常态长效要求，坚持问题导向，对照《全国文明城市测评体系》《xx 省文明城区测评体系》，助力 xx 市创建全国文明城市、xx 区争创省级文明城区和我镇蝉联全国文明村镇。经镇党委研究，决定自 5月24 日起开展为期 100 天的创建文明城市百日攻坚大整治行动，方案如下：
@H1 sec=goals | 一、行动目标
围绕建设“一区六城”、深化“满意在 xx”创建、拓展“大爱xx”新品牌，标本兼治、见事管事，聚焦群众“急难愁盼”和创建中的堵点痛点，在全镇开展“镇容管理、道路交通、村居治理、空中缆线、市场建管、乡村环境、文明培育、文明实践、网上材料”九项攻坚行动，动员各部门单位决战决胜，提升集镇形象和管理水平，营造整洁靓丽、管理有序、宜居舒适的镇村环境。
@H1 sec=phases alt=other | 二、行动安排
2022 年5月24 日至 8月31 日，为期 100 天开展创建文明城市百日攻坚大整治行动，集中整治村镇“脏、乱、差”等不文明现象。
@H1 sec=goals | 三、行动重点
依据《全国文明城市测评体系》，既统筹兼顾、全面推进，又抓住关键、重点突破：已达标项目巩固提升，未达标项目抓实做细、全力达标
""",
    ),
    dict(
        name="fresh96_04_school_tree_planting_day_activity_stages",
        source="https://www.xiaomilidoc.com/p-12244824.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a document-sharing collection ('植树节主题活动方案'): a school's tree-planting-day "
               "activity plan. The site's banner line '----…范文最新推荐----…' and the page marker '1 / 1 6' are kept "
               "as debris, never labelled (the banner starts with dashes but is not a point). The title is spaced "
               "letter by letter as the page shows it; the sample label '植树节主题活动方案一：' was dropped, and so was "
               "the second sample (a district's tree-planting plan) after （三）总结阶段.",
               "The steps are under '四、活动过程', not 实施步骤: three undated stages （一）宣传动员阶段 （二）活动阶段 "
               "（三）总结阶段, each a short heading with 1、 task items below. They are labelled as phases with no "
               "dates; the dates are only in '三、活动时间' (overall period, optional, value line '3 月1 日——3 月31 日' "
               "with PDF spacing).",
               "The store ran '一、活动目的和意义' into its body; split at the heading. 活动目的和意义 is goals (guidance, "
               "background accepted); 活动口号 other; the slogan line is a value line."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="3 月1 日", end_text="3 月31 日", at="3 月1 日——")],
        text="""\
---------------------------------------------------------------范文最新推荐------------------------------------------------------
1 / 1 6
@T | 植 树 节 主 题 活 动 方 案
@H1 sec=goals alt=guidance,background | 一、活动目的和意义
3 月12 日是一年一度的植树节。为给家园和学校添一点绿色，结合我校实际，在全校开展人人参与、形式多样的种植实践体验活动，把宣传和行动结合起来，让学生在活动中体会成功的喜悦，了解植物的生长，增强环保和生态意识，为班级、学校和社会添绿，净化、美化环境。
@H1 sec=other | 二、活动口号
行动起来，为地球增添一点绿色
@H1 sec=phases alt=other | 三、活动时间
3 月1 日——3 月31 日
@H1 sec=phases | 四、活动过程
@H2 phase=宣传动员阶段;; | （一）宣传动员阶段
@I3 | 1、升旗仪式上动员全体学生人人参与植树节护绿、养绿系列活动，为美化、净化环境出一份力。
@I3 | 2、开主题班会，讲一讲树木知识。
@H2 phase=活动阶段;; | （二）活动阶段
@I3 | 1、学生动手种植花草，美化校园。
@I3 | 2、结合学校的校园绿化，在校园里集体种树。
@I3 | 3、各班捡垃圾、扫落叶、擦花坛、养护绿化。
@H2 phase=总结阶段;; | （三）总结阶段
@I3 | 1、开展植物生长过程我知道活动。
@I3 | 2、以班级为单位发出一份倡议书。
""",
    ),
    dict(
        name="fresh96_05_county_road_six_disorders_scheme_run_on_stages",
        source="https://gwyoo.com/article/xzgaoshou/gongzhuo/201204/512029.html",
        doc_kind="scheme", partial=True,
        notes=["A county government's scheme (宕昌, 212国道) for a special campaign against the 'six disorders' along "
               "roads (乱停乱放、乱搭乱建、乱堆乱倒), from a template site (its 导语 and posting line dropped; the "
               "title is the page's).",
               "The schedule is the document's own top-level part '二、时间安排', and its three stages are not headings "
               "at all: they are run on inside ONE body paragraph ('10月25日至10月30日为宣传动员阶段，…；11月1日至11月20日为"
               "集中治理阶段，…；11月21日至月底为巩固提高阶段，…'), date first, stage name after. The three stages are "
               "labelled as required phases placed on that body line (no heading to hang them on); the overall period "
               "'从2012年10月25日开始，到2012年11月底结束' is an optional phase on the same line. '月底' (end of the third "
               "stage) is kept as written.",
               "三、总体工作要求 is requirements; its （一） is a run-in heading. The page ends inside （一）. No unit is "
               "named as lead or responsible in the visible part beyond the generic 各乡镇和各有关部门 (not listed)."],
        units=[],
        extra_phases=[
            dict(name="宣传动员阶段", start_text="10月25日", end_text="10月30日", at="10月25日至10月30日", optional=False),
            dict(name="集中治理阶段", start_text="11月1日", end_text="11月20日", at="11月1日至11月20日", optional=False),
            dict(name="巩固提高阶段", start_text="11月21日", end_text="月底", at="11月21日至月底", optional=False),
            dict(name="专项整治行动", start_text="2012年10月25日", end_text="2012年11月底", at="从2012年10月25日开始"),
        ],
        text="""\
@T | 公路六乱专治实施方案
为进一步规范全县公路运输秩序、保障公路交通安全畅通、维护宕昌对外形象，县政府决定在全县开展公路沿线乱停乱放、乱搭乱建、乱堆乱倒“六乱”专项整治行动，并制定本方案，确保行动有序推进、取得实效。
@H1 sec=goals | 一、整治范围和目标
整治范围是212国道和全部县乡、乡村道路上的乱停乱放、乱搭乱建、乱堆乱倒行为。目标是围绕规范管理，杜绝公路沿线“六乱”，保障公路安全畅通和灾后重建：沿线重点建材堆放要做到运输、堆放、使用安全；严禁在公路上乱堆杂物、打碾晒场；公路两旁违规搭建的棚架、房屋、铺面一律拆除。
@H1 sec=phases alt=other | 二、时间安排
整治行动从2012年10月25日开始，到2012年11月底结束，分三个阶段：10月25日至10月30日为宣传动员阶段，安排部署、造足声势；11月1日至11月20日为集中治理阶段，集中清理“六乱”，使其彻底扭转；11月21日至月底为巩固提高阶段，落实责任、检查验收评估，建立长效机制，防止反弹反复。
@H1 sec=requirements | 三、总体工作要求
@H2 | （一）加强领导，落实责任。坚持“部门主抓，乡镇协抓”，综合治理、齐抓共管，各乡镇和各有关部门要从维
""",
    ),
    dict(
        name="fresh96_06_school_safety_education_day_activity_arrangement",
        source="https://m.zixin.com.cn/doc/9281340.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A school's activity plan for the 20th national primary and secondary school safety education day "
               "(2014), from a document-sharing site ('资源描述' label dropped). The school is not named.",
               "The steps are under '五、活动安排：', not 实施步骤: （一）组织动员 （二）全体动员 （三）围绕主题开展活动, "
               "short stage headings with no dates of their own; 组织动员's body line starts with its date '3月30日（周一）' "
               "(labelled as the phase start, on the body line after the heading). 全体动员 and 围绕主题开展活动 have no "
               "dates ('3月30日开始' inside item 1 is an item's date, not the stage's).",
               "The items under （三） are numbered 1. 2. 3. 4. 6. 7. (5 missing in the source, kept); item 1 keeps the "
               "source's stray '。' mid-sentence ('在学校显示屏上。号召…'). They are items (level 3, kind phases, measures "
               "accepted).",
               "'四、活动主题 我安全、我健康、我快乐' carries its value on the same line after a space: heading text set by "
               "hand to '四、活动主题' (kind other). '三、活动时间：' is followed by the overall period '2014年3月30日——4月1日' "
               "(optional phase). The unnumbered label '具体活动安排' introduces a table whose first cells '时间' and the cut "
               "'参' are the last lines (table cells, unlabelled); the label is a level-2 heading under 五、 (phases, other "
               "accepted)."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2014年3月30日", end_text="4月1日", at="2014年3月30日——")],
        text="""\
@T | 第二十个全国中小学生安全教育日活动方案
@H1 sec=guidance | 一、指导思想
按照教育局的部署，以安全法律法规为依据，坚持“安全第一，预防为主”，抓好师生安全教育，综合整治校园安全隐患，防患于未然，保障师生人身财产安全和学生健康成长。
@H1 sec=goals alt=guidance | 二、活动目的：
今年3月30日是全国中小学生“安全教育日”。我校围绕主题和安全热点问题，结合本校实际，集中开展为期一周的安全教育活动，让学生在内容丰富、形式活泼的活动中树立安全意识、学习安全知识、提高自护自救能力，并借此进一步强化学校各项安全工作。
@H1 sec=phases alt=other | 三、活动时间：
2014年3月30日——4月1日
@H1 sec=other text=四、活动主题 | 四、活动主题 我安全、我健康、我快乐
@H1 sec=phases | 五、活动安排：
@H2 phase=组织动员;3月30日; | （一）组织动员
3月30日（周一）升国旗仪式上，由大队辅导员面向全体师生作安全教育主题的国旗下讲话。
@H2 phase=全体动员;; | （二）全体动员
全体教师利用周三业务学习时间学习校园安全知识和有关条例，并签订安全责任状。
@H2 phase=围绕主题开展活动;; | （三）围绕主题开展活动
@I3 alt=measures | 1. 3月30日开始，在学校显示屏上。号召全校师生提高安全防范意识，争做学校安全人。
@I3 alt=measures | 2.利用晨会对学生进行一次安全教育，重点是校园活动安全和交通安全。
@I3 alt=measures | 3.本周各班出一期宣传安全知识的黑板报。
@I3 alt=measures | 4.各班开一次“安全教育”主题班会，深化防范意识，落实事故急救措施，提高学生自救自护能力。
@I3 alt=measures | 6.学校利用安全挂图宣传安全知识。
@I3 alt=measures | 7.组织一次全校安全大检查，教室、实验室、微机室、阅览室等重要设施逐一细查、不留死角，发现隐患立即整改。
@H2 alt=other | 具体活动安排
时间
参
""",
    ),
    dict(
        name="fresh96_07_township_anti_gang_campaign_scheme_year_stages",
        source="https://m.wnwk.com/doc/1018307.html",
        doc_kind="scheme", partial=True,
        title_override="乡镇深入开展扫黑除恶专项斗争实施方案",
        notes=["A township's (xx镇, 天津) scheme for the campaign against gangs and organised crime, from a "
               "document-sharing site whose conversion replaced words (根底, 开展思想, 平安观) and turned every year of "
               "the three-year campaign into '2023年' (kept as the page shows them). The site's chunk markers '1、' "
               "'2、' '3、' are kept where the store puts them: '1、' glued before the title (title set by hand without "
               "it), '2、' opening a line in the middle of a sentence ('…结合起来，把' / '2、扫黑除恶和加强基层组织建设…'), "
               "'3、' before the second stage ('3、2023年，加强…'). They are debris, never labelled.",
               "The heading '一、总体要求 和目标任务' keeps the store's space (a lost line break). It is the only heading "
               "in view (guidance, goals accepted).",
               "The steps are not under any step heading: they are three year-led body paragraphs inside 总体要求和目标任务, "
               "after the lead-in '…要分阶段、分步骤组织实施：'. They are labelled as phases on those body lines, named "
               "by their task ('全面发动、迅速启动', '集中攻坚', '长效机制'); the first runs '从即日起至年底12月30日止' "
               "(start 即日起, end 年底12月30日), the other two carry only the (garbled) year as start. The page ends "
               "inside the third stage."],
        units=[],
        extra_phases=[
            dict(name="全面发动、迅速启动", start_text="即日起", end_text="年底12月30日", at="从即日起至年底12月30日止", optional=False),
            dict(name="集中攻坚", start_text="2023年", end_text=None, at="3、2023年", optional=False),
            dict(name="长效机制", start_text="2023年", end_text=None, at="2023年，建立健全", optional=False),
        ],
        text="""\
@T | 1、乡镇深入开展扫黑除恶专项斗争实施方案
按照区委、区政府对扫黑除恶专项斗争的部署，依法严打黑恶势力违法犯罪，保障人民根本利益，维护社会和谐稳定，稳固党的执政根底，结合xx镇实际制定本方案。
@H1 sec=guidance alt=goals | 一、总体要求 和目标任务
开展专项斗争要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，坚持以人民为中心，把党的领导贯穿专项斗争全过程；针对涉黑涉恶新动向，把专项治理与系统治理、综合治理、依法治理、源头治理结合起来，把
2、扫黑除恶和加强基层组织建设结合起来，立足法治天津、平安天津建设，统筹力量、依靠群众、完善机制，打击震慑黑恶犯罪，铲除其滋生土壤和“保护伞”。专项斗争要分阶段、分步骤组织实施：
2023年，从即日起至年底12月30日止，全面发动、迅速启动专项斗争，排查涉黑涉恶线索，侦破、判处一批重点案件和骨干分子，结合村两委换届严查操纵、破坏选举的黑恶势力，形成对黑恶势力人人喊打的氛围；
3、2023年，对重点案件、重点问题集中攻坚，对重点领域、重点行业专项整治，彻底铲除黑恶势力滋生土壤，群众平安感、满意度明显提升；
2023年，建立健全遏制黑恶势力滋生蔓延的长效机制，进一步提高扫黑除恶
""",
    ),
    dict(
        name="fresh96_08_exchange_union_book_recommendation_activity",
        source="http://www1.sse.net.cn/cninfo/PartyMasses/Notice/201603/t20160309_1269381.shtml",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=False,
        notes=["A reading and book-recommendation activity plan issued as a notice by the trade union and the party "
               "office of the Shanghai Shipping Exchange (上海航运交易所), an institution run like an enterprise; the "
               "page's posting date line was dropped. The whole notice is visible (partial false): title, addressee, "
               "opening, two label lines, three numbered activities and the signature block (工会 / 党办 / 2015.05.05, "
               "body lines).",
               "There is no step heading at all: the activities are numbered 一、二、三、 under the unnumbered label "
               "'活动形式：' (level 1), so 一、 is level 2 here (level 1 accepted). Their heading parts are cut at the "
               "colon ('一、新书采购：…'); '三、 读书交流' keeps the source's space after 三、.",
               "The second and third activities carry their own time windows, '时间为5月11日-6月30日' at the end of the "
               "line and '计划5月份…' (a month as a start): labelled as phases, since they are the only schedule the "
               "plan has. '参加范围：全体员工' is a short label line with its value (kind other); 活动形式 is goals with "
               "phases and measures accepted."],
        units=["上海航运交易所工会", "党委办公室", "党办", "工会小组"],
        text="""\
@T | 关于开展读书荐书活动
各部门、各工会小组：
为加强学习型组织建设、营造良好的读书氛围，上海航运交易所工会和党委办公室决定联合在全体员工中开展读书荐书活动。
@H1 sec=other text=参加范围 | 参加范围：全体员工
@H1 sec=goals alt=phases,measures | 活动形式：
@H2 lvlalt=1 | 一、新书采购：党办采购一批时事政策类图书，放进职工书屋。
@H2 lvlalt=1 phase=员工旧书换新书;5月11日;6月30日 | 二、员工旧书换新书：员工凭员工卡（门禁卡）到国际航运服务中心广场层“JIC书店”自选图书，八五折后100元以内由单位承担、超出部分自付；同时自愿捐出至少1本旧书（数量不限）交所在工会小组，由工会小组整理后充实职工书屋。时间为5月11日-6月30日。
@H2 lvlalt=1 phase=读书交流;5月份; | 三、 读书交流：计划5月份在JIC书店办一次读书交流活动，具体时间另行通知。
工会
党办
2015.05.05
""",
    ),
]
