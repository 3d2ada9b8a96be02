//! The JSON API of `gongwen serve`, request by request: every endpoint, bad input (bad
//! JSON, unknown keys, a body over the limit) as JSON errors with 4xx statuses, and 20
//! renders at once.
#![cfg(feature = "serve")]

mod common;

use common::http::{Server, get, post_json, request};
use serde_json::{Value, json};

fn reference() -> Value {
    let doc = gongwen::Document::from_path(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/reference_plan.toml"),
    )
    .unwrap();
    serde_json::to_value(doc).unwrap()
}

fn errors(r: &common::http::Response) -> Vec<(String, String)> {
    let j = r.json();
    j["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors list: {j}"))
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap().to_string(),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_endpoint_answers() {
    let s = Server::start(&[]);
    let a = s.addr.as_str();

    let page = get(a, "/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("公文工作台"));
    assert!(get(a, "/page.js").text().contains("/api/schema"));
    assert_eq!(get(a, "/page.css").status, 200);

    let kinds = get(a, "/api/kinds").json();
    let keys: Vec<&str> = kinds
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "plan",
            "work_points",
            "scheme",
            "activity_plan",
            "summary",
            "report",
            "speech"
        ]
    );
    assert!(kinds[0]["name"].as_str().unwrap().contains("计划"));

    let schema = get(a, "/api/schema").json();
    assert!(schema["properties"]["title"].is_object());

    let plan = get(a, "/api/skeleton/plan").json();
    assert_eq!(plan["kind"], "plan");
    let full = get(a, "/api/skeleton/scheme?full=1").json();
    assert!(full["banner"].is_object() && full["notice"].is_object());
    let missing = get(a, "/api/skeleton/letter");
    assert_eq!(missing.status, 404);
    assert!(errors(&missing)[0].1.contains("plan"));

    let v = post_json(a, "/api/validate", &plan).json();
    assert!(v["errors"].as_array().unwrap().is_empty(), "{v}");
    assert!(v["placeholders"].as_u64().unwrap() > 3);
    let mut bad = plan.clone();
    bad["phases"] = json!([{ "name": "准备阶段", "start": "2026-05-01", "end": "2026-04-01" }]);
    let v = post_json(a, "/api/validate", &bad).json();
    assert_eq!(
        v["errors"][0]["path"].as_str().unwrap(),
        "phases[0].end",
        "{v}"
    );

    let c = post_json(a, "/api/check", &plan).json();
    let findings = c["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["code"] == "Placeholder" && !f["path"].as_str().unwrap().is_empty()),
        "{c}"
    );

    let docx = post_json(a, "/api/render", &reference());
    assert_eq!(docx.status, 200);
    assert!(docx.body.starts_with(b"PK"));
    assert!(
        docx.header("content-type")
            .unwrap()
            .contains("wordprocessingml")
    );
    assert!(
        docx.header("content-disposition")
            .unwrap()
            .contains("filename*=UTF-8''")
    );
    // The same bytes as the library renders.
    let lib = gongwen::Renderer::new()
        .render_to_bytes(&serde_json::from_value(reference()).unwrap())
        .unwrap();
    assert!(docx.body == lib);
    // A document with errors is a 422 naming them.
    let r = post_json(a, "/api/render", &bad);
    assert_eq!(r.status, 422);
    assert_eq!(errors(&r)[0].0, "phases[0].end");
    assert_eq!(post_json(a, "/api/render?format=odt", &plan).status, 400);

    let p = post_json(a, "/api/preview", &plan).json();
    match p["source"].as_str().unwrap() {
        "libreoffice" => {
            let first = p["pages"][0].as_str().unwrap();
            let png = get(a, first);
            assert_eq!(png.status, 200);
            assert!(png.body.starts_with(b"\x89PNG"));
            // Pages past the end, and previews that were never made, are 404s with a reason.
            let pages = p["pages"].as_array().unwrap().len();
            let past = first.rsplit_once('/').unwrap().0.to_string() + &format!("/{}", pages + 1);
            assert_eq!(get(a, &past).status, 404);
            assert_eq!(get(a, "/api/preview/999999/1").status, 404);
        }
        "structure" => assert!(p["text"].as_str().unwrap().contains("@title")),
        other => panic!("preview source {other}"),
    }
    if gongwen::pdf::soffice().is_some() {
        let pdf = post_json(a, "/api/render?format=pdf", &plan);
        assert_eq!(pdf.status, 200);
        assert!(pdf.body.starts_with(b"%PDF"));
    }

    // Import: raw text, and a multipart upload of a .docx.
    let text = "某街道2026年消防安全工作计划\n\n一、工作目标\n全年不发生较大火灾事故。\n二、工作措施\n（一）开展隐患排查。\n（二）加强宣传培训。\n三、时间安排\n检查时间：4月1日—4月30日\n\n某街道办事处\n2026年3月1日\n";
    let imp = request(
        a,
        "POST",
        "/api/import?name=draft.txt",
        "text/plain",
        text.as_bytes(),
    )
    .json();
    assert_eq!(imp["document"]["title"], "某街道2026年消防安全工作计划");
    assert!(imp["outline"].as_array().unwrap().len() >= 2, "{imp}");
    // The timeline: every dated step, here the time the steps part names.
    assert_eq!(imp["timeline"][0]["end"], "2026年4月30日", "{imp}");
    let boundary = "gongwen-test-boundary";
    let mut form = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"old.docx\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    form.extend_from_slice(&lib);
    form.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let imp = request(
        a,
        "POST",
        "/api/import",
        &format!("multipart/form-data; boundary={boundary}"),
        &form,
    );
    assert_eq!(imp.status, 200, "{}", imp.text());
    assert!(!imp.json()["outline"].as_array().unwrap().is_empty());
    let junk = request(
        a,
        "POST",
        "/api/import?name=x.docx",
        "application/octet-stream",
        b"PK\x03\x04 not a zip",
    );
    assert_eq!(junk.status, 422);
    assert!(!errors(&junk)[0].1.is_empty());

    // Save and load the input file.
    let toml = post_json(a, "/api/export?format=toml", &plan);
    assert_eq!(toml.status, 200);
    assert!(toml.text().contains("kind = \"plan\""));
    let back = request(a, "POST", "/api/load?name=a.toml", "text/plain", &toml.body).json();
    assert_eq!(back["title"], plan["title"]);
    let yaml = post_json(a, "/api/export?format=yaml", &plan).text();
    let back = request(
        a,
        "POST",
        "/api/load?name=a.yaml",
        "text/plain",
        yaml.as_bytes(),
    )
    .json();
    assert_eq!(back["title"], plan["title"]);
    assert_eq!(
        request(a, "POST", "/api/load?name=a.docx", "text/plain", b"x").status,
        400
    );

    let nowhere = get(a, "/api/nothing");
    assert_eq!(nowhere.status, 404);
    assert!(!errors(&nowhere).is_empty());
}

