//! How many pages the text takes before the 版记: an estimate of the layout, for the one
//! decision that needs the page count (GB/T 9704 7.4, 7.5: the 版记 falls on an even page,
//! with a blank page before it when needed).
//!
//! The writer puts almost everything on the 22-line grid, so the layout is close to
//! arithmetic: every body line is one grid line, a paragraph breaks after 28 characters,
//! headings keep with what follows them, the signature block keeps with the last lines of the
//! text, table rows never split. The estimate follows those rules line by line, the way the
//! document writer sets them ([`super::document`]), and breaks lines as LibreOffice does
//! (no punctuation squeezed; `，。、` may hang past the edge; a closing mark never starts a
//! line, an opening one never ends one; a run of Latin letters or digits stays whole).
//!
//! A font's widths, Word's squeezed punctuation and rounding can still move a line or two, so
//! the estimate says how sure it is: every stretch of pages that starts on a new page (the
//! text, each annex, each landscape table) must end with enough lines to spare on its last
//! page, away from both ends, for its page count to be taken as known.

use super::clean_line;
use super::document::{
    column_widths, keeps_with_next, keeps_with_signature, mark_metrics, separator_space,
};
use crate::blocks::{Block, Row, Table};
use crate::chinese::{is_cjk, is_half_width};
use crate::layout::{
    ATTACHMENT_NAME_START, BLANK_LINE, BODY_CHAR_SPACING, BODY_EM, FIRST_LINE_INDENT,
    LANDSCAPE_TEXT_WIDTH, LINE_PITCH, SEPARATOR_SIZE, TABLE_CELL_PADDING, TABLE_LAST_CELL_PADDING,
    TABLE_LINE, TEXT_HEIGHT, TEXT_WIDTH, TITLE_SIZE, WIDE_TABLE_LINE, WIDE_TABLE_SIZE,
    attachment_number_slot,
};

/// What the estimate found: the pages the blocks take, and whether that count is sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Estimate {
    pub pages: usize,
    pub sure: bool,
}

/// Lines kept free of either end of a stretch's last page for its count to be sure: what a
/// line breaking that differs now and then (another font's digits, Word's squeezed
/// punctuation) can move, plus one line for every three full pages before it.
const SURE_LINES: i32 = 2;

/// A piece of the layout that is not split over pages: a line of a paragraph, a table row.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Space above it (paragraph spacing before its first line) and its own height, twips.
    before: i32,
    height: i32,
    /// It stays on the page of the next piece.
    keep: bool,
    /// It starts a new page.
    new_page: bool,
    /// The height of a table's repeated header when it is a row of that table after the
    /// header (0 otherwise): a page that starts with it starts with the header.
    header: i32,
    /// The page is landscape.
    landscape: bool,
    /// The paragraph (or row) it belongs to: a paragraph that keeps with the next moves to
    /// the next page whole, as LibreOffice moves it.
    para: usize,
    /// The block it belongs to, and its line or row in it (for the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    block: usize,
    #[cfg_attr(not(test), allow(dead_code))]
    line: i32,
}

/// Lays the pieces out: (pages, whether every stretch ends with room to spare).
fn lay_out(pieces: &[Piece]) -> Estimate {
    lay_out_pages(pieces).0
}

