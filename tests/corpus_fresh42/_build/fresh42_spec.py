# -*- coding: utf-8 -*-
"""The forty-second held-out fresh set: a GENERAL SAMPLE of the genre from
writers not used before: work plans / 工作重点 (an association, a district's
school moral-education plan, a middle school), schemes (a district's task
breakdown, a city's clinic-building scheme, a county's rural-environment
action scheme), activity plans (two primary schools' 六一 plans), summaries
(a kindergarten head, a county government office), a preparatory work
report read at an association's congress and a principal's opening speech.
Found as stored public web pages with the `search` tool's `pages` corpus;
none of the source pages is a source of an earlier set (see
/work/fresh42/excl.txt and /work/fresh42/used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Navigation, blurbs and collection
  titles were dropped; site lines a user pastes along (posting lines,
  image captions, page markers, comment counters) were kept and never
  labelled.
- Heading, title and value lines keep the source's numbering and wording;
  full-width punctuation （）：，；“” was restored from the store's NFKC text.
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, document numbers and masking are kept.
  Personal names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH42_DOCS = [
    dict(
        name="fresh42_01_vegetable_association_2023_work_points",
        source="http://www.cnxczx.com.cn/doc_25944619.html",
        doc_kind="plan", partial=True,
        title_override="2023年协会工作重点谋划与实施办法",
        notes=["A vegetable growers' association's 2023 work points, attached to the agenda of its first council meeting "
               "of the year. Line 1 is the site's page heading with its posting time (site line, kept, not labelled); "
               "lines 2 and 3 are the agenda title and the document's own title, both title lines; title is the document's "
               "own ('2023年协会工作重点谋划与实施办法').",
               "（一）工作计划 holds five numbered task areas '1、推动蔬菜生产基地建设。…' (run-in headings, level 2, goals with "
               "measures accepted); '4、进一步开展蔬菜讲座科普活动。' stands alone with no body; in 5、 the bracketed note "
               "lost a person's name. The source's typo '促进蔬菜销对接' is kept.",
               "'大家建议：' is an empty lead-in (body). （二）实施办法 is measures (phases accepted: it goes on to list activities "
               "by quarter); '拟开展的活动' is an unnumbered label heading under it. The page ends with a bare '一季度', dropped."],
        units=[],
        text="""\
【蔬菜协会】2023年蔬菜协会第一次理事会议事日程时间：2023-03-03
@T | 2023年蔬菜协会第一次理事会议事日程
@T | 2023年协会工作重点谋划与实施办法
@H1 sec=goals alt=measures | （一）工作计划
结合当前形势和协会的工作要求，2023年协会工作的重点是：学习中央一号文件，推进乡村振兴重点工作，推动蔬菜生产基地建设，促进产销对接，壮大协会团队力量。
@H2 alt=measures | 1、推动蔬菜生产基地建设。社会对蔬菜生产要求越来越高，核心是安全、优质、丰富、多样；协会将调动现有会员的资源，推动基地建设，为市场供应量足价宜的大众化优质蔬菜。
@H2 alt=measures | 2、促进蔬菜销对接。协会在生产和市场之间牵线搭桥，借助会员企业和高校会员的优势，协调产销各方，让各基地和各片区的蔬菜经批发市场走向更广的销路；对优质产品，向超市和团购平台推荐入柜。
@H2 alt=measures | 3、增加协会团队力量。新会员不断加入，也有会员退出；吸收新会员时要加强考察，优先吸收有生产或销售能力、在行业里有业绩和影响的组织或个人，强调组织性和纪律性，继续做好组织发展工作。
@H2 alt=measures | 4、进一步开展蔬菜讲座科普活动。
@H2 alt=measures | 5、争取一些项目合作，争取农业局、科技局的项目。（农业局蔬菜、种子、园艺，认证合并为种业发展中心，已联系）
大家建议：
@H1 sec=measures alt=phases | （二）实施办法
@H2 alt=phases | 拟开展的活动
""",
    ),
    dict(
        name="fresh42_02_district_school_moral_education_plan",
        source="https://m.wenke99.com/p-15283496.html",
        doc_kind="plan", partial=True,
        notes=["A district's plan for moral education in its primary and secondary schools ('我区中小学德育工作'), from a "
               "document-sharing page; the page title with its sample number ('中小学德育工作参考计划范文(1)') was dropped, "
               "so title is null. The page ran as one block; it was split at the headings and numbered lines.",
               "The conversion's word substitutions are kept in the labelled lines ('工作目的', '擅长学习', '治理才能', '稳固和开展', "
               "'常规治理'); body lines were rewritten.",
               "The five numbered lines under 二、工作目的 are goal statements, labelled items (level 2, goals). 三、工作内容、要求 "
               "is goals (measures and requirements accepted); its '（一）、坚持抓好常规工作，促进德育工作创新。…' is a run-in "
               "heading with the '（一）、' numbering. The page ends inside it ('做好常规')."],
        units=[],
        text="""\
