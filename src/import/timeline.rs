//! The dates an imported document sets: its phases in order, each followed by the dated
//! steps written inside it, then the times other parts name for a step of their own, and
//! last the time of the whole work (`活动时间：……`) when no entry has its dates.
//!
//! A plan's 实施步骤 are its [`Phase`]s, and render as such. But writers also date steps
//! where no phase is: a stage's text lists its days (`第一阶段：换届` / `10月9日，发布公告。` /
//! `10月12日上午，召开竞选大会。`), and an activity plan names the time of each step in its
//! own part (`报名时间：11月20日—11月24日` / `初赛时间：11月25日`). The timeline gathers them
//! all, without moving any text: the document stays as written.

use serde::Serialize;

use super::number::Style;
use super::parse::{Node, Parsed};
use crate::date::{self, Date};
use crate::model::{DocKind, Document, Item, Phase};

/// One dated step of an imported document: a phase, a dated step inside a phase, or the time
/// another part names for a step (`报名时间：11月20日—11月24日` → `报名`).
///
/// ```
/// let imp = gongwen::Import::from_text(
///     "某学院2025年换届活动方案\n一、活动安排\n第一阶段：主席团换届\n10月9日，发布换届公告。\n\
///      10月12日上午，召开竞选大会。\n二、报名须知\n报名时间：9月20日—9月30日\n",
/// );
/// let t = &imp.timeline;
/// assert_eq!(t[0].name, "第一阶段：主席团换届");
/// assert_eq!((t[0].phase, t[0].in_phase), (Some(0), false));
/// assert_eq!(t[1].name, "发布换届公告");
/// assert_eq!(t[1].start.map(|d| d.iso()), Some("2025-10-09".into()));
/// assert_eq!((t[1].phase, t[1].in_phase), (Some(0), true));
/// assert_eq!(t[3].name, "报名");
/// assert_eq!(t[3].end.map(|d| d.iso()), Some("2025-09-30".into()));
/// assert_eq!(t[3].phase, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    /// What happens, as the document names it (a step's sentence without its date and the
    /// mark that ends it).
    pub name: String,
    /// When it starts; for one day, that day.
    pub start: Option<Date>,
    /// When it ends; for one day, that day; for a deadline (`5月底前`), the only date.
    pub end: Option<Date>,
    /// The index in [`Document::phases`] of the phase the entry is or is a step of; `None`
    /// for a time that another part names.
    pub phase: Option<usize>,
    /// Whether the entry is a step written inside its phase, not the phase itself.
    pub in_phase: bool,
    /// The start as the document writes it (`五月二十二日`, `即日起`, `3.9`), when it is
    /// written where the entry is read; for a row of a schedule dated by its week alone, the
    /// week (`第六周`), with no date read from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_text: Option<String>,
    /// The end as the document writes it (`五月二十四日`, `6月底`, `10月底前`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_text: Option<String>,
}

/// When a step runs: its dates, and its start and end as the document writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct When {
    start: Option<Date>,
    end: Option<Date>,
    written: (Option<String>, Option<String>),
}

impl When {
    /// The dates read from `period`, with its start and end as written where there are dates
    /// and the period writes days or months (`五月二十日`, `9.1-9.7`; not 一季度 or 上半年,
    /// which the dates name as they are written).
    fn new((start, end): (Option<Date>, Option<Date>), period: &str) -> When {
        let dated = period.contains('月')
            || period
                .as_bytes()
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
        let (a, b) = date::period_parts(period)
            .filter(|_| dated)
            .unwrap_or_default();
        When {
            start,
            end,
            written: (
                start.and(a).map(str::to_string),
                end.and(b).map(str::to_string),
            ),
        }
    }
}

