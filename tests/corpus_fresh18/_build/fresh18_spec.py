# -*- coding: utf-8 -*-
"""The eighteenth held-out fresh set: real Chinese activity plans, plans and
schedules whose visible part carries DATED steps, chosen for WHERE the dated
steps sit (rows under a time heading, two steps run together on one line,
numbered lines whose number runs into the date, numbered items under a part
not named for steps, the date on the line after a numbered heading, the date
at the end of the step's line, steps run together in one body line,
deadline-only steps, a timetable flattened to one row per line).
Writers: a town government, a district government, a city TB-control
hospital, a residents' committee, the union of a city public centre, three
schools, a college department's student union, a property company's
property department and a university class committee; found as stored public web
pages with the `search` tool's `pages` corpus.  None of the source pages is a
source of shared/corpus-dev, tests/corpus_fresh .. tests/corpus_fresh17,
/work/fresh14, /work/fresh16, /work/fresh17, /work/fresh19 .. /work/fresh21
(the label files listed in /work/fresh18/used_sources.tsv), and no title
repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (page titles of
  collections, sample headings, site blurbs, posting lines, download lines)
  was dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“” was restored.  Headings that the store
  ran into the text were put on their own line where noted.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH18_DOCS = [
    dict(
        name="fresh18_01_town_national_fitness_day_activity_plan",
        source="https://m.360gzh.com/shuzhibaogao/59668.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A town's ('全镇', '场镇各单位、各村（社区）', '构建和谐河口') plan for its National Fitness Day, the first "
               "sample of a collection page ('全民健身日活动方案模板7篇'); the page blurb and the sample heading "
               "('全民健身日活动方案篇1') were dropped, so title is null.",
               "五、活动时间 is a heading without a date of its own; under it the overall period '20xx年x月' (optional) and "
               "two schedule rows whose months are masked by the page ('x'). The first row runs two steps together: "
               "'x月x日乒乓球比赛开幕式、全民健身日集中宣传x月x日——x月22日乒乓球比赛' (the opening on x月x日, start only; the "
               "table-tennis matches x月x日——x月22日). The second is a 旬 range 'x月中旬——x月下旬村（社区）趣味体育活动'. All "
               "three are placed by extra_phases on their rows; the masked dates are copied as written.",
               "'报名时间：20xx年x月3日-x月7日' sits under 六、乒乓球比赛报名, a sign-up section (other): a sign-up window, "
               "not a step of the schedule, so not a phase. The contact person's name after it was dropped.",
               "The page ends inside 七、活动要求 （一） ('…同时创新活动')."],
        units=["场镇各单位", "各村（社区）"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年x月", end_text=None, at="20xx年x月"),
            dict(name="乒乓球比赛开幕式、全民健身日集中宣传", start_text="x月x日", end_text=None,
                 at="x月x日乒乓球比赛开幕式", optional=False),
            dict(name="乒乓球比赛", start_text="x月x日", end_text="x月22日", at="x月x日——x月22日乒乓球比赛", optional=False),
            dict(name="村（社区）趣味体育活动", start_text="x月中旬", end_text="x月下旬", at="x月中旬——x月下旬",
                 optional=False),
        ],
        text="""\
@H1 sec=guidance | 一、指导思想
以科学发展观为指导，落实全市体育工作会议精神，开展内容丰富、项目新颖的体育活动，让“全民健身日”成为推动健身的日子，吸引更多群众参与健身，在全镇形成崇尚健身、追求健康文明生活方式的氛围，为构建和谐河口出力。
@H1 sec=other | 二、活动主题
崇尚运动分享健康
@H1 sec=guidance alt=requirements,other | 三、活动原则
坚持以人为本、注重实效、因地制宜、群众受益，把当天的活动与全年日常健身结合起来，突出科学性、健身性和趣味性，尽量吸引群众广泛参与。
@H1 sec=goals alt=measures | 四、活动内容
@H2 | 1、宣传活动
向群众宣传“全民健身条例”，印发宣传资料和全民健身手册，并通过广播向全镇村民宣传。
@H2 | 2、群众性健身活动
@I3 | （1）群众乒乓球比赛。比赛项目：男女单打。
@I3 | （2）村（社区）趣味体育活动。比赛项目由各村（社区）结合实际情况自行安排。
@H1 sec=phases | 五、活动时间
20xx年x月
x月x日乒乓球比赛开幕式、全民健身日集中宣传x月x日——x月22日乒乓球比赛
x月中旬——x月下旬村（社区）趣味体育活动
@H1 sec=other alt=requirements | 六、乒乓球比赛报名
报名时间：20xx年x月3日-x月7日。
报名办法：每个单位、村（社区）团体组1队，由领队1名，运动员1-3名组成。
@H1 sec=requirements | 七、活动要求
@H2 | （一）加强领导。场镇各单位、各村（社区）要高度重视，从贯彻“三个代表”重要思想的高度认识这项活动的意义，切实加强领导，精心组织本单位职工和群众参加镇上的比赛。同时创新活动
""",
    ),
    dict(
        name="fresh18_02_district_national_fitness_day_activity_plan",
        source="http://plansum.cn/fangancehua/54751.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A district government's ('XX市XX区人民政府' as 主办单位, the district union, sports bureau and 红星街道办事处 as "
               "承办单位) National Fitness Day plan. The page heading is the title line; the posting lines after it (time, "
               "author, column) were dropped. Leading-group names in 三、组织机构 were dropped.",
               "六、活动安排 holds two numbered dated lines whose number runs straight into the date: '1.8月8日上午8:30，…启动"
               "仪式；…' and '2.8月11日、12日在红星街道办事处举行乒乓球、羽毛球比赛。'. The numbering is '1.' / '2.' (set by "
               "hand: the builder's pattern refuses a dot followed by a digit, and a reader may take '1.8' for a decimal). "
               "The first is one day (start only; the times are not dates); the second gives two days, copied as start "
               "'8月11日' and end '12日'.",
               "'四、主办单位：…' and '五、承办单位：…' keep their short values on the heading line (responsibilities). The "
               "page ends inside 七、活动要求 1. ('…精心组')."],
        units=["XX市XX区人民政府", "区总工会", "区体育局", "区城市办", "红星街道办事处"],
        text="""\
