# -*- coding: utf-8 -*-
"""The thirty-ninth held-out fresh set: 12 plans, schemes, activity plans,
summaries and reports AS A WRITER PASTES THEM FROM DOCUMENT-SHARING AND SAMPLE
SITES (文库 / 范文 / 写作 pages): the site's own lines that the page shows
around and inside the document (breadcrumbs, page titles, file-name blurbs,
upload and date lines, collection titles, sample numbers 篇一 / 篇1 / 方案1,
chunk markers, "此处隐藏" lines, "因篇幅问题…" and "请先登录" lines) are kept
as the page shows them and never labelled; the document itself is labelled
(title = the document's own title).  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is a source of an earlier set (see /work/fresh39/excluded_all.txt)
or of /work/fresh40, /work/fresh41 (built at the same time).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.
- Heading, title, item and site lines keep the source's numbering and
  wording.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；“” was restored in Chinese text, site lines included; ASCII is kept
  in times, dates, file names and bracketed site buttons.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH39_DOCS = [
    dict(
        name="fresh39_01_art_dept_party_branch_study_plan",
        source="http://m.jiyifa.cn/view.php?aid=87184",
        doc_kind="plan", partial=True,
        notes=["A college art department's party branch plan for its staff members' political study in the first half "
               "of 2014, from a sample site (逍遥右脑). The page shows no title line, only the site's author and posting "
               "line '逍遥右脑 2014-04-11 14:20' (kept, never labelled); title is null.",
               "一、指导思想 guidance, 二、组织领导 responsibilities (the branch leader's name was dropped from the body), "
               "三、学习主题与内容 goals with six 1、 lines labelled items (study topics, tasks). Item 3 keeps the page's "
               "space after '3、'; item 4 keeps the site's inserted keyword '学习计划' inside the activity's name "
               "('三亮· 学习计划；三创·三化'), as the page shows it. The page ends inside item 6 ('…交')."],
        units=["艺术系党支部", "政治学习领导小组"],
        text="""\
逍遥右脑 2014-04-11 14:20
2014年是我院继续落实科学发展观、保持良好发展势头的重要一年。为提高党员干部和教职工的理论素养与履职能力，把艺术系党支部建成政治过硬、业务熟练、作风优良的团队，依据学院党委《2014年下学期全院教职工思想政治学习安排意见》，结合支部实际，制定2014年上半年艺术系党支部教工党员政治学习计划。
@H1 sec=guidance | 一、指导思想
坚持中国特色社会主义理论体系的指导，深入学习实践科学发展观，扎实开展创先争优；围绕建设特色鲜明的应用型本科院校，加强内涵建设，迎接本科教学工作水平评估和学位评估，用最新理论成果武装教职工头脑，为培养高素质应用型人才、构建和谐文明校园作出贡献。
@H1 sec=responsibilities | 二、组织领导
在学院党委统一领导下，由艺术系党支部制定并组织落实本支部政治学习计划，成立以支部书记为组长的政治学习领导小组。
@H1 sec=goals alt=measures | 三、学习主题与内容
@I2 | 1、学习xx董事长、xx书记、xxx院长在2014年年初全院教职工大会讲话精神
@I2 | 2、讨论2014年党总支工作计划、2014年上半年教职工政治学习计划；
@I2 | 3、 学习主题的选定要紧密围绕贯彻落实“十二五”规划纲要、2014年全国“两会”和教育工作会议精神、学院的重大决策等。
@I2 text=4、开展“三亮·~学习计划；三创·三化——为民服务创先争优”活动 | 4、开展“三亮· 学习计划；三创·三化——为民服务创先争优”活动；
@I2 | 5、业务学习（教学管理工作专题会议）；
@I2 | 6、开展“学人民的好儿女、做人民的好儿女”交
""",
    ),
    dict(
        name="fresh39_02_jinjiang_city_education_opinions",
        source="https://meizhang.com/yijian/jiaoyugongzuoyijian/544745.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A city's annual education work opinions (晋江市教育意见, for 2010), a 工作要点-like plan, on a sample "
               "site (美章网). Kept as the page shows them and never labelled: the breadcrumb '美章网 资料文库 "
               "晋江市教育意见范文', the page title '晋江市教育意见范文' and the site blurb '本站小编为你精心准备了…'. The "
               "document's own title line is '晋江市教育意见' (title).",
               "二、工作原则 holds four 'label：body' principles '1、以人为本：必须…', cut at the colon, level 2, kind "
               "guidance (inherited). No units are named (the writer is the city's education bureau, unnamed). The page "
               "ends inside principle 4."],
        units=[],
        text="""\