/// The timeline of `doc`, imported from `p`: dates without a year take `year`, and 即日起
/// means `dated`.
pub(crate) fn timeline(
    p: &Parsed,
    doc: &Document,
    year: Option<u16>,
    dated: Option<Date>,
) -> Vec<TimelineEntry> {
    let mut out = Vec::new();
    let weeks = by_week(&p.preamble);
    for (i, ph) in doc.phases.iter().enumerate() {
        let texts = phase_texts(ph);
        // The phase's year for its steps' dates, when it has one.
        let y = ph.start.or(ph.end).map(|d| d.year()).or(year);
        let (mut start_text, mut end_text) = phase_written(ph, &texts, y, dated);
        // A row of a term's schedule dated by its week alone (`第六周 | 开幕式 | 全体学生`).
        if ph.start.is_none()
            && ph.end.is_none()
            && let Some((first, last)) = week_cell(&ph.name)
        {
            (start_text, end_text) = (Some(first), last);
        }
        // A row of a schedule that is all the document has under its title (`1 | 9.1-9.2 |
        // 1《白鹭》`) is named by what it says besides its period, as schedule_rows names it.
        let row = p
            .nodes
            .is_empty()
            .then(|| row_step(&ph.name, y, dated, weeks));
        let name = match row.flatten() {
            Some((name, when)) if (when.start, when.end) == (ph.start, ph.end) => name,
            _ => ph.name.clone(),
        };
        out.push(TimelineEntry {
            name,
            start: ph.start,
            end: ph.end,
            phase: Some(i),
            in_phase: false,
            start_text,
            end_text,
        });
        for (k, text) in texts.iter().enumerate() {
            let Some((name, when, named)) = dated_step(text, y, dated) else {
                continue;
            };
            // The period the phase's first paragraph opens with is the phase's own
            // (`3月1日至3月15日，召开动员会……` under `（一）宣传发动阶段`), and so is the time
            // its first paragraph names for the phase itself (`清理时间定于4月上旬` under
            // `（三）清理河塘沟渠`); another step's time (`初赛时间：4月15日` under `比赛时间：`)
            // is a step all the same.
            if k == 0
                && (when.start, when.end) == (ph.start, ph.end)
                && (!named || ph.name.contains(&name))
            {
                continue;
            }
            out.push(entry(name, when, Some(i), true));
        }
    }
    // A time the opening names (`报名截止日期：4月30日前` before the first heading).
    for line in &p.preamble {
        if let Some((name, dates)) = time_line(line, year, dated) {
            push_new(&mut out, name, dates);
        }
    }
    // A schedule that is all the document has under its title (a term's teaching schedule:
    // `周次 | 日期 | 教学内容` / `1 | 9.1-9.2 | 1《白鹭》` / ……), two rows or more, unless
    // its rows are the document's phases already (a plan without headings).
    if !p.nodes.is_empty() || doc.phases.is_empty() {
        for (name, dates) in schedule_rows(&p.preamble, year, dated) {
            push_new(&mut out, name, dates);
        }
    }
    // Stages the opening names in its sentences, two or more (`本次活动分三个阶段进行：第一阶段
    // （8月1日—8月10日）宣传发动；第二阶段（……）集中开展；……`).
    for piece in super::classify::stage_pieces(&p.preamble).unwrap_or_default() {
        if let Some((name, period, _)) = super::classify::stage_of(&piece)
            && let Some(dates) = dates_of(period, year, dated)
        {
            push_new(&mut out, name.to_string(), dates);
        }
    }
    // The same sentences read as numbered parts of their own (`1、3月20日，……` / `2、3月22日
    // —24日，……`, one level under a part that is no phase), two or more in a row.
    if !matches!(doc.kind, DocKind::Summary | DocKind::Report) {
        let opened = |n: &Node| {
            (!n.numbering.is_empty())
                .then(|| opening_step(&node_head(n), year, dated))
                .flatten()
        };
        let mut k = 0;
        while k < p.nodes.len() {
            let level = p.nodes[k].level;
            let run: Vec<(String, When)> = p.nodes[k..]
                .iter()
                .take_while(|n| n.level == level)
                .map_while(opened)
                .collect();
            let len = run.len();
            if len >= 2 {
                for (name, dates) in run {
                    push_new(&mut out, name, dates);
                }
            }
            k += len.max(1);
        }
    }
    // Periods a sentence names after a colon, two or more, each a short name run on into its
    // period (`重点巡查时段为：夏收季节4月20日-6月20日，秋收季节8月20日-11月20日。`).
    for t in p
        .preamble
        .iter()
        .chain(p.nodes.iter().flat_map(|n| &n.body))
    {
        let named = named_periods(t);
        if named.len() >= 2 {
            for (name, period) in named {
                if let Some(dates) = dates_of(period, year, dated) {
                    push_new(&mut out, name.to_string(), dates);
                }
            }
        }
    }
    // Times that other parts name for their steps (a part of the steps that gave no phases
    // too: 八、参赛方式 / 4、比赛时间： / 初赛时间：11月25日); a time a phase has already
    // given is not repeated.
    // The last month a heading named alone: a calendar's months run on over the new year
    // (`十二月份` / `一月份`).
    let mut month_heading: Option<Date> = None;
    for (k, n) in p.nodes.iter().enumerate() {
        // A part whose heading is a stage with its period (`宣传阶段（12月11-12月13）：` in a
        // second part of steps) or closes with one (`（一）启动仪式（3月5日）`).
        if let Some(period) = date::closing_period(&n.title).or_else(|| {
            (n.style == Style::Stage || super::build::stage_named(&n.title))
                .then(|| date::stated_period(&n.title))
                .flatten()
        }) && let Some(dates) = dates_of(period, year, dated)
        {
            push_new(&mut out, n.title.clone(), dates);
        }
        // A month or a period alone as a heading, over what is done in it (a calendar's `十月` /
        // `饮食教育宣传月` / `1.……`) or before it (`十二月份：艺术活动月。……`).
        let period = n.title.trim().trim_end_matches(['：', ':']);
        if date::period_line(period)
            && let Some(mut dates) = dates_of(period, year, dated)
        {
            if let (Some(last), Some(start)) = (month_heading, dates.start)
                && start.first_day() < last.first_day()
                && start.year() == last.year()
                && let Some(next) = dates_of(period, last.year().checked_add(1), dated)
            {
                dates = next;
            }
            month_heading = dates.start.or(month_heading);
            push_new(&mut out, n.title.clone(), dates);
        }
        // A schedule pasted as text in a part of its own, two rows or more.
        for (name, dates) in schedule_rows(&n.body, year, dated) {
            push_new(&mut out, name, dates);
        }
        for line in node_lines(n) {
            if let Some((name, dates)) = time_line(&line, year, dated) {
                push_new(&mut out, name, dates);
            }
        }
        // A plan's numbered sentences that open with their day, two or more (`1、3月20日，在
        // 社区设立义诊点。` / `2、3月22日—24日，入户走访。` under 二、活动安排): the steps of the
        // work, written as its sentences. A summary's sentences tell what was done, not when.
        if !matches!(doc.kind, DocKind::Summary | DocKind::Report) {
            let steps: Vec<(String, When)> = n
                .body
                .iter()
                .filter_map(|t| numbered_step(t, year, dated))
                .collect();
            if steps.len() >= 2 {
                for (name, dates) in steps {
                    push_new(&mut out, name, dates);
                }
            }
            // A step named in a run-in heading, its text opening with its day (`广场集中宣传。
            // 5月18日，在市博物馆广场……`).
            for t in &n.body {
                if let Some((name, dates)) = runin_step(t, year, dated) {
                    push_new(&mut out, name, dates);
                }
            }
            // (Read as a heading with its text run in, numbered or not: `2、营造共青林活动。
            // 3月12日下午组织团员青年义务植树。`, or after a colon: `（1）初赛：10月1日—11月1日
            // （即投稿时间）。选手……`.)
            if let Some(r) = &n.runin
                && let Some((name, dates)) = runin_step(
                    &format!("{}。{r}", n.title.trim_end_matches(['。', '：', ':'])),
                    year,
                    dated,
                )
            {
                push_new(&mut out, name, dates);
            }
            // A sentence that sets the work's schedule clause by clause, three dates or more
            // (`3、全部评审工作即日启动，各县务于8月底完成初评，9月10日前报送初审材料，9月20日前
            // 组织复审。`): each clause is a step.
            for t in std::iter::once(node_head(n)).chain(n.body.iter().cloned()) {
                for (name, dates) in schedule_clauses(&t, year, dated) {
                    push_new(&mut out, name, dates);
                }
            }
            // A numbered part whose name runs on into its period (`5、评奖及表彰4月16日~4月19日
            // 由评审小组评选`, `3、截稿时间2021年4月15日`).
            if !n.numbering.is_empty()
                && let head = node_head(n)
                && let Some(period) = date::named_run_on(&head)
                && let Some(at) = head.find(period)
                && let Some(dates) = dates_of(period, year, dated)
            {
                let name = head[..at].trim_end_matches(['：', ':']);
                let name = name.strip_suffix("时间").unwrap_or(name);
                if !name.is_empty() {
                    push_new(&mut out, name.to_string(), dates);
                }
            }
            // A part under another that names an activity and gives its time (`（一）阅读挑战赛
            // 颁奖仪式` / `活动时间：4月23日15:30-16:00`): the time is the activity's.
            if n.level > 1
                && let Some(dates) = n.body.iter().find_map(|t| whole_time(t, year, dated))
            {
                // (Under a fact of the activity read as a heading, `1.启动仪式` / `活动形式：……` /
                // `活动时间：……`, the activity is the part above the fact.)
                let fact =
                    |n: &Node| n.title.ends_with(['：', ':']) && n.title.chars().count() <= 7;
                let named = if fact(n) {
                    p.nodes[..k]
                        .iter()
                        .rev()
                        .find(|m| m.level < n.level)
                        .filter(|m| !fact(m))
                } else {
                    Some(n)
                };
                if let Some(m) = named {
                    push_new(&mut out, m.title.clone(), dates);
                }
            }
        }
    }
    // The time of the whole work (`活动时间：3月5日至3月31日`, `四、活动的时间和地点` / `时间：3月初`,
    // `三、活动时间` / `2015年8月1日至8月31日`): last, so that a step's own time is read first,
    // and not when an entry has its dates already (the time of a phase's one activity).
    let mut whole = Vec::new();
    for n in &p.nodes {
        whole.extend(
            node_lines(n)
                .iter()
                .filter_map(|line| whole_line(line, year, dated)),
        );
        if date::whole_label(&n.title)
            && n.runin.is_none()
            && let Some(first) = n.body.first()
            && date::period_line(first)
            && let Some(dates) = dates_of(first.trim(), year, dated)
        {
            whole.push((n.title.clone(), dates));
        }
    }
    let opening = p
        .preamble
        .iter()
        .filter_map(|line| whole_line(line, year, dated));
    for (name, when) in opening.chain(whole) {
        if !out
            .iter()
            .any(|e| (e.start, e.end) == (when.start, when.end))
        {
            out.push(entry(name, when, None, false));
        }
    }
    out
}

