# -*- coding: utf-8 -*-
"""The 145th held-out fresh set: WORK SUMMARIES (工作总结, 年度/五年总结) of
a township office, schools, townships, a development zone's social bureau
and a county education bureau, plus a school's rectification report, whose
parts are 基本情况 / 成效 / 主要工作 / 做法 / 问题 / 整改 sections, several
with unnumbered or unusual part headings.  Found as stored public web pages with
the `search` tool's `pages` corpus (queries in notes_queries.txt).  None of
the source pages is a source of another set (checked against every label
file, exclusion list and used_sources.tsv under /work/main/tests/ and
/work/fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and item lines keep the source's numbering, wording and
  punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans, document numbers and masking are
  kept.  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH145_DOCS = [
    dict(
        name="fresh145_01_township_party_government_office_annual_summary",
        source="https://www.gongwk.com/doc/573727.jhtml",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A township party-and-government office's (镇党政办公室) summary of 2025, from a document site that "
               "stores the PDF text with hard line breaks every ~30 characters; the wrapped lines were joined back into "
               "paragraphs.",
               "Parts are whole-clause headings '一、筑牢高效运转“连心桥”，做好沟通衔接' with quoted metaphors; kind "
               "achievements (backward-looking work done).",
               "Under 一、 the three points '一是会务保障精准化。' '二是…' '三是…' run inside one paragraph in the source "
               "('三是' sits in the middle of a PDF line), so they stay in one body line and are not labelled (markers in "
               "the middle of a line).",
               "The page ends just after the heading '二、夯实政务运行“基本功”，提升业务能力', kept as a bare last heading."],
        units=["镇党政办公室"],
        text="""\
@T | 乡镇党政办年度工作总结
2025年，镇党政办公室在镇党委、政府领导和县委办、县政府办指导下，坚持“服务党委、服务基层、服务群众”的定位，围绕全镇“十四五”收官的重点任务，按照“规范、高效、精准、务实”的准则，统筹做好综合协调、公文处理、督查落实和后勤保障，保障镇党委、政府的部署落地。现将全年工作总结如下。
@H1 sec=achievements | 一、筑牢高效运转“连心桥”，做好沟通衔接
党政办是镇党委、政府的“神经中枢”，把统筹协调作为第一职责，打通堵点、衔接断点。一是会务保障精准化。全年组织镇党委会、政府办公会和重点工作推进会等会议32场，其中大型综合会议13场，实行“会前筹备—会中服务—会后复盘”全流程管理。二是日常协调常态化。建立“牵头协调+分工负责”机制，全年协调解决跨领域问题23件；环镇东路拓宽项目中协调征地拆迁、管线迁移等问题6个，路基工程提前2个月完成；每月与村联络员碰头2次，收集诉求32条，协助解决22条。三是上下联动顺畅化。落实信息报送制度，全年向县委办、县政府办报送各类信息132篇。
@H1 sec=achievements | 二、夯实政务运行“基本功”，提升业务能力
""",
    ),
    dict(
        name="fresh145_02_development_zone_school_standardisation_summary",
        source="https://zixin.com.cn/doc/5803209.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["The 洋浦经济开发区社会发展局's summary of its 规范化学校 creation work (about 2008–2011), from a "
               "document-sharing site that delivered one run-together block after its upload blurb (dropped). The block "
               "was split at the boundaries it shows: title, the writer's name as a byline (body), the opening, "
               "'一、几点成效', and three （一）–（三） points.",
               "'一、几点成效' is an achievements heading; the （一）（二）（三） result statements ('（一）学校的办学方向进一步"
               "明确。…') are run-in headings at level 2 (they read as statements, so item would also be defensible). "
               "The page ends on the bare '（三）学校的育人环境进一步改善'.",
               "The document number '琼教基〔2008〕9号' and the masked '**省教育厅' are kept; school names are kept."],
        units=["洋浦经济开发区社会发展局"],
        text="""\
