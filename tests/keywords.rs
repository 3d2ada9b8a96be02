//! Keywords: the top five name the document's topic.

use std::path::Path;

use gongwen::Document;
use gongwen::keywords::{keywords, keywords_of_document, quick_keywords, quick_keywords_of_text};

fn examples() -> Vec<(String, &'static str)> {
    [
        ("fire_safety_plan.toml", "消防"),
        ("legal_aid_activity.yaml", "法律援助"),
        ("civility_action_plan.json", "文明"),
        ("livelihood_projects_scheme.toml", "民生"),
        ("population_service_scheme.yaml", "流动人口"),
        ("antidrug_summary.toml", "禁毒"),
    ]
    .into_iter()
    .map(|(f, t)| (format!("examples/{f}"), t))
    .collect()
}

fn corpus() -> Vec<(String, &'static str)> {
    let dir = Path::new("../shared/corpus");
    if !dir.is_dir() {
        return Vec::new();
    }
    [
        ("02_fire_publicity_plan.txt", "消防"),
        ("03_legal_aid_activity_plan.txt", "法律援助"),
        ("05_civility_action_plan.txt", "文明"),
        ("06_livelihood_projects_scheme.txt", "民生"),
        ("07_antidrug_bureau_summary.txt", "禁毒"),
        ("10_floating_population_scheme.txt", "流动人口"),
    ]
    .into_iter()
    .map(|(f, t)| (dir.join(f).display().to_string(), t))
    .collect()
}

fn words(kw: &[gongwen::keywords::Keyword]) -> Vec<&str> {
    kw.iter().map(|k| k.word.as_str()).collect()
}

fn names(kw: &[gongwen::keywords::Keyword], topic: &str) -> bool {
    kw.iter().any(|k| k.word.contains(topic))
}

#[test]
fn top5_names_the_topic() {
    let mut failures = Vec::new();
    for (path, topic) in examples() {
        let doc = Document::from_path(&path).unwrap();
        let full = keywords_of_document(&doc, 5);
        let quick = quick_keywords(&doc, 5);
        println!(
            "{path}\n  tf-idf: {:?}\n  quick:  {:?}",
            words(&full),
            words(&quick)
        );
        if !names(&full, topic) || !names(&quick, topic) {
            failures.push(path);
        }
    }
    for (path, topic) in corpus() {
        let text = std::fs::read_to_string(&path).unwrap();
        let full = keywords(&text, 5);
        let quick = quick_keywords_of_text(&text, 5);
        println!(
            "{path}\n  tf-idf: {:?}\n  quick:  {:?}",
            words(&full),
            words(&quick)
        );
        if !names(&full, topic) || !names(&quick, topic) {
            failures.push(path);
        }
    }
    assert!(
        failures.is_empty(),
        "topic missing from the top 5: {failures:?}"
    );
}

#[test]
fn generic_words_never_win() {
    for (path, _) in examples() {
        let doc = Document::from_path(&path).unwrap();
        for k in keywords_of_document(&doc, 10) {
            assert!(
                !["工作", "加强", "开展", "进一步", "推进", "落实"].contains(&k.word.as_str()),
                "{path}: {}",
                k.word
            );
        }
    }
}

#[test]
fn cli_keywords() {
    let exe = env!("CARGO_BIN_EXE_gongwen");
    let out = std::process::Command::new(exe)
        .args(["keywords", "examples/antidrug_summary.toml", "-n", "3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.lines().next().unwrap().starts_with("禁毒"), "{text}");
}

/// A draft in GBK (saved by Notepad's ANSI or WPS) and a .docx draft are read as the importer
/// reads them: the keywords of the text, not of mis-decoded bytes.
#[test]
fn cli_keywords_of_drafts() {
    let exe = env!("CARGO_BIN_EXE_gongwen");
    let tmp = tempfile::tempdir().unwrap();
    let text = "某街道2026年禁毒宣传工作计划\n一、工作目标\n禁毒宣传进社区、进学校，禁毒知识知晓率达到95%以上。\n二、主要措施\n开展禁毒宣传月活动，组织禁毒志愿者入户宣传。\n";
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    let txt = tmp.path().join("初稿.txt");
    std::fs::write(&txt, &gbk).unwrap();
    let docx = tmp.path().join("初稿.docx");
    let doc = gongwen::Import::from_text(text).document;
    std::fs::write(
        &docx,
        gongwen::Renderer::new().render_to_bytes(&doc).unwrap(),
    )
    .unwrap();
    for path in [&txt, &docx] {
        let out = std::process::Command::new(exe)
            .arg("keywords")
            .arg(path)
            .args(["-n", "3"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let found = String::from_utf8(out.stdout).unwrap();
        assert!(
            found.lines().next().unwrap().starts_with("禁毒"),
            "{path:?}: {found}"
        );
    }
}
