//! The rules that look at the outline of a text draft: heading numbers, empty sections,
//! the sections the wording rules depend on, and units against the responsibilities.

use super::rules::{Sect, is_cjk};
use super::{Code, Diagnostic};
use crate::model::DocKind;

/// A numbered heading (or list item) at the start of a line.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    /// 10 一、 · 15 第一阶段 · 20 （一） · 30 1. · 40 （1）
    pub rank: u8,
    pub n: u32,
    /// The numbering style within the rank: "、" "." "，" "()" ")" "①" "第".
    pub style: &'static str,
    /// Column (0-based, characters) where the marker starts.
    pub col: usize,
    /// The text after the marker.
    pub text: String,
    /// A heading line only (no sentence after it).
    pub pure: bool,
}

fn rank_index(rank: u8) -> usize {
    match rank {
        10 => 0,
        15 => 1,
        20 => 2,
        30 => 3,
        _ => 4,
    }
}

const CN_DIGITS: &str = "零一二三四五六七八九";

fn cn_number(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    let digit = |c: char| CN_DIGITS.chars().position(|d| d == c).map(|p| p as u32);
    match chars.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a),
        ['十', b] => Some(10 + digit(*b)?),
        [a, '十'] => Some(digit(*a)? * 10),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?),
        _ => None,
    }
}

fn format_marker(rank: u8, style: &str, n: u32) -> String {
    let cn = || crate::chinese::numeral(n as u64);
    match (rank, style) {
        (10, s) => format!("{}{}", cn(), if s == "." { "." } else { s }),
        (15, _) => format!("第{}", cn()),
        (20, _) => format!("（{}）", cn()),
        (30, s) => format!("{n}{s}"),
        (_, "①") => char::from_u32(0x2460 + n - 1).map_or(n.to_string(), String::from),
        (_, ")") => format!("{n})"),
        _ => format!("（{n}）"),
    }
}

fn canonical(rank: u8) -> &'static str {
    match rank {
        10 => "、",
        30 => ".",
        _ => "()",
    }
}