@T | 学校创建工作总结材料
洋浦经济开发区社会发展局
为适应教育形势发展、规范义务教育办学行为、提高办学水平，我区依据《**省教育厅关于进一步推进义务教育阶段规范化学校创建工作的通知》（琼教基〔2008〕9号），围绕办学条件、学校管理、师资建设、德育工作和质量效益五个方面，每学年对全区11所中小学校评估定等：洋浦中学、洋浦第一小学、干冲小学为区级示范性学校，干冲二小、新都小学、东浦小学、新英湾小学、洋浦小学、唐屋小学为区级规范性学校，夏兰小学、公堂小学（本学期已并入新都小学）为区级合格学校。经近三年创建，全区已有80%的学校达到市县级规范化学校标准。现将创建工作开展情况总结如下：
@H1 sec=achievements | 一、几点成效
@H2 | （一）学校的办学方向进一步明确。我区自1995年起推行三自一包四自主，对学校定期评估、分类管理，评估以办学水平和业绩为主；2008年对照省《规范化学校督导评估方案》重新修订，制订《洋浦经济开发区中小学校评估考核实施方案》，为各校长期办学指明了方向。
@H2 | （二）学校的内部管理进一步规范。以评估推动依法办学、规范办学，校长和中层以上管理干部竞聘上岗，落实学校管理委员会、校务会、教职工代表大会三会制度，管理理念和手段逐步提升。
@H2 | （三）学校的育人环境进一步改善
""",
    ),
    dict(
        name="fresh145_03_township_government_five_year_summary",
        source="http://www.easyfang.com/a/2021/0803/0539442.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        title_override="乡镇人民政府五年工作总结",
        notes=["A township government's five-year summary (the town of 万安, named in its slogans). The page's title line "
               "joins the site's category and the document's title with a bar, '乡镇政府工作总结|乡镇人民政府五年工作总结'; the "
               "line is kept as it stands and the title label takes the document's own part after the bar.",
               "Three levels: '一、以经济建设为中心，综合实力跃上新台阶' (achievements), '（一）农业经济稳步发展，特色农业初步"
               "显现' and the short titles '1、农业指标顺利完成' '2、优势产业不断壮大' standing alone above their bodies.",
               "The page ends mid-sentence in 2、's body ('…以种植、生猪')."],
        units=[],
        text="""\
@T | 乡镇政府工作总结|乡镇人民政府五年工作总结
五年来，镇政府在县委、县政府和镇党委领导下、在镇人大监督下，坚持以人为本、解放思想、与时俱进，弘扬兴镇精神，以加快发展为核心，建设文化万安、开放万安、活力万安、生态万安、幸福万安、和谐万安，围绕文化立镇、工业强镇、三产富镇、农业稳镇的发展战略，带领全镇干部群众扎实工作，经济和社会各项事业取得了令人鼓舞的成绩。
@H1 sec=achievements | 一、以经济建设为中心，综合实力跃上新台阶
@H2 | （一）农业经济稳步发展，特色农业初步显现
我镇按照生产发展、生活宽裕、乡风文明、村容整洁、管理民主的要求，发挥区位优势调整农业布局，重点建设国际标准梨体系、大棚蔬菜基地和花生加工基地，翠冠梨种植和花生加工已成为新兴特色产业。
@H3 | 1、农业指标顺利完成
五年来全镇粮食播种面积62960亩，粮食总产量27441吨；油菜5006吨，花生565吨，蔬菜25838吨，水果1506吨。出栏生猪10.6万头、小家畜221.65万只、肉兔52.6万只、羊3665只、牛2586头；规模养殖场免疫率100%，散养户免疫率98%。
@H3 | 2、优势产业不断壮大
巩固罗江豆鸡、天府花生、翠冠梨等品牌，成立并规范翠冠梨、蔬菜和南塔村生猪养殖专业合作社，开发乡味农产品，创建国家梨标准化体系示范园区，扩大翠冠梨、核桃和调元枣的种植，建成后院山庄、沁园春、天马山庄等农家乐，以种植、生猪
""",
    ),
    dict(
        name="fresh145_04_central_primary_school_2020_summary",
        source="https://renrendoc.com/paper/132393566.html",
        doc_kind="summary", partial=True,
        title_override="2020年中心小学年度工作总结",
        notes=["A mountain-area central primary school's annual summary (舒城县, above 万佛湖), from a document-sharing "
               "site: page-image lines, the reading counter and the upload notice were dropped. The text arrived as one "
               "block with chunk markers; it was split at the boundaries it shows. The chunk marker '1、 ' before the "
               "title is kept on the title line (the title label leaves it out); the collection's sample title "
               "'20 xx年中心小学年度工作总结一' that follows was dropped as a sample heading.",
               "'一、基本情况 。' keeps the space before the full stop (text '一、基本情况'), kind background; "
               "'二、本年度工作完成情况。' ends in 。 (achievements).",
               "The chunk marker '2、' falls at the start of a line inside a bracket ('（至目前我校' / '2、辖区仅有一所"
               "村小没有实施）。…'): debris, never labelled.",
               "Under 二、 three run-in headings '1.稳步实现“平安校园”、“和谐校园”。…' '2.…' '3.教学成果累累。…' at level 2 "
               "(result statements; item would also be defensible). The masked years '20 xx' keep the source's space. "
               "The page ends mid-sentence ('…自中心校成立以来，在')."],
        units=[],
        text="""\
