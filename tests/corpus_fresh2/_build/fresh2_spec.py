# -*- coding: utf-8 -*-
"""The second held-out fresh set: real Chinese work plans, schemes, activity
plans, summaries, a report and speeches, found as stored public web pages with
the `search` tool's `pages` corpus.  None of the source pages is a source of
shared/corpus-dev or tests/corpus_fresh.  HELD OUT: never tune an importer on
these documents; score totals only.

Derived exactly like shared/corpus-dev and tests/corpus_fresh (see their READMEs):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, download notices, "范文网" blurbs, publishing
  metadata, sample numbers such as "篇一" / "1") was dropped; debris that a user
  pasting from the page would get along (page markers, PDF-viewer captions,
  chunk markers, elision and paywall marks, watermarks and anti-copy marks
  inside a sentence, file-name lines) is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；！ was restored, except in the documents whose notes say "Half-width".
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source (xx, XX, x, 202x, 20xx, *, **, _) are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows; where the store had lost the
  break between a heading and the text around it, that is kept (notes say so).

Marker syntax: see build.py (identical to shared/corpus-dev/_build).
"""

FRESH2_DOCS = [
    # ------------------------------------------------------------------ plans
    dict(
        name="fresh2_01_bank_anti_money_laundering_plan",
        source="http://100ky.cn/wendang/12679959.html",
        doc_kind="plan", partial=True,
        notes=["A bank branch's annual anti-money-laundering plan, the first sample ('篇一') of a collection page. The "
               "site blurb and the sample label '银行反洗钱工作计划范文(14篇)篇一' (collection title plus sample number) were "
               "dropped; the sample itself shows no title line, so title is null. The excerpt ends where sample 二 "
               "begins.",
               "The excerpt starts inside the plan: its section headings are not visible, only line-initial '一是…' "
               "points. Labelled: line 1 '一是…' (its '二是…' sits in the middle of the line, not labelled), line 2 "
               "'三是…' (heading text given explicitly: the title runs on into the body after a comma), and line 5 "
               "'二是…', where the numbering restarts for the next (invisible) section; its '三是…' is in the middle of "
               "the line. Lines 3 and 4 (training, publicity) are body whose own markers are not visible. All three "
               "points are level 1 with level 2 accepted (parents absent), goals with measures accepted (task areas "
               "of a plan). The personal name of a central-bank official was dropped."],
        units=["各网点", "分行", "支行"],
        text="""\
@H1 lvlalt=2 sec=goals alt=measures | 一是要求以网点为单位，建立反洗钱学习制度。各网点指定专人，定期从oa、邮箱下载上级行下发的反洗钱制度和业务通知，建立电子文件夹，借晨会和每周四的学习时间组织学习并做好记录。二是开展反洗钱知识学习活动。分行把相关法律法规和规章制度梳理后打包发给各单位学习，并计划3月份在全行组织一次知识测试，检验学习效果。
@H1 lvlalt=2 sec=goals alt=measures text=三是开展反洗钱警示教育 | 三是开展反洗钱警示教育，拟2月上旬传达省人行领导在打击洗钱犯罪及其上游犯罪警示教育电视电话会议上的讲话精神，组织全辖反洗钱人员观看人行的警示教育片。
拟4月份举办一期反洗钱专（兼）职人员业务培训，请人行人员来授课或座谈；7月份再为企业单位经理和财务人员办一期培训班，讲解反洗钱相关规定。
宣传越到位，越能赢得客户的理解和支持。拟于6月份、10月份组织两次大型反洗钱宣传，延续进闹市、进高校、进社区的做法，各营业网点悬挂标语、上街咨询，营业大厅滚动播放宣传录像。
@H1 lvlalt=2 sec=goals alt=measures | 二是拟在5月份，在全辖范围内开展反洗钱自查、互查。自查由各支行自行组织，互查由分行统一安排，部分支行交叉检查。三是9月份，组织反洗钱重点检查，重点查看日常工作不够到位的支行。
""",
    ),
    dict(
        name="fresh2_02_internal_medicine_infection_control_plan",
        source="https://max.book118.com/html/2026/0304/8111065076010050.shtm",
        doc_kind="plan", partial=True, title_override="2026内科院感管理工作计划",
        notes=["A hospital internal-medicine department's 2026 infection-control plan from a document-sharing site. The "
               "page shows the file name '2026内科院感管理工作计划.docx' above the document's own title: both are title "
               "lines (like a site title above the document's own), the title is the second. The site's comment and "
               "related-documents blocks after the excerpt were dropped.",
               "The visible text ends inside the first item: '1.制度动态更新：组织内科院' is kept as the page shows it "
               "(level-2 heading, text given explicitly as the label before the colon). The 一、 heading is "
               "'label：subtitle' and keeps both parts (the part after the colon is short). The quoted principle "
               "and the targets (15%, ≥98%, 100%) are in the lead-in body, not phases."],
        units=["内科"],
        text="""\
@T | 2026内科院感管理工作计划.docx
@T | 2026内科院感管理工作计划
2026年内科院感管理以“预防为主、精准防控、全员参与、持续改进”为核心原则，依据国家卫生健康委《医院感染管理办法》《医疗机构环境清洁消毒管理规范》等标准，针对内科患者基础病多、免疫力低、侵入性操作频繁的特点，从制度、培训、监测、精准防控和多部门协作几方面推进，力争医院感染发生率同比下降15%，手卫生、消毒隔离、医疗废物管理等重点环节合规率≥98%，多重耐药菌（MDRO）感染防控措施落实率100%。具体计划如下：
@H1 sec=goals alt=measures | 一、制度优化与责任落实：构建全链条管理体系
@H2 text=1.制度动态更新 | 1.制度动态更新：组织内科院
""",
    ),
    dict(
        name="fresh2_03_university_youth_league_plan",
        source="https://wujiajia.com/meiwen/486753.html",
        doc_kind="plan", partial=True,
        notes=["A university Youth League committee's 2024 work plan (计划书). In the store a short second title "
               "'团委工作计划' is glued to the first heading: line 2 reads '团委工作计划一、工作目标'. It is labelled as the "
               "level-1 heading '一、工作目标' (numbering given explicitly); the glued short title is not a title line.",
               "'1. ' with a space after the dot, as the page has it. Under 一、工作目标 the 1.–5. lines are goal "
               "statements (items, level 2). Under 二、工作计划 the 1.–5. lines are short area titles (level-2 "
               "headings) and the （1）–（3） lines below them are task statements (items, level 3; half-width '(1)' in "
               "the store, restored). 三、工作保障 is a bare last heading: its first item is cut off in the middle of a "
               "word and was dropped."],
        units=["团委"],
        text="""\
@T | 2024年大学生团委工作计划书
@H1 sec=goals num=一、 text=一、工作目标 | 团委工作计划一、工作目标
@I2 | 1. 加强大学生团委组织建设，增强凝聚力和战斗力。
@I2 | 2. 加强学生组织间的合作交流，共享资源，推动协同发展。
@I2 | 3. 引导大学生参加社会实践，增强公民意识和社会责任感。
@I2 | 4. 开展多样的文化艺术活动，满足大学生的精神文化需求。
@I2 | 5. 支持和引导大学生创新创业，培养创新型人才。
@H1 sec=goals alt=measures | 二、工作计划
@H2 | 1. 组织建设
@I3 | （1）完善团委管理条例和工作流程等内部制度，提高工作效率。
@I3 | （2）组织团委干部培训，提升理论水平和组织能力。
@I3 | （3）建立科学的选拔机制，吸引优秀学生加入团委工作。
@H2 | 2. 学生组织合作与交流
@I3 | （1）举办学生组织联谊活动，加强彼此沟通合作。
@I3 | （2）合作开展项目，联合举办大型活动，扩大学生组织的规模和影响。
@I3 | （3）搭建资源共享平台，以资源互通推动协同发展。
@H2 | 3. 社会实践活动
@I3 | （1）组织大学生参加社会实践项目，增强社会责任感和公民意识。
@I3 | （2）开展志愿服务，组织学生参与社区建设和公益事业。
@I3 | （3）推进创新创业实践，提供项目支持和创业培训。
@H2 | 4. 文化艺术活动
@I3 | （1）举办各类文艺比赛，为学生提供展示才艺的舞台。
@I3 | （2）开展文艺交流，请专业人士来校讲座和演出。
@I3 | （3）举办校园文化节、艺术展览等大型活动，丰富校园文化生活。
@H2 | 5. 创新创业支持
@I3 | （1）设立创新创业基金，资助优秀项目。
@I3 | （2）组建创新创业导师团队，为有意创业的学生提供指导。
@I3 | （3）举办创新创业讲座和培训，提高学生的创新创业意识和能力。
@H1 sec=measures alt=requirements | 三、工作保障
""",
    ),
    dict(
        name="fresh2_04_county_culture_tourism_plan",
        source="https://www.xiaomilidoc.com/p-12577298.html",
        doc_kind="plan", partial=True, title_override="文化和旅游局2024年度工作计划",
        notes=["A county culture and tourism bureau's 2024 work plan from a document-sharing site whose text is "
               "synonym-swapped (文物爱护 for 文物保护, 满意 for 满足, 校内 for 校园, 力气 for 力量); these artefacts are "
               "kept. PDF spacing ('2024 年', 'xxxx 年') is kept. The page arrived as one block and was split at its "
               "headings.",
               "The title line carries two titles run together, the page's and the sample's "
               "('文化和旅游局 2024 年度工作计划文化和旅游局关于 2024 年度工作打算范文'); the title is the first "
               "(given explicitly).",
               "Level-2 numbering uses tortoise-shell brackets '〔一〕' (classed with （一）). The quotes in the "
               "headings are mismatched as in the store ('\"平均用力'', '\"扫黄打非''). 〔一〕/〔二〕 are run-in "
               "headings cut at the first '。'; the last one '〔二〕加强文化市场日常监管和执法' is bare (the page ends).",
               "Units: the bureau and the bodies it asks for enforcement staff and the squad they join."],
        units=["文化和旅游局", "县委编办", "县综合行政执法局", "文化市场综合执法中队"],
        text="""\
@T | 文化和旅游局 2024 年度工作计划文化和旅游局关于 2024 年度工作打算范文
xxxx 年，全县文化工作把加快现代公共文化服务体系建设作为重点，着力办好乡村文化振兴、文化市场管理、文物爱护、非遗传承、文化活动、文化产业和重点工程等为民实事，争取各项工作都有新进展。
@H1 sec=goals alt=measures | 一、打造乡村文化振兴样板
@H2 | 〔一〕针对"平均用力'问题，突出重点打造。围绕垛庄孟良崮片区、旧寨杏山子片区、野店沂蒙六姐妹片区三个乡村振兴片区，以及蒙山北麓划转村、云蒙湖周边、岱崮地貌核心区，高标准建设基层文化设施，尤其加大对蒙山北麓龙凤峪片区的扶持，打造文旅融合样板；对第一书记村、书记选配试点村和重点贫困村，改造提升乡村大舞台、文化长廊、农家书屋等设施。
@H2 | 〔二〕针对"利用率不高'问题，突出效能提升。重点抓好乡镇综合文化站和村级综合性文化服务中心的改造和免费开放，提高群众知晓率和利用率；推进县级文化馆、图书馆总分馆制，在重点社区、企业和单位增设借阅点、服务点，选址建设自助式图书馆分馆，更好满意读者需求。
@H1 sec=goals alt=measures | 二、抓好文化市场管理
@H2 | 〔一〕落实好意识形态工作责任，持续深化开展"扫黄打非'工作。组织净化校内周边文化市场、"绿书签'等专项治理，部署"扫黄打非'进基层；协调县委编办、县综合行政执法局增派文化市场专业执法人员进驻我局文化市场综合执法中队，充实执法力气。
@H2 | 〔二〕加强文化市场日常监管和执法
""",
    ),
    # ---------------------------------------------------------------- schemes
    dict(
        name="fresh2_05_district_old_housing_renovation_scheme",
        source="http://www.nbjiangbei.gov.cn/art/2020/5/8/art_113389_129219.html",
        doc_kind="scheme", partial=True,
        title_override="江北区城镇老旧小区改造三年行动方案（2020-2022年）",
        notes=["A district government's three-year action scheme for renovating old residential compounds, published "
               "inside its issuing notice on the government site. The page's publishing metadata (索引号, 组配分类, "
               "发布机构, 生成日期, 文件有效性, 文件编号, '文章正文') was dropped.",
               "Three title lines: the notice title (line 1) and the scheme's own two-line title (lines 6–7, the "
               "period '（2020-2022年）' on its own line); the title is the scheme's own, both lines joined. The "
               "addressee line, the notice body, the issuing office and the date are body.",
               "（一）指导思想。/（二）工作目标。 are run-in headings under 一、总体要求 (guidance); （二）工作目标 is goals "
               "with guidance accepted. '2022年底前' is a deadline, not a phase."],
        units=[],
        text="""\
@T | 宁波市江北区人民政府办公室关于印发《江北区城镇老旧小区改造三年行动方案（2020-2022年）》的通知
各街道办事处、慈城镇人民政府，区政府各部门、直属单位：
《江北区城镇老旧小区改造三年行动方案（2020-2022年）》经区政府常务会议讨论通过，现印发给你们，请对照要求狠抓落实，按时完成任务。
宁波市江北区人民政府办公室
2020年5月8日
@T | 江北区城镇老旧小区改造三年行动方案
@T | （2020-2022年）
为改善全区城镇老旧小区的居住条件和周边环境，提升城市形象和品质，根据《宁波市城镇老旧小区改造三年行动方案（2020-2022年）》精神，结合我区实际制定本行动方案。
@H1 sec=guidance | 一、总体要求
@H2 | （一）指导思想。以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大和十九届四中全会精神，落实中央城市工作会议部署，以共同缔造为理念，推动建立“决策共谋、发展共建、建设共管、效果共评、成果共享”的机制，补齐民生短板，打造共建共治共享的社会治理格局，合力共建美丽江北。
@H2 sec=goals alt=guidance | （二）工作目标。从2020年起用三年时间，于2022年底前完成全区改造，形成小区长效管理、基层有序治理、城市有机更新的工作机制，实现老旧小区“有完善的基础设施、有整洁的居住环境、有配套的社区服务、有长效的管理机制、有特色的小区文化、有和谐的邻里关系”的“六有”目标，提升居民对改造的“认可度”和对家园建设的“参与度”。
""",
    ),
    dict(
        name="fresh2_06_primary_school_labour_base_scheme",
        source="https://max.book118.com/html/2024/0930/8016102075006131.shtm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True, title_override="小学劳动基地实施方案",
        notes=["A primary school's implementation scheme for its labour-education base, from a document-sharing site. "
               "The file-name line '小学劳动基地实施方案.docx' and the document's own title are both title lines; the "
               "site's numbered download notices ('1、本文档共6页…'), '查看更多' and the comment blocks were dropped.",
               "一、引言 is background (guidance accepted). Under 二、 the lines '1.课程设置：…' and '2.教学内容：…' are "
               "label：body headings (level 2; the second ends in a colon before its list, text given explicitly); "
               "the grade lines '（1）一年级：…' are items (level 3). The page ends after （2）."],
        units=[],
        text="""\
@T | 小学劳动基地实施方案.docx
@T | 小学劳动基地实施方案
@H1 sec=background alt=guidance | 一、引言
为落实教育部《关于加强中小学劳动教育的指导意见》，培养小学生热爱劳动、尊重劳动的观念，提高实践能力和综合素质，我校结合实际制定本劳动基地实施方案，希望通过系统的劳动教育让学生在劳动中成长，养成良好的劳动习惯，增强集体荣誉感和责任感。
@H1 sec=goals alt=measures | 二、劳动教育课安排方式
@H2 | 1.课程设置：把劳动教育列入学校课程体系，每周一节劳动教育课，每学期共16课时。
@H2 text=2.教学内容 | 2.教学内容：根据学生的年龄特点和接受能力，安排以下内容：
@I3 | （1）一年级：以自我服务劳动为主，比如整理书包、穿脱衣服、洗手。
@I3 | （2）二年级：以班级集体劳动为主，比如扫地、擦窗、整理书桌。
""",
    ),
    dict(
        name="fresh2_07_medical_insurance_fund_inspection_scheme",
        source="http://cooco.net.cn/zuowen/1949293.html",
        doc_kind="scheme", partial=True,
        notes=["A provincial scheme for inspecting the use of medical-insurance funds, the first sample of a collection "
               "page: the site blurb was dropped and the sample number was removed from the label line "
               "'医保基金监管稽查方案篇一' (title '医保基金监管稽查方案'). '20xx年' masking is in the source.",
               "The page has lost the scheme's 一、/二、/三、 headings: the guidance paragraph (line 2) and the "
               "scope paragraph (line 3, starting with the fragment '两类机构医保违法违规行为。') stand without them. The "
               "visible headings are the run-in （一）–（三） 治理重点 lines, the top visible level (level 1, level 2 "
               "accepted), goals (整治内容) with measures accepted. The last line is cut off in the source."],
        units=[],
        text="""\
@T | 医保基金监管稽查方案
以新时代中国特色社会主义为指导，坚持全覆盖检查与抓重点补短板、自查自纠与抽查复查、外部监管与内控管理三个结合，以目标为牵引、以问题为导向，把20xx年全省定点医药机构自查自纠和飞行检查发现的问题作为重点集中治理，严查医保经办机构和定点医药机构（以下简称“两类机构”）内外勾结等欺诈骗保行为，追回基金损失；同时完善经办机构内控制度，规范医药机构诊疗和收费，健全基金监管长效机制。
两类机构医保违法违规行为。这里的医保经办机构也包括承办基本医保和城乡居民大病保险、意外伤保险经办服务的商业保险公司。
@H1 lvlalt=2 sec=goals alt=measures | （一）医保经办机构治理重点（详见附件1）。在医保系统内开展公职人员在医药机构定点、协议管理、结算、监管等环节违规行为的自查自纠；重点治理内审制度不健全、基金稽核不全面、履约检查不到位、违规办理待遇、违规支付费用、虚假参保缴费、违规拖欠费用以及内部人员“监守自盗”“内外勾结”等问题。
@H1 lvlalt=2 sec=goals alt=measures | （二）定点医疗机构治理重点（详见附件2）。重点整治内外勾结骗保、挂床住院、诱导住院、虚构医疗服务、伪造医疗文书票据、违规收费、串换项目收费和不合理诊疗等违法违规行为。
@H1 lvlalt=2 sec=goals alt=measures | （三）定点零售药店治理重点（详见附件3）。药品管理不规范、信息系统不完善，信息数据
""",
    ),
    dict(
        name="fresh2_08_county_anti_fraud_publicity_scheme",
        source="http://www.p719.cn/22766598.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A county's scheme for a year of publicity against telecom and internet fraud, the first sample of a "
               "collection page that serves TRADITIONAL characters with pinyin inserted after some of them "
               "('網(wǎng)絡(luò)', '指導(dǎo)思想', '組織領(lǐng)導(dǎo)') and GBK mojibake ('為確?;顒尤〉脤嵭?' where "
               "'為確保活動取得實效' stood). Title and headings keep this text exactly; the rewritten bodies are in "
               "traditional characters and keep such tokens.",
               "The page's '字號:' widget and blurb were dropped; the sample label '防范電信網(wǎng)絡(luò)詐騙宣傳工作方案 篇1' "
               "repeats the page title with a sample number and was dropped. Every line after the title is indented "
               "with four spaces as in the store.",
               "一、指導(dǎo)思想 (guidance) and 二、組織領(lǐng)導(dǎo) (responsibilities) stand alone; the page ends in the "
               "middle of a word in the 二、 body. The lead-in names the campaign period '從即日起至12月底' "
               "(optional phase). The name of the county police chief was dropped."],
        units=["縣打擊治理電信網(wǎng)絡(luò)新型違法犯罪工作領(lǐng)導(dǎo)小組", "縣公安局",
               "防范電信網(wǎng)絡(luò)詐騙違法犯罪宣傳活動領(lǐng)導(dǎo)小組"],
        extra_phases=[dict(name="宣傳年活動", start_text="即日起", end_text="12月底", at="從即日起至12月底")],
        text="""\
@T | 防范電信網(wǎng)絡(luò)詐騙宣傳工作方案
    為預(yù)防網(wǎng)絡(luò)電信詐騙等新型違法犯罪、增強群眾防騙意識、盡量減少群眾經(jīng)濟損失，經(jīng)縣打擊治理電信網(wǎng)絡(luò)新型違法犯罪工作領(lǐng)導(dǎo)小組研究，從即日起至12月底在全縣開展“全民反詐”防范電信網(wǎng)絡(luò)詐騙違法犯罪宣傳年活動。為確?;顒尤〉脤嵭?，制定本方案如下：
@H1 sec=guidance |     一、指導(dǎo)思想
    樹牢以人民為中心的發(fā)展思想，堅持“防范為主、部門聯(lián)動、廣泛宣傳、務(wù)求實效”的原則，深入基層，用群眾喜聞樂見的方式把防騙知識送到千家萬戶，揭露作案手段，提高群眾識騙防騙能力，從源頭上減少電信網(wǎng)絡(luò)詐騙案件和群眾損失。
@H1 sec=responsibilities |     二、組織領(lǐng)導(dǎo)
    成立防范電信網(wǎng)絡(luò)詐騙違法犯罪宣傳活動領(lǐng)導(dǎo)小組，由縣政府副縣長、縣打擊治理電信網(wǎng)絡(luò)新型違法犯罪工作領(lǐng)導(dǎo)小組組長、縣公安局局長任組長，各成員單位主要負責(zé)同志為成員；領(lǐng)導(dǎo)小組下設(shè)辦公室，辦
""",
    ),
    # --------------------------------------------------------- activity plans
    dict(
        name="fresh2_09_college_arbor_day_activity",
        source="https://www.wanwen.com/huodongfangan/353395.html",
        doc_kind="activity_plan", partial=True,
        notes=["A vocational college department's volunteer association's Arbor Day activity plan, the first sample of "
               "a collection page (page header, time stamp, '我要投稿', blurb and the sample number of "
               "'植树节活动方案1' dropped; title '植树节活动方案').",
               "Every line is indented with two spaces in the store (NFKC of the ideographic spaces a pasted Word text "
               "has); they were restored as '　　' at the start of every line except the title. The anti-copy dot "
               "in '我们的.力量' and the watermark words '范文写作' inside the 五、 body are in the source and kept.",
               "'活动前言：' is an unnumbered label heading (level 1, background) before 一、. Every heading stands "
               "alone ending in '：' with its value on the next line; '主办单位：…' under 四、活动单位 is a key-value "
               "body line. The 1、/2、/3、 lines under 七、 and 八、 are 'label：value' items (level 2). The slogan "
               "line '贡献力量，奉献绿色。' and the value lines are kept as the page has them. The page ends inside "
               "八、's item 2 (dropped).",
               "二、活动时间地点 holds a one-morning period (optional phase)."],
        units=["经贸系青年志愿者协会", "院青年志愿者协会"],
        extra_phases=[dict(name="活动时间", start_text="20xx年3月12日星期日9点", end_text="11点",
                           at="20xx年3月12日星期日")],
        text="""\
@T | 植树节活动方案
@H1 sec=background alt=guidance | 　　活动前言：
　　春天到了，一年一度的植树节随之而来。为了让大家亲近自然、给世界添一抹绿色，我们举办这次很有意义的植树活动。
@H1 sec=guidance alt=other | 　　一、主旨与主题：
　　贡献力量，奉献绿色。
　　借植树节的契机，贡献我们的.力量，开展植树节活动。
@H1 sec=phases alt=other | 　　二、活动时间地点：
　　20xx年3月12日星期日9点到11点，学院附近的江边。
@H1 sec=other | 　　三、活动对象：
　　鄂东职业技术学院经贸系青年志愿者
@H1 sec=responsibilities | 　　四、活动单位：
　　主办单位：经贸系青年志愿者协会。
@H1 sec=background alt=guidance,goals | 　　五、活动意义：
　　为营造蓝天碧水的绿色环境，开展这次志愿者绿色行动。借三月植树节，在全校学生中开展多种护绿和种植体验活动，范文写作做到人人参与、宣传与行动结合，让学生体验成功的喜悦，了解植物生长，增强环保和生态意识，为班级、学校和社会增添绿色。
@H1 sec=goals alt=other | 　　六、活动内容：
　　绿化美化环境，创建生态城市，迎农运会志愿植树活动。
@H1 sec=other alt=measures | 　　七、活动准备事宜：
@I2 | 　　1、活动宣传：海报。
@I2 | 　　2、活动所需物品的准备：铁锹、锄头、尖头镐、水桶等工具由学校提供。
@I2 | 　　3、活动的组织：由青年志愿者协会负责宣传，并统一协调安排。
@H1 sec=other alt=measures | 　　八、活动经费预算：
@I2 | 　　1、树苗的购置：由院青年志愿者协会提供。
""",
    ),
    dict(
        name="fresh2_10_science_popularisation_day_activity",
        source="http://yabovip8.sbs/html/2024/1103/7044051061006166.shtm",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Half-width: punctuation kept as the store shows it (PDF text on a mirror site).",
               "A plan for national science-popularisation day activities, extracted from a PDF on a mirror site whose "
               "own navigation lines were dropped. Kept debris (never labelled): the PDF viewer's caption "
               "'2024年全国科普日宣传活动方案 --第1页' (first line, and again with --第1页 and --第2页 at the page break), "
               "the page marker '第 1 页 共 3 页', PDF spacing ('2024 年 5 月 12 日', '感受 科技创新', '公共场所 。'). "
               "At the page break the caption '--第2页' is glued to item 'b. 内容:…' of 2. 科普讲座 (line 21): that "
               "item is in the middle of a line and not labelled.",
               "'方案名称:…' under the title is a key-value body line. Headings end in ':' with the value on the next "
               "line. Under 三、活动目标 the 1.–3. lines are goal statements (items); under 四、活动内容 the '1. 科普推广"
               "展览' lines are short titles (level-2 headings) and the 'a. 主题:…' lines below are items (level 3). "
               "The page ends inside 3. 科普竞赛's item b (dropped).",
               "The single day under 二、活动时间 is an optional phase."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="2024 年 5 月 12 日", end_text=None, at="2024 年 5 月 12 日")],
        text="""\
2024年全国科普日宣传活动方案 --第1页
@T | 2024 年全国科普日宣传活动方案
方案名称:2024 年全国科普日宣传活动方案
@H1 sec=background | 一、活动背景:
科学普及是推动科技进步、提升公众科学素养的重要途径。为增强全民科普意识、营造浓厚的科普氛围,2024 年全国科普日以“科学普及,平台共建”为主题在全国开展宣传,让更多人了解科学知识,感受 科技创新的力量。
@H1 sec=phases alt=other | 二、活动时间:
2024 年 5 月 12 日,即全国科普日当天。
@H1 sec=goals | 三、活动目标:
@I2 | 1. 提高公众对科学知识的认识和理解,增强科技创新意识;
@I2 | 2. 培养科学思维能力,激发对科学的兴趣和创造力;
@I2 | 3. 提升全民科学素养,推动科技进步和社会发展。
@H1 sec=goals alt=other,measures | 四、活动内容:
@H2 | 1. 科普推广展览
@I3 | a. 主题:科学普及,平台共建
@I3 | b. 内容:设置科学基础知识、科技创新成果、生态环保等展区,用展板、模型和实物介绍科学知识与科技成果。
@I3 | c. 地点:各大科技馆、博物馆、图书馆等公共场所 。
@H2 | 2. 科普讲座
@I3 | a. 主题:科学普及,引领未来
第 1 页 共 3 页
2024年全国科普日宣传活动方案 --第1页
2024年全国科普日宣传活动方案 --第2页 b. 内容:请专家学者或科研团队为公众讲解生命科学、物理学、化学等领域的科普知识。
@I3 | c. 地点:大学校园、社区文化活动中心、企事业单位等。
@H2 | 3. 科普竞赛
@I3 | a. 主题:科学普及,智力比拼
""",
    ),
    # ---------------------------------------------------- summaries / reports
    dict(
        name="fresh2_11_association_annual_summary",
        source="https://61taotao.com/office/203209.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="2020村镇协会年度工作总结",
        notes=["An association's annual work summary, delivered as a report to its council and member units "
               "(salutation '尊敬的各位领导，各位理事、会员单位代表：' and '大家好！' kept as body lines); the page calls "
               "it a 村镇协会 but the text is about an internet-finance association. PDF text with spaces where the "
               "PDF lines broke ('法律人小 镇会所', '各会员 单位') and around figures ('20XX 年 10 月 13 日').",
               "The site's file metadata, download notices and the blurb between the titles were dropped. Two title "
               "lines: the page's '20XX 村镇协会年度工作总结' and the sample's '2020 村镇协会年度工作总结' (sample number "
               "'1' dropped); the title is the second.",
               "'一、 抱团取暖，共同发展' has a space after '、' (as in the store); it stood in the run-together block "
               "between the lead-in and its body and was put on its own line. Its body names three directions "
               "starting with an inline '一、集体对外 发声' (in the middle of the line, not labelled) and is cut off by "
               "the page. The typo '13 人' for a date is in the source."],
        units=[],
        text="""\
@T | 20XX 村镇协会年度工作总结
@T | 2020 村镇协会年度工作总结
尊敬的各位领导，各位理事、会员单位代表：
大家好！
自 20XX 年 10 月 13 日在农业东路正光路法律人小 镇会所召开第一次协会筹备会以来，在党的十八大精神指引下，在 XX 省工信厅和河南省电子商务协会等部门关心指导下，全体理事和会员单位共同努力，围绕协会章程和宗旨，以服务会员、引导行业健康发 展、加强会员联络、促进诚信自律为主线，各项工作取得一定成效。下面，我把 20XX 年度的协会工作总结和 20XX 年工作计划向大家报告，请与会代表审议。
@H1 sec=achievements | 一、 抱团取暖，共同发展
20XX 年 10 月 13 人、10 月 21 日、10 月 24 日，各会员 单位先后召开三次筹备会，商定了成立协会的目标和愿景；10 月 28 日召开协会第一次正式工作会议，定下三个工作方向：一、集体对外 发声，互联网金融是新兴行业，投资客户和融资 客户都需要大量的市
""",
    ),
    dict(
        name="fresh2_12_credit_coop_loan_classification_summary",
        source="http://www.5gxyz.com/zhichangfanwen/gongzuozongjie/1333025.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A rural credit cooperative's summary of its five-category loan classification work, on a site that "
               "serves the text in TRADITIONAL characters with pinyin garbling after some characters ('統(tǒng)一', "
               "'奮戰(zhàn)', '企事業(yè)', and '?,F(xiàn)將' where '。現將' stood). Title and heading are kept in traditional "
               "characters; the rewritten bodies are in traditional characters too and keep the garbled tokens "
               "and the masking ('**省', '**年*月**日', '*****萬元').",
               "The site blurb and the sample label '銀行五級分類崗工作總結1' were dropped; the document's own title "
               "follows. 一、提高認識、明確目標 describes what was done (achievements, guidance accepted); the page "
               "ends in the middle of a word in its body."],
        units=["信用社"],
        text="""\
@T | 信用社貸款五級分類工作總結
為提高貸款管理水平、增強風險防範能力，我社依照上級管理部門文件精神和《**省農村信用社信貸資產風險分類實施細則》的操作要求，統(tǒng)一部署、周密安排，有序開展貸款五級分類工作。經過三個多月的日夜奮戰(zhàn)，全部信貸資產的認定、復審和歸類建檔已初步完成。
截止到**年*月**日，我社表內信貸資產余額*****萬元，其中企事業(yè)單位（含行政村）**戶*****萬元，一般農戶***戶****萬元，十萬元以上自然人**戶****萬元；表外信貸資產余額****萬元，其中央行票據置換不良貸款*戶****萬元，已核銷呆帳貸款***筆***萬元，銀行承兌匯票*筆***萬元。五級分類後，表內正常類****萬元、不良類****萬元，與四級分類相比不良貸款增加***萬元，不良占比上升*個百分點?,F(xiàn)將具體工作情況總結匯報如下：
@H1 sec=achievements alt=guidance | 一、提高認識、明確目標
五級分類按信貸資產的風險程度評定貸款質量，比“一逾兩呆”的分類更能準確、及時、動態地反映潛在風險，便於預警和防範，對改善我社資產質量、提高信貸管理水平意義重大。為此我社及時組織信貸、會計和稽核部門人員集中學習，領會上級文件精神，弄清五級分類的基本內涵，讓大家充分認
""",
    ),
    dict(
        name="fresh2_13_tax_service_summary",
        source="https://m.taowenge.com/p-10429627.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True, title_override="2022纳税服务工作总结",
        notes=["A tax office's 2022 taxpayer-service summary from a document-sharing site whose text is "
               "synonym-swapped (相识 for 认识, 供应 for 提供, 爱护 for 保护, 满意 for 满足, 素养 for 素质); kept. The "
               "site's description line above the text was dropped.",
               "Chunk markers of the site at line starts: the title line is '1、2022纳税服务工作总结三篇篇一' (chunk "
               "marker, collection title and sample number glued together; title given explicitly as "
               "'2022纳税服务工作总结'), and line 5 starts with the marker '2、' in the middle of a sentence (body, "
               "not a heading).",
               "The visible part is the problems section: 一、当前基层纳税服务存在的问题 and its run-in （一）–（三）, "
               "all problems. The chunk break cuts the body of （一） after '从税务机关内部看'; （三）'s body is cut off "
               "by the page."],
        units=[],
        text="""\
@T | 1、2022纳税服务工作总结三篇篇一
纳税服务，是税务机关依照税收法律、行政法规，在纳税人依法履行义务、行使权利的过程中为纳税人供应的规范、全面、便捷、经济的税前、税中、税后各项服务的总称。新的税收征管法及其实施细则第一次在法律层面把爱护纳税人合法权益、为纳税人服务写进税务管理、税款征收、税务检查等各个环节，成为税务机关和税务人员的法定义务。怎样落实好征管法、把纳税服务贯穿税收工作全过程、满意社会对“服务型”税务机关的要求，是我们面前的一项重要课题。
@H1 sec=problems | 一、当前基层纳税服务存在的问题
@H2 | （一）纳税服务相识有误区。从税务机关内部看
2、，一说到纳税服务，就以为是行风评议的事，是办税大厅和窗口的事；从社会看，都认为税务机关理应为纳税人供应优质服务，却很少要求其他职能部门，对纳税人更谈不上要求。“纳税服务、人人有责”的观念还没有深化人心。
@H2 | （二）纳税服务重点排序错位。纳税服务的重点应当是“公正”和“效率”，可现在一提纳税服务，大家想到的多是文明礼貌、便民设施之类浅层次的服务；排序一旦背离，服务工作就会舍本求末、举步不前。
@H2 | （三）纳税服务素养有待提高。随着经济社会发展，纳税人对服务的需求越来越高，而税务部门“素养化服务”的理念还没有形成，必然影响纳税服务质量的
""",
    ),
    dict(
        name="fresh2_14_river_chief_work_report",
        source="https://m.8686.com.cn/news/10591.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A sub-district's annual report (情况汇报) on its river and lake chief system. The page shows NO title "
               "line: the text starts with the lead-in ('202x年' masking in the source), so title is null.",
               "The site's elision mark '……略……' inside the （一） body hides the rest of （一） and the whole of （二）, so "
               "（三） follows （一）; the text after the mark starts in the middle of a word ('效…'). The masks '_' "
               "(a censored word) in the heading '（三）长效_，改善水质' and in its body are in the source.",
               "（一）–（四） are stand-alone headings under 一、工作开展情况 (achievements; responsibilities accepted for "
               "（一）加强领导，成立组织). 二、存在的问题 (problems, with inline 一是/二是 not labelled) and the bare last "
               "heading 三、下一步工作计划 (next_steps; the page ends there)."],
        units=["“河湖长制”工作领导小组"],
        text="""\
202x年，街道严格落实区委、区政府关于“河湖长制”的部署要求，组织河道治理，河流面貌持续改善，“河湖长制”体系实现全覆盖，辖区水生态环境质量明显提升。现将一年来“河湖长制”工作开展情况汇报如下。
@H1 sec=achievements | 一、工作开展情况
@H2 alt=responsibilities | （一）加强领导，成立组织
成立“河湖长制”工作领导小组，设乡级河长15名、村级河长34名，明确 ……略…… 效保障了河湖的正常秩序和良好环境。
@H2 | （三）长效_，改善水质
加大对工业污染的_力度，全面排查辖区涉污企业，督促完善污水处理设施、达标排放；推进农村生活污水治理，推广生态种养，减少农药化肥用量；开展河湖岸线专项整治，累计清理违规种植248亩，街道河湖水质总体向好。
@H2 | （四）加大宣传，营造氛围
借助微信工作群、宣传栏、电子屏等渠道向村民宣传“河湖长制”和河流保护法规。截至目前，微信群转发470余次，LED宣传屏播放240余次，发放宣传手册1500余份，形成“两级河长主抓、群众积极参与”的护河氛围。
@H1 sec=problems | 二、存在的问题
河湖长制推进中街道虽取得阶段性成果，但仍有不足：一是污水处理设施建设、河道清淤疏浚和生态修复等资金不足；二是宣传动员深度不够、内容老套，部分村民认识不足，向河里倾倒垃圾的现象依然存在。
@H1 sec=next_steps | 三、下一步工作计划
""",
    ),
    # --------------------------------------------------------------- speeches
    dict(
        name="fresh2_15_county_statistics_meeting_speech",
        source="https://m.wenke99.com/p-5065952.html",
        doc_kind="speech", partial=True,
        notes=["A leader's speech at a county statistics work conference, from a document-sharing site; the page "
               "arrived as one block. The title ran straight into the salutation ('…市长讲话同志们：'); the salutation "
               "was split off as its own line. Masks in the source are kept: 'x' for deleted words ('x更加光荣', "
               "'艰巨的x') and the missing name in '刚才，同志作了…'.",
               "The store lost the break after '一、关于今年的统计工作', which runs straight into its body "
               "('…统计工作统计工作是…'); heading text given explicitly. The line-initial '一是要进一步优化统计工作环境。' "
               "is a run-in level-2 point (the break before it is where the block shows a new point); the page ends "
               "inside its body. Section kinds of speech points are soft (requirements; guidance, measures "
               "accepted)."],
        units=["各乡镇", "县直相关部门", "统计部门"],
        text="""\
@T | 全县统计工作会议市长讲话
同志们：
经县委、政府研究同意，今天召开全县统计工作会议，主要是总结全国经济普查工作、安排全国人口工作。会后各乡镇和县直相关部门任务很重。刚才，同志作了今年的工作安排，我都同意。为做好今年的统计工作和人口普查工作，我讲几点意见。
@H1 sec=requirements alt=guidance,measures text=一、关于今年的统计工作 | 一、关于今年的统计工作统计工作是科学决策和管理的重要基础，也是宏观经济监测体系的重要组成部分，随着经济社会发展，它的重要性越来越突出，x更加光荣，责任更加重大。刚才局长分析了统计工作面临的形势和任务，统计部门既肩负繁重的任务和艰巨的x，又面临良好机遇和巨大挑战。各乡镇、各部门要把思想和行动统一到县委、县政府的部署和省、州的要求上来，切实提高统计能力、数据质量和统计公信力。
@H2 | 一是要进一步优化统计工作环境。各乡镇、各部门要统一思想、加强领导，为统计工作营造良好环境，协调解决统计改革和建设中的矛盾，在人力、财力、物力上大力支持，明确专职统计人员并保持队伍基本稳定。各部门还要明确专门的统计机
""",
    ),
    dict(
        name="fresh2_16_business_environment_speech",
        source="https://m.bimoxiezuo.com/view?id=n5tw63s7mm2wmnrz&type=2",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at a meeting of the county's business-environment leading group that also "
               "pushes on the provincial inspection's rectification work (2025). Title, salutation, opening "
               "paragraph ending in '下面，我讲三点意见。', then the first point; the page ends a few characters into "
               "its body ('营商环境是区域发', kept as the fragment it is).",
               "The single heading is a long 一、 point with commas (no '。'), requirements with guidance and measures "
               "accepted (speech points are soft)."],
        units=["县委优化营商环境领导小组"],
        text="""\
@T | 在县营商环境建设领域专项巡视工作推进会议上的讲话
同志们：
今天召开县委优化营商环境领导小组2025年第2次会议，这也是营商环境建设领域专项巡视工作的推进会。会议的任务是分析全县营商环境建设面临的新形势新挑战，总结前段工作，对即将全面展开的省委专项巡视反馈问题整改进行动员部署，推动全县营商环境持续向好、整体跃升。刚才，相关部门负责同志汇报了专项巡视进展、考核评价指标监测情况和中小企业发展环境评估报告，讲得很好，既反映了问题，也提出了建议。下面，我讲三点意见。
@H1 sec=requirements alt=guidance,measures | 一、肯定成绩，正视差距，以更高站位认识优化营商环境的极端重要性
营商环境是区域发
""",
    ),
]
