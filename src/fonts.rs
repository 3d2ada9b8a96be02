//! The GB fonts the layout asks for, which of them this machine has, and a fontconfig
//! alias file that maps them to installed free CJK fonts so previews look right.
//!
//! Word and WPS on an office machine have 方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312 and
//! 宋体. Linux machines usually have none of them; LibreOffice then substitutes per glyph
//! and everything looks alike. Line and character counts still hold (every CJK glyph is one
//! em wide); only the faces differ. An alias file fixes the faces.

use std::process::Command;

use crate::error::{Error, ErrorKind, Result};
use crate::layout::Fonts;

/// One font the layout uses, and how this machine will draw it.
///
/// ```no_run
/// for f in gongwen::fonts::font_report(&gongwen::Fonts::default()).unwrap() {
///     println!("{} {} {}", f.role, f.name, if f.installed { "已安装" } else { "未安装" });
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontStatus {
    /// What the font is used for: 标题, 正文, 一级标题, 二级标题, 页码.
    pub role: &'static str,
    /// The font name the document asks for.
    pub name: String,
    /// Whether fontconfig knows a font of exactly that family.
    pub installed: bool,
    /// The family fontconfig will draw Chinese text in instead, when the font is not
    /// installed; `None` when no installed font has Chinese glyphs (the text would show as
    /// boxes: install one, e.g. Debian's `fonts-noto-cjk`).
    pub substitute: Option<String>,
    /// The free font the alias file maps it to, when one is installed.
    pub alias: Option<&'static str>,
}

/// Free fonts that look like each GB face, best first (Debian: fonts-noto-cjk,
/// fonts-arphic-ukai, fonts-arphic-uming).
fn lookalikes(name: &str) -> &'static [&'static str] {
    let n = name;
    if n.contains("小标宋") || n.contains("标宋") {
        &["Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"]
    } else if n.contains("黑") {
        &[
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "WenQuanYi Zen Hei",
        ]
    } else if n.contains("楷") {
        &[
            "AR PL UKai CN",
            "AR PL UKai TW",
            "AR PL UKai TW MBE",
            "Noto Serif CJK SC",
        ]
    } else {
        // 仿宋, 宋体 and anything else.
        &["Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"]
    }
}

fn roles(fonts: &Fonts) -> [(&'static str, &str); 5] {
    [
        ("标题", fonts.title.as_str()),
        ("正文", fonts.body.as_str()),
        ("一级标题", fonts.heading1.as_str()),
        ("二级标题", fonts.heading2.as_str()),
        ("页码", fonts.page_number.as_str()),
    ]
}

fn fc(args: &[&str]) -> Result<String> {
    let out = Command::new(args[0]).args(&args[1..]).output().map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("无法运行 {}（fontconfig 未安装？Debian/Ubuntu 可用 apt-get install fontconfig 安装）", args[0]),
        )
        .with_source(e)
    })?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The font families fontconfig knows that match `pattern` (`:` for all of them).
fn families(pattern: &str) -> Result<Vec<String>> {
    Ok(fc(&["fc-list", pattern, "family"])?
        .lines()
        .flat_map(|l| l.split(','))
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect())
}

/// The installed families with Chinese glyphs.
fn families_with_chinese() -> Result<Vec<String>> {
    families(":lang=zh")
}

/// Which fonts of `fonts` are installed, what replaces the others, and which free font
/// the alias file would map each to. Uses fontconfig (`fc-list`, `fc-match`).
///
/// # Errors
/// [`ErrorKind::Io`] when fontconfig is not installed.
///
/// ```no_run
/// let report = gongwen::fonts::font_report(&gongwen::Fonts::default()).unwrap();
/// assert_eq!(report.len(), 5);
/// ```
pub fn font_report(fonts: &Fonts) -> Result<Vec<FontStatus>> {
    let families = families(":")?;
    let chinese = families_with_chinese()?;
    let mut out = Vec::new();
    for (role, name) in roles(fonts) {
        let installed = families.iter().any(|f| f == name);
        // Asked for Chinese, fontconfig names the font it draws Chinese text in; without
        // `lang` it names its default (DejaVu Sans), which has no Chinese glyphs at all.
        let substitute = if installed {
            None
        } else {
            fc(&[
                "fc-match",
                "-f",
                "%{family[0]}",
                &format!("{name}:lang=zh-cn"),
            ])
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| chinese.contains(s))
        };
        let alias = lookalikes(name)
            .iter()
            .copied()
            .find(|l| families.iter().any(|f| f == l));
        out.push(FontStatus {
            role,
            name: name.to_string(),
            installed,
            substitute,
            alias,
        });
    }
    Ok(out)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A fontconfig file that maps every font of `report` that is not installed to its free
