# -*- coding: utf-8 -*-
"""The hundredth held-out fresh set: WORK SUMMARIES (工作总结 / 年终总结 / 半年总结,
and two annual or half-year reports that do the work of a summary) by a
subdistrict, townships, a town party committee, a school, a construction
bureau and a district health bureau, whose parts are NOT numbered 一、二、 in
the usual way: unnumbered part headings on their own lines, run-in
unnumbered labels, parts named by a whole sentence, dash-led and
dash-framed points, 一是 parts and discourse-marker parts (其次 / 第三).
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is a source of an
earlier set or of a set built at the same time (checked against every
exclusion list and label file under /work/fresh*/ and tests/corpus_*/, and a
heading of each page grepped across them).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, sample numbers, share
  lines) was dropped.
- Heading and title lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH100_DOCS = [
    dict(
        name="fresh100_01_subdistrict_2015_summary_runin_labels",
        source="https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=8467bf80-32ac-4fdd-818f-de6ac9053c90",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict's (五角场街道, 杨浦区) annual summary and next-year arrangements from the district's "
               "open-government pages; the posting date after the title ('2016-03-07') was dropped as page metadata.",
               "The first part shown is '（一）夯实基础，统筹兼顾，社区民生持续改善', a heading that is a whole clause; "
               "the page shows no '一、…' above it, so it is level 1 by convention with level 2 accepted (a part such as "
               "'一、2015年工作回顾' is presumably missing).",
               "Under it the points are unnumbered run-in labels ending in '。' ('落实各项基本保障。1月至10月…'), "
               "labelled headings at level 2 (level 3 accepted), kind achievements. '1月至10月' / '1-10月' are "
               "reporting periods inside statements, not phases.",
               "The page ends inside the fourth label's body ('…事务受理中心1-10月共受理事')."],
        units=["街道办事处", "事务受理中心"],
        text="""\
@T | 五角场街道2015年工作总结和2016年工作安排
2015年，街道办事处在区委、区政府领导下，以党的十八大和十八届三中、四中、五中全会精神为指引，围绕杨浦建设具有全球影响力的科创中心重要承载区这条主线，以夯实基层基础、创新社会治理为重点，巩固“党建引领、政府推进、五区联动、依法治理”的社区共治格局，完成了年初确定的各项目标任务。
@H1 sec=achievements lvlalt=2 | （一）夯实基础，统筹兼顾，社区民生持续改善
街道坚持民生为本，聚焦群众急难愁问题落实惠民政策，就业创业、社区服务、市容环境等10类46项社区实事项目全部完成。
@H2 lvlalt=3 | 落实各项基本保障。1月至10月救助困难对象9307人次，支出助困金581.1万元；受理公租房65户，新增廉租住房租金补贴家庭40户，发放租金补贴312.2万元。
@H2 lvlalt=3 | 巩固国家级充分就业社区创建成果。加大就业扶持，完善“启航”导师机制，帮助35名长期失业青年就业，社区总体就业率为96.50%。
@H2 lvlalt=3 | 特殊群体持续关爱。深化“老年宜居社区”建设，做实“老年服务中心”并增设为老综合服务窗口；街道敬老院改建基本完成；组织212名残疾人免费体检；1-10月发放各类优抚、双退补助金1585.4万元，为独生子女困难家庭办理和赠送保险563份。
@H2 lvlalt=3 | 社区服务网络不断深化。扩大“一口受理”业务事项，“一口受理”比例达到70%，事务受理中心1-10月共受理事
""",
    ),
    dict(
        name="fresh100_02_township_annual_summary_dash_points",
        source="https://haowendang.cn/view-s282p0c122933.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's annual summary followed by its next-stage ideas (the second part is not in view), from a "
               "document-sharing site; the year and figures are masked in the source ('xxxx年', 'xx.x亿元') and kept.",
               "Under '一、xxxx年工作总结' and its opening paragraph come three dash-led run-in points "
               "('——经济发展强劲有力。…'), numbering '——', labelled headings at level 2, kind achievements (the year's "
               "headline results). After the lead-in '一年来，主要做了以下工作：' (body) the parts are whole-clause "
               "headings run in with their bodies, '（一）持续壮产业，在转型升级中点燃发展引擎。…', also level 2 "
               "under 一、.",
               "Inside the （一） line the page runs a second label on ('着力推动三产融合。'); it stays in the line and "
               "is not labelled (middle of a paragraph). The page ends inside （一） ('…全年种植面')."],
        units=[],
        text="""\
