# -*- coding: utf-8 -*-
"""The eighty-fourth held-out fresh set: a fifth RANDOM SAMPLE of the genre as
writers paste it from the web: a township's annual work plan (a 范文 page),
a primary school's 2021 work plan, a county youth league's 2020 summary, a
city women's federation's report to its congress, a maternal and child
health hospital's nurses' day activity plan, a vice county head's speech on
agriculture (2010), a bank employee's job-election speech, a community's
Double Ninth activity plan, a county justice bureau's half-year summary and
a community culture centre's work plan.  For each search query the first
usable unused result was taken (log in notes_queries.txt), not pages picked
as easy or hard.  Found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of an earlier label
file or of the used-source lists of the parallel sets.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (posting lines,
  site blurbs and 导语/编者按, collection titles, sample numbers) was dropped;
  debris a user would paste along (an advertising line) was kept unlabelled.
- Heading, title and item lines keep the source's numbering, wording and
  quirks (spaces after '1.', '一.' numbering, a heading glued to the next
  level's heading, a title in 【】 glued to the first paragraph, masking
  '**', '××', '*', '---', '_').  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH84_DOCS = [
    dict(
        name="fresh84_01_township_annual_work_plan",
        source="http://lasc.cn/gzfw/zj/63039.html",
        doc_kind="plan", partial=True,
        title_override="乡镇2021年工作规划范文",
        notes=["A 范文 page: a township's annual work plan with every name and figure masked ('xxxx年', 'xx镇', 'xxx万元'). "
               "The page repeats its title (page title and heading); both lines are kept as title lines and the title is "
               "given once. The title says 2021 while the text still cites 党的十七大和十七届六中全会 (an old plan re-dated "
               "by the site).",
               "一、工作目标 holds the growth targets (goals); 二、工作措施 is measures (goals accepted: the task areas of a "
               "plan). The （一） line is a standalone heading ending in '。'; the page ends inside its '二是…' body, which "
               "is shortened here."],
        units=["xx镇"],
        text="""\
@T | 乡镇2021年工作规划范文
@T | 乡镇2021年工作规划范文
xxxx年，xx镇将沿着“作风立镇、项目强镇、文明兴镇”的思路，以十七大和十七届六中全会精神为指导、以项目建设统领全局，推动农业现代化、新型工业化和城镇化协调发展。
@H1 sec=goals | 一、工作目标
财政收入达到xxx万元、比xxxx年增长xx%，农民人均纯收入达到xxxx元、增长xx%，规模以上工业产值和非公有制经济产值分别达到xxxxxx万元，完成“xxxx”工程项目目标（党员干部提升、农业、工业、城建民生各项目）。
@H1 sec=measures alt=goals | 二、工作措施
@H2 | （一）实施党员干部综合提升工程，筑牢基层组织基础。
借“一创双优”活动抓镇村干部作风：一是分批组织镇村骨干外出培训、请专家来镇讲政策和技能，换届后的新任村干部由组织部和党校集中培训；二是完善《镇村干部管理办法》，建立综合提升机制，严把党员出入关。
""",
    ),
    dict(
        name="fresh84_02_primary_school_2021_work_plan",
        source="https://www.2haoxitong.net/k/doc/8c3cdcb258cfa1c7aa00b52acfc789eb162d9e11.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's 2021 work plan from a document-sharing site; the site's title line and posting line "
               "('发布时间:2021-03-10 来源:文档文库 字号:') were dropped, the document's own title kept.",
               "The five 工作目标 lines '（一）抓管理：…' are label：body run-in headings (text cut at the colon), goals.",
               "Line 10 holds two headings: '（一）规范学校党建工作，开创学校工作新局面 1.加强教育管理，促进组织建设' (the "
               "store lost the break); only the （一） part is the labelled text, the '1.' inside the line is not labelled. "
               "The '1）' lines sit under that hidden 1., so they are level 4 (3 accepted); '2.加强民主管理…' is level 3.",
               "三、工作措施 is measures; its entries inherit it. The page ends inside the last 1） body."],
        units=[],
        text="""\
