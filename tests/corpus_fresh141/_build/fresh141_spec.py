# -*- coding: utf-8 -*-
"""The 141st held-out fresh set: ACTIVITY PLANS of government bodies,
communities and volunteer organisations for 文明创建, 志愿服务, a traditional
festival and 宣传日 / 宣传周 / 宣传活动 campaigns, with 活动时间 / 活动地点 /
参加人员 / 活动内容 / 活动安排 parts and dated items.  Found as stored public
web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every label file, exclusion list and used_sources.tsv under
/work/main/tests/corpus_fresh*/ and /work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text (times such as 8:00 keep their colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH141_DOCS = [
    dict(
        name="fresh141_01_prefecture_civilised_city_national_day_volunteer_activity",
        source="http://www.lspjy.com/forum.php?goto=lastpost&mod=redirect&tid=611158",
        doc_kind="activity_plan", partial=True,
        notes=["A prefecture-level (州) plan for a one-morning volunteer action before National Day 2016 "
               "under the 创建全国文明城市 campaign, posted on a teachers' forum. The forum chrome (login links, "
               "view counts, the thread title repeated above the post) was dropped; the post's own title line "
               "is kept.",
               "The theme line keeps the source's straight ASCII quotes (\"创建全国文明城市·争做文明市民\"迎\"国庆\"), which "
               "the store did not produce by normalisation; the title uses curly quotes. Both kept as written.",
               "五、活动内容 holds two parts （一）启动仪式 / （二）各单位志愿服务队到网格服务, each followed by numbered "
               "key-value rows '1.活动时间：…', '2.活动地点：…', '3.参加人员：…' that are labelled items (level 3). "
               "五、活动内容 is goals (phases and other accepted).",
               "Phases: the overall 活动时间 '2016年9月30日上午' and the two clock-time slots of the morning "
               "(启动仪式 8:00-8:40, 网格服务 8:40-11:30) are optional phases (time slots of a one-day programme); "
               "no required phase.",
               "No lead unit is named (the participants are volunteer teams of many bodies); units is empty. "
               "The page ends mid-sentence in the fourth row of （二）."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2016年9月30日上午", end_text=None, at="二、活动时间", optional=True),
            dict(name="启动仪式", start_text="2016年9月30日8:00", end_text="8:40",
                 at="1.活动时间：2016年9月30日8:00-8:40", optional=True),
            dict(name="各单位志愿服务队到网格服务", start_text="2016年9月30日上午8:40", end_text="11:30",
                 at="1.活动时间：2016年9月30日上午8:40-11:30", optional=True),
        ],
        text="""\
