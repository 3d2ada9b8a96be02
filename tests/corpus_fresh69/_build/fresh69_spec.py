# -*- coding: utf-8 -*-
"""The sixty-ninth held-out fresh set: ONE-OFF EVENTS AND CAMPAIGNS.
Activity plans and schemes (活动方案 / 实施方案 / 工作方案 / 活动安排 / 策划方案)
for festivals, volunteer days and months, reading campaigns, library
service weeks, a union reading activity, a safety-education month and a
company sports meet, by two schools, a city (its summer volunteer
campaign), a subdistrict's volunteer association, a district, two public
libraries, a city federation of trade unions, a city education bureau and
a company.  The focus is how the schedule, the organising committee
(组长 / 副组长 / 成员, 主任 / 委员) and the division of work (主办单位 /
主要负责人, 责任单位, 负责部门, 领队) are given in real, varied forms.
Found as stored public web pages with the `search` tool's `pages`
corpus.  None of the source pages is a source of an earlier set (checked
against every label file and every used-source list under /work; list of
the ten URLs in /work/fresh69/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, 导语, collection titles, sample numbers,
  upload metadata) was dropped.
- Heading, title, key-value and schedule lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the
  source are kept.  Personal names (committee members, team leaders) and
  telephone numbers were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH69_DOCS = [
    dict(
        name="fresh69_01_middle_school_art_festival_division_plan",
        source="https://56404.com/fanwen/VKjxPd5xA0.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A middle school's plan for its sixth campus culture and art festival. The committee is given as "
               "key-value lines under numbered group headings (1、组委会 with '主 人：XX' — the source's typo for 主任 — "
               "副主任, 成 员 with empty slots '、、、'; 2、工作小组; 3、宣传组 and 4、后勤保障组 with one 负责人 line each): "
               "the group names are level-2 headings (responsibilities), the key-value lines are body.",
               "五、活动内容及分工 combines content and division of work: each activity is a level-2 heading with its "
               "dates in the line ('2、舞蹈比赛（4月20日）', '1、开幕式和校园歌手大赛：20XX年4月13日在操场举行'); under it "
               "'（1）主办单位：…' and '（2）主要负责人：XXX' are items of kind responsibilities (section_alt goals, the "
               "parent's kind). '（3）单项活动及负责人：' is an item followed by six unnumbered '…负责人：XXX' body lines.",
               "Dates: 二、活动时间 says 20XX年11月 while the activities are dated in April (the source's inconsistency, "
               "kept). The overall time and every dated activity are optional phases (a schedule of events, not "
               "stages); the document has no required phase.",
               "The page ends inside '6、绘画、书法比赛（4月12日——4月25日）' (its '（1）主' fragment was dropped)."],
        units=["政教处", "团委", "学生会", "教导处", "语文组", "体育组"],
        extra_phases=[
            dict(name="活动时间", start_text="20XX年11月", end_text=None, at="二、活动时间", optional=True),
            dict(name="开幕式和校园歌手大赛", start_text="20XX年4月13日", end_text=None, at="1、开幕式和校园歌手大赛", optional=True),
            dict(name="舞蹈比赛", start_text="4月20日", end_text=None, at="2、舞蹈比赛", optional=True),
            dict(name="黑板报手抄报比赛", start_text="4月4日", end_text="4月21日", at="3、黑板报手抄报比赛", optional=True),
            dict(name="征文比赛", start_text="4月1日", end_text="4月20日", at="4、征文比赛", optional=True),
            dict(name="体育类系列活动", start_text="4月14日", end_text="4月27日", at="5、体育类系列活动", optional=True),
            dict(name="绘画、书法比赛", start_text="4月12日", end_text="4月25日", at="6、绘画、书法比赛", optional=True),
        ],
        text="""\
