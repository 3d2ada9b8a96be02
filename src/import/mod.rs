//! Importing pasted text: `gongwen import`, [`Import`], [`Document::import`], [`outline`].
//!
//! A writer pastes a plan or a summary from a web page or a Word file; import finds its
//! title, addressee, heading hierarchy, signature and date, classifies every section
//! ([`SectionKind`]) and fills a [`Document`] that `gongwen render` accepts.
//!
//! ## What is recognised
//!
//! - Input: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK text, or a `.docx`.
//!   Text: one paragraph per line; a long line that does not end a sentence is joined with
//!   the next one (lines broken by a web page). A `.docx`: its paragraphs with text, never
//!   joined (a line break typed inside a sentence does not part one; empty paragraphs are no
//!   lines); a
//!   paragraph's heading level from its style (Word's `标题 1`–`4` / `heading 1`–`4`, an
//!   outline level of its own or of its style) wins over its numbering; a number Word draws
//!   from its list definitions (`numbering.xml`) is read as if typed; its data tables in an
//!   annex come back as annex tables, and a 任务分工表 as the duties' task/target split and
//!   any rows added to it; a table in the body (a schedule under 活动安排) is read as lines
//!   where it stands, one a row, its cells set apart by a full-width space.
//! - Heading numbers: `一、` `（一）` `(一)` `1.` `1、` `1．` `（1）` `(1)` `1)` `①` `⑴`,
//!   `第一部分` `第一章` (above `一、`), `壹、` `贰、` (a style of their own, ranked with `一、`),
//!   `第一阶段` `第一步` `阶段一：` `活动之一：` (at the level of `（一）`), `第一，` `第一条`, and
//!   `一是` at the start of a line; decimal outline numbers `2.1` `2.2.1`, set off by a
//!   space or run on into the heading (`2.1加强培训`, where another line continues the
//!   sequence: `3.12植树节` is a date); a number set off by a space or a comma alone
//!   (`一 指导思想`, `一，活动背景`) where the next one continues it. `一是…二是…` inside a paragraph is
//!   run-in text and stays in the paragraph; it is not a heading.
//! - Levels: a numbering style takes the level at which it first opens, below the heading
//!   it follows; a style seen again returns to its level. So a document that starts at
//!   `1.` has `1.` at level 1, and `1.` directly under `一、` is level 2, while `1.` under
//!   `（一）` is level 3. A document that starts inside a list (at `二、` or `（二）`) is
//!   handled: a list whose first number is missing and which ranks above the open lists in
//!   the GB/T 9704 order (一、 → （一） → 1. → （1） → ①) is put above them, and the
//!   headings before it move one level down. Levels are at most 4.
//! - Run-in headings (`一、加强领导。为确保……`): split at the first `。` `！` `？` outside
//!   brackets (a numbered paragraph's first sentence is its heading), or at the first `：`
//!   when the part before is at most 25 characters; the rest is the body. A section name run
//!   into its text with no mark (`一、指导思想依据……`) is split after the name.
//! - Unnumbered label headings: a short line (2–20 characters, no sentence punctuation)
//!   ending in `：` or followed by a paragraph. A usual section name (`具体要求`,
//!   `活动时间`, `保障措施` …) is a level-1 heading; any other label is one level below
//!   the heading above it. Field labels (`牵头部门：`, `责任单位：`, `目标任务：`) are
//!   never headings.
//! - A title over one or two lines, an addressee line (`各科室：`), a signature and a date
//!   at the end, an 附件 list, and annexes after the date.
//!
//! ## Into the model
//!
//! Each top-level heading becomes the typed section of its kind when the shape fits the
//! template's wording (so that rendering gives back the same outline), keeping the source
//! heading in [`Document::headings`] and the source order in [`Document::order`]; otherwise
//! it becomes a custom [`Section`](crate::model::Section) with nested items. Text before the first
//! heading becomes the opening. A missing title, issuer or date is filled with a
//! `【待补：…】` placeholder (the date: today), so the result renders as it is. Every
//! sentence of the source is kept somewhere in the model, and the document is marked
//! [`as_written`](Document::as_written), so that it renders with nothing added: no 。 at
//! the end of an item, no closing the source did not have.
//!
//! ## The timeline
//!
//! [`Import::timeline`] lists every dated step the writer set, without moving any text:
//! the phases (实施步骤), each followed by the steps its text dates (`第一阶段：换届` /
//! `10月9日，发布公告。`), then the times other parts name for a step of their own
//! (`报名时间：11月20日—11月24日`, `知识竞赛：5月中旬`, a schedule's rows, a second part's dated
//! stages). `gongwen import --timeline` prints it, one JSON line per entry.

