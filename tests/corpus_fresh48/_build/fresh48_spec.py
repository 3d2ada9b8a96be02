# -*- coding: utf-8 -*-
"""The forty-eighth held-out fresh set: 12 Chinese plans, activity plans,
summaries and reports (工作汇报) AS WORD FILES (NAME.docx, made with python-docx by make_docx.py,
beside NAME.txt + NAME.labels.json), formatted the way writers really save
them in Word or WPS, and varied document by document: built-in heading
styles (Heading 1-3, in one document with WPS-like style ids), every line in
正文 with headings only bold or in 黑体 / 楷体 by direct formatting, automatic
list numbering (numbering.xml) for 一、/（一）/1./1、 instead of typed
numbers (one multi-level list, restarting one-level lists, and numbering
carried by the Heading 1 style), one table (a 组织分工 table), and one
centred title with a right-aligned date line.  Found as stored public web
pages with the `search` tool's `pages` corpus; none of the source pages is a
source of the label files or URL lists checked (see the README).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets (see corpus-dev's README):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Web debris that a Word file would not
  carry (site blurbs, sample numbers, document-sharing chunk markers, page
  numbers of a conversion, `精编word文档 下载可编辑`) was dropped.
- Heading, title and item lines keep the source's numbering and wording;
  full-width punctuation （）：，； was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened; dates,
  figures, unit and place names, slogans and masking (`*`, `20**`, `XXX`,
  `20xx`, `2XX`) are kept; personal names were dropped.

Each document's `docx` entry says how its Word file is made (make_docx.py):
  mode      'headings': labelled heading lines in the built-in Heading N style
            (N = min(level, 3)); 'direct': every paragraph in Normal (正文),
            headings distinguished only by direct run formatting (`fonts`:
            {level: [font, bold]}); 'runin': heading part bold only.
  lists     {numbering class: ilvl}: labelled lines of that class (headings
            and items) are automatically numbered paragraphs, the typed number
            removed; `restart` lists the classes whose runs restart (a new
            w:num with a startOverride, as Word writes it); otherwise one w:num
            for the whole document (a multi-level list continued over body
            paragraphs).
  style_num {class: heading level}: heading lines of that class are in Heading
            N whose STYLE carries the numPr (numbering through the style).
  wps_ids   heading styles get the style ids WPS writes ('2', '3', '4').
  tables    [{first, rows}]: the lines from `first` on are the rows of a real
            table, cells split at U+3000.
  right     line prefixes set right-aligned; blank_after: empty paragraphs
            after these lines; footer: a PAGE field in the footer.
"""

