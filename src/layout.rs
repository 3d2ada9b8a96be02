//! Every GB/T 9704-2012 number the .docx writer uses, in one place.
//!
//! OOXML measures lengths in twips (1/20 pt, 1/1440 inch) and font sizes in half-points;
//! the constants here carry their unit in their type ([`Twips`], [`HalfPoints`]) so a size can
//! never be passed where a length is wanted. Clause numbers refer to GB/T 9704-2012.
//!
//! The one public item is [`Fonts`], the five font names a user may override.

use serde::{Deserialize, Serialize};

/// A length in twips (1/20 pt).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Twips(pub i32);

impl Twips {
    /// Twips in one millimetre (1440 / 25.4).
    const PER_MM: f64 = 1440.0 / 25.4;

    /// The nearest whole number of twips to `mm` (positive) millimetres.
    pub(crate) const fn from_mm(mm: f64) -> Twips {
        Twips((mm * Self::PER_MM + 0.5) as i32)
    }
}

/// A font size in half-points (OOXML `w:sz`): 32 is 16 pt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct HalfPoints(pub usize);

impl HalfPoints {
    /// The width of one full-width (CJK) character of this size: 1 em = size in points × 20.
    pub(crate) const fn em(self) -> Twips {
        Twips(self.0 as i32 * 10)
    }
}

// ---------------------------------------------------------------- page (5.2.1)

/// A4 page width, 210 mm.
pub(crate) const PAGE_WIDTH: Twips = Twips(11906);
/// A4 page height, 297 mm.
pub(crate) const PAGE_HEIGHT: Twips = Twips(16838);
/// Top margin (天头), 37 mm.
pub(crate) const MARGIN_TOP: Twips = Twips(2098);
/// Bottom margin, 35 mm.
pub(crate) const MARGIN_BOTTOM: Twips = Twips(1984);
/// Left margin (订口), 28 mm.
pub(crate) const MARGIN_LEFT: Twips = Twips(1587);
/// Right margin, 26 mm.
pub(crate) const MARGIN_RIGHT: Twips = Twips(1474);
/// Header distance from the page edge, 15 mm (no header is written; Word wants a value).
pub(crate) const HEADER_DISTANCE: Twips = Twips(850);
/// Footer distance from the page edge, 25.4 mm: puts the page number's dash about 7 mm
/// below the 版心 (7.5 "一字线上距版心下边缘7mm").
pub(crate) const FOOTER_DISTANCE: Twips = Twips(1440);
/// Width of the 版心 (type area), 156 mm: page width minus both margins.
pub(crate) const TEXT_WIDTH: Twips = Twips(PAGE_WIDTH.0 - MARGIN_LEFT.0 - MARGIN_RIGHT.0);
/// Height of the 版心, 225 mm.
pub(crate) const TEXT_HEIGHT: Twips = Twips(PAGE_HEIGHT.0 - MARGIN_TOP.0 - MARGIN_BOTTOM.0);

// ---------------------------------------------------------------- grid (5.2.3)

/// Lines on a page.
pub(crate) const LINES_PER_PAGE: i32 = 22;
/// Characters on a line.
pub(crate) const CHARS_PER_LINE: i32 = 28;
/// `w:docGrid w:type="lines" w:linePitch`: 版心 height / 22, rounded down (12756 / 22).
pub(crate) const LINE_PITCH: Twips = Twips(TEXT_HEIGHT.0 / LINES_PER_PAGE);
/// Character spacing of body text in twentieths of a point (`w:spacing w:val` in `rPr`):
/// −0.25 pt, so that 28 characters of 16 pt fit the 442.25 pt line (15.75 × 28 = 441).
pub(crate) const BODY_CHAR_SPACING: i32 = -5;

// ---------------------------------------------------------------- sizes (5.2.2, 7.x)

