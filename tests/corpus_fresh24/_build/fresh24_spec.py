# -*- coding: utf-8 -*-
"""The twenty-fourth held-out fresh set: WORD FILES SAVED BY LIBREOFFICE.  Twelve real
Chinese plans, schemes, activity plans, a half-year report and a progress table, each
present twice: NAME.txt + NAME.labels.json as in the other sets, and NAME.docx, the same
document as a writer would have it in Word, written as a flat ODF text file (.fodt) by
_build/make_docx.py and converted by LibreOffice (soffice --headless --convert-to
docx:"MS Word 2007 XML").  ../../fresh_build/check_docx.py (this set's copy, see the README)
re-reads every .docx and asserts that its displayed text equals NAME.txt line by line.
Writers: a township's plan, a town's scheme, a town's annual plan, a town's half-year
report, the opening ceremony of a regional university games, a community, a kindergarten,
a university service team, a middle school's League committee, a college department's
student union, a university school of liberal arts and a town's progress table; found as
stored public web pages with the `search` tool's `pages` corpus.  None of the source pages
is a source, and no title is a title, of a label file listed in /work/fresh24/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's and corpus_fresh22's READMEs):
- Only the part of the page that the store returned is represented; nothing after the
  visible part was invented.  Site boilerplate and web debris were dropped: a Word file
  would not carry them.
- Heading, title, item and schedule-row lines keep the source's numbering, wording and
  punctuation; full-width punctuation restored from the store's NFKC text.  Every body
  paragraph is rewritten in our own words and shortened; dates, figures, unit and place
  names and the source's masking are kept; personal names dropped.

Each document's `docx` entry says how its Word file is made (see make_docx.py):
  style    'outline'  labelled headings whose numbering class is in `outline` are in
                      LibreOffice's Heading 1/2/3 styles numbered by the OUTLINE numbering
                      (Chinese 一、 / （一） and decimal levels; number not typed);
           'headings' labelled headings in Heading 1/2/3 by level, numbers typed, the
                      outline numbering set to none;
           'direct'   every paragraph in the default style, headings bold by direct
                      formatting, numbers typed;
  lists    {class: level}: labelled lines of that numbering class get AUTOMATIC list
           numbering from the list style L1 (number not typed).  With a level-0 class the
           document is ONE multi-level list (the level is the list level; later runs of
           list paragraphs continue it); otherwise every run of list paragraphs is a new
           one-level list that restarts at 1;
  tables   [(first-row text, rows)]: those .txt lines are the rows of a real table, cells
           split at U+3000; `cells` gives rows with empty cells or merges explicitly;
  breaks   [(line start, text before a soft break that does NOT start a new line)];
  right    line starts of right-aligned lines;  footer: a footer with a PAGE field;
  blank_after: line numbers followed by an empty paragraph.

Marker syntax: see fresh_build/build.py.
"""

