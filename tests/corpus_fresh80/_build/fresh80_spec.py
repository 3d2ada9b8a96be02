# -*- coding: utf-8 -*-
"""The eightieth held-out fresh set: SCHEMES AND ACTIVITY PLANS WHOSE VISIBLE
TEXT REACHES THEIR STEPS OR SCHEDULE (实施步骤 / 时间安排 / 活动时间 with dated
stages or an overall period), chosen among short pages or pages where the
schedule comes early, because the store shows only ~1,500 characters.
Writers: a town central primary school, a middle school (two documents), a
school running a clean-village campaign, a village, a town, a city health
bureau, a county-level city's urban-management bureau and two companies.
Found as stored public web pages with the `search` tool's `pages` corpus
(query log in notes_queries.txt).  None of the source pages is a source of
an earlier set (checked against every label file and used-source list under
/work; list of the chosen URLs in /work/fresh80/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation, blurbs,
  author and posting lines, collection and sample titles) was dropped.
- Heading, title, item and schedule-row lines keep the source's numbering,
  wording and punctuation; the store keeps NFKC text, so full-width
  punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH80_DOCS = [
    dict(
        name="fresh80_01_town_primary_school_leifeng_team_day_activity",
        source="https://www.wnwk.com/doc/374735.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="“做雷锋式的好青年〞主题队日活动方案",
        notes=["A town central primary school's plan for a Young Pioneers' 学雷锋 theme day, from a document-sharing "
               "page whose text is a converted file: the page ran everything into one block (split here at the "
               "headings), the opening quotes are displaced (“…〞 pairs, '同“志向雷锋同志学习〞'), 〔〕 brackets, and "
               "conversion words (预备 for 准备, 制造 for 制作). The site's prefix '政教处范文之' in front of the title was "
               "dropped; the title keeps its odd quote pair. The line '镇中心小学' under the title is the writer, kept as "
               "body (not a title line).",
               "Numbering 四、 is typed twice (四、时间安排, 四、活动预备); both are level 1 and kept as written.",
               "四、时间安排 holds three dated stages '第一阶段：宣传发动阶段〔2023年3月1—日3月4日〕': the conversion moved "
               "the 日 of the start date behind the dash. start_text is the part before the dash ('2023年3月1'), "
               "end_text the date after the stray 日 ('3月4日'). The same stages come back as headings under "
               "五、活动内容 (the second one renamed 体验行动阶段 and without year); they are labelled as level-2 "
               "phases headings there too (goals accepted) but the phases are listed once, from 四、.",
               "In labelled item lines the displaced quote that split the numbering token ('2“、各中队…', '2“、结合…') "
               "was put back after the token ('2、…“…〞'); elsewhere the quotes stay as the page has them.",
               "The page ends inside the first of the '六个一' activities ('1、学一学“结合…组织各中'), kept as a "
               "level-3 heading with its text set by hand."],
        units=["镇中心小学", "大队部"],
        extra_phases=[],
        text="""\
