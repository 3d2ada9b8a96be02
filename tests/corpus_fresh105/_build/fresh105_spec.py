# -*- coding: utf-8 -*-
"""The hundred-and-fifth held-out fresh set: WORD FILES SAVED BY LIBREOFFICE, focus on
实施方案 and 工作总结 of varied organisations: schemes with 职责分工 / 组织领导 parts (a district's
task division among its bureaus, an industry-and-trade safety campaign scheme, a city's
civilised-community scheme) and summaries with 存在的问题 / 今后打算 parts (a middle school
principal's annual summary organised by its shortcomings, a township school's term summary with
七.存在的主要问题和困难 and 八、今后工作的打算) beside summaries of a community, an industrial
zone's safety office and a district's safety month, and a subdistrict's town-management scheme with
二、职责分工 (seven duty lines).  Nine real documents, found as stored public
web pages with the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the source
pages is a source of another set (see /work/fresh105/used_sources.tsv and _excl_norm105.lst).
Each document is present twice: NAME.txt + NAME.labels.json as in the other sets, and NAME.docx,
written as a flat ODF text file (.fodt) by _build/make_docx.py (copied from corpus_fresh91, one
option added: `runin`) and converted by LibreOffice (soffice --headless --convert-to
docx:"MS Word 2007 XML").
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier Word sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the visible
  part was invented.  Site boilerplate and web debris were dropped: a Word file would not carry them.
- Heading, title and item lines keep the source's numbering, wording and punctuation; full-width
  punctuation restored from the store's NFKC text; traditional-character pages (04, 05) are given
  in simplified characters, as the writer's draft was.  Every body paragraph is rewritten in our
  own words and shortened; dates, figures, unit and place names and the source's masking (xx, XX,
  20__) are kept.  Personal names were dropped.
- Table rows are never labelled (not headings, not items).

`docx` entry (see make_docx.py): style 'outline' | 'headings' | 'direct'; outline {class: level};
lists {class: level}; tables [dict(first=..., rows=n)]; runin (direct style: the label of a run-in
heading is a bold span, its body in the same paragraph); footer; blank_after; right.
Marker syntax: see fresh_build/build.py.
"""

I = "\u3000"