/// Reads the heading marker at the start of `line`, if any. `expect3` is the next number
/// expected at rank 30 (to tell `2.10项` from a decimal).
fn parse_heading(line: &str, expect3: Option<u32>) -> Option<Heading> {
    let all: Vec<char> = line.chars().collect();
    let col = all.iter().take_while(|c| c.is_whitespace()).count();
    let c = &all[col..];
    let first = *c.first()?;
    let take = |from: usize, pred: &dyn Fn(char) -> bool| -> usize {
        c[from..].iter().take_while(|&&x| pred(x)).count()
    };
    let is_cn = |x: char| CN_DIGITS.contains(x) || x == '十';
    let mut found: Option<(u8, u32, &'static str, usize)> = None;
    if is_cn(first) {
        let len = take(0, &is_cn);
        let n = cn_number(&c[..len].iter().collect::<String>());
        let style = match c.get(len) {
            Some('、') => Some("、"),
            Some('.' | '．') => Some("."),
            Some('，' | ',') => Some("，"),
            _ => None,
        };
        if let (Some(n), Some(style)) = (n, style)
            && len <= 3
        {
            found = Some((10, n, style, len + 1));
        }
    } else if first == '第' {
        let len = take(1, &is_cn);
        let rest: String = c.iter().skip(1 + len).take(2).collect();
        if len > 0 && (rest == "阶段" || rest == "部分" || rest.starts_with('章')) {
            let n = cn_number(&c[1..1 + len].iter().collect::<String>());
            if let Some(n) = n {
                found = Some((15, n, "第", 1 + len + rest.chars().count()));
            }
        }
    } else if first == '(' || first == '（' {
        let close = |x: Option<&char>| matches!(x, Some(')' | '）'));
        let len_cn = take(1, &is_cn);
        let len_d = take(1, &|x| x.is_ascii_digit());
        if len_cn > 0 && close(c.get(1 + len_cn)) {
            if let Some(n) = cn_number(&c[1..1 + len_cn].iter().collect::<String>()) {
                found = Some((20, n, "()", len_cn + 2));
            }
        } else if (1..=2).contains(&len_d) && close(c.get(1 + len_d)) {
            let n: u32 = c[1..1 + len_d].iter().collect::<String>().parse().ok()?;
            found = Some((40, n, "()", len_d + 2));
        }
    } else if first.is_ascii_digit() {
        let len = take(0, &|x| x.is_ascii_digit());
        let n: u32 = c[..len].iter().collect::<String>().parse().ok()?;
        let after = c.get(len + 1).copied();
        let next_digit = after.is_some_and(|x| x.is_ascii_digit());
        if len <= 2 && n > 0 {
            match c.get(len) {
                Some('.' | '．') if !next_digit || expect3 == Some(n) => {
                    found = Some((30, n, ".", len + 1));
                }
                Some('、') if !next_digit || expect3 == Some(n) => {
                    found = Some((30, n, "、", len + 1))
                }
                Some(')' | '）') if !next_digit => found = Some((40, n, ")", len + 1)),
                _ => {}
            }
        }
    } else if ('①'..='⑳').contains(&first) {
        found = Some((40, first as u32 - 0x2460 + 1, "①", 1));
    }
    let (rank, n, style, len) = found?;
    let text: String = c[len..].iter().collect();
    let body = text.trim();
    let pure = !body.is_empty()
        && body.chars().count() <= 40
        && !body.contains(['。', '！', '？'])
        && !body.ends_with(['；', ';', '，', ',', '、']);
    Some(Heading {
        rank,
        n,
        style,
        col,
        text: body.to_string(),
        pure,
    })
}

fn classify(heading: &str) -> Sect {
    let has = |ws: &[&str]| ws.iter().any(|w| heading.contains(w));
    if has(&["下一步", "今后", "明年", "打算", "工作思路", "努力方向"]) {
        Sect::NextSteps
    } else if has(&[
        "基本情况",
        "背景",
        "现状",
        "工作基础",
        "基本概况",
        "回顾",
        "上年",
    ]) {
        Sect::Background
    } else if has(&["职责", "分工"]) {
        Sect::Responsibilities
    } else {
        Sect::Other
    }
}

/// A short unnumbered line that names a section (存在的问题, 下一步打算, 具体要求).
fn section_line(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['：', ':']);
    let n = t.chars().count();
    (2..=10).contains(&n) && t.chars().all(is_cjk) && classify(t) != Sect::Other
}

fn is_title(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 40
        && !t.contains(['。', '，', ',', '：', ':'])
        && ["计划", "方案", "总结", "要点", "安排", "意见", "汇报"]
            .iter()
            .any(|w| t.ends_with(w) || t.contains(&format!("{w}（")))
}

/// The outline of a text draft.
pub(crate) struct Outline {
    headings: Vec<Option<Heading>>,
    sections: Vec<Sect>,
    /// The line of the title, when one is found.
    pub(crate) title: Option<usize>,
}

impl Outline {
    pub(crate) fn parse(lines: &[&str]) -> Outline {
        let mut headings = Vec::with_capacity(lines.len());
        let mut last3: Option<u32> = None;
        let mut title = None;
        for (i, line) in lines.iter().enumerate() {
            if title.is_none()
                && headings.iter().all(Option::is_none)
                && lines[..i].iter().all(|l| l.trim().is_empty())
                && is_title(line)
            {
                title = Some(i);
            }
            let h = parse_heading(line, Some(last3.map_or(1, |n| n + 1)));
            if let Some(h) = &h {
                match h.rank {
                    30 => last3 = Some(h.n),
                    r if r < 30 => last3 = None,
                    _ => {}
                }
            }
            headings.push(h);
        }
        let mut sections = Vec::with_capacity(lines.len());
        let mut current = Sect::Background; // the opening, before the first heading
        for (i, h) in headings.iter().enumerate() {
            if Some(i) == title {
                sections.push(Sect::Heading);
                continue;
            }
            match h {
                Some(h) if h.rank == 10 => {
                    current = classify(&h.text);
                    sections.push(if h.pure { Sect::Heading } else { current });
                }
                Some(h) if h.pure => sections.push(Sect::Heading),
                None if section_line(lines[i]) => {
                    current = classify(lines[i].trim());
                    sections.push(Sect::Heading);
                }
                _ => sections.push(current),
            }
        }
        Outline {
            headings,
            sections,
            title,
        }
    }

