# -*- coding: utf-8 -*-
"""The 146th held-out fresh set: WORK PLANS and ACTIVITY PLANS whose dates are
written in Chinese numerals or as the months of a school term (二月 … 七月,
一月份 … 十二月份, 七、八月份, 三月十四日, 三月二十八号——四月八号,
零九年 农历 八月十五, 农历九月初八), with month-by-month schedules and dated
events.  Found as stored public web pages with the `search` tool's `pages`
corpus (queries in notes_queries.txt).  None of the source pages is a source of
another set (checked against every exclusion list, used_sources.tsv and label
file under /work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was
built).  HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate, collection titles,
  sample numbers and other samples of a collection were dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored from
  the store's NFKC text (times such as 1:50 and 12:00-13:30 keep their colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH146_DOCS = [
    dict(
        name="fresh146_01_township_primary_moral_education_month_plan",
        source="http://16fw.com/jhfw/jxjh/20170608/148092.html",
        doc_kind="plan", partial=True,
        notes=["A township's primary-school moral-education plan for the spring term ('下面针对我乡情况特作计划如下'), "
               "on a writing site. The store's text starts with the opening paragraph; no title line is shown, so "
               "title is null. It ends with the date line 'xxxx年2月16日' (masked year, kept as body).",
               "Three unnumbered label headings at level 1: '指导思想：', '工作目标：', '具体活动安排：'. The goals "
               "arrived as one run-together line '1、…活动。.2、…3、…'; it was split at the item numbers, keeping the "
               "stray '.' at the end of item 1 and the unmatched quote in '2、开展春季趣味运动会”活动。'. The five goals "
               "are items (level 2).",
               "具体活动安排 is a month-by-month schedule: '二月' and '六月' without a colon, '三月：' '四月：' '五月：' "
               "'七月：' with one. Each month is a level-2 heading of kind phases and a phase with the month as start "
               "and no end (the convention of corpus_fresh23 and corpus_fresh85); the numbered tasks under them are "
               "items (level 3). Under 二月 an unnumbered body sentence comes before the tasks (rewritten).",
               "Festival names inside tasks (庆“五·一”, 筹备“六·一”, 庆“六·一”) are not phases. The source's unmatched "
               "quote in '2、开展春季趣味运动会活动”' under 三月 is kept.",
               "No unit is named (the writer is '我乡' and its schools); units is empty."],
        units=[],
        text="""\
