# -*- coding: utf-8 -*-
"""The 114th held-out fresh set: activity plans (活动方案) and implementation
schemes (实施方案) whose steps are DATED STAGES (阶段 / 时间安排 / 活动安排 /
活动环节 / 赛程设置 with dates or date ranges), by schools, a village, a
provincial government, a recitation society, a hospital's trade union and a
company.  Found as stored public web pages with the `search` tool's `pages`
corpus (query log in notes_queries.txt).  None of the source pages is a source
of any label file or exclusion list of the other sets (checked against every
list named in the brief, see /work/fresh114/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus-dev's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, posting
  lines, site blurbs and 导语, collection titles, sample numbers, keyword tags,
  download panels, "相关文章" lists) was dropped; debris a user would paste
  along (a docs-sharing banner, a "源-于-网-络-收-集" line, an image caption
  repeating the title, an anti-copy dot, a spam substitution) was kept and
  never labelled.
- Heading, title and value lines keep the source's numbering, wording and
  conversion artefacts; full-width punctuation （）：，；“” was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  (____) are kept.  Personal names (and one contact name) were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH114_DOCS = [
    dict(
        name="fresh114_01_school_leifeng_month_scheme",
        source="https://wnwk.com/doc/1019659.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="河东九年制学校2023年“学雷锋活动月〞实施方案",
        notes=["A nine-year school's 'learn from Lei Feng month' 实施方案 on a document-sharing site (wnwk); the "
               "site's notice lines and the keyword tag lines ('2023 / 三月份 / 学雷锋 / 活动 / 实施方案 / 新编') were "
               "dropped. The page converts ” to 〞 and uses conversion words (效劳, 播送); 〞 is kept in the title, "
               "the headings and the quoted slogan.",
               "Two title lines: a short one ('“三月份学雷锋活动月〞实施方案') and the school's full title; the label "
               "takes the full title and marks both lines as title lines.",
               "一、活动形式： has a purpose statement as its body, so goals (guidance, other accepted). 二、活动主题：… "
               "is a label：value line, cut at the colon (other).",
               "三、活动时间及安排： (phases, other accepted) holds '第一阶段：宣传发动阶段（3月1日—3月3日）' on its own "
               "line; the page ends inside that stage's body. '（3月5日前办好）' in the body is a deadline, not a phase."],
        units=["团委", "政教处"],
        text="""\
@T | “三月份学雷锋活动月〞实施方案
@T | 河东九年制学校2023年“学雷锋活动月〞实施方案
值此纪念毛泽东同志题词“向雷锋同志学习〞50周年之际，学校为弘扬雷锋精神、倡导文明新风、推进学生思想道德建设，培养学生关爱他人、服务社会的品质，决定三月份开展“学雷锋活动月〞活动，现制订实施方案如下：
@H1 sec=goals alt=guidance,other | 一、活动形式：
通过多种形式的学习和实践活动宣传雷锋的事迹，让学生正确认识雷锋精神的实质，借此强化传统美德和公民道德意识，规范学生行为、提高学生素质，推动学校思想道德建设向纵深发展。
@H1 sec=other | 二、活动主题：学习雷锋精神，厉行勤俭节约，弘扬文明新风，争做河东最美丽的人
@H1 sec=phases alt=other | 三、活动时间及安排：
@H2 phase=宣传发动阶段;3月1日;3月3日 | 第一阶段：宣传发动阶段（3月1日—3月3日）
利用学校广播、升旗仪式、班会和黑板报积极宣传发动，让雷锋精神深入人心，树立正气，优化校风、班风；团委、政教处在宣传橱窗出一期专栏，各班出一期“学习雷锋精神，弘扬文明新风〞主题黑板报（3月5日前办好），让同学们了解雷锋精神
""",
    ),
    dict(
        name="fresh114_02_middle_school_reading_contest_scheme",
        source="http://f.tikuw.cn/f/item?id=1843522724498083",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A middle school's (光明中学) class recitation-contest 实施方案 for its Putonghua week, from a document "
               "site's preview ('文档摘要'); the file-information lines were dropped.",
               "Two title lines: '“经典诵读?青春之声”' and '诵读评比活动实施方案'; the '?' is the page's damaged middle dot "
               "and is kept as written.",
               "三、活动时间 (phases, other accepted) holds the stages as run-in headings '1.练习准备阶段：2025年9月15日-9月18日"
               "（推普周第1-4天），各班…': the heading text is cut at the colon, so the dates stay after it on the same line.",
               "The page ends inside the second stage: '2.评比检查阶段：2025年9月19' is kept as the fragment the page shows; "
               "its phase has the truncated start '2025年9月19' and no end (the heading text keeps the date because "
               "nothing long follows the colon)."],
        units=[],
        text="""\
