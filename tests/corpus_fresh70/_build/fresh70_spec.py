# -*- coding: utf-8 -*-
"""The seventieth held-out fresh set: WORK SUMMARIES AND WORK REPORTS (工作总结:
annual, half-year and special; 工作汇报 / 政府工作报告) by two subdistrict offices, a
township government, a village bank, a bank branch, a county hospital, a hospital's
internal-medicine department, a construction company's branch and two schools, with
their title blocks as pasted (issuer line above a title, date and publisher lines of a
government site, breadcrumbs, collection titles and posting times of sample sites,
chunk markers of a document-sharing site, a PDF page number) and varied wording for the
sections (工作回顾 / 工作成效 / 主要亮点工作 / 工作成效及经营情况 / 目标实现情况, sentence
headings '一年来，…' and run-in headings without numbers).
Found as stored public web pages with the `search` tool's `pages` corpus; none of the
source pages is a source of an earlier set (checked against every label file and every
used-source list under /work/fresh*/ and /work/wt-lead/tests/corpus_*/).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site blurbs, 导语, sample numbers and other samples of a
  collection were dropped; site header lines (breadcrumbs, collection titles, posting
  times, a government site's metadata lines) were KEPT where they stand above the
  document, as a user pasting the page would bring them (the focus of this set), and
  are never labelled.
- Heading and title lines keep the source's numbering, wording and punctuation
  (full-width punctuation restored from the store's NFKC text).
- Every body paragraph is rewritten in our own words and shortened.  Dates, figures,
  unit and place names, blanks and masks found in the source are kept.  Personal names
  were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH70_DOCS = [
    dict(
        name="fresh70_01_subdistrict_xixi_2021_summary_2022_ideas",
        source="http://www.hzxh.gov.cn/art/2022/3/14/art_1229462860_59017979.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict office's annual summary with next year's ideas (西溪街道2021年工作总结和2022年工作思路) from a "
               "district government's open-government page. The page's metadata lines above the title (信息索引号 / 文号, "
               "公布日期 / 公开方式, 发布单位 / 统一编号) are kept as pasted; they are site lines, not title lines, and never "
               "labelled. Title: the one line '西溪街道2021年工作总结和2022年工作思路'.",
               "Only the review part is visible: '一、2021年工作回顾' (achievements). Under it the page has two standalone "
               "sentence headings '一年来，我们一心一意谋发展，经济建设取得新成效。' and '一年来，我们建管并重强统筹，环境面貌有了"
               "新变化。' (level 2, numbering none) and below each unnumbered run-in headings '高校经济纵深推进。…', "
               "'文三街区加快转型。…', '旧改项目高标推进。…' (level 3, texts cut at the first '。').",
               "Section kind achievements throughout (backward-looking 做法/成效). The 2022 ideas (工作思路) are not in the "
               "visible part. The page ends inside the last run-in section ('…主体工程正式')."],
        units=["西溪街道", "街道办事处"],
        text="""\
信息索引号: 00250253-0/2022-20797 文号:
公布日期: 2022-03-14 公开方式: 主动公开
发布单位: 西溪街道 统一编号:
@T | 西溪街道2021年工作总结和2022年工作思路
@H1 sec=achievements | 一、2021年工作回顾
2021年是建党100周年和“十四五”开局之年。街道办事处以习近平新时代中国特色社会主义思想为指导，践行“八八战略”，在区委区政府和街道党工委领导下，围绕建设共同富裕示范区的首善之区和美丽幸福新西溪的定位，完成了年度目标任务，实现“十四五”良好开局。
@H2 num=none | 一年来，我们一心一意谋发展，经济建设取得新成效。
@H3 num=none | 高校经济纵深推进。深化校地合作：浙商大创业园以选商优商促提升；浙师大智慧儿童创新创业园一期开园并全面招商；杭州电子科技大学创新园完成改造，引进人工智能研究院等平台和一批校友企业；与省团校、开放大学的共建继续深化。
@H3 num=none | 文三街区加快转型。围绕数字生活主题推动沿街产业园和楼宇改造升级，完成东部软件园创新大厦局部改造和配套工程，一批数字生活、数字教育项目落地。
@H2 num=none | 一年来，我们建管并重强统筹，环境面貌有了新变化。
@H3 num=none | 旧改项目高标推进。德雅公寓美丽家园项目全面完成，改造立面1.4万平方米、道路2600平方米，增设充电设施70个、消防设施90套；建工新村危旧房改造完成权证注销等前期工作，主体工程正式
""",
    ),
    dict(
        name="fresh70_02_subdistrict_changshuo_2022_summary_2023_plan",
        source="https://www.anji.gov.cn/hzgov/front/s587/zwgk/zfgzbg/20230224/i3513966.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict office's annual summary and next year's plan (昌硕街道2022年工作总结和2023年工作计划) from a "
               "county government's page of work reports. The page's date line '- 时间：2023-02-24' under the title is "
               "kept as pasted (a site line, not a title line, never labelled).",
               "'一、2022年工作回顾' (achievements) is followed by an opening paragraph and by the sentence heading "
               "'一年来，面对经济下行挑战，我们迎难而上。' run in with its body (level 2, numbering none, text cut at the "
               "first '。'). The body of that paragraph carries '一是…。二是…。三是…' in the middle of the line: not "
               "labelled (markers inside a line).",
               "The 2023 plan is not in the visible part. The page ends inside 三是 ('…三是着力绿色发展，加')."],
        units=["昌硕街道", "街道办事处"],
        text="""\
