# -*- coding: utf-8 -*-
"""The ninety-first held-out fresh set: WORD FILES SAVED BY LIBREOFFICE, focus on the
职责分工 / 组织领导 part of 实施方案, 工作方案 and 活动方案: 领导小组 and 工作小组 with
组长 / 副组长 / 成员 lines, 牵头单位 / 责任单位 lines, duties of each work group over several
paragraphs and numbered duty lists.  Nine real documents: a town chamber of commerce's
re-election celebration, a provincial campaign office's general group, a central primary
school's union New Year games (with a real grouping table), a sub-district's Lantern
Festival series, a district bureau's 爱国卫生月 scheme, a city's 全民健身日 plan, a village's
appearance rectification scheme, a residential garden's lantern-riddle evening and a city
government service centre's Expo theme activity.  Each document is present twice: NAME.txt +
NAME.labels.json as in the other sets, and NAME.docx, written as a flat ODF text file (.fodt)
by _build/make_docx.py (copied from corpus_fresh81) and converted by LibreOffice
(soffice --headless --convert-to docx:"MS Word 2007 XML").  Found as stored public web pages
with the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the source pages
is a source of another set (see /work/fresh91/_excl_all.lst and used_sources.tsv).
HELD OUT: never tune an importer on these documents; score totals only.

Derived like the earlier Word sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the visible
  part was invented.  Site boilerplate and web debris were dropped: a Word file would not carry them.
- Heading, title and item lines keep the source's numbering, wording and punctuation; full-width
  punctuation restored from the store's NFKC text; traditional-character pages (01, 05, 06, 07)
  are given in simplified characters, as the writer's draft was.  Every body paragraph is
  rewritten in our own words and shortened; dates, figures, unit and place names and the
  source's masking (x, xx, XX, zz, A-O, 20xx, 月日) are kept.  Personal names were dropped:
  where a 组长 / 成员 line named a person, the name is replaced by ××× (01, 05, 09), as a writer's
  template shows it.
- Table rows are never labelled (not headings, not items).

`docx` entry (see make_docx.py): style 'outline' | 'headings' | 'direct'; lists {class: level};
tables [dict(first=..., rows=n, cells=...)]; footer; blank_after; right.
Marker syntax: see fresh_build/build.py.
"""

I = "\u3000"

