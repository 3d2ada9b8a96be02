//! The rules that look at one paragraph at a time.

use super::Code;
use crate::model::DocKind;

/// Which kind of section a paragraph sits in; the wording rules depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Sect {
    /// Anything else.
    #[default]
    Other,
    /// 开头语, 基本情况, 工作背景: the past is fine in a plan here.
    Background,
    /// 下一步打算: the future is fine in a summary here.
    NextSteps,
    /// 职责分工.
    Responsibilities,
    /// A heading line.
    Heading,
}

/// A paragraph to check.
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub section: Sect,
    pub kind: Option<DocKind>,
    /// The year the document is about (from its title, else its date).
    pub year: Option<u16>,
    /// The document's own date (成文日期), when known.
    pub date: Option<(u16, u8, u8)>,
}

/// One finding in a paragraph: `char_index` is 0-based, in characters.
pub(crate) struct Finding {
    pub char_index: usize,
    pub code: Code,
    pub message: String,
}

fn finding(char_index: usize, code: Code, message: impl Into<String>) -> Finding {
    Finding {
        char_index,
        code,
        message: message.into(),
    }
}

/// Every paragraph rule.
pub(crate) fn check_para(p: &Para) -> Vec<Finding> {
    let chars: Vec<char> = p.text.chars().collect();
    let mut out = Vec::new();
    placeholder(&chars, &mut out);
    template_leftover(p.text, &mut out);
    halfwidth_punct(&chars, &mut out);
    date_order(&chars, &mut out);
    let dates = super::dates::scan(&chars);
    super::dates::impossible(&chars, &dates, &mut out);
    super::dates::year_mismatch(p, &chars, &dates, &mut out);
    sequence_gap(&chars, &mut out);
    ascii_quotes(&chars, &mut out);
    stock_phrase(&chars, &mut out);
    long_sentence(&chars, &mut out);
    if has_cjk(&chars) {
        let tokens = tokens(p.text);
        repeated_word(&chars, &tokens, &mut out);
        wording(p, &chars, &tokens, &mut out);
    }
    out
}

pub(crate) use crate::chinese::is_cjk;

fn is_cjk_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '（'
            | '）'
            | '《'
            | '》'
            | '【'
            | '】'
            | '〔'
            | '〕'
            | '—'
            | '…'
            | '·'
    )
}

fn cjkish(c: Option<&char>) -> bool {
    c.is_some_and(|&c| is_cjk(c) || is_cjk_punct(c))
}

