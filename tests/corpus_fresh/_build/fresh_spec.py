# -*- coding: utf-8 -*-
"""The held-out fresh set: 12 real Chinese work plans, schemes, activity plans,
summaries, a report and a speech, found as stored public web pages with the
`search` tool's `pages` corpus.  None of the source pages is a source of
shared/corpus-dev.  HELD OUT: never tune an importer on these documents; score
totals only.

Derived exactly like shared/corpus-dev (see its README):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, site-generated outlines "目录/提纲", "范文网" blurbs,
  publishing metadata, sample numbers "【篇一】" / "方案一：") was dropped, except
  debris a user pasting from the site would get (chunk/watermark line
  "精选优质文档-倾情为你奉上", page markers "第1页共2页" and "1", a paywall line,
  watermarks inside a sentence or a word); those are kept and never labelled.
- Heading lines keep the source's numbering and wording.  The store keeps
  NFKC-normalised text, so full-width punctuation （）：，；！ was restored, except
  in fresh04, which keeps the store's ASCII punctuation (notes say "Half-width").
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  numbers, unit and place names, quoted slogans and masking found in the source
  (XX, X, xx, ××, ***, 201x, "." for deleted words) are kept.  Personal names
  were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows; where the store had lost the
  break between a heading and its body, that is kept (fresh04, fresh07, fresh12).

Marker syntax: see build.py (identical to shared/corpus-dev/_build).
"""

