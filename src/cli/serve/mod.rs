//! `gongwen serve`: the writer's workbench, a local web page and the JSON API it uses.
//!
//! The page (`page.html`, `page.js`, `page.css`, embedded in the binary) builds its form from
//! the JSON Schema of the model, checks as the writer types, previews the real document and
//! downloads it. Everything it does goes through the API below, which other programs may call:
//!
//! | request | body | answer |
//! |---|---|---|
//! | `GET /api/kinds` | | `[{key, name, description}]` |
//! | `GET /api/schema` | | the JSON Schema of a document |
//! | `GET /api/skeleton/{kind}[?full=1]` | | a document (JSON) to start from |
//! | `POST /api/validate` | document | `{errors, warnings, placeholders}`, each `{path, message}` |
//! | `POST /api/check` | document | `{findings: [{path, message, code, severity}]}` |
//! | `POST /api/render[?format=pdf]` | document | the .docx (or PDF) bytes |
//! | `POST /api/preview` | document | `{source: "libreoffice", pages: [url]}` (a page is drawn when asked for) or `{source: "structure", text}` |
//! | `POST /api/import[?name=F]` | a file (multipart, or the raw bytes) | `{document, outline, timeline}` |
//! | `POST /api/export?format=toml\|yaml\|json` | document | the input file's text |
//! | `POST /api/load?name=F` | an input file's text | the document |
//!
//! Bad input is a 4xx with `{"errors": [{"path", "message"}]}` in Chinese, never a 500.
//! Limits: a body of at most [`BODY_LIMIT`], at most [`RENDERS`] renders at a time (others
//! wait), the template engine's fuel; a request never touches the file system except the
//! temporary files of a PDF.

// Handlers return the finished error `Response` as their `Err`, as axum handlers do; it is
// built once per failed request, so its size does not matter.
#![allow(clippy::result_large_err)]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::Semaphore;

use gongwen::{DocKind, Document, Format, Import, Renderer, Severity};

use super::Failure;

/// The largest request body: 8 MiB (a .docx draft of several hundred pages).
pub const BODY_LIMIT: usize = 8 * 1024 * 1024;
/// Renders (and imports) that run at once; more wait their turn.
pub const RENDERS: usize = 4;

const PAGE_HTML: &str = include_str!("page.html");
const PAGE_JS: &str = include_str!("page.js");
const PAGE_CSS: &str = include_str!("page.css");

/// What `gongwen serve` was asked for.
pub(crate) struct Args {
    pub host: String,
    pub port: u16,
    pub no_open: bool,
    pub template_dir: Option<PathBuf>,
    /// Show the structural preview even when LibreOffice is installed.
    pub structural_preview: bool,
}

struct App {
    renderer: Renderer,
    /// Page images for the preview: LibreOffice and poppler are installed, and the structural
    /// preview was not asked for. Found once, at start.
    page_preview: bool,
    renders: Semaphore,
    /// LibreOffice converts one file at a time.
    soffice: tokio::sync::Mutex<()>,
    /// The latest previews' PDFs, by id; their pages are drawn when the page asks for them.
    previews: Mutex<VecDeque<(u64, Arc<Vec<u8>>)>>,
    next_preview: std::sync::atomic::AtomicU64,
}