/// 2号 (22 pt): the title and annex titles.
pub(crate) const TITLE_SIZE: HalfPoints = HalfPoints(44);
/// 3号 (16 pt): body text, headings, signature, annex label.
pub(crate) const BODY_SIZE: HalfPoints = HalfPoints(32);
/// 4号 (14 pt): page numbers (7.5).
pub(crate) const PAGE_NUMBER_SIZE: HalfPoints = HalfPoints(28);
/// 3号 (16 pt): table text. GB/T 9704 §8 wants annexes formatted like the body
/// (附件格式要求同正文), and table rows of one line of body size are one grid line apart
/// ([`TABLE_LINE`]), so every page of a plan, tables included, keeps the 22-line rhythm.
pub(crate) const TABLE_SIZE: HalfPoints = HalfPoints(32);

// ---------------------------------------------------------------- indents and spacing

/// One full-width character of body text (16 pt = 320 twips).
pub(crate) const BODY_EM: Twips = BODY_SIZE.em();
/// First-line indent of body paragraphs: two characters (7.3.3 每个自然段左空二字).
pub(crate) const FIRST_LINE_INDENT: Twips = Twips(2 * BODY_EM.0);
/// The same indent in hundredths of a character (`w:firstLineChars`), which Word shows as
/// "2 字符" and which wins over `w:firstLine`.
pub(crate) const FIRST_LINE_CHARS: i32 = 200;
/// Right indent of the 成文日期: four characters (7.3.5.1 右空四字).
pub(crate) const DATE_RIGHT_INDENT: Twips = Twips(4 * BODY_EM.0);
/// Indent of the page number from the edge of the 版心: one 4号 character (7.5 空一字).
pub(crate) const PAGE_NUMBER_SIDE_INDENT: Twips = PAGE_NUMBER_SIZE.em();
/// One empty line's worth of space, used as paragraph spacing below the title, above the
/// 附件说明 and the signature, and below the annex label (no empty paragraphs are written).
pub(crate) const BLANK_LINE: Twips = LINE_PITCH;
/// Where an attachment's name starts in the 附件说明 (7.3.4 左空二字编排“附件”二字，后标全角冒号和
/// 附件名称): after the two-character indent and 附件： (three condensed characters). A name that
/// wraps continues here (回行时与上一行附件名称的首字对齐): the paragraph's left indent.
pub(crate) const ATTACHMENT_NAME_START: Twips =
    Twips(FIRST_LINE_INDENT.0 + 3 * (BODY_EM.0 + BODY_CHAR_SPACING));

/// The room for an attachment's number (`1.` … `12.`) before its name when there are
/// several (附件：1.XXXXX): half an em a character, what `N.` takes in a GB font (half-width
/// digits and point, less the body's condensed spacing), so the tab after the number lands
/// right after it; in a font with narrower digits the tab makes up the difference. A name
/// then starts, and wraps, at [`ATTACHMENT_NAME_START`] plus this.
pub(crate) const fn attachment_number_slot(count: usize) -> Twips {
    let mut digits = 1;
    let mut n = count;
    while n >= 10 {
        n /= 10;
        digits += 1;
    }
    Twips((digits + 1) * BODY_EM.0 / 2)
}

/// Left and right cell padding of tables, 0.2 cm (Word's default).
pub(crate) const TABLE_CELL_PADDING: Twips = Twips(115);
/// Right padding of the last column, 0.32 cm: table text then never reaches the right edge
/// of the 版心, so no table line can pass for a full line of body text when the layout is
/// measured (28 characters a line).
pub(crate) const TABLE_LAST_CELL_PADDING: Twips = Twips(180);
/// Table border width in eighths of a point (`w:sz`): ½ pt single lines.
pub(crate) const TABLE_BORDER_SIZE: usize = 4;
/// The exact line of table text (3号, off the grid): a grid line less the border between two
/// rows, so that a row of one line is one grid line from the next (28.95 pt) and a table
/// keeps the page's 22-line rhythm; a row of several lines is a little shorter than as many
/// grid lines.
pub(crate) const TABLE_LINE: Twips = Twips(LINE_PITCH.0 - TABLE_BORDER_SIZE as i32 * 20 / 8);
/// Room a cell keeps beyond its text when columns are sized to their content, so that text
/// measured to fit does not wrap for a rounding difference.
pub(crate) const TABLE_FIT_SLACK: Twips = Twips(40);