/// [`lay_out`], with the first piece of every page and the fill of every page.
fn lay_out_pages(pieces: &[Piece]) -> (Estimate, Vec<(usize, i32)>) {
    let mut starts: Vec<(usize, i32)> = Vec::new();
    let mut pages = 0usize;
    let mut sure = true;
    let mut y = 0;
    // The first piece of the current page, and how many pages the current stretch has.
    let mut first = 0usize;
    let mut stretch = 0;
    let mut i = 0;
    while i < pieces.len() {
        let p = pieces[i];
        if p.new_page || pages == 0 {
            if pages > 0 {
                sure &= spare(y, page_height(pieces[i - 1].landscape), stretch);
            }
            if let Some(s) = starts.last_mut() {
                s.1 = y;
            }
            pages += 1;
            stretch = 1;
            y = 0;
            first = i;
            starts.push((i, 0));
        }
        let need = p.before + p.height;
        if y > 0 && y + need > page_height(p.landscape) + 20 {
            // Move back over the paragraphs that keep with this one, unless they fill the
            // page.
            let mut start = i;
            while start > first && pieces[start - 1].keep {
                start -= 1;
                while start > first && pieces[start - 1].para == pieces[start].para {
                    start -= 1;
                }
            }
            if start > first {
                let moved: i32 = pieces[start..i].iter().map(|p| p.before + p.height).sum();
                y -= moved;
                i = start;
            }
            if let Some(s) = starts.last_mut() {
                s.1 = y;
            }
            pages += 1;
            stretch += 1;
            first = i;
            starts.push((i, 0));
            y = pieces[i].header;
            // Space before is kept at the top of a page only after an explicit break.
            y += pieces[i].height;
            i += 1;
            continue;
        }
        y += need;
        i += 1;
    }
    if pages > 0 {
        let room = page_height(pieces.last().is_some_and(|p| p.landscape));
        sure &= spare(y, room, stretch);
    }
    if let Some(s) = starts.last_mut() {
        s.1 = y;
    }
    (Estimate { pages, sure }, starts)
}

/// The height of the 版心: 225 mm, or 156 mm on a landscape page.
fn page_height(landscape: bool) -> i32 {
    if landscape {
        TEXT_WIDTH.0
    } else {
        TEXT_HEIGHT.0
    }
}

/// Whether a stretch of `pages` pages whose last page is filled to `y` of `room` ends far
/// enough from both ends of that page.
fn spare(y: i32, room: i32, pages: i32) -> bool {
    let margin = (SURE_LINES + (pages - 1) / 3) * LINE_PITCH.0;
    y >= margin && room - y >= margin
}

/// The advances of a font size, in twips: a full-width character (Chinese text and marks),
/// an ASCII letter or digit (which depends on the font: [`NARROW`], [`WIDE_DIGITS`]), `%`
/// (as wide as DejaVu Sans sets it), other ASCII, and the space put between Chinese and
/// ASCII letters or digits (`autoSpaceDE`/`autoSpaceDN`, measured in LibreOffice's PDFs).
#[derive(Debug, Clone, Copy)]
struct Advances {
    em: i32,
    alnum: i32,
    percent: i32,
    other: i32,
    gap: i32,
}

impl Advances {
    /// The advances at `size` twips per em with `spacing` added to each character, ASCII
    /// letters and digits `alnum` thousandths of an em wide.
    const fn at(size: i32, spacing: i32, alnum: i32) -> Advances {
        Advances {
            em: size + spacing,
            alnum: size * alnum / 1000 + spacing,
            percent: size * 95 / 100 + spacing,
            other: size * 32 / 100 + spacing,
            gap: size * 22 / 100,
        }
    }

    fn of(&self, c: char) -> i32 {
        if c.is_ascii_alphanumeric() {
            self.alnum
        } else if c == '%' {
            self.percent
        } else if is_half_width(c) {
            self.other
        } else {
            self.em
        }
    }
}

/// The advances of body text (3号, condensed by a quarter point), 2号 titles and 小4号 wide
/// tables in one set of fonts.
#[derive(Debug, Clone, Copy)]
struct Metrics {
    body: Advances,
    title: Advances,
    wide: Advances,
}

impl Metrics {
    const fn with_digits(alnum: i32) -> Metrics {
        Metrics {
            body: Advances::at(BODY_EM.0, BODY_CHAR_SPACING, alnum),
            title: Advances::at(TITLE_SIZE.em().0, 0, alnum),
            wide: Advances::at(WIDE_TABLE_SIZE.em().0, 0, alnum),
        }
    }
}

/// The two ends of what the fonts do with ASCII: the GB fonts (仿宋_GB2312 and the others
/// Word and WPS use) set letters and digits half an em wide; LibreOffice without them sets
/// them in DejaVu Sans, 0.644 em (measured on its PDFs). A count is sure only when both agree.
const NARROW: Metrics = Metrics::with_digits(500);
const WIDE_DIGITS: Metrics = Metrics::with_digits(644);

