//! `gongwen schema`, `gongwen fonts` and `gongwen completions`.

use std::path::Path;

use gongwen::fonts::{font_report, fontconfig_aliases};
use gongwen::{Error, ErrorKind, Fonts, write_atomic};

pub(super) const SCHEMA_HELP: &str = "\
示例：
  gongwen schema -o gongwen.schema.json     写出输入文件的 JSON Schema
  gongwen new scheme -o 方案.toml            新建的骨架第一行已指向 ./gongwen.schema.json

VS Code 中，YAML 文件由 YAML 插件（Red Hat）、TOML 文件由 Even Better TOML 插件、JSON 文件由内置功能
读取这个 Schema，在输入时提示可用的键并检查写法。";

pub(super) const FONTS_HELP: &str = "\
示例：
  gongwen fonts                                   查看公文字体是否已安装、缺的由什么字体代替
  gongwen fonts --write-fontconfig gongwen-fonts.conf
  FONTCONFIG_FILE=gongwen-fonts.conf soffice 方案.docx   用近似字体预览

Linux 上通常没有方正小标宋简体、仿宋_GB2312、楷体_GB2312 等字体。别名文件把它们映射到已安装的免费字体
（Noto Serif/Sans CJK、AR PL UKai），预览效果更接近 Word 中的样子；行数和每行字数不受影响。
也可把别名文件复制到 ~/.config/fontconfig/conf.d/ 长期生效。";

/// `gongwen schema [-o FILE] [--force]`.
pub(super) fn schema(output: Option<&Path>, force: bool) -> Result<(), Error> {
    let text = gongwen::Document::json_schema() + "\n";
    match output {
        None => out!("{text}"),
        Some(path) => {
            write_atomic(path, text.as_bytes(), force)?;
            super::hint(&format!("已生成 {}", path.display()));
        }
    }
    Ok(())
}

/// `gongwen fonts [--write-fontconfig FILE] [--force]`.
pub(super) fn fonts(write: Option<&Path>, force: bool) -> Result<(), Error> {
    let report = font_report(&Fonts::default())?;
    outln!("用途\t字体\t状态");
    let mut missing = 0;
    for f in &report {
        let state = if f.installed {
            "已安装".to_string()
        } else {
            missing += 1;
            match (f.substitute.as_deref(), f.alias) {
                (Some(sub), Some(a)) => format!("未安装，现由 {sub} 代替；别名文件将映射到 {a}"),
                (Some(sub), None) => format!(
                    "未安装，现由 {sub} 代替；未找到更接近的免费字体（可安装 fonts-noto-cjk、fonts-arphic-ukai）"
                ),
                (None, _) => {
                    "未安装，本机也没有其他中文字体：预览和 PDF 中的汉字将显示为方框".to_string()
                }
            }
        };
        outln!("{}\t{}\t{}", f.role, f.name, state);
    }
    let no_chinese = report
        .iter()
        .any(|f| !f.installed && f.substitute.is_none());
    if no_chinese {
        super::hint(
            "本机没有安装任何中文字体。Debian/Ubuntu：sudo apt-get install fonts-noto-cjk fonts-arphic-ukai；\
             也可把 Windows 的 C:\\Windows\\Fonts 中的仿宋、黑体、楷体、宋体复制到 ~/.local/share/fonts 后运行 fc-cache。\
             用 Word 或 WPS 打开 .docx 不受影响",
        );
    }
    if let Some(path) = write {
        write_atomic(path, fontconfig_aliases(&report).as_bytes(), force)?;
        super::hint(&format!(
            "已生成 {}。用法：FONTCONFIG_FILE={} soffice 文件.docx，或复制到 ~/.config/fontconfig/conf.d/",
            path.display(),
            path.display()
        ));
    } else if missing > 0 && !no_chinese {
        super::hint(
            "提示：用 --write-fontconfig FILE 生成别名文件，让 LibreOffice 预览用近似字体显示",
        );
    }
    Ok(())
}

/// `gongwen completions SHELL`.
pub(super) fn completions(shell: &str) -> Result<(), Error> {
    use clap::CommandFactory;
    let shell: clap_complete::Shell = shell.parse().map_err(|_| {
        Error::new(
            ErrorKind::Syntax,
            format!("不支持的 shell“{shell}”：可用 bash、zsh、fish、powershell、elvish"),
        )
    })?;
    let mut cmd = super::Cli::command();
    // Into memory first: generate() panics on a write error such as a closed pipe.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "gongwen", &mut script);
    super::write_bytes(&script);
    Ok(())
}
