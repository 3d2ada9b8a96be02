//! Import tests: spec files in `tests/import/*.txt`, GB18030 and `.docx` input, no text lost,
//! import → render round trips, robustness, the CLI, and (when `../shared/corpus` exists)
//! heading recall, level accuracy and section-kind accuracy on the hand-labelled corpus.
//!
//! Spec file format: the source text, a line `----`, then one expected heading per line:
//! `LINE LEVEL NUMBERING KIND TEXT` (NUMBERING `-` for an unnumbered label heading), then
//! optional assertions on the document: `% kind plan`, `% title …`, `% addressee …` (a
//! 印发通知's 主送 too), `% issuer …`, `% speaker …`, `% number …` (the 发文字号),
//! `% date 2025-03-01`, `% phases START..END …` (each phase's dates, `-` for
//! none), `% timeline NAME START..END | …` (every entry of the import's timeline, phases,
//! steps inside them and times named elsewhere), `% written START..END | …` (each entry's start
//! and end as the document writes them), `% removed LINE:TEXT | …` (the page debris left out)
//! and `% roundtrip` (import → render gives the same outline).

mod common;

use std::path::{Path, PathBuf};

use gongwen::import::{OutlineEntry, SectionKind};
use gongwen::{DocKind, Document, Format, Import, Renderer};

/// Half-width punctuation to full width, trailing punctuation dropped: for comparing
/// heading texts across the import and the renderer's wording.
fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            ',' => '，',
            ';' => '；',
            ':' => '：',
            '(' => '（',
            ')' => '）',
            '?' => '？',
            '!' => '！',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect();
    s.trim_end_matches(['。', '；', '，', '：']).to_string()
}

struct Spec {
    name: String,
    source: String,
    expected: Vec<(usize, u8, String, String, String)>,
    asserts: Vec<(String, String)>,
}

fn specs() -> Vec<Spec> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "spec files missing in {}", dir.display());
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let (source, rest) = text
                .split_once("\n----\n")
                .unwrap_or_else(|| panic!("{}: no ---- separator", p.display()));
            let mut expected = Vec::new();
            let mut asserts = Vec::new();
            for line in rest.lines().filter(|l| !l.trim().is_empty()) {
                if let Some(a) = line.strip_prefix("% ") {
                    let (k, v) = a.split_once(' ').unwrap_or((a, ""));
                    asserts.push((k.to_string(), v.to_string()));
                    continue;
                }
                let parts: Vec<&str> = line.splitn(5, ' ').collect();
                assert_eq!(parts.len(), 5, "{}: bad expected line {line}", p.display());
                let numbering = if parts[2] == "-" { "" } else { parts[2] };
                expected.push((
                    parts[0].parse().unwrap(),
                    parts[1].parse().unwrap(),
                    numbering.to_string(),
                    parts[3].to_string(),
                    parts[4].to_string(),
                ));
            }
            Spec {
                name: p.file_name().unwrap().to_string_lossy().into_owned(),
                source: format!("{source}\n"),
                expected,
                asserts,
            }
        })
        .collect()
}

fn show(o: &[OutlineEntry]) -> String {
    o.iter()
        .map(|e| {
            format!(
                "{} {} {} {} {}\n",
                e.line, e.level, e.numbering, e.kind, e.text
            )
        })
        .collect()
}

#[test]
fn spec_outlines() {
    let mut failures = Vec::new();
    for spec in specs() {
        let imp = Import::from_text(&spec.source);
        let got: Vec<_> = imp
            .outline
            .iter()
            .map(|e| {
                (
                    e.line,
                    e.level,
                    e.numbering.clone(),
                    e.kind.key().to_string(),
                    norm(&e.text),
                )
            })
            .collect();
        let want: Vec<_> = spec
            .expected
            .iter()
            .map(|(l, v, n, k, t)| (*l, *v, n.clone(), k.clone(), norm(t)))
            .collect();
        if got != want {
            failures.push(format!(
                "{}: outline differs; got:\n{}",
                spec.name,
                show(&imp.outline)
            ));
        }
        let doc = &imp.document;
        for (k, v) in &spec.asserts {
            let ok = match k.as_str() {
                "kind" => DocKind::from_name(v) == Some(doc.kind),
                "title" => doc.title == *v,
                // (A 印发通知's 主送 is the notice's.)
                "addressee" => {
                    doc.addressee.as_deref() == Some(v.as_str())
                        || doc.notice.as_ref().and_then(|n| n.addressee.as_deref())
                            == Some(v.as_str())
                }
                "number" => {
                    doc.banner.as_ref().and_then(|b| b.number.as_deref()) == Some(v.as_str())
                }
                "issuer" => doc.issuer == *v,
                "speaker" => doc.speaker.as_deref() == Some(v.as_str()),
                "date" => doc.date.as_ref().map(|d| d.iso()) == Some(v.clone()),
                // `% phases 2025-03-01..2025-03-15 -..2025-05`: every phase's start..end.
                "phases" => {
                    let got: Vec<String> = doc
                        .phases
                        .iter()
                        .map(|p| {
                            let d = |d: Option<gongwen::Date>| d.map_or("-".into(), |d| d.iso());
                            format!("{}..{}", d(p.start), d(p.end))
                        })
                        .collect();
                    got.join(" ") == *v
                }
                // `% timeline 报名 2025-04-01..2025-04-10 | 初赛 2025-04-15..2025-04-15`.
                "timeline" => {
                    let d = |d: Option<gongwen::Date>| d.map_or("-".into(), |d| d.iso());
                    let got: Vec<String> = imp
                        .timeline
                        .iter()
                        .map(|e| format!("{} {}..{}", e.name, d(e.start), d(e.end)))
                        .collect();
                    got.join(" | ") == *v
                }
                // `% written 五月二十日..五月二十六日 | -..6月10日前`: each timeline entry's start
                // and end as the document writes them.
                "written" => {
                    let t = |t: &Option<String>| t.clone().unwrap_or_else(|| "-".into());
                    let got: Vec<String> = imp
                        .timeline
                        .iter()
                        .map(|e| format!("{}..{}", t(&e.start_text), t(&e.end_text)))
                        .collect();
                    got.join(" | ") == *v
                }
                // `% paragraphs 保龄球赛规程： 3`: how many paragraphs of text the custom
                // section under that heading holds (lines kept apart, not joined).
                // `% removed 1:1、 | 6:2、`: the text left out as page debris, line by line.
                "removed" => {
                    let got: Vec<String> = imp
                        .removed
                        .iter()
                        .map(|(l, t)| format!("{l}:{t}"))
                        .collect();
                    got.join(" | ") == *v
                }
                "paragraphs" => {
                    let (heading, n) = v.rsplit_once(' ').expect("heading and count");
                    doc.sections
                        .iter()
                        .find(|s| s.heading == heading)
                        .is_some_and(|s| s.text.0.len().to_string() == n)
                }
                // `% duty 任务 | 2 | 甲局`: the duty with that task keeps that many paragraphs of
                // text, and its lead units are those.
                "duty" => {
                    let [task, n, lead] = v.split(" | ").collect::<Vec<_>>()[..] else {
                        panic!("{}: duty wants task | paragraphs | lead", spec.name)
                    };
                    doc.responsibilities
                        .iter()
                        .flat_map(|a| &a.duties)
                        .find(|d| d.task == task)
                        .is_some_and(|d| {
                            d.text.0.len().to_string() == n && d.lead.0.join("、") == lead
                        })
                }
                // `% opening 甲 | 乙`: the opening's paragraphs, each kept apart.
                "opening" => doc.opening.as_ref().map(|o| o.0.join(" | ")) == Some(v.clone()),
                // `% attachments 甲 | 乙`: the annexes' titles.
                "attachments" => {
                    let got: Vec<&str> = doc.attachments.iter().map(|a| a.title.as_str()).collect();
                    got.join(" | ") == *v
                }
                "roundtrip" => true,
                _ => panic!("{}: unknown assertion {k}", spec.name),
            };
            if !ok {
                failures.push(format!(
                    "{}: {k} should be {v}; timeline: {:?}; document: {doc:#?}",
                    spec.name, imp.timeline
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The headings of the rendered document (level, text before any run-in body).
fn rendered_outline(doc: &Document) -> Vec<(u8, String)> {
    let text = Renderer::new().render_text(doc).unwrap();
    let mut out = Vec::new();
    // A plan issued by a 印发通知 is the notice's first annex: its headings are the outline
    // (the notice's own points, printed as headings, are the notice's text).
    let mut annexes_left = if doc.notice.is_some() { 1 } else { 0 };
    let mut in_plan = doc.notice.is_none();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("@annex") {
            if annexes_left == 0 {
                break;
            }
            annexes_left -= 1;
            in_plan = true;
        }
        if !in_plan {
            continue;
        }
        let level = line.chars().take_while(|&c| c == '#').count();
        if (1..=4).contains(&level) && line[level..].starts_with(' ') {
            let t = line[level..].trim();
            // `## | text`: an item without a title, its number run in before its text.
            let t = match t.strip_prefix("| ") {
                Some(text) => text,
                None => t.split(" | ").next().unwrap_or(t),
            };
            out.push((level as u8, norm(t)));
        }
    }
    out
}

#[test]
fn import_then_render_keeps_the_outline() {
    let mut n = 0;
    for spec in specs()
        .into_iter()
        .filter(|s| s.asserts.iter().any(|a| a.0 == "roundtrip"))
    {
        let imp = Import::from_text(&spec.source);
        let problems: Vec<_> = imp
            .document
            .validate()
            .into_iter()
            .filter(|p| p.severity == gongwen::Severity::Error)
            .collect();
        assert!(problems.is_empty(), "{}: {problems:?}", spec.name);
        let want: Vec<(u8, String)> = imp
            .outline
            .iter()
            .map(|e| (e.level, norm(&e.text)))
            .collect();
        let got = rendered_outline(&imp.document);
        // The renderer may append the unit list to a duty; the heading must start alike.
        assert_eq!(got.len(), want.len(), "{}: {got:?}\n{want:?}", spec.name);
        for (g, w) in got.iter().zip(&want) {
            assert!(
                g.0 == w.0 && g.1.starts_with(&w.1),
                "{}: {g:?} vs {w:?}",
                spec.name
            );
        }
        // The written input file loads back and renders.
        for format in [Format::Toml, Format::Yaml, Format::Json] {
            let text = imp.document.to_string_in(format).unwrap();
            let back = match format {
                Format::Toml => Document::from_toml_str(&text),
                Format::Yaml => Document::from_yaml_str(&text),
                _ => Document::from_json_str(&text),
            }
            .unwrap_or_else(|e| panic!("{}: {e}\n{text}", spec.name));
            assert_eq!(back, imp.document, "{}", spec.name);
        }
        Renderer::new().render_to_bytes(&imp.document).unwrap();
        n += 1;
    }
    assert!(n >= 3);
}

/// Structural labels that the model turns into fields.
const FIELD_WORDS: &[&str] = &[
    "牵头单位",
    "牵头部门",
    "责任单位",
    "责任部门",
    "配合单位",
    "目标任务",
    // The 版头's label before its signers, which the model keeps as `banner.signers`.
    "签发人",
];

/// Every piece of text between punctuation marks in `source` must be in the serialised
/// model (numbers of headings, dates and field labels aside).
fn assert_no_text_lost(name: &str, source: &str, imp: &Import) {
    let doc = &imp.document;
    let model = doc.to_string_in(Format::Json).unwrap();
    let model = norm(&model.replace("\\\"", "\""));
    // A title run into the first sentence is split into the title and the text, which read
    // on from each other.
    let opening = doc
        .opening
        .as_ref()
        .map(|o| o.0.concat())
        .unwrap_or_default();
    // So is a phase's name run into its text (前期准备：9.10前往社区…: the name keeps the period).
    let phases: String = doc
        .phases
        .iter()
        .map(|p| format!("{}{}|", p.name, p.text.0.first().map_or("", String::as_str)))
        .collect();
    let flow = norm(&format!("{}{opening}|{phases}", doc.title));
    // The importer reads numbers in the light of the whole document (`1 工作目标` is one only
    // where `2 …` follows).
    let outline = gongwen::import::outline(source);
    for (k, line) in source.lines().enumerate() {
        let line = line.trim();
        // Page debris is left out, and reported (Import::removed).
        if line.is_empty() || imp.removed.iter().any(|(l, _)| *l == k + 1) {
            continue;
        }
        // An annex's label (附件1) is regenerated, as heading numbers are.
        let label = line
            .strip_prefix("附件")
            .is_some_and(|r| r.chars().all(|c| c.is_ascii_digit()));
        if label && !doc.attachments.is_empty() {
            continue;
        }
        // So is a 印发通知's note of the plan it issues (附件：某某方案).
        let annexed = line
            .strip_prefix("附件：")
            .or_else(|| line.strip_prefix("附件:"))
            .is_some_and(|t| norm(t) == norm(&doc.title));
        if annexed && doc.notice.is_some() {
            continue;
        }
        // And the 附件说明 (附件：1.甲 / 2.乙) when the model has its attachments.
        let line = match line.strip_prefix("附件：") {
            Some(rest) if !doc.attachments.is_empty() => rest,
            _ => line,
        };
        // (Run together as a page may give them, 1、甲2、乙, the plan a 印发通知 issues among
        // them.)
        let titles: Vec<String> = doc
            .attachments
            .iter()
            .map(|a| a.title.clone())
            .chain(doc.notice.as_ref().map(|_| doc.title.clone()))
            .collect();
        if common::numbered_titles(line, &titles).is_some() {
            continue;
        }
        // A 发文字号 run into the title's line is the 版头's.
        let line = doc
            .banner
            .as_ref()
            .and_then(|b| b.number.as_deref())
            .and_then(|n| line.strip_prefix(n))
            .unwrap_or(line);
        // The 成文日期, however written (2025.9.20, 二○二五年十一月十八日), is the document's date.
        if doc.date.is_some()
            && (line.parse::<gongwen::Date>().ok() == doc.date
                || doc.date.is_some_and(|d| {
                    d.day()
                        .is_some_and(|day| chinese_date(line) == Some((d.year(), d.month(), day)))
                }))
        {
            continue;
        }
        // Drop a leading heading number the way the importer does.
        // (A title run into its first heading, 某某计划一、工作目标, has the number inside.)
        let body = match outline.iter().find(|e| e.line == k + 1) {
            Some(e) if !e.numbering.is_empty() && line.contains(&e.numbering) => {
                line.replacen(&e.numbering, "。", 1)
            }
            _ => line.to_string(),
        };
        for piece in
            body.split(|c: char| c.is_whitespace() || "。！？；;，,、：:（）()“”\"".contains(c))
        {
            let piece = norm(piece.trim());
            if piece.chars().count() < 2 || FIELD_WORDS.contains(&piece.as_str()) {
                continue;
            }
            // Dates become typed dates (成文日期, phase start and end), written as GB/T 9704
            // writes them (２０２６年３月１日 → 2026年3月1日).
            if piece
                .chars()
                .all(|c| c.is_ascii_digit() || "０１２３４５６７８９年月日-—至上中下旬".contains(c))
            {
                continue;
            }
            assert!(
                model.contains(&piece) || flow.contains(&piece),
                "{name}: “{piece}” (from “{line}”) is missing from the model:\n{model}"
            );
        }
    }
}

#[test]
fn no_text_is_lost() {
    for spec in specs() {
        let imp = Import::from_text(&spec.source);
        assert_no_text_lost(&spec.name, &spec.source, &imp);
    }
}

#[test]
fn gb18030_input() {
    let spec = specs()
        .into_iter()
        .find(|s| s.name == "basic_plan.txt")
        .unwrap();
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&spec.source);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err());
    let a = Import::from_bytes(&bytes, "gbk.txt").unwrap();
    let b = Import::from_text(&spec.source);
    assert_eq!(a.outline, b.outline);
    assert_eq!(a.document, b.document);
    // With a UTF-8 BOM and CRLF line ends, too.
    let crlf = format!("\u{feff}{}", spec.source.replace('\n', "\r\n"));
    let c = Import::from_bytes(crlf.as_bytes(), "crlf.txt").unwrap();
    assert_eq!(c.outline, b.outline);
}

#[test]
fn docx_input_matches_the_rendered_headings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if Format::from_path(&path).is_none() {
            continue;
        }
        let doc = Document::from_path(&path).unwrap();
        let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
        let imp = Import::from_bytes(&bytes, "example.docx").unwrap();
        let want = rendered_outline(&doc);
        let got: Vec<(u8, String)> = imp
            .outline
            .iter()
            .map(|e| (e.level, norm(&e.text)))
            .collect();
        assert_eq!(
            got.len(),
            want.len(),
            "{}:\n{}\n{want:#?}",
            path.display(),
            show(&imp.outline)
        );
        for (g, w) in got.iter().zip(&want) {
            assert!(
                g.0 == w.0 && w.1.starts_with(&g.1),
                "{}: {g:?} vs {w:?}",
                path.display()
            );
        }
        assert_eq!(imp.document.kind, doc.kind, "{}", path.display());
        assert_eq!(
            norm(&imp.document.title),
            norm(&doc.title),
            "{}",
            path.display()
        );
        assert_eq!(imp.document.issuer, doc.issuer, "{}", path.display());
        assert_eq!(imp.document.date, doc.date, "{}", path.display());
        // And once more through the renderer: the same outline again.
        let again = rendered_outline(&imp.document);
        assert_eq!(again.len(), want.len(), "{}", path.display());
        n += 1;
    }
    assert!(n >= 6);
}

#[test]
fn never_panics() {
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\n\n   \n\t\n".to_vec(),
        "一、".into(),
        "（".into(),
        "第".into(),
        "1.".into(),
        "①".into(),
        "附件：".into(),
        "2025年3月1日".into(),
        "一、指导思想\n".repeat(3000).into_bytes(),
        "长".repeat(200_000).into_bytes(),
        "（一）（二）（三）1.2.3.一是二是：：：。。。".into(),
        b"PK\x03\x04not a zip".to_vec(),
        vec![0xff, 0xfe, 0x00],
        vec![0xff; 100],
    ];
    for bytes in cases {
        match Import::from_bytes(&bytes, "x.txt") {
            Ok(imp) => {
                let _ = imp.document.to_string_in(Format::Toml).unwrap();
            }
            Err(e) => assert!(e.to_string().contains("x.txt"), "{e}"),
        }
    }
    let err = Import::from_bytes(b"\x00\x01\x02\x03binary", "a.bin").unwrap_err();
    assert!(
        err.to_string().contains("a.bin") && err.to_string().contains("不是文本文件"),
        "{err}"
    );
    let err = Import::from_bytes(&[0x81, 0x20, 0xff, 0x80], "b.txt").unwrap_err();
    assert!(err.to_string().contains("编码"), "{err}");
    let empty = Import::from_text("");
    assert!(empty.outline.is_empty());
    Renderer::new().render_to_bytes(&empty.document).unwrap();
}

