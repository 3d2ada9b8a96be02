//! The parts of an issued document around its text (GB/T 9704-2012): the 版头 above it
//! (§7.2), the 附注 under the date (§7.3.6), the 版记 at the foot of the last page (§7.4),
//! the 印发通知 that issues a plan, and tables in annexes.
//!
//! Every part is optional. What the writer types is normalised where the standard fixes a
//! form (`滨政发[2026]03号` becomes `滨政发〔2026〕3号`, a 份号 `12` becomes `000012`);
//! [`Document::validate`](crate::Document::validate) names each normalisation, and refuses
//! what cannot be repaired (a 发文字号 without a year).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Paragraphs, Units};
use crate::date::Date;

/// 版头 (GB/T 9704 §7.2): what stands above the red separator line of an issued document.
///
/// With `signers` the banner is that of an upward document (上行文: 报告, 请示): the
/// 发文字号 one character in from the left and the 签发人 on its line at the right.
///
/// ```
/// use gongwen::model::Banner;
/// let b = Banner { number: Some("滨政发[2026]03号".into()), ..Banner::default() };
/// assert_eq!(b.normalized_number().unwrap().unwrap().text, "滨政发〔2026〕3号");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Banner {
    /// 份号: the copy's number, six Arabic digits (`000001`); a shorter number is padded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_number: Option<String>,
    /// 密级和保密期限: `秘密★1年`, `机密★10年`, `绝密`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secrecy: Option<String>,
    /// 紧急程度: `特急` or `加急`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<String>,
    /// The issuing organs named in the 发文机关标志; the document's issuer when empty.
    /// Several for a joint document (联合行文), the lead organ first.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub organs: Units,
    /// What follows the organs' names in the mark: `文件` when absent; an empty string
    /// for the organ's name alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark_suffix: Option<String>,
    /// 发文字号: `滨政发〔2026〕3号`. Brackets, a leading zero or a 第 are corrected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// 签发人 of an upward document (上行文), one or more names.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub signers: Units,
}

/// 版记 (GB/T 9704 §7.4): 抄送机关, 印发机关 and 印发日期 between rules at the foot of the
/// last page.
///
/// ```
/// let r = gongwen::model::Record { cc: "县委办公室，县人大常委会办公室".into(), ..Default::default() };
/// assert_eq!(r.cc.0.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Record {
    /// 抄送机关, in order; written `抄送：甲，乙。`.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub cc: Units,
    /// 印发机关 (usually the issuer's office); the issuer when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printer: Option<String>,
    /// 印发日期; the 成文日期 when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub print_date: Option<Date>,
}

/// 印发通知: the notice that issues a plan (关于印发《…》的通知). The notice is the
/// document; the plan follows as its first attachment on a new page, page numbers running on.
///
/// ```
/// let n = gongwen::model::Notice { addressee: Some("各乡镇人民政府，县直各单位：".into()), ..Default::default() };
/// assert_eq!(n.title_for("滨江县2026年垃圾分类工作实施方案"),
///     "关于印发《滨江县2026年垃圾分类工作实施方案》的通知");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Notice {
    /// The notice's title: `关于印发《标题》的通知` when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// 主送机关 of the notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// The notice's text: `现将《标题》印发给你们，请结合实际认真贯彻落实。` when empty (for an
    /// imported document printed as written,
    /// [`Document::as_written`](crate::Document::as_written), a `【待补：通知正文】` for the
    /// writer to fill in).
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// 署名 of the notice: the document's issuer when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// 成文日期 of the notice: the document's date when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl Notice {
    /// The notice's title for a plan titled `plan_title`: its own, or
    /// `关于印发《…》的通知`.
    ///
    /// ```
    /// let n = gongwen::model::Notice { title: Some("关于印发方案的通知".into()), ..Default::default() };
    /// assert_eq!(n.title_for("方案"), "关于印发方案的通知");
    /// ```
    pub fn title_for(&self, plan_title: &str) -> String {
        match self.title.as_deref().map(str::trim) {
            Some(t) if !t.is_empty() => t.to_string(),
            _ => format!("关于印发《{}》的通知", plan_title.trim()),
        }
    }
}

