# -*- coding: utf-8 -*-
"""The fifty-ninth held-out fresh set: WORD FILES SAVED BY LIBREOFFICE (a Word set made like
corpus_fresh24).  Ten real Chinese activity plans, a scheme, a plan in the form of an
implementation opinion, a school's semester calendar and a school's work summary, each
present twice: NAME.txt + NAME.labels.json as in the other sets, and NAME.docx, the same
document as a writer would have it in Word or WPS, written as a flat ODF text file (.fodt)
by _build/make_docx.py (fresh24's, unchanged) and converted by LibreOffice (soffice
--headless --convert-to docx:"MS Word 2007 XML").  ../../fresh_build/check_docx.py re-reads
every .docx and asserts that its displayed text equals NAME.txt line by line.
Found as stored public web pages with the `search` tool's `pages` corpus.  None of the
source pages is a source of a label file of corpus-dev, tests/corpus_fresh*, /work/fresh*
or of a URL listed in /work/fresh*/used_sources.tsv (and the other lists named in the
README).  HELD OUT: never tune an importer on these documents; score totals only.

Derived like corpus_fresh24 (see its README):
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate and web debris were dropped: a Word file
  would not carry them.
- Heading, title, item and table-row lines keep the source's numbering, wording and
  punctuation (run-in bodies after a heading shortened); full-width punctuation restored
  from the store's NFKC text.  Every body paragraph is rewritten in our own words and
  shortened; dates, figures, unit and place names and the source's masking are kept;
  personal names dropped.

Each document's `docx` entry says how its Word file is made (fresh24's make_docx.py):
  style 'outline' (labelled headings of the `outline` classes in Heading 1/2/3 numbered by
  the outline numbering, number not typed), 'headings' (Heading 1/2/3 by level, numbers
  typed) or 'direct' (default style, headings bold by direct formatting, numbers typed);
  lists {class: level} (automatic list numbering; a level-0 class makes ONE multi-level
  list); tables; right; footer; blank_after.

Marker syntax: see fresh_build/build.py.
"""

