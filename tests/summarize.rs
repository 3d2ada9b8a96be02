//! Plan → summary skeletons; rendering never loads the jieba dictionary (and what the
//! first jieba call costs). Nothing else in this file may touch jieba.

use std::io::Read;
use std::process::Command;
use std::time::Instant;

use gongwen::{DocKind, Document, Format, Renderer, Severity, TODO_MARK};

fn plans() -> Vec<(String, Document)> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("examples")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    files.sort();
    for p in files {
        let doc = Document::from_path(&p).unwrap();
        if !doc.kind.is_summary() {
            out.push((p.display().to_string(), doc));
        }
    }
    out
}

fn core_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name("docProps/core.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

#[test]
fn every_plan_gives_a_summary_that_validates_and_renders() {
    let renderer = Renderer::new();
    for (name, plan) in plans() {
        let s = plan.summarize();
        assert_eq!(s.kind, DocKind::Summary, "{name}");
        assert!(s.title.ends_with("总结"), "{name}: {}", s.title);
        if plan.issuer.is_empty() {
            // A speech: the summary asks for its issuer.
            assert!(s.issuer.starts_with("【待补"), "{name}: {}", s.issuer);
        } else {
            assert_eq!(s.issuer, plan.issuer);
        }
        let errors: Vec<_> = s
            .validate()
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        // one achievement per goal, phase, area with duties and custom section
        let goals = plan.goals.as_ref().map_or(0, |g| g.items.len());
        let areas = plan
            .responsibilities
            .iter()
            .filter(|a| !a.duties.is_empty())
            .count();
        let expected = (goals + plan.phases.len() + areas + plan.sections.len()).max(1);
        assert_eq!(s.achievements.len(), expected, "{name}");
        for (a, ph) in s.achievements[goals..].iter().zip(&plan.phases) {
            assert!(
                a.title.contains(ph.name.trim_end_matches('。')),
                "{} / {}",
                a.title,
                ph.name
            );
            assert_eq!(a.items.len(), ph.tasks.len());
        }
        let text = serde_json::to_string(&s).unwrap();
        assert!(text.contains(TODO_MARK), "{name}");
        assert!(!s.problems.is_empty() && !s.next_steps.is_empty());
        renderer.render_to_bytes(&s).unwrap();
        let blocks = renderer.render_text(&s).unwrap();
        for h in [
            "# 基本情况",
            "# 主要做法和成效",
            "# 存在的问题",
            "# 下一步打算",
        ] {
            assert!(blocks.contains(h), "{name}: {h}");
        }
        // round trip through every input format
        for f in [Format::Toml, Format::Yaml, Format::Json] {
            let t = s.to_string_in(f).unwrap();
            assert_eq!(
                Document::from_str_in(&t, f, "s").unwrap(),
                s,
                "{name} {f:?}"
            );
        }
    }
}

#[test]
fn summary_titles() {
    let mut d = Document::new(DocKind::Scheme, "青山区2025年民生实事项目实施方案");
    assert_eq!(d.summarize().title, "青山区2025年民生实事项目工作总结");
    d.title = "城东街道2025年消防安全宣传工作计划".into();
    assert_eq!(d.summarize().title, "城东街道2025年消防安全宣传工作总结");
    d.kind = DocKind::ActivityPlan;
    d.title = "法律援助进社区活动方案".into();
    assert_eq!(d.summarize().title, "法律援助进社区活动总结");
    d.title = "绿化行动".into();
    assert_eq!(d.summarize().title, "绿化行动活动总结");
}

#[test]
fn cli_summarize_writes_once() {
    let exe = env!("CARGO_BIN_EXE_gongwen");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("总结.yaml");
    let run = |force: bool| {
        let mut c = Command::new(exe);
        c.args(["summarize", "examples/fire_safety_plan.toml", "-o"])
            .arg(&out);
        if force {
            c.arg("--force");
        }
        c.output().unwrap()
    };
    let first = run(false);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let doc = Document::from_path(&out).unwrap();
    assert!(doc.kind.is_summary());
    let second = run(false);
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr).contains("--force"));
    assert!(run(true).status.success());
    // stdout: TOML
    let o = Command::new(exe)
        .args(["summarize", "examples/legal_aid_activity.yaml"])
        .output()
        .unwrap();
    let toml = String::from_utf8(o.stdout).unwrap();
    assert!(Document::from_toml_str(&toml).unwrap().kind.is_summary());
    // the skeleton renders as it is
    let r = Command::new(exe)
        .arg("render")
        .arg(&out)
        .arg("-o")
        .arg(dir.path().join("s.docx"))
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
}

