//! `word/document.xml`, written straight from the blocks in schema order: the document's
//! text, its tables and annex frames, and its section properties (page size, margins, line
//! grid, footers). Every other part depends on the fonts only: [`super::parts`] builds them
//! once per [`Fonts`], and they are zipped once; a document only compresses its two parts
//! (`document.xml` and `docProps/core.xml`) and appends them.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, OnceLock};

use super::package::{self, Footers, PackError};
use super::pages::{TIGHT_BLANK, Tight};
use super::parts::{self, BLANK_FOOTER_ID, FOOTER_IDS, LANDSCAPE_FOOTER_IDS};
use super::{
    ADDRESSEE, ANNEX_LABEL, ANNEX_TITLE, ATTACHMENT, BODY, DATE, HEADINGS, MARK, Meta, PAGE_BREAK,
    RECORD, SIGNATURE, TABLE_HEADER, TABLE_TEXT, TITLE, WIDE_TABLE_HEADER, WIDE_TABLE_TEXT,
    clean_line,
};
use crate::blocks::{Block, Row, Table, find_byte};
use crate::layout::{
    ANNEX_FRAME_PADDING, ANNEX_FRAME_WIDTH, ATTACHMENT_NAME_START, BLANK_LINE, BODY_CHAR_SPACING,
    BODY_EM, DATE_RIGHT_INDENT, FIRST_LINE_INDENT, FOOTER_DISTANCE, Fonts, HEADER_DISTANCE,
    LANDSCAPE_FOOTER_DISTANCE, LANDSCAPE_MARGIN_BOTTOM, LANDSCAPE_MARGIN_LEFT,
    LANDSCAPE_MARGIN_RIGHT, LANDSCAPE_MARGIN_TOP, LANDSCAPE_TEXT_WIDTH, LINE_PITCH, MARGIN_BOTTOM,
    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARK_MAX_SIZE, MARK_TOP, PAGE_HEIGHT, PAGE_WIDTH,
    RECORD_LINE, RECORD_PADDING, RECORD_SIDE, RECORD_THICK, RECORD_THIN, RED, SEPARATOR_GAP,
    SEPARATOR_LINE_FOOT, SEPARATOR_SIZE, TABLE_BORDER_SIZE, TABLE_CELL_PADDING, TABLE_FIT_SLACK,
    TABLE_LAST_CELL_PADDING, TEXT_HEIGHT, TEXT_WIDTH, WIDE_TABLE_SIZE, attachment_number_slot,
};

/// The name of the part this module writes.
const DOCUMENT: &str = "word/document.xml";
/// The part [`package::core_xml`] writes from the [`Meta`].
const CORE: &str = "docProps/core.xml";

/// `document.xml` up to and including `<w:body>`: the namespaces Word declares (only `w` and
/// `r` are used; the others keep the root element as Word and docx-rs write it).
const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:document xmlns:o=\"urn:schemas-microsoft-com:office:office\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
xmlns:v=\"urn:schemas-microsoft-com:vml\" \
xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:w10=\"urn:schemas-microsoft-com:office:word\" \
xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" \
xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" \
xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" \
xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" \
xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" \
xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" mc:Ignorable=\"w14 wp14\">\
<w:body>";

// ---------------------------------------------------------------- decisions

/// Width of `s` in twips at 3号, counting full-width characters as one em and ASCII and
/// half-width forms as half an em.
pub(super) fn text_width(s: &str) -> i32 {
    crate::chinese::width(s) as i32 * BODY_EM.0 / 2
}

/// Column widths sized to the cells' content, so that the table's rows take few lines: a
/// column's width goes with the text it holds (to the power 0.75), but never less than its
/// longest unbreakable piece (a run of digits or Latin letters, a header of up to four
/// characters kept on one line, two characters at least) and never more than its longest
/// line. When every column holds its longest line with width to spare, all are widened in
/// proportion. `em` is the advance of one full-width character; the widths add up to `total`.
pub(super) fn column_widths(t: &Table, total: i32, em: i32) -> Vec<i32> {
    let cols = t.header.len().max(1);
    let em = i64::from(em);
    // Per column: the least it may have, its longest line and all its text (in twips);
    // the header counts as a row.
    let mut least = vec![2 * em; cols];
    let mut most = vec![0i64; cols];
    let mut text = vec![0i64; cols];
    // The longest line of each column's body cells while all are short (six characters at
    // most: a column of stages' names, of short dates); `None` once one is longer.
    let mut short: Vec<Option<i64>> = vec![Some(0); cols];
    let mut take = |c: usize, cell: &str, header: bool| {
        let m = crate::chinese::measure(cell);
        let (longest_line, longest_piece, all) = (
            m.longest_line as i64 * em / 4,
            m.longest_piece as i64 * em / 4,
            m.total as i64 * em / 4,
        );
        least[c] = least[c].max(if header {
            longest_line.min(4 * em)
        } else {
            longest_piece
        });
        if !header {
            short[c] = short[c]
                .filter(|_| longest_line <= 6 * em)
                .map(|s| s.max(longest_line));
        }
        most[c] = most[c].max(longest_line);
        text[c] += all;
    };
    for (c, h) in t.header.iter().enumerate() {
        take(c, h, true);
    }
    for row in &t.rows {
        if let Row::Cells(cells) = row {
            for (c, cell) in cells.iter().enumerate().take(cols) {
                take(c, cell, false);
            }
        }
    }
    // A column of short cells keeps each whole (准备阶段 was broken as 准备阶 / 段); in a
    // column of longer text any cell may break anywhere but inside a word of digits or letters.
    for c in 0..cols {
        if let Some(s) = short[c] {
            least[c] = least[c].max(s);
        }
        most[c] = most[c].max(least[c]);
    }
    // The padding of each column: both sides, the last column's wider right side, and a
    // little room so that text measured to fit does not wrap for a rounding difference.
    let pad: Vec<i64> = (0..cols)
        .map(|c| {
            let last = if c + 1 == cols {
                TABLE_LAST_CELL_PADDING.0 - TABLE_CELL_PADDING.0
            } else {
                0
            };
            i64::from(2 * TABLE_CELL_PADDING.0 + TABLE_FIT_SLACK.0 + last)
        })
        .collect();
    let total64 = i64::from(total);
    let mut widths: Vec<i64> = least.iter().zip(&pad).map(|(l, p)| l + p).collect();
    let sum: i64 = widths.iter().sum();
    if sum >= total64 {
        widths = widths.iter().map(|w| w * total64 / sum).collect();
    } else {
        // How much text each column holds. Minimising the lines of all cells (Σ text ÷
        // width) would make widths go with the square root of the text; making the cells of
        // a row equally tall, with the text itself. A row is as tall as its tallest cell, so
        // the power lies between: 0.75 (tried on the examples and the reference plan: the
        // livelihood example's 任务分工表 on 3 landscape pages, 4 with the square root).
        // Columns held at their least or their longest line (wider would gain nothing) are
        // taken out and the rest shared again.
        const TEXT_POWER: f64 = 0.75;
        let text: Vec<f64> = text.iter().map(|&t| t as f64).collect();
        let mut fixed: Vec<Option<i64>> = vec![None; cols];
        loop {
            let free: Vec<usize> = (0..cols).filter(|&c| fixed[c].is_none()).collect();
            if free.is_empty() {
                break;
            }
            let taken: i64 = fixed.iter().flatten().sum();
            let room = (total64 - taken - free.iter().map(|&c| pad[c]).sum::<i64>()) as f64;
            let weight: f64 = free.iter().map(|&c| text[c].powf(TEXT_POWER)).sum();
            let n = free.len() as f64;
            let share = |c: usize| -> i64 {
                if weight > 0.0 {
                    (room * text[c].powf(TEXT_POWER) / weight) as i64
                } else {
                    (room / n) as i64
                }
            };
            // First the columns that would get more than their longest line, then those that
            // would get less than their least.
            let over: Vec<usize> = free
                .iter()
                .copied()
                .filter(|&c| share(c) > most[c])
                .collect();
            let under: Vec<usize> = free
                .iter()
                .copied()
                .filter(|&c| share(c) < least[c])
                .collect();
            if !over.is_empty() {
                for c in over {
                    fixed[c] = Some(most[c] + pad[c]);
                }
            } else if !under.is_empty() {
                for c in under {
                    fixed[c] = Some(least[c] + pad[c]);
                }
            } else {
                for c in free {
                    fixed[c] = Some(share(c) + pad[c]);
                }
            }
        }
        widths = fixed.into_iter().map(|w| w.unwrap_or(0)).collect();
        let sum: i64 = widths.iter().sum();
        widths = widths.iter().map(|w| w * total64 / sum).collect();
    }
    // What the integer division left goes to the widest column.
    let rest = total64 - widths.iter().sum::<i64>();
    if let Some(widest) = (0..cols).max_by_key(|&c| (widths[c], std::cmp::Reverse(c))) {
        widths[widest] += rest;
    }
    widths
        .into_iter()
        .map(|w| i32::try_from(w).unwrap_or(total))
        .collect()
}

