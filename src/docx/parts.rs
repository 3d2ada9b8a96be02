//! The parts docx-rs builds: `styles.xml` (the defaults and one named style per kind of
//! paragraph), the two page-number footers, `settings.xml` (even and odd footers), the font
//! table, the relationships and the content types. They depend on the [`Fonts`] only, so
//! [`super::document`] builds them once per font set and reuses them.
//!
//! docx-rs writes some children out of schema order; [`super::ooxml`] puts them back. Every
//! style and the defaults carry a font in all four slots, so Chinese text never falls back to
//! a theme font. Paragraphs are styled through named styles with ASCII ids and Chinese names
//! (GwBody 公文正文 …); there is no `Normal` style of ours (docx-rs writes a bare one) and the
//! defaults sit in `w:docDefaults`.

use docx_rs::{
    AlignmentType, BreakType, Docx, FieldCharType, Footer, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, Paragraph, Run, RunFonts, SpecialIndentType, Style, StyleType,
};

use super::{
    ADDRESSEE, ANNEX_LABEL, ANNEX_TITLE, ATTACHMENT, BODY, DATE, FOOTER, HEADINGS, MARK,
    PAGE_BREAK, RECORD, SIGNATURE, TABLE_HEADER, TABLE_TEXT, TITLE, WIDE_TABLE_HEADER,
    WIDE_TABLE_TEXT, clean_line, clean_text,
};
use crate::layout::{
    BLANK_LINE, BODY_CHAR_SPACING, BODY_SIZE, DATE_RIGHT_INDENT, FIRST_LINE_INDENT, Fonts,
    LANDSCAPE_NUMBER_BOX_LEFT, LANDSCAPE_NUMBER_BOX_LENGTH, LANDSCAPE_NUMBER_BOX_WIDTH,
    LANDSCAPE_NUMBER_EVEN_START, LANDSCAPE_NUMBER_ODD_END, LINE_PITCH, PAGE_NUMBER_DASH,
    PAGE_NUMBER_SIDE_INDENT, PAGE_NUMBER_SIZE, RECORD_SIZE, RED, TABLE_LINE, TABLE_SIZE,
    TITLE_SIZE, Twips, WIDE_TABLE_LINE, WIDE_TABLE_SIZE,
};

