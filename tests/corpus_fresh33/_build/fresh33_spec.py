# -*- coding: utf-8 -*-
"""The thirty-third held-out fresh set: SPEECHES AND WORK POINTS.
Six 讲话稿 (a district party secretary at a mobilisation meeting, a district
leader at a key-tasks push meeting, a district party secretary at the first
cadre meeting after the Spring Festival, a town head at an economic work
meeting, a county leader at a meeting on banned banqueting, a principal at
the first teachers' meeting of the school year) and six 工作要点 / annual
key-point plans (a provincial health commission, a city health commission,
a city education bureau's outline, a city people's congress office's party
building, a middle school's school-year plan, a primary school's term plan).
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source of any
label file under shared/corpus-dev, tests/corpus_*/ or /work/fresh*/corpus_*.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs,
  posting and metadata lines, download and login panels, collection tables
  of contents) was dropped; paywall lines and document-sharing chunk markers
  that a user would paste along are kept and never labelled.
- Heading, title, addressee, salutation and date lines keep the source's
  numbering, wording and punctuation.  The store keeps NFKC-normalised text,
  so full-width punctuation （）：，；！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

SP = "sec=requirements alt=guidance,measures"

FRESH33_DOCS = [
    dict(
        name="fresh33_01_district_secretary_mobilisation_speech",
        source="https://laobiganzi.top/335295.html",
        doc_kind="speech", partial=True,
        notes=["A district party secretary's speech at the district's 2025 mobilisation meeting ('铆足干劲抓落实奋勇争先开新局'), "
               "from a writing-materials site. The page prints the title twice (page heading and document title); it is kept "
               "once. No date line under the title on the page.",
               "Salutation '同志们：' and the lead-in sentence '下面，根据区委常委会研究的意见，我讲四个方面的问题。' (end of the "
               "opening paragraph) are body. '一、辩证看待形势，…' is a bare level-1 heading, '（一）充分肯定成绩，…' a bare "
               "level-2 heading; kind requirements (guidance, measures accepted), the points of a speech, though the first "
               "point reviews the situation.",
               "The source's mask 'XX' (the district) and the damaged '二中、三中X会' are kept. The paywall line "
               "'全文约10497字，请下载后阅读、编辑。' is site debris, kept and not labelled; the login line after it was dropped."],
        units=[],
        text="""\
@T | 区委书记在2025年“铆足干劲抓落实奋勇争先开新局”工作动员大会上的讲话
同志们：
今天召开全区“铆足干劲抓落实奋勇争先开新局”工作动员大会，既是收心归位、提振士气的会，也是加压奋进、再启新程的会。会上表彰了上一年度的先进集体和个人，我代表区委、区政府表示祝贺，希望大家以先进为镜，比学赶超，在新的一年干出新业绩。下面，根据区委常委会研究的意见，我讲四个方面的问题。
@H1 {SP} | 一、辩证看待形势，始终保持干事创业、勇争一流的精神状态
过去一年，全区上下贯彻习近平新时代中国特色社会主义思想和党的二十大、二十届二中、三中X会精神，围绕“保三争二夺第一”总目标担当实干，经济社会发展取得新成绩；在此，我代表区委、区政府向全区干部群众和关心支持XX发展的各界人士表示感谢。
成绩之外也要看到困难：外部经济形势复杂多变，国内下行压力较大，区域竞争激烈；自身在产业结构、科技创新、城市建设、民生保障上还有短板。我们要保持清醒、增强忧患意识，用更坚定的信心和更有力的举措推动XX各项事业发展。
@H2 | （一）充分肯定成绩，提振“翻篇归零、重新出发”的精气神
全文约10497字，请下载后阅读、编辑。
""".replace("{SP}", SP),
    ),
    dict(
        name="fresh33_02_district_key_tasks_push_meeting_speech",
        source="https://www.bgzsck.com/index/article/detail/detail_id/138342.html",
        doc_kind="speech", partial=True,
        notes=["A district leader's speech at a push meeting on the district's key tasks (城区环境综合整治、农村和路域环境整治、"
               "重点项目建设). The site's page heading with its word count ('(本页约4900+字)') and the posting line were dropped; "
               "the document's own title keeps the mask 'XX区'.",
               "'同志们：' is a salutation; '下面，我再强调三点意见。' closes the second paragraph and stays body. Only the first "
               "point is visible, '一、正视问题、认清形势，…', a bare level-1 heading, kind requirements (guidance, measures "
               "accepted). The site's '阅读全文' / login / tipping panel after it was dropped."],
        units=[],
        text="""\
