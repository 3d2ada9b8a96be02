//! Reading documents from TOML, YAML and JSON, with errors that say where and what to do.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, ErrorKind, Result};
use crate::model::Document;

/// The largest input file accepted, in bytes (2 MiB: a long plan is under 100 KB).
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// An input format.
///
/// ```
/// use gongwen::Format;
/// assert_eq!(Format::from_path("plan.yml".as_ref()), Some(Format::Yaml));
/// assert_eq!(Format::from_path("plan.docx".as_ref()), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// TOML (`.toml`).
    Toml,
    /// YAML (`.yaml`, `.yml`).
    Yaml,
    /// JSON (`.json`).
    Json,
}

impl Format {
    /// The format a file name's extension names, if any.
    ///
    /// ```
    /// assert_eq!(gongwen::Format::from_path("a/b.TOML".as_ref()), Some(gongwen::Format::Toml));
    /// ```
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Format::Toml),
            "yaml" | "yml" => Some(Format::Yaml),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The usual extension, without the dot.
    ///
    /// ```
    /// assert_eq!(gongwen::Format::Yaml.extension(), "yaml");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            Format::Toml => "toml",
            Format::Yaml => "yaml",
            Format::Json => "json",
        }
    }
}

impl Document {
    /// Loads a document from a file, choosing the format by extension.
    ///
    /// # Errors
    /// [`ErrorKind::Io`] when the file cannot be read, [`ErrorKind::UnknownFormat`] for an
    /// extension other than `.toml`, `.yaml`, `.yml`, `.json`, [`ErrorKind::TooLarge`] above
    /// [`MAX_INPUT_BYTES`], and [`ErrorKind::Syntax`] with file, line and column for bad
    /// content.
    ///
    /// ```
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// assert!(doc.title.contains("消防"));
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Document> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let format = Format::from_path(path).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownFormat,
                "只能读取 .toml、.yaml、.yml 或 .json 文件；请检查文件扩展名",
            )
            .with_file(name.clone())
        })?;
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, "读取输入文件", e))?;
        if meta.len() > MAX_INPUT_BYTES as u64 {
            return Err(too_large(meta.len() as usize).with_file(name));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, "读取输入文件", e))?;
        Document::from_slice(&bytes, format, &name)
    }

    /// Loads a document from bytes in `format`; `name` is used in error messages.
    ///
    /// # Errors
    /// Text that is not UTF-8 is read as GBK (GB18030), as Notepad and WPS save it; bytes
    /// that are neither are reported with their byte offset.
    ///
    /// ```
    /// use gongwen::{Document, Format};
    /// let gbk = b"kind = \"plan\"\ntitle = \"\xcf\xfb\xb7\xc0\"\n"; // title = "消防" in GBK
    /// assert_eq!(Document::from_slice(gbk, Format::Toml, "a.toml").unwrap().title, "消防");
    /// let err = Document::from_slice(b"title = \"\xff\"", Format::Toml, "a.toml").unwrap_err();
    /// assert!(err.to_string().contains("UTF-8"));
    /// ```
    pub fn from_slice(bytes: &[u8], format: Format, name: &str) -> Result<Document> {
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(too_large(bytes.len()).with_file(name));
        }
        // Notepad's ANSI and WPS save Chinese text as GBK; GB18030 reads it whole.
        let text = match crate::chinese::decode_strict(bytes) {
            Ok((text, _)) => text,
            Err(e) => {
                let off = match e {
                    crate::chinese::Undecodable::At(off) => off,
                    crate::chinese::Undecodable::Utf16 => 0,
                };
                let (line, col) = line_col(bytes, off);
                return Err(Error::new(
                    ErrorKind::Syntax,
                    format!(
                        "字节偏移 {off} 处既不是 UTF-8 也不是 GBK 编码：请用记事本或 WPS“另存为”，编码选 UTF-8"
                    ),
                )
                .with_file(name)
                .with_line(line, Some(col)));
            }
        };
        Document::from_str_in(&text, format, name)
    }

    /// Loads a document from TOML text.
    ///
    /// ```
    /// let doc = gongwen::Document::from_toml_str("kind = \"实施方案\"\ntitle = \"某方案\"").unwrap();
    /// assert_eq!(doc.kind, gongwen::DocKind::Scheme);
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Document> {
        Document::from_str_in(text, Format::Toml, "<toml>")
    }

    /// Loads a document from YAML text.
    ///
    /// ```
    /// let doc = gongwen::Document::from_yaml_str("kind: summary\ntitle: 年度总结\n").unwrap();
    /// assert!(doc.kind.is_summary());
    /// ```
    pub fn from_yaml_str(text: &str) -> Result<Document> {
        Document::from_str_in(text, Format::Yaml, "<yaml>")
    }

    /// Loads a document from JSON text.
    ///
    /// ```
    /// let doc = gongwen::Document::from_json_str(r#"{"kind": "plan", "title": "计划"}"#).unwrap();
    /// assert_eq!(doc.title, "计划");
    /// ```
    pub fn from_json_str(text: &str) -> Result<Document> {
        Document::from_str_in(text, Format::Json, "<json>")
    }

    /// Loads a document from text in `format`; `name` is used in error messages.
    ///
    /// ```
    /// use gongwen::{Document, Format};
    /// let err = Document::from_str_in("kind: plan\ntitle: [\n", Format::Yaml, "a.yaml").unwrap_err();
    /// assert!(err.to_string().starts_with("a.yaml:"));
    /// ```
    pub fn from_str_in(text: &str, format: Format, name: &str) -> Result<Document> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(too_large(text.len()).with_file(name));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // The document's year and date are looked up only if a date needs them.
        let owned = crate::date::mentions_period_names(text).then(|| text.to_string());
        let resolve = move || owned.map_or((None, None), |t| document_year(&t, format));
        crate::date::with_document_year(resolve, || match format {
            Format::Toml => from_toml(text, name),
            Format::Yaml => from_yaml(text, name),
            Format::Json => from_json(text, name),
        })
        .map_err(|e| explain(e, text, format))
    }

    /// Serialises the document in `format`, as an input file `gongwen render` reads back.
    /// In TOML a table's rows are written a row a line.
    ///
    /// ```
    /// use gongwen::{Document, DocKind, Format};
    /// use gongwen::model::{AnnexTable, Section};
    /// let mut doc = Document::new(DocKind::Plan, "计划");
    /// doc.sections.push(Section {
    ///     heading: "日程安排".into(),
    ///     table: Some(AnnexTable {
    ///         header: vec!["时间".into(), "内容".into()],
    ///         rows: vec![vec!["3月1日".into(), "启动仪式".into()], vec!["3月2日".into(), "培训".into()]],
    ///         ..Default::default()
    ///     }),
    ///     ..Default::default()
    /// });
    /// let text = doc.to_string_in(Format::Toml).unwrap();
    /// assert!(text.contains("rows = [\n    [\"3月1日\", \"启动仪式\"],\n    [\"3月2日\", \"培训\"],\n]\n"), "{text}");
    /// assert_eq!(Document::from_toml_str(&text).unwrap(), doc);
    /// ```
    pub fn to_string_in(&self, format: Format) -> Result<String> {
        let err = |e: String| Error::new(ErrorKind::Write, format!("无法序列化：{e}"));
        match format {
            Format::Toml => {
                let text = toml::to_string_pretty(self).map_err(|e| err(e.to_string()))?;
                // A table's rows one a line; kept only where it reads back the same.
                Ok(rows_one_a_line(&text)
                    .filter(|t| Document::from_toml_str(t).is_ok_and(|d| d == *self))
                    .unwrap_or(text))
            }
            Format::Yaml => serde_saphyr::to_string(self).map_err(|e| err(e.to_string())),
            Format::Json => serde_json::to_string_pretty(self).map_err(|e| err(e.to_string())),
        }
    }
}

