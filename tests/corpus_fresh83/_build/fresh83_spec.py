# -*- coding: utf-8 -*-
"""The eighty-third held-out fresh set: a fourth RANDOM SAMPLE of the whole
genre as writers paste it from the web.  Each search query crossed a kind
(工作计划, 工作要点, 实施方案, 活动方案, 工作总结, 工作汇报, 讲话稿, 述职报告)
with a writer (税务, 公安, 水利, 妇联, 林业, 团委, 工会, 交通, 幼儿园, 高校院系,
卫生院, 街道, 中学, 村委会, 企业, 学校) and a year (2006-2024); the query words
were chosen not to repeat the logged queries of /work/fresh67, /work/fresh75 and
/work/fresh79.  For each query the FIRST usable, unused result was taken (log
in notes_queries.txt), keeping what the page gives (title blocks, upload
metadata, paywall lines, chunk markers, page markers, PDF spacing, numbering
quirks).  Found as stored public web pages with the `search` tool's `pages`
corpus.  None of the source pages is a source of an earlier set (see
/work/fresh83/chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus-dev's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site navigation, posting lines,
  小编 / 阅读指引 blurbs and sample numbers were dropped; debris a user pastes
  along (upload metadata, paywall lines, chunk markers, page markers, a
  footer fragment) is kept and never labelled.
- Heading and title lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source (xx, XX, ____, **, aa****6) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH83_DOCS = [
    dict(
        name="fresh83_01_city_water_bureau_2020_plan",
        source="https://ttzyw.com/Article/zjbg/2334.html",
        doc_kind="plan", partial=True,
        notes=["A city water bureau's 2020 work plan; the stored page is one run-together block (title glued to the "
               "lead-in), split here into lines at the title and the numbered headings.",
               "Numbering quirk kept: the second level-1 heading is numbered '一、' again ('一、坚持项目为王理念，加速设施建设。' "
               "where 二、 is meant). Both are task areas of the plan: kind goals (measures accepted).",
               "The 1./2./3. lines are run-in headings ('1.进一步优化防汛指挥系统。…'), level 2. The page ends with the "
               "start of a fourth '1.新建澄…' under the second 一、, cut after three characters; it was dropped, so the "
               "second 一、 is a bare last heading.",
               "Masking 'xx' kept ('三个xx', 'xx水文APP系统'); 黄泽镇 and the figures kept."],
        units=["市水利局"],
        text="""\
@T | 市水利局2020年工作计划
2020年是“十三五”收官之年。市水利局将在市委、市政府领导下，坚持“节水优先、空间均衡、系统治理、两手发力”的治水方针，围绕“水利工程补短板、水利行业强监管”总目标，补短板、强监管、抢进度，打好“十三五”收官战，谋划“十四五”蓝图，为“三个xx”建设提供河湖安全和水生态保障。
@H1 sec=goals alt=measures | 一、坚持智慧水利理念，严防水旱灾害
@H2 | 1.进一步优化防汛指挥系统。总结应急管理职能调整后的防汛防台情况，重构水利防汛防台体系，落实隐患动态排查和“挂销号”制度，应对梅雨、台风、暴雨和强对流天气，确保“不死人、少伤人、少损失”。
@H2 | 2.进一步优化标化管理平台。开展水利工程标准化管理“回头看”，用好APP平台，落实“三个责任人”；在黄泽镇试点小型水利工程物业化管护，破解小型水库和重要山塘管护难题。
@H2 | 3.进一步优化水情报汛平台。完成5个遥测站点北斗系统安装和2个站点升级，实现“GPS+北斗”双系统传输；上马6座大中型水库洪水预报项目，强化“xx水文APP系统”应用，为防汛防台决策提供支撑。
@H1 sec=goals alt=measures | 一、坚持项目为王理念，加速设施建设。
""",
    ),
    dict(
        name="fresh83_02_women_federation_march8_centenary_activity",
        source="http://6dgww.com/Article/5392534.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city women's federation's plan for the 100th anniversary of 三八 (Shanghai, year masked '20xx', in fact "
               "2010), written as a notice ('现将有关事项通知如下'). The page's paywall lines '（未完，全文共1734字，当前显示547字）' "
               "and '（请认真阅读下面的提示信息）' are kept as pasted debris, never labelled.",
               "一、指导思想 guidance (bare heading); 二、主要活动 goals (the activity areas); '1、举行纪念三八国际劳动妇女节100周年大会。"
               "3月8日下午，…' is a run-in level-2 heading; the date of the rally inside it is an event date, not a phase.",
               "The slogan '为世博添彩、促妇女发展' and '聪慧时尚、自信坚韧、创新进取' are kept."],
        units=["市妇联"],
        text="""\
