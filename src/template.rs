//! The templates: built-in minijinja templates, user overrides, and the filters a
//! template author has at hand.

use std::path::{Path, PathBuf};

use minijinja::value::{Value, ValueKind};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::blocks::escape_into;
use crate::date::{Date, date_range};
use crate::error::{Error, ErrorKind};

/// The built-in templates: (name, source).
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    ("base.j2", include_str!("../templates/base.j2")),
    ("macros.j2", include_str!("../templates/macros.j2")),
    ("plan.j2", include_str!("../templates/plan.j2")),
    ("scheme.j2", include_str!("../templates/scheme.j2")),
    (
        "activity_plan.j2",
        include_str!("../templates/activity_plan.j2"),
    ),
    ("summary.j2", include_str!("../templates/summary.j2")),
    (
        "work_points.j2",
        include_str!("../templates/work_points.j2"),
    ),
    ("report.j2", include_str!("../templates/report.j2")),
    ("speech.j2", include_str!("../templates/speech.j2")),
];

/// Bytes of block text a template may produce (8 MiB): a runaway template stops here.
pub(crate) const MAX_OUTPUT_BYTES: usize = 8 * 1024 * 1024;

/// Template instructions a render may spend: stops infinite loops in milliseconds.
const FUEL: u64 = 5_000_000;

/// Names of the built-in templates, in the order `gongwen templates list` shows them.
///
/// ```
/// assert!(gongwen::builtin_template_names().any(|n| n == "plan.j2"));
/// ```
pub fn builtin_template_names() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(n, _)| *n)
}

/// The source of a built-in template.
///
/// ```
/// assert!(gongwen::builtin_template("macros.j2").unwrap().contains("macro"));
/// assert!(gongwen::builtin_template("nope.j2").is_none());
/// ```
pub fn builtin_template(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\', '\0']) && name != ".."
}

/// Reads `name` from `dir` if it is a plain file name whose real path stays inside `dir`.
fn load_override(dir: &Path, name: &str) -> std::result::Result<Option<String>, minijinja::Error> {
    if !is_plain_name(name) {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("模板名“{name}”不允许：只能引用模板目录中的文件名，不能带路径"),
        ));
    }
    let path = dir.join(name);
    let Ok(real) = path.canonicalize() else {
        return Ok(None);
    };
    let Ok(real_dir) = dir.canonicalize() else {
        return Ok(None);
    };
    if !real.starts_with(&real_dir) {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("模板“{name}”是指向模板目录之外的链接，已拒绝读取"),
        ));
    }
    let meta = std::fs::metadata(&real).map_err(|e| {
        minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "无法读取模板").with_source(e)
    })?;
    if meta.len() > 1024 * 1024 {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("模板“{name}”超过 1 MiB"),
        ));
    }
    std::fs::read_to_string(&real).map(Some).map_err(|e| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("无法读取模板“{name}”（须为 UTF-8 编码）"),
        )
        .with_source(e)
    })
}

/// Builds the environment: loader, escaping, limits, filters.
pub(crate) fn environment(dir: Option<PathBuf>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_loader(move |name| {
        if let Some(dir) = &dir
            && let Some(src) = load_override(dir, name)?
        {
            return Ok(Some(src));
        }
        Ok(builtin_template(name).map(str::to_string))
    });
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.set_undefined_behavior(UndefinedBehavior::Chainable);
    env.set_auto_escape_callback(|_| AutoEscape::Custom("gongwen".into()));
    env.set_formatter(|out, _state, value| {
        if value.is_safe() {
            return out
                .write_str(value.as_str().unwrap_or_default())
                .map_err(Into::into);
        }
        if value.is_undefined() || value.is_none() {
            return Ok(());
        }
        match value.as_str() {
            Some(s) => escape_into(out, s),
            None => escape_into(out, &value.to_string()),
        }
        .map_err(Into::into)
    });
    env.set_fuel(Some(FUEL));
    env.set_recursion_limit(64);

    env.add_filter("cn", cn_filter);
    env.add_filter("gbdate", gbdate);
    env.add_filter("daterange", daterange);
    env.add_filter("units", units);
    env.add_filter("sentence", sentence);
    env.add_filter("clause", clause);
    env.add_filter("topic", topic);
    env.add_filter("heading_mark", heading_mark);
    env.add_filter("due", due);
    env.add_filter("title_lines", title_lines);
    env.add_filter("duty_line", duty_line);
    env.add_filter("item_note", item_note);
    env.add_filter("task_cells", task_cells);
    env.add_filter("doc_number", doc_number);
    env.add_filter("copy_number", copy_number);
    env.add_function("arrange", arrange);
    env.add_function("task_rows", task_rows);
    env.add_function("item_lines", item_lines);
    env.add_function("duty_lines", duty_lines);
    env
}

fn cn_filter(v: Value) -> std::result::Result<String, minijinja::Error> {
    let n = u64::try_from(v.clone()).map_err(|_| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("cn 过滤器需要非负整数，得到的是 {v}"),
        )
    })?;
    Ok(crate::chinese::numeral(n))
}