/// `text` (TOML as `toml::to_string_pretty` writes it) with each array of arrays — a table's
/// rows — written a row a line (`    ["1", "启动仪式", "3月1日"],`), where the writer puts every
/// cell on a line of its own and the closing brackets out of step. `None` when `text` has no
/// such array or one it does not read as expected.
fn rows_one_a_line(text: &str) -> Option<String> {
    if !text.contains("= [\n    [\n") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        if !(line.ends_with("= [\n") && lines.peek() == Some(&"    [\n")) {
            continue;
        }
        loop {
            match lines.next()? {
                "]\n" => {
                    out.push_str("]\n");
                    break;
                }
                "    [\n" => {
                    let mut cells = Vec::new();
                    loop {
                        let l = lines.next()?;
                        if l == "],\n" {
                            break;
                        }
                        let cell = l.strip_prefix("    ")?.strip_suffix(",\n")?;
                        if !cell.starts_with('"') {
                            return None;
                        }
                        cells.push(cell);
                    }
                    out.push_str("    [");
                    out.push_str(&cells.join(", "));
                    out.push_str("],\n");
                }
                _ => return None,
            }
        }
    }
    Some(out)
}

fn too_large(len: usize) -> Error {
    Error::new(
        ErrorKind::TooLarge,
        format!(
            "输入文件有 {len} 字节，超过上限 {MAX_INPUT_BYTES} 字节（2 MiB）；请拆分成几个文件"
        ),
    )
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

fn from_toml(text: &str, name: &str) -> Result<Document> {
    let de = toml::Deserializer::parse(text).map_err(|e| toml_error(&e, text, name, ""))?;
    // Tracking the data path costs a third of the load; only a failed load needs it, so it
    // runs again with tracking to say where.
    if let Ok(doc) = Document::deserialize(de) {
        return Ok(doc);
    }
    let de = toml::Deserializer::parse(text).map_err(|e| toml_error(&e, text, name, ""))?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        toml_error(e.inner(), text, name, &path)
    })
}