@T | 中学第六届校园文化艺术节方案
为丰富校园文化生活、深化学校艺术教育特色，给全体学生搭建展示才艺的舞台，推动素质教育，学校决定举办第六届校园文化艺术节；为明确分工、落实责任，保证各项工作顺利开展，制定本方案。
@H1 sec=other | 一、主题：展青春风采，建和谐校园
@H1 sec=phases alt=other | 二、活动时间：20XX年11月
@H1 sec=other | 三、参加人员：全体学生
@H1 sec=responsibilities | 四、组织机构
@H2 | 1、组委会
主 人：XX
副主任：XXX、XXX
成 员： XXX、、、、
@H2 | 2、工作小组
组长：XXX
成员：XXX、、、
@H2 | 3、宣传组
负责人：XXX
@H2 | 4、后勤保障组
负责人：XXX
@H1 sec=goals alt=responsibilities | 五、活动内容及分工
在学校统一指导下，调动学生的积极性和创造性，因地制宜开展形式多样、健康高雅的系列活动。具体活动内容如下：
@H2 | 1、开幕式和校园歌手大赛：20XX年4月13日在操场举行
@I3 sec=responsibilities alt=goals | （1）主办单位：政教处、团委、学生会
@I3 sec=responsibilities alt=goals | （2）主要负责人：XXX
@H2 | 2、舞蹈比赛（4月20日）
@I3 sec=responsibilities alt=goals | （1）主办单位：团委、政教处
@I3 sec=responsibilities alt=goals | （2）主要负责人：XX
@H2 | 3、黑板报手抄报比赛（4月4日——4月21日）
@I3 sec=responsibilities alt=goals | （1）主办单位：团委
@I3 sec=responsibilities alt=goals | （2）主要负责人：XXX
@H2 | 4、征文比赛（4月1日——4月20日）
@I3 sec=responsibilities alt=goals | （1）主办单位：政教处、教导处、语文组
@I3 sec=responsibilities alt=goals | （2）主要负责人：XXX、、、
@H2 | 5、体育类系列活动（4月14日——4月27日）
@I3 sec=responsibilities alt=goals | （1）主办单位：教导处、体育组
@I3 sec=responsibilities alt=goals | （2）主要负责人：XXX、、、
@I3 sec=responsibilities alt=goals | （3）单项活动及负责人：
篮球比赛负责人：XXX
跳绳比赛负责人：XXX
高一篮球比赛负责人：XXX
高二篮球比赛负责人：XXX
高一跳绳比赛负责人：XXX
高二跳绳比赛负责人：XXX
@H2 | 6、绘画、书法比赛（4月12日——4月25日）
""",
    ),
    dict(
        name="fresh69_02_experimental_school_first_art_festival_plan",
        source="http://ybwxxc.cn/fwn/wenmi/cehuafangan/78946.html",
        doc_kind="activity_plan", partial=True,
        notes=["An experimental school's plan for its first campus culture and art festival (the school is 'XX实验学校' in "
               "the text and '瑞华实验学校' in the committee's name, as in the source). The page is a copy of a 学习啦 "
               "article; its breadcrumb and an unrelated 导语 about a 六一 speech were dropped.",
               "Site debris kept on purpose and never labelled: the spam string '爱上海' injected at the start of "
               "paragraphs, with three spaces after it, also in front of an item ('爱上海   2、师生书画作品展；', "
               "labelled as the item with num and text set by hand: the debris is not part of it).",
               "Headings are '一、…：' label lines with the value on the next line; 三、活动形式 lists five activities as "
               "items (1、…5、, mixed end punctuation ；/。/none). 四、活动时间 carries its value on the same line "
               "('20XX年X月1日—25日', optional overall time). 五、主办 is a one-line heading with its value "
               "(responsibilities).",
               "六、组织机构: the committee lines '主 任：' '副主任：' '委 员：' are body; the members' names were dropped, so "
               "the lines are empty; the page ends inside the 委员 list."],
        units=["XX实验学校"],
        extra_phases=[
            dict(name="活动时间", start_text="20XX年X月1日", end_text="25日", at="四、活动时间", optional=True),
        ],
        text="""\