#[test]
fn a_text_file_named_docx_is_read_as_text_and_the_writer_told() {
    let text = "某街道消防工作计划\n一、工作目标\n全年不发生较大火灾。\n";
    let imp = Import::from_bytes(text.as_bytes(), "去年的计划.DOCX").unwrap();
    assert_eq!(imp.outline, Import::from_text(text).outline);
    assert!(
        imp.notes
            .iter()
            .any(|n| n.contains(".docx") && n.contains("纯文本")),
        "{:?}",
        imp.notes
    );
    // A text file named as one is not told so.
    let plain = Import::from_bytes(text.as_bytes(), "计划.txt").unwrap();
    assert!(
        !plain.notes.iter().any(|n| n.contains("纯文本")),
        "{:?}",
        plain.notes
    );
}

#[test]
fn random_text_never_panics() {
    // A cheap deterministic fuzz over the characters that matter to the parser.
    let alphabet: Vec<char> = "一二三十（）()1234.、。：:，,是第阶段部分①\n\n 附件年月日要求目标"
        .chars()
        .collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        let mut s = String::new();
        for _ in 0..200 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let imp = Import::from_text(&s);
        for e in &imp.outline {
            assert!((1..=4).contains(&e.level));
        }
        let _ = imp.document.to_string_in(Format::Toml).unwrap();
    }
}

