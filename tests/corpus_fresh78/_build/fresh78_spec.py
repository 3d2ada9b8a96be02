# -*- coding: utf-8 -*-
"""The seventy-eighth held-out fresh set: plans, schemes and activity plans by
writers less covered so far: a county library (two documents), a museum, a
bank (its compliance-culture scheme), a provincial branch of the postal
savings bank, a county food-and-drug bureau forwarding a city's special
governance scheme, a city's fire-publicity month run from the city fire
brigade, a public hospital, a township health centre and a provincial state
tax bureau.  Found as stored public web pages with the `search` tool's
`pages` corpus (log in notes_queries.txt).  None of the source pages is a
source of any label file under /work/shared/corpus-dev, /work/shared/corpus,
/work/wt-lead/tests/corpus_* or /work/fresh*/, nor in any used/excluded list
of /work/fresh*/ (checked with /work/fresh78/chk.sh).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, site blurbs, site notes, sample numbers) was dropped.
- Heading, title, item and value lines keep the source's numbering, wording
  and punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and the masking found in the source
  are kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH78_DOCS = [
    dict(
        name="fresh78_01_county_library_reading_day_activity_plan",
        source="http://jiangkouxian.superlib.libsou.com/show/news_info?columnId=6873&id=11708",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A county's reading-day activity plan posted by the county library (江口县图书馆) on its library site; the "
               "page heading repeating the title and the posting line (发布时间, 作者, 阅读次数) were dropped. The title keeps "
               "the source's typo '糸列'.",
               "Six label headings 一、…六、 at level 1. 二、主、承办单位 holds key-value lines (主办单位：…, 承办单位：…, "
               "协办单位：…), body, never labelled; all the units they name are listed as units (co-organisers included).",
               "三、活动主题 (value line '阅读，从图书馆出发') is other; 四、活动目的 goals (guidance accepted); 五、活动时间 phases "
               "(other accepted) with its value line '2016年4月23日—2016年10月底' as an optional overall period.",
               "六、活动内容及时间安排 is phases (goals accepted): its （一） line is a dated event statement "
               "('（一）4月23日上午9:30在新步行街举行…启动仪式。'), labelled an item at level 2 and given as an optional "
               "time slot; the lead-in '启动仪式流程：' is body; the programme steps 1、2、3、 are items at level 3; the page "
               "ends inside step 3 ('3、宣读全民')."],
        units=["中共江县委宣传部", "江口县文体广电新闻出版局", "江口县图书馆", "江口县妇联", "江口县团委", "江口县教育局",
               "江口县关心下一代工作委员会", "江口县新华书店"],
        extra_phases=[dict(name="活动时间", start_text="2016年4月23日", end_text="2016年10月底", at="2016年4月23日—2016年10月底"),
                      dict(name="启动仪式", start_text="4月23日上午9:30", end_text=None, at="（一）4月23日上午9:30")],
        text="""\
