# -*- coding: utf-8 -*-
"""The 107th held-out fresh set: ACTIVITY PLANS AND WORK ARRANGEMENTS WHOSE
STEPS OR ACTIVITIES CARRY THEIR OWN DATES OR TIMES (活动流程 with clock times,
a series of activities each with its own 时间 row, 时间安排 with dated stages,
第一阶段 / 第二阶段 steps, 报名时间 / 比赛时间 sections), by a college youth league
committee, a city youth league committee, a community, a provincial library,
a middle school, a postal branch (with its union), a kindergarten and a
college trade union.  Found as stored public web pages with the `search`
tool's `pages` corpus (log in notes_queries.txt).  None of the source pages
is a source of an earlier set (URLs checked against every label file and
every exclusion list under /work/fresh*/, distinctive sentences grepped
across /work/fresh*/ and tests/corpus_*/).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, collection titles, sample numbers, tag lines) was dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH107_DOCS = [
    dict(
        name="fresh107_01_college_youth_league_may_fourth_activities",
        source="https://rwxy.swjtu.edu.cn/info/1039/21694.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A college's League committee notice (西南交通大学人文学院团委) of a May Fourth activity series, 2025. The "
               "breadcrumb, the site's column tag '【共青团工作】' before the title and the author/date/hits line were dropped.",
               "Three activities under 二、活动内容 as （一）（二）（三）. （一） has no date. （二） and （三） each hold "
               "third-level label headings '1.活动时间' / '2.活动地点' or '2.参与方式' / '3.相关要求', each standing alone with "
               "its value on the next line. The dated steps are the two '1.活动时间' headings (level 3, kind phases, goals "
               "accepted): the flag-raising on '2025年5月4日08:30' (a start only) and the cloud League day "
               "'2025年5月4日至5月30日'; the phase sits on the '1.活动时间' line, its dates on the line after it, and is "
               "named after the activity.",
               "'（一）榜样的力量”专题宣传' keeps the page's unbalanced closing quote. The two campus rows "
               "('犀浦校区：…', '九里校区：…') are key-value body lines. '5月30日前…' in the last item is a deadline, not a "
               "phase. The page ends inside item （1） ('…纪念徽章等'); a teacher's name in 3.相关要求 was dropped."],
        units=["人文学院团委", "各团支部"],
        text="""\
