//! The canonical-order pass: puts the children of WordprocessingML property elements into
//! the order the ECMA-376 schema demands, adds what docx-rs cannot write, and drops
//! what says nothing (empty run and row properties; `xml:space="preserve"` on text without
//! white space, as Word writes it; the optional `w14:paraId`, which docx-rs numbers from a
//! thread-local counter).
//!
//! # Why a pass over the XML, and why here
//!
//! docx-rs writes several children in orders the schema forbids (bokuweb/docx-rs#724): an
//! empty `<w:rPr/>` first in every `<w:pPr>` (the schema wants it last, and forbids it
//! altogether in a style's `pPr`), a style's `rPr` before its `pPr`, `footerReference`
//! after `pgSz` in `sectPr`, `zoom` late in `settings`. LibreOffice does not mind; Word
//! "repairs" such files and WPS follows Word. The alternatives were worse:
//!
//! - writing the affected parts by hand would duplicate most of docx-rs (every paragraph
//!   and run property sits in `document.xml` and `styles.xml`);
//! - patching docx-rs is not ours to ship, and every release reorders something else;
//! - string surgery on known byte patterns breaks silently when docx-rs changes.
//!
//! A generic pass is small, does not care which builder call produced an element, and is
//! tested once. Its order tables are data, copied from the sequences in
//! `shared/ooxml-xsd/wml.xsd` (base types and groups flattened); a child the table does
//! not know keeps its place after the known child before it, so unknown extension elements
//! are never lost. Elements are matched by their qualified name with the `w:` prefix,
//! which is what docx-rs always writes.
//!
//! The same tree walk adds `w:firstLineChars` next to a two-character `w:firstLine` (docx-rs
//! reads it but never writes it).
//!
//! Only the parts docx-rs builds go through this pass (styles, settings, footers, font
//! table, relationships); `document.xml` is written in schema order to begin with
//! ([`super::document`]).

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

use crate::layout::{FIRST_LINE_CHARS, FIRST_LINE_INDENT};

// ---------------------------------------------------------------- order tables (wml.xsd)

/// CT_PPr (paragraph properties in a paragraph); CT_PPrGeneral is the same without `rPr`,
/// `sectPr`.
const PPR: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];

/// CT_ParaRPr, a superset of CT_RPr (EG_RPrBase) in the same order.
const RPR: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
    "rPrChange",
];

/// CT_Style.
const STYLE: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];

/// CT_SectPr (EG_HdrFtrReferences is a choice: header and footer references share a rank).
const SECT_PR: &[&str] = &[
    "headerReference|footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];

/// CT_Settings.
const SETTINGS: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

/// CT_TblPr.
const TBL_PR: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];

/// CT_TcPr.
const TC_PR: &[&str] = &[
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
];

/// CT_TcBorders (CT_TblBorders is the same without the diagonals).
const BORDERS: &[&str] = &[
    "top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl",
];

/// CT_TblCellMar and CT_TcMar.
const CELL_MAR: &[&str] = &["top", "start", "left", "bottom", "end", "right"];

/// CT_DocDefaults.
const DOC_DEFAULTS: &[&str] = &["rPrDefault", "pPrDefault"];

/// CT_Lvl.
const LVL: &[&str] = &[
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
];

/// CT_AbstractNum.
const ABSTRACT_NUM: &[&str] = &[
    "nsid",
    "multiLevelType",
    "tmpl",
    "name",
    "styleLink",
    "numStyleLink",
    "lvl",
];

/// CT_Numbering.
const NUMBERING: &[&str] = &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"];

/// CT_Num.
const NUM: &[&str] = &["abstractNumId", "lvlOverride"];

/// Which elements get their children sorted, and by which table.
const ORDERS: &[(&str, &[&str])] = &[
    ("w:pPr", PPR),
    ("w:rPr", RPR),
    ("w:style", STYLE),
    ("w:sectPr", SECT_PR),
    ("w:settings", SETTINGS),
    ("w:tblPr", TBL_PR),
    ("w:tcPr", TC_PR),
    ("w:tblBorders", BORDERS),
    ("w:tcBorders", BORDERS),
    ("w:tblCellMar", CELL_MAR),
    ("w:tcMar", CELL_MAR),
    ("w:docDefaults", DOC_DEFAULTS),
    ("w:lvl", LVL),
    ("w:abstractNum", ABSTRACT_NUM),
    ("w:numbering", NUMBERING),
    ("w:num", NUM),
];

// ---------------------------------------------------------------- a minimal tree

