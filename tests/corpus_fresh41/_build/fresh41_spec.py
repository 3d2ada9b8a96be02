# -*- coding: utf-8 -*-
"""The forty-first held-out fresh set: 12 DATED PLANS, SCHEMES AND ACTIVITY
PLANS (活动方案 / 工作计划 / 实施方案 / 工作方案) whose steps, stages, schedule
rows or monthly arrangements carry dates, written in varied ways: a stage with
its date after a colon (`1、阅读阶段：4月至5月20日`), a stage whose date opens
its first sentence (`（二）服务承诺阶段。4月底前，…`), dates on the line
after a step (`1：报名时间` / `8月14日-8月18日`, `第一次督查时间：5月中旬`),
旬 and 月底 / 月初 at the start of schedule rows (`（2）6月中旬…`), dates in
brackets after an activity (`（3月10日）`, `（时间：4月12日）`), month headings
(`一月`, `二月`, `三月`), masked overall
periods (`XX年3月10日-XX年6月1日`, `__年3月1日——3月31日`), a dated section
heading (`（2月1日-2月18日）`) and `从…开始至…结束`; and, as contrast, dates
that are deadlines or event days inside task lines (not phases).
Writers: a college library, a county government (its departments), a
software company, a taxi company, a middle school, a vocational school, a
kindergarten-plan template, a village clinic, a community, a school's youth
league, a kindergarten, a county.  Found as stored public web pages with the
`search` tool's `pages` corpus (queries in notes_queries.txt).  None of the
source pages is a source of an earlier set (see /work/fresh41/used_sources.tsv
and excluded_urls.txt).  HELD OUT: never tune an importer on these
documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (navigation,
  posting lines, blurbs, collection titles, sample numbers, file metadata)
  was dropped.
- Heading, title, schedule and value lines keep the source's numbering,
  wording and punctuation.  The store keeps NFKC-normalised text, so
  full-width punctuation （）：，；“”！ was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names and the masking found in the source are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""


def _tag(text, sec_alt):
    """Add 'alt=' to every @H/@I line that has no alt yet (used for a long month list)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("@") and " | " in line:
            hdr, body = line.split(" | ", 1)
            if "alt=" not in hdr and not hdr.startswith("@T"):
                hdr += " alt=" + sec_alt
            line = hdr + " | " + body
        out.append(line)
    return "\n".join(out)


