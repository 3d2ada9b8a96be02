# -*- coding: utf-8 -*-
"""The twentieth held-out fresh set: SECTION KINDS in real Chinese activity
plans (活动方案, 活动策划方案, 实施方案 of an activity, 运动会方案) and activity
summaries (活动总结, 宣传服务月总结), by writers the earlier sets have few of: a
bank, a prefecture banking association, a county health bureau, a
kindergarten, a city library, a college library, a town, a subdistrict, a
university students' association working in a village, a power company's
party organisation (activity plans), a policy bank's city branch, a township
health centre, a village and a county library (activity summaries).  Found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of shared/corpus-dev,
tests/corpus_fresh .. tests/corpus_fresh17, /work/fresh14, /work/fresh16,
/work/fresh17 or /work/fresh21 (the label files listed in /work/fresh20/used_sources.tsv), and
no title repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, sample numbers, document-
  sharing page lines) was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.  Headings that the store
  glued to their body or to the next heading were put on their own lines
  where noted.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.  Short value lines
  (themes, target groups, places, organisers, staff-role lines, rule rows)
  are kept as the page has them.

Marker syntax: see fresh_build/build.py.
"""

FRESH20_DOCS = [
    dict(
        name="fresh20_01_bank_financial_literacy_tour_scheme",
        source="https://360docs.net/doc/232270798.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A bank's ('我行', '总行') implementation scheme for the banking association's 普及金融知识万里行 "
               "campaign, on a document-sharing page whose own title ('2020年度银行业普及金融知识万里行活动方案') and "
               "'合集下载' line were dropped; the document title appears twice on the page and is kept once.",
               "The store glued three headings to their bodies ('一、活动目的和意义公众教育…', '二、活动时间ⅩⅩ年9月至11月…', "
               "'三、活动主要内容及安排根据…'); they were put on their own lines. 一、活动目的和意义 is goals (guidance "
               "accepted). 二、活动时间 is phases (other accepted); its period 'ⅩⅩ年9月至11月' (the page's Ⅹ masking) is an "
               "optional overall period on the next line.",
               "三、活动主要内容及安排 holds the three monthly theme months; kind phases with goals and measures accepted. "
               "'（一）9月—“金融知识在您身边服务月”要通过…' is a run-in dated heading (text set by hand, phase start '9月'); "
               "the page ends inside it ('…在营业'). The three 集中宣传日 (9月1日、9月29日、10月31日) in the body are days "
               "inside a body line, not phases."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="ⅩⅩ年9月", end_text="11月", at="ⅩⅩ年9月至11月", optional=True),
        ],
        text="""\
@T | 银行“普及金融知识万里行”活动实施方案
为做好金融消费者权益保护和公众教育服务，按照《ⅩⅩ年度中国银行业协会“普及金融知识万里行”活动方案》（银协发[ⅩⅩ]53号）和总行《关于开展“普及金融知识万里行”活动的预通知》的要求，我行结合自身情况制定本实施方案。
@H1 sec=goals alt=guidance | 一、活动目的和意义
公众教育服务既是银行业稳步发展的基础，也是银行业应尽的社会责任。
这项活动是银行业和金融消费者双方的共同需要。
借助本次活动，我行要增强保护消费者的服务意识，向公众普及金融知识，提高公众的金融安全意识和运用技能，营造学金融、懂金融、用金融的社会环境，构建和谐的金融关系，树立良好形象。
@H1 sec=phases alt=other | 二、活动时间
ⅩⅩ年9月至11月，历时3个月。
@H1 sec=phases alt=goals,measures | 三、活动主要内容及安排
按中国银行业协会的统一部署，活动分为“金融知识在您身边服务月”“助推小微、三农金融服务月”“特殊群体客户关爱服务月”三个主题，9月1日、9月29日、10月31日分别为三个主题的集中宣传日。
宣传的重点是银行卡、服务渠道、理财服务、个人贷款、小微企业贷款、“三农”服务、特殊客户群体服务，以及商业银行支持经济社会发展的其他重点业务和创新产品。
@H2 phase=金融知识在您身边服务月;9月; text=（一）9月—“金融知识在您身边服务月” | （一）9月—“金融知识在您身边服务月”要借助网点营销传播系统、LED显示屏、液晶电视和客户体验服务区等载体宣传本次活动，在营业
""",
    ),
    dict(
        name="fresh20_02_prefecture_banking_association_financial_literacy_plan",
        source="http://www.zhaozongjie.com/hdzj/hdfa/19849.html",
        doc_kind="activity_plan", partial=True,
        notes=["A prefecture banking association's (大理州银行业协会) plan for the 2020 普及金融知识万里行 campaign; the "
               "site's breadcrumb, the repeated page title and the poster line ('| cwl2') were dropped.",
               "'一、 活动目的' keeps the page's space after 一、; goals (guidance accepted). 二、组织安排 is "
               "responsibilities: its two （一）（二） lines are statements about the organiser and the member banks "
               "(items). The names of the leading group's office director and member were dropped; the page shows no "
               "member list after '主要成员如下：'.",
               "三、内容及安排 is phases (goals accepted); its period '7月至9月' is an optional overall period in the body "
               "line; '（一）活动筹备阶段' is an undated stage (a phase with no dates). The page ends inside that stage "
               "('…组')."],
        units=["大理州银行业协会", "各会员银行", "活动领导小组", "办公室", "自律维权部"],
        extra_phases=[
            dict(name="普及金融知识万里行活动", start_text="7月", end_text="9月", at="于7月至9月", optional=True),
        ],
        text="""\
@T | 2020年度银行业普及金融知识万里行活动方案
为落实监管部门加大消费者权益保护宣传力度的要求，提高公众的金融素质和安全意识，建立公众教育服务的长效机制，协会决定组织2020年度大理州银行业普及金融知识万里行活动。
@H1 sec=goals alt=guidance | 一、 活动目的
这项活动已是大理州银行业消费者教育服务的品牌。本年度要整合行业资源、调动各方力量，围绕社会关注的热点难点统一宣传主题和方向，形成多方位、互补的金融消费者权益保护体系，营造公平、公正、有序的金融市场环境。
@H1 sec=responsibilities | 二、组织安排
@I2 | （一）大理州银行业协会是本年度活动的主办单位，各会员银行为主要参与单位。活动设立领导小组（以下简称“活动领导小组”），主要成员如下：
活动领导小组下设办公室，设在协会自律维权部，负责制定活动方案、协调各会员银行推进落实。
@I2 | （二）各会员银行按本方案和主题内容，结合业务实际确定宣传重点、内容、形式、渠道和计划，制定本单位活动细则，推动分支机构开展活动，并向分支机构提出具体要求和目标；细则报协会活动办公室。
@H1 sec=phases alt=goals | 三、内容及安排
于7月至9月在全州银行业开展本年度“普及金融知识万里行”活动，具体安排如下：
@H2 phase=活动筹备阶段;; | （一）活动筹备阶段
各银行机构依据本方案制定活动细则，组
""",
    ),
    dict(
        name="fresh20_03_county_health_bureau_nurses_day_activity_plan",
        source="https://alatiku.com/fanwen/daquan/44vny1.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county health bureau's ('我县卫生系统', '局领导小组办公室') plan for the International Nurses' Day, the first "
               "sample of a collection page; the page title, the 导读 line and the sample heading ('国际护士节活动策划案"
               "【第一篇】') were dropped, and so was the site line run into the first paragraph ('国际护士节活动方案参考由本站"
               "提供！'). No title line (title null). The first paragraph is the body of a missing 一、 (the page has no "
               "一、 heading); its empty quotes '纪念“”' are the page's.",
               "二、活动内容 is goals (measures accepted); its contests （一）（二） are level 2 and their points level 3: "
               "'1.主题及要求' requirements (other accepted), '2.比赛程序' other (phases accepted: 初赛 / 复赛 / 决赛 are "
               "contest rounds, the '4月10日前' and '5月12日' in its body are a deadline and a planned day inside a body line, "
               "not phases), '3.参赛对象' other. Under （二） the points are run-in ('1.参赛对象。全县医疗卫生单位护理人员。').",
               "The page ends inside the heading '（三）评选20__年度'."],
        units=["局领导小组办公室", "活动领导小组"],
        text="""\
纪念“”国际护士节，要学习和弘扬南丁格尔救死扶伤的人道主义精神和无私奉献的品质，紧扣“展卫生风采，树卫生形象，促卫生发展”的主题，把活动同基本公共卫生项目、重大疾病防控、医护服务质量和行风建设结合起来，推进我县“廉洁诚信医院”建设，全面提高护理水平，为患者提供安全、优质、满意的护理服务。
@H1 sec=goals alt=measures | 二、活动内容
@H2 | （一）演讲比赛
@H3 sec=requirements alt=other | 1.主题及要求
以“推介××”（如“推介彭医”）为题，演讲配合幻灯片，介绍本单位的基本情况、工作性质和工作情况；也可从医院管理、护理、医疗服务、行风建设、公共卫生服务中选一个方面来讲。
@H3 sec=other alt=phases | 2.比赛程序
比赛设初赛、复赛、决赛。初赛由各单位自行选拔1人参加复赛，名单于4月10日前报局领导小组办公室；复赛由活动领导小组统一组织，选出5人进入决赛；决赛初定5月12日在护士节纪念大会上举行，当场评出一、二、三名和优秀奖。
@H3 sec=other | 3.参赛对象
全县医疗卫生单位。
@H2 | （二）护理礼仪比赛
@H3 sec=other | 1.参赛对象。全县医疗卫生单位护理人员。
@H3 sec=other alt=phases | 2.比赛程序。（同演讲比赛）
@H3 sec=other alt=requirements | 3.比赛内容。具体方案另行下发。
@H2 | （三）评选20__年度
""",
    ),
    dict(
        name="fresh20_04_kindergarten_autumn_outdoor_family_activity_plan",
        source="https://m.0543bbs.com/parenting/teaching/6467.html",
        doc_kind="activity_plan", partial=True,
        notes=["A kindergarten's plan for an autumn outdoor parent-child activity, on a local portal; the portal's name "
               "lines were dropped and the title, shown twice, is kept once.",
               "一、活动目标 is goals (guidance accepted) with four numbered aims (items). 二、活动时间与地点: the store ran "
               "the place into the time line ('…上午X点至X点地点：…'); it was put on its own line. The masked date "
               "'XXXX年XX月XX日' is an optional overall period; kind other (phases accepted).",
               "三、活动内容与安排 is goals (phases and measures accepted): five programme items, each with a masked time slot "
               "'（X点-X点）'; the masked slots are not labelled as phases. 四、安全措施 is measures (requirements "
               "accepted): seven items."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="XXXX年XX月XX日", end_text=None, at="时间：XXXX年", optional=True),
        ],
        text="""\
@T | 幼儿园秋季户外亲子活动方案
@H1 sec=goals alt=guidance | 一、活动目标
@I2 | 1. 借户外活动增强幼儿体质，让孩子在快乐中学习、成长。
@I2 | 2. 培养孩子和父母、同伴一起克服困难、争取胜利的精神。
@I2 | 3. 培养幼儿对体育活动的兴趣和习惯，增强体质。
@I2 | 4. 在户外活动中发展幼儿的动手能力和合作精神。
@H1 sec=other alt=phases | 二、活动时间与地点
时间：XXXX年XX月XX日，上午X点至X点
地点：幼儿园后操场与周边绿地
@H1 sec=goals alt=phases,measures | 三、活动内容与安排
@I2 | 1. 开场表演（X点-X点）：小朋友表演节目，展示才艺和活力。
@I2 | 2. 亲子接力比赛（X点-X点）：家长和孩子组队接力，培养亲子默契。
@I2 | 3. 拔河比赛（X点-X点）：家长和孩子一起拔河，培养协作精神。
@I2 | 4. 自由活动（X点-X点）：亲子自由活动，享受户外运动。
@I2 | 5. 抽奖环节（X点-X点）：结束前抽奖，参与者有机会得到礼品。
@H1 sec=measures alt=requirements | 四、安全措施
@I2 | 1. 活动前检查场地，确保安全。
@I2 | 2. 每个环节都有专人负责安全。
@I2 | 3. 现场备好急救药品和人员，应对突发情况。
@I2 | 4. 家长和孩子穿舒适的运动服和运动鞋，防止受伤。
@I2 | 5. 活动中家长照看好自己的孩子，防止意外。
@I2 | 6. 不得携带危险品和易燃易爆物品进入现场。
@I2 | 7. 结束后听从工作人员安排有序离场。
""",
    ),
    dict(
        name="fresh20_05_city_library_world_reading_day_plan",
        source="http://huaxiashiwen.com/xuexi/hdfa/710715.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city library's ('我馆', its lecture series 《济图讲堂》, a book drift to 坡头镇) plan for World Reading Day, "
               "the first sample of a page; the page heading is the title line ('关于图书馆世界读书日活动策划方案'); the "
               "posting line, the site name and the sample heading ('图书馆世界读书日活动策划方案(一)') were dropped.",
               "Four short-label sections: 一、活动主题 other, 二、活动时间 phases (other accepted; its period "
               "'20年4月18日――20年4月28日' with the page's lost year digits and doubled ―― is an optional overall period), "
               "三、活动目的 goals (guidance accepted), 四、活动具体安排 goals (measures and phases accepted) with three "
               "numbered activities as level-2 headings.",
               "Each activity is followed by value rows '时间：…' and '地点：…责任部门：…' (the store ran 责任部门 into the "
               "place, kept so). These rows are not labelled as phases: they repeat or fall inside the overall period "
               "(4月18日----4月28日 and 4月18日). The name of the invited lecturer in 3. was dropped; the page ends inside "
               "3. ('…引领市民阅读')."],
        units=["办公室", "读者服务部"],
        extra_phases=[
            dict(name="活动时间", start_text="20年4月18日", end_text="20年4月28日", at="20年4月18日――", optional=True),
        ],
        text="""\
@T | 关于图书馆世界读书日活动策划方案
为落实党的“十八大”精神和“倡导全民阅读，建设书香社会”的号召，倡导多读书、读好书的风尚，发挥我馆在校园文化建设和市民文化生活中的作用，推动全民阅读，让读者在阅读中感受快乐、养成习惯，按××省图书馆学会的统一要求，我馆开展以“阅读的力量”为主题的系列活动。
@H1 sec=other | 一、活动主题
“阅读的力量”
@H1 sec=phases alt=other | 二、活动时间
20年4月18日――20年4月28日
@H1 sec=goals alt=guidance | 三、活动目的
宣传全民阅读和世界读书日的主旨，吸引更多人阅读和学习，培养阅读兴趣。
@H1 sec=goals alt=measures,phases | 四、活动具体安排
@H2 | 1.开展“世界读书日”的专题宣传活动
通过广播电台、图书馆网站、大厅屏幕和校园广播宣传世界读书日的由来、历史和各国的活动，推广科学的阅读方法，公布读书倡议书。
时间：4月18日----4月28日
地点：图书馆大厅责任部门：办公室
@H2 | 2.开展爱心图书漂流活动
为丰富山区儿童的精神文化生活，图书馆与《东方今报》一起到坡头镇开展爱心图书漂流。
时间：4月18日
地点：坡头镇责任部门：读者服务部
@H2 | 3.《济图讲堂》举办“阅读推广”公益讲座
图书馆邀请××省图书馆学会的一位常务理事作《岂让小屏遮望眼 ――如何运用手机阅读》讲座，丰富市民的阅读生活，引领市民阅读
""",
    ),
    dict(
        name="fresh20_06_college_library_reading_activity_plan",
        source="https://www.69lv.com/wenku/rdbbs/vKVEMrrAp7",
        doc_kind="activity_plan", partial=True,
        notes=["A reading-activity plan for a college library (天津财经大学珠江学院图书馆, its place and audience), on a "
               "document site; the site's page title ('图书馆读书月活动策划方案') and source line were dropped. The document's "
               "cover shows two lines, '三塘中心学校' and '图书活动方案' (another writer's name on the cover of a reused "
               "template); they are the title lines, kept as the page has them.",
               "The cover is followed by a table of contents on two PDF lines ('1. 活动背景2. 活动主题…6. 活动地点2014-2017', "
               "'7. 面向人员 8. 活动内容 … 15. 附录', with '目录' between them and a stray '2014-2017'); the contents lines are "
               "not headings and are never labelled (check.py REVIEW lines 3 and 5, deliberate).",
               "Eight short-label headings, several with the page's spacing ('一、活动背景 ：', '四、 活动目的'): 活动背景 "
               "background (guidance accepted), 活动主题 / 活动口号 / 活动地点 / 面向人员 other, 活动目的 goals (guidance "
               "accepted), 活动时间 phases (other accepted; its period '2013 年 4 月 23 日~2013 年 5 月___日' with PDF spacing "
               "and a blank day is an optional overall period), 活动内容 goals (measures accepted). The slogan keeps the "
               "page's three PDF lines. The two contents items of 八、 were on one line in the store and were put on "
               "their own lines; the page ends with a bare '3', which was dropped."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2013 年 4 月 23 日", end_text="2013 年 5 月___日", at="2013 年 4 月 23 日~", optional=True),
        ],
        text="""\
@T | 三塘中心学校
@T | 图书活动方案
1. 活动背景2. 活动主题3. 活动口号4. 活动目的5. 活动时间6. 活动地点2014-2017
目录
7. 面向人员 8. 活动内容 9. 事前准备 10. 活动流程 11. 活动现场人数安排 12. 传播途径 13. 经费预算 14. 效果评估与预测 15. 附录
@H1 sec=background alt=guidance | 一、活动背景 ：
书是人类进步的阶梯和知识的源泉。大学是吸收知识最快的阶段，多读好书能丰富知识、开阔视野、陶冶情操，为今后的发展打好基础。
图书馆向来受读者喜爱，校园图书馆更是师生教与学的平台；天津财经大学珠江学院图书馆藏书丰富，是学院的“心灵窗口”，能帮助学生掌握知识、了解社会。
@H1 sec=other | 二、活动主题 ：
品味书香，文化校园
@H1 sec=other | 三、活动口号：
引领读书热潮， 服务广大读者，
熏陶中外文化，
营造书香校园。
@H1 sec=goals alt=guidance | 四、 活动目的
让学生更好地利用图书馆资源，引导在校大学生多读书、读好书，形成读书热潮，接受中外文化熏陶，丰富人文精神，提高素养，促进校风、学风和文明校园建设，弘扬民族文化。
@H1 sec=phases alt=other | 五、 活动时间
2013 年 4 月 23 日~2013 年 5 月___日
@H1 sec=other | 六、 活动地点
天津财经大学珠江学院图书馆
@H1 sec=other | 七、 面向人员
天津财经大学珠江学院全体师生
@H1 sec=goals alt=measures | 八、活动内容
@I2 | 1、“品味书香，文化校园”世界读书日演讲比赛（见附录）
@I2 | 2、院学生自办刊物联展（见附录）
""",
    ),
    dict(
        name="fresh20_07_town_farmers_fun_games_plan",
        source="https://renrendoc.com/paper/252768917.html",
        doc_kind="activity_plan", partial=True,
        notes=["A town's ('以全镇各村委为单位组队参赛', '镇卫生院') plan for a 2021 farmers' fun games, on a document-sharing "
               "site that shows the text run together in one paragraph; the site's page lines, a conversion artefact "
               "before the title ('PAGEPAGE3'), the repeated title and its '方案：' were dropped. Every numbered part was "
               "put on its own line.",
               "Headings with their value glued on ('三、主办单位xx', '六、活动时间2021957:30—11:30', '七、活动地点xx', "
               "'十二、活动组委会安排1xxxxxx') have their text set by hand to the label. Kinds: 活动宗旨 guidance, 活动主题 / "
               "活动地点 other, 主办 / 承办 / 赞助单位 responsibilities, 活动时间 phases (other accepted; the damaged "
               "'2021957:30—11:30' is an optional overall period, kept as written), 活动流程 phases (other accepted; its "
               "four undated programme steps are items, not phases), 活动组织和要求 responsibilities (requirements "
               "accepted), 活动经费 measures (other accepted), 活动组委会安排 responsibilities.",
               "The page lost 八、 and part of its list: items 1、–3、 (principles) follow 七、活动地点 with no parent "
               "(labelled requirements, other accepted), '4人七足跑、抛物比准（个人赛；' has lost its numbering and is not "
               "labelled, 5、参赛办法 and 6、运动员资格 are other. The 活动宗旨 body starts mid-word ('化农村…'), as on "
               "the page.",
               "In 十、 the two surnames before masked phone numbers were dropped ('（xxxxxxx，xxxxxxx）'). The committee's "
               "group lines keep the page's masks ('xxxxxx'); the page ends with a bare '7、', dropped."],
        units=["组委会", "宣传组", "竞赛组", "场地器材组", "保卫组", "奖品组"],
        extra_phases=[
            dict(name="活动时间", start_text="2021957:30", end_text="11:30", at="2021957:30", optional=True),
        ],
        text="""\
@T | 2021年农民趣味运动会活动方案
@H1 sec=guidance | 一、活动宗旨
化农村消费市场和生活环境，吸引社会资金投入农村，带动农村经济增长。
@H1 sec=other | 二、活动主题
@H1 sec=responsibilities text=三、主办单位 | 三、主办单位xx
@H1 sec=responsibilities text=四、承办单位 | 四、承办单位xx
@H1 sec=responsibilities text=五、赞助单位 | 五、赞助单位xx中学
@H1 sec=phases alt=other text=六、活动时间 | 六、活动时间2021957:30—11:30
@H1 sec=other text=七、活动地点 | 七、活动地点xx
@I2 sec=requirements alt=other | 1、按“亲民、便民、利民、节俭”的要求举办运动会；
@I2 sec=requirements alt=other | 2、活动多样、健康向上、喜闻乐见；
@I2 sec=requirements alt=other | 3、比赛项目适合农村、贴近农民，简便易行，有利健身；
4人七足跑、抛物比准（个人赛；
@I2 sec=other | 5、参赛办法：以全镇各村委为单位组队参赛，各项目人数按单项竞赛规程执行，报到时交验代表队的人身意外保险证明；
@I2 sec=other | 6、运动员资格：本镇农业户口的农民、在企业就业的人员和个体经商者，经镇卫生院体检出具健康证明并通过资格审查。
@H1 sec=phases alt=other | 九、活动流程
@I2 | 1、主持人主持开始（升国旗）
@I2 | 2、领导致辞开幕
@I2 | 3、运动会开始
@I2 | 4、闭幕颁奖
@H1 sec=responsibilities alt=requirements text=十、活动组织和要求 | 十、活动组织和要求1825（xxxxxxx，xxxxxxx）2xx
@H1 sec=measures alt=other | 十一、活动经费
参赛经费由各单位自理，比赛经费由组委会承担。
@H1 sec=responsibilities text=十二、活动组委会安排 | 十二、活动组委会安排1xxxxxx
@I2 | 2、宣传组播音员、国歌、运动员进行曲的准备。xxxxxx
@I2 | 3、竞赛组比赛过程的实施和裁判工作。负责编印领奖单、竞赛登记单等比赛账册。xxxxxx
@I2 | 4、场地器材组发放和回收。xxxxxx
@I2 | 5、保卫组大会工作人员识别卡的准备（或宣传组准备的处置。xx
@I2 | 6、奖品组（填写）xxxxxx
""",
    ),
    dict(
        name="fresh20_08_subdistrict_icbc_cup_farmers_games_scheme",
        source="https://www.renrendoc.com/p-84879592.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A subdistrict's ('街党工委、办事处', '我街', '各村（居）') implementation scheme for its third 工行杯 "
               "farmers' games, on a document-sharing site that runs the text together; the site's page lines were "
               "dropped and every part was put on its own line.",
               "一、指导思想 is a run-in heading cut at the colon (guidance). 二、活动主题： and 五、比赛项目：… are other "
               "(五、 goals accepted), 三、时间、地点和参赛人员： other (phases accepted), 四、主办单位： responsibilities "
               "(its value is blank on the page). The blank date '时间： 年 月 日 日' and the blank deadline in the "
               "参赛人员 line are not phases; the page's blanks are kept.",
               "Each event of 五、 is a level-2 heading followed by key-value rows (参赛人员 / 裁判人员 / 比赛规则), which are "
               "not labelled. The page ends inside the second event's rule ('…跑到指定')."],
        units=["街党工委", "办事处", "组织办公室"],
        text="""\
@T | 第三届“工行杯”农民运动会实施方案
为推动农村全民健身，丰富辖区农民的精神文化生活，展示我街群众的精神风貌，建设“团结、互助、平安、文明、和谐”社区，经街党工委、办事处研究，决定举办第三届“工行杯”农民运动会，方案如下：
@H1 sec=guidance | 一、指导思想：以邓小平理论和“三个代表”重要思想为指导，按科学发展观的要求，以“新农村，新农民，新体育”为主题，用趣味体育的形式展示我街群众的生机和新风貌，凝聚发展合力，推进我街城市化建设。
@H1 sec=other | 二、活动主题：
“新农村，新农民，新体育”
@H1 sec=other alt=phases | 三、时间、地点和参赛人员：
时间： 年 月 日 日
地点：
参赛人员：参赛人员（名单、项目）由各村（居）于 年 月 日前报组织办公室。
@H1 sec=responsibilities | 四、主办单位：
@H1 sec=other alt=goals | 五、比赛项目：（具体项目根据实际情况可变动）
@H2 | 1、50米搬粮食接力赛
参赛人员：每社区男女队员各两人
裁判人员：裁判一名，计时员若干
比赛规则：跑道两端各站一男一女两名队员；开赛后男队员左右手各提一个沙包送到终点规定区域，由终点女队员接过沙包跑回起点，再交男队员跑向终点，终点女队员接包跑回起点即完成，用时最短的队伍获胜。
@H2 | 2、50米男子、女子抗旱提水通过障碍比赛
参赛人员：每社区男女队员各四人
裁判人员：裁判一名
比赛规则：开赛后，先由男队员双手各提一个小塑料桶，跑到指定
""",
    ),
    dict(
        name="fresh20_09_student_association_village_fun_games_plan",
        source="https://360docs.net/doc/485880462.html",
        doc_kind="activity_plan", partial=True,
        notes=["A fun-games plan for villagers run by a university students' association (主办单位：浙江师范大学社团联实践队) at "
               "a town school (苏孟中学) in the summer holiday, on a document-sharing page; the site's notice lines and a "
               "code line after the title ('标准化管理部编码-[…]') were dropped, and the title, shown twice, is kept once.",
               "Top-level parts mix numbered labels and unnumbered label lines, all level 1: '一、时间：' (blank on the page; "
               "phases, other accepted), '二、地点：苏孟中学' other, '三、主办单位：…' responsibilities, '活动主题：…' other, "
               "'前期宣传：挨家挨户' measures (other accepted), '人员分配：' responsibilities (its ten staff-role lines are "
               "unlabelled value lines), '活动内容：' goals (other and measures accepted).",
               "Under 活动内容：, '个人赛：' is level 2 and the events restart at 一、 as level 3 (level 2 accepted). The "
               "rows 比赛规则 / 比赛器材 / 比赛奖励 are unlabelled key-value lines. The page ends at '比赛规', kept."],
        units=["浙江师范大学社团联实践队", "裁判组", "安保组", "医疗小分队", "奖品管理组", "摄像组"],
        text="""\
@T | 农村趣味运动会方案
暑假将至，为丰富全镇群众的文化生活，让大家过一个欢乐祥和的节日，也让返乡的农民工感受到家乡的变化和节日气氛、投身新农村建设，特举办本次运动会。
@H1 sec=phases alt=other | 一、时间：
@H1 sec=other | 二、地点：苏孟中学
@H1 sec=responsibilities | 三、主办单位：浙江师范大学社团联实践队
@H1 sec=other | 活动主题：忙里偷闲，快乐你我他。
@H1 sec=measures alt=other | 前期宣传：挨家挨户
@H1 sec=responsibilities | 人员分配：
音乐控制人员
主持人：
现场总指挥：
裁判组
记录台工作人员
安保组：
医疗小分队：
入场引导人员：
奖品管理组：
摄像组
@H1 sec=goals alt=other,measures | 活动内容：
@H2 | 个人赛：
@H3 lvlalt=2 | 一、“插秧”比赛
比赛规则：每组三人，每人把手中二十根吸管插进二十个空瓶，用时最少者胜；瓶子倒了要扶起，结束时每倒一个瓶子加一秒。
比赛器材：八十个空瓶，八十根吸管，三排桌子
每组派一名计时员和一名兼收吸管的监督员。
比赛奖励：取前六名，第一名一名，第二名两名，第三名三名。奖品暂定。
@H3 lvlalt=2 | 二、水球障碍跑
比赛规则：分两组进行，每人拿一个水球，不弄破水球通过全部障碍（呼啦圈、长凳、跳长绳）到达终点，用时最少者胜；途中水球破了须回起点重来。
比赛器材：到时具体再定
比赛奖励：取前六名，一名第一名，二名第二名，三名第三名。奖品暂定。
@H3 lvlalt=2 | 三、足球障碍跑
比赛规
""",
    ),
    dict(
        name="fresh20_10_power_company_july_first_activity_plan",
        source="http://gkjzy.com/xuexi/hdfa/372197.html",
        doc_kind="activity_plan", partial=True,
        notes=["A power company's party organisation ('公司', '各支部', '为电力事业添光增彩') plans the activities for the "
               "party's anniversary on 1 July; the site's name and breadcrumb were dropped. The first line starts with "
               "the page's '的七一' (the year lost) and names the 93rd anniversary, while 1、 and the theme name the "
               "92nd; both kept as the page has them.",
               "一、活动主题 carries the theme in a body paragraph: other (guidance accepted). 二、活动内容及时间安排 is "
               "phases (goals accepted): its four numbered activities are level-2 headings; 1、红歌赛 is dated on the next "
               "line ('七月初', start only) and 2、红影会 inside its body ('在七月组织…', a single month, start only); 3、 and "
               "4、 are undated and are not phases. The page ends inside 4、 ('…对党的信')."],
        units=["各支部"],
        text="""\
@T | 迎七一建党节活动策划方案
的七一是中国共产党建党93周年纪念日。值此之际，我们要学习党的十八大精神，在本职岗位上创优争先。按上级党委的部署，为营造氛围、引导公司广大党员和职工参加各项工作和纪念活动，现将活动策划如下：
@H1 sec=other alt=guidance | 一、活动主题
活动以党的十八大精神、2013年两会精神和科学发展观为指导，以“忆党史、铭党恩、强党性、促党建、肃党纪、正党风”为主题，通过多种形式激发职工的爱国热情、弘扬民族精神，让职工珍惜幸福生活、更加努力工作，为电力事业添光增彩，也展示职工积极向上的风貌，推动创先争优，丰富企业文化生活，加强企业精神文明建设。
@H1 sec=phases alt=goals | 二、活动内容及时间安排
@H2 phase=红歌赛;七月初; | 1、红歌赛
七月初举行庆祝建党92周年的红歌比赛，激发职工的爱国热情，丰富业余生活，活跃企业文化氛围。
@H2 phase=红影会;七月; | 2、红影会
在建党纪念日之际，为让职工重温革命传统、感受“红色浪潮”，在七月组织全体员工观看《建党大业》。
@H2 | 3、上好一堂党课
以支部为单位给党员上一堂党课，结合公司实际分析热点难点和公司发展面临的机遇与挑战，激发党员的工作热情，坚定加快发展的信心。
@H2 | 4、召开一次入党积极分子座谈会
各支部组织职工中的入党积极分子座谈，围绕对党的信
""",
    ),
    dict(
        name="fresh20_11_policy_bank_city_branch_financial_month_summary",
        source="http://www.ehhe.cn/wenku/rbseb/mXLB7j8qvx",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A policy bank's city branch ('我市分行', '农发行业务') reports on its 金融知识进万家 service month, on a "
               "document site whose page title is the title line ('2024年金融知识普及月宣传总结'; the body keeps the masked "
               "'20xx'). Site lines were dropped.",
               "一、组织落实 and 二、工作开展 are achievements (backward-looking 做法; measures accepted for 一、). The store "
               "glued 二、's first sentence to the heading ('二、工作开展9月份，…'); it was put on its own line. "
               "'（一）宣传内容。…' and '（二）活动方式。' are run-in level-2 headings, '1.营业网点宣传。一是…二是…' a run-in "
               "level-3 heading; the page ends inside it ('…网络支付诈骗等'). Quoted slogans are kept.",
               "No problems or next-step part is visible."],
        units=["市分行", "工作领导小组", "办公室", "信贷与风险管理部", "客户部", "营业中心", "信息技术部"],
        text="""\
@T | 2024年金融知识普及月宣传总结
按龙岩银监分局《关于开展xx银行业20xx年“金融知识进万家”宣传服务月活动的通知》的要求，为普及金融知识、提高金融消费者保护资金和信息安全的意识和能力，我市分行于20xx年9月在全市开展了“金融知识进万家”宣传服务月活动，现将情况报告如下：
@H1 sec=achievements alt=measures | 一、组织落实
市分行召开专题会议部署活动，组织各行和职能部门学习文件；成立以副行长为组长、办公室、信贷与风险管理部、客户部、营业中心、信息技术部负责人为成员的工作领导小组，督促指导全辖营业网点开展宣传服务。
@H1 sec=achievements | 二、工作开展
9月份，全辖xx个营业网点共有33名员工参加宣传服务月活动，向220余名社会公众开展了金融知识宣传教育。
@H2 | （一）宣传内容。本次宣传口号为“维护客户资金安全，就是维护银行声誉”，重点提高公众保护资金和信息安全的意识和能力，同时宣传农业金融知识、农发行业务、金融产品和服务方式，以及我行处理纠纷投诉的措施和投诉渠道。
@H2 | （二）活动方式。
@H3 | 1.营业网点宣传。一是用LED屏、液晶屏和横幅持续宣传，柜面悬挂“建立存款保险制度、促进银行业健康稳定发展”条幅，柜台放置“转账汇款需谨慎，行动以前先确认”等小册子，入口摆放“诈骗短信莫轻信，转账汇款须辨清”主题海报；二是设立咨询台，专人解答金融知识，向客户介绍伪卡盗刷、网络支付诈骗等
""",
    ),
    dict(
        name="fresh20_12_township_health_centre_cancer_week_summary",
        source="https://qianlo.com/view/17716-2.html",
        doc_kind="summary", partial=True,
        notes=["A township health centre's ('我卫生院') summary of its cancer-prevention publicity week (4月15日—21日), on "
               "a collection site's view page; the chunk starts at the document's first line. No title line (title null).",
               "Three headings, all achievements (measures accepted for the first): two short labels and one sentence "
               "heading ending in '。' ('三、组织健康教育宣讲团开展健康教育进社区活动。'). The days named in the bodies "
               "(4月15日, 4月16日, 4月20日下午3时) and the week '4月15日—21日' in the first line are what was done when, in a "
               "summary; they are not labelled as phases.",
               "The closing paragraph is unheaded; the page's number of staff is lost ('多余名工作人员') and is left out of "
               "the rewritten line. The page's text ends there; no problems or next-step part is visible."],
        units=["周家村村委"],
        text="""\
按上级文件要求，我卫生院于4月15日—21日组织力量开展了肿瘤防治宣传周活动，现总结如下：
@H1 sec=achievements alt=measures | 一、领导重视，积极筹备
4月15日，卫生院召集健康教育和慢病医生召开宣传周动员会，印制肿瘤防治宣传单，制作“科学抗癌，关爱生命”横幅。
@H1 sec=achievements | 二、开展肿瘤防治宣传活动
4月16日，卫生院制作宣传牌、更换宣传栏、设立咨询台，由门诊医生为群众解答肿瘤防治问题并发放资料，让咨询群众进一步了解了防治知识。
@H1 sec=achievements | 三、组织健康教育宣讲团开展健康教育进社区活动。
4月20日下午3时，卫生院5名工作人员在周家村村委讲授肿瘤防治知识，村委会组织居民到场听讲，现场发放宣传材料800份。
宣传周期间，卫生院以讲座等多种群众性活动开展宣传，听课400人次，咨询260余人次，发放资料1000余份，受教育2000余人。
""",
    ),
    dict(
        name="fresh20_13_village_spring_festival_activities_summary",
        source="https://haozongjie.com/huodong/2060794.html",
        doc_kind="summary", partial=True,
        notes=["A village's ('我村', '村两委', '张泉') summary of its New Year and Spring Festival cultural activities, the first "
               "sample of a collection page; the page's sample heading ('第1篇 2023年村春节活动总结') and its blurb were "
               "dropped; the sample's own title line ('2022年村春节活动总结') is kept, while the body keeps the masked "
               "'20xx'.",
               "一、指导思想 is guidance in a summary. 二、领导重视，精心组织。 and 三、广泛宣传，参与积极。 (sentence "
               "headings ending in '。') are achievements (measures accepted for 二、). The leading group's member lines "
               "('组 长：xxx 村党支部书记 …', masked on the page) are unlabelled key-value lines and the lead-in before them "
               "is a body line.",
               "The page ends with a bare '四、', which was dropped."],
        units=["村两委", "村春节文化活动领导小组"],
        text="""\
@T | 2022年村春节活动总结
为落实上级关于做好20xx年元旦、春节期间文化活动的通知精神，丰富群众的节日文化生活，让全村过一个欢乐、祥和、喜庆、文明的节日，我村在元旦、春节期间组织了一系列活动，现总结如下：
@H1 sec=guidance | 一、指导思想
今年我村春节文化活动以宣传党的十七届五中全会精神为主线、以科学发展观为指导，以丰富群众精神文化生活、提高文化品位为目的，展示在镇党委、镇政府领导下我村经济社会和新农村建设的新成就，展示全村推进张泉发展、实现新跨越的精神风貌，营造节日氛围，为新一年的工作鼓舞士气。
@H1 sec=achievements alt=measures | 二、领导重视，精心组织。
村两委接到通知后立即召开班子会议专题研究，围绕宣传主题制订活动方案，把筹备工作落实到人，形成人人参与的局面。
成立村春节文化活动领导小组，其组成人员名单如下：
组 长：xxx 村党支部书记 全面负责春节活动
副组长：xxx 村党支部委员 具体负责活动组织
xxx 村党支部委员 具体负责活动宣传
成 员：xxx、xxx、xxx、xxx。负责活动的具体实施。
@H1 sec=achievements | 三、广泛宣传，参与积极。
村里用横幅和宣传栏广泛宣传，还在农村广播里播放相声、小品和音乐，受到群众欢迎，节日气氛浓厚。
""",
    ),
    dict(
        name="fresh20_14_county_library_reading_activity_summary",
        source="https://www.meipianba.com/huibaocailiao/126335.html",
        doc_kind="summary", partial=True,
        notes=["A county library's ('提升我县市民文化素质', '图书馆') summary of its 全民读书 activity, the first sample of a "
               "collection page; the site's lead paragraph and the sample heading ('图书馆读书日活动总结篇1') were dropped. "
               "No title line (title null).",
               "Three short-label headings, all achievements: 一、安排部署, 二、广泛宣传，营造氛围 (two body paragraphs), "
               "三、精心组织，内容丰富; the page ends inside the first heading under 三、 ('1、“4.23世界读书日”宣'), kept as "
               "the fragment the page shows (a level-2 heading)."],
        units=[],
        text="""\
按xx省图书馆学会转发的国家图书馆学会《关于开展20xx年“全民读书”活动的通知》要求，为推进全民读书和精神文明创建，提高我县市民的文化素质，建设基层图书馆公共文化服务体系，图书馆举办了“全民读书”活动。
活动围绕“读书的力量：经典读书——弘扬优秀传统文化”，以“4.23世界读书日”“图书馆服务宣传周”等为依托在全县开展，倡导读书学习的风尚，让居民和未成年人在读书中提高思想道德和科学文化水平、享受读书的快乐。现将具体情况总结如下：
@H1 sec=achievements | 一、安排部署
馆领导及时召集全馆人员动员，周密安排，制订可行的活动方案下发各部门，落实责任。
@H1 sec=achievements | 二、广泛宣传，营造氛围
馆外悬挂条幅，馆内张贴海报，印制宣传资料，组织馆员到机关、学校、社区等读者集中的地方发传单、设展牌，公布活动时间和内容，让读者人人知晓、广泛参与。
同时借助新闻媒体宣传图书馆，及时向媒体和上级通报活动情况、提供新闻线索，让群众更好地了解和使用公共图书馆。
@H1 sec=achievements | 三、精心组织，内容丰富
@H2 | 1、“4.23世界读书日”宣
""",
    ),
]