@T | 在XX区重点工作攻坚行动推进会上的讲话
同志们：
今天上午，我和XX区长等同志不打招呼、直奔一线，到XX街市场、XX路与XX街交叉口、XX镇XX村和XX区科技创新产业园项目现场暗访调研，刚才又一起看了反映我区环境和项目建设突出问题的暗访专题片，问题触目惊心。紧接着召开这次推进会，就是要针对短板和顽疾再动员、再部署、再加压，打赢城区环境综合整治、农村和路域环境整治、重点项目建设三场硬仗。
这三项工作是区委、区政府着眼XX区长远发展和民生福祉作出的重要部署，既关系区域形象和竞争力，也回应群众对美好生活的期盼。XX区长已经作了全面部署，我都同意，请大家认真抓好落实。下面，我再强调三点意见。
@H1 {SP} | 一、正视问题、认清形势，以“坐不住”的紧迫感扛起攻坚责任
从实地查看和专题片看，我区城乡环境和项目建设同区委、区政府的要求、同群众的期盼相比还有不小差距。问题不容回避，我们没有任何理由沾沾自喜、高枕无忧。
""".replace("{SP}", SP),
    ),
    dict(
        name="fresh33_03_district_secretary_new_year_cadre_meeting_speech",
        source="http://www.7rdy.cn/news/59685.html",
        doc_kind="speech", partial=True,
        notes=["A district party secretary's speech at the cadre meeting on the first working day after the Spring Festival "
               "(正月初七), a 收心会. Breadcrumb, site blurb and posting line dropped. Figures masked in the source "
               "('XX起', 'XX%') are kept.",
               "The lead-in '之所以开这个收心会，主要基于三个方面的考虑：' ends a body paragraph; the point '一是严峻形势的要求。"
               "现在，…' starts its own line and is labelled as a run-in level-1 heading (numbering 一是). It gives a reason "
               "for the meeting rather than a demand, so background is accepted beside the speech-point kinds "
               "(requirements; guidance, measures accepted). The page ends inside it.",
               "The three '“新”就新在…' sentences of the second paragraph are body, not headings."],
        units=[],
        text="""\
@T | 区委书记在全区领导干部大会上的讲话
同志们：
今天是正月初七，春节长假后上班第一天。我代表区四大班子给大家拜个晚年，祝大家新的一年身体健康、工作顺利、万事如意！
今年春节我区处处体现一个“新”字。“新”就新在作风建设有了新气象，大家落实中央八项规定精神，不互访、不拜年，节日过得简单充实；“新”就新在值班备勤得到新加强，市场、供水、供电、供热、供气、环卫等部门坚守岗位，保障了群众生活；“新”就新在安全稳定呈现新局面，节日期间全区共发生一般性火灾XX起，同比下降XX%，一般性交通事故XX起，同比下降XX%，没有发生重大安全生产事故。在此，向节日期间坚守岗位的同志们表示感谢！
今天的会既是一次团拜会，更是一次收心会。之所以开这个收心会，主要基于三个方面的考虑：
@H1 sec=requirements alt=guidance,measures,background | 一是严峻形势的要求。各方面信息表明，今年的日子会更不好过，企业和政府都面临严峻挑战，一些企业甚至到了生死边缘，对当前经济形势必须有清醒认识。截至腊月二十八，工业主导产品
""",
    ),
    dict(
        name="fresh33_04_town_head_economic_work_meeting_speech",
        source="https://m.yzwku.com/doc/1233415.html",
        doc_kind="speech", doc_kind_alt=["report"], partial=True,
        notes=["A town head's speech at the town's economic work meeting (the first of '2篇 2024年镇长在经济工作会议上的讲话"
               ".docx' on a document-sharing site; the share line above it was dropped). The town's name is masked '*'.",
               "The site's chunk markers are kept as they come: '1、' glued before the title (line 1, a title line; the title "
               "is given without it), '2、取得了来之不易的好成绩。' (line 6, the end of a sentence cut by the marker) and "
               "'3、事项清单和办事指南，…' (line 8, starting in the middle of '政务服务事项清单'). They are never labelled.",
               "The store ran title, salutation and body into one paragraph; they were split at the boundaries the text shows, "
               "and （一） was put on its own line after the chunk line. '一、2023年工作回顾' looks back, so its kind is "
               "achievements (requirements accepted as a speech point); （一） and the bare, cut （二） are level 2. The "
               "unnumbered run-in sentences inside （一） ('经济指标保持稳定。' …) stay body. The source's OCR slip 'IO0%' "
               "(for 100%) is kept."],
        units=[],
        title_override="镇长在经济工作会议上的讲话",
        text="""\