@T | 江口县全民阅读暨第二十一个世界读书日糸列活动方案
在“4·23世界读书日”来临之际，江口县文化体育广播电视新闻出版局将举办“2016世界读书日”系列活动，有关安排如下：
@H1 sec=guidance | 一、指导思想
党的十八大报告在部署建设社会主义文化强国时提出“全民阅读”；2016年的政府工作报告继2014年、2015年之后第三次写入倡导全民阅读，并把它同提高国民素质和社会文明程度联系起来。开展全民阅读，对构建现代公共文化服务体系、建设文化强国具有重要意义。
@H1 sec=responsibilities | 二、主、承办单位
主办单位：中共江县委宣传部 江口县文体广电新闻出版局
承办单位：江口县图书馆
协办单位：江口县妇联 江口县团委 江口县教育局 江口县关心下一代工作委员会 江口县新华书店
@H1 sec=other | 三、活动主题
阅读，从图书馆出发
@H1 sec=goals alt=guidance | 四、活动目的
借“世界读书日”宣传全民阅读，营造读书氛围，为构建和谐社会、创建文化名城出一份力。
@H1 sec=phases alt=other | 五、活动时间
2016年4月23日—2016年10月底
@H1 sec=phases alt=goals | 六、活动内容及时间安排
@I2 text=（一）4月23日上午9:30在新步行街举行以“阅读，从图书馆出发”为主题的读书活动暨热烈庆祝“第二十一个庆祝世界读书日”系列活动启动仪式 | （一）4月23日上午9:30在新步行街举行以“阅读，从图书馆出发”为主题的读书活动暨热烈庆祝“第二十一个庆祝世界读书日”系列活动启动仪式。
启动仪式流程：
@I3 | 1、主持人介绍活动主题、活动内容
@I3 | 2、领导致辞
@I3 | 3、宣读全民
""",
    ),
    dict(
        name="fresh78_02_great_wall_museum_2023_work_plan",
        source="http://scb-museum.com/newshow.ASP?newsid=226",
        doc_kind="plan", partial=False, title_override="秦皇岛市山海关长城博物馆2023年度工作计划",
        notes=["A museum's annual work plan from the museum's own news page: the page's article title "
               "('秦皇岛市山海关长城博物馆2023年工作计划') and the document's two-line title ('秦皇岛市山海关长城博物馆' / "
               "'2023年度工作计划') are all title lines; the label takes the document's own title. Site menu, breadcrumb and "
               "the author line were dropped, and a stray '2023' after the signature.",
               "The whole plan is visible (partial false): six task headings at level 1, goals (measures accepted, the task "
               "areas of a plan). Three are whole sentences ending in '。' (一、, 三、, 四、; text cut at the 。), three are "
               "short titles over a body paragraph.",
               "The numbering runs 一、二、三、四、五、四、: the last heading '四、完成上级交办的其它工作任务。' repeats 四、 "
               "(should be 六、) and is kept as written.",
               "The signature (museum name, '2023年2月10日') is body. Unit: 文保部 (named in the body of 三、)."],
        units=["文保部"],
        text="""\
@T | 秦皇岛市山海关长城博物馆2023年工作计划
@T | 秦皇岛市山海关长城博物馆
@T | 2023年度工作计划
本馆将继续贯彻党的二十大精神，学习习近平新时代中国特色社会主义思想，弘扬社会主义核心价值观，丰富市民群众的文化生活，配合推动市、区文物博物工作再上台阶，做好2023年各项工作。计划如下：
@H1 sec=goals alt=measures | 一、完成本年度博物馆定级评估、免费开放绩效评价报告、市级科普教育基地评审工作。
@H1 sec=goals alt=measures | 二、加强设备设施维护工作
继续抓好安全防范、设施维修维护和周边环境整治；对照上级文件开展消防安全自查，排查隐患，完成消防设备维护和例行检查，保证文物和人员安全。
@H1 sec=goals alt=measures | 三、做好文物征集工作，推进馆藏文物包装撤展。
文保部为征集到的文物办理归档入库，赴锦州、承德等地洽谈借展，核对馆藏文物账目，保证新馆上展藏品和库房藏品顺利装箱。
@H1 sec=goals alt=measures | 四、做好秦皇岛市山海关长城博物馆（老馆）与山海关中国长城博物馆（新馆）各项工作过渡，包括参与新馆讲解词编写、讲解员培训、资料整理、展板内容升级等工作。
@H1 sec=goals alt=measures | 五、做好宣传教育工作
拟引进《流动科技馆》《绿色长城 生态家园——长城沿线鸟类摄影展》《我们的中国梦 文化进万家暨长城是故乡书画展览》等临时展览，丰富群众文化生活；配合秦皇岛职业技术学院、山东省济南电视台、北京电视台等单位完成拍摄。
@H1 sec=goals alt=measures | 四、完成上级交办的其它工作任务。
秦皇岛市山海关长城博物馆
2023年2月10日
""",
    ),
    dict(
        name="fresh78_03_county_library_2016_work_plan",
        source="http://chalingxian.superlib.libsou.com/show/news_info?columnId=16738&id=39929",
        doc_kind="plan", partial=True,
        notes=["A county library's annual plan from its library site. The title is spaced out on its first line "
               "('茶 陵 县 图 书 馆', kept) and continues on the second ('2016年度工作计划'); the label title removes the spaces.",
               "The store lost the plan's first two top-level headings: after the opening come four task lines 1、…4、 "
               "(collections, digital resources, periodicals, book selection), then a paragraph on reading activities (which "
               "belonged to a lost 二、), then '三、有序推进总分馆试点建设'. The four 1、 lines are long task statements, labelled "
               "items; their parent is absent, so they are level 2 with level 1 accepted; kind goals (measures accepted).",
               "三、 is the only required heading, level 1, goals (measures accepted). The page ends inside its body."],
        units=["茶陵县图书馆"],
        text="""\
