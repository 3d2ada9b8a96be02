# -*- coding: utf-8 -*-
"""The 104th held-out fresh set: texts ADDRESSED TO LISTENERS. Speeches (a
mobilisation speech for conscription, a county forest-fire deployment speech,
a forestry bureau's autumn fire-prevention mobilisation speech with its title
block, a city's model-workers commendation speech, a township leader's address
at a river-basin campaign event, a county leader's closing speech at a
road-building campaign meeting), two head nurses' duty reports (述职报告) and a
town's report to an assessment team (汇报材料).  Their points are numbered
一、, 第一，, 一要 or 1., with 首先 / 一是 inside paragraphs, salutations
(同志们：, 尊敬的领导、各位评审老师：), lead-ins and speaker and date lines.
Found as stored public web pages with the `search` tool's `pages` corpus
(log in notes_queries.txt).  None of the source pages is in the exclusion
lists of /work/fresh*/ or a source of any label file of the other sets, and a
distinctive heading or sentence of each was grepped across /work/fresh*/ and
/work/wt-lead/tests/corpus_*/ without a hit.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (site blurbs,
  navigation, category labels, listing metadata, document previews) was
  dropped; site debris a user would paste along (a page marker, a paywall
  line, a site's name-substitution note, an ellipsis line) was kept and never
  labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH104_DOCS = [
    dict(
        name="fresh104_01_county_conscription_mobilisation_speech",
        source="https://wenku.docs.qq.com/detail?docId=okMvNelKjO",
        doc_kind="speech", partial=True,
        notes=["The first of three speeches in a shared document titled '征兵工作动员会发言三则' (a county leader at a "
               "conscription mobilisation meeting, speaking for 县委、县政府和武装部). The site's preview paragraph above "
               "the document was dropped, and so was the sample marker '（一则）'; the file's title is kept as the title "
               "line (the speech has no title of its own). The PDF-style line wraps of the page were joined; paragraph "
               "breaks were put where the page shows a space after a full stop.",
               "No salutation is in view: the speech starts with a review of last year's problems, listed as '一是…。二是…。"
               "三是…。' inside one paragraph (not labelled), then the lead-in '…再强调以下几点意见：'.",
               "'一、进一步增强搞好征兵工作的政治责任感' is a standalone level-1 heading, kind requirements (guidance, "
               "measures accepted: a speech point). Under it '首先，搞好征兵工作是…迫切要求。…' is a discourse-marker item "
               "at level 2 (a reason, so background and guidance are accepted too). The page ends inside it ('为')."],
        units=[],
        text="""\
@T | 征兵工作动员会发言三则
回顾去年全县的征兵工作，各级党委、政府和有关部门严格按征兵命令要求圆满完成了征集任务，没有发生政治责任事故。但也存在一些问题：一是个别乡镇宣传发动不够，适龄青年报名率、上站率、体检合格率偏低，造成重复组织上站体检。二是部分单位重视不够、措施不到位，出现兵员不足、个别适龄青年不愿服兵役和拉小年龄青年上站体检的情况。三是少数单位优抚工作抓得不紧，优抚政策没有落实，优抚款未按标准发放，影响了青年应征入伍的积极性。
针对这些问题，今年我们将采取切实措施，坚决杜绝类似现象。为保质保量完成今冬新兵征集任务，努力实现省政府和省军区提出的无违纪、无告状、无退兵的“三无”目标，下面，我代表县委、县政府和武装部再强调以下几点意见：
@H1 sec=requirements alt=guidance,measures | 一、进一步增强搞好征兵工作的政治责任感
当前，国家正大力加强军队的革命化、现代化、正规化建设，新形势对征兵工作提出了更高的要求。要把全县征兵工作提高到新的水平，就必须不断提高思想认识，增强做好这项工作的紧迫感和责任感。
@I2 alt=guidance,background | 首先，搞好征兵工作是当前复杂多变的国际环境对我们提出的迫切要求。国际局势复杂多变，霸权主义和强权政治依然存在，我们面临新的威胁和严峻的挑战。为
""",
    ),
    dict(
        name="fresh104_02_head_nurse_annual_duty_report",
        source="https://juzifan.com/fanwen/xiezuo/550428.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('年度护士长述职报告6篇'): a head nurse's annual duty report (述职报告). "
               "The breadcrumb, the posting line, the site blurb and the sample number ('篇1') were dropped; the sample "
               "heading '年度护士长述职报告' is kept as the title line.",
               "No salutation is in view; the opening paragraph ends with the report's lead-in '下面，我就将…履职情况做如下"
               "表述，…'. Inside it, '首先是…；第二是…' are mid-line discourse markers (not labelled).",
               "'一、主要工作' is the only heading (achievements). Its four '（一）…；' lines are statements of work done, "
               "each ending in '；' (the page's punctuation), labelled items at level 2. The page ends inside （四） "
               "('因此，做')."],
        units=[],
        text="""\