#[test]
fn cli_import() {
    let exe = env!("CARGO_BIN_EXE_gongwen");
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("方案.txt");
    let spec = specs()
        .into_iter()
        .find(|s| s.name == "basic_plan.txt")
        .unwrap();
    std::fs::write(&src, &spec.source).unwrap();
    let out = std::process::Command::new(exe)
        .arg("import")
        .arg(&src)
        .arg("--outline")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["line"], 4);
    assert_eq!(first["level"], 1);
    assert_eq!(first["numbering"], "一、");
    assert_eq!(first["text"], "指导思想");
    assert_eq!(first["kind"], "guidance");
    // --timeline: a JSON line per dated step, the times other parts name included.
    let steps = dir.path().join("活动.txt");
    let spec = specs()
        .into_iter()
        .find(|s| s.name == "times_other_parts_name_are_on_the_timeline.txt")
        .unwrap();
    std::fs::write(&steps, &spec.source).unwrap();
    let out = std::process::Command::new(exe)
        .arg("import")
        .arg(&steps)
        .arg("--timeline")
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["name"], "报名");
    assert_eq!(lines[0]["start"], "2025年5月6日");
    assert_eq!(lines[0]["end"], "2025年5月12日");
    assert_eq!(lines[0]["phase"], serde_json::Value::Null);
    assert_eq!(lines[1]["name"], "展示");
    // Without -o: TOML on stdout.
    let out = std::process::Command::new(exe)
        .arg("import")
        .arg(&src)
        .output()
        .unwrap();
    assert!(out.status.success());
    let toml = String::from_utf8(out.stdout).unwrap();
    assert!(Document::from_toml_str(&toml).is_ok());
    // -o writes, refuses to overwrite without --force, and render accepts the result.
    let toml_path = dir.path().join("方案.toml");
    let run =
        |args: &[&std::ffi::OsStr]| std::process::Command::new(exe).args(args).output().unwrap();
    let o = run(&[
        "import".as_ref(),
        src.as_os_str(),
        "-o".as_ref(),
        toml_path.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&[
        "import".as_ref(),
        src.as_os_str(),
        "-o".as_ref(),
        toml_path.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
    let o = run(&[
        "import".as_ref(),
        src.as_os_str(),
        "-o".as_ref(),
        toml_path.as_os_str(),
        "--force".as_ref(),
    ]);
    assert!(o.status.success());
    let docx = dir.path().join("方案.docx");
    let o = run(&[
        "render".as_ref(),
        toml_path.as_os_str(),
        "-o".as_ref(),
        docx.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Errors name the file, in Chinese.
    let missing = dir.path().join("没有.txt");
    let o = run(&["import".as_ref(), missing.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("没有.txt") && err.contains("不存在"), "{err}");
    let o = run(&["help".as_ref(), "import".as_ref()]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("示例"));
}

// ---- the corpus (../shared/corpus, not part of a user's checkout) ----

struct Label {
    line: usize,
    level: u8,
    kind: SectionKind,
}

fn labels(path: &Path) -> Vec<Label> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Label {
                line: f[0].parse().unwrap(),
                level: f[1].parse().unwrap(),
                kind: SectionKind::from_key(f[3]).unwrap_or_else(|| panic!("bad kind in {l}")),
            }
        })
        .collect()
}

#[test]
fn corpus_accuracy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus");
    if !corpus.is_dir() {
        return; // a user's checkout has no ../shared
    }
    let (mut total, mut found, mut level_ok, mut kind_ok, mut extra) = (0, 0, 0, 0, 0);
    for entry in std::fs::read_dir(root.join("tests/corpus_labels")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let src = corpus.join(format!("{name}.txt"));
        if !src.is_file() {
            continue;
        }
        let imp = Import::from_path(&src).unwrap();
        let want = labels(&path);
        for l in &want {
            total += 1;
            match imp.outline.iter().find(|e| e.line == l.line) {
                Some(e) => {
                    found += 1;
                    if e.level == l.level {
                        level_ok += 1;
                    } else {
                        eprintln!("{name}:{}: level {} (label {})", l.line, e.level, l.level);
                    }
                    if e.kind == l.kind {
                        kind_ok += 1;
                    } else {
                        eprintln!("{name}:{}: kind {} (label {})", l.line, e.kind, l.kind);
                    }
                }
                None => eprintln!("{name}:{}: heading missed", l.line),
            }
        }
        for e in &imp.outline {
            if !want.iter().any(|l| l.line == e.line) {
                extra += 1;
                eprintln!("{name}:{}: not a heading in the labels: {}", e.line, e.text);
            }
        }
    }
    assert!(total > 100, "labels missing");
    let pct = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
    let (recall, level, kind) = (pct(found, total), pct(level_ok, found), pct(kind_ok, found));
    let precision = pct(found, found + extra);
    println!(
        "corpus: {total} labelled headings; recall {recall:.1}%, precision {precision:.1}%, level accuracy {level:.1}%, kind accuracy {kind:.1}%"
    );
    assert!(recall >= 98.0, "recall {recall:.1}%");
    assert!(precision >= 98.0, "precision {precision:.1}%");
    assert!(level >= 98.0, "level accuracy {level:.1}%");
    assert!(kind >= 95.0, "kind accuracy {kind:.1}%");
}

/// Phases under a 阶段划分 heading that has a lead-in: the lead-in is kept, the phases are
/// built, and dates without a year take the title's year (spaces inside dates allowed).
#[test]
fn phases_under_a_lead_in_read_their_dates_in_the_titles_year() {
    let src = "2025 年某镇防汛工作方案\n一、工作目标\n确保安全度汛。\n二、阶段划分\n\
               整个工作从4月1日至10月31日，分两个阶段。\n\
               （一）准备阶段（4 月 1 日-4 月 30 日）。各村排查隐患。\n\
               （二）实施阶段（5月1日至10月31日）。各村落实值守，镇里适时督查，发现问题及时整改到位\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.phases.len(), 2, "{doc:#?}");
    assert_eq!(
        doc.phases_text.0,
        vec!["整个工作从4月1日至10月31日，分两个阶段。".to_string()]
    );
    let dates = |i: usize| {
        let p = &doc.phases[i];
        (
            p.name.as_str(),
            p.start.as_ref().map(|d| d.iso()),
            p.end.as_ref().map(|d| d.iso()),
        )
    };
    // The names stay as written, dates included; the heading prints them once.
    assert_eq!(
        dates(0),
        (
            "准备阶段（4 月 1 日-4 月 30 日）。",
            Some("2025-04-01".into()),
            Some("2025-04-30".into())
        )
    );
    assert_eq!(
        dates(1),
        (
            "实施阶段（5月1日至10月31日）。",
            Some("2025-05-01".into()),
            Some("2025-10-31".into())
        )
    );
    assert!(doc.phases[1].text.0[0].starts_with("各村落实值守"));
    let text = gongwen::Renderer::new().render_text(&doc).unwrap();
    assert!(
        // Run in with its text, as written.
        text.contains("## 准备阶段（4 月 1 日-4 月 30 日）。 | 各村排查隐患。\n"),
        "{text}"
    );
    // Without a year anywhere, the document is dated today, so the dates take this year,
    // and the writer is told to check them.
    let imp = Import::from_text(&src.replacen("2025 年", "", 1));
    let this_year = imp.document.date.unwrap().year();
    assert!(
        imp.document
            .phases
            .iter()
            .all(|p| p.start.is_some_and(|d| d.year() == this_year)),
        "{:#?}",
        imp.document
    );
    assert!(
        imp.notes.iter().any(|n| n.contains("没有写年份")),
        "{:?}",
        imp.notes
    );
    // The lead-in reaches the rendered document.
    let text = Renderer::new()
        .render_text(&Import::from_text(src).document)
        .unwrap();
    let lead = text
        .find("整个工作从4月1日至10月31日，分两个阶段。")
        .expect(&text);
    let first = text.find("准备阶段").expect(&text);
    assert!(lead < first, "{text}");
}

/// A document with no opening imports as `opening = []` and renders none: the template's
/// usual opening would be text the source did not have. Left out of an input file, the
/// template writes it.
#[test]
fn an_import_without_an_opening_renders_none() {
    let src =
        "关于做好防溺水工作的实施方案\n一、工作目标\n减少溺水事故。\n二、工作要求\n加强巡查。\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.opening, Some(Default::default()));
    let toml = doc.to_string_in(Format::Toml).unwrap();
    assert!(toml.contains("opening = []"), "{toml}");
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(!text.contains("特制定本方案"), "{text}");
    let again = Document::from_toml_str(&toml).unwrap();
    assert_eq!(again.opening, Some(Default::default()));
    // Left out, the template writes the usual opening, about the title's subject.
    let mut authored = doc.clone();
    authored.opening = None;
    let text = Renderer::new().render_text(&authored).unwrap();
    assert!(text.contains("为深入推进防溺水工作，"), "{text}");
}

/// A lead-in sentence ending in a colon is the opening, not a 主送; a real 主送 still is one.
#[test]
fn a_lead_in_ending_in_a_colon_is_not_an_addressee() {
    let src = "某社区年度工作计划\n为把文明创建工作推向深入，本社区在街道领导下，对今年的工作作如下安排：\n\
               一、加强宣传\n定期更新宣传栏。\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.addressee, None, "{doc:#?}");
    assert!(
        doc.opening
            .iter()
            .flat_map(|o| &o.0)
            .any(|p| p.contains("作如下安排")),
        "{doc:#?}"
    );
    let doc =
        Import::from_text("某县工作方案\n各乡镇人民政府、县直各单位：\n一、加强宣传\n定期更新。\n")
            .document;
    assert_eq!(
        doc.addressee.as_deref(),
        Some("各乡镇人民政府、县直各单位：")
    );
}

/// Page debris pasted from document-sharing sites never becomes the title or a heading.
#[test]
fn page_debris_is_dropped() {
    let src = "第1页共10页\n在全镇禁毒工作会议上的发言稿\n同志们：\n21.jpg\n一、提高认识\n\
               1、精选优质文档-倾情为你奉上\n要把禁毒工作放在心上。\n";
    let imp = Import::from_text(src);
    assert_eq!(imp.document.title, "在全镇禁毒工作会议上的发言稿");
    assert_eq!(imp.document.kind, DocKind::Speech);
    let texts: Vec<&str> = imp.outline.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, vec!["提高认识"], "{:#?}", imp.outline);
    let model = imp.document.to_string_in(Format::Json).unwrap();
    assert!(
        !model.contains("jpg") && !model.contains("精选优质文档"),
        "{model}"
    );
}

/// A 印发通知 wrapping a plan: the plan becomes the document, the notice its notice part.
#[test]
fn a_notice_carrying_a_plan_imports_as_the_plan() {
    let src = "关于印发《某县2025年防汛工作方案》的通知\n各乡镇人民政府：\n\
               现将《某县2025年防汛工作方案》印发给你们，请认真贯彻落实。\n\
               某县2025年防汛工作方案\n为做好今年防汛工作，制定本方案。\n一、工作目标\n确保安全度汛。\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.title, "某县2025年防汛工作方案");
    assert_eq!(doc.kind, DocKind::Scheme);
    let notice = doc.notice.as_ref().expect("notice part");
    assert_eq!(
        notice.title.as_deref(),
        Some("关于印发《某县2025年防汛工作方案》的通知")
    );
    assert_eq!(notice.addressee.as_deref(), Some("各乡镇人民政府："));
    assert_eq!(
        notice.text.0,
        vec!["现将《某县2025年防汛工作方案》印发给你们，请认真贯彻落实。".to_string()]
    );
    assert_eq!(
        doc.opening,
        Some(vec!["为做好今年防汛工作，制定本方案。".to_string()].into())
    );
    assert_eq!(doc.addressee, None);
}

/// A 印发通知 printed as offices and web pages print one: its 版头 (密级 in words, the
/// organ's mark, the 文号), text, signature and date, then the plan with no 附件 label.
/// The signature and date are the notice's, never a heading of the plan.
#[test]
fn a_notice_followed_by_its_plan_keeps_its_signature_out_of_the_plan() {
    let src = "密级：内部\n某市人民政府办公室文件\n某政办发〔2026〕5号\n\
               关于印发《某市2026年城市更新工作要点》的通知\n各区人民政府：\n\
               现将《某市2026年城市更新工作要点》印发给你们，请认真贯彻落实。\n\
               某市人民政府办公室\n2026年3月1日\n某市2026年城市更新工作要点\n\
               一、总体要求\n坚持人民城市理念。\n二、重点任务\n（一）推进老旧小区改造。\n全年改造小区50个。\n";
    let imp = Import::from_text(src);
    let doc = &imp.document;
    assert_eq!(doc.title, "某市2026年城市更新工作要点");
    assert_eq!(doc.kind, DocKind::WorkPoints);
    assert_eq!(doc.issuer, "某市人民政府办公室");
    assert_eq!(
        doc.date.as_ref().map(|d| d.iso()).as_deref(),
        Some("2026-03-01")
    );
    let banner = doc.banner.as_ref().expect("版头");
    assert_eq!(banner.secrecy.as_deref(), Some("密级：内部"));
    assert_eq!(banner.number.as_deref(), Some("某政办发〔2026〕5号"));
    let notice = doc.notice.as_ref().expect("notice part");
    assert_eq!(notice.addressee.as_deref(), Some("各区人民政府："));
    assert_eq!(
        notice.text.0,
        vec!["现将《某市2026年城市更新工作要点》印发给你们，请认真贯彻落实。".to_string()]
    );
    let outline: Vec<(u8, &str)> = imp
        .outline
        .iter()
        .map(|e| (e.level, e.text.as_str()))
        .collect();
    assert_eq!(
        outline,
        vec![(1, "总体要求"), (1, "重点任务"), (2, "推进老旧小区改造")]
    );
    // The same notice with its plan's title broken over two lines.
    let two = src.replace(
        "2026年3月1日\n某市2026年城市更新工作要点",
        "2026年3月1日\n某市2026年\n城市更新工作要点",
    );
    assert_eq!(
        Import::from_text(&two).document.title,
        "某市2026年城市更新工作要点"
    );
}

/// A summary's excerpt that shows only its problems still renders: the missing 做法和成效
/// are stood in for with a placeholder, and a note says so.
#[test]
fn a_summary_without_achievements_renders_with_a_placeholder() {
    let src = "某局2025年工作总结\n一、存在的问题\n（一）认识有偏差。\n重形式轻实效。\n（二）力量不足。\n人员偏少。\n";
    let imp = Import::from_text(src);
    assert_eq!(imp.document.kind, DocKind::Summary);
    assert_eq!(imp.document.achievements.len(), 1);
    assert!(imp.document.achievements[0].title.starts_with("【待补"));
    assert!(
        imp.notes.iter().any(|n| n.contains("主要做法和成效")),
        "{:?}",
        imp.notes
    );
    Renderer::new().render_to_bytes(&imp.document).unwrap();
}

/// An area of 职责分工 named after its unit (区民政局, 各街道, 镇应急管理办公室, 各村（社区）)
/// has that unit as its lead; one that names none (宣传发动) gets a placeholder the writer
/// fills in, and a note says so.
#[test]
fn an_area_without_a_unit_gets_a_lead_placeholder() {
    let src = "某区2026年养老服务提升方案\n一、工作目标\n建成站点20个。\n二、职责分工\n\
               （一）区民政局\n负责统筹推进。\n（二）各村（社区）\n负责站点建设。\n\
               （三）镇应急管理办公室\n负责安全检查。\n（四）宣传发动\n广泛宣传养老政策。\n";
    let imp = Import::from_text(src);
    let leads: Vec<(&str, Vec<String>)> = imp
        .document
        .responsibilities
        .iter()
        .map(|a| (a.area.as_str(), a.lead.0.clone()))
        .collect();
    assert_eq!(
        leads,
        vec![
            ("区民政局", vec!["区民政局".to_string()]),
            ("各村（社区）", vec!["各村（社区）".to_string()]),
            ("镇应急管理办公室", vec!["镇应急管理办公室".to_string()]),
            ("宣传发动", vec!["【待补：牵头单位】".to_string()]),
        ]
    );
    assert!(
        imp.notes
            .iter()
            .any(|n| n.contains("宣传发动") && n.contains("牵头单位")),
        "{:?}",
        imp.notes
    );
    let text = Renderer::new().render_text(&imp.document).unwrap();
    assert!(text.contains("【待补：牵头单位】"), "{text}");
}

/// A title line as document-sharing sites print it: their additions at its end (sample
/// numbers, collection counts, marks, the site's name) are left out and reported; what the
/// writer may have written ((试行), (2026), （2026—2028年）) stays.
#[test]
fn site_additions_at_a_titles_end() {
    let cases = [
        ("某社区2026年工作计划 (2)", "某社区2026年工作计划"),
        ("某社区2026年工作计划【三篇】", "某社区2026年工作计划"),
        ("某社区2026年工作计划(通用版)", "某社区2026年工作计划"),
        ("某社区2026年工作计划(优秀6篇)", "某社区2026年工作计划"),
        ("某社区2026年工作计划合集", "某社区2026年工作计划"),
        ("某社区2026年工作计划-范文网", "某社区2026年工作计划"),
        (
            "某社区2026年工作计划范文（精选3篇）",
            "某社区2026年工作计划",
        ),
        ("某局工作总结（通用5篇）", "某局工作总结"),
        ("某局工作计划(3篇)", "某局工作计划"),
        ("某局工作计划（试行）", "某局工作计划（试行）"),
        ("某县行动方案(2026)", "某县行动方案(2026)"),
        ("某县2026-2028年行动方案", "某县2026-2028年行动方案"),
        ("某县行动方案（2026—2028年）", "某县行动方案（2026—2028年）"),
    ];
    for (line, want) in cases {
        let src = format!("{line}\n为做好工作，制定本计划。\n一、指导思想\n以人为本。\n");
        let imp = Import::from_text(&src);
        assert_eq!(imp.document.title, want, "{line}");
        let removed: String = imp.removed.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            removed.chars().filter(|c| !c.is_whitespace()).count(),
            line.chars().filter(|c| !c.is_whitespace()).count()
                - want.chars().filter(|c| !c.is_whitespace()).count(),
            "{line}: what is left out is reported: {:?}",
            imp.removed
        );
    }
}

/// The mark between a run-in heading and its text is the writer's, not replaced by 。
/// (“加强领导:各单位……” never becomes “加强领导。各单位……”).
#[test]
fn the_run_in_mark_is_kept() {
    let src = "某社区2025年读书活动方案\n一、工作要求\n（一）加强领导:各单位要高度重视。\n（二）注重实效：活动要贴近居民。\n";
    let text = Renderer::new()
        .render_text(&Import::from_text(src).document)
        .unwrap();
    assert!(text.contains("加强领导:"), "{text}");
    assert!(!text.contains("加强领导。"), "{text}");
    assert!(text.contains("注重实效："), "{text}");
}

/// An imported document prints as written: no 。 is added after a heading-only item or the
/// last words of an item, and a title on its own line over its text stays on its own line
/// (it is not run in with an added 。). A document written for gongwen still gets both.
#[test]
fn imported_text_gets_no_full_stop_added() {
    let src = "某社区2025年环境整治工作计划\n一、工作措施\n（一）政治学习\n每月组织一次集中学习\n（二）清理垃圾死角\n1、清理楼道杂物\n2、清理绿化带垃圾\n";
    let doc = Import::from_text(src).document;
    assert!(doc.as_written);
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(!text.contains('。'), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let k = lines
        .iter()
        .position(|l| l.ends_with("政治学习"))
        .expect(&text);
    assert!(lines[k + 1].ends_with("每月组织一次集中学习"), "{text}");
    assert!(text.contains("清理楼道杂物\n"), "{text}");
    // The same items in a draft written for gongwen end their sentences.
    let authored = Document {
        as_written: false,
        ..doc
    };
    let text = Renderer::new().render_text(&authored).unwrap();
    assert!(
        text.contains("政治学习。 | 每月组织一次集中学习。"),
        "{text}"
    );
    assert!(text.contains("清理楼道杂物。"), "{text}");
}

/// An imported speech with no salutation of its own gets none added (同志们： is the usual one
/// of a speech written for gongwen, not text of this writer's).
#[test]
fn an_imported_speech_gets_no_salutation_added() {
    let src = "某校长2025年开学典礼讲话稿\n老师们、同学们：大家好！\n新学期开始了，我们要继续努力。\n一、要珍惜时间\n时间不等人。\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.kind, DocKind::Speech);
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(!text.contains("同志们"), "{text}");
    // A speech written for gongwen still opens with it.
    let authored = Document {
        as_written: false,
        ..doc
    };
    let text = Renderer::new().render_text(&authored).unwrap();
    assert!(text.contains("@to 同志们："), "{text}");
}

/// A numbered line that is a whole sentence, its text on the lines after it, prints as the
/// writer set it: the sentence on its line, the text under it (not run in after the 。).
/// The same heading with its text on its own line runs in, as written.
#[test]
fn a_sentence_heading_keeps_its_line() {
    let src = "某小学2025年读书活动方案\n一、活动形式\n1、各年级举行知识竞赛。\n2、举行朗诵、讲故事、演讲比赛。\n一至三年级：朗诵比赛\n四年级：讲故事比赛\n3、开展读书交流。各班每月交流一次。\n二、活动要求\n各年级认真组织。\n";
    let doc = Import::from_text(src).document;
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(
        text.contains("\n## 举行朗诵、讲故事、演讲比赛。\n一至三年级：朗诵比赛\n"),
        "{text}"
    );
    assert!(
        text.contains("\n## 开展读书交流。 | 各班每月交流一次。\n"),
        "{text}"
    );
}

/// A phase whose period is typed with spaces inside its brackets is a heading like its
/// neighbours, not a row of a schedule printed without its number.
#[test]
fn a_period_typed_with_spaces_stays_in_its_heading() {
    let src = "某镇2025年镇容镇貌整治实施方案\n一、实施步骤\n1、宣传动员（ 3月5日 至 3月15日 ）。各村开展宣传。\n2、集中整治（3月16日至4月10日）。各村清理垃圾。\n二、工作要求\n各村要高度重视。\n";
    let doc = Import::from_text(src).document;
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(
        text.contains("\n## 宣传动员（ 3月5日 至 3月15日 ）。 | 各村开展宣传。\n"),
        "{text}"
    );
}

/// Stages standing as top headings (二、第一阶段：…… with no 实施步骤 above them) print as
/// they were: no 实施步骤 heading is added over them, and they keep their level.
#[test]
fn top_level_stages_print_without_an_added_heading() {
    let src = "关于开展2025年安全隐患排查活动的实施方案\n一、工作目标\n消除隐患。\n二、第一阶段：宣传发动（3月1日-15日）\n召开动员会。\n三、第二阶段：排查整治（3月16日-4月30日）\n全面排查。\n四、工作要求\n加强领导。\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.phases.len(), 2);
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(!text.contains("实施步骤"), "{text}");
    assert!(
        text.contains("\n# 第一阶段：宣传发动（3月1日-15日）\n"),
        "{text}"
    );
    assert!(text.contains("\n# 工作要求\n"), "{text}");
    let authored = Document {
        as_written: false,
        ..doc
    };
    let text = Renderer::new().render_text(&authored).unwrap();
    assert!(
        text.contains("# 实施步骤") && text.contains("## 第一阶段"),
        "{text}"
    );
}

/// An imported report or speech gets no closing its source did not have (特此报告。, the
/// speech's 同志们，……); one written for gongwen does.
#[test]
fn imported_documents_get_no_closing_they_did_not_have() {
    for (src, closing) in [
        (
            "某街道2025年上半年工作情况报告\n一、主要工作\n完成老旧小区改造3个。\n二、存在问题\n资金缺口较大。\n",
            "特此报告",
        ),
        (
            "在全县安全生产工作会议上的讲话\n同志们：\n一、提高认识\n安全生产是底线。\n二、压实责任\n各乡镇要守土尽责。\n",
            "目标已经明确",
        ),
    ] {
        let doc = Import::from_text(src).document;
        let text = Renderer::new().render_text(&doc).unwrap();
        assert!(!text.contains(closing), "{text}");
        let authored = Document {
            as_written: false,
            ..doc
        };
        let text = Renderer::new().render_text(&authored).unwrap();
        assert!(text.contains(closing), "{text}");
    }
}

/// gongwen's own .docx imported again keeps one 任务分工表 (no second one is added), and a
/// document without one never gains one.
#[test]
fn reimport_adds_no_second_task_table() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let count = |doc: &Document| {
        Renderer::new()
            .render_text(doc)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("@annex") && l.contains("任务分工表"))
            .count()
    };
    let mut checked = 0;
    for name in [
        "fire_safety_plan.toml",
        "livelihood_projects_scheme.toml",
        "antidrug_summary.toml",
    ] {
        let doc = Document::from_path(root.join("examples").join(name)).unwrap();
        let path = dir.path().join(format!("{name}.docx"));
        std::fs::write(&path, Renderer::new().render_to_bytes(&doc).unwrap()).unwrap();
        let back = Import::from_path(&path).unwrap().document;
        assert_eq!(count(&back), count(&doc), "{name}: {back:#?}");
        checked += count(&doc);
    }
    assert!(checked > 0, "no example has a 任务分工表 any more");
}