@T | “做雷锋式的好青年〞主题队日活动方案
镇中心小学
@H1 sec=goals alt=guidance | 一、活动目的
2023年3月5日是全国第50个学雷锋纪念日，也是毛泽东同“志向雷锋同志学习〞题词50周年。为深化社会主义核心价值体系教育，传承学雷锋的好传统，引导少先队员树立正确的“三观〞、“三热爱〞，学校按上级文件要求，以“做雷锋式的好青年〞为主题组织全校师生开展系列活动。
@H1 sec=other | 二、活动主题
“做雷锋式的好青年〞
@H1 sec=other | 三、活动对象
全体少先队员
@H1 sec=phases | 四、时间安排
@H2 phase=宣传发动阶段;2023年3月1;3月4日 | 第一阶段：宣传发动阶段〔2023年3月1—日3月4日〕
@H2 phase=体验活动阶段;2023年3月5;3月29日 | 第二阶段：体验活动阶段〔2023年3月5—日3月29日〕
@H2 phase=总结提升阶段;2023年3月30;4月10日 | 第三阶段：总结提升阶段〔2023年3月30—日4月10日〕
@H1 sec=measures alt=other | 四、活动预备
@I2 | 1、大队部筹划方案并做好总结点评。
@I2 | 2、各中队出版以“学习雷锋好典范〞为主题的板报。
@I2 | 3、各中队辅导员配合组织队员利用课余、周末各种途径搜集雷锋的生平事迹、日记、格言、图片、歌曲、故事或歌颂雷锋精神的相关的报刊、杂志预备编小报或队刊。
@H1 sec=goals alt=measures | 五、活动内容
@H2 sec=phases alt=goals | 第一阶段：宣传发动阶段〔2023年3月1—日3月4日〕
@I3 sec=goals alt=phases | 1、学校通过国旗下讲话、红领巾播送站等号召全体队员传承雷锋精神，争当雷锋式好青年。
@I3 sec=goals alt=phases | 2、结合“捐赠爱心压岁钱，会聚幸福正能量〞捐款活动，积极发动全校学生参加各类献爱心活动。
@I3 sec=goals alt=phases | 3、出版一期以学习雷锋为主题的板报，校园播放学雷锋歌曲等，广泛宣传，在校园营建气氛。
@H2 sec=phases alt=goals | 第二阶段：体验行动阶段〔3月5—日3月29日〕
这一阶段用“六个一〞的方式推进，让活动更见实效：学一学、唱一唱、动一动、看一看、听一听、写一写（画一画）。
@H3 text=1、学一学 sec=goals alt=phases | 1、学一学“结合学校德育组制造的课件雷锋精神伴我行〞，组织各中
""",
    ),
    dict(
        name="fresh80_02_school_may_fourth_series_activity",
        source="https://www.wnwk.com/doc/374661.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A secondary school's (高一 to 高三) plan for a May Fourth series of activities, from the same "
               "document-sharing site as fresh80_01 and with the same conversion damage: one run-together block "
               "(split here at headings and schedule rows), displaced opening quotes, 建立 for 建设, 施行 for 实施. "
               "The site prefix '政教处范文之' was dropped from the title.",
               "The displaced quote of '“五四〞' sits in front of the second heading: '“二、活动目的：弘扬五四〞精神…' "
               "starts with a quote mark, so its numbering token is given by hand (二、). It is a run-in heading cut at "
               "the colon.",
               "三、活动时间： is followed by three schedule rows: an event ('4月17日下发通知…'), then two dated stages "
               "written date-first with the stage name at the end, '4月17——日2023年4月25日宣传预备阶段' and "
               "'4月25——日2023年6月1日施行阶段' (the 日 of the start date moved behind the dash). The rows are body "
               "lines; the two stages are required phases placed on their rows (start_text '4月17' / '4月25', the "
               "part before the dash). The first row is an event with a deadline, not a phase.",
               "四、活动内容: '1、专家演讲：…' and '2、开展“中国梦…〞主题活动' level 2; the sub-activities ⑴征文 ⑵演讲 ⑶手抄报 "
               "and then '（4）书画展' (the page switches from ⑴ to （4）) level 3. In '2“、开展…' and '(4“)书画展' the "
               "displaced quote splitting the numbering token was put back inside the text; in '⑵“演讲：' it stays (the "
               "token is intact). Deadlines '5月2日第三节课前', '5月3日前' are not phases. Teachers' names were dropped "
               "('由语文组长…', '交到指定教师处').",
               "The page ends with a damaged fragment of item 3 ('3“““、开展中国梦〞大庆梦我的梦'), dropped."],
        units=["校办"],
        extra_phases=[
            dict(name="宣传预备阶段", start_text="4月17", end_text="2023年4月25日",
                 at="4月17——日2023年4月25日宣传预备阶段", optional=False),
            dict(name="施行阶段", start_text="4月25", end_text="2023年6月1日",
                 at="4月25——日2023年6月1日施行阶段", optional=False),
        ],
        text="""\
