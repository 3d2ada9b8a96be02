# -*- coding: utf-8 -*-
"""The ninth held-out fresh set: real Chinese work plans, work points, schemes,
activity plans, summaries and a report written by GOVERNMENT bodies (a city's
emergency management bureau, a county environmental protection bureau, a
township government, a district government office, a provincial human
resources department, a county disaster reduction committee, a city market
regulation bureau, a city's propaganda department and culture bureau, a district
government, a county disabled persons' federation event, a county veterans
affairs bureau, a county health bureau and a township government), found as
stored public web pages with the `search` tool's `pages` corpus.  Most of the
documents were chosen for a visible steps / schedule part with dated phases.
None of the source pages is a source of shared/corpus-dev or
tests/corpus_fresh .. tests/corpus_fresh8, tests/corpus_fresh10 or the
tests/corpus_fresh11 being built at the same time.  HELD OUT: never tune an
importer on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  metadata tables, download notices, site blurbs, collection titles, sample
  numbers) was dropped; debris that a user pasting from the page would get
  along (page markers, damaged dates, garbled characters, masks) is kept and
  never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！～ was restored (times such as 9:00 keep the colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names (and a personal phone number) were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH9_DOCS = [
    # ------------------------------------------------------------- plans
    dict(
        name="fresh9_01_city_emergency_bureau_work_points",
        source="https://gongwenbang.cn/doc/388682.html",
        doc_kind="plan", partial=True,
        notes=["A county-level city's emergency management bureau work points (工作要点) for 2024, from a document-sharing "
               "page that extracted the PDF text (site header, VIP and size lines dropped). The title line keeps the PDF "
               "spacing '市应急管理局 2024 年工作要点'.",
               "一、主要目标 has three dash-bullet target items '——安全生产方面：…', '——应急救援方面：…', '——基层基础方面：…' "
               "(items, level 2). Between the first two the PDF extraction lost characters and the bullet of a further "
               "target; what is left is a body line. The deadlines '3月底前…', '6月底前…' inside the last target are not "
               "phases. 二、重点工作 → （一） → '1.高效统筹推进。…' (run-in heading, level 3); the page ends inside it."],
        units=[],
        text="""\
@T | 市应急管理局 2024 年工作要点
2024年全市应急管理工作的总体要求：以习近平新时代中国特色社会主义思想为指导，统筹高质量发展和高水平安全，以“遏较大、降一般、提本质”为目标，以基层应急消防治理体系建设和降低化工集聚区安全风险为主线，以治本攻坚和群防群治为着力点，为加快建设数字文明共富美好新桐乡提供应急管理保障。
@H1 sec=goals | 一、主要目标
@I2 | ——安全生产方面：生产安全事故起数和死亡人数实现双下降，亿元GDP相关指标控制在0.0088以内，全力防范较大及以上事故和有较大社会影响的事故。
损失控制在GDP的1%以内，避免群死群伤事件，推进基层防汛防台体系标准化提能升级。
@I2 | ——应急救援方面：围绕提升突发事件应急处置能力，巩固救援规范化建设成果，健全防汛防台、危化品事故等救援机制，专项预案修订率达到100%。
@I2 | ——基层基础方面：加强基层应急消防治理体系建设，3月底前实现11个镇（街道）应急消防管理站全覆盖，6月底前专职消防队建设达标率达到100%，村（社区）网格协同开展安全工作覆盖率达到100%。
@H1 sec=goals alt=measures | 二、重点工作
@H2 | （一）开展基层应消治理体系建设行动
@H3 | 1.高效统筹推进。落实基层应急消防治理体系建设任务清单，推动力量下沉，指导各镇（街道）健全统筹协调机制，规范建设应急消防管理站和专职消防队。
""",
    ),
    dict(
        name="fresh9_02_county_environmental_publicity_month_plan",
        source="https://m.jinchutou.com/shtml/view-488853914.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        title_override="2021年县环境保护宣传月工作计划",
        notes=["A county environmental protection bureau's work plan for an environmental publicity month, one run-together "
               "block on a document-sharing page (uploader line, page thumbnails and the site blurb dropped). The site's "
               "chunk marker '1、' is glued to the title line and kept; the title is given without it.",
               "The store lost the breaks after '一、活动目标', '二、活动专题' and '三、活动时间': kept glued, heading text given by "
               "hand. '三、活动时间2021年5月10日6月10日' (the '至' is missing in the source) holds the overall period (optional). "
               "四、关键活动 lists dated activities; each run-together activity was split into its title line "
               "'（一）2021年环境保护宣传月开启仪式' and key-value body lines '时间：5月19日', '地点：…', '牵头单位：…'; the "
               "activities are phases dated in the line after the title (5月19日, 6月5日). The damaged time '9:0011:00' is "
               "kept. The page ends inside '工作要…'."],
        units=["环境保护局办公室", "县环境保护局"],
        extra_phases=[dict(name="活动时间", start_text="2021年5月10日", end_text="6月10日", at="三、活动时间")],
        text="""\
