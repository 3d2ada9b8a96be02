# -*- coding: utf-8 -*-
"""The 116th held-out fresh set: a RANDOM DRAW of the genre (工作计划 / 规划, 实施方案 /
规划方案, 活动方案 / 活动策划书, 工作总结, 讲话稿): a provincial department's five-year
plan inside its issuing notice, a college department's winter-solstice activity plan (page 3
of a paged article), a 1950 speech on regional trade-union work, a town's 2022 summary from a
bidding-information site, a city leader's national-defence-mobilisation speech, a township's
new-countryside scheme with PDF line breaks, and a residential community's mid-autumn party
plan.  Broad queries, first usable result taken (log in notes_queries.txt).  Found as stored
public web pages with the `search` tool's `pages` corpus.  None of the source pages is a
source of another set (checked against every /work/fresh*/ exclusion list, used_sources.tsv
and label file, and /work/wt-lead/tests/corpus_*).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate (page titles of the site, 小编 blurbs,
  sample numbers) was dropped.
- Heading, title, value and schedule lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“”！？ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates, figures, unit
  and place names, quoted slogans and the masking found in the source are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH116_DOCS = [
    dict(
        name="fresh116_01_province_technical_education_five_year_plan",
        source="https://hbzhixie.com/show-14-60-1.html",
        doc_kind="plan", partial=True,
        title_override="河北省技工教育“十四五”规划",
        notes=["A provincial department's five-year plan (河北省技工教育“十四五”规划) inside its issuing notice "
               "(冀人社发〔2022〕11号), as a reposting site has it: letterhead line, notice title, the document number "
               "typed twice with PDF spacing ('冀人社发〔2022〕11 号', both lines kept as the store has them), addressee, "
               "notice body, signature and date, then the plan's own title and its preamble.",
               "As in corpus-dev dev05, the notice title and the plan title are both title lines and the label takes the "
               "plan's own title; the letterhead and the signature line '河北省人力资源和社会保障厅' are body.",
               "一、发展环境 is background; under it a dash-led run-in point '——政策环境不断优化。…' is a level-2 heading "
               "(numbering '——'), text cut at the first '。'. The page ends inside that point, in the middle of a "
               "document name ('《河北省职业技能提升行动实施').",
               "Units: none. The issuing department and the ministry only issue or are cited; no lead unit for a task is "
               "named in the visible part (dev05 likewise does not list its issuer)."],
        units=[],
        text="""\
