//! Writes [`Block`]s as a GB/T 9704-2012 .docx.
//!
//! The reference path: docx-rs builds the parts ([`build`]); [`ooxml`] puts their children
//! into schema order and adds the few things docx-rs cannot write (`w:firstLineChars`,
//! `w:tblHeader`); [`package`] writes our own `docProps/core.xml` and zips everything with
//! Deflate and a fixed timestamp, so the same blocks always give the same bytes.
//!
//! Renders take the fast path ([`direct`]): `word/document.xml` written directly in schema
//! order, and the other parts taken from the reference path once per [`Fonts`] and cached. It
//! gives the same bytes (`fast_path_is_byte_identical` in the tests); a change to [`build`]
//! or [`paragraph`] must be made to [`direct`] too.
//!
//! Every layout number comes from [`crate::layout`]. Paragraphs are styled through named
//! styles with ASCII ids and Chinese names (GwBody 公文正文 …); there is no `Normal` style of
//! ours (docx-rs writes a bare one) and the defaults sit in `w:docDefaults`. Every style and
//! the defaults carry a font in all four slots, so Chinese text never falls back to a theme
//! font; a run names a font only where it differs from its style's ([`run_in`]).

mod direct;
mod ooxml;
mod package;

use docx_rs::{
    AlignmentType, BreakType, DocGrid, DocGridType, Docx, FieldCharType, Footer, InstrPAGE,
    InstrText, LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts,
    SpecialIndentType, Style, StyleType, Table as DocxTable, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use crate::blocks::{Block, Row, Table};
use crate::error::{Error, ErrorKind};
use crate::layout::{
    ANNEX_FRAME_PADDING, ANNEX_FRAME_WIDTH, ATTACHMENT_NAME_START, BLANK_LINE, BODY_CHAR_SPACING,
    BODY_EM, BODY_SIZE, DATE_RIGHT_INDENT, FIRST_LINE_INDENT, FOOTER_DISTANCE, Fonts,
    HEADER_DISTANCE, LINE_PITCH, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT,
    PAGE_NUMBER_DASH, PAGE_NUMBER_SIDE_INDENT, PAGE_NUMBER_SIZE, PAGE_WIDTH, TABLE_BORDER_SIZE,
    TABLE_CELL_PADDING, TABLE_LAST_CELL_PADDING, TABLE_NUMBER_COLUMN, TABLE_SIZE,
    TASK_TABLE_COLUMNS, TEXT_WIDTH, TITLE_SIZE, Twips, attachment_number_slot,
};

/// Document properties written to `docProps/core.xml`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Meta<'a> {
    /// `dc:title`: the title text (check-docx compares it with the title paragraphs).
    pub title: &'a str,
    /// `dc:creator` (and `cp:lastModifiedBy`): the issuer.
    pub creator: &'a str,
    /// `cp:keywords`.
    pub keywords: &'a str,
    /// `dc:description`.
    pub description: &'a str,
}

/// Writes `blocks` as the bytes of a .docx file.
///
/// The output depends only on the arguments: no clock, no random ids.
///
/// `word/document.xml` is written directly ([`direct`]) and the parts that depend only on the
/// fonts are built and compressed once per [`Fonts`]; the result is byte-identical to the
/// reference path (docx-rs and the canonical-order pass, `reference_docx` in the tests).
pub(crate) fn write_docx(blocks: &[Block], fonts: &Fonts, meta: &Meta) -> Result<Vec<u8>, Error> {
    direct::write(blocks, fonts, meta).map_err(pack_error)
}

/// The finished parts (name, bytes) of the .docx for `blocks`, in zip order: everything
/// [`write_docx`] does except the zipping. For the packaging-floor benchmark.
pub(crate) fn docx_parts(
    blocks: &[Block],
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    direct::with_parts(blocks, fonts, meta, |parts| {
        Ok(parts
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect())
    })
    .map_err(pack_error)
}