fn parse_date(v: &Value) -> std::result::Result<Option<Date>, minijinja::Error> {
    if v.is_undefined() || v.is_none() {
        return Ok(None);
    }
    let s = v.as_str().ok_or_else(|| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("日期过滤器需要日期文字，得到的是 {v}"),
        )
    })?;
    s.parse::<Date>()
        .map(Some)
        .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e))
}

/// `"滨政发[2026]03号"|doc_number` → 滨政发〔2026〕3号 (GB/T 9704 7.2.5); a value that cannot
/// be read as a 发文字号 is printed as written (validation has named it).
fn doc_number(v: Value) -> String {
    let s = v.as_str().unwrap_or_default();
    match crate::model::elements::normalize_doc_number(s) {
        Ok(Some(n)) => n.text,
        _ => s.trim().to_string(),
    }
}

/// `"38"|copy_number` → 000038 (GB/T 9704 7.2.1); otherwise as written.
fn copy_number(v: Value) -> String {
    let s = v.as_str().unwrap_or_default();
    match crate::model::elements::normalize_copy_number(s) {
        Ok(Some(n)) => n.text,
        _ => s.trim().to_string(),
    }
}

/// `"2025-03-01"|gbdate` → 2025年3月1日.
fn gbdate(v: Value) -> std::result::Result<String, minijinja::Error> {
    Ok(parse_date(&v)?.map(|d| d.to_string()).unwrap_or_default())
}

/// `start|daterange(end)` → 2025年4月1日—4月10日; either side may be missing.
fn daterange(start: Value, end: Option<Value>) -> std::result::Result<String, minijinja::Error> {
    let s = parse_date(&start)?;
    let e = match end {
        Some(e) => parse_date(&e)?,
        None => None,
    };
    Ok(match (s, e) {
        (Some(s), Some(e)) => date_range(&s, &e),
        (Some(s), None) => format!("{s}起"),
        (None, Some(e)) => format!("{e}前"),
        (None, None) => String::new(),
    })
}

/// A deadline as plans write it: `2025-10-31` → 2025年10月31日前, `2025-12` → 2025年12月底前,
/// `2025-04上旬` → 2025年4月上旬.
fn due(v: Value) -> std::result::Result<String, minijinja::Error> {
    let Some(d) = parse_date(&v)? else {
        return Ok(String::new());
    };
    let mut s = String::with_capacity(24);
    d.push_chinese(&mut s);
    match d.precision() {
        crate::date::Precision::Day => s.push('前'),
        crate::date::Precision::Month | crate::date::Precision::Year => s.push_str("底前"),
        crate::date::Precision::Xun
        | crate::date::Precision::Quarter
        | crate::date::Precision::HalfYear => {}
    }
    Ok(s)
}

/// `["区教育局", "区卫生局"]|units` → 区教育局、区卫生局.
fn units(v: Value) -> std::result::Result<Value, minijinja::Error> {
    if v.is_undefined() || v.is_none() {
        return Ok(Value::from(""));
    }
    if let Some(s) = v.as_str() {
        return Ok(plain_or(&v, s));
    }
    // A list from the document (serialized as a `Vec<Value>`) is read in place, without the
    // iterator object `try_iter` allocates.
    match v.downcast_object_ref::<Vec<Value>>() {
        Some(list) => Ok(join_units(list.iter().cloned())),
        None => Ok(join_units(v.try_iter()?)),
    }
}

/// The units joined with 、; one unit is the value itself, no copy.
fn join_units(mut iter: impl Iterator<Item = Value>) -> Value {
    let Some(first) = iter.next() else {
        return Value::from("");
    };
    let Some(second) = iter.next() else {
        return match first.as_str() {
            Some(s) => plain_or(&first, s),
            None => Value::from(first.to_string()),
        };
    };
    let mut out = String::with_capacity(16 * 3 * 2);
    for (i, u) in [first, second].into_iter().chain(iter).enumerate() {
        if i > 0 {
            out.push('、');
        }
        out.push_str(&text_of(&u));
    }
    Value::from(out)
}

/// `text`, a part of [`text_of`]`(v)`, as a plain string value: `v` itself when `v` is a
/// plain (not safe) string and `text` all of it, which costs no copy.
fn plain_or(v: &Value, text: &str) -> Value {
    match v.as_str() {
        Some(s) if s.len() == text.len() && !v.is_safe() => v.clone(),
        _ => Value::from(text),
    }
}

/// The text of a value: a string borrowed, anything else formatted.
fn text_of(v: &Value) -> std::borrow::Cow<'_, str> {
    match v.as_str() {
        Some(s) => s.into(),
        None => v.to_string().into(),
    }
}

const END_PUNCT: [char; 11] = ['。', '！', '？', '；', '：', '…', '.', ':', ';', '!', '?'];

