# -*- coding: utf-8 -*-
"""The 143rd held-out fresh set: annual and half-year WORK SUMMARIES (and one
work plan) of mass organisations (共青团, 妇联, 残联, 红十字会, 关工委, 工会)
and civil-affairs bureaus (民政局), with their titles, openings and, where
the page shows one, their 下半年 / 下一步 part.  Found as stored public web
pages with the `search` tool's `pages` corpus (queries in notes_queries.txt).
None of the source pages is a source of another set (checked against every
label file, used_sources.tsv and *.lst under /work/main/tests/corpus_fresh*/
and /work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate, blurbs, upload
  metadata and sample numbers were dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and masking are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH143_DOCS = [
    dict(
        name="fresh143_01_county_youth_league_halfyear_summary",
        source="https://guanshanwenku.com/gongzuozongjie/2023/05/60012.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="团县委2023年度上半年工作总结及下半年工作思路",
        notes=["A county Youth League committee's half-year summary on a 范文 site. The page shows two title lines: "
               "the site's short title '团委半年工作总结' and the document's own '团县委2023年度上半年工作总结及下半年"
               "工作思路'; the label takes the document's own title and marks both lines as title lines (as dev17).",
               "The 下半年工作思路 named in the title is not in the stored text: the page ends inside 一、's second point "
               "('拟新建非公'), so only achievements are shown.",
               "'一是…' and '二是…' each open a paragraph of their own under 一、上半年特色亮点工作举措: run-in level-2 "
               "headings (numbering 一是), cut at the first 。. The county name is masked 'XX' in the source "
               "(XX共青团, 十大杰出青年 of 'XX县'); kept.",
               "Figures kept: 5期 宣讲, 28152名团员, 195087人次 / 62.9% (第八季), 167848人次 / 66.2% (第九季), 第十届, "
               "239个村、居、社区, 236家重点企业."],
        units=["团县委", "团县委机关"],
        text="""\
@T | 团委半年工作总结
@T | 团县委2023年度上半年工作总结及下半年工作思路
今年以来，团县委在县委、县政府和团市委领导下，以习近平新时代中国特色社会主义思想和党的XX大精神为指导，服务全县发展大局，开展了一批有特色、有实效的工作和活动，XX共青团工作有了新的进步和气象。
@H1 sec=achievements | 一、上半年特色亮点工作举措
@H2 | 一是强化思想引领工作，宣传推荐取得成效。年初疫情防控中推出抗疫主题系列推文，开展网上主题团课和队日活动；举办5期“绽放XX青春坚定制度自信”专题宣讲，请省、市、县三级青年讲师团成员进学校、企业和农村宣讲。“青年大学习”方面，全县28152名团员中第八季参学195087人次、平均参学率62.9%，第九季至今167848人次、平均参学率66.2%。组织返乡大学生帮助企业复工复产，相关做法被“中国青年报”客户端刊载；五四期间评选表彰“XX县第十届十大杰出青年”，拍摄的宣传视频被“学习强国”平台转发。
@H2 | 二是夯实基层基础工作，品牌活动更新升级。举办团干部专题培训，提升理论和基础团务水平；细化落实全市“一转两联三报到”要求，组织机关干部走访全县239个村、居、社区和236家重点企业，调研青年工作和生活状况，通过摸排拟新建非公
""",
    ),
    dict(
        name="fresh143_02_city_womens_federation_2025_summary_2026_plan",
        source="https://www.laobiganer.com/gongwen/195307.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A city women's federation's 2025 summary and 2026 plan on a 公文 site, figures mostly masked 'X'. The "
               "site's line '更新时间:2025-12 来源:网友投稿' (upload metadata) was dropped.",
               "The document starts straight at '一、2025年工作开展情况' and puts its opening paragraph under it; the 2026 "
               "plan named in the title is not in the stored text (the page ends inside （一） at '三八红旗集体X个'). "
               "一、 is achievements (backward-looking 开展情况).",
               "（一） is a run-in level-2 heading ending in '。' (cut there); its '一是…二是…三是…' points run on inside "
               "the same paragraph and are not labelled. The source says 'X市妇联在X市妇联的精心指导' (a masking slip "
               "for the superior federation); kept."],
        units=["X市妇联"],
        text="""\
