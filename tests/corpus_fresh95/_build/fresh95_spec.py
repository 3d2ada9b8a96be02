# -*- coding: utf-8 -*-
"""The ninety-fifth held-out fresh set: WORK SUMMARIES AND DUTY REPORTS
(工作总结 / 述职报告 / 工作报告) by schools and their principals, a township
central school, a county forestry bureau, a county tax office's general
office, a city tax bureau, a county health bureau and a village committee,
chosen for headings that are sentences ('一、抓好队伍，共同提高。',
'（一）造林绿化工作扎实推进。…'), unnumbered question headings, inline
'一是…二是…' points, and 存在问题 / 工作谋划 parts.  For each search query
the first usable, unused result was taken (log in notes_queries.txt).
Found as stored public web pages with the `search` tool's `pages` corpus.
None of the source pages is a source of an earlier set or of the sets built
at the same time (94, 96), and no distinctive sentence repeats one of theirs.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, collection titles, sample numbers, upload
  metadata) was dropped; debris a user would paste along (chunk markers,
  paywall lines, a site-name line) was kept and is never labelled.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“”！？ was restored (fresh95_06 keeps the page's
  ASCII '1.').  Two documents are in traditional characters as the pages
  are (fresh95_03, fresh95_07); their rewritten bodies are too.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH95_DOCS = [
    dict(
        name="fresh95_01_principal_self_assessment_report",
        source="https://hao394.com/shiyongwendang/gongzuobaogao/19376.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('校长工作报告'): a principal's self-assessment against the county's "
               "principal appraisal system (南陵县). The site blurb, the collection title and the sample number "
               "('校长工作报告1') were dropped; the sample has no title line of its own, so title is null.",
               "一、抓好队伍，共同提高。 is a heading made of two short phrases; below it '1、领导班子，团结协作。…' is a "
               "run-in heading of the same two-phrase form and '2、加强政治学习。' stands alone. Kind achievements "
               "(what was done in the year).",
               "The page's paywall marker '……此处隐藏33549个字……' sits inside a sentence ('认 ……此处隐藏…'); the line is "
               "broken before it and the marker kept as its own debris line. The text the page shows after the marker "
               "(the tail of another sample, '斥；二是…' and '5.学校间地区间存在着偌大') was dropped."],
        units=[],
        text="""\
一年来，本人在县教育局领导下贯彻国家教育方针，全面实施素质教育，依法依规办学，做到政令畅通、管理民主、校务公开；班子团结、分工明确，干群关系融洽，本人统筹兼顾教育教学和管理工作，强化岗位、责任和廉政意识，取得了一定成绩。对照南陵县校长绩效考核评价体系，现将本人自评情况简要汇报如下：
@H1 sec=achievements | 一、抓好队伍，共同提高。
@H2 | 1、领导班子，团结协作。好的领导集体首先要思想、认识和行动一致；班子成员分工明确、各司其职，彼此沟通信任；本年度班子成员坚持自学，从学习中找差距、从差距中求发展，以身作则，强化责任、大局、管理、服务和团结意识，一个团结协作的团队正在形成。
@H2 | 2、加强政治学习。
本年度是党员纯洁性学习教育活动年，学校按上级安排组织党员教师系统学习，做好笔记、写好心得，深入调查撰写调研报告、认
……此处隐藏33549个字……
""",
    ),
    dict(
        name="fresh95_02_middle_school_principal_annual_duty_report",
        source="https://m.fanwenwang.cn/shuzhi/6d3ll4.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A middle-school principal's annual appraisal duty report (方山二中, 吕梁). The page shows the title twice "
               "(page title and the document's own); one title line is kept.",
               "The salutation '各位领导，各位老师，大家好！' and the lead-in '下面就自己一年来的工作情况做一汇报。' are body "
               "lines. A student's name in the opening was dropped.",
               "The only heading, '一、明确校长主要职责，自责履行领导职责：', is two short phrases ending in a colon and "
               "stands alone (the page's '自责' kept); kind achievements (what the writer did). The page ends inside the "
               "second paragraph under it."],
        units=["方山二中"],
        text="""\
