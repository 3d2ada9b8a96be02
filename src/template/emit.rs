//! The functions and filters that write whole lists of the block language in one call:
//! items and their notes, duties, the task table's rows, the order of the sections.

use minijinja::value::{Value, ValueKind};

use crate::blocks::{self, escape_into};

use super::filters::*;

/// A field of a map value; undefined when missing.
pub(super) fn field(v: &Value, key: &str) -> Value {
    v.get_attr(key).unwrap_or(Value::UNDEFINED)
}

/// `a or b`, as templates write it: the first true value, else the last.
pub(super) fn first_true(values: &[&Value]) -> Value {
    values
        .iter()
        .find(|v| v.is_true())
        .or(values.last())
        .map(|v| (*v).clone())
        .unwrap_or(Value::UNDEFINED)
}

/// `d|duty_line("牵头单位", "责任单位", "完成时限")` → 制作宣传片，覆盖全区。（牵头单位：甲局；责任单位：
/// 乙局、丙局；完成时限：2025年6月底前）: a duty as the 职责分工 section lists it — its task, its
/// target after a comma (after the task's own closing mark when it has one: the text is not
/// rewritten), a full stop unless there is one, then its units and deadline in brackets, each after its
/// label. Parts that are empty are left out (no brackets at all without any). The labels are
/// the template's wording.
pub(super) fn duty_line(
    state: &minijinja::State,
    d: Value,
    lead_label: &str,
    units_label: &str,
    deadline_label: &str,
) -> std::result::Result<Value, minijinja::Error> {
    let mut out = String::with_capacity(256);
    push_duty(
        &mut out,
        d,
        lead_label,
        units_label,
        deadline_label,
        as_written(state),
    )?;
    Ok(Value::from_safe_string(out))
}

/// Appends a duty escaped: its line ([`duty_text`]), then each paragraph of its text on a
/// line of its own. As written, a target under its own label (after the line break
/// [`duty_text`] puts there) is a paragraph of its own too.
fn push_duty(
    out: &mut String,
    d: Value,
    lead_label: &str,
    units_label: &str,
    deadline_label: &str,
    written: bool,
) -> std::result::Result<(), minijinja::Error> {
    let text = field(&d, "text");
    let line = duty_text(d, lead_label, units_label, deadline_label, written)?;
    if written {
        for (k, part) in line.split('\n').enumerate() {
            if k > 0 {
                out.push('\n');
            }
            push_escaped(out, part)?;
        }
    } else {
        push_escaped(out, &line)?;
    }
    if text.is_true() {
        for t in text.try_iter()? {
            out.push('\n');
            push_escaped(out, &text_of(&t))?;
        }
    }
    Ok(())
}