/// The weeks a row of a schedule opens with, as its first cell, as its start and end:
/// `第六周 | 开幕式` → `第六周`, `第十、十一周 | 3对3篮球赛` → `第十、十一周`, `第十周至第十二周：
/// 班级读书会` → `第十周` to `第十二周`.
fn week_cell(name: &str) -> Option<(String, Option<String>)> {
    let cell = name
        .split(['|', '：', ':', ' ', '\u{3000}', '（', '('])
        .next()?
        .trim();
    let week = |w: &str| {
        let inner = w
            .strip_prefix('第')
            .unwrap_or(w)
            .strip_suffix(['周', '週'])?;
        (!inner.is_empty()
            && inner.chars().count() <= 8
            && inner.chars().all(|c| {
                super::number::is_cn_digit(c) || c.is_ascii_digit() || "、，,".contains(c)
            }))
        .then_some(())
    };
    cell.starts_with('第').then_some(())?;
    match cell.split_once(['至', '到', '—', '-', '~', '～']) {
        Some((a, b)) => {
            week(a)?;
            week(b)?;
            Some((a.to_string(), Some(b.to_string())))
        }
        None => {
            week(cell)?;
            Some((cell.to_string(), None))
        }
    }
}

/// A time line that dates the whole work (`活动时间：3月5日至3月31日`), named by its label.
fn whole_line(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    let (label, period) = date::time_line(line)?;
    if !date::whole_label(&label) {
        return None;
    }
    Some((
        date::without_list_mark(&label).to_string(),
        dates_of(period, year, dated)?,
    ))
}

