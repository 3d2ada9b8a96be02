//! # gongwen — 公文格式的工作计划、实施方案、活动方案和工作总结
//!
//! `gongwen` drafts Chinese work plans and work summaries (工作计划, 实施方案, 活动方案,
//! 工作总结) as `.docx` files laid out to GB/T 9704-2012 (党政机关公文格式): A4, 22 lines of
//! 28 characters, 2号小标宋 title, 3号仿宋 body, 黑体/楷体 headings numbered 一、（一）1.（1）,
//! `— N —` page numbers, signature and date, attachments and a 任务分工表 annex.
//!
//! A writer fills in a short TOML, YAML or JSON file; the crate checks it, fills the
//! genre's stock phrases in from templates, and lays it out.
//!
//! ## Quick start
//!
//! ```
//! use gongwen::{Document, Renderer};
//!
//! let doc = Document::from_toml_str(r#"
//! kind = "工作计划"
//! title = "城东街道2025年消防安全宣传工作计划"
//! issuer = "城东街道办事处"
//! date = "2025-03-01"
//!
//! [guidance]
//! text = "坚持预防为主、防消结合，推动消防安全知识进社区、进学校、进企业。"
//!
//! [[requirements]]
//! title = "加强组织领导"
//! text = "各社区要明确专人负责，确保各项宣传活动按时开展。"
//! "#)?;
//!
//! for problem in doc.validate() {
//!     eprintln!("{problem}"); // warnings; errors stop the render below
//! }
//! let bytes = Renderer::new().render_to_bytes(&doc)?;
//! assert_eq!(&bytes[..2], b"PK");
//! # Ok::<(), gongwen::Error>(())
//! ```
//!
//! ## Where things are
//!
//! The crate root holds what almost every program uses: [`Document`] and [`DocKind`],
//! [`Renderer`] (and [`RecordPage`], where the 版记 falls), [`Batch`], [`Import`], [`Date`],
//! [`Fonts`], [`Format`] and the error types. The rest lives in a module named for what it
//! is: [`model`] (the sections and their parts: [`model::Phase`], [`model::Area`], [`model::Banner`] …), [`date`],
//! [`import`] (the outline of a draft), [`keywords`], `lint`, [`merge`], [`skeleton`]
//! (`gongwen new`), [`fonts`], [`pdf`] and [`blocks`] (the language templates emit).
//!
//! ## The model
//!
//! A [`Document`] has a [`kind`](DocKind), a title, an issuer (署名), a date (成文日期), an
//! optional period, an opening paragraph (开头语: the template writes the genre's usual one
//! when it is left out; `opening = []` asks for none) and typed sections:
//!
//! | key | section | type |
//! |---|---|---|
//! | `background` | 背景 / 基本情况 | [`Paragraphs`](crate::model::Paragraphs) |
//! | `guidance` | 指导思想 / 总体要求 (+ 基本原则) | [`Guidance`](crate::model::Guidance) |
//! | `goals` | 工作目标 (总体目标 + 具体目标) | [`Goals`](crate::model::Goals) |
//! | `phases` | 实施步骤 (name, start, end, tasks) | [`Phase`](crate::model::Phase) |
//! | `responsibilities` | 职责分工 (牵头/责任/配合单位, duties) | [`Area`](crate::model::Area), [`Duty`](crate::model::Duty) |
//! | `requirements`, `safeguards` | 工作要求, 保障措施 | [`Item`](crate::model::Item) |
//! | `situation` | 基本情况 (summary) | [`Paragraphs`](crate::model::Paragraphs) |
//! | `achievements` | 主要做法和成效 | [`Achievement`](crate::model::Achievement) |
//! | `problems`, `next_steps` | 存在的问题, 下一步打算 | [`Item`](crate::model::Item) |
//! | `sections` | anything else, nested to level 4 | [`Section`](crate::model::Section) |
//! | `attachments` | 附件, each printed as an annex | [`Attachment`](crate::model::Attachment) |
//!
//! Sections may be omitted; `order` reorders them and `headings` renames them. Dates are
//! days, months or 上旬/中旬/下旬 ([`Date`]). Unknown keys are errors that name the key,
//! where it is and the nearest valid key. [`Document::validate`] returns every problem with
//! its data path (`phases[2].end`) and a Chinese message.
//!
//! ## Templates
//!
//! One minijinja template per kind (`plan.j2`, `scheme.j2`, `activity_plan.j2`,
//! `summary.j2`) extends `base.j2` and uses the macros of `macros.j2`. They own the wording
//! and the order; the layout code owns all formatting. Templates emit the small line-based
//! language described in [`blocks`]: `# 标题` for a level-1 heading, `@sign 署名` for the
//! signature, and so on. Heading numbers are generated from the structure.
//!
//! Override any template file by file with [`Renderer::with_template_dir`]
//! (`gongwen render --template-dir DIR`); `gongwen templates export DIR` writes the
//! built-in ones to start from. Filters for template authors:
//!
//! | filter | example | result |
//! |---|---|---|
//! | `cn` | `{{ 12\|cn }}` | 十二 |
//! | `gbdate` | `{{ "2025-03-01"\|gbdate }}` | 2025年3月1日 |
//! | `daterange(end)` | `{{ "2025-04-01"\|daterange("2025-04-10") }}` | 2025年4月1日—4月10日 |
//! | `units` | `{{ ["甲局", "乙局"]\|units }}` | 甲局、乙局 |
//! | `sentence` | `{{ "加强领导"\|sentence }}` | 加强领导。 (as it is when `doc.as_written`) |
//! | `clause` | `{{ "加强领导。"\|clause }}` | 加强领导 |
//! | `topic` | `{{ "某街道消防工作计划"\|topic }}` | 某街道消防 |
//! | `due` | `{{ "2025-12"\|due }}` | 2025年12月底前 |
//! | `states_period` | `{{ {"name": "准备阶段（3月1日—3月10日）"}\|states_period }}` | true: the name states its dates |
//! | `opens_a_sentence` | `{{ {"name": "3月1日至3月10日为准备阶段，"}\|opens_a_sentence }}` | true: print the phase as a sentence |
//! | `duty_line(…)` | `{{ d\|duty_line("牵头单位", "责任单位", "完成时限") }}` | 建站点，覆盖全区。（牵头单位：甲局） |
//! | `item_note(…)` | `{{ it\|item_note("目标", "完成时限", "责任单位") }}` | 目标：全覆盖。（责任单位：甲局） |
//! | `task_cells(area, 长期)` | `{{ d\|task_cells(a, "长期坚持") }}` | 建设站点 \| 甲局 \| 乙局 \| 长期坚持 |
//!
//! A test, `ends_a_sentence` (`{% if it.title is ends_a_sentence %}`), tells whether a text
//! already ends with sentence punctuation. An imported document is printed as written
//! (`Document::as_written`): `sentence` then adds nothing, and `item_lines` puts a title that
//! ends no sentence on a line of its own over its text.
//!
//! The last three put a duty's or item's units and deadline into the template's own labels
//! and leave out what is empty; `task_cells` also applies the task table's fallbacks (the
//! area's lead and responsible units when the duty names none). They do in one call what
//! a dozen template expressions did, which keeps the per-row template cost low.
//!
//! Functions: `arrange(doc, default_order)` lists the sections to print, and three more
//! write a whole list's lines in one call, each what a template loop over the filters above
//! writes (`macros.j2` gives the loop in a comment next to the call, to paste in and change
//! when a template needs another arrangement):
//!
//! | function | writes |
//! |---|---|
//! | `item_lines(list, level, "目标", "完成时限", "责任单位")` | items and sub-items: `## 小标题。 \| 正文。` + `item_note`, further paragraphs, headings one level down per level of nesting |
//! | `duty_lines(a.duties, "牵头单位", "责任单位", "完成时限")` | a `### ` line with `duty_line` for each duty of an area |
//! | `task_rows(doc, "长期坚持")` | the task table's `@group` and `@row` lines, the cells by `task_cells` |
//!
//! ## Errors
//!
//! Every fallible function returns [`Error`]: a [`ErrorKind`], a Chinese detail and a
//! [`Location`] (file:line:column for input files, template name and line for templates,
//! data path for validation). `Display` gives the whole message a writer reads;
//! [`Error::problems`] lists every validation problem.
//!
//! ```
//! let err = gongwen::Document::from_toml_str("kind = \"plan\"\ndate = \"2025-02-30\"\n").unwrap_err();
//! assert_eq!(err.kind(), gongwen::ErrorKind::Syntax);
//! assert_eq!(err.location().line, Some(2));
//! assert!(err.to_string().contains("2025年2月没有30日"));
//! ```
//!
//! ## Many documents
//!
//! A [`Batch`] renders a list of input files in parallel into a folder and keeps going past
//! bad inputs; it does the same with output paths of your choosing, or with documents
//! already in memory.
//! [`MergeTemplate`](crate::merge::MergeTemplate) and [`MergeTable`](crate::merge::MergeTable) fill one template document with each row of a
//! CSV or JSON table (mail-merge: one plan for every 街道 or school).
//!
//! ## Text intelligence
//!
//! - [`Import`] turns a plan pasted from a web page or a Word file (text, GB18030 or
//!   `.docx`) into a [`Document`], an [`outline`](crate::import::outline) of its headings and
//!   a [`timeline`](crate::import::TimelineEntry) of its dated steps.
//! - [`lint`] finds what reviewers send drafts back for (placeholders, numbering gaps,
//!   half-width punctuation, plan wording in a summary, …), as [`Diagnostic`](crate::lint::Diagnostic)s.
//! - [`keywords`] ranks the topic words of a text by TF-IDF; [`Document::summarize`]
//!   drafts the year-end summary that mirrors a plan.
//!
//! These use jieba's dictionary, loaded once on first use (about 0.2 s); rendering never
//! loads it ([`jieba_loaded`](crate::keywords::jieba_loaded) tells). `lint`, `keywords`, `keywords_of_document`,
//! `jieba_loaded` and `warm_up` need the `analysis` feature (on by default); a program that
//! only renders can leave jieba out with `default-features = false`.
//!
//! ## Around the document
//!
//! [`Document::json_schema`] is the JSON Schema of input files (editors complete and check
//! fields with it); [`font_report`](crate::fonts::font_report) and [`fontconfig_aliases`](crate::fonts::fontconfig_aliases) tell which GB fonts are
//! missing and map them to free look-alikes; [`convert_to_pdf`](crate::pdf::convert_to_pdf) runs LibreOffice.
//!
//! ## Features
//!
//! - `cli` (default): the `gongwen` command-line tool (clap, indicatif).
//! - `serve` (default): `gongwen serve`, the local web page and its JSON API (axum, tokio),
//!   in the binary only.
//! - `analysis` (default; `cli` needs it): jieba, for [`lint`], [`keywords`] and
//!   [`keywords_of_document`](crate::keywords::keywords_of_document).
//!
//! Library users who only build, validate, render and import can set
//! `default-features = false`.
//!
//! ## How it is built
//!
//! The road a document takes, one module a step; no step imports a later one:
//!
//! 1. `load` reads TOML / YAML / JSON (decoded by `chinese`) into the typed model (`model`,
//!    `date`), with located Chinese errors; `validate` lists every problem with its data path.
//! 2. `template` renders the wording (`templates/*.j2`, minijinja) into the block language of
//!    [`blocks`], which numbers the headings (一、（一）1.（1）).
//! 3. `docx` writes the blocks as a .docx: `docx/document.rs` is the one writer of
//!    `document.xml` (every number from `layout`); docx-rs builds the styles and footers once
//!    per font set; `docx/package.rs` writes the package's plumbing and the zip.
//! 4. `render` ties them together ([`Renderer`]); `batch` and `merge` run it over many inputs.
//!
//! Beside the road: `import` (text or .docx → model), `lint` (the checks of `gongwen check`;
//! both read a .docx with `docx/read.rs`),
//! `keywords`, `summarize`, `fonts` and `pdf`. To change a stock phrase, edit
//! `templates/`; a layout number, `src/layout.rs`; a check, `src/lint/rules.rs`.
#![deny(missing_docs)]