#[test]
fn bad_input_is_a_json_error_never_a_500() {
    let s = Server::start(&[]);
    let a = s.addr.as_str();
    for path in [
        "/api/validate",
        "/api/check",
        "/api/render",
        "/api/preview",
        "/api/export",
    ] {
        let r = request(
            a,
            "POST",
            path,
            "application/json",
            b"{\"kind\": \"plan\", \"title\": ",
        );
        assert_eq!(r.status, 400, "{path}: {}", r.text());
        let e = errors(&r);
        assert!(
            e[0].1.contains("语法错误") || e[0].1.contains("JSON"),
            "{path}: {e:?}"
        );
        let r = request(a, "POST", path, "application/json", b"\xff\xfe");
        assert_eq!(r.status, 400, "{path}");
    }
    // An unknown key names itself and what is allowed.
    let r = post_json(
        a,
        "/api/render",
        &json!({ "kind": "plan", "title": "标题", "titel": "x" }),
    );
    assert_eq!(r.status, 400);
    let e = errors(&r);
    assert_eq!(e[0].0, "titel");
    assert!(e[0].1.contains("title"), "{e:?}");
    // A wrong type names its data path.
    let r = post_json(
        a,
        "/api/validate",
        &json!({ "kind": "plan", "goals": { "items": [{ "text": 3 }] } }),
    );
    assert_eq!(r.status, 400);
    assert!(
        errors(&r)[0].0.starts_with("goals.items[0]"),
        "{}",
        r.text()
    );
    // A body over the limit (10 MB) is refused before it is read.
    let big = vec![b' '; 10 * 1024 * 1024];
    for path in ["/api/render", "/api/import?name=big.txt"] {
        let r = request(a, "POST", path, "application/json", &big);
        assert_eq!(r.status, 413, "{path}");
        assert!(errors(&r)[0].1.contains("MiB"));
    }
    // An empty draft is refused rather than imported as an empty plan.
    for body in [&b""[..], b" \r\n\n"] {
        let r = request(a, "POST", "/api/import?name=a.txt", "text/plain", body);
        assert_eq!(r.status, 400, "{}", r.text());
        assert!(errors(&r)[0].1.contains("a.txt”是空的"), "{}", r.text());
    }
    // Refusals axum writes itself are JSON too: a path segment or a query that does not
    // parse, a method a route does not take.
    for (method, path, status) in [
        ("GET", "/api/preview/abc/1", 400),
        ("GET", "/api/skeleton/plan?full=1&full=2", 400),
        ("POST", "/api/kinds", 405),
        ("GET", "/api/render", 405),
    ] {
        let r = request(a, method, path, "application/json", b"{}");
        assert_eq!(r.status, status, "{method} {path}: {}", r.text());
        let e = errors(&r);
        assert!(
            e[0].1.contains("写法不对") || e[0].1.contains("请求方法"),
            "{method} {path}: {e:?}"
        );
    }
    // The server is still there.
    assert_eq!(get(a, "/api/kinds").status, 200);
}