@T | “经典诵读?青春之声”
@T | 诵读评比活动实施方案
@H1 sec=goals alt=guidance | 一、活动目标
以班级为单位，组织学生诵读语文教材中的经典诗词和散文，让学生感受中华经典的魅力，提高普通话发音的规范性和表达的感染力，同时增强班级凝聚力，营造“以读传情、以文润心”的校园文化氛围，为学校推普周活动打下文化实践基础。
@H1 sec=other | 二、参与对象
光明中学全体班级，按年级分组（如初一至初三、高一至高三），保证同年级班级之间公平竞争。
@H1 sec=phases alt=other | 三、活动时间
@H2 phase=练习准备阶段;2025年9月15日;9月18日 | 1.练习准备阶段：2025年9月15日-9月18日（推普周第1-4天），各班每天利用早读课（30分钟）集中练习诵读，由语文课代表领读，班主任可协助指导节奏和发音。
@H2 phase=评比检查阶段;2025年9月19; | 2.评比检查阶段：2025年9月19
""",
    ),
    dict(
        name="fresh114_03_recitation_society_poetry_contest_plan",
        source="https://m.zuowenba.net/word/667535.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city recitation society's classical-poetry recitation contest plan (sample 1 of a collection page "
               "on zuowenba); the page title is kept as the title line, the site line, the posting line and the sample "
               "number ('古诗文诵读比赛活动方案 篇1') were dropped. The city name is masked as '____' throughout (kept); the "
               "opening slogan '善美韶城，山水美城。' is kept.",
               "The unnumbered label '大赛宗旨' stands on its own line AFTER the opening paragraph that is its content "
               "(the page shows it there), followed directly by 一、组织机构; labelled level 1, guidance.",
               "Under 一、组织机构 the key-value pairs '指导单位：' / '中共____市委宣传部' and '主办单位：' / '____市朗诵学会' "
               "are body lines (the values sit on the next lines); both units are listed.",
               "二、主题与形式: '1、朗诵篇目：…' and '2、朗诵形式：…' are run-in headings (cut at the colon); '3、应用普通话…' "
               "is a statement, labelled item. '特别声明：…' under 三、参赛对象 is a remark, left as body.",
               "四、实施方法 (phases, measures accepted): '1、比赛分初赛、复赛和决赛。' is a level-2 heading over the dated "
               "stages '（1）初赛：10月1日—11月1日（即选手投稿时间）。…' and '（2）复赛：11月15日。…' (phases). 决赛 is named "
               "only in the enumeration and its own entry is beyond the visible part, so it is not a phase entry. The "
               "page ends inside （2） ('…由')."],
        units=["中共____市委宣传部", "____市朗诵学会"],
        text="""\