@T | 1、镇长在经济工作会议上的讲话
同志们：
今天召开*镇经济工作会议，主要是回顾2023年工作、表彰先进、分析形势，贯彻中央和省市经济工作会议精神，部署2024年任务。这次会既是总结表彰的群英会，也是鼓劲的动员会、部署任务的誓师会。镇党委事先作了认真研究，稍后书记还要讲话，请大家认真领会、抓好落实。下面，就本次会议精神，我讲两个方面。
@H1 sec=achievements alt=requirements | 一、2023年工作回顾
2023年是落实党的二十大精神的首战之年，镇政府在镇党委领导下，依靠全镇群众，扎实推进产业发展、乡村建设、民生改善等各项工作，
2、取得了来之不易的好成绩。
@H2 | （一）全力以赴稳增长，经济运行更稳健。经济指标保持稳定，顶住各种冲击，完成税收700万元，一般预算收入800万元。招商引资成果显著，引进企业2家，分别是*集团投资及整合乡村振兴资金共2亿余元的产业园项目和*集团投资3000万元的农光互补项目，签约1个、开工2个、在谈1个。集体经济不断壮大，10个村集体经济收入10万元以上IO0%覆盖，20万元以上4个，50万元以上2个。营商环境持续优化，深化“放管服”改革，建设镇政务服务驿站，梳理政务服务
3、事项清单和办事指南，全年承接10类审批事项，为企业群众办理服务事项200余件。
@H2 | （二）全力以赴兴产业，乡
""",
    ),
    dict(
        name="fresh33_05_county_banqueting_rectification_speech",
        source="http://112.126.56.5/article/detail/21948",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a meeting on rectifying banned banqueting and drinking (整治违规吃喝); the page "
               "shows no title line (title null) and starts with the salutation. The county's name is masked '**' in the "
               "source and kept. The site's footer ('微信订阅号', '网站编辑') was dropped.",
               "'下面，我从五个方面谈具体要求。' ends the second paragraph (body). '一、以“政治清醒”筑牢思想堤坝，…' is a bare "
               "level-1 heading; '（一）从“国之大者”看，这是践行“两个维护”的必然要求。…' a run-in level-2 heading (text cut at "
               "the first 。). Kind requirements (guidance, measures accepted). The page ends inside （一）."],
        units=[],
        text="""\
同志们：
今天开这个会，就是要向全县传递一个明确信号：整治违规吃喝不是“选择题”而是“必答题”，不是“一阵风”而是“持久战”！这些年**县作风建设成效明显，干部精气神有了提升，但个别人仍把推杯换盏当“工作需要”、把酒桌饭局当“关系纽带”，这看似小事，实则是腐蚀队伍的“软刀子”。
当前**县正处在特色产业升级、乡村振兴起势、民生提质增效的关键阶段，违规吃喝既浪费公共资源，又损害干群关系，是发展路上的“拦路虎”，必须以“不破楼兰终不还”的决心坚决整治。下面，我从五个方面谈具体要求。
@H1 {SP} | 一、以“政治清醒”筑牢思想堤坝，校准整治行动“指南针”
@H2 | （一）从“国之大者”看，这是践行“两个维护”的必然要求。党中央对纠治“四风”三令五申，一严到底；违规吃喝看似“舌尖上的小事”，实则是对政治纪律的挑战，每一次越线宴请都是对中央八项规定精神的漠视；每一
""".replace("{SP}", SP),
    ),
    dict(
        name="fresh33_06_principal_first_teachers_meeting_speech",
        source="https://hapec.com.cn/hapec/90990.html",
        doc_kind="speech", partial=True,
        notes=["A principal's words to the teachers at the first staff meeting of a new school year (after the summer of the "
               "Tokyo Olympics), on a school site under the heading '校长寄语' (taken as the title). Salutation lines "
               "'各位老师：' and '大家好！' are not labelled. Names of athletes, celebrities and a private person in the source "
               "were dropped from the rewritten bodies.",
               "Four short bare headings '一、学会坚持' … '四、学会珍惜', level 1, kind requirements (guidance, measures "
               "accepted). The page ends inside the fourth section."],
        units=[],
        text="""\