@T | 中学校长年度考核个人述职
各位领导，各位老师，大家好！
20_年对全国人民来说是举世瞩目又多灾多难的一年：冰雪灾害、“5、12”汶川地震、奥运举办、神七升空，方山二中师生与全国人民同呼吸共患难，为抗震救灾出力、为奥运加油。这一年我们坚持“务实”“求真”“求新”的原则，在团队建设、校园环境、学校管理和课堂改革方面都有收获，中考再夺全县第一，一名学生以616分进入全区总分前50名。下面就自己一年来的工作情况做一汇报。
@H1 sec=achievements | 一、明确校长主要职责，自责履行领导职责：
学校领导首先要明确自身职责，弄清教育的目的和方向，不断提升教育质量。今年春季开学起，我作为分管教学的副校长，主要精力放在初三年级的管理和督促上，从课堂落实、课外把握到模拟竞赛和教师考核，力求精细科学，把失误降到最低。
20_年是《吕梁市基础教育课程改革专题项目工作三年行动计划》的开局年，也是我校以“用文化的方式发展生命化教育”为主题的启动年。就任校长以来，我把办人民满意教育作为学校发展的总目标，学习市教育局和方山县教育体育科技局关于深化课程改革的文件，结合校情制定了《方山二中教学目标构想》，确
""",
    ),
    dict(
        name="fresh95_03_principal_annual_duty_report_question_headings",
        source="https://kkjlw.com/zc/shuzhi/oxn39.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Traditional characters, as the page is; the rewritten bodies are in traditional characters too. The site "
               "name and breadcrumb were dropped; the page's title line '校長年度述職報告(2)' (the (2) is the article's page "
               "number on the site) is kept as the title line with full-width brackets.",
               "The salutation and the opening lines ('根據局黨組的安排…', '說實在的…') are body lines.",
               "The report's parts are named by unnumbered rhetorical questions on their own lines: '我總是想著要以身作則，"
               "不知大家是否滿意？' and '我總是想著要民主治校，科學決策，不知大家是否滿意？', labelled headings at level 1, "
               "kind achievements (each is followed by what the writer did). Their text keeps the question mark (the "
               "builder strips only 。；，、： at the end).",
               "The page ends inside the second part."],
        units=[],
        text="""\
@T | 校長年度述職報告（2）
尊敬縣局領導、各位同事，大家下午好！
根據局黨組的安排，我現在就20XX-20XX學年度的工作向各位述職，請予審議。
說實在的，大家天天在一起，我不想多說，也沒做什麼驚天動地的大事；如果有些成效，那都是領導和同事支持、合作的結果。
@H1 sec=achievements text=我總是想著要以身作則，不知大家是否滿意？ | 我總是想著要以身作則，不知大家是否滿意？
我堅持週一清早到校、週五最後離校，平日住校，按時簽到，和師生一起吃飯，很少外出；每天早起巡視教室、出席早操和課間操，每天至少三次巡視教學樓和校園，每週至少兩次夜間查寢，常去教師備課室。和大家在一起、了解情況，是我做一切工作的出發點。
我堅持召集每週五的行政例會，也常參加教學、德育和後勤例會，和大家一起研究工作。
我不為親友的生意違背原則，不因個人好惡耽誤學校工作，沒有因私動用公款招待，想方設法節約開支，帶頭遵守行政分工和決策、審批流程。
@H1 sec=achievements text=我總是想著要民主治校，科學決策，不知大家是否滿意？ | 我總是想著要民主治校，科學決策，不知大家是否滿意？
學校行政分工具體並公開發布，行政流程公開並執行到位；重大決策先調研聽證，或徵求中層、班主任和教研組長意見，或召集教工代表、學生代表座談，時刻關注群眾呼聲，但不遷就不正確的意見。決策的大事最終以學校檔案形式發布，並在教工大會上解讀宣傳、張
""",
    ),
    dict(
        name="fresh95_04_township_central_school_plans_and_problems",
        source="https://fanwen.hao86.com/159248/",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample ('篇1') of a collection page ('校长年度工作总结报告'); the store returns it from its third "
               "part on, so it starts with '三、20--年工作谋划。（具体见附件表）'. The collection titles, the blurb and the "
               "sample number were dropped; title is null. Writer: the central school of a township (全乡, 中心校, 村小).",
               "三、…工作谋划 (next year's plan) comes before 四、存在问题 in this summary; kind next_steps (goals accepted). "
               "Its seven points are bare tasks ('1。乡镇中心幼儿园收尾工程；'), labelled items.",
               "The page numbers with '1。' (digit plus a full stop), kept as written; the builder gives that token the "
               "style none, and the text of each line is set by hand.",
               "Under 四、存在问题。 the points are run-in headings: a short statement then figures ('1。编制与实际需要不相"
               "适应。按师生比例…'); in point 2 the statement runs on with a comma ('…老龄化严重，全乡50周岁以上…'), its "
               "text set to the statement. Point 4 holds an inline '一是…二是…' (not labelled); the page ends inside it."],
        units=[],
        text="""\