@T | 首届校园文化艺术节策划方案
@H1 sec=goals alt=guidance | 一、活动的目的意义：
爱上海   本着校园文化重在育人的原则，以“让教师实现人生的价值，让学生享受成功的快乐”的办学理念为指导，组织系列文艺体育活动，丰富校园生活，发掘学生潜能、培养审美情趣，营造高雅文明的校园氛围；同时借迎接元旦之机，展示师生风采和学校办学成效，扩大学校影响、增强凝聚力。
@H1 sec=other | 二、艺术节主题：
我校首届艺术节以“青春旋律·和谐校园”为主题。
爱上海   学校虽然年轻，却充满活力；要用艺术记录前进的脚步，用文化丰富校园的内涵，唱响青春旋律。
@H1 sec=goals alt=other | 三、活动形式：
@I2 | 1、教室设计大赛
@I2 num=2、 text=2、师生书画作品展 | 爱上海   2、师生书画作品展；
@I2 | 3、初中部广播体操比赛
@I2 | 4、高中部创新作文比赛。
@I2 | 5、元旦文艺晚会；
@H1 sec=phases alt=other | 四、活动时间：20XX年X月1日—25日
@H1 sec=responsibilities | 五、主办：XX实验学校
@H1 sec=responsibilities | 六、组织机构
为加强对艺术节的组织领导，学校成立“瑞华实验学校首届校园文化艺术节组委会”，组成人员如下：
主 任：
副主任：
委 员：
""",
    ),
    dict(
        name="fresh69_03_city_summer_volunteer_service_plan",
        source="http://yiwenmi.cn/fangan/70019.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample on a collection page ('社区志愿服务活动方案完整版(精选10篇)', dropped as a site title): a "
               "city's summer volunteer-service campaign (the places and units are those of 绵阳: 涪江、安昌江, 科学城办事处, "
               "绵投集团). The stored text starts at 一、; there is no title line.",
               "Division of work: after each task line '1、社区、小区。…' a separate key-value line '责任单位：…' names the "
               "responsible units; these lines are body, the units are listed in units. The four task lines are "
               "level-3 run-in headings (short title + 。 + body); under 二、 the content lines are statements (items).",
               "The site drops the character 文 throughout (不明现象, 明常识, 艺演出, 化进社区, 明交通); the bodies were "
               "rewritten, and the heading keeps the source's '三、集中开展明交通劝导志愿服务活动'.",
               "Each campaign has its own '（一）活动时间' heading with the period on the next line "
               "('20__年7月2日—9月2日'). These are overall periods, labelled optional; the builder places optional "
               "periods by the first line containing a string, so the identical period of 二、 (line 15, a substring "
               "of line 3) could not be placed and is not labelled (a tool phase named 活动时间 still matches by name).",
               "The page ends in the heading fragment '（二）参加人', kept as a bare heading."],
        units=["各区、园区、科学城办事处", "市级各部门、各单位", "市水务局", "绵投集团", "市交通运输局"],
        extra_phases=[
            dict(name="活动时间", start_text="20__年7月2日", end_text="9月2日", at="20__年7月2日—9月2日。", optional=True),
            dict(name="活动时间", start_text="20__年7月2日", end_text="9月2日", at="每天上午8:00—9:00", optional=True),
        ],
        text="""\
@H1 sec=goals | 一、集中开展环保志愿服务活动
@H2 sec=phases alt=other | （一）活动时间
20__年7月2日—9月2日。
@H2 | （二）活动内容
@H3 | 1、社区、小区。组织志愿者把城乡结合部、城中村、背街小巷、绿化带和小区楼院的卫生死角彻底清扫一遍，整治乱扔垃圾、乱堆乱摆、乱贴乱画、私拉乱接、跨门经营等不文明现象。
责任单位：各区、园区、科学城办事处
@H3 | 2、办公区域。各机关、学校、企业集中清理本单位办公区、作业区、家属院及下属单位公共区域的卫生。
责任单位：市级各部门、各单位
@H3 | 3、城区河道。重点清理涪江、安昌江、芙蓉溪、平政河河道和三江码头一带的烟头、纸屑、塑料袋等生活垃圾和建筑垃圾，制止违规垦地种植。
责任单位：市水务局、绵投集团
@H3 | 4、道路沿线。清理铁路和城区进出口道路沿线的垃圾杂物。
责任单位：市交通运输局，各区、园区、科学城办事处
@H1 sec=goals | 二、集中开展进社区志愿服务活动
@H2 sec=phases alt=other | （一）活动时间
20__年7月2日—9月2日
@H2 sec=other | （二）参加人员
千名干部进社区联系部门（单位）的志愿者
@H2 | （三）活动内容
@I3 | 1、帮助社区抓好基层党建，和社区干部一起理清思路、明确任务，听取群众意见，推动各项工作落实。
@I3 | 2、在社区开展政策宣讲和法治、文明常识、核心价值观宣传活动。
@I3 | 3、组织文艺演出、阅读推广、赠送书籍、文艺骨干培训等文化志愿服务，依托现有公共文化场馆开展学雷锋志愿服务。
@I3 | 4、为空巢老人、残疾人和困难家庭提供家政服务、送清凉等关爱服务，帮助解决实际困难。
@H1 sec=goals | 三、集中开展明交通劝导志愿服务活动
@H2 sec=phases alt=other | （一）活动时间
20__年7月2日—9月2日。每天上午8:00—9:00，下午17:00—18:00。其他时间酌情安排。
@H2 sec=other | （二）参加人
""",
    ),
    dict(
        name="fresh69_04_subdistrict_volunteer_day_plan",
        source="https://010zaixian.com/shiyongwen/cehuashu/2748310.htm",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A subdistrict's community volunteer-day plan, organised by the 街道社区志愿者协会 (the text calls itself "
               "'实施方案'); the site's own blurb under the title was dropped. The source's anti-copy quote "
               "(志愿者工作的'发展需要) is kept in the rewritten opening.",
               "三、时间安排 is a one-morning programme: two time-slot items '1、社区志愿者活动日启动仪式9:00——9:30；' and "
               "'2、开展志愿服务活动9:30——11:30。' (optional phases), followed by the key-value body line "
               "'地点：蒙山社区苗庄小区广场。' (not labelled).",
               "四、参与人员 and 五、活动内容 carry their value on the next line; the division of work is in 六、工作要求 "
               "1、 ('各单位分会要安排专人负责…'). The page ends inside 2、 ('…与群众'), kept as the fragment."],
        units=["街道社区志愿者协会", "各单位分会"],
        extra_phases=[
            dict(name="社区志愿者活动日启动仪式", start_text="9:00", end_text="9:30", at="启动仪式9:00", optional=True),
            dict(name="开展志愿服务活动", start_text="9:30", end_text="11:30", at="开展志愿服务活动9:30", optional=True),
        ],
        text="""\
