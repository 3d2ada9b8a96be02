//! Where the text comes from: `.txt` lines, `.docx` paragraphs, input-file fields.

use std::path::Path;

use super::rules::{self, Para, Sect};
use super::structure::same_unit;
use super::{Code, Diagnostic, Level, check_lines, sort};
use crate::error::Severity;
use crate::error::{Error, ErrorKind, Result};
use crate::keywords::text_fields;
use crate::load::{Format, MAX_INPUT_BYTES, line_col};
use crate::model::{Document, Item};

/// The largest `.docx` read (16 MiB).
const MAX_DOCX_BYTES: u64 = 16 * 1024 * 1024;

pub(super) fn check_path(path: &Path) -> Result<Vec<Diagnostic>> {
    let name = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, "读取文件", e))?;
    let limit = if ext == "docx" {
        MAX_DOCX_BYTES
    } else {
        MAX_INPUT_BYTES as u64
    };
    if meta.len() > limit {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("文件有 {} 字节，超过上限 {limit} 字节", meta.len()),
        )
        .with_file(name));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, "读取文件", e))?;
    if ext == "docx" {
        let paras = docx_paragraphs(&bytes).map_err(|e| e.with_file(name))?;
        return Ok(check_lines(&paras, None));
    }
    if let Some(format) = Format::from_path(path) {
        let doc = Document::from_slice(&bytes, format, &name)?;
        let text = std::str::from_utf8(&bytes).unwrap_or_default();
        return Ok(check_document(&doc, Some(text)));
    }
    let text = decode_text(&bytes);
    Ok(super::check_text(&text, None))
}

use crate::chinese::decode as decode_text;

/// The text of each paragraph of a `.docx` (`word/document.xml`), in order, table cells
/// included; tabs as `\t`, line breaks as spaces. Paragraph `n` of the list is line `n + 1`
/// of [`crate::lint::check_path`].
///
/// # Errors
/// [`ErrorKind::Syntax`] when the bytes are not a `.docx` (not a zip, no
/// `word/document.xml`, malformed XML); [`ErrorKind::TooLarge`] when the document part
/// unpacks to more than 64 MiB.
///
/// ```
/// let doc = gongwen::Document::from_path("examples/antidrug_summary.toml").unwrap();
/// let bytes = gongwen::Renderer::new().render_to_bytes(&doc).unwrap();
/// let paras = gongwen::lint::docx_paragraphs(&bytes).unwrap();
/// assert_eq!(paras[0], "滨江县交通运输局2025年禁毒工作总结");
/// assert!(paras.iter().any(|p| p == "一、基本情况"));
/// ```
pub fn docx_paragraphs(bytes: &[u8]) -> Result<Vec<String>> {
    use crate::docx::read::{self, ReadError};
    let paras = read::paragraphs(bytes).map_err(|e| {
        let what = match e {
            ReadError::NotZip(e) | ReadError::Unzip(e) | ReadError::Xml(e) => e,
            ReadError::NoDocument => "缺少 word/document.xml".to_string(),
            ReadError::TooLarge => {
                return Error::new(ErrorKind::TooLarge, "word/document.xml 超过 64 MiB");
            }
        };
        Error::new(
            ErrorKind::Syntax,
            format!("不是有效的 .docx 文件（{what}）：请用 Word 或 WPS 另存为 .docx 后再检查"),
        )
    })?;
    Ok(paras.iter().map(read::Paragraph::text).collect())
}

/// Lints the text fields of a document (lines found in `source` when given), checks the
/// units of its tasks, and adds [`Document::validate`]'s problems.
pub(super) fn check_document(doc: &Document, source: Option<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let fields = text_fields(doc);
    let mut located: Vec<(String, usize)> = Vec::new(); // path → byte offset in source
    let date = doc.date.and_then(|d| Some((d.year(), d.month(), d.day()?)));
    let year = super::title_year(&doc.title).or(date.map(|d| d.0));
    // How often each text was met before: the n-th field with a text is found at the n-th
    // place it stands in the source, so two identical placeholders get their own lines.
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut offsets = Vec::with_capacity(fields.len());
    for f in &fields {
        let section = field_section(&f.path);
        let para = Para {
            text: &f.text,
            section,
            kind: Some(doc.kind),
            year,
            date,
        };
        let nth = seen.entry(f.text.as_str()).or_insert(0);
        let at = source.and_then(|s| find_nth_in_source(s, &f.text, *nth));
        *nth += 1;
        offsets.push(at);
        if let Some(off) = at {
            located.push((f.path.clone(), off));
        }
        for finding in rules::check_para(&para) {
            let (line, column) = position(source, at, &f.text, finding.char_index);
            out.push(Diagnostic {
                line,
                column,
                code: finding.code,
                severity: finding.code.level(),
                message: format!("[{}] {}", f.path, finding.message),
            });
        }
    }
    let texts: Vec<&str> = fields.iter().map(|f| f.text.as_str()).collect();
    for (i, ci, message) in super::dates::deadline_style(&texts) {
        let (line, column) = position(source, offsets[i], &fields[i].text, ci);
        out.push(Diagnostic {
            line,
            column,
            code: Code::DeadlineStyle,
            severity: Code::DeadlineStyle.level(),
            message: format!("[{}] {message}", fields[i].path),
        });
    }
    for (path, unit) in unassigned_units(doc) {
        let field = fields
            .iter()
            .find(|f| f.path.starts_with(&path) && f.path.contains(".units"));
        let (line, column) = match (source, field) {
            (Some(s), Some(f)) => match find_in_source(s, &f.text) {
                Some(off) => line_col(s.as_bytes(), off),
                None => (0, 0),
            },
            _ => (0, 0),
        };
        out.push(Diagnostic {
            line,
            column,
            code: Code::UnassignedUnit,
            severity: Code::UnassignedUnit.level(),
            message: format!(
                "[{path}.units] “{unit}”在任务中被列为责任单位，但职责分工（responsibilities）中没有它：请在职责分工中写明它的职责，或核对单位名称"
            ),
        });
    }
    for p in doc.validate() {
        let code = if p.message.contains("早于") {
            Code::DateOrder
        } else if p.message.contains("是空的") {
            Code::EmptySection
        } else {
            Code::Validation
        };
        let severity = match p.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let (line, column) = match source {
            Some(s) => locate_path(s, &p.path, &located),
            None => (0, 0),
        };
        out.push(Diagnostic {
            line,
            column,
            code,
            severity,
            message: format!("[{}] {}", p.path, p.message),
        });
    }
    sort(&mut out);
    out
}