/// The tree borrows from the input: no copy of names, attributes or text. (Renders do not run
/// the pass: it runs once per [`crate::layout::Fonts`] on the parts docx-rs builds.)
enum Node<'a> {
    Elem(Elem<'a>),
    /// Text, entity references, comments, the declaration: written back unchanged.
    Other(Event<'a>),
}

struct Elem<'a> {
    start: BytesStart<'a>,
    children: Vec<Node<'a>>,
}

impl<'a> Elem<'a> {
    fn name(&self) -> &str {
        self.start.name().into_inner()
    }

    fn has_attr(&self, key: &str) -> bool {
        self.start
            .attributes()
            .flatten()
            .any(|a| a.key.into_inner() == key)
    }

    fn attr_is(&self, key: &str, value: &str) -> bool {
        self.start
            .attributes()
            .flatten()
            .any(|a| a.key.into_inner() == key && a.value.as_ref() == value)
    }
}

fn parse(xml: &[u8]) -> Result<Vec<Node<'_>>, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Elem> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    loop {
        let event = reader.read_event()?;
        let node = match event {
            Event::Eof => break,
            Event::Start(start) => {
                stack.push(Elem {
                    start,
                    children: Vec::new(),
                });
                continue;
            }
            Event::End(_) => match stack.pop() {
                Some(e) => Node::Elem(e),
                None => continue, // unreachable: the reader checks end names
            },
            Event::Empty(start) => Node::Elem(Elem {
                start,
                children: Vec::new(),
            }),
            other => Node::Other(other),
        };
        match stack.last_mut() {
            Some(parent) => parent.children.push(node),
            None => top.push(node),
        }
    }
    if let Some(open) = stack.pop() {
        return Err(quick_xml::Error::IllFormed(
            quick_xml::errors::IllFormedError::MissingEndTag(open.name().to_string()),
        ));
    }
    Ok(top)
}