@T | 年度护士长述职报告
过去一年，我踏实工作、锐意进取，钻研工作方法，总结工作经验，立足本职岗位，带领科室全体护理人员参与单位建设，在取得成绩的同时也看到了自身的不足。说实话，护士长这个职位给我的压力不小，首先是作为一项工作的带头人，必须本领过硬才能服众；第二是带领护理人员建强科室的办法还不够多。在院领导和护理部领导的帮助下，我化压力为动力，全身心投入工作，以敬业精神回报组织的信任。下面，我就将今年以来的履职情况做如下表述，恳请大家多提宝贵的意见和建议。
@H1 sec=achievements | 一、主要工作
@I2 | （一）根据科室现有的护理人员数量进行合理的分工和安排，把各班（含护士长）的岗位责任制和每周、每月工作重点汇总成表，要求人人熟悉、照表执行，并不定期考核，奖罚分明；
@I2 | （二）对科室的基础设施在现有条件上作出一些合理的调整和完善。补充了抢救药品、器材和无菌物品，实行规范化管理；
@I2 | （三）针对我科的特点和现有条件对病号房管理作出了合理的改进和规范；环境卫生实行包干区责任制，落实到每位工友；
@I2 | （四）不断深化安全管理，强化安全意识，做好安全护理工作，安全工作是一切工作的基础，更是所有成绩取得的前提。因此，做
""",
    ),
    dict(
        name="fresh104_03_head_nurse_duty_report_page_marker",
        source="https://wenku.docs.qq.com/detail?docId=pXxnU3fvBE",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A head nurse's duty report (述职报告) addressed to the assessors, from a shared-document page: the page's "
               "preview paragraph above the document (its title and first sentences run together) was dropped; the "
               "file's title '2024年最新护士长优秀述职报告' is the title line. The writer's unit is masked in the source "
               "('××护理部') and kept so.",
               "The salutation '尊敬的领导、各位评审老师：' is its own line and not labelled; '首先，我要…' in the next line "
               "is a mid-line discourse marker (not labelled).",
               "'一、工作回顾' (achievements) holds two run-in label headings '1. 加强护理团队建设：我注重…' and '2. 完善护理"
               "质量管理：…', level 2, cut at the colon; the space after '1.' is the page's. The page marker '第1 页共 4页' "
               "(spacing as on the page) follows the second one; it is kept as debris and never labelled. The visible "
               "part ends there."],
        units=["××护理部"],
        text="""\