河北省人力资源和社会保障厅
@T | 关于印发技工教育“十四五”规划的通知
冀人社发〔2022〕11 号
冀人社发〔2022〕11 号
各市（含定州、辛集市）人力资源社会保障局，雄安新区管理委员会公共服务局：
为贯彻习近平总书记关于大力发展技工教育的重要指示精神，按照人力资源和社会保障部技工教育“十四五”规划的要求，我厅制定了《河北省技工教育“十四五”规划》，现印发给你们，请结合本地实际认真执行。
河北省人力资源和社会保障厅
2022年5月30日
@T | 河北省技工教育“十四五”规划
技工教育是现代职业教育的重要组成部分，也是培养技术工人的主阵地和技能人才培养的重要平台。本规划依据《人力资源社会保障部关于印发技工教育“十四五”规划的通知》和《河北省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制，明确“十四五”时期全省技工教育的指导思想、主要目标、重点任务和保障措施。
@H1 sec=background | 一、发展环境
“十三五”期间，全省技工教育服务京津冀协同发展、雄安新区规划建设和北京冬奥会筹办等国家战略，培养了大批高素质劳动者和高技能人才，技工院校的办学规模、实力和质量都有明显提升。
@H2 | ——政策环境不断优化。省委、省政府重视技能人才工作，先后出台《关于推行终身职业技能培训制度加快技能强省建设的实施意见》《河北省职业技能提升行动实施
""",
    ),
    dict(
        name="fresh116_02_college_winter_solstice_activity_plan",
        source="http://wenrenren.com/c/10014A1932021_3.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["Page 3 of a paged article ('冬至的活动策划书怎么写?( 三 )'): a college department's plan for a "
               "winter-solstice 汤圆 party (厦门理工学院材料系, 2011). The page starts at 二、活动背景, so 一、 is not in "
               "view; the site's page title (a question with a page number) is navigation and was dropped; title is null.",
               "The site puts spaces before commas and full stops (' , ' ' 。'); they were removed in the rewritten bodies "
               "and do not occur in the kept lines.",
               "Eight level-1 headings 二、 to 八、 without colons; the values of 五、活动地点 ('理工第一食堂餐', the page's "
               "wording), 六、参加对象 and 七、活动内容 are body lines on the next line. Kinds: 活动背景 background "
               "(guidance accepted), 活动目的 goals (guidance accepted) with its three statements as items, 活动时间 phases "
               "(other accepted), 地点 / 对象 other, 活动内容 goals (measures accepted), 前期准备工作 measures (other "
               "accepted).",
               "四、活动时间 is followed by two schedule rows kept as written ('2011年12月21日下午 13:30-15:20包汤圆煮汤圆', "
               "'15:30-16:30邀请师生品尝汤圆'): the time slots of a one-afternoon programme, optional phases.",
               "八、 has level-2 headings '（一） 宣传：海报、横幅、广播站宣传、报名单传单' (a space after （一）, kept) and "
               "'（二）参加方式：组织各班全体同学参加' (label plus a short value, so the whole line is the heading text); the "
               "1、 lines under them are task statements, items. The numbering under （一） runs 1、 2、 4、 (3、 is missing "
               "in the source). '于19至22号' and '于21日13' are deadlines inside items, not phases. The page ends inside "
               "the first item of （二）."],
        units=[],
        extra_phases=[
            dict(name="包汤圆煮汤圆", start_text="2011年12月21日下午 13:30", end_text="15:20",
                 at="13:30-15:20包汤圆煮汤圆", optional=True),
            dict(name="邀请师生品尝汤圆", start_text="15:30", end_text="16:30",
                 at="15:30-16:30邀请师生品尝汤圆", optional=True),
        ],
        text="""\
@H1 sec=background alt=guidance | 二、活动背景
为弘扬民俗、传承传统习俗，趁十二月冬至临近举办这次活动，这也是宣传和锻炼自己的好机会；活动面向充满活力的大学生，意在展示青春风采，增进思想交流，繁荣校园饮食文化，拓宽大家的兴趣爱好。
@H1 sec=goals alt=guidance | 三、活动目的
@I2 | 1、在冬至来临之际，让在院同学一起过节，增进彼此的联系和交流，互致节日问候，在集体中感受家的温暖。
@I2 | 2、通过亲手包汤圆、煮汤圆，体会传统节日的内涵，了解包汤圆的方法和馅料搭配，锻炼动手能力和学习能力。
@I2 | 3、感受节日气氛、发扬传统文化，继承传统习俗。
@H1 sec=phases alt=other | 四、活动时间
2011年12月21日下午 13:30-15:20包汤圆煮汤圆
15:30-16:30邀请师生品尝汤圆
@H1 sec=other | 五、活动地点
理工第一食堂餐
@H1 sec=other | 六、参加对象
厦门理工学院材料系全体师生
@H1 sec=goals alt=measures | 七、活动内容
“汤圆”的制作及吃汤圆共庆冬至佳节
@H1 sec=measures alt=other | 八、活动的前期准备工作
@H2 | （一） 宣传：海报、横幅、广播站宣传、报名单传单
@I3 | 1、海报：3张，贴在宣传栏（其中三期1张，教学楼1张，食堂1张）。
@I3 | 2、广播稿4篇：于19至22号连续广播宣传。
@I3 | 4、横幅2条：内容待定，挂在校园、宿舍醒目处和活动现场，加大宣传力度。
@H2 | （二）参加方式：组织各班全体同学参加
@I3 | 1、安排人员到各班通知，请各班同学于21日13
""",
    ),
    dict(
        name="fresh116_03_1950_regional_trade_union_work_speech",
        source="https://marxists.pages.dev/chinese/reference-books/1950/a003.htm",
        doc_kind="speech", doc_kind_alt=["report"], partial=True,
        notes=["A 1950 speech on the trade-union work of the 中南 provinces, from a reference-book collection; the stored "
               "text starts with the speech's opening, with no title line and no salutation (title null).",
               "The opening lists four achievements '（一）发动了工人群众，…' to '（四）各工厂、矿山，…' after the lead-in "
               "'…主要表现在下面四点：': statements, labelled items, kind achievements (requirements accepted). They sit in "
               "the opening, not under a heading: level 1 by convention, 2 accepted (as dev35's viewpoints).",
               "Item （四） keeps the source's slip '有百分之五十以上的工会参加了工会'.",
               "The three issues announced in the body ('我现在就这三个问题提供一些意见') start with the heading "
               "'一 关于工会工作的立场问题': a bare numeral and a space, no 、 (numbering '一', style none, as in "
               "corpus_fresh107_04), level 1, a point of the speech: requirements (guidance, measures accepted). The page "
               "ends inside its second paragraph ('（如工商联为资').",
               "Units: none; the speech addresses union workers in general (工会, 工会工作者), no lead unit is named."],
        units=[],
        text="""\
