//! Lint of any text and any .docx bytes: diagnostics with 1-based columns inside the line,
//! never a panic.
#![no_main]

use gongwen::{DocKind, lint};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let kind = match data.first().map(|b| b % 3) {
            Some(0) => Some(DocKind::Plan),
            Some(1) => Some(DocKind::Summary),
            _ => None,
        };
        let lines: Vec<&str> = text.lines().collect();
        for d in lint::check_text(text, kind) {
            if d.line > 0 && d.line <= lines.len() {
                assert!(d.column <= lines[d.line - 1].chars().count() + 1, "{d:?}");
            }
        }
    }
    let _ = lint::docx_paragraphs(data);
});
