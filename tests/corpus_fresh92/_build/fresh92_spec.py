# -*- coding: utf-8 -*-
"""The ninety-second held-out fresh set: REPORTS AND SPEECHES WITH THEIR TITLE
BLOCKS AS PASTED, plus a 工作要点: 工作汇报 / 情况报告 / 情况汇报 / a summary
that 'reports' (总结汇报如下), 讲话稿 (在…会议上的讲话, a principal's talk to
teachers) and a county education bureau's 工作要点 pasted with its table of
contents, by a county government office, a county planning bureau, a county
education bureau (twice), a town, a school principal and county leaders.
Title blocks are kept as the pages show them: a title under a table of
contents, a chunk marker glued to the title, a 主送 line (县委督查室：), a
salutation (尊敬的各位领导、各位代表：, 各位老师：, 同志们：), a second title-like
line glued to a site label (来源…讲话).  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of an earlier set or of the sets built at the same
time (checked against /work/fresh*/ lists and every label file; see
/work/fresh92/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, 分类/时间 lines, share buttons, upload blurbs) was dropped;
  paywall lines and chunk markers a user would paste along were kept and are
  never labelled.
- Heading and title lines keep the source's numbering and wording.  The
  store keeps NFKC-normalised text, so full-width punctuation （）：，；“”！
  was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures (also damaged ones), unit and place names, slogans and the masking
  found in the source are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH92_DOCS = [
    dict(
        name="fresh92_01_county_education_conference_speech",
        source="http://xinmengxiang.cn/jianghuafanwen/121520.html",
        doc_kind="speech", partial=True,
        notes=["A county leader's speech at the county's 2024 education work conference, from a speech-sample site; the "
               "site's 分类 / 时间 / 浏览 / 作者 line was dropped. Masks 'x同志', 'x亿元', 'x工程', 'x建设' are the page's.",
               "The lead-in '下面，我讲三个方面的意见。' ends the opening paragraph (as on the page) and is not labelled.",
               "'一、珍视成绩，全面抢抓教育发展大机遇' is the first speech point; it reviews 2023, so achievements, with "
               "requirements and guidance accepted (the usual kinds of a speech point). The body breaks off at '…全市寄宿制学校建'.",
               "The site's paywall block is kept as a user would paste it and never labelled: '文稿预览结束…' and two numbered "
               "notice lines '1. 本文稿内容较多…', '2. 为防止用户资源被随意传播…' that look like level-2 headings but are debris."],
        units=[],
        text="""\
@T | 在全县2024年教育工作会议上的讲话
同志们：
今天召开2024年全县教育工作会议，任务是学习贯彻全省、全市教育工作会议精神，回顾2023年全县教育工作，部署今年的任务。刚才，x同志通报了2023年全县教育工作情况，内容具体，我完全赞成，请大家抓好落实；几个乡镇、教育管理中心和学校的代表作了交流发言，希望相互学习借鉴、共同提高。下面，我讲三个方面的意见。
@H1 sec=achievements alt=requirements,guidance | 一、珍视成绩，全面抢抓教育发展大机遇
2023年，县委、县政府落实教育优先发展战略，把教育当作全县最大的民生工程来抓，补短板、促提质。全年县财政划拨各类教育经费x亿元，融资贷款x亿元投向教育；生均公用经费、学生营养午餐和贫困学生资助资金都有保障，法定投入持续增长；教育项目建设进度居全市前列，x工程和寄宿制学校建设被x专题报道；规划保留学校“班班通”“校校通”全部覆盖，以x建设为载体的寄宿制建设和管理位居全市前列，全市寄宿制学校建
文稿预览结束，查看原文请点击下方加入会员全站免费下载
1. 本文稿内容较多，请先下载后再完整阅读内容或进行编辑。
2. 为防止用户资源被随意传播，本站部分文稿需要会员才可阅读或下载，请予谅解与支持！
""",
    ),
    dict(
        name="fresh92_02_county_education_bureau_work_points_with_contents",
        source="https://www.xuekejiayuan.com/doc/2654268.html",
        doc_kind="plan", partial=True,
        notes=["A county education bureau's 2024 工作要点 from a document-sharing site, pasted as the page shows it: the "
               "document's table of contents first (32 lines: five 一、 parts, the running （一）…（二十二） task numbers "
               "and the 1. sub-points of （一）（二）), then the title line '县教育局2024年工作要点', the opening paragraph "
               "and the text.",
               "The contents lines are NOT labelled (as in earlier sets: a table of contents is not the document's headings); "
               "only the text after the title is. The title line is line 33, below the contents.",
               "In the text, '一、加强党的建设' is level 1 (goals, measures accepted: the task areas of a plan), "
               "'（一）全面加强党的领导' level 2 and the run-in '1.强化党的政治建设。…' level 3. The （一） numbering runs "
               "on across the 一、 parts (（三） follows under 二、), which the contents show. The page ends inside 1. "
               "('…“第一遵循”')."],
        units=[],
        text="""\
