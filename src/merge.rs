//! Mail-merge: one template document plus a table of per-unit values (CSV or JSON) gives
//! one document per row.
//!
//! The template is an ordinary input file whose text may hold `{{ 列名 }}` placeholders
//! (minijinja expressions, so `{{ 人数 }}`, `{{ 单位 }}` and filters all work), in any
//! field, dates included. Each row of the table fills them in.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};
use crate::load::{Format, MAX_INPUT_BYTES, line_col};
use crate::model::Document;

/// A table of values, one row per document: column name → text.
///
/// ```
/// let t = gongwen::merge::MergeTable::from_csv_str("单位,人数\n城东街道,12\n城西街道,9\n", "t.csv").unwrap();
/// assert_eq!(t.columns, ["单位", "人数"]);
/// assert_eq!(t.rows[1]["单位"], "城西街道");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeTable {
    /// Column names, in order.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<BTreeMap<String, String>>,
}

// Excel in China saves CSV as GBK; GB18030 is its superset.
use crate::chinese::decode;

impl MergeTable {
    /// Reads a `.csv` (UTF-8, with or without BOM, or GBK as Excel saves it) or a `.json`
    /// table (an array of objects).
    ///
    /// # Errors
    /// [`ErrorKind::Io`], [`ErrorKind::UnknownFormat`] or [`ErrorKind::Syntax`] with the line.
    ///
    /// ```no_run
    /// let table = gongwen::merge::MergeTable::from_path("units.csv").unwrap();
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<MergeTable> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, "读取数据表", e))?;
        if meta.len() > MAX_INPUT_BYTES as u64 {
            return Err(Error::new(ErrorKind::TooLarge, "数据表超过 2 MiB").with_file(name));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, "读取数据表", e))?;
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("csv") => MergeTable::from_csv_str(&decode(&bytes), &name),
            Some("json") => MergeTable::from_json_str(&decode(&bytes), &name),
            _ => Err(
                Error::new(ErrorKind::UnknownFormat, "数据表须为 .csv 或 .json 文件")
                    .with_file(name),
            ),
        }
    }

    /// Reads CSV text: a header row, then one row per document.
    ///
    /// # Errors
    /// [`ErrorKind::Syntax`] with the line of a malformed row.
    ///
    /// ```
    /// let err = gongwen::merge::MergeTable::from_csv_str("a,b\n1,2,3\n", "t.csv").unwrap_err();
    /// assert_eq!(err.location().line, Some(2));
    /// ```
    pub fn from_csv_str(text: &str, name: &str) -> Result<MergeTable> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let columns: Vec<String> = reader
            .headers()
            .map_err(|e| csv_error(&e, name))?
            .iter()
            .map(String::from)
            .collect();
        if columns.iter().any(String::is_empty) {
            return Err(Error::new(ErrorKind::Syntax, "表头中有空的列名")
                .with_file(name)
                .with_line(1, None));
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(&e, name))?;
            rows.push(
                columns
                    .iter()
                    .cloned()
                    .zip(record.iter().map(String::from))
                    .collect(),
            );
        }
        Ok(MergeTable { columns, rows })
    }

    /// Reads a JSON array of objects; values may be strings, numbers or booleans.
    ///
    /// # Errors
    /// [`ErrorKind::Syntax`] with the line, or the index of a row that is not an object.
    ///
    /// ```
    /// let t = gongwen::merge::MergeTable::from_json_str(r#"[{"单位": "城东街道", "人数": 12}]"#, "t.json").unwrap();
    /// assert_eq!(t.rows[0]["人数"], "12");
    /// ```
    pub fn from_json_str(text: &str, name: &str) -> Result<MergeTable> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorKind::Syntax, format!("JSON 格式错误：{e}"))
                .with_file(name)
                .with_line(e.line(), Some(e.column()))
        })?;
        let Value::Array(items) = value else {
            return Err(Error::new(
                ErrorKind::Syntax,
                "JSON 数据表须为对象数组：[{\"单位\": \"……\"}, …]",
            )
            .with_file(name));
        };
        let mut table = MergeTable::default();
        for (i, item) in items.into_iter().enumerate() {
            let Value::Object(map) = item else {
                return Err(Error::new(ErrorKind::Syntax, "这一行不是对象")
                    .with_file(name)
                    .with_path(format!("[{i}]")));
            };
            let mut row = BTreeMap::new();
            for (k, v) in map {
                if !table.columns.contains(&k) {
                    table.columns.push(k.clone());
                }
                let text = match v {
                    Value::String(s) => s,
                    Value::Null => String::new(),
                    Value::Number(_) | Value::Bool(_) => v.to_string(),
                    _ => {
                        return Err(Error::new(
                            ErrorKind::Syntax,
                            format!("“{k}”的值须为文字或数字"),
                        )
                        .with_file(name)
                        .with_path(format!("[{i}].{k}")));
                    }
                };
                row.insert(k, text);
            }
            table.rows.push(row);
        }
        Ok(table)
    }
}

