# -*- coding: utf-8 -*-
"""The ninety-fourth held-out fresh set: a RANDOM SAMPLE of the genre as a
writer would bring it.  For each document a kind was drawn from {工作计划,
工作要点, 实施方案, 活动方案, 工作总结, 工作汇报, 讲话稿} and a writer from {乡镇,
街道社区, 中小学, 高校, 医院, 企业, 县级部门, 市级部门, 团委/妇联, 银行, 幼儿园,
协会} with python's random (seed 94; draws in draws.txt), and the first
suitable unused page of a query for that pair was taken (log in
notes_queries.txt).  Found as stored public web pages with the `search`
tool's `pages` corpus.  None of the source pages is a source of an earlier
set (see /work/fresh94/used_sources.tsv and _excl_norm.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, download panels, collection titles, image links) dropped.
- Heading, title and value lines keep the source's numbering, wording and
  punctuation (full-width restored from the store's NFKC text).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit names, slogans and masking are kept.  Personal names dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH94_DOCS = [
    dict(
        name="fresh94_01_primary_school_moral_education_summary",
        source="https://m.wenke99.com/p-8228529.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Draw 1 (工作总结 × 中小学). A primary school's moral-education summary on a document-sharing site; the page "
               "arrived as one run-together block and was split at its heading and item boundaries.",
               "The site's chunk marker '精选优质文档-倾情为你奉上' stands before the title on its own line: site debris, kept "
               "and not labelled (not a title line).",
               "一、加强德育队伍建设，提高德育工作质量。 ends with '。' (text cut there); section kind achievements (what was "
               "done this term). The two 1、2、 lines under it are statements of what was done, labelled items at level 2. "
               "The page ends inside item 2 ('…使学生尽快地融入到')."],
        units=["德育处"],
        text="""\
精选优质文档-倾情为你奉上
@T | 2018学年小学德育工作总结精编
寒冬腊月，一个忙碌的学期结束了。本学期学校德育以“立德、立功、立言”的办学宗旨和“构建快乐教育，成就幸福人生”的办学理念为指导，以评选五星级学生为抓手，拓宽了德育渠道。
学校坚持育人为本、德育为先，把立德树人作为根本任务，尊重儿童身心发展规律，把日常培养、开展活动和积极向上的情感教育结合起来；在班主任的支持和德育处的努力下，本学期各项工作圆满完成，现总结如下。
@H1 sec=achievements | 一、加强德育队伍建设，提高德育工作质量。
@I2 | 1、学校重视对教师的培训，开学初通过理论学习和专题讲座，提升德育工作者的素质；开学前的教师培训中组织学习了中小学教师十不准、教师职业道德规范和五星级学生评选实施细则，要求教师为人师表。
@I2 | 2、在开学之际，为规范学生的日常行为、让学生明确学校的德育常规要求，使学生尽快地融入到
""",
    ),
    dict(
        name="fresh94_02_county_health_bureau_rural_service_scheme",
        source="https://www.fanwenq.com/UserLookArticle.asp?ArticleID=1dc45607e72cf186",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["Draw 3 (实施方案 × 县级部门). A county health bureau's 2014 scheme for its 卫生三下乡 activity. The 返回 link, "
               "the posting line and the download/registration links were dropped; the page ends at '请先登录', dropped.",
               "The page ran the headings into their bodies in one block ('一、指导思想坚持以…'); the lines were split at the "
               "heading boundaries. The source text has words removed by the site ('坚持以和为指导，深入贯彻落实；'); the "
               "rewritten body does not reproduce the gap.",
               "一、指导思想 guidance; 二、组织机构 responsibilities; 三、活动内容 goals (measures accepted). The page ends in "
               "its first task '1、组织开', kept as a bare level-2 heading fragment.",
               "doc_kind scheme (the title says 活动实施方案; activity_plan accepted)."],
        units=["县卫生局", "卫生三下乡活动工作领导小组"],
        text="""\