@T | 社区志愿者活动策划案
为推动社区志愿服务常态化、规模化，扩大志愿者工作的社会影响，营造良好的舆论氛围，根据志愿者工作的'发展需要，街道社区志愿者协会决定发起社区志愿者日活动，特制定本实施方案。
@H1 sec=other | 一、活动主题
弘扬志愿精神，构建和谐社区。
@H1 sec=guidance | 二、指导思想
以“发动群众、服务群众”为宗旨，借志愿者活动日广泛宣传“奉献、友爱、互助、进步”的志愿者精神，让社区群众了解、配合并参与志愿者工作。
@H1 sec=phases alt=other | 三、时间安排
@I2 | 1、社区志愿者活动日启动仪式9:00——9:30；
@I2 | 2、开展志愿服务活动9:30——11:30。
地点：蒙山社区苗庄小区广场。
@H1 sec=other | 四、参与人员
街道有关领导、各社区及有关部门志愿者、社区群众
@H1 sec=goals | 五、活动内容
志愿者招募宣传、创建卫生城市宣传、法律咨询、心理咨询、医疗服务、家电维修
@H1 sec=requirements | 六、工作要求
@H2 | 1、加强组织领导。各单位分会指定专人负责，按街道协会的统一要求组织人员准时参加。
@H2 | 2、确保活动纪律。各分会按时足额到场并维持好本单位秩序；志愿者统一着装、佩戴工作证，在指定位置上岗，言行文明、耐心服务，不得迟到早退、擅自离岗或与群众
""",
    ),
    dict(
        name="fresh69_05_district_reading_campaign_scheme",
        source="https://ee001.com/fangan/321496.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["The first sample of a collection page ('全民阅读实施方案(通用5篇)', a site title, dropped with the sample "
               "number): a district's 'book-fragrance' reading campaign for 20xx, tied to the civilised-city drive. No "
               "title line of its own (the opening names it '“书香”──20xx全民阅读活动方案').",
               "四、组织架构 gives the organisers as key-value body lines; the first keeps the source's '办单位：' (主 lost). "
               "五、活动安排 gives each activity as a （一） heading with its responsible units in brackets after the "
               "full stop ('（一）“书香”——20xx全民阅读活动启动仪式。（责任单位：…）'); the heading text is cut at the 。. "
               "Under each: key-value body lines 时间：/地点：/内容：.",
               "三、活动时间 (20xx年4月—12月) and the dated activities (时间：4月22日。, 时间：4月——12月) are optional phases. "
               "The page ends inside the 内容 of （二）."],
        units=["区委宣传部（区文体旅游局）", "区直属机关党工委", "区教育局", "区总工会", "团区委", "区妇联", "区文明办",
               "区图书馆", "新华书店", "xx镇宣传文体办", "xx城市网"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年4月", end_text="12月", at="20xx年4月—12月", optional=True),
            dict(name="启动仪式", start_text="4月22日", end_text=None, at="时间：4月22日", optional=True),
            dict(name="低碳文明——手机阅读伴", start_text="4月", end_text="12月", at="时间：4月——12月", optional=True),
        ],
        text="""\