@T | “五四〞系列活动方案
为传承革命传统、弘扬“五四〞精神，学校借大庆精神、铁人精神列入大庆国民教育体系的契机，加强青少年思想道德建设，在同学中形成争先奉献的风气，增强团组织的凝聚力，培养学生良好的心理素养和责任意识，净化校园环境，结合德育工作实际开展“中国梦、大庆梦、我的梦〞系列教育活动，有关安排通知如下：
@H1 sec=responsibilities | 一、组织领导：
组长：
副组长：
组员：
@H1 num=二、 text=二、活动目的 sec=goals alt=guidance | “二、活动目的：弘扬五四〞精神，以大庆精神、铁人精神进入国民教育体系为载体，加强全体同学的思想道德建设。
@H1 sec=phases alt=other | 三、活动时间：
4月17日下发通知，召开主题活动班会，上交班会记录（20日上午第三节上课前交到校办）
4月17——日2023年4月25日宣传预备阶段
4月25——日2023年6月1日施行阶段
@H1 sec=goals alt=measures | 四、活动内容
@H2 | 1、专家演讲：请国内著名心理教育专家为高一、高二学生讲人生规划，为高三学生讲职业规划。（详细时间另行通知）
@H2 | 2、开展“中国梦、大庆梦、我的梦〞主题活动
@H3 | ⑴征文：详细事宜由语文组长另行通知。
@H3 | ⑵“演讲：以弘扬大庆精神、铁人精神，实现中国梦、大庆梦、我的梦〞为主题，演讲限五分钟，高一、高二每班报一人，5月2日第三节课前把名单和题目报到校办，逾期按弃权处理，比赛时间另行通知。
@H3 | ⑶手抄报：以弘扬大庆精神、铁人精神为主题，高一、高二每班至少2幅，5月3日前交到指定教师处统一评选。
@H3 | （4）书画展：以“中国梦、大庆梦、我的梦〞为主题，形式不限，擅长书画的教师也可参加，每班至少四幅，5月3日前上交，评选后在走廊展出。
""",
    ),
    dict(
        name="fresh80_03_village_renovation_scheme",
        source="http://bbs.zhujihailiang.com/jxfw/202507/262574.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="村庄整治实施方案",
        notes=["A village's renovation scheme (村庄整治实施方案) from a 精选范文 page. The page shows the title in "
               "brackets run into the opening sentence ('【村庄整治实施方案】随着乡村振兴…'); the title was put on its own "
               "line with its brackets, and the label's title is the text inside them.",
               "Numbering with a space after the dot ('1. 因地制宜，分类施策：…', '1. 环境卫生整治'). Under 二、基本原则 the "
               "four principles are run-in headings cut at the colon (level 2, guidance). Under 三、整治内容 the four "
               "areas are level-2 headings, each over '- …' bullet lines: task items (numbering '-', style none), "
               "level 3.",
               "四、实施步骤 is the last section in view: '1. 动员部署阶段（X月-X月）' is a phase whose dates are masked "
               "in the source (start 'X月', end 'X月'); the page ends in its body ('…召开动员')."],
        units=["整治工作领导小组"],
        text="""\
@T | 【村庄整治实施方案】
乡村振兴战略深入推进，农村人居环境治理成了农村发展的重要任务。为全面改善村庄面貌和群众生产生活条件，推动乡村可持续发展，结合本村实际，制定本方案。
@H1 sec=guidance | 一、指导思想
坚持以人民为中心，围绕“生态宜居、乡风文明、治理有效、生活富裕”的总要求，以提升村庄环境质量为核心，以基础设施和公共服务为重点，打造整洁、有序、美丽的宜居乡村。
@H1 sec=guidance | 二、基本原则
@H2 | 1. 因地制宜，分类施策：按各自然村的地理条件、人口分布和经济水平，分别制定整治办法。
@H2 | 2. 群众参与，共建共享：调动村民的积极性，鼓励群众参与整治全过程，形成全民共建的氛围。
@H2 | 3. 统筹规划，分步实施：科学制定整治计划，合理安排时间节点，确保整治有序推进。
@H2 | 4. 注重长效，巩固成果：建立长效机制，加强日常管理维护，防止问题反弹。
@H1 sec=goals alt=measures | 三、整治内容
@H2 | 1. 环境卫生整治
@I3 num=- | - 清理村庄内垃圾、杂物、乱堆乱放现象；
@I3 num=- | - 建立生活垃圾收集、分类、处理机制；
@I3 num=- | - 定期开展卫生评比活动，营造干净整洁的居住环境。
@H2 | 2. 基础设施建设
@I3 num=- | - 修缮道路，完善排水系统，提升交通便利性；
@I3 num=- | - 加强供水、供电、通信等基础服务设施建设；
@I3 num=- | - 推进厕所革命，逐步实现无害化卫生厕所全覆盖。
@H2 | 3. 绿化美化提升
@I3 num=- | - 开展植树造林、庭院绿化、公共绿地建设；
@I3 num=- | - 打造具有地方特色的景观节点，提升村庄整体形象。
@H2 | 4. 乡风文明建设
@I3 num=- | - 加强道德教育和法治宣传，引导村民树立良好风尚；
@I3 num=- | - 组织开展文化活动，丰富群众精神文化生活；
@I3 num=- | - 倡导移风易俗，推进文明家庭、文明户创建活动。
@H1 sec=phases | 四、实施步骤
@H2 phase=动员部署阶段;X月;X月 | 1. 动员部署阶段（X月-X月）
成立整治工作领导小组，召开动员
""",
    ),
    dict(
        name="fresh80_04_town_civilisation_three_year_scheme",
        source="https://renrendoc.com/paper/352786473.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        title_override="2024-2026年镇文明创建三年规划提升方案",
        notes=["A town's three-year scheme for civilised-town building, from a document-sharing page: the page's own "
               "title has a typo ('2024-2024年…') and is followed by the document's title ('2024-2026年…'); both are "
               "title lines and the label takes the document's own. The page-image lines ('…_第1页' to '_第5页'), the "
               "'已阅读5页' line and the upload notice were dropped.",
               "The page ran everything into one block with no breaks after the headings ('1.1目标本方案旨在…'); the "
               "text was split into lines at the headings and list items. Decimal numbering '1.1' / '2.2' / '3.1' / "
               "'3.1.1' (numbering style none): 一、 level 1, 1.1 level 2, 3.1.1 level 3.",
               "The lists of targets, problems and needs are '-' items glued to the dash ('-提高居民的文明素养…；'), "
               "labelled items (numbering '-', style none). Sections: 目标与范围 goals (1.2范围 other), 现状分析与需求 "
               "background, 实施步骤与操作指南 phases.",
               "'本方案分为三个阶段：准备阶段、实施阶段、评估阶段。' names the stages in a body line; only the first "
               "comes into view as a heading, '3.1.1准备阶段（2024年1月-202', cut inside its end date: the phase has "
               "start '2024年1月' and no end (the visible '202' is not a date)."],
        units=[],
        text="""\
