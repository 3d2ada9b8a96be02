//! From the parsed structure to a [`Document`] that `gongwen render` accepts.

use super::SectionKind;
use super::classify::{stage_pieces, subtree};
use super::number::Style;
use super::parse::{Node, Parsed};
use crate::date::Date;
use crate::date::{Dates, period_dates};
use crate::error::Severity;
use crate::model::Notice;
use crate::model::{
    Achievement, Area, Attachment, DocKind, Document, Duty, Goals, Guidance, Item, Paragraphs,
    Phase, Section, Units,
};

/// Placeholder title when the source has none.
pub(crate) const TITLE_TODO: &str = "【待补：标题】";
/// Placeholder issuer when the source has no signature.
pub(crate) const ISSUER_TODO: &str = "【待补：发文单位全称】";
/// What stands in for the lead unit of an area of 职责分工 that names none.
pub(crate) const LEAD_TODO: &str = "【待补：牵头单位】";
/// What stands in for a summary's missing 主要做法和成效.
pub(crate) const ACHIEVEMENTS_TODO: &str = "【待补：主要做法和成效】";

fn children(nodes: &[Node], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let range = subtree(nodes, i);
    let mut k = range.start;
    while k < range.end {
        out.push(k);
        k = subtree(nodes, k).end;
    }
    out
}

/// The heading's own paragraphs: run-in text first, then the lines after it.
fn paras(n: &Node) -> Vec<String> {
    n.runin.iter().chain(n.body.iter()).cloned().collect()
}

fn item(nodes: &[Node], i: usize) -> Item {
    let n = &nodes[i];
    let items = children(nodes, i)
        .into_iter()
        .map(|k| item(nodes, k))
        .collect();
    let text = paras(n);
    // A heading that is a whole sentence on a line of its own, its text on the lines after
    // (2、举行朗诵、讲故事、演讲比赛。 / 一至三年级：朗诵比赛 / ……), is the item's first
    // paragraph: as a title it would run in with the next line, which the writer set apart.
    let sentence = n.runin.is_none() && n.title.ends_with(['。', '！', '？']);
    if text.is_empty() || sentence {
        Item {
            text: Paragraphs(std::iter::once(n.title.clone()).chain(text).collect()),
            items,
            ..Item::default()
        }
    } else {
        Item {
            title: Some(n.title.clone()),
            text: Paragraphs(text),
            items,
            ..Item::default()
        }
    }
}

/// All text of a subtree, flattened into paragraphs (headings included).
fn flatten(nodes: &[Node], i: usize, with_heading: bool) -> Vec<String> {
    let mut out = Vec::new();
    if with_heading {
        let n = &nodes[i];
        let mut head = format!("{}{}", n.numbering, n.title);
        if let Some(r) = &n.runin {
            head.push('。');
            head.push_str(r);
        }
        out.push(head);
        out.extend(n.body.iter().cloned());
    } else {
        out.extend(paras(&nodes[i]));
    }
    for k in children(nodes, i) {
        out.extend(flatten(nodes, k, true));
    }
    out
}

/// The units named in brackets in a task (`……培训（牵头单位：甲；责任单位：乙、丙）`): lead units
/// and units. The text itself is not changed.
fn take_units(text: &str) -> (Units, Units) {
    let mut lead = Units::default();
    let mut units = Units::default();
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        let after = &rest[open..];
        let oc = after.chars().next().map_or(1, char::len_utf8);
        let Some(close_rel) = after.find([')', '）']) else {
            break;
        };
        let inner = &after[oc..close_rel];
        let cc = after[close_rel..].chars().next().map_or(1, char::len_utf8);
        let fields: Vec<(&str, &str)> = inner
            .split(['；', ';'])
            .filter_map(|seg| seg.split_once(['：', ':']))
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        let is_units = !fields.is_empty()
            && fields
                .iter()
                .all(|(k, _)| k.contains("单位") || k.contains("部门") || k.contains("牵头"));
        if is_units {
            for (k, v) in fields {
                if k.contains("牵头") {
                    lead.0.extend(Units::from(v).0);
                } else if k.starts_with("责任") {
                    units.0.extend(Units::from(v).0);
                }
            }
        }
        rest = &rest[open + close_rel + cc..];
    }
    (lead, units)
}

fn field<'a>(p: &'a str, names: &[&str]) -> Option<&'a str> {
    for n in names {
        if let Some(r) = p.strip_prefix(n) {
            let r = r.trim_start();
            if let Some(v) = r.strip_prefix(['：', ':']) {
                return Some(v.trim());
            }
        }
    }
    None
}