/// A site's chunk marker glued to the title (`1、某项工作的工作报告`) does not make the title a
/// heading; a real first item `1、` followed by `2、` stays a heading.
#[test]
fn a_chunk_marker_glued_to_the_title() {
    let imp = Import::from_text(
        "1、某镇2025年工作汇报\n今年以来，各项工作有序推进。\n一、基础设施建设\n新建村道十二公里。\n",
    );
    assert_eq!(imp.document.title, "某镇2025年工作汇报");
    assert_eq!(imp.outline.len(), 1, "{:#?}", imp.outline);
    let imp = Import::from_text("1、制定工作方案\n各村拿出方案。\n2、开展排查\n全面排查隐患。\n");
    assert_eq!(imp.outline.len(), 2, "{:#?}", imp.outline);
}

/// A rendered 版头 and 版记 come back from the .docx as the document's banner and record,
/// and the mark is not taken for the title.
#[test]
fn banner_and_record_round_trip_through_docx() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for name in [
        "waste_sorting_scheme_notice.toml",
        "road_safety_report.toml",
    ] {
        let doc = Document::from_path(dir.join(name)).unwrap();
        let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
        let imp = Import::from_bytes(&bytes, name).unwrap();
        let (want, got) = (doc.banner.as_ref().unwrap(), imp.document.banner.as_ref());
        let got = got.unwrap_or_else(|| panic!("{name}: no banner imported"));
        let number = want.normalized_number().unwrap().unwrap().text;
        assert_eq!(got.number.as_deref(), Some(number.as_str()), "{name}");
        assert_eq!(got.signers, want.signers, "{name}");
        assert_eq!(got.urgency, want.urgency, "{name}");
        assert_eq!(got.copy_number, want.copy_number, "{name}");
        assert!(
            !imp.document.title.contains("文件"),
            "{name}: {}",
            imp.document.title
        );
        let (want, got) = (
            doc.record.as_ref().unwrap(),
            imp.document.record.as_ref().unwrap(),
        );
        assert_eq!(got.cc.0.join("，"), want.cc.0.join("，"), "{name}");
        assert_eq!(got.printer, want.printer, "{name}");
        assert_eq!(got.print_date, want.print_date.or(doc.date), "{name}");
        n += 1;
    }
    assert_eq!(n, 2);
}

/// A phase that runs 即日起至… starts on the document's 成文日期, kept as 即日起 (what the
/// writer wrote; it prints and saves so).
#[test]
fn a_phase_from_now_on_starts_on_the_documents_date() {
    let text = "某街道2026年安全生产专项整治实施方案\n一、实施步骤\n（一）动员部署阶段（即日起至3月31日）\n制定方案。\n（二）集中整治阶段（2026年4月1日至9月30日）\n开展整治。\n\n某街道办事处\n2026年3月1日\n";
    let doc = Import::from_text(text).document;
    let p = &doc.phases[0];
    assert_eq!(p.name, "动员部署阶段（即日起至3月31日）");
    let start = p.start.unwrap();
    assert!(start.is_from_issue(), "{start:?}");
    assert_eq!(start.first_day(), (2026, 3, 1));
    assert_eq!(start.iso(), "即日起");
    assert_eq!(
        p.end.as_ref().map(|d| d.iso()).as_deref(),
        Some("2026-03-31")
    );
    assert_eq!(
        doc.phases[1].start.as_ref().map(|d| d.iso()).as_deref(),
        Some("2026-04-01")
    );
    // Without a 成文日期 the document is dated today, and 即日起 starts then (a note says so);
    // a period that ended before today keeps its start too, with a warning, not an error.
    let undated = text.replace("2026年3月1日\n", "");
    let next_year = Import::from_text("x").document.date.unwrap().year() + 1;
    let ahead = undated.replace("2026年", &format!("{next_year}年"));
    let imp = Import::from_text(&ahead);
    let doc = imp.document;
    assert_eq!(doc.phases[0].name, "动员部署阶段（即日起至3月31日）");
    assert_eq!(
        doc.phases[0].start.map(|d| d.first_day()),
        doc.date.map(|d| d.first_day())
    );
    assert_eq!(
        doc.phases[0].end.map(|d| d.iso()),
        Some(format!("{next_year}-03-31"))
    );
    assert!(
        imp.notes.iter().any(|n| n.contains("即日起")),
        "{:?}",
        imp.notes
    );
    let past = undated.replace("2026年", "2019年");
    let doc = Import::from_text(&past).document;
    assert!(doc.phases[0].start.unwrap().is_from_issue());
    let problems = doc.validate();
    assert!(
        problems
            .iter()
            .all(|p| p.severity != gongwen::Severity::Error)
            && problems
                .iter()
                .any(|p| p.path == "phases[0].start" && p.message.contains("晚于")),
        "{problems:?}"
    );
    assert_eq!(
        doc.phases[0].end.map(|d| d.iso()).as_deref(),
        Some("2019-03-31")
    );
}

/// 牵头部门 and 责任单位 on lines of their own are two fields, however long the first line
/// is, and they print as written (issue 16).
#[test]
fn unit_lines_are_never_joined_and_print_as_written() {
    let src = "某区2026年民生实事实施方案\n一、目标任务\n（一）就业和社会保障\n\
               牵头部门:区劳动和社会保障局、区民政局\n\
               责任单位:各乡镇人民政府、区计生局、区教育局\n\
               1.开展创业就业培训(责任单位:区妇联、区残联)\n";
    let doc = Import::from_text(src).document;
    let a = &doc.responsibilities[0];
    assert_eq!(a.lead.0, ["区劳动和社会保障局", "区民政局"], "{a:#?}");
    assert_eq!(
        a.responsible.0,
        ["各乡镇人民政府", "区计生局", "区教育局"],
        "{a:#?}"
    );
    assert_eq!(a.duties[0].units.0, ["区妇联", "区残联"]);
    let text = gongwen::Renderer::new().render_text(&doc).unwrap();
    assert!(
        text.contains("牵头部门:区劳动和社会保障局、区民政局\n"),
        "{text}"
    );
    // As written: no 。 added after the task.
    assert!(text.contains("培训(责任单位:区妇联、区残联)\n"), "{text}");
    assert!(
        !text.contains("牵头单位：") && !text.contains("（责任单位："),
        "{text}"
    );
}

/// Lines that open with a short name and a colon (`组  长：…`, `时间：…`) are fields, one a
/// line: never joined to the line before as a web page's broken line, however long that is
/// and however it ends; nor is a period alone joined to what follows it.
#[test]
fn field_lines_and_periods_are_never_joined() {
    let src = "某街道2025年创建全国文明城市工作方案\n一、组织领导\n\
               为加强对创建工作的领导，街道成立创建工作领导小组\n\
               组  长：某某某  街道党工委书记\n\
               副组长：某某某  街道办事处主任\n\
               领导小组下设办公室，办公室设在党政办，负责日常工作\n\
               二、工作安排\n\
               （一）整治阶段\n\
               时间：2025年11月—12月\n\
               主要任务：集中整治背街小巷。\n";
    let imp = Import::from_text(src);
    let org = imp
        .document
        .sections
        .iter()
        .find(|s| s.heading == "组织领导")
        .expect("组织领导");
    assert_eq!(
        org.text.0,
        [
            "为加强对创建工作的领导，街道成立创建工作领导小组",
            "组  长：某某某  街道党工委书记",
            "副组长：某某某  街道办事处主任",
            "领导小组下设办公室，办公室设在党政办，负责日常工作",
        ]
    );
    let phase = &imp.document.phases[0];
    assert_eq!(phase.text.0, ["时间：2025年11月—12月"], "{phase:#?}");
    assert_eq!(phase.start.map(|d| d.iso()).as_deref(), Some("2025-11"));
}

/// A section's name run straight into its text (`一、指导思想依据……`) is split after the
/// name; a numbered paragraph's first sentence is its heading, however long (issue 16).
#[test]
fn run_on_section_names_and_long_first_sentences_are_split() {
    let src = "某校2026年安全工作计划\n\
               一、指导思想依据区教育局的安全管理方案,贯彻安全第一的方针,推进平安校园建设。\n\
               二、建立健全“法律进校园”宣传小组和安全工作领导小组。小组由校长任组长，及时上报问题。\n";
    let imp = Import::from_text(src);
    assert_eq!(imp.outline[0].text, "指导思想");
    assert_eq!(
        imp.document.guidance.as_ref().unwrap().text.0,
        ["依据区教育局的安全管理方案,贯彻安全第一的方针,推进平安校园建设。"]
    );
    assert_eq!(
        imp.outline[1].text,
        "建立健全“法律进校园”宣传小组和安全工作领导小组"
    );
    gongwen::Renderer::new()
        .render_to_bytes(&imp.document)
        .unwrap();
}

/// A numbered line with nothing under it imports as a heading of its own, and the document
/// still renders: an empty section is a warning, not an error (issue 16).
#[test]
fn a_heading_with_nothing_under_it_renders_with_a_warning() {
    let src = "某校2026年安全工作要点\n\
               1、认真组织学习义务教育法等法律法规,树立依法治校意识。\n\
               2、加大安全管理人员培训力度。各校分层培训。\n";
    let doc = Import::from_text(src).document;
    let problems = doc.validate();
    assert!(
        problems.iter().any(|p| p.message.contains("只有标题")),
        "{problems:?}"
    );
    let text = gongwen::Renderer::new().render_text(&doc).unwrap();
    assert!(text.contains("认真组织学习义务教育法等法律法规,树立依法治校意识。"));
    gongwen::Renderer::new().render_to_bytes(&doc).unwrap();
}

/// A phase whose dates close its text instead of its heading (`……报名。（3月1日到3月4日）`)
/// reads them there; the heading does not repeat them (issue 16).
#[test]
fn phase_dates_at_the_end_of_its_text_are_read() {
    let src = "某校2026年读书节活动方案\n一、活动安排\n（一）宣传阶段\n召开学习委员会议，动员各班报名。（3月1日到3月4日）\n（二）评比阶段\n各班推选作品参加评比。（3月5日到3月12日）\n";
    let doc = Import::from_text(src).document;
    let dates: Vec<_> = doc
        .phases
        .iter()
        .map(|p| (p.start.map(|d| d.iso()), p.end.map(|d| d.iso())))
        .collect();
    assert_eq!(
        dates,
        [
            (Some("2026-03-01".into()), Some("2026-03-04".into())),
            (Some("2026-03-05".into()), Some("2026-03-12".into()))
        ],
        "{doc:#?}"
    );
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(text.contains("## 宣传阶段\n"), "{text}");
}

/// An 安排 heading over activities that are no phases lists the plan's tasks; over phases it
/// is 实施步骤 (issue 16: section kinds by meaning).
#[test]
fn an_arrangement_of_activities_is_tasks_and_of_phases_is_steps() {
    let tasks = "某镇2026年禁毒日活动方案\n一、活动安排\n（一）禁毒主题宣传活动\n悬挂宣传横幅。\n（二）禁毒知识进社区活动\n张贴宣传挂图。\n";
    let imp = Import::from_text(tasks);
    assert_eq!(imp.outline[0].kind, SectionKind::Goals, "{:?}", imp.outline);
    let steps = "某镇2026年禁毒日活动方案\n一、活动安排\n（一）准备阶段（6月1日—6月10日）\n制定方案。\n（二）实施阶段（6月11日—6月26日）\n开展活动。\n";
    let imp = Import::from_text(steps);
    assert_eq!(
        imp.outline[0].kind,
        SectionKind::Phases,
        "{:?}",
        imp.outline
    );
}

