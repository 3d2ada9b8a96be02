//! Lint: the faults a reviewer marks in a draft plan or summary.
//!
//! [`check_path`] reads an input file (`.toml`, `.yaml`, `.json`), a plain-text draft
//! (`.txt`, UTF-8 or GB18030) or a `.docx` and returns [`Diagnostic`]s: line, column,
//! [`Code`], [`Level`] and a Chinese message that says what to do. For a `.txt` the line is
//! the line of the file; for a `.docx` it is the paragraph number (1-based, table cells
//! included); for an input file it is the line of the text in the file, as far as it can be
//! found, and the message starts with the data path.
//!
//! | code | level | finds |
//! |---|---|---|
//! | `placeholder` | error | XX, ××, 某某某, `*年`, a year left blank (`于年10月`), 【待补】, empty `〔〕` |
//! | `template_leftover` | error | `{{ … }}`, `{% … %}`, `{# … #}` |
//! | `numbering_gap` | error | 一、二、四、; a list that starts at 二、; a number repeated |
//! | `numbering_style_mix` | warning | `1.` and `1、` at one level |
//! | `halfwidth_punct` | warning | ASCII `, . : ; ( ) ? !` next to Chinese text |
//! | `repeated_word` | warning | a word written twice (进一步进一步), by jieba tokens |
//! | `date_order` | error | a range that ends before it starts (5月1日—4月10日) |
//! | `empty_section` | warning | a heading followed at once by its sibling |
//! | `stock_phrase` | info | a sentence made of stock phrases (空话套话) |
//! | `long_sentence` | info | a sentence longer than 150 characters |
//! | `plan_wording` | warning | 将/要/计划/力争 … in a summary, outside 下一步打算 |
//! | `summary_wording` | warning | 开展了/取得了 … in a plan, outside 基本情况 |
//! | `unassigned_unit` | warning | a unit named in a task but not in the 职责分工 |
//! | `year_mismatch` | warning | a deadline before the plan's year (到2025年底 in a 2026 plan); a date after a summary's own |
//! | `sequence_gap` | warning | 一是……二是……四是 inside a paragraph; 首先……再次 without 其次 |
//! | `impossible_date` | error | a day or month that does not exist (2026年2月30日, 13月) |
//! | `ascii_quotes` | warning | "…" or '…' around Chinese text (want “…” ‘…’) |
//! | `deadline_style` | info | a deadline without 前 where the document's others have it (于9月完成 beside 6月底前) |
//! | `validation` | error/warning | the other problems of [`Document::validate`] (input files) |
//!
//! The first check in a process loads the jieba dictionary (see [`crate::keywords::warm_up`]).

mod dates;
mod rules;
mod source;
mod structure;

use std::fmt;
use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::model::{DocKind, Document};

pub use source::docx_paragraphs;

/// How serious a [`Diagnostic`] is. `gongwen check` exits with 1 when any is an error.
///
/// ```
/// use gongwen::lint::Level;
/// assert!(Level::Error > Level::Warning && Level::Warning > Level::Info);
/// assert_eq!(serde_json::to_string(&Level::Warning).unwrap(), "\"warning\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A suggestion about style.
    Info,
    /// Probably a fault; have a look.
    Warning,
    /// A fault that must be fixed before the document goes out.
    Error,
}

impl Level {
    /// The Chinese name: 提示, 提醒, 错误.
    ///
    /// ```
    /// assert_eq!(gongwen::lint::Level::Error.chinese_name(), "错误");
    /// ```
    pub fn chinese_name(self) -> &'static str {
        match self {
            Level::Info => "提示",
            Level::Warning => "提醒",
            Level::Error => "错误",
        }
    }
}