德育是学校素质教育的重要组成部分，贯穿教育全过程，对学生成长和学校工作起导向与保证作用；小学德育要为学生学会做人打好基础。结合我乡情况，制定本计划。
@H1 sec=guidance | 指导思想：
树立“育人为首，德育先行”的理念，以养成小学生良好行为习惯为重点，以建设平安、和谐、文明校园和提高班级管理水平为目标，全面实施素质教育。
@H1 sec=goals | 工作目标：
@I2 | 1、继续开展读书活动和书法比赛活动。.
@I2 | 2、开展春季趣味运动会”活动。
@I2 | 3、开展庆“六一”等其他活动。
@I2 | 4、继续抓培养抓好小学生的良好学习行为习惯，提高良好的班风学风校风，提高活动的有效性和实效性。
@I2 | 5、提高班级的科学化管理及学生的综合素质。
@H1 sec=phases | 具体活动安排：
@H2 phase=二月;二月; | 二月
做好开学组织工作，开好以“安全第一课”为题的班会，并举行本学期第一次安全主题的国旗下讲话。
@I3 | 1、安全教育
@I3 | 2、举办开学典礼
@I3 | 3、评选三好学生
@I3 | 4、拟写班主任计划
@H2 phase=三月;三月; | 三月：
@I3 | 1、开展植树节活动
@I3 | 2、开展春季趣味运动会活动”
@I3 | 3、开展师生书法比赛活动
@H2 phase=四月;四月; | 四月：
@I3 | 1、开展“走复兴路，圆中国梦”读书教育活动
@I3 | 2、家长开放日
@I3 | 3、养成教育常规检查
@H2 phase=五月;五月; | 五月：
@I3 | 1、庆“五·一”
@I3 | 2、召开六年级毕业班家长会
@I3 | 3、评比优秀学生
@I3 | 4、筹备“六·一”儿童节庆祝活动
@H2 phase=六月;六月; | 六月
@I3 | 1、庆“六·一”文艺活动
@I3 | 2、组织期末复习
@I3 | 3、组织小学毕业年级水平检测
@H2 phase=七月;七月; | 七月：
@I3 | 1、六年级毕业典礼
@I3 | 2、总结班主任工作，表彰文明班级、优秀班主任、优秀辅导员
xxxx年2月16日
""",
    ),
    dict(
        name="fresh146_02_grade_two_term_moral_education_plan",
        source="https://m.zixin.com.cn/doc/6273511.html",
        doc_kind="plan", partial=True,
        title_override="二年级20092010学年度第二学期德育工作计划",
        notes=["A Beijing primary school's grade-2 moral-education plan for the second term of 2009–2010, on a "
               "document-sharing site whose text is a synonym-swapped copy (接着 for 继续, 假设干 for 若干, 标准 for "
               "规范, 本钱校 for 成本校); the swapped words are kept in the labelled lines.",
               "Two title lines: the site's file name after a chunk marker, '1、政教处范文之二年级第二学期德育工作计划', "
               "and the document's own title '二年级20092010学年度第二学期德育工作计划' (the dash between the years is "
               "lost in the store and kept lost). The label takes the document's own title; both lines are title "
               "lines. The page arrived as one run-together block and was split at the heading and item boundaries.",
               "Site chunk markers '2、' and '3、' start two lines in the middle of a word and are never labelled: "
               "'2、课堂德育主渠道的作用，…' continues item 1 ('…发挥' + '课堂德育主渠道的作用'), so two lines in a row "
               "start with '2、' and only the second is item 2; '3、标准' is the tail of the month heading "
               "'二月份：开学周重温' (重温规范, swapped to 标准), kept as its own debris line before the tasks.",
               "三、月工作安排 holds the months '二月份：开学周重温' and '三月：文明礼仪月讲文明 知礼仪' (月份 then 月, as "
               "written; the March line runs its theme into the slogan '讲文明 知礼仪'). Each month is a level-2 "
               "heading of kind phases and a phase with the month as start and no end. The February tasks are "
               "numbered '1. ' with a space and are items (level 3); task 3 ends without punctuation and runs into "
               "'4.' in the source and was split.",
               "The store's text ends on the March heading; nothing of March's tasks is visible.",
               "No writing unit is named ('政教处范文' is the site's category in the file name); units is empty."],
        units=[],
        text="""\
