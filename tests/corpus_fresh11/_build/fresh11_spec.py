# -*- coding: utf-8 -*-
"""The eleventh held-out fresh set: real Chinese work plans, schemes, activity
plans, summaries, a report and a speech written by GRASSROOTS and
non-government bodies (a village clinic, a kindergarten class, a middle
school, a volunteer team, college departments, student unions and
associations, a university, a company and its administration department,
hospitals, a village first secretary, a class parents' committee), found as
stored public web pages with the `search` tool's `pages` corpus.  Most of the
documents were chosen for a visible steps / schedule part with dated phases.
None of the source pages is a source of shared/corpus-dev or
tests/corpus_fresh .. tests/corpus_fresh10.  HELD OUT: never tune an importer
on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  download notices, site blurbs, collection titles, sample numbers, author
  names, copyright lines) was dropped; debris that a user pasting from the
  page would get along (chunk markers, a repeated title, a lone bracket,
  machine-garbled numbers, masks) is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！～ was restored (times such as 13:30 keep the colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows; paragraphs that the store
  broke at PDF line ends were joined (cover-title lines excepted).

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH11_DOCS = [
    # ------------------------------------------------------------- plans / schemes
    dict(
        name="fresh11_01_village_clinic_health_education_scheme",
        source="https://m.wnwk.com/doc/1751769.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=False,
        notes=["A village clinic's (村卫生室) scheme for its health education in 2023, complete on a document-sharing "
               "page (one run-together block, split at the numbering markers). It ends with the signature 'xx村卫生室' "
               "and the masked date '2023.xx.xx' (body; the date line starts like a '1.' marker but is not one).",
               "Three 一、 headings (goals, task areas of a plan); 一、 and 二、 have a lead-in '具体要求：' (body) and '1、' "
               "items; the page's item list under 一、 skips '3、' (kept). Item '4、健康教育宣传专栏方案的宣传内容：' is followed "
               "by the four quarterly issues '第一期（第一季度）：冠心病防治知识' … '第四期（第四季度）：…' (items, level 3, each a "
               "phase with the quarter as start, section phases | goals)."],
        units=["xx村卫生室"],
        text="""\
@T | 村卫生室年度健康教育工作方案
为落实省、市、县健康教育工作要求，健全健康教育与健康促进体系，以多种形式普及重大传染病和常见慢性病的防控知识，提升群众的健康知识水平和自我保健能力，结合本室实际制定我室2023健康教育工作方案：
@H1 sec=goals alt=measures | 一、健康教育宣传材料
具体要求：
@I2 | 1、在诊所内为居民免费提供健康教育宣传材料12种。
@I2 | 2、具备12种健康教育宣传材料的清单表和宣传材料样表。
@I2 | 4、免费为群众发放健康教育宣传材料。
@I2 | 5、实施痕迹材料有专门的档案盒装订存档。
@H1 sec=goals alt=measures | 二、设置健康教育宣传专栏并及时更新
在卫生室设宣传专栏1块，全年更换4次内容。
具体要求：
@I2 | 1、存档宣传专栏每一期的纸质内容。
@I2 | 2、存档宣传专栏每一期的照片资料。
@I2 | 3、每一期的资料装订成册。
@I2 alt=phases | 4、健康教育宣传专栏方案的宣传内容：
@I3 sec=phases alt=goals phase=第一期;第一季度; | 第一期（第一季度）：冠心病防治知识
@I3 sec=phases alt=goals phase=第二期;第二季度; | 第二期（第二季度）：手足口病防治知识
@I3 sec=phases alt=goals phase=第三期;第三季度; | 第三期（第三季度）：高血压防治知识
@I3 sec=phases alt=goals phase=第四期;第四季度; | 第四期（第四季度）：糖尿病防治知识
@H1 sec=goals alt=measures | 三、配合卫生院举办健康知识讲座。
xx村卫生室
2023.xx.xx
""",
    ),
    dict(
        name="fresh11_02_kindergarten_small_class_plan",
        source="https://59pk.net/9288.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten small class's term plan (班级工作计划). The page shows the title twice (site heading and the "
               "document's own title); one title line is kept.",
               "一、情况分析 (background), 二、工作目标 with '1.' items, 三、工作内容 with three '1.' headings and '（1）' items, "
               "四、工作安排 with the month labels '九月份：' and '十月份：' (level-2 headings, each a phase with the month as "
               "start) and '（1）' items. The page ends inside the first item of 十月份 ('（1）继续进行常规', kept)."],
        units=[],
        text="""\
@T | 幼儿园小班班级工作计划
@H1 sec=background | 一、情况分析
本学期的班级计划意在提升保教质量、促进幼儿全面发展。本班人数不多，但孩子年龄小、教育难度大，各项工作都要更耐心、更细致。
@H1 sec=goals | 二、工作目标
@I2 | 1. 培养幼儿良好的生活习惯和自理能力，为今后的发展打下坚实的基础。
@I2 | 2. 注重幼儿语言表达能力和社交能力的培养，提高幼儿的综合素质。
@I2 | 3. 注重幼儿学习兴趣和习惯的培养，为幼儿的未来发展奠定基础。
@I2 | 4. 关注幼儿心理健康，营造温馨和谐的班级氛围。
@H1 sec=goals alt=measures | 三、工作内容
@H2 | 1. 教育教学工作
@I3 | （1）针对小班幼儿的年龄特点制定教育教学计划，兼顾智力和非智力因素的开发。
@I3 | （2）通过多种活动培养语言和社交能力，提高幼儿的表达和沟通能力。
@I3 | （3）注重学习兴趣和习惯的培养，引导幼儿爱学习、懂分享、会合作。
@H2 | 2. 保育工作
@I3 | （1）加强生活常规培养，如饮食习惯、卫生习惯等，确保幼儿健康成长。
@I3 | （2）关注并引导幼儿心理健康，营造温馨和谐的班级氛围。
@I3 | （3）认真执行卫生保健制度，做好日常清洁和消毒工作。
@H2 | 3. 家园共育工作
@I3 | （1）加强与家长的沟通联系，及时了解幼儿在家的情况，共同关注孩子成长。
@I3 | （2）定期组织家长会、家长开放日等活动，让家长了解幼儿在园的学习和生活。
@I3 | （3）通过家长园地、班级微信群等方式宣传育儿知识，提高家长的育儿能力。
@H1 sec=phases | 四、工作安排
@H2 phase=九月份;九月份; | 九月份：
@I3 | （1）制定本学期班级工作计划和教育教学计划。
@I3 | （2）组织幼儿进行入园适应和常规教育。
@I3 | （3）召开家长会，向家长介绍本学期工作计划和要求。
@I3 | （4）开展教师节、中秋节等节日活动。
@H2 phase=十月份;十月份; | 十月份：
@I3 | （1）继续进行常规
""",
    ),
    dict(
        name="fresh11_03_middle_school_term_end_winter_vacation_plan",
        source="https://m.sarr.cn/wenku/rsaeg/OrJ7MdJO27",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A middle school's arrangement for the end of term and the winter vacation (期末及寒假工作安排) on a document "
               "page. Masks 'xxxx' kept; the theme slogan is kept in the rewritten lead-in.",
               "一、期末工作安排 has five run-in tasks '1、…。…' (level 2, text cut at the first '。'); the fifth has '（1）' "
               "items. The store ran '二、寒假继续开展学生社会实践活动' and '（一）敬老助老爱心公益实践活动' together on one line; "
               "split at the marker. Under the （一）/（二） activities, '1、活动主题：…' / '2、活动内容：…' / '1、活动形式：…' are "
               "key-value items (level 3). No dates: the document has no phases. The page ends inside （二） item 1."],
        units=[],
        text="""\