/// How many lines `text` takes in a paragraph `width` twips wide whose first line starts
/// `first` twips in and whose other lines start `rest` twips in.
fn lines(text: &str, width: i32, first: i32, rest: i32, a: Advances) -> i32 {
    let no_start = |c: char| {
        matches!(
            c,
            '，' | '。'
                | '、'
                | '；'
                | '：'
                | '？'
                | '！'
                | '）'
                | '》'
                | '」'
                | '』'
                | '】'
                | '〕'
                | '〉'
                | '”'
                | '’'
                | '…'
                | '—'
                | '·'
                | '％'
                | ','
                | '.'
                | ';'
                | ':'
                | '?'
                | '!'
                | ')'
                | ']'
                | '}'
                | '%'
                | '～'
        )
    };
    let no_end = |c: char| {
        matches!(
            c,
            '（' | '《' | '「' | '『' | '【' | '〔' | '〈' | '“' | '‘' | '(' | '[' | '{'
        )
    };
    let hangs = |c: char| matches!(c, '，' | '。' | '、' | ',' | '.');
    let mut count = 1;
    let mut x = first;
    // The line's last character and its advance, the width of the run of ASCII letters and
    // digits the line ends with (which moves to the next line whole), and whether a mark
    // hangs past the edge (the next character starts a line).
    let mut last: Option<(char, i32)> = None;
    let mut word = 0;
    let mut hung = false;
    for c in text.chars() {
        if c == '\n' || hung {
            count += 1;
            x = rest;
            last = None;
            word = 0;
            hung = false;
            if c == '\n' {
                continue;
            }
        }
        let alnum = c.is_ascii_alphanumeric();
        let gap = match last {
            Some((p, _))
                if alnum != p.is_ascii_alphanumeric() && is_cjk(if alnum { p } else { c }) =>
            {
                a.gap
            }
            _ => 0,
        };
        let w = a.of(c) + gap;
        if x + w <= width {
            x += w;
            word = if alnum { word + w } else { 0 };
            last = Some((c, w));
            continue;
        }
        // c does not fit.
        if hangs(c) && last.is_some() {
            hung = true;
            continue;
        }
        count += 1;
        let carried = match last {
            Some(_) if alnum && word > 0 && word + w <= width - rest => word,
            Some((p, pw)) if no_start(c) && !no_start(p) => pw,
            Some((p, pw)) if no_end(p) => pw,
            _ => 0,
        };
        x = rest + carried + a.of(c);
        word = if alnum { word + a.of(c) } else { 0 };
        last = Some((c, a.of(c)));
    }
    count
}

/// Lines of body text (3号, condensed) in a paragraph `width` twips wide.
fn body_lines(m: Metrics, width: i32, text: &str, first: i32, rest: i32) -> i32 {
    lines(text, width, first, rest, m.body)
}

/// Lines of a title (2号, not condensed) in `width`.
fn title_lines(m: Metrics, text: &str, width: i32) -> i32 {
    lines(text, width, 0, 0, m.title)
}

/// The pieces laid out so far, and what the next one starts with.
struct Flow {
    out: Vec<Piece>,
    /// The next piece starts a new page.
    new_page: bool,
    /// The pieces are on a landscape page.
    land: bool,
    /// The block being laid out.
    block: usize,
    /// The height of its lines, and of an empty line's worth of space before it: a grid
    /// line, or less in a tightened signature block ([`Tight`]).
    line: i32,
    blank: i32,
}

impl Flow {
    /// A paragraph of `lines` grid lines with `before` space above it and `extra` below
    /// (or more than a grid line in its last line); `keep`: its last line keeps with what
    /// follows.
    fn push(&mut self, before: i32, lines: i32, extra: i32, keep: bool) {
        let n = lines.max(1);
        let para = self.out.len();
        for k in 0..n {
            self.out.push(Piece {
                para,
                before: if k == 0 { before } else { 0 },
                height: self.line + if k + 1 == n { extra } else { 0 },
                keep: k + 1 == n && keep,
                new_page: k == 0 && std::mem::take(&mut self.new_page),
                header: 0,
                landscape: self.land,
                block: self.block,
                line: k,
            });
        }
    }

    /// What the writer puts before a table or a new annex frame (`Body::separate`): the
    /// paragraph holding a pending page break (a line on the new page), else an empty
    /// paragraph after a table.
    fn separate(&mut self, page_break: &mut bool, last_is_table: bool) {
        if std::mem::take(page_break) {
            self.new_page = true;
            self.push(0, 1, 0, false);
        } else if last_is_table {
            self.push(0, 1, 0, false);
        }
    }
}