fn has_cjk(chars: &[char]) -> bool {
    chars.iter().any(|&c| is_cjk(c))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

const CN_NUMERALS: &str = "〇零一二三四五六七八九十百千万两○廿卅";

fn slice(chars: &[char], from: usize, to: usize) -> String {
    chars[from.min(chars.len())..to.min(chars.len())]
        .iter()
        .collect()
}

// ───────────────────────── placeholder ─────────────────────────

// ───────────────────────── sequence_gap ─────────────────────────

/// Whether an enumerator may start at `i`: the start of the text, or after punctuation.
fn clause_start(chars: &[char], i: usize) -> bool {
    i == 0
        || matches!(
            chars[i - 1],
            '，' | '。'
                | '；'
                | '：'
                | '、'
                | '！'
                | '？'
                | '”'
                | '）'
                | ' '
                | '\u{3000}'
                | ','
                | ';'
                | ':'
        )
}

/// 一是……二是……四是 (a number skipped or repeated), and 首先……再次 without 其次.
fn sequence_gap(chars: &[char], out: &mut Vec<Finding>) {
    const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let mut seen: Vec<(usize, usize)> = Vec::new(); // (char index, value)
    for i in 0..chars.len().saturating_sub(1) {
        if chars[i + 1] != '是' || !clause_start(chars, i) {
            continue;
        }
        if let Some(v) = NUMERALS.iter().position(|&n| n == chars[i]) {
            seen.push((i, v + 1));
        }
    }
    if seen.first().is_some_and(|&(_, v)| v == 1) {
        for w in seen.windows(2) {
            let ((_, a), (at, b)) = (w[0], w[1]);
            if b != a + 1 {
                let name = |v: usize| format!("{}是", NUMERALS[v - 1]);
                let message = if b == a {
                    format!("“{}”出现了两次：请核对列举的顺序", name(b))
                } else if b > a {
                    let missing: Vec<String> = (a + 1..b).map(name).collect();
                    format!(
                        "列举从“{}”跳到了“{}”，缺少“{}”：请补上或改正序号",
                        name(a),
                        name(b),
                        missing.join("”“")
                    )
                } else {
                    format!("“{}”排在“{}”之后：请核对列举的顺序", name(b), name(a))
                };
                out.push(finding(at, Code::SequenceGap, message));
                break;
            }
        }
    }
    let find = |word: &str| {
        let w: Vec<char> = word.chars().collect();
        (0..chars.len()).find(|&i| chars[i..].starts_with(&w) && clause_start(chars, i))
    };
    if let (Some(first), Some(third)) = (find("首先"), find("再次"))
        && first < third
        && find("其次").is_none_or(|second| second > third)
    {
        out.push(finding(
            third,
            Code::SequenceGap,
            "有“首先”和“再次”，中间缺少“其次”：请补上，或把“再次”改为“其次”",
        ));
    }
}

// ───────────────────────── ascii_quotes ─────────────────────────

/// "…" or '…' around Chinese text: Chinese text takes “…” and ‘…’.
fn ascii_quotes(chars: &[char], out: &mut Vec<Finding>) {
    for (quote, want) in [('"', "“…”"), ('\'', "‘…’")] {
        let mut i = 0;
        while let Some(open) = (i..chars.len()).find(|&k| chars[k] == quote) {
            let Some(close) = (open + 1..chars.len()).find(|&k| chars[k] == quote) else {
                break;
            };
            if chars[open + 1..close].iter().any(|&c| is_cjk(c)) {
                let inner: String = chars[open + 1..close].iter().take(12).collect();
                out.push(finding(
                    open,
                    Code::AsciiQuotes,
                    format!("“{inner}”两边是英文引号 {quote}…{quote}：中文应使用{want}"),
                ));
            }
            i = close + 1;
        }
    }
}

/// Characters before 年 that make a word of it (今年, 青年, 周年 …).
const YEAR_WORD_PREFIX: &str = "今去明前后当同次翌本每全该近多历上下整跨逐隔数几半周元青少老中成童幼晚早丰长常终累连往来经新旧学财年余干这那哪壮盛闰平荒灾编纪";
/// Characters after 年 that make a word of it (年底, 年度, 年龄 …).
const YEAR_WORD_SUFFIX: &str =
    "底初内末中度终龄级轻代来均货会报鉴薪假限华画糕夜关头尾纪满份岁景检票息利谱表历前后间";

fn placeholder(chars: &[char], out: &mut Vec<Finding>) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let run = |pred: &dyn Fn(char) -> bool| chars[i..].iter().take_while(|&&x| pred(x)).count();
        // XX / ×× / ＸＸ
        if matches!(c, 'X' | 'x' | '×' | 'Ｘ' | 'ｘ') {
            let len = run(&|x| matches!(x, 'X' | 'x' | '×' | 'Ｘ' | 'ｘ'));
            let ascii_word = |k: Option<&char>| k.is_some_and(|k| k.is_ascii_alphanumeric());
            let is_ascii = c.is_ascii();
            if len >= 2
                && !(is_ascii
                    && (ascii_word(i.checked_sub(1).and_then(|j| chars.get(j)))
                        || ascii_word(chars.get(i + len))))
            {
                let s = slice(chars, i, i + len);
                out.push(finding(
                    i,
                    Code::Placeholder,
                    format!("“{s}”是占位符：请换成实际的名称、数字或日期"),
                ));
                i += len;
                continue;
            }
        }
        if c == '某' {
            let len = run(&|x| x == '某');
            if len >= 2 {
                out.push(finding(
                    i,
                    Code::Placeholder,
                    format!("“{}”是占位符：请写上实际的名称", slice(chars, i, i + len)),
                ));
                i += len;
                continue;
            }
        }
        if matches!(c, '*' | '＊') {
            let len = run(&|x| matches!(x, '*' | '＊'));
            if len >= 2 || matches!(chars.get(i + len), Some('年' | '月' | '日')) {
                out.push(finding(
                    i,
                    Code::Placeholder,
                    format!(
                        "“{}”是占位符（原文的数字被星号代替）：请补上实际内容",
                        slice(chars, i, (i + len + 1).min(n))
                    ),
                ));
                i += len;
                continue;
            }
        }
        if matches!(c, '○' | '□' | '_' | '＿') {
            let len = run(&|x| x == c);
            let numeral_near = chars
                .get(i.wrapping_sub(1))
                .is_some_and(|&p| CN_NUMERALS.contains(p) && p != c)
                || chars
                    .get(i + len)
                    .is_some_and(|&p| CN_NUMERALS.contains(p) && p != c);
            let min = if matches!(c, '_' | '＿') { 3 } else { 2 };
            if len >= min && !numeral_near {
                out.push(finding(
                    i,
                    Code::Placeholder,
                    format!("“{}”是待填的空位：请填写实际内容", slice(chars, i, i + len)),
                ));
                i += len;
                continue;
            }
        }
        // 【待补：……】
        if c == '【' || c == '[' {
            let close = if c == '【' { '】' } else { ']' };
            if let Some(end) = chars[i..].iter().position(|&x| x == close) {
                let inner = slice(chars, i + 1, i + end);
                if ["待补", "待填", "待定", "请填写", "填写"]
                    .iter()
                    .any(|w| inner.starts_with(w))
                {
                    out.push(finding(
                        i,
                        Code::Placeholder,
                        format!(
                            "“{}”尚未填写：请补上实际内容后删去标记",
                            slice(chars, i, i + end + 1)
                        ),
                    ));
                    i += end + 1;
                    continue;
                }
            }
        }
        // empty brackets: 〔〕 [] （） “”
        if let Some(&next) = chars.get(i + 1) {
            let pair = matches!(
                (c, next),
                ('〔', '〕') | ('[', ']') | ('（', '）') | ('(', ')') | ('“', '”') | ('《', '》')
            );
            if pair {
                out.push(finding(
                    i,
                    Code::Placeholder,
                    format!("“{c}{next}”中间是空的，像是内容被删掉了：请补上（如文号年份、名称）"),
                ));
                i += 2;
                continue;
            }
        }
        if c == '年'
            && let Some(msg) = blank_year(chars, i)
        {
            let from = i.saturating_sub(1);
            let shown = slice(chars, from, (i + 4).min(n));
            out.push(finding(
                i,
                Code::Placeholder,
                format!("{msg}（“{shown}”）：请补全年份，如“2025年”"),
            ));
        }
        if (c == '月' || c == '日')
            && i > 0
            && (chars[i - 1].is_whitespace()
                || chars[i - 1] == '年' && c == '月'
                || chars[i - 1] == '月' && c == '日')
            && !chars
                .get(i.wrapping_sub(2))
                .is_some_and(|&p| is_digit(p) || CN_NUMERALS.contains(p))
        {
            out.push(finding(
                i,
                Code::Placeholder,
                format!(
                    "日期空着没填（“{}”）：请填写具体的月、日",
                    slice(chars, i.saturating_sub(2), i + 1)
                ),
            ));
        }
        i += 1;
    }
}

