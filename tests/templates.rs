//! Hostile and broken templates: every one stops with a located error, never a hang,
//! a crash, a file read outside the template directory, or an unbounded output.

use std::path::Path;

use gongwen::{Document, ErrorKind, Renderer};

fn doc() -> Document {
    Document::from_path(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fire_safety_plan.toml"),
    )
    .unwrap()
}

/// Renders `doc()` with a template directory holding `plan.j2` = `src` (and `files`).
fn render_with(src: &str, files: &[(&str, &str)]) -> Result<Vec<u8>, gongwen::Error> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.j2"), src).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    Renderer::with_template_dir(dir.path())?.render_to_bytes(&doc())
}

#[test]
fn an_endless_loop_runs_out_of_fuel() {
    let start = std::time::Instant::now();
    let err = render_with(
        "@title x\n{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}\n",
        &[],
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Template);
    assert!(err.to_string().contains("运算量超出上限"), "{err}");
    assert!(
        start.elapsed().as_secs() < 20,
        "stopped by fuel, not by luck"
    );
}

#[test]
fn runaway_recursion_is_an_error() {
    let err = render_with(
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}\n",
        &[],
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Template, "{err}");
}

#[test]
fn self_include_is_an_error() {
    let err = render_with("{% include \"plan.j2\" %}\n", &[]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Template, "{err}");
}

#[test]
fn includes_cannot_leave_the_template_directory() {
    for target in [
        "../secret.j2",
        "/etc/passwd",
        "sub/../../x.j2",
        ".hidden.j2",
    ] {
        let err = render_with(&format!("{{% include \"{target}\" %}}\n"), &[]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Template, "{target}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_template_directory_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.j2"), "机密内容\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.j2"), "{% include \"link.j2\" %}\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.j2"), dir.path().join("link.j2"))
        .unwrap();
    let err = Renderer::with_template_dir(dir.path())
        .unwrap()
        .render_to_bytes(&doc())
        .unwrap_err();
    assert!(err.to_string().contains("模板目录之外"), "{err}");
}

#[test]
fn output_size_is_bounded() {
    // Little fuel, much text: string repetition makes 16 MiB in a handful of instructions.
    let err = render_with("{{ \"公文\" * 3000000 }}\n", &[]).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::TooLarge | ErrorKind::Template),
        "{err}"
    );
}

#[test]
fn syntax_errors_name_the_template_and_line() {
    let err = render_with("@title x\n\n{% if %}\n", &[]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Template);
    let loc = err.location();
    assert_eq!(loc.file.as_deref(), Some("模板 plan.j2"));
    assert_eq!(loc.line, Some(3));
}

#[test]
fn bad_block_lines_name_the_template_output_line() {
    let err = render_with("@title x\n@nonsense y\n", &[]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Block);
    assert_eq!(err.location().line, Some(2));
    assert!(err.to_string().contains("@nonsense"), "{err}");
}

#[test]
fn data_cannot_inject_block_syntax_or_template_code() {
    let mut d = doc();
    d.title = "{{ 7 * 7 }}\n@annex 伪造附件\n# 伪造标题".into();
    let text = Renderer::new().render_text(&d).unwrap();
    assert!(text.contains("{{ 7 * 7 }}"), "data is not evaluated");
    assert!(!text.lines().any(|l| l.starts_with("@annex 伪造")));
    assert!(!text.lines().any(|l| l.starts_with("# 伪造")));
}

#[test]
fn a_missing_template_directory_is_an_io_error() {
    let err = Renderer::with_template_dir("/nonexistent/模板").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
}

#[test]
fn a_panic_inside_the_template_engine_is_a_template_error() {
    // minijinja 3.1 parses this, then its code generator panics (found by the blocks fuzz
    // target): a typo in a template must come back as an error naming the template.
    let src = "@title x\n{% import \"macros.j2\" as m % x %}\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.j2"), src).unwrap();
    let renderer = Renderer::with_template_dir(dir.path()).unwrap();
    // Twice with the same renderer: the failed compilation leaves nothing broken behind.
    for _ in 0..2 {
        let err = renderer.render_to_bytes(&doc()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Template);
        assert_eq!(err.location().file.as_deref(), Some("模板 plan.j2"));
        assert!(err.to_string().contains("模板引擎内部出错"), "{err}");
    }
    // The other templates of the same renderer still work.
    let mut summary = doc();
    summary.kind = gongwen::DocKind::Summary;
    assert!(renderer.render_text(&summary).is_ok());

    // The same text in a mail-merge template field.
    let tpl = gongwen::merge::MergeTemplate::from_str_in(
        "kind = \"plan\"\ntitle = \"{% import 'x' as m % x %}\"\n",
        gongwen::Format::Toml,
        "tpl.toml",
    )
    .unwrap();
    let row = std::collections::BTreeMap::from([("单位".to_string(), "城东街道".to_string())]);
    let err = tpl.fill(&row).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Template);
    assert!(err.to_string().contains("模板引擎内部出错"), "{err}");
}

/// A 印发通知's own points (一、……) print as first-level headings, as GB/T 9704 sets a
/// 一、 paragraph; its other paragraphs stay text.
#[test]
fn a_notices_own_points_print_as_headings() {
    let doc = Document::from_toml_str(
        r#"kind = "scheme"
title = "某县重点任务分解方案"
issuer = "某县人民政府办公室"
date = "2026-02-01"
as_written = true
opening = []

[notice]
title = "关于印发某县重点任务分解方案的通知"
addressee = "各乡镇人民政府："
text = ["现印发给你们，有关事项通知如下：", "一、各单位要制定工作计划。", "二、县督查室要定期通报。"]

[goals]
overall = ["完成年度目标。"]
"#,
    )
    .unwrap();
    let text = Renderer::new().render_text(&doc).unwrap();
    let notice = text.split("@annex").next().unwrap();
    assert!(notice.contains("\n# 各单位要制定工作计划。\n"), "{notice}");
    assert!(notice.contains("\n# 县督查室要定期通报。\n"), "{notice}");
    assert!(
        notice.contains("\n现印发给你们，有关事项通知如下：\n"),
        "{notice}"
    );
}