美章网 资料文库 晋江市教育意见范文
晋江市教育意见范文
本站小编为你精心准备了晋江市教育意见参考范文，愿这些范文能点燃您思维的火花，激发您的写作灵感。欢迎深入阅读并收藏。
@T | 晋江市教育意见
@H1 sec=guidance | 一、指导思想
2010年既是完成“十一五”教育规划的冲刺之年，也是谋划“十二五”教育规划的关键之年。全市教育工作以“三个代表”重要思想和科学发展观为指导，围绕建设教育强市，推动从“有学上”向“上好学”转变，在优先、内涵、均衡和可持续发展四方面推进教育科学发展，为晋江经济社会发展提供人才和智力支撑。
@H1 sec=guidance | 二、工作原则
@H2 | 1、以人为本：以学生健康成长为根本，切实减轻课业负担；关注教师的心理健康、幸福感和专业成长，以教师发展带动学生成长和学校发展；多为群众办实事，解决群众普遍关注的热点难点。
@H2 | 2、依法治教：增强依法行政意识，健全依法、科学、民主的教育决策机制，改进宏观管理和服务，依规执行会议和文件精神，杜绝各行其是。
@H2 | 3、质量至上：更全面地界定教育质量的评价标准，加强学校文化建设，遵循学生成长和教育教学规律培养人才，提升学校核心竞争力。
@H2 | 4、增效减负：推动机关转变职能，改进作风和方法，加强调查研究、综合协调、公文审核和督查督办，精简会议和文件，严格控制检查评
""",
    ),
    dict(
        name="fresh39_03_culture_brand_selection_scheme",
        source="https://seojieda.com/shiyongwen/gongzuofangan/656.html",
        doc_kind="scheme", partial=True,
        notes=["The first sample of a collection page ('有关工作方案模板汇总5篇'): a city's scheme for selecting "
               "township, subdistrict, village and community cultural brand activities (the city's name is left out in "
               "the source: '市“文化名市”发展战略'). The collection title and the site blurb are kept as lines; the sample "
               "number '工作方案 篇1' is glued to the start of the first body paragraph, as the page shows it (not "
               "labelled). The sample has no title line of its own, so title is null.",
               "评选目的 goals (guidance accepted), 评选范围 other (the objects of the selection), 评选时间 phases (other "
               "accepted); the overall period '20xx年至20xx年' is an optional phase.",
               "The body under 三、 runs into the site's paywall marker '……此处隐藏4926个字……' and, after it, the tail "
               "of another sample (a tree-planting scheme: '…业局牵头…'), all on one line as the page shows it; nothing "
               "after it is labelled. The page's next line, '2、区总工会牵头…', belongs to that other sample and was left "
               "out (end of the document)."],
        units=[],
        extra_phases=[
            dict(name="评选时间", start_text="20xx年", end_text="20xx年", at="20xx年至20xx年", optional=True),
        ],
        text="""\
