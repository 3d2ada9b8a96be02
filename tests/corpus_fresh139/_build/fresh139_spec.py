# -*- coding: utf-8 -*-
"""The 139th held-out fresh set: PARTY-BUILDING documents (党建) -- a party
branch's year plan, a bureau party committee's 工作要点, a 主题教育 scheme in
its issuing notice, a 学习强国 scheme, a party branch's 七一 activity plan, a 党风廉政建设 summary, a
quarterly 党建 summary, a stage plan of the 学习实践科学发展观 campaign and a
school branch's term plan.  Found as stored public web pages with the
`search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of another set (checked against every label file,
used_sources.tsv and *.lst under /work/main/tests/corpus_fresh*/ and
/work/fresh*/ when each page was chosen and when the set was finished).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，；！ was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans, document titles and masking are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH139_DOCS = [
    dict(
        name="fresh139_01_department_student_party_branch_plan",
        source="https://www.bjpldx.edu.cn/gjsw/Index/show/catid/8/id/140.html",
        doc_kind="plan", partial=True,
        notes=["A department's (系) student party branch year plan on a college site. The stored text starts at "
               "'总体思路:' with no title line, so title is null.",
               "Two unnumbered label lines '总体思路：' and '目标要求：' stand alone above their bodies before 一、; they are "
               "level-1 headings (guidance; goals), siblings of 一、 and 二、 (the corpus-dev convention for unnumbered "
               "labels, dev08).",
               "一、思想建设方面 and 二、组织建设方面 are task areas of a plan: goals, measures accepted. The 1、 points under "
               "them are short titles run in with a body ('1、支部民主生活会。以…'): headings at level 2.",
               "The page ends inside 二、's first point ('…严把关' cut inside the quotation); kept as far as shown.",
               "The superior 校党委 only leads; no responsible unit is named (units empty)."],
        units=[],
        text="""\
@H1 sec=guidance | 总体思路：
在校党委领导下进一步解放思想、更新观念，抓好重点积极分子队伍建设。坚持“成熟一个、发展一个”，积极而慎重地加大学生党员发展力度，同时做好入党后的教育管理，建设一支数量与质量统一的党员队伍，为全系各项工作提供组织保证。
@H1 sec=goals | 目标要求：
健全学生党建规章制度，完善发展党员公示制度、提高透明度；稳定入党申请人队伍，逐步提高积极分子比例，做到一年级有重点积极分子、二年级有党员。以学生党员为主要对象、以支部思想活动为主要形式，发挥支部战斗堡垒作用，在积极分子培养和党员教育管理上取得新突破。
@H1 sec=goals alt=measures | 一、思想建设方面
提高全体党员的政治觉悟和理论修养，坚定政治信念；继续学习邓小平理论、“三个代表”重要思想、“十六大”精神和科学发展观，为完成本年度各项工作提供思想保证。
@H2 | 1、支部民主生活会。采用支部内部讨论和老师不定期讲授相结合的方式，加深成员对党的理论的理解。
@H2 | 2、“双学”（学党章、学马列）活动。作为一项新活动在支部内部开展，帮助成员重新认识党章和马列。
@H1 sec=goals alt=measures | 二、组织建设方面
组织建设是基础，抓好了才能建成一支高素质的党员队伍。
@H2 | 1、坚持组织发展培养原则。为使发展工作规范化、制度化，本支部将坚持“早选苗、重培养、严把关
""",
    ),
    dict(
        name="fresh139_02_bureau_ideology_work_points",
        source="http://gwzjk.com/index/article/detail/detail_id/3305.html",
        doc_kind="plan", partial=True,
        notes=["A bureau party committee's 2023 意识形态工作要点 from a model-document site; the bureau's name is masked "
               "as in the source ('XX局', 'XX工作', 'XX“十四五”战略', '党的XX大'). Title line kept.",
               "Two levels: 一、指导思想 (guidance), 二、主要任务 (goals; measures accepted), and under it the run-in "
               "task '（一）深入学习宣传贯彻习近平新时代中国特色社会主义思想。严格落实…' (level 2, text cut at the first 。).",
               "The 2023 points still cite 党的十九大和十九届历次全会精神 and 迎接党的XX大; kept as the source has it.",
               "The page ends after the body of （一）."],
        units=["局党委"],
        text="""\