fn csv_error(e: &csv::Error, name: &str) -> Error {
    let mut err = Error::new(ErrorKind::Syntax, format!("CSV 格式错误：{e}")).with_file(name);
    if let Some(pos) = e.position() {
        err = err.with_line(pos.line() as usize, None);
    }
    if let csv::ErrorKind::UnequalLengths {
        expected_len, len, ..
    } = e.kind()
    {
        err = Error::new(
            ErrorKind::Syntax,
            format!(
                "这一行有 {len} 列，表头有 {expected_len} 列；含逗号的内容请用英文双引号括起来"
            ),
        )
        .with_file(name)
        .with_line(e.position().map_or(0, |p| p.line() as usize), None);
    }
    err
}

/// A template document for [`MergeTable`] rows: the input file's data, with placeholders.
///
/// ```
/// use gongwen::Format;
/// use gongwen::merge::{MergeTable, MergeTemplate};
/// let tpl = MergeTemplate::from_str_in(r#"
/// kind = "plan"
/// title = "{{ 单位 }}2025年消防安全工作计划"
/// issuer = "{{ 单位 }}办事处"
/// date = "2025-03-01"
/// [[requirements]]
/// text = "全年开展宣传活动不少于{{ 次数 }}次。"
/// "#, Format::Toml, "tpl.toml").unwrap();
/// let table = MergeTable::from_csv_str("单位,次数\n城东街道,12\n", "t.csv").unwrap();
/// let doc = tpl.fill(&table.rows[0]).unwrap();
/// assert_eq!(doc.title, "城东街道2025年消防安全工作计划");
/// assert_eq!(doc.requirements[0].text.0[0], "全年开展宣传活动不少于12次。");
/// ```
#[derive(Debug, Clone)]
pub struct MergeTemplate {
    data: Value,
    name: String,
}

