# -*- coding: utf-8 -*-
"""The 110th held-out fresh set: annual work summaries and work reports
(工作总结 / 工作报告) of enterprises and public institutions, not of
government offices: a bank branch, a listed company's board, a city's
government-affairs service centre (事业单位), a district's public works
construction centre, two county libraries, a city museum and a federation
of farmers' cooperatives.  Headings of every kind (第一部分, 一、, （一）,
一是, 1、, （1）, label lines '资产方面：…'), one document with no heading in
view, some titles missing or carrying a site's additions ('.docx', a
site's short title over the report's own).  Found as stored public web
pages with the `search` tool's `pages` corpus (log in notes_queries.txt).
None of the source pages is a source of another set (checked against the
exclusion lists and used_sources.tsv files of /work/fresh*/ and the label
files' sources; see the README), and a distinctive sentence of each page was grepped
across /work/fresh*/ and /work/wt-lead/tests/corpus_*/ without a hit.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh28's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  collection titles, sample numbers, blurbs, download panels, upload
  metadata) was dropped, except the debris lines named in each document's
  notes, which are kept on purpose and never labelled.
- Heading, title and label lines keep the source's numbering, wording and
  spacing.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source (blank
  figures, xx, XX, ××) are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH110_DOCS = [
    dict(
        name="fresh110_01_bank_branch_annual_summary",
        source="https://99xueshu.com/w/filen0cyf29c.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["First sample of a collection page ('银行分行年度工作总结(精选8篇)'): a bank branch's annual summary for "
               "2017. The collection title, the posting date and the sample number ('银行分行年度工作总结 第1篇') were "
               "dropped; the sample's own title 'XX 银行 XX 分行年度工作总结' keeps its spacing (title compared without spaces).",
               "The page blanks every figure ('资产总额达亿元', '增幅%'); the blanks are kept as they are.",
               "Three levels: '第一部分整体经营情况' (第一 style, level 1, no separator between the numbering and the text), "
               "'一、…' at level 2, and the label lines '资产方面：…', '贷款方面：…', '存款方面：…', '对公有效户方面：…' at level 3 "
               "(label：body run-in headings, text cut at the colon). '其中对公贷款…', '个人贷款…', '其中对公存款…', "
               "'储蓄存款…' carry no label and stay body. All achievements (what the year brought).",
               "The page ends inside the 对公有效户 line ('…较年初新增户，完成全年计划的%；…较')."],
        units=["xx 分行"],
        text="""\
@T | XX 银行 XX 分行年度工作总结
2017 年，xx 分行在总行党委领导下，围绕中央金融工作会议精神，以扬帆项目和五年规划为目标、以狠抓管理和业务转型为手段，实现了“稳步发展、初步转型、风险可控、管理提升”。具体情况报告如下：
@H1 sec=achievements | 第一部分整体经营情况
@H2 | 一、资产规模进一步增长，存款增速不理想，贷款力度稳步加大。
@H3 | 资产方面：全行资产总额达亿元，比年初多出亿元，增幅%；负债总额亿元，比年初增加亿元，增幅%。
@H3 | 贷款方面：各项贷款余额亿元，比年初多出亿元，完成序时计划的；贷款日均亿元，比年初增加亿元，完成序时计划%。
其中对公贷款余额亿元、日均亿元，比年初分别增加亿元、亿元，完成序时计划的%、%。
个人贷款余额亿元、日均亿元，比年初分别增加亿元、亿元，完成序时计划的%、%。
@H3 | 存款方面：各项存款余额亿元，比年初多出亿元，完成序时计划的%；存款日均亿元，比年初增加亿元，完成序时计划的%。
其中对公存款余额亿元、日均亿元，比年初分别增加亿元、亿元，完成序时计划的%、%。
储蓄存款余额亿元、日均亿元，比年初分别增加亿元、亿元，完成序时计划的%、%。
@H2 | 二、盈利能力稳步提高
到 12 月末，全行营业收入万元，比上年多出万元；账面利润万元，比上年同期增加万元。
@H2 | 三、基础客户群不断夯实。
@H3 | 对公有效户方面：年日均 10 万（含）-50 万元的客户户，比年初新增户，完成全年计划的%；年日均 50 万（含）-300 万元的客户户，比年初新增户，完成全年计划的%；年日均 300 万元以上的客户户，较
""",
    ),
    dict(
        name="fresh110_02_city_office_affairs_centre_2023_summary",
        source="https://laobiganzi.top/270321.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city's government-affairs service centre (市机关事务管理中心, a public institution serving the city's "
               "offices; 来蚌嘉宾 and 蚌埠特色 place it in 蚌埠): its 2023 summary and 2024 arrangements. Only the first part of "
               "the summary is visible.",
               "Three levels: '一、2023年工作开展情况' (achievements), '（一）聚焦主责主业，…' (level 2), and the run-in "
               "'一是公务活动保障务实周到更具特色。…' at line start (level 3, text cut at the first 。). The page's own "
               "sentence '坚持严格制度守牢底线。' after it is body.",
               "The last line '（阅读全部图文内容，您需要先登录！）' is the site's login wall, kept as debris and not labelled "
               "(it opens with a bracket but carries no numbering).",
               "Names of the state leaders received were dropped ('中央领导同志一行')."],
        units=["市机关事务管理中心"],
        text="""\