fn area(nodes: &[Node], i: usize) -> Area {
    let n = &nodes[i];
    let mut a = Area {
        area: n.title.clone(),
        ..Area::default()
    };
    // The unit lines stay in the text as written (the heading prints them as they are) and
    // fill the unit lists as well (for the task table and validation).
    let mut text = Vec::new();
    for p in paras(n) {
        if field(&p, super::parse::UNIT_LABELS).is_some() {
            text.push(p.clone());
        }
        if let Some(v) = field(&p, &["牵头部门", "牵头单位"]) {
            a.lead
                .0
                .extend(Units::from(v.trim_end_matches(['。', '.'])).0);
        } else if let Some(v) = field(&p, &["责任单位", "责任部门"]) {
            a.responsible
                .0
                .extend(Units::from(v.trim_end_matches(['。', '.', '等'])).0);
        } else if let Some(v) = field(&p, &["配合单位", "配合部门", "协办单位"]) {
            a.cooperate
                .0
                .extend(Units::from(v.trim_end_matches(['。', '.'])).0);
        } else {
            text.push(p);
        }
    }
    // 责任单位 lists ending in 等 keep it as written.
    if let Some(last) = a.responsible.0.last_mut() {
        let raw = paras(n)
            .into_iter()
            .find_map(|p| field(&p, &["责任单位", "责任部门"]).map(str::to_string));
        if raw.is_some_and(|r| r.trim_end_matches('。').ends_with('等')) && !last.ends_with('等')
        {
            last.push('等');
        }
    }
    a.text = Paragraphs(text);
    for k in children(nodes, i) {
        let c = &nodes[k];
        // The task and its target stay as written, unit brackets and labels included; the
        // units they name fill the unit lists too.
        let (mut lead, mut units) = take_units(&c.title);
        let task = c.title.clone();
        let mut target = None;
        let mut text = Vec::new();
        let mut deadline = None;
        let mut paras = flatten(nodes, k, false);
        paras.retain(|p| !p.is_empty());
        // A closing note as the template writes it (a gongwen .docx read back), first under
        // the duty's line, becomes the duty's fields again.
        if let Some((l, u, d)) = paras.first().and_then(|note| read_note(note)) {
            lead.0.extend(l.0);
            units.0.extend(u.0);
            deadline = d;
            paras.remove(0);
        }
        // Every paragraph stays as written and in order: a first one under its own label
        // (目标任务：……) is the target, the others the duty's text. The units a paragraph
        // names, in brackets or after a label, fill the unit lists too.
        for (n, p) in paras.into_iter().enumerate() {
            let labelled = field(&p, &["目标任务", "目标要求"]);
            let (l2, u2) = take_units(labelled.unwrap_or(&p));
            lead.0.extend(l2.0);
            units.0.extend(u2.0);
            if let Some(v) = field(&p, &["牵头单位", "牵头部门"]) {
                lead.0
                    .extend(Units::from(v.trim_end_matches(['。', '.', '；'])).0);
            } else if let Some(v) = field(&p, &["责任单位", "责任部门"]) {
                units
                    .0
                    .extend(Units::from(v.trim_end_matches(['。', '.', '；'])).0);
            }
            if n == 0 && labelled.is_some() {
                target = Some(p);
            } else {
                text.push(p);
            }
        }
        a.duties.push(Duty {
            task,
            target,
            lead,
            units,
            deadline,
            text: Paragraphs(text),
        });
    }
    if a.lead.is_empty() {
        if super::classify::unit_name(&a.area) {
            // The area is named after the unit that carries it (（一）派出所).
            a.lead = Units::from(a.area.as_str());
        } else if a.duties.is_empty() || a.duties.iter().any(|d| d.lead.is_empty()) {
            // An area that names no unit (成立领导小组, 就业和社会保障), and not every duty
            // does: the writer names it.
            a.lead = Units(vec![LEAD_TODO.to_string()]);
        }
    }
    a
}

/// A duty's closing note as the template writes it, `（牵头单位：甲局；责任单位：乙局、丙局；完成时限：
/// 2026年6月底前）`, read into lead units, units and deadline — only when writing them again
/// gives the very same text, so that nothing the writer wrote is rewritten.
fn read_note(note: &str) -> Option<(Units, Units, Option<Date>)> {
    let inner = note.strip_prefix('（')?.strip_suffix('）')?;
    let (mut lead, mut units, mut deadline) = (Units::default(), Units::default(), None);
    for seg in inner.split('；') {
        let (k, v) = seg.split_once('：')?;
        match k {
            "牵头单位" => lead = Units::from(v),
            "责任单位" => units = Units::from(v),
            "完成时限" => deadline = Some(crate::date::parse_phrase(v, None)?),
            _ => return None,
        }
    }
    let duty = Duty {
        lead,
        units,
        deadline,
        ..Duty::default()
    };
    (crate::template::duty_note(&duty) == note).then_some((duty.lead, duty.units, duty.deadline))
}

/// The dates of the period a phase's heading states (`准备阶段(2025年4月1日—4月上旬)`,
/// `准备阶段：3月上旬至4月底`: [`crate::date::stated_period`]; `评奖4月16日~4月19日由……`:
/// [`crate::date::named_run_on`]); dates without a year take `year`,
/// the document's.
fn phase_dates(title: &str, year: Option<u16>, dated: Option<Date>) -> Dates {
    crate::date::stated_period(title)
        .or_else(|| crate::date::named_run_on(title))
        .map_or((None, None), |p| period_dates(p, year, dated))
}

/// Whether a heading names a stage (准备阶段, 第一階段), in simplified or traditional characters.
pub(crate) fn stage_named(title: &str) -> bool {
    // Not this stage, each or the next (（本阶段）, 各阶段任务, 下阶段工作打算): no stage's name.
    ["阶段", "階段"].iter().any(|w| {
        title.match_indices(w).any(|(k, _)| {
            !title[..k].ends_with(['本', '各', '该', '該', '每', '此', '这', '這', '下'])
        })
    })
}

/// Whether part `k` lists stages: two or more parts, each a stage by its name or its dates.
fn lists_stages(nodes: &[Node], k: usize) -> bool {
    let stage = |n: &Node| stage_named(&n.title) || crate::date::stated_period(&n.title).is_some();
    let steps = children(nodes, k);
    steps.len() >= 2 && steps.iter().all(|&s| stage(&nodes[s]))
}

/// The part of section `r` that lists the document's steps, where a writer put them inside
/// another part (二、组织实施 / （一）加强领导 / （二）实施步骤 / 1.准备阶段…… / （三）经费保障, or
/// 三、工作安排 / （一）时间安排 / 1.宣传发动（4月上旬） / （二）工作要求): a part named for the
/// steps whose parts are stages, in a section that is not itself such a list.
/// With `schedules`, a part that holds a schedule pasted as text counts too (三、组织分工 /
/// 2、活动时间和任务分工 / 赛程 时间 负责单位 / 报名 10月20日—11月9日 校团委 / ……).
fn nested_steps(nodes: &[Node], r: usize, schedules: bool) -> Option<usize> {
    if nodes[r].kind == SectionKind::Phases && lists_stages(nodes, r) {
        return None;
    }
    let kids = children(nodes, r);
    // Not a stage whose own steps are dated (具体流程 / 一、前期准备 / （一）6月21日，…… / 二、主体
    // 活动（6月28日当天）): its sibling dated by its name says the section's parts are the stages.
    let dated_sibling = |k: usize| {
        kids.iter()
            .any(|&s| s != k && crate::date::stated_period(&nodes[s].title).is_some())
    };
    kids.iter().copied().find(|&k| {
        nodes[k].kind == SectionKind::Phases && lists_stages(nodes, k) && !dated_sibling(k)
            || schedules && holds_schedule(nodes, k)
    })
}