@T | 昌硕街道2022年工作总结和2023年工作计划
- 时间：2023-02-24
@H1 sec=achievements | 一、2022年工作回顾
2022年，街道办事处在县委县政府和街道党工委领导、街道人大工委监督支持下，学习贯彻党的二十大精神，落实全省“两个先行”和市县决策部署，推进经济发展、城市更新、基层治理和生态文明建设，持续打响“小城大爱·美好昌硕”品牌，加快打造共同富裕现代化品质之城。
@H2 num=none | 一年来，面对经济下行挑战，我们迎难而上。我们保持实干争先，推进腾笼换鸟、人才招引和项目建设，项目质量和产业结构同步优化。一是激发主体活力，推动城乡共兴。全年完成财政收入12.8亿元，增长25%，限上服务业营收67.5亿元；第二届“小城大爱·昌硕之夏”夜市吸引线下客流超过20万人次，带动消费1200万元；建成全县首家大学生创业基地“青创加油站”，孵化项目11个，为80位创业大学生提供担保贷款和贴息。二是加快项目“双进”，加速腾笼换鸟。招引3个亿元以上项目，五大“文旅+康养”综合体相继开工、竣工，完成固定投资3.65亿元；完成256家企业亩均税收调查，出清38家高耗低效企业，收储园区外土地60亩、复垦20亩。三是着力绿色发展，加
""",
    ),
    dict(
        name="fresh70_03_township_2023_government_work_report_page20",
        source="https://guanshanwenku.com/gongzuozongjie/2023/02/48742_20.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Page 20 of 30 of a collection of township government work reports (乡2023年政府工作报告-10篇): the store's "
               "text starts in the middle of one report's review of 2022. The page's header line "
               "'乡2023年政府工作报告-10篇(第20/30页)' is kept as pasted; it is the collection's title with a page counter, "
               "not the document's own title, so title is null and the line is never labelled.",
               "The top level visible is the standalone sentence heading '一年来，我们坚持惠民生、强保障，持续提升群众幸福"
               "指数。' (level 1, level 2 accepted: its numbered parent, the report's 2022 review, is on an earlier page), "
               "with three unnumbered run-in headings '坚持多渠道开源稳增收。…', '坚持不断提高民生保障。…', '坚持常抓不懈防控"
               "疫情。…' (level 2, level 3 accepted). Section kind achievements (a review of the past year).",
               "Village and school names are kept (先锋, 奎楼, 兰溪, 高坑, 韦端, 前垅, 薛后, 永安中学, 吉巷中心小学). The page "
               "ends inside the third run-in section ('平战结合投')."],
        units=["兰溪村", "高坑村", "前垅村"],
        text="""\