FRESH41_DOCS = [
    dict(
        name="fresh41_01_college_library_reading_activity",
        source="http://www.hrbzy.edu.cn/05/6a/c21a1386/page.htm",
        doc_kind="activity_plan", partial=False,
        notes=["A college library's notice of its spring-term reading activity (2011), addressed '各部门：' and signed "
               "'图 书 馆' / '2011年4月8日' (addressee, signature and date are body lines, never labelled). It shows no title "
               "line, so title is null. The whole notice is visible (partial false).",
               "四、活动安排 holds a lead-in '活动分三个阶段：' and three stages, each 'N、X阶段：dates' with the dates after the "
               "colon and no brackets: '4月至5月20日' (start a bare month), '5月21日至6月20日', '6月21日至6月30日'. Each is a "
               "phase; the heading text keeps the dates (the colon rule does not cut a short value).",
               "The page's own spacing around the enumeration comma is kept: '1 、' and '3 、' (space before), '2、 ' (space "
               "after). The builder's numbering class does not recognise a token with a space inside, so '1 、' and '3 、' are "
               "stored with numbering_style none (the literal is as written; the scorer does not read the style).",
               "三、活动组织与领导 holds two key-value lines '1 、活动领导：主管院领导', '2、 活动组织：…' labelled items. The "
               "final '详情请登陆…' line is body, not part of stage 3."],
        units=["图书馆", "院团委", "学生会", "大学生第二课堂读书会"],
        text="""\
各部门：
图书馆以“4·23”世界读书日为契机，依托“大学生第二课堂读书会”，与院团委、学生会一起开展2011年春季学期读书活动。
@H1 sec=guidance | 一、指导思想
落实中国图书馆学会《关于开展2011年“全民阅读”工作的通知》精神，结合我院文化环境建设，丰富学生课余生活，倡导师生多读书、读好书、会读书，建设书香校园，让读书成为风尚和生活需要。
@H1 sec=other | 二、活动主题
读书，给人智慧，使人勇敢，让人温暖。
@H1 sec=responsibilities | 三、活动组织与领导
@I2 num=1~、 | 1 、活动领导：主管院领导
@I2 | 2、 活动组织：图书馆“大学生第二课堂读书会”
@H1 sec=phases | 四、活动安排
活动分三个阶段：
@H2 phase=阅读阶段;4月;5月20日 | 1、阅读阶段：4月至5月20日
引导读者走进图书馆，感受读书的乐趣。
@H2 phase=征文阶段;5月21日;6月20日 | 2、 征文阶段：5月21日至6月20日
在阅读的基础上开展“图书馆与经典阅读”征文。
@H2 num=3~、 phase=总结评奖阶段;6月21日;6月30日 | 3 、总结评奖阶段：6月21日至6月30日
具体安排见图书馆网页读书会专题，请各部门周知并积极参加。
图 书 馆
2011年4月8日
""",
    ),
    dict(
        name="fresh41_02_county_four_systems_scheme_stages",
        source="http://www.fsou.net/html/text/lar/173172/17317258_1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A county government's scheme for implementing four administrative systems (首问责任制, 服务承诺制, 限时办结制, "
               "行政问责办法), from a page that starts in the middle of its stages: the visible top level is （二）, so the "
               "stages are level 1 with level_alt 2 (their parent, the steps section, is not shown). No title line.",
               "Both stages are run-in headings '（二）服务承诺阶段。…' / '（三）专项督查落实阶段。…'. Stage （二） has no bracketed "
               "date: its date opens the first sentence, '4月底前，…' (a deadline, kept as its end_text '4月底前', start "
               "null). Stage （三） carries no date of its own (start and end null); its three inspection rounds are dated on "
               "key-value lines '第一次督查时间：5月中旬' / '第二次…：6月中旬' / '第三次…：7月中旬', each labelled a (required) "
               "phase placed on that line. The second '4月底前' and '6月20日前' are reporting deadlines inside body text, not "
               "phases.",
               "The six inspection groups are key-value lines ('第一组：组长单位（县政府办）', '副组长单位（…）', '督查单位：…'); "
               "'第一组' begins like a 第一 numbering token but the lines are body, never labelled. The page ends inside "
               "the third round's focus ('服务承诺制、限')."],
        units=["县人事劳动和社会保障局", "县监察局", "县政府法制办", "县政府新闻办", "县政府办", "县审计局", "县发改局",
               "县财政局", "领导小组办公室"],
        extra_phases=[dict(name="第一次督查", start_text="5月中旬", end_text=None, at="第一次督查时间：", optional=False),
                      dict(name="第二次督查", start_text="6月中旬", end_text=None, at="第二次督查时间：", optional=False),
                      dict(name="第三次督查", start_text="7月中旬", end_text=None, at="第三次督查时间：", optional=False)],
        text="""\
@H1 lvlalt=2 sec=phases phase=服务承诺阶段;;4月底前 | （二）服务承诺阶段。4月底前，县乡两级行政机关中承担社会服务、公共服务、社会管理职能的部门和窗口单位，要把落实服务承诺制的具体意见和措施通过电视、报纸、网站向社会公开承诺；公开承诺单位由县人事劳动和社会保障局、监察局、法制办提出，县政府新闻办拟定方案并组织实施；各乡镇、各部门于4月底前把落实情况报县政府办公室、县监察局、县人事劳动和社会保障局。
@H1 lvlalt=2 sec=phases phase=专项督查落实阶段;; | （三）专项督查落实阶段。围绕四项制度的落实情况和工作成效开展专项督查，由领导小组成员单位领导分别带队，对乡镇和县直部门的执行情况逐一检查。具体分6个督查组：
第一组：组长单位（县政府办）
副组长单位（县监察局）
督查单位：南溪镇、桥头乡、老范寨乡。
第二组：组长单位（县监察局）
副组长单位（县人事劳动和社会保障局）
督查单位：河口镇、瑶山乡、莲花滩乡。
第三组：组长单位（县人事劳动和社会保障局）
副组长单位（县审计局）
督查单位：行政中心三楼各单位。
第四组：组长单位（县审计局）
副组长单位（县发改局）
督查单位：行政中心二楼各单位。
第五组：组长单位（县财政局）
副组长单位（县政府新闻办）
督查单位：行政中心一楼各单位。
第六组：组长单位 （县政府法制办）
副组长单位（县人事劳动和社会保障局）
督查单位：县直其它各行政单位。
第一次督查时间：5月中旬
督查重点：四项制度的学习宣传贯彻情况，行政问责办法的落实情况。
第二次督查时间：6月中旬
督查重点：首问责任制落实情况的专项督查。各乡镇、各部门须于6月20日前把落实情况书面报领导小组办公室、各督查组和县政府办。
第三次督查时间：7月中旬
督查重点：服务承诺制、限
""",
    ),
    dict(
        name="fresh41_03_software_company_chess_contest_activity",
        source="https://9qugroup.com/article-detail/byRMM6gB",
        doc_kind="activity_plan", partial=True,
        notes=["A software company's plan for its staff chess cup ('2017深圳九曲软件象棋杯'); the page shows no title line "
               "(title null) and starts at 一、活动主题. Its sub-points are numbered with a digit and a colon ('1：报名时间'), "
               "a token with no numbering class (style none, literal kept).",
               "三、时间安排 holds two steps whose dates stand alone on the next line: '1：报名时间' / '8月14日-8月18日' and "
               "'2：比赛时间' / '8月18日-8月29日工作日每天下午…'; each is a phase placed on its heading line (the dates are on "
               "the line after). The rounds table that follows (rows 'A | B | C |', kept as the page shows them) is never "
               "labelled as headings; its four dated rounds (第一轮16进8 … 决赛) are optional phases, since one may read them "
               "as the contest's stages or as table cells. The round rows begin with '第一轮' like a 第一 token.",
               "五、比赛规则: '1：参赛人数16人' is a value (item); '2：比赛流程' … '5：胜负裁决' are short titles over a body "
               "(headings, level 2). 四、活动地点 and 六、奖项设置 hold key-value lines only. The page continues with a betting "
               "table after 竞猜奖; it was not taken."],
        units=[],
        extra_phases=[dict(name="第一轮16进8", start_text="8月18日", end_text="23日", at="第一轮16进8 |"),
                      dict(name="第二轮8进4", start_text="8月24日", end_text="25日", at="第二轮8进4 |"),
                      dict(name="第三轮4进2", start_text="8月28日", end_text=None, at="第三轮4进2 |"),
                      dict(name="决赛", start_text="8月29日", end_text=None, at="决赛 |")],
        text="""\
@H1 sec=other | 一、活动主题
“2017深圳九曲软件象棋杯”
@H1 sec=goals alt=guidance | 二、活动目的
弘扬中华传统文化，宣传企业文化，丰富员工业余生活，增强员工的团结协作精神。
以参与为重，调动员工积极性，活跃工作氛围，增进同事之间的了解。
@H1 sec=phases alt=other | 三、时间安排
@H2 num=1： phase=报名时间;8月14日;8月18日 | 1：报名时间
8月14日-8月18日
@H2 num=2： phase=比赛时间;8月18日;8月29日 | 2：比赛时间
8月18日-8月29日工作日每天下午18:15开始，共8天、16场比赛。
场次 | 时间 | 场数 |
第一轮16进8 | 8月18日、21日、22日、23日 | 每日两场共八场 |
第二轮8进4 | 8月24日、25日 | 每日两场共四场 |
第三轮4进2 | 8月28日 | 每日两场共两场 |
决赛 | 8月29日 | 冠亚季军共两场 |
@H1 sec=other | 四、活动地点
报名地点：公司前台
比赛地点：公司休闲区
@H1 sec=other alt=requirements | 五、比赛规则
@I2 num=1： | 1：参赛人数16人
@H2 num=2： | 2：比赛流程
按中国象棋规则进行，全部采用两两对战的淘汰赛，三盘两胜，胜者晋级。
@H2 num=3： | 3：比赛抽签
报名后由组织人员建微信群发红包，按抢红包的先后顺序配对。
@H2 num=4： | 4：比赛计时
每场设置40分钟
@H2 num=5： | 5：胜负裁决
以计时器为准，帅被将死或先用完时间的一方判负，平局则重赛。
@H1 sec=other | 六、奖项设置
冠军：奖金300元现金红包+奖杯+证书
亚军：奖金200元现金红包+奖杯+证书
季军：奖金100元现金红包+奖杯+证书
参与奖：公司定制礼盒（餐具）
竞猜奖：在公司CRM投票回帖，猜中淘汰赛三轮及最终冠军的同事共同分享总计900元的红包。
""",
    ),
    dict(
        name="fresh41_04_taxi_company_hundred_day_contest_activity",
        source="https://www.shuzhi99.com/gongzuojihua/112633.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        notes=["The first sample of a collection page ('竞赛类活动方案通用8篇'): a taxi company's hundred-day labour contest "
               "(司机, 车队长, '的士活地图'), the company's name masked ('xx', 'xxxx'). The collection blurb and the sample "
               "number were dropped. In the store the short title '百日劳动竞赛' runs straight into the opening "
               "('百日劳动竞赛20xx年百日劳动竞赛即将拉开帷幕'); it was put on its own title line.",
               "Label headings with their values on the same line: '一、活动时间：6月1日—9月8日' (the overall period, an "
               "optional phase), '二、领导小组：组长：xx副组长：xx组组员：xx' (text set by hand to '二、领导小组'), "
               "'三、主旨思想：注重细节管理，加强服务意识' (short value: the whole line is the heading text, by the colon rule), "
               "'四、活动主题：…' (cut at the colon).",
               "'五、活动项目及内容百日劳动竞赛将以…' keeps the store's lost break: the heading runs into its body without "
               "punctuation (text set by hand). Its lead-in '初步拟订活动时间及内容安排如下：' introduces seven schedule rows "
               "'（1）6月1日…', '（2）6月中旬…', '（3）6月底…', '（4）7月中旬…', '（5）7月底…', '（6）8月初…', '（7）8月中旬…' "
               "whose date opens the row with no separator; each row is an item (level 2, kind phases, goals accepted) and a "
               "phase with that start. The eighth row is cut off by the page ('（8）8月底全面') and was dropped."],
        units=[],
        extra_phases=[dict(name="活动时间", start_text="6月1日", end_text="9月8日", at="一、活动时间：")],
        text="""\
@T | 百日劳动竞赛
20xx年百日劳动竞赛即将开始。过去一年xx员工干劲足、创造性强，形成了良好的工作风气，涌现出许多先进集体和个人；竞赛也锻炼了队伍，加强了细节管理。今年要继续高效执行、勇于创新，在全面练兵中提高业务和管理能力，为xxxx争做文明企业打好基础。
@H1 sec=phases alt=other | 一、活动时间：6月1日—9月8日
@H1 sec=responsibilities text=二、领导小组 | 二、领导小组：组长：xx副组长：xx组组员：xx
@H1 sec=guidance | 三、主旨思想：注重细节管理，加强服务意识
@H1 sec=other | 四、活动主题：三优、三控、三满意百日劳动竞新风管理优、服务优、文化优；控违纪、控违章、控清欠；司机满意、社会满意、公司满意
@H1 sec=goals alt=measures text=五、活动项目及内容 | 五、活动项目及内容百日劳动竞赛分应知应会、劳动纪律、工作质量和效率、综合素质提升等五个部分，围绕新旧车、违章违纪、素质工程、清欠和日常管理，对xx全体员工进行考试、现场作业考查和专题竞赛。初步拟订活动时间及内容安排如下：
@I2 sec=phases alt=goals phase=百日劳动竞赛全体动员大会;6月1日; | （1）6月1日百日劳动竞赛全体动员大会
@I2 sec=phases alt=goals phase=优秀车队长擂台赛;6月中旬; | （2）6月中旬优秀车队长擂台赛（考核司机管理能力，业务熟识程度，日常基础工作情况）
@I2 sec=phases alt=goals phase=第一次抽查分公司、职能部门;6月底; | （3）6月底第一次抽查分公司、职能部门
@I2 sec=phases alt=goals phase=组织司机开展“的士活地图——xx交通地理大练兵”活动;7月中旬; | （4）7月中旬组织司机开展“的士活地图——xx交通地理大练兵”活动（考核各分公司组织能力，培训司机能力，落实素质工程情况）
@I2 sec=phases alt=goals phase=第二次抽查分公司、职能部门;7月底; | （5）7月底第二次抽查分公司、职能部门
@I2 sec=phases alt=goals phase=xx之星评选活动;8月初; | （6）8月初xx之星评选活动
@I2 sec=phases alt=goals phase=清欠智多星观摩赛;8月中旬; | （7）8月中旬清欠智多星观摩赛；创新金点子有奖征集
""",
    ),
    dict(
        name="fresh41_05_middle_school_arbor_day_activity",
        source="https://m.wenku365.com/p-30499218.html",
        doc_kind="activity_plan", partial=True,
        notes=["A middle school's Arbor Day activity plan on a document-sharing page that injects unrelated sentences "
               "(anti-copy filler about 党员先进性教育 and 红歌会) and chunk markers '1、' '2、' '3、' at the start of its text "
               "chunks. All of it is kept as the page shows it and never labelled: the first line (chunk marker plus "
               "filler), the filler run on after step 3 (the heading text is set by hand), and the last line '3、园的红色"
               "氛围…' (a chunk marker in the middle of a word). The store ran the filler into the title; the title was put "
               "on its own line.",
               "'2、 四、活动内容与时间安排' has a chunk marker in front of the heading: numbering '四、' and text set by hand; "
               "level 1. The section is the schedule: three dated activities 'N、…（3月10日）', '（3月11日）', '（3月12日）' "
               "are phases (start only).",
               "三、活动时间 'XX年3月10日-XX年6月1日' (masked years) is the overall period, an optional phase. The '3.12' "
               "in the body is the holiday's date, not a phase."],
        units=["校团委"],
        extra_phases=[dict(name="活动时间", start_text="XX年3月10日", end_text="XX年6月1日", at="XX年3月10日-XX年6月1日")],
        text="""\
1、为增强党员保持先进性教育活动学习教育的针对性，使广大党员身临其境、潜移默化受到革命传统教育，增进同人民群众的血肉联系
@T | 植树节：中学校园活动策划方案
@H1 sec=goals alt=guidance | 一、活动目的
3.12是每年的植树节。大地回春之际，校团委和学生借植树节开展“创绿、爱绿、护绿”创意与实践体验系列活动，要求各班广泛宣传、人人参与，把学习知识和劳动实践结合起来，增强环保意识，为创建省绿色学校添彩。
@H1 sec=other | 二、活动口号
建绿色校园，树绿色理想
@H1 sec=phases alt=other | 三、活动时间
XX年3月10日-XX年6月1日
@H1 sec=phases alt=goals num=四、 text=四、活动内容与时间安排 | 2、 四、活动内容与时间安排
@H2 phase=“植树节”募捐倡议书;3月10日; | 1、“植树节”募捐倡议书（3月10日）
周一主题晨会上，值周班级的升旗手代表全班发出倡议，随后由团委学生代表宣读“植树节”募捐倡议书。
@H2 phase=绿色环保主题班会;3月11日; | 2、绿色环保主题班会（3月11日）
周二下午各班以“建绿色校园，树绿色理想”为主题召开班会，并以班级为单位开展“植树节”募捐，坚持自愿。
@H2 text=3、“植树节”募捐活动（3月12日） phase=“植树节”募捐活动;3月12日; | 3、“植树节”募捐活动（3月12日）采用红歌会这种大众喜闻乐见的比赛形式来加强红色主题文化在校园的传播，不仅可以向同学们传播红色精神、营造校
3、园的红色氛围为增强党员保持先进性教育活动学习教育的针对性，使广大党员身临其境、潜移默化受到革命传统教育，增进同人民群众的血肉联
""",
    ),
    dict(
        name="fresh41_06_vocational_school_may_fourth_activity",
        source="http://sanwenji.com/xiezuo/jierizhufu/22877.html",
        doc_kind="activity_plan", partial=False,
        notes=["A vocational school's (三星职校) May Fourth activity plan. The page's title ('最新“走进春天”学校春游活动方案') "
               "belongs to another sample and was dropped; the plan shows no title of its own (title null). The 上一篇 / "
               "下一篇 links were dropped; the plan ends with a bare '四、活动总结'.",
               "三、活动时间及安排： holds three dated steps whose date follows the sentence in brackets after a space: "
               "'1、组织团员去敬老院义务劳动。 （时间：4月12日）', '（时间：4月19日）', '（两个校区时间：4月29日）'. Each is a "
               "phase (start only); the heading text is cut at the '。' by the rule, so the date stays outside the text but "
               "inside the line.",
               "Four levels: 一、 / 1、 / 1） (also '3）、' with an extra comma) / ② ③ ④, where ① sits inside the line "
               "'2）评比标准：①、…'. The '1）' and '②' lines are items; the unnumbered '富顺校区：…' line is body. "
               "'3）、彩排时间：4月22日下午3: 40' (PDF-like space kept) is a rehearsal slot inside step 3, labelled an optional "
               "phase. 评比标准 and its points are kind other; 文艺节目要求 requirements (phases accepted); the other 1）/2） "
               "items inherit phases."],
        units=["三星职校团委"],
        extra_phases=[dict(name="彩排", start_text="4月22日下午3: 40", end_text=None, at="彩排时间：")],
        text="""\
本次活动结合“五·一”国际劳动节和“五·四”青年节举办，意在弘扬民族精神，展示学生的人文素质，增强明辨是非、善恶、美丑的能力，促进良好校风的形成，展现中职生奋发向上的精神风貌。学校特筹备“五·四”青年节活动，方案如下：
@H1 sec=responsibilities | 一、筹办单位：三星职校团委
@H1 sec=other | 二、活动主题：迎奥运，爱三星，弘扬爱国主义、集体主义思想，明确“八荣八耻”荣辱观。
@H1 sec=phases alt=goals | 三、活动时间及安排：
@H2 phase=组织团员去敬老院义务劳动;4月12日; | 1、组织团员去敬老院义务劳动。 （时间：4月12日）
@I3 | 1）大安校区：组织团员到敬老院看望、慰问孤寡老人。
@I3 | 2）富顺校区：组织团员到东湖敬老院看望、慰问孤寡老人。
@H2 phase=打扫校园卫生，改善校园死角环境;4月19日; | 2、打扫校园卫生，改善校园死角环境。 （时间：4月19日）
@I3 | 1）各班进行大扫除，清理各班教室、公区死角。
@I3 | 2）大安校区：组织同学把三星宛旁的砖堆整理整齐。
富顺校区：组织同学把女生寝室后的阳沟打扫干净。
@H2 phase=五四青年节文艺会演;4月29日; | 3、五四青年节文艺会演。 （两个校区时间：4月29日）
@I3 sec=requirements alt=phases | 1）文艺节目要求：各班节目可以选择歌舞、小品、话剧、相声、朗诵等多种形式。
@I3 sec=other | 2）评比标准：①、节目主题鲜明，内容积极、健康。（4分）
@I4 | ②、表达流畅，富于激情。（3分）
@I4 | ③、普通话标准，语言及用词规范。（1分）
@I4 | ④、服装整齐美观，仪表大方，举止得体。（2分）
@I3 sec=phases | 3）、彩排时间：4月22日下午3: 40
@I3 sec=other | 4）、奖项设置：一等奖1名、二等奖2名、三等奖3名；获奖名单及时公布。
@H1 sec=other | 四、活动总结
""",
    ),
    dict(
        name="fresh41_07_kindergarten_monthly_year_plan",
        source="http://mip.818114.com/article/item-65374.html",
        doc_kind="plan", partial=True,
        notes=["A kindergarten's year plan arranged by month, reposted as an article ('幼儿园工作计划(2020年幼儿园工作计划)'); "
               "the article title is the title line. The site's category and posting line and the promotional lead "
               "('给大家推荐一份“年度工作计划”，简单不粗暴…') were dropped.",
               "The store replaced the paragraph breaks with commas (',一月,', '。,2、…'); the lines were rebuilt at those "
               "breaks: each month heading on its own line, then the month's motto line ('学期尾声，总结考核，元旦新年，万象"
               "更新', body, kept as written), then the label headings '常规事项：' / '常规工作：', '季节性工作：', '过好一个"
               "节日：' (level 2) over numbered task items (level 3). The motto and '常规事项：' were on one line in the store "
               "and were split.",
               "Each month heading ('一月', '二月', '三月') is a phase whose start is the month itself (name and start both the "
               "month, end null); kind phases with goals accepted throughout (a monthly arrangement of tasks). '元旦：新年"
               "联欢、会餐等。' is a key-value body line. The page ends inside March ('3、制定'); that last fragment was dropped."],
        units=[],
        text=_tag("""\
@T | 幼儿园工作计划（2020年幼儿园工作计划）
@H1 sec=phases phase=一月;一月; | 一月
学期尾声，总结考核，元旦新年，万象更新
@H2 | 常规事项：
@I3 | 1、学期尾声，半年教学效果检验。
@I3 | 2、寒假安全、春节礼仪教育。
@I3 | 3、预约家长，写好评语，汇报幼儿情况。
@I3 | 4、统计寒假留园人数，做好值班安排。
@I3 | 5、归还所借物品：图书、玩具、电教设备等。
@I3 | 6、年终总结，分析得失。
@I3 | 7、发放年终奖。
@I3 | 8、集体备课，研讨新学期保教目标。
@I3 | 9、后勤对园所进行全面检查，保证寒假安全。
@I3 | 10、添购新学期所需物品资料等。
@H2 | 季节性工作：
@I3 | 1、慰问教职工家属或特殊情况员工。
@I3 | 2、做好寒假值班安排。
@H2 | 过好一个节日：
元旦：新年联欢、会餐等。
@H1 sec=phases phase=二月;二月; | 二月
春节寒假，亲情团聚，规划全局，展望未来
@H2 | 常规事项：
@I3 | 1、加强毕业班师资，培养合格孩子。
@I3 | 2、插班生入园的准备。
@I3 | 3、全员大会：宣讲新学期计划和实施要点。
@I3 | 4、新学期家长会准备：讲稿、演讲练习等。
@I3 | 5、新学期物品的采购和发放。
@I3 | 6、新生入园的准备。
@I3 | 7、继续收取学费。
@I3 | 8、年后开学典礼的筹备。
@I3 | 9、清洁、修理和清点设备，园舍检查。
@H2 | 季节性工作：
@I3 | 1、预防春季传染病，注意空气消毒和幼儿衣着。
@I3 | 2、寒假安全例会。
@I3 | 3、环境布置，焕然一新。
@H2 | 过好一个节日：
春节：家庭团聚，同事拜年等。
@H1 sec=phases phase=三月;三月; | 三月
开学准备，员工大会，春季防病，庆祝“三八”
@H2 | 常规工作：
@I3 | 1、开学准备：员工大会、宣布计划、清洁消毒、有重点家访、更换主题墙、通知家长收费标准。
@I3 | 2、祝贺小朋友长大一岁、让幼儿在“又长大一岁”的喜庆气氛中入园。
""", "goals"),
    ),
    dict(
        name="fresh41_08_hospital_fire_safety_day_activity",
        source="https://unjs.com/huodongfangan/201811/1777843.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A hospital's plan for the '119' fire-safety day ('20xx年', kept), from a sample page; the site's "
               "'相关推荐' line was dropped. It calls itself both 活动方案 (title) and 活动实施方案 (opening): scheme "
               "accepted.",
               "A contrast document for dates: the only date, '今年11月9日为“119”消防宣传日', is the day of the event inside the "
               "body of a run-in task heading ('（二）广泛宣传，营造氛围。…'), not a phase; the plan shows no schedule in the "
               "visible part, so it has no phase at all.",
               "'一、活动主题：' carries its slogan on the next line (kind other). 三、活动内容 holds run-in task headings "
               "'（一）要加强领导，提高消防安全责任意识的认识。…' / '（二）…' (level 2, kind goals inherited; the first is about "
               "leadership, so responsibilities and measures are accepted). The names of the director, deputy director "
               "and office head were dropped. The page ends inside （二） ('…周会、早会')."],
        units=["“119”消防宣传活动领导小组", "总务科"],
        text="""\
@T | 医院119消防宣传日活动方案
为加强消防宣传、提高全员消防安全素质，保障医院安全、和谐发展，为创建“平安医院”、“和谐医院”营造良好的消防安全环境，在一年一度的“119”消防日来临之际，特制定20xx年“119”消防宣传日活动实施方案如下：
@H1 sec=other | 一、活动主题：
全民关注消防、生命安全至上。
@H1 sec=guidance | 二、指导思想
以宣传贯彻《消防法》和《国务院关于进一步加强消防工作的意见》为主线，以消防宣传为载体推动消防工作，有效预防和遏制重特大火灾，在全院营造浓厚的宣传氛围。
@H1 sec=goals alt=measures | 三、活动内容
@H2 alt=responsibilities,measures | （一）要加强领导，提高消防安全责任意识的认识。消防安全是平安医院建设中的一项长期重要工作，各科室、病区要认清肩上的责任，把消防安全摆上重要议事日程，纳入精神文明建设总体规划和医院年度工作计划，坚持“一把手”负总责、分管领导抓落实，层层落实责任。成立“119”消防宣传活动领导小组，院长任组长，副院长任副组长，各科室、病区负责人为成员；领导小组下设办公室，挂靠总务科。
@H2 alt=measures | （二）广泛宣传，营造氛围。今年11月9日为“119”消防宣传日，要采取多种行之有效的宣传方式增强职工的消防安全意识：召开一次中层以上干部会议，传达上级文件精神，布置我院宣传活动日的具体任务；出1~2期宣传栏，悬挂一条宣传横幅。各科室、病区要利用政治学习、周会、早会
""",
    ),
    dict(
        name="fresh41_09_community_culture_publicity_year_plan",
        source="https://m.fanwenwang.cn/zhichang/3die4yr.html",
        doc_kind="plan", partial=True,
        notes=["A community's (金星社区) annual plan for publicity and cultural activities, with the year and congress "
               "numbers masked in the source ('201x年', '十x大', '十x届x中全会'); kept. The site's blurb was dropped.",
               "二、重点任务 holds run-in task headings '（一）广泛开展宣传文化活动。' (level 2; kind goals, measures accepted, "
               "inherited) whose period is given after the body on a key-value line '活动时间：1月—12月' — the whole year: "
               "labelled an optional phase (a task's activity period, not a stage). The page ends inside （二） ('…相结合、研')."],
        units=["社区综合文化服务站"],
        extra_phases=[dict(name="广泛开展宣传文化活动", start_text="1月", end_text="12月", at="活动时间：1月—12月")],
        text="""\
@T | 社区宣传思想文化年度工作计划
为深入贯彻党的十x大、十x届x中全会和习近平总书记文艺座谈会讲话精神，丰富群众精神文化生活，增强社区文化的整体实力，展现居民健康快乐的生活风貌，推动基层文化活动建设，现就201x年文化活动安排提出如下方案。
@H1 sec=guidance | 一、活动宗旨
文化活动坚持“贴近实际、贴近生活、贴近群众”，发挥文化引领风尚、教育党员干部、服务社会、推动发展的作用，提升文化软实力，为金星社区文化建设和社区活动提供支撑。
@H1 sec=goals alt=measures | 二、重点任务
201x年围绕宣传党的十x大、习近平总书记系列重要讲话、社会主义核心价值观和中国梦等主题开展文化活动，依托社区综合文化服务站为群众搭建文化展示平台，使参与更广泛、形式更多样、内容更丰富、群众更满意。
@H2 | （一）广泛开展宣传文化活动。
宣传文化活动着眼居民的日常文化需求，重点宣传社会主义核心价值观和本地的市民公约、社区公约，开展好家风征集评比，带动居民共建具有中华传统美德的新型社区。
通过系列宣传活动提升居民的文化价值观，建设更加积极、快乐的社区。
活动时间：1月—12月
@H2 | （二）开展党员教育活动
坚持集体研讨与个人自学相结合、研
""",
    ),
    dict(
        name="fresh41_10_school_learn_from_leifeng_activity",
        source="https://m.taodocs.com/p-643009692.html",
        doc_kind="activity_plan", partial=True,
        notes=["A school youth league's Learn-from-Lei-Feng month plan (2022) on a document-sharing page; the file-name "
               "title, upload line and download panel were dropped, and the visible text starts in the middle of a sentence "
               "('雷锋精神传人、弘扬社会文明新风”，…'), so title is null. The site masks a word as '学****' throughout, eating "
               "the closing quote of '“向雷锋同志学****主题…' (kept as shown). '详细活动支配如下' (a conversion's "
               "word substitution) is kept.",
               "A contrast document for dates: the only phase is the overall period under 一、活动时间： ('__年3月1日——3月31日', "
               "optional). The seven activities under 二、活动内容： are content, not stages: '第四周星期一（3月10日）' is the day "
               "of an event inside a body line, '（第三周之内完成）' and '（第四周周一之前交校团委）' are deadlines, '3月底进行总结"
               "评比' is an event in a body — none is a phase.",
               "The （一）…（七） headings end with '：' (except （七）) and stand alone over one body line each; level 2, kind "
               "goals (measures accepted) inherited. The page's truncated '（八）' was dropped."],
        units=["校团委"],
        extra_phases=[dict(name="活动时间", start_text="__年3月1日", end_text="3月31日", at="__年3月1日——3月31日")],
        text="""\
雷锋精神传人、弘扬社会文明新风”，号召全体学生主动学****雷锋精神，争做雷锋式的好少年，促进青少年养成优秀道德品质。详细活动支配如下：
@H1 sec=phases alt=other | 一、活动时间：
__年3月1日——3月31日
@H1 sec=goals alt=measures | 二、活动内容：
@H2 | （一）“学雷锋”主题班会举办活动：
第四周星期一（3月10日），各班召开一次“学雷锋”主题班会。
@H2 | （二）“向雷锋同志学****主题黑板报评比活动：
各班出一期以“向雷锋同志学****为主题的黑板报，由校团委组织全校检查评比。（第三周之内完成）
@H2 | （三）“向雷锋同志学****海报评比活动：
每班上交两张“向雷锋同志学****主题海报，由校团委组织全校评比。（第四周周一之前交校团委）
@H2 | （四）“向雷锋同志学****名言展示活动：
各班可在教室里书写助人为乐、催人奋进的名言，布置教室，营造良好的文化和学****氛围。
@H2 | （五）“四个一”活动：
各班组织学生唱一首雷锋歌曲、讲一个雷锋故事、读一篇雷锋日记、做一件好人好事。
@H2 | （六）评比“学雷锋标兵”活动：
各班可准备一本“学雷锋日记”，记下全班同学做的好人好事，3月底进行总结评比。
@H2 | （七）“爱心捐赠零花钱·关爱困难小伙伴”主题活动
组织各班捐献零花钱，统一上交校团委。（可以在主题班会时进行。）
""",
    ),
    dict(
        name="fresh41_11_kindergarten_spring_opening_scheme",
        source="http://f.tikuw.cn/f/item?id=1851634724440229",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        notes=["A kindergarten's spring-term opening work scheme (2026) on a document-preview page; the file metadata "
               "('基本信息', file name, size, page count, word count) was dropped. The preview ends inside section 一 "
               "('…召开三次推').",
               "The level-1 section heading carries its own date range in brackets: '一、统筹规划与组织保障（2月1日-2月18日）' "
               "— a dated stage of the opening work (phase), while its content is organisation (kind phases, "
               "responsibilities and measures accepted).",
               "'1月30日前' (a deadline for the first meeting) and '2月1日、2月10日、2月17日' (meeting days) are dates inside "
               "the body, not phases."],
        units=["园务委员会", "开学工作领导小组", "行政办", "保教部", "后勤部", "保健室", "各年级组"],
        text="""\
@T | 2026年春季幼儿园开学工作方案
为保证2026年春季学期各项工作平稳有序，保障幼儿身心健康和保育教育质量，依据《3-6岁儿童学习与发展指南》《幼儿园保育教育质量评估指南》等文件，现将开学准备及初期重点工作安排如下：
@H1 sec=phases alt=responsibilities,measures phase=统筹规划与组织保障;2月1日;2月18日 | 一、统筹规划与组织保障（2月1日-2月18日）
园务委员会于1月30日前召开专题会议，成立由园长任组长、副园长和各部门负责人为成员的开学工作领导小组并明确分工：行政办统筹整体进度，保教部制定教育教学衔接方案，后勤部负责物资保障与环境安全，保健室牵头卫生防疫与健康管理，各年级组承担班级的具体准备。领导小组于2月1日、2月10日、2月17日召开三次推
""",
    ),
    dict(
        name="fresh41_12_county_spring_city_management_scheme",
        source="https://m.wenke99.com/p-12390005.html",
        doc_kind="scheme", partial=True,
        notes=["A county's (望都县) scheme for a spring city-management campaign (2015), on a document-sharing page whose "
               "chunk marker '精选优质文档-倾情为你奉上' is glued to the front of the title line; the title is set without it "
               "(the line is the title line, the marker is debris and never labelled). The store ran the whole page into "
               "one block; it was split at the title and the heading boundaries.",
               "二、时间安排 gives only the campaign's overall period, '从2015年3月25日开始至2015年6月30日结束' (optional phase). "
               "The superior office's scheme number '保城办【2015】16号' is kept. The page ends inside 三、整治范围 ('…延伸，集')."],
        units=[],
        title_override="望都县关于开展城市管理春风行动的实施方案",
        extra_phases=[dict(name="城市管理春风行动", start_text="2015年3月25日", end_text="2015年6月30日",
                           at="从2015年3月25日开始")],
        text="""\
@T | 精选优质文档-倾情为你奉上望都县关于开展城市管理春风行动的实施方案
为深入推进城市管理“6S”行动，巩固市容环境卫生秩序百日整治的阶段性成果，打造整洁优美、规范有序的城市环境，按照保定市城市管理“6S”行动办公室关于开展城市管理春风行动的实施方案（保城办【2015】16号）要求，结合我县实际，决定在全县开展城市管理春风行动，特制定方案如下：
@H1 sec=guidance | 一、指导思想
针对春季城市管理的季节性特点，持续推进“6S”行动，细化举措、巩固成果、健全长效机制，通过环境卫生、市容市貌、便民市场、园林绿化等专项整治，改善城市环境，提升城市管理水平。
@H1 sec=phases alt=other | 二、时间安排
从2015年3月25日开始至2015年6月30日结束。
@H1 sec=other alt=goals | 三、整治范围
城区所有主次干道、背街小巷、游园广场、集贸市场、城中村和城乡结合部的市容环境卫生秩序，以及各机关、企事业单位、学校、医院、居民小区庭院内的环境卫生。以城区为重点向乡镇（办）、村（社区）延伸，以主次干道为重点向小街小巷延伸，以主城区为重点向城乡结合部延伸，集
""",
    ),
]