mod batch;
pub mod blocks;
mod chinese;
pub mod date;
mod docx;
mod error;
pub mod fonts;
pub mod import;
mod layout;
mod load;
pub mod merge;
pub mod model;
pub mod pdf;
mod render;
pub mod skeleton;
mod template;
mod titles;
mod validate;

// The root holds what almost every program uses; the rest lives in its module
// (`model`, `date`, `import`, `keywords`, `lint`, `merge`, `skeleton`, `fonts`, `pdf`).
pub use batch::{Batch, Failure, Outcome, Rendered, collect_inputs, output_path};
pub use date::Date;
pub use error::{Error, ErrorKind, Location, Result};
pub use import::Import;
pub use layout::Fonts;
pub use load::{Format, MAX_INPUT_BYTES};
pub use model::{DocKind, Document};
#[doc(hidden)]
pub use render::stages;
pub use render::{RecordPage, Renderer, write_atomic};
pub use template::{builtin_template, builtin_template_names};

/// Whether a panic on this thread is happening inside the template engine, where the
/// renderer catches it and returns it as a template error. A program with a panic hook
/// (the `gongwen` command line) stays quiet about those.
#[doc(hidden)]
pub fn panic_is_caught() -> bool {
    template::panic_is_reported()
}
pub use error::{Problem, Severity};
pub use validate::Placeholder;

// Text analysis (issue 3): the shared jieba instance, keywords, lint, plan → summary.
#[cfg(feature = "analysis")]
mod analysis;
pub mod keywords;
mod lexicon;
#[cfg(feature = "analysis")]
pub mod lint;
mod summarize;
pub use summarize::TODO_MARK;