/// Runs the server until the process is stopped.
pub(crate) fn run(args: Args) -> Result<(), Failure> {
    let renderer = match &args.template_dir {
        Some(dir) => Renderer::with_template_dir(dir)?,
        None => Renderer::new(),
    };
    let addr: SocketAddr = format!("{}:{}", args.host, args.port)
        .parse()
        .map_err(|_| Failure::Usage(format!("地址“{}:{}”无效", args.host, args.port)))?;
    let page_preview = !args.structural_preview
        && gongwen::pdf::soffice().is_some()
        && have("pdftoppm")
        && have("pdfinfo");
    let app = Arc::new(App {
        renderer,
        page_preview,
        renders: Semaphore::new(RENDERS),
        soffice: tokio::sync::Mutex::new(()),
        previews: Mutex::new(VecDeque::new()),
        next_preview: std::sync::atomic::AtomicU64::new(1),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(format!("无法启动服务：{e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
            Failure::Usage(format!(
                "无法监听 {addr}：{e}（端口被占用时用 --port 换一个）"
            ))
        })?;
        let bound = listener
            .local_addr()
            .map_err(|e| Failure::Usage(format!("无法监听 {addr}：{e}")))?;
        let url = format!("http://{bound}/");
        super::hint(&format!("公文工作台已启动：{url}"));
        super::hint("在浏览器中打开上面的地址；按 Ctrl+C 停止。");
        // The test harness reads the address from this line.
        outln!("{url}");
        if !args.no_open {
            open_browser(&url);
        }
        axum::serve(listener, router(app))
            .await
            .map_err(|e| Failure::Usage(format!("服务出错：{e}")))
    })
}

/// Opens `url` in the desktop's browser when there is one; says nothing when there is not.
fn open_browser(url: &str) {
    for opener in ["xdg-open", "open"] {
        if std::process::Command::new(opener)
            .arg(url)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .is_ok()
        {
            return;
        }
    }
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(
            "/",
            get(|| async { asset(PAGE_HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/page.js",
            get(|| async { asset(PAGE_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/page.css",
            get(|| async { asset(PAGE_CSS, "text/css; charset=utf-8") }),
        )
        .route("/api/kinds", get(kinds))
        .route("/api/schema", get(schema))
        .route("/api/skeleton/{kind}", get(skeleton))
        .route("/api/validate", post(validate))
        .route("/api/check", post(check))
        .route("/api/render", post(render))
        .route("/api/preview", post(preview))
        .route("/api/preview/{id}/{page}", get(preview_page))
        .route("/api/import", post(import))
        .route("/api/export", post(export))
        .route("/api/load", post(load))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "", "没有这个地址") })
        // Larger bodies are refused here, before they are read; the handlers turn the refusal
        // into a JSON error ([`body`]).
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::map_response(json_errors))
        .with_state(app)
}

/// Turns the plain-text refusals axum writes itself (a path segment or a query that does not
/// parse, a method a route does not take) into the JSON errors every other refusal is.
async fn json_errors(res: Response) -> Response {
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return res;
    }
    let (parts, body) = res.into_parts();
    let raw = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    let raw = String::from_utf8_lossy(&raw);
    let message = match status {
        StatusCode::METHOD_NOT_ALLOWED => {
            "这个地址不接受这种请求方法（各地址的用法见 gongwen serve --help）".to_string()
        }
        StatusCode::BAD_REQUEST => format!("地址或参数的写法不对（原文：{})", raw.trim()),
        _ => format!("请求无法处理（原文：{})", raw.trim()),
    };
    let mut out = error(status, "", &message);
    if let Some(allow) = parts.headers.get(header::ALLOW) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out
}

fn asset(text: &'static str, kind: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], text).into_response()
}

// ---------------------------------------------------------------- errors

/// `{"errors": [{"path", "message"}]}` with `status`.
fn error(status: StatusCode, path: &str, message: &str) -> Response {
    (
        status,
        Json(json!({ "errors": [{ "path": path, "message": message }] })),
    )
        .into_response()
}

/// A library error as JSON: its problems one by one, else its detail at its data path.
fn lib_error(status: StatusCode, e: &gongwen::Error) -> Response {
    let problems: Vec<Value> = e
        .problems()
        .iter()
        .map(|p| json!({ "path": p.path, "message": p.message }))
        .collect();
    if !problems.is_empty() {
        return (status, Json(json!({ "errors": problems }))).into_response();
    }
    let loc = e.location();
    let mut message = e.detail().to_string();
    if let (Some(line), None) = (loc.line, &loc.path) {
        message = format!("第{line}行：{message}");
    }
    error(status, loc.path.as_deref().unwrap_or(""), &message)
}

/// The request body, or the JSON error for a body that is too large or cannot be read.
async fn body(req: Request) -> Result<Bytes, Response> {
    Bytes::from_request(req, &()).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "",
                &format!(
                    "请求太大：最多 {} MiB。文件太大时请先删去图片等内容再导入",
                    BODY_LIMIT / 1024 / 1024
                ),
            )
        } else {
            error(StatusCode::BAD_REQUEST, "", &format!("无法读取请求：{e}"))
        }
    })
}

