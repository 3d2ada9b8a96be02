//! The words of a PDF with their boxes, read with `pdftotext -bbox` (poppler-utils).

use std::path::Path;
use std::process::Command;

/// A word of a page: its text and box, in points from the page's top left.
pub struct Word {
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// A page: its size in points and its words in reading order.
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub words: Vec<Word>,
}

/// The pages of `pdf`.
pub fn pages(pdf: &Path) -> Vec<Page> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let xml = String::from_utf8_lossy(&out.stdout);
    let attr = |tag: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        let at = tag.find(&key).expect("attribute") + key.len();
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    let mut pages: Vec<Page> = Vec::new();
    for piece in xml.split('<').skip(1) {
        if let Some(tag) = piece.strip_prefix("page ") {
            pages.push(Page {
                width: attr(tag, "width"),
                height: attr(tag, "height"),
                words: Vec::new(),
            });
        } else if let Some(rest) = piece.strip_prefix("word ") {
            let (tag, text) = rest.split_once('>').expect("a word element");
            if let Some(page) = pages.last_mut() {
                page.words.push(Word {
                    text: text.to_string(),
                    x0: attr(tag, "xMin"),
                    y0: attr(tag, "yMin"),
                    x1: attr(tag, "xMax"),
                    y1: attr(tag, "yMax"),
                });
            }
        }
    }
    pages
}
