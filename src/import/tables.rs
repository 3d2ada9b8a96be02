//! The data tables of a `.docx` back into the model: a table in an annex becomes that annex's
//! table, and a 任务分工表 gives back what only it records — where each duty's task ends and
//! its target begins — and the rows a writer added to it in Word.

use super::decode::{SourceTable, cell_text as cell, row_line};
use super::parse::squeeze;
use crate::date::Date;
use crate::model::{AnnexTable, Document, Duty, Item, Paragraphs, Phase, PhaseColumn, Units};

/// Attaches each table of `tables` to the annex it stands in (`lines` are the source's, with
/// the table's position in them).
pub(crate) fn attach(doc: &mut Document, lines: &[String], tables: &[SourceTable]) {
    for t in tables {
        let Some(title) = annex_title(lines, t.at) else {
            continue;
        };
        let key = squeeze(&title);
        // gongwen's own 任务分工表 (a row naming each area, the duties of the text under
        // it) goes back into the duties; any other table stays a table of its annex.
        let has_areas = t.rows.iter().skip(1).any(|r| is_area_row(r));
        if key.ends_with("任务分工表") && has_areas && !doc.responsibilities.is_empty() {
            task_table(doc, &t.rows);
            continue;
        }
        let Some(a) = doc
            .attachments
            .iter_mut()
            .find(|a| squeeze(&a.title) == key && a.table.is_none())
        else {
            continue;
        };
        let mut rows = t
            .rows
            .iter()
            .filter(|r| r.iter().any(|c| !c.trim().is_empty()));
        let Some(header) = rows.next() else {
            continue;
        };
        a.table = Some(AnnexTable {
            header: header.clone(),
            rows: rows.cloned().collect(),
            landscape: None,
        });
    }
}

/// A table of steps in the body of a `.docx` (阶段 | 时间 | 主要工作, 序号 | 活动项目 | 时间 |
/// 要求): its rows, read as text where they stood, are phases again — one a row, its name,
/// its time as written and the dates it gives (`year` for dates written without one,
/// `dated` for 即日起), its other cells its paragraphs — and print as the table they were
/// ([`Document::phases_table`]). Only when the steps part holds the table's rows and nothing
/// else after its header, so that no text is lost.
pub(crate) fn steps(
    doc: &mut Document,
    inlined: &[SourceTable],
    year: Option<u16>,
    dated: Option<Date>,
) {
    for t in inlined {
        let mut rows = t.rows.iter().filter(|r| !row_line(r).is_empty());
        let Some(header) = rows.next() else {
            continue;
        };
        let body: Vec<&Vec<String>> = rows.collect();
        let header: Vec<String> = header.iter().map(|c| cell(c)).collect();
        let columns = crate::model::phase_columns(&header);
        let numbered = |k: usize, r: &[String]| {
            columns
                .iter()
                .zip(r)
                .all(|(c, v)| *c != PhaseColumn::Number || cell(v) == (k + 1).to_string())
        };
        // One time column: a table giving the start and the end in columns of their own
        // (开始时间 | 结束时间) stays rows of text, read as dated steps.
        if body.is_empty()
            || header
                .iter()
                .filter(|h| crate::model::names_time(h))
                .count()
                != 1
            || header.iter().any(|h| h.is_empty() || h.chars().count() > 8)
            || body
                .iter()
                .enumerate()
                .any(|(k, r)| r.len() != header.len() || !numbered(k, r))
        {
            continue;
        }
        // The steps part as read, in order: its text, then each phase's name and paragraphs.
        if doc.phases.iter().any(|p| !p.tasks.is_empty()) {
            continue;
        }
        let read: Vec<String> = doc
            .phases_text
            .0
            .iter()
            .chain(
                doc.phases
                    .iter()
                    .flat_map(|p| std::iter::once(&p.name).chain(p.text.0.iter())),
            )
            .map(|l| squeeze(l))
            .collect();
        let Some(h) = read.iter().position(|l| *l == squeeze(&row_line(&header))) else {
            continue;
        };
        let rows_read: Vec<String> = body.iter().map(|r| squeeze(&row_line(r))).collect();
        if h > doc.phases_text.0.len() || read[h + 1..] != rows_read[..] {
            continue;
        }
        let phases = body.iter().map(|r| {
            let mut p = Phase::default();
            let mut text = Vec::new();
            for (c, v) in columns.iter().zip(r.iter()) {
                let v = cell(v);
                match *c {
                    PhaseColumn::Number => {}
                    PhaseColumn::Name => p.name = v,
                    PhaseColumn::Time => {
                        let (start, end) = match crate::date::period_dates(&v, year, dated) {
                            (None, None) => crate::date::period_head(&v)
                                .map_or((None, None), |h| {
                                    crate::date::period_dates(h, year, dated)
                                }),
                            got => got,
                        };
                        (p.start, p.end) = (start, end);
                        let printed = match (start, end) {
                            (Some(s), Some(e)) => crate::date::date_range(&s, &e),
                            _ => String::new(),
                        };
                        p.when = (!v.is_empty() && v != printed).then_some(v);
                    }
                    PhaseColumn::Text(i) => {
                        text.resize(i, String::new());
                        text.push(v);
                    }
                }
            }
            while text.last().is_some_and(String::is_empty) {
                text.pop();
            }
            p.text = Paragraphs(text);
            p
        });
        doc.phases = phases.collect();
        doc.phases_text.0.truncate(h);
        doc.phases_table = Some(header);
        return;
    }
}