/// The reference path for [`write_docx`]: every part built by docx-rs and put into schema
/// order by the canonical-order pass. The fast path must give the same bytes.
#[cfg(test)]
pub(crate) fn reference_docx(
    blocks: &[Block],
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<u8>, Error> {
    let xml = build(blocks, fonts).build();
    package::pack(xml, meta).map_err(pack_error)
}

/// The parts of [`reference_docx`], in zip order.
#[cfg(test)]
pub(crate) fn reference_parts(
    blocks: &[Block],
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let xml = build(blocks, fonts).build();
    package::finished_parts(xml, meta).map_err(pack_error)
}

/// Zips finished parts exactly as [`write_docx`] does.
pub(crate) fn zip_parts(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>, Error> {
    package::zip_parts(parts).map_err(pack_error)
}

fn pack_error(e: package::PackError) -> Error {
    Error::new(ErrorKind::Write, format!("无法打包 .docx 文件：{e}")).with_source(e)
}

// ---------------------------------------------------------------- style ids

const BODY: &str = "GwBody";
const TITLE: &str = "GwTitle";
const ADDRESSEE: &str = "GwAddressee";
const HEADINGS: [&str; 4] = ["GwHeading1", "GwHeading2", "GwHeading3", "GwHeading4"];
const ATTACHMENT: &str = "GwAttachment";
const SIGNATURE: &str = "GwSignature";
const DATE: &str = "GwDate";
const ANNEX_LABEL: &str = "GwAnnexLabel";
const ANNEX_TITLE: &str = "GwAnnexTitle";
const TABLE_TEXT: &str = "GwTableText";
const TABLE_HEADER: &str = "GwTableHeader";
const FOOTER: &str = "GwFooter";
const PAGE_BREAK: &str = "GwPageBreak";

// ---------------------------------------------------------------- text

/// `s` with every character XML 1.0 forbids removed, tabs turned into spaces and line breaks
/// normalised to `\n` (callers split on it). docx-rs writes C0 controls raw, which makes the
/// file unreadable, and silently drops `\n`.
pub(crate) fn clean_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            // \r\n counts once: the \n that follows is pushed on its own
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push('\n'),
            '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}' => {
                out.push(c)
            }
            _ => {}
        }
    }
    out
}

/// `s` cleaned as by [`clean_text`], with line breaks turned into spaces (for one-line values).
pub(crate) fn clean_line(s: &str) -> String {
    clean_text(s).replace('\n', " ")
}

/// Width of `s` in twips at 3号, counting full-width characters as one em and ASCII and
/// half-width forms as half an em.
fn text_width(s: &str) -> i32 {
    crate::chinese::width(s) as i32 * BODY_EM.0 / 2
}

fn font(name: &str) -> RunFonts {
    let name = clean_line(name);
    RunFonts::new()
        .ascii(&name)
        .hi_ansi(&name)
        .east_asia(&name)
        .cs(&name)
}

/// A run of `text` in its paragraph style's font, with `\n` written as line breaks.
fn run(text: &str) -> Run {
    run_with(Run::new(), text)
}

/// A run of `text` in `font_name`, for text whose font is not its paragraph style's (a run-in
/// heading in a body paragraph, a group row of the task table).
fn run_in(text: &str, font_name: &str) -> Run {
    run_with(Run::new().fonts(font(font_name)), text)
}

fn run_with(mut r: Run, text: &str) -> Run {
    for (i, line) in clean_text(text).split('\n').enumerate() {
        if i > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        r = r.add_text(line);
    }
    r
}

fn twips(t: Twips) -> u32 {
    u32::try_from(t.0).unwrap_or(0)
}

fn space_before(t: Twips) -> LineSpacing {
    LineSpacing::new().before(twips(t))
}

/// Exact line spacing of one grid line: 2号 title lines then take whole grid lines, and the
/// body below the title stays on the grid (22 lines on the first page too).
fn one_grid_line() -> LineSpacing {
    LineSpacing::new()
        .line(LINE_PITCH.0)
        .line_rule(LineSpacingType::Exact)
}