@T | 全民健身日活动方案
@H1 sec=guidance | 一、指导思想
落实《全民健身实施计划》，整合资源、创新形式，动员社会力量开展贴近生活、特色鲜明、方便参与、利民惠民的健身活动，增强群众主动健身的意识和热情，在全社会形成崇尚健身、支持全民健身事业的氛围，为建设文明幸福新鹤城出力。
@H1 sec=other | 二、活动主题
快乐健身，文明和谐。
@H1 sec=responsibilities | 三、组织机构
成立XX区2012年“全民健身日”活动组委会，由区领导任顾问、组长和副组长，区总工会、区体育局、区城市办负责人和各街道党政一把手为成员；领导小组下设办公室，设在红星街道办事处，负责活动的组织协调。
@H1 sec=responsibilities | 四、主办单位：XX市XX区人民政府
@H1 sec=responsibilities | 五、承办单位：区总工会、区体育局、区城市办、红星街道办事处
@H1 sec=phases | 六、活动安排
@H2 num=1. text=1.8月8日上午8:30，在区政府广场举行2015年XX区“全民健身日”活动启动仪式 phase=启动仪式;8月8日; | 1.8月8日上午8:30，在区政府广场举行2015年XX区“全民健身日”活动启动仪式；上午9:00进行体育活动表演；上午10:00进行拔河比赛。
@H2 num=2. phase=乒乓球、羽毛球比赛;8月11日;12日 | 2.8月11日、12日在红星街道办事处举行乒乓球、羽毛球比赛。
@H1 sec=requirements | 七、活动要求
@H2 | 1.认真组织参赛队伍。各参赛单位要按组委会的统一要求和部署，切实加强对“全民健身日”活动的组织领导，精心组
""",
    ),
    dict(
        name="fresh18_03_tb_hospital_prevention_day_publicity_plan",
        source="https://jianliguan.com/chang/fangan/r6vmy.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A city TB-control hospital's plan for World TB Day (the opening names '市疾控中心'; the plan itself runs a "
               "central clinic, branch hospitals, a party office, 医务处 and 护理部). The page shows the title twice; it is "
               "kept once.",
               "The dated steps are numbered items under 二、活动内容, a part not named for steps (goals, measures and phases "
               "accepted): '1、3月24日，在××××××安排义诊点。' (start only) and '2、3.23-25日（三天），…义诊周活动。' (a dotted "
               "date, copied as start '3.23' and end '25日'); both are placed by extra_phases on their item lines. Item 3 "
               "has no date ('时间待定').",
               "The dates under 三、活动相关筹备 ('3月23----25日', '3月23——25日', '3.24当天', '3.23-3.25三天内') are task "
               "dates of the preparations (coordination, notices, staffing), not phases.",
               "The page's masks ('××××××', '××××*') and a site watermark inside item 3 ('（来源： ）') are kept as the page "
               "has them; item （3） of 4、宣传报道 is missing on the page ('（1）', '（2）', '（4）')."],
        units=["市疾控中心", "党办", "中心门诊", "分院", "医务处", "护理部"],
        extra_phases=[
            dict(name="义诊点", start_text="3月24日", end_text=None, at="1、3月24日，", optional=False),
            dict(name="结核病义诊周", start_text="3.23", end_text="25日", at="2、3.23-25日", optional=False),
        ],
        text="""\