@H1 sec=next_steps alt=goals num=三、 | 三、20--年工作谋划。（具体见附件表）
@I2 num=1。 text=1。乡镇中心幼儿园收尾工程 | 1。乡镇中心幼儿园收尾工程；
@I2 num=2。 text=2。古塘小学争取标准化建设项目 | 2。古塘小学争取标准化建设项目；
@I2 num=3。 text=3。乡镇寄宿制小学审报 | 3。乡镇寄宿制小学审报；
@I2 num=4。 text=4。特岗教师、偏远教师周转房建设 | 4。特岗教师、偏远教师周转房建设；
@I2 num=5。 text=5。校园封闭建设（中心校、百花、普阳） | 5。校园封闭建设（中心校、百花、普阳）；
@I2 num=6。 text=6。利用现有校舍改建1—2所村小附设幼儿园、扩建2所民办幼儿看护点 | 6。利用现有校舍改建1—2所村小附设幼儿园、扩建2所民办幼儿看护点；
@I2 num=7。 text=7。加快西港、花果、百花三所小学操场、校园道路硬化等配套设施建设 | 7。加快西港、花果、百花三所小学操场、校园道路硬化等配套设施建设。
@H1 sec=problems | 四、存在问题。
@H2 num=1。 text=1。编制与实际需要不相适应 | 1。编制与实际需要不相适应。按师生比例算，我校教职工编制严重超标，可按实际需要教师却严重缺额，村小的音、体、美教师根本补不上，素质教育难以全面推进。
@H2 num=2。 text=2。教师队伍老龄化严重 | 2。教师队伍老龄化严重，全乡50周岁以上的教师共34人，其中中学8人、小学26人；村小50岁以下的只有6人，青黄不接。
@H2 num=3。 text=3。人口出生率下降，生源急剧减少 | 3。人口出生率下降，生源急剧减少。“普九”统计显示，不足20--人口的行政村每年新出生约10人，这一趋势短期内只会加剧，20--至20--五年间小学生将减少4。2%左右，初中生将减少10。6%左右。
@H2 num=4。 text=4。生源外流趋势加剧 | 4。生源外流趋势加剧。原因有三：一是异地高考政策放开后，更多孩子随父母外出上学；二是流向城区的学生会不断增多，城区学校无论
""",
    ),
    dict(
        name="fresh95_05_county_forestry_bureau_halfyear_summary",
        source="https://777doc.com/doc-8719597.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county forestry bureau's half-year summary with next steps, from a document-sharing site; the site's "
               "welcome line, breadcrumb and its own title ('县林业局2021年度上半年工作总结范文及下步工作思路范例') were "
               "dropped and the document's own title kept. The page arrives as one run-together block, split into lines "
               "at the boundaries the text shows.",
               "一、半年工作开展情况 stands alone (achievements); its points are run-in sentence headings "
               "'（一）造林绿化工作扎实推进。大力开展…', level 2. The xxx masking of the page is kept.",
               "The page ends inside （二） ('投入资金xxx万元'); the 下步工作思路 part named in the title is not visible."],
        units=["县林业局"],
        text="""\