/// Loading, validating and rendering every example (with and without keywords) never loads
/// jieba; the .docx still gets topic keywords. Then: what the first jieba call costs.
#[test]
fn render_never_loads_jieba_and_first_call_cost() {
    let renderer = Renderer::new();
    let topics = [
        ("fire", "消防"),
        ("legal", "法律援助"),
        ("civility", "文明"),
        ("livelihood", "民生"),
        ("population", "流动人口"),
        ("antidrug", "禁毒"),
        ("road", "交通"),
        ("school", "安全"),
        ("street", "治理"),
        ("waste", "垃圾"),
        ("reading", "阅读"),
    ];
    let mut files: Vec<_> = std::fs::read_dir("examples")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    files.sort();
    for p in &files {
        let mut doc = Document::from_path(p).unwrap();
        doc.validate();
        renderer.render_to_bytes(&doc).unwrap();
        doc.keywords.clear();
        let t = Instant::now();
        let bytes = renderer.render_to_bytes(&doc).unwrap();
        let took = t.elapsed();
        let core = core_xml(&bytes);
        let kw = core
            .split("<cp:keywords>")
            .nth(1)
            .unwrap()
            .split("</cp:keywords>")
            .next()
            .unwrap()
            .to_string();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let topic = topics.iter().find(|(k, _)| name.starts_with(k)).unwrap().1;
        println!("{name}: render {took:?}, keywords {kw}");
        assert!(
            kw.split('；').take(5).any(|k| k.contains(topic)),
            "{name}: {kw}"
        );
    }
    let t = Instant::now();
    for p in &files {
        let doc = Document::from_path(p).unwrap();
        for _ in 0..100 {
            std::hint::black_box(gongwen::keywords::quick_keywords(&doc, 5));
        }
    }
    println!(
        "quick_keywords: {:?} per document",
        t.elapsed() / (100 * files.len() as u32)
    );
    assert!(
        !gongwen::keywords::jieba_loaded(),
        "rendering loaded the jieba dictionary"
    );

    // The first jieba call (the dictionary), then the first TF-IDF call (the IDF table).
    let t = Instant::now();
    let found = gongwen::lint::check_text("某镇消防工作计划\n一、目标\n开展宣传。", None);
    let first_check = t.elapsed();
    let t = Instant::now();
    gongwen::lint::check_text("某镇消防工作计划\n一、目标\n开展宣传。", None);
    let second_check = t.elapsed();
    let t = Instant::now();
    gongwen::keywords::keywords("某镇消防工作计划\n开展消防宣传。", 5);
    let first_keywords = t.elapsed();
    println!(
        "first check (loads jieba): {first_check:?}; second check: {second_check:?}; first keywords (loads TF-IDF): {first_keywords:?}"
    );
    assert!(gongwen::keywords::jieba_loaded());
    assert!(found.is_empty(), "{found:?}");
}

/// The duties of the 职责分工 hold a plan's most concrete targets: each becomes a line of the
/// summary with its task, target, units and deadline, and its 完成情况 to fill in.
#[test]
fn cli_summarize_carries_every_duty() {
    let exe = env!("CARGO_BIN_EXE_gongwen");
    let o = Command::new(exe)
        .args(["summarize", "tests/inputs/summarize/waste_duties.toml"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let summary = Document::from_toml_str(&String::from_utf8(o.stdout).unwrap()).unwrap();
    let lines: Vec<String> = summary
        .achievements
        .iter()
        .flat_map(|a| a.items.iter().flat_map(|i| i.text.0.clone()))
        .collect();
    let find = |what: &str| {
        lines
            .iter()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{what} missing from {lines:#?}"))
            .clone()
    };
    let points = find("新建分类投放点320个");
    for part in [
        "建设生活垃圾分类投放点",
        "县住房和城乡建设局",
        "各乡镇人民政府",
        "2026年6月30日",
        "完成情况：【待补",
    ] {
        assert!(points.contains(part), "{part} missing from {points}");
    }
    let trucks = find("新增分类运输车24辆");
    assert!(
        trucks.contains("2026年9月") && trucks.contains("县城市管理局"),
        "{trucks}"
    );
    // Each area is an achievement of its own, named after the area.
    assert!(
        summary
            .achievements
            .iter()
            .any(|a| a.title == "分类设施建设")
    );
    assert!(
        summary
            .achievements
            .iter()
            .any(|a| a.title == "分类收运体系")
    );
}