为推进我区公民教育品牌建设，持续开展“书香·全民阅读”活动，提升城市文化品位和市民素养，结合创建全国文明城市，制订“书香”──20xx全民阅读活动方案。
@H1 sec=goals alt=guidance | 一、活动目的
围绕20xx年xx市跨入“全国文明城市”行列的目标，以“悦读城市·升级文明”为主题，在机关、学校、社区（村）、企事业单位和行业协会中开展全民读书、经典诵读，把“书香·全民阅读”培育成我区公民教育品牌，推动文明城市建设。
@H1 sec=other | 二、活动主题
“悦读城市·升级文明”
@H1 sec=phases alt=other | 三、活动时间
20xx年4月—12月
@H1 sec=responsibilities | 四、组织架构
办单位：区委宣传部（区文体旅游局）、区直属机关党工委、区教育局、区总工会、团区委、区妇联、区文明办、区图书馆、新华书店。
媒体支持：珠江商报、电台分台、电视台分台、xx城市网。
@H1 sec=goals alt=phases | 五、活动安排
@H2 | （一）“书香”——20xx全民阅读活动启动仪式。（责任单位：区委宣传部（区文体旅游局）、区直属机关党工委、区教育局、区总工会、团区委、区妇联、区文明办、区图书馆、xx镇宣传文体办）
时间：4月22日。
地点：xx镇文化中心。
内容：宣布活动启动，现场安排“现场选书，即时借阅”、公共图书馆集群中心馆网站上线、年度阅读之星颁奖、经典诵读和书画表演。
@H2 | （二）“低碳文明——手机阅读伴”活动。（责任单位：区委宣传部、xx城市网）
时间：4月——12月
内容：面向全区手机用户，以手机阅读为载体充实“好学”手机网站内容，向全区
""",
    ),
    dict(
        name="fresh69_06_district_library_service_week_plan",
        source="http://dcqtsg.com/benguan/91.html",
        doc_kind="activity_plan", partial=True,
        notes=["A district library's plan for the 2014 library service-promotion week, posted on the library's own site "
               "(posting line and breadcrumb dropped).",
               "Label headings with colons: '一、活动时间： 2014年5月26日至6月1日' (a space after the colon; the overall "
               "week, optional phase), '二、活动主题：' over two numbered slogans (items, kind other), and "
               "'三、宣传重点： 结合…' run in with its body (text cut at the colon; kind goals, guidance accepted).",
               "四、活动项目: '1、做好阵地服务。…' is a run-in heading; 2、–5、 are statements without a title (items); "
               "'5、 开展…' keeps the source's space. The page ends at '6、' (dropped)."],
        units=["达川区图书馆"],
        extra_phases=[
            dict(name="活动时间", start_text="2014年5月26日", end_text="6月1日", at="一、活动时间", optional=True),
        ],
        text="""\
@T | 达川区图书馆2014年度图书馆服务宣传周活动安排
自1989年全国“知识工程”领导小组办公室把每年五月最后一周定为“图书馆服务宣传周”以来，已举办二十五届，这是图书馆宣传自身、展示服务的重要窗口。按照市级主管部门的安排，结合本馆实际，制定2014年度服务宣传周活动方案。
@H1 sec=phases alt=other | 一、活动时间： 2014年5月26日至6月1日
@H1 sec=other | 二、活动主题：
@I2 | 1、图书馆——传承优秀传统文化，建设民族精神家园。
@I2 | 2、文化强国——图书馆的责任与使命。
@H1 sec=goals alt=guidance | 三、宣传重点： 结合学习贯彻习近平总书记系列讲话精神，突出宣传图书馆在传承优秀文化、建设民族精神家园中的作用，以及它在培育社会主义核心价值观、提高公民素质、丰富群众文化生活方面的价值。
@H1 sec=goals | 四、活动项目
@H2 | 1、做好阵地服务。宣传周内各服务窗口不休息，抽调行政人员充实一线，提供空调、饮水等便民服务，免证阅览，办证和借阅从优。
@I2 | 2、宣传周期间免除读者历年所欠的图书逾期罚金，督促超期图书尽快归还，提高馆藏利用率。
@I2 | 3、启动“图书服务车”（即“流动图书馆”），定期把图书送到各服务网点，方便读者就近借阅。
@I2 | 4、电子阅览室优先向下岗职工、进城务工人员和经监护人同意的未成年人免费开放。
@I2 | 5、 开展送书下基层活动，让阅读走进社区，向店子梁社区赠书300册。
""",
    ),
    dict(
        name="fresh69_07_city_library_service_week_plan",
        source="https://m.zixin.com.cn/doc/3333531.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city library's plan for its service-promotion week (XX年, dates 5月25日–31日), from a document-sharing "
               "site whose conversion substitutes words (旳 for 的, 汇报 for 报告, 小朋友 for 儿童, 老式 for 传统, 告知 for "
               "通知); headings and key-value lines keep them ('、主题汇报会', '关爱贫困小朋友活动'). The store ran the "
               "text together; it was split at the boundaries it shows (a heading glued to the next key 时间/内容 was "
               "split there).",
               "Site chunk markers kept on purpose, never labelled: '1、' glued to the title line (title set by hand), "
               "'2、，方便…' at the start of a body line, and '3、广活动' cutting the heading '活动二：…阅读推广活动' in two: the "
               "heading line is labelled with the fragment it shows ('…流通点阅读推').",
               "'一、活动时间XX年5月25日31日' is a heading glued to its value without punctuation (text set by hand); the "
               "date range has lost its dash in the source ('5月25日31日', '5月25日5月31日'), kept. The first activity "
               "has lost its number ('、主题汇报会', numbering none). Activities 1–4 are level-2 headings with key-value "
               "body lines 时间：/地点：/内容：; '活动一：'…'活动四：' under 4、 are level-3 label headings (numbering "
               "token 活动一, style none).",
               "Optional phases: the overall week and each dated activity. The page ends in '活动四：XX市监狱、XX监狱、"
               "劳教所', kept as a bare heading."],
        units=["市图书馆"],
        title_override="XX年图书馆“服务宣传周”活动方案",
        extra_phases=[
            dict(name="活动时间", start_text="XX年5月25日", end_text="31日", at="一、活动时间", optional=True),
            dict(name="主题汇报会", start_text="XX年5月29日", end_text=None, at="时间：XX年5月29日", optional=True),
            dict(name="关爱贫困小朋友活动", start_text="XX年5月30日", end_text=None, at="时间：XX年5月30日", optional=True),
            dict(name="让图书回家-逾期还书免责活动", start_text="XX年5月25日", end_text="5月31日", at="时间：XX年5月25日5月31日", optional=True),
            dict(name="馆外流通点阅读推广活动", start_text="XX年5月25日", end_text="31日", at="时间：XX年5月25日31日", optional=True),
        ],
        text="""\