/// Why the 年 at `i` looks like a year that was left blank, if it does.
fn blank_year(chars: &[char], i: usize) -> Option<&'static str> {
    let prev = i.checked_sub(1).map(|j| chars[j]);
    let next = chars.get(i + 1).copied();
    match prev {
        Some(p) if is_digit(p) || CN_NUMERALS.contains(p) => return None,
        Some(p) if YEAR_WORD_PREFIX.contains(p) => return None,
        Some('-' | '—' | '－' | '~' | '～' | '至' | '到') => {
            return if chars.get(i.wrapping_sub(2)).is_some_and(|&q| is_digit(q)) {
                Some("年份区间的结束年份空着")
            } else {
                None
            };
        }
        Some(p) if p.is_whitespace() || matches!(p, '_' | '＿') => return Some("年份空着没填"),
        // 月考核、季讲评、年评优: a list of periods
        Some('、') => {
            let before: String = chars[..i - 1]
                .iter()
                .rev()
                .take_while(|c| !matches!(c, '、' | '“' | '，' | '（'))
                .collect();
            if before
                .chars()
                .last()
                .is_some_and(|c| "日周月季旬".contains(c))
            {
                return None;
            }
        }
        _ => {}
    }
    match next {
        Some(c) if YEAR_WORD_SUFFIX.contains(c) => None,
        Some(c) if is_cjk(c) || is_digit(c) || c == '月' => Some("这里缺少年份"),
        _ => None,
    }
}

