//! The signature block stays with the text (GB/T 9704 7.3.5): rendered by LibreOffice, no
//! page holds the 署名 and 成文日期 without a line of the text above them, and the two are
//! never split over pages — whether the text would end on the last, the second-to-last or the
//! third-to-last line of a page, with one-line or two-line last paragraphs, with and without a
//! 附件说明 between the text and the signature.
//!
//! The bodies are made of one-line paragraphs, so where the text would end without the
//! signature block is known from where the first one stands: each takes one grid line, 22 to
//! a page. The test varies the number of paragraphs over a page boundary and checks that the
//! variants really cover the three cases. Runs when `soffice` and `pdftotext` are installed
//! (`.ci/run` installs them); otherwise it says so and passes.

mod common;

use std::path::Path;
use std::process::Command;

use gongwen::{Document, Renderer};

/// Lines on a page and the grid pitch in points (GB/T 9704: 22 lines in 225 mm).
const LINES: usize = 22;
const PITCH_PT: f64 = 579.0 / 20.0;
/// The top of the 版心: 37 mm.
const TOP_PT: f64 = 37.0 / 25.4 * 72.0;
const ISSUER: &str = "分页测试单位";
const DATE: &str = "2025年12月1日";

fn installed(cmd: &str, arg: &str) -> bool {
    Command::new(cmd)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether LibreOffice and pdftotext are there to run the test (else it says so and passes).
fn tools_present(what: &str) -> bool {
    let present = installed("soffice", "--version") && installed("pdftotext", "-v");
    if !present {
        eprintln!("soffice or pdftotext not installed: {what} skipped (.ci/run installs them)");
    }
    present
}

/// Converts `files` to PDF in `dir` with LibreOffice, in a profile of its own.
fn to_pdf(dir: &Path, files: &[std::path::PathBuf]) {
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let status = Command::new("soffice")
        .args(["--headless", &profile, "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .args(files)
        .output()
        .expect("soffice runs");
    assert!(status.status.success());
}

/// A text line of the PDF: its page (1-based), its grid line on the page and its text.
#[derive(Debug)]
struct Line {
    page: usize,
    grid: usize,
    text: String,
}

/// The text lines of `pdf`, in order, from `pdftotext -bbox` (words on the same baseline
/// joined without spaces; the page number in the footer left out).
fn lines(pdf: &Path) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for (i, page) in common::pdf::pages(pdf).into_iter().enumerate() {
        for word in page.words {
            let mid = (word.y0 + word.y1) / 2.0;
            let offset = (mid - TOP_PT) / PITCH_PT;
            if offset >= LINES as f64 {
                continue; // the footer
            }
            let grid = offset.floor() as usize + 1;
            match lines.last_mut() {
                Some(l) if l.page == i + 1 && l.grid == grid => l.text.push_str(&word.text),
                _ => lines.push(Line {
                    page: i + 1,
                    grid,
                    text: word.text,
                }),
            }
        }
    }
    lines
}

/// A variant of the test document.
struct Variant {
    name: String,
    /// One-line paragraphs before the last one.
    short: usize,
    /// Lines of the last paragraph (1 or 2).
    last_lines: usize,
    attachment: bool,
}

fn document(v: &Variant) -> Document {
    let mut toml = String::from(
        "kind = \"工作计划\"\ntitle = \"分页测试工作计划\"\nissuer = \"分页测试单位\"\n\
         date = \"2025-12-01\"\nopening = [\n",
    );
    for k in 1..=v.short {
        toml += &format!("  \"第{k}段正文，每段正好一行。\",\n");
    }
    let last = if v.last_lines == 1 {
        "最后一段正文，只有一行。".to_string()
    } else {
        // 26 characters fill the first line after the indent; the rest goes to a second.
        "最后一段正文占两行：这一段的文字一直写到行尾然后转到下一行结束。".to_string()
    };
    toml += &format!("  \"{last}\",\n]\n");
    if v.attachment {
        toml += "[[attachments]]\ntitle = \"分页测试附件\"\ntext = \"附件正文。\"\n";
    }
    Document::from_toml_str(&toml).expect("the test document loads")
}

#[test]
fn the_signature_block_never_stands_alone() {
    if !tools_present("pagination check") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The first paragraph stands on grid line 3 of page 1 (title, blank line): 20 one-line
    // paragraphs fill page 1. 16..=21 lines of text end it on lines 18..23, i.e. on the
    // third-to-last, second-to-last and last line and on the first line of page 2; the same
    // one page further on; checked below against where the text really stands.
    let mut variants = Vec::new();
    for total in (16..=21).chain(38..=43) {
        for (last_lines, attachment) in [(1, false), (2, false), (1, true)] {
            variants.push(Variant {
                name: format!("v{total}_{last_lines}_{}", u8::from(attachment)),
                short: total - last_lines,
                last_lines,
                attachment,
            });
        }
    }
    let mut files = Vec::new();
    for v in &variants {
        let path = dir.path().join(format!("{}.docx", v.name));
        Renderer::new()
            .render_to_path(&document(v), &path, false)
            .unwrap();
        files.push(path);
    }
    to_pdf(dir.path(), &files);

    let mut ends = std::collections::BTreeSet::new();
    for (v, file) in variants.iter().zip(&files) {
        let pdf = file.with_extension("pdf");
        assert!(pdf.exists(), "LibreOffice could not convert {file:?}");
        let lines = lines(&pdf);
        // Where the text would end without the signature block: from the first paragraph's
        // place, one grid line a line of text.
        let first = lines
            .iter()
            .find(|l| l.text.starts_with("第1段"))
            .unwrap_or_else(|| panic!("{}: first paragraph not found in {lines:?}", v.name));
        assert_eq!(first.page, 1, "{}", v.name);
        let end = first.grid + v.short + v.last_lines - 1; // counted from page 1, line 1
        let end_line = (end - 1) % LINES + 1;
        if v.last_lines == 1 && !v.attachment {
            ends.insert(end_line);
        }
        let sign = lines
            .iter()
            .position(|l| l.text == ISSUER)
            .unwrap_or_else(|| panic!("{}: 署名 not found in {lines:?}", v.name));
        let date = lines
            .iter()
            .position(|l| l.text == DATE)
            .unwrap_or_else(|| panic!("{}: 成文日期 not found in {lines:?}", v.name));
        let page = lines[sign].page;
        assert_eq!(
            lines[date].page, page,
            "{} (text ends on line {end_line}): 署名 on page {page}, 成文日期 on page {}",
            v.name, lines[date].page
        );
        let text_above = lines[..sign]
            .iter()
            .filter(|l| l.page == page && !l.text.starts_with("附件："))
            .count();
        assert!(
            text_above > 0,
            "{} (text ends on line {end_line}): page {page} holds the signature block but no line \
             of the text: {lines:?}",
            v.name
        );
        // Nothing is lost on the way: every paragraph is in the PDF, in order, once.
        let paragraphs: Vec<&Line> = lines.iter().filter(|l| l.text.starts_with('第')).collect();
        assert_eq!(paragraphs.len(), v.short, "{}", v.name);
    }
    for case in [LINES - 2, LINES - 1, LINES] {
        assert!(
            ends.contains(&case),
            "no variant ends its text on line {case} of a page (ends seen: {ends:?}); adjust \
             the lengths"
        );
    }
}

/// A plan with a 版记 whose text is `paragraphs` one-line paragraphs.
fn with_record(paragraphs: usize) -> Document {
    let mut toml = String::from(
        "kind = \"工作计划\"\ntitle = \"版记页码测试工作计划\"\nissuer = \"分页测试单位\"\n\
         date = \"2025-12-01\"\nopening = [\n",
    );
    for k in 1..=paragraphs {
        toml += &format!("  \"第{k}段正文，每段正好一行。\",\n");
    }
    toml += "]\n[record]\ncc = [\"县委办公室\", \"县政府办公室\"]\nprinter = \"分页测试单位办公室\"\n\
             print_date = \"2025-12-02\"\n";
    Document::from_toml_str(&toml).expect("the test document loads")
}

/// GB/T 9704 7.4 and 7.5: the 版记 is on the last page, an even one; when the text ends on an
/// even page a blank page comes before it, and neither the blank page nor the 版记's page shows
/// a page number (the others do). The texts end in the middle of pages 1 to 4, where the
/// page count is sure; rendered by LibreOffice.
#[test]
fn the_record_falls_on_an_even_page() {
    if !tools_present("版记 page check") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // The title takes lines 1–2 and the signature block 4 lines: 8 paragraphs end the text
    // in the middle of page 1, and every 22 more move it a page on.
    let counts = [8, 30, 52, 74];
    let mut files = Vec::new();
    for n in counts {
        let path = dir.path().join(format!("record{n}.docx"));
        Renderer::new()
            .render_to_path(&with_record(n), &path, false)
            .unwrap();
        files.push(path);
    }
    to_pdf(dir.path(), &files);
    for (text_pages, file) in (1..).zip(&files) {
        let pages = common::pdf::pages(&file.with_extension("pdf"));
        let name = file.display();
        // The words of each page above the footer, and whether the footer shows a number.
        let bottom = TOP_PT + LINES as f64 * PITCH_PT + 4.0;
        let body: Vec<String> = pages
            .iter()
            .map(|p| {
                p.words
                    .iter()
                    .filter(|w| w.y1 < bottom)
                    .map(|w| w.text.as_str())
                    .collect()
            })
            .collect();
        let numbered: Vec<bool> = pages
            .iter()
            .map(|p| {
                p.words
                    .iter()
                    .any(|w| w.y0 > bottom && w.text.chars().all(|c| c.is_ascii_digit()))
            })
            .collect();
        let blank = text_pages % 2 == 0;
        let want = text_pages + 1 + usize::from(blank);
        assert_eq!(pages.len(), want, "{name}: {body:?}");
        assert!(
            body[want - 1].contains("印发"),
            "{name}: the 版记 is not on the last page: {body:?}"
        );
        assert!(
            body[text_pages - 1].contains(DATE),
            "{name}: the text does not end on page {text_pages}"
        );
        if blank {
            assert!(
                body[want - 2].is_empty(),
                "{name}: page {} is not blank: {:?}",
                want - 1,
                body[want - 2]
            );
        }
        let unnumbered = if blank { 2 } else { 1 };
        for (k, &shows) in numbered.iter().enumerate() {
            let numbered_page = k < want - unnumbered || !blank;
            assert_eq!(
                shows,
                numbered_page,
                "{name}: page {} {} a page number",
                k + 1,
                if shows { "shows" } else { "lacks" }
            );
        }
    }
}

/// Rows of a table that take one line each follow one another at the grid's pitch (28.95 pt),
/// border included, so a page with a table keeps the 22-line rhythm that GB/T 9704 and
/// check-docx measure (a short text with an annex table was measured at 29.1 pt, "21 lines").
#[test]
fn table_rows_keep_the_grid_pitch() {
    if !tools_present("table pitch check") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/inputs/layout/short_plan_with_table.toml");
    let doc = Document::from_path(&input).unwrap();
    let path = dir.path().join("table.docx");
    Renderer::new().render_to_path(&doc, &path, false).unwrap();
    to_pdf(dir.path(), std::slice::from_ref(&path));
    let pages = common::pdf::pages(&path.with_extension("pdf"));
    let annex = pages.last().expect("the annex page");
    // The first cell of each row: the header's 职务, then 组长, 副组长, 成员, 成员.
    let tops: Vec<f64> = annex
        .words
        .iter()
        .filter(|w| ["职务", "组长", "副组长", "成员"].contains(&w.text.as_str()))
        .map(|w| w.y0)
        .collect();
    assert_eq!(tops.len(), 5, "rows not found on the annex page");
    for pair in tops.windows(2) {
        let pitch = pair[1] - pair[0];
        assert!(
            (pitch - PITCH_PT).abs() < 0.1,
            "rows {pitch:.2} pt apart; want the grid's {PITCH_PT:.2} pt: {tops:?}"
        );
    }
}

/// A 印发通知 under its 版头 keeps its text, 附件说明, 署名 and 成文日期 on its first page, set a
/// little tighter where the grid leaves eight lines for nine (GB/T 9704 7.3.5: 可以采取调整行距、
/// 字距的措施解决); laid out on the grid they all moved to page 2, leaving page 1 with the 版头,
/// the title and the 主送 only.
#[test]
fn a_notice_keeps_its_text_and_signature_on_its_first_page() {
    if !tools_present("notice first page check") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::from_path(common::example("waste_sorting_scheme_notice.toml")).unwrap();
    let path = dir.path().join("notice.docx");
    Renderer::new().render_to_path(&doc, &path, false).unwrap();
    to_pdf(dir.path(), std::slice::from_ref(&path));
    let pages = common::pdf::pages(&path.with_extension("pdf"));
    let first: String = pages[0].words.iter().map(|w| w.text.as_str()).collect();
    for part in [
        "现将《",
        "附件：",
        "松溪县人民政府办公室",
        "2026年3月12日",
        "（此件公开发布）",
    ] {
        assert!(first.contains(part), "page 1 lacks {part}: {first}");
    }
}