/// The pieces of the blocks before the 版记, as the document writer lays them out (its
/// state is mirrored here: the pending page break, the open annex frame, the section).
fn pieces(blocks: &[Block], landscape: &[bool], m: Metrics, tight: Option<&Tight>) -> Vec<Piece> {
    let pitch = LINE_PITCH.0;
    let mut f = Flow {
        out: Vec::new(),
        new_page: false,
        land: false,
        block: 0,
        line: pitch,
        blank: BLANK_LINE.0,
    };
    // An explicit break is pending (written as a paragraph of its own before a table or
    // frame); a section has just started.
    let mut page_break = false;
    let mut section_start = false;
    let mut last_is_table = false;
    let mut in_annex = false;
    let mut in_frame = false;
    let mut land = false;
    for (i, block) in blocks.iter().enumerate() {
        if matches!(block, Block::Cc(_) | Block::Printed { .. }) {
            continue;
        }
        f.block = i;
        (f.line, f.blank) = match tight {
            Some(t) if t.blocks.contains(&i) => (t.line, TIGHT_BLANK),
            _ => (pitch, BLANK_LINE.0),
        };
        if landscape[i] != land {
            f.new_page |= !f.out.is_empty();
            land = landscape[i];
            f.land = land;
            in_frame = false;
            last_is_table = false;
            page_break = false;
            section_start = true;
        }
        let width = if land {
            LANDSCAPE_TEXT_WIDTH.0
        } else {
            TEXT_WIDTH.0
        };
        let next = blocks.get(i + 1);
        let signs = keeps_with_signature(blocks, i);
        match block {
            Block::Annex { title, .. } => {
                in_annex = true;
                in_frame = false;
                f.new_page |= !f.out.is_empty();
                page_break = false;
                f.push(0, 1, BLANK_LINE.0, true);
                let title = crate::titles::annex_title(title, land);
                f.push(0, title_lines(m, &title, width), BLANK_LINE.0, true);
                last_is_table = false;
                section_start = false;
                continue;
            }
            Block::Table(t) => {
                in_frame = false;
                f.separate(&mut page_break, last_is_table);
                table(t, land, i, &mut f.out, &mut f.new_page, m);
                last_is_table = true;
                section_start = false;
                continue;
            }
            Block::PageBreak => {
                in_frame = false;
                page_break = !section_start;
                continue;
            }
            Block::Attachments(names) if names.is_empty() => continue,
            _ => {}
        }
        if in_annex {
            if !in_frame {
                f.separate(&mut page_break, last_is_table);
                in_frame = true;
            }
        } else if std::mem::take(&mut page_break) {
            f.new_page = true;
        }
        match block {
            Block::Title(text) => {
                let more = matches!(next, Some(Block::Title(_)));
                let speaker = matches!(next, Some(Block::Speaker(_)));
                let after = if more { 0 } else { BLANK_LINE.0 };
                f.push(0, title_lines(m, text, width), after, more || speaker);
            }
            Block::Addressee(text) => f.push(0, body_lines(m, width, text, 0, 0), 0, false),
            Block::Speaker(text) => {
                let more = matches!(next, Some(Block::Speaker(_)));
                let after = if more { 0 } else { BLANK_LINE.0 };
                f.push(0, body_lines(m, width, text, 0, 0), after, more);
            }
            Block::Heading {
                level,
                number,
                text,
                body,
            } => {
                let head = format!("{number}{text}{}", body.as_deref().unwrap_or(""));
                let keep = signs || (body.is_none() && keeps_with_next(*level, next));
                let n = body_lines(m, width, &head, FIRST_LINE_INDENT.0, 0);
                f.push(0, n, 0, keep);
            }
            Block::Paragraph(text) => {
                let n = body_lines(m, width, text, FIRST_LINE_INDENT.0, 0);
                f.push(0, n, 0, signs);
            }
            Block::Attachments(names) => {
                let slot = if names.len() > 1 {
                    attachment_number_slot(names.len()).0
                } else {
                    0
                };
                let left = ATTACHMENT_NAME_START.0 + slot;
                for (n, name) in names.iter().enumerate() {
                    let first = n == 0;
                    let before = if first { f.blank } else { 0 };
                    let lines = body_lines(m, width, name, left, left);
                    f.push(before, lines, 0, n + 1 < names.len() || signs);
                }
            }
            Block::Signature(_) => f.push(f.blank, 1, 0, signs),
            Block::Date(_) => {
                let after_signature = i > 0 && matches!(blocks[i - 1], Block::Signature(_));
                let before = if after_signature { 0 } else { f.blank };
                f.push(before, 1, 0, false);
            }
            Block::BannerLine { .. } => f.push(0, 1, 0, true),
            Block::Mark(text) => {
                let mark = mark_metrics(blocks, i, &clean_line(text));
                f.push(mark.before, 1, mark.line - pitch, true);
            }
            Block::DocNumber { .. } => {
                // Two lines above and below it, and the red separator: its distance from the
                // text and its width (w:sz, eighths of a point).
                let border = separator_space() * 20 + SEPARATOR_SIZE as i32 * 20 / 8;
                f.push(2 * pitch, 1, border + 2 * pitch, true);
            }
            Block::Annex { .. }
            | Block::Table(_)
            | Block::PageBreak
            | Block::Cc(_)
            | Block::Printed { .. } => {}
        }
        last_is_table = in_annex;
        section_start = false;
    }
    f.out
}

