# -*- coding: utf-8 -*-
"""The seventy-third held-out fresh set: WORD FILES SAVED BY LIBREOFFICE.  Nine real Chinese
实施方案 / 工作方案 of a county (greening-model inspection), a city education bureau (civilised
city), a township (straw-burning ban), a county (控辍保学), a town (illegal buildings), a
subdistrict (straw-burning ban), a town (fire-safety inspection), a township (housing
inspection) and a primary school (civilised campus), with 职责分工 / 组织机构 sections, dated
实施步骤 and work groups.  Each is present twice: NAME.txt + NAME.labels.json as in the other
sets, and NAME.docx, the same document as a writer would have it in Word, written as a flat ODF
text file (.fodt) by _build/make_docx.py and converted by LibreOffice (soffice --headless
--convert-to docx:"MS Word 2007 XML").  fresh_build/check_docx.py re-reads every .docx and
asserts that its displayed text equals NAME.txt line by line.  Found as stored public web
pages with the `search` tool's `pages` corpus (log in notes_queries.txt).  None of the source
pages is a source of another set (see /work/fresh73/_excl_all.lst).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets (see corpus_fresh24's README):
- Only the part of the page that the store returned is represented; nothing after the visible
  part was invented.  Site boilerplate and web debris were dropped: a Word file would not
  carry them.
- Heading, title and item lines keep the source's numbering, wording and punctuation;
  full-width punctuation restored from the store's NFKC text.  Every body paragraph is
  rewritten in our own words and shortened; dates, figures, unit and place names and the
  source's masking are kept; personal names dropped.

Each document's `docx` entry says how its Word file is made (see make_docx.py):
  style    'outline'  labelled headings whose numbering class is in `outline` are in
                      LibreOffice's Heading 1/2 styles numbered by the OUTLINE numbering;
           'headings' labelled headings in Heading 1/2/3 by level, numbers typed;
           'direct'   paragraphs in automatic styles, headings bold, numbers typed;
  lists    {class: level}: labelled lines of that class get AUTOMATIC list numbering;
           with a level-0 class the document is ONE multi-level list;
  tables   those .txt lines are the rows of a real table (cells split at U+3000; `cells`
           gives the rows with merges, None = continuation of a vertical merge);
  footer: a footer with a PAGE field;  blank_after: line numbers followed by an empty paragraph.

Marker syntax: see fresh_build/build.py.
"""

I = "\u3000"

