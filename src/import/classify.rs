//! Section kinds from heading words, and the kind of document.

use super::SectionKind;
use super::number::Style;
use super::parse::{Node, Parsed};
use crate::model::DocKind;

/// Keywords of each kind. A keyword counts where it heads its clause (see [`heads_clause`]);
/// the one that ends last in a heading wins (the head of a Chinese noun phrase is its last
/// word: 重点工作目标 is about 目标); on a tie the longer.
const KEYWORDS: &[(SectionKind, &[&str])] = &[
    (
        SectionKind::Guidance,
        &[
            "指导思想",
            "总体要求",
            "总体思路",
            "基本原则",
            "工作原则",
            "指导原则",
            "活动宗旨",
            "指导方针",
            "工作思路",
            "设计思路",
            "核心理念",
            "核心精神",
            "原则",
            "宗旨",
            // An emergency plan's or a rule's general part (一、总则 / （一）编制目的 …).
            "总则",
        ],
    ),
    (
        SectionKind::Background,
        &[
            "背景",
            "前言",
            "引言",
            "基本情况",
            "现状",
            "工作基础",
            "形势",
            "总体情况",
            "有关情况",
            "概况",
            "总体概况",
            // Who the writer is, told first (中国邮政储蓄银行简介, 活动简介).
            "简介",
            "缘起",
            "源起",
            // Why the work is needed (扩建中学的紧迫性, 开展宣传的必要性和可行性); not a
            // speaker's call to see it (充分认识……的必要性, see keyword_kind).
            "必要性",
            "紧迫性",
            "可行性",
            // Why and on what grounds a plan is written (编制目的, 编制依据).
            // Why the work matters (活动意义, 专项行动的意义, 充分认识……的重要意义).
            "意义",
            "编制目的",
            "编制依据",
            "制定依据",
            "工作依据",
        ],
    ),
    (
        SectionKind::Goals,
        &[
            "目标",
            "指标",
            // What the activity is for (活动目的, 实施目的) is its aim, and so is its aim with why
            // it matters (目的意义); why alone is its background (see above).
            "目的",
            "目的意义",
            "目的和意义",
            "预期效果",
            "预期成效",
            "任务目标",
            "工作目标",
            "目标要求",
            // The standards a plan sets (建设标准, 工作标准: 评分标准 is a contest's rule).
            "建设标准",
            "工作标准",
            // The tasks of a plan (主要任务, 重点工作, 活动内容) are its goals.
            "主要任务",
            "重点任务",
            "重点工作",
            "工作任务",
            "工作内容",
            "活动内容",
            "主要工作",
            "具体任务",
            "工作重点",
            "任务清单",
        ],
    ),
    (
        SectionKind::Phases,
        &[
            "阶段",
            "步骤",
            "进度安排",
            "时间安排",
            "时间节点",
            "日程",
            // A contest's schedule of matches (活动项目及赛程).
            "赛程",
            "实施安排",
            "活动安排",
            "工作安排",
            "方法步骤",
            "时间进度",
            "进度",
            "流程",
            // How an activity goes, step by step (活动过程 / 1、介绍节日 / 2、故事欣赏).
            "活动过程",
            "行程",
            // The activity's time is its one step (活动时间：5月1日至5月30日).
            "活动时间",
            // How a contest or a selection runs, round by round (竞赛实施程序, 推荐评选程序).
            "实施程序",
            "评选程序",
            "比赛程序",
            "竞赛程序",
            "活动程序",
            // What is done, in order (工作程序, 祭扫烈士墓程序); not a rule to keep
            // (落实工作程序, 严格程序: a task).
            "程序",
        ],
    ),
    (
        SectionKind::Responsibilities,
        &[
            "职责",
            "分工",
            "责任",
            "任务分解",
            "牵头",
            "组织机构",
            "机构设置",
            "领导小组",
            // 劳动竞赛领导组, 活动领导组.
            "领导组",
            "组织架构",
            "工作机构",
            "组织领导",
            // 活动组织与领导, 组织和领导.
            "组织与领导",
            "组织和领导",
            "组织分工",
            // Who commands a drill or an emergency (组织指挥, 指挥机构).
            "组织指挥",
            "指挥机构",
            "工作分配",
            "组织实施",
            "负责",
            // Who is in charge (主要负责人, 活动负责人).
            "负责人",
            "主办单位",
            "承办单位",
            "协办单位",
            "组织单位",
            // Who organises it (组织部门：人力资源部).
            "组织部门",
            "活动单位",
            // 活动主办：共青团……委员会, 改选委员会构成, 工作小组组成.
            "主办",
            "承办",
            "协办",
            "举办单位",
            // Who pays for it (赞助单位) and who does what (人员安排, 人员分工).
            "赞助",
            "人员安排",
            "人员分工",
            "构成",
            "组成",
            // Who runs it (竞赛组织, 晚会组织, 组织工作, 领导机构).
            "组织工作",
            "竞赛组织",
            "比赛组织",
            "赛事组织",
            "活动组织",
            "晚会组织",
            "评选组织",
            "领导机构",
            "领导组织",
            // A contest's committees (组委会, 评委会).
            "组委会",
            "评委会",
            // The group that runs it (活动工作组, 工作小组).
            "工作组",
            "工作小组",
            // An emergency plan's command and its members' duties (组织指挥体系, 应急组织体系).
            // (Not 组织体系 alone: 健全组织体系 is a task.)
            "指挥体系",
            "指挥机构",
        ],
    ),
    (
        SectionKind::Requirements,
        // What a candidate must meet (竞选条件, 参赛条件) is asked of them, as are a
        // contest's rules (比赛规则, 竞赛规程, 比赛细则).
        &[
            "要求",
            "纪律",
            "有关事项",
            "相关事项",
            "条件",
            "规则",
            "规程",
            "细则",
        ],
    ),
    (
        SectionKind::Measures,
        &[
            "措施",
            "保障",
            "举措",
            "对策",
            "办法",
            "预算",
            "预案",
            "考核",
            "督查",
            "督导",
            "奖惩",
            "问责",
            // What is got ready for the activity (活动准备, 准备事宜, 赛前准备工作, 物资准备).
            "活动准备",
            "筹备",
            // What it costs and who pays (活动经费, 经费来源).
            "经费",
            "准备事宜",
            "准备工作",
            "赛前准备",
            "物资准备",
            "活动预备",
            // What is got ready first (前期准备, 前期宣传), unless its siblings are the
            // activity's later stages (中期, 后期: see the stages by their time).
            "前期准备",
            "前期宣传",
            // How the activity is made known (活动宣传); a plan's 宣传报道 is one of its tasks.
            "活动宣传",
        ],
    ),
    (
        SectionKind::Achievements,
        &[
            "做法",
            "成效",
            "成绩",
            "成果",
            "开展情况",
            "完成情况",
            "进展情况",
            "工作情况",
            // An account of a term's work (2022学年第二学期工作概况), not the 基本概况 of a place.
            "工作概况",
            // A part that sums up (第一板块：本学期学校工作总结) in a 总结暨计划.
            "工作总结",
            "经验",
            "亮点",
            "取得",
            "收获",
            "工作回顾",
            "完成的工作",
        ],
    ),
    (
        SectionKind::Problems,
        &[
            "问题",
            "不足",
            "困难",
            "短板",
            "差距",
            "薄弱环节",
            // 行业存在的乱象.
            "乱象",
            "原因",
            "反思",
            "教训",
        ],
    ),
    (
        SectionKind::NextSteps,
        &[
            "下一步",
            "下步",
            "展望",
            "畅想",
            "打算",
            "今后",
            "明年",
            "努力方向",
            "来年",
            "新的一年",
            "新一年",
            "新年度",
            "建议",
            "工作设想",
            "下步措施",
            "下一步措施",
            "下步工作",
            "下一步工作",
        ],
    ),
];

/// What a plan's heading names when it is not one of its sections of work: the facts of an
/// activity (主题, 对象, 口号, 时间, 地点 …), the rules of a contest (评分标准, 投稿方式) and
/// the closing 其他 / 附则.
/// A heading of a plan without a keyword that names none of these is one of the plan's task
/// areas (政治学习, 内部管理, 业务发展计划).
const TOPICS: &[&str] = &[
    "主题",
    "对象",
    "口号",
    "时间",
    "日期",
    "地点",
    "场地",
    "范围",
    "名称",
    "标准",
    "方式",
    "形式",
    "一览表",
    "说明",
    "奖项",
    // What the winners get (奖品, 奖品设置).
    "奖品",
    "报名",
    "联系",
    "人员",
    "其他",
    "其它",
    "附则",
    "事宜",
    "注意事项",
    "分组",
    // How teams are formed (项目组队) and what the activity is (活动信息).
    "组队",
    "信息",
    // How winners are rewarded (奖励办法, 评比表彰).
    "奖励",
    "表彰",
];

