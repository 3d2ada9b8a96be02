//! Rendering: templates → blocks → .docx, and writing files safely.

use std::io::Write;
use std::path::{Path, PathBuf};

use minijinja::Environment;
use minijinja::value::Value;

use crate::blocks;
use crate::docx::{Meta, write_docx};
use crate::error::{Error, ErrorKind, Result};
use crate::error::{Problem, Severity};
use crate::model::Document;
use crate::template::{MAX_OUTPUT_BYTES, environment, guard, template_error};

/// Renders documents to `.docx` with the built-in templates or a template directory.
///
/// A `Renderer` compiles each template once and can be reused (and shared between
/// threads) for any number of documents.
///
/// ```
/// use gongwen::{Document, Renderer};
/// let doc = Document::from_path("examples/fire_safety_plan.toml").unwrap();
/// let renderer = Renderer::new();
/// let bytes = renderer.render_to_bytes(&doc).unwrap();
/// assert_eq!(&bytes[..2], b"PK");
/// ```
pub struct Renderer {
    env: Environment<'static>,
    template_dir: Option<PathBuf>,
}

/// Where the 版记 falls in a rendered document ([`Renderer::record_page`]).
///
/// ```
/// let place = gongwen::RecordPage { page: 4, sure: true };
/// assert!(place.page % 2 == 0 && place.sure);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordPage {
    /// The page the 版记 is on, counting the blank page before it when one was added.
    pub page: usize,
    /// Whether the page count is sure. When it is not, no blank page was added and the 版记
    /// may be on an odd page.
    pub sure: bool,
}

impl Default for Renderer {
    fn default() -> Self {
        Renderer::new()
    }
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("template_dir", &self.template_dir)
            .finish()
    }
}

impl Renderer {
    /// A renderer with the built-in templates.
    ///
    /// ```
    /// let r = gongwen::Renderer::new();
    /// assert!(r.template_dir().is_none());
    /// ```
    pub fn new() -> Renderer {
        Renderer {
            env: environment(None),
            template_dir: None,
        }
    }

    /// A renderer that takes templates from `dir` first, file by file, and the built-in
    /// ones for the rest (export them with `gongwen templates export DIR` to start).
    ///
    /// # Errors
    /// [`ErrorKind::Io`] when `dir` is not a readable directory.
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// std::fs::write(dir.path().join("plan.j2"), "@title {{ doc.title }}\n自定义正文\n@sign {{ doc.issuer }}\n").unwrap();
    /// let r = gongwen::Renderer::with_template_dir(dir.path()).unwrap();
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// assert!(r.render_text(&doc).unwrap().contains("自定义正文"));
    /// ```
    pub fn with_template_dir(dir: impl AsRef<Path>) -> Result<Renderer> {
        let dir = dir.as_ref();
        if !dir.is_dir() {
            return Err(Error::new(
                ErrorKind::Io,
                "模板目录不存在或不是目录；可先用 gongwen templates export DIR 导出内置模板",
            )
            .with_file(dir.display().to_string()));
        }
        Ok(Renderer {
            env: environment(Some(dir.to_path_buf())),
            template_dir: Some(dir.to_path_buf()),
        })
    }

    /// The template directory, if any.
    ///
    /// ```
    /// assert!(gongwen::Renderer::new().template_dir().is_none());
    /// ```
    pub fn template_dir(&self) -> Option<&Path> {
        self.template_dir.as_deref()
    }

    /// Renders the document's template to block-language text (see the
    /// [`blocks` chapter](crate::blocks)): what the template emits before layout. Useful when
    /// writing templates.
    ///
    /// # Errors
    /// [`ErrorKind::Template`] with the template's name and line.
    ///
    /// ```
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// let text = gongwen::Renderer::new().render_text(&doc).unwrap();
    /// assert!(text.lines().any(|l| l.starts_with("# ")));
    /// ```
    pub fn render_text(&self, doc: &Document) -> Result<String> {
        let name = format!("{}.j2", doc.kind.key());
        // A date the template reads back as written (即日起) means the document's date.
        let dated = (doc.date.map(|d| d.year()), doc.date);
        let text = guard(|| {
            crate::date::with_document_year(
                move || dated,
                || {
                    let tmpl = self.env.get_template(&name)?;
                    tmpl.render(minijinja::context! {
                        doc => Value::from(minijinja::value::Serde(doc)),
                        task_table => doc.has_task_table(),
                        kind_name => doc.kind.chinese_name(),
                    })
                },
            )
        })
        .map_err(|e| template_error(e, &name))?;
        if text.len() > MAX_OUTPUT_BYTES {
            return Err(Error::new(
                ErrorKind::TooLarge,
                format!(
                    "模板输出超过 {} MiB，已停止",
                    MAX_OUTPUT_BYTES / 1024 / 1024
                ),
            )
            .with_file(format!("模板 {name}")));
        }
        Ok(text)
    }

