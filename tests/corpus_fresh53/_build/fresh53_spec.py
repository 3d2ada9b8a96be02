# -*- coding: utf-8 -*-
"""The fifty-third held-out fresh set: a WRITER'S RANDOM SAMPLE of the genre.
Twelve everyday queries were run (2023年 党支部 工作计划, 医院 科室 年度工作总结,
社区 2024年 实施方案, 小学 德育工作计划, 乡镇 2023年上半年工作总结, 县 2024年 工作要点,
企业 安全生产 工作方案, 读书节 活动方案, 街道 工作汇报, 学校 安全 工作总结, 村 2023年 工作计划,
妇联 工作总结); for each the first usable result not already used by an earlier set was
taken, whatever site it came from (sharing and sample sites included), as long as it is
of the genre and its visible text shows at least three headings.  Two queries (社区
2024年 实施方案, 县 2024年 工作要点) gave no usable page even after rewording, so the set
holds 10 documents (log in notes_queries.txt).  Found as stored public web pages with
the `search` tool's `pages` corpus.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate (breadcrumbs, posting lines, collection
  titles, sample numbers, download buttons, a duplicated page title) was dropped; a
  paywall line is kept as debris.
- Heading, title and item lines keep the source's numbering, wording and punctuation
  (full-width （）：，；“” restored from the store's NFKC text).
- Every body paragraph is rewritten in our own words and shortened; dates, figures,
  unit and place names and the masking found in the source are kept.  Personal names
  were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH53_DOCS = [
    dict(
        name="fresh53_01_middle_school_party_building_plan",
        source="https://laobiganer.com/gongwen/79849.html",
        doc_kind="plan", partial=True,
        notes=["A middle school's (masked 'XX中学') party-building plan for 2023, posted as a user upload; the "
               "posting line (更新时间 / 来源：网友投稿) was dropped. The page hides its middle part behind a paywall "
               "line '---此处隐藏2909字，下载后查看---', kept as debris and not labelled.",
               "The opening and the body after 二、 lose their year ('年我校…'), as on the page; kept.",
               "一、围绕两个主题开展工作 and 二、守住三条工作底线 are level 1 (goals; guidance / requirements accepted). "
               "After the paywall the page resumes inside an unseen section: （四） and （五） have no visible parent, so "
               "they are level 2 with level 1 accepted, kind goals (measures accepted, task areas of a plan).",
               "（五）高质量完成…工作。 is a title line without a body, labelled heading. The closing '总之，…' paragraph is body.",
               "Under 一、 the two themes are described in two body paragraphs, the first opening '第一个主题…' as on the page "
               "(the second opens '另一个主题…', no marker): not a 第一 heading, not labelled."],
        units=[],
        text="""\
@T | XX中学2023年党建工作计划
要用最好的党建带动最好的学校建设。年我校将继续做实“党旗引领，育人先锋”党建品牌，让品牌内涵更丰富、效应更明显。
@H1 sec=goals alt=guidance | 一、围绕两个主题开展工作
第一个主题是学校整体工作的主题，各项工作都要在它的指引下开展。
另一个主题是“教书育人，不断提升教育教学质量”，哪项工作脱离了它就失去了灵魂。
@H1 sec=goals alt=requirements | 二、守住三条工作底线
---此处隐藏2909字，下载后查看---
年，我校不少老师和领导向党支部递交了入党申请书，今年将启动新一轮入党积极分子的推荐和培养。
@H2 sec=goals alt=measures lvlalt=1 | （四）做好学习强国学习工作
这是一项已纳入政治学习的政治任务，老师们要提高认识，养成拿起手机先打开学习强国的习惯。
@H2 sec=goals alt=measures lvlalt=1 | （五）高质量完成上级主管部门和学校布置的各项临时性工作。
总之，新的一年我校将以党建为引领，落实立德树人根本任务，做好新学期各项工作；开学在即，大家要有慢进即退的危机感和起步即冲刺的紧迫感。
""",
    ),
    dict(
        name="fresh53_02_hospital_departments_2023_year_end_summary",
        source="http://wenku.520cd.com/gongzuofanwen/gongzuozongjie/danwei/62567.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A hospital's year-end summary of its departments' work in 2023, on a sample site, written in an essay "
               "register ('本文将对…进行总结'). The page repeats the title (site heading and document title); one title "
               "line is kept.",
               "一、引言 is background (other accepted). 二、工作亮点 (achievements) holds three run-in headings "
               "'1.卓越的医疗技术水平：在2023年，…' (title, colon, long body), level 2, text cut at the colon.",
               "The page ends inside the third heading: '三、面临的困难和挑' is kept as the bare fragment, kind problems.",
               "Units: the departments the summary credits with the work (神经外科, 骨科, 心内科, 眼科, 儿科, 急诊科, 手术科)."],
        units=["神经外科", "骨科", "心内科", "眼科", "儿科", "急诊科", "手术科"],
        text="""\