/// A .docx from Word whose headings carry no numbers, only Word's heading styles (by name,
/// `heading 1` / `标题 2`, or by outline level): the styles give the levels (issue 16).
#[test]
fn word_heading_styles_give_the_levels() {
    let p = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        p("Title", "某县2026年防汛工作方案"),
        p("Normal", "为做好今年防汛工作，制定本方案。"),
        p("Heading1", "指导思想"),
        p("Normal", "坚持人民至上、生命至上。"),
        p("Heading1", "主要任务"),
        p("a3", "隐患排查"),
        p("Normal", "汛前对河道、水库逐一排查。"),
        p("Outline3", "河道清障"),
        p("Normal", "清理行洪障碍物。"),
        p("a3", "物资储备"),
        p("Normal", "储备编织袋、救生衣等物资。"),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let styles = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 2"/></w:style><w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="小节"/><w:basedOn w:val="Outline3Base"/></w:style><w:style w:type="paragraph" w:styleId="Outline3Base"><w:name w:val="小节基础"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style></w:styles>"#;
    let bytes = docx_of(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
        ),
        ("word/document.xml", &document),
        ("word/styles.xml", styles),
    ]);
    let imp = Import::from_bytes(&bytes, "方案.docx").unwrap();
    let got: Vec<(u8, &str)> = imp
        .outline
        .iter()
        .map(|e| (e.level, e.text.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (1, "指导思想"),
            (1, "主要任务"),
            (2, "隐患排查"),
            (3, "河道清障"),
            (2, "物资储备")
        ]
    );
    assert_eq!(imp.document.title, "某县2026年防汛工作方案");
    Renderer::new().render_to_bytes(&imp.document).unwrap();
}

/// `第一阶段：动员部署(5月20日-5月31日)` under a title that names 2026: the label is kept, the
/// dates are read in the title's year and printed once (issue 16).
#[test]
fn a_stage_label_is_kept_and_its_dates_take_the_titles_year() {
    let src = "某区2026年全民阅读活动方案\n一、实施步骤\n第一阶段：动员部署(5月20日-5月31日)\n制定方案，广泛宣传。\n第二阶段：组织实施(6月1日-10月31日)\n开展系列活动。\n";
    let doc = Import::from_text(src).document;
    let p = &doc.phases[0];
    assert_eq!(p.name, "第一阶段：动员部署(5月20日-5月31日)", "{doc:#?}");
    assert_eq!(p.start.map(|d| d.iso()).as_deref(), Some("2026-05-20"));
    assert_eq!(p.end.map(|d| d.iso()).as_deref(), Some("2026-05-31"));
    let text = Renderer::new().render_text(&doc).unwrap();
    assert_eq!(text.matches("5月20日").count(), 1, "{text}");
}

/// `1）2）3）` under `2.` are items of `2.`, all at one level: `3）` is not nested under `2）`
/// (levels follow the document's own sequence of styles).
#[test]
fn half_bracket_items_stay_at_one_level() {
    let src = "某校2026年安全工作计划\n一、工作措施\n1.加强教育\n开展安全教育。\n2.强化管理\n1）落实门卫制度；\n2）落实值班制度；\n3）落实巡查制度。\n3.完善设施\n更新消防器材。\n";
    let imp = Import::from_text(src);
    let got: Vec<(u8, String)> = imp
        .outline
        .iter()
        .map(|e| (e.level, e.numbering.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (1, "一、".to_string()),
            (2, "1.".into()),
            (2, "2.".into()),
            (3, "1）".into()),
            (3, "2）".into()),
            (3, "3）".into()),
            (2, "3.".into())
        ],
        "{:#?}",
        imp.outline
    );
}

/// A section's name with its text run in (`活动背景：三月春风里……`) is a heading, and the
/// `一、` list after it stands beside it, not under it.
#[test]
fn a_run_in_section_name_heads_its_text_and_numbering_stays_at_the_top() {
    let src = "“温暖三月”征文比赛活动策划书\n活动背景：三月春风里，雷锋精神又一次在校园传递。\n一、活动主题：\n“温暖三月”征文。\n二、活动时间：\n3月1号——3月12号。\n";
    let imp = Import::from_text(src);
    let got: Vec<(u8, &str)> = imp
        .outline
        .iter()
        .map(|e| (e.level, e.text.as_str()))
        .collect();
    assert_eq!(got, [(1, "活动背景"), (1, "活动主题"), (1, "活动时间")]);
    let text = Renderer::new().render_text(&imp.document).unwrap();
    assert!(
        text.contains("三月春风里，雷锋精神又一次在校园传递。"),
        "{text}"
    );
}

/// A .docx whose heading numbers are Word's automatic list numbers (numbering.xml), not text:
/// the numbers Word shows are read as if typed, bullets are not numbers (issue 16).
#[test]
fn word_list_numbers_are_read_as_shown() {
    let p = |num: Option<(u8, u8)>, text: &str| {
        let num = num.map_or(String::new(), |(id, l)| {
            format!(r#"<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{id}"/></w:numPr>"#)
        });
        format!(r#"<w:p><w:pPr>{num}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
    };
    let body = [
        p(None, "某县2026年防汛工作方案"),
        p(None, "为做好今年防汛工作，制定本方案。"),
        p(Some((1, 0)), "指导思想"),
        p(None, "坚持人民至上、生命至上。"),
        p(Some((1, 0)), "主要任务"),
        p(Some((1, 1)), "隐患排查"),
        p(None, "汛前对河道、水库逐一排查。"),
        p(Some((2, 0)), "排查要留下记录。"),
        p(Some((1, 1)), "物资储备"),
        p(None, "储备编织袋、救生衣等物资。"),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let numbering = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;
    let bytes = docx_of(&[
        ("word/document.xml", &document),
        ("word/numbering.xml", numbering),
    ]);
    let imp = Import::from_bytes(&bytes, "方案.docx").unwrap();
    let got = levels_numbers_texts(&imp);
    assert_eq!(
        got,
        [
            (1, "一、", "指导思想"),
            (1, "二、", "主要任务"),
            (2, "（一）", "隐患排查"),
            (2, "（二）", "物资储备")
        ],
        "{:#?}",
        imp.outline
    );
    let json = imp.document.to_string_in(Format::Json).unwrap();
    assert!(json.contains("排查要留下记录。"), "{json}");
}

/// A site's short title above the document's formal `关于……` title: the formal one is the
/// title, the site's is left out and reported (issue 16: titles of pasted documents).
#[test]
fn a_sites_short_title_gives_way_to_the_formal_one() {
    let src = "妇联家庭文明建设活动方案\n关于开展家庭文明建设活动推动乡村振兴的实施方案\n今年是我县推进乡村振兴的关键一年。\n一、目的意义\n推动家庭文明建设。\n";
    let imp = Import::from_text(src);
    assert_eq!(
        imp.document.title,
        "关于开展家庭文明建设活动推动乡村振兴的实施方案"
    );
    assert_eq!(imp.removed, [(1, "妇联家庭文明建设活动方案".to_string())]);
    // A single title line is not touched.
    let imp = Import::from_text(
        "关于开展家庭文明建设活动的实施方案\n今年是关键一年。\n一、目的意义\n推动家庭文明建设。\n",
    );
    assert!(imp.removed.is_empty());
}

/// A formal title names its genre last: `关于开展……活动……的实施方案` is a 实施方案, while
/// `……活动方案` is an 活动方案.
#[test]
fn a_formal_titles_last_genre_word_names_the_kind() {
    let kind = |t: &str| {
        Import::from_text(&format!("{t}\n一、目的意义\n推动工作。\n"))
            .document
            .kind
    };
    assert_eq!(
        kind("关于开展家庭文明建设活动推动乡村振兴的实施方案"),
        gongwen::DocKind::Scheme
    );
    assert_eq!(
        kind("某校2026年读书节活动方案"),
        gongwen::DocKind::ActivityPlan
    );
    use gongwen::DocKind::{Plan, Speech, Summary};
    for (title, want) in [
        ("某中学2025年上半年德育工作小结", Summary),
        ("在新生开学典礼上的演讲", Speech),
        ("2025年迎新晚会主持词", Speech),
        ("某社区2026年工作思路", Plan),
        ("某镇2026年工作设想", Plan),
    ] {
        assert_eq!(kind(title), want, "{title}");
    }
}

/// A .docx holding `parts` (name, XML): enough for the importer, which reads
/// `word/document.xml` and, when present, `word/styles.xml` and `word/numbering.xml`.
fn docx_of(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A text box keeps the text of the paragraph that anchors it, and its own text comes once
/// (Word writes a box twice: for itself and, in `mc:Fallback`, for old versions); tracked
/// changes read as they show, inserted text in, deleted text out (issue 16).
#[test]
fn text_boxes_and_tracked_changes_read_as_shown() {
    let p = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    let text_box = "<w:p><w:r><w:t>某县2026年防汛工作方案</w:t></w:r><w:r><mc:AlternateContent>\
        <mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p>\
        </w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>\
        <w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r><w:r><w:t>（征求意见稿）</w:t></w:r></w:p>";
    let tracked = "<w:p><w:r><w:t>召开</w:t></w:r><w:del><w:r><w:delText>全县</w:delText></w:r></w:del>\
        <w:ins><w:r><w:t>全镇</w:t></w:r></w:ins><w:r><w:t>动员会。</w:t></w:r></w:p>";
    let body = [
        text_box.to_string(),
        p("一、工作目标"),
        tracked.to_string(),
        p("二、工作要求"),
        p("落实责任。"),
    ]
    .concat();
    let document = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>"#
    );
    let imp =
        Import::from_bytes(&docx_of(&[("word/document.xml", &document)]), "方案.docx").unwrap();
    let json = imp.document.to_string_in(Format::Json).unwrap();
    assert_eq!(imp.document.title, "某县2026年防汛工作方案（征求意见稿）");
    assert_eq!(json.matches("框内文字").count(), 1, "{json}");
    assert!(json.contains("召开全镇动员会。"), "{json}");
    assert!(!json.contains("全县"), "{json}");
}

/// A footnote's text is the writer's too: it follows the paragraph that refers to it; Word's
/// separator "notes" are not text (issue 16: nothing lost).
#[test]
fn footnotes_follow_their_paragraph() {
    let document = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>某县2026年防汛工作方案</w:t></w:r></w:p><w:p><w:r><w:t>一、工作目标</w:t></w:r></w:p><w:p><w:r><w:t>全县降雨量较常年偏多两成。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p><w:p><w:r><w:t>二、工作要求</w:t></w:r></w:p><w:p><w:r><w:t>落实责任。</w:t></w:r></w:p></w:body></w:document>"#;
    let footnotes = r#"<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>数据来自县气象局。</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let bytes = docx_of(&[
        ("word/document.xml", document),
        ("word/footnotes.xml", footnotes),
    ]);
    let imp = Import::from_bytes(&bytes, "方案.docx").unwrap();
    let json = imp.document.to_string_in(Format::Json).unwrap();
    assert_eq!(json.matches("数据来自县气象局。").count(), 1, "{json}");
    let text = Renderer::new().render_text(&imp.document).unwrap();
    let (a, b) = (
        text.find("较常年偏多两成").unwrap(),
        text.find("数据来自县气象局").unwrap(),
    );
    assert!(a < b && b < text.find("工作要求").unwrap(), "{text}");
}

/// A paragraph of `word/document.xml` holding `t`.
fn w_p(t: &str) -> String {
    format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>")
}

/// A table row of one paragraph a cell.
fn w_row(cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|c| format!("<w:tc>{}</w:tc>", w_p(c)))
        .collect();
    format!("<w:tr>{cells}</w:tr>")
}

/// A `.docx` whose body is `body` (XML), nothing else.
fn docx_with_body(body: &str) -> Vec<u8> {
    let document = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    docx_of(&[("word/document.xml", &document)])
}

/// A table in the body of a .docx, before any annex (a schedule under 活动安排), is text where
/// it stands: no cell of it is lost, and its dated rows are the steps (issue 16). It was
/// dropped whole.
#[test]
fn a_table_in_the_body_is_text_where_it_stands() {
    let (p, row) = (w_p, w_row);
    let body = [
        p("某社区2024年消防宣传月活动方案"),
        p("一、活动目的"),
        p("提高居民消防安全意识。"),
        p("二、活动安排"),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["时间", "活动内容", "负责单位"]),
            row(&["11月1日—11月5日", "宣传发动", "社区居委会"]),
            row(&["11月6日—11月20日", "入户宣传", "网格员"]),
        ),
        p("三、活动要求"),
        p("各网格要认真组织。"),
    ]
    .concat();
    let imp = Import::from_bytes(&docx_with_body(&body), "方案.docx").unwrap();
    let text = Renderer::new().render_text(&imp.document).unwrap();
    for cell in ["活动内容", "宣传发动", "入户宣传", "网格员"] {
        assert!(text.contains(cell), "{cell} lost: {text}");
    }
    let (a, b) = (
        text.find("入户宣传").unwrap(),
        text.find("活动要求").unwrap(),
    );
    assert!(a < b, "the rows stand where the table stood: {text}");
    let dates: Vec<String> = imp
        .document
        .phases
        .iter()
        .map(|p| {
            format!(
                "{:?}..{:?}",
                p.start.map(|d| d.iso()),
                p.end.map(|d| d.iso())
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            "Some(\"2024-11-01\")..Some(\"2024-11-05\")",
            "Some(\"2024-11-06\")..Some(\"2024-11-20\")"
        ],
        "{:#?}",
        imp.document.phases
    );
}