@T | 1、2021年县环境保护宣传月工作计划
为广泛宣传污染防治的重要性和紧迫性，动员社会各方力量共同打好污染防治攻坚战，本局定于2021年5月10日至6月10日在全县开展环境保护宣传月系列活动，特制订本方案。
@H1 sec=goals alt=guidance text=一、活动目标 | 一、活动目标通过系列宣传活动，倡导政府、企业和公民牢固树立保护生态环境的理念，从自身和小事做起，养成可持续的生产生活和消费方式，持续改善生态环境质量，推动经济、社会和环境协调发展。
@H1 sec=other text=二、活动专题 | 二、活动专题“向污染宣战”（2021年“65”世界环境日专题）
@H1 sec=phases alt=other text=三、活动时间 | 三、活动时间2021年5月10日6月10日
@H1 sec=goals alt=phases | 四、关键活动
@H2 phase=环境保护宣传月开启仪式;5月19日; | （一）2021年环境保护宣传月开启仪式
时间：5月19日
地点：城北居委会
牵头单位：环境保护局办公室
参加人员：环境保护志愿者服务队
工作要求：县环境保护局办公室负责宣布宣传月开启并介绍活动内容。
@H2 phase=“65”世界环境日宣传及法治活动;6月5日; | （二）“65”世界环境日发放宣传单及环境保护法治活动
时间：6月5日9:0011:00
地点：广场
牵头单位：县环境保护局
工作要
""",
    ),
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh9_03_township_subsistence_allowance_check_scheme",
        source="http://m.okwtrl.com/a/201810/1772274.html",
        doc_kind="scheme", partial=True,
        notes=["A township government's scheme for the 2014 check of urban and rural subsistence allowance (低保) households, "
               "in traditional characters; the page title '城鎮低保的考察方案' is the title line ('- 相關推薦' dropped). The scheme "
               "names itself in the lead-in (《湯溝鎮2014年度城鄉低保核查工作方案》).",
               "'二、核查時間：' holds the overall check period in the next line (optional). 三、實施步驟 has the steps "
               "'1、宣傳發動（6月30日至7月3日）' and '2、鎮村公示（7月25日—8' (level 2 phases); the second is cut off by the page "
               "after '—8', so it has a start only and its heading text is given by hand. The leaders' names in step 1 were "
               "dropped. The unlabelled body line '採取各村自查…' belongs to step 1."],
        units=["低保核查工作領導小組"],
        extra_phases=[dict(name="核查時間", start_text="2014年7月4日", end_text="2014年7月18日", at="二、核查時間")],
        text="""\