@T | 中学期末及寒假工作安排
xxxx年寒假临近。为让全校师生安全、愉快、充实地度过期末和假期，依据上级文件精神和本校实际，学校以“公益、文化、安全、法制”为主题安排期末和寒假系列活动，要求如下：
@H1 sec=goals alt=measures | 一、期末工作安排
@H2 | 1、加强常规德育工作管理，做好期末各项收口工作。抓好纪律、卫生的日常检查，继续评比文明礼仪示范班。
@H2 | 2、离校前开展一次校园卫生大扫除活动，要求各班对照学校要求，彻底清洁校园。
@H2 | 3、做好学期班级工作总结，表彰先进，弘扬文明，布置新学期计划。公开、民主地评选年度先进集体和个人，详见《关于评选xxxx—xxxx学年度第一学期先进集体和学生先进个人的通知》。
@H2 | 4、做好《致学生家长的一封信》信息反馈工作。请家长关心学校发展、宣传办学成绩并提出合理建议。
放假前学校会在校园网发布这封信，请学生和家长阅读后在评论中留下对教学、德育等方面的意见，学校将认真采纳、改进工作。
@H2 | 5、加强假期安全教育，提高学生安全意识
@I3 | （1）各班主任老师在离校前必须对学生进行安全、法制、文明礼仪和社会公德教育。
@I3 | （2）学校将利用电子屏、校园广播的形式进一步强调安全、宣传法制、弘扬文明。
@H1 sec=goals | 二、寒假继续开展学生社会实践活动
@H2 | （一）敬老助老爱心公益实践活动
@I3 sec=other alt=goals | 1、活动主题：“共谱梦想﹡团队筑梦远航”敬老助老爱老公益活动。
@I3 | 2、活动内容：以团小组为单位，到敬老院、福利院以及孤寡老人、军烈属家中慰问。
@H2 | （二）工厂企业社会实践调查活动
@I3 | 1、活动形式：以团小组为单位到达工厂、企事业单位
""",
    ),
    # ------------------------------------------------------------- activity plans
    dict(
        name="fresh11_04_volunteer_team_left_behind_children_activity",
        source="https://360docs.net/doc/0f12261828.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college volunteer team's plan (策划书) to visit left-behind children, from a document-sharing page (its "
               "title '“看望留守儿童”策划书分析' and three download notices dropped). The cover title is broken one "
               "character per line: '看望留守儿童' / '策' / '划' / '书' (four title lines), then the date '2014.10.12' "
               "(body).",
               "The cover is followed by '目录：' and a table of contents listing '一、活动背景' … '十、注意事项' and "
               "'附：活动期间日程一览表': these eleven lines are NOT headings (unlabelled; check.py's REVIEW lines for them "
               "are body). Body paragraphs the store broke at PDF line ends were joined.",
               "四、活动时间 holds three 'label：value' headings (level 2, phases): '前期准备：10.18…（假定为10.26）' (start "
               "10.18; the bracketed 10.26 is the planned day of the event, not an end), '校内募捐：10.23~10.24…' (10.23 to "
               "10.24) and '正式活动：10.26 8:00~11:30' (start 10.26). 三、组织形式 (the two parts of the activity) is soft: "
               "other | goals, measures. The page ends at the bare heading '五、活动地'."],
        units=[],
        text="""\
@T | 看望留守儿童
@T | 策
@T | 划
@T | 书
2014.10.12
目录：
一、活动背景
二、活动目的
三、组织形式
四、活动时间
五、活动地点
六、活动开展
七、资源需要
八、经费预算
九、活动负责人及主要参与者
十、注意事项
附：活动期间日程一览表
@H1 sec=background | 一、活动背景
不少农村父母为生计外出打工，把年幼的孩子留在家里交给祖辈照看，孩子与父母相处的时间极少，监护和教育的缺位影响了他们的健康成长，这些孩子就成了留守儿童。作为青年志愿者，我们愿意加入帮扶的行列，给孩子们送去希望、力量、健康和快乐。
@H1 sec=goals alt=guidance | 二、活动目的
留守儿童在生活、学习和心理上都有不同程度的困难，志愿队希望通过这次活动给孩子们更多关心和心理上的呵护。
@H1 sec=other alt=goals,measures | 三、组织形式
@I2 | 1.校内进行为留守儿童捐献图书及衣物的募捐活动。
@I2 | 2.组织志愿者前往附近小学以演讲、表演节目、做游戏等形式与留守儿童互动
@H1 sec=phases alt=other | 四、活动时间
@H2 phase=前期准备;10.18; | 前期准备：10.18前往了解孩子们的情况，并同校方、老师商定十一月前的具体活动日期（假定为10.26）
@H2 phase=校内募捐;10.23;10.24 | 校内募捐：10.23~10.24每天12:00~18:00于学生街举行
@H2 phase=正式活动;10.26; | 正式活动：10.26 8:00~11:30
@H1 sec=other | 五、活动地
""",
    ),
    dict(
        name="fresh11_05_department_student_union_welcome_gala_plan",
        source="https://www.mingyanjiaju.org/fanwen/xyhdchs/1611312204381660.htm",
        doc_kind="activity_plan", partial=True,
        notes=["A computer-science department student union's plan for a welcome gala, in traditional characters; the "
               "page title '大學生迎新晚會策劃書模板' is the only title line. Bodies rewritten in traditional characters.",
               "Two '第一部分 …' / '第二部分 …' parts (level 1) with 【…】 bracketed labels (level 2, numbering none). "
               "【晚會地點和時間】 is followed by the key-value line '地點：院禮堂 時間：xx 年 xx 月初' (the masked gala date, an "
               "optional overall period). 【晚會籌備日程安排】 is a flattened table the store ran into one line; split into "
               "'節目編排 11 月 12 日 -12 月初' and '選擇主持人 11 月 12 日 -11 月底' (items, level 3, phases with the PDF "
               "spacing kept in the dates). The page ends after the second row."],
        units=["計算機系學生會"],
        extra_phases=[dict(name="晚會時間", start_text="xx 年 xx 月初", end_text=None, at="時間：xx 年 xx 月初")],
        text="""\