@T | 人文学院团委关于举办庆祝五四青年节系列活动的通知
为学习贯彻习近平新时代中国特色社会主义思想，落实党的二十大和二十届二中、三中全会精神，西南交通大学人文学院团委在2025年五四青年节到来之际组织一组庆祝活动，有关安排通知如下：
@H1 sec=other | 一、活动主题
青春为中国式现代化挺膺担当
@H1 sec=goals alt=measures,phases | 二、活动内容
@H2 sec=goals alt=measures | （一）榜样的力量”专题宣传
学院多名学生在校级共青团表彰中获奖，涉及科研创新、志愿服务和组织工作等方面；节日期间学院团委将在公众号上宣传他们的事迹，号召团员青年向榜样看齐。
@H2 sec=goals alt=measures,phases | （二）西南交通大学五四青年节升国旗仪式
@H3 sec=phases alt=goals phase=五四青年节升国旗仪式;2025年5月4日08:30; | 1.活动时间
2025年5月4日08:30
@H3 sec=other alt=goals | 2.活动地点
犀浦校区：东门国旗台
九里校区：南门0号教学楼国旗台
@H3 sec=requirements alt=goals | 3.相关要求
各团支部结合主题团日组织团员参加；着装要整洁，升旗和奏唱国歌时肃立行注目礼，仪式中保持安静、不随意走动；活动结束后把新闻稿和照片交学院团委汇总。
@H2 sec=goals alt=measures,phases | （三）西南交通大学五四主题云团日活动
@H3 sec=phases alt=goals phase=五四主题云团日活动;2025年5月4日;5月30日 | 1.活动时间
2025年5月4日至5月30日
@H3 sec=goals alt=other,measures | 2.参与方式
从5月4日起扫描二维码进入活动平台学习，并可领取2024年度共青团工作表彰的电子证书。
@H3 sec=requirements alt=goals | 3.相关要求
@I4 | （1）全校交大青年可在“青春告白”板块留言，5月30日前将从中选出优秀留言赠送“交大新青年”纪念徽章等
""",
    ),
    dict(
        name="fresh107_02_city_youth_league_gala_volunteer_plan",
        source="https://m.wenke99.com/p-1828922.html",
        doc_kind="activity_plan", partial=False,
        title_override="2018“青春之梦”文艺晚会志愿服务活动方案",
        notes=["A city League committee's (共青团 xx 市委, with the city's youth volunteer association) plan for the "
               "volunteers of a May Fourth evening gala, 2018, on a document-sharing site that returned it as one "
               "run-together block in two chunks; it was split at the headings. The page shows the whole short document "
               "down to its signature and date, so partial is false.",
               "Site debris kept and not labelled: the chunk marker '1、' glued before the title (line 1, a title line; the "
               "title is set without it) and the chunk marker '2、' that splits the place name 'xx市体育馆广场' across two "
               "lines ('活动地点：xx' / '2、市体育馆广场'). PDF spacing kept ('共青团 xx 市委', '2018 年 5 月 4 日').",
               "The overall time '活动时间：2018 年 5 月 4 日下午 6:009:00' has lost the dash between 6:00 and 9:00 (kept as "
               "the page has it); it is an optional phase with start '2018 年 5 月 4 日下午 6:00' and end '9:00'.",
               "五、活动流程 lists five clock-time rows '1、18:00-18:30 场地布置' … '5、21:00 活动结束，安全返回' (the page's "
               "'21:00-21:00' kept): items (level 2, kind phases) and optional phases, the time slots of a one-evening "
               "programme. 四、任务分工 holds three task items (responsibilities, goals accepted); 六、注意事项 three rule "
               "items (other, requirements accepted). The hotline, signature and date lines at the end are body."],
        units=["共青团 xx 市委", "xx 市青年志愿者协会"],
        extra_phases=[
            dict(name="活动时间", start_text="2018 年 5 月 4 日下午 6:00", end_text="9:00", at="活动时间：2018"),
            dict(name="场地布置", start_text="18:00", end_text="18:30", at="18:00-18:30"),
            dict(name="引导群众依次就座", start_text="18:30", end_text="19:00", at="18:30-19:00"),
            dict(name="维护会场秩序", start_text="19:00", end_text="21:00", at="19:00-21:00"),
            dict(name="打扫会场卫生，回收会场桌椅", start_text="21:00", end_text="21:00", at="21:00-21:00"),
            dict(name="活动结束，安全返回", start_text="21:00", end_text=None, at="21:00 活动结束"),
        ],
        text="""\