中南各省的工会工作从去年开始，一年多来成绩很大，主要表现在下面四点：
@I1 lvlalt=2 sec=achievements alt=requirements | （一）发动了工人群众，支援了解放战争，配合政府顺利接管城市，保护工厂、恢复生产、稳定金融物价和社会秩序，这些都与工会工作分不开。
@I1 lvlalt=2 sec=achievements alt=requirements | （二）依靠工人团结资方，维持生产，克服目前困难，为将来发展工商业打下了初步基础。
@I1 lvlalt=2 sec=achievements alt=requirements | （三）提高了工人阶级的阶级觉悟与政治觉悟，初步确立了主人翁思想，帮助工人认识了人民政府和党，从而拥护党和人民政府。
@I1 lvlalt=2 sec=achievements alt=requirements | （四）各工厂、矿山建立了工会组织，全国建立了各级工会系统，有百分之五十以上的工会参加了工会。
由此可见，党在中南工人中已有初步基础，这是今后城市建设和经济建设的基本依靠；离开它，城市建设和国家财政经济的基本好转都无从谈起。
但工会工作也有缺点，主要是严重脱离群众，必须高度警惕。原因首先是工会工作者缺乏明确的阶级立场，其次是没有及时反映、切实代表工人阶级的利益，再次是工作方法上不走群众路线，官僚主义和命令主义相当严重。今后工会工作要注意克服这些问题，我就这三个问题提些意见。
@H1 sec=requirements alt=guidance,measures num=一 | 一 关于工会工作的立场问题
工会只能有一种立场，就是明确站在工人阶级利益的立场上；工会工作者说话、办事、看问题、处理问题都要从这个立场出发，牢牢站稳，不能站到别的立场上去。
在私营企业中，工会工作者固然应当处处为工人利益打算（如工商联为资
""",
    ),
    dict(
        name="fresh116_04_town_2022_work_summary",
        source="https://ixbang.com/bid/detail/18BCC651541E39271BEE4DFC98BD10C6.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first part of a town's (桃园镇, 埇桥区) summary-and-plan, reposted on a bidding-information site that "
               "masks some words as '(略)'; the masks are kept as '（略）' (the site's spaces around them dropped). The "
               "stored text starts at the first heading: no title line, title null.",
               "一、2022年工作总结 (achievements) with an opening paragraph, then '（一）经济发展稳中有进，综合实力进一步"
               "增强' standing alone (level 2). Its body is one paragraph that runs four lead sentences in "
               "('总体经济平稳运行。…农业生产稳步发展。…重点项目建设成效显现。…商务经济工作逐步推进。…'); they are in "
               "the middle of a line and not labelled.",
               "The page ends with the bare start of the next heading '（二）疫', labelled as a level-2 heading.",
               "Growth figures and '截至目前' are results, not phases."],
        units=["桃园镇"],
        text="""\
