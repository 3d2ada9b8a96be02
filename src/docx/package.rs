//! Zips the parts docx-rs built into a .docx: parts in schema order (through
//! [`super::ooxml::normalize`]), our own `docProps/core.xml`, Deflate compression (flate2 with
//! the zlib-rs backend, level 3: see [`DEFLATE_LEVEL`]) and a fixed timestamp, so that the
//! same document always gives the same bytes.

use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use quick_xml::escape::escape;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::parts::{self as font_parts, BLANK_FOOTER_ID, FOOTER_IDS, LANDSCAPE_FOOTER_IDS};
use super::{Meta, clean_line, ooxml};
use crate::layout::Fonts;

/// The package parts in the order they are zipped: `[Content_Types].xml` first as Word does,
/// the two parts that depend on the document's content (`docProps/core.xml`,
/// `word/document.xml`) last, so that everything before them can be zipped once per font set
/// and reused ([`append`]).
///
/// docx-rs builds the styles, the settings, the footers and the extended and custom
/// properties. The package's plumbing is ours: the content types and relationships name
/// exactly the parts written (docx-rs also builds empty comments, numbering and
/// commentsExtended parts, which Word ignores or warns about), and the font table, the
/// theme and the web settings are written as Word writes them.
fn parts(xml: XMLDocx, fonts: &Fonts, meta: &Meta) -> Vec<(String, Vec<u8>)> {
    let mut parts = vec![
        (
            "[Content_Types].xml".to_string(),
            content_types(Footers::default()).into_bytes(),
        ),
        ("_rels/.rels".to_string(), xml.rels),
        ("docProps/app.xml".to_string(), xml.doc_props.app),
        ("docProps/custom.xml".to_string(), xml.doc_props.custom),
        (
            "word/_rels/document.xml.rels".to_string(),
            document_rels(Footers::default()).into_bytes(),
        ),
        ("word/styles.xml".to_string(), default_style(xml.styles)),
        ("word/settings.xml".to_string(), xml.settings),
        (
            "word/webSettings.xml".to_string(),
            WEB_SETTINGS.as_bytes().to_vec(),
        ),
        (
            "word/fontTable.xml".to_string(),
            font_table(fonts).into_bytes(),
        ),
        (
            "word/theme/theme1.xml".to_string(),
            theme(fonts).into_bytes(),
        ),
    ];
    for (i, f) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), f));
    }
    parts.push(("docProps/core.xml".to_string(), core_xml(meta)));
    parts.push(("word/document.xml".to_string(), xml.document));
    parts
}

/// The footers a document needs besides the two page-number footers every document has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Footers {
    /// The landscape pages' odd and even footers (`footer3.xml`, `footer4.xml`).
    pub landscape: bool,
    /// An empty footer (`footer5.xml`) for the blank page before the 版记 and the 版记's page,
    /// which carry no page number (GB/T 9704 7.5).
    pub blank: bool,
}

impl Footers {
    /// The four combinations, numbered 0–3 (for the caches).
    pub(super) const fn index(self) -> usize {
        self.landscape as usize | (self.blank as usize) << 1
    }

    /// The footer part files beyond `footer1.xml` and `footer2.xml`, with their relationship
    /// ids.
    fn extra(self) -> impl Iterator<Item = (usize, &'static str)> {
        let landscape = [(3, LANDSCAPE_FOOTER_IDS[0]), (4, LANDSCAPE_FOOTER_IDS[1])];
        let blank = [(5, BLANK_FOOTER_ID)];
        landscape
            .into_iter()
            .filter(move |_| self.landscape)
            .chain(blank.into_iter().filter(move |_| self.blank))
    }
}

/// `[Content_Types].xml`: every part written, the extra footers included.
fn content_types(footers: Footers) -> String {
    const FOOTER: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    let mut s = String::from(CONTENT_TYPES_HEAD);
    let numbers = [1, 2].into_iter().chain(footers.extra().map(|(i, _)| i));
    for i in numbers {
        s.push_str(&format!(
            "<Override PartName=\"/word/footer{i}.xml\" ContentType=\"{FOOTER}\"/>"
        ));
    }
    s.push_str(CONTENT_TYPES_TAIL);
    s
}