impl MergeTemplate {
    /// Reads a template document from a file (format by extension).
    ///
    /// # Errors
    /// As [`Document::from_path`].
    ///
    /// ```no_run
    /// let tpl = gongwen::merge::MergeTemplate::from_path("plan_template.toml").unwrap();
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<MergeTemplate> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let format = Format::from_path(path).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownFormat,
                "模板文件须为 .toml、.yaml、.yml 或 .json",
            )
            .with_file(name.clone())
        })?;
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, "读取模板文件", e))?;
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(Error::new(ErrorKind::TooLarge, "模板文件超过 2 MiB").with_file(name));
        }
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let (line, col) = line_col(&bytes, e.valid_up_to());
            Error::new(ErrorKind::Syntax, "不是有效的 UTF-8 编码：请另存为 UTF-8")
                .with_file(name.clone())
                .with_line(line, Some(col))
        })?;
        MergeTemplate::from_str_in(text, format, &name)
    }

    /// Reads a template document from text in `format`.
    ///
    /// # Errors
    /// [`ErrorKind::Syntax`] for text that is not valid TOML, YAML or JSON.
    ///
    /// ```
    /// assert!(gongwen::merge::MergeTemplate::from_str_in("title = ", gongwen::Format::Toml, "t").is_err());
    /// ```
    pub fn from_str_in(text: &str, format: Format, name: &str) -> Result<MergeTemplate> {
        // Parse through the document loader's error reporting by loading as raw data.
        let syntax = |msg: String, line: Option<(usize, usize)>| {
            let e = Error::new(ErrorKind::Syntax, msg).with_file(name);
            match line {
                Some((l, c)) => e.with_line(l, Some(c)),
                None => e,
            }
        };
        let data: Value = match format {
            Format::Toml => {
                let v: toml::Value = toml::from_str(text).map_err(|e| {
                    let lc = e.span().map(|s| line_col(text.as_bytes(), s.start));
                    syntax(format!("TOML 格式错误：{}", e.message()), lc)
                })?;
                serde_json::to_value(v).map_err(|e| syntax(e.to_string(), None))?
            }
            Format::Yaml => serde_saphyr::from_str(text).map_err(|e: serde_saphyr::Error| {
                let lc = e
                    .location()
                    .map(|l| (l.line() as usize, l.column() as usize));
                syntax(
                    format!(
                        "YAML 格式错误：{}",
                        e.to_string().lines().next().unwrap_or_default()
                    ),
                    lc,
                )
            })?,
            Format::Json => serde_json::from_str(text)
                .map_err(|e| syntax(format!("JSON 格式错误：{e}"), Some((e.line(), e.column()))))?,
        };
        Ok(MergeTemplate {
            data,
            name: name.to_string(),
        })
    }

    /// The names the template's placeholders use (`{{ 单位 }}` → `单位`), sorted, so a program can check a table's columns and its empty cells before filling.
    ///
    /// ```
    /// use gongwen::Format;
    /// use gongwen::merge::MergeTemplate;
    /// let tpl = MergeTemplate::from_str_in(
    ///     "kind = \"plan\"\ntitle = \"{{ 单位 }}计划\"\nissuer = \"{{ 单位 }}\"\ndate = \"{{ 日期 }}\"",
    ///     Format::Toml, "t").unwrap();
    /// assert_eq!(tpl.columns_used(), ["单位", "日期"]);
    /// ```
    pub fn columns_used(&self) -> Vec<String> {
        fn walk(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::String(s) => {
                    for n in placeholder_names(s) {
                        if !out.contains(&n) {
                            out.push(n);
                        }
                    }
                }
                Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
                Value::Object(map) => map.values().for_each(|i| walk(i, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&self.data, &mut out);
        out.sort();
        out
    }

    /// The document for one row: every `{{ … }}` in the template's text filled in.
    ///
    /// # Errors
    /// [`ErrorKind::Template`] for a placeholder naming a column the table lacks (with the
    /// data path), [`ErrorKind::Syntax`] when the filled-in data is not a valid document
    /// (such as a date column holding no date).
    ///
    /// ```
    /// use gongwen::Format;
    /// use gongwen::merge::MergeTemplate;
    /// let tpl = MergeTemplate::from_str_in("kind = \"plan\"\ntitle = \"{{ 单位 }}\"", Format::Toml, "t").unwrap();
    /// let err = tpl.fill(&Default::default()).unwrap_err();
    /// assert!(err.to_string().contains("单位"));
    /// ```
    pub fn fill(&self, row: &BTreeMap<String, String>) -> Result<Document> {
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_fuel(Some(100_000));
        let mut data = self.data.clone();
        fill_value(&env, &mut data, row, &mut String::new())
            .map_err(|e| e.with_file(self.name.clone()))?;
        serde_path_to_error::deserialize::<_, Document>(data).map_err(|e| {
            Error::new(
                ErrorKind::Syntax,
                format!("填入数据后内容有误：{}", e.inner()),
            )
            .with_file(self.name.clone())
            .with_path(e.path().to_string())
        })
    }
}

/// The names a text's placeholders use: the first name inside each `{{ … }}`.
fn placeholder_names(s: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = s;
    while let Some(at) = rest.find("{{") {
        rest = &rest[at + 2..];
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// Names the placeholder that no column answers, the columns there are, and the nearest.
fn unknown_column(s: &str, row: &BTreeMap<String, String>) -> String {
    let columns: Vec<String> = row.keys().cloned().collect();
    let Some(name) = placeholder_names(s)
        .into_iter()
        .find(|n| !row.contains_key(n))
    else {
        return format!(
            "占位符用到了数据表中没有的列（“{s}”）；数据表的列名须与 {{{{ }}}} 中的名字一致"
        );
    };
    let mut msg = format!(
        "占位符 {{{{ {name} }}}} 在数据表中没有同名的列；数据表的列有：{}",
        columns.join("、")
    );
    if let Some(near) = crate::load::nearest(&name, &columns) {
        msg.push_str(&format!("。是不是要写 {{{{ {near} }}}}？"));
    }
    msg
}

fn fill_value(
    env: &minijinja::Environment,
    v: &mut Value,
    row: &BTreeMap<String, String>,
    path: &mut String,
) -> Result<()> {
    match v {
        Value::String(s) if s.contains("{{") || s.contains("{%") => {
            *s = crate::template::guard(|| env.render_str(s, row)).map_err(|e| {
                let what = match e.kind() {
                    minijinja::ErrorKind::UndefinedError => unknown_column(s, row),
                    _ => format!(
                        "占位符写法有误：{}（“{s}”）；占位符写作 {{{{ 列名 }}}}",
                        e.detail().unwrap_or_default()
                    ),
                };
                Error::new(ErrorKind::Template, what).with_path(path.clone())
            })?;
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                fill_value(env, item, row, path)?;
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map.iter_mut() {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                fill_value(env, item, row, path)?;
                path.truncate(len);
            }
        }
        _ => {}
    }
    Ok(())
}

/// A file name from a table value: characters Windows or Unix forbid in names are replaced,
/// and an empty value becomes `row-N`.
///
/// ```
/// assert_eq!(gongwen::merge::file_stem_for("城东/城西:街道", 3), "城东_城西_街道");
/// assert_eq!(gongwen::merge::file_stem_for("  ", 3), "row-3");
/// ```
pub fn file_stem_for(value: &str, row: usize) -> String {
    let cleaned: String = value
        .trim()
        .chars()
        .map(|c| {
            if "/\\:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches('.').to_string();
    if cleaned.is_empty() {
        format!("row-{row}")
    } else {
        cleaned
    }
}

/// The 发文字号 `number` with its serial number set to `serial`, normalised: the way a
/// batch of notices (one per unit) is numbered on from a start number.
///
/// The serial already in `number`, if any, is replaced; `滨政办发〔2026〕号` (no serial yet)
/// works too.
///
/// # Errors
/// A message in Chinese when `number` has no 机关代字 or no four-digit year.
///
/// ```
/// use gongwen::merge::numbered;
/// assert_eq!(numbered("滨政办发[2026]第01号", 12).unwrap(), "滨政办发〔2026〕12号");
/// assert_eq!(numbered("滨政办发〔2026〕号", 3).unwrap(), "滨政办发〔2026〕3号");
/// assert!(numbered("滨政办发", 3).is_err());
/// ```
pub fn numbered(number: &str, serial: u32) -> std::result::Result<String, String> {
    let base = number
        .trim()
        .trim_end_matches('号')
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches('第');
    match crate::model::elements::normalize_doc_number(&format!("{base}{serial}号"))? {
        Some(n) => Ok(n.text),
        None => Err("发文字号为空：请在 banner.number 写上“机关代字〔年份〕”".to_string()),
    }
}

/// Checks the 发文字号 of a batch (`(where, number)` pairs, such as one per row of a merge
/// table): a number given twice is an error, a serial skipped within one 机关代字 and year
/// a warning. Numbers that are not 发文字号 are left to [`Document::validate`].
///
/// ```
/// use gongwen::{Severity, merge::doc_number_problems};
/// let rows = [("第2行", "滨政发〔2026〕3号"), ("第3行", "滨政发〔2026〕3号"), ("第4行", "滨政发〔2026〕6号")];
/// let p = doc_number_problems(rows);
/// assert_eq!(p[0].severity, Severity::Error);   // 3号 twice
/// assert!(p[0].message.contains("第2行"));
/// assert_eq!(p[1].severity, Severity::Warning); // 4号 and 5号 skipped
/// assert!(p[1].message.contains("4号—5号"));
/// ```
pub fn doc_number_problems<'a>(
    numbers: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<crate::error::Problem> {
    use crate::error::{Problem, Severity};
    // 机关代字〔年份〕 → serial → the places that use it, in order of appearance.
    let mut series: Vec<(String, BTreeMap<u32, Vec<&str>>)> = Vec::new();
    for (place, number) in numbers {
        let Ok(Some(n)) = crate::model::elements::normalize_doc_number(number) else {
            continue;
        };
        let Some((head, tail)) = n.text.rsplit_once('〕') else {
            continue;
        };
        let Ok(serial) = tail.trim_end_matches('号').parse::<u32>() else {
            continue;
        };
        let head = format!("{head}〕");
        let at = match series.iter().position(|s| s.0 == head) {
            Some(i) => i,
            None => {
                series.push((head, BTreeMap::new()));
                series.len() - 1
            }
        };
        series[at].1.entry(serial).or_default().push(place);
    }
    let mut problems = Vec::new();
    for (head, serials) in &series {
        for (serial, places) in serials {
            if places.len() > 1 {
                problems.push(Problem {
                    path: places[0].to_string(),
                    severity: Severity::Error,
                    message: format!(
                        "发文字号“{head}{serial}号”重复：{}都用了它。每份文件的文号必须不同，请改正数据表或用 --number-from 自动编号",
                        places.join("、")
                    ),
                });
            }
        }
        let keys: Vec<u32> = serials.keys().copied().collect();
        for pair in keys.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if b > a + 1 {
                let missing = if b == a + 2 {
                    format!("{}号", a + 1)
                } else {
                    format!("{}号—{}号", a + 1, b - 1)
                };
                problems.push(Problem {
                    path: serials[&b][0].to_string(),
                    severity: Severity::Warning,
                    message: format!(
                        "发文字号跳号：{head}{a}号之后是{b}号，中间缺{missing}。如非有意跳号，请检查数据表"
                    ),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_csv_as_excel_saves_it() {
        let (bytes, _, _) = encoding_rs::GBK.encode("单位,人数\n城东街道,12\n");
        let t = MergeTable::from_csv_str(&decode(&bytes), "t.csv").unwrap();
        assert_eq!(t.rows[0]["单位"], "城东街道");
        let bom = [b"\xEF\xBB\xBF".as_slice(), "单位\n甲\n".as_bytes()].concat();
        assert_eq!(
            MergeTable::from_csv_str(&decode(&bom), "t")
                .unwrap()
                .columns,
            ["单位"]
        );
    }

    #[test]
    fn placeholders_fill_dates_too_and_name_their_path() {
        let tpl = MergeTemplate::from_str_in(
            "kind: plan\ntitle: \"{{ 单位 }}计划\"\nissuer: 某局\ndate: \"{{ 日期 }}\"\nrequirements:\n  - text: \"{{ 不存在 }}\"\n",
            Format::Yaml,
            "t.yaml",
        )
        .unwrap();
        let mut row = BTreeMap::new();
        row.insert("单位".to_string(), "城东街道".to_string());
        row.insert("日期".to_string(), "2025-04-01".to_string());
        let err = tpl.fill(&row).unwrap_err();
        assert_eq!(err.location().path.as_deref(), Some("requirements[0].text"));
        row.insert("不存在".to_string(), "有了".to_string());
        let doc = tpl.fill(&row).unwrap();
        assert_eq!(doc.date.unwrap().to_string(), "2025年4月1日");
        row.insert("日期".to_string(), "不是日期".to_string());
        assert_eq!(
            tpl.fill(&row).unwrap_err().location().path.as_deref(),
            Some("date")
        );
    }
}
