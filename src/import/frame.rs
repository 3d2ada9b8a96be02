//! The parts of an issued document around its text, recognised in its lines: the 版头 at the
//! top (份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人) and the 版记 at the end
//! (抄送 and 印发 lines). They are taken off before the text is parsed, so that the mark is
//! not read as the title nor the 版记 as body text, and come back as the document's
//! [`Banner`] and [`Record`].

use crate::date::Date;
use crate::model::Units;
use crate::model::elements::{Banner, Record};

/// How many lines from the top a 发文字号 may stand at to make the lines above it a 版头.
const BANNER_DEPTH: usize = 8;

/// Whether `s` holds a 发文字号: 〔 (or another bracket) four digits 〕 digits 号.
pub(crate) fn doc_number_at(s: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '〔' | '[' | '［' | '【' | '(' | '（') {
            continue;
        }
        let digits: String = chars[k + 1..]
            .iter()
            .map(|&(_, c)| c)
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.len() != 4 {
            continue;
        }
        let rest: String = chars[k + 5..].iter().map(|&(_, c)| c).collect();
        let rest = rest.trim_start_matches(['〕', ']', '］', '】', ')', '）']);
        let rest = rest.trim_start_matches('第');
        let n = rest.chars().take_while(char::is_ascii_digit).count();
        // 55 号 as well: pages set off the 号.
        if n > 0 && rest[n..].trim_start().starts_with('号') && at > 0 {
            return Some(at);
        }
    }
    None
}

/// A 发文字号 typed on one line with the title after it (`金室字〔2020〕1号关于印发……的通知`, as
/// a page's text runs them together): the number and the title.
pub(crate) fn number_before_title(line: &str) -> Option<(&str, &str)> {
    let at = doc_number_at(line)?;
    let end = at + line[at..].find('号')? + '号'.len_utf8();
    let (number, title) = (line[..end].trim(), line[end..].trim());
    (title.starts_with("关于")
        && !number.contains(['，', '。', '：', ':'])
        && crate::model::elements::normalize_doc_number(number).is_ok())
    .then_some((number, title))
}

/// Takes a 版头 off the top of `lines` (cleaned, blank ones empty): returns it with the
/// indices of its lines, or `None` when the top is not a 版头 (no 发文字号 near it). A title
/// above the 发文字号 (as web pages print one) is the title, not the organ's mark: it stays.
pub(crate) fn take_banner(lines: &[&str]) -> Option<(Banner, Vec<usize>)> {
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    let at = nonblank
        .iter()
        .take(BANNER_DEPTH)
        // (Not in a file's name over the page, `关于印发……的通知 某卫〔2024〕5号.pdf`, nor in
        // a row of a page's index table, `主题词： 发布日期：…… 文号：楚司通（2024）1号`.)
        .position(|&i| {
            doc_number_at(lines[i]).is_some()
                && !super::parse::file_name(lines[i])
                && !super::parse::is_debris(lines[i])
        })?;
    let mut banner = Banner::default();
    let mut mark: Vec<String> = Vec::new();
    let mut taken = Vec::new();
    for &i in &nonblank[..at] {
        let l = lines[i];
        // The title (its first line too, 国务院关于推动…… / ……的意见: no organ's mark says
        // 关于) and a page's debris above it (发布时间：…… 来源：……) are no part of the 版头.
        if super::parse::titled(l)
            || l.contains("关于")
            || super::parse::is_debris(l)
            || super::parse::file_name(l)
        {
            continue;
        }
        taken.push(i);
        if mark.is_empty() && l.len() <= 6 && l.chars().all(|c| c.is_ascii_digit()) {
            banner.copy_number = Some(l.to_string());
        } else if mark.is_empty()
            && ["绝密", "机密", "秘密", "密级：", "密级:"]
                .iter()
                .any(|s| l.starts_with(s))
        {
            banner.secrecy = Some(l.to_string());
        } else if mark.is_empty()
            && (matches!(l, "特急" | "加急")
                || l.starts_with("紧急程度：")
                || l.starts_with("紧急程度:"))
        {
            banner.urgency = Some(l.to_string());
        } else if l.chars().count() <= 30 && !super::parse::unmarked(l).contains(['，', '。', '：'])
        {
            // A mark spaced out across the page (某 区 卫 生 健 康 局) is the organ's name.
            mark.push(l.split_whitespace().collect());
        } else {
            return None;
        }
    }
    let line = lines[nonblank[at]];
    let number_part = line.split("签发人").next().unwrap_or(line).trim();
    if !number_part.ends_with('号') || number_part.contains(['，', '。', '；']) {
        return None;
    }
    let (number, signers) = match line.find("签发人") {
        Some(s) => {
            let names = line[s + "签发人".len()..].trim_start_matches(['：', ':', ' ', '\u{3000}']);
            let names: Vec<String> = names
                .split([' ', '\u{3000}', '、', '，'])
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect();
            (line[..s].trim(), names)
        }
        None => (line, Vec::new()),
    };
    // Only a number a 版头 can print: anything else stays text (and the document renders).
    if crate::model::elements::normalize_doc_number(number).is_err() {
        return None;
    }
    banner.number = Some(number.trim().to_string());
    banner.signers = Units(signers);
    if let Some(last) = mark.last_mut() {
        match last.strip_suffix("文件") {
            Some(organ) if !organ.is_empty() => *last = organ.to_string(),
            _ => banner.mark_suffix = Some(String::new()),
        }
    }
    banner.organs = Units(mark);
    taken.push(nonblank[at]);
    Some((banner, taken))
}