@T | 县林业局关于2021年上半年工作总结及下步工作思路范文
xxxx年县林业工作以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大、省深化林业综合改革暨林业工作会议和县十四次党代会精神，围绕县委、县政府中心工作，按高质量发展要求深化林业综合改革，推动乡村振兴、森林生态保护和林旅融合发展。现将半年工作总结及下步工作思路总结如下：
@H1 sec=achievements | 一、半年工作开展情况
@H2 | （一）造林绿化工作扎实推进。大力建设珍贵彩色森林：投资xxx万元实施森林抚育xxxxx亩，x月份完成；投资xxx万元建成彩色健康森林xxxx亩、木材战略储备林xxxx亩，其中含Sxxx省道和环飞云湖两条生态彩色森林景观带；新建珍贵树局长示范林三片，完成平原绿化xxx.x亩、迹地更新xxxx亩、枯死树清理xxxxx亩，四旁植树xx万株、义务植树xx万株，开展新植千万株珍贵树行动，全年新植珍贵树xx.x万株。
@H2 | （二）加大森林资源管护力度。完成森林资源规划设计调查成果平差，修改《xx县森林资源二类调查成果报告》后重新报省林业厅批准；x月份以政府采购方式招标开展全县森林风景资源调查与评价，x月份完成外业调查；开展野生动植物保护宣传月暨“爱鸟周”活动和执法救助行动。投入资金xxx万元
""",
    ),
    dict(
        name="fresh95_06_county_tax_office_general_office_halfyear_summary",
        source="https://www.1mishu.com/haowen/10447.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('地税局办公室工作总结'): the half-year summary of a county local-tax "
               "bureau's general office. The collection title and the sample number ('…范文第1篇') were dropped; title "
               "is null. The page's ASCII '1.' numbering is kept.",
               "The level-1 headings are sentences ending in '。' ('一、加强内部管理，落实岗位职责。'); kind achievements.",
               "Under 一、, after the lead-in '今年上半年，我们采取了以下措施加强办公室工作：', points 1 and 2 are single "
               "statements (items), points 3 and 4 are run-in headings (a short title sentence, then what was done). "
               "The page ends with the bare heading '1.认真搞好收文、发文处理工作' under 二、."],
        units=["办公室"],
        text="""\
在上级局和县局领导下，在市局办公室的关心和直接指导下，XX年上半年我局办公室工作取得了一定成绩，现将有关情况总结如下：
@H1 sec=achievements | 一、加强内部管理，落实岗位职责。
今年上半年，我们采取了以下措施加强办公室工作：
@I2 | 1.按照市局、县局要求认真组织办公室人员学习政治业务，努力提高综合素质，提高工作效率。
@I2 | 2.对办公室人员进行严格教育，使他们树立牢固的服务意识，从而工作起来扎实、认真。
@H2 | 3.办公室实行分工合作制。今年以来我们完善了办公室岗位职责，制定了主任、副主任、文秘信息员、档案管理员、文印打字员和司机的工作职责；同时强调分工不分人，大家通力协作、“见事做事”。
@H2 | 4.按照“三个代表”的要求建章立制，加强自身管理。我们制定了岗位责任、请休假报告、车辆管理、印章保管使用、接待、档案管理、安全保卫等制度，并严格执行，转变了办公室和全局干部职工的作风。
@H1 sec=achievements | 二、严格执行文书处理制度。
文书处理是办公室的一项重要工作，做得好坏直接影响地税工作的开展。今年我们认真执行上级关于文书处理的规定，努力把制度落到实处，做好上通下达。
@H2 | 1.认真搞好收文、发文处理工作
""",
    ),
    dict(
        name="fresh95_07_city_local_tax_rural_collection_summary",
        source="http://www.tmdps.cn/a2/2019051217/c814d7dd4e177676.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Traditional characters, as the page is; bodies rewritten in traditional characters. A city local-tax "
               "bureau in southern Jiangxi summarises its rural tax-collection reform since 二00一年 (the page's mixed "
               "'二00一' kept). The collection line '第一篇:工作總結農村稅收征管工作總結' was dropped; the site line "
               "'>>>教育資訊網' that the page shows between it and the title is kept as debris, never labelled.",
               "The only heading is '一、改革的動因', kind background (the reasons for the reform) with problems accepted. "
               "Its paragraph lists the reasons inline '一是…；二是…；…七是…' in one line: markers in the middle of a "
               "line, not labelled. The page ends inside 七是 ('七是基層條')."],
        units=["地方稅務局"],
        text="""\