@T | 结核病防治日宣传活动方案
为加大结核病防治宣传，市疾控中心将在3.24世界结核病防治日前后开展一系列宣传和医疗活动，特制定本计划方案：
@H1 sec=other | 一、活动主题
“防治结核，从小事做起”
@H1 sec=goals alt=measures,phases | 二、活动内容
@I2 | 1、3月24日，在××××××安排义诊点。
@I2 | 2、3.23-25日（三天），分别在××××*举办结核病义诊周活动。三天内门诊患者免挂号费、诊疗费，拍片、痰检、肝功能、b超、dna检测等5项检查费减免20%。
@I2 | 3、结对共建点××*区大集街竹圻村（来源： ）义诊（时间待定）。
@I2 | 4、以科室为单位，请副高以上专家撰写科普稿件，在媒体上做健康教育宣传。
@I2 | 5、通过医院网站发布结核防治知识和健康教育资料。
@I2 | 6、按要求参加局疾控处开展的相关活动。
@H1 sec=measures alt=responsibilities | 三、活动相关筹备
@H2 | 1、会场安排：活动当天各会场悬挂与今年3.24主题相关的会标，现场发放宣传资料、摆放宣传展版。
党办负责各会场的会标、宣传资料和宣传版块。
中心门诊、分院和结对共建点负责各自会场的安排和布置。
中心门诊、各分院门诊负责“3月23----25日门诊患者就网诊免费相关协调工作。
@H2 | 2、活动信息公告：3月23——25日，医院通过网站、媒体等提前向社会公告。
公告内容：党办拟定
@H2 | 3、专家安排：
@I3 | （1）3.24当天，××××*义诊点各安排4名专家，2名导医。
@I3 | （2）结对共建点××*区大集街竹圻村宣传点安排4位专家，3名导医。
@I3 | （3）3.23-3.25三天内，中心门诊、江北门诊、武昌分院门诊、东湖分院门诊各安排2-3位专家坐诊。
专家、导医安排、协调责任部门：医务处和护理部安排
@H2 | 4、宣传报道：
@I3 | （1）系列活动将发布新闻通稿，在媒体上进行报道。
@I3 | （2）专家撰写的科普文章陆续在各媒体上刊登。
@I3 | （4）义诊安排及优惠措施提前见报。
""",
    ),
    dict(
        name="fresh18_04_community_leifeng_day_activity_plan",
        source="https://yjbys.com/fangjia/jieri/532732.html",
        doc_kind="activity_plan", partial=True,
        notes=["A residents' committee's ('路桥居委会', '社区') Lei Feng Day plan for the community's minors, the first sample "
               "of a page ('社区雷锋日主题活动方案'); the page heading, its blurb and the sample heading ('社区雷锋日主题活动方案一') "
               "were dropped, so title is null. The second sample on the page is not part of the document.",
               "三、活动内容、时间 holds three numbered activity headings; the date of each is on a key-value line under it, "
               "written with a spaced label ('时 间：xxxx年3月1日（星期日）上午9:00', year masked by the page). For 1、 and 3、 "
               "the 时间 line is the next line, so the phase is on the heading; for 2、 an '活动内容：' line comes first, so "
               "its phase is placed by extra_phases on its '时 间：' line. All three are single days (start only).",
               "'二、活动对象：社区未成年人' keeps its value on the heading line. The masks 'xxxx' and '**' are the page's."],
        units=["路桥居委会", "社区"],
        extra_phases=[
            dict(name="开展“小雷锋在行动”“今天我做小园丁”活动", start_text="xxxx年3月1日", end_text=None,
                 at="时 间：xxxx年3月1日（星期日）上午09:40", optional=False),
        ],
        text="""\
今年3月5日是毛泽东等老一辈革命家号召“向雷锋同志学习”xx周年纪念日。为营造良好的社会道德风尚，社区将开展“争做新时代的小雷锋”活动，特拟定本工作方案。
@H1 sec=guidance | 一、指导思想
借三月学雷锋活动的契机，培养未成年人爱祖国、爱社会、爱他人、守公德、讲礼貌的品德，帮助他们树立正确的世界观、人生观、价值观，深入开展爱国主义、集体主义和社会主义教育，在少年儿童心中种下民族精神的种子。
@H1 sec=other | 二、活动对象：社区未成年人
@H1 sec=phases alt=goals,measures | 三、活动内容、时间
@H2 phase=召开“学雷锋”动员大会;xxxx年3月1日; | 1、召开“学雷锋”动员大会
@I3 | 时 间：xxxx年3月1日（星期日）上午9:00
@I3 | 地 点：路桥居委会会议室
@H2 | 2、开展“小雷锋在行动”“今天我做小园丁”活动
@I3 | 活动内容：组织队员到社区开展学雷锋活动、为绿化做维护
@I3 | 时 间：xxxx年3月1日（星期日）上午09:40
@I3 | 地 点：社区大院
@H2 phase=开展“献给xxxx的爱”主题活动;xxxx年3月8日; | 3、开展“献给xxxx的爱”主题活动
@I3 | 时 间：xxxx年3月8日（星期日）
@I3 | 内 容：利用自己的方式祝贺**的节日！并收集妈妈给你的反馈。
@H1 sec=requirements | 四、活动要求
@I2 | 1、加强领导，精心组织。
@I2 | 2、加强宣传，营造氛围、注重实效。
@I2 | 3、总结经验。
""",
    ),
    dict(
        name="fresh18_05_city_centre_union_annual_activity_schedule",
        source="https://zztianlang.com/shiyongwen/huodongfangan/16940.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["The union of a city public centre ('XX市XXXX中心'): its yearly schedule of union activities, a draft "
               "('（稿）'), the first sample of a collection page ('工会活动方案'); the page title and sample heading "
               "('工会活动方案1') were dropped. The issuer line and the schedule title are the two title lines.",
               "Each activity is a run-in heading '（n）名称：…'. The three reading steps are run together inside the body of "
               "（1） ('⒈经济学类读书活动，时间安排在1-5月份，；2.社会学类读书活动，时间安排在6-8月份；3.…，时间安排在9-12月。', "
               "with the page's odd '⒈', '，；' and the 月份 / 月 mix); they are placed by extra_phases on that line, copied "
               "as start '1' / '6' / '9' and end '5月份' / '8月份' / '12月'.",
               "The later activities carry their month inside their body: （2） '二月份', the second （3） '四月份', （4） "
               "'五月份' (start only, phase on the heading). The first （3） names only '年底' for a match, which is not "
               "given as the activity's time and is not a phase. The page numbers two activities （3）; kept. The page "
               "hides the rest after '（4）春游、秋游：五月份组织一次职'; the fragment is kept.",
               "The activities are measures (phases and goals accepted)."],
        units=["XX市XXXX中心"],
        extra_phases=[
            dict(name="经济学类读书活动", start_text="1", end_text="5月份", at="⒈经济学类读书活动", optional=False),
            dict(name="社会学类读书活动", start_text="6", end_text="8月份", at="2.社会学类读书活动", optional=False),
            dict(name="“好书伴我成长”经典著作读书活动", start_text="9", end_text="12月", at="经典著作读书活动，时间安排在9-12月",
                 optional=False),
        ],
        text="""\