@T | 城鎮低保的考察方案
為加強本鎮城鄉低保規範化管理，做到動態管理、應保盡保，按照《關於開展2014年度城鄉低保核查工作的通知》，制定《湯溝鎮2014年度城鄉低保核查工作方案》如下：
@H1 sec=other | 一、核查對象：
對全鎮正在享受城鄉低保的家庭全部核查一遍。
@H1 sec=phases alt=other | 二、核查時間：
2014年7月4日至2014年7月18日。
@H1 sec=phases | 三、實施步驟
@H2 phase=宣傳發動;6月30日;7月3日 | 1、宣傳發動（6月30日至7月3日）
鎮裡成立由鎮長任組長的低保核查工作領導小組，負責指導和督查；召開各村支部書記和會計參加的動員大會；各村也成立相應小組，把名單報鎮民政辦，並召開村民代表會議，營造核查氛圍。
採取各村自查與鎮核查相結合的辦法，各村入戶逐一核查，不符合條件的退出、符合條件的及時上報，實行“誰核查、誰簽字、誰負責”。
@H2 text=2、鎮村公示 phase=鎮村公示;7月25日; | 2、鎮村公示（7月25日—8
""",
    ),
    dict(
        name="fresh9_04_district_unlicensed_kindergarten_scheme_reading",
        source="https://www.haicang.gov.cn/xx/zdxxgk/jbxxgk/zcjd/201908/t20190827_701972.htm",
        doc_kind="scheme", partial=False,
        notes=["A district government office's published reading (解读) of its scheme for rectifying unlicensed kindergartens; "
               "the page gives the scheme's outline, so almost every line is a heading (the source and date line and "
               "'附件下载' dropped). The page is complete.",
               "三、时间和阶段安排 has three stages with dates in brackets, '（一）建档分类阶段（2018年11月1日至2018年11月30日）' "
               "… '（三）总结建制阶段（2019年6月1日至6月30日）' (level 2 phases), each followed by numbered tasks '1.摸排建档。' "
               "(items, level 3). The deadline '2019年6月前' in 一、工作目标 is not a phase."],
        units=[],
        text="""\
@T | 《关于印发海沧区深入开展无证幼儿园专项整治工作方案的通知》解读
@H1 sec=goals | 一、工作目标
全面整治无证幼儿园、规范办园行为：新增一批合格园，取缔一批无证园，原则上2019年6月前基本消除现有无证园；对新出现的无证园坚持“发现一家，整治一家”。
@H1 sec=guidance | 二、工作原则
@H2 | （一）全纳管理，确保安全。
@H2 | （二）属地管理，落实责任。
@H2 | （三）因地制宜，分类推进。
@H1 sec=phases | 三、时间和阶段安排
@H2 phase=建档分类阶段;2018年11月1日;2018年11月30日 | （一）建档分类阶段（2018年11月1日至2018年11月30日）
@I3 | 1.摸排建档。
@I3 | 2.分类整治。
@H2 phase=集中整治阶段;2018年12月1日;2019年5月31日 | （二）集中整治阶段（2018年12月1日至2019年5月31日）
@I3 | 1.审核整改方案。
@I3 | 2.开展整改验收。
@I3 | 3.依法依规审批。
@I3 | 4.取缔无证办园。
@H2 phase=总结建制阶段;2019年6月1日;6月30日 | （三）总结建制阶段（2019年6月1日至6月30日）
@I3 | 1.建立健全无证幼儿园早期发现、早期干预等监控机制。
@I3 | 2.建立联合执法机制。
@I3 | 3.建立政策引导机制。
@H1 sec=requirements | 四、工作要求
@H2 | （一）加强组织领导。
@H2 | （二）明确部门责任。
@H2 | （三）加快普惠性幼儿园建设。
@H2 | （四）加强财政补助。
@H2 | （五）妥善做好分流工作。
@H2 | （六）加强师资培训。
@H2 | （七）加强宣传教育。
@H2 | （八）建立工作月报和通报制度。
""",
    ),
    dict(
        name="fresh9_05_province_hr_dept_job_fair_campaign_notice",
        source="http://rst.fujian.gov.cn/zw/zfxxgk/zfxxgkml/zyywgz/jycj/202601/t20260127_7085515.htm",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A provincial human resources and social security department's notice arranging the year's public job-fair "
               "campaigns; like dev05 the plan is the body of the notice (the metadata table, '来源/时间' line dropped; the "
               "addressee line is body). The notice title is the title line.",
               "二、活动安排 lists the campaigns as run-in headings '（一）就业援助月。1月，…', '（二）“就在八闽”…专项活动。1-3月，…' "
               "(level 2 phases, dated in the sentence after the title; '1-3月' is start '1', end '3月' as in fresh5). The page "
               "ends at '（三）春风行动。2-': kept as the fragment, a phase with start '2' and no end."],
        units=[],
        text="""\
