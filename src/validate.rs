//! Validation: every problem of a document, each with a data path and a Chinese message.

use crate::date::{Date, Precision};
use crate::model::{Document, Item, SectionKey};

use crate::error::{Problem, Severity};

/// A placeholder (【待补：…】) still left in a document: where it is and what it asks for.
///
/// ```
/// let doc = gongwen::Document::from_toml_str(r#"
/// kind = "plan"
/// title = "【待补：单位】2026年消防工作计划"
/// "#).unwrap();
/// let left = doc.placeholders();
/// assert_eq!(left[0].path, "title");
/// assert_eq!(left[0].text, "【待补：单位】");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// Where in the data: `phases[1].tasks[0].text`.
    pub path: String,
    /// The placeholder as written: `【待补：责任单位】`.
    pub text: String,
}

/// The mark a placeholder starts with.
const PLACEHOLDER: &str = "【待补";

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
            if let Some(t) = &item.table {
                check_body_table(self, &format!("{p}.table"), t);
            }
            self.items(&format!("{p}.items"), &item.items, depth + 1);
        }
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// Whether `s` is still a skeleton's placeholder (【待补：…】): its form is not checked
/// until the writer fills it in.
fn unfilled(s: &str) -> bool {
    s.contains("【待补")
}

/// `value` unless it is still a placeholder.
fn filled(value: Option<&str>) -> &str {
    value.filter(|v| !unfilled(v)).unwrap_or("")
}

