# -*- coding: utf-8 -*-
"""The 160th held-out fresh set: WORK SUMMARIES (工作总结) of schools, 教研组,
年级组, a kindergarten class and individual teachers (学期 / 年度 / 教学 / 德育
工作总结), with numbered and unnumbered part headings.  Found as stored public
web pages with the `search` tool's `pages` corpus (queries in
notes_queries.txt).  None of the source pages is a source of another set
(checked against every exclusion list, used_sources.tsv and label file under
/work/fresh*/, /work/main/tests/ and /work/wt-lead/tests/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and item-number lines keep the source's numbering, wording
  and punctuation; full-width punctuation （）：，； was restored from the
  store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH160_DOCS = [
    dict(
        name="fresh160_01_school_art_group_year_problems_summary",
        source="http://tez.gov.cn/zwgk/zwgkzt/ggqsygk/jyly/zzsdezx_24563/tymy/202509/t20250928_2166088.html",
        doc_kind="summary", partial=True,
        notes=["A secondary school's art (music and fine-art) teaching-research group's summary of the 2024-2025 "
               "school year, from a district government site. The page's column header '【艺术教学】…' and its "
               "author/date line were dropped; the document's own title line is kept.",
               "The visible part is the problems section: 一、…具体问题与成因分析 (problems) with （一）, an "
               "UNNUMBERED second point '教研活动主动性不足，深度不够' (the source lost its （二）; labelled level 2, "
               "numbering none) and （三）.",
               "Under the second and third points the source has run-in labels '问题表现：…' and one glued label "
               "'原因分析教研规划缺乏…' (no colon, text set by hand to '原因分析'); labelled level-3 headings, kind "
               "problems. Under （一） there is no such label.",
               "The lead-in has an unclosed bracket '艺术（音乐、美术教研组' in the source; kept. Units list the school "
               "and the group as written ('音乐、美术教研组').",
               "The source runs several sentences together without 。; the rewritten bodies keep the points but "
               "not that damage. The last sentence ends in a fragment ('校内艺术实践') that was dropped."],
        units=["枣庄二中", "音乐、美术教研组"],
        text="""\
@T | 枣庄二中2024-2025学年艺术工作总结
本学期，艺术（音乐、美术教研组以提升学生核心素养为目标，按新课标推进教学实践。在梳理成绩的同时，组里聚焦学科教学中的实际问题，剖析成因、提出改进办法，为学校整体教育教学质量的提升出力。
@H1 sec=problems | 一、艺术学科面临的具体问题与成因分析
@H2 | （一）学科定位模糊，与学校整体教育目标融合不足
艺术鉴赏课常被当作“副科”，课时开得不足，教学目标与升学导向、德育目标衔接不紧，没能在塑造价值观、提升综合素养上发挥应有作用；有的学生觉得学不学与成绩无关，学习积极性不高。
@H2 num=none | 教研活动主动性不足，深度不够
@H3 | 问题表现：教研活动多跟着学校的安排走（如优质课评比），很少围绕学科难点自主研讨（如高中艺术鉴赏的深度教学、艺术生专业课与文化课的平衡），常流于事务，对课标转化和核心素养落地钻研不深。
@H3 text=原因分析 | 原因分析教研缺少长远规划，没有紧扣艺术特长生培养和学生综合艺术素养提升等核心任务；教师投入深度教研的时间精力有限；活动形式单一，缺乏激发教师内驱力的机制。
@H2 | （三）学段衔接与整体规划薄弱
@H3 | 问题表现：高中艺术教学与初中基础衔接不上，对学生已有的艺术素养了解不够，高一、高二的基础培养和高三艺术生备考没有打通；鉴赏课多按艺术史脉络讲授，较少顾及学生的认知特点和需要，知识点缺乏连贯，学生难以形成系统的鉴赏思维；与历史、语文、地理等学科的交叉融合也较少。
""",
    ),
    dict(
        name="fresh160_02_science_group_school_based_research_summary",
        source="https://m.wenke99.com/p-5663690.html",
        doc_kind="summary", partial=True,
        title_override="2021年理化生教研组校本教研工作总结",
        notes=["A school physics-chemistry-biology teaching-research group's half-year school-based research "
               "summary, from a document-sharing site where the whole text arrived as one run-together block; it "
               "was split into lines at the paragraph and heading boundaries the text shows.",
               "The title line ends with a full stop in the source ('…工作总结.'); the line keeps it, the title "
               "label does not.",
               "The lead-in ends '现具体总结' without 如下 or a colon, running straight into 一、 in the source; kept. "
               "The first section's second paragraph ends on a comma ('组内有两位新老师，') where the source breaks off "
               "before 二、; kept as the fragment the page shows.",
               "The site's word filter damaged '学习' into '学.' and '学近平'; the heading '二、不断学.、更新理念' keeps "
               "it as written (the rewritten bodies do not). Both 一、 and 二、 are achievements.",
               "'首先，以…理念为先导。' opens a line under 二、: an item (discourse marker), level 2."],
        units=["理化生教研组"],
        text="""\