const CONTENT_TYPES_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/webSettings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>";

const CONTENT_TYPES_TAIL: &str = "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>\
</Types>";

/// The parts of a document with extra `footers`, from those of one without: the content
/// types and relationships name them, and they are written after the other two (the
/// landscape pages' odd and even ones with the page number turned, the blank one empty).
pub(super) fn with_footers(
    parts: &[(String, Vec<u8>)],
    footers: Footers,
) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::with_capacity(parts.len() + 3);
    for (name, bytes) in parts {
        match name.as_str() {
            "[Content_Types].xml" => {
                out.push((name.clone(), content_types(footers).into_bytes()));
            }
            "word/_rels/document.xml.rels" => {
                out.push((name.clone(), document_rels(footers).into_bytes()));
            }
            "word/footer2.xml" => {
                out.push((name.clone(), bytes.clone()));
                for (i, _) in footers.extra() {
                    let xml = match i {
                        3 => font_parts::landscape_footer(true),
                        4 => font_parts::landscape_footer(false),
                        _ => font_parts::blank_footer(),
                    };
                    out.push((format!("word/footer{i}.xml"), xml.into_bytes()));
                }
            }
            _ => out.push((name.clone(), bytes.clone())),
        }
    }
    out
}

const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// `word/_rels/document.xml.rels`: the parts the main document relates, the footers under
/// the ids its section properties name ([`FOOTER_IDS`], and those of the extra `footers`).
fn document_rels(footers: Footers) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    );
    let rels = [
        ("rId1", "styles", "styles.xml".to_string()),
        ("rId2", "settings", "settings.xml".to_string()),
        ("rId3", "webSettings", "webSettings.xml".to_string()),
        ("rId4", "fontTable", "fontTable.xml".to_string()),
        ("rId5", "theme", "theme/theme1.xml".to_string()),
        (FOOTER_IDS[0], "footer", "footer1.xml".to_string()),
        (FOOTER_IDS[1], "footer", "footer2.xml".to_string()),
    ];
    let extra = footers
        .extra()
        .map(|(i, id)| (id, "footer", format!("footer{i}.xml")));
    for (id, kind, target) in rels.into_iter().chain(extra) {
        s.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{REL}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    s.push_str("</Relationships>");
    s
}

/// docx-rs's bare `Normal` style marked as the default paragraph style, as Word marks it (an
/// unstyled paragraph, such as one Word adds itself, then has a defined style).
fn default_style(styles: Vec<u8>) -> Vec<u8> {
    let styles = String::from_utf8_lossy(&styles).into_owned();
    styles
        .replacen(
            "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">",
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">",
            1,
        )
        .into_bytes()
}

const WEB_SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:webSettings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>";

/// The Windows font that stands in for a font of the GB/T 9704 set when it is not installed
/// (Word reads `w:altName`): 仿宋_GB2312 and 楷体_GB2312 are not on a Windows machine, 仿宋
/// and 楷体 are; 方正小标宋简体 is replaced by 宋体.
fn alt_name(font: &str) -> Option<&'static str> {
    match font {
        "仿宋_GB2312" => Some("仿宋"),
        "楷体_GB2312" => Some("楷体"),
        "方正小标宋简体" | "方正小标宋_GBK" | "小标宋" => Some("宋体"),
        "宋体" => Some("SimSun"),
        "黑体" => Some("SimHei"),
        "仿宋" => Some("FangSong"),
        "楷体" => Some("KaiTi"),
        _ => None,
    }
}