// ---------------------------------------------------------------- landscape pages (8)

/// A wide table (the 任务分工表, any table of more than five columns) goes on landscape A4
/// pages. The 版心 keeps its place on the sheet, so the margins turn with the page: the
/// landscape page's top is the sheet's left edge (the 订口, where GB/T 9704 8 wants the table
/// head on odd pages), its left the sheet's bottom.
pub(crate) const LANDSCAPE_MARGIN_TOP: Twips = MARGIN_LEFT;
pub(crate) const LANDSCAPE_MARGIN_RIGHT: Twips = MARGIN_TOP;
pub(crate) const LANDSCAPE_MARGIN_BOTTOM: Twips = MARGIN_RIGHT;
pub(crate) const LANDSCAPE_MARGIN_LEFT: Twips = MARGIN_BOTTOM;
/// Width of the 版心 on a landscape page: 225 mm.
pub(crate) const LANDSCAPE_TEXT_WIDTH: Twips = TEXT_HEIGHT;
/// Footer distance of a landscape page: the footer only anchors the turned page number, and
/// must stay inside the 26 mm bottom margin.
pub(crate) const LANDSCAPE_FOOTER_DISTANCE: Twips = HEADER_DISTANCE;
/// Text of a wide table: 小4号 (12 pt), on exact lines of 15.6 pt, not condensed, so that a
/// row of the 任务分工表 takes a line or two (GB/T 9704 8 allows a smaller size in tables).
pub(crate) const WIDE_TABLE_SIZE: HalfPoints = HalfPoints(24);
pub(crate) const WIDE_TABLE_LINE: Twips = Twips(312);
/// The page number of a landscape page, turned with the sheet (GB/T 9704 8: 页码位置与公文
/// 其他页码保持一致): a box of turned text at the page's left edge, centred 26 mm from
/// it (where the portrait page has the number's middle, 7 mm below a 35 mm margin, less half
/// a line); odd pages in the lower half (the sheet's right), reaching to the 版心's bottom,
/// even pages in the upper half, from the 版心's top.
pub(crate) const LANDSCAPE_NUMBER_BOX_LEFT: Twips = Twips::from_mm(21.5);
pub(crate) const LANDSCAPE_NUMBER_BOX_WIDTH: Twips = Twips::from_mm(9.0);
pub(crate) const LANDSCAPE_NUMBER_BOX_LENGTH: Twips = Twips::from_mm(44.0);
/// Where the odd page's box ends and the even page's begins, from the landscape page's top.
pub(crate) const LANDSCAPE_NUMBER_ODD_END: Twips = Twips(PAGE_WIDTH.0 - MARGIN_RIGHT.0);
pub(crate) const LANDSCAPE_NUMBER_EVEN_START: Twips = MARGIN_LEFT;

/// Width of the borderless one-cell table an annex is laid out in (the annex frame): the
/// whole 版心, so that annex text lines are as long as body lines (28 characters).
pub(crate) const ANNEX_FRAME_WIDTH: Twips = TEXT_WIDTH;
/// Cell padding of the annex frame, on all four sides: none, so that its text starts at the
/// left edge of the 版心 and its first line sits on the first grid line of the page.
pub(crate) const ANNEX_FRAME_PADDING: Twips = Twips(0);

/// The text of the page number: `— N —` (7.5 一字线 U+2014 and a space on each side).
pub(crate) const PAGE_NUMBER_DASH: char = '\u{2014}';

// ---------------------------------------------------------------- 版头 (7.2) and 版记 (7.4)

