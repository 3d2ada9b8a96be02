# -*- coding: utf-8 -*-
"""The 106th held-out fresh set: work SUMMARIES and REPORTS whose LATER PARTS
are in view (存在的问题 / 薄弱环节 / 下一步工作打算 / 下半年工作思绪): short
pages that show a whole report, and pages that the store cut late (a
document-sharing preview starting mid-text, a page that hides the middle of
the text, a page that elides the opening, page 5 of a split article).  Writers:
a town reporting on its villages' new-countryside points, a school, a highway
bureau, and two townships (safety work).  Found as stored public web pages with
the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the
source pages is in the exclusion lists of the other sets (see
/work/fresh106/_excl_mine.lst and _mkexcl.sh), and no heading or place name of
these documents occurs in another set's files.
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate (breadcrumbs, posting
  lines, upload metadata, download links, 推荐阅读) was dropped.
- Heading and title lines keep the source's numbering, wording and
  punctuation.  The store keeps NFKC-normalised text, so full-width
  punctuation （）：，；“” was restored.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, place and unit names, slogans and the masking found in the source
  (x乡) are kept.  Personal names were dropped.
- Site debris a user would paste along is kept and never labelled: a hidden-
  text marker with an HTML remnant, docs-sharing paragraph marks `Р`, an
  elision marker, a bracketed page title glued before a heading, a trailing
  `整理`.

Marker syntax: see fresh_build/build.py.
"""

