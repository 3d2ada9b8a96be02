//! The workbench page in a real browser: headless Chromium driven over WebDriver
//! (chromedriver). It picks a kind, fills fields, sees a validation message appear and go
//! away, sees the preview, imports a .txt draft, downloads the .docx and runs the three
//! checkers on it. It saves a screenshot of the page: `GONGWEN_SCREENSHOT=docs/serve.png
//! cargo test --test browser` refreshes the one the README shows.
//!
//! Needs `chromium` and `chromedriver` (Debian: `apt-get install chromium chromium-driver`).
//! Without them the test says so and passes, except under CI (`CI` set), where it fails.
#![cfg(feature = "serve")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::http::{Server, request};
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

struct Driver {
    child: Child,
    addr: String,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = request(
            &self.addr,
            "DELETE",
            &format!("/session/{}", self.session),
            "application/json",
            b"",
        );
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Driver {
    fn start(downloads: &Path) -> Driver {
        let port = free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let addr = format!("127.0.0.1:{port}");
        let t = Instant::now();
        while std::net::TcpStream::connect(&addr).is_err() {
            assert!(
                t.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium().unwrap(),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                         "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                         format!("--user-data-dir={}", profile.display())],
                "prefs": { "download.default_directory": downloads.to_str().unwrap(),
                           "download.prompt_for_download": false }
            }
        }}});
        let r = request(
            &addr,
            "POST",
            "/session",
            "application/json",
            caps.to_string().as_bytes(),
        );
        let v = r.json();
        let session = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        let d = Driver {
            child,
            addr,
            session,
        };
        d.call(
            "POST",
            "/goog/cdp/execute",
            json!({ "cmd": "Browser.setDownloadBehavior",
                    "params": { "behavior": "allow", "downloadPath": downloads.to_str().unwrap() } }),
        );
        d
    }

    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let r = request(
            &self.addr,
            method,
            &format!("/session/{}{path}", self.session),
            "application/json",
            if body.is_null() {
                Vec::new()
            } else {
                body.to_string().into_bytes()
            }
            .as_slice(),
        );
        let v = r.json();
        assert!(r.status < 300, "{method} {path}: {v}");
        v["value"].clone()
    }

    fn script(&self, js: &str) -> Value {
        self.call("POST", "/execute/sync", json!({ "script": js, "args": [] }))
    }

    fn find(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            "/element",
            json!({ "using": "css selector", "value": css }),
        );
        v[ELEMENT].as_str().unwrap().to_string()
    }

    fn click(&self, css: &str) {
        let e = self.find(css);
        self.call("POST", &format!("/element/{e}/click"), json!({}));
    }

    /// Types `text` into the field, replacing what is there (Ctrl+A first).
    fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css);
        self.call(
            "POST",
            &format!("/element/{e}/value"),
            json!({ "text": format!("\u{E009}a\u{E000}\u{E017}{text}") }),
        );
    }

    /// Waits until the script returns true.
    fn wait(&self, what: &str, js: &str, secs: u64) {
        let t = Instant::now();
        loop {
            if self.script(js) == Value::Bool(true) {
                return;
            }
            assert!(
                t.elapsed() < Duration::from_secs(secs),
                "waited {secs}s for {what}"
            );
            std::thread::sleep(Duration::from_millis(150));
        }
    }
}

fn chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|b| {
            let out = Command::new("which").arg(b).output().ok()?;
            out.status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        })
}

fn have(cmd: &str) -> bool {
    Command::new("which")
        .arg(cmd)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn shared() -> PathBuf {
    std::env::var_os("GONGWEN_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

fn decode_base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s
        .bytes()
        .filter(|c| !matches!(c, b'=' | b'\n' | b'\r'))
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let v: Vec<u32> = chunk.iter().map(|&c| u32::from(val(c))).collect();
        let n = v.iter().fold(0u32, |acc, x| (acc << 6) | x) << (6 * (4 - v.len()));
        for k in 0..v.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * k)) as u8);
        }
    }
    out
}