@T | 古诗文诵读比赛活动方案
善美韶城，山水美城。为传承中华优秀传统文化、推动全民阅读、建设书香社会，本次大赛以朗诵____本土古今诗文为内容，宣传____的风土人情和人文资源，让市民更了解、更热爱____，共建更美好的新____；同时营造我市朗诵艺术的良好氛围，引导青少年多读经典作品。
@H1 sec=guidance | 大赛宗旨
@H1 sec=responsibilities | 一、组织机构
指导单位：
中共____市委宣传部
主办单位：
____市朗诵学会
@H1 sec=other alt=requirements | 二、主题与形式
@H2 | 1、朗诵篇目：内容健康、积极向上，以描写____的人物、故事、景点和风土人情为主，主题鲜明，突出地方、民俗和历史文化特色；参赛作品须有标题、作者（杜绝“佚名”、“网名”）和正文。
@H2 | 2、朗诵形式：个人或团体对自选篇目进行朗诵创作，可用各种艺术手法或新颖形式增强效果，形式有独诵、对诵（亲子、同学、师生或同事）、联诵、合诵等，每组不超过5人。
@I2 | 3、应用普通话进行朗诵艺术创作，每个作品时间不得超过5分钟（从配乐响起计时）。
@H1 sec=other | 三、参赛对象
欢迎我市青少年学生、干部职工和市民踊跃报名参赛。
特别声明：大赛是公益活动，不收取报名费、培训费等任何费用。
@H1 sec=phases alt=measures | 四、实施方法
@H2 | 1、比赛分初赛、复赛和决赛。
@H3 phase=初赛;10月1日;11月1日 | （1）初赛：10月1日—11月1日（即选手投稿时间）。选手把朗诵录音发到指定邮箱（邮件以“姓名+性别+年龄+电话”命名，附件以“作品名+作者”命名），经专家评审择优进入复赛；不得重复投稿或更换作品。
@H3 phase=复赛;11月15日; | （2）复赛：11月15日。进入复赛的选手录制同名作品的视频，由
""",
    ),
    dict(
        name="fresh114_04_province_fire_hazard_campaign_scheme_fragment",
        source="http://www.fymate.net/html/text/lar/173153/17315374_1.html",
        doc_kind="scheme", partial=True,
        notes=["A provincial government's 2011 'clear fire hazards' (清剿火患) campaign scheme on a legal-text site; the "
               "returned chunk starts at 四、实施步骤, so the document shows no title (title null), no opening and no first "
               "sections. 四、 is the top level shown (level 1). Half-width brackets of the store were restored to （）.",
               "Three run-in dated stages '（一）动员部署阶段（2011年9月26日至30日）。…', heading text cut at the first 。. The "
               "stages overlap as the source has them: 动员部署 runs 2011年9月26日–30日 and 清剿火患 runs from the same "
               "2011年9月26日 to 2012年2月6日; dates are copied as written ('30日' without month).",
               "五、工作措施 (measures) opens with the run-in heading '（一）网格排查整治。…' and its first point "
               "'1.实行明细化责任分包。…' (level 3); the page ends inside that point ('…逐片、逐区、逐').",
               "Units: the bodies that carry the steps (各级政府, 省政府 for the acceptance check) and those named in the "
               "grid duty split."],
        units=["各级政府", "省政府", "县（市、区）政府", "村（居）委会", "治安巡防队"],
        text="""\