@T | 茶 陵 县 图 书 馆
@T | 2016年度工作计划
为更全面地发挥图书馆的公共文化服务职能，加快现代化、信息化建设，提高服务质量和管理水平，本年度将组织开展各类读书活动，推动全县形成全民阅读的风气，使我县图书事业更加兴旺。
@I2 sec=goals alt=measures lvlalt=1 | 1、加强与省、市及兄弟县图书馆的联系与沟通，分析馆藏利用情况和读者倾向，重视不同群体所需书刊采购，不断充实馆藏。
@I2 sec=goals alt=measures lvlalt=1 | 2、加快数字化图书馆建设步伐，购买更多的优质电子资源，使纸质资源与电子资源的比例更加科学、合理。
@I2 sec=goals alt=measures lvlalt=1 | 3、做好2016年度报刊征订工作，根据读者需求调整期刊订购的种类和数量。
@I2 sec=goals alt=measures lvlalt=1 | 4、继续坚持多渠道收集各种书目信息，组织专人参加书目选订和直采，使所购图书真正为读者所需要。
按时令开展“三八女性阅读”、“世界读书日宣传”、“六一少儿”等活动；暑期组织志愿者进敬老院、进农村，办少儿剪纸、故事会和暑期辅导班，并举办文化大赶集、书画笔会、农家书屋管理员讲座等，用新的活动形式推介图书馆。
@H1 sec=goals alt=measures | 三、有序推进总分馆试点建设
茶陵县图书馆作为总馆，牵头与各分馆共建共享：文献统一采购、编目、配送，服务政策和标准统一，实行通借通还；资源由总馆统一配置、分编加工和物流配送，并采用统一的业务标准和管理系统。
""",
    ),
    dict(
        name="fresh78_04_bank_compliance_culture_scheme",
        source="https://www.360docs.net/doc/5e10277344.html",
        doc_kind="scheme", partial=True,
        notes=["A bank's internal-control compliance-culture scheme on a document-sharing site (name masked '**银行'). The "
               "site's page title ('合规文化建设方案!2017') was dropped. The store ran the title into the opening "
               "('**银行内控合规文化建设方案为创建…') and '具体内容如下:一、总则合规文化建设目标:…' into one line: they were split "
               "into title, opening, lead-in, heading and label line.",
               "一、总则 (level 1, guidance; goals accepted) holds five run-in label headings '合规文化建设目标：…', "
               "'…理念：…', '…指导思想：…' (the body starts '合规文化建设的指导思想是：'), '…建设原则：…' (the source's doubled "
               "'建设建设'), '…组织架构：…', level 2, numbering none, text cut at the colon; kinds goals, guidance, guidance, "
               "guidance, responsibilities.",
               "二、 is kept glued to its body as the store has it ('二、合规文化建设阶段及主要内容全行合规文化建设分三步…'), "
               "text set by hand to '二、合规文化建设阶段及主要内容'; kind phases (goals accepted).",
               "'第一阶段：合规文化基础夯实年' (level 2) is a named stage with no dates: phase name 合规文化基础夯实年, start "
               "and end null. The store ran '(一)积极筹划、全面部署:…' onto the same line; it was put on its own line, level 3, "
               "text cut at the colon, kind inherited (phases). The page ends in （二） ('加强培训宣传、组'), dropped."],
        units=["内控风险管理委员会", "内控风险管理委员会办公室"],
        text="""\