/// [`duty_line`]'s text; `written`: the document is printed as written, so nothing is added to
/// a task alone or to a task and a target under its own label, which follows on a line of its
/// own. (A target without a label is the second half of the task's line, as a gongwen .docx
/// read back has it.)
pub(super) fn duty_text(
    d: Value,
    lead_label: &str,
    units_label: &str,
    deadline_label: &str,
    written: bool,
) -> std::result::Result<String, minijinja::Error> {
    let mut out = String::with_capacity(256);
    // The writer's own closing mark stays (a task imported as `……工作；` keeps its ；).
    let target = field(&d, "target");
    // A target under its own label (`目标任务:……`, as an imported plan has it on the line after
    // its task) stands as written; one without is the second half of a duty's line.
    let labelled = {
        let t = text_of(&target);
        t.split_once([':', '：'])
            .is_some_and(|(label, _)| label.chars().count() <= 6 && label.contains("目标"))
    };
    if written && (labelled || !target.is_true()) {
        // Nothing added: the task as written, a labelled target on a line of its own.
        out.push_str(text_of(&field(&d, "task")).replace('\n', "").trim_end());
        if target.is_true() {
            out.push('\n');
            out.push_str(text_of(&target).replace('\n', "").trim());
        }
    } else if target.is_true() {
        let task = field(&d, "task");
        let task_text = text_of(&task);
        if ends_sentence(task_text.trim_end()) {
            out.push_str(task_text.trim_end());
        } else {
            out.push_str(&text_of(&clause(task.clone())));
            out.push('，');
        }
        // As written, the target keeps its own end: no 。 added.
        if written {
            out.push_str(text_of(&target).trim());
        } else {
            out.push_str(&text_of(&sentence(target.clone())));
        }
    } else {
        out.push_str(&text_of(&sentence(field(&d, "task"))));
    }
    let mut first = true;
    let mut part = |label: &str, text: &str| {
        out.push_str(if first { "（" } else { "；" });
        first = false;
        out.push_str(label);
        out.push('：');
        out.push_str(text);
    };
    // Units the task, target or text already names in its own words (an imported
    // `培训(责任单位:区妇联)`, a paragraph `牵头单位：区民政局`) are not named again.
    let task = field(&d, "task");
    let paras = field(&d, "text");
    let (task, target) = (text_of(&task), text_of(&target));
    let stated = |role: &str| {
        states_units(&task, role)
            || states_units(&target, role)
            || paras
                .try_iter()
                .is_ok_and(|mut ps| ps.any(|p| states_units(&text_of(&p), role)))
    };
    let lead = field(&d, "lead");
    if lead.is_true() && !stated("牵头") {
        part(lead_label, &text_of(&units(lead)?));
    }
    let unit_list = field(&d, "units");
    if unit_list.is_true() && !stated("责任") {
        part(units_label, &text_of(&units(unit_list)?));
    }
    let deadline = field(&d, "deadline");
    if deadline.is_true() {
        part(deadline_label, &due(deadline)?);
    }
    if !first {
        out.push('）');
    }
    Ok(out)
}

/// Whether `text` names units after a label of `role` (`牵头`, `责任`, `配合`): `牵头部门：`,
/// `(责任单位:…)`.
pub(super) fn states_units(text: &str, role: &str) -> bool {
    ["单位", "部门"].iter().any(|u| {
        let label = format!("{role}{u}");
        text.match_indices(&label).any(|(at, _)| {
            text[at + label.len()..]
                .trim_start()
                .starts_with(['：', ':'])
        })
    })
}

/// `a.text|states_units("牵头")`: whether a paragraph of an area's text names its units after
/// that label already (an imported `牵头部门：区民政局`), so the template does not repeat them.
pub(super) fn text_states_units(list: Value, role: &str) -> bool {
    list.try_iter().is_ok_and(|mut it| {
        it.any(|p| {
            let p = text_of(&p);
            states_units(&p, role)
        })
    })
}

/// `it|item_note("目标", "完成时限", "责任单位")` → 目标：覆盖率达到95%。完成时限：2025年6月底前。（责任单位：
/// 甲局、乙局）: what follows an item's first paragraph, from its `target`, `deadline` and `units`;
/// the parts that are empty are left out. The labels are the template's wording.
pub(super) fn item_note(
    it: Value,
    target_label: &str,
    deadline_label: &str,
    units_label: &str,
) -> std::result::Result<String, minijinja::Error> {
    let mut out = String::new();
    let target = field(&it, "target");
    if target.is_true() {
        out.push_str(target_label);
        out.push('：');
        out.push_str(&text_of(&sentence(target)));
    }
    let deadline = field(&it, "deadline");
    if deadline.is_true() {
        out.push_str(deadline_label);
        out.push('：');
        out.push_str(&due(deadline)?);
        out.push('。');
    }
    let unit_list = field(&it, "units");
    if unit_list.is_true() {
        out.push('（');
        out.push_str(units_label);
        out.push('：');
        out.push_str(&text_of(&units(unit_list)?));
        out.push('）');
    }
    Ok(out)
}