impl Document {
    /// Every placeholder (【待补：…】) left in the document, in the order of the input file's
    /// keys, each with its data path. A skeleton from `gongwen new` starts with dozens; a
    /// document ready to hand in has none. Not an error: the document renders with them.
    ///
    /// ```
    /// use gongwen::{DocKind, Document, Format};
    /// use gongwen::skeleton::skeleton;
    /// let doc = Document::from_toml_str(&skeleton(DocKind::Plan, Format::Toml)).unwrap();
    /// assert!(doc.placeholders().len() > 10);
    /// assert!(Document::from_path("examples/fire_safety_plan.toml").unwrap().placeholders().is_empty());
    /// ```
    pub fn placeholders(&self) -> Vec<Placeholder> {
        let mut out = Vec::new();
        if let Ok(value) = serde_json::to_value(self) {
            collect_placeholders(&value, &mut String::new(), &mut out);
        }
        out
    }

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
        // A 讲话稿 has no signature block: its speaker stands under the title.
        if blank(&self.issuer) && self.kind.is_signed() {
            c.error("issuer", "署名（发文单位）不能为空：请写上单位全称");
        }
        match &self.date {
            None => c.error(
                "date",
                "缺少成文日期：请写上 date = \"2025-03-01\" 这样的日期",
            ),
            // A sample's date left to fill in (2023年xx月xx日) prints as written.
            Some(d) if d.is_masked() => c.warn(
                "date",
                format!("成文日期“{d}”还没有填写（x 代替了月或日）：请写上具体日期"),
            ),
            // An imported document dated to the month (二○○八年七月) prints it as written.
            Some(d) if d.precision() == Precision::Month && self.as_written => c.warn(
                "date",
                format!("成文日期只写到月（“{d}”），照原文印出：请补上日，如 2025-03-01"),
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
            c.warn(
                "guidance",
                "指导思想一节只有标题，没有内容：将只印出标题；请写上 text，或删去这一节",
            );
        }
        if let Some(g) = &self.guidance {
            c.items("guidance.principles", &g.principles, 2);
        }
        if let Some(g) = &self.goals {
            if g.overall.is_empty() && g.items.is_empty() {
                c.warn(
                    "goals",
                    "工作目标一节只有标题，没有内容：将只印出标题；请写上 overall 或 items，或删去这一节",
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
                c.warn(
                    &p,
                    "这项做法只有标题，没有内容：将只印出标题；请写上 practice（做法）或 results（成效）",
                );
            }
            c.items(&format!("{p}.items"), &a.items, 3);
        }
        if self.kind.is_summary() && self.achievements.is_empty() && self.sections.is_empty() {
            c.error(
                "achievements",
                format!(
                    "{}至少要有一项主要做法和成效：请在 achievements 中写上",
                    self.kind
                ),
            );
        }
        for (i, s) in self.sections.iter().enumerate() {
            let p = format!("sections[{i}]");
            if blank(&s.heading) {
                c.error(format!("{p}.heading"), "自定义章节缺少标题 heading");
            }
            if s.text.is_empty() && s.items.is_empty() && s.table.is_none() {
                c.warn(
                    &p,
                    "这一节只有标题，没有内容：将只印出标题；请写上 text 或 items，或删去这一节",
                );
            }
            c.items(&format!("{p}.items"), &s.items, 2);
            if let Some(t) = &s.table {
                check_body_table(&mut c, &format!("{p}.table"), t);
            }
            if let Some(at) = s.phases_at {
                if at > s.items.len() {
                    c.error(
                        format!("{p}.phases_at"),
                        format!(
                            "phases_at = {at}，但这一节只有 {} 项：实施步骤排在第几项之前，应为 0–{}",
                            s.items.len(),
                            s.items.len()
                        ),
                    );
                }
                if self.sections[..i].iter().any(|o| o.phases_at.is_some()) {
                    c.error(
                        format!("{p}.phases_at"),
                        "实施步骤只能写在一节里：请只在一个 sections 中写 phases_at",
                    );
                }
            }
        }
        for (i, a) in self.attachments.iter().enumerate() {
            if blank(&a.title) {
                c.error(format!("attachments[{i}].title"), "附件缺少标题 title");
            }
            c.items(&format!("attachments[{i}].items"), &a.items, 2);
        }
        for (i, a) in self.attachments.iter().enumerate() {
            if let Some(t) = &a.table {
                check_table(&mut c, &format!("attachments[{i}].table"), t);
            }
        }
        self.check_order(&mut c);
        self.check_elements(&mut c);
        c.problems.sort_by_key(|p| std::cmp::Reverse(p.severity));
        c.problems
    }

    fn check_phases(&self, c: &mut Checker) {
        if let Some(header) = &self.phases_table {
            let columns = crate::model::phase_columns(header);
            if header.iter().any(|h| blank(h)) {
                c.error(
                    "phases_table",
                    "表头有空格子：请给每一列写上名称，如“阶段”“时间”“主要工作”",
                );
            } else if !columns.contains(&crate::model::PhaseColumn::Name) {
                c.error(
                    "phases_table",
                    "表头里没有印阶段名称的列（“序号”和“时间”之外的第一列印名称）：请加一列，如“阶段”",
                );
            }
        }
        let mut prev: Option<(usize, Date)> = None;
        for (i, ph) in self.phases.iter().enumerate() {
            let p = format!("phases[{i}]");
            if blank(&ph.name) {
                c.error(format!("{p}.name"), "阶段缺少名称 name，如“准备阶段”");
            }
            if let (Some(s), Some(e)) = (ph.start, ph.end)
                && e.last_day() < s.first_day()
            {
                if s.is_from_issue() {
                    // The phase was written before the document was dated (or the date is a
                    // guess): worth a look, not a wrong input.
                    let (y, m, d) = s.first_day();
                    c.warn(
                        format!("{p}.start"),
                        format!("“即日起”指成文日期（{y}年{m}月{d}日），晚于这一阶段的结束时间“{e}”：请核对成文日期 date 和这一阶段的起止日期"),
                    );
                } else {
                    c.error(
                        format!("{p}.end"),
                        format!("结束时间“{e}”早于开始时间“{s}”：请核对这一阶段的起止日期"),
                    );
                }
            }
            for (field, d) in [("start", ph.start), ("end", ph.end)] {
                if let Some(d) = d.filter(Date::is_masked) {
                    c.warn(
                        format!("{p}.{field}"),
                        format!("日期“{d}”还没有填写（X 代替了月或日）：请写上具体日期"),
                    );
                }
            }
            if let Some(s) = ph.start.or(ph.end) {
                // After 即日起 the order is the document date's business (warned above); a
                // masked date has none to check.
                if let Some((j, ps)) = prev
                    && !ps.is_from_issue()
                    && !ps.is_masked()
                    && !s.is_masked()
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
                c.warn(
                    &p,
                    "这一领域只有名称，没有内容：将只印出名称；请写上牵头单位 lead、责任单位 responsible 或任务 duties",
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

    /// 版头, 版记, 附注, 印发通知 and the 讲话稿's speaker (GB/T 9704 §7.2–7.4).
    fn check_elements(&self, c: &mut Checker) {
        let speech = !self.kind.is_signed();
        if speech {
            if self.speaker.as_deref().is_none_or(blank) {
                c.warn(
                    "speaker",
                    "讲话稿没有写讲话人 speaker：标题下将只注明日期；如需注明，请写上职务和姓名，如“县委副书记、县长  张某某”",
                );
            }
            for (field, present) in [
                ("banner", self.banner.is_some()),
                ("record", self.record.is_some()),
                ("notice", self.notice.is_some()),
                ("remarks", !self.remarks.is_empty()),
            ] {
                if present {
                    c.warn(
                        field,
                        "讲话稿不排版头、版记、附注和印发通知，这一项将不会印出：请删去",
                    );
                }
            }
            return;
        }
        if self.speaker.as_deref().is_some_and(|s| !blank(s)) {
            c.warn(
                "speaker",
                format!("讲话人 speaker 只用于讲话稿，{}不会印出：请删去", self.kind),
            );
        }
        if let Some(b) = &self.banner {
            match crate::model::elements::normalize_doc_number(filled(b.number.as_deref())) {
                Err(e) => c.error("banner.number", e),
                Ok(Some(n)) if !n.changes.is_empty() => c.warn(
                    "banner.number",
                    format!(
                        "发文字号将写作“{}”（{}），GB/T 9704 规定年份用六角括号〔〕、序号不编虚位、不加“第”",
                        n.text,
                        n.changes.join("，")
                    ),
                ),
                Ok(None) if self.notice.is_some() && b.number.is_none() => c.warn(
                    "banner.number",
                    "印发通知通常有发文字号：请写上 number，如“滨政办发〔2026〕3号”",
                ),
                _ => {}
            }
            match crate::model::elements::normalize_copy_number(filled(b.copy_number.as_deref())) {
                Err(e) => c.error("banner.copy_number", e),
                Ok(Some(n)) if !n.changes.is_empty() => c.warn(
                    "banner.copy_number",
                    format!("份号将写作“{}”（{}）", n.text, n.changes.join("，")),
                ),
                _ => {}
            }
            if let Some(s) = Some(filled(b.secrecy.as_deref())).filter(|s| !blank(s))
                && !["绝密", "机密", "秘密"]
                    .iter()
                    .any(|l| s.trim().starts_with(l))
            {
                c.error(
                    "banner.secrecy",
                    format!("密级“{s}”应为绝密、机密或秘密，可加保密期限，如“秘密★1年”"),
                );
            }
            if let Some(u) = Some(filled(b.urgency.as_deref())).filter(|s| !blank(s))
                && !matches!(u.trim(), "特急" | "加急" | "特提" | "平急")
            {
                c.error("banner.urgency", format!("紧急程度“{u}”应为“特急”或“加急”"));
            }
            if b.organs.is_empty() && blank(&self.issuer) {
                c.error(
                    "banner.organs",
                    "发文机关标志没有机关名称：请写上 organs，或写上署名 issuer",
                );
            }
            if b.is_upward() && !self.kind.is_summary() {
                c.warn(
                    "banner.signers",
                    format!(
                        "签发人用于上行文（报告、请示）；{}通常是下行文，不标签发人",
                        self.kind
                    ),
                );
            }
            if self.kind == crate::model::DocKind::Report && !b.is_upward() {
                c.warn(
                    "banner.signers",
                    "报告是上行文，版头应标注签发人：请写上 signers，如 signers = \"张某某\"",
                );
            }
        }
        if let Some(r) = &self.record {
            if r.cc.is_empty() && r.printer.is_none() && r.print_date.is_none() {
                c.error(
                    "record",
                    "版记是空的：请写上抄送机关 cc、印发机关 printer 和印发日期 print_date，或删去这一节",
                );
            }
            if r.printer.as_deref().is_none_or(blank) {
                c.warn(
                    "record.printer",
                    format!(
                        "版记没有写印发机关 printer，将印作“{}”：通常是发文机关的办公室，如“{}办公室”",
                        self.issuer, self.issuer
                    ),
                );
            }
            match (r.print_date, self.notice_date()) {
                (None, Some(d)) => c.warn(
                    "record.print_date",
                    format!("版记没有写印发日期 print_date，将印作成文日期“{d}印发”"),
                ),
                (Some(p), Some(d)) if p.last_day() < d.first_day() => c.error(
                    "record.print_date",
                    format!("印发日期“{p}”早于成文日期“{d}”：请核对"),
                ),
                (Some(p), _) if p.precision() != Precision::Day => c.error(
                    "record.print_date",
                    format!("印发日期须具体到日（现为“{p}”），如 2026-03-05"),
                ),
                _ => {}
            }
            for (i, u) in r.cc.0.iter().enumerate() {
                if u.contains([',', ';']) {
                    c.warn(
                        format!("record.cc[{i}]"),
                        format!("抄送机关“{u}”中有半角标点：机关之间用全角逗号“，”隔开"),
                    );
                }
            }
        }
        if let Some(n) = &self.notice {
            if n.addressee.as_deref().is_none_or(blank) {
                c.warn(
                    "notice.addressee",
                    "印发通知没有主送机关 addressee：请写上，如“各乡镇人民政府，县直各单位：”",
                );
            }
            if let Some(d) = n.date
                && d.precision() != Precision::Day
                && !d.is_masked()
            {
                c.error(
                    "notice.date",
                    format!("印发通知的成文日期须具体到日（现为“{d}”），如 2026-03-05"),
                );
            }
        }
    }

    /// The date of the outermost signature: the notice's when it has its own, else the
    /// document's.
    fn notice_date(&self) -> Option<Date> {
        self.notice.as_ref().and_then(|n| n.date).or(self.date)
    }

    fn check_order(&self, c: &mut Checker) {
        for (i, key) in self.order.iter().enumerate() {
            let known = SectionKey::from_key(key).is_some()
                || self.sections.iter().any(|s| s.heading == *key);
            if !known {
                c.error(
                    format!("order[{i}]"),
                    format!(
                        "“{key}”既不是章节名（{}），也不是自定义章节的标题",
                        SectionKey::ALL.map(SectionKey::key).join("、")
                    ),
                );
            }
        }
    }
}

/// A table in the body (a section's or an item's): an annex's table's checks, and portrait.
fn check_body_table(c: &mut Checker, path: &str, t: &crate::model::elements::AnnexTable) {
    check_table(c, path, t);
    if t.landscape == Some(true) {
        c.error(
            format!("{path}.landscape"),
            "正文里的表格只能竖排：landscape 只用于附件中的表格；请删去 landscape，或把表格放进附件（attachments）",
        );
    }
}

/// A table (an annex's, a section's or an item's): a header, and rows as wide as it.
fn check_table(c: &mut Checker, path: &str, t: &crate::model::elements::AnnexTable) {
    // (Characters that print nothing count as none: control characters, and the private-use
    // U+F8F0–U+F8FF that the block language drops.)
    let shows_nothing = |h: &String| {
        h.chars().all(|ch| {
            ch.is_whitespace() || ch.is_control() || ('\u{F8F0}'..='\u{F8FF}').contains(&ch)
        })
    };
    if t.header.iter().all(shows_nothing) {
        c.error(
            format!("{path}.header"),
            "表格缺少表头 header：请写上各列名称，如 [\"序号\", \"姓名\", \"职务\"]",
        );
        return;
    }
    if t.rows.is_empty() {
        c.error(
            format!("{path}.rows"),
            "表格没有数据行 rows：请写上至少一行",
        );
    }
    for (j, row) in t.rows.iter().enumerate() {
        if row.len() != t.header.len() {
            c.error(
                format!("{path}.rows[{j}]"),
                format!(
                    "这一行有 {} 格，表头有 {} 列：请补齐或删去多余的格（空格写 \"\"）",
                    row.len(),
                    t.header.len()
                ),
            );
        }
    }
}

/// Walks the serialised document, collecting the placeholders of every string with its
/// path; a string that is the only element of its list (a one-paragraph text) is named by
/// the list's path, as the writer wrote it.
fn collect_placeholders(value: &serde_json::Value, path: &mut String, out: &mut Vec<Placeholder>) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            let mut rest = s.as_str();
            while let Some(at) = rest.find(PLACEHOLDER) {
                let tail = &rest[at..];
                let end = tail.find('】').map_or(tail.len(), |e| e + '】'.len_utf8());
                out.push(Placeholder {
                    path: path.clone(),
                    text: tail[..end].to_string(),
                });
                rest = &tail[end..];
            }
        }
        Value::Array(items) => {
            let single = items.len() == 1 && items[0].is_string();
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                if !single {
                    path.push_str(&format!("[{i}]"));
                }
                collect_placeholders(item, path, out);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                collect_placeholders(item, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}