@T | 大學生迎新晚會策劃書模板
@H1 sec=other | 第一部分 晚會概況
@H2 sec=responsibilities | 【晚會組織】
晚會由計算機系學生會策劃組織。這支團隊能力很強，辦過不少成功的活動，這次也會全力以赴，辦一場別具一格的迎新晚會。
@H2 sec=goals alt=background,guidance | 【晚會目的及意義】
新學年開始，計算機系迎來一批帶著夢想的新同學。我們要為他們辦一場隆重而特別的迎新晚會，讓師生歡聚一堂，展示本系最熱情的一面，幫助新生融入集體，也豐富大家的課餘生活。
@H2 sec=other | 【晚會主題】
晚會主題為“春華秋實”：“華”就是花，春華比喻新生大學生活的開端，秋實寓意汗水換來收穫，也勉勵我們今後更加努力；回望即將過去的 xx 年，全系師生收穫頗豐。
@H2 sec=goals alt=other | 【晚會形式及內容】
各班節目形式不限，內容貼近主題；大一每班至少出兩個節目，由文藝委員組織編排，再經策劃組審核和指導。節目須提前彩排，經學辦老師審查合格後才能上台，演出順序由策劃組確定。
@H2 sec=phases alt=other | 【晚會地點和時間】
地點：院禮堂 時間：xx 年 xx 月初
@H1 sec=phases alt=responsibilities | 第二部分 晚會日程及組織安排
@H2 | 【晚會籌備日程安排】
@I3 phase=節目編排;11~月~12~日;12~月初 | 節目編排 11 月 12 日 -12 月初
@I3 phase=選擇主持人;11~月~12~日;11~月底 | 選擇主持人 11 月 12 日 -11 月底
""",
    ),
    dict(
        name="fresh11_06_college_singing_contest_plan",
        source="https://www.xiaomilidoc.com/p-5676168.html",
        doc_kind="activity_plan", partial=True,
        title_override="十佳歌手大赛的策划书",
        notes=["A finance college's (财会学院) plan for a top-ten singers contest, one run-together block on a "
               "document-sharing site, split at the numbering markers and label colons. The site's chunk marker "
               "'下载后可任意编辑' is glued before the title (title set by hand) and again inside a date in a body line "
               "('3月下载后可任意编辑7日'); both kept, never labelled.",
               "一、活动主旨：… is run in (text cut at the colon). 二、活动时间： is followed by '初赛：3月10日下午13:30起' and "
               "'决赛：3月25日晚上18:30~20:30' (label：value headings, level 2, phases with the day as start); the two "
               "'初赛：…' / '决赛：…' lines under 三、活动地点 are places (key-value body). Under 五、参赛报名方式 the "
               "'报名：…', '初赛伴奏：…', '决赛伴奏：…' lines are run-in label headings (level 2); their '…前' days are "
               "deadlines, not phases. 七、赛前准备工作 lists undated preparation steps (items; section phases | "
               "measures). The page ends at item '9、组织彩排；'."],
        units=["文艺部", "宣传部", "记者团", "外联部", "礼仪队"],
        text="""\