/// What a [`Diagnostic`] is about. Serialises as its [`as_str`](Code::as_str) name.
///
/// ```
/// use gongwen::lint::Code;
/// assert_eq!(Code::NumberingGap.as_str(), "numbering_gap");
/// assert_eq!(Code::from_name("halfwidth_punct"), Some(Code::HalfwidthPunct));
/// assert_eq!(serde_json::to_string(&Code::RepeatedWord).unwrap(), "\"repeated_word\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Code {
    /// XX, ××, 某某某, `*年`, a blank year, 【待补】.
    Placeholder,
    /// `{{ }}`, `{% %}` left from a template.
    TemplateLeftover,
    /// A heading number skipped, repeated or not starting at one.
    NumberingGap,
    /// Two numbering styles at one level (`1.` and `1、`).
    NumberingStyleMix,
    /// ASCII punctuation in Chinese text.
    HalfwidthPunct,
    /// A word written twice in a row.
    RepeatedWord,
    /// A date range that ends before it starts.
    DateOrder,
    /// A heading with nothing under it.
    EmptySection,
    /// A sentence dense with stock phrases.
    StockPhrase,
    /// An over-long sentence.
    LongSentence,
    /// Plan wording (将, 要, 计划) in a summary.
    PlanWording,
    /// Summary wording (开展了, 取得了) in a plan.
    SummaryWording,
    /// A unit in a task that the responsibilities do not name.
    UnassignedUnit,
    /// Another problem found by [`Document::validate`].
    Validation,
    /// A date whose year does not fit the document (a past deadline in a plan, a future
    /// date in a summary).
    YearMismatch,
    /// An enumeration inside a paragraph that skips (一是……二是……四是).
    SequenceGap,
    /// A day or month that does not exist.
    ImpossibleDate,
    /// ASCII quotation marks around Chinese text.
    AsciiQuotes,
    /// A deadline written without 前 where the document's others have it.
    DeadlineStyle,
}

impl Code {
    /// Every code, in the order of the table in the module docs.
    pub const ALL: [Code; 19] = [
        Code::Placeholder,
        Code::TemplateLeftover,
        Code::NumberingGap,
        Code::NumberingStyleMix,
        Code::HalfwidthPunct,
        Code::RepeatedWord,
        Code::DateOrder,
        Code::EmptySection,
        Code::StockPhrase,
        Code::LongSentence,
        Code::PlanWording,
        Code::SummaryWording,
        Code::UnassignedUnit,
        Code::Validation,
        Code::YearMismatch,
        Code::SequenceGap,
        Code::ImpossibleDate,
        Code::AsciiQuotes,
        Code::DeadlineStyle,
    ];

    /// The code's name in JSON output and in `--help`.
    ///
    /// ```
    /// assert_eq!(gongwen::lint::Code::Placeholder.as_str(), "placeholder");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Placeholder => "placeholder",
            Code::TemplateLeftover => "template_leftover",
            Code::NumberingGap => "numbering_gap",
            Code::NumberingStyleMix => "numbering_style_mix",
            Code::HalfwidthPunct => "halfwidth_punct",
            Code::RepeatedWord => "repeated_word",
            Code::DateOrder => "date_order",
            Code::EmptySection => "empty_section",
            Code::StockPhrase => "stock_phrase",
            Code::LongSentence => "long_sentence",
            Code::PlanWording => "plan_wording",
            Code::SummaryWording => "summary_wording",
            Code::UnassignedUnit => "unassigned_unit",
            Code::Validation => "validation",
            Code::YearMismatch => "year_mismatch",
            Code::SequenceGap => "sequence_gap",
            Code::ImpossibleDate => "impossible_date",
            Code::AsciiQuotes => "ascii_quotes",
            Code::DeadlineStyle => "deadline_style",
        }
    }

    /// Looks a code up by its name.
    ///
    /// ```
    /// assert_eq!(gongwen::lint::Code::from_name("date_order"), Some(gongwen::lint::Code::DateOrder));
    /// assert_eq!(gongwen::lint::Code::from_name("spelling"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The level a finding of this code usually has.
    ///
    /// ```
    /// use gongwen::lint::{Code, Level};
    /// assert_eq!(Code::Placeholder.level(), Level::Error);
    /// assert_eq!(Code::LongSentence.level(), Level::Info);
    /// ```
    pub fn level(self) -> Level {
        match self {
            Code::Placeholder
            | Code::TemplateLeftover
            | Code::NumberingGap
            | Code::DateOrder
            | Code::ImpossibleDate
            | Code::Validation => Level::Error,
            Code::StockPhrase | Code::LongSentence | Code::DeadlineStyle => Level::Info,
            _ => Level::Warning,
        }
    }

    /// What the code finds, in Chinese (for `gongwen check --help`).
    ///
    /// ```
    /// assert!(gongwen::lint::Code::EmptySection.description().contains("标题"));
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            Code::Placeholder => {
                "占位符未替换：XX、××、某某某、*年、空着的年份（于年10月）、【待补】"
            }
            Code::TemplateLeftover => "模板标记残留：{{ }}、{% %}",
            Code::NumberingGap => "标题编号跳号、重复或不从一开始（一、二、四、）",
            Code::NumberingStyleMix => "同一层级混用编号样式（1. 与 1、）",
            Code::HalfwidthPunct => "中文里夹用半角标点（, . : ; ( )）",
            Code::RepeatedWord => "词语重复（进一步进一步）",
            Code::DateOrder => "起止日期颠倒（结束早于开始）",
            Code::EmptySection => "标题下没有内容，紧接着就是同级标题",
            Code::StockPhrase => "一句话里套话堆砌",
            Code::LongSentence => "句子过长（超过150字）",
            Code::PlanWording => "总结里出现计划口吻（将、要、计划、力争）",
            Code::SummaryWording => "计划里出现总结口吻（开展了、取得了）",
            Code::UnassignedUnit => "任务中的责任单位在职责分工中没有出现",
            Code::Validation => "输入文件的其他校验问题",
            Code::YearMismatch => {
                "年份与文件不符（计划里的时限早于本年，总结里的日期晚于成文日期）"
            }
            Code::SequenceGap => "段内列举跳号（一是……二是……四是；首先……再次）",
            Code::ImpossibleDate => "不存在的日期（2月30日、13月）",
            Code::AsciiQuotes => "中文里用了英文引号（\"…\" '…'），应为“…”‘…’",
            Code::DeadlineStyle => "时限写法不统一（多数写“……前”，个别没有“前”）",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding: where, what and what to do.
