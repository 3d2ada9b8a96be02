//! Plan → summary: a year-end summary skeleton that mirrors a plan.

use crate::date::Date;
use crate::model::{Achievement, Area, DocKind, Document, Duty, Item, Paragraphs, Period};

/// The mark left where facts are missing.
pub const TODO_MARK: &str = "【待补：完成情况】";

fn todo(what: &str) -> String {
    format!("【待补：{what}】")
}

/// The title of the summary of a plan titled `title`: the genre word at the end becomes
/// 工作总结 (活动总结 for an activity plan).
fn summary_title(title: &str, kind: DocKind) -> String {
    let title = title.trim();
    let tail = if kind == DocKind::ActivityPlan {
        "活动总结"
    } else {
        "工作总结"
    };
    for suffix in [
        "活动实施方案",
        "工作实施方案",
        "实施方案",
        "工作方案",
        "活动方案",
        "行动计划",
        "工作计划",
        "工作要点",
        "方案",
        "计划",
    ] {
        if let Some(stem) = title.strip_suffix(suffix) {
            let stem = stem.strip_suffix("工作").unwrap_or(stem);
            let stem = stem.strip_suffix("活动").unwrap_or(stem);
            return format!("{stem}{tail}");
        }
    }
    format!("{title}{tail}")
}

fn clause(s: &str) -> String {
    s.trim()
        .trim_end_matches(['。', '；', ';', '，', ',', '、', '：', ':'])
        .to_string()
}

fn first_text(item: &Item) -> String {
    item.text.0.first().map(|t| clause(t)).unwrap_or_default()
}

/// A short name for an item: its title, else its text up to the first comma.
fn item_name(item: &Item) -> String {
    if let Some(t) = item.title.as_deref().filter(|t| !t.trim().is_empty()) {
        return clause(t);
    }
    let text = first_text(item);
    text.split(['，', '；', ',', ';'])
        .next()
        .unwrap_or("")
        .chars()
        .take(30)
        .collect()
}

fn task_item(task: &Item) -> Item {
    let mut text = item_name(task);
    if let Some(t) = &task.target {
        text.push_str(&format!("（目标：{}）", clause(t)));
    }
    Item {
        title: Some(clause(&text)),
        text: Paragraphs(vec![TODO_MARK.to_string()]),
        items: task.items.iter().map(task_item).collect(),
        ..Item::default()
    }
}

/// A duty of the plan's 职责分工 as a line of the summary: the task with its target, units
/// and deadline as the plan set them, and its 完成情况 to fill in.
fn duty_item(d: &Duty, area: &Area) -> Item {
    let mut line = clause(&d.task);
    let mut notes = Vec::new();
    if let Some(t) = d.target.as_deref().filter(|t| !t.trim().is_empty()) {
        notes.push(format!("目标：{}", clause(t)));
    }
    let lead = if d.lead.is_empty() {
        &area.lead
    } else {
        &d.lead
    };
    if !lead.is_empty() {
        notes.push(format!("牵头单位：{}", lead.0.join("、")));
    }
    if !d.units.is_empty() {
        notes.push(format!("责任单位：{}", d.units.0.join("、")));
    }
    if let Some(deadline) = &d.deadline {
        notes.push(format!("完成时限：{deadline}"));
    }
    if !notes.is_empty() {
        line.push_str(&format!("（{}）", notes.join("；")));
    }
    line.push_str("。完成情况：");
    line.push_str(&todo("是否完成，实际数据"));
    Item {
        text: Paragraphs(vec![line]),
        ..Item::default()
    }
}

/// The day a year-end summary is dated: the last day of the plan's period, else the last
/// day of the plan's year.
fn summary_date(plan: &Document) -> Option<Date> {
    let from = plan.period.as_ref().map(|p| p.end).or(plan.date)?;
    let (y, m, d) = from.last_day();
    let (y, m, d) = if plan.period.is_some() {
        (y, m, d)
    } else {
        (y, 12, 31)
    };
    Date::ymd(y, m, d).ok()
}