/// A Word table of steps under 实施步骤 (阶段 | 时间 | 主要工作) is phases again, a row each —
/// the name, the time as written with the dates it gives, the work as text — and prints as
/// the table it was; its .docx imports the same again (issue 16). Its rows were phases named
/// by whole rows (`动员部署阶段　2026年3月中旬　召开……`) and printed as spaced text.
#[test]
fn a_word_table_of_steps_is_phases_printed_as_a_table() {
    let (p, row) = (w_p, w_row);
    let body = [
        p("某镇2026年人居环境整治实施方案"),
        p("一、工作目标"),
        p("村庄环境明显改善。"),
        p("二、实施步骤"),
        p("整治分三个阶段推进。"),
        format!(
            "<w:tbl>{}{}{}{}</w:tbl>",
            row(&["阶段", "时间", "主要工作"]),
            row(&["动员部署阶段", "2026年3月中旬", "召开动员会，制定方案。"]),
            row(&["集中整治阶段", "2026年4-5月", "逐村清理，建立台账。"]),
            row(&["巩固提升阶段", "每月一次", ""]),
        ),
        p("三、工作要求"),
        p("各村要认真组织。"),
    ]
    .concat();
    let imp = Import::from_bytes(&docx_with_body(&body), "方案.docx").unwrap();
    let doc = &imp.document;
    assert_eq!(
        doc.phases_table.as_deref(),
        Some(&["阶段".to_string(), "时间".into(), "主要工作".into()][..])
    );
    assert_eq!(doc.phases_text.0, ["整治分三个阶段推进。"]);
    let got: Vec<String> = doc
        .phases
        .iter()
        .map(|p| {
            let d = |d: Option<gongwen::Date>| d.map_or("-".into(), |d| d.to_string());
            format!(
                "{} | {}..{} | {:?} | {:?}",
                p.name,
                d(p.start),
                d(p.end),
                p.when,
                p.text.0
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "动员部署阶段 | 2026年3月中旬..2026年3月中旬 | None | [\"召开动员会，制定方案。\"]",
            "集中整治阶段 | 2026年4月..2026年5月 | Some(\"2026年4-5月\") | [\"逐村清理，建立台账。\"]",
            "巩固提升阶段 | -..- | Some(\"每月一次\") | []",
        ]
    );
    let text = Renderer::new().render_text(doc).unwrap();
    assert!(
        text.contains("@table 阶段 | 时间 | 主要工作\n@row 动员部署阶段 | 2026年3月中旬 | 召开动员会，制定方案。\n"),
        "{text}"
    );
    // Rendered and imported again: the same steps, the same table.
    let again =
        Import::from_bytes(&Renderer::new().render_to_bytes(doc).unwrap(), "方案.docx").unwrap();
    assert_eq!(again.document.phases, doc.phases);
    assert_eq!(again.document.phases_table, doc.phases_table);
    assert_eq!(again.document.phases_text, doc.phases_text);
}

/// A Word table in the body that is not steps (a schedule under 活动安排) is the table of the
/// section it stands in, after the section's text, and prints as a table; its .docx imports
/// the same again (issue 16). Its header was an item's title and its rows that item's text,
/// printed as spaced text. A table whose rows do not all have the header's cells stays text.
#[test]
fn a_word_table_in_a_section_is_that_sections_table() {
    let (p, row) = (w_p, w_row);
    let body = [
        p("某小学2026年“六一”儿童节庆祝活动方案"),
        p("一、活动安排"),
        p("6月1日上午分两个时段开展活动，具体安排如下："),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["时间", "地点", "参加对象", "内容"]),
            row(&["8:00—9:30", "各班教室", "全体学生", "班级联欢"]),
            row(&["9:45—11:15", "学校报告厅", "学生代表、家长代表", "文艺演出"]),
        ),
        p("（一）演出准备"),
        p("大队部负责节目彩排。"),
        p("二、联系方式"),
        format!(
            "<w:tbl>{}{}</w:tbl>",
            row(&["联系人", "电话"]),
            row(&["大队部"]),
        ),
        p("三、工作要求"),
        p("各班主任要全程在岗。"),
    ]
    .concat();
    let imp = Import::from_bytes(&docx_with_body(&body), "方案.docx").unwrap();
    let doc = &imp.document;
    let s = &doc.sections[0];
    assert_eq!(s.text.0, ["6月1日上午分两个时段开展活动，具体安排如下："]);
    let t = s.table.as_ref().unwrap_or_else(|| panic!("{doc:#?}"));
    assert_eq!(t.header, ["时间", "地点", "参加对象", "内容"]);
    assert_eq!(
        t.rows,
        [
            ["8:00—9:30", "各班教室", "全体学生", "班级联欢"],
            ["9:45—11:15", "学校报告厅", "学生代表、家长代表", "文艺演出"],
        ]
    );
    assert_eq!(s.items.len(), 1, "{:#?}", s.items);
    assert_eq!(s.items[0].title.as_deref(), Some("演出准备"));
    // Its header is no heading of the outline.
    assert!(
        !imp.outline.iter().any(|e| e.text.contains("参加对象")),
        "{:#?}",
        imp.outline
    );
    // A row shorter than its header: the table stays text, nothing lost.
    assert!(doc.sections[1].table.is_none());
    let text = Renderer::new().render_text(doc).unwrap();
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s} not in {text}"));
    assert!(
        at("具体安排如下：")
            < at("@table 时间 | 地点 | 参加对象 | 内容\n@row 8:00—9:30 | 各班教室")
    );
    assert!(at("@endtable") < at("演出准备"));
    // Rendered and imported again: the same section, its table and its item.
    let again =
        Import::from_bytes(&Renderer::new().render_to_bytes(doc).unwrap(), "方案.docx").unwrap();
    assert_eq!(again.document.sections[0], doc.sections[0]);
}

/// A Word table under an item (a contest's rules under 工作要求 / 2、各项比赛的具体要求：) is
/// that item's table; a table whose rows were read as numbered items (its first column （一） （二）) is the
/// table of the section over them; a table whose first row is data, not a header, stays
/// text (issue 16). Rendered and imported again, the same.
#[test]
fn word_tables_under_items_and_numbered_rows_are_tables() {
    let (p, row) = (w_p, w_row);
    let body = [
        p("某中心校2026年教职工技能比赛活动方案"),
        p("一、活动内容"),
        p("比赛分四个项目进行："),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["序号", "比赛项目", "地点"]),
            row(&["（一）", "毛笔字", "学校会议室"]),
            row(&["（二）", "粉笔字", "学校会议室"]),
        ),
        p("二、工作要求"),
        p("1、全体教职工每人至少参加一项比赛。"),
        p("2、各项比赛的具体要求："),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["比赛项目", "时限", "要求"]),
            row(&["毛笔字", "30分钟", "字体不限"]),
            row(&["粉笔字", "20分钟", "楷书或隶书"]),
        ),
        p("3、各组要注意用电安全。"),
        p("三、时间安排"),
        format!(
            "<w:tbl>{}{}</w:tbl>",
            row(&["①", "3月7日上午", "启动仪式"]),
            row(&["②", "3月8日", "初赛"]),
        ),
    ]
    .concat();
    let imp = Import::from_bytes(&docx_with_body(&body), "方案.docx").unwrap();
    let doc = &imp.document;
    let json = doc.to_string_in(gongwen::Format::Json).unwrap();
    let contents = doc
        .sections
        .iter()
        .find(|s| s.heading == "活动内容")
        .unwrap_or_else(|| panic!("{json}"));
    let t = contents.table.as_ref().unwrap_or_else(|| panic!("{json}"));
    assert_eq!(t.header, ["序号", "比赛项目", "地点"]);
    assert_eq!(t.rows[1], ["（二）", "粉笔字", "学校会议室"]);
    assert!(contents.items.is_empty(), "{json}");
    assert_eq!(contents.text.0, ["比赛分四个项目进行："]);
    // The rules are the table of their item, its words before it (the item's title: the rows
    // are what it leads into).
    let rules = doc
        .requirements
        .iter()
        .chain(doc.sections.iter().flat_map(|s| &s.items))
        .find(|i| {
            i.title
                .as_deref()
                .is_some_and(|t| t.starts_with("各项比赛"))
        })
        .unwrap_or_else(|| panic!("{json}"));
    assert!(rules.items.is_empty(), "{json}");
    let t = rules.table.as_ref().unwrap_or_else(|| panic!("{json}"));
    assert_eq!(t.header, ["比赛项目", "时限", "要求"]);
    assert_eq!(
        t.rows,
        [
            ["毛笔字", "30分钟", "字体不限"],
            ["粉笔字", "20分钟", "楷书或隶书"]
        ]
    );
    // A first row of data is no header: those rows stay text.
    assert!(json.contains("3月7日上午"), "{json}");
    assert!(!json.contains("\"header\": [\n    \"①\""), "{json}");
    let text = Renderer::new().render_text(doc).unwrap();
    assert!(
        text.contains(
            "## 各项比赛的具体要求： | \n@table 比赛项目 | 时限 | 要求\n@row 毛笔字 | 30分钟 | 字体不限\n"
        ),
        "{text}"
    );
    let again =
        Import::from_bytes(&Renderer::new().render_to_bytes(doc).unwrap(), "方案.docx").unwrap();
    assert_eq!(again.document.sections, doc.sections);
    assert_eq!(again.document.requirements, doc.requirements);
}

/// A 任务分工表 that is not gongwen's (no row naming each area, or no 职责分工 in the text)
/// stays a table of its annex: no row of it is lost (issue 16).
#[test]
fn a_task_table_of_another_tool_stays_a_table() {
    let (p, row) = (w_p, w_row);
    let body = [
        p("某市2026年数据治理行动方案"),
        p("一、总体目标"),
        p("到2026年底，建成全市数据资源目录。"),
        p("附件：某市2026年数据治理重点任务分工表"),
        p("某市数据资源局"),
        p("2026年3月2日"),
        p("附件"),
        p("某市2026年数据治理重点任务分工表"),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]),
            row(&[
                "1",
                "开展数据普查",
                "市数据资源局",
                "市级各部门",
                "2026年6月底前"
            ]),
            row(&[
                "2",
                "建立质量评价体系",
                "市数据资源局",
                "市市场监管局",
                "2026年9月底前"
            ])
        ),
    ]
    .concat();
    let doc = Import::from_bytes(&docx_with_body(&body), "方案.docx")
        .unwrap()
        .document;
    let a = doc
        .attachments
        .iter()
        .find(|a| a.title.ends_with("任务分工表"))
        .unwrap_or_else(|| panic!("{doc:#?}"));
    let t = a.table.as_ref().unwrap_or_else(|| panic!("{a:#?}"));
    assert_eq!(t.header[1], "重点任务");
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.rows[1][1], "建立质量评价体系");
    Renderer::new().render_to_bytes(&doc).unwrap();
}

/// A 请示 goes up like a report; its 妥否，请批示。 is its closing, and the report's
/// 特此报告。 is not added after it.
#[test]
fn a_request_is_a_report_that_closes_with_its_own_words() {
    let src = "关于开展数据授权运营试点的请示\n市人民政府：\n为推进数据要素市场化配置，拟开展授权运营试点。\n一、试点内容\n选择两个领域开展试点。\n二、保障措施\n落实专人负责。\n妥否，请批示。\n\n某市数据资源局\n2026年3月2日\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.kind, gongwen::DocKind::Report);
    assert_eq!(doc.closing.0, ["妥否，请批示。"]);
    let text = Renderer::new().render_text(&doc).unwrap();
    assert_eq!(text.matches("妥否，请批示。").count(), 1, "{text}");
    assert!(!text.contains("特此报告"), "{text}");
    // 特此报告。 after a last point that is a heading alone is the closing too, printed once.
    let src = "关于上半年工作情况的报告\n县人民政府：\n现将有关情况报告如下。\n一、主要工作\n开展专项整治。\n\
               二、下半年打算\n（一）持续开展整治。\n（二）加强节日市场监管。\n特此报告。\n\n某局\n2024年7月5日\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.closing.0, ["特此报告。"]);
    let text = Renderer::new().render_text(&doc).unwrap();
    assert_eq!(text.matches("特此报告。").count(), 1, "{text}");
}

/// Phase periods written as writers write them: a range of 旬 and 月底, a quarter, a half
/// year, a deadline (issue 16).
#[test]
fn phase_periods_in_their_written_forms() {
    let read = |w: &str| {
        let src = format!(
            "某县2026年防汛工作方案\n一、实施步骤\n（一）准备阶段（{w}）\n制定方案。\n（二）实施阶段（11月1日至11月30日）\n开展工作。\n"
        );
        let doc = Import::from_text(&src).document;
        let p = &doc.phases[0];
        (p.start.map(|d| d.iso()), p.end.map(|d| d.iso()))
    };
    assert_eq!(
        read("3月上旬至4月底"),
        (Some("2026-03上旬".into()), Some("2026-04底".into()))
    );
    let (s, e) = read("二季度");
    assert!(s.is_some() && s == e, "{s:?} {e:?}");
    let (s, e) = read("上半年");
    assert!(s.is_some() && s == e, "{s:?} {e:?}");
    assert_eq!(read("10月底前"), (None, Some("2026-10底".into())));
    let both = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(read("5—6月"), both("2026-05", "2026-06"));
    assert_eq!(read("7月份"), both("2026-07", "2026-07"));
    assert_eq!(read("5月中下旬"), both("2026-05中旬", "2026-05下旬"));
    assert_eq!(read("3.26-3.31"), both("2026-03-26", "2026-03-31"));
    assert_eq!(
        read("2026.4.11—2026.5.20"),
        both("2026-04-11", "2026-05-20")
    );
    // Chinese numerals, as formal documents write dates; a start alone.
    assert_eq!(
        read("二〇二六年三月一日至三月十五日"),
        both("2026-03-01", "2026-03-15")
    );
    assert_eq!(read("三月至四月"), both("2026-03", "2026-04"));
    assert_eq!(read("3月1日起"), (Some("2026-03-01".into()), None));
    assert_eq!(read("自2026年3月1日起"), (Some("2026-03-01".into()), None));
    assert_eq!(read("9——10月份"), both("2026-09", "2026-10"));
}

/// A contest or a show is an activity, also when its title has 演讲 in it; a speech at one is
/// still a speech.
#[test]
fn contests_and_shows_are_activity_plans() {
    for (title, kind) in [
        ("讲文明树新风手抄报绘制比赛方案", DocKind::ActivityPlan),
        ("某校演讲比赛活动方案", DocKind::ActivityPlan),
        ("某公司2026年迎新年联欢晚会策划书", DocKind::ActivityPlan),
        ("在演讲比赛颁奖仪式上的讲话", DocKind::Speech),
    ] {
        let src = format!("{title}\n一、活动目的\n丰富职工生活。\n");
        assert_eq!(Import::from_text(&src).document.kind, kind, "{title}");
    }
}

/// Phase dates without a year take the year the text writes (活动时间：2025年4月1日……) when
/// the title and the signature name none, not the year of the import.
#[test]
fn phase_dates_take_the_year_the_text_writes() {
    let src = "某校读书节活动方案\n一、活动时间\n2025年4月1日至4月30日。\n二、活动安排\n\
               （一）宣传发动阶段（4月1日—4月5日）\n召开动员会。\n（二）总结表彰阶段（4月25日—4月30日）\n评选表彰。\n";
    let doc = Import::from_text(src).document;
    let starts: Vec<Option<String>> = doc
        .phases
        .iter()
        .map(|p| p.start.map(|d| d.iso()))
        .collect();
    assert_eq!(
        starts,
        vec![Some("2025-04-01".into()), Some("2025-04-25".into())]
    );
    // A phase's time on the line under it (活动时间：4月上旬) is its text and its dates, not a
    // heading of its own.
    let src = src.replace(
        "（一）宣传发动阶段（4月1日—4月5日）\n",
        "（一）宣传发动阶段\n活动时间：4月上旬\n",
    );
    let imp = Import::from_text(&src);
    assert!(imp.outline.iter().all(|e| e.line != 6), "{:?}", imp.outline);
    let p = &imp.document.phases[0];
    assert_eq!(
        (p.start.map(|d| d.iso()), p.end.map(|d| d.iso())),
        (Some("2025-04上旬".into()), Some("2025-04上旬".into()))
    );
}