    /// Validates and renders the document to the bytes of a `.docx` file.
    ///
    /// # Errors
    /// [`ErrorKind::Invalid`] when [`Document::validate`] finds errors (warnings do not stop
    /// it; read them from `validate()`), [`ErrorKind::Template`] and [`ErrorKind::Block`] for
    /// template faults.
    ///
    /// ```
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// let a = gongwen::Renderer::new().render_to_bytes(&doc).unwrap();
    /// let b = gongwen::Renderer::new().render_to_bytes(&doc).unwrap();
    /// assert_eq!(a, b); // deterministic
    /// ```
    pub fn render_to_bytes(&self, doc: &Document) -> Result<Vec<u8>> {
        self.render_validated(doc, &doc.validate())
    }

    /// [`render_to_bytes`](Renderer::render_to_bytes) for a document whose problems
    /// (`doc.validate()`) the caller already has: validation runs once.
    pub(crate) fn render_validated(&self, doc: &Document, problems: &[Problem]) -> Result<Vec<u8>> {
        self.with_blocks(doc, problems, |blocks| {
            let title = printed_title(blocks);
            write_docx(blocks, &doc.fonts, &meta(doc, &title, &keywords(doc)))
        })
    }

    /// Stops on the errors among `problems` (from `doc.validate()`), else renders the
    /// template to blocks and hands them to `f` (the blocks borrow the template's output).
    fn with_blocks<T>(
        &self,
        doc: &Document,
        problems: &[Problem],
        f: impl FnOnce(&[blocks::Block]) -> Result<T>,
    ) -> Result<T> {
        let errors: Vec<Problem> = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .cloned()
            .collect();
        if !errors.is_empty() {
            return Err(Error::new(
                ErrorKind::Invalid,
                format!("发现 {} 处错误，请逐条修改后再生成", errors.len()),
            )
            .with_problems(errors));
        }
        let text = self.render_text(doc)?;
        let name = format!("{}.j2", doc.kind.key());
        f(&blocks::parse(&text, &name)?)
    }

    /// Where the .docx that [`render_to_bytes`](Renderer::render_to_bytes) writes puts the
    /// 版记, or `None` when the document has none.
    ///
    /// GB/T 9704 wants the 版记 on an even page (the last side of a sheet printed on both
    /// sides), with a blank page before it when the text ends on an even page. gongwen adds
    /// that blank page when it is sure of the page count; [`RecordPage::sure`] says whether it
    /// was. When it is not, the 版记 may land one page off: a writer should look at the last
    /// pages in Word or WPS.
    ///
    /// # Errors
    /// As [`render_to_bytes`](Renderer::render_to_bytes).
    ///
    /// ```
    /// let doc = gongwen::Document::from_path("examples/road_safety_report.toml").unwrap();
    /// let place = gongwen::Renderer::new().record_page(&doc).unwrap().unwrap();
    /// // Four pages of text, a blank page, and the 版记 on page 6.
    /// assert_eq!(place, gongwen::RecordPage { page: 6, sure: true });
    ///
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// assert_eq!(gongwen::Renderer::new().record_page(&doc).unwrap(), None);
    /// ```
    pub fn record_page(&self, doc: &Document) -> Result<Option<RecordPage>> {
        self.with_blocks(doc, &doc.validate(), |blocks| {
            Ok(crate::docx::record_page(blocks).map(|(page, sure)| RecordPage { page, sure }))
        })
    }