@T | 1、2018“青春之梦”文艺晚会志愿服务活动方案
五四青年节就要到了。为弘扬“爱国、进步、民主、科学”的五四精神，提高青年的志愿服务意识，共青团 xx 市委举办“青春之梦”五四节广场文艺晚会，丰富青年的文化生活，引导青年立志向、积极投身学习和工作，展示新时代青年的风采。为保证晚会顺利进行，制定本方案：
@H1 sec=other | 一、活动主题：不忘初心跟党走，青春建功新时代
@H1 sec=responsibilities | 二、组织单位：共青团 xx 市委、xx 市青年志愿者协会
@H1 sec=phases alt=other | 三、时间地点：
活动时间：2018 年 5 月 4 日下午 6:009:00
活动地点：xx
2、市体育馆广场
@H1 sec=responsibilities alt=goals | 四、任务分工
@I2 | 1、布置场地，搬运桌椅板凳
@I2 | 2、引导群众观看，维护会场秩序
@I2 | 3、宣传志愿服务条例，讲解业务知识
@H1 sec=phases | 五、活动流程：
@I2 | 1、18:00-18:30 场地布置
@I2 | 2、18:30-19:00 引导群众依次就座
@I2 | 3、19:00-21:00 维护会场秩序
@I2 | 4、21:00-21:00 打扫会场卫生，回收会场桌椅
@I2 | 5、21:00 活动结束，安全返回
@H1 sec=other alt=requirements | 六、注意事项：
@I2 | 1、各单位在接受任务后及时发布通知，安排专人负责落实各项工作。
@I2 | 2、各单位要提醒参加人员注意交通安全。
@I2 | 3、各单位要提醒参加人员注意文明行为，保持场地卫生和秩序稳定。
志愿者报名热线：xx
xx 市青年志愿者协会
2018 年 5 月 3 日
""",
    ),
    dict(
        name="fresh107_03_community_double_ninth_activity_plan",
        source="https://66688825.com/yOTdsObO8cB1.html",
        doc_kind="activity_plan", partial=True,
        notes=["A community's plan for the Double Ninth (重阳节) day, 2022; the community is not named, so units is empty.",
               "二、活动时间 holds the date on one line and '（农历九月初九）上午9:00至下午5:00' on the next, as the page breaks it: "
               "one optional overall phase, start '2022年10月13日', end '下午5:00'.",
               "四、活动内容 is a one-day programme of six numbered lines, each opening with its own clock-time range "
               "('1.上午9:00至10:00，举行…主题演讲比赛，…'): items (level 2, kind goals, phases accepted) and optional phases "
               "(the time slots of a one-day programme), named after the activity. Their texts are set by hand (the "
               "automatic cut would stop at the colon inside '9:00'). The page writes '1.' without a space and '2. ' to "
               "'6. ' with one, in every list; kept.",
               "The page ends inside 五、活动宣传 item 3 ('…提前发布活动通知，')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2022年10月13日", end_text="下午5:00", at="2022年10月13日"),
            dict(name="主题演讲比赛", start_text="上午9:00", end_text="10:00", at="上午9:00至10:00"),
            dict(name="老年人趣味运动会", start_text="上午10:00", end_text="11:00", at="上午10:00至11:00"),
            dict(name="老年人关爱活动", start_text="上午11:00", end_text="13:00", at="上午11:00至13:00"),
            dict(name="老年人团队活动", start_text="下午1:00", end_text="3:00", at="下午1:00至3:00"),
            dict(name="重阳节文化讲座", start_text="下午3:00", end_text="4:00", at="下午3:00至4:00"),
            dict(name="志愿者活动", start_text="下午4:00", end_text="5:00", at="下午4:00至5:00"),
        ],
        text="""\
