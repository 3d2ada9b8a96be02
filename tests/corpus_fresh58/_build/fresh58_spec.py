# -*- coding: utf-8 -*-
"""The fifty-eighth held-out fresh set: WORK SUMMARIES, 工作汇报 and 工作要点 AS
PASTED FROM DOCUMENT-SHARING SITES AND UNIT WEB PAGES, with their title
blocks as the page shows them: site headers and breadcrumbs, upload and
posting lines, a title repeated, file-name titles (`….pdf`), a sample number
after the title, a site-generated outline (提纲), notice metadata, an author
line under the title, download instructions numbered `1、2、3、`.  The debris
is kept as a user would paste it and never labelled.  Writers: a school
district, a district education bureau, a county-level education bureau, a
town government, a township, a community, a rural primary-school union, a
county urban-management office, a subdistrict and a township hospital's
party branch.  Found as stored public web pages with the `search` tool's
`pages` corpus (log in notes_queries.txt).  None of the source pages is a
source of an earlier set (checked against every label file and every used-URL
list under /work/fresh*, tests/corpus_*, shared/corpus-dev, shared/corpus).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.
- Heading and title lines keep the source's numbering and wording.  The store
  keeps NFKC-normalised text, so full-width punctuation （）：，；“”！？ was
  restored (also in the debris lines).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source (`XX`, `xx`, `*`, `☆☆`, `X月`) are kept.  Personal names were dropped.
- Site lines (headers, breadcrumbs, upload/posting lines, blurbs, download
  notes, paywall lines) are kept verbatim, unlabelled.

Marker syntax: see fresh_build/build.py.
"""