乡2023年政府工作报告-10篇(第20/30页)
@H1 sec=achievements num=none lvlalt=2 | 一年来，我们坚持惠民生、强保障，持续提升群众幸福指数。
@H2 num=none lvlalt=3 | 坚持多渠道开源稳增收。先锋、奎楼等12村实施旧村复垦和土地开发58亩；长潭头水库清淤项目获批并挂网招标。兰溪村试点与联通公司成立通信合作社，村财每年增收1.2万元；高坑村在村委楼建屋顶光伏供公共照明；韦端、兰溪、先锋联建水果市场增收村财2万元；前垅村争取县委组织部资金100万元建电热泵烘干灶，预计每年增收30万元。在经济下行中守住了保基本民生、保工资、保运转的底线。
@H2 num=none lvlalt=3 | 坚持不断提高民生保障。发放165万元保障困难群众生活，含临时救助268人次，城乡低保和特困对象597名、残疾人226名；建成孝老食堂21个、开发公益性岗位26个，解决500多名留守老人用餐，薛后村孝老食堂的自给自足模式上了央视《经济半小时》。永安中学取得2022年度中考全县农村中学最优成绩，吉巷中心小学劳动基地入选省级第三批劳动教育实践特色项目；组建紧密型乡域医疗体系，22个村配备卫生所；对接省政协办公厅在韦端村开展“防癌义诊筛查活动”。
@H2 num=none lvlalt=3 | 坚持常抓不懈防控疫情。坚持人民至上，抓好“外防输入、内防反弹”的常态化防控，加大重点人群筛查和重要场所核酸检测频次，妥善处置6起紧急事项。平战结合投
""",
    ),
    dict(
        name="fresh70_04_village_bank_2021_halfyear_report",
        source="https://www.1mishu.com/haowen/66612.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A village bank's report on its first half of 2021 ('现就惺惺惜惺惺村镇银行2021年上半年工作情况及存在的问题、"
               "下半年工作措施汇报如下'), filed by the site under a misleading collection title: the page header lines "
               "'首页 > 文章中心 > 初中半期总结' (breadcrumb) and '初中半期总结范文第1篇' (collection title with sample number) "
               "are kept as pasted and never labelled. The report itself shows no title line, so title is null (the "
               "collection title names a middle school's term summary, not this report).",
               "The bank's name is the source's spun or masked form ('惺惺惜惺惺村镇银行') and is kept; the figures the source "
               "left blank ('资产总额万元', '增加 万元', '增幅为 %') are kept blank.",
               "'一、上半年经营情况：' (label heading with a colon; achievements, background accepted: a statement of the "
               "indicators) and '二、主要亮点工作' (achievements) with three level-2 headings （一）（二）（三）. Problems and "
               "next-half measures, announced in the lead-in, are not in the visible part. The page ends inside （三） "
               "('…绑定消费、转账')."],
        units=["惺惺惜惺惺村镇银行"],
        text="""\
首页 > 文章中心 > 初中半期总结
初中半期总结范文第1篇
按照会议安排，现就惺惺惜惺惺村镇银行2021年上半年工作情况及存在的问题、下半年工作措施汇报如下：
@H1 sec=achievements alt=background | 一、上半年经营情况：
截止6月末，我行资产总额万元，较年初增加 万元，增幅4.80%，其中贷款余额万元，较年初增加万元，增幅%；负债总额万元，较年初增加 万元，增幅 %，其中存款余额 万元，较年初增加 万元，增幅 %；所有者权益 万元，较年初增加 万元，增幅 %。
截止6月末，我行各项收入 万元，各项支出 万元，拨备前利润 万元。
@H1 sec=achievements | 二、主要亮点工作
@H2 | （一）员工工作作风提升明显
上半年我行调整任务指标、修改绩效考核办法，员工“庸懒散”的作风初步扭转；二季度以来主动“站起来、走出去”的员工明显增多，效率大幅提升。
@H2 | （二）结构调整初见成效
我行围绕“调结构”主线，开展“开门红”“走千家、访万户”“幸福粽享”等活动，加大活期存款和小额农户贷款营销。截至2021年6月末，活期存款余额 万元，占存款总额 %，贷款客户数为户，户均贷款由年初的 万元降为 万元；服务小额农户支持乡村振兴的做法获上级党委肯定，并见诸《光明日报》。
@H2 | （三）支付渠道日趋完善
我行与第三方支付渠道磋商合作，借助农信银、通联支付、银联云闪付平台，实现本行银行卡与支付宝平台绑定消费、转账
""",
    ),
    dict(
        name="fresh70_05_bank_branch_annual_summary",
        source="https://www.zubaike.com/bk/116097.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('银行网点年度工作总结十篇'): a bank branch's (盘山支行) annual summary. "
               "The page header is kept as pasted: the breadcrumb the store ran together with the collection title "
               "('首页范文大全银行网点年度工作总结十篇银行网点年度工作总结十篇'), the collection title line and the posting time "
               "'发布时间：2024-04-25 02:13:39'; none is labelled. The sample number line ('银行网点年度工作总结篇1') and the "
               "start of sample 2 were dropped. The sample has no title of its own, so title is null.",
               "'工作成效及经营情况：' is an unnumbered label heading (level 1, achievements); '经营效益显着提高。…' (the "
               "source's 显着) is an unnumbered run-in heading (level 2). The year is masked in the source ('xx年末') and "
               "kept; the figures are kept. The page ends at '…一年中没有出现任何业务差错。其中：'."],
        units=["盘山支行"],
        text="""\