@T | 福建省人力资源和社会保障厅关于开展2026年公共就业招聘专项活动的通知
各设区市人社局，平潭综合实验区社会事业局：
为落实稳就业、稳企业、稳市场、稳预期的部署，促进人岗精准匹配，根据人社部函〔2026〕1号要求，现就全省2026年公共就业招聘专项活动通知如下。
@H1 sec=goals alt=guidance | 一、工作目标
坚持以人民为中心、实施就业优先战略，开展全方位、多层次、专业化的招聘服务，缓解就业结构性矛盾，稳定全省就业大局。
@H1 sec=phases alt=goals | 二、活动安排
@H2 text=（一）就业援助月 phase=就业援助月;1月; | （一）就业援助月。1月，面向登记失业人员和就业困难人员，联合当地残联举办招聘、加强职业指导和关爱帮扶，做好就业兜底。
@H2 text=（二）“就在八闽”高校毕业生就业服务专项活动 phase=“就在八闽”高校毕业生就业服务专项活动;1;3月 | （二）“就在八闽”高校毕业生就业服务专项活动。1-3月，重点服务应届和往届未就业毕业生，会同高校及教育、团委等部门开展访企拓岗、线上线下招聘和政策宣传。
@H2 text=（三）春风行动 phase=春风行动;2; | （三）春风行动。2-
""",
    ),
    dict(
        name="fresh9_06_county_disaster_reduction_week_scheme",
        source="http://drpawanjain.com/gongwen/fangan/349232.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county disaster reduction committee's scheme for a disaster-prevention publicity week, in traditional "
               "characters (the time/category line and the repeated collection title '…實施方案范文' dropped).",
               "The source lost the month everywhere ('今年月12日', '月9日至14日'): the damaged dates are kept. 一、活動時間 holds "
               "the overall week (optional); under 二、活動內容 the two activities are dated in brackets, '（一）集中宣傳活動（月12日）' "
               "and '（二）系列宣傳活動（月9日—14日）' (level 2 phases). '1開展城鄉社區…' has lost the stop after its number: an "
               "item with no numbering class; the page ends inside it."],
        units=["縣減災辦", "縣應急辦"],
        extra_phases=[dict(name="活動時間", start_text="月9日", end_text="14日", at="月9日至14日為全縣")],
        text="""\
@T | 全縣防災減災宣傳教育活動周實施方案
今年月12日是我國第十個“防災減災日”，主題為“行動起來，減輕身邊的災害風險”。為增強全民防災減災意識和自救互救能力，縣減災委決定開展為期一周的宣傳活動，特制定本方案。
@H1 sec=phases alt=other | 一、活動時間
月9日至14日為全縣防災減災宣傳教育活動周，月12日為集中宣傳日。
@H1 sec=goals alt=phases | 二、活動內容
@H2 phase=集中宣傳活動;月12日; | （一）集中宣傳活動（月12日）
由縣減災辦和縣應急辦牽頭，縣民政局、地震局、氣象局、國土資源局、農委、林業局、衛計委、住建局、教體局、水務局、消防大隊等單位於當天上午9時前在縣城中心廣場擺好展板、設咨詢點，集中宣傳各類災害的防範知識；成員單位在東西大街懸掛橫幅或用電子屏宣傳，縣新聞媒體開設專欄報道。
@H2 phase=系列宣傳活動;月9日;14日 | （二）系列宣傳活動（月9日—14日）
@I3 text=1開展城鄉社區（村）防災減災宣傳活動和風險隱患排查治理活動 | 1開展城鄉社區（村）防災減災宣傳活動和風險隱患排查治理活動。組織城鄉社區（村）評估災害風險，重點排查暴雨、洪澇、地震、滑坡、泥石流、火災等災害對車站、學校、醫院、敬老院、建築工地等場所的威脅。
""",
    ),
    # ----------------------------------------------------- activity plans
    dict(
        name="fresh9_07_city_market_regulation_quality_month_activity",
        source="https://www.gongqing.gov.cn/scjdglj/02/fgzc/zcwj/202411/t20241113_6769017.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county-level city market regulation bureau's 'quality month' activity plan issued with its own short notice "
               "(addressee, notice sentence, signature and date are body lines before the title line; '相关解读/相关文件' "
               "dropped).",
               "二、活动内容 lists activities as run-in headings '（一）举办共青城市“质量月”宣传活动。…' (level 2), each followed by "
               "key-value body lines '活动时间：9月', '活动地点：…', '牵头部门：…', '配合部门：…'. The dated activities are labelled "
               "as phases dated in the next line (9月, 9月, 5-12月 → start '5', end '12月'). The page ends inside （五）, which "
               "shows no date."],
        units=["质监股"],
        text="""\