有关工作方案模板汇总5篇
为了确保工作或事情有序地进行，通常需要预先制定一份完整的方案，方案是综合考量事情或问题相关的因素后所制定的书面计划。那要怎么制定科学的方案呢？以下是小编为大家整理的工作方案5篇，仅供参考，欢迎大家阅读。
工作方案 篇1为推进市“文化名市”发展战略，弘扬社会主义核心价值观，开展“去极端化”宣传教育，丰富城乡群众文化生活，推动“一乡（街道）一品牌、一村（社区）一特色”文化品牌活动创建，结合市实际，制定本实施方案。
@H1 sec=goals alt=guidance | 一、评选目的
调动乡镇、街道、村、社区发展文化事业的积极性，打造有地方特色、群众广泛参与的文化品牌活动；以“展特色文化，创品牌活动，炫风采”为主题，多角度展示全市文化发展成果和地域人文风貌。
@H1 sec=other | 二、评选范围
全市各乡镇、街道、村、社区举办的、具有本地特色和传统优势的主题文化品牌活动。
@H1 sec=phases alt=other | 三、评选时间
本项工作在20xx年至20xx年开展，用三年时间打造各级特色文化品牌活动，每年9月底按比例申报， ……此处隐藏4926个字……业局牵头协调认种树木活动，在区政中心旁落实植树造林用地，提供适宜苗木的种类和参考价格，并为有需要的单位或个人代购苗木。
""",
    ),
    dict(
        name="fresh39_04_subdistrict_sanitation_rectification_scheme",
        source="https://m.wnwk.com/doc/564375.html",
        doc_kind="scheme", partial=True,
        notes=["A subdistrict's scheme for an environmental-sanitation rectification (the subdistrict and its city are "
               "masked 'xx' in the source), on a document-sharing site (万念文库). Kept as the page shows them and never "
               "labelled: the '收藏 分享（赏）' bar, the file name, the uploader line (uploader masked by the site, document "
               "number, upload date, format, pages, size), '下载 相关 举报', the three page-image captions "
               "'….docx_第1页' with their '第1页 / 共3页' counters, the '亲，该文档总共3页…' line, '资源描述', and the "
               "site's chunk marker '2、' opening a line in the middle of a sentence ('2、营造全街上下…').",
               "The document's title line carries the site's chunk marker '1、' glued to it ('1、街道环境卫生整治工作方案'); "
               "the title is set without it. The page runs the text together; it was split at the headings and the 1、 "
               "task lines.",
               "三、主要内容 is the rectification content (goals, measures accepted) with five task lines '1、清理…。' "
               "labelled items; 四、整治措施 measures. The page ends inside 四、 ('…落实责任、')."],
        units=[],
        title_override="街道环境卫生整治工作方案",
        text="""\
收藏 分享（赏）
2023年街道环境卫生整治工作方案.docx
上传人：g****t 文档编号：564375 上传时间：2023-04-10 格式：DOCX 页数：3 大小：16.16KB
下载 相关 举报
2023年街道环境卫生整治工作方案.docx_第1页
第1页 / 共3页
2023年街道环境卫生整治工作方案.docx_第2页
第2页 / 共3页
2023年街道环境卫生整治工作方案.docx_第3页
第3页 / 共3页
亲，该文档总共3页，全部预览完了，如果喜欢就下载吧！
资源描述
@T | 1、街道环境卫生整治工作方案
为落实市委、市政府的指示精神，解决xx街道环境卫生方面的问题，按照创造整洁优美环境的总体要求，结合本街实际，制定如下方案：
@H1 sec=guidance | 一、指导思想
落实省、xx市确定的11项专项整治任务和xx市确定的12项专项整治任务，以提高人居环境质量、构建和谐社会为目标，发动各方力量深入开展本街环境卫生专项整治，努力营造清新、整洁、优美的城市环境。
@H1 sec=goals | 二、工作目标
通过专项整治，集中解决影响群众生产生活的脏、乱、差问题，健全长效机制，提高本街环境卫生管理水平，实现市区环境长治久洁；进一步增强群众自觉维护市容环境卫生的意识，
2、营造全街上下共建美好家园的氛围，提升本街整体形象。
@H1 sec=goals alt=measures | 三、主要内容
@I2 | 1、清理城中村、城乡结合部、环路两侧、我街三个出口延伸。
@I2 | 2、清理村路两侧秸秆堆放及粪堆集中管理。
@I2 | 3、集中整治我街公共场所卫生环境，消除卫生死角。
@I2 | 4、整治城中村家禽，以户为单位集中饲养。
@I2 | 5、清理无物业居民小区各类垃圾及楼道内堆放物，清理居民楼道野广告及其他张贴物。
@H1 sec=measures | 四、整治措施
组织力量集中清运城中村、城乡结合部和三个出城口延伸段的垃圾，彻底清查巷道里的临时垃圾，落实责任、
""",
    ),
    dict(
        name="fresh39_05_town_clean_homes_action_scheme",
        source="https://max.book118.com/html/2026/0316/8133115142010053.shtm",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A town's (name masked '某某镇') annual scheme for its '清洁家园行动' (rural environmental clean-up), on "
               "原创力文档 (max.book118.com). Kept and never labelled: the page's counters '0', '0', '约1.98千字', '约 4页', "
               "the posting line '2026-03-17 发布于浙江', '举报', the Word field-code residue '第PAGE3页共NUMPAGES3页', the "
               "file title shown twice ('清洁家园(jiāyuán)工作方案(fāngàn)'), and the closing '原创力文档', '文档评论（0）'.",
               "The conversion's pinyin annotations ('(jiāyuán)', '(qīngjié)') and its closing quote '〞' are kept where "
               "the page shows them, in ASCII brackets; the document's title line is '某某镇“清洁(qīngjié)家园行动〞工作方案' "
               "and the title is set without the pinyin. Other conversion substitutions ('根底', '广阔人民群众', '播送') "
               "fell in body text that was rewritten.",
               "Two task areas '一、加大宣传力度，号召人人参与环卫工作' and '二、加强整治力度，全面提升整治水平' (goals, "
               "measures accepted); its body opens with '首先整治范围要不断向纵深方向推进。…' (line-initial discourse marker: an item at level 2, kind inherited) and runs on with 其次…第三…第四 inside the line, not labelled. The page ends inside 二、 "
               "('…做到有钱')."],
        units=[],
        title_override="某某镇“清洁家园行动〞工作方案",
        text="""\