/// A document from a JSON request body: bad JSON, unknown keys and wrong types are 400s
/// naming the data path.
async fn document(req: Request) -> Result<Document, Response> {
    let bytes = body(req).await?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| error(StatusCode::BAD_REQUEST, "", "请求不是 UTF-8 编码的 JSON"))?;
    Document::from_json_str(text).map_err(|e| lib_error(StatusCode::BAD_REQUEST, &e))
}

/// Runs `f` (a render, an import: CPU work) on the blocking pool, at most [`RENDERS`] at once.
async fn blocking<T: Send + 'static>(
    app: &App,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    let _permit = app
        .renders
        .acquire()
        .await
        .map_err(|_| error(StatusCode::SERVICE_UNAVAILABLE, "", "服务正在停止"))?;
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|_| error(StatusCode::INTERNAL_SERVER_ERROR, "", "生成时出错"))
}

// ---------------------------------------------------------------- handlers

async fn kinds() -> Response {
    let kinds: Vec<Value> = DocKind::ALL
        .iter()
        .map(
            |k| json!({ "key": k.key(), "name": k.chinese_name(), "description": k.description() }),
        )
        .collect();
    Json(kinds).into_response()
}

async fn schema() -> Response {
    let schema: Value = serde_json::from_str(&Document::json_schema()).unwrap_or(Value::Null);
    Json(schema).into_response()
}

#[derive(Deserialize)]
struct SkeletonQuery {
    #[serde(default)]
    full: Option<String>,
}

async fn skeleton(Path(kind): Path<String>, Query(q): Query<SkeletonQuery>) -> Response {
    let Some(kind) = DocKind::ALL.into_iter().find(|k| k.key() == kind) else {
        let keys: Vec<&str> = DocKind::ALL.iter().map(|k| k.key()).collect();
        return error(
            StatusCode::NOT_FOUND,
            "kind",
            &format!("没有“{kind}”这种文种；可用的有：{}", keys.join("、")),
        );
    };
    let full = q.full.is_some_and(|f| f != "0" && !f.is_empty());
    let text = if full {
        gongwen::skeleton::skeleton_full(kind, Format::Json)
    } else {
        gongwen::skeleton::skeleton(kind, Format::Json)
    };
    match Document::from_json_str(&text) {
        Ok(doc) => Json(doc).into_response(),
        Err(e) => lib_error(StatusCode::INTERNAL_SERVER_ERROR, &e),
    }
}

fn problems(doc: &Document) -> Value {
    let problems = doc.validate();
    let list = |sev: Severity| -> Vec<Value> {
        problems
            .iter()
            .filter(|p| p.severity == sev)
            .map(|p| json!({ "path": p.path, "message": p.message }))
            .collect()
    };
    let placeholders = doc
        .to_string_in(Format::Json)
        .map(|t| t.matches("【待补").count())
        .unwrap_or(0);
    json!({
        "errors": list(Severity::Error),
        "warnings": list(Severity::Warning),
        "placeholders": placeholders,
    })
}

async fn validate(req: Request) -> Response {
    match document(req).await {
        Ok(doc) => Json(problems(&doc)).into_response(),
        Err(r) => r,
    }
}