@H1 sec=guidance | 一、指导思想
20xx年我区中小学德育工作继续以中共中央、国务院关于加强和改进未成年人思想道德建设的若干意见为指导，牢固树立八荣八耻的荣辱观，围绕市教育局提出的建设生态德育的思路和内涵发展的方略，以和谐为主题，推进德育队伍建设，促进德育工作者专业成长，加强行为习惯养成教育，发展德育特色，推进德育工作创新。
@H1 sec=goals | 二、工作目的
@I2 | 1、建立一支擅长学习，具有创新精神和治理才能的德育工作队伍。
@I2 | 2、进一步稳固和开展我区德育特色。
@I2 | 3、加强德育工作的常规治理，推进德育工作创新。
@I2 | 4、深化主题教育活动，细化德育工作内容，丰富德育内涵，增强德育工作实效性、针对性、主动性。
@I2 | 5、抓好心理健康教育，行为适应养成教育，生命教育、感恩教育等德育工作。
@H1 sec=goals alt=measures,requirements | 三、工作内容、要求
@H2 alt=measures,requirements | （一）、坚持抓好常规工作，促进德育工作创新。常规工作是德育工作的根基，做好常规
""",
    ),
    dict(
        name="fresh42_03_middle_school_moral_education_plan",
        source="http://shaipic.com/bangongfanwen/gongzuojihua/739100.html",
        doc_kind="plan", partial=True,
        notes=["The first sample of a collection page ('中学德育工作计划9篇'): a middle school's moral-education plan. "
               "Navigation, the collection title, the posting line, the site blurb and the sample title with its number "
               "('中学德育工作计划1') were dropped; the sample has no title of its own, so title is null.",
               "'主要工作：' is a lead-in (body, not labelled), like '主要内容：'.",
               "一、加强队伍建设，提高管理水平，把德育队伍建设放在首位。 is a heading ending in '。' with its body on the next "
               "line (goals, measures accepted). Its 1、 and 2、 are run-in sentence headings at level 2; 1、 is about the "
               "leading group but is kept under goals (responsibilities accepted). The page ends inside 2、 ('提高')."],
        units=["德育工作领导小组"],
        text="""\
