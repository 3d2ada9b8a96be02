//! Reading a .docx back: the one reader of `word/document.xml` that the importer and the
//! linter share, so that they cannot disagree on what a document's text is.
//!
//! Every paragraph of the body comes out in document order, table cells included, each with
//! where it stands ([`Place`]) and its text split at its line breaks (`w:br`, `w:cr`), tabs as
//! `\t`. What to keep is the caller's choice: the linter numbers every paragraph as a line,
//! the importer reads the body and the frames (one-cell tables around text, such as an annex
//! or the 抄送 of a 版记) and leaves data tables out.

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::Event;

/// The largest `word/document.xml` unpacked (64 MiB: guards against zip bombs).
const MAX_DOCUMENT_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Where a paragraph stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// In the body.
    Body,
    /// Directly in the one cell of a table that has only one (a frame around text).
    Frame,
    /// In a cell of a table of several cells, or in a table nested in another.
    Table,
}

/// A paragraph as read: its lines (split at its line breaks; one empty line when it has no
/// text) and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub lines: Vec<String>,
    pub place: Place,
    /// In a table of several cells: the table (counted from 0 in the body), the row and the
    /// cell within the row of the outermost table.
    pub cell: Option<(usize, usize, usize)>,
    /// Its heading level, 1–4, when Word shows it in the navigation pane: an outline level of
    /// its own or of its style (or of a style it is based on), or a style named `heading N` /
    /// `标题 N` (Word's built-in headings, gongwen's own heading styles).
    pub level: Option<u8>,
    /// Its paragraph style's id.
    pub style: Option<String>,
    /// The list it is numbered in, by its own properties: `w:numId` and `w:ilvl`.
    num: Option<(String, Option<u8>)>,
}

impl Paragraph {
    /// The paragraph's text on one line, its line breaks read as spaces (the linter's
    /// view, which numbers paragraphs as lines).
    #[cfg_attr(not(feature = "analysis"), allow(dead_code))]
    pub(crate) fn text(&self) -> String {
        self.lines.join(" ")
    }
}

/// Why a .docx could not be read. Callers say it in their own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReadError {
    /// Not a zip archive (a .doc or .wps renamed, a damaged file).
    NotZip(String),
    /// A zip without `word/document.xml`.
    NoDocument,
    /// The document part could not be unpacked.
    Unzip(String),
    /// The document part unpacks to more than [`MAX_DOCUMENT_XML_BYTES`].
    TooLarge,
    /// The document part is not well-formed XML.
    Xml(String),
}

/// The part `name` of an opened .docx, as text (invalid UTF-8 replaced).
fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<String, ReadError> {
    let entry = zip.by_name(name).map_err(|_| ReadError::NoDocument)?;
    let mut xml = Vec::new();
    entry
        .take(MAX_DOCUMENT_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| ReadError::Unzip(e.to_string()))?;
    if xml.len() as u64 > MAX_DOCUMENT_XML_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(match String::from_utf8(xml) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// The paragraphs of the body of the .docx `bytes`, in order, with their heading levels.
pub(crate) fn paragraphs(bytes: &[u8]) -> Result<Vec<Paragraph>, ReadError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ReadError::NotZip(e.to_string()))?;
    let (levels, style_nums) = part(&mut zip, "word/styles.xml")
        .ok()
        .map(|xml| style_levels(&xml))
        .unwrap_or_default();
    let lists = part(&mut zip, "word/numbering.xml")
        .ok()
        .map(|xml| super::numbering::Numbering::parse(&xml))
        .unwrap_or_default();
    // Footnotes and endnotes: their text follows the paragraph that refers to them.
    let mut notes = Notes::new();
    for name in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Ok(xml) = part(&mut zip, name) {
            notes.extend(notes_of_xml(&xml));
        }
    }
    let xml = part(&mut zip, "word/document.xml")?;
    let mut paras = paragraphs_of_xml(&xml, &notes).map_err(ReadError::Xml)?;
    let mut counter = lists.counter();
    for p in &mut paras {
        if p.level.is_none()
            && let Some(id) = &p.style
        {
            p.level = levels.get(id).copied();
        }
        // The number Word shows for a list paragraph is not in its text: put it there.
        let style_num = p.style.as_ref().and_then(|s| style_nums.get(s));
        let num = match (&p.num, style_num) {
            (Some((n, l)), s) => Some((n.clone(), l.or(s.map(|s| s.1)).unwrap_or(0))),
            (None, Some((n, l))) => Some((n.clone(), *l)),
            (None, None) => None,
        };
        if let Some((num, ilvl)) = num
            && num != "0"
            && let Some(label) = counter.label(&num, ilvl)
            && let Some(first) = p.lines.first_mut()
            && !first.trim().is_empty()
        {
            first.insert_str(0, &label);
        }
    }
    Ok(paras)
}

