//! Dates written in the text: days that do not exist (`2026年2月30日`, `13月`), years that do
//! not fit the document (`到2025年底` in a 2026 plan, 2026 in a summary of 2025), and
//! deadlines written two ways in one document (`6月底前完成` and `9月完成`).

use super::Code;
use super::rules::{Finding, Para, Sect};

/// A date written in text: `2026年3月10日前`, `6月底`, `10月`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateExpr {
    /// First and one-past-last character of the expression, the 前 included.
    pub start: usize,
    pub end: usize,
    pub year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// 底 or 末 after the month or year.
    pub end_of: bool,
    /// 前, 之前 or 以前 after it: a deadline.
    pub before: bool,
}

impl DateExpr {
    /// Whether the expression names a day, month or the end of a period (not a bare year).
    fn has_month(&self) -> bool {
        self.month.is_some()
    }
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The number written at `chars[i..]` and the index after it, when it starts there.
fn number(chars: &[char], i: usize) -> Option<(u32, usize, usize)> {
    let mut j = i;
    let mut n: u32 = 0;
    while let Some(d) = chars.get(j).and_then(|&c| digit(c)) {
        n = n.saturating_mul(10).saturating_add(d);
        j += 1;
    }
    (j > i).then_some((n, j, j - i))
}

fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Every date expression of the text, in order. A month or day may be out of range (the
/// caller reports it); a number followed by 月 that is part of a longer number, or by 个月,
/// is not a date.
pub(crate) fn scan(chars: &[char]) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || digit(chars[i - 1]).is_none();
        let Some((n, j, len)) = boundary.then(|| number(chars, i)).flatten() else {
            i += 1;
            continue;
        };
        let mut e = DateExpr {
            start: i,
            end: j,
            year: None,
            month: None,
            day: None,
            end_of: false,
            before: false,
        };
        let mut k = j;
        if len == 4 && chars.get(k) == Some(&'年') {
            e.year = u16::try_from(n).ok();
            k += 1;
            if let Some((m, k2, mlen)) = number(chars, k)
                && mlen <= 2
                && chars.get(k2) == Some(&'月')
            {
                e.month = u8::try_from(m).ok();
                k = k2 + 1;
            }
        } else if len <= 2 && chars.get(k) == Some(&'月') {
            e.month = u8::try_from(n).ok();
            k += 1;
        } else {
            i = j;
            continue;
        }
        if e.month.is_some()
            && let Some((d, k2, dlen)) = number(chars, k)
            && dlen <= 2
            && matches!(chars.get(k2), Some('日' | '号'))
        {
            e.day = u8::try_from(d).ok();
            k = k2 + 1;
        }
        if e.day.is_none() && matches!(chars.get(k), Some('底' | '末')) {
            e.end_of = true;
            k += 1;
        }
        for before in ["之前", "以前", "前"] {
            let b: Vec<char> = before.chars().collect();
            if chars.get(k..k + b.len()) == Some(&b[..]) {
                e.before = true;
                k += b.len();
                break;
            }
        }
        e.end = k;
        out.push(e);
        i = k.max(i + 1);
    }
    out
}

fn text(chars: &[char], e: &DateExpr) -> String {
    chars[e.start..e.end].iter().collect()
}

/// `impossible_date`: 2月30日, 13月, 0月, 4月31日.
pub(crate) fn impossible(chars: &[char], dates: &[DateExpr], out: &mut Vec<Finding>) {
    for e in dates {
        let Some(m) = e.month else { continue };
        let written = text(chars, e);
        if !(1..=12).contains(&m) {
            out.push(Finding {
                char_index: e.start,
                code: Code::ImpossibleDate,
                message: format!("“{written}”：没有{m}月，请核对月份"),
            });
            continue;
        }
        if let Some(d) = e.day {
            // Without a year, 2月29日 may be right.
            let max = days_in_month(e.year.unwrap_or(2000), m);
            if d == 0 || d > max {
                let year = e.year.map(|y| format!("{y}年")).unwrap_or_default();
                out.push(Finding {
                    char_index: e.start,
                    code: Code::ImpossibleDate,
                    message: format!(
                        "“{written}”：{year}{m}月没有{d}日（只有{max}天），请核对日期"
                    ),
                });
            }
        }
    }
}

