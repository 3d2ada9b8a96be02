//! Batch rendering: `gongwen render A.toml B.yaml DIR/ -o OUTDIR/`, and the library's
//! `Batch::render_into`. (The speed-up from 1 to 2 threads is measured by `benches/compare.sh`, not
//! here.)

mod common;

use common::{example, gongwen, stderr};
use std::path::{Path, PathBuf};

/// Names of the files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A folder with three good inputs in the three formats and one bad one.
fn inputs(dir: &Path) -> PathBuf {
    let inp = dir.join("in");
    std::fs::create_dir(&inp).unwrap();
    for name in [
        "fire_safety_plan.toml",
        "legal_aid_activity.yaml",
        "civility_action_plan.json",
    ] {
        std::fs::copy(example(name), inp.join(name)).unwrap();
    }
    std::fs::write(inp.join("bad.toml"), "kind = \"工作计划\"\ntitel = \"x\"\n").unwrap();
    std::fs::write(inp.join("notes.txt"), "not an input").unwrap();
    inp
}

#[test]
fn several_inputs_one_bad_others_written_failure_reported_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let inp = inputs(tmp.path());
    let out = gongwen(
        &[
            "render",
            "in/fire_safety_plan.toml",
            "in/bad.toml",
            "in/legal_aid_activity.yaml",
            "in/civility_action_plan.json",
            "-o",
            "out",
            "-j",
            "2",
        ],
        tmp.path(),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        listing(&tmp.path().join("out")),
        [
            "civility_action_plan.docx",
            "fire_safety_plan.docx",
            "legal_aid_activity.docx"
        ],
        "the good ones are written, nothing else (no temporary files): {err}"
    );
    for f in listing(&tmp.path().join("out")) {
        let bytes = std::fs::read(tmp.path().join("out").join(f)).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
    assert!(err.contains("in/bad.toml"), "{err}");
    assert!(
        err.contains("titel"),
        "the Chinese error of the bad input: {err}"
    );
    assert!(err.contains("未知的键"), "{err}");
    assert!(err.contains("1 项未生成"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "no progress bar when not a terminal: {err}"
    );
    let _ = inp;
}

#[test]
fn a_directory_means_every_input_in_it() {
    let tmp = tempfile::tempdir().unwrap();
    let inp = inputs(tmp.path());
    std::fs::remove_file(inp.join("bad.toml")).unwrap();
    let out = gongwen(&["render", "in", "-o", "out/nested/"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        listing(&tmp.path().join("out/nested")),
        [
            "civility_action_plan.docx",
            "fire_safety_plan.docx",
            "legal_aid_activity.docx"
        ]
    );
    assert!(stderr(&out).contains("已生成 3 个文件"), "{}", stderr(&out));
    // Without -o, each output goes next to its input.
    let out = gongwen(&["render", "in"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(tmp.path().join("in/fire_safety_plan.docx").exists());
}

#[test]
fn existing_outputs_are_not_replaced_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let inp = inputs(tmp.path());
    std::fs::remove_file(inp.join("bad.toml")).unwrap();
    let out_dir = tmp.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::write(out_dir.join("fire_safety_plan.docx"), b"mine").unwrap();
    let out = gongwen(&["render", "in", "-o", "out"], tmp.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        std::fs::read(out_dir.join("fire_safety_plan.docx")).unwrap(),
        b"mine"
    );
    assert!(err.contains("--force"), "{err}");
    assert!(out_dir.join("legal_aid_activity.docx").exists(), "{err}");
    assert_eq!(listing(&out_dir).len(), 3, "no temporary files left");

    let out = gongwen(&["render", "in", "-o", "out", "--force"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        &std::fs::read(out_dir.join("fire_safety_plan.docx")).unwrap()[..2],
        b"PK"
    );
    // Each replaced file is kept beside it; no temporary files are left.
    assert_eq!(
        std::fs::read(out_dir.join("fire_safety_plan（备份1）.docx")).unwrap(),
        b"mine"
    );
    assert_eq!(listing(&out_dir).len(), 6, "3 outputs and their 3 backups");
}

#[test]
fn several_inputs_need_an_output_directory() {
    let tmp = tempfile::tempdir().unwrap();
    inputs(tmp.path());
    std::fs::write(tmp.path().join("out.docx"), b"x").unwrap();
    let out = gongwen(
        &[
            "render",
            "in/fire_safety_plan.toml",
            "in/legal_aid_activity.yaml",
            "-o",
            "out.docx",
        ],
        tmp.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a usage error: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("须为目录"), "{}", stderr(&out));
}

#[test]
fn same_output_name_twice_renders_once() {
    let tmp = tempfile::tempdir().unwrap();
    inputs(tmp.path());
    std::fs::copy(
        example("fire_safety_plan.toml"),
        tmp.path().join("in/legal_aid_activity.toml"),
    )
    .unwrap();
    let out = gongwen(
        &[
            "render",
            "in/legal_aid_activity.yaml",
            "in/legal_aid_activity.toml",
            "-o",
            "out",
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("同名"), "{}", stderr(&out));
    assert_eq!(
        listing(&tmp.path().join("out")),
        ["legal_aid_activity.docx"]
    );
}

#[test]
fn library_batch_is_deterministic_across_thread_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let inp = inputs(tmp.path());
    std::fs::remove_file(inp.join("bad.toml")).unwrap();
    let files = gongwen::collect_inputs(&[inp]).unwrap();
    assert_eq!(files.len(), 3, "only .toml/.yaml/.yml/.json");
    let r = gongwen::Renderer::new();
    let one = tmp.path().join("one");
    let four = tmp.path().join("four");
    for res in gongwen::Batch::new(&r).jobs(1).render_into(&files, &one) {
        res.unwrap();
    }
    for res in gongwen::Batch::new(&r).jobs(4).render_into(&files, &four) {
        res.unwrap();
    }
    for name in listing(&one) {
        assert_eq!(
            std::fs::read(one.join(&name)).unwrap(),
            std::fs::read(four.join(&name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn rendering_does_not_load_jieba() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/reference_plan.toml"),
    )
    .unwrap();
    let doc = gongwen::Document::from_toml_str(&text).unwrap();
    assert!(doc.validate().is_empty());
    let bytes = gongwen::Renderer::new().render_to_bytes(&doc).unwrap();
    assert_eq!(&bytes[..2], b"PK");
    let tmp = tempfile::tempdir().unwrap();
    let renderer = gongwen::Renderer::new();
    let r = gongwen::Batch::new(&renderer).render_into(
        &[Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/reference_plan.toml")],
        tmp.path(),
    );
    assert!(r[0].is_ok());
    assert!(
        !gongwen::keywords::jieba_loaded(),
        "render must not load the jieba dictionary"
    );
}