0
0
约1.98千字
约 4页
2026-03-17 发布于浙江
举报
第PAGE3页共NUMPAGES3页
清洁家园(jiāyuán)工作方案(fāngàn)
清洁家园(jiāyuán)工作方案(fāngàn)
@T | 某某镇“清洁(qīngjié)家园行动〞工作方案
为落实市委、市政府关于农村环境综合治理的部署，进一步做好我镇“清洁家园行动〞工作，制定我镇“清洁家园行动〞年度工作方案如下：
@H1 sec=goals alt=measures | 一、加大宣传力度，号召人人参与环卫工作
通过横幅、标语、宣传栏、广播、传单等多种方式，广泛宣传开展农村“清洁家园行动〞的重要性和必要性，提高群众的环境卫生意识，使大家自觉遵守环卫规定、养成良好卫生习惯，从源头上杜绝污染。
@H1 sec=goals alt=measures | 二、加强整治力度，全面提升整治水平
@I2 | 首先整治范围要不断向纵深方向推进。在镇政府所在地、行政村所在地和主要村道的基础上，延伸到所有村庄的房前屋后、乡村小道、溪河沟渠和“卫生死角〞“卫生盲区〞，实现农村垃圾整治全覆盖。其次，整治标准要不断提高，严格按照“农村清洁家园行动〞验收标准和城市卫生管理标准治理。第三，环卫设施要继续完善，损坏的垃圾池及时修缮，不足的增设，不合理的拆除重建。第四，要全面形成垃圾治理长效机制，多渠道筹集资金，开展群众垃圾处理费征收工作，做到有钱
原创力文档
文档评论（0）
""",
    ),
    dict(
        name="fresh39_06_kindergarten_spring_outing_activity",
        source="https://m.stra.cn/wenku/cvvg/86KKxnNe6k",
        doc_kind="activity_plan", partial=True,
        notes=["A kindergarten's spring-outing plan for its middle classes on a 文库-style page: the location line "
               "'您的当前位置：首页正文', the posting line '2021-12-09 来源：星星旅游' (after the title) and the closing "
               "'因篇幅问题不能全部显示，请点此查看更多更全内容' are kept and never labelled.",
               "Label headings '一、活动目标：' … '六、活动安排：'; 二、 三、 四、 carry their value on the line (not cut). "
               "The page's spaces are kept ('三、活动时间： 20xx年3月28日', '四、 活动地点'). 活动时间 is an optional "
               "overall phase; the three timed rows under 六、活动安排 (unnumbered body lines, '8:30――9:30') are the time "
               "slots of a one-day programme, optional phases. 五、活动准备 measures (other accepted) with 1、 items."],
        units=["中班年级组"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年3月28日", end_text=None, at="三、活动时间", optional=True),
            dict(name="到乐安公园集中", start_text="8:30", end_text=None, at="到乐安公园集中", optional=True),
            dict(name="爬小山，观赏风景，了解农作物", start_text="8:30", end_text="9:30", at="爬小山", optional=True),
            dict(name="步行回乐安公园，幼儿吃点心，做游戏", start_text="9:30", end_text="10:30", at="步行回乐安公园", optional=True),
        ],
        text="""\