FRESH_DOCS = [
    # ------------------------------------------------------------------ plans
    dict(
        name="fresh01_school_moral_education_plan",
        source="https://m.wenke99.com/p-5639492.html",
        doc_kind="plan", partial=True,
        notes=["Primary-school autumn moral-education plan from a document-sharing site whose text is synonym-swapped "
               "(同学 for 学生, 训练 for 教育, 中学校生 for 中小学生, 力量 for 能力); these artefacts are kept, as are the "
               "'.' masks of deleted political terms ('以.理论和“.”重要思想为指导') and the site watermark '课件下载*' "
               "inside '公民道德建设'. The sample number '【篇一】' was dropped.",
               "Level-2 numbering is '（一）、' (bracket plus dun comma). Under it, '1、' is a bare task statement (item) "
               "while '2、' and '3、' are 'title。body' run-in headings (level 3); the last one is cut off in the source."],
        units=["校长室", "大队部"],
        text="""\
@T | 小学秋季德育工作计划
@H1 sec=guidance | 一、指导思想
以.理论和“.”重要思想为指导、以.主义.为引领，严格执行中学校生守则、日常行为规范和公民道德课件下载*建设实施纲要，持续抓好同学的道德法制训练、.惯养成训练和民族精神训练；完善德育导师制，以丰富多彩的体验活动为载体，探索以同学为主体、以实践为主线、以灵魂塑造为主旨的德育新模式，走出学校的德育特色之路。
@H1 sec=goals alt=measures | 二、工作要点及措施
@H2 alt=measures | （一）、抓好德育骨干队伍建设，形成德育工作新合力。
@I3 alt=measures | 1、校长室、大队部、各班班主任和全体任课老师按各自职能分工开展工作，形成全员参加、全员育人的高效德育体系。
@H3 alt=measures | 2、加强对班主任工作的业务培训。落实中学校生班主任工作规定，通过研讨和阅历沟通分析新时期班主任工作的新特点，让班主任明确育人责任，提高青年班主任的素养和管理力量。
@H3 alt=measures | 3、把创建“文明班级”作为班级建设的重要措施。按照学校“天天比”的做法，每周评比一次“文明班级”。
""",
    ),
    dict(
        name="fresh02_company_party_branch_day_plan",
        source="https://yunko.cn/doc/rlld6xnfi3",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A company party branch's annual plan for its monthly theme day ('X公司' masking in the source). The "
               "site's line '本文系作者原创投稿…请勿照搬照抄!' above the title was dropped (site blurb).",
               "The （一）…（四） headings stand alone and end in '。' ('（一）时间安排。'). （一）时间安排 gives a recurring "
               "day ('每月X日'), not dated stages: no phases. Its kind is phases by keyword, with requirements (the "
               "parent) and other accepted; （二）参加对象 and （三）活动主题 are other (对象, 主题), requirements accepted."],
        units=["党支部"],
        text="""\
@T | 2020年度企业党支部主题党日活动计划
为规范和创新党支部主题党日活动、推动不忘初心、牢记使命常态化制度化，结合X公司实际，制定2020年党支部主题党日活动计划。
@H1 sec=guidance | 一、总体思路
主题党日要有“党味”，突出思想性、政治性，讲究庄重感、仪式感，经常性开展理论学习和政治教育，引导党员树牢“四个意识”、坚定“四个自信”、做到“两个维护”；活动要常态化、制度化、规范化，成为政治学习的阵地、思想交流的平台和党性锻炼的熔炉。
@H1 sec=requirements | 二、基本要求
@H2 sec=phases alt=requirements,other | （一）时间安排。
本着服务全局、时间相对固定、方便党员参加的原则，每月X日为主题党日；遇党的重大会议、重大活动和七一等节点，可按上级党委确定的主题统一开展“支部主题党日”。
@H2 sec=other alt=requirements | （二）参加对象。
全体党员参加，可视主题吸收发展对象、入党积极分子和群众代表；中层以上党员领导干部以普通党员身份参加所在支部的活动，带头示范。
@H2 sec=other alt=requirements | （三）活动主题。
以服务中心、建设队伍为最大实践，围绕中央、北京市和集团党委的重大部署、年度重点任务和重要时间节点定主题，做到年度有计划、月月有安排、次次有主题；主题经支委会研究后结合党员需求充实完善。
@H2 alt=measures,responsibilities | （四）组织方式。
主题党日一般以党支部为单位组织开展。
""",
    ),
    dict(
        name="fresh03_community_five_year_plan",
        source="https://xuekejiayuan.com/doc/2614397.html",
        doc_kind="plan", partial=True,
        notes=["A city community's five-year work plan (规划) for 2026—2030 ('XX社区' masking in the source). The page "
               "opens with a site-generated outline of the headings in shortened form ('一、铸魂强基', '(一)贯通组织体系', "
               "…); it was dropped as site navigation, like the sample numbers of other sites.",
               "Long 一、 heading with a comma and quotes; the （一）/（二） headings run in with their body, cut at the "
               "first '。'. The deadline '到2027年底' is not a phase."],
        units=["社区党委"],
        text="""\
@T | 关于XX社区2026—2030年高质量发展的工作规划
今后五年是我社区夯实治理根基、提升服务品质、增进居民福祉的关键时期。社区立足实际，围绕“党建引领、治理有效、环境宜居、民生幸福”的总目标制定本规划。
@H1 sec=goals alt=measures | 一、铸魂强基，构建党建引领基层治理的“主心骨”
社区党委是基层工作的领导核心，下辖12个党支部、400名党员。五年内要把组织优势转化为治理效能，让党旗在基层一线高高飘扬。
@H2 alt=measures | （一）贯通组织体系，打通“神经末梢”。优化“社区党委—网格（小区）党支部—楼栋党小组—党员中心户”四级架构，新建楼盘、商务楼宇及时建立功能型党支部；到2027年底党的组织覆盖和工作覆盖都达到100%，在现有12个支部基础上按网格增设或优化3-5个网格党支部。
@H2 alt=measures | （二）激活党员队伍，擦亮“先锋底色”。400名党员就是400面流动的旗帜；社区将深化党员“积分管理”和“设岗定责”，设立政策宣传、民情联络、纠纷调解等岗位。
""",
    ),
    # ---------------------------------------------------------------- schemes
    dict(
        name="fresh04_city_forest_fire_source_scheme",
        source="https://m.wenke99.com/p-10084910.html",
        doc_kind="scheme", partial=True, title_override="林区野外火源管理工作方案",
        notes=["Half-width: punctuation kept as the store shows it (scraped text).",
               "City scheme for autumn forest-fire source control from a document-sharing site; the page arrived as one "
               "block. The site's chunk/watermark text '精选优质文档-倾情为你奉上' is glued to the front of the title "
               "line (title given explicitly).",
               "The store lost the break after every 一、 heading, so each heading runs straight into its body without "
               "punctuation ('一、指导思想贯彻…'); heading texts are given explicitly. Under 四、工作任务 the body begins "
               "with a sub-point title '严格管理林区内农事用火。' in the middle of the line (not labelled); the line is "
               "cut off where the page ends. 'XX' masking is in the source."],
        units=["XX市XX年秋季林区野外火源管理工作领导小组", "市林业局", "市防火办"],
        text="""\
@T | 精选优质文档-倾情为你奉上林区野外火源管理工作方案
为建立更严格、更有效的林区野外火源管理机制,科学防范森林火灾,保护群众生命财产安全和森林资源、生态环境,结合实际制定本方案。
@H1 sec=guidance text=一、指导思想 | 一、指导思想贯彻国家、省秋季森林草原防火电视电话会议精神和市委、市政府对XX年秋防工作的总体要求,加强森林资源管理监督,管住各类入山人员,把住火种入山关,杜绝人为森林火灾,实现源头治火,为生态文明建设作贡献。
@H1 sec=goals text=二、工作目标 | 二、工作目标不发生重特大森林火灾,不发生群死群伤事件,不发生烧毁林场村屯事件,实现全市连续19个防期无重特大森林火灾。
@H1 sec=responsibilities text=三、组织机构 | 三、组织机构市政府成立XX市XX年秋季林区野外火源管理工作领导小组:分管副市长任组长,市林业局主要负责人和市森防指专职副总指挥任副组长,各县人民政府、五大连池管委会分管副县长、副主任和市防火办负责人任成员。
@H1 sec=goals alt=measures text=四、工作任务 | 四、工作任务严格管理林区内农事用火。对在林区从事农业生产的单位和个人从严管理,防火期内严禁点烧林地、草塘和违法开垦,严禁用烧地格子等方式
""",
    ),
    dict(
        name="fresh05_county_sanitation_four_chaos_scheme",
        source="https://xiaomilidoc.com/p-1884992.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["County scheme against the 'four chaos' (乱种、乱堆、乱搭、乱放养) for the national hygienic county "
               "campaign; the page arrived as one block and was split at its headings.",
               "Site debris kept: the watermark sentence '本篇文章来自资料管理下载。' in the middle of the 一、 body, and the "
               "page marker '第1页共2页' as its own line before 六、 (neither is labelled). '201x' masking in the source.",
               "'整治领导小组：' under 二、 is a key-value line with an empty value (body). The 1.–4. lines under "
               "（二）整治内容 are term definitions (items).",
               "The three steps are '1.name阶段（5月2日7日），…' with the dash between the dates lost: the end dates are "
               "bare days ('7日'); heading texts are given explicitly (the line is cut at the bracket). The overall "
               "period in the body under 五、整治时间 is an optional phase; the deadline '5月7日前' is not a phase."],
        units=["整治领导小组", "县创卫办", "县城管局", "县规划局", "县国土局"],
        extra_phases=[dict(name="整治时间", start_text="201x年5月2日", end_text="5月31日", at="从201x年5月2日至5月31日")],
        text="""\
@T | 创国卫四乱整治活动实施方案
为落实省、市爱卫专家对我县创建国家卫生县城提出的总体要求，对照《国家卫生县城标准》，制定本方案。
@H1 sec=goals | 一、工作目标
以加快创建国家卫生县城、提升城市品位、改善人居环境、提高居民文明卫生素质和健康水平为目标，本篇文章来自资料管理下载。集中整治长期存在的乱种、乱堆、乱搭、乱放养四乱陋习，确保201x年创成国家卫生县城。
@H1 sec=responsibilities | 二、组织领导
整治领导小组：
@H1 sec=other alt=goals | 三、整治对象
@H2 alt=goals | （一）整治范围。城关镇六个社区、四个行政村；桃坑乡桃江安置小区、老虎塘安置小区；下东乡头铺村、金星村、小车村、光辉村、东山坝村；洣江乡下瑶村、中瑶村；思聪乡红桥村、和平村。
@H2 sec=goals alt=other | （二）整治内容
@I3 alt=other | 1.乱种（城关镇六个社区）。指小街小巷两侧、居民门前屋后和小区内妨碍通行、有碍观瞻的乱种。
@I3 alt=other | 2.乱堆。指在小街小巷和居民门前屋后乱堆建筑材料、杂物。
@I3 alt=other | 3.乱搭。指在小街小巷和门前屋后乱搭、乱拉、乱挂、乱建，影响通行和市容。
@I3 alt=other | 4.乱放养。指居民任意放养家禽家畜。
@H1 sec=phases | 四、整治步骤
@H2 text=1.宣传发动阶段（5月2日7日） phase=宣传发动阶段;5月2日;7日 | 1.宣传发动阶段（5月2日7日），各有关乡镇摸清本区域四乱底数、登记造册，5月7日前报县创卫办。
@H2 text=2.自行整治阶段（5月8日13日） phase=自行整治阶段;5月8日;13日 | 2.自行整治阶段（5月8日13日），各有关乡镇向四乱对象下发整治通知，限期自行整改。
@H2 text=3.集中整治阶段（5月14日31日） phase=集中整治阶段;5月14日;31日 | 3.集中整治阶段（5月14日31日），对拒不配合的对象，由县创卫办、县城管局、县规划局、县国土局和相关乡镇联合集中整治。
@H1 sec=phases alt=other | 五、整治时间
整治为期一个月，从201x年5月2日至5月31日。
第1页共2页
@H1 sec=requirements | 六、工作要求
@H2 | （一）成立机构，加强领导。各有关乡镇成立整治领导小组，明确责任、精心组织，按时完成任务。
@H2 | （二）加强督查，明确奖罚。县创卫办对五个乡镇的整治情况进行督查。
""",
    ),
    dict(
        name="fresh06_workshop_safety_month_scheme",
        source="https://chaoshi.m.zjtcn.com/classifydetails/584461.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A factory workshop's implementation scheme for the 2009 'safety production month', extracted from a PDF: "
               "page number '1' as the first line, the title split over two lines with letter spacing ('实 施 方 案'; "
               "both are title lines), spaced dates ('2009 年 6 月 1 日'), '****' masking of the workshop's name, and "
               "the first （一） item broken over two lines (line 13 is its continuation, starting with '“').",
               "Headings end in '：' with the value on the next lines. Under 三、活动时间和主题 the lines '活动时间：…' and "
               "'活动主题：…' are key-value body lines (not labelled); the period is an optional phase. The （一）/（二） "
               "lines are task statements (items); the truncated （三） was dropped."],
        units=["车间安全领导小组"],
        extra_phases=[dict(name="活动时间", start_text="2009 年 6 月 1 日", end_text="30 日", at="活动时间： 2009")],
        text="""\
1
@T | ****2009 年开展“安全生产月”活动
@T | 实 施 方 案
车间属各工段、科室及班组：
根据工厂《关于开展 2009 年“安全生产月”活动的通知》要求，为提高车间全体员工的安全意识、强化安全管理、普及安全生产法规和知识、弘扬企业安全文化，结合车间安全管理实际制定本方案。
@H1 sec=goals | 一、活动目标：
各类安全事故为零。
@H1 sec=responsibilities | 二、活动领导机构：
本次活动由车间安全领导小组负责领导。
@H1 sec=phases alt=other | 三、活动时间和主题：
活动时间： 2009 年 6 月 1 日至 30 日。
活动主题：关爱生命，安全发展。
@H1 sec=goals alt=measures | 四、活动内容：
@I2 alt=measures | （一）在主要岗位和场所张贴安全横幅、挂图等宣传资料，加大
“安全生产月”活动的宣传力度，营造良好的安全生产氛围。
@I2 alt=measures | （二）配合上级部门组织一次安全宣誓活动，各工段、科室组织人员参加，具体安排另行通知。
""",
    ),
    # --------------------------------------------------------- activity plans
    dict(
        name="fresh07_hospital_nursing_brand_activity",
        source="https://meiwenyun.com/258907.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Hospital nursing department's activity plan ('一科一品' quality-nursing brands). Level-1 headings are "
               "unnumbered labels in lenticular brackets ('【指导思想】', numbering none).",
               "Two goal items share a line ('1.…； 2.…；'; only the line-initial one is labelled, as an item). Line 7 "
               "holds item 5 and then two headings in the middle of the line ('【活动对象】各护理单元 【活动内容和方式】', "
               "source layout): not labelled, so the body on line 8 belongs to an unlabelled heading.",
               "Phases '第一阶段：活动动员（2017年3月份）' dated by a single month (start only, no end). In the store the "
               "breaks after 第二阶段 and 第三阶段 were lost, so they run into their body; heading texts given "
               "explicitly. The deadline '4月底前' is not a phase."],
        units=["护理部", "各护理单元"],
        text="""\
@T | 2017年某某医院创建“一科一品”优质护理服务活动方案
@H1 sec=guidance | 【指导思想】
贯彻医药卫生体制改革部署和卫生部推广优质护理服务的文件精神，坚持“以病人为中心”，围绕“改革护理模式，履行护理职责，提供优质护理服务，提高护理水平”的宗旨，在前期优质护理服务基础上开展创建“一科一品”活动。
@H1 sec=goals | 【工作目标】
@I2 | 1.提高护理质量，让病人感受到优质护理服务； 2.促进疾病康复，提高医疗质量和效率；
@I2 | 3.开展个性化健康教育和指导，促进患者功能恢复； 4.提高患者满意度，促进医患和谐；
@I2 | 5.提高护理专业水平，体现护士专业价值。【活动对象】各护理单元 【活动内容和方式】
各护理单元围绕服务发展、科学监管、提升素质等方面，培育一项重点、特色或创新工作作为本科室的品牌，按项目申报、确定、实施、总结的流程推进；护理部适时组织评审，表彰优胜项目。
@H1 sec=phases | 【实施步骤】
@H2 phase=活动动员;2017年3月份; | 第一阶段：活动动员（2017年3月份）
在2017年第一季度护士长例会上动员部署，鼓励各护理单元踊跃参加。
@H2 text=第二阶段：项目申报（2017年4月份） phase=项目申报;2017年4月份; | 第二阶段：项目申报（2017年4月份）各护理单元总结分析优质护理服务开展情况，结合专科特色和病人需求制定本单元活动方案、确定“一科一品”项目，4月底前书面申报至护理部。
@H2 text=第三阶段：项目确定（2017年5月份） phase=项目确定;2017年5月份; | 第三阶段：项目确定（2017年5月份）护理部将在2017年“5.12护士节”期间举办“一科一品”优质护理服务展示活动。
""",
    ),
    dict(
        name="fresh08_community_double_ninth_activity",
        source="http://liangshanzhou.com/news-id-176256.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city community's programme for the Double Ninth (old people's) festival in Zhenjiang. The page's "
               "repeated title, '=============', the date '10-16' and the sample label '方案一：' were dropped.",
               "Every heading is a run-in '一、label：value' line; two values are empty ('二、活动地点：', '五、主办单位：'). "
               "'一、活动时间：2015年' keeps its value in the heading text; the lines of 三、/四、/六、/七、 are cut at the "
               "colon. The numbered points 1.–3. sit inside the 三、 and 六、 lines (one break in the middle of point 2 is "
               "in the source) and are not labelled.",
               "六、具体活动 is a one-afternoon programme: its time slots (登高 26日下午1:30, 表彰 下午3:20, 看大戏 "
               "下午3:30) and the overall '2015年' are optional phases; '30日下午6:00前' is a deadline."],
        units=["社区办公室"],
        extra_phases=[dict(name="活动时间", start_text="2015年", end_text=None, at="一、活动时间"),
                      dict(name="登高", start_text="26日下午1:30", end_text=None, at="1.登高："),
                      dict(name="表彰", start_text="下午3:20", end_text=None, at="2.表彰："),
                      dict(name="看大戏", start_text="下午3:30", end_text=None, at="3.看大戏：")],
        text="""\
@T | 社区重阳节活动方案2015
@H1 sec=phases alt=other | 一、活动时间：2015年
@H1 sec=other | 二、活动地点：
@H1 sec=goals alt=measures,other | 三、活动内容：1.徒步登上云台山 赏菊怡情看美景 相约古渡吟诗作画。2.欢度重阳看大戏
摄影作画留记忆（请老人从自己的视角，用摄影、书画、诗词记录古城十年来的变迁和感受）。摄影、书画、诗词作品由主办方请我市专家学者评比颁奖。3.表彰10名热心社区工作、积极参与社会公益事业的健康老人。
@H1 sec=other | 四、参加人员：社区老年代表、社会各界老年同志，以及市区的老年摄影、书画、诗词爱好者。（参加登高者须在50-70岁之间且身体健康，70岁以上须有家属或组织陪同）
@H1 sec=responsibilities | 五、主办单位：
@H1 sec=phases alt=goals,other | 六、具体活动：1.登高：26日下午1:30在伯先公园门口集合，从东路口上山，老人沿途用相机、书画、诗词记录古城变迁；作品须在四天内（30日下午6:00前）交社区办公室，由社区统一制成展牌，请专家点评并评出一、二、三等奖。2.表彰：下午3:20在西津渡二期工程尚清大戏台前广场，由冠名单位和各参与单位领导向十佳“社区文明健康老人”颁发荣誉证书。3.看大戏：下午3:30起在尚清大戏台，由社区戏曲队、歌舞队、时装队演出。
@H1 sec=responsibilities alt=other | 七、参与单位：市第二干休所，市、区老干部局，市、区老龄委，市外事办公室，市文明办、市退管中心、区委组织部、区总工会。
另邀请市民，以及来我市参加“友谊、合作、发展——我们的城市更美好”国际友好城市交流大会的西班牙埃纳雷斯堡市、釜山江西区、日本津市、仓敷市等友城代表。
""",
    ),
    # ---------------------------------------------------- summaries / reports
    dict(
        name="fresh09_village_annual_summary",
        source="http://www.guangshui.gov.cn/jcxxgkpt/zb/gsschz/cjxxgk_gschz/ncwccmwyh/cwgk_27366/202205/t20220531_998762.shtml",
        doc_kind="summary", doc_kind_alt=["report", "plan"], partial=True,
        notes=["A village committee's 2021 summary followed by its 2022 plan, from a county government's village "
               "disclosure page (publishing metadata dropped; a villager's name dropped).",
               "一、产业发展：… is a 'label：body' heading cut at the colon; the 1、/2、 headings under 二、 are the same. "
               "After a transition paragraph the numbering RESTARTS at 一、 for the plan part, and the page ends inside "
               "that heading: '一、环境整' is kept as the bare, truncated heading it is (level 1, next_steps with goals "
               "accepted). The unmatched quote in '公司+合作社+农户”' is in the source."],
        units=["村委会"],
        text="""\
@T | 牛车湾村2021年工作总结及2022年工作计划
2021年，在镇党委、政府和上级主管部门领导下，经村委会全体党员、干部和村民共同努力，各项工作取得较好成绩，现将全年工作汇报如下：
@H1 sec=achievements alt=background | 一、产业发展：湖北金悦公司在村里占地200余亩，种植并深加工甘薯，产品销往全国。村内种优质稻500余亩、养鱼300余亩，湖北鹏跃苗木花卉培植基地150余亩，新引进150亩食药两用玉竹种植基地，生猪年出栏2000多头；4位村民牵头成立种植专业合作社，流转村级土地600余亩。
@H1 sec=achievements | 二、当前建设情况
@H2 | 1、美丽乡村建设规划：发挥村党组织优势，以小规模方式探索适合本村的特色项目，借助社会资本发展特色农业；由村支部带头推行公司+合作社+农户”的产业发展模式，以甘薯、果树、苗圃和特色花木为主带动村民增收，最终实现乡村振兴。
@H2 | 2、示范点建设：全面清理拆除十组新湾、四组大屋畈、八组王家湾门前的乱搭乱建和乱堆乱放，新建联建公厕9处，硬化湾间道路1500余米，投入资金180余万元；修通污水管网1200余米，投入9万元修建四组下水道；清淤整修塘堰2口，绿化湾间空闲地，栽风景树8200余株，湾间环境彻底改观。
一年来村委会的成绩得到上级党委政府肯定和群众认可，但不足仍然不少。为让村民生活得更好，制定2022年村委工作计划如下：
@H1 sec=next_steps alt=goals | 一、环境整
""",
    ),
    dict(
        name="fresh10_county_epb_straw_burning_summary",
        source="https://www.wm114.cn/wen/144/286141.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county environmental-protection bureau's half-year summary report to the city bureau (addressee line "
               "'宜宾市环境保护局：', body). The site's generated outline ('目录/提纲：……') above the title was dropped.",
               "The site's paywall line '……（新文秘网https://www.wm114.cn省略262字，正式会员可完整阅读）……' is kept "
               "(not labelled); it hides the rest of 一、基本情况, the heading 二、主要做法及取得的成效 and （一）, so the "
               "visible （二）/（三） follow 一、 directly. They are level 2 under the hidden 二、 and take its kind "
               "(achievements, backward-looking 做法); background, the kind of the visible 一、, is accepted.",
               "三、存在的问题 holds the problems; its （一） is a bare run-in heading (the rest of the line is cut off). "
               "The fragment '为有效防止秸秆焚烧造' before the paywall is body."],
        units=["县环境保护局", "县环境监察大队", "各乡镇政府"],
        text="""\
@T | 县环境保护局关于2012年上半年秸秆禁烧工作情况总结的报告
宜宾市环境保护局：
为做好2012年秸秆禁烧工作，防止焚烧秸秆污染大气、影响机场和主要交通干线安全，我局上半年组织了秸秆禁烧专项执法检查，现将有关情况报告如下：
@H1 sec=background | 一、基本情况
为有效防止秸秆焚烧造
……（新文秘网https://www.wm114.cn省略262字，正式会员可完整阅读）……
各乡镇政府安排专人具体负责。责任落实到乡镇，实行乡镇干部包村、村干部包户，一级抓一级、层层抓落实，严防死守；全面落实“五定”要求（定人、定责、定时、定位、定要求），确保不发生秸秆焚烧。
@H2 sec=achievements alt=background | （二）抓好宣传教育，营造禁烧氛围。
全县通过张贴政府通告、悬挂横幅标语、发放宣传单等方式，宣传秸秆禁烧的政策规定和焚烧危害，做到家喻户晓，引导群众自觉遵守禁烧规定。
@H2 sec=achievements alt=background | （三）突出禁烧重点，强化监督检查。
农作物收割期间，县环境监察大队多次派巡查组巡查禁烧重点区域，发现问题及时纠正，加强监管，防止焚烧现象再次出现。
@H1 sec=problems | 三、存在的问题
经各部门共同努力，全县禁烧工作取得一定成效，但部分地区仍有不同程度的焚烧现象。
@H2 | （一）个别地区对秸秆禁烧工作重视程度不够。
""",
    ),
    dict(
        name="fresh11_health_centre_public_health_report",
        source="https://m.wenke99.com/p-8978951.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township central health centre's progress report (汇报) on basic public-health services, from a "
               "document-sharing site; the page arrived as one block. The site's line '精选优质文档-倾情为你奉上' (glued "
               "to the title in the store) is kept as its own first line (not labelled).",
               "'一、 基本情况' has a space after '、' while '二、主要工作及成效' has none; the last heading '1、领导重视' is "
               "bare (the page ends there). '某某' masking is in the source."],
        units=["某某中心卫生院"],
        text="""\
精选优质文档-倾情为你奉上
@T | 某某中心卫生院基本公共卫生服务项目工作开展情况汇报
近年来，随着卫生改革不断深入，我院在市卫生局和上级有关单位指导下，以满足群众基本公共卫生服务需求为出发点，转变观念、健全规章制度，公共卫生服务项目顺利开展并取得一定成绩，推进了基本公共服务均等化。现将主要进展汇报如下：
@H1 sec=background | 一、 基本情况
某某镇地处五指山市北部，距市区25公里，辖13个村委会，总人口15100人。某某中心卫生院是全镇唯一的公立医疗机构，占地7407.6平方米，有门诊865平方米、住院部470平方米、X光室85平方米，另有616平方米业务用房和约308平方米周转房在建，职工宿舍860平方米；设病床14张（产科6张），医务人员18名，其中医生6名、护士7名、药剂员1名、防疫员4名。开设内科、外科、妇产科、儿科、放射科、计免科、检验科、防疫和儿童保健等科室，并按乡村一体化要求管理全镇13个卫生室、23名乡村医生。
@H1 sec=achievements | 二、主要工作及成效
@H2 | 1、领导重视
""",
    ),
    # --------------------------------------------------------------- speeches
    dict(
        name="fresh12_hospital_workers_congress_speech",
        source="https://www.360docs.net/doc/e719141264.html",
        doc_kind="speech", partial=True, title_override="在医院职工代表大会上的讲话",
        notes=["Hospital director's closing speech at the workers' congress. Two title lines: the site's title "
               "('2023年医院职工大会上的院长讲话') and the speech's own title (used as the title). In the store the own "
               "title was repeated and glued to the salutation; the salutation was split off as its own line.",
               "The store lost the break after '一、凝聚共识、扩大共识', which runs straight into its body "
               "('…扩大共识共识，是团结奋斗的动力。'); heading text given explicitly. Below it, two UNNUMBERED short lines "
               "('关键在强化理论武装。', '基础要加强自身建设。') stand alone as sub-point titles (level 2). The page ends at "
               "'二' (dropped). Section kinds of speech points are soft."],
        units=["院工会"],
        text="""\
@T | 2023年医院职工大会上的院长讲话
@T | 在医院职工代表大会上的讲话
各位职工代表、同志们：
我院第六届职工代表大会第二次会议在全体代表和工作人员的努力下，已圆满完成各项议程。
会议期间，代表们精神饱满、态度严谨、作风务实，听取并审议通过了《医院工作报告》、《职工提案落实工作报告》、《2023年财务决算及2024年财务预算报告》，达到了明确目标、凝聚共识、振奋精神、增强信心的目的。
在此，我向各位代表和参会的同志们表示敬意和感谢！同志们，希望院工会发挥团结、组织、引领、激发职工的优势，弘扬劳模精神、劳动精神、工匠精神，把工作报告描绘的高质量发展“施工图”变成“实景画”。
下面，我代表医院行政再讲几点意见。
@H1 sec=requirements alt=guidance,measures text=一、凝聚共识、扩大共识 | 一、凝聚共识、扩大共识共识，是团结奋斗的动力。
团结要有圆心，守住圆心才能万众一心。希望大家联系实际学深悟透，把政策向职工讲清楚、讲明白、讲全面，引导职工把思想和行动统一到上级部署上来，增强发展信心、凝聚发展力量。
@H2 alt=guidance,measures | 关键在强化理论武装。
落实好各项学习制度，推进理论培训常态化，不断增进对上级决策的政治认同、思想认同、理论认同和情感认同。
@H2 alt=guidance,measures | 基础要加强自身建设。
希望大家强化“作为”的意识，珍惜职工代表的荣誉，勇于担当，在改革攻坚和加快发展中当好表率。
同时也要增强“能为”的本领，主动适应新形势，提升调查研究、法治思维和履职服务能力，增强凝心聚力的底气。
""",
    ),
]