@T | 2023年医院科室年终工作总结
@H1 sec=background alt=other | 一、引言
2023年我院各科室工作全面推进，医疗技术不断创新，服务质量持续提升。下面回顾一年来的亮点和困难，分析科室运营状况，并提出改进和发展的建议。
@H1 sec=achievements | 二、工作亮点
@H2 | 1.卓越的医疗技术水平：在2023年，各科室引进先进设备和技术，神经外科在脑卒中治疗中用上了机器人辅助手术系统，骨科用3D打印技术做骨折复位，手术更准确、更安全，患者评价很高。
@H2 | 2.丰富的学术交流活动：心内科主办多场心脏病学术研讨会，请国内外专家交流；眼科定期举办手术技术培训班，提高医技人员的操作能力，也提升了科室的学术声誉。
@H2 | 3.高效的团队协作机制：儿科在科内设立多学科协作小组，定期会诊讨论；急诊科与手术科建立协作流程，缩短急诊手术等待时间，提高抢救成功率。
@H1 sec=problems | 三、面临的困难和挑
""",
    ),
    dict(
        name="fresh53_03_primary_grade4_moral_education_plan",
        source="https://wenku.docs.qq.com/detail?docId=4RqVqbwGs4",
        doc_kind="plan", partial=True,
        notes=["A primary school's grade-4 moral-education plan template on a document-sharing site (腾讯文库). The "
               "site's preview blurb (the first sentences cut at '…“灵魂”地'), the sample marker '【篇一】' and the site "
               "footer '腾讯文库小学四年级德育工作计划模板' were dropped.",
               "The stored text ran as one block; it was split into lines at the headings and numbered points the "
               "text shows. Headings end in a colon ('一、指导思想：'), restored full-width.",
               "二、工作目标 (goals) and 三、工作思路 (guidance, measures accepted) each hold three '1、…' statements, "
               "labelled items at level 2; their wording is kept."],
        units=[],
        text="""\
@T | 小学四年级德育工作计划模板
@H1 sec=guidance | 一、指导思想：
本计划将贯彻落实《中共中央国务院关于进一步加强和改进未成年人思想道德建设的若干意见》，把德育放在素质教育的“灵魂”地位，探索更符合学生年龄特点和社会发展规律的目标、内容、途径和方法；以弘扬和培育民族精神为核心，以基础文明行为的养成为抓手，增强德育的主动性和实效性，使我校德育工作迈上新台阶。
@H1 sec=goals | 二、工作目标：
@I2 | 1、坚持育人为本，德育为先，促进人的全面发展，把德育工作渗透到学校工作的各个方面。
@I2 | 2、师生犯罪率为零，学生操行合格率达100%。
@I2 | 3、学生在校安全事故发生率为零。
@H1 sec=guidance alt=measures | 三、工作思路：
@I2 alt=measures | 1、以学生为本，道德为先，发展为本，抓好学生的德育工作。
@I2 alt=measures | 2、每月突出一个重点，将培养良好行为习惯作为德育教育的主要抓手，融入爱国主义、集体主义、社会主义教育，增强学生的责任感。
@I2 alt=measures | 3、注重班主任队伍建设，强化“以德立教”、“以身立教”意识。
""",
    ),
    dict(
        name="fresh53_04_township_government_2023_halfyear_summary",
        source="https://qiantufanwen.com/59192.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township government's summary of the first half of 2023 (the title says 镇政府, the body 全乡), on a "
               "sample site; the leader's name in the guiding-thought sentence is masked '***' on the page and kept.",
               "一、抓项目稳增长，经济发展迈上新台阶。 stands alone (level 1, achievements). Under it three unnumbered run-in "
               "headings '招商引资稳步发展。…', '基础建设扎实推进。…', '产业发展亮点纷呈。…' (level 2).",
               "Completion dates inside the bodies ('预计在下半年开工建设', '预计在12月份开工实施') are not phases. The "
               "page ends inside the third heading's body ('以“四统”管')."],
        units=[],
        text="""\