/// A table in the body that is neither steps nor a 任务分工表 (a schedule under 活动安排, a
/// table of figures, a contest's rules), read as text where it stood, back as the table it
/// was: the table of the custom section or of the item it stands in
/// ([`Section::table`](crate::model::Section::table), [`Item::table`]), printed after its
/// text. Its rows are found as the import read them:
///
/// - the last paragraphs of the text, header first;
/// - the first sub-item, titled with the header, its paragraphs the rows (the sub-items
///   read as the header's then belong to the holder, after the table);
/// - the rows (after the header as the last paragraph, or the header too) as the first
///   sub-items, a row each or a line each of an item's title and paragraphs, a row's number
///   cell (`（一）`, `1`) read as the number of the item it starts.
///
/// Only a table with a header (short names of its columns) whose rows all have as many cells,
/// so that every cell keeps its column; any other stays rows of text.
///
/// Returns the lines (0-based, as inlined) of the tables it took, whose heading, if one
/// was read there, is no heading of the outline.
pub(crate) fn body_tables(
    doc: &mut Document,
    inlined: &[SourceTable],
) -> Vec<std::ops::Range<usize>> {
    let mut taken = Vec::new();
    for t in inlined {
        let rows: Vec<Vec<String>> = t
            .rows
            .iter()
            .filter(|r| !row_line(r).is_empty())
            .map(|r| r.iter().map(|c| cell(c)).collect())
            .collect();
        let Some((header, body)) = rows.split_first() else {
            continue;
        };
        // A header names its columns (序号 | 活动项目 | 时间): short cells, no number and no
        // figure; a table whose first row is data already (① | 3月7日 | ……) stays text.
        let names = |h: &String| {
            (1..=10).contains(&h.chars().count()) && !h.chars().any(|c| c.is_ascii_digit())
        };
        if body.is_empty()
            || body.iter().any(|r| r.len() != header.len())
            || !header.iter().all(names)
            || number_cell(&header[0])
        {
            continue;
        }
        let table = AnnexTable {
            header: header.clone(),
            rows: body.to_vec(),
            landscape: None,
        };
        let rows = Rows {
            lines: rows.iter().map(|r| squeeze(&row_line(r))).collect(),
            cells: rows,
        };
        let found = doc.sections.iter_mut().any(|s| {
            if s.table.is_none() && place(&mut s.text, &mut s.items, &mut s.phases_at, &rows) {
                s.table = Some(table.clone());
                return true;
            }
            in_items(&mut s.items, &rows, &table)
        }) || item_lists(doc)
            .into_iter()
            .any(|l| in_items(l, &rows, &table));
        if found {
            taken.push(t.at..t.at + rows.cells.len());
        }
    }
    taken
}

/// A body table's rows (header first): their cells, and each as the import read it, a line
/// with its spaces squeezed out.
struct Rows {
    cells: Vec<Vec<String>>,
    lines: Vec<String>,
}