/// Whether a heading (without run-in text) at `level` stays on the page of what follows:
/// yes when that is its own content (text, a table, a deeper heading), no when it is a
/// sibling or a higher heading, i.e. when the heading is a numbered item of a list.
pub(super) fn keeps_with_next(level: u8, next: Option<&Block>) -> bool {
    match next {
        Some(Block::Paragraph(_) | Block::Table(_)) => true,
        Some(Block::Heading { level: l, .. }) => *l > level,
        _ => false,
    }
}

/// Whether the paragraph of block `i` stays on the page of what follows because the
/// signature block comes next: the last paragraph of the text, the 附件说明 and the 署名 keep
/// with the 成文日期 (7.3.5: the 署名 and 成文日期 share a page with the text). When the text
/// ends at the foot of a page, its last lines move over with them: never a page that holds
/// only the signature, never a date alone.
pub(super) fn keeps_with_signature(blocks: &[Block], i: usize) -> bool {
    let signs = |b: Option<&Block>| matches!(b, Some(Block::Signature(_) | Block::Date(_)));
    match blocks.get(i) {
        Some(Block::Signature(_)) => matches!(blocks.get(i + 1), Some(Block::Date(_))),
        Some(Block::Attachments(_)) => signs(blocks.get(i + 1)),
        Some(Block::Paragraph(_) | Block::Heading { .. }) => match blocks.get(i + 1) {
            Some(Block::Attachments(_)) => signs(blocks.get(i + 2)),
            next => signs(next),
        },
        _ => false,
    }
}

// ---------------------------------------------------------------- the per-Fonts cache

/// Everything of a .docx that depends on the fonts only.
pub(super) struct FontParts {
    /// The finished parts in zip order, for a document with only the two page-number
    /// footers; `core.xml` and `document.xml`, the last two, are empty placeholders.
    parts: Vec<(String, Vec<u8>)>,
    /// The same for a document with more footers (landscape pages, a page without a number),
    /// by [`Footers::index`], each made when a first such document is written.
    more_parts: [OnceLock<Parts>; 4],
    /// The zip of the parts before those two, to which each document's two are appended, by
    /// [`Footers::index`], each made when first needed (zipping is most of what a first
    /// render in a process costs).
    zipped: [OnceLock<Option<Vec<u8>>>; 4],
    /// The start of a run in each [`Font`]: `<w:r>` for the paragraph style's font,
    /// `<w:r><w:rPr><w:rFonts …/></w:rPr>` for a font named on the run.
    runs: [String; 3],
}

/// Named parts of a package, in zip order.
type Parts = Vec<(String, Vec<u8>)>;

/// At most this many font sets are kept; the cache is cleared when a new one would pass it.
const CACHE_LIMIT: usize = 16;

fn cache() -> &'static Mutex<HashMap<Fonts, Arc<FontParts>>> {
    static CACHE: OnceLock<Mutex<HashMap<Fonts, Arc<FontParts>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The font-dependent parts for `fonts`, built on first use.
pub(super) fn font_parts(fonts: &Fonts) -> Result<Arc<FontParts>, PackError> {
    // A poisoned lock only means another thread panicked while inserting: the map is valid.
    if let Some(p) = cache().lock().unwrap_or_else(|e| e.into_inner()).get(fonts) {
        return Ok(Arc::clone(p));
    }
    // Built outside the lock: two threads may both build it once, with the same result.
    let built = Arc::new(FontParts::new(fonts)?);
    let mut map = cache().lock().unwrap_or_else(|e| e.into_inner());
    if map.len() >= CACHE_LIMIT {
        map.clear();
    }
    Ok(Arc::clone(map.entry(fonts.clone()).or_insert(built)))
}

impl FontParts {
    fn new(fonts: &Fonts) -> Result<FontParts, PackError> {
        let empty = Meta::default();
        let mut parts = package::finished_parts(parts::build(fonts).build(), fonts, &empty)?;
        for (name, bytes) in &mut parts {
            if name == DOCUMENT || name == CORE {
                bytes.clear();
            }
        }
        let run = |font: &str| {
            let f = escape_attr(&clean_line(font));
            format!(
                "<w:r><w:rPr><w:rFonts w:ascii=\"{f}\" w:hAnsi=\"{f}\" w:cs=\"{f}\" \
                 w:eastAsia=\"{f}\" /></w:rPr>"
            )
        };
        let n = parts.len();
        if n < 2 || parts[n - 2].0 != CORE || parts[n - 1].0 != DOCUMENT {
            return Err(layout_changed());
        }
        Ok(FontParts {
            parts,
            more_parts: Default::default(),
            zipped: Default::default(),
            runs: [
                "<w:r>".to_string(),
                run(&fonts.heading1),
                run(&fonts.heading2),
            ],
        })
    }
}

impl FontParts {
    /// The parts for a document with these `footers`.
    fn parts(&self, footers: Footers) -> &[(String, Vec<u8>)] {
        if footers == Footers::default() {
            &self.parts
        } else {
            self.more_parts[footers.index()]
                .get_or_init(|| package::with_footers(&self.parts, footers))
        }
    }

    /// The zip of the parts before `core.xml` and `document.xml`.
    fn zipped(&self, footers: Footers) -> Result<&[u8], PackError> {
        let parts = self.parts(footers);
        self.zipped[footers.index()]
            .get_or_init(|| package::zip_parts(&parts[..parts.len() - 2]).ok())
            .as_deref()
            .ok_or_else(|| PackError::Io(std::io::Error::other("zipping the fixed parts failed")))
    }
}

/// The two content parts are no longer zipped last.
fn layout_changed() -> PackError {
    PackError::Io(std::io::Error::other(
        "the parts of an empty document are not laid out as expected",
    ))
}

// ---------------------------------------------------------------- the parts