/// Whether part `k` is a schedule pasted as text, with no parts under it: a header row
/// naming the time (赛程 时间 负责单位) and two or more dated rows.
fn holds_schedule(nodes: &[Node], k: usize) -> bool {
    let body = paras(&nodes[k]);
    // A header row, or a name that says it is one (【筹备日程安排】 over `节目编排 11月12日-12月初`).
    let named = {
        let t = super::parse::simple(&nodes[k].title);
        t.contains("日程") || t.contains("时间安排") || t.contains("进度安排")
    };
    children(nodes, k).is_empty()
        && (named || body.iter().any(|p| crate::date::schedule_header(p)))
        && dated_rows(&body)
}

/// The year that phases after `p` take for dates written without one: the year `p` ends in,
/// when that is later than `year`.
fn later_year(year: Option<u16>, p: &Phase) -> Option<u16> {
    match (year, p.end.or(p.start)) {
        (Some(y), Some(d)) if d.year() > y => Some(d.year()),
        _ => year,
    }
}

/// The phase that `read` gives with the year of dates written without one, `year`; one that
/// would then start before the phase before it (九月份 … 十二月份, then 一月份) runs on into the
/// next year, as phases follow each other — unless its year was written, or the next year
/// would leave a gap of more than four months (a list of stages out of order is not read
/// as running over years).
fn in_turn(prev: Option<&Phase>, year: Option<u16>, read: impl Fn(Option<u16>) -> Phase) -> Phase {
    let p = read(year);
    let (Some(before), Some(y)) = (prev.and_then(|q| q.end.or(q.start)), year) else {
        return p;
    };
    match p.start.or(p.end) {
        Some(d) if d.last_day() < before.first_day() && d.year() == y => {
            let next = read(Some(y + 1));
            let months = |d: Date| i32::from(d.year()) * 12 + i32::from(d.month());
            // A year written in the phase stays: the dates move only when they took `year`.
            let moved = next
                .start
                .or(next.end)
                .is_some_and(|e| e.year() == y + 1 && months(e) - months(before) <= 4);
            if moved { next } else { p }
        }
        _ => p,
    }
}

/// Where a 印发通知's plan starts: the index in `p.preamble` of the plan's own title line,
/// repeating what the notice's title names (`关于印发《X》的通知` … `X`). `None` for a document
/// that is no such notice, or whose plan is not in view: that notice is the document itself.
pub(crate) fn notice_plan_line(p: &Parsed) -> Option<usize> {
    let full = p.title.concat();
    let inner = super::parse::notice_of(&full)?;
    let inner = inner
        .strip_prefix('《')
        .and_then(|r| r.strip_suffix('》'))
        .unwrap_or(inner)
        .trim();
    let key = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    (!inner.is_empty())
        .then(|| p.preamble.iter().position(|l| key(l) == key(inner)))
        .flatten()
}

/// `关于印发《X》的通知` wrapping a plan: the plan titled X becomes the document and the
/// notice's title, 主送 and text (the lines before the plan's own title line) become its
/// [`Notice`]. Without the plan's title line in view, the notice is the document.
fn unwrap_notice(doc: &mut Document, p: &Parsed) {
    let full = p.title.concat();
    let Some(k) = notice_plan_line(p) else {
        return;
    };
    let mut notice = Notice {
        title: Some(full.clone()),
        addressee: doc.addressee.take(),
        ..Notice::default()
    };
    let lines = notice_lines(doc, &mut notice, &p.preamble[..k], p.date.is_some());
    notice.text = Paragraphs(lines);
    doc.opening = Some(Paragraphs(p.preamble[k + 1..].to_vec()));
    doc.title = p.preamble[k].clone();
    doc.notice = Some(notice);
}

/// The notice's own lines as a page prints them under its title (a legal database's
/// `全康办〔2007〕9号` / 主送 / text / `二○○七年一月二十三日`): its 发文字号 goes to the 版头
/// (printed under the title it would read as one), its 主送 to the notice and its date to
/// the document; the rest is the notice's text.
pub(super) fn notice_lines(
    doc: &mut Document,
    notice: &mut Notice,
    lines: &[String],
    dated: bool,
) -> Vec<String> {
    let mut lines = lines.to_vec();
    // The organ before 关于印发 in the notice's title signs it, when nothing else names the
    // issuer (中国残疾人联合会关于印发《……》的通知).
    if doc.issuer.starts_with("【待补")
        && let Some(organ) = notice
            .title
            .as_deref()
            .and_then(|t| t.split_once("关于印发"))
            .map(|(organ, _)| organ.trim())
            .filter(|o| super::parse::issuer_like(o))
    {
        doc.issuer = organ.to_string();
    }
    if doc.banner.is_none()
        && let Some(first) = lines.first()
        && super::frame::doc_number_at(first).is_some()
        && first.trim().ends_with('号')
        && first.chars().count() <= 30
        && !first.contains(['，', '。', '：', ':'])
        && crate::model::elements::normalize_doc_number(first).is_ok()
    {
        let number = lines.remove(0);
        doc.banner = Some(crate::model::elements::Banner {
            number: Some(number.trim().to_string()),
            ..Default::default()
        });
    }
    if notice.addressee.is_none()
        && lines
            .first()
            .is_some_and(|l| super::parse::addressee_like(l))
    {
        notice.addressee = Some(lines.remove(0));
    }
    if !dated
        && lines.len() > 1
        && let Some(date) = lines
            .last()
            .and_then(|l| super::parse::date_line(l))
            .and_then(|d| d.parse::<Date>().ok())
    {
        lines.pop();
        doc.date = Some(date);
    }
    lines
}

/// The document's year: the year its title names (see [`crate::date::title_year`]), else
/// the year of its date, else of the first date its text writes.
pub(super) fn doc_year(p: &Parsed) -> Option<u16> {
    crate::date::title_year(&p.title.concat())
        .or_else(|| {
            p.date
                .as_deref()
                .and_then(|d| d.parse::<Date>().ok())
                .map(|d| d.year())
        })
        .or_else(|| text_year(p))
}

