# -*- coding: utf-8 -*-
"""The fourteenth held-out fresh set: real Chinese schemes (实施方案 / 工作方案)
and activity plans (活动方案 / 策划书) whose visible part carries a steps or
schedule part with DATED phases, written by two towns and a township, a county,
a residents' community, schools (two middle schools, a primary school, a
vocational school), a university library with two student reading clubs,
a college press station and a university student union, found
as stored public web pages with the `search` tool's `pages` corpus.  None of
the source pages is a source of shared/corpus-dev or tests/corpus_fresh ..
tests/corpus_fresh15 (the 256 label files there), and no title repeats one of theirs.  HELD OUT: never
tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs and 导语, collection titles, sample numbers,
  image links, read-aloud widgets, 'related' links) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.  Page line breaks inside a sentence
  or a title were joined where noted; headings that the store glued to the
  end of the previous paragraph after a space were put on their own line.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.  Short value lines
  (themes, target groups, places, schedule rows) are kept as the page has
  them.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH14_DOCS = [
    dict(
        name="fresh14_01_town_appearance_rectification_scheme",
        source="http://m.xuewenya.com/fangan/1488418.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's (xxx镇) scheme for a spring campaign on the town's appearance. The page shows the title twice "
               "with a byline between; the title is kept once and the byline dropped. The PDF wraps of the page "
               "('…群众生' / '活质量', '…经济发展办公' / '室…') were joined.",
               "一、整治时间及实施步骤 holds three run-in dated steps; the page's spaces inside the brackets are kept "
               "('（ 3月5日 至 3月15日 ）'). Step 2 is written '（3月16至 4月10日 ）' without 日 after 16; its start is "
               "copied as written ('3月16').",
               "二、整治重点 lists places (items); 三、整治内容和要求 holds statements (items). The page ends in the second "
               "requirement, kept to its last visible clause."],
        units=["镇经济发展办公室"],
        text="""\
@T | 关于乡镇镇容镇貌综合整治实施方案
为进一步改善我镇镇容镇貌、提高镇域群众的生活质量，按县委、县政府的安排，经镇领导办公会研究，在全镇范围集中开展镇容镇貌综合整治活动，为保障整治有效开展，特制定本实施方案：
@H1 sec=phases | 一、整治时间及实施步骤
@H2 phase=宣传动员;3月5日;3月15日 | 1、宣传动员（ 3月5日 至 3月15日 ）。镇经济发展办公室派出人员和车辆在镇域内流动宣传，引导群众改陋习、树新风、讲卫生，同时全面排查各自的薄弱环节和问题，确定整治重点和具体措施。
@H2 phase=集中整治;3月16;4月10日 | 2、集中整治（3月16至 4月10日 ）。各村清理通村路和村内主要街道沿线的“三堆”，各村、各驻地单位加大居住区环境卫生的整治力度，突出重点，务求实效。
@H2 phase=巩固提高;4月11日;4月30日 | 3、巩固提高（ 4月11日 至 4月30日 ）。集中整治结束后，各村、各驻地单位查漏补缺、找准差距，对整治不到位的地方制定可行措施，限期整改到位。
@H1 sec=goals alt=measures | 二、整治重点
@I2 | 1、xxx镇中心街道、沿街住户及商户。
@I2 | 2、各行政村群众居住聚集区。
@I2 | 3、驻地各单位办公区域。
@I2 | 4、xx路、xx路、xx路、各行政村主干道。
@I2 | 5、镇域内所有河道。
@I2 | 6、景区内各景点。
@I2 | 7、镇域内宾馆、山庄、农家乐等。
@H1 sec=goals alt=requirements,measures | 三、整治内容和要求
@I2 | 1、各行政村做好群众居住聚集区生活垃圾的收集和处理，检查房前屋后的卫生状况，发现脏乱差及时纠正，做到住所四周干净卫生，无乱扔垃圾、乱放杂物。
@I2 | 2、沙厚路、厚老路、厚铁路、各村通村路和各条河道的环境卫生按各村行政区域划分责任，公路两侧 10米 内不得出现“三堆”，不得出现垃圾和白色污染物；
""",
    ),
    dict(
        name="fresh14_02_town_straw_burning_ban_scheme",
        source="https://dy1993.cn/biMG.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's ('我镇', within '我县') scheme for the 2021 summer and autumn straw-burning ban. The site's 导语 "
               "line and an image link were dropped. The store glued '一、指导思想', '二、工作目标' and '三、工作步骤' to "
               "the end of the previous paragraph after a space; each heading was put on its own line.",
               "Each step names two periods, one in summer and one in autumn, and writes the range dash as the "
               "character 一 ('5月30日一6月4日'). One phase entry per step is labelled, with the FIRST (summer) period; "
               "the autumn periods ('9月20日一9月30日', '10月1日一10月31日') on the same lines are not separate entries. "
               "Heading texts are cut at the first '。' (before '时间：').",
               "'第 1 页 共 3 页' is a page marker of the document site, kept as a line and not labelled. The page ends "
               "after the second step."],
        units=[],
        text="""\