首页范文大全银行网点年度工作总结十篇银行网点年度工作总结十篇
银行网点年度工作总结十篇
发布时间：2024-04-25 02:13:39
这一年我行坚持依法经营、强化管理，以科学发展观为指导、以效益为目标，全行员工共同努力，较好完成了各项任务。
@H1 sec=achievements num=none | 工作成效及经营情况：
@H2 num=none | 经营效益显着提高。xx年末盘山支行各项收入6,393万元（含金融往来收入235.6万元、利息收入6,156万元、其他收入1.4万元），同比增加151万元，增长2.42%；各项支出4,851万元，实现拨备后利润1,542万元；剔除拨备金1,119万元，较总部下达的全年利润计划2044.9万元增盈616.1万元，完成计划的130.13%。
截止xx年末，各项存款余额68,350万元，较年初67,627万元增加723万元，剔除对公存款因素则增加11,523万元，全年无一笔业务差错。其中：
""",
    ),
    dict(
        name="fresh70_06_county_hospital_key_specialty_report",
        source="https://chaoshi.m.zjtcn.com/classifydetails/1936256.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A county people's hospital's report on its key-specialty building (汇报材料) from a PDF: the page number "
               "'1' that the store kept above the title is kept as pasted (a page marker, never labelled). The title "
               "block is an issuer line '县人民医院' above '重点专科建设情况汇报材料'; both are title lines and the title is "
               "the two joined. The salutation '尊敬的各位领导、各位专家：' is a body line.",
               "PDF line wraps inside the paragraphs were joined; the PDF spacing around figures is kept ('26.32 亩', "
               "'16700 平方米', '128 人', '2012年'). No heading is in the visible part (the page ends in the third "
               "paragraph, '为适应新形势'), so this document has title lines and body only: an importer should find the "
               "title and no heading."],
        units=["县人民医院"],
        text="""\
1
@T | 县人民医院
@T | 重点专科建设情况汇报材料
尊敬的各位领导、各位专家：
县人民医院位于龙泉镇府东街，占地面积 26.32 亩，建筑面积 16700 平方米，是集医疗、教学、科研、预防、保健于一体的县级综合医院。现有在编职工 128 人，其中高级职称 12人、中级职称 42人；开放床位 120张，设临床医技科室 25个、行政后勤科室 13个。
自 2012年新医院运行以来，全院职工发扬“艰苦创业、开拓进取、争创一流、敢为人先”的精神，在环境建设、人才培养、设施改善和设备引进上下功夫，三个文明建设成效明显。2013年门诊约 22315人次，住院 2548人次，手术 446人次，业务质量指标达到“二甲”医院和“百姓放心示范医院”标准。
为适应新形势
""",
    ),
    dict(
        name="fresh70_07_hospital_internal_medicine_2018_summary",
        source="https://m.wenke99.com/p-9420860.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a document-sharing file ('医院科室2018年度工作总结'): a hospital's internal-medicine "
               "department's annual summary. The store ran everything into one paragraph; it was split at the title, "
               "the lead-in and the headings. The site's chunk marker '精选优质文档-倾情为你奉上' is kept on its own line as "
               "pasted (debris, never labelled). The file's title '医院科室2018年度工作总结' and the sample's own title "
               "'医院科室2018年度工作总结（内科）' are both title lines; the label takes the sample's own title (the sample "
               "number '【第1篇】' before it was dropped).",
               "Two run-in level-1 headings '一、不断扩大业务，顺利完成本年度目标任务。…' and '二、深入开展先进性教育，提高干部"
               "职工的政治思想素质。…' (achievements), texts cut at the first '。'. The year is masked ('20xx年') and the "
               "patient count left blank ('共收住病人人') in the source; both kept. The page ends after 二's body."],
        units=["内科", "民生分院"],
        title_override="医院科室2018年度工作总结（内科）",
        text="""\