@H1 sec=phases | 四、实施步骤
@H2 phase=动员部署阶段;2011年9月26日;30日 | （一）动员部署阶段（2011年9月26日至30日）。各级政府细化制定具体实施方案，明确各阶段任务，动员各级、各部门开展火灾隐患排查整治，迅速打响“清剿火患”战役。
@H2 phase=清剿火患阶段;2011年9月26日;2012年2月6日 | （二）清剿火患阶段（2011年9月26日至2012年2月6日）。各地在前一阶段“大排查、大整治”的基础上，动员全社会力量全面排查辖区内的社会单位和场所，重点是此前未排查整治的区域、小单位和“三合一”场所、人员密集场所及高层、地下建筑，强力整治火灾隐患和消防违法行为，做到不漏一个社区、不漏一个村庄、不漏一个单位、场所。
@H2 phase=总结验收阶段;2012年2月7日;2月29日 | （三）总结验收阶段（2012年2月7日至2月29日）。各级政府对本地工作进行总结验收，查找不足，建立长效排查整治机制，巩固战役成果；省政府对各地行动进行考核验收，通报表彰一批先进单位和先进个人。
@H1 sec=measures | 五、工作措施
@H2 | （一）网格排查整治。各地把网格化排查整治贯穿“清剿火患”战役始终，以乡镇、街道为“大网格”，行政村和社区为“中网格”，居民楼院、村组为“小网格”，逐一明确监管人员，对网格内单位和场所全面排查，使排查整治常态化、标准化、精细化，不留盲区和死角。
@H3 | 1.实行明细化责任分包。以县（市、区）为单位，按“条块结合”原则，由县（市、区）政府和行业系统分管领导分包“大网格”，乡镇、街道工作人员分包“中网格”，村（居）委会、治安巡防队等基层力量分包“小网格”，明确职责、量化标准，逐条街道、逐个社区（村庄）、逐个单位（场所）、逐栋建筑排查，逐片、逐区、逐
""",
    ),
    dict(
        name="fresh114_05_village_best_family_selection_plan",
        source="https://www.wenxue.cc/article/103177.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A village committee's 'most beautiful family' selection plan, sample 1 of a collection page whose title "
               "is '乡镇五好家庭评选方案'. The breadcrumb, posting line, blurb, collection title and sample number were "
               "dropped; the sample has no title line of its own, so title is null.",
               "四、评选安排 (phases) has the lead-in '本次活动分阶段进行：' (body) and four stages written date-first, name "
               "after the bracket: '第一阶段（3月1日—10日）制定方案。…'. Heading text is cut at the first 。; each phase is "
               "named by the words after the bracket (制定方案, 宣传发动, 自主申报, 村级评选); end dates without month "
               "('10日', '30日', '31日') are copied as written.",
               "The '一是…二是…三是…四是…' disqualifications under 三、 are inside one paragraph and not labelled. The page "
               "ends inside 第四阶段 ('…各项评'). The 镇妇联 only issues the requirement and is not a unit."],
        units=["村两委", "创建评选工作小组", "村党支部", "村委会"],
        text="""\