/// `item_lines(list, 2, "目标", "完成时限", "责任单位")` → the block lines of a list of items
/// and their sub-items, what the loop in the `items` macro of `macros.j2` writes, in one call.
/// Headings start at `level` and go down one level with each level of sub-items; an item
/// deeper than level 4 is a plain paragraph. An item's line is its heading mark, its title as
/// a sentence, ` | ` and its first paragraph as a sentence (the run-in heading), then its
/// [`item_note`] with the three labels; without a title the first paragraph is the heading.
/// Its other paragraphs follow, one line each, then its sub-items.
pub(super) fn item_lines(
    state: &minijinja::State,
    list: Value,
    level: u32,
    labels: minijinja::value::Rest<String>,
) -> std::result::Result<Value, minijinja::Error> {
    let [target_label, deadline_label, units_label] = match &labels[..] {
        [a, b, c] => [a.as_str(), b.as_str(), c.as_str()],
        _ => {
            return Err(minijinja::Error::new(
                minijinja::ErrorKind::MissingArgument,
                "item_lines(list, level, 目标的说法, 完成时限的说法, 责任单位的说法) 需要这三个说法",
            ));
        }
    };
    let mut out = String::with_capacity(4 * 1024);
    let written = as_written(state);
    // As written, nothing is added to end a sentence.
    let sentence = |v: Value| if written { v } else { sentence(v) };
    // Depth first with an explicit stack, so that deep nesting in the data cannot overflow
    // the thread's stack.
    let mut stack = vec![(level, list.try_iter()?)];
    while let Some((lv, iter)) = stack.last_mut() {
        let lv = *lv;
        let Some(it) = iter.next() else {
            stack.pop();
            continue;
        };
        let title = field(&it, "title");
        let text = field(&it, "text");
        let first = if text.is_true() {
            text.get_item(&Value::from(0))?
        } else {
            Value::from("")
        };
        let note = item_note(it.clone(), target_label, deadline_label, units_label)?;
        // As written, a title that ends no sentence stands on a line of its own over its text
        // (（一）政治学习 / 学习……), as the source has it.
        let apart = written
            && title.is_true()
            && (first.is_true() || !note.is_empty())
            && !ends_sentence(text_of(&title).trim_end());
        if lv <= 4 {
            out.push_str(blocks::heading_mark(lv));
        }
        if apart {
            push_escaped(&mut out, &text_of(&title))?;
            out.push('\n');
        } else if lv > 4 || title.is_true() {
            // A title runs in before its text as a sentence (加强领导。 | 各单位……); a heading
            // with nothing after it stays as written (（一）加强组织领导, 時間).
            if first.is_true() || !note.is_empty() || lv > 4 {
                push_escaped(&mut out, &text_of(&sentence(title)))?;
            } else {
                push_escaped(&mut out, &text_of(&title))?;
            }
            if lv <= 4 {
                out.push_str(blocks::SEPARATOR);
            }
        } else if (3..=4).contains(&lv) {
            // An item of level 3 or 4 without a title is body text with its number (1. or
            // （1）) run in, not a heading of its own. Levels 1 and 2 stay headings: GB/T 9704
            // sets a （一） item in 楷体 whatever its length.
            out.push_str(blocks::UNTITLED);
        }
        push_escaped(&mut out, &text_of(&sentence(first)))?;
        push_escaped(&mut out, &note)?;
        out.push('\n');
        if text.is_true() {
            for t in text.try_iter()?.skip(1) {
                push_escaped(&mut out, &text_of(&t))?;
                out.push('\n');
            }
        }
        let table = field(&it, "table");
        if table.is_true() {
            push_table(&mut out, &table)?;
        }
        let items = field(&it, "items");
        if items.is_true() {
            stack.push((lv.saturating_add(1), items.try_iter()?));
        }
    }
    Ok(Value::from_safe_string(out))
}

/// `duty_lines(a.duties, "牵头单位", "责任单位", "完成时限")` → a `###` line for each duty, with
/// the text of [`duty_line`]: what `{% for d in a.duties %}### {{ d|duty_line(…) }}` writes, in
/// one call.
pub(super) fn duty_lines(
    state: &minijinja::State,
    duties: Value,
    lead_label: &str,
    units_label: &str,
    deadline_label: &str,
) -> std::result::Result<Value, minijinja::Error> {
    let mut out = String::with_capacity(2 * 1024);
    let written = as_written(state);
    for d in duties.try_iter()? {
        out.push_str(blocks::heading_mark(3));
        push_duty(
            &mut out,
            d,
            lead_label,
            units_label,
            deadline_label,
            written,
        )?;
        out.push('\n');
    }
    Ok(Value::from_safe_string(out))
}