fn space_after(t: Twips) -> LineSpacing {
    LineSpacing::new().after(twips(t))
}

/// A paragraph in `style`. docx-rs gives every paragraph a `w14:paraId` from a thread-local
/// counter; the canonical pass ([`ooxml::normalize`]) drops them, so the output does not
/// depend on what else the thread built before (Word assigns its own ids when it saves).
fn styled(style: &str) -> Paragraph {
    Paragraph::new().style(style)
}

// ---------------------------------------------------------------- styles

/// A paragraph style with all four font slots, size and the common paragraph defaults.
fn paragraph_style(id: &str, name: &str, font_name: &str, size: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .fonts(font(font_name))
        .size(size)
        .align(AlignmentType::Both)
        .indent(Some(0), None, Some(0), None)
}

/// A style for text on the body grid: −0.25 pt character spacing (28 characters a line).
fn grid_style(id: &str, name: &str, font_name: &str) -> Style {
    let mut s = paragraph_style(id, name, font_name, BODY_SIZE.0);
    s.run_property = s.run_property.spacing(BODY_CHAR_SPACING);
    s
}

fn indented(s: Style) -> Style {
    s.indent(
        Some(0),
        Some(SpecialIndentType::FirstLine(FIRST_LINE_INDENT.0)),
        Some(0),
        None,
    )
}

fn styles(fonts: &Fonts) -> Vec<Style> {
    let heading_fonts = [&fonts.heading1, &fonts.heading2, &fonts.body, &fonts.body];
    let heading_names = ["一级标题", "二级标题", "三级标题", "四级标题"];
    let mut out = vec![
        indented(grid_style(BODY, "公文正文", &fonts.body)),
        paragraph_style(TITLE, "公文标题", &fonts.title, TITLE_SIZE.0)
            .align(AlignmentType::Center)
            .snap_to_grid(false)
            .line_spacing(one_grid_line()),
        grid_style(ADDRESSEE, "主送机关", &fonts.body),
    ];
    for (level, (id, name)) in HEADINGS.iter().zip(heading_names).enumerate() {
        // Keep-with-next is set per paragraph (see `keeps_with_next`), not here: a list of
        // numbered items without text of their own would otherwise chain into one block that
        // LibreOffice and Word move to the next page whole, leaving pages half empty.
        out.push(indented(grid_style(id, name, heading_fonts[level])).outline_lvl(level));
    }
    // No first-line indent: the paragraphs set their own hanging indents
    // (`attachment_paragraphs`), which a style's `firstLineChars` would override.
    out.push(grid_style(ATTACHMENT, "附件说明", &fonts.body));
    out.push(grid_style(SIGNATURE, "落款", &fonts.body).align(AlignmentType::Right));
    out.push(
        grid_style(DATE, "成文日期", &fonts.body)
            .align(AlignmentType::Right)
            .indent(Some(0), None, Some(DATE_RIGHT_INDENT.0), None),
    );
    let mut label = grid_style(ANNEX_LABEL, "附件标识", &fonts.heading1).align(AlignmentType::Left);
    label.paragraph_property = label
        .paragraph_property
        .keep_next(true)
        .line_spacing(space_after(BLANK_LINE));
    out.push(label);
    let mut annex_title = paragraph_style(ANNEX_TITLE, "附件标题", &fonts.title, TITLE_SIZE.0)
        .align(AlignmentType::Center)
        .snap_to_grid(false);
    annex_title.paragraph_property = annex_title
        .paragraph_property
        .keep_next(true)
        .line_spacing(one_grid_line().after(twips(BLANK_LINE)));
    out.push(annex_title);
    // Table text is body text (GB/T 9704 §8: 附件格式要求同正文): 3号, condensed like the
    // body and on the line grid, so every table line is one grid line and the cells of a
    // row (top-aligned) share their baselines.
    out.push(
        grid_style(TABLE_TEXT, "表格文字", &fonts.body)
            .size(TABLE_SIZE.0)
            .align(AlignmentType::Left),
    );
    out.push(
        grid_style(TABLE_HEADER, "表头", &fonts.heading1)
            .size(TABLE_SIZE.0)
            .align(AlignmentType::Center),
    );
    // A paragraph holding only a page break (before a table, which cannot carry
    // pageBreakBefore). It has no text; it is right-aligned like the 成文日期, as Word makes it
    // when Ctrl+Enter is pressed after the date, so that when it follows the date the trailing
    // block of the body is still a signature block for readers that find the 落款 by its
    // alignment (check-docx looks at the last three paragraphs).
    out.push(grid_style(PAGE_BREAK, "分页", &fonts.body).align(AlignmentType::Right));
    out.push(
        paragraph_style(FOOTER, "页码", &fonts.page_number, PAGE_NUMBER_SIZE.0).snap_to_grid(false),
    );
    for s in &mut out {
        s.paragraph_property = std::mem::take(&mut s.paragraph_property).widow_control(false);
    }
    out
}