@T | “创建全国文明城市·争做文明市民迎国庆”志愿服务活动方案
按照《中共xx州委办公室关于印发〈xx市深入推进全国文明城市创建工作进社区、进小区、进家庭工作方案〉的通知》（x办通〔2016〕71号）的要求，为配合xx市提升城乡人居环境、推动全国文明城市创建，现将迎“国庆”志愿服务活动的有关事项通知如下：
@H1 sec=other | 一、活动主题
"创建全国文明城市·争做文明市民"迎"国庆"志愿服务活动
@H1 sec=phases alt=other | 二、活动时间
2016年9月30日上午
@H1 sec=other | 三、活动地点
xx城区
@H1 sec=other | 四、参加人员
州属及省驻文单位、xx市属各部门的志愿服务队，三个街道办事处的志愿服务队，城区各学校志愿服务队和社会各界志愿者。
@H1 sec=goals alt=phases,other | 五、活动内容
@H2 | （一）启动仪式
@I3 | 1.活动时间：2016年9月30日8:00-8:40
@I3 | 2.活动地点：xx体育馆火炬广场
@I3 | 3.参加人员：州属及省驻文单位、xx市属各部门领导各1名，xx学院志愿者，xx街道办事处志愿服务队，xx谷小区、杏林小区住户。
仪式结束后，各志愿服务队分头开展志愿服务。
@H2 | （二）各单位志愿服务队到网格服务
@I3 | 1.活动时间：2016年9月30日上午8:40-11:30
@I3 | 2.活动地点：xx街道办事处、xx街道办事处、xx街道办事处所辖区域。
@I3 | 3.参加人员：xx、xx、xx街道办事处志愿服务队，州属及省驻文单位、xx市属部门挂钩各街道办事处的志愿服务队，小区住户。
@I3 | 4.活动内容：组织州属及省驻文单位、xx市属各部门志愿服务队到
""",
    ),
    dict(
        name="fresh141_02_city_volunteer_service_month_activity_plan",
        source="https://www.wm114.cn/wen/222/443801.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city's 创建全国文明城市 volunteer-service month plan (2021, by the 市创文办) from a paid "
               "writing-sample site. The site's '目录/提纲' outline block above the title (a list of the headings, "
               "some missing) was dropped as site navigation; the title line is kept.",
               "The site's paywall line '……（新文秘网https://www.wm114.cn省略451字，正式会员可完整阅读）……' is kept as "
               "debris, never labelled. It swallows the end of 二、活动主题, the whole of 三、活动时间, the 四、活动内容 "
               "heading and （一） and the start of （二）: the text resumes mid-sentence inside （二）文明交通劝导, and a "
               "sentence broken over two lines ('…向市民宣传普及' / '疫情防控知识…') is kept.",
               "（三）文明窗口服务志愿服务活动 is level 2 with its parent 四、活动内容 lost (level_alt 1); its section is "
               "set to goals (the activities of 活动内容; other accepted), not inherited from 二、活动主题.",
               "One required phase: （三）'s own period on the next line '时间：11月13日-12月15日'. The month's start "
               "in the opening ('从11月13日起') is an optional overall phase with a start only. The daily劝导 times "
               "'每日劝导时间段：上午9:30-11:30，…' are not phases.",
               "The 责任单位 row runs over two lines in the source (break after '西城客运站），'); kept. The page ends "
               "mid-word ('…开展扶')."],
        units=["市创文办"],
        extra_phases=[
            dict(name="志愿服务活动月", start_text="11月13日", end_text=None, at="市创文办计划从11月13日起",
                 optional=True),
        ],
        text="""\