@T | 2021年理化生教研组校本教研工作总结.
半年来，在学校各处室的领导和关心下，经组内全体教师共同努力，较圆满地完成了学校交给的各项任务，现具体总结
@H1 sec=achievements | 一、团结协作、乐于奉献
组里教师中青结合，传帮带是本组的特色；学科门类虽多，团结协作的风气却很好，公开课听评课时一人上课、全组出动，人人都是帮手。
依照开学初教学系列制定的工作方案，组内以备课组为单位确定教学目标，利用教研活动时间学习、落实教学常规，靠分散听课、集中评课相互督促，加强了备课组之间的沟通；组内有两位新老师，
@H1 sec=achievements | 二、不断学.、更新理念
@I2 | 首先，以学习新理念为先导。组内学习新理论时大家认真听讲、详细记录，还先后参加了市里举办的中研班活动，对课改的认识进一步加深。
在此基础上，教研组组织全组教师认真学习理化生课程标准，并就“课改精神”“课程理念”“课程目标”和“实施看法”开展专题讨论。
""",
    ),
    dict(
        name="fresh160_03_primary_comprehensive_group_research_summary",
        source="https://1mishu.com/haowen/598.html",
        doc_kind="summary", partial=True,
        title_override="2021年二小第一学期综合组教研总结",
        notes=["A primary school's comprehensive-subjects teaching-research group (科学, 美术 … 备课组) summary of the "
               "first term of 2021, the first sample on a writing site's collection page; the site's breadcrumb, "
               "blurb and sample header ('…范文第1篇') were dropped.",
               "The document opens with two blank form fields '撰写人：___________' and '期：___________' (the "
               "source's damaged 日期); kept as body lines before the title, not labelled.",
               "Two title lines: the title and a subtitle '----有效开展学习活动，深化研究学本' that starts with dashes; "
               "both are title lines (not headings); the title label is the first line.",
               "The lead-in spells out '一提二研三落实' (一提…二研是…三落实是…) inside one paragraph: not headings.",
               "Only one heading is visible, '1、加强理论学习，促专业提升。' (1、 as the top level; achievements). The "
               "page breaks off inside the 美术备课组 sentence; the fragment after it was dropped."],
        units=["综合组", "科学备课组", "美术备课组"],
        text="""\
撰写人：___________
期：___________
@T | 2021年二小第一学期综合组教研总结
@T | ----有效开展学习活动，深化研究学本
依据学部的学期工作计划，结合本组实际，开学初我们把工作定位为“一提二研三落实”：一提是提高自身的业务和理论水平；二研是研究课堂教学和学生培养；三落实是落实常规教学、教学效果和特长发展。围绕这些开展了一系列工作。
@H1 sec=achievements | 1、加强理论学习，促专业提升。
综合组教师课时多、学习时间少，专业培训机会也不多，但大家一直重视理论学习和业务提升，参加市区学科培训和校部的各种培训，结合本学科以理论指导实践。开学以来按计划学习了课程标准原文，各学科通过研讨交流对照本校实际反思并改进教学，收效较明显。
科学备课组在学习课标的同时交流了斯宾塞的快乐教育，组织养蚕、搭支架建房子等科学活动，学生反响热烈；美术备课组着重研究艺术教材的实施，探讨在音乐与美术相融合的教材里如何突出美术特色。
""",
    ),
    dict(
        name="fresh160_04_school_moral_education_methods_summary",
        source="https://m.jiafenshe.com/jiaoxuegongzuo/127109.html",
        doc_kind="summary", partial=True,
        notes=["A school's term moral-education (德育) summary, the first sample ('…篇1') of a collection page "
               "'中小学德育工作总结6篇'; the collection title and blurb were dropped. No title line of its own; "
               "title null.",
               "Textbook two levels: 一、… (achievements) with four short 1、–4、 headings each followed by a body "
               "paragraph (level 2, inheriting achievements).",
               "The body under '2、抓好班主任队伍管理' starts with the fragment '制度，…' where the source lost words; "
               "the fragment start is kept in the rewritten line.",
               "The page breaks off mid-sentence under 4、 ('对重点的问题学'); the fragment was dropped."],
        units=["德育处"],
        text="""\
