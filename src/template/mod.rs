//! The templates: built-in minijinja templates, user overrides, and the filters a
//! template author has at hand. One room a role:
//!
//! - this module: the built-in templates, the loader of a `--template-dir`, the environment
//!   (escaping into the block language, fuel, the filters and functions registered);
//! - [`filters`]: values into text (numerals, dates, units, sentences, topics, 文号);
//! - [`titles`]: centred titles broken into lines by meaning;
//! - [`emit`]: whole lists written in one call (items, duties, the task table's rows);
//! - [`guard`]: the engine run so that a panic is a template error, errors in Chinese.

use std::path::{Path, PathBuf};

use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::blocks::escape_into;

mod emit;
mod filters;
mod guard;

use emit::*;
use filters::*;
pub(crate) use guard::{guard, panic_is_reported, template_error};

/// The built-in templates: (name, source).
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    ("base.j2", include_str!("../../templates/base.j2")),
    ("macros.j2", include_str!("../../templates/macros.j2")),
    ("plan.j2", include_str!("../../templates/plan.j2")),
    ("scheme.j2", include_str!("../../templates/scheme.j2")),
    (
        "activity_plan.j2",
        include_str!("../../templates/activity_plan.j2"),
    ),
    ("summary.j2", include_str!("../../templates/summary.j2")),
    (
        "work_points.j2",
        include_str!("../../templates/work_points.j2"),
    ),
    ("report.j2", include_str!("../../templates/report.j2")),
    ("speech.j2", include_str!("../../templates/speech.j2")),
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
/// The closing note of a duty as the built-in template writes it after the duty's text:
/// `（牵头单位：甲局；责任单位：乙局；完成时限：2026年6月底前）`, empty when it has none. The
/// importer reads a note back only when this gives it again.
pub(crate) fn duty_note(d: &crate::model::Duty) -> String {
    let fields = crate::model::Duty {
        lead: d.lead.clone(),
        units: d.units.clone(),
        deadline: d.deadline,
        ..Default::default()
    };
    // The labels are those `macros.j2` passes to `duty_lines`.
    emit::duty_text(
        minijinja::Value::from(minijinja::value::Serde(&fields)),
        "牵头单位",
        "责任单位",
        "完成时限",
        false,
    )
    .unwrap_or_default()
}

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
    env.add_filter("states_period", states_period);
    env.add_filter("opens_a_sentence", opens_a_sentence);
    env.add_filter("states_units", emit::text_states_units);
    env.add_filter("units", units);
    env.add_filter("sentence", sentence_filter);
    env.add_test("ends_a_sentence", ends_a_sentence);
    env.add_test("whole_line", whole_line);
    env.add_filter("clause", clause);
    env.add_filter("topic", topic);
    env.add_filter("heading_mark", heading_mark);
    env.add_filter("due", due);
    env.add_filter("title_lines", title_lines);
    env.add_filter("part_point", part_point);
    env.add_filter("duty_line", duty_line);
    env.add_filter("item_note", item_note);
    env.add_filter("task_cells", task_cells);
    env.add_filter("doc_number", doc_number);
    env.add_filter("copy_number", copy_number);
    env.add_function("arrange", arrange);
    env.add_function("task_rows", task_rows);
    env.add_function("phase_rows", phase_rows);
    env.add_function("item_lines", item_lines);
    env.add_function("duty_lines", duty_lines);
    env
}

#[cfg(test)]
mod tests;