mod build;
mod classify;
mod decode;
mod frame;
mod number;
mod parse;
mod punct;
mod tables;
mod timeline;

use std::fmt;
use std::path::Path;

pub use punct::{Normalized, PunctChange, normalize_punct};
pub use timeline::TimelineEntry;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{DocKind, Document};

/// The kind of a section, as the import classifies it.
///
/// ```
/// use gongwen::import::SectionKind;
/// assert_eq!(SectionKind::NextSteps.key(), "next_steps");
/// assert_eq!(SectionKind::from_key("measures"), Some(SectionKind::Measures));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionKind {
    /// 指导思想 / 总体要求 / 基本原则.
    Guidance,
    /// 背景 / 基本情况.
    Background,
    /// 工作目标.
    Goals,
    /// 实施步骤 / 阶段安排.
    Phases,
    /// 职责分工 / 组织机构.
    Responsibilities,
    /// 工作要求.
    Requirements,
    /// 保障措施 / 主要任务 / 工作措施.
    Measures,
    /// 主要做法和成效 (summaries).
    Achievements,
    /// 存在的问题.
    Problems,
    /// 下一步打算.
    NextSteps,
    /// Anything else.
    Other,
}

impl SectionKind {
    /// Every kind.
    pub const ALL: [SectionKind; 11] = [
        SectionKind::Guidance,
        SectionKind::Background,
        SectionKind::Goals,
        SectionKind::Phases,
        SectionKind::Responsibilities,
        SectionKind::Requirements,
        SectionKind::Measures,
        SectionKind::Achievements,
        SectionKind::Problems,
        SectionKind::NextSteps,
        SectionKind::Other,
    ];

    /// The name used in outlines: `guidance`, `next_steps` ….
    ///
    /// ```
    /// assert_eq!(gongwen::import::SectionKind::Guidance.key(), "guidance");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Guidance => "guidance",
            SectionKind::Background => "background",
            SectionKind::Goals => "goals",
            SectionKind::Phases => "phases",
            SectionKind::Responsibilities => "responsibilities",
            SectionKind::Requirements => "requirements",
            SectionKind::Measures => "measures",
            SectionKind::Achievements => "achievements",
            SectionKind::Problems => "problems",
            SectionKind::NextSteps => "next_steps",
            SectionKind::Other => "other",
        }
    }

    /// Looks a kind up by its [`key`](SectionKind::key).
    ///
    /// ```
    /// assert_eq!(gongwen::import::SectionKind::from_key("goals"), Some(gongwen::import::SectionKind::Goals));
    /// assert_eq!(gongwen::import::SectionKind::from_key("x"), None);
    /// ```
    pub fn from_key(key: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One recognised heading of an imported document.
///
/// ```
/// let o = gongwen::import::outline("一、指导思想\n坚持预防为主。\n");
/// assert_eq!(o[0].line, 1);
/// assert_eq!(o[0].level, 1);
/// assert_eq!(o[0].numbering, "一、");
/// assert_eq!(o[0].text, "指导思想");
/// assert_eq!(o[0].kind, gongwen::import::SectionKind::Guidance);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineEntry {
    /// 1-based line of the source (for `.docx`, of its text as read: one line a paragraph with
    /// text, and one a row of a table in the body).
    pub line: usize,
    /// Level, 1–4.
    pub level: u8,
    /// The number as written (`一、`, `(一)`, `1、`, `第一阶段`); empty for a label heading.
    pub numbering: String,
    /// The heading text, without its number, without run-in body text and without the mark
    /// that ends it (the document keeps that mark: `加强领导。`).
    pub text: String,
    /// The kind of section the heading belongs to.
    pub kind: SectionKind,
}