/// `d|task_cells(a, "长期坚持")` → the four cells of a duty's row in the task table, as
/// `@row # | …` takes them: 工作任务 (the task, its target in brackets), 牵头单位 (the duty's
/// lead, else its area's), 责任单位 (the duty's units, else the area's responsible units, else
/// the lead), 完成时限 (the deadline, else the given wording). Each cell is escaped for the
/// block language and the cells are joined with ` | `.
pub(super) fn task_cells(
    d: Value,
    area: Value,
    ongoing: &str,
) -> std::result::Result<Value, minijinja::Error> {
    let mut out = String::with_capacity(128);
    push_task_cells(&mut out, &d, &area, ongoing)?;
    Ok(Value::from_safe_string(out))
}

/// `task_rows(doc, "长期坚持")` → the rows of the task table, in block language: for each
/// responsibility area with duties, `@group 一、领域` and then `@row # | …` for each duty,
/// with the cells of [`task_cells`]. What the template loop
/// `{% for a in doc.responsibilities if a.duties %}` would write, in one call.
pub(super) fn task_rows(doc: Value, ongoing: &str) -> std::result::Result<Value, minijinja::Error> {
    let mut out = String::with_capacity(8 * 1024);
    let areas = field(&doc, "responsibilities");
    if areas.is_true() {
        let mut n = 0;
        for area in areas.try_iter()? {
            let duties = field(&area, "duties");
            if !duties.is_true() {
                continue;
            }
            n += 1;
            out.push_str(blocks::GROUP_ROW);
            out.push_str(&crate::chinese::numeral(n));
            out.push('、');
            let name = field(&area, "area");
            if !(name.is_undefined() || name.is_none()) {
                push_escaped(&mut out, &text_of(&name))?;
            }
            out.push('\n');
            for d in duties.try_iter()? {
                out.push_str(blocks::NUMBERED_ROW);
                push_task_cells(&mut out, &d, &area, ongoing)?;
                out.push('\n');
            }
        }
    }
    Ok(Value::from_safe_string(out))
}

pub(super) fn push_escaped(
    out: &mut String,
    text: &str,
) -> std::result::Result<(), minijinja::Error> {
    escape_into(out, text)
        .map_err(|_| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "写出文字失败"))
}

/// Appends the cells of [`task_cells`] to `out`.
pub(super) fn push_task_cells(
    out: &mut String,
    d: &Value,
    area: &Value,
    ongoing: &str,
) -> std::result::Result<(), minijinja::Error> {
    let (lead, area_lead) = (field(d, "lead"), field(area, "lead"));
    push_escaped(out, &text_of(&clause(field(d, "task"))))?;
    let target = field(d, "target");
    if target.is_true() {
        out.push('（');
        push_escaped(out, &text_of(&clause(target)))?;
        out.push('）');
    }
    out.push_str(blocks::SEPARATOR);
    let lead_units = units(first_true(&[&lead, &area_lead]))?;
    push_escaped(out, &text_of(&lead_units))?;
    out.push_str(blocks::SEPARATOR);
    let unit_list = units(first_true(&[
        &field(d, "units"),
        &field(area, "responsible"),
        &lead,
        &area_lead,
    ]))?;
    push_escaped(out, &text_of(&unit_list))?;
    out.push_str(" | ");
    let deadline = field(d, "deadline");
    if deadline.is_true() {
        push_escaped(out, &due(deadline)?)?;
    } else {
        push_escaped(out, ongoing)?;
    }
    Ok(())
}

/// `2|heading_mark` → `##`: the block-language mark of a heading level (1–4).
pub(super) fn heading_mark(level: u32) -> Value {
    Value::from_safe_string(blocks::heading_mark(level).trim_end().to_string())
}