@T | 2021年小学学校工作计划
@H1 sec=guidance | 一、指导思想
落实立德树人，全面贯彻党的教育方针，依法治教，提高教育质量，抓实疫情防控，以优异成绩迎接建党100周年。
@H1 sec=goals | 二、工作目标
@H2 | （一）抓管理：细化学校管理，建立规范化、精细化的管理体系，加强常规督查，明确责任，向管理要质量。
@H2 | （二）强师资：有计划地组织教师参加各级培训，用好校本培训，发挥本校名师引领作用。
@H2 | （三）求质量：探索有效教学和有效管理的新办法，提高整体教学质量和学生综合素质。
@H2 | （四）创特色：深化校园文化建设，丰富文体活动，发展学生兴趣特长。
@H2 | （五）保平安：落实安全责任，加强家校联系，确保校园无安全事故，建设平安和谐校园。
@H1 sec=measures | 三、工作措施
@H2 text=（一）规范学校党建工作，开创学校工作新局面 | （一）规范学校党建工作，开创学校工作新局面 1.加强教育管理，促进组织建设
@H4 lvlalt=3 | 1）加强学习，提升理论素养。坚持“三会一课”和主题党日，把党史、师德规范和教育法规排进年度学习计划。
@H4 lvlalt=3 | 2）加强党员队伍建设，促进组织建设。班子分工协作、集体决策，坚持平时考核与实绩考核，发挥党员带头作用。
@H3 | 2.加强民主管理，健全监督机制
@H4 lvlalt=3 | 1）坚持预防为主、教育在先的方针，深入开展党风党纪教育。按中央八项规定要求改进作风，廉洁从教。
""",
    ),
    dict(
        name="fresh84_03_county_youth_league_2020_summary",
        source="https://gongwensou.com/qingtuan/8339.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county youth league committee's (共青团xx县委) 2020 summary. The page gave the document as one run-together "
               "block (title glued to the first sentence, headings glued to bodies); it was split into lines at the title and "
               "heading boundaries. The site's posting line and its repeated blurb were dropped.",
               "Three levels 一、 （一） 1.; '1.加强思想引领，广泛动员生力军。…' is a run-in heading. The page ends inside "
               "'2.吹响青春集结号,抗击', a truncated heading that was dropped.",
               "一、履职担当… is backward-looking: achievements."],
        units=["共青团xx县委"],
        text="""\
@T | 共青团2020年度工作总结
2020年，共青团xx县委在县委、县政府和团XX市委领导下，围绕全县中心工作推进共青团改革，较好完成了全年任务。现将一年来工作总结报告如下：
@H1 sec=achievements | 一、履职担当，不断开创工作新局面
@H2 | （一）疫情防控，青年先行，在疫情防控工作中展现青年风采
@H3 | 1.加强思想引领，广泛动员生力军。疫情发生后，团县委通过微信公众号发出《致全县团员青年的倡议书》并连发两份通知，动员各级团组织和团员青年投身防控志愿服务；单位全体人员于x月x日（正月初x）赶到挂包联系村，协助村两委做好防控。
""",
    ),
    dict(
        name="fresh84_04_city_womens_federation_congress_report",
        source="https://www.wm114.cn/wen/98/194380.html",
        doc_kind="report", doc_kind_alt=["speech", "summary"], partial=True,
        notes=["The work report of a city women's federation's fourth executive committee to its congress ('**市'), read "
               "out as a speech: salutation '各位代表、同志们、姐妹们：' and the line '我受…委托，向大会作工作报告' are body. "
               "No title line on the page.",
               "'一、过去五年妇女工作回顾' is achievements; under it the unnumbered run-in sentence '妇女发展环境出现新变化。…' "
               "is a level-2 heading (the first of the report's review points).",
               "The masking '**' and a stray '一手抓_' (a filtered word) are kept."],
        units=["**市妇联第四届执行委员会"],
        text="""\
各位代表、同志们、姐妹们：
我受**市妇联第四届执行委员会的委托，向大会作工作报告，请予审议。
@H1 sec=achievements | 一、过去五年妇女工作回顾
上次妇代会以来的五年，**经济快速发展、海洋经济突飞猛进，全市妇女在跨越式发展中作出了突出贡献，妇女工作也有了新业绩、新经验和新跨越。
五年来，各级妇女组织在市委、市政府和省妇联领导下，围绕“发展、平安、和谐”主线，一手抓发展，一手抓_，在党政所需、妇女所急、妇联所能上下功夫，推动妇女事业长足进步。
@H2 | 妇女发展环境出现新变化。全市综合实力增强，妇女儿童事业的环境明显改善：市委出台《关于加强和改善党对妇联和妇女工作领导的意见》等文件，市人大开展妇女儿童法律法规执法检查，市政府推进男女平等。
""",
    ),
    dict(
        name="fresh84_05_hospital_nurses_day_walk_activity",
        source="http://xwfpay.com/details/3530.html",
        doc_kind="activity_plan", partial=True,
        notes=["A maternal and child health hospital's (妇幼保健院) plan for a walking event on International Nurses Day 2025, "
               "posted by an app vendor; the title line carries the site's category prefix '医院节日活动策划：'.",
               "The '1. 宣传低碳环保理念：…' lines (space after '1.') are label：body run-in headings under 二、活动目的, kind "
               "goals (guidance accepted, as for 活动目的). 三、活动主题 is other.",
               "The vendor's advertising line at the end ('新微云科技提供…') is site debris a user would paste along: kept, "
               "not labelled."],
        units=["妇幼保健院"],
        text="""\