    pub(crate) fn section_of(&self, i: usize) -> Sect {
        self.sections.get(i).copied().unwrap_or_default()
    }

    /// Plan or summary, from the title, the level-1 headings, or the verbs.
    pub(crate) fn guess_kind(&self, lines: &[&str]) -> Option<DocKind> {
        if let Some(t) = self.title {
            let t = lines[t];
            if t.contains("总结") || t.contains("汇报") {
                return Some(DocKind::Summary);
            }
            return Some(DocKind::Plan);
        }
        let heads: Vec<&str> = self
            .headings
            .iter()
            .enumerate()
            .filter_map(|(i, h)| match h {
                Some(h) if h.rank <= 15 => Some(h.text.as_str()),
                None if section_line(lines[i]) => Some(lines[i]),
                _ => None,
            })
            .collect();
        let any = |ws: &[&str]| heads.iter().any(|h| ws.iter().any(|w| h.contains(w)));
        if any(&[
            "存在的问题",
            "存在问题",
            "不足",
            "主要做法",
            "主要成效",
            "工作成效",
            "取得的成绩",
        ]) {
            return Some(DocKind::Summary);
        }
        if any(&[
            "目标",
            "步骤",
            "安排",
            "措施",
            "要求",
            "职责",
            "分工",
            "指导思想",
            "阶段",
            "任务",
        ]) {
            return Some(DocKind::Plan);
        }
        let text: String = lines.concat();
        let le = text.matches('了').count();
        let fut = text.matches('要').count() + text.matches('将').count();
        if le >= 4 && le > fut * 2 {
            Some(DocKind::Summary)
        } else if fut >= 4 && fut > le * 2 {
            Some(DocKind::Plan)
        } else {
            None
        }
    }

    /// numbering_gap, numbering_style_mix, empty_section, unassigned_unit.
    pub(crate) fn check(&self, lines: &[&str]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        self.numbering(lines, &mut out);
        self.style_mix(&mut out);
        self.empty_sections(lines, &mut out);
        self.units(lines, &mut out);
        out
    }

    fn numbering(&self, lines: &[&str], out: &mut Vec<Diagnostic>) {
        let mut last: [Option<u32>; 5] = [None; 5];
        let mut prev_text: &str = "";
        for (i, h) in self.headings.iter().enumerate() {
            let Some(h) = h else {
                if !lines[i].trim().is_empty() {
                    prev_text = lines[i];
                }
                continue;
            };
            let r = rank_index(h.rank);
            let expected = last[r].map_or(1, |p| p + 1);
            let mark = |n: u32| format_marker(h.rank, h.style, n);
            if h.n != expected && (h.n != 1 || last[r] == Some(1)) {
                // a line broken after an inline "(1)…": the list goes on at "(2)"
                let inline_prev = last[r].is_none()
                    && (prev_text.contains(&format_marker(h.rank, h.style, h.n - 1))
                        || prev_text.contains(
                            &format_marker(h.rank, "()", h.n - 1).replace(['（', '）'], "("),
                        )
                        || prev_text.contains(&format!("({})", h.n - 1)));
                if !inline_prev {
                    let message = match last[r] {
                        None => format!(
                            "编号从“{}”开始，前面缺少“{}”：请补上缺少的部分，或改正编号",
                            mark(h.n),
                            mark(1)
                        ),
                        Some(p) if h.n > p => format!(
                            "编号从“{}”跳到了“{}”，中间缺少“{}”：请按顺序编号，或补上缺少的部分",
                            mark(p),
                            mark(h.n),
                            mark(p + 1)
                        ),
                        Some(p) => format!(
                            "编号“{}”与前面重复或倒退（上一个是“{}”）：请按顺序编号",
                            mark(h.n),
                            mark(p)
                        ),
                    };
                    out.push(Diagnostic {
                        line: i + 1,
                        column: h.col + 1,
                        code: Code::NumberingGap,
                        severity: Code::NumberingGap.level(),
                        message,
                    });
                }
            }
            last[r] = Some(h.n);
            for l in last.iter_mut().skip(r + 1) {
                *l = None;
            }
            prev_text = lines[i];
        }
    }

