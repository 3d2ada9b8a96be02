//! `gongwen import --normalize-punct`: half-width punctuation in Chinese text made full-width,
//! each change reported. Import never does this unless asked: the text is the writer's.

/// One mark changed by [`normalize_punct`]: where it stood in the source (1-based line and
/// character column) and what it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PunctChange {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The mark as written.
    pub from: char,
    /// The mark it became.
    pub to: char,
}

/// The result of [`normalize_punct`]: the text and every change made to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The text, each line's half-width marks made full-width where they stand in Chinese.
    pub text: String,
    /// Every mark changed, in order.
    pub changes: Vec<PunctChange>,
}

fn is_han(c: char) -> bool {
    crate::chinese::is_cjk(c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
        || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// Makes the half-width marks that stand in Chinese text full-width, line by line:
/// `,` `;` `:` `?` `!` next to a Chinese character, `(` `)` around text that holds one, straight
/// double quotes around Chinese text (“ then ”), and a `.` that ends a line after a Chinese
/// character. Marks in numbers (`3.5`, `10:30`, `1,000`), web addresses and Latin text, and the
/// heading numbers `1.` `(1)` stay as they are.
///
/// ```
/// use gongwen::import::normalize_punct;
/// let n = normalize_punct("联系人:张三,电话:0531-86120357\n会议时间10:30(周一)");
/// assert_eq!(n.text, "联系人：张三，电话：0531-86120357\n会议时间10:30（周一）");
/// assert_eq!(n.changes.len(), 5);
/// assert_eq!((n.changes[0].line, n.changes[0].column, n.changes[0].from, n.changes[0].to), (1, 4, ':', '：'));
/// ```
pub fn normalize_punct(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut changes = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let chars: Vec<char> = line.chars().collect();
        let new = normalize_line(&chars);
        for (col, (&a, &b)) in chars.iter().zip(&new).enumerate() {
            if a != b {
                changes.push(PunctChange {
                    line: i + 1,
                    column: col + 1,
                    from: a,
                    to: b,
                });
            }
        }
        out.extend(new);
    }
    Normalized { text: out, changes }
}

/// One line, mark for mark (the result has as many characters).
fn normalize_line(chars: &[char]) -> Vec<char> {
    let mut out = chars.to_vec();
    let han_at = |k: Option<usize>| k.and_then(|k| chars.get(k)).is_some_and(|&c| is_han(c));
    // The heading number at the start (1. (1) 1) ) keeps its half-width marks.
    let skip = heading_number_len(chars);
    // Inside a web address or an e-mail address nothing changes.
    let mut in_url = vec![false; chars.len()];
    let s: String = chars.iter().collect();
    for start in ["http://", "https://", "www."]
        .iter()
        .flat_map(|p| s.match_indices(p).map(|(b, _)| s[..b].chars().count()))
    {
        let mut k = start;
        while k < chars.len() && chars[k].is_ascii() && !chars[k].is_ascii_whitespace() {
            in_url[k] = true;
            k += 1;
        }
    }
    let mut open_quote = true;
    for k in skip..chars.len() {
        if in_url[k] {
            continue;
        }
        let c = chars[k];
        let prev = k.checked_sub(1);
        let next = Some(k + 1);
        let near_han = han_at(prev) || han_at(next);
        let digits_around = prev.is_some_and(|p| chars[p].is_ascii_digit())
            && chars.get(k + 1).is_some_and(|n| n.is_ascii_digit());
        out[k] = match c {
            ',' | ';' | ':' | '?' | '!' if near_han && !digits_around => full_width(c),
            '.' if han_at(prev) && k + 1 == chars.len() => '。',
            '(' => match matching_close(chars, k) {
                Some(close) if chars[k + 1..close].iter().any(|&c| is_han(c)) || near_han => {
                    out[close] = '）';
                    '（'
                }
                _ => c,
            },
            '"' if near_han => {
                let q = if open_quote { '“' } else { '”' };
                open_quote = !open_quote;
                q
            }
            _ => out[k],
        };
    }
    out
}

fn full_width(c: char) -> char {
    match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        _ => c,
    }
}

/// The `)` that closes the `(` at `open` on the same line.
fn matching_close(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (k, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// Characters of a half-width heading number at the start of a line: `1.` `12.` `(1)` `1)`.
fn heading_number_len(chars: &[char]) -> usize {
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && matches!(chars.get(digits), Some('.' | ')')) {
        return digits + 1;
    }
    if chars.first() == Some(&'(') {
        let d = chars[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d > 0 && chars.get(1 + d) == Some(&')') {
            return d + 2;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize_punct(s).text
    }

    #[test]
    fn marks_in_chinese_become_full_width() {
        assert_eq!(n("加强领导,落实责任;"), "加强领导，落实责任；");
        assert_eq!(n("是否到位?请核实!"), "是否到位？请核实！");
        assert_eq!(n("开展\"平安校园\"创建"), "开展“平安校园”创建");
        assert_eq!(n("准备阶段(4月1日—4月10日)"), "准备阶段（4月1日—4月10日）");
        assert_eq!(n("各单位要认真落实."), "各单位要认真落实。");
    }

    #[test]
    fn numbers_addresses_latin_and_heading_numbers_stay() {
        for s in [
            "1.加强领导",
            "(1)加强领导",
            "增长3.5%，共1,000人，10:30开会",
            "登录www.gov.cn,查询",
            "见https://example.org/a,b说明",
            "see (a) and b, c.",
            "版本v1.2",
        ] {
            assert_eq!(n(s), s);
        }
    }

    #[test]
    fn every_change_is_reported_where_it_stood() {
        let got = normalize_punct("甲\n乙,丙(丁)");
        let at: Vec<_> = got
            .changes
            .iter()
            .map(|c| (c.line, c.column, c.from, c.to))
            .collect();
        assert_eq!(
            at,
            [(2, 2, ',', '，'), (2, 4, '(', '（'), (2, 6, ')', '）')]
        );
        assert_eq!(got.text.chars().count(), "甲\n乙,丙(丁)".chars().count());
    }
}
