//! The 任务分工表 on landscape pages, as LibreOffice lays it out (GB/T 9704 8): the pages
//! are landscape A4, and each shows its page number turned at its left edge, which is the
//! sheet's bottom, where the portrait pages have it: odd numbers in the lower half, even
//! numbers in the upper half, about 26 mm from the edge. Checked on a document whose
//! landscape pages start on an even page (the livelihood example) and on one where they
//! start on an odd page (the fire-safety plan), the case where a text box in the footer once
//! lost its place. The livelihood example's task table takes at most 3 pages (9 upright).
//!
//! Runs when `soffice` and `pdftotext` are installed (`.ci/run` installs them; under CI a
//! missing one is a failure).

mod common;

use std::path::Path;
use std::process::Command;

use common::pdf::{self, Word};
use gongwen::{Document, Renderer};

const PT_PER_MM: f64 = 72.0 / 25.4;

fn installed(cmd: &str, arg: &str) -> bool {
    Command::new(cmd)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn landscape_pages_keep_their_page_numbers_where_the_sheet_has_them() {
    if !installed("soffice", "--version") || !installed("pdftotext", "-v") {
        assert!(
            std::env::var_os("CI").is_none(),
            "soffice and pdftotext are needed under CI"
        );
        eprintln!("soffice or pdftotext not installed: landscape check skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let names = ["livelihood_projects_scheme", "fire_safety_plan"];
    for name in names {
        let doc = Document::from_path(examples.join(format!("{name}.toml"))).unwrap();
        let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
        std::fs::write(dir.path().join(format!("{name}.docx")), bytes).unwrap();
    }
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            dir.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .args(names.map(|n| dir.path().join(format!("{n}.docx"))))
        .output()
        .expect("soffice runs");
    assert!(status.status.success());

    let mut first_landscape = Vec::new();
    for name in names {
        let pages = pdf::pages(&dir.path().join(format!("{name}.pdf")));
        let landscape: Vec<usize> = (0..pages.len())
            .filter(|&i| pages[i].width > pages[i].height)
            .collect();
        assert!(!landscape.is_empty(), "{name}: no landscape page");
        // The task table is the last annex: its pages run to the end.
        assert_eq!(*landscape.last().unwrap(), pages.len() - 1, "{name}");
        first_landscape.push(landscape[0] + 1);
        if name == "livelihood_projects_scheme" {
            assert!(landscape.len() <= 3, "{name}: {} pages", landscape.len());
        }
        for &i in &landscape {
            let n = i + 1;
            let (height, words) = (pages[i].height, &pages[i].words);
            // The words left of the 版心 (35 mm from the landscape page's left edge).
            let side: Vec<&Word> = words.iter().filter(|w| w.x1 < 35.0 * PT_PER_MM).collect();
            let mut sorted = side.clone();
            sorted.sort_by(|a, b| a.y0.total_cmp(&b.y0));
            let text: String = sorted.iter().map(|w| w.text.as_str()).collect();
            assert_eq!(
                text.replace(' ', ""),
                format!("—{n}—"),
                "{name} page {n}: the turned page number"
            );
            let (x0, x1) = side
                .iter()
                .fold((f64::MAX, 0f64), |(a, b), w| (a.min(w.x0), b.max(w.x1)));
            let (y0, y1) = side
                .iter()
                .fold((f64::MAX, 0f64), |(a, b), w| (a.min(w.y0), b.max(w.y1)));
            assert!(
                y1 - y0 > x1 - x0,
                "{name} page {n}: the number is not turned"
            );
            let centre_mm = (x0 + x1) / 2.0 / PT_PER_MM;
            assert!(
                (22.0..=32.0).contains(&centre_mm),
                "{name} page {n}: {centre_mm:.1} mm from the left edge"
            );
            let lower = (y0 + y1) / 2.0 > height / 2.0;
            assert_eq!(lower, n % 2 == 1, "{name} page {n}: odd low, even high");
        }
    }
    // One document's landscape pages start on an even page, the other's on an odd one.
    assert_ne!(
        first_landscape[0] % 2,
        first_landscape[1] % 2,
        "first landscape pages {first_landscape:?}"
    );
}
