//! Heading numbers as writers type them: 一、 （一） (一) 1. 1、 （1） (1) ① 第一部分 第一阶段 一是,
//! 2.1, A、, dash and symbol bullets (——, ★), and numbers set off by a space alone (1 工作目标).

/// A numbering style. Styles that differ only in the width of their punctuation
/// (`(一)` and `（一）`, `1.` and `1、`) are one style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Style {
    /// 第一部分, 第一板块, 第一章, 第一篇.
    Part,
    /// 一、
    CnDun,
    /// 壹、 貳、 (formal numerals): the top level where a document numbers its parts 一、 under them.
    Formal,
    /// 第一阶段, 第一步.
    Stage,
    /// 第一，(bare ordinal with a separator), 第一条, 第一项.
    Ordinal,
    /// （一）
    CnParen,
    /// 1. 1、 1．
    Arabic,
    /// （1） ⑴
    ArParen,
    /// 1)
    ArHalf,
    /// ① (also ❶ ➀ ➊)
    Circled,
    /// Ⅰ、 Ⅱ、 — Roman numerals.
    Roman,
    /// 一是 (at the start of a line); also 一要.
    Shi,
    /// A dash bullet: `——坚持党的领导。`, `----成立专班`. Every item is numbered 1.
    Dash,
    /// A symbol bullet before Chinese text: `★活动主题`, `● 完善采购制度`. A list only where
    /// another line has the same symbol (a lone ★ line is text).
    Bullet,
    /// A、 a. B． — Latin letters, mostly for scoring points and options.
    Letter,
    /// 2.1 (a decimal outline number's second level; its first is [`Style::Arabic`]).
    Dotted2,
    /// 2.1.3
    Dotted3,
    /// An unnumbered label heading (`活动要求：`, `具体要求`).
    Label,
}

impl Style {
    /// Rank in the GB/T 9704 habit: smaller is higher. Used only to break ties.
    pub(crate) fn rank(self) -> u8 {
        match self {
            Style::Part => 0,
            Style::Formal => 1,
            Style::CnDun => 1,
            Style::Ordinal => 1,
            Style::Stage => 2,
            Style::CnParen => 2,
            Style::Arabic => 3,
            Style::ArParen => 4,
            Style::ArHalf | Style::Circled => 5,
            Style::Roman => 2,
            Style::Dotted2 => 4,
            Style::Letter => 5,
            Style::Dotted3 => 5,
            Style::Shi | Style::Dash | Style::Bullet => 6,
            Style::Label => 9,
        }
    }
}

/// A heading number found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Num {
    pub style: Style,
    /// The value (二 → 2).
    pub n: u32,
    /// The number as written (`(一)`, `1、`, `第一阶段`).
    pub token: String,
    /// Byte offset in the line where the text after the number starts.
    pub rest: usize,
}

const CN_DIGITS: &str = "〇零一二三四五六七八九十百两⼀⼆⼋⼗";

pub(crate) fn is_cn_digit(c: char) -> bool {
    CN_DIGITS.contains(c)
}

pub(crate) use crate::chinese::numeral_value as cn_value;

/// Leading run of chars satisfying `f`: (the run, byte length).
fn run(s: &str, max: usize, f: impl Fn(char) -> bool) -> (&str, usize) {
    let mut end = 0;
    for (count, (i, c)) in s.char_indices().enumerate() {
        if count >= max || !f(c) {
            break;
        }
        end = i + c.len_utf8();
    }
    (&s[..end], end)
}

fn skip_spaces(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    at + (rest.len() - rest.trim_start_matches([' ', '\u{3000}', '\t']).len())
}

/// Brackets around a number: round ones, and 〔一〕 【一】 as some writers and sites type them.
fn open_paren(c: char) -> bool {
    // (＜一＞、 and 〈一〉 are typed for （一） too.)
    matches!(c, '(' | '（' | '〔' | '【' | '＜' | '〈')
}

fn close_paren(c: char) -> bool {
    matches!(c, ')' | '）' | '〕' | '】' | '＞' | '〉')
}

/// The value of a formal numeral (壹 … 拾, in simplified or traditional characters: 貳 參
/// 陸), written for 一 … 十 in some headings (壹、).
fn formal_value(c: char) -> Option<u32> {
    match c {
        '貳' => Some(2),
        '參' | '叄' => Some(3),
        '陸' => Some(6),
        _ => "壹贰叁肆伍陆柒捌玖拾"
            .chars()
            .position(|f| f == c)
            .map(|k| k as u32 + 1),
    }
}