/// look-alike (the title face in bold), and includes the system configuration. Use it with
/// `FONTCONFIG_FILE=FILE soffice …`, or put it in `~/.config/fontconfig/conf.d/`.
///
/// ```
/// use gongwen::fonts::{FontStatus, fontconfig_aliases};
/// let report = vec![FontStatus {
///     role: "正文", name: "仿宋_GB2312".into(), installed: false,
///     substitute: Some("DejaVu Sans".into()), alias: Some("Noto Serif CJK SC"),
/// }];
/// let xml = fontconfig_aliases(&report);
/// assert!(xml.contains("<string>仿宋_GB2312</string>"));
/// assert!(xml.contains("<string>Noto Serif CJK SC</string>"));
/// ```
pub fn fontconfig_aliases(report: &[FontStatus]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n\
         <!-- gongwen fonts: GB/T 9704 字体的替代字体，供 LibreOffice 预览使用 -->\n<fontconfig>\n\
         \x20 <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n",
    );
    let mut seen = Vec::new();
    for f in report {
        let Some(alias) = f.alias else { continue };
        if f.installed || seen.contains(&f.name) {
            continue;
        }
        seen.push(f.name.clone());
        let bold = if f.role == "标题" {
            "\n    <edit name=\"weight\" mode=\"assign\"><const>bold</const></edit>"
        } else {
            ""
        };
        xml.push_str(&format!(
            "  <!-- {role}：{name} → {alias} -->\n  <match target=\"pattern\">\n    \
             <test name=\"family\"><string>{name}</string></test>\n    \
             <edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>{alias}</string></edit>{bold}\n  </match>\n",
            role = f.role,
            name = xml_escape(&f.name),
            alias = xml_escape(alias),
        ));
    }
    xml.push_str("</fontconfig>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookalikes_follow_the_face() {
        assert_eq!(lookalikes("方正小标宋简体")[0], "Noto Serif CJK SC");
        assert_eq!(lookalikes("黑体")[0], "Noto Sans CJK SC");
        assert_eq!(lookalikes("楷体_GB2312")[0], "AR PL UKai CN");
        assert_eq!(lookalikes("仿宋_GB2312")[0], "Noto Serif CJK SC");
    }

    #[test]
    fn alias_file_maps_missing_fonts_only_and_escapes() {
        let status = |role, name: &str, installed, alias| FontStatus {
            role,
            name: name.into(),
            installed,
            substitute: None,
            alias,
        };
        let xml = fontconfig_aliases(&[
            status("标题", "方正小标宋简体", false, Some("Noto Serif CJK SC")),
            status("正文", "仿宋<&>", false, Some("Noto Serif CJK SC")),
            status("一级标题", "黑体", true, Some("Noto Sans CJK SC")),
            status("二级标题", "楷体_GB2312", false, None),
        ]);
        assert!(xml.contains("<string>方正小标宋简体</string>"));
        assert!(xml.contains("<const>bold</const>"));
        assert!(xml.contains("仿宋&lt;&amp;&gt;"));
        assert!(
            !xml.contains("<string>黑体</string>"),
            "installed fonts are left alone"
        );
        assert!(
            !xml.contains("楷体_GB2312</string>"),
            "no alias without a look-alike"
        );
        assert!(xml.contains("/etc/fonts/fonts.conf"));
    }
}