@T | XX局2023年意识形态工作要点
为贯彻习近平总书记关于意识形态工作的重要讲话和指示精神，加强和改进意识形态工作，落实中央和省、市委的部署以及党管意识形态原则，局党委结合实际制定2023年度意识形态工作要点。
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届历次全会精神及总书记关于意识形态和XX工作的重要论述，严格落实党委意识形态工作责任制，增强“四个意识”、坚定“四个自信”、做到“两个维护”；围绕举旗帜、聚民心、育新人、兴文化、展形象的使命任务和新发展阶段的要求，防范意识形态领域重大风险，为实施XX“十四五”战略提供政治保障和思想动力，以优异成绩迎接党的XX大召开。
@H1 sec=goals alt=measures | 二、主要任务
@H2 | （一）深入学习宣传贯彻习近平新时代中国特色社会主义思想。严格执行“第一议题”制度，依托党委理论学习中心组学习会、青年干部讲坛和机关学习会，以集中学习、专家辅导、交流研讨等方式学习《习近平新时代中国特色社会主义思想问答》《习近平在浙江》，分专题研讨经济思想、生态文明思想和法治思想等。
""",
    ),
    dict(
        name="fresh139_03_district_education_party_committee_theme_education_scheme",
        source="http://nbxinxi.com/a/dinghaiqu/20210603/253022.html",
        doc_kind="scheme", partial=True,
        notes=["A district education bureau party committee's 不忘初心、牢记使命 主题教育 scheme inside its issuing notice "
               "(addressee, one-line notice, issuer and date 2019年9月13日), from a local information site. The site's "
               "'朗读' (read-aloud) button line was dropped.",
               "The notice shows no title of its own; the scheme's title line is the title (one title line). The "
               "addressee, issuer and date lines are body.",
               "Only two headings are visible: 一、目标任务 (goals) and 二、工作安排 (phases); the page ends inside 二、's "
               "body ('…具体到每个单位，开展').",
               "The overall period '从2019年9月开始，到11月底基本结束' is an optional phase (start '2019年9月', end "
               "'11月底'); the stages that would follow are not visible."],
        units=["中共舟山市定海区教育局委员会"],
        extra_phases=[
            dict(name="主题教育", start_text="2019年9月", end_text="11月底", at="从2019年9月开始", optional=True),
        ],
        text="""\
全区各中小学、幼儿园、直属事业单位党组织：
现将《舟山市定海区教育局党委“不忘初心、牢记使命”主题教育实施方案》印发你们，望认真抓好贯彻落实。
中共舟山市定海区教育局委员会
2019年9月13日
@T | 舟山市定海区教育局党委“不忘初心、牢记使命”主题教育实施方案
按照中央、省委、市委、区委和市教育局党委的统一部署，为扎实开展“不忘初心、牢记使命”主题教育，结合全区教育系统实际，制定本方案。
@H1 sec=goals | 一、目标任务
主题教育的根本任务是深入学习贯彻习近平新时代中国特色社会主义思想，锤炼忠诚干净担当的政治品质，带领全局党员干部和全区教育系统干部教师，为建设“定海花园式国际人文港城”、打造“群岛新区基础教育最优区”共同奋斗。要按照“守初心、担使命、找差距、抓落实”的总要求，高标准高质量推进，努力做到“理论学习见真知、政治建设见实功、激情创业见担当、改革攻坚见实招、服务群众见真情、清正廉洁见本色”，推进清廉教育、清廉学校建设，谱写新时代定海教育新篇章。
@H1 sec=phases | 二、工作安排
这次主题教育从2019年9月开始，到11月底基本结束，具体到每个单位，开展
""",
    ),
    dict(
        name="fresh139_04_student_affairs_branch_xuexi_qiangguo_scheme",
        source="https://xgc.pxc.jx.cn/info/1063/1684.htm",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A college student-affairs office party branch's 2021 scheme for studying on the 学习强国 platform, from "
               "the college site. Title line kept.",
               "Five short 一、–五、 headings: 指导思想 guidance, 工作目标 goals, 活动对象 other, 活动时间 phases (other "
               "accepted), 实施办法 measures (requirements accepted).",
               "The value lines '学生工作处全体成员' and '2021年1-12月' are body. '2021年1-12月' is an optional overall "
               "period, labelled start '2021年1', end '12月' as written (the month-range convention of earlier sets).",
               "The 1. points under 五、 are rules ('每日平均学习积分不得低于30分…'): items. The page ends inside item 2 "
               "('四个月不达标')."],
        units=["学生工作处党支部"],
        extra_phases=[
            dict(name="活动时间", start_text="2021年1", end_text="12月", at="2021年1-12月", optional=True),
        ],
        text="""\