@T | 下载后可任意编辑十佳歌手大赛的策划书
@H1 sec=goals alt=guidance | 一、活动主旨：展示财会学院学生的风采，给爱唱歌的同学一个尽情展现歌喉和个性的舞台，同时为学院选拔歌唱人才、充实人才储备，将来在校际比赛中为学院争光。
@H1 sec=phases alt=other | 二、活动时间：
@H2 phase=初赛;3月10日; | 初赛：3月10日下午13:30起
@H2 phase=决赛;3月25日; | 决赛：3月25日晚上18:30~20:30
@H1 sec=other | 三、活动地点：
初赛：A楼1楼大教室
决赛：学生活动中心多功能厅
@H1 sec=goals alt=other | 四、竞赛内容及形式：
主题：十佳欢颜，星乐动天
比赛分初赛、决赛两轮，以个人演唱、组合演唱等形式评出十佳。
@H1 sec=requirements alt=other | 五、参赛报名方式：
@H2 | 报名：先由文艺部大一新干事到大一、大二各班宣传比赛内容并发放报名表，再由各班负责人统计选手、组织拉拉队，于3月7日18:00前报文艺部相关负责人。
@H2 | 初赛伴奏：选手自备伴奏并自行截取，于3月下载后可任意编辑7日18:00前交文艺部相关负责人。
@H2 | 决赛伴奏：选手自备伴奏，自行截取、分组粘贴，于3月23日18:00前交文艺部相关负责人。
@H1 sec=measures alt=other | 六、宣传方式：
@I2 | 1、制作宣传单，每班一张在同学间传阅，并贴在大一寝室的宣传栏上
@I2 | 2、由宣传部做出有创意、有号召力并切合主题的两张宣传海报，放置在行云与流水广场
@I2 | 3、由记者团在初赛后制作决赛宣传视频，在大一大二各班播放
@H1 sec=phases alt=measures | 七、赛前准备工作：
@I2 | 1、寒假在QQ群上讨论活动形式主题内容，评比过程；
@I2 | 2、于QQ群上再次讨论相关事宜；
@I2 | 3、开学前制作报名表，每班5份，不够再自行复印；
@I2 | 4、开学前联系各评委；
@I2 | 5、开学后进行相关宣传，做到全面宣传；
@I2 | 6、完成报名工作并进行参赛人数统计；
@I2 | 7、通知宣传部制作选手号码牌、节目单、宣传单、手绘海报，联系外联部、记者团、礼仪队及其他部门；
@I2 | 8、制作签到表、打分表（分为初赛和决赛）；
@I2 | 9、组织彩排；
""",
    ),
    dict(
        name="fresh11_07_company_new_year_activity_plan",
        source="https://m.beiweimall.com/fangan/1467328.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company's New Year's Day activity plan (元旦活动方案) on a sample site (the author's name under the title "
               "dropped). The eight top headings are numbered with a bare numeral and a space, '一 活动主题：…' … "
               "'八 活动流程：' (no '、'; numbering given by hand); short 'label：value' ones keep the value in the text.",
               "七 活动时间 gives the periods of the two parts as items '1、“有心人”评选：XX年12月11日~XX年12月27日' and "
               "'2、拔河比赛：XX年12月28日~XX年12月31日两天中午' (level 2, phases). 八 活动流程 has the stage labels "
               "'宣传阶段（12月11-12月13）：' and '活动准备工作与实施：' (level 2) and, under the latter, "
               "'<一>XX年度xx有心人评选活动（12月13-12月27）：' (level 3, numbering '<一>' given by hand); all dated ones are "
               "phases (the selection appears twice with different starts, both kept as written).",
               "Under <一> the page embeds the announcement of the selection: a slogan line, a subtitle line starting "
               "with '——' (unlabelled; check.py's REVIEW line for it is body), '宣传通知' (body), a rewritten lead-in, then "
               "'1、评选基本条件与标准' (level 4), the lead-in '基本条件：' (body) and items '（1）'–'（5）' at level 5 (the only "
               "level-5 entries of the set; items are optional). The page ends inside （5）."],
        units=["董事长办公室"],
        text="""\
@T | 公司元旦活动方案
@H1 sec=other num=一 | 一 活动主题：xx是我家，腾飞靠大家
@H1 sec=goals alt=guidance num=二 | 二 活动目的：促进公司员工团结，加强企业文化建设.
@H1 sec=goals num=三 | 三 活动内容：
@I2 | 1、评选 “XX年度xx有心人”
@I2 | 2、“团队就是力量”拔河比赛
@H1 sec=responsibilities num=四 | 四 组织机构：
主办方 ：董事长办公室
协助的部门：所有部门
@H1 sec=other num=五 | 五 活动对象：xx公司全体在职员工
@H1 sec=other num=六 | 六 活动地点：
@I2 | 1、“有心人”评选：公司所有部门
@I2 | 2、拔河比赛：公司篮球场
@H1 sec=phases alt=other num=七 | 七 活动时间：
@I2 phase=“有心人”评选;XX年12月11日;XX年12月27日 | 1、“有心人”评选：XX年12月11日~XX年12月27日
@I2 phase=拔河比赛;XX年12月28日;XX年12月31日 | 2、拔河比赛：XX年12月28日~XX年12月31日两天中午
@H1 sec=phases num=八 | 八 活动流程：
@H2 phase=宣传阶段;12月11;12月13 | 宣传阶段（12月11-12月13）：
@I3 | 1、准备宣传单和要发的通知；
@I3 | 2、发通知和活动策划书给各部门负责人；
@I3 | 3、在oa专用公司栏发布相关信息和公示；
@I3 | 4、给每位员工发邮件或在公司bbs上宣传，详细介绍活动、解答咨询，调动大家参与的热情；
@I3 | 5、海报宣传，可在公司饭堂门口张贴和各车间信息栏公示。
@H2 alt=measures | 活动准备工作与实施：
@H3 num=<一> phase=XX年度xx有心人评选活动;12月13;12月27 | <一>XX年度xx有心人评选活动（12月13-12月27）：
身边的榜样，前进的力量
——XX上海xx“有心人”评选活动
宣传通知
这一年公司整体发展良好，成绩离不开员工的辛勤付出。为弘扬企业文化、调动大家的工作热情，经董事长办公室研究，决定在公司开展“XX年度上海xx有心人”评选，有关事项通知如下：
@H4 sec=requirements alt=other | 1、评选基本条件与标准
基本条件：
@I5 | （1）在公司连续任职时间半年以上。
@I5 | （2）本年度无任何形式的违纪评比和处罚。
@I5 | （3）具有较强的工作能力、尽职尽责、高质量的完成本职工作，
@I5 | （4）严格要求自己，自觉遵守公司各项规章制度。
@I5 | （5）富有创新精神，能够提
""",
    ),
    dict(
        name="fresh11_08_hospital_doctors_day_activity_plan",
        source="https://wzjlxh.com/zhuantifanwen/gongwenfanwen/18070.html",
        doc_kind="activity_plan", partial=True,
        notes=["A hospital's plan for its first Chinese Doctors' Day (8.19) series of activities, the first sample of a "
               "two-sample page (breadcrumb, page title, date line, blurb and the collection title "
               "'2021年xx医院庆祝医师节活动方案（两篇）' dropped). The sample's own heading '2021年**医院医师节活动方案（一）' "
               "is the title line without the sample number '（一）'.",
               "二、活动时间 holds the overall period '7月15日-8月19日。' in the next line (optional). 三、活动内容及实施步骤 "
               "has the activities （一）…（四） (level 2); the first three are dated only in their first item line "
               "'1.活动时间：7月15日前后', '1.讲座时间：7月上旬', '1.义诊时间：7月下旬' and are labelled as phases on the （一）–（三） "
               "lines (start as written, no end). '1.' key-value items at level 3, '（1）' items at level 4. The page ends "
               "at the bare heading '（四）医师节优秀病'."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="7月15日", end_text="8月19日", at="7月15日-8月19日")],
        text="""\