// ─────────────────────── template_leftover ───────────────────────

fn template_leftover(text: &str, out: &mut Vec<Finding>) {
    for (open, close) in [("{{", "}}"), ("{%", "%}"), ("{#", "#}")] {
        let mut from = 0;
        while let Some(pos) = text[from..].find(open) {
            let start = from + pos;
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            let shown: String = text[start..end].chars().take(30).collect();
            out.push(finding(
                text[..start].chars().count(),
                Code::TemplateLeftover,
                format!("模板标记“{shown}”没有被替换：请改成实际内容，或检查输入文件和模板"),
            ));
            from = end.max(start + open.len());
        }
    }
    // a closing marker with no opening one
    for (open, close) in [("{{", "}}"), ("{%", "%}")] {
        if let Some(pos) = text.find(close)
            && !text[..pos].contains(open)
        {
            out.push(finding(
                text[..pos].chars().count(),
                Code::TemplateLeftover,
                format!("残留的模板标记“{close}”：请删去"),
            ));
        }
    }
}

// ─────────────────────── halfwidth_punct ───────────────────────

fn fullwidth(c: char) -> char {
    match c {
        ',' => '，',
        '.' => '。',
        ':' => '：',
        ';' => '；',
        '(' => '（',
        ')' => '）',
        '?' => '？',
        '!' => '！',
        '-' => '—',
        _ => c,
    }
}

fn halfwidth_punct(chars: &[char], out: &mut Vec<Finding>) {
    let mut hits: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let left = i.checked_sub(1).and_then(|j| chars.get(j));
        let right = chars.get(i + 1);
        let hit = match c {
            ',' | ':' | ';' | '?' | '!' | '(' | ')' => cjkish(left) || cjkish(right),
            '-' => left.is_some_and(|&l| is_cjk(l)) && right.is_some_and(|&r| is_cjk(r)),
            '.' => {
                let marker = chars[..i]
                    .iter()
                    .all(|c| CN_NUMERALS.contains(*c) || c.is_whitespace());
                left.is_some_and(|&l| is_cjk(l) || is_cjk_punct(l))
                    && !right.is_some_and(|r| r.is_ascii_alphabetic() || *r == '.')
                    && !marker
            }
            _ => false,
        };
        if hit {
            hits.push(i);
        }
    }
    if let Some(&first) = hits.first() {
        let mut kinds: Vec<char> = hits.iter().map(|&i| chars[i]).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let half: String = kinds.iter().map(|k| format!(" {k}")).collect();
        let full: String = kinds.iter().map(|k| fullwidth(*k)).collect();
        let count = if hits.len() > 1 {
            format!("本段有{}处半角标点", hits.len())
        } else {
            "这里用了半角标点".to_string()
        };
        out.push(finding(
            first,
            Code::HalfwidthPunct,
            format!("{count}：中文里请用全角标点，把{half} 改为 {full}"),
        ));
    }
}

// ─────────────────────── date_order ───────────────────────

#[derive(Debug, Clone, Copy)]
struct Day {
    year: Option<u32>,
    month: Option<u32>,
    lo: u32,
    hi: u32,
}

