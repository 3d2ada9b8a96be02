//! Zips the parts docx-rs built into a .docx: parts in schema order (through
//! [`super::ooxml::normalize`]), our own `docProps/core.xml`, Deflate compression and a
//! fixed timestamp, so that the same document always gives the same bytes.

use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use quick_xml::escape::escape;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::{Meta, clean_line, ooxml};

/// The package parts in the order they are zipped, `[Content_Types].xml` first as Word does.
fn parts(xml: XMLDocx, meta: &Meta) -> Vec<(String, Vec<u8>)> {
    let mut parts = vec![
        ("[Content_Types].xml".to_string(), xml.content_type.clone()),
        ("_rels/.rels".to_string(), xml.rels),
        ("docProps/app.xml".to_string(), xml.doc_props.app),
        ("docProps/core.xml".to_string(), core_xml(meta)),
        ("docProps/custom.xml".to_string(), xml.doc_props.custom),
        (
            "word/_rels/document.xml.rels".to_string(),
            xml.document_rels,
        ),
        ("word/document.xml".to_string(), xml.document),
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

/// Zips finished parts: Deflate, a fixed timestamp and fixed permissions, so the same parts
/// always give the same bytes. The packaging floor benchmark calls this too.
pub(super) fn zip_parts(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>, PackError> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
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