@T | **银行内控合规文化建设方案
为形成有本行特色的内控合规文化，增强合规经营意识，发挥合规文化的引领作用，落实监管意见，推进内控合规文化建设，依据监管部门要求并结合本行实际，制定《**银行内控合规文化建设方案》。
具体内容如下：
@H1 sec=guidance alt=goals | 一、总则
@H2 sec=goals | 合规文化建设目标：建立合规文化建设的长效机制，在全行形成良好的合规氛围，使合规管理和内控能力最终达到国内同业先进水平。
@H2 sec=guidance | 合规文化建设理念：合规创造价值、合规从高层做起，全员秉持正确的合规理念、职业操守和价值观念，主动合规，做到有规可依、有规必依、执规必严、违规必究。
@H2 sec=guidance | 合规文化建设指导思想：合规文化建设的指导思想是：以科学发展观和战略规划为指导，以贯彻监管要求为主线，持续推进合规理念、制度建设和执行力提升等方面的建设。
@H2 sec=guidance | 合规文化建设建设原则：坚持与企业文化建设同步推进，坚持“合规从高层做起”，坚持注重实效、持续渐进，三条原则贯穿始终。
@H2 sec=responsibilities | 合规文化建设组织架构：内控风险管理委员会是全行合规文化建设的组织管理中枢，决定全行活动方案；委员会办公室监督方案执行，各部门、各支行负责具体执行。
@H1 sec=phases alt=goals text=二、合规文化建设阶段及主要内容 | 二、合规文化建设阶段及主要内容全行合规文化建设分三步走，分阶段逐步实施。
@H2 phase=合规文化基础夯实年;; | 第一阶段：合规文化基础夯实年
@H3 | （一）积极筹划、全面部署：明确全行合规文化建设的总体要求、原则、目标和保障措施，自上而下组织发动，把具体任务和活动内容分解下去并抓好落实。
""",
    ),
    dict(
        name="fresh78_05_postal_bank_compliance_year_activity_plan",
        source="http://biz.doczj.com/doc/1811019281.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="邮政金融“合规建设提升年”活动方案",
        notes=["A provincial branch's 'compliance improvement year' plan for postal finance (中国邮政储蓄银行ⅩⅩ省分行, masked with "
               "Roman-numeral Ⅹ as in the source) on a document-sharing site. The breadcrumb was dropped; the site's title line "
               "('银行合规建设提升年活动方案') and the document's own title are title lines (1 and 3), the label takes the "
               "document's own. The store ran letterhead, '签发:', title and opening into one paragraph: split into the "
               "letterhead line '中国邮政储蓄银行ⅩⅩ省分行签发：' (body), the title and the opening.",
               "The three visible headings are glued to their bodies as the store has them ('一、指导思想以科学发展观为指导…', "
               "'二、活动目标确保…', '三、组织领导为加强…'); texts set by hand to the heading words. Kinds guidance, goals, "
               "responsibilities, all level 1.",
               "'领导小组主要职责：…' and the office line are body (a duty statement, not a label heading). The page ends "
               "mid-word ('确定“合规建设提升年”活')."],
        units=["“合规建设提升年”活动领导小组", "省分行风险合规部", "省公司服务质量监督检查部"],
        text="""\
@T | 银行合规建设提升年活动方案
中国邮政储蓄银行ⅩⅩ省分行签发：
@T | 邮政金融“合规建设提升年”活动方案
为引导全省邮政金融机构树牢合规理念、全面履行合规执行职责、提高合规建设成效，保障ⅩⅩ邮政金融各类业务安全稳健运营，增强服务ⅩⅩ经济社会发展的能力，依据ⅩⅩ银监局“合规建设提升年”活动的要求，制订本方案。
@H1 sec=guidance text=一、指导思想 | 一、指导思想以科学发展观为指导，全面执行国家宏观经济政策和银行业监管法规，坚持依法经营、合规执业，不断巩固、深化和提升合规执行成效，保障各项业务稳健发展。
@H1 sec=goals text=二、活动目标 | 二、活动目标确保各项重要业务活动全部符合合规要求，对重大实质性违规行为“零容忍”，一般性监管政策和措施要求的合规落实率达到95%以上。
通过本次活动实现“四个提升”——提升思想认识，提升内生动力，提升制度建设，提升执行效果，建立合规管理长效机制，打造邮政金融合规品牌。
@H1 sec=responsibilities text=三、组织领导 | 三、组织领导为加强对活动的领导、保证各项活动有序开展，省公司和省分行联合成立“合规建设提升年”活动领导小组。
领导小组主要职责：组织制定活动方案，组织各部门和分支机构开展各项工作，协调解决活动中出现的问题，总结活动经验等。
领导小组办公室设在省分行风险合规部，牵头落实领导小组议定的事项；省公司服务质量监督检查部作为企业一方的联系部门，负责推动、协调和督导活动开展。
各级邮政金融机构要参照省公司、省分行的领导小组架构和职责，成立相应的领导小组，召开专项工作会议，确定“合规建设提升年”活
""",
    ),
    dict(
        name="fresh78_06_food_market_special_governance_scheme",
        source="https://jiaxian.gov.cn/contents/52119/388464.html",
        doc_kind="scheme", partial=True,
        title_override="平顶山市食用农产品销售市场落实食品安全主体责任专项治理工作实施方案",
        notes=["A county government site's page: a county food-and-drug bureau's forwarding notice (its name lost by the "
               "store) with the attached city scheme. The site banner, the page's article title and the date line were "
               "dropped. The notice's own title is damaged ('关于发…' for 关于转发, '…实施方案的' without 通知) and kept as "
               "written; it and the scheme's three-line title are all title lines; the label takes the scheme's title.",
               "Kept as body: the addressee line without its issuer ('股（室）、队，各食药监管所', no colon, as the store has "
               "it), the notice text and its damaged date '2018年416' (not a phase).",
               "一、指导思想 guidance; 二、专项治理范围 other (goals accepted), with the value line '全市所有食用农产品销售市场。'; "
               "三、专项治理目标 goals. '（一）市场开办者' is a level-2 heading naming the group the targets apply to (kind "
               "inherited, goals); its 1.2.3. lines are target statements, items at level 3. The page ends inside item 3 "
               "('3.配备专职食品安全管理').",
               "No unit is charged with a task in the visible part (the market operators are the regulated party, the "
               "监管所 only addressees): units empty."],
        units=[],
        text="""\