async fn check(req: Request) -> Response {
    let doc = match document(req).await {
        Ok(doc) => doc,
        Err(r) => return r,
    };
    let findings: Vec<Value> = gongwen::lint::check_document(&doc)
        .into_iter()
        .map(|d| {
            // Findings name their data path first: `[goals.items[0].text] …`.
            let (path, message) = match d.message.strip_prefix('[').and_then(|m| m.split_once("]"))
            {
                Some((path, rest)) => (
                    path.to_string(),
                    rest.trim_start_matches('：').trim().to_string(),
                ),
                None => (String::new(), d.message.clone()),
            };
            json!({
                "path": path,
                "message": message,
                "code": format!("{:?}", d.code),
                "severity": d.severity.chinese_name(),
            })
        })
        .collect();
    Json(json!({ "findings": findings })).into_response()
}

#[derive(Deserialize)]
struct RenderQuery {
    #[serde(default)]
    format: Option<String>,
}

/// The .docx for a document, or the 422 of its errors.
async fn docx(app: &Arc<App>, doc: Document) -> Result<(Document, Vec<u8>), Response> {
    let a = Arc::clone(app);
    blocking(app, move || {
        let bytes = a.renderer.render_to_bytes(&doc);
        (doc, bytes)
    })
    .await
    .and_then(|(doc, r)| match r {
        Ok(bytes) => Ok((doc, bytes)),
        Err(e) => Err(lib_error(StatusCode::UNPROCESSABLE_ENTITY, &e)),
    })
}

/// A file name for the download: the title, without characters file systems refuse.
fn file_name(doc: &Document, ext: &str) -> String {
    let stem: String = doc
        .title
        .chars()
        .filter(|c| {
            !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control()
        })
        .take(60)
        .collect();
    let stem = if stem.trim().is_empty() {
        "公文".to_string()
    } else {
        stem
    };
    format!("{stem}.{ext}")
}

fn attachment(bytes: Vec<u8>, kind: &'static str, name: &str) -> Response {
    // RFC 5987: the UTF-8 name percent-encoded, and an ASCII fallback.
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let ext = name.rsplit('.').next().unwrap_or("docx");
    let disposition =
        format!("attachment; filename=\"document.{ext}\"; filename*=UTF-8''{encoded}");
    let mut r = (StatusCode::OK, bytes).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async fn render(
    State(app): State<Arc<App>>,
    Query(q): Query<RenderQuery>,
    req: Request,
) -> Response {
    let doc = match document(req).await {
        Ok(doc) => doc,
        Err(r) => return r,
    };
    let (doc, bytes) = match docx(&app, doc).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    match q.format.as_deref() {
        None | Some("docx") => attachment(bytes, DOCX_TYPE, &file_name(&doc, "docx")),
        Some("pdf") => match pdf(&app, &doc, bytes).await {
            Ok(pdf) => attachment(pdf, "application/pdf", &file_name(&doc, "pdf")),
            Err(r) => r,
        },
        Some(other) => error(
            StatusCode::BAD_REQUEST,
            "format",
            &format!("不支持的格式“{other}”：可用 docx 或 pdf"),
        ),
    }
}

/// The PDF of a rendered .docx, through LibreOffice (one conversion at a time).
async fn pdf(app: &Arc<App>, doc: &Document, docx: Vec<u8>) -> Result<Vec<u8>, Response> {
    if gongwen::pdf::soffice().is_none() {
        return Err(error(
            StatusCode::NOT_IMPLEMENTED,
            "format",
            "本机没有安装 LibreOffice，不能生成 PDF（apt-get install libreoffice-writer-nogui）",
        ));
    }
    let _one = app.soffice.lock().await;
    let fonts = doc.fonts.clone();
    tokio::task::spawn_blocking(move || -> Result<Vec<u8>, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let input = dir.path().join("document.docx");
        let output = dir.path().join("document.pdf");
        std::fs::write(&input, &docx).map_err(|e| e.to_string())?;
        gongwen::pdf::convert_to_pdf(&input, &output, &fonts, true).map_err(|e| e.to_string())?;
        std::fs::read(&output).map_err(|e| e.to_string())
    })
    .await
    .map_err(|_| error(StatusCode::INTERNAL_SERVER_ERROR, "", "转换 PDF 时出错"))?
    .map_err(|e| {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "",
            &format!("转换 PDF 失败：{e}"),
        )
    })
}