@T | 1、XX年图书馆“服务宣传周”活动方案
为落实党的十八大提出的开展“全民阅读”、政府工作报告提出的“倡导全民阅读，建设书香社会”等要求，按照中国图书馆学会和XX省文化厅关于“全民阅读”和少年儿童阅读年活动的部署，市图书馆在服务宣传周期间举办“经典阅读弘扬优秀老式文化”主题系列活动，安排如下：
@H1 sec=phases alt=other text=一、活动时间 | 一、活动时间XX年5月25日31日
@H1 sec=goals | 二、活动内容
@H2 num=none | 、主题汇报会
时间：XX年5月29日（周五）上午9:00
地点：一楼汇报厅
内容：请心理学老师开一场以“家庭教育”为主题的公益讲座，帮助市民正确认识家庭教育
2、，方便家长在家里做好教育。
@H2 | 2、关爱贫困小朋友活动
时间：XX年5月30日（周六）上午9:00
地点：一楼汇报厅
内容：帮扶贫困儿童，举行关爱仪式，捐献爱心，一起观看影片。
@H2 | 3、让图书回家-逾期还书免责活动
时间：XX年5月25日5月31日
地点：各借阅场所
内容：宣传周内归还的逾期图书一律免收滞纳金（损坏、丢失的除外），让在外的图书早日“回家”。
@H2 | 4、馆外流通点阅读推广活动
时间：XX年5月25日31日
@H3 num=活动一 | 活动一：山区小学流通点阅读推广活动
内容：为三所山区小学更换图书并开展阅读互动，帮助孩子养成阅读习惯。
@H3 num=活动二 | 活动二：XX市小朋友福利院流通点阅读推
3、广活动
内容：给福利院的孩子更换图书、讲读绘本，让他们感受读书的乐趣。
@H3 num=活动三 | 活动三：XX市特殊教育学校流通点阅读推广活动
内容：为特殊教育学校的学生更换盲文图书、放映无障碍电影。
@H3 num=活动四 | 活动四：XX市监狱、XX监狱、劳教所
""",
    ),
    dict(
        name="fresh69_08_city_union_reading_activity_plan",
        source="https://taowenge.com/p-94073907.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city federation of trade unions' reading activity (靖江市总工会) from a document-sharing site (its "
               "'《…》由会员分享' line dropped); conversion substitutions kept where they sit in headings and items "
               "(创立 for 创建, 效劳 for 服务). Chunk markers kept on purpose, never labelled: '1、' glued to the title "
               "line (title set by hand), '2、水平。' (a marker plus the tail of item 2) and '3、”要求：…' (a marker "
               "splitting item （2） '“书香家庭”要求' in two).",
               "The third 活动目的 item has lost its 、 ('3通过开展…', numbering token '3', style none) and carries a "
               "stray ” from the source.",
               "Phases: 六、活动实施过程 names two dated stages, required phases '1、活动发起阶段（2022年10月）' and "
               "'2、积极开展读书活动阶段（2022年11月-2022年5月）：' (the end year is the source's). 五、活动时间 "
               "'2022年10月-2022年10月' is the overall period (optional), inconsistent with the stages, kept. "
               "'10月中下旬' in the body is an event date, not a phase.",
               "一、活动意义 is background (guidance accepted); 四、活动目的 goals (guidance accepted), its points are items."],
        units=["靖江市总工会"],
        title_override="2023工会读书活动创意方案",
        extra_phases=[
            dict(name="活动时间", start_text="2022年10月", end_text="2022年10月", at="2022年10月-2022年10月", optional=True),
        ],
        text="""\