@T | 2014年卫生三下乡活动实施方案
2014年是推动全县卫生事业再上台阶的攻坚之年，做好今年的卫生工作，对实现医改阶段性目标、落实县十五次党代会精神意义重大。根据省、市、县《关于深入开展2014年文化科技卫生三下乡活动的通知》和全县卫生目标任务，现对我县2014年卫生三下乡活动作如下安排：
@H1 sec=guidance | 一、指导思想
围绕全县经济建设大局和农村公共卫生服务体系建设，以扶持基层卫生、改善农村医疗卫生状况为目标，发挥县城卫生资源优势，开展卫生扶贫和对口支援，帮助基层解决实际困难，提高服务水平，满足群众就医需求。
@H1 sec=responsibilities | 二、组织机构
为加强对活动的组织领导，县卫生局成立卫生三下乡活动工作领导小组。
@H1 sec=goals alt=measures | 三、活动内容
@H2 | 1、组织开
""",
    ),
    dict(
        name="fresh94_03_town_secretary_new_village_committee_speech",
        source="https://xiebiwenku.com/index/article/detail/detail_id/50953.html",
        doc_kind="speech", partial=True,
        notes=["Draw 4 (讲话稿 × 乡镇). A town party secretary's speech at a training class for newly elected village "
               "party-branch members. The first result of the first query (a county leader's speech at a township "
               "heads' meeting, wenke99) and the next usable ones were already used or not by a township writer; see the log.",
               "Salutation '同志们：' and the lead-in '下面，我简单讲三点意见。' are body. The visible point '一、要讲政治' is a "
               "standing heading, level 1, kind requirements (guidance, measures accepted). The page ends inside point 一."],
        units=["镇党委"],
        text="""\
@T | 镇党委书记在全镇新任村支部委员能力提升班上的讲话
同志们：
在县村“两委”换届选举工作领导小组的领导下，经过镇党委、政府的统筹和镇村干部的共同努力，我镇X个村支部的换届已全部完成，达到了提高学历、降低年龄、吸收人才的要求。
我代表镇党委政府，向新当选的各位村支部委员表示祝贺。今天这个会，既是见面会，也是明纪警示会和工作动员会，目的是提升新一届村支部委员的政治、理论、业务素质和致富本领，为全镇各项事业发展提供组织保证。
下面，我简单讲三点意见。
@H1 sec=requirements alt=guidance,measures | 一、要讲政治
讲政治是党最大的思想组织优势，也是一切工作最根本的要求；对村干部来说，就是思想和行动上与党中央保持高度一致。习近平总书记要求党员干部做到“心中有党、心中有民、心中有责、心中有戒”，这“四有”对我们村干部同样适用，必须坚决落实。
""",
    ),
    dict(
        name="fresh94_04_city_first_half_year_work_report",
        source="https://laobiganzi.top/128872.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["Draw 5 (工作汇报 × 市级部门). A city's report on its first-half-year work (name and figures masked with "
               "'**', '*' and 'X'); the page shows no title line, so title is null.",
               "一、上半年工作完成情况 is achievements; '（一）战疫情保安全。…' is a run-in heading at level 2 (title cut at '。').",
               "The paywall line '（阅读全部图文内容，您需要先登录！）' is site debris, kept on purpose and not labelled.",
               "Figures and '5月份以来' in the body are not phases."],
        units=["疫情防控工作领导组"],
        text="""\