@H1 sec=achievements | 一、改进德育工作方法，提高德育工作实效
学校坚持德育为首，研究新时期德育面临的新问题，提出新的工作思路，改进工作方法，努力提高德育工作效率。
@H2 | 1、加强师德师风建设
做好德育离不开一支经验丰富、方法得当的德育队伍。学校组织教师学习《中小学教师职业道德规范》等，要求教师爱生乐教、勇于创新、乐于奉献，关爱暂时落后的学生，杜绝体罚和变相体罚，建立平等民主的师生关系。
@H2 | 2、抓好班主任队伍管理
制度，每月检查班主任工作，加强过程管理，并把班主任工作实绩作为晋升、评优和发放津贴的重要依据。
@H2 | 3、构建社会、家庭、学校同步教育网络
德育需要社会和家庭配合，学校着力构建社区、家庭、学校三位一体的德育网络；校报每两周一期，及时传达学校中心工作、主要活动和教育教学成果，指导家庭教育，为学生和家长搭建交流平台。
@H2 | 4、加强后进生管理
本学期各班结合实际做好品德后进生的帮教转化，建立帮教档案，制定具体措施并记好帮教情况，用爱心关怀、用耐心感化，把苗头性问题消灭在萌芽状态；德育处为此做了大量工作。
""",
    ),
    dict(
        name="fresh160_05_primary_moral_education_label_points_summary",
        source="https://m.guanlizhe.com/zongjie/xuexiao/6035782.html",
        doc_kind="summary", partial=True,
        notes=["A primary school's annual moral-education summary, the first sample of a collection page ('学校小学"
               "德育工作总结 三篇', sample header '第1篇 … 3900字' dropped). The page shows the collection's name "
               "only, not a title of the document's own; title null.",
               "The lead-in announces five points in a quoted slogan ('指导思想正确，工作目标明确，…工作成效显著'); "
               "four of them follow as UNNUMBERED run-in 'label：body' headings at level 1 (the fifth is beyond the "
               "visible part). Kinds: 指导思想正确 guidance, 工作目标明确 goals, 工作思路清晰 guidance, 工作重点突出 "
               "achievements; since the whole is a review of the year, achievements is accepted for the first three.",
               "Under 工作重点突出 the key tasks are numbered '1.' '2.' (level 2). '1.…（…树典型争先峰）。' is a "
               "heading line kept verbatim (source typo 争先峰); '2.注重环境建设，力求环境育人，…' runs on into its "
               "body, text set by hand to the first two clauses.",
               "The masked document title '《____国务院关于进一步加强和改进未成年人思想道德建设的若干意见》' is kept. "
               "The page breaks off inside 2.'s body ('本学期还注重了班级文'); the fragment was dropped."],
        units=[],
        text="""\
学校领导班子高度重视德育，确立了“德育为首，诸育并举”的办学理念，符合上级主管部门对学校教育教学管理的要求。回顾一年来的德育工作，可以归结为“指导思想正确，工作目标明确，工作思路清晰，工作重点突出，工作成效显著”。
@H1 sec=guidance alt=achievements | 指导思想正确：我校德育工作以中央精神为指导，结合我国现阶段实际，始终坚持科学发展、和谐发展。
@H1 sec=goals alt=achievements | 工作目标明确：依据《____国务院关于进一步加强和改进未成年人思想道德建设的若干意见》，把促进学生全面、健康、和谐和终生发展定为总目标；具体目标是引导学生树立正确的世界观、人生观、价值观，打造平安和谐校园，抓好养成教育，为学生终生发展打基础。
@H1 sec=guidance alt=achievements | 工作思路清晰：围绕德育目标、讲求实效，我校的思路是“以制度为保障，以主题活动为载体，把好常规，突出重点。”
@H1 sec=achievements text=工作重点突出 | 工作重点突出：一年来我校德育工作把好常规、突出重点，梳理出的重点工作有：
@H2 | 1.加强队伍建设，特别是班主任队伍（加强学习培训、完善管理机制、开展优秀班队集体个人评选表彰树典型争先峰）。
@H2 text=2.注重环境建设，力求环境育人 | 2.注重环境建设，力求环境育人，特别重视了校园文化建设和班级文化建设，校园条件虽然有限，我们仍把“净化、美化、绿化、文化”作为环境建设的目标，固定宣传栏、励志横幅和常换常新的文化橱窗都是工作成果。
""",
    ),
    dict(
        name="fresh160_06_experimental_primary_moral_education_report",
        source="https://www.qiuxueshe.com/yingyongwenshu/gongzuozongjie/6957381.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["An experimental primary school's (鲈乡实验小学) moral-education summary covering its first years, "
               "the first sample of a collection page ('小学德育工作总结最新3篇'; collection title, blurb and "
               "sample header dropped). No title line of its own; title null.",
               "It closes its lead-in with '现汇报如下：', so report is accepted as the kind.",
               "The heading '一、让校园成为孩子们活动的乐园' is followed by a subtitle line "
               "'——校园文化对德育的渗透作用' led by a dash: labelled an item at level 2 (optional; it names the "
               "section's theme rather than opening a subsection).",
               "The three 特色 '校园文化、艺术教育、信息技术' are announced inside a body line, not headings. The page "
               "breaks off mid-sentence ('我们都要求班'); the fragment was dropped."],
        units=["鲈乡实验小学"],
        text="""\
