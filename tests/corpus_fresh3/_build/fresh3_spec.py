# -*- coding: utf-8 -*-
"""The third held-out fresh set: real Chinese work plans, schemes, activity
plans, summaries, a report and a speech, found as stored public web pages with
the `search` tool's `pages` corpus.  None of the source pages is a source of
shared/corpus-dev, tests/corpus_fresh or tests/corpus_fresh2.  HELD OUT: never
tune an importer on these documents; score totals only.

Derived exactly like shared/corpus-dev, tests/corpus_fresh and
tests/corpus_fresh2 (see their READMEs):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, download notices, site blurbs, publishing metadata,
  collection titles and sample numbers) was dropped; debris that a user pasting
  from the page would get along (viewer captions, chunk markers, page numbers,
  elision marks, garbled characters) is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width punctuation
  （）：，；！ was restored, except where a document's notes say otherwise.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source (x, xx, X, XX, 20xx, 20__, *) are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows (sentence ends and numbering
  markers); where the store had lost the break between a heading and the text
  after it, that is kept and the heading text is given explicitly.

Marker syntax: see build.py (identical to shared/corpus-dev/_build).
"""

FRESH3_DOCS = [
    # ------------------------------------------------------------------ plans
    dict(
        name="fresh3_01_school_community_three_year_plan",
        source="https://xiexiebang.com/a2/2019051213/f74bfbbd147dcd89.html",
        doc_kind="plan", partial=True,
        title_override="龙泉小学、党山小学“教育发展共同体”三年工作规划（2017—2020）",
        notes=["Two primary schools' three-year plan for their education community, the first sample of a collection "
               "page (the sample label '第一篇：' was dropped). Four title lines: the page's short title (line 1) and "
               "the document's own three-line title (schools / name / period); the title is the document's own, lines "
               "2-4 joined. The lead-in names a third school (朱里街道河滩小学) and the last heading a different period "
               "(2014至2017); both kept as the page has them.",
               "The structure is disordered as on the page: '（一）总体发展目标' with its body comes before '一、工作目标' "
               "(labelled level 2 with level 1 accepted, its parent absent); '一、工作目标' is bare; the next line reads "
               "'二、（一）共同体总体发展目标' (a stray '二、' glued before （一）); it is labelled as the （一） under 一、 "
               "(level 2, level 1 accepted) with the literal numbering '二、（一）'. The key-value line "
               "'一个理念：…五种机制：…' is kept as the page has it and is body."],
        units=["龙泉小学", "党山小学"],
        text="""\
@T | 龙泉党山学校共同体发展三年规划
@T | 龙泉小学、党山小学
@T | “教育发展共同体”三年工作规划
@T | （2017—2020）
依据市教育局“进一步加强共同体建设，促进教育优质均衡发展的意见”，为带动共同体各校共同进步、推动教改和素质教育、加强校际交流与互补，制定朱里街道河滩小学小学共同体三年发展规划。
@H2 lvlalt=1 sec=goals | （一）总体发展目标
依托基地校和共同体，组织协作校开展多层次的教研、培训和科研交流，全面提升教师的专业素养和专业化水平。
@H1 sec=goals | 一、工作目标
@H2 lvlalt=1 num=二、（一） | 二、（一）共同体总体发展目标
坚持“一体打造，共同发展”，逐步实现两校办学特色化、师资优秀化、教学优质化、学生发展全面化，总体目标概括为“一个理念、三项原则、四个发展、五种机制”：
一个理念：文化引领、品牌立身、共享共赢、和谐发展 三项原则：资源共享原则、优势互补原则、深度整合原则 四个发展：均衡发展、内涵发展、特色发展、和谐发展 五种机制：共同体发展一体化、制度建设机制化、交流体验经常化、课堂研究内涵化、教育资源开放化
@H2 alt=measures | （二）共同体三年发展总体规划
结合共同体现状，从三方面切入：第一，借助专业引领培育教师发展文化；第二，打造共同体名师团队，形成集群辐射；第三，以“快乐教育”为载体培养有品位、有内涵的少年，形成鲜明的办学特色。
@H2 | （三）2014至2017年三年年度目标
力争经过努力，分步实现有梯次的三年目标。
""",
    ),
    dict(
        name="fresh3_02_community_five_type_plan",
        source="https://www.igbc.cn/wenku/rsvbv/e2dVWLo96x",
        doc_kind="plan", partial=True, title_override="永康社区创建“五型”社区工作计划",
        notes=["A community's 2007 plan for creating a “five-type” community, from a document-sharing site. The page shows "
               "the site's title (with the closing quote missing: '“五型社区工作计划') above the document's own title; "
               "both are title lines, the title is the second.",
               "The visible part is the steps only: two stages '第一阶段：…（2007年3月1日--3月20日）' and "
               "'第二阶段：…（2007年3月21日---11月20日）' (level 1, phases, with their dates), each with 1、2、3、 run-in "
               "task headings (level 2). Dashes as the page has them ('--', '---'). The page number '1' of the source "
               "PDF sits on its own line inside the word '五型' (line 10); kept, not labelled."],
        units=["永康社区", "社区党支部"],
        text="""\
@T | 永康社区创建“五型社区工作计划
@T | 永康社区创建“五型”社区工作计划
@H1 sec=phases phase=宣传动员阶段;2007年3月1日;3月20日 | 第一阶段：宣传动员阶段（2007年3月1日--3月20日）
@H2 | 1、宣传动员，营造氛围。社区召开“五型”社区创建动员会，借助板报、横幅、橱窗扩大宣传，并向共建单位和居民发放一封信，做到人人知晓、主动参与。
@H2 | 2、调查摸底，打好基础。社区党支部摸清共建单位、七个片区的环境卫生和绿化、居民结构以及在职、离退休、流动党员等情况，理清思路，为创建打好基础。
@H2 | 3、主动联系，加强合作。党支部与共建单位党组织、小区物业公司、业主委员会对接，宣传共建理念，并以党建“签约结对”协议加强合作。
@H1 sec=phases text=第二阶段：开展创建阶段（2007年3月21日---11月20日） phase=开展创建阶段;2007年3月21日;11月20日 | 第二阶段：开展创建阶段（2007年3月21日---11月20日）
@H2 | 1、制定计划。永康社区结合实际，对照“五
1
型”社区的创建目标拟定本社区创建计划，力争达标。
@H2 | 2、广泛参与。以党建“签约结对”带动辖区单位共同创建，推进绿化、亮化、美化工程，共管在职党员，开展“在单位做个好职员，在社区做个好居民，在家庭做个好成员”教育，倡导“社区为我，我为社区”。
""",
    ),
    dict(
        name="fresh3_03_community_joint_building_plan",
        source="http://ushengzhilian.com/article/shuzhibaogao/jhgh/200809/129061.html",
        doc_kind="plan", partial=True,
        notes=["A community's annual joint-building (共建) plan in traditional characters (bodies rewritten in "
               "traditional characters too). The page's publishing time and '导语' blurb were dropped.",
               "一、共建活動安排 is a two-monthly schedule: six lines '（1）1——2月份，…' to '（6）11——12月份，…' "
               "(half-width '(1)' restored). They are labelled as dated steps: level-2 headings, phases (goals "
               "accepted), heading text the step token with its months; each is a phase named by its months, start "
               "the first month as written ('1', '3', …, month implied) and end the second ('2月份'). "
               "二、做好“四個抓” ends with its first run-in point '1、抓聯建。' (the page ends inside it)."],
        units=["蘭嶺社區", "共建委員會", "消防中隊"],
        text="""\
@T | 社區共建工作計劃
在街道黨工委、辦事處領導和共建委員會指導下，蘭嶺社區以“五聯”工作為抓手、以創建國家衛生城市為契機，依靠各共建單位推動單位和小區衛生，今年共建工作安排如下：
@H1 sec=phases alt=goals | 一、共建活動安排
共建活動着眼於提升居民生活品味和道德修養，每年開好兩次共建會議，並把各項活動落到實處。
@H2 alt=goals text=（1）1——2月份 phase=1——2月份;1;2月份 | （1）1——2月份，組建“義務衛生監督隊”，負責里弄小巷的衛生監督，勸導違規居民。
@H2 alt=goals text=（2）3——4月份 phase=3——4月份;3;4月份 | （2）3——4月份，慶祝“三八”國際婦女節，同時開展衛生月和創國衛環境大整治，清明節組織轄區單位掃墓。
@H2 alt=goals text=（3）5——6月份 phase=5——6月份;5;6月份 | （3）5——6月份，請消防中隊為居民或學校講一次消防知識，並組織環保宣傳和全民健身。
@H2 alt=goals text=（4）7——8月份 phase=7——8月份;7;8月份 | （4）7——8月份，“七一”組織社區和單位黨員上一次黨課，“八一”與消防中隊搞一次共建活動。
@H2 alt=goals text=（5）9——10月份 phase=9——10月份;9;10月份 | （5）9——10月份，重陽節借共建單位之力組織老人就近出遊或探望困難老人。
@H2 alt=goals text=（6）11——12月份 phase=11——12月份;11;12月份 | （6）11——12月份，辦好元旦共建活動，與消防中隊和共建單位再搞一次消防培訓，並總結全年、謀劃明年。
@H1 sec=measures alt=goals | 二、做好“四個抓”
@H2 | 1、抓聯建。一是完善由各共建單位分管領導組成的共建聯建協調小組，輪值牽頭、定期例會通報；二是明確各單位共建聯絡員；三是健全聯建活動制度。
""",
    ),
    dict(
        name="fresh3_04_community_womens_federation_plan",
        source="http://www.baifanwen.com/s/9bb60a2b65f727ad11bc88c42b069471/346816",
        doc_kind="plan", partial=True,
        notes=["A community (village) women's federation's 2025 annual work plan; the body speaks of 马头村 and keeps the "
               "source's masks ('党的大精神' with the number removed, '20__年').",
               "Three levels: 一、 (level 1), （一）（二） (level 2), 1、2、 run-in task headings (level 3). The page ends "
               "inside the first point under （二）."],
        units=["社区妇联"],
        text="""\
@T | 社区妇联2025年度工作计划
深入学习党的大精神，以群众路线教育实践活动为契机，围绕区妇女工作重点和乡妇联要求，以创建“妇女之家”“巾帼文明岗”为抓手推动妇女工作创新，团结全村妇女为马头村美丽乡村建设展现巾帼风采。结合本村实际，制定20__年妇女工作计划如下：
@H1 sec=goals | 一、工作目标
坚持群众路线教育实践活动，按“坚持阵地”和“温暖之家”的要求，结合马头村特点服务群众，提升妇女素养，把妇女组织建成创新型、学习型组织。
@H1 sec=goals alt=measures | 二、主要工作
@H2 | （一）自尊自爱，弘扬先进文化，提升妇女群众的综合素质
@H3 | 1、内强素质、外树形象。充实妇女学习活动内容，提高家庭成员的思想道德和科学文化素质，促进家庭和睦、邻里友善，树立妇女积极向上的形象。
@H3 | 2、增强学习意识，培养学习能力。依托村“农家书屋”营造读书环境，鼓励妇女读好书、记笔记、写感想，积极参加区、乡、村组织的才艺比赛，形成浓厚学风。
@H2 | （二）积极营造良好氛围，促进我村妇女成才发展
@H3 | 1、开展女工能力建设。组织妇女参与村务管理和监督，鼓励她们为村里发展出主意。
""",
    ),
    # ---------------------------------------------------------------- schemes
    dict(
        name="fresh3_05_reproductive_health_publicity_scheme",
        source="https://m.alatiku.com/fanwen/fangan/p8lk88.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county family-planning reproductive-health publicity scheme, the first sample of a collection page "
               "titled '医院宣传方案精选4篇'. Breadcrumb, the collection title, the posting line, the site blurb and the "
               "sample label '宣传方案【第一篇】' were dropped; the sample itself shows no title line, so title is null.",
               "Under 二、工作目标 the 1.–3. lines are run-in goal headings (level 2) followed by target figures. "
               "三、工作任务 has only its first sub-heading, cut off in the middle of a word ('1、生殖健'), kept bare; "
               "note the switch from '1.' to '1、'."],
        units=["县服务站", "乡镇服务所"],
        text="""\
@H1 sec=guidance | 一、指导思想
以科学发展观为指导，面向家庭、群众和流动人口，发挥县、乡、村计划生育技术服务网络的作用，提供安全便捷的计生、优生和生殖健康服务，普及生殖健康知识，促进家庭幸福和社会和谐。
@H1 sec=goals | 二、工作目标
@H2 | 1.普及生殖健康知识。农村已婚育龄群众知识普及率80%以上，街道社区95%以上，男性50%以上，当年计划怀孕夫妇优生知识普及率95%以上；
@H2 | 2.强化生殖健康服务。新婚、计划怀孕和已孕夫妇咨询服务率90%以上；农村已婚育龄妇女当年检查服务率40%以上，街道社区60%以上；流动人口服务率80%以上；待孕和已孕妇女叶酸投服率100%；完成免费孕前优生健康检查任务。
@H2 | 3.健全生殖健康服务体系。县服务站和乡镇服务所达到“环境优美、技术优良、服务优质、管理优秀、群众满意”标准；街道社区普遍设立生殖健康服务室和免费药具发放点，药具发放可及率、随访率、建档率和阳光计生服务卡录入率、准确率均达100%
@H1 sec=goals alt=measures | 三、工作任务
@H2 | 1、生殖健
""",
    ),
    dict(
        name="fresh3_06_special_rectification_scheme",
        source="http://zixun.ziming.com.cn/jxfw/202506/385363.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A generic city special-rectification scheme (环境卫生, 交通秩序, 食品安全); no title line, title null.",
               "三、实施步骤 has four stages '1. 宣传动员阶段' … '4. 巩固提升阶段' (space after '1.' as on the page), "
               "each a bare level-2 heading with a body line below; they are phases without dates (start and end null). "
               "四、保障措施 has three '- 组织领导：…' lines led by a single hyphen: 'label：body' headings at level 2, "
               "numbering '-' (the shared numbering classes have no class for a single hyphen, so the style is 'none'). "
               "The page ends in the middle of 五、预期效果 ('我们')."],
        units=[],
        text="""\
为优化社会环境、提升公共管理水平，推动各项工作规范高效，集中力量解决当前突出问题，特制定本专项整治活动方案。
@H1 sec=guidance | 一、指导思想
坚持以人民为中心，问题导向、压实责任、注重实效，通过专项整治净化环境、规范秩序、提升服务，为群众营造和谐稳定的生活工作环境。
@H1 sec=goals | 二、整治范围及重点
整治覆盖环境卫生、交通秩序、食品安全等领域：环境卫生重在清理城市死角垃圾、推进垃圾分类；交通秩序重在打击非法营运、完善公共交通设施；食品安全重在严查餐饮行业，保障食材来源可靠。
@H1 sec=phases | 三、实施步骤
@H2 phase=宣传动员阶段;; | 1. 宣传动员阶段
通过线上线下渠道广泛宣传整治的意义，动员群众参与和支持。
@H2 phase=自查自纠阶段;; | 2. 自查自纠阶段
各部门内部自查，发现不足及时整改。
@H2 phase=集中整治阶段;; | 3. 集中整治阶段
组建专门队伍深入一线检查，依法依规处理发现的问题，形成震慑。
@H2 phase=巩固提升阶段;; | 4. 巩固提升阶段
总结经验教训，健全长效机制，防止问题反弹。
@H1 sec=measures | 四、保障措施
@H2 num=- | - 组织领导：由主要领导挂帅成立领导小组，统筹调配各方资源。
@H2 num=- | - 技术支持：引入先进的信息技术手段，提高工作效率和服务质量。
@H2 num=- | - 监督考核：开通举报热线接受公众监督，定期通报进展。
@H1 sec=other alt=goals | 五、预期效果
预计整治后城市面貌明显改观、市民满意度提升，也为今后同类工作积累经验。我们
""",
    ),
    dict(
        name="fresh3_07_bank_patriotic_health_scheme",
        source="https://www.fanwenq.com/UserLookArticle.asp?ArticleID=b59141b5818b1434",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="银行爱国卫生活动宣传方案",
        notes=["A bank sub-branch's publicity scheme for the county's patriotic health month. The page shows the title "
               "twice (page heading and article heading); both are title lines. The 'back' link, the posting time and "
               "download/registration links and the login prompt after the excerpt were dropped.",
               "The body arrived as one block with every heading run straight into its body without punctuation "
               "('一、指导思想以“爱国卫生月”…', '二、工作目标组织动员…'); split at the numbering markers, the lost "
               "breaks after the heading titles are kept and the heading texts given explicitly. '三、工作时间和任务' was "
               "followed directly by '（一）宣传发动阶段（4月1日-4月8日）要结合…' and was split before （一）; that "
               "step is the only visible phase. The page's elision '...' at the end is kept."],
        units=["支行"],
        text="""\
@T | 银行爱国卫生活动宣传方案
@T | 银行爱国卫生活动宣传方案
@H1 sec=guidance text=一、指导思想 | 一、指导思想以“爱国卫生月”全民卫生大运动为切入点，把全面动员和系统落实、解决突出问题和建立长效机制、治标和治本结合起来，开展环境卫生大整治，让城区和城郊结合部卫生明显改善、市民文明卫生意识明显提高，助推县“三城同创”。
@H1 sec=goals text=二、工作目标 | 二、工作目标组织全行干部职工及家属、子女和亲属投入“爱国卫生月”大运动，整治“脏、乱、差”，解决一批群众反映强烈的卫生问题，提高群众知晓率、参与率、支持率，为“三城同创”“一年小变、二年中变、三年大变”和创建省级文明城市、卫生城市、园林城市打下基础。
@H1 sec=phases alt=goals | 三、工作时间和任务
@H2 text=（一）宣传发动阶段（4月1日-4月8日） phase=宣传发动阶段;4月1日;4月8日 | （一）宣传发动阶段（4月1日-4月8日）要立足支行实际和金融行业特点，因地制宜开展群众喜闻乐见的宣传，营造浓厚氛围，提高群众...
""",
    ),
    dict(
        name="fresh3_08_leisure_square_project_scheme",
        source="https://m.wenke99.com/p-5587507.html",
        doc_kind="scheme", partial=True, title_override="市民休闲广场工程实施方案",
        notes=["A county's implementation scheme for a public leisure-square project (2021 livelihood projects). The "
               "page is one run-together block: the title runs straight into the lead-in (line 1, a title line that "
               "also carries the lead-in; title given explicitly) and every heading runs into its body without "
               "punctuation; split at the numbering markers, heading texts given explicitly.",
               "Masking artefacts kept: '“.”重要思想', '全面落实.', the damaged document number '政20214号' and a '？' "
               "in place of a lost word. The leading group's personal names were dropped. 四、计划管理 is a month-by-"
               "month deadline schedule inside one body line (phases, goals accepted); its dates are deadlines, not "
               "phases. The page ends in the middle of a word."],
        units=["门县茶山公园市民休闲广场建设领导组"],
        text="""\
@T | 市民休闲广场工程实施方案为加快城市基础设施建设、提升城市品味，依据县政府关于2021年实施34项民生工程的通知（政20214号）和建设方面的有关规定，制定本实施办法。
@H1 sec=guidance text=一、指导思想 | 一、指导思想以邓小平理论和“.”重要思想为指导，全面落实.，加强工程监管和调度，推进城市基础设施建设，为建设生态文明县服务。
@H1 sec=goals text=二、目标任务 | 二、目标任务4月底前完成附属工程，11月底前全部完工并一次性通过验收，12月份投入使用，争创优良工程。
@H1 sec=responsibilities text=三、组织领导 | 三、组织领导为抓好工程调度和质量，成立门县茶山公园市民休闲广场建设领导组，设组长、副组长和成员，负责协调工程事宜、督促进度、监督质量，确保按时保质完工。
@H1 sec=phases alt=goals text=四、计划管理 | 四、计划管理工程具体计划：3月底前完成附属工程规划设计和道路建设；4月至5月建成附属工程护岸；6月份主体工程动工；7月份完成？8月份完成主体工程的70%；9月份完成主体工
""",
    ),
    dict(
        name="fresh3_09_census_pilot_scheme",
        source="http://www.637916.com/article/xzgaoshou/gongzhuo/201003/585431.html",
        doc_kind="scheme", partial=True,
        notes=["A provincial census pilot-survey scheme (2010, sixth national census) in traditional characters. A spam "
               "link line, the breadcrumb and the site's '前言' blurb were dropped.",
               "Five bare level-1 headings. 三、調查標準時間 gives a census moment ('2010年3月15日零時'), not a phase. "
               "The page ends inside the list of per-person items."],
        units=["各省轄市人口普查領導小組辦公室"],
        text="""\
@T | 人口普查試點方案
@H1 sec=other alt=goals | 一、調查范圍
各省轄市人口普查領導小組辦公室在城市或城鄉結合部挑選一至兩個相連、人口約1萬、流動人口特征典型的村級單位作為試點。
@H1 sec=goals alt=background,guidance | 二、試點目的
摸清人口普查面臨的新情況新問題，探索查準流動人口的辦法，鍛煉普查隊伍、提升組織管理能力，為2010年第六次全國人口普查的流動人口登記積累經驗。
@H1 sec=other alt=phases | 三、調查標準時間
試點調查的標準時間定在2010年3月15日零時。
@H1 sec=other | 四、調查對象
對象為試點地區的中國公民和在境內居住的境外人員，包括2010年3月14日晚住在本戶的人和戶口在本戶但當晚不在本戶的人；以戶為單位登記，戶分家庭戶和集體戶。
@H1 sec=goals alt=other | 五、調查項目
試點使用《江蘇省第六次全國人口普查試點調查表》，項目分按戶填報和按人填報兩類。
按戶填報的項目有：戶編號、戶別、本戶應登記人數、本戶20*年3月15日至2010年3月14日的出生和死亡人口、本戶居住的*及外籍人數等。
按人填報的項目有：姓名、與戶主關係、性別、出生年月、戶
""",
    ),
    dict(
        name="fresh3_10_library_relocation_scheme",
        source="http://bimmall.com.cn/post/101574.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A library's relocation scheme posted as a blog article, traditional characters ('以后' as on the page). "
               "The title line keeps the article's title (comma restored to full width); the author/date/site line "
               "was dropped.",
               "All headings are unnumbered short labels (小組構成, 搬遷背景與意義, 搬遷步驟與時間表, 注意事項). Under "
               "小組構成 the 1、–6、 lines are key-value role lines (items). Under 搬遷步驟與時間表 four steps "
               "'1、第一階段（X月X日-X月X日）：…' with masked dates (level-2 headings, phases named 第一階段 … "
               "第四階段; the last has only a start, 'X月X日以后'). Under 注意事項 four 'label：body' points. The page "
               "ends mid-sentence."],
        units=["圖書館搬遷領導小組"],
        text="""\
@T | 圖書館搬遷領導小組，重塑知識的殿堂
圖書館歷來是知識的殿堂，也要隨時代更新升級。值此關鍵時刻，我們組建圖書館搬遷領導小組，負責這次搬遷，讓讀者獲得更好的閱讀體驗。
@H1 sec=responsibilities | 小組構成
圖書館搬遷領導小組由以下成員組成：
@I2 | 1、組長：統籌領導、協調整個搬遷工作；
@I2 | 2、副組長：協助組長處理具體事務；
@I2 | 3、辦公室成員：承擔日常辦公事務；
@I2 | 4、物資采購組：采購搬遷所需物資；
@I2 | 5、場地規劃組：規劃設計新館場地；
@I2 | 6、搬遷執行組：具體實施搬遷。
@H1 sec=background | 搬遷背景與意義
城市發展使館舍空間不足、設施老化，搬遷勢在必行。新址空間更大、更現代，能滿足讀者不斷增長的需求，也借此全面升級服務。
@H1 sec=phases | 搬遷步驟與時間表
@H2 text=1、第一階段（X月X日-X月X日） phase=第一階段;X月X日;X月X日 | 1、第一階段（X月X日-X月X日）：盤點現有資源，擬定搬遷細案；
@H2 text=2、第二階段（X月X日-X月X日） phase=第二階段;X月X日;X月X日 | 2、第二階段（X月X日-X月X日）：清點並分類物資，做到準確無誤；
@H2 text=3、第三階段（X月X日-X月X日） phase=第三階段;X月X日;X月X日 | 3、第三階段（X月X日-X月X日）：組織搬運，保證資源安全有序轉移；
@H2 text=4、第四階段（X月X日以后） phase=第四階段;X月X日以后; | 4、第四階段（X月X日以后）：整理場地、調試設施，迎接讀者。
@H1 sec=requirements alt=other | 注意事項
@H2 text=1、安全第一 | 1、安全第一：搬遷全程保障人員和物資安全；
@H2 text=2、高效有序 | 2、高效有序：按計劃推進，保證搬遷順利；
@H2 text=3、溝通協作 | 3、溝通協作：各部門加強溝通配合，保持信息暢通；
@H2 text=4、環保節能 | 4、環保節能：搬遷中注意環保節能，杜絕浪費。
領導小組將全程督導搬遷工作，我們相信，在全體成員的共同努力
""",
    ),
    # -------------------------------------------------------- activity plans
    dict(
        name="fresh3_11_mid_autumn_community_activity",
        source="http://www.bhygbaby.com/paper/423653879.html",
        doc_kind="activity_plan", partial=True,
        notes=["A community Mid-Autumn activity plan from a document-sharing site whose text was machine-converted to "
               "traditional characters with pinyin left in brackets ('節(jié)', '社區(qū)', '活動(dòng)'); the artefacts are "
               "kept in heading and debris lines and in part of the rewritten bodies. The five viewer captions "
               "'…_第1頁(yè)' … '_第5頁(yè)' are kept as debris; the read-more notice, download and copyright lines were "
               "dropped.",
               "Line 6 runs the document's title straight into its first heading: "
               "'中秋節(jié)社區(qū)活動(dòng)主題方案第一章社區(qū)活動(dòng)籌備概述'. It is labelled as the level-1 heading "
               "'第一章…' (numbering given explicitly); no line carries the title alone, so title is null. Below it "
               "1. 2. 3. headings (each with its own kind) and a.–e. items; the page ends inside item e."],
        units=[],
        text="""\
中秋節(jié)社區(qū)活動(dòng)主題方案_第1頁(yè)
中秋節(jié)社區(qū)活動(dòng)主題方案_第2頁(yè)
中秋節(jié)社區(qū)活動(dòng)主題方案_第3頁(yè)
中秋節(jié)社區(qū)活動(dòng)主題方案_第4頁(yè)
中秋節(jié)社區(qū)活動(dòng)主題方案_第5頁(yè)
@H1 sec=other alt=background,goals num=第一章 text=第一章社區(qū)活動(dòng)籌備概述 | 中秋節(jié)社區(qū)活動(dòng)主題方案第一章社區(qū)活動(dòng)籌備概述
@H2 sec=goals alt=guidance | 1.明確活動(dòng)目的
籌備首先要講清目的：弘揚傳統文化、拉近鄰里關係、增強社區(qū)凝聚力，讓居民在慶祝中感受團圓的溫馨。
@H2 sec=other | 2.確定活動(dòng)主題
結合中秋的團圓寓意，主題定為“月圓人團圓，共享鄰里情”，突出鄰里和睦相處。
@H2 sec=goals alt=measures | 3.策劃活動(dòng)內容
為使內容豐富多樣，擬安排以下活動(dòng)：
@I3 | a.中秋知識普及：講解節日由來和習俗，讓居民了解中秋文化。
@I3 | b.手工制作：帶居民做月餅、紮燈籠，傳承民間手藝。
@I3 | c.文藝表演：鼓勵居民自編自演節目，增進鄰里互動。
@I3 | d.游戲互動：設置趣味游戲，在玩樂中增進友誼。
@I3 | e.美食分享：請居民一起動手做並分享
""",
    ),
    dict(
        name="fresh3_12_financial_knowledge_month_activity",
        source="https://3du.tw/articles/Mm85dm8=.htm",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A rural commercial bank's financial-knowledge-month activity plan (traditional characters, Taiwan "
               "conversion), the first sample of a collection page: the collection title (twice), the blurb and the "
               "sample label '金融知識普及宣傳活動方案1' were dropped; the sample has no title line, title null.",
               "The empty role lines '組長：' '副組長：' '組員：' are kept as the page has them (body). Under "
               "三、宣傳活動安排 three periods run straight into their bodies without punctuation "
               "('（一）籌備時期（20xx年8月31日前）總行辦公室…'); heading texts given explicitly; phases: 籌備時期 with "
               "only an end ('20xx年8月31日前'), 實施時期 start and end, 總結時期 only a start ('20xx年9月底'). The "
               "page ends inside 四、宣傳措施 '1.'."],
        units=["蘇州農商銀行", "總行辦公室"],
        text="""\
依照關於開展金融知識普及月宣傳活動方案的通知要求，蘇州農商銀行制定本行金融知識普及月特色專題活動方案，現將方案通知彙報如下：
@H1 sec=responsibilities | 一、組織領導
本行成立專項行動領導小組：
組長：
副組長：
組員：
總行辦公室負責宣傳活動的籌劃、推動和開展，各單位做好分工內的工作。
@H1 sec=other alt=goals,guidance | 二、宣傳活動主題
活動針對消費者金融知識的薄弱點和需求，幫助消費者和投資者理性選擇金融產品和服務、遠離非法金融活動、適應數字金融時代，重點做好電信網路詐騙的預防、識別和處置，提升金融知識和風險責任意識。
@H1 sec=phases | 三、宣傳活動安排
@H2 text=（一）籌備時期（20xx年8月31日前） phase=籌備時期;;20xx年8月31日前 | （一）籌備時期（20xx年8月31日前）總行辦公室擬定活動方案，做好各項準備，並按方案籌備宣傳工作。
@H2 text=（二）實施時期（20xx年9月1日至9月30日） phase=實施時期;20xx年9月1日;9月30日 | （二）實施時期（20xx年9月1日至9月30日）各單位按宣傳方案開展形式多樣的“金融知識普及月”宣傳。
@H2 text=（三）總結時期（20xx年9月底） phase=總結時期;20xx年9月底; | （三）總結時期（20xx年9月底）各單位把宣傳開展情況、做法和經驗寫成書面總結，報送總行辦公室。
@H1 sec=measures | 四、宣傳措施
@H2 | 1.做好宣傳前期準備。一是擬定宣傳口號，統籌線上線下渠道，研究宣傳對象特點，結合真實案例編寫宣傳內容，揭露非法金融活動的慣用套路，確保重點人群
""",
    ),
    dict(
        name="fresh3_13_womens_day_activity",
        source="https://sucai198.com/jihuafangan/2022/11/27085.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city women's federation's 2022 Women's Day activity plan, the first sample of a collection page (the "
               "collection title '…活动方案合集6篇(群管理分享)' was dropped). The quotes around 三八 are ASCII '\"' "
               "on the page and are kept so, in the title and the headings; masks (x市, xx, xjp) kept.",
               "二、活动主题 and 三、活动时间 are bare headings with a value line below; the overall period "
               "'2022年3月上旬（主要活动在3月1日至8日期间）' is an optional phase (start only). Under 四、活动内容 two "
               "run-in （一）（二） headings; the page ends inside （二）."],
        units=["x市妇联", "各县（区）妇联"],
        extra_phases=[dict(name="活动时间", start_text="2022年3月上旬", end_text=None, at="2022年3月上旬（")],
        text="""\
@T | 妇联2022年"三八"妇女节活动方案
今年3月8日是第112个"三八"国际妇女节。为营造欢庆的节日氛围，团结广大妇女以良好面貌迎接党的二十大、自治区第十三次党代会、xx妇女十二大和市妇女十一大，x市妇联将组织开展2022年庆祝"三八"国际妇女节系列活动。
@H1 sec=goals alt=guidance | 一、总体目标
贯彻xjp新时代中国特色社会主义思想和党的十九届六中全会精神，巩固党史学习教育成果，以党建铸魂引领，展现妇女儿童事业发展的新作为新xx，团结妇女担当作为、改革创新，为打造先行区建设排头兵、谱写美丽x新篇章贡献巾帼力量。
@H1 sec=other | 二、活动主题
强国复兴有我--巾帼心向党喜迎二十大
@H1 sec=phases alt=other | 三、活动时间
2022年3月上旬（主要活动在3月1日至8日期间）
@H1 sec=goals alt=measures | 四、活动内容
@H2 | （一）召开"党建铸魂强引领巾帼建功新时代""三八"妇女节座谈会。市妇联邀请各行各业的先进个人和优秀女性座谈，展现新时代女性自强向上的风貌，引导妇女感党恩、听党话、跟党走，围绕市委、市政府中心工作在岗位上担当实干。
@H2 | （二）全区妇联系统三大品牌活动推广周。市妇联和各县（区）妇联配合自治区妇联，集中开展"巾帼心向党"女性公益宣讲、"好宁嫂"巾帼家政进社区
""",
    ),
    dict(
        name="fresh3_14_healthy_china_tour_activity",
        source="https://renrendoc.com/paper/218764359.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="XX年健康中国行活动方案精选",
        notes=["A city health commission's 'Healthy China Tour' publicity activity plan from a document-sharing site. "
               "The site's chunk markers are kept as debris and never labelled: line 1 '1、2020年4月19日…精选文档仅供参考"
               "XX年健康中国行活动方案精选' (chunk marker, upload date and the site's title), line 4 '2、安站…' (the marker "
               "splits the place name 六安站 across lines 3-4) and line 11 '3、人口健康水平…' (the marker splits the "
               "sentence of （四）). The page arrived run together and was split at the spaces and numbering markers it "
               "shows; line 2 repeats the title on its own and is the title line.",
               "Under 一、活动主题 the （一）–（四） lines are statements (items). 二、活动时间 is bare with the value "
               "line 'XX年10月10日-16日。' (optional period). The page ends inside 三、活动范围."],
        units=["市卫生计生委"],
        extra_phases=[dict(name="活动时间", start_text="XX年10月10日", end_text="16日", at="XX年10月10日-16日")],
        text="""\
1、2020年4月19日健康中国行活动方案精选文档仅供参考XX年健康中国行活动方案精选
@T | XX年健康中国行活动方案精选
依据国家卫生计生委关于开展XX年健康中国行主题宣传活动的通知（国卫办宣传函XX169号）、安徽省卫生计生委健康脱贫行动计划（皖卫财XX6号）和省卫生计生委关于开展“健康中国行”安徽站主题宣传活动的通知（国卫办宣传函XX462号），为学习贯彻党的十八届五中全会和全国卫生与健康大会精神，推进健康六安建设，提升群众特别是农村贫困人口的健康素养和健康水平，结合国家和省XX年活动安排，市卫生计生委决定开展“健康中国行”六
2、安站主题宣传活动，现制定方案如下：
@H1 sec=other alt=goals | 一、活动主题
@I2 | （一）贯彻全国卫生和健康大会和习近平总书记重要讲话精神，围绕“健康中国”建设和“健康优先”战略宣传动员，依照《中国公民健康素养基本知识与技能（XX年版）》（健康素养66条）等主题开展活动。
@I2 | （二）在全市开展“科学就医、健康素养、无烟生活、慢病预防、爱国卫生”五个主题的宣传，普及健康知识，引导健康生活方式和科学就医。
@I2 | （三）动员社会力量关心和参与健康促进，为“健康中国行”六安站营造良好氛围。
@I2 | （四）在健康脱贫中分类干预，开展健康教育和健康促进，提升农村贫困人口健康素养，提高农村贫困
3、人口健康水平，遏制因病致贫返贫人口增量。
@H1 sec=phases alt=other | 二、活动时间
XX年10月10日-16日。
@H1 sec=other | 三、活动范围
全市四县四区、市直医疗卫生计生单位于10月10日同步
""",
    ),
    dict(
        name="fresh3_15_handwritten_newspaper_contest_activity",
        source="http://16fw.com/hdfa/jshdfa/22732.html",
        doc_kind="activity_plan", partial=True, title_override="讲文明、树新风手抄报绘制比赛方案",
        notes=["A primary school's handwritten-newspaper contest plan. The site slogan and the breadcrumb were dropped; "
               "the page shows the title twice (page heading and article heading), both title lines.",
               "一、–七、 are level-1 headings, several 'label：value' on one line (二、活动主题：…, 三、活动时间：2015年5月3日—"
               "5月13日 (optional period), 四、参与人员：…, 五、组织机构：…). '六、具体负责：' named two teachers; the "
               "names were dropped, leaving the bare label. Under 七、活动安排： two stages '第一阶段：宣传、绘制阶段"
               "（5月3日—5月10日）' and '第二阶段：评奖、颁奖阶段（5月9日—5月13日）' (level 2, phases; the periods "
               "overlap as on the page), with 1.–3. points (items, except the label '2.作品要求：', a level-3 heading) "
               "and （1）–（3） items at level 4. One sentence is broken over two lines as on the page ('…一等奖6名，' / "
               "'二等奖12名，…'). The school's name closes the excerpt (body)."],
        units=["教导处", "大队部", "浪沧新城一实小"],
        extra_phases=[dict(name="活动时间", start_text="2015年5月3日", end_text="5月13日", at="三、活动时间")],
        text="""\
@T | 讲文明、树新风手抄报绘制比赛方案
@T | 讲文明、树新风手抄报绘制比赛方案
@H1 sec=goals alt=guidance | 一、活动目的：
@I2 | 1.文明礼貌、友爱互助是人生不可缺少的品德，有了这些品质才能担当建设祖国的重任，社会才能和谐发展。
@I2 | 2.为提高学生的文明意识，把“讲文明、树新风”融入学生生活，特举办“讲文明树新风”手抄报绘制比赛，丰富文明实践，扩大宣讲效果。
@H1 sec=other | 二、活动主题：讲文明 树新风
@H1 sec=phases alt=other | 三、活动时间：2015年5月3日—5月13日
@H1 sec=other | 四、参与人员：中高年级学生
@H1 sec=responsibilities | 五、组织机构：教导处、大队部、中高年级班主任
@H1 sec=responsibilities | 六、具体负责：
@H1 sec=phases | 七、活动安排：
@H2 phase=宣传、绘制阶段;5月3日;5月10日 | 第一阶段：宣传、绘制阶段（5月3日—5月10日）
@I3 | 1.各班营造浓厚氛围，让“讲文明、树新风”的宗旨走进学生生活。
@H3 | 2.作品要求：
@I4 | （1）小报主题突出、内容完整、版面均衡、色彩鲜亮、字迹工整、美观耐看。
@I4 | （2）规格8K，最好用铅画纸；电子小报彩色打印。
@I4 | （3）在小报背面右下角用水笔或铅笔写清班级和姓名。
@I3 | 3.各班于5月10日前向教导处上交2张优秀作品。
@H2 phase=评奖、颁奖阶段;5月9日;5月13日 | 第二阶段：评奖、颁奖阶段（5月9日—5月13日）
@I3 | 1.评奖方式：班级初评（5月9日前），学校终评（5月10日）。比赛设一等奖6名，
二等奖12名，三等奖28名。
@I3 | 2.颁奖时间：5月13日
浪沧新城一实小
""",
    ),
    dict(
        name="fresh3_16_love_the_city_activity",
        source="https://www.xiaomilidoc.com/p-13567465.html",
        doc_kind="activity_plan", partial=True,
        notes=["A youth public-welfare 'love the city' activity plan from a document-sharing site whose text is "
               "synonym-swapped (进展 for 发展, 参加 for 参与); the artefacts are kept in the headings. The page is one "
               "run-together block with no breaks around its unnumbered headings: line 1 runs the title, the first "
               "heading and its body together ('热爱城市计划活动方案背景与目标热爱城市计划是…'); it is labelled as the "
               "heading '背景与目标' and no line carries the title alone, so title is null.",
               "The block was split at sentence ends and at the numbering markers: '活动内容与步骤' (level 1, phases), "
               "'第一阶段本阶段主要包括…：' (stage heading glued to its lead-in; level 2, phases without dates) and "
               "'1.城市探究与搜索在活动开始前…' (short activity titles glued to their bodies; level 3). The page ends "
               "inside the third stage."],
        units=[],
        text="""\
@H1 sec=background alt=goals text=背景与目标 | 热爱城市计划活动方案背景与目标热爱城市计划是面向全国城市青年的公益项目，意在激发年轻人关心城市进展的热情和责任感，培育城市参加意识和城乡统筹思维，推动城市可持续进展。
本方案围绕该项目提出一套可行、可操作的活动安排，以实现项目目标。
@H1 sec=phases alt=goals | 活动内容与步骤
@H2 text=第一阶段 phase=第一阶段;; | 第一阶段本阶段主要包括以下三项活动内容：
@H3 alt=goals text=1.城市探究与搜索 | 1.城市探究与搜索活动开始前预设3~5个主题（如人文历史、垃圾分类、社区建设等），参加者到社区、公园、街道等地调研、采访、拍照，汇总成一份城市搜索报告。
@H3 alt=goals text=2.城市合作游戏 | 2.城市合作游戏现场以小组为单位，围绕公共资源利用、环保排污、城市交通等主题设计游戏规则，锻炼沟通协调、创新思维和团队合作，增强城市参加意识。
@H3 alt=goals text=3.城市分享展示 | 3.城市分享展示阶段结束时把搜索报告做成海报或展板展示，并邀请当地政府机关、社区组织和企业人员参加交流。
@H2 text=第二阶段 phase=第二阶段;; | 第二阶段本阶段主要包括以下两项活动内容：
@H3 alt=goals text=1.城市服务学习 | 1.城市服务学习围绕社区服务、环境管理等主题，组织参加者到相关部门学习服务，积累经验、提升能力。
@H3 alt=goals text=2.城市设计创想 | 2.城市设计创想围绕房地产、城市规划等主题，组织参加者到知名企业或机构参观交流，了解城市进展的前沿理念，提出创新设计和创意文化。
@H2 text=第三阶段 phase=第三阶段;; | 第三阶段本阶段主要包括以下两项活动内容：
@H3 alt=goals text=1.城市策划行动 | 1.城市策划行动本阶段开始前，组织参加者运用前两个阶段获得的知识、经验和技能，共同
""",
    ),
    # -------------------------------------------------------------- summaries
    dict(
        name="fresh3_17_agriculture_bureau_halfyear_summary",
        source="https://maok.cn/index.php?c=preview&id=266962&s=news",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="X县农业农村局半年度工作总结",
        notes=["A county agriculture and rural affairs bureau's 2024 half-year summary. The page shows the title three "
               "times: twice alone (title lines 1-2) and once run straight into the lead-in (line 3, body). The gap "
               "where a name was removed ('落实 关于…') is kept.",
               "（一）（二） are run-in headings (cut at the first '。'); inside them the page has unnumbered run-in "
               "labels in the middle of the line ('粮食安全生产。' '现代农业园区建设。' …), not labelled. The page ends "
               "inside （二）."],
        units=["县农业农村局"],
        text="""\
@T | X县农业农村局半年度工作总结
@T | X县农业农村局半年度工作总结
X县农业农村局半年度工作总结2024年以来，县农业农村局深入贯彻落实 关于“三农”工作重要指示精神，深化新时代“千万工程”，各项工作进展良好，为全年“三农”工作高质高效推进打下基础。
@H1 sec=achievements | 一、上半年工作完成情况
@H2 | （一）发展高质高效海岛农业。粮食安全生产。粮食播种面积超过1.3万亩，认定粮食生产功能区储备区411亩。现代农业园区建设。X片区规模化种植基本完成，核心示范基地水利设施方案已设计并评审；150亩高品质设施农业开工，15亩自动化育苗工厂方案完成，5亩玻璃温室和4亩植物工厂项目已定方案、达成合作意向。“土特产”培育。推进“一镇（乡）一品”，出台《X县一镇（乡）一品三年行动（2024-2026年）实施方案》，每个乡镇培育1个特色渔农产品，区域公共品牌正与推广公司洽谈，并依托X农产品地理标志保护工程编制全产业链培育方案。强化科技赋能。借火箭现代农业园区连片土地发展现代温室、智能育苗、农业物联网等设施，3月举办全市海岛现代设施农业暨稻渔综合种养现场观摩会；X乡明环粮油农事服务中心、X粮油农艺农机融合示范基地、X镇X粮油农事服务中心分别完成工程量的65%、55%、50%。
@H2 | （二）建设宜居和美乡村。全域花园村庄建设。以X村、X村现场会主会场为样板，拓展打造市县镇3级引领型花园村庄10个，全年计划
""",
    ),
    dict(
        name="fresh3_18_residents_committee_annual_summary",
        source="http://zixun.ccvote.com/jxfw/202506/259042.html",
        doc_kind="summary", partial=True,
        notes=["A community residents' committee's 2018 annual summary; no title line (title null). Five level-1 "
               "headings, each a two-part phrase; the page ends inside 五、."],
        units=["社区居委会"],
        text="""\
2018年，社区居委会在上级党委、政府领导下，围绕“服务居民、促进和谐、共建美好家园”的目标推进基层治理，回应群众关切，提升服务水平和居民满意度。现将全年工作总结如下：
@H1 sec=achievements | 一、加强组织建设，夯实基层基础
健全工作机制和内部管理制度，加强班子建设；定期开会明确分工，增强凝聚力和执行力；发挥党员先锋作用，引导居民参与社区事务，形成共建共治共享格局。
@H1 sec=achievements | 二、聚焦民生服务，提升居民幸福感
围绕群众“急难愁盼”，全年完成老旧小区改造项目2项，修缮道路500余米，增设健身器材和休闲座椅30余处；走访慰问独居老人、困难家庭等10余次。
@H1 sec=achievements | 三、推进平安建设，营造安全环境
配合公安机关开展巡逻、矛盾排查和法治宣传，全年无重大安全事故；设立调解室化解邻里纠纷；开展消防检查，组织消防演练2次。
@H1 sec=achievements | 四、深化文明创建，提升社区形象
借创建文明城市推进环境整治，开展“清洁家园”志愿服务6次，清理卫生死角20余处、小广告300余张；宣传社会主义核心价值观，举办文化活动5场。
@H1 sec=achievements | 五、加强宣传引导，提升居民参与度
借助宣传栏、宣传资料和微信群推
""",
    ),
    # ---------------------------------------------------------------- report
    dict(
        name="fresh3_19_province_city_work_report",
        source="https://www.paiqing-icetech.com/post/214208.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A generic provincial/municipal government work report posted as a blog article. Salutation line kept "
               "(body).",
               "Two unnumbered level-1 headings ('2023年工作回顾', '2024年工作展望'). Under the first, four run-in "
               "sentence headings ('经济发展稳中向好，…'; level 2, text given as the phrase before the first comma); "
               "under the second, four 'label：body' headings ('经济发展：…'). The closing paragraph is cut off by the "
               "page."],
        units=[],
        text="""\
@T | 2024省市级工作报告
尊敬的各位领导、各位代表：
2023年已经落幕，在迎来充满希望和挑战的2024年之际，我代表省市政府汇报过去一年的工作，并展望新一年的工作。
@H1 sec=achievements | 2023年工作回顾
@H2 text=经济发展稳中向好 | 经济发展稳中向好，全省GDP增速处于合理区间，产业结构持续优化，新能源汽车、高端装备制造等新兴产业快速成长，创新驱动成效明显。
@H2 text=民生福祉持续改善 | 民生福祉持续改善，脱贫人口稳定脱贫，教育、医疗、养老投入加大，群众获得感、幸福感、安全感不断增强。
@H2 text=生态环境质量稳步提升 | 生态环境质量稳步提升，污染防治攻坚深入推进，空气质量持续好转。
@H2 text=改革开放不断深化 | 改革开放不断深化，供给侧结构性改革深入推进，营商环境持续优化，积极参与“一带一路”建设。
@H1 sec=next_steps alt=goals | 2024年工作展望
@H2 | 经济发展：继续实施创新驱动发展战略，加大科技创新力度，推动产业优化升级，完善基础设施和产业配套，促进高质量发展。
@H2 | 民生福祉：加大民生投入，解决群众最关心最直接最现实的利益问题，提高教育、医疗、养老等公共服务水平。
@H2 | 生态环境：深化污染防治，加强生态保护和修复，推动绿色低碳发展。
@H2 | 改革开放：继续深化改革开放，优化营商环境，激发市场活力，扩大国际交流合作。
2024年，我们将以新时代中国特色社会主义思想为指导，贯彻落实党的十九大和十九届二中、三中、四中、五中全会精神，围绕全面建设社会主义现代化国家的总目标，锐意进取，真抓
""",
    ),
    # ---------------------------------------------------------------- speech
    dict(
        name="fresh3_20_overload_control_speech",
        source="http://www.trq119.com/article/lidaojianhua/gjjs/200905/199237.html",
        doc_kind="speech", partial=True,
        title_override="交通系統治理非法超載車輛工作講話(?。?/h1>",
        notes=["A provincial transport official's speech at a work meeting on overloaded trucks, traditional "
               "characters. The title line is kept exactly as the store has it, with garbled characters and a stray "
               "HTML end tag ('講話(?。?/h1>', half-width bracket); the posting time and the site's '导语' blurb were "
               "dropped. The lead-in ends with '下面，我講三個問題：' on the same line.",
               "Only the first of the three points is visible: '一、半年集中治超工作回顧' (a review: achievements, "
               "requirements accepted) with three run-in （一）–（三） headings holding figures ('20*年' masked as on "
               "the page); the page ends inside （三）."],
        units=[],
        text="""\
@T | 交通系統治理非法超載車輛工作講話(?。?/h1>
這次全省交通系統治理非法超限超載車輛工作會議，既是對前一階段治超工作的總結交流，也是新形勢下新階段的動員部署。會議要貫徹全省治超工作會議精神和省政府第223、224號令，總結半年治超工作，交流經驗，部署下一階段任務，動員全省交通系統乘勢而上，發起新一輪“拉網式、無縫隙”治超攻勢，推動治超由集中治理轉向長效治理。下面，我講三個問題：
@H1 sec=achievements alt=requirements | 一、半年集中治超工作回顧
去年12月19日中午12時，全省在省委、省政府統一領導下啟動了“拉網式、無縫隙”治超總行動。半年來，全省交通系統在各市縣政府指揮下堅守治超一線，配合相關部門綜合運用行政、法律、經濟和技術手段，重點打擊車貨總重超過55噸的非法超限超載車輛，成效明顯。
@H2 | （一）車輛超限超載率大幅下降。超限超載率從20*年的8-13%降到0.2%，高速公路勸返率0.17%，干線公路0.03%。
@H2 | （二）惡意超限超載行為得到有效遏制。“百噸王”等惡意超限超載車輛已被清除，車貨總重55噸以上的上路車輛不到0.02‰，高速公路連續100多天未發現此類車輛。
@H2 | （三）貨運通行量明顯增加。半年全省貨運通行量增加14.2萬輛次，達到21.8萬輛次；道路客車正點率達到91%，交
""",
    ),
]