为落实镇妇联的要求，经村两委研究，决定在全村开展“最美家庭”创建评选活动，方案如下：
@H1 sec=guidance | 一、指导思想
围绕最美家庭建设的目标，以“最美家庭”系列创建评选活动为载体，调动村民参与的积极性和主动性，激发创业增收致富的热情，提升村民思想道德素养，引导妇女和家庭在参与中接受道德教育、提升文明程度，以实际行动建设和谐新农村。
@H1 sec=goals | 二、创建目标
通过广泛宣传发动，让更多村民主动参与家庭创建，打造一批“创业增收生活美、卫生整洁环境美、家庭和睦心灵美、文明礼貌风尚美”的最美家庭。
@H1 sec=other | 三、评选范围及对象
凡居住在本村的村民均可自主申报参评。年度内家庭有下列情形之一的，取消评选资格：一是违反计划生育的；二是发生刑事案件或有“黄赌毒”情况的；三是参与邪教及封建迷信活动的；四是有其他违法现象的。
@H1 sec=phases | 四、评选安排
本次活动分阶段进行：
@H2 phase=制定方案;3月1日;10日 | 第一阶段（3月1日—10日）制定方案。结合本村实际成立创建评选工作小组，制定评选活动的实施方案。
@H2 phase=宣传发动;3月11日;3月31日 | 第二阶段（3月11日—3月31日）宣传发动。通过村两委会、村民代表会、广播会和走访农户等方式宣传发动，让村民了解活动安排、创建内容和目的意义。
@H2 phase=自主申报;4月1日;30日 | 第三阶段（4月1日—30日）自主申报。符合条件的村民对照评选标准，以家庭为单位自主申报创建项目。
@H2 phase=村级评选;5月1日;31日 | 第四阶段（5月1日—31日）村级评选。村党支部、村委会按照评选标准，对村民小组推荐的农户进行审核评选，各项评
""",
    ),
    dict(
        name="fresh114_06_school_art_festival_calligraphy_painting_plan",
        source="https://m.zixin.com.cn/docdown/3116809.html",
        doc_kind="activity_plan", partial=False,
        notes=["A nine-year school's art-festival calligraphy and painting contest plan from a document site whose "
               "text arrived as one run-together block; it was split into lines at the headings and numbered points "
               "the text shows. Conversion artefacts of the site are kept in heading and value lines: 旳 for 的 "
               "('一、 活动目旳'), 反应 for 反映, 小朋友 for 儿童, a space after '一、 ' and '二、 ', and a misplaced "
               "bracket '硬笔书法。（一-四）'.",
               "The '10月' that follows the title on the page is kept on its own line as body (a date line without a "
               "year); only the title line is a title line.",
               "一、 to 五、 are run-in label headings cut at the colon. 六、活动环节 (phases) holds three dated steps, "
               "labelled headings with phases: '1.宣传发动（ 10月15日-20日）：…' (space inside the bracket kept), "
               "'2.各班级开展班内选拔、上报参赛选手名单（10月22日-23日）。' and '3.现场创作评比、展示（10月24日）。' (one "
               "day: start only).",
               "七、评比措施: points 1. and 2. are statements (items); '3.奖项及人数' is a label heading over a flattened "
               "table whose cells run together in one body line ('一-二年级三-四年级…三等奖22232'), kept as the page shows "
               "it. 八、参赛注意事项： holds two items. The visible part ends with the document's last point (partial "
               "false)."],
        units=[],
        text="""\
@T | 龙江九年制学校艺术节书画比赛活动方案
10月
@H1 sec=goals alt=guidance | 一、 活动目旳：为激发学生的艺术爱好，培养健康的审美情趣和良好的艺术修养，引导学生向真、向善、向美，展现少年儿童活泼开朗、朝气蓬勃的精神风貌，推进学校艺术教育健康发展，学校举行艺术节书画比赛活动。
@H1 sec=other | 二、 活动主题：反应现代中小学校师生热爱党、热爱祖国、热爱生活、热爱学习、阳光健康、积极向上旳精神风貌。
@H1 sec=other | 三、项目设置：设书法和绘画两大类别。
@I2 | 1.书法类包括：毛笔书法（五九）、硬笔书法。（一-四）
@I2 | 2.绘画类包括：素描（七-九）、小朋友画（一-六）。
@H1 sec=other | 四、组别设置：设低段组1-3年级，中段组4-6年级，高段组7-8年级。
@H1 sec=other alt=measures | 五、比赛形式：由各班级推荐优秀选手，代表本班参加学校统一组织的现场创作比赛
@H1 sec=phases | 六、活动环节
@H2 phase=宣传发动;10月15日;20日 | 1.宣传发动（ 10月15日-20日）：悬挂横幅、发放活动方案等。
@H2 phase=班内选拔、上报参赛选手名单;10月22日;23日 | 2.各班级开展班内选拔、上报参赛选手名单（10月22日-23日）。
@H2 phase=现场创作评比、展示;10月24日; | 3.现场创作评比、展示（10月24日）。
@H1 sec=other alt=requirements | 七、评比措施
@I2 | 1.作品分毛笔书法、硬笔书法、绘画三类，按年级段统一评比。
@I2 | 2.各年级段获奖者各得一张奖状和作业本。
@H2 | 3.奖项及人数
一-二年级三-四年级五-六年级七-九年级作业本数一等奖11115二等奖11123三等奖22232
@H1 sec=other alt=requirements | 八、参赛注意事项：
@I2 | 1.比赛作品上只写作者的参赛号。
@I2 | 2.各项目比赛用纸由学校统一提供，其他用品由参赛选手自备。
""",
    ),
    dict(
        name="fresh114_07_primary_school_calligraphy_contest_plan",
        source="http://www.wenshubang.com/fangan/759347.html",
        doc_kind="activity_plan", partial=False,
        notes=["A primary school's teacher-and-pupil calligraphy contest plan; the site's navigation, posting line and "
               "'相关文章' list were dropped. The page repeats the title as an image caption right after '一、活动目的：'; "
               "that line is kept as debris and is not a title line or heading.",
               "二、活动过程： (phases) holds two stages: '1、准备阶段：3月份' (a month only: start '3月份', no end) with three "
               "letter-marked items 'a每天…', 'b周末…', 'c全校…' (numbering 'a', no punctuation, so style none), and "
               "'2、比赛阶段：' whose date is on the next line '比赛时间：3月31日下午。' (phase start '3月31日下午').",
               "Under 2、比赛阶段 the key-value lines 比赛时间 / 参赛地点 / 参赛人员 / 比赛方式 / 获奖作品 are body; the bare "
               "label '评比方式：', standing alone above its paragraph, is a level-3 heading (other, phases accepted).",
               "三、人员分工： holds one flattened line of empty key-value cells ('组长： 作品张贴：参赛笔墨、砚台等：参赛人员自备。'), "
               "kept as body. The names of the staff in charge of logistics and safety in 四、活动要求 were dropped. The "
               "anti-copy dot in 'b周末各班要布置适当的.书法作业。' is kept. The whole document is visible (partial false)."],
        units=[],
        text="""\