@T | 2024-2024年镇文明创建三年规划提升方案
@T | 2024-2026年镇文明创建三年规划提升方案
@H1 sec=goals | 一、目标与范围
@H2 num=1.1 | 1.1目标
本方案通过系统的文明创建活动，提升全镇文明程度，建设和谐宜居的生活环境，增强居民的道德素质和社会责任感。具体目标包括：
@I3 num=- | -提高居民的文明素养，形成良好的社会风尚；
@I3 num=- | -加强公共设施的建设与维护，提升镇容镇貌；
@I3 num=- | -提高居民参与集体活动的积极性，增强社区凝聚力；
@I3 num=- | -全面推进环境保护和生态文明建设。
@H2 num=1.2 sec=other alt=goals | 1.2范围
方案适用于镇内全体居民、企事业单位和社会组织，涉及教育、文化、环保、交通等领域。
@H1 sec=background | 二、现状分析与需求
@H2 num=2.1 | 2.1现状分析
调研发现，镇内文明创建目前有以下问题：
@I3 num=- | -居民文明素养参差不齐，部分居民缺乏公共道德意识；
@I3 num=- | -公共设施老旧，维护不足，影响居民日常生活；
@I3 num=- | -社区活动参与率低，居民之间缺乏互动；
@I3 num=- | -环境卫生状况不佳，垃圾分类和处理意识薄弱。
@H2 num=2.2 | 2.2需求分析
要推动创建工作，需要重点满足以下需求：
@I3 num=- | -加强文明教育，提高居民的道德素养；
@I3 num=- | -加大公共设施的投入与维护，改善居住环境；
@I3 num=- | -组织丰富多彩的社区活动，增强居民参与感；
@I3 num=- | -强化环保意识，推广垃圾分类与资源回收。
@H1 sec=phases | 三、实施步骤与操作指南
@H2 num=3.1 | 3.1制定详细实施步骤
本方案分为三个阶段：准备阶段、实施阶段、评估阶段。
@H3 num=3.1.1 phase=准备阶段;2024年1月; | 3.1.1准备阶段（2024年1月-202
""",
    ),
    dict(
        name="fresh80_05_city_health_free_clinic_scheme",
        source="http://www.fanwen118.com/info_37/fw_5032318.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A city health bureau's scheme (武汉市卫生局 with the 江岸区 bureau) for a city-wide free-clinic day of "
               "its hospitals. The site's page title ('义诊方案') and posting line ('时间：2024.3.23') were dropped. The "
               "document's title is broken over two lines inside a word ('…“江城大义诊 健康千万人”大型义' / "
               "'诊活动实施方案'): both are title lines; the label's title joins them (spaces ignored by the scorer).",
               "二、活动时间 gives one morning, '20xx年11月7日上午9:00-11:30': an optional overall time (the time slot "
               "of a one-day event). The same date repeated inside the body of （一） is an event date, not a phase.",
               "五、活动方式: （一） and （二） level 2; under （二） '1、各区（江岸区除外）卫生局统一在7日上午组织…' is a task "
               "statement (item) while '2、社区医疗卫生单位义诊活动安排' is a title (heading), both level 3. "
               "'筹备组织：由市卫生局…' is a key-value body line. The page ends in the body of 2、 ('…安排各社区卫生')."],
        units=["武汉市卫生局", "江岸区卫生局", "市卫生局", "各区卫生局"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年11月7日上午9:00", end_text="11:30", at="20xx年11月7日上午9:00-11:30"),
        ],
        text="""\