/// The rows of a table: the header (kept with the first row), then rows that never split;
/// a group row keeps with the row after it.
fn table(
    t: &Table,
    landscape: bool,
    block: usize,
    out: &mut Vec<Piece>,
    new_page: &mut bool,
    m: Metrics,
) {
    let (total, a, line) = if t.wide {
        (LANDSCAPE_TEXT_WIDTH.0, m.wide, WIDE_TABLE_LINE.0)
    } else {
        (TEXT_WIDTH.0, m.body, TABLE_LINE.0)
    };
    let em = if t.wide {
        WIDE_TABLE_SIZE.em().0
    } else {
        m.body.em
    };
    // Borders and LibreOffice's rounding add a little to each row.
    let border = 10;
    let widths = column_widths(t, total, em);
    let cols = widths.len();
    let room = |c: usize| {
        let right = if c + 1 == cols {
            TABLE_LAST_CELL_PADDING.0
        } else {
            TABLE_CELL_PADDING.0
        };
        widths[c] - TABLE_CELL_PADDING.0 - right
    };
    let row_height = |cells: &[&str]| {
        let most = cells
            .iter()
            .enumerate()
            .map(|(c, text)| lines(text, room(c.min(cols - 1)), 0, 0, a))
            .max()
            .unwrap_or(1);
        most.max(1) * line + border
    };
    let header: Vec<&str> = t.header.iter().map(AsRef::as_ref).collect();
    let header_height = row_height(&header);
    out.push(Piece {
        para: out.len(),
        before: 0,
        height: header_height,
        keep: !t.rows.is_empty(),
        new_page: std::mem::take(new_page),
        header: 0,
        landscape,
        block,
        line: 0,
    });
    for (k, row) in t.rows.iter().enumerate() {
        let (height, keep) = match row {
            Row::Group(text) => (
                lines(
                    text,
                    total - TABLE_CELL_PADDING.0 - TABLE_LAST_CELL_PADDING.0,
                    0,
                    0,
                    a,
                ) * line
                    + border,
                true,
            ),
            Row::Cells(cells) => {
                let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
                (row_height(&cells), false)
            }
        };
        out.push(Piece {
            para: out.len(),
            before: 0,
            height,
            keep,
            new_page: false,
            header: header_height,
            landscape,
            block,
            line: k as i32 + 1,
        });
    }
}

/// The space a tightened signature block keeps for an empty line: 20 pt, what readers still
/// take for one (check-docx counts 20 pt before the 附件说明 as 正文下空一行).
pub(super) const TIGHT_BLANK: i32 = 400;
/// The least line a tightened signature block is set on: 19 pt, a 3号 line with a fifth of
/// its size between lines (about Word's single spacing): enough for a 印发通知's ten-line block
/// of text, three attachments, 署名, 日期 and two 附注 lines under a 版头.
const TIGHT_LEAST: i32 = 380;