FRESH73_DOCS = [
    dict(
        name="fresh73_01_county_greening_model_inspection_scheme",
        source="http://828857.com/article/xzgaoshou/gongzhuo/200810/148283.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="direct", lists={"一、": 0, "（一）": 1}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): ONE automatic multi-level list on plain paragraphs (一、 at list level 1, "
               "（一） at level 2; numFmt taiwaneseCountingThousand, lvlText '%1、' and '（%2）', suffix nothing), the "
               "three run-in stage paragraphs continuing it; title centred; an empty paragraph after the title; a "
               "footer with a PAGE field.",
               "A county's (大足县, Chongqing) scheme for the inspection year of its 全国绿化模范县 bid, from a "
               "document site that serves it in traditional characters (its machine conversion); the Word file is "
               "in simplified characters, as the writer's draft was. The site's 导语 and posting date were dropped. "
               "The store ends inside the third stage (…做好迎检).",
               "The three stages are run-in headings with their dates in brackets and are phases; the masked year "
               "'**年' is kept in the start dates. The page's '~' (NFKC of ～) restored as ～. 一、分阶段实施迎检工作目标 "
               "is a phases section (goals accepted). 8月31日前 inside stage two is a deadline, not a phase. "
               "No unit is named as responsible (各级各部门、各职能组 only; the 重庆市绿化委员会 and the 全国绿化委员会 "
               "receive the application)."],
        units=[],
        text="""\
@T | 全国绿化模范县迎检实施方案
**年是我县创建全国绿化模范县的迎检之年。为保证创建工作顺利推进、一次成功，依照《大足县人民政府关于创建全国绿化模范县的实施意见》和全国绿化模范县创建标准，结合工作实际，制定大足县创建全国绿化模范县迎检实施方案。
@H1 sec=phases alt=goals | 一、分阶段实施迎检工作目标
@H2 phase=宣传动员自查阶段;**年4月;7月中旬 | （一）宣传动员自查阶段（**年4月～7月中旬）。制定实施方案，召开创建联席会、新闻发布会和迎检动员大会，分解创建目标任务（见附件），对照全国绿化模范县评选条件开展自查，形成政府牵头、部门尽责、全民动手、共同创建的局面。
@H2 phase=任务落实阶段;**年7月下旬;8月 | （二）任务落实阶段（**年7月下旬～8月）。各级各部门和各职能组按照方案落实各项目标任务，达到创建标准；依照《全国绿化评比表彰活动实施办法》（全绿委字〔2002〕8号）向重庆市绿化委员会报送申报材料，经资格审查和预检合格后，于**年8月31日前报全国绿化委员会。
@H2 phase=评审验收阶段;**年9月;12月 | （三）评审验收阶段（**年9月～12月）。加大综合执法力度，巩固创建成果，完成创建工作总结，做好迎检
"""),
    dict(
        name="fresh73_02_city_education_bureau_civilised_city_scheme",
        source="http://www.fsou.net/html/text/lar/170223/17022396_1.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="headings", footer=True),
        notes=["Word file (LibreOffice): labelled headings in Heading 1 (四、 五、) and Heading 2 (the four run-in "
               "stages （一）-（四） and the run-in 一是 / 二是), numbers typed, the outline numbering without a number "
               "format; no title (the page starts inside the steps section); a footer with a PAGE field.",
               "A city education bureau's (宁波市教育局) scheme for the new round of the national civilised-city "
               "bid. The store shows page 1 from inside the steps: the section heading above （一）-（四） (三、…) and "
               "the title are not visible, so the four stages have no parent: level 2 (四、 and 五、 are level 1 "
               "beside them), level 1 accepted. The store ends inside 二是 (…营造人人养成文明习惯).",
               "The four stages are phases with their bracketed dates: 5月中下旬 (a start with no end), 5月下旬 to "
               "6月2日前, 6月 and 7月. '6月15前' (no 日) in stage three is a deadline, kept as written. 四、组织机构 "
               "lists 组长, 副组长, sixteen 成员 and a 联络员 by name: the names were dropped and the list was "
               "summarised in the body line (no key-value lines remain).",
               "一是 / 二是 are run-in requirement headings under 五、工作要求 (level 2), their text cut at the first "
               "full stop. Units: 市教育局 and its leading group."],
        units=["市教育局", "新一轮全国文明城市创建工作领导小组"],
        text="""\
@H2 lvlalt=1 sec=phases phase=深入发动阶段;5月中下旬; | （一）深入发动阶段（5月中下旬）。建立领导机构和工作班子，细化工作任务，明确职责分工；召开动员大会，统一干部和师生的思想，使大家支持创建、参与创建。
@H2 lvlalt=1 sec=phases phase=材料准备阶段;5月下旬;6月2日前 | （二）材料准备阶段（5月下旬至6月2日前）。依照《宁波市创建新一轮全国文明城市责任分解表》，做好市教育局所承担项目材料的收集、整理和归档。
@H2 lvlalt=1 sec=phases phase=迎接省检查阶段;6月; | （三）迎接省检查阶段（6月）。对照考核标准完成材料的最后整理，6月15前配合浙江省文明城市工作组做好检查。
@H2 lvlalt=1 sec=phases phase=迎接全国检查阶段;7月; | （四）迎接全国检查阶段（7月）。根据省里检查的情况查漏补缺，7月中旬配合全国文明城市工作组做好检查。
@H1 sec=responsibilities | 四、组织机构
为保证教育系统的文明城市创建工作有效开展，市教育局成立新一轮全国文明城市创建工作领导小组，设组长、副组长各一名，成员十六名，另设联络员一名，由成员兼任。
@H1 sec=requirements | 五、工作要求
创建新一轮全国文明城市是宁波城市建设发展的重要内容，也是实现“六大提升”、建设现代化国际港口城市的有效途径。教育系统要按照“巩固、拓展、深化、提高”的方针，抓住重点、攻克难点、补齐弱点、做出亮点，推动创建工作实现新的跨越。
@H2 | 一是要坚持以人为本原则，在坚持为师生办实事、办好事上下功夫。把创建当作民心工程，从师生的日常工作和生活抓起，让创建的过程成为服务师生的过程，提高教师对创建工作的满意度。
@H2 | 二是要深入开展主题教育，在引导师生广泛参与、共建共享上下功夫。广泛开展社会主义核心价值体系宣传教育和社会实践活动，提高师生文化素质，营造人人养成文明习惯
"""),
    dict(
        name="fresh73_03_township_straw_burning_ban_scheme",
        source="https://taowenge.com/p-45647406.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, footer=True, blank_after=[1]),
        extra_phases=[dict(at="二、重点禁烧时段", name="重点禁烧时段", start_text="2014年10月",
                           end_text="2015年3月底")],
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 paragraphs numbered by LibreOffice's outline "
               "numbering (numPr in the Heading 1 style, lvlText '%1、', number not typed); the 职责分工 lines of the "
               "units are plain body paragraphs; an empty paragraph after the title; a footer with a PAGE field.",
               "A township's autumn-winter scheme banning straw and grass burning (2014-2015), from a "
               "document-sharing site: its title line (2022年 prefix and '.doc'), member lines and chunk markers "
               "('1、' before the title, '2、' splitting 负 / 责人) were dropped. The slogan “不点一把火，一冒一股烟” "
               "keeps the page's 一冒. The store ends inside the police station's line (派出所负责对不).",
               "二、重点禁烧时段 is a phases heading (other accepted) whose period is the next line "
               "(2014年10月至2015年3月底): an optional overall period. The unit lines under 三、职责分工 (农业办…, "
               "企管站…, 派出所…) start with the unit's name, no marker and no colon: body lines, not labelled; the "
               "units are 各村 and the three offices."],
        units=["各村", "农业办", "企管站", "派出所"],
        text="""\
@T | 秋冬季禁止秸秆焚烧烧荒工作实施方案
为做好2014年秋冬季全乡禁止秸秆焚烧、烧荒工作，保护生态环境，防治大气污染，维护群众的环境权益和生命财产安全，根据县委、县政府办公室有关通知的要求，结合我乡实际，制定本方案。
@H1 sec=goals | 一、工作目标和任务
在全乡范围内全面禁止焚烧秸秆和烧荒（含焚烧生活垃圾，下同），做到“不点一把火，一冒一股烟”；不因焚烧秸秆、烧荒造成群众生命财产重大损失，也不因此引发重大交通安全事故。
@H1 sec=phases alt=other | 二、重点禁烧时段
2014年10月至2015年3月底。
@H1 sec=responsibilities | 三、职责分工
按照“属地管理、源头控制”的原则，各村是禁止秸秆焚烧、烧荒工作的责任主体，村主要负责人是第一责任人，对本村禁烧工作负总责。各村要层层签订禁烧责任状，实行“乡镇督导、村为主、户联防”的网格化管理，落实“定专人、定职责、定区域、定岗位、定要求”，做到全覆盖、全程监管。
各村要组织精干力量，配齐工具设备，实行全天候驻守、巡查和值班；apec会议等重要时段，省道沿线等重点区域实行24小时巡查，发现焚烧秸秆、烧荒行为立即处置，确保万无一失。
农业办积极推广农作物秸秆综合利用，拓宽秸秆综合利用的渠道。
企管站做好禁止秸秆焚烧、烧荒的现场检查工作。
派出所负责对不
"""),
    dict(
        name="fresh73_04_county_dropout_control_scheme",
        source="http://edu.inmoke.com/zhongxue/26600.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="direct"),
        notes=["Word file (LibreOffice): direct formatting only, numbers typed, headings bold; the key-value lines "
               "of the leading group keep the writer's typed alignment spaces ('组  长：', '成  员：', two spaces, "
               "written as text:s); no title, no footer.",
               "A county's 控辍保学 (dropout control) scheme from an education-news site; the site's posting line "
               "(time, source, 采集插件) was dropped. The page shows no title: the text starts with the opening "
               "paragraph. The store ends inside the member list (县教育局局长).",
               "The key-value lines of the leading group (组  长：县委副书记、县政府县长 …, and the continuation line "
               "县教育局局长) are body lines, not labelled. The 3月份 / 9月份 宣传月 inside 二、工作目标 are recurring "
               "campaign months, not phases. Unit: the leading group the scheme sets up."],
        units=["控辍保学工作领导小组"],
        text="""\
为切实保障适龄儿童少年接受义务教育的权利，严格控制义务教育阶段学生辍学，依据《义务教育法》《未成年人保护法》等法律法规和省、州控辍保学会议及文件精神，提高各乡（镇）人民政府、有关部门和全县中小学校对控辍保学重要性、紧迫性的认识，加强领导，明确职责，确保全面完成控辍保学各项目标任务，结合我县实际，特制定本方案。
@H1 sec=guidance | 一、指导思想
以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，从打赢脱贫攻坚战和依法保障群众根本利益的高度认识控辍保学的意义，依法保障适龄少儿接受九年义务教育，动员全社会参与，提高入学率、巩固率，降低辍学率，推进义务教育均衡发展。
@H1 sec=goals | 二、工作目标
深入开展控辍保学，保证每一名适龄少儿接受完整、公平、有质量的义务教育，办好3月份和9月份“控辍保学”宣传月活动。确保全县小学适龄儿童入学率达99%以上、适龄少年入学率达98%以上，小学辍学率控制在0.5%以内、初中阶段辍学率控制在1.2%以内，九年义务教育巩固率达95%以上，三类残疾儿童少年入学率达90%以上，进城务工人员随迁适龄少儿100%进入学校就读。
@H1 sec=responsibilities | 三、组织机构
为明确和落实控辍保学的法律责任，加强对控辍保学工作的领导，成立控辍保学工作领导小组。
组  长：县委副书记、县政府县长
副组长：县政府副县长
成  员：县委宣传部部长
县教育局局长
"""),
    dict(
        name="fresh73_05_town_illegal_building_cleanup_scheme",
        source="http://jiaoxue.anslib.com/gongzuofangan/656639.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="outline", outline={"一、": 1, "（一）": 2}, footer=True),
        notes=["Word file (LibreOffice): 一、 is a Heading 1 paragraph and the work groups （一）/（二） Heading 2 "
               "paragraphs, numbered by LibreOffice's outline numbering (numPr in the Heading styles, lvlText "
               "'%1、' and '（%2）', numbers not typed); key-value lines and the duties are plain paragraphs; a footer "
               "with a PAGE field; no title.",
               "A town's (旧州镇) scheme for clearing illegal buildings and 私搭乱建, the first sample of a collection "
               "titled 乡镇自建房排查整治工作方案 (a title that does not fit the sample, so no title line). The "
               "collection's lead text and the sample number were dropped, and so were the web form debris "
               "'（一）窗体顶端' (a duplicate line before （一）工作宣传组) and '窗体底端'. The store ends inside the "
               "second group's duties (工作职责：明确责任人员，落).",
               "组长： / 副组长： / 成员： are empty on the page (names stripped by the site), kept empty; the office "
               "holders named in the body were dropped. The key-value lines and the '工作职责：…' paragraphs are "
               "body, not labelled (fields of each group, like 组长). '时间要求：20xx年6月1-长期坚持' at the end of the "
               "first group's duties is the group's working time, not a stage: no phase.",
               "The work groups （一）/（二） are level-2 headings under 一、组织领导 (responsibilities). Units: the "
               "office's host (镇征拆办) and the two groups."],
        units=["镇征拆办", "工作宣传组", "摸底排查组"],
        text="""\
为落实生态宜居和乡村振兴的总体要求，在全镇范围内开展违法建筑和私搭乱建清理整治，维护群众的合法权益，巩固前期集中整治的成果，营造整洁优美、安全文明、管理有序的居住环境，制定本方案。
@H1 sec=responsibilities | 一、组织领导
为加强组织领导，全面推动旧州镇违法建筑和私搭乱建整治工作，成立工作领导小组，组成人员如下：
组长：
副组长：
领导小组下设八个工作组，办公室设在镇征拆办，办公室主任、副主任由专人担任，人员从相关股室抽调，负责拆除工作的综合协调、文稿起草和领导小组交办的其他事务。
@H2 | （一）工作宣传组
组长：
成员：
工作职责：采取动态宣传和定点宣传相结合的方式，通过车载播放、悬挂横幅、召开院坝会等形式，有步骤、有重点、分层次地向居民宣传法律法规和清理整治工作；对私搭乱建多发的村（居）派专人驻点宣传，争取群众的理解、支持和参与。时间要求：20xx年6月1-长期坚持
@H2 | （二）摸底排查组
组长：
成员：
工作职责：明确责任人员，落
"""),
    dict(
        name="fresh73_06_subdistrict_straw_burning_ban_scheme",
        source="https://m.wenke99.com/p-10108589.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="headings", lists={"1.": 1}, footer=True, blank_after=[1]),
        extra_phases=[dict(at="1.从20xx年10月至2021年5月", name="禁烧期", start_text="20xx年10月",
                           end_text="2021年5月")],
        notes=["Word file (LibreOffice): 一、-三、 in Heading 1 and （一） in Heading 2, numbers typed (outline "
               "numbering without a number format); the two goals 1. / 2. are an AUTOMATIC list (lvlText '%1.', "
               "suffix nothing, number not typed); an empty paragraph after the title; a footer with a PAGE field.",
               "A subdistrict's (我街, with villages and 行政屯) autumn-winter straw-burning ban scheme, first sample "
               "of a two-sample collection (sample number '1' after the title and the collection title dropped). "
               "The page's PDF spaces inside the dates ('从 20xx 年 10 月至 2021 年 5 月', '75%') were removed, as "
               "the Word draft would not have them; '以.生态文明思想' (a name dropped by the site) is inside a "
               "rewritten body. The store ends inside （一） (…上报街道秸秆禁烧工作领).",
               "The goals 1. / 2. are items (goal statements); the ban period 20xx年10月 to 2021年5月 in goal 1 is an "
               "optional overall period. 三、主要任务 is goals (measures accepted); （一） is a run-in heading."],
        units=["各村"],
        text="""\
@T | 秋冬季秸秆禁烧工作方案
为做好农作物秸秆禁烧和秸秆离田工作，进一步改善秋冬季空气环境质量，坚决打赢蓝天保卫战，制定本工作方案。
@H1 sec=guidance | 一、总体要求
以生态文明思想为指引，全面落实市打赢蓝天保卫战三年行动计划实施方案，强化秸秆露天禁烧管控，压紧压实禁烧责任，完善工作机制，加强网格化监管，严格考核问责，努力改善我街秋冬季环境空气质量。
@H1 sec=goals | 二、工作目标
@I2 | 1.从20xx年10月至2021年5月，我街作为秸秆禁烧区，在全街范围内对农作物秸秆实行全面禁烧，做到不烧一把火、不冒一处烟、不留一块黑，力争实现零火点。
@I2 | 2.大力推广秸秆还田保护性耕作、秸秆栽培食用菌、秸秆青贮等综合利用技术，全街农作物秸秆综合利用率达到75%以上。
@H1 sec=goals alt=measures | 三、主要任务
@H2 | （一）建立完善网格化监管机制。各村以行政屯为单位划定秸秆禁烧网格，明确网格长和监管队伍，落实监管责任，做到每块耕地都有人管、监管不留盲区；网格划定、网格长和监管队伍的确定情况以清单形式上报街道秸秆禁烧工作领
"""),
    dict(
        name="fresh73_07_town_fire_safety_inspection_scheme",
        source="https://www.bookm.cn/content/00df0c72.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="direct", footer=True, blank_after=[1],
                  tables=[dict(first="组长" + I + "xxx（党委书记）", rows=21, cells=[
                      ["组长", "xxx（党委书记）"],
                      [None, "xxx（党委副书记、镇长）"],
                      ["副组长", "xxx（党委委员）"],
                      [None, "xxx（人大主席）"],
                      [None, "xxx（党委副书记）"],
                      [None, "xxx（党委副书记）"],
                      ["成员", "xxx（党委委员）"],
                      [None, "xxx（党委委员、纪委书记）"],
                      [None, "xxx（组织委员）"],
                      [None, "xxx（党委委员）"],
                      [None, "xxx（副镇长）"],
                      [None, "xxx（人大副主席）"],
                      [None, "xxx（二级主任科员）"],
                      [None, "xxx（党政办主任）"],
                      [None, "xxx（卫生院院长）"],
                      [None, "xxx（中心校校长）"],
                      [None, "xxx（派出所所长）"],
                      [None, "xxx（市监所所长）"],
                      [None, "xxx（财政所所长）"],
                      [None, "xxx（供电所所长）"],
                      [None, "各村党总支书记、村委会主任、村安全生产负责人"]])]),
        notes=["Word file (LibreOffice): direct formatting, numbers typed, headings bold; the leading group is a "
               "real two-column table (post | member) with VERTICAL MERGES: 组长 over 2 rows, 副组长 over 4, 成员 "
               "over 15, so each .txt row after the first of a block is the member cell alone; an empty paragraph "
               "after the title; a footer with a PAGE field.",
               "A town's scheme for a concentrated fire-safety 大排查大整治 action (before the 20th Party Congress), "
               "from a collection page: the collection's title, posting line and lead text were dropped; the title "
               "line is the sample's own title as the page shows it, with the collection word 汇集 dropped "
               "(乡镇开展安全大排查大整治工作方案). The page says 在全县范围内 although the issuer is the town's fire "
               "safety committee; kept. The store ends inside the office's duties (负责应急消防).",
               "The table is the writer's Word rendering of the member list the page shows line by line ('组长:xxx"
               "(党委书记)', '组长:xxx(党委副书记、镇长)', '副组长:…', continuation lines with a name only); the masking "
               "xxx is kept; the two named office members were dropped. Table rows are never labelled.",
               "Units: the issuing committee and the leading group it sets up."],
        units=["镇消防安全委员会", "消防安全领导小组"],
        text="""\
@T | 乡镇开展安全大排查大整治工作方案
为扎实推进安全生产专项整治三年行动巩固提升，强化火灾防控措施，镇消防安全委员会决定在全县范围内开展消防安全大排查大整治集中行动，具体方案如下。
@H1 sec=guidance | 一、总体要求
以习近平新时代中国特色社会主义思想为指导，坚持人民至上、生命至上，立足防风险、遏大火，稳形势、控小火，补短板、固根基，统筹发展和安全，集中消除火灾防控的现实隐患，破解火灾防控瓶颈，推动党委政府领导责任、行业部门监管责任和社会单位主体责任全面落实，为迎接党的二十大胜利召开创造良好的消防安全环境。
@H1 sec=responsibilities | 二、成立消防安全组织
为切实加强对消防安全工作的组织领导，现成立消防安全领导小组。
组长　xxx（党委书记）
xxx（党委副书记、镇长）
副组长　xxx（党委委员）
xxx（人大主席）
xxx（党委副书记）
xxx（党委副书记）
成员　xxx（党委委员）
xxx（党委委员、纪委书记）
xxx（组织委员）
xxx（党委委员）
xxx（副镇长）
xxx（人大副主席）
xxx（二级主任科员）
xxx（党政办主任）
xxx（卫生院院长）
xxx（中心校校长）
xxx（派出所所长）
xxx（市监所所长）
xxx（财政所所长）
xxx（供电所所长）
各村党总支书记、村委会主任、村安全生产负责人
消防安全领导小组下设办公室，由镇党委委员xxx任办公室主任，另有两名工作人员为成员，负责应急消防
"""),
    dict(
        name="fresh73_08_township_housing_inspection_scheme",
        source="https://www.meidekan.com/zuowen/127692814.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="direct", lists={"（一）": 0, "1、": 1, "（1）": 2}, footer=True, blank_after=[1]),
        notes=["Word file (LibreOffice): ONE automatic multi-level list on plain paragraphs (（一） at list level 1, "
               "1、 at level 2, （1） at level 3; lvlText '（%1）', '%2、', '（%3）', suffix nothing; numbers not "
               "typed), continued over the body paragraph after （一）; the （1） level restarts under 2、; an empty "
               "paragraph after the title; a footer with a PAGE field.",
               "A township's scheme for a house-by-house inspection of rural self-built and other buildings (the "
               "first sample, 篇一, of a six-sample collection; the collection title, upload line and lead text "
               "dropped, the sample number dropped from the title). The visible part starts with the opening "
               "paragraph and goes straight to （一）排查范围: no 一、 is shown, so （一） is level 1 (level 2 "
               "accepted), as in dev03. The store ends inside the last （1）-level line (…用作出租和其他生产、经营用途的).",
               "The four deadlines in the opening paragraph (20xx年12月底前 … 20xx年10月底前) are deadlines of the "
               "whole task, not named stages: no phases. 1、农村自建房。主要包括： and 2、非自建房。主要包括： are "
               "level-2 headings (category titles); the （1）/（2） definitions are items. （一）排查范围 is goals "
               "(other accepted). No responsible unit is named."],
        units=[],
        text="""\
@T | 乡镇大排查大整治工作方案
按照省、市、县的指示精神和谁拥有谁负责、谁使用谁负责、谁主管谁负责的原则，边排查、边整治，以用作经营的农村自建房为重点，在全镇开展农村危旧房屋拉网式排查，及时完成农村危房的排查建档、房屋鉴定和治理改造。20xx年12月底前完成用作经营的农村自建房排查登记，20xx年1月底前全面完成排查登记，20xx年4月底前全面完成鉴定，20xx年10月底前全面完成排查出的各类隐患整治。
@H1 lvlalt=2 sec=goals alt=other | （一）排查范围
本镇行政区域内的全部房屋，分农村自建房和非自建房两类，全面摸清房屋的建造年代、结构类型、建造方式等基本情况，建立农村房屋档案和房屋综合信息管理平台。
@H2 | 1、农村自建房。主要包括：
@I3 | （1）自住农村自建房。指主要用于自住的农村自建房，含闲置的农村自建房。
@I3 | （2）用作经营的农村自建房。指把原有自建住房改变用途，用于生产、经营的房屋。
@H2 | 2、非自建房。主要包括：
@I3 | （1）公共管理和服务用房。指农村集体所有或租用的公共管理和公共服务用房，以及相关部门、行业系统、企事业单位所有或租用的同类房屋。
@I3 | （2）生产、经营用的非自建房。指非农村自建房屋所有权人建设的、用作出租和其他生产、经营用途的
"""),
    dict(
        name="fresh73_09_primary_school_civilised_campus_scheme",
        source="http://m.xcreativ.com/fangan/2900184.html",
        doc_kind="scheme", partial=True,
        docx=dict(style="outline", outline={"一、": 1}, footer=True, blank_after=[1],
                  tables=[dict(first="一年级师生" + I, rows=3)]),
        notes=["Word file (LibreOffice): 一、-三、 are Heading 1 paragraphs numbered by LibreOffice's outline "
               "numbering (numPr in the Heading 1 style, number not typed); the grades' cleaning and supervision "
               "areas are a real two-column table (grade | area), one .txt line per row; an empty paragraph after "
               "the title; a footer with a PAGE field.",
               "A primary school's (五联小学) civilised-campus scheme from a site that serves it in traditional "
               "characters (machine conversion); the Word file is in simplified characters. The site's title adds "
               "简短 (dropped) and a 导语 (dropped). The page's 一、指导思想 starts with a damaged sentence (创文明校园”"
               "这一主题); the body is rewritten. The store ends inside the third grade's area (…舞台前（西至文).",
               "The table is the writer's Word rendering of the lines '一年级师生：负责…；' the page shows (the colon "
               "became the column break, the trailing ；dropped); table rows are never labelled. The key-value "
               "lines of the leading group (组长：（党支部书记、校长） …) and the continuation lines in brackets are "
               "body lines; '各班主任和科任教师：' is a lead-in to the table, not labelled.",
               "Units: the leading group and the three grades named with their areas."],
        units=["文明校园创建工作领导小组", "一年级师生", "二年级师生", "三年级师生"],
        text="""\
@T | 文明校园创建工作方案
@H1 sec=guidance | 一、指导思想
围绕“创文明校园”这一主题，深入开展文明校园创建，坚持用社会主义核心价值体系塑造人、培养人，营造有利于青少年健康成长的学习和生活环境，不断提升师生文明素质和校园文明程度，为推进五联经济、政治、文化、社会和生态文明建设出力。
@H1 sec=goals | 二、工作目标
以培育和践行社会主义核心价值观为根本，坚持以师生为中心的工作导向和“利民、惠民、为民、靠民”的创建原则，对照省市区《文明校园创建指标体系》《教师职业道德规范》《小学生守则》《未成年人思想道德建设工作测评体系》的有关指标和上级要求，以“双达标”“双提升”为重点，通过宣传教育和主题活动丰富创建内容、拓展创建领域、提升创建效果，圆满完成各项任务。
@H1 sec=responsibilities | 三、组织机构
五联小学成立文明校园创建工作领导小组：
组长：（党支部书记、校长）
副组长：（教导主任）
组员：（总务负责人）
（功能室负责人、安全管理员）
（宣传员、教研员、网络教室管理员）
（女工委员、团队辅导员）
各班主任和科任教师：
一年级师生　负责烟堆山、网络教室、家长学校卫生清扫和宣传栏监管
二年级师生　负责校门里外卫生清扫和宣传栏监管
三年级师生　负责舞台及舞台前（西至文
"""),
]