@T | XX市XXXX中心
@T | 20xx年工会活动安排（稿）
为让本单位工会活动有序、合理地开展，丰富职工业余生活，促进职工健康发展、调动工作积极性，结合职工意愿，对20xx年工会活动作如下安排。
@H1 sec=measures alt=phases,goals | （1）读书活动：为提高本单位职工的知识文化水平、适应新形势下的工作需要，安排三次职工读书活动。⒈经济学类读书活动，时间安排在1-5月份，；2.社会学类读书活动，时间安排在6-8月份；3.“好书伴我成长”经典著作读书活动，时间安排在9-12月。每次读书活动书目二十个左右，并组织不少于两次交流分享会。
@H1 sec=measures alt=phases,goals phase=棋类友谊赛;二月份; | （2）棋类友谊赛：为切磋棋艺、增进同事感情，计划在二月份分别举办一场五子棋、跳棋和中国象棋友谊赛，对获得第一、第二名的选手适当奖励。
@H1 sec=measures alt=phases,goals | （3）羽毛球健身活动：羽毛球是单位职工喜爱的运动项目，据此组织职工开展羽毛球健身，加强锻炼、增进感情，并在年底举行一次羽毛球比赛。
@H1 sec=measures alt=phases,goals phase=自行车环湖运动;四月份; | （3）自行车环湖运动：四月份组织一次自行车环滇活动，领略春季滇池沿岸的美景，增强环保意识，增进对昆明母亲湖的感情。
@H1 sec=measures alt=phases,goals text=（4）春游、秋游 phase=春游、秋游;五月份; | （4）春游、秋游：五月份组织一次职
""",
    ),
    dict(
        name="fresh18_06_school_safety_education_day_activity_plan",
        source="http://78911.com.cn/HuoDongFangAn/507436.html",
        doc_kind="activity_plan", partial=True,
        notes=["A school's plan for the 2016 National Safety Education Day for primary and secondary pupils, the first "
               "sample of a page ('【一】2016年安全教育日活动方案'); the posting line (time, author) was dropped, and so was the "
               "collection's sample number '【一】' before the title, which is the title line. A teacher's name in item 1 was "
               "dropped ('由主任…').",
               "五、安全教育活动安排： ('（“六个一”活动）' under it) holds numbered activity headings whose date stands at the END "
               "of the line after the body: '1、一次动员：…时间：3月26日', '2、一期宣传：…时间：3月26日', "
               "'3、一次班会：…时间：3月28日' (single days, start only). The page ends with the fourth activity's label "
               "('一份小报：'), its number lost; it is labelled as an undated heading (numbering none).",
               "二、活动时间 '2016年3月30日——4月3日' is the optional overall period; it contradicts the activity dates "
               "(3月26日, 3月28日) and the opening's '3月26日是第21个…安全教育日'; all kept as the page has them."],
        units=["学校", "各班"],
        extra_phases=[
            dict(name="活动时间", start_text="2016年3月30日", end_text="4月3日", at="2016年3月30日——4月3日"),
        ],
        text="""\