@T | 市志愿服务主题活动月活动方案
2021年度全国文明城市创建已到迎检攻坚阶段。为有序推进创建工作、营造浓厚的志愿服务氛围，市创文办计划从11月13日起组织“文明使者在行动，志愿服务领新风”志愿服务活动月，方案如下：
@H1 sec=goals | 一、工作目标
调动党员干部和市民志愿者的积极性，集中开展创建宣传、环境清洁、交通秩序维护和不文明行为劝导等志愿服务，形成声势、营造氛围，让志愿服务成为**市的精神文明之花，提升大美**的城市形象。
@H1 sec=other | 二、活动主题
“文明使者在行动，
……（新文秘网https://www.wm114.cn省略451字，正式会员可完整阅读）……
不逆行、不酒驾、不向车窗外抛物；用移动小音箱在重点路口循环播放，向市民普及
疫情防控知识、文明礼仪知识和城市管理规定。
每日劝导时间段：上午9:30-11:30，中午13:30-15:30，下午19:00-20:00。
@H2 sec=goals alt=other lvlalt=1 phase=文明窗口服务志愿服务活动;11月13日;12月15日 | （三）文明窗口服务志愿服务活动
时间：11月13日-12月15日
责任单位：城区各学校、医院，街道、社区综合文化服务中心（办事大厅），乡镇便民服务中心，地市政务服务中心，飞机场、火车站、汽车站（中心客运站、西城客运站），
银行邮政服务大厅，各通信服务大厅。
活动主要内容：各单位组建志愿服务队，设新时代文明实践岗，开展学雷锋志愿服务，每天安排1-2名志愿者在工作区域开展扶
""",
    ),
    dict(
        name="fresh141_03_district_civilisation_office_volunteer_survey_activity",
        source="http://diyifanwen.cache2.idcadmin.com/get.php?url=https%3A%2F%2Fm.diyifanwen.com%2Ffanwen%2Fhuodongfangan%2F1592716395699424.htm",
        doc_kind="activity_plan", partial=False,
        notes=["A district 文明办's plan for a half-day visit of the 民盟xx市委 research group on volunteer service "
               "(parts: 活动时间 / 活动安排 / 有关要求, signature and date). The page (a cached copy of a writing-sample "
               "site) shows the whole text; the same text is on m.zuowendang.com/fanwen/446722538.html (not used "
               "separately).",
               "'第一阶段：8:30—9:30，第二阶段：9:30—11:30。' under 一、活动时间 puts two stages with their clock times on "
               "one line; it is labelled as an item (level 2, numbering 第一阶段, text cut at the colon). The two "
               "stages and the overall '9月29日上午' are optional phases (clock-time slots of a half-day programme); "
               "no required phase.",
               "二、活动安排 has （一）第一阶段：组织参观 / （二）第二阶段：座谈交流 (level 2), each with '1、参加对象：' "
               "(other) and '2、活动安排：' (phases) as short label headings at level 3, and （1）–（4） participant "
               "items at level 4. The clock-time rows ('8:30  xx区政府大门口集中乘车', two spaces as in the source; "
               "'10:10 各单位…', one space) keep their wording and are body lines, not labelled.",
               "The five 有关要求 lines are items (requirements). The source writes '轻工有限公司志愿服务队' without "
               "the xx mask that the other names carry; kept."],
        units=["民盟xx市委", "区文明办", "xx市民盟", "xx街道"],
        extra_phases=[
            dict(name="活动时间", start_text="9月29日上午", end_text=None, at="9月29日上午", optional=True),
            dict(name="第一阶段", start_text="8:30", end_text="9:30", at="第一阶段：8:30—9:30", optional=True),
            dict(name="第二阶段", start_text="9:30", end_text="11:30", at="第一阶段：8:30—9:30", optional=True),
        ],
        text="""\
@T | 文明办志愿服务调研活动方案
为推动xx市志愿服务规范化发展，民盟xx市委成立了推进xx市志愿服务发展课题组，计划9月底到xx区调研志愿服务工作，特制定本方案。
@H1 sec=phases alt=other | 一、活动时间
9月29日上午，为时半天。
@I2 | 第一阶段：8:30—9:30，第二阶段：9:30—11:30。
@H1 sec=phases | 二、活动安排
@H2 | （一）第一阶段：组织参观
@H3 sec=other | 1、参加对象：
民盟xx市委《推进xx市志愿服务发展》课题组成员
@H3 sec=phases | 2、活动安排：
8:30  xx区政府大门口集中乘车
8:45  参观xx街道xx社区志愿服务站
9:15  参观xx街道xx社区文明交通劝导志愿服务活动
9:30  参观xx街道xx社区志愿服务站
@H2 | （二）第二阶段：座谈交流
@H3 sec=other | 1、参加对象：
@I4 | （1）民盟xx市委《推进xx市志愿服务发展》课题组成员；
@I4 | （2）各街道党工委宣委，xx社区、xx社区代表；
@I4 | （3）xx区志愿服务协调小组成员单位代表；
@I4 | （4）xx市义工俱乐部、xx市助学志愿者协会、轻工有限公司志愿服务队代表。
@H3 sec=phases | 2、活动安排：
9:30  参观xx街道xx社区，参观后在二楼会议室集中
9:40  xx街道xx社区、xx街道xx社区代表发言
10:10 各单位、街道、社区、志愿服务团体代表发言
@H1 sec=requirements | 三、有关要求
@I2 | 1、区文明办通知参会代表按时到会，并请其准备好发言。
@I2 | 2、xx市民盟安排参观用车。
@I2 | 3、xx街道组织所辖xx社区开展文明劝导志愿服务并介绍经验，同时布置好座谈会场。
@I2 | 4、xx街道指导xx社区志愿服务站布置现场、准备经验交流。
@I2 | 5、各单位、街道、社区和志愿服务团体围绕本领域志愿服务的开展情况和不足准备发言。
xx区文明办
xx年9月10日
""",
    ),
    dict(
        name="fresh141_04_community_dragon_boat_festival_activity_notice",
        source="http://zhiyuanku.com/xuexi/fjtz/742118.html",
        doc_kind="activity_plan", partial=False,
        notes=["A community committee's notice of its 端午节 activities (长江路街道办事处莲花山社区委员会, with a property "
               "company and the community volunteers' group as co-organisers), the first sample of a collection "
               "page. The collection title ('年最新小区端午节活动通知'), the sample label ('小区端午节活动通知一：') and the "
               "second sample were dropped; no title line of its own is shown, so title is null.",
               "Every part is a short label heading with its value on the next line (一、主办单位 … 六、活动内容); "
               "主办单位 and 承办单位 are responsibilities, 活动主题 / 活动地点 other, 活动时间 phases (other accepted), "
               "活动内容 goals (other accepted) with three activities （一）–（三） at level 2.",
               "'（二）发放“香包”、“粽子”。' ends in 。 (text cut there). The opening says '团委决定' although the "
               "issuer is the community committee, and the date line reads '20*年4月31日' (a date that does not "
               "exist, before the 5月31日 event): the source's wording, kept.",
               "The overall 活动时间 '20*年5月31日上午9:00-11:00' is an optional phase; no required phase."],
        units=["长江路街道办事处莲花山社区委员会", "青岛千和物业有限公司", "莲花山社区志愿者联合小组"],
        extra_phases=[
            dict(name="活动时间", start_text="20*年5月31日上午9:00", end_text="11:00", at="四、活动时间",
                 optional=True),
        ],
        text="""\
