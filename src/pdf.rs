//! LibreOffice conversions: a PDF for a quick look at the layout without Word, and old
//! Word / WPS files (.doc, .wps) as .docx for `gongwen import`.

use std::path::Path;
use std::process::Command;

use crate::error::{Error, ErrorKind, Result};
use crate::fonts::{font_report, fontconfig_aliases};
use crate::layout::Fonts;

/// The LibreOffice command, if one is installed.
///
/// ```
/// let _maybe = gongwen::pdf::soffice();
/// ```
pub fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|cmd| {
        Command::new(cmd)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Converts `docx` to `pdf` with LibreOffice (headless, with a private profile so it runs
/// beside an open LibreOffice), drawing missing GB fonts with installed look-alikes
/// (see [`fontconfig_aliases`]). An existing `pdf` is replaced only when `overwrite`.
///
/// # Errors
/// [`ErrorKind::Io`] when LibreOffice is not installed or produced no PDF (it exits 0 even
/// when it cannot load a file), [`ErrorKind::Exists`] when `pdf` exists.
///
/// ```no_run
/// gongwen::pdf::convert_to_pdf("plan.docx".as_ref(), "plan.pdf".as_ref(), &gongwen::Fonts::default(), false).unwrap();
/// ```
pub fn convert_to_pdf(docx: &Path, pdf: &Path, fonts: &Fonts, overwrite: bool) -> Result<()> {
    if !overwrite && pdf.exists() {
        return Err(Error::new(
            ErrorKind::Exists,
            "PDF 文件已存在，未覆盖；如确需覆盖请加 --force",
        )
        .with_file(pdf.display().to_string()));
    }
    let bytes = convert(
        docx,
        "pdf",
        Some(fonts),
        "未找到 LibreOffice（soffice），无法生成 PDF；.docx 已生成。Debian/Ubuntu 可用 \
         apt-get install libreoffice-writer-nogui 安装",
    )?;
    if !bytes.starts_with(b"%PDF") {
        return Err(Error::new(ErrorKind::Io, "LibreOffice 未能生成 PDF")
            .with_file(docx.display().to_string()));
    }
    crate::write_atomic(pdf, &bytes, overwrite)
}

/// The bytes of `doc` (a Word 97–2003 `.doc`, a WPS `.wps`, an `.rtf` or `.odt`) saved as
/// `.docx` by LibreOffice, for `gongwen import`.
///
/// # Errors
/// [`ErrorKind::Io`] when LibreOffice is not installed or could not convert the file.
///
/// ```no_run
/// let docx = gongwen::pdf::convert_to_docx("去年的方案.doc".as_ref()).unwrap();
/// let imported = gongwen::Import::from_bytes(&docx, "去年的方案.docx").unwrap();
/// ```
pub fn convert_to_docx(doc: &Path) -> Result<Vec<u8>> {
    let bytes = convert(
        doc,
        "docx",
        None,
        "这是旧版 Word（.doc）或 WPS 文件，本机没有 LibreOffice 来转换：请在 Word 或 WPS 里“另存为” \
         .docx 再导入（Debian/Ubuntu 也可 apt-get install libreoffice-writer-nogui）",
    )?;
    if !bytes.starts_with(b"PK") {
        return Err(Error::new(ErrorKind::Io, "LibreOffice 未能把它转成 .docx")
            .with_file(doc.display().to_string()));
    }
    Ok(bytes)
}

/// Runs LibreOffice headless (with a private profile, so it runs beside an open
/// LibreOffice) to convert `input` to `format`, and returns what it wrote. With `fonts`,
/// missing GB fonts are drawn with installed look-alikes ([`fontconfig_aliases`]).
fn convert(input: &Path, format: &str, fonts: Option<&Fonts>, missing: &str) -> Result<Vec<u8>> {
    let Some(soffice) = soffice() else {
        return Err(Error::new(ErrorKind::Io, missing).with_file(input.display().to_string()));
    };
    let work = tempdir()?;
    let profile = format!("-env:UserInstallation=file://{}/profile", work.display());
    let mut cmd = Command::new(soffice);
    cmd.args([
        "--headless",
        "--norestore",
        &profile,
        "--convert-to",
        format,
        "--outdir",
    ])
    .arg(&work)
    .arg(input);
    if let Some(fonts) = fonts
        && let Ok(report) = font_report(fonts)
    {
        let conf = work.join("fonts.conf");
        if std::fs::write(&conf, fontconfig_aliases(&report)).is_ok() {
            cmd.env("FONTCONFIG_FILE", conf);
        }
    }
    let output = cmd
        .output()
        .map_err(|e| Error::io(input, "运行 LibreOffice", e));
    let stem = input.file_stem().unwrap_or_default();
    let produced = work.join(stem).with_extension(format);
    // LibreOffice exits 0 even when it cannot load a file: what it wrote is the answer.
    let result = output.and_then(|output| {
        std::fs::read(&produced).map_err(|_| {
            // What it says, less its warnings (javaldx and the like).
            let stderr = String::from_utf8_lossy(&output.stderr);
            let said: Vec<&str> = stderr
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with("Warning"))
                .collect();
            Error::new(
                ErrorKind::Io,
                format!("LibreOffice 未能转换：{}", said.join("；")),
            )
            .with_file(input.display().to_string())
        })
    });
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn tempdir() -> Result<std::path::PathBuf> {
    let base = std::env::temp_dir();
    for n in 0..1000u32 {
        let dir = base.join(format!("gongwen-pdf-{}-{n}", std::process::id()));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&dir, "创建临时目录", e)),
        }
    }
    Err(Error::new(ErrorKind::Io, "无法创建临时目录"))
}