@T | 校长寄语
各位老师：
大家好！
漫长而不平凡的暑假过去，我们迎来了充满希望的新学年。我代表学校欢迎新调入的五位老师，也向全体老师致以新学年的问候和祝福！
这是新学年的第一次全体教师例会，今天先不谈工作，想借暑假里发生的几件大事，和老师们说几句心里话。
@H1 {SP} | 一、学会坚持
东京奥运会上，中国健儿夺得38枚金牌、88枚奖牌，残奥会上也捷报频传。每一枚奖牌背后都是长年的汗水，没有一鸣惊人，只有百炼成钢；只要坚持付出，终会有回报。
@H1 {SP} | 二、学会遵规
德尔塔毒株来袭时，有人无视防疫规定外出打牌，导致485人感染、一座城市封控。任性的背后是对规则的漠视；没有规则意识，就不懂得为人的界限，也难以对自己的言行负责。
@H1 {SP} | 三、学会守法
暑假里娱乐圈风波不断，触碰红线的明星或被全网封杀，或锒铛入狱。法律不因名气而打折，道德标准也不因人气而降低，我们要时刻绷紧法治这根弦。
@H1 {SP} | 四、学会珍惜
一场暴雨让我们为302名遇难同胞默哀，也让我们更懂得珍惜家人、朋友和同事；默默捐款的鸿星尔克引来网友自发“野性消费”，更是“但行好事，莫问
""".replace("{SP}", SP),
    ),
    dict(
        name="fresh33_07_city_health_commission_2023_work_points",
        source="http://wjw.huzhou.gov.cn/art/2023/5/4/art_1229210319_58898184.html",
        doc_kind="plan", partial=True,
        notes=["A city health commission's 2023 work points wrapped in its issuing notice: document number, the notice title "
               "on two lines, addressee, a one-sentence notice, signature and date, then the plan's own title. The "
               "breadcrumb and the posting lines (时间 / 发布) above were dropped. Title: the plan's own title; the two "
               "notice-title lines and the plan title are title lines.",
               "'2023年全市卫生健康工作的总体要求是：…' is a body sentence (not a label heading). '一、  全面深化一个主题' keeps "
               "the two spaces after 一、 that the page shows; kind goals (measures accepted, the task areas of a plan). "
               "'1.全面深化…主题实践。…' is a run-in level-2 heading. The quoted slogans and '16819' are kept. The page ends "
               "inside 1."],
        units=[],
        title_override="2023年全市卫生健康工作要点",
        text="""\
湖卫健发〔2023〕1号
@T | 湖州市卫生健康委关于印发
@T | 2023年全市卫生健康工作要点的通知
各区县卫生健康局（南太湖新区社发中心），委属各单位，委机关各处室：
现将《2023年全市卫生健康工作要点》印发给你们，请认真贯彻执行。
湖州市卫生健康委员会
2023年4月26日
@T | 2023年全市卫生健康工作要点
2023年全市卫生健康工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻习近平总书记关于卫生健康工作的重要指示批示精神和市委市政府部署，落实全省卫生健康工作要求，迭代升级“16819”健康行动，加快建设全市域健康共同体，高质量建设健康中国先行示范区，为湖州高质量发展提供卫生健康保障。
@H1 sec=goals alt=measures | 一、  全面深化一个主题
@H2 | 1.全面深化“在湖州看见美丽中国、在湖州享受健康生活”实干争先主题实践。坚持“目标引领、差距管理、过程控制、考核激励、以实绩论英雄”的工作理念和“不在上游、就是下游，不争前列、就是落后”的卓越意识，加强“重点工作5张报表”督查，每月评选优秀单位、区县和处室，每季评选优秀个人，各项考核力争“保五争三拼第一”，各条线长板特色进一
""",
    ),
    dict(
        name="fresh33_08_provincial_health_commission_2023_work_points",
        source="https://wsjkw.zj.gov.cn/art/2023/4/25/art_1229123468_5105599.html",
        doc_kind="plan", partial=True,
        notes=["A provincial health commission's 2023 work points in its issuing notice (浙卫发〔2023〕10号). The site's "
               "category, index-number, publisher and posting lines were dropped; the notice title, addressee, notice "
               "sentence, signature and date are kept. Title: the plan's own title; both title lines are excluded.",
               "Four levels: 一、总体要求 (guidance), 二、主要任务 (goals, measures accepted), '（一）实施全民健康促进行动。' "
               "(level 2), '1.主要目标指标。' (level 3, goals) and '2.重点工作举措。' (level 3, measures, goals accepted), "
               "then '（1）构建…' as a level-4 item (a task line; the page ends inside it).",
               "The line of target figures under 1. is body: targets, not phases."],
        units=[],
        title_override="2023年全省卫生健康工作要点",
        text="""\