@T | 关于发平顶山市食用农产品销售市场落实
@T | 食品安全主体责任专项治理工作实施方案的
股（室）、队，各食药监管所
现把《平顶山市食用农产品销售市场落实食品安全主体责任专项治理工作实施方案》转给你们，望认真抓好组织实施。
2018年416
@T | 平顶山市食用农产品销售市场
@T | 落实食品安全主体责任专项治理工作
@T | 实施方案
依据《河南省食用农产品批发市场落实食品安全主体责任专项治理工作实施方案》等食品安全法律法规，结合本市食用农产品销售市场的食品安全管理实际，制定本方案。
@H1 sec=guidance | 一、指导思想
以《食品安全法》和食品药品监管总局《食用农产品市场销售质量安全监督管理办法》等法律法规为依据，监督指导市场开办者以及场内食用农产品、食品销售者全面落实食品安全主体责任、加强食品安全管理，使全市食用农产品和食品安全保障水平明显提高。
@H1 sec=other alt=goals | 二、专项治理范围
全市所有食用农产品销售市场。
@H1 sec=goals | 三、专项治理目标
全市所有食用农产品销售市场的开办者、场内的食用农产品和食品销售者以及贮存服务提供者，都要全面落实食品安全法律法规规定的主体责任，并至少分别达到下列目标：
@H2 | （一）市场开办者
@I3 | 1.建立健全食品安全管理制度，督促销售者履行义务，加强食用农产品质量安全风险防控。
@I3 | 2.主要负责人落实食品安全管理制度，对本市场的食用农产品质量安全工作全面负责。
@I3 | 3.配备专职食品安全管理
""",
    ),
    dict(
        name="fresh78_07_city_fire_publicity_month_plan",
        source="http://zaixiangufen.com/fangan/1501865.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["The first sample of a collection page ('消防宣传月活动方案'): a Sichuan city's '119' fire-publicity month plan, "
               "its leading group's office at the city fire brigade (市消防支队). Site menu, the collection title, the update "
               "line and the sample number (the trailing '1' of '2017消防宣传月活动方案1') were dropped.",
               "Label headings with a trailing colon '一、活动时间：', '二、活动主题：', '三、组织领导：' over value lines; "
               "'四、活动总要求' and '五、活动安排' without. Kinds: 活动时间 phases (other accepted), 主题 other, 组织领导 "
               "responsibilities, 总要求 requirements (guidance accepted), 活动安排 goals (measures, phases accepted).",
               "The value line '11月1日至30日。' is an optional overall period. '11月9日是消防集中宣传日' inside the （一） line is "
               "an event date, not a phase.",
               "'（一）突出重要时间，抓好大型集中宣传活动。…' is a run-in heading at level 2; '1、邀请各级党委或政府领导…；' an "
               "item at level 3 (the page's next lines belong to the following item and were cut). The leading group's "
               "members were named in the source: personal names dropped in the rewritten body."],
        units=["“119”消防宣传月活动领导小组", "市消防支队"],
        extra_phases=[dict(name="活动时间", start_text="11月1日", end_text="30日", at="11月1日至30日")],
        text="""\