端午节是我国重要的传统节日。为庆祝节日、营造温馨和谐的氛围，团委决定举办庆祝端午节系列活动。
@H1 sec=responsibilities | 一、主办单位
长江路街道办事处莲花山社区委员会
@H1 sec=responsibilities | 二、承办单位
青岛千和物业有限公司
莲花山社区志愿者联合小组
@H1 sec=other | 三、活动主题
欢庆节日，传承文明
@H1 sec=phases alt=other | 四、活动时间
20*年5月31日上午9:00-11:00
@H1 sec=other | 五、活动地点
旺海山庄小区中心广场
@H1 sec=goals alt=other | 六、活动内容
@H2 | （一）宣传展示
现场以诗词朗诵、民乐演奏、歌曲和有奖问答等节目，介绍端午节的由来和风俗。
@H2 | （二）发放“香包”、“粽子”。
在活动中心广场向居民发放端午“香包”和“粽子”，居民也可现场学包、品尝粽子。
@H2 | （三）有奖问答
在活动中心广场就端午知识进行有奖问答，每答对一题领取一份奖品。
莲花山社区委员会
20*年4月31日
""",
    ),
    dict(
        name="fresh141_05_city_public_welfare_publicity_activity_plan",
        source="https://renrendoc.com/paper/147844012.html",
        title_override="公益社会宣传活动方案",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city's (长沙, 2006) plan for a citywide public-welfare publicity campaign before three events "
               "(第三届中国公民道德论坛, 首届中部投资贸易博览会, the city's 第十一次党代会). From a document-sharing "
               "site that delivered one run-together block with PDF spacing; it was split into lines at the "
               "paragraph and heading boundaries the text shows. A copy of the same text on m.wnwk.com "
               "(1456016, with '2023月' for '10月') was not used.",
               "Site chunk markers kept as debris, never labelled: '1、' glued before the title (the title label "
               "leaves it out; title line 1) and '2、' at the start of a line in the middle of the word 大力 "
               "('…的宣传。大' / '2、力宣…').",
               "Sub-points keep the PDF space in their numbering ('1 、', '2 、', '3 、'; numbering style none as "
               "written) and are run-in headings at level 2 ('2 、首届中部投资贸易博览会的宣传。介绍…'). The third "
               "says '长沙市第一次代表大会' while the opening speaks of the 第十一次 congress: the source's slip, kept.",
               "目的意义 is background (guidance accepted); 宣传内容 goals; 宣传时间 phases (other accepted) with the "
               "period '2006 年8月20日至10月10日。' (PDF space kept) as an optional overall phase; 宣传方式及责任分工 "
               "measures (responsibilities accepted). No required phase.",
               "No lead unit is named in the visible part (the 省委/市委 only give instructions); units is empty. "
               "The page ends mid-sentence in 四、1 、."],
        units=[],
        extra_phases=[
            dict(name="宣传时间", start_text="2006 年8月20日", end_text="10月10日", at="三、宣传时间", optional=True),
        ],
        text="""\