/// The heading number at the start of `line`, if any. The text after it must not be empty.
pub(crate) fn parse(line: &str) -> Option<Num> {
    let num = parse_inner(line, false)?;
    let rest = line[num.rest..].trim();
    // Nothing after it, or a sentence going on (`2、，一说到……`, `2、：10月1日至……`: a site's
    // chunk marker dropped into the middle of a sentence) — no heading number.
    if rest.is_empty() || rest.starts_with(['，', ',', '。', '；', ';', '、', '：', ':']) {
        return None;
    }
    Some(num)
}

/// As [`parse`], but `2.10项…` is read as number 2 followed by `10项…`.
pub(crate) fn parse_relaxed(line: &str) -> Option<Num> {
    let num = parse_inner(line, true)?;
    let rest = line[num.rest..].trim();
    if rest.is_empty() {
        return None;
    }
    Some(num)
}

/// A number set off from its heading by a space alone, as Word's outline numbering pastes
/// and hurried writers type: `一 指导思想`, `1 工作目标`, `2.1 完善制度`, `2.1.3 …`, or by a
/// comma typed for 、 (`一，活动背景`). Only before
/// a heading's short text (no comma before its first 。; not a count: `3 月份`, `5 名`). The
/// caller takes it for a heading only where the document continues its sequence.
pub(crate) fn parse_spaced(line: &str) -> Option<Num> {
    let first = line.chars().next()?;
    let (style, n, len) = if is_cn_digit(first) {
        let (cn, len) = run(line, 3, is_cn_digit);
        (Style::CnDun, cn_value(cn)?, len)
    } else if is_digit(first) {
        let (token, len) = run(line, 8, |c| is_digit(c) || c == '.');
        let token = ascii_digits(token);
        let parts: Vec<&str> = token.split('.').collect();
        if parts.len() > 3 || parts.iter().any(|p| p.is_empty() || p.len() > 2) {
            return None;
        }
        let style = [Style::Arabic, Style::Dotted2, Style::Dotted3][parts.len() - 1];
        (style, parts.last()?.parse().ok()?, len)
    } else {
        return None;
    };
    // Or by a comma typed for 、 (`一，活动背景`, `1，宣传发动`).
    let comma = line[len..]
        .chars()
        .next()
        .filter(|c| matches!(c, '，' | ','));
    let len = len + comma.map_or(0, char::len_utf8);
    let at = skip_spaces(line, len);
    let text = &line[at..];
    let c = text.chars().next()?;
    let head = text.split('。').next().unwrap_or(text);
    // Or a part's name and its value after a colon (`一 活动主题：xx是我家，腾飞靠大家`).
    let label = text
        .split_once(['：', ':'])
        .map(|(l, _)| l.trim())
        .filter(|l| (2..=10).contains(&l.chars().count()) && l.chars().all(is_cjk));
    let ok = (at > len || comma.is_some())
        && (1..=20).contains(&n)
        && is_cjk(c)
        && !"月年日号时点分个名人位万亿元次天周岁项件户家所座张本页条".contains(c)
        && (label.is_some()
            || head.chars().count() <= 25
                && !head.contains(['，', ',', '；', ';', '：', ':', '、']));
    ok.then(|| Num {
        style,
        n,
        token: line[..len].to_string(),
        rest: at,
    })
}

/// A number whose mark was lost, its text run on after it (`2严格责任落实。……` after `1. 严格
/// 制度落实。……`): one or two digits before a heading's short text, not a count (`3天`, `5名`).
/// The caller takes it for the next number of a list only where the list's previous number
/// stands before it.
pub(crate) fn parse_bare(line: &str) -> Option<Num> {
    let (token, len) = run(line, 2, |c| c.is_ascii_digit());
    let n: u32 = token.parse().ok()?;
    let text = &line[len..];
    let c = text.chars().next()?;
    let head = text.split('。').next().unwrap_or(text);
    ((1..=20).contains(&n)
        && is_cjk(c)
        && !"月年日号时点分个名人位万亿元次天周岁项件户家所座张本页条届期批轮级班".contains(c)
        && (2..=25).contains(&head.chars().count())
        && !head.contains(['，', ',', '；', ';', '：', ':', '、']))
    .then(|| Num {
        style: Style::Arabic,
        n,
        token: token.to_string(),
        rest: len,
    })
}

