# -*- coding: utf-8 -*-
"""The thirteenth held-out fresh set: real Chinese plans, schemes, activity
plans and reports written by health bodies (a hospital, a town health
centre, a township central health centre, an attending physician), schools
(a Qingdao school, a Nanjing middle school, a university's Youth League
committees, kindergartens) and two communities, found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of shared/corpus-dev
or tests/corpus_fresh .. tests/corpus_fresh12.  HELD OUT: never tune an
importer on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  download notices, site blurbs, collection titles, sample numbers, hidden-
  text notices) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored (times such as 8:30 keep the colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH13_DOCS = [
    dict(
        name="fresh13_01_hospital_smoking_ban_scheme",
        source="https://m.wenke99.com/p-9716747.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A hospital's (masked XXX) scheme for a full smoking ban. The page repeats the title with PDF "
               "spacing ('X X XX 医院 禁烟实施方案'); the document-name form is kept as the single title line.",
               "二、工作目标 has three （一）-（三） numbered paragraphs (items). The date 'XXX 年 7 月 1 日起' in （三） "
               "is a target inside a goal, not a phase. The page ends in the first item under （一）加强领导，完善组织."],
        units=["控烟工作领导小组"],
        text="""\
@T | XXX医院禁烟实施方案
@H1 sec=guidance | 一、指导思想
为落实XXX市卫生局、XXX县卫生局关于医疗卫生系统全面禁烟的工作实施方案，本院开展禁烟活动，宣传吸烟危害，提高职工对控烟的认识，营造健康和谐的医院环境，保证控烟工作落到实处。
@H1 sec=goals | 二、工作目标
@I2 | （一）建立较完善的禁烟组织领导系统和督导评估体系，保证医院工作场所和室内公共场所全面禁烟。
@I2 | （二）健全控烟工作网络，加强专业指导，开展控烟宣传倡导，提高控烟和戒烟服务能力。
@I2 | （三）从XXX 年 7 月 1 日起，室内公共场所和工作场所全面禁烟，做到禁烟区无人吸烟、无烟具烟蒂、标识醒目无缺失、劝阻指导有效、宣传形式多样，到XXX 年底建成无烟医院。
@H1 sec=measures | 三、工作措施与方法
@H2 | （一）加强领导，完善组织
@I3 | 1、成立控烟工作领导小组，院长任组长，各副职领导任副组长，相关职能部门负责人为成员
""",
    ),
    dict(
        name="fresh13_02_town_elderly_health_check_plan",
        source="https://m.ruiwen.com/fangan/6625394.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["First sample of a collection page titled '社区老年人健康讲座活动方案'; the sample heading (sample "
               "number dropped) is the title line, although its text is a town's (xx镇) plan for free health checks "
               "of residents over 65.",
               "三、领导小组 lists no names on the page (the line ends with a colon); the rewritten line says only that "
               "a group is formed. The operating flow '20xx年65岁以上老年人免费体检工作操作流程：' is a level-2 heading "
               "under 四、 with undated steps 第一步-第五步 as items; the page ends in 第五步, kept as the fragment."],
        units=["xx镇卫生院"],
        text="""\
@T | 社区老年人健康讲座活动方案
为落实《国家基本公共卫生服务规范》，向辖区65岁以上居民免费提供基本公共卫生服务，推进服务均等化并加强项目管理，结合本镇实际，制定xx镇老年人（65岁以上）体检计划。
@H1 sec=goals | 一、20xx年工作目标
通过老年人健康管理服务项目，为老人做生活方式健康危险因素调查和一般体格检查，给予疾病预防、自我保健、伤害预防和自救等指导；已确诊的原发性高血压、Ⅱ型糖尿病、肿瘤等慢性病患者纳入慢性病健康管理。
@H1 sec=other alt=goals | 二、服务对象
辖区内65岁以上常住居民。
@H1 sec=responsibilities | 三、领导小组
活动在xx镇政府领导下进行，各部门相互配合，组成体检领导小组。
@H1 sec=measures | 四、宣传发动工作
由xx镇政府召集全镇村组干部学习规范中的老年人体检要求，村组干部当面通知65岁以上老人并发放宣传单，xx镇医院组织乡村医务人员摸底造册。
@H2 sec=phases alt=measures | 20xx年65岁以上老年人免费体检工作操作流程：
@I3 | 第一步：各村卫生室工作人员为65岁以上老年人登记造册；
@I3 | 第二步：xx镇卫生院公共卫生科核对登记表，印制体检通知单；
@I3 | 第三步：村组干部须在体检前3天把通知单送到每位体检对象手中；
@I3 | 第四步：体检对象按规定时间集中到xx镇卫生院体检；
@I3 | 第五步：xx镇卫生院体检工
""",
    ),
    dict(
        name="fresh13_03_community_world_no_tobacco_day_plan",
        source="https://panghu123.pics/doc/1212703605.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["First sample of a collection page '区控烟的工作计划(精选11篇)' (blurb and sample number dropped); the "
               "sample heading is the title line. The writer is 龙翔苑社区, planning for World No Tobacco Day.",
               "The day '5月31日' inside item 2 is the date of a task, not a phase. Two 一、 headings with items; the "
               "visible part ends after 二、 (the next sample begins)."],
        units=[],
        text="""\