FRESH58_DOCS = [
    dict(
        name="fresh58_01_school_district_rural_education_report",
        source="https://m.wenke99.com/p-12123722.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="县政协“农村教育资源整合”调研座谈会上的汇报材料",
        notes=["A school district's briefing (汇报材料) to a county CPPCC survey meeting on rural education resources, "
               "as a document-sharing site shows it: the site's header line '精选优质文档-倾情为你奉上', the title twice, "
               "then an author line naming the district (the person's name after '梅花学区：' was dropped). The store "
               "ran all of it into one paragraph; it was split at the title, author, salutation and heading boundaries.",
               "Both title lines are title lines; the header line, the author line '梅花学区：', the salutation and the "
               "lead-in '下面分五个方面向大家汇报' are body.",
               "Only the first of the five announced parts is visible: '一、中心完小基本情况' (background). The figures "
               "keep the page's PDF spacing ('专任教师 40人', '小学高级职称32 人'); the page ends inside the staff "
               "figures ('教师年龄结构')."],
        units=["梅花学区"],
        text="""\
精选优质文档-倾情为你奉上
@T | 县政协“农村教育资源整合”调研座谈会上的汇报材料
@T | 县政协“农村教育资源整合”调研座谈会上的汇报材料
梅花学区：
尊敬的各位领导、政协常委们：
大家下午好！我谨代表梅花学区行政和全体师生，热烈欢迎各位领导来我校检查指导。下面分五个方面向大家汇报。
@H1 sec=background | 一、中心完小基本情况
梅花中心完小离新政府0.5公里，创办于1952年。1994年学校列入“百所希望小学之一”，获省电力工业局资助15万元；同年十二月又得到香港苗圃行动捐资27万元，建起教学楼1102平方米、教师宿舍882平方米，改建学生宿舍118平方，还新修了操场。
2009年，日贷项目投入93万元，新建综合楼一栋。
学校现有教学班16个，在校学生705人；附设中心幼儿园一个，在园幼儿70人。
全校教职工48人，其中校级领导3人、中层领导4人、专任教师 40人、职工1人；本科学历 10人，专科学历30人，中师学历8人；小学高级职称32 人，小学一级教师 15人，学历合格率100%，教师年龄结构
""",
    ),
    dict(
        name="fresh58_02_district_education_2024_work_points",
        source="https://www.diyigaogongwen.com/doc/1079.html",
        doc_kind="plan", partial=True,
        title_override="2024年教育工作要点",
        notes=["A district's 2024 education 工作要点 (全区教育系统, 区委教育工作领导小组) on a model-document site. The page shows "
               "the title, then a site-generated outline ('提纲：' and four lines '一、…' '二、…' '三、…' '五、…', the site "
               "skipping 四、), then the title again and the document. Both title lines are title lines.",
               "The outline lines repeat the document's own headings but are site debris: they are not labelled, "
               "although they start with 一、 and are identical to real headings (line 3 equals line 9). An importer "
               "that takes them as headings loses precision only.",
               "The source masks the leader's name and the theory's name as '☆☆' (kept). Under 一、 the two task lines "
               "'1.深化党的创新理论武装。…' are run-in headings at level 2. Kind goals (measures accepted), the task "
               "areas of a plan. The page ends inside 2. ('…校长办公会')."],
        units=["区委教育工作领导小组办公室"],
        text="""\
@T | 2024年教育工作要点
提纲：
一、以党的政治建设为统领，构筑党对教育全面领导格局
二、落实立德树人根本任务，“五育并举”成就学生全面发展
三、更大力度促进优质均衡，构建公平普惠公共教育体系
五、聚焦改革发展重点难点，深度融合提升教育保障水平
@T | 2024年教育工作要点
2024年是中华人民共和国成立75周年，也是全面完成“十四五”规划目标任务的关键之年。全区教育系统要以☆☆思想为指导，贯彻☆☆精神、☆☆重要论述和☆☆重要指示精神，落实省、市、区的部署，加强党对教育工作的全面领导，落实立德树人根本任务，优化资源布局，建强教师队伍，深化综合改革，提升办学品质，高标准建设现代化教育强区，办好人民满意的教育。
@H1 sec=goals alt=measures | 一、以党的政治建设为统领，构筑党对教育全面领导格局
@H2 | 1.深化党的创新理论武装。用☆☆思想凝心铸魂，落实“第一议题”制度，实施党的创新理论学习教育计划，抓实党员干部经常性教育；深入学习党的二十大精神和☆☆关于教育工作的重要论述，突出政治忠诚和理想信念教育，贯彻全国教育工作会议精神，巩固主题教育成效，把广大党员干部教师的思想和行动凝聚到教育强国建设的重点任务上来。
@H2 | 2.健全教育工作领导机制。贯彻☆☆决策部署，履行区委教育工作领导小组办公室职能，协调推进教育改革发展重点工作；推进学校领导体制改革，健全中小学校党组织领导的校长负责制，督促学校完善党组织会议、校长办公会
""",
    ),
    dict(
        name="fresh58_03_chongming_education_bureau_2022_work_points",
        source="https://www.shcm.gov.cn/govxxgk/qjyj/2022-02-07/25e88347-12d4-4a90-b7b2-b444134d63b7.html",
        doc_kind="plan", partial=True,
        title_override="崇明区教育局2022年工作要点",
        notes=["A district education bureau's 2022 工作要点 inside its issuing notice, as the government's open-information "
               "page shows it: notice title, '信息来源' and '发布时间' lines, the metadata block as bullet lines with their "
               "values on the next line ('• 索引号：' / 'SY0024784891202200001', '• 发文字号：' / '沪崇教〔2022〕1号' …), "
               "the addressee, the one-line notice, '附件：…', the signature, the damaged date '20221月26', '附件', "
               "then the document's own title. As in dev05, the label takes the document's own title and marks both "
               "the notice title and the document title as title lines; everything else above is body.",
               "The bullet '•' lines are metadata, never labelled.",
               "Three levels: 一、 (level 1, goals with measures accepted), （一） (level 2) and run-in '1.推进…“三进”。…' "
               "task lines (level 3, headings). The page ends inside 2. ('…深化与华师大')."],
        units=[],
        text="""\
@T | 关于印发《崇明区教育局2022年工作要点》的通知
信息来源：平台发布
发布时间：2022-02-07 00:00
• 索引号：
SY0024784891202200001
• 主题分类：
科技、教育、知识产权-教育
• 公开主体：
上海市崇明区教育局
• 发文字号：
沪崇教〔2022〕1号
• 成文日期：
2022-01-26
• 发布日期：
2022-02-07
各中小学、幼儿园、职业学校、成人学校、直属单位：
现将《崇明区教育局2022年工作要点》印发给你们，请认真贯彻落实。
附件：崇明区教育局2022年工作要点
上海市崇明区教育局
20221月26
附件
@T | 崇明区教育局2022年工作要点
2022年是全面落实《崇明区教育发展“十四五”规划》《崇明区深化新时代教育评价改革实施方案》等重大教育政策的关键之年。崇明教育要以习近平新时代中国特色社会主义思想为指导，在区委区政府领导下，按照市教委推进基础教育综合改革的部署，坚持立德树人、五育融合，深化关键领域改革，培育特色、打造崇明品牌，办好与世界级生态岛建设相匹配的一流教育。
@H1 sec=goals alt=measures | 一、落实立德树人根本任务，构建五育融合育人体系
@H2 | （一）坚持立德树人，创新开展“三全育人”实践
@H3 | 1.推进习近平新时代中国特色社会主义思想“三进”。用好《习近平新时代中国特色社会主义思想学生读本》，中小学和职业学校探索导读、导学和主题活动课程；借助本地红色史馆、自然生态、大型企业、体育基地和新农村建设示范村等社会资源拓展实践育人大课堂，形成育人合力。
@H3 | 2.深化中小学思政课一体化建设。制定《崇明区关于加强新时代中小学校思想政治课改革创新的实施方案》，深化与华师大
""",
    ),
    dict(
        name="fresh58_04_town_government_2023_work_report",
        source="https://www.dywdw.cn/1c49ba3074232f60ddccda38376baf1ffc4fe3d0.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        title_override="2023年镇政府工作报告",
        notes=["A town government's 2023 work report as a document-sharing site shows it: title, a posting line with "
               "date, site name and '[ 字体： ] [ 阅读： ] [ 文档下载 ]', a '说明：…' download note, a '#第一文档网# 导语】…' "
               "blurb, a keyword line '镇政府，工作报告，2023', then the title again. Both title lines are title lines; the "
               "four site lines are body, kept verbatim.",
               "Salutation '尊敬的市民朋友们：' and two opening paragraphs are body. Two short level-1 headings '一、经济建设' "
               "and '二、社会建设', kind achievements (what was done).",
               "The page's body says '2019年' under 二、 although the report is for 2023; kept as the page has it. The "
               "page ends inside 二、 ('…一期工程')."],
        units=["镇政府"],
        text="""\
@T | 2023年镇政府工作报告
2023-04-25 15:10:15   第一文档网     [ 字体： ] [ 阅读： ] [ 文档下载 ]
说明：文章内容仅供预览，部分内容可能不全。下载后的文档，内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的，是否完整无缺。下载word有问题请添加QQ：admin处理，感谢您的支持与谅解。点击这里给我发消息
#第一文档网# 导语】以下是®第一文档网的小编为您整理的《2023年镇政府工作报告》，欢迎阅读！
镇政府，工作报告，2023
@T | 2023年镇政府工作报告
尊敬的市民朋友们：
我代表镇政府全体成员，首先向各位市民朋友致以诚挚问候，感谢大家过去一年的支持和关心；这一年我们团结拼搏，取得了一批显著成绩。
2023年是全面建设小康社会的决胜之年，也是我镇发展挑战与机遇并存的一年。一年来，我们按照市委和市政府的要求，落实稳中求进、创新驱动的发展战略，推进经济社会高质量发展，着力办好民生实事，提升城乡居民的获得感、幸福感和安全感。
@H1 sec=achievements | 一、经济建设
去年以来，我镇在市委领导下围绕党委政府工作大局稳妥推进各项工作，经济运行总体平稳：全镇生产总值达到120亿元，同比增长6.5%；完成工业总产值90亿元，增长4.2%；财政总收入45.8亿元，增长5.5%；城镇居民人均可支配收入和农村居民人均纯收入分别达到45,000元和22,000元。
此外，政府公共服务能力提升、营商环境优化和绿色发展战略实施等方面也取得了阶段性成果。
@H1 sec=achievements | 二、社会建设
2019年，我镇围绕提高公共服务水平和民生保障开展各项民生工程，完成了全镇公路硬化项目一期工程
""",
    ),
    dict(
        name="fresh58_05_township_2023_q1_work_summary",
        source="https://jsjlds.com/gongzuozongjie/98484.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's first-quarter 2023 work summary on a model-document site. The page shows no title line: "
               "it starts with the site's blurb '下面是小编为大家整理的2023年第一季度工作总结（镇乡）【完整版】，供大家参考。', "
               "which names the title inside a sentence; it is body, and title is null.",
               "The source masks names and figures with '*' ('*镇', '*市委', '*.*万元', '*月*日'); kept.",
               "'一、近期工作进展' (achievements) over three run-in headings '（一）…。…' at level 2. The page ends inside "
               "（三） ('…环绕“引凤助发')."],
        units=["*镇委镇政府"],
        text="""\
下面是小编为大家整理的2023年第一季度工作总结（镇乡）【完整版】，供大家参考。
今年以来，*镇在*市委、市政府的领导下，以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大和历届全会精神以及习近平总书记对*重要讲话和重要指示批示精神，为新时代*高质量跨越发展努力奋斗。
@H1 sec=achievements | 一、近期工作进展
@H2 | （一）做好“六稳”“六保”，扎实推进稳住经济举措。把发展作为第一要务，稳农业、兴工业，推动完成经济发展目标。本季度规模上工业生产总值*.*万元，商业产值*.*万元，固定投资*万元；成功签约*市*有限公司*镇生猪定点屠宰厂建设项目，计划投资*万元，已完成备案批复和土地征收，接下来进入签约和施工，争取早日建成。
@H2 | （二）坚决落实耕地保护责任，全力推进图斑整改工作。*月*日，*镇召开联席扩大会议部署图斑整治方案，要求各村提高站位、明确职责、倒排时间、层层压实责任，在加大“两违”拆除力度的同时逐宗逐项摸排拆后土地；并通过广播、微信群、入户宣讲、横幅和宣传册线上线下宣传图斑整治复垦的意义。2023年第一季度，全镇共整改违法图斑用地*宗，面积*.*亩，其中耕地*.*亩。
@H2 | （三）精心谋划招商引资恳谈会，携手共创高质量发展。近一阶段，*镇委镇政府响应市委市政府部署，把招商引资、产业转型升级和项目筹划作为重点抓实；全镇坚持招商引资主战略不动摇，环绕“引凤助发
""",
    ),
    dict(
        name="fresh58_06_community_civilisation_2024_halfyear_summary",
        source="https://www.diyiwenku.com/p/UExMNnQ3eXBVSko0K0JGRkM3bXI4dz09.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="2024年社区文明创建活动的半年度工作总结报告",
        notes=["A community's half-year summary of its civilisation-building activities, as a document-sharing site's PDF "
               "preview page shows it: the file name '….pdf' as page title, an upload line (上传人 masked by the site, "
               "上传时间, 格式, 页数, 大小, 金币), '预览加载中…', the file name twice more, preview and download lines, and "
               "download instructions numbered '1、部分资料下载需要金币…' '2、…' '3、…'. All of that is kept and unlabelled; "
               "the three numbered instruction lines are debris, not items.",
               "Title lines: the three file-name lines and the document's own title line (line 14); the title is the "
               "document's title without '.pdf'.",
               "The PDF text arrived as one block with every break lost. It was split at the numbering boundaries, but "
               "each heading stays glued to its body without punctuation ('一、工作背景自2024年初以来…', "
               "'1.社区环境整治我们重点关注…'), so the heading texts are set by hand. 一、工作背景 is background, 二、工作内容 "
               "achievements with three level-2 headings. The page ends inside 3. ('…激发了居民的文化')."],
        units=[],
        text="""\
@T | 2024年社区文明创建活动的半年度工作总结报告.pdf
上传人：文库****品店 上传时间：2024-09-11 格式：PDF 页数：3 大小：130KB 金币：10 举报 版权申诉
预览加载中，请您耐心等待几秒...
@T | 2024年社区文明创建活动的半年度工作总结报告.pdf
@T | 2024年社区文明创建活动的半年度工作总结报告.pdf
预览
在线预览结束，喜欢就下载吧，查找使用更方便
10 金币
下载此文档
如果您无法下载资料，请参考说明：
1、部分资料下载需要金币，请确保您的账户上有足够的金币
2、已购买过的文档，再次下载不重复扣费
3、资料包下载后请先用软件解压，在使用对应软件打开
@T | 2024年社区文明创建活动的半年度工作总结报告
@H1 sec=background text=一、工作背景 | 一、工作背景自2024年初以来，社区陆续开展了一系列文明创建活动，意在带动居民参与社区建设、倡导文明行为、提升社区整体素质；上半年主要围绕环境整治、文明交通和文化活动展开。
@H1 sec=achievements | 二、工作内容
@H2 text=1.社区环境整治 | 1.社区环境整治我们把重点放在卫生和绿化上，定期清运垃圾、修剪植被、整修设施，让社区更加整洁美观；还组织居民参加环境整治，宣传环保知识和垃圾分类，提高大家的环保意识。
@H2 text=2.文明交通 | 2.文明交通为促进交通安全和文明驾驶，我们开展了文明交通宣传周，请交警部门讲解交通法规，在社区设立交通安全宣传牌；同时加强对非机动车和行人的安全教育，提醒居民遵守交通规则，共同营造文明交通环境。
@H2 text=3.文化活动 | 3.文化活动我们重视丰富居民文化生活，用绘画、书法、民间舞蹈等活动推动社区文化建设，组织了社区绘画比赛、舞蹈展示等，激发了居民的文化
""",
    ),
    dict(
        name="fresh58_07_rural_primary_school_union_summary",
        source="http://kaoyantv.com/zhishi/405753.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="小学学校工会工作总结",
        notes=["The first sample of a collection page on a model-document site: a township's primary-school education "
               "union reports its year's work. The page shows a breadcrumb '1. 主页 > 知识大全 >' (it starts with '1.' "
               "but is site debris, not labelled), the collection title with a garbled date '小学年度教育工会工作总结优秀"
               "13篇1-10-49', the site blurb (kept verbatim), then the sample's own title with its sample number "
               "'小学学校工会工作总结 篇一'.",
               "Title lines: the collection title and the sample title; the title label is the sample's own title without "
               "the sample number.",
               "Two level-1 headings (achievements). The source masks the school as 'xx小学' (kept). The page ends inside "
               "二、 ('…我们工会积极出面帮')."],
        units=["小学教育工会"],
        text="""\
1. 主页 > 知识大全 >
@T | 小学年度教育工会工作总结优秀13篇1-10-49
总结是对某一阶段的工作、学习或思想中的经验或情况进行分析研究的书面材料，它可以帮助我们总结以往思想，发扬成绩，为此要我们写一份总结。你所见过的总结应该是什么样的？这里是高考家长帮www.kaoyantv.com可爱的小编为大家收集整理的小学年度教育工会工作总结优秀13篇，仅供参考。
@T | 小学学校工会工作总结 篇一
我乡小学教育工会在乡xx小学的统一领导下开展了各项工会活动，完成了本年度工作计划；为把下一年度的工会工作做得更好，现总结如下：
@H1 sec=achievements | 一、注重教职工的政治思想和职业道德学习
每学期按学校统一安排，组织全体教职工学习《中小学教师职业道德规范》和《中华人民共和国义务教育法》，学后写心得并进行测试；倡导教师在实践中坚持育人为本、德育为先，培养德、智、体、美全面发展的社会主义建设者和接班人。
@H1 sec=achievements | 二、协助学校开展各项工作
工会是学校工作的得力助手，学校有困难时要全力相助。今年我乡xx小学新建教学楼要拆掉一排老教室，教室不够只能同年级并班，幼儿园也得腾出一间教室，班额过大加重了教师负担，一些教师有顾虑；工会得知后协助学校找教师谈心、说明情况。一学期下来，学校教学成绩不降反升，幼儿园也平安无事。
职评每年也是学校最头疼的事，我们工会积极出面帮
""",
    ),
    dict(
        name="fresh58_08_county_city_appearance_inspection_report",
        source="https://wmjy.cn/wenmi/379411.html",
        doc_kind="report", partial=True,
        title_override="推进市容环境整治提升检查情况汇报",
        notes=["A county urban-management committee office reports an inspection of the county town's street cleaning, "
               "as a secretarial model-text site shows it: breadcrumb '当前位置：文秘家园>> 文秘范文>> 工作报告>> 工作汇报', "
               "the column name '工作汇报' on its own line (not the title), the title, a broken toolbar/author line "
               "('】【收藏】 作者： 040596  来源： 作者原创 【加入会员】'), and after the visible text a paywall line "
               "'【文章共1541字，精选参考范文，仅供学习借鉴】' and two page lines. All kept, unlabelled; only the title "
               "line is a title line.",
               "'一、存在问题' (problems) over four short level-2 headings '1.保洁人员作业效果不理想' …, each followed by a "
               "body line. The paywall ends the visible text after 4."],
        units=["城市管理委员会办公室"],
        text="""\
当前位置：文秘家园>> 文秘范文>> 工作报告>> 工作汇报
工作汇报
@T | 推进市容环境整治提升检查情况汇报
】【收藏】 作者： 040596  来源： 作者原创 【加入会员】
为进一步推进市容环境整治提升，城市管理委员会办公室对县城区域的环境卫生进行了集中检查，现将检查情况汇报如下：
@H1 sec=problems | 一、存在问题
@H2 | 1.保洁人员作业效果不理想
各路段都有保洁人员在岗，但作业质量不高，路面暴露垃圾和落叶没有清扫，保洁效果达不到预期。
@H2 | 2.主干道生活垃圾未及时清理
主干道沿线绿化带、花池里的塑料袋、塑料杯、废弃包装盒等生活垃圾没有及时清走。
@H2 | 3.人行步道清扫不到位
主干道人行步道积有较多生活垃圾和落叶，平城中路县一小门口到老车站一段尤为突出，长期无人清理。
@H2 | 4.道路积水未及时清理
农贸市场周边常年积水无人处理；城管委办工作人员排查发现，积水来自水产品运输车的排水。
【文章共1541字，精选参考范文，仅供学习借鉴】
手机扫码阅读本文
相关文章
""",
    ),
    dict(
        name="fresh58_09_subdistrict_united_front_2021_report",
        source="https://m.wenke99.com/p-5422166.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A subdistrict's 2021 report on its united-front work (XX街道, 黄岩) on a document-sharing site. The store ran "
               "title, opening and headings into one paragraph; it was split at the title and heading boundaries. The "
               "title line keeps the site's suffix '范文稿' as the page shows it, and the title label is that line.",
               "'一、基本概况' (background, two figure lines) and '二、主要工作' (achievements) with the run-in heading "
               "'1.健全工作机制，着力构建大统战格局。…' at level 2. The page ends inside 1. ('…工作领导小')."],
        units=["街道党工委", "街道统战工作领导小组"],
        text="""\
@T | 街道统战2021年工作情况汇报材料范文稿
近年来，XX街道统战工作在区委的领导和区委统战的指导下，以党的十九大及历次全会精神为指导，立足本地实际，围绕中心、服务大局，探索新时代统战工作新思路，凝聚各方力量，巩固和壮大爱国统一战线，推动统战工作再上新台阶。现将我街道统战工作汇报如下。
@H1 sec=background | 一、基本概况
XX街道地处黄岩最东部，北接临海、东邻椒江、南连路桥，是市区融合的重要节点；辖区面积31平方公里，有19个行政村，户籍人口约3.6万，外来人口3万余人，常住人口7万人左右。
XX是黄岩的工业重镇，现有规上企业66家。2020年规上工业总产值97.94亿元，同比增4.98%；1至11月财政收入6.35亿元，同比增1.1%，其中地方财政收入3.36亿元，同比增0.2%。
@H1 sec=achievements | 二、主要工作
@H2 | 1.健全工作机制，着力构建大统战格局。街道党工委高度重视统战工作，书记严格履行第一责任人职责，坚持“三个带头”“四个纳入”，把统战工作纳入党工委重要议事日程和综合目标考核；及时调整街道统战工作领导小组，建立宗教、乡贤和协商民主等工作领导小
""",
    ),
    dict(
        name="fresh58_10_township_hospital_party_building_summary",
        source="https://m.wenke99.com/p-4803079.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="医院党建工作总结2020精选",
        notes=["A township hospital's party-building summary (working under the town party committee and the county "
               "health bureau's party committee) as the first sample of a document-sharing page: the page title "
               "'医院党建工作总结2020精选', the site blurb (kept verbatim), then the sample title with its number "
               "'医院党建工作总结2020精选【一】'. Both are title lines; the title label is the page title.",
               "The source's damaged year '20年', '党的大精神' and the doubled word in the quoted motto "
               "'“病人利益第一，提高服务质量质量”' are kept; the campaign's dates are masked ('从年X月开始，到X月份').",
               "'一、以“求真务实”的态度，开展群众路线教育实践活动。…' is a run-in level-1 heading (achievements). The "
               "short line '学习教育，听取意见环节。' names the campaign's first stage and acts as a level-2 label heading "
               "(achievements, phases accepted; no dates, so no phase entry); '（1）周密部署，…' is a run-in level-3 "
               "heading under it (level 2 accepted, for a reading that takes the stage line as body). The page ends "
               "inside （1） ('…按照相关文件精')."],
        units=[],
        text="""\
@T | 医院党建工作总结2020精选
不知不觉中时光又碾过了一轮春夏秋冬，看着病人们露出轻松地笑容，作为医院的一份子也会打心底的觉得宽慰。下面是小编整理的关于医院党建工作总结2020精选，希望能够帮到大家。
@T | 医院党建工作总结2020精选【一】
20年，我院党建工作按照镇党委和县卫生局党委的部署，以邓小平理论和“三个代表”重要思想为指导，以学习贯彻党的大精神为主线，以党的群众路线教育实践活动为重点，加强思想、组织、作风和制度建设；坚持“病人利益第一，提高服务质量质量”的宗旨，锐意改革、开拓进取，发挥了党支部的战斗堡垒作用和党员的先锋模范作用，保证了全院工作顺利开展。现将今年的工作情况汇报如下：
@H1 sec=achievements | 一、以“求真务实”的态度，开展群众路线教育实践活动。按照上级党委要求，教育实践活动从年X月开始，到X月份基本完成，需要走完“学习教育，听取意见”、“查摆问题，开展批评”、“整改落实，建章立制”三个环节。
@H2 alt=phases | 学习教育，听取意见环节。
@H3 lvlalt=2 | （1）周密部署，认真做好教育活动准备。按照相关文件精
""",
    ),
]