@T | 三八妇女节100周年活动方案
20xx年是纪念三八国际劳动妇女节100周年和筹办上海世博会的重要之年。为回顾国际妇女运动百年历程、宣传上海妇女事业成果、借世博会平台展示上海女性风采、推进男女平等，市妇联拟以“为世博添彩、促妇女发展”为主题，在“三八”节期间开展系列纪念活动，现将有关事项通知如下：
@H1 sec=guidance | 一、指导思想
以科学发展观为指导，贯彻中央和市委全会精神，宣传马克思主义妇女观和男女平等基本国策，宣传新中国成立60年、改革开放30年来上海妇女的贡献和成就，弘扬“聪慧时尚、自信坚韧、创新进取”的上海女性时代精神，激励广大妇女为办好世博会、实现“五个确保”目标出力。
@H1 sec=goals alt=measures | 二、主要活动
@H2 | 1、举行纪念三八国际劳动妇女节100周年大会。3月8日下午召开全市各界妇女纪念大会暨“上海巾帼世博建功行动”“百万家庭世博志愿行动”誓师大会，邀请市委领导讲话，表彰第六届上海市巾帼创新奖获得者、巾帼文明示范岗和世博园区建设者中的优秀女性，命名上海市巾帼文明岗。
（未完，全文共1734字，当前显示547字）
（请认真阅读下面的提示信息）
""",
    ),
    dict(
        name="fresh83_03_city_forestry_bureau_plan",
        source="https://wenku.docs.qq.com/detail?docId=SRWPh7bOCV",
        doc_kind="plan", partial=True,
        notes=["A city forestry bureau's work plan from a document-sharing site (腾讯文库), year and figures blanked by "
               "the template ('____年', '____万亩'). The page's preview blurb (a truncated copy of the first paragraph) "
               "was dropped; the title is kept once. Page debris kept, never labelled: the page marker '第1页共3页' "
               "glued to the end of the third item, and the next page's header fragment '腾讯文库市林业' as the last line.",
               "'工作目标：…' is a label：body heading (level 1, goals). '突出抓好以下五项重点工作：' is a lead-in (not "
               "labelled). （一）大力开展植树造林，努力改善生态环境 is the first of the five key works: level 1 (beside "
               "工作目标; level 2 accepted, as it follows the lead-in), kind goals (measures accepted). Its '1、 抓好…' lines "
               "(space after 1、 kept) are task statements: items, level 2 (3 accepted).",
               "No phases; the place names 龙、甘、泰 and 克拜、龙甘 kept."],
        units=[],
        text="""\