/// The heading level (1–4) of every paragraph style that has one, by style id: its outline
/// level, its name (`heading 2`, `标题 2`), or that of the style it is based on.
#[allow(clippy::type_complexity)]
fn style_levels(
    xml: &str,
) -> (
    std::collections::HashMap<String, u8>,
    std::collections::HashMap<String, (String, u8)>,
) {
    struct Style {
        level: Option<u8>,
        based_on: Option<String>,
        num: Option<String>,
        ilvl: u8,
    }
    let mut styles: std::collections::HashMap<String, Style> = Default::default();
    let mut reader = Reader::from_str(xml);
    let mut current: Option<String> = None;
    while let Ok(ev) = reader.read_event() {
        let (e, start) = match &ev {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(e) if e.name().into_inner() == "w:style" => {
                current = None;
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let val = || attr(e, "w:val");
        match e.name().into_inner() {
            "w:style" if start => {
                let paragraph = attr(e, "w:type").as_deref() == Some("paragraph");
                current = attr(e, "w:styleId").filter(|_| paragraph);
                if let Some(id) = &current {
                    styles.insert(
                        id.clone(),
                        Style {
                            level: None,
                            based_on: None,
                            num: None,
                            ilvl: 0,
                        },
                    );
                }
            }
            "w:name" => {
                if let (Some(id), Some(name)) = (&current, val()) {
                    let n = name.to_lowercase();
                    let level = ["heading ", "标题 "]
                        .iter()
                        .find_map(|p| n.strip_prefix(p))
                        .and_then(|d| d.trim().parse::<u8>().ok())
                        .filter(|l| (1..=4).contains(l));
                    if let (Some(l), Some(s)) = (level, styles.get_mut(id)) {
                        s.level = s.level.or(Some(l));
                    }
                }
            }
            "w:basedOn" => {
                if let (Some(id), Some(v)) = (&current, val())
                    && let Some(s) = styles.get_mut(id)
                {
                    s.based_on = Some(v);
                }
            }
            "w:numId" => {
                if let (Some(id), Some(v)) = (&current, val())
                    && let Some(s) = styles.get_mut(id)
                {
                    s.num = Some(v);
                }
            }
            "w:ilvl" => {
                if let (Some(id), Some(v)) = (&current, val())
                    && let (Some(s), Ok(l)) = (styles.get_mut(id), v.parse::<u8>())
                {
                    s.ilvl = l;
                }
            }
            "w:outlineLvl" => {
                if let (Some(id), Some(v)) = (&current, val())
                    && let (Some(s), Ok(l)) = (styles.get_mut(id), v.parse::<u8>())
                {
                    // An outline level of its own wins over the name.
                    s.level = (l < 4).then_some(l + 1);
                }
            }
            _ => {}
        }
    }
    let nums = styles
        .iter()
        .filter_map(|(id, s)| Some((id.clone(), (s.num.clone()?, s.ilvl))))
        .collect();
    let mut out = std::collections::HashMap::new();
    for id in styles.keys() {
        // Follow basedOn (at most 10 steps: a loop in a damaged file ends).
        let mut at = id;
        for _ in 0..10 {
            let Some(s) = styles.get(at) else { break };
            if let Some(l) = s.level {
                out.insert(id.clone(), l);
                break;
            }
            match &s.based_on {
                Some(b) => at = b,
                None => break,
            }
        }
    }
    (out, nums)
}

/// The paragraphs of a `word/document.xml`, in order. A table's paragraphs are held until
/// the table ends, when it is known whether it has one cell (a frame) or several. A text
/// box's paragraphs (inside the paragraph that anchors it) follow that paragraph; its
/// `mc:Fallback` copy (VML for old Word) is skipped.
/// Footnotes and endnotes by kind and id (`footnote:1`): the lines of their paragraphs.
type Notes = std::collections::HashMap<String, Vec<String>>;

/// The notes of a `word/footnotes.xml` or `word/endnotes.xml`, without the separators Word
/// keeps there. A damaged part gives what was read before the damage.
fn notes_of_xml(xml: &str) -> Notes {
    let mut reader = Reader::from_str(xml);
    let mut out = Notes::new();
    let mut current: Option<String> = None;
    let (mut in_t, mut line) = (false, String::new());
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Start(e) => match e.name().into_inner() {
                kind @ ("w:footnote" | "w:endnote") => {
                    let separator = attr(&e, "w:type").is_some_and(|t| t != "normal");
                    current = (!separator)
                        .then(|| attr(&e, "w:id").map(|id| format!("{}:{id}", &kind[2..])))
                        .flatten();
                }
                "w:t" => in_t = true,
                _ => {}
            },
            Event::End(e) => match e.name().into_inner() {
                "w:t" => in_t = false,
                "w:p" => {
                    let text = std::mem::take(&mut line);
                    if let Some(id) = &current
                        && !text.trim().is_empty()
                    {
                        out.entry(id.clone()).or_default().push(text);
                    }
                }
                "w:footnote" | "w:endnote" => current = None,
                _ => {}
            },
            Event::Text(t) if in_t && current.is_some() => line.push_str(&t.xml10_content()),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn paragraphs_of_xml(xml: &str, notes: &Notes) -> Result<Vec<Paragraph>, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    let mut in_p = false;
    let mut in_t = false;
    let mut depth = 0usize;
    // The outermost table's paragraphs (with their depth and row and cell), and its cells,
    // until it ends.
    let mut held: Vec<Held> = Vec::new();
    let mut cells = 0usize;
    let (mut tables, mut row, mut col) = (0usize, 0usize, 0usize);
    // The current paragraph's style id, outline level and list of its own.
    let mut head = Head::default();
    // The paragraphs a text box interrupts, and the box's paragraphs read so far.
    let mut outer: Vec<ReadPara> = Vec::new();
    let mut boxed: Vec<ReadPara> = Vec::new();
    let mut fallback = 0usize;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| format!("XML 格式错误（{e}）"))?;
        if fallback > 0 {
            match ev {
                Event::Start(e) if e.name().into_inner() == "mc:Fallback" => fallback += 1,
                Event::End(e) if e.name().into_inner() == "mc:Fallback" => fallback -= 1,
                Event::Eof => break,
                _ => {}
            }
            continue;
        }
        match ev {
            Event::Start(e) => match e.name().into_inner() {
                "w:tbl" => {
                    depth += 1;
                    if depth == 1 {
                        cells = 0;
                        row = 0;
                    }
                }
                "w:tr" if depth == 1 => {
                    row += 1;
                    col = 0;
                }
                "w:tc" if depth == 1 => {
                    cells += 1;
                    col += 1;
                }
                "w:p" => {
                    if in_p {
                        outer.push((std::mem::take(&mut lines), std::mem::take(&mut head)));
                    }
                    in_p = true;
                    lines = vec![String::new()];
                    head = Head::default();
                }
                "w:t" => in_t = true,
                "mc:Fallback" => fallback = 1,
                _ => {}
            },
            Event::Empty(e) => match e.name().into_inner() {
                "w:pStyle" if in_p => head.style = attr(&e, "w:val"),
                "w:outlineLvl" if in_p => {
                    head.outline = attr(&e, "w:val")
                        .and_then(|v| v.parse::<u8>().ok())
                        .filter(|l| *l < 4)
                        .map(|l| l + 1);
                }
                "w:numId" if in_p => head.num = attr(&e, "w:val"),
                "w:ilvl" if in_p => head.ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok()),
                "w:br" | "w:cr" if in_p => lines.push(String::new()),
                kind @ ("w:footnoteReference" | "w:endnoteReference") => {
                    let kind = if kind == "w:footnoteReference" {
                        "footnote"
                    } else {
                        "endnote"
                    };
                    if let Some(id) = attr(&e, "w:id")
                        && let Some(paras) = notes.get(&format!("{kind}:{id}"))
                    {
                        boxed.extend(paras.iter().map(|p| (vec![p.clone()], Head::default())));
                    }
                }
                "w:tab" if in_p => push(&mut lines, "\t"),
                "w:p" => end_paragraph(
                    (vec![String::new()], Head::default()),
                    (depth, tables, row, col),
                    &mut out,
                    &mut held,
                ),
                _ => {}
            },
            Event::End(e) => match e.name().into_inner() {
                "w:tbl" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        flush_table(&mut held, cells, &mut out);
                        tables += 1;
                    }
                }
                "w:t" => in_t = false,
                "w:p" => {
                    let read = (std::mem::take(&mut lines), std::mem::take(&mut head));
                    if let Some((l, h)) = outer.pop() {
                        // A text box's paragraph: the anchoring one goes on.
                        boxed.push(read);
                        (lines, head) = (l, h);
                        continue;
                    }
                    in_p = false;
                    let at = (depth, tables, row, col);
                    end_paragraph(read, at, &mut out, &mut held);
                    for read in boxed.drain(..) {
                        end_paragraph(read, at, &mut out, &mut held);
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_t => push(&mut lines, &t.xml10_content()),
            Event::GeneralRef(r) if in_t => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    push(&mut lines, c.encode_utf8(&mut [0; 4]));
                } else if let Some(v) = quick_xml::escape::resolve_predefined_entity(&r) {
                    push(&mut lines, v);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A paragraph's lines, and its style id and outline level of its own.
type ReadPara = (Vec<String>, Head);

/// What a paragraph's properties say of it: its style id, an outline level of its own, and
/// the list it is numbered in (`w:numId`, `w:ilvl`).
#[derive(Debug, Clone, Default)]
struct Head {
    style: Option<String>,
    outline: Option<u8>,
    num: Option<String>,
    ilvl: Option<u8>,
}

/// A table's paragraph held until the table ends: as read, its depth, and the table, row and
/// cell of the outermost table it stands in.
type Held = (ReadPara, usize, (usize, usize, usize));

/// A paragraph that has ended: in the body it is one, in a table it is held. `at` is the
/// depth of tables it stands in, then the table, row and cell.
fn end_paragraph(
    read: ReadPara,
    at: (usize, usize, usize, usize),
    out: &mut Vec<Paragraph>,
    held: &mut Vec<Held>,
) {
    let (depth, table, row, col) = at;
    if depth == 0 {
        let (lines, head) = read;
        out.push(Paragraph {
            lines,
            place: Place::Body,
            cell: None,
            level: head.outline,
            style: head.style,
            num: head.num.map(|n| (n, head.ilvl)),
        });
    } else {
        held.push((
            read,
            depth,
            (table, row.saturating_sub(1), col.saturating_sub(1)),
        ));
    }
}

/// The value of attribute `name` of `e`.
pub(super) fn attr(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.into_inner() == name)
        .map(|a| a.value.to_string())
}

/// Appends `s` to the last line.
fn push(lines: &mut Vec<String>, s: &str) {
    match lines.last_mut() {
        Some(l) => l.push_str(s),
        None => lines.push(s.to_string()),
    }
}

/// The held paragraphs of a table that has just ended, in order: directly in a one-cell
/// table they are a frame's, else a table's.
fn flush_table(held: &mut Vec<Held>, cells: usize, out: &mut Vec<Paragraph>) {
    for ((lines, head), depth, cell) in held.drain(..) {
        let frame = cells == 1 && depth == 1;
        out.push(Paragraph {
            lines,
            place: if frame { Place::Frame } else { Place::Table },
            cell: (!frame).then_some(cell),
            level: head.outline,
            style: head.style,
            num: head.num.map(|n| (n, head.ilvl)),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_frames_and_breaks() {
        let xml = r#"<w:document><w:body><w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t xml:space="preserve">总体 &amp; 要求&#x4e00;</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>格</w:t><w:tab/><w:t>子</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>框内</w:t><w:br/><w:t>次行</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p></w:body></w:document>"#;
        let paras = paragraphs_of_xml(xml, &Notes::new()).unwrap();
        let got: Vec<(Vec<&str>, Place)> = paras
            .iter()
            .map(|p| (p.lines.iter().map(String::as_str).collect(), p.place))
            .collect();
        assert_eq!(
            got,
            [
                (vec!["一、总体 & 要求一"], Place::Body),
                (vec!["表格"], Place::Table),
                (vec!["格\t子"], Place::Table),
                (vec![""], Place::Body),
                (vec!["框内", "次行"], Place::Frame),
                (vec!["甲", "乙"], Place::Body),
            ]
        );
        assert_eq!(paras[4].text(), "框内 次行");
    }

    #[test]
    fn what_is_not_a_docx_says_why() {
        assert!(matches!(
            paragraphs(b"not a zip"),
            Err(ReadError::NotZip(_))
        ));
        assert!(matches!(
            paragraphs_of_xml("<w:p><w:t>a</w:p>", &Notes::new()),
            Err(e) if e.contains("XML")
        ));
    }
}