@T | 区控烟的工作计划
5月31日是世界卫生组织发起的世界无烟日，按照市、区爱卫会的工作精神，结合龙翔苑社区实际，制定本计划。
@H1 sec=measures | 一、广泛学习宣传《烟草控制框架公约》，加大控烟与健康知识的传播力度
@I2 | 1、结合世界无烟日主题学习宣传《烟草控制框架公约》，开展控烟主题宣传，及时报道各部门的控烟活动，营造清洁禁烟的社会环境。
@I2 | 2、世界无烟日5月31日当天社区设宣传点，借板报、橱窗、广播、电子屏和横幅开展控烟咨询、义诊等健康教育。
@I2 | 3、依托社区学校组织学生参加“拒吸第一支烟，做不吸烟的新一代”签名、“劝阻家长戒烟行动”和控烟小组评比，倡导健康生活方式。
@I2 | 4、深入开展控烟综合干预，反复向群众讲吸烟的危害和戒烟的方法。
@H1 sec=measures | 二、落实公共场所禁烟措施
把公共场所控烟纳入创建全国文明城市工作和本部门工作计划，订立控烟规章制度，做到有考核、有奖惩。
办事处和社区要有醒目的禁烟标志、专（兼）职劝阻人员和灭烟沙盘，做到无吸烟现象、无烟草广告、无烟具、无烟头。
""",
    ),
    dict(
        name="fresh13_04_community_elderly_health_week_activity_plan",
        source="https://120fl.com/wordwendang/201693.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A community's plan for the 2022 'Elderly Health Publicity Week' (page title '社区2022年老年健康宣传周"
               "活动实施方案2篇' and file blurb dropped; the document's own title is the title line).",
               "The week '7月25日—31日' under 二、活动时间 is the overall activity period (optional phase). （一）-（三） "
               "under 三、 are run-in headings cut at the first '。'; the 1.-3. lines under （三） are items. The page "
               "ends mid-heading '（二）组建老', kept as the fragment."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="7月25日", end_text="31日", at="7月25日—31日")],
        text="""\
@T | 社区关于开展2022年“老年健康宣传周”活动方案
为普及老年健康科学知识和相关政策，增强老年人在新冠疫情常态化防控中的健康意识，提升其健康素养，营造有利于老年人健康生活的环境，社区按相关文件要求决定开展2022年“老年健康宣传周”活动。
@H1 sec=other alt=goals | 一、活动主题
改善老年营养，促进老年健康。
@H1 sec=other alt=phases | 二、活动时间
7月25日—31日
@H1 sec=measures | 三、活动内容
@H2 | （一）做好老年人新冠疫情常态化防控工作的宣传。
新冠属乙类传染病，按甲类采取防控措施；老年人多、免疫力弱，属易感和高危人群，要加强防控指南宣传，帮助老人和家人科学认识、预防疾病。
@H2 | （二）宣传老年健康相关政策。
重点讲清建立完善老年健康服务体系的政策精神，以及省、市、区的老年健康服务政策。
@H2 | （三）宣传老年健康知识。
@I3 | 1.正确认识衰老。帮助老人树立科学的衰老观，明白慢性病和功能退化是随年龄增长的必然生理过程。
@I3 | 2.老年健康核心信息。普及20条老年健康核心信息。
@I3 | 3.老年宜居环境建设。介绍适合老年人的环境特点，营造安全、便利、舒适、无障碍的宜居环境。
@H1 sec=measures | 四、活动安排
@H2 | （一）开设老年健康大讲堂引领老年人“懂健康知识、做健康老人”。
大讲堂设在社区老年活动中心，请老年健康领域专家用通俗的方式讲健康知识，带动老人增长知识、陶冶情操、促进健康。
@H2 | （二）组建老
""",
    ),
    dict(
        name="fresh13_05_kindergarten_spring_outing_activity_plan",
        source="https://www.027art.com/fanwen/chfa/383283.html",
        doc_kind="activity_plan", partial=True,
        notes=["A kindergarten's spring-outing plan for 2012 (site category '策划方案' and posting date dropped).",
               "Unnumbered label headings with a colon (活动意义：, 活动时间：…, 活动地点：…, 活动准备：, 安全保障措施：) "
               "are level 1; under 活动准备： the 一、/二、 lines are level 2 and the 1、-9、 lines items, with ①-⑤ "
               "under item 8. The single day '2012年3月25日' is the activity period (optional, start only); '4月7日' "
               "in item 7 is a task date, not a phase. The page ends after the first safety measure."],
        units=["园务委员会", "家委会"],
        extra_phases=[dict(name="活动时间", start_text="2012年3月25日", end_text=None, at="活动时间：2012年3月25日")],
        text="""\