@T | 市妇联2025年工作总结及2026年工作计划
@H1 sec=achievements | 一、2025年工作开展情况
2025年，X市妇联在X市妇联指导和X市委、市政府领导下，学习贯彻党的二十届三中、四中全会精神，围绕全市大局、聚焦主责主业，在思想引领、巾帼建功、家庭文明、维权关爱和组织改革等方面都有新进展。
@H2 | （一）把牢方向，服务大局，彰显思想政治引领新高度。一是强化理论武装，通过党组理论学习中心组学习、干部职工大会和专题研讨等形式组织学习，全年开展“巾帼大学习”16次，举办党的二十届四中全会精神专题宣讲会X场、覆盖近X人次，并组织警示教育片观看X场、廉政谈话X人次。二是丰富宣传载体，以“线上+线下”方式在“X妇女”公众号开设“跟党奋进新征程巾帼建功新时代”等专栏，推送资讯X余条，开展“荷姐姐”说电台节目本地化实践，制作节目X期，并依托“桂姐姐”宣讲队进村（社区）、企业、学校宣讲X场次。三是选树先进典型，2025年推选市级三八红旗手X名、三八红旗集体X个，
""",
    ),
    dict(
        name="fresh143_03_township_disabled_persons_federation_summary",
        source="https://m.wenke99.com/p-12119769.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="乡镇残联年度工作总结及工作计划",
        notes=["From a document-sharing site that delivered one run-together block; it was split at the paragraph and "
               "heading boundaries the text shows. The site's chunk marker '精选优质文档-倾情为你奉上' is glued to the "
               "front of the title line, as the page shows it; the title label leaves it out.",
               "The title says 乡镇残联 while the body is a county federation's (县残联, 2015): the source's "
               "inconsistency, kept. The 工作计划 named in the title is not in the stored text.",
               "一、 and 二、 are run-in level-1 headings ending in '。' (achievements); （一） under 二、 is a run-in "
               "level-2 heading; its '一是强化督导检查。…二是…' points run on inside the paragraph (not labelled). The "
               "page ends mid-word ('将救助贫困白内'), kept as the last fragment of the rewritten body.",
               "Figures kept: 44名 students (智障30名, 脑瘫14名)."],
        units=["县残联", "县残疾人综合服务中心", "项目资金协调小组"],
        text="""\
@T | 精选优质文档-倾情为你奉上乡镇残联年度工作总结及工作计划
2015年，县残联在县委、县政府领导和市残联指导下，学习贯彻党的十八大精神，履行“代表、管理、服务”职能，按照残疾人事业“十二五”发展纲要的要求，紧扣县里中心工作，在康复、就业、文体宣传和基层组织建设等方面取得新成绩。
@H1 sec=achievements | 一、进一步完善县残疾人综合服务中心建设工作。县残疾人综合服务中心添置了康复器材、增设户外游乐园并扩大招生，开设智障、脑瘫儿童康复训练项目，现有学生44名，其中智障30名、脑瘫14名。
@H1 sec=achievements | 二、扎实开展残疾人康复工作。
@H2 | （一）建立“全国白内障无障碍县”长效机制。为让白内障无障碍工作持续开展，我县建立长效机制，做到新发现的患者及时治疗、形成常态。一是强化督导检查，县政府定期召开例会、开展检查，及时解决困难和问题。二是成立项目资金协调小组，将救助贫困白内
""",
    ),
    dict(
        name="fresh143_04_county_disabled_persons_federation_halfyear_summary",
        source="https://gwyoo.com/article/shuzhibaogao/jhgh/200610/62153.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county disabled persons' federation's 2006 half-year summary (岱山县) on a 范文 site. The site's own "
               "copy of the title, its time stamp '时间:2022-10-15 02:18:00' and the '导语:…' blurb were dropped; the "
               "document's title line is kept.",
               "The 下半年工作计划 named in the title is not in the stored text: the page ends inside （一） of the first "
               "section, so the document shows the opening, one level-1 heading (achievements) and one level-2 heading.",
               "The dates in the body (筹备 from 去年11月 to 今年3月, 入户调查 on 4月1日, 动员大会 on 3月14日) are "
               "past events reported in body lines, not phases of this document.",
               "Document titles in 《》 (岱山县第二次全国残疾人抽样调查工作方案 etc.) kept."],
        units=["县残联"],
        text="""\