机关各股室、分局，所属事业单位：
现将《共青城市市场监督管理局2024年“质量月”活动方案》印发给你们，请结合实际认真执行。
共青城市市场监督管理局
2024年9月13日
@T | 共青城市市场监督管理局2024年“质量月”活动方案
@H1 sec=other | 一、活动主题
全国统一主题：加强质量支撑 共建质量强国
@H1 sec=goals alt=phases | 二、活动内容
@H2 text=（一）举办共青城市“质量月”宣传活动 phase=“质量月”宣传活动;9月; | （一）举办共青城市“质量月”宣传活动。在商场、社区、学校等地，围绕产品质量安全和缺陷消费品召回开展宣传、咨询和服务。
活动时间：9月
活动地点：全市
牵头部门：质监股
配合部门：食药股、市场秩序股、知识产权股、各分局
@H2 text=（二）开展“计量服务中小企业行”活动 phase=“计量服务中小企业行”活动;9月; | （二）开展“计量服务中小企业行”活动。组织计量技术机构和专家上门，帮助中小企业解决测试方法、设备检定校准和人员培训等难题。
活动时间：9月
活动范围：全市
牵头部门：质监股
配合部门：各分局
@H2 text=（三）开展电子计价秤专项整治 phase=电子计价秤专项整治;5;12月 | （三）开展电子计价秤专项整治。对电子计价秤的生产、销售、维修和使用全链条整治，压实监管责任和企业主体责任。
活动时间：5-12月
活动范围：全市
牵头部门：质监股
配合部门：各分局
@H2 text=（四）开展标准提升行动宣传活动 phase=标准提升行动宣传活动;5;12月 | （四）开展标准提升行动宣传活动。宣传“两新”工作和标准提升行动，发布一批“江西绿色生态”标准并制作宣传短视频。
活动时间：5-12月
活动地点：全市
牵头部门：质监股
配合部门：各分局
@H2 | （五）组织“检验检测机构开放日”活动。组织检验检测技
""",
    ),
    dict(
        name="fresh9_08_city_square_dance_contest_activity",
        source="http://www.nxgy.gov.cn/zwgk/zfxxgkml/zcfg_38949/ggwhfw1/202101/t20210107_2564160.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city propaganda department's and culture-tourism bureau's scheme for a mass square-dance contest, issued "
               "with a short notice (metadata table dropped; addressee, notice sentence, signature, date and '（此件公开发布）' "
               "are body lines before the title line).",
               "'二、举办单位' is followed by key-value lines '主办单位：…', '承办单位：…' and bare unit names (body). 三、比赛安排 "
               "has eight 'N、label：value' items (level 2): '1、大赛时间：2020年9月25日上午9:00时' and '4、报名时间：9月18日—9月23日' "
               "are phases; the contact person's name and phone number were dropped, leaving the bare labels "
               "'6、联 系 人：' and '7、联系电话：'. The page ends inside 四、奖项设置."],
        units=["中共固原市委宣传部", "固原市文化旅游广电局", "固原市文化馆"],
        text="""\