FRESH48_DOCS = [
    dict(
        name="fresh48_01_town_womens_day_activity_plan",
        source="http://xindetihuiya.com/xuexi/hdfa/340928.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="direct", fonts={1: ["黑体", False], 2: ["楷体_GB2312", True]},
                  lists={"一、": 0, "（一）": 1, "1.": 2}, footer=True, blank_after=[1]),
        notes=["Word file: ONE automatic multi-level list (numbering.xml: chineseCounting '%1、' / '（%2）', decimal "
               "'%3.', suffix nothing) on Normal paragraphs, continued over the body paragraphs between its items; "
               "no number is typed in the .docx, the 1. items restart under （二） because level 1 counted. Headings "
               "一、 in 黑体, （一） in 楷体 bold by direct formatting; centred title; footer PAGE field.",
               "A township women's federation's Women's Day plan for a square event (镇妇联, 镇团委; co-organisers "
               "红狮镇宣传文化站 and 咏梧社区). The site line '来源：新高考网' was dropped.",
               "七、活动流程: the page's bracket '（主持人：…）' names two persons; it was dropped, so the heading is "
               "'七、活动流程'. The programme steps 1.-7. and the contests 1.-5. are items (level 3) under the "
               "heading segments （一）表演环节 / （二）竞赛环节 (level 2, kind phases with other accepted, as 活动流程).",
               "五、活动主办单位：镇妇联、镇团委 is a run-in heading (responsibilities); its short value after the "
               "colon stays in the text by the colon rule. The next line '协办单位：…' is a key-value body line.",
               "四、活动的时间和地点: the overall time '时间：3月初' is an optional phase (start only). The page ends "
               "inside 八、经费预算 ('…另30人比赛'). '取前3三名' keeps the page's typo."],
        units=["镇妇联", "镇团委", "红狮镇宣传文化站", "咏梧社区"],
        extra_phases=[dict(at="时间：3月初", name="活动时间", start_text="3月初", end_text=None)],
        text="""\
@T | 社区三八妇女节活动方案
@H1 sec=background alt=guidance | 一、活动背景
“三八”国际劳动妇女节始于1910年，自1975年起联合国开始庆祝国际妇女节，这一天由此成为全世界劳动妇女争取和平、争取妇女儿童权利和妇女解放的节日。
@H1 sec=goals alt=guidance | 二、活动目的
2015年是第105个“三八”妇女节，节日来临之际，号召全镇妇女姐妹共同庆祝，发扬“自尊、自信、自立、自强”的“四自”精神，提升自身素质，积极参与社会公德、职业道德和家庭美德建设，依法维护自身权益，做社会文化进步的推动者。
@H1 sec=other | 三、活动主题
争创文明和谐家庭，共建平安和谐家园
@H1 sec=phases alt=other | 四、活动的时间和地点
时间：3月初
地点：XXX广场
@H1 sec=responsibilities | 五、活动主办单位：镇妇联、镇团委
协办单位：红狮镇宣传文化站、咏梧社区
@H1 sec=other | 六、活动人员
在红狮街道工作、生活、居住的妇女同胞，由各村妇代会主任组织村干部家属等参加。
人员预计200人左右。
@H1 sec=phases alt=other | 七、活动流程
@H2 | （一）表演环节（无纪念品）
@I3 | 1.集体腰鼓表演。
@I3 | 2.主持人报幕，红光乐队节目（小品）。
@I3 | 3.秧歌表演
@I3 | 4.歌曲（绣红旗）
@I3 | 5.体育局培训的《陕北腰鼓》表演
@I3 | 6.广场舞
@I3 | 7.连响表演
@H2 | （二）竞赛环节（所有参赛人员发纪念品一份）
@I3 | 1.单人跳绳（10人，单人比赛，取前3三名优胜）
@I3 | 2.瞎子穿拖鞋（8人，分两组比赛，优胜4名）
@I3 | 3.半分钟穿针比赛（6人，单人比赛，取前3名优胜）
@I3 | 4.三分钟衔纸杯运水比赛（20人，分两组比赛，优胜10名）
@I3 | 5.五分钟运乒乓球（20人，分两轮比赛，优胜10名）
@H1 sec=other | 八、经费预算
纪念品：参加活动64人、工作人员约10人，合计74人，每人发放10元纪念品，另30人比赛
""",
    ),
    dict(
        name="fresh48_02_subdistrict_2022_halfyear_summary",
        source="https://www.wxbh.gov.cn/doc/2022/08/18/3735172.shtml",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(mode="headings", blank_after=[1]),
        notes=["Word file: the built-in Heading 1 style (w:styleId Heading1) on the （一）-（六） headings, numbers typed; "
               "centred title by direct formatting; body and item lines in Normal.",
               "A development zone / subdistrict's half-year summary from a district government site (蠡园开发区, 蠡园街道, "
               "无锡市滨湖区); the site header, the index-number table and the repeated title were dropped.",
               "The top visible level is （一） (no 一、 above it): level 1. Every section is backward-looking "
               "(achievements).",
               "Under （一）-（五） the page gives only a line of short sub-titles run together "
               "('主要经济指标保持平稳。规模企业整体运行稳中有增。优势产业亮点突出'), kept as the page has them; they "
               "are labelled as optional items (level 2), since they are sub-point titles, not prose. （六） has a real "
               "body and the page ends inside it ('…37.1微克/立方米，')."],
        units=[],
        text="""\
@T | 蠡园开发区（蠡园街道）2022年上半年工作总结
今年以来，蠡园开发区（蠡园街道）在区委、区政府领导下，坚持“戴牢口罩抓发展”，树立“起步就是冲刺，开局就是决战”的理念，一手抓疫情防控，一手盯经济目标，以精细服务和精准施策保持经济社会平稳发展。
@H1 sec=achievements | （一）经济运行态势良好
@I2 | 主要经济指标保持平稳。规模企业整体运行稳中有增。优势产业亮点突出
@H1 sec=achievements | （二）项目引建加速推进
@I2 | 招商引资成效显著。重大产业项目建设有序推进。政府投资项目进展顺利。
@H1 sec=achievements | （三）发展后劲蓬勃有力
@I2 | 科创活力继续增强。特色工作加快推进。营商环境不断优化。
@H1 sec=achievements | （四）疫情防控精准落实
@I2 | 强化组织科学部署。严格落实管控措施。持续推进疫苗接种。助力企业复工复产
@H1 sec=achievements | （五）社会事业全面优化
@I2 | 民生保障日渐加强。稳岗就业提质增效。公共服务日益提升。
@H1 sec=achievements | （六）区域环境品质提升
生态治理持续加力，对在建工地扬尘、涉VOCs企业和餐饮油烟开展专项检查，1-5月份开发区PM2.5平均浓度37.1微克/立方米，
""",
    ),
    dict(
        name="fresh48_03_subdistrict_work_summary_2023_ideas",
        source="https://agnbn.com/gongzuozongjie/10335.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(mode="runin", style_num={"一、": 1}, footer=True, blank_after=[1]),
        notes=["Word file: 一、 is in the built-in Heading 1 style, and its number comes from the STYLE (Heading 1's pPr "
               "carries numPr to a chineseCounting '%1、' list, suffix nothing): the paragraph has no numPr and no typed "
               "number. The （一）/（二） run-in headings are Normal paragraphs with typed numbers, their heading "
               "sentence in a bold run and the body in a plain run; centred title; footer PAGE field.",
               "A subdistrict's (name masked '*街道', in 瓯海) summary of 2022 with its ideas for 2023; the sharing "
               "site's lead-in ('下面是小编为大家整理的…') was dropped and the page title is the title line. The "
               "opening ends '现将主要工作汇报如下', so report is accepted as doc kind.",
               "（一）社会发展开拓新局面。… and （二）拆征安置取得新突破。… are run-in headings (level 2, achievements). "
               "The page broke the figures of （一） over several lines at '；'; they are kept as two body lines "
               "(稳进提质 figures, 稳控化解), rewritten. The page ends inside （二） ('…并')."],
        units=[],
        text="""\
@T | 街道工作总结及2023年工作思路
2022年以来，*街道在区委区政府领导下，贯彻区第十次党代会和区委十届三次全会精神，扛起“后拆迁时代”区域更新发展的担当，推动“科教新区、山水瓯海”建设。现将主要工作汇报如下。
@H1 sec=achievements | 一、2022年亮点工作
@H2 | （一）社会发展开拓新局面。按“疫情要防住、经济要稳住、发展要安全”的要求完善平战结合防控机制；截至10月排查入境人员169人、管控37人，排查国内重点地区人员50000余人次、管控7493人，设核酸采样点18个，储备采样志愿者72人，累计采样100000余人，60周岁以上人群疫苗接种覆盖率全区第一。
实施稳进提质八大攻坚行动，落实“30条举措”“稳经济41条”，1-9月规上工业总产值4720万元，同比增长7.8%；限上消费品零售总额5692万元，同比增长1073.1%；限上批发业销售额31407万元，同比增长281.5%；固定资产投资12.43亿元，连续两个季度获全区创先争优专项考核B组第一。
压实稳控专班责任，全年进京赴省信访批次同比下降66.67%，X个月提前完成省市交办的14件积案，化解率100%、0再访。
@H2 | （二）拆征安置取得新突破。护航重点项目建设，以“四搭举措”化解群众心结，半年内和谐拆除建筑面积5000余平方米的沙滩头教堂，并
""",
    ),
    dict(
        name="fresh48_04_middle_school_art_festival_activity_plan",
        source="https://haowendang.cn/c3fbn58ypus4oweh0q68m0sr9z0p08p00nz8_1.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="direct", fonts={1: ["黑体", False], 2: ["楷体_GB2312", False]},
                  tables=[dict(first="序号\u3000", rows=6, widths_cm=[1.5, 3.5, 10.5])], blank_after=[1]),
        notes=["Word file: direct formatting only (Normal paragraphs; 一、 headings 黑体, （一） headings 楷体); the "
               "（二）组织分工 duties are a REAL TABLE (序号 / 部门 / 工作任务, a header row and five rows, borders): the "
               "writer's Word form of the page's list '1、办公室负责…；2、教导处负责…'. Table rows are not labelled.",
               "A middle school's art festival plan (石嘴山市第十七中学). The sharing site's header, its '精编word文档 "
               "下载可编辑' lines and the page numbers of the conversion were dropped.",
               "一、冠名石嘴山市… / 二、主题青春流韵… / 三、口号我挑战… keep the page's form: label and value run "
               "together without a colon (probably two table cells in the original). The heading texts are set by hand "
               "to the labels (一、冠名, 二、主题, 三、口号), kind other.",
               "（一）校园文化艺术节组委会: the page's member lines (主任、副主任、委员 with eleven personal names) were "
               "dropped, so the heading has no body. '1.各部门要高度重视这次活动，' is the page's last visible line "
               "(truncated), an item under （三）活动要求."],
        units=["办公室", "教导处", "总务处", "德育办", "团委"],
        text="""\
@T | 2021年中学校园文化艺术节活动方案
@H1 sec=other text=一、冠名 | 一、冠名石嘴山市第十七中学2XX校园文化艺术节
@H1 sec=other text=二、主题 | 二、主题青春流韵，缤纷校园
@H1 sec=other text=三、口号 | 三、口号我挑战，我参与，我成功
@H1 sec=goals alt=guidance | 四、目的意义
通过艺术节丰富校园文化生活，营造向上、高雅、健康、文明的校园氛围，展示学生的青春风采，汇报艺术教育成果，增强学生的自我锻炼和创新意识，为师生张扬个性搭建平台；同时增强各部门、各班级的集体荣誉感，建设和谐校园。
@H1 sec=responsibilities | 五、组织工作
@H2 | （一）校园文化艺术节组委会
@H2 | （二）组织分工
序号　部门　工作任务
1　办公室　负责活动宣传标语、开幕词审定和外请工作，并做好记录
2　教导处　负责制定方案，汇总各部门报送的方案，筹备开幕式和文艺汇演
3　教导处　负责各类文字编辑、各项活动评分表和讲座安排等
4　总务处　负责所需物品及时到位，临时安装、搭建和维修，保障供电，确定奖品，并负责活动的安全和秩序
5　德育办、团委　负责文化宣传，主持人选拔，节目单、音响摄影和现场布置，艺展场景与舞台设计，开幕式节目的计划、审定和彩排
@H2 sec=requirements | （三）活动要求
@I3 | 1.各部门要高度重视这次活动，
""",
    ),
    dict(
        name="fresh48_05_college_department_science_culture_festival_plan",
        source="http://m.35331.cn/mlhd_28xtn4gtld55mbv23rb17u3cm9b9uy004lx_1.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="direct", fonts={1: ["黑体", False], 2: ["楷体_GB2312", True], 3: ["仿宋_GB2312", True]},
                  blank_after=[1]),
        notes=["Word file: every paragraph in Normal (正文); headings only by direct run formatting (一、 黑体, （一） "
               "楷体 bold, 1、 仿宋 bold); numbers typed; centred title.",
               "A college department's (机械工程系) science, technology and culture festival plan, the first sample of a "
               "collection page; the collection title ('2019文化艺术节策划书-范文精品') and the sample number "
               "('文化艺术节策划书（一）') were dropped. The page broke 四、活动简介's body inside a word (PDF line); "
               "it is one paragraph here.",
               "一、活动主题：科技人文创新 and 二、活动原则：小型多样多元和谐 are run-in headings whose short values "
               "stay in the text (colon rule). 六、活动时间：20**年3月9日----20**年4月28日 is the overall period "
               "(optional phase, the masking and the '----' kept).",
               "七、活动内容 (goals, phases accepted) holds two stages （一）宣传动员阶段 and （二）活动阶段 (undated "
               "phases, level 2). Under （一） the page lost the '（1）' of the first sub-line, so '各班召开…主题班会' is a "
               "body line and only （2）-（4） are items. Under （二） the activity 1、全体学生干部假期社会实践交流会 "
               "(level 3) is dated by its next line '（1）时间：3月11日' (a phase, start only, as fresh24_06's dated "
               "activities); its （1）-（4） lines are items (level 4). The page ends at the heading "
               "'2、组织“无偿献血，为生命加油”'."],
        units=["机械工程系宣传部", "团总支", "学生会", "自律会"],
        extra_phases=[dict(at="六、活动时间", name="活动时间", start_text="20**年3月9日", end_text="20**年4月28日")],
        text="""\
@T | 文化艺术节策划书
为在校园里营造浓厚的科技文化氛围，培养大学生的科技创新意识和实践能力，我系结合实际，决定举办系科技文化艺术节，现将活动计划安排如下：
@H1 sec=other | 一、活动主题：科技人文创新
@H1 sec=guidance | 二、活动原则：小型多样多元和谐
@H1 sec=guidance | 三、活动宗旨：
建设先进的校园文化，培养高素质人才；突出主题，弘扬主旋律，把科技、文化、思想性和艺术性融为一体，充分展示我系学生的风采。
@H1 sec=background alt=other | 四、活动简介：
举办科技文化艺术节，是为了深化校园文化建设，推动学生素质教育向纵深发展，营造浓郁的科学和人文氛围，提高学生学以致用和创新的能力，服务青年学生成长成才。
这项活动对提高同学们的综合素质和创新、创业、实践能力一直有积极影响；本届艺术节将更加突出组织的凝聚力、内容的高雅性和范围的普及性，以新颖的面貌呈现在全院师生面前。
@H1 sec=requirements | 五、活动要求：
结合学院的教育方针提高思想水平，做到主题突出、形式多样、内容丰富、特色鲜明。
@H1 sec=phases alt=other | 六、活动时间：20**年3月9日----20**年4月28日
@H1 sec=goals alt=phases | 七、活动内容：
@H2 sec=phases alt=goals phase=宣传动员阶段;; | （一）宣传动员阶段
各班召开“系科技文化艺术节”主题班会
@I3 | （2）地点：各班教室
@I3 | （3）要求：各班召开艺术节主题班会，广泛宣传发动，详细部署活动期间的各项工作。
@I3 | （4）责任部门：机械工程系宣传部
@H2 sec=phases alt=goals phase=活动阶段;; | （二）活动阶段
@H3 phase=全体学生干部假期社会实践交流会;3月11日; | 1、全体学生干部假期社会实践交流会
@I4 | （1）时间：3月11日
@I4 | （2）地点：7308教室
@I4 | （3）对象：团总支、学生会和自律会全体学生干部
@I4 | （4）组织部门：团总支、学生会和自律会
@H3 | 2、组织“无偿献血，为生命加油”
""",
    ),
    dict(
        name="fresh48_06_hospital_party_branch_2023_summary",
        source="https://xiezuofangchengshi.com/doc/70165.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(mode="runin", bold_only=True, blank_after=[1]),
        notes=["Word file: every paragraph in Normal (正文), no heading style, no font change: headings are only bold "
               "(一、 bold; the run-in （一） bold up to its first 。; the 一是 item not bold); centred title.",
               "A hospital party branch's 2023 summary with next steps (the branch answers to a group company's party "
               "committee, which only gives instructions and is not a unit here). The page is one run-together block; it "
               "was split at the heading boundaries it shows, and '一是严格落实…' (inside the （一） paragraph on the "
               "page) starts its own paragraph here, as a Word writer sets such points: an item (level 3).",
               "（一）突出政治引领，组织保证作用进一步增强。… is a run-in heading (level 2, achievements). The page "
               "ends inside 一是 ('…召')."],
        units=["医院党支部"],
        text="""\
@T | 2023年医院党建工作总结及下一步工作计划
2023年，医院党支部在集团公司党委领导下，学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，开展主题教育，推进“能力作风建设年”和“党支部标准化建设”，创新开展“三亮一争”、“品牌创建”、“结对共建”等活动，以高质量党建引领医院高质量发展。
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）突出政治引领，组织保证作用进一步增强。支部坚持以党的政治建设为统领，把理论武装作为首要任务，集中学习和个人自学、线上和线下、“关键少数”和“绝大多数”结合起来抓。
@I3 | 一是严格落实“第一议题”、“三会一课”、“理论中心组”等学习制度，把《习近平谈治国理政》第四卷等纳入学习计划，全年中心组集中研讨11次、个人自学33次，召
""",
    ),
    dict(
        name="fresh48_07_primary_school_labour_education_plan",
        source="https://m.wenke99.com/p-9111950.html",
        doc_kind="plan", partial=True,
        docx=dict(mode="direct", fonts={1: ["黑体", False], 2: ["仿宋_GB2312", True]},
                  lists={"一、": 0, "1、": 0}, restart=["1、"], blank_after=[1]),
        notes=["Word file: automatic numbering on Normal paragraphs: 一、-三、 one list (chineseCounting '%1、'); the "
               "1、 lines two lists that restart (a second w:num on the same abstractNum with a startOverride 1, as "
               "Word writes a restarted list), so no number is typed. 一、 headings 黑体, 1、 headings 仿宋 bold by "
               "direct formatting; centred title.",
               "A primary school's labour-education plan, first sample of a document-sharing page; the chunk marker "
               "('精选优质文档-倾情为你奉上'), the site blurb and '范文（一）' were dropped; the title is the sample's "
               "own ('小学20xx-20xx学年度劳动教育工作计划').",
               "一、指导思想：… is a run-in heading cut at the colon. 二、教育目标： holds three target statements 1、-3、 "
               "(items). Under 三、具体措施 the page runs '1、加强学习，确立劳动教育的地位' into its body without "
               "punctuation; here the heading is its own paragraph (level 2, measures) and the body follows. The page "
               "ends inside that body ('…开展这方面')."],
        units=[],
        text="""\
@T | 小学20xx-20xx学年度劳动教育工作计划
@H1 sec=guidance | 一、指导思想：为贯彻市、区有关文件精神，全面推进素质教育，促进学生全面发展，学校结合实际制定本校“劳动教育”实施计划，培养学生的劳动意识和初步的劳动技术，使他们乐于参加力所能及的公益劳动和社会实践，养成自己的事情自己做的习惯。
@H1 sec=goals | 二、教育目标：
@I2 | 1、在家能帮助父母做些力所及的家务劳动。
@I2 | 2、在校能完成打扫卫生等基本的劳动。
@I2 | 3、通过劳动基地等劳动，使学生掌握一些基本的劳动技术及热爱劳动的品质。
@H1 sec=measures | 三、具体措施：
@H2 | 1、加强学习，确立劳动教育的地位
组织教师学习市、区相关文件，从培养目标的高度认识劳动教育的重要和迫切，明确其目的、任务和要求，借鉴各地的先进经验，增强工作的时代感；同时借家长会宣传劳动教育的意义，请家长协助学校开展这方面
""",
    ),
    dict(
        name="fresh48_08_village_school_labour_base_three_year_plan",
        source="https://m.wenke99.com/p-8662339.html",
        doc_kind="plan", partial=True,
        docx=dict(mode="headings", wps_ids=True, blank_after=[2]),
        notes=["Word file: built-in heading styles with the style ids WPS writes (Heading 1 has w:styleId '2', name "
               "'heading 1'); the two 一、/二、 headings are in it with typed numbers; the title is two centred "
               "paragraphs, the school name spaced out letter by letter ('龙 阳 镇 顾 庙 小 学') as the page shows.",
               "A village primary school's three-year plan for its labour-practice base (龙阳镇顾庙小学), first part of "
               "a document-sharing page; the chunk marker was dropped. The title keeps the page's damaged period "
               "'（20102012年）' (the dash lost); the label's title joins both lines without the spaces.",
               "The page runs each heading into its body ('一、指导思想以党的十六届五中全会精神为指针…'); the headings "
               "are their own paragraphs here and the bodies follow. The page ends inside 二、发展目标 ('…改善办学')."],
        units=[],
        text="""\
@T | 龙 阳 镇 顾 庙 小 学
@T | 劳动实践场所建设三年发展规划（20102012年）
@H1 sec=guidance | 一、指导思想
以党的十六届五中全会精神为指针，贯彻教育部、农业部、国土资源部关于加强农村学校劳动实践场所建设的意见，落实党的教育方针，全面实施素质教育，加快我校劳动实践场所的发展，增强办学活力和育人功能，开创勤工俭学新局面，特制订本规划。
@H1 sec=goals | 二、发展目标
按照“强基础、拓思路、抓培训、建队伍、促管理、抓重点、树样板、重育人”的工作思路，通过勤工俭学在人才培养、经济效益和基地建设上实现新突破。
巩固已有成果，强化学农基地的育人功能；逐步建立符合素质教育要求、与课堂教学紧密联系的勤工俭学教育体系；以勤工俭学降低学生学习成本、巩固“两基”成果，达到“逐步争取实现蔬菜、肉、油基本自给”的目标；努力提高经济效益，为学校筹措教育经费、改善办学
""",
    ),
    dict(
        name="fresh48_09_district_womens_day_activity_plan",
        source="https://www.beiguan.gov.cn/Item/9963.aspx",
        doc_kind="activity_plan", partial=True,
        docx=dict(mode="direct", fonts={1: ["黑体", False]}),
        notes=["Word file: no title; every paragraph in Normal (正文), the 一、-三、 headings only in 黑体 by direct "
               "formatting, numbers typed.",
               "A Women's Day activity plan from a district government site (北关区), for the women of its area "
               "('聚灯塔巾帼英才'); the page shows no title of its own, so title is null.",
               "三、活动的时间 (phases, other accepted) holds the overall time '时间：2022年3月3日-3月8日', an optional "
               "phase. The page ends there. No unit is named."],
        units=[],
        extra_phases=[dict(at="时间：2022年3月3日", name="活动时间", start_text="2022年3月3日", end_text="3月8日")],
        text="""\
为迎接和纪念三八国际妇女节，活跃辖区妇女的业余文化生活，激发女同志积极向上、自强不息的精神，特开展迎三八活动。
@H1 sec=goals alt=guidance | 一、活动目的
借“三八”妇女节之机，号召辖区妇女姐妹共庆节日，发扬“自尊、自信、自立、自强”的精神，提高自身素质，树立正确的世界观、人生观、价值观，积极参与社会公德、职业道德特别是家庭美德建设，以诚信为本，依法维护自身权益，做社会文化进步的推动者。
@H1 sec=other | 二、活动主题
聚灯塔巾帼英才，展妇女靓丽风采
@H1 sec=phases alt=other | 三、活动的时间
时间：2022年3月3日-3月8日
""",
    ),
    dict(
        name="fresh48_10_primary_school_three_year_development_plan",
        source="http://www.dxxx.wj.czedu.cn/html/article959569.html",
        doc_kind="plan", partial=True,
        title_override="唯真笃行，砥砺奋进——武进区戴溪小学三年主动发展规划（征求意见稿）",
        docx=dict(mode="headings", right=["（2017年9月——2020年6月）"], footer=True, blank_after=[3]),
        notes=["Word file: built-in Heading 1/2/3 (标题 1/2/3) on 一、 / 1. / （1） with typed numbers; the title is "
               "two centred paragraphs (main title and the '——' subtitle) and the plan period "
               "'（2017年9月——2020年6月）' is a RIGHT-ALIGNED date line below them; footer PAGE field.",
               "A primary school's three-year development plan, consultation draft (武进区戴溪小学), from the school's "
               "site. Title = main title + subtitle (title_lines 1-2); the period line 3 is not a title line, not a "
               "heading, and is the overall period of the plan (optional phase).",
               "'说明：…' (the note on the plan's four parts) is a run-in label heading (level 1, other, background "
               "accepted), cut at the colon. 一、现状分析 (background) > 1.发展优势 > （1）硬件建设有提升。 (three "
               "levels, all background). The page ends inside （1）'s body ('…添置了教师')."],
        units=[],
        extra_phases=[dict(at="（2017年9月——2020年6月）", name="规划期", start_text="2017年9月", end_text="2020年6月")],
        text="""\
@T | 唯真笃行，砥砺奋进
@T | ——武进区戴溪小学三年主动发展规划（征求意见稿）
（2017年9月——2020年6月）
@H1 sec=other alt=background | 说明：戴溪小学新一轮三年主动发展规划分四个部分：第一部分分析学校发展背景，即近三年的优势、问题、挑战和机遇；第二部分提出发展理念和目标，包括学校、教师和学生的发展目标；第三部分是发展的战略措施，即重点项目和统领课题；第四部分是制度、管理、资源和环境等保障体系。
常州市武进区戴溪小学创办于1906年，原名牖灵初等小学堂，三迁校址、数易校名，1998年迁至现址，2002年单列并改为现名。学校占地23395平方米，建筑面积7701平方米，绿化面积10022平方米，先后获常州市依法治校先进单位、武进区级文明单位、区和谐学校、区特色学校等称号。
为加快学校科学发展、提升办学水平，学校依据《常州市武进区戴溪小学章程》，在总结上一轮三年规划实施成效的基础上，结合实际制定本规划。
@H1 sec=background | 一、现状分析
@H2 | 1.发展优势
@H3 | （1）硬件建设有提升。
学校投入2000多万元新建王诤科技馆和体育活动中心，教室安装了智能交互一体机，电脑室、办公室和专用教室更新了电脑和智能讲台，添置了教师
""",
    ),
    dict(
        name="fresh48_11_town_central_school_autumn_opening_report",
        source="https://m.wenke99.com/p-7416128.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        docx=dict(mode="headings", lists={"一、": 0}, footer=True, blank_after=[1]),
        notes=["Word file: the 一、 heading is in the built-in Heading 1 style AND automatically numbered by a numPr on "
               "the paragraph itself (chineseCounting '%1、', suffix nothing; no typed number); centred title; footer "
               "PAGE field.",
               "A town central school's report on its autumn term opening (顺河中心学校), from a document-sharing page; the "
               "page's '范文仅供参考,自行编辑使用' line was dropped. The page runs the heading into its body "
               "('一、教师暑期集训扎实、紧凑8月16日，…'); the heading is its own paragraph here.",
               "The dates in the body (8月16日 筹备会, 8月22日 动员大会, 9月1日 开学) are events reported, not phases. "
               "Personal names (the principal, four speakers) were dropped. The page ends inside the body ('…角度作了')."],
        units=["顺河中心学校"],
        text="""\
@T | 中心学校秋季开学工作情况汇报
顺河中心学校20xx年秋季开学工作部署早、动作大、行动快、效果好。8月中下旬两次大范围强降雨引发洪水，多处交通中断，部分校舍出现新的安全隐患，中心学校果断采取措施组织开学：除少数学校的部分年级和部分村组暂缓开学外，其余学校克服困难，确保了9月1日正常开学。具体情况汇报如下：
@H1 sec=achievements | 一、教师暑期集训扎实、紧凑
8月16日，中心学校召开集训筹备会，由校长对集训的目的、内容、形式和大型活动作总体安排，并把集训工作方案发到各中小学。各校组织教师集中学习中小学教师职业道德规范和教育部关于加强和改进师德建设的意见，观看四川汶川地震先进教师事迹报告，对照标准评出本单位的师德标兵。
8月22日上午，全镇中小学校长、主任、书记、工会主席100多人参加动员大会，会上四位同志交流学校管理经验，分别谈书记怎样当好校长助手、教育教学管理、学校安全管理和小学后勤管理，从这些角度作了
""",
    ),
    dict(
        name="fresh48_12_rural_school_difficulties_report",
        source="https://xiexiebang.com/a11/2019051412/58b2cd3a9d9b3562.html",
        doc_kind="report", partial=True,
        docx=dict(mode="direct", fonts={1: ["黑体", False]}, lists={"1、": 0}, blank_after=[1]),
        notes=["Word file: the nine 1、-9、 lines are ONE automatic list (decimal '%1、', suffix nothing; no typed number) "
               "on Normal paragraphs; the 一、 heading typed, in 黑体 by direct formatting; centred title.",
               "A rural school's report to its superiors (市局, 镇中心校: they only give instructions, not units) on "
               "the difficulties it meets, first sample of a collection page; the collection blurb and '第一篇：' were "
               "dropped.",
               "一、办学条件急需改善： is the only heading (problems); the nine needs 1、-9、 are items (level 2, "
               "problems), each keeping its opening words. On the page '5、' follows '4、…光管照明。' on the same line "
               "after a stray comma, and item 8 is broken over two lines ('生源' / '逐年减少'); here each item is one "
               "paragraph. The page ends inside item 9 ('…看用哪种材料铺跑')."],
        units=[],
        text="""\
@T | 学校办学过程中存在的困难汇报
回顾过去的工作，我校在市局和镇中心校的领导下取得了一定成绩：已硬化校园四千多平方米，绿化一千多平方米，成形大树已有40棵，另有小树一批，校园面貌焕然一新。但校园面积较大，对照办学条件，办学中仍有不少问题：
@H1 sec=problems | 一、办学条件急需改善：
@I2 | 1、目前教师住宿在瓦房里，不够一人一间，环境差、条件苦，支教教师不愿前来，希望上级尽快建一幢职工周转房。
@I2 | 2、各功能室无，教室也不够，望上级尽快批建一幢综合楼。
@I2 | 3、各种实验器材、电教器材配备不足。
@I2 | 4、各教室光线不足，急需安装光管照明。
@I2 | 5、旧的那幢教学楼门已破损需更换，前窗还未安装。
@I2 | 6、学校厕所建于2004年10月，当时资金紧张，基础不牢，没有浇筑混凝土，现在墙体已出现裂缝。
@I2 | 7、绿化面积不断扩大，用水增多，现有水井已满足不了正常用水，急需另钻一口较大的地下水井，约需资金一万五千元。
@I2 | 8、校园面积大，待绿化、硬化的面积还多，加上生源逐年减少，按正常拨款建设见效慢，希望上级每年额外追加经费。
@I2 | 9、我校计划建440米的环形跑道，按标准建设拿不出那么多资金，请中心校领导出谋划策，看用哪种材料铺跑
""",
    ),
]