/// Ends a text with 。 unless it already ends with sentence punctuation.
fn sentence(v: Value) -> Value {
    if v.is_undefined() || v.is_none() {
        return Value::from("");
    }
    let s = text_of(&v);
    let t = s.trim_end();
    if t.is_empty() || ends_sentence(t) {
        plain_or(&v, t)
    } else {
        Value::from(format!("{t}。"))
    }
}

/// Whether text already ends a sentence: `。！？；：…` or such a mark inside closing quotes
/// (`……“一证通办。”`), but not a bare closing quote (`推行“一证通办”`).
fn ends_sentence(t: &str) -> bool {
    let trimmed = t.trim_end_matches(['”', '’', '）', ')']);
    trimmed.len() != t.len() && trimmed.ends_with(END_PUNCT) || t.ends_with(END_PUNCT)
}

/// Removes trailing sentence punctuation, to embed a text in a longer sentence.
fn clause(v: Value) -> Value {
    if v.is_undefined() || v.is_none() {
        return Value::from("");
    }
    let s = text_of(&v);
    let t = s
        .trim_end()
        .trim_end_matches(['。', '；', '，', '、', '.', ';', ',']);
    plain_or(&v, t)
}

/// The subject of a title, without the genre suffix: `城东街道消防安全工作计划` → `城东街道消防安全`.
/// `topic(issuer)` also drops the place name the title shares with the issuer
/// (`城东街道2025年消防…` with issuer `城东街道办事处` → `2025年消防…`); `topic(issuer, false)`
/// drops a leading year as well (`消防…`).
fn topic(v: Value, issuer: Option<String>, keep_year: Option<bool>) -> String {
    let s = v.to_string();
    let mut t = s.trim();
    for suffix in [
        "工作实施方案",
        "活动实施方案",
        "实施方案",
        "活动方案",
        "工作方案",
        "行动计划",
        "工作计划",
        "工作要点",
        "工作总结",
        "方案",
        "计划",
        "总结",
    ] {
        if let Some(x) = t.strip_suffix(suffix) {
            t = x;
            break;
        }
    }
    let mut t = t
        .strip_suffix("工作")
        .unwrap_or(t)
        .trim_end_matches(['的', '之']);
    if let Some(issuer) = issuer {
        let common = t
            .char_indices()
            .zip(issuer.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map(|((i, c), _)| i + c.len_utf8())
            .unwrap_or(0);
        // A placeholder such as 【待补：单位】 is not a place name to drop.
        if t[..common].chars().count() >= 2 && common < t.len() && !t[..common].contains('【') {
            t = &t[common..];
        }
    }
    if keep_year == Some(false) {
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
        if digits == 4 {
            let rest = &t[4..];
            let rest = rest
                .strip_prefix("年度")
                .or_else(|| rest.strip_prefix('年'));
            if let Some(rest) = rest
                && !rest.is_empty()
            {
                t = rest;
            }
        }
    }
    t.to_string()
}

/// Characters of 2号 (22 pt) text that a title line may hold: 20 fit on one line of the 版心
/// (442 pt); one is kept in hand, so that a slightly wider font does not push a character
/// onto a line of its own.
const TITLE_LINE_CHARS: f32 = 19.0;

/// Width of text in full-width characters (ASCII counts half).
fn em_width(s: &str) -> f32 {
    crate::chinese::width(s) as f32 / 2.0
}

/// Splits a title too long for one line into balanced lines, breaking where the meaning
/// allows (GB/T 9704 7.3.1: 回行时词意完整、排列对称): after 关于 or a year, before 的,
/// 工作 or the genre word, never inside quotes or brackets. A title that fits, or one the
/// writer already broke with a line break, is returned as it is.
pub(crate) fn split_title(title: &str) -> Vec<String> {
    let title = title.trim();
    if title.contains('\n') || em_width(title) <= TITLE_LINE_CHARS {
        return vec![title.to_string()];
    }
    let total = em_width(title);
    // Outside quotes and brackets when a break there gives two lines that fit; else inside
    // them too (a 《plan title》 longer than a line), at the same places of meaning.
    let outside = break_points(title, false);
    let candidates = if outside
        .iter()
        .any(|&(_, width)| total - width <= TITLE_LINE_CHARS)
    {
        outside
    } else {
        break_points(title, true)
    };
    // A break where the meaning allows, both lines fitting, balanced, the upper line not
    // shorter than the lower; else the most balanced break whose upper line fits.
    let preferred = candidates
        .iter()
        .filter(|&&(j, width)| {
            let (before, rest) = title.split_at(j);
            let good = before.ends_with("关于")
                || before.ends_with(['”', '》', '）'])
                || before.ends_with('年') && !rest.starts_with('度')
                || before.ends_with("年度")
                || rest.starts_with('的')
                || rest.starts_with("工作")
                || [
                    "实施方案",
                    "工作方案",
                    "活动方案",
                    "行动计划",
                    "工作计划",
                    "工作总结",
                    "工作要点",
                ]
                .contains(&rest);
            good && total - width <= TITLE_LINE_CHARS
        })
        .map(|&(j, width)| {
            let lower = total - width;
            (
                (width - lower).abs() + if width < lower { 1.0 } else { 0.0 },
                j,
            )
        });
    let balanced = || {
        candidates
            .iter()
            .map(|&(j, width)| ((width - (total - width)).abs(), j))
            .min_by(|a, b| a.0.total_cmp(&b.0))
    };
    match preferred
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .or_else(balanced)
    {
        Some((_, j)) => vec![title[..j].to_string(), title[j..].to_string()],
        None => vec![title.to_string()],
    }
}

/// Where a title may break, as (byte index, width of the upper line in characters): outside
/// quotes and brackets (anywhere but next to a bracket with `inside`), not inside a run of
/// ASCII (a number or a Latin word), with the upper line fitting on one line.
fn break_points(title: &str, inside: bool) -> Vec<(usize, f32)> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut width = 0.0f32;
    for (k, &(_, c)) in chars.iter().enumerate() {
        match c {
            '“' | '《' | '（' | '(' | '「' => depth += 1,
            '”' | '》' | '）' | ')' | '」' => depth -= 1,
            _ => {}
        }
        width += if c.is_ascii() { 0.5 } else { 1.0 };
        let Some(&(j, next)) = chars.get(k + 1) else {
            break;
        };
        let placed = if inside {
            !matches!(c, '“' | '《' | '（' | '(' | '「')
                && !matches!(next, '”' | '》' | '）' | ')' | '」')
        } else {
            depth <= 0
        };
        if placed && !(c.is_ascii() && next.is_ascii()) && width <= TITLE_LINE_CHARS {
            out.push((j, width));
        }
    }
    out
}