@T | 镇政府2023年上半年工作总结及下半年目标任务和工作安排
2023年以来，在市委、市政府领导下，我们以***新时代中国特色社会主义思想为指导，学习贯彻党的二十大精神，落实“三高四新”战略定位和“五新四城”战略目标，围绕“两城三区融合发展”思路，统筹发展和安全，按时序进度较好完成了年初确定的任务。
@H1 sec=achievements | 一、抓项目稳增长，经济发展迈上新台阶。
@H2 num=none | 招商引资稳步发展。深化“一把手招商”“乡贤招商”机制，引进*农林科技发展有限公司投资500万元的*锦绣桃园基地、*中药材种植公司投资500万元的天麻种植基地和湖南鸭当家食品有限公司投资300万元的加工销售基地；年初又与*农业开发有限责任公司达成投资100万元的神龙御米合作意向。
@H2 num=none | 基础建设扎实推进。乡村振兴项目申报入库34个，总投资预算4151.5万元；高标准农田建设投入634.29万元，新建机耕道7.1千米、中小渠（沟）18.85千米。与洪江市水务投资公司达成合作意向，兰家村安全饮水项目预计在下半年开工建设；和平村8个组的黄狮洞自供区农网改造项目预计在12月份开工实施。
@H2 num=none | 产业发展亮点纷呈。围绕“打造水果之乡，争创名优品牌”，2023年全乡金秋梨种植2500余亩、预计产量500万公斤，冰糖柚6000余亩、预计年产1500万公斤，优质水稻1100余亩、预计年产44万公斤。在原有示范园基础上，以“四统”管
""",
    ),
    dict(
        name="fresh53_05_safety_inspection_rectification_action_scheme",
        source="https://docx.baby/p/20832257724742.html",
        doc_kind="scheme", partial=True,
        notes=["A scheme for a safety inspection-and-rectification campaign, previewed on a document-sharing site; the "
               "file-name line ('….docx'), '文本预览下载声明' and the '显示全部' button were dropped. Only the first chapter "
               "is visible.",
               "Chapter numbering '第一章' glued to its title (no space): level 1, numbering '第一章' (class 第一), kind "
               "background. Its three points '1.当前安全形势分析' etc. are headings alone on their lines (level 2, "
               "background). The State Council's safety committee (国务院安委会) only issues the campaign, so no unit is "
               "listed. The page ends mid-sentence ('保障人民群')."],
        units=[],
        text="""\
@T | 安全大排查大整治专项行动方案
@H1 sec=background num=第一章 | 第一章安全大排查大整治专项行动的背景与意义
@H2 | 1.当前安全形势分析
经济快速发展的同时，安全生产事故仍时有发生，威胁人民群众生命财产安全；为加强安全生产、预防和减少事故，政府决定开展安全大排查大整治专项行动。
@H2 | 2.专项行动的背景
近年安全生产形势严峻，为吸取事故教训、坚决遏制重特大事故，国务院安委会决定在全国开展这次专项行动。
@H2 | 3.专项行动的意义
开展专项行动有助于提高安全生产水平、减少事故，保障人民群
""",
    ),
    dict(
        name="fresh53_06_reading_festival_activity_plan",
        source="https://m.festivalarchive.com/literature/4806.html",
        doc_kind="activity_plan", partial=True,
        notes=["A school reading-festival plan (读书节策划方案) on a festival site; the breadcrumb '节日档案馆 > 文学庆典' and "
               "the repeated page title were dropped. Dates are placeholders 'XX年XX月XX日至XX月XX日', kept.",
               "Numbered points are written '1. 激发…' with a space after the full stop, kept as on the page.",
               "三、活动时间与地点 holds one line running time and place together ('…XX月XX日地点：…'), body; the overall "
               "period is an optional phase. 四、活动内容及安排 is goals (measures, phases accepted): its six programme "
               "parts '1. 开幕式：…' are items (text cut at the colon). 六、活动组织与实施 is responsibilities (measures "
               "accepted): its five groups are items and listed as units.",
               "七、活动资金来源与预算 (other, measures accepted) ends in the fragment '本次活动的资金来源'."],
        units=["活动筹备小组", "宣传推广小组", "现场组织小组", "后勤保障小组", "评估总结小组"],
        extra_phases=[
            dict(name="活动时间", start_text="XX年XX月XX日", end_text="XX月XX日", at="时间：XX年XX月XX日", optional=True),
        ],
        text="""\
