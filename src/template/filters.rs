//! The filters that turn a value into text: numerals, dates, units, sentences, the topic of
//! a title, its lines, the 发文字号 and 份号.

use minijinja::value::Value;

use crate::date::{Date, date_range};

use crate::titles::split_title;

pub(super) fn cn_filter(v: Value) -> std::result::Result<String, minijinja::Error> {
    let n = u64::try_from(v.clone()).map_err(|_| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("cn 过滤器需要非负整数，得到的是 {v}"),
        )
    })?;
    Ok(crate::chinese::numeral(n))
}

pub(super) fn parse_date(v: &Value) -> std::result::Result<Option<Date>, minijinja::Error> {
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
pub(super) fn doc_number(v: Value) -> String {
    let s = v.as_str().unwrap_or_default();
    match crate::model::elements::normalize_doc_number(s) {
        Ok(Some(n)) => n.text,
        _ => s.trim().to_string(),
    }
}

/// `"38"|copy_number` → 000038 (GB/T 9704 7.2.1); otherwise as written.
pub(super) fn copy_number(v: Value) -> String {
    let s = v.as_str().unwrap_or_default();
    match crate::model::elements::normalize_copy_number(s) {
        Ok(Some(n)) => n.text,
        _ => s.trim().to_string(),
    }
}

/// `"2025-03-01"|gbdate` → 2025年3月1日, in figures however its month and day were written
/// (GB/T 9704-2012 7.3.5.3).
pub(super) fn gbdate(v: Value) -> std::result::Result<String, minijinja::Error> {
    Ok(parse_date(&v)?
        .map(|d| d.in_figures().to_string())
        .unwrap_or_default())
}

/// `start|daterange(end)` → 2025年4月1日—4月10日; either side may be missing.
pub(super) fn daterange(
    start: Value,
    end: Option<Value>,
) -> std::result::Result<String, minijinja::Error> {
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

/// `ph|opens_a_sentence` → whether a phase's name is a sentence naming the stage and its period
/// ([`crate::date::stage_clause`], as an import reads `11月1日至11月5日为准备阶段，启动宣传。` or
/// `宣传发动阶段为3月1日至3月15日，……`): it prints as written, run on into its text, as a
/// paragraph and not as a heading. So does one cut off mid-sentence (……阶段，), a whole
/// sentence that opens with its period (5月为总结阶段。) or a round's time line (初赛时间：
/// 11月25日); 总结阶段：6月1日至6月10日。 is a heading.
pub(super) fn opens_a_sentence(v: Value) -> bool {
    let value = v.get_attr("name").unwrap_or_default();
    let name = text_of(&value);
    match crate::date::stage_clause(&name) {
        Some(_) if name.ends_with(['，', '；', ',', ';']) => true,
        Some((_, period, _)) => name.ends_with('。') && name.starts_with(period),
        // A paragraph opening with its period (9月1日—9月10日，启动仪式……).
        None => {
            crate::date::dated_clause(&name)
                .is_some_and(|(head, _, rest)| rest.is_empty() && head.ends_with(['，', ',']))
                // A row of a schedule pasted as text (1 5月10日 启动仪式 社区党委), a round's
                // time line (初赛时间：11月25日).
                || whole_line(value)
        }
    }
}

/// `ph.name is whole_line` → whether a phase's name is a whole line as written, a row of a
/// schedule pasted as text (`1 | 9.1-9.2 | 1《白鹭》`) or a round's time line (`初赛时间：11月25日`):
/// its text is paragraphs of their own, where a sentence that names its stage runs on into
/// its text.
pub(super) fn whole_line(v: Value) -> bool {
    let name = text_of(&v);
    crate::date::dated_row(&name).is_some()
        || crate::date::timed_clause(&name).is_some_and(|(line, _, _)| line == name.trim())
}

/// `ph|states_period` → whether a phase already states its dates where the importer reads
/// them: in its name (an imported `准备阶段（4月1日—4月10日）`, `准备阶段：3月上旬至4月底`), at
/// the start of its text (`时间：10月1日至10月15日。`) or in brackets at the end of a paragraph,
/// so the heading does not repeat them. Given a text, whether the text does.
pub(super) fn states_period(v: Value) -> bool {
    let states = |t: &Value| crate::date::stated_period(&text_of(t)).is_some();
    if v.kind() != minijinja::value::ValueKind::Map {
        return states(&v);
    }
    let name = v.get_attr("name").unwrap_or_default();
    let text = v.get_attr("text").unwrap_or_default();
    // The text states it where the importer reads it: at its start, or in brackets at the
    // end of a paragraph.
    // A time line among its tasks' paragraphs (（1）制定方案。 / 时间：3月1日-3月15日).
    fn time_line(items: &Value, gives: &dyn Fn(&str) -> bool) -> bool {
        items.try_iter().is_ok_and(|mut it| {
            it.any(|i| {
                i.get_attr("text").is_ok_and(|t| {
                    t.try_iter().is_ok_and(|mut ts| {
                        ts.any(|t| crate::date::labelled_period(&text_of(&t)).is_some_and(gives))
                    })
                }) || i.get_attr("items").is_ok_and(|sub| time_line(&sub, gives))
            })
        })
    }
    // A period written inside a sentence or on a time line states the phase's dates only
    // when it gives those very dates (an import reads them there); 于3月20日前报送 in the
    // text of a phase that runs through March does not.
    let dates = (
        v.get_attr("start")
            .ok()
            .and_then(|d| parse_date(&d).ok().flatten()),
        v.get_attr("end")
            .ok()
            .and_then(|d| parse_date(&d).ok().flatten()),
    );
    let year = dates.0.or(dates.1).map(|d| d.year());
    let gives = |p: &str| crate::date::period_dates(p, year, dates.0) == dates;
    states(&name)
        || text.try_iter().is_ok_and(|it| {
            it.enumerate().any(|(k, t)| {
                let t = text_of(&t);
                crate::date::closing_period(&t).is_some()
                    || crate::date::labelled_period(&t).is_some_and(gives)
                    || k == 0
                        && (crate::date::opening_period(&t).is_some()
                            || crate::date::inner_period(&t).is_some_and(gives))
            })
        })
        || v.get_attr("tasks").is_ok_and(|t| time_line(&t, &gives))
}

/// A deadline as plans write it: `2025-10-31` → 2025年10月31日前, `2025-12` → 2025年12月底前,
/// `2025-04上旬` → 2025年4月上旬.
pub(super) fn due(v: Value) -> std::result::Result<String, minijinja::Error> {
    let Some(d) = parse_date(&v)? else {
        return Ok(String::new());
    };
    let mut s = String::with_capacity(24);
    d.push_due(&mut s);
    Ok(s)
}

/// `["区教育局", "区卫生局"]|units` → 区教育局、区卫生局.
pub(super) fn units(v: Value) -> std::result::Result<Value, minijinja::Error> {
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
pub(super) fn join_units(mut iter: impl Iterator<Item = Value>) -> Value {
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
pub(super) fn plain_or(v: &Value, text: &str) -> Value {
    match v.as_str() {
        Some(s) if s.len() == text.len() && !v.is_safe() => v.clone(),
        _ => Value::from(text),
    }
}

/// The text of a value: a string borrowed, anything else formatted.
pub(super) fn text_of(v: &Value) -> std::borrow::Cow<'_, str> {
    match v.as_str() {
        Some(s) => s.into(),
        None => v.to_string().into(),
    }
}

pub(super) const END_PUNCT: [char; 11] =
    ['。', '！', '？', '；', '：', '…', '.', ':', ';', '!', '?'];

/// Whether the document is printed as written ([`crate::Document::as_written`]): no 。 added.
pub(super) fn as_written(state: &minijinja::State) -> bool {
    state
        .lookup("doc")
        .is_some_and(|d| d.get_attr("as_written").is_ok_and(|v| v.is_true()))
}

/// `x|sentence`: ends a text with 。 unless it already ends with sentence punctuation, or
/// the document is printed as written.
pub(super) fn sentence_filter(state: &minijinja::State, v: Value) -> Value {
    if as_written(state) {
        return if v.is_undefined() || v.is_none() {
            Value::from("")
        } else {
            v
        };
    }
    sentence(v)
}

/// `x is ends_a_sentence`: whether a text ends with sentence punctuation (see [`ends_sentence`]).
pub(super) fn ends_a_sentence(v: Value) -> bool {
    ends_sentence(text_of(&v).trim_end())
}

/// Ends a text with 。 unless it already ends with sentence punctuation.
pub(super) fn sentence(v: Value) -> Value {
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
/// (`……“一证通办。”`), or before a note in brackets (`……工作。（责任单位：区民政局）`), but
/// not a bare closing quote (`推行“一证通办”`).
pub(super) fn ends_sentence(t: &str) -> bool {
    let trimmed = t.trim_end_matches(['”', '’', '）', ')']);
    if trimmed.len() != t.len() && trimmed.ends_with(END_PUNCT) || t.ends_with(END_PUNCT) {
        return true;
    }
    // A note in brackets after a full sentence.
    if let Some(inner) = t.strip_suffix(['）', ')'])
        && let Some(open) = inner.rfind(['（', '('])
        && open > 0
    {
        return inner[..open].ends_with(['。', '！', '？']);
    }
    false
}

/// Removes trailing sentence punctuation, to embed a text in a longer sentence.
pub(super) fn clause(v: Value) -> Value {
    if v.is_undefined() || v.is_none() {
        return Value::from("");
    }
    let s = text_of(&v);
    let t = s
        .trim_end()
        .trim_end_matches(['。', '；', '，', '、', '.', ';', ',']);
    plain_or(&v, t)
}

/// The subject of a title, without the genre suffix: `城东街道消防安全工作计划` → `城东街道消防安全`,
/// `关于做好防溺水工作的实施方案` → `防溺水`.
/// `topic(issuer)` also drops the place name the title shares with the issuer
/// (`城东街道2025年消防…` with issuer `城东街道办事处` → `2025年消防…`); `topic(issuer, false)`
/// drops a leading year as well (`消防…`).
pub(super) fn topic(v: Value, issuer: Option<String>, keep_year: Option<bool>) -> String {
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
    // 关于做好防溺水工作的实施方案 → 防溺水: the template's own words say 推进 and 工作.
    let t = t.trim_end_matches(['的', '之']);
    let mut t = t
        .strip_suffix("工作")
        .unwrap_or(t)
        .trim_end_matches(['的', '之']);
    if let Some(rest) = t.strip_prefix("关于") {
        t = rest;
        for verb in ["进一步", "切实", "深入", "全面"] {
            t = t.strip_prefix(verb).unwrap_or(t);
        }
        for verb in [
            "做好", "加强", "开展", "推进", "抓好", "强化", "组织", "推动",
        ] {
            if let Some(rest) = t.strip_prefix(verb)
                && rest.chars().count() >= 2
            {
                t = rest;
                break;
            }
        }
    }
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

/// `doc.title|title_lines` → the lines of the title (see [`split_title`]).
pub(super) fn title_lines(v: Value) -> Value {
    Value::from(split_title(&v.to_string()))
}

/// `t|part_point`: the text of a paragraph that opens with a part's number (`一、各单位要……`
/// → `各单位要……`), or none. A notice's own points print as its first-level headings, their
/// numbers generated as every heading's are.
pub(super) fn part_point(v: Value) -> Value {
    let t = v.to_string();
    let digits: String = t
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .take(3)
        .collect();
    let rest = t[digits.len()..].strip_prefix('、').map(str::trim);
    match rest {
        Some(r) if !digits.is_empty() && !r.is_empty() => Value::from(r),
        _ => Value::from(()),
    }
}