/// `word/fontTable.xml`: every font the styles and runs name, each with the stand-in, the
/// character set (86: GB2312, for a name with Chinese characters) and the family Word writes,
/// so that Word substitutes a missing font with a Chinese one.
fn font_table(fonts: &Fonts) -> String {
    let mut names: Vec<String> = Vec::new();
    for f in [
        &fonts.title,
        &fonts.body,
        &fonts.heading1,
        &fonts.heading2,
        &fonts.page_number,
    ] {
        let f = clean_line(f);
        if !names.contains(&f) {
            names.push(f);
        }
    }
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    );
    for name in &names {
        let cjk = !name.is_ascii();
        s.push_str(&format!("<w:font w:name=\"{}\">", escape(name.as_str())));
        if let Some(alt) = alt_name(name) {
            s.push_str(&format!("<w:altName w:val=\"{alt}\"/>"));
        }
        s.push_str(if cjk {
            "<w:charset w:val=\"86\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/>"
        } else {
            "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>"
        });
        s.push_str("</w:font>");
    }
    s.push_str("</w:fonts>");
    s
}

/// `word/theme/theme1.xml`: a plain theme, as Word writes one into every file; its fonts are
/// the document's (nothing refers to theme fonts: every style names its own).
fn theme(fonts: &Fonts) -> String {
    let major = escape(clean_line(&fonts.heading1)).into_owned();
    let minor = escape(clean_line(&fonts.body)).into_owned();
    let colors = [
        ("dk2", "44546A"),
        ("lt2", "E7E6E6"),
        ("accent1", "4472C4"),
        ("accent2", "ED7D31"),
        ("accent3", "A5A5A5"),
        ("accent4", "FFC000"),
        ("accent5", "5B9BD5"),
        ("accent6", "70AD47"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ];
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\">\
         <a:themeElements><a:clrScheme name=\"Office\">\
         <a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>\
         <a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>",
    );
    for (name, rgb) in colors {
        s.push_str(&format!("<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>"));
    }
    s.push_str("</a:clrScheme><a:fontScheme name=\"Office\">");
    for (which, ea) in [("majorFont", &major), ("minorFont", &minor)] {
        s.push_str(&format!(
            "<a:{which}><a:latin typeface=\"Times New Roman\"/><a:ea typeface=\"{ea}\"/>\
             <a:cs typeface=\"\"/></a:{which}>"
        ));
    }
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    s.push_str("</a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst>");
    s.push_str(&fill.repeat(3));
    s.push_str("</a:fillStyleLst><a:lnStyleLst>");
    s.push_str(&format!("<a:ln w=\"6350\">{fill}</a:ln>").repeat(3));
    s.push_str("</a:lnStyleLst><a:effectStyleLst>");
    s.push_str(&"<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3));
    s.push_str("</a:effectStyleLst><a:bgFillStyleLst>");
    s.push_str(&fill.repeat(3));
    s.push_str(
        "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/>\
         <a:extraClrSchemeLst/></a:theme>",
    );
    s
}

/// `docProps/core.xml` with the title, creator, keywords and description and no dates (the
/// dates are optional; leaving them out keeps the output deterministic).
pub(super) fn core_xml(meta: &Meta) -> Vec<u8> {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
    );
    let mut field = |tag: &str, value: &str| {
        let value = clean_line(value);
        let value = value.trim();
        if !value.is_empty() {
            s.push_str(&format!("<{tag}>{}</{tag}>", escape(value)));
        }
    };
    field("dc:title", meta.title);
    field("dc:creator", meta.creator);
    field("cp:keywords", meta.keywords);
    field("dc:description", meta.description);
    field("cp:lastModifiedBy", meta.creator);
    field("dc:language", "zh-CN");
    s.push_str("</cp:coreProperties>");
    s.into_bytes()
}