@T | 2021年**医院医师节活动方案
8月19日是国务院设立的中国医师节。为庆祝第x个中国医师节，加强医师文化建设，激励全院医务人员积极进取，构建和谐医患关系、更好地服务群众、促进医院持续发展，我院拟开展首届“8.19中国医师节”系列活动。
@H1 sec=goals alt=guidance | 一、活动目的
借助活动强化全院医务人员的服务理念和服务技能，发挥典型示范作用，弘扬团队精神、增强凝聚力，推进医院文化建设。
@H1 sec=phases alt=other | 二、活动时间
7月15日-8月19日。
@H1 sec=phases alt=goals | 三、活动内容及实施步骤
@H2 phase=重温医学生誓言活动;7月15日前后; | （一）不忘初心，牢记使命——重温医学生誓言活动
@I3 | 1.活动时间：7月15日前后
@I3 sec=other | 2.活动地点：综合楼门前空地或者西停车场
@I3 sec=other alt=responsibilities | 3.参加人员：
@I4 | （1）院领导党委成员。
@I4 | （2）各部门人员。
@I4 | （3）各科医师代表：临床、医技、药剂、体检科室，每个科室科主任、科副主任、科秘书及医师代表2人。
@I3 alt=other | 4.过程：
@I4 | （1）院长作重要讲话并宣布活动开始。
@I4 | （2）院长带领各科医师代表宣读《医学生誓言》。
@H2 phase=医师节科普讲座;7月上旬; | （二）医师节科普讲座
@I3 | 1.讲座时间：7月上旬
@I3 sec=other | 2.举办地点：待定
@I3 sec=other | 3.讲师：心内科中医科医师
@I3 sec=other | 4.讲座内容：心脏健康保健知识
@H2 phase=医师节大型义诊活动;7月下旬; | （三）医师节大型义诊活动
@I3 | 1.义诊时间：7月下旬
@I3 sec=other | 2.义诊地点：区委工厂
@I3 sec=other alt=responsibilities | 3.参加人员：内科、外科、妇产科、儿科、康复中医科、五官科各2名医生，及8名护士。
@H2 | （四）医师节优秀病
""",
    ),
    dict(
        name="fresh11_09_student_association_basketball_plan",
        source="https://www.wnwk.com/doc/3139187.html",
        doc_kind="activity_plan", partial=True,
        title_override="篮球赛项目策划书",
        notes=["A college student association's plan for a first inter-college five-a-side basketball match, one "
               "run-together block on a document-sharing site, split at the numbering markers and label colons. The "
               "title is doubled by the site ('篮球赛项目策划书篮球赛项目策划书', title set by hand), and the site's "
               "debris '姓名:时间:年月日精品文档营销策划' sits inside the first body sentence (kept, with restored "
               "colons, never labelled). Masked names 'xx', 'xxx' kept.",
               "一、/二、 are run in (text cut at the colon); 三、–五、 and 七、 are 'label：value' headings whose value stays in "
               "the text. 六、比赛时间及地点： is followed by three 'date+place' lines '11月18号xx学院灯光篮球场' … "
               "'11月23号场地抽签决定' (items, level 2, unnumbered; phases named by the place, start as written with "
               "'号'). Under 八、比赛规则 the key-value lines '参赛人数：…', '队服要求：…', '比赛裁判：…' are body; "
               "'比赛规则：' is a label heading (level 2) over （1）–（5） items. The page ends in 九、 at '冠军：（1）名'."],
        units=["xx学院委员会", "xx协会"],
        text="""\
@T | 篮球赛项目策划书篮球赛项目策划书
@H1 sec=guidance alt=goals | 一、活动宗旨：丰富同学们的课余生活，提高综合素质，培养积极进取的精神。本着“友谊第一比赛第二”的原则促进校际交流，同时为姓名：时间：年月日精品文档营销策划校篮球选拔人才做好准备。希望比赛能增强学校凝聚力、营造热爱运动的氛围，得到同学和老师们的支持，并在以后的学年延续下去！
@H1 sec=goals alt=guidance | 二、活动目的：加强与xx高校的交流和友谊，增进相互了解，展示学生的运动风采，丰富校园文化。xxx协会举办首次跨校五人篮球赛，培养同学们对体育的兴趣，促进两校文体发展，也宣传xx学院师生的风貌。
@H1 sec=responsibilities alt=other | 三、指导老师：李xx，xxx
@H1 sec=responsibilities | 四、主办部门：xx学院委员会主办xx协会策划承办
@H1 sec=other | 五、参赛队伍：xx协会篮球队xx学院篮球队
@H1 sec=phases alt=other | 六、比赛时间及地点：
@I2 phase=xx学院灯光篮球场;11月18号; | 11月18号xx学院灯光篮球场
@I2 phase=xx学院风雨球场;11月20号; | 11月20号xx学院风雨球场
@I2 phase=场地抽签决定;11月23号; | 11月23号场地抽签决定
@H1 sec=other | 七、口号：张扬青春，生命脉动---为篮球而喝彩
@H1 sec=requirements alt=other | 八、比赛规则：
参赛人数：比赛双方各五人
队服要求：运动服，上场前发统一队服。
@H2 | 比赛规则：
@I3 | （1）比赛分四节，每节12分钟；每节每队可暂停一次，最后一节可暂停两次，最后两分钟不得叫暂停，暂停时停表。
@I3 | （2）比赛中每个队员允许4次犯规，5次罚下场。
@I3 | （3）得分多为胜，得分相同时加打三分钟。
@I3 | （4）比赛中队长是唯一发言者，队员要服从裁判，以裁判的判决为最终决定。
@I3 | （5）比赛中倡导“友谊第一，比赛第二”
比赛裁判：xx学院体育系专业裁判、指导老师（李xx，xxx）、三亚学院裁判员、xx学院篮球队教练
@H1 sec=other | 九、奖励办法：
冠军：（1）名
""",
    ),
    dict(
        name="fresh11_10_college_english_speech_contest_plan",
        source="https://wjfww.com/xiaoyuan/elleyq.html",
        doc_kind="activity_plan", partial=False,
        notes=["A college English-corner association and economics-and-management department's plan for a fun English "
               "speech contest, in traditional characters, complete on a sample page (breadcrumb and copyright line "
               "dropped). The site repeats the title once after 一、 ('大學生趣味英語演講比賽策劃書', kept as an unlabelled "
               "debris line). Bodies rewritten in traditional characters.",
               "Nine 一、 headings; 一、–五、 are 'label：…' lines whose text is cut at the colon (their value ends in '。' or "
               "is long). Under 五、, '（一）初賽：' and '（二）決賽：' (level 2) are phases dated in the next line "
               "'時間：xx年四月25、26。' (two days, copied whole as the start) and '時間：xx年5月10日。'; the '時間：/地點：/形式：' "
               "lines and the prize and budget lines are key-value body."],
        units=["英語角協會", "經貿與管理系"],
        text="""\