@T | 2024年最新护士长优秀述职报告
尊敬的领导、各位评审老师：
大家好！我是××护理部的护理长，很荣幸能在这里汇报我过去一年的工作情况和成果。首先，我要感谢领导和同事们的支持，正因为大家的鼎力支持和积极配合，我才顺利完成了各项工作任务。下面，我结合实际向大家详细汇报。
@H1 sec=achievements | 一、工作回顾
过去一年，护理部面对各种挑战和压力，我始终坚持以患者为中心，发挥护士的专业优势，履行护理部的职责，努力为患者提供优质的护理服务。具体工作如下：
@H2 | 1. 加强护理团队建设：我注重团队的凝聚力和合作精神，定期组织团队活动和培训，提高护士的专业水平和团队意识；还建立了在线交流平台，方便护士分享经验、解决问题，促进合作和学习。
@H2 | 2. 完善护理质量管理：我推动护理质量评估和改进，在各护理部门建立科学的质量管理制度，定期组织培训和练习，提高护理技术和服务质量；同时建立护士长巡查制度，通过监督和指导提高护理质量和患者满意度。
第1 页共 4页
""",
    ),
    dict(
        name="fresh104_04_county_forest_fire_deployment_speech",
        source="http://m.7rdy.cn/news/37191.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a deployment meeting on forest and grassland fire prevention for the winter "
               "and spring. The page shows no title line (title null); it starts with the salutation '同志们：'.",
               "The page's own ellipsis line '……' after the opening paragraph is kept as a body line (not labelled). Two "
               "lead-ins follow each other, as on the page: '…下面，我讲三个方面的意见。' at the end of a paragraph and "
               "'下面，我就做好…再讲六个方面的意见。' on its own line; neither is labelled.",
               "'第一，生态责任必须坚决压实。…' is a run-in level-1 heading (numbering 第一, style 第一), kind requirements "
               "(guidance, measures accepted). The masked '《XX市城乡火灾防控工作规定》' is kept. The page ends inside it "
               "('…属地管'). The 指挥部 that issued the 通报 are not units; the 乡（镇）党委政府 bearing 属地 responsibility are."],
        units=["各乡（镇）党委政府"],
        text="""\
同志们：
经县委、政府研究决定，今天召开全县森林草原防灭火工作安排部署会。会议的任务是贯彻全国、全省、全市森林草原防灭火工作电视电话会议精神，回顾去冬今春、部署今冬明春的防灭火工作，以最坚决的态度、最严厉的措施、最务实的作风、最严格的问责，动员全县上下担当作为，保护好森林草原资源，维护好生态屏障。
……
刚才，XX同志传达了全市森林草原防灭火电视电话会议精神；会上宣读了市、县两级森林防火指挥部《关于表扬去冬今春森林草原防火工作先进单位的通报》，希望受表扬的乡镇和单位再接再厉；企业和乡镇代表作了交流发言；XX同志对今冬明春森林草原防火工作作了安排部署。请大家抓好落实，担起防火管火的责任，守护好群众生命财产和青山绿水。下面，我讲三个方面的意见。
下面，我就做好今冬明春森林草原防灭火工作，围绕“守住山、管住人、看住火”再讲六个方面的意见。
@H1 sec=requirements alt=guidance,measures | 第一，生态责任必须坚决压实。我县是长江上游重要的生态屏障、川西北重要的生态功能区，一旦发生重特大森林草原火灾，损失不可估量，甚至危及全市乃至全省的生态安全，还会严重分散全县高质量发展的精力，是一场输不起的事故。各级各部门要认清形势、担当担责，扛起防灭火主体责任，严格执行新制定的《XX市城乡火灾防控工作规定》，把工作抓细抓实。各乡（镇）党委政府必须严格按照属地管
""",
    ),
    dict(
        name="fresh104_05_forestry_bureau_autumn_fire_mobilisation_speech",
        source="https://gongwen.com.cn/docs/c30-pr1-st2-vp2/p/118.html",
        doc_kind="speech", partial=True,
        title_override="在红石林区“决战决胜吉林省连续40年无重大森林火灾”秋防动员大会上的讲话",
        notes=["A forestry bureau director's speech at a mobilisation meeting for autumn forest-fire prevention, as the "
               "preview card of a listing page of a document-sharing site shows it: the card's title "
               "('红石林业局局长…：在红石林区…讲话', the director's name dropped) and then the document's own title block, "
               "which the store ran into one paragraph with the salutation and body ('…讲话红石林业局局长…(2020年9月30日)"
               "同志们:…'). The block was split at the boundaries the text shows: the occasion title, the speaker line "
               "'红石林业局局长' (name dropped), the date line '（2020年9月30日）', the salutation, the body.",
               "Both title lines (the card's and the document's own) are title lines; the title is the document's own "
               "(as in dev17). The speaker line and the date line are body, as are the salutation and the lead-in "
               "'下面，我讲三点意见：' at the end of the opening. The card's date and page-count lines ('2023-12-27', "
               "'9 页 999+') were dropped as listing metadata.",
               "'一、春防工作的简要回顾' is a level-1 heading looking back at the spring season: achievements "
               "(requirements accepted, a speech point). The card's preview ends with '…' after '局森林防火', kept."],
        units=[],
        text="""\