/// `year_mismatch`: in a plan for year Y, a deadline in an earlier year (`到2025年底`,
/// `于2025年3月10日前`); in a summary, a date after the document's own (outside 下一步打算).
pub(crate) fn year_mismatch(p: &Para, chars: &[char], dates: &[DateExpr], out: &mut Vec<Finding>) {
    let (Some(kind), Some(year)) = (p.kind, p.year) else {
        return;
    };
    if p.section == Sect::Heading {
        return;
    }
    for e in dates {
        let Some(y) = e.year else { continue };
        if e.month.is_some_and(|m| !(1..=12).contains(&m)) {
            continue; // impossible_date's
        }
        let written = text(chars, e);
        if kind.is_summary() {
            if p.section == Sect::NextSteps {
                continue;
            }
            let limit = p.date.unwrap_or((year, 12, 31));
            let first = (y, e.month.unwrap_or(1), e.day.unwrap_or(1));
            if first > limit {
                let what = match p.date {
                    Some((dy, dm, dd)) => format!("成文日期（{dy}年{dm}月{dd}日）"),
                    None => format!("{year}年"),
                };
                out.push(Finding {
                    char_index: e.start,
                    code: Code::YearMismatch,
                    message: format!(
                        "总结的是{year}年的工作，这里的“{written}”晚于{what}：是否写错了年份？今后的打算请写在“下一步打算”中"
                    ),
                });
            }
        } else if kind.is_signed() && y < year && p.section != Sect::Background {
            // A plan's background may tell what was done in earlier years.
            let preposition =
                e.start >= 1 && matches!(chars[e.start - 1], '到' | '至' | '于' | '在');
            if e.before || e.end_of || preposition {
                out.push(Finding {
                    char_index: e.start,
                    code: Code::YearMismatch,
                    message: format!(
                        "这是{year}年的计划，时限“{written}”却早于{year}年：是否应为“{}”？",
                        written.replacen(&y.to_string(), &year.to_string(), 1)
                    ),
                });
            }
        }
    }
}

/// `deadline_style`: where most deadlines of a document are written with 前 (`6月底前`), the
/// ones written without it (`于9月完成`, `9月30日完成`). `paras` are the paragraphs' texts;
/// returns (paragraph index, character index, message).
pub(crate) fn deadline_style(paras: &[&str]) -> Vec<(usize, usize, String)> {
    const DONE: [&str; 8] = [
        "完成", "完工", "建成", "实现", "落实", "到位", "结束", "办结",
    ];
    let mut styled: Vec<String> = Vec::new();
    let mut bare: Vec<(usize, usize, String)> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let chars: Vec<char> = p.chars().collect();
        for e in scan(&chars) {
            if !e.has_month() {
                continue;
            }
            let written = text(&chars, &e);
            if e.before {
                styled.push(written);
                continue;
            }
            let after: String = chars[e.end..].iter().take(4).collect();
            let lead = e.start >= 1 && matches!(chars[e.start - 1], '于' | '在');
            if DONE.iter().any(|d| after.starts_with(d)) && (lead || e.day.is_some() || e.end_of) {
                bare.push((i, e.start, written));
            }
        }
    }
    if styled.len() < 2 || styled.len() <= bare.len() {
        return Vec::new();
    }
    let example = &styled[0];
    bare.into_iter()
        .map(|(i, ci, written)| {
            (
                i,
                ci,
                format!(
                    "全文其他时限写作“……前”（如“{example}”），这里写作“{written}”：建议统一为“{written}前”"
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<DateExpr> {
        scan(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn scans_the_dates_writers_write() {
        let d = dates("于2026年3月10日前完成，6月底前验收，12个月内，2013年，三季度");
        assert_eq!(d.len(), 3, "{d:?}");
        assert_eq!(
            (d[0].year, d[0].month, d[0].day, d[0].before),
            (Some(2026), Some(3), Some(10), true)
        );
        assert_eq!(
            (d[1].month, d[1].end_of, d[1].before),
            (Some(6), true, true)
        );
        assert_eq!((d[2].year, d[2].month), (Some(2013), None));
        assert!(dates("编号2013月").is_empty(), "part of a longer number");
        assert!(dates("共12个月").is_empty());
    }
}