@T | 医院节日活动策划：512护士节——医院“5·12”国际护士节活动策划方案
@H1 sec=background | 一、活动背景
每年5月12日的国际护士节纪念护理学创始人南丁格尔。2025年是第114个护士节，疫情之后护士的付出更受社会认可；为庆祝节日、倡导绿色健康生活、展示护理队伍的精神面貌，妇幼保健院决定在节日期间组织健步走活动。
@H1 sec=goals alt=guidance | 二、活动目的
@H2 | 1. 宣传低碳环保理念：借健步走倡导低碳环保的健康生活方式，助力医院可持续发展。
@H2 | 2. 增强团队意识：通过集体活动加强护理团队沟通协作，提升凝聚力。
@H2 | 3. 提升身心健康水平：鼓励护士参加健身，缓解工作压力，增强体质。
@H2 | 4. 弘扬护理精神：重温南丁格尔精神，让护士在活动中感受集体的关怀。
@H1 sec=other | 三、活动主题
“健康生活，快乐工作”
希望借这次健步走让护理人员树立健康生活理念，增强团队凝聚力，为医院发展注入活力，让南丁格尔精神在新时代发光发热。
新微云科技提供在线活动小程序平台定制功能开发，联系电话：13714066051；微信：xwykj8；另有任务闯关活动、健步走活动、AI运动、在线答题小程序等
""",
    ),
    dict(
        name="fresh84_06_vice_county_head_agriculture_speech",
        source="http://6dgww.com/Article/15476726.html",
        doc_kind="speech", partial=True,
        notes=["A vice county head's speech at the county agriculture and spring-ploughing meeting (2010). The site's "
               "编者按 was dropped. The opening '刚才，××县长…今天的会议我讲两件事：一是…二是…' is a lead-in (the 一是 "
               "inside it is not labelled).",
               "'一、2009年工作的回顾（略）' is an empty section (the text says 略): achievements. '二、2010年工作总体安排' is "
               "goals (requirements and measures accepted, as for the points of a speech); its （一）工作思路 is guidance, "
               "（二）工作目标 goals.",
               "The numbered target lines '1、第一产业增加值达到40亿元…' are items (values, not titles), kept close to the "
               "source; the page ends inside item 5, which was shortened to its first clause."],
        units=[],
        text="""\
@T | 副县长在农业和春耕备耕工作会议讲话
刚才，××县长就全县农业和春耕备耕作了重要讲话，会后请大家向乡镇长传达并抓好落实。今天的会议我讲两件事：一是简要回顾2009年农业工作，二是部署今年的农村工作和春耕备耕。
@H1 sec=achievements | 一、2009年工作的回顾（略）
@H1 sec=goals alt=requirements,measures | 二、2010年工作总体安排
@H2 sec=guidance alt=goals | （一）工作思路
今年继续实行“坚持一个中心、突出两个重点、做好三篇文章、落实四项措施、实现五个目标”：以新农村建设为中心，突出农业增效、农民增收，做好水稻、水产、畜牧产业化三篇文章，落实惠农政策、生产计划、机制创新、深化改革四项措施，实现五个“新”目标。
@H2 sec=goals | （二）工作目标
@I3 | 1、第一产业增加值达到40亿元，同比增长14.3%，产值实现80亿元以上。
@I3 | 2、农村人均收入达到9350元，人均收入增加1560元，增长20%。
@I3 | 3、新农村建设投入达到1.8亿元，增长12%。
@I3 | 4、粮食产量达到57.5万吨，每亩增加75公斤。
@I3 | 5、肉鸭饲养量达到3000万只。
""",
    ),
    dict(
        name="fresh84_07_bank_retail_head_election_speech",
        source="https://www.hfabiao.com/haowen/1482.html",
        doc_kind="speech", partial=True,
        notes=["A bank employee's job-election speech (竞聘 for 个人银行业务负责人 of a branch), the first sample of a "
               "collection page; the collection title, posting time and 引言 were dropped, so there is no title line.",
               "The masking '---年', '----年', '-----岗位' and the split word '中国共-产-党' (a filter dodge) are kept. The opening line starts with '首先，感谢…' (a thank-you, not an enumerated point; nothing follows as 其次): body, not labelled.",
               "'我的竞聘报告主要分三部分：' is a lead-in. The only visible heading is '一.对个人银行业务负责人岗位的认识' "
               "(numbering '一.'); kind background (the speaker's view of the post), other accepted. The page ends inside "
               "its body."],
        units=[],
        text="""\