@H1 sec=achievements | 一、2022年工作总结
2022年是党的二十大召开之年，也是“十四五”规划承上启下的关键一年。桃园镇在区委、区政府和镇党委领导下，以新时代中国特色社会主义思想为指导，贯彻党的十九大、十九届历次会议和二十大精神，统筹疫情防控和经济社会发展，落实“六稳”“六保”，巩固拓展脱贫攻坚成果同乡村振兴有效衔接，较好完成了桃园镇十二届人民代表大会第一次会议确定的目标任务。
@H2 | （一）经济发展稳中有进，综合实力进一步增强
总体经济平稳运行。2022年我镇税收预计1700余万元，同比增长10%，固定资产投资完成16679万元，规模以上企业14家，预计完成产值30.68亿元，同比增长3.95%，获评“20（略）乡村振兴示范镇”“（略）无烟党政机关”等称号。农业生产稳步发展。全镇流转大户、家庭种植养殖农场和合作社共114家，其中（略）级家庭农场2家、市级家庭农场10家、区级示范农场5家，为土地规范管理和科技兴农打下基础。重点项目建设成效显现。依托工业集中区发展农产品深加工，宿州翰林木纤维生产项目、卫浴产业园项目、何氏制衣项目、（略）（略）4家支柱企业已建成投产。商务经济工作逐步推进。加强人才培训，推进农村电子商务优化提升，全镇挂牌“（略）电子商务进农村便民网点”6家，浍光村被评为埇桥区农村电商示范村。
@H2 | （二）疫
""",
    ),
    dict(
        name="fresh116_05_city_defence_mobilisation_meeting_speech",
        source="https://bimoxiezuo.com/view?id=n5tw63s7mi2ggodc&type=2",
        doc_kind="speech", partial=True,
        notes=["A city leader's speech at the 2025 national-defence-mobilisation work meeting ('开年第一会'); the stored text "
               "is short: title, salutation '同志们：', '大家好！', two opening paragraphs, the lead-in '下面，…讲几点意见。' "
               "and the first point, which ends after a few words ('…在市委、市政府的坚强领导').",
               "Salutation, greeting and lead-in are body lines. The one heading '一、回顾过去，总结经验，坚定做好国防动员"
               "工作的信心' is level 1; as a point of a speech that reviews last year's work it is achievements, with "
               "requirements and guidance accepted (the usual kinds of a speech point).",
               "Units: none (市委、市政府 lead in general; no unit is given a task in view)."],
        units=[],
        text="""\
@T | 开年第一会暨2025年全市国防动员工作会议上的讲话稿
同志们：
大家好！
今天我们召开2025年全市国防动员工作会议，这是开年第一会，也是新一年国防动员工作的动员部署会。
会议的主要目的是学习贯彻党的二十大精神和习近平强军思想，总结过去一年的成绩，分析当前的形势和任务，部署2025年全市国防动员工作的重点任务，统一思想、明确目标、凝聚力量，推动我市国防动员工作在新的一年取得新成绩。
下面，结合当前形势和全市实际，我就2025年国防动员工作讲几点意见。
@H1 sec=achievements alt=requirements,guidance | 一、回顾过去，总结经验，坚定做好国防动员工作的信心
过去的一年，全市国防动员工作在市委、市政府的坚强领导
""",
    ),
    dict(
        name="fresh116_06_township_new_countryside_scheme",
        source="https://chaoshi.m.zjtcn.com/classifydetails/940320.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["The first sample of a page '《新农村建设规划方案》': a township's ('我乡', name not given) scheme for its "
               "20XX new-countryside work. The page's own title line in 《》 was dropped; the sample heading "
               "'新农村建设规划方案(一) :' is kept as the title without its sample number '(一)' and the colon.",
               "The text comes from a PDF conversion: the body paragraphs break in the middle of words at the old line "
               "ends ('…我乡 20XX年新农' / '村建设…'), with a stray space after '县委、' and before '20XX'. The rewritten "
               "bodies keep such breaks, so one paragraph spans several lines; none of these lines is labelled.",
               "The conversion's word substitutions are kept in the body where they sit in the quoted goal and the slogan "
               "('乡风礼貌' for 乡风文明, '以五新一好为主要资料' for 主要内容).",
               "一、指导思想 guidance; 二、工作任务 goals (measures accepted). Under it the first PDF line starts with "
               "'一是抓好公路沿线村村自然村的新农村建设；二是…' (a task statement: item, level 2, text cut at the first "
               "'；'); the 二是 on that line and the 三是 on the next are mid-line and not labelled. The page ends inside "
               "the third task ('三是抓好两个新农村建').",
               "Units: none (县委、政府 are superior bodies)."],
        units=[],
        text="""\