/// The year of the first date the text writes with one (活动时间：2025年4月1日至……, or
/// between dots or slashes: 2025.03.16), for a document whose title and signature name none.
fn text_year(p: &Parsed) -> Option<u16> {
    let texts = p.preamble.iter().chain(p.nodes.iter().flat_map(|n| {
        std::iter::once(&n.title)
            .chain(n.runin.iter())
            .chain(n.body.iter())
    }));
    texts.into_iter().find_map(|t| {
        let t = crate::date::arabic_dates(t);
        let t = crate::chinese::ascii_digits(&t);
        // One character of padding, so that `2025年3月` ending the text fills a window.
        let chars: Vec<char> = t
            .chars()
            .filter(|c| !c.is_whitespace())
            .chain(['\0'])
            .collect();
        chars.windows(8).find_map(|w| {
            let digits = w[..4].iter().all(|c| c.is_ascii_digit());
            let month = w[5].is_ascii_digit() && (w[6] == '月' || w[6].is_ascii_digit());
            // 2025.3.16, 2025/03/16: the month, its separator again, a day.
            let dotted = matches!(w[4], '.' | '/' | '．')
                && w[5].is_ascii_digit()
                && (w[6] == w[4] && w[7].is_ascii_digit() || w[6].is_ascii_digit() && w[7] == w[4]);
            if !(digits && (w[4] == '年' && month || dotted)) {
                return None;
            }
            let y: String = w[..4].iter().collect();
            y.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y))
        })
    })
}

/// Phases written as sentences in the text of 实施步骤 or 活动时间, a paragraph each or one
/// paragraph in clauses set off by `；` (`即日起至11月5日为前期预热阶段，……；11月6日至11月30日为
/// 集中宣传阶段，……`): two or more, else `None`. Gives the paragraphs before the first (the
/// lead-in) and the phases; what follows a stage's sentence is its text.
fn stage_sentences(
    body: &[String],
    year: Option<u16>,
    dated: Option<Date>,
) -> Option<(Vec<String>, Vec<Phase>)> {
    // Stages by name, else two or more paragraphs that open with their periods.
    let (pieces, clause): (Vec<String>, Clause) = match stage_pieces(body) {
        Some(p) => (p, super::classify::stage_of),
        None if dated_paragraphs(body) => (body.to_vec(), crate::date::dated_clause),
        None if dated_rows(body) => (body.to_vec(), crate::date::dated_row),
        None if labelled_clauses(body) => (body.to_vec(), crate::date::labelled_clause),
        None if named_clauses(body) => (body.to_vec(), crate::date::named_clause),
        None if timed_clauses(body) => (body.to_vec(), crate::date::timed_clause),
        None => return None,
    };
    let mut lead = Vec::new();
    let mut phases: Vec<Phase> = Vec::new();
    // (A schedule may run into the next year: 12.26-12.30, then 1.2-1.6.)
    let mut year = year;
    for piece in pieces {
        match clause(&piece) {
            Some((name, period, rest)) => {
                let read = |y: Option<u16>| {
                    let (start, end) = period_dates(period, y, dated);
                    Phase {
                        name: name.to_string(),
                        start,
                        end,
                        text: Paragraphs(if rest.is_empty() {
                            Vec::new()
                        } else {
                            vec![rest.to_string()]
                        }),
                        ..Phase::default()
                    }
                };
                let p = in_turn(phases.last(), year, read);
                year = later_year(year, &p);
                phases.push(p);
            }
            None => match phases.last_mut() {
                Some(p) => p.text.0.push(piece),
                None => lead.push(piece),
            },
        }
    }
    Some((lead, phases))
}

/// A reader of a phase's sentence: its name, its period and the rest of it.
type Clause = fn(&str) -> Option<(&str, &str, &str)>;

/// Whether two or more paragraphs are rows of a schedule (`1 5月10日 启动仪式 社区党委`).
fn dated_rows(body: &[String]) -> bool {
    body.iter()
        .filter(|p| crate::date::dated_row(p).is_some())
        .count()
        >= 2
}

/// Whether two or more paragraphs name their part and then open with its period
/// (`前期准备：9.10前往社区了解情况`).
fn labelled_clauses(body: &[String]) -> bool {
    body.iter()
        .filter(|p| crate::date::labelled_clause(p).is_some())
        .count()
        >= 2
}

/// Whether the paragraphs are steps named before their periods (`小麦秸秆直接还田，6月10日—7月5日；`),
/// one at least and no other text.
fn named_clauses(body: &[String]) -> bool {
    !body.is_empty() && body.iter().all(|p| crate::date::named_clause(p).is_some())
}

/// Whether two or more paragraphs give the times of steps after their labels (`初赛时间：11月25日`
/// / `决赛时间：12月6日`).
fn timed_clauses(body: &[String]) -> bool {
    body.iter()
        .filter(|p| crate::date::timed_clause(p).is_some())
        .count()
        >= 2
}

/// Whether two or more paragraphs open with their periods (`9月1日—9月10日，启动仪式。`).
fn dated_paragraphs(body: &[String]) -> bool {
    body.iter()
        .filter(|p| crate::date::dated_clause(p).is_some())
        .count()
        >= 2
}

fn phase(nodes: &[Node], i: usize, year: Option<u16>, dated: Option<Date>) -> Phase {
    let mut p = Phase {
        tasks: children(nodes, i)
            .into_iter()
            .map(|k| item(nodes, k))
            .collect(),
        ..phase_heading(&nodes[i], year, dated)
    };
    // A time line after the phase's tasks (1、准备阶段 / （1）…… / 时间：3月1日-3月15日),
    // or a clause of its text (……选出代表参加复赛；时间：5月11日之前。).
    if p.start.is_none() && p.end.is_none() {
        // Or a part of its own (（二）初赛 / 1、时间：五月二十九日).
        (p.start, p.end) = std::iter::once(i)
            .chain(subtree(nodes, i))
            .flat_map(|k| paras(&nodes[k]))
            .chain(subtree(nodes, i).map(|k| nodes[k].title.clone()))
            .find_map(|t| {
                crate::date::labelled_periods(&t)
                    .next()
                    .map(|r| period_dates(r, year, dated))
            })
            .unwrap_or((None, None));
    }
    p
}