///
/// `Display` reads `第3行第5列 错误 [placeholder]：……`; `serde_json` gives
/// `{"line": 3, "column": 5, "code": "placeholder", "severity": "error", "message": "……"}`.
///
/// ```
/// let found = gongwen::lint::check_text("关于2025年消防安全工作的计划\n于年10月开展消防宣传月活动。", None);
/// let d = &found[0];
/// assert_eq!((d.line, d.column, d.code.as_str()), (2, 2, "placeholder"));
/// let json = serde_json::to_string(d).unwrap();
/// assert!(json.starts_with(r#"{"line":2,"column":2,"code":"placeholder","severity":"error","message":"#));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// 1-based line (paragraph number for a `.docx`); 0 when not known.
    pub line: usize,
    /// 1-based column in characters; 0 when not known.
    pub column: usize,
    /// What was found.
    pub code: Code,
    /// How serious it is.
    pub severity: Level,
    /// What is wrong and what to do, in Chinese.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "第{}行", self.line)?;
            if self.column > 0 {
                write!(f, "第{}列", self.column)?;
            }
            f.write_str(" ")?;
        }
        write!(
            f,
            "{} [{}]：{}",
            self.severity.chinese_name(),
            self.code,
            self.message
        )
    }
}

/// Checks a file: an input file (`.toml`, `.yaml`, `.yml`, `.json`), a text draft
/// (`.txt` or any other extension; UTF-8, or GB18030 when it is not UTF-8) or a `.docx`.
///
/// # Errors
/// [`crate::ErrorKind::Io`] when the file cannot be read, [`crate::ErrorKind::Syntax`] for
/// an input file that does not parse or a `.docx` that is not one,
/// [`crate::ErrorKind::TooLarge`] above [`crate::MAX_INPUT_BYTES`] (16 MiB for a `.docx`).
///
/// ```
/// let found = gongwen::lint::check_path("examples/fire_safety_plan.toml").unwrap();
/// assert!(found.iter().all(|d| d.severity != gongwen::lint::Level::Error), "{found:?}");
/// ```
pub fn check_path(path: impl AsRef<Path>) -> Result<Vec<Diagnostic>> {
    source::check_path(path.as_ref())
}

/// Checks a plain-text draft, one paragraph a line. `kind` says whether it is a plan or a
/// summary (for the wording rules); `None` guesses from the title and headings.
///
/// ```
/// use gongwen::lint::{check_text, Code};
/// let text = "某街道2025年消防工作计划\n一、工作目标\n二、工作措施\n开展消防宣传进社区活动。\n四、工作要求\n各社区要明确专人负责。";
/// let codes: Vec<_> = check_text(text, None).into_iter().map(|d| (d.line, d.code)).collect();
/// assert!(codes.contains(&(2, Code::EmptySection)));
/// assert!(codes.contains(&(5, Code::NumberingGap)));
/// ```
pub fn check_text(text: &str, kind: Option<DocKind>) -> Vec<Diagnostic> {
    let lines: Vec<&str> = text.lines().collect();
    check_lines(&lines, kind)
}

