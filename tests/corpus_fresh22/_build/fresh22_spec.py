# -*- coding: utf-8 -*-
"""The twenty-second held-out fresh set: WORD FILES, a second set.  Twelve real
Chinese plans, schemes, activity plans and summaries, each present twice:
NAME.txt + NAME.labels.json as in the other sets, and NAME.docx, the same
document as a writer would have it in Word or WPS (written by
_build/make_docx.py from this spec; tests/fresh_build/check_docx.py re-reads every .docx
and asserts that its displayed text equals NAME.txt line by line).  Writers: a
primary school, the Ministry of Education, a vocational school, a district
hospital, two company unions, a primary school's Young Pioneer brigade, a
community, a district health commission, a district (community building), a
city government office and a primary school's reading festival; found as
stored public web pages with the `search` tool's `pages` corpus.  None of the
source pages is a source, and no title is a title, of a label file listed in
/work/fresh22/used_sources.tsv.
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh17's and corpus_fresh21's
READMEs):
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and web debris
  (breadcrumbs, image names, 附件列表, collection blurbs) were dropped: a Word
  file would not carry them.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation restored from the store's
  NFKC text.  Every body paragraph is rewritten in our own words and
  shortened; dates, figures, unit and place names and the source's masking
  are kept; personal names dropped.

Each document's `docx` entry says how its Word file is made (see make_docx.py):
  style     'direct'  direct run formatting, style Normal everywhere;
            'cn'      headings in the paragraph styles named "标题 1" / "标题 2" /
                      "标题 3" (as WPS writes them; outline levels 0 / 1 / 2);
  numbering None      every number typed;
            'multi'   automatic multi-level list numbering from numbering.xml,
                      numPr on the paragraph (levels given by `levels`);
            'style'   automatic numbering whose numPr sits in the paragraph
                      STYLE ("标题 1" -> level 0, "要点" -> level 1); the
                      paragraphs carry only their pStyle;
            'restart' 一、 / （一） automatic (one list) and each section's 1、
                      list a new numId with lvlOverride/startOverride 1;
  tables    real Word tables: each row is one .txt line, cells joined by
            U+3000, empty cells skipped;
  joins     (first line start, number of lines): those .txt lines are ONE
            Word paragraph, the parts separated by soft line breaks (w:br);
            each part after a break starts with a number or a date, which is
            why it is a line of its own in the .txt;
  breaks    (line start, text before a soft break that does NOT start a line);
  right     line starts of right-aligned lines (signatures);
  footer    a footer with a PAGE field;  blank_after: empty paragraphs.

Marker syntax: see fresh_build/build.py.
"""