为提高德育工作的针对性、实效性和主体性，开创思想道德建设的新局面，让每个人都享受教育的幸福，也让我校早日成为“xx区最好的学校”，特制定本计划。
主要工作：
@H1 sec=goals alt=measures | 一、加强队伍建设，提高管理水平，把德育队伍建设放在首位。
德育工作者的观念和水平决定了管理的层次和效果；加强德育队伍建设、更新观念、提高责任意识和管理施教能力，是德育工作的首要任务。
@H2 alt=measures,responsibilities | 1、完善德育工作领导小组，增强德育队伍人力，由副校长主管德育，主持全面工作。实行分层管理，明确各自职责、对象和做法；每月第一周召开例会，对德育工作进行计划、督促和考评。
@H2 alt=measures | 2、班主任是学校德育管理工作主力军，提高班主任的管理素质是重中之重。本学期年轻班主任较多，专门制定班主任培训计划，利用每周一的班主任例会开展论坛、经验交流、讲座和方法培训，请进来、走出去，提高
""",
    ),
    dict(
        name="fresh42_04_district_street_work_task_breakdown_scheme",
        source="https://www.wenmi123.com/article/312836.html",
        doc_kind="scheme", partial=True,
        notes=["A district's task-breakdown scheme (石景山区) implementing a city opinion on sub-district work, from a "
               "文秘 site that shows the PDF text. The site's add-to-desktop panel was dropped; its posting line "
               "('栏目：策划方案发布：…') is kept as pasted, not labelled. The page starts with the end of the issuing "
               "notice ('认真贯彻执行。', the two issuing offices, the date) and a page marker '— — — 2 —'; a second page "
               "marker '— — — 3 —' sits between two tasks. All are body/debris, never labelled.",
               "The scheme's title is broken over two lines by the PDF ('石景山区贯彻落实《关于加强新时代' / '街道工作的意见》的"
               "任务分解方案'); both are title lines. The PDF line breaks inside body paragraphs and inside heading 一、 "
               "('…加强党对基层治理的全面' / '领导') were joined.",
               "The numbered tasks '1.完善街道党工委…' are items (tasks, each followed by '牵头单位：' / '协办单位：' key-value "
               "lines, body); 一、 is a task area (goals, measures accepted). Units are the lead and assisting units of task 1; "
               "the issuing offices are not listed. The page ends inside task 2 ('做实街')."],
        units=["区委组织部", "区委编办", "区民政局（区委社会工委）", "园区党工委", "各街道党工委"],
        text="""\
栏目：策划方案发布：2019-04-17浏览：3013下载230次收藏
认真贯彻执行。
中共北京市石景山区委办公室
北京市石景山区人民政府办公室
2019 年 4 月 16 日
— — — 2 —
@T | 石景山区贯彻落实《关于加强新时代
@T | 街道工作的意见》的任务分解方案
为落实北京市街道工作会议精神和《中共北京市委北京市人民政府关于加强新时代街道工作的意见》的要求，以首善标准建设文明、活力、宜居、平安街道，结合石景山区实际，制定本任务分解方案。
@H1 sec=goals alt=measures | 一、提高城市基层党建工作水平，加强党对基层治理的全面领导
@I2 alt=measures | 1.完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序。基层治理中的重大事项、重点工作和重要问题由街道党工委讨论决定；街道党工委可吸收优秀社区党组织书记兼任委员，推进社区党组织书记、居委会主任“一肩挑”，推动把党的领导写入各类组织章程，确保党的路线方针政策在基层落实。
牵头单位：区委组织部
协办单位：区委编办、区民政局（区委社会工委）、园区党工委、各街道党工委
— — — 3 —
@I2 alt=measures | 2.以区域化党建为重点，构建市、区、街道、社区党组织四级上下贯通，社区党建、单位党建、行业党建多方联动的基层党建工作体系。做实街
""",
    ),
    dict(
        name="fresh42_05_city_village_clinic_standardisation_scheme",
        source="https://max.book118.com/html/2026/0304/8105004121010050.shtm",
        doc_kind="scheme", partial=True,
        notes=["A city's implementation scheme (定州市) for standardised village clinics, the first sample of a "
               "document-sharing page ('村卫生室标准化建设方案范本(3篇)'); the upload metadata and the collection title were "
               "dropped. The page's trailing site lines ('文档评论(0)', '1亿VIP精品文档', '相关文档') are kept as pasted, "
               "half-width as the store shows them, never labelled.",
               "The PDF line breaks were joined. The source's blanks '___' (in the cited document title, its number "
               "'（保医改办〔___〕___号）', the year and the counts) are kept.",
               "One heading is visible: 一、工作目标 (goals). The page ends inside its second paragraph ('制定工作目标')."],
        units=[],
        text="""\