一、加强党的建设
（一）全面加强党的领导
1.强化党的政治建设
2.推进党建高质量发展
3.深入开展党风廉政建设
（二）持续改进工作作风
1.强化作风建设
2.健全退出机制
二、提升教育教学质量
（三）推进学前教育优质普惠
（四）促进义务教育优质均衡
（五）推进普通高中全面提质
（六）推进职业教育扩容提质
（七）推进特殊教育融合发展
（八）扎实开展民族、社区教育
三、促进学生全面发展
（九）扎实推进德育工作
（十）抓实体卫艺工作
（十一）扎实开展好劳动教育工作
四、引领教育健康发展
（十二）实现招考改革平稳推进
（十三）加强教育教学管理
（十四）发挥质量监测作用
（十五）深化教育督导
五、健全教育保障机制
（十六）持续抓好学校安全稳定工作
（十七）不断加强教师队伍建设
（十八）全力完成教育项目建设
（十九）扎实推进“一圈两场三改”项目
（二十）积极争取教育经费支持
（二十一）全面落实资助政策
（二十二）持续推进农村学校营养改善计划
@T | 县教育局2024年工作要点
2024年，全县教育系统以习近平新时代中国特色社会主义思想为指导，贯彻党的二十大精神和党的教育方针，加强党对教育工作的全面领导，落实立德树人根本任务，按省委、市委、县委的部署以高质量发展统揽全局，把“强师工程”作为突破口和切入点，以“强师、优生、兴校”为目标、以“12345”为路径，推进“六大工程”，加快全县教育高质量发展。
@H1 sec=goals alt=measures | 一、加强党的建设
@H2 | （一）全面加强党的领导
@H3 | 1.强化党的政治建设。把学习贯彻习近平新时代中国特色社会主义思想当作长期任务，融入日常、抓在经常，巩固拓展主题教育成果；严格落实“第一议题”抓学习、“第一遵循”
""",
    ),
    dict(
        name="fresh92_03_town_party_building_midyear_speech",
        source="https://www.gongwenku1.com/index.php?id=58777",
        doc_kind="speech", partial=True,
        notes=["A town leader's speech at the town's meeting on party building for the second half of 2025 and on village "
               "work teams (town masked 'XX镇'; villages 'XX村' as on the page).",
               "Salutation '同志们：', the opening, the account of the meeting so far and the lead-in '下面，我结合…再讲三点"
               "意见。' are body lines (the page has them as three paragraphs).",
               "'一、肯定成绩、正视问题，以清醒的认识把握当前基层党建与乡村振兴的总体态势' is the first point: achievements "
               "(it reviews the year so far), with requirements, problems and guidance accepted. The page ends in its "
               "first paragraph."],
        units=[],
        text="""\