@T | 市机关事务管理中心2023年工作总结和2024年工作安排
@H1 sec=achievements | 一、2023年工作开展情况
2023年，市机关事务管理中心以习近平总书记关于机关事务工作的重要指示精神为遵循，以年度任务为牵引，围绕中心、服务大局，机关事务各项工作继续走在全省前列。
@H2 | （一）聚焦主责主业，机关事务的保障作用更加突出
今年以来，中心紧扣“服务保障”这一核心职能，把工作关口前移、把服务方式做优，“围绕中心、服务大局”的作用更加明显。
@H3 | 一是公务活动保障务实周到更具特色。坚持严格制度守牢底线。严格执行中央八项规定精神和接待审批，刚性落实“四单合一”和“三个环节”制度；针对公务接待用餐标准缺少正式文件的问题，与市财政局联合出台规范性通知。挖掘本地文化资源，推出“皖C三件套”特色菜品和“珠女+分界线”地标桌席卡。全年完成中央领导同志等各类等级接待任务5次，接待省部级领导120余人次，保障大型活动10次，共完成各类接待保障600余批次、20000余人次。
（阅读全部图文内容，您需要先登录！）
""",
    ),
    dict(
        name="fresh110_03_public_works_centre_2023_summary",
        source="https://xiezuofangchengshi.com/doc/69353.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district's public works construction centre (XX区公共工程建设中心, a public institution that builds roads, "
               "schools and other public projects): its 2023 summary and 2024 plan. District name masked 'XX区' as on the page.",
               "The store ran the whole visible page into one paragraph (title, opening, '一、2023年工作总结', "
               "'1、精诚担当，…' and its body); it was split at the title and at the two headings. The body of 1、 stays on "
               "the 1、 line (run-in heading, text cut at the first 。), with its three areas '市政道路方面，…' '民生工程方面，…' "
               "'配套工程方面，…' inside it (not labelled: inside a line).",
               "Levels: 一、 level 1 (achievements), 1、 level 2. The page ends inside the list of works ('…下穿万家丽路')."],
        units=["XX区公共工程建设中心"],
        text="""\
@T | XX区公共工程建设中心2023年工作总结及2024年工作计划
2023年，中心围绕“抢先机、拼经济、保稳定、促发展”的工作主题，发扬“闯、创、干”精神，坚持保安全、促进度、提质效、建精品，为全区重点工程建设和高质量发展贡献公建力量。
@H1 sec=achievements | 一、2023年工作总结
@H2 | 1、精诚担当，砥砺奋进，稳步推进项目建设。市政道路方面，全塘路、林科路北、锦源路、风光带路等8个项目已建成，桃花路、高升路（和升路-洞和路）、香松路西段等项目正在推进；民生工程方面，莲湖小学扩建、中雅培粹双语中学遗留扫尾、市公安局XX分局指挥中心装修和信息化系统采购、新建停车棚及路面提质改造等5个项目建成投用，泰禹小学、赤岗冲小学扩建基本完工，莲湖中学、环线小学项目加快建设；配套工程方面，金海路、高升路2个雨水箱涵已建成，朝晖路、永济院北下穿万家丽路
""",
    ),
    dict(
        name="fresh110_04_county_library_2022_summary",
        source="https://wenkeju.com/doc/cgpe1rnsik1hn44rvf3g",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county library's 2022 summary and 2023 plan (XX县图书馆, name masked) on a document-sharing site. The title "
               "line keeps the site's file name with its extension, '县图书馆2022年工作总结及2023年工作计划.docx' (the way the "
               "page heads its 简介); the label's title is the document's own, without '.docx' (title_override). The "
               "download buttons, the upload metadata line (uploader, IP location, document number, size) and the "
               "preview notice were dropped.",
               "In the store the title ran straight into the opening '全面推进公共文化服务高质量发展，XX县图书馆在…'; the "
               "opening is body (a sentence, not a subtitle). The run-together body was split at the two headings, which "
               "stand alone here ('一、…。' then the body).",
               "Both headings are statements of results ('…平稳有序', '…风生水起'), level 1, achievements. The figures of "
               "closing days (89, 61, 150) are body, not phases. The page ends inside the body of 二、 ('…下半年大多在线上')."],
        units=["XX县图书馆"],
        title_override="县图书馆2022年工作总结及2023年工作计划",
        text="""\
