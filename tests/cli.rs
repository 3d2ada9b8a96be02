//! The `gongwen` binary as a writer uses it: exit codes, messages, files written or not.

mod common;

use common::{example, gongwen, stderr};
use std::path::{Path, PathBuf};

/// The `word/document.xml` of a written .docx.
fn document_xml(docx: &Path) -> String {
    use std::io::Read;
    let bytes = std::fs::read(docx).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

fn copy_example(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(example(name), &to).unwrap();
    to
}

#[test]
fn render_writes_next_to_the_input_and_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path(), "fire_safety_plan.toml");
    let out = gongwen(&["render", "fire_safety_plan.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docx = tmp.path().join("fire_safety_plan.docx");
    let first = std::fs::read(&docx).unwrap();
    assert_eq!(&first[..2], b"PK");
    assert!(
        stderr(&out).contains("下一步"),
        "a what-next hint follows a render"
    );

    // A second render without --force leaves the file alone and says why.
    std::fs::write(&docx, b"edited by the writer").unwrap();
    let out = gongwen(&["render", "fire_safety_plan.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("已存在"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&docx).unwrap(), b"edited by the writer");

    // With --force it is replaced, byte for byte as the first time (deterministic).
    let out = gongwen(&["render", "fire_safety_plan.toml", "--force"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&docx).unwrap(), first);
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn render_honours_output_option() {
    let tmp = tempfile::tempdir().unwrap();
    let input = example("fire_safety_plan.toml");
    let out = gongwen(
        &["render", input.to_str().unwrap(), "-o", "计划.docx"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(tmp.path().join("计划.docx").is_file());
}

#[test]
fn bad_input_exits_1_with_a_located_chinese_message_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("bad.toml"),
        "kind = \"plan\"\ntitle = \"计划\"\nissuer = \"某局\"\ndate = \"2025-02-30\"\n",
    )
    .unwrap();
    let out = gongwen(&["render", "bad.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bad.toml:4:"), "{err}");
    assert!(err.contains("2025年2月没有30日"), "{err}");
    assert!(!tmp.path().join("bad.docx").exists());
}

#[test]
fn invalid_document_lists_every_problem_with_its_path() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("p.yaml"),
        "kind: scheme\ntitle: 方案\nissuer: 某局\ndate: 2025-03-01\nphases:\n  - name: 准备\n    start: 2025-05-01\n    end: 2025-04-01\nresponsibilities:\n  - area: 宣传\n    duties:\n      - task: 发放资料\n",
    )
    .unwrap();
    let out = gongwen(&["render", "p.yaml"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("phases[0].end"), "{err}");
    assert!(err.contains("responsibilities[0].duties[0].lead"), "{err}");
    assert!(!tmp.path().join("p.docx").exists());

    let out = gongwen(&["validate", "p.yaml"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("phases[0].end"));
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["render"][..],
        &["frobnicate"],
        &["render", "a.toml", "--bogus"],
        &[],
    ] {
        let out = gongwen(args, tmp.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    let out = gongwen(&["--help"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("示例"));
}

#[test]
fn missing_input_and_unknown_extension_exit_1() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gongwen(&["render", "nope.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nope.toml"), "{}", stderr(&out));
    std::fs::write(tmp.path().join("plan.txt"), "x").unwrap();
    let out = gongwen(&["render", "plan.txt"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(".toml"), "{}", stderr(&out));
}

#[test]
fn new_writes_a_skeleton_that_renders_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    for (kind, file) in [
        ("plan", "计划.toml"),
        ("实施方案", "方案.yaml"),
        ("activity_plan", "活动.json"),
        ("工作总结", "总结.toml"),
        ("工作要点", "要点.yaml"),
        ("工作汇报", "汇报.toml"),
        ("speech", "讲话.json"),
    ] {
        let out = gongwen(&["new", kind, "-o", file], tmp.path());
        assert_eq!(out.status.code(), Some(0), "{kind}: {}", stderr(&out));
        let text = std::fs::read_to_string(tmp.path().join(file)).unwrap();
        assert!(
            text.contains("【待补"),
            "{kind}: skeleton marks what to fill in"
        );
        let out = gongwen(&["render", file], tmp.path());
        assert_eq!(out.status.code(), Some(0), "{kind}: {}", stderr(&out));
        // Refuses to overwrite a skeleton the writer may have started filling in.
        let out = gongwen(&["new", kind, "-o", file], tmp.path());
        assert_eq!(out.status.code(), Some(1), "{kind}");
    }
    let out = gongwen(&["new", "请示"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("scheme"));
}

#[test]
fn new_lists_the_kinds_one_key_a_line() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gongwen(&["new", "--list"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let keys: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(String::from)
        .collect();
    let want: Vec<&str> = gongwen::DocKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys, want);
    // Every key listed makes a skeleton.
    for key in &keys {
        let out = gongwen(&["new", key], tmp.path());
        assert_eq!(out.status.code(), Some(0), "{key}: {}", stderr(&out));
    }
}

#[test]
fn new_full_writes_every_optional_part() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gongwen(
        &["new", "实施方案", "--full", "-o", "方案.toml"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(tmp.path().join("方案.toml")).unwrap();
    for part in [
        "[notice]",
        "[banner]",
        "[record]",
        "remarks = ",
        "[attachments.table]",
    ] {
        assert!(text.contains(part), "{part} missing");
    }
    let out = gongwen(&["validate", "方案.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = gongwen(&["new", "report", "--full", "-o", "报告.yaml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(tmp.path().join("报告.yaml")).unwrap();
    assert!(text.contains("signers:"), "a report's 版头 has 签发人");
    assert!(
        !text.contains("notice:"),
        "a report is not issued by a notice"
    );
}

#[test]
fn templates_list_and_export() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gongwen(&["templates", "list"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    let list = String::from_utf8_lossy(&out.stdout).into_owned();
    for name in [
        "base.j2",
        "macros.j2",
        "plan.j2",
        "scheme.j2",
        "activity_plan.j2",
        "summary.j2",
    ] {
        assert!(list.contains(name), "{list}");
    }
    let out = gongwen(&["templates", "export", "tpl"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(tmp.path().join("tpl/plan.j2").is_file());
    let out = gongwen(&["templates", "export", "tpl"], tmp.path());
    assert_eq!(out.status.code(), Some(1), "export refuses to overwrite");

    // An exported, reworded template is used file by file.
    let plan = tmp.path().join("tpl/plan.j2");
    let src = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("特制定本计划。", "特制定本工作安排。");
    std::fs::write(&plan, src).unwrap();
    let out = gongwen(&["templates", "list", "--template-dir", "tpl"], tmp.path());
    assert!(String::from_utf8_lossy(&out.stdout).contains("替换"));
    std::fs::write(
        tmp.path().join("p.toml"),
        "kind = \"plan\"\ntitle = \"计划\"\nissuer = \"某局\"\ndate = \"2025-03-01\"\n[[requirements]]\ntext = \"按时完成\"\n",
    )
    .unwrap();
    let out = gongwen(
        &["render", "p.toml", "--template-dir", "tpl", "--blocks"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let blocks = String::from_utf8_lossy(&out.stdout);
    assert!(blocks.contains("特制定本工作安排。"), "{blocks}");
    let out = gongwen(&["render", "p.toml", "--blocks"], tmp.path());
    assert!(String::from_utf8_lossy(&out.stdout).contains("特制定本计划。"));
}

#[test]
fn template_errors_name_the_template_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("tpl")).unwrap();
    std::fs::write(
        tmp.path().join("tpl/plan.j2"),
        "@title {{ doc.title }}\n\n{% for x in doc.phases %}\n{{ x.name | nosuchfilter }}\n{% endfor %}\n",
    )
    .unwrap();
    let input = example("fire_safety_plan.toml");
    let out = gongwen(
        &[
            "render",
            input.to_str().unwrap(),
            "--template-dir",
            "tpl",
            "-o",
            "x.docx",
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("plan.j2:4"), "{err}");
    assert!(!tmp.path().join("x.docx").exists());
}

#[test]
fn schema_fonts_completions_and_quiet() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gongwen(&["schema", "-o", "s.json"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("s.json")).unwrap()).unwrap();
    assert!(schema["properties"]["phases"].is_object());
    let out = gongwen(&["schema", "-o", "s.json"], tmp.path());
    assert_eq!(out.status.code(), Some(1), "no overwrite without --force");

    // `new` writes the schema its first line names, next to the skeleton.
    let out = gongwen(&["new", "plan", "-o", "p.yaml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(tmp.path().join("gongwen.schema.json").is_file());

    let out = gongwen(&["completions", "bash"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("gongwen"));
    let out = gongwen(&["completions", "tcsh"], tmp.path());
    assert_eq!(out.status.code(), Some(1));

    // --quiet leaves only errors on stderr.
    let out = gongwen(&["new", "scheme", "-o", "q.toml", "--quiet"], tmp.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));

    // Fonts needs fontconfig; where it is installed it reports the five GB fonts.
    let out = gongwen(&["fonts", "--write-fontconfig", "f.conf"], tmp.path());
    if out.status.success() {
        let report = String::from_utf8_lossy(&out.stdout);
        for name in [
            "方正小标宋简体",
            "仿宋_GB2312",
            "黑体",
            "楷体_GB2312",
            "宋体",
        ] {
            assert!(report.contains(name), "{report}");
        }
        assert!(
            std::fs::read_to_string(tmp.path().join("f.conf"))
                .unwrap()
                .contains("<fontconfig>")
        );
    } else {
        assert!(stderr(&out).contains("fontconfig"), "{}", stderr(&out));
    }
}

#[test]
fn merge_renders_one_document_per_row_and_reports_bad_rows() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("tpl.yaml"),
        "kind: plan\ntitle: \"{{ 单位 }}2025年消防安全宣传工作计划\"\nissuer: \"{{ 单位 }}\"\ndate: \"{{ 日期 }}\"\nrequirements:\n  - title: 加强宣传\n    text: 全年开展集中宣传不少于{{ 次数 }}次。\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("units.csv"),
        "单位,日期,次数\n城东街道,2025-03-01,12\n城西街道,2025-03-02,10\n城南街道,2025-02-30,9\n",
    )
    .unwrap();
    let out = gongwen(
        &["merge", "tpl.yaml", "units.csv", "-o", "out", "-j", "2"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1), "one bad row: exit 1");
    let err = stderr(&out);
    assert!(err.contains("units.csv 第4行 [date]"), "{err}");
    assert!(!tmp.path().join("out/城南街道.docx").exists());
    let xml = document_xml(&tmp.path().join("out/城东街道.docx"));
    assert!(xml.contains("城东街道2025年消防安全宣传工作计划"));
    assert!(xml.contains("全年开展集中宣传不少于12次。"));
    assert!(tmp.path().join("out/城西街道.docx").is_file());

    // A second run refuses to overwrite; an unknown name column is a usage error.
    let out = gongwen(&["merge", "tpl.yaml", "units.csv", "-o", "out"], tmp.path());
    assert!(stderr(&out).contains("未覆盖"), "{}", stderr(&out));
    let out = gongwen(
        &[
            "merge",
            "tpl.yaml",
            "units.csv",
            "-o",
            "o2",
            "--name-column",
            "名称",
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn render_pdf_goes_through_libreoffice_or_says_why_not() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path(), "antidrug_summary.toml");
    let out = gongwen(&["render", "antidrug_summary.toml", "--pdf"], tmp.path());
    assert!(
        tmp.path().join("antidrug_summary.docx").is_file(),
        "the .docx is written either way"
    );
    if gongwen::pdf::soffice().is_some() {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let pdf = std::fs::read(tmp.path().join("antidrug_summary.pdf")).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("LibreOffice"), "{}", stderr(&out));
    }
}

/// An old Word file (.doc) imports through LibreOffice when it is installed; otherwise the
/// writer is told to save it as .docx (issue 16: writers bring last year's plan as a Word file).
#[test]
fn import_of_a_doc_goes_through_libreoffice_or_says_why_not() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path(), "antidrug_summary.toml");
    let out = gongwen(&["render", "antidrug_summary.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let Some(soffice) = gongwen::pdf::soffice() else {
        std::fs::write(tmp.path().join("去年.doc"), b"\xd0\xcf\x11\xe0\0\0\0\0").unwrap();
        let out = gongwen(&["import", "去年.doc", "-o", "去年.toml"], tmp.path());
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("另存为"), "{}", stderr(&out));
        return;
    };
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        tmp.path().display()
    );
    let made = std::process::Command::new(soffice)
        .args([
            "--headless",
            &profile,
            "--convert-to",
            "doc",
            "antidrug_summary.docx",
        ])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(
        tmp.path().join("antidrug_summary.doc").is_file(),
        "{made:?}"
    );
    let out = gongwen(
        &["import", "antidrug_summary.doc", "-o", "from_doc.toml"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("LibreOffice"), "{}", stderr(&out));
    let out = gongwen(
        &["import", "antidrug_summary.docx", "-o", "from_docx.toml"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let read = |f: &str| std::fs::read_to_string(tmp.path().join(f)).unwrap();
    assert_eq!(read("from_doc.toml"), read("from_docx.toml"));
}

#[test]
fn a_template_that_crashes_the_engine_fails_that_file_only_and_quietly() {
    // minijinja 3.1 panics on this (found by fuzzing); the batch goes on with the next file
    // and the writer reads one located error, not a crash report.
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path(), "fire_safety_plan.toml");
    copy_example(tmp.path(), "antidrug_summary.toml");
    std::fs::create_dir(tmp.path().join("tpl")).unwrap();
    std::fs::write(
        tmp.path().join("tpl/plan.j2"),
        "{% import \"macros.j2\" as m % x %}\n",
    )
    .unwrap();
    let out = gongwen(
        &[
            "render",
            "fire_safety_plan.toml",
            "antidrug_summary.toml",
            "--template-dir",
            "tpl",
            "-o",
            "out",
        ],
        tmp.path(),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // The failure names the input first, then the template at fault.
    assert!(err.contains("fire_safety_plan.toml：模板 plan.j2"), "{err}");
    assert!(err.contains("模板引擎内部出错"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        tmp.path().join("out/antidrug_summary.docx").exists(),
        "{err}"
    );
    assert!(!tmp.path().join("out/fire_safety_plan.docx").exists());
}

/// `gongwen fonts` with `FONTCONFIG_FILE` pointing at a configuration of `dirs` only.
fn fonts_with_only(dirs: &[&str], tmp: &std::path::Path) -> Option<std::process::Output> {
    let conf = tmp.join("fonts.conf");
    let dirs: String = dirs.iter().map(|d| format!("<dir>{d}</dir>")).collect();
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?><fontconfig>{dirs}<cachedir>{}</cachedir></fontconfig>",
            tmp.join("cache").display()
        ),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .arg("fonts")
        .env("FONTCONFIG_FILE", &conf)
        .current_dir(tmp)
        .output()
        .unwrap();
    out.status.success().then_some(out)
}

#[test]
fn fonts_never_names_a_stand_in_without_chinese_glyphs() {
    let tmp = tempfile::tempdir().unwrap();
    // Only Latin fonts: the report says plainly that nothing can draw Chinese, and how to
    // get a font, instead of naming DejaVu Sans as the stand-in.
    let latin = "/usr/share/fonts/truetype/dejavu";
    if !std::path::Path::new(latin).is_dir() {
        eprintln!("{latin} missing: check skipped");
        return;
    }
    let Some(out) = fonts_with_only(&[latin], tmp.path()) else {
        eprintln!("fontconfig not installed: check skipped");
        return;
    };
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(!report.contains("DejaVu"), "{report}");
    assert!(report.contains("没有其他中文字体"), "{report}");
    assert!(stderr(&out).contains("fonts-noto-cjk"), "{}", stderr(&out));
    // With a CJK font installed, that font is the stand-in.
    let cjk = "/usr/share/fonts/opentype/noto";
    if std::path::Path::new(cjk).is_dir() {
        let out = fonts_with_only(&[latin, cjk], tmp.path()).unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(report.contains("CJK"), "{report}");
        assert!(!report.contains("DejaVu"), "{report}");
        assert!(!stderr(&out).contains("没有安装任何中文字体"));
    }
}

#[test]
fn validate_counts_the_placeholders_left() {
    let tmp = tempfile::tempdir().unwrap();
    let out = gongwen(&["new", "plan", "-o", "计划.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let left = gongwen::Document::from_path(tmp.path().join("计划.toml"))
        .unwrap()
        .placeholders()
        .len();
    assert!(left > 10);
    // An untouched skeleton: every placeholder listed with its place, exit 0, and no
    // "可以生成" while any is left.
    let out = gongwen(&["validate", "计划.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("还有 {left} 处【待补】")), "{err}");
    assert!(err.contains("待补 [title]：【待补：单位】"), "{err}");
    assert!(err.contains("待补 [issuer]"), "{err}");
    assert_eq!(err.matches("  待补 [").count(), left, "{err}");
    assert!(!err.contains("可以生成"), "{err}");
    assert!(err.contains("下一步：补全"), "{err}");
    // A finished document: no reminder, no 补全 hint.
    let out = gongwen(
        &[
            "validate",
            example("fire_safety_plan.toml").to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(err.contains("未发现问题，可以生成"), "{err}");
    assert!(!err.contains("待补"), "{err}");
    // render says how many are left, and only then.
    let out = gongwen(&["render", "计划.toml"], tmp.path());
    assert!(
        stderr(&out).contains(&format!("还有 {left} 处【待补】")),
        "{}",
        stderr(&out)
    );
    let out = gongwen(
        &[
            "render",
            example("fire_safety_plan.toml").to_str().unwrap(),
            "-o",
            "f.docx",
        ],
        tmp.path(),
    );
    assert!(!stderr(&out).contains("待补"), "{}", stderr(&out));
}

/// One 印发通知 per unit: each its own 主送, the 文号 numbered on from --number-from;
/// a 文号 given twice stops the batch before any file is written, a gap is a warning.
#[test]
fn merge_numbers_one_notice_per_unit_and_refuses_repeated_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let tpl = "kind = \"实施方案\"\ntitle = \"松溪县城乡生活垃圾分类工作实施方案\"\n\
        issuer = \"松溪县人民政府办公室\"\ndate = \"2026-03-12\"\n\
        [notice]\naddressee = \"{{ 单位 }}：\"\n[banner]\nnumber = \"{{ 文号 }}\"\n\
        [record]\ncc = [\"{{ 抄送 }}\"]\nprinter = \"松溪县人民政府办公室\"\nprint_date = \"2026-03-12\"\n\
        [guidance]\ntext = \"坚持政府推动、全民参与。\"\n";
    std::fs::write(tmp.path().join("tpl.toml"), tpl).unwrap();
    std::fs::write(
        tmp.path().join("units.csv"),
        "单位,抄送,文号\n城关镇人民政府,县住建局,松政办发〔2026〕号\n郑墩镇人民政府,县城管局,松政办发〔2026〕号\n",
    )
    .unwrap();
    let out = gongwen(
        &[
            "merge",
            "tpl.toml",
            "units.csv",
            "-o",
            "out",
            "--number-from",
            "12",
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let xml = |name: &str| document_xml(&tmp.path().join("out").join(name));
    assert!(xml("城关镇人民政府.docx").contains("城关镇人民政府："));
    assert!(xml("郑墩镇人民政府.docx").contains("郑墩镇人民政府："));
    // Each notice carries its own 文号 in its 版头 and its own 抄送 in its 版记.
    assert!(xml("城关镇人民政府.docx").contains("松政办发〔2026〕12号"));
    assert!(xml("郑墩镇人民政府.docx").contains("松政办发〔2026〕13号"));
    assert!(xml("郑墩镇人民政府.docx").contains("抄送：县城管局。"));

    // The same 文号 twice (and a gap after it): nothing is written, each row is named.
    std::fs::write(
        tmp.path().join("dup.csv"),
        "单位,抄送,文号\n城关镇人民政府,县住建局,松政办发〔2026〕3号\n\
         郑墩镇人民政府,县城管局,松政办发[2026]第03号\n渭田镇人民政府,县财政局,松政办发〔2026〕7号\n",
    )
    .unwrap();
    let out = gongwen(&["merge", "tpl.toml", "dup.csv", "-o", "dup"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("“松政办发〔2026〕3号”重复"), "{err}");
    assert!(err.contains("dup.csv 第2行、dup.csv 第3行"), "{err}");
    assert!(err.contains("中间缺4号—6号"), "{err}");
    assert!(!tmp.path().join("dup").join("城关镇人民政府.docx").exists());

    // --number-from with no 机关代字〔年份〕 in the template to number.
    std::fs::write(tmp.path().join("bare.toml"), tpl.replace("{{ 文号 }}", "")).unwrap();
    let out = gongwen(
        &[
            "merge",
            "bare.toml",
            "units.csv",
            "-o",
            "bare",
            "--number-from",
            "1",
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("banner.number"), "{}", stderr(&out));
}

/// `render --force` keeps the file it replaces as 《名（备份N）.docx》, numbered on and never
/// overwritten; `--no-backup` keeps none; a document open in Word, WPS or LibreOffice (its
/// lock file beside it) is not replaced at all.
#[test]
fn force_keeps_a_backup_and_never_replaces_an_open_document() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path(), "fire_safety_plan.toml");
    let dir = tmp.path();
    let args = [
        "render",
        "fire_safety_plan.toml",
        "-o",
        "方案.docx",
        "--force",
    ];
    assert_eq!(gongwen(&args, dir).status.code(), Some(0));
    let fresh = std::fs::read(dir.join("方案.docx")).unwrap();
    assert!(
        !dir.join("方案（备份1）.docx").exists(),
        "nothing replaced yet"
    );

    // The writer polishes it in Word; a forced render keeps that version.
    std::fs::write(dir.join("方案.docx"), b"polished for an hour").unwrap();
    let out = gongwen(&args, dir);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("方案（备份1）.docx"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(dir.join("方案（备份1）.docx")).unwrap(),
        b"polished for an hour"
    );
    assert_eq!(std::fs::read(dir.join("方案.docx")).unwrap(), fresh);
    // Again: a second backup, the first untouched.
    assert_eq!(gongwen(&args, dir).status.code(), Some(0));
    assert_eq!(
        std::fs::read(dir.join("方案（备份2）.docx")).unwrap(),
        fresh
    );
    assert_eq!(
        std::fs::read(dir.join("方案（备份1）.docx")).unwrap(),
        b"polished for an hour"
    );
    // --no-backup: replaced, no third backup.
    let mut no_backup = args.to_vec();
    no_backup.push("--no-backup");
    assert_eq!(gongwen(&no_backup, dir).status.code(), Some(0));
    assert!(!dir.join("方案（备份3）.docx").exists());

    // Open in Word (~$方案.docx) or LibreOffice (.~lock.方案.docx#): refused, untouched.
    for lock in ["~$方案.docx", ".~lock.方案.docx#"] {
        std::fs::write(dir.join("方案.docx"), b"open in Word").unwrap();
        std::fs::write(dir.join(lock), b"owner").unwrap();
        let out = gongwen(&args, dir);
        assert_eq!(out.status.code(), Some(1), "{lock}");
        let err = stderr(&out);
        assert!(err.contains("正在") && err.contains(lock), "{err}");
        assert_eq!(
            std::fs::read(dir.join("方案.docx")).unwrap(),
            b"open in Word"
        );
        assert!(
            !dir.join("方案（备份3）.docx").exists(),
            "{lock}: no backup either"
        );
        std::fs::remove_file(dir.join(lock)).unwrap();
    }
}

/// Chinese punctuation typed where the format wants ASCII is named, at its own line and
/// column, with the character wanted; the parser's words follow; nobody is sent to examples/.
#[test]
fn syntax_errors_name_the_chinese_punctuation_and_what_to_type() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        (
            "quotes.toml",
            "kind = \"plan\"\ntitle = “消防计划”\n",
            "quotes.toml:2:9",
            "中文左引号",
            "“\"”",
        ),
        (
            "comma.json",
            "{\"kind\": \"plan\"，\"title\": \"x\"}",
            "comma.json:1:16",
            "中文逗号",
            "“,”",
        ),
        (
            "colon.yaml",
            "kind: plan\ntitle： 消防计划\n",
            "colon.yaml:2:6",
            "中文冒号",
            "“:”",
        ),
        (
            "equals.toml",
            "kind ＝ \"plan\"\n",
            "equals.toml:1:6",
            "全角等号",
            "“=”",
        ),
        (
            "space.toml",
            "kind = \"plan\"\ntitle　= \"x\"\n",
            "space.toml:2:6",
            "全角空格",
            "半角空格",
        ),
    ];
    for (file, text, at, what, want) in cases {
        std::fs::write(tmp.path().join(file), text).unwrap();
        let out = gongwen(&["validate", file], tmp.path());
        assert_eq!(out.status.code(), Some(1), "{file}");
        let err = stderr(&out);
        assert!(err.contains(at), "{file}: {err}");
        assert!(err.contains(what) && err.contains(want), "{file}: {err}");
        assert!(err.contains("解析器原文："), "{file}: {err}");
        assert!(!err.contains("examples/"), "{file}: {err}");
    }
    // Chinese punctuation inside a quoted text is fine and not blamed.
    std::fs::write(
        tmp.path().join("inside.toml"),
        "kind = \"plan\"\ntitle = \"关于“平安”的计划\"\nissuer = \n",
    )
    .unwrap();
    let err = stderr(&gongwen(&["validate", "inside.toml"], tmp.path()));
    assert!(
        err.contains("inside.toml:3:") && err.contains("gongwen new"),
        "{err}"
    );
    assert!(!err.contains("中文左引号"), "{err}");
}

/// A TOML or YAML file saved as GBK (Notepad's ANSI, WPS) is read, and the writer is told.
#[test]
fn gbk_input_files_are_read_and_the_conversion_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode(
        "kind = \"plan\"\ntitle = \"城东街道消防安全工作计划\"\nissuer = \"城东街道办事处\"\n\
         date = \"2026-03-01\"\n[guidance]\ntext = \"坚持预防为主。\"\n",
    );
    std::fs::write(tmp.path().join("gbk.toml"), &gbk).unwrap();
    let out = gongwen(&["validate", "gbk.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("已按 GBK 读取"), "{}", stderr(&out));
    let (gbk, _, _) = encoding_rs::GBK.encode(
        "kind: plan\ntitle: 城东街道消防安全工作计划\nissuer: 城东街道办事处\ndate: 2026-03-01\n",
    );
    std::fs::write(tmp.path().join("gbk.yaml"), &gbk).unwrap();
    let out = gongwen(&["render", "gbk.yaml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("已按 GBK 读取"), "{}", stderr(&out));
    let xml = document_xml(&tmp.path().join("gbk.docx"));
    assert!(xml.contains("城东街道消防安全工作计划"));
}

/// merge: an empty cell is named by row and column (refused with --strict); a placeholder
/// that names no column lists the columns and suggests the nearest.
#[test]
fn merge_names_empty_cells_and_misspelt_placeholders() {
    let tmp = tempfile::tempdir().unwrap();
    let tpl = "kind: plan\ntitle: \"{{ 单位 }}2026年创建工作计划\"\nissuer: \"{{ 单位 }}\"\ndate: 2026-03-01\n\
               requirements:\n  - text: 全年创建示范村{{ 个数 }}个。\n";
    std::fs::write(tmp.path().join("tpl.yaml"), tpl).unwrap();
    std::fs::write(
        tmp.path().join("t.csv"),
        "单位,个数,负责人\n城东镇,3,张明\n城西镇,,李华\n",
    )
    .unwrap();
    let out = gongwen(&["merge", "tpl.yaml", "t.csv", "-o", "out"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("t.csv 第3行的“个数”列是空的"), "{err}");
    assert!(!err.contains("第2行的"), "{err}");
    assert!(
        !err.contains("负责人"),
        "an unused column is not checked: {err}"
    );

    let out = gongwen(
        &["merge", "tpl.yaml", "t.csv", "-o", "strict", "--strict"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("1 个空格子"), "{}", stderr(&out));
    assert!(!tmp.path().join("strict").join("城东镇.docx").exists());

    std::fs::write(
        tmp.path().join("typo.yaml"),
        tpl.replace("全年创建", "由{{ 负责 }}负责，全年创建"),
    )
    .unwrap();
    let out = gongwen(&["merge", "typo.yaml", "t.csv", "-o", "typo"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("{{ 负责 }} 在数据表中没有同名的列"), "{err}");
    assert!(err.contains("数据表的列有：个数、单位、负责人"), "{err}");
    assert!(err.contains("是不是要写 {{ 负责人 }}"), "{err}");
}

/// A reader that goes away (`gongwen schema | head -1`) ends the program quietly with
/// success: no panic, no error message, for each command that prints to standard output.
#[test]
fn a_closed_pipe_ends_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    copy_example(tmp.path(), "fire_safety_plan.toml");
    for args in [
        &["schema"][..],
        &["completions", "bash"],
        &["render", "fire_safety_plan.toml", "--blocks"],
        &["new", "--list"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(args)
            .current_dir(tmp.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the program writes anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// Dates writers write — 二季度, 上半年, 下半年, 年底前, 即日起 — are read with the document's
/// year (or date), printed as written, and validate says what each means.
#[test]
fn period_names_are_read_with_the_documents_year_and_explained() {
    let tmp = tempfile::tempdir().unwrap();
    let input = "kind = \"plan\"\ntitle = \"城东街道2026年消防安全工作计划\"\nissuer = \"城东街道办事处\"\n\
        date = \"2026-03-02\"\n[period]\nstart = \"即日起\"\nend = \"年底前\"\n\
        [[goals.items]]\ntext = \"完成消防设施检查\"\ndeadline = \"二季度\"\n\
        [[phases]]\nname = \"集中整治阶段\"\nstart = \"2026-04\"\nend = \"上半年\"\ntext = \"逐户排查。\"\n\
        [[phases]]\nname = \"巩固提升阶段\"\nstart = \"下半年\"\nend = \"第四季度\"\ntext = \"建立长效机制。\"\n";
    std::fs::write(tmp.path().join("plan.toml"), input).unwrap();
    let out = gongwen(&["validate", "plan.toml"], tmp.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("[goals.items[0].deadline]：“2026年第二季度”按 2026年4月1日—6月30日 理解"),
        "{err}"
    );
    assert!(
        err.contains("[phases[1].start]：“2026年下半年”按 2026年7月1日—12月31日 理解"),
        "{err}"
    );
    assert!(
        err.contains("[period.end]：“2026年底”按 2026年1月1日—12月31日 理解"),
        "{err}"
    );

    assert!(
        err.contains("“即日起”按成文日期 2026年3月2日 理解"),
        "{err}"
    );

    let out = gongwen(&["render", "plan.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let xml = document_xml(&tmp.path().join("plan.docx"));
    assert!(
        xml.contains("即日起至2026年底"),
        "即日起 is printed as written"
    );
    assert!(xml.contains("2026年第二季度"));
    assert!(xml.contains("2026年下半年—第四季度"));

    // No year anywhere: the writer is asked for one, at the line.
    std::fs::write(
        tmp.path().join("noyear.toml"),
        "kind = \"plan\"\ntitle = \"消防安全工作计划\"\nissuer = \"某局\"\n[[goals.items]]\ntext = \"检查\"\ndeadline = \"三季度\"\n",
    )
    .unwrap();
    let err = stderr(&gongwen(&["validate", "noyear.toml"], tmp.path()));
    assert!(
        err.contains("noyear.toml:6:") && err.contains("没有写年份"),
        "{err}"
    );
}

/// 即日起 in a sentence is prose, not a date the loader read: validate says nothing of it.
#[test]
fn today_in_prose_is_not_explained_as_a_date() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("plan.toml"),
        "kind = \"plan\"\ntitle = \"城东街道2026年消防安全工作计划\"\nissuer = \"城东街道办事处\"\n\
         date = \"2026-03-02\"\nopening = \"自即日起至年底，在全街道开展消防安全检查。\"\n",
    )
    .unwrap();
    let out = gongwen(&["validate", "plan.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("按成文日期"), "{}", stderr(&out));
}

/// The 版头 and 版记 as a writer types them (GB/T 9704 7.2.5, 7.4): a 发文字号 without a year
/// is an error; one with square brackets, 第 and a leading zero is normalised and validate
/// says how; 抄送 separated by half-width commas is printed with full-width ones and validate
/// says so at the line; a 版记 without 印发日期 takes the 成文日期, and validate says that too.
#[test]
fn banner_and_record_input_is_normalised_or_refused_in_chinese() {
    let tmp = tempfile::tempdir().unwrap();
    let text = |number: &str| {
        format!(
            "kind = \"scheme\"\ntitle = \"城乡生活垃圾分类工作实施方案\"\nissuer = \"松溪县人民政府办公室\"\n\
             date = \"2026-03-12\"\n\n[banner]\norgans = [\"松溪县人民政府办公室\"]\nnumber = \"{number}\"\n\n\
             [record]\ncc = \"县委各部门,县人大常委会办公室;县法院\"\nprinter = \"松溪县人民政府办公室\"\n"
        )
    };
    std::fs::write(tmp.path().join("noyear.toml"), text("松政办发3号")).unwrap();
    let out = gongwen(&["validate", "noyear.toml"], tmp.path());
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("[banner.number]") && err.contains("没有四位年份"),
        "{err}"
    );

    std::fs::write(tmp.path().join("plan.toml"), text("松政办发[2026]第03号")).unwrap();
    let out = gongwen(&["validate", "plan.toml"], tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("发文字号将写作“松政办发〔2026〕3号”"), "{err}");
    assert!(
        err.contains("plan.toml:11: 说明 [record.cc]") && err.contains("全角逗号"),
        "{err}"
    );
    assert!(
        err.contains("[record.print_date]") && err.contains("2026年3月12日印发"),
        "{err}"
    );
    // What validate announced is what is printed.
    let out = gongwen(&["render", "plan.toml", "-o", "plan.docx"], tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let xml = document_xml(&tmp.path().join("plan.docx"));
    assert!(xml.contains("松政办发〔2026〕3号"));
    assert!(xml.contains("抄送：县委各部门，县人大常委会办公室，县法院。"));
    assert!(xml.contains("2026年3月12日印发"));
}

/// `import` keeps every mark as written; `--normalize-punct` makes the half-width marks in
/// Chinese full-width and lists each change, by line and column (issue 16).
#[test]
fn import_changes_punctuation_only_when_asked_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("草稿.txt"),
        "某街道2026年消防工作计划\n一、工作要求\n各单位要加强领导,落实责任。\n联系人:张三,电话:0531-86120357\n",
    )
    .unwrap();
    let out = gongwen(&["import", "草稿.txt", "-o", "原样.toml"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let kept = std::fs::read_to_string(dir.path().join("原样.toml")).unwrap();
    assert!(kept.contains("联系人:张三,电话:0531-86120357"), "{kept}");
    let out = gongwen(
        &["import", "草稿.txt", "--normalize-punct", "-o", "全角.toml"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let fixed = std::fs::read_to_string(dir.path().join("全角.toml")).unwrap();
    assert!(fixed.contains("加强领导，落实责任"), "{fixed}");
    assert!(
        fixed.contains("联系人：张三，电话：0531-86120357"),
        "{fixed}"
    );
    let err = stderr(&out);
    assert!(err.contains("已把 4 处半角标点改为全角"), "{err}");
    assert!(err.contains("第 3 行第 9 列：, → ，"), "{err}");
    assert!(err.contains("第 4 行第 4 列：: → ："), "{err}");
}

/// When gongwen cannot be sure which page the 版记 falls on, `render` says so and tells the
/// writer what to check; when it is sure (the blank page added), it says nothing.
#[test]
fn render_warns_when_the_record_page_is_not_sure() {
    let tmp = tempfile::tempdir().unwrap();
    // The example notice's text ends where GB fonts and LibreOffice's fallback fonts give
    // different page counts.
    copy_example(tmp.path(), "waste_sorting_scheme_notice.toml");
    let out = gongwen(&["render", "waste_sorting_scheme_notice.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("版记（约在第 8 页）能否落在偶数页无法事先确定"),
        "{err}"
    );
    assert!(err.contains("在版记前插入一个空白页"), "{err}");

    copy_example(tmp.path(), "road_safety_report.toml");
    let out = gongwen(&["render", "road_safety_report.toml"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("版记"), "{}", stderr(&out));
}