精选优质文档-倾情为你奉上
@T | 医院科室2018年度工作总结
@T | 医院科室2018年度工作总结（内科）
20xx年以来，在院领导班子的指导和支持下，我科医护人员更新观念、改进作风、强化内部管理，竞争意识和质量意识不断增强，圆满完成了各项工作目标，现总结如下：
@H1 sec=achievements | 一、不断扩大业务，顺利完成本年度目标任务。20xx年对民生分院和我科来说挑战与机遇并存：医院建设和门诊装修明显改善了住院环境，全年内科共收住病人人，住院满意率达100%。
@H1 sec=achievements | 二、深入开展先进性教育，提高干部职工的政治思想素质。我科开展创先争优活动，从责任、安全、服务意识入手教育职工，对照作风和能力查找不足、认真整改；通过免费体检、“诚信在卫生，满意在医院”等活动强化宗旨教育，科室形象全面提升。
""",
    ),
    dict(
        name="fresh70_08_construction_branch_safety_summary",
        source="https://m.wenke99.com/p-6034364.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A special (专项) summary: a construction company branch's (上海公司) annual safety work summary, from a "
               "document-sharing page whose text the store ran into one paragraph; it was split at the title, the "
               "lead-in, the headings and the numbered lines.",
               "'一、安全管理目标实现情况：' (achievements) holds five statements '1、未发生重大伤亡责任事故；' … labelled "
               "items (level 2): results, not section titles. '二、实事求是，科学、合理确立安全生产管理目标。' is a level-1 "
               "heading ending in '。' with its body on the next line (achievements, measures accepted: it reports how "
               "the targets were set). Project names are masked in the source ('镇江XX工程', '上海浦江镇XX工程') and kept. "
               "The page ends after 二's body."],
        units=["上海公司", "分公司", "项目部"],
        text="""\
@T | 某建筑施工企业分公司年度安全工作总结
2021年，上海公司在区域经理带领下，全体人员共担责任、团结协作，安全生产工作取得一定成绩，现总结如下：
@H1 sec=achievements | 一、安全管理目标实现情况：
@I2 | 1、未发生重大伤亡责任事故；
@I2 | 2、未发生机械、管道、中毒、爆炸事故；
@I2 | 3、四个项目的安保体系外审认证全部通过；
@I2 | 4、未发生群体上访和投诉事件，没有给总公司带来负面影响；
@I2 | 5、镇江XX工程和上海浦江镇XX工程通过省、市（上海市）级文明工地验收，超额完成总公司下达的任务。
@H1 sec=achievements alt=measures | 二、实事求是，科学、合理确立安全生产管理目标。
分公司领导带领职能部门深入项目一线，按各项目实际情况掌握第一手材料、充分酝酿后确定安全管理目标，不搞一刀切：所有在建项目安全标化考核须达优良，其中三个项目须创省级文明工地；分公司与各项目部签订创优目标责任书，明确创建要求和奖罚办法。
""",
    ),
    dict(
        name="fresh70_09_primary_school_safety_term_summary",
        source="https://lingsizh.com/jihua37/5576.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A special (专项) term summary of a primary school's (鹅湖小学) comprehensive-order, safety and epidemic-"
               "prevention work for the second term of 2020-2021. The title keeps the source's bracketed term "
               "'小学（2020-2021第二学期）综治、安全、防疫工作总结'.",
               "The site's paywall mark inside a body line ('……此处隐藏1562个字……') is kept where the page has it: the "
               "line joins the start of 二's body to the end of a later section's body, and the numbering then jumps "
               "from 二、 to 七、 (三 to 六 are hidden). Headings '一、健全学校安全工作组织机构' (achievements, "
               "responsibilities accepted: it reports the safety leading group that was set up), '二、完善安全规章制度' "
               "(achievements, measures accepted), '七、交通安全' (achievements), all level 1.",
               "The three opening paragraphs are body. The page ends inside 七's body ('…特殊的出行环境造成我校的')."],
        units=["鹅湖小学", "学校安全工作领导小组"],
        text="""\