@T | 1、 2020年中心小学年度工作总结
我校在县教育局领导和乡党委、政府支持下，贯彻党的教育方针，实施素质教育，推进基础教育课程改革，“以创新占领高地，以内涵谋求跨越”；一年来全校团结协作、求实创新，努力提高育人质量。
@H1 sec=background | 一、基本情况 。
我校地处舒城县西南山区、万佛湖上游，是一所山区库区学校，下辖六所完小和一所初中：小学生618人，学前班163人，初中生267人；教职工90人，其中中学47人（含后勤工人3名），小学43人。校安加固工程后校舍条件大幅改善，本年度又有三所学校完成标准化建设（至目前我校
2、辖区仅有一所村小没有实施）。标准化配备充实了学校的硬件，办学条件明显提高。
@H1 sec=achievements | 二、本年度工作完成情况。
一年来，我校教育教学工作取得了显著成效。
@H2 | 1.稳步实现“平安校园”、“和谐校园”。20 xx、20 xx年度先后获县委县政府、教育局和乡党委政府授予的“安全生产先进单位”“平安校园”“综治先进单位”等称号，正在申报全国“零犯罪”示范校；
@H2 | 2.校园文化建设不断进步。20 xx年通过县级“语言文字规范化示范学校”考核验收。
@H2 | 3.教学成果累累。我校地处山库区，硬件和教学资源都很薄弱，但教育教学质量不断提高，自中心校成立以来，在
""",
    ),
    dict(
        name="fresh145_05_township_central_school_2011_summary_split_title",
        source="https://xiexiebang.com/a1/2019051212/f414f1386493b888.html",
        doc_kind="summary", partial=True,
        notes=["A township central school's (中心学校) summary of 2011, the first sample of a collection page "
               "('第一篇：…', dropped). The title is broken over three lines in the source, '中心学校二0一 一年工作' / '总' "
               "/ '结' (spread-out title of a Word file); all three are title lines, and the label joins them without the "
               "space: '中心学校二0一一年工作总结'.",
               "'一、基本情况' (background) holds seven short statistics paragraphs (schools, pupils, enrolment rates, "
               "debts, buildings, staff); '二、主要工作' (achievements) begins with a long run-in heading "
               "'1、加强党组织建设，充分发挥党员教职工先锋模范作用，保证了学校各项工作顺利开展。…'.",
               "A line break inside a word is kept as the store shows it: '…执行力提升、师爱' / '进万家、廉政承诺等活动…' "
               "(the second line is body). The page ends mid-sentence ('…制定整改提高措施加以').",
               "Place and school names (撒米落, 北大营, 营河, 鲁撒格, 十甲, 黑箐, 鲁冲, 昆明机电学校) are kept."],
        units=[],
        text="""\