/// Whether a heading is only the name of a unit or of a kind of unit (区教体行政部门, 各中小学校,
/// 县卫生健康局): short, no verb first, ending as units' names end.
fn names_a_unit(title: &str) -> bool {
    const ENDS: &[&str] = &[
        "部门",
        "单位",
        "学校",
        "各校",
        "局",
        "委",
        "办",
        "中心",
        "政府",
        "街道",
        "社区",
        "村委会",
        "公司",
        "医院",
        "院",
        "所",
        "站",
        "队",
        "妇联",
        "团委",
        "工会",
    ];
    // Words that end as units' names do but name none: 一网通办, 公共场所, 美丽庭院, 新格局,
    // 以人民为中心.
    const NOT_UNITS: &[&str] = &[
        "通办",
        "代办",
        "帮办",
        "承办",
        "协办",
        "督办",
        "主办",
        "举办",
        "创办",
        "包办",
        "场所",
        "庭院",
        "格局",
        "大局",
        "布局",
        "开局",
        "全局",
        "为中心",
    ];
    let t = title.trim_end_matches(['。', '：', ':']);
    // 新建幼儿园三所, 建成服务站5个: a count, not a unit.
    let counted = ENDS.iter().any(|e| {
        t.strip_suffix(e)
            .and_then(|r| r.chars().last())
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两几百千万".contains(c))
    });
    (2..=14).contains(&t.chars().count())
        && !counted
        && !NOT_UNITS.iter().any(|e| t.ends_with(e))
        && !starts_with_verb(t)
        && !t.contains(['，', ','])
        && ENDS.iter().any(|e| t.ends_with(e))
}

/// Whether an area of 职责分工 is named after the units that carry it (（一）派出所,
/// 镇应急管理办公室, 各村（社区）, 区教育局、区卫健委): then they are its lead units. Looser
/// than a heading's test: a bracketed note at the end, lists and 各… are read too.
pub(crate) fn unit_name(area: &str) -> bool {
    const MORE: &[&str] = &[
        "办公室",
        "党委",
        "党组",
        "支部",
        "工委",
        "分局",
        "法院",
        "检察院",
        "银行",
        "集团",
        "厂",
        "馆",
        "社",
        "村",
        "组",
        "处",
        "科",
        "室",
        "部",
        "会",
        "联",
        "指挥部",
        "专班",
        "机关",
    ];
    let t = area.trim_end_matches(['。', '：', ':']);
    // 镇社会事业办公室（教育）: the note in brackets aside.
    let t = match t
        .strip_suffix('）')
        .and_then(|r| r.rfind('（').map(|k| &r[..k]))
    {
        Some(core) if !core.is_empty() => core,
        _ => t,
    };
    let t = t.trim_end_matches("等职能部门").trim_end_matches('等');
    if t.is_empty() || starts_with_verb(t) || t.contains(['，', ',', '。']) {
        return false;
    }
    t.split('、').all(|part| {
        part.starts_with('各') && part.chars().count() >= 2
            || names_a_unit(part)
            || (2..=20).contains(&part.chars().count())
                && MORE.iter().any(|e| part.ends_with(e))
                && !NOT_UNIT_ENDS.iter().any(|e| part.ends_with(e))
    })
}

/// Words that end as units' names end but name none (社会保障部分 is no 部).
const NOT_UNIT_ENDS: &[&str] = &[
    "部分",
    "全部",
    "内部",
    "外部",
    "机会",
    "大会",
    "会议",
    "社会",
    "工作组织",
];

/// Verbs that start a task heading (加强组织领导, 完善工作机制).
const VERBS: &[&str] = &[
    "加强", "强化", "加大", "建立", "健全", "完善", "推进", "推动", "落实", "开展", "深化", "狠抓",
    "抓好", "抓实", "提高", "提升", "突出", "注重", "坚持", "严格", "规范", "创新", "拓展", "夯实",
    "构建", "打造", "做好", "实施", "促进", "优化", "扩大", "聚焦", "着力", "全面", "切实", "积极",
    "大力", "成立", "认真", "深入", "广泛", "营造", "整合", "发挥", "明确", "统筹", "确保", "建设",
    "开拓", "加快", "筑牢", "压实", "增强", "丰富", "搭建", "组织", "提前", "及时", "持续", "推行",
    "继续", "扎实", "完成", "力争", "争取",
];

/// Words that may follow a keyword without taking its place as the head of the heading
/// (开展情况, 亮点工作, 原因分析, 领导小组成员, 任务分工表, 活动流程策划).
const LIGHT: &[&str] = &[
    "工作",
    "情况",
    "方面",
    "事项",
    "分析",
    "任务",
    "机制",
    "体系",
    "清单",
    "单位",
    "部门",
    "成员",
    "办公室",
    "表",
    "策划",
    "设计",
    "说明",
    "方案",
    "计划",
    "等",
    // The side that runs it (主办方, 承办方).
    "方",
];

/// Words that join a keyword to another part (指导思想和基本原则, 问题、原因).
const JOINS: &[&str] = &["和", "及", "与", "以及", "暨", "、", "并"];

/// Keywords that name their kind wherever they stand: the time of 下一步工作计划, 明年工作思路,
/// and the verbs of 取得实效, 牵头单位.
const ANYWHERE: &[&str] = &[
    "下一步",
    "下步",
    "今后",
    "明年",
    "来年",
    "新的一年",
    "新一年",
    "新年度",
    "取得",
    "牵头",
];