@T | 1、政教处范文之二年级第二学期德育工作计划
@T | 二年级20092010学年度第二学期德育工作计划
@H1 sec=guidance | 一、指导思想：
依照中央关于加强和改进未成年人思想道德建设的意见及北京市教育工委、市教委的行动计划，落实“北京市第二次德育工作会议”精神，坚持“育人为本，德育为先”，以活动为载体弘扬爱国主义，加强校园文化建设，突出小学生日常行为规范教育和心理健康指导。
@H1 sec=goals alt=measures | 二、工作重点：
@I2 | 1、深化“全员育人”的教育理念，发挥
2、课堂德育主渠道的作用，在全体老师中深化学校的德育研究与实践，建立学校德育校本教材，努力形本钱校的德育特色。
@I2 | 2、加强德育科研，提高德育工作的科学性。
@I2 | 3、接着强化学生养成教育， 强化细节治理，着重加强学生日常行为标准教育，以纪律、卫生教育为打破口，抓好常规治理，构成良好的校风、班风和学风，进一步优化德育治理。
@I2 | 4、坚持开展方式多样、内容丰富的少先队活动，在广大少先队员中广泛开展“中华古诗文”的诵读活动，进展弘扬中华美德，传承中华文明的教育。
@I2 | 5、加强心理健康辅导，提高学生的心理健康水平，让他们的心灵永远充满阳光。
@I2 | 6、加强法制教育，接着开展自理、自护、普法系列教育活动。
@H1 sec=phases | 三、月工作安排：
@H2 phase=二月份;二月份; | 二月份：开学周重温
3、标准
@I3 | 1. 重温中小学生守则、小学生日常行为标准做好本学期各班德育工作预备。
@I3 | 2. 制定德育工作计划
@I3 | 3. 设计本学期本班具有特色的班牌
@I3 | 4. 建立“红领巾监视岗”，每班选出两名监视员
@H2 phase=三月;三月; | 三月：文明礼仪月讲文明 知礼仪
""",
    ),
    dict(
        name="fresh146_03_college_arbor_day_book_donation_activity",
        source="https://m.wuhaninfo.cn/wenku/cadd/aV0nK9kNY6",
        doc_kind="activity_plan", partial=True,
        notes=["A college student union's Arbor Day activity (collecting unused books at the canteens, '许奇怪愿望、献"
               "绿色爱心'), on a document-sharing site whose text is synonym-swapped (宣扬 for 宣传, 进展 for 进行, "
               "本卷须知 for 注意事项, 熬炼 for 锻炼, 宽敞 for 广大); the swapped words are kept in labelled lines and "
               "slogans. The page starts at 一、活动背景; no title line is shown, so title is null.",
               "The activity date is written in Chinese numerals: '四、活动时间：' is followed by the body line "
               "'三月十四日中午12:00-13:30', an optional phase (start '三月十四日'; the clock times are not dates). "
               "'九、其他：' gives a masked date for a cleaning task ('3月xx日中午12:30-13:30'), not a phase.",
               "The body line under '五、活动地点：' is '一、二食堂前' (canteens 1 and 2): it starts like a 一、 "
               "heading but is a place value and is not labelled.",
               "八、活动过程 holds steps numbered '1：' '2：' '3：' '4：' with a colon (numbering literal kept, style "
               "none) and then '5、本卷须知：' with a comma; all five are items (level 2), their texts set by hand "
               "because the automatic cut would stop at the number's colon. '5、本卷须知' (= 注意事项) is kind other "
               "(requirements accepted) with two sub-items 'a宣扬时…' 'b要登记…' lettered without punctuation "
               "(level 3, style none).",
               "'七、行动〔口号〕：' keeps its tortoise-shell brackets; the slogan line under it is body. "
               "'二、活动主题及宗旨：' is followed by two key-value body lines (宗旨：…, 主题：…).",
               "The site's truncation line '因篇幅问题不能全部显示，请点此查看更多更全内容' is kept as debris, never "
               "labelled."],
        units=["宣扬部", "体育部", "外联部"],
        extra_phases=[
            dict(name="活动时间", start_text="三月十四日", end_text=None, at="三月十四日中午", optional=True),
        ],
        text="""\