FRESH24_DOCS = [
    dict(
        name="fresh24_01_township_clean_up_work_plan",
        source="https://www.wensidu.com/zhishiwenku/sywfldang/vrrvzn.html",
        doc_kind="plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, lists={"1、": 1},
                  footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、 and （一） are Heading 1 / Heading 2 paragraphs numbered by "
               "LibreOffice's outline numbering (numFmt taiwaneseCountingThousand in the .docx, lvlText '%1、' and "
               "'（%2）', suffix nothing; the numPr sits in the Heading styles); the 1、 tasks are an automatic list "
               "that restarts under each （一）; a footer with a PAGE field; an empty paragraph after the title.",
               "A township's work plan against dirt and disorder (整脏治乱); the page shows the headings with a "
               "trailing full stop (一、整治目标。), kept. The plan speaks of 20xx年度 and of the 2012 campaign, both "
               "kept. The page ends with the heading （三）监督检查。 (its body is not shown).",
               "四、实施步骤 names three undated stages (宣传发动, 专项整治, 监督检查): phases without dates. The 1、 lines "
               "under 三、 are task items."],
        units=[],
        text="""\
@T | 乡镇整脏治乱工作计划
为落实县里创建“省级文明县城”实施方案的要求，推进文明乡镇创建，做好本乡的环境卫生工作，结合本乡实际，制定20xx年度工作计划。
@H1 sec=goals | 一、整治目标。
按新农村村容整洁的要求，重点治理全乡公共环境和生活区域的“脏、乱”问题，做到公共环境整洁有序、生活区域基本不见脏乱，环境卫生工作的质量和管理水平有所提高。
@H1 sec=goals alt=measures | 二、整治内容。
重点治理集镇街道和所辖区域的脏乱现象，纠正干部职工和群众乱吐乱扔、乱帖乱画、乱排乱倒、乱搭乱建、乱停乱放的行为。
@H1 sec=goals alt=measures | 三、整治区域和任务。
@H2 | （一）机关办公区域。
@I3 | 1、抓好机关办公室、过道、走廊、楼梯间及墙面的卫生，业务资料摆放有序，办公环境保持整洁。
@I3 | 2、治理机关办公区域摩托车等车辆乱停乱放，做到停放有序。
@H2 | （二）街道及管辖场所等区域。
@I3 | 1、抓好学校、街道、医院等区域的环境卫生，保持整洁。
@I3 | 2、加强对食堂的管理，督促其做好环境卫生，做到安全、整洁、有序。
@I3 | 3、管好公用院子里的停车，车辆停放有序、干净整洁。
@H1 sec=phases | 四、实施步骤。
@H2 phase=宣传发动;; | （一）宣传发动。
召开全乡干部职工会议，学习县里“整脏治乱”专项行动的文件和工作要求，部署2012年本乡的“整脏治乱”专项行动。
@H2 phase=专项整治;; | （二）专项整治。
按上述区域和任务组织干部职工清理整治，同时向出租房屋的住户宣传，督促其整改，营造良好的工作和卫生环境。
@H2 phase=监督检查;; | （三）监督检查。
"""),
    dict(
        name="fresh24_02_town_village_cleaning_action_scheme",
        source="https://01861.cn/zhuantifanwen/gongwenfanwen/37565.html",
        doc_kind="scheme", doc_kind_alt=["plan", "activity_plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2, "1.": 3}, footer=True, blank_after=[1, 2]),
        extra_phases=[dict(at="2022年村庄清洁行动贯穿全年", name="村庄清洁行动", start_text="2022年",
                           end_text=None)],
        notes=["Word file (LibreOffice): three levels of OUTLINE numbering on Heading 1/2/3 (一、 / （一） / 1.; "
               "lvlText '%1、', '（%2）', '%3.'; suffix nothing; numPr in the Heading styles), the 1. run-in "
               "headings in Heading 3; a footer with a PAGE field; empty paragraphs after the title and the "
               "preamble.",
               "A town's scheme for the 2022 village cleaning action. The page's damaged quotes are kept in the "
               "theme line and the （一） heading ('清洁村庄>献礼二十大“, '三个一“). The page ends inside the third 1. "
               "paragraph; the fragment is kept (…小公园“村).",
               "二、时间安排 gives only the year ('2022年村庄清洁行动贯穿全年'): an optional overall period with a start "
               "2022年. 三、活动内容 is goals (measures accepted); its 1. paragraphs are run-in headings."],
        units=[],
        text="""\
@T | 镇村庄清洁行动工作方案
根据《*县关于开展2022年村庄清洁行动的通知》的要求，为巩固农村人居环境整治成果、加快美丽乡村建设，2022年全镇各村（社区）持续开展村庄清洁行动，以干净整洁的环境迎接党的二十大召开。现制定本方案。
@H1 sec=other | 一、活动主题
'清洁村庄>献礼二十大“
@H1 sec=phases alt=other | 二、时间安排
2022年村庄清洁行动贯穿全年
@H1 sec=goals alt=measures | 三、活动内容
@H2 | （一）组织开展'三个一“活动
@H3 | 1.每周开展一次村庄环境卫生大扫除。村（社区）党组织书记当好村庄“清洁指挥长”，每周组织一次大扫除并形成长效机制，提高公共卫生管理水平，让村庄始终干净整洁。
@H3 | 2.每月一次农村环境卫生整治成效评比活动。针对“三清理三拆除三整治”不到位、旧村庄和公共场所脏乱差易反弹等问题，由党员干部带头、发动群众持续整治；镇里建立“红黑榜”，每月以村为单位评比一次，组织现场观摩并张榜公布，营造比学赶超的氛围。
@H3 | 3.每季度组织一次'最美四小园村庄“'最美庭院“评比活动。各村（社区）每季度组织一次农村“小菜园、小果园、小花园、小公园“村
"""),
    dict(
        name="fresh24_03_town_annual_work_plan",
        source="https://www.gongwen99.com/cehuashu/69599.html",
        doc_kind="plan", partial=True,
        docx=dict(style="direct", blank_after=[2]),
        notes=["Word file (LibreOffice): typed numbers, direct formatting only (default paragraph style; 一、 headings "
               "bold in 黑体, body 仿宋_GB2312 16 pt); no title (the page shows only the collection's title and "
               "the sample number, dropped).",
               "A town's annual work plan (the town 三和集镇, a county masked 'xx县'), first sample of a collection. The "
               "1、 paragraphs under 二、工作重点 are run-in headings; 3、 and 4、 run their whole sentence to the first "
               "full stop, so their heading text is set by hand. Inline 一是/二是/三是 stay inside their "
               "paragraphs. The page ends inside 5、 (…提高信访工作的效)."],
        units=[],
        text="""\
@H1 sec=guidance | 一、工作思路
以解放思想为先导，以追赶跨越、争先进位为主线，在解放思想中加快崛起，在改革开放中增强动力，以科学发展带动三和集镇经济社会加快发展。
@H1 sec=goals alt=measures | 二、工作重点
@H2 | 1、狠抓招商引资工作。为已签约的xx县宝鑫粮油储备有限公司做好帮办服务，推动其计划投资2亿元、在镇工业集聚区建设的面粉深加工生产线及食品深加工项目；加快投资5000万元的大陈村3000亩蓝莓基地二期建设。
@H2 | 2、继续打造特色农业。一是加快现代农业示范园建设，积极申报家庭农场和农民专业合作社，建好20xx亩石榴园和20xx亩竹柳基地，加大三和千张、萝卜的包装宣传；二是建好大陈村乌云山3000亩蓝莓基地；三是加快后李村1000亩特色水产养殖基地建设。
@H2 text=3、稳步推进美好乡村建设 | 3、稳步推进美好乡村建设，重点是尚庄及石庙王美好乡村示范点的后续建设：加大投入，加快便民服务大厅和卫生室建设，配套设施高标准完善，尽快完成高铁连接线改建工程。
@H2 text=4、继续做好“三线三边”环境整治工作 | 4、继续做好“三线三边”环境整治工作，加大整治力度和投入，建立长效管理机制，使保洁常态化、全天候；在建好省道s309两侧绿色长廊的基础上，加快三和北街改造和练铺街道提升改造。
@H2 | 5、努力维护社会稳定。牢固树立“稳定压倒一切”的思想，做好稳定工作；当前的矛盾隐患主要集中在化解村级债务、土地纠纷和涉法涉诉等方面。一是做好群众思想工作，加大矛盾排查和调处力度，提高信访工作的效
"""),
    dict(
        name="fresh24_04_town_halfyear_key_work_report",
        source="https://m.wenke99.com/p-4734446.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="headings", footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): headings in LibreOffice's Heading 1 / Heading 2 styles (outline levels "
               "1-2) with the numbers typed; the outline numbering is set to none, so LibreOffice still writes a "
               "numPr into the Heading styles, pointing at levels with numFmt none and an empty lvlText (Word shows "
               "no number); a footer with a PAGE field.",
               "A town's report of its key work in the first half of 2015 and its aims for the second half "
               "(调研报告 in the title; summary, report accepted). Only the start of 一、完成情况 is shown; the page "
               "ends inside the fixed-asset paragraph (…同比增长21%，). Figures are kept; the company named in the "
               "page (新源同昌包装材料有限公司) is kept as a company, not a unit."],
        units=[],
        text="""\
@T | 上半年各项重点工作基本情况及下半年工作目标措施的调研报告
今年以来，我镇在市委、市政府领导和各级部门支持下，贯彻党的十八大和十八届三中、四中全会精神，围绕年度目标任务创新工作方法，各项工作取得一定成效。现将2015年上半年重点工作完成情况和下半年工作目标、具体措施报告如下。
@H1 sec=achievements | 一、完成情况
@H2 | （一）全镇主要经济指标完成情况
预计1-6月份，全镇完成地区生产总值10.3亿元，同比增长14.4%，占年计划的53.3%；公共财政预算收入1606.5万元，同比增长8%，占年计划的45%；税收收入2780万元，同比增长21%，占年计划的45.6%；服务业占GDP比重达到38%；规模以上工业产值7.3亿元，同比增长2.6%，占年计划的52%。
上半年全镇一般工业企业运行总体平稳，氧化锌、纺织机械、纺织服装等产业比去年稳中略升；骨干企业新源同昌包装材料有限公司因资金问题春节后没有复工，主要经济指标的完成因此有差距。
@H2 | （二）固定资产投资指标完成情况
预计1-6月份，全镇完成固定资产投资5.7亿元，同比增长21%，
"""),
    dict(
        name="fresh24_05_university_games_opening_ceremony_plan",
        source="https://www.5wangxiao.com/archiver/tid-10539950.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"一、": 0, "（一）": 1, "1.": 2}, footer=True, blank_after=[1]),
        extra_phases=[dict(at="时间：11月11日（星期五）上午8:30", name="开幕式", start_text="11月11日（星期五）上午8:30",
                           end_text=None)],
        notes=["Word file (LibreOffice): ONE automatic multi-level list on default-style paragraphs, with Chinese "
               "numbers on two levels: level 0 '%1、' (一、-四、), level 1 '（%2）' (（一）…, both numFmt "
               "taiwaneseCountingThousand), level 2 '%3.' (1.); the list continues over the typed 第一项 lines and "
               "the value lines; level 1 restarts under 三、 (（一）-（七）) and 四、, level 2 under （六）. The 第一项 … "
               "第七项 lines are typed. A footer with a PAGE field.",
               "The plan for the opening ceremony of the 7th Guangxi university games (广西科技大学体育馆), posted on a "
               "forum archive: the poster's name and posting time and the page's HTML tags (<p>, <strong>) were "
               "dropped. The page ends at '时间:</' under 四、（一）, kept as the label '时间：'.",
               "二、开幕式流程 lists the programme: （一）-（三） are single programme steps (items), （四）-（六） have "
               "sub-lines and are headings; 第一项 … are items; the lines under 第六项/第七项 are bodies. 三、入场式"
               "安排 gives requirements and team sizes (items). The ceremony time 11月11日（星期五）上午8:30 is an "
               "optional phase (one event's time); the 8:00 inside 三、（一） is a requirement, not a phase."],
        units=[],
        text="""\
@T | 大学生运动会开幕式的策划书
为做好广西壮族自治区第七届大学生运动会开幕式的筹备工作，营造“隆重、热烈、和谐、友谊”的浓厚氛围，特提出以下方案：
@H1 sec=phases alt=other | 一、开幕式时间、地点
时间：11月11日（星期五）上午8:30
地点：广西科技大学体育馆
@H1 sec=phases alt=other | 二、开幕式流程（时间：一个半小时）
@I2 | （一）主持人宣布开幕式开始
@I2 | （二）裁判员、运动员入场
@I2 | （三）介绍出席开幕式的领导、嘉宾
@H2 | （四）开幕式议程
@I3 | 第一项：升中华人民共和国国旗，奏中华人民共和国国歌
@I3 | 第二项：广西工学院领导致欢迎辞
@I3 | 第三项：柳州市领导致辞
@I3 | 第四项：自治区教育厅领导讲话
@I3 | 第五项：自治区教育厅领导宣布广西壮族自治区第七届大学生运动会开幕
@I3 | 第六项：升会旗
升广西壮族自治区第七届大学生运动会会旗、奏大运会会歌
@I3 | 第七项：宣誓仪式
运动员宣誓
裁判员宣誓
@H2 | （五）文体表演：
@I3 | 1.龙狮舞大运（龙狮表演）
@I3 | 2.文艺演出（相会柳州（管乐演奏舞蹈）阳光运动）
@H2 | （六）开幕式结束
@I3 | 1.礼花闪耀（放礼花）
@I3 | 2.裁判员、运动员退场
@H1 sec=requirements alt=other,measures | 三、入场式安排
@I2 | （一）各入场式队伍（国旗队、会旗队、红旗队、裁判员代表队、各高校代表团）8:00须在体育馆羽毛球场地集中完毕；
@I2 | （二）各校代表团入场式的人数：举牌手（引导员）1名（大会指派），护旗手1名，领队、教练员各1名，运动员不能多于20名；
@I2 | （三）入场队伍的服装整齐，精神面貌要好。
@I2 | （四）国旗队人数：6人
@I2 | （五）会旗队人数：6人
@I2 | （六）红旗队人数：32人
@I2 | （七）裁判员代表队人数：20人
@H1 sec=phases alt=other | 四、入场式预演安排
@H2 | （一）预演时间、地点
时间：
"""),
    dict(
        name="fresh24_06_community_national_day_activity_plan",
        source="https://m.001doc.com/doc/444381.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", footer=True,
                  breaks=[("时间：2023年10月1日", "时间：2023年10月1日，晚上19:0022:00"),
                          ("时间：2023年10月2日", "时间：2023年10月2日，下午15:00-17:00"),
                          ("时间：2023年Io月3日", "时间：2023年Io月3日，上午10:00-12:00")],
                  blank_after=[1]),
        notes=["Word file (LibreOffice): typed numbers, direct formatting; each activity's time and place are ONE "
               "paragraph with a soft line break before 地点： (Shift+Enter), which is not a new line because the "
               "part after the break does not start with a number or a date: the .txt line runs the two together, "
               "as the page does; a footer with a PAGE field.",
               "A community's National Day activity plan from a document-sharing site (its '由会员分享' line and the "
               "chunk markers 1、 2、 3、 dropped). The page's PDF damage is kept in the lines: a lost dash "
               "'19:0022:00', a lost full stop after '1' ('1歌舞表演：'), spaced '2 .', a comma '3,', the OCR month "
               "'Io月', and items 1, 3, 4 under 三、 (the page shows no 2). The page ends inside item 4 of 三、.",
               "The three activities are dated on the line after each heading: phases (start only; 2023年Io月3日 kept "
               "as damaged). The numbered lines under 活动内容： are items (numbering literal as typed, class none "
               "where no class fits)."],
        units=[],
        text="""\
@T | 社区国庆节主题活动方案策划
国庆节将到，为让社区居民感受浓浓的节日气氛，促进邻里之间的互动和沟通，社区特别策划了一系列主题活动，作为送给居民的一份国庆礼物。主题活动安排如下：
@H1 sec=goals alt=phases,measures phase=文艺汇演;2023年10月1日; | 一、文艺汇演
时间：2023年10月1日，晚上19:0022:00地点：社区广场
活动内容：
@I2 num=1 | 1歌舞表演：居民自愿报名上台，社区提供专业音响和舞台，请大家展示各自的才艺。
@I2 num=2~. | 2 .朗诵比赛：以“我和我的祖国为主题，青少年居民在线报名，初选后参加朗诵比赛，分设不同组别，增加比赛的趣味。
@I2 num=3~. | 3 .群众合唱：请全体居民一起在社区广场演唱爱国歌曲。
@H1 sec=goals alt=phases,measures phase=家庭美食大赛;2023年10月2日; | 二、家庭美食大赛
时间：2023年10月2日，下午15:00-17:00地点：社区中心厨房
活动内容：
@I2 num=1 | 1家庭报名：居民自愿参加，带上自家的特色美食到社区中心厨房参赛。
@I2 num=2~. | 2 .美食评选：请社区专业厨师和评委现场品尝评出优胜者，另设观众投票评选的奖项。
@I2 num=3, | 3,交流互动：居民在比赛中展示自己，也可以与其他居民交流学习，增进邻里友谊。
@H1 sec=goals alt=phases,measures phase=义卖大会;2023年Io月3日; | 三、义卖大会
时间：2023年Io月3日，上午10:00-12:00地点：社区广场
活动内容：
@I2 num=1 | 1义卖物品：居民自愿捐出与国庆有关的纪念品、文化书籍等物品义卖，所得资金全部用于公益慈善事业。
@I2 num=3~. | 3 .游戏活动：设置一些娱乐小游戏，吸引更多居民参与。
@I2 num=4~. | 4 .互动交流：通过此次义卖大会，不仅可以创造一种正能量的氛围，同时也
"""),
    dict(
        name="fresh24_07_kindergarten_childrens_day_activity_plan",
        source="https://pincai.com/article/3019711.htm",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"一、": 0, "1、": 1, "（1）": 2}, footer=True),
        notes=["Word file (LibreOffice): ONE automatic multi-level list on default-style paragraphs (numPr on each "
               "paragraph): level 0 '%1、' (一、, numFmt taiwaneseCountingThousand), level 1 '%2、' (1、), level 2 "
               "'（%3）' ((1)); the list continues over the body paragraph after 一、, and level 1 restarts under 二、; "
               "a footer with a PAGE field. No title: the page shows only the collection's title and the sample "
               "heading '文化活动方案1', dropped.",
               "A kindergarten's 六一 activity plan (the first sample of a collection). The page's spun and masked "
               "wording is kept in the item lines ('你就准备…', '__做好主持工作准备', '…获得续编故事的。'); it ends "
               "inside item 6 (…引起家长的重).",
               "二、活动准备 lists preparation tasks with task dates in brackets (五月二十三日, 四月中旬, 五月十一日, "
               "五月二十日, 第九周): task dates inside task lines, not phases; the section is measures (phases, other "
               "accepted). 2、 has sub-items and is a heading; the other 1、-6、 lines are items."],
        units=[],
        text="""\
@H1 sec=goals alt=guidance | 一、活动目标
通过庆祝“六一”的系列活动，为每个孩子创造展示亮点的机会，以点带面，让孩子的个性和潜能得到发挥，并在游戏中学会团结合作；让教师进一步领会幼儿教育的新观念；向家长和社会展示幼儿的“六一”活动，树立本园的良好形象；增强教师、家长和孩子的环保意识。
@H1 sec=measures alt=phases,other | 二、活动准备
@I2 | 1、布置富有欢庆气氛的班级环境及全园周围环境（五月二十三日布置操场，张贴宣传“追求童年、追求快乐、追求智慧！”，五月二十三日前各班布置“六一”主题画展）。
@H2 | 2、以班为单位作好参加活动的准备
@I3 | （1）排练诗歌表演节目（四月中旬选定节目，五月十一日检查服装、道具、配乐准备并在各班教室试排，五月二十日全园彩排）；
@I3 | （2）注意收集制作环保玩具的废旧物品（纸盒及其它相应材料）
@I3 | （3）每班设计一个“亲子”游戏或其它游戏（游戏计划第九周交），并做好物品准备工作（物品准备五月二十日检查）。
@I3 | （4）各班开展幼儿进行续编教育活动，使幼儿获得续编故事的。
@I3 | （5）各班调动家长的积极性，根据孩子的兴趣和老师共同挖掘和培养孩子的某些“才艺”。
@I2 | 3、各班做好班级内的“二幼之星”比赛时间安排，交一份计划到园长室。
@I2 | 4、你就准备活动奖品和礼品。
@I2 | 5、__做好主持工作准备。
@I2 | 6、利用板报向教师、家长发出倡议和向每个幼儿的家长发出，引起家长的重
"""),
    dict(
        name="fresh24_08_university_service_team_township_activity_plan",
        source="https://m.igat.cn/dongshi/rgega/w06DENEALq",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"一、": 0, "1、": 1}, footer=True),
        notes=["Word file (LibreOffice): ONE automatic multi-level list on default-style paragraphs: level 0 '%1、' "
               "(一、-六、, numFmt taiwaneseCountingThousand), level 1 '%2、' (the 1、 lines under 五、 and 六、); the "
               "list continues over the value and body paragraphs between its items (LibreOffice writes one w:num "
               "for it); level 1 restarts under 六、. The ① ② ③ ④ lines are typed (the page repeats ③ under 4、).",
               "A university service team's activity plan for a township (xx市象山区二塘乡, masked as the page has it); "
               "no title in view (the page starts at 一、). The page's euphemism 河蟹 is kept in the rewritten purpose "
               "line; its anti-copy backtick (…对应的`乡镇领导) is dropped. The stray 's' before ① under 4、 is kept "
               "('s①团员于下午1:30…', as typed): that line is a body line, not labelled.",
               "六、活动流程 lists five dated days `1、1月24日——活动培训` … `5、1月28日——总结`: phases with a start "
               "only, the day's tasks ① … as items. The 一、-五、 label headings keep their colon (一、活动主题：)."],
        units=["xx市象山区二塘乡服务队"],
        text="""\
@H1 sec=other | 一、活动主题：
青年学生心系党，创先争优展风采。
@H1 sec=goals alt=guidance | 二、活动目的：
深入基层、体验基层、服务基层，以党团共建推动创先争优，共建河蟹广西。
@H1 sec=responsibilities alt=other | 三、活动团队：
xx市象山区二塘乡服务队
@H1 sec=other | 四、活动对象：
xx市象山区二塘乡
@H1 sec=measures alt=other,phases | 五、活动准备：
@I2 | 1、全团分为10个组，选出10个组长。
@I2 | 2、经费：350（人）×10（元）=3500元
@H1 sec=phases | 六、活动流程：
@H2 phase=活动培训;1月24日; | 1、1月24日——活动培训
@I3 | ①团员于早上10:00在金地球集合。
@I3 | ②集合完毕赶往小学，按小组分配教室就坐。
@I3 | ③组长对组员进行活动培训。
@I3 | ④当天活动在12:00结束。
@H2 phase=采访乡镇领导;1月25日; | 2、1月25日——采访乡镇领导
@I3 | ①团员于早上8:30在金地球集合。
@I3 | ②集合完毕前往乡政府，各组采访对应的乡镇领导。
@I3 | ③当天活动在12:00结束。
@H2 phase=采访村支书、与农民工子女互动;1月26日; | 3、1月26日——采访村支书、与农民工子女互动
@I3 | ①团员于早上10:00在金地球集合。
@I3 | ②集合完毕前往小组对应村（对五个村进行采访，两组对应一个村），采访村支书。
@I3 | ③下午1:00开始，与农民工子女见面、进行互动游戏。
@I3 | ④当天活动在下午3:30结束。
@H2 phase=篮球友谊赛;1月27日; | 4、1月27日——篮球友谊赛
s①团员于下午1:30在金地球集合。
@I3 | ②下午2:30，篮球赛正式开始。
由6个村或村委各出一队，大约6支队伍参加篮球友谊赛。
@I3 | ③奖项设置：一等奖1名，二等奖2名，三等奖3名。
@I3 | ③评比方式：
抽签决定对阵；按胜场队伍与对手的分差和总分评出一、二等奖，其余队伍为三等奖，奖品另定。
@H2 phase=总结;1月28日; | 5、1月28日——总结
@I3 | ①团员于早上10:00在金地球集合。
@I3 | ②集合完毕赶往小学，在操场集中。（如果有话筒等设备的话）
@I3 | ③乡镇领导、团长对此次活动作总结。
"""),
    dict(
        name="fresh24_09_middle_school_league_march_activity_plan",
        source="https://zhunbian.com/HuoDongch/8372.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", blank_after=[1],
                  tables=[dict(first="①　在3月7日上午", rows=5)]),
        extra_phases=[
            dict(at="二、活动时间：2013年3月", name="活动时间", start_text="2013年3月", end_text=None),
            dict(at="①　在3月7日上午", name="捐资助学活动宣传发动", start_text="3月7日上午", end_text=None, optional=False),
            dict(at="②　3月8日-3月11日", name="募捐", start_text="3月8日", end_text="3月11日", optional=False),
            dict(at="③　3月7日—3月11日", name="公布基金实施方案", start_text="3月7日", end_text="3月11日", optional=False),
            dict(at="④　3月16日-3月20日", name="公示受助学生名单", start_text="3月16日", end_text="3月20日", optional=False),
            dict(at="⑤　3月21日下午", name="助学金发放仪式", start_text="3月21日下午", end_text=None, optional=False)],
        notes=["Word file (LibreOffice): headings in Heading 1 / 2 / 3 by level (一、 / 第一阶段 / 1、播撒…), numbers "
               "typed, outline numbering none; the dated steps ① … ⑤ of the 爱心助学 fund are a real three-column "
               "table (number, time, what is done): each row one .txt line, the page's comma after the time became "
               "the column break.",
               "A middle school League committee's March activity plan (新圩中学 named inside a step). The page is a "
               "PDF copy: '(完整版)' before the title and a repeated page header were dropped, the PDF spaces inside "
               "dates removed ('2013 年3 月' -> 2013年3月), the page's mixed quotes (an opening “ with an escaped ASCII closing quote) restored as “…”; its ASCII "
               "full stops at line ends kept ('…营造活动氛围.'). The page ends inside 2、's first item (（1）各班召开一).",
               "The two stages 第一阶段：宣传发动 and 第二阶段：组织实施 are undated phases; 二、活动时间：2013年3月 is the "
               "optional overall period; the table's five dated steps are phases on their rows (as the dated table "
               "rows of fresh21_05), although they are the steps of one task inside stage two. check.py prints 5 deliberate REVIEW lines for these rows (a table row "
               "starting with ① is never labelled). 3月4日前 inside （1） is a deadline, not a phase."],
        units=["学校团委"],
        text="""\
@T | 学校共青团活动方案
为落实我校“弘扬优秀传统文化，构建和谐校园”的中心思想，弘扬“奉献、友爱、互助、进步”的志愿精神，带动学生参加志愿服务，在奉献中有所作为、在行动中提升境界、在实践中传播文明，学校团委决定三月份开展“三月春风伴我行”主题教育系列活动，方案如下：
@H1 sec=other | 一、活动主题：三月春风伴我行
@H1 sec=phases alt=other | 二、活动时间：2013年3月
@H1 sec=phases | 三、活动安排：
@H2 phase=宣传发动;; | 第一阶段：宣传发动
@I3 | 1、利用2月28日的国旗下的讲话对“三月春风伴我行”主题活动宣传。
@I3 | 2、充分利用学校的黑板报、新星报等宣传阵地，开展宣传活动。
@I3 | 3、“校园之声”广播站配合宣传志愿者精神、报道校内外志愿者先进事迹，营造活动氛围.
@H2 phase=组织实施;; | 第二阶段：组织实施
@H3 | 1、播撒爱心之春风：
@I4 | （1）各班在3月4日前出好一期“三月春风暖人心”为主题的板报。
@I4 | （2）各班召开一次以“三月春风暖人心”为主题的班会
@I4 | （3）成立“爱心助学”基金会。全校师生捐款，筹得的款项资助本校家庭经济困难、品学兼优的学生。
①　在3月7日上午　利用国旗下的讲话对捐资助学活动进行宣传发动.
②　3月8日-3月11日　教师以级为单位进行募捐；学生以班为单位进行募捐，在3月11日前捐款汇总到团委。
③　3月7日—3月11日　公布《新圩中学“爱心助学”基金实施方案》，有需要的学生可提出申请，各年级按方案审核提出申请的学生.
④　3月16日-3月20日　公示受助学生名单。
⑤　3月21日下午　班会课举行“爱心助学，拥抱阳光”助学金发放仪式.
@H3 | 2、进取奉献之春风
@I4 | （1）各班召开一
"""),
    dict(
        name="fresh24_10_college_department_league_essay_contest_plan",
        source="https://www.bangwoyixia.com/wenku/rdhah/QzbENA2ymv",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"1、": 1}, right=["经管系学生会学习部", "2012年2月15日"],
                  footer=True, blank_after=[2, 29]),
        extra_phases=[dict(at="2012年2月29日", name="活动时间", start_text="2012年2月29日", end_text=None)],
        notes=["Word file (LibreOffice): the title over TWO centred paragraphs (the contest name and '——策划'); "
               "unnumbered label headings bold (direct formatting); （一）/（二） typed; the 1、-5、 lines are an "
               "AUTOMATIC one-level list ('%1、', decimal) that restarts under （二）; the issuer and the date are two "
               "RIGHT-aligned paragraphs at the end, after an empty paragraph; a footer with a PAGE field.",
               "A college department student union's (经管系学生会学习部, 德州学院) plan for an essay contest on the "
               "League's 90th anniversary. The site's page title ('纪念建团九十周年…活动策划') and its closing "
               "'因篇幅问题不能全部显示' line were dropped; the page's backslash-escaped quotes around 团在我心中 are “…”.",
               "活动流程 names two stages, （一） 前期准备 (a space after the number, as on the page) and （二）具体流程, "
               "undated phases; 活动后期 is a third, unnumbered stage label at the top level (level 2 accepted). "
               "活动时间 2012年2月29日 is the optional overall period. The 1、 lines are items."],
        units=["经管系学生会学习部"],
        text="""\
@T | “团在我心中”征文比赛
@T | ——策划
@H1 sec=other | 活动名称：
“团在我心中”征文比赛
@H1 sec=background | 活动背景：
今年是中国共青团建团90周年，也是实现我校六届二次双代会提出的三年建成德州大学目标的开局之年。为调动青年学生的主动性和创造性，展示当代德院青年的风采，共建和谐校园，校团委决定下学期开展纪念建团九十周年“团在我心中”征文比赛。
@H1 sec=phases alt=other | 活动时间：
2012年2月29日
@H1 sec=other | 活动地点：
8号楼5011教室
@H1 sec=other | 活动对象：
德州学院全体在校大学生
@H1 sec=goals alt=guidance | 活动目的：
推动各班组织团支部成员共同读书，让团员在轻松的氛围中学习中国共产党的发展历程，踊跃写心得、征文和演讲稿；以读书为载体开展“团在我心中”征文活动，使团员深入了解团的知识和历史，以饱满的热情铸就团的新辉煌。
@H1 sec=phases | 活动流程：
@H2 phase=前期准备;; | （一） 前期准备：
@I3 | 1、向全系班长发飞信通知，通知活动时间及活动地点。
@I3 | 2、联系比赛评委，并申请教室便于评委审阅文章。
@I3 | 3、安排部门干事及时到指定地点收取参赛文章。
@I3 | 4、做好活动宣传工作。
@I3 | 5、联系新闻记者，并协助其写好活动新闻。
@H2 phase=具体流程;; | （二）具体流程：
@I3 | 1、收取参赛文章，并按照格式字体要求进行初步筛选。
@I3 | 2、将参赛文章交予评委初步审阅。
@I3 | 3、评委初步审阅完毕，筛选出合格作品。
@I3 | 4、经评委讨论再挑选出优秀作品。
@I3 | 5、对作出优秀作品的作者给予奖励，并将部分优秀作品贴于展板上进行展览。
@H1 sec=phases alt=other lvlalt=2 phase=活动后期;; | 活动后期：
由学习部成员负责本次活动的总结。
经管系学生会学习部
2012年2月15日
"""),
    dict(
        name="fresh24_11_university_liberal_arts_world_book_day_plan",
        source="http://gkzzy.com/xuexi/hdfa/538884.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "1、": 2, "（1）": 3}, lists={"（一）": 1},
                  blank_after=[1]),
        extra_phases=[dict(at="4月23日（周三）全天", name="活动时间", start_text="4月23日（周三）全天",
                           end_text=None)],
        notes=["Word file (LibreOffice): OUTLINE numbering with a decimal second and third level: Heading 1 "
               "'%1、' (一、, taiwaneseCountingThousand), Heading 2 '%2、' (1、), Heading 3 '（%3）' ((1)); the four "
               "activities under 七、 are an AUTOMATIC one-level list '（%1）' with Chinese numbers (（一）-（四）); the "
               "1）2） lines typed. No footer.",
               "A university school of liberal arts' (扬州大学文学院) World Book Day activity plan, the first sample of "
               "the page; the page's title line and the sample label '篇1:' were dropped, the sample's own title "
               "kept. The page ends inside 2） (…三语社成员通过).",
               "四、主办单位：扬州大学文学院 is a run-in label heading (text set to 四、主办单位); the 承办单位 line and the "
               "place lines are values, not labelled. 三、活动时间 4月23日（周三）全天 is the optional overall period. "
               "八、活动流程： holds promotion strategies, not dated steps (phases kind kept for the heading, measures "
               "accepted). Units: the organiser and the three 承办 units."],
        units=["扬州大学文学院", "扬州大学文学院社团联合会", "扬州大学文学院研究性阅读中心", "扬州大学文学院三语社"],
        text="""\
@T | 全民读书活动方案
@H1 sec=background | 一、活动背景
“世界图书日”全称“世界图书与版权日”，又译“世界书香日”“世界读书日”，创意来自国际出版商协会。1996年，国际出版商协会在巴塞罗那的第二十五届全球大会上提出设立“世界图书日”，西班牙政府把方案提交联合国教科文组织；俄罗斯建议加入版权的概念。1996年10月25日至11月16日举行的教科文组织第二十八次大会通过28C/3.18号决议，正式确定每年4月23日为“世界图书与版权日”。
@H1 sec=goals alt=guidance | 二、活动目的
培养阅读兴趣，帮助文学院学生和更多人树立正确的阅读观，吸引热爱语言、文字和文学的人加入经典阅读，营造良好的阅读氛围，丰富课余生活，在交流分享中体会阅读的乐趣，养成积极向上的生活态度。
@H1 sec=phases alt=other | 三、活动时间
4月23日（周三）全天
@H1 sec=responsibilities text=四、主办单位 | 四、主办单位：扬州大学文学院
承办单位：扬州大学文学院社团联合会
扬州大学文学院研究性阅读中心
扬州大学文学院三语社
@H1 sec=other | 五、活动地点
扬州大学瘦西湖校区食堂
扬州大学瘦西湖校区文学院团委楼前大草坪
扬州大学文学院研究性阅读中心
@H1 sec=other | 六、活动对象
文学院全体老师及学生（欢迎其他学院的老师和同学参与进来）
@H1 sec=goals alt=measures | 七、活动内容
@I2 | （一）“快闪”诵读
@I2 | （二）《扬州大学文学院学生阅读情况问卷调查表》发放
@I2 | （三）读书漂流
@I2 | （四）“我的读书方式&好书推荐”主题沙龙
@H1 sec=phases alt=measures | 八、活动流程：
@H2 | 1、推广战略
@H3 | （1）线上网络推广
@I4 | 1）官方账号推广：包括新浪微博、人人网公共主页、微信平台及时发布。
@I4 | 2）成员自媒体推广：研究性阅读中心、三语社成员通过
"""),
    dict(
        name="fresh24_12_town_key_work_second_quarter_progress_table",
        source="http://www.xiangshan.gov.cn/art/2024/8/1/art_1229682896_4417827.html",
        doc_kind="report", doc_kind_alt=["summary", "plan"], partial=True,
        docx=dict(style="direct", blank_after=[1],
                  tables=[dict(first="序号　重点工作", rows=4, cells=[
                      ["序号", "重点工作", "责任领导", "责任科室", "攻坚目标任务", "工作任务安排", "完成情况"],
                      [None, None, None, None, None, "第二季度", None],
                      ["1", "白仙山水库工程政策处理", "", "白仙山水库工程政策处理工作领导小组",
                       "完成项目政策处理工作，推进大坝、溢洪道、引水隧洞及配套设施建设。", "推进坟墓迁移工作。",
                       "该工程库区内坟墓迁移进度达60%。"],
                      ["2", "现代化美丽城镇", "", "乡村振兴办", "成功创建首批浙江省美丽城镇。",
                       "按照时间节点开展项目建设。", "本年度总投资6000万元的19个项目完成投资3000万元。"]])]),
        notes=["Word file (LibreOffice): a title paragraph and one real table of seven columns; the header's first "
               "five cells and the last are merged over two rows (vertical merges), the second header row shows "
               "only 第二季度 under 工作任务安排; the 责任领导 cells of the two task rows are EMPTY because the page "
               "names a person there (dropped), so those rows skip them.",
               "A town's table of its 2024 key work plan with the second quarter's tasks and progress, as published "
               "by the county government's site; the store shows the header and the first two tasks only. The "
               "site's cell wrapping ('责任\\n领导') is the cell text 责任领导. No headings: table rows are never "
               "labelled; the task dates are quarters of the table's header, not phases.",
               "doc_kind report (a progress report on a plan; summary and plan accepted). Units: the 责任科室 cells."],
        units=["白仙山水库工程政策处理工作领导小组", "乡村振兴办"],
        text="""\
@T | 泗洲头镇2024年度重点工作计划二季度执行情况
序号　重点工作　责任领导　责任科室　攻坚目标任务　工作任务安排　完成情况
第二季度
1　白仙山水库工程政策处理　白仙山水库工程政策处理工作领导小组　完成项目政策处理工作，推进大坝、溢洪道、引水隧洞及配套设施建设。　推进坟墓迁移工作。　该工程库区内坟墓迁移进度达60%。
2　现代化美丽城镇　乡村振兴办　成功创建首批浙江省美丽城镇。　按照时间节点开展项目建设。　本年度总投资6000万元的19个项目完成投资3000万元。
"""),
]