/// The result of an import: the document and the outline it was built from.
///
/// ```
/// use gongwen::{Import, Renderer};
/// let imp = Import::from_text("某街道2025年消防宣传工作计划\n一、工作目标\n全年不发生较大火灾。\n");
/// assert_eq!(imp.document.title, "某街道2025年消防宣传工作计划");
/// assert_eq!(imp.outline.len(), 1);
/// assert!(Renderer::new().render_to_bytes(&imp.document).is_ok());
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Import {
    /// The document, ready for `gongwen render`.
    pub document: Document,
    /// Every recognised heading, in order.
    pub outline: Vec<OutlineEntry>,
    /// The text left out, as (1-based line, text): what document-sharing sites add — lines
    /// of page debris (`第1页共10页`, `21.jpg`, `精选优质文档-倾情为你奉上`,
    /// `此处隐藏…下载后查看`), a chunk number glued to the title (`1、` of
    /// `1、某项工作的工作报告`), a site's title above the document's own (`……活动方案` over
    /// `关于开展……的实施方案`, `……工作计划范文` over `……工作计划`) — and the label of an
    /// attachment above the title (`附件1：`: the document imported is the attachment), and a
    /// table of contents whose entries the body repeats as its headings. Every other
    /// character of the source reaches the document.
    pub removed: Vec<(usize, String)>,
    /// What the import inferred and the writer should check, in Chinese (a date without a
    /// year taken as this year's when the document names no year).
    pub notes: Vec<String>,
    /// Every dated step: the phases in order, each followed by the dated steps written inside
    /// it, then the times other parts name for a step, in order (see [`TimelineEntry`]).
    pub timeline: Vec<TimelineEntry>,
}

/// Classifies a parsed document; one written in traditional characters (社區共建工作計劃) is
/// read in simplified ones, as the genre's words are listed, and headings with a site's
/// pinyin (活动(dòng)主题) without it; only the section kinds are taken back: the text stays
/// as written.
fn classify_in_simplified(parsed: &mut parse::Parsed) -> crate::DocKind {
    let simple = |s: &String| crate::chinese::simplified(s).unwrap_or_else(|| s.clone());
    // The headings' reading in simplified characters and without a site's pinyin (活動(dòng)),
    // computed once: none differs in a plain simplified text.
    let titles: Vec<Option<String>> = parsed
        .nodes
        .iter()
        .map(|n| {
            let t = crate::chinese::without_pinyin(&n.title);
            let s = crate::chinese::simplified(t.as_deref().unwrap_or(&n.title));
            s.or(t)
        })
        .collect();
    let differs = titles.iter().any(Option::is_some)
        || parsed
            .title
            .iter()
            .any(|t| crate::chinese::simplified(t).is_some());
    if !differs {
        return classify::classify(parsed);
    }
    let mut copy = parsed.clone();
    copy.title = copy.title.iter().map(simple).collect();
    copy.preamble = copy.preamble.iter().map(simple).collect();
    for (n, title) in copy.nodes.iter_mut().zip(titles) {
        if let Some(t) = title {
            n.title = t;
        }
        n.runin = n.runin.as_ref().map(simple);
        n.body = n.body.iter().map(simple).collect();
    }
    let kind = classify::classify(&mut copy);
    for (n, c) in parsed.nodes.iter_mut().zip(&copy.nodes) {
        n.kind = c.kind;
    }
    kind
}

impl Import {
    /// Imports a file: text (UTF-8, UTF-16 with BOM, GB18030) or `.docx`.
    ///
    /// # Errors
    /// [`ErrorKind::Io`](crate::ErrorKind::Io) when the file cannot be read;
    /// [`ErrorKind::Syntax`](crate::ErrorKind::Syntax) for a binary file, an unknown encoding
    /// or a damaged `.docx`; [`ErrorKind::TooLarge`](crate::ErrorKind::TooLarge) above 8 MiB
    /// of text. Messages are in Chinese and name the file.
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("计划.txt");
    /// std::fs::write(&path, "一、工作要求\n（一）加强领导。各单位要明确专人负责。\n").unwrap();
    /// let imp = gongwen::Import::from_path(&path).unwrap();
    /// assert_eq!(imp.outline[1].text, "加强领导");
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Import> {
        Ok(Import::from_source(read_source(path.as_ref())?, today()))
    }

    /// The text of a draft as the importer reads it, one paragraph a line: the paragraphs of
    /// a `.docx` (its frames included, its data tables left out), or a text file decoded
    /// (UTF-8, UTF-16 with BOM, GB18030). For programs that analyse a draft's text
    /// (`gongwen keywords`) without importing it.
    ///
    /// # Errors
    /// As [`Import::from_path`].
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("草稿.txt");
    /// let (gbk, _, _) = encoding_rs::GB18030.encode("一、总体要求\r\n坚持标本兼治。");
    /// std::fs::write(&path, &gbk).unwrap();
    /// assert_eq!(gongwen::Import::read_text(&path).unwrap(), "一、总体要求\n坚持标本兼治。");
    /// ```
    pub fn read_text(path: impl AsRef<Path>) -> Result<String> {
        Ok(read_source(path.as_ref())?.lines.join("\n"))
    }