/// `doc.title|title_lines` → the lines of the title (see [`split_title`]).
fn title_lines(v: Value) -> Value {
    Value::from(split_title(&v.to_string()))
}

/// A field of a map value; undefined when missing.
fn field(v: &Value, key: &str) -> Value {
    v.get_attr(key).unwrap_or(Value::UNDEFINED)
}

/// `a or b`, as templates write it: the first true value, else the last.
fn first_true(values: &[&Value]) -> Value {
    values
        .iter()
        .find(|v| v.is_true())
        .or(values.last())
        .map(|v| (*v).clone())
        .unwrap_or(Value::UNDEFINED)
}

/// `d|duty_line("牵头单位", "责任单位", "完成时限")` → 制作宣传片，覆盖全区。（牵头单位：甲局；责任单位：
/// 乙局、丙局；完成时限：2025年6月底前）: a duty as the 职责分工 section lists it — its task, its
/// target after a comma, a full stop, then its units and deadline in brackets, each after its
/// label. Parts that are empty are left out (no brackets at all without any). The labels are
/// the template's wording.
fn duty_line(
    d: Value,
    lead_label: &str,
    units_label: &str,
    deadline_label: &str,
) -> std::result::Result<String, minijinja::Error> {
    let mut out = String::with_capacity(256);
    out.push_str(&text_of(&clause(field(&d, "task"))));
    let target = field(&d, "target");
    if target.is_true() {
        out.push('，');
        out.push_str(&text_of(&clause(target)));
    }
    out.push('。');
    let mut first = true;
    let mut part = |label: &str, text: &str| {
        out.push_str(if first { "（" } else { "；" });
        first = false;
        out.push_str(label);
        out.push('：');
        out.push_str(text);
    };
    let lead = field(&d, "lead");
    if lead.is_true() {
        part(lead_label, &text_of(&units(lead)?));
    }
    let unit_list = field(&d, "units");
    if unit_list.is_true() {
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

/// `it|item_note("目标", "完成时限", "责任单位")` → 目标：覆盖率达到95%。完成时限：2025年6月底前。（责任单位：
/// 甲局、乙局）: what follows an item's first paragraph, from its `target`, `deadline` and `units`;
/// the parts that are empty are left out. The labels are the template's wording.
fn item_note(
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
fn item_lines(
    list: Value,
    level: u32,
    target_label: &str,
    deadline_label: &str,
    units_label: &str,
) -> std::result::Result<Value, minijinja::Error> {
    let mut out = String::with_capacity(4 * 1024);
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
        if lv <= 4 {
            out.push_str(mark(lv));
            out.push(' ');
        }
        if lv > 4 || title.is_true() {
            push_escaped(&mut out, &text_of(&sentence(title)))?;
            if lv <= 4 {
                out.push_str(" | ");
            }
        } else if (3..=4).contains(&lv) {
            // An item of level 3 or 4 without a title is body text with its number (1. or
            // （1）) run in, not a heading of its own. Levels 1 and 2 stay headings: GB/T 9704
            // sets a （一） item in 楷体 whatever its length.
            out.push_str("| ");
        }
        push_escaped(&mut out, &text_of(&sentence(first)))?;
        let note = item_note(it.clone(), target_label, deadline_label, units_label)?;
        push_escaped(&mut out, &note)?;
        out.push('\n');
        if text.is_true() {
            for t in text.try_iter()?.skip(1) {
                push_escaped(&mut out, &text_of(&t))?;
                out.push('\n');
            }
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
fn duty_lines(
    duties: Value,
    lead_label: &str,
    units_label: &str,
    deadline_label: &str,
) -> std::result::Result<Value, minijinja::Error> {
    let mut out = String::with_capacity(2 * 1024);
    for d in duties.try_iter()? {
        out.push_str("### ");
        push_escaped(
            &mut out,
            &duty_line(d, lead_label, units_label, deadline_label)?,
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
fn task_cells(
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
fn task_rows(doc: Value, ongoing: &str) -> std::result::Result<Value, minijinja::Error> {
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
            out.push_str("@group ");
            out.push_str(&crate::chinese::numeral(n));
            out.push('、');
            let name = field(&area, "area");
            if !(name.is_undefined() || name.is_none()) {
                push_escaped(&mut out, &text_of(&name))?;
            }
            out.push('\n');
            for d in duties.try_iter()? {
                out.push_str("@row # | ");
                push_task_cells(&mut out, &d, &area, ongoing)?;
                out.push('\n');
            }
        }
    }
    Ok(Value::from_safe_string(out))
}

fn push_escaped(out: &mut String, text: &str) -> std::result::Result<(), minijinja::Error> {
    escape_into(out, text)
        .map_err(|_| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "写出文字失败"))
}

/// Appends the cells of [`task_cells`] to `out`.
fn push_task_cells(
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
    out.push_str(" | ");
    let lead_units = units(first_true(&[&lead, &area_lead]))?;
    push_escaped(out, &text_of(&lead_units))?;
    out.push_str(" | ");
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
fn heading_mark(level: u32) -> Value {
    Value::from_safe_string(mark(level).to_string())
}

/// The block-language mark of a heading level, clamped to 1–4.
fn mark(level: u32) -> &'static str {
    &"####"[..level.clamp(1, 4) as usize]
}

/// `arrange(doc, ["guidance", "goals", ...])`: the sections to print, in order. Each entry
/// is `{"key": "goals"}` or, for a custom section, `{"key": "custom", "index": 2}`. The
/// document's own `order` comes first; sections it does not name follow in the given
/// default order, custom sections last. Empty sections are left out.
fn arrange(doc: Value, default: Value) -> std::result::Result<Value, minijinja::Error> {
    let present = |key: &str| -> bool {
        let v = doc.get_attr(key).unwrap_or(Value::UNDEFINED);
        !(v.is_undefined() || v.is_none() || v.len() == Some(0))
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
            } else if let Some(i) = customs.iter().position(|h| *h == k) {
                if !used_custom[i] {
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

thread_local! {
    /// Set while [`guard`] runs template-engine work on this thread.
    static IN_ENGINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic on this thread happens inside [`guard`], which reports it as a template
/// error: the command line's panic hook stays quiet about those.
pub(crate) fn panic_is_reported() -> bool {
    IN_ENGINE.with(std::cell::Cell::get)
}

/// Runs template-engine work (compiling or rendering a template a user wrote) and turns a
/// panic inside minijinja into an error. minijinja 3.1 has at least one such bug:
/// `{% import "macros.j2" as m % x %}` parses, then its code generator hits `unreachable!`
/// (found by the `blocks` fuzz target). A typo in a template must not bring down a batch.
pub(crate) fn guard<T>(
    f: impl FnOnce() -> std::result::Result<T, minijinja::Error>,
) -> std::result::Result<T, minijinja::Error> {
    let outer = IN_ENGINE.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_ENGINE.with(|c| c.set(outer));
    result.unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!(
                "模板引擎内部出错：{what}。多半是模板某处写法它未能识别，例如 \
                 {{% import … as 名字 %}} 的 as 后只能写一个名字；请检查最近改动的地方"
            ),
        ))
    })
}

/// Turns a minijinja error into ours, with the template name and line. The name is the one
/// minijinja gives (an imported `macros.j2`, say), else `rendering`, the template being
/// rendered: a panic [`guard`] caught names no template.
pub(crate) fn template_error(e: minijinja::Error, rendering: &str) -> Error {
    let mut detail = match e.detail() {
        Some(d) => format!("{}（{}）", kind_cn(e.kind()), d),
        None => kind_cn(e.kind()).to_string(),
    };
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        detail.push_str(&format!("；{s}"));
        source = s.source();
    }
    let mut err = Error::new(ErrorKind::Template, detail)
        .with_file(format!("模板 {}", e.name().unwrap_or(rendering)));
    if let Some(line) = e.line() {
        err = err.with_line(line, None);
    }
    err
}

fn kind_cn(kind: minijinja::ErrorKind) -> &'static str {
    use minijinja::ErrorKind as K;
    match kind {
        K::SyntaxError => "模板语法错误",
        K::TemplateNotFound => "找不到模板",
        K::UndefinedError => "使用了未定义的变量",
        K::UnknownFilter => "未知的过滤器",
        K::UnknownFunction => "未知的函数",
        K::UnknownTest => "未知的测试",
        K::OutOfFuel => "模板运算量超出上限（可能有死循环）",
        K::InvalidOperation => "模板中的操作无效",
        K::TooManyArguments => "参数过多",
        K::MissingArgument => "缺少参数",
        K::BadEscape => "转义序列无效",
        _ => "模板渲染失败",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        let cases = [
            (1, "一"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (21, "二十一"),
            (99, "九十九"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (123, "一百二十三"),
        ];
        for (n, s) in cases {
            assert_eq!(crate::chinese::numeral(n), s, "{n}");
        }
    }

    #[test]
    fn filters() {
        let env = environment(None);
        let r = |src: &str| env.render_str(src, ()).unwrap();
        assert_eq!(r("{{ 12|cn }}"), "十二");
        assert_eq!(r("{{ '2025-03-01'|gbdate }}"), "2025年3月1日");
        assert_eq!(
            r("{{ '2025-04-01'|daterange('2025-04-10') }}"),
            "2025年4月1日—4月10日"
        );
        assert_eq!(
            r("{{ '2025-04上旬'|daterange('2025-05') }}"),
            "2025年4月上旬—5月"
        );
        assert_eq!(r("{{ ['甲', '乙']|units }}"), "甲、乙");
        assert_eq!(r("{{ '2025-12'|due }}"), "2025年12月底前");
        assert_eq!(r("{{ '2025-10-31'|due }}"), "2025年10月31日前");
        assert_eq!(r("{{ 3|heading_mark }}"), "###");
        assert_eq!(r("{{ '加强领导'|sentence }}"), "加强领导。");
        assert_eq!(r("{{ '加强领导。'|sentence }}"), "加强领导。");
        assert_eq!(r("{{ '加强领导。'|clause }}"), "加强领导");
        assert_eq!(
            r("{{ '城东街道消防安全宣传工作计划'|topic }}"),
            "城东街道消防安全宣传"
        );
        assert_eq!(
            r("{{ '滨江县交通运输局2025年禁毒工作总结'|topic('滨江县交通运输局', false) }}"),
            "禁毒"
        );
        assert_eq!(
            r("{{ '滨江镇2025年消防安全宣传教育工作计划'|topic('滨江镇人民政府') }}"),
            "2025年消防安全宣传教育"
        );
        assert_eq!(r("{{ '推行“一证通办”'|sentence }}"), "推行“一证通办”。");
        assert_eq!(
            r("{{ '【待补：标题】'|topic('【待补：发文单位】') }}"),
            "【待补：标题】"
        );
        assert_eq!(r("{{ '短标题'|title_lines|join('/') }}"), "短标题");
        assert_eq!(r("{{ '他说“好。”'|sentence }}"), "他说“好。”");
        assert!(env.render_str("{{ 'x'|gbdate }}", ()).is_err());
    }

    fn json(v: serde_json::Value) -> minijinja::Value {
        minijinja::Value::from(minijinja::value::Serde(v))
    }

    #[test]
    fn duty_and_item_notes_leave_out_what_is_empty() {
        let env = environment(None);
        let r = |src: &str, d: minijinja::Value| {
            env.render_str(src, minijinja::context! { d }).unwrap()
        };
        let line = "{{ d|duty_line('牵头单位', '责任单位', '完成时限') }}";
        let d = json(serde_json::json!({
            "task": "制作宣传片。", "target": "覆盖全区",
            "lead": ["甲局"], "units": ["乙局", "丙局"], "deadline": "2025-06"
        }));
        assert_eq!(
            r(line, d),
            "制作宣传片，覆盖全区。（牵头单位：甲局；责任单位：乙局、丙局；完成时限：2025年6月底前）"
        );
        let d = json(serde_json::json!({ "task": "开展培训", "units": ["乙局"], "lead": [] }));
        assert_eq!(r(line, d), "开展培训。（责任单位：乙局）");
        let d = json(serde_json::json!({ "task": "x" }));
        assert_eq!(r(line, d), "x。");
        // Labels are the template's wording.
        let d = json(serde_json::json!({ "task": "x", "deadline": "2025-04上旬" }));
        assert_eq!(
            r("{{ d|duty_line('a', 'b', '时间节点') }}", d),
            "x。（时间节点：2025年4月上旬）"
        );

        let item = "{{ d|item_note('目标', '完成时限', '责任单位') }}";
        let d = json(serde_json::json!({
            "target": "覆盖率达到95%", "deadline": "2025-10-31", "units": ["甲局", "乙局"]
        }));
        assert_eq!(
            r(item, d),
            "目标：覆盖率达到95%。完成时限：2025年10月31日前。（责任单位：甲局、乙局）"
        );
        let d = json(serde_json::json!({ "target": "全部完成！" }));
        assert_eq!(r(item, d), "目标：全部完成！");
        // Data that looks like block syntax is escaped like any other value.
        let d = json(serde_json::json!({ "units": ["@甲|乙"] }));
        assert!(!r(item, d).contains(['@', '|']));
    }

    #[test]
    fn task_rows_number_the_areas_with_duties_and_match_the_template_loop() {
        let env = environment(None);
        let doc = json(serde_json::json!({ "responsibilities": [
            { "area": "宣传#发动", "lead": ["区委宣传部"], "duties": [
                { "task": "制作宣传片", "deadline": "2025-05" },
                { "task": "开设专栏|专题", "units": ["融媒体中心"] } ] },
            { "area": "没有任务的领域", "lead": ["甲"] },
            { "area": "督查考核", "responsible": ["区督查室"], "duties": [ { "task": "季度督查" } ] }
        ]}));
        let rows = env
            .render_str(
                "{{ task_rows(doc, '长期坚持') }}",
                minijinja::context! { doc => doc.clone() },
            )
            .unwrap();
        let looped = env
            .render_str(
                "{% for a in doc.responsibilities if a.duties %}@group {{ loop.index|cn }}、{{ a.area }}\n\
                 {% for d in a.duties %}@row # | {{ d|task_cells(a, '长期坚持') }}\n{% endfor %}{% endfor %}",
                minijinja::context! { doc },
            )
            .unwrap();
        assert_eq!(rows, looped);
        let lines: Vec<&str> = rows.lines().collect();
        assert_eq!(lines.len(), 5, "{rows}");
        assert!(lines[0].starts_with("@group 一、宣传") && !lines[0].contains('#'));
        assert_eq!(
            lines[1],
            "@row # | 制作宣传片 | 区委宣传部 | 区委宣传部 | 2025年5月底前"
        );
        assert!(
            lines[2].ends_with("| 区委宣传部 | 融媒体中心 | 长期坚持")
                && lines[2].matches('|').count() == 4
        );
        assert_eq!(lines[3], "@group 二、督查考核");
        assert_eq!(lines[4], "@row # | 季度督查 |  | 区督查室 | 长期坚持");
        assert_eq!(env.render_str("{{ task_rows({}, 'x') }}", ()).unwrap(), "");
    }

    /// The loop a comment in the built-in macros.j2 gives, after `intro`, as what a Rust
    /// function writes in one call: the comment's indented lines up to its end.
    fn documented_loop(intro: &str) -> String {
        let src = builtin_template("macros.j2").unwrap();
        let from = src.find(intro).expect("intro in macros.j2") + intro.len();
        let comment = &src[from..];
        let comment = &comment[comment.find('\n').unwrap() + 1..comment.find("-#}").unwrap()];
        comment
            .lines()
            .map(|l| l.strip_prefix("        ").unwrap_or(l).trim_end())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn item_lines_write_what_the_documented_loop_writes() {
        let env = environment(None);
        let looped = format!(
            "{{% macro items(list, level) %}}\n{}\n{{% endmacro %}}{{{{ items(list, level) }}}}",
            documented_loop("item_lines 一次排出与下面这个循环相同的内容")
        );
        let call = "{{ item_lines(list, level, '目标', '完成时限', '责任单位') }}";
        let list = json(serde_json::json!([
            { "title": "加强领导", "text": ["成立专班", "每月调度#一次"],
              "target": "全覆盖", "deadline": "2025-06", "units": ["甲局", "乙局"],
              "items": [
                { "text": ["细化分工|明确到人"], "items": [
                    { "title": "第四级", "text": ["四级正文"], "items": [
                        { "title": "第五级", "text": ["五级正文。"], "deadline": "2025-04上旬",
                          "items": [ { "text": ["@第六级"] } ] } ] } ] },
                { "title": "无正文的小标题" } ] },
            { "text": [] },
            { "title": "", "text": ["只有正文", "第二段", "第三段"], "units": "丙局" },
            "一段文字而不是条目"
        ]));
        for level in [1, 2, 3, 4] {
            let ctx = minijinja::context! { list => list.clone(), level };
            let expected = env.render_str(&looped, ctx.clone()).unwrap();
            let got = env.render_str(call, ctx).unwrap();
            assert_eq!(got, expected, "level {level}");
        }
        let ctx = minijinja::context! { list => list.clone(), level => 2 };
        let lines: Vec<String> = env
            .render_str(call, ctx)
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        assert_eq!(
            lines[0],
            "## 加强领导。 | 成立专班。目标：全覆盖。完成时限：2025年6月底前。（责任单位：甲局、乙局）"
        );
        assert!(lines[1].starts_with("每月调度") && !lines[1].contains('#'));
        // No title at level 3: the number run in before the text, and the data's bar escaped.
        assert!(
            lines[2].starts_with("### | 细化分工") && !lines[2][6..].contains('|'),
            "{}",
            lines[2]
        );
        // No title at level 2: a heading.
        assert!(
            lines.iter().any(|l| l.starts_with("## 只有正文")),
            "{lines:?}"
        );
        assert!(lines[3].starts_with("#### 第四级。 | 四级正文。"));
        // Deeper than level 4: a plain paragraph, title and text run together.
        assert!(
            lines[4].starts_with("第五级。五级正文。完成时限："),
            "{}",
            lines[4]
        );
        assert!(!lines[5].contains('@') && !lines[5].starts_with('#'));
        for empty in ["[]", "none", "undefined"] {
            let src = format!("{{{{ item_lines({empty}, 2, 'a', 'b', 'c') }}}}");
            assert_eq!(env.render_str(&src, ()).unwrap(), "", "{empty}");
        }
    }

    #[test]
    fn duty_lines_write_what_the_documented_loop_writes() {
        let env = environment(None);
        let looped = documented_loop("它一次排出与这个循环相同的内容");
        let call = "{{ duty_lines(a.duties, '牵头单位', '责任单位', '完成时限') }}";
        let area = json(serde_json::json!({ "duties": [
            { "task": "制作宣传片。", "target": "覆盖全区", "lead": ["甲局"],
              "units": ["乙局", "丙局"], "deadline": "2025-06" },
            { "task": "开设专栏|专题", "units": "@融媒体中心" },
            { "task": "季度#督查" }
        ]}));
        let ctx = minijinja::context! { a => area };
        let got = env.render_str(call, ctx.clone()).unwrap();
        assert_eq!(got, env.render_str(&looped, ctx).unwrap());
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(
            lines[0],
            "### 制作宣传片，覆盖全区。（牵头单位：甲局；责任单位：乙局、丙局；完成时限：2025年6月底前）"
        );
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with("### ") && !l[4..].contains(['#', '|', '@']))
        );
        assert_eq!(
            env.render_str("{{ duty_lines(none, 'a', 'b', 'c') }}", ())
                .unwrap(),
            ""
        );
    }

    #[test]
    fn task_cells_fall_back_to_the_area_and_escape_each_cell() {
        let env = environment(None);
        let cells = |d: serde_json::Value, a: serde_json::Value| {
            env.render_str(
                "{{ d|task_cells(a, '长期坚持') }}",
                minijinja::context! {
                    d => json(d),
                    a => json(a),
                },
            )
            .unwrap()
        };
        let area = serde_json::json!({ "lead": ["区政府办"], "responsible": ["各街道"] });
        assert_eq!(
            cells(
                serde_json::json!({ "task": "建设站点。", "target": "新建10个；" }),
                area.clone()
            ),
            "建设站点（新建10个） | 区政府办 | 各街道 | 长期坚持"
        );
        assert_eq!(
            cells(
                serde_json::json!({ "task": "培训", "lead": ["区人社局"], "units": ["甲", "乙"], "deadline": "2025-12" }),
                area
            ),
            "培训 | 区人社局 | 甲、乙 | 2025年12月底前"
        );
        // Without units anywhere, the lead is responsible; a bar in the data stays in its cell.
        let out = cells(
            serde_json::json!({ "task": "甲|乙", "lead": ["区人社局"] }),
            serde_json::json!({ "area": "x" }),
        );
        assert_eq!(out.matches(" | ").count(), 3, "{out}");
        assert!(out.ends_with("区人社局 | 区人社局 | 长期坚持"), "{out}");
        let text = format!("@table a | b | c | d\n@row {out}\n@endtable\n");
        let blocks = crate::blocks::parse(&text, "t").unwrap();
        assert_eq!(
            format!("{blocks:?}").matches("甲|乙").count(),
            1,
            "{blocks:?}"
        );
    }

    #[test]
    fn long_titles_break_where_the_meaning_allows() {
        assert_eq!(
            split_title("新港区流动人口和出租房屋服务管理工作实施方案"),
            ["新港区流动人口和出租房屋服务管理", "工作实施方案"]
        );
        assert_eq!(
            split_title("关于印发青山区2025年民生实事项目实施方案的通知"),
            ["关于印发青山区2025年", "民生实事项目实施方案的通知"]
        );
        assert_eq!(
            split_title("城东街道2025年工作总结"),
            ["城东街道2025年工作总结"]
        );
        // A notice whose 《plan title》 is longer than a line breaks inside the brackets.
        assert_eq!(
            split_title("关于印发《松溪县城乡生活垃圾分类工作实施方案》的通知"),
            ["关于印发《松溪县城乡生活垃圾分类", "工作实施方案》的通知"]
        );
        assert_eq!(
            split_title("城东街道2025年“法援惠民 护航万家”法律援助进社区活动方案"),
            [
                "城东街道2025年“法援惠民 护航万家”",
                "法律援助进社区活动方案"
            ]
        );
        for t in [
            "滨江镇2025年消防安全宣传教育工作计划",
            "城东街道“法律援助进社区、温暖送到千万家”主题活动方案",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
        ] {
            let lines = split_title(t);
            assert_eq!(lines.concat(), t, "nothing lost");
            assert!(lines.iter().all(|l| !l.is_empty()));
        }
    }

    #[test]
    fn override_names_cannot_leave_the_directory() {
        assert!(!is_plain_name("../x.j2"));
        assert!(!is_plain_name("/etc/passwd"));
        assert!(!is_plain_name(".hidden"));
        assert!(is_plain_name("plan.j2"));
    }
}