/// The .docx for `blocks`: the font-only parts zipped once per [`Fonts`] and reused, only
/// `core.xml` and `document.xml` compressed for each document.
pub(super) fn write(blocks: &[Block], fonts: &Fonts, meta: &Meta) -> Result<Vec<u8>, PackError> {
    let cached = font_parts(fonts)?;
    let (document, footers) = document_xml(blocks, &cached);
    let core = package::core_xml(meta);
    package::append(
        cached.zipped(footers)?,
        &[(CORE, &core), (DOCUMENT, document.as_bytes())],
    )
}

/// The finished parts of the .docx for `blocks`, in zip order, as [`super::docx_parts`] gives
/// them: the cached ones borrowed, `document.xml` and `core.xml` new.
pub(super) fn with_parts<T>(
    blocks: &[Block],
    fonts: &Fonts,
    meta: &Meta,
    f: impl FnOnce(&[(&str, &[u8])]) -> Result<T, PackError>,
) -> Result<T, PackError> {
    let cached = font_parts(fonts)?;
    let (document, footers) = document_xml(blocks, &cached);
    let core = package::core_xml(meta);
    let parts: Vec<(&str, &[u8])> = cached
        .parts(footers)
        .iter()
        .map(|(name, bytes)| {
            let bytes: &[u8] = match name.as_str() {
                DOCUMENT => document.as_bytes(),
                CORE => &core,
                _ => bytes,
            };
            (name.as_str(), bytes)
        })
        .collect();
    f(&parts)
}

// ---------------------------------------------------------------- XML text

/// Which cached run start to use: the paragraph style's font (nothing on the run), or a font
/// named on the run because it is not the style's (as [`super::run_in`]).
#[derive(Clone, Copy)]
enum Font {
    Style = 0,
    Heading1 = 1,
    Heading2 = 2,
}

/// `s` escaped as docx-rs escapes text and attribute values (after [`super::clean_text`] there
/// is no `\r` or `\n` left, which it would also touch).
fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

fn push_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&apos;",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(rep);
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

/// Writes one `w:t` (the canonical pass writes an empty one as an empty element).
/// `xml:space="preserve"` stays only on text with white space, as in the canonical pass.
fn push_t(out: &mut String, escaped_start: usize) {
    // `out[escaped_start..]` is the escaped text, already pushed after the open tag.
    let open = escaped_start - T_OPEN.len();
    if out.len() == escaped_start {
        out.truncate(open);
        out.push_str(T_EMPTY);
        return;
    }
    if !super::ooxml::has_xml_white_space(&out.as_bytes()[escaped_start..]) {
        out.replace_range(open..escaped_start, T_PLAIN);
    }
    out.push_str("</w:t>");
}

const T_OPEN: &str = "<w:t xml:space=\"preserve\">";
const T_PLAIN: &str = "<w:t>";
const T_EMPTY: &str = "<w:t/>";
const TEXT_WRAPPING: &str = "<w:br w:type=\"textWrapping\" />";

/// Whether XML 1.0 allows `c` (what [`super::clean_text`] keeps, besides tab and line breaks).
fn legal(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Whether `bytes` (UTF-8) go into XML text as they are: no control character, no XML
/// special, no U+FFFE or U+FFFF (EF BF BE / EF BF BF). Scanned 16 bytes at a time
/// ([`find_byte`]); only EF BF, which starts U+FFC0–U+FFFF, needs a look at a third byte.
fn is_plain(bytes: &[u8]) -> bool {
    let attention = |b: u8, next: u8| {
        (b < 0x20)
            | (b == b'&')
            | (b == b'<')
            | (b == b'>')
            | (b == b'"')
            | (b == b'\'')
            | ((b == 0xEF) & (next == 0xBF))
    };
    let mut from = 0;
    while let Some(i) = find_byte(bytes, from, attention) {
        if bytes[i] != 0xEF || matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) {
            return false;
        }
        from = i + 1;
    }
    true
}

/// The text of a run: [`super::clean_text`] of `text`, escaped, each line in a `w:t` and line
/// breaks as text-wrapping breaks; with `one_line`, line breaks
/// are spaces instead ([`clean_line`]).
fn push_text(out: &mut String, text: &str, one_line: bool) {
    // Fast path: nothing to clean or escape.
    if is_plain(text.as_bytes()) {
        if text.is_empty() {
            out.push_str(T_EMPTY);
            return;
        }
        // Plain text has no tabs or line breaks (they are controls): spaces are the only
        // white space it can hold.
        out.push_str(if text.contains(' ') { T_OPEN } else { T_PLAIN });
        out.push_str(text);
        out.push_str("</w:t>");
        return;
    }
    out.push_str(T_OPEN);
    let mut line = out.len();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' if one_line => out.push(' '),
            '\r' | '\n' => {
                push_t(out, line);
                out.push_str(TEXT_WRAPPING);
                out.push_str(T_OPEN);
                line = out.len();
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if legal(c) => out.push(c),
            _ => {}
        }
    }
    push_t(out, line);
}

// ---------------------------------------------------------------- paragraphs

/// Writes document.xml.
struct Writer<'a> {
    fonts: &'a FontParts,
    /// The signature block set tighter to stay on its page, if it is.
    tight: Option<Tight>,
}

/// Paragraph properties beyond the style, in schema order.
#[derive(Default, Clone, Copy)]
struct PPr {
    keep_next: bool,
    page_break_before: bool,
    before: Option<i32>,
    after: Option<i32>,
    right_indent: Option<i32>,
    /// Left indent and hanging indent (the 附件说明).
    hanging: Option<(i32, i32)>,
    center: bool,
    outline: Option<usize>,
    /// An exact line off the grid (a tightened signature block).
    line: Option<i32>,
}