    /// Imports the bytes of a text file or a `.docx`; `name` is used in error messages.
    ///
    /// # Errors
    /// As [`Import::from_path`].
    ///
    /// ```
    /// let (gbk, _, _) = encoding_rs::GB18030.encode("一、总体要求\n坚持标本兼治。\n");
    /// let imp = gongwen::Import::from_bytes(&gbk, "a.txt").unwrap();
    /// assert_eq!(imp.outline[0].text, "总体要求");
    /// assert!(gongwen::Import::from_bytes(b"\x00\x01\x02", "a.bin").is_err());
    /// ```
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Import> {
        Ok(Import::from_source(decode::source(bytes, name)?, today()))
    }

    /// Imports text (one paragraph per line). Never fails: text without any structure
    /// becomes a document with only an opening.
    ///
    /// ```
    /// let imp = gongwen::Import::from_text("");
    /// assert!(imp.outline.is_empty());
    /// ```
    pub fn from_text(text: &str) -> Import {
        let lines = decode::split_lines(text);
        Import::from_source(
            decode::Source {
                lines,
                ..Default::default()
            },
            today(),
        )
    }

    fn from_source(mut src: decode::Source, today: (i64, u32, u32)) -> Import {
        // A .docx's tables in the body, outside any annex, are text where they stand.
        let inlined = decode::inline_body_tables(&mut src);
        // Markdown (a chat assistant's draft): its markup is formatting, like a .docx's
        // styles — its `#` give the levels, and the writer is told it was taken off.
        let markdown = !src.docx
            && decode::strip_markdown(&src.lines).is_some_and(|(lines, levels)| {
                src.lines = lines;
                src.levels = levels;
                true
            });
        // A 发文字号 run into the title on the first line: the 版头's number, and the line the
        // title (a 版头 above it has the number on its own line).
        let mut glued = None;
        if let Some(first) = src.lines.iter().position(|l| !l.trim().is_empty())
            && let Some((number, title)) = frame::number_before_title(src.lines[first].trim())
        {
            glued = Some(number.to_string());
            src.lines[first] = title.to_string();
        }
        let lines = &src.lines;
        // The 版头 and the 版记 come off first (blanked, so line numbers stay the source's).
        let trimmed: Vec<&str> = lines
            .iter()
            .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
            .collect();
        let mut lines = lines.to_vec();
        let banner = frame::take_banner(&trimmed)
            .map(|(b, taken)| {
                taken.into_iter().for_each(|i| lines[i].clear());
                b
            })
            .or_else(|| {
                glued.map(|number| crate::model::Banner {
                    number: Some(number),
                    ..crate::model::Banner::default()
                })
            });
        let record = frame::take_record(&trimmed).map(|(r, first)| {
            lines[first..].iter_mut().for_each(String::clear);
            r
        });
        let mut parsed = parse::parse(&lines, !src.docx, &src.levels);
        let mut removed = std::mem::take(&mut parsed.removed);
        removed.sort();
        // A 印发通知 whose plan is its first annex (as gongwen prints one): the plan is the
        // document, read from its own lines (the others blanked, so line numbers stay the
        // source's), and the notice wraps it.
        let notice = parse::notice_plan(&lines, &parsed).map(|(range, plan_title, at)| {
            let blank_but = |keep: &dyn Fn(usize) -> bool| {
                let mut v = lines.clone();
                for (i, l) in v.iter_mut().enumerate() {
                    if !keep(i) {
                        l.clear();
                    }
                }
                v
            };
            match at {
                parse::NoticePlan::Annex => {
                    let outer = parsed.clone();
                    parsed =
                        parse::parse(&blank_but(&|i| range.contains(&i)), !src.docx, &src.levels);
                    parsed.issuer = outer.issuer.clone();
                    parsed.date = outer.date.clone();
                    parsed.remarks = outer.remarks.clone();
                    parsed.attachments = outer
                        .attachments
                        .iter()
                        .filter(|a| a.0 != plan_title)
                        .cloned()
                        .collect();
                    outer
                }
                parse::NoticePlan::Follows => {
                    // The notice is what stands before the plan's title; the plan runs to
                    // the end (its own annexes included). The notice's signature and date
                    // are the document's, unless only the plan has them.
                    let outer =
                        parse::parse(&blank_but(&|i| i < range.start), !src.docx, &src.levels);
                    parsed =
                        parse::parse(&blank_but(&|i| i >= range.start), !src.docx, &src.levels);
                    parsed.issuer = outer.issuer.clone().or(parsed.issuer.take());
                    parsed.date = outer.date.clone().or(parsed.date.take());
                    parsed.remarks.splice(0..0, outer.remarks.iter().cloned());
                    parsed.removed.extend(outer.removed.iter().cloned());
                    // The notice's 附件说明 names the plan (printed as its first annex) and
                    // the annexes that follow it.
                    let plan = parse::squeeze(&plan_title);
                    let listed = outer
                        .attachments
                        .iter()
                        .filter(|a| parse::squeeze(&a.0) != plan)
                        .filter(|a| !parsed.attachments.iter().any(|b| b.0 == a.0))
                        .cloned()
                        .collect::<Vec<_>>();
                    parsed.attachments.splice(0..0, listed);
                    outer
                }
            }
        });
        let kind = match classify_in_simplified(&mut parsed) {
            // A report or an account read out at a meeting, its date in brackets under the
            // title (and the speaker's line), is laid out as the speech it was: that is how
            // it prints, its header as written and no signature.
            DocKind::Report | DocKind::Summary if parsed.spoken => DocKind::Speech,
            kind => kind,
        };
        let (mut document, mut notes) = build::build(&parsed, kind, today);
        notes.splice(0..0, src.notes.iter().cloned());
        if markdown {
            notes.push(
                "这是 Markdown 文本：已去掉 # 标题符号、** 加粗符号和 - 列表符号，标题层级按 # 的个数取"
                    .to_string(),
            );
        }
        tables::attach(&mut document, &lines, &src.tables);
        let year = build::doc_year(&parsed).or(u16::try_from(today.0).ok());
        let dated = document.date;
        tables::steps(&mut document, &inlined, year, dated);
        let table_lines = tables::body_tables(&mut document, &inlined);
        if let Some(outer) = notice {
            let mut notice = crate::model::Notice {
                // A notice printed without its title gets the usual one (关于印发《X》的通知).
                title: Some(outer.title.concat()).filter(|t| !t.is_empty()),
                addressee: outer.addressee.clone(),
                // Its text, and the points it numbers (一、各责任单位要高度重视…… / 二、……)
                // as written.
                text: crate::model::Paragraphs(
                    outer
                        .preamble
                        .iter()
                        .cloned()
                        .chain(outer.nodes.iter().flat_map(|n| {
                            let line = lines.get(n.line.wrapping_sub(1)).map(|l| l.trim());
                            line.filter(|l| !l.is_empty())
                                .map(str::to_string)
                                .into_iter()
                                .chain(n.body.iter().cloned())
                        }))
                        .collect(),
                ),
                ..Default::default()
            };
            // Its 发文字号, 主送 and date as a page prints them under its title.
            let own = std::mem::take(&mut notice.text.0);
            notice.text.0 =
                build::notice_lines(&mut document, &mut notice, &own, parsed.date.is_some());
            if notice.title.is_none() {
                notes.push(format!(
                    "印发通知没有标题，将印作“{}”：请核对 notice.title",
                    notice.title_for(&document.title)
                ));
            }
            document.notice = Some(notice);
        }
        if let Some(mut b) = banner {
            // The mark names the issuer: nothing to keep.
            if b.organs.0 == [document.issuer.clone()] {
                b.organs = Default::default();
            }
            document.banner = Some(b);
        }
        document.record = record;
        let outline = parsed
            .nodes
            .iter()
            // A table's header read as a heading is the table's again.
            .filter(|n| {
                !table_lines
                    .iter()
                    .any(|r| n.line.checked_sub(1).is_some_and(|l| r.contains(&l)))
            })
            .map(|n| OutlineEntry {
                line: n.line,
                level: n.level,
                numbering: n.numbering.clone(),
                text: n
                    .title
                    .strip_prefix(n.numbering.as_str())
                    .unwrap_or(&n.title)
                    .trim_end_matches(['。', '；', ';', '，', ',', '：', ':'])
                    .to_string(),
                kind: n.kind,
            })
            .collect();
        let timeline = timeline::timeline(&parsed, &document, year, document.date);
        Import {
            document,
            outline,
            removed,
            notes,
            timeline,
        }
    }