忙碌让日子过得飞快，我校建校已进入第七个年头。几年来，学校以“三个代表”重要思想为指导，以《德育纲要》为行动指南，以全面推进素质教育为目标，深化课程改革、更新教育观念，让学生在掌握基础知识和技能的同时培养创新精神、实践能力和审美素养，促进全面和谐发展。
经过多年实践，我校逐步形成了“校园文化、艺术教育、信息技术”三道德育特色风景线。现汇报如下：
@H1 sec=achievements | 一、让校园成为孩子们活动的乐园
@I2 | ——校园文化对德育的渗透作用
校园文化是课堂之外与学生学习、生活紧密相连的文化氛围，贯穿教育全过程，潜移默化地规范学生行为、陶冶情操，也增进师生感情、促进学生心理健康。恩格斯说“环境造就人”，鲈乡实验小学因此从校园文化环境建设入手，发挥其育人功能，强化日常行为规范教育，让校园德育景点向学生提出做一名学生的基本要求。
这要从学校的三尊校园雕塑和三项常规教育活动说起。
""",
    ),
    dict(
        name="fresh160_07_grade_nine_group_term_summary",
        source="https://www.360wenmi.com/f/file526qdj8q.html",
        doc_kind="summary", partial=True,
        notes=["The first sample ('篇1：中学年级组工作总结') of a collection page titled '中学年级组工作总结(共9篇)'; "
               "the text is the ninth-grade (毕业年级) term summary written from the class teachers' side. The "
               "collection title, date and sample header were dropped; title null.",
               "Three 一、 headings (achievements). Under 二、 two body paragraphs open with unnumbered verb phrases "
               "('加强学生自我管理，…', '加强师生对话，…') followed by a comma and the measures: body lines in the "
               "source (no colon, no marker), not labelled.",
               "The page breaks off under 三、 ('把班级工作分成若'); the fragment was dropped."],
        units=[],
        text="""\
转眼间九年级的班级工作已经结束，朝夕相处的学生即将走进考场、走向不同的人生道路。回顾本学期，有耕耘的艰辛也有收获的喜悦，有失败的苦涩也有成功的欢欣，为总结经验，特作总结如下：
@H1 sec=achievements | 一、重视学生的思想教育
坚持五育并举、德育为首，本学期开展了政治思想、道德、法制和心理健康教育，培养学生健全的人格、良好的行为规范和创新实践能力，弘扬正气。
@H1 sec=achievements | 二、培养良好的学习习惯和学习方法
日常工作中加强心理辅导，尽量减少影响学习的因素。我们经验不多，班上学生与同年级相比也有不足，只能笨鸟先飞，跟踪分析每次考试成绩，及时找学生谈心，指导学习方法，培养良好习惯。
加强学生自我管理，成立管理小组，由学习委员牵头、课代表和组长为骨干负责班级学习；开展学习竞赛和“学习结对，共同提高”互助活动。
加强师生对话，建立师生联系和师生结对制度，让学生了解老师，也让老师走近学生，帮助他们树立远大理想、掌握科学的学习方法、养成良好的生活态度。
@H1 sec=achievements | 三、加强班干部队伍建设
建设一支能力强、经验足的常务班干部队伍；为让更多同学得到锻炼，实行值日班干部负责制和班级管理岗位责任制，设岗位、定人员、定工作。
""",
    ),
    dict(
        name="fresh160_08_pe_teacher_term_teaching_summary",
        source="https://www.yunwen.com/gongzuozongjie/505993.html",
        doc_kind="summary", partial=True,
        notes=["An individual teacher's term teaching summary, the first sample ('…篇1') of a page titled "
               "'初中教学工作总结'; the writer is a PE teacher who mentions 小学体育 and a first-grade class "
               "(the page title and the text disagree; kept). Page title, blurb and sample header dropped; title "
               "null.",
               "Two 一、 headings; the second ends with '。' in the source ('二、尽心尽职，干好本职工作。'), kept. "
               "Both achievements.",
               "Under 一、 the second paragraph opens with the discourse marker '其次，…' (the first paragraph has no "
               "首先): an item at level 2.",
               "The page breaks off under 二、 ('我担任一年级体育教'); only the sentence before it is represented."],
        units=[],
        text="""\