// ---------------------------------------------------------------- footers

/// `— PAGE —` in 4号 宋体, one character in from the side of the 版心.
fn page_number_footer(odd: bool) -> Footer {
    let fld = |t| Run::new().add_field_char(t, false);
    let side = Some(PAGE_NUMBER_SIDE_INDENT.0);
    let p = styled(FOOTER);
    let p = if odd {
        p.align(AlignmentType::Right)
            .indent(Some(0), None, side, None)
    } else {
        p.align(AlignmentType::Left)
            .indent(side, None, Some(0), None)
    };
    let p = p
        .add_run(run(&format!("{PAGE_NUMBER_DASH} ")))
        .add_run(fld(FieldCharType::Begin))
        .add_run(Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new())))
        .add_run(fld(FieldCharType::Separate))
        .add_run(run("1"))
        .add_run(fld(FieldCharType::End))
        .add_run(run(&format!(" {PAGE_NUMBER_DASH}")));
    Footer::new().add_paragraph(p)
}

// ---------------------------------------------------------------- tables

/// Column widths: the task table's when there are five columns, else a narrow 序号 column
/// and the rest split evenly. They always add up to the 版心 width.
fn column_widths(n: usize) -> Vec<i32> {
    match n {
        0 => vec![],
        1 => vec![TEXT_WIDTH.0],
        5 => TASK_TABLE_COLUMNS.iter().map(|t| t.0).collect(),
        _ => {
            let rest = TEXT_WIDTH.0 - TABLE_NUMBER_COLUMN.0;
            let others = i32::try_from(n - 1).unwrap_or(1);
            let each = rest / others;
            let mut v = vec![TABLE_NUMBER_COLUMN.0];
            v.extend(std::iter::repeat_n(each, n - 1));
            if let Some(last) = v.last_mut() {
                *last += rest - each * others;
            }
            v
        }
    }
}