@T | 学生工作处党支部2021年“学习强国”学习活动实施方案
为推动本支部用好“学习强国”学习平台，加强理论武装和组织建设、提升支部建设水平，结合工作实际制定本方案。
@H1 sec=guidance | 一、指导思想
“学习强国”是中宣部按中央部署建设的PC端和手机APP信息化平台，以学习宣传习近平新时代中国特色社会主义思想为主题，通过网上学习组织实现有组织、有指导、有管理、有服务的学习，是建设学习型政党、学习大国的重要阵地，也是新形势下强化理论武装的创新探索。
@H1 sec=goals | 二、工作目标
平台上线以来支部一直高度重视。本年度按照“党员带动群众，全员参与学习”的原则，在学生工作处全体成员中加大平台学用力度，营造崇尚学习、比学赶超的氛围，学出实效。
@H1 sec=other | 三、活动对象
学生工作处全体成员
@H1 sec=phases alt=other | 四、活动时间
2021年1-12月
@H1 sec=measures alt=requirements | 五、实施办法
@I2 | 1.支部书记、支委委员和党员同志要示范带动全体成员学习，打造团队学习氛围，定时统计和通报，不定时提醒和督促。
@I2 | 2.每日平均学习积分不得低于30分，否则视为不达标，并在部门例会上进行通报。一个月不达标的由宣传委员提醒督促，取消当月一等评选资格；两个月不达标的由支部副书记谈话，取消学期一等、二等评选资格；三个月不达标的由支部书记谈话，取消学期一等、二等、三等评选资格；四个月不达标
""",
    ),
    dict(
        name="fresh139_05_school_party_branch_july_first_activity_plan",
        source="https://m.xuexila.com/fwn/gongzuojihua/qita/133571.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A school party branch's plan for a one-day 七一 (94th anniversary) outing with a commendation "
               "meeting, from a model-document site; the site's one-line blurb under the title was dropped, the "
               "title line kept. The source's years do not agree (二0一五年 for the outing, 2013年度 for the award): "
               "kept as written.",
               "Six unnumbered 'label：' lines are the level-1 headings: 活动目的 (run in with its body; goals, "
               "guidance accepted), 活动时间 (phases, other accepted), 活动地点 and 活动对象 (other), 活动内容 (goals, "
               "other accepted) and 具体流程 (phases), then 经费预算 (other). The four 1. lines under 活动内容 are "
               "items.",
               "Under 具体流程 the two stages '一、前期准备' and '二、主体活动（6月28日当天）' are level-2 headings (level 1 "
               "accepted, as the 一、 class often is top level). Both are required phases: 前期准备 has no date in its "
               "heading (start and end null; its steps are dated 6月21日 and '6月28日前', a deadline), 主体活动 starts "
               "'6月28日' with no end ('当天').",
               "The steps （一）–（五） and the 1. lines under （三） are items (levels 3 and 4). '活动奖品：…' glued to the "
               "end of （五） is a label in the middle of a line and is not labelled.",
               "The overall 活动时间 '二0一五年六月二十八日 周五' (year written with the digit 0) is an optional phase with "
               "a start only.",
               "'附件1' is a body line; the attachment's heading '优秀党员表彰大会流程' is labelled a level-1 heading "
               "(phases, other accepted; it could also be read as the attachment's title) with its four '第一项 …' "
               "steps as items (numbering '第一项', class 第一)."],
        units=["学校党支部"],
        extra_phases=[
            dict(name="活动时间", start_text="二0一五年六月二十八日", end_text=None, at="二0一五年六月二十八日",
                 optional=True),
        ],
        text="""\