@T | 新农村建设规划方案
为落实县委、 政府关于新农村建设的工作部署，抓好我乡 20XX年新农
村建设，我们把新农村建设放进生态立县、旅游兴县的发展轨道，作为我乡推进
城镇化、保持经济社会平稳较快发展的持久动力，结合我乡实际，
特制订如下方案。
@H1 sec=guidance | 一、指导思想
20XX年，我乡继续按照生产发展、生活富裕、乡风礼貌，村容整洁、管理民主
的目标要求，推进以五新一好为主要资料的新农村建设，做好四改一整、
三绿一处理各项建设，重点办好改水、改厕、改路、改房、环境整
治五件实事，解决农村行路难、上学难、看病难，实现走平坦水泥路、
喝县自来水、上卫生水冲厕、住整洁舒适房、用洁净能源、居绿色家园、建生态
环保新村的目标。
@H1 sec=goals alt=measures | 二、工作任务
@I2 sec=goals alt=measures | 一是抓好公路沿线村村自然村的新农村建设；二是抓好新农村建设点的绿色
家园建设；三是抓好两个新农村建
""",
    ),
    dict(
        name="fresh116_07_community_mid_autumn_party_plan",
        source="http://yuwen.yiyaolib.com/fanwen/huodongfangan/2349397.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a collection page ('社区中秋活动实施方案'): a residential community's (小区, 业主) "
               "mid-autumn evening party. The page title and the 小编 blurb were dropped; the sample heading "
               "'社区中秋活动实施方案1' is kept as the title without its sample number.",
               "Level-1 label headings with a trailing colon ('一、策划主题：' … '五、节目内容：'). 二、活动内容： holds four "
               "'1、label：value' lines, level-2 headings with their own kinds (主题 other, 活动目的 goals with guidance "
               "accepted, 活动时间 phases with other accepted, 地点 other); the store runs item 5 into item 4 "
               "('4、活动地点：小区的中心广场5、参与对象：全体业主'): the '5、' in the middle of the line is not labelled and "
               "the heading text is the whole line (label plus short value). 二、活动内容 itself is goals (measures, other "
               "accepted).",
               "3、活动时间 '20XX.9.22晚上（7点30分到9点30分）' is the overall time: an optional phase (start '20XX.9.22晚上', "
               "end '9点30分').",
               "四、宣传形式： has two 1）2） statements, items ('流密集处' is the page's wording). 五、节目内容： has five "
               "programme pieces '1）猜灯谜：…' to '5）赏月吃月饼：…' as level-2 run-in headings (text cut at the colon; "
               "for '2）“你信任我吗？”…', which has no colon, the text is set by hand). The fifth piece ends with the lead-in "
               "'…聚会仪式开始：', and a running order restarts at 1）: '1）领导致词并宣布晚会开始7点30分', "
               "'2）猜灯谜、“你信任我吗？”7点45分-8点15分', '3）我爱记歌词8点20分-8点50分' — the time slots of a one-evening "
               "programme, labelled items of kind phases (other accepted), level 2 (3 accepted, since they hang from the "
               "lead-in glued to 5）), each an optional phase. The page ends with '4）交'.",
               "The games piece says '让在场的师生' in a community plan (the page's wording, kept).",
               "Units: none named."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="20XX.9.22晚上", end_text="9点30分", at="3、活动时间", optional=True),
            dict(name="领导致词并宣布晚会开始", start_text="7点30分", end_text=None, at="1）领导致词", optional=True),
            dict(name="猜灯谜、“你信任我吗？”", start_text="7点45分", end_text="8点15分", at="2）猜灯谜、", optional=True),
            dict(name="我爱记歌词", start_text="8点20分", end_text="8点50分", at="3）我爱记歌词8点", optional=True),
        ],
        text="""\