@T | 1、 2023工会读书活动创意方案
@H1 sec=background alt=guidance | 一、活动意义
读书是提升工会干部文化素养的重要途径，是长期积累、潜移默化的过程，能促进干部全面发展，营造内涵丰富的工会文化。靖江市总工会将在全体干部职工中开展读书活动，并把它作为一项重点工作。
@H1 sec=other | 二、活动对象
全体干部职工
@H1 sec=other | 三、活动主题
养成读书习惯创立书香工会
@H1 sec=goals alt=guidance | 四、活动目的
@I2 | 1、通过读书活动激发工会干部的阅读热情，开阔视野、增长学识、陶冶情操，提高综合素养。
@I2 | 2、通过系列活动逐步形成“书香工会”的特色，不断提升工会服务职工的
2、水平。
@I2 num=3 | 3通过开展形式多样的”读书活动，让读书学习融入生活和工作，推动各项工作更好开展。
@H1 sec=phases alt=other | 五、活动时间
2022年10月-2022年10月
@H1 sec=phases | 六、活动实施过程
@H2 phase=活动发起阶段;2022年10月; | 1、活动发起阶段（2022年10月）
10月中下旬在工会系统举行“书香溢工会、学问伴我行”启动仪式，向干部推荐书目、发出倡议，明确书香家庭、读书之星的评选标准，开辟“读书沟通园地”。
@H2 phase=积极开展读书活动阶段;2022年11月;2022年5月 | 2、积极开展读书活动阶段（2022年11月-2022年5月）：
@I3 | （1）工会干部利用业余时间有计划地读书，鼓励每人建立“采撷集”摘录经典名句。
@I3 | （2）“书香家庭
3、”要求：工会干部家庭藏书达到一定数量，形成家庭阅读习惯，每季度以文章形式完成一份家庭共读的
""",
    ),
    dict(
        name="fresh69_09_city_school_safety_month_scheme",
        source="https://max.book118.com/html/2019/0624/7012140154002034.shtm",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A city education bureau's scheme for the schools' 2019 safety-education month (贵港市), from a "
               "document-sharing site (file name, VIP badge and upload metadata dropped). The title is split over two "
               "lines, the first with the site's page marker 'PAGE 1 - ' in front (kept, title set by hand).",
               "三、组织领导: the leading group as key-value body lines '组 长：…' '副组长：…' '成 员：…' with one member per "
               "line (the source lists them after the key with spaces); the members' names were dropped, their posts "
               "kept, so the continuation lines are bare posts ('市教育局副局长'). None is labelled. The page ends in "
               "'领导小', kept as the fragment.",
               "The month itself (三月份) is stated in the opening, not as a dated line: no phase."],
        units=["市教育局"],
        title_override="2019年贵港市中小学幼儿园“安全教育月”活动工作方案",
        text="""\
