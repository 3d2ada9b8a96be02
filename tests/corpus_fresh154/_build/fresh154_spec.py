# -*- coding: utf-8 -*-
"""The 154th held-out fresh set: SCHEMES (实施方案 / 工作方案 / 行动方案) of county
and town governments, their departments and a state farm for special
campaigns (专项整治, 百日行动, 创建活动, a three-year village action), with
工作目标 / 整治范围 / 主要任务 / 实施步骤 (dated stages) / 要求与措施 parts,
two of them inside their issuing notice.  Found as stored public web pages
with the `search` tool's `pages` corpus (queries in notes_queries.txt).  None
of the source pages is a source of another set (checked against every
exclusion list, used_sources.tsv and label file under /work/main/tests/,
/work/fresh*/ and /work/wt-lead/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the store's
  half-width text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and masking are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.  This set's builder copy adds one
numbering class to common.py: the digit-full-stop characters ⒈ ⒉ ⒊ (U+2488…)
count as style 1. (as in corpus_fresh43 and corpus_fresh96).
"""

FRESH154_DOCS = [
    dict(
        name="fresh154_01_county_district_illegal_cemetery_cleanup_scheme",
        source="https://www.wnwk.com/doc/529543.html",
        doc_kind="scheme", partial=True,
        notes=["A two-month clean-up of illegal cemeteries in one county district ('XX县区'), decided by the city "
               "government ('市人民政府决定…'), from a document-sharing site that delivered one run-together block; "
               "split into lines at the heading boundaries it shows. One title line.",
               "The text has been through a synonym-replacing converter: '标准丧葬行为' (规范), '整顿原那么' (原则), "
               "'处分金' (处罚金), '播送' (广播), '广阔市民' (广大). The heading '三、整顿原那么' keeps the garble; "
               "so do the items under it (the bodies were rewritten in plain words).",
               "二、整顿范围 (the objects of the clean-up: goals, other accepted) and 三、整顿原那么 (how each case is "
               "handled: guidance as a 原则 heading, measures accepted) each hold three （一）–（三） statements, "
               "labelled items.",
               "四、实施步骤 shows one stage before the page ends: '（一）宣传发动阶段（5月22日至5月31日）', a required "
               "phase, with its first task '1、广泛深入地开展宣传活动。…' (run-in heading, level 3); the page ends "
               "mid-sentence after a comma."],
        units=["市人民政府", "村委会"],
        text="""\
@T | XX县区非法公墓清理整顿工作方案
为加强殡葬管理、规范丧葬行为、倡导文明健康的丧葬方式，并节约土地、保护环境，依据国务院《殡葬管理条例》和xx省殡葬管理办法，市人民政府决定用两个月时间集中清理整顿xxXX县区的非法公墓，特制定本方案。
@H1 sec=guidance | 一、指导思想
以殡葬法规为依据深化殡葬改革，重点整顿XX县区乱建公墓、乱埋乱葬等突出问题，规范殡葬市场秩序，鼓励骨灰撒葬、树葬、花葬、草坪葬和深埋不留坟头墓碑等新葬法，倡导文明节俭办丧的新风。
@H1 sec=goals alt=other | 二、整顿范围
@I2 | （一）凡在XX县区规划区范围内，利用集体土地开发建设经营性公墓，未办理审批手续的。
@I2 | （二）原为农村村民设置的公益性墓地，未办理审批手续或从事经营行为的。
@I2 | （三）在XX县区的耕地、林地、风景名胜区、文物保护区、水库河流堤坝、水源保护区和铁（公）路两侧乱埋乱葬的。
@H1 sec=guidance alt=measures | 三、整顿原那么
@I2 | （一）非法经营性公墓一律取缔，没收非法所得并处分金。
@I2 | （二）原为农村村民设置的公益性墓地，要办理相关审批手续，有对外出售行为的，停止经营，没收非法所得并处分金；对不符合城市规划要求的，予以封存，只出不入，由村委会选择新址，按程序报批。
@I2 | （三）对在城乡结合部、耕地、林地、风景名胜区、文物保护区、水库河流堤坝、水源保护区和铁（公）路两侧的零星坟头、散墓，限期迁移；逾期不迁移的，就地深埋，绿化覆盖，不留坟头标记。
@H1 sec=phases | 四、实施步骤
@H2 phase=宣传发动阶段;5月22日;5月31日 | （一）宣传发动阶段（5月22日至5月31日）
@H3 | 1、广泛深入地开展宣传活动。借助广播、电视、报纸等媒体宣传殡葬改革的政策法规，讲清专项整治对净化社会风气、节约土地、保护生态和减轻群众办丧负担的意义，引导市民自觉革除丧葬陋习，
""",
    ),
    dict(
        name="fresh154_02_county_truck_overload_hundred_days_scheme",
        source="https://m.wenke99.com/p-4726965.html",
        doc_kind="scheme", partial=True,
        notes=["A county government's '百日行动' against overloaded lorries, from a document-sharing site that "
               "delivered one run-together block (split at the heading boundaries). One title line.",
               "Every digit of the dates and of the document number is masked with '*' ('*月*日', "
               "'自*0*年*月*日至*0*年*月*日', '交公路发*0*4号'), and so are the item numbers of 二、整治内容: '*.整治…', "
               "'*.落实…'. The items are labelled with the literal numbering '*.' (numbering style none, since the "
               "class of a masked digit cannot be given).",
               "The overall period of the 百日行动 sits in the opening paragraph with masked dates: an optional phase. "
               "The 5% target in 一、 is a figure, not a date.",
               "The page ends inside the second item ('…货物运输装')."],
        units=["县政府"],
        extra_phases=[
            dict(name="百日行动", start_text="*0*年*月*日", end_text="*0*年*月*日", at="自*0*年*月*日至*0*年*月*日",
                 optional=True),
        ],
        text="""\
@T | 货车超限超载治理百日行动方案
为落实*月*日全省治理货车改装超限超载电视电话会议精神，加大对货车违法超限超载的打击力度，保护群众生命财产安全，县政府决定自*0*年*月*日至*0*年*月*日在全县开展货车超限超载治理“百日行动”。为确保行动顺利实施，依据交通运输部等五部门关于进一步做好货车非法改装和超限超载治理工作的意见（交公路发*0*4号），结合本县实际制定本方案。
@H1 sec=goals | 一、工作目标
借“百日行动”进一步健全“政府主导、部门联动”的治超执法联动机制，规范执法措施，压实重点货源单位和涉车企业的监管责任，把全县治超路段的超限超载率控制在5%以内，形成有效的治超长效机制，使货运市场更有序、道路安全形势持续好转。
@H1 sec=goals alt=measures | 二、整治内容
@I2 num=*. | *.整治路面货车违法超限超载行为，重点是县境内国道、省道上的货运车辆，尽量让过境重载车辆绕开县城行驶。
@I2 num=*. | *.落实重点货源企业（单位）源头监管责任，对县内园区企业、物流企业、矿山、砂场等货物运输装
""",
    ),
    dict(
        name="fresh154_03_county_safe_county_creation_scheme",
        source="https://m.777doc.com/doc-4233347.html",
        doc_kind="scheme", partial=True,
        title_override="青河县争创自治区优秀平安县实施方案",
        notes=["A county's scheme for its campaign to be named an autonomous-region '优秀平安县' (target year 2015), "
               "from a document-sharing site that delivered one run-together block; split at the heading boundaries.",
               "The PDF page numbers '—1—' and '—2—' are kept where the page put them: '—1—' glued before the title "
               "(title line kept with it; the title label leaves it out) and '—2—' inside the body of 三、. Debris, "
               "never labelled.",
               "'三、工作重点。以平安建设…' is a run-in heading ending in 。 (automatic cut). 四、创建措施及工作步骤 is "
               "labelled measures with phases accepted: the stored part shows only its first measure, "
               "'（一）强化优秀平安县创建宣传工作，营造浓厚的创建氛围。…' (run-in, level 2), and ends mid-word ('…的认'). "
               "No stage with dates is visible.",
               "The figures of 二、总体目标 (2015年, 95%, 80%, '三率一感') are targets, not phases."],
        units=["各乡（镇）", "各部门（单位）"],
        text="""\
@T | —1—青河县争创自治区优秀平安县实施方案
为推进社会管理创新、落实各项防范措施、全面深化平安建设，扎实推动创建自治区优秀平安县，结合全县实际制定本方案。
@H1 sec=guidance | 一、指导思想
贯彻党的十八大和上级政法、维稳工作会议精神，以健全维稳长效机制为核心、落实责任制为抓手、夯实综治维稳基层基础为根本、巩固提升平安建设为载体，推动优秀平安创建持续深入，为县域经济发展、民族团结、社会稳定和群众安居乐业营造良好环境。
@H1 sec=goals | 二、总体目标
以争创自治区优秀平安县为总目标，整合社会资源、完善工作体系和机制，织密覆盖全县的社会治安防控网络；力争到2015年，全县95%以上的乡（镇）、部门（单位）、村和社区达到自治区平安建设标准，80%以上的乡（镇）被命名为自治区级优秀平安乡镇，群众“三率一感”达到95%以上，使青河县跻身全疆优秀平安县之列。
@H1 sec=goals alt=measures | 三、工作重点。以平安建设“细胞工程”创建活动为载体，—2—以创新综治维稳工作方法措施为内容，巩固深化“平安乡镇”、“平安村（社区）”、“平安单位”、“平安家庭”等创建成果，确保创建活动取得新成效。
@H1 sec=measures alt=phases | 四、创建措施及工作步骤
@H2 | （一）强化优秀平安县创建宣传工作，营造浓厚的创建氛围。宣传是创建工作的重要内容，各乡（镇）、各部门（单位）以及企业、学校、医院、村（社区）、站所要逐级召开动员大会，通过宣传进一步提高社会各界和广大群众对创建“自治区优秀平安县”、“优秀平安乡（镇）”的认
""",
    ),
    dict(
        name="fresh154_04_county_six_beauties_village_action_notice_scheme",
        source="http://www.nbxinxi.com/a/sanmenxian/20210629/349697.html",
        doc_kind="scheme", partial=True,
        notes=["A county government's three-year village campaign ('计划通过3年时间…', 建设“六美三门”乡村行动) inside "
               "its issuing notice. The stored page starts at the addressee (no notice title, no document number; the "
               "site's '朗读' button was dropped): addressee, one-sentence notice, signature 三门县人民政府, date "
               "2017年1月24日 (body lines), then the scheme's title (the only title line).",
               "The scheme shows 一、工作目标 with its body and then the bare heading '二、时间安排', where the stored "
               "page ends: no stage is visible, so there are no phases (the '3年' in 一、 is a duration in a goal).",
               "The opening's '经县政府同意，现将…通知如下：' is a lead-in, not a heading."],
        units=["三门县人民政府"],
        text="""\
各乡镇人民政府、街道办事处，县政府直属各单位：
现将《三门县建设“六美三门”乡村行动实施方案》印发给你们，请认真抓好实施。
三门县人民政府
2017年1月24日
@T | 三门县建设“六美三门”乡村行动实施方案
为落实省委“两美”战略和县委建设“六美三门”的要求，按照“一镇一韵、一村一景”的导向，坚持“点线面共进、农文旅共融”，推进全县美丽村庄、美丽田园、美丽鱼塘、美丽庭院整治提升，沿交通主干道连线打造农家乐，确保建成省级美丽乡村建设示范县。经县政府同意，现将实施方案通知如下：
@H1 sec=goals | 一、工作目标
围绕“六美三门”建设目标，坚持政府主导、多方参与，突出重点、分步实施，标本兼治、长效管理，计划用3年时间全面整治村庄、农田、鱼塘周边环境并完善基础设施，推进美丽庭院建设、鼓励庭院经济，优化农家乐布局、扶持特色农家乐，打造村庄优美、田园整洁、产业合理的美丽乡村，成功创建省级美丽乡村建设示范县。
@H1 sec=phases | 二、时间安排
""",
    ),
    dict(
        name="fresh154_05_town_rural_toilet_renovation_scheme",
        source="http://6dgww.com/Article/3817563.html",
        doc_kind="scheme", partial=True,
        title_override="下仓镇××××年农村改厕实施方案",
        notes=["A township's plan for rural toilet renovation (下仓镇, under 蓟县), from a collection site. Two title "
               "lines: the site's title with the year filled in ('二○○四年') and the document's own with the year "
               "masked ('××××年'); the label takes the document's own and marks both as title lines. The masked date "
               "line '××××年×月×日' under them is a body line.",
               "The figures of the targets were blanked in the source ('到年…达到以上', '共有农村户厕座'); the rewritten "
               "body keeps the blanks. A stray line holding only '：' (the colon of '一、指导思想' pushed onto its own "
               "line) is kept, not labelled.",
               "三、改厕工作重点 lists three target groups '⒈…⒉…⒊…' (digit-full-stop characters, style 1.), labelled "
               "items. Under 四、 the unnumbered run-in sentence headings '改厕的模式。…' and '卫生厕所的标准。…' are "
               "level-2 headings (kind inherited: goals, other/requirements accepted on the parent).",
               "五、实施步骤 shows one stage, '（一）准备阶段（×月×日至×月×日）', whose dates are masked: an optional "
               "phase. Its first task '⒈制定改厕方案。…' (run-in heading, level 3) carries the site's watermark "
               "'（更多精彩文章来自“秘书不求人”）' inside the word 所定, kept as debris. The site's paywall line "
               "'（未完，全文共2240字，当前显示650字）' is kept (never labelled); its prompt line after it was dropped."],
        units=["镇改厕办公室"],
        extra_phases=[
            dict(name="准备阶段", start_text="×月×日", end_text="×月×日", at="（一）准备阶段（×月×日至×月×日）",
                 optional=True),
        ],
        text="""\
@T | 下仓镇二○○四年农村改厕实施方案
@T | 下仓镇××××年农村改厕实施方案
××××年×月×日
按照蓟县人民政府对今年改厕工作的安排部署，结合本镇实际，现对全镇今年的改厕工作作如下安排：
@H1 sec=guidance | 一、指导思想
：
今年全镇改厕工作以“三个代表”重要思想为指导，紧扣县委、县政府的工作思路，借创建卫生镇、卫生村之机，以农村改厕为突破口改善农民生活环境、增进群众健康，掀起农村改厕热潮，从根本上改变农厕落后的状况。
@H1 sec=goals | 二、总体目标：
依照蓟县改厕规划，到年全县卫生厕所普及率要达到以上，基本实现无害化。全镇现有农村户厕座，到××××年末已完成座，要实现到年达到以上的目标还需完成座，今年计划完成座农厕改造。
@H1 sec=goals alt=other | 三、改厕工作重点：
按照县政府农村改厕的基本要求，改造对象主要是各村户厕，重点是：
@I2 | ⒈小城镇建设及创建明星小康村的农户。
@I2 | ⒉各村养殖小区建设的农户。
@I2 | ⒊新审批的农村住宅及平房翻新改造的农户。
@H1 sec=goals alt=other,requirements | 四、改厕的模式及标准：
@H2 | 改厕的模式。以污水三格化粪池式为主，包括脚踏水冲式和瓢泼水冲式；三格化粪池的厕屋须建在院内，化粪池可建在院外。
@H2 | 卫生厕所的标准。要做到“四有四无”，即有墙、有顶、有门窗、有三格化粪池，厕内清洁基本无蝇蛆、无异味，贮粪池有盖不渗漏，粪便经无害化处理。
@H1 sec=phases | 五、实施步骤：
@H2 | （一）准备阶段（×月×日至×月×日）
@H3 | ⒈制定改厕方案。各村结合本村实际制定具体实施方案和措施，所（更多精彩文章来自“秘书不求人”）定方案须切实可行，摸清底数、登记入册，如实上报镇改厕办公室。
（未完，全文共2240字，当前显示650字）
""",
    ),
    dict(
        name="fresh154_06_town_river_cleanup_action_notice",
        source="https://99xueshu.com/w/filer68ym09f.html",
        doc_kind="scheme", partial=True,
        title_override="小江镇2017年“清河行动”实施方案",
        notes=["Sample 1 of a collection page ('小江镇《清河行动》实施方案(精选9篇)'): a township government's notice "
               "issuing its 2017 '清河行动' scheme. The site's collection title, date and sample number were dropped. "
               "The visible part is almost all notice: notice title, addressee, one paragraph, four numbered "
               "requirements, signature 小江镇人民政府, then the date '2017年8月2日' with the scheme's title glued to it "
               "on one line (as the page has it), the scheme's opening paragraph, and a bare '一、' where the page ends "
               "(dropped: nothing follows the marker).",
               "Title: the scheme's own title; both the notice-title line and the date+title line are title lines.",
               "The notice's '1、…' to '4、…' are enumerated requirements (deadlines 2017年8月30日前 and 11月30日前 for "
               "filing the village plans and summaries): labelled items at level 1, kind requirements. The source's "
               "'与2017年8月30日前' (for 于) is kept in the item. No required heading and no phase is visible in "
               "this document.",
               "The opening paragraph of the scheme (what the 清河行动 covers) is body."],
        units=["小江镇人民政府", "镇河长办", "各村（居）委会", "“河长制”各责任站所"],
        text="""\
@T | 关于印发《小江镇2017年“清河行动”实施方案》的通知
各村（居）委会、“河长制”各责任站所：
《小江2017年“清河行动”实施方案》已由镇河长制领导小组审议通过，现予印发，请结合实际认真执行，具体要求如下：
@I1 sec=requirements | 1、各村（居）委会、“河长制”各责任单位要履行好职责，按照《小江镇2017年“清河行动”实施方案》的要求，制定各专项整治行动方案，与2017年8月30日前报镇河长办备案。并与2017年11月30日前将专项整治行动工作总结报镇河长办。
@I1 sec=requirements | 2、各牵头责任单位要履行好“河长制”镇级责任站所的职责，在专项整治工作过程中需其他部门配合的，各站所要通力配合，扎实有效开展工作。
@I1 sec=requirements | 3、镇河长办将会同镇级责任站所开展检查督导，确保“清河行动”取得实效。
@I1 sec=requirements | 4、各村（居）委会、责任站所要及时把专项整治行动过程中的特色、亮点文字、图片、视频材料报镇河长办（电子邮箱：848381948@qq.com）。
小江镇人民政府
@T | 2017年8月2日 小江镇2017年“清河行动”实施方案
为落实《小江镇实施“河长制”工作方案》《小江镇2017年“河长制”工作要点》等文件要求，推进本镇生态文明先行示范区建设、保护江河湖泊和生态环境，决定在全镇实施“清河行动”：深入整治河湖“乱占乱建、乱围乱堵、乱采乱挖、乱倒乱排”等突出问题，严厉打击非法侵占水域岸线、擅自取水排污、非法采砂采矿洗矿、倾倒废弃物以及电鱼、毒鱼、炸鱼等违法犯罪行为，从源头清理各类污染源，重点是“清洁河流水质、清除河道违建、清理违法行为”。
""",
    ),
    dict(
        name="fresh154_07_town_funeral_rectification_scheme_page2",
        source="https://98523.com/fanwen/gongwenchuli/hdfa/201112/160209_2.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["Page 2 of a township's funeral-reform rectification plan on a collection site (the page-1 URL was "
               "not used). It starts in the middle of a sentence inside the last stage of the missing 三、 and ends "
               "mid-word ('…上报镇殡'). No title line; title null.",
               "Enclosed ideograph numbering ㈠㈡㈢㈣ (style ㈠). '㈣迎接检查（8月底前）' is the fourth stage of the "
               "missing 三、: level 2 under the top level shown (四、 is level 1), level 1 accepted; a required phase "
               "with only an end, '8月底前' (the stage's own date, written as a deadline).",
               "四、要求与措施 (requirements, measures accepted) holds three ㈠–㈢ run-in title lines with their bodies on "
               "the next line, and under ㈢ a line-initial '一是健全殡葬管理组织网络。…' (run-in heading, level 3, "
               "style 一是).",
               "The 市殡改办 only inspects (superior body, not a unit). 2009年 and 3月5日前 are context and a deadline, "
               "not phases."],
        units=["行政村", "殡葬整改工作领导小组"],
        text="""\
覆盖达不到标准的要继续做好动员，仍不按要求整改的将组织拆除或平毁。
@H2 sec=phases lvlalt=1 phase=迎接检查;;8月底前 | ㈣迎接检查（8月底前）
汇总资料、建档立案并上报自查总结，迎接市殡改办8月底组织的专项整治检查验收。
@H1 sec=requirements alt=measures | 四、要求与措施
@H2 | ㈠加强领导，提高认识
各级要从全局和战略高度重视殡葬改革，形成镇牵头、行政村为责任主体、齐抓共管的工作机制。2009年市委、市政府已把殡葬改革列入对乡镇的年度综合考核，镇今年也将其纳入对行政村的年度考核：年终评比奖励，整改不力的村通报批评，驻村、联村干部一并专项考核。党员干部要带头执行殡葬法规，违规葬坟的给予党纪政纪处分；从下一届村级换届起，遵守殡葬改革政策法规列为村两委干部的任职条件之一。
@H2 | ㈡广泛宣传，营造氛围
各行政村要通过广播、标语、墙报等多种方式宣传殡葬政策法规以及殡葬改革的重要性和必要性，增强群众的殡葬改革和生态环保意识，让移风易俗、厚养薄葬深入人心，确保墓葬秩序规范、生态葬法有效推行；党员干部要带头宣传、自觉执行。
@H2 | ㈢健全组织，规范管理
@H3 | 一是健全殡葬管理组织网络。镇设殡葬管理员（由民政助理员兼任），各行政村发挥村两委干部作用、指定专人管理本村殡葬事务，建立镇、行政村两级监管网络；各行政村成立殡葬整改工作领导小组，由村主要领导任组长，名单于3月5日前上报镇殡
""",
    ),
    dict(
        name="fresh154_08_town_illegal_villa_rectification_scheme",
        source="https://www.sodocs.net/doc/5f14439807.html",
        doc_kind="scheme", partial=True,
        notes=["A township's special action against illegally built villas (违建别墅), from a document-sharing site. "
               "The site's breadcrumb and two header copies of the title were dropped; the document's own title, "
               "which the page glued to the opening sentence, was split onto its own line (the only title line).",
               "All three headings are run in with their bodies: '一、整治范围。…', '二、清理要求。…', '三、职责分工。…' "
               "(automatic cut at the first 。). Under 二、 the three points are numbered with a masked digit 'x.' "
               "inside the same line ('…。x.本次清查…。x.清查整治…。x.饮用水…'): markers in the middle of a line, not "
               "labelled.",
               "三、职责分工 runs the units as 'name：duty' clauses inside the line (镇规环办：… 自然资源所：… 镇农服中心："
               "一是负责…); the page breaks that line in the middle of a sentence after '一是负责', so the next line "
               "starts '饮用水水源保护区…' and holds '二是负责…' and '各村（居）：…' in its middle (not labelled). The "
               "page ends mid-sentence.",
               "No steps or dates are visible."],
        units=["镇规环办", "自然资源所", "镇农服中心", "各村（居）"],
        text="""\
@T | 乡镇违建别墅违法建筑整治专项行动方案
为贯彻总书记重要讲话精神和中共中央办公厅《关于X省委、X市委在X境内违建别墅问题上严重违反政治纪律以及开展违建别墅专项整治情况的通报》精神，按照中、市、县专项整治部署，结合全镇实际，制定本专项治理工作方案。
@H1 sec=goals alt=other | 一、整治范围。按照严守底线、突出重点、分类处理、集中打击的要求全面排查，并突出重点范围，对集中饮用水源地、河道、自然保护区等区域一并排查。
@H1 sec=goals alt=requirements,other | 二、清理要求。x.本次清查整治的违建别墅，包括违法违规建设、审批的“别墅”类房地产，以及具有“别墅”风格的经营性项目、私家庄园和私人别墅。x.清查整治不影响合法合规房地产项目的正常开发和经营，重点整治破坏生态、群众反映强烈的违建别墅。x.饮用水水源保护区、河道、自然保护区划定前已建成的别墅和农民自建自用房，不列入本次清查整治范围。
@H1 sec=responsibilities | 三、职责分工。镇规环办：牵头汇总上报，制定清查整治方案等。自然资源所：核对督查项目的土地手续和建筑工程审批情况，核查生态红线范围内已批项目，鉴定违建别墅性质。镇农服中心：一是负责
饮用水水源保护区、河道、自然保护区范围内的核查清单及边界等工作。二是负责饮水源地、河道范围内的核查清单及边界等工作。各村（居）：对照生态红线界定情况，对所辖范围进行全面
""",
    ),
    dict(
        name="fresh154_09_state_farm_river_clearing_action_scheme",
        source="https://m.wnwk.com/doc/1889945.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="农场开展河道清水活动方案",
        notes=["A state farm's (农场, '我场', a township-level unit) 2023 river-clearing action, titled 活动方案 but "
               "calling itself 实施方案 (scheme; activity_plan accepted). From a document-sharing site that delivered "
               "one block with chunk markers: '1、' before the title (title line kept with it; the title label leaves "
               "it out), '2、' at a line start in the middle of a list ('三支河' / '2、1.6公里；…') and '3、' in the "
               "middle of a phrase ('…总结验收四' / '3、个阶段。'). Debris, never labelled.",
               "The source says '按照先急后缓、长效管理的原那么' (converter garble of 原则) in a body line; the body was "
               "rewritten. It also announces '发动布置、集中整治、总结验收四个阶段' (three names, 'four' stages): kept.",
               "五、实施步骤: the overall period '从2023年4月25日起，至2023年12月止' is an optional phase; the stages are "
               "unnumbered label lines with the dash between their dates lost, '发动布置阶段4月25日4月30日' and "
               "'集中整治阶段5月4日11月30日' (level 2, required phases, bodies on the next line). The page ends inside "
               "the second stage's body.",
               "The deadlines of 四、主要任务 (2023年4月启动、9月底前完成) are not phases."],
        units=["保洁队", "2023年河道清水行动工作领导小组"],
        extra_phases=[
            dict(name="河道清水行动", start_text="2023年4月25日", end_text="2023年12月", at="从2023年4月25日起",
                 optional=True),
        ],
        text="""\
@T | 1、农场开展河道清水活动方案
为加快本场河道整治、提升防洪排涝能力、恢复和维护河道生态、推进水生态文明建设、实现人水和谐，经研究决定在本辖区开展河道清水行动，特制定本实施方案。
@H1 sec=guidance | 一、总体思路
按照先急后缓、长效管理的原则，全面开展河道清障、保洁和清淤连通工作。
@H1 sec=goals | 二、治理目标
以“河畅、水清、岸绿、景美”为目标，在相关部门加快控源截污、补充生态水源的基础上，通过清障、保洁、清淤疏浚和水系沟通等专项整治，解决河道“脏、堵、臭”问题，让河水清起来、活起来，营造宜居的水生态环境。
@H1 sec=goals alt=other | 三、治理范围
星港河1.8公里；二支河1.9公里；三支河
2、1.6公里；海堤沟2公里；五星河1.9公里。
@H1 sec=goals alt=measures | 四、主要任务
开展河道清障工作，2023年4月启动、2023年9月底前完成；本场已基本完成清障，目前以保洁为主，由2人组成保洁队，每天保洁一次。
建立常态保洁机制巩固清障成果：按水岸协同原则，清淤清障完成后由保洁队打捞清理河道内的生产生活垃圾、水葫芦、杂草和枯枝烂叶等漂浮物，并做好常态保洁等后续管理。
2023年4月全面启动，9月底前完成总长9.2公里、4.77平方公里的河道垃圾打捞清理。
@H1 sec=phases | 五、实施步骤
本次河道清水行动从2023年4月25日起，至2023年12月止，分为发动布置、集中整治、总结验收四
3、个阶段。
@H2 phase=发动布置阶段;4月25日;4月30日 | 发动布置阶段4月25日4月30日
成立2023年河道清水行动工作领导小组，召开动员会，制定具体实施方案并部署落实。
@H2 phase=集中整治阶段;5月4日;11月30日 | 集中整治阶段5月4日11月30日
按照河道清水行动的部署，结合实际集中时间和力量，有重点、分步骤地开展河道清障、河道保洁、河道清淤连通等
""",
    ),
]