@T | 大學生趣味英語演講比賽策劃書
@H1 sec=other | 一、活動名稱：大學生趣味英語演講比賽。
大學生趣味英語演講比賽策劃書
@H1 sec=goals alt=guidance | 二、活動目的：讓校園文化生活更豐富，激發同學們學英語的熱情，提升英語口語表達能力，並給大家一個展示自我的平台。英語角協會和經貿與管理系決定聯合舉辦這次趣味英語演講比賽。
@H1 sec=other | 三、活動對象：甘肅中醫學院全體學生。
@H1 sec=goals alt=other | 四、活動形式：比賽重在鍛煉口語表達，形式不拘一格，演講、朗誦、小品、話劇和歌曲都可以。
@H1 sec=phases | 五、活動流程：本次活動共分為初賽和決賽兩個環節。
@H2 phase=初賽;xx年四月25、26; | （一）初賽：
時間：xx年四月25、26。
地點：九樓大學生活動中心。
形式：報名選手抽籤決定出場順序，每位（隊）限時5分鐘，按評分規則選出12名選手進入決賽。
@H2 phase=決賽;xx年5月10日; | （二）決賽：
時間：xx年5月10日。
地點：圖書館三樓多功能廳。
形式：決賽選手抽籤定出場順序，評委依據臨場表現打分，最後按得分排定名次。
@H1 sec=responsibilities alt=other | 六、評委與嘉賓：
評委：一位英語外教和6名優秀英語教師。
嘉賓：院團委書記、各系黨（團）總支書記。
@H1 sec=other | 七、獎項設置：
一等獎：獎品30元（1名）。
二等獎：獎品20元（2名）。
三等獎：獎品15元（3名）。
最佳創意獎：獎品——20元。
優勝獎：獎品——10元（4名）
@H1 sec=other | 八、經費預算
場地佈置：150元
小禮品：150元
評委紀念品：140 元
橫幅噴繪：200元
總共：815元
@H1 sec=other | 九、附件（評分表、規則、報名表）
""",
    ),
    dict(
        name="fresh11_11_college_micro_film_contest_plan",
        source="https://peixun.952552.com/peixunzhaosheng/6l4hof1vkv.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college computer department's publicity section's plan for a micro-film contest, the first sample of "
               "a collection page whose text has been machine-mangled (blurb and the sample heading "
               "'校园微电影大赛活动策划书1' dropped; the page title is the title line). The mangling is kept as the page "
               "shows it: dates with garbled numbers such as '20XX 165438+10月27日-65438+2月5日', the heading "
               "'第四，竞赛组织' for '四、' and '动词 (verb的缩写)活动内容' for '五、' (both level 1; the latter has no "
               "numbering token), and the masked '* *' before the organiser.",
               "三、活动时间 holds three 'label：value' headings (level 2): '公示时间：…' (phase, start and end as written), "
               "'报名截止时间：…' (phase with only an end: the close of registration) and '复赛时间：…' (phase, start as "
               "written). '2.分组预选赛' names an undated stage (phase with no dates). The two '主办单位：' lines are "
               "key-value body. The page ends inside item '（2）…进入复'."],
        units=["共青团怀化学院委员会", "计算机工程系总支宣传部"],
        text="""\
@T | 校园微电影大赛活动策划书
@H1 sec=background | 一、活动背景
相机与手机的普及让摄影成为大众文化，无论随手拍还是用单反，人们都在记录珍惜的瞬间、表达对生活的热爱。为分享这些打动人心的片刻，怀化学院计算机系总支宣传部为同学们搭建平台，承办“瞬间拍摄”微电影大赛。
@H1 sec=goals alt=guidance | 二、活动的目的
@I2 | 1.通过镜头记录、探索和表达生命的意义和价值。
@I2 | 2.唤起人们对身边人和事以及自然和社会的关注，用镜头记录生活的美好、延伸生命的意义。
@I2 | 3.分享交流微电影的制作技术，增加学生的学习热情，让人们在对美的欣赏中提升精神气质。
@H1 sec=phases | 三、活动时间
@H2 phase=公示;20XX~165438+10月27日;65438+2月5日 | 公示时间：20XX 165438+10月27日-65438+2月5日。
@H2 phase=报名;;20XX~65438+2月5日 | 报名截止时间：20XX 65438+2月5日。
@H2 phase=复赛;20XX~65438+2月65438+2月; | 复赛时间：20XX 65438+2月65438+2月。
@H1 sec=responsibilities | 第四，竞赛组织
主办单位：* *共青团怀化学院委员会
主办单位：计算机工程系总支宣传部。
@H1 sec=goals alt=other | 动词 (verb的缩写)活动内容
@H2 sec=other alt=goals | 1.作品形式
用5分钟以内的视频展示你的主题。
@H2 alt=phases phase=分组预选赛;; | 2.分组预选赛
@I3 | （1）参赛者按规格打印作品，装入用报名表做成的信封并填好报名表，交班级宣传委员，再由其交系宣传部；分组后系宣传部成员会到各系收集。（注：故事题材须附不超过200字的简要文字说明，可以是一组照片，用美图工具处理过的作品须附原图）
@I3 | （2）初赛作品经计算机系宣传部主要成员评审，15人进入复
""",
    ),
    dict(
        name="fresh11_12_university_entrepreneurship_contest_plan",
        source="http://m.fwr816.com/a/2783392.html",
        doc_kind="activity_plan", partial=True,
        notes=["A university's plan for a student entrepreneurship contest on a sample site whose page title "
               "'大学生创业大赛策划书格式' is the title line (blurb dropped). '一、活动意义 为认真贯彻…' keeps the space "
               "between heading and body (text given by hand). The committee members' names were dropped, leaving the "
               "empty role labels '组长： 副组长：' (body).",
               "三、 2、活动时间和任务分工 gives the overall period 'XX年10月20日 — XX年12月11日' (optional) and a schedule table "
               "flattened to one cell per line (header cells '赛程', '时间', '负责单位'; then stage, dates, units). The "
               "table cells are not headings; the six stages '报名', '初选', '培训阶段', '初 赛', '决 赛', '颁奖仪式' are "
               "phases on their cell lines, dated in the next cell (copied as written, spaces included). The page ends "
               "inside （二） item 2."],
        units=["招生就业处", "团委", "经济与管理学院", "校团委", "经管学院"],
        extra_phases=[
            dict(name="活动时间", start_text="XX年10月20日", end_text="XX年12月11日", at="XX年10月20日 — XX年12月11日"),
            dict(name="报名", start_text="10月20日", end_text="11月9日", at="报名", optional=False),
            dict(name="初选", start_text="11月10日", end_text="15日", at="初选", optional=False),
            dict(name="培训阶段", start_text="11月16日", end_text="19日", at="培训阶段", optional=False),
            dict(name="初 赛", start_text="11月25日", end_text=None, at="初 赛", optional=False),
            dict(name="决 赛", start_text="12月8日", end_text=None, at="决 赛", optional=False),
            dict(name="颁奖仪式", start_text="12月11日", end_text=None, at="颁奖仪式", optional=False),
        ],
        text="""\