@T | 读书节策划方案
@H1 sec=background alt=guidance | 一、活动背景
读书节是为激发师生读书热情、提升综合素质、促进校园文化建设而办的大型活动，希望通过多种形式让师生感受读书的乐趣，拓宽知识面，提高文化素养。
@H1 sec=goals alt=guidance | 二、活动目标
@I2 | 1. 激发师生的阅读热情，提高阅读兴趣。
@I2 | 2. 通过读书活动，提高师生的文化素养和综合素质。
@I2 | 3. 促进校园文化建设，营造浓厚的读书氛围。
@H1 sec=phases alt=other | 三、活动时间与地点
时间：XX年XX月XX日至XX月XX日地点：学校操场、图书馆、多功能报告厅等
@H1 sec=goals alt=measures,phases | 四、活动内容及安排
@I2 alt=measures,phases | 1. 开幕式：宣读开幕词，介绍读书节的背景、目的和安排。
@I2 alt=measures,phases | 2. 读书讲座：请知名作家、学者讲经典著作，引导师生正确阅读。
@I2 alt=measures,phases | 3. 读书分享会：师生自由分享读书心得，互相交流。
@I2 alt=measures,phases | 4. 换书交友会：师生交换书籍，扩大阅读面，结交志同道合的朋友。
@I2 alt=measures,phases | 5. 知识竞赛：组织师生参加知识竞赛，增加知识储备。
@I2 alt=measures,phases | 6. 闭幕式：总结活动成果，颁发优秀组织奖、优秀作品奖等。
@H1 sec=other | 五、活动参与对象
面向全校师生，鼓励大家积极参加。
@H1 sec=responsibilities alt=measures | 六、活动组织与实施
@I2 | 1. 活动筹备小组：负责策划、组织和实施，包括制定方案、宣传推广和物资准备。
@I2 | 2. 宣传推广小组：负责海报设计、制作和张贴，以及微信公众号推送。
@I2 | 3. 现场组织小组：负责现场的组织协调，包括维持秩序和安排人员。
@I2 | 4. 后勤保障小组：负责场地布置、设备调试等后勤工作。
@I2 | 5. 评估总结小组：负责评估活动效果，为今后的活动提供参考和改进方向。
@H1 sec=other alt=measures | 七、活动资金来源与预算
本次活动的资金来源
""",
    ),
    dict(
        name="fresh53_07_subdistrict_civilised_city_work_report",
        source="https://www.ynbygg.com/fanwendaquan/gongzuohuibao/12382.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection ('街道创建全国文明城市工作汇报材料8篇'): 解放街道's report. The breadcrumb, the "
               "posting time, the collection title and the sample number ('…篇1') were dropped; the sample heading "
               "without its number is the title.",
               "The report mixes what was done with what is planned ('拟举办…培训班'): the 一、二、 headings are achievements "
               "with measures accepted.",
               "Under each heading the page lists line-initial '一是…' points; they are labelled items at level 2 (some are "
               "bare statements, some title + body like '三是提高现代化办公水平。利用…'; all kept as items for consistency).",
               "The page ends inside heading 三、 ('…以文化活动为纽带，凝聚'), kept as a bare fragment heading. 'q群' as on "
               "the page."],
        units=["解放街道", "工作检查督办组"],
        text="""\