FRESH105_DOCS = [
    dict(
        name="fresh105_01_district_village_environment_task_division_scheme",
        source="https://m.zuowen5.net/fanwen/bangong/30810.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", footer=True,
                  tables=[dict(first="区住建局" + I, rows=7)]),
        notes=["Word file (LibreOffice): the lead-in is a plain paragraph; the seven units' tasks are a REAL TABLE of "
               "two columns (unit / task), one row per unit, no header row, so each row is one .txt line with its "
               "two cells joined by U+3000. Direct formatting only, a footer with a PAGE field.",
               "A district's task division for its village-environment campaign ('现将区各有关单位在村庄环境整治工作中的任务"
               "作如下明确'), the 职责分工 part of a 实施方案, from a sample site. The page gives one paragraph per unit, "
               "each starting with the unit's name ('区住建局负责…', '区委农办要结合…'); the writer's Word rendering puts "
               "the name in the first cell and the task in the second (as fresh24_09 rendered dated steps as a "
               "table). The page shows no title line: title null.",
               "Nothing is labelled: the rows are table rows (never labelled) and the lead-in is a body line. The "
               "units are the seven units of the first column; the cooperating 市住建局 (a superior body) and 区农委 "
               "(named inside 区环保局's task) are not listed. 'JPG区区域地图' is the page's damaged place name, kept. "
               "The page ends inside the last row ('…作为今后三年农')."],
        units=["区住建局", "区委农办", "规划分局", "区城管局", "区财政局", "区环保局", "区水利农机局"],
        text="""\
为确保我区按期完成村庄环境整治任务，按照《市区村庄环境整治实施方案》的要求，整合资源、形成合力，对照村庄环境整治“六整治”“六提升”的内容，现将各有关单位在村庄环境整治工作中的任务明确如下：
区住建局　负责全区村庄环境整治的总协调，指导督查康居乡村创建、农村生活污水处理设施和村庄公共配套设施建设、区域供水和饮用水安全，以及村庄建筑风貌的保留和修缮。
区委农办　结合全区“三新”建设任务，指导督查新社区按康居示范村标准建设。
规划分局　确定辖区规划区内的规划布点村庄，牵头审核村庄环境整治规划并督查按规划实施，配合市住建局培训整治技术人员，按年度任务和类型在JPG区区域地图上绘制全区村庄环境整治图。
区城管局　负责村庄生活垃圾收集、转运和处置的技术指导和督查，确保生活垃圾无害化处理率达100%；指导督查环境基础设施和村内路灯布点建设、村容村貌和环境卫生整治，督查环境卫生管理制度、长效管理经费和专业队伍的落实。
区财政局　落实村庄环境整治专项经费，监督审计资金使用，确保资金安全运行。
区环保局　加强工业污染源管理，确保达标排放；督查环评和环保“三同时”制度落实，督查取缔不合规定的工业废弃物加工点，配合区农委指导农业废弃物整治，督查农村生活污水处理达标排放。
区水利农机局　指导督查农村河道沟塘疏浚，把整治村庄的沟塘、河道清淤与整治作为今后三年农
""",
    ),
    dict(
        name="fresh105_02_industry_trade_enterprise_safety_hundred_day_scheme",
        source="https://www.weiwencheng.com/article/398338.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, footer=True),
        notes=["Word file (LibreOffice): 一、/二、 are Heading 1 and the four run-in （一）-（四） lines Heading 2 "
               "paragraphs (the whole run-in paragraph in the heading style), all numbered by LibreOffice's OUTLINE "
               "numbering (numPr in the Heading styles, lvlText '%1、' and '（%2）', numbers not typed). A footer with a "
               "PAGE field.",
               "The first sample ('整治方案 篇1') of a sample-collection page: an implementation scheme for a 100-day "
               "safety campaign among industry-and-trade enterprises ('工商贸企业安全生产整治百日大会战'), written by a "
               "body under a county ('县级挂牌督办'). The site's navigation, date and collection blurb were dropped; "
               "the sample starts mid-sentence with '制定如下实施方案：', kept as its first (body) line. No title line: "
               "title null.",
               "二、工作目标及主要内容 (goals) holds four run-in task headings '（一）安全生产法律法规大宣传、大普及。…', "
               "level 2, goals with measures accepted (the task areas of a scheme). The percentages are targets, "
               "not phases. The page ends inside （四） ('…事故查处与责任追究等方面进')."],
        units=[],
        text="""\
制定如下实施方案：
@H1 sec=guidance | 一、指导思想
以科学发展观为指导，落实“安全发展”理念，坚持“安全第一、预防为主、综合治理”的方针，针对工商贸企业的特点强化企业主体责任，在前一阶段隐患排查治理的基础上继续深入排查整治各类事故隐患，解决安全生产中的重点、难点问题，防范和减少生产安全事故。
@H1 sec=goals | 二、工作目标及主要内容
通过开展工商贸企业安全生产整治百日大会战，推动工商贸企业安全生产工作，提高企业安全管理水平，减少一般事故，遏制较大事故，杜绝重大及以上事故。
@H2 alt=measures | （一）安全生产法律法规大宣传、大普及。利用橱窗、板报等形式宣传安全生产法律法规、事故案例和“百日大会战”动态，推动安全宣传进企业、进车间、进班组，营造安全生产人人有责的氛围。
@H2 alt=measures | （二）安全生产隐患大排查、大整治。在企业深入开展隐患排查治理，做到隐患排查率100%，隐患排查制度建立率100%，一般隐患整改率100%，重大隐患公告公示率100%，县级挂牌督办重大隐患年内整改销案率95%以上。
@H2 alt=measures | （三）从业人员安全知识大培训、大教育。在企业开展全员安全知识培训，企业主要负责人、安全管理人员和特种作业人员持证上岗率达100%，企业新工人安全培训率100%。
@H2 alt=measures | （四）安全生产制度、措施落实情况大检查、大督办。结合百日大会战，对企业安全生产的组织领导、安全管理机构建设、责任制落实、规章制度执行、隐患排查治理、主体责任落实、应急管理、事故查处与责任追究等方面进
""",
    ),
    dict(
        name="fresh105_03_city_civilised_community_creation_scheme",
        source="https://m.qiqiwenku.com/doc/463196.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", runin=True, footer=True),
        notes=["Word file (LibreOffice): direct formatting only, typed numbers; 三、 is a bold paragraph (黑体), and the "
               "run-in headings '1、切实加强领导，强化工作措施。…' carry their label as a BOLD SPAN (黑体, up to and "
               "including the '。'), the body following in the same paragraph in the body font. A footer with a PAGE "
               "field.",
               "A city's scheme for creating civilised communities during its provincial civilised-city campaign "
               "(市创建指挥部; 靖城镇, 城南办事处, 马桥镇), from a document-sharing page whose stored text starts in the "
               "middle of section 二 ('同时，切实承担起…'): the first line is the tail of that section, a body line. The "
               "site's paragraph marks ('Р') were dropped. No title line: title null.",
               "三、加强领导，狠抓落实，… is the organisation-and-responsibility part: kind measures with responsibilities "
               "accepted (its title is a 保障措施 wording, its first point names the 责任主体 and each body's duty). "
               "'1、切实加强领导，强化工作措施。' is labelled responsibilities (measures accepted); '2、认真抓好规划，加大资金"
               "投入。' inherits measures. The page ends inside 2、 ('…社区服务')."],
        units=["市创建指挥部", "社区建设分指挥部", "靖城镇", "城南办事处", "马桥镇", "民政局"],
        text="""\
同时，还要承担起联系、督促、检查辖区内各单位环境卫生、“门前三包”、河道整治等创建任务的责任，确保省级文明城市各项创建任务落实。对拒不接受任务、推托应付、降低标准、不能按要求完成创建任务的单位，市创建指挥部考核各部门、各单位时，各镇、办事处有“一票否决”权。
@H1 sec=measures alt=responsibilities | 三、加强领导，狠抓落实，确保文明社区创建的各项任务落到实处
创建文明社区牵涉面广，是一项系统工程，需要全民动员、上下联动、齐抓共管，各居委责无旁贷；任务重、时间紧、要求高，必须切实加强领导，采取有力措施抓好落实。
@H2 sec=responsibilities alt=measures | 1、切实加强领导，强化工作措施。创建文明社区关键在组织领导。市创建指挥部专门成立了社区建设分指挥部，各镇、办事处也要成立相应机构，把文明社区创建列入重要议事日程，统筹规划、精心组织。靖城镇、城南办事处、马桥镇是文明社区创建的责任主体，党政主要领导要亲自过问，分管领导具体负责，指导协调各街道、居委开展创建；民政局等部门要履行职能，帮助社区解决实际问题；各街道、居委要发动辖区单位和居民参与，帮助群众解决热点难点问题，调动群众参与创建的积极性。
@H2 sec=measures | 2、认真抓好规划，加大资金投入。创建中各镇、办事处要坚持以人为本、从实际出发，实行分类指导，按不同类型社区的特点，重点做好社区内管理设施、服务设施和社区服务
""",
    ),
    dict(
        name="fresh105_04_middle_school_principal_annual_summary",
        source="http://xcreativ.com/nianduzongjie/4238994.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、/二、 are Heading 1 paragraphs with TYPED numbers (the outline numbering "
               "has no number format). Title centred, an empty paragraph after it, a footer with a PAGE field.",
               "A middle school principal's summary of a school year (traditional characters on the page, given in "
               "simplified ones). The page's title '(经典)校长年度工作总结' is kept without the site's '(经典)'; the "
               "collection blurb was dropped. The school's name and the years are masked in the source ('xx二中', "
               "'XX-XX学年') and kept so; the leaders' names ('苏x', '王x', '卢xx') were dropped.",
               "The summary is organised by shortcomings ('我今天要汇报的是学校工作不足和急需整顿的几个方面'): "
               "'一、职责分明，但工作落实力度不够。' and '二、工作中不够团结。' are level-1 headings of kind problems (each "
               "names a shortcoming, then its causes and what is to be done). The two lines '一方面是…' list causes: "
               "unnumbered body lines, not labelled. The page ends after 二、's paragraph."],
        units=[],
        text="""\
@T | 校长年度工作总结
承蒙上级信任和教职工支持，本人接任xx二中校长，现将XX-XX学年的学校工作作简要总结。八、九年级学业水平考试刚刚结束，成绩比往年有所提高，不再赘述；今天主要汇报学校工作中的不足和急需整顿的几个方面。
@H1 sec=problems | 一、职责分明，但工作落实力度不够。
校长和一名副校长主抓校建工作，书记和另一名副校长主抓德育、安全、卫生工作。本学年前段时间各方面工作还算顺畅，后段时间有所松懈，致使校建项目未能如期开工，学校整体卫生较差，人为破坏公物的情况严重。虽然大家每天课后加班加点，却事倍功半，分析原因
一方面是负责领导落实力度不够
一方面是负责领导工作方法和工作思路欠妥。
今后，负责领导要围绕自己分管的工作，定期或不定期地主动召开相关教职工会议，制定分管工作的方案和措施，明确职责，用好人员，做到明确做什么、知道怎么做、什么人来做。
@H1 sec=problems | 二、工作中不够团结。
校长、书记和两位副校长遇到较大或疑难的事情，都互相商量、群策群力地处理，但教职工反映教务内部和政教内部不够团结。共同做一项工作的人如果不团结，这件事就永远做不好。
""",
    ),
    dict(
        name="fresh105_05_township_school_term_summary",
        source="https://www.mingyanjiaju.org/fanwen/gongzuozongjie2/128522200572987_5.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", lists={"1、": 1}, footer=True),
        notes=["Word file (LibreOffice): 七./八、 are bold paragraphs with TYPED numbers; the problems 1、-6、 under 七. "
               "and the plans 1、-5、 under 八、 are two AUTOMATIC one-level lists (lvlText '%1、', suffix nothing), the "
               "second restarting at 1 (a new abstractNum and w:num). A footer with a PAGE field.",
               "Page 5 of a school's term summary (traditional characters on the page, given in simplified ones): a "
               "township school (its street-side buildings are to be pulled down for 常河乡's town building). The "
               "stored text starts with a section tail: a stray sub-title '规范管理小结' (dropped as the site's page "
               "caption) and '四是学校管理工作井然有序，全体师生共同努力。', the last point of a section whose heading is "
               "not visible, labelled an item at level 2 (level 1 accepted), achievements.",
               "'七.存在的主要问题和困难' keeps the page's ASCII full stop after the numeral (numbering style 一.), "
               "beside '八、今后工作的打算': kinds problems and next_steps. Their 1、 lines are statements and tasks, "
               "labelled items; 八、's items keep the page's wording including the slip '发表要求' and the trailing "
               "'；'. 'XX年下半年' is an event date inside a problem, not a phase. The page ends in the closing "
               "paragraph ('…成绩与我们的愿望还有')."],
        units=[],
        text="""\
@I2 sec=achievements lvlalt=1 | 四是学校管理工作井然有序，全体师生共同努力。
@H1 sec=problems | 七.存在的主要问题和困难
@I2 | 1、我校部分教师教育观念陈旧，教育理论水平和专业技能较差，跟不上素质教育的要求，严重阻碍教育质量的提高；下学期我们将采用引导、加压、教育等多种形式，促使教师整体素质大幅提高。
@I2 | 2、个别教师受市场经济冲击，专业思想不够巩固，敬业意识不强，对学生缺乏责任感；我们将通过疏导教育促其多投入工作，效果不佳的实行待聘或调离。
@I2 | 3、我校科任教师结构还不够合理，仍有余缺，望主管部门重视。
@I2 | 4、我校校舍均为土木结构，年久失修，使用年限都超过30年，现已全部成为危房，师生安全隐患严重，因资金短缺无力更新；图书仪器、实验药品奇缺，严重制约“普九”进程，给“两基”迎验特别是“普实”工作带来很大困难。
@I2 | 5、由于生源增加，学校桌凳短缺，预定制作100套双人课桌凳，下学期开学前急需资金15000多元。
@I2 | 6、据悉XX年下半年常河乡实施小城镇建设，按规划我校临街校舍（20间）将全部拆除，20名教师将无处办公，急需配资改建，约需资金20万元。
以上问题我们会努力解决，也还需要主管部门在人事、财经上大力支持。
@H1 sec=next_steps | 八、今后工作的打算
@I2 | 1、继续加强师生政治思想工作，进行师德师风建设；
@I2 | 2、加强教师素质的培养，适应素质教育的发表要求；
@I2 | 3、加强学校内部管理，努力提高教育教学质量；
@I2 | 4、想方设法改善办学条件，接受“普九”验收顺利过关；
@I2 | 5、积极稳妥地实行学校“四制”改革。
回顾短暂而又忙碌的一学期，我们团结一心、通力合作、抢抓机遇、务实求效，取得了一定成绩，但问题也不少，成绩与我们的愿望还有
""",
    ),
    dict(
        name="fresh105_06_community_2010_halfyear_summary",
        source="https://gwyoo.com/article/shuzhibaogao/bannian/201008/384121.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 is a Heading 1 paragraph numbered by the OUTLINE numbering (numPr in the "
               "Heading 1 style, lvlText '%1、'); the two run-in headings 1、/2、 under it are an AUTOMATIC one-level "
               "list (lvlText '%1、'), label and body in one list paragraph. Title centred, an empty paragraph after "
               "it, a footer with a PAGE field.",
               "A community's (天运社区, 闸弄口街道) summary of the first half of 2010, as the page titles it "
               "('社区上半年工作鉴定', the site's synonym for 总结, kept as the title). The site's posting time and 导语 "
               "were dropped.",
               "一、以社区党建为核心，全面推进社区建设 (achievements) holds run-in headings '1、深化党员教育，提高队伍"
               "素质。…', level 2. The '三个一' points inside 1、 are not labelled. The page ends inside 2、 ('…加强责任心"
               "和提升自身')."],
        units=["天运社区党支部", "居委会"],
        text="""\
@T | 社区上半年工作鉴定
2010年上半年，天运社区党支部、居委会以邓小平理论、“三个代表”重要思想和党的十七大、十七届三中、四中全会精神为指导，按照区委、区政府“加快两大升级，实现三大转变”的部署，围绕“加快大转型、提升闸弄口、迎接新门户”的工作要求，在街道党工委、办事处的领导下，带领党员和居民群众开展各项工作，为和谐社区作出了贡献。现将上半年主要工作汇报如下：
@H1 sec=achievements | 一、以社区党建为核心，全面推进社区建设
@H2 | 1、深化党员教育，提高队伍素质。社区现有党员20名，其中预备党员一名、入党积极分子一名。党支部定期召开党员大会、按时上党课，开展党的方针政策和国情教育；要求每名党员做到“三个一”：每年参加一次公益活动，做一件好事，提一条合理化建议；
@H2 | 2、抓班子，强队伍，夯实党建基础工作。为发挥社区党组织推动发展、服务群众、凝聚人心、促进和谐、维护稳定的作用，党支部以提升政治素质和业务水平为着力点，提高班子整体水平；社区每星期一上午召开社工会议，沟通协调社区事务和计划，强调社工上班制度，遵守社工管理办法，加强责任心和提升自身
""",
    ),
    dict(
        name="fresh105_07_industrial_zone_safety_office_annual_summary",
        source="http://shaipic.com/bangongfanwen/gongzuozongjie/138599.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", runin=True, footer=True),
        notes=["Word file (LibreOffice): direct formatting only, typed numbers; 一、 is a bold paragraph (黑体) and the "
               "run-in headings （一）/（二） carry their label as a BOLD SPAN (up to and including the '。'), the body "
               "following in the same paragraph. A footer with a PAGE field.",
               "The first sample of a collection page ('最新工业区年度工作总结通用范文3篇'): an industrial zone's safety "
               "supervision office (安监所) summarising its year's work; the year is masked in the source ('20__年') "
               "and kept so. The collection title and blurb were dropped; the sample has no title line: title null.",
               "一、强化安全责任落实，全面推进各项工作目标任务 (achievements) holds run-in headings '（一）加强责任体系"
               "建设。…', level 2. Counts of meetings and checks are figures, not phases. The page ends inside （二） "
               "('…督促落实整改，取')."],
        units=["安监所", "安委会", "安委办"],
        text="""\
20__年，安监所贯彻落实党工委、管委会关于安全生产的一系列部署，以全面贯彻实施《新安法》为主线，推动安全监督检查由“量”到“质”转变，加强安全生产责任体系建设，深化隐患排查治理，夯实基层基础，完成了各项安全生产目标任务，辖区安全生产形势持续稳定受控。
@H1 sec=achievements | 一、强化安全责任落实，全面推进各项工作目标任务
@H2 | （一）加强责任体系建设。承担安委会的日常工作和安委办的主要职责，起草《工业区建立党政同责一岗双责齐抓共管安全生产责任体系的实施意见》《20__年安全生产工作意见》等23项工作措施和任务，分解到各职能部门和基层组织；牵头召开安委会工作会议5次，在重要节日和时段组织领导带队安全大检查10次；完善考核办法，对安全监管部门和直属公司实行半年度考核、对居委实行月度考核。
@H2 | （二）深化安全工作措施。督促各级落实安全责任，与辖区300余家安委会成员单位和企事业单位签订安全生产工作责任书，与120余家劳动密集型企业、大中型商场市场签订消防安全承诺书和隐患整改责任状；完善约谈机制，约谈区城投公司、上海文洋振新汽车修理服务有限公司、盛威科油墨有限公司等隐患突出的单位，督促落实整改，取
""",
    ),
    dict(
        name="fresh105_08_district_safety_month_summary",
        source="https://haozongjie.com/gongsizongjie/shengchan/1678714.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", lists={"一、": 0, "（一）": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): ONE automatic multi-level list on plain paragraphs: 一、 at the first level "
               "(lvlText '%1、', Chinese), the two statements （一）/（二） at the second (lvlText '（%2）'), continued "
               "over the body paragraph between them; numbers not typed. Title centred, an empty paragraph after it, "
               "a footer with a PAGE field.",
               "A district's summary of its twelfth 安全生产月 ('第十二个安全生产月', the year given as 2022 in the "
               "activity scheme's name). The page's heading '第1篇 安全生产月工作总结范例' is kept as the title without "
               "the sample number and the site's '范例'. The party congress is masked in the source ('党的xx大').",
               "一、领导重视，精心部署 is achievements (responsibilities accepted: it reports how the activity was "
               "organised). Its （一）/（二） lines are statements of what was set up (the 组委会 and its office, the "
               "local bodies), labelled items of kind responsibilities (achievements accepted). '5月底' is an event "
               "date in a body line, not a phase. The page ends after （二）."],
        units=["区委宣传部", "区安全监管局", "区公安分局", "区文广新局", "区总工会", "团区委", "区妇联",
               "安全生产月活动组委会", "区安监局", "区文广局", "区安委办"],
        text="""\
@T | 安全生产月工作总结
为学习贯彻党的xx大精神和省、市、区关于加强安全文化建设的部署，我区以深化安全生产年活动、推动实施安全发展战略为主线，以“强化安全基础，推动安全发展”为主题，宣传党和国家安全生产重大决策部署，普及安全知识，弘扬安全文化，推动依法治安、打非治违、科技支撑、夯实安全基础等工作落实，促进全区安全生产形势持续稳定好转。
按照《市区2022年安全生产月活动方案》，全区各镇街道、园区管委会、政府各主管部门和生产经营单位紧扣活动主题，以安全生产法律法规宣传为主线，以增强全民安全意识为宗旨，提前谋划、精心部署，相继开展了安全生产月首日活动、事故警示教育周、咨询日、镇街负责人安全生产访谈、事故预案演练周等活动，第十二个安全生产月活动达到预期效果。
@H1 sec=achievements alt=responsibilities | 一、领导重视，精心部署
区委、区政府领导高度重视第十二个全国安全生产月活动，及时召开专题会议全面动员部署。5月底，区委宣传部、区安全监管局、区公安分局、区文广新局、区总工会、团区委、区妇联等单位印发《市区2022年安全生产月活动方案》，对各项活动提出具体要求。
@I2 sec=responsibilities alt=achievements | （一）区政府立即成立了安全生产月活动组委会，组委会由区委宣传部、区安监局、区公安分局、区文广局、区总工会、区妇联、团区委组成，下设办公室，办公室设在区安委办，负责安全生产月活动的日常工作。
@I2 sec=responsibilities alt=achievements | （二）各镇街、园区、各部门、各生产经营单位都成立了安全生产月活动组织机构。
""",
    ),
    dict(
        name="fresh105_09_subdistrict_town_management_scheme",
        source="https://zubaike.com/bk/192520.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, lists={"（一）": 1}, footer=True,
                  blank_after=[1]),
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 and '（一）网格化组织管理' a Heading 2 paragraph, numbered by "
               "the OUTLINE numbering (numPr in the Heading styles, lvlText '%1、' and '（%2）'); the seven duty lines "
               "（一）-（七） under 二、 are an AUTOMATIC one-level list with a Chinese number format (lvlText '（%1）', "
               "suffix nothing) on plain paragraphs, so two （一） sit in the file, one from the outline and one from "
               "the list. Title centred, an empty paragraph after it, a footer with a PAGE field.",
               "The first sample ('城管街道管理方案篇1') of a collection page ('城管街道管理方案十篇'): a subdistrict's "
               "scheme for managing its town seat (街道党工委、办事处; '门前五包', 网格长). The sample heading is kept as "
               "the title without its sample number; the collection title and the posting time were dropped.",
               "二、职责分工 (responsibilities) holds seven duty lines '（一）城镇道路、广场等公共区域…由城镇容貌和环境卫生管理"
               "主管部门负责；', each a rule naming who is responsible: labelled items (responsibilities), kept in the "
               "page's wording; the closing line '责任区或者责任人不明确的…' is body. 三、管理职责及措施 is measures "
               "(responsibilities accepted, its title names duties); its '（一）网格化组织管理' is a level-2 heading. The "
               "page ends inside （一） ('…划分区域到各网格、')."],
        units=["城镇容貌和环境卫生管理主管部门", "属地管理村", "物业服务企业", "对口管理单位", "施工企业", "城管队", "环卫所"],
        text="""\
@T | 城管街道管理方案
@H1 sec=goals | 一、总体目标
按照街道党工委、办事处实施“城镇‘网格化’管理、共建共享美好家园”的工作部署，遵循“政府主导、社会参与、全民共管”的原则，深化街道城镇管理，全面落实业户、单位、企业“门前五包”责任制，重点解决市容秩序、环境卫生等突出问题，加快街道驻地秩序和环境卫生的长效管理，做到事事有人抓、处处有人管，构建齐抓共管、人人参与的大城管格局，提升城镇品位和群众的幸福感、获得感。
@H1 sec=responsibilities | 二、职责分工
@I2 | （一）城镇道路、广场等公共区域以及该区域的公共厕所、垃圾转运站等环境卫生公共设施，由城镇容貌和环境卫生管理主管部门负责；
@I2 | （二）各村、居民住宅区、街巷，由属地管理村负责；实行专业物业管理的居民住宅区，按照物业服务合同由物业服务企业负责；
@I2 | （三）机关、团体、部队、企业、事业等单位的管理区域，由本单位负责；
@I2 | （四）公交站点、停车场、集贸市场、文化、体育、娱乐、公园等公众聚集场所，由对口管理单位负责；
@I2 | （五）施工工地由施工企业负责，待建地块由土地使用权人负责；
@I2 | （六）临街商户、各种摊点周围由经营者负责；
@I2 | （七）其他建筑物、构筑物或者设施、场地等由所有权人、使用者或者管理者负责。
责任区或责任人不明确的，由街道办事处城管队、环卫所等职能部门确定责任人并告知本人。
@H1 sec=measures alt=responsibilities | 三、管理职责及措施
@H2 | （一）网格化组织管理
按网格化管理的要求成立城镇管理工作专班，为各网格内的业户、单位、企业制作“门前五包”公示牌并签订“门前五包”责任书，制作并悬挂“网格长”公示牌，划分区域到各网格、
""",
    ),
]