fn table(t: &Table, fonts: &Fonts) -> DocxTable {
    let cols = t
        .header
        .len()
        .max(
            t.rows
                .iter()
                .map(|r| match r {
                    Row::Cells(c) => c.len(),
                    Row::Group(_) => 1,
                })
                .max()
                .unwrap_or(1),
        )
        .max(1);
    let widths = column_widths(cols);
    let cell = |text: &str, col: usize, style: &str| {
        let mut p = styled(style).add_run(run(text));
        if col == 0 && style == TABLE_TEXT {
            p = p.align(AlignmentType::Center);
        }
        let mut c = TableCell::new()
            .width(Twips(widths[col]).unsigned(), WidthType::Dxa)
            .add_paragraph(p);
        if col + 1 == widths.len() {
            c.property = c
                .property
                .margin_right(TABLE_LAST_CELL_PADDING.unsigned(), WidthType::Dxa);
        }
        c
    };
    let mut rows = Vec::with_capacity(t.rows.len() + 1);
    let header: Vec<TableCell> = (0..cols)
        .map(|i| {
            let text = t.header.get(i).map(AsRef::as_ref).unwrap_or("");
            cell(text, i, TABLE_HEADER)
        })
        .collect();
    rows.push(TableRow::new(header).cant_split());
    for row in &t.rows {
        match row {
            Row::Group(text) => {
                let p = styled(TABLE_TEXT)
                    .keep_next(true)
                    .add_run(run_in(text, &fonts.heading1));
                let mut c = TableCell::new()
                    .width(TEXT_WIDTH.unsigned(), WidthType::Dxa)
                    .grid_span(cols)
                    .add_paragraph(p);
                c.property = c
                    .property
                    .margin_right(TABLE_LAST_CELL_PADDING.unsigned(), WidthType::Dxa);
                rows.push(TableRow::new(vec![c]).cant_split());
            }
            Row::Cells(cells) => {
                let cs = (0..cols)
                    .map(|i| {
                        let text = cells.get(i).map(AsRef::as_ref).unwrap_or("");
                        cell(text, i, TABLE_TEXT)
                    })
                    .collect();
                // A row never breaks across pages (a page holding the end of a unit's name
                // reads badly); Word and LibreOffice move it whole to the next page.
                rows.push(TableRow::new(cs).cant_split());
            }
        }
    }
    let border = |pos| {
        TableBorder::new(pos)
            .border_type(docx_rs::BorderType::Single)
            .size(TABLE_BORDER_SIZE)
            .color("000000")
    };
    let borders = TableBorders::with_empty()
        .set(border(TableBorderPosition::Top))
        .set(border(TableBorderPosition::Left))
        .set(border(TableBorderPosition::Bottom))
        .set(border(TableBorderPosition::Right))
        .set(border(TableBorderPosition::InsideH))
        .set(border(TableBorderPosition::InsideV));
    DocxTable::new(rows)
        .set_grid(widths.iter().map(|w| Twips(*w).unsigned()).collect())
        .width(TEXT_WIDTH.unsigned(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .align(docx_rs::TableAlignmentType::Center)
        .set_borders(borders)
        .margins(TableCellMargins::new().margin(
            0,
            TABLE_CELL_PADDING.unsigned(),
            0,
            TABLE_CELL_PADDING.unsigned(),
        ))
}

// ---------------------------------------------------------------- the document

/// The docx-rs document for `blocks`.
fn build(blocks: &[Block], fonts: &Fonts) -> Docx {
    let mut docx = Docx::new()
        .page_size(twips(PAGE_WIDTH), twips(PAGE_HEIGHT))
        .page_margin(PageMargin {
            top: MARGIN_TOP.0,
            left: MARGIN_LEFT.0,
            bottom: MARGIN_BOTTOM.0,
            right: MARGIN_RIGHT.0,
            header: HEADER_DISTANCE.0,
            footer: FOOTER_DISTANCE.0,
            gutter: 0,
        })
        .default_fonts(font(&fonts.body))
        .default_size(BODY_SIZE.0)
        .default_spacing(BODY_CHAR_SPACING)
        .default_line_spacing(
            LineSpacing::new()
                .before(0)
                .after(0)
                .line(240)
                .line_rule(LineSpacingType::Auto),
        )
        // Settings must not be replaced after this: even_footer sets evenAndOddHeaders.
        .footer(page_number_footer(true))
        .even_footer(page_number_footer(false));
    docx.document = docx.document.doc_grid(
        DocGrid::with_empty()
            .grid_type(DocGridType::Lines)
            .line_pitch(Twips(LINE_PITCH.0).unsigned()),
    );
    for s in styles(fonts) {
        docx = docx.add_style(s);
    }

    let mut body = Body::default();
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Annex { label, title } => {
                body.in_annex = true;
                body.close_frame();
                // Every annex starts on a new page (GB/T 9704 §8 另面编排): the label is a body
                // paragraph with pageBreakBefore, so no paragraph of its own holds the break
                // (after the 成文日期 or the 附注 it would be read as part of the signature
                // block). The annex's text after the title goes into the frame.
                let new_page = !body.items.is_empty();
                body.page_break = false;
                body.push(
                    styled(ANNEX_LABEL)
                        .add_run(run(&clean_line(label)))
                        .page_break_before(new_page),
                );
                body.push(styled(ANNEX_TITLE).add_run(run(title)));
            }
            Block::Table(t) => {
                body.close_frame();
                body.separate();
                body.items.push(Item::Table(Box::new(table(t, fonts))));
            }
            Block::PageBreak => {
                // In an annex the break ends the frame (Word ignores pageBreakBefore in a
                // cell); a page-break paragraph goes before the next frame or table.
                body.close_frame();
                body.page_break = true;
            }
            _ => {
                let ps = match block {
                    Block::Attachments(names) => {
                        attachment_paragraphs(names, keeps_with_signature(blocks, i))
                    }
                    _ => vec![paragraph(blocks, i, fonts)],
                };
                for p in ps {
                    if body.in_annex {
                        body.frame().push(p);
                    } else if std::mem::take(&mut body.page_break) {
                        body.push(p.page_break_before(true));
                    } else {
                        body.push(p);
                    }
                }
            }
        }
    }
    // A body may end with a table (the 任务分工表): the schema allows it and Word adds its
    // final paragraph mark itself, as it does for python-docx documents that end with a table.
    // An empty paragraph here would follow the separator before that table with nothing but
    // the table between them, which reads as a run of empty paragraphs to text-based checks.
    body.close_frame();
    for item in body.items {
        docx = match item {
            Item::Paragraph(p) => docx.add_paragraph(*p),
            Item::Table(t) => docx.add_table(*t),
        };
    }
    docx
}