FRESH91_DOCS = [
    dict(
        name="fresh91_01_town_chamber_of_commerce_reelection_celebration_plan",
        source="http://www.tmdps.cn/a14/201905157/d687098d883e3f28.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 and the （一） under 三、 a Heading 2 paragraph, both "
               "numbered by LibreOffice's OUTLINE numbering (numPr in the Heading styles, lvlText '%1、' and '（%2）', "
               "numbers not typed). The four （一）-（四） goal statements under 一、 are plain paragraphs with typed "
               "numbers. Title centred, an empty paragraph after it, a footer with a PAGE field.",
               "The first sample of a collection page (traditional characters, given in simplified ones): a town "
               "chamber of commerce's plan for its fifth re-election celebration and gala (古镇镇, 灯都). The sample "
               "number ('第一篇：') was dropped.",
               "一、工作目标 holds four statements （一）-（四）, labelled items (goals). 二、工作机构 names the 工作小组; "
               "its 组长 / 副组长 / 成员 line is a key-value body line; the page names a person in every slot, replaced "
               "by ×××. 三、具体工作安排 (goals, responsibilities accepted: each task names its 负责人) holds the heading "
               "'（一）活动会场企业方队的安排（负责人：… 时间3月28日-4月15前）。', whose bracket the page breaks over three "
               "lines (names, then the time): one paragraph here. The time window of a task is not a phase.",
               "The page ends inside the requirement sentence ('…遵守会场纪律，不要')."],
        units=["商会换届庆典活动工作小组"],
        text="""\
@T | 古镇镇商会换届庆典活动方案
为办好我镇第五届商会换届庆典暨大型文艺晚会，保证整个活动“按时、按质、按量”完成，结合本镇实际，特拟定本庆典活动方案。
@H1 sec=goals | 一、工作目标
@I2 | （一）严格按活动要求做好商会换届选举，安排好换届会员大会、理事会就职典礼和大型文艺晚会，在规定时限内完成全部换届庆典工作。
@I2 | （二）规范商会领导职务安排，明确职能定位，加强沟通交流，把新一届班子建成团结、务实、有活力的领导集体，展示古镇商会的形象和风采。
@I2 | （三）明确责任，加强对具体分工的监督管理，健全秘书处工作制度和商会财务监管，形成长效机制，使秘书处成为高效、务实的办事执行机构。
@I2 | （四）推进古镇商会文化、灯都文化和行业文化建设，宣传我会的发展成就和企业家的创业经历，推动建成“和谐商会、特色商会和品牌商会”。
@H1 sec=responsibilities | 二、工作机构
为高标准、高规格、高档次地按时完成这次活动，根据活动需要，成立商会换届庆典活动工作小组。
组 长：××× 副组长：×××
成 员：×××、×××、×××、×××、×××、×××、×××、×××、×××
@H1 sec=goals alt=responsibilities | 三、具体工作安排
@H2 text=（一）活动会场企业方队的安排（负责人：×××、×××、×××、×××~时间3月28日-4月15前） | （一）活动会场企业方队的安排（负责人：×××、×××、×××、××× 时间3月28日-4月15前）。
为使庆典场面更有气势，商会组织会员企业2500人，先由副会长以上企业落实，组成方队坐在体育场左右两侧看台；参加的企业统一穿本企业厂服，可制作宣传横幅一条。要求：参会企业人员自行解决饮水和用餐，并遵守会场纪律，不要
""",
    ),
    dict(
        name="fresh91_02_province_campaign_office_general_group_work_scheme",
        source="http://wh.cnhubei.com/xw/zt/2012xxsbd/201304/t2530567.shtml",
        doc_kind="scheme", doc_kind_alt=["plan"], partial=True,
        docx=dict(style="outline", outline={"一、": 1}, lists={"1、": 1}, footer=True, blank_after=[3]),
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 paragraphs numbered by the OUTLINE numbering (numPr in "
               "the Heading 1 style, lvlText '%1、', numbers not typed); the eight duties 1、-8、 under 二、 are an "
               "AUTOMATIC one-level list (lvlText '%1、', suffix nothing). Title over three centred paragraphs as the "
               "page sets it (the campaign's name, the office's 综合组, '工作 方 案' with the page's spaces), an empty "
               "paragraph after them, a footer with a PAGE field.",
               "The work scheme of the general group (综合组) of a provincial campaign office (湖北, 2013), from a "
               "news site's special pages. Title = the three lines joined, spaces removed.",
               "二、工作职责 is the group's duty list: the lead-in '…综合组的主要职责：' is a body line, the eight duties "
               "are items (responsibilities), kept in the page's wording. 三、工作任务 (goals) names three steps "
               "(宣传发动、推进实施、总结提升) inside a sentence, with no dates and no heading of their own: not labelled "
               "as phases. The page ends mid-sentence ('…综合组主')."],
        units=["领导小组办公室综合组"],
        text="""\
@T | 省委“学习贯彻十八大、争创发展新业绩”
@T | 主题实践活动领导小组办公室综合组
@T | 工作 方 案
为落实省委“学习贯彻十八大、争创发展新业绩”主题实践活动领导小组办公室的部署，组织协调各专项活动的牵头单位、责任单位，统筹办公室宣传组、督导组的工作，保证领导小组办公室各项工作有条不紊，综合组制定本工作方案。
@H1 sec=guidance | 一、指导思想
学习领会省委开展“学创”主题实践活动的精神和部署，在领导小组办公室领导下，依靠各专项活动牵头单位、责任单位和宣传组、督导组，围绕“领会精神实质、牢记职责使命、把握历史机遇、再创发展佳绩”的总体目标，做好办公室的综合协调、督导服务、典型宣传和日常运转。
@H1 sec=responsibilities | 二、工作职责
“学创”活动领导小组办公室综合组的主要职责：
@I2 | 1、负责办公室日常工作。
@I2 | 2、起草省委领导、领导小组及办公室领导有关活动的讲话稿。
@I2 | 3、起草领导小组及办公室的文件。
@I2 | 4、整理和起草全省开展活动的综合情况和报告。
@I2 | 5、负责制定活动推进计划。
@I2 | 6、负责领导小组和办公室各项活动及会议的组织服务工作。
@I2 | 7、编发活动《简报》。
@I2 | 8、完成领导小组及办公室交办的其他工作任务。
@H1 sec=goals | 三、工作任务
按照省委“学创”工作领导小组的统一部署，围绕学习贯彻十八大精神、推进“五个湖北”建设、党的群众路线教育实践活动、“三抓一促”活动和基层服务型党组织建设四项活动，分宣传发动、推进实施、总结提升三个步骤进行。按照这一总体部署，综合组主
""",
    ),
    dict(
        name="fresh91_03_central_primary_school_union_new_year_games_plan",
        source="http://6dgww.com/Article/4417199.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", lists={"1、": 0, "（1）": 1}, blank_after=[1],
                  tables=[dict(first="组别" + I + "组员", rows=5,
                               cells=[["组别", "组员", "组长"],
                                      ["第一组", "第一办公室及zz", ""],
                                      ["第二组", "第二办公室及zz", ""],
                                      ["第三组", "第三办公室及zz", ""],
                                      ["第四组", "校长室、教导处、安保处、总务处z", ""]])]),
        extra_phases=[dict(at="（3）比赛时间", name="比赛时间", start_text="2016年1月18日下午15:20", end_text=None)],
        notes=["Word file (LibreOffice): direct formatting only; the unnumbered label headings are bold paragraphs; "
               "1、 and （1） under 活动安排 are ONE automatic two-level list (lvlText '%1、' and '（%2）', numbers not "
               "typed). The 分组名单 is a REAL TABLE (组别 | 组员 | 组长, a header row and four groups) as on the page, "
               "whose flattened cells run '组别 组员 组长 第一组第一办公室及zz …'; the 组长 cells are empty (the page "
               "shows no separate 组长 entry), so each group row is two cells. Title centred, an empty paragraph after "
               "it, no footer.",
               "A central primary school union's New Year games for its 60 staff (墟黄中心小学, 2016). The page's "
               "second copy of the title, its '(未完，全文共1299字，当前显示388字)' notice and reading hint were dropped. "
               "'zz' is the page's own masking of names.",
               "The four responsibility lines '活动组织领导：校长室、工会：zz' … '活动裁判组：校长室、综合组：zz' are "
               "unnumbered label headings (responsibilities, level 1; texts set by hand to the label), like 主办单位; "
               "活动分组：… (other) and 活动安排： (goals, phases accepted) are label headings too. Under 活动安排 the "
               "events 1、 are level-2 headings, their （1） 比赛办法 / 规则说明 / 比赛时间、地点 level-3 headings. The time "
               "of the relay is an optional phase (a time slot). The page ends at '2、羽毛球大赛。'."],
        units=["校长室", "工会", "教导处", "总务处", "综合组"],
        text="""\
@T | 墟黄中心小学工会“欢度新年”活动方案
为丰富教师的业余生活，增强团队合作精神，学校工会根据广大教师的意愿组织以下活动，具体方案如下：
@H1 sec=responsibilities text=活动组织领导 | 活动组织领导：校长室、工会：zz
@H1 sec=responsibilities text=活动组织策划 | 活动组织策划：教导处：zz
@H1 sec=responsibilities text=活动后勤保障 | 活动后勤保障：总务处：zz
@H1 sec=responsibilities text=活动裁判组 | 活动裁判组：校长室、综合组：zz
@H1 sec=other | 活动分组：全校60名教职工按办公室、教研组、年级组等分为4组，每组15人。分组名单如下：
组别　组员　组长
第一组　第一办公室及zz
第二组　第二办公室及zz
第三组　第三办公室及zz
第四组　校长室、教导处、安保处、总务处z
@H1 sec=goals alt=phases text=活动安排 | 活动安排：
@H2 | 1、60米夹球往返跑接力赛。
@H3 | （1）比赛办法。每组推荐男选手2名、女选手4名，夹带2只皮球进行60米往返接力，用时最少的组获胜。
@H3 | （2）规则说明。球中途掉落的，在掉落处重新夹好后继续比赛。
@H3 | （3）比赛时间、地点：2016年1月18日下午15:20，田径场。
@H2 | 2、羽毛球大赛。
""",
    ),
    dict(
        name="fresh91_04_subdistrict_lantern_festival_activity_plan",
        source="http://ixindu.com/dictionary/d4097161.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2, "1、": 3}, lists={"（1）": 1}, footer=True),
        notes=["Word file (LibreOffice): 一、, （一）（二） and the four work groups 1、-4、 are Heading 1/2/3 paragraphs "
               "numbered by the OUTLINE numbering (numPr in the Heading styles, lvlText '%1、', '（%2）', '%3、', "
               "numbers not typed); the duty lines （1）（2）… of each group are an AUTOMATIC one-level list that "
               "restarts in every group (a new list each time). No title (the store starts at 一、), no empty "
               "paragraph, a footer with a PAGE field.",
               "A sub-district's (文新街道) organisation plan for its Lantern Festival series, from a dictionary-style "
               "page whose 标题 field ('社区元宵节活动方案') and blurb were dropped: the document shows no title line "
               "of its own, so title is null. The page's inline link text '(迎新晚会策划书)' after （二）'s heading "
               "was dropped (web debris).",
               "The page runs each group together ('组长：x 成员：xx 职责分工：(1)…(2)…'); it is split into the writer's "
               "paragraphs: 组长：x / 成员：x (key-value body lines), the lead-in '职责分工：' (body) and the duty items "
               "（1）… (level 4, responsibilities). For 3、后勤保障组 the single duty follows '职责分工：' on the same line "
               "(body). The leading group's members are key-value body lines under （一）. Everything is "
               "responsibilities: the whole visible part is 一、组织保障. The page ends inside 4、's first duty "
               "('…制定并实施春节')."],
        units=["街道党政办", "街道文化站", "街道综治信访科", "派出所", "街道经济发展科", "交警中队", "街道城管城建科",
               "社会事务科"],
        text="""\
@H1 sec=responsibilities | 一、组织保障
街道成立文新街道20xx年元宵灯会活动领导小组，由街道主要领导任组长，各科室（站）负责人和社区主任为成员单位，下设办公室及活动协调组、安全保卫组、后勤保障组、游园现场活动组四个专门工作组。
@H2 | （一）文新街道20xx年元宵节系列活动领导小组成员名单如下：
组长：x
常务副组长：x
副组长：x
成员：x
领导小组办公室主任由xx兼任，副主任由xx兼任（办公室联系人：x，联系电话：xxx）。
@H2 | （二）各工作组负责人名单及职责分工如下：
@H3 | 1、活动协调组
组长：x
成员：xx
职责分工：
@I4 | （1）街道党政办负责系列活动的宣传报道，协调各科室，排出元宵活动值班表，组织小型工程招投标。
@I4 | （2）街道文化站负责制订系列活动总体方案，指导各社区开展庆祝活动，完成区元宵灯会领导小组布置的工作。
@H3 | 2、安全保卫组
组长：x
成员：x
职责分工：
@I4 | （1）街道综治信访科和派出所负责制定安全保卫工作方案，灯会期间维护活动现场的安全秩序。
@I4 | （2）街道经济发展科负责系列活动期间的消防安全。
@I4 | （3）交警中队负责系列活动期间的交通疏导。
@H3 | 3、后勤保障组
组长：x
成员：x
职责分工：街道城管城建科负责系列活动期间的卫生保洁工作。
@H3 | 4、游园现场组织组
组长：x
成员：x
职责分工：
@I4 | （1）社会事务科负责指导各社区制定并实施春节
""",
    ),
    dict(
        name="fresh91_05_district_labour_bureau_patriotic_health_month_scheme",
        source="http://004km.cn/a4/2019051215/0337a32ad8e0263c.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        docx=dict(style="headings", footer=True, blank_after=[3]),
        notes=["Word file (LibreOffice): 一、-三、 in Heading 1 and （一）（二）, 1、 2、 in Heading 2, numbers typed "
               "(outline numbering without a number format). The document number line stands above the two-line "
               "title (centred), an empty paragraph after the title, a footer with a PAGE field.",
               "A district human resources and social security bureau's scheme for the 2010 爱国卫生月 (嘉陵区, "
               "嘉人劳发[2010]36号, square brackets as on the page), the first sample of a collection page "
               "(traditional characters, given in simplified ones; the sample number '第一篇：' and the collection "
               "title were dropped). Title = the bureau line + the scheme line. The addressee line keeps the page's "
               "form without a colon.",
               "二、成立领导小组 (responsibilities) holds three key-value lines (组长 / 副组长 / 成员); the page names six "
               "persons, replaced by ×××. （一）总体思路。… and （二）总体要求。… are run-in headings under 一、 (guidance); "
               "1、 2、 under 三、活动安排 are run-in activity headings (goals, measures accepted). The page ends inside "
               "2、 ('…组织全体干')."],
        units=[],
        text="""\
嘉人劳发[2010]36号
@T | 嘉陵区人事劳动和社会保障局
@T | 关于开展爱国卫生月活动的实施方案
局各股室及下属各二级单位
2010年4月是我国第二十二个爱国卫生活动月。为把我区创建国家卫生城市工作推向深入，增强全体干部职工的城市意识、环保意识和公德意识，营造良好舆论氛围，特制定本实施方案。
@H1 sec=guidance | 一、总体思路及要求
@H2 | （一）总体思路。围绕创建“卫生城市”2010年工作目标，发动全局干部职工解决大家关心的公共卫生问题，清除“四害”孳生地，改善单位环境卫生，提高管理水平和职工生活质量，夯实爱国卫生和城市管理基础工作，提升嘉陵形象。
@H2 | （二）总体要求。以多种形式开展健康教育和环境综合治理，宣传改善人居环境、创建卫生城市的目的和意义，引导干部职工遵守爱国卫生和城市管理规章、养成良好卫生习惯，形成人人支持创卫、个个参与创卫的局面。
@H1 sec=responsibilities | 二、成立领导小组
组长：×××
副组长：×××、×××
成员：×××、×××、×××
@H1 sec=goals alt=measures | 三、活动安排
@H2 | 1、开展宣传活动。准备好相关资料，在区爱卫办统一领导下到设定的宣传点发放，全面宣传创卫工作。
@H2 | 2、开展义务劳动。在牵头单位的组织下，组织全体干
""",
    ),
    dict(
        name="fresh91_06_city_national_fitness_day_activity_plan",
        source="http://xxmh431.com/jihua/gzds/568128.html",
        doc_kind="activity_plan", doc_kind_alt=["plan", "scheme"], partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, lists={"（一）": 1}, footer=True),
        extra_phases=[dict(at="（一）时间：", name="活动时间", start_text="年月日上午", end_text=None)],
        notes=["Word file (LibreOffice): 一、-六、 are Heading 1 paragraphs and '（一）宣传报道组' a Heading 2 paragraph, "
               "numbered by the OUTLINE numbering (lvlText '%1、' and '（%2）', numbers not typed); the （一）-（三） and "
               "（一）-（四） items under 四、 and 五、 are AUTOMATIC one-level lists with Chinese numbers (lvlText '（%1）'), "
               "restarting under each heading; the duty '1.' and the sub-duties ① ② are typed. No title (the store "
               "starts at 一、), a footer with a PAGE field.",
               "A city's plan for 全民健身日 (迎省运, 强体魄) from a sample page (traditional characters, given in "
               "simplified ones) whose text is machine-spun: the slogan '体育造福人人人人共享体育', the group names "
               "平安捍卫组 / 医疗保证组 and the blank dates '年月日上午', '月日至月日' are kept as the page has them. The "
               "site blurb was dropped; no title line.",
               "六、组织机构 (responsibilities) names the 领导小组 by position (组长：市政府副市长 …, 成员：略, one "
               "key-value body line) and its five groups; under （一）宣传报道组 the page gives '责任单位：…' (key-value body "
               "line, the units) and the lead-in '工作职责：' (body), then the duty '1.…' (item, level 3) and its ① ② "
               "(items, level 4). 四、活动时间、地点 (phases, other accepted) holds three items; its '（一）时间：年月日上午' is "
               "an optional period with the blank date kept. 五、活动内容 items are the parts of the day (goals, phases "
               "accepted). The page ends inside ②."],
        units=["市委宣传部", "日报社", "市广电局"],
        text="""\
@H1 sec=guidance | 一、指导思想
在活动现场用宣传展板、标语横幅和宣传口号展示全民健身日的意义和建国以来全市群众体育的丰硕成果，并借助广播、电视、报纸、网络等平台广泛宣传，为全民健身日活动营造良好的舆论氛围。
@H1 sec=other | 二、活动主题
体育造福人人人人共享体育。
@H1 sec=other | 三、参与人员
市四套班子主要领导及分管体育工作的领导，市直各单位负责人，全市各单项（行业）体育协会主席、秘书长及相关表演队伍。
@H1 sec=phases alt=other | 四、活动时间、地点
@I2 | （一）时间：年月日上午
@I2 | （二）市区主会场：市人民公园
@I2 | （三）县、市分会场：时间与市区主会场同步。
@H1 sec=goals alt=phases | 五、活动内容
@I2 | （一）启动仪式
@I2 | （二）市全民健身活动效果展览
@I2 | （三）国民体质监测及体育健身指导
@I2 | （四）健身展示太极拳、全健排舞等20项全民健身活动展示。现场另有篮球、网球、羽毛球等小型赛事，具体安排见附件1。
@H1 sec=responsibilities | 六、组织机构
为确保本次活动顺利进行，成立市“迎省运、强体魄、庆祝全民健身日”活动工作领导小组，组成人员如下：
组长：市政府副市长，副组长：市政府副秘书长、市体育局局长，成员：略
领导小组下设宣传报道组、活动安排组、平安捍卫组、场地组及医疗保证组。
@H2 | （一）宣传报道组
责任单位：市委宣传部、日报社、市广电局
工作职责：
@I3 | 1.负责全民健身日活动相关报道
@I4 | ①市级各报刊从月日至月日刊登我市群众体育发展成果的图片和文章，相关内容由市体育局提供；
@I4 | ②市电视台从月日至月日播放全民健身宣传片，内容由市电视台在以前全民健身
""",
    ),
    dict(
        name="fresh91_07_village_appearance_rectification_scheme",
        source="http://004km.cn/a1/3f0fd00aba0ba42b.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="direct", lists={"1、": 1}, blank_after=[2]),
        notes=["Word file (LibreOffice): direct formatting only, headings 一、-三、 typed and bold; the two 1、 2、 "
               "task areas under 三、 are an AUTOMATIC one-level list (lvlText '%1、'). The leading group's members "
               "stand one per paragraph under '成员：XX', as the page lists them ('XX' on its own lines); '组  长：XX' "
               "keeps two typed spaces where the page breaks '组' / '长'. Title over two centred paragraphs (the page "
               "breaks it after '“百村容貌”'), an empty paragraph after it, no footer.",
               "A town's scheme for one village's '百村容貌' rectification (traditional characters, given in "
               "simplified ones), fully masked (XX村, X组, X人居〔2019〕X). Title = the two lines joined.",
               "二、组织领导小组 (responsibilities): 组长 / 成员 key-value lines, three bare 'XX' member lines and the "
               "group's duties as a body paragraph. 一、重点整治区域 is the scope (other, goals accepted). 1、 2、 under "
               "三、整治内容 are run-in task headings (goals). The page ends inside 2、 ('…提高公共基础设施')."],
        units=[],
        text="""\
@T | XX村“百村容貌”
@T | 整治工作实施方案
为切实改善我镇XX村村容村貌、提升农村人居环境整体水平，按照《XX市农业关于开展“百村容貌”整治村工作的通知》X人居〔2019〕X文件精神，结合XX村区域环境综合治理实际，对整治工作作出具体安排，特制订本方案。
@H1 sec=other alt=goals | 一、重点整治区域
XX村X组XX
@H1 sec=responsibilities | 二、组织领导小组
组  长：XX
成员：XX
XX
XX
XX
领导小组全面负责“百村容貌”整治试点工作，指导、监督XX村的整治，传达贯彻上级指示，布置工作任务，制定整治措施，检查整治进展。
@H1 sec=goals | 三、整治内容
@H2 | 1、环境卫生治理。清理3组内道路两侧、沟渠两岸、林盘及公共地带积存的垃圾、杂物和建筑余料，消除卫生死角，按环卫作业标准配足保洁人员；整治物料乱堆、垃圾乱扔、污水乱倒、乱牵乱挂和乱搭建、乱张贴等现象，引导居民规范摆放农具柴草、按要求晾晒衣物，完善生活垃圾收运体系，形成户集、村收、镇运的运行方式。
@H2 | 2、基础设施治理。在林盘内配置垃圾收集房（桶）和小型垃圾收运车，配齐保洁人员，完善保洁措施；加强管网设施的保护和管理，整修林盘内沟渠，及时更换破损的垃圾收集房（桶）、公告（示）栏等公共设施，提高公共基础设施
""",
    ),
    dict(
        name="fresh91_08_residential_garden_lantern_riddle_activity_plan",
        source="https://m.stra.cn/wenku/assh/WX1lGnmNJr",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="headings", footer=True),
        extra_phases=[dict(at="活动时间", name="活动时间", start_text="20xx年x月x日18:30", end_text="20:30")],
        notes=["Word file (LibreOffice): the section headings in Heading 1 and the 1、-5、 group headings in Heading 2, "
               "numbers typed as the page has them (outline numbering without a number format): '一、 活动时间：' with "
               "the page's space after 、 in 一、-五、 but not from 六、 on, and the page's numbering slips kept (六、 "
               "七、 六、 七、). The duty items （1）… are plain paragraphs with typed numbers. No title (the store starts "
               "at 一、), a footer with a PAGE field.",
               "A residential garden management office's plan for a Lantern Festival riddle evening (花园管理处). The "
               "staff are masked by letters (A … O, 'ABC'), kept. The page's later copy on docduoduo shows a title "
               "('XX花园“灯谜”活动方案'); this page starts at 一、, so title is null.",
               "The focus is 六、人员具体分工 (responsibilities): five groups 1、管理组 … 5、兑奖处： (level 2, "
               "responsibilities), each with duty items （1）… (level 3). '2、维修组 L负责…' runs its heading into the "
               "body without punctuation (text set by hand); '4、保洁员：（安排2名保洁员保洁）' keeps a note in brackets "
               "(text set by hand to '4、保洁员'). '活动结束后，…' after the sixth duty is a body line. The second "
               "'七、明确活动职责：' (responsibilities) opens the duties of the office director; the page ends inside its "
               "first item ('（1）、负责审定活动方'). 六、资源需求 is other (measures accepted), its 1、-3、 items; "
               "'活动物资清单' is a body line naming a list that is not shown.",
               "一、 活动时间 (phases, other accepted): the evening's time '20xx年x月x日18:30~20:30' on the next line is "
               "an optional period."],
        units=["花园管理处", "管理组", "维修组", "安管队"],
        text="""\
@H1 sec=phases alt=other | 一、 活动时间：
20xx年x月x日18:30~20:30
@H1 sec=other | 二、 活动地点：
一期小区中轴线
@H1 sec=responsibilities | 三、 组织单位：
花园管理处
@H1 sec=other | 四、 参与人员：
小区业主、住户
@H1 sec=goals | 五、 活动内容：
举办猜灯谜活动，猜中谜底的可领取精美奖品。
@H1 sec=responsibilities | 六、人员具体分工：
@H2 | 1、管理组
@I3 | （1）整个活动由A负责协调，B协助。
@I3 | （2）负责采购活动物资。
@I3 | （3）兑奖处设在一期北门岗旁，18点前摆好兑奖用的大班桌和奖品。
@I3 | （4）C、D、E、F负责现场布置（挂灯谜、布置兑奖台等），G、H负责清洗水果、摆放饮水机和一次性纸杯等物品，18点前布置完毕；
@I3 | （5）现场煮元宵（7B架空层）：I/J/K共3人；
@I3 | （6）全体工作人员统一穿制服、工服；
活动结束后，协调保洁员清理现场。
@H2 text=2、维修组 | 2、维修组 L负责现场音响和灯光安装，协助布置场地（挂横幅、饰品、灯笼），并播放音乐聚集人气。
@H2 | 3、安管队
@I3 | （1）M负责当天活动的安全防范、现场秩序和布置，提前清理2栋前面、15栋后面停放的车辆，引导行车路线。
@I3 text=（2）18:10起，2名安管员（N、O）在兑奖处旁充气球，免费送给参加活动的小朋友 | （2）18:10起，2名安管员（N、O）在兑奖处旁充气球，免费送给参加活动的小朋友。
@I3 | （3）协助综合组中途悬挂灯谜
@H2 text=4、保洁员 | 4、保洁员：（安排2名保洁员保洁）
@I3 | （1） 保洁员要及时清理游戏现场的垃圾，保持场地整洁。
@H2 | 5、兑奖处：
@I3 | （1）准备一个空纸箱，工作人员（ABC）负责发放奖品（兑奖后将灯谜条撕碎）。
@I3 | （2）猜对灯谜者凭1张灯谜条兑换1份奖品，猜错的灯谜回收备用。
@I3 | （3）在桌前贴上写有“兑奖处”字样的红纸。
@H1 sec=other | 七、兑奖
猜对谜底1张可兑换奖品1份，奖品有圆珠笔、铅笔刨、彩色便签本、小卡通笔记本、橡皮擦、荧光笔、修正液、自动铅笔、大书皮等。
@H1 sec=other alt=measures | 六、资源需求
@I2 | 1、人力需求： 30 人
@I2 | 2、设施设备：音响器材一套、话筒两个
@I2 | 3、活动物资：
活动物资清单
@H1 sec=responsibilities | 七、明确活动职责：
@H2 | 1、管理处主任职责：
@I3 | （1）、负责审定活动方
""",
    ),
    dict(
        name="fresh91_09_city_service_centre_expo_theme_activity_plan",
        source="https://www.renrendoc.com/p-71448447.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="direct", blank_after=[2]),
        notes=["Word file (LibreOffice): direct formatting only, headings typed and bold. Title over two centred "
               "paragraphs ('西安市人民政府政务服务中心' / '2011年4月世园会活动策划方案'), an empty paragraph after it, "
               "no footer.",
               "A city government service centre's plan for an Expo-themed party activity before the 2011 Xi'an "
               "Horticultural Expo opened, from a document-sharing page (its page-image lines, download notice and "
               "copyright line were dropped). The page runs everything together ('…世园会活动策划方案中心领导：2011…'; "
               "'一、领导组织机构为了组织好…'); it is split into the writer's paragraphs. '中心领导：' is the addressee "
               "(body). Title = the two lines joined.",
               "一、领导组织机构 (responsibilities): the 领导小组 and its 办公室 as key-value lines (组  长 / 副组长 / 成  员 "
               "/ 办公室主任 / 成  员, typed spaces for alignment) and the body line '领导小组下设办公室'; the page names "
               "seven persons, replaced by ×××. The next section is numbered '2、 活动主题' on the page (the Chinese "
               "numbering lost after 一、): kept, a level-1 heading (other) with the 1、 class. The visible part ends "
               "with 2、's paragraph."],
        units=["中心“奉献世园、争当先锋”主题活动领导小组"],
        text="""\
@T | 西安市人民政府政务服务中心
@T | 2011年4月世园会活动策划方案
中心领导：
2011西安世界园艺博览会是继2008北京奥运会、2010上海世博会之后我国举办的又一重大国际性活动，也是陕西和西安建国以来承办的规格最高、规模最大的国际盛会。为展现中心干部职工的精神风貌，活跃党组织生活，把支持世园、参与世园、服务世园、奉献世园的使命与全心全意为办事群众服务的理念结合起来，发挥基层党组织的战斗堡垒作用和党员的先锋模范作用，按照省委、市委办好世园会的要求，响应市委创新争优活动领导小组的号召，中心决定在世园会开园前组织全体人员开展“奉献世园、争当先锋”主题活动。
@H1 sec=responsibilities | 一、领导组织机构
为组织好这次活动，成立中心“奉献世园、争当先锋”主题活动领导小组。
组  长：×××
副组长：×××
成  员：×××、×××、×××、×××
领导小组下设办公室
办公室主任：×××
成  员：×××
@H1 sec=other | 2、 活动主题
活动的主题是：奉献世园、争当先锋。活动围绕世园会展开，组织中心全体工作人员参观世园、为世园做奉献，激发党员干部参与、支持、服务、奉献世园的自豪感、光荣感和责任感；并通过学习和竞赛活动增进各部门之间的友谊和服务意识，把学到的知识运用到日常工作中。
""",
    ),
    dict(
        name="fresh91_10_university_class_basketball_league_plan",
        source="https://www.guowenyun.com/jiaoyufanwen/huodongcehua/5973713.html",
        doc_kind="activity_plan", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, footer=True),
        notes=["Word file (LibreOffice): 一、-四、 are Heading 1 paragraphs numbered by the OUTLINE numbering (numPr in "
               "the Heading 1 style, lvlText '%1、', numbers not typed); the unnumbered 承办单位 and 协办单位 are bold "
               "plain paragraphs. The 组织委员会 is a run of key-value paragraphs with typed alignment spaces "
               "('委  员：', '执  行：'), the 执行 members continuing over four further paragraphs of names. No title "
               "(the sample's heading is a collection number), a footer with a PAGE field.",
               "A university's plan for its sixth class basketball league (广西民族大学), the first sample of a "
               "collection page (traditional characters, given in simplified ones); the collection title, the "
               "sample number ('大学活动策划 篇1') and the page's reading counter were dropped. Every person the page "
               "names in 四、组织委员会 (some 40) is replaced by ×××; the referee line, which names no one, is kept.",
               "三、主办单位 is followed by two unnumbered label headings 承办单位 and 协办单位 that the writer left "
               "without numbers: labelled level 2 under 三、 (level 1 accepted, they are the same kind of line as 三、), "
               "responsibilities. 四、组织委员会 (responsibilities) holds only key-value body lines. 一、活动目的 is goals "
               "(guidance accepted); '3月中' inside its body is not a phase. The visible part ends with '工作人员：…'."],
        units=["广西民族大学学生工作处", "共青团广西民族大学委员会", "广西民族大学学生委员会",
               "体育与健康科学学院学生委员会"],
        text="""\
@H1 sec=goals alt=guidance | 一、活动目的
为丰富同学们的校园生活、增强体质、带动校园体育风气、增强班级凝聚力，给同学们提供一个竞技的舞台，广西民族大学学生工作处协同共青团广西民族大学委员会定于3月中开展第六届冠军班级篮球联赛。联赛本着友谊第一、比赛第二的原则，弘扬体育精神，锻炼团队合作精神，展现新时代大学生的朝气和竞技热情，鼓励同学们在学习之余锻炼身体和意志，加强同学之间的交流。
@H1 sec=other | 二、活动名称
广西民族大学第六届冠军班级篮球联赛
@H1 sec=responsibilities | 三、主办单位
广西民族大学学生工作处
共青团广西民族大学委员会
@H2 lvlalt=1 | 承办单位
广西民族大学学生委员会
@H2 lvlalt=1 | 协办单位
体育与健康科学学院学生委员会
@H1 sec=responsibilities | 四、组织委员会
主任委员：××× ×××
副主任委员：××× ×××
委  员：××× ×××
总策划协调：×××
副总协调：×××
协  调：××× ××× ××× ××× ××× ×××
仲裁委员会：××× ××× ××× ×××
裁判长：×××
裁  判：由体育与健康科学学院具备国家二级篮球裁判证书的同学担任
执  行：××× ××× ××× ××× ×××
××× ××× ××× ××× ×××
××× ××× ××× ××× ×××
××× ××× ××× ××× ×××
××× ××× ×××
工作人员：校学生会各委员、理事
""",
    ),
]