    /// Renders the document into `w`.
    ///
    /// # Errors
    /// As [`render_to_bytes`](Renderer::render_to_bytes), plus [`ErrorKind::Io`] when writing fails.
    ///
    /// ```
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// let mut buf = Vec::new();
    /// gongwen::Renderer::new().render_to_writer(&doc, &mut buf).unwrap();
    /// assert_eq!(&buf[..2], b"PK");
    /// ```
    pub fn render_to_writer(&self, doc: &Document, mut w: impl Write) -> Result<()> {
        let bytes = self.render_to_bytes(doc)?;
        w.write_all(&bytes)
            .map_err(|e| Error::new(ErrorKind::Io, format!("写出失败：{e}")).with_source(e))
    }

    /// Renders the document to a file, atomically: the bytes go to a temporary file in the
    /// same folder, which is then moved into place, so an interrupted run leaves the old file
    /// or the new one, never a truncated one. An existing file is only replaced when
    /// `overwrite` is true.
    ///
    /// # Errors
    /// As [`render_to_bytes`](Renderer::render_to_bytes); [`ErrorKind::Exists`] when `path`
    /// exists and `overwrite` is false; [`ErrorKind::Io`] when writing fails.
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let out = dir.path().join("plan.docx");
    /// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
    /// let r = gongwen::Renderer::new();
    /// r.render_to_path(&doc, &out, false).unwrap();
    /// let err = r.render_to_path(&doc, &out, false).unwrap_err();
    /// assert_eq!(err.kind(), gongwen::ErrorKind::Exists);
    /// ```
    pub fn render_to_path(
        &self,
        doc: &Document,
        path: impl AsRef<Path>,
        overwrite: bool,
    ) -> Result<()> {
        let path = path.as_ref();
        if !overwrite && path.exists() {
            return Err(exists_error(path));
        }
        let bytes = self.render_to_bytes(doc)?;
        write_atomic(path, &bytes, overwrite)
    }
}

fn keywords(doc: &Document) -> String {
    if doc.keywords.is_empty() {
        // The embedded genre lexicon only: rendering never loads the jieba dictionary.
        return crate::keywords::quick_keyword_string(doc);
    }
    doc.keywords.join("；")
}

/// The title as printed: its lines joined (a notice's title when the document is issued
/// by one), for the file's properties.
fn printed_title<'a>(blocks: &'a [blocks::Block]) -> std::borrow::Cow<'a, str> {
    let mut lines = blocks.iter().filter_map(|b| match b {
        blocks::Block::Title(t) => Some(t.as_ref()),
        _ => None,
    });
    match (lines.next(), lines.next()) {
        (Some(one), None) => one.into(),
        (Some(a), Some(b)) => [a, b].into_iter().chain(lines).collect::<String>().into(),
        (None, _) => "".into(),
    }
}

fn meta<'a>(doc: &'a Document, title: &'a str, keywords: &'a str) -> Meta<'a> {
    Meta {
        title: if title.is_empty() {
            doc.title.trim()
        } else {
            title.trim()
        },
        // A speech has no issuer: its author is the speaker.
        creator: match doc.issuer.trim() {
            "" => doc.speaker.as_deref().map_or("", str::trim),
            issuer => issuer,
        },
        keywords,
        description: doc.kind.chinese_name(),
    }
}

/// The stages of a render, for the benchmarks in `benches/` (not a stable API).
#[doc(hidden)]
pub mod stages {
    use super::*;

    /// The finished parts (name, bytes) of the .docx, in zip order: a whole render
    /// without the zipping.
    pub fn parts(renderer: &Renderer, doc: &Document) -> Result<Vec<(String, Vec<u8>)>> {
        renderer.with_blocks(doc, &doc.validate(), |blocks| {
            let title = printed_title(blocks);
            crate::docx::docx_parts(blocks, &doc.fonts, &meta(doc, &title, &keywords(doc)))
        })
    }

    /// The template stage alone: [`Renderer::render_text`] and the block parser, as a
    /// render runs them. Returns the number of blocks.
    pub fn template(renderer: &Renderer, doc: &Document) -> Result<usize> {
        let text = renderer.render_text(doc)?;
        let name = format!("{}.j2", doc.kind.key());
        Ok(blocks::parse(&text, &name)?.len())
    }

    /// Zips finished parts with the same zip writer, compression and level as a render:
    /// the packaging floor.
    pub fn zip(parts: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
        crate::docx::zip_parts(parts)
    }
}