@T | 市林业局工作计划
____年全市林业工作的基本思路：以____为统领，以生态建设为核心、现代林业建设为主线、“生态市、园林城”建设为目标，解放思想、深化改革，完善机制、加强管理，强化服务、提高效率，政策扶持、突出产业，依法治林、加强森林经营，强化科技支撑、促进兴林富民。
@H1 sec=goals | 工作目标：全市预计造林绿化____万亩，其中人工造林____万亩、封山育林____万亩；全民义务植树____万株；森林防火实现无森林火灾；探索林业新机制，森林资源管理明显提高，森林面积和蓄积双增长；林业产业有较大发展，重大产业项目有所突破。
突出抓好以下五项重点工作：
@H1 sec=goals alt=measures lvlalt=2 | （一）大力开展植树造林，努力改善生态环境
@I2 lvlalt=3 | 1、 抓好以龙、甘、泰为重点的防沙治沙工程，选用杨树大苗、樟子松容器苗和山杏、沙棘等树种，集中连片营造防风固沙林和沙地经济林。
@I2 lvlalt=3 | 2、 抓好村屯绿化提档升级，营造护村林、街道林和用材林、风景林，实现村屯一次绿化到位，突出抓好省定重点示范乡、村、场的绿化。
@I2 lvlalt=3 | 3、 抓好克拜、龙甘浅山区水土流失治理和江河两岸、流域周围、废弃地的综合整治，营造水土保持林、水源涵养林和护堤护岸林，提高江河流域绿化水平。 第1页共3页
腾讯文库市林业
""",
    ),
    dict(
        name="fresh83_04_college_youth_league_may4_activity",
        source="http://m.010zaixian.com/gongwen/huiyitongzhi/434333.htm",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A college youth-league committee's notice on its 2016 五四 activities (东南大学成贤学院), first sample of a "
               "collection page. The posting line ('时间:2021-08-31'), the 小编 blurb and the sample title with its number "
               "('…的通知1') were dropped; the page title is kept as the title. The addressee '各系分团委、团支部：' is not "
               "labelled.",
               "Four levels: 一、/二、 (with a space after the enumeration comma, as the page has it), the unnumbered "
               "'系列活动一：…。' / '系列活动二：…。' (level 2, numbering none: '系列活动一' is a word, not a numbering class), "
               "（一）…（四） (level 3) and 1、… lines (items, level 4).",
               "一、活动主题 other; 二、活动内容 goals. （一）活动时间与地点 phases (other accepted); （二）活动对象 other; "
               "（三）活动安排 is the programme of the flag ceremony: phases (goals accepted); （四）活动要求 requirements. The "
               "time slot '2016年5月4日6:50—7:30' is an optional phase; '5月4日前' inside a requirement is a deadline.",
               "The page ends inside the body of 系列活动二 ('…推动团的基层组织建设和团员'), rewritten up to there."],
        units=["院团委"],
        extra_phases=[dict(name="升国旗、唱团歌主题团日活动", start_text="2016年5月4日6:50", end_text="7:30",
                           at="1、时间：2016年5月4日")],
        text="""\
@T | 2016年五四青年节活动的通知
各系分团委、团支部：
为弘扬爱国、进步、民主、科学的“五四”精神，缅怀先烈，激发青春活力，展示青春风采，引导青年学生坚定跟党走中国特色社会主义道路的信念，院团委决定在全院开展五四青年节系列活动，现将有关内容通知如下：
@H1 sec=other | 一、 活动主题
弘扬五四精神，争做时代先锋
@H1 sec=goals | 二、 活动内容：
@H2 num=none text=系列活动一：升国旗、唱团歌主题团日活动 | 系列活动一：升国旗、唱团歌主题团日活动。
为激发学生传承五四精神、把个人成长同祖国发展联系起来，举办本次升旗仪式。
@H3 sec=phases alt=other | （一）活动时间与地点
@I4 | 1、时间：2016年5月4日6:50—7:30（6:50集合完毕）；
@I4 | 2、地点：学院田径场。
@H3 sec=other | （二）活动对象
@I4 | 1、15级全体团支部成员；
@I4 | 2、院系各学生部门干部（副部以上）；
@I4 | 3、国旗团支部全体成员。
@H3 sec=phases alt=goals | （三）活动安排
@I4 | 1、参加升旗仪式，奏唱国歌；
@I4 | 2、国旗团支部成员代表倡议；
@I4 | 3、齐唱《光荣啊，中国共青团》。
@H3 sec=requirements | （四）活动要求
@I4 | 1、5月4日前各参与单位从院团委网通知公告栏下载伴奏和歌词，以支部为单位练习；
@I4 | 2、活动当天按指定位置集合（站位图见附件1）；
@I4 | 3、院级学生干部当天组成彩旗方阵（彩排另行通知）。
@H2 num=none text=系列活动二：东南大学成贤学院“弘扬五四精神，争做时代先锋”2016年“五四”表彰大会 | 系列活动二：东南大学成贤学院“弘扬五四精神，争做时代先锋”2016年“五四”表彰大会。
为加强团的自身建设、提高团员青年综合素质，建立激励机制、树立先进典型，营造团内争先创优的氛围，推动团的基层组织建设和团员
""",
    ),
    dict(
        name="fresh83_05_town_trade_union_summary",
        source="https://m.fanbenw.cn/article/36305.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A town trade union's annual summary (the query asked for a union chairman's 述职报告; this was the first "
               "usable page of the genre). The stored text starts with the lead-in; no title line is visible, so title is "
               "null.",
               "一、/二、 are the reported work areas: achievements. Under 一、 the points '一是…二是…三是…' run on inside one "
               "paragraph and are not labelled. The page ends after two words of 二、's body ('一是全镇各基层工会紧紧围'), "
               "dropped, so 二、 is a bare last heading.",
               "Enterprise names 慈一棉 and 泰尔斯 and the figures (45家, 50家, 46家) kept."],
        units=["镇工会"],
        text="""\