fn parse_inner(line: &str, relaxed: bool) -> Option<Num> {
    let first = line.chars().next()?;
    // A list mark before Chinese text: ——, ----, －－ (two dashes or more), or a symbol.
    let bullet = |style, len: usize| {
        let rest = skip_spaces(line, len);
        // (Or a quote or a bracket that opens it: ★（牌）分大赛, ●“三会一课”.)
        let text = line[rest..]
            .chars()
            .next()
            .filter(|&c| is_cjk(c) || "（“《".contains(c));
        text.map(|_| Num {
            style,
            n: 1,
            token: line[..len].to_string(),
            rest,
        })
    };
    let (dashes, len) = run(line, 8, |c| matches!(c, '—' | '-' | '－' | '─'));
    if dashes.chars().count() >= 2 {
        return bullet(Style::Dash, len);
    }
    if "●■◆▲★☆◇□○•▪►◎".contains(first) {
        return bullet(Style::Bullet, first.len_utf8());
    }
    let make = |style, n, end: usize, rest: usize| Num {
        style,
        n,
        // With its separator as written (`第一，`): all of it is what gongwen regenerates.
        token: line[..rest.max(end)].trim().to_string(),
        rest,
    };
    // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛; ❶ … ❿, ➀ … ➉, ➊ … ➓; Ⅰ … Ⅻ, ⅰ … ⅻ
    let cp = first as u32;
    for base in [0x2776, 0x2780, 0x278a] {
        if (base..base + 10).contains(&cp) {
            let end = first.len_utf8();
            return Some(make(
                Style::Circled,
                cp - base + 1,
                end,
                skip_sep(line, end),
            ));
        }
    }
    for base in [0x2160, 0x2170] {
        if (base..base + 12).contains(&cp) {
            let end = first.len_utf8();
            let sep = line[end..].chars().next()?;
            // Ⅱ型, Ⅲ级: a class, not a number.
            if !matches!(sep, '、' | '．' | '.' | ' ' | '\u{3000}') {
                return None;
            }
            return Some(make(Style::Roman, cp - base + 1, end, skip_sep(line, end)));
        }
    }
    // 壹、 贰、 拾壹、
    if let Some(n) = formal_value(first) {
        let mut end = first.len_utf8();
        let mut n = n;
        if n == 10
            && let Some(unit) = line[end..].chars().next()
            && let Some(u) = formal_value(unit).filter(|&u| u < 10)
        {
            n += u;
            end += unit.len_utf8();
        }
        let sep = line[end..]
            .chars()
            .next()
            .filter(|c| matches!(c, '、' | '．' | '.'))?;
        let end = end + sep.len_utf8();
        return Some(make(Style::Formal, n, end, skip_spaces(line, end)));
    }
    if (0x2460..=0x2473).contains(&cp) {
        let end = first.len_utf8();
        return Some(make(
            Style::Circled,
            cp - 0x2460 + 1,
            end,
            skip_sep(line, end),
        ));
    }
    // ㈠ … ㈩: a parenthesised Chinese numeral in one character, as some fonts and WPS
    // lists write （一）.
    if (0x3220..=0x3229).contains(&cp) {
        let end = first.len_utf8();
        return Some(make(
            Style::CnParen,
            cp - 0x3220 + 1,
            end,
            skip_sep(line, end),
        ));
    }
    if (0x2474..=0x2487).contains(&cp) {
        let end = first.len_utf8();
        return Some(make(
            Style::ArParen,
            cp - 0x2474 + 1,
            end,
            skip_sep(line, end),
        ));
    }
    if (0x2488..=0x249b).contains(&cp) {
        let end = first.len_utf8();
        return Some(make(
            Style::Arabic,
            cp - 0x2488 + 1,
            end,
            skip_sep(line, end),
        ));
    }
    // 第一部分 / 第一阶段 / 第一，
    if let Some(after) = line.strip_prefix('第') {
        let (digits, len) = run(after, 4, is_cn_digit);
        // 第1阶段 / 第2步 as well: only before a stage's word, as ordinals are written in
        // numerals elsewhere (第1名, 第3条路).
        let (n, len, arabic) = match cn_value(digits) {
            Some(n) => (n, len, false),
            None => {
                let (ar, len) = run(after, 2, is_digit);
                (ascii_digits(ar).parse().ok()?, len, true)
            }
        };
        let at = '第'.len_utf8() + len;
        let tail = &line[at..];
        if arabic
            && !["阶段", "階段", "步", "周", "週", "期", "轮", "輪"]
                .iter()
                .any(|w| tail.starts_with(w))
        {
            return None;
        }
        // 第一周（4月1日—4月7日）：…… / 第2周：……: a week of the schedule, only before its
        // dates or its text (第一周内 is a sentence); an issue or a round likewise (第一期（第一
        // 季度）：……, 第二轮：复赛), not 第一期工程.
        for week in ["周", "週", "期", "轮", "輪"] {
            if let Some(t) = tail.strip_prefix(week)
                && t.starts_with(['（', '(', '：', ':', '，', '、', ' ', '\u{3000}'])
            {
                let end = at + week.len();
                return Some(make(Style::Stage, n, end, skip_sep(line, end)));
            }
        }
        // 第十、十一周 | 3对3篮球赛: two weeks of the schedule, as one.
        if let Some(t) = tail.strip_prefix(['、', '，', ','])
            && let (_, len) = run(t, 4, |c| is_cn_digit(c) || is_digit(c))
            && len > 0
            && let Some(t) = t[len..].strip_prefix(['周', '週'])
            && t.starts_with(['（', '(', '：', ':', '，', '、', ' ', '\u{3000}', '|'])
        {
            let end = line.len() - t.len();
            return Some(make(Style::Stage, n, end, skip_sep(line, end)));
        }
        for (suffix, style) in [
            ("部分", Style::Part),
            // 第一板块：本学期工作总结 (a school's report in parts).
            ("板块", Style::Part),
            ("章", Style::Part),
            ("篇", Style::Part),
            ("阶段", Style::Stage),
            ("階段", Style::Stage),
            ("步", Style::Stage),
            ("条", Style::Ordinal),
            ("條", Style::Ordinal),
            ("项", Style::Ordinal),
            ("項", Style::Ordinal),
        ] {
            if let Some(t) = tail.strip_prefix(suffix) {
                // 第一步 must not be 第一步骤性…; 第三条 not 第三条路.
                let end = at + suffix.len();
                let next = t.chars().next();
                if matches!(next, Some(c) if c.is_alphanumeric() && !is_cjk(c)) {
                    return None;
                }
                return Some(make(style, n, end, skip_sep(line, end)));
            }
        }
        let next = tail.chars().next()?;
        if matches!(
            next,
            '，' | ',' | '、' | '：' | ':' | '．' | '.' | ' ' | '\u{3000}'
        ) {
            return Some(make(Style::Ordinal, n, at, skip_sep(line, at)));
        }
        return None;
    }
    // 阶段一： / 步骤二、: a stage named before its number.
    for word in ["阶段", "階段", "步骤", "步驟"] {
        if let Some(after) = line.strip_prefix(word) {
            let (digits, len) = run(after, 3, is_cn_digit);
            let n = cn_value(digits)?;
            let at = word.len() + len;
            let next = line[at..].chars().next()?;
            if matches!(next, '：' | ':' | '、' | '，' | ',' | ' ' | '\u{3000}') {
                return Some(make(Style::Stage, n, at, skip_sep(line, at)));
            }
            return None;
        }
    }
    // 活动之一： / 亮点之二、: the n-th of a word, one to four characters long.
    if let Some(k) = line.find('之')
        && (1..=4).contains(&line[..k].chars().count())
        && line[..k].chars().all(is_cjk)
        && !line[..k].chars().any(is_cn_digit)
    {
        let after = &line[k + '之'.len_utf8()..];
        let (digits, len) = run(after, 3, is_cn_digit);
        if let Some(n) = cn_value(digits) {
            let at = k + '之'.len_utf8() + len;
            let next = line[at..].chars().next()?;
            if matches!(next, '：' | ':' | '、' | ' ' | '\u{3000}') {
                return Some(make(Style::Stage, n, at, skip_sep(line, at)));
            }
        }
    }
    // (一) （一） (1) （1）
    if open_paren(first) {
        let inner = skip_spaces(line, first.len_utf8());
        let s = &line[inner..];
        let (cn, cn_len) = run(s, 4, is_cn_digit);
        let (ar, ar_len) = run(s, 2, is_digit);
        let (style, n, len) = if let Some(n) = cn_value(cn) {
            (Style::CnParen, n, cn_len)
        } else if !ar.is_empty() {
            (Style::ArParen, ascii_digits(ar).parse().ok()?, ar_len)
        } else {
            return None;
        };
        let close = skip_spaces(line, inner + len);
        let c = line[close..].chars().next()?;
        if !close_paren(c) {
            return None;
        }
        let mut end = close + c.len_utf8();
        // （一）、 — a stray 、 or . after the bracket belongs to the number.
        if let Some(c) = line[end..].chars().next()
            && matches!(c, '、' | '．' | '.')
        {
            end += c.len_utf8();
        }
        return Some(make(style, n, end, skip_spaces(line, end)));
    }
    // 一、 / 一是
    if is_cn_digit(first) {
        let (cn, len) = run(line, 4, is_cn_digit);
        let n = cn_value(cn)?;
        let at = skip_spaces(line, len);
        let next = line[at..].chars().next()?;
        // 一） 二）: a half bracket, read as （一）.
        if matches!(next, '）' | ')') {
            let end = at + next.len_utf8();
            return Some(make(Style::CnParen, n, end, skip_spaces(line, end)));
        }
        if next == '是' {
            let end = at + next.len_utf8();
            // 一是一，二是二 is an idiom, not a list.
            return Some(make(Style::Shi, n, end, skip_sep(line, end)));
        }
        // 一要严密组织，迅速行动 (a speaker's points), read as 一是 — but not a word that
        // starts with 要 (一要素, 二要求).
        if next == '要' {
            let end = at + next.len_utf8();
            let word = ["素", "求", "点", "事", "务", "件"]
                .iter()
                .any(|w| line[end..].starts_with(w));
            if !word {
                return Some(make(Style::Shi, n, end, skip_sep(line, end)));
            }
        }
        if matches!(next, '、' | '．' | '.') {
            let end = at + next.len_utf8();
            // 一、二年级…: a list of numerals, not a heading; but 二、二、 is a number typed twice,
            // and a list goes up (一、一年来，我们…… is the first part, on the year past).
            let after = &line[end..];
            let (more, _) = run(after, 4, is_cn_digit);
            let twice = more == cn && after[more.len()..].starts_with('、');
            let up = cn_value(more).is_some_and(|m| m > n);
            if !more.is_empty()
                && !twice
                && up
                && after[more.len()..].starts_with(['、', '年', '至', '到'])
            {
                return None;
            }
            return Some(make(Style::CnDun, n, end, skip_spaces(line, end)));
        }
        return None;
    }
    // A、 A. a． — a Latin letter before Chinese text (not `A4纸`, `B超`, `PPT`).
    if first.is_ascii_alphabetic() {
        let mut it = line[1..].chars();
        let sep = it.next()?;
        let after = it.next()?;
        if matches!(sep, '、' | '.' | '．') && is_cjk(after) {
            let end = 1 + sep.len_utf8();
            let n = u32::from(first.to_ascii_uppercase()) - u32::from('A') + 1;
            return Some(make(Style::Letter, n, end, skip_spaces(line, end)));
        }
        return None;
    }
    // 1. 1、 1．1)
    if is_digit(first) {
        let (ar, len) = run(line, 3, is_digit);
        if ar.chars().count() > 2 {
            return None;
        }
        let n: u32 = ascii_digits(ar).parse().ok()?;
        let at = skip_spaces(line, len);
        let next = line[at..].chars().next()?;
        let end = at + next.len_utf8();
        let after = line[end..].chars().next();
        // 2.5万元, 3、4月份, 2023.3 are numbers, not headings; `1.11月1日至……` is a step
        // that opens with its date.
        let opens_with_month = matches!(next, '.' | '．') && {
            let (m, m_len) = run(&line[end..], 2, is_digit);
            line[end + m_len..].starts_with('月')
                && ascii_digits(m)
                    .parse::<u32>()
                    .is_ok_and(|m| (1..=12).contains(&m))
        };
        // `1、2022年……`: a year after 、 opens the heading's text; after a point too when
        // 年 follows it (`2.2025年十五件实事任务分解`: no decimal is 2.2025年).
        let opens_with_year = matches!(next, '、' | '.' | '．') && {
            let (y, y_len) = run(&line[end..], 5, is_digit);
            let y = ascii_digits(y);
            y.len() == 4
                && (y.starts_with("19") || y.starts_with("20"))
                && (next == '、' || line[end + y_len..].starts_with('年'))
        };
        if !relaxed
            && !opens_with_month
            && !opens_with_year
            && matches!(after, Some(c) if is_digit(c) || c == '%' || c == '％')
        {
            return None;
        }
        return match next {
            '.' | '．' | '、' | '，' => {
                if next == '，' {
                    return None;
                }
                Some(make(Style::Arabic, n, end, skip_spaces(line, end)))
            }
            // 1：报名时间 — a colon typed for the mark, before Chinese text (not 8：30).
            '：' if after.is_some_and(is_cjk) => {
                Some(make(Style::Arabic, n, end, skip_spaces(line, end)))
            }
            ')' | '）' => Some(make(Style::ArHalf, n, end, skip_spaces(line, end))),
            _ => None,
        };
    }
    None
}