@T | 20xx年武汉市卫生系统“江城大义诊 健康千万人”大型义
@T | 诊活动实施方案
为做好全市卫生系统行风评议，深入开展创先争优和医疗质量荆楚行活动，提高医疗卫生工作的社会认同，为市民提供优质便捷的服务，结合全市卫生系统实际，制定本方案。
@H1 sec=guidance | 一、指导思想
落实深化医药卫生体制改革的部署和20xx年全市卫生工作会议精神，推进卫生系统政风行风建设和医疗质量荆楚行活动，普及卫生常识，倡导健康生活方式，展示“创先争优、爱心惠民”的理念，树立医疗卫生行业新形象。
@H1 sec=phases alt=other | 二、活动时间
20xx年11月7日上午9:00-11:30
@H1 sec=other | 三、活动主题
江城大义诊 健康千万人
@H1 sec=goals alt=measures | 四、活动内容
全市统一开展卫生科普宣传，倡导健康生活方式，宣传医改政策，为基层群众免费送医送药、献爱心、送健康。
@H1 sec=measures alt=goals | 五、活动方式
@H2 | （一）汉口江滩公园大型义诊
武汉市卫生局会同江岸区卫生局组织部分省部属医疗机构、市属市管医疗机构和江岸区属二级医疗机构，于20xx年11月7日（周日）上午9:00-11:30在汉口江滩公园举行大型义诊，启动全市卫生系统“江城大义诊 健康千万人”活动。
筹备组织：由市卫生局、江岸区卫生局共同组织；具体由市局医政处、中医处、疾控处、法监处、农卫处、妇社处、局办、党务综合处、监察室和江岸区卫生局相关部门筹备。
@H2 | （二）各区卫生系统义诊工作安排
@I3 | 1、各区（江岸区除外）卫生局统一在7日上午组织所属的区属医疗机构，在区内选择有影响力的广场组织主题义诊活动。
@H3 | 2、社区医疗卫生单位义诊活动安排
由各区卫生局统一组织，安排各社区卫生
""",
    ),
    dict(
        name="fresh80_06_middle_school_putonghua_week_activity",
        source="http://m.beiweimall.com/fangan/1565665.html",
        doc_kind="activity_plan", partial=True,
        notes=["A junior middle school's plan for the national Putonghua week (推普周). The site's author line (a "
               "personal name) was dropped. The source mixes 第十七届 (in the body) and 第十六届 (in the heading of 二、); "
               "both kept. The site's anti-copy apostrophe in the first body ('…师生的'语言文字…') is kept.",
               "二、 is a long sentence heading over 组长 / 副组长 / 组员 key-value lines (body). 三、活动时间、参与人员 holds "
               "two value lines '1、活动时间：xxxx年9月15日至21日' and '2、参与人员：…', labelled items; the first gives "
               "the optional overall period (start 'xxxx年9月15日', end '21日'). Section of 三、 phases (other "
               "accepted); the item 参与人员 is other.",
               "五、活动计划 is a list of nine task items (level 2, goals with measures accepted). Two of them carry "
               "dates that are not phases: '9月21日前出一期…板报' (a deadline) and '九月底开展推普周活动总结' (a "
               "closing task, not a named stage)."],
        units=["推普周工作领导小组"],
        extra_phases=[
            dict(name="活动时间", start_text="xxxx年9月15日", end_text="21日", at="1、活动时间：xxxx年9月15日至21日"),
        ],
        text="""\