@T | 2016年安全教育日活动方案
@H1 sec=goals alt=guidance | 一、活动目的：
2016年3月26日是第21个全国中小学生安全教育日。学校围绕“普及安全知识，提高避险能力，创建和谐校园”的主题和安全热点问题，结合本校实际开展内容丰富、形式活泼的活动，让学生在参与中树立安全意识、掌握安全知识、提高自护自救能力，并借此加强学校各项安全工作。
@H1 sec=other alt=phases | 二、活动时间：
2016年3月30日——4月3日
@H1 sec=other | 三、活动主题：
普及安全知识，提高避险能力，创建和谐校园
@H1 sec=requirements | 四、活动要求：
@I2 | 1、加强领导，完善学校安全条例，有计划、有组织地开展安全教育活动，全体教师密切配合，把活动落到实处。
@I2 | 2、加强学生安全教育，通过丰富的教育和防范训练活动，不断提高师生的自我保护意识和能力。
@I2 | 3、结合安全教育周加强自查自纠，再次全面检查校园安全，预防安全事故，做到有检查、有记录、有整改。
@I2 | 4、各班将开展“安全教育活动”的情况做好小结。
@H1 sec=phases | 五、安全教育活动安排：
（“六个一”活动）
@H2 phase=一次动员;3月26日; | 1、一次动员：周一升国旗仪式上，由主任向全体师生作以安全教育为主题的国旗下讲话，为安全教育周活动动员。时间：3月26日
@H2 phase=一期宣传;3月26日; | 2、一期宣传：本周将布置一期安全教育宣传橱窗。时间：3月26日
@H2 phase=一次班会;3月28日; | 3、一次班会：（周一）各班召开一次以“安全教育”为主题的班会，讨论交通规则等当前安全热点，并用黑板报、班会、讨论会等形式加强安全宣传，让全校师生都来学习安全知识。时间：3月28日
@H2 num=none | 一份小报：
""",
    ),
    dict(
        name="fresh18_07_school_leifeng_month_activity_plan",
        source="https://1wenmi.com/doc/702986.html",
        doc_kind="activity_plan", partial=True,
        notes=["A secondary school's (学校团委, 高中部 and 初中部) plan for the Lei Feng activity month, the first of three "
               "samples in a shared .docx on a document-sharing site that cuts the text into numbered chunks; the site's "
               "file title and sharing blurb were dropped.",
               "Line 1 is the first chunk's start: the chunk marker '1、', the plan's heading and the collection's mark "
               "'【第1篇，共3篇】'. It is the title line; the title is set to the heading alone (title_override). check.py "
               "reports it as REVIEW; deliberate.",
               "The store ran the headings into the text ('…现制定方案如下：一、活动时间20xx年3月5日一3月31日二、活动内容1、"
               "美化城市活动，…'); they were put on their own lines. The overall period keeps the page's '一' for a dash "
               "('20xx年3月5日一3月31日', optional).",
               "Under 二、活动内容 (a part not named for steps; goals, measures and phases accepted) two activities are "
               "dated: the first has its date in brackets at the END, after the chunk marker '2、' split the word 集中行动日 "
               "('…搞好集中行' / '2、动日活动。…（3月5日）'); the marker line is not labelled and the phase is placed on it "
               "by extra_phases. The second has its date just after its name ('2、营造共青林活动。3月12日下午…'; the later "
               "'3月12日中午12:30' is the gathering time). Both start only.",
               "The chunk marker '3、' splits the last item ('4、全面开展“校园爱心' / '3、超市”活动，各'); the page ends "
               "there."],
        units=["学校团委", "团市委", "团区委", "生物园", "年级团总支"],
        title_override="2023年3月学雷锋纪念日（活动月）主题活动方案",
        extra_phases=[
            dict(name="活动时间", start_text="20xx年3月5日", end_text="3月31日", at="20xx年3月5日一3月31日"),
            dict(name="美化城市活动", start_text="3月5日", end_text=None, at="2、动日活动。", optional=False),
            dict(name="营造共青林活动", start_text="3月12日", end_text=None, at="2、营造共青林活动。", optional=False),
        ],
        text="""\
@T | 1、2023年3月学雷锋纪念日（活动月）主题活动方案【第1篇，共3篇】
习近平总书记近日作出重要指示，指出今年是毛泽东等老一辈革命家为雷锋同志题词60周年，雷锋精神永不过时。为弘扬雷锋精神和“奉献、友爱、互助、进步”的志愿精神，深入开展志愿服务，为构建和谐校园作出新贡献，现制定方案如下：
@H1 sec=other alt=phases | 一、活动时间
20xx年3月5日一3月31日
@H1 sec=goals alt=measures,phases | 二、活动内容
@I2 | 1、美化城市活动，打扫街道，清除白色垃圾及非法张贴物。配合团市委、团区委搞好集中行
2、动日活动。学校团委组织部分团员青年到市区紫舞公园我校学雷锋基地义务清扫和宣传。（3月5日）
@I2 | 2、营造共青林活动。3月12日下午组织部分团员青年义务植树。高中部（除高三外）、初中部各班派3-5名同学于3月12日中午12:30到天门楼操坪集合，由校团委统一组织；树种可到学校生物园购买或自备，每班不少于2棵，到所在年级团总支书记处登记，劳动工具由生物园提供。
@I2 | 3、“献爱心、送温暖”活动。活动月期间，各班经学校批准自行组织学生到福利院、敬老院和孤寡老人家中慰问和志愿服务，不少于1次，活动情况书面报校团委以便总结表彰。
@I2 | 4、全面开展“校园爱心
3、超市”活动，各
""",
    ),
    dict(
        name="fresh18_08_school_mid_autumn_activity_plan",
        source="https://m.588k.com/yyws/hdfa/1629083.html",
        doc_kind="activity_plan", partial=True,
        notes=["A school's Mid-Autumn activity plan, the first sample of a collection page whose title is "
               "'我们的节日活动方案政府网'; the site's lead line was dropped and no title line is visible (title null).",
               "The dated steps are third-level numbered lines under '（一）活动一、佳节思月' under 四、活动内容 (a part not named "
               "for steps; goals, measures and phases accepted). Their date stands in brackets at the END: "
               "'1、利用周一的国旗下的讲话，…。（时间9月16日升旗仪式）' on the line itself, and for '2、开展“我们的节日・中秋”"
               "主题班会。' at the end of the body line after it ('…（时间9月16日班队会）'). Both are the same day (start only).",
               "'（二）活动二、…诵读比赛' says its time will be announced later ('另行通知'): no phase. 三、活动时间 '9月16―25日' "
               "(a U+2015 bar; start '9月16' without 日) is the optional overall period.",
               "The page's '・' in '我们的节日・中秋' is kept. The page ends inside （三） ('…送给长')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="9月16", end_text="25日", at="9月16―25日"),
        ],
        text="""\