/// A table in an annex (领导小组成员名单, 主要指标完成情况表 …) or in a section's body (日程
/// 安排表): a header row and rows of cells. Printed with the header repeated on every page
/// and no row split over two pages; a wide table in an annex goes on landscape pages.
///
/// ```
/// let t = gongwen::model::AnnexTable {
///     header: vec!["职务".into(), "姓名".into(), "单位及职务".into()],
///     rows: vec![vec!["组长".into(), "张某".into(), "县人民政府县长".into()]],
///     ..Default::default()
/// };
/// assert!(!t.is_wide());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AnnexTable {
    /// The header cells.
    pub header: Vec<String>,
    /// The rows, as many cells each as the header has.
    pub rows: Vec<Vec<String>>,
    /// Landscape pages: by default when the table has more than five columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub landscape: Option<bool>,
}

impl AnnexTable {
    /// Whether the table goes on landscape pages: as asked, else when it has more than
    /// five columns.
    ///
    /// ```
    /// let mut t = gongwen::model::AnnexTable { header: vec!["甲".into(); 6], ..Default::default() };
    /// assert!(t.is_wide());
    /// t.landscape = Some(false);
    /// assert!(!t.is_wide());
    /// ```
    pub fn is_wide(&self) -> bool {
        self.landscape.unwrap_or(self.header.len() > 5)
    }
}

/// A value normalised to the form GB/T 9704 gives it, with what was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The value as it will be printed.
    pub text: String,
    /// What was changed, in Chinese (`方括号改为六角括号〔〕`); empty when nothing was.
    pub changes: Vec<&'static str>,
}

/// Brackets writers type around the year of a 发文字号, opening and closing.
const YEAR_BRACKETS: [(char, char); 9] = [
    ('〔', '〕'),
    ('[', ']'),
    ('［', '］'),
    ('【', '】'),
    ('(', ')'),
    ('（', '）'),
    ('〈', '〉'),
    ('《', '》'),
    ('{', '}'),
];

/// Normalises a 发文字号 to `机关代字〔年份〕序号号` (GB/T 9704 7.2.5: the year in full in
/// hexagonal brackets 〔〕, the number without leading zeros and without 第).
///
/// Returns `Ok(None)` for an empty value and an error message, in Chinese, when the value
/// cannot be read as a 发文字号 (no four-digit year, no number).
///
/// ```
/// use gongwen::model::normalize_doc_number;
/// let n = normalize_doc_number("滨政办发（2026）第03号").unwrap().unwrap();
/// assert_eq!(n.text, "滨政办发〔2026〕3号");
/// assert_eq!(n.changes.len(), 3);
/// assert!(normalize_doc_number("滨政发〔2026〕3号").unwrap().unwrap().changes.is_empty());
/// assert!(normalize_doc_number("滨政发3号").unwrap_err().contains("年份"));
/// ```
pub fn normalize_doc_number(s: &str) -> Result<Option<Normalized>, String> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return Ok(None);
    }
    let mut changes = Vec::new();
    // The year: four digits, in brackets or followed by 年.
    let chars: Vec<char> = s.chars().collect();
    let year_at = chars
        .windows(4)
        .position(|w| w.iter().all(|c| c.is_ascii_digit()))
        .filter(|&i| chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit()))
        .filter(|&i| i == 0 || !chars[i - 1].is_ascii_digit());
    let Some(y) = year_at else {
        return Err(format!(
            "发文字号“{s}”中没有四位年份：应写作“机关代字〔年份〕序号号”，如“滨政发〔2026〕3号”"
        ));
    };
    let year: String = chars[y..y + 4].iter().collect();
    let mut prefix: String = chars[..y].iter().collect();
    let mut rest: String = chars[y + 4..].iter().collect();
    let open = prefix.chars().last();
    match open.and_then(|o| YEAR_BRACKETS.iter().find(|(a, _)| *a == o)) {
        Some(&(a, b)) => {
            prefix.pop();
            if let Some(r) = rest.strip_prefix(b) {
                rest = r.to_string();
            } else if let Some(r) =
                rest.strip_prefix(|c: char| YEAR_BRACKETS.iter().any(|p| p.1 == c))
            {
                rest = r.to_string();
            }
            if a != '〔' {
                changes.push("年份的括号改为六角括号〔〕");
            }
        }
        None => {
            if let Some(r) = rest.strip_prefix('年') {
                rest = r.to_string();
            }
            changes.push("年份加上六角括号〔〕");
        }
    }
    if prefix.is_empty() {
        return Err(format!(
            "发文字号“{s}”缺少机关代字：应写作“机关代字〔年份〕序号号”，如“滨政发〔2026〕3号”"
        ));
    }
    if let Some(r) = rest.strip_prefix('第') {
        rest = r.to_string();
        changes.push("去掉序号前的“第”");
    }
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    if digits.is_empty() || !(after.is_empty() || after == "号") {
        return Err(format!(
            "发文字号“{s}”的序号应为阿拉伯数字加“号”，如“滨政发〔{year}〕3号”"
        ));
    }
    let number = digits.trim_start_matches('0');
    if number.is_empty() {
        return Err(format!("发文字号“{s}”的序号不能为0"));
    }
    if number.len() != digits.len() {
        changes.push("去掉序号前的0");
    }
    if after.is_empty() {
        changes.push("序号后加上“号”");
    }
    Ok(Some(Normalized {
        text: format!("{prefix}〔{year}〕{number}号"),
        changes,
    }))
}