@T | 县残疾人联合会上半年工作总结及下半年工作计划
上半年，我县残疾人工作在县委、县政府领导和市残联指导下，在有关部门支持下，坚持以人为本、求真务实，完成了半年度各项任务，为改善残疾人生活状况、构建海岛和谐社会发挥了作用。现将2006年上半年工作总结如下：
@H1 sec=achievements | 一、抓好全年工作重点，高质量完成我县第二次全国残疾人抽样调查工作
@H2 | （一）扎实细致地做好调查前的筹备和摸底工作，确保调查工作的顺利展开
这次抽样调查是以残联系统为主组织的全国性社会调查。县残联从去年11月到今年3月会同有关部门完成了筹备、培训和摸底，为4月1日开始的入户调查打下基础。3月份制定了《岱山县第二次全国残疾人抽样调查工作方案》，明确组织领导、调查目的、对象、范围、时间和阶段；3月14日召开动员大会，又先后制定《岱山县第二次全国残疾人抽样调查现场调查方案》《岱山县第二次全国残疾人抽样调查宣传方案》和《岱山县第二次全国残疾人抽样调查安全预案》，明确各部门和调查队的任务，为现场调查
""",
    ),
    dict(
        name="fresh143_05_bureau_care_next_generation_work_plan",
        source="https://ilede.com.cn/a/2aykpvk.html",
        doc_kind="plan", partial=True,
        notes=["A bureau's 关工委 (关心下一代工作委员会) annual work plan; the stored text starts at 一、 with no title "
               "line or opening, so title is null. Party-congress numbers are masked in the source ('党的xx届xx全会', "
               "'20_年'); kept.",
               "The four 一、–四、 headings are the plan's task areas: goals (measures accepted). '二、抓好培训。进一步提升"
               "关心下一代工作水平' is a heading line with a '。' typed where a comma belongs; the automatic cut would stop "
               "at '二、抓好培训', so the text is set by hand to the whole line.",
               "The （一）（二）（三） lines under 四、 are single activities ('开展一次…活动'), labelled items. The page ends "
               "after '（三）组织高中生、大学生', kept as a bare last item.",
               "县关工委 (which runs the training for grass-roots 关工委 heads) and 局党委 (leadership) are superior bodies, "
               "not listed as units."],
        units=["局关工委", "各关工小组"],
        text="""\
@H1 sec=goals alt=measures | 一、认真学习、宣传和贯彻落实党的xx届xx全会精神，进一步强化工作责任感
全会《决定》描绘了全面深化改革的蓝图和20_年前的时间表、路线图。局关工委将组织学习，重点是培育和践行社会主义核心价值观的24个字，借此增强做好关心下一代工作的责任感和使命感，引导青少年树立核心价值观，为实现中国梦打牢思想基础。
@H1 sec=goals alt=measures text=二、抓好培训。进一步提升关心下一代工作水平 | 二、抓好培训。进一步提升关心下一代工作水平
在县关工委举办基层关工委主任培训班之后，抓好局内各关工小组的培训，组织“五老”人员学习业务知识和外地经验，并开展关工小组之间的经验交流。
@H1 sec=goals alt=measures | 三、进一步巩固和发展“五好”关工委创建成果
在局党委支持下把“五好”关工委创建成果的巩固工作落到实处，在巩固中求发展。
@H1 sec=goals alt=measures | 四、积极组织开展各种关爱活动，激发关工委组织的生机与活力
@I2 | （一）开展一次社会主义核心价值的宣传活动，把核心价值观24个字做成卡片发给青少年，请他们用书法抄写后交关工委，交来作品的发给纪念品。
@I2 | （二）开展一次“少儿科技”有奖答题暨征文活动。
@I2 | （三）组织高中生、大学生
""",
    ),
    dict(
        name="fresh143_06_county_civil_affairs_halfyear_summary",
        source="https://xiebiwenku.com/index/article/detail/detail_id/5275.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county civil-affairs bureau's 2021 half-year summary; figures masked 'X' in the source (X户, X%, X个), "
               "kept. The 下半年工作思路 of the title is not in the stored text (the page ends in （二）2. at '平整').",
               "Three levels: 一、主要工作和成绩 (achievements), （一）（二） standalone level-2 headings, and under （二） "
               "the project lines '1.困难老年人家庭适老化改造项目：…' (run-in, cut at the colon) and "
               "'2.公益性生态公墓建设。…' (cut at 。), labelled level-3 headings: they name a project, then report on it.",
               "Under （一） the paragraph opens with '一是扎实开展党史学习教育。…': a line-initial run-in level-3 heading "
               "(numbering 一是, cut at 。); the '二是…三是…' that follow inside the same paragraph are not labelled.",
               "Names kept: the contractor 南京福康通养老产业集团 and the cemetery sites 沃洲镇塘湾陵园、东茗乡螺丝山."],
        units=["县民政局"],
        text="""\