@T | 中学推普周活动方案设计
@H1 sec=goals alt=guidance | 一、目的意义
学校借第十七届全国推广普通话宣传周的机会开展务实的宣传，使普通话逐步成为校园语言，提高全xx中学师生的'语言文字规范意识和推普参与意识，推动学校推普和语言文字规范化工作向纵深发展。
@H1 sec=responsibilities | 二、成立学校第十六届推普周工作领导小组
组长：xxx
副组长：xxx
组员：xxxx 各班班主任
@H1 sec=phases alt=other | 三、活动时间、参与人员
@I2 text=1、活动时间 | 1、活动时间：xxxx年9月15日至21日
@I2 text=2、参与人员 sec=other | 2、参与人员：xxxx初级中学全体师生
@H1 sec=other | 四、活动主题
说好普通话，圆梦你我他。
@H1 sec=goals alt=measures | 五、活动计划
@I2 | 1、在校园内张贴宣传图片、校园广播、校园电子屏显示宣传标语，营造浓厚的推普氛围。
@I2 | 2、利用校园广播站宣读“xx中学推广普通话倡议”。
@I2 | 3、各班召开关于推普工作的主题班会。
@I2 | 4、各班级于9月21日前出一期以推广普通话为主题的板报。
@I2 | 5、开展“校园啄木鸟在行动”——“校园不规范用字清查”活动。
@I2 | 6、xx中学推普志愿者9月20日上午在人民路设置宣传站。
@I2 | 7、开展xx中学第五届“暑期读一本好书”读书征文活动。
@I2 | 8、积极开展xx中学经典诵读活动，组队参加市县级经典诵读比赛。
@I2 | 9、九月底开展推普周活动总结。
""",
    ),
    dict(
        name="fresh80_07_school_clean_village_activity",
        source="https://www.qunzou.com/huodongfangan/1466783.html",
        doc_kind="activity_plan", partial=True,
        notes=["The first sample of a collection page of 乡村清洁活动方案: a school's campaign that reaches families "
               "through its pupils (倡议书 taken home, 家长会, 主题班会). The site's breadcrumb, date and blurb were "
               "dropped, and the sample number in '乡村清洁活动方案1' was removed from the title.",
               "二、活动时间 gives the overall period '20xx年12月至20xx年3月' on its own line: an optional phase.",
               "三、活动内容 lists six '1、举行一次启动仪式。…' run-in headings (title sentence, then body), level 2, "
               "goals with measures accepted. The site's anti-copy apostrophe in item 4 ('…环境的'意义…') is kept. "
               "The holidays named in item 6 (元旦、春节、元宵及植树节) are occasions, not phases. The page ends inside "
               "item 6 ('…清除垃圾')."],
        units=[],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年12月", end_text="20xx年3月", at="20xx年12月至20xx年3月"),
        ],
        text="""\
@T | 乡村清洁活动方案
@H1 sec=other | 一、活动主题
清洁乡村，美丽家园
@H1 sec=phases alt=other | 二、活动时间
20xx年12月至20xx年3月
@H1 sec=goals alt=measures | 三、活动内容
@H2 | 1、举行一次启动仪式。举行“清洁乡村，美丽家园”启动仪式，宣读倡议书，家长代表和学生代表发言，签名宣誓，让学生认识到个人居住环境与社会人居环境的关系，做到教育一名学生、带动一个家庭。
@H2 | 2、印发一份倡议书。拟定《“清洁乡村，美丽家园”倡议书》由学生带回家，倡议家长学习文明守则、改正不良习惯；倡议书一式两份，一份学生和家长签名后交学校存档，一份贴在家中。
@H2 | 3、办好一期黑板报或宣传栏。以“清洁乡村，美丽家园”为主题宣传生态文明知识，增强学生的环保意识，养成文明卫生的习惯。
@H2 | 4、召开一次家长会。召开活动家长会，宣传爱护街道（村庄）环境的'意义和要求，建立家校联动机制。
@H2 | 5、开好一次主题班会。以班级为单位召开“向家长捎句话”主题班会，学生与家长一起学习文明公约。
@H2 | 6、参加一次义务劳动。借助元旦、春节、元宵及植树节等节日契机，集中组织师生及家长，共同深入所在社区（村组），清除垃圾
""",
    ),
    dict(
        name="fresh80_08_city_urban_management_publicity_scheme",
        source="https://wnwk.com/doc/1941414.html",
        doc_kind="scheme", partial=True,
        title_override="市城管局开展专项整治行动宣传工作实施方案",
        notes=["A county-level city's urban-management bureau (霸州) scheme for the publicity work of a special "
               "rectification campaign, from a document-sharing page. The page marker '第1页共3页' is kept as its own "
               "line (debris, never labelled). The title appears twice (the site's title and the document's own): both "
               "are title lines. Conversion quotes (“三个代表〞, “三大战役〞) and 方案 for 计划 are the page's.",
               "Sections in view: 一、指导思想和目标要求 (guidance, goals accepted) and 二、主要工作任务和责任分工 (goals, "
               "responsibilities accepted) with the run-in heading '（一）运用报刊媒体和网络媒体宣传。…' at level 2.",
               "The campaign's three stages are named only inside a body line of 二、 ('“三个阶段〞（即：宣传发动与清查"
               "摸底阶段、集中治理阶段、检查验收阶段）'): they are the stages of the bureau's main rectification scheme, "
               "given without dates and without headings, so they are not labelled as phases of this document. The "
               "page ends inside （一） ('…对群众上')."],
        units=["市城管局"],
        text="""\