@T | 社区中秋活动实施方案
@H1 sec=other | 一、策划主题：
社区喜迎20XX中秋
@H1 sec=goals alt=measures,other | 二、活动内容：
@H2 sec=other | 1、活动主题：“欢度中秋，浓情中秋”
@H2 sec=goals alt=guidance | 2、活动目的：让全体业主都感受到节日的浓厚氛围
@H2 sec=phases alt=other | 3、活动时间：20XX.9.22晚上（7点30分到9点30分）
@H2 sec=other | 4、活动地点：小区的中心广场5、参与对象：全体业主
@H1 sec=other alt=measures | 三、环境的布置：
用横幅、灯笼、气球和丝带布置场地。
@H1 sec=measures alt=other | 四、宣传形式：
@I2 | 1）海报的方式宣传；
@I2 | 2）流密集处以传单方式宣传。
@H1 sec=goals alt=measures | 五、节目内容：
@H2 alt=measures | 1）猜灯谜：在挂好谜题的灯笼里挑选自己感兴趣又会解的谜语，猜中就能领到精美奖品。材料：线、灯笼、谜题、奖品；
@H2 alt=measures text=2）“你信任我吗？” | 2）“你信任我吗？”一对情侣或朋友相隔2米站好，前面的人站在约50CM高处，毫无预警地往后倒，看后面的人能否及时接住，考的是彼此的信任和反应。材料：软垫、凳子、桌子；
@H2 alt=measures | 3）我爱记歌词：先给选手放一段前奏，音乐一停必须马上接唱，歌词一字不能错，唱错的要把气球绑在身上让别人刺破，最后胜出者获神秘大礼品；
@H2 alt=measures | 4）交际舞：在广场上放一段华尔兹音乐，让在场的师生自由组合跳舞，放松心情；
@H2 alt=measures | 5）赏月吃月饼：月亮最圆最亮的时候，大家围坐在一起边赏月边聊天吃月饼；聚会开始之前，给在场业主分发荧光棒和小灯笼，一切准备完毕，聚会仪式开始：
@I2 lvlalt=3 sec=phases alt=other | 1）领导致词并宣布晚会开始7点30分
@I2 lvlalt=3 sec=phases alt=other | 2）猜灯谜、“你信任我吗？”7点45分-8点15分
@I2 lvlalt=3 sec=phases alt=other | 3）我爱记歌词8点20分-8点50分
@I2 lvlalt=3 sec=phases alt=other | 4）交
""",
    ),
    dict(
        name="fresh116_08_county_school_experiment_year_plan",
        source="https://m.010zaixian.com/shiyongwen/gongzuojihua/3916646_2.htm",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('【必备】学校学年工作计划4篇'): a county's ('我县') plan for the third "
               "year of a school-reform experiment whose name the source masks as 'xx实验' (xx研究院, xx种子教师, xx共同体: "
               "masks kept). The posting date, collection title, 小编 blurb and the sample heading '学校学年工作计划 篇1' "
               "were dropped; the collection's generic name does not describe this plan, so title is null.",
               "一、实验思路：底线+榜样+共同体 is a label heading with a short value (whole line is the heading text); kind "
               "guidance (设计思路), goals accepted. Its three '1.明确xx实验学校标准。…' lines are run-in level-2 headings, "
               "text cut at the first '。'.",
               "二、工作原则 (guidance) has standalone level-2 headings '1.聚力行动，大力攻坚' and '2.因校制宜，注重内涵' "
               "with body paragraphs; the school names in the body (王庄三中、大寨二中、万古一中) are kept. The page ends "
               "inside the second principle ('…学生的生命触动').",
               "Units: the county's 推进领导小组 (set up to lead the work); xx研究院 only issued the standard and is not "
               "listed."],
        units=["推进领导小组"],
        text="""\