/// The year of a document, for dates written without one (二季度, 年底前, 20xx年x月x日): the
/// year its title names ([`crate::date::title_year`]), else the year of its `date`; and its
/// date, for 即日起. Read leniently: the real load reports errors.
fn document_year(text: &str, format: Format) -> (Option<u16>, Option<crate::date::Date>) {
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        date: Option<crate::date::Date>,
        #[serde(default)]
        title: Option<String>,
    }
    let head: Option<Head> = match format {
        Format::Toml => toml::from_str(text).ok(),
        Format::Yaml => serde_saphyr::from_str(text).ok(),
        Format::Json => serde_json::from_str(text).ok(),
    };
    let Some(head) = head else {
        return (None, None);
    };
    // The title's year first, as import reads it: a plan for 2026 dated December 2025 means
    // 2026 by its 二季度.
    let year = head.title.as_deref().and_then(crate::date::title_year);
    (year.or(head.date.map(|d| d.year())), head.date)
}

/// Keys of the top level of a document, for the hint about TOML tables.
const TOP_LEVEL_KEYS: &[&str] = &[
    "kind",
    "title",
    "addressee",
    "issuer",
    "date",
    "period",
    "opening",
    "keywords",
    "order",
    "headings",
    "background",
    "guidance",
    "goals",
    "phases",
    "responsibilities",
    "task_table",
    "requirements",
    "safeguards",
    "situation",
    "achievements",
    "problems",
    "next_steps",
    "sections",
    "attachments",
    "fonts",
];

fn toml_error(e: &toml::de::Error, text: &str, name: &str, path: &str) -> Error {
    let mut detail = translate(e.message());
    // `key = …` written below a `[table]` header belongs to that table in TOML.
    if let Some((parent, key)) = path.rsplit_once('.')
        && e.message().starts_with("unknown field")
        && TOP_LEVEL_KEYS.contains(&key)
    {
        detail.push_str(&format!(
            "。提示：TOML 中写在 [{parent}] 这类表头下面的键都属于该表；顶层的键（如 {key}）要写在第一个 [表头] 之前"
        ));
    }
    let mut err = Error::new(ErrorKind::Syntax, detail).with_file(name);
    if let Some(span) = e.span() {
        let (line, col) = line_col(text.as_bytes(), span.start);
        err = err.with_line(line, Some(col));
    }
    err.with_path(path)
}

fn from_json(text: &str, name: &str) -> Result<Document> {
    // As for TOML: the path is tracked only to report a failure.
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(doc) = Document::deserialize(&mut de)
        && de.end().is_ok()
    {
        return Ok(doc);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let doc: Document = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        json_error(e.inner(), name, &path)
    })?;
    de.end().map_err(|e| json_error(&e, name, ""))?;
    Ok(doc)
}

fn json_error(e: &serde_json::Error, name: &str, path: &str) -> Error {
    // serde_path_to_error reports `?` when the error is not inside a value.
    let path = if path.contains('?') { "" } else { path };
    let msg = e.to_string();
    // serde_json appends " at line L column C"; we report the location ourselves.
    let msg = msg
        .rsplit_once(" at line ")
        .map_or(msg.as_str(), |(m, _)| m);
    let mut err = Error::new(ErrorKind::Syntax, translate(msg)).with_file(name);
    if e.line() > 0 {
        err = err.with_line(e.line(), Some(e.column()));
    }
    err.with_path(path)
}