@T | 中心学校二0一 一年工作
@T | 总
@T | 结
@H1 sec=background | 一、基本情况
目前全镇有中小学、幼儿园32所：初级中学1所、村完小3所、小学12所、民办幼儿园16所。中小学校占地131138平方米，校舍建筑面积43783平方米，其中D级危房12906平方米（按9度防震要求鉴定），固定资产4034.4万元。
全镇在校学生5397人：初中30个教学班1654人，小学85个教学班2903人，学前班（幼儿园）26个班840人；另有早教幼儿572人。
2011年小学适龄人口2678人，入学2669人，入学率99.66%；初中适龄人口1722人，在校1654人，入学率96.05%，辍学31人，辍学率1.89%；4—6岁幼儿1171人，入园840人，入园率71.73%，另有572名幼儿参加“早教班”。学前民办化率100%，一至九年级平均辍学率0.94%。
2011年职业中学招生159人（春季学期124人，昆明机电学校秋季50人）。
2010年偿还普九工程欠款49.311万元；2011年上级转移支付款项至今未下拨。
撒米落、北大营、营河和初级中学四所标准化学校已投入使用，鲁撒格、十甲、黑箐、鲁冲四所小学校安工程已竣工使用。
现有在职教职工308人，其中特岗教师21人；退休教职工47人。
@H1 sec=achievements | 二、主要工作
@H2 | 1、加强党组织建设，充分发挥党员教职工先锋模范作用，保证了学校各项工作顺利开展。按照镇党委和教育局党委部署，全镇中小学开展了学习实践科学发展观、创先争优、授旗评星、执行力提升、师爱
进万家、廉政承诺等活动，教职工参加学习、撰写心得体会，查找单位和个人存在的问题并制定整改提高措施加以
""",
    ),
    dict(
        name="fresh145_06_county_education_bureau_summary_unnumbered_points",
        source="http://m.010zaixian.com/gongwen/gongzuozongjie/1877261.htm",
        doc_kind="summary", partial=True,
        notes=["A county education bureau's annual summary (year masked '20XX年'; the school-building figures are for "
               "2013). The site's date line and a repeat of the title after the opening paragraph (an image caption of "
               "the page) were dropped.",
               "The top level in view is '（一）落实惠民实事' with no 一、 above it: level 1 (level 2 accepted), kind "
               "achievements.",
               "Under it the points are unnumbered run-in sentence headings, '学前教育三年行动计划顺利达成。…' and "
               "'如期完成各项校舍建设工程。…', labelled at level 2 (numbering none).",
               "A deputy county head's name was dropped; the masked '**省' '**县' are kept. The page ends mid-figure "
               "('占地面积19')."],
        units=["教育局", "民办园整治专项工作组"],
        text="""\
@T | 教育局教育工作总结
20XX年，教育局围绕县委、县政府的部署和年度教育目标任务，突出重点、创新举措、真抓实干，各项工作取得明显成效。
@H1 sec=achievements lvlalt=2 | （一）落实惠民实事
@H2 | 学前教育三年行动计划顺利达成。为落实《**省学前教育三年行动计划》，我们加快公办园新建和改造，完成三园新建、二园移址改建、一园升级改造三项重点工程，并扶持城市新建小区配套幼儿园，基本满足了适龄幼儿入园需求。制定《**县民办幼儿园管理暂行办法（试行）》；20XX年4月由教育局牵头，联合公安、食药监、卫生、消防等部门组成民办园整治专项工作组，对全县56所民办园逐一检查，5月复查后对仍有隐患的下发限期整改通知书，督促整改消防、卫生等隐患400余条。目前学前一年、二年、三年毛入园率分别为99.44%、92.60%、78.82%，高于省定标准，11月将接受省教育督导团检查。
@H2 | 如期完成各项校舍建设工程。2013年全县校舍建设工程33个，建筑面积29565平方米，投入资金9673万元。第三幼儿园占地8436平方米、建筑面积7077平方米，投资2100万元；西城小学占地23746平方米、建筑面积9210平方米，投资2700万元；两项工程主体已封闭，预计2014年10月末交付使用。和平中学建设教学楼1栋、食堂综合楼1栋，占地面积19
""",
    ),
    dict(
        name="fresh145_07_township_drug_crop_eradication_summary",
        source="https://m.51xueba.com/fanwen/zongjie/a10/116147.html",
        doc_kind="summary", partial=True,
        notes=["A township's summary of its 禁种铲毒 (eradication of drug crops) campaign, the first of seven samples on a "
               "collection page; the page's blurb and the sample number '第一篇：' before the title were dropped.",
               "Four parts in four shapes: '一、乡党委、政府、禁毒办高度重视，把禁种铲毒工作摆在…' runs on with commas for a "
               "long sentence (text set by hand to the clause '一、乡党委、政府、禁毒办高度重视'; kind achievements, "
               "responsibilities accepted since it is about the leading group); '二、明确整治重点，加强督促检查' and "
               "'三、加大禁种宣传教育工作' stand alone; '四、扎实抓好踏查工作，…共同做好禁种铲毒工作。' is one long sentence "
               "ending in 。 with nothing after it (text is the whole sentence).",
               "All four are backward-looking 做法 in a summary: achievements, measures accepted.",
               "A line break inside a word is kept as the store shows it ('…做到家喻' / '户晓、人人皆知。'). The page ends "
               "after 四、 with the fragment '通过踏', dropped. The names of the group's leaders (masked XXX/XX in the "
               "source) were left out; the masked 'XXX村' and '《XX省禁毒条例》' are kept."],
        units=["乡禁毒办", "禁种铲毒工作领导小组"],
        text="""\