@T | 县图书馆2022年工作总结及2023年工作计划.docx
全面推进公共文化服务高质量发展，XX县图书馆在县委、县政府的领导和支持下，以第七次全国公共图书馆评估定级为指引，在科学防疫的前提下，免费开放平稳有序，阅读推广有声有色，宣传推广势头强劲，馆舍提升改造工程顺利实施。现将全年工作总结如下。
@H1 sec=achievements | 一、在科学疫情防控下，图书馆免费开放工作平稳有序。
2022年是疫情暴发三年来局部疫情最频繁的一年。XX县图书馆按上级文旅主管部门要求，因疫情闭馆89天，因提升改造和疫情双重影响闭馆61天，全年闭馆超过150天，读者流通降至5.8万人次，文献外借5.1万册次，线下活动受限，线上活动却打开了局面。开馆期间坚持定期消杀、登记测温、佩戴口罩、控制人流，防疫与安全生产两手抓，全年零事故。
@H1 sec=achievements | 二、提早谋划、超前谋篇，线上阅读推广活动风生水起。
2022年的阅读推广，上半年在线下开展了一部分；受疫情影响，下半年大多在线上
""",
    ),
    dict(
        name="fresh110_05_city_museum_annual_summary_sample",
        source="https://yuequan100.com/nzzj/13070.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["First sample of a collection page ('博物馆年度工作总结', samples 1 to 5): a city museum (XX城市博物馆, "
               "'城博馆', which shows the city's planning on behalf of its 主管局) on its exhibition and service work in 20xx. "
               "The collection title (three times), the posting time, the site's blurb and the sample number "
               "('博物馆年度工作总结1') were dropped; the sample has no title line of its own, so title is null.",
               "Lead-in '20xx年，…做了以下几方面工作：' is body. '1、出新出亮，做好规划公示与宣传工作。' level 1, its "
               "run-in '（1）积极做好规划公示更新工作。…' headings level 2; all achievements.",
               "The site hides the middle of the page: the （3） line breaks off inside a quotation and runs into the "
               "paywall marker '……此处隐藏7766个字……' (kept, the heading text set by hand to the part before it). What "
               "followed the marker on the page (an HTML fragment 'n:right\">', a date '20xx年12月14日' of a later sample and "
               "the start of sample 5) was dropped."],
        units=["XX城市博物馆"],
        text="""\
20xx年，XX城市博物馆围绕提升展陈服务水平，主要做了以下几方面工作：
@H1 sec=achievements | 1、出新出亮，做好规划公示与宣传工作。
@H2 | （1）积极做好规划公示更新工作。今年以来，城博馆以出新出亮为目标，理顺规划公示与宣传的工作流程，建立联络制度，同主管局各业务处室形成紧密联系。20xx年及时更新规划公示厅内容，举办《XX市历史文化名城保护规划批后公示》《苏通科技产业园专题展暨二期控规公示》等专题展览，全年更换展版二百多块，并安排专人收集统计意见箱，把公众意见及时转给局里各责任处室。
@H2 | （2）创新多种公示宣传展示形式。用好馆内会展空间、网站、户外广告灯箱和多媒体设备，多渠道开展规划公示；结合公示内容对馆网站作了全面梳理，提出整改意见和修改方案，网站内容实时更新并征集意见。
@H2 text=（3）继续启动规划“请进来、走出去 | （3）继续启动规划“请进来、走出去 ……此处隐藏7766个字……
""",
    ),
    dict(
        name="fresh110_06_listed_company_board_2023_report",
        source="https://reportify.cn/reports/1043728704808816640",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A listed company's board work report for 2023 (美格智能技术股份有限公司, 002881) on a filings site, text "
               "extracted from the PDF. Two title lines: the site's short title '美格智能：2023年度董事会工作报告' and the "
               "report's own PDF title '美格智能技术股份有限公司 2023 年度董事会工作报告' (PDF spacing kept); the label takes the "
               "report's own title (title_override, spaces removed) and marks both lines as title lines. The site's "
               "'Workflow' label and its stock-code and posting line ('002881美格智能(002881)2024-04-24 20:11') were dropped, "
               "and so was the PDF's repeated page header (the report title printed twice in a row).",
               "The store ran the report into one paragraph with PDF line breaks as spaces; it was split at the lead-in "
               "('现将…汇报如下：') and at the heading. One heading in view, '一、2023年度公司主要经营指标情况', level 1, "
               "achievements (the year's results). The page ends mid-sentence ('…归属于母公司股东净')."],
        units=["董事会"],
        title_override="美格智能技术股份有限公司2023年度董事会工作报告",
        text="""\