年初以来，**市认真贯彻中央和省、市委的决策部署，全力抗击新冠肺炎疫情，围绕“*******”总目标和“*********”总思路，推动经济社会平稳较快发展。预计到6月末，全市地区生产总值完成**亿元，同比增长**%；一般预算财政收入完成**亿元，同比**%；固定资产投资完成**亿元，同比增长***%；规上工业增加值完成**亿元，增幅**%；社会消费品零售总额完成**亿元，增幅**%。
@H1 sec=achievements | 一、上半年工作完成情况
@H2 | （一）战疫情保安全。成立由市委、市政府主要领导任组长的疫情防控工作领导组，落实一级响应要求；入户排查**人，设立卡口**处、检疫人员*名，24小时值守，排查外来车辆**辆**余人次，均未发现症状；加强集贸市场活禽、野味交易管控，出动**人、巡查**次；入户宣传X余户，发放《疾控给全体市民的一封公开信》等资料***份，推送防控信息**条。5月份以来，紧盯“两个重点”，外防输入、内防扩散。
（阅读全部图文内容，您需要先登录！）
""",
    ),
    dict(
        name="fresh94_05_bank_marketing_activity_plan",
        source="https://m.hunwen.com/fanwen/cehuafangan/413/413372.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["Draw 7 (活动方案 × 银行). The first sample of a collection page ('银行营销活动方案范文(精选16篇)'): a Postal "
               "Savings Bank marketing proposal that opens with the bank's introduction. The collection title was dropped; "
               "the sample shows no title of its own, so title is null.",
               "一、中国邮政储蓄银行简介 is background. Under it, '1、网点遍布城乡，资金归集迅速', '2、强大的结算系统优势' and "
               "'3、便捷的企业网上银行功能' are standing level-2 headings (background inherited); the two （1）（2） lines under "
               "2、 are statements, labelled items at level 3.",
               "The page ends in the body under 3、, which was dropped; 3、 is kept as a bare heading. The figure '20xx0个' "
               "(masked by the site) is kept."],
        units=[],
        text="""\
@H1 sec=background | 一、中国邮政储蓄银行简介
中国邮政储蓄银行是中国邮政集团组建的全国性商业银行，前身为邮政储蓄，自1986年4月1日恢复开办以来已成为金融领域的重要力量；现为国家财政资金、社保及农保项目的重点合作银行，与烟草、电力、移动、联通和各保险公司等单位开展业务合作，并以完善系统、加强服务为更多企事业单位提供合作模式和技术支撑。
@H2 | 1、网点遍布城乡，资金归集迅速
邮储银行建成了覆盖城乡最广的金融服务网络，拥有36000个营业网点、45000个汇兑营业网点、20xx0个国际汇款营业网点，在城市和偏远乡镇都能为企业资金管理提供便捷服务。
@H2 | 2、强大的结算系统优势
@I3 | （1）邮储银行公司业务系统以“一点式接入”连接人民银行支付结算系统，减少中间环节，可通过行内汇划、同城交换或大小额支付系统在最短时间内完成资金结算。
@I3 | （2）个人账户之间的资金往来，除传统结算方式外，还可通过电话自助银行终端“商易通”不受时间、地域限制地转账和查询余额。
@H2 | 3、便捷的企业网上银行功能
""",
    ),
    dict(
        name="fresh94_06_hospital_director_festival_address",
        source="http://yiyang.gov.cn/yywxd/36608/content_1457095.html",
        doc_kind="speech", partial=True,
        notes=["Draw 8 (讲话稿 × 医院). A city hospital's (市四医院) director's holiday address (致辞) for National Day and "
               "Mid-Autumn 2017, on the hospital's pages of a government site. The breadcrumb and the posting line were "
               "dropped; the byline keeps the office and drops the name.",
               "No heading at all: the address runs as paragraphs after the salutation '亲爱的医院全体干职工及病友：'. The "
               "byline and the salutation are body. The hospital's quoted mottos are kept as written.",
               "The page ends inside the last paragraph ('…保证国庆中'); the rewritten paragraph stops before it."],
        units=[],
        text="""\