use crate::chinese::{ascii_digits, is_cjk, is_digit};

/// A decimal outline number run on into its heading: `2.1加强培训`, `2.2.1日常检查`,
/// `1.2、工作目标` (not `2.5万元`, `1.5亿`, `3.8倍`: a count's unit follows a decimal number).
/// As a date can read the same (`3.12植树节`), the caller takes it for a heading only where
/// the document continues its sequence, as with [`parse_spaced`].
pub(crate) fn parse_dotted(line: &str) -> Option<Num> {
    let (token, len) = run(line, 8, |c| is_digit(c) || c == '.' || c == '．');
    let token = ascii_digits(token).replace('．', ".");
    let token = token.trim_end_matches('.');
    let parts: Vec<&str> = token.split('.').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 2) {
        return None;
    }
    let at = skip_sep(line, len);
    let c = line[at..].chars().next()?;
    // A count or a date reads `2.5万`, `3.15日`; three parts (`2.2.1日常检查`) read as neither.
    if !is_cjk(c)
        || parts.len() == 2
            && "万亿千百倍元年月日号时点分个名人位次天周岁项件户家所座张本页条米吨亩公斤"
                .contains(c)
    {
        return None;
    }
    let n: u32 = parts.last()?.parse().ok()?;
    (1..=30).contains(&n).then(|| Num {
        style: [Style::Dotted2, Style::Dotted3][parts.len() - 2],
        n,
        token: line[..at].trim_end().to_string(),
        rest: at,
    })
}