@T | 小学（2020-2021第二学期）综治、安全、防疫工作总结
安全的环境是个人和家庭幸福的前提，也是社会和谐的基石；学校安全工作是社会安全稳定的重要组成部分，关系到成百上千个家庭，既是学校的法定职责，也是社会对教育的基本要求。
做好安全工作是全体教职工的责任。鹅湖小学紧邻320国道，车流量大、流动人口多，安全形势复杂，安全工作更显紧迫和重要。
几年来，我们把保障师生平安作为安全工作的出发点和落脚点，按细致、务实、全面的思路做了大量工作。
@H1 sec=achievements alt=responsibilities | 一、健全学校安全工作组织机构
我校成立了以校长为组长、副校长为副组长的安全工作领导小组，各班班主任、副班主任为班级安全责任人，配备两名保安和一名守校人员，人人分工明确、责任到人。
@H1 sec=achievements alt=measures | 二、完善安全规章制度
安全工作制度化是科 ……此处隐藏1562个字……径对学生开展消防知识教育，并多次组织消防演练。
@H1 sec=achievements | 七、交通安全
我校地处交通枢纽，紧邻320国道，特殊的出行环境造成我校的
""",
    ),
    dict(
        name="fresh70_10_school_general_affairs_2019_summary",
        source="https://61taotao.com/office/302825.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A school's general-affairs (总务) summary for 2019, a special summary, from a document-sharing page of a "
               "PDF. The page header is kept as pasted: file size '- 5.89 KB', upload date '- 2021-04-17 发布', three "
               "numbered notice lines '- 1、本文档由用户上传…' … and the service QQ line; none is labelled (site lines, "
               "even where they carry '1、'). Title: '2019 学校总务工作总结' with the PDF's space kept. PDF line wraps "
               "were joined; the PDF spacing is kept ('近 5 千元', '1 万 3 千元', '5 、').",
               "The store's text jumps from the title into the end of an earlier numbered point ('建设，大大改善了办学"
               "条件。…'), kept as a body line. The visible numbered lines are '5 、安全工作警钟长鸣。…' (achievements) and, "
               "after the transition sentence '过往的这些成绩，已暗淡成日渐遥远的记忆。反思过去的不足，却让人深深铭记。' (a "
               "lead-in, not labelled), '1 、“大学校”思想在我们头脑中依然存在，节约意识还没有真正形成。…' (problems). Their "
               "section headings are not shown (the review part's is cut away, the problems part has only the lead-in), "
               "so both are level 1 (level 2 accepted), numbering '5 、' / '1 、' (style 1、), run in, texts cut at the "
               "first '。'.",
               "The page ends inside the first problem ('…总认为我们是中')."],
        units=["学校总务处"],
        text="""\
- 5.89 KB
- 2021-04-17 发布
- 1、本文档由用户上传，淘文库整理发布，可阅读全部内容。
- 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如果您对本文有版权争议，请立即联系网站客服。
- 3、本文档由用户上传，本站不保证质量和数量令人满意，可能有诸多瑕疵，付费之前，请仔细阅读内容确认后进行付费下载。
- 网站客服QQ：403074932
@T | 2019 学校总务工作总结
建设，办学条件明显改善。学初学校投资近 5 千元添置多媒体教室桌凳，5 千余元更换各班讲台，2 千余元更换教室门，4 千多元给各班窗户装钢膜网，1 千 5 百多元购买教师床铺，1 万 3 千元添置校园广播系统，4 千多元添置歌唱比赛舞台，为教育教学活动提供了物质保障。
@H1 sec=achievements num=5~、 style=1、 lvlalt=2 | 5 、安全工作警钟长鸣。学校安排两名教师负责门卫，学生寝室专人管理，并与相关人员签订安全责任状；总务处定期检查电线、教学设施和床铺，重点检查食堂、超市的食品卫生，及时清理变质过期食品，对寝室、厕所、厨房消毒除蝇，其他隐患及时处理。一学期来没有发生因电线、设施、床铺造成的学生人身安全事故，食品安全事故为零。
过往的这些成绩，已暗淡成日渐遥远的记忆。反思过去的不足，却让人深深铭记。
@H1 sec=problems num=1~、 style=1、 lvlalt=2 | 1 、“大学校”思想在我们头脑中依然存在，节约意识还没有真正形成。生源减少使学校可支配的资金越来越紧，可从领导、老师到工友，不少人还没有转变“大学校”思想，总认为我们是中
""",
    ),
]