@T | 七一建党94周年活动计划
@H1 sec=goals alt=guidance | 活动目的：借建党94周年之机巩固保持共产党员先进性教育活动的成果，激励全校党员干部和入党积极分子以更饱满的热情投入教育教学，营造敬业爱岗的氛围，在学校可持续发展中发挥引领作用。为此学校党支部筹划了“七一建党节”系列活动。
@H1 sec=phases alt=other | 活动时间：二0一五年六月二十八日 周五
@H1 sec=other | 活动地点：户外
@H1 sec=other | 活动对象：党员及入党积极分子
@H1 sec=goals alt=other | 活动内容：
@I2 | 1.校内优秀党员表彰大会
@I2 | 2.登山
@I2 | 3.唱红歌，做游戏
@I2 | 4.共进午餐
@H1 sec=phases | 具体流程：
@H2 lvlalt=1 phase=前期准备;; | 一、前期准备
@I3 lvlalt=2 | （一）6月21日，在学校开展民主评选优秀党员会议，评选出2013年度校内一名优秀党员。
@I3 lvlalt=2 | （二）6月28日前，出一期“七一建党节”学校宣传板报。
@H2 lvlalt=1 phase=主体活动;6月28日; | 二、主体活动（6月28日当天）
@I3 lvlalt=2 | （一）党员及入党积极分子，到达目的地，进行校内优秀党员表彰大会，并重温入党誓词。
@I3 lvlalt=2 | （二）进行登山活动，走进自然、山林、健康运动、呼吸。
@I3 lvlalt=2 | （三）唱红歌，做游戏。
@I4 lvlalt=3 | 1.回顾历史、唱响红歌，集体唱、个别唱形式。
@I4 lvlalt=3 | 2.开展趣味游戏比赛环节，提升氛围、增加凝聚力、竞争力。（按名次发放奖品）
@I3 lvlalt=2 | （四）午餐，全体党员、入党积极分子在外共进午餐。午餐过后拍照留念，返程。
@I3 lvlalt=2 | （五）回校后发放此次“七一”活动纪念相框、相片。 活动奖品：日常生活用品 洗衣粉 香皂 油
@H1 sec=other alt=measures | 经费预算： 奖品 元，午餐 元，共计 元。
附件1
@H1 sec=phases alt=other | 优秀党员表彰大会流程
@I2 num=第一项 | 第一项 领导发言，讲述此次活动的主要目的。
@I2 num=第二项 | 第二项 表彰，对前期校内评选2013年度校内优秀党员进行表彰。
@I2 num=第三项 | 第三项 宣誓，所有党员在校旗、党旗下宣入党誓词。由党支部书记带领宣誓。
@I2 num=第四项 | 第四项 宣布今日活动的具体事项流程，登山动员会议。
""",
    ),
    dict(
        name="fresh139_06_middle_school_branch_clean_governance_summary",
        source="http://www.ajzx.xbjyfw.cn/html/article1587692.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A middle school party branch's summary of how it carries out the 党风廉政建设责任制, from the school "
               "site. No title line is shown (the page starts with the opening paragraph), so title is null.",
               "The opening ends in the lead-in '我们的具体做法是：'; the two points follow as 1、 and 2、. Point 1 is a "
               "long statement of what was done ('1、把《中共春江镇委员会党风廉政建设责任书》做了复印，分发给…'): labelled an "
               "item (achievements), text set by hand to its first clauses; point 2 '思想建设和制度建设相结合，情感管理和"
               "制度管理相结合。' is a title run in with its body: a heading (achievements; measures accepted).",
               "The source's '政见行风建设' (for 政风行风) is kept in the rewritten opening. The page ends inside point 2 "
               "('…进行意').",
               "The superior bodies (镇党委, 纪委, 县教育局) only set tasks; no responsible unit is listed."],
        units=[],
        text="""\
推行党风廉政建设责任制，是贯彻“三个代表”重要思想、开展社会主义荣辱观教育、坚持“两个务必”、保持共产党员先进性、落实“省公务员八条禁令”、发挥党员模范作用、坚持党务公开、加强政见行风建设、完成县教育局下达给我校各项指标任务的具体体现，我支部对此十分重视。我们的具体做法是：
@I1 sec=achievements alt=measures text=1、把《中共春江镇委员会党风廉政建设责任书》做了复印，分发给支部的每一位成员和要求加入组织的积极分子，做到人手一册 | 1、把《中共春江镇委员会党风廉政建设责任书》做了复印，分发给支部的每一位成员和要求加入组织的积极分子，做到人手一册，除集中学习外方便各人随时对照，领会镇党委文件精神、掌握考核内容、明确行为标准和注意重点，做到心中有数、自觉自律；校长对党风廉政建设和反腐工作负总责，书记、副校长和各处室主任都与校长签订了廉政工作责任书。
@H1 sec=achievements alt=measures | 2、思想建设和制度建设相结合，情感管理和制度管理相结合。学校结合政务公开和政见行风建设，把党风廉政建设责任目标考核内容作为规章制度的主体，使廉政建设有章可循。坚持“预防为主，医治为辅”，把党风廉政建设列为每月一次支部会和每周一次行政会的重要议题，与教育教学统一部署、统一落实、统一检查，半年和全年都自查总结，按镇党委、纪委安排完成任务并及时上报、归档材料。平时加强过程监控，每天坚持“行政人员、教师、学生”三级值日，留意党员特别是担任行政职务的党员的表现，利用每周的行政会、教职工会进行意
""",
    ),
    dict(
        name="fresh139_07_school_first_quarter_party_building_summary",
        source="https://laobiganzi.top/246163.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A school party branch's summary of its first-quarter 2023 party-building work (title '…总结汇报'), from "
               "a model-document site. Title line kept.",
               "一、抓好日常党建工作 (achievements) holds five run-in points '1.认真开展好“三会一课”工作，进一步发挥党员的"
               "先锋模范作用。…' (level-2 headings, texts cut at the first 。). The masked counts 'x次', 'x条' are kept.",
               "The page shows 二、加强思想政治建设 as a bare heading and then the site's paywall line "
               "'（阅读全部图文内容，您需要先登录！）', kept as debris and never labelled (full-width restored like the rest).",
               "The superior 局党委 only issues the requirement; no responsible unit is listed."],
        units=[],
        text="""\