各县（区）党委宣传部、文化旅游广电局、市直有关部门单位：
现将《固原市第八届群众广场舞大赛活动实施方案》印发给你们，请认真执行。
中共固原市委宣传部 固原市文化旅游广电局
2020年9月8日
（此件公开发布）
@T | 固原市第八届群众广场舞大赛活动实施方案
为实施文化惠民工程、打造公共文化服务品牌，引导广场舞健康有序发展，营造创建国家公共文化服务体系示范区的氛围，决定举办第八届群众广场舞大赛，特制定本方案。
@H1 sec=other | 一、活动主题
六盘儿女奔小康 同心共筑中国梦
@H1 sec=responsibilities | 二、举办单位
主办单位：中共固原市委宣传部
固原市文化旅游广电局
承办单位：固原市文化馆
原州区文化旅游广电局
西吉县文化旅游广电局
隆德县文化旅游广电局
泾源县文化旅游广电局
彭阳县文化旅游广电局
@H1 sec=phases alt=other | 三、比赛安排
@I2 phase=大赛;2020年9月25日; | 1、大赛时间：2020年9月25日上午9:00时
@I2 alt=other | 2、大赛地点：人民广场
@I2 alt=other | 3、参赛人数：每队人数20—30人
@I2 phase=报名;9月18日;9月23日 | 4、报名时间：9月18日—9月23日
@I2 alt=other | 5、报名地点：固原市文化馆
@I2 alt=other | 6、联 系 人：
@I2 alt=other | 7、联系电话：
@I2 alt=other | 8、名额分配：各县（区）各报2支参赛队，原州区报3支，市直舞蹈协会和体育舞蹈协会各派1支。
@H1 sec=other | 四、奖项设置
设一等奖1名、奖金10000元，二等奖2名、各8000元，三等奖3名、各6000元，优秀奖7名、各4000元，另设优秀组织奖。
""",
    ),
    dict(
        name="fresh9_09_district_army_day_activity",
        source="http://www.trylelo.com/dangtuangongzuo/2022/0616/54820.html",
        doc_kind="activity_plan", partial=True,
        title_override="八一建軍節活動方案",
        notes=["A district's Army Day (八一) activity plan for supporting the army and the families of servicemen, first sample "
               "of a two-sample page in traditional characters; the collection title '八一建軍節活動方案 2 篇' was dropped and the "
               "sample heading '八一建軍節活動方案(1)' is the title line (title given without the sample number).",
               "一、組織領導 has the empty role lines '組長', '副組長', '成員' as the page has them (body). 二、活動安排 is the "
               "schedule: five activities led by masked dates '（一）20xx 年 x 月 x 日軍事日活動' … (level 2 phases, the masked "
               "date kept as written with its spaces); the fifth arrived with a mojibake marker '?。ㄎ澹?0xx 年 x 月 x 日…' "
               "(kept; no numbering class, date start '0xx 年 x 月 x 日'). Places are glued to the activities ('…講座地點區地稅樓…'). "
               "Under 三、活動要求 the headings run into their bodies without punctuation; heading text given by hand. The "
               "page ends inside （二）."],
        units=[],
        text="""\
@T | 八一建軍節活動方案(1)
今年8月1日是中國人民解放軍建軍xx周年紀念日。為做好節日期間的擁軍優屬、擁政愛民工作，鞏固軍政軍民團結，推動我區雙擁工作再上台階，結合實際制定本方案。
@H1 sec=responsibilities | 一、組織領導
為加強區委、政府對節日活動的領導，成立領導小組。
組長
副組長
成員
@H1 sec=phases | 二、活動安排
@H2 text=（一）20xx~年~x~月~x~日軍事日活動 phase=軍事日活動;20xx~年~x~月~x~日; | （一）20xx 年 x 月 x 日軍事日活動
@I3 | 1、xx 形勢講座地點區地稅樓五樓會議室
@I3 | 2、組織輕武器實彈射擊、徒步拉練地點 xx 景區
@H2 text=（二）20xx~年~x~月~x~日下午慰問~xx~軍分區 phase=慰問軍分區;20xx~年~x~月~x~日; | （二）20xx 年 x 月 x 日下午慰問 xx 軍分區
@H2 text=（三）20xx~年~x~月~x~日上午慰問轄區軍休干部、傷殘軍人、烈士遺屬、涉核退役軍人、在鄉復員軍人、立功受嘉獎義務兵 phase=慰問轄區優撫對象;20xx~年~x~月~x~日; | （三）20xx 年 x 月 x 日上午慰問轄區軍休干部、傷殘軍人、烈士遺屬、涉核退役軍人、在鄉復員軍人、立功受嘉獎義務兵
@H2 text=（四）20xx~年~x~月~x~日文化進軍營活動 phase=文化進軍營活動;20xx~年~x~月~x~日; | （四）20xx 年 x 月 x 日文化進軍營活動地點 xx 區圖書館
@H2 num=none text=?。ㄎ澹?0xx~年~x~月~x~日舉辦“軍民籃球友誼賽” phase=軍民籃球友誼賽;0xx~年~x~月~x~日; | ?。ㄎ澹?0xx 年 x 月 x 日舉辦“軍民籃球友誼賽”地點 xx 區第 x 中學體育館
@H1 sec=requirements | 三、活動要求
@H2 text=（一）加強組織領導，認真開展活動 | （一）加強組織領導，認真開展活動各部門和駐區部隊要按區委、區政府部署精心組織各項慶祝活動，深入開展以愛國主義和擁軍優屬、擁政愛民為主要內容的國防雙擁教育，宣傳我區雙擁創建成果。
@H2 text=（二）隆重簡樸突出重點，活動力求取得實效 | （二）隆重簡樸突出重點，活動力求取得實效建軍xx周年慶祝活動是我區創建全國文明城市和雙擁工作的重要內容，各單位要本著隆重熱烈、文明健康、豐富多彩、
""",
    ),
    dict(
        name="fresh9_10_county_disability_day_activity",
        source="https://www.fanwen112.com/fanwen/515125.html",
        doc_kind="activity_plan", partial=False,
        notes=["A county's programme for the national Day for Helping the Disabled (2011), organised with the city disabled "
               "persons' federation; the page title in brackets '[第二十八个全国助残日活动]全国助残日活动方案' is the title line "
               "(the site's time/category line dropped). The page looks complete.",
               "三、活动开展时间及地点 holds the single event time in the next line (optional). The names of the leaders (in the "
               "participant list, in the host bracket of 五、活动议程 and in agenda items 1-3) were dropped; the heading "
               "'五、活动议程（主持人：县人民政府副县长）' therefore lost a name. The six agenda items '1、…' are undated items "
               "(level 2), not phases."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2011年5月13日", end_text=None, at="活动时间：2011年5月13日")],
        text="""\