impl Writer<'_> {
    /// Opens a paragraph with its style and properties (up to the end of `w:pPr`).
    fn open(&mut self, out: &mut String, style: &str, p: PPr) {
        out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
        out.push_str(style);
        out.push_str("\" />");
        if p.keep_next {
            out.push_str("<w:keepNext />");
        }
        if p.page_break_before {
            out.push_str("<w:pageBreakBefore />");
        }
        if p.line.is_some() {
            out.push_str("<w:snapToGrid w:val=\"0\" />");
        }
        if p.before.is_some() || p.after.is_some() || p.line.is_some() {
            out.push_str("<w:spacing");
            if let Some(b) = p.before {
                let _ = write!(out, " w:before=\"{b}\"");
            }
            if let Some(a) = p.after {
                let _ = write!(out, " w:after=\"{a}\"");
            }
            if let Some(l) = p.line {
                let _ = write!(out, " w:line=\"{l}\" w:lineRule=\"exact\"");
            }
            out.push_str(" />");
        }
        if let Some(r) = p.right_indent {
            let _ = write!(out, "<w:ind w:left=\"0\" w:right=\"{r}\" />");
        }
        if let Some((left, hanging)) = p.hanging {
            let _ = write!(
                out,
                "<w:ind w:left=\"{left}\" w:right=\"0\" w:hanging=\"{hanging}\" />"
            );
        }
        if p.center {
            out.push_str("<w:jc w:val=\"center\" />");
        }
        if let Some(l) = p.outline {
            let _ = write!(out, "<w:outlineLvl w:val=\"{l}\" />");
        }
        out.push_str("</w:pPr>");
    }

    /// A run of `text` in `font`, each line of it in a `w:t`, a text-wrapping break between.
    fn run(&self, out: &mut String, font: Font, text: &str) {
        out.push_str(&self.fonts.runs[font as usize]);
        push_text(out, text, false);
        out.push_str("</w:r>");
    }

    /// A run of `text` cleaned as by [`clean_line`] (one line).
    fn run_line(&self, out: &mut String, font: Font, text: &str) {
        out.push_str(&self.fonts.runs[font as usize]);
        push_text(out, text, true);
        out.push_str("</w:r>");
    }

    /// A line spread over the paragraph: `left` one character in (a full-width space, since
    /// a rule drawn as the paragraph's border spans it whole), then a tab to the right tab
    /// stop and the `right` runs (the 签发人 of a 版头, the 印发日期 of a 版记).
    fn spread(&self, out: &mut String, left: &str, right: &[(Font, &str)]) {
        self.run_line(
            out,
            Font::Style,
            &format!("\u{3000}{}", clean_line(left).trim()),
        );
        out.push_str(&self.fonts.runs[Font::Style as usize]);
        out.push_str("<w:tab /></w:r>");
        for (font, text) in right {
            self.run_line(out, *font, text);
        }
    }

    /// A paragraph with one run.
    fn simple(&mut self, out: &mut String, style: &str, p: PPr, font: Font, text: &str) {
        self.open(out, style, p);
        self.run(out, font, text);
        out.push_str("</w:p>");
    }

    /// The paragraph (or paragraphs, for the 附件说明) of block `i`, with `pageBreakBefore` if
    /// `pb`.
    /// `pb` is decided by the caller after the id is taken, which changes nothing here.
    fn paragraph(&mut self, out: &mut String, blocks: &[Block], i: usize, pb: bool) {
        let next_is_title = matches!(blocks.get(i + 1), Some(Block::Title(_)));
        let next_is_speaker = matches!(blocks.get(i + 1), Some(Block::Speaker(_)));
        let prev = if i > 0 { blocks.get(i - 1) } else { None };
        let tight = self.tight.as_ref().filter(|t| t.blocks.contains(&i));
        let base = PPr {
            page_break_before: pb,
            line: tight.map(|t| t.line),
            ..PPr::default()
        };
        // An empty line's worth of space before the 附件说明, the 署名 or the 成文日期.
        let blank = if tight.is_some() {
            TIGHT_BLANK
        } else {
            BLANK_LINE.0
        };
        match &blocks[i] {
            Block::Title(text) => {
                let p = if next_is_title {
                    PPr {
                        keep_next: true,
                        ..base
                    }
                } else {
                    PPr {
                        keep_next: next_is_speaker,
                        after: Some(BLANK_LINE.0),
                        ..base
                    }
                };
                self.simple(out, TITLE, p, Font::Style, text);
            }
            Block::Addressee(text) => self.simple(out, ADDRESSEE, base, Font::Style, text),
            Block::Speaker(text) => {
                let p = PPr {
                    keep_next: next_is_speaker,
                    after: (!next_is_speaker).then_some(BLANK_LINE.0),
                    center: true,
                    ..base
                };
                self.simple(out, ADDRESSEE, p, Font::Heading2, text);
            }
            Block::Heading {
                level,
                number,
                text,
                body,
            } => {
                let keep = keeps_with_next(*level, blocks.get(i + 1));
                let signs = keeps_with_signature(blocks, i);
                let level = usize::from((*level).clamp(1, 4)) - 1;
                // A run-in heading names its font when it is not the body's (levels 1 and 2).
                let head_font = [Font::Heading1, Font::Heading2, Font::Style, Font::Style][level];
                let head = format!("{number}{text}");
                match body {
                    None => {
                        let p = PPr {
                            keep_next: keep || signs,
                            ..base
                        };
                        self.simple(out, HEADINGS[level], p, Font::Style, &head);
                    }
                    Some(body) => {
                        let p = PPr {
                            keep_next: signs,
                            // An item without a title is body text: not in the navigation pane.
                            outline: (!text.is_empty()).then_some(level),
                            ..base
                        };
                        self.open(out, BODY, p);
                        self.run(out, head_font, &head);
                        self.run(out, Font::Style, body);
                        out.push_str("</w:p>");
                    }
                }
            }
            Block::Attachments(names) => {
                let numbered = names.len() > 1;
                let slot = if numbered {
                    attachment_number_slot(names.len()).0
                } else {
                    0
                };
                let left = ATTACHMENT_NAME_START.0 + slot;
                let keep = keeps_with_signature(blocks, i);
                for (n, name) in names.iter().enumerate() {
                    let first = n == 0;
                    let p = PPr {
                        keep_next: n + 1 < names.len() || keep,
                        page_break_before: pb && first,
                        before: first.then_some(blank),
                        line: base.line,
                        hanging: Some((
                            left,
                            if first {
                                left - FIRST_LINE_INDENT.0
                            } else {
                                slot
                            },
                        )),
                        ..PPr::default()
                    };
                    self.open(out, ATTACHMENT, p);
                    if first {
                        self.run(out, Font::Style, "附件：");
                    }
                    if numbered {
                        out.push_str(&self.fonts.runs[Font::Style as usize]);
                        let _ = write!(out, "<w:t>{}.</w:t><w:tab /></w:r>", n + 1);
                    }
                    self.run_line(out, Font::Style, name);
                    out.push_str("</w:p>");
                }
            }
            Block::Signature(text) => {
                let text = clean_line(text);
                let date_width = blocks[i + 1..]
                    .iter()
                    .find_map(|b| match b {
                        Block::Date(d) => Some(text_width(&clean_line(d))),
                        _ => None,
                    })
                    .unwrap_or_else(|| text_width("2025年1月1日"));
                let centre = DATE_RIGHT_INDENT.0 + date_width / 2;
                let right = (centre - text_width(&text) / 2).max(0);
                let p = PPr {
                    keep_next: keeps_with_signature(blocks, i),
                    before: Some(blank),
                    right_indent: Some(right),
                    ..base
                };
                self.open(out, SIGNATURE, p);
                self.run_line(out, Font::Style, &text);
                out.push_str("</w:p>");
            }
            Block::Date(text) => {
                let p = if matches!(prev, Some(Block::Signature(_))) {
                    base
                } else {
                    PPr {
                        before: Some(blank),
                        ..base
                    }
                };
                self.open(out, DATE, p);
                self.run_line(out, Font::Style, text);
                out.push_str("</w:p>");
            }
            Block::Paragraph(text) => {
                let p = PPr {
                    keep_next: keeps_with_signature(blocks, i),
                    ..base
                };
                self.simple(out, BODY, p, Font::Style, text);
            }
            Block::BannerLine { text, bold } => {
                let p = PPr {
                    keep_next: true,
                    ..base
                };
                let font = if *bold { Font::Heading1 } else { Font::Style };
                self.open(out, ADDRESSEE, p);
                self.run_line(out, font, text);
                out.push_str("</w:p>");
            }
            Block::Mark(text) => self.mark(out, blocks, i, text),
            Block::DocNumber { number, signers } => self.doc_number(out, number, signers),
            Block::Annex { .. }
            | Block::Table(_)
            | Block::PageBreak
            | Block::Cc(_)
            | Block::Printed { .. } => {
                self.open(out, BODY, base);
                out.push_str("</w:p>");
            }
        }
    }

    // ------------------------------------------------------------ 版头 (7.2)

    /// A line of the 发文机关标志: red 小标宋 (the [`MARK`] style), centred, as large as the
    /// 版心's width allows up to 初号; the first line's top edge 35 mm below the 版心's top.
    fn mark(&mut self, out: &mut String, blocks: &[Block], i: usize, text: &str) {
        let text = clean_line(text);
        let Mark { size, before, line } = mark_metrics(blocks, i, &text);
        let _ = write!(
            out,
            "<w:p><w:pPr><w:pStyle w:val=\"{MARK}\" /><w:keepNext />\
             <w:spacing w:before=\"{before}\" w:line=\"{line}\" w:lineRule=\"exact\" /></w:pPr>\
             <w:r><w:rPr><w:sz w:val=\"{size}\" /><w:szCs w:val=\"{size}\" /></w:rPr>"
        );
        push_text(out, &text, true);
        out.push_str("</w:r></w:p>");
    }

    /// The 发文字号 two lines below the mark, centred (or, with 签发人, one character in from
    /// the left and the 签发人 ending one character in from the right), with the red separator
    /// 4 mm below it as its bottom border, and two empty lines before the title.
    fn doc_number(&mut self, out: &mut String, number: &str, signers: &[crate::blocks::Text]) {
        let gap = separator_space();
        let two_lines = 2 * LINE_PITCH.0;
        let _ = write!(
            out,
            "<w:p><w:pPr><w:pStyle w:val=\"{ADDRESSEE}\" /><w:keepNext /><w:pBdr>\
             <w:bottom w:val=\"single\" w:sz=\"{SEPARATOR_SIZE}\" w:space=\"{gap}\" w:color=\"{RED}\" />\
             </w:pBdr>"
        );
        if signers.is_empty() {
            let _ = write!(
                out,
                "<w:spacing w:before=\"{two_lines}\" w:after=\"{two_lines}\" />\
                 <w:jc w:val=\"center\" /></w:pPr>"
            );
            self.run_line(out, Font::Style, number);
        } else {
            // One character in from the left: a full-width space, as the separator spans the
            // paragraph; the 签发人 ends one character in from the right (a right tab).
            let _ = write!(
                out,
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\" /></w:tabs>\
                 <w:spacing w:before=\"{two_lines}\" w:after=\"{two_lines}\" /></w:pPr>",
                TEXT_WIDTH.0 - BODY_EM.0
            );
            let names: Vec<String> = signers.iter().map(|s| clean_line(s)).collect();
            self.spread(
                out,
                number,
                &[
                    (Font::Style, "签发人："),
                    (Font::Heading2, &names.join("\u{3000}")),
                ],
            );
        }
        out.push_str("</w:p>");
    }

    // ------------------------------------------------------------ tables

    /// A table of the blocks (the 任务分工表, an annex table): fixed layout as wide as the 版心,
    /// rows never split, the first row a header row repeated on every page when more follow.
    fn table(&mut self, out: &mut String, t: &Table) {
        let cols = t.header.len().max(1);
        let (total, em, text_style, header_style) = if t.wide {
            (
                LANDSCAPE_TEXT_WIDTH.0,
                WIDE_TABLE_SIZE.em().0,
                WIDE_TABLE_TEXT,
                WIDE_TABLE_HEADER,
            )
        } else {
            (
                TEXT_WIDTH.0,
                BODY_EM.0 + BODY_CHAR_SPACING,
                TABLE_TEXT,
                TABLE_HEADER,
            )
        };
        let widths = column_widths(t, total, em);
        let pad = TABLE_CELL_PADDING.0;
        out.push_str("<w:tbl><w:tblPr>");
        let _ = write!(out, "<w:tblW w:w=\"{total}\" w:type=\"dxa\" />");
        out.push_str("<w:jc w:val=\"center\" /><w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                out,
                "<w:{side} w:val=\"single\" w:sz=\"{TABLE_BORDER_SIZE}\" w:space=\"0\" \
                 w:color=\"000000\" />"
            );
        }
        out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\" />");
        let _ = write!(
            out,
            "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\" /><w:left w:w=\"{pad}\" w:type=\"dxa\" />\
             <w:bottom w:w=\"0\" w:type=\"dxa\" /><w:right w:w=\"{pad}\" w:type=\"dxa\" />\
             </w:tblCellMar></w:tblPr><w:tblGrid>"
        );
        for w in &widths {
            let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
        }
        out.push_str("</w:tblGrid>");
        let header_row = if t.rows.is_empty() {
            "<w:tr><w:trPr><w:cantSplit /></w:trPr>"
        } else {
            "<w:tr><w:trPr><w:cantSplit /><w:tblHeader/></w:trPr>"
        };
        out.push_str(header_row);
        for i in 0..cols {
            let text = t.header.get(i).map(AsRef::as_ref).unwrap_or("");
            self.cell(out, &widths, i, header_style, text);
        }
        out.push_str("</w:tr>");
        for row in &t.rows {
            match row {
                Row::Group(text) => {
                    out.push_str("<w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc><w:tcPr>");
                    let _ = write!(
                        out,
                        "<w:tcW w:w=\"{total}\" w:type=\"dxa\" /><w:gridSpan w:val=\"{cols}\" />\
                         <w:tcMar><w:right w:w=\"{}\" w:type=\"dxa\" /></w:tcMar></w:tcPr>",
                        TABLE_LAST_CELL_PADDING.0
                    );
                    let p = PPr {
                        keep_next: true,
                        ..PPr::default()
                    };
                    self.simple(out, text_style, p, Font::Heading1, text);
                    out.push_str("</w:tc></w:tr>");
                }
                Row::Cells(cells) => {
                    out.push_str("<w:tr><w:trPr><w:cantSplit /></w:trPr>");
                    for i in 0..cols {
                        let text = cells.get(i).map(AsRef::as_ref).unwrap_or("");
                        self.cell(out, &widths, i, text_style, text);
                    }
                    out.push_str("</w:tr>");
                }
            }
        }
        out.push_str("</w:tbl>");
    }

    fn cell(&mut self, out: &mut String, widths: &[i32], col: usize, style: &str, text: &str) {
        let _ = write!(
            out,
            "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\" />",
            widths[col]
        );
        if col + 1 == widths.len() {
            let _ = write!(
                out,
                "<w:tcMar><w:right w:w=\"{}\" w:type=\"dxa\" /></w:tcMar>",
                TABLE_LAST_CELL_PADDING.0
            );
        }
        out.push_str("</w:tcPr>");
        let p = PPr {
            center: col == 0 && (style == TABLE_TEXT || style == WIDE_TABLE_TEXT),
            ..PPr::default()
        };
        self.simple(out, style, p, Font::Style, text);
        out.push_str("</w:tc>");
    }
}