@T | 1、公益社会宣传活动方案
今年9月，第三届中国公民道德论坛和首届中部投资贸易博览会将先后在我市举行，市委还将召开第十一次党员代表大会。为迎接这三次盛会，按照省委、省政府和市委、市政府领导的指示，决定于8月下旬至10月在全市集中开展公益社会宣传，特制定本方案：
@H1 sec=background alt=guidance | 一、目的意义
以多种形式的公益宣传迎接论坛、博览会和市第十一次党代会，宣传公民道德和社会主义荣辱观，展示长沙的良好形象和发展成就，为会议成功举办营造氛围。
@H1 sec=goals | 二、宣传内容
@H2 num=1~、 | 1 、第三届中国公民道德论坛的宣传。大
2、力宣介举办论坛的背景和意义，讲清公民道德建设和社会主义荣辱观的内涵与要求，展示我市公民道德实践和全市迎接论坛的新面貌。
@H2 num=2~、 | 2 、首届中部投资贸易博览会的宣传。介绍博览会的背景和意义，推介长沙的投资环境和发展前景。
@H2 num=3~、 | 3 、中国共产党长沙市第一次代表大会的宣传。宣传大会的背景和意义、全市在市委领导下取得的成就，以及今后五年经济社会发展的目标和举措。
@H1 sec=phases alt=other | 三、宣传时间
2006 年8月20日至10月10日。
@H1 sec=measures alt=responsibilities | 四、宣传方式及责任分工
@H2 num=1~、 | 1 、户外大型公益广告宣传。在会场周边、入城口、机场
""",
    ),
    dict(
        name="fresh141_06_bureau_legal_publicity_day_activity_plan",
        source="https://jingyanben.com/bangongwenmi/203290.html?page=6",
        doc_kind="activity_plan", partial=True,
        notes=["Page 6 of a collection: the tail of a district bureau's plan for the '12.4' 全国法制宣传日 combined "
               "with the 创建全国法治城市 campaign (成都). The page starts at （三） inside the lost activities part "
               "(its 四、 heading and （一）（二） are not shown) and ends mid-sentence in 五、（三）. No title line; title "
               "null.",
               "Levels: （三）/（四） are level 2 with their parent lost (level_alt 1), section goals (measures "
               "accepted); 五、有关要求 is level 1 (requirements) with （一）–（三） run-in headings whose texts are "
               "cut at the first 。 of the line (none here: they stand alone).",
               "Two required phases: the 1、 activity's period opens the next body line ('11月20日至12月15日。结合…', "
               "phase on the heading line, dates on the next), and （四）'s square event '12月4日上午9时-12时' on the "
               "next line (start 12月4日 only; the hours are not phase dates). The deadline '11月28日前' in 2、's body "
               "is not a phase.",
               "The two 1、/2、 lines name the regulation differently ('《成都市法制宣传教育条例》' and "
               "'《xx市法制宣传教育条例》'): the source's partial masking, kept."],
        units=["局办公室"],
        text="""\