/// Reads a date at `i`: `(2025年)(4月)(1日|上旬|中旬|下旬|初|底)`. Returns it and the index after.
fn read_date(chars: &[char], mut i: usize) -> Option<(Day, usize)> {
    let start = i;
    let num = |i: &mut usize| -> Option<u32> {
        let s: String = chars[*i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if s.is_empty() || s.len() > 4 {
            return None;
        }
        *i += s.len();
        s.parse().ok()
    };
    let mut day = Day {
        year: None,
        month: None,
        lo: 1,
        hi: 31,
    };
    let mut j = i;
    if let Some(y) = num(&mut j)
        && chars.get(j) == Some(&'年')
        && y >= 1900
    {
        day.year = Some(y);
        i = j + 1;
    }
    if matches!(chars.get(i), Some('次' | '翌')) && chars.get(i + 1) == Some(&'年') {
        day.year = Some(10_000);
        i += 2;
    }
    let mut j = i;
    if let Some(m) = num(&mut j)
        && chars.get(j) == Some(&'月')
        && (1..=12).contains(&m)
    {
        day.month = Some(m);
        i = j + 1;
        if chars.get(i) == Some(&'份') {
            i += 1;
        }
    }
    let mut j = i;
    if let Some(d) = num(&mut j)
        && matches!(chars.get(j), Some('日' | '号'))
        && (1..=31).contains(&d)
    {
        day.lo = d;
        day.hi = d;
        i = j + 1;
    } else if day.month.is_some() {
        let two = slice(chars, i, i + 2);
        let (lo, hi, len) = match two.as_str() {
            "上旬" => (1, 10, 2),
            "中旬" => (11, 20, 2),
            "下旬" => (21, 31, 2),
            _ => match chars.get(i) {
                Some('初') => (1, 10, 1),
                Some('底') | Some('末') => (21, 31, 1),
                _ => (1, 31, 0),
            },
        };
        day.lo = lo;
        day.hi = hi;
        i += len;
    }
    if i == start || (day.month.is_none() && day.lo == 1 && day.hi == 31 && day.year.is_none()) {
        return None;
    }
    Some((day, i))
}

fn date_order(chars: &[char], out: &mut Vec<Finding>) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let boundary = i == 0 || !chars[i - 1].is_ascii_digit();
        if !(boundary && chars[i].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let Some((a, after)) = read_date(chars, i) else {
            i += 1;
            continue;
        };
        let mut j = after;
        // the separator
        let sep_len = match chars.get(j) {
            Some('—') if chars.get(j + 1) == Some(&'—') => 2,
            Some('—' | '–' | '－' | '-' | '~' | '～' | '至' | '到') => 1,
            _ => 0,
        };
        if sep_len == 0 || a.month.is_none() {
            i = after.max(i + 1);
            continue;
        }
        j += sep_len;
        let Some((mut b, end)) = read_date(chars, j) else {
            i = after;
            continue;
        };
        if b.month.is_none() && b.year.is_none() {
            // "4月1日—10日": the end's month is the start's
            b.month = a.month;
        }
        let (ya, yb) = match (a.year, b.year) {
            (Some(x), Some(10_000)) => (x, x + 1),
            (_, Some(10_000)) => (0, 1),
            (Some(x), Some(y)) => (x, y),
            (Some(x), None) => (x, x),
            (None, Some(y)) => (y, y),
            (None, None) => (0, 0),
        };
        let key = |y: u32, m: Option<u32>, d: u32| (y, m.unwrap_or(if d > 15 { 12 } else { 1 }), d);
        let start = key(ya, a.month, a.lo);
        let stop = key(
            yb,
            b.month.or(if b.year.is_some() { None } else { a.month }),
            b.hi,
        );
        if b.month.is_some() && stop < start {
            let s = slice(chars, i, after);
            let e = slice(chars, j, end);
            let cross = if a.year.is_none() || b.year.is_none() {
                "；如果跨年，请写明年份（如“2025年11月—2026年2月”）"
            } else {
                ""
            };
            out.push(finding(
                i,
                Code::DateOrder,
                format!("结束时间“{e}”早于开始时间“{s}”：请核对起止日期{cross}"),
            ));
        }
        i = end.max(i + 1);
    }
}

// ─────────────────────── stock_phrase ───────────────────────

/// Stock phrases (套话) of the genre.
const STOCK: &[&str] = &[
    "高度重视",
    "统一思想",
    "提高认识",
    "统一认识",
    "切实加强",
    "进一步加强",
    "扎实推进",
    "稳步推进",
    "全面推进",
    "深入推进",
    "大力推进",
    "全面提升",
    "不断提高",
    "不断加强",
    "认真落实",
    "狠抓落实",
    "抓好落实",
    "抓实抓好",
    "抓紧抓实",
    "常抓不懈",
    "真抓实干",
    "齐抓共管",
    "形成合力",
    "务求实效",
    "取得实效",
    "注重实效",
    "落到实处",
    "全力以赴",
    "精心组织",
    "周密部署",
    "精心部署",
    "层层落实",
    "层层分解",
    "积极稳妥",
    "圆满完成",
    "营造浓厚氛围",
    "良好氛围",
    "深入人心",
    "明显成效",
    "显著成效",
    "上新台阶",
    "再上台阶",
    "开创新局面",
    "新局面",
    "高标准",
    "严要求",
    "有序推进",
    "扎实开展",
    "深入开展",
    "广泛开展",
    "大力开展",
    "积极开展",
    "切实做好",
    "认真做好",
    "切实增强",
    "全面加强",
    "持续深化",
    "强化责任",
    "压实责任",
    "各司其职",
    "各负其责",
    "密切配合",
    "通力协作",
    "加大力度",
    "摆上重要议事日程",
    "重要议事日程",
    "统筹兼顾",
    "突出重点",
    "集中力量",
    "以点带面",
    "整体推进",
    "确保实效",
    "确保各项工作",
];

fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < chars.len() {
        out.push((start, chars.len()));
    }
    out
}

fn stock_phrase(chars: &[char], out: &mut Vec<Finding>) {
    for (s, e) in sentences(chars) {
        let text = slice(chars, s, e);
        let len = text.chars().filter(|c| is_cjk(*c)).count();
        if len == 0 {
            continue;
        }
        let mut found: Vec<&str> = Vec::new();
        let mut covered = 0;
        let mut rest = text.clone();
        let mut phrases: Vec<&&str> = STOCK.iter().collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
        for p in phrases {
            while let Some(pos) = rest.find(*p) {
                found.push(p);
                covered += p.chars().count();
                rest.replace_range(pos..pos + p.len(), "\u{0}");
            }
        }
        let count = found.len();
        if count >= 4 || (count >= 3 && covered * 100 >= len * 35) {
            found.sort_by_key(|p| text.find(*p));
            found.dedup();
            out.push(finding(
                s,
                Code::StockPhrase,
                format!(
                    "这句话套话较多（{}，共{count}处）：请换成具体的措施、数字、时限和责任单位",
                    found.join("、")
                ),
            ));
        }
    }
}

// ─────────────────────── long_sentence ───────────────────────

/// Sentences longer than this (in characters) are reported.
pub(crate) const LONG_SENTENCE: usize = 150;

fn long_sentence(chars: &[char], out: &mut Vec<Finding>) {
    for (s, e) in sentences(chars) {
        let len = e - s;
        if len > LONG_SENTENCE {
            out.push(finding(
                s,
                Code::LongSentence,
                format!("这句话有{len}个字，读起来吃力：请在适当处断成几句（每句最好不超过{LONG_SENTENCE}字）"),
            ));
        }
    }
}

// ─────────────────────── tokens ───────────────────────

pub(crate) struct Tok<'a> {
    pub word: &'a str,
    pub tag: &'a str,
    /// character index
    pub start: usize,
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    crate::analysis::jieba()
        .tag(text, false)
        .into_iter()
        .map(|t| Tok {
            word: t.word,
            tag: t.tag,
            start: t.start,
        })
        .collect()
}

// ─────────────────────── repeated_word ───────────────────────

/// Single characters that are a typo when doubled (的的, 是是); reduplications such as
/// 人人, 天天, 层层, 等等 are words.
const DOUBLED_TYPO: &str = "的了和与及在对把被将为是要以于从向并或由其之就也都又还不有已";

fn repeated_word(chars: &[char], tokens: &[Tok], out: &mut Vec<Finding>) {
    // A run of 1–4 characters written twice where a token starts (进一步进一步) or where the
    // second copy starts a token (养老服务服务网络).
    let starts: std::collections::HashSet<usize> = tokens.iter().map(|t| t.start).collect();
    let single: std::collections::HashSet<usize> = tokens
        .iter()
        .filter(|t| t.word.chars().count() == 1)
        .map(|t| t.start)
        .collect();
    let mut i = 0;
    while i < chars.len() {
        let mut step = 1;
        for len in 1..=4 {
            if i + 2 * len > chars.len() {
                break;
            }
            let (a, b) = (&chars[i..i + len], &chars[i + len..i + 2 * len]);
            if a != b || !a.iter().all(|&c| is_cjk(c)) {
                continue;
            }
            let typo = if len == 1 {
                single.contains(&i) && single.contains(&(i + 1)) && DOUBLED_TYPO.contains(a[0])
            } else {
                // the copies line up with tokens: the second starts one, the first has no
                // token boundary inside it (学生|每|生|每学年 is not 生每生每)
                a[0] != '一'
                    && starts.contains(&(i + len))
                    && !(i + 1..i + len).any(|k| starts.contains(&k))
            };
            if typo {
                let word: String = a.iter().collect();
                out.push(finding(
                    i + len,
                    Code::RepeatedWord,
                    format!("“{word}”连写了两遍：请删去一个"),
                ));
                step = 2 * len;
                break;
            }
        }
        i += step;
    }
}

