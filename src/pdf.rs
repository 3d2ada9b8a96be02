//! PDF through LibreOffice, for a quick look at the layout without Word.

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
    let Some(soffice) = soffice() else {
        return Err(Error::new(
            ErrorKind::Io,
            "未找到 LibreOffice（soffice），无法生成 PDF；.docx 已生成。Debian/Ubuntu 可用 \
             apt-get install libreoffice-writer-nogui 安装",
        ));
    };
    let work = tempdir()?;
    let profile = format!("-env:UserInstallation=file://{}/profile", work.display());
    let mut cmd = Command::new(soffice);
    cmd.args([
        "--headless",
        "--norestore",
        &profile,
        "--convert-to",
        "pdf",
        "--outdir",
    ])
    .arg(&work)
    .arg(docx);
    if let Ok(report) = font_report(fonts) {
        let conf = work.join("fonts.conf");
        if std::fs::write(&conf, fontconfig_aliases(&report)).is_ok() {
            cmd.env("FONTCONFIG_FILE", conf);
        }
    }
    let output = cmd
        .output()
        .map_err(|e| Error::io(docx, "运行 LibreOffice", e))?;
    let stem = docx.file_stem().unwrap_or_default();
    let produced = work.join(stem).with_extension("pdf");
    let result = match std::fs::read(&produced) {
        Ok(bytes) if bytes.starts_with(b"%PDF") => crate::write_atomic(pdf, &bytes, overwrite),
        _ => Err(Error::new(
            ErrorKind::Io,
            format!(
                "LibreOffice 未能生成 PDF：{}",
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        )
        .with_file(docx.display().to_string())),
    };
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
