//! Validation: every problem of a document, each with a data path and a Chinese message.

use std::fmt;

use crate::date::{Date, Precision};
use crate::model::{Document, Item};

/// How serious a [`Problem`] is. Rendering refuses errors and reports warnings.
///
/// ```
/// assert!(gongwen::Severity::Error > gongwen::Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look; the document still renders.
    Warning,
    /// The document cannot be rendered until this is fixed.
    Error,
}

/// One problem found by [`Document::validate`].
///
/// ```
/// use gongwen::{Document, DocKind, Severity};
/// let doc = Document::new(DocKind::Plan, "");
/// let problems = doc.validate();
/// let p = problems.iter().find(|p| p.path == "title").unwrap();
/// assert_eq!(p.severity, Severity::Error);
/// assert_eq!(p.to_string(), format!("错误 [title]：{}", p.message));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data: `phases[2].end`.
    pub path: String,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and what to do, in Chinese.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "错误",
            Severity::Warning => "提醒",
        };
        write!(f, "{sev} [{}]：{}", self.path, self.message)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(path, Severity::Error, message);
    }
    fn warn(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(path, Severity::Warning, message);
    }
    fn push(&mut self, path: impl Into<String>, severity: Severity, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            severity,
            message: message.into(),
        });
    }

    fn items(&mut self, path: &str, items: &[Item], depth: usize) {
        for (i, item) in items.iter().enumerate() {
            let p = format!("{path}[{i}]");
            let title_empty = item.title.as_deref().is_none_or(|t| t.trim().is_empty());
            if title_empty && item.text.is_empty() && item.items.is_empty() {
                self.error(&p, "这一条是空的：请写上 title 或 text，或者删去这一条");
            }
            if depth > 4 && !item.items.is_empty() {
                self.warn(
                    format!("{p}.items"),
                    "公文标题最多四级（一、（一）1.（1）），更深的条目将作为普通段落排出",
                );
            }
            self.items(&format!("{p}.items"), &item.items, depth + 1);
        }
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

impl Document {
    /// Checks the document and returns every problem found, errors first. An empty list
    /// means the document is ready to render.
    ///
    /// Checked: title, issuer and date present; the date a single day; phases that end
    /// before they start, overlap out of order or fall outside the period; duties without a
    /// lead unit; empty sections and items; summaries without achievements.
    ///
    /// ```
    /// use gongwen::Document;
    /// let doc = Document::from_toml_str(r#"
    /// kind = "plan"
    /// title = "计划"
    /// issuer = "某局"
    /// date = "2025-03-01"
    /// [[phases]]
    /// name = "准备阶段"
    /// start = "2025-04-10"
    /// end = "2025-04-01"
    /// "#).unwrap();
    /// let problems = doc.validate();
    /// assert_eq!(problems[0].path, "phases[0].end");
    /// ```
    pub fn validate(&self) -> Vec<Problem> {
        let mut c = Checker {
            problems: Vec::new(),
        };
        if blank(&self.title) {
            c.error(
                "title",
                "标题不能为空：请写上文件标题，如“XX街道2025年消防安全工作计划”",
            );
        }
        if blank(&self.issuer) {
            c.error("issuer", "署名（发文单位）不能为空：请写上单位全称");
        }
        match &self.date {
            None => c.error(
                "date",
                "缺少成文日期：请写上 date = \"2025-03-01\" 这样的日期",
            ),
            Some(d) if d.precision() != Precision::Day => c.error(
                "date",
                format!("成文日期须具体到日（现为“{d}”），如 2025-03-01"),
            ),
            _ => {}
        }
        if let Some(p) = &self.period
            && p.end.last_day() < p.start.first_day()
        {
            c.error(
                "period.end",
                format!("截止日期“{}”早于起始日期“{}”", p.end, p.start),
            );
        }
        if let Some(g) = &self.guidance
            && g.text.is_empty()
            && g.principles.is_empty()
        {
            c.error("guidance", "指导思想一节是空的：请写上 text，或删去这一节");
        }
        if let Some(g) = &self.guidance {
            c.items("guidance.principles", &g.principles, 2);
        }
        if let Some(g) = &self.goals {
            if g.overall.is_empty() && g.items.is_empty() {
                c.error(
                    "goals",
                    "工作目标一节是空的：请写上 overall 或 items，或删去这一节",
                );
            }
            c.items("goals.items", &g.items, 2);
        }
        self.check_phases(&mut c);
        self.check_responsibilities(&mut c);
        c.items("requirements", &self.requirements, 2);
        c.items("safeguards", &self.safeguards, 2);
        c.items("problems", &self.problems, 2);
        c.items("next_steps", &self.next_steps, 2);
        for (i, a) in self.achievements.iter().enumerate() {
            let p = format!("achievements[{i}]");
            if blank(&a.title) {
                c.error(
                    format!("{p}.title"),
                    "这项做法缺少标题：请用一句话概括，如“强化宣传教育”",
                );
            }
            if a.practice.is_empty()
                && a.results.is_empty()
                && a.figures.is_empty()
                && a.items.is_empty()
            {
                c.error(
                    &p,
                    "这项做法没有内容：请写上 practice（做法）或 results（成效）",
                );
            }
            c.items(&format!("{p}.items"), &a.items, 3);
        }
        if self.kind.is_summary() && self.achievements.is_empty() && self.sections.is_empty() {
            c.error(
                "achievements",
                "工作总结至少要有一项主要做法和成效：请在 achievements 中写上",
            );
        }
        for (i, s) in self.sections.iter().enumerate() {
            let p = format!("sections[{i}]");
            if blank(&s.heading) {
                c.error(format!("{p}.heading"), "自定义章节缺少标题 heading");
            }
            if s.text.is_empty() && s.items.is_empty() {
                c.error(&p, "这一节是空的：请写上 text 或 items，或删去这一节");
            }
            c.items(&format!("{p}.items"), &s.items, 2);
        }
        for (i, a) in self.attachments.iter().enumerate() {
            if blank(&a.title) {
                c.error(format!("attachments[{i}].title"), "附件缺少标题 title");
            }
            c.items(&format!("attachments[{i}].items"), &a.items, 2);
        }
        self.check_order(&mut c);
        c.problems.sort_by_key(|p| std::cmp::Reverse(p.severity));
        c.problems
    }

    fn check_phases(&self, c: &mut Checker) {
        let mut prev: Option<(usize, Date)> = None;
        for (i, ph) in self.phases.iter().enumerate() {
            let p = format!("phases[{i}]");
            if blank(&ph.name) {
                c.error(format!("{p}.name"), "阶段缺少名称 name，如“准备阶段”");
            }
            if let (Some(s), Some(e)) = (ph.start, ph.end)
                && e.last_day() < s.first_day()
            {
                c.error(
                    format!("{p}.end"),
                    format!("结束时间“{e}”早于开始时间“{s}”：请核对这一阶段的起止日期"),
                );
            }
            if let Some(s) = ph.start.or(ph.end) {
                if let Some((j, ps)) = prev
                    && s.first_day() < ps.first_day()
                {
                    c.warn(
                        format!("{p}.start"),
                        format!("这一阶段开始于“{s}”，早于上一阶段（phases[{j}]，“{ps}”）：阶段应按时间先后排列"),
                    );
                }
                prev = Some((i, s));
            }
            if let Some(period) = &self.period {
                for (field, d) in [("start", ph.start), ("end", ph.end)] {
                    if let Some(d) = d
                        && (d.last_day() < period.start.first_day()
                            || d.first_day() > period.end.last_day())
                    {
                        c.warn(
                            format!("{p}.{field}"),
                            format!(
                                "“{d}”不在工作起止日期（{}—{}）之内",
                                period.start, period.end
                            ),
                        );
                    }
                }
            }
            c.items(&format!("{p}.tasks"), &ph.tasks, 3);
        }
    }

    fn check_responsibilities(&self, c: &mut Checker) {
        for (i, a) in self.responsibilities.iter().enumerate() {
            let p = format!("responsibilities[{i}]");
            if blank(&a.area) {
                c.error(
                    format!("{p}.area"),
                    "职责分工缺少领域名称 area，如“就业和社会保障”",
                );
            }
            if a.text.is_empty()
                && a.duties.is_empty()
                && a.lead.is_empty()
                && a.responsible.is_empty()
            {
                c.error(
                    &p,
                    "这一领域没有内容：请写上牵头单位 lead、责任单位 responsible 或任务 duties",
                );
            }
            for (j, d) in a.duties.iter().enumerate() {
                let dp = format!("{p}.duties[{j}]");
                if blank(&d.task) {
                    c.error(format!("{dp}.task"), "任务内容 task 不能为空");
                }
                if d.lead.is_empty() && a.lead.is_empty() {
                    c.error(
                        format!("{dp}.lead"),
                        "这项任务没有牵头单位：请在任务中写 lead，或在所属领域写 lead",
                    );
                }
            }
        }
    }

    fn check_order(&self, c: &mut Checker) {
        for (i, key) in self.order.iter().enumerate() {
            let known = crate::template::SECTION_KEYS.contains(&key.as_str())
                || self.sections.iter().any(|s| s.heading == *key);
            if !known {
                c.error(
                    format!("order[{i}]"),
                    format!(
                        "“{key}”既不是章节名（{}），也不是自定义章节的标题",
                        crate::template::SECTION_KEYS.join("、")
                    ),
                );
            }
        }
    }
}