/// A signature block set tighter to stay on its page (GB/T 9704 7.3.5: 当公文排版后所剩空白处
/// 不能容下印章或签发人签名章、成文日期时，可以采取调整行距、字距的措施解决): `blocks` — the
/// text's last paragraph, the 附件说明, the 署名, the 成文日期 and the 附注 under it — on exact
/// lines of `line` twips, their empty lines [`TIGHT_BLANK`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tight {
    pub blocks: std::ops::Range<usize>,
    pub line: i32,
}

/// The signature block of the main text, set tighter when, laid out on the grid, it would
/// leave its page for the next and leave it empty (a 印发通知 under its 版头: the notice's text,
/// 附件说明, 署名 and 日期 are some ten lines where eight are left), and fits on that page on
/// lines of at least [`TIGHT_LEAST`]. Both fonts' digits must say so.
pub(super) fn tight(blocks: &[Block], landscape: &[bool]) -> Option<Tight> {
    let date = blocks.iter().position(|b| matches!(b, Block::Date(_)))?;
    if blocks[..date]
        .iter()
        .any(|b| matches!(b, Block::Annex { .. } | Block::PageBreak | Block::Table(_)))
        || landscape[date]
    {
        return None;
    }
    let mut start = date;
    while start > 0 && keeps_with_signature(blocks, start - 1) {
        start -= 1;
    }
    let mut end = date + 1;
    while matches!(blocks.get(end), Some(Block::Paragraph(_))) {
        end += 1;
    }
    let mut line = LINE_PITCH.0 - 1;
    for m in [NARROW, WIDE_DIGITS] {
        // The main text is enough: the annexes start on pages of their own.
        let laid = pieces(&blocks[..end], &landscape[..end], m, None);
        let (_, starts) = lay_out_pages(&laid);
        let first = laid.iter().position(|p| p.block >= start)?;
        // Pushed: the chain starts a page, and the page before has room.
        let page = starts.iter().position(|s| s.0 == first)?;
        let before = starts.get(page.checked_sub(1)?)?;
        let room = TEXT_HEIGHT.0 - before.1 - 20;
        let chain: Vec<&Piece> = laid
            .iter()
            .filter(|p| (start..end).contains(&p.block))
            .collect();
        let blanks = chain.iter().filter(|p| p.before > 0).count() as i32;
        let extra: i32 = chain.iter().map(|p| p.height - LINE_PITCH.0).sum();
        let n = chain.len() as i32;
        line = line.min((room - blanks * TIGHT_BLANK - extra) / n.max(1));
    }
    (line >= TIGHT_LEAST).then_some(Tight {
        blocks: start..end,
        line,
    })
}