@H2 sec=goals alt=measures lvlalt=1 | （三）组织开展“创建全国法治城市暨《成都市法制宣传教育条例》”宣传活动
@H3 phase=“创建全国法治城市暨《成都市法制宣传教育条例》”宣传活动;11月20日;12月15日 | 1、“创建全国法治城市暨《成都市法制宣传教育条例》”宣传活动
11月20日至12月15日。结合“法律六进”，利用中心组学习、例会和法制培训学习《成都市法制宣传教育条例》等材料，把法治城市创建带进机关；印发创建活动和条例的宣传资料，到社区、企业发放，深入基层开展法制宣传，让创建工作和条例家喻户晓。
@H3 | 2、开展“创建全国法治城市暨《xx市法制宣传教育条例》有奖知识竞赛”活动
局办公室组织本单位人员参赛并按答案评分，于11月28日前把参赛名单、得分、身份证号码和联系方式等信息汇总上报区创建办。
@H2 sec=goals alt=measures lvlalt=1 phase=“12.4”全国法制宣传日广场活动;12月4日; | （四）举办“12.4”全国法制宣传日广场活动
12月4日上午9时-12时，组织人员在繁华时代广场或社区现场宣传部门法规、解答法律咨询、发放宣传资料、展出法制展板并播放法制音像和宣传标语。
@H1 sec=requirements | 五、有关要求
@H2 | （一）高度重视，加强领导
局领导班子及时开会专题研究“12.4”宣传日活动并制定方案，一把手亲自抓、分管领导具体抓，专人负责整合法制宣传资源和报送信息，确保责任和人员落实。
@H2 | （二）强化宣传，营造氛围
借助报刊、广播、影视和网络拓宽宣传渠道，与宣传部门加强沟通协作，及时上报法治城市创建和“12.4”宣传日活动情况，营造声势。
@H2 | （三）突出重点，确保实效
依照区法治城市创建办公室和区依法治区办公室的
""",
    ),
    dict(
        name="fresh141_07_county_civilised_city_volunteer_recruitment_activity",
        source="https://lalytextile.com/html/contents4867175880.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county's (平阴县) call for volunteers for a 创建文明城市 volunteer-service day on the 国际志愿者日 "
               "2014, issued by the 县委宣传部 and the 团县委; it opens with the addressee '广大市民朋友：' (body, not "
               "labelled) and shows no title line, so title is null.",
               "一、 and 二、 are 'label：value' headings kept whole ('一、活动主题：创建文明城市，共享美好生活'); 四、报名方式 "
               "is cut at the colon. The six 三、活动内容 points '1、创城我承诺：…' … '6、创城我奉献：…' are run-in label "
               "headings at level 2 (text cut at the colon).",
               "Phases: the overall 活动时间 '2014年12月5日（星期五）上午9:30' is optional; the registration row "
               "'报名时间：2014年11月28日—12月4日，报名地点：…' (a key-value body line after 四、) is a required phase "
               "报名 (2014年11月28日 to 12月4日), as schedule rows with dates were in earlier sets.",
               "The contact person's name was dropped from the registration row (the office phone number is kept). "
               "The closing appeal is cut off by the store ('…每一份热情')."],
        units=["中共平阴县委宣传部", "共青团平阴县委", "团县委"],
        extra_phases=[
            dict(name="活动时间", start_text="2014年12月5日", end_text=None, at="二、活动时间：", optional=True),
            dict(name="报名", start_text="2014年11月28日", end_text="12月4日", at="报名时间：", optional=False),
        ],
        text="""\