/// Whether the keyword ending at byte `end` is the head of its clause: nothing follows it
/// before the next comma, colon or bracket but light words (工作, 情况 …) or a conjunction.
/// In 形势政策宣讲, 问题整改, 成果展示 and 责任心教育 the keyword only qualifies the head,
/// and the heading names a task, not a section of the genre.
fn heads_clause(text: &str, end: usize) -> bool {
    // The clause ends at the first mark: comma, colon, bracket (【指导思想】), space.
    let clause = text[end..]
        .split(|c: char| !c.is_alphanumeric() && c != '、')
        .next()
        .unwrap_or("");
    let mut rest = clause;
    loop {
        // Nothing after it, a second part joined to it, or the value a template or a page
        // left masked (主办单位xx, 承办单位××).
        if rest.is_empty()
            || JOINS.iter().any(|w| rest.starts_with(w))
            || rest.chars().all(crate::chinese::is_mask)
        {
            return true;
        }
        match LIGHT.iter().find(|w| rest.starts_with(**w)) {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
}

/// The kind a heading's words name, if any.
pub(crate) fn keyword_kind(text: &str) -> Option<SectionKind> {
    // A heading spaced out character by character (指 导 思 想, as a PDF gives it) is read
    // without its spaces.
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() >= 3 && words.iter().all(|w| w.chars().count() <= 2) {
        return keyword_kind(&words.concat());
    }
    // The rules of a contest (评选办法, 评分标准, 比赛规则) are facts of the activity.
    let core = text.trim_end_matches(['。', '：', ':']);
    if ["办法", "标准", "规则", "细则", "措施"]
        .iter()
        .any(|w| core.ends_with(w))
        && ["评", "赛", "奖励"].iter().any(|w| core.contains(w))
    {
        return Some(SectionKind::Other);
    }
    // How to sign up (报名方式, 报名方法及地点) is asked of the entrants.
    if core.contains("报名") && ["方式", "方法", "办法"].iter().any(|w| core.contains(w)) {
        return Some(SectionKind::Requirements);
    }
    // A label with its value (核心理念：感恩、责任、成长): the label names the part.
    if let Some((label, value)) = core.split_once(['：', ':'])
        && !label.is_empty()
        && !value.trim().is_empty()
        && let Some(k) = keyword_kind(label)
    {
        return Some(k);
    }
    // Two names sharing their first word (总体思路及要求 is 总体思路 and 总体要求), both of
    // one kind: that kind, although the second alone (要求) would name another.
    if let Some((a, b)) = core.split_once(['及', '和', '与'])
        && (1..=3).contains(&b.chars().count())
        && let joined = format!("{}{b}", a.chars().take(2).collect::<String>())
        && let Some(k) = KEYWORDS
            .iter()
            .find(|(_, words)| words.contains(&joined.as_str()))
            .map(|(k, _)| *k)
        && keyword_kind(a) == Some(k)
    {
        return Some(k);
    }
    // What is done and who does it, named together (活动内容及分工, 整治内容及责任分工): the
    // parts under it are the tasks, each with its units.
    if let Some(pos) = core.find("内容")
        && let rest = &core[pos + "内容".len()..]
        && rest.starts_with(['及', '与', '和'])
        && rest.ends_with("分工")
    {
        return Some(SectionKind::Goals);
    }
    let mut best: Option<(usize, usize, SectionKind)> = None;
    for (kind, words) in KEYWORDS {
        for w in *words {
            for (pos, _) in text.match_indices(w) {
                let end = pos + w.len();
                if !ANYWHERE.contains(w) && !heads_clause(text, end)
                    || *w == "程序" && starts_with_verb(text)
                    // (充分认识……的必要性 asks the hearers to see why; it tells no why.)
                    // (前期准备（3月1日—3月4日）, dated, is a stage of the activity.)
                    || matches!(*w, "前期准备" | "前期宣传" | "活动宣传")
                        && crate::date::stated_period(text).is_some()
                    // (夯实……工作基础 is work done on the ground, not the ground itself.)
                    || *w == "工作基础"
                        && ["夯实", "筑牢", "打牢", "奠定", "巩固", "打好"]
                            .iter()
                            .any(|v| text[..pos].contains(v))
                    || matches!(*w, "必要性" | "紧迫性" | "可行性")
                        && ["认识", "把握", "理解", "看到"]
                            .iter()
                            .any(|v| text[..pos].contains(v))
                {
                    continue;
                }
                let cand = (end, w.len(), *kind);
                if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        }
    }
    // A part that solves a problem (解决思想认识问题，……) tells of work, not of problems.
    if best.is_some_and(|b| b.2 == SectionKind::Problems)
        && [
            "解决", "破解", "化解", "整改", "补齐", "补强", "弥补", "补足", "克服", "攻克", "破除",
            "针对",
        ]
        .iter()
        .any(|v| text.trim_start().starts_with(v))
    {
        return None;
    }
    best.map(|b| b.2)
}

/// A heading's text up to its first comma (拟在5月份，在全辖范围内开展自查 → 拟在5月份).
fn head_clause(title: &str) -> &str {
    title.split(['，', ',']).next().unwrap_or(title)
}

pub(crate) fn starts_with_verb(text: &str) -> bool {
    let t = text.trim_start_matches(['要', '进', '一', '步']);
    VERBS
        .iter()
        .any(|v| text.starts_with(v) || t.starts_with(v))
}

/// Whether a heading names a phase: 准备阶段, 第一阶段, (3月中旬-7月30日前).
fn phase_like(n: &Node) -> bool {
    // 一是……，二是…… are points of a list, whatever month they name — unless they name
    // their stage (一是动员部署阶段（3月1日至3月20日）) or close with their period.
    // A point that closes with its period in brackets (一是宣传发动（3月1日-15日）) is a step.
    if n.style == Style::Shi {
        return super::build::stage_named(&n.title) || dated_part(n);
    }
    n.style == Style::Stage
        // A step that opens with its months (1—2月份，组建……; 3月上旬，开展……).
        // A period alone (第一季度, 九月份, 上半年).
        || n.title.split(['，', ',', '：', ':']).next().is_some_and(|head| {
            crate::date::stated_period(head) == Some(head.trim().trim_start_matches('第'))
        })
        || super::build::stage_named(&n.title)
        || n.title.contains("步骤")
        || has_month(&n.title) && char_len(&n.title) <= 30
        // A school's weeks (第九周：启动仪式, 第十周至第十二周：班级读书会).
        || week_head(&n.title)
        // A step whose run-in text opens with its period (宣传发动：4月1日—4月7日。……), not
        // with a deadline (建立台账：3月底前完成).
        || n.runin.as_deref().is_some_and(|r| {
            let head = r.split(['，', '。', '；', ',', ';']).next().unwrap_or("").trim();
            !head.ends_with('前') && crate::date::reads_as_period(head)
        })
        // A step whose text opens with its time line (（一）启动仪式 / 时间：9月1日).
        || opens_with_time(n)
        // A part whose text is a schedule (【筹备日程】 / 节目征集 9月20日-9月30日 / 节目彩排 ……).
        || n.body.iter().filter(|t| crate::date::dated_row(t).is_some()).count() >= 2
}

/// Whether a heading opens with a week of the term: `第九周`, `第10周`.
pub(crate) fn week_head(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('第') else {
        return false;
    };
    let digits = rest
        .chars()
        .take_while(|&c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
        .count();
    digits > 0
        && rest
            .chars()
            .nth(digits)
            .is_some_and(|c| c == '周' || c == '週')
}

fn has_month(s: &str) -> bool {
    // 11 月 as 11月.
    let b: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    b.windows(2).any(|w| {
        (crate::chinese::is_digit(w[0])
            || "一二三四五六七八九十".contains(w[0])
            // A masked month (x月x日).
            || crate::chinese::is_mask(w[0]))
            && w[1] == '月'
    })
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The parent of every node (the nearest heading above it of a lower level), in one pass.
fn parents_of(nodes: &[Node]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::new();
    nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            while stack.last().is_some_and(|&k| nodes[k].level >= n.level) {
                stack.pop();
            }
            let parent = stack.last().copied();
            stack.push(i);
            parent
        })
        .collect()
}

/// The indices of the nodes below node `i` (its subtree, excluding itself).
pub(crate) fn subtree(nodes: &[Node], i: usize) -> std::ops::Range<usize> {
    let level = nodes[i].level;
    let end = (i + 1..nodes.len())
        .find(|&k| nodes[k].level <= level)
        .unwrap_or(nodes.len());
    i + 1..end
}

fn children(nodes: &[Node], parents: &[Option<usize>], i: usize) -> Vec<usize> {
    subtree(nodes, i)
        .filter(|&k| parents[k] == Some(i))
        .collect()
}

fn field_lines(nodes: &[Node], i: usize, fields: &[&str]) -> usize {
    std::iter::once(i)
        .chain(subtree(nodes, i))
        .flat_map(|k| nodes[k].body.iter().chain(nodes[k].runin.iter()))
        .filter(|p| fields.iter().any(|f| p.starts_with(f)))
        .count()
}

/// Sets `kind` on every node and returns the kind of document.
pub(crate) fn classify(p: &mut Parsed) -> DocKind {
    let nodes = &mut p.nodes;
    let count = nodes.len();
    // Own kinds of every heading.
    let own: Vec<Option<SectionKind>> = nodes.iter().map(|n| keyword_kind(&n.title)).collect();
    let parents = parents_of(nodes);
    // Addressed to an audience (同志们：), or set out as a speech (its speaker under the title).
    let spoken_to = p.addressee.as_deref().is_some_and(super::parse::salutation) || p.spoken;
    let doc_kind = doc_kind(
        p_title(&p.title),
        nodes,
        &own,
        &parents,
        &p.preamble,
        spoken_to,
    );
    let title_year = year_in(&p_title(&p.title));
    // A 印发通知 whose plan is not in view: the notice is the document.
    let notice_itself = super::parse::notice_of(&p.title.concat()).is_some()
        && super::build::notice_plan_line(p).is_none();
    // 上半年工作总结, 半年度总结, 20xx年半年工作总结 (a half year's account is of the first).
    let half_year_title = {
        let t = p_title(&p.title);
        t.contains("上半年") || t.contains("半年") && !t.contains("下半年")
    };
    // The top parts of a summary after a paragraph that leads into the work to come
    // (……，重点做好以下工作： / （一）抓好项目建设 / （二）……): what comes next, up to a part
    // whose words name another kind.
    let mut future_run = vec![false; count];
    for i in 0..count {
        if parents[i].is_some() {
            continue;
        }
        let before = match i.checked_sub(1) {
            None => p.preamble.last(),
            Some(k) => p.nodes[k].body.last().or(p.nodes[k].runin.as_ref()),
        };
        let prev_root = (0..i).rev().find(|&k| parents[k].is_none());
        future_run[i] = before.is_some_and(|t| leads_into_work_to_come(t))
            || !matches!(
                own[i],
                Some(SectionKind::Achievements | SectionKind::Problems)
            ) && prev_root
                .is_some_and(|k| future_run[k] && p.nodes[k].style == p.nodes[i].style);
    }
    let nodes = &mut p.nodes;
    let roots: Vec<usize> = (0..count).filter(|&i| parents[i].is_none()).collect();
    // A part named by no keyword (第一部分：活动介绍) only holds parts: what is under it is read
    // as the document's own parts are, each by its words.
    let bare_part: Vec<bool> = (0..count)
        .map(|k| {
            nodes[k].style == Style::Part
                && own[k].is_none()
                && !children(nodes, &parents, k).is_empty()
        })
        .collect();
    let kind_parents: Vec<Option<usize>> = parents
        .iter()
        .map(|p| p.filter(|&k| !bare_part[k]))
        .collect();
    for i in 0..count {
        let kind = match kind_parents[i] {
            None if bare_part[i] => SectionKind::Other,
            // A task list by unit (`（一）区教体行政部门` under 基本任务清单): what each unit is
            // to do is 职责分工.
            Some(par)
                if matches!(nodes[par].kind, SectionKind::Goals | SectionKind::Measures)
                    && !doc_kind.is_summary()
                    && own[i].is_none()
                    && names_a_unit(&nodes[i].title) =>
            {
                SectionKind::Responsibilities
            }
            // Phases listed inside another part (组织实施 / （二）实施步骤 / 1.宣传发动阶段……)
            // are 实施步骤 whatever that part is.
            // So are stages by name under a part that names none (（二）推荐评选程序 /
            // 1、宣传发动阶段（……） / 2、提名推荐阶段（……）).
            Some(par)
                if nodes[par].kind != SectionKind::Phases
                    && (own[i] == Some(SectionKind::Phases)
                        || own[i].is_none() && {
                            let kids = children(nodes, &parents, i);
                            kids.len() >= 2
                                && kids.iter().all(|&c| {
                                    nodes[c].style == Style::Stage
                                        || super::build::stage_named(&nodes[c].title)
                                })
                        })
                    && phase_share(nodes, &children(nodes, &parents, i)).1 =>
            {
                SectionKind::Phases
            }
            // The facts of an activity under its overview (晚会概况 / 【晚会组织】 / 【晚会主题】 /
            // 【晚会地点和时间】) are what their own words say, not background.
            Some(par)
                if nodes[par].kind == SectionKind::Background
                    && doc_kind == DocKind::ActivityPlan
                    && ["概况", "概述", "简介"]
                        .iter()
                        .any(|w| nodes[par].title.contains(w))
                    && own[i] != Some(SectionKind::Background) =>
            {
                own[i].unwrap_or(SectionKind::Other)
            }
            // The activity's own facts gathered in one part of its preparations (活动筹备 /
            // （一）活动主题 / （二）活动目的 / （五）活动时间) are what their own names say.
            Some(par)
                if doc_kind == DocKind::ActivityPlan
                    && kind_parents[par].is_none()
                    && matches!(
                        nodes[par].kind,
                        SectionKind::Measures | SectionKind::Other | SectionKind::Background
                    )
                    && let title = nodes[i].title.trim_end_matches(['：', ':'])
                    && title.starts_with("活动")
                    && (3..=6).contains(&char_len(title))
                    && (own[i].is_some() || TOPICS.iter().any(|t| title.ends_with(t))) =>
            {
                own[i].unwrap_or(SectionKind::Other)
            }
            // A fact of the plan (行动范围, 参加对象) under its tasks or aims is a fact all the
            // same; under the steps it is a step's (活动时间), but who takes part in a step
            // (第一阶段：组织参观 / 1、参加对象) is a fact of it.
            Some(par)
                if nodes[par].kind != SectionKind::Other && own[i].is_none() && {
                    let t = nodes[i].title.trim_end_matches(['：', ':']);
                    // (The name of a fact, not a step that names whom it serves:
                    // 8月1日上午慰问优抚对象.)
                    let taking_part = char_len(t) <= 6
                        && (t.ends_with("对象")
                            || ["参加人员", "参与人员", "参赛人员", "活动人员"]
                                .iter()
                                .any(|w| t.ends_with(w)));
                    taking_part
                        || nodes[par].kind != SectionKind::Phases
                            && ["范围", "对象", "地点", "口号", "主题", "预算"]
                                .iter()
                                .any(|w| t.ends_with(w))
                } =>
            {
                SectionKind::Other
            }
            // The activity's own facts listed among its contents (活动内容 / 3.活动时间 /
            // 5.活动要求) are its steps and its requirements, as they would be as parts.
            // (One activity's own time or requirements, a level further down, are the
            // activity's: 一、活动项目 / （三）舞龙表演 / 1、活动时间：……)
            Some(par)
                if nodes[par].kind == SectionKind::Goals
                    && kind_parents[par].is_none()
                    && !doc_kind.is_summary()
                    && ["活动时间", "活动要求"]
                        .iter()
                        .any(|t| nodes[i].title.trim_end_matches(['：', ':']) == *t) =>
            {
                own[i].unwrap_or(SectionKind::Other)
            }
            // The facts of one activity among the contents (活动内容 / （一）演讲比赛 / 1.主题及
            // 要求 / 2.比赛程序 / 3.参赛对象), or of the contest the contents describe (活动内容 /
            // （二）评分办法 / （三）比赛规则), are what their own names say, as the activity's parts
            // would be.
            Some(par)
                if nodes[par].kind == SectionKind::Goals
                    && doc_kind == DocKind::ActivityPlan
                    && char_len(&nodes[i].title) <= 8
                    && !starts_with_verb(&nodes[i].title)
                    && (matches!(
                        own[i],
                        Some(SectionKind::Requirements | SectionKind::Phases)
                    ) || own[i] == Some(SectionKind::Other)
                        || own[i].is_none()
                        // A fact by its last word (参赛对象, 比赛形式) only inside one activity.
                        && kind_parents[par].is_some()
                        && TOPICS.iter().any(|t| {
                            nodes[i]
                                .title
                                .trim_end_matches(['：', ':', '。'])
                                .ends_with(t)
                        })) =>
            {
                own[i].unwrap_or(SectionKind::Other)
            }
            // The aims inside 总体要求 (（一）指导思想 / （二）基本原则 / （三）主要目标) are the
            // document's goals.
            Some(par)
                if nodes[par].kind == SectionKind::Guidance
                    && own[i] == Some(SectionKind::Goals) =>
            {
                SectionKind::Goals
            }
            // And the guidance inside the aims (指导思想与目标 / （一）指导思想 / （二）工作目标) is
            // the document's guidance.
            Some(par)
                if nodes[par].kind == SectionKind::Goals
                    && own[i] == Some(SectionKind::Guidance)
                    // (Not an aim that holds to a principle: 坚持……原则, 实现……的宗旨.)
                    && !starts_with_verb(&nodes[i].title)
                    && !doc_kind.is_summary() =>
            {
                SectionKind::Guidance
            }
            Some(par) if nodes[par].kind != SectionKind::Other => nodes[par].kind,
            Some(_) => own[i].unwrap_or(SectionKind::Other),
            None => {
                // Without a keyword, a heading that starts with a verb (加强……) is a task of
                // the plan; in a speech it is what the speaker asks for.
                let mut k = own[i].unwrap_or_else(|| {
                    let title = &nodes[i].title;
                    // A fact of the activity at the head (实施范围, 参与人员) names it, even
                    // after a verb.
                    let topic_head = TOPICS
                        .iter()
                        .any(|t| title.trim_end_matches(['：', ':']).ends_with(t));
                    // A fact stated after its name (指导老师：李某, 参赛队伍：各系篮球队), not a
                    // task named before its text (抓好学习：组织……).
                    // (A field of work under its motto, 德育工作：厚植成长底色，……, is a task.)
                    let fact = !starts_with_verb(title)
                        && title.split_once(['：', ':']).is_some_and(|(name, value)| {
                            (1..=8).contains(&name.chars().count())
                                && !value.trim().is_empty()
                                && !["工作", "建设", "引领", "管理", "教育"]
                                    .iter()
                                    .any(|w| name.ends_with(w))
                        });
                    // How a plan's work is done (执法检查方式, 组织方式) is its measures; an
                    // activity's 报名方式 or 投稿方式 is a fact of it.
                    let method = ["方式", "方法"]
                        .iter()
                        .any(|w| title.trim_end_matches(['：', ':']).ends_with(w))
                        && !["报名", "投稿", "参赛", "参与", "联系", "评选", "评分"]
                            .iter()
                            .any(|w| title.contains(w));
                    if doc_kind == DocKind::Speech {
                        SectionKind::Requirements
                    } else if method
                        && matches!(
                            doc_kind,
                            DocKind::Plan | DocKind::Scheme | DocKind::WorkPoints
                        )
                    {
                        SectionKind::Measures
                    } else if (topic_head || fact) && !doc_kind.is_summary() {
                        SectionKind::Other
                    } else if starts_with_verb(title)
                        || !doc_kind.is_summary()
                            && (!TOPICS.iter().any(|t| head_clause(title).contains(t))
                                // What the work covers (清理整治的范围及内容) is its tasks.
                                || title.trim_end_matches(['：', ':']).ends_with("内容"))
                    {
                        SectionKind::Goals
                    } else {
                        SectionKind::Other
                    }
                });
                // A plan's task that says what it is for (继续建设……，方便群众了解工作情况;
                // ……，争取得到支持) names no account of work done.
                if k == SectionKind::Achievements
                    && !doc_kind.is_summary()
                    && doc_kind != DocKind::Report
                    && starts_with_verb(&nodes[i].title)
                {
                    k = SectionKind::Goals;
                }
                // A plan's 做法 (具体做法, 主要做法) is how the work will be done: its measures.
                if k == SectionKind::Achievements
                    && !doc_kind.is_summary()
                    && doc_kind != DocKind::Report
                    && doc_kind != DocKind::Speech
                    && head_clause(&nodes[i].title).ends_with("做法")
                {
                    k = SectionKind::Measures;
                }
                // What an activity costs (经费预算, 活动费用) is a fact of it, as its place and
                // time are; what keeps the work going (后勤和经费保障) is its measures.
                if doc_kind == DocKind::ActivityPlan && {
                    let t = nodes[i].title.trim_end_matches(['：', ':']);
                    char_len(t) <= 8
                        && ["预算", "经费", "费用"].iter().any(|w| t.contains(w))
                        && !t.contains("保障")
                } {
                    k = SectionKind::Other;
                }
                // A container whose headings are phases is 实施步骤, whatever its name.
                let kids = children(nodes, &parents, i);
                let (phases, lists_phases) = phase_share(nodes, &kids);
                // Under a name of the tasks (活动内容), only stages by name (启动阶段, 第一阶段).
                let stages = kids
                    .iter()
                    .filter(|&&c| {
                        nodes[c].style == Style::Stage
                            || super::build::stage_named(&nodes[c].title)
                            // 前期准备 / 中期实施 / 后期总结.
                            || ["前期", "中期", "后期"].iter().any(|w| nodes[c].title.starts_with(w))
                    })
                    .count();
                // Activities each closing with its date (活动内容 / （一）启动仪式（3月5日）), or
                // whose text opens with its time line (（一）动员部署 / 时间：3月1日—3月15日。……).
                let all_dated = kids.len() >= 2
                    && kids
                        .iter()
                        .all(|&c| dated_part(&nodes[c]) || opens_with_time(&nodes[c]));
                if matches!(
                    k,
                    SectionKind::Other | SectionKind::Measures | SectionKind::Goals
                ) && (own[i].is_none_or(|o| o != SectionKind::Goals) && lists_phases
                    || stages >= 2 && stages * 2 >= kids.len()
                    || all_dated)
                {
                    k = SectionKind::Phases;
                }
                // Dated stages are the steps under any name (组织实施 / （一）启动阶段（9月1日—
                // 9月10日）), as are parts each closing with its period there (组织实施 /
                // （一）动员部署（2025年1月10日） / （二）集中攻坚（……）).
                if all_dated
                    && (stages == kids.len() || own[i] == Some(SectionKind::Responsibilities))
                    && !doc_kind.is_summary()
                {
                    k = SectionKind::Phases;
                }
                // A heading of its own words over tasks (加强……, 开展……) is the plan's tasks.
                let verbs = kids
                    .iter()
                    .filter(|&&c| starts_with_verb(&nodes[c].title))
                    .count();
                if k == SectionKind::Other && !kids.is_empty() && verbs * 2 > kids.len() {
                    k = SectionKind::Goals;
                }
                // An 安排 (活动安排, 工作安排) over items that are no phases (no 阶段, no
                // dates) lists the activities themselves: the plan's tasks. (A 时间安排 is
                // the timetable by its name.)
                if k == SectionKind::Phases
                    && nodes[i].title.contains("安排")
                    && !nodes[i].title.contains("时间")
                    && !kids.is_empty()
                    && phases == 0
                    && stages < 2
                {
                    k = SectionKind::Goals;
                }
                // A part that names two or more stages in its sentences (活动时间 / 即日起至11月5日
                // 为前期预热阶段，……；11月6日至11月30日为集中宣传阶段，……) is 实施步骤.
                if kids.is_empty() && {
                    let n = &nodes[i];
                    let text: Vec<String> = n.runin.iter().chain(&n.body).cloned().collect();
                    stage_pieces(&text).is_some()
                } {
                    k = SectionKind::Phases;
                }
                // A part named for the time whose lines name the steps and open with their
                // periods (一、时间： / 预赛：4 月 15 日------4 月 30 日 / 总决赛：5 月 6 日-5 月 31 日).
                if kids.is_empty() && nodes[i].title.contains("时间") && {
                    let n = &nodes[i];
                    n.runin
                        .iter()
                        .chain(&n.body)
                        .filter(|t| crate::date::labelled_clause(t).is_some())
                        .count()
                        >= 2
                } {
                    k = SectionKind::Phases;
                }
                // A part that is a schedule pasted as text, rows of a step and its period
                // (二、筹备安排 / 节目征集 11 月 1 日 -11 月 20 日 / 节目彩排 11 月 21 日 -12 月初),
                // under a name that is no other section's.
                if kids.is_empty()
                    && own[i].is_none()
                    && nodes[i]
                        .body
                        .iter()
                        .filter(|t| crate::date::dated_row(t).is_some())
                        .count()
                        >= 2
                {
                    k = SectionKind::Phases;
                }
                // Times of the activity's steps as parts of their own, two or more (二、报名时间：
                // 9月14日～16日 / 三、面试时间：9月20日～21日): its steps.
                if own[i].is_none_or(|o| o == SectionKind::Phases)
                    && time_slot(&nodes[i])
                    && roots.iter().filter(|&&r| time_slot(&nodes[r])).count() >= 2
                    && !roots.iter().any(|&r| {
                        r != i
                            && own[r] == Some(SectionKind::Phases)
                            && !children(nodes, &parents, r).is_empty()
                    })
                {
                    k = SectionKind::Phases;
                }
                // Parts named by their period, two or more in a row (二、前期准备（3月1日—3月4日）
                // / 三、集中服务（3月5日—3月25日）; 四月份：保龄球赛 / 五月份：……) are the
                // steps themselves.
                // (Or over their period alone: 普查区划分及绘图 / 2018年7-8月 / 1.…….)
                let by_period = |n: &Node| {
                    dated_part(n)
                        || period_alone(&n.title)
                        || super::parse::month_led(&n.title)
                        || over_its_period(n)
                };
                // A part whose own parts are all named by their periods, two or more (各月工作
                // / 9月份　订好工作计划 / 10月份　……): the steps are its.
                if own[i].is_none() && kids.len() >= 2 && kids.iter().all(|&c| by_period(&nodes[c]))
                {
                    k = SectionKind::Phases;
                }
                if nodes[i].style == Style::Stage
                    || (own[i].is_none() || super::parse::month_led(&nodes[i].title))
                        && by_period(&nodes[i])
                        && {
                            let prev = roots.iter().rev().find(|&&r| r < i);
                            let next = roots.iter().find(|&&r| r > i);
                            prev.or(next).is_some()
                                && [prev, next]
                                    .into_iter()
                                    .flatten()
                                    .any(|&r| by_period(&nodes[r]))
                                // Or three or more such parts with a table's other cells between
                                // them (第十二周 / 11.11-11.17 / 班委竞选 / 德育处 / 第十三周 / ……).
                                || roots
                                    .iter()
                                    .filter(|&&r| by_period(&nodes[r]))
                                    .take(3)
                                    .count()
                                    >= 3
                        }
                {
                    k = SectionKind::Phases;
                }
                // One of a list of stages that names no part of its own, its 阶段 left out
                // ((一)宣传发动阶段 / (二)排查整治阶段 / (三)总结验收，提升): a stage too, when
                // two or more others of its numbering are.
                if own[i].is_none()
                    && roots
                        .iter()
                        .filter(|&&r| {
                            r != i
                                && nodes[r].style == nodes[i].style
                                && super::build::stage_named(&nodes[r].title)
                        })
                        .count()
                        >= 2
                {
                    k = SectionKind::Phases;
                }
                // Areas with 牵头部门 / 责任单位 lines are 职责分工 — but for an activity plan's
                // 活动内容, whose activities name their lead units.
                let activities =
                    own[i] == Some(SectionKind::Goals) && nodes[i].title.contains("活动");
                if !kids.is_empty()
                    && field_lines(nodes, i, &["牵头部门", "牵头单位"]) > 0
                    && !matches!(k, SectionKind::Phases)
                    && !activities
                {
                    k = SectionKind::Responsibilities;
                }
                // A speech's parts are what the speaker asks of the audience, whatever
                // words (措施, 任务, 责任, 困难) their slogans contain.
                if doc_kind == DocKind::Speech
                    && (matches!(
                        k,
                        SectionKind::Other | SectionKind::Measures | SectionKind::Goals
                    ) || nodes[i].title.contains(['，', ','])
                        // (以清醒头脑认清形势, 以过硬措施压实责任: a slogan, not a part named.)
                        || matches!(
                            k,
                            SectionKind::Background | SectionKind::Responsibilities
                        ) && char_len(&nodes[i].title) >= 6)
                {
                    k = SectionKind::Requirements;
                }
                // But a point that opens on what was achieved (肯定成绩，鼓舞干劲; 过往的成绩值得
                // 肯定) looks back, and one that opens on what fell short (分析不足，改进工作)
                // names the problems.
                if doc_kind == DocKind::Speech && nodes[i].level == 1 {
                    let head = head_clause(&nodes[i].title);
                    if head.contains("成绩") {
                        k = SectionKind::Achievements;
                    } else if ["不足", "差距"].iter().any(|w| head.contains(w)) {
                        k = SectionKind::Problems;
                    }
                }
                // So are a 印发通知's own points, where the notice is the document (its plan not
                // in view): 一、各单位要高度重视…… / 二、……要加强调度…….
                if notice_itself
                    && own[i].is_none()
                    && matches!(
                        k,
                        SectionKind::Other | SectionKind::Measures | SectionKind::Goals
                    )
                {
                    k = SectionKind::Requirements;
                }
                // A summary's part on a later year than its own (2025年工作总结: 2026年工作
                // 思路), on the time after it (下一步工作安排, 新的一年工作目标) or on measures
                // to improve (改进措施, 整改措施, 对策建议) is what comes next, whatever else it
                // is called.
                let title = &nodes[i].title;
                let to_improve = own[i] == Some(SectionKind::Measures)
                    && ["改进", "整改", "对策"].iter().any(|w| title.contains(w));
                // After a half year's account (上半年工作情况), 下半年 is what comes next.
                let later_half = title.contains("下半年") && half_year_title;
                // A plan inside a summary (下半年产房工作计划, 明年工作思路, 2026年工作安排) is
                // what comes next; carrying one out (落实计划) is not.
                let a_plan = !starts_with_verb(title)
                    && ["工作计划", "工作思路", "工作打算", "工作安排"]
                        .iter()
                        .any(|w| title.trim_end_matches(['：', ':', '。']).ends_with(w));
                if doc_kind.is_summary()
                    && (year_in(title).is_some_and(|y| title_year.is_some_and(|t| y > t))
                        || later_half
                        || a_plan
                        || future_run[i]
                            && !matches!(
                                own[i],
                                Some(SectionKind::Achievements | SectionKind::Problems)
                            )
                        || next_steps_words().any(|w| title.contains(w))
                        || to_improve)
                {
                    k = SectionKind::NextSteps;
                }
                if doc_kind.is_summary() {
                    k = match k {
                        SectionKind::Background
                        | SectionKind::Problems
                        | SectionKind::NextSteps
                        | SectionKind::Other => k,
                        // A part named 指导思想 or 总体要求 outright (an activity's summary
                        // that opens with what guided it) is that, not what was done.
                        SectionKind::Guidance
                            if own[i] == Some(SectionKind::Guidance)
                                && char_len(title.trim_end_matches(['：', ':', '。'])) <= 6 =>
                        {
                            k
                        }
                        // When the activity took place is a fact of it, not what was done.
                        SectionKind::Phases if nodes[i].title.contains("活动时间") => {
                            SectionKind::Other
                        }
                        _ => SectionKind::Achievements,
                    };
                    // What a summary reports under a heading of its own words (基础设施建设,
                    // 主动公开政府信息情况) is what was done.
                    if k == SectionKind::Other {
                        k = SectionKind::Achievements;
                    }
                    // A heading that states a shortfall (一是责任制落实不够严格, 二是主体责任意识有待
                    // 提高) is a problem.
                    if k == SectionKind::Achievements && own[i].is_none() && shortfall(title) {
                        k = SectionKind::Problems;
                    }
                }
                k
            }
        };
        nodes[i].kind = kind;
    }
    doc_kind
}

/// The paragraphs of a text, or the clauses (set off by `；`) of those in which two or more
/// clauses name stages ([`crate::date::stage_clause`]) or open with the period of a step and run
/// on into it ([`crate::date::run_on_clause`]: `3月16日至6月30日集中整治；`), when two or more of
/// these pieces name stages. A lead-in before the first stage (`分三个阶段：3月1日至3月10日为准备
/// 阶段，……`) is a piece of its own. Read the pieces with [`stage_of`].
pub(super) fn stage_pieces(body: &[String]) -> Option<Vec<String>> {
    let named = |c: &str| crate::date::stage_clause(c).is_some();
    let stage =
        |c: &str, run_on: bool| named(c) || run_on && crate::date::run_on_clause(c).is_some();
    let mut stages = 0;
    let pieces: Vec<String> = body
        .iter()
        .flat_map(|p| {
            let split = |run_on: bool| -> Vec<String> {
                p.split_inclusive(['；', ';'])
                    .flat_map(|c| {
                        // A lead-in before the first stage, set off by a colon or a comma (分两个
                        // 阶段进行，第一个阶段……).
                        let lead = c
                            .match_indices(['：', '，'])
                            .map(|(k, m)| k + m.len())
                            .find(|&k| !stage(c, run_on) && stage(&c[k..], run_on));
                        match lead {
                            Some(k) => {
                                let (lead, stage) = c.split_at(k);
                                vec![lead.to_string(), stage.to_string()]
                            }
                            None => vec![c.to_string()],
                        }
                    })
                    .collect()
            };
            // Stages by name; else, in a paragraph of clauses, steps that open with their periods.
            for run_on in [false, true] {
                let clauses = split(run_on);
                let n = clauses.iter().filter(|c| stage(c, run_on)).count();
                if n >= 2 {
                    stages += n;
                    return clauses;
                }
            }
            stages += usize::from(named(p));
            vec![p.clone()]
        })
        .collect();
    (stages >= 2).then_some(pieces)
}

/// A piece of [`stage_pieces`] read as a stage: its name, its period and the rest of it.
pub(super) fn stage_of(piece: &str) -> Option<(&str, &str, &str)> {
    crate::date::stage_clause(piece).or_else(|| crate::date::run_on_clause(piece))
}

/// A part that gives a time of the activity after its label: `报名时间：9月14日～16日`.
pub(crate) fn time_slot(n: &Node) -> bool {
    crate::date::labelled_period(&n.title).is_some()
}

/// A name that is a period alone (`四月份`, `第二季度`, `3月1日—3月15日：`).
pub(crate) fn period_alone(title: &str) -> bool {
    let t = title.trim().trim_end_matches(['：', ':']).trim();
    !t.is_empty()
        && crate::date::stated_period(t)
            .is_some_and(|p| p.trim_start_matches('第') == t.trim_start_matches('第'))
}

/// A part whose name ends with its period in brackets: `前期准备（3月1日—3月4日）`.
fn dated_part(n: &Node) -> bool {
    crate::date::closing_period(&n.title).is_some()
}

/// A part whose text opens with its time line: `（一）动员部署` / `时间：3月1日—3月15日。……`, or
/// with its period alone (see [`over_its_period`]).
fn opens_with_time(n: &Node) -> bool {
    n.runin
        .iter()
        .chain(&n.body)
        .next()
        .is_some_and(|t| crate::date::labelled_period(t).is_some())
        || over_its_period(n)
}

/// A step's name over its period alone on the next line, as a table pasted cell by cell
/// gives it (`普查区划分及绘图` / `2018年7-8月` / `1.……`; two periods too: `2018年7-8月，11-12月`;
/// days between dots: `第十二周` / `11.11-11.17`).
pub(crate) fn over_its_period(n: &Node) -> bool {
    n.runin.is_none() && n.body.first().is_some_and(|t| crate::date::period_line(t))
}

/// How many of `kids` are phases, and whether they are at least half of them.
fn phase_share(nodes: &[Node], kids: &[usize]) -> (usize, bool) {
    // A step whose first part is its time line (（二）初赛 / 1、时间：五月二十九日 / 2、地点：……).
    let timed = |c: usize| {
        nodes
            .get(c + 1)
            .is_some_and(|f| f.level > nodes[c].level && time_slot(f))
    };
    let n = kids
        .iter()
        .filter(|&&c| phase_like(&nodes[c]) || timed(c))
        .count();
    (n, n > 0 && n * 2 >= kids.len())
}

/// Whether a paragraph leads into a list of the work to come: it ends with a colon after
/// 以下 or 如下 and says what the writer will do (我局将……重点做好以下工作：, 下一步，我们
/// 计划从以下几方面入手：), not how the work done is told (现将……总结如下：).
fn leads_into_work_to_come(text: &str) -> bool {
    let t = text.trim_end();
    if !t.ends_with(['：', ':']) || !(t.contains("以下") || t.contains("如下")) {
        return false;
    }
    let told = ["总结如下", "报告如下", "汇报如下", "情况如下", "回顾如下"]
        .iter()
        .any(|w| t.contains(w));
    let will = t
        .match_indices('将')
        .any(|(k, _)| !t[..k].ends_with(['现', '特', '兹', '即']) && !t[k..].starts_with("将近"));
    !told
        && (will
            || [
                "下一步",
                "今后",
                "明年",
                "下半年",
                "新的一年",
                "接下来",
                "打算",
                "计划",
            ]
            .iter()
            .any(|w| t.contains(w)))
}

/// The words of [`SectionKind::NextSteps`].
fn next_steps_words() -> impl Iterator<Item = &'static str> {
    KEYWORDS
        .iter()
        .filter(|(k, _)| *k == SectionKind::NextSteps)
        .flat_map(|(_, words)| words.iter().copied())
}

/// The first year a text names (`2025年`).
fn year_in(text: &str) -> Option<u16> {
    let text = crate::chinese::ascii_digits(text);
    let text = text.as_ref();
    let b = text.as_bytes();
    (0..b.len().saturating_sub(6)).find_map(|k| {
        let digits = &b[k..k + 4];
        let before = k.checked_sub(1).map(|j| b[j]);
        (digits.iter().all(u8::is_ascii_digit)
            && !before.is_some_and(|c| c.is_ascii_digit())
            && text[k + 4..].starts_with('年'))
        .then(|| text[k..k + 4].parse().ok())
        .flatten()
    })
}

/// An opening that says it looks back on the work (回顾一年来的德育工作，……) and not ahead.
fn reviews(line: &str) -> bool {
    ["回顾", "回首"].iter().any(|w| {
        line.match_indices(w).any(|(k, _)| {
            let after = &line[k + w.len()..];
            super::parse::LOOKING_BACK
                .iter()
                .chain(&["过去", "本学期", "今年", "上半年"])
                .any(|p| after.starts_with(p))
        })
    }) && !["新的一年", "明年", "下一步", "计划", "今后"]
        .iter()
        .any(|w| line.contains(w))
}

/// An opening that looks back on a year's work: `2022年，某大队在上级党委领导下，……形势平稳向好。`
/// One of its first two sentences (the first may be a motto: `平凡中创造非凡，不凡中坚守平凡。`)
/// starts with the year (or 今年以来) set off by a comma, says what was done or under whose
/// lead, and nothing a plan says (要, 将, 力争, 制定 ……). A plan's opening names its year with
/// 是 (`2024年是……关键一年`) or with what is to come.
fn looks_back(line: &str) -> bool {
    // What the sentence quotes (落实“疫情要防住”要求) is not its own word.
    let mut quoted = false;
    let line: String = line
        .chars()
        .filter(|&c| {
            let keep = !quoted && c != '“';
            if c == '“' {
                quoted = true;
            } else if c == '”' {
                quoted = false;
            }
            keep
        })
        .collect();
    line.split(['。', '；']).take(2).any(sentence_looks_back)
}

/// One sentence of [`looks_back`].
fn sentence_looks_back(first: &str) -> bool {
    // 要 in a word (重要, 主要, 大事要事) says nothing of what is to come.
    let plain = ["重要", "主要", "要事", "要求", "需要", "要点"]
        .iter()
        .fold(first.to_string(), |t, w| t.replace(w, ""));
    let Some((period, rest)) = first.split_once('，') else {
        return false;
    };
    // A year, masked or not (2022年, 20XX年, 20__年, 20××年).
    let year = |t: &str| {
        let t = crate::chinese::ascii_digits(t);
        let mut chars = t.chars();
        chars
            .by_ref()
            .take(4)
            .filter(|c| c.is_ascii_digit() || matches!(c, 'x' | 'X' | '_' | '×' | '＿'))
            .count()
            == 4
            && chars.next() == Some('年')
    };
    let dated = (year(period) && period.chars().count() <= 12)
        || super::parse::LOOKING_BACK.contains(&period);
    dated
        && ["领导下", "指导下", "取得", "完成了", "向好", "成效", "成绩"]
            .iter()
            .any(|w| rest.contains(w))
        && !["要", "将", "力争", "确保", "计划", "拟", "制定", "是"]
            .iter()
            .any(|w| plain.contains(w))
}

/// Whether a heading states a shortfall: `责任制落实不够严格`, `安全意识有待提高`,
/// `基层力量薄弱` (in its first clause).
fn shortfall(title: &str) -> bool {
    const WORDS: &[&str] = &[
        "不够",
        "有待",
        "不强",
        "薄弱",
        "滞后",
        "欠缺",
        "不到位",
        "不高",
        "缺乏",
        "不平衡",
        "不完善",
        "不充分",
        "较弱",
        "偏低",
        "淡薄",
        "不严",
        "较慢",
        "缓慢",
        "仍需",
        "仍存在",
        "仍然存在",
    ];
    let head = head_clause(title);
    WORDS.iter().any(|w| head.contains(w))
}

/// How often `text` writes 了, per thousand characters, but for the 了 of what is coming
/// (`劳动节快到了`, `就要到了`): the measure of a text that tells what was done.
fn past_per_mille(text: &str) -> f64 {
    let chars: Vec<char> = text.chars().collect();
    let past = (0..chars.len()).filter(|&k| past_at(&chars, k)).count();
    past as f64 * 1000.0 / chars.len().max(1) as f64
}

/// Whether `chars[k]` is a 了 of the past, not of what is coming (`快到了`, `要到了`).
fn past_at(chars: &[char], k: usize) -> bool {
    let before = |n: usize| k.checked_sub(n).map(|i| chars[i]);
    chars[k] == '了' && !(before(1) == Some('到') && matches!(before(2), Some('快' | '要')))
}

/// Whether a heading tells what was done: a 了 of the past (`加强了对教研组工作的指导`), not
/// of a word (了解, 为了, 除了).
fn tells_done(title: &str) -> bool {
    let chars: Vec<char> = title.chars().collect();
    (0..chars.len()).any(|k| {
        past_at(&chars, k)
            && chars.get(k + 1) != Some(&'解')
            && !k
                .checked_sub(1)
                .is_some_and(|b| matches!(chars[b], '为' | '除'))
    })
}

/// The kind the opening names for the document itself, when it does: `特制定本计划`,
/// `制订如下实施方案`, `现将……工作总结如下` (or `回顾如下`), `汇报如下`, a speaker's `我讲几点意见`. Read only
/// when the title names no genre (a page that left the title out, or a slogan for one).
fn named_in_opening(preamble: &[String]) -> Option<DocKind> {
    const MAKE: [&str; 6] = ["制定", "制订", "拟定", "拟订", "订立", "特制"];
    for line in preamble.iter().take(4) {
        for sentence in line.split(['。', '；', '！']) {
            let sentence = sentence.trim_end_matches(['：', ':']);
            // (A year's work looked back on: 现将全年工作回顾如下.)
            if ["总结如下", "小结如下", "回顾如下"]
                .iter()
                .any(|w| sentence.ends_with(w))
            {
                return Some(DocKind::Summary);
            }
            // 今年着重做了以下几方面工作： the work done, told part by part.
            if ["做了以下", "做了如下", "开展了以下", "开展了如下"]
                .iter()
                .any(|w| sentence.contains(w))
            {
                return Some(DocKind::Summary);
            }
            // 我代表区政府向大会报告工作，请予审议: a government's work report.
            if sentence.ends_with("汇报如下")
                || sentence.ends_with("报告如下")
                || sentence.contains("向大会报告")
            {
                return Some(DocKind::Report);
            }
            // A speaker announcing the points (我讲几点意见, 强调三点, 谈两点体会).
            let points = ["讲", "谈", "强调", "提"].iter().any(|v| {
                ["几", "两", "三", "四", "五"]
                    .iter()
                    .any(|n| sentence.contains(&format!("{v}{n}点")))
            });
            if points {
                return Some(DocKind::Speech);
            }
            let Some(at) = MAKE.iter().filter_map(|w| sentence.rfind(w)).max() else {
                continue;
            };
            // What follows the verb, to the clause's end: 本计划, 如下工作方案, 本校……活动方案.
            let made = sentence[at..].split(['，', '：', ',']).next().unwrap_or("");
            if made.chars().count() > 24 {
                continue;
            }
            let kind = if made.ends_with("活动方案") || made.ends_with("活动计划") {
                DocKind::ActivityPlan
            } else if made.ends_with("要点") {
                DocKind::WorkPoints
            } else if made.ends_with("方案") {
                DocKind::Scheme
            } else if made.ends_with("计划") || made.ends_with("安排") {
                DocKind::Plan
            } else {
                continue;
            };
            return Some(kind);
        }
    }
    None
}

fn p_title(title: &[String]) -> String {
    title.concat()
}

/// `title` without what it quotes in 书名号 (`《政府工作报告》`, `<政府工作报告>`).
fn outside_title_marks(title: &str) -> String {
    let mut depth = 0usize;
    title
        .chars()
        .filter(|&c| {
            match c {
                '《' | '<' | '〈' => depth += 1,
                '》' | '>' | '〉' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

fn doc_kind(
    title: String,
    nodes: &[Node],
    own: &[Option<SectionKind>],
    parents: &[Option<usize>],
    preamble: &[String],
    spoken_to: bool,
) -> DocKind {
    // Read without its spaces: a title is often spaced out (工 作 总 结).
    let title: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if !title.is_empty() {
        let has = |w: &str| title.contains(w);
        // A contest or a show is an activity (手抄报绘制比赛方案, 演讲比赛活动方案).
        if [
            "比赛",
            "竞赛",
            "大赛",
            "评比",
            "征文",
            "运动会",
            "晚会",
            "联欢",
            "展演",
        ]
        .iter()
        .any(|w| has(w))
            && ["方案", "计划", "安排", "策划书"]
                .iter()
                .any(|g| title.ends_with(g))
        {
            return DocKind::ActivityPlan;
        }
        if ["讲话", "发言", "致辞", "演讲", "讲稿", "主持词"]
            .iter()
            .any(|w| has(w))
        {
            return DocKind::Speech;
        }
        // A 述职报告 reports (to those the writer answers to); a 述职 otherwise sums up.
        // A 综述 reviews a year's work as a summary does (某镇社会经济发展综述).
        if has("总结")
            || has("小结")
            || title.ends_with("综述")
            || has("述职") && !title.ends_with("报告")
        {
            return DocKind::Summary;
        }
        // A 请示 goes up like a report (签发人 in its 版头): the nearest kind there is.
        // An account of how things stand (上半年工作情况, 工作开展情况通报) reports.
        // (A plan of what a report set, 《政府工作报告》确定的……分解方案, is a plan: the
        // genre its title ends with.)
        let plan_end = [
            "方案", "计划", "要点", "预案", "办法", "细则", "意见", "安排",
        ]
        .iter()
        .any(|g| title.ends_with(g));
        // (Nor is a report named in 书名号 the genre: 2022年《政府工作报告》重点任务分工.)
        let unquoted = outside_title_marks(&title);
        if (unquoted.contains("报告") || unquoted.contains("汇报")) && !plan_end
            || title.ends_with("请示")
            || title.ends_with("情况")
            || title.ends_with("情况通报")
        {
            return DocKind::Report;
        }
        // A formal title names its genre last: 关于开展……活动……的实施方案 is a 实施方案.
        // (某县关于开展……的实施方案: the organ's name may come first.)
        if title.contains("关于") && title.ends_with("实施方案") {
            return DocKind::Scheme;
        }
        if has("策划") || has("活动") && (has("方案") || has("安排") || has("计划")) {
            return DocKind::ActivityPlan;
        }
        // A 方案 whose parts are an activity's (活动背景, 活动目的, 活动主题, 活动对象 ……)
        // plans an activity, whatever its title calls it (图书馆建设方案).
        let activity_parts = nodes
            .iter()
            .zip(parents)
            .filter(|(n, p)| {
                p.is_none() && (n.title.starts_with("活动") || n.title.starts_with("活動"))
            })
            .count();
        if title.ends_with("方案") && !title.ends_with("工作方案") && activity_parts >= 3 {
            return DocKind::ActivityPlan;
        }
        if has("方案") || has("预案") || has("意见") || has("办法") || has("细则") {
            return DocKind::Scheme;
        }
        if has("要点") {
            return DocKind::WorkPoints;
        }
        if [
            "计划",
            "安排",
            "打算",
            "规划",
            "思路",
            "设想",
            "谋划",
            "行事历",
            // A term's teaching schedule (五年级语文教学进度表).
            "进度表",
        ]
        .iter()
        .any(|w| has(w))
        {
            return DocKind::Plan;
        }
        // A title that names no genre over 同志们： is a speech's slogan (服务发展为表率
        // 收心提神开新局 / 同志们：).
        // (Not a subtitle that names the occasion, ——……在……大会上: the genre is in the title
        // the page lost, and the text tells it.)
        if spoken_to && !super::parse::genre_in(&title) && !title.starts_with('—') {
            return DocKind::Speech;
        }
    }
    // A plan or scheme the opening names may still be an activity's (本方案 of a contest).
    let named = if super::parse::genre_in(&title) {
        None
    } else {
        named_in_opening(preamble)
    };
    if let Some(kind) = named.filter(|k| !matches!(k, DocKind::Plan | DocKind::Scheme)) {
        return kind;
    }
    let roots: Vec<usize> = (0..nodes.len()).filter(|&i| parents[i].is_none()).collect();
    let mut summary_kinds: Vec<SectionKind> = roots
        .iter()
        .filter_map(|&i| own[i])
        .filter(|k| {
            matches!(
                k,
                SectionKind::Achievements | SectionKind::Problems | SectionKind::NextSteps
            )
        })
        .collect();
    summary_kinds.dedup();
    // Past tense: 召开了, 取得了 — plans speak of the future.
    let body: String = preamble
        .iter()
        .chain(
            nodes
                .iter()
                .flat_map(|n| n.body.iter().chain(n.runin.iter())),
        )
        .cloned()
        .collect();
    let per_mille = |text: &str, w: &str| {
        text.matches(w).count() as f64 * 1000.0 / text.chars().count().max(1) as f64
    };
    // An account of work done (工作开展情况, 工作概况) and no part of a plan's (目标, 措施,
    // 步骤, 要求 …) named at the top: a summary whose title the page left out.
    // (A part named by what was done, 认真地抓了常规教学的五个环节, is an account's whatever
    // its words.)
    let plan_part = roots.iter().any(|&i| {
        !tells_done(&nodes[i].title)
            && matches!(
                own[i],
                Some(
                    SectionKind::Guidance
                        | SectionKind::Goals
                        | SectionKind::Phases
                        | SectionKind::Responsibilities
                        | SectionKind::Requirements
                        | SectionKind::Measures
                )
            )
    });
    // Parts of a summary, or a text that tells what was done (many a 了) — unless a plan's
    // parts head it (活动目标, 宣传阶段: a plan whose steps say what 了 will be done).
    if named.is_none() && (summary_kinds.len() >= 2 || past_per_mille(&body) >= 4.0 && !plan_part) {
        return DocKind::Summary;
    }
    // (One part's 亮点 among six tasks, 打造九大亮点, names no account.)
    let accounts = roots
        .iter()
        .filter(|&&i| own[i] == Some(SectionKind::Achievements))
        .count();
    if named.is_none()
        && summary_kinds.first() == Some(&SectionKind::Achievements)
        && !plan_part
        && accounts * 2 >= roots.len()
    {
        return DocKind::Summary;
    }
    if named.is_none()
        && title.is_empty()
        && preamble
            .first()
            .is_some_and(|l| looks_back(l) || reviews(l))
    {
        return DocKind::Summary;
    }
    let all: String = nodes
        .iter()
        .map(|n| n.title.as_str())
        .chain(std::iter::once(body.as_str()))
        .collect();
    let activity_heads = roots.iter().any(|&i| {
        [
            "活动时间",
            "活动主题",
            "活动地点",
            "活动内容",
            "活动要求",
            "活动安排",
            "活动步骤",
        ]
        .iter()
        .any(|w| nodes[i].title.contains(w))
    });
    if activity_heads || per_mille(&all, "活动") >= 12.0 {
        return DocKind::ActivityPlan;
    }
    if let Some(kind) = named {
        return kind;
    }
    // No title over 同志们： and no activity's facts (a notice of one may be addressed so): a
    // speech whose title the page left out.
    if title.is_empty() && spoken_to {
        return DocKind::Speech;
    }
    let resp = roots
        .iter()
        .any(|&i| own[i] == Some(SectionKind::Responsibilities))
        || nodes.iter().any(|n| {
            n.body
                .iter()
                .any(|b| b.starts_with("牵头部门") || b.starts_with("牵头单位"))
        });
    let measures = roots
        .iter()
        .any(|&i| own[i] == Some(SectionKind::Measures) || starts_with_verb(&nodes[i].title));
    if resp && measures {
        return DocKind::Scheme;
    }
    DocKind::Plan
}