镇工会在镇党委领导和上级工会指导下，按照年初确定的目标任务，围绕党的工作大局，突出维权职能，健全工作机制，深化工会规范化建设，今年着重做了以下几方面工作：
@H1 sec=achievements | 一、以职工民主管理为导向，努力推进工会维权工作
维权是工会的基本职责。一是完善劳动合同的签订、履行和监督，建会企业同步签订集体合同，签订率100%，今年到期的10家企业均已续订。二是扩大工资集体协商面，在去年45家的基础上新增5家，累计签订工资集体协议50家，到期协议及时续订调整。三是推进企业民主管理，6月召开规模企业推行职代会制度动员会，举办职代会业务培训班，在慈一棉企业召开现场会，全镇已有46家企业建立职代会制度，其余企业实行劳资恳谈会、厂务公开、民主评议干部等形式；8月对所有企业工会开展厂务公开专题检查，泰尔斯工会借鉴iso9000标准建立厂务公开质量管理体系初见成效。
@H1 sec=achievements | 二、以“经济技术创新”活动为载体，充分发挥职工主力军作用
""",
    ),
    dict(
        name="fresh83_06_district_transport_bureau_2021_summary",
        source="https://gongwen.com.cn/doc/365685.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="xx区交通运输局2021年工作总结和2022年工作思路",
        notes=["A district transport bureau's 2021 summary and 2022 outline on a document site, names and figures "
               "masked ('xx区', 'x.xx亿', 'xxx%'). The site's title, its upload metadata lines ('VIP专免', "
               "'2024-05-19 999+ 16.44KB 13 页 海报', '侵权投诉') and the document's own title with PDF spacing "
               "('xx 区交通运输局 2021 年工作总结和 2022 年工作思路') are kept; the two title lines are title lines, the "
               "metadata lines are debris, never labelled.",
               "PDF spacing kept in the heading '一、2021 年工作完成情况：' (kind achievements). The damaged date '112 月份' "
               "(for 1-12月份) is kept in the body.",
               "（一） is a level-2 heading ending in '。'; its '一是强势推进在建工程。…' lines are run-in level-3 headings "
               "(numbering 一是). The page ends inside the body of 三是 ('今年我局组织编'); the visible part is rewritten."],
        units=["xx区交通运输局"],
        text="""\