@T | 小学师生书法比赛策划方案
@H1 sec=goals alt=guidance | 一、活动目的：
小学师生书法比赛策划方案
为建设艺术校园、文明校园、和谐校园，丰富师生的业余生活，按照上级的工作要求，学校决定举行这次书法比赛。
@H1 sec=phases | 二、活动过程：
@H2 phase=准备阶段;3月份; | 1、准备阶段：3月份
@I3 num=a | a每天第五节课后的20分钟，各班要切实落实书法艺术教育。
@I3 num=b | b周末各班要布置适当的.书法作业。
@I3 num=c | c全校师生坚持每天练习，师生同练，互相学习，取长补短。
@H2 phase=比赛阶段;3月31日下午; | 2、比赛阶段：
比赛时间：3月31日下午。
参赛地点：教学楼二楼教室内。
参赛人员：一至六年级各班至少选派5名选手参加现场书法大赛，全校教师都参加。
比赛方式：一二年级比硬笔书法（100分），三至六年级和教师组硬笔、毛笔书法相结合（各占50分）；现场出题、现场完成，限时30分钟。
@H3 sec=other alt=phases | 评比方式：
评委由组长现场抽调，当场评分，按总分排序，分教师组和低、中、高年级学生组进行，每组评出一等奖4人、二等奖6人，成绩优异者选派到镇参赛。
获奖作品：教师作品和学生获奖作品当场择优在校园张贴。
@H1 sec=responsibilities | 三、人员分工：
组长： 作品张贴：参赛笔墨、砚台等：参赛人员自备。
@H1 sec=requirements | 四、活动要求：
这次活动是展示学校文明建设和艺术教育成绩的窗口，全校师生都要做好参赛准备；后勤备好物资并安排好生活，安全负责人及时防范，确保比赛顺利进行。全体教职员工“不参加不补助”，非特殊原因不得请假。
""",
    ),
    dict(
        name="fresh114_08_hospital_union_photo_contest_plan",
        source="https://wddqxz.cn/e2f6fff9bbf67c1cfad6195f312b3169a451ea7e.html",
        doc_kind="activity_plan", partial=False,
        title_override="医院职工休养《第三届和谐杯摄影比赛》活动方案",
        notes=["A hospital trade union's photo-contest plan for staff convalescence trips, signed '医院工会 2011年10月20日'; "
               "the whole document is visible (partial false). The site's 导语 and the '本文来源' line were dropped; the "
               "docs-sharing banner '====Word行业资料分享--可编辑版本--双击可删====' (line 1) and the line "
               "'源-于-网-络-收-集' are kept as debris. Two title lines ('医院职工休养' and '《第三届和谐杯摄影比赛》活动方案').",
               "Where the store ran a heading or a point into the previous one ('…良好风貌。 四、作品要求：', '…2幅。 2、本次…', "
               "and the five points of 五、) the lines were split.",
               "五、赛程设置 (phases): '1、选拔方式：…' names the three processes (item); the dated steps "
               "'2、各工会小组报名采集时间：2011年10月20日——10月28日。', '3、作品上交时间；2011年10月28日——10月31日。' (a "
               "semicolon typed for the colon: the text is cut there) and '4、作品评比时间：2011年11月29日。' are level-2 "
               "headings with phases; '5、比赛联系人：…' is an item (the contact's name was dropped, the number kept).",
               "七、活动宣传: '1、 本次活动由医院工会系承办。…' is a statement (item); '2、赛前宣传：…' and '3、赛事期间宣传：…' are "
               "run-in label headings. '六、奖项设置：' is followed by a value line ending in '：' as the page has it."],
        units=["院工会", "医院工会"],
        text="""\