@T | PAGE 1 - 2019年贵港市中小学幼儿园
@T | “安全教育月”活动工作方案
今年3月25日是第24个全国中小学生安全教育日。为加强学生安全意识教育、提高自我保护能力，市教育局决定将三月份定为学校“安全教育月”，制定本工作方案。
@H1 sec=guidance | 一、指导思想
以党的十九大精神为指导，以习近平新时代中国特色社会主义思想统领全市学校安全工作，落实全国和全区学校安全工作会议精神，抓住安全防范这条主线，开展多种形式的安全教育宣传，推进校园安全文化建设，增强师生安全意识。
@H1 sec=goals alt=guidance | 二、活动目的
营造安全教育氛围，通过宣传教育和演练普及中小学幼儿园安全知识与技能，提高师生自我保护能力，为学生成长创造良好环境。
@H1 sec=responsibilities | 三、组织领导
为加强对全市中小学“安全教育月”活动的领导，成立“安全教育月”活动领导小组如下：
组 长：市教育局局长、工委书记
副组长：市教育局副局长、调研员
市教育局副局长
市教育局党组成员（副处级）
市教育局副局长
市教育局副处级干部、基教科科长
市教育局副处级干部
成 员：市教育局办公室主任
市教育局人事科科长
市教育局财务基建科科长
市教育局职成教科科长
市教育局安全科科长
贵港市教育局勤工办主任
贵港市民办教育指导中心主任
领导小
""",
    ),
    dict(
        name="fresh69_10_company_staff_sports_meet_plan",
        source="https://777doc.com/doc-3512323.html",
        doc_kind="activity_plan", partial=True,
        notes=["A company's plan for its third staff sports meet (中纺控股, 2010), from a document-sharing site that ran "
               "the whole text, tables included, into one block; it was split at the boundaries the text shows. The "
               "site's breadcrumb title ('浙江中纺控股集团第三届职工运动会策划方案') was dropped; the document's own title "
               "is line 1.",
               "Before 一、: a banner line '中纺控股第三届职工运动会' (body) and two unnumbered label lines "
               "'主办单位：…' and '承办单位：…' (level-1 headings, responsibilities), whose units run together as in the "
               "source ('中纺控股党支部中纺控股工会团支部', '总经办人力资源部').",
               "Flattened table rows are body and never labelled, including one that starts like a numbering token "
               "('第一项目第二项目…') and the prize table ('篮球赛6支8（8男）488832'). The 领队 table lost the team leaders' "
               "names and telephone numbers (dropped); the team and draw letter are kept ('一分厂B').",
               "三、报名及比赛时间 is the schedule: two registration periods as level-2 headings (optional phases), the "
               "deadlines ①… and the meeting on 9月25日 as items (not phases), and the three rounds of the basketball "
               "contest as items carrying required phases (sequential stages: 小组赛 on three dates '9月25日、27日、29日', "
               "labelled with its first date as start and no end; 半决赛 10月7日; 总决赛 10月16日, start only). The opening gives 10月16日星期四, the "
               "final '10月16日（星期六）' (the source's inconsistency, kept).",
               "The page ends inside the prize table ('400米6支每队最多3人，男3女33')."],
        units=["中纺控股党支部", "中纺控股工会", "团支部", "总经办", "人力资源部"],
        extra_phases=[
            dict(name="篮球赛报名", start_text="2010年9月20日", end_text="25日", at="1、篮球赛报名时间", optional=True),
            dict(name="田径及拔河项目报名", start_text="2010年9月23日", end_text="30日", at="2、田径及拔河项目报名时间", optional=True),
        ],
        text="""\
@T | 2010中纺控股第三届职工运动会策划方案
为增强公司凝聚力、建设企业文化，增进职工之间的友谊，丰富业余生活，给个人和集体提供展示风采的舞台，公司定于2010年10月16日星期四举办“中纺控股第三届职工运动会”，有关事项安排如下：
中纺控股第三届职工运动会
@H1 num=none sec=responsibilities | 主办单位：中纺控股党支部中纺控股工会团支部
@H1 num=none sec=responsibilities | 承办单位：总经办人力资源部
@H1 sec=other alt=goals | 一、比赛项目：
第一项目第二项目第三项目第四项目第五项目第六项目
100米400米1000米4×100米接力拔河篮球赛
@H1 sec=other | 二、参加单位
一分厂（含业务科）二分厂（含业务科）三分厂（含业务科）整理厂（含业务科）行政（含新中纺行政）中纺纺织
@H1 sec=phases alt=other | 三、报名及比赛时间：
@H2 | 1、篮球赛报名时间：2010年9月20日—25日
@I3 | ①各领队请于9月25日前将运动员报名表提交人力资源部。
@I3 | ②定于9月25日在公司行政楼会议室召开领队联席会，并进行比赛抽签。
@H2 | 2、田径及拔河项目报名时间：2010年9月23日—30日
@I3 | ①各领队请于9月30日前将运动员报名表提交人力资源部。
@H2 | 3、篮球赛比赛时间
@I3 phase=小组赛;9月25日; | ①小组赛：9月25日、27日、29日下午14:00—18:00
@I3 phase=半决赛;10月7日; | ②半决赛：10月7日下午14:00—18:00
@I3 phase=总决赛;10月16日; | ③总决赛：10月16日（星期六）下午
@H1 sec=other | 四、比赛场地：萧山二职篮球场
@H1 sec=responsibilities | 五、领队名单：
分厂领队抽签号联系方式备注
一分厂B
二分厂A
三分厂E
整理厂C
行政F
中纺纺织D
@H1 sec=other | 六、参赛人数及奖项设置：
项目参赛队/支人数/名总人数冠军亚军季军参与奖
篮球赛6支8（8男）488832
拔河6支20（12男8女）120202080
100米6支每队最多3人，男3女33622230
400米6支每队最多3人，男3女33
""",
    ),
]