@T | 乡镇年度工作总结和下阶段城乡融合发展工作思路
@H1 sec=achievements | 一、xxxx年工作总结
xxxx年是“十四五”开局之年，也是建党百年。全镇在市委市政府和镇党委领导下、在镇人大和社会各界监督支持下，统筹强经济、优环境、惠民生、防风险，力争疫情防控和经济社会发展双胜利。
@H2 | ——经济发展强劲有力。顶住疫情和能耗双控的压力，经济较快复苏：预计财政总收入xx.x亿元，增长xx%；全社会固定资产投资xx.x亿元；城乡居民人均可支配收入xxxxx元和xxxxx元，分别增长x.x%和x.x%。
@H2 | ——疫情防控蹄疾步稳。全镇严防死守，排查境外返（来）虹人员xxx人、国内中高风险地区返（来）虹人员xxxx余人，完成疫苗接种xx万剂次。
@H2 | ——条线工作捷报频传。在全国百强镇中升至第xx位，创成省园林城镇、省文化礼堂示范镇，电子智联小镇入选省优秀特色小镇创建名单，全国卫生镇创建通过验收；获各级主流媒体关注xx余次。
一年来，主要做了以下工作：
@H2 | （一）持续壮产业，在转型升级中点燃发展引擎。着力推动三产融合。三次产业结构继续优化，xxxx年为x.x:xx.x:xx.x；申报示范性家庭农场合作社x家、农业物联网基地x家，粮食生产再获丰收，全年种植面
""",
    ),
    dict(
        name="fresh100_03_township_government_annual_summary_sentence_parts",
        source="https://haowendang.cn/view-s282p0c116549.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township government's annual summary with its next-year plan (the plan part is not in view), from a "
               "document-sharing site; names and figures masked in the source ('xx镇', 'xx个') are kept.",
               "After '一、xxxx年工作回顾和“十三五”发展成效' and its opening, each part is named by a whole sentence "
               "that opens its own paragraph, '一年来，我们上下同心，坚决打赢疫情防控阻击战，为…动力。…', unnumbered; "
               "labelled headings at level 2, kind achievements; the heading text is the first sentence.",
               "The page ends inside the second part ('投入资金xxx万元，')."],
        units=["疫情防控工作领导小组"],
        text="""\