@T | 喜迎十九大、欢度国庆中秋佳节致辞
市四医院院党委书记、院长
亲爱的医院全体干职工及病友：
秋风送爽，丹桂飘香。在这丰收的季节，我们迎来了中秋佳节和祖国六十八周年华诞。我代表医院党政班子，向辛勤工作的全院干职工、默默奉献的职工家属和各位病友致以节日的问候和敬意，祝大家节日快乐、阖家幸福！
2017年的前九个月，在各级领导和社会各界的支持下，全院干职工团结一心、立足岗位，医院院容院貌和职工精神面貌全面提升。一线医护人员以院为家，一次次把危重患者从死亡线上救回，践行了“大医精诚、仁爱天下”的医院精神。这些成绩凝聚着大家的智慧和汗水，我代表医院向大家道一声“大家辛苦了！”
2017年是实施“十三五”规划的重要一年，也是医院的创新发展年，我们将喜迎党的十九大。希望全院干职工继续发扬“创新创业敢担当、仁心仁爱济苍生”的员工守则，秉承医院精神，围绕“质量立院、科教兴院、品牌强院”的办院宗旨和“一切为了人民的健康”的办院理念，立足本职做好节日期间的各项工作。
""",
    ),
    dict(
        name="fresh94_07_township_2023_annual_summary",
        source="http://zhunbian.com/GongZuozj/733901.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Draw 9 (工作总结 × 乡镇). A generic township annual summary from a sample site (no place name; it reads "
               "like a template). The first result was taken because it is a document of the genre as a writer would "
               "find it; the second result (a real township's summary on wengzun.com) is already a source of an earlier set.",
               "一、经济发展 and 二、民生改善 are standing level-1 headings, kind achievements. Under 一、 the line-initial "
               "discourse markers '首先，在农业方面…' and '其次，在工业方面…' are labelled items at level 2 (numbering "
               "'首先' / '其次', style 首先), as dev04's '首先…'. Under 二、 the paragraph opening '例如，在教育方面，…' is body.",
               "The page ends inside the medical paragraph under 二、 ('在医疗方面，我们在本地'), dropped."],
        units=[],
        text="""\
@T | 2023年乡镇年度工作总结
2023年即将过去。这一年，我们乡镇在上级领导下扎实推进各项工作，在全面建设小康社会的道路上迈出了坚实步伐。现代表全乡干部群众，把全年工作向领导汇报如下。
@H1 sec=achievements | 一、经济发展
今年经济工作成绩明显，乡村振兴和产业升级转型取得成效；通过资金扶持、技术支持和项目扶持等措施，推动了本地农业现代化和农村经济发展。
@I2 | 首先，在农业方面，实施种植业结构调整项目，拓展优质水果、蔬菜、花卉等多元农业，引进技术、推广新的种植和经营模式，帮助农民增收。
@I2 | 其次，在工业方面，完善产业链和企业链，培育小创新、小品牌，引进外来资本和技术促进企业转型升级，并探索生态旅游、文化旅游等新业态。
@H1 sec=achievements | 二、民生改善
为让农民群众共享发展成果，我们落实全年“三农”支持政策，加大财政投入，推出多项民生措施，保障群众基本生活。
例如，在教育方面，设立农村幼儿园和义务教育阶段学校，引进优质师资，提升教育教学质量。
""",
    ),
    dict(
        name="fresh94_08_township_national_day_garden_party_activity",
        source="https://renrendoc.com/paper/356232808.html",
        doc_kind="activity_plan", partial=True,
        notes=["Draw 10 (活动方案 × 乡镇). A township's National Day garden-party activity plan on a document-sharing site. "
               "The page-image links, the download line, the copyright notice and '文档简介' were dropped; the title was "
               "run into '一、活动主题' and was put on its own line.",
               "Six label headings 一、…六、 each standing on its own line with a value or body below. Kinds: 活动主题 other, "
               "活动名称 other, 活动背景 background (guidance accepted), 活动目的 goals (guidance accepted), 活动时间 phases "
               "(other accepted), 活动地点 other. The five '1.'…'5.' lines under 活动目的 are statements, items at level 2.",
               "The overall activity time '2023年10月1日（国庆节当天），上午9:00至下午5:00。' is an optional phase. The value "
               "lines (theme, name, time, place) keep the source wording; the page ends in the place ('…广场及周')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="2023年10月1日", end_text=None, at="2023年10月1日（国庆节当天）", optional=True),
        ],
        text="""\