#[test]
fn twenty_renders_at_once_all_succeed() {
    let s = Server::start(&[]);
    let doc = reference();
    let results: Vec<(u16, bool)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..20)
            .map(|_| {
                let (a, d) = (s.addr.as_str(), &doc);
                scope.spawn(move || {
                    let r = post_json(a, "/api/render", d);
                    (r.status, r.body.starts_with(b"PK"))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        results.iter().all(|&(status, pk)| status == 200 && pk),
        "{results:?}"
    );
}

#[test]
fn templates_come_from_the_template_dir() {
    let dir = tempfile::tempdir().unwrap();
    let base = gongwen::builtin_template("base.j2").unwrap();
    std::fs::write(dir.path().join("base.j2"), base.replace("现将《", "特将《")).unwrap();
    let s = Server::start(&["--template-dir", dir.path().to_str().unwrap()]);
    let mut doc: Value = get(&s.addr, "/api/skeleton/scheme?full=1").json();
    doc["notice"].as_object_mut().unwrap().remove("text");
    let r = post_json(&s.addr, "/api/render", &doc);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(common::parts(&r.body)["word/document.xml"].contains("特将《"));
}

#[test]
fn the_structural_preview_is_there_without_libreoffice() {
    let s = Server::start(&["--structural-preview"]);
    let plan = get(&s.addr, "/api/skeleton/plan").json();
    let p = post_json(&s.addr, "/api/preview", &plan).json();
    assert_eq!(p["source"], "structure");
    let text = p["text"].as_str().unwrap();
    assert!(text.contains("@title") && text.contains("\n# "), "{text}");
}

#[test]
fn a_runaway_template_is_stopped_by_its_fuel_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let base = gongwen::builtin_template("base.j2").unwrap();
    let runaway = "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}";
    std::fs::write(dir.path().join("base.j2"), format!("{runaway}{base}")).unwrap();
    let s = Server::start(&["--template-dir", dir.path().to_str().unwrap()]);
    let plan = get(&s.addr, "/api/skeleton/plan").json();
    let r = post_json(&s.addr, "/api/render", &plan);
    assert_eq!(r.status, 422, "{}", r.text());
    let errs = errors(&r);
    assert!(
        errs.iter().any(|(_, m)| m.contains("运算量超出上限")),
        "{errs:?}"
    );
    // The server still answers, and a request that needs no template is not held up.
    assert_eq!(get(&s.addr, "/api/kinds").status, 200);
    assert_eq!(post_json(&s.addr, "/api/validate", &plan).status, 200);
}

/// `gongwen serve --help` lists the API; every request it lists is one the server answers.
#[test]
fn the_api_in_serve_help_is_the_api_served() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let listed: Vec<(String, String)> = help
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let method = w.next().filter(|m| *m == "GET" || *m == "POST")?;
            let path = w.next().filter(|p| p.starts_with("/api/"))?;
            Some((method.to_string(), path.to_string()))
        })
        .collect();
    for wanted in [
        "/api/kinds",
        "/api/schema",
        "/api/skeleton/{kind}",
        "/api/render",
        "/api/validate",
        "/api/check",
        "/api/import",
    ] {
        assert!(
            listed.iter().any(|(_, p)| p.starts_with(wanted)),
            "{wanted} missing from serve --help:\n{help}"
        );
    }
    let s = Server::start(&["--structural-preview"]);
    let plan = get(&s.addr, "/api/skeleton/plan").text();
    for (method, path) in &listed {
        // The listed form: `[?full=1]` optional, `{kind}` a kind, `a|b` a choice, `文件名` a name.
        let path = path
            .split('[')
            .next()
            .unwrap()
            .replace("{kind}", "plan")
            .replace("toml|yaml|json", "json")
            .replace("文件名", "a.json");
        let r = request(&s.addr, method, &path, "application/json", plan.as_bytes());
        assert_eq!(r.status, 200, "{method} {path}: {}", r.text());
    }
}