@T | 2017消防宣传月活动方案
为推进消防工作社会化，提高全民的消防安全意识和全社会抗御火灾的能力，预防和减少火灾特别是群死群伤火灾，按照《四川省消防总队关于做好119消防宣传活动准备工作的通知》的部署，结合本市实际，制定“119”消防宣传月活动方案。
@H1 sec=phases alt=other | 一、活动时间：
11月1日至30日。
@H1 sec=other | 二、活动主题：
宣贯《消防法》，平安创和谐。
@H1 sec=responsibilities | 三、组织领导：
市里成立“119”消防宣传月活动领导小组，分管副市长任组长，市政府副秘书长和市委宣传部、市公安局的分管负责人任副组长，工会、广电、安监、民政、工商、文化、劳动保障、规划和建设、城管、旅游、妇联、团委、消防等部门负责人为成员，办公室设在市消防支队。各县（市、区）也要照此成立组织机构。
@H1 sec=requirements alt=guidance | 四、活动总要求
各级各部门要高度重视、精心策划、统筹安排，多形式、全方位开展内容丰富的消防宣传，加大宣传的深度和广度，提高社会效果，形成全社会关心消防的氛围，推动消防工作迈上新台阶。
@H1 sec=goals alt=measures,phases | 五、活动安排
@H2 | （一）突出重要时间，抓好大型集中宣传活动。11月9日是消防集中宣传日，各级消防部门和消防重点单位要按宣传方案和流程组织好当天的集中宣传。
@I3 | 1、邀请各级党委或政府领导参加集中宣传活动、在相关刊物上发表署名文章、进行电视讲话；
""",
    ),
    dict(
        name="fresh78_08_hospital_medical_ethics_rectification_scheme",
        source="https://m.wenke99.com/p-6333893.html",
        doc_kind="scheme", partial=True,
        notes=["A public hospital's 2014 medical-ethics rectification scheme on a document-sharing site; the store gives the "
               "page as one run-together paragraph, split here into title, opening, headings and bodies at the boundaries the "
               "text shows. The hospital and system names are garbled in the source ('莫人民医院', '莫医疗卫生系统', 某 typed "
               "as 莫) and kept.",
               "三、 is a heading in sentence form ('三、成立医德医风专项整治活动领导小组'), responsibilities; its first "
               "key-value line '组 长：?' keeps the store's spaced key and the '?' standing for a lost name (body).",
               "二、整治活动时间、范围 is phases (other accepted); its value line '2014年3月 - 10月，在莫人民医院全院开展。' "
               "(spaced hyphen as in the source) gives an optional overall period."],
        units=["医德医风专项整治活动领导小组"],
        extra_phases=[dict(name="整治活动时间", start_text="2014年3月", end_text="10月", at="2014年3月 - 10月")],
        text="""\
@T | 医德医风专项整治活动实施方案
为深入开展党的群众路线教育实践活动，落实国家卫计委医疗机构从业人员“九不准”行为规范和地区医德医风专项整治电视电话会议精神，按照莫医疗卫生系统医德医风专项整治活动方案的要求，加强医德医风建设，提高医务人员的职业道德素养和服务水平，维护群众健康权益，制定本方案。
@H1 sec=guidance | 一、指导思想
以邓小平理论、“三个代表”重要思想、科学发展观为指导，贯彻国家卫计委“九不准”和地、县关于转变作风的要求，以改善服务态度、规范服务行为、提高服务质量为重点，整治服务意识不强、职业道德不佳、过度检查、损害患者利益等群众反映强烈的问题；完善制度、加强监管、严肃纪律，树立风清气正的行业形象，构建和谐医患关系，做到“服务好、质量好、医德好、群众满意”。
@H1 sec=phases alt=other | 二、整治活动时间、范围
2014年3月 - 10月，在莫人民医院全院开展。
@H1 sec=responsibilities | 三、成立医德医风专项整治活动领导小组
组 长：?
""",
    ),
    dict(
        name="fresh78_09_health_centre_discussion_activity_scheme",
        source="https://www.xiaomilidoc.com/p-938074.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="柳家卫生院解放思想、赶超跨越大讨论活动方案",
        notes=["A township health centre's scheme for a 'liberate thinking, catch up' discussion campaign, on a "
               "document-sharing site, stored as one run-together paragraph and split here. Two title lines: the site's "
               "title with its tag glued on ('…活动方案[模版]', kept) and the document's own title, damaged at its start by "
               "the store ('赶超跨越”大讨论活动的实施方案', kept); the label takes the site title without the tag, the only "
               "complete one.",
               "一、指导思想 guidance, 二、目标任务 goals, level 1. The '一是…二是…' targets inside the 二、 body are not "
               "labelled; the lead-in '主要包括以下几方面任务：' is body.",
               "'1、深入开展大讨论，找差距、树标杆、求上进。…' is a run-in heading at level 2 (kind inherited, goals); the page "
               "ends inside its body ('各科室要认真分析发展差距')."],
        units=[],
        text="""\