@H1 sec=goals | 一、活动目的：
通过形式多样的活动让学生走近中秋，了解和体验中秋节的民风民俗，感受传统节日的魅力，传承传统文化，激发民族自豪感；在活动中培养学生的参与意识、动手能力和团结合作精神。
@H1 sec=other | 二、活动主题：
我们的节日・中秋
@H1 sec=other alt=phases | 三、活动时间：
9月16―25日
@H1 sec=goals alt=measures,phases | 四、活动内容：
@H2 | （一）活动一、佳节思月
@H3 phase=国旗下讲话;9月16日; | 1、利用周一的国旗下的讲话，以“我们的节日・中秋节”为主题进行演讲、宣传活动。（时间9月16日升旗仪式）
@H3 phase=“我们的节日・中秋”主题班会;9月16日; | 2、开展“我们的节日・中秋”主题班会。
主题班队会让学生以多种形式了解中秋节的风俗和来历，在品月饼、讲故事、唱歌谣、诵古诗中感悟团圆和谐的幸福，增进亲子、师生和同伴间的情意。（时间9月16日班队会）
@H2 | （二）活动二、佳节读月：开展“我们的节日・中秋”中华经典诗文诵读比赛
@H3 | 1、作品要求：
@I4 | 1）作品题材为古体诗、现代诗、散文等；
@I4 | 2）篇幅：诗词原则上不超过50句，赋、散文原则上不超过800字
@I4 | 3）内容要积极向上，能够激发爱国热情，凝聚民族力量，振奋民族精神
@I3 | 2、朗诵形式：以班级为单位参赛，以集体诵读形式为主，时间不超过4分钟。
@H3 | 3、时间及地点：
时间：（注：本活动将与十月份的“爱国”主题结合起来一起开展，因此具体时间另行通知）
地点：另行通知
本活动将与十月份的“爱国月”主题结合起来一起开展，因此具体时间另行通知
@I3 | 4、本次诵读活动按照年级设一等奖2名，二等奖2名，
@H2 | （三）活动三、佳节抒情
用自己喜欢的形式和材料自制一张精美的爱心卡，写上一句祝福的话，送给长
""",
    ),
    dict(
        name="fresh18_09_college_student_union_knowledge_contest_plan",
        source="https://m.700d.com/fanwen/cehuafangan/364752.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college department's student union (四川音乐学院戏文系, '学生会各部门') plan for a fun knowledge contest, the "
               "first sample of a collection page ('社团策划书范文'); the site's lead line was dropped and no title line is "
               "visible (title null).",
               "The dated steps are third-level headings under '（一）、赛制' under 六、活动内容 (not a part named for steps): "
               "'1、初赛' and '3、决赛' (the page skips 2、), each with its date on the line after it as a key-value item "
               "('初赛时间：11月5号', '决赛时间：11月10日'; single days, start only, 号 kept).",
               "The dated lines under '（二）、比赛形式：' ('（1）在11月3日，召集…', '（2）在11月5日，…进行初赛') are task dates "
               "inside the contest procedure, not phases. 四.活动时间 '201x年11月' (masked) is the optional overall period.",
               "Top-level numbering uses an ASCII dot as the store has it ('一.活动名称：') and switches to '六、' at 活动内容; "
               "kept. The page ends inside 七、活动要求 ('…使')."],
        units=["戏文系", "学生会"],
        extra_phases=[
            dict(name="活动时间", start_text="201x年11月", end_text=None, at="201x年11月"),
        ],
        text="""\