>>>教育資訊網
@T | 農村稅收征管工作總結
二00一年起，我市地方稅務局針對基層稅收管理的特點，按照國家稅務總局和省局“向征管轉移，向基層轉移”的要求，從實際出發、因地制宜，在農村稅收征管改革和基層建設上大膽探索。一年來，新的征管模式初步確立，改革和基層建設取得階段性成效。
@H1 sec=background alt=problems | 一、改革的動因
我市地處江西南部丘陵地帶，面積約占全省1/4，下轄18個縣（市區），人口800多萬，經濟相對欠發達，征收範圍廣、機構多、基礎差，制約稅收工作的因素很多：一是機構設置過多，征管力量不足，全系統按鄉（鎮）設了336個基層征收單位，征收人員1000人左右，平均每所2---3人；二是各所人手太少，上級布置的工作和征管制度難以落實，集體評稅流於形式，專管員開票收款一手包辦，“人情稅”“關係稅”時有發生；三是征稅成本高，二000年全系統基層所人均征收稅款僅20萬元；四是農村納稅人自行申報意識差，多靠地稅幹部上門收取，近幾年全系統基層所遺失稅票2114份；五是“任務至上”觀念嚴重，有的鄉鎮寅吃卯糧、虛收墊稅；六是臨時人員多，全系統基層共雇請臨時人員373名，占基層人員近30%，二000年度全省征管質量考核中市局列倒數第一；七是基層條
""",
    ),
    dict(
        name="fresh95_08_county_health_bureau_2022_summary_chunked",
        source="https://m.taowenge.com/p-33188775.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county health bureau's 2022 summary with next year's plan, from a document-sharing site. The upload "
               "metadata, page thumbnails ('第1页 / 共6页'), '点击查看更多>>', '资源描述' and the '《…》由会员分享…' blurb "
               "were dropped. The site's chunk markers are kept as debris at line starts: '1、文本为Word版本，下载可任意编辑"
               "…' (glued to the first copy of the title) and '2、项目建设多面开花。…', which cuts the heading "
               "'（二）重点项目建设多面开花。' in the middle of a word.",
               "The title appears twice in the first chunk; the second copy, on its own line, is the title line. The first "
               "line (debris plus title) is not labelled.",
               "一、工作情况 (achievements) holds run-in sentence headings '（一）矢志不移做好疫情防控。…'. The chunk break "
               "leaves '（二）重点' as a line of its own, labelled a level-2 heading (text '（二）重点'); the next line "
               "starts with the chunk marker '2、' and is body, never labelled. The page ends inside that line ('“化')."],
        units=["县人民医院", "县疾控中心", "县妇幼保健院"],
        text="""\
1、文本为Word版本，下载可任意编辑卫生健康局关于2022年工作总结暨工作计划范文
@T | 卫生健康局关于2022年工作总结暨工作计划范文
@H1 sec=achievements | 一、工作情况
@H2 | （一）矢志不移做好疫情防控。各项防控措施严格落实，常态化防控机制不断健全，院感控制、重点人群管理、卫生应急和核酸检测能力提升是重点：县人民医院感染性疾病科加快改造，xx镇卫生院规范设置隔离病区、改造xx间单独病房备用，县疾控中心等x家PCR实验室提升检测能力，组建培训xxx人的核酸采样预备队，设置xxx个集中采样点，具备xx天内完成全员核酸检测的能力。截至目前，全县零确诊、零疑似、零感染。
@H2 text=（二）重点 | （二）重点
2、项目建设多面开花。县人民医院门诊综合楼正式启用；省千x医院鲁北院区和县妇幼保健院项目开工，争取xxxx年xx月份竣工；康养舜鑫园主体封顶，明年上半年交付，可增加养老病床xxx张；县人民医院科研综合楼、县疾控中心和“一核六翼”x家卫生院基层公共卫生应急中心等x个项目接续推进，“化
""",
    ),
    dict(
        name="fresh95_09_village_committee_report_problems_inline",
        source="https://jpyjg.com/gzbg/szbg/9278_2.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Page 2 of a village committee's 2010 work report (述职报告 section of the site): the store returns only its "
               "problems part. No title line; the lead-in '总之…具体讲有以下几个方面：' is body.",
               "The four problems are one paragraph '一是…。二是…。三是…。四是…。': the line starts with '一是', labelled an "
               "item at level 1, kind problems; the 二是/三是/四是 inside the line are not labelled. The document has no "
               "required heading: an importer should not invent one (the lead-in and the item are the whole text)."],
        units=["两委会"],
        text="""\
总之，2010年我们虽然取得了一些成绩，但客观地说仍有不少问题，有的还是工作中的失误，具体讲有以下几个方面：
@I1 sec=problems | 一是两委会班子成员文化素质较低，对党的方针政策领会不透，在制定全村发展决策时还达不到科学发展观的要求。二是党员年龄结构老化，全村23名党员中有9名老弱病残，难以发挥模范带头作用，需要培养吸收年轻党员。三是部分群众观念落后、实用技术水平低，80后年轻人大多外出打工，留守群众年龄偏大，需要加大文化教育和技术培训力度。四是村里经济条件差、基础薄弱，高质量的新农村建设还需争取国家项目和上级党委政府的支持。
""",
    ),
]