@T | xx区交通运输局2021年工作总结和2022年工作思路
VIP专免
2024-05-19 999+ 16.44KB 13 页 海报
侵权投诉
@T | xx 区交通运输局 2021 年工作总结和 2022 年工作思路
今年是“十四五”开局之年，xx区交通运输局在区委、区政府和市局领导下，加快交通重点项目建设，强化行业安全监管，推进交通数字化改革。112 月份共完成综合交通投资x.xx亿，完成年度目标的xxx%。
@H1 sec=achievements | 一、2021 年工作完成情况：
@H2 | （一）紧盯工作目标任务，全力推进综合交通建设。
@H3 | 一是强势推进在建工程。作为“五纵五横”交通网络组成部分的省重点工程xxx国道xx桥段于2月建成通车，总投资xx.x亿元、里程约xx公里，是xx交通史上投资最大、里程最长的项目；总投资x.x亿元的xx省道复线xx公路建成通车，城区到xx西站只需x分钟；xx国段工程xx段主线已建成，院桥支线完成xx.x%。
@H3 | 二是稳步推进项目前期。xx至xx公路北城至xx段正做施工图设计，因用地涉及永农问题，我局陪同区领导多次向省里汇报，省交通运输厅基本同意将部分路段纳入xx高速改扩建连接线；另有一段完成施工图设计，xx高速改扩建完成工可审查，桥下地面道路完成方案设计，xx大道快速路工可待审。
@H3 | 三是高质量编制“十四五”交通各类规划。今年我局组织编
""",
    ),
    dict(
        name="fresh83_07_school_safety_education_scheme",
        source="https://m.jinchutou.com/p-31197397.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="XX年中小学生安全教育工作方案",
        notes=["A national education department's (the text says '我司') annual scheme on safety education in primary and "
               "secondary schools, addressed to the provincial education departments, as a document-sharing page (金锄头文库). "
               "Kept: the page title 'xx年中小学生安全教育工作方案_0' (title line) and the upload metadata line (debris). The "
               "page's thumbnails, navigation and sharing blurb were dropped.",
               "The document text starts with the chunk marker '1、' glued to the document's title printed twice "
               "('1、XX年中小学生安全教育工作方案XX年中小学生安全教育工作方案'); that line is a title line (the label's title is "
               "the document's own title once). The second chunk marker starts a body line ('2、各地教育部门要加强…', the "
               "continuation of 一、's body): debris, never labelled.",
               "In the store, '二、不断深化日常安全教育。…' ran on at the end of the second chunk; it was split onto its own line at "
               "the heading boundary. 一、 and 二、 are run-in headings ending in '。', the task areas of the scheme: goals "
               "(measures accepted).",
               "The date of the safety-education day ('XX 年 3月 28日', PDF spacing kept), the broadcast slot "
               "('3月28日18:00-18:30') and the reporting deadline ('4月1日前') are not phases. Masking 'xq' (生产建设兵团) "
               "and 'xx卫视' kept. No units: the scheme names only '各地教育部门' generically."],
        units=[],
        text="""\