/// Steps that open with their months (（1）1——2月份，组建……) are phases with those months,
/// also in a document written in traditional characters (read with the genre's words in
/// simplified ones; its text stays as written).
#[test]
fn steps_opening_with_their_months_are_phases() {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import/traditional_characters.txt"),
    )
    .unwrap();
    let source = src.split_once("\n----\n").unwrap().0;
    let doc = Import::from_text(source).document;
    let phases: Vec<(Option<String>, Option<String>)> = doc
        .phases
        .iter()
        .map(|p| (p.start.map(|d| d.iso()), p.end.map(|d| d.iso())))
        .collect();
    assert_eq!(
        phases,
        vec![
            (Some("2026-01".into()), Some("2026-02".into())),
            (Some("2026-03".into()), Some("2026-04".into())),
        ]
    );
    assert!(
        doc.phases[0].name.contains("組建衛生監督隊"),
        "{:?}",
        doc.phases[0].name
    );
}

#[test]
fn a_step_that_opens_with_its_period_reads_it() {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import/phase_date_forms.txt"),
    )
    .unwrap();
    let source = src.split_once("\n----\n").unwrap().0;
    let doc = Import::from_text(source).document;
    let dates: Vec<(Option<String>, Option<String>)> = doc
        .phases
        .iter()
        .map(|p| (p.start.map(|d| d.iso()), p.end.map(|d| d.iso())))
        .collect();
    let both = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
    assert_eq!(
        dates,
        [
            both("2024-11-01", "2024-11-05"),
            both("2024-05", "2024-06"),
            both("2024-03-26", "2024-03-31"),
            both("2024-07-01", "2024-07-15"),
        ]
    );
}

/// Stages named in sentences after their periods, in one paragraph set off by `；`
/// (`即日起至11月5日为前期预热阶段，……；……`): phases with the period read and the name as
/// written, printed back as sentences, not headings, and read again the same.
#[test]
fn stages_in_sentences_are_phases_printed_as_sentences() {
    let src = "某镇2024年交通安全日活动方案\n一、活动时间\n\
               即日起至11月5日为前期预热阶段，启动宣传造势；11月6日至11月30日为集中宣传阶段，\
               开展进村宣讲，其中11月15日为集中宣传日；12月1日至12月31日为持续推进阶段。\n\
               二、活动主题\n知危险会避险。\n某镇人民政府\n2024年10月20日\n";
    let imp = Import::from_text(src);
    let doc = &imp.document;
    let got: Vec<(&str, Option<String>, Option<String>)> = doc
        .phases
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.start.map(|d| d.iso()),
                p.end.map(|d| d.iso()),
            )
        })
        .collect();
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        got,
        [
            (
                "即日起至11月5日为前期预热阶段，",
                some("即日起"),
                some("2024-11-05")
            ),
            (
                "11月6日至11月30日为集中宣传阶段，",
                some("2024-11-06"),
                some("2024-11-30")
            ),
            (
                "12月1日至12月31日为持续推进阶段。",
                some("2024-12-01"),
                some("2024-12-31")
            ),
        ]
    );
    assert_eq!(
        doc.phases[1].text.0,
        ["开展进村宣讲，其中11月15日为集中宣传日；"]
    );
    let outline: Vec<_> = imp
        .outline
        .iter()
        .map(|e| (e.text.as_str(), e.kind))
        .collect();
    assert_eq!(outline[0], ("活动时间", SectionKind::Phases));
    let text = Renderer::new().render_text(doc).unwrap();
    assert!(
        text.contains("\n即日起至11月5日为前期预热阶段，启动宣传造势；\n"),
        "{text}"
    );
    assert!(!text.contains("## 即日起"), "{text}");
    let bytes = Renderer::new().render_to_bytes(doc).unwrap();
    let again = Import::from_bytes(&bytes, "x.docx").unwrap().document;
    assert_eq!(again.phases, doc.phases);
}

/// A phase's period wherever plans write it: after a colon or a comma in the heading, after
/// the name with only a space, at the start of the phase's text (`时间：…`, a date and a
/// comma), and 即日起 in a document without a 成文日期 (the end read, the words kept). The
/// heading keeps the period as written and the render does not repeat it.
#[test]
fn phase_periods_wherever_they_are_written() {
    let src = "某镇2026年防汛工作方案\n一、工作目标\n确保安全度汛。\n二、实施步骤\n\
               （一）准备阶段：3月上旬至4月底。\n各村排查隐患。\n\
               （二）动员阶段（即日起至5月15日）\n召开动员会。\n\
               （三）总结阶段\n时间：10月1日至10月15日。全面总结。\n\
               （四）第四阶段，10月16日-10月31日，整改提高。\n\
               （五）巩固阶段 11月1日至11月30日\n持续巩固。\n\
               （六）验收阶段。\n2026年12月上旬，组织验收。\n";
    let doc = Import::from_text(src).document;
    let got: Vec<(Option<String>, Option<String>)> = doc
        .phases
        .iter()
        .map(|p| (p.start.map(|d| d.iso()), p.end.map(|d| d.iso())))
        .collect();
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        got,
        [
            (some("2026-03上旬"), some("2026-04底")),
            (some("即日起"), some("2026-05-15")),
            (some("2026-10-01"), some("2026-10-15")),
            (some("2026-10-16"), some("2026-10-31")),
            (some("2026-11-01"), some("2026-11-30")),
            (some("2026-12上旬"), some("2026-12上旬")),
        ],
        "{:#?}",
        doc.phases
    );
    assert!(doc.phases[1].name.contains("即日起至5月15日"));
    // Rendered, every period appears once, as written.
    let text = Renderer::new().render_text(&doc).unwrap();
    for written in [
        "3月上旬至4月底",
        "即日起至5月15日",
        "10月1日至10月15日",
        "10月16日-10月31日",
        "11月1日至11月30日",
        "2026年12月上旬",
    ] {
        assert_eq!(text.matches(written).count(), 1, "{written}: {text}");
    }
    assert!(
        !text.contains("2026年3月上旬"),
        "a period added to a heading: {text}"
    );
}

/// `标题:Kind` for every heading of the outline of `src`.
fn heading_kinds(src: &str) -> Vec<String> {
    gongwen::import::outline(src)
        .iter()
        .map(|h| format!("{}:{:?}", h.text, h.kind))
        .collect()
}

/// A plan's heading without any word of the genre is one of the plan's task areas (its goals),
/// unless it names a fact of the activity (主题, 对象, 口号, 时间 …); a summary's is what was
/// done (issue 16: a heading without a keyword defaulted to `other`).
#[test]
fn a_plans_headings_without_keywords_are_its_task_areas() {
    let src = "某支部2026年学习计划\n一、政治学习\n每月集中学习一次。\n二、研讨交流\n每季度开展一次研讨。\n\
               三、活动主题\n学思践悟。\n四、活动对象\n全体党员。\n";
    let kinds = heading_kinds(src);
    assert_eq!(
        kinds,
        [
            "政治学习:Goals",
            "研讨交流:Goals",
            "活动主题:Other",
            "活动对象:Other"
        ],
        "{kinds:?}"
    );
}

/// Points written with dash bullets (`——`, `----`) are headings under their section, each
/// with its first sentence as the heading; a lone dash line (a quotation's source) stays text.
/// Points of a report written `……方面。` are headings too, and `设计思路：……` opens a plan as
/// its 指导思想 (issue 16: headings a writer sees that the importer missed).
#[test]
fn dash_bullets_aspects_and_a_leading_label_are_headings() {
    let src = "某镇村庄清洁行动方案\n一、工作原则\n——成立专班、多方参与。由镇党委统一领导。\n\
               ——村为单位、农民主体。以村为单位组织实施。\n二、工作要求\n各村按时完成。\n\
               ——摘自县委文件\n";
    let o = gongwen::import::outline(src);
    let got: Vec<(u8, &str)> = o.iter().map(|e| (e.level, e.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (1, "工作原则"),
            (2, "成立专班、多方参与"),
            (2, "村为单位、农民主体"),
            (1, "工作要求"),
        ],
        "{o:#?}"
    );
    let src = "某街道2026年上半年重点工作督查报告\n一、总体工作情况\n十项民生实事推进顺利。\n\
               民生实事项目方面。三项工作已完成。\n重点工作专班方面。规划研究按期推进。\n";
    let o = gongwen::import::outline(src);
    let got: Vec<(u8, &str)> = o.iter().map(|e| (e.level, e.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (1, "总体工作情况"),
            (2, "民生实事项目方面"),
            (2, "重点工作专班方面")
        ],
        "{o:#?}"
    );
    let src = "设计思路：围绕全年中心工作，把学习和实践结合起来。\n一、政治学习\n每月学习一次。\n";
    let o = gongwen::import::outline(src);
    assert_eq!(o[0].text, "设计思路", "{o:#?}");
    assert_eq!(o[0].kind, gongwen::import::SectionKind::Guidance);
    assert_eq!((o[0].level, o[1].level), (1, 1));
}

/// Titles as documents found on a desk or a web page carry them: an attachment's label above
/// (left out and reported), a title in three lines (unit, period, kind), a site's page title
/// (`……范文`) above the document's own (left out and reported).
#[test]
fn titles_under_a_label_in_three_lines_or_under_a_site_title() {
    let title = |src: &str| {
        let imp = Import::from_text(src);
        (imp.document.title.clone(), imp.removed.clone())
    };
    let (t, removed) = title("附件1：\n某县2026年防汛工作方案\n一、指导思想\n坚持安全第一。\n");
    assert_eq!(t, "某县2026年防汛工作方案");
    assert_eq!(removed.len(), 1, "{removed:?}");
    let (t, _) =
        title("某某中学\n2026—2027学年第一学期\n德育工作计划\n一、指导思想\n坚持育人为本。\n");
    assert_eq!(t, "某某中学2026—2027学年第一学期德育工作计划");
    let (t, removed) = title(
        "学校安全工作总结（精选3篇）\n某某小学2026年安全工作总结\n一、主要做法\n做了很多。\n",
    );
    assert_eq!(t, "某某小学2026年安全工作总结");
    assert_eq!(removed.len(), 1, "{removed:?}");
    // A unit and a year over the kind is the usual two-line title, not three.
    let (t, _) = title("某某中学\n2026年德育工作计划\n一、指导思想\n坚持育人为本。\n");
    assert_eq!(t, "某某中学2026年德育工作计划");
}

/// A task list by unit (`（一）区教体行政部门` under 基本任务清单) is 职责分工: what each unit is to
/// do; a task under the same list stays a task.
#[test]
fn a_task_list_by_unit_is_the_division_of_duties() {
    let src = "某区2026年预防学生溺水专项行动方案\n一、基本任务清单\n（一）区教体行政部门\n\
               制定工作方案。\n（二）各中小学校\n落实安全教育。\n（三）加强宣传引导\n发放告家长书。\n";
    let kinds = heading_kinds(src);
    assert_eq!(
        kinds,
        [
            "基本任务清单:Goals",
            "区教体行政部门:Responsibilities",
            "各中小学校:Responsibilities",
            "加强宣传引导:Goals"
        ],
        "{kinds:?}"
    );
}

/// ㈠ ㈡ (a parenthesised numeral in one character) number like （一）（二）.
#[test]
fn one_character_parenthesised_numerals_are_headings() {
    let src = "某乡2026年防汛工作方案\n一、组织机构\n㈠防汛指挥部\n负责统一指挥。\n㈡职能办公室\n负责日常工作。\n二、工作要求\n各村落实。\n";
    let o = gongwen::import::outline(src);
    let got: Vec<(u8, &str)> = o.iter().map(|e| (e.level, e.text.as_str())).collect();
    assert_eq!(
        got,
        [
            (1, "组织机构"),
            (2, "防汛指挥部"),
            (2, "职能办公室"),
            (1, "工作要求")
        ],
        "{o:#?}"
    );
}

/// A chat assistant's Markdown draft: `#` marks give the levels (the lone top one is the
/// title), `**` and `- ` come off, the writer is told, and every Chinese character still
/// reaches the render in order (issue 16).
#[test]
fn a_markdown_draft_imports_by_its_marks() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/inputs/import/chat_assistant_draft.md");
    let source = std::fs::read_to_string(&path).unwrap();
    let imp = Import::from_path(&path).unwrap();
    assert_eq!(imp.document.title, "某社区2026年垃圾分类工作方案");
    let got = levels_numbers_texts(&imp);
    assert_eq!(
        got,
        [
            (1, "一、", "指导思想"),
            (1, "二、", "工作目标"),
            (2, "1.", "分类覆盖率"),
            (2, "2.", "准确率"),
            (1, "三、", "实施步骤"),
            (2, "（一）", "宣传发动阶段（3月1日—3月15日）"),
            (2, "（二）", "全面推进阶段（3月16日—10月31日）"),
            (1, "四、", "工作要求"),
        ]
    );
    assert_eq!(imp.document.phases.len(), 2);
    assert!(
        imp.notes.iter().any(|n| n.contains("Markdown")),
        "{:?}",
        imp.notes
    );
    let rendered = Renderer::new().render_text(&imp.document).unwrap();
    assert!(
        !rendered.contains("**") && !rendered.contains("- 召开"),
        "{rendered}"
    );
    // Heading numbers are regenerated: leave them out of what must arrive.
    let mut source = source;
    for e in &imp.outline {
        source = source.replacen(&format!("{}{}", e.numbering, e.text), &e.text, 1);
    }
    let mut rest = rendered.chars().filter(|c| is_cjk(*c));
    for c in source.chars().filter(|c| is_cjk(*c)) {
        assert!(
            rest.any(|r| r == c),
            "{c} lost or out of order:\n{rendered}"
        );
    }
}

