//! Zips the parts docx-rs built into a .docx: parts in schema order (through
//! [`super::ooxml::normalize`]), our own `docProps/core.xml`, Deflate compression (flate2 with
//! the zlib-rs backend, level 3: see [`DEFLATE_LEVEL`]) and a fixed timestamp, so that the
//! same document always gives the same bytes.

use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use quick_xml::escape::escape;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::{Meta, clean_line, ooxml};

/// The package parts in the order they are zipped: `[Content_Types].xml` first as Word does,
/// the two parts that depend on the document's content (`docProps/core.xml`,
/// `word/document.xml`) last, so that everything before them can be zipped once per font set
/// and reused ([`append`]).
fn parts(xml: XMLDocx, meta: &Meta) -> Vec<(String, Vec<u8>)> {
    let mut parts = vec![
        ("[Content_Types].xml".to_string(), xml.content_type.clone()),
        ("_rels/.rels".to_string(), xml.rels),
        ("docProps/app.xml".to_string(), xml.doc_props.app),
        ("docProps/custom.xml".to_string(), xml.doc_props.custom),
        (
            "word/_rels/document.xml.rels".to_string(),
            xml.document_rels,
        ),
        ("word/styles.xml".to_string(), xml.styles),
        ("word/settings.xml".to_string(), xml.settings),
        ("word/fontTable.xml".to_string(), xml.font_table),
        ("word/comments.xml".to_string(), xml.comments),
        ("word/numbering.xml".to_string(), xml.numberings),
        (
            "word/commentsExtended.xml".to_string(),
            xml.comments_extended,
        ),
    ];
    // docx-rs always builds footnotes.xml but registers it only when there are footnotes.
    if String::from_utf8_lossy(&xml.content_type).contains("/word/footnotes.xml") {
        parts.push(("word/footnotes.xml".to_string(), xml.footnotes));
    }
    for (i, h) in xml.headers.into_iter().enumerate() {
        parts.push((format!("word/header{}.xml", i + 1), h));
    }
    for (i, f) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), f));
    }
    parts.push(("docProps/core.xml".to_string(), core_xml(meta)));
    parts.push(("word/document.xml".to_string(), xml.document));
    parts
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
    meta: &Meta,
) -> Result<Vec<(String, Vec<u8>)>, PackError> {
    parts(xml, meta)
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