@T | 在XX镇2025年下半年基层党建工作部署会暨驻村工作推进会上的讲话
同志们：
今天召开全镇下半年基层党建工作部署会暨驻村工作推进会，任务是学习贯彻习近平新时代中国特色社会主义思想，落实上级关于基层党建和乡村振兴的部署，回顾上半年、分析形势、安排下半年重点任务。
刚才，我们落实了“第一议题”制度，学习了习近平总书记在我省考察时的重要讲话精神，传达了上级关于驻村工作队选派和管理的新要求，通报了县级调研组对我镇基层党建的调研反馈问题；XX村和XX村的两位第一书记作了交流发言，讲成绩、谈问题、说打算，很有启发；相关部门也部署了下半年工作，我都同意，请认真抓好落实。
下面，我结合会议主题和全镇实际，再讲三点意见。
@H1 sec=achievements alt=requirements,problems,guidance | 一、肯定成绩、正视问题，以清醒的认识把握当前基层党建与乡村振兴的总体态势
今年以来，在镇党委领导下，全镇各级党组织和党员干部，尤其是驻村工作队员，围绕“高质量党建引领高质量发展”这一主线攻坚克难，基层党建和乡村振兴都取得了新进展、新成效。
""",
    ),
    dict(
        name="fresh92_04_principal_teachers_meeting_speech",
        source="https://www.yun65.com/3187.html",
        doc_kind="speech", partial=True,
        notes=["A principal's talk at the first all-teacher meeting of the 2025 autumn term, from a principals' document site. "
               "The title line carries the occasion, the speaker and a slogan title after a colon "
               "('…全体教师大会，校长讲话：在时光深处，为教育留一盏灯！'); on the page '各位老师：' ran on after the title and "
               "was put on its own line. The site's repeated title block below the text and its price line were dropped.",
               "The lead-in '…只和大家聊四个实在的词：熬得住、想得开、扛得动、放得下。' is body (the four words are named "
               "inside a sentence, not as headings).",
               "The page lost the break after the first point: '一、熬得住，是对信念最朴素的坚持' runs straight into its body "
               "'我们每位老师…' without punctuation; kept glued, heading text set by hand. Kind requirements (guidance "
               "accepted), the usual kind of a speech point. The paywall line '试读结束，开通会员，全站文档免费下载' is kept "
               "and not labelled; the body before it breaks off."],
        units=[],
        text="""\
@T | 2025年秋季开学第一次全体教师大会，校长讲话：在时光深处，为教育留一盏灯！
各位老师：
这是开学前的第一次全体大会。天还热着，新教辅已经堆上讲桌，课表贴上了办公室的门；老教师回来了，新老师也熟悉了，校园马上又要被孩子们的脚步声唤醒。
我们又一次站在了起点上。
每年都说起点，但今年有些不同：毕业年级的老师在琢磨“中考新政”之后的节奏，新班主任一个暑假没睡踏实，年轻老师教材还没吃透，开学已经到了眼前。
大家此刻的心情我懂——有期待，也有压力；有热情，也有点累。
所以今天不多讲硬性要求，只和大家聊四个实在的词：熬得住、想得开、扛得动、放得下。
这些话听着像鸡汤，可干得久的同行都是靠它们挺过来的；说起来轻，做起来难，要熬过一些夜晚、扛过一些委屈才真正明白。今天不打官腔，就借这个机会好好聊聊。
@H1 sec=requirements alt=guidance text=一、熬得住，是对信念最朴素的坚持 | 一、熬得住，是对信念最朴素的坚持我们每位老师，都是熬过来的。
熬过深夜备课的困倦，熬过期末阅卷的辛苦，熬过家长不理解、学生不配合的难堪，也熬过一回又一回“看不到结果却不能放弃
试读结束，开通会员，全站文档免费下载
""",
    ),
    dict(
        name="fresh92_05_county_education_bureau_summary_and_plan",
        source="https://www.31doc.com/p-493403.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="教育主管部门2024年工作总结及2025年工作计划范文",
        notes=["A county education bureau's 2024 summary (with a 2025 plan announced in its title), on a document-sharing "
               "site; the site's '《…》由会员分享…' line was dropped. It reports to the county ('现将全年工作情况总结汇报如下'), "
               "so report is accepted.",
               "The site's chunk markers are kept and never labelled: '1、' glued before the title (title line 1, title set "
               "without it), '2、城区学位紧张问题。…' at the start of a line that continues （一）'s paragraph mid-sentence, "
               "and the last line '3、3项发明获国家' (chunk marker, then the text breaking off).",
               "'一、2024年度主要工作成效' is level 1, achievements; the run-in '（一）基础教育供给体系持续完善。一是…' and "
               "'（二）五育融合育人格局逐渐成型。一是…' are level 2 (一是/二是/三是 inside the paragraphs are not labelled).",
               "The page's conversion damage in figures is kept: '投资2。亿元', '配备率达100%O', '校本课程12门o', "
               "'收到作品HOO余件'; 'XX烽火' is the page's mask."],
        units=[],
        text="""\