/// The annex frame around `paragraphs`: a borderless one-cell table as wide as the 版心 that
/// holds an annex's text after its label and title. What it adds is structure: the annex's
/// headings and text are not body text of the document, so a reader of the structure (a
/// screen reader, Word's navigation, check-docx) finds the 落款 and 成文日期 where the main text
/// ends. It is invisible (no borders, no padding, 28 characters a line) and its one row
/// breaks across pages, so a long annex flows like body text.
fn push_frame(out: &mut String, paragraphs: &str) {
    let w = ANNEX_FRAME_WIDTH.0;
    let pad = ANNEX_FRAME_PADDING.0;
    let _ = write!(out, "<w:tbl><w:tblPr><w:tblW w:w=\"{w}\" w:type=\"dxa\" />");
    out.push_str("<w:jc w:val=\"center\" /><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let _ = write!(
            out,
            "<w:{side} w:val=\"nil\" w:sz=\"2\" w:space=\"0\" w:color=\"000000\" />"
        );
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\" /><w:tblCellMar>");
    for side in ["top", "left", "bottom", "right"] {
        let _ = write!(out, "<w:{side} w:w=\"{pad}\" w:type=\"dxa\" />");
    }
    let _ = write!(
        out,
        "</w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\"{w}\"/></w:tblGrid>\
         <w:tr><w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\" /></w:tcPr>"
    );
    out.push_str(paragraphs);
    out.push_str("</w:tc></w:tr></w:tbl>");
}