@T | 2021年夏秋两季秸秆禁烧工作方案
为节约资源、保护生态环境、改善空气质量，切实推进我县秸秆禁烧和综合利用工作，根据省、市、县对秸秆禁烧的目标要求，结合我镇实际，特制定本方案。
@H1 sec=guidance | 一、指导思想
深入贯彻省、市、县秸秆禁烧及综合利用会议和文件精神，按照“标本兼治、疏堵结合、属地管理、源头控制”的原则，把禁烧与综合利用、全面防控与重点督查、行政推动与技术服务结合起来，全面完成本年度禁烧任务，促进农业经济可持续发展。
@H1 sec=goals | 二、工作目标
在全镇辖区开展秸秆禁烧，杜绝露天焚烧，推动综合利用，确保今年夏秋两季“地头不燃一把火，田间不冒一处烟”，社会、经济和生态效益同步提高。
@H1 sec=phases | 三、工作步骤
@H2 phase=组织发动阶段;5月30日;6月4日 | （一）组织发动阶段。时间：夏季麦收前（5月30日一6月4日）、秋季秋收前（9月20日一9月30日）。按上级部署召开全镇秸秆禁烧工作会议，印发工作方案，部署全年禁烧和综合利用工作；落实“领导干部包管区、管区干部包村、村干部包地块”三级包保责任，明确责任和措施，广泛宣传禁烧的重要性。
第 1 页 共 3 页
@H2 phase=全面禁烧阶段;6月5日;6月30日 | （二）全面禁烧阶段。时间：夏季麦收期间（6月5日一6月30日）、秋季秋收期间（10月1日一10月31日）。镇政府和各行政村按分工各负其责，进入实战状态，坚持24小时巡回检查和督导，全力防止田间地头随意焚烧秸秆。
""",
    ),
    dict(
        name="fresh14_03_township_conscription_scheme",
        source="http://nbxinxi.com/a/taishunxian/20210530/122537.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A township's (东溪乡) 2018 conscription scheme inside its issuing notice: document number, addressee, "
               "notice sentence, signature, date and '（此件公开发布）' come before the scheme's title and are body "
               "lines; only the scheme's own title line is a title line. A read-aloud widget ('朗读') was dropped.",
               "二、组织领导 lists the leading group's members by name on the page; the names were dropped and the "
               "key-value lines ('组 长：…') replaced by one rewritten line.",
               "四、实施步骤 announces five stages; the page ends in the heading of the second. Both visible stages are "
               "dated by month ranges with an ASCII hyphen ('（2月-6月）', '（6月-7月）'); the numbering token is "
               "'第一阶段' followed by a space and the stage name."],
        units=["征兵工作领导小组", "东溪乡征兵办公室"],
        text="""\
东政〔2018〕10号
各村、乡属各单位：
现将《东溪乡2018年征兵工作实施方案》印发给你们，方案已经乡人民政府同意，请认真贯彻执行。
东溪乡人民政府
2018年6月25日
（此件公开发布）
@T | 东溪乡2018年征兵工作实施方案
按照县政府、县人武部和县征兵办公室对2018年征兵工作的部署，结合我乡实际，为扎实、规范、有序地做好今年的征兵工作，制定本实施方案：
@H1 sec=guidance | 一、指导思想
2018年度征兵工作以兵员质量为核心、以廉洁征兵为重点、以“五率”考评为出发点和落脚点，围绕“大学生征集比例不低于67%、大学毕业生征集比例不低于18%”和低退换兵率、零责任退兵的目标，加强组织领导，狠抓工作落实，确保圆满完成今年的征兵任务。
@H1 sec=responsibilities | 二、组织领导
为加强对征兵工作的组织领导，我乡成立征兵工作领导小组，由乡领导分任组长、副组长，相关干部任成员（名单略）。
设立东溪乡征兵办公室，由一名乡干部兼任办公室主任。
@H1 sec=other alt=requirements | 三、征集政策
@H2 | （一）征集对象。以高中（含职高、中专、技校）毕业以上文化程度的青年为主体，优先征集大学生和高校新生入伍。
@H2 | （二）征集条件。男青年为年满18至22周岁，普通高校毕业生可放宽至24周岁；女青年为年满18至22周岁；本人自愿的，可征集年满17周岁的高中毕业生。
@H1 sec=phases | 四、实施步骤
2018年征兵工作分五个阶段实施。
@H2 phase=兵役登记阶段;2月;6月 | 第一阶段 兵役登记阶段（2月-6月）。
为辖区户籍人口中年满18周岁的适龄青年办理兵役登记，登记率达到100%。
@H2 phase=宣传发动阶段;6月;7月 | 第二阶段 宣传发动阶段（6月-7月）。
""",
    ),
    dict(
        name="fresh14_04_county_fine_street_scheme",
        source="https://dy1993.cn/8Xqx.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county's ('我县') scheme for a 'beautiful block / fine street' campaign, marked '（参考）'. The site's "
               "导语 line and keyword line were dropped. The title is broken by a PDF wrap ('…创建实施方' / "
               "'案（参考）'); both lines are title lines and the title is their join.",
               "The site masked figures, names and dates with x: the two visible stages are dated "
               "'（xxxxxxx日至xxxxxxx日）' and '（xxxxxx日至xxxxxxxx日）'; the masked strings are copied as written "
               "as start/end. The deadline 'xx月底前' in the lead-in under 三、 and 'x月底前' inside stage two are "
               "not phases.",
               "'三、工作步骤' was glued to the end of the previous line after a space and was put on its own line; "
               "'1 3' below it is a page marker of the document site, kept and not labelled. The page ends mid-"
               "sentence in stage two ('…百分之四')."],
        units=[],
        text="""\