@T | 学校2023年第一季度党建工作总结汇报
为加强党的核心引领作用，更好地推动学校教育教学和意识形态工作，现将第一季度党建工作总结如下：
@H1 sec=achievements | 一、抓好日常党建工作
@H2 | 1.认真开展好“三会一课”工作，进一步发挥党员的先锋模范作用。第一季度支部召开1次党员大会，总结2022年度党建工作并规划2023年工作；上了1次题为《从党的二十大精神中汲取营养永葆本色》的党课，并围绕习近平新时代中国特色社会主义思想和党的二十大精神开展x次主题党日学习。
@H2 | 2.以创建“最美校园”为契机，深化学校领导班子建设。学校调整了工作分工，围绕新时期发展在绿化美化、书香校园、人文管理等方面加大领导创新力度，推动学校高质量发展。
@H2 | 3.强化民主集中制教育，健全领导班子议事和决策机制。通过党政联席会议、教代会、党员大会等制度，对评先选优、绩效考核等教师关心的问题专题讨论决定，做到公平、公开、公正。
@H2 | 4.严格组织生活会程序，开好组织生活会。按局党委要求开展2022年度组织生活会和民主评议党员，通过谈心谈话和批评与自我批评，向班子提出x条意见建议。
@H2 | 5.做好党费收缴工作。支部在书记领导下按要求及时完成党费缴纳，并做好资料归档和汇总。
@H1 sec=achievements | 二、加强思想政治建设
（阅读全部图文内容，您需要先登录！）
""",
    ),
    dict(
        name="fresh139_08_city_practice_campaign_review_stage_plan",
        source="https://zjgsdx.edu.cn/kxfzg/sjjs/content_6596",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city-level work plan for the 分析检查 stage of the 深入学习实践科学发展观 campaign (金华市委's "
               "arrangement), stored on a college site. No title line is shown, so title is null.",
               "The opening gives the stage as '5月下旬至7月上旬' (source: '从5月下旬开始，至7月上旬为…分析检查阶段'): an "
               "optional overall period named 分析检查阶段 (start '5月下旬', end '7月上旬'). The deadlines in 1、时间要求 "
               "('6月15日前…', '6月20日前…') are not phases.",
               "一、严要求开好专题民主生活会和组织生活会 is a task area (goals; measures accepted). Its three 1、 points are "
               "short run-in labels: 时间要求 phases (goals, requirements accepted), 参加对象 other (goals accepted), "
               "工作要求 requirements (goals accepted).",
               "The report-receiving offices (市纪委, 市委组织部, 市委学习实践活动办公室) are not responsible units; units "
               "empty. The page ends inside 3、 ('…党支部组织生活会要')."],
        units=[],
        extra_phases=[
            dict(name="分析检查阶段", start_text="5月下旬", end_text="7月上旬", at="5月下旬至7月上旬", optional=True),
        ],
        text="""\