@T | 县民政局2021年半年工作总结及下半年工作思路
2021年上半年，县民政局在县委、县政府领导和上级民政部门支持下，围绕中心工作践行“民政为民、民政爱民”理念，抓好民政系统常态化疫情防控和党史学习教育，强化基本民生保障和社会治理。主要情况总结如下：
@H1 sec=achievements | 一、主要工作和成绩
@H2 | （一）落实党建、党风建设工作责任
@H3 | 一是扎实开展党史学习教育。把党史学习教育同党建和民政工作结合，把学习成效转化为为民服务的行动。二是抓实党的建设，把党建服务品牌创建与民政业务结合，推进机关“党务、业务、服务”三务融合，以一月一主题活动推动“孺子牛”党建品牌创建。三是强化党风廉政责任制，排查廉政风险，严格执行“三重一大”决策制度，落实“一岗双责”。
@H2 | （二）民生实事和政府投资项目稳步推进
@H3 | 1.困难老年人家庭适老化改造项目：指导乡镇（街道）完成调查摸底，确定X户改造对象并完成能力评估；项目完成招投标，与中标单位南京福康通养老产业集团签订合同，改造方案已设计，形象进度完成X%。
@H3 | 2.公益性生态公墓建设。X年实际启动建设X个，已完成初步设计X个、设计评审X个、批复X个、林地审批X个、土地征用X个、工程招投标X个；沃洲镇塘湾陵园、东茗乡螺丝山等X个公墓点已动工，完成清表和平整
""",
    ),
    dict(
        name="fresh143_07_district_civil_affairs_halfyear_summary",
        source="https://wenku.docs.qq.com/detail?docId=7QRIaaTE0N",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="民政局2020年上半年工作总结及下一步工作重点",
        notes=["A district civil-affairs bureau's 2020 half-year summary on a document site. Two title lines: the site's "
               "'精编之民政局年上半年工作总结及下一步工作重点' (year lost) and the document's own '民政局2020年上半年工作总结"
               "及下一步工作重点'; the label takes the document's own and marks both as title lines. The site's preview "
               "snippet between them, its disclaimer ('此资料由网络收集而来…') and '腾讯文库精编' were dropped.",
               "The document arrived as one block with PDF line-break spaces; it was split at the heading boundaries. "
               "The space after the comma in '一、…社会救助网络， 切实保障弱势群体基本生活' is a PDF line break, kept "
               "(full-width comma restored).",
               "（一）城市低保工作。 is a run-in level-2 heading (achievements inherited); its '一是…二是…三是…' points run "
               "on inside the paragraph. The 下一步工作重点 named in the title is not in the stored text.",
               "Figures kept: 91元→110元, 2522户 6708人, 73.9万元 a month, 401万元 for 1—6月份, 182户 removed, 220户 "
               "added, 15元 price subsidy."],
        units=["民政局"],
        text="""\
@T | 精编之民政局年上半年工作总结及下一步工作重点
@T | 民政局2020年上半年工作总结及下一步工作重点
今年以来，我局在市民政局业务指导下，围绕区委、区政府中心工作和全年目标任务，突出民政工作重心，创新工作方法和理念，较好完成了上半年任务，维护了弱势群体的利益，为完成全年任务打下基础。
@H1 sec=achievements | 一、进一步扩大和完善社会广泛参与、多元化的社会救助网络， 切实保障弱势群体基本生活
@H2 | （一）城市低保工作。一是做好城市低保提标，这是市委、市政府关注民生十件实事之一：从4月份起对全区低保重新审核审批，抓好评议、公示、审批三个环节，人均补助由91元提高到110元。截至6月底全区低保对象2522户、6708人，每月发放低保金73.9万元，1—6月份累计发放401万元。二是健全低保工作机制，新建回访复查、会议集中审批和举报案件查处三项制度，加大动态管理，截至6月底取消182户、新增220户。三是为低保家庭发放每人每月15元物价补贴，已全部发放到位。
""",
    ),
    dict(
        name="fresh143_08_city_red_cross_halfyear_brief_summary",
        source="https://m.wnwk.com/doc/1487375.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="2023年市区红十字会上半年度小结",
        notes=["A city Red Cross society's short half-year summary (小结) from a document-sharing site whose text is "
               "machine-altered (synonyms swapped: '效劳大局', '进展顺当'; '上半年。' misplaced inside sentences; '?' "
               "where 《》 stood; document numbers damaged to '安编发202312号', '安编办202313号', '安编发202314号'). "
               "Damaged numbers and '?' quoting kept.",
               "Chunk markers of the site kept as debris, never labelled: '1、' glued before the title (the title label "
               "leaves it out), '2、' at the start of a line that splits a document number ('安编发202312' / '号'), and "
               "'3、' before a line starting with '。'.",
               "The 下半年 paragraph (what the society will do in the second half: 灾后重建 audits, 社区为本, 博爱家园, "
               "红十字青少年) comes right after the title, before the opening, with no heading: body, not labelled; "
               "it is the document's only forward-looking part.",
               "一、 and 二、 are the reported areas: achievements. The page ends at '其余'."],
        units=["市红十字会"],
        text="""\