@H1 sec=other | 一.活动名称：
趣味知识大比拼比赛
@H1 sec=other | 二.活动主题：
“增长知识，开拓视野”
@H1 sec=other | 三.活动对象：
四川音乐学院戏文系全体学生
@H1 sec=other alt=phases | 四.活动时间：
201x年11月
@H1 sec=other | 五.活动地点：
初赛：一教108
决赛：一教108
@H1 sec=goals alt=measures,phases,other | 六、活动内容
@H2 sec=phases alt=other | （一）、赛制
@H3 phase=初赛;11月5号; | 1、初赛
@I4 | 初赛时间：11月5号
@I4 | 初赛地点：一教108
@H3 phase=决赛;11月10日; | 3、决赛
@I4 | 决赛时间：11月10日
@I4 | 决赛地点：一教108
@H2 sec=other alt=requirements,measures | （二）、比赛形式：
@H3 | 1、初赛比赛过程：
@I4 | （1）在11月3日，召集各参赛班级班长到辅导员办公室门口交参赛人员名单并抽签排序。
@I4 | （2）在11月5日，参赛班级在一教108进行初赛，评委评分后按积分排序，排名前60%的进入决赛。
@H3 | 2、决赛比赛过程：
@I4 | （1）主持人上台念欢迎词。
@I4 | （2）宣布才赛选手名单和班级
@I4 | （3）选手亮相环节：被念到名字的选手依次上场，喊出自己的参赛口号
@I4 | （4）选手两人一组进行分组淘汰赛，积分累计，最后留下两组共四名选手
@I4 | （5）四位选手进行个人抢答积分赛，按积分决出冠亚季军
@I4 | （6）评委点评。
@I4 | （7）宣布参赛选手的决赛得分及得奖情况，现场颁奖。
@I4 | （8）工作人员收拾场地。
@H2 sec=other alt=requirements | （三）、评分办法：
@H3 | 1、初赛
选手每答对一题记1分，答错或未答记0分，最后累计总分
@H3 | 2、决赛
分组淘汰赛采用积分制，答对加2分，答错或未答扣1分；个人角逐时答对一题加5分，答错或未答不扣分，最后累计总分。
@H1 sec=requirements | 七、活动要求
学生会各部门要高度重视、狠抓落实，认真做好各项准备，确保活动顺利有序进行；要精心组织、层层推进，充分发动同学积极参与，使
""",
    ),
    dict(
        name="fresh18_10_property_department_residents_culture_month_plan",
        source="https://m.liuxue86.com/k_小区活动策划方案",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A property company's property department ('完美时空物业部', '公司') plan for a month of cultural activities "
               "with the residents and companies of its estate, the first sample of a collection page ('小区活动策划方案"
               "【篇1】'); the page blurb and sample heading were dropped, so title is null.",
               "The dated steps are numbered lines under two level-1 parts. Under '一、成立活动筹备组：' three are "
               "deadline-only ('1、11月25日前…', '2、12月1日前…', '3、12月1日前…': end only, 前 kept). Under '三、组织实施：' "
               "(a part named 组织实施) the lines open with a range ('1、11月20日至12月1日…', '2、12月1日至25日期间…', "
               "'3、11月20日至12月25日…', '4、12月25日至12月26日…'); two more ranges stand on unnumbered lines after items 2 "
               "and 4 ('12月25日至28日组织舞蹈人员…', '12月20日至12月30日对优秀作品进'); these two are body lines whose phases "
               "are placed by extra_phases. The steps overlap and are not in date order, as on the page.",
               "'二、活动方式：' lists key-value items (other); its '3、活动时间：20xx年12月1日至20xx年12月30日。' is the optional "
               "overall period. The opening also names the period ('12月1日至12月30日期间'); it is body, not a phase.",
               "The page ends inside the last line ('…对优秀作品进')."],
        units=["完美时空物业部", "活动筹备小组", "评审组"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年12月1日", end_text="20xx年12月30日", at="3、活动时间："),
            dict(name="组织舞蹈人员参加联谊会节目", start_text="12月25日", end_text="28日", at="12月25日至28日组织舞蹈人员",
                 optional=False),
            dict(name="优秀作品", start_text="12月20日", end_text="12月30日", at="12月20日至12月30日对优秀作品进",
                 optional=False),
        ],
        text="""\