@T | xx年中小学生安全教育工作方案_0
上传人：aa****6 文档编号：31197397 上传时间：2018-02-05 格式：DOCX 页数：3 大小：30.75KB
@T | 1、XX年中小学生安全教育工作方案XX年中小学生安全教育工作方案
各省、自治区、直辖市教育厅（教委），xq生产建设兵团教育局：
为提升中小学校安全教育水平和学生安全素养，减少安全事故和学生非正常死亡，保障学生安全健康成长，维护教育系统和谐稳定，现就做好XX年中小学生安全教育工作安排如下：
@H1 sec=goals alt=measures | 一、组织好安全教育日活动。XX 年 3月 28日是第 21个全国中小学生安全教育日，各地教育部门要结合本地实际和事故规律，指导中小学校开展一次专门安全教育活动；有条件的地方可扩展为“安全教育周”“安全教育月”，使安全教育常态化。
2、各地教育部门要加强对安全教育日活动的组织领导，明确分工，制订方案，保障经费，加大宣传，确保实效，并于4月1日前报送开展情况。我司将于3月28日18:00-18:30在xx卫视新闻大求真栏目播出专题节目，请组织学生届时收看。
@H1 sec=goals alt=measures | 二、不断深化日常安全教育。各地教育部门要按照中小学公共安全教育指导纲要，把安全教育纳入日常教育教学
""",
    ),
    dict(
        name="fresh83_08_county_living_environment_plan",
        source="https://m.wenandaquan.com/word/804604.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["First sample of a collection titled '2024年村级人居环境工作计划'; its text is a county's annual rural "
               "living-environment scheme ('制定本方案', 'xx县'), years masked as 'xx年'. Navigation ('文案大全实用文档工作计划"
               "内容页'), the posting line and the sample heading ('…工作计划 篇1') were dropped; the page title is the title.",
               "The cited document number keeps its empty year brackets ('漳建村〔〕22号').",
               "一、目标任务 goals; its （一）…（五） lines are run-in level-2 headings naming the five tasks. 二、进度要求 is the "
               "schedule section: phases (requirements accepted); its （一）/（二） lines hold month deadlines ('3月底前', "
               "'4月底前', '8月底前' …) inside task lines, which are not phases. The page ends inside （二） ('…4月底前完成项'), "
               "rewritten up to there."],
        units=[],
        text="""\
@T | 2024年村级人居环境工作计划
为落实中共中央、国务院《关于实施乡村振兴战略的意见》和《xx市住房和城乡建设局关于做好xx年农村人居环境整治工作的通知》（漳建村〔〕22号），做好xx年农村人居环境建设，争当全市“百姓富、生态美”先锋，制定本方案：
@H1 sec=goals | 一、目标任务
xx年xx县人居环境整治有5项任务：农村生活污水治理、农村生活垃圾治理、农村“厕所革命”、美丽乡村建设和农村危房改造（任务分解见附件）。
@H2 | （一）农村生活污水治理。完成市下达的2个乡镇污水处理设施建设，推进15个村污水治理，实现村庄污水治理全覆盖；新建改造农户标准三格化粪池2880户，其中490户列入省为民办实事项目。
@H2 | （二）农村生活垃圾治理。完成市下达的11个村垃圾治理任务，在去年整治基础上提升，所有行政村完善长效管理机制，村庄保洁常态化。
@H2 | （三）农村“厕所革命”。建设2个乡镇公厕，新建8个村庄公厕（均列入省任务）。
@H2 | （四）美丽乡村建设。实施10个村美丽乡村建设，创建1个美丽乡村示范村。
@H2 | （五）农村危房改造。完成170户农村危房改造，其中续建138户。
@H1 sec=phases alt=requirements | 二、进度要求
@H2 | （一）农村污水治理PPP项目。3月底前完成前期工作，4月底前完成招投标并实施，8月底前完成年度工程量（或投资额）50%以上，11月底完成95%以上，12月底全面完成并验收。
@H2 | （二）农村生活污水治理。乡镇新建污水处理设施项目4月底前完成项
""",
    ),
    dict(
        name="fresh83_09_vice_principal_duty_report",
        source="https://www.92read.com/fanwen/fwdq/0xlrle.html",
        doc_kind="report", doc_kind_alt=["summary", "speech"], partial=True,
        title_override="校长述职报告完整版",
        notes=["First sample of a collection page '2024年校长（述职报告）完整版汇聚【最新5篇】'; the sample is a vice-principal's "
               "duty report (述职) delivered to leaders and colleagues. Kept as title lines: the collection title and the "
               "sample title '校长述职报告完整版【第一篇】' (the label's title drops the sample number). The posting line and the "
               "site's 阅读指引 blurb were dropped. The salutation lines are not labelled.",
               "'我认为做副职要从两个角度去思考：一则…二则…' is a body line (the 一则/二则 are inside the line). 一、尽职做好“三个到位” "
               "is a bare level-1 heading (achievements; requirements accepted, as the points read as a speaker's principles); "
               "its '一是参谋到位。…' lines are run-in level-2 headings (numbering 一是). The page ends inside 三是 "
               "('…发挥好补台作用。有'), rewritten up to there.",
               "doc_kind report (a 述职报告 is delivered orally, so summary and speech are accepted)."],
        units=[],
        text="""\