xx实验已经走过三个年头，为把实验推向深入，现制定如下计划：
@H1 sec=guidance alt=goals | 一、实验思路：底线+榜样+共同体
@H2 alt=goals,measures | 1.明确xx实验学校标准。xx研究院已颁布具体标准，我们将认真照此执行。
@H2 alt=goals,measures | 2.培育榜样。每所xx实验学校都要有自己的榜样教师和xx种子教师；除参加全国的评选外，我县还将组织各类榜样评选。
@H2 alt=goals,measures | 3.建立推进机构，组建xx共同体。围绕研究、对话和问题解决，把高效课堂试点学校和xx实验学校分别组成共同体，定期研讨和培训；县里成立专门的推进领导小组，抽调教研、培训、中心校等单位的专家开展有针对性的视导和研修。
@H1 sec=guidance | 二、工作原则
@H2 | 1.聚力行动，大力攻坚
小学没有升学压力、科目少，学生时间相对宽裕，6至12岁又是性格习惯养成的黄金期，正适合开展注重人生底色的xx实验，所以倡导所有小学都参加；初中则鼓励有激情的校长尝试，重点放在课堂、课程和学生的自我管理上，如王庄三中、大寨二中、万古一中等。
@H2 | 2.因校制宜，注重内涵
学校自愿参加，根据自身优势自选项目；项目一旦确定就要认真实施，不能只挂招牌、做表面文章，而要深入到学生生命的成长，比如完美教室要看一年下来学生的精神生命怎样一天天长大，理想课堂要看每一节课下来学生的生命触动
""",
    ),
    dict(
        name="fresh116_09_town_government_term_end_report",
        source="https://wnwk.com/doc/632279.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town government's report at the end of its five-year term, titled '区政府班子换届工作报告' while the body "
               "speaks of '镇政府班子' and '我镇' (kept as the source has it). From a document-sharing page whose text "
               "arrived as one run-together block; it was split into lines at the paragraph and heading boundaries the "
               "text shows. The page marker '第1页共5页' was glued to the title and is kept on its own first line (debris, "
               "not labelled); the salutation '各位领导、各位同志：' is body.",
               "The conversion replaced every year by '2023' ('自2023年任职以来', '比2023年翻两番') and substituted words "
               "(开展 for 发展, 广阔 for 广大, 缺乏 for 不足, 到达 for 达到, 效劳 for 服务, a closing quote '〞'); they are "
               "kept in the heading lines ('一、经济社会实现又好又快开展', '（二）农业开展出现新起色') and where they sit "
               "in the bodies.",
               "一、… stood glued to its body ('…又好又快开展五年来，…') in the block; it was put on its own line. "
               "（一）/（二） are run-in level-2 headings, text cut at the first '。'. Inside （二） the '一是…二是…三是' "
               "are mid-line and not labelled; the page ends with '三是'.",
               "Kind achievements (backward-looking review); report with summary accepted. The growth figures are "
               "results, not phases."],
        units=["镇政府班子"],
        text="""\
第1页共5页
@T | 区政府班子换届工作报告
各位领导、各位同志：
本届政府班子自2023年任职至今已经届满。五年来，在区委、区政府和镇党委的领导和社会各界的支持下，班子团结协作，以科学开展观统领全局，带着广阔干群励精图治，外求开展、内抓管理，全面完成了各项任务。现将五年来的工作情况和今后的工作意见报告如下：
@H1 sec=achievements | 一、经济社会实现又好又快开展
五年来，镇政府班子围绕区委、区政府和镇党委的要求，带着全镇广阔干部群众解放思想、开拓进取，镇域经济又好又快开展，社会事业全面进步。2023年工农业生产总值达20亿元，比2023年翻两番；固定资产投入达8亿元；财政收入由2023年的缺乏千万元到2023年突破亿元大关，到达1.1亿元；农民人均纯收入1321元，约为2023年的两倍。
@H2 | （一）招商引资工作实现新突破。五年来我镇把招商引资当作全镇工作的重中之重，实行风险金制度，加大奖励力度，调动镇村干部和社会各界的积极性，争取上级支持并与兄弟单位合作，xx（投资3亿）、xx工程（投资1.2亿）、xx沥青搅拌（投资1.3亿元）、xx度假村（投资8000万）、xx（投资8000万）等一批税收贡献大、带动就业强的企业相继落户投产，带动了我镇经济开展。
@H2 | （二）农业开展出现新起色。一是全面推进农业产业化，全镇现有32家农民专业合作社，其中xx养猪合作社被评为国家级农民专业合作社组织示范单位，xx镇养鸡合作社被评为市级标准化农民专业合作社。二是大力推进效益农业建设，以科技兴农为宗旨，强化农技推广和农技效劳，提高农业产出和效益，增加农民收入；xx村葡萄种植成功申报“一村一品〞。三是
""",
    ),
]