// ---------------------------------------------------------------- the body

/// The body as it is written.
struct Body {
    out: String,
    /// Whether anything was written, and whether the last child is a table.
    any: bool,
    last_is_table: bool,
    /// The last paragraph written is an empty one that separates two tables.
    last_is_separator: bool,
    /// The paragraphs of the open annex frame, if one is open.
    frame: Option<String>,
    /// Set from the first annex on: everything after it is laid out in frames and tables.
    in_annex: bool,
    /// The next child starts a new page.
    page_break: bool,
    /// The section being written is landscape.
    landscape: bool,
    /// A section has just been ended: what comes next starts a new page without a break.
    section_start: bool,
}

impl Body {
    /// What goes before a new table (or frame): a paragraph holding only a page break (style
    /// 分页) when the table starts a new page (a table cannot carry pageBreakBefore, and Word
    /// ignores it in a cell), else an empty paragraph if a table comes just before (Word would
    /// merge the two tables), else nothing. So no two empty paragraphs follow each other.
    fn separate(&mut self, w: &mut Writer<'_>) {
        if std::mem::take(&mut self.page_break) {
            w.open(&mut self.out, PAGE_BREAK, PPr::default());
            self.out.push_str(&w.fonts.runs[Font::Style as usize]);
            self.out.push_str("<w:br w:type=\"page\" /></w:r></w:p>");
            self.paragraph_written();
        } else if self.last_is_table {
            w.open(&mut self.out, TABLE_TEXT, PPr::default());
            self.out.push_str("</w:p>");
            self.paragraph_written();
            self.last_is_separator = true;
        }
    }

    fn paragraph_written(&mut self) {
        self.any = true;
        self.last_is_table = false;
        self.last_is_separator = false;
        self.section_start = false;
    }

    /// Ends the section written so far (its orientation is [`Body::landscape`]): its
    /// properties go at the end of its last paragraph, or in a paragraph of a point after a
    /// final table. The next section starts on a new page.
    fn end_section(&mut self) {
        self.close_frame();
        if !self.any {
            return;
        }
        let mut sect = String::with_capacity(600);
        push_section(&mut sect, self.landscape, true);
        let last_ppr = self.out.rfind("</w:pPr>");
        let last_p = self.out.rfind("<w:p>");
        match (last_ppr, last_p) {
            (Some(at), Some(p)) if !self.last_is_table && p < at => {
                self.out.insert_str(at, &sect);
            }
            _ => push_point_paragraph(&mut self.out, &sect),
        }
        self.last_is_table = false;
        self.last_is_separator = false;
        self.page_break = false;
        self.section_start = true;
    }

    fn frame(&mut self, w: &mut Writer<'_>) -> &mut String {
        if self.frame.is_none() {
            self.separate(w);
        }
        self.frame.get_or_insert_with(String::new)
    }

    fn close_frame(&mut self) {
        if let Some(paragraphs) = self.frame.take() {
            push_frame(&mut self.out, &paragraphs);
            self.any = true;
            self.last_is_table = true;
        }
    }
}

/// `word/document.xml` for `blocks` in `fonts` (for the tests).
#[cfg(test)]
pub(super) fn document(blocks: &[Block], fonts: &Fonts) -> Result<String, PackError> {
    Ok(document_xml(blocks, &*font_parts(fonts)?).0)
}