/// Skips a separator after 第一阶段 / ① : spaces, then one of ：:、，,．. and spaces.
fn skip_sep(line: &str, at: usize) -> usize {
    let at = skip_spaces(line, at);
    match line[at..].chars().next() {
        Some(c @ ('：' | ':' | '、' | '，' | ',' | '．' | '.')) => {
            skip_spaces(line, at + c.len_utf8())
        }
        _ => at,
    }
}

/// The ways number `n` of `style` can be written, to find it inside a line.
pub(crate) fn tokens(style: Style, n: u32) -> Vec<String> {
    let cn = crate::chinese::numeral(u64::from(n));
    match style {
        Style::CnDun => vec![format!("{cn}、")],
        Style::CnParen => vec![format!("（{cn}）"), format!("({cn})")],
        Style::Arabic => vec![
            format!("{n}."),
            format!("{n}、"),
            format!("{n}．"),
            format!("{n}："),
        ],
        Style::ArParen => vec![format!("（{n}）"), format!("({n})")],
        Style::ArHalf => vec![format!("{n})"), format!("{n}）")],
        Style::Circled => char::from_u32(0x2460 + n - 1)
            .map(|c| vec![c.to_string()])
            .unwrap_or_default(),
        Style::Shi => vec![format!("{cn}是")],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(Style, u32, String, String)> {
        parse(s).map(|n| (n.style, n.n, n.token, s[n.rest..].to_string()))
    }

    #[test]
    fn styles() {
        assert_eq!(p("一、总体要求").unwrap().0, Style::CnDun);
        assert_eq!(p("十二、其他").unwrap().1, 12);
        assert_eq!(p("(三)加强领导").unwrap().0, Style::CnParen);
        assert_eq!(p("（三）、加强领导").unwrap().2, "（三）、");
        assert_eq!(p("1.完成").unwrap().0, Style::Arabic);
        assert_eq!(p("1：报名时间").unwrap().1, 1);
        assert!(p("8：30集合").is_none());
        assert_eq!(p("12、完成").unwrap().1, 12);
        assert_eq!(p("(2)产前诊断").unwrap().0, Style::ArParen);
        assert_eq!(p("②其他").unwrap().1, 2);
        assert_eq!(p("第二阶段：组织实施").unwrap().3, "组织实施");
        // A number set off by a space: before a short name, or a name and its value.
        assert!(parse_spaced("一 指导思想").is_some());
        assert!(parse_spaced("一 活动主题：月满人团圆，情暖邻里间").is_some());
        assert!(parse_spaced("一 我们要团结一心，共同努力").is_none());
        assert!(parse_spaced("3 月份：完成验收").is_none());
        assert_eq!(
            parse_spaced("一，活动背景").map(|n| n.token),
            Some("一，".into())
        );
        assert!(parse_spaced("一，我们要团结一心，共同努力").is_none());
        assert!(parse_spaced("3，4月份完成验收").is_none());
        // An issue or a round of a schedule, before its period or its text; not 第一期工程.
        assert_eq!(
            p("第一期（第一季度）：春季传染病预防").unwrap().0,
            Style::Stage
        );
        assert_eq!(p("第2轮：复赛").unwrap().1, 2);
        assert!(p("第一期工程已经完工").is_none());
        assert_eq!(p("第一部分 总体要求").unwrap().0, Style::Part);
        assert_eq!(p("第一板块：本学期工作总结").unwrap().0, Style::Part);
        assert_eq!(p("第一，加强领导").unwrap().0, Style::Ordinal);
        // Two weeks of a schedule, not the tenth point (第十、十一周 | 3对3篮球赛).
        assert_eq!(p("第十、十一周 | 3对3篮球赛").unwrap().0, Style::Stage);
        assert_eq!(p("二是强化宣传").unwrap().0, Style::Shi);
        assert_eq!(p("二要落实工作程序").unwrap().0, Style::Shi);
        assert!(p("二要素认证").is_none());
        assert_eq!(p("——坚持党的领导。").unwrap().0, Style::Dash);
        assert_eq!(p("㈡职能办公室").unwrap().0, Style::CnParen);
        assert_eq!(p("㈩其他").unwrap().1, 10);
        // Brackets and numerals as some writers and sites type them.
        assert_eq!(p("〔二〕加强领导").unwrap().0, Style::CnParen);
        assert_eq!(p("【三】压实责任").unwrap().1, 3);
        assert_eq!(p("＜一＞、深入开展学习").unwrap().0, Style::CnParen);
        assert_eq!(p("〈2〉健全台账").unwrap().1, 2);
        assert_eq!(p("二）强化督查").unwrap().0, Style::CnParen);
        assert_eq!(p("贰、工作要求").unwrap().0, Style::Formal);
        assert_eq!(p("參、核心精神").unwrap().1, 3);
        assert_eq!(p("拾壹、工作分配").unwrap().1, 11);
        assert_eq!(p("拾、相关事项").unwrap().1, 10);
        assert_eq!(p("活动之二：活动启动仪式").unwrap().0, Style::Stage);
        assert_eq!(p("亮点之三 精准帮扶").unwrap().1, 3);
        assert_eq!(p("总而言之一句话"), None);
        assert_eq!(p("贰．工作要求").unwrap().1, 2);
        assert_eq!(p("Ⅲ、保障措施").unwrap().0, Style::Roman);
        assert_eq!(p("Ⅲ、保障措施").unwrap().1, 3);
        assert_eq!(p("❷压实责任").unwrap().0, Style::Circled);
        assert_eq!(p("➂其他").unwrap().1, 3);
        assert!(p("Ⅱ型糖尿病防治").is_none());
        assert!(p("陆续开展").is_none());
        assert!(p("【活动主题】读书").is_none());
        assert!(p("〔2026〕5号").is_none());
        assert_eq!(p("----成立专班、多方参与").unwrap().2, "----");
        assert_eq!(p("——"), None);
        assert_eq!(p("--2024年"), None);
        assert_eq!(p("—单线"), None);
        assert!(p("2.5万元").is_none());
        assert!(p("3、4月份").is_none());
        assert!(p("一、二年级学生").is_none());
        assert_eq!(p("一、一年来，我们致力于工业强镇").unwrap().1, 1);
        // A number typed twice is still a number; the second stays in the text.
        assert_eq!(p("二、二、基础设施").unwrap().3, "二、基础设施");
        assert!(p("第一书记").is_none());
        assert!(p("一、").is_none());
        assert!(p("2023年").is_none());
        assert!(p("(由镇城管牵头)").is_none());
    }
}