@T | 改善城市人居环境“精品街道”创建实施方
@T | 案（参考）
@H1 sec=guidance | 一、总体要求
紧扣提高城市治理现代化水平的总要求，全力开展美丽街区和精品街道创建，发挥示范引领作用，以点带面提升城市治理水平。
@H1 sec=goals | 二、创建任务
对照省住建厅的创建标准，完成x个美丽街区、x条精品街道的创建任务。
@H2 | （一）美丽街区。以四条街道为边界的区域，覆盖面积不低于x平方公里，创建内容包括街区建设、垃圾分类、秩序、卫生、交通设施、广告牌匾、景观绿化、照明、工地、立面、空间管理和组织保障等。
我县创建的美丽街区为：东至城东街、西至x街、北至x路、南至x路、x荣路（x街以东）。
@H2 | （二）精品街道。优先选择城市主次干路或贯穿路，创建内容包括道路清扫保洁、环境卫生、占道经营、车辆停放、交通设施管护、广告牌匾整治、街道绿化、亮化照明、沿街工地、立面和空间管理等。
我县创建的精品街道为：x街（xx路至xx路）。
@H1 sec=phases | 三、工作步骤
1 3
按时间节点超前谋划、主动作为，积极推进创建工作，xx月底前完成创建任务。
@H2 phase=前期准备阶段;xxxxxxx日;xxxxxxx日 | （一）前期准备阶段（xxxxxxx日至xxxxxxx日）。对照省住建厅的创建标准认真谋划、综合研判，落实工作资金，组建工作领导小组，制定本辖区的创建工作方案。
@H2 phase=工作实施阶段;xxxxxx日;xxxxxxxx日 | （二）工作实施阶段（xxxxxx日至xxxxxxxx日）。各相关部门按工作方案落实责任，全力推进各项创建工作，x月底前要完成创建任务的百分之四
""",
    ),
    dict(
        name="fresh14_05_community_party_anniversary_activity_plan",
        source="https://yjbys.com/cehuashu/799547.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A residents' community's plan for the Party's 94th anniversary (so 2015, although the page is dated "
               "2017); the posting line and the 'related' links were dropped. '一、 活动主题' keeps its space after '、'.",
               "Under 二、活动内容及时间安排 five numbered activities are level-2 headings (kind phases, measures "
               "accepted). Two carry a date and are phases: item 1 is dated in its body line ('六月中旬', a month "
               "in Chinese numerals with 旬, start only) and item 3 in its heading ('（7月1日）', start only). Item 2 "
               "says '“七一”前后' (around 1 July) in its body; this festival reference is not labelled as a phase. "
               "Items 4 and 5 are run-in headings without dates.",
               "The page ends after item 5 (kept in full); the text suggests it is complete, but it is marked partial "
               "like the rest."],
        units=["社区党支部"],
        text="""\
@T | 社区七一建党节活动方案
今年是中国共产党成立94周年，社区决定在“七一”前后组织开展纪念建党94周年系列活动，方案如下：
@H1 sec=other alt=guidance,goals | 一、 活动主题
本次活动以党的十八大、十八届四中全会精神和科学发展观为指导，以“强堡垒、当先锋、树形象”为主题，借党的群众路线教育实践活动之机，通过学习教育、生活会、评比表彰等形式，激励党员践行科学发展观，发挥党支部的战斗堡垒作用和党员的先锋模范作用，树立社区党员干部的良好形象，向党的生日献礼。
@H1 sec=phases alt=measures | 二、活动内容及时间安排
@H2 alt=measures phase=组织党员过一次专题民主生活会;六月中旬; | 1、组织党员过一次专题民主生活会
六月中旬，社区党支部召开一次专题民主生活会，围绕党员怎样践行群众路线、发挥先锋模范作用、为柳庄社区树立良好形象集思广益、献计献策。
@H2 alt=measures | 2、评比表彰先进
为继承和发扬党的优良传统，弘扬正气、树立典型，社区于“七一”前后召开表彰大会，表彰一批“优秀共产党员”、“先进党小组”和“优秀党务工作者”。
@H2 alt=measures phase=颂党恩演讲比赛;7月1日; | 3、颂党恩演讲比赛（7月1日）
组织党员开展以“为民、务实、清廉”为主题的颂党恩演讲比赛，激发党员爱党、爱国、爱人民、献身社区事业的热情。
@H2 alt=measures | 4、开展爱心慰问活动。与老党员结对帮扶，慰问困难党员，帮助解决生产生活中的困难，让他们感受到党组织的关怀和温暖。
@H2 alt=measures | 5、向流动党员送节日祝福。通过慰问信、短信等向流动党员送去节日问候，让他们在异地他乡也感受到党组织的关怀。
""",
    ),
    dict(
        name="fresh14_06_middle_school_arbor_day_activity_plan",
        source="https://m.588k.com/yyws/hdfa/886939.html",
        doc_kind="activity_plan", partial=True,
        notes=["A middle school's (珠厦中学; 八年级 classes take part) Arbor Day plan run by its Youth League committee, "
               "first text of a page named after a collection ('学校趣味活动策划方案'; the collection blurb was dropped). "
               "The page shows no title line (title null).",
               "三、活动时间 'XX年3月12日-XX年3月19日' is the overall period (optional phase, masked years kept). Under "
               "四、活动内容与时间安排 the two numbered activities are dated in their headings and are phases with a "
               "start only ('（3月8日）', '（3月12日）'); the first falls before the overall period, as on the page. "
               "'3月7日' inside the body of activity 1 is a hand-in deadline, not a phase.",
               "The ASCII quotes of the store were restored as “”. The page ends mid-sentence in the last paragraph "
               "('…爱绿、护绿活动'). A teacher's name was dropped."],
        units=["校团委会"],
        extra_phases=[dict(name="活动时间", start_text="XX年3月12日", end_text="XX年3月19日",
                           at="XX年3月12日-XX年3月19日")],
        text="""\