/// 发文机关标志: its top edge 35 mm below the top of the 版心 (7.2.4).
pub(crate) const MARK_TOP: Twips = Twips::from_mm(35.0);
/// The largest size of a line of the 发文机关标志: 初号 (42 pt). A longer name is set smaller
/// so that the line fits the 版心 (标志的宽度不超过版心).
pub(crate) const MARK_MAX_SIZE: HalfPoints = HalfPoints(84);
/// The red of the 发文机关标志 and the separator line (Word's "red").
pub(crate) const RED: &str = "FF0000";
/// The red separator line below the 发文字号: 4 mm below it (7.2.7), ¾ pt thick (`w:sz` in
/// eighths of a point), as wide as the 版心.
pub(crate) const SEPARATOR_GAP: Twips = Twips::from_mm(4.0);
/// What LibreOffice and Word put between the glyphs of a line on the grid and the bottom of
/// the line's box, which the separator's distance (`w:space`) is measured from.
pub(crate) const SEPARATOR_LINE_FOOT: Twips = Twips::from_mm(2.2);
pub(crate) const SEPARATOR_SIZE: usize = 6;
/// Text of the 版记: 4号 (14 pt) 仿宋 (7.4.2).
pub(crate) const RECORD_SIZE: HalfPoints = HalfPoints(28);
/// The one character the 版记's elements keep from each side of the 版心 (左右各空一字).
pub(crate) const RECORD_SIDE: Twips = RECORD_SIZE.em();
/// The 版记's first and last rules (0.35 mm: 1 pt) and the rules between its elements
/// (0.25 mm: ¾ pt), in eighths of a point (7.4.1).
pub(crate) const RECORD_THICK: usize = 8;
pub(crate) const RECORD_THIN: usize = 6;
/// A line of the 版记: exactly 22 pt, so that its height is known before it is laid out.
pub(crate) const RECORD_LINE: Twips = Twips(440);
/// The space above and below the text in each of the 版记's rows.
pub(crate) const RECORD_PADDING: Twips = Twips(60);

// The numbers above are the standard's millimetres and its 22 x 28 grid; checked at compile time.
const _: () = {
    assert!(Twips::from_mm(210.0).0 == PAGE_WIDTH.0 && Twips::from_mm(297.0).0 == PAGE_HEIGHT.0);
    assert!(Twips::from_mm(37.0).0 == MARGIN_TOP.0 && Twips::from_mm(35.0).0 == MARGIN_BOTTOM.0);
    assert!(Twips::from_mm(28.0).0 == MARGIN_LEFT.0 && Twips::from_mm(26.0).0 == MARGIN_RIGHT.0);
    assert!(TEXT_HEIGHT.0 / LINE_PITCH.0 == LINES_PER_PAGE);
    assert!(TEXT_WIDTH.0 / (BODY_EM.0 + BODY_CHAR_SPACING) == CHARS_PER_LINE);
    assert!(
        (ANNEX_FRAME_WIDTH.0 - 2 * ANNEX_FRAME_PADDING.0) / (BODY_EM.0 + BODY_CHAR_SPACING)
            == CHARS_PER_LINE
    );
};

/// The five font names of a document.
///
/// The defaults are the GB/T 9704 fonts: 方正小标宋简体 for titles, 仿宋_GB2312 for the
/// body, 黑体 for level-1 headings, 楷体_GB2312 for level-2 headings and 宋体 for page numbers.
/// Levels 3 and 4, run-in heading bodies and table cells use the body font; the annex label
/// and table header use the level-1 heading font. Every name is written to all four font
/// slots (ASCII, high ANSI, East Asian, complex script) of its styles, and of a run whose font
/// differs from its paragraph style's.
///
/// In an input file the fonts may be overridden one by one; unknown keys are an error:
///
/// ```
/// use gongwen::Fonts;
///
/// let fonts = Fonts::default();
/// assert_eq!(fonts.body, "仿宋_GB2312");
///
/// let custom = Fonts { body: "仿宋".to_string(), ..Fonts::default() };
/// assert_eq!(custom.title, "方正小标宋简体");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Fonts {
    /// The title and annex titles (2号). Default 方正小标宋简体.
    ///
    /// ```
    /// assert_eq!(gongwen::Fonts::default().title, "方正小标宋简体");
    /// ```
    pub title: String,
    /// Body text, levels 3–4 headings, signature, date and table cells (3号). Default 仿宋_GB2312.
    ///
    /// ```
    /// assert_eq!(gongwen::Fonts::default().body, "仿宋_GB2312");
    /// ```
    pub body: String,
    /// Level-1 headings (一、), the annex label and table headers. Default 黑体.
    ///
    /// ```
    /// assert_eq!(gongwen::Fonts::default().heading1, "黑体");
    /// ```
    pub heading1: String,
    /// Level-2 headings (（一）). Default 楷体_GB2312.
    ///
    /// ```
    /// assert_eq!(gongwen::Fonts::default().heading2, "楷体_GB2312");
    /// ```
    pub heading2: String,
    /// Page numbers (4号半角宋体阿拉伯数字). Default 宋体.
    ///
    /// ```
    /// assert_eq!(gongwen::Fonts::default().page_number, "宋体");
    /// ```
    pub page_number: String,
}