@T | 社区重阳节活动方案计划书
@H1 sec=goals alt=guidance | 一、活动目的
@I2 | 1.弘扬中华民族优秀传统文化，营造尊老、敬老、爱老、助老的良好社会氛围；
@I2 | 2. 提高居民的健康素养，增强居民对健康的关注和认识；
@I2 | 3. 加强社区居民之间的交流和联系，增进邻里感情；
@I2 | 4. 展示社区的人文关怀，提升社区凝聚力和归属感。
@H1 sec=phases alt=other | 二、活动时间
2022年10月13日
（农历九月初九）上午9:00至下午5:00
@H1 sec=other | 三、活动地点
社区活动室、公共场所
@H1 sec=goals alt=phases,measures | 四、活动内容
@I2 alt=phases text=1.上午9:00至10:00，举行“浓浓重阳节，孝心永相伴”主题演讲比赛，请居民代表讲讲自己和长辈之间的动人故事，倡导大家把尊老、敬老、爱老、助老的传统传下去 | 1.上午9:00至10:00，举行“浓浓重阳节，孝心永相伴”主题演讲比赛，请居民代表讲讲自己和长辈之间的动人故事，倡导大家把尊老、敬老、爱老、助老的传统传下去。
@I2 alt=phases text=2.~上午10:00至11:00，举行“九九重阳节，浓浓人情味”老年人趣味运动会，设投掷标枪、双人枕头大战、踩气球等项目，让老人多互动、邻里更亲近 | 2. 上午10:00至11:00，举行“九九重阳节，浓浓人情味”老年人趣味运动会，设投掷标枪、双人枕头大战、踩气球等项目，让老人多互动、邻里更亲近。
@I2 alt=phases text=3.~上午11:00至13:00，举行“关爱老年人，服务社区行”老年人关爱活动，由志愿者为老人量血压、做健康咨询，让他们感受到社会的关爱 | 3. 上午11:00至13:00，举行“关爱老年人，服务社区行”老年人关爱活动，由志愿者为老人量血压、做健康咨询，让他们感受到社会的关爱。
@I2 alt=phases text=4.~下午1:00至3:00，举行“共度重阳节，携手进夕阳”老年人团队活动，请社区老人组队参加，增强协作精神 | 4. 下午1:00至3:00，举行“共度重阳节，携手进夕阳”老年人团队活动，请社区老人组队参加，增强协作精神。
@I2 alt=phases text=5.~下午3:00至4:00，举行“重阳节文化讲座”，请专家学者讲解重阳节的历史、文化和习俗 | 5. 下午3:00至4:00，举行“重阳节文化讲座”，请专家学者讲解重阳节的历史、文化和习俗。
@I2 alt=phases text=6.~下午4:00至5:00，举行“浓浓重阳节，志愿关爱行”志愿者活动，由志愿者为居民做活动宣传、场地布置等服务 | 6. 下午4:00至5:00，举行“浓浓重阳节，志愿关爱行”志愿者活动，由志愿者为居民做活动宣传、场地布置等服务。
@H1 sec=measures alt=other | 五、活动宣传
@I2 | 1.通过社区广播、微信公众号和宣传单等发布活动信息，引导居民参加；
@I2 | 2. 在社区显眼的位置摆放活动展板，吸引居民关注；
@I2 | 3. 利用社区QQ群、微信群等工具，提前发布活动通知，
""",
    ),
    dict(
        name="fresh107_04_provincial_library_children_reading_day_plan",
        source="https://www.huicuiku.com/xingzhenggongwen/fangan/q0wqgx.html",
        doc_kind="activity_plan", partial=True,
        notes=["A provincial library's (**省图书馆, name masked) plan for China Children's Reading Day (4月2日). The site "
               "line ('荟萃库 人气…') and the tag line at the end were dropped; the page repeats the title after the "
               "opening paragraph, and that repeat was dropped too.",
               "Eight activities numbered with a BARE Chinese numeral and no 、: '一 儿童阅读日…' and '六 “我读书…' with a "
               "space, '二“走进阅读日…', '三“…', '四“…', '五“…' glued to the opening quote, '七 为**…', '八 100种…'. The "
               "literal token is the numeral alone; the builder has no class for a bare numeral, so numbering_style is "
               "'none'. All eight are level 1, kind goals (phases, measures accepted).",
               "Five activities carry their own time on the value row after the heading ('时间：4月2日下午3:00', "
               "'时间：4月2日下午', '时间：4月1日下午', '时间：4月2日下午3:30', '时间：4月2日——5月18日'); as the series runs from "
               "4月1日 to 5月18日 and each activity is dated on its own, these are required phases (on the heading line, "
               "named after the activity). 四、七、八 have no date. The value rows (时间 / 嘉宾 / 参加人员 / 参观学生 / 主讲) "
               "and the second visitor row '**学校小学生' are body; the masks '**' are the page's.",
               "The visible part is the whole list of eight activities; the page may hold more below (partial)."],
        units=["**省图书馆"],
        text="""\