FRESH106_DOCS = [
    dict(
        name="fresh106_01_town_new_countryside_progress_report",
        source="https://www.1mishu.com/article/zhongjibaogao/gzhb/201205/736117.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=False,
        notes=["A town's progress report on the new-countryside construction points of three of its villages "
               "(富溪村冯家坊, 游军村南塘, 桥背村王坊嵊). The whole report is in view (about 700 characters): 一、进展情况, "
               "二、主要存在的问题, 三、下一步工作打算. The breadcrumb was dropped; the page shows the title twice (page "
               "heading and document), kept once.",
               "The opening sentence starts '年度新农村建设点共7个' with the year missing in the source; kept.",
               "Under 一、 and 二、 each village point is a short label heading on its own line ('1、富溪村冯家坊点：' with a "
               "colon, '2、游军村南塘点' without), its body on the next line: role heading, level 2. 一、 is achievements "
               "(progress made so far), 二、 problems, 三、 next_steps (its body is one paragraph, no numbered points).",
               "Deadlines and progress dates in the bodies ('8月底、9月初', '月底') are not phases."],
        units=[],
        text="""\
@T | 新农村阶段性工作报告
年度新农村建设点共7个，其中游军村南塘-超坊里堡1个点，富溪村冯家坊1个点，桥背村王坊嵊5个点。
@H1 sec=achievements | 一、目前镇新农村建设点进展情况
@H2 | 1、富溪村冯家坊点：
旧房已拆完，排水沟、下水道、化粪池和路基改造全部完工，改水、改厕完成80%；尚有7户因新房未竣工而没有完成。
@H2 | 2、游军村南塘点
改水、改厕本月底可以全部完成，进点主路早已建成，进户路硬化预计8月底、9月初完工。
@H2 | 3、桥背村王坊嵊点
改水已完成60%，月底前可全部完成；下水道、排水沟和路基已完工，主路硬化完成50%，改厕完成30%。
@H1 sec=problems | 二、新农村建设点主要存在的问题
@H2 | 1、富溪村冯家坊点
规划时预留的新建宅基地偏少，群众反映满足不了今后建房的需要。
@H2 | 2、桥背村王坊嵊点
点上面积大、基础差、任务重，眼下最大的困难是资金缺口很大。
@H1 sec=next_steps | 三、下一步工作打算
冯家坊点按期完成任务没有问题；南塘点进度虽不够理想，但基础较好，也能按期完成。下一步重点是督促王坊嵊点加快进度，并争取上级部门追加部分资金，把该点的任务完成好。
""",
    ),
    dict(
        name="fresh106_02_school_safety_work_summary",
        source="https://yyqweb.com/gongzuojihua69/37370.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A school's safety-work summary on a sample site that hides the middle of the text: after the opening and "
               "the first heading the page shows '……此处隐藏436个字……' followed by an HTML remnant (a double quote and '>'), then the last "
               "part of the summary (two numbered problems and the closing paragraph). The marker and the remnant are "
               "kept glued at the end of the body line they interrupt (site debris, not labelled); the body of 一、 "
               "therefore ends with the fragment '学校'. The breadcrumb, the posting time, the site's second title line "
               "'学校安全工作总结(全文共1769字)' and the download link were dropped; the principal's and vice-principal's "
               "names were dropped.",
               "'一、 领导重视，责任明确' keeps the page's space after '一、'; achievements.",
               "The two problem points '1、社会育人环境存在不利于师生安全的因素。…' and '2、学校安全工作的难度不断增大。…' "
               "are run-in headings whose own parent heading (probably '二、…存在的问题') is hidden: level 2 by the "
               "missing-parent convention (level 1 accepted), section problems set explicitly (the visible heading "
               "before them is 一、, an achievements heading, which they do not belong to).",
               "The closing '总之，…' paragraph is body (it promises further work but is not a heading)."],
        units=[],
        text="""\
@T | 学校安全工作总结
我校在市教育局领导下，坚持预防为主、防治结合、加强教育、群防群治，一方面通过安全教育增强学生的安全意识和自我保护能力，一方面通过齐抓共管让全体教职工都关心支持安全工作，保障师生人身和财产安全，维护正常的教育教学秩序。
@H1 sec=achievements | 一、 领导重视，责任明确
为加强对安全教育工作的领导，学校把安全工作列入重要议事日程，由校长直接抓、分管副校长具体抓，学校 ……此处隐藏436个字……">
@H2 sec=problems lvlalt=1 | 1、社会育人环境存在不利于师生安全的因素。经过各级党委政府组织的集中整治，学校周边环境已明显好转，但社会上的不安定因素和不良文化仍在影响师生：干扰学校的不法人员仍然存在，黄赌毒、非法出版物、网吧和游戏室对学生影响很大，校门口的饮食摊点和食品店也有食品安全隐患。
@H2 sec=problems lvlalt=1 | 2、学校安全工作的难度不断增大。独生子女在家受保护多、生活经验少；学校位于城乡结合部，打工子女、单亲子女和留守儿童较多，管理难度大，而学生自我保护意识和防范能力普遍较弱，使安全工作越来越难做。
总之，我们将尽最大努力做好安全工作，进一步重视安全，及时解决工作中出现的新问题，不断提高学校安全工作水平，也希望上级和相关部门给予指导、支持和帮助，确保全校安全万无一失。
""",
    ),
    dict(
        name="fresh106_03_highway_bureau_halfyear_safety_summary",
        source="https://m.qiqiwenku.com/docx/997728.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A highway bureau's (公路局) safety-production summary for the first half of 2021, as the preview of a "
               "document-sharing site: the preview starts mid-sentence ('17处。', kept as the first body line) inside "
               "the achievements part and ends inside the next-steps part ('…安全生产工作没有投入'). The upload "
               "metadata line and the '文档介绍' label were dropped.",
               "The site marks each paragraph end with 'Р' (a Cyrillic letter standing for the lost line break, once "
               "as 'РРР'); split into lines at those marks and kept glued at the end of each line as site debris, "
               "never labelled. Heading texts are therefore set by hand (without the mark).",
               "'四加大宣传，强化意识' and '五做好了应急防范' lost their enumeration comma (and probably the brackets of "
               "'（四）' '（五）') in the conversion: numbering kept as written ('四', '五', style none). They are the "
               "last two points of the achievements part whose top heading is not in view: level 2 by the "
               "missing-parent convention (level 1 accepted), achievements.",
               "二、存在问题 (problems): a lead-in '…关键表现在：' then two statements numbered '1.' and '2、' (mixed as in "
               "the source), labelled items. 三、下半年工作思绪 (next_steps; 思绪 is the site's spun word for 思路): "
               "'1.加强领导，落实责任。…' a run-in heading, '2.深入加大…' a task sentence (item), '3.增加安全投入，…' "
               "a run-in heading cut by the end of the preview (text set by hand at the comma).",
               "The event dates '6月6日' (a publicity activity) and '2月1日' (an icy day) are not phases; the slogan "
               "'“强化红线意识，促进安全发展”' is kept."],
        units=[],
        text="""\
@T | 公路局2021年上半年安全生产工作总结
17处。Р
@H2 sec=achievements lvlalt=1 num=四 text=四加大宣传，强化意识 | 四加大宣传，强化意识Р
按上级安委部署，本局于6月6日开展“安全生产月”宣传，借助电子显示屏、宣传栏和横幅宣传安全生产法，组织职工观看警示教育片，并围绕“强化红线意识，促进安全发展”这一主题开展活动，职工的安全意识明显增强，安全生产法规和知识得到普及。Р
@H2 sec=achievements lvlalt=1 num=五 text=五做好了应急防范 | 五做好了应急防范Р
节假日由局领导带班值守，值班人员全天开机待命，桥梁、急弯、陡坡路段专人负责，遇有紧急情况立即组织抢救。2月1日冰冻天气使本局管养的五座桥梁结冰，本局随即组织25人分2个组除冰，保障车辆安全通过。Р
@H1 sec=problems text=二、存在问题 | 二、存在问题Р
工作虽有成效，但本局的安全生产形势仍不容乐观，不足之处主要表现在：Р
@I2 text=1.安全生产宣传教育还有待加强 | 1.安全生产宣传教育还有待加强，宣传形式有待改进，职工参与的积极性还需进一步调动。РРР
@I2 text=2、重效益轻安全的现象仍然存在 | 2、重效益轻安全的现象仍然存在，个别施工单位没有按规定设置标志标牌，桥梁施工两端未设护栏，留有安全隐患。Р
@H1 sec=next_steps text=三、下半年工作思绪 | 三、下半年工作思绪Р
@H2 text=1.加强领导，落实责任 | 1.加强领导，落实责任。对照年初签订的安全生产目标责任书，落实安全生产责任制，强化监管责任。Р
@I2 text=2.深入加大安全生产宣传教育力度 | 2.深入加大安全生产宣传教育力度，用好媒体、板报和标语，提高全社会的安全意识，隐患排查与宣传教育并重，把宣传教育融入日常工作。Р
@H2 text=3.增加安全投入 | 3.增加安全投入，安全生产工作没有投入
""",
    ),
    dict(
        name="fresh106_04_township_halfyear_safety_summary",
        source="https://wenku.baigecn.com/detail/482ae29482eeec394bb9a9ba0988ab92.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township's safety-production summary for the first half of 2024 (the township masked as 'x乡'). The "
               "page elides its opening: the title is followed by the site's marker '……（开头部分已省略1935字）', kept "
               "as a body line (site debris, not labelled), then the last two points of the achievements part and "
               "二、存在的问题和不足; the page ends inside the fourth problem ('…专业力').",
               "'（六）坚持预防为主，专项整治工作成效明显。…' and '（七）事故发生情况。…' are run-in headings whose parent "
               "(一、…) is elided: level 2 by the missing-parent convention (level 1 accepted); achievements, and "
               "（七）, a report of accident figures, also background.",
               "二、存在的问题和不足 (problems) holds one paragraph with run-in '一是…二是…三是…四是…' inside it: not "
               "labelled (markers in the middle of a paragraph).",
               "'截止2024年6月3日' is a reporting date, not a phase; the slogan '“三管三必须”' is kept."],
        units=["乡综合行政执法队", "交通管理所", "乡综合执法中心"],
        text="""\
@T | 乡镇2024年上半年安全生产工作总结
……（开头部分已省略1935字）
@H2 sec=achievements lvlalt=1 | （六）坚持预防为主，专项整治工作成效明显。2024年上半年，乡综合行政执法队牵头对辖区重大风险隐患开展了2次大排查，发动各类企业和单位开展自查，对容易引发事故的重要危险源和危险区域登记建档，责令有关单位加强防范；同时组织行业和部门全面检查，确保大检查高标准、全覆盖并落到实处。
@H2 sec=achievements alt=background lvlalt=1 | （七）事故发生情况。一是查处超速、客车超员、货车超载、货车违法载人、疲劳驾驶、酒后驾驶等容易造成群死群伤的违法行为；二是交通管理所和养护人员排查治理危险路段，做好养护保畅、交通疏导和施工安全监管。截止2024年6月3日，x乡建筑施工安全事故0起、死亡0人，火情1起、死亡0人。
@H1 sec=problems | 二、存在的问题和不足
工作虽有进展，但仍有一些突出问题。一是企业主体责任落实不到位，重效益、轻安全，安全生产停留在文件和标语上，小企业人员流动快，从业人员培训不足、能力不够，隐患排查走过场；二是部门联动不够，涉及单位多、报表多，报送不及时的情况依然存在。三是部分乡直单位重视不够、行动迟缓，把安全生产看成乡综合执法中心一家的事，没有按“三管三必须”和专项整治三年行动的要求开展工作，整治不深入、不积极。四是安全监管干部队伍专业力
""",
    ),
    dict(
        name="fresh106_05_township_safety_summary_weak_points_page",
        source="http://www.easyfang.com/a/2021/0814/0580293_5.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Page 5 of a township's half-year safety summary split over several pages by the site. The page's own "
               "heading line ('乡镇安全生产总结|乡镇安全生产工作半年总结( 五 )', the site's two titles and a page "
               "counter) was dropped like a collection title, so title is null; the site repeats both titles in "
               "brackets glued before the first line of the page text: '【乡镇安全生产总结|乡镇安全生产工作半年总结】"
               "（三）安全生产存在的薄弱环节' (kept: site debris before the heading; numbering and text set by hand).",
               "（三）安全生产存在的薄弱环节 (problems) is the only heading in view and the top level shown: level 1 (as "
               "in dev30). Its body lists 一是, 二是 and 四是 (三是 is missing in the source) inside one paragraph: not "
               "labelled. The body keeps the page's space before the final '。' and the site word '整理' glued at the "
               "line end (debris); '推荐阅读' was dropped."],
        units=[],
        text="""\
@H1 sec=problems num=（三） text=（三）安全生产存在的薄弱环节 | 【乡镇安全生产总结|乡镇安全生产工作半年总结】（三）安全生产存在的薄弱环节
半年来我镇安全生产工作虽有一定成效，但与经济社会发展的要求相比仍有差距，薄弱环节和不足主要有：一是监管措施和方式需要创新，监管人员配备不齐；二是道路交通事故占比大，事故多发；四是个别企业安全责任意识不强，基本安全条件落后，三级安全教育培训不到位，职工安全意识淡薄，适应不了新时期安全发展的要求。这些问题有待在今后工作中采取更有力的措施加以解决 。整理
""",
    ),
]