@T | 1、教育主管部门2024年工作总结及2025年工作计划范文
百年大计，教育为本。2024年是全面贯彻落实党的二十大精神的关键之年，我局在县委县政府领导下，坚持“为党育人、为国育才”的初心使命，围绕“十四五”教育发展规划目标，统筹推进教育领域综合改革，提升教育教学质量。现结合县域教育发展实际，将全年工作情况总结汇报如下：
@H1 sec=achievements | 一、2024年度主要工作成效
@H2 | （一）基础教育供给体系持续完善。一是精准实施基础建设三年行动。投资2。亿元推进“温暖校园”工程，新建改扩建城东实验小学、锁簧第二幼儿园等7所城乡学校，新增学位3200个；在城南新区建成九年一贯制学校并引进北京实验学校教育资源，有效缓解
2、城区学位紧张问题。二是系统推进布局优化工程。建立人口变动与学位需求预警机制，撤并规模过小的教学点3个，重组乡镇初中2所，调整乡镇中心学校管理体制。三是着力提升学校设施标准。投入680万元为17所学校完成操场塑化改造，新建标准化实验室26间，义务教育学校智慧黑板配备率达100%O
@H2 | （二）五育融合育人格局逐渐成型。一是构建思政教育新范式。建成全省首个县级红色研学教育中心，组织“重走长征路”主题研学56批次，开发XX烽火等校本课程12门o；设立“太行书院”传统文化教育基地，开展非遗进校园活动80余场次。二是打造科学教育新高地。与山西大学共建“少年科学院”，组织全县科技创新大赛，收到作品HOO余件
3、3项发明获国家
""",
    ),
    dict(
        name="fresh92_06_county_office_onsite_meeting_follow_up_report",
        source="http://www.dachuan.gov.cn/xxgk-show-12712.html",
        doc_kind="report", partial=False,
        title_override="关于落实市委书记来我县现场办公的情况报告",
        notes=["A county office's 情况报告 (2007) to the county party committee's supervision office on carrying out what the "
               "city party secretary asked for at an on-site meeting, from the district's open-government pages. The "
               "posting line (来源 / 发布日期 / 点击数) and '分享到：' were dropped.",
               "The secretary's name was dropped from the title (on the page '关于落实市委<name>书记来我县现场办公的情况报告'; "
               "title set as shown without the name) and from the body.",
               "'县委督查室：' is the addressee (主送) line, body. The two '一、关于…的落实情况' / '二、关于…任务落实' "
               "headings are level 1, achievements (what has been done). The page shows the whole report, so partial is "
               "false; it ends with a closing paragraph and no signature.",
               "'预计2005年即可完成' stands in a 2007 report on the page; kept. The figures '26.2KM', '15.1KM', '川苎8#' are "
               "the page's."],
        units=["农业局经作站"],
        text="""\
@T | 关于落实市委书记来我县现场办公的情况报告
县委督查室：
按照市委书记今年三月来达现场办公提出的要求，我办组织有关部门逐项抓落实。现将落实情况报告如下：
@H1 sec=achievements | 一、关于百节苎麻线本园的落实情况
目前，我办已组织农业局经作站在百节交通村、观音桥村建起苎麻线本园1000亩，其中新植川苎8#800亩、品改142亩，预计2005年可全部完成。
@H1 sec=achievements | 二、关于通村公路硬化任务落实
今年我们把南岳镇、赵家镇等地的通村公路硬化列为我办的重点工作，与当地党委、政府一起研究，发现问题及时解决，调动群众的积极性，按“干部引导、村民自愿、贫困减免、钱物民管、帐务公开”的方式推进。目前南岳镇11个村、26.2KM村道已全部硬化，赵家镇7个村、15.1KM村道硬化接近尾声；对南岳镇两个不通公路的村重点帮扶，通路问题已经解决。
上述项目都已按现场办公会的要求编制立项报告，报到省以工代赈办，预计年内项目资金可以到位。
""",
    ),
    dict(
        name="fresh92_07_county_planning_status_briefing",
        source="https://www.wm114.cn/wen/113/225940.html",
        doc_kind="report", partial=True,
        notes=["A county planning bureau's 情况汇报 to a congress meeting on the state of town and village planning in 2010, "
               "from a paywalled writing-sample site; the site's '收藏《…》' line was dropped.",
               "'尊敬的各位领导、各位代表：' is a salutation, body. '我局*局长' keeps the page's mask '*'. The opening ends "
               "'现将具体情况汇报如下：' and is not labelled.",
               "'一、 基本现状' (with the page's space after 一、) is the only heading in view, level 1, background; its body "
               "is behind the paywall, so the heading is followed straight by the site's two paywall lines "
               "'……（新文秘网…省略517字…）' and '……（未完，全文共2282字…', kept and never labelled."],
        units=[],
        text="""\
