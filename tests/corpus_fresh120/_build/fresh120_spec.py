# -*- coding: utf-8 -*-
"""The 120th held-out fresh set: WORK SUMMARIES AND WORK REPORTS (工作总结 /
工作汇报) by a district women's federation, a city agriculture bureau, a
middle school's moral-education office, a primary school's teaching office,
a town (beautiful-village building), a village (environment governance), a
coal mine's youth league committee and a township (village appearance),
looked for with queries naming 做法 / 成效 / 亮点, 存在的问题 / 不足 and
下一步 / 明年打算.  Found as stored public web pages with the `search` tool's
`pages` corpus (log in notes_queries.txt).  None of the source pages is a
source of any other set (checked against every exclusion list and label file
under /work/fresh*/ and /work/wt-lead/tests/; list in
/work/fresh120/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, blurbs, download panels, collection titles, sample
  numbers) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation (full-width punctuation restored from the store's NFKC text).
- Every body paragraph is rewritten in our own words and shortened; dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.  Site debris (chunk markers, page markers, stray
  conversion characters) is kept where a user would paste it, never labelled.

Marker syntax: see fresh_build/build.py.
"""

FRESH120_DOCS = [
    dict(
        name="fresh120_01_district_womens_federation_summary_chunk_markers",
        source="https://taowenge.com/p-5706748.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="区妇联2017年工作总结及下阶段工作计划",
        notes=["A district women's federation's annual summary from a document-sharing site (淘文阁). The site lists it "
               "as '××区妇联2022年工作总结及下阶段工作计划', but the document's own title (second line) and its body are "
               "for 2017. The first line is the sharing site's title with its chunk marker '1、' glued on; the second is "
               "the document's own title with the PDF break '计 划' kept. Both are title lines; the label takes the "
               "document's own title (2017, without the space).",
               "Only heading: '一、围绕巾帼脱贫，妇女创业就业引领行动成效明显。' (achievements). Its points '一是…', '二是…', "
               "'三是…' are its points: '一是基地示范引领“牵手互助脱贫”。…' starts a line and is labelled a run-in heading "
               "(level 2, style 一是); '二是…' and '三是…' run inside the next line (which starts with the chunk marker) and "
               "are not labelled.",
               "The site's chunk marker '2、' splits the word '巾帼|科技示范基地' at a line start; it is debris, not a "
               "numbered item, and not labelled. Conversion words of the site are kept in the body ('坚毅阵地', "
               "'暖和之家', '广阔农村妇女'). The page ends inside '三是…' ('…争取上级妇联及社'); the bare chunk marker "
               "'3、' after it was dropped.",
               "The sharing site's blurb line ('《…》由会员分享，可在线阅读…') was dropped."],
        units=["区妇联"],
        text="""\
@T | 1、区妇联2022年工作总结及下阶段工作计划
@T | 区妇联2017年工作总结及下阶段工作计 划
2017年，区妇联在自治区、市妇联和区委、区政府领导下，以科学发展观为指导，围绕党政中心服务大局，履行组织、引导、服务妇女和维护妇女儿童权益的职责，力求把妇联建成党开展妇女工作的“坚毅阵地”和“暖和之家”，妇女工作有了新的进展。
@H1 sec=achievements | 一、围绕巾帼脱贫，妇女创业就业引领行动成效明显。
@H2 | 一是基地示范引领“牵手互助脱贫”。把“巾帼科技示范基地”创建当作带动广阔农村妇女致富的民心工程来抓，培育出一个自治区级巾帼
2、科技示范基地。2017年3月新江镇新乐村黑豚养殖专业合作社获评“全区巾帼脱贫示范基地”，落实扶持经费4万元。依托“全国巾帼科技示范基地”南宁振企农业科技开发有限公司，以“企业+产业项目+妇女”模式帮助妇女居家创业，每年培训1000名农村妇女科技致富带头人，带动2000名以上农村妇女增收。二是龙头企业引领“牵手爱心脱贫”。发挥女企业家作用与贫困户结对，一家公司出资2.5万元扶持农户养殖500多只辣木鸡，可实现毛利润6万元左右。三是争取上级妇联及社
""",
    ),
    dict(
        name="fresh120_02_city_agriculture_bureau_2020_summary",
        source="https://tdxbbs.com/gongzuojihua3/27872.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city agriculture and rural affairs bureau's 2020 summary with its 2021 plan (only the summary part is "
               "visible). The writer line 'XX市农业农村局' and the date line '（2021年1月4日）' are body lines, not "
               "headings (the date line starts with a bracket but is not a numbering token).",
               "一、2020年工作回顾 is achievements; （一）立足于“稳”，全力抓好粮食生产。 is a run-in heading at level 2 whose "
               "body holds '一是…', '二是…' inside the paragraph (not labelled). Crop figures and growth rates are results, "
               "not phases.",
               "The page ends inside the body of （一） ('…农机总量达7.7万台'); the 2021 plan part is not visible, so the "
               "document shows no next-steps section although the title announces one."],
        units=["XX市农业农村局"],
        text="""\
@T | 农业农村局工作总结及2021年工作计划
XX市农业农村局
（2021年1月4日）
2020年是全面建成小康社会目标实现之年、脱贫攻坚收官之年。面对新冠肺炎、非洲猪瘟、草地贪夜蛾等多重疫情叠加，局里在市委、市政府领导和上级部门指导下，抓稳产保供、新型经营主体培育、支持保护体系和农村改革，全市农业农村经济社会平稳有序发展。
@H1 sec=achievements | 一、2020年工作回顾
@H2 | （一）立足于“稳”，全力抓好粮食生产。克服疫情和长期低温阴雨的影响，落实粮食安全行政首长责任制，稳政策、稳面积、稳产量。一是稳定粮食面积产量：计划播种121万亩、产量52万吨，实际完成播种121.1万亩、总产52.03万吨，分别增长14.58%和10.17%；推广集中育秧和“早加晚优”万亩示范基地，落实集中育秧点376个，带动早稻育秧43万亩；发展30亩以上种粮大户4941户，规模经营面积56.59万亩；水稻落实108.90万亩，其中早稻42.96万亩，增长30.1%。二是稳步提升农业机械化装备水平，全年新推补贴农机具538台（套），农机总量达7.7万台
""",
    ),
    dict(
        name="fresh120_03_middle_school_moral_education_2010_summary",
        source="https://61taotao.com/office/323868.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A rural middle school's (华塘中学) moral-education summary for 2010 by its 政教处, from a document-sharing "
               "site; the download panel and the site's notices were dropped. The title line is the site's document name "
               "as the page shows it, with its sample number '7' ('政教处范文之中学德育工作总结7'); it is kept as the "
               "title line.",
               "Only heading: '一、     突出德育为先的办学特点。' with five spaces after the numbering, as the page has it; "
               "kind achievements (what the school did).",
               "The page ends inside the body of 一、 ('…来提高班主')."],
        units=["华塘中学"],
        text="""\
@T | 政教处范文之中学德育工作总结7
新年钟声将要敲响之际，我们回顾、反思这一年的学校德育工作，也期待来年有更好的收获。
2010年对华塘中学很不平凡：县委、县政府改扩建三中带来了机遇，学校在校人数却急剧减少，跌到六百人左右。德育工作者保持清醒头脑，扎实开拓，应对这一特殊时期。
@H1 sec=achievements | 一、     突出德育为先的办学特点。
华塘地区离城近、交通便利，家庭经济条件较好，稍优秀的学生都进城就读，另一生源地白羊地区也是如此。学校因此不单比成绩和升学，提出以德治校、德育为先，重在培养学生的行为习惯和道德品质，制定德育工作计划并保障经费；重视班主任队伍培训，为每位班主任订阅《班主任之友》，11月组织全体班主任到来风县绿水中学考察精细化管理，还决定设立“班主任节”来提高班主
""",
    ),
    dict(
        name="fresh120_04_primary_school_teaching_office_term_summary",
        source="https://m.777doc.com/doc-512930.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="教导处工作总结",
        notes=["A primary school teaching office's (教导处) term summary, 镇江市李家大山小学, 2008—2009学年度第二学期, from a "
               "document-sharing site whose text arrived as one run-together block; it was split into lines at the "
               "title, the subtitle and each numbered point. The site's page markers are kept: '-1-' glued to the start "
               "of the title line and '-2-' inside the word '每学-2-期' in a body line; they are not labelled. The title "
               "is '教导处工作总结' (the page marker is not part of it); the school-and-term line is a second title line.",
               "一、加强教师的业务学习，努力提高教师的综合素质。 (level 1, achievements) holds '1、积极组织教师学习…' (a "
               "run-in point whose first sentence is its topic; labelled a heading, like fresh28_02's '1、合理划分清洁区。…') "
               "and '2、积极组织开展教研活动。' (a short heading alone on its line), level 2. Under 2、 the run-in points "
               "'（1）、…', '（2）、…', '（3）、…' (style （1）、) are level 3.",
               "The page ends inside （3） ('…交流反馈并且')."],
        units=["教导处"],
        text="""\
@T | -1-教导处工作总结
@T | 镇江市李家大山小学2008—2009学年度第二学期
一学期即将过去。本学期教导处按期初计划，以提高教育教学质量为目标，抓教师业务培训，加强常规教学管理和毕业班管理，现总结如下：
@H1 sec=achievements | 一、加强教师的业务学习，努力提高教师的综合素质。
理论能指导实践、更新观念，业务学习是提高教师专业水平的有效途径。
@H2 | 1、积极组织教师学习各科课程标准和相关的教育教学理论文章，学习过程中认真做笔记。领会新课改精神和新课程理念；各教研组结合本组实际搜集理论文章组织学习，用理论解决教学中的实际问题。
@H2 | 2、积极组织开展教研活动。
@H3 | （1）、积极组织教师参加校外的教学研讨活动。教导处组织相关教师参加市、区教研部门的研讨活动，回校后在备课组内交流，做到一人学习、多人受益。
@H3 | （2）、积极组织开展校内教学研讨活动。开学初按年级分学科成立备课组，备课组成员每学-2-期要上一节组内交流课和一节备课组研究课；研究课后上课教师在学校网站上传教学设计和反思，听课教师跟帖评课。
@H3 | （3）、加强“随堂课”的听课力度。学校行政每周随堂听课两节，课后及时与上课教师交流反馈并且
""",
    ),
    dict(
        name="fresh120_05_town_beautiful_village_report_problems_next",
        source="https://m.qiqiwenku.com/docx/997605.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town's report on building beautiful villages (the converted text says 漂亮乡村 for 美丽乡村; kept in the "
               "title and headings) from a document-sharing site. The visible text starts in the middle of section 一、 "
               "(its heading is not shown), so the first body line is a fragment.",
               "The conversion left Cyrillic 'Р' paragraph marks ('РРР', 'Р') at line ends; they are kept as debris and "
               "not labelled. Lines were split where they stand.",
               "Headings 二、强举措，抓落实。 and 三、重管理，保长期有效。 are run in with their bodies (achievements); the "
               "'一是抓责任。二是勤调度。…' points inside the line are not labelled.",
               "'四、存在问题及下一步计划。…' is one heading for both problems and next steps: section problems, next_steps "
               "accepted. Its '一是…二是…' problems run inside the line; after the 'РРР' marks the page starts a new line "
               "'三是群众的文化和道德' (cut off there), labelled an item at level 2 (a problem statement).",
               "The visible top level starts at 二、 (一、 is missing above the first fragment); level 1 as shown."],
        units=[],
        text="""\
@T | 2021年乡镇漂亮乡村建设工作汇报
由村民自己动手、家家参与，门前做到整齐有序，庭院内外一起整治，共建美好家园。РРР
@H1 sec=achievements | 二、强举措，抓落实。一是抓责任。全镇8个关键村都由班子成员分包、责任到人。二是勤调度。每七天调度一次，每月实地查看进度，督促后进。三是学优秀。先后2次组织村干部外出参观交流，找差距、定方法。四是树经典。以领导干部包总支、蹲点干部包村、村干部包户的办法分工，明确整改任务和时限。2021年全镇投入资金1000余万元，41个村实现“户户通”，新修道路67公里，新建文体广场10个，种植绿化苗木30000余棵，清运垃圾31170余方，粉刷墙面50000平方米，完成改厕256户。Р
@H1 sec=achievements | 三、重管理，保长期有效。镇里既抓当前又顾长远，实行责任倒查，定期督导检查13个市漂亮乡村创立村的进展，落实“村环境卫生条约”“保洁人员岗位职责”等制度，让建设工作长效化、制度化。Р
@H1 sec=problems alt=next_steps | 四、存在问题及下一步计划。目前全镇漂亮乡村建设已进入攻坚阶段，村容村貌改观很大，但问题仍在：一是资金不足，道路硬化、污水处理、秸秆处理等部分整改任务尚未完成；二是村民观念有待转变，保洁意识有待加强；РРР
@I2 | 三是群众的文化和道德
""",
    ),
    dict(
        name="fresh120_06_village_environment_governance_report",
        source="https://gwyoo.com/article/zhongjibaogao/gzhb/201110/470209.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A village's (仙阁村, 朝阳湖镇) report on urban-rural environment governance by its branch and village "
               "committee; the site's time line and 导语 were dropped.",
               "一、村基本情况 is background, 二、存在的问题 problems, 三、采取的办法 achievements (what the village did; measures "
               "accepted). The sub-points '首先是客观上的问题。…' and '其次是主观上的问题。…' start their own lines and act as "
               "run-in sub-headings (level 2, numbering style 首先, kind problems). Under 三、 '首先是多次召开创卫动员会，统一"
               "思想和认识。…' is a run-in point (level 2); its '其次是村二委先带头' runs inside the same line and is not "
               "labelled.",
               "The source lists '7个特点' but shows 一是, 二是, 三是 and then 七是 (the middle ones are missing on the page); "
               "the rewritten body keeps that gap. The page ends inside 三、 ('…其次是村二委先带头')."],
        units=["支部村委"],
        text="""\
@T | 城乡环境治理工作汇报
今年以来，支部村委一班人在镇党委领导、镇政府指导下，按照部署结合本村实际开展工作，现将情况汇报如下：
@H1 sec=background | 一、村基本情况
仙阁村在朝阳湖镇西南部，多丘陵，面积10.1平方公里，辖16个社，675户、2316人，党员92人。耕地3603.76亩，其中粮食286.76亩、茶叶1154亩、柜桉1075亩、柑桔690亩、常规油菜290亩。
@H1 sec=problems | 二、存在的问题
@H2 | 首先是客观上的问题。仙阁村虽被列入城中村，但和别的村相比有7个特点：一是人口多，农业户口675人，实际居住2316余人；二是旅游景点和游客多，有“三湖一阁”“属秀宾馆”农家乐等15余处；三是茶叶、柑橘种植多。七是垃圾多，生活、建筑和化工垃圾都有，既有村民的也有游客的，整治难度很大。
@H2 | 其次是主观上的问题。多数群众对创卫认识不到位，有的不配合甚至唱反调，村干部因此产生畏难和厌倦情绪，有人认为公共部分搞干净就行，门前卫生由农户自己决定。
@H1 sec=achievements alt=measures | 三、采取的办法
@H2 | 首先是多次召开创卫动员会，统一思想和认识。村二委、党员干部和村民代表会议开了多次，宣传创卫的重要性。其次是村二委先带头
""",
    ),
    dict(
        name="fresh120_07_coal_mine_youth_league_summary",
        source="https://ppfanwen.cn/fanwen/grgzzj/162409.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="20xx共青团工作总结",
        notes=["The first sample of a collection page ('2022共青团工作总结'): a coal mine's (韩家湾煤矿) youth league committee "
               "summary. The collection title and the site's breadcrumb were dropped; the sample's own title "
               "'20xx共青团工作总结（一）' is kept as the title line with its sample number '（一）', which is not a "
               "heading; the label's title leaves the sample number out.",
               "一、… and 二、… are sentence headings on their own lines (achievements); '1、组织成立青年志愿者服务队。' is a "
               "level-2 heading alone on its line. The lead-in '…具体开展以下工作：' ends the opening paragraph.",
               "Masking kept: 'XX年', '20xx'. The page ends inside the body of 1、 ('…建立了志愿')."],
        units=["矿团委"],
        text="""\
@T | 20xx共青团工作总结（一）
XX年，我矿团组织在矿党委领导和党群工作部指导下，以建功立业为宗旨，团结带领团员青年围绕全矿中心工作，在安全、生产、经营、管理中当好生力军和突击队。在陕煤化工集团公司纪念五四运动九十周年暨先进青年表彰大会上，我矿两名青年职工分获“十佳青年岗员”和“优秀团员”称号。XX年以来，矿团委具体开展了以下工作：
@H1 sec=achievements | 一、建立健全团的组织机构，使共青团工作走向正规化和制度化。
年初经陕北矿业公司团委同意，根据全矿实际（截止今年10月份，35岁以下青年职工294人，团员154人），成立综采队、机运队、机关、供应科、机修队、通维队6个团支部，民主选举各支部书记。
@H1 sec=achievements | 二、进一步加强团的自身建设，努力为我矿各项工作做出积极贡献。
@H2 | 1、组织成立青年志愿者服务队。
为发扬团员青年热心公益、热爱劳动的作风，向各单位印发《韩家湾煤矿青年志愿者服务队管理办法》组织学习；5月份按个人自愿、申请注册、基层同意的办法，吸收93名优秀团员青年加入志愿者队伍，并为他们建立了志愿
""",
    ),
    dict(
        name="fresh120_08_township_village_appearance_report_unnumbered",
        source="https://unjs.com/fanwenwang/gzhb/20220612151217_5177858.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township's report on improving village appearance (the township's name is missing in the page: '乡按照"
               "县委…', '在乡至满杖子乡公路沿线'; kept). The site's '相关推荐' line and its blurb on how to write a report "
               "were dropped.",
               "The opening announces 'three tasks, three features, three lessons, three suggestions'; only part of the "
               "first is visible. 一、三项整治工作全面完成，面貌提升取得显著成绩 is achievements; under it a lead-in body line "
               "and two unnumbered run-in headings '加强组织发动。…' and '狠抓责任落实。…' (level 2, numbering none).",
               "The page ends inside the second run-in heading's body ('…打造深水河村')."],
        units=["乡党委", "村党支部", "村委会"],
        text="""\
@T | 关于农村面貌改造提升的工作汇报
20xx年，乡按照县委、县政府部署，落实《县政府环境卫生整治行动方案》，以卫生整洁、面貌提升为中心，围绕“明确重点、突破难点、打造亮点、整体推进”的目标，在乡至满杖子乡公路沿线、暖儿河流域和辖区各村开展环境整治，归纳起来是做了三项工作、突出三个特点、取得三点启示、提出三条建议，实现了村容整洁、乡风文明、环境优美。
@H1 sec=achievements | 一、三项整治工作全面完成，面貌提升取得显著成绩
按突出重点、整体推进的原则，全乡重点做了三项工作。
@H2 | 加强组织发动。把整治作为当前重点，先后3次组织各村书记、计生专干、村民代表100余人次到外乡示范村参观，召开村民大会和代表会议动员，发放明白纸1万余份、宣传册20xx多份；在小学开展“小手拉大手”活动和环境整治专题课，树立“主人翁”意识，倡导“人人都是保洁员”。
@H2 | 狠抓责任落实。乡党委、政府主要领导负总责，包村干部配合村党支部、村委会具体负责，整体推进全乡9个行政村的整治，打造深水河村
""",
    ),
    dict(
        name="fresh120_09_city_justice_bureau_offices_problems_report",
        source="https://cjzw.cn/a40/lrh73.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A city justice bureau's report on the problems of its grassroots justice offices (司法所) and suggestions "
               "for their building; the page shows no title line (title null) and starts with the background paragraph. "
               "Masking kept: 'xxxx年xx月xx日xxx同志', 'xx市', 'xx名'.",
               "The lead-in '…现就xx市基层司法所存在的问题及今后建设提以下几点建议：' is body. 一、存在的问题 is problems (level 1). "
               "The next line keeps the source's unclosed bracket '（指在街道、乡镇…的人员xx名，…' and ends with the lead-in "
               "'主要问题有：'.",
               "In '（一）法律地位不明确，职能界定不清司法所作为…' the store lost the break between the heading and its body: "
               "the heading runs straight into the body without punctuation; the text is set by hand to "
               "'（一）法律地位不明确，职能界定不清' (level 2, problems). The page ends inside that body ('…临时性指导文件，')."],
        units=[],
        text="""\
近年来，中央和自治区高度重视基层政法队伍建设，作出一系列部署。xxxx年xx月xx日xxx同志在司法部表彰大会上讲话指出，司法所是司法行政系统最基层的机构，是直接面向群众提供法律服务和保障的前沿阵地，与公安派出所、人民法庭等共同构成基层政法组织体系。基层机构体制改革迫在眉睫，司法所建设是当前加强基层基础工作的重中之重，把它纳入社会治安防范体系，才能发挥法制宣传、法律服务、人民调解、两劳帮教等职能作用。我局高度重视，开展了调研，现就xx市基层司法所存在的问题及今后建设提以下几点建议：
@H1 sec=problems | 一、存在的问题
xx市现有专兼职司法助理员（指在街道、乡镇专门或主要从事基层司法行政工作的人员xx名，占用司法行政编制xx名，未占用xx名。这些问题既有复杂的历史原因，也有近年的客观因素，主要问题有：
@H2 text=（一）法律地位不明确，职能界定不清 | （一）法律地位不明确，职能界定不清司法所作为街道、乡（镇）自设的职能机构，多年来基层司法行政工作缺少必要的法律依据，只靠一些不成系统的临时性指导文件，
""",
    ),
]
