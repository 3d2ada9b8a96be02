//! Hostile text opens in LibreOffice: documents whose every text field holds XML
//! specials, C0 controls, U+FFFE/U+FFFF, bidi controls, combining marks and emoji are
//! converted to PDF by `soffice`. LibreOffice exits 0 even when it cannot load a file,
//! so the test checks that the PDF exists and has pages. Runs when `soffice` is
//! installed (`.ci/run` installs it first); otherwise it says so and passes.

use std::path::Path;
use std::process::Command;

use gongwen::{Document, Renderer};

const NASTY: &[&str] = &[
    "<w:p>&amp;</w:p> \"引号\" 'x' ]]>",
    "\u{0}\u{1}\u{2}\u{8}\u{b}\u{c}\u{e}\u{1f}\u{7f}控制字符",
    "\u{fffe}\u{ffff}\u{feff}非字符",
    "\u{202e}倒序\u{202d}\u{200f}\u{061c}\u{2067}",
    "\u{0301}\u{0308}孤立的组合符号\u{20dd}",
    "😀🇨🇳𠀀\u{10ffff}\u{e000}",
    "# @sign | \\ {{ x }} {% y %}\n第二行\r\n",
];

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|cmd| {
        Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn hostile_documents_open_in_libreoffice() {
    let Some(soffice) = soffice() else {
        eprintln!("soffice not installed: LibreOffice check skipped (.ci/run installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files = Vec::new();
    for (i, name) in [
        "fire_safety_plan.toml",
        "antidrug_summary.toml",
        "livelihood_projects_scheme.toml",
    ]
    .iter()
    .enumerate()
    {
        let mut doc = Document::from_path(examples.join(name)).unwrap();
        let s = |k: usize| NASTY[(i + k) % NASTY.len()].to_string();
        doc.title = format!("标题{}", s(0));
        doc.issuer = format!("单位{}", s(1));
        doc.opening = Some(vec![s(2), s(3), s(4), s(5), s(6)].into());
        doc.keywords = vec![s(0), s(1)];
        for r in &mut doc.requirements {
            r.text = s(3).as_str().into();
        }
        for a in &mut doc.achievements {
            a.practice = s(4).as_str().into();
        }
        for area in &mut doc.responsibilities {
            for d in &mut area.duties {
                d.task = format!("任务{}", s(5));
            }
        }
        let path = dir.path().join(format!("hostile{i}.docx"));
        Renderer::new().render_to_path(&doc, &path, false).unwrap();
        files.push(path);
    }
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    let status = Command::new(soffice)
        .args(["--headless", &profile, "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .args(&files)
        .status()
        .expect("soffice runs");
    assert!(status.success());
    for f in &files {
        let pdf = f.with_extension("pdf");
        let bytes =
            std::fs::read(&pdf).unwrap_or_else(|_| panic!("LibreOffice could not load {f:?}"));
        assert!(bytes.starts_with(b"%PDF"), "{pdf:?}");
        let pages = bytes.windows(10).filter(|w| w == b"/Type /Pag").count()
            + bytes.windows(9).filter(|w| w == b"/Type/Pag").count();
        assert!(pages >= 2, "{pdf:?} has pages");
    }
}
