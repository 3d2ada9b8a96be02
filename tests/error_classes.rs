//! One snapshot per error class, with its location: what a writer reads when something
//! goes wrong, whichever part of the pipeline it comes from. (Input-file errors have a
//! data-driven suite of their own in `errors.rs`.)

use std::path::Path;

use gongwen::merge::{MergeTable, MergeTemplate};
use gongwen::{Document, ErrorKind, Format, Renderer, write_atomic};

/// The message with the temporary folder replaced, so snapshots do not depend on it.
fn message(e: &gongwen::Error, tmp: &Path) -> String {
    format!("{:?}\n{e}", e.kind()).replace(&tmp.display().to_string(), "$TMP")
}

fn example() -> Document {
    Document::from_path(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fire_safety_plan.toml"),
    )
    .unwrap()
}

#[test]
fn every_error_class_reads_well() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let mut out = Vec::new();

    // Io: a missing input file.
    let e = Document::from_path(t.join("缺失.toml")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    out.push(message(&e, t));

    // UnknownFormat: a .docx given where an input file belongs.
    std::fs::write(t.join("计划.docx"), b"PK").unwrap();
    let e = Document::from_path(t.join("计划.docx")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownFormat);
    out.push(message(&e, t));

    // TooLarge: over the documented input limit.
    let big = "#".repeat(gongwen::MAX_INPUT_BYTES + 1);
    let e = Document::from_str_in(&big, Format::Toml, "巨大.toml").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::TooLarge);
    out.push(message(&e, t));

    // Syntax: nesting too deep (TOML), invalid UTF-8 with its byte offset.
    let deep = format!(
        "kind = \"plan\"\nkeywords = {}{}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let e = Document::from_str_in(&deep, Format::Toml, "嵌套.toml").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax);
    out.push(message(&e, t));

    // Exists: refusing to overwrite.
    std::fs::write(t.join("已有.docx"), b"draft").unwrap();
    let e = Renderer::new()
        .render_to_path(&example(), t.join("已有.docx"), false)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Exists);
    out.push(message(&e, t));
    assert_eq!(std::fs::read(t.join("已有.docx")).unwrap(), b"draft");
    let e = write_atomic(&t.join("已有.docx"), b"x", false).unwrap_err();
    out.push(message(&e, t));

    // Invalid: validation, every problem with its data path.
    let mut doc = example();
    doc.phases[0].end = "2024-01".parse().ok();
    doc.responsibilities[0].lead = Default::default();
    doc.responsibilities[0].duties[0].lead = Default::default();
    let e = Renderer::new().render_to_bytes(&doc).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
    out.push(message(&e, t));

    // Template: a syntax error in a user template, with its name and line.
    std::fs::write(
        t.join("plan.j2"),
        "@title {{ doc.title }}\n{% for x in %}\n",
    )
    .unwrap();
    let e = Renderer::with_template_dir(t)
        .unwrap()
        .render_to_bytes(&example())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Template);
    out.push(message(&e, t));

    // Block: a template that emits a line the block language does not know.
    std::fs::write(t.join("plan.j2"), "@title {{ doc.title }}\n@表格 x\n").unwrap();
    let e = Renderer::with_template_dir(t)
        .unwrap()
        .render_to_bytes(&example())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Block);
    out.push(message(&e, t));

    // Mail-merge: a placeholder naming a column the table lacks, and a bad CSV row.
    let tpl = MergeTemplate::from_str_in(
        "kind = \"plan\"\ntitle = \"{{ 单位名称 }}\"\n",
        Format::Toml,
        "模板.toml",
    )
    .unwrap();
    let table = MergeTable::from_csv_str("单位\n城东街道\n", "各街道.csv").unwrap();
    let e = tpl.fill(&table.rows[0]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Template);
    out.push(message(&e, t));
    let e = MergeTable::from_csv_str("单位,人数\n城东街道,12,多余\n", "各街道.csv").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Syntax);
    out.push(message(&e, t));

    insta::assert_snapshot!(out.join("\n\n"));
}
