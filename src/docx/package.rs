//! Zips the parts docx-rs built into a .docx: parts in schema order (through
//! [`super::ooxml::normalize`]), our own `docProps/core.xml`, Deflate compression (flate2 with
//! the zlib-rs backend, level 5: see [`DEFLATE_LEVEL`]) and a fixed timestamp, so that the
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

/// The .docx bytes for the parts docx-rs built.
#[cfg(test)]
pub(super) fn pack(xml: XMLDocx, meta: &Meta) -> Result<Vec<u8>, PackError> {
    zip_parts(&finished_parts(xml, meta)?)
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

/// Deflate level 5: faster than zlib's default (level 6, what Python's zipfile and so docxtpl
/// use) for files of the same size.
///
/// Measured on the reference plan's 200 KB of parts (`benches/`, 2 vCPUs, medians of 200):
///
/// | backend (flate2) | level 1 | level 3 | level 6 | level 9 |
/// |---|---|---|---|---|
/// | zlib-rs (chosen) | 0.42 ms, 35.2 KB | 0.75 ms, 28.0 KB | 1.3–1.5 ms, 26.2 KB | 2.7 ms, 25.7 KB |
/// | miniz_oxide (flate2's default) | 0.70 ms, 32.9 KB | 1.36 ms, 26.6 KB | 2.7 ms, 25.9 KB | 3.5 ms, 25.8 KB |
///
/// zlib-rs is the fastest pure-Rust backend at every level (zlib-ng would need cmake and C).
/// Since runs name no fonts their style already gives, the reference plan's `document.xml` is
/// 119 KB and the only large part a render compresses; zlib-rs on it (best of 60, one run):
/// level 4 0.41 ms, 17.0 KB; level 5 0.47 ms, 16.5 KB; level 6 0.57 ms, 16.4 KB; level 9
/// 1.1 ms, 16.0 KB. Whole .docx: 24.2 KB at level 4, 23.6 KB at 5, 23.5 KB at 6; docxtpl's
/// is 23.0 KB. Whole in-memory renders, levels alternating in one session (2026-11-28,
/// `throughput --floor`, medians, five rounds): level 6 1.25–1.80 ms, level 5 1.16–1.44 ms,
/// level 4 1.11–1.38 ms. Level 5 saves an eighth of the compression time for 0.45 % of
/// file size: the best speed for a file the size Word and docxtpl write. Level 4 saves
/// another eighth for 3 % more, but render/floor (≤ 1.5 is the target) rose to 1.39–1.47 in
/// those rounds and 1.55 in a full `compare.sh` run, against 1.32–1.48 at level 5 and
/// 1.28–1.44 at level 6: a cheaper deflate shrinks the floor more than the render. Three
/// full `compare.sh` runs each, later the same evening (after the template work): level 5
/// 27.2×, 31.7×, 27.9× docxtpl with render/floor 1.28–1.31; level 4 30.5×, 28.0×, 27.9× with
/// 1.36–1.44. The machine's noise is larger than level 4's gain. Levels 1–3 grow the file
/// 7–35 %.
const DEFLATE_LEVEL: i64 = 5;

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