@T | 定州市标准化村卫生室建设实施方案
村卫生室是农村医疗卫生服务体系的网底，建设标准化村卫生室是深化医药卫生体制改革的一项民生工程，涉及面广，时间紧，任务重。按照《保定市深化医药卫生体制改革___关于___年村卫生室标准化建设指导意见》（保医改办〔___〕___号）的要求，今年我市要实现每个行政村都有一所标准化村卫生室、村卫生室___产权全覆盖；为完成___年的任务，制定本实施方案。
@H1 sec=goals | 一、工作目标
全市共有行政村___个，按一村一室应建___所；大鹿庄乡鹿家庄村、东亭镇师家庄村等___个空白村不再单设卫生室，由相邻村卫生室承担服务。___年要完成重点帮扶村和空白村的___个卫生室及其余___个行政村的标准化建设，年底实现一村一室，初步建立与农村经济社会发展相适应的农村卫生服务体系。
各乡（镇）要把标准化村卫生室建设规划与___新农村建设紧密结合起来，制定工作目标
文档评论(0)
1亿VIP精品文档
相关文档
""",
    ),
    dict(
        name="fresh42_06_county_rural_living_environment_scheme",
        source="https://www.longli.gov.cn/zwgk/zfgb/2018/d4q/xrmzfbgswj/201905/t20190509_5877920.html",
        doc_kind="scheme", partial=True,
        notes=["A county's three-year action scheme (龙里县) for the rural living environment, inside its issuing notice "
               "from the county government's gazette: addressee line, one-sentence notice, issuing office and date are "
               "body (never labelled); the scheme's title line is the only title line.",
               "一、总体要求 is guidance; 二、基本原则 is guidance, with principles led by '——' ('——突出重点，加强衔接。…'), "
               "run-in headings at level 2. The page ends inside the second principle ('避免重')."],
        units=[],
        text="""\
各镇人民政府、冠山街道办事处，县政府各部门、各直属机构：
《龙里县农村人居环境整治三年行动实施方案》已经县政府同意，现印发给你们，请认真遵照执行。
龙里县人民政府办公室
2018年10月18日
@T | 龙里县农村人居环境整治三年行动实施方案
为落实中办、国办《农村人居环境整治三年行动方案》和《贵州省农村人居环境整治三年行动方案》（黔党办发〔2018〕32号）等文件精神，加快改善我县农村人居环境，结合县情制定本方案。
@H1 sec=guidance | 一、总体要求
以习近平新时代中国特色社会主义思想为指导，贯彻党的十九大精神，以“产业兴旺、生态宜居、乡风文明、治理有效、生活富裕”为总要求，以建设美丽宜居乡村为目标，主攻农村生活垃圾、污水治理和村容村貌提升，统筹城乡发展和生产生活生态空间，整合各方资源，加快补齐农村人居环境短板，巩固脱贫攻坚成效，为乡村振兴打好基础。
@H1 sec=guidance | 二、基本原则
@H2 | ——突出重点，加强衔接。实施乡村振兴战略，结合大扶贫战略行动和“四在农家·美丽乡村”建设，聚焦垃圾、污水和村容村貌等突出问题，用3年时间集中攻坚，使农村人居环境整体改善。
@H2 | ——统筹规划，协调发展。以县域乡村建设规划和村庄规划为引领，与乡镇总体规划、土地利用总体规划衔接，因地制宜、查缺补漏，合理确定建设任务和设施布局，避免重
""",
    ),
    dict(
        name="fresh42_07_primary_school_childrens_day_activity",
        source="https://78911.com.cn/HBBBMSJ/555546.html",
        doc_kind="activity_plan", partial=True,
        title_override="六一儿童节活动方案",
        notes=["A primary school's 六一 activity plan (智慧小学), the first sample of a page. The posting line "
               "('更新时间：…') is kept without the teacher's name; three image captions '迎接六一儿童节黑板报' sit inside "
               "三、 and are kept as pasted, never labelled. The sample title carries the page's sample number "
               "('六一儿童节活动方案一'); the title is given without it.",
               "The store kept the small-form brackets ﹙一﹚﹙二﹚; they were restored to （一）（二） like the rest of the "
               "punctuation, while （三） was full-width already.",
               "一、活动意义 is background (goals, guidance accepted); 二、活动主题：… and 三、活动地点：… are value headings "
               "(other); 四、具体活动内容 is goals with three level-2 headings: 活动内容 (goals), 时间安排 (phases, other "
               "accepted), 评比方式 (other). Under 时间安排, '1、各班在5月20日前上报参赛曲。' is a deadline (item, not a phase) "
               "and '2、5月30日在学校举行庆祝活动。' the day of the event (item; an optional phase)."],
        units=[],
        extra_phases=[dict(at="5月30日在学校举行庆祝活动", name="庆祝活动", start_text="5月30日", end_text=None)],
        text="""\