/// Whether a heading (without run-in text) at `level` stays on the page of what follows:
/// yes when that is its own content (text, a table, a deeper heading), no when it is a
/// sibling or a higher heading, i.e. when the heading is a numbered item of a list.
fn keeps_with_next(level: u8, next: Option<&Block>) -> bool {
    match next {
        Some(Block::Paragraph(_) | Block::Table(_)) => true,
        Some(Block::Heading { level: l, .. }) => *l > level,
        _ => false,
    }
}

/// The paragraph of a block that is one paragraph (not an annex, table or page break).
fn paragraph(blocks: &[Block], i: usize, fonts: &Fonts) -> Paragraph {
    let next_is_title = matches!(blocks.get(i + 1), Some(Block::Title(_)));
    let next_is_speaker = matches!(blocks.get(i + 1), Some(Block::Speaker(_)));
    let prev = if i > 0 { blocks.get(i - 1) } else { None };
    match &blocks[i] {
        Block::Title(text) => {
            let p = styled(TITLE).add_run(run(text));
            if next_is_title {
                p.keep_next(true)
            } else {
                p.keep_next(next_is_speaker)
                    .line_spacing(space_after(BLANK_LINE))
            }
        }
        Block::Addressee(text) => styled(ADDRESSEE).add_run(run(text)),
        // A speech's date and speaker lines: centred 楷体 under the title, kept with it; an
        // empty line after the last.
        Block::Speaker(text) => {
            let p = styled(ADDRESSEE)
                .keep_next(next_is_speaker)
                .align(AlignmentType::Center)
                .add_run(run_in(text, &fonts.heading2));
            if next_is_speaker {
                p
            } else {
                p.line_spacing(space_after(BLANK_LINE))
            }
        }
        Block::Heading {
            level,
            number,
            text,
            body,
        } => {
            let keep = keeps_with_next(*level, blocks.get(i + 1));
            let level = usize::from((*level).clamp(1, 4)) - 1;
            // A run-in heading names its font when it is not the body's (levels 1 and 2).
            let head_run = |head: &str| match level {
                0 => run_in(head, &fonts.heading1),
                1 => run_in(head, &fonts.heading2),
                _ => run(head),
            };
            let head = format!("{number}{text}");
            match body {
                None => styled(HEADINGS[level])
                    .keep_next(keep || keeps_with_signature(blocks, i))
                    .add_run(run(&head)),
                Some(body) => styled(BODY)
                    .keep_next(keeps_with_signature(blocks, i))
                    .outline_lvl(level)
                    .add_run(head_run(&head))
                    .add_run(run(body)),
            }
        }
        // `build` lays the 附件说明 out itself (one paragraph a name, `attachment_paragraphs`).
        Block::Attachments(names) => attachment_paragraphs(names, false)
            .into_iter()
            .next()
            .unwrap_or_else(|| styled(ATTACHMENT)),
        Block::Signature(text) => {
            let text = clean_line(text);
            // Centre the signature over the date that follows (or would follow).
            let date_width = blocks[i + 1..]
                .iter()
                .find_map(|b| match b {
                    Block::Date(d) => Some(text_width(&clean_line(d))),
                    _ => None,
                })
                .unwrap_or_else(|| text_width("2025年1月1日"));
            let centre = DATE_RIGHT_INDENT.0 + date_width / 2;
            let right = (centre - text_width(&text) / 2).max(0);
            styled(SIGNATURE)
                .keep_next(keeps_with_signature(blocks, i))
                .indent(Some(0), None, Some(right), None)
                .line_spacing(space_before(BLANK_LINE))
                .add_run(run(&text))
        }
        Block::Date(text) => {
            let p = styled(DATE).add_run(run(&clean_line(text)));
            if matches!(prev, Some(Block::Signature(_))) {
                p
            } else {
                p.line_spacing(space_before(BLANK_LINE))
            }
        }
        // Block::Paragraph, and the blocks `build` handles itself should they get here.
        Block::Paragraph(text) => styled(BODY)
            .keep_next(keeps_with_signature(blocks, i))
            .add_run(run(text)),
        Block::Annex { .. } | Block::Table(_) | Block::PageBreak => styled(BODY),
    }
}