/// Checks paragraphs (the lines of a draft, the paragraphs of a `.docx`); line numbers are
/// the 1-based indexes.
///
/// ```
/// let found = gongwen::lint::check_lines(&["一、总体要求", "坚持问题导向,突出重点。"], None);
/// assert_eq!(found[0].code, gongwen::lint::Code::HalfwidthPunct);
/// assert_eq!((found[0].line, found[0].column), (2, 7));
/// ```
pub fn check_lines<S: AsRef<str>>(lines: &[S], kind: Option<DocKind>) -> Vec<Diagnostic> {
    let texts: Vec<&str> = lines.iter().map(|l| l.as_ref()).collect();
    let outline = structure::Outline::parse(&texts);
    let kind = kind.or_else(|| outline.guess_kind(&texts));
    let date = signature_date(&texts);
    let year = outline
        .title
        .and_then(|t| title_year(texts[t]))
        .or(date.map(|d| d.0));
    let mut out = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let para = rules::Para {
            text,
            section: outline.section_of(i),
            kind,
            year,
            date,
        };
        for f in rules::check_para(&para) {
            out.push(Diagnostic {
                line: i + 1,
                column: f.char_index + 1,
                code: f.code,
                severity: f.code.level(),
                message: f.message,
            });
        }
    }
    out.extend(outline.check(&texts));
    for (i, ci, message) in dates::deadline_style(&texts) {
        out.push(Diagnostic {
            line: i + 1,
            column: ci + 1,
            code: Code::DeadlineStyle,
            severity: Code::DeadlineStyle.level(),
            message,
        });
    }
    sort(&mut out);
    out
}

/// The year in a title: the first four digits followed by 年.
pub(crate) fn title_year(title: &str) -> Option<u16> {
    let chars: Vec<char> = title.chars().collect();
    dates::scan(&chars).into_iter().find_map(|e| e.year)
}

/// The 成文日期 of a draft: the last line (of the last ten) that is a full date and
/// nothing else.
fn signature_date(lines: &[&str]) -> Option<(u16, u8, u8)> {
    lines.iter().rev().take(10).find_map(|l| {
        let chars: Vec<char> = l.trim().chars().collect();
        match dates::scan(&chars).as_slice() {
            [e] if e.start == 0 && e.end == chars.len() => Some((e.year?, e.month?, e.day?)),
            _ => None,
        }
    })
}

/// Checks a document built or loaded in code: its text fields (line 0, column within the
/// field, the data path at the start of each message), the units of its tasks against its
/// responsibilities, and [`Document::validate`].
///
/// ```
/// use gongwen::{Document, DocKind};
/// use gongwen::model::Item;
/// use gongwen::lint::{check_document, Code};
/// let mut doc = Document::new(DocKind::Plan, "XX街道消防工作计划");
/// doc.issuer = "某街道办事处".into();
/// doc.date = "2025-03-01".parse().ok();
/// doc.requirements.push(Item { text: "各社区要进一步进一步落实责任。".into(), ..Item::default() });
/// let codes: Vec<Code> = check_document(&doc).into_iter().map(|d| d.code).collect();
/// assert_eq!(codes, [Code::Placeholder, Code::RepeatedWord]);
/// ```
pub fn check_document(doc: &Document) -> Vec<Diagnostic> {
    source::check_document(doc, None)
}

/// Checks the text of an input file in `format`: like [`check_document`], with lines and
/// columns found in `text`.
///
/// # Errors
/// As [`Document::from_str_in`].
///
/// ```
/// use gongwen::{Format, lint::{check_source, Code}};
/// let src = "kind = \"plan\"\ntitle = \"消防工作计划\"\nissuer = \"某局\"\ndate = \"2025-03-01\"\n[[requirements]]\ntext = \"请于年10月前完成。\"\n";
/// let found = check_source(src, Format::Toml, "plan.toml").unwrap();
/// assert_eq!((found[0].line, found[0].code), (6, Code::Placeholder));
/// assert!(found[0].message.starts_with("[requirements[0].text[0]]"));
/// ```
pub fn check_source(text: &str, format: crate::Format, name: &str) -> Result<Vec<Diagnostic>> {
    let doc = Document::from_str_in(text, format, name)?;
    Ok(source::check_document(&doc, Some(text)))
}

fn sort(v: &mut [Diagnostic]) {
    v.sort_by_key(|d| (d.line, d.column, d.code));
}