/// The relationship ids docx-rs gives the odd (default) and even page-number footers, which
/// the section properties of `document.xml` name. Checked when the parts are built.
pub(super) const FOOTER_IDS: [&str; 2] = ["rIdFooter1", "rIdFooter2"];
/// The relationship ids of the landscape pages' odd and even footers (written by hand:
/// [`landscape_footer`]).
pub(super) const LANDSCAPE_FOOTER_IDS: [&str; 2] = ["rIdFooter3", "rIdFooter4"];
/// The relationship id of the empty footer of the pages without a page number: a blank page
/// before the 版记 and the 版记's page ([`blank_footer`]).
pub(super) const BLANK_FOOTER_ID: &str = "rIdFooter5";

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
    // body, on exact lines a border less than the grid (`TABLE_LINE`), so that rows of one
    // line follow each other at the grid's pitch and the cells of a row (top-aligned) share
    // their baselines.
    for (id, name, font_name, align) in [
        (TABLE_TEXT, "表格文字", &fonts.body, AlignmentType::Left),
        (TABLE_HEADER, "表头", &fonts.heading1, AlignmentType::Center),
    ] {
        out.push(
            grid_style(id, name, font_name)
                .size(TABLE_SIZE.0)
                .align(align)
                .snap_to_grid(false)
                .line_spacing(
                    LineSpacing::new()
                        .line(TABLE_LINE.0)
                        .line_rule(LineSpacingType::Exact),
                ),
        );
    }
    // A wide table on landscape pages (GB/T 9704 8): 4号, off the grid on exact lines, not
    // condensed, so that a row of the 任务分工表 takes a few lines.
    for (id, name, font_name, align) in [
        (
            WIDE_TABLE_TEXT,
            "横排表格文字",
            &fonts.body,
            AlignmentType::Left,
        ),
        (
            WIDE_TABLE_HEADER,
            "横排表头",
            &fonts.heading1,
            AlignmentType::Center,
        ),
    ] {
        let mut s = paragraph_style(id, name, font_name, WIDE_TABLE_SIZE.0)
            .align(align)
            .snap_to_grid(false)
            .line_spacing(
                LineSpacing::new()
                    .line(WIDE_TABLE_LINE.0)
                    .line_rule(LineSpacingType::Exact),
            );
        s.run_property = s.run_property.spacing(0);
        out.push(s);
    }
    // A paragraph holding only a page break (before a table, which cannot carry
    // pageBreakBefore). It has no text; it is right-aligned like the 成文日期, as Word makes it
    // when Ctrl+Enter is pressed after the date, so that when it follows the date the trailing
    // block of the body is still a signature block for readers that find the 落款 by its
    // alignment (check-docx looks at the last three paragraphs).
    out.push(grid_style(PAGE_BREAK, "分页", &fonts.body).align(AlignmentType::Right));
    out.push(
        paragraph_style(FOOTER, "页码", &fonts.page_number, PAGE_NUMBER_SIZE.0).snap_to_grid(false),
    );
    // 版头: the 发文机关标志 in red, centred, off the grid (its size is set on each line, as
    // large as the 版心's width allows).
    out.push(
        paragraph_style(MARK, "发文机关标志", &fonts.title, TITLE_SIZE.0)
            .align(AlignmentType::Center)
            .snap_to_grid(false)
            .color(RED),
    );
    // 版记: 4号仿宋, off the grid, one line of 4号 each.
    out.push(
        paragraph_style(RECORD, "版记", &fonts.body, RECORD_SIZE.0)
            .align(AlignmentType::Left)
            .snap_to_grid(false),
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

/// The footer of a landscape page (GB/T 9704 8: 页码位置与公文其他页码保持一致): `— PAGE —` in
/// the one cell of a floating table whose text runs turned a quarter clockwise (`tbRl`), at
/// the page's left edge, which is the sheet's bottom, so that on the sheet the number stands
/// where the portrait pages have it: odd pages at the sheet's right (the landscape page's
/// lower half), one character in from the 版心's edge, even pages at its left.
///
/// A cell rather than a text box: LibreOffice loses the position of a text box in the footer
/// on the first page of a section when that page is odd. docx-rs writes no floating tables,
/// so the part is written here.
pub(super) fn landscape_footer(odd: bool) -> String {
    let length = LANDSCAPE_NUMBER_BOX_LENGTH.0;
    let width = LANDSCAPE_NUMBER_BOX_WIDTH.0;
    let x = LANDSCAPE_NUMBER_BOX_LEFT.0;
    let y = if odd {
        LANDSCAPE_NUMBER_ODD_END.0 - length
    } else {
        LANDSCAPE_NUMBER_EVEN_START.0
    };
    let side = PAGE_NUMBER_SIDE_INDENT.0;
    let (jc, ind) = if odd {
        (
            "right",
            format!("<w:ind w:left=\"0\" w:right=\"{side}\" />"),
        )
    } else {
        ("left", format!("<w:ind w:left=\"{side}\" w:right=\"0\" />"))
    };
    let zero = |side: &str| format!("<w:{side} w:w=\"0\" w:type=\"dxa\" />");
    let margins: String = ["top", "left", "bottom", "right"].map(zero).concat();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:ftr xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:tbl><w:tblPr><w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" \
         w:vertAnchor=\"page\" w:horzAnchor=\"page\" w:tblpX=\"{x}\" w:tblpY=\"{y}\" />\
         <w:tblW w:w=\"{width}\" w:type=\"dxa\" /><w:tblLayout w:type=\"fixed\" />\
         <w:tblCellMar>{margins}</w:tblCellMar></w:tblPr>\
         <w:tblGrid><w:gridCol w:w=\"{width}\" /></w:tblGrid>\
         <w:tr><w:trPr><w:trHeight w:val=\"{length}\" w:hRule=\"exact\" /></w:trPr>\
         <w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\" /><w:textDirection w:val=\"tbRl\" />\
         <w:vAlign w:val=\"center\" /></w:tcPr>\
         <w:p><w:pPr><w:pStyle w:val=\"{FOOTER}\" />{ind}<w:jc w:val=\"{jc}\" /></w:pPr>\
         <w:r><w:t xml:space=\"preserve\">{PAGE_NUMBER_DASH} </w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"begin\" /></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\" /></w:r><w:r><w:t>1</w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"end\" /></w:r>\
         <w:r><w:t xml:space=\"preserve\"> {PAGE_NUMBER_DASH}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
         <w:p><w:pPr><w:pStyle w:val=\"{FOOTER}\" /></w:pPr></w:p></w:ftr>"
    )
}

/// The footer of a page without a page number (GB/T 9704 7.5: 版记页前有空白页的，空白页和版记
/// 页均不编排页码): one empty paragraph. A section that names no footer would take the one
/// before it, page number and all.
pub(super) fn blank_footer() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:ftr xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:p><w:pPr><w:pStyle w:val=\"{FOOTER}\" /></w:pPr></w:p></w:ftr>"
    )
}

// ---------------------------------------------------------------- the document

/// The docx-rs document with an empty body: defaults, styles and the two page-number footers.
/// Its parts other than `word/document.xml` are the package's (after the canonical-order
/// pass); `document.xml` is written by [`super::document`], which names the footers by the
/// relationship ids docx-rs gives them ([`FOOTER_IDS`]).
pub(super) fn build(fonts: &Fonts) -> Docx {
    let mut docx = Docx::new()
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
    for s in styles(fonts) {
        docx = docx.add_style(s);
    }
    docx
}