@T | 柳家卫生院解放思想、赶超跨越大讨论活动方案[模版]
@T | 赶超跨越”大讨论活动的实施方案
为加强本院干部职工队伍的思想建设，增强医院改革发展的新优势，贯彻落实科学发展观，推动医院各项事业又好又快发展，我院决定在全院开展“解放思想，赶超跨越”大讨论活动，依据县卫生局有关文件精神，结合医院实际，制定如下实施方案。
@H1 sec=guidance | 一、指导思想
以邓小平理论和“三个代表”重要思想为指导，贯彻科学发展观，以“解放思想，赶超跨越”为主题、学用政策和强化执行为载体，以创建“平安医院”和“三好一满意”活动为重点，以解决现存问题为目的，在全院掀起新一轮解放思想大讨论；更新观念，破解发展难题，优化发展环境，建立符合医院科学发展规律的管理体制和运行机制，营造全院关心医院发展的氛围。
@H1 sec=goals | 二、目标任务
通过大讨论力争实现“四个新提高”：一是思想解放程度有新提高；二是创新工作思路、推动医院科学发展有新提高；三是专业技术和工作落实有新提高；四是医疗质量和服务水平有新提高，达到“认清形势，找出差距，求真务实，拼搏进取”的效果，激发干部职工干事创业的热情。
主要包括以下几方面任务：
@H2 | 1、深入开展大讨论，找差距、树标杆、求上进。各科室要结合实际，以多种形式认真组织讨论；借讨论创新发展理念、破解发展难题、优化发展环境、深化体制机制改革，增强大开放、大发展的意识，探索科学发展的新思路、新途径、新举措。各科室要认真分析发展差距
""",
    ),
    dict(
        name="fresh78_10_provincial_tax_bureau_golden_tax_scheme",
        source="https://ow369.com/article/a7/154301.html",
        doc_kind="scheme", partial=True, title_override="安徽省金税工程实施方案",
        notes=["A provincial state-tax bureau's 2001 notice issuing its 'Golden Tax' project scheme, from a tax-law site. "
               "Dropped: the page title, the source/author line, the site's 摘要 and its '税屋提示' note on repealed clauses. "
               "Kept: the site's tag '[条款废止]' glued to the notice title (a title line), the document-number line "
               "'皖国税发[2001]37号      2001-03-27' with its run of spaces and half-width brackets, the addressee, the "
               "attachment line and the signature (body).",
               "Title lines: the notice title and the scheme title; the label takes the scheme's title.",
               "'一、总体目标和建设原则' is level 1, goals (guidance accepted: it covers the principles too). '（一）总体目标建立…' "
               "is glued to its body as the store has it; text set by hand to '（一）总体目标', level 2, goals. The page "
               "ends mid-sentence ('…实现对税收全方位、征纳').",
               "No unit is charged with a task in the visible part: units empty."],
        units=[],
        text="""\
@T | 安徽省国家税务局关于印发安徽省金税工程实施方案的通知[条款废止]
皖国税发[2001]37号      2001-03-27
各市国家税务局：
《安徽省金税工程实施方案》已经全省金税工程工作会议讨论修改，现印发你们，请结合当地实际认真执行；执行中遇到的问题或建议，请及时报告省局。
附件：安徽省金税工程实施方案
安徽省国家税务局
2001年3月27日
@T | 安徽省金税工程实施方案
为推动全省金税工程各项建设顺利开展，确保如期建成并运行“一个网络、四个系统”，依据国家税务总局《金税工程增值税计算机稽核系统建设规划》、《金税工程网络建设方案》和《发票协查信息系统管理暂行办法》等规定，结合我省实际，制定本方案。
@H1 sec=goals alt=guidance | 一、总体目标和建设原则
@H2 sec=goals text=（一）总体目标 | （一）总体目标建立以计算机主干网络为依托，以增值税计算机稽核、发票认证、发票协查和防伪税控四个系统为主体，并与税收征管、出口退税、税务稽查等信息系统紧密衔接的税收信息化管理体系，实现对税收全方位、征纳
""",
    ),
]