/// A phase's name, dates and text, as its heading and paragraphs state them (no tasks).
fn phase_heading(n: &Node, year: Option<u16>, dated: Option<Date>) -> Phase {
    // A heading that runs on into its text after the dates: `具体实施阶段（4月27日-10月15日）。各单位……`.
    let (head, runon) = match n.title.find("）。") {
        Some(k) if k + "）。".len() < n.title.len() => {
            let (h, r) = n.title.split_at(k + "）。".len());
            (h.to_string(), Some(r.to_string()))
        }
        _ => (n.title.clone(), None),
    };
    // The name stays as written, dates included (the heading prints them as they are).
    let (name, start, end) = match phase_dates(&head, year, dated) {
        (None, _) if runon.is_some() => (n.title.clone(), None, None),
        (start, end) => (head, start, end),
    };
    let mut text = paras(n);
    if start.is_some()
        && let Some(r) = runon
    {
        text.insert(0, r);
    }
    // Dates stated in the phase's text instead: at its start (`时间：10月1日至10月15日。……`)
    // or in brackets at the end of a paragraph (`……报名。（3月1日到3月4日）`).
    let (start, end) = match (start, end) {
        // A stage whose text is its dated steps (第一阶段：换届 / 10月9日，发布公告。 / ……
        // / 10月12日，召开会议。) runs from the first step's day to the last's.
        (None, None) if dated_paragraphs(&text) => {
            let dates: Vec<Dates> = text
                .iter()
                .filter_map(|t| crate::date::dated_clause(t))
                .map(|(_, p, _)| period_dates(p, year, dated))
                .collect();
            let first = dates.iter().find_map(|d| d.0.or(d.1));
            let last = dates.iter().rev().find_map(|d| d.1.or(d.0));
            (first, last)
        }
        (None, None) => text
            .first()
            .and_then(|t| crate::date::opening_period(t))
            .map(|p| period_dates(p, year, dated))
            .filter(|(s, e)| s.is_some() || e.is_some())
            .or_else(|| {
                text.iter().rev().find_map(|t| {
                    let p = crate::date::closing_period(t)?;
                    match period_dates(p, year, dated) {
                        (Some(s), e) => Some((Some(s), e)),
                        _ => None,
                    }
                })
            })
            // A period inside its first sentence (各单位要于3月15日前召开动员会).
            .or_else(|| {
                text.first()
                    .and_then(|t| crate::date::inner_period(t))
                    .map(|p| period_dates(p, year, dated))
                    .filter(|(s, e)| s.is_some() || e.is_some())
            })
            .unwrap_or((None, None)),
        got => got,
    };
    Phase {
        name,
        start,
        end,
        text: Paragraphs(text),
        ..Phase::default()
    }
}

/// The paragraphs the body ends with: those of the last section in the document's order,
/// or of its last item.
fn last_text(doc: &mut Document) -> Option<&mut Vec<String>> {
    fn deepest(items: &mut [Item]) -> Option<&mut Vec<String>> {
        let last = items.last_mut()?;
        if last.items.is_empty() {
            Some(&mut last.text.0)
        } else {
            deepest(&mut last.items)
        }
    }
    let last = doc.order.last()?.clone();
    match last.as_str() {
        "requirements" => deepest(&mut doc.requirements),
        "safeguards" => deepest(&mut doc.safeguards),
        "problems" => deepest(&mut doc.problems),
        "next_steps" => deepest(&mut doc.next_steps),
        _ => {
            let sec = doc.sections.iter_mut().find(|s| s.heading == last)?;
            if sec.items.is_empty() {
                Some(&mut sec.text.0)
            } else {
                deepest(&mut sec.items)
            }
        }
    }
}

/// Two sub-headings as the template writes them when a section has both text and a list:
/// the first, named one of `first_names`, with text and nothing under it; the second with
/// items and no text of its own. Gives the text, the second's name and its items.
fn text_then_items(
    nodes: &[Node],
    kids: &[usize],
    first_names: &[&str],
) -> Option<(Paragraphs, String, Vec<Item>)> {
    let &[a, b] = kids else {
        return None;
    };
    let name = |k: usize| {
        nodes[k]
            .title
            .trim_end_matches(['。', '：', ':'])
            .to_string()
    };
    let (a_kids, b_kids) = (children(nodes, a), children(nodes, b));
    let ok = first_names.contains(&name(a).as_str())
        && a_kids.is_empty()
        && !paras(&nodes[a]).is_empty()
        && !b_kids.is_empty()
        && paras(&nodes[b]).is_empty();
    ok.then(|| {
        (
            Paragraphs(paras(&nodes[a])),
            name(b),
            b_kids.into_iter().map(|k| item(nodes, k)).collect(),
        )
    })
}

fn custom(nodes: &[Node], i: usize) -> Section {
    let n = &nodes[i];
    Section {
        heading: n.title.clone(),
        text: Paragraphs(paras(n)),
        items: children(nodes, i)
            .into_iter()
            .map(|k| item(nodes, k))
            .collect(),
        table: None,
        phases_at: None,
    }
}