@T | 红石林业局局长：在红石林区“决战决胜吉林省连续40年无重大森林火灾”秋防动员大会上的讲话
@T | 在红石林区“决战决胜吉林省连续40年无重大森林火灾”秋防动员大会上的讲话
红石林业局局长
（2020年9月30日）
同志们：
一年一度的秋季森林防火期又到了。今天我们召开红石林区“决战决胜吉林省连续40年无重大森林火灾”秋防动员大会，任务是贯彻省、市2020年秋季森林防火工作会议精神，研判今秋森林防火形势，全面部署秋季森林防火工作，为实现吉林省连续40年无重大森林火灾打牢基础。请大家深刻理解、准确把握，在做好疫情防控的同时结合实际抓好落实。下面，我讲三点意见：
@H1 sec=achievements alt=requirements | 一、春防工作的简要回顾
春防期间，在省市政府的领导和局森林防火…
""",
    ),
    dict(
        name="fresh104_06_city_model_workers_commendation_speech",
        source="https://wmjy.cn/wenmi/10317.html",
        doc_kind="speech", partial=True,
        notes=["A city leader's speech (丹东) at the commendation meeting for model workers and advanced collectives "
               "before the 127th May Day. The site's line under the title ('【以稿换稿】【收藏】 作者: 佚名 来源: …') was "
               "dropped; the title line is kept. No salutation is in view.",
               "The site replaces leaders' names with the note '（一个伟人的名字加最高职务，你可以前后对照进行准确替换）'; "
               "it is kept where the page has it (inside a body line and right after the heading) and never labelled.",
               "The lead-in '下面，我代表市委、市政府，向全市广大劳动者提5点建议和希望。' is body. The page runs the only "
               "visible point into its body without a break: '一、大力弘扬劳模精神、劳动精神，汇聚振兴发展正能量（一个伟人…"
               "替换）指出，“劳动是…'. It is a level-1 heading (requirements; guidance, measures accepted) whose text was "
               "set by hand to the part before the site's note. The page ends inside the quotation ('…是对人')."],
        units=[],
        text="""\
@T | 在全市劳动模范和先进集体表彰大会上的讲话
在第127个“五一”国际劳动节即将到来之际，我们在这里隆重集会，表彰全市各行各业、各条战线涌现出来的劳动模范和先进集体。
借此机会，我代表市委、市政府向受表彰的先进集体和劳动模范表示热烈的祝贺，并向全市广大劳动者致以节日的问候和崇高的敬意！近年来，面对严峻复杂的经济形势，全市上下深入学习贯彻（一个伟人的名字加最高职务，你可以前后对照进行准确替换）系列重要讲话精神，积极应对经济下行的影响，抢抓机遇、攻坚克难，经济平稳发展，社会事业不断进步。
这些成绩，是全市上下同心同德、奋力拼搏的结果，是广大劳动者无私奉献、苦干实干的结果。
今天受到表彰的52个先进集体和210名劳动模范，是全市劳动者的优秀代表。
他们用行动诠释了“爱岗敬业、争创一流，艰苦奋斗、勇于创新，淡泊名利、甘于奉献”的劳模精神，这是最宝贵的精神财富，必将激励全市人民顽强拼搏、干事创业！当前，丹东已进入全面建成小康社会的决胜阶段，正处于“滚石上山、爬坡过坎”的关键时期。
实现全面建成小康社会和新一轮振兴发展的目标，需要全市广大工人阶级和劳动群众肩负起历史赋予的使命，奋发有为、勇挑重担，为振兴发展再立新功。
下面，我代表市委、市政府，向全市广大劳动者提5点建议和希望。
@H1 sec=requirements alt=guidance,measures text=一、大力弘扬劳模精神、劳动精神，汇聚振兴发展正能量 | 一、大力弘扬劳模精神、劳动精神，汇聚振兴发展正能量（一个伟人的名字加最高职务，你可以前后对照进行准确替换）指出，“劳动是人类的本质活动，劳动光荣、创造伟大是对人
""",
    ),
    dict(
        name="fresh104_07_town_hygienic_town_assessment_report",
        source="https://pyh678.com/zhuantifanwen/gongwenfanwen/17564.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        notes=["A town's report to the assessment team of the national hygienic-town campaign (评审汇报材料), delivered "
               "aloud: '尊敬的各位评估组专家，各位领导：'. The site's blurb ('下面是小编为大家整理的…评审汇报材料:创建国家"
               "卫生镇共建美丽新家园【完整版】，供大家参考。'), the only place the page shows a title, was dropped, so "
               "title is null; '推荐访问:' was dropped. The town's name is masked in the source ('XX') and kept so.",
               "The welcome ends with the lead-in '下面，我就XX镇创建国家卫生镇工作情况作简要汇报。' (body). '一、基本"
               "概况' is the only heading in view (background). The page's damaged characters are kept in body lines: "
               "the period '（557”581年）', the '>' in '世界第一井>汉代古XX', and the mismatched quotes of the honours "
               "and the slogan ('世界级自然保护地“', '以创促建、以创促改、以创促管“'). Names of historical figures were "
               "dropped with the personal names.",
               "The page ends mid-sentence ('提高全…') and then shows the paywall line '（想阅读全部图文内容，您需要先"
               "登陆！）', kept as debris and never labelled. doc_kind report (summary accepted; speech accepted, a "
               "report read out to visitors)."],
        units=["XX镇党委、政府"],
        text="""\