/// A 版记's line of who printed the document and when (`某县文化局办公室2026年3月12日印发`): the
/// printing organ (perhaps empty) and the date.
pub(crate) fn printed_line(line: &str) -> Option<(&str, Date)> {
    let body = line.strip_suffix("印发")?;
    // The date is the last run of the line: 2026年3月12日.
    let date_start = body
        .rfind(|c: char| !(c.is_ascii_digit() || "年月日".contains(c)))
        .map_or(0, |i| {
            i + body[i..].chars().next().map_or(1, char::len_utf8)
        });
    let date: Date = body[date_start..].parse().ok()?;
    let organ = body[..date_start].trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    Some((organ, date))
}

/// Takes a 版记 off the end of `lines`: returns it with the index of its first line, or
/// `None` when the document does not end in 抄送 / 印发 lines.
pub(crate) fn take_record(lines: &[&str]) -> Option<(Record, usize)> {
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    let &last = nonblank.last()?;
    let (organ, date) = printed_line(lines[last])?;
    let mut record = Record {
        printer: (!organ.is_empty()).then(|| organ.to_string()),
        print_date: Some(date),
        ..Record::default()
    };
    let mut first = last;
    if let Some(&prev) = nonblank.iter().rev().nth(1) {
        let l = lines[prev];
        if let Some(rest) = l.strip_prefix("抄送") {
            let names = rest.trim_start_matches(['：', ':']).trim_end_matches('。');
            record.cc = Units(vec![names.to_string()]);
            first = prev;
        }
    }
    Some((record, first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banner_lines_are_taken_apart() {
        let lines = [
            "000038",
            "加急",
            "松溪县人民政府办公室文件",
            "",
            "松政办发〔2026〕9号",
            "关于印发某方案的通知",
        ];
        let (b, taken) = take_banner(&lines).unwrap();
        assert_eq!(taken, [0, 1, 2, 4]);
        assert_eq!(b.copy_number.as_deref(), Some("000038"));
        assert_eq!(b.urgency.as_deref(), Some("加急"));
        assert_eq!(b.organs.0, ["松溪县人民政府办公室"]);
        assert_eq!(b.number.as_deref(), Some("松政办发〔2026〕9号"));
        assert!(b.signers.is_empty());
        let up = [
            "临河县交通运输局文件",
            "临交〔2026〕47号 签发人：高建华",
            "标题",
        ];
        let (b, _) = take_banner(&up).unwrap();
        assert_eq!(b.number.as_deref(), Some("临交〔2026〕47号"));
        assert_eq!(b.signers.0, ["高建华"]);
        // A title that cites a 发文字号 in a sentence is no 版头.
        assert!(take_banner(&["关于转发某文件，依据某政发〔2026〕3号文件。", "正文"]).is_none());
        assert!(take_banner(&["标题", "正文"]).is_none());
        // A web page's title over the 发文字号 stays the title.
        let (b, taken) =
            take_banner(&["某县教育局2026年工作要点", "某教发〔2026〕3号", "正文。"]).unwrap();
        assert_eq!(taken, [1]);
        assert!(b.organs.is_empty());
        assert_eq!(b.number.as_deref(), Some("某教发〔2026〕3号"));
    }

    #[test]
    fn record_lines_are_taken_apart() {
        let lines = [
            "正文。",
            "",
            "抄送：县委各部门，县法院。",
            "松溪县人民政府办公室 2026年3月12日印发",
        ];
        let (r, first) = take_record(&lines).unwrap();
        assert_eq!(first, 2);
        assert_eq!(r.cc.0, ["县委各部门，县法院"]);
        assert_eq!(r.printer.as_deref(), Some("松溪县人民政府办公室"));
        assert_eq!(r.print_date.unwrap().to_string(), "2026年3月12日");
        assert!(take_record(&["正文。", "2026年3月12日"]).is_none());
    }
}
