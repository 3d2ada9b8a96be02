# -*- coding: utf-8 -*-
"""The 142nd held-out fresh set: SAFETY schemes and activity plans of townships,
schools and an enterprise project (安全生产月 / 安全生产宣传月, 防汛应急演练,
森林防火宣传, 消防疏散演练) with 活动时间 / 时间安排 / 活动安排 / 演练过程 parts and
dated rows.  Found as stored public web pages with the `search` tool's `pages`
corpus (queries in notes_queries.txt).  None of the source pages is a source of
another set (checked against every exclusion list, used_sources.tsv and label
file under /work/fresh*/ and /work/main/tests/corpus_fresh*/ when the set was built).
HELD OUT: never tune an importer on these documents; score totals only.

Derived exactly like the earlier sets:
- Only the part of the page that the store returned is represented; nothing
  after the visible part was invented.  Site boilerplate and other samples
  of a collection were dropped.
- Heading, title and schedule-row lines keep the source's numbering,
  wording and punctuation; full-width punctuation （）：，； was restored
  from the store's NFKC text (times such as 9:30 keep their colon).
- Every body paragraph is rewritten in our own words and shortened.  Dates,
  figures, unit and place names, slogans and masking are kept.  Personal
  names were dropped.

Marker syntax: see fresh_build/build.py.
"""