@T | 美格智能：2023年度董事会工作报告
@T | 美格智能技术股份有限公司 2023 年度董事会工作报告
2023年，美格智能技术股份有限公司（以下简称“公司”）董事会全体成员遵守《公司法》《证券法》《深圳证券交易所股票上市规则》《深圳证券交易所上市公司自律监管指引第1号——主板上市公司规范运作》等法律法规，执行《公司章程》《董事会议事规则》等制度，勤勉尽责、科学决策、规范运作，维护了公司和全体股东的合法权益。现将董事会2023年度工作情况汇报如下：
@H1 sec=achievements | 一、2023年度公司主要经营指标情况
2023年度，公司营业收入21.47亿元，比上年同期下降6.88%；整体毛利率由2022年的17.86%升至19.16%。由于研发和销售投入保持强度，两项费用合计比2022年同期增加4,540.79万元，又按谨慎性原则计提信用减值损失和资产减值损失共2,944.68万元，比上年增加1,576.67万元，利润规模因此承压。2023年度，公司实现归属于母公司股东净
""",
    ),
    dict(
        name="fresh110_07_county_library_2023_summary",
        source="http://yyfangchan.com/fanwen/1585819.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county library's 2023 summary (宜黄县图书馆) on a sample site. The page title, the 【概述】 blurb naming the "
               "member who uploaded it and the 【正文】 label were dropped; the HTML tag the page shows just before the text, "
               "'<meta name=\"ContentStart\"/>', is kept as line 1 (debris a user would copy along, not labelled).",
               "一、 and 二、 are level-1 headings without final punctuation, achievements. The numbered lines under them "
               "('1、规定每周二下午为政治学习时间，…', '3、积极开展疫情防控工作，做好抗疫宣传；') are statements of what was "
               "done, labelled items at level 2.",
               "'5-7月' inside item 4 is an event period, not a phase. The opening ends with the page's ASCII full stop "
               "('健康发展.'), kept. The page ends inside item 1 of 二、 ('…受到了广大读者')."],
        units=["宜黄县图书馆"],
        text="""\
<meta name="ContentStart"/>
@T | 2023年图书馆工作总结
2023年，宜黄县图书馆在上级的关心指导下，全馆干部职工团结一心，坚守“传承文明，服务社会”的初心使命，以服务读者为己任、以目标管理为中心，围绕发展读者、增加馆藏、推进共享工程和文献开发利用，全面完成各项工作，使全县图书馆事业持续、稳定、健康发展.
@H1 sec=achievements | 一、紧跟形势，抓好干部职工的思想政治教育工作
@I2 | 1、规定每周二下午为政治学习时间，集中学习党和国家的方针政策，要求干部职工在思想上同以习近平同志为核心的党中央保持高度一致，树牢“四个意识”，坚定“四个自信”，做到“两个维护”。
@I2 | 2、抓好干部职工的法律意识和道德教育，引导大家树立正确的世界观、人生观、价值观，树立“馆兴我荣，馆衰我耻”的主人翁精神，增强责任感和服务意识。
@I2 | 3、积极开展疫情防控工作，做好抗疫宣传；
@I2 | 4、组织干部职工参加专业培训、订阅专业报刊，提高业务素质。5-7月组织在线学习，集中收听“图书馆员业务能力提升”专题讲座十二场。
@H1 sec=achievements | 二、坚持防疫、开放两手抓，全面实行免费开放
@I2 | 1、健全规章制度，制定业务计划，坚持“读者第一，服务至上”的宗旨，保证开放时间，尤其是双休日和节假日照常开放，受到了广大读者
""",
    ),
    dict(
        name="fresh110_08_cooperatives_federation_2017_summary",
        source="http://www.bzhzs.cn/h-nd-1991.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A federation of farmers' cooperatives ('谯联会', serving the cooperatives of 亳州市谯城区) on its own small "
               "website: its 2017 summary, written in plain paragraphs. No heading at all in the visible part: every line "
               "is body, and an importer should find none.",
               "The shop navigation above the article (安全认证, 收藏本站, 购物车, 查看手机网站, 新闻详情) was dropped; the "
               "page's view counter under the title '浏览数：29' is kept as line 2 (debris, not labelled, not a title line).",
               "'2017年我们继承2016年工作，…' and '春节过后…' open paragraphs with dates and time words, not headings. The "
               "page ends mid-word ('…组建合作社联合会，如连')."],
        units=["谯联会"],
        text="""\