@T | 乡镇国庆节游园活动方案
@H1 sec=other | 一、活动主题
祖国华诞，乡镇同庆——展现乡村振兴新风貌
@H1 sec=other | 二、活动名称
乡镇国庆节游园活动
@H1 sec=background alt=guidance | 三、活动背景
国庆节是全国人民共同庆祝的盛大节日。为激发乡镇居民的爱国热情，丰富群众精神文化生活，推进精神文明建设和乡村振兴，展示乡镇发展新面貌，特举办这次游园活动，以增进邻里友谊，提升居民幸福感和归属感，营造和谐欢乐的节日氛围。
@H1 sec=goals alt=guidance | 四、活动目的
@I2 | 1.弘扬爱国主义精神，庆祝中华人民共和国成立纪念日。
@I2 | 2.丰富乡镇居民的文化生活，增强人民群众的获得感和幸福感。
@I2 | 3.推动乡镇文化建设，展现乡村振兴战略的成果。
@I2 | 4.促进邻里交流，增强社区凝聚力，营造和谐的社区环境。
@I2 | 5.通过活动激发居民参与社会活动的热情，提升公民的社会责任感。
@H1 sec=phases alt=other | 五、活动时间
2023年10月1日（国庆节当天），上午9:00至下午5:00。
@H1 sec=other | 六、活动地点
乡镇文化活动中心广场及周
""",
    ),
    dict(
        name="fresh94_09_hospital_second_grade_creation_scheme",
        source="https://www.xiaomilidoc.com/p-9988737.html",
        doc_kind="scheme", partial=True,
        notes=["Draw 6 (实施方案 × 医院). A hospital's scheme for being rated 二级甲等 (Guizhou, 2011). The first result of "
               "the second query (a Mongolian-medicine hospital's scheme on the same site) is a source of an earlier set.",
               "The page is a PDF conversion with a space between every character ('一 、 指 导 思 想'); the heading lines "
               "keep that spacing and the rewritten body lines imitate it, as a user pasting the page would have it. The "
               "title line shows no spacing. The numbering literals are given without the space ('一、', '二、'), their "
               "texts set by hand.",
               "The one-block page was split at the heading boundaries. 一、指导思想 guidance; 二、目标任务 goals. The "
               "'1、 通 过 二 甲 医 院 …' line under 二、 is a target statement, an item at level 2; the page ends inside it "
               "('…合理 的...'). '2011年' in the body is not a phase."],
        units=[],
        text="""\
@T | 医院创建二甲医院工作实施方案
为 了 提 升 医 院 综 合 竞 争 力 ， 迎 接 贵 州 省 综 合 医 院 等 级 评 审 ， 对 照 各 项 考 核 指 标 ， 特 制 定 本 方 案 。
医 院 等 级 综 合 反 映 医 院 的 功 能 、 规 模 、 管 理 、 质 量 和 技 术 水 平 。 2011年 ， 贵 州 省 将 重 启 医 院 分 级 管 理 评 审 ； 我 院 已 具 备 创 建 条 件 ， 即 日 起 正 式 启 动 创 建 二 甲 医 院 工 作 ， 并 申 请 列 入 评 审 计 划 。 全 院 职 工 要 围 绕 这 一 中 心 目 标 统 一 思 想 和 行 动 ， 把 各 项 工 作 做 细 、 做 实 、 做 严 。
@H1 sec=guidance num=一、 text=一~、~指~导~思~想 | 一 、 指 导 思 想
以 邓 小 平 理 论 和 “三 个 代 表 ” 重 要 思 想 为 指 导 ， 落 实 科 学 发 展 观 ， 围 绕 医 院 能 力 建 设 加 强 细 节 管 理 ， 提 高 工 作 质 量 ， 推 进 学 科 建 设 ， 全 面 达 到 二 级 甲 等 医 院 评 审 新 标 准 ， 并 借 此 完 善 医 院 科 学 管 理 的 长 效 机 制 。
@H1 sec=goals num=二、 text=二~、~目~标~任~务 | 二 、 目 标 任 务
@I2 | 1、 通 过 二 甲 医 院 的 创 建 与 达 标 ， 完 善 科 学 管 理 长 效 机 制 ， 规 范 医 院 管 理 ， 统 筹 推 进 学 科 建 设 ， 建 立 一 支 医 德 医 风 好 、技术精湛、服务优良的 职工队伍和合理 的...
""",
    ),
]