/// Which blocks go on landscape pages: a wide table, and every block of an annex that holds
/// one (its label, title and text go with it). The 版记 and the main text stay portrait.
fn landscape_blocks(blocks: &[Block]) -> Vec<bool> {
    let wide = |b: &Block| matches!(b, Block::Table(t) if t.wide);
    let mut out: Vec<bool> = blocks.iter().map(wide).collect();
    let mut i = 0;
    while i < blocks.len() {
        if matches!(blocks[i], Block::Annex { .. }) {
            let end = blocks[i + 1..]
                .iter()
                .position(|b| {
                    matches!(
                        b,
                        Block::Annex { .. } | Block::Cc(_) | Block::Printed { .. }
                    )
                })
                .map_or(blocks.len(), |k| i + 1 + k);
            if blocks[i..end].iter().any(wide) {
                out[i..end].fill(true);
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Where the 版记 of `blocks` goes (`None` without one): after the pages of the text, and
/// after a blank page when the text surely ends on an even page.
pub(super) fn record_page(blocks: &[Block]) -> Option<RecordPlace> {
    let landscape = landscape_blocks(blocks);
    let tight = super::pages::tight(blocks, &landscape);
    record_page_of(blocks, &landscape, tight.as_ref())
}

/// The 版记's place, with [`landscape_blocks`] and the tightened signature block known.
fn record_page_of(
    blocks: &[Block],
    landscape: &[bool],
    tight: Option<&Tight>,
) -> Option<RecordPlace> {
    if !blocks
        .iter()
        .any(|b| matches!(b, Block::Cc(_) | Block::Printed { .. }))
    {
        return None;
    }
    let estimate = super::pages::estimate(blocks, landscape, tight);
    let blank = estimate.sure && estimate.pages.is_multiple_of(2);
    Some(RecordPlace {
        page: estimate.pages + 1 + usize::from(blank),
        sure: estimate.sure,
        blank,
    })
}

/// Where the 版记 goes: its page, whether the page count is sure, and whether a blank page
/// comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RecordPlace {
    pub page: usize,
    pub sure: bool,
    pub blank: bool,
}

/// `word/document.xml` for `blocks`, and the footers beyond the two page-number footers that
/// the package must then hold (the landscape pages', the blank one).
fn document_xml(blocks: &[Block], fonts: &FontParts) -> (String, Footers) {
    let text: usize = blocks.iter().map(block_len).sum();
    let landscape = landscape_blocks(blocks);
    let tight = super::pages::tight(blocks, &landscape);
    let mut w = Writer {
        fonts,
        tight: tight.clone(),
    };
    let mut body = Body {
        out: String::with_capacity(HEAD.len() + 3 * text + 4096),
        any: false,
        last_is_table: false,
        last_is_separator: false,
        frame: None,
        in_annex: false,
        page_break: false,
        landscape: false,
        section_start: false,
    };
    body.out.push_str(HEAD);
    let mut record = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if matches!(block, Block::Cc(_) | Block::Printed { .. }) {
            // The 版记 ends the document, on a page of its own (below).
            record.push(block);
            continue;
        }
        if landscape[i] != body.landscape {
            body.end_section();
            body.landscape = landscape[i];
        }
        match block {
            Block::Annex { label, title } => {
                body.in_annex = true;
                body.close_frame();
                // Label and title are body paragraphs ; the label
                // starts the new page itself (or the section it opens does).
                let new_page = PPr {
                    page_break_before: body.any && !body.section_start,
                    ..PPr::default()
                };
                body.page_break = false;
                w.open(&mut body.out, ANNEX_LABEL, new_page);
                w.run_line(&mut body.out, Font::Style, label);
                body.out.push_str("</w:p>");
                // A long title breaks by meaning, at the width of its page.
                w.simple(
                    &mut body.out,
                    ANNEX_TITLE,
                    PPr::default(),
                    Font::Style,
                    &crate::titles::annex_title(title, body.landscape),
                );
                body.paragraph_written();
            }
            Block::Table(t) => {
                body.close_frame();
                body.separate(&mut w);
                w.table(&mut body.out, t);
                body.any = true;
                body.last_is_table = true;
                body.section_start = false;
            }
            Block::PageBreak => {
                body.close_frame();
                body.page_break = !body.section_start;
            }
            // An empty 附件说明 writes nothing.
            Block::Attachments(names) if names.is_empty() => {}
            _ => {
                if body.in_annex {
                    let frame = body.frame(&mut w);
                    w.paragraph(frame, blocks, i, false);
                } else {
                    let pb = std::mem::take(&mut body.page_break);
                    w.paragraph(&mut body.out, blocks, i, pb);
                    body.paragraph_written();
                }
            }
        }
    }
    body.close_frame();
    let mut footers = Footers {
        landscape: landscape.contains(&true),
        blank: false,
    };
    if !record.is_empty() {
        // The 版记 falls on an even page (7.4, 7.5): when the text surely ends on an even
        // page, a blank page comes between, and neither page carries a number. When the page
        // count is not sure, nothing is added (README, Limits).
        footers.blank = record_page_of(blocks, &landscape, tight.as_ref()).is_some_and(|r| r.blank);
        let new_page = if footers.blank {
            // The text's section ends here; the blank page is a section of its own (one empty
            // paragraph ending it, which readers take for the section break it is, not for
            // an empty line), and the 版记 starts the next.
            body.end_section();
            body.landscape = false;
            let _ = write!(body.out, "<w:p><w:pPr><w:pStyle w:val=\"{BODY}\" />");
            push_section(&mut body.out, false, false);
            body.out.push_str("</w:pPr></w:p>");
            false
        } else if body.landscape {
            body.end_section();
            body.landscape = false;
            false
        } else {
            true
        };
        push_record(&mut body.out, &w, &record, new_page);
    } else if body.last_is_table && !body.last_is_separator {
        // Word ends a body that ends in a table with a paragraph of its own, which can make
        // a blank numbered page when the table fills its last page: end with one of a point.
        // (Not after a separator: two empty paragraphs with only a table between them read as
        // a run of empty lines.)
        push_point_paragraph(&mut body.out, "");
    }
    push_section(&mut body.out, body.landscape, !footers.blank);
    body.out.push_str("</w:body></w:document>");
    (body.out, footers)
}

/// A paragraph one point high, holding `inside` (a section's properties) at the end of its
/// paragraph properties: what ends a body, or a section, whose last child is a table.
fn push_point_paragraph(out: &mut String, inside: &str) {
    let _ = write!(
        out,
        "<w:p><w:pPr><w:pStyle w:val=\"{TABLE_TEXT}\" /><w:snapToGrid w:val=\"0\" />\
         <w:spacing w:line=\"20\" w:lineRule=\"exact\" />{inside}</w:pPr></w:p>"
    );
}

/// The section properties: the page-number footers (odd pages the default, even pages their
/// own), A4, the GB/T 9704 margins, and the line grid of 22 lines a page; on a landscape
/// section the page turned, its margins turned with it (the 版心 keeps its place on the
/// sheet) and the footers with the turned page number. A section that is not `numbered` (the
/// blank page before the 版记 and the 版记's page) names the empty footer for both.
fn push_section(out: &mut String, landscape: bool, numbered: bool) {
    let ([odd, even], [w, h], [top, right, bottom, left], footer) = if landscape {
        (
            LANDSCAPE_FOOTER_IDS,
            [PAGE_HEIGHT.0, PAGE_WIDTH.0],
            [
                LANDSCAPE_MARGIN_TOP.0,
                LANDSCAPE_MARGIN_RIGHT.0,
                LANDSCAPE_MARGIN_BOTTOM.0,
                LANDSCAPE_MARGIN_LEFT.0,
            ],
            LANDSCAPE_FOOTER_DISTANCE.0,
        )
    } else {
        (
            FOOTER_IDS,
            [PAGE_WIDTH.0, PAGE_HEIGHT.0],
            [MARGIN_TOP.0, MARGIN_RIGHT.0, MARGIN_BOTTOM.0, MARGIN_LEFT.0],
            FOOTER_DISTANCE.0,
        )
    };
    let [odd, even] = if numbered {
        [odd, even]
    } else {
        [BLANK_FOOTER_ID; 2]
    };
    let orient = if landscape {
        " w:orient=\"landscape\""
    } else {
        ""
    };
    let _ = write!(
        out,
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"{odd}\" />\
         <w:footerReference w:type=\"even\" r:id=\"{even}\" />\
         <w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient} />\
         <w:pgMar w:top=\"{top}\" w:right=\"{right}\" w:bottom=\"{bottom}\" w:left=\"{left}\" \
         w:header=\"{}\" w:footer=\"{footer}\" w:gutter=\"0\" /><w:cols w:space=\"425\" w:num=\"1\" />\
         <w:docGrid w:type=\"lines\" w:linePitch=\"{}\" /></w:sectPr>",
        HEADER_DISTANCE.0, LINE_PITCH.0,
    );
}

/// The 版记 (7.4) at the foot of a page of its own: 抄送：… 。 continuing under the first name
/// (a one-cell table, so that its text keeps a character from each side while the rule above
/// it spans the 版心), then the 印发机关 and the 印发日期 + 印发, one character in from each
/// side (a paragraph, which also ends the body); 4号仿宋 on exact lines; a thick rule above and
/// below, thin ones between (7.4.1).
///
/// The page is a new one, so its layout is known: an empty paragraph as tall as the 版心 less
/// the 版记 starts it, and the last rule lands on the foot of the 版心. (LibreOffice ignores a
/// section aligned to the bottom and a table anchored to the bottom margin, and meets an
/// even-page section break by skipping a page number; so the blank page that makes the 版记's
/// page even is written out when [`super::pages`] is sure it is needed.)
fn push_record(out: &mut String, w: &Writer<'_>, record: &[&Block], new_page: bool) {
    let width = TEXT_WIDTH.0;
    let side = RECORD_SIDE.0;
    let pad = RECORD_PADDING.0;
    let line = RECORD_LINE.0;
    let eighths = |sz: usize| sz as i32 * 20 / 8;
    let cc = record.iter().find_map(|b| match b {
        Block::Cc(names) => Some(names),
        _ => None,
    });
    let (organ, date) = record
        .iter()
        .find_map(|b| match b {
            Block::Printed { organ, date } => Some((organ.as_ref(), date.as_ref())),
            _ => None,
        })
        .unwrap_or(("", ""));
    let mut height = line + 2 * pad + eighths(RECORD_THICK);
    if let Some(names) = cc {
        height += cc_lines(names) * line + 2 * pad + eighths(RECORD_THICK);
    } else {
        height += eighths(RECORD_THICK);
    }
    // What LibreOffice adds around exact lines and borders, measured: about 2 pt.
    let slack = 50;
    let spacer = (TEXT_HEIGHT.0 - height - slack).max(20);
    let break_before = if new_page {
        "<w:pageBreakBefore />"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<w:p><w:pPr><w:pStyle w:val=\"{RECORD}\" />{break_before}<w:snapToGrid w:val=\"0\" />\
         <w:spacing w:line=\"{spacer}\" w:lineRule=\"exact\" /></w:pPr></w:p>"
    );
    let rule = |which: &str, sz: usize| {
        format!(
            "<w:{which} w:val=\"single\" w:sz=\"{sz}\" w:space=\"{}\" w:color=\"000000\" />",
            pad / 20
        )
    };
    if let Some(names) = cc {
        let mut text = format!("抄送：{}", clean_line(names).trim());
        if !text.ends_with('。') {
            text.push('。');
        }
        let _ = write!(
            out,
            "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\" /><w:jc w:val=\"center\" />\
             <w:tblBorders>\
             <w:top w:val=\"single\" w:sz=\"{RECORD_THICK}\" w:space=\"0\" w:color=\"000000\" />\
             <w:left w:val=\"nil\" /><w:bottom w:val=\"nil\" /><w:right w:val=\"nil\" />\
             <w:insideH w:val=\"nil\" /><w:insideV w:val=\"nil\" /></w:tblBorders>\
             <w:tblLayout w:type=\"fixed\" /><w:tblCellMar><w:top w:w=\"{pad}\" w:type=\"dxa\" />\
             <w:left w:w=\"0\" w:type=\"dxa\" /><w:bottom w:w=\"{pad}\" w:type=\"dxa\" />\
             <w:right w:w=\"0\" w:type=\"dxa\" /></w:tblCellMar></w:tblPr>\
             <w:tblGrid><w:gridCol w:w=\"{width}\"/></w:tblGrid>\
             <w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\" />\
             </w:tcPr><w:p><w:pPr><w:pStyle w:val=\"{RECORD}\" /><w:keepNext />\
             <w:spacing w:line=\"{line}\" w:lineRule=\"exact\" />\
             <w:ind w:left=\"{}\" w:right=\"{side}\" w:hanging=\"{}\" /></w:pPr>",
            4 * side,
            3 * side
        );
        w.run_line(out, Font::Style, &text);
        out.push_str("</w:p></w:tc></w:tr></w:tbl>");
    }
    let top = rule(
        "top",
        if cc.is_some() {
            RECORD_THIN
        } else {
            RECORD_THICK
        },
    );
    let bottom = rule("bottom", RECORD_THICK);
    let _ = write!(
        out,
        "<w:p><w:pPr><w:pStyle w:val=\"{RECORD}\" /><w:pBdr>{top}{bottom}</w:pBdr>\
         <w:tabs><w:tab w:val=\"right\" w:pos=\"{}\" /></w:tabs>\
         <w:spacing w:line=\"{line}\" w:lineRule=\"exact\" /></w:pPr>",
        width - side
    );
    let date = format!("{}印发", clean_line(date).trim());
    w.spread(out, organ, &[(Font::Style, &date)]);
    out.push_str("</w:p>");
}

/// How many lines the 抄送 of the 版记 takes: it wraps after the characters that fit between
/// its indents (a full-width character one 4号 em, a half-width one half).
fn cc_lines(names: &str) -> i32 {
    let side = RECORD_SIDE.0;
    let half_ems = crate::chinese::width(&clean_line(names)) as i32 + 2 * 3 + 2;
    let first = (TEXT_WIDTH.0 - 2 * side) / side * 2;
    let next = (TEXT_WIDTH.0 - 5 * side) / side * 2;
    if half_ems <= first {
        1
    } else {
        1 + (half_ems - first + next - 1) / next
    }
}

/// A line of the 发文机关标志 as it is set: its size in half-points, the space above it and its
/// exact line, in twips (the page estimate counts the same).
pub(super) struct Mark {
    pub size: i32,
    pub before: i32,
    pub line: i32,
}

/// The [`Mark`] of block `i`, a line of the 发文机关标志 reading `text` (cleaned): an exact line
/// a fifth taller than the type, the glyphs' top about a tenth of the size below the line's
/// top; the first line's top edge 35 mm below the 版心's top, less the 版头 lines above it.
pub(super) fn mark_metrics(blocks: &[Block], i: usize, text: &str) -> Mark {
    let first = i == 0 || !matches!(blocks[i - 1], Block::Mark(_));
    let size = mark_size(text);
    let em = size * 10;
    let mut before = 0;
    if first {
        let above = blocks[..i]
            .iter()
            .filter(|b| matches!(b, Block::BannerLine { .. }))
            .count() as i32;
        before = (MARK_TOP.0 - above * LINE_PITCH.0 - em / 10).max(0);
    }
    Mark {
        size,
        before,
        line: em * 6 / 5,
    }
}

/// The distance of the red separator from the 发文字号 above it, in points (`w:space`): 4 mm
/// from the glyphs (7.2.7), less what the line's box adds below them.
pub(super) const fn separator_space() -> i32 {
    (SEPARATOR_GAP.0 - SEPARATOR_LINE_FOOT.0) / 20
}

/// The size, in half-points, of a line of the 发文机关标志: as large as fits the 版心 (with a
/// character to spare), at most 初号.
fn mark_size(text: &str) -> i32 {
    let chars = (crate::chinese::width(text) as i32 + 1) / 2 + 1;
    (TEXT_WIDTH.0 / chars.max(1) / 10).min(MARK_MAX_SIZE.0 as i32)
}

/// About how many bytes of text a block holds (for the buffer's first size).
fn block_len(b: &Block) -> usize {
    let markup = 400;
    match b {
        Block::Title(t)
        | Block::Addressee(t)
        | Block::Speaker(t)
        | Block::Signature(t)
        | Block::Date(t)
        | Block::Paragraph(t) => t.len() + markup,
        Block::Heading { text, body, .. } => {
            text.len() + body.as_ref().map_or(0, |b| b.len() + markup) + markup
        }
        Block::Attachments(names) => names.iter().map(|n| n.len() + markup).sum(),
        Block::Annex { label, title } => label.len() + title.len() + 3 * markup,
        Block::Table(t) => {
            t.rows
                .iter()
                .map(|r| match r {
                    Row::Cells(c) => c.iter().map(|s| s.len() + 2 * markup).sum::<usize>() + 50,
                    Row::Group(g) => g.len() + 3 * markup,
                })
                .sum::<usize>()
                + 2000
        }
        Block::PageBreak => markup,
        Block::BannerLine { text, .. } | Block::Mark(text) | Block::Cc(text) => text.len() + markup,
        Block::DocNumber { number, signers } => {
            number.len() + signers.iter().map(|s| s.len()).sum::<usize>() + 2 * markup
        }
        Block::Printed { organ, date } => organ.len() + date.len() + 2 * markup,
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain;

    #[test]
    fn plain_text_is_recognised_byte_for_byte() {
        let old = |s: &str| {
            s.bytes()
                .all(|b| b >= 0x20 && !matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
                && !s.contains(['\u{FFFE}', '\u{FFFF}'])
        };
        let pieces = [
            "",
            "普通文字",
            "，：（）",
            "a&b",
            "<",
            ">",
            "\"",
            "'",
            "\t",
            "\n",
            "\r",
            "\u{1}",
            "\u{FFFD}",
            "\u{FFFE}",
            "\u{FFFF}",
            "\u{FF0C}",
            "\u{EFFF}",
            "\u{F8F0}",
            "😀",
            " ",
        ];
        // Every pair, at every offset in and across the 16-byte chunks of the scan.
        for pad in 0..=33 {
            let lead = "文".repeat(pad / 3) + &"x".repeat(pad % 3);
            for a in pieces {
                for b in pieces {
                    let s = format!("{lead}{a}{b}{a}");
                    assert_eq!(is_plain(s.as_bytes()), old(&s), "{s:?}");
                }
            }
        }
    }
}