更新时间：2018-08-10 08:38
@T | 六一儿童节活动方案一
@H1 sec=background alt=goals,guidance | 一、活动意义：
六一儿童节是学生一年中最隆重的节日；通过庆祝活动，让学生在参与中体会集体合作的快乐，展现积极向上、乐观进取的精神。
@H1 sec=other | 二、活动主题：文明、健康、团结、协作。
@H1 sec=other | 三、活动地点：智慧小学活动室
迎接六一儿童节黑板报
迎接六一儿童节黑板报
迎接六一儿童节黑板报
@H1 sec=goals | 四、具体活动内容：
@H2 | （一）活动内容
本次活动以“我的中国梦”为主题，每班选定两个节目，自行组织排练。
@H2 sec=phases alt=other | （二）时间安排：
@I3 alt=other | 1、各班在5月20日前上报参赛曲。
@I3 alt=other | 2、5月30日在学校举行庆祝活动。（如有时间变更，另行通知）
@H2 sec=other | （三）评比方式
按年级段评比，以得分排定名次，每个年级段各评一、二等奖一名。
""",
    ),
    dict(
        name="fresh42_08_primary_school_childrens_day_activity_steps",
        source="http://wenrenren.com/c/0R624C912021.html",
        doc_kind="activity_plan", partial=True,
        notes=["A primary school's 六一 activity plan from a page whose question title ('小学儿童节活动方案怎么写?') was "
               "dropped; the plan shows no title of its own, so title is null. The page ran the plan into a few long "
               "paragraphs; it was split at the headings and numbered steps. The store's space before '。' is kept in the "
               "labelled lines ('在阳光下成长 。', '六月一日下午开展联欢活动 。').",
               "'三、领导小组组长：xxx' ran the heading into its first key-value line: split into 三、领导小组 "
               "(responsibilities) and key-value body lines.",
               "五、时间安排 lists six dated steps as items, each a phase (from '5月14日' to '六月一日下午'; the first and "
               "third are single days, kept as a start with no end). Under 六、活动内容 (goals), each sub-activity has key-value "
               "items: '写作时间' / '设计时间' (phases, goals accepted; optional periods), '展出形式' / '展出地点' (other), "
               "'活动的具体要求和做法' (requirements), '交作文时间' (a deadline, not a phase), '负责人' (responsibilities). "
               "The page ends inside the second sub-activity ('…为')."],
        units=[],
        extra_phases=[dict(at="1、写作时间", name="写作时间", start_text="5月18日", end_text="5月21日"),
                      dict(at="1、设计时间", name="设计时间", start_text="5月25日", end_text="27日")],
        text="""\