@T | 2017年谯联会工作总结
浏览数：29
元旦到了，我们迎来了2018年。一年来，谯联会在全体会员的共同努力下又开展了一些新工作，为亳州市谯城区农民合作社的发展尽了一份力，现向全区农民合作社同仁分享和汇报。
2017年我们延续2016年的工作，继续推动农民合作社发展。为促进谯城区农民合作社规范发展，我们以华泰农民合作社为载体，在大年初一举办了“安徽信合第一村”春节联欢晚会，节目全由社员自编自演，评出了“最佳种田能手奖”“最佳贡献奖”“最佳好儿媳奖”，奖品来自各地爱心人士捐助和社员资助，活动视频也传到谯联网上推广，提高了华泰合作社的知名度和社员对合作社的认识。
春节过后，谯联会以华泰合作社为载体，用社员现有土地试种何首乌、白芍、丹参、玄参等生态中药材，全程不用高毒农药和除草剂，以人工拔草代替，少施化肥，让药材自然生长，以提高药效。
2017年谯联会继续撰写大量农合文章，通过谯联网和微信群广泛宣传推广，提升谯城区农民合作社的知名度和社会影响力。
应全国农民合作社同仁邀请，谯联会还到外地帮助其他省份的同仁组建合作社联合会，如连
""",
    ),
    dict(
        name="fresh110_09_water_company_2023_summary",
        source="http://www.xout.cn/jxfw/202506/172834.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A water supply company's (自来水公司, unnamed) summary of 2023 on a content site; the text is generic and "
               "reads like a generated sample, kept because users bring such pages. The page shows no title: title null.",
               "Three unnumbered label headings on lines of their own, level 1: '引言' (background, other accepted: an "
               "introduction stating the year's situation), '主要工作成果' (achievements), '存在的问题与挑战' (problems). Under "
               "them '1. 供水保障能力提升' etc. are short titles with the body on the next line, level 2, numbering '1.' with "
               "a space after it (half-width, as the page has it).",
               "The lead-in '尽管取得了一定的成绩，…以下问题：' under 存在的问题与挑战 is body. Figures (50公里, 99.8%, 10万度, "
               "5万吨, 95%) are body. The page ends mid-word in the body of problem 2 ('…进一步研究的重')."],
        units=["自来水公司"],
        text="""\
@H1 sec=background alt=other | 引言
过去一年，我们自来水公司全体员工齐心协力，努力提升供水服务质量，保障市民用水安全稳定。2023年挑战与机遇并存，公司在压力中取得了明显成绩。本总结回顾全年主要成果，分析存在的问题，并提出今后的方向。
@H1 sec=achievements | 主要工作成果
@H2 | 1. 供水保障能力提升
面对城市人口和工业用水的增长，公司加大管网建设和维护力度，全年新增供水管道超过50公里，缓解了部分区域供水紧张；借助智能化管理系统实时监控供水设施，故障响应更快。
@H2 | 2. 水质安全管理
严格执行国家水质标准，定期监测和治理水源地，全年水质合格率达99.8%，高于行业平均水平；同时加强员工水质检测技能培训。
@H2 | 3. 节能减排成效显著
推行绿色生产，通过技术改造和工艺优化降低能耗和水资源浪费，全年节电约10万度、节水约5万吨。
@H2 | 4. 客户服务满意度提升
把客户满意作为服务核心，改进服务流程，开通24小时客服热线和在线服务平台，及时解决用户用水问题，客户满意度达到95%以上。
@H1 sec=problems | 存在的问题与挑战
尽管取得了一定的成绩，我们仍面临一些亟待解决的问题：
@H2 | 1. 老旧管网改造难度大
城区部分老旧管网年久失修，有漏水和爆管风险；部分改造工程已经启动，但资金不足仍是主要制约。
@H2 | 2. 突发性事件应对能力需加强
极端天气增多，供水系统不时受到自然灾害影响，如何尽快恢复供水是需要进一步研究的重
""",
    ),
]