@T | 乡镇人民政府年度工作总结及下一步工作计划
@H1 sec=achievements | 一、xxxx年工作回顾和“十三五”发展成效
xxxx年是全面建成小康社会和“十三五”规划的收官之年。面对新冠肺炎疫情的冲击，全镇在县委、县政府和镇党委领导下统筹防控和发展，完成百日攻坚、脱贫攻坚、美丽城镇建设等重点任务，打造了“首批省级美丽城镇示范样板、山区民族乡镇基层治理省级样板、农业绿色发展市级示范区”三大标杆，做到“两手硬、两战赢”。
@H2 | 一年来，我们上下同心，坚决打赢疫情防控阻击战，为社会经济稳定发展注入强大的信心和动力。镇里第一时间成立疫情防控工作领导小组，建立“全域全员”防控机制，党委班子包村防控；设村级卡点xx个，落实xx小时轮班值守。为阻断文成、泰顺等高风险地区输入，xx镇牵头卫生、公安等部门组建疫情“防控联盟”，整合大东景雁“一镇三乡”力量，守住龙井隧道和杨斜x个县级卡口。
@H2 | 一年来，我们真抓实干，有序推进乡村振兴，生态经济发展呈现向好态势。新建白茶、蔬菜、水果等“景宁xxx”农林基地xx个，新增农林基地xxxx.xx亩，建成生态茶园xxx亩、茶叶加工厂x家；引进肉兔、肉牛养殖场各x家；完成粮食播种xxxx亩、生猪出栏xxxxx头。投入资金xxx万元，
""",
    ),
    dict(
        name="fresh100_04_town_party_committee_term_summary_dashed_labels",
        source="https://1mishu.com/article/shuzhibaogao/dwzj/200701/63840.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town party committee's summary of its term since the 2001 election (涟源市, 娄底市), from a sample "
               "site; the site's preface line ('前言：本站为你精心整理了…') was dropped. The title is a main title plus a "
               "'——镇党委工作总结' subtitle, both title lines, joined.",
               "The top part is named by a whole sentence ending in '。': '一、强核心，聚人心，始终把强化班子和干部队伍"
               "建设工作放在各项工作之首。', level 1, kind achievements. The line after it (a quoted saying and a "
               "statement) is body.",
               "The sub-part is framed by dashes on both sides and runs straight into its body without punctuation: "
               "'——抓班子队伍强核心——几年来，…'; labelled heading at level 2, numbering '——', text set by hand to "
               "'——抓班子队伍强核心——' (the automatic cut at '。' would take the body along).",
               "The page ends inside that body ('…镇机关形成了一心一意搞建设，全')."],
        units=["镇党委"],
        text="""\
@T | 戮力同心谋发展热血丹心为人民
@T | ——镇党委工作总结
本届镇党委自2001年换届以来，以邓小平理论和“三个代表”重要思想为指导，贯彻党的十六大、十六届三中、四中全会精神，带领全镇干部群众苦干实干，“三个文明”建设成绩突出：连续5年被娄底市评为计划生育、土地管理先进单位；2003年、2004年分获涟源市“三个文明”建设目标管理第二名、第一名，并被评为娄底市综合治理先进单位和娄底市五个好乡镇党委；2005年各项任务也圆满完成。现将本届党委5年来的工作简要回顾如下：
@H1 sec=achievements | 一、强核心，聚人心，始终把强化班子和干部队伍建设工作放在各项工作之首。
“干部力量决定着事业的成败”，镇党委把调动干部的主观能动性当作推动全镇工作的原动力。
@H2 text=——抓班子队伍强核心—— | ——抓班子队伍强核心——几年来，镇党委在班子建设上坚持“增进团结，提高水平，做好表率”，定期开沟心通气会，开展批评和自我批评，完善党委议事制度，重大事项民主决策、集体议决；常开党政联席会，协调党委与政府的工作，形成党政合力。镇机关形成了一心一意搞建设，全
""",
    ),
    dict(
        name="fresh100_05_school_2021_staff_congress_report_yishi_parts",
        source="https://mtfww.com/zh-my/zongjie/xuexiao/1gmvzp.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A school's 2021 annual work report to its staff congress (教职工代表大会), filed by the site under 学校工作"
               "总结: it reviews the year's work like a summary and is delivered like a speech (salutation, greetings), "
               "so summary and speech are accepted kinds.",
               "The page shows the title, a column line, the salutation and then the title again before the first "
               "paragraph; the column line and the repeated title were dropped, the title kept as line 1 and the "
               "salutation '各位代表，同志们：' kept as body.",
               "After two opening paragraphs the parts are 一是 points run in with their bodies, '一是教学教研硕果"
               "累累。教学是学校工作的中心。…', labelled headings at level 1 (top level shown), numbering style 一是, "
               "kind achievements. The page ends inside the first point ('…保障了全校师生员工的')."],
        units=[],
        text="""\