@H1 sec=goals alt=guidance | 一、活动目的
3.12是国家规定的植树节，值此大地回春、万物复苏之际，校团委会借植树节开展“提倡绿色环保，美化校园环境”实践体验系列活动，要求各年级各班积极宣传、人人参与，把学习知识和劳动实践结合起来，增强环保意识，为创建省绿色学校添彩。
@H1 sec=other | 二、活动口号
爱护环境，绿化校园，从我做起，从身边做起。
@H1 sec=other alt=phases | 三、活动时间
XX年3月12日-XX年3月19日
@H1 sec=phases alt=measures | 四、活动内容与时间安排
@H2 alt=measures phase=“绿色环保海报设计”宣传活动;3月8日; | 1、“绿色环保海报设计”宣传活动（3月8日）
由团队统一部署，八年级各班团小组参加，海报须为原创，主题为“为学校添绿色·添光彩”，完成后张贴在校园各处为活动造势（各班作品于3月7日交到2楼团队工作室）。
@H2 alt=measures phase=“绿色环保”主题活动;3月12日; | 2、“绿色环保”主题活动（3月12日）
当天下午团队组织集会纪念植树节：团员代表宣读珠厦中学XX年“3.12植树节”倡议书，团队老师宣布活动启动，优秀团干部带头在“提倡绿色环保，美化校园环境”布条上签名。
团委会和全体团员牵头、青年教师参与，带着工具在校内和校外周边道路开展植树、浇树、护树、创绿、爱绿、卫生和环保活动，带动全校师生一起行动。
为使活动圆满、丰富、顺利，校团队在校门口左侧设签字台，铺开长8米、宽1米的红色横幅，鼓励更多师生参与和支持爱绿、护绿活动
""",
    ),
    dict(
        name="fresh14_07_primary_school_reading_activity_plan",
        source="https://yuwenmi.com/fanwen/huodongfangan/1873002.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's (一至六年级, in 万安县) reading activity on local culture, first sample of a collection "
               "page ('读书活动方案模板集锦'; blurbs and the sample number dropped); the sample heading is the title line.",
               "Unnumbered label headings with a colon (活动参与对象：, 活动内容：, 活动形式：, 活动要求：) are level 1. "
               "The grade rows under 活动形式 ('一至三年级：朗诵比赛' …) are value lines, not labelled. '4、比赛时间：' is a "
               "level-2 heading among the requirement items (kind phases, requirements accepted); its three rows are "
               "body lines that carry three contest phases dated by 旬 only ('5月中旬', '5月中旬', '5月下旬'; start "
               "only), placed by extra_phases.",
               "The page continues with a second sample ('读书活动方案 篇2'), which is not represented."],
        units=[],
        extra_phases=[
            dict(name="知识竞赛", start_text="5月中旬", end_text=None, at="知识竞赛：5月中旬", optional=False),
            dict(name="作文比赛", start_text="5月中旬", end_text=None, at="作文比赛：5月中旬", optional=False),
            dict(name="朗诵、讲故事、演讲比赛", start_text="5月下旬", end_text=None,
                 at="朗诵、讲故事、演讲比赛：5月下旬", optional=False),
        ],
        text="""\