fn write_nodes(w: &mut Writer<Vec<u8>>, nodes: &[Node<'_>]) -> std::io::Result<()> {
    for node in nodes {
        match node {
            Node::Other(ev) => w.write_event(ev.borrow())?,
            Node::Elem(e) if e.children.is_empty() => {
                w.write_event(Event::Empty(e.start.borrow()))?
            }
            Node::Elem(e) => {
                w.write_event(Event::Start(e.start.borrow()))?;
                write_nodes(w, &e.children)?;
                w.write_event(Event::End(e.start.to_end()))?;
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- the pass

/// The XML part `xml` with children in schema order and the docx-rs gaps filled.
///
/// Non-XML input and ill-formed XML are errors; everything else is written back unchanged
/// (attributes, text and entity references byte for byte).
pub(super) fn normalize(xml: &[u8]) -> Result<Vec<u8>, quick_xml::Error> {
    let mut nodes = parse(xml)?;
    for node in &mut nodes {
        if let Node::Elem(e) = node {
            fix(e);
        }
    }
    let mut w = Writer::new(Vec::with_capacity(xml.len() + 64));
    write_nodes(&mut w, &nodes)?;
    Ok(w.into_inner())
}

fn fix(e: &mut Elem<'_>) {
    for child in &mut e.children {
        if let Node::Elem(c) = child {
            fix(c);
        }
    }
    // A borrowed start tag clones without copying; its name then does not borrow `e`.
    let start = e.start.clone();
    let name = start.name().into_inner();
    match name {
        "w:pPr" => {
            // docx-rs writes an empty rPr in every pPr; CT_PPrGeneral (styles, docDefaults,
            // numbering levels) allows none, and in a paragraph it says nothing.
            e.children.retain(
                |n| !matches!(n, Node::Elem(c) if c.name() == "w:rPr" && c.children.is_empty()),
            );
        }
        // docx-rs numbers every paragraph with a thread-local counter; the id is optional
        // (Word assigns its own on save) and would make the output depend on the thread.
        "w:p" => remove_attr(e, "w14:paraId"),
        // A run in its paragraph style's font has nothing to say in its properties.
        "w:r" => e.children.retain(
            |n| !matches!(n, Node::Elem(c) if c.name() == "w:rPr" && c.children.is_empty()),
        ),
        "w:ind" => add_first_line_chars(e),
        "w:gridCol" => remove_attr(e, "w:type"), // CT_TblGridCol has only w:w
        // docx-rs writes every row's (empty) properties and preserves the spaces of every
        // text; Word writes neither unless there is something to say. `xml:space` matters
        // only for text with XML white space (or a character reference that could be one).
        "w:tr" => e.children.retain(
            |n| !matches!(n, Node::Elem(c) if c.name() == "w:trPr" && c.children.is_empty()),
        ),
        "w:t" if !has_white_space(&e.children) => remove_attr(e, "xml:space"),
        _ => {}
    }
    if let Some((_, order)) = ORDERS.iter().find(|(n, _)| *n == name) {
        sort_children(e, order);
    }
}

/// Rank of `child` (a qualified name) in `order`, if it is a `w:` element the table knows.
fn rank(order: &[&str], child: &str) -> Option<usize> {
    let local = child.strip_prefix("w:")?;
    order
        .iter()
        .position(|entry| entry.split('|').any(|n| n == local))
}

/// Stable sort of `e`'s children by their rank in `order`; a node without a rank (unknown
/// element, text) travels with the ranked element before it.
fn sort_children(e: &mut Elem<'_>, order: &[&str]) {
    let mut last = 0;
    let mut keyed: Vec<(usize, Node<'_>)> = std::mem::take(&mut e.children)
        .into_iter()
        .map(|n| {
            if let Node::Elem(c) = &n
                && let Some(r) = rank(order, c.name())
            {
                last = r;
            }
            (last, n)
        })
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    e.children = keyed.into_iter().map(|(_, n)| n).collect();
}

/// Whether `text` holds XML white space (space, tab, line breaks): then a `w:t` needs
/// `xml:space="preserve"`. The direct writer applies the same rule.
pub(super) fn has_xml_white_space(text: &[u8]) -> bool {
    text.iter()
        .any(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}

/// Whether the text nodes hold XML white space or a character reference, which may stand
/// for some.
fn has_white_space(children: &[Node<'_>]) -> bool {
    children.iter().any(|n| match n {
        Node::Other(Event::Text(t)) => has_xml_white_space(t[..].as_bytes()),
        Node::Other(Event::GeneralRef(r)) => {
            let name = r[..].as_bytes();
            name.first() == Some(&b'#')
        }
        Node::Other(Event::CData(_)) | Node::Elem(_) => true,
        _ => false,
    })
}

/// `e` without the attribute `key` (kept in order otherwise).
fn remove_attr(e: &mut Elem<'_>, key: &str) {
    if !e.has_attr(key) {
        return;
    }
    let mut start = BytesStart::new(e.name().to_string());
    for a in e.start.attributes().flatten() {
        if a.key.into_inner() != key {
            start.push_attribute(a);
        }
    }
    e.start = start;
}

/// `w:firstLineChars="200"` beside a two-character `w:firstLine`: Word then shows "2 字符"
/// and keeps the indent at two characters if the font size changes.
fn add_first_line_chars(e: &mut Elem<'_>) {
    let first_line = FIRST_LINE_INDENT.0.to_string();
    if e.attr_is("w:firstLine", &first_line) && !e.has_attr("w:firstLineChars") {
        e.start
            .push_attribute(("w:firstLineChars", FIRST_LINE_CHARS.to_string().as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        String::from_utf8(normalize(s.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn ppr_puts_pstyle_first_and_rpr_last() {
        assert_eq!(
            norm(
                "<w:p><w:pPr><w:rPr><w:b/></w:rPr><w:jc w:val=\"both\"/><w:pStyle w:val=\"GwBody\"/></w:pPr></w:p>"
            ),
            "<w:p><w:pPr><w:pStyle w:val=\"GwBody\"/><w:jc w:val=\"both\"/><w:rPr><w:b/></w:rPr></w:pPr></w:p>"
        );
        // the brief's example: an empty rPr says nothing and goes
        assert_eq!(
            norm("<w:pPr><w:rPr/><w:pStyle w:val=\"x\"/></w:pPr>"),
            "<w:pPr><w:pStyle w:val=\"x\"/></w:pPr>"
        );
    }

    #[test]
    fn grid_columns_lose_the_type_attribute() {
        assert_eq!(
            norm("<w:tblGrid><w:gridCol w:w=\"700\" w:type=\"dxa\"/></w:tblGrid>"),
            "<w:tblGrid><w:gridCol w:w=\"700\"/></w:tblGrid>"
        );
    }

    #[test]
    fn ppr_in_style_drops_empty_rpr_and_style_puts_ppr_before_rpr() {
        let got = norm(
            "<w:style><w:name w:val=\"x\"/><w:rPr><w:sz w:val=\"32\"/><w:rFonts w:ascii=\"a\"/></w:rPr>\
             <w:pPr><w:rPr/><w:outlineLvl w:val=\"0\"/><w:keepNext/></w:pPr><w:basedOn w:val=\"y\"/></w:style>",
        );
        assert_eq!(
            got,
            "<w:style><w:name w:val=\"x\"/><w:basedOn w:val=\"y\"/>\
             <w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr>\
             <w:rPr><w:rFonts w:ascii=\"a\"/><w:sz w:val=\"32\"/></w:rPr></w:style>"
        );
    }

    #[test]
    fn text_keeps_xml_space_only_where_it_has_white_space() {
        let got = norm(
            "<w:r><w:t xml:space=\"preserve\">甲乙</w:t><w:t xml:space=\"preserve\">a b</w:t>\
             <w:t xml:space=\"preserve\">&#32;</w:t><w:t xml:space=\"preserve\">a&amp;b</w:t>\
             <w:t xml:space=\"preserve\"></w:t><w:t xml:space=\"preserve\">\t</w:t></w:r>",
        );
        assert_eq!(
            got,
            "<w:r><w:t>甲乙</w:t><w:t xml:space=\"preserve\">a b</w:t>\
             <w:t xml:space=\"preserve\">&#32;</w:t><w:t>a&amp;b</w:t>\
             <w:t/><w:t xml:space=\"preserve\">\t</w:t></w:r>"
        );
    }

    #[test]
    fn empty_row_properties_go() {
        assert_eq!(
            norm("<w:tbl><w:tr><w:trPr/><w:tc/></w:tr></w:tbl>"),
            "<w:tbl><w:tr><w:tc/></w:tr></w:tbl>"
        );
        assert_eq!(
            norm("<w:tbl><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc/></w:tr></w:tbl>"),
            "<w:tbl><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc/></w:tr></w:tbl>"
        );
    }

    #[test]
    fn non_empty_rpr_in_style_ppr_is_kept() {
        let got =
            norm("<w:style><w:pPr><w:rPr><w:b/></w:rPr><w:jc w:val=\"left\"/></w:pPr></w:style>");
        assert!(got.contains("<w:rPr><w:b/></w:rPr>"), "{got}");
    }

    #[test]
    fn sect_pr_puts_references_first_and_keeps_their_order() {
        let got = norm(
            "<w:sectPr><w:pgSz w:w=\"1\"/><w:pgMar w:top=\"1\"/><w:docGrid w:linePitch=\"579\"/>\
             <w:footerReference w:type=\"default\"/><w:footerReference w:type=\"even\"/></w:sectPr>",
        );
        assert_eq!(
            got,
            "<w:sectPr><w:footerReference w:type=\"default\"/><w:footerReference w:type=\"even\"/>\
             <w:pgSz w:w=\"1\"/><w:pgMar w:top=\"1\"/><w:docGrid w:linePitch=\"579\"/></w:sectPr>"
        );
    }

    #[test]
    fn settings_zoom_moves_to_front_and_unknown_children_follow_their_predecessor() {
        let got = norm(
            "<w:settings><w:defaultTabStop w:val=\"840\"/><w14:docId w14:val=\"1\"/>\
             <w:zoom w:percent=\"100\"/><w:evenAndOddHeaders/></w:settings>",
        );
        assert_eq!(
            got,
            "<w:settings><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"840\"/>\
             <w14:docId w14:val=\"1\"/><w:evenAndOddHeaders/></w:settings>"
        );
    }

    #[test]
    fn run_properties_are_sorted() {
        assert_eq!(
            norm(
                "<w:r><w:rPr><w:szCs w:val=\"1\"/><w:sz w:val=\"1\"/><w:spacing w:val=\"-5\"/><w:rFonts/></w:rPr></w:r>"
            ),
            "<w:r><w:rPr><w:rFonts/><w:spacing w:val=\"-5\"/><w:sz w:val=\"1\"/><w:szCs w:val=\"1\"/></w:rPr></w:r>"
        );
    }

    #[test]
    fn text_entities_and_declaration_survive() {
        let src = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
                   <w:t xml:space=\"preserve\">a &lt;&amp;&gt; &quot;b&apos; 中文</w:t>";
        assert_eq!(norm(src), src);
    }

    #[test]
    fn first_line_chars_is_added_to_two_character_indents_only() {
        assert_eq!(
            norm("<w:ind w:left=\"0\" w:firstLine=\"640\"/>"),
            "<w:ind w:left=\"0\" w:firstLine=\"640\" w:firstLineChars=\"200\"/>"
        );
        assert_eq!(
            norm("<w:ind w:firstLine=\"320\"/>"),
            "<w:ind w:firstLine=\"320\"/>"
        );
    }

    #[test]
    fn ill_formed_xml_is_an_error() {
        assert!(normalize(b"<a><b></a>").is_err());
        assert!(normalize(b"<a>").is_err());
    }

    #[test]
    fn order_tables_have_no_duplicates() {
        for (name, order) in ORDERS {
            let mut seen = std::collections::HashSet::new();
            for entry in *order {
                for n in entry.split('|') {
                    assert!(seen.insert(n), "{name}: {n} twice");
                }
            }
        }
    }
}