@T | 2012年三月幼儿园春游活动方案
@H1 sec=goals num=none | 活动意义：
借春游让幼儿感受大自然之美，从小养成爱护环境、爱护自然的情操。
@H1 sec=other num=none text=活动时间 | 活动时间：2012年3月25日（8:30→11:00）
@H1 sec=other num=none | 活动地点：实小→微园→文化广场。
@H1 sec=measures alt=requirements num=none | 活动准备：
@H2 | 一、各班呈交春游活动计划
@H2 | 二、温馨提示准备工作如下
@I3 | 1、班牌
@I3 | 2、哨子（话筒）
@I3 | 3、幼儿联系电话通讯录
@I3 | 4、小奖品
@I3 | 5、各班自备活动用具
@I3 | 6、家长志愿者安排：大班2人、中班4人、小班6人
@I3 | 7、4月7日各班提前上一节春游安全教育活动
@I3 | 8、通知家长：
@I4 | ①春游时间（8:30→11:00）
@I4 | ②春游地点（微园→文化广场）
@I4 | ③春游准备：食物、水、餐巾纸、垃圾袋、双肩背包、中大班园服、运动鞋
@I4 | ④上午11:00在文化广场统一接，下午不再上课
@I4 | ⑤活动延伸：画、谈春游所见所想（并和家长交流）
@I3 | 9、清点人数，记录缺席者姓名：各班出发前、到达目的地后、活动结束前
@H1 sec=requirements num=none | 安全保障措施：
@I2 | 1、 加强管理和监督措施。保教主管把各环节安全防范落实到人；班主任是班级安全第一责任人，园务委员会三位老师、园长和家委会成员全面负责出游安全，教师组织活动、维持纪律，各班另配家长协助。
""",
    ),
    dict(
        name="fresh13_06_kindergarten_may_day_activity_plan",
        source="https://misszhubo.com/jiaoxueziyuan/huodongfangan/51527.html",
        doc_kind="activity_plan", partial=True,
        notes=["First sample of a collection page '幼儿园五一劳动节活动方案' (blurb and sample number dropped); the "
               "sample heading is the title line.",
               "Item numbering under 二、活动安排 repeats '3、' (kept). '5月1日上午8:00' is the single-day activity "
               "time (optional phase, start only). The page then hides most of its text ('此处隐藏…'), so the "
               "document stops after the last visible item."],
        units=["各班班主任"],
        extra_phases=[dict(name="活动时间", start_text="5月1日", end_text=None, at="1、活动时间")],
        text="""\
