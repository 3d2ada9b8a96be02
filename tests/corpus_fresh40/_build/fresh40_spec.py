# -*- coding: utf-8 -*-
"""The fortieth held-out fresh set: DOCUMENTS DELIVERED AT MEETINGS.  Work
reports read at a people's congress, a youth-league congress and a staff
congress (镇政府工作报告, 人民检察院工作报告, 中级人民法院工作报告, 团代会报告,
教代会上的学校工作报告) and speeches (讲话 / 致辞) by school principals at
opening ceremonies, county and town party secretaries at work meetings and a
group company's head.  Their front matter is kept as the page shows it
(sample and own title lines, ——date and occasion lines, speaker lines,
salutations 各位代表：/同志们：), and the labels record the document's own title
only.  Found as stored public web pages with the `search` tool's `pages`
corpus (log in notes_queries.txt).  None of the source pages is a source of
an earlier set (checked against every label file and the used_sources /
excluded_urls lists of /work/fresh29 .. /work/fresh39).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, collection titles, 小编 blurbs, sample numbers) was dropped.
- Heading, title and front-matter lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped (speaker lines keep the office only).

Marker syntax: see fresh_build/build.py.
"""

FRESH40_DOCS = [
    dict(
        name="fresh40_01_town_2014_government_work_report",
        source="http://guakaob.com/shiyongwendang/519316.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A town government's work report to the town people's congress (2014, on 2013), the first sample "
               "('篇一') of a collection page; the site's page title, the tag line '| 报告 |', the site mark "
               "'【www.guakaob.com--报告】' and the sample heading '篇一:乡镇人大会,政府工作报告' were dropped.",
               "Front matter kept as the page shows it: a sample title '镇人代会政府工作报告', the document's own title "
               "'XX镇政府工作报告' (both title lines; title = the own title), the date line with blanks '2014年 月 日', "
               "the speaker line '镇长 XX' (masked in the source) and the salutation '各位代表：'; the date, speaker and "
               "salutation lines are body, never labelled.",
               "'2013年工作回顾' is an unnumbered part heading on its own line (level 1, achievements); '一、一年来，我们"
               "致力于农业主导、工业强镇，发展基础进一步夯实' is level 2 under it. A bare '1' stands on its own line after "
               "一、 (a page number or a lost sub-number: kept as it is, not labelled); the next line '农业农村经济稳中有升。"
               "…' is a run-in sentence heading, level 3, text cut at the first '。'.",
               "doc_kind report (a 政府工作报告); summary accepted because the visible part is the review only, speech "
               "accepted because it is read out to the congress ('各位代表：'). The page ends inside the level-3 "
               "paragraph ('…奖补金额205.08万元。完')."],
        units=["镇人民政府"],
        title_override="XX镇政府工作报告",
        text="""\
@T | 镇人代会政府工作报告
@T | XX镇政府工作报告
2014年 月 日
镇长 XX
各位代表：
现在，我代表镇人民政府向大会报告工作，请各位代表审查，也请镇政协委员提出意见。
@H1 sec=achievements | 2013年工作回顾
过去一年经济形势复杂、发展任务繁重。在县委、县政府和镇党委领导下，在镇人大、政协监督支持下，镇政府依靠全镇人民，以党的十八大和十八届三中全会精神统揽全局，按照镇党委“XXX、XXX”的工作思路实干拼搏，经济平稳较快发展，社会和谐稳定。全年国民生产总值（GDP）41045.58万元，增速11%；财政一般预算收入任务174万，实际完成198万，其中税收性一般预算收入174万；财政支出年初预算1184万、调整预算1506万，实际支出1504万；农业增加值同比增长4.5%，农村人均纯收入8880元，同比增长15%。
@H2 | 一、一年来，我们致力于农业主导、工业强镇，发展基础进一步夯实
1
@H3 | 农业农村经济稳中有升。坚持“农业主导”，落实惠农政策，全年发放各类惠农补贴956万余元，政策性农业保险45757.49亩；粮食播种84911亩，产量28360吨；生猪出栏5.9万头，产值9585万元；小家禽出栏96万只，产值2959万元；培育出栏50头以上的养殖大户23户，16个农民专业合作社中有2个成功申报县级合作社；继续发展蚕桑和柠檬特色产业，养蚕11750余张，产值1864万余元，柠檬种植4000余亩，产量4820吨，产值77.12万元。4个村开展“一事一议”，筹资33.5万元，涉及财政奖补项目5个，奖补金额205.08万元。完
""",
    ),
    dict(
        name="fresh40_02_town_congress_five_year_government_report",
        source="https://laobiganzi.top/165332.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A town government's report to the first session of a new town people's congress, reviewing five years; "
               "the town, the region and the dates are masked in the source ('xx镇', 'xxxx年x月', '“x+x+x”') and kept so.",
               "Title line '在xx镇人民代表大会第一次会议上的政府工作报告' (the occasion is part of the title); salutation "
               "'各位代表：' is body.",
               "一、五年来工作回顾 (achievements) holds standalone level-2 headings ending in '。' ('（一）全民抗击新冠疫情，"
               "有力保障人民群众生命安全。'), text without the '。'. The page's paywall line '（阅读全部图文内容，您需要先"
               "登录！）' after （二） is kept as site debris and not labelled; （二） is a bare last heading.",
               "doc_kind report; summary accepted (review only visible), speech accepted (read out to the congress)."],
        units=["xx镇人民政府"],
        text="""\
@T | 在xx镇人民代表大会第一次会议上的政府工作报告
各位代表：
现在，我代表xx镇人民政府向大会作政府工作报告，请予审议，并请列席会议的同志提出意见。
@H1 sec=achievements | 一、五年来工作回顾
五年来，在区委、区政府和镇委领导下，在人大监督下，我镇以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和历次全会精神，落实总书记出席xx经济特区建立xx周年庆祝大会和视察xx时的重要讲话精神，落实省委“x+x+x”部署和市委“xxxx”工程，以乡村振兴为总抓手，克服新冠疫情影响，推动xx经济社会健康发展。
@H2 | （一）全民抗击新冠疫情，有力保障人民群众生命安全。
xxxx年x月疫情暴发后，我镇把群众生命安全放在首位，第一时间组织各部门和各村（居）投入防疫一线，动员党员、民兵、社会团体和乡贤企业参与防控；此后健全常态化防控机制，发挥公安、卫生和村（居）的主力作用，做好涉疫人员排查和重点场所、重点行业防控，加快推进新冠疫苗接种。
@H2 | （二）深入开展污染整治，持续改善生态环境质量。
（阅读全部图文内容，您需要先登录！）
""",
    ),
    dict(
        name="fresh40_03_provincial_procuratorate_2007_work_report",
        source="https://m.folksfolks.com/wmf/2008-01/21/content_1445224.htm",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A provincial procuratorate's work report to the provincial people's congress (福建省人民检察院, January "
               "2007, on 2006), reprinted from a newspaper; the site's address, posting time and '来源：福建日报' line was "
               "dropped.",
               "Front matter as the page shows it: the title '福建省人民检察院工作报告' (the only title line), the occasion "
               "line '――2007年1月26日在福建省第十届人民代表大会第五次会议上' (led by the page's two U+2015 bars '――', "
               "kept), the speaker line (the procurator-general's office; his name was dropped) and '各位代表：'. The "
               "occasion and speaker lines are body: not the title, not headings.",
               "一、检察工作在新的起点上迈出新步伐 is level 1, achievements (the year's work reviewed); '（一）社会主义法治理念"
               "教育扎实开展。…' is a run-in level-2 heading, text cut at the first '。'. The page ends inside （一） "
               "('…落实到具体')."],
        units=["福建省人民检察院", "全省检察机关"],
        text="""\
@T | 福建省人民检察院工作报告
――2007年1月26日在福建省第十届人民代表大会第五次会议上
福建省人民检察院检察长
各位代表：
现在，我代表省人民检察院向大会报告工作，请予审议，并请各位政协委员提出意见。
@H1 sec=achievements | 一、检察工作在新的起点上迈出新步伐
2006年，党中央作出《关于进一步加强人民法院、人民检察院工作的决定》，最高人民检察院召开第十二次全国检察工作会议，检察事业进入新的发展阶段。全省检察机关以邓小平理论和“三个代表”重要思想为指导，落实科学发展观，围绕构建和谐社会和海峡西岸经济区建设，贯彻党的十六届五中、六中全会和省第八次党代会精神，执行省十届人大四次会议决议，践行“强化法律监督，维护公平正义”的检察工作主题，推进检察体制和工作机制改革，加强队伍和基层检察院建设。
@H2 | （一）社会主义法治理念教育扎实开展。按中央、省委和高检院部署，把法治理念教育作为队伍思想政治建设的重大举措，与社会主义荣辱观教育、执法规范化建设和各项检察业务结合起来，围绕“依法治国、执法为民、公平正义、服务大局、党的领导”五个方面多形式学习培训；宣传先进与剖析反面典型并举，查摆整改执法中的突出问题，规范执法行为、完善执法制度，力求把法治理念的要求落实到具体
""",
    ),
    dict(
        name="fresh40_04_city_intermediate_court_work_report",
        source="https://hhscyy.com/fanwendaquan/gongwenfanwen/11729.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A city intermediate people's court's work report to the city people's congress, reviewing five years "
               "('xx市中级人民法院', an autonomous region: '自治区高院'); the site's line '下面是小编为大家整理的2023年法院院长在"
               "X市人民代表大会会议上讲话（人民法院工作报告）【完整版】，供大家参考。' was dropped. The document shows no "
               "title line of its own (the page title only appears inside that blurb), so title is null; it starts "
               "with the salutation '各位代表：' (body).",
               "'过去五年工作回顾' is an unnumbered part heading (level 1, achievements) with 一、 and 二、 below it at "
               "level 2. The page breaks one paragraph after '；' ('…肯定推广；' / '有四个年度…'): kept as two body lines. "
               "The figures are masked in the source ('xxxxxx件', 'xxx.xx%') and kept. The page ends inside 二、's body "
               "('…法定（第一次）审限内结案率').",
               "doc_kind report; summary accepted (review only visible), speech accepted (the page itself calls it the "
               "president's 讲话 at the congress)."],
        units=["xx市中级人民法院"],
        text="""\
各位代表：
我代表xx市中级人民法院向大会报告工作，请予审议，并请市政协委员和列席会议的同志提出意见。
@H1 sec=achievements | 过去五年工作回顾
市第五届人大第一次会议以来，全市法院在市委领导、市人大及其常委会监督、市政府和政协及社会各界支持、自治区高院指导下，贯彻党的十九大和历次全会精神，学习贯彻习近平法治思想，发挥审判职能，为xx经济社会发展和法治xx、平安xx建设提供司法保障。五年来，家事审判、未成年人保护、破产案件办理、执行和党建等方面的经验xx次在全国、全区法院会议上获肯定推广；
有四个年度获评全区法院绩效考评一等奖和先进集体。
@H2 | 一、坚持党的绝对领导，政治建设不断加强
扎实开展“两学一做”、“不忘初心、牢记使命”主题教育、党史学习教育和政法队伍教育整顿，树牢“四个意识”、坚定“四个自信”、做到“两个维护”；执行《中国共产党政法工作条例》和《中国共产党重大事项请示报告条例》，落实中央、自治区党委和市委部署，确保法院工作正确政治方向。
@H2 | 二、强化审判职能，审判质效和司法公信力不断提升
五年来共受理各类案件xxxxxx件，审（执）结xxxxxx件，与上五年相比分别增长xxx.xx%、xxx.xx%，法定（第一次）审限内结案率
""",
    ),
    dict(
        name="fresh40_05_district_youth_league_congress_report",
        source="https://m.1wenmi.com/doc/20506.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A district youth-league committee's report to its 20th congress (共青团XX市XX区, masked), from a "
               "document-sharing page: the upload line '《在共青团XX市XX区第二十次代表大会上的报告(团代会报告).docx》由会员"
               "分享…' was dropped. The store ran the title, the salutation and the opening into one chunk led by the "
               "chunk marker '1、': the leading '1、' was dropped and the title and the salutation '各位代表、同志们：' put on "
               "their own lines.",
               "The site's chunk markers '2、' and '3、' are kept where they fall, splitting words ('…建设排头' / "
               "'2、兵贡献青春力量。…', '…荣获全国' / '3、县区级示范性青少年校外活动场所'); those lines are debris, "
               "never labelled.",
               "The store lost the break after the heading: '一、过去五年的工作过去的五年，…' runs straight into its body "
               "(kept glued; text set by hand to '一、过去五年的工作'), level 1, achievements. Leaders' names in the body "
               "were dropped (offices kept)."],
        units=["共青团XX市XX区第十九届委员会", "团区委"],
        text="""\
@T | 在共青团XX市XX区第二十次代表大会上的报告
各位代表、同志们：
共青团XX市XX区第二十次代表大会在我区收官“十三五”、谋划“十四五”之际召开。大会以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届二中、三中、四中全会精神，学习总书记在浙江、XX考察时的讲话精神，落实区委和团市委部署，回顾区第十九次团代会以来的工作，部署今后五年XX共青团的目标任务，选举第二十届委员会，带领全区团员青年投身“三个全域”建设，争当“重要窗口”建设排头
2、兵贡献青春力量。现在，我代表共青团XX市XX区第十九届委员会向大会作报告，请予审议。
@H1 sec=achievements text=一、过去五年的工作 | 一、过去五年的工作过去的五年，是激情昂扬、充满挑战的五年。在区委区政府和上级团委领导下，团区委把握时代脉搏、推进共青团改革，各项工作稳步发展；中央和团中央领导先后来调研并肯定XX共青团工作，梦想小镇共青团改革试点获省委书记批示肯定；团区委先后获评全国G20峰会志愿服务工作先进集体、浙江省先进团委、XX市先进团委、XX市服务保障G20峰会工作先进集体和XX市“平安示范单位”，区青少年宫荣获全国
3、县区级示范性青少年校外活动场所
""",
    ),
    dict(
        name="fresh40_06_middle_school_staff_congress_work_report",
        source="https://yingzhuangyuan.cn/%e5%85%a8%e9%83%a8%e5%88%86%e7%b1%bb/%e6%80%bb%e7%bb%93%e6%b1%87%e6%8a%a5/8037.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A middle school principal's work report to the school's staff congress (教职工代表大会, 'xx 市实验中学"
               "（教联体）', masked, one school on three campuses), on 2024.",
               "Front matter as the page shows it: a descriptive line '学校教职工代表会议上，初中校长工作报告：' (ends with a "
               "colon) above the report's own title '以实干展现新作为，以担当提交新答卷'; both are title lines, title = the "
               "own title (title_override). The salutation '尊敬的各位代表：' is body.",
               "The page's spacing between digits and CJK is kept in the heading ('一、2024 年工作回顾') and in the body "
               "('7 月 22 日', '7590 余人'). 一、 is level 1, achievements; （一）（二） are standalone level-2 headings. "
               "The date '7 月 22 日' is an event inside a body line, not a phase.",
               "Teachers' names in （二） were dropped; the page ends inside that list of names, kept as '…另有多名教师'."],
        units=["校务会", "xx 市实验中学教联体"],
        title_override="以实干展现新作为，以担当提交新答卷",
        text="""\
@T | 学校教职工代表会议上，初中校长工作报告：
@T | 以实干展现新作为，以担当提交新答卷
尊敬的各位代表：
在会务组精心筹备和全体教职员工共同努力下，xx 市实验中学（教联体）教职工代表大会今天开幕。按照会务安排，我代表校务会向大会作学校工作报告，请各位代表审议，也欢迎与会的局领导和列席代表提出意见。
@H1 sec=achievements | 一、2024 年工作回顾
2024 年对我校意义特殊、收获丰硕：学校完成领导班子新老交替，“一校三区”的办学格局全面形成。在“尊重教育”理念引领下，各项工作成绩突出，大事喜事接连不断。
@H2 | （一）办学规模持续拓展
7 月 22 日，xx 市实验中学教联体揭牌成立，学校从此涵盖 xx 校区、xx 校区、xx 校区三个校区，在校学生 7590 余人，在岗教师 443 人，规模扩大为长远发展打下基础。
@H2 | （二）教师专业成长显著
一年来三个校区的教师在各级“四优”评选中获奖 300 余人次：xx 校区和石佛寺校区各有一位老师在 xx 省基础教育精品课遴选中分获一、二等奖，一位老师在全省“中华魂”主题教育演讲评比青年组获三等奖；市教师节表彰中，一人获 xx 市优秀班主任称号，一人获评 xx 市优秀乡村教师，十余人获 xx 市级优秀教师称号，另有多名教师
""",
    ),
    dict(
        name="fresh40_07_middle_school_opening_ceremony_principal_speech",
        source="http://m.xuefen.com.cn/zuowen/7631636.html",
        doc_kind="speech", partial=True,
        notes=["The first sample of a collection page ('中学开学典礼校长致辞稿大全(16篇)'): a middle-school principal's "
               "speech at the term's opening ceremony. The collection title and the site's three-sentence blurb about "
               "总结 were dropped; the sample heading '中学开学典礼校长致辞稿篇一' is kept as the title without its sample "
               "number.",
               "Salutation lines ('尊敬的各位家长、老师，亲爱的同学们：', '大家好！') and the lead-in '作为校长，我有很多的"
               "期待和愿望要对同学们说：' (closing a body line) are not labelled. The source's '首先，我代表学校向xx名新"
               "同学表示热烈的欢迎' is a greeting, not a point; in the rewrite it no longer starts the line.",
               "The one visible point '一是严格自律，学会做人。…' is a run-in level-1 heading (style 一是), kind "
               "requirements (guidance accepted: the points of a speech). The page ends inside it ('比如：每')."],
        units=[],
        text="""\
@T | 中学开学典礼校长致辞稿
尊敬的各位家长、老师，亲爱的同学们：
大家好！
今天是新学期的第一天，我们隆重举行开学典礼，这既是迎新会，也是加油会、动员会！
我代表学校，首先向xx名新同学表示热烈欢迎，祝你们在xx校园里学习进步、健康成长！
过去一年，学校实现了华丽转身：教育教学回归本真，学生的学习和行为习惯不断进步，教师的荣誉感和归属感不断增强，质量稳中有升，居民满意率和社会认可度持续提高。这是全体教职工、家长和同学们共同努力的结果，我代表学校党委向大家说一声“谢谢！”
九月是收获的季节，秋天只属于辛勤耕耘的人。新学年、新征程，同学们在父母叮咛中走进校园，老师们在培训积淀后走上讲台；开学意味着学习生活和生命历程的又一次开启。作为校长，我有很多的期待和愿望要对同学们说：
@H1 sec=requirements alt=guidance | 一是严格自律，学会做人。“在一个人成长的诸多因素中，知识固然重要，但比知识更重要的是能力，比能力更重要的是品德。”同学们要遵规守纪，自觉提升道德修养和人格品位。古人说“勿以善小而不为，勿以恶小而为之”“不积跬步，无以至千里；不积小流，无以成江河”，人与人的区别在于能否把身边的小事当作大事来做。比如：每
""",
    ),
    dict(
        name="fresh40_08_school_new_year_opening_speech",
        source="https://www.wenxue.cc/article/284033.html",
        doc_kind="speech", partial=True,
        notes=["The first sample of a collection page ('开学典礼的讲话稿(精选6篇)'): a school head's speech at the flag-"
               "raising that opens the school year, addressed to teachers, coaches ('教练') and pupils. Breadcrumb, "
               "posting date and the site's blurb were dropped; the sample heading '开学典礼的讲话稿 篇1' is kept as the "
               "title without its sample number.",
               "Salutations ('各位老师、教练、同学们：', '大家好！') and the lead-in '…在这里，我对大家提出如下希望和要求。' "
               "(closing a body line) are not labelled.",
               "Two run-in points '第一，新学期要加强思想建设，…。…' and '第二，新学期要发奋读书，全面' (the page ends inside "
               "it: a bare fragment), level 1, style 第一, kind requirements (guidance accepted). The first is cut at its "
               "first '。'."],
        units=[],
        text="""\
@T | 开学典礼的讲话稿
各位老师、教练、同学们：
大家好！
今天我们隆重举行升国旗仪式，迎来新学年的第一天。同学们度过了欢乐的暑假，从今天起开始新学年的学习生活；我对全体同学表示热烈欢迎，也欢迎新来的老师和教练到校工作！
上一学年学校工作成绩显著：同学们的思想素养和文化知识都有长足进步，教育教学得到上级教育行政部门、社会各界和家长的肯定。每一分成绩都是全体师生员工共同努力的结果。
老师、教练、同学们，新学年正式开始了，我们要把握时间，以饱满的热情投入新学期的工作和学习。在这里，我对大家提出如下希望和要求。
@H1 sec=requirements alt=guidance | 第一，新学期要加强思想建设，自觉地提高思想素养，建设和谐校园、和谐集体。要提高道德教育水平，继续学习《弟子规》、《三字经》等国学经典，让同学们“学会做人、学会做事、学会感恩、学会明理”，做有道德、有修养、有纪律的人。大家要以校为家，尊敬师长、团结友爱，遵守《中小学生守则》和《中小学生日常行为规范》。学校以育人为本，学生以做人为先，要深入开展争创“双优”班级和争当“文明学生”活动。
@H1 sec=requirements alt=guidance | 第二，新学期要发奋读书，全面
""",
    ),
    dict(
        name="fresh40_09_county_education_conference_speech",
        source="https://dawenge.com/jianghuafayan/572034.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a county conference on high-quality education development, held before "
               "Teachers' Day (第39个教师节); names are masked in the source ('XXX同志', 'XX同志', 'X的XX大') and kept. The "
               "site's '正文复制' line was dropped.",
               "Salutation '老师们、同志们：' and the lead-in '下面，我讲三点意见。' (closing a body line) are not labelled.",
               "Only the first point is visible, as a bare last heading: '一、肯定成绩，正视问题，以更加坚定的信心推动教育高质量"
               "发展', level 1. Kind: achievements (it opens with affirming results and facing problems), requirements "
               "and guidance accepted (a speech point) — the same call as the review points of fresh40_10 and "
               "fresh40_11."],
        units=[],
        text="""\
@T | 在全县教育高质量发展推进大会上的讲话
老师们、同志们：
百年大计，教育为本。第39个教师节来临之际，我们召开全县教育高质量发展推进大会，这是庆祝大会、改革大会，也是对教育高质量发展再安排、再部署的大会。任务是以习近平新时代中国特色社会主义思想为指导，学习贯彻X的XX大精神，落实全国、全省、全市教育工作会议精神，分析新形势新问题，明确新目标新任务，突出抓好“教育强县”重点任务，加快建设高质量教育体系，推动XXX教育迈上新台阶。
刚才，XXX同志宣读了《表扬决定》，大会为先进集体和个人颁奖，XXX老师、XXX校长作了发言，展现了甘为人梯、认真执教、爱生如子的精神。我代表县四家班子，向受表扬的集体和个人表示祝贺，向全县教师和教育工作者致以敬意，向关心支持XXX教育的各界人士表示感谢！
希望受表扬的集体和个人再接再厉，全县教师学习先进、赶超先进。XX同志全面总结了近年来的教育工作并部署了下步工作，我都赞成，大家要认真领会、抓好落实。下面，我讲三点意见。
@H1 sec=achievements alt=requirements,guidance | 一、肯定成绩，正视问题，以更加坚定的信心推动教育高质量发展
""",
    ),
    dict(
        name="fresh40_10_town_party_secretary_economic_work_speech",
        source="https://365docx.com/view/f010da7d18.html",
        doc_kind="speech", partial=True,
        notes=["A town party secretary's speech at the town's 2017 economic work conference (the town masked as 'xx' in "
               "the source). The names of the town head and of a county party-school deputy head were dropped (offices "
               "kept).",
               "Salutation '同志们：' and the lead-in '下面，根据党委集体研究的意见，我讲三个方面的问题：' (a line of its own) "
               "are not labelled.",
               "'一、回顾2016年，提振发展信心' is level 1; kind achievements (it reviews 2016), requirements and guidance "
               "accepted (a speech point) — the same call as fresh40_09 and fresh40_11. The page ends inside its body "
               "('2016年，是xx镇党的建设大加')."],
        units=[],
        text="""\
@T | 书记2017年全镇经济工作会议讲话
同志们：
这次全镇经济工作会议，既是总结成绩、弘扬先进的表彰会，也是部署任务的工作会，更是提振信心的动员会，目的是让全镇上下振奋精神、理清思路、凝聚合力。
刚才，党委副书记、镇长代表镇党委回顾了2016年全镇经济工作，部署了2017年工作，分析了形势、提出了要求，既传达了中央、省、市、县经济工作会议精神，又结合了xx实际；县委党校副校长以《守好金字招牌、共推xx发展》为题上了一堂生动的党课。希望大家认真领会、狠抓落实。
下面，根据党委集体研究的意见，我讲三个方面的问题：
@H1 sec=achievements alt=requirements,guidance | 一、回顾2016年，提振发展信心
刚刚过去的2016年，对xx镇来说不容易、不平凡，更是跨越发展的一年。在县委、县政府领导下，我们按照镇党委确定的发展定位、思路、目标和要求，齐心协力抓推进，全镇经济社会发展态势良好。
2016年，是xx镇党的建设大加
""",
    ),
    dict(
        name="fresh40_11_town_cadre_meeting_party_secretary_speech",
        source="https://www.xiaomilidoc.com/p-9474533.html",
        doc_kind="speech", partial=True,
        notes=["A town party secretary's speech at a meeting of town and village cadres after the first three quarters, "
               "from a document-sharing page whose text arrived as one run-together block: it was split into lines at "
               "the title, the paragraph and the heading boundaries the text shows. PDF spacing around figures is kept "
               "('15.16 亿元', '10 个').",
               "No salutation; the lead-in '下面，我就全镇前段时间的各项工作情况作以简要回顾，并对下一步的工作讲几点意见，"
               "请大家在下一步工作中抓好落实。' closes a body line and is not labelled.",
               "'一、肯定成绩，认清形势，切实增强做好各项工作的责任感和使命感' is level 1, achievements (requirements and "
               "guidance accepted: the same call as fresh40_09 and fresh40_10); '1、工业发展和招商引资工作势头良好。…' is "
               "a run-in level-2 heading (a title sentence before its figures), text cut at the first '。'. The page ends "
               "inside it ('…昱辰纺织有限公')."],
        units=[],
        text="""\
@T | 党委书记在镇村干部大会讲话
今天召开这次会议，主要是总结前一阶段各项工作的进展，部署下一步工作，督促大家以更奋发的状态、更扎实的措施抓重点、克难点、带全局，完成全年目标任务。
今年以来，全镇紧扣全市和全镇工作重点，突出工业，抓好招商引资和转调创，推进小城镇建设，加快社会事业发展。前三季度，全镇完成工业总产值 15.16 亿元，同比增长 19.09%；农业总产值 11.55 亿元，增长 9.8%；主营业务收入 15.12 亿元，增长 21.05%；地方财政收入 1121 万元，增长 186.4%，完成年初预算的 86.6%，增幅全市第一；招商引资任务已超额完成。下面，我就全镇前段时间的各项工作情况作以简要回顾，并对下一步的工作讲几点意见，请大家在下一步工作中抓好落实。
@H1 sec=achievements alt=requirements,guidance | 一、肯定成绩，认清形势，切实增强做好各项工作的责任感和使命感
@H2 | 1、工业发展和招商引资工作势头良好。前三季度共引进过千万元项目 10 个，其中过 10 亿元的 1 个、过亿元的 4 个、过千万元的 5 个，包括投资 10.7 亿元的啤酒项目、投资 5.8 亿元的汇强重工年产 2500 台多功能垃圾压缩设备项目、投资 4.5 亿元的瑞丰起重机项目、投资 1.68 亿元的燃气发动机项目、投资 1 亿元的年产 2 万台摩托车项目、投资 7625 万元的市阳光和美饲料厂年产 8 万吨饲料项目，以及恒日金属制品、生物基植物增塑材料、联帮机械制造机械加工和投资 4100 万元的昱辰纺织有限公
""",
    ),
    dict(
        name="fresh40_12_group_company_quarterly_meeting_speech",
        source="https://63jd.com/fanwen/45911.html",
        doc_kind="speech", partial=False,
        notes=["A group company head's closing speech at the group's first-quarter operations meeting (headquarters "
               "departments, subsidiaries and industrial projects reported; leaders and external directors commented). "
               "The stored page shows the whole short speech, from '同志们：' to '谢谢大家！'; the site's line about missing "
               "Word downloads and the comment counter were dropped. No title line is shown, so title is null.",
               "The lead-in '下面，我结合大家的发言，再讲几点意见。' closes a body line and is not labelled. The only marked "
               "point is '首先，充分肯定一季度取得的成绩。…', a run-in level-1 heading (style 首先: a speech point here, "
               "not an item under a heading), kind achievements with requirements and guidance accepted (the same call "
               "as the review points of fresh40_09, 10 and 11). The following paragraphs ('在肯定成绩的同时，…', "
               "'同志们，一季度已经过去，…') carry no marker and are body: the speech never reaches a '其次'.",
               "Quoted programme names are kept ('基础管理提升年', '3610' 工作计划)."],
        units=[],
        text="""\
同志们：
刚才，大家围绕集团当前的生产经营情况作了深入交流：总部各部门、子公司和重点实体产业项目现场汇报，与会领导和外部董事作了点评。会议总结了一季度成绩，剖析了问题，部署了下一步工作。下面，我结合大家的发言，再讲几点意见。
@H1 sec=achievements alt=requirements,guidance | 首先，充分肯定一季度取得的成绩。面对复杂的外部环境和经济下行压力，全集团上下一心、攻坚克难，围绕“基础管理提升年”主线推进“3610”工作计划，经济运行开局平稳，管理提升举措有效展开；实体产业项目在制度建设、流程再造和文化建设上持续提升，科技创新推动产品升级，市场口碑逐步建立，高质量发展的基础不断夯实。这是大家共同努力的结果，值得充分肯定。
在肯定成绩的同时，也要清醒看到生产经营中的困难和不足：市场开拓力度不够，管理效率有待提高，人才队伍建设还需加强。这些问题不解决，就会影响集团的长远发展。
同志们，一季度已经过去，二季度的工作摆在面前。我们要以更饱满的热情、更坚定的信心、更扎实的作风投入各项工作，克服困难、迎接挑战，实现集团高质量发展。
谢谢大家！
""",
    ),
]