@T | 读书活动方案
为发挥地方文化的教育作用，让学生了解庐陵文化和井冈精神，接受良好的人文教育，养成“讲普通话、写规范字”的习惯，根据万安县教育局《关于开展“知庐陵、爱井冈”读书活动的通知》精神，结合我校实际开展本次读书活动。
@H1 sec=other | 活动参与对象：
一至六年级全体学生
@H1 sec=measures alt=goals | 活动内容：
以各年级《庐陵文化读本》为依据，分年级开展读书活动。
@H1 sec=measures alt=other | 活动形式：
@I2 | 1、各年级根据《庐陵文化读本》的相关知识，举行知识竞赛。
@I2 | 2、以《庐陵文化读本》为依托，举行朗诵、讲故事、演讲、作文比赛。
一至三年级：朗诵比赛
四年级：讲故事比赛
五年级：演讲比赛
六年级：作文比赛
@H1 sec=requirements | 活动要求：
@I2 | 1、各年级按《庐陵文化读本》的相关知识自行组织知识竞赛，分别评出一、二、三等奖各1名。
@I2 | 2、各年级先以班级为单位举行朗诵、讲故事、演讲、作文初赛，各班选出1名优秀选手代表班级参加学校比赛。
@I2 | 3、朗诵、讲故事、演讲、作文比赛的内容要紧扣《庐陵文化读本》，充分展现庐陵文化和井冈精神。
@H2 sec=phases alt=requirements | 4、比赛时间：
知识竞赛：5月中旬
作文比赛：5月中旬
朗诵、讲故事、演讲比赛：5月下旬
""",
    ),
    dict(
        name="fresh14_08_vocational_school_reading_activity_plan",
        source="http://shaipic.com/zonghe/583451.html",
        doc_kind="activity_plan", partial=True,
        notes=["A vocational school's (常德朗州科技职业学校) 'reading through life' activity, first sample of a page "
               "titled '校园活动策划10篇' (collection title and blurb dropped); the sample has no title line (title null).",
               "Level-1 headings are numbered with a Chinese numeral and a full-width colon ('一：活动目的'), goal items "
               "with a digit and a full-width colon ('1：4月，…'), and the step items of 第一阶段 with a bare digit "
               "glued to the text ('1在校园的宣传栏…'); none of these tokens has a numbering class, so their "
               "numbering_style is 'none' and the literal token is kept in 'numbering'.",
               "Dates have lost their range separator on the page: the overall period '4月4日6月20日' (optional phase) "
               "and the two dated stages '（4月8日6月20日）', '（6月10日6月20日）'; start and end are copied as the two "
               "dates written. The months in the 四：活动目标 items ('4月', '5月', '6月') date goals, not phases.",
               "The heading text of goal items 1 and 2 was set by hand to the whole statement (the automatic cut at the "
               "full-width colon would leave only the digit). '附：评选依据：' is a label heading (level 1, level 2 accepted) with ① ② criteria; the page ends in "
               "'② 各', kept as the fragment."],
        units=["学生科", "教务科"],
        extra_phases=[dict(name="活动时间", start_text="4月4日", end_text="6月20日", at="4月4日6月20日")],
        text="""\
@H1 sec=goals alt=guidance num=一： | 一：活动目的
为提高师生的阅读质量、培养学生良好的阅读习惯，引导师生陶冶情操、提升境界、丰富生活，营造内涵丰富、特色鲜明的校园文化，推动学习型学校和学习型班级建设，常德朗州科技职业学校举办“书香人生路”读书活动，重在不断提高师生的人文修养。
@H1 sec=other alt=goals num=二： | 二：活动主题
书香人生路
@H1 sec=other alt=phases num=三： | 三：活动时间
4月4日6月20日
@H1 sec=goals num=四： | 四：活动目标
@I2 num=1： text=1：4月，按书香校园特色方案整体营造书香氛围，构建学生、老师、学校职工三个读书体系 | 1：4月，按书香校园特色方案整体营造书香氛围，构建学生、老师、学校职工三个读书体系。
@I2 num=2： text=2：5月，持续推进书香校园行动计划，突出校园书香特色建设 | 2：5月，持续推进书香校园行动计划，突出校园书香特色建设。
@I2 num=3： | 3：6月，全力营造书香校园环境，让校园内外充满书香
@H1 sec=phases num=五： | 五：活动步骤
@H2 phase=具体实施计划;4月8日;6月20日 | 第一阶段：具体实施计划（4月8日6月20日）
@I3 num=1 | 1在校园宣传栏和过道布置师生作品、名人名言，在学校后花园布置富有人文气息的标语
@I3 num=2 | 2通过班级宣传栏打造书香班级，教室里设读书台，台上的书定期到学校图书室更换，也可自购与全班分享。
@I3 num=3 | 3加强学校过道宣传栏建设，为师生展示读书成果搭建平台，张贴学生的书法和绘画作品，为学校增添书香气息。
@I3 num=4 | 4创办学校专刊{蓝天白云下}，发表学生习作，并把好作品推荐给报刊。
@I3 num=5 | 5由学生科、教务科主持，成立专门的书香小组定期督促检查读书活动；
@H2 phase=汇报、表彰;6月10日;6月20日 | 第二阶段：汇报、表彰（6月10日6月20日）
@I3 | 1、在老师和学生中评选书香老师、书香班级、十佳读书明星等集体和个人奖项；
@I3 | 2、 刻录《 书香人生路活动集锦》光盘，给全校学生和学生家长观看。
@H1 sec=other lvlalt=2 | 附：评选依据：
@I2 | ① 一期结束时以班为单位或由老师个人汇报活动方案和总结；
@I2 | ② 各
""",
    ),
    dict(
        name="fresh14_09_middle_school_dictation_contest_plan",
        source="http://www.wxiaomi.cn/gongzuo/wenancehua/cehuashu/818674.html",
        doc_kind="activity_plan", partial=True,
        notes=["A Nanning middle school's (南宁市第二十五中学) Chinese-character dictation contest, first sample of a "
               "collection page ('汉字听写大赛策划书(精华9篇)'; site line, blurb and sample number dropped); the sample "
               "heading is the title line. (The same plan is the second sample of www.jy135.com huodongfangan/2073005, "
               "without the school's name.)",
               "三、比赛时间安排： lists the four stages as value rows ('准备：11月15日至24日' …); these rows carry the "
               "four phases (placed by extra_phases): three ranges whose end is a bare day ('24日', '29日', '6日') and "
               "a single final day with a masked year ('20XX年12月10日', start only). 四、比赛过程： describes the "
               "same stages again as level-2 headings ('1.准备阶段：', '2.班级选拔阶段：11月25日至29日，…'); they are "
               "not separate phase entries.",
               "The ① ② lines under '1.准备阶段：' are dated task items (11月15日至19日, 11月20日至24日), not phases. "
               "Teachers' names after the grade rows were dropped; the store runs two grade rows together on one line, "
               "kept so. The page ends inside stage 2."],
        units=["语文组", "团委"],
        extra_phases=[
            dict(name="准备", start_text="11月15日", end_text="24日", at="准备：11月15日至24日", optional=False),
            dict(name="班级选拔", start_text="11月25日", end_text="29日", at="班级选拔：11月25日至29日", optional=False),
            dict(name="年级预赛", start_text="12月2日", end_text="6日", at="年级预赛：12月2日至6日", optional=False),
            dict(name="全校决赛", start_text="20XX年12月10日", end_text=None, at="全校决赛：20XX年12月10日",
                 optional=False),
        ],
        text="""\