@T | 关于我县乡镇和村庄规划编制现状的情况汇报
尊敬的各位领导、各位代表：
按照大会安排，我受我局*局长委托，就我县2010年乡镇和村庄规划编制的现状向大会作情况汇报。
规划编制是统领城乡建设发展的龙头。近年来县委、县政府高度重视规划，着眼加快全县城镇化，对规划工作提出了更高、更新的要求，县主要领导多次在会上强调规划，并亲自参加规划论证，工作力度和资金投入前所未有，我们也把规划列为推进城镇化的首要任务；但由于种种原因，全县城镇和村庄规划的进展并不理想，与县委、县政府的要求还有相当差距。现将具体情况汇报如下：
@H1 sec=background | 一、 基本现状
……（新文秘网https://www.wm114.cn省略517字，正式会员可完整阅读）
……（未完，全文共2282字，当前仅显示1450字，请阅读下面提示信息。
""",
    ),
    dict(
        name="fresh92_08_county_secretary_economy_speech",
        source="https://xiezuofangchengshi.com/doc/84215.html",
        doc_kind="speech", partial=True,
        notes=["A county party secretary's speech at the county's mobilisation meeting on high-quality economic development "
               "(the first big meeting after the Spring Festival). The store ran title, salutation, paragraphs and headings "
               "into one block; they were put on their own lines at the boundaries the text shows.",
               "The three considerations '其一，…；其二，…；其三，…' stay inside one body paragraph (not labelled).",
               "'一、深刻把握形势任务，树牢抢抓机遇的进取意识' is level 1, requirements (a speech point; guidance and background "
               "accepted). '（一）客观分析自身短板差距' is level 2 and clearly a problems section (background and requirements "
               "accepted). The page ends inside its first body sentence ('最新统计数据显示...', the page's '...')."],
        units=[],
        text="""\
@T | 县委书记在推动经济高质量发展大会上的讲话
同志们：
今天召开全县经济高质量发展动员大会，这是春节后的第一场千人大会，既是击鼓催征的动员令，也是重整行装的冲锋号。我代表县委县政府，向各条战线的干部群众致以新春问候，向到会的企业家代表表示感谢。
开这次大会有三层考虑：其一，让中央经济工作会议精神在我县落地生根，这是政治要求；其二，应对标兵渐远、追兵逼近的竞争态势，这是现实需要；其三，凝聚四十万人民的发展共识，这是关键一招。希望全县上下以这次会议为新起点，迅速掀起大抓经济、大干项目的热潮。
@H1 sec=requirements alt=guidance,background | 一、深刻把握形势任务，树牢抢抓机遇的进取意识
正视不足才能精准发力，抢抓机遇才能破局突围。当前全县经济社会发展的主要矛盾集中在三个方面，它们既是前进路上的绊脚石，也是催人奋进的警世钟。
@H2 sec=problems alt=background,requirements | （一）客观分析自身短板差距
产业结构的深度失衡，已经成为制约发展的最大瓶颈。最新统计数据显示...
""",
    ),
    dict(
        name="fresh92_09_county_secretary_civilised_county_speech",
        source="https://www.fanwenq.com/UserLookArticle.asp?ArticleID=36f7d616c393f1c3",
        doc_kind="speech", partial=True,
        notes=["A county party secretary's speech at the mobilisation meeting for creating a civilised county town (page "
               "dated 2014), from a sample site. The page prints the title twice (kept once, line 1), then a posting line "
               "(dropped), then the site's label '来源' glued to a second wording of the title ('来源县委在创建文明县城动员大会"
               "上讲话') and the salutation. The salutation was put on its own line; the '来源…讲话' fragment is kept as line 2, "
               "body, not a title line (it is a site label plus the article name, not the document's own title).",
               "A colleague's given name in the opening was dropped ('有关同志'). The lead-in '下面，我讲几点意见。' is body.",
               "The top level in view is （一）: '（一）要形成共识，凝聚力量，同心协力创建文明县城。…' is level 1, requirements "
               "(guidance and measures accepted). The store ran the page together, and '一是创建文明县城是…' follows inside "
               "the same paragraph; it is left there and not labelled. The page ends in '…考验人的过程...'."],
        units=[],
        text="""\