@T | 浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知
各市、县（市、区）卫生健康委（局），省级医疗卫生单位：
现将2023年浙江省卫生健康工作要点印发给你们，请各地各单位认真组织实施。
浙江省卫生健康委
2023年4月22日
@T | 2023年全省卫生健康工作要点
@H1 sec=guidance | 一、总体要求
以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和省第十五次党代会、省委十五届二次全会精神，围绕“八八战略”“三个一号工程”“十项重大工程”等部署，落实《浙江省公共服务“七优享”工程实施方案（2023—2027）》和推进卫生健康现代化建设的实施意见，以卫生健康现代化建设九大行动为主线，推动健康服务全域均衡、全程贯通、全链赋能、全民优享，确保现代化建设开好局、起好步。
@H1 sec=goals alt=measures | 二、主要任务
@H2 | （一）实施全民健康促进行动。
@H3 sec=goals | 1.主要目标指标。
健康浙江发展指数达85，人均预期寿命达82.4岁，居民健康素养水平达39%以上，重大慢病过早死亡率降至9.3%，总体癌症五年生存率达47%，人均基本公共卫生服务经费达102元以上；培育健康浙江行动省级样板50个，城乡居民免费健康体检1000万人以上，电子健康档案开放率70%以上，心理健康素养水平25%以上，家庭医生签约覆盖率42%以上，重点人群签约覆盖率85%以上。
@H3 sec=measures alt=goals | 2.重点工作举措。
@I4 | （1）构建卫生健康现代化监测评价指标体系，重点指标纳入健康浙江建设考核重要
""",
    ),
    dict(
        name="fresh33_09_middle_school_2022_2023_year_plan",
        source="https://desk33.com/d-339105.html",
        doc_kind="plan", partial=True,
        notes=["A middle school's plan for the 2022—2023 school year (its key points under '办精致的教育'), from a "
               "document-sharing page of a .docx. The file-name line ('中学2022—2023学年度工作计划.docx') was dropped; the "
               "document's own title line keeps the dash lost in the conversion ('中学20222023学年度工作计划'). The store had "
               "run the title into the opening; split.",
               "'一、坚持党建工作的统领地位不动摇' (goals, measures accepted) holds three run-in level-2 headings "
               "'（一）提高精准决策力，建设精干的管理团队。…'. The conversion's stray spaces inside words are in the source "
               "bodies; the rewritten bodies do not keep them. The page ends inside （三）."],
        units=["学校党总支"],
        text="""\