@H1 sec=background | 一、活动背景：
春天到来，3月12日植树节也随之而至；植树造林为青年志愿者传递爱心提供了平台，也让全院师生感受到春意。绿色有限，爱心无限。
@H1 sec=other alt=guidance | 二、活动主题及宗旨：
宗旨：公益时尚、公益生活
主题：许奇怪愿望、献绿色爱心
@H1 sec=goals alt=guidance | 三、活动目的：
美化并保护生态环境，增强同学们爱护花草、珍惜绿色的责任心，让大家懂得怎样爱护树木。
@H1 sec=phases alt=other | 四、活动时间：
三月十四日中午12:00-13:30
@H1 sec=other | 五、活动地点：
一、二食堂前
@H1 sec=measures alt=other | 六、活动宣扬：
借学校宣传栏、海报和横幅告诉同学们，把不再用的旧书捐出来。
@H1 sec=other | 七、行动〔口号〕：
植树造林，利在当今，熬炼自我，造福后代。
@H1 sec=phases | 八、活动过程：
@I2 num=1： text=1：由宣扬部到学校宣扬栏进展宣扬叫同学们将不用的书籍送到一、二食堂门口 | 1：由宣扬部到学校宣扬栏进展宣扬叫同学们将不用的书籍送到一、二食堂门口
@I2 num=2： text=2：又体育部将所需桌椅等送到食堂门口摆好 | 2：又体育部将所需桌椅等送到食堂门口摆好
@I2 num=3： text=3：由外联部联系同学会各部门，赐予支持和协作 | 3：由外联部联系同学会各部门，赐予支持和协作。
@I2 num=4： text=4：活动内容 | 4：活动内容：让大家知道植树节我们可以拿出自己不用的书来捐出来给一些需要的人，那样也就等于为植树做出了奉献，效果显著。
@I2 sec=other alt=requirements | 5、本卷须知：
@I3 num=a | a宣扬时和大家讲明捐书的目的
@I3 num=b | b要登记清楚共捐出多少本书
@H1 sec=other | 九、其他：
3月xx日中午12:30-13:30，各班清扫本班的包干区。
@H1 sec=other | 十、活动经费：
50元
因篇幅问题不能全部显示，请点此查看更多更全内容
""",
    ),
    dict(
        name="fresh146_04_middle_school_union_month_by_month_plan",
        source="https://fanwen.qwyd.net/gongzuo/gongzuojihua/319866_2.html",
        doc_kind="plan", partial=True,
        notes=["Page 2 of a middle school trade union's year plan ('2016中学工会工作计划'); the page repeats the plan's "
               "title at its top, kept as the title line. The store's text starts with item 4、 of a section whose "
               "heading is on page 1: that orphan item is level 2 by convention (parent absent; level 1 accepted), "
               "kind measures (goals accepted).",
               "四、主要活动安排 is a month-by-month schedule for the whole calendar year: '一月份：' … '十二月份：', "
               "each a level-2 heading of kind phases and a phase with the month as start and no end; the numbered "
               "activities under them are items (level 3).",
               "July and August share one row, '七、八月份：'. Its start looks like a 一、 numbering but it is not one: "
               "the numbering literal is set to none by hand. It is one phase named '七、八月份' with that whole text "
               "as its start and no end (the two months are not split into a start '七' and an end '八月份').",
               "Kept as written: the items under 六月份 have a space after '1、' and '2、'; '举行教师健美**赛' keeps "
               "the site's masking; '2、教师青年教师义务献血' is the source's wording.",
               "Festival days inside items (庆元旦, “三八”妇女节, “五一”劳动节, “教师节”, 重阳节) are not phases."],
        units=["学校工会"],
        text="""\