第1页共3页
@T | 市城管局开展专项整治行动宣传工作实施方案
@T | 市城管局开展专项整治行动宣传工作实施方案
为依法加强城市管理、优化霸州的外部环境，市委市政府决定集中时间在全市开展专项整治行动。为营造良好的整治氛围，确保我局承担的市区违法建筑、废品收购和煤炭经营行业、市区交通秩序三项整治圆满完成，结合工作实际制定本宣传工作实施方案。
@H1 sec=guidance alt=goals | 一、指导思想和目标要求
以邓小平理论和“三个代表〞重要思想为指导，按照全市专项整治行动总体实施方案的要求和进度，把宣传贯穿整治行动全过程，紧扣“三大战役〞（市区违章建筑专项整治、废品收购和煤炭经营行业整治、市区交通秩序专项整治）的进程和重点、难点、热点，有方案、有步骤地掀起声势大、形式多样的宣传活动，发动社会各界共同参与，确保完成三项整治任务。
@H1 sec=goals alt=responsibilities | 二、主要工作任务和责任分工
这次宣传工作主要围绕我局专项整治行动实施方案的“三个阶段〞（即：宣传发动与清查摸底阶段、集中治理阶段、检查验收阶段）进行，用宣传推动整治。主要工作任务如下：
@H2 | （一）运用报刊媒体和网络媒体宣传。在新霸州报开设专栏跟踪报道整治活动，做到期期有内容；在霸州城管网站设整治行动板块，每天公布简报、快讯、影像和图片；设立法律咨询站和群众意见箱，对群众上
""",
    ),
    dict(
        name="fresh80_09_company_new_year_contest_activity",
        source="https://m.wnwk.com/doc/795773.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A company's New Year sports-contest plan (organised by its 工会 and 团委), from a document-sharing page "
               "whose text was converted and spun: 版权全部 (for 版权所有) is glued to the end of the 活动时间 line as a "
               "watermark (kept, never labelled), 分散力 / 其次名 / 嘉奖 / 鼓舞 / 规章 are the page's word substitutions.",
               "The page ran the text into one block; it was split at the headings. Under 六、活动内容 the sub-heads "
               "'1、竞赛节目' / '2、竞赛规章' / '3、竞赛嘉奖' are level 2. The five events are numbered with bare digits "
               "glued to the text ('180分' is item 1, the card game 80分; '2拔河', '3乒乓球'…): under 竞赛节目 they are "
               "a two-line table flattened by the page ('180分2拔河3乒乓球' / '4篮球5羽毛球', body), under 竞赛规章 and "
               "竞赛嘉奖 one line each, labelled items with numbering '1'…'5' (style none), level 3.",
               "三、活动时间 gives '2023年元旦前后', a vague overall time: optional phase with no end. 四、活动领导小组 "
               "holds key-value lines and 'xxx任总裁判。副裁判为xxx。' (body). The page ends with the stray '2' of the "
               "next page, dropped."],
        units=["公司工会", "团委"],
        extra_phases=[
            dict(name="活动时间", start_text="2023年元旦前后", end_text=None, at="2023年元旦前后"),
        ],
        text="""\