@T | 县委书记在创建文明县城动员大会上的讲话
来源县委在创建文明县城动员大会上讲话
同志们：
今天县委召开创建文明县城动员大会，就是要动员全县干部群众迅速掀起创建热潮。刚才有关同志对创建工作作了全面部署，大家要在创建中认真贯彻。下面，我讲几点意见。
@H1 sec=requirements alt=guidance,measures | （一）要形成共识，凝聚力量，同心协力创建文明县城。创建文明县城是县委的决策，也是全县人民的共同心愿，全县上下要拿出最大的决心、饱满的热情和必胜的信心，全身心投入创建，坚决打赢这场硬仗。一是创建文明县城是提升我县综合竞争力的客观需要。县区之间的竞争越来越激烈，比的不只是规模、实力和水平，还有环境、文化和人才；创建省文明县城不是为了拿一块牌子，而是推进发展、优化环境、展示形象、提升城市竞争力的过程，也是考验人的过程...
""",
    ),
    dict(
        name="fresh92_10_middle_school_term_plan_with_offices",
        source="https://m.yzwku.com/doc/386527.html",
        doc_kind="plan", partial=True,
        title_override="XXXX中学2023-2024第一学期学校工作计划",
        notes=["A middle school's plan for the first term of 2023-2024 (school masked 'XXXX中学'), on a document-sharing "
               "site; the site's '《…》由会员分享…' line was dropped. The store ran the chunks together; title, opening, "
               "the 一、 heading and （一） were put on their own lines.",
               "Chunk markers are kept and never labelled: '1、' glued before the title (title set without it), '2、三审三校”…' "
               "starting a line in the middle of a quotation (the line before ends '坚持“'), and '3、深一层、连一片”…' in the "
               "middle of another quotation.",
               "'一、强化党建引领（党群服务中心）' names the responsible office in brackets after the task area: level 1, goals "
               "(measures accepted, the task areas of a plan); the office is a unit. '（一）抓细常态促规范' runs straight into its "
               "body without punctuation (kept; text set by hand); '（二）抓实特色育品牌' likewise. 一是/二是 inside "
               "（二） are not labelled. The page ends in '…深入研究师友合作、学'."],
        units=["党群服务中心"],
        text="""\
@T | 1、XXXX中学2023-2024第一学期学校工作计划
2023年，学校继续以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，以打造优质特色品牌学校为核心、安全稳定为前提、提高教育教学质量为根本，突出“四张清单”引领，精心布局、精准发力、精细实施，提质培优、赋能内涵发展，力争学校发展再上新台阶，办好人民满意的教育。
@H1 sec=goals alt=measures | 一、强化党建引领（党群服务中心）
@H2 text=（一）抓细常态促规范 | （一）抓细常态促规范严格履行管党治党主体责任，推进党小组建在中心上，常态抓好第一议题、党史教育、“三会一课”、主题党日、理论中心组学习和组织生活会。从严落实意识形态工作责任制和“一会一报制”，坚持“
2、三审三校”，加强对微信、钉钉、兴趣小组、课堂以及民族宗教渗透等意识形态阵地的管理，做好学校宣传，及时回应师生和家长关切，稳妥处置舆情；规范资金使用和学术管理，加强招标采购、耗材管理、评优选模、职称评审、招生、校园安全、学术不端等重点领域的廉政风险防控，营造廉洁校园氛围。
@H2 text=（二）抓实特色育品牌 | （二）抓实特色育品牌进一步加强五色党建品牌的理论研究，深化五色活动，构建五色党建文化，创建威海市“一校一品”党建示范校。一是红色润德强思想。以学习贯彻党的二十大精神为主线、政治理论和师德师风素养提升为根本，结合德育主题设计“党史润心”系列活动，抓好师德红色主题活动。二是蓝色启慧重拓新。强化“先一步、
3、深一层、连一片”理念，组成党员教师微团队，深入研究师友合作、学
""",
    ),
]