@T | 2016中学工会工作计划
@I2 lvlalt=1 sec=measures alt=goals | 4、重视工会宣传和工会台帐资料的建立健全工作，完善工会文档资料的管理，把争创“优秀教工之家”活动落在实处。
@H1 sec=phases | 四、主要活动安排：
@H2 phase=一月份;一月份; | 一月份：
@I3 | 1、庆元旦活动
@I3 | 2、慰问70周岁以上退休老教师。
@I3 | 3、妇女用品发放。
@H2 phase=二月份;二月份; | 二月份：
@I3 | 1、慰问生病、家庭困难的教师。
@I3 | 2、重新整理会员资料。
@I3 | 3、协助学校做好新学期开学工作。
@H2 phase=三月份;三月份; | 三月份：
@I3 | 1、庆祝“三八”妇女节，慰问女教工，开展女工活动。
@I3 | 2、征求教工代表的意见，拟出《教工之家》内部布置的方案并进行实施。
@I3 | 3、定期组织教师进行健身活动。
@H2 phase=四月份;四月份; | 四月份：
@I3 | 1、配合学校工作，做好学校读书节、体育节的筹备工作。
@I3 | 2、配合学校党支部做好新党员的培训工作。
@I3 | 3、组织教师学习《十八大》精神并举行《十八大》知识竞赛。
@H2 phase=五月份;五月份; | 五月份：
@I3 | 1、与兄弟学校进行校际羽毛球友谊赛。
@I3 | 2、庆祝“五一”劳动节和“端午节”慰问活动。
@I3 | 3、举行35周岁以下教师教学基本功比赛。
@H2 phase=六月份;六月份; | 六月份：
@I3 | 1、 配合学校工作，做好学校艺术节的筹备工作。
@I3 | 2、 召开工会干部例会，讨论有关工作。征求教职工的合理化建议，召开教代会。
@H2 num=none phase=七、八月份;七、八月份; | 七、八月份：
@I3 | 1、协助学校做好学校百年校庆的筹备工作
@I3 | 2、教师青年教师义务献血
@I3 | 3、组织工会委员参加工会工作培训
@H2 phase=九月份;九月份; | 九月份：
@I3 | 1、“教师节”庆祝活动（在职、退休）。
@I3 | 2、开展“拜师育花”师徒结对活动。
@I3 | 3、迎国庆活动。
@H2 phase=十月份;十月份; | 十月份：
@I3 | 1、学校百年校庆庆祝活动
@I3 | 2、慈善一日捐。
@I3 | 3、重阳节老教师慰问活动。
@H2 phase=十一月份;十一月份; | 十一月份：
@I3 | 1、特困教师调研。
@I3 | 2、举行教师健美**赛。
@H2 phase=十二月份;十二月份; | 十二月份：
@I3 | 1、学校工会工作总结。
@I3 | 2、各类先进评比。
@I3 | 3、工会账务上交。
""",
    ),
    dict(
        name="fresh146_05_college_mid_autumn_gathering_activity_plan",
        source="http://www.gaofen123.com/502015/502019/2019157336.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college's Mid-Autumn gathering for staff and students ('浓情中秋，情系火炬', a party with a buffet at "
               "the library fountain square), on a writing site. The article title '2017中秋节大学学院活动方案' is kept "
               "as the title line; the site's menu, breadcrumb, date and tag lines were dropped.",
               "The date is written in Chinese numerals and by the lunar calendar with spaces: '3、活动时间：零九年 "
               "农历 八月十五 晚上（ 7点30分到9点45分）' (the year 零九年 = 2009 although the title says 2017; kept). "
               "It is an optional phase with start '零九年 农历 八月十五' and no end; the evening hours are not dates. "
               "The brackets were restored to full width, keeping the space after the opening one.",
               "The six points are numbered '1、'–'6、' at level 1, each a 'label：value' line; '5、主承办单位：' is "
               "empty in the source. After them the unnumbered label '活动的整体构思（活动的板块、各个板块的主题、基调等）' "
               "is a level-1 heading (kind other, measures accepted); under it '活动形式：聚会+自助餐' is a key-value "
               "body line, while '环境的布置：', followed by its own paragraph, is a label heading at level 2 (kind "
               "measures, other accepted).",
               "The site's URL watermark '  http://www.gaofen123.com' is glued to the end of a body line and kept as "
               "debris. The lead-in '内容如下：' is body. The store's text ends mid-sentence ('…场地分为').",
               "No unit is named (the 主承办单位 line is empty); units is empty."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="零九年 农历 八月十五", end_text=None, at="零九年 农历 八月十五",
                 optional=True),
        ],
        text="""\