@T | 2023年企业元旦节目竞赛活动方案
@H1 sec=other | 一、活动主题
庆祝元旦，喜迎2023，期盼奥运，全民健身
@H1 sec=goals alt=guidance | 二、活动目的
丰富企业文化生活，促进员工身心健康，加强员工之间的沟通互动，增加公司的分散力，使公司成为团结向上、富有开拓进取精神的大家庭。
@H1 sec=phases alt=other | 三、活动时间
2023年元旦前后。版权全部
@H1 sec=responsibilities | 四、活动领导小组
组长：xxx
副组长：xxx
组员：各部门负责人
xxx任总裁判。副裁判为xxx。
@H1 sec=responsibilities | 五、活动组织单位
公司工会，团委
@H1 sec=goals alt=other | 六、活动内容
@H2 | 1、竞赛节目
180分2拔河3乒乓球
4篮球5羽毛球
@H2 | 2、竞赛规章
@I3 num=1 | 180分二人为一组，自由组合，实行淘汰赛。取一、二名。
@I3 num=2 | 2拔河以部门为单位，十人为为组。取一、二名。
@I3 num=3 | 3乒乓球实行淘汰赛，11球胜出者进入下一轮。取前三名。
@I3 num=4 | 4篮球四个操作部各选一代表队。抽签分组取一、二名。
@I3 num=5 | 5羽毛球实行淘汰赛，先得11分者胜出进入下一轮。取前三名。
@H2 | 3、竞赛嘉奖
@I3 num=1 | 180分第一名每人100元其次名每人50元
@I3 num=2 | 2拔河奖状鼓舞
@I3 num=3 | 3乒乓球第一名150元其次名100元第三名50元
@I3 num=4 | 4篮球第一名200元其次名150元
@I3 num=5 | 5羽毛球第一名150元其次名100元第三名50元
合计：1250元
""",
    ),
    dict(
        name="fresh80_10_water_company_climbing_contest_activity",
        source="https://xiexiebang.com/a9/2019051418/ae27d5a15bacaad1.html",
        doc_kind="activity_plan", partial=True,
        notes=["A city water-supply company's May Day hill-climbing contest plan, the first sample of a collection page; "
               "the sample header '第一篇：供水企业登山竞赛活动方案' was dropped and the document's own title kept. The "
               "city is masked in the source ('**市自来水公司').",
               "'一、指导思想和目的以国家倡导的…' has lost the break between heading and body (no punctuation): kept "
               "glued, heading text set by hand. '二、宣传口号：我运动、我健康、我工作、我快乐' is a heading with its "
               "value on the line (short value, text set by hand), other.",
               "三、加强组织领导 (responsibilities) names six groups but shows three with their key-value lines: the "
               "unnumbered labels '登山起点组：', '安全保障组：', '登山终点组：' act as level-2 headings (安全保障组 is not "
               "in the list of six, which has 路线站点组 and 安全管理组: the source's inconsistency). "
               "'总指挥：' / '负责人：' / '成员：' / '职责：…' are key-value body lines. The visible part has no schedule; "
               "'5月1日' in the opening is the holiday, not a phase. The page ends inside the last 职责 line."],
        units=["**市自来水公司", "组委会", "登山起点组", "安全保障组", "登山终点组"],
        text="""\
@T | 市自来水公司庆“五一”登山竞赛活动方案
5月1日国际劳动节即将到来。为纪念1886年的工人运动、保障劳动者权益，宣传我市对外经济、旅游开发和供水企业的发展成就，丰富员工文体生活，提高员工身体素质，公司按文体活动安排，决定在五一组织全员登山竞赛，特制定本方案，具体内容如下：
@H1 text=一、指导思想和目的 sec=guidance alt=goals | 一、指导思想和目的以国家倡导的“全民健身”总要求为指导，以增强员工的团队、协作和大局意识、提高身体素质为目的，营造健康向上的企业文化氛围，增强公司凝聚力，促进企业文化建设和精神文明建设。
@H1 text=二、宣传口号 sec=other | 二、宣传口号：我运动、我健康、我工作、我快乐
@H1 sec=responsibilities | 三、加强组织领导
成立**市自来水公司庆五一登山竞赛活动组委会，下设登山起点组、路线站点组、登山终点组、拔河现场指挥组、后勤保障组及安全管理组共6个小组。
总指挥：
成员：
@H2 | 登山起点组：
负责人：
成员：
职责：负责起点的组织管理，包括参赛者签到、宣布竞赛规则和须知、发布开始号令、人员造册登记、发放参赛徽标和饮用水。
@H2 | 安全保障组：
负责人：
成员：
职责：负责赛事途中的组织管理，包括岔路口指引、监督竞赛规则执行、提供饮用水；负责整个活动的安全警戒，包括山上人身安全、集结点交通安全、拔河现场秩序，以及途中年老体弱员工的意外救助。
@H2 | 登山终点组：
负责人：
成员：
职责：活动终点的组织管理，公平、公正、公开裁决
""",
    ),
]