@T | 2024年校长（述职报告）完整版汇聚【最新5篇】
@T | 校长述职报告完整版【第一篇】
尊敬的各位领导、各位同仁：
大家上午好！
在柏林中学工作已经15个年头。我肩挑重担、默默前行，守着“真诚为校”的信念，带着全体教师的信任，认真抓好分管工作，较好完成了各项任务。
我认为做副职要从两个角度去思考：一则定位要准，当好正职的助手、同事的伙伴、教师有难时的帮手，主动为校长分忧；二则要做管理和教学的能手，有自己的见解，不人云亦云。
@H1 sec=achievements alt=requirements | 一、尽职做好“三个到位”
@H2 | 一是参谋到位。在事关全局的问题上，我从实际出发为正职决策提建议，尤其是分管工作；决策形成后带头执行，把正职意图落到各项工作中。
@H2 | 二是落实到位。在分管工作中当好主角，坚持原则，职权范围内的事不推诿、不扯皮，果断决策、大胆实施，创造性地落实班子决策。
@H2 | 三是补台到位。智者千虑，必有一失，我从对工作、对正职负责的角度发挥补台作用。
""",
    ),
    dict(
        name="fresh83_10_town_sars_prevention_speech",
        source="https://www.fanwenq.com/UserLookArticle.asp?ArticleID=9b79a1a8101b261c",
        doc_kind="speech", partial=True,
        title_override="在全镇农村防治非典工作会议上的讲话",
        notes=["A town leader's speech at the town's meeting on SARS prevention in the countryside (2003; posted 2006). "
               "The page prints the title twice (page title and article title): both kept as title lines. The posting "
               "line, the navigation ('返回', '相关推荐') were dropped; the paywall line '请先登录' is kept as debris, never "
               "labelled. The site's word deletions are kept where they show ('经镇、研究', '各级、高度重视' lose 党委/政府).",
               "The stored text is one block: '同志们：' runs straight into the opening paragraph (kept on one line, not "
               "labelled), which ends with the lead-in '下面，我讲几点意见：'. The heading '一、认清形势，统一思想，提高认识，切实"
               "增强做好防治非典工作的紧迫感和责任感' runs into its body without punctuation ('…责任感自广东省等部分地区…'), kept "
               "glued as in the store (heading text set by hand, as dev06/dev26). Kind: the first point of a speech, "
               "requirements (guidance and background accepted: it is about understanding the situation).",
               "The page ends with '...' inside the first point; only one heading is visible."],
        units=[],
        text="""\
@T | 在全镇农村防治非典工作会议上的讲话
@T | 在全镇农村防治非典工作会议上的讲话
同志们：经镇、研究，决定召开这次全镇农村防治非典工作会议，传达农村非典防治电视电话会议精神，部署我镇农村防治任务，动员全镇上下统一思想、加强领导、落实责任，把非典防治当作当前的重大任务抓实抓好，确保群众身体健康和生命安全，确保全镇经济发展和社会稳定。下面，我讲几点意见：
@H1 sec=requirements alt=guidance,background text=一、认清形势，统一思想，提高认识，切实增强做好防治非典工作的紧迫感和责任感 | 一、认清形势，统一思想，提高认识，切实增强做好防治非典工作的紧迫感和责任感自广东省等部分地区发生非典型肺炎疫情以来，中央心系群众健康，作出一系列决策，各级、高度重视，采取了许多果断措施，防治工作取得一定成绩。但疫情尚未完全控制，形势依然严峻，农村问题尤其突出：医疗基础设施薄弱，技术力量不足，疫病监测体系不健全，群众普遍缺乏卫生防疫知识...
请先登录
""",
    ),
]