/// Each heading of an import's outline as (level, number as written, text).
fn levels_numbers_texts(imp: &Import) -> Vec<(u8, &str, &str)> {
    imp.outline
        .iter()
        .map(|e| (e.level, e.numbering.as_str(), e.text.as_str()))
        .collect()
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The file `import -o` saves holds its dates as the document wrote them (`2026年5月`, not
/// `2026-05`, which readers of written dates take for 26 May), and reads back to the same
/// dates in every format.
#[test]
fn saved_dates_read_as_written_and_load_back() {
    let src = "某县2026年防汛工作方案\n一、实施步骤\n（一）准备阶段（5月上旬）\n制定方案。\n\
               （二）实施阶段（5月20日至6月）\n开展工作。\n（三）总结阶段（即日起至年底）\n总结。\n";
    let doc = Import::from_text(src).document;
    for format in [Format::Toml, Format::Yaml, Format::Json] {
        let saved = doc.to_string_in(format).unwrap();
        for written in ["2026年5月上旬", "2026年5月20日", "2026年6月"] {
            assert!(
                saved.contains(written),
                "{format:?} lacks {written}:\n{saved}"
            );
        }
        assert!(!saved.contains("2026-05"), "{format:?}:\n{saved}");
        let back = Document::from_str_in(&saved, format, "saved").unwrap();
        assert_eq!(back.phases, doc.phases, "{format:?}");
    }
}

/// Dates written in Chinese numerals or as a month with 份 (`二月十五日`, `三月份`) are saved as
/// written, read back the same, and still date the phases; the 成文日期 prints in figures.
#[test]
fn dates_in_chinese_numerals_are_saved_as_written() {
    let src = "某镇2026年春季植树活动方案\n一、活动步骤\n（一）宣传阶段（二月十五日至二月二十八日）\n\
               做好宣传。\n（二）植树阶段（三月份）\n组织植树。\n二、活动要求\n注意安全。\n";
    let doc = Import::from_text(src).document;
    let shown: Vec<(String, String)> = doc
        .phases
        .iter()
        .map(|p| (p.start.unwrap().to_string(), p.end.unwrap().to_string()))
        .collect();
    assert_eq!(
        shown,
        [
            ("2026年二月十五日".into(), "2026年二月二十八日".into()),
            ("2026年三月份".into(), "2026年三月份".into())
        ]
    );
    assert_eq!(doc.phases[0].start.unwrap().iso(), "2026-02-15");
    for format in [Format::Toml, Format::Yaml, Format::Json] {
        let saved = doc.to_string_in(format).unwrap();
        assert!(saved.contains("2026年二月十五日"), "{format:?}:\n{saved}");
        let back = Document::from_str_in(&saved, format, "saved").unwrap();
        let again: Vec<String> = back
            .phases
            .iter()
            .flat_map(|p| [p.start.unwrap().to_string(), p.end.unwrap().to_string()])
            .collect();
        assert_eq!(
            again,
            shown
                .iter()
                .flat_map(|(a, b)| [a.clone(), b.clone()])
                .collect::<Vec<_>>()
        );
    }
    // A 成文日期 a writer types in numerals prints in figures (GB/T 9704-2012 7.3.5.3).
    let toml: String = doc
        .to_string_in(Format::Toml)
        .unwrap()
        .lines()
        .map(|l| match l.starts_with("date = ") {
            true => "date = \"2026年三月十五日\"\n".to_string(),
            false => format!("{l}\n"),
        })
        .collect();
    assert!(toml.contains("三月十五日"), "{toml}");
    let dated = Document::from_toml_str(&toml).unwrap();
    let text = Renderer::new().render_text(&dated).unwrap();
    assert!(text.contains("2026年3月15日"), "{text}");
    assert!(!text.contains("三月十五日"), "{text}");
}

/// A 成文日期 written to the month alone under the issuer's name (`市水利局` / `二○○八年七月`) is
/// the document's date, printed as written with a warning; a writer's own file must name the day.
#[test]
fn a_date_to_the_month_under_the_issuer_signs_an_import() {
    let src = "某局2008年工作方案\n为做好工作，制定本方案。\n一、工作目标\n完成任务。\n市水利局\n二○○八年七月\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.issuer, "市水利局");
    assert_eq!(doc.date.map(|d| d.iso()).as_deref(), Some("2008-07"));
    let problems = doc.validate();
    let date: Vec<_> = problems.iter().filter(|p| p.path == "date").collect();
    assert_eq!(date.len(), 1, "{problems:?}");
    assert_eq!(date[0].severity, gongwen::Severity::Warning, "{problems:?}");
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(text.contains("2008年7月"), "{text}");
    let typed = Document {
        as_written: false,
        ..doc
    };
    assert!(
        typed
            .validate()
            .iter()
            .any(|p| p.path == "date" && p.severity == gongwen::Severity::Error)
    );
}

/// Dates a sample or template masks (`X月-X月`, `xx月x日至xx月x日`, `2016年 X月 X日`) are the
/// phases' dates, kept as written: saved so, and printed once, in the phase's own words.
#[test]
fn masked_dates_are_read_and_kept_as_written() {
    let src = "某社区2026年垃圾分类宣传活动方案\n一、实施步骤\n1. 宣传发动阶段（X月-X月）\n制定方案。\n\
               2. 总结提升阶段（xx月x日—xx月x日）\n总结经验。\n二、工作要求\n（一）加强领导。\n";
    let doc = Import::from_text(src).document;
    let dates: Vec<(String, String)> = doc
        .phases
        .iter()
        .map(|p| (p.start.unwrap().to_string(), p.end.unwrap().to_string()))
        .collect();
    assert_eq!(
        dates,
        [
            ("2026年X月".to_string(), "2026年X月".to_string()),
            ("2026年xx月x日".to_string(), "2026年xx月x日".to_string())
        ]
    );
    assert!(doc.phases.iter().all(|p| p.start.unwrap().is_masked()));
    let saved = doc.to_string_in(Format::Toml).unwrap();
    let back = Document::from_toml_str(&saved).unwrap();
    assert_eq!(back.phases, doc.phases);
    // A year written with spaces and a mask for the month and the day.
    let src = "某项目部2016年劳动竞赛实施方案\n一、竞赛步骤\n1、启动阶段。 2016年 X月 X日召开动员大会。\n\
               2、实施阶段。 2016年 X月 X日至 2016年 X月 X日，组织实施。\n二、工作要求\n（一）加强领导。\n";
    let doc = Import::from_text(src).document;
    assert_eq!(doc.phases.len(), 2);
    assert_eq!(doc.phases[1].end.unwrap().to_string(), "2016年X月X日");
    let text = Renderer::new().render_text(&doc).unwrap();
    assert_eq!(text.matches("X月 X日").count(), 3, "{text}");
}

/// A masked date is a warning that names it, never an error, and puts no phase out of order.
#[test]
fn masked_dates_are_warned_about_not_refused() {
    let doc = Document::from_toml_str(
        "kind = \"plan\"\ntitle = \"计划\"\n\
         [[phases]]\nname = \"准备\"\nstart = \"2026-05-01\"\nend = \"2026-05-10\"\n\
         [[phases]]\nname = \"实施\"\nstart = \"2026年X月X日\"\nend = \"2026年X月X日\"\n",
    )
    .unwrap();
    let problems = doc.validate();
    let masked: Vec<_> = problems
        .iter()
        .filter(|p| p.message.contains("X 代替"))
        .collect();
    assert_eq!(masked.len(), 2, "{problems:?}");
    assert_eq!(masked[0].path, "phases[1].start");
    assert!(
        !problems.iter().any(|p| p.message.contains("早于")),
        "{problems:?}"
    );
}

/// Steps placed past a section's items, or in two sections, are refused with the path.
#[test]
fn phases_at_must_name_a_place_in_one_section() {
    let doc = |at: &str| {
        Document::from_toml_str(&format!(
            "kind = \"plan\"\ntitle = \"计划\"\nissuer = \"某县\"\ndate = \"2026-03-01\"\n\
             [[sections]]\nheading = \"组织实施\"\nphases_at = {at}\nitems = [{{ title = \"加强领导\" }}]\n\
             [[sections]]\nheading = \"工作安排\"\ntext = [\"按步骤推进。\"]\n\
             [[phases]]\nname = \"准备\"\n"
        ))
        .unwrap()
    };
    let errors = |d: &Document| {
        d.validate()
            .into_iter()
            .filter(|p| p.severity == gongwen::Severity::Error)
            .map(|p| p.path)
            .collect::<Vec<_>>()
    };
    assert!(errors(&doc("1")).is_empty());
    assert_eq!(errors(&doc("2")), ["sections[0].phases_at"]);
    let mut two = doc("0");
    two.sections[1].phases_at = Some(0);
    assert_eq!(errors(&two), ["sections[1].phases_at"]);
}

/// Two parts under the same heading (a plan that repeats one) print in the places `order`
/// gives them, one after the other — not both at the first.
#[test]
fn parts_under_the_same_heading_keep_their_places() {
    let doc = Document::from_toml_str(
        r#"
kind = "activity_plan"
title = "某社区读书月活动方案"
issuer = "某社区居委会"
date = "2025-04-01"
order = ["活动安排", "经费预算", "活动安排", "注意事项"]

[[sections]]
heading = "活动安排"
text = ["甲段。"]

[[sections]]
heading = "经费预算"
text = ["乙段。"]

[[sections]]
heading = "活动安排"
text = ["丙段。"]

[[sections]]
heading = "注意事项"
text = ["丁段。"]
"#,
    )
    .unwrap();
    let text = Renderer::new().render_text(&doc).unwrap();
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{text}"))
    };
    assert!(
        at("甲段") < at("乙段") && at("乙段") < at("丙段") && at("丙段") < at("丁段"),
        "{text}"
    );
}

/// An imported plan's duties print as written: no 。 after a task or its target.
#[test]
fn imported_duties_print_as_written() {
    let source = "某街道垃圾分类工作方案\n一、职责分工\n（一）街道城管科\n1.制定督查清单\n每月检查一次\n2.组织培训\n三、工作要求\n各社区按时报送进度。\n";
    let imp = Import::from_text(source);
    let area = imp
        .document
        .responsibilities
        .iter()
        .find(|a| !a.duties.is_empty())
        .expect("a duty");
    assert_eq!(area.duties[0].task, "制定督查清单");
    let text = Renderer::new().render_text(&imp.document).unwrap();
    assert_eq!(
        text.matches('。').count(),
        source.matches('。').count(),
        "{text}"
    );
    assert!(text.contains("每月检查一次\n"), "{text}");
}

/// The lines of a .docx are numbered as its text reads: an empty paragraph (the spacing a
/// writer leaves under the title) is no line, and a line break typed inside a sentence
/// (Shift+Enter in a title, a paragraph pasted from a PDF) does not part it, while one before
/// `2.` or a date still does. Found by the Word files of tests/corpus_fresh21, whose outline
/// lines were one off from the text's after every empty paragraph.
#[test]
fn docx_lines_are_numbered_as_the_text_reads() {
    let br =
        |a: &str, b: &str| format!("<w:p><w:r><w:t>{a}</w:t><w:br/><w:t>{b}</w:t></w:r></w:p>");
    let body = [
        br("青石镇2026年上半年", "工作总结"),
        w_p(""),
        w_p("今年以来，全镇上下齐心协力，各项工作稳步推进。"),
        w_p("一、主要做法"),
        br("镇里组织各村开展环境整治，", "累计清理垃圾三百余吨。"),
        br("1.完善制度。", "2.压实责任。"),
        w_p("二、存在问题"),
        w_p("部分村组长效机制还不健全。"),
    ]
    .concat();
    let imp = Import::from_bytes(&docx_with_body(&body), "总结.docx").unwrap();
    assert_eq!(imp.document.title, "青石镇2026年上半年工作总结");
    let heads: Vec<(usize, &str)> = imp
        .outline
        .iter()
        .map(|e| (e.line, e.text.as_str()))
        .collect();
    assert_eq!(
        heads,
        [
            (3, "主要做法"),
            (5, "完善制度"),
            (6, "压实责任"),
            (7, "存在问题")
        ],
        "{:?}",
        imp.outline
    );
    let text = Renderer::new().render_text(&imp.document).unwrap();
    assert!(
        text.contains("镇里组织各村开展环境整治，累计清理垃圾三百余吨。"),
        "{text}"
    );
}

/// A Word table that gives each step its start and its end in columns of their own
/// (工作内容 | 开始时间 | 结束时间 | 负责部门) dates each step from start to end (issue 16).
#[test]
fn a_word_table_with_start_and_end_columns_dates_its_steps() {
    let (p, row) = (w_p, w_row);
    let body = [
        p("青石公司2026年中秋活动方案"),
        p("一、活动目的"),
        p("增进员工交流。"),
        p("二、筹备进度"),
        format!(
            "<w:tbl>{}{}{}</w:tbl>",
            row(&["工作内容", "开始时间", "结束时间", "负责部门"]),
            row(&["联系场地", "2026年9月10日", "2026年9月12日", "行政部"]),
            row(&["道具采购", "2026-9-11", "2026-9-15", "总务部"]),
        ),
    ]
    .concat();
    let imp = Import::from_bytes(&docx_with_body(&body), "方案.docx").unwrap();
    let got: Vec<String> = imp
        .timeline
        .iter()
        .map(|e| {
            let d = |d: Option<gongwen::Date>| d.map_or("-".into(), |d| d.iso());
            format!("{}..{}", d(e.start), d(e.end))
        })
        .collect();
    assert_eq!(
        got,
        ["2026-09-10..2026-09-12", "2026-09-11..2026-09-15"],
        "{:?}",
        imp.timeline
    );
}

/// A date written in Chinese numerals (二○二五年十一月十八日, its zero a circle or 〇): year,
/// month and day.
fn chinese_date(line: &str) -> Option<(u16, u8, u8)> {
    let digit = |c: char| "〇一二三四五六七八九".find(c).map(|k| k / '〇'.len_utf8());
    let small = |s: &str| -> Option<u8> {
        let v: Vec<char> = s.chars().collect();
        match v.as_slice() {
            ['十'] => Some(10),
            ['十', u] => Some(10 + digit(*u)? as u8),
            [t, '十'] => Some(digit(*t)? as u8 * 10),
            [t, '十', u] => Some(digit(*t)? as u8 * 10 + digit(*u)? as u8),
            [u] => digit(*u).map(|d| d as u8),
            _ => None,
        }
    };
    let line: String = line
        .trim()
        .chars()
        .map(|c| if "○OＯ零".contains(c) { '〇' } else { c })
        .collect();
    let (year, rest) = line.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let year = year
        .chars()
        .try_fold(0u16, |y, c| Some(y * 10 + digit(c)? as u16))?;
    Some((year, small(month)?, small(day)?))
}