一个学期即将结束，回顾本学期，自己能热爱本职工作，认真学习新的教育教学理论，教学中注意发扬民主；为总结经验、求得更大进步，有必要对本学期工作作一番反思，因此总结如下：
@H1 sec=achievements | 一、努力学习理论知识，紧跟时代步伐
社会发展很快，重视学习是不被淘汰的最有效办法。本学期我认真参加学校组织的各项活动，年初参与了民族文化进校园活动，通过学习文件，认识到体育教师干好本职、做学生表率、模范遵守校纪校规的重要，活动后写了心得《小学体育教师工作的意义》。
@I2 | 其次，积极参加业务学习。课余时间阅读自费订阅的《小学体育教师》《云南教育》等刊物，了解教改方向，借鉴他人经验；还学习了《小学体育教育课程改革纲要》，彻底转变陈旧落后的教育观念。
@H1 sec=achievements | 二、尽心尽职，干好本职工作。
体育教学被看作学校的脸面。
""",
    ),
    dict(
        name="fresh160_09_kindergarten_class_parent_work_summary",
        source="https://fanwen.gdygsk.com/showinfo-73-13639-14.html",
        doc_kind="summary", partial=True,
        notes=["A kindergarten class's term summary of its work with parents (家长工作), sample 15 of a collection "
               "page '园务工作总结范文(30篇)' (breadcrumb, collection title and sample header dropped); no title line "
               "of its own, title null.",
               "Four 一、 headings (achievements) with 1、 2、 lines under three of them: enumerated statements of what "
               "was done, labelled items at level 2. The source writes '1、 ' with a space in some of them and not in "
               "others; kept.",
               "The opening paragraph gives the class size (34 children, 18 girls, 16 boys): body.",
               "The last item breaks off mid-phrase ('…提高家长主动'); kept as the page shows it."],
        units=[],
        text="""\
本学期我班共有幼儿34名，其中女孩子18名，男孩子16名。一学期相处下来，教师与家长关系更加融洽，交流育儿经验更频繁，沟通渠道也在增多；通过家访，家长对我们的教学和当前幼教动向，特别是探索型主题活动有了更多了解，多数家长能配合班级收集主题资料。
@H1 sec=achievements | 一、积极向家长宣传育儿知识
@I2 | 1、利用家长活动时间，向家长宣传讲解当前的幼儿教育，说明传统教育与“二期”课改的不同，让家长重视良好家庭环境的创设，多让孩子亲近大自然，注重口语和动手能力，和家长一起培养分享、同情、守规则、合作等亲社会行为。
@I2 | 2、办好宣传栏，每周、每阶段把主题活动内容及时登上班级宣传栏，让家长接送孩子时就能了解班级的教学情况。
@H1 sec=achievements | 二、创设积极向上的环境
按主题进展，师生共同布置与主题教育相适应的环境，家长接送时就能了解教师的教学和孩子的学习情况。
@H1 sec=achievements | 三、利用多种途径与家长沟通
@I2 | 1、 利用家长活动时间，组织家长参与讨论，在共同探讨中学习营造丰富多元的家庭教育环境。
@I2 | 2、针对个别幼儿情况，借来园离园时间和电话等途径交流孩子在家、在园的表现，寻找家园共同教育的最佳办法。
@H1 sec=achievements | 四、鼓励家长积极参与幼儿园和班级活动
@I2 | 1、 鼓励家长积极参加家教指导活动，推动家庭之间、家园之间的多向交流。
@I2 | 2、 正确发挥家长的作用，激发家长的参与意识，提高家长主动
""",
    ),
]