@T | [第二十八个全国助残日活动]全国助残日活动方案
@H1 sec=other | 一、助残日主题
改善残疾人民生 保障残疾人权益
@H1 sec=background alt=goals | 二、意义
近年来残疾人生活明显改善，但总体状况与社会平均水平仍有较大差距，农村贫困残疾人尤其困难。加大保障和扶持力度、通过帮包带扶改善其生活，是各级政府和全社会的共同责任。
@H1 sec=phases alt=other | 三、活动开展时间及地点
活动时间：2011年5月13日上午9:00
活动地点：中江县特殊教育学校
@H1 sec=other alt=responsibilities | 四、参加单位及人员
市残联理事长、县四大班子主要领导、县分管领导、各中小学校长、各乡镇残联理事长以及接受捐赠的下肢残疾人。
@H1 sec=phases alt=other | 五、活动议程（主持人：县人民政府副县长）
@I2 | 1、请市残联理事长讲话；
@I2 | 2、请中江县委书记讲话；
@I2 | 3、由县委书记为特校赠送慰问金；
@I2 | 4、由残疾学生致答谢辞；
@I2 | 5、请各位领导为残疾人赠送轮椅；摄像、拍照；
@I2 | 6、助残日文艺汇演。
""",
    ),
    # ----------------------------------------------------------- summaries
    dict(
        name="fresh9_11_county_veterans_affairs_bureau_summary",
        source="https://www.ahhy.gov.cn/zfxxgk/public/24761/51437668.html",
        doc_kind="summary", partial=True,
        notes=["A county veterans affairs bureau's summary of 2023 with its plan for 2024 (the plan part is not visible; the "
               "publication line dropped).",
               "Under 一、工作完成情况及取得的成绩 the points are run-in headings '（一）优抚关爱更加完善。一是…' (level 2); the "
               "'一是…二是…' sub-points stay inside their paragraphs (not labelled). The page ends inside （二）."],
        units=[],
        text="""\
@T | 县退役军人事务局2023年度工作总结及2024年工作计划
2023年，县退役军人事务局在县委、县政府领导和县人大监督下，以贯彻党的二十大精神为统领，落实退役军人和其他优抚对象的各项政策，各项工作稳步推进。现将工作情况总结如下。
@H1 sec=achievements | 一、工作完成情况及取得的成绩
@H2 | （一）优抚关爱更加完善。一是落实“普惠加优待”，为8493名优抚对象发放抚恤金和生活补助5579.83万元，为1810人次义务兵家庭、消防士兵家庭和重点优抚对象发放优待金1750.35万元。二是落实医保兜底，为5826人次发放医疗保障经费350.37万元，其中门诊医疗补助金65.79万元。
@H2 | （二）拥军崇军更加彰显。一是春节、“八一”期间走访慰问驻军、重点优抚对象和残疾军人269人次，发放慰问金43.45万元，组织“一对一”帮扶756人次。二是为246名立功受奖现役军人家庭送喜报，发放奖励金48.3万元。三是新增发放优待证1057张，累计22800张，协调交通、餐饮、文旅等优待。四是“清明”期间组织机关、学校和群众开展线上线下祭
""",
    ),
    dict(
        name="fresh9_12_county_health_halfyear_summary",
        source="https://wnwk.com/doc/1029240.html",
        doc_kind="summary", partial=True,
        title_override="上半年卫生健康总结及下半年方案",
        notes=["A county health bureau's half-year summary, one run-together block on a document-sharing page. The page "
               "marker '第1页共4页' is glued to the title line and kept (the title is given without it).",
               "'一、根本情况' keeps the source's wrong character (根本 for 基本); '（一）精准推进健康扶贫工作。一是…' is a run-in "
               "heading (level 2) with the '一是…四是' points inside its paragraph. The damaged figure '20230%' is kept. The "
               "page ends inside the paragraph."],
        units=[],
        text="""\