/// How many pages a PDF has (pdfinfo).
fn page_count(pdf: &[u8]) -> Result<usize, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let input = dir.path().join("p.pdf");
    std::fs::write(&input, pdf).map_err(|e| e.to_string())?;
    let out = std::process::Command::new("pdfinfo")
        .arg(&input)
        .output()
        .map_err(|e| format!("pdfinfo：{e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").and_then(|n| n.trim().parse().ok()))
        .ok_or_else(|| "pdfinfo 没有给出页数".to_string())
}

/// Page `n` (1-based) of a PDF as a PNG (pdftoppm, 60 dpi). A page is drawn when the browser
/// shows it, so a refresh costs the conversion, not the drawing of every page.
fn page_image(pdf: &[u8], n: usize) -> Result<Vec<u8>, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let input = dir.path().join("p.pdf");
    std::fs::write(&input, pdf).map_err(|e| e.to_string())?;
    let page = n.to_string();
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "60", "-png", "-singlefile", "-f", &page, "-l", &page])
        .arg(&input)
        .arg(dir.path().join("page"))
        .status()
        .map_err(|e| format!("pdftoppm：{e}"))?;
    if !status.success() {
        return Err("pdftoppm 失败".into());
    }
    std::fs::read(dir.path().join("page.png")).map_err(|e| e.to_string())
}

/// Whether the poppler tool `cmd` runs.
fn have(cmd: &str) -> bool {
    std::process::Command::new(cmd)
        .arg("-v")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}

async fn preview(State(app): State<Arc<App>>, req: Request) -> Response {
    let doc = match document(req).await {
        Ok(doc) => doc,
        Err(r) => return r,
    };
    if !app.page_preview {
        // The structural preview: the blocks the template made, for the page to lay out.
        let a = Arc::clone(&app);
        let text = blocking(&app, move || a.renderer.render_text(&doc)).await;
        return match text {
            Ok(Ok(text)) => Json(json!({ "source": "structure", "text": text })).into_response(),
            Ok(Err(e)) => lib_error(StatusCode::UNPROCESSABLE_ENTITY, &e),
            Err(r) => r,
        };
    }
    let (doc, bytes) = match docx(&app, doc).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let pdf = match pdf(&app, &doc, bytes).await {
        Ok(p) => p,
        Err(r) => return r,
    };
    let pdf = Arc::new(pdf);
    let counted = Arc::clone(&pdf);
    let pages = match tokio::task::spawn_blocking(move || page_count(&counted)).await {
        Ok(Ok(pages)) => pages,
        _ => return error(StatusCode::INTERNAL_SERVER_ERROR, "", "无法生成预览图"),
    };
    let id = app
        .next_preview
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let urls: Vec<String> = (1..=pages)
        .map(|n| format!("/api/preview/{id}/{n}"))
        .collect();
    if let Ok(mut kept) = app.previews.lock() {
        kept.push_back((id, pdf));
        while kept.len() > 8 {
            kept.pop_front();
        }
    }
    Json(json!({ "source": "libreoffice", "pages": urls })).into_response()
}

async fn preview_page(
    State(app): State<Arc<App>>,
    Path((id, page)): Path<(u64, usize)>,
) -> Response {
    let pdf = app.previews.lock().ok().and_then(|kept| {
        kept.iter()
            .find(|(i, _)| *i == id)
            .map(|(_, pdf)| Arc::clone(pdf))
    });
    let Some(pdf) = pdf else {
        return error(StatusCode::NOT_FOUND, "", "这页预览已过期，请刷新预览");
    };
    if page == 0 {
        return error(StatusCode::NOT_FOUND, "", "没有这一页");
    }
    match tokio::task::spawn_blocking(move || page_image(&pdf, page)).await {
        Ok(Ok(png)) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "private, max-age=600"),
            ],
            png,
        )
            .into_response(),
        _ => error(StatusCode::NOT_FOUND, "", "没有这一页"),
    }
}