====Word行业资料分享--可编辑版本--双击可删====
@T | 医院职工休养
@T | 《第三届和谐杯摄影比赛》活动方案
@H1 sec=guidance | 一、活动宗旨：
丰富医院文化，弘扬摄影艺术，为全院职工中的摄影爱好者搭建展示、交流和学习的平台，鼓励职工参与创作，发掘和培养优秀摄影人才。
@H1 sec=other | 二、活动主题：
展示职工休养期间拍摄的风景和人物照片，活跃院内文化氛围，丰富职工的文化生活。
@H1 sec=other alt=requirements | 三、作品内容：
@I2 | 1、以工会小组为单位报送，每人限报作品2件以下，由各工会小组长收齐后交到院工会。
@I2 | 2、作品要积极向上，展示职工的良好风貌。
@H1 sec=requirements alt=other | 四、作品要求：
@I2 | 1、彩色、黑白作品均可，每人参赛作品不超过2幅。
@I2 | 2、参赛作品一律为7寸照片。
@I2 | 3、每件作品须附说明（注明科室、姓名和作品名称）。
@H1 sec=phases | 五、赛程设置：
@I2 | 1、选拔方式：本次大赛分为报名、作品采集和评比三个过程。
@H2 phase=各工会小组报名采集;2011年10月20日;10月28日 | 2、各工会小组报名采集时间：2011年10月20日——10月28日。
@H2 phase=作品上交;2011年10月28日;10月31日 | 3、作品上交时间；2011年10月28日——10月31日。
@H2 phase=作品评比;2011年11月29日; | 4、作品评比时间：2011年11月29日。
@I2 sec=other | 5、比赛联系人：899999999
@H1 sec=other | 六、奖项设置：
特等奖1名、 一等奖3名、二等奖10名、三等奖20名：
@H1 sec=measures alt=other | 七、活动宣传：
@I2 | 1、 本次活动由医院工会系承办，比赛前期、中期、后期都将进行全方位宣传。
@H2 | 2、赛前宣传：在院宣传栏以通知的形式宣传。
@H2 | 3、赛事期间宣传：在比赛现场用条幅、宣传品等形式宣传。
医院工会 2011年10月20日
源-于-网-络-收-集
""",
    ),
    dict(
        name="fresh114_09_company_staff_photo_contest_plan",
        source="https://almukhtarcorp.com/wanboguanwangmanbetx/news-1-2",
        doc_kind="activity_plan", partial=True,
        notes=["A listed company's (银龙股份) first staff photo-contest plan for autumn 2017, copied onto an unrelated "
               "site; the visible part starts with the opening paragraph (no title line: title null) and ends inside "
               "point 5. The site's spam substitution at the cut ('…将提名作品呈递雅博官方体育') is kept as debris at the end "
               "of that line. The contest e-mail address was not copied (the line says '指定邮箱').",
               "三、参赛要求 (requirements) holds four statement items, one of them a label：body line ('2、参赛作品规格：…').",
               "四、活动时间、流程及评选办法 (phases, other accepted) lists the steps as numbered label lines: '1、活动宣传：…' "
               "(a step without a date: phase with no dates), '2、作品征集时间：11月10日—11月20日（截稿）。' (phase "
               "11月10日–11月20日), '3、作品整理：11月25日前' and '4、作品评审：11月30日前。' (steps dated by a deadline: "
               "end '11月25日前' / '11月30日前', no start). '5、评审办法：11月25日—11月30日之间由…' describes the judging "
               "method; its date range repeats the review period and is not a phase entry (other, phases accepted).",
               "Under 3、作品整理 the lead-in '对投稿作品进行整理…予以淘汰：' is body and （1）–（4） are items; they are elimination criteria, so requirements (phases, other accepted) rather than the inherited phases."],
        units=["银龙股份总部办公室", "各分子公司办公室", "评审小组"],
        text="""\