@T | 街道创建全国文明城市工作汇报材料
20xx年，解放街道着力提高民生服务质量，创新辖区事务管理，引导社会力量和居民参与，共建平安辖区。
@H1 sec=achievements alt=measures | 一、树立服务意识，强管理提效率，扎实做好民生服务工作
@I2 alt=measures | 一是树立勤政为民的工作理念，将服务质量、服务效率、服务满意度作为工作考核的主要指标。
@I2 alt=measures | 二是扩大网上办事服务范围。
@I2 alt=measures | 三是提高现代化办公水平。借助解放街道q群、社区居民q群、微信和短信平台提高办事效率。
@I2 alt=measures | 四是整合辖区资源，把辖区科教文卫体等软硬件资源登记造册，成立协会或委托第三方统筹管理，为居民提供更多公共服务设施。
@I2 alt=measures | 五是健全街道、社区、小区三级事务议事制度，以党内民主带动人民民主、以基层党建带动其他基层组织建设、以社区党建带动社区管理服务创新，实现“三带动”。
@H1 sec=achievements alt=measures | 二、加强队伍建设，打造一支想干事、敢干事、能干事、干成事的队伍
@I2 alt=measures | 一是建章立制，细化量化工作标准，规范街道议事机制，建立公平公开的工作机制和奖勤罚懒的激励机制。
@I2 alt=measures | 二是做好人员年度培训计划，拟举办职业道德、社会组织建设、法治建设、国学礼仪等培训班。
@I2 alt=measures | 三是成立工作检查督办组，督查各项工作的进度和质量，定期在q群公开执行情况。
@I2 alt=measures | 四是每季开展各项工作评比排名，名次在街道网站和居民区公布，并与年度考核优秀和奖励金挂钩。
@H1 sec=achievements alt=measures | 三、加强街道文化建设，以文化活动为纽带，凝聚
""",
    ),
    dict(
        name="fresh53_08_joint_school_2023_safety_summary",
        source="https://1566.cn/zongjie/xuexiaozongjie/17055443814528.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a joint school office's (联校) 2023 safety summary. The sample "
               "marker '第一篇' and the word count '2800字' on the title line were dropped.",
               "Numbering '（一）、' (bracket plus 、) at level 2 under 一、一年来的工作 (achievements); a third level "
               "'1、举办安全教育专题活动' under （三）、开展安全活动.",
               "The page ends inside the body of 1、 ('交通安全教育：教育学'); the rewritten body keeps the fragment."],
        units=["联校"],
        text="""\
@T | 2023年学校安全工作总结及今后工作重点
安全工作是学校的重中之重，关系教学秩序和师生生命财产安全。联校按“平安和谐校园”和上级文件要求，坚持“安全第一、预防为主”的方针和“以人为本、生命高于一切”的理念，把安全工作落到实处。为总结经验、查找问题、消除隐患，现将联校安全管理工作总结如下：
@H1 sec=achievements | 一、一年来的工作
@H2 | （一）、规范安全管理
联校健全机构，落实责任制，制定“平安和谐校园”工作计划、责任追究制和突发事件应急预案；定期召开安全工作会议，坚持“谁主管，谁负责”，校长亲自抓。联校与各校、学校与班级签订安全责任书，实行领导承包、教师包片，不定期检查和随时检查相结合，并制定安全考核奖惩细则。
@H2 | （二）、营造安全氛围
联校整治学校周边环境，与家庭、社会协作建立安全防范体系；利用校园网、广播室、宣传栏、国旗下讲话、黑板报和各种会议宣传安全知识，开展讲座和主题班会，让人人重视安全、人人负责。
@H2 | （三）、开展安全活动
@H3 | 1、举办安全教育专题活动
主要开展了家庭安全教育，教育学生注意居家安全，保管好钥匙，安全用电、用火、用气；交通安全教育：教育学
""",
    ),
    dict(
        name="fresh53_09_town_government_2023_work_plan",
        source="http://www.zhangzi.gov.cn/zzxxgk/zfxxgk/bmxxgk/xzxx/nzzrmzf/nzgknr/GH/202212/t20221229_2689474.html",
        doc_kind="plan", partial=True,
        notes=["A town government's 2023 work plan (南漳镇人民政府, 长子县) from the county's open-government pages. The "
               "metadata table (索引号, 发文机关, 主题词, 发布日期 …) and the font-size bar were dropped; the title is the "
               "table's 标题 value, kept as the title line (the page shows no other title line).",
               "Task areas are run-in '一是扎实推进产业强镇。…' headings (level 1, goals, measures accepted). Under 一是 the "
               "five projects '（一）中药材种植产业园项目：该项目位于…' are items (level 2; text cut at the colon).",
               "Construction dates inside the project items ('预计2022年12月开工建设，2023年5月竣工') are not phases. The "
               "page ends inside 二是 ('…系列活')."],
        units=["镇党委政府"],
        text="""\