为增进物业部与业主之间的友谊，搭建沟通交流的平台，贯彻公司“以客为本提供优质服务，加强沟通增进顾客满意程度”的服务理念，丰富园区业主的文化生活，完美时空物业部将在12月1日至12月30日期间在园区组织一系列文化娱乐活动。
活动主要分以下阶段进行：
@H1 sec=phases alt=responsibilities,measures | 一、成立活动筹备组：
@H2 phase=成立活动筹备小组;;11月25日前 | 1、11月25日前由物业部牵头成立活动筹备小组并确定负责人及组员。
@H2 phase=前期准备工作;;12月1日前 | 2、12月1日前筹备小组组织实施前期准备工作，确定联谊会节目主持人。
@H2 phase=征集文艺人才;;12月1日前 | 3、12月1日前面向园区征集文艺人才重点是舞会爱好者。
@H1 sec=other | 二、活动方式：
@I2 | 1、活动目的：增进沟通、加强合作、体现风貌、丰富生活、构建和谐。
@I2 | 2、活动主题：欢快、友谊、交流、共赢。
@I2 | 3、活动时间：20xx年12月1日至20xx年12月30日。
@I2 | 4、活动形式：物业部与业主共同举办，欢迎并鼓励广大业主的广泛参与；接纳各种形式的赞助。
@H1 sec=phases alt=measures | 三、组织实施：
@H2 phase=征询文艺人才;11月20日;12月1日 | 1、11月20日至12月1日面向园区各公司广泛征询文艺人才，重点是舞蹈爱好者。
@H2 phase=组织舞蹈培训;12月1日;25日 | 2、12月1日至25日期间组织舞蹈培训。
12月25日至28日组织舞蹈人员积极参加联谊会节目。
@H2 phase=征集文化作品;11月20日;12月25日 | 3、11月20日至12月25日向园区各公司广泛征集各种文化作品：图画、油画、素描、书法、篆刻、摄影作品、彩泥画、诗歌、散文等。
@H2 phase=作品点评;12月25日;12月26日 | 4、12月25日至12月26日由物业部和业主负责人代表组成的评审组对作品给予点评，选出精品，评出优胜奖。
12月20日至12月30日对优秀作品进
""",
    ),
    dict(
        name="fresh18_11_college_class_committee_spring_outing_plan",
        source="http://mip.010zaixian.com/shiyongwen/cehuashu/1149087.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A university class committee's (广东商学院08税务一班, '我班班委会') plan for a class spring outing; the page "
               "calls it 春游 and, in places, 秋游 (kept). No title line is visible (title null).",
               "三、活动流程 is a timetable flattened to one row per line, the date cell first and the task cell after a "
               "space: '2月21号 班长，组委，心理咨询员到桥鑫生态园踩点，…' … '2月26日 联系包车的今天搞掂，心理' (号 and 日 "
               "mixed as on the page). The rows are unlabelled value lines; each row's day is a phase placed by "
               "extra_phases on it (start only). The page ends inside the sixth row.",
               "a、人员安排 is a table of persons and tasks that the store flattened into one line with its cells run "
               "together; the personal names were dropped and the role labels kept ('（班长）', '（生委）', …). The store ran "
               "the next heading 'b、物资准备' into that line; it was put on its own line.",
               "The outing day '时间：xx年2月28日星期六上午7:30~下午5:00' under 2、安排情况 is the optional overall period "
               "(start only)."],
        units=["08税务一班", "班委会"],
        extra_phases=[
            dict(name="活动时间", start_text="xx年2月28日", end_text=None, at="时间：xx年2月28日"),
            dict(name="踩点", start_text="2月21号", end_text=None, at="2月21号 ", optional=False),
            dict(name="写好秋游策划书", start_text="2月22日", end_text=None, at="2月22日 ", optional=False),
            dict(name="公示策划书", start_text="2月23日", end_text=None, at="2月23日 ", optional=False),
            dict(name="交辅导员审批", start_text="2月24日", end_text=None, at="2月24日 ", optional=False),
            dict(name="开展各自工作", start_text="2月25日", end_text=None, at="2月25日 ", optional=False),
            dict(name="联系包车", start_text="2月26日", end_text=None, at="2月26日 ", optional=False),
        ],
        text="""\
@H1 sec=goals alt=background | 一、活动引言
为丰富同学们的大学生活，班委会组织一次春游。春游是班级的一项大活动，能调动大家参与班级活动的积极性、增进同学间的友情，也让大家在出游中更好地感受生活，为大学生活留下美好回忆。
@H2 sec=responsibilities alt=other | 1、组织形式：
主办单位：广东商学院08税务一班
对象：08税一全体同学
@H2 sec=other alt=goals | 2、安排情况：
目的：舒缓同学们的生活压力，增强集体归属感，增进同学间的友谊。
时间：xx年2月28日星期六上午7:30~下午5:00
地点：三水市桥鑫生态园
@H1 sec=measures alt=responsibilities | 二、前期准备
@H2 sec=responsibilities | a、人员安排
总负责人：（班长） 人员 负责项目 （心理信息员） 联系桥鑫生态园 （生委） 人数统计、经费预算 （班长） 联系包车、活动当天人数清点、协助采购物资 （生委） 物资采购 （组委） 秋游活动安排及组织 （心理信息员） 活动主持，调动同学积极性 （心理信息员等） 踩点
@H2 | b、物资准备
需购买物资：
野炊食物类：（推荐）
紫菜、鸡蛋、蔬菜、西红柿、胡萝卜、牛肉、凉瓜、鸡肉、小丸子、鱼皮饺、面包，面条、番薯、鸡翅、零食等。
其他杂项：
沙茶酱，手套，一次性杯子，辣酱，一次性碗，纸巾（卷装），纯净水，米，油，盐，酱油
自带物资：饭盒、筷子、雨伞
@H1 sec=phases | 三、活动流程
2月21号 班长，组委，心理咨询员到桥鑫生态园踩点，并由班长联系生态园相关负责人
2月22日 组委写好秋游策划书，上交班长。班长开班委会询问各班委意见后，再对策划书作相应修改。
2月23日 早读时将策划书公示给全班同学看，征集意见。
2月24日 修改后交给辅导员老师审批。
2月25日 老师通过秋游方案后，各人开始针对自己任务开展工作。人数统计及经费预算要在今天给出明确数据。
2月26日 联系包车的今天搞掂，心理
""",
    ),
]