#[derive(Deserialize)]
struct NameQuery {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    format: Option<String>,
}

async fn import(State(app): State<Arc<App>>, Query(q): Query<NameQuery>, req: Request) -> Response {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (bytes, name) = if multipart {
        let mut form = match Multipart::from_request(req, &()).await {
            Ok(f) => f,
            Err(e) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "",
                    &format!("无法读取上传的文件：{e}"),
                );
            }
        };
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.file_name().unwrap_or("draft.txt").to_string();
                match field.bytes().await {
                    Ok(b) => (b, name),
                    Err(e) => {
                        let status = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                            StatusCode::PAYLOAD_TOO_LARGE
                        } else {
                            StatusCode::BAD_REQUEST
                        };
                        return error(status, "", &format!("无法读取上传的文件：{e}"));
                    }
                }
            }
            _ => return error(StatusCode::BAD_REQUEST, "", "没有收到文件"),
        }
    } else {
        match body(req).await {
            Ok(b) => (b, q.name.unwrap_or_else(|| "draft.txt".into())),
            Err(r) => return r,
        }
    };
    // An empty draft would import as an empty plan and replace what the form holds.
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return error(
            StatusCode::BAD_REQUEST,
            "",
            &format!("文件“{name}”是空的，没有可导入的内容；请选去年的 .docx 或粘贴正文后再导入"),
        );
    }
    let result = blocking(&app, move || {
        // A .doc or .wps goes through LibreOffice when it is installed.
        super::import::import_old_word(&bytes, &name)
            .unwrap_or_else(|| Import::from_bytes(&bytes, &name))
    })
    .await;
    match result {
        Ok(Ok(imp)) => Json(json!({
            "document": imp.document,
            "outline": imp.outline,
            "timeline": imp.timeline,
        }))
        .into_response(),
        Ok(Err(e)) => lib_error(StatusCode::UNPROCESSABLE_ENTITY, &e),
        Err(r) => r,
    }
}

async fn export(Query(q): Query<NameQuery>, req: Request) -> Response {
    let format = match q.format.as_deref().unwrap_or("toml") {
        "toml" => Format::Toml,
        "yaml" | "yml" => Format::Yaml,
        "json" => Format::Json,
        other => {
            return error(
                StatusCode::BAD_REQUEST,
                "format",
                &format!("不支持的格式“{other}”：可用 toml、yaml 或 json"),
            );
        }
    };
    let doc = match document(req).await {
        Ok(doc) => doc,
        Err(r) => return r,
    };
    match doc.to_string_in(format) {
        Ok(text) => ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response(),
        Err(e) => lib_error(StatusCode::UNPROCESSABLE_ENTITY, &e),
    }
}

async fn load(Query(q): Query<NameQuery>, req: Request) -> Response {
    let name = q.name.unwrap_or_else(|| "input.toml".into());
    let Some(format) = Format::from_path(std::path::Path::new(&name)) else {
        return error(
            StatusCode::BAD_REQUEST,
            "name",
            &format!("“{name}”不是输入文件：请选 .toml、.yaml 或 .json 文件"),
        );
    };
    let bytes = match body(req).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return error(
            StatusCode::BAD_REQUEST,
            "",
            "文件不是 UTF-8 编码：请用记事本“另存为 UTF-8”后再打开",
        );
    };
    match Document::from_str_in(text, format, &name) {
        Ok(doc) => Json(doc).into_response(),
        Err(e) => lib_error(StatusCode::BAD_REQUEST, &e),
    }
}