尊敬的各位评估组专家，各位领导：
金叶知秋，凉风有信。初秋时节，各位专家、领导莅临XX，对我镇创建国家卫生镇工作进行技术评估和指导，我们既感压力，又受鼓舞。在此，我谨代表XX镇党委、政府对大家的到来表示热烈的欢迎和衷心的感谢！下面，我就XX镇创建国家卫生镇工作情况作简要汇报。
@H1 sec=background | 一、基本概况
XX始建于南北朝时期的北周（557”581年），隋大业十二年（616年）升为XX县，有1500多年建镇史、700余年建县史、2000多年文明史，是世界上最早发现并使用天然气的地方，境内有世界第一井>汉代古XX等丰厚的历史人文资源。全镇幅员面积115.4平方公里，优质森林资源92.31平方公里，森林覆盖率80%，平均海拔894米，最高峰玉灵山海拔2025米；辖8个村、1个涉农社区、101个村民小组，常住人口1.56万人。
近年来，我镇坚持生态优先、绿色发展，围绕'124“发展思路精准发力，先后获得'世界级自然保护地“'全国森林康养基地试点建设镇“'XX卫生镇“等荣誉。
一直以来，我镇高度重视爱国卫生和创卫工作，按照'以创促建、以创促改、以创促管“的思路，把国家卫生镇创建作为完善集镇基础设施、提高集镇管理水平、改善集镇人居环境和提高全…
（想阅读全部图文内容，您需要先登陆！）
""",
    ),
    dict(
        name="fresh104_08_township_river_campaign_address",
        source="https://fanwen.chazidian.com/fanwen524405",
        doc_kind="speech", partial=True,
        notes=["A township leader's address (大柳乡) at a publicity event for the key treatment of the 石羊河 basin: the "
               "speaker opens the event, reads out the programme, and after it closes with three points. No title line "
               "in view (title null).",
               "Salutation lines '各位领导、老师们、同学们、大柳乡的父老乡亲们：' and '上午好！', the stage direction "
               "'（按活动议程进行）' and the lead-in '最后，…我再强调三点：' are body (its line-initial 最后 opens the closing remarks, not a point, and is not labelled). '首先我代表…' inside the third line is "
               "not labelled. The event slogan keeps the page's damaged separators ('关注生态?保护母亲河?共建美好家园', "
               "ASCII '?' where the original had a middle dot).",
               "The three points '第一，统一思想。…' '第二，落实责任。…' '第三，进一步作好宣传工作。…' are run-in level-1 "
               "headings (numbering 第一, 第二, 第三), kind requirements (guidance, measures accepted). The page ends inside "
               "the third ('…要继续作好')."],
        units=["大柳乡党委、政府", "各村组"],
        text="""\