@T | 乡镇禁种铲毒专项工作总结
我乡禁种铲毒工作在乡党委、政府领导下，由乡禁毒办和各成员单位认真推进，取得了一定成绩，现将有关情况总结如下：
@H1 sec=achievements alt=responsibilities,measures text=一、乡党委、政府、禁毒办高度重视 | 一、乡党委、政府、禁毒办高度重视，把禁种铲毒列入重要议事日程，召开专题会议，制定双戛乡禁种铲毒实施方案，成立由派出所所长、副所长分任正副组长，禁毒办、派出所和各村人员参加的禁种铲毒工作领导小组；领导小组按方案在全乡宣传，在全乡职工及村干部会议上部署，以村为单位开展拉网式排查。
@H1 sec=achievements alt=measures | 二、明确整治重点，加强督促检查
对过去出现过非法种植毒品原植物的XXX村，领导小组深入山间地头、高山林地和房前屋后踏查，发现即彻底铲除。
@H1 sec=achievements alt=measures | 三、加大禁种宣传教育工作
借乡村干部会议组织全乡干部职工学习《中华人民共和国刑法》第三百五十一条、第三百五十二条，《中华人民共和国禁毒法》和《XX省禁毒条例》第三十条、第三十一条，并要求村干部宣传到组，做到家喻
户晓、人人皆知。
@H1 sec=achievements alt=measures | 四、扎实抓好踏查工作，严厉打击非法种植毒品原植物等违法犯罪行为，充分发挥广大干部职工和人民群众的能动作用，共同做好禁种铲毒工作。
""",
    ),
    dict(
        name="fresh145_08_town_government_summary_page3",
        source="http://m.010zaixian.com/gongwen/gongzuozongjie/525809_3.htm",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["Page 3 of a town government's summary and plan ('镇政府工作总结及工作规划范文(3)'): the page starts at "
               "'四、社会稳定和平安创建工作：'. The page's title line (the site's title with its page number) is kept as "
               "the title line and labelled as written, with full-width brackets '（3）'; the site's date line was dropped.",
               "'四、…工作：' ends in a colon with the body on the next line. Under '五、各项社会事业' the points are "
               "'1、农田水利与道路建设，今年以来，…' with the label cut off by a comma, not a full stop (texts set by hand "
               "to the label: '1、农田水利与道路建设', '2、积极实施社会养老工程', '3、土地增减挂钩').",
               "Figures are masked in the source ('x万元', 'x公里') and kept; the village names keep the source's comma "
               "list '竹元，平北，大黄，刘山'. The page ends mid-sentence ('…先后在平北，六湖')."],
        units=[],
        text="""\