@H1 sec=guidance | 一、指导思想
“六一”儿童节是少先队员最盼望的节日。通过庆祝活动，让队员在参与中体会集体合作的快乐，激发热爱生活、热爱学习、热爱校园的情感，过一个有意义、值得回味的儿童节。
@H1 sec=other | 二、活动主题：在阳光下成长 。
@H1 sec=responsibilities | 三、领导小组
组长：xxx
副组长：xxx
成员：xxxxxxx
@H1 sec=other | 四、组织形式：以学校为单位组织开展活动
@H1 sec=phases alt=other | 五、时间安排
@I2 phase=拟订方案;5月14日; | 1、5月14日拟订方案；
@I2 phase=选取并编排节目;5月14日;5月17日 | 2、5月14日至5月17日各班选取适当的节目，并进行编排；
@I2 phase=编排指导;5月18日; | 3、5月18日学校进行各班节目的编排指导工作；
@I2 phase=准备工作;5月21日;5月31日 | 4、5月21日至5月31日做好各项准备工作；
@I2 phase=彩排;5月31日下午; | 5、5月31日下午进行六一活动的彩排；
@I2 phase=联欢活动;六月一日下午; | 6、六月一日下午开展联欢活动 。
@H1 sec=goals | 六、活动内容
@H2 | （一）庆六一征文活动
@I3 sec=phases alt=goals,other | 1、写作时间：5月18日--5月21日
@I3 sec=other alt=goals | 2、展出形式：以小报形式或制作展板
@I3 sec=requirements alt=goals | 3、活动的具体要求和做法：三至五年级学生都参加，文体和字数不限，可写自己的儿童节故事、儿时的游戏或对童年的思考；各年级语文老师各选5篇左右优秀作文，批阅后让学生誊抄，推荐作品在校报《小苗报》刊出，并择优向《鲁中晨刊》投稿 。
@I3 sec=phases alt=goals,other | 4、交作文时间：20xx年5月22日 。
@I3 sec=responsibilities alt=goals | 5、负责人：各年级语文老师 。
@H2 | （二）庆六一（图画）手抄报展
@I3 sec=phases alt=goals,other | 1、设计时间：5月25日至27日 。
@I3 sec=other alt=goals | 2、展出地点：学校展板 。
@I3 sec=requirements alt=goals | 3、活动的具体要求和做法：三至五年级学生都参加，每人设计一幅手抄报，优秀作品在学校展板展出；作品题材要求积极向上，以反映当前少年儿童生活、学校或班级面貌、家乡变化为
""",
    ),
    dict(
        name="fresh42_09_kindergarten_head_work_summary",
        source="https://fanwen.gdygsk.com/sea-149-73886-0.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A kindergarten head's summary of her first years in post, with the masks of the source ('20__年_月', "
               "'__幼儿园'). The site's strap line '优秀实用范文分享' is kept as pasted, not labelled; there is no title, so "
               "title is null.",
               "一、以人为本，培养全体教职员工的民主意识 (achievements; measures and guidance accepted, since the text states "
               "the head's management ideas more than results) holds two short headings '1、树立正确的民主管理意识。' and "
               "'2、营造和谐的民主管理氛围。', each on its own line with its body after it; each body is one paragraph that opens with '首先，…' and counts on "
               "(其次…第五) inside it: the paragraphs are labelled items (numbering 首先, level 3), the later markers are not. The page ends inside 2、's body ('其次')."],
        units=[],
        text="""\