@T | 2021年度学校工作报告
各位代表，同志们：
在初雪见晴、薄霜铺地的时节，我们召开全校教职工代表大会。这是教职工参与学校民主管理、为学校发展献计献策的大事，对科学管理、民主决策和民主监督，对明确办学思路、提高办学水平都有重要意义。我代表学校向大会表示祝贺，向各位代表和全体教职工表示感谢和问候！
2021年是“十四五”开局之年，也是中国共产党成立100周年。一年来，我校在市委、市政府，县委、县政府和教育行政部门领导下，贯彻党的教育方针，实施素质教育，秉承“为师生谋幸福，为社会担责任”的办学理念，防疫教学两手抓，各项工作取得了满意的成绩。
@H1 sec=achievements | 一是教学教研硕果累累。教学是学校工作的中心。学校突出教学的核心地位，强化追求一流的质量意识，教学质量有了新突破。2021年疫情防控形势依然严峻，学校织密防控网，坚持防疫教学两不误，做到防疫常态化、教学规范化，保障了全校师生员工的
""",
    ),
    dict(
        name="fresh100_06_construction_bureau_community_building_summary_sample",
        source="http://m.kj-cy.cn/htm/2013418/21965.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('社区建设工作总结'): a county construction bureau's summary of "
               "what it did to support community building. The collection title and the sample label "
               "('篇一：社区建设工作总结范文') were dropped; the sample has no title line of its own, so title is null.",
               "The opening ends in the lead-in '我们的做法是：' (body). The only part shown is '一、健全网络，在形成合力上"
               "支持社区建设', level 1, kind achievements. Its first point is an unmarked body paragraph; the next two "
               "open with discourse markers, '其次，我局注重与所在社区加强联系和沟通。…' and '第三，我局注重培育…"
               "社区意识。…', labelled items at level 2 (as corpus-dev labels 首先-type points), numbering 其次 "
               "(style 首先) and 第三 (style 第一).",
               "'2003年' dates an event inside a body line, not a phase. The page ends inside the third point "
               "('…催生社区的责任感、使命感，形')."],
        units=["建设局", "房管局", "城西居委会", "业主管理委员会"],
        text="""\
近年来，我们建设局在抓好本部门三个文明建设、推进城市建设的同时，积极参与社区各项建设，取得了初步成效。我们的做法是：
@H1 sec=achievements | 一、健全网络，在形成合力上支持社区建设
我局认识到，社区建设光靠党委政府不够，必须取得驻区单位的全力支持，发挥驻区单位的作用。
居委会设立了社区服务、城市管理、文明共建、计划生育、综合治理、党政教育等6个领导小组，明确各自职责，并常召集成员单位负责人开联席会议研究难题。2003年，我局与房管局共同牵头，帮助城西居委会成立业主管理委员会，由我局一名副局长任会长，为物业管理提供了组织保障。
@I2 | 其次，我局注重与所在社区加强联系和沟通。我们主动与居委会交流工作动态，重大活动事先通气、相互配合，拉近了距离，增进了感情，初步形成社区共建的良性机制。
@I2 | 第三，我局注重培育各驻区单位和社区居民的社区意识。“两会”与成员单位之间不是领导关系，只能靠组织协调；我局作为成员单位和牵头单位，在开发利用社区资源的同时广泛宣传发动，让机关企事业单位、群众团体和居民都参与社区事务，使大家在参与社区建设中催生社区的责任感、使命感，形
""",
    ),
    dict(
        name="fresh100_07_township_2022_halfyear_government_report_sentence_parts",
        source="http://cailiaogo.com/index/article/detail/detail_id/20632.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township government's half-year work report to its people's congress (names and figures masked: "
               "'xx镇', 'xxx万元'), from a materials site; the title line keeps the site's '（镇乡）' tag; the "
               "share and copyright lines after the text were dropped. It reviews the first half-year like a 半年总结, "
               "so summary is accepted.",
               "Structure without any numbering: the salutation '各位代表：' and the opening are body; '上半年工作回顾' is "
               "a part heading on its own line (level 1, kind achievements); after a general paragraph, the sub-part is "
               "named by a whole sentence on its own line, '半年来，我们聚焦经济发展，全面提质增效，综合实力有力提升。' "
               "(level 2); under it come run-in labels ending in '。' ('经济指标实现新跃升。…'), level 3.",
               "'上半年' and the project dates are not phases. The page ends after the third label."],
        units=["xx镇人民政府"],
        text="""\