/// A line that names a step in a run-in heading ended by 。 and opens its text with the
/// step's day: `广场集中宣传。5月18日，市博物馆广场……` → `广场集中宣传`. Not a deadline.
fn runin_step(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    let (head, rest) = line.trim().split_once('。')?;
    let n = head.chars().count();
    if !(2..=12).contains(&n)
        || !head
            .chars()
            .all(|c| crate::chinese::is_cjk(c) || "“”".contains(c))
    {
        return None;
    }
    let (_, dates) = opening_step(rest, year, dated)?;
    Some((head.to_string(), dates))
}

/// The dates of a time line whose label dates the whole of what its part names
/// (`活动时间：……`, see [`date::WHOLE`]).
fn whole_time(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<When> {
    whole_line(line, year, dated).map(|(_, when)| when)
}

/// The periods a sentence lists after its colon, each a name and its period and nothing
/// else: `时段为：夏收季节4月20日-6月20日，秋收季节8月20日-11月20日。` → (`夏收季节`,
/// `4月20日-6月20日`), (`秋收季节`, `8月20日-11月20日`).
fn named_periods(text: &str) -> Vec<(&str, &str)> {
    let Some((_, list)) = text.split_once(['：', ':']) else {
        return Vec::new();
    };
    list.split(['，', '；', '。', ',', ';'])
        .map(str::trim)
        .filter_map(|piece| {
            let period = date::named_run_on(piece)?;
            let name = piece.strip_suffix(period)?;
            Some((name, period))
        })
        .collect()
}

/// A numbered sentence that opens with its period and names what is done then (`1、3月20日，
/// 在社区设立义诊点。` → `在社区设立义诊点`); not a deadline (`2、5月底前完成摸底。`), which a
/// task line sets for itself.
fn numbered_step(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    let t = line.trim();
    // `1、3月20日`: the number's relaxed reading, as the day follows its mark (see the
    // caller: two such lines or more).
    let num = super::number::parse_relaxed(t)?;
    opening_step(&t[num.rest..], year, dated)
}

/// A text that opens with its period and names what is done then ([`dated_step`]'s first
/// form), with a start: not a deadline (`5月底前完成摸底`).
fn opening_step(text: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    let (name, dates, named) = dated_step(text, year, dated)?;
    (!named && dates.start.is_some()).then_some((name, dates))
}

/// Adds a time named outside the phases, unless an entry with its dates and a name that
/// holds its name (or that its name holds, or every cell of a row's: a phase named by the
/// whole row `报名 10月20日—11月9日 校团委`) is there already.
fn push_new(out: &mut Vec<TimelineEntry>, name: String, when: When) {
    let known = out.iter().any(|e| {
        (e.start, e.end) == (when.start, when.end)
            && (e.name.contains(&name)
                || name.contains(&e.name)
                || name.split_whitespace().all(|cell| e.name.contains(cell)))
    });
    if !known {
        out.push(entry(name, when, None, false));
    }
}

/// An entry of the timeline named `name`, at `when`.
fn entry(name: String, when: When, phase: Option<usize>, in_phase: bool) -> TimelineEntry {
    let (start_text, end_text) = when.written;
    TimelineEntry {
        name,
        start: when.start,
        end: when.end,
        phase,
        in_phase,
        start_text,
        end_text,
    }
}

/// A phase's start and end as the document writes them: the period its name states, else the
/// first in its name or text, that gives its dates (a year aside: a phase may run on into the
/// next year); else the first period that starts as the phase does and the last that ends as
/// it does (a stage dated by its steps: `10月9日，……` / `10月12日，……`).
fn phase_written(
    ph: &Phase,
    texts: &[String],
    year: Option<u16>,
    dated: Option<Date>,
) -> (Option<String>, Option<String>) {
    if ph.start.is_none() && ph.end.is_none() {
        return (None, None);
    }
    let same = |a: Option<Date>, b: Option<Date>| {
        a.map(|d| d.without_year()) == b.map(|d| d.without_year())
    };
    // The period its name states first, and those its text gives after a label, as the phase
    // was read (a week's `9.1-9.7` names no month; `活动时间：10月21日早上8:30至11:00` keeps its
    // clock), then every period of its name and text.
    let labelled = texts.iter().flat_map(|t| date::labelled_periods(t));
    let read: Vec<When> = date::stated_period(&ph.name)
        .into_iter()
        .chain(labelled)
        .chain(
            std::iter::once(ph.name.as_str())
                .chain(texts.iter().map(String::as_str))
                .flat_map(date::periods),
        )
        .filter_map(|p| dates_of(p, year, dated))
        .collect();
    if let Some(w) = read
        .iter()
        .find(|w| same(w.start, ph.start) && same(w.end, ph.end))
    {
        return w.written.clone();
    }
    let start = ph
        .start
        .and_then(|_| read.iter().find(|w| same(w.start, ph.start)))
        .and_then(|w| w.written.0.clone());
    let end = ph
        .end
        .and_then(|_| read.iter().rev().find(|w| same(w.end, ph.end)))
        .and_then(|w| w.written.1.clone());
    (start, end)
}

/// The paragraphs of a phase, then the titles and paragraphs of its tasks, in order.
fn phase_texts(ph: &Phase) -> Vec<String> {
    fn items(list: &[Item], out: &mut Vec<String>) {
        for it in list {
            out.extend(it.title.iter().cloned());
            out.extend(it.text.0.iter().cloned());
            items(&it.items, out);
        }
    }
    let mut out = ph.text.0.clone();
    items(&ph.tasks, &mut out);
    out
}

/// The heading of a part (its run-in text included) and its paragraphs.
fn node_lines(n: &Node) -> Vec<String> {
    std::iter::once(node_head(n))
        .chain(n.body.iter().cloned())
        .collect()
}

/// The heading of a part, its run-in text included.
fn node_head(n: &Node) -> String {
    match &n.runin {
        Some(r) => format!("{}{}", n.title, r),
        None => n.title.clone(),
    }
}

/// A step that a paragraph of a phase dates: it opens with its period (`10月9日，发布招聘公告。`,
/// `10月12日上午考察。`), or names its time (`初赛时间：11月25日`; then the flag is set).
fn dated_step(text: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When, bool)> {
    let t = text.trim();
    let (period, rest) = match date::dated_clause(t) {
        Some((_, period, rest)) => (period, rest),
        None => match date::period_head(t) {
            Some(period) => (period, &t[period.len()..]),
            None => {
                return time_line(t, year, dated)
                    .or_else(|| row_step(t, year, dated, false))
                    .map(|(n, d)| (n, d, true));
            }
        },
    };
    let name = step_name(rest);
    names_a_step(&name).then_some((name, dates_of(period, year, dated)?, false))
}

/// A line that gives a step its time: [`named_time`] or [`labelled_step`].
fn time_line(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    named_time(line, year, dated).or_else(|| labelled_step(line, year, dated))
}

/// The step a time line names, and its dates: `报名时间：11月20日—11月24日` → `报名`;
/// `活动时间：……`, which dates the whole work, names none.
fn named_time(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    let (head, period) = date::step_time(line)?;
    Some((head, dates_of(period, year, dated)?))
}

/// A step named before a colon with its period as all the rest: `知识竞赛：5月中旬`,
/// `朗诵、讲故事、演讲比赛：5月下旬`. A time line (`比赛时间：……`) is [`named_time`]'s.
fn labelled_step(line: &str, year: Option<u16>, dated: Option<Date>) -> Option<(String, When)> {
    let (name, rest) = line.trim().split_once(['：', ':'])?;
    let name = date::without_list_mark(name);
    let period = rest.trim().trim_end_matches(['。', '；', ';', '.']).trim();
    let simple = crate::chinese::simplified(name);
    if name.chars().count() > 20
        || name.contains(['，', '。', '；', ',', ';', '：', ':'])
        || ["时间", "时段", "日期", "时限"]
            .iter()
            .any(|w| simple.as_deref().unwrap_or(name).ends_with(w))
        || !names_a_step(name)
        || !date::reads_as_period(period)
    {
        return None;
    }
    Some((name.to_string(), dates_of(period, year, dated)?))
}

/// The dates of `period`, when it gives at least one.
fn dates_of(period: &str, year: Option<u16>, dated: Option<Date>) -> Option<When> {
    let dates = date::period_dates(period, year, dated);
    (dates.0.is_some() || dates.1.is_some()).then(|| When::new(dates, period))
}

/// The steps of a sentence that dates three clauses or more, in order of their dates: each
/// clause without its period and the words that set it (`各县务于8月底完成初评` → `各县完成初评`,
/// to end 8月底).
fn schedule_clauses(text: &str, year: Option<u16>, dated: Option<Date>) -> Vec<(String, When)> {
    let sentence = text.split(['。', '；', ';']).next().unwrap_or(text);
    let steps: Vec<(String, When)> = sentence
        .split(['，', ','])
        .filter_map(|clause| {
            let period = date::inner_period(clause)?;
            let dates = dates_of(period, year, dated)?;
            let k = clause.find(period)?;
            let before = clause[..k].trim_end();
            let set = ["务于", "要于", "须于", "应于", "于", "在", "从", "自"]
                .iter()
                .find_map(|w| before.strip_suffix(w).map(|b| (b, *w)));
            // (`3月上旬为宣传阶段`: the stage is named after 为.)
            let after = clause[k + period.len()..]
                .trim_start_matches(['前', '起', '以', '内'])
                .trim_start();
            let after = after.strip_prefix('为').unwrap_or(after);
            // `务于8月底完成初评`: done by then, a deadline.
            let dates = match set {
                Some((_, w)) if w.ends_with('于') && after.starts_with("完成") => When {
                    start: None,
                    written: (None, dates.written.1),
                    ..dates
                },
                _ => dates,
            };
            let before = set.map_or(before, |(b, _)| b);
            let name = format!("{}{after}", before.trim()).trim().to_string();
            names_a_step(&name).then_some((name, dates))
        })
        .collect();
    // Each after the one before: a schedule, not dates a sentence compares.
    let key = |d: &When| d.end.or(d.start);
    let ordered = steps.windows(2).all(|w| key(&w[0].1) <= key(&w[1].1));
    if steps.len() >= 3 && ordered {
        steps
    } else {
        Vec::new()
    }
}

/// The rows of a schedule pasted as text among `lines` (see [`row_step`]), two or more; else
/// none.
fn schedule_rows(lines: &[String], year: Option<u16>, dated: Option<Date>) -> Vec<(String, When)> {
    let weeks = by_week(lines);
    let rows: Vec<(String, When)> = lines
        .iter()
        .filter_map(|t| row_step(t, year, dated, weeks))
        .collect();
    if rows.len() >= 2 { rows } else { Vec::new() }
}

/// Whether a table's header among `lines` heads its first column 周次: each row's number is
/// its week (`周次 | 日期 | 教学内容` / `3 | 9.12-9.16 | ……`), not a list's.
fn by_week(lines: &[String]) -> bool {
    lines.iter().any(|t| {
        t.split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜'))
            .find(|c| !c.is_empty())
            .is_some_and(|first| first == "周次")
    })
}

/// A row of a schedule pasted as text (`节目编排 11 月 12 日 -12 月初`, `1 5月10日 启动仪式
/// 社区党委`): the step is what the row says besides its period and its number.
fn row_step(
    line: &str,
    year: Option<u16>,
    dated: Option<Date>,
    by_week: bool,
) -> Option<(String, When)> {
    let (row, period, _) = date::dated_row(line)?;
    let rest = row.replacen(period, " ", 1);
    // Its cells, the bars of a table drawn in text aside (without the 在 of a cell that said
    // `在3月7日上午`).
    let mut cells: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜'))
        .filter(|c| !c.is_empty() && !matches!(*c, "在" | "于"))
        .collect();
    // Its number: 1, or ① … ⑳ (but a week's, under 周次, names it).
    if !by_week
        && cells.first().is_some_and(|c| {
            c.chars()
                .all(|d| d.is_ascii_digit() || ('\u{2460}'..='\u{2473}').contains(&d))
        })
    {
        cells.remove(0);
    }
    let name = cells.join(" ");
    names_a_step(&name).then_some((name, dates_of(period, year, dated)?))
}

/// Whether a step's name names something done: two Chinese characters at least (not the
/// `、26` left of `4月25、26日`).
fn names_a_step(name: &str) -> bool {
    name.chars()
        .filter(|&c| crate::chinese::is_cjk(c))
        .nth(1)
        .is_some()
}

/// A step's name from what follows its date: the marks around it taken off.
fn step_name(rest: &str) -> String {
    rest.trim_start_matches(['，', ',', '：', ':', '、', ' ', '\u{3000}'])
        .trim_end_matches(['。', '；', ';', '，', ',', '.'])
        .trim()
        .to_string()
}