fn from_yaml(text: &str, name: &str) -> Result<Document> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_depth: 32,
            max_nodes: 50_000,
        },
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options(text, options).map_err(|e: serde_saphyr::Error| {
        let full = e.to_string();
        // serde-saphyr writes `error: line L column C: message`; keep the message only.
        let mut msg = full.lines().next().unwrap_or_default().to_string();
        if let Some(rest) = msg.strip_prefix("error: ") {
            msg = rest.to_string();
        }
        if msg.starts_with("line ")
            && let Some((_, m)) = msg.split_once(": ")
        {
            msg = m.to_string();
        }
        if let Some((m, _)) = msg.split_once(" at line ") {
            msg = m.to_string();
        }
        let mut err = Error::new(ErrorKind::Syntax, translate(&msg)).with_file(name);
        if let Some(loc) = e.location()
            && loc.line() > 0
        {
            err = err.with_line(loc.line() as usize, Some(loc.column() as usize));
        }
        err
    })
}

/// Turns serde's English messages into Chinese ones that say what to do.
fn translate(msg: &str) -> String {
    let msg = msg.trim();
    // `x`, expected one of `a`, `b` (serde) or `x`, expected one of a, b (serde-saphyr).
    let ticked = |s: &str| -> Vec<String> {
        let (first, rest) = match s.split_once(", expected ") {
            Some((f, r)) => (f, r),
            None => (s, ""),
        };
        let mut out = vec![first.trim().trim_matches('`').to_string()];
        let rest = rest
            .trim_start_matches("one of ")
            .trim_start_matches("a value of ");
        if !rest.is_empty() && !rest.starts_with("nothing") {
            out.extend(
                rest.split(", ")
                    .flat_map(|v| v.split(" or "))
                    .map(|v| v.trim().trim_matches('`').to_string())
                    .filter(|v| !v.is_empty()),
            );
        }
        out
    };
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let mut names = ticked(rest);
        // `$schema` is for editors; writers need not see it among the keys.
        names.retain(|n| !n.starts_with('$'));
        if let Some((key, valid)) = names.split_first() {
            return match nearest(key, valid) {
                Some(best) => format!(
                    "未知的键“{key}”，是不是“{best}”？此处可用的键：{}",
                    valid.join("、")
                ),
                None => format!("未知的键“{key}”；此处可用的键：{}", valid.join("、")),
            };
        }
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let names = ticked(rest);
        if let Some((v, valid)) = names.split_first() {
            if valid.iter().any(|n| n == "plan") {
                let kinds: Vec<String> = crate::model::DocKind::ALL
                    .iter()
                    .map(|k| format!("{}（{}）", k.key(), k.chinese_name()))
                    .collect();
                return format!(
                    "未知的文件种类“{v}”；可用的取值：{}，也可直接写中文名",
                    kinds.join("、")
                );
            }
            return format!("未知的取值“{v}”；可用的取值：{}", valid.join("、"));
        }
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let names = ticked(rest);
        if let Some(f) = names.first() {
            return format!("缺少必填的键“{f}”，请补上");
        }
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ")
        && let Some((got, want)) = rest.split_once(", expected ")
    {
        return format!(
            "类型不对：这里需要{}，实际写的是{}",
            want_cn(want),
            got_cn(got)
        );
    }
    if let Some(rest) = msg.strip_prefix("duplicate key") {
        let names = ticked(rest);
        let k = names.first().map(String::as_str).unwrap_or("");
        return format!("键“{k}”重复出现；每个键只能写一次");
    }
    if msg.contains("duplicate field") || msg.contains("duplicate key") {
        return format!("同一个键写了两次：{msg}");
    }
    if msg.contains("recursion limit")
        || msg.contains("recurse further")
        || msg.contains("depth") && msg.contains("exceed")
    {
        return format!("嵌套层数过深，已拒绝读取（{msg}）");
    }
    if msg.contains("alias") && (msg.contains("budget") || msg.contains("exceed")) {
        return format!("YAML 别名（*引用）过多，已拒绝读取（{msg}）");
    }
    if msg.contains("budget") {
        let what = if msg.contains("Nodes") {
            "节点总数超过 50000（常见原因是别名 *引用 层层展开）"
        } else if msg.contains("Alias") || msg.contains("Anchor") {
            "别名或锚点超过 1000 个"
        } else if msg.contains("Depth") {
            "嵌套超过 32 层"
        } else {
            "内容规模超出上限"
        };
        return format!("YAML {what}，已拒绝读取；输入文件不应这么大，请检查是否误用了别名");
    }
    // Messages of our own (dates, …) are already Chinese.
    if msg.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return msg.to_string();
    }
    format!(
        "语法错误：这一处的写法不对。可以用 gongwen new 生成一份带注释的骨架，对照其写法修改\n  解析器原文：{msg}"
    )
}