广大市民朋友：
今年12月5日是第29个“国际志愿者日”。为学习贯彻党的十八届四中全会精神，弘扬“奉献、友爱、互助、进步”的志愿精神，动员市民投身文明城市创建，提高城市文明程度和市民文明素养，中共平阴县委宣传部、共青团平阴县委决定开展“创建文明城市，共享美好生活”主题志愿服务活动，现向全县招募志愿者。
@H1 sec=other | 一、活动主题：创建文明城市，共享美好生活
@H1 sec=phases alt=other | 二、活动时间：2014年12月5日（星期五）上午9:30
@H1 sec=goals alt=other | 三、活动内容：
@H2 | 1、创城我承诺：到场的志愿者在“创建文明城市，共享美好生活，你我共同参与”条幅上签名。
@H2 | 2、创城我参与：团员青年和志愿者到公共场所和县城主干道清理小广告、捡拾垃圾、清扫卫生死角。
@H2 | 3、创城我宣传：志愿者在老广场向市民发放创建文明城市宣传手册，讲解创建的意义和措施。
@H2 | 4、创城我带头：组织自行车队环平阴骑行，倡导低碳出行，带头参与创建。
@H2 | 5、创城我示范：志愿者在县城主要路口开展文明交通引导，提醒行人和车辆守规则、文明出行。
@H2 | 6、创城我奉献：志愿者走进社区和敬老院，为老人做力所能及的服务。
@H1 sec=other alt=requirements | 四、报名方式：志愿者可以个人报名，也可以由单位集体报名。个人持身份证到团县委办公室报名，集体报名由单位把名单报团县委。
报名时间：2014年11月28日—12月4日，报名地点：县委办公楼四楼团县委办公室，联系电话：87883727。
创文明城、做文明人，是每个公民应尽的责任；每一份努力都让城市更文明，每一份辛劳都为城市添彩，每一份热情
""",
    ),
    dict(
        name="fresh141_08_prefecture_national_security_education_day_schedule",
        source="https://www.wsnews.com.cn/gjaqjyr/p/283540.html",
        doc_kind="activity_plan", partial=False,
        notes=["A prefecture's (文山州) schedule of its 2023 '4·15' 全民国家安全教育日 activities, published by the "
               "prefecture's media centre. The news headline, login and publishing lines and the editors' credit "
               "line (personal names) were dropped; the two lead paragraphs are rewritten body; the schedule's own "
               "title stands on line 3 and is the title.",
               "Seven activities numbered '01.' to '07.' (style 1.) at level 1, each followed by key-value rows "
               "'时间：…' and '地点：…' (body, not labelled). Section phases (goals accepted): the lines are the "
               "entries of a 时间安排.",
               "Six activities are clock-time slots on 4月15日 (optional phases, e.g. 01. '4月15日10:00—10:30', "
               "07. '4月15日19:30' with a start only). One required phase: 04. '“新时代 新国安”主题书画展' runs "
               "'4月15日—5月15日' (phase on the heading line, dates on the next); its 地点 row mixes a time and two "
               "places.",
               "No lead unit is named; units is empty."],
        units=[],
        extra_phases=[
            dict(name="总体国家安全观主题公园集中开园", start_text="4月15日10:00", end_text="10:30",
                 at="01.总体国家安全观主题公园集中开园", optional=True),
            dict(name="国家安全宣传教育志愿服务活动", start_text="4月15日9:30", end_text="12:00",
                 at="02.国家安全宣传教育志愿服务活动", optional=True),
            dict(name="国家安全法律知识主题展和重点领域国家安全专题展", start_text="4月15日9:30", end_text="12:00",
                 at="03.国家安全法律知识主题展", optional=True),
            dict(name="国家安全文艺汇演", start_text="4月15日11:00", end_text="12:00",
                 at="05.国家安全文艺汇演", optional=True),
            dict(name="国家安全知识有奖问答", start_text="4月15日10:30", end_text="12:00",
                 at="06.国家安全知识有奖问答", optional=True),
            dict(name="爱国主义教育电影展播", start_text="4月15日19:30", end_text=None,
                 at="07.爱国主义教育电影展播", optional=True),
        ],
        text="""\