@T | 汉字听写大赛策划书
汉字是中国最宝贵的文化遗产，但在电脑和智能手机普及的今天，越来越多的人用键盘书写，“提笔忘字”的比例超过90%，汉字书写出现“沙漠化”、粗糙化的趋势。
南宁市第二十五中学重点接收外来务工子女，这些学生的家庭和学习环境与城市学生有一定差距，多数人普通话不够标准、汉字听写不够规范；为提高学生对汉字知识和传统文化的认识，展现学校的传统文化底蕴，引导学生热爱传统文化、畅想“中国梦”，特举办本次汉字听写大赛。
@H1 sec=other alt=goals | 一、大赛主题：
畅想华夏之梦·书写汉字之美
@H1 sec=other | 二、参加对象：
全校学生
@H1 sec=phases | 三、比赛时间安排：
准备：11月15日至24日
班级选拔：11月25日至29日
年级预赛：12月2日至6日
全校决赛：20XX年12月10日
@H1 sec=phases alt=measures | 四、比赛过程：
@H2 | 1.准备阶段：
@I3 | ①11月15日至19日，语文组汇编各比赛阶段、各年级的听写题目，19日把试题交团委汇总，范围如下：
初一年级：试题范围为小学语文一年级至初中语文一年级；
初二年级：试题范围为小学语文一年级至初中语文二年级； 初三年级：试题范围为小学语文一年级至初中语文三年级。
@I3 | ②11月20日至24日，各班语文老师组织学生复习比赛范围内的字词。
@H2 | 2.班级选拔阶段：11月25日至29日，各班在班主任和语文老师的组织下，利用班会课或第九节课进行听写选拔；每位同学以个人身份参加，每班选出两人组成代表队参加年级预赛（各班上交全部选拔资料备案）。
""",
    ),
    dict(
        name="fresh14_10_university_library_essay_contest_plan",
        source="https://www.inrrp.com.cn/html/8cf21c2b137e5259.html",
        doc_kind="activity_plan", partial=True,
        notes=["Huaqiao University library's essay contest plan ('华图杯'), run by two student reading clubs; the site "
               "page title '征文比赛策划书' and posting line were dropped, the plan's own title line is kept.",
               "Under 五、活动时间安排： the numbered rows are level-2 headings; two are dated phases with full dates "
               "and '——' ranges, and the page's inconsistent years are kept ('2013年3月16日——4月30日', then "
               "'2011年5月1日——5月7日'). The third row '3、结果通知：未定' (not yet fixed) is a heading without a phase.",
               "'九、投稿方式 请参加…' runs the heading into its body after a space (text set by hand). The review "
               "periods written with 号 inside the 十、征文评比 lines ('5月1号到4号', '5月5号到7号') are task dates, not "
               "phases. A page wrap inside '稿件' ('…20篇稿' / '件入围终审') was joined. The page ends mid-quotation "
               "('…“平等、公平、公'); heading texts of the two last rows were set by hand at the colon.",
               "'二、活动背景：…' and '三、活动目的：…' are run-in headings cut at the colon. Organiser lines under 四、 "
               "and 七、 are kept as the page has them."],
        units=["华侨大学图书馆", "读书俱乐部（泉州）", "初醒文学社（厦门）", "新叶文学社"],
        text="""\