您的当前位置：首页正文
@T | 幼儿园春游活动方案
2021-12-09 来源：星星旅游
@H1 sec=goals alt=guidance | 一、活动目标：
春暖花开，大自然的景色变化很大。中班年级组将到乐安公园附近的小山踏青，让孩子们感受自然之美，激发亲近和热爱大自然的情感。
@H1 sec=other | 二、活动对象：全体中班年级幼儿
@H1 sec=phases alt=other | 三、活动时间： 20xx年3月28日（周四）
@H1 sec=other | 四、 活动地点：乐安公园附近小山
@H1 sec=measures alt=other | 五、活动准备：
@I2 | 1、为幼儿准备适量点心，水果、饮用水。
@I2 | 2、请家长为幼儿准备双肩背包、少量零食、湿纸巾、垃圾袋。
@I2 | 3、请家长给幼儿穿园服、运动鞋；协助做好幼儿外出活动的安全工作。
@H1 sec=phases | 六、活动安排：
8:30 到乐安公园集中 。 （不要迟到）
8:30――9:30爬小山，观赏风景，了解农作物。
9:30――10:30步行回乐安公园，幼儿吃点心，做游戏。
因篇幅问题不能全部显示，请点此查看更多更全内容
""",
    ),
    dict(
        name="fresh39_07_kindergarten_mid_autumn_activity",
        source="https://208gj.com/fanwenmoban/huodongfangan/16644.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page ('幼儿园中秋节活动方案（通用15篇）'): a kindergarten's parent-child "
               "Mid-Autumn party. Kept and never labelled: the page title, the posting line '时间：2022-11-06 10:16:28', "
               "the collection title, the site blurb, the sample numbers '幼儿园中秋节活动方案1' and "
               "'幼儿园中秋节活动方案2', the paywall line '活动 ……此处隐藏15786个字……' that runs into the tail of a later "
               "sample, and that sample's closing row '17:40活动结束…'. The sample has no title line of its own (the "
               "sample-number line is the site's), so title is null. The page goes on with sample 15, left out.",
               "Unnumbered label headings: '活动目标：' (goals, guidance accepted) and '活动过程：' (phases) over 1、 items; "
               "'活动名称：…', '活动地点：…' (other) and '活动时间：…' (phases, other accepted; an optional overall phase) "
               "carry their values. Item 1 keeps the page's glued '介绍节日向幼儿介绍…'."],
        units=["博xx柳树幼儿园"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年9月14日", end_text=None, at="活动时间：20xx年9月14日", optional=True),
        ],
        text="""\
幼儿园中秋节活动方案
时间：2022-11-06 10:16:28
幼儿园中秋节活动方案（通用15篇）
为了保障事情或工作顺利、圆满进行，往往需要预先制定好方案，方案属于计划类文书的一种。方案要怎么制定呢？以下是小编精心整理的幼儿园中秋节活动方案，仅供参考，大家一起来看看吧。
幼儿园中秋节活动方案1
中秋佳节又要到了，与其在家重复往年的过节方式，不如带上宝宝来幼儿园过一个特别而有意义的中秋。博xx柳树幼儿园为您准备了一个不一样的传统佳节！
@H1 sec=goals alt=guidance | 活动目标：
@I2 | 1、通过活动，让幼儿初步了解中秋节的来历，知道中秋节是我国传统的团圆节。
@I2 | 2、体验与小朋友、家长一起过节的快乐。
@I2 | 3、幼儿通过跟家长一起制做月饼、听故事、品月饼、玩亲子游戏等一系列的活动感受中秋节的氛围，享受亲子活动的乐趣，培养家长与孩子之间的亲情！
@H1 sec=other | 活动名称：博xx柳树幼儿园中秋节亲子聚会
@H1 sec=other | 活动地点：日照博xx柳树幼儿园
@H1 sec=phases alt=other | 活动时间：20xx年9月14日 上午9:00开始
@H1 sec=phases | 活动过程：
@I2 | 1、介绍节日向幼儿介绍有关中秋节的来历，让幼儿知道农历8月15日是中秋节。
@I2 | 2、故事欣赏《中秋节的来历》
@I2 | 3、和爸爸妈妈一起做月饼。
@I2 | 4、亲子游戏。
@I2 | 5、品尝亲手制作的月饼。
幼儿园中秋节活动方案2
活动 ……此处隐藏15786个字……家长可与幼儿一起享用自助餐，同时播放照片，让家长看看孩子9月在园的生活；餐后发放中秋节礼物。
17:40活动结束，欢送家长幼儿离园。
""",
    ),
    dict(
        name="fresh39_08_community_civilised_city_2021_summary",
        source="https://m.wenke99.com/p-5839657.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A community's (红山街道42社区, 石河子) 2021 summary of its civilised-city work, the first sample ('篇一') of "
               "a document-sharing file whose file title does not match it ('幼儿园创城总结-总结'). The file title line and "
               "the sample line '篇一：42社区2021年创城工作总结' are kept and never labelled; the document's own title is "
               "the next line, '42社区创建全国文明城市工作总结'.",
               "The page's conversion substitutions are kept in headings and the title wording ('基本状况', '扩大宣扬'). "
               "一、基本状况 holds what was done (achievements; background accepted for a 基本情况 heading); its 1、 2、 are "
               "run-in headings '1、加强领导，明确任务。…'. The page ends inside 2、 ('一是坚持“'); the 一是 inside the line "
               "is not labelled."],
        units=["42社区", "创建工作领导小组"],
        text="""\
