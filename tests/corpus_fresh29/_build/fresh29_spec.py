# -*- coding: utf-8 -*-
"""The twenty-ninth held-out fresh set: WORK SUMMARIES AND REPORTS (工作总结,
年度 / 学年 / 换届 summaries) whose visible part reaches, where the store allowed,
their later sections (存在的问题 / 不足, 下一步工作计划), beside 主要做法 / 成效:
by a bureau, a county hospital, a hospital (sample text), a town, a
primary school, a subdistrict, a community, a village, a village and a
district women's federation, a student association and a company's trade
union.  Found as
stored public web pages with the `search` tool's `pages` corpus (log in
notes_queries.txt).  None of the source pages is a source of the label files
listed in /work/fresh29/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets: only the part of the page the store returned
is represented, nothing after it was invented; site boilerplate dropped;
heading lines keep the source's numbering and wording (full-width
punctuation restored); every body paragraph rewritten in our own words and
shortened, with dates, figures, unit names and masking kept.

Marker syntax: see fresh_build/build.py.
"""

FRESH29_DOCS = [
    dict(
        name="fresh29_01_bureau_safety_production_summary",
        source="http://baijiadoc.com/doc/ckddwyijfu",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A bureau's safety-production summary (it supervises industrial firms and shopping complexes; '我局'), "
               "PDF text on a document-sharing site; the page shows only the end of the problems section and the "
               "next-steps section. The PDF line breaks inside paragraphs were joined; the PDF spacing '2023 年' is kept.",
               "The two problems lines open with '一是…。' / '二是…。' run-in headings; their parent (presumably "
               "'四、存在的问题') is not visible, so they are level 2 under the visible '五、' level (level_alt 1). "
               "Kind problems.",
               "'五、下一步工作计划' is next_steps (a summary's plan for the coming year). The year 2023 in its body is "
               "the plan year, not a phase. No title line; no unit named (only '我局')."],
        units=[],
        text="""\
@H2 sec=problems lvlalt=1 | 一是安全生产责任制落实不够严格。各层级虽然都签了责任状，但一些企业受疫情、生产困难和效益下滑影响，责任状只停在纸面和口头，思想上没有真正重视。
@H2 sec=problems lvlalt=1 | 二是主体责任意识有待提高。个别企业安全意识淡薄，不愿在安全上多投人力物力财力，安全网络和组织机构不健全，主体责任落实不到位。
@H1 sec=next_steps | 五、下一步工作计划
2023 年，我局将进一步增强安全生产的紧迫感和责任感，加强对工业企业和即将恢复营业的大型商贸综合体的检查督导，压实企业主体责任，健全全员安全生产责任制；针对整改不力、责任制落实不到位等薄弱环节定期复查，督促企业建立监控体系、应急处置和事故报告机制，完善预案并开展实战演练，坚决杜绝各类事故。
""",
    ),
    dict(
        name="fresh29_02_county_hospital_annual_summary_problems",
        source="https://m.027art.com/fanwen/yiyuanzongjie/349162_6.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Page 6 of a county people's hospital's annual summary (县人民医院年度工作总结, on a 范文 site): the end of "
               "the achievements (the new in-patient building), the review paragraphs and the start of the problems "
               "section. The site's line 'you can visit … for more articles related to 《县人民医院年度工作总结》', "
               "glued before '回顾二〇一〇年的工作', was dropped (site blurb).",
               "The source says 2010 in the review and '2011年医院各项工作成绩的取得' in the next paragraph; both kept as "
               "written.",
               "The lead-in '…具体表现在以下几个方面：' is body; '1、服务质量及服务态度不优。…' is a run-in problems "
               "heading whose parent section heading is not visible: level 1 (level_alt 2). The page ends with the "
               "fragment '2、医', dropped (truncated last item). No title line on the page part shown."],
        units=[],
        text="""\
医院抓住机遇扩建门诊住院综合楼，多次召开现场办公会统一思想、明确任务，主动与主管部门和承建单位沟通，广泛听取意见，保证施工顺利。目前主体工程已竣工验收，正进入专业工程招标程序，预计2011年投入使用，届时群众就医条件和职工工作环境将明显改善。
回顾二〇一〇年的工作，医疗质量的提高来自严格规范的管理，学科的快速发展来自激励人才创新的学习平台，综合楼扩建为医院拓展了发展空间，公开透明的招标采购赢得了职工的信任，服务质量的改进使医院品牌得到患者和社会的认可。
2011年医院各项工作成绩的取得，离不开各级党委政府和卫生主管部门的领导、社会各界的支持，也离不开全院职工的团结努力。
在肯定成绩的同时，我们也清醒地看到工作中的不足，尤其与省内同级医院相比，人才建设和技术发展差距较大，医疗质量和服务水平有待提高，具体表现在以下几个方面：
@H1 sec=problems lvlalt=2 | 1、服务质量及服务态度不优。这是当前损害医院形象、制约医院发展的突出问题，一些科室特别是窗口科室的个别人员还没有把热情周到的服务当作医院的生命线，人性化服务仍停留在口号上。
""",
    ),
    dict(
        name="fresh29_03_town_annual_summary_social_affairs",
        source="http://www.xuexue6.com/bgzj/k03395/6114828_4.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Page 4 of a town's annual work summary (镇年度工作总结, a template with blank figures): the end of its "
               "social-affairs part, then its problems and next-year paragraphs. The site's closing line "
               "('《镇年度工作总结》来源于…') and the tag line were dropped.",
               "The social-affairs areas are unnumbered labels: run-in '教育事业。…', '卫生保健 。…' (space before 。 kept), "
               "'司法信访。…', and bare '工会工作' and '群团工作。（共青团、妇联）' with no body (the template left them "
               "empty). Level 1 (their parent is not visible; level_alt 2), kind achievements.",
               "The problems ('20**年，我镇各项工作虽然取得了较好成绩，但困难和问题依然较多…一是…二是…') and the next-year "
               "intentions ('20**年，我们将…') are plain paragraphs without a heading: body, not labelled; the 一是…四是 "
               "inside the problems paragraph are mid-line markers.",
               "Blank figures of the template ('收缴参合基金 万元，参合率达 %', '接待来访群众 人次') and the mask '20**年' "
               "are kept; the source's break inside '直接调解 / 件' was joined. No title line on this page."],
        units=[],
        text="""\
@H1 sec=achievements lvlalt=2 | 教育事业。进一步规范学校财务和招生行为，整治学校周边环境，对校园安全进行检查整改。适龄儿童入学率100%，小学升学率100%，中学升学率98.3%，有44名学生考入重点中学；镇长亲自召集会议，推进教师资格清理和学校布局调整。
@H1 sec=achievements lvlalt=2 text=卫生保健 | 卫生保健 。继续做好儿童计划免疫和人禽流感、麻疹、肺结核、风疹等传染病防治，重点推广新型农村合作医疗，加强宣传、健全机构、落实责任，收缴参合基金 万元，参合率达 %。
@H1 sec=achievements lvlalt=2 | 工会工作
@H1 sec=achievements lvlalt=2 | 司法信访。认真接待、及时处理群众来信来访，全年接待来访群众 人次，收到信件 件，其中上级交办 件，结案 件，结案率 %以上；开展法律服务，培训人民调解员 次，指导调解疑难纠纷 件，直接调解 件，没有发生民间纠纷转化为刑事案件。
@H1 sec=achievements lvlalt=2 | 群团工作。（共青团、妇联）
20**年，我镇各项工作虽然取得了较好成绩，但困难和问题依然较多，压力仍然很大。一是“三农问题”仍然突出；二是多数民营企业缺乏活力，市场竞争力不强；三是稳定形势不容乐观；四是财政资金压力大。
20**年，我们将在县委、县府领导下，在困难中求发展、在发展中保稳定，推动全镇经济健康发展、群众安居乐业，为建设社会主义新农村不懈奋斗。
""",
    ),
    dict(
        name="fresh29_04_primary_school_annual_summary_reflection",
        source="https://m.dawendou.com/jiaoxue/xuexiaozongjie/1561360.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A primary school's annual summary that admits its teaching quality fell (from 8th to 14th in the town); "
               "the opening says the summary is written 'to make clear the direction of future efforts'.",
               "'一、总结反思' is level 1; its kind is achievements (a backward-looking review) with problems accepted, "
               "because the section is framed as reflection on shortcomings. '（一）强化师德师风建设…' level 2 with two "
               "run-in level-3 headings '1、思想上高度重视。…', '2、开展师德培训，…。…' (cut at the first 。).",
               "'（二）本学年教学质量分析' reports the decline: achievements inherited, problems accepted. The page then "
               "shows a score table; its garbled header row was dropped (the page is cut inside the table). "
               "The source's ASCII brackets (一) were restored to full-width. '市局' only issues documents: not a unit."],
        units=[],
        text="""\
@T | 小学年度工作总结
本年度我校坚持“德育为首，以人为本，质量强校”的办学思想，以教学常规管理为切入点，依法治校，抓好各项管理，努力建设和谐校园、平安校园，较好地完成了年度任务。但一年下来，我校教育教学质量不升反降，暴露出管理、教师责任心、师德师风和学生学习积极性等方面的严重问题。为明确今后努力的方向和目标，现将一年来的工作总结如下：
@H1 sec=achievements alt=problems | 一、总结反思
@H2 | （一）强化师德师风建设，促进校园和谐发展
教师的素质和形象直接影响学风、校风和学生素质的培养，师德既要培养教育，更要靠教师的自我修养。
@H3 | 1、思想上高度重视。多次专题学习市局关于教师作风建设的文件，严格执行龙陵县教师“六不准”和“三进三治”，要求教师严于律己、为学生做表率。
@H3 | 2、开展师德培训，塑造教师为人师表的良好形象。学校提出具体要求：一是关心爱护学生、与学生和家长交朋友，不准冷嘲热讽、训斥家长；二是严禁体罚和变相体罚；三是禁止有偿补课和私自为学生订资料。
@H2 sec=achievements alt=problems | （二）本学年教学质量分析
本学年我校教学成绩由全镇第8名降至第14名，是全镇下滑幅度最大的学校，各科升降情况见下表：
""",
    ),
    dict(
        name="fresh29_05_subdistrict_2022_summary_2023_ideas",
        source="http://www.nanhu.gov.cn/art/2023/6/7/art_1229303592_5122571.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A subdistrict's 2022 summary and 2023 work ideas (建设街道, 南湖区) from the district's open-government "
               "pages; the index-number / publisher / date table above the title was dropped. The visible part "
               "covers only the first part '一、2022年工作总结'; the title announces a 2023 工作思路 part that the page "
               "part does not reach.",
               "'一、2022年工作总结' level 1, achievements; '（一）…', '（二）…', '（三）…' level 2 headings standing alone.",
               "Under each （…） the body is one paragraph that begins with '一是…。' and holds 二是 / 三是 in the middle: "
               "the line-initial '一是…' is labelled as an optional item (level 3), the mid-line 二是 / 三是 are not "
               "labelled. The page ends inside the third paragraph ('…完成街道四个平台').",
               "PDF spacing '限额以上批 发业' kept; '1—10月' is a reporting period inside a body, not a phase."],
        units=["建设街道"],
        text="""\
@T | 建设街道2022年工作总结和2023年工作思路
2022年以来，面对疫情反复和经济新常态下的诸多挑战，建设街道在区委、区政府领导下，锚定“品质建设 文化古城”的总体思路，汇聚各方力量，持续释放中心城区发展新动能。
@H1 sec=achievements | 一、2022年工作总结
@H2 | （一）奋力冲刺“目标任务”，发展质效持续提升
@I3 | 一是指标亮眼。1—10月完成地方级收入6182万元，同比增长12.5%，规上服务业增长19.01%，限额以上批 发业销售额增长26.39%，外贸进出口额增长超过90%。二是项目增效。依托国资盘活都市广场、多彩城等地块，街道卫生服务中心项目即将开工。三是加速“拔钉”。全年签约、腾退11户，为区域发展腾出空间。
@H2 | （二）时刻坚持“如履薄冰”，基层治理更加优化
@I3 | 一是风险源头治理。1月中旬成为全区首个信访积案清零的主体，不稳定人事一事一案管理。二是隐患全域监测。16处重点场所由科级领导挂联，83处老旧小区建立质量隐患跟踪清单。三是苗头溯源化解。优化调解流程，处理纠纷516件，开展反诈宣传，国家反诈中心APP推广完成率全区第一。
@H2 | （三）迭代升级“智治”逻辑，变革理念全面深化
@I3 | 一是构建整体智治构架。完成街道四个平台
""",
    ),
    dict(
        name="fresh29_06_student_association_year_summary",
        source="http://yunpanclub.com/12758.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The first sample of a collection page ('2023学校社团工作总结'): a university student association's "
               "summary of the school year. The collection title and the sample number ('…篇1') were dropped; the sample "
               "has no title of its own, so title is null. Masks '_协会', '20_年' kept.",
               "The opening announces both a summary and 'the main work and plans for next year', but the page part "
               "reaches only '一、协会各项工作成果' (level 1, achievements) and its first point '1、内部建设成效显著' "
               "(level 2); it ends inside the third body paragraph."],
        units=['_协会'],
        text="""\
_协会在20_年下学年的各项活动中成果丰硕、发展长足，但也暴露出一些问题和不足。现将本学年工作总结如下，并对下学年的主要工作和规划作出部署。
@H1 sec=achievements | 一、协会各项工作成果
@H2 | 1、内部建设成效显著
本学年协会着力推进正规化、人文化的内部建设，在原有制度基础上制定新的干部干事管理方案和会员服务套餐，加强对干部干事的管理和对会员权益的保障。
机构设置更趋合理：设办公室、棋牌部、文艺部、宣传部、外联部、文讯部、组织部和会长团，实行会长、副会长分管部门；活动由相应部门承办、其他部门协办，主管会长总协调，每个部门都要有自己的特色活动；社联或校级大型活动由会长总负责。
本协会把棋牌乐活动和舞蹈交流会定为常规活动，两者穿插举办，提高了会员对
""",
    ),
    dict(
        name="fresh29_07_company_union_term_report",
        source="https://m.umeipian.com/gongzuobaogao/112985.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["The first sample of a collection page ('2024年工会小组年度总结5篇'): a company trade union's report on its "
               "five-year term (上届工会委员会的工作回顾); kind report (a term report to the members' congress), summary "
               "accepted. The collection blurb and the sample number were dropped; no title line.",
               "'一、上届工会委员会的工作回顾' level 1, achievements. '1、强化工会组织建设，夯实工作基??' keeps the page's "
               "broken characters '??' at the end of the heading (encoding debris, text set by hand without it). "
               "'2、加强民主管理，维护职工合法权益' holds two line-initial run-in headings '一是全面推行厂务公开制度。…', "
               "'二是推行和完善平等协商和集体合同制度。…' (level 3). The page ends in the body of '3、…'.",
               "Blank figures of the source ('入会率达xx%', '下设个工会小组') kept."],
        units=["公司工会"],
        text="""\
五年来，公司工会在上级工会和党支部领导下，围绕公司改革发展，突出工会四项职能，依法维护职工合法权益，发挥组织优势，狠抓工作落实，为公司发展发挥了重要作用。
@H1 sec=achievements | 一、上届工会委员会的工作回顾
@H2 text=1、强化工会组织建设，夯实工作基 | 1、强化工会组织建设，夯实工作基??
五年来坚持职工入会登记和建档立卡，职工入会率达xx%，公司工会委员会下设个工会小组，做到哪里有职工哪里就有工会组织；建立内部监督制约机制，严格经费管理，没有违纪违规和截留挪用现象。
@H2 | 2、加强民主管理，维护职工合法权益
五年来工会持续推进民主管理，尽最大努力维护好职工的合法权益。
@H3 | 一是全面推行厂务公开制度。把厂务公开纳入公司各项管理制度，与现代企业制度建设相结合，公开规章制度和职工福利待遇，使厂务公开走上经常化、制度化、规范化轨道。
@H3 | 二是推行和完善平等协商和集体合同制度。把涉及职工利益和劳动关系的重大问题纳入集体合同，建立履约责任制和监督检查制度，并纳入企业目标管理，有效维护了职工合法权益。
@H2 | 3、建设“四有”职工队伍，促进企业发展
我们结合单位特点，引导广大职工树立正确的世界观
""",
    ),
    dict(
        name="fresh29_08_village_womens_federation_2022_summary",
        source="http://www.yunxily.com/xycydz/16047.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=False,
        notes=["A village women's federation's 2022 summary (村妇联工作总结汇报) posted on a blog-like site; generic wording "
               "(it may be a template or generated sample), but it is the kind of page users copy. The page title, "
               "repeated in brackets, is kept once as the title line; the poster-and-date line was dropped. The stored "
               "text seems to reach the end of the document (closing paragraph), so partial is false.",
               "Three level-1 parts: '一、工作回顾' achievements, '二、存在的问题' problems, '三、下一步工作计划' next_steps. "
               "Each holds three short title lines '1.开展妇女教育' etc. standing alone above a body: level-2 headings "
               "inheriting the part's kind. The lead-ins '在工作中，我们也面临了一些问题：' and '…将在以下方面继续努力：' are body."],
        units=["村妇联"],
        text="""\
@T | 2022年村妇联工作总结汇报
@H1 sec=achievements | 一、工作回顾
2022年，村妇联坚持“为妇女服务、促进发展、维护权益”的宗旨，开展了以下几方面工作：
@H2 | 1.开展妇女教育
针对村里妇女受教育不足的情况，组织了多次培训，内容涉及心理健康、营养知识和法律常识，提高了妇女的意识。
@H2 | 2.举办文艺活动
开展诗歌朗诵、歌曲比赛等多场文艺活动，丰富了妇女的精神文化生活。
@H2 | 3.开展公益活动
组织妇女志愿者参与乡村公益，关爱困难妇女和孤寡老人。
@H1 sec=problems | 二、存在的问题
在工作中，我们也面临了一些问题：
@H2 | 1.妇女地位依然不高
虽然做了不少工作，但妇女在家庭中的地位仍然不高，传统观念较重的村更为明显，意识形态工作还需加强。
@H2 | 2.缺乏经费
经费有限，工作的开展受到一定制约，需要更多支持和资助。
@H2 | 3.设施落后
部分妇女活动场所和设施简陋，有待改善完善。
@H1 sec=next_steps | 三、下一步工作计划
为更好地服务妇女，村妇联将在以下方面继续努力：
@H2 | 1.加强宣传教育
通过多种渠道宣传妇女在家庭和社会中的作用，增强妇女的自信和地位。
@H2 | 2.争取更多资金支持
积极争取政府和社会各界支持，增加工作经费，扩大服务范围，提升服务能力。
@H2 | 3.加强设施建设
新建或改造妇女活动场所，改善设施设备，提高活动质量和效果。
回顾这一年，我们有收获也有问题；相信在党和政府的关心支持下，村妇联一定能做得更好，为妇女的发展进步作出更大贡献。
""",
    ),
    dict(
        name="fresh29_09_hospital_2024_annual_summary_with_table",
        source="http://m.xytest.com/zxwd/202512/945844.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A hospital's 2024 annual summary on a Q&A site (generic wording, probably a sample text). The site's tag "
               "'【医院年度工作总结范文】' is glued to the start of the first paragraph and kept there as debris (never "
               "labelled); there is no title line of the document's own.",
               "'一、主要工作完成情况' (achievements) holds five level-2 headings '1. 医疗服务质量稳步提升' (space after '1.') "
               "standing alone above their bodies; the first is followed by a four-row indicator table flattened to "
               "pipe-separated lines (table cells: body, not labelled). Figures kept as written ('8,600', '1,200万元').",
               "'二、存在的问题与不足' (problems) holds numbered one-sentence statements without bodies: labelled items "
               "(level 2). The page ends inside the third ('…数据共享不畅'), kept as the fragment."],
        units=[],
        text="""\
【医院年度工作总结范文】2024年，在上级主管部门领导下，我院围绕“以患者为中心”的服务宗旨，推进医疗质量提升、学科建设、人才引进和信息化建设等重点工作，全面完成了年度任务。现将本年度工作总结如下：
@H1 sec=achievements | 一、主要工作完成情况
@H2 | 1. 医疗服务质量稳步提升
全年接诊门诊患者约12万人次、住院患者3.5万人次，手术8,600例；加强临床路径管理、优化诊疗流程、强化质控，医疗安全和患者满意度持续提高。
| 指标 | 2023年数据 | 2024年数据 | 增长率 |
| 门诊人次 | 10.8万 | 12万 | +11.1% |
| 住院人次 | 3.2万 | 3.5万 | +9.4% |
| 手术例数 | 7,800 | 8,600 | +10.3% |
| 平均住院日 | 6.2天 | 5.8天 | -6.4% |
@H2 | 2. 科室建设与人才培养成效显著
新增心血管内科、康复医学科和肿瘤放疗科3个重点专科；选派20余名医护人员外出进修，引进高层次人才5人。
@H2 | 3. 医疗设备与信息化水平不断提升
投入1,200万元更新CT、MRI、超声等设备，完成电子病历系统升级，实现全院信息互联互通。
@H2 | 4. 医德医风建设持续推进
开展“优质服务月”活动，组织职业道德培训12次，评出“优秀医师”“最美护士”等先进典型15人。
@H2 | 5. 公共卫生与应急能力增强
应对流感、手足口病等高发期，组织应急演练4次，参加社区义诊12场，服务群众近万人次。
@H1 sec=problems | 二、存在的问题与不足
@I2 | 1. 部分科室人员结构不合理，年轻骨干力量有待加强。
@I2 | 2. 医疗资源分布不均，基层医疗服务能力仍需提升。
@I2 | 3. 信息化系统运行中存在部分功能不完善、数据共享不畅
""",
    ),
    dict(
        name="fresh29_10_community_2017_summary_2018_plan",
        source="http://freekaoyan.com/wm/01/002/2018/01-12/1515743994841061.shtml",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A community's 2017 summary and 2018 plan (社区2017年工作总结暨2018年工作计划, name masked '**社区'). Another "
               "page of the same site (a town's half-year summary, different id) is an earlier set's source; this one is not.",
               "After a one-line list of honours, the summary's areas are line-initial run-in headings '一是抓主业，夯基础，"
               "党建工作进一步加强。…' to '五是加强环保督查落实。…': level 1 (the top level shown), kind achievements. "
               "The page part does not reach the 2018 plan announced in the title.",
               "'截止8月', '1—10月' are reporting periods inside bodies, not phases. Masks '**社区', '**路', '**新村' kept."],
        units=['**社区'],
        text="""\
@T | 社区2017年工作总结暨2018年工作计划
2017年**社区先后获得全省信访“三无”乡镇（街道）、卫生社区、零家庭暴力社区等荣誉称号。
@H1 sec=achievements | 一是抓主业，夯基础，党建工作进一步加强。推进“两学一做”学习教育常态化制度化和“讲重作”专题警示教育，集中研讨135次，谈心谈话126次，征求意见20个，查摆问题44个，其中21个纳入党工委整改清单并已全部整改。
@H1 sec=achievements | 二是抓发展，保增长，经济建设进一步增强。截止8月招商引资4.57亿元，完成总目标的152.33%；固定资产投资4.7亿元，完成56.11%；以特色楼宇为抓手吸引客商，物流大厦已入驻企业23家。
@H1 sec=achievements | 三是抓整治，强推进，环境卫生进一步改善。投资60万元整治维修**路，投资30万元实施文明创建零星工程；新增宅间道4处约200米、护栏5处约百米、排水沟1处约60米，更换破损盖板百余块，并配合区建设局整治**新村及**市场周边排水管网。
@H1 sec=achievements | 四是抓维稳，促和谐，居民幸福感进一步提升。1—10月排查调处矛盾纠纷26起，全部调处成功；开展安全宣传5次、安全检查9次，全年无重大安全事故；成立两个专班、42人24小时值守，做好十九大安保。
@H1 sec=achievements | 五是加强环保督查落实。逐一核查中央和省环保督办件并落实整改，督促拆除非法废旧塑料加工点的锅炉并清运废料，对山庄围墙外养猪影响居民的问题进行整治。
""",
    ),
    dict(
        name="fresh29_11_village_2021_rural_revitalisation_summary",
        source="https://xiexiebang.com/zongjie/xiangzhen/34b8dec6cb5679dc.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A village's 2021 rural-revitalisation summary (崔家村, 泷泊镇, 双牌县). Other pages of the same site are "
               "sources of earlier sets (different ids and titles); this one is not.",
               "'一、基本情况' is background (village profile with figures); '二、工作开展情况' achievements. Under it the "
               "page writes '<一>、' (angle brackets, ASCII in the store's NFKC text; restored as full-width '＜一＞、'): "
               "a bracket form outside the style list, so its numbering_style comes out 'none' while the literal is kept; "
               "level 2.",
               "'首先，加强党史、政治理论学习。…' opens the body under ＜一＞ with a discourse marker: labelled as an optional "
               "item (level 3, style 首先). The page ends inside that paragraph (the list of documents studied)."],
        units=['崔家村'],
        text="""\
@T | 2021年崔家村乡村振兴工作总结
2021年以来，双牌县泷泊镇崔家村落实县委、县政府乡村振兴部署，围绕“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”总要求，以党建引领乡村振兴，在巩固拓展脱贫攻坚成果的同时全面推进各项工作，取得了可喜成效。现总结如下：
@H1 sec=background | 一、基本情况
崔家村东邻上梧江乡青春村，南接上梧江乡新立村，西接泷泊镇塔山村，北邻泷泊镇周冲村，距县城20公里，交通相对落后。全村林地16000亩、耕地580亩，辖九个村民小组267户917人，党员38人（女党员5人）；脱贫人口74户295人，2021年消除易返贫风险3户3人，监测户1户1人；脱贫攻坚期间易地搬迁21户、危房改造50户；低保11户18人，大病重病5户5人，持证残疾26户32人（重残12户12人），特困供养5户5人；聘护林员4人、保洁员2人、供水管理员1人、光伏管护员1人；2021年人均纯收入12068元。
@H1 sec=achievements | 二、工作开展情况
@H2 num=＜一＞、 | ＜一＞、深入开展学习，不断提高乡村振兴工作水平
@I3 | 首先，加强党史、政治理论学习。3月份以来，为提高村支两委干部和驻村工作队的党史、政策理论素养和实践能力，我村先后学习了《习近平总书记关于“三农”工作重要论述》《中国共产党简史》《中华人民共和国乡村振兴促进法》等
""",
    ),
    dict(
        name="fresh29_12_district_womens_federation_annual_summary",
        source="https://www.1mishu.com/article/shuzhibaogao/dwzj/200701/63958.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A district women's federation's annual summary, names and year masked ('xx区妇联xxx年工作总结'). The site's "
               "breadcrumb and its short page title ('区妇联年总结', twice) were dropped; the document's own title line is "
               "kept. The stray comma after the opening paragraph ('…积极贡献。,') was not kept (body rewritten).",
               "'一、xxx年的主要工作' level 1, achievements; '（一）强化宣传教育，扩大妇联组织影响力。' a level-2 heading "
               "standing alone and ending in '。'; below it run-in level-3 headings '1、抓学习教育，提升妇联形象。…'. "
               "The page ends with the fragment '3、抓活动载体，展', kept as a bare level-3 heading.",
               "Masks 'xx区', 'xxx年', '《xx日报》' kept."],
        units=["xx区妇联"],
        text="""\
@T | xx区妇联xxx年工作总结
xxx年，在区委、区政府领导和市妇联指导下，xx区妇联以科学发展观为指导，突破经费、手段和职能的制约，整合政治、组织、公信力和人才资源，找准“党政所急、妇女所需、妇联所能”的交汇点，把妇联工作当作事业来经营，全区妇女儿童事业得到较大发展，为构建和谐xx作出了贡献。
@H1 sec=achievements | 一、xxx年的主要工作
@H2 | （一）强化宣传教育，扩大妇联组织影响力。
@H3 | 1、抓学习教育，提升妇联形象。通过讲座、培训、以会代训等形式加强妇联干部队伍建设；妇联全体人员参加了xx市党政领导干部和经营管理人才MBA高级研修班12个专题的学习，并选送干部参加全国、省、市、区各类业务培训，鼓励职工提升学历。
@H3 | 2、抓宣传阵地，扩大妇联影响力。借助《四川妇女》《xx日报》《妇运信息》、党政网和各类会议宣传妇联的创新工作，营造妇女儿童工作的良好氛围。
@H3 | 3、抓活动载体，展
""",
    ),
]