// ─────────────────────── wording ───────────────────────

fn verbish(tag: &str) -> bool {
    tag.starts_with('v') || tag.starts_with('d') || tag == "p" || tag == "a" || tag == "ad"
}

fn wording(p: &Para, chars: &[char], tokens: &[Tok], out: &mut Vec<Finding>) {
    let Some(kind) = p.kind else { return };
    // A speech looks back and ahead in one breath: neither wording is out of place.
    if p.section == Sect::Heading || !kind.is_signed() {
        return;
    }
    let sents = sentences(chars);
    let sentence_of = |ci: usize| {
        sents
            .iter()
            .position(|&(s, e)| ci >= s && ci < e)
            .unwrap_or(0)
    };
    let mut flagged = std::collections::HashSet::new();
    if kind.is_summary() {
        if p.section == Sect::NextSteps {
            return;
        }
        for (k, t) in tokens.iter().enumerate() {
            let next = tokens.get(k + 1);
            let next_v = next.is_some_and(|n| verbish(n.tag) && n.word != "的");
            let after_xian = k > 0 && tokens[k - 1].word == "现"; // 现将……总结如下
            // 将……纳入/作为……: 将 is 把 here, not "will"
            let clause: String = tokens[k + 1..]
                .iter()
                .map(|t| t.word)
                .take_while(|w| !matches!(*w, "，" | "。" | "；" | "：" | "," | ";"))
                .collect();
            let ba = [
                "纳入",
                "列入",
                "作为",
                "列为",
                "转化为",
                "改为",
                "落实到",
                "分解到",
                "与",
            ]
            .iter()
            .any(|m| clause.contains(m));
            let hit = match t.word {
                "将" => next_v && !after_xian && !ba,
                "要" | "拟" => next_v,
                "计划" => {
                    next.is_some_and(|n| n.tag.starts_with('v') || n.tag == "p" || n.tag == "d")
                        || (k > 0 && tokens[k - 1].tag == "t")
                }
                "力争" | "打算" | "下一步" => true,
                "争取" => {
                    next.is_some_and(|n| matches!(n.word, "在" | "于" | "到" | "实现" | "年底"))
                }
                _ => false,
            };
            if hit && flagged.insert(sentence_of(t.start)) {
                let shown: String = match next {
                    Some(n) if t.word.chars().count() == 1 => format!("{}{}", t.word, n.word),
                    _ => t.word.to_string(),
                };
                out.push(finding(
                    t.start,
                    Code::PlanWording,
                    format!("总结要写已经做了什么、做成了什么，“{shown}”是计划的口吻：请改写成已完成的情况，或移到“下一步打算”"),
                ));
            }
        }
    } else {
        if p.section == Sect::Background {
            return;
        }
        for (k, t) in tokens.iter().enumerate() {
            let prev = k.checked_sub(1).map(|j| &tokens[j]);
            let hit = match t.word {
                "了" => {
                    prev.is_some_and(|q| q.tag.starts_with('v') && q.word.chars().count() >= 2)
                }
                "已" | "已经" => tokens.get(k + 1).is_some_and(|n| n.tag.starts_with('v')),
                "成效显著" | "取得显著成效" | "取得明显成效" => true,
                _ => false,
            };
            if hit && flagged.insert(sentence_of(t.start)) {
                let shown = match (prev, tokens.get(k + 1)) {
                    (Some(q), _) if t.word == "了" => format!("{}了", q.word),
                    (_, Some(n)) if t.word.starts_with('已') => format!("{}{}", t.word, n.word),
                    _ => t.word.to_string(),
                };
                let at = if t.word == "了" {
                    prev.map_or(t.start, |q| q.start)
                } else {
                    t.start
                };
                out.push(finding(
                    at,
                    Code::SummaryWording,
                    format!("计划要写将要做什么，“{shown}”是总结的口吻：请改写成要做的事和目标，已做的工作可写进“基本情况”"),
                ));
            }
        }
    }
}