幼儿园创城总结-总结
篇一：42社区2021年创城工作总结
@T | 42社区创建全国文明城市工作总结
2021年石河子创建全国文明城市，红山街道42社区全体工作人员和居民由此开始提升小区文明程度、改变环境面貌、营造文明和谐氛围。一年来，在居民支持和参与下，社区创城工作取得了可喜收获，现将创建工作状况总结如下：
@H1 sec=achievements alt=background | 一、基本状况
@H2 | 1、加强领导，明确任务。5月19日下午，社区召开创建全国文明城市动员会，工作人员、居民代表和楼栋长60余人参加；会上成立创建工作领导小组，确定创建方案，把创城列入全年重点工作。社区还依托网格化管理，把任务落实到网格、分解到个人，联系党员、居民代表和志愿者共同参与，形成合力。
@H2 | 2、扩大宣扬，营造氛围。42社区在创城宣扬上，一是坚持“
""",
    ),
    dict(
        name="fresh39_09_township_benchmarking_activity_summary",
        source="http://gwxt.net/forum.php?action=printable&mod=viewthread&tid=9590",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's summary of its '友镇立标、发展对标' benchmarking activity, from the printable view of a "
               "公文 forum thread (公文学堂). Kept and never labelled: the forum name line, the print header "
               "'标题： … [打印本页]', the author and time line, and the post's own '标题： …' line; the document's "
               "title line follows them (title).",
               "三、立标对标成绩显著 holds two paragraphs opening with '一是…' / '二是…' (what was learned from each "
               "partner township), labelled items at level 2. Under 二、 the page breaks a sentence over two lines "
               "('…建立' / '起了互助合作关系。'), kept. The page ends inside the second 是 paragraph ('…种植了300')."],
        units=["乡党委、政府"],
        text="""\