/// A .doc dropped on the page imports through LibreOffice when it is installed, and says
/// to save it as .docx when not (issue 16).
#[test]
fn an_old_word_file_imports_through_libreoffice_or_says_why_not() {
    let s = Server::start(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let doc = gongwen::Document::from_path(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/antidrug_summary.toml"),
    )
    .unwrap();
    let docx = tmp.path().join("old.docx");
    std::fs::write(
        &docx,
        gongwen::Renderer::new().render_to_bytes(&doc).unwrap(),
    )
    .unwrap();
    let Some(soffice) = gongwen::pdf::soffice() else {
        let r = request(
            &s.addr,
            "POST",
            "/api/import?name=old.doc",
            "application/octet-stream",
            b"\xd0\xcf\x11\xe0\0\0\0\0",
        );
        assert_eq!(r.status, 422);
        assert!(r.text().contains("另存为"), "{}", r.text());
        assert!(!r.text().contains("/tmp"), "{}", r.text());
        return;
    };
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        tmp.path().display()
    );
    std::process::Command::new(soffice)
        .args(["--headless", &profile, "--convert-to", "doc", "old.docx"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let bytes = std::fs::read(tmp.path().join("old.doc")).unwrap();
    let r = request(
        &s.addr,
        "POST",
        "/api/import?name=old.doc",
        "application/octet-stream",
        &bytes,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["document"]["title"], doc.title.as_str());
    // A damaged one: a Chinese message without the server's paths or LibreOffice's warnings.
    let r = request(
        &s.addr,
        "POST",
        "/api/import?name=bad.doc",
        "application/octet-stream",
        b"\xd0\xcf\x11\xe0\0\0\0\0",
    );
    assert_eq!(r.status, 422, "{}", r.text());
    assert!(
        r.text().contains("LibreOffice 未能转换")
            && !r.text().contains("/tmp")
            && !r.text().contains("Warning"),
        "{}",
        r.text()
    );
}
