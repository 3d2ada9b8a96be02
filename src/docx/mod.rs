//! Writes [`Block`]s as a GB/T 9704-2012 .docx.
//!
//! One road, one module a step:
//!
//! - [`document`] writes `word/document.xml` from the blocks, in schema order: the only
//!   writer of the document's text and of its page setup;
//! - [`parts`] has docx-rs build everything that depends on the fonts only (styles, footers,
//!   settings, font table, relationships, content types), once per [`Fonts`];
//! - [`ooxml`] puts docx-rs's output into schema order and adds the few things docx-rs cannot
//!   write (`w:firstLineChars`);
//! - [`package`] writes our own `docProps/core.xml` and zips everything with Deflate and a
//!   fixed timestamp, so the same blocks always give the same bytes;
//! - [`pages`] estimates how many pages the text takes, and whether that is sure, for the
//!   blank page that puts the 版记 on an even page;
//! - [`read`] reads a .docx back: the one reader the importer and the linter share.
//!
//! Every layout number comes from [`crate::layout`]. `tests/golden/docx-parts.txt` holds the
//! length and fingerprint of every part of every example, skeleton and test case: a change of
//! the output shows there (see `parts_match_the_golden_file`).

mod document;
mod numbering;
mod ooxml;
mod package;
mod pages;
mod parts;
pub(crate) mod read;

use crate::blocks::Block;
use crate::error::{Error, ErrorKind};
use crate::layout::Fonts;

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
/// `word/document.xml` is written directly ([`document`]) and the parts that depend only on
/// the fonts are built and compressed once per [`Fonts`] ([`parts`]).
pub(crate) fn write_docx(blocks: &[Block], fonts: &Fonts, meta: &Meta) -> Result<Vec<u8>, Error> {
    document::write(blocks, fonts, meta).map_err(pack_error)
}

/// The page of the 版记 in the .docx [`write_docx`] writes for `blocks`, and whether the page
/// count behind it is sure (`None` without a 版记).
pub(crate) fn record_page(blocks: &[Block]) -> Option<(usize, bool)> {
    document::record_page(blocks).map(|r| (r.page, r.sure))
}

/// The finished parts (name, bytes) of the .docx for `blocks`, in zip order: everything
/// [`write_docx`] does except the zipping. For the packaging-floor benchmark.
pub(crate) fn docx_parts(
    blocks: &[Block],
    fonts: &Fonts,
    meta: &Meta,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    document::with_parts(blocks, fonts, meta, |parts| {
        Ok(parts
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect())
    })
    .map_err(pack_error)
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
const WIDE_TABLE_TEXT: &str = "GwWideTableText";
const WIDE_TABLE_HEADER: &str = "GwWideTableHeader";
const FOOTER: &str = "GwFooter";
const PAGE_BREAK: &str = "GwPageBreak";
const MARK: &str = "GwMark";
const RECORD: &str = "GwRecord";

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

#[cfg(test)]
mod tests;