公文学堂
标题： 乡镇开展友镇立标、发展对标活动工作总结 [打印本页]
作者： 公文学堂 时间： 2018-4-11 16:13
标题： 乡镇开展友镇立标、发展对标活动工作总结
@T | 乡镇开展友镇立标、发展对标活动工作总结
为跳出“洼地”思维、创新发展理念，借鉴对标乡镇的先进经验，推动我乡经济社会全面发展，根据XX县人民政府办公室《关于开展“友镇立标、发展对标”活动的通知》（XX府办发﹝2017﹞33号）精神，我乡结合实际开展了“友镇立标、发展对标”活动，现将开展情况总结如下：
@H1 sec=achievements | 一、科学选择对标乡镇
综合考虑我乡区位、资源、人口、面积和发展定位，经与对方协商，确定开州区义和镇、万源市花萼乡为我乡的对标乡镇。
@H1 sec=achievements | 二、主动联谊对标乡镇
乡党委、政府主动与友镇对接。2017年，我乡组织村组干部和机关干部赴开州区义和镇、万源市花萼乡考察，学习其创新发展经验，并与两地建立
起了互助合作关系。
@H1 sec=achievements | 三、立标对标成绩显著
@I2 | 一是开州区义和镇的考察中，我乡着重从环境整治网格管理上学习。我乡借鉴其划片包干责任制和网格化管理，用于本乡环境整治，基本实现“干净、整洁、有序”的目标和环境整治常态化长效化，受到市、县及有关单位表扬。
@I2 | 二是万源市花萼乡的考察中，我乡着重从产业发展上学习。我乡考察了当地“道地药材种植示范基地”的药木瓜、玄参、重楼白芨等中药材基地；在青（红）脆李长期产业之外，又组织村组干部到宣汉县龙昌中药材有限公司考察，选定丹参作为蚂蟥沟村今年的短平快产业，按贫困户户均不少于1亩的标准种植了300
""",
    ),
    dict(
        name="fresh39_10_subdistrict_community_assets_scheme",
        source="https://duzhishi.com/fanwen/fanwendaquan/724/724089.html",
        doc_kind="scheme", partial=True,
        notes=["The first sample of a collection page ('实施方案最新10篇'): a subdistrict office's scheme for managing "
               "its communities' collective funds, assets and resources ('三资'). The collection title, the site blurb and "
               "the sample number line '实施方案 1' are kept and never labelled; the sample has no title line of its own, so "
               "title is null.",
               "二、组织领导 ends in '组成人员如下：' with no names on the page (kept as the page shows it). Under 三、工作任务 "
               "the four tasks run on one line '一是清理“三资”现状。…二是…三是…四是…'; the line is a run-in heading at "
               "level 2 (its 一是 is line-initial), the later 是 markers are inside the line and not labelled.",
               "四、实施步骤 (phases) holds the dated phase '1、宣传发动阶段（11月18日至11月23日）' (level 2) with two run-in "
               "'一是…' / '二是…' headings at level 3 under it (kind inherited). The page ends inside the second ('…制定具体"
               "工作方')."],
        units=["社区“三资”管理工作领导小组", "社区居委会"],
        text="""\
实施方案最新10篇
为有力保证事情或工作开展的水平质量，就需要我们事先制定方案，方案属于计划类文书的一种。那么优秀的方案是什么样的呢？
实施方案 1
为加强社区居委会“三资”管理，推进党风廉政建设，优化经济和社会发展环境，根据上级指示精神，特制定如下方案：
@H1 sec=goals | 一、工作目标
通过强化社区“三资”管理、开展全面清理，摸清“三资”家底，遏制苗头性、倾向性问题，找出监管薄弱环节；完善一套账簿、规范一些行为、查处一批典型、健全一套制度，建立“三资”监管长效机制，推动党风廉政建设迈上新台阶。
@H1 sec=responsibilities | 二、组织领导
为加强社区“三资”管理工作，办事处成立社区“三资”管理工作领导小组，组成人员如下：
@H1 sec=goals | 三、工作任务
以20xx年“三资”运行情况为重点全面清理，遇到特殊问题向前追溯，直到查清查实。具体任务为：
@H2 | 一是清理“三资”现状。做好截至20xx年底固定资产、资源性资产和各类承包合同等台账的登记更新，规范档案管理。二是规范“三资”管理行为，做到收支、借贷和资产资源处置公开、公平、公正。三是完善财务管理制度，使“三资”管理有章可循、有法可依。四是加强民主监督，做好民主理财和财务公开，保障群众的知情权、参与权和监督权。
@H1 sec=phases | 四、实施步骤
@H2 phase=宣传发动阶段;11月18日;11月23日 | 1、宣传发动阶段（11月18日至11月23日）
@H3 | 一是开好“一个会议”。各社区居委会召开一次由居委会成员、党员代表和居民代表参加的会议，讲清强化“三资”管理的意义、重点内容、实施步骤和纪律要求，为工作开展打好基础。
@H3 | 二是制定一个具体工作方案。根据工作要求和实施方案，结合本地实际，听取社区党员干部意见，制定具体工作方
""",
    ),
    dict(
        name="fresh39_11_township_civilised_city_work_report",
        source="https://bobulaisi.com/gongzuohuibao/39294.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A township's report on its civilised-city work on a 范文 site. The page opens with the site's "
               "description: the title, the first sentences of the document (with '一、工作进展情况：' inside the line, "
               "not labelled) cut off mid-word ('共开展宣') and run into '下面是小编为大家整理的…供大家参考。'; kept as one "
               "line and never labelled (its copied text follows our rewritten opening). The document's title line comes "
               "after it.",
               "一、工作进展情况 achievements; 二、存在的问题 problems with three run-in '一是调研不够深入。…' headings at "
               "level 2; 三、下一步工作计划 next_steps with one run-in '一是…' heading; the page ends inside it "
               "('…开'). No units are named ('我乡')."],
        units=[],
        text="""\
