# -*- coding: utf-8 -*-
"""The fifth held-out fresh set: real Chinese work plans, schemes, activity
plans and a summary whose visible part contains an implementation-steps /
phases part, found as stored public web pages with the `search` tool's
`pages` corpus.  None of the source pages is a source of shared/corpus-dev or
tests/corpus_fresh .. tests/corpus_fresh4.  HELD OUT: never tune an importer
on these documents; score totals only.

Derived exactly like the earlier sets (see their READMEs):
- Only the part of the page that the store returned is represented, so every
  document is partial; nothing after the visible part was invented.  Site
  boilerplate (navigation, download notices, site blurbs, bylines, collection
  titles and sample numbers) was dropped; debris that a user pasting from the
  page would get along (page markers, chunk markers) is kept and never labelled.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；！ was restored, except where a document's notes say
  otherwise.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, quoted slogans and the masking found in the
  source are kept.  Personal names were dropped.
- Pages that arrived as one run-together block were split into lines at the
  paragraph and heading boundaries the text shows.

Marker syntax: see tests/fresh_build/build.py.
"""

FRESH5_DOCS = [
    # ------------------------------------------------------------- plans
    dict(
        name="fresh5_01_young_pioneers_monthly_plan",
        source="https://www.mingyanjiaju.org/fanwen/shaoxianduigongzuojihua/20101011181816343919235_2.htm",
        doc_kind="plan", partial=True,
        notes=["A primary school Young Pioneers brigade's work plan for the 2011 school year in traditional characters, "
               "page 2 of a paginated article: the title line is the page heading, then the page starts at point "
               "'4.讀書使人高尚，…' of a part whose heading is not visible (an item at level 2, level 1 accepted). "
               "Bodies rewritten in traditional characters.",
               "三、每月安排。 has one month heading per line ('二月份：' … '六月份：'), each with numbered tasks "
               "(items, numbered '1、' or '1.' as on the page) and a '主要節日：' line. Each month is a phase with the "
               "month as written as its start and no end."],
        units=["少先隊大隊部"],
        text="""\
@T | 2011學年少先隊工作計畫
@I2 lvlalt=1 sec=goals alt=measures | 4.讀書使人高尚，藝術讓人優雅，文化是校園的靈魂。大隊部計劃四月份組織全校隊員辦讀書節，五月份辦藝術節，兩項活動都與奧運相結合。
此外，大隊部還將結合重大節日、傳統節日和重要紀念日，組織形式多樣的慶祝活動，讓隊員留下難忘的記憶。
@H1 sec=phases | 三、每月安排。
@H2 phase=二月份;二月份; | 二月份：
@I3 | 1、制定少先隊計畫，各中隊根據實際制定好中隊計畫。
@I3 | 2、召開隊幹部工作會議。
@H2 phase=三月份;三月份; | 三月份：
@I3 | 1.全面開展“溫暖2011的春天”系列活動。
本月節日：3月3日全國愛耳日，3月5日學雷鋒紀念日，3月8日國際“三八”婦女節，3月12日植樹節，3月15日消費者權益日，3月22日世界水日，3月23日世界氣象日，3月最後一周為全國安全教育周。
@I3 | 2、“同許新年心愿 共迎奧運盛會”開學典禮。
@H2 phase=四月份;四月份; | 四月份：
@I3 | 1.開展“讀健康書籍 走成功之路”讀書節活動。
@I3 | 2.革命傳統教育。
@I3 | 3.節水防污主題活動。
本月節日：4月5日清明節，4月7日衛生日，4月22日地球日，四月份最後一周為“愛鳥周”。
@H2 phase=五月份;五月份; | 五月份：
@I3 | 1.“揚奧運精神 展藝術才華”藝術節活動。
@I3 | 2.繼續班隊工作研討
本月節日：5月1日勞動節，5月4日青年節，5月8日國際紅十字日，5月12日國際護士節，5月31日世界無菸日，5月第一個星期天母親節，農曆五月初五端午節。
@H2 phase=六月份;六月份; | 六月份：
@I3 | 1.慶“六一”暨藝術節閉幕式。
@I3 | 2.“喜迎奧運盛會，我為奧運加油”主題活動總結
@I3 | 3.爭章系列活動總結。
@I3 | 4.期末各項評優評先、各中隊進行班隊工作總評。
@I3 | 5.班隊工作研討總結
@I3 | 6.各類資料積累、整理歸檔。
本月節日：6月1日國際兒童節，6月5日全國愛眼日，6月22日國際環境日，6月25日全國土地日，6月26日國際禁毒日，六月第二個星期天父親節。
""",
    ),
    dict(
        name="fresh5_02_primary_school_integrity_education_plan",
        source="http://oriental01.com/fanwenwang/gzjh/20110301100708_579071.html",
        doc_kind="plan", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A primary school's 2010 integrity-education work plan in traditional characters, one run-together block "
               "on a template site ('相關推薦' dropped); split at the numbering markers. Bodies rewritten in traditional "
               "characters.",
               "三、活動組織和時間 gives the overall period in a key-value line ('時間：2010年9月-----2010年12月。', optional) "
               "and then all four stages date-first on one unnumbered body line ('2010年9月 動員部署階段；2010年10月----"
               "2010年11月全面實施階段；…；2010年1月---2010年2月 鞏固提高階段', the last year as the page has it); the "
               "four phases are labelled on that line.",
               "Under 四、活動內容 （一） the page's '★ 發布誠信倡議書。…' run-in points are headings (level 3, numbering "
               "'★') with key-value items '1、主辦部門：…' (level 4); one item lost its '、' ('1主辦部門：…', numbering "
               "'1' as on the page). The page ends inside （二）."],
        units=["學校黨支部", "德育處", "少先隊"],
        extra_phases=[
            dict(name="誠信教育活動", start_text="2010年9月", end_text="2010年12月", at="時間：2010年9月-----"),
            dict(name="動員部署階段", start_text="2010年9月", end_text=None, at="動員部署階段；", optional=False),
            dict(name="全面實施階段", start_text="2010年10月", end_text="2010年11月", at="全面實施階段；", optional=False),
            dict(name="總結考評階段", start_text="2010年12月", end_text=None, at="總結考評階段；", optional=False),
            dict(name="鞏固提高階段", start_text="2010年1月", end_text="2010年2月", at="鞏固提高階段", optional=False)],
        text="""\
@T | 小學開展誠信教育工作計劃
誠實守信是中華民族的傳統美德，是做人立德的根本；繼承誠信、回歸誠信是時代和社會的需要，校園更應倡導誠信。
@H1 sec=guidance | 一、指導思想
貫徹《公民道德建設實施綱要》，以增強誠信意識為重點，落實局黨委在教育系統開展“誠實守信進校園”宣傳教育活動的要求，推進師生思想政治教育和校風學風建設，培養師生的誠信品質。
@H1 sec=guidance alt=other | 二、活動宗旨和主題
宗旨：樹立誠信之風，弘揚誠信之風。
主題：人人知誠信，人人講誠信。
@H1 sec=phases alt=responsibilities | 三、活動組織和時間
組織：在學校黨政班子領導下由黨支部具體操作，德育處、少先隊配合，面向全校師生開展系列誠信教育活動。
時間：2010年9月-----2010年12月。
2010年9月 動員部署階段；2010年10月----2010年11月全面實施階段；2010年12月 總結考評階段；2010年1月---2010年2月 鞏固提高階段
@H1 sec=goals alt=measures | 四、活動內容
@H2 text=（一）~宣傳動員 | （一） 宣傳動員
@H3 num=★ text=★~發布誠信倡議書 | ★ 發布誠信倡議書。倡導師生在校誠信教學、在社會誠信做人做事，珍視誠信價值。
@I4 | 1、主辦部門：學校黨支部、德育處
@I4 | 2、時間：2010年9月
@I4 | 3、載體：校宣傳櫥窗、校園廣播、網絡、BBS和告家長書。
@H3 num=★ text=★~誠信簽名活動 | ★ 誠信簽名活動。師生以簽名承諾今後誠信為人、誠信做事。
@I4 num=1 | 1主辦部門：德育處、少先隊
@I4 | 2、時間：2010年9月
@I4 | 3、地點：學生操場。
@H2 text=（二）建立師生個人信用檔案 | （二）建立師生個人信用檔案 將師生的信用情況，如教學成績、獲獎情
""",
    ),
    # ----------------------------------------------------------- schemes
    dict(
        name="fresh5_03_land_contract_registration_scheme",
        source="https://www.wnwk.com/doc/528173.html",
        doc_kind="scheme", partial=True,
        title_override="xxx区2023年农村土地承包经营权确权登记颁证整区推进工作方案",
        notes=["A district's notice issuing its 2023 scheme for registering rural land contract rights, one run-together "
               "block on a document-sharing site; split at the markers. Two title lines: the notice heading as the page "
               "shows it ('区XX年…', line 2) and the scheme's own title (line 8), which is the title. Masks ('xxx区', "
               "'xx农办发[2023]xx号', '2023年xx月xx日') kept; the addressee, issuers and date are body lines.",
               "The viewer's page markers are kept as debris: '第1页共5页' on its own line before the title and "
               "'第2页共5页' glued inside item （1） as on the page.",
               "二、工作安排 （一） has run-in stages '1.发动宣传阶段（1-3月）。…' and '2.摸底核实阶段（4-9月）。' (level 3); "
               "the month unit is shared, so the start is written '1' / '4' and the end '3月' / '9月'. The page ends "
               "inside item （3）."],
        units=["区农林水利局"],
        text="""\
第1页共5页
@T | 区XX年农村土地承包经营权确权登记颁证整区推进工作方案
xxxxxx：
为推进全区农村土地承包经营权确权颁证登记，经区委、区政府同意，现将xxx区2023年整区推进工作方案印发给你们，请认真执行。
中共xx市xxx区委员会办公室
xx市xx区人民政府办公室
2023年xx月xx日
@T | xxx区2023年农村土地承包经营权确权登记颁证整区推进工作方案
按照省农村工作领导小组办公室关于2023年确权登记颁证试点工作方案的通知（xx农办发[2023]xx号），我区已列为2023年省整区推进试点区，为按时完成试点任务，结合区情制定本方案。
@H1 sec=goals | 一、目标任务
@I2 | （一）2023年上半年全面完成xxx镇、街道办事处土地确权登记颁证工作。
@I2 | （二）2023年年底争取完成xxx镇、街道办事处土地确权登记颁证任务。
@H1 sec=phases | 二、工作安排
@H2 | （一）xxx镇、街道办事处土地确权登记的工作步骤和时间安排。
@H3 phase=发动宣传阶段;1;3月 | 1.发动宣传阶段（1-3月）。区、镇、街道办事处、村（社区）委会和村民小组逐级召开发动会，向农户讲清确权登记的目的、内容和步骤，调动参与积极性，并抓好培训。
@H3 phase=摸底核实阶段;4;9月 | 2.摸底核实阶段（4-9月）。
@I4 | （1）准备前期资料。xxx镇、街道办事处收集二轮承包合同第2页共5页登记薄、农户信息和第二次全国土地调查资料，录入承包地块和承包人信息。
@I4 | （2）获取航拍地图。区农林水利局招标确定专业技术单位开展航拍，取得符合精度要求的正射影像图并组织勘测定界。
@I4 | （3）开展勘测定界等外业工作。取得数字正射影像图后，区农林水利局及时组织xxx镇、街道办事处、村（社区）
""",
    ),
    dict(
        name="fresh5_04_property_management_rectification_scheme",
        source="http://wenshu.52jianpu.com/fangan/4690232.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True, title_override="物业整改方案",
        notes=["A district's scheme for a one-year campaign to standardise residential property management, the first "
               "sample of a template page; the page heading and the repeated article title are both title lines; the "
               "time line, the site blurb and the sample label '物业整改方案1' were dropped.",
               "二、时间安排 announces three stages in a body line and then gives them as run-in headings "
               "'（一）动员部署阶段从x年xx月xx日至x月30日。…'; the masked years and the damaged '从年12月1日' (year lost) "
               "are kept as written. The page ends inside 三、工作内容's first paragraph."],
        units=["区建设局", "区物业管理工作领导小组"],
        text="""\
@T | 物业整改方案
@T | 物业整改方案
@H1 sec=goals | 一、总体目标
贯彻科学发展观，规范工作机制以提升政府监管水平，规范企业管理以提升物业服务品质，规范业主行为以提升服务消费意识，推动住宅小区环境、物业服务质量和居住品质明显提升，创建整洁、文明、安全、舒适的宜居环境。
@H1 sec=phases | 二、时间安排
规范提升物业管理专项活动为期一年，分动员部署、组织实施、检查验收3个阶段。
@H2 phase=动员部署阶段;x年xx月xx日;x月30日 | （一）动员部署阶段从x年xx月xx日至x月30日。区建设局摸清辖区物业管理情况，列出规范提升项目清单，召集有关部门、物业公司和业主代表开会，制定方案、部署工作。
@H2 phase=组织实施阶段;x年xx月xx日;11月30日 | （二）组织实施阶段从x年xx月xx日至11月30日。各街道办事处、社区、职能部门和建设单位围绕“三个规范、三个提升”目标，安排工作、落实专项资金并抓好推进。
@H2 phase=检查验收阶段;年12月1日;12月31日 | （三）检查验收阶段从年12月1日至12月31日。结合市级检查验收，由区物业管理工作领导小组组织检查组考核全年工作，总结经验，建立长效管理机制。
@H1 sec=goals alt=measures | 三、工作内容
落实《市区人民政府关于进一步加强区物业管理工作的意见》，按新建小区、新建安置小区、旧住宅小区三类物业管理
""",
    ),
    # ---------------------------------------------------- activity plans
    dict(
        name="fresh5_05_school_grain_saving_week_activity",
        source="https://www.xiaomilidoc.com/p-1821836.html",
        doc_kind="activity_plan", partial=True,
        title_override="xx学校第26个全国爱粮节粮宣传周活动方案",
        notes=["A school's plan for the 26th national grain-saving publicity week (2016), one run-together block on a "
               "document-sharing site, split at the markers. Two title lines: the file title and the document's own "
               "title with its mask 'xx学校' (the title). The viewer's page markers '第1页共1页', '第1页共2页' and "
               "'第2页共2页' are kept as debris lines.",
               "Headings run in with their values: '一、活动目的：…' (cut at the colon), '二、活动主题：…' (short value, "
               "whole line), '四、活动时间。10月15日至10月20日。' (overall period, optional). 五、活动安排： has three "
               "stages '1.动员准备阶段：时间为10月14日至15日。' (level 2, text cut at the colon) with the dates after "
               "'时间为'; the second stage has items （1）–（4）. The signing date is body."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="10月15日", end_text="10月20日", at="四、活动时间")],
        text="""\
@T | 学校第26个全国爱粮节粮宣传周活动方案
@T | xx学校第26个全国爱粮节粮宣传周活动方案
“民以食为天”，粮食在国民经济中的基础地位不可替代。“一粥一饭，当思来处不易；半丝半缕，恒念物力维艰。”每位同学都要从现在做起，把爱惜粮食、节约粮食落到实处。
@H1 sec=goals alt=guidance | 一、活动目的：让“节粮爱粮”不只是口号，而成为每个人心中的情结和日常的行动，改变自己的生活习惯，共建和谐校园。
@H1 sec=other | 二、活动主题：一米一粟来之不易，爱粮节粮人人有责
@H1 sec=responsibilities | 三、组织机构
组长：xx
副组长：xxxx
成员：xx
@H1 sec=phases alt=other | 四、活动时间。10月15日至10月20日。
@H1 sec=phases | 五、活动安排：
@H2 phase=动员准备阶段;10月14日;15日 | 1.动员准备阶段：时间为10月14日至15日。
第1页共1页
@H2 phase=活动阶段;10月15日;17日 | 2.活动阶段：时间为10月15日至17日。
@I3 | （1）以国旗下讲话、展板、横幅签名和宣传单向师生宣传，在日常监督中劝导节约，批评并督促纠正浪费行为。
@I3 | （2）在食堂随机拍下浪费粮食的行为，做成海报展示，从同学身边的事引起共鸣。
@I3 | （3）各班办好宣传班刊，图文并茂地介绍“世界粮食日”，让同学感到节约粮食的必要。
@I3 | （4）制作以“节约粮食”为目的的视频。
第1页共2页
@H2 phase=活动总结阶段;10月18日;20日 | 3.活动总结阶段：时间为10月18日至20日。
@H1 sec=requirements | 六、活动要求：各部门在10月20日前把活动总结、图片和视频等材料交学校后勤办。
二〇一六年十月十一日
第2页共2页
""",
    ),
    dict(
        name="fresh5_06_county_school_food_safety_week_activity",
        source="https://45zw.cc/book/64889/42324719.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county education system's food-safety publicity week plan (2017), stored on a novel-reading site as a "
               "'chapter': the title line is the page heading as it shows it, cut off ('…活动方'); the byline and the "
               "site's chapter blurb were dropped. The lead-in calls it an 实施方案 (scheme accepted).",
               "二、活动时间 gives the overall period in a body line ('xx年6月16日至7月2日。', optional). 三、活动步骤 "
               "has four date-first steps '1、6月16日：…' (level 2, text cut at the colon); each step is a phase named "
               "after its action, with one date or a range. The '6月28日前' in 四、活动要求 item 4 is a deadline, not a "
               "phase."],
        units=[],
        extra_phases=[dict(name="食品安全宣传周活动", start_text="xx年6月16日", end_text="7月2日", at="xx年6月16日至7月2日")],
        text="""\
@T | 2017年度食品安全宣传周活动方
按照市、县食安委的统一部署，为开展好全县教育系统xx年度食品安全宣传周活动，制定本实施方案。
@H1 sec=other | 一、活动主题
尚德守法，全面提升食品安全法治化水平。
@H1 sec=phases alt=other | 二、活动时间
xx年6月16日至7月2日。
@H1 sec=phases | 三、活动步骤
@H2 phase=食品安全周启动;6月16日; | 1、6月16日：食品安全周启动。各校营造氛围，悬挂标语，通过校讯通和宣传资料广泛宣传。
@H2 phase=专题讲座或主题班会;6月17日; | 2、6月17日：各校举办一次专题讲座或主题班会，向师生普及食品安全知识。
@H2 phase=各单位组织一次自查;6月18日;25日 | 3、6月18日至25日：各单位组织一次自查，检查辖区学校、幼儿园食堂和校园食品店的制度措施，治理校门口流动摊点，整改问题，尤其关注中高考和端午节期间的食品安全。
@H2 phase=回头看;6月26日;7月2日 | 4、6月26日至7月2日：各单位对自查问题开展回头看，做好宣传周收尾，上报工作经验和活动影像资料。
@H1 sec=requirements | 四、活动要求
@I2 | 1、高度重视，统一部署，按文件要求开展好本单位的宣传周活动。
@I2 | 2、以宣传周为契机，推动学校食堂量化等级提升，建立食品安全管理长效机制。
@I2 | 3、宣传周期间集中宣传本校食品安全管理的典型经验，提升师生的食品安全意识。
@I2 | 4、活动结束后，将盖章的活动总结和影像资料于6月28日前报教育局思政体卫股，并发送电子稿。联系电话：581xxxx
""",
    ),
    dict(
        name="fresh5_07_university_club_showcase_contest_activity",
        source="https://m.deliwenku.com/p-86910509.html",
        doc_kind="activity_plan", partial=True, title_override="社团风采大赛策划书",
        notes=["A university campus club-showcase contest plan from a document-sharing site (the file name, upload "
               "metadata and the sample label '社团风采大赛筹划书1' dropped). The site's chunk markers are kept: '1、' "
               "glued before the title (line 1, a title line; title set by hand) and '2、' starting the second chunk "
               "in the middle of a sentence of （三） (line 12, debris, unlabelled).",
               "Headings 一、–四、 on their own lines with short value lines. 四、活动流程 has run-in stages "
               "'（一）大赛报名（5月12日前）。…' … '（四）决赛（5月30日）。…': the first two are phases with an end "
               "('5月12日前', '5月20日前'), the last two with a single date (start). 一、活动时间's value "
               "'XX年5月5日至5月30日' is the overall period (optional). The page ends mid-sentence."],
        units=[],
        extra_phases=[dict(name="社团风采大赛", start_text="XX年5月5日", end_text="5月30日", at="XX年5月5日至5月30日")],
        text="""\
@T | 1、 社团风采大赛策划书
@H1 sec=phases alt=other | 一、活动时间
XX年5月5日至5月30日
@H1 sec=other | 二、活动主题
社说新语
@H1 sec=guidance alt=goals | 三、活动宗旨
大赛为各社团搭建展示风采、相互交流的舞台，鼓励社团发挥创新精神和自身优势，展现中山大学学生的精神面貌和珠海校区社团的活力与创意，为同学们拓宽视野、陶冶情操。
@H1 sec=phases | 四、活动流程
@H2 phase=大赛报名;;5月12日前 | （一）大赛报名（5月12日前）。参赛社团提交报名表。
@H2 phase=节目筹划提交;;5月20日前 | （二）节目筹划提交（5月20日前）。参赛社团提交节目策划。
@H2 phase=初赛;5月22日; | （三）初赛（5月22日）。各社团依次展示节目或节目策划（节目未备好的社团可改为进
2、行策划展示）。初赛看重策划的创意，评委现场打分占60%，线上投票占40%，投票方式另行通知；本轮选出15个社团进入决赛，入围数视报名情况而定。
@H2 phase=决赛;5月30日; | （四）决赛（5月30日）。各社团依次展示节目，可在初赛节目基础上微调；最终得分由初赛成绩占20%、现场观众投票占30%、评委打分占50%组成。评出特等奖一名、一等奖两名、二等奖三名、三等奖九名和最佳创意奖一名并给予校级奖励，奖励方式见下文“
""",
    ),
    dict(
        name="fresh5_08_intercollegiate_culture_week_activity",
        source="http://www.dgahdf.cn/cehua/3rbwtuqqu8.html",
        doc_kind="activity_plan", partial=True,
        notes=["A student union's plan for an intercollegiate 'culture exchange week', on a site whose text is "
               "machine-converted to traditional characters (spam header, breadcrumb and date line dropped). Bodies "
               "rewritten in traditional characters.",
               "Headings are numbered '一' … '五' followed by spaces instead of '、' (numbering given explicitly); the "
               "page numbers '一  活動概況' and then again '一 活動主題：…' to '五 活動日程': 活動概況 is taken as level 1 "
               "and the rest as level 2 (level 1 accepted). Under 四 活動內容 the letter points 'A文化篇：…' – "
               "'F總結篇：…' are items.",
               "五 活動日程 is a date-first schedule, one row per line ('10月8號―10月11號    各學校學生會…'): four "
               "phases labelled on the rows (dates with 號 as on the page; the rows are items at level 3). 三 活動時間's "
               "'20XX 年11月8日――11月15日' (space as on the page) is the overall period (optional); the schedule starts "
               "earlier than it, as on the page."],
        units=[],
        extra_phases=[dict(name="文化交流周", start_text="20XX 年11月8日", end_text="11月15日", at="三 活動時間")],
        text="""\
@T | 高校文化交流周的策劃書
@H1 num=一 sec=background alt=goals text=一~~活動概況 | 一  活動概況
為增進學校間友誼、豐富校園文化生活、提高學生綜合素質，並提供一個展示和借鑒的平台，我們將聯合各大高校舉辦一次校際“文化交流周”活動。
@H2 num=一 lvlalt=1 sec=other | 一 活動主題：文化饕餮，交流盛宴
@H2 num=二 lvlalt=1 sec=other | 二活動主體：大一、大二、大三學生及學校部分教師
@H2 num=三 lvlalt=1 sec=phases alt=other | 三 活動時間：20XX 年11月8日――11月15日
@H2 num=四 lvlalt=1 sec=goals alt=other | 四 活動內容：
@I3 num=A | A文化篇：書法、繪畫作品現場制作大賽  校際辯論大賽
@I3 num=B | B益智篇：校際智力大比拼、各界人士或有名學者到各個高校進行相關內容講座
@I3 num=C | C精華篇：回眸經典電影、歷史短劇編排大賽
@I3 num=D | D文體篇：校際游泳大賽、校際樂隊聯合party、校際三人制籃球賽
@I3 num=E | E創意篇：攝影大賽、美食文化街、原創文學展、原創文學朗誦大賽
@I3 num=F | F總結篇：晚會及校園社團活動成果展（視學校情況而定）
@H2 num=五 lvlalt=1 sec=phases | 五 活動日程
@I3 text=10月8號―10月11號 phase=各學校學生會負責人開會;10月8號;10月11號 | 10月8號―10月11號    各學校學生會負責人開會商定“文化交流周”事宜，制定實施方案，成立活動組委會（含相關老師）、各分賽事負責組和終極評審團。
@I3 text=10月12號―11月7號 phase=校內初賽、復賽;10月12號;11月7號 | 10月12號―11月7號    各高校先在校內完成辯論、智力比拼、短劇、游泳、籃球、攝影、美食街和文學等項目的校內初賽、復賽，把決賽名單交組委會。
@I3 text=11月8號―11月13號 phase=各項賽事決賽;11月8號;11月13號 | 11月8號―11月13號    各高校間的各項賽事決賽。
@I3 text=11月14號 phase=晚會彩排;11月14號; | 11月14號     晚會彩排
""",
    ),
    dict(
        name="fresh5_09_senior_class_mountain_cleanup_activity",
        source="https://2blog.ilc.edu.tw/6450/2015/10/28/104%e5%b9%b4%e5%ba%a6-%e8%a1%8c%e6%94%bf%e8%88%87%e7%ae%a1%e7%90%86-%e7%a9%8d%e6%a5%b5%e7%88%ad%e5%8f%96%e8%a3%9c%e5%8a%a9%e6%88%96%e7%b5%90%e5%90%88%e7%a4%be%e6%9c%83%e8%b3%87%e6%ba%90%e6%8e%a8-2",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["A Taiwanese senior high school's plan (traditional characters, ROC years) for a coming-of-age "
               "mountain clean-up of its 104 school year, from a school blog; the attached file names on the second "
               "title line were dropped. Two title lines (school and activity / '活動實施計畫'), joined as the title.",
               "Level-1 headings use 壹、 … 拾壹、 (numbering given explicitly; the page numbers two parts '拾壹、'). "
               "Several are 'label：value' lines; 參、核心精神：… and 陸、活動日期：… keep the whole line. 玖、實施進度： "
               "has four date-first steps '一、104年10月12日：報府提送新計畫。' (level 2, text cut at the colon): phases "
               "with a single date each. 陸's '104年10月22日' is the activity day (optional).",
               "拾壹、活動行程表 is a table flattened one cell per line (unlabelled, as dev18; the time slots are not "
               "labelled as phases). The leader's personal name after '訓育組' was dropped."],
        units=["南澳高中學務處", "訓育組"],
        extra_phases=[dict(name="活動日期", start_text="104年10月22日", end_text=None, at="陸、活動日期")],
        text="""\
@T | 宜蘭縣立南澳高中104學年度『高三成年禮淨山環保』
@T | 活動實施計畫
@H1 num=壹、 sec=background | 壹、計畫源起：
@I2 | 一、依據宜蘭縣政府「104年宜蘭縣高中職鄉關行囊補助計畫」
@I2 | 二、環保署推動清淨家園全民運動計畫。
@I2 | 三、教育部104年度友善校園學生事務與輔導工作計畫。
@H1 num=貳、 sec=goals | 貳、實施目的：
@I2 | 一、提升高三應屆畢業生的身心體魄與學習成效，培養終身學習的態度。
@I2 | 二、從豐富的生態資源中體會環境保護的不易，建立愛護鄉土資源的觀念。
@I2 | 三、藉由活動指導學生環保觀念，促進學校與社區良性互動，共謀永續經營。
@I2 | 四、透過清潔環境，教導學生珍惜環境、不亂丟垃圾，守護家園、日行一善。
@H1 num=參、 sec=guidance alt=other | 參、核心精神：淨山環保、重建家園
@H1 num=肆、 sec=responsibilities | 肆、主辦單位：南澳高中學務處。
@H1 num=伍、 sec=responsibilities | 伍、協辦單位：各處室。
@H1 num=陸、 sec=phases alt=other | 陸、活動日期：104年10月22日（四）下午
@H1 num=柒、 sec=other | 柒、活動地點：南澳鄉運動場、植物園周圍環境
@H1 num=捌、 sec=other | 捌、計畫對象：本校全體高三同學45名（高三仁除外）、帶隊教師7名。
@H1 num=玖、 sec=phases | 玖、實施進度：
@H2 phase=報府提送新計畫;104年10月12日; | 一、104年10月12日：報府提送新計畫。
@H2 phase=進行路線勘察;104年10月14日; | 二、104年10月14日：進行路線勘察。
@H2 phase=導師、工作人員行前說明會;104年10月15日; | 三、104年10月15日：導師、工作人員行前說明會。
@H2 phase=活動執行;104年10月22日; | 四、104年10月22日：活動執行。
@H1 num=拾、 sec=requirements | 拾、活動相關事項說明：
@I2 | 一、本活動具鄉土教育意義，視同正課，全體同學都應參加。
@H1 num=拾壹、 sec=phases alt=other | 拾壹、活動行程表
活動日期：104.10.22（四）
時間
活動內容
時間
活動內容
13:00〜13:10
學校整隊集合
15:00〜15:30
休息、點心時間
13:10〜13:30
前往淨山地點
15:30〜15:45
步行回學校
13:30〜15:00
整理環境
15:45
準備放學
@H1 num=拾壹、 sec=responsibilities | 拾壹、工作分配
行政領隊：訓育組
隨隊教師：各班
""",
    ),
    dict(
        name="fresh5_10_county_consumer_rights_day_activity",
        source="http://plansum.cn/fangancehua/54331.html",
        doc_kind="activity_plan", partial=True,
        notes=["A county's plan for the 2015 '3.15' consumer rights day, from a template site (byline and category "
               "dropped). The page starts with the body of its first part; the heading '一、…' is not visible. The "
               "committee office director's personal name was dropped.",
               "'二.组织领导' uses '二.' as on the page. 三、活动安排 has six date-first steps '1、3月5日，组委会召开…' "
               "whose dates are followed by '，' (heading text set by hand to the numbering and date, as dev conventions "
               "for such steps); each is a phase named after its action: single dates are starts, '3月12日前' an end. "
               "The page ends at a bare '四', dropped as a truncated fragment."],
        units=["岳西县2015年“3.15”国际消费者权益日纪念活动组委会", "县市场监督管理局", "市场监管局"],
        text="""\
@T | 3.15国际消费者权益日活动方案
以党的十八届三中、四中全会和中央经济工作会议精神为指导，以“携手共治，畅享消费”为主题，宣传消费维权法律法规，提高消费者的维权观念和能力，创新维权机制，加强社会共治，落实惠民消费政策，释放消费潜力，促进我县经济健康稳定发展。
@H1 sec=responsibilities | 二.组织领导
成立岳西县2015年“3.15”国际消费者权益日纪念活动组委会，分管副县长任主任，县政府办副主任、县市场监督管理局局长和县消费者协会会长任副主任，县直有关部门和企业负责人为成员；组委会办公室设在县市场监督管理局，由该局副局长兼任办公室主任。
@H1 sec=phases | 三、活动安排
@H2 text=1、3月5日 phase=筹备会;3月5日; | 1、3月5日，组委会召开“3.15国际消费者权益日纪念活动筹备会。
@H2 text=2、3月9日至3月13日 phase=消费市场专项整治;3月9日;3月13日 | 2、3月9日至3月13日，各行政执法成员单位开展消费市场专项整治，并在各自领域做好消费维权宣传和执法检查。
@H2 text=3、3月12日前 phase=悬挂宣传横幅;;3月12日前 | 3、3月12日前，各成员单位和相关企业悬挂宣传横幅。
@H2 text=4、3月12日 phase=电视讲话;3月12日; | 4、3月12日，组委会发表电视讲话。
@H2 text=5、3月14日 phase=知识竞赛;3月14日; | 5、3月14日，举办《消费者权益保护法》《食品安全法》等法律知识竞赛（由市场监管局负责组织实施）。
@H2 text=6、3月15日 phase=法律法规咨询宣传;3月15日; | 6、3月15日，围绕“携手共治，畅享消费”年主题，组织有关单位和企业在竹篙尖公园开展法律法规咨询宣传、识假辨假、现场受理投诉和发放资料，并通过短信群发和宣传车上街宣传；各乡镇结合本方案做好辖区纪念活动。
""",
    ),
    dict(
        name="fresh5_11_college_poetry_contest_activity",
        source="http://www.wenrenren.com/c/122962O022021.html",
        doc_kind="activity_plan", partial=True,
        notes=["A college school's plan for its third poetry contest (2016) on a Q&A-style template page; the page's "
               "question heading ('诗词大赛活动策划书怎么写?') was dropped. '第一部分：活动介绍' is the only visible "
               "level-1 heading; 一、–九、 are level 2 (level 1 accepted), several as 'label：value' lines.",
               "Under 八、参赛方式： the items '2、活动时间：2016年11月21日――12月6日' (overall period, optional) and "
               "'3、报名时间：11月20日——11月24日' (the registration stage, a phase) carry dates; '4、比赛时间：' is "
               "followed by three unnumbered key-value lines '初赛时间：11月25日' … '决赛时间：12月6日' (body, "
               "unlabelled), each a phase with a single date. The page ends inside 九、's body."],
        units=["电子信息工程学院团总支学生会", "电子信息工程学院团总支学生会办公室", "电子信息工程学院团总支学生会学习部"],
        extra_phases=[
            dict(name="魅力诗词大赛", start_text="2016年11月21日", end_text="12月6日", at="2、活动时间"),
            dict(name="初赛", start_text="11月25日", end_text=None, at="初赛时间：11月25日", optional=False),
            dict(name="复赛", start_text="11月29日", end_text=None, at="复赛时间：11月29日", optional=False),
            dict(name="决赛", start_text="12月6日", end_text=None, at="决赛时间：12月6日", optional=False)],
        text="""\
@T | 电子信息工程学院第三届“魅力诗词”大赛策划书
@H1 sec=other alt=background | 第一部分：活动介绍
@H2 lvlalt=1 sec=other | 一、活动名称：第三届魅力诗词
@H2 lvlalt=1 sec=other | 二、活动口号：体验诗词魅力，传承文化经典
@H2 lvlalt=1 sec=background | 三、活动背景
诗词是中华文化宝库中的明珠，在现代教育中的意义日益突出；学习诗词并开展相关活动，有助于我院学子弘扬时代精神、提升人文素养。
@H2 lvlalt=1 sec=guidance alt=goals | 四、活动宗旨
促进青年成才 传承中华文明 加强学风建设
@H2 lvlalt=1 sec=goals alt=guidance | 五、活动目的
以“魅力诗词”大赛激发青年对诗词的兴趣，增进对优秀传统文化的理解和传承，提高大学生的人文素养，推动学风建设，丰富校园文化生活。
@H2 lvlalt=1 sec=responsibilities | 六、主办单位：电子信息工程学院团总支学生会
承办单位：电子信息工程学院团总支学生会办公室
电子信息工程学院团总支学生会学习部
@H2 lvlalt=1 sec=other | 七、参赛对象：兰州工业学院电子信息工程学院全体大一学生
@H2 lvlalt=1 sec=other alt=phases | 八、参赛方式：
@I3 | 1、参赛形式：每班至少报名12人，初赛为个人笔试；按成绩排名组队，复赛每班两队、每队四人（由各班前八名自行组队）；决赛以队为单位问答。
@I3 sec=phases alt=other | 2、活动时间：2016年11月21日――12月6日
@I3 sec=phases alt=other phase=报名;11月20日;11月24日 | 3、报名时间：11月20日——11月24日
@I3 sec=phases alt=other | 4、比赛时间：
初赛时间：11月25日
复赛时间：11月29日
决赛时间：12月6日
@I3 | 5、报名方式：由各班班长、学习委员组织报名，每班至少12人。
@H2 lvlalt=1 sec=other alt=phases | 九、比赛介绍：分为初赛、复赛（有题库）和决赛（有题库）。
初赛为笔试，按得分选出48名同学进入复赛；复赛由入选同学自行分组，每四人一组，
""",
    ),
    dict(
        name="fresh5_12_college_blood_donation_activity",
        source="https://m.taodocs.com/p-87791939.html",
        doc_kind="activity_plan", partial=True, title_override="无偿献血策划书",
        notes=["A college student body's voluntary blood-donation plan from a document-sharing site (the site label "
               "'文档介绍:' before the title dropped). Three title lines: the title, the cover word '策划书' and the "
               "slogan '无偿献血，心怀感恩！'; the title is the first.",
               "All headings are unnumbered labels ending in '：' (level 1); 活动目的's points 1、–5、 are items. "
               "'时间地点：' gives dated periods in key-value lines ('宣传：时间：3月初——3月25日；', '献血：时间3月31日"
               "下午；…'; optional). '具体流程：' has four stages '第一阶段：前期准备工作' … '第四阶段：现场无偿献血' without "
               "dates on their lines (phases, start and end null); the dates of the fourth stage sit in its items. The "
               "page ends at the truncated item '3、活动后勤保障组向', kept."],
        units=[],
        extra_phases=[
            dict(name="宣传", start_text="3月初", end_text="3月25日", at="宣传：时间：3月初"),
            dict(name="献血", start_text="3月31日", end_text=None, at="献血：时间3月31日")],
        text="""\
@T | 无偿献血策划书
@T | 策划书
@T | 无偿献血，心怀感恩！
@H1 sec=other | 活动主题：
无偿献血，心怀感恩
@H1 sec=background | 活动背景：
响应毛泽东1963年3月提出的“向雷锋同志学习”号召，让3月成为“雷锋月”。
@H1 sec=goals alt=guidance | 活动目的：
@I2 | 1、保证本市血液供应
@I2 | 2、开展无偿献血活动，发扬大学生志愿精神。
@I2 | 3、以无偿献血展现新世纪大学生的精神面貌。
@I2 | 4、无偿献血拯救生命，促进社会文明发展。
@I2 | 5、普及无偿献血知识，倡导同学关爱社会、增强道德修养。
@H1 sec=other alt=measures | 具体方式：
号召兄弟部门、学院和更多同学参与这项公益活动。
@H1 sec=phases alt=other | 时间地点：
宣传：时间：3月初——3月25日；
地点：三食堂门口（暂定）、各寝室楼
献血：时间3月31日下午；地点：大北门献血屋。
@H1 sec=phases | 具体流程：
@H2 phase=前期准备工作;; | 第一阶段：前期准备工作
@I3 | 1、召开活动会议，分配任务并交代注意事项（见“人事安排”）。
@I3 | 2、负责人事先与大北门献血屋商定献血的具体过程。
@I3 | 3、负责人事先到血液中心领取献血宣传材料。
@H2 phase=献血前期宣传;; | 第二阶段：献血前期宣传
@I3 | 1、三到四人画宣传海报5张，两张贴在寝室楼，三张用于三食堂门口，注明报名登记处，并制作适量宣传单。
@I3 | 2、三食堂门口宣传不少于3天，每天不少于2小时，现场至少三人讲解并登记报名。
@H2 phase=献血预报名;; | 第三阶段：献血预报名
在三食堂宣传时统计报名人数，同时请各班班长在班内宣传，汇总报名人信息和联系方式。
@H2 phase=现场无偿献血;; | 第四阶段：现场无偿献血
@I3 | 1、3月25-28日，组织符合条件且未献过血的同学到献血屋提取血样。
@I3 | 2、3月31日前，登记符合条件的献血同学并分组，由符合要求的体育部同学任组长。
@I3 | 3、活动后勤保障组向
""",
    ),
    dict(
        name="fresh5_13_township_traffic_safety_day_activity",
        source="http://wenshu.52jianpu.com/fangan/2592358.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A township's plan for the national traffic safety day and its ninth traffic-safety publicity month "
               "(2022), the first sample of a template page: the page heading is the title line; the time line, the "
               "blurb, the collection title '2022年乡镇交通安全日活动方案(精选6篇)' and the sample label were dropped. "
               "Masks ('xxxx年', 'xx月x日', '“xx镇xxx交通安全主题宣传月”') kept.",
               "一、活动时间 gives the three stages in one body paragraph "
               "('即日起至xx月x日为前期预热阶段，…；xx月x日至xx月x日为集中宣传阶段，…；xx月x日至月底为持续推进阶段。'): "
               "three phases labelled on that line (start '即日起'; end '月底'); the 集中宣传日 inside the second stage is "
               "an optional single day. The page ends inside 三、工作目标."],
        units=[],
        extra_phases=[
            dict(name="前期预热阶段", start_text="即日起", end_text="xx月x日", at="为前期预热阶段", optional=False),
            dict(name="集中宣传阶段", start_text="xx月x日", end_text="xx月x日", at="为集中宣传阶段", optional=False),
            dict(name="持续推进阶段", start_text="xx月x日", end_text="月底", at="为持续推进阶段", optional=False),
            dict(name="集中宣传日", start_text="xx月x日", end_text=None, at="为集中宣传日")],
        text="""\
@T | 乡镇交通安全日活动方案
为树牢安全发展和“生命至上、安全第一”理念，为“十四五”规划实施营造稳定的道路交通环境，办好xxxx年“xxx全国交通安全日”主题活动和“xx镇xxx交通安全主题宣传月”活动，从源头预防和减少道路交通事故，镇里决定把xxxx年xx月定为第九个“xx镇xxx交通安全主题宣传月”，并制定本方案。
@H1 sec=phases alt=other | 一、活动时间
即日起至xx月x日为前期预热阶段，启动宣传造势；xx月x日至xx月x日为集中宣传阶段，形成宣传热点，其中xx月x日为集中宣传日；xx月x日至月底为持续推进阶段。
@H1 sec=other | 二、活动主题
“知危险会避险安全文明出行”。
@H1 sec=goals | 三、工作目标
以道路安全畅通、社会文明进步和社会公德建设为目标，结合事故预防“减量控大”和秋冬季交通安全整治百日会战，推动形成政府主导、部门联动、行业尽责、公众参与的宣传教育长效机制，提高全民的交通法制、安全和公德意识，为全面建成小康社会创造安全、畅
""",
    ),
    dict(
        name="fresh5_14_county_civilised_tourism_publicity_activity",
        source="http://yyfangchan.com/shiyongfanwen/fangan/1759450.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True, title_override="“文明旅游”宣传活动方案",
        notes=["A county's civilised-tourism publicity plan, the first sample of a template page; the page heading and "
               "the article heading are both title lines; the blurb and the sample label '“文明旅游”宣传活动方案1' were "
               "dropped. The lead-in calls it an 实施方案 (scheme accepted).",
               "二、工作内容步骤 has stages '（一）发动宣传阶段（20xx年3月1日-3月31日）' and '（二）全面推进阶段"
               "（20xx年4月—20xx年9月）' (level 2), with numbered tasks '1、' (level 3) and '（1）' (level 4) as items; "
               "the page ends at the truncated item '3、开展行业文明礼仪教', kept."],
        units=[],
        text="""\
@T | “文明旅游”宣传活动方案
@T | “文明旅游”宣传活动方案
为推动“创建全国文明县城”工作、加强精神文明建设，进一步规范公职人员和群众外出旅游的行为、增强文明意识，按照省、市、区文明办的统一部署，结合我县实际制定本实施方案。
@H1 sec=goals alt=guidance | 一、活动目的
通过文明旅游教育，让《中国公民国内旅游文明行为公约》和《中国公民出境旅游文明行为指南》深入人心：外出管好言行，不乱扔垃圾、不随地吐痰、不说脏话、不乱写乱画，做文明礼仪的实践者，维护景区环境卫生，营造人与人、人与自然和谐的旅游环境。
@H1 sec=phases | 二、工作内容步骤
@H2 phase=发动宣传阶段;20xx年3月1日;3月31日 | （一）发动宣传阶段（20xx年3月1日-3月31日）
@I3 | 1、制定并印发具体工作方案。
@I3 | 2、开展系列宣传活动：
@I4 | （1）开展“文明行动，从我做起”网络倡议活动。
@I4 | （2）开展惠民便民文明旅游进社区活动，营造良好活动氛围。
@I4 | （3）利用网络，电视、媒体进行广泛宣传，引起社会效应。
@H2 phase=全面推进阶段;20xx年4月;20xx年9月 | （二）全面推进阶段（20xx年4月—20xx年9月）
@I3 | 1、严格贯彻执行旅游行业法律法规。
@I4 | （1）加强法律法规宣传力度。
@I4 | （2）加强法律法规的学习。
@I3 | 2、积极开展行业“创先争优”活动。
@I4 | （1）开展“党员亮身份重展形象”活动。
@I4 | （2）开展“创佳绩、评标兵”活动。
@I3 | 3、开展行业文明礼仪教
""",
    ),
    # --------------------------------------------------------- summaries
    dict(
        name="fresh5_15_campus_environmental_activity_summary",
        source="http://6dgww.com/Article/1149818.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A university environmental volunteers' association's summary of a large campus environmental "
               "activity run with four other student societies; the site's advert line was dropped.",
               "一、活动过程 (achievements, phases accepted) has three stages as unnumbered label headings "
               "'活动之一：活动前期准备' … '活动之三：活动的开展' (level 2, numbering '活动之一' etc.), each with its "
               "dates opening the body line below: '11月9日至十日' (end with a Chinese numeral as on the page), "
               "'11月20日下午1。30' (the OCR'd full stop kept) and only clock times for the third (phase without "
               "dates). The third stage's four tasks are items; 二、活动结果 shows only its truncated first item."],
        units=["环保志愿者协会"],
        text="""\
@T | 大型校园环保活动总结
为丰富大学生课余生活、增强环保意识、建设环保和谐校园，我环保志愿者协会联合大禹之子协会、红帽子爱心协会、环保联盟和知行社，开展了以“学校”为主题口号的大型校园环保活动，以多种形式带动同学们投身环保实践。
@H1 sec=achievements alt=phases | 一、活动过程
@H2 num=活动之一 alt=phases phase=活动前期准备;11月9日;十日 | 活动之一：活动前期准备
11月9日至十日，协会在汀香园和甘饴园门前广场挂横幅、发传单、派会员讲解，宣传活动并接受报名；组织部细化安排，外联部争取到外界赞助，并与联合的协会沟通分工。
@H2 num=活动之二 alt=phases phase=活动启动仪式;11月20日; | 活动之二：活动启动仪式
11月20日下午1。30，启动仪式在学校文化广场举行，学校后勤部老师致辞并预祝成功，社联主席和各协会负责人分别发言，最后由老师宣布活动启动。
@H2 num=活动之三 alt=phases phase=活动的开展;; | 活动之三：活动的开展
活动从2:00开始，到5:00基本结束，共分以下几项：
@I3 | 1、清理校园各个角落的垃圾
@I3 | 2、在学校各处草坪插上宣传环保标语
@I3 | 3、进行对学校各建筑中漏水水管的统计
@I3 | 4、整理各教学楼及宿舍门前的自行车
@H1 sec=achievements | 二、活动结果
@I2 | 1、这次大型校园环保活动有五个社团参加，影响较大，体现了大学生致力于校园环保、建设和谐校园的愿望
""",
    ),
]