/// Chinese punctuation that writers type where TOML, YAML and JSON want ASCII: the
/// character found, what it is, and the one wanted.
const FULL_WIDTH: &[(char, &str, char)] = &[
    ('“', "中文左引号", '"'),
    ('”', "中文右引号", '"'),
    ('‘', "中文左单引号", '\''),
    ('’', "中文右单引号", '\''),
    ('，', "中文逗号", ','),
    ('：', "中文冒号", ':'),
    ('＝', "全角等号", '='),
    ('\u{3000}', "全角空格", ' '),
    ('［', "全角方括号", '['),
    ('］', "全角方括号", ']'),
    ('｛', "全角花括号", '{'),
    ('｝', "全角花括号", '}'),
    ('＃', "全角井号", '#'),
];

/// A syntax error whose line holds Chinese punctuation outside quoted text, explained: the
/// character, where it is and what to type instead, with the parser's words kept below.
fn explain(e: Error, text: &str, format: Format) -> Error {
    if e.kind() != ErrorKind::Syntax || !e.detail().starts_with("语法错误") {
        return e;
    }
    let Some(line) = e.location().line else {
        return e;
    };
    // The error's line first, then the one above (a parser often stops a line late).
    let found = [line, line.saturating_sub(1)]
        .into_iter()
        .filter(|&l| l > 0)
        .find_map(|l| {
            let s = text.lines().nth(l - 1)?;
            let mut quoted = false;
            s.chars().enumerate().find_map(|(i, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                let hit = FULL_WIDTH.iter().find(|f| f.0 == c)?;
                (!quoted).then_some((l, i + 1, hit))
            })
        });
    let Some((l, col, &(ch, what, want))) = found else {
        return e;
    };
    let parser = e
        .detail()
        .split_once("解析器原文：")
        .map_or(e.detail(), |(_, m)| m)
        .to_string();
    let fmt = match format {
        Format::Toml => "TOML",
        Format::Yaml => "YAML",
        Format::Json => "JSON",
    };
    let shown = if ch == '\u{3000}' {
        "　".to_string()
    } else {
        ch.to_string()
    };
    let wanted = if want == ' ' {
        "半角空格".to_string()
    } else {
        format!("“{want}”")
    };
    let mut location = e.location().clone();
    location.line = Some(l);
    location.column = Some(col);
    Error::new(
        ErrorKind::Syntax,
        format!(
            "这里有{what}“{shown}”：{fmt} 的符号（引号、逗号、冒号、等号、括号）要用英文半角，请改为{wanted}。文字内容里的中文标点不受影响，只有包在英文引号外面的才要改\n  解析器原文：{parser}"
        ),
    )
    .with_location(location)
}

fn want_cn(want: &str) -> String {
    let w = want.trim();
    if w.contains("日期") || w.contains("文字") || w.contains("单位") {
        return w.to_string();
    }
    match w {
        "a string" => "文字（加引号的字符串）".into(),
        "a boolean" => "true 或 false".into(),
        "a sequence" => "列表（[...] 或以 - 开头的各行）".into(),
        w if w.starts_with("struct ") || w == "a map" => "一组键值（表）".into(),
        w if w.starts_with("enum") => "一个取值".into(),
        w => w.to_string(),
    }
}

fn got_cn(got: &str) -> String {
    let (kind, val) = got.split_once(' ').unwrap_or((got, ""));
    let kind = match kind {
        "integer" | "floating" => "数字",
        "string" => "文字",
        "boolean" => "布尔值",
        "sequence" => "列表",
        "map" => "一组键值",
        "unit" | "null" => "空值",
        _ => kind,
    };
    format!(
        "{kind}{}",
        if val.is_empty() {
            String::new()
        } else {
            format!(" {val}")
        }
    )
}

/// The valid key closest to `key` by edit distance, if reasonably close.
pub(crate) fn nearest<'a>(key: &str, valid: &'a [String]) -> Option<&'a str> {
    let key_len = key.chars().count();
    valid
        .iter()
        .map(|v| (strsim::levenshtein(key, v), v))
        .filter(|(d, v)| {
            *d <= (key_len.max(v.chars().count()) / 2).max(1)
                || v.contains(key)
                || key.contains(v.as_str())
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_key() {
        let valid: Vec<String> = ["title", "issuer", "date", "phases"]
            .map(String::from)
            .into();
        assert_eq!(nearest("titel", &valid), Some("title"));
        assert_eq!(nearest("phase", &valid), Some("phases"));
        assert_eq!(nearest("zzzzzz", &valid), None);
    }

    #[test]
    fn line_col_counts_characters() {
        let t = "一二\n三四五x";
        let off = t.find('x').unwrap();
        assert_eq!(line_col(t.as_bytes(), off), (2, 4));
    }
}