@T | 幼儿园五一劳动节活动方案
五一劳动节快到了，为让孩子们过一个快乐又有意义的节日，本园将举办庆五一特色课汇演和亲子游园，让每个孩子都参与、大胆表现、体会节日的快乐，特制定本方案。
@H1 sec=goals | 一、活动目标
@I2 | 1、让家长和孩子感受节日气氛，培养幼儿的表演才能，体验上台表演的快乐与自豪。
@I2 | 2、加强家园联系、社区合作和幼小衔接，形成共同教育的合力。
@I2 | 3、用展牌向家长和社会展示幼儿素质教育成果，树立本园形象，深化办园特色。
@I2 | 4、以家庭为单位按游戏规则参加各组竞赛游戏，增进亲子合作，体验节日快乐。
@H1 sec=other | 二、活动安排
@I2 | 1、活动时间：5月1日上午8:00
@I2 | 2、活动地点：幼儿园内。
@I2 | 3、参与人员：全园幼儿、家长、教师。
@I2 | 3、音响、摄像：
@I2 | 4、安全工作：各班班主任
""",
    ),
    dict(
        name="fresh13_07_attending_physician_work_report",
        source="https://21ks.net/haowen/69994.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A collection page titled '社区工作者述职报告精选(九篇)' whose first article actually holds an attending "
               "physician's (orthopaedics) annual work report; the sample heading '主治医师工作述职报告1' (sample number "
               "dropped) is the title line. Collection blurbs dropped; salutation kept.",
               "Two 一、 headings (achievements); under 二、 the 一是/二是 run-in points are items. The page ends "
               "mid-word ('实施手'), kept as the fragment."],
        units=[],
        text="""\
@T | 主治医师工作述职报告
尊敬的领导：
您好！
一年来，我在科主任领导下认真做好各项医疗工作，全面履行主治医师的岗位职责。
@H1 sec=achievements | 一、加强政治业务学习，不断提高自身素质
一年来积极参加医院组织的各类学习，坚持学以致用，把学习和工作结合起来相互促进；通过参加医院评比活动对照先进查找差距，思想、作风、纪律以及工作标准、质量和效率都有明显提高。
@H1 sec=achievements | 二、认真负责地做好医疗工作
“救死扶伤，治病救人”是医务工作者的职责，我本着对患者负责的态度做好各项工作。
@I2 | 一是坚持业务学习不放松。持续学习骨科学理论新成果，全年记业务笔记5万字，写工作报告2份、业务论文4篇。
@I2 | 二是坚持“精益求精，一丝不苟”的原则，热情接待每位患者，认真对待每台手术，工作质量受到社会好评。全年共计接待患者200人，实施手
""",
    ),
    dict(
        name="fresh13_08_health_centre_smoke_free_application_report",
        source="https://xiexiebang.com/a5/2019051312/61d11ad0240c7ffe.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township central health centre's (黄渠桥中心卫生院, 平罗) application report for the 'smoke-free unit' "
               "title, the first piece of a collection page '无烟医院申报材料' (site blurb and '第一篇：' dropped). The "
               "title is a slogan line followed by a subtitle line starting with a dash run; both are title lines.",
               "一、基本情况 (background) is split into three paragraphs at the sentence groups the page shows; the "
               "page ends in the first sentence under 二、, kept as the fragment."],
        units=[],
        text="""\
@T | 积极营造良好控烟环境，创建和谐文明的工作氛围
@T | ------黄渠桥中心卫生院创建无烟单位申报材料
按照卫生局创建无烟医疗机构的工作安排，本院积极行动，致力于消除烟草危害、营造文明和谐的工作环境，现将创建无烟卫生院的情况汇报如下：
@H1 sec=background | 一、基本情况
本院建于1952年，位于平罗北端，距县城15公里、距惠农区30公里，109国道穿过；是国家举办的非营利医疗卫生单位，集医疗、预防、保健、计划生育、健康教育和村卫生室业务培训于一体，占地8000平方米，建筑面积4840平方米（业务用房3800平方米），是城镇职工医保和新农合定点医院。
服务黄渠桥镇14个行政村126个自然队，常住人口约1.9万、流动人口约1万；设2个门诊部、1个住院部和内、外、妇产、儿、中医、口腔、检验、放射、B超等14个科室。
干部职工33人（三支一扶1人、特岗见习医师1人），其中医师14人、护士4人、药剂师2人、检验技师1人、其他卫技人员4人、工勤人员5人；开放床位20张，基本满足群众就医需求。
@H1 sec=achievements | 二、创建无烟卫生院工作情况
创建无烟先进单位是进一步加强
""",
    ),
    dict(
        name="fresh13_09_middle_school_mental_health_centre_term_plan",
        source="https://www.njzhzx.net/Item/Show.asp?d=10588&m=1",
        doc_kind="plan", partial=True,
        notes=["A Nanjing middle school's (南京市中华中学) mental-health education centre plan for the first term of "
               "2025-2026, from the school's own site. The term line and the plan name are two title lines.",
               "二、学期奋斗目标 has three '1.' goal items (run-in, text cut at the first sentence mark by the builder); the "
               "page ends after the third item. No dated phases are visible."],
        units=["心理健康教育中心"],
        text="""\