为增强全民国家安全意识、维护国家安全，2015年7月1日全国人大常委会通过的《中华人民共和国国家安全法》第十四条把每年4月15日定为全民国家安全教育日。
2023年4月15日是第八个全民国家安全教育日，文山州届时将开展一系列宣传教育活动，内容和时间安排如下。
@T | 文山州2023年“4·15全民国家安全教育日”系列活动时间安排
@H1 sec=phases alt=goals | 01.总体国家安全观主题公园集中开园
时间：4月15日10:00—10:30
地点：文山市、砚山县、麻栗坡县、马关县、广南县、富宁县。
@H1 sec=phases alt=goals | 02.国家安全宣传教育志愿服务活动
时间：4月15日9:30—12:00
地点：文山市琵琶岛公园广场、光大广场、七花广场。
@H1 sec=phases alt=goals | 03.国家安全法律知识主题展和重点领域国家安全专题展
时间：4月15日9:30—12:00
地点：文山市琵琶岛公园广场。
@H1 sec=phases alt=goals phase=“新时代~新国安”主题书画展;4月15日;5月15日 | 04.“新时代 新国安”主题书画展
时间：4月15日—5月15日
地点：4月15日9:30至12:00在文山市琵琶岛公园广场展出，其余时段在文山州博物馆一楼大厅展出。
@H1 sec=phases alt=goals | 05.国家安全文艺汇演
时间：4月15日11:00—12:00
地点：文山市琵琶岛公园广场。
@H1 sec=phases alt=goals | 06.国家安全知识有奖问答
时间：4月15日10:30—12:00
地点：文山市琵琶岛公园广场。
@H1 sec=phases alt=goals | 07.爱国主义教育电影展播
时间：4月15日19:30
地点：文山市琵琶岛公园广场。
""",
    ),
    dict(
        name="fresh141_09_township_senior_respect_month_activity_plan",
        source="https://m.zixin.com.cn/doc/6791545.html",
        title_override="敬老月活动方案",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A township's (我镇; the name masked 'xxx') plan for the 敬老月 around 重阳节 (10月28日), with tasks "
               "for the village committees. From a document-sharing site that delivered one run-together block; it "
               "was split into lines at the paragraph and heading boundaries the text shows.",
               "Site chunk markers kept as debris, never labelled: '1、' glued before the title (title line 1; the "
               "title label leaves it out), '2、' in the middle of the 活动时间 value ('活动时间为' / "
               "'2、：10月1日至10月31日'), and '3、' in the middle of the phrase '“五个一”活动' in 四、（三）.",
               "三、活动时间 (phases, other accepted): the month '10月1日至10月31日' is an optional overall phase, its "
               "dates standing two lines below the heading (after the broken '活动时间为'); no required phase.",
               "活动目的 goals (guidance accepted); 四、活动内容 goals with three run-in headings （一）–（三） "
               "('（一）深入开展老龄宣传活动。…', text cut at the first 。). The page ends mid-sentence in （三）."],
        units=["各村委会"],
        extra_phases=[
            dict(name="活动时间", start_text="10月1日", end_text="10月31日", at="活动时间为", optional=True),
        ],
        text="""\
@T | 1、敬老月活动方案
今年10月28日是中华民族传统的敬老节日重阳节。为落实开展“敬老月”活动的要求，结合我镇实际，制定xxx开展“敬老月”活动实施方案。
@H1 sec=goals alt=guidance | 一、活动目的
通过“敬老月”活动贯彻党和政府的老龄工作方针政策，加大老年法的落实和宣传力度，增强全社会依法维护老年人权益的意识；弘扬尊老敬老的传统，动员社会组织、企事业单位和家庭为老年人办实事、献爱心，让老年人共享发展成果、安度晚年。
@H1 sec=other | 二、活动主题
“敬老月”活动的主题是：“关爱老年人”
@H1 sec=phases alt=other | 三、活动时间
活动时间为
2、：10月1日至10月31日
@H1 sec=goals | 四、活动内容
@H2 | （一）深入开展老龄宣传活动。“敬老月”期间，各村委会统一部署，用板报、横幅、标语等形式开展敬老宣传，倡导“培育敬老家风，建设和睦家庭”，引导社会组织、家庭和公民把关爱老人当作应尽的责任。
@H2 | （二）扎实开展老年维权优待活动。以维护老年人权益为重点宣传老年法规政策，落实优待政策，认真接待和处理老年人的信访诉求。
@H2 | （三）开展走访慰问送温暖活动。广泛开展“五个一”
3、活动，即帮扶一个特困老人、关爱一个空巢老人、探访一个患病老人、看护一个孤寡老人、推荐一个健康老人发挥作用，并开展走访慰问关
""",
    ),
]