首先，感谢各位领导给我这次展示自己的机会！参加竞聘前我反复掂量过：既是拥护分行人事制度改革、用行动参与改革，也是想借此锻炼自己，接受大家检阅，争取为分行发展多出力。
请允许我作一个简略的自我介绍：我---年加入中国共-产-党，----年到支行工作，先后读了财会专科和计算机应用本科，从柜员做起，当过事后计核、分行督导员、个人银行业务部经理助理，还在证券公司干过两年，现在-----岗位工作，已有---年。
经过慎重考虑，我决定竞聘个人银行业务负责人岗位，我的竞聘报告主要分三部分：
@H1 sec=background alt=other | 一.对个人银行业务负责人岗位的认识
这个岗位要对全行个人银行业务的发展规划、市场份额、指标完成和客户营销负责，管好个人存款、个人贷款、银行卡、证券和电子银行业务，指导城区网点和县级支行，并负责个人客户经理、理财中心和优质客户的管理及产品培训推广。
""",
    ),
    dict(
        name="fresh84_08_community_double_ninth_activity",
        source="http://bbs.dlss.cn/jxfw/202507/227350.html",
        doc_kind="activity_plan", partial=True,
        title_override="九九重阳节活动方案",
        notes=["A community's Double Ninth (重阳节) activity plan for 2025. The title comes in 【】 glued to the first "
               "paragraph ('【九九重阳节活动方案】重阳节，又称…'): line 1 is the title line (title given without the "
               "brackets) and also holds the opening.",
               "Eight 一、 sections. 二、活动时间 is phases (other accepted); its date is an overall period (optional). "
               "一、活动主题, 三、活动地点, 四、活动对象 are other; 五、活动目的 goals (guidance accepted) with four "
               "statement items '1. 弘扬…；' (space after '1.'); 六、活动内容 goals (measures accepted) with five short "
               "standalone titles, each followed by a body line; 七、活动宣传 and 八、活动保障 are measures with items.",
               "The page ends inside 八's third item ('3.安排医护人员现场待命,确保活'), which was dropped."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2025年10月13日", end_text=None, at="2025年10月13日")],
        text="""\
@T | 【九九重阳节活动方案】重阳节，又称“老人节”，是承载尊老、敬老、爱老内涵的传统节日。为弘扬传统美德、增强社区凝聚力、营造温馨和谐的氛围，特制定本“九九重阳节”活动方案。
@H1 sec=other | 一、活动主题
“情暖重阳，爱在心中”
@H1 sec=phases alt=other | 二、活动时间
2025年10月13日（农历九月初九）
@H1 sec=other | 三、活动地点
XX社区活动中心及周边敬老院
@H1 sec=other | 四、活动对象
社区老年人、志愿者、社区工作人员、辖区单位代表
@H1 sec=goals alt=guidance | 五、活动目的
@I2 | 1. 弘扬中华民族尊老爱老的传统美德；
@I2 | 2. 丰富老年人的精神文化生活，提升其幸福感和归属感；
@I2 | 3. 增强社区居民的参与意识与社会责任感；
@I2 | 4. 推动形成关爱老人、共建和谐社会的良好风尚。
@H1 sec=goals alt=measures | 六、活动内容
@H2 | 1. 重阳敬老座谈会
请社区长者讲人生经历和过去的故事，促进老少交流，让年轻人更理解长辈。
@H2 | 2. 文艺演出
社区文艺队表演歌舞、戏曲、朗诵，展示老年人积极向上的面貌。
@H2 | 3. 健康义诊服务
联合社区卫生服务中心为老人免费体检、咨询和中医理疗。
@H2 | 4. 手工制作活动
一起做菊花茶、重阳糕和手工艺品，在动手中感受节日气氛。
@H2 | 5. 慰问走访活动
志愿者上门看望行动不便的独居老人，送去问候和生活用品。
@H1 sec=measures | 七、活动宣传
@I2 | 1. 利用社区公告栏、微信群、公众号等平台发布活动信息；
@I2 | 2. 邀请本地媒体进行报道，扩大活动影响力；
@I2 | 3. 在社区内设置宣传横幅、海报，营造浓厚节日气氛。
@H1 sec=measures | 八、活动保障
@I2 | 1. 成立专项工作小组，明确分工，确保活动有序进行；
@I2 | 2. 提前做好场地布置、物资准备和人员安排；
""",
    ),
    dict(
        name="fresh84_09_county_justice_bureau_halfyear_summary",
        source="https://wvvw.haoword.com/gongzuozongjie/qitazongjie/531369.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county justice bureau's first-half 2020 summary ('**县司法局', Hechi, Guangxi); the county name is masked "
               "'**' throughout. Only the first section is visible: '一、组织机构概况' (background). The document number "
               "'河编办发〔2020〕43号' is kept; the names of two seconded staff were dropped.",
               "The page ends inside the second paragraph of 一、."],
        units=["**县司法局"],
        text="""\