@T | 大学生创业大赛策划书格式
@H1 sec=background alt=goals,guidance text=一、活动意义 | 一、活动意义 为落实“创业带动就业”战略，激发同学们的创业热情，营造我校创新创业氛围，引导大家树立创新创业理想，并以多种形式给有创新意识和创业能力的学生提供实践训练平台，特举办本次创业大赛。
大赛导师和评委由教育经验和创业实践经验丰富的老师和专家担任，选手展示自我的同时能得到全面指导，加深对创业的认识，增强勇气、信心和能力，为实现创业梦想打好基础。
@H1 sec=other | 二、活动主题
“ 激情创业 成就梦想 ”
@H1 sec=responsibilities | 三、活动组织单位及人员任务分工
@H2 | 1、组委会
组长： 副组长：
成员单位：招生就业处 团委 经济与管理学院
@H2 sec=phases alt=responsibilities | 2、活动时间和任务分工
XX年10月20日 — XX年12月11日
赛程
时间
负责单位
报名
10月20日—11月9日
校团委、各学院
初选
11月10日—15日
校团委、各学院
培训阶段
11月16日 — 19日
招生就业处、经管学院
初 赛
11月25日
招生就业处、经管学院
决 赛
12月8日
招生就业处、校团委、经管学院
颁奖仪式
12月11日
招生就业处、校团委、经管学院
@H1 sec=requirements alt=other | 四、报名事宜
@H2 sec=other | （一）报名对象：我校大学生（包括：本科生、研究生）均可报名参加。
@H2 | （二）报名方式：
@I3 | 1、学院推荐：由学院组织推荐参赛队伍（每队3-5人），要求各学院选送不少于2支队伍。
@I3 | 2、自主报名：大学生可自由组队（每队3-5人），无专业限制，到作品第一
""",
    ),
    # ------------------------------------------------------------- summaries
    dict(
        name="fresh11_13_maternal_child_hospital_birth_defects_week_summary",
        source="http://baifanwen.com/p/1760/87r6l8alf.html",
        doc_kind="summary", partial=True,
        notes=["A district maternal and child health hospital's summary of its health-education activities in the "
               "birth-defects prevention week, the first sample of a collection page (collection title, date line and "
               "the sample heading '篇1:…_教研活动总结_网' dropped; the sample's own title is the title line). Names of a "
               "section chief and a vice-president dropped; the masked 'xx院长' kept.",
               "Three 一、 points (achievements): '一、妇院xx院长于9月12日带队参加了…宣传现场活动，…' is one long sentence "
               "(heading part given by hand up to the first comma, the rest of the sentence rewritten), "
               "'二、组织进行了全区阶段出生缺陷健康讲座。' stands alone with two body paragraphs, '三、多渠道、多途径' is "
               "the bare heading where the page ends. The week's dates in the lead-in are not phases (a summary)."],
        units=["xx区妇幼保健院", "区计生委"],
        text="""\
@T | 妇幼保健院“预防出生缺陷周”健康教育宣传活动总结
XX年9月12日到9月18日是第11个预防出生缺陷宣传周，主题为“防治出生缺陷，关爱患病儿童”。xx区妇幼保健院在区卫生及计划生育委员会领导下，组织全区产科医疗机构和12个社区卫生服务中心开展了系列健康教育宣传。
@H1 sec=achievements text=一、妇院xx院长于9月12日带队参加了XX年省、市“中国预防出生缺陷日”为主题宣传现场活动 | 一、妇院xx院长于9月12日带队参加了XX年省、市“中国预防出生缺陷日”为主题宣传现场活动，以多种形式向群众宣传党和政府对妇女儿童的关爱，展示全省防治成果，普及科学知识，倡导全社会关爱出生缺陷儿童、支持防治工作。
@H1 sec=achievements | 二、组织进行了全区阶段出生缺陷健康讲座。
活动周开始后，区计生委牵头、xx区妇幼保健院承办的预防出生缺陷专题讲座在妇幼多功能厅举行，院领导以“关注出生缺陷预约健康宝宝”为题，面向新婚备孕家庭讲解孕前准备、孕期保健、产前筛查和新生儿疾病筛查等内容。
全区各街道120名工作人员参加学习，群众到课156人次，合计276人次，目标人群邀约率100%，参会者普遍好评。
@H1 sec=achievements | 三、多渠道、多途径
""",
    ),
    dict(
        name="fresh11_14_company_admin_department_year_end_summary",
        source="https://365docx.com/view/024def4630.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A company administration department's year-end summary (行政部年终工作总结) from a document-sharing page, "
               "written in the first person by a staff member who joined in May 2011.",
               "The page shows no '一、': the lead-in is followed directly by '（一） 制度建设及硬件设施改善', '（二） …', "
               "'（三） …' (a space after the bracket kept; level 2 with level 1 accepted, their parent being absent), "
               "then '二、存在的困难与不足' (level 1, problems). The page ends with a lone '（' (kept as the fragment the "
               "page shows, body)."],
        units=["行政部"],
        text="""\