@T | 2017中秋节大学学院活动方案
月圆象征民族与家庭的幸福；中秋既是团圆节，又称“秋收节”“祭月节”，古有春祭日、秋祭月之礼，祭月风俗始于魏晋、盛于唐宋，使月圆之夜有了丰富的人文寓意。
文化是月的魂。今年中秋，学院为在校师生搭建“中秋望月”的平台，并为此拟定本活动方案。
内容如下：
@H1 sec=other | 1、活动主题：“浓情中秋，情系火炬”
@H1 sec=goals alt=guidance | 2、活动目的：让全院的师生们都感受到节日的浓厚氛围，以及家庭的温暖。
@H1 sec=phases alt=other | 3、活动时间：零九年 农历 八月十五 晚上（ 7点30分到9点45分）
@H1 sec=other | 4、活动地点：院图书馆喷池广场
@H1 sec=responsibilities | 5、主承办单位：
@H1 sec=other | 6、参与对象：全院师生
@H1 sec=other alt=measures | 活动的整体构思（活动的板块、各个板块的主题、基调等）
活动形式：聚会+自助餐
@H2 sec=measures alt=other | 环境的布置：
场地围绕喷池布置，大致安排如下：  http://www.gaofen123.com
聚会放在图书馆喷池广场，场地分为
""",
    ),
    dict(
        name="fresh146_06_student_union_sports_department_plan",
        source="https://m.haog.cn/dongshi/rgsbr/zgw24J7y6Q",
        doc_kind="plan", partial=True,
        notes=["A college department's student-union sports department (体育部) plan for the first half of a year "
               "(20xx年上半年: volleyball, basketball and badminton matches), on a document-sharing site. The page "
               "starts at 一、工作职责; no title line is shown, so title is null.",
               "一、工作职责 (kind responsibilities, goals accepted) lists six duties as items. 三、具体部分的计划内容 "
               "holds the events '（一）、班际羽毛球赛' and '（二）、排球系对选拔赛' (numbering （一）、) at level 2; under "
               "them short labels ('比赛安排：', '比赛规定：', '录取：', '裁判：') are level-3 headings and their "
               "numbered lines level-4 items. Key-value lines ('比赛项目：…', '比赛场地：体育馆', '比赛资金预算：…') "
               "are body.",
               "The badminton match's dates are written in Chinese numerals with 号 and a double dash: the body row "
               "'比赛时间：三月二十八号——四月八号' carries a required phase named after the event, '班际羽毛球赛', start "
               "'三月二十八号', end '四月八号'. The volleyball trial has a duration ('预计五天') but no date.",
               "Kept as the source has it: a stray backtick in the badminton paragraph was dropped in the rewrite; "
               "'2、抽签分组，采取淘汰制，' and '3、比赛采取三局两胜，每局24分，' end in a comma; the page ends on the "
               "bare item '4、男女队'. '比赛资金预算：120元（奖品，宣传条幅）' has its brackets restored."],
        units=["体育部", "羽毛球协会", "排球协会"],
        extra_phases=[
            dict(name="班际羽毛球赛", start_text="三月二十八号", end_text="四月八号", at="比赛时间：三月二十八号",
                 optional=False),
        ],
        text="""\