各位领导、老师们、同学们、大柳乡的父老乡亲们：
上午好！
今天，我们在这里隆重举行“关注生态?保护母亲河?共建美好家园”石羊河流域重点治理宣传活动，首先我代表大柳乡党委、政府向前来参加活动的各位领导表示热烈的欢迎和衷心的感谢！
随着经济社会快速发展和人口增多，我市水资源严重匮乏，石羊河流域环境日益恶化，水资源问题已成为制约武威可持续发展的瓶颈。举行这次宣传活动，就是对石羊河流域重点治理再动员、再部署，把全乡上下的思想和行动统一到党中央、国务院和省、市、区的决策上来，加快重点治理进程。活动内容有：大柳乡领导讲话，区教育局领导讲话，区上领导讲话，学生代表发言，提出倡议，捐赠物品、散发宣传材料。仪式结束后，各宣传小组分组入户开展活动。
（按活动议程进行）
最后，就落实好今天的活动内容及领导们的讲话，我再强调三点：
@H1 sec=requirements alt=guidance,measures | 第一，统一思想。这次宣传活动既是再动员、再部署的大会，也是狠抓落实的大会。会后，各单位要迅速行动，组织专题学习讨论，把思想和行动统一到活动主题上来；要结合本乡镇、本村组实际总结经验，尽快制定措施办法，使学习活动主题的过程成为提高认识、统一思想的过程。
@H1 sec=requirements alt=guidance,measures | 第二，落实责任。各村组要按照领导讲话要求量化分解任务，责任到人，把任务再细化、深化、量化，确保责任到位、工作到位；各村组要按职能分工制定有效的实施意见，把各项工作落到实处。
@H1 sec=requirements alt=guidance,measures | 第三，进一步作好宣传工作。会后，各单位、各村组要继续作好
""",
    ),
    dict(
        name="fresh104_09_county_road_campaign_closing_speech",
        source="http://m.02465.cn/bangongwendang/sixianghuibao/2019/0927/68334.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's closing speech at a mobilisation video meeting for the winter road-building campaign. "
               "The page title with its category ('…讲话|动员部署会议') and the label '内容预览：' were dropped; the "
               "document's own title line is kept. The store ran the preview into one paragraph with spaces at the "
               "breaks; it was split there (title, salutation, two body paragraphs, the point).",
               "The county party secretary's surname was dropped ('县委郑书记' -> '县委书记'). The lead-in '…再强调四点"
               "意见：' ends the second body paragraph.",
               "'一要严密组织，迅速行动。…' is a run-in level-1 heading (numbering 一要, style 一要), kind requirements "
               "(guidance, measures accepted). The preview ends with '会……' inside it."],
        units=["各乡镇"],
        text="""\
@T | 在全县公路建设大会战动员会议结束时的讲话
同志们：
正当全县上下深入学习贯彻党的十七届四中全会精神、各项工作进入冲刺攻坚的关键时期，县委、县政府召开这次冬季公路建设大会战视频会议，目的是贯彻全省农村公路灾后重建项目调度会议精神，动员全县各级党政组织迅速行动起来，举全县之力、集全民之智打好公路建设攻坚战，确保全面完成全年公路建设任务。
刚才，县委书记就做好今冬公路建设大会战作了重要讲话，讲话立意深远、说理透彻，目标明确、安排具体，是开展今冬大会战的动员令和指导文件，请大家认真领会、抓好落实。下面，我就贯彻落实好这次会议精神，再强调四点意见：
@H1 sec=requirements alt=guidance,measures | 一要严密组织，迅速行动。冬季公路建设大会战是第四季度县委、县政府部署的又一项重点工作。县委书记的讲话从贯彻落实科学发展观、推进社会主义新农村建设和全县交通事业大发展的高度，阐明了加快农村公路建设的重大意义。各乡镇、各单位要切实提高认识，增强政治敏锐性，高度重视这次大会战，把它作为检阅各级领导班子执政能力、锤炼干部作风的“试金石”。会……
""",
    ),
]