/// `arrange(doc, ["guidance", "goals", ...])`: the sections to print, in order. Each entry
/// is `{"key": "goals"}` or, for a custom section, `{"key": "custom", "index": 2}`. The
/// document's own `order` comes first; sections it does not name follow in the given
/// default order, custom sections last. Sections that are absent or empty lists are left out.
pub(super) fn arrange(doc: Value, default: Value) -> std::result::Result<Value, minijinja::Error> {
    let present = |key: &str| -> bool {
        // A section written but left empty (`[goals]` alone, an imported heading with no
        // text) is printed as its heading; validation warns about it. An empty list is absent.
        let v = doc.get_attr(key).unwrap_or(Value::UNDEFINED);
        !(v.is_undefined() || v.is_none() || v.kind() != ValueKind::Map && v.len() == Some(0))
    };
    let customs: Vec<String> = match doc.get_attr("sections") {
        Ok(v) if v.kind() == ValueKind::Seq => v
            .try_iter()?
            .map(|s| {
                s.get_attr("heading")
                    .map(|h| h.to_string())
                    .unwrap_or_default()
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut out: Vec<Value> = Vec::new();
    let mut used_keys: Vec<String> = Vec::new();
    let mut used_custom = vec![false; customs.len()];
    // Phases that a custom section holds print inside it, not as a section of their own.
    if let Ok(v) = doc.get_attr("sections")
        && v.kind() == ValueKind::Seq
        && v.try_iter()?.any(|s| {
            s.get_attr("phases_at")
                .is_ok_and(|p| !p.is_undefined() && !p.is_none())
        })
    {
        used_keys.push("phases".to_string());
    }
    let push_key = |key: &str, out: &mut Vec<Value>, used: &mut Vec<String>| {
        if !used.iter().any(|u| u == key) && present(key) {
            used.push(key.to_string());
            out.push(minijinja::context! { key => key });
        }
    };
    if let Ok(order) = doc.get_attr("order")
        && order.kind() == ValueKind::Seq
    {
        for k in order.try_iter()? {
            let k = k.to_string();
            if k == "sections" {
                // `sections` in `order` places every custom section not named on its own.
                let named: Vec<String> = order.try_iter()?.map(|v| v.to_string()).collect();
                for (i, h) in customs.iter().enumerate() {
                    if !used_custom[i] && !named.contains(h) {
                        used_custom[i] = true;
                        out.push(minijinja::context! { key => "custom", index => i });
                    }
                }
            } else if customs.contains(&k) {
                // Two sections under the same heading (an imported plan that repeats one) take
                // its places in `order` one after the other.
                if let Some(i) = (0..customs.len()).find(|&i| customs[i] == k && !used_custom[i]) {
                    used_custom[i] = true;
                    out.push(minijinja::context! { key => "custom", index => i });
                }
            } else if crate::model::SectionKey::from_key(&k).is_some() {
                push_key(&k, &mut out, &mut used_keys);
            }
        }
    }
    for k in default.try_iter()? {
        let k = k.to_string();
        if k != "sections" {
            push_key(&k, &mut out, &mut used_keys);
        }
    }
    for (i, used) in used_custom.iter().enumerate() {
        if !used {
            out.push(minijinja::context! { key => "custom", index => i });
        }
    }
    Ok(Value::from(out))
}

/// `phase_rows(doc)` → the phases as the table `doc.phases_table` names, in block language:
/// `@table` with its header, a `@row` a phase, `@endtable`. Each column holds what its
/// header names ([`crate::model::phase_columns`]): the row's number, the phase's `when` (else
/// its dates, as `daterange` writes them), its name, or its paragraphs in turn; the last
/// column of paragraphs (else the name's) also takes those left over and the text of the
/// phase's tasks, a line each.
pub(super) fn phase_rows(doc: Value) -> std::result::Result<Value, minijinja::Error> {
    use crate::model::PhaseColumn;
    let header: Vec<String> = field(&doc, "phases_table")
        .try_iter()?
        .map(|h| text_of(&h).into_owned())
        .collect();
    let columns = crate::model::phase_columns(&header);
    let last_text = columns
        .iter()
        .rposition(|c| matches!(c, PhaseColumn::Text(_)))
        .or_else(|| columns.iter().position(|c| *c == PhaseColumn::Name));
    let mut out = String::with_capacity(4 * 1024);
    push_cells(&mut out, "@table ", &header)?;
    let phases = field(&doc, "phases");
    if phases.is_true() {
        for (n, ph) in phases.try_iter()?.enumerate() {
            let text = strings(&field(&ph, "text"));
            let mut tasks = Vec::new();
            item_texts(&field(&ph, "tasks"), &mut tasks);
            let mut cells = Vec::with_capacity(columns.len());
            for (k, column) in columns.iter().enumerate() {
                let cell = match *column {
                    PhaseColumn::Number => (n + 1).to_string(),
                    PhaseColumn::Time => match field(&ph, "when") {
                        w if w.is_true() => text_of(&w).into_owned(),
                        _ => daterange(field(&ph, "start"), Some(field(&ph, "end")))?,
                    },
                    PhaseColumn::Name => text_of(&field(&ph, "name")).into_owned(),
                    PhaseColumn::Text(i) => text.get(i).cloned().unwrap_or_default(),
                };
                let mut lines = vec![cell];
                if Some(k) == last_text {
                    let first_left = match *column {
                        PhaseColumn::Text(i) => i + 1,
                        _ => 0,
                    };
                    lines.extend(text.iter().skip(first_left).cloned());
                    lines.extend(tasks.iter().cloned());
                    lines.retain(|l| !l.is_empty());
                }
                cells.push(lines.join("\n"));
            }
            push_cells(&mut out, "@row ", &cells)?;
        }
    }
    out.push_str("@endtable\n");
    Ok(Value::from_safe_string(out))
}

/// Appends a line of a table in block language: `directive` (`@table ` or `@row `), then the
/// cells escaped and set apart by ` | `.
fn push_cells(
    out: &mut String,
    directive: &str,
    cells: &[String],
) -> std::result::Result<(), minijinja::Error> {
    out.push_str(directive);
    for (k, c) in cells.iter().enumerate() {
        if k > 0 {
            out.push_str(blocks::SEPARATOR);
        }
        push_escaped(out, c)?;
    }
    out.push('\n');
    Ok(())
}

/// Appends a table of the body (an item's: `header`, `rows`) in block language: `@table`
/// with its header, a `@row` a row, `@endtable`; never `@widetable` (the body stays portrait).
fn push_table(out: &mut String, table: &Value) -> std::result::Result<(), minijinja::Error> {
    push_cells(out, "@table ", &strings(&field(table, "header")))?;
    for row in field(table, "rows").try_iter()? {
        push_cells(out, "@row ", &strings(&row))?;
    }
    out.push_str("@endtable\n");
    Ok(())
}

/// The strings of a list value (a phase's or an item's paragraphs); none when it is no list.
fn strings(v: &Value) -> Vec<String> {
    v.try_iter()
        .into_iter()
        .flatten()
        .map(|t| text_of(&t).into_owned())
        .collect()
}

/// The lines of `items` and their sub-items, in order: an item's title runs on into its
/// first paragraph after a full stop, as an item's heading does (`制定方案。成立领导小组……`).
fn item_texts(items: &Value, out: &mut Vec<String>) {
    let Ok(it) = items.try_iter() else {
        return;
    };
    for i in it {
        let title = field(&i, "title");
        let mut text = strings(&field(&i, "text"));
        if title.is_true() {
            let mut line = text_of(&title).into_owned();
            if !text.is_empty() {
                if !line.ends_with(END_PUNCT) {
                    line.push('。');
                }
                line.push_str(&text.remove(0));
            }
            out.push(line);
        }
        out.extend(text);
        // A table of the item, a line a row (a cell of a steps table holds no table).
        let table = field(&i, "table");
        if table.is_true() {
            let header = strings(&field(&table, "header"));
            let rows = field(&table, "rows").try_iter().into_iter().flatten();
            out.extend(
                std::iter::once(header)
                    .chain(rows.map(|r| strings(&r)))
                    .map(|cells| cells.join("\u{3000}")),
            );
        }
        item_texts(&field(&i, "items"), out);
    }
}