/// Whether the paragraph of block `i` stays on the page of what follows because the
/// signature block comes next: the last paragraph of the text, the 附件说明 and the 署名 keep
/// with the 成文日期 (7.3.5: the 署名 and 成文日期 share a page with the text). When the text
/// ends at the foot of a page, its last lines move over with them: never a page that holds
/// only the signature, never a date alone.
fn keeps_with_signature(blocks: &[Block], i: usize) -> bool {
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

/// The 附件说明 (7.3.4): 附件： two characters in and the first name after it, each further
/// name in a paragraph of its own, numbered 1. 2. … when there are several. A name that wraps
/// continues under its own first character: the paragraphs hang from the name's start, and a
/// tab after the number reaches it. Every paragraph but the last keeps with the next (the
/// list stays together); the last does when `keep` (the signature follows).
fn attachment_paragraphs(names: &[impl AsRef<str>], keep: bool) -> Vec<Paragraph> {
    let numbered = names.len() > 1;
    let slot = if numbered {
        attachment_number_slot(names.len()).0
    } else {
        0
    };
    let left = ATTACHMENT_NAME_START.0 + slot;
    let last = names.len().saturating_sub(1);
    names
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let name = clean_line(name.as_ref());
            let hanging = if n == 0 {
                left - FIRST_LINE_INDENT.0
            } else {
                slot
            };
            let mut p = styled(ATTACHMENT).keep_next(n < last || keep).indent(
                Some(left),
                Some(SpecialIndentType::Hanging(hanging)),
                None,
                None,
            );
            if n == 0 {
                p = p
                    .line_spacing(space_before(BLANK_LINE))
                    .add_run(run("附件："));
            }
            if numbered {
                p = p.add_run(run(&format!("{}.", n + 1)).add_tab());
            }
            p.add_run(run(&name))
        })
        .collect()
}