    fn style_mix(&self, out: &mut Vec<Diagnostic>) {
        for rank in [10u8, 20, 30, 40] {
            let at: Vec<(usize, &Heading)> = self
                .headings
                .iter()
                .enumerate()
                .filter_map(|(i, h)| h.as_ref().filter(|h| h.rank == rank).map(|h| (i, h)))
                .collect();
            let mut counts: Vec<(&str, usize, usize)> = Vec::new(); // style, count, first
            for (i, h) in &at {
                match counts.iter_mut().find(|c| c.0 == h.style) {
                    Some(c) => c.1 += 1,
                    None => counts.push((h.style, 1, *i)),
                }
            }
            if counts.len() < 2 {
                continue;
            }
            let canon = canonical(rank);
            counts.sort_by(|a, b| {
                b.1.cmp(&a.1)
                    .then((b.0 == canon).cmp(&(a.0 == canon)))
                    .then(a.2.cmp(&b.2))
            });
            let major = counts[0].0;
            for (i, h) in at {
                if h.style != major {
                    out.push(Diagnostic {
                        line: i + 1,
                        column: h.col + 1,
                        code: Code::NumberingStyleMix,
                        severity: Code::NumberingStyleMix.level(),
                        message: format!(
                            "同一层级的编号样式不一致：本文多用“{}”，这里是“{}”：请统一（公文层次序号依次为“一、”“（一）”“1.”“（1）”）",
                            format_marker(rank, major, 1),
                            format_marker(rank, h.style, h.n)
                        ),
                    });
                }
            }
        }
    }

    fn empty_sections(&self, lines: &[&str], out: &mut Vec<Diagnostic>) {
        for (i, h) in self.headings.iter().enumerate() {
            let Some(h) = h else { continue };
            if !h.pure || h.rank > 20 || h.text.ends_with(['：', ':']) {
                continue;
            }
            let next = (i + 1..lines.len()).find(|&j| !lines[j].trim().is_empty());
            let empty = match next {
                None => true,
                Some(j) => self.headings[j].as_ref().is_some_and(|n| n.rank <= h.rank),
            };
            if empty {
                out.push(Diagnostic {
                    line: i + 1,
                    column: h.col + 1,
                    code: Code::EmptySection,
                    severity: Code::EmptySection.level(),
                    message: format!(
                        "“{}”下面没有内容，紧接着就是下一个标题：请补写这一部分，或删去这个标题",
                        h.text
                    ),
                });
            }
        }
    }