依据中央、省委、金华市委的部署和市委《关于开展深入学习实践科学发展观活动的实施意见》的总体安排，5月下旬至7月上旬是学习实践活动的分析检查阶段，现就这一阶段制定工作计划如下：
@H1 sec=goals alt=measures | 一、严要求开好专题民主生活会和组织生活会
各部门各单位在广泛征求意见后召开领导班子专题民主生活会，检查贯彻落实科学发展观的情况；党员参加以学习实践科学发展观为主题的支部生活会，党员领导干部按双重组织生活要求参加所在支部的组织生活会。
@H2 sec=phases alt=goals,requirements | 1、时间要求。领导班子专题民主生活会须在6月15日前召开，党支部组织生活会须在6月20日前召开。
@H2 sec=other alt=goals | 2、参加对象。专题民主生活会由各部门各单位班子成员参加，并邀请市委指导检查组和市纪委、市委组织部同志到会，属市领导联系点的还要邀请联系的市领导；党支部组织生活会由全体党员参加，可请本部门本单位群众代表列席。
@H2 sec=requirements alt=goals | 3、工作要求。会前开展领导干部谈心交心，沟通思想、征求意见、查找问题，班子成员认真准备发言材料；会上紧扣深入贯彻落实科学发展观、推动科学发展的主题，开展批评和自我批评，分析问题、总结经验、明确方向。会前7天左右向市纪委、市委组织部和市委学习实践活动办公室书面报告并附征求意见汇总，会后及时报送会议情况和班子成员发言材料，会议成果要体现在分析检查报告中。党支部组织生活会要
""",
    ),
    dict(
        name="fresh139_09_middle_school_branch_term_plan_supplement",
        source="https://myzx.xhedu.sh.cn/cms/app/info/doc/index.php/25323",
        doc_kind="plan", partial=False,
        notes=["A Shanghai middle school party branch's supplement (September 2008) to its 2008 work plan, from the "
               "school site. The stored text starts with the opening sentence and shows no title line (title null); it "
               "runs to the signature '上海市梅园中学党支部 / 2008年9月', so the document is taken as complete.",
               "Nine 1、 points, the only level: task areas of a plan (goals; measures accepted), all labelled headings "
               "although 4–9 are one-sentence tasks. Texts cut automatically at the first 。 or ；, except 4、 and 6、 "
               "(one long sentence each, text set by hand to the first clause).",
               "Between 6、 and 7、 the page has '附：党员责任区调整安排表' and a two-column table flattened one cell per "
               "line ('责任区 |', '党 员 |', '六年级 |', …). The cells holding teachers' names were dropped (personal "
               "names); the caption and the remaining cells are kept as body, never labelled.",
               "The branch itself is the responsible unit."],
        units=["上海市梅园中学党支部"],
        text="""\
上半年制定的“2008年党支部工作计划”继续执行，结合学校发展实际，对党支部工作作如下补充：
@H1 sec=goals alt=measures | 1、突出“科学发展观”学习。组织中心组和全体党员联系学校实际，以“科学发展观”为引领参与构建学校“新三年规划”，增强大局意识和责任意识，并结合本职工作交流学习体会，推动形成和谐深入的工作局面。
@H1 sec=goals alt=measures | 2、突出“师德”建设。发挥党员表率作用，弘扬“不让一个学生掉队”的敬业精神，倡导为学生着想、为教育奉献的师德风尚，推广文明教育用语，开展教师“忌语”活动。
@H1 sec=goals alt=measures | 3、坚持规范程序、推进民主管理。领导好工会换届选举，开好五届一次教代会，审议“工资方案”修改文件。
@H1 sec=goals alt=measures text=4、坚持思想教育与凝聚力工作相结合 | 4、坚持思想教育与凝聚力工作相结合，用党内民主促进党内凝聚，再以党内凝聚带动教职工凝聚，发挥党组织、工会、团组织的凝聚作用。
@H1 sec=goals alt=measures | 5、认真落实中层干部考核工作，增强干部队伍建设；同时积极培养新干部，充实学校骨干队伍。
@H1 sec=goals alt=measures text=6、积极发挥党员模范带头作用 | 6、积极发挥党员模范带头作用，新学期组室人员有变动，相应调整党员责任区安排。
附：党员责任区调整安排表
责任区 |
党 员 |
六年级 |
七年级 |
八年级 |
九年级 |
全校 |
@H1 sec=goals alt=measures | 7、积极落实组织发展工作，坚持“成熟一个，发展一个”；推荐有入党要求的同志参加党校学习。
@H1 sec=goals alt=measures | 8、执行上级政策，调整党费交纳。
@H1 sec=goals alt=measures | 9、组织党员考察活动。
上海市梅园中学党支部
2008年9月
""",
    ),
]