@T | 镇政府工作总结及工作规划范文（3）
@H1 sec=achievements | 四、社会稳定和平安创建工作：
今年以来，xx镇依托信访、司法、综治和社会矛盾调处中心，完善各项制度，积极调处矛盾、化解纠纷；配合派出所巡逻和治安管理，以创建平安xx为抓手，全年没有发生越级上访和群访案件。
@H1 sec=achievements | 五、各项社会事业
@H2 text=1、农田水利与道路建设 | 1、农田水利与道路建设，今年以来，xx镇在主干道通达工程完成后，把水泥路建设向边远村和村组连接推进，利用黄开工程和奖补资金改造竹元，平北，大黄，刘山等村的水利设施并硬化道路，总投资x万元，将改造高效防渗渠x公里、铺设水泥路x公里，惠及农田x万多亩。今年夏季经省科技厅牵线，与江苏大丰神龙公司签约，在刘山村与柴南建立良种育种基地；沂河沿线的万亩良田工程也进展有力。
@H2 text=2、积极实施社会养老工程 | 2、积极实施社会养老工程，推动医保、新农合与社会养老保险全覆盖，全镇x多名六十周岁以上老人已领取新农保；为原农具厂、大商店、双代点和原渔业社人员做好最低保障，向x多名贫困群众发放低保金；今年再投入50多万元扩建和完善老年公寓。
@H2 text=3、土地增减挂钩 | 3、土地增减挂钩，今年来，我们按照节约、集约用地的要求，依照图斑开展土地复垦和增减挂钩，先后在平北，六湖
""",
    ),
    dict(
        name="fresh145_09_middle_school_balanced_education_rectification_report",
        source="https://www.xiaomilidoc.com/p-9876003.html",
        doc_kind="report", doc_kind_alt=["summary"], partial=False,
        title_override="关于义务教育均衡发展存在问题整改报告",
        notes=["A middle school's report on rectifying the problems its self-check for 义务教育均衡发展 found (商州区大荆中学, "
               "June 2018), complete on the page, which stores the PDF text as one block; it was split at the boundaries "
               "the text shows (title, byline, second title, paragraphs, list entries, signature and date).",
               "Two title lines with the byline between them: the short title '义务教育均衡发展整改报告' and the document's "
               "own '关于义务教育均衡发展存在问题整改报告'; both are title lines, the label takes the second. The byline "
               "'商州区大荆中学' and the closing signature and date are body lines.",
               "No section headings at all: two enumerated lists 1、–4、 follow lead-in sentences that end the paragraphs "
               "('…检查中发现还存在以下问题：', '…现将我校整改情况报告如下：'). The entries are items at level 1: the "
               "problems (kind problems) and the rectification steps with deadlines (kind next_steps, measures accepted). "
               "The list entries keep the source's wording, its PDF spacing around figures ('2018 年 7 月低') and its "
               "typo 低 for 底; the deadlines are not phases.",
               "The principal's name (leader of the rectification group) was dropped."],
        units=["义务教育均衡发展问题整改工作领导小组", "总务处"],
        text="""\
@T | 义务教育均衡发展整改报告
商州区大荆中学
@T | 关于义务教育均衡发展存在问题整改报告
商州区大荆中学于 2018 年 6 月 11 日组织各部门负责人，对照义务教育均衡发展的达标标准逐项自查，检查中发现还存在以下问题：
@I1 sec=problems | 1、教室现有 6 个，共 180 瓦，光线不够充足；
@I1 sec=problems | 2、体育场地和设施设备正在建设筹备中，体育活动不能正常开展；
@I1 sec=problems | 3、旱厕蹲位少，卫生条件差；
@I1 sec=problems | 4、学校浴池淋浴设施少，设备简陋。
针对上述问题，我校当即成立由校长任组长的大荆中学义务教育均衡发展问题整改工作领导小组，当天召集领导小组和相关负责人开会，查摆问题、制定整改台账、落实目标责任。现将我校整改情况报告如下：
@I1 sec=next_steps alt=measures | 1、学校要求总务处组织人力立即加装灯管或更换棒管，提升照明质量，达到标准要求，保证 2018 年 7 月低完成整改；
@I1 sec=next_steps alt=measures | 2、学校督促操场建设施工单位加快工程进度，按照合同尽早交工，总务处提早考察设施设备，确保 2018 年 9 月低装配到位，投入使用，完成整改；
@I1 sec=next_steps alt=measures | 3、学校要求总务处做好旧厕改造，筹备新建一座水冲式厕所，改变现有状况，达到数量和卫生标准 2018 年 10 月低，完成整改任务；
@I1 sec=next_steps alt=measures | 4、学校要求总务处加紧进行浴池改造，增加淋浴设施设备，确保达标，保证 2018 年 8 月低完成整改。
今后我校将继续主动自查义务教育均衡发展工作的实际状况，及时向上级汇报、争取政府支持，尽力整改、改善办学条件，确保达到软硬件建设标准，顺利通过均衡发展验收。
商州区大荆中学
2018.06.15
""",
    ),
]