@T | 华图杯征文比赛策划书
@H1 sec=other | 一、活动主题：
@I2 | 1、城.事
@I2 | 2、人在旅途
@H1 sec=background | 二、活动背景：我们每个人来自不同的地方，走过各不相同的旅途，每个人心中都有一座城和数不清的故事，希望大家把自己的故事分享出来。
@H1 sec=goals alt=guidance | 三、活动目的：借本次征文活动增强文学社团的凝聚力，为大学生活增添亮色，给校园原创文学作品一个展示的舞台，让理想、情感和信念有挥洒的空间，让清新的文学风气弥漫校园。
@H1 sec=responsibilities | 四、主办单位：华侨大学图书馆
承办单位：读书俱乐部（泉州）初醒文学社（厦门）协办：新叶文学社
@H1 sec=phases | 五、活动时间安排：
@H2 phase=作品征集;2013年3月16日;4月30日 | 1、作品征集：2013年3月16日——4月30日
@H2 phase=评审;2011年5月1日;5月7日 | 2、评审时间：2011年5月1日——5月7日
@H2 | 3、结果通知：未定
@H1 sec=other | 六、参赛对象：
华侨大学厦泉两校区学生
@H1 sec=responsibilities | 七、活动负责人：
读书俱乐部（泉州）初醒文学社（厦门）协办：新叶文学社
@H1 sec=requirements | 八、投稿要求：
@I2 | 1.要求写与水有关的文字，文体不限（散文、小小说等1000-3000字，诗歌300字以内）；
@I2 | 2.紧扣主题，不冗余，尽力表现主题的宗旨；
@I2 | 3.不得抄袭，已在网络上发表的文章不得再投稿参赛。
@I2 | 4.文章要求：标题：小三，黑体，正文：小四，，宋体
@I2 | 5.最后注明个人信息，电话，邮箱等。
@H1 sec=requirements alt=other text=九、投稿方式 | 九、投稿方式 参赛同学须在规定时间内把作品发到邮箱：纸质稿联系方式：
@H1 sec=other alt=requirements | 十、征文评比：
@H2 text=1、评稿 | 1、评稿：初审至少五人，须在5月1号到4号期间审完稿件
复审至少三人，须在5月5号到7号期间审完稿件，复审后只留20篇稿件入围终审。
终审由两校区社团各派两人与图书馆老师一起审稿。
@H2 text=2、评比要求 | 2、评比要求：本次活动将本着“平等、公平、公
""",
    ),
    dict(
        name="fresh14_11_college_press_station_essay_contest_plan",
        source="http://fw.nseac.com/html/491/301412.html",
        doc_kind="activity_plan", partial=True,
        notes=["A Hunan vocational college's press station (院记者站) essay contest in the spirit of Lei Feng. The page's "
               "own heading '征文大赛策划书范文' is the only title line and is kept as the title; the posting time and "
               "the site's 导读 blurb (which repeats the opening) were dropped. Page wraps inside sentences "
               "('…溢满整个' / '校园', '…800—XX字以内，' / '诗歌…', '…院记者站' / '办公室…') were joined.",
               "Dates are written with 号 and '——': '二、活动时间：3月28号——4月20号' is the overall period (optional); "
               "under 六、活动流程： '3、投稿时间：3月28号——4月11号' and '4、审稿时间：4月12号——4月18号；…' are the two "
               "dated phases. Steps 1、 and 2、 are undated headings.",
               "Numbering under 五、 mixes '1.' and '2、' as on the page. A staff member's name was dropped; the "
               "masks 'XX', 'xx', 'xxxx', 'xxxxx' are kept. The page ends in '（转' under 八、奖项设置：, kept as the "
               "fragment."],
        units=["院记者站", "院记者站宣传部"],
        extra_phases=[dict(name="活动时间", start_text="3月28号", end_text="4月20号", at="活动时间：3月28号——4月20号")],
        text="""\