@T | 中国儿童阅读日活动方案
4月2日既是国际儿童图书节，也是中国儿童阅读日。为在少年儿童和图书之间搭起桥梁，让更多孩子走进图书馆、享受阅读、快乐成长，**省图书馆在这期间围绕“快乐阅读 健康成长”举办下列主题活动：
@H1 sec=goals alt=phases,measures num=一 phase=儿童阅读日系列活动启动仪式暨**省图书馆少儿读者选书团成立仪式;4月2日下午3:00; | 一 儿童阅读日系列活动启动仪式暨**省图书馆少儿读者选书团成立仪式
时间：4月2日下午3:00
嘉宾：文化厅、团省委、少工委有关领导
参加人员：少儿读者选书团成员、**学校小学生、南关小学学生
@H1 sec=goals alt=phases,measures num=二 phase=“走进阅读日~亲近图书馆”主题参观活动;4月2日下午; | 二“走进阅读日 亲近图书馆”主题参观活动
时间：4月2日下午
参观学生：**幼儿园小朋友
**学校小学生
@H1 sec=goals alt=phases,measures num=三 phase=“我的阅读我作主”主题选书活动;4月1日下午; | 三“我的阅读我作主”主题选书活动
时间：4月1日下午
参加人员：**省图书馆小读者选书团
@H1 sec=goals alt=phases,measures num=四 | 四“漂流图书，传递智慧”主题图书交换活动
参加人员：**省图书馆小读者、**小学学生
@H1 sec=goals alt=phases,measures num=五 phase=“快乐阅读~快乐写作”主题讲座;4月2日下午3:30; | 五“快乐阅读 快乐写作”主题讲座
时间：4月2日下午3:30
主讲：** 著名儿童作家
@H1 sec=goals alt=phases,measures num=六 phase=“我读书~我快乐~我成长”主题征文活动;4月2日;5月18日 | 六 “我读书 我快乐 我成长”主题征文活动
时间：4月2日——5月18日
@H1 sec=goals alt=phases,measures num=七 | 七 为**第五幼儿园图书流通站送书
@H1 sec=goals alt=phases,measures num=八 | 八 100种优秀少儿图书推荐
""",
    ),
    dict(
        name="fresh107_05_middle_school_art_festival_plan",
        source="http://syzhx.com/cn/newjxshow.asp?articleid=652",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A middle school's plan for its third culture and art festival, on the school's site; the visible text "
               "starts at '一、总体要求', with no title line (title null).",
               "六、时间安排（12月10日-30日） carries the overall period in its heading (optional phase) and holds three "
               "stages: '（一）准备阶段（12月1—6日）' (start '12月1' and end '6日' as written; it lies before the overall "
               "period the heading states), '（二）组织实施阶段（12月10日-30日）' and '（三）上报参评', whose date '12月22日' "
               "opens the body line after it. All three are required phases.",
               "The three numbered lines under （二） are run-in statements ending in '。' (items, level 3); '12月20日前' and "
               "'元旦前' inside them are deadlines, not phases. The three festival events under 五、活动内容 are items. "
               "The leader's names in the key-value lines of 三、组织领导 were dropped ('组 长：', '副组长：' left empty, as "
               "the spacing of the page has them); '成 员：…' keeps its roles.",
               "The page ends at the first character of 九、活动要求's body ('高')."],
        units=["第三届文化艺术节活动领导小组", "文化艺术节活动领导小组", "校文化活动领导小组"],
        extra_phases=[dict(name="时间安排", start_text="12月10日", end_text="30日", at="六、时间安排")],
        text="""\