优秀实用范文分享
20__年_月，我服从上级党委的安排来到__幼儿园，成为一名青年园长。新的环境、新的同事和外界的压力让我一度迷茫犹豫：条件差、师资紧、教师积极性不高。我深知幼儿园要生存发展，关键在教师。回想自己从新教师成长为有经验的青年教师，对幼教的热情来自幼儿园给我的发展空间和教学中一点一滴的进步；我相信青年教师也有同样的需要。因此我给自己定下的责任是：以人为本，营造尊重、合作、创新、发展的工作环境，让教师体会到自身的价值和创造性工作的喜悦，增强责任感和使命感。
@H1 sec=achievements alt=measures,guidance | 一、以人为本，培养全体教职员工的民主意识
@H2 alt=measures,guidance | 1、树立正确的民主管理意识。
@I3 alt=measures,guidance | 首先，园里每个人都要有归属感、责任感和荣誉感；其次，每个人都有被关爱、被认可、求发展的需要，管理者和被管理者都一样；第三，要学会赏识同事、领导、幼儿园和自己；第四，批评要在肯定成绩的基础上与人为善、就事论事；第五，要有管理适应性意识。
@H2 alt=measures,guidance | 2、营造和谐的民主管理氛围。
@I3 alt=measures,guidance | 首先，要营造信息沟通的氛围，管理者之间、领导与教师之间、教师与教师之间都要互通信息。其次
""",
    ),
    dict(
        name="fresh42_10_county_government_office_2023_summary",
        source="http://gaozi365.com/index/article/detail/detail_id/209337.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        notes=["A county government office's 2023 summary ('现将2023年主要工作汇报如下'). 一、工作开展情况 is achievements; "
               "its （一）（二） are run-in headings '（一）始终牢记开卷有益，持续加强政治理论学习。…' at level 2. The source's "
               "masked count '*余次' is kept in the rewritten body. The visible part ends after （二）."],
        units=["县政府办"],
        text="""\
@T | 县政府办公室2023年工作总结
今年以来，县政府办围绕县委县政府中心工作，适应新任务新要求，主动作为、认真履职，较好地完成了各项任务。现将2023年主要工作汇报如下：
@H1 sec=achievements | 一、工作开展情况
@H2 | （一）始终牢记开卷有益，持续加强政治理论学习。以作风能力提升年活动为抓手，参加集体学习，掌握宏观经济走势和大政方针；常态化开展每周一学，交流上级领导重要讲话精神，围绕项目建设、产业发展、城乡融合和民生事业深入讨论。一年来，全办同志理论水平普遍提高，对县情掌握更扎实，工作针对性和实效性明显增强。
@H2 | （二）始终牢记出门有益，持续深入开展调查研究。落实《关于在全党大兴调查研究的工作方案》，围绕黄河流域生态保护和高质量发展、债务化解、产业发展中的突出困难深入一线调研，把调研成果转化为解决问题的行动；围绕工业运行、生态环保、食品安全等领域为县政府主要领导组织专题调研*余次，为决策提供保障。
""",
    ),
    dict(
        name="fresh42_11_cancer_survivors_association_congress_preparation_report",
        source="https://ntcakf.cn/newsshow.php?cid=14&id=151",
        doc_kind="report", doc_kind_alt=["summary"], partial=True,
        notes=["A report read at an association's congress: the preparatory work report to the fourth members' congress of "
               "a cancer survivors' rehabilitation association (南通市癌友康复协会), delivered on behalf of the outgoing "
               "council. The site's posting line ('2015-03-10 21:53:22  协会动态') is kept as pasted, not labelled; "
               "'各位代表：' is a salutation (body).",
               "The store lost the break after each heading: '一、关于第四届会员代表产生这次换届…' and '二、关于大会的筹备工作"
               "今天的预备会议…' run straight into their bodies without punctuation (kept; heading texts set by hand). "
               "一、 is achievements (what was done to elect the delegates; other accepted); 二、 describes how the congress "
               "will be run: other (achievements, responsibilities accepted).",
               "'三、关于大会的指导思想和任务根据我们' stands in the middle of the line of 二、 as the page shows it: a marker "
               "inside a line, not labelled. The PDF-like space in '80 名' is kept. The page ends there."],
        units=["南通市癌友康复协会秘书处", "大会秘书处"],
        text="""\