@T | 2022年上半年政府工作报告（镇乡）
各位代表：
我代表xx镇人民政府向大会报告政府工作，请予审议，并请列席同志提出意见。
@H1 sec=achievements | 上半年工作回顾
今年上半年，我镇以习近平新时代中国特色社会主义思想为指导，在区委、区政府和镇党委领导下、在镇人大监督支持下，坚持稳中求进，统筹稳定与发展，较好完成了各项任务，为全年创先争优打下基础。
@H2 | 半年来，我们聚焦经济发展，全面提质增效，综合实力有力提升。
@H3 | 经济指标实现新跃升。规上工业增加值完成xxx万元，增长x.x%；社会消费品零售额xxxxx万元，增长x%；社会固定资产投资xxxxx万元；农村常住居民人均可支配收入xxxxx元，增长x.x%。
@H3 | 项目建设取得新进展。xx城市防洪芦桥沟排涝泵站工程和xx河xx圩堤加固工程主体基本完工；生态养殖及有机肥生产车间建成投用；xx中心校和卫生院主体完工；xx加工与包装项目完成招标；单晶硅征迁已签约xxx户xxxxx平方米。
@H3 | 现代农业进入新阶段。推行农业生产全程托管社会化服务，完成小麦“一喷三防”x.x万亩，平均亩产xxxx斤以上，秸秆综合利用率xx%以上；推进x.x万亩高标准农田建设，培训高素质农民xx人次。
""",
    ),
    dict(
        name="fresh100_08_district_health_bureau_annual_summary_sentence_parts",
        source="https://m.wenke99.com/p-5994241.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district health and family-planning bureau's (卫计局, 武陵区) annual summary from a document-sharing "
               "site whose text arrives as one run-together block; it was split into lines at the paragraph breaks "
               "the spacing shows. The source's masking ('201X年', '献礼_') and conversion substitutions in the "
               "honours ('方案生育' for 计划生育, '流淌人口' for 流动人口, '胜利创建' for 成功创建) are kept.",
               "The part is named by a whole sentence standing as its own paragraph, '一年来，我们竞进有为，不折不扣"
               "深化医药卫生体制改革，医卫力量有新提升。', labelled heading at level 1, kind achievements; under it "
               "'一是努力构建区域医联体。…' is a run-in 一是 heading at level 2.",
               "The page ends inside the first 一是 point ('…市三医院、市一')."],
        units=["武陵区人民医院联盟"],
        text="""\
@T | 2021年度卫计局工作总结
201X年是卫生计生献礼_的关键之年。一年来，我们在区委区政府领导下克难求进，全面完成了各项目标任务：再获全省方案生育工作优秀单位、全市方案生育工作优秀单位称号，保持全省基本公共卫生工作先进单位和全省方案生育协会模范单位称号，获评全市孕产妇免费产前筛查项目先进单位，丹阳街道胜利创建全省流淌人口均等化服务示范单位。
@H1 sec=achievements | 一年来，我们竞进有为，不折不扣深化医药卫生体制改革，医卫力量有新提升。
@H2 | 一是努力构建区域医联体。联合常德市第三人民医院、常德市第七人民医院、常德高职院附属二医院和14家乡镇卫生院、社区卫生服务中心组建综合医联体“武陵区人民医院联盟”；联合常德市第一中医院及芷兰、丹阳、穿紫河社区卫生服务中心组建中医特色专科医联体；联合常德市妇幼保健院和全区14家乡街卫生院、中心组建妇幼保健专科医联体，形成小医院联大医院、小科室联大科室、小医生联大专家的服务体系。市三医院、市一
""",
    ),
]