fn field_section(path: &str) -> Sect {
    let root = path.split(['.', '[']).next().unwrap_or("");
    if path.ends_with(".title")
        || path.ends_with(".name")
        || path.ends_with(".heading")
        || path.ends_with(".area")
    {
        return Sect::Heading;
    }
    match root {
        "title" | "issuer" | "addressee" => Sect::Heading,
        "opening" | "background" | "situation" => Sect::Background,
        "next_steps" => Sect::NextSteps,
        "responsibilities" => Sect::Responsibilities,
        _ if path.contains(".units")
            || path.contains(".lead")
            || path.contains(".responsible")
            || path.contains(".cooperate") =>
        {
            Sect::Heading
        }
        _ => Sect::Other,
    }
}

/// Byte offset of the `n`-th (0-based) place `text` stands in `source`, else of the first
/// (see [`find_in_source`]).
fn find_nth_in_source(source: &str, text: &str, n: usize) -> Option<usize> {
    if n > 0
        && !text.trim().is_empty()
        && let Some((off, _)) = source.match_indices(text).nth(n)
    {
        return Some(off);
    }
    find_in_source(source, text)
}

/// Byte offset of `text` in `source`: the whole text, else its first 12 characters, else
/// its first 6.
fn find_in_source(source: &str, text: &str) -> Option<usize> {
    if text.trim().is_empty() {
        return None;
    }
    if let Some(p) = source.find(text) {
        return Some(p);
    }
    for n in [12, 6] {
        let prefix: String = text.chars().take(n).collect();
        if prefix.chars().count() == n
            && let Some(p) = source.find(&prefix)
        {
            return Some(p);
        }
    }
    None
}

/// 1-based line and column of character `ci` of `text`, found at byte `at` of `source`.
fn position(source: Option<&str>, at: Option<usize>, text: &str, ci: usize) -> (usize, usize) {
    match (source, at) {
        (Some(s), Some(off)) => {
            let byte = text.char_indices().nth(ci).map_or(text.len(), |(b, _)| b);
            let target = off + byte;
            // Only trust the offset inside the text when the text was found verbatim.
            if s.get(off..off + text.len()) == Some(text) {
                line_col(s.as_bytes(), target)
            } else {
                line_col(s.as_bytes(), off)
            }
        }
        _ => (0, ci + 1),
    }
}

/// The line of a validation problem: the located field sharing the longest path prefix.
fn locate_path(source: &str, path: &str, located: &[(String, usize)]) -> (usize, usize) {
    let common = |a: &str| {
        a.chars()
            .zip(path.chars())
            .take_while(|(x, y)| x == y)
            .count()
    };
    let best = located.iter().max_by_key(|(p, _)| common(p));
    match best {
        Some((p, off)) if common(p) >= path.split(['.', '[']).next().unwrap_or("").len().max(1) => {
            let (line, _) = line_col(source.as_bytes(), *off);
            (line, 0)
        }
        _ => (0, 0),
    }
}

/// Units named in tasks (`units` of items anywhere, outside the responsibilities) that no
/// area of the responsibilities names: `(data path of the item, unit)`.
fn unassigned_units(doc: &Document) -> Vec<(String, String)> {
    let mut assigned: Vec<&str> = Vec::new();
    for a in &doc.responsibilities {
        assigned.push(&a.area);
        for u in a
            .lead
            .0
            .iter()
            .chain(&a.responsible.0)
            .chain(&a.cooperate.0)
        {
            assigned.push(u);
        }
        for d in &a.duties {
            for u in d.lead.0.iter().chain(&d.units.0) {
                assigned.push(u);
            }
        }
    }
    if assigned.is_empty() {
        return Vec::new();
    }
    fn items<'a>(path: String, list: &'a [Item], out: &mut Vec<(String, &'a Item)>) {
        for (i, it) in list.iter().enumerate() {
            let p = format!("{path}[{i}]");
            items(format!("{p}.items"), &it.items, out);
            out.push((p, it));
        }
    }
    let mut all = Vec::new();
    if let Some(g) = &doc.goals {
        items("goals.items".into(), &g.items, &mut all);
    }
    for (i, ph) in doc.phases.iter().enumerate() {
        items(format!("phases[{i}].tasks"), &ph.tasks, &mut all);
    }
    items("requirements".into(), &doc.requirements, &mut all);
    items("safeguards".into(), &doc.safeguards, &mut all);
    for (i, s) in doc.sections.iter().enumerate() {
        items(format!("sections[{i}].items"), &s.items, &mut all);
    }
    let mut out = Vec::new();
    for (path, it) in all {
        for u in &it.units.0 {
            if !assigned.iter().any(|a| same_unit(a, u)) {
                out.push((path.clone(), u.clone()));
            }
        }
    }
    out.sort();
    out
}