FRESH142_DOCS = [
    dict(
        name="fresh142_01_township_flood_drill_scheme",
        source="https://www.wnwk.com/doc/922287.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A township's flood-emergency drill scheme (××镇防汛应急演练方案) from a document-sharing site that "
               "delivered one run-together block with page markers; split into lines at the boundaries the text shows. "
               "The block starts '第1页共8页××镇防汛应急演练方案××镇防汛应急演练方案为…': the page marker is kept as its own "
               "debris line, the site's repeat of the file name was dropped, the document's own title is line 2.",
               "Page markers kept as debris, never labelled: '第1页共8页' (line 1), '第2页共8页' glued to the start of the "
               "body line after 五、综合说明 (in the source it sat between the heading and its body), and '第3页共8页' "
               "inside a speaker line of the drill script.",
               "一、 to 四、 are 'label：value。' lines; the automatic cut gives the label (一、时间 …). The drill's clock "
               "time '××年7月11日上午9:30-10:30' is an optional phase (masked year, a one-morning slot).",
               "六、背景设置 ran straight into '解说员：…' in the store; split into heading and body line. The scenario times "
               "(××年7月8日晚上22时, 11日8时30分) are part of the assumed situation, not phases.",
               "七、参演任务 and its （一）报告汛情 are the drill's course (phases; other accepted). The speaker lines "
               "'副镇长××：…' '指挥长××：…' '解说员：…' are key-value body lines of the script (masked names kept). The "
               "page ends on the fragment '会场', which was dropped.",
               "No dated step is shown: the set's required phases come from other documents."],
        units=["防汛演练指挥部"],
        extra_phases=[
            dict(name="演练时间", start_text="××年7月11日上午9:30", end_text="10:30",
                 at="××年7月11日上午9:30-10:30", optional=True),
        ],
        text="""\
第1页共8页
@T | ××镇防汛应急演练方案
为增强全镇干部群众的防汛抗灾意识，克服麻痹思想，提高减灾救灾能力，确保我镇安全度汛，按照县政府和县防办的要求，经镇党委、政府研究，制定本镇防汛演练方案。
@H1 sec=phases alt=other | 一、时间：××年7月11日上午9:30-10:30。
@H1 sec=other | 二、地点：××村，指挥部设在××村广场。
@H1 sec=responsibilities | 三、组织指挥：镇里成立防汛演练指挥部，由镇长任指挥长、副镇长任副指挥长，统一组织这次演练。
@H1 sec=other | 四、参加人员：请县防汛指挥部领导到场观摩；镇机关全体人员、各村支部书记和村主任、镇直部门负责人共300多人参演。
@H1 sec=background alt=other | 五、综合说明
第2页共8页演练情景为预先假定，依照××镇防汛总体预案和各单位的防汛职责组织实施。
@H1 sec=background alt=other | 六、背景设置
解说员：××水库位于××镇××村上游，平日过往行人较多，汛期还要承担泄洪任务；坝体多年失修，给周边群众留下较大安全隐患。
假设：××年7月8日晚上22时起，××镇全境普降大到暴雨，到11日8时30分水库水位已达最高，坝体有垮塌危险，可能出现重大险情。
镇防汛指挥部据此按总体预案规定报经县防汛总指挥部同意，依程序发布汛情预警，启动1级防汛应急预案响应，处置××水库突发险情。
@H1 sec=phases alt=other | 七、参演任务
@H2 | （一）报告汛情
副镇长××：第3页共8页报告指挥长，接到报告，××水库出现险情。
指挥长××：继续观测××水库，马上开启放水闸门，启动××镇防汛应急预案。
解说员：机关干部到岗到位，紧急通知下游各村转移群众；派出所实行交通管制，不许无关人员进入洪水威胁区；卫生、民政、供电等部门立即派应急工作组赶赴现场抢险。
""",
    ),
    dict(
        name="fresh142_02_town_safety_publicity_month_scheme_notice",
        source="http://nbxinxi.com/a/wuyixian/20210606/292193.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        title_override="泉溪镇2013年“安全生产宣传月”活动实施方案",
        notes=["A town government's 2013 安全生产宣传月 implementation scheme inside its issuing notice (泉政〔2013〕46号), "
               "from a news-mirror page. The site's '朗读' (read-aloud) button line was dropped.",
               "Four title lines: the notice title over two lines ('泉溪镇人民政府' / '关于印发《…》的通知') and the scheme's "
               "own title over two lines ('泉溪镇2013年“安全生产宣传月”活动' / '实施方案'). As in corpus-dev dev05, the label "
               "takes the scheme's own title (joined) and marks all four lines as title lines. The document number, "
               "addressee, date line and 抄送 line are body.",
               "二、活动时间和主题 combines time and theme (phases; other accepted); its two key-value lines are body, and "
               "'活动时间：6月1日至6月30日' is an optional phase (the overall period).",
               "三、组织领导: the key-value lines naming the 组长, 副组长, 成员 and the office 主任 were dropped (personal "
               "names). The source's slip '负责全县具体活动组织协调' (a town scheme saying 全县) is kept in the rewrite.",
               "No dated stage is shown: the page ends inside the organisation part."],
        units=["泉溪镇人民政府", "“安全生产宣传月”活动领导小组"],
        extra_phases=[
            dict(name="活动时间", start_text="6月1日", end_text="6月30日", at="活动时间：6月1日至6月30日",
                 optional=True),
        ],
        text="""\
泉政〔2013〕46号
@T | 泉溪镇人民政府
@T | 关于印发《泉溪镇2013年“安全生产宣传月”活动实施方案》的通知
各行政村、企事业单位：
为加强全镇安全生产工作，依据《武义县安全生产委员会办公室关于印发武义县2013年“安全生产宣传月”活动实施方案的通知》（武安办〔2013〕30号），镇里结合实际制定了《泉溪镇2013年“安全生产宣传月”活动实施方案》，现印发给你们，请照此执行。
二○一三年六月八日
抄送：县府办、县安委办、县安监局
@T | 泉溪镇2013年“安全生产宣传月”活动
@T | 实施方案
2013年6月是全国第十二个“安全生产宣传月”。为落实上级部署、做好安全生产宣传，增强干部群众的安全意识和安全知识水平，推动全镇安全生产形势持续稳定好转，制定本方案。
@H1 sec=guidance | 一、指导思想
以科学发展观为指导，树立“以人为本，安全发展”理念，坚持“安全第一、预防为主，综合治理”方针，围绕“强化安全基础，推动安全发展”主题，面向基层、面向企业开展安全生产宣传，推进安全文化建设，营造“关爱生命，关注安全”的社会氛围。
@H1 sec=phases alt=other | 二、活动时间和主题
活动主题：强化安全基础，推动安全发展
活动时间：6月1日至6月30日
@H1 sec=responsibilities | 三、组织领导
镇里成立“安全生产宣传月”活动领导小组，镇长任组长，分管领导任副组长，镇安委会人员为成员，负责指导全镇的宣传月活动。
领导小组下设办公室，负责全县具体活动的组织协调。
""",
    ),
    dict(
        name="fresh142_03_township_safety_month_activity_plan",
        source="http://m.zaixiangufen.com/fangan/1539537.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A township's 安全生产月 activity plan (20xx年XX县五四乡), sample 1 of a collection page ('乡镇安全生产月活动方案"
               "范文'). The collection title, date, site name and sample number were dropped; the document itself shows "
               "no title line, so title is null.",
               "三、活动时间 '20xx年6月1日至6月30日。' is an optional phase (overall period).",
               "四、组织机构: the names of the 组长, 副组长 and 成员 were dropped; the co-organising units and the office "
               "at 乡安监所 are kept in the rewritten body. The source's typo '经闲党委政府' was not carried into the rewrite.",
               "五、活动具体安排 (phases; goals accepted) shows only its first row, '6月1日前，…' — a deadline, not a "
               "phase — and the page ends on the fragment '营', kept as the line end."],
        units=["乡安监所", "场管办", "广播站", "综治办", "“安全生产月”宣传活动领导小组"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年6月1日", end_text="6月30日", at="20xx年6月1日至6月30日",
                 optional=True),
        ],
        text="""\
今年是国务院确定的“安全生产年”，开展好第8个“全国安全生产月”活动，对唱响“安全发展”主旋律、强化经营者的安全生产法制观念、推动我乡安全生产形势好转意义重大。按照国家、省、市部署，结合乡情，制定20xx年XX县五四乡“安全生产月”活动方案。
@H1 sec=guidance | 一、指导思想
以科学发展观统领，坚持以人为本和安全发展，紧扣“安全生产年”中心工作，宣传安全生产方针政策、法律法规和安全知识，弘扬安全文化，提高群众安全意识，为全乡安全生产持续稳定好转提供舆论和文化支持。
@H1 sec=other | 二、活动主题
关爱生命，安全发展。
@H1 sec=phases alt=other | 三、活动时间
20xx年6月1日至6月30日。
@H1 sec=responsibilities | 四、组织机构
经乡党委政府研究，本次活动由乡安监所、场管办、广播站、学校、综治办共同主办，并成立20xx年XX县五四乡“安全生产月”宣传活动领导小组，负责宏观指导。
领导小组办公室设在乡安监所，具体负责活动期间的组织实施，并指导各村（居）委会和乡级企事业单位部门开展活动；这些单位也要相应成立活动领导机构。
@H1 sec=phases alt=goals | 五、活动具体安排
6月1日前，各村（居）委会、乡级企事业单位部门要挂出或书写“安全生产月”宣传标语，营
""",
    ),
    dict(
        name="fresh142_04_school_fire_evacuation_drill_plan",
        source="https://m.ovod.cn/wenku/besg/jl5P15nbL4",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A school's fire evacuation drill plan from a document-sharing site; the page starts at 一、活动时间： "
               "with no title line, so title is null.",
               "Every heading is a bare 'label：' line with its value on the next line. 一、活动时间 is followed by the "
               "masked date 'xx年x月xx日下午', an optional phase (masked, a one-afternoon drill).",
               "三、成员组成 is followed by three empty key-value lines '组长：' '副组长：' '成员：' (body).",
               "五、火灾事故演练过程 lists seven undated steps 1、–7、, labelled items (phases) and kept as written.",
               "The site's truncation line '因篇幅问题不能全部显示，请点此查看更多更全内容' is kept as debris, never labelled."],
        units=["防火安全工作领导组"],
        extra_phases=[
            dict(name="活动时间", start_text="xx年x月xx日", end_text=None, at="xx年x月xx日下午", optional=True),
        ],
        text="""\
@H1 sec=phases alt=other | 一、活动时间：
xx年x月xx日下午
@H1 sec=goals alt=other | 二、活动内容：
防火应急疏散演练
@H1 sec=responsibilities | 三、成员组成：
组长：
副组长：
成员：
@H1 sec=responsibilities | 四、责任分工：
组长召开防火安全工作领导组会议，部署、检查并落实各项防火安全工作。
各班班主任负责给学生讲解防火知识，做好演练的宣传和教育，提醒学生演练时心不慌、人不挤，上下楼梯靠右行，防止意外伤害；其余教师在各自位置协助班主任疏散学生。
@H1 sec=phases | 五、火灾事故演练过程：
@I2 | 1、组长宣布防火演练正式开始。
@I2 | 2、教学楼因电路漏电起火，警报响起。
@I2 | 3、教师指挥学生有序、快速撤离教学楼，并迅速疏散本班学生有序撤离到校园安全区域。
@I2 | 4、各楼道口由有关教师负责秩序。
@I2 | 5、师生进入安全区域。
@I2 | 6、总结本次演练情况。
@I2 | 7、宣布演练圆满结束。
因篇幅问题不能全部显示，请点此查看更多更全内容
""",
    ),
    dict(
        name="fresh142_05_town_forest_fire_publicity_month_scheme",
        source="https://mip.jinchutou.com/shtml/view-488812968.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A town's 森林防火宣传月 implementation scheme (2013) from a document-preview site that delivered one "
               "run-together block; split into lines at the boundaries the text shows. The preview navigation "
               "('第1页 / 共3页' …) and '资源描述' were dropped; the title line is the document's own.",
               "二、宣传时间 is followed by '2013年10月1日2013年10月31日' with the dash lost between the two dates (kept); "
               "an optional phase (overall period).",
               "一、指导思想和目标: guidance, goals accepted. 三、宣传主体及内容 (goals) has one sub-heading "
               "'（一）各村必须开展以下宣传活动：' and three numbered tasks labelled items; the fourth ('4、') is cut off "
               "by the store and was dropped. The deadline '10月25日前' in item 2 is not a phase.",
               "'xx镇' masking kept; '五类人' (persons under guardianship) kept as the source writes it."],
        units=["镇林管站"],
        extra_phases=[
            dict(name="宣传时间", start_text="2013年10月1日", end_text="2013年10月31日",
                 at="2013年10月1日2013年10月31日", optional=True),
        ],
        text="""\
@T | 森林防火宣传月实施方案
为贯彻“预防为主，积极消灭”的森林防火工作方针，加大宣传力度，全面提高干部群众的森林防火意识，制定本方案。
@H1 sec=guidance alt=goals | 一、指导思想和目标
通过广泛宣传，把森林防火的政策法规、当前的严峻形势、森林火灾的危害以及防扑火措施送到千家万户，让全镇干部群众和中小学生再受一次深刻教育，形成浓厚氛围和高压态势。
对林区群众逐户面对面宣传，不留死角，逐步改掉烧田埂草、烧稻草、烧火土灰、乱扔烟头、上坟烧纸等随意用火的陋习；中小学生不在林区玩火，“五类人”的监护人要监管到位，让“森林防火，人人有责”成为自觉行动。
@H1 sec=phases alt=other | 二、宣传时间
2013年10月1日2013年10月31日
@H1 sec=goals | 三、宣传主体及内容
@H2 | （一）各村必须开展以下宣传活动：
@I3 | 1、按xx镇森林防火实施方案的要求，召开村、组两级干部会议动员布置，并以村小组为单位开一次户主会，讲清当前森林防火的重要性、必要性和严峻形势以及防控措施；挂片领导和包村镇干部须到场指导、讲话。
@I3 | 2、进一步摸清本村“五类人”，明确监护人并签订责任书，确保监护到位；10月25日前把责任状交镇林管站备案，由村干部跟踪“五类人”行踪。
@I3 | 3、开展森林防火宣传自查和互查，检查2013年10月1日禁火令发放到户的情况。
""",
    ),
    dict(
        name="fresh142_06_town_forest_fire_training_publicity_plan",
        source="https://yzwku.com/doc/67369.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        title_override="2022年XX镇森林防灭火培训及宣传活动方案",
        notes=["A town's 2022 forest fire prevention training and publicity plan from a document-sharing site ('由会员"
               "分享…' blurb and the .docx file-name line dropped) that delivered a run-together block with chunk "
               "markers; split into lines at the boundaries the text shows.",
               "Chunk markers kept as debris, never labelled: '1、' glued before the title (the title is set without "
               "it) and '2、' at the start of a line in the middle of a sentence ('…确保我镇森林防灭火工作' / "
               "'2、取得更好的成绩。').",
               "二、时间安排 is followed by '从2022年10月18日至2022年11月18日', an optional phase (overall period).",
               "一、活动目标: goals, guidance accepted. 三、主要措施 (measures) holds two task statements （一）（二） "
               "labelled items; （三） is cut off mid-sentence by the store and was dropped."],
        units=[],
        extra_phases=[
            dict(name="时间安排", start_text="2022年10月18日", end_text="2022年11月18日",
                 at="从2022年10月18日至2022年11月18日", optional=True),
        ],
        text="""\
@T | 1、2022年XX镇森林防灭火培训及宣传活动方案
森林防火关系森林资源、生态环境和群众生命财产安全，宣传教育是这项工作的前提和基础。为加大年内宣传教育力度，提高全社会的防火意识，普及扑救安全知识，按照省、市、区森林防火指挥部的部署，结合我镇实际，制定本方案。
@H1 sec=goals alt=guidance | 一、活动目标
今年的宣传教育继续突出“以人为本、安全第一”，把扑火安全放在首位，把保障群众生命安全作为第一要务；同时普及森林防灭火法律法规和常识，增强全民防火意识，推动各项防扑措施落实，确保我镇森林防灭火工作
2、取得更好的成绩。
@H1 sec=phases alt=other | 二、时间安排
从2022年10月18日至2022年11月18日
@H1 sec=measures | 三、主要措施
@I2 | （一）以XX省森林防火条例为宣传重点，通过多种渠道大力普及森林防灭火法律法规，推动条例进林区、进农村、进单位、进家庭、进学校，做到“森林防火，家喻户晓”。
@I2 | （二）在重点时段组织有关单位在交通要道、电力和电信线路沿线等危险地段刷新、增设固定宣传牌；在进山路口等人员集中处挂横幅、发传单、放广播，各村在醒目地段书写2-3条永久性宣传标语。
""",
    ),
    dict(
        name="fresh142_07_middle_school_safety_month_scheme",
        source="http://m.zuanai.cn/jieri/duanwujie/2020/0105/81812.html",
        doc_kind="scheme", doc_kind_alt=["activity_plan"], partial=True,
        notes=["A middle school's (xx二中) 安全生产月 implementation scheme; the page shows the title line "
               "'学校贯彻全国安全生产月活动实施方案' (the opening names the scheme '《xx二中贯彻全国安全生产月活动实施"
               "方案》'); the title line is taken as shown.",
               "一、 to 三、 are 'label：value' lines; the automatic cut gives the label. 二、活动时间 '20xx年6月1日至6月30日' "
               "is an optional phase (overall period). The masked key-value lines '组 长：xx' (space kept) are body.",
               "四、活动安排----八个一 (four hyphens as written; phases, goals and measures accepted) lists activities "
               "1、–4、 (headings at level 2, phases with goals accepted), each with key-value rows （1）时间 / 地点 / 内容 "
               "/ 责任 labelled items. The three dated 时间 rows are labelled required phases named after their "
               "activity: '20xx年6月7日' (start only), '20xx年6月7日----6月20日' and '20xx年6月7日----6月12日' (dates "
               "joined by four hyphens). '时间：每周一升旗' is not a date.",
               "The page ends inside activity 4's （3） row, which refers to a drill plan dated '20xx年5 12' (a lost "
               "月 and 日, kept) and breaks off at '使每'; kept as the last item.",
               "'霍安监[20xx]10号' keeps the source's square brackets."],
        units=["xx二中20xx年全国安全生产月活动领导小组", "政教处", "政治教研组"],
        extra_phases=[
            dict(name="活动时间", start_text="20xx年6月1日", end_text="6月30日", at="二、活动时间：20xx年6月1日至6月30日",
                 optional=True),
        ],
        text="""\
@T | 学校贯彻全国安全生产月活动实施方案
为贯彻以人为本的科学发展观和安全生产方针，宣传国家的安全生产方针政策、法律法规和安全知识，推进学校安全建设，提高师生安全素养，打造平安二中，根据霍安监[20xx]10号文件精神，结合我校实际，制定《xx二中贯彻全国安全生产月活动实施方案》，要求各责任人从生命至上、安全第一的高度抓好各项活动，务求实效。
@H1 sec=other | 一、活动主题：安全第一，预防为主。
@H1 sec=phases alt=other | 二、活动时间：20xx年6月1日至6月30日。
@H1 sec=responsibilities | 三、成立领导组：成立xx二中20xx年全国安全生产月活动领导小组，组成人员如下：
组 长：xx
副组长：xx
组 员：xx、政治教研组全体成员、班主任。
领导组下设办公室，由xx同志负责。
@H1 sec=phases alt=goals,measures | 四、活动安排----八个一：
@H2 sec=phases alt=goals | 1、开展一次安全伴我在校园，我把安全带回家国旗下讲话主题教育活动。
@I3 phase=国旗下讲话主题教育活动;20xx年6月7日; | （1）时间：20xx年6月7日周一
@I3 | （2）地点：运动场
@I3 | （3）主讲：政教处
@I3 | （4）内容：结合文件精神，开展安全教育
@H2 sec=phases alt=goals | 2、开展一次全校安全隐患排查治理督查行动。
@I3 phase=安全隐患排查治理督查行动;20xx年6月7日;6月20日 | （1）时间：20xx年6月7日----6月20日
@I3 | （2）内容：教学设施、校舍、学生出行
@I3 | （3）责任：总负责---xx；教学---xx；校舍---xx；学生出行---xx
@I3 | （4）要求：全面排查安全隐患，发现问题立即报告并迅速解决，相关资料保存整理后及时交政教处。
@H2 sec=phases alt=goals | 3、上一堂安全主题教育课。
@I3 phase=安全主题教育课;20xx年6月7日;6月12日 | （1）时间：20xx年6月7日----6月12日
@I3 | （2）责任：政治教研组---政治教师
@I3 | （3）内容：结合教材和实施方案，在任教班级开展安全正面教育，认真备课并提交教学设计。
@H2 sec=phases alt=goals | 4、每周一升旗开展安全疏散演练。
@I3 | （1）时间：每周一升旗
@I3 | （2）组织：政教处
@I3 | （3）要求：执行xx二中20xx年5 12紧急疏散演练执行方案，由政教处布置，使每
""",
    ),
    dict(
        name="fresh142_08_highway_project_safety_month_plan",
        source="https://www.xiaomilidoc.com/p-12855690.html",
        doc_kind="activity_plan", doc_kind_alt=["scheme"], partial=True,
        notes=["A construction project's 2024 安全生产月 activity plan (Liaoning expressway construction, 辽高建工管发〔2024〕"
               "56 号) from a document-sharing site that delivered one run-together block with PDF spacing around "
               "figures ('2024 年 6 月 1 日'); split into lines, spacing kept. The title line is as the page shows it, "
               "ending in '范文'.",
               "The source writes '安全进展' for 安全发展 throughout (slogans kept as written in the rewrite).",
               "二、活动时间 holds one body line with three periods: the month '2024 年 6 月 1 日至 30 日' (optional, "
               "overall), the 宣传咨询日 '6 月 13 日' (optional, a single day) and the 应急预案演练周 '6 月 16 日至 6 月 22 日' "
               "(optional as well: a named week of the month with its own span, but written inside a body line, and "
               "the set's rule makes dates in body lines no required phases; judgement call).",
               "一、突出主题，明确要求，整体推动 is a task-style heading on the campaign's aim (guidance; goals accepted). The "
               "names of the 组长 and 副组长 in 四、组织保障 were dropped.",
               "五、活动形式 (goals; measures accepted) shows one item, '1、6 月 10 日前，…' (a deadline, not a phase), cut off "
               "by the store at '张贴安全宣'; kept as the last line."],
        units=["“安全生产月”活动领导小组", "指挥部综合部", "总监办"],
        extra_phases=[
            dict(name="安全生产月", start_text="2024 年 6 月 1 日", end_text="30 日", at="2024 年 6 月 1 日至 30 日在全线开展",
                 optional=True),
            dict(name="宣传咨询日", start_text="6 月 13 日", end_text=None, at="定于 6 月 13 日（星期日）",
                 optional=True),
            dict(name="应急预案演练周", start_text="6 月 16 日", end_text="6 月 22 日", at="应急预案演练周安排在 6 月 16 日至 6 月 22 日",
                 optional=True),
        ],
        text="""\
@T | 某建设项目“安全生产月”活动方案范文
按照省交通厅、高建局关于深入开展 2024 年“安全生产月”活动的要求，为加强安全生产宣传教育、普及安全知识、营造安全氛围，推动交通运输安全生产形势稳定好转，依据《关于转发辽宁省交通厅<关于印发辽宁省交通系统 2024 年“安全生产月”活动实施方案的通知〉的通知》（辽高建工管发〔2024〕56 号）精神，结合本项目实际制定本方案。
@H1 sec=guidance alt=goals | 一、突出主题，明确要求，整体推动
围绕深化“安全生产年”和“平安施工场地建设”的总体部署，突出“安全进展、预防为主”主题，宣传安全进展指导原则和“预防为主、加强监管、落实责任”的工作方针，以强化安全意识、提高安全素养为着力点，推动安全理念、文化、法律和知识进入基层，带动项目安全生产形势持续稳定。
@H1 sec=phases alt=other | 二、活动时间
“安全生产月”活动于 2024 年 6 月 1 日至 30 日在全线开展。6 月 13 日为“安全生产月”宣传咨询日，本项目的宣传咨询活动定于 6 月 13 日（星期日）在总监办举行。应急预案演练周安排在 6 月 16 日至 6 月 22 日。
@H1 sec=other | 三、活动主题
安全进展、预防为主。
@H1 sec=responsibilities | 四、组织保障
成立“安全生产月”活动领导小组，由项目指挥任组长，另设副组长若干，各管段工程师和质检大队成员为组员；领导小组办公室设在指挥部综合部，负责活动期间的日常事务、协调督导和资料收集上报。
@H1 sec=goals alt=measures | 五、活动形式
@I2 | 1、6 月 10 日前，各施工单位须在现场设置一定数量的安全生产宣传栏（展板），并张贴安全宣
""",
    ),
]