@T | 1、2023年市区红十字会上半年度小结
市红十字会上半年做了一些工作，但与上级要求还有很大距离。下半年，将继续围绕中心、服务大局，做好灾后重建项目的完工审计、社区为本项目、红十字“博爱家园”项目和红十字青少年等工作，为我市经济社会协调发展尽一份力。
市红十字会在市委、市政府领导和省红十字会指导下，上半年贯彻中国红十字会和党的十七届六中全会精神，围绕市里中心工作，发挥政府人道领域助手作用。现简要总结如下：
@H1 sec=achievements | 一、组织建设有了进一步加强
市机构编制委员会?关于市红十字会机构设置调整的通知?（安编发202312
2、号）印发后，在市委、市政府重视下，今年又出台了?关于标准市级机构序列名称及有关解释的通知?（安编办202313号）和?关于市红十字会主要职责内设机构和人员编制的通知?（安编发202314号），明确市红十字会列入人民团体序列，为副县级建制，事业编制4名，会长由市政府领导兼任，设副县级专职副会长1名，内设综合办公室，编制3名，科级领导职数1名。编制已满员，实际到岗3人，财政基本账户已建立。
@H1 sec=achievements | 二、地震灾后重建等项目进展顺当
市红十字会共争取灾后重建项目资金7130万元，地震以来
3、。援建灾民建房1156户、村卫生室112个、乡镇学校20所、乡镇卫生院26个、饮水工程1处、备灾中心2个。总会一、二期项目除石泉备灾中心外已全部完工，第三期项目除市红十字会备灾中心还在选址建设外，其余
""",
    ),
    dict(
        name="fresh143_09_bureau_trade_union_annual_summary",
        source="https://1566.cn/fanwen/zongjiebaogao/800520.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page: a bureau trade union's annual summary (the union serves a bank: "
               "'立足金融事业，为我行业务发展'). The page's '- 目录' line and the sample number '第1篇 ' before the title "
               "were dropped; title 'xxxx年局工会工作报告工作总结' as written (masked year).",
               "The sample arrived as one run-together block; it was split at the heading boundaries it shows. "
               "'一、加强政治学习、狠抓业务教育，提高员工综合素质充分发挥工会的自身优势，…' keeps the heading glued to its "
               "body without punctuation (text set by hand).",
               "Under 一、: '（一）xx年我们多次组织员工认真学习…' is a statement with no title of its own, labelled an item; "
               "'（二）大力表彰和宣传先进，…。' and '（三）注重员工业务技能的培训，…。' are run-in level-2 headings "
               "(achievements inherited).",
               "Masking kept ('xx年', '党的xx大', '×文件', 'xx天'). Figures kept: 先进单位6个, 先进个人33名, 通讯报道"
               "工作先进4名, 工会工作积极分子10名, 职工技协先进4名, 培训班17期, 1236人次, 人均1.63天."],
        units=["局工会"],
        text="""\
@T | xxxx年局工会工作报告工作总结
xx年我工会围绕市党委提出的“三年再造”战略目标，依据《xx年工会工作意见》和《工会系统目标管理考核办法》制定全年计划和目标，在党总支和市工委支持下围绕中心工作，加强自身建设，履行各项职能，为完成市里下达的各项指标做了大量工作。现将xx年工作总结如下。
@H1 sec=achievements text=一、加强政治学习、狠抓业务教育，提高员工综合素质 | 一、加强政治学习、狠抓业务教育，提高员工综合素质充分发挥工会的自身优势，配合行政开展有特色的员工教育，提高员工思想素质。
@I2 | （一）xx年我们多次组织员工学习党的xx大和全总十四大文件，领会xx大及×文件精神，开展理想、信念、形势和任务教育，引导员工立足金融事业、为我行业务发展多作贡献。
@H2 | （二）大力表彰和宣传先进，充分发挥先进典型的示范作用。我们牵头做好各项总结评比，共评出先进单位6个、先进个人33名、通讯报道工作先进4名、工会工作积极分子10名、职工技协先进4名，并通过刊物、网讯和交流会宣传先进事迹，营造学先进、赶先进的氛围。
@H2 | （三）注重员工业务技能的培训，提高员工技能水平。我们利用职工业余学校开展多种形式的业务教育，配合有关部门举办各类培训班17期，参训1236人次，累计xx天，人均培训1.63天。
""",
    ),
]