    /// The outline as JSON lines, one object per heading.
    ///
    /// ```
    /// let imp = gongwen::Import::from_text("一、工作要求\n要按时完成。\n");
    /// assert_eq!(
    ///     imp.outline_json(),
    ///     "{\"line\":1,\"level\":1,\"numbering\":\"一、\",\"text\":\"工作要求\",\"kind\":\"requirements\"}\n"
    /// );
    /// ```
    pub fn outline_json(&self) -> String {
        json_lines(&self.outline)
    }

    /// The timeline as JSON lines, one object per dated step.
    ///
    /// ```
    /// let imp = gongwen::Import::from_text(
    ///     "某镇2025年整治方案\n一、实施步骤\n（一）宣传发动（3月1日—3月15日）\n召开动员会。\n",
    /// );
    /// assert_eq!(
    ///     imp.timeline_json(),
    ///     "{\"name\":\"宣传发动（3月1日—3月15日）\",\"start\":\"2025年3月1日\",\"end\":\"2025年3月15日\",\"phase\":0,\"in_phase\":false,\
    ///      \"start_text\":\"3月1日\",\"end_text\":\"3月15日\"}\n"
    /// );
    /// ```
    pub fn timeline_json(&self) -> String {
        json_lines(&self.timeline)
    }
}