/// The document's lists of items outside its custom sections, where a table may stand (not
/// the phases' tasks: their dated rows are the timeline's steps).
fn item_lists(doc: &mut Document) -> Vec<&mut Vec<Item>> {
    let mut lists: Vec<&mut Vec<Item>> = Vec::new();
    if let Some(g) = &mut doc.guidance {
        lists.push(&mut g.principles);
    }
    if let Some(g) = &mut doc.goals {
        lists.push(&mut g.items);
    }
    lists.push(&mut doc.requirements);
    lists.push(&mut doc.safeguards);
    lists.extend(doc.achievements.iter_mut().map(|a| &mut a.items));
    lists.push(&mut doc.problems);
    lists.push(&mut doc.next_steps);
    lists
}

/// Gives the table to the first item of `items` (or of their sub-items) that holds its rows.
fn in_items(items: &mut [Item], rows: &Rows, table: &AnnexTable) -> bool {
    items.iter_mut().any(|it| {
        if it.table.is_none() && place(&mut it.text, &mut it.items, &mut None, rows) {
            it.table = Some(table.clone());
            return true;
        }
        in_items(&mut it.items, rows, table)
    })
}

/// Whether a holder's `text` and `items` hold the table's `rows` (header first) in one of the
/// forms [`body_tables`] names; if so they are taken out (the holder's text then ends before
/// the table and its items follow it). `phases_at` (a section's) keeps its place.
fn place(
    text: &mut Paragraphs,
    items: &mut Vec<Item>,
    phases_at: &mut Option<usize>,
    rows: &Rows,
) -> bool {
    let (lines, rows) = (&rows.lines, &rows.cells);
    let same = |text: &[String], want: &[String]| {
        text.len() == want.len() && text.iter().zip(want).all(|(a, b)| squeeze(a) == *b)
    };
    // Nothing but its title and text: an item that may stand for a row.
    let plain = |i: &Item| {
        i.units.is_empty() && i.target.is_none() && i.deadline.is_none() && i.table.is_none()
    };
    let n = text.0.len();
    if n >= lines.len() && same(&text.0[n - lines.len()..], lines) {
        text.0.truncate(n - lines.len());
        return true;
    }
    // The header titles the first item, the rows its text.
    if *phases_at != Some(0)
        && items.first().is_some_and(|i| {
            plain(i)
                && i.title.as_deref().is_some_and(|h| squeeze(h) == lines[0])
                && same(&i.text.0, &lines[1..])
        })
    {
        let header_item = items.remove(0);
        let lifted = header_item.items.len();
        items.splice(0..0, header_item.items);
        if let Some(at) = phases_at {
            *at = *at + lifted - 1;
        }
        return true;
    }
    // The rows (after a header that ends the text, or the header too) read as the first
    // items, a row each or a line each of an item's title and paragraphs; a row's number cell
    // (`（一）`, `1`) is the number of the item it starts.
    let header_ends_text = n >= 1 && squeeze(&text.0[n - 1]) == lines[0];
    let from = usize::from(header_ends_text);
    let mut want = from;
    let mut m = 0;
    while want < rows.len() && m < items.len() {
        let i = &items[m];
        if !plain(i) || !i.items.is_empty() {
            break;
        }
        let pieces = i.title.iter().chain(&i.text.0);
        let mut first = true;
        let mut ok = true;
        let mut count = 0;
        for piece in pieces {
            let Some(r) = rows.get(want) else {
                ok = false;
                break;
            };
            let piece = squeeze(piece);
            let whole = piece == lines[want];
            let after_number = first && number_cell(&r[0]) && piece == squeeze(&row_line(&r[1..]));
            if !(whole || after_number) {
                ok = false;
                break;
            }
            first = false;
            want += 1;
            count += 1;
        }
        if !ok || count == 0 {
            break;
        }
        m += 1;
    }
    if want == rows.len() && m > 0 && phases_at.is_none_or(|at| at >= m) {
        if header_ends_text {
            text.0.truncate(n - 1);
        }
        items.drain(..m);
        if let Some(at) = phases_at {
            *at -= m;
        }
        return true;
    }
    false
}

/// Whether a cell is a list number alone (`1`, `1.`, `（一）`, `①`): digits, or a number the
/// importer reads before some text, ending where the cell ends.
fn number_cell(c: &str) -> bool {
    !c.is_empty()
        && (c.chars().all(|d| d.is_ascii_digit())
            || super::number::parse(&format!("{c}甲")).is_some_and(|n| n.rest == c.len()))
}