@H1 sec=guidance | 一、总体要求
学校举办艺术节，是为推进素质教育，展示艺体教育的特色和成果，促进学生全面发展，提高教职工综合素质，丰富校园文化生活，营造和谐、健康、文明的校园人文环境，全面提高教育教学质量。
@H1 sec=other | 二、活动主题
展示──展示我的风采
@H1 sec=responsibilities | 三、组织领导
本次活动以一二九合唱比赛为大背景开展。为加强对活动的领导和指导，学校成立第三届文化艺术节活动领导小组。
其名单如下：
组 长：
副组长：
成 员：各年级主任，班主任 体育教师
@H1 sec=other | 四、参加对象
全校学生，全体教职工。
@H1 sec=goals alt=measures | 五、活动内容
文化艺术节活动项目：
@I2 | 1、绘画（国画、水彩或水粉画）
@I2 | 2、书法
@I2 | 3、校园卡拉OK比赛
@H1 sec=phases | 六、时间安排（12月10日-30日）
@H2 phase=准备阶段;12月1;6日 | （一）准备阶段（12月1—6日）
成立第三届文化艺术节活动领导小组并制定活动方案；校内各单位广泛宣传，动员师生发挥潜力、踊跃参加；音乐和美术老师做好专业指导。
@H2 phase=组织实施阶段;12月10日;30日 | （二）组织实施阶段（12月10日-30日）
@I3 | 1、全体师生利用课余时间构思并练习。音乐、美术老师到班里指导，收集的意见和建议汇总后报活动领导小组。
@I3 | 2、学生以班级为单位，教职工以个人为单位，于12月20日前把参赛作品名报活动领导小组办公室，写明班级、姓名、类别、标题和需要说明的情况。
@I3 | 3、广大师生在元旦前参加卡拉OK比赛，每个年级选派教师、学生各三人。
@H2 phase=上报参评;12月22日; | （三）上报参评
12月22日，由校文化活动领导小组评选优秀作品。
@H1 sec=other | 七、奖项设置
每个类别评一等奖2名、二等奖3名、三等奖4名，给予表彰并发奖品。
@H1 sec=measures | 八、后勤和经费保障
由文化艺术节活动领导小组协调相关事务，负责后勤和经费保障。
@H1 sec=requirements | 九、活动要求
高
""",
    ),
    dict(
        name="fresh107_06_postal_branch_womens_day_activity_plan",
        source="https://m.wuhaninfo.cn/wenku/brhc/3dvQM6blY8",
        doc_kind="activity_plan", partial=True,
        notes=["A postal company's letters branch (函件局 / 函件分局, with the 长乐市邮政局 union assisting) plan for "
               "Women's Day; the breadcrumb, the date and source line were dropped; the title keeps the site's word "
               "'精选'.",
               "Inconsistent spacing after the numbering kept ('一、 活动背景', '四、活动内容'). The overall day "
               "'3月10日下午' under 三、 活动时间 (with the page's space before '。') is an optional phase.",
               "The three activities are listed twice: under 四、活动内容 as bare titles (items, level 2) and under "
               "六、活动流程 as headings （一）（二）（三） (level 2, kind phases), each with its own value row on the next "
               "line ('时间：3月8日上午', '时间：3月10日下午' twice): required phases, named after the activity. 五、 前期准备 "
               "lists three bare preparation items.",
               "Under （二） '内容：' is a lead-in before three items; under （三） '1、快乐运动幸运呼啦圈转转转' is a game "
               "title (heading, level 3) with its '规则：' body. Kept on purpose: the anti-copy dot in '对女同胞的.节日祝福' "
               "and the spam watermark '大众健康网' inside the rules sentence. The page ends inside the rules "
               "('…决出一等')."],
        units=["函件分局", "长乐市邮政局工会", "文娱部"],
        extra_phases=[dict(name="活动时间", start_text="3月10日下午", end_text=None, at="3月10日下午举行")],
        text="""\