@H1 sec=responsibilities alt=goals | 一、工作职责
@I2 | 1、积极组织各项体育活动（院、系）
@I2 | 2、坚持不懈的抓好体育方面的工作
@I2 | 3、协同好学生会其它部门做好相应的工作
@I2 | 4、带动起系同学热爱体育的风气，提高同学们的身体和心理素质
@I2 | 5、要通过举办体育活动，促进系里同学们之间的了解和情感的沟通，使我系全体同学融为一体
@I2 | 6、及时召开体育部的有关会议，明确工作的安排和工作的重点以及要求。
@H1 sec=other alt=goals | 二、工作分类
体育部工作周期长、任务多，20xx年上半年将举办排球、篮球、羽毛球等友谊赛，时间安排较紧。
@H1 sec=goals alt=measures | 三、具体部分的计划内容
@H2 alt=measures | （一）、班际羽毛球赛
体育部将举办班际羽毛球赛，赛前先做好裁判培训和宣传，组织各班参赛，赛后举行颁奖。
比赛项目：男子团体女子团体
比赛时间：三月二十八号——四月八号
@H3 sec=other alt=phases | 比赛安排：
@I4 | 1、团体比赛按班级组队，每个班级各限报一队，每队四人（三人比赛一人替补）进行比赛。
@I4 | 2、抽签分组，采取淘汰制，
@I4 | 3、最后决出总冠军。
@H3 sec=requirements alt=other | 比赛规定：
三局两胜，每局11分制。
赛前十分钟须到场，迟到按弃权处理。
比赛场地：体育馆
@H3 sec=other | 录取：
各项比赛取前两名。
@H3 sec=responsibilities alt=other | 裁判：
@I4 | 1、本次比赛裁判员由羽毛球协会选派，裁判长一名、主裁判两名
@I4 | 2、裁判员在比赛前二十分钟到达比赛场地主持裁判工作。
比赛资金预算：120元（奖品，宣传条幅）
@H2 alt=measures | （二）、排球系对选拔赛
排球是本系的强项，为在院排球赛中取得好成绩，院赛前先举行系内友谊赛，从各专业选出优秀队员组建系队；由我系主办、排球协会承办，预计五天完成选拔。
@H3 sec=other alt=phases | 比赛安排：
@I4 | 1、每个班级报名人数六人以上
@I4 | 2、抽签分组
@I4 | 3、比赛采取三局两胜，每局24分，
@I4 | 4、男女队
""",
    ),
    dict(
        name="fresh146_07_school_double_ninth_care_home_visit_activity",
        source="https://www.pincai.com/article/3381273.htm",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('九月九重阳节活动方案(集锦11篇)'): a middle school Youth League "
               "committee's afternoon visit to a care home (西环敬老院) before the Double Ninth festival. The "
               "collection title, the site blurb and the sample title '九月九重阳节活动方案1' were dropped; the sample "
               "has no title of its own, so title is null. It opens with an unheaded paragraph (rewritten).",
               "'二、活动时间' is followed by a schedule row giving the day both ways, '20xx年10月15日星期五农历九月"
               "初八（重阳节前一天下午）', then meeting and departure times (1:50, 2:00). One optional phase, start "
               "'20xx年10月15日' (the lunar 农历九月初八 is the same day); the clock times are not dates.",
               "'三、费用预算 300元' runs the amount into the heading after a space; the heading text is set by hand to "
               "'三、费用预算' (kind other). Its two funding lines and the three 活动内容 lines are items (level 2).",
               "'五、活动承诺' (a pledge to spread care for the elderly) is kind requirements (other accepted); the "
               "store's text ends mid-sentence ('…也给同').",
               "The school's name is masked in the collection as '实验中学'; the unit is listed as written."],
        units=["实验中学团委"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年10月15日", end_text=None, at="20xx年10月15日", optional=True),
        ],
        text="""\
我们从小享受父母和祖辈的疼爱与家的温暖，而敬老院的老人却孤独寂寞，渴望亲人的关心。老吾老以及人之老，让我们一起走进敬老院，让爱心洒满人间。
@H1 sec=other alt=goals | 一、活动主题
弘扬尊老敬老的传统美德，丰富敬老院老人的精神文化生活，慰问孤寡老人，让更多人关注和关爱老人；实验中学团委带领学生走进敬老院，让老人感受家的温暖。
@H1 sec=phases alt=other | 二、活动时间
20xx年10月15日星期五农历九月初八（重阳节前一天下午）下午1:50楼前广场集合，2:00集体乘车去西环敬老院
@H1 sec=other text=三、费用预算 | 三、费用预算 300元
@I2 | 1、学校200元
@I2 | 2、志愿者零用钱捐款
@H1 sec=goals alt=other | 四、活动内容
@I2 | 1、献爱心赠送礼物（书法老师题字一副、蛋糕、糖、点心等）。
@I2 | 2、为敬老院的老人表演节目：舞蹈、唱歌、戏曲、朗诵等。
@I2 | 3、帮助老年人打扫房间、整理床铺、清理敬老院内卫生等。
@H1 sec=requirements alt=other | 五、活动承诺
把关爱老人的精神广泛传播，让同学们学会关心老人，也展现社会对老人的关爱，也给同
""",
    ),
]