@T | 2025-2026学年第一学期
@T | 南京市中华中学心理健康教育中心工作计划
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为遵循，贯彻党的二十届四中全会精神，对照《全面加强和改进新时代学生心理健康工作专项行动计划（2023—2025年）》收官要求和《教育强国建设规划纲要（2024—2035年）》，落实江苏省“润心”行动；坚持立德树人和生命健康第一，践行幸福教育和“四生教育”（生命、生活、生涯、生态），打造“哲・心・思”融合育人样态，健全家校社协同的心理健康工作格局，培养学生“自尊自信、理性平和、乐观向上”的心理品质。
@H1 sec=goals | 二、学期奋斗目标
@I2 | 1.响应上级“润心”行动要求，践行幸福教育理念，强化“四生教育”，完善“哲·心·思”融合育人路径，优化学生成长的教育生态。
@I2 | 2.细化操作流程，强化安全预警，健全“健康教育、监测预警、咨询服务、干预处置”四位一体工作体系；按“预防为主”原则加强心理普测和危机干预，配合上级做好数据上报和风险研判。
@I2 | 3.夯实基础工作，开设覆盖各年级的心理健康校本课程，并按学生需求调整内容。
""",
    ),
    dict(
        name="fresh13_10_primary_school_textbook_drama_contest_plan",
        source="http://www.sn.qdedu.net/newsInfo.aspx?pkId=195259",
        doc_kind="activity_plan", partial=False,
        notes=["A Qingdao school's plan for a campus textbook-drama (课本剧) contest in May 2011, from an education "
               "site; the stored page starts at 一、 and shows no title line (title null). The plan looks complete.",
               "Key-value headings '二、 活动主题：…' etc. keep the space after '、'. '三、 活动时间：2011年5月24日——5月26日' "
               "is the overall period (optional). Under 六、 时间安排： the three day rows (kept as body, as the page has "
               "them) are three dated phases, each a single afternoon (start only), placed by extra_phases."],
        units=["大队部"],
        extra_phases=[
            dict(name="活动时间", start_text="2011年5月24日", end_text="5月26日", at="三、 活动时间"),
            dict(name="一年级、四年级展演", start_text="5月24日", end_text=None, at="5月24日（周二）", optional=False),
            dict(name="二年级、三年级展演", start_text="5月25日", end_text=None, at="5月25日（周三）", optional=False),
            dict(name="五年级、六年级展演", start_text="5月26日", end_text=None, at="5月26日（周四）", optional=False),
        ],
        text="""\
@H1 sec=goals | 一、 活动目的：
为推进素质教育、全面提升中小学生的综合艺术素养，结合青岛市第二十一届中小学生艺术节，本校举办校园课本剧大赛。
@H1 sec=other alt=goals | 二、 活动主题：向真、向善、向美、向上
@H1 sec=other | 三、 活动时间：2011年5月24日——5月26日
@H1 sec=other | 四、 参赛范围：一至六年级全体学生
@H1 sec=measures alt=requirements | 五、 活动准备：
@I2 | 1. 各班选好剧本、组建表演队伍，填写报名表交大队部
@I2 | 2. 各班认真排练，比赛当天交剧本文本稿
@I2 | 3. 请家长委员会的家长代表观看比赛并当评委
@I2 | 4. 设计制作课本剧展演评分表
@H1 sec=phases | 六、 时间安排：
5月24日（周二）下午：一年级 四年级
5月25日（周三）下午：二年级 三年级
5月26日（周四）下午：五年级 六年级
@H1 sec=other alt=measures | 七、 活动流程：
@I2 | 1. 介绍与会的老师和家长代表
@I2 | 2. 各班依次展演课本剧
@I2 | 3. 评委打分
@I2 | 4. 公布展演评比结果
""",
    ),
    dict(
        name="fresh13_11_university_fun_maths_contest_plan",
        source="http://www.doczj.com/doc/e2a2d7e1561252d380eb6ed3.html",
        doc_kind="activity_plan", partial=True,
        notes=["China University of Mining and Technology's plan for its fifth 'fun maths' intelligence contest "
               "(April 2015), run by two school Youth League committees' contest departments. Site navigation and the "
               "document-name line dropped. The cover lines (university, contest name, date, organiser lines) are "
               "kept as body; the inner title '中国矿业大学第五届趣味数学智力赛策划书' is the title line.",
               "The organiser lists are kept as the page breaks them (continuation lines of unit names). The page "
               "ends in the first sentence under 三、活动宗旨 ('为了给我校广大数', kept). No dated phases are visible."],
        units=["环境与测绘学院团委科协竞赛部", "资源与地球科学学院团委学科竞赛部"],
        text="""\