@T | 精选三八妇女节活动方案
@H1 sec=background alt=guidance | 一、 活动背景
“三八”国际劳动妇女节就要到了。为活跃企业文化氛围，在职工之间搭起沟通的纽带，展示女职工的风采，让函件局的女员工过一个充实、愉快、有意义的节日，经研究决定在函件局开展三八妇女节主题活动，方案如下：
@H1 sec=responsibilities | 二、 活动参加部门
活动由函件分局负责策划，长乐市邮政局工会、文娱部等部门配合。
@H1 sec=phases alt=other | 三、 活动时间
妇女节的主要活动定在3月10日下午举行 。
@H1 sec=goals alt=measures | 四、活动内容
@I2 | （一）“哥们儿姐们儿送祝福”活动
@I2 | （二）关于女性问题的小型交流会
@I2 | （三）呼啦圈比赛、拔河比赛、集体跳绳比赛
@H1 sec=measures alt=other | 五、 前期准备
@I2 | （一）人员召集
@I2 | （二）场地准备
@I2 | （三）物件准备
@H1 sec=phases | 六、活动流程
@H2 phase=“哥们儿姐们儿送祝福”活动;3月8日上午; | （一）“哥们儿姐们儿送祝福”活动
时间：3月8日上午
内容：当天每位男职工备好一份包装好的小礼物，由女职工随意抽取，代表男同胞对女同胞的.节日祝福。
@H2 phase=关于女性问题的小型交流会;3月10日下午; | （二）关于女性问题的小型交流会
时间：3月10日下午
内容：
@I3 | 1、主持人引出话题，大家就相关观点与同事进行探讨；
@I3 | 2、主持人总结大家的观点和看法；
@I3 | 3、参与活动的函件女职工都可获得一份小礼品。
@H2 phase=呼啦圈比赛、拔河比赛、集体跳绳比赛;3月10日下午; | （三）呼啦圈比赛、拔河比赛、集体跳绳比赛
时间：3月10日下午
地点：待定
内容：
@H3 alt=goals,other | 1、快乐运动幸运呼啦圈转转转
规则：男女不限，每场4人上场，赛前每人领1只呼啦圈和10根别针；开始后一边在腰间摇呼啦圈，一边把手里的别针大众健康网首尾相连串成一串，呼啦圈中途掉了要重新领10根别针从头来，最先串好10枚别针的人赢得本场。决出一等
""",
    ),
    dict(
        name="fresh107_07_kindergarten_talent_show_activity_plan",
        source="https://ruiwen.com/gongwen/fangan/1497722.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('文化艺术节活动方案集合(15篇)'): a kindergarten's Children's Day "
               "talent show. The posting line, the site blurb, the collection title and the sample number were dropped; "
               "the page's own title line '文化艺术节活动方案' is kept.",
               "Eight label headings '一、活动主题：' … '八、活动步骤：' with trailing colons, values on the next lines. "
               "'5月10日——5月14日' under 六、活动时间 is the overall period (optional phase).",
               "八、活动步骤 has a lead-in '本次活动分为三个阶段：' and three run-in steps '第一阶段（初赛）：…；时间：5月11日（周二）"
               "之前。' (heading text cut at the colon): 初赛 with an end only ('5月11日', the page says 之前); 复赛, whose line "
               "holds three sessions on 5月12日, 5月13日 and 5月14日 at 上午9:00 (one phase, start '5月12日', end "
               "'5月14日'); 决赛, a bare heading where the page ends ('第三阶段（决赛）：'), a phase without dates.",
               "The anti-copy backtick in '美的`艺术熏陶' is the page's. The 活动目标 lines are items."],
        units=["年级组"],
        extra_phases=[dict(name="活动时间", start_text="5月10日", end_text="5月14日", at="5月10日——5月14日")],
        text="""\