为彰显银龙股份以人为本的企业文化，激励员工关注并记录公司的发展历程与新成就，展示个人摄影才艺，发现工作中的美，增强员工凝聚力，公司定于2017年秋季举办《首届银龙股份员工摄影大赛》。
@H1 sec=other | 一、大赛主题
用照片全方位、多角度诠释银龙股份的发展历程与新成就。
@H1 sec=other | 二、参与对象
银龙股份及所属全部分子公司员工。
@H1 sec=requirements | 三、参赛要求
@I2 | 1、作品风格、取材不限，但要切合大赛主题，内容饱满，体现不同场景，把人物与厂区、工作场景结合起来，用瞬间影像记录公司和工作环境的变化。
@I2 | 2、参赛作品规格：一律提交电子版原图，不做任何后期处理，不加边框、水印、签名等修饰；专业相机或手机拍摄均可。
@I2 | 3、参赛作品须为本人拍摄的原创作品，版权纠纷由提供者负责；每张照片须注明拍摄地点并提供标题。
@I2 | 4、参赛作品请在指定时间内发到指定邮箱，并注明所属公司名称、部门、姓名和手机号码，缺一不可。
@H1 sec=phases alt=other | 四、活动时间、流程及评选办法
@H2 phase=活动宣传;; | 1、活动宣传：由银龙股份总部办公室发文，以纸质和网络形式告知股份公司及银龙轨道所属全体员工，各分子公司办公室负责人负责传达并组织本公司人员参赛。
@H2 phase=作品征集;11月10日;11月20日 | 2、作品征集时间：11月10日—11月20日（截稿）。
@H2 phase=作品整理;;11月25日前 | 3、作品整理：11月25日前
对投稿作品进行整理、编号、登记，整理期间对以下几类作品予以淘汰：
@I3 sec=requirements alt=phases,other | （1）参赛作品不符合大赛主题；
@I3 sec=requirements alt=phases,other | （2）作品压缩处理过或像素不达标；
@I3 sec=requirements alt=phases,other | （3）联系方式不全；
@I3 sec=requirements alt=phases,other | （4）作品无标题。
@H2 phase=作品评审;;11月30日前 | 4、作品评审：11月30日前。
@H2 sec=other alt=phases | 5、评审办法：11月25日—11月30日之间，由银龙股份总部办公室会同相关部门成立评审小组，对参赛作品进行评选提名，并将提名作品呈递雅博官方体育
""",
    ),
]