fn exists_error(path: &Path) -> Error {
    Error::new(
        ErrorKind::Exists,
        "文件已存在，未覆盖；如确需覆盖请加 --force，或用 -o 指定其他文件名",
    )
    .with_file(path.display().to_string())
}

/// The lock file that Word, WPS or LibreOffice keeps beside `path` while the document is
/// open, if there is one: `~$方案.docx` (Word and WPS; Word drops the first two characters
/// of a long name: `~$ument12.docx` for `Document12.docx`) or `.~lock.方案.docx#`
/// (LibreOffice).
pub(crate) fn open_lock(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut candidates = vec![format!("~${name}"), format!(".~lock.{name}#")];
    let stem = path.file_stem()?.to_str()?;
    if stem.chars().count() >= 7 {
        candidates.push(format!("~${}", name.chars().skip(2).collect::<String>()));
    }
    candidates
        .into_iter()
        .map(|c| dir.join(c))
        .find(|p| p.exists())
}

/// Keeps the file at `path` as `方案（备份1）.docx` beside it (the first number free; a
/// backup is never overwritten) and returns the backup's path. The backup is a hard link
/// where the file system has them, so the replaced file's bytes stay where they were.
pub(crate) fn back_up(path: &Path) -> Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new(""));
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("备份");
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    for n in 1..10_000 {
        let backup = dir.join(format!("{stem}（备份{n}）{ext}"));
        match std::fs::hard_link(path, &backup) {
            Ok(()) => return Ok(backup),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) if backup.exists() => continue,
            Err(_) => {
                // No hard links here: copy into a file that must not exist yet.
                let mut to = match std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&backup)
                {
                    Ok(f) => f,
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(Error::io(&backup, "创建备份文件", e)),
                };
                let mut from =
                    std::fs::File::open(path).map_err(|e| Error::io(path, "读取原文件", e))?;
                std::io::copy(&mut from, &mut to)
                    .and_then(|_| to.sync_all())
                    .map_err(|e| Error::io(&backup, "写入备份文件", e))?;
                return Ok(backup);
            }
        }
    }
    Err(Error::new(
        ErrorKind::Io,
        "备份文件太多，未覆盖：请清理旧的（备份N）文件",
    )
    .with_file(path.display().to_string()))
}

/// Refuses to replace a document that Word, WPS or LibreOffice has open.
pub(crate) fn refuse_open(path: &Path) -> Result<()> {
    match open_lock(path) {
        Some(lock) => Err(Error::new(
            ErrorKind::Exists,
            format!(
                "文件正在 Word、WPS 或 LibreOffice 中打开（旁边有锁文件 {}），未覆盖：请先保存并关闭它，再重新生成；或用 -o 另存为新文件",
                lock.file_name().unwrap_or_default().to_string_lossy()
            ),
        )
        .with_file(path.display().to_string())),
        None => Ok(()),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
/// Without `overwrite`, an existing file is never replaced, even one that appears while
/// writing.
///
/// # Errors
/// [`ErrorKind::Exists`] or [`ErrorKind::Io`].
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let p = dir.path().join("a.txt");
/// gongwen::write_atomic(&p, b"one", false).unwrap();
/// assert!(gongwen::write_atomic(&p, b"two", false).is_err());
/// gongwen::write_atomic(&p, b"two", true).unwrap();
/// assert_eq!(std::fs::read(&p).unwrap(), b"two");
/// ```
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if path.file_name().is_none() {
        return Err(
            Error::new(ErrorKind::Io, "输出路径不是文件名").with_file(path.display().to_string())
        );
    }
    // A temporary file beside the target (removed if anything fails), then one rename.
    let mut builder = tempfile::Builder::new();
    builder.prefix(".gongwen-").suffix(".tmp");
    // Created as any new file would be (0666 less the umask), not tempfile's private 0600.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, "创建临时文件", e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| Error::io(tmp.path(), "写入临时文件", e))?;
    if overwrite {
        tmp.persist(path)
            .map_err(|e| Error::io(path, "写入输出文件", e.error))?;
    } else {
        // Fails when the target exists, even one that appeared while writing.
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                exists_error(path)
            } else {
                Error::io(path, "写入输出文件", e.error)
            }
        })?;
    }
    Ok(())
}