/// One JSON object a line.
fn json_lines<T: Serialize>(entries: &[T]) -> String {
    let mut out = String::new();
    for e in entries {
        out.push_str(&serde_json::to_string(e).unwrap_or_default());
        out.push('\n');
    }
    out
}

impl Document {
    /// Imports a pasted plan or summary (text or `.docx`) as a document; see [`Import`].
    ///
    /// # Errors
    /// As [`Import::from_path`].
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("a.txt");
    /// std::fs::write(&path, "一、指导思想\n以人民为中心。\n二、工作要求\n（一）加强领导。要明确专人。\n").unwrap();
    /// let doc = gongwen::Document::import(&path).unwrap();
    /// // The mark after a run-in heading is the writer's and is kept.
    /// assert_eq!(doc.requirements[0].title.as_deref(), Some("加强领导。"));
    /// ```
    pub fn import(path: impl AsRef<Path>) -> Result<Document> {
        Import::from_path(path).map(|i| i.document)
    }

    /// Imports pasted text as a document; see [`Import::from_text`].
    ///
    /// ```
    /// let doc = gongwen::Document::import_text("一、工作目标\n全年开展宣传活动十次。\n");
    /// assert_eq!(doc.goals.unwrap().overall.0, vec!["全年开展宣传活动十次。"]);
    /// ```
    pub fn import_text(text: &str) -> Document {
        Import::from_text(text).document
    }
}

/// The lines of the file at `path` (text or `.docx`), within the importer's limits.
fn read_source(path: &Path) -> Result<decode::Source> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, "读取文件", e))?;
    if meta.is_dir() {
        return Err(Error::new(
            crate::ErrorKind::Io,
            "这是一个目录，不是文件：请给出要导入的 .txt 或 .docx 文件",
        )
        .with_file(name));
    }
    if meta.len() > 64 * 1024 * 1024 {
        return Err(Error::new(
            crate::ErrorKind::TooLarge,
            format!("文件有 {} 字节，太大了，已拒绝读取", meta.len()),
        )
        .with_file(name));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, "读取文件", e))?;
    decode::source(&bytes, &name)
}

/// The outline of pasted text: one entry per recognised heading, in order.
///
/// ```
/// let o = gongwen::import::outline("一、工作要求\n（一）加强领导。各单位要明确专人负责。\n1.每月报送进度。\n");
/// let levels: Vec<u8> = o.iter().map(|e| e.level).collect();
/// assert_eq!(levels, [1, 2, 3]);
/// ```
pub fn outline(text: &str) -> Vec<OutlineEntry> {
    Import::from_text(text).outline
}

/// Today in China Standard Time, as (year, month, day).
fn today() -> (i64, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    civil_from_days((secs + 8 * 3600).div_euclid(86_400))
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_000), (2024, 10, 4));
    }
}