中国矿业大学
第五届趣味数学智力赛
二〇一五年四月
主办方：共青团中国矿业大学委员会 共青团环境与测绘学院委员会
共青团资源与地球科学学院委员会
承办方：环境与测绘学院团委科协竞赛部 资源与地球科学学院团委学科竞赛部
协办方：矿业工程学院学生联合会科协竞赛部
安全工程学院科创协会
电力工程学院团委学生会学习部
@T | 中国矿业大学第五届趣味数学智力赛策划书
@H1 sec=other | 一、活动名称
中国矿业大学第五届趣味数学智力赛
@H1 sec=background | 二、活动背景
培养大学生的科技创新能力是国家和社会的需要，也是时代的主题；进入21世纪，人才成为发展的主导因素，而科技能力是优秀人才必备的素质。
继去年举办第四届之后，今年扩大规模举办第五届。智力赛把数学和趣味结合起来，让同学们轻松地解数学题，学到课本以外的知识，掌握灵活的思维方法，培养科学探索精神；趣味数学的题材从初等算术、代数一直延伸到泛函分析、拓扑学等分支。
@H1 sec=goals | 三、活动宗旨
为了给我校广大数
""",
    ),
    dict(
        name="fresh13_12_town_kindergarten_autumn_enrolment_plan",
        source="https://m.taodocs.com/p-741806607.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["First sample of a document page '秋季幼儿园招生方案(5篇)' (upload blurb, file data and sample number "
               "dropped); the sample heading is the title line. The writer is 港口镇中心幼儿园, but the stored text is "
               "damaged: part of 一、 and the heading of the materials section are lost (the text jumps from item 1 to "
               "a fragment '婆之一的，…' and '3、独生子女证原件。'), and step （四） names 新城幼儿园. Kept as the page has it.",
               "'（二）非深户适龄儿童需要准备的材料' is a level-2 heading whose level-1 parent is lost (level 1 accepted). "
               "Under 六、工作程序 the four （一）-（四） steps are dated run-in headings and phases: a deadline-only step "
               "'4月24日前' (end only), a single day, a two-day span '5月9日至10日' and a single morning. The "
               "deadline '5月10日下午6:00' inside step （三） is not a phase. The page ends mid-word ('地')."],
        units=[],
        text="""\
@T | 秋季幼儿园招生方案
港口镇中心幼儿园20xx年秋季招生工作启动，现将相关事项公布如下。
@H1 sec=other alt=requirements | 一、招生对象及条件
@I2 | 1、3-6岁、身体健康、智力正常、能正常参加集体活动的适龄儿童。
婆之一的，幼儿须与其在同一户口本上，或出具公安部门的亲属关系证明；
3、独生子女证原件。
@H2 sec=requirements lvlalt=1 | （二）非深户适龄儿童需要准备的材料
@I3 | 1、适龄儿童出生证原件，儿童及父母双方的户口本和在深居住证原件；
@I3 | 2、住房材料与深户适龄儿童相同；
@I3 | 3、父母至少一方持本市劳动保障部门的社会保障卡或本市市场监管部门登记的营业执照副本（二选一）；
@I3 | 4、母亲提供《流动人口计划生育服务证》。
@I3 | 5、独生子女证原件。
@H1 sec=phases | 六、工作程序
@H2 phase=制定招生方案和招生公告;;4月24日 | （一）4月24日前制定招生方案和招生公告。
@H2 phase=发布招生公告;4月27日; | （二）4月27日在幼儿园门口和网站发布招生公告，电子屏滚动招生信息，并给全园家长发招生短信。
@H2 phase=发放报名申请表;5月9日;10日 text=（三）5月9日至10日发放报名申请表，5月10日下午6:00截止，地点在幼儿园门卫室 | （三）5月9日至10日发放报名申请表，5月10日下午6:00截止，地点在幼儿园门卫室。
@H2 phase=报名验证;5月16日; | （四）5月16日上午，家长带孩子、持《新城幼儿园学位申请表》和学位申请材料原件（不需复印件），在申请表规定的时间段到园报名验证。地
""",
    ),
]