乡镇创城工作汇报接到创城通知后，我乡当即确定专人负责此项工作。现将我乡创城工作进展情况汇报如下：一、工作进展情况：全乡在显眼位置设置公益广告200余处，做到抬眼可见、举足即观；共开展宣下面是小编为大家整理的乡镇创城工作汇报范本（范文推荐），供大家参考。
@T | 乡镇创城工作汇报
接到创城通知后，我乡当即确定专人负责此项工作。现将我乡创城工作进展情况汇报如下：
@H1 sec=achievements | 一、工作进展情况：
全乡在显眼位置设置公益广告200余处，做到抬眼可见、举足即观；开展宣传文化和党员教育活动6次。36个村文化站都有固定场所和明显标识，按要求设置了文明乡风、移风易俗宣传橱窗。主要街道人车各行其道，垃圾分类收集，设垃圾箱63个、垃圾桶556个；无障碍公共卫生间已建成开放。各村环境整洁，均建有文化广场和健身广场，村规民约及红白理事会组织、章程上墙。
@H1 sec=problems | 二、存在的问题
@H2 | 一是调研不够深入。有的具体矛盾没有及时调解，部分村职能和责任意识不强，工作主动性、创造力不足。
@H2 | 二是宣传力度有待提高，创建的参与面与覆盖面不够广泛。镇区和农村集市仍有占道经营、车辆乱停、环境较差等现象，群众参与创建的意识和热情有待提高。
@H2 | 三是长效管理机制有待强化。各项规章制度还需补充完善，责任区检查、考核、激励等办法和标准有待建立，以巩固提高创建成果。
@H1 sec=next_steps | 三、下一步工作计划
@H2 | 一是继续推进“城乡环卫一体化”工作深入发展。这项民心工程已建立长效运行机制和规章制度，明年将依照已建立的规章制度开
""",
    ),
    dict(
        name="fresh39_12_town_clean_campaign_progress_report",
        source="https://www.fanwenq.com/UserLookArticle.asp?ArticleID=4285ea3d6f2c3685",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A town's report on the progress of its '百日大会战' clean-town-and-country campaign, shown on a 范文 site "
               "as a preview. Kept and never labelled: '返回', the page title line (the title repeated above the "
               "document's own title line), the posting line '时间：2009-1-10 8:32:28  [下载该文章]  [会员注册]' (ASCII "
               "time and buttons, double spaces as shown), and the closing '请先登录', '>', '相关推荐'.",
               "The preview shows the text as one block with the heading glued to its body ('一、建设情况为顺利推进…', "
               "'二、宣传发动情况“清洁城乡”活动主战场…'); it was split at the headings but each heading stays glued to its "
               "body, and the heading texts are set by hand. The opening keeps the page's odd '镇人民自开展…'. The preview "
               "ends with '一是...' (the site's ellipsis), kept inside the last line (not labelled)."],
        units=["“清洁城乡”活动领导小组", "镇清洁办"],
        text="""\
返回
乡镇“百日大会战”清洁城乡活动进展工作情况汇报
@T | 乡镇“百日大会战”清洁城乡活动进展工作情况汇报
时间：2009-1-10 8:32:28  [下载该文章]  [会员注册]
镇人民自开展“清洁城乡”活动以来，我镇在市清洁办指导和全镇群众支持配合下，以“百日大会战”为载体，以健全保洁长效机制为目标，以集中整治为重点，治理脏乱差、建设洁齐美，镇容村貌明显改观。现将前一阶段总结汇报如下：
@H1 sec=achievements text=一、建设情况 | 一、建设情况为推进此项工作，我镇成立了以镇长为组长的“清洁城乡”活动领导小组，下设办公室和督查组；16个村作为实施主体也建立了领导小组，由支部书记和村主任负责，分工明确、层层落实。镇清洁办制定了《镇“清洁城乡”三年工作计划（2008-2010）》和《2008年主要工作任务》，以文件形式把2008年的任务分解到各村各单位。
@H1 sec=achievements text=二、宣传发动情况 | 二、宣传发动情况“清洁城乡”活动的主战场在农村，依靠的是农村基层组织和干部，主力军是广大农民。为发动全镇群众参与，我镇采取了四项措施：一是...
请先登录
>
相关推荐
""",
    ),
]