@T | 南通市癌友康复协会第四届会员代表大会筹备工作报告
2015-03-10 21:53:22  协会动态
各位代表：
受第三届会员代表大会理事会委托，我向大会作第四届会员代表大会筹备工作报告。协会章程规定会员代表大会每届五年，确需提前或延期换届的须经理事会表决、报主管单位审查和登记机关批准，延期最长不超过一年。依照章程，我会自2014年5月起着手筹备，经过近两个月的紧张工作，各项准备已经就绪，大会可以如期举行。下面就筹备中的几个主要问题作简要汇报。
@H1 sec=achievements alt=other text=一、关于第四届会员代表产生 | 一、关于第四届会员代表产生这次换届选举会员代表，先后召开常务理事会、会长会议和会长扩大会议，发扬民主、照章办事。2014年6月27日南通市癌友康复协会秘书处发布《关于增选会员代表通知》，6月30日在协会网站公布；新推荐16名，加上第三届原有代表64名，共产生80 名代表。新代表的文化结构和年龄结构明显改善，来自法律、机关、科技、文化、教育、卫生等各行各业，具有较好的政治素质和参政议政能力，体现了代表的广泛性、先进性和代表性。
@H1 sec=other alt=achievements,responsibilities text=二、关于大会的筹备工作 | 二、关于大会的筹备工作今天的预备会议将产生第四届会员代表大会主席团，预备会后由主席团组织和领导大会；大会秘书处在主席团领导下工作，下设秘书资料、议案、会务、后勤组。 三、关于大会的指导思想和任务根据我们
""",
    ),
    dict(
        name="fresh42_12_middle_school_principal_autumn_opening_speech",
        source="https://nuenian.com/fanwen/yanjiangzhici/b60b66fa172da4c486ef2459be44982d.html",
        doc_kind="speech", partial=True,
        title_override="2022校长秋季开学典礼讲话稿",
        notes=["A middle-school principal's speech at the autumn opening ceremony (里集中学), the first sample of a collection "
               "page; the site's blurb was dropped and the sample title kept as the title line; its sample number '（一）' is "
               "left out of the title. Salutation lines and the lead-in ('…我向同学们提几点希望和要求：') are body.",
               "The four points are unnumbered run-in headings '在行为礼仪方面，要…' (level 1, numbering none; texts set by hand "
               "to the '在…方面' part), requirements with guidance and measures accepted. The page ends inside the next "
               "paragraph ('…互帮互助')."],
        units=[],
        text="""\
@T | 2022校长秋季开学典礼讲话稿（一）
老师们、同学们：
大家好！
度过了平安愉快的暑假，我们满怀希望迎来了新学年。首先请大家对新调入的8位新老师和新招录的700多名新同学表示热烈欢迎。
经过多年艰苦奋斗，里集中学已成为布局合理、功能齐全、初具规模的学校：前年装修了教学楼，去年建成塑胶跑道，今年又铺了油砂路，校园一年一个样。希望每位老师和同学也能勤奋踏实，一年一个新进步。
同学们，新学年开启新的希望。为了让梦想成真，我向同学们提几点希望和要求：
@H1 sec=requirements alt=guidance,measures text=在行为礼仪方面 | 在行为礼仪方面，要严格按照《中小学生日常行为规范》要求自己，把尊师爱校、友爱同学落实到行动中，争做文明向上的好学生。
@H1 sec=requirements alt=guidance,measures text=在安全与纪律方面 | 在安全与纪律方面，要按学校要求听从老师和管理人员指挥，时刻把安全放在第一位，绝不违纪违规。
@H1 sec=requirements alt=guidance,measures text=在学习方面 | 在学习方面，要明白自己的主要任务，改掉不良学习习惯，珍惜时间，刻苦钻研，争取优异成绩。
@H1 sec=requirements alt=guidance,measures text=在活动方面 | 在活动方面，要积极参加学校组织的各类活动，在活动中锻炼能力、提高素质。
同学们，我们在新的学期里要继续发扬互帮互助
""",
    ),
]