@T | 中学20222023学年度工作计划
新学年，学校继续以各级教育工作会议精神为指导，把本学年作为“办精致的教育”的提升年：精致党建再发力，精准教研再创新，德育管理再提升，安全保障再进步，培根铸魂育新人。
@H1 sec=goals alt=measures | 一、坚持党建工作的统领地位不动摇
@H2 | （一）提高精准决策力，建设精干的管理团队。落实中小学校党组织领导的校长负责制意见（试行）精神，坚持党对学校的全面领导，提高党总支的决策能力，健全学校党总支发挥领导作用的机制，履行把方向、管大局、作决策、抓班子、带队伍、保落实的职责。借今年干部调整之机，树立“赢在中层”的思维，培养一批想干事、能干事的青年干部；抓好四个支部，用好56个党员。增强系统思维，全校一盘棋，明确分工、优化流程、减少内耗，确保重点工作有保障、常规工作有亮点、特色工作有特效。
@H2 | （二）擦亮学校党建品牌，探索党建和教学的深度融合。上学年学校创建的“四心五育，精致办学”党建品牌已获推至枣庄。本学年继续围绕品牌发力，以精致党建为目标，强化党员教师的“四心”，把各项工作落到学生的“五育”上；优化党总支和四个基层党支部建设，规范“三会一课”，用好党务工作者，探索党建与教学融合的新模式。
@H2 | （三）抓好意识形态工作，做好学校舆情控制。要牢牢掌握党管意识形态的领导权、主动权，认真贯彻落实党总支意
""",
    ),
    dict(
        name="fresh33_10_city_congress_office_party_building_work_points",
        source="https://www.xiezuofangchengshi.com/doc/93356.html",
        doc_kind="plan", partial=True,
        notes=["A city people's congress office's 2026 party-building work points (市人大机关党的建设工作要点), from a "
               "writing-materials site that printed the whole visible text as one paragraph; split at the title, the "
               "headings and the sentence that closes the preamble.",
               "The '…指导思想是：…' paragraph and the sentence '指导思想明确了全年的工作方向和核心任务。' are body (no label "
               "heading). '一、强化政治统领，把牢人大工作正确方向' is level 1, kind goals (measures accepted); "
               "'1.坚持党的全面领导根本原则。…' a run-in level-2 heading. The page ends inside it ('增强“四个...')."],
        units=[],
        text="""\
@T | 2026年市人大机关党的建设工作要点
2026年市人大机关党建工作的指导思想是：高举中国特色社会主义伟大旗帜，贯彻党的二十大和二十届四中、五中全会精神，落实习近平总书记关于党的建设的重要思想，坚持党的全面领导，锚定“四个机关”定位，以政治建设为统领、理论武装为基础、组织建设为支撑、纪律建设为保障、党建业务融合为路径、数字化改革为驱动，提升机关党建质量效能；推进全面从严治党，深化党纪学习教育，践行全过程人民民主，增强立法监督实效，以优异成绩迎接党的二十届六中全会召开。
指导思想明确了全年的工作方向和核心任务。
@H1 sec=goals alt=measures | 一、强化政治统领，把牢人大工作正确方向
@H2 | 1.坚持党的全面领导根本原则。市人大机关必须旗帜鲜明讲政治，深刻领悟“两个确立”的决定性意义，增强“四个...
""",
    ),
    dict(
        name="fresh33_11_primary_school_spring_term_plan",
        source="https://kuaichafanwen.com/88123.html",
        doc_kind="plan", partial=True,
        notes=["A primary school's plan for the second term of 2023-2024 ('X区X小学', masked in the source and kept). "
               "一、指导思想 (guidance), 二、工作目标 (goals) with nine 'label：body' lines '1.提高教学质量：…' labelled as "
               "run-in level-2 headings (text cut at the colon).",
               "After item 9 the page goes on with two paragraphs of moral-education work ('坚持立德树人、育人为本，…') whose "
               "heading is not on the page; they are body under 二、 as shown. The page ends inside the second one."],
        units=[],
        text="""\