/// The parts as they go into the zip: names and normalised XML, in zip order.
pub(super) fn finished_parts(
    xml: XMLDocx,
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<(String, Vec<u8>)>, PackError> {
    parts(xml, fonts, meta)
        .into_iter()
        .map(|(name, bytes)| {
            if name.ends_with(".xml") || name.ends_with(".rels") {
                let bytes = ooxml::normalize(&bytes).map_err(|source| PackError::Xml {
                    part: name.clone(),
                    source,
                })?;
                Ok((name, bytes))
            } else {
                Ok((name, bytes))
            }
        })
        .collect()
}

/// Deflate level 3: a third less compression time than zlib's default (level 6, what
/// Python's zipfile and so docxtpl use), for a file about 5 % larger.
///
/// Backends, on the reference plan's 200 KB of parts (`benches/`, 2 vCPUs, medians of 200):
///
/// | backend (flate2) | level 1 | level 3 | level 6 | level 9 |
/// |---|---|---|---|---|
/// | zlib-rs (chosen) | 0.42 ms, 35.2 KB | 0.75 ms, 28.0 KB | 1.3–1.5 ms, 26.2 KB | 2.7 ms, 25.7 KB |
/// | miniz_oxide (flate2's default) | 0.70 ms, 32.9 KB | 1.36 ms, 26.6 KB | 2.7 ms, 25.9 KB | 3.5 ms, 25.8 KB |
///
/// zlib-rs is the fastest pure-Rust backend at every level (zlib-ng would need cmake and C).
/// A render compresses only `core.xml` and `document.xml` (the other parts are zipped once
/// per font set), so the level is chosen on the reference plan's 102,195-byte
/// `document.xml`: levels interleaved in one loop so that the VM's drift hits them alike
/// (medians of 1,500, three runs each on 2026-11-29), and callgrind instructions:
///
/// | level | time | instructions | compressed |
/// |---|---|---|---|
/// | 2 | 0.34 ms | 3.4 M | 18,193 B |
/// | **3** | 0.41–0.46 ms | 4.5 M | 17,362 B |
/// | 4 | 0.49–0.54 ms | 5.0 M | 16,630 B |
/// | 5 | 0.56–0.62 ms | 5.9 M | 16,232 B |
/// | 6 | 0.63–0.69 ms | 6.1 M | 16,114 B |
///
/// Compression is half of a render, and the speed target (30× docxtpl's warm throughput on
/// one thread, issue 4) needs a render of about 0.9 ms when docxtpl is at its fastest here.
/// Level 3 saves 80 µs a render against level 4 (7–8 %) and gives the shared bench plan a
/// .docx of 24,872 bytes (level 4: 24,208; docxtpl: 23,565, +5.5 %); level 2 would save as
/// much again for a part 5 % larger still (+10 % against docxtpl), which is no longer close.
/// A cheaper deflate also shrinks the packaging floor, so render/floor rises a little (the
/// target is ≤ 1.5; 1.28 in the first full run at level 3).
const DEFLATE_LEVEL: i64 = 3;

/// Zips finished parts: Deflate, a fixed timestamp and fixed permissions, so the same parts
/// always give the same bytes. The packaging floor benchmark calls this too.
pub(super) fn zip_parts<N: AsRef<str>, B: AsRef<[u8]>>(
    parts: &[(N, B)],
) -> Result<Vec<u8>, PackError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(name.as_ref(), options())?;
        zip.write_all(bytes.as_ref())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The .docx bytes of `zipped` (the zip of the parts that come first, from [`zip_parts`]) with
/// `parts` added after them: the same bytes as [`zip_parts`] of all the parts, without
/// compressing the first ones again.
pub(super) fn append(zipped: &[u8], parts: &[(&str, &[u8])]) -> Result<Vec<u8>, PackError> {
    let mut buf =
        Vec::with_capacity(zipped.len() + parts.iter().map(|(_, b)| b.len() / 4).sum::<usize>());
    buf.extend_from_slice(zipped);
    let mut zip = ZipWriter::new_append(Cursor::new(buf))?;
    for (name, bytes) in parts {
        zip.start_file(*name, options())?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Deflate at [`DEFLATE_LEVEL`], a fixed timestamp and fixed permissions.
fn options() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(DEFLATE_LEVEL))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644)
}

/// Why packing failed (a bug: docx-rs wrote XML we cannot read, or zip failed in memory).
#[derive(Debug, thiserror::Error)]
pub(super) enum PackError {
    /// A part docx-rs built is not well-formed XML.
    #[error("部件 {part} 不是合法的 XML：{source}")]
    Xml {
        part: String,
        #[source]
        source: quick_xml::Error,
    },
    /// Writing the zip archive failed.
    #[error("写入 zip 失败：{0}")]
    Zip(#[from] zip::result::ZipError),
    /// Writing into the in-memory buffer failed.
    #[error("写入失败：{0}")]
    Io(#[from] std::io::Error),
}