FRESH59_DOCS = [
    dict(
        name="fresh59_01_school_qingming_publicity_activity_plan",
        source="https://m.stra.cn/dongshi/rvbbb/kvorKGoBg6",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, lists={"1、": 1}, footer=True),
        notes=["Word file (LibreOffice): 一、 and （一） are Heading 1 / Heading 2 paragraphs numbered by the "
               "OUTLINE numbering (numPr in the Heading styles, lvlText '%1、' and '（%2）', number not typed); the "
               "1、 lines are an AUTOMATIC one-level list that restarts under （二）; the （1）-（6） steps are typed "
               "numbers in plain paragraphs; a footer with a PAGE field.",
               "A school's plan for a Qingming publicity campaign (students and residents: 文明祭扫). The page shows "
               "no title (it starts at 一、), so title is null. The site's anti-copy dot in '宣传栏内的.海报' was "
               "dropped (a Word file would not carry it). The page ends inside （二）'s 2、活动目的 (kept as the "
               "fragment '…改变传统的祭扫').",
               "（一）终极目标：… and （二）直接目标：… are label：value lines, labelled as level-2 headings (text cut at "
               "the colon). 三、具体活动方案 holds the two stages （一）宣传阶段 and （二）实施阶段: undated phases (section "
               "phases; measures and other accepted). 1、宣传目的 / 2、工作人员 / 3、具体步骤 and 1、活动主题 / 2、活动目的 are "
               "level-3 headings (label lines inside a stage); the （1）-（6） lines are step items."],
        units=[],
        text="""\
@H1 sec=background alt=guidance | 一、清明节宣传活动的必要性和可行性
清明节祭扫寄托着人们对先人和革命先烈的追思，也体现了慎终追远、不忘根本的民族传统。结合对本校学生情况的了解，我们认为在校园里开展清明节宣传既有必要，也切实可行。
@H1 sec=goals alt=guidance | 二、活动目标
@H2 | （一）终极目标：倡导文明祭扫、树立文明新风。
@H2 | （二）直接目标：通过开展活动，进一步提高学校和学生的关系、学生和学生之间的关系，提升学校的凝聚力和学生对学校的归属感。
@H1 sec=phases alt=measures,other | 三、具体活动方案
@H2 phase=宣传阶段;; | （一）宣传阶段
@H3 | 1、宣传目的：在清明节前先行宣传，让学生事先了解节日期间安排的活动内容，营造浓厚的活动氛围。
@H3 | 2、工作人员：学校工作人员、学生志愿者。
@H3 | 3、具体步骤
@I4 | （1）准备宣传栏内的海报。海报介绍文明祭扫的注意事项和节日期间的活动，欢迎愿意参加的学生报名。
@I4 | （2）准备两条横幅。横幅用于烈士陵园现场签名，标语从文件中选取。
@I4 | （3）联系志愿者。向志愿者说明活动内容，请他们在各自的生活圈里帮助宣传。
@I4 | （4）向重点对象宣传。重点是社区里有威望的老人、老党员和原工厂干部，借助他们带动更多人参加。
@I4 | （5）向青少年进行宣传。青少年接受新事物快，又能影响家庭，宣传效果可以延伸到学校和社会。
@I4 | （6）制作宣传单。内容包括八部委关于清明节通知的要点、清明节知识和社会工作的相关理念。
@H2 phase=实施阶段;; | （二）实施阶段
@H3 | 1、活动主题：倡导文明祭扫，树立文明新风。
@H3 text=2、活动目的 | 2、活动目的：通过让居民参与文明祭扫的相关活动，改变传统的祭扫
"""),
    dict(
        name="fresh59_02_university_school_three_line_letter_activity_plan",
        source="https://m.qwen.cn/html/202105/31/2183531.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", blank_after=[1]),
        extra_phases=[dict(at="20**年3月18日至4月3日", name="活动时间", start_text="20**年3月18日", end_text="4月3日")],
        notes=["Word file (LibreOffice): every paragraph in the default style, the 一、-七、 headings bold by direct "
               "formatting, all numbers typed (一、 and 1、); the title centred, an empty paragraph after it; no footer.",
               "A university school secretariat's plan for a 'three-line love letter' writing activity (武汉大学水利水电学院). "
               "The site's breadcrumb, date line and 相关推荐 were dropped; so was the anti-copy dot in '活动的.宣传'. The "
               "person named in 1、 (the secretariat head) was dropped ('成立以秘书处处长为领导的活动组委会'). The masked "
               "year '20**' is kept. The page ends inside 5、 ('…中筛').",
               "Short label headings 二、活动主题 … 六、活动地点与形式 with their value on the next line (a body line). "
               "五、活动时间 is phases (other accepted); its value '20**年3月18日至4月3日' on the next line is the optional "
               "overall period. 七、活动内容 lists the steps of the activity as 1、-5、 items (phases; measures accepted). "
               "Units: the 主办单位 and 承办单位 values."],
        units=["武汉大学水利水电学院", "武汉大学水利水电学院分团委及学生会"],
        text="""\
@T | 武大水院秘书处三行情书活动策划书
@H1 sec=background alt=goals | 一、活动背景与目的
如今人们越来越看重个性和真情流露。为了丰富同学们的课余生活、增进彼此了解，我们面向水院全体同学并辐射整个工学部，搭建一个平台，让大家在紧张的学习生活中说出心底最真挚的情感。
@H1 sec=other | 二、活动主题
“大声说出我想对你说的话”之20**武大水院 “三行情书”活动
@H1 sec=responsibilities | 三、主办单位
武汉大学水利水电学院
@H1 sec=responsibilities | 四、承办单位
武汉大学水利水电学院分团委及学生会
@H1 sec=phases alt=other | 五、活动时间
20**年3月18日至4月3日
@H1 sec=other | 六、活动地点与形式
武大工学部
参加的同学实名用三句话写下最想表达的一段感情，亲情、友情、爱情均可。组委会从来稿中选出50条张榜公布，由全院同学用组委会发放的贴纸投票，最后评出10条颁奖。
@H1 sec=phases alt=measures | 七、活动内容
@I2 | 1、成立以秘书处处长为领导的活动组委会，下设若干小组，分别负责宣传、收集和评选等工作
@I2 | 2、在7舍楼下设置宣传板报，并由各班班长向本班同学传达，宣传为期两天，其间组委会统一定制活动用纸和贴纸
@I2 | 3、由各班班长向本班参加的同学分发活动用纸，组委会在通往水院食堂的路上于午、晚餐时段摆点，面向工学部发放和回收作品
@I2 | 4、收集截止后，各班班长把回收的活动用纸交回组委会，并给本班每位同学发一枚活动贴纸
@I2 | 5、组委会在收集到的“三行情书”中筛
"""),
    dict(
        name="fresh59_03_primary_school_practice_course_term_summary",
        source="http://m.justzx.com/zongjie/61742.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): the 1. headings in Heading 1 and the 1）、 headings in Heading 2, numbers "
               "typed (the outline numbering has no number format); the damaged line 3）、人到… is a plain paragraph; "
               "a footer with a PAGE field; an empty paragraph after the title.",
               "A school's term summary of its 综合实践活动 course (the text names 昆山, 豫园实小, 常熟杨园小学). The "
               "page is a collection ('关于2023年学校工作总结报告【六篇】'): its introduction and the sample label "
               "'第一篇: ' before the title were dropped; the title is the sample's own, 2023年学校工作总结报告. The "
               "store's '1)、' was restored as '1）、'. The page ends on the heading 1）、建立研讨制度.",
               "3）、人到常熟杨园小学… is page damage: the line continues 2）、's list of trainings ('…3人到豫园实小…', "
               "'1人到常熟实验小学…'), so '3）、人到' was most likely '3人到' before the page turned it into a "
               "list marker; the line is kept as the page shows it. It is labelled as an item (level 2), not a "
               "heading: it continues 2）、's list of trainings and carries no title.",
               "Both 1. sections report what was done: achievements."],
        units=[],
        text="""\
@T | 2023年学校工作总结报告
本学期我们紧扣学校“低调快进，走内涵发展道路”的工作主题，落实“做研究型教师”的要求，扎实开展综合实践活动，力争让我校这门课程的实施和管理保持全市一流水平。
@H1 sec=achievements | 1.创设多种条件，不断加强教师培训。
@H2 num=1）、 | 1）、加强校本培训。学期初对全体综合实践活动课教师进行培训，针对畏难情绪引导大家转变观念、树立信心；同时回顾上学期取得的成绩，落实本学期的主要工作和操作细则，并编写《走进综合实践活动》资料供教师参考。
@H2 num=2）、 | 2）、争取外出培训。本学期多次与教研室沟通，争取到不少外出学习机会，先后派3人到豫园实小和国际小学参加省级劳动与技术教材培训（昆山只有我校有这次机会）
@I2 num=3）、 | 3）、人到常熟杨园小学参加苏州市举办的综合实践活动课程如何地方资源的研讨活动，1人到常熟实验小学参加劳动与技术研讨，1人到豫园实小参加市百节优秀课劳动课展示活动。
@H1 sec=achievements | 2.建立相关制度，扎实开展研讨活动。
@H2 num=1）、 | 1）、建立研讨制度
"""),
    dict(
        name="fresh59_04_city_education_bureau_mid_autumn_activity_plan",
        source="https://qwen.cn/html/202002/13/486255.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1}, footer=True, blank_after=[1]),
        extra_phases=[dict(at="9月10日-30日", name="活动时间", start_text="9月10日", end_text="30日")],
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 paragraphs numbered by the OUTLINE numbering (lvlText "
               "'%1、', number not typed); the 1、 and 2、 items of 三、 are an AUTOMATIC one-level list; the addressee "
               "a plain paragraph; a footer with a PAGE field; an empty paragraph after the title.",
               "A city education bureau's plan for 'Our festivals: Mid-Autumn' in schools, written as a notice to the "
               "district and county bureaus and the city's schools (addressee line, '现就…有关事项通知如下：'). The "
               "site's breadcrumb and its tag '(教育局)' after the title were dropped; the page's empty book-title "
               "marks '《关于印发的通知》' and the masking 'x文明委〔xxxx〕xx号', 'xx晚报', 'xx篇' are kept. The page ends "
               "inside 2、 (its 三是 point).",
               "The addressee line is not labelled. 二、活动时间 is phases (other accepted); '9月10日-30日' on the next "
               "line is the optional overall period. The two long 1、/2、 paragraphs of 三、活动内容 are items (goals; "
               "measures accepted); the time '（9月13日下午）' inside 1、 is the time of one programme, not a phase; "
               "the 一是/二是/三是 inside 2、 are not labelled.",
               "Units: the organisers named in 1、 (主办 市文明委; 承办 the bodies listed after it), as written."],
        units=["市文明委", "市委宣传部", "市文明办", "市教育局", "团市委", "市妇联", "市关工委", "xx晚报",
               "市广播电视台", "天心区文明委"],
        text="""\
@T | “我们的节日·中秋节”主题活动方案
各区县（市）教育局，市直学校：
为落实党的十八大精神，弘扬中华优秀传统文化，丰富“我们的节日”主题活动的内容，增强民族凝聚力，根据《关于印发的通知》（x文明委〔xxxx〕xx号）的要求，结合教育系统实际，现就组织开展“我们的节日·中秋节”主题活动的有关事项通知如下：
@H1 sec=other | 一、活动主题
“我们的节日·中秋节”
@H1 sec=phases alt=other | 二、活动时间
9月10日-30日
@H1 sec=goals alt=measures | 三、活动内容
@I2 | 1、中秋节期间（9月13日下午），拟由市文明委主办，市委宣传部、市文明办、市教育局、团市委、市妇联、市关工委、xx晚报、市广播电视台、天心区文明委承办，组织开展“欢乐xx——我们的节日·中秋——中华长歌行”特别节目（xx篇）暨校园文化进社区活动，节目录制后在xx电视台新闻频道播出，各单位要组织师生收看并撰写观后感。
@I2 | 2、各区县（市）教育局、市直学校要结合实际开展扎实有效的主题活动。一是挖掘中秋民俗的文化内涵，组织诵读中华经典诗文中有关爱国、团结、和谐、奋进的篇章；二是通过升旗仪式、主题班会、节日小报、黑板报比赛等开展传统民俗活动，引导学生了解节日民俗；三是广泛开展节日志愿服务，关心社区中的困难家庭、流动
"""),
    dict(
        name="fresh59_05_city_education_system_national_day_celebration_scheme",
        source="http://e.wenmi.ren/Article/ShowArticle.asp?ArticleID=272499",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        docx=dict(style="direct", lists={"一、": 0, "（一）": 1}, footer=True, blank_after=[1],
                  tables=[dict(first="牵头科室：工委办", rows=1), dict(first="牵头科室：基教科", rows=1)]),
        extra_phases=[dict(at="xx年5月-10月", name="活动时间", start_text="xx年5月", end_text="10月")],
        notes=["Word file (LibreOffice): ONE automatic multi-level list on default-style paragraphs: level 0 "
               "'%1、' Chinese (一、-三、), level 1 '（%2）' Chinese (（一）-（三）), continued over the body lines and "
               "tables (no number typed); under （一） and （二） the lead and responsible offices are a one-row, "
               "two-cell table (a small 任务分工 table: '牵头科室：…' | '责任（科室）单位：…'), each row one .txt line "
               "(cells joined by U+3000); a footer with a PAGE field; an empty paragraph after the title.",
               "A city education system's scheme of celebrations for the National Day (我和我的祖国; 黄大年, 红歌, 书画展). "
               "The page is a members' site: the '内容预览：' label and the paywall lines after the visible part "
               "(本文共2240字…, 会员…) were dropped, and so was the '…………' that marks the cut; the page ends inside "
               "（三）'s body, kept as the fragment '…从不同角度'. The masking 'xx年', 'xx周年', 'xx市' is kept.",
               "The page shows '牵头科室：工委办' and '责任（科室）单位：…' as two lines under each activity; in the Word "
               "file each pair is the two cells of a one-row table (the writer's layout), so it is ONE .txt line: "
               "a key-value table row, never labelled. Units: the 牵头科室 values and the responsible units, as "
               "written.",
               "二、活动时间 is phases (other accepted); 'xx年5月-10月' on the next line is the optional overall period. "
               "The activities （一）-（三） are level-2 headings under 三、活动内容 (goals; measures accepted)."],
        units=["工委办", "基教科", "市直各学校", "各县市区教育局"],
        text="""\
@T | 市教育系统开展迎国庆系列庆祝活动实施方案
xx年是新中国成立xx周年，也是决胜全面建成小康社会、实现第一个百年奋斗目标的关键之年。根据中共xx市委员会宣传部关于印发《关于在全市开展“我和我的祖国”系列宣传活动的工作方案》的文件精神，为在教育系统深化社会主义核心价值观教育、开展迎国庆系列庆祝活动，特制定本方案：
@H1 sec=other | 一、活动主题
我和我的祖国
@H1 sec=phases alt=other | 二、活动时间
xx年5月-10月
@H1 sec=goals alt=measures | 三、活动内容
@H2 | （一）开展学习黄大年同志先进事迹系列活动
在全市师生中围绕“十个一”开展学习时代楷模黄大年的活动，缅怀他的爱国事迹，传承他“心有大我、至诚报国”、爱国敬业、甘于奉献的精神，凝聚新时代建功立业的力量。
牵头科室：工委办　责任（科室）单位：市直各学校、各县市区教育局
@H2 | （二）举办校园红歌比赛
为加强爱国主义教育、唱响青春和爱国的主旋律、丰富校园文化生活，以学校为单位举办“我和我的祖国”师生红歌比赛。
牵头科室：基教科　责任（科室）单位：市直各学校、各县市区教育局
@H2 | （三）举办迎国庆书画展
为激发师生爱党爱国的热情，展示学生的书画才艺，以“我和我的祖国”为主题，以书寄情，以画抒怀，从不同角度
"""),
    dict(
        name="fresh59_06_school_traditional_festivals_china_road_education_activity_plan",
        source="http://tatjzx.com/nd.jsp?id=50",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="headings", blank_after=[1]),
        notes=["Word file (LibreOffice): 一、-三、 in Heading 1 and （一）-（四） in Heading 2, numbers typed (the outline "
               "numbering has no number format); the run-in bodies of （一）-（四） stay in their heading paragraphs, as "
               "the page runs them; an empty paragraph after the title; no footer.",
               "A school's plan (for its staff: 教职工) to hold education activities on China's road at traditional "
               "festivals and key dates of 2018. The site's 'publication time' line was dropped. The page's spaces are "
               "kept: after （一） and （二） ('（一） 清明节') and inside the slogans ('缅怀革命先烈 珍惜幸福生活', "
               "'庆 ‘七一’不忘初心 牢记使命'; the page has two spaces there, made one: a run of spaces in the .fodt "
               "collapses to one in the Word file); the space inside the title line is dropped from the label's "
               "title by the title rule (the scorer ignores whitespace). The page ends inside （四） ('…文艺').",
               "一、活动时间 names no dates ('中国传统节日和重要时间节点。'): no phase. The festivals （一）-（四） are "
               "themed activities, not dated stages: run-in level-2 headings under 三、活动主题及形式内容 (goals; "
               "measures and other accepted), text cut at the first 。."],
        units=[],
        text="""\
@T | 2018年中国传统节日和重要时间节点 组织开展中国道路宣传教育活动方案
为落实党的十九大精神，推进社会主义核心价值体系建设，弘扬中华优秀传统文化，让大家进一步感受中国共产党的伟大和社会主义制度的优越性，根据市文明委和教育局的要求，结合我校实际，决定在重要节点开展主题教育活动，安排如下。
@H1 sec=phases alt=other | 一、活动时间
中国传统节日和重要时间节点。
@H1 sec=goals alt=guidance | 二、活动目的
借传统节日和重要时间节点，挖掘节日的文化与精神内涵，组织形式多样的主题教育，引导教职工弘扬传统、践行社会主义核心价值观，增进爱党、爱国、爱社会主义的情感，凝聚共筑中国梦的力量。
@H1 sec=goals alt=measures,other | 三、活动主题及形式内容
@H2 | （一） 清明节，突出“缅怀革命先烈 珍惜幸福生活”的主题教育。网上与网下相结合，组织教职工在中国文明网、央视网的专题网站上献花寄语，并举办征文比赛、观看专题片，表达对先烈先辈的怀念。
@H2 | （二） 端午节，突出“文明共建 端午送温情”的教育主题。与周边单位和外部群体联谊，举办座谈会、主题讲座和“我与学生包粽子”等活动，增强对民族文化的认同和自豪。
@H2 | （三）建党节，突出“庆 ‘七一’不忘初心 牢记使命”的教育主题。就近到革命纪念地、烈士陵园等红色景点学习先烈精神，以宣誓、写心得等方式表达怀念。
@H2 | （四）重阳节，突出尊老、爱老、敬老、助老、孝老的主题。通过召开座谈会、文艺
"""),
    dict(
        name="fresh59_07_school_national_day_calligraphy_painting_activity_notice",
        source="http://dyzx.jnjy.net.cn/NewShow-392.aspx",
        doc_kind="activity_plan", partial=False,
        docx=dict(style="direct", lists={"1、": 1}, right=["江宁区丹阳学校", "2012-9-26"], blank_after=[1, 11]),
        extra_phases=[dict(at="三、活动时间：2012年9月26日", name="活动时间", start_text="2012年9月26日",
                           end_text="2012年10月12日")],
        notes=["Word file (LibreOffice): default-style paragraphs, the 一、-四、 headings bold by direct formatting "
               "with typed numbers; the 1、/2、 items of 四、 an AUTOMATIC one-level list; the issuing offices and the "
               "date two RIGHT-ALIGNED paragraphs after an empty one; an empty paragraph after the title; no footer.",
               "A nine-year school's notice launching a calligraphy and painting contest for the National Day 2012 "
               "(an activity plan in the form of a notice to its Young Pioneers, League members and pupils). The "
               "site's page title (the same notice title with the school's name before it), its date / author / "
               "reader-count line and the footer (copyright, address, record numbers) were dropped. The spaces in "
               "the title ('庆祝国庆 爱我中华', '书法 绘画') and the date forms '2012年9月26日---2012年10月12日' and "
               "'2012-9-26' are kept. The full text of the notice is visible: partial false.",
               "The salutation '全体少先队员、团员，同学们：' is not labelled. 三、活动时间：… is phases (other accepted) and "
               "its dates the optional overall period. 四、活动安排 lists who may enter and how entries are sent (items; "
               "phases, measures and other accepted); '10月12日前' inside 2、 is a deadline, not a phase. Units: the "
               "three offices of the signature."],
        units=["德育处", "团总支", "大队部"],
        text="""\
@T | 关于开展“庆祝国庆 爱我中华”少年儿童书法 绘画活动的通知
全体少先队员、团员，同学们：
为落实胡锦涛总书记致中国少年先锋队建队60周年贺信中“争当四好少年”的要求，丰富少年儿童的学习生活，我校决定举办“庆祝国庆 爱我中华”书法、绘画比赛活动。
@H1 sec=goals alt=guidance | 一、活动目的：
围绕团区委、区少工委的部署，引导同学们在学校、家庭、社会和大自然中争当“四好少年”，做德、智、体、美、劳全面发展的好学生。
@H1 sec=other | 二、活动主题：
本次活动的主题是“红领巾心向党、热爱祖国”，突出喜迎十八大、祝福伟大祖国。
@H1 sec=phases alt=other | 三、活动时间：2012年9月26日---2012年10月12日
@H1 sec=phases alt=measures,other | 四、活动安排：
@I2 | 1、凡满6-15周岁、在书法或绘画方面有专长的少先队员和同学均可参加。
@I2 | 2、活动以班级（中队）为单位，由班主任或辅导员组织报名并确定参赛名单，每班精选5幅作品于10月12日前交大队部，学校统一评选，按年级评出一等奖2名、二等奖4名、三等奖6名。
江宁区丹阳学校 德育处 团总支 大队部
2012-9-26
"""),
    dict(
        name="fresh59_08_subdistrict_voluntary_labour_day_activity_plan",
        source="http://cankao.gcw818.com/a/202304/1054998.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="direct", lists={"1、": 1}, footer=True),
        extra_phases=[dict(at="4月25日上午", name="公民义务劳动日", start_text="4月25日上午", end_text=None)],
        notes=["Word file (LibreOffice): default-style paragraphs, the 一、-四、 headings bold by direct formatting "
               "with typed numbers; the 1、 headings under 三、 and 四、 are AUTOMATIC one-level lists, a new list "
               "(restarting at 1) under each; a footer with a PAGE field.",
               "A subdistrict's plan for the month's 'citizens' voluntary labour day' (a clean-up before May Day, "
               "迎动漫、庆五一). The page is a collection ('2022年主题教育活动方案' with an introduction, then the "
               "sample '2022年主题教育活动方案1'): the collection title, introduction and sample label were dropped, so "
               "the document shows no title (title null). The page ends inside 四、's 2、 ('…清洁大').",
               "一、主题活动时间 is phases (other accepted); its body '本月“公民义务劳动日”提前到4月25日上午。' gives the "
               "optional time of the one-day action. The 1、 lines are run-in headings (a short title, then its body; "
               "text cut at the first 。): the clean-up tasks of 三、主要内容 (goals; measures accepted) and the "
               "points of 四、工作要求 (requirements). Units: 街道清洁办, which organises and supervises."],
        units=["街道清洁办"],
        text="""\
@H1 sec=phases alt=other | 一、主题活动时间
本月的“公民义务劳动日”提前到4月25日上午。
@H1 sec=responsibilities | 二、参与单位
各村、社区，所属企事业单位。
@H1 sec=goals alt=measures | 三、主要内容
@H2 | 1、整理积存垃圾。清理积存的生活垃圾和建筑垃圾，重点是城郊结合部、背街小巷、建筑工地、道路两侧和河池沟渠边。
@H2 | 2、整理堆积杂物。清理公共空地、房前屋后、公共走廊和楼顶平台上堆放的各类杂物。
@H2 | 3、整理绿化带。清除绿化带里的垃圾和枯死树木、干枯树枝，处理危及线路和行人安全的危树危枝，并及时补种。
@H2 | 4、整理乱贴乱挂。清理建筑物内外、站牌、电线杆上的乱写乱画、乱贴乱挂和破旧广告、标牌。
@H1 sec=requirements | 四、工作要求
@H2 | 1、加强组织领导。各村、社区要落实负责这次行动的领导和工作人员，围绕“迎动漫、庆五一”主题排查环境卫生问题，制定本村、社区的行动方案，发动干部、党团员和村（居）民代表参加清洁大行动，同时发动辖区各单位开展本单位的清洁行动；领导参加的清洁行动由街道清洁办组织（具体方案另发）。
@H2 | 2、加强监督检查。街道清洁办负责这次清洁大
"""),
    dict(
        name="fresh59_09_township_work_safety_implementation_opinion",
        source="https://xiexiebang.com/a4/2019051215/462e8ad94611422d.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        title_override="关于2012年安全生产工作实施意见",
        docx=dict(style="outline", outline={"一、": 1, "1、": 2}, footer=True, blank_after=[2]),
        notes=["Word file (LibreOffice): the issuer and the document title two centred title paragraphs; 一、 and "
               "1、 are Heading 1 / Heading 2 paragraphs numbered by the OUTLINE numbering (lvlText '%1、' Chinese "
               "and '%2、' decimal, number not typed); the addressee a plain paragraph; a footer with a PAGE field; "
               "an empty paragraph after the title.",
               "A township government's implementation opinion on its 2012 work safety, addressed to its village "
               "(community) committees and township units: a plan in the form of an official document with the "
               "issuer 'XX乡人民政府' on top. The page is a collection: its sample label '第一篇:' was dropped; the "
               "page number glued into 1、's body ('人民\\n1群众') and the line break there were dropped (a Word file "
               "would not carry them). The masking 'XX乡' is kept. The page ends in 二、's first body paragraph.",
               "Two title lines (issuer + title, as dev17 and dev05): the title is the document's own title line, "
               "both lines are title lines. The addressee line is not labelled. 一、 (guidance; goals accepted) holds "
               "1、充分认识…, 2、指导思想 (guidance) and 3、奋斗目标 (goals); 二、强化领导、责任到人 is responsibilities. "
               "The opinion names posts (乡长, 分管领导, 村委会主任) rather than units: units empty."],
        units=[],
        text="""\
@T | XX乡人民政府
@T | 关于2012年安全生产工作实施意见
各村（社区）委会、乡级各单位：
2012年是我乡持续奔跑的关键一年，要进一步激发全乡党员干部“立大志、谋大计、干大事、率先奔跑”的工作热情。安全生产关系全乡经济发展和社会稳定大局，关系群众生命财产安全。为加强安全生产工作，全面完成县委、县政府下达的安全生产目标，现对2012年全乡安全生产工作提出如下意见：
@H1 sec=guidance alt=goals | 一、强化认识，明确指导思想和奋斗目标
@H2 | 1、充分认识安全生产工作的重要性
明确安全生产责任、落实各项防范措施、减少事故发生，才能真正保障群众的生命财产安全，这需要持续不懈的努力。各村（社区）委会和乡级各部门要把安全生产当作长期而艰巨的任务，警钟长鸣、常抓不懈，坚持以人为本，充分认识加强安全生产工作的重要意义。
@H2 | 2、指导思想
坚持科学发展观，坚持“安全第一，预防为主，综合治理”的方针，推进安全生产工作，落实安全生产主体责任，加强监督管理，建立长效机制，杜绝重特大事故，减少一般事故，确保一方平安。
@H2 sec=goals | 3、奋斗目标
年内无安全责任死亡事故、无重特大安全事故发生。
@H1 sec=responsibilities | 二、强化领导、责任到人
乡长是全乡安全生产的第一责任人，各分管领导对分管部门的安全负具体责任，各单位、部门的主要领导是本单位安全工作的直接责任人，各村（社区）委会主任是本村（社区）范围内安全生产的第一责任人。
"""),
    dict(
        name="fresh59_10_city_middle_school_semester_calendar",
        source="http://cs6zhong.com/xxxw/gzap/content_356992",
        doc_kind="plan", partial=True,
        docx=dict(style="direct", blank_after=[1], tables=[dict(first="起止日期　主要工作", rows=28, cells=[
            ["起止日期", "", "主要工作", "责任处室"],
            ["开学前", "2月24日", "下午2:30行政务虚会", "办公室"],
            [None, "2月25日", "上午：教职工大会暨教师发展论坛；下午：专家讲座（培训）", "教科室"],
            [None, "2月26日", "上午：教师培训暨德育工作会议", "教育处"],
            [None, "2月27日", "各年级入学考试", "教务处"],
            [None, "2月28日", "学生报到", "教育处"],
            ["第一周", "3月1日-3月7日", "开学典礼；升旗仪式表彰", "教育处、团委"],
            [None, None, "开学督导迎检", "督导室"],
            [None, None, "新学期备课组长会议；初一、初三、高一全体教师会议", "教务处"],
            [None, None, "行为习惯——学生仪容仪表等第一次常规检查", "教育处、团委"],
            [None, None, "主题班会：我的志愿者经历；主题黑板报：学雷锋活动", "教育处、团委"],
            [None, None, "值周班、校学生会工作启动", "教育处、团委"],
            [None, None, "寒假活动总结、各班寒假作业评比", "教育处、教务处"],
            [None, None, "新学期青年教师师徒结对仪式", "教科室"],
            [None, None, "事业单位人事人才统计", "办公室"],
            [None, None, "消防安全隐患大排查；组建护校队：11:45-12:30 护校队巡查", "保卫处"],
            ["第二周", "3月8日-3月14日", "升旗仪式、主题班会：预防春季流行性疾病", "教育处、团委"],
            [None, None, "2020年党支部组织生活会及民主评议党员", "办公室"],
            [None, None, "初二全体教师会", "教务处"],
            [None, None, "初二、初三百日誓师大会", "教务处"],
            [None, None, "高三年级集团联考", "教务处"],
            [None, None, "年级组长后进生转化方案的制定", "教育处、团委"],
            [None, None, "各社团社长大会；全校视力筛查", "教育处、团委"],
            [None, None, "教师寒假作业上交", "教科室"],
            [None, None, "三八妇女节活动", "工会"],
            [None, None, "学生上下学安全专题教育", "保卫处"],
            ["第三周", "3月15日-3月21日", "升旗仪式、主题班会：食品安全教育", "教育处、团委"],
            [None, None, "与麓山国际初中备课组开展校际交流活动", "教务处"],
        ])]),
        extra_phases=[
            dict(at="开学前　2月24日", name="开学前", start_text="2月24日", end_text=None, optional=False),
            dict(at="第一周　3月1日-3月7日", name="第一周", start_text="3月1日", end_text="3月7日", optional=False),
            dict(at="第二周　3月8日-3月14日", name="第二周", start_text="3月8日", end_text="3月14日", optional=False),
            dict(at="第三周　3月15日-3月21日", name="第三周", start_text="3月15日", end_text="3月21日", optional=False)],
        notes=["Word file (LibreOffice): a title paragraph, an empty paragraph and ONE real four-column table "
               "(周次 / 日期 / 主要工作 / 责任处室) with vertical merges: '开学前' over five rows, each week and its "
               "dates over its rows; each table row is one .txt line (cells joined by U+3000, covered cells "
               "skipped). The page's header spans its first label over the two date columns ('起止日期 | 主要工作 | "
               "责任处室 | |'); the Word header row has '起止日期' and an EMPTY second cell (no horizontal merge), "
               "so the header line is '起止日期　主要工作　责任处室'. No footer.",
               "A city middle school's calendar of work for the second term of 2020-2021 (a real HTML table on the "
               "school's site, section 工作安排): the store shows the days before term and weeks one to three; the "
               "last visible row of week three (青年党课、少年团课开班典礼及第一节课, its office not shown) was left "
               "out. Cells are kept as written (full-width ：；（） restored; the clock times 2:30 and 11:45-12:30 "
               "keep ASCII colons). Nothing is rewritten: the cells are short entries, not paragraphs.",
               "No headings: table rows are never labelled (check.py prints deliberate REVIEW lines for the rows "
               "that start with 第一周 / 第二周 / 第三周). The periods of the calendar are phases placed on their "
               "rows (as the dated table rows of fresh24_09): 开学前 from 2月24日 (its later days 2月25日-2月28日 sit "
               "on the following rows, so no end is labelled), 第一周 3月1日-3月7日, 第二周 3月8日-3月14日, 第三周 "
               "3月15日-3月21日. doc_kind plan (a term's schedule of work). Units: the 责任处室 named, each once."],
        units=["办公室", "教科室", "教育处", "教务处", "团委", "督导室", "保卫处", "工会"],
        text="""\
@T | 长沙市第六中学2020-2021学年第二学期校历
起止日期　主要工作　责任处室
开学前　2月24日　下午2:30行政务虚会　办公室
2月25日　上午：教职工大会暨教师发展论坛；下午：专家讲座（培训）　教科室
2月26日　上午：教师培训暨德育工作会议　教育处
2月27日　各年级入学考试　教务处
2月28日　学生报到　教育处
第一周　3月1日-3月7日　开学典礼；升旗仪式表彰　教育处、团委
开学督导迎检　督导室
新学期备课组长会议；初一、初三、高一全体教师会议　教务处
行为习惯——学生仪容仪表等第一次常规检查　教育处、团委
主题班会：我的志愿者经历；主题黑板报：学雷锋活动　教育处、团委
值周班、校学生会工作启动　教育处、团委
寒假活动总结、各班寒假作业评比　教育处、教务处
新学期青年教师师徒结对仪式　教科室
事业单位人事人才统计　办公室
消防安全隐患大排查；组建护校队：11:45-12:30 护校队巡查　保卫处
第二周　3月8日-3月14日　升旗仪式、主题班会：预防春季流行性疾病　教育处、团委
2020年党支部组织生活会及民主评议党员　办公室
初二全体教师会　教务处
初二、初三百日誓师大会　教务处
高三年级集团联考　教务处
年级组长后进生转化方案的制定　教育处、团委
各社团社长大会；全校视力筛查　教育处、团委
教师寒假作业上交　教科室
三八妇女节活动　工会
学生上下学安全专题教育　保卫处
第三周　3月15日-3月21日　升旗仪式、主题班会：食品安全教育　教育处、团委
与麓山国际初中备课组开展校际交流活动　教务处
"""),
]