@T | 司法局2020年上半年工作总结
2020年以来，**县司法局以“不忘初心、牢记使命”主题教育为抓手推进依法治县，围绕队伍建设、法治宣传、行政执法监督、矛盾化解、特殊人群管理、人民调解、公共法律服务和疫情防控等重点工作，提升群众安全感和满意度。现将工作情况总结如下：
@H1 sec=background | 一、组织机构概况
按《县机构改革实施意见》和《**县机构改革方案》，上半年局机关由14个科室重组为7个股室，下设14个乡镇司法所；局机关政法专项编制20名，司法所23名。根据《中共河池市委员会机构编制委员会办公室关于落实机构改革和派驻纪检监察机构全覆盖工作相应调整**县编制总量的通知》（河编办发〔2020〕43号），4名政法专项编制划归县纪委监委，我局实际编制仅39名。
改革后职能增加而人手不足、年龄偏大，局机关有11人不从事司法行政工作，其中7人驻村、2人被抽调。
""",
    ),
    dict(
        name="fresh84_10_community_culture_centre_plan",
        source="https://m.wenke99.com/p-9385746.html",
        doc_kind="plan", partial=True,
        notes=["A community culture service centre's work plan from a document-sharing site. The page gave it as one "
               "run-together block starting with the title twice and a sample number ('…工作计划社区综合文化服务中心工作计划"
               "【篇一】'); the repeat and the sample number were dropped and the block split at the headings.",
               "Every heading is a run-in sentence '一、调整宣传工作领导小组，完善宣传网络。…'; '三、社区以各种方式进行宣传"
               "活动，如：黑板报…' is cut by hand before '，如'. The filter masking '*' ('*政残协', '居*', '公*') is kept. "
               "The page ends with the bare heading '五、组织居*学习公*道德建设活动'.",
               "一、 (the propaganda leading group) is responsibilities (goals accepted); the others are the task areas of a "
               "plan: goals (measures accepted)."],
        units=["社区宣传领导小组"],
        text="""\
@T | 社区综合文化服务中心工作计划
@H1 sec=responsibilities alt=goals | 一、调整宣传工作领导小组，完善宣传网络。社区宣传由专人负责，健全宣传领导小组，把有相关爱好和特长的居民吸收进宣传队伍。
@H1 sec=goals alt=measures | 二、居委会各条线（计生、社区服务、社区文化、社区健康、团工委、*政残协、党建、综治、妇联）工作，每月上报条线活动信息。稿件一式两份，一份报地区办、一份存档，上报数和完成情况计入年底考核（办法见考核细则）。
@H1 sec=goals alt=measures text=三、社区以各种方式进行宣传活动 | 三、社区以各种方式进行宣传活动，如：黑板报每半月一期、橱窗每月一换，散发资料，召开居*会议，开展咨询，争取共建单位和居*群众的支持与参与。
@H1 sec=goals alt=measures | 四、寒暑假期间，向中小学生宣传国防教育、健康教育、法律法规、消防安全等方面的知识。把未成年人教育列为社区重点，建立社区、家庭、学校三位一体的青少年网络，组织活动引导青少年健康成长。
@H1 sec=goals alt=measures | 五、组织居*学习公*道德建设活动
""",
    ),
]
