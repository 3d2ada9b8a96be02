//! Reading a written .docx back: zip parts, and a light parse of `word/document.xml`
//! into paragraphs and runs, enough to assert layout and to snapshot a normalised form.

#![allow(dead_code)]

pub mod http;
pub mod pdf;

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Runs the `gongwen` binary in `dir`.
pub fn gongwen(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

/// What a run printed on stderr.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The path of an example input.
pub fn example(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// Every part of the package, by name.
pub fn parts(docx: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("a zip file");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).expect("every part is UTF-8 text");
        out.insert(f.name().expect("a UTF-8 part name").to_string(), s);
    }
    out
}

/// Attributes of an element, by qualified name.
pub fn attrs(e: &BytesStart) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.unwrap();
            (
                a.key.as_ref().to_string(),
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .unwrap()
                    .into_owned(),
            )
        })
        .collect()
}

/// Every element named `name` in `xml`, with its attributes.
pub fn elements(xml: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == name => out.push(attrs(&e)),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[derive(Debug, Default, Clone)]
pub struct Run {
    /// The run's own `rFonts` ([`paragraphs`]), or as resolved by [`styled_paragraphs`].
    pub fonts: BTreeMap<String, String>,
    /// The run names its fonts itself (set by [`styled_paragraphs`]).
    pub named: bool,
    pub size: Option<String>,
    pub text: String,
    pub field: bool,
}

#[derive(Debug, Default, Clone)]
pub struct Para {
    pub style: String,
    /// pPr facts: jc, ind, outlineLvl, pageBreakBefore …, as `name=value` strings.
    pub props: Vec<String>,
    pub runs: Vec<Run>,
    /// Inside a table cell.
    pub in_table: bool,
    /// The table row is a header row / the cell spans N columns.
    pub cell_span: Option<String>,
    pub header_row: bool,
}

impl Para {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// The `rFonts` of each style in `styles.xml`, by style id.
pub fn style_fonts(styles: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut rest = styles;
    while let Some(start) = rest.find("<w:style ") {
        let end = start + rest[start..].find("</w:style>").expect("closed style");
        let style = &rest[start..end];
        let id = elements(style, "w:style")[0]["w:styleId"].clone();
        if let Some(fonts) = elements(style, "w:rFonts").into_iter().next() {
            out.insert(id, fonts);
        }
        rest = &rest[end..];
    }
    out
}

/// Paragraphs of a part with each run's fonts as Word resolves them: the run's own `rFonts`,
/// else its paragraph style's. [`Run::named`] tells which.
pub fn styled_paragraphs(xml: &str, styles: &str) -> Vec<Para> {
    let by_style = style_fonts(styles);
    let mut paras = paragraphs(xml);
    for p in &mut paras {
        for r in &mut p.runs {
            r.named = !r.fonts.is_empty();
            if !r.named
                && let Some(f) = by_style.get(&p.style)
            {
                r.fonts = f.clone();
            }
        }
    }
    paras
}

/// Paragraphs of a WordprocessingML part, in order.
pub fn paragraphs(xml: &str) -> Vec<Para> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut para: Option<Para> = None;
    let mut run: Option<Run> = None;
    let mut in_ppr = false;
    let mut in_rpr = false;
    let mut in_text = false;
    let mut in_instr = false;
    let mut table_depth = 0usize;
    let mut span: Option<String> = None;
    let mut header_row = false;
    loop {
        let ev = r.read_event().expect("well-formed XML");
        let (e, empty) = match &ev {
            Event::Start(e) => (Some(e.clone()), false),
            Event::Empty(e) => (Some(e.clone()), true),
            _ => (None, false),
        };
        if let Some(e) = e {
            let name = e.name().as_ref().to_string();
            let a = attrs(&e);
            match name.as_str() {
                "w:tbl" if !empty => table_depth += 1,
                "w:tr" if !empty => header_row = false,
                "w:tblHeader" => header_row = true,
                "w:tc" if !empty => span = None,
                "w:gridSpan" => span = a.get("w:val").cloned(),
                "w:p" => {
                    let p = Para {
                        in_table: table_depth > 0,
                        cell_span: span.clone(),
                        header_row,
                        ..Para::default()
                    };
                    if empty {
                        out.push(p);
                    } else {
                        para = Some(p);
                    }
                }
                "w:pPr" if !empty => in_ppr = true,
                "w:r" if !empty => run = Some(Run::default()),
                "w:rPr" if !empty => in_rpr = true,
                "w:t" if !empty => in_text = true,
                "w:instrText" if !empty => in_instr = true,
                "w:tab" => {
                    if let Some(r) = run.as_mut() {
                        r.text.push('\t');
                    }
                }
                "w:br" => {
                    if let Some(p) = para.as_mut() {
                        p.props.push(format!(
                            "br={}",
                            a.get("w:type").cloned().unwrap_or_default()
                        ));
                    }
                }
                "w:fldChar" => {
                    if let Some(r) = run.as_mut() {
                        r.field = true;
                    }
                }
                _ => {}
            }
            if in_rpr {
                if let Some(r) = run.as_mut() {
                    match name.as_str() {
                        "w:rFonts" => r.fonts = a.clone(),
                        "w:sz" => r.size = a.get("w:val").cloned(),
                        _ => {}
                    }
                }
            } else if in_ppr && let Some(p) = para.as_mut() {
                match name.as_str() {
                    "w:pStyle" => p.style = a.get("w:val").cloned().unwrap_or_default(),
                    "w:pPr" | "w:rPr" => {}
                    other => {
                        let vals: Vec<String> = a
                            .iter()
                            .filter(|(k, _)| !k.starts_with("xmlns"))
                            .map(|(k, v)| format!("{}={v}", k.trim_start_matches("w:")))
                            .collect();
                        p.props.push(format!(
                            "{}{}",
                            other.trim_start_matches("w:"),
                            if vals.is_empty() {
                                String::new()
                            } else {
                                format!("({})", vals.join(","))
                            }
                        ));
                    }
                }
            }
            continue;
        }
        match ev {
            Event::Text(t) => {
                if in_text && let Some(r) = run.as_mut() {
                    r.text.push_str(&t.xml10_content());
                } else if in_instr && let Some(r) = run.as_mut() {
                    r.text
                        .push_str(&format!("{{{}}}", t.xml10_content().trim()));
                }
            }
            Event::GeneralRef(g) => {
                if in_text && let Some(r) = run.as_mut() {
                    let name = g.xml10_content().to_string();
                    let c = match name.as_str() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "?",
                    };
                    r.text.push_str(c);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "w:tbl" => table_depth = table_depth.saturating_sub(1),
                "w:p" => {
                    if let Some(p) = para.take() {
                        out.push(p);
                    }
                }
                "w:pPr" => in_ppr = false,
                "w:rPr" => in_rpr = false,
                "w:t" => in_text = false,
                "w:instrText" => in_instr = false,
                "w:r" => {
                    if let (Some(r), Some(p)) = (run.take(), para.as_mut()) {
                        p.runs.push(r);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// A normalised, line-per-paragraph view of a document part, for snapshots: style,
/// paragraph properties, then each run's fonts (through its style, as Word resolves them),
/// size and text.
pub fn normalise(xml: &str, styles: &str) -> String {
    let mut out = String::new();
    for p in styled_paragraphs(xml, styles) {
        let mut line = String::new();
        if p.in_table {
            line.push_str("  | ");
            if p.header_row {
                line.push_str("[header] ");
            }
            if let Some(s) = &p.cell_span {
                line.push_str(&format!("[span {s}] "));
            }
        }
        line.push_str(&format!(
            "<{}>",
            if p.style.is_empty() { "-" } else { &p.style }
        ));
        if !p.props.is_empty() {
            line.push_str(&format!(" {{{}}}", p.props.join(" ")));
        }
        let mut last_fmt = String::new();
        for r in &p.runs {
            let fmt = format!(
                "{}/{}",
                r.fonts.get("w:eastAsia").map(String::as_str).unwrap_or("?"),
                r.size.as_deref().unwrap_or("-")
            );
            if fmt != last_fmt {
                line.push_str(&format!(" [{fmt}]"));
                last_fmt = fmt;
            }
            line.push_str(&r.text);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// `line` read as numbered titles of `titles`, one or more run together (`1.甲`, `1、甲2、乙`):
/// the titles without their numbers, `None` when it is no such list.
pub fn numbered_titles(line: &str, titles: &[String]) -> Option<String> {
    let mut rest = line.trim();
    let mut out = String::new();
    while !rest.is_empty() {
        let unnumbered = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        if unnumbered.len() == rest.len() {
            return None;
        }
        let after = unnumbered.strip_prefix(['.', '．', '、'])?.trim_start();
        let title = titles
            .iter()
            .filter(|t| !t.is_empty() && after.starts_with(t.as_str()))
            .max_by_key(|t| t.len())?;
        out.push_str(title);
        rest = after[title.len()..].trim_start();
    }
    (!out.is_empty()).then_some(out)
}