    fn units(&self, lines: &[&str], out: &mut Vec<Diagnostic>) {
        // Units of the responsibilities section.
        let mut assigned: Vec<String> = Vec::new();
        let mut in_resp = Vec::with_capacity(lines.len());
        let mut cur = Sect::Other;
        for (i, line) in lines.iter().enumerate() {
            match &self.headings[i] {
                Some(h) if h.rank == 10 => cur = classify(&h.text),
                None if section_line(line) => cur = classify(line.trim()),
                _ => {}
            }
            let resp = cur == Sect::Responsibilities;
            in_resp.push(resp);
            if !resp {
                continue;
            }
            if let Some(h) = &self.headings[i]
                && h.rank > 10
            {
                let name = h
                    .text
                    .split(['（', '(', '。', '：', ':', '，'])
                    .next()
                    .unwrap_or("");
                assigned.extend(split_units(name));
            }
            for (_, list) in unit_lists(line) {
                assigned.extend(split_units(&list));
            }
            // 区民政局：负责……
            if self.headings[i].is_none()
                && let Some((name, _)) = line.trim().split_once(['：', ':'])
                && (2..=15).contains(&name.chars().count())
                && !UNIT_LABELS.contains(&name)
            {
                assigned.extend(split_units(name));
            }
        }
        if assigned.is_empty() {
            return;
        }
        for (i, line) in lines.iter().enumerate() {
            if in_resp[i] {
                continue;
            }
            for (col, list) in unit_lists(line) {
                let mut offset = 0;
                for part in list.split(['、', '，', ',', '；', ';']) {
                    let unit = clean_unit(part);
                    let here =
                        col + offset + part.chars().take_while(|c| c.is_whitespace()).count();
                    offset += part.chars().count() + 1;
                    if unit.is_empty() || unit.chars().count() > 20 {
                        continue;
                    }
                    if !assigned.iter().any(|a| same_unit(a, &unit)) {
                        out.push(Diagnostic {
                            line: i + 1,
                            column: here + 1,
                            code: Code::UnassignedUnit,
                            severity: Code::UnassignedUnit.level(),
                            message: format!(
                                "“{unit}”在任务中被列为责任单位，但职责分工中没有它：请在职责分工中写明它的职责，或核对单位名称"
                            ),
                        });
                    }
                }
            }
        }
    }
}

const UNIT_LABELS: &[&str] = &[
    "牵头单位",
    "责任单位",
    "配合单位",
    "牵头部门",
    "责任部门",
    "协办单位",
    "配合部门",
];

/// The unit lists in a line: `(column of the list, list text)` after 责任单位： and the like,
/// up to the closing bracket, 。 or ；.
fn unit_lists(line: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for label in UNIT_LABELS {
        let mut from = 0;
        while let Some(pos) = line[from..].find(label) {
            let byte = from + pos;
            from = byte + label.len();
            let start = line[..byte].chars().count() + label.chars().count();
            if !matches!(chars.get(start), Some('：' | ':')) {
                continue;
            }
            let mut depth = 0i32;
            let mut end = start + 1;
            while end < chars.len() {
                match chars[end] {
                    '（' | '(' => depth += 1,
                    '）' | ')' if depth == 0 => break,
                    '）' | ')' => depth -= 1,
                    '。' | '；' | ';' if depth == 0 => break,
                    _ => {}
                }
                end += 1;
            }
            out.push((start + 1, chars[start + 1..end].iter().collect()));
        }
    }
    out
}

fn clean_unit(s: &str) -> String {
    s.trim()
        .trim_end_matches("等有关单位")
        .trim_end_matches("等部门")
        .trim_end_matches("等单位")
        .trim_end_matches('等')
        .trim()
        .to_string()
}

fn split_units(list: &str) -> Vec<String> {
    list.split(['、', '，', ',', '；', ';'])
        .map(clean_unit)
        .filter(|u| !u.is_empty())
        .collect()
}

/// Whether two names are the same unit: equal, or one contains the other
/// (各村（社区） / 各村; 区人社局 / 人社局).
pub(crate) fn same_unit(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String {
        s.trim_start_matches('各')
            .split(['（', '('])
            .next()
            .unwrap_or("")
            .to_string()
    };
    let (a, b) = (strip(a), strip(b));
    !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}