@T | 第1页共4页上半年卫生健康总结及下半年方案
2023年以来，在县委、县政府领导和州卫健委支持下，全县卫生健康系统紧盯年度重点任务，较好完成了各项阶段目标，现将上半年工作总结如下：
@H1 sec=background | 一、根本情况
全县有县乡村三级医疗卫生机构177个，其中县级医院2个、妇幼、疾控、监督执法机构和中心血库各1个，乡镇卫生院18个，村卫生室153个；编制床位400张、实际开放180张，每千人病床3.7张；系统编制335名，实有专业技术人员296名。
@H1 sec=achievements | 二、主要工作开展情况
@H2 | （一）精准推进健康扶贫工作。一是落实“十免四补助”政策，上半年卫生扶贫救助基金救助患者348人次、82.4986万元，贫困患者个人支付占比控制在5%以内。二是执行医疗控费，建档立卡贫困患者县域内就诊率达95.8%。三是截至5月底，2380户9961名建档立卡贫困人口家庭医生签约服务全覆盖，签约服务率达20230%。四是88个贫困村中已建成合格村卫生室87个，另1个计划8月底前建成；卫健局主要负责人带队到18所乡镇卫生院对健
""",
    ),
    # ------------------------------------------------------------- report
    dict(
        name="fresh9_13_township_government_term_work_report",
        source="https://www.wenku365.com/p-10590117.html",
        doc_kind="report", doc_kind_alt=["speech"], partial=True,
        notes=["A township government's work report to the township people's congress at the end of its term (政府工作报告 "
               "reviewing five years); the page title is the title line (the resource metadata, page thumbnails and the "
               "title repeated three times by the extraction were dropped; a chunk marker '2、' splitting a sentence was "
               "dropped with the rewriting). '各位代表：' is a salutation line.",
               "The unnumbered '过去五年的工作回顾' (level 1) is above '一、经济发展空前活跃' (level 2, level 1 accepted) and the "
               "dash points '——农业经济稳步提升…' (level 3, level 2 accepted), which run into their bodies without punctuation; "
               "heading text given by hand. The page ends inside the second dash point."],
        units=[],
        text="""\
@T | 乡镇政府换届工作报告
各位代表：
受镇人民政府委托，我向大会报告政府工作，请予审议，并请列席人员提出意见。
@H1 sec=achievements | 过去五年的工作回顾
20xx年以来，本届政府在县委、县政府和镇党委领导下，在镇人大监督支持下，解放思想、抢抓机遇，圆满完成镇第一届人大历次会议确定的各项任务，经济建设和各项社会事业迈上新台阶。
@H2 lvlalt=1 | 一、经济发展空前活跃
@H3 lvlalt=2 text=——农业经济稳步提升 | ——农业经济稳步提升五年来围绕“农民增收、企业增税”的目标，加大农业投入、调整产业结构、加强招商引资。到20xx年，全镇工农业生产总值7260.84万元，比20xx年增加1112万元、增长18%；农民人均纯收入1789.1元；劳务创收1348万元，增加425万元、增长40%；粮食总产7588.1吨，播种面积稳定在23000亩左右。
@H3 lvlalt=2 text=——工业经济迅猛增长 | ——工业经济迅猛增长镇政府把优化环境、发展经济放在首位，广辟招商途径，五年来共引进资金5148万元，先后
""",
    ),
]