impl Default for Fonts {
    /// The GB/T 9704-2012 fonts.
    ///
    /// ```
    /// let f = gongwen::Fonts::default();
    /// assert_eq!(
    ///     [&f.title, &f.body, &f.heading1, &f.heading2, &f.page_number],
    ///     ["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"],
    /// );
    /// ```
    fn default() -> Fonts {
        Fonts {
            title: "方正小标宋简体".to_string(),
            body: "仿宋_GB2312".to_string(),
            heading1: "黑体".to_string(),
            heading2: "楷体_GB2312".to_string(),
            page_number: "宋体".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_are_the_standard_millimetres() {
        assert_eq!(Twips::from_mm(210.0), PAGE_WIDTH);
        assert_eq!(Twips::from_mm(297.0), PAGE_HEIGHT);
        assert_eq!(Twips::from_mm(37.0), MARGIN_TOP);
        assert_eq!(Twips::from_mm(35.0), MARGIN_BOTTOM);
        assert_eq!(Twips::from_mm(28.0), MARGIN_LEFT);
        assert_eq!(Twips::from_mm(26.0), MARGIN_RIGHT);
        assert_eq!(Twips::from_mm(15.0), HEADER_DISTANCE);
        assert_eq!(Twips::from_mm(25.4), FOOTER_DISTANCE);
    }

    #[test]
    fn grid_gives_22_lines_of_28_characters() {
        assert_eq!(LINE_PITCH, Twips(579));
        assert_eq!(TEXT_HEIGHT.0 / LINE_PITCH.0, 22);
        // One character: 16 pt + spacing, in twips.
        let pitch = BODY_SIZE.em().0 + BODY_CHAR_SPACING;
        assert_eq!(TEXT_WIDTH.0 / pitch, CHARS_PER_LINE);
        assert_eq!(TEXT_WIDTH, Twips(8845));
    }

    #[test]
    fn sizes_and_indents() {
        assert_eq!(BODY_SIZE.em(), BODY_EM);
        assert_eq!(FIRST_LINE_INDENT, Twips(640));
        assert_eq!(DATE_RIGHT_INDENT, Twips(1280));
        assert_eq!(PAGE_NUMBER_SIZE.em(), PAGE_NUMBER_SIDE_INDENT);
        assert_eq!(TITLE_SIZE.0, 44);
        assert_eq!(LANDSCAPE_TEXT_WIDTH, Twips(12756));
    }

    #[test]
    fn fonts_deserialize_with_defaults_and_reject_unknown_keys() {
        use serde::de::IntoDeserializer;
        use serde::de::value::{Error, MapDeserializer};
        let from = |pairs: Vec<(&'static str, &'static str)>| -> Result<Fonts, Error> {
            let map: MapDeserializer<_, Error> =
                MapDeserializer::new(pairs.into_iter().map(|(k, v)| (k, v.into_deserializer())));
            Fonts::deserialize(map)
        };
        let f = from(vec![("body", "仿宋")]).unwrap();
        assert_eq!(f.body, "仿宋");
        assert_eq!(f.title, "方正小标宋简体");
        assert_eq!(f.page_number, "宋体");
        assert_eq!(from(vec![]).unwrap(), Fonts::default());
        let err = from(vec![("bodyy", "仿宋")]).unwrap_err().to_string();
        assert!(err.contains("bodyy"), "{err}");
    }
}