FRESH22_DOCS = [
    dict(
        name="fresh22_01_primary_school_work_plan",
        source="http://cheshui889.com/post/84BACeef.html",
        doc_kind="plan", partial=True,
        docx=dict(style="direct", numbering="multi", levels={"一、": 0, "（一）": 1, "1.": 2},
                  footer=True, blank_after=[1]),
        notes=["Word file: automatic multi-level list numbering with numPr on each paragraph (一、 level 0, "
               "（一） level 1, 1. level 2; no typed numbers), direct run formatting, a footer with a PAGE field. "
               "The 1. goals under 二、 sit at list level 2 directly under level 0, as Word allows.",
               "A primary school's work plan; the school name is masked on the page ('[小学名称]') and kept so. The "
               "page's '- ' bullet lines under 1. 强化教学常规管理 are body paragraphs in the Word file (the dashes "
               "dropped: a Word bullet would show a bullet character); the page ends inside the fifth of them.",
               "The 1. lines under 二、工作目标 are goal statements (items); 1. 强化教学常规管理 under （一）教学工作 is "
               "a heading (level 3)."],
        units=[],
        text="""\
@T | [小学名称]学校工作计划
@H1 sec=guidance | 一、指导思想
以党的教育方针为指引，落实素质教育和立德树人根本任务，以提高教育教学质量为核心，深化教学改革，改进学校管理，丰富校园文化，促进学生身心健康成长，办人民满意的教育。
@H1 sec=goals | 二、工作目标
@I2 | 1.提升教育教学质量，期末考试各学科平均分、优秀率较上学期显著提高，学生综合素质评价在区域内名列前茅。
@I2 | 2.加强教师队伍建设，通过培训和教研提升教师教学水平与专业素养，培养一批骨干教师和学科带头人。
@I2 | 3.优化学校课程体系，开发具有本校特色的校本课程，满足学生多样化学习需求。
@I2 | 4.改善办学条件，完善教学设施设备，优化校园环境。
@I2 | 5.强化学校德育工作，改善学生品德和行为习惯，文明校园创建取得阶段性成果。
@H1 sec=measures alt=goals | 三、具体措施
@H2 | （一）教学工作
@H3 | 1.强化教学常规管理
严格执行课程计划，开齐开足各类课程。
加强备课管理，集体备课与个人备课相结合，定期检查备课笔记，备课质量与绩效考核挂钩。
建立课堂教学巡查制度，及时纠正不当教学行为，保证课堂高效规范。
控制作业总量，倡导分层布置作业，认真批改并及时反馈。
建立科学合理的教学评价指标，加
""",
    ),
    dict(
        name="fresh22_02_ministry_education_congress_spirit_scheme",
        source="http://zjbzx.org/info/1036/4694.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="cn", numbering="style", blank_after=[1]),
        notes=["Word file: automatic numbering that comes from the paragraph STYLE: the style \"标题 1\" (outline "
               "level 0) carries numPr level 0 (一、) and the paragraph style \"要点\" carries numPr level 1 (1.) of "
               "the same list; the paragraphs themselves carry only pStyle, no numPr and no typed number.",
               "The Ministry of Education's work scheme, as republished on a school's news page; the page's "
               "breadcrumb, publication date and image file name were dropped.",
               "一、 is a task area (goals | measures); the 1. lines are run-in headings ('1.及时传达学习。…'), cut at "
               "the first '。'. The page ends inside 4."],
        units=[],
        text="""\
@T | 教育部学习宣传和贯彻落实党的十八大精神重点工作方案
为深入学习贯彻党的十八大精神，全面贯彻党的教育方针，推动教育事业科学发展，办好人民满意的教育，依照中央总体部署，结合教育工作实际，制定本方案。
@H1 sec=goals alt=measures | 一、迅速掀起学习宣传和贯彻落实十八大精神热潮，推动广大师生员工深刻领会、准确把握十八大精神
@H2 | 1.及时传达学习。召开部党组扩大会议和直属机关党员干部大会传达十八大精神并部署学习；召开教育系统十八大代表座谈会和学习贯彻座谈会；开通信息化学习平台，设网络课堂、手机报和学习微博，提高学习的及时性和针对性。
@H2 | 2.开展宣讲活动。遴选负责同志和专家组成宣讲团，分系统、分领域、分专题巡回宣讲，解读十八大精神和教育改革发展举措；配合中央宣讲团到高校宣讲。
@H2 | 3.系统安排部署。召开第21次全国高校党的建设工作会议，部署高校学习贯彻十八大精神和党建工作；召开教育系统党风廉政建设工作会议和2013年全国教育工作会议，推动落实教育规划纲要。
@H2 | 4.组织成就展示。围绕“科学发展、成就辉煌”主题，集中开展党的十六大
""",
    ),
    dict(
        name="fresh22_03_vocational_school_four_year_plan",
        source="https://www.vszhh.pudong-edu.sh.cn/main/web/index.php/article/detail?id=637",
        doc_kind="plan", partial=True,
        docx=dict(style="cn", numbering=None, footer=True, blank_after=[2],
                  breaks=[("学校秉持", "学校秉持“现代、高尚、和谐、创新”的校园文化精神，")]),
        notes=["Word file: the title over two paragraphs (the plan's title and '（讨论稿）', both centred, both title "
               "lines); the heading in the style \"标题 1\" (outline level 0) with its number typed; a soft line break "
               "inside the second body paragraph (the part after it does not start with a number, so it is not a "
               "line of its own); a footer with a PAGE field.",
               "A vocational school's four-year development plan (discussion draft); the page's '<返回' and section "
               "name '学科渗透' were dropped. Only 一、背景分析 is in view; the page ends inside its fourth paragraph."],
        units=[],
        text="""\
@T | 上海市振华外经职业技术学校四年（2011.9—2015.8）发展计划
@T | （讨论稿）
@H1 sec=background | 一、背景分析
学校经过近三十年的改革与发展，已从全市最早专门培养外经贸人才的职业学校成长为专业综合、办学多元的国家级重点职校，先后获得市行为规范示范校、市德育先进集体、市文明单位等称号。
学校秉持“现代、高尚、和谐、创新”的校园文化精神，形成职普渗透、学历教育与非学历教育并举的格局；依托行业，与市、区外贸协会等单位保持联系，探索“多通道发展、多层次办学、多资格就业、多平台成才”的办学模式。
三个校区已按功能定位：龙居路校区以财经商贸专业和国际商务实训中心为主，博兴路校区以旅游服务专业和旅游类鉴定站（点）为主，商城路校区以信息技术专业、电子商务实训中心和进修学校为主；“条块结合”的管理让校区管理与发展目标相结合。
一线教师100%具有本科学历，30岁至45岁的中青年教师占一线教师的72%，是教学的主要力量；学校重视教师专业水平的提高，培育了一
""",
    ),
    dict(
        name="fresh22_04_district_hospital_50th_anniversary_plan",
        source="http://zl.hxyjw.com/arc_6388",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", numbering="restart"),
        notes=["Word file: 一、 and （一） from one automatic list (levels 0 and 1); each section's 1、 list is a NEW "
               "list instance (a new numId on a one-level 'decimal %1、' list, with w:lvlOverride/w:startOverride 1), "
               "so 1、 restarts under 一、, 二、, （二） and （三）; the （1） items are typed.",
               "A district hospital's 50th-anniversary plan; the page starts at 一、目的 and shows no title (title "
               "null). Personal names were dropped: the committee's 主任 line keeps the posts only, and the 顾问 line "
               "and the office director's line (a name each) were left out.",
               "The two dated activities are the phases: （一） the mobilisation meeting (时间：2005年11月22日, on the "
               "next line) and （二） the anniversary ceremony (1、时间：2006年11月22日, the next line); the dates inside "
               "（三）'s activities are activity days, not phases. 1、时间… / 2、地点… / （1） lines are items.",
               "The page ends inside the second activity of （三）."],
        units=["北京怀柔区第一医院50周年院庆委员会", "院庆委员会办公室"],
        text="""\
@H1 sec=goals alt=guidance | 一、目的：
@I2 | 1、充分展现北京怀柔区第一医院50年的发展历史、成就和成果；
@I2 | 2、进一步宣传健康知识，增强人们关注健康和拥有健康的意识；
@I2 | 3、进一步提升北京怀柔区第一医院的良好形象和品牌价值，促进更多病、患者首选、优选第一医院接受和享受优良医疗服务。
@H1 sec=responsibilities | 二、组织保证：
@H2 | 1、成立北京怀柔区第一医院50周年院庆委员会：
主任：院长、党委书记；
成员：（若干）
@H2 | 2、设立北京怀柔区第一医院50周年院庆委员会办公室
成员：（若干）
@H1 sec=goals alt=phases | 三、主要活动：
@H2 phase=动员会;2005年11月22日; | （一）召开怀柔区第一医院“迎接五十华诞、争创更大光荣”动员会，设立并启用倒计时牌（翻牌接力）：
时间：2005年11月22日
邀请新闻单位和医药企业合作单位参加。
@H2 phase=院庆仪式;2006年11月22日; | （二）举办怀柔区第一医院50周年院庆仪式：
@I3 | 1、时间：2006年11月22日
@I3 | 2、地点：怀柔国际会议中心
@I3 | 3、主要议程：
@I4 | （1）领导、嘉宾讲话；
@I4 | （2）宣读贺电、贺信；
@I4 | （3）病、患者代表讲话；
@I4 | （4）聘请“医护服务质量义务监督员”；
@I4 | （5）医护职工代表演讲比赛；
@I4 | （6）表彰优秀医护人员；
@I4 | （7）演出活动：汇报节目演出，院歌合唱；
@I4 | （8）院庆宴会、赠送礼品（标有“纪念怀柔区第一医院成立50周年”字样的MP3）。
@I3 | 4、拟邀人员：
@I4 | （1）国家相关部门：卫生部、妇联、中国红十字会、国家体委（自行车赛、拉力赛）等；
@I4 | （2）关联企、事业单位：
@I4 | （3）兄弟医院；
@I3 | 5、场景重点布置：
@I4 | （1）50华诞50展；
@I4 | （2）彩虹门、气球、条幅：
@I4 | （3）横幅：永攀新高豪情满怀　柔情似水爱洒人间
@H2 | （三）系列主题活动：
@H3 | 1、“柔情似水爱洒人间”免费挂号活动：
2005年11月22日当天挂号的病人全部免费，或当天挂号者中的49位免费。
@H3 | 2、“与一院相伴，和健康同行”慰问活动：
慰问2005年11月22日当天住院、出院、住院满49天以及仍在本院住院的病、患者
""",
    ),
    dict(
        name="fresh22_05_company_mid_autumn_staff_party_plan",
        source="https://lovfp.com/dongshi/rbbbh/y1ABqDkage",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", numbering=None,
                  tables=[dict(rows=[["开始时间", "结束时间", "节目安排", "备注"],
                                     ["9月19日下午5:40", "", "准时举行员工联欢活动", ""],
                                     ["5:40", "5:45", "由公司领导x里进行发言", ""],
                                     ["5:45", "5:50", "由公司领导x里进行发言", ""],
                                     ["5:50", "6:30", "员工畅谈", "伴食品、点心"],
                                     ["6:30", "8:00", "游戏环节", ""],
                                     ["8:00", "8:25", "放飞孔明灯、写明信片", ""],
                                     ["8:25", "8:30", "组织员工安全离场", ""]])]),
        notes=["Word file: typed numbers, direct formatting; the programme under 六、活动流程 as a real four-column "
               "table with separate 开始时间 and 结束时间 columns: each row is one line, cells joined by U+3000, "
               "empty cells skipped (the first row has no end time and no remark).",
               "A company's union (无锡) staff Mid-Autumn party; no title in view (title null). The page's programme "
               "is a flattened table '时间 节目安排 备注' with ranges '5:40-5:45'; the writer's table splits each "
               "range into start and end. The masked leader name 'x里' is kept as the page has it.",
               "The programme's time slots are optional phases placed on their table rows (a one-day programme); "
               "the party time under 四、活动时间 is the optional overall period. The page gives 9月25日 there and "
               "9月19日 in the programme; both kept.",
               "The staff-role line (总策划… with the names left blank) is a body line; the page ends inside "
               "（1）活动目的."],
        units=["无锡工会"],
        extra_phases=[
            dict(at="员工联欢活动：9月25日", name="员工联欢活动", start_text="9月25日下午5:40", end_text="8:30"),
            dict(at="9月19日下午5:40　", name="员工联欢活动", start_text="9月19日下午5:40", end_text=None),
            dict(at="5:40　5:45　", name="公司领导发言", start_text="5:40", end_text="5:45"),
            dict(at="5:45　5:50　", name="公司领导发言", start_text="5:45", end_text="5:50"),
            dict(at="5:50　6:30　", name="员工畅谈", start_text="5:50", end_text="6:30"),
            dict(at="6:30　8:00　", name="游戏环节", start_text="6:30", end_text="8:00"),
            dict(at="8:00　8:25　", name="放飞孔明灯、写明信片", start_text="8:00", end_text="8:25"),
            dict(at="8:25　8:30　", name="组织员工安全离场", start_text="8:25", end_text="8:30"),
        ],
        text="""\
@H1 sec=background | 一、活动背景：
20xx年上半年，我司经营与管理工作时间紧、任务重，机遇与挑战并存。中秋佳节来临之际，我司按上级组织精神，结合公司实际，组织开展“花好月圆人团圆，欢度中秋心连心”活动，这也是对职工进行人文关怀、培养团队精神的契机。
@H1 sec=goals alt=guidance | 二、活动目的：
公司员工多数离家在外，我司无锡工会希望借中秋联欢活跃节日气氛，丰富员工业余生活，增强凝聚力和归属感，锻炼大家的组织、表演等能力，也体现公司对职工的关怀和社会责任感。
@H1 sec=other | 三、活动主题：
花好月圆人团圆·欢度中秋心连心
@H1 sec=phases alt=other | 四、活动时间：
员工联欢活动：9月25日下午5:40-8:30
@H1 sec=other | 五、活动地点：
员工联欢活动：物业公司一层会议室，活跃节日气氛，和谐公司发展；
梅园百龙灯会活动：梅园，寄乡思，抒情怀；
@H1 sec=phases | 六、活动流程：
开始时间　结束时间　节目安排　备注
9月19日下午5:40　准时举行员工联欢活动
5:40　5:45　由公司领导x里进行发言
5:45　5:50　由公司领导x里进行发言
5:50　6:30　员工畅谈　伴食品、点心
6:30　8:00　游戏环节
8:00　8:25　放飞孔明灯、写明信片
8:25　8:30　组织员工安全离场
此次活动总策划：；总协调：；活动宣传：；人员组织：；会场安排：；礼品发放：；安全事宜：
其中说明：
@I2 | （1）活动目的：
整个活动力求“安全、融
""",
    ),
    dict(
        name="fresh22_06_company_union_annual_activity_plan",
        source="http://www.tyusoft.com/jxfw/202506/138364.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="cn", numbering=None, blank_after=[36],
                  tables=[dict(rows=[["项目", "预算金额（元）", "备注"],
                                     ["运动会物资采购", "2,000", "包括奖品、器材、饮用水等"],
                                     ["文艺晚会场地及布置", "3,000", "含音响、灯光、舞台布置"],
                                     ["户外拓展费用", "5,000", "含交通、保险、教练费"],
                                     ["生日会物资", "1,50", ""]])]),
        notes=["Word file: headings in the styles \"标题 1\" (一、…) and \"标题 2\" (the numbered activities 1. …) with "
               "their numbers typed; the goal items 1. … in Normal; the budget under 五、经费预算 as a real "
               "three-column table (the page shows it as a text table '| 项目 | … |'); the last row is cut on the "
               "page ('1,50') and its remark cell is empty.",
               "A company union's annual activity plan (2025); no title in view (title null). The page's '- ' "
               "bullets before the 时间/地点/项目 lines were dropped (plain paragraphs in the Word file).",
               "The dated activities under 四、活动内容及安排 are the phases (2025年4月中旬, 2025年6月, 2025年8月, "
               "2025年9月; dates on the line after each heading); 4. 员工生日会 (每月一次) has no date and no phase; "
               "'活动时间：2025年4月—10月（分阶段开展）' is the optional overall period."],
        units=[],
        extra_phases=[dict(at="活动时间：2025年4月—10月", name="活动时间", start_text="2025年4月", end_text="10月")],
        text="""\
为丰富职工文化生活，增强团队凝聚力和归属感，激发员工工作热情与创造力，根据公司实际，制定本年度工会活动方案及预算计划，通过形式多样的文体活动营造团结和谐的企业氛围。
@H1 sec=goals alt=guidance | 一、活动目的
@I2 | 1. 增强员工之间的沟通与协作，提升团队凝聚力；
@I2 | 2. 营造健康向上的企业文化氛围；
@I2 | 3. 缓解工作压力，提高员工幸福感和满意度；
@I2 | 4. 展现企业关怀，体现对员工的重视与支持。
@H1 sec=other | 二、活动主题
“同心同行·共创未来”
@H1 sec=phases alt=other | 三、活动时间与地点
活动时间：2025年4月—10月（分阶段开展）
活动地点：公司内部会议室、户外活动基地、周边公园等
@H1 sec=phases alt=goals | 四、活动内容及安排
@H2 phase=春季趣味运动会;2025年4月中旬; | 1. 春季趣味运动会
时间：2025年4月中旬
项目：拔河比赛、接力赛、跳绳挑战、趣味投篮等
参与对象：全体在职员工
目的：增强体能，促进交流，活跃气氛
@H2 phase=文艺晚会;2025年6月; | 2. 文艺晚会
时间：2025年6月
员工自编自演歌舞、小品、朗诵等节目，舞台表演与互动环节结合，展示员工才艺。
@H2 phase=户外拓展活动;2025年8月; | 3. 户外拓展活动
时间：2025年8月
地点：郊外拓展基地
开展团队合作项目、定向越野和野外生存训练，提升协作与抗压能力。
@H2 | 4. 员工生日会
时间：每月一次
集体庆祝，分享蛋糕，开展小游戏，增强员工归属感。
@H2 phase=健康讲座与体检活动;2025年9月; | 5. 健康讲座与体检活动
时间：2025年9月
邀请医生开展健康知识讲座，组织员工体检，关注员工身心健康。
@H1 sec=other alt=measures | 五、经费预算
项目　预算金额（元）　备注
运动会物资采购　2,000　包括奖品、器材、饮用水等
文艺晚会场地及布置　3,000　含音响、灯光、舞台布置
户外拓展费用　5,000　含交通、保险、教练费
生日会物资　1,50
""",
    ),
    dict(
        name="fresh22_07_primary_school_mid_autumn_activity_plan",
        source="http://350xue.com/fanwen/qihuafangan1/9130082.html",
        doc_kind="activity_plan", partial=False,
        docx=dict(style="direct", numbering=None, blank_after=[1, 15], right=["天心区新天小学大队部"]),
        notes=["Word file: typed numbers and direct formatting, style Normal; the issuer '天心区新天小学大队部' "
               "right-aligned under the plan (a signature line, not labelled); the page shows no date under it.",
               "A primary school Young Pioneer brigade's Mid-Autumn plan; the site's breadcrumb, view count, tags "
               "and review line were dropped. The page is complete (partial false).",
               "Top-level numbering is mixed as on the page: '一.', '二、', '三.'; the spaces inside '赏明月 寄深情' "
               "are kept as ideographic spaces. 1.校内活动： and 2.校外活动： are level 2; the （1）… lines "
               "('（1）宣传。') are level-3 headings with their bodies on the next line.",
               "三.…活动时间： gives the overall period 20xx年9月8日——9月15日 (optional phase)."],
        units=["天心区新天小学大队部"],
        extra_phases=[dict(at="20xx年9月8日——9月15日", name="活动时间", start_text="20xx年9月8日", end_text="9月15日")],
        text="""\
@T | 学校中秋活动方案
@H1 sec=goals alt=guidance | 一.赏明月　寄深情活动目的：
借中秋节这一传统佳节，以“美好传统文化，多彩民俗风情”为主题，让学生了解农历八月十五中秋节的来历、传说和民间庆祝方式，传承民族文化，弘扬民族精神。
@H1 sec=goals alt=other | 二、赏明月　寄深情活动内容：
@H2 | 1.校内活动：
@H3 | （1）宣传。
周一升旗仪式上以“中秋月　寄深情”为主题作国旗下讲话，开展宣传。
@H3 | （2）主题队会。
周二以班队为单位举行主题演讲比赛（结合推谱周活动），推选优秀者由学校表彰。
@H3 | （3）创意抒情。
校内设一面“寄情”墙，学生把想对同学、亲人、老师和长辈说的话写在纸上贴到墙上。
@H3 | （4）撰写美文。
以“美好传统节日，多彩民俗风情”为主题写观察日记、节日游记或阅读体验，各班选出佳作向《小学生导刊》投稿。
@H2 | 2.校外活动：
延续“快乐体验”志愿者活动，少先队小组在老师带领下为社区孤寡老人和贫困家庭送月饼、送温暖。
@H1 sec=phases alt=other | 三.赏明月　寄深情活动时间：
20xx年9月8日——9月15日
天心区新天小学大队部
""",
    ),
    dict(
        name="fresh22_08_community_end_of_summer_activity_plan",
        source="https://m.zixin.com.cn/doc/9636967.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="cn", numbering=None, blank_after=[1],
                  tables=[dict(rows=[["时间", "安排"],
                                     ["14:00 - 14:30", "活动开幕式"],
                                     ["14:30 - 16:00", "吉祥物模拟体验、环保科普游戏、植物绿化"],
                                     ["16:00 - 17:30", "食品嘉年华、舞蹈表演、互动游戏"],
                                     ["17:30 - 18:30", "晚会表演"],
                                     ["18:30 - 19:00", "活动闭幕式"]])]),
        notes=["Word file: the unnumbered headings (活动背景, 活动时间和地点, …) in the style \"标题 1\" and the numbered "
               "activities (1. 吉祥物模拟体验 …) in \"标题 2\", numbers typed; the programme under 活动安排 as a real "
               "two-column table (时间 | 安排), one line per row; the page's bullets '• ' before the programme and "
               "the 注意事项 lines were dropped (table rows and plain paragraphs in the Word file).",
               "A community's 处暑 activity plan (no writer named). Every heading is an unnumbered label; the four "
               "1.-4. activities are level 2.",
               "The programme's time slots are optional phases on their table rows (a one-afternoon programme); "
               "8月25日 from 下午2:00 to 晚上7:00 is the optional overall period.",
               "The page ends inside 活动总结 ('取得了圆满成')."],
        units=[],
        extra_phases=[
            dict(at="本次活动计划于8月25日", name="处暑文化活动", start_text="8月25日", end_text="晚上7:00"),
            dict(at="14:00 - 14:30　", name="活动开幕式", start_text="14:00", end_text="14:30"),
            dict(at="14:30 - 16:00　", name="吉祥物模拟体验、环保科普游戏、植物绿化", start_text="14:30", end_text="16:00"),
            dict(at="16:00 - 17:30　", name="食品嘉年华、舞蹈表演、互动游戏", start_text="16:00", end_text="17:30"),
            dict(at="17:30 - 18:30　", name="晚会表演", start_text="17:30", end_text="18:30"),
            dict(at="18:30 - 19:00　", name="活动闭幕式", start_text="18:30", end_text="19:00"),
        ],
        text="""\
@T | 社区处暑活动方案
@H1 sec=background | 活动背景
为丰富居民业余文化生活，推动社区文化建设，社区计划举办一次处暑文化活动，帮助居民消解暑热、增加交往、丰富生活。
@H1 sec=phases alt=other | 活动时间和地点
本次活动计划于8月25日在社区公园举行，下午2:00开始，晚上7:00结束，共计5小时。
@H1 sec=goals alt=other | 活动内容
活动主题为“绿色环保、欢乐同行”，内容包括：
@H2 | 1. 吉祥物模拟体验
现场设吉祥物模拟器，让居民在体验中了解吉祥物的意义，增加活动的趣味和互动。
@H2 | 2. 净化空气，绿化环保
现场分类回收废纸、塑料瓶和纸箱，并摆放多盆植物，向居民介绍植物净化空气的作用。
@H2 | 3. 食品嘉年华
为庆祝丰收，现场供应糖葫芦、爆米花、棉花糖等节日食品。
@H2 | 4. 表演与互动环节
安排舞蹈、歌曲、小品等节目，并设“猜谜语”“猜歌名”“才艺大赛”等互动环节。
@H1 sec=phases | 活动安排
时间　安排
14:00 - 14:30　活动开幕式
14:30 - 16:00　吉祥物模拟体验、环保科普游戏、植物绿化
16:00 - 17:30　食品嘉年华、舞蹈表演、互动游戏
17:30 - 18:30　晚会表演
18:30 - 19:00　活动闭幕式
@H1 sec=other alt=requirements | 注意事项
居民须佩戴口罩，测量体温后方可进入活动区域。
遵守现场秩序，不得违规操作或损坏设备。
注意人身安全，遇到意外及时告知工作人员。
@H1 sec=other alt=achievements | 活动总结
本次处暑文化活动主题明确，内容丰富，居民参与热情高，取得了圆满成
""",
    ),
    dict(
        name="fresh22_09_district_health_commission_halfyear_summary",
        source="https://51gongwen.com/doc/409072.html",
        doc_kind="summary", doc_kind_alt=["report"], partial=True,
        docx=dict(style="direct", numbering="multi", levels={"一、": 0, "1.": 1}, footer=True, blank_after=[1]),
        notes=["Word file: automatic multi-level list numbering with numPr on each paragraph (一、 level 0 and 1. "
               "level 1 of one list; lvlText '%1、' and '%2.'), direct run formatting, a footer with a PAGE field.",
               "A district health commission's half-year summary and second-half plan ('X区' masked on the page); "
               "the page's tag line '标签: #工作总结' was dropped. The page runs the title, 一、 and 1. together; "
               "they were put on their own lines.",
               "1. and 2. are run-in headings cut at the first '。'; the '一是…二是…' points stay inside 2.'s paragraph "
               "(not labelled). The page ends inside 2."],
        units=[],
        text="""\
@T | X区卫生健康委员会2024年上半年工作总结及下半年工作计划
@H1 sec=achievements | 一、上半年工作总结
@H2 | 1.医改工作。加快构建分级诊疗格局，小病在基层就医、大病不出区的目标基本实现；23家基层医疗机构分别与市一院、二院等合作，组建普外、内分泌等专科联盟12个。
@H2 | 2.基层卫生工作。一是推进基层卫生综合试验区建设，在座谈研讨基础上出台试验区工作计划，推动古寨、韩桥、凌桥、棉花4个卫生院与刘老庄、赵集、码头、老张集单位整合。二是推进区域医疗卫生中心建设，在农村区域性医疗卫生中心基本达到二级医院服务能力标准的基础上，区政府把区域医疗中心十大功能中心建设列入民生实事。南陈集、渔沟、丁集、刘老庄四个单位根据
""",
    ),
    dict(
        name="fresh22_10_district_community_upgrade_scheme",
        source="https://m.pinggu.org/bbs/thread-14545037-1-1.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", numbering=None, blank_after=[1],
                  joins=[("1、召开全区", 3)]),
        notes=["Word file: typed numbers, direct formatting, the unnumbered headings bold; the three numbered tasks "
               "under （一） are ONE Word paragraph whose parts are separated by soft line breaks (Shift+Enter): each "
               "part after a break starts with a number ('2、', '3、'), so each is a line of its own in the .txt.",
               "A district's scheme for upgrading its communities (posted on a forum; the '附件列表' debris was "
               "dropped). 目标任务 and 方法步骤 are unnumbered level-1 headings, as on the page.",
               "The dated stage （一）宣传发动阶段（6月19日—6月22日） is the phase; the 1、-3、 tasks under it are items. "
               "The page ends inside 3、 ('因地制宜，制定 ...')."],
        units=[],
        text="""\
@T | 居委精品社区改建方案
为加快我区社区建设步伐、提升社区建设水平，依据区委、区政府《关于进一步加强社区建设的实施意见》，制订本工作方案。
@H1 sec=goals | 目标任务
2012年，全区按照“一年创精品、两年见成效、三年全覆盖”的目标和“三年内对所有社区高标准改造提升”的要求，结合大警务室建设，完成10个城市社区、5个农村社区办公服务用房的硬件改造和管理服务的软件升级，重点打造一个国家级、两个省级、三个市级示范社区。
@H1 sec=phases | 方法步骤
@H2 phase=宣传发动阶段;6月19日;6月22日 | （一）宣传发动阶段（6月19日—6月22日）
@I3 | 1、召开全区加强社区建设工作动员大会，安排部署全区社区建设工作；
@I3 | 2、搞好宣传发动。多种方式宣传动员会精神，统一思想、层层发动，调动社会各界参与社区建设的积极性。
@I3 | 3、层层制定实施方案。乡、各街道、各社区和各成员单位对照区委、区政府《关于进一步加强社区建设的实施意见》以及《××区标准化示范社区建设工作指导标准（试行）》和《××区标准化示范社区建设工作评估标准和细则》，因地制宜，制定
""",
    ),
    dict(
        name="fresh22_11_city_disabled_employment_action_scheme",
        source="http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="cn", numbering=None, footer=True, blank_after=[1, 6],
                  right=["东阳市人民政府办公室", "2023年3月13日"],
                  joins=[("东阳市人民政府办公室", 2)]),
        notes=["Word file: headings in the styles \"标题 1\" (一、) and \"标题 2\" (（一）), numbers typed; the signature "
               "block right-aligned: the issuer and the date are ONE Word paragraph with a soft line break between "
               "them, and since the part after the break starts with a date it is a line of its own in the .txt; a "
               "footer with a PAGE field.",
               "A city government office's notice issuing a disabled-employment action scheme; the portal's date "
               "and visit-count line were dropped. Title is the notice title (line 1); the addressee, the notice "
               "body, the signature, the date, '（此件公开发布）' and the scheme's own title (line 7) are not "
               "labelled. The page shows no 文号, so the Word file has no 版头.",
               "（一） is a run-in heading cut at the first '。'; the page ends inside its body ('残疾人工作委员会成员单')."],
        units=[],
        text="""\
@T | 东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案（2023—2025年）》的通知
各镇、乡人民政府，各街道办事处，市政府各部门：
《东阳市促进残疾人就业行动实施方案（2023—2025年）》已经市政府同意，现予印发，请结合实际抓好落实。
东阳市人民政府办公室
2023年3月13日
（此件公开发布）
东阳市促进残疾人就业行动实施方案（2023—2025年）
为落实浙江省和金华市促进残疾人就业行动方案（浙政办发〔2022〕59号、金政办发〔2022〕50号）的要求，依据《东阳市残疾人事业发展“十四五”规划》，制定本实施方案。
@H1 sec=goals | 一、总体目标
围绕“扩中”“提低”，以全市就业年龄段的7600多名持证残疾人为主要对象，健全就业促进机制，落实就业创业扶持政策，加强职业技能培训、就业服务和困难残疾人就业兜底保障。到2025年，全市新增残疾人就业800人以上，开展残疾人职业技能培训1300人次以上，新增残疾人公益性岗位70个以上，劳动年龄段持证残疾人就业率达60%以上，有就业意愿的应届残疾人大学生就业率达100%。
@H1 sec=measures alt=goals | 二、主要措施
@H2 | （一）实施机关、事业单位带头安置残疾人就业行动。残疾人工作委员会成员单
""",
    ),
    dict(
        name="fresh22_12_primary_school_reading_festival_plan",
        source="https://www.xiaomilidoc.com/p-13885133.html",
        doc_kind="activity_plan", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="direct", numbering="multi", levels={"一、": 0, "1、": 1}),
        notes=["Word file: automatic list numbering with numPr on each paragraph (一、 level 0 with lvlText '%1、', "
               "1、 level 1 with lvlText '%2、'); the stage line 第一阶段：… is a typed paragraph outside the list, and "
               "the 1、 tasks under it restart because 七、 (level 0) came before them; direct run formatting.",
               "A primary school's first reading festival plan, the first sample of a collection page (collection "
               "title and blurb dropped; title null). The page's text is synonym-spun in places ('广阔师生', "
               "'进展智力', '素养教育'); the labelled lines keep it as the page has it. The page's PDF spacing "
               "('10 月 16 日') was removed and its broken dash 'DD' in the period was restored as '——'.",
               "The dated stage 第一阶段：启动阶段（10月16日-10月23日） is the phase; 六、活动时间 gives the optional "
               "overall period. The slogans of 四、 are body lines. The page ends inside task 4 of the first stage."],
        units=["校长室", "教导处", "大队部"],
        extra_phases=[dict(at="10月16日——11月20日", name="活动时间", start_text="10月16日", end_text="11月20日")],
        text="""\
@H1 sec=guidance | 一、活动宗旨：
读书使人明智、使人高尚。为深化素养教育、营造浓郁的读书氛围，学校决定举办首届校园读书节，激发师生的读书兴趣，让每一位师生亲近书本、喜爱读书、学会读书，享受阅读的欢乐。
@H1 sec=goals | 二、活动目标：
@I2 | 1、通过活动，激发师生读书热情，使师生养成多读书，读好书，会读书的习惯，
@I2 | 2、使广阔师生借优秀诗文诵读的平台，更新知识，进展智力，开阔视野，为终生学习进展奠基。
@I2 | 3、通过活动，大力推动书香班级，书香校园建设，彰显我校素养教育的办学特色。
@H1 sec=other | 三、活动主题：
文化桥小、书香校园
@H1 sec=other | 四、活动口号：
与书同行，收获桥小满园书香
读好书、习美德、立良行
汲取知识力量，建设美好凤桥
开卷有益，为生命加钙补锌
腹有诗书气自华
与经典为友，为精神打底；与博览同行，为人生奠基。
@H1 sec=responsibilities | 五、活动组织：
校长室、教导处、大队部
@H1 sec=phases alt=other | 六、活动时间：
10月16日——11月20日（其中老师活动时间延至期末结束）
@H1 sec=phases | 七、活动安排（分三个阶段）
@H2 phase=启动阶段;10月16日;10月23日 | 第一阶段：启动阶段（10月16日-10月23日）
@I3 | 1、营造书香浓郁的读书氛围。做好环境布置，挂好条幅，出好班级黑板报，布置校园和教室，让校园充满书香。
@I3 | 2、读书节开幕式（国旗下讲话）
@I3 | 3、发放“读书卡”
@I3 | 4、调查学生拥有图书和阅读的情况，完善班级图书角的建设；班班有图书角，并取好名称（富有童趣、有班级个性等），各班
""",
    ),
]