@T | 征文大赛策划书范文
“雷锋”是为人民服务的代表，早已深入人心，他的事迹在千家万户传唱；春风送暖的三月，雷锋精神洋溢校园，一个个感人的故事延续着雷锋的无私博爱。
为让软件学子铭记这段历史，培养以爱心回报社会的精神，进一步提升学院的品牌形象，院记者站特举办“春暖三月的雷锋”征文大赛，有关安排如下：
@H1 sec=other alt=goals | 一、活动主题：“春暖三月 雷锋精神”征文大赛。
@H1 sec=other alt=phases | 二、活动时间：3月28号——4月20号
@H1 sec=other | 三、征稿对象：湖南软件职业学院全体师生
@H1 sec=requirements | 四、征稿要求：
@I2 | 1.字数：800—XX字以内，诗歌字数不限；
@I2 | 2.语言生动、情感自然，有积极意义和创新意识；用a4纸打印，宋体，标题二号加粗，正文四号字，谢绝抄袭。
@I2 | 3.注：来稿注意标明班级、姓名。
@H1 sec=requirements alt=other | 五、投稿方式：
@I2 | 1.各班稿件在规定时间内交班级学习委员，由学习委员收齐后交学院记者站。
@I2 | 2、也可以直接交到院记者站办公室。
@I2 | 3、注所有上交稿件都必须以电子邮件形式发于：xxxxx里。
@H1 sec=phases | 六、活动流程：
@H2 | 1、宣传：院记者站召开各班学习委员会议，通知学习委员做好班级动员。
@H2 | 2、院记者站宣传部海报宣传。
@H2 phase=投稿;3月28号;4月11号 | 3、投稿时间：3月28号——4月11号
@H2 phase=审稿;4月12号;4月18号 | 4、审稿时间：4月12号——4月18号；届时确定优秀文章，评出一等奖一名、二等奖二名、三等奖三名、优秀奖四名。
@H1 sec=responsibilities | 七、组委会：
@I2 | 1、顾问：xx老师 xxxx
@I2 | 2、审委员：院记者站全体成员和各系团学会广播站和文学社两名工作人员。
@H1 sec=other | 八、奖项设置：
（转
""",
    ),
    dict(
        name="fresh14_12_university_student_union_games_plan",
        source="http://wenrenren.com/c/10024C6092021.html",
        doc_kind="activity_plan", partial=True,
        notes=["A university student union's fun games plan (college masked 'xx学院'); the site's page heading "
               "'大学的学生会的策划书怎么写?' is a question title of the site and was dropped (title null). The page's "
               "space before '。' (' 。') is kept in the value lines kept as written.",
               "五、活动时间： holds two value rows that date two stages with 旬: '预备宣传时间：20xx年10月中下旬—11月上旬' "
               "(a combined 中下旬 start with a masked year, a 上旬 end) and '活动比赛时间：20xx年11月中下旬' (start "
               "only); both are phases (placed by extra_phases), not optional periods.",
               "The stored text is damaged after 九、前期准备: '②对内宣传：…' runs into a sentence from a later section, "
               "and two orphan items '6、合影留念 。' and '7、清理现场 。' of a lost list (the page skips 十、) follow; they "
               "are kept unlabelled like other damage. '组织工作：…' is an unnumbered label heading. The page ends in "
               "the first games item ('…插上旗杆')."],
        units=["校团委", "校学生会文秘部", "校学生会体育部"],
        extra_phases=[
            dict(name="预备宣传", start_text="20xx年10月中下旬", end_text="11月上旬", at="预备宣传时间：20xx年10月中下旬",
                 optional=False),
            dict(name="活动比赛", start_text="20xx年11月中下旬", end_text=None, at="活动比赛时间：20xx年11月中下旬",
                 optional=False),
        ],
        text="""\
新学期悄然来临，许多新面孔给学生会注入了新的活力；为此我们准备了一场融合体育、娱乐和智力的趣味运动会，兼顾参与性和趣味性，不需要强健的体魄和专业的竞技水平，只要有崇尚快乐与运动的热情就能参加。
@H1 sec=other alt=goals | 一、活动主题：
齐心协力，共创佳绩 。
@H1 sec=goals alt=guidance | 二、活动目的：
营造快乐轻松的体育氛围，突出友谊第一、比赛第二的精神，活跃校园气氛。
@H1 sec=guidance alt=goals | 三、活动宗旨：
为全体学生会成员提供互相交流、互相学习的平台，增强团队意识、合作精神和集体荣誉感，增进友谊，也借此扩大学生会的影响力。
@H1 sec=other | 四、活动形式：趣味运动会 。
@H1 sec=phases alt=other | 五、活动时间：
预备宣传时间：20xx年10月中下旬—11月上旬
活动比赛时间：20xx年11月中下旬
@H1 sec=other | 六、活动地点：足球场
@H1 sec=responsibilities | 七、主办方：
校团委、校学生会文秘部、校学生会体育部 。
@H1 sec=other | 八、活动对象
xx学院全体学生会成员
@H1 sec=measures alt=requirements | 九、前期准备
@H2 | 组织工作：按学院分成12支参赛队伍，由各学院文秘部和主席团组织、分配参赛人员，连同校学生会共13支队伍，国际教育学院选项目参加；各项比赛提前抽签，未参赛的人员组成拉拉队；设主持人一名、裁判四名（待定）
@I2 lvlalt=3 | ①对外宣传：确定赞助商，制作宣传横幅挂在校园主要通道，印制海报张贴活动的相关内容。
@I2 lvlalt=3 | ②对内宣传：由各学院文秘部向本学院学生会成员做好活动领导总结发言并向获奖部门进行现场颁奖 。
6、合影留念 。
7、清理现场 。
@H1 sec=other | 十一、运动会项目
@H2 | 1、混合接力
器材：乒乓球十个，乒乓球拍四个，跳绳五条 。
场地：赛道长为20米，插上旗杆
""",
    ),
]