#[test]
fn the_page_fills_checks_previews_imports_and_downloads() {
    if chromium().is_none() || !have("chromedriver") {
        let msg = "SKIPPED the browser test: chromium and chromedriver are not installed \
                   (apt-get install chromium chromium-driver)";
        assert!(std::env::var_os("CI").is_none(), "{msg}");
        eprintln!("\n*** {msg} ***\n");
        return;
    }
    let server = Server::start(&[]);
    let downloads = tempfile::tempdir().unwrap();
    let d = Driver::start(downloads.path());
    d.call("POST", "/url", json!({ "url": server.url() }));
    d.script("localStorage.clear();");
    d.call("POST", "/refresh", json!({}));

    // Pick a kind.
    d.wait(
        "the kinds",
        "return document.querySelectorAll('#kinds .kind').length === 7;",
        20,
    );
    d.click("#kinds [data-kind=plan]");
    d.wait(
        "the form",
        "return !!document.querySelector('[data-path=\"title\"] input');",
        20,
    );

    // Fill a few fields.
    d.type_into(
        "[data-path=\"title\"] input",
        "城南街道2026年安全生产工作计划",
    );
    d.type_into("[data-path=\"issuer\"] input", "城南街道办事处");
    // A date that is no date: a message appears beside the field, and goes away when fixed.
    d.type_into("[data-path=\"date\"] input", "2026-13-45");
    d.wait(
        "the date's error",
        "return !!document.querySelector('[data-path=\"date\"] .msg.error');",
        20,
    );
    d.type_into("[data-path=\"date\"] input", "2026-03-01");
    d.wait(
        "the error to go",
        "return !document.querySelector('[data-path=\"date\"] .msg.error') && \
         document.getElementById('placeholder-count') !== null;",
        20,
    );
    let count =
        d.script("return Number(document.getElementById('placeholder-count').textContent);");
    assert!(count.as_u64().unwrap() > 0, "the 【待补】 count: {count}");

    // The preview: page images from LibreOffice, or the labelled structural preview.
    d.wait(
        "the preview",
        "const imgs = [...document.querySelectorAll('#pages img')]; \
         return (imgs.length > 0 && imgs[0].complete && imgs[0].naturalWidth > 0) || \
                !!document.querySelector('#pages .structure');",
        90,
    );
    let source = d.script("return document.getElementById('preview-source').textContent;");
    assert!(
        source.as_str().unwrap().contains("LibreOffice")
            || source.as_str().unwrap().contains("结构预览")
    );
    // Typed text is in the preview's source document and survives a reload.
    d.call("POST", "/refresh", json!({}));
    d.wait(
        "the restored form",
        "const t = document.querySelector('[data-path=\"title\"] input'); \
         return !!t && t.value === '城南街道2026年安全生产工作计划';",
        20,
    );
    d.wait(
        "the preview again",
        "return document.querySelectorAll('#pages img, #pages .structure').length > 0;",
        90,
    );
    let shot = d.call("GET", "/screenshot", json!(null));
    let png = decode_base64(shot.as_str().unwrap());
    assert!(png.starts_with(b"\x89PNG"));
    // GONGWEN_SCREENSHOT=docs/serve.png refreshes the README's picture.
    let shot_path = std::env::var_os("GONGWEN_SCREENSHOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve.png"));
    std::fs::write(&shot_path, &png).unwrap();

    // Download the .docx, and check it.
    d.click("#download-docx");
    let t = Instant::now();
    let docx = loop {
        let found = std::fs::read_dir(downloads.path())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "docx"));
        if let Some(p) = found {
            break p;
        }
        assert!(t.elapsed() < Duration::from_secs(30), "no .docx downloaded");
        std::thread::sleep(Duration::from_millis(200));
    };
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        docx.file_name().unwrap().to_str().unwrap(),
        "城南街道2026年安全生产工作计划.docx"
    );
    let bytes = std::fs::read(&docx).unwrap();
    assert!(common::parts(&bytes)["word/document.xml"].contains("城南街道办事处"));
    let tools = shared().join("tools");
    if tools.join("check-docx").exists() {
        for (tool, args) in [
            ("check-docx", vec!["--render"]),
            ("check-ooxml", vec![]),
            ("check-word", vec![]),
        ] {
            let out = Command::new("python3")
                .arg(tools.join(tool))
                .arg(&docx)
                .args(&args)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{tool} failed on the downloaded .docx:\n{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the checkers are not at {}",
            tools.display()
        );
        eprintln!(
            "*** the checkers are not at {}: the download was not checked ***",
            tools.display()
        );
    }

    // Import a .txt draft: a new document, its title and headings in the form.
    let draft = downloads.path().join("去年的计划.txt");
    std::fs::write(
        &draft,
        "城南街道2025年消防安全工作计划\n\n一、工作目标\n全年不发生较大火灾事故。\n二、主要措施\n（一）开展隐患排查。\n（二）加强宣传培训。\n\n城南街道办事处\n2025年3月1日\n",
    )
    .unwrap();
    d.script("window.confirm = () => true;");
    d.click("#new-doc");
    d.script("document.getElementById('import-file').hidden = false;");
    let input = d.find("#import-file");
    d.call(
        "POST",
        &format!("/element/{input}/value"),
        json!({ "text": draft.to_str().unwrap() }),
    );
    d.wait(
        "the imported draft",
        "const t = document.querySelector('[data-path=\"title\"] input'); \
         return !!t && t.value === '城南街道2025年消防安全工作计划';",
        30,
    );
}