/// The estimate for `blocks` (the 版记 left out), with `landscape` telling which blocks go
/// on landscape pages and `tight` the signature block set tighter, if it is.
pub(super) fn estimate(blocks: &[Block], landscape: &[bool], tight: Option<&Tight>) -> Estimate {
    let narrow = lay_out(&pieces(blocks, landscape, NARROW, tight));
    let wide = lay_out(&pieces(blocks, landscape, WIDE_DIGITS, tight));
    Estimate {
        pages: wide.pages,
        sure: narrow.sure && wide.sure && narrow.pages == wide.pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn body(text: &str) -> i32 {
        body_lines(WIDE_DIGITS, TEXT_WIDTH.0, text, FIRST_LINE_INDENT.0, 0)
    }

    /// Paragraphs whose lines LibreOffice was seen to break (fire_safety_plan, rendered and
    /// read back from the PDF).
    #[test]
    fn lines_break_as_libreoffice_breaks_them() {
        // An opening quote never ends a line: 认真落实 ends the first, “政 starts the second.
        let guidance = "以习近平新时代中国特色社会主义思想为指导，认真落实“政府统一领导、部门依法监管、单位全面负责、群众积极参与”的消防工作原则，紧扣“人人懂消防、户户保平安”的目标，健全覆盖全镇的消防宣传教育网络，推动消防安全知识进村入户进校进企，切实提升群众防火、灭火和逃生自救能力，为全镇经济社会发展营造安全稳定的环境。";
        assert_eq!(body(guidance), 6);
        // The full stop hangs past the edge at the end of the second line.
        let hanging = "1.坚持问题导向。聚焦老旧民房、“三合一”场所、电动自行车充电等火灾风险突出的环节，找准宣传重点，做到有的放矢。";
        assert_eq!(body(hanging), 2);
        // Digits are wider than half an em here, with space on each side of a run of them.
        let digits = "2.壮大志愿队伍。依托镇新时代文明实践所组建消防志愿服务队，各村（社区）各组建1支消防志愿宣传小分队。目标：注册消防志愿者不少于260人。完成时限：2025年5月31日前。";
        assert_eq!(body(digits), 4);
        // 28 characters a line without an indent; a closing bracket takes the character
        // before it to the next line.
        assert_eq!(
            body_lines(WIDE_DIGITS, TEXT_WIDTH.0, &"字".repeat(28), 0, 0),
            1
        );
        assert_eq!(
            body_lines(WIDE_DIGITS, TEXT_WIDTH.0, &"字".repeat(29), 0, 0),
            2
        );
        assert_eq!(
            body_lines(
                WIDE_DIGITS,
                TEXT_WIDTH.0,
                &format!("{}字）", "字".repeat(27)),
                0,
                0
            ),
            2
        );
        assert_eq!(body_lines(WIDE_DIGITS, TEXT_WIDTH.0, "一行\n两行", 0, 0), 2);
    }

    fn text(s: &str) -> Cow<'_, str> {
        Cow::Borrowed(s)
    }

    fn paragraphs(n: usize) -> Vec<Block<'static>> {
        (0..n)
            .map(|_| Block::Paragraph(text("一行正文。")))
            .collect()
    }

    #[test]
    fn pages_and_sureness() {
        let estimate = |blocks: &[Block]| estimate(blocks, &vec![false; blocks.len()], None);
        // Ten lines: one page, ending far from both ends.
        assert_eq!(
            estimate(&paragraphs(10)),
            Estimate {
                pages: 1,
                sure: true
            }
        );
        // 22 lines fill the page exactly: one page, but a line more or less would change it.
        assert_eq!(
            estimate(&paragraphs(22)),
            Estimate {
                pages: 1,
                sure: false
            }
        );
        assert_eq!(
            estimate(&paragraphs(23)),
            Estimate {
                pages: 2,
                sure: false
            }
        );
        assert_eq!(
            estimate(&paragraphs(33)),
            Estimate {
                pages: 2,
                sure: true
            }
        );
        // A page break starts a new stretch, which must be sure too.
        let mut blocks = paragraphs(10);
        blocks.push(Block::PageBreak);
        blocks.extend(paragraphs(1));
        assert_eq!(
            estimate(&blocks),
            Estimate {
                pages: 2,
                sure: false
            }
        );
        blocks.extend(paragraphs(4));
        assert_eq!(
            estimate(&blocks),
            Estimate {
                pages: 2,
                sure: true
            }
        );
    }

    #[test]
    fn what_keeps_with_the_next_moves_with_it() {
        // 21 lines, then a heading that keeps with its two-line paragraph: both go to page 2.
        let mut blocks = paragraphs(21);
        blocks.push(Block::Heading {
            level: 1,
            number: "一、".to_string(),
            text: text("标题"),
            body: None,
        });
        blocks.push(Block::Paragraph(Cow::Owned("字".repeat(40))));
        let laid = pieces(&blocks, &vec![false; blocks.len()], WIDE_DIGITS, None);
        let (estimate, starts) = lay_out_pages(&laid);
        assert_eq!(estimate.pages, 2);
        assert_eq!(laid[starts[1].0].block, 21, "the heading starts page 2");
        // The last paragraph keeps with the signature block: the whole paragraph moves.
        let mut blocks = paragraphs(19);
        blocks.push(Block::Paragraph(Cow::Owned("字".repeat(40))));
        blocks.push(Block::Signature(text("某单位")));
        blocks.push(Block::Date(text("2025年1月1日")));
        let pieces = pieces(&blocks, &vec![false; blocks.len()], WIDE_DIGITS, None);
        let (_, starts) = lay_out_pages(&pieces);
        assert_eq!(
            pieces[starts[1].0].block, 19,
            "the last paragraph starts page 2"
        );
        assert_eq!(pieces[starts[1].0].line, 0);
    }
}