impl Document {
    /// A year-end summary (工作总结) skeleton that mirrors this plan: one achievement per
    /// goal (with its target and deadline), per phase (its tasks as items), per area of the
    /// 职责分工 (every duty as a line with its target, units and deadline) and per custom
    /// section, each with 【待补：完成情况】 where the facts go; a 基本情况 that recalls the
    /// overall goal; 存在的问题 and 下一步打算 with prompts. It validates and renders as it
    /// is; `gongwen check` lists every 【待补】 still to fill in.
    ///
    /// ```
    /// use gongwen::{Document, DocKind, Renderer};
    /// let plan = Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// let summary = plan.summarize();
    /// assert_eq!(summary.kind, DocKind::Summary);
    /// assert!(summary.title.ends_with("工作总结"), "{}", summary.title);
    /// assert!(summary.validate().iter().all(|p| p.severity != gongwen::Severity::Error));
    /// let goals = plan.goals.as_ref().map_or(0, |g| g.items.len());
    /// let areas = plan.responsibilities.iter().filter(|a| !a.duties.is_empty()).count();
    /// assert_eq!(summary.achievements.len(),
    ///     goals + plan.phases.len() + areas + plan.sections.len());
    /// Renderer::new().render_to_bytes(&summary).unwrap();
    /// ```
    pub fn summarize(&self) -> Document {
        let mut s = Document::new(DocKind::Summary, summary_title(&self.title, self.kind));
        // A speech names no issuer; the summary must, so it asks for one.
        s.issuer = match self.issuer.trim() {
            "" => todo("发文单位全称"),
            _ => self.issuer.clone(),
        };
        s.addressee = None;
        s.date = summary_date(self);
        s.period = self.period.as_ref().map(|p| Period {
            start: p.start,
            end: p.end,
        });
        s.keywords = self.keywords.clone();
        s.fonts = self.fonts.clone();

        // 基本情况
        let mut situation = Vec::new();
        let overall = self
            .goals
            .as_ref()
            .map(|g| g.overall.0.join(""))
            .unwrap_or_default();
        if overall.trim().is_empty() {
            situation.push(format!(
                "{}简要交代全年工作的总体情况：计划确定的目标任务完成了多少，主要数据与年初目标相比如何。",
                todo("基本情况")
            ));
        } else {
            situation.push(format!(
                "年初确定的总体目标是：{}。{}写明目标的总体完成情况和主要数据。",
                clause(&overall),
                TODO_MARK
            ));
        }
        s.situation = Paragraphs(situation);

        // 主要做法和成效: goals
        if let Some(g) = &self.goals {
            for goal in &g.items {
                let name = item_name(goal);
                let mut results = Vec::new();
                let mut line = String::new();
                if let Some(t) = &goal.target {
                    line.push_str(&format!("目标：{}。", clause(t)));
                }
                if let Some(d) = &goal.deadline {
                    line.push_str(&format!("完成时限：{d}。"));
                }
                line.push_str(&todo("实际完成数据，与目标对比，是否按期完成"));
                results.push(line);
                s.achievements.push(Achievement {
                    title: name.clone(),
                    practice: Paragraphs(vec![format!(
                        "{TODO_MARK}围绕“{}”，写明采取了哪些做法。",
                        clause(&name)
                    )]),
                    results: Paragraphs(results),
                    items: goal.items.iter().map(task_item).collect(),
                    ..Achievement::default()
                });
            }
        }
        // phases
        for ph in &self.phases {
            let when = match (&ph.start, &ph.end) {
                (Some(a), Some(b)) => format!("（{}）", crate::date::date_range(a, b)),
                (Some(a), None) => format!("（{a}起）"),
                (None, Some(b)) => format!("（{b}前）"),
                (None, None) => String::new(),
            };
            let name = clause(&ph.name);
            let mut practice = vec![format!("{TODO_MARK}{name}{when}的工作开展情况。")];
            practice.extend(ph.text.0.iter().map(|t| format!("计划安排：{}", t.trim())));
            s.achievements.push(Achievement {
                title: format!("{name}工作"),
                practice: Paragraphs(practice),
                items: ph.tasks.iter().map(task_item).collect(),
                ..Achievement::default()
            });
        }
        // 职责分工: every duty's task, target, units and deadline, with its 完成情况 to fill in
        for area in self
            .responsibilities
            .iter()
            .filter(|a| !a.duties.is_empty())
        {
            let name = clause(&area.area);
            s.achievements.push(Achievement {
                title: name.clone(),
                practice: Paragraphs(vec![format!("{TODO_MARK}“{name}”各项任务的落实情况。")]),
                items: area.duties.iter().map(|d| duty_item(d, area)).collect(),
                ..Achievement::default()
            });
        }
        // custom sections (行动、工程、专项 …)
        for sec in &self.sections {
            let heading = clause(&sec.heading);
            s.achievements.push(Achievement {
                title: heading.clone(),
                practice: Paragraphs(vec![format!("{TODO_MARK}“{heading}”各项工作的落实情况。")]),
                items: sec.items.iter().map(task_item).collect(),
                ..Achievement::default()
            });
        }
        if s.achievements.is_empty() {
            s.achievements.push(Achievement {
                title: todo("主要做法"),
                practice: Paragraphs(vec![format!(
                    "{TODO_MARK}写明采取了哪些做法，取得了哪些成效。"
                )]),
                ..Achievement::default()
            });
        }

        // 存在的问题
        s.problems = vec![
            Item {
                text: Paragraphs(vec![format!(
                    "{}对照年初目标，写明没有完成或完成得不好的任务、差距有多大、原因是什么。",
                    todo("存在的问题")
                )]),
                ..Item::default()
            },
            Item {
                text: Paragraphs(vec![format!(
                    "{}写明工作机制、力量保障、部门协同等方面的不足。",
                    todo("存在的问题")
                )]),
                ..Item::default()
            },
        ];

        // 下一步打算
        let mut next = vec![Item {
            title: Some(todo("下一步打算")),
            text: Paragraphs(vec![
                "针对上述问题，写明明年的目标、措施、完成时限和责任单位。".to_string(),
            ]),
            ..Item::default()
        }];
        for r in self.safeguards.iter().chain(&self.requirements).take(2) {
            if let Some(t) = r.title.as_deref().filter(|t| !t.trim().is_empty()) {
                next.push(Item {
                    title: Some(format!("继续{}", clause(t).trim_start_matches("继续"))),
                    text: Paragraphs(vec![todo("具体措施")]),
                    ..Item::default()
                });
            }
        }
        s.next_steps = next;
        s
    }
}