@T | 南漳镇人民政府2023年工作计划
@H1 sec=goals alt=measures | 一是扎实推进产业强镇。乡村振兴，产业先行。2023年我镇把产业振兴放在乡村振兴的首位，发挥农业乡镇优势，以“农业增效、农民增收、农村发展”为目标，在“抓产业、调结构、育特色、强品牌”上用力，补齐农业产业链，推动产业高质量发展。2023年，镇党委政府共谋划农业项目5个：
@I2 alt=measures | （一）中药材种植产业园项目：位于我镇东王内村，总投资120万元，占地500余亩，正在流转土地，预计2022年12月开工建设，2023年5月竣工。
@I2 alt=measures | （二）西瓜种植产业园项目：位于我镇北漳村，总投资400万元，占地400余亩，正在流转土地，预计2022年12月开工建设，2023年3月竣工。
@I2 alt=measures | （三）高标准大棚园区项目：位于我镇东常村，总投资500万元，占地120亩，预计2023年1月开工建设。
@I2 alt=measures | （四）酒村净菜加工项目：占地10亩，预计投资1000余万元；蔬菜经清洗、消毒、切丝、杀菌、烘干、包装后冷链贮运，销往各地，从田间直达餐桌，预计2022年12月开工建设。
@I2 alt=measures | （五）南李末村蔬菜保鲜库项目：预计总投资300余万元，占地2000余平方米，库容15000余立方米，年周转蔬菜40000余吨，预计2023年3月开工建设。
@H1 sec=goals alt=measures | 二是全面推进党的建设。组织好、开展好学习贯彻党的二十大精神系列活
""",
    ),
    dict(
        name="fresh53_10_county_womens_federation_talent_summary",
        source="https://xiexiebang.com/a4/7d4577e879949f4f.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a county women's federation's summary of its work on women "
               "talent (县妇联; the region is Xinjiang: '疆内外', '新疆妇女干部学校'). The sample number line ('妇联工作总结1') "
               "was dropped; the page title is the title.",
               "Four 一、… headings ending in '。' (achievements); under 四、 two 1、 headings: '1、建立职业教育实训基地。…' "
               "run in with its body, '2、加大妇女干部素质教育' alone without punctuation, its body on the next line.",
               "The page's empty quotation marks '认真实施“”妇联干部培训规划' (a plan name lost) are kept. The page ends "
               "mid-sentence ('组织19名村致富女能')."],
        units=["县妇联"],
        text="""\
@T | 妇联工作总结
@H1 sec=achievements | 一、建立健全领导机构。
坚持党管人才，健全领导机构，加强组织领导，采取有效措施为妇女人才成长创造条件、搭建平台、提供服务，推动妇女人才工作落到实处。
@H1 sec=achievements | 二、积极营造妇女人才成长的良好环境。
深入开展三八红旗手、巾帼建功标兵和三学三比能手等先进典型评选表彰，借助报刊、电视、广播、网络宣传优秀妇女典型；县妇联在县级以上媒体发表稿件190余篇，编发《妇女工作信息》十四期。
@H1 sec=achievements | 三、积极推进妇女人才队伍建设。
健全妇女人才工作机制，提高女人大代表、女政协委员比例，村妇代会主任优化配备和基层妇联专兼职干部配备率均达100%；建立各类妇女人才库，女人大代表占25.9%，女政协委员占22.5%，女党员占27.9%，村妇代会主任取得女农民技术员职称和成为致富带头人的比率达95%；完成县、乡镇妇联换届。
@H1 sec=achievements | 四、加强教育培训，提高妇女素质。
积极创造条件，加大疆内外培训力度，有计划地推进妇联干部内外交流，提升综合素质。
@H2 | 1、建立职业教育实训基地。依托职教中心建立美容美发、计算机操作、手工编织实训基地，已培训妇女2期120人。
@H2 | 2、加大妇女干部素质教育
认真实施“”妇联干部培训规划，深入基层开展农村妇女远程教育培训12次、女致富带头人培训12次，参训1800余人；推荐12名基层妇联干部到新疆妇女干部学校培训，组织19名村致富女能
""",
    ),
]