// ---------------------------------------------------------------- annexes

/// A child of `w:body` (both are large, hence the boxes).
enum Item {
    Paragraph(Box<Paragraph>),
    Table(Box<DocxTable>),
}

/// The body as it is built: its children, and the annex frame being filled.
#[derive(Default)]
struct Body {
    items: Vec<Item>,
    /// The paragraphs of the open annex frame, if one is open.
    frame: Option<Vec<Paragraph>>,
    /// Set from the first annex on: everything after it is laid out in frames and tables.
    in_annex: bool,
    /// The next child starts a new page.
    page_break: bool,
}

impl Body {
    fn push(&mut self, p: Paragraph) {
        self.items.push(Item::Paragraph(Box::new(p)));
    }

    /// What goes before a new table (or frame) in the body: a paragraph holding only a page
    /// break (style 分页) when the table starts a new page (a table cannot carry
    /// pageBreakBefore, and Word ignores it in a cell), else an empty paragraph if a table
    /// comes just before (Word would merge the two tables), else nothing. So no two empty
    /// paragraphs ever follow each other.
    fn separate(&mut self) {
        if std::mem::take(&mut self.page_break) {
            self.push(styled(PAGE_BREAK).add_run(Run::new().add_break(BreakType::Page)));
        } else if matches!(self.items.last(), Some(Item::Table(_))) {
            self.push(styled(TABLE_TEXT));
        }
    }

    /// The paragraphs of the open annex frame, opening one if none is open.
    fn frame(&mut self) -> &mut Vec<Paragraph> {
        if self.frame.is_none() {
            self.separate();
        }
        self.frame.get_or_insert_with(Vec::new)
    }

    /// Closes the open annex frame, if any, writing it as a table.
    fn close_frame(&mut self) {
        if let Some(paragraphs) = self.frame.take() {
            self.items
                .push(Item::Table(Box::new(annex_frame(paragraphs))));
        }
    }
}

/// The annex frame: a borderless one-cell table as wide as the 版心 that holds an annex's
/// text after its label and title (up to a table, which follows the frame as a table of its
/// own).
///
/// GB/T 9704 puts annexes after the signature and date (§8: 附件应当另面编排，并在版记之前),
/// with their label 附件1 in 3号黑体 flush left at the top of a new page and the title centred
/// below it; those two are body paragraphs (the label carries pageBreakBefore). What the
/// frame adds is structure: the annex's headings and text are not body text of the document,
/// so a reader of the document structure (a screen reader, Word's navigation, check-docx)
/// finds the 落款 and 成文日期 where the main text ends and sees the annexes as what follows.
///
/// The frame is invisible: no borders, no cell padding (the text starts at the left edge of
/// the 版心, 28 characters a line, and the first line sits on the first grid line of the page),
/// the paragraphs keep their own styles (body text 仿宋 with its indent, headings, the label
/// and title), the cell is top-aligned, and the row may break across pages, so a long annex
/// flows from page to page like body text.
fn annex_frame(paragraphs: Vec<Paragraph>) -> DocxTable {
    let mut cell = TableCell::new().width(ANNEX_FRAME_WIDTH.unsigned(), WidthType::Dxa);
    for p in paragraphs {
        cell = cell.add_paragraph(p);
    }
    let pad = ANNEX_FRAME_PADDING.unsigned();
    DocxTable::new(vec![TableRow::new(vec![cell])])
        .set_grid(vec![ANNEX_FRAME_WIDTH.unsigned()])
        .width(ANNEX_FRAME_WIDTH.unsigned(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .align(docx_rs::TableAlignmentType::Center)
        .set_borders(TableBorders::with_empty().clear_all())
        .margins(TableCellMargins::new().margin(pad, pad, pad, pad))
}

#[cfg(test)]
mod tests;