@T | 文化艺术节活动方案
@H1 sec=other | 一、活动主题：
开心六一，童心灿烂
@H1 sec=goals alt=guidance | 二、活动目的：
给幼儿创造发现美、表现美、创造美的机会，发挥艺术在情感教育上的作用，帮助幼儿形成健全的人格。为此幼儿园举办这次才艺比赛，为孩子提供展示自己的平台，让他们在积极参与中发现美、创造美、体验美，在美的`艺术熏陶中成长。
@H1 sec=guidance | 三、活动宗旨：
搭建一个平台，提供一次机会，展示一技之长。
@H1 sec=goals | 四、活动目标：
@I2 | 1、提供给孩子登台表演的机会，提高幼儿各方面才艺表演的技能，锻炼胆量。
@I2 | 2、体验多种形式表演，培养幼儿大胆表现和大方表演的能力，增强自信心。
@H1 sec=other | 五、活动对象：
全园幼儿
@H1 sec=phases alt=other | 六、活动时间：
5月10日——5月14日
@H1 sec=other | 七、活动地点：
幼儿园二楼多功能教室
@H1 sec=phases | 八、活动步骤：
本次活动分为三个阶段：
@H2 phase=初赛;;5月11日 | 第一阶段（初赛）：各班在班内比赛，每个孩子都有机会参加，选拔人数由年级组自己定，选出的幼儿代表班级参加第二阶段比赛；时间：5月11日（周二）之前。
@H2 phase=复赛;5月12日;5月14日 | 第二阶段（复赛）：以班级为单位参加年级组比赛（年级组长负责），小班年级组选7名幼儿进决赛，时间：5月12日（周三）上午9:00；中班年级组选7名，时间：5月13日（周四）上午9:00；大班年级组选6名，时间：5月14日（周五）上午9:00
@H2 phase=决赛;; | 第三阶段（决赛）：
""",
    ),
    dict(
        name="fresh107_08_college_union_spring_sports_meet_notice",
        source="https://gonghui.zkvtc.edu.cn/info/1009/1468.htm",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=False,
        notes=["A vocational college union's notice of its 2024 spring staff sports meet, addressed to the basic-level "
               "branches ('工会各基层分会：', body) and signed '学校工会' with the date; the page shows no title line (title "
               "null). The whole notice is visible, so partial is false.",
               "The first section has lost its numbering: the page starts it with a bare '比赛项目' (numbering none, level "
               "1) and goes on with '二、报名办法'. Its four events '（一）中长跑：…' … are items, as are the three "
               "registration rules '1.…报名要求：…' and the two award lines of 六、.",
               "The dated steps are the sections 三、报名时间 (start '即日起', end '3月29日', on the next line) and "
               "四、比赛时间, whose date is damaged on the page ('2024年4月18-19中旬', kept): phase start '2024年4月18', end "
               "'19'. Both are required phases on their heading lines (kind phases, other accepted).",
               "Two teachers' names in the registration line were dropped ('交到校工会')."],
        units=["学校工会", "校工会", "基层分会"],
        text="""\
工会各基层分会：
为丰富教职工的文体生活，推进学校文体活动和精神文明建设，按照学校工会2024年工作计划，结合学校整体工作实际，决定举办2024年春季教职工运动会，有关事项通知如下：
@H1 sec=goals alt=other | 比赛项目
@I2 | （一）中长跑：男子800米、女子800米
@I2 | （二）接力：男女4×100米接力
@I2 | （三）三人跳短绳：3人一组，两人摇绳一人跳
@I2 | （四）同心同行：2人一组，背对背夹排球跑
@H1 sec=other alt=requirements | 二、报名办法
以基层分会为单位组织报名。
@I2 | 1.教职工4×100接力赛报名要求：每个工会分会限报一队，四名队员中30岁以下1名、30-40岁之间2名、40岁以上1名，且要有一名班子成员和一名女同志。
@I2 | 2.三人跳绳报名要求：每个工会分会限报一队，队员里至少有一名女同志。
@I2 | 3.同心同行报名要求：每个工会分会限报一队（一男一女），两人中要有一名班子成员。
@H1 sec=phases alt=other phase=报名;即日起;3月29日 | 三、报名时间
即日起开始报名，3月29日前把报名表交到校工会；报名表电子版由各分会主席发到分会主席群。
@H1 sec=phases alt=other phase=比赛;2024年4月18;19 | 四、比赛时间
暂定2024年4月18-19中旬举行，具体时间另行通知。
@H1 sec=other | 五、比赛地点
开元校区田径场
@H1 sec=other | 六、奖励名次和办法
@I2 | （一）各项比赛取前三名颁奖
@I2 | （二）参赛队员完成比赛项目发纪念奖（获得奖项的队员除外）
未尽事宜，另行通知。
学校工会
2024年3月20日
""",
    ),
]