/// Normalises a 份号 to six Arabic digits (GB/T 9704 7.2.1), padding with zeros.
///
/// ```
/// let n = gongwen::model::normalize_copy_number("12").unwrap().unwrap();
/// assert_eq!(n.text, "000012");
/// assert!(gongwen::model::normalize_copy_number("第一份").is_err());
/// ```
pub fn normalize_copy_number(s: &str) -> Result<Option<Normalized>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if !s.chars().all(|c| c.is_ascii_digit()) || s.len() > 6 {
        return Err(format!("份号“{s}”应为不超过六位的阿拉伯数字，如“000001”"));
    }
    let text = format!("{s:0>6}");
    let changes = if text == s {
        Vec::new()
    } else {
        vec!["份号补足为六位"]
    };
    Ok(Some(Normalized { text, changes }))
}

impl Banner {
    /// The 发文字号 as it will be printed (see [`normalize_doc_number`]).
    ///
    /// ```
    /// assert!(gongwen::model::Banner::default().normalized_number().unwrap().is_none());
    /// ```
    pub fn normalized_number(&self) -> Result<Option<Normalized>, String> {
        normalize_doc_number(self.number.as_deref().unwrap_or(""))
    }

    /// Whether this is the banner of an upward document (上行文): one with 签发人.
    ///
    /// ```
    /// let b = gongwen::model::Banner { signers: "张某".into(), ..Default::default() };
    /// assert!(b.is_upward());
    /// ```
    pub fn is_upward(&self) -> bool {
        !self.signers.is_empty()
    }

    /// The mark's suffix: `文件` unless set.
    ///
    /// ```
    /// assert_eq!(gongwen::model::Banner::default().suffix(), "文件");
    /// ```
    pub fn suffix(&self) -> &str {
        self.mark_suffix.as_deref().map_or("文件", str::trim)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_numbers_are_normalised_and_say_what_changed() {
        let cases = [
            ("滨政发〔2026〕3号", "滨政发〔2026〕3号", 0),
            ("滨政发[2026]3号", "滨政发〔2026〕3号", 1),
            ("滨政发［2026］03号", "滨政发〔2026〕3号", 2),
            ("滨政发【2026】第3号", "滨政发〔2026〕3号", 2),
            ("滨政办发(2026)12", "滨政办发〔2026〕12号", 2),
            ("滨政发2026年3号", "滨政发〔2026〕3号", 1),
            (" 滨政发 〔2026〕 10号 ", "滨政发〔2026〕10号", 0),
            ("中共滨江县委〔2026〕100号", "中共滨江县委〔2026〕100号", 0),
        ];
        for (input, want, n) in cases {
            let got = normalize_doc_number(input).unwrap().unwrap();
            assert_eq!(got.text, want, "{input}");
            assert_eq!(got.changes.len(), n, "{input}: {:?}", got.changes);
        }
    }

    #[test]
    fn unreadable_doc_numbers_are_errors_in_chinese() {
        for bad in [
            "滨政发3号",
            "滨政发〔26〕3号",
            "〔2026〕3号",
            "滨政发〔2026〕三号",
            "滨政发〔2026〕0号",
            "滨政发〔2026〕3号文",
        ] {
            let e = normalize_doc_number(bad).unwrap_err();
            assert!(e.contains("发文字号"), "{bad}: {e}");
        }
        assert_eq!(normalize_doc_number("  ").unwrap(), None);
    }

    #[test]
    fn copy_numbers_are_six_digits() {
        assert_eq!(
            normalize_copy_number("000001")
                .unwrap()
                .unwrap()
                .changes
                .len(),
            0
        );
        assert_eq!(normalize_copy_number("1").unwrap().unwrap().text, "000001");
        assert!(normalize_copy_number("1234567").is_err());
        assert!(normalize_copy_number("A1").is_err());
    }
}