@T | 某小学2023-2024学年第二学期学校工作计划
@H1 sec=guidance | 一、指导思想
2024年，X区X小学将落实党组织领导的校长负责制要求，推动党建与业务深度融合，树牢“让每一个生命幸福成长”的办学理念，坚持文化立校、质量强校、品牌兴校，推动学校从“幸福唤醒”走向“幸福生长”，努力打造区域名校，办好人民满意的教育。
@H1 sec=goals | 二、工作目标
@H2 | 1.提高教学质量：抓常规、重管理，优化教学过程和教学行为，全面提高质量。
@H2 | 2.落实“幸福课程”：围绕“幸福课程”体系开展教学活动，把课程建设落到实处。
@H2 | 3.深化“趣学”课堂研究：继续推进“趣学”课堂教学改革，提升学生核心素养。
@H2 | 4.扎实校本研修：加强各级培训，建设学习型组织，提升教师素养。
@H2 | 5.聚焦重点课题：夯实研究过程，以课题带动学校发展。
@H2 | 6.落实“三阅乐享”读书工程：营造读书氛围，打造幸福书香校园。
@H2 | 7.开展“笔墨飘香”书写工程：提高师生汉字书写能力。
@H2 | 8.巧抓综合劳动实践教学：开展综合实践和劳动实践活动，提升学生综合素质。
@H2 | 9.完善评价体系：建立科学公正的评价办法，激发师生热情，提升幸福感。
坚持立德树人、育人为本，贯彻“抓基础，重建设，严管理，讲实效”的思路，以爱国主义教育为核心、理想信念教育为主线、道德规范教育为基础、学科渗透为主渠道，辅以心理健康和文化艺术教育，以主题活动为载体、规范管理为保证、三结合教育为网络，构建“立体管理，活动促进”的星火德育工作体系，提高德育的针对性和实效性。
坚持“以德立校”、“以德立教”、“以德育人”，不断
""",
    ),
    dict(
        name="fresh33_12_city_education_bureau_2024_work_points_outline",
        source="https://gongxunwk.com/doc/2598947.html",
        doc_kind="plan", partial=True,
        notes=["The outline of a city education bureau's 2024 work points, the first document of a collection on a "
               "document-sharing site ('市教育局2024年工作要点' and four more). The collection's table of contents above it "
               "(five numbered entries with page numbers, the first without a title) was dropped; the document's own title "
               "line is not on the page, so title is null.",
               "Headings only, no bodies: 一、 / 二、 / 三、 at level 1; under 一、 the numbered 1.–4. directly (level 2); under "
               "二、 and 三、 the （一）（二）… groups (level 2) with the 1. numbering running on across groups (5. … 41.) at level "
               "3. The source skips 27. (26. is followed by 28.); kept. Kinds: 一、 goals (the target and its tasks), 二、 and 三、 "
               "goals with measures accepted; entries inherit. Under （九）教育治理创新工程 the page ends inside '41.优化教育发展良好'."],
        units=[],
        text="""\
@H1 sec=goals | 一、坚持“建设教育强市办好人民满意教育”目标
@H2 | 1.全面完成年度工作任务
@H2 | 2.健全教育发展保障体系
@H2 | 3.提升教育系统作风效能
@H2 | 4.实施精准考核奖惩
@H1 sec=goals alt=measures | 二、突出两项重点工作
@H2 | （一）全面提高教育教学质量
@H3 | 5.坚持科学教育质量观
@H3 | 6.加强教育质量监测与发展研究
@H2 | （二）加快推进教育现代化
@H3 | 7.优质普惠发展学前教育和特殊教育
@H3 | 8.优质均衡发展义务教育
@H3 | 9.优质特色发展普通高中
@H3 | 10.创新融合发展职业教育
@H3 | 11.优质内涵发展高等教育
@H3 | 12.推进终身教育创新发展
@H3 | 13.引导民办教育健康发展
@H3 | 14.加强语言文字工作
@H3 | 15.推进教育交流合作
@H1 sec=goals alt=measures | 三、强力推进九项工程
@H2 | （一）党建领航工程
@H3 | 16.强化思想引领
@H3 | 17.强化组织引领
@H3 | 18.强化示范引领
@H2 | （二）立德树人工程
@H3 | 19.强化德育教育
@H3 | 20.强化身心健康教育
@H3 | 21.强化审美素养教育
@H3 | 22.强化劳动和生态文明教育
@H2 | （三）中小学幼儿园扩容提质工程
@H3 | 23.推进中小学幼儿园项目建设
@H3 | 24.加快市直学校项目建设
@H2 | （四）基础教育公平优质均衡工程
@H3 | 25.实施义务教育薄弱环节改善与能力提升项目
@H3 | 26.推进中小学技术装备标准化建设
@H2 | （五）职业教育提质培优工程
@H3 | 28.提高中等职业教育办学质量
@H3 | 29.激发高等职业教育创新活力
@H2 | （六）高等教育“双一流”工程
@H3 | 30.提升办学规模和质量
@H3 | 31.增强服务经济社会发展能力
@H2 | （七）教师队伍素质提升工程
@H3 | 32.实施“三名”工程
@H3 | 33.提升师德师风师能
@H3 | 34.加强师资队伍保障
@H2 | （八）教育数字化赋能工程
@H3 | 35.完善教育数字化推进机制
@H3 | 36.加强教育新型基础设施建设
@H3 | 37.提升师生信息技术应用水平
@H3 | 38.筑牢网络安全防线
@H2 | （九）教育治理创新工程
@H3 | 39.坚持依法治教
@H3 | 40.提升学校安全防范能力
@H3 | 41.优化教育发展良好
""",
    ),
]