/// The title of the annex that a table at line `at` stands in: the line after the last
/// 附件N label before it (and the next, when the title is broken over two).
fn annex_title(lines: &[String], at: usize) -> Option<String> {
    let label = lines[..at.min(lines.len())]
        .iter()
        .rposition(|l| super::parse::is_annex_label(l))?;
    let mut text = lines[label + 1..at]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty());
    let first = text.next()?;
    Some(match text.next() {
        Some(next) if super::parse::annex_title_continues(first, next) => format!("{first}{next}"),
        _ => first.to_string(),
    })
}

/// A task table's row naming an area: one cell (spanning the table) with text.
fn is_area_row(row: &[String]) -> bool {
    row.len() <= 2 && row.iter().filter(|c| !c.trim().is_empty()).count() == 1
}

/// `任务（目标）` → the task and the target, as the task table writes a duty.
fn split_cell(cell: &str) -> (String, Option<String>) {
    let cell = cell.trim();
    if let Some(inner) = cell.strip_suffix('）') {
        // The bracket that closes at the end: match it from the end, nesting counted.
        let mut depth = 0i32;
        for (i, c) in inner.char_indices().rev() {
            match c {
                '）' => depth += 1,
                '（' if depth == 0 => {
                    let target = &inner[i + '（'.len_utf8()..];
                    if i > 0 && !target.is_empty() {
                        return (inner[..i].to_string(), Some(target.to_string()));
                    }
                    break;
                }
                '（' => depth -= 1,
                _ => {}
            }
        }
    }
    (cell.to_string(), None)
}

/// The rows of a 任务分工表 (序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限, a row of one cell
/// naming each area) read against the duties taken from the text: a duty whose text is the
/// row's task and target joined (`任务，目标。`) gets them apart again; a row that matches no
/// duty is one a writer added, and becomes a duty of its area.
fn task_table(doc: &mut Document, rows: &[Vec<String>]) {
    let mut area: Option<usize> = None;
    let mut cursor = 0usize;
    for row in rows.iter().skip(1) {
        let cells: Vec<&str> = row.iter().map(|c| c.trim()).collect();
        if is_area_row(row) {
            // An area's row.
            area = Some(area.map_or(0, |a| a + 1));
            cursor = 0;
            continue;
        }
        let (Some(a), [_, task, lead, units, deadline, ..]) = (area, cells.as_slice()) else {
            continue;
        };
        let Some(area) = doc.responsibilities.get_mut(a) else {
            continue;
        };
        let (t, g) = split_cell(task);
        let joined = match &g {
            Some(g) => format!("{t}，{g}"),
            None => t.clone(),
        };
        let at = area.duties[cursor.min(area.duties.len())..]
            .iter()
            .position(|d| squeeze(&d.task).starts_with(&squeeze(&joined)))
            .map(|k| cursor + k);
        match at {
            Some(k) => {
                let d = &mut area.duties[k];
                if let Some(g) = g
                    && d.target.is_none()
                {
                    // The 。 the line closes its target with stays the target's.
                    let stop = squeeze(&d.task).starts_with(&format!("{}。", squeeze(&joined)));
                    d.task = t;
                    d.target = Some(if stop { format!("{g}。") } else { g });
                }
                cursor = k + 1;
            }
            None => {
                let lead_units = Units::from(*lead);
                let duty = Duty {
                    task: t,
                    target: g,
                    lead: if lead_units == area.lead {
                        Units::default()
                    } else {
                        lead_units
                    },
                    units: Units::from(*units),
                    deadline: crate::date::parse_phrase(deadline, None),
                    ..Duty::default()
                };
                let k = cursor.min(area.duties.len());
                area.duties.insert(k, duty);
                cursor = k + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_cell_splits_at_its_closing_bracket() {
        assert_eq!(
            split_cell("建设服务站（新建社区（村）服务站15个）"),
            ("建设服务站".into(), Some("新建社区（村）服务站15个".into()))
        );
        assert_eq!(split_cell("制作宣传片"), ("制作宣传片".into(), None));
        assert_eq!(split_cell("（一）"), ("（一）".into(), None));
    }
}