@T | 行政部年终工作总结
我自2011年5月进入公司已有半年多。在公司领导和支持下，行政部围绕制度维护、服务和后勤保障等重点，发挥承上启下、联系左右的作用；回顾2011年，部门虽缺少核心人员、工作仍有不足，但总体付出换来了不少收获。现将半年来的工作汇报如下：
@H2 sec=achievements lvlalt=1 | （一） 制度建设及硬件设施改善
行政部先后拟定《车辆管理规定》《宿舍管理规定》等制度、细则和流程，涉及行为规范、资产保护和日常行政管理。
按公司要求全面改造了食堂地面和操作设备，大规模改建了宿舍房间配置和电视房、健身房等公共区域，生活区整体形象已处于同行业领先水平。
@H2 sec=achievements lvlalt=1 | （二） 组织设置与人员到位
2011年行政部各岗位分工更加专业，组织更加清晰有序，一些技术性、事务性较强的工作得以提上日程，下半年还配合生产部门完成了几次重大搬迁。
@H2 sec=achievements lvlalt=1 | （三） 各项工作逐渐步入轨道
由于人员和制度适用性等原因，不少制度至今仍未修订完成，预计春节后才能正常推进，但制度体系建设已具备提上日程的条件。
严抓公司10S规范和办公秩序的监督，不定期抽查员工工作纪律、各区域清洁卫生，宿舍内务检查已形成固定频率，办公和生活环境明显改善。
@H1 sec=problems | 二、存在的困难与不足
（
""",
    ),
    # ------------------------------------------------------------- report
    dict(
        name="fresh11_15_village_first_secretary_work_report",
        source="https://bigou.cc/article/148729.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A village first secretary's (驻村第一书记) report on his duties (述职报告), the first sample of a "
               "collection page (blurb dropped; the sample heading '驻村书记述职报告 篇1' is the title line without the "
               "sample number). Names of two activists dropped; village and town names kept.",
               "一、工作开展情况 (achievements) with three short '1、' headings (level 2), each followed by a rewritten body "
               "paragraph; the page ends inside the third ('另外还')."],
        units=[],
        text="""\
@T | 驻村书记述职报告
后寨子村位于张汪镇北部，交通便利，但集体经济一直薄弱，个体经济一般；全村党员17名，仅一名女党员，平均年龄偏大，在村的年轻党员少。担任第一书记的第一年，村里硬化了道路、装了路灯、绿化了路边、修好了排水沟，村容村貌明显改观；两年来看，后寨子村发展潜力很大。现将一年来的工作汇报如下：
@H1 sec=achievements | 一、工作开展情况
@H2 | 1、了解村情民意
在田间地头、街头巷尾和村口树林同群众交流，听取大家对村党支部、村委工作以及村里发展方向的看法。
@H2 | 2、抓好党建工作
坚持“书记抓、抓书记”，村两委班子形成合力。按镇党委要求公推公选入党积极分子和村级后备干部，今年确定了两名入党积极分子；在群众路线教育实践活动中，督促党员按“照镜子、正衣冠、洗洗澡、治治病”的要求认真学习、改掉陋习。村办公场所常态使用，大喇叭在三夏三秋防火、办理新农合等工作中作用很大。今年村里获得镇颁发的道路网化建设先进村、农村环境卫生整治先进村、土地流转先进村三项荣誉。
@H2 | 3、看望困难群众
今年我尝试到田间地头看望困难群众：三夏时和一位用镰刀割麦的困难群众一起收麦；三秋时看到有人耕地买不起化肥，便和村书记商量明年把低保名额给他。另外还
""",
    ),
    # ------------------------------------------------------------- speech
    dict(
        name="fresh11_16_parents_committee_speech_at_parents_meeting",
        source="https://m.beiweimall.com/fayangao/3657333.html",
        doc_kind="speech", partial=True,
        notes=["A speech at a primary school's second-grade parents' meeting, titled as the principal's speech but "
               "delivered for the class parents' committee (家委会) report, on a sample site that shows the title "
               "twice around the author's name (one title line kept, the name dropped). Salutation and lead-in are body.",
               "'一、感谢老师：' and '二、传达家委会工作理念：（投影仪显示家委会总结和打算）' (level 1; the stage direction in "
               "brackets stays in the text), under 二、 the two ideas '1、 植物授粉的故事——《邻居的玉米》' (a space after '、' "
               "kept) and '2、自己动手，丰衣足食' (level 2). The parable is rewritten and shortened; its moral line keeps "
               "the page's '▲'. The kinds of a speech's points are soft (other | requirements, guidance). The page ends "
               "mid-sentence."],
        units=[],
        text="""\
@T | 小学二年级家长会校长发言稿
尊敬的各位老师，家长朋友：
大家好！今天我借大约10分钟，分四部分向大家汇报家委会的工作：
@H1 sec=other alt=requirements,achievements | 一、感谢老师：
在老师和学校的悉心呵护下，孩子们从一年级的“小嘎嘣豆”长成了今天的少先队员和准少先队员，请大家用热烈的掌声感谢老师们。
@H1 sec=guidance alt=other,requirements | 二、传达家委会工作理念：（投影仪显示家委会总结和打算）
大家看到的是家委会XX学年的总结和XX年的工作打算，时间有限就不宣读了，电子稿已上传到群共享。这里我想抛砖引玉，谈两个理念：
@H2 | 1、 植物授粉的故事——《邻居的玉米》
博恩老爹种的玉米远近闻名，把农场交给小儿子时，他叮嘱每年都要挑上好的种子分给邻居。儿子不解，老爹说花粉会随风在各家地里传播，邻居种了劣种，自家的玉米也会变差，所以邻居的玉米和自家的一样重要。
你给别人什么，自己就会得到什么。▲
@H2 | 2、自己动手，丰衣足食
孩子们渐渐长大，以后的活动不只让他们享受成果，还要让他们逐步承担一些工作，体会为别人服务、受人尊重的快乐，感受团队精神和奉献的乐趣，咱们扶上马
""",
    ),
]