/// Builds the document.
/// The document, and notes for the writer on what was inferred (a year taken as this one).
pub(crate) fn build(p: &Parsed, kind: DocKind, today: (i64, u32, u32)) -> (Document, Vec<String>) {
    let mut notes = Vec::new();
    let title = p.title.concat();
    let mut doc = Document::new(
        kind,
        if title.is_empty() {
            TITLE_TODO.to_string()
        } else {
            title
        },
    );
    doc.addressee = p.addressee.clone();
    // A speech is signed by no one: its speaker stands under the title.
    doc.issuer = match (&p.issuer, kind) {
        (Some(issuer), _) => issuer.clone(),
        (None, DocKind::Speech) => String::new(),
        (None, _) => ISSUER_TODO.to_string(),
    };
    doc.date = p
        .date
        .as_deref()
        .and_then(|d| d.parse().ok())
        .or_else(|| Date::ymd(today.0 as u16, today.1 as u8, today.2 as u8).ok());
    // An opening as written, none when the source has none: the template's usual opening
    // would be text the source did not have.
    doc.opening = Some(Paragraphs(p.preamble.clone()));
    // Printed as written: no 。 added, titles on their own lines where the source has them so.
    doc.as_written = true;
    doc.remarks = Paragraphs(p.remarks.clone());
    doc.speaker = p.speaker.clone();
    doc.speaker_first = p.speaker_first;
    unwrap_notice(&mut doc, p);
    doc.attachments = p
        .attachments
        .iter()
        .filter(|a| !a.0.is_empty())
        .map(|(t, body)| Attachment {
            title: t.clone(),
            text: Paragraphs(body.clone()),
            items: Vec::new(),
            table: None,
        })
        .collect();
    // Dates without a year take the document's; a document that names none is dated today
    // (as its 成文日期 will be), so they take this year, and the writer is told.
    let named_year = doc_year(p);
    let year = named_year.or(u16::try_from(today.0).ok());
    // The 成文日期: as written, else today's, which the document gets and 即日起 then means.
    let written_date: Option<Date> = p.date.as_deref().and_then(|d| d.parse().ok());
    let dated = written_date.or(doc.date);
    let nodes = &p.nodes[..];
    let roots: Vec<usize> = {
        let mut out = Vec::new();
        let mut k = 0;
        while k < nodes.len() {
            out.push(k);
            k = subtree(nodes, k).end;
        }
        out
    };
    let mut used: Vec<&'static str> = Vec::new();
    let mut order: Vec<String> = Vec::new();
    let summary = kind.is_summary();
    // Times of the steps as parts of their own (报名时间：…… / 面试时间：……) are the phases,
    // two or more of them, when no part lists the steps under it.
    let slot_steps = roots
        .iter()
        .filter(|&&r| super::classify::time_slot(&nodes[r]))
        .count()
        >= 2
        && !roots
            .iter()
            .any(|&r| nodes[r].kind == SectionKind::Phases && !children(nodes, r).is_empty());
    let mut bare_phases = false;
    // Steps inside another part are the phases only when no part at the top lists them.
    let steps_at_top = roots
        .iter()
        .any(|&r| nodes[r].kind == SectionKind::Phases && lists_stages(nodes, r));
    let phases_part = roots.iter().any(|&r| nodes[r].kind == SectionKind::Phases);
    // Whether parts are events each dated in its own lines (1. 开幕式 / 时间：10月1日上午9:00 /
    // ……), two or more and two in three at least: a page may have cut the last one off
    // before its time.
    let mostly_timed = |kids: &[usize]| {
        let timed = kids
            .iter()
            .filter(|&&k| {
                let p = phase(nodes, k, year, dated);
                p.start.is_some() || p.end.is_some()
            })
            .count();
        timed >= 2 && timed * 3 >= kids.len() * 2
    };
    // Which part lists the steps: of the parts that could, the one with the most dated steps
    // (比赛时间地点 with four dated rounds, not 报名须知 with the dates of sign-up), the first
    // of them on a tie.
    let steps_part = |r: usize| -> bool {
        let n = &nodes[r];
        let kids = children(nodes, r);
        let body = paras(n);
        let has_body = !body.is_empty();
        match n.kind {
            // 实施步骤 with its phases as sentences (3月1日至3月10日为准备阶段，……).
            SectionKind::Phases if kids.is_empty() => {
                stage_pieces(&body).is_some()
                    || dated_rows(&body)
                    // 实施步骤 / 9月1日—9月10日，启动仪式。 / 9月11日—……, and 活动时间 /
                    // 前期准备：9.10前往…… / 物资募集：9.15~9.16……
                    || (super::classify::keyword_kind(&n.title) == Some(SectionKind::Phases)
                        || n.title.contains("时间"))
                        && (dated_paragraphs(&body)
                            || labelled_clauses(&body)
                            || named_clauses(&body)
                            || timed_clauses(&body))
            }
            // 实施步骤 with phases under it, and perhaps a lead-in (专项行动从即日起至10月31日，分三个阶段推进).
            SectionKind::Phases => {
                !has_body
                    // A part named for the steps (实施步骤: 分三个阶段进行。（一）动员部署。……)
                    // lists them after its lead-in, dated or not.
                    || super::classify::keyword_kind(&n.title) == Some(SectionKind::Phases)
                    || kids.iter().all(|&k| {
                        nodes[k].style == Style::Stage
                            || stage_named(&nodes[k].title)
                            // Dates in its heading, or opening its text (（一）宣传发动。
                            // 9月1日至9月10日，……).
                            || {
                                let p = phase_heading(&nodes[k], year, dated);
                                p.start.is_some() || p.end.is_some()
                            }
                    })
                    || mostly_timed(&kids)
            }
            // The times of an activity's rounds under a name for them (比赛时间： / 初赛时间：
            // 11月25日 / 决赛时间：12月6日).
            SectionKind::Other if kids.is_empty() => {
                n.title.trim_end_matches(['：', ':']).ends_with("时间") && timed_clauses(&body)
            }
            // An activity plan's events, each with its own time (活动内容 / 1. 开幕式 / 时间：
            // 10月1日上午9:00 / 地点：…… / 2. ……), when no part is named for the steps: the
            // events are its phases.
            SectionKind::Goals | SectionKind::Other
                if kind == DocKind::ActivityPlan && !phases_part =>
            {
                mostly_timed(&kids)
            }
            // A summary's account of how the work went, stage by stage (行动开展情况 / （一）动员
            // 部署阶段（……） / （二）……阶段): its stages are the document's phases.
            SectionKind::Achievements | SectionKind::Other => {
                summary
                    && kids.len() >= 2
                    && kids
                        .iter()
                        .all(|&k| nodes[k].style == Style::Stage || stage_named(&nodes[k].title))
            }
            _ => false,
        }
    };
    let dated_steps = |r: usize| -> usize {
        let kids = children(nodes, r);
        let dated_phase = |p: &Phase| p.start.is_some() || p.end.is_some();
        if kids.is_empty() {
            stage_sentences(&paras(&nodes[r]), year, dated)
                .map_or(0, |(_, ps)| ps.iter().filter(|p| dated_phase(p)).count())
        } else {
            kids.iter()
                .filter(|&&k| dated_phase(&phase(nodes, k, year, dated)))
                .count()
        }
    };
    let steps_root = roots
        .iter()
        .copied()
        .filter(|&r| steps_part(r))
        .map(|r| (r, dated_steps(r)))
        .fold(None, |best: Option<(usize, usize)>, (r, d)| match best {
            Some((_, bd)) if bd >= d => best,
            _ => Some((r, d)),
        })
        .map(|(r, _)| r);
    // The year of a phase's dates written without one: the document's, or the year an earlier
    // phase ran into (11月11日—次年2月, then 3月1日到3月31日).
    let mut phase_year = year;
    for &r in &roots {
        let n = &nodes[r];
        let kids = children(nodes, r);
        // The steps as a part of this section: the section holds the phases.
        if !steps_at_top
            && !slot_steps
            && !used.contains(&"phases")
            && let Some(k) = nested_steps(nodes, r, steps_root.is_none() || steps_root == Some(r))
        {
            let mut s = custom(nodes, r);
            let at = kids.iter().position(|&c| c == k).unwrap_or(0);
            s.items.remove(at);
            s.phases_at = Some(at);
            doc.headings.phases = Some(nodes[k].title.clone());
            doc.phases_text = Paragraphs(paras(&nodes[k]));
            if holds_schedule(nodes, k)
                && let Some((lead, phases)) = stage_sentences(&paras(&nodes[k]), phase_year, dated)
            {
                doc.phases_text = Paragraphs(lead);
                doc.phases = phases;
            }
            for c in children(nodes, k) {
                let p = in_turn(doc.phases.last(), phase_year, |y| phase(nodes, c, y, dated));
                phase_year = later_year(phase_year, &p);
                doc.phases.push(p);
            }
            used.push("phases");
            order.push(s.heading.clone());
            doc.sections.push(s);
            continue;
        }
        let body = paras(n);
        let has_body = !body.is_empty();
        let key: Option<&'static str> = match n.kind {
            // An activity plan's dated events (see steps_part).
            SectionKind::Goals | SectionKind::Other if steps_root == Some(r) => {
                (!used.contains(&"phases")).then_some("phases")
            }
            SectionKind::Guidance if !has_body || kids.is_empty() => {
                (!used.contains(&"guidance")).then_some("guidance")
            }
            // With text: an empty 基本情况 (its facts follow as parts of their own) would not
            // print, so it stays a section of its own words.
            SectionKind::Background if kids.is_empty() && has_body => {
                let k = if summary { "situation" } else { "background" };
                (!used.contains(&k)).then_some(k)
            }
            SectionKind::Goals if !has_body || kids.is_empty() => {
                (!used.contains(&"goals")).then_some("goals")
            }
            SectionKind::Phases
                if bare_phases
                    || !used.contains(&"phases")
                        && (n.style == Style::Stage
                            || slot_steps && super::classify::time_slot(n)
                            || (stage_named(&n.title)
                                // 前期准备（3月1日—3月4日）, not 实施步骤（3月—6月） over steps;
                                // a period alone (四月份：保龄球赛), a month's part (二月主题：……).
                                // A step over its period alone (普查区划分 / 2018年7-8月).
                                || (crate::date::closing_period(&n.title).is_some()
                                    || super::classify::period_alone(&n.title)
                                    || super::classify::over_its_period(n))
                                    && super::classify::keyword_kind(&n.title).is_none()
                                || super::parse::month_led(&n.title))
                                && !kids.iter().any(|&k| {
                                    nodes[k].style == Style::Stage || stage_named(&nodes[k].title)
                                })) =>
            {
                bare_phases = true;
                Some("phases*")
            }
            // The part that lists the steps (实施步骤 with its phases under it or as sentences).
            _ if steps_root == Some(r) => (!used.contains(&"phases")).then_some("phases"),
            SectionKind::Responsibilities if !has_body && !kids.is_empty() => {
                (!used.contains(&"responsibilities")).then_some("responsibilities")
            }
            SectionKind::Requirements if !has_body && !kids.is_empty() => {
                (!used.contains(&"requirements")).then_some("requirements")
            }
            SectionKind::Measures if !has_body && !kids.is_empty() => {
                (!used.contains(&"safeguards")).then_some("safeguards")
            }
            SectionKind::Problems if !has_body && !kids.is_empty() => {
                (!used.contains(&"problems")).then_some("problems")
            }
            SectionKind::NextSteps if !has_body && !kids.is_empty() => {
                (!used.contains(&"next_steps")).then_some("next_steps")
            }
            SectionKind::Achievements if summary && !has_body && !kids.is_empty() => {
                (!used.contains(&"achievements")).then_some("achievements")
            }
            _ => None,
        };
        if n.kind != SectionKind::Phases {
            bare_phases = false;
        }
        let Some(key) = key else {
            let s = custom(nodes, r);
            order.push(s.heading.clone());
            doc.sections.push(s);
            continue;
        };
        if key == "phases*" {
            // A phase standing as a top heading (第一阶段…) without a 实施步骤 above it.
            let p = in_turn(doc.phases.last(), phase_year, |y| phase(nodes, r, y, dated));
            phase_year = later_year(phase_year, &p);
            doc.phases.push(p);
            if !used.contains(&"phases") {
                used.push("phases");
                order.push("phases".into());
            }
            continue;
        }
        used.push(key);
        order.push(key.to_string());
        let heading = Some(n.title.clone());
        let items = || kids.iter().map(|&k| item(nodes, k)).collect::<Vec<_>>();
        match key {
            "guidance" => {
                doc.headings.guidance = heading;
                // The template's own shape: （一）总体思路 with text, （二）基本原则 with items.
                doc.guidance = Some(
                    match text_then_items(nodes, &kids, &["总体思路", "指导思想"]) {
                        Some((text, second, principles)) => {
                            if second != "基本原则" {
                                doc.headings.principles = Some(second);
                            }
                            Guidance { text, principles }
                        }
                        None => Guidance {
                            text: Paragraphs(body),
                            principles: items(),
                        },
                    },
                );
            }
            "background" => {
                doc.headings.background = heading;
                doc.background = Paragraphs(body);
            }
            "situation" => {
                doc.headings.situation = heading;
                doc.situation = Paragraphs(body);
            }
            "goals" => {
                doc.headings.goals = heading;
                // The template's own shape: （一）总体目标 with text, （二）具体目标 with items.
                doc.goals = Some(match text_then_items(nodes, &kids, &["总体目标"]) {
                    Some((overall, second, items)) if second == "具体目标" => {
                        Goals { overall, items }
                    }
                    _ => Goals {
                        overall: Paragraphs(body),
                        items: items(),
                    },
                });
            }
            "phases" => {
                doc.headings.phases = heading;
                if kids.is_empty()
                    && let Some((lead, phases)) = stage_sentences(&body, phase_year, dated)
                {
                    doc.phases = phases;
                    doc.phases_text = Paragraphs(lead);
                    continue;
                }
                for &k in &kids {
                    let p = in_turn(doc.phases.last(), phase_year, |y| phase(nodes, k, y, dated));
                    phase_year = later_year(phase_year, &p);
                    doc.phases.push(p);
                }
                doc.phases_text = Paragraphs(body);
            }
            "responsibilities" => {
                doc.headings.responsibilities = heading;
                doc.responsibilities = kids.iter().map(|&k| area(nodes, k)).collect();
                let todo: Vec<&str> = doc
                    .responsibilities
                    .iter()
                    .filter(|a| a.lead.0 == [LEAD_TODO])
                    .map(|a| a.area.as_str())
                    .collect();
                if !todo.is_empty() {
                    notes.push(format!(
                        "职责分工中“{}”没有写牵头单位，已以{LEAD_TODO}占位：请在 lead 中写上",
                        todo.join("”“")
                    ));
                }
            }
            "requirements" => {
                doc.headings.requirements = heading;
                doc.requirements = items();
            }
            "safeguards" => {
                doc.headings.safeguards = heading;
                doc.safeguards = items();
            }
            "problems" => {
                doc.headings.problems = heading;
                doc.problems = items();
            }
            "next_steps" => {
                doc.headings.next_steps = heading;
                doc.next_steps = items();
            }
            "achievements" => {
                doc.headings.achievements = heading;
                doc.achievements = kids
                    .iter()
                    .map(|&k| {
                        let c = &nodes[k];
                        Achievement {
                            title: c.title.clone(),
                            practice: Paragraphs(paras(c)),
                            items: children(nodes, k)
                                .into_iter()
                                .map(|g| item(nodes, g))
                                .collect(),
                            ..Achievement::default()
                        }
                    })
                    .collect();
            }
            _ => {}
        }
    }
    // A plan (no summary, no speech) with no headings, whose text lists its steps (a term's
    // schedule pasted as text, 周次 | 日期 | 教学内容 / 1 | 9.1-9.2 | ……, or paragraphs that
    // open with their periods, 7月，成立领导小组…… / 8—9月，……): they are its phases, printed
    // as written after the opening.
    if nodes.is_empty()
        && !summary
        && kind != DocKind::Speech
        && doc.phases.is_empty()
        && let Some((lead, phases)) = stage_sentences(&p.preamble, year, dated)
        && phases.len() >= 2
    {
        doc.opening = Some(Paragraphs(lead));
        doc.phases = phases;
        order.push("phases".into());
    }
    doc.order = order;
    // A summary's excerpt without its 做法和成效 (its problems only, say): the part is stood
    // in for, so that the draft renders and the writer sees what is missing.
    if kind.is_summary() && doc.achievements.is_empty() && doc.sections.is_empty() {
        doc.achievements.push(Achievement {
            title: ACHIEVEMENTS_TODO.to_string(),
            ..Achievement::default()
        });
        doc.order.insert(0, "achievements".into());
        notes.push(format!(
            "文中没有“主要做法和成效”部分，已以{ACHIEVEMENTS_TODO}占位：请补写 achievements"
        ));
    }
    if named_year.is_none()
        && let Some(y) = year
        && doc
            .phases
            .iter()
            .any(|ph| ph.start.is_some() || ph.end.is_some())
    {
        notes.push(format!(
            "阶段的日期没有写年份，标题和成文日期里也没有，已按今年（{y}年）计：请核对 phases 的 start 和 end"
        ));
    }
    if written_date.is_none()
        && let Some(today) = doc.date
        && doc
            .phases
            .iter()
            .any(|ph| ph.start.is_some_and(|s| s.is_from_issue()))
    {
        notes.push(format!(
            "“即日起”指成文日期；文件没有写成文日期，已按今天（{today}）计：请核对 date 和 phases 的 start"
        ));
    }
    // The 结束语 the template would otherwise write for the kind: a speech's last paragraph
    // calling on its audience (同志们，……), a report's 特此报告。 or a 请示's 妥否，请批示。
    let is_closing = |t: &str| match kind {
        DocKind::Speech => t.starts_with("同志们"),
        DocKind::Report => {
            t.chars().count() <= 20
                && (t.starts_with("特此")
                    || t.starts_with("以上报告")
                    || ["请批示", "请审示", "请审阅", "请批复"]
                        .iter()
                        .any(|w| t.contains(w)))
        }
        _ => false,
    };
    // A speech's call may be its last part's only paragraph; a report's 特此报告。 never is a
    // part's text.
    if let Some(text) = last_text(&mut doc)
        && (text.len() > 1 || kind == DocKind::Report)
        && text.last().is_some_and(|t| is_closing(t))
    {
        doc.closing = Paragraphs(text.pop().into_iter().collect());
    }
    // The 任务分工表 only when the source has one: gongwen builds it from the duties, so a
    // source's own 任务分工表 annex is dropped when the duties were read (no second table),
    // and a source without one gets none.
    let has_duties = doc.responsibilities.iter().any(|a| !a.duties.is_empty());
    let is_task_table = |a: &Attachment| a.title.trim().ends_with("任务分工表");
    let had_table = doc.attachments.iter().any(is_task_table);
    if had_table && has_duties {
        doc.attachments.retain(|a| !is_task_table(a));
    }
    doc.task_table = Some(had_table && has_duties);
    // Dates that the validator rejects (out of order, overlapping) stay in the names.
    if doc
        .validate()
        .iter()
        .any(|p| p.severity == Severity::Error && p.path.starts_with("phases"))
    {
        for ph in &mut doc.phases {
            if let (Some(s), Some(e)) = (ph.start.take(), ph.end.take())
                && crate::date::stated_period(&ph.name).is_none()
            {
                ph.name = format!("{}（{}）", ph.name, crate::date::date_range(&s, &e));
            }
        }
    }
    (doc, notes)
}
