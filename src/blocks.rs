//! The block language: the small line-based language that templates emit.
//!
//! A template renders to plain text, one block per line. The first characters of a
//! line say what the line is; everything else is text. Heading numbers are never
//! written: they are generated here from the structure (一、（一）1.（1）).
//!
//! | line                         | block                                                        |
//! |------------------------------|--------------------------------------------------------------|
//! | `@title 文本`                 | the title (2号小标宋, centred); several lines make a multi-line title |
//! | `@to 文本`                    | the addressee (主送机关), flush left                          |
//! | `@speaker 文本`               | a line under a speech's title (（2026年3月5日）, the speaker): centred 楷体 |
//! | `# 文本`                      | level-1 heading, numbered 一、 (黑体)                          |
//! | `## 文本`                     | level-2 heading, numbered （一） (楷体)                         |
//! | `### 文本`                    | level-3 heading, numbered 1. (仿宋)                            |
//! | `#### 文本`                   | level-4 heading, numbered （1） (仿宋)                          |
//! | `## 标题。 \| 正文`            | any heading with its body run in after it on the same line   |
//! | `文本`                        | a body paragraph (3号仿宋, two-character indent)              |
//! | `@attach 名称`                | one line of the 附件说明 (consecutive lines form one list)     |
//! | `@sign 署名`                  | the issuer in the signature block                            |
//! | `@date 2025年3月1日`          | the date of the signature block                              |
//! | `@annex 名称`                 | starts an annex on a new page: the label 附件N and its title; heading numbers restart |
//! | `@table 列1 \| 列2 \| …`       | starts a table with this header row (repeated on every page)  |
//! | `@widetable 列1 \| 列2 \| …`   | the same, on landscape pages in 4号 with its annex (GB/T 9704 8: 横排表格) |
//! | `@group 文本`                 | a group row spanning the whole table                          |
//! | `@row 格1 \| 格2 \| …`         | a table row; a first cell `#` is replaced by the running 序号   |
//! | `@endtable`                   | ends the table                                               |
//! | `@pagebreak`                  | starts a new page                                            |
//! | `@copy 000001`                | 版头: the 份号 (3号, flush left, first line)                    |
//! | `@secret 秘密★1年`             | 版头: 密级和保密期限 (3号黑体, flush left)                        |
//! | `@urgent 特急`                 | 版头: 紧急程度 (3号黑体, flush left)                              |
//! | `@mark 滨江县人民政府文件`       | 版头: a line of the 发文机关标志 (red 小标宋, centred, 35 mm down) |
//! | `@number 滨政发〔2026〕3号`      | 版头: the 发文字号 over the red separator line                   |
//! | `@signer 张某`                 | 版头: a 签发人 of an upward document, on the 发文字号's line       |
//! | `@cc 甲，乙`                   | 版记: 抄送机关 (the writer adds 抄送： and 。)                     |
//! | `@printed 机关 \| 2026年3月1日` | 版记: 印发机关 and 印发日期 (the writer adds 印发)                 |
//!
//! The 版头 lines come before the title; the 版记 lines end the document, which prints them
//! between their rules at the foot of a page of their own.
//!
//! Blank lines are ignored, leading and trailing spaces are trimmed, and a line that
//! starts with `\` is a body paragraph whatever follows. Values that a template
//! prints from the data (`{{ goal.text }}`) are escaped, so data can never start a
//! heading, split a table cell or break a line: a line break inside a value becomes a
//! new paragraph of the same kind, except in an `@annex` title, where it breaks the title's
//! line (the writer breaks a long annex title by meaning itself, at the width of its page).

use std::borrow::Cow;

use crate::error::{Error, ErrorKind};

/// Text of a block: borrowed from the template's output where it needs no unescaping (most
/// lines), owned where it does.
pub(crate) type Text<'a> = Cow<'a, str>;

/// A piece of the document as the layout code sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block<'a> {
    /// One line of the title.
    Title(Text<'a>),
    /// The addressee line (主送机关).
    Addressee(Text<'a>),
    /// A line under a speech's title: its date in （）, or the speaker.
    Speaker(Text<'a>),
    /// A numbered heading; `number` is generated ("一、", "（一）", "1.", "（1）").
    Heading {
        level: u8,
        number: String,
        text: Text<'a>,
        /// Body text run in after the heading on the same paragraph.
        body: Option<Text<'a>>,
    },
    /// A body paragraph.
    Paragraph(Text<'a>),
    /// The 附件说明: the attachment names in order.
    Attachments(Vec<Text<'a>>),
    /// The issuer (署名) of the signature block.
    Signature(Text<'a>),
    /// The date (成文日期) of the signature block, already formatted.
    Date(Text<'a>),
    /// An annex starting on a new page: `label` is 附件1 (or 附件 when there is one).
    Annex { label: String, title: Text<'a> },
    /// A table with a repeated header row.
    Table(Table<'a>),
    /// A page break.
    PageBreak,
    /// 版头: 份号, 密级和保密期限 or 紧急程度, flush left; `bold` for the last two (黑体).
    BannerLine { text: Text<'a>, bold: bool },
    /// 版头: one line of the 发文机关标志.
    Mark(Text<'a>),
    /// 版头: the 发文字号, with the 签发人 of an upward document (empty otherwise).
    DocNumber {
        number: Text<'a>,
        signers: Vec<Text<'a>>,
    },
    /// 版记: the 抄送机关, as written after 抄送：.
    Cc(Text<'a>),
    /// 版记: the 印发机关 and the 印发日期.
    Printed { organ: Text<'a>, date: Text<'a> },
}

/// A table: header cells, then rows that are either group rows or cells.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Table<'a> {
    pub header: Vec<Text<'a>>,
    pub rows: Vec<Row<'a>>,
    /// Set by `@widetable`: the table (with its annex) goes on landscape pages in a smaller
    /// size (GB/T 9704 8).
    pub wide: bool,
}

/// A row of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Row<'a> {
    /// A row spanning every column (an area of a task table).
    Group(Text<'a>),
    /// Ordinary cells, as many as the header has.
    Cells(Vec<Text<'a>>),
}

// Characters of data values that would be structural in the block language are mapped
// into a private-use range while the template renders, and mapped back afterwards.
const ESC_NEWLINE: char = '\u{F8F0}';
const ESC_HASH: char = '\u{F8F1}';
const ESC_AT: char = '\u{F8F2}';
const ESC_BAR: char = '\u{F8F3}';
const ESC_BACKSLASH: char = '\u{F8F4}';

/// Escapes a data value for the block language (used by the template formatter).
/// `s` cut in two at byte `at`, borrowing when it can.
fn split_cow(s: Cow<'_, str>, at: usize) -> (Cow<'_, str>, Cow<'_, str>) {
    match s {
        Cow::Borrowed(b) => (Cow::Borrowed(&b[..at]), Cow::Borrowed(&b[at..])),
        Cow::Owned(mut o) => {
            let rest = o.split_off(at);
            (Cow::Owned(o), Cow::Owned(rest))
        }
    }
}

#[cfg(test)]
pub(crate) fn escape_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let _ = escape_into(&mut out, s);
    out
}

/// Whether the byte `b`, followed by `next`, may start something [`escape_into`] changes:
/// `\n \r # @ | \\`, or EF A3, the first two bytes of the private-use characters
/// U+F8F0–U+F8FF (EF A3 B0–BF). Plain comparisons, so that [`find_byte`] vectorises.
#[inline(always)]
fn needs_escape(b: u8, next: u8) -> bool {
    (b == b'\n')
        | (b == b'\r')
        | (b == b'#')
        | (b == b'@')
        | (b == b'|')
        | (b == b'\\')
        | ((b == 0xEF) & (next == 0xA3))
}

/// Whether `b`, `next` may start one of the escape characters U+F8F0–U+F8F4 (EF A3 B0–B4).
#[inline(always)]
fn starts_escape(b: u8, next: u8) -> bool {
    (b == 0xEF) & (next == 0xA3)
}

/// The index of the first byte from `i` on for which `hit(byte, next byte)` holds (the
/// next byte of the last is 0). 16 bytes at a time, without an early exit inside a chunk,
/// which the compiler turns into vector compares: data text is mostly CJK and rarely holds
/// a byte that matters. The last bytes are tested in a zero-padded copy the same way.
#[inline(always)]
pub(crate) fn find_byte(
    bytes: &[u8],
    mut i: usize,
    hit: impl Fn(u8, u8) -> bool + Copy,
) -> Option<usize> {
    #[inline(always)]
    fn any(chunk: &[u8; 17], hit: impl Fn(u8, u8) -> bool) -> bool {
        let mut found = false;
        for k in 0..16 {
            found |= hit(chunk[k], chunk[k + 1]);
        }
        found
    }
    while let Some(chunk) = bytes.get(i..i + 17) {
        if any(chunk.try_into().ok()?, hit) {
            return (i..i + 16).find(|&k| hit(bytes[k], bytes[k + 1]));
        }
        i += 16;
    }
    if i >= bytes.len() {
        return None;
    }
    let mut tail = [0u8; 17];
    for (t, &b) in tail.iter_mut().zip(&bytes[i..]) {
        *t = b;
    }
    // The padding can only be hit by a test that matches NUL: look at the real bytes only.
    if any(&tail, hit) {
        return (0..bytes.len() - i)
            .find(|&k| hit(tail[k], tail[k + 1]))
            .map(|k| i + k);
    }
    None
}

/// Writes `s` escaped for the block language to `out`: the runs between special
/// characters go out as they are, so a value without any is one `write_str`.
pub(crate) fn escape_into<W: std::fmt::Write + ?Sized>(out: &mut W, s: &str) -> std::fmt::Result {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut from = 0;
    while let Some(i) = find_byte(bytes, from, needs_escape) {
        let (len, replacement) = match bytes[i] {
            b'\n' => (1, Some(ESC_NEWLINE)),
            b'\r' => (1, None),
            b'#' => (1, Some(ESC_HASH)),
            b'@' => (1, Some(ESC_AT)),
            b'|' => (1, Some(ESC_BAR)),
            b'\\' => (1, Some(ESC_BACKSLASH)),
            // EF A3: U+F8F0–U+F8FF (EF A3 B0–BF) are dropped, other characters stay.
            _ if bytes.get(i + 2).is_some_and(|c| (0xB0..=0xBF).contains(c)) => (3, None),
            _ => {
                from = i + 1;
                continue;
            }
        };
        out.write_str(&s[start..i])?;
        if let Some(c) = replacement {
            out.write_char(c)?;
        }
        start = i + len;
        from = start;
    }
    out.write_str(&s[start..])
}

/// Whether `s` holds any of the escape characters U+F8F0–U+F8F4 (EF A3 B0–B4).
fn has_escapes(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = find_byte(bytes, from, starts_escape) {
        if bytes.get(i + 2).is_some_and(|c| (0xB0..=0xB4).contains(c)) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// Maps escaped characters back; a data line break becomes `newline`. Borrows `s` (trimmed)
/// when it holds no escapes.
fn unescape<'a>(s: &'a str, newline: &str) -> Text<'a> {
    if !has_escapes(s) {
        return s.trim().into();
    }
    unescape_chars(s, newline).into()
}

/// [`unescape`] character by character: its definition, and its path when `s` holds escapes.
fn unescape_chars(s: &str, newline: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ESC_NEWLINE => out.push_str(newline),
            ESC_HASH => out.push('#'),
            ESC_AT => out.push('@'),
            ESC_BAR => out.push('|'),
            ESC_BACKSLASH => out.push('\\'),
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// Splits text at data line breaks into non-empty paragraphs.
fn paragraphs(s: &str) -> impl Iterator<Item = Text<'_>> {
    // Without escape characters there is nothing to split or map back: one paragraph.
    let (whole, parts) = if has_escapes(s) {
        (None, Some(s.split(ESC_NEWLINE).map(|p| unescape(p, ""))))
    } else {
        (Some(Text::from(s.trim())), None)
    };
    whole
        .into_iter()
        .chain(parts.into_iter().flatten())
        .filter(|p| !p.is_empty())
}

/// The heading number of `n` (1-based) at `level` (1–4): 一、（一）1.（1）.
pub(crate) fn heading_number(level: u8, n: usize) -> String {
    let (open, number, close) = match level {
        1 | 2 => (
            if level == 1 { "" } else { "（" },
            crate::chinese::numeral(n as u64),
            if level == 1 { "、" } else { "）" },
        ),
        3 => ("", n.to_string(), "."),
        _ => ("（", n.to_string(), "）"),
    };
    let mut out = String::with_capacity(open.len() + number.len() + close.len());
    out.push_str(open);
    out.push_str(&number);
    out.push_str(close);
    out
}

// ---------------------------------------------------------------- writing the language
//
// What the Rust emitters of the templates (`item_lines`, `duty_lines`, `task_rows`) write,
// next to the parser below that reads it: the syntax has one home.

/// The mark of a heading of `level` (1–4, clamped): `#` to `####`, then a space.
pub(crate) fn heading_mark(level: u32) -> &'static str {
    ["# ", "## ", "### ", "#### "][level.clamp(1, 4) as usize - 1]
}

/// Between a heading and its run-in text (`### 标题。 | 正文`), and between table cells.
pub(crate) const SEPARATOR: &str = " | ";
/// A heading line with no heading of its own: its text is body text with the number run in
/// (`### | 正文`, after [`heading_mark`]).
pub(crate) const UNTITLED: &str = "| ";
/// Starts a group row of a table (`@group 一、领域`).
pub(crate) const GROUP_ROW: &str = "@group ";
/// Starts a table row whose first cell is the running 序号 (`@row # | …`).
pub(crate) const NUMBERED_ROW: &str = "@row # | ";

/// Parses the text a template rendered into blocks, numbering headings.
pub(crate) fn parse<'a>(text: &'a str, template: &str) -> Result<Vec<Block<'a>>, Error> {
    let mut blocks = Vec::new();
    let mut counters = [0usize; 4];
    let mut annexes: Vec<Text<'a>> = Vec::new();
    let mut table: Option<(Table, usize)> = None;
    let mut serial = 0usize;
    let err = |line: usize, msg: String| {
        Error::new(ErrorKind::Block, msg)
            .with_file(format!("模板 {template} 的输出"))
            .with_line(line, None)
    };
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let (directive, rest) = split_directive(line);
        if let Some((t, start)) = &mut table {
            match directive {
                "@group" => {
                    t.rows.push(Row::Group(unescape(rest, " ")));
                    continue;
                }
                "@row" => {
                    let mut cells: Vec<Text> = rest.split('|').map(|c| unescape(c, " ")).collect();
                    if cells.len() != t.header.len() {
                        return Err(err(
                            lineno,
                            format!(
                                "表格行有 {} 格，表头有 {} 格（表格从第 {start} 行开始）",
                                cells.len(),
                                t.header.len()
                            ),
                        ));
                    }
                    if cells[0] == "#" {
                        serial += 1;
                        cells[0] = serial.to_string().into();
                    }
                    t.rows.push(Row::Cells(cells));
                    continue;
                }
                "@endtable" => {
                    if let Some((t, _)) = table.take() {
                        blocks.push(Block::Table(t));
                    }
                    continue;
                }
                _ => {
                    return Err(err(
                        lineno,
                        format!(
                            "表格中只能有 @group、@row 和 @endtable 行（表格从第 {start} 行开始，缺少 @endtable？）"
                        ),
                    ));
                }
            }
        }
        match directive {
            "#" | "##" | "###" | "####" => {
                let level = directive.len() as u8;
                let idx = usize::from(level - 1);
                counters[idx] += 1;
                for c in &mut counters[idx + 1..] {
                    *c = 0;
                }
                let (head, body) = match rest.split_once('|') {
                    Some((h, b)) => (h, Some(b)),
                    None => (rest, None),
                };
                let full = unescape(head, "");
                let mut body_paras = body.into_iter().flat_map(paragraphs);
                // A heading of level 1 or 2 takes its font to its first 。 and no further (as
                // readers and GB/T 9704 checkers take it): the text after a 。 inside it runs in
                // in the body's font; a heading that does not end its sentence with a 。
                // (`加强领导：`) stands on a line of its own.
                const STOP: &str = "。";
                let (text, runin) = match full.find(STOP) {
                    _ if level > 2 || full.is_empty() => (full, body_paras.next()),
                    Some(at) if at + STOP.len() < full.len() => {
                        let (head, rest) = split_cow(full, at + STOP.len());
                        (head, Some(rest))
                    }
                    Some(_) => (full, body_paras.next()),
                    None => (full, None),
                };
                let mut number = heading_number(level, counters[idx]);
                // `7.4月7日……` reads as the number 7.4: before a digit, 1. is written 1、.
                let first = if text.is_empty() {
                    runin.as_ref().and_then(|r| r.chars().next())
                } else {
                    text.chars().next()
                };
                if level == 3 && first.is_some_and(|c| c.is_ascii_digit()) {
                    number = number.replace('.', "、");
                }
                blocks.push(Block::Heading {
                    level,
                    number,
                    text,
                    body: runin,
                });
                blocks.extend(body_paras.map(Block::Paragraph));
            }
            "@title" => blocks.extend(paragraphs(rest).map(Block::Title)),
            "@to" => blocks.push(Block::Addressee(unescape(rest, ""))),
            "@speaker" => blocks.push(Block::Speaker(unescape(rest, " "))),
            "@attach" => {
                let name = unescape(rest, " ");
                match blocks.last_mut() {
                    Some(Block::Attachments(list)) => list.push(name),
                    _ => blocks.push(Block::Attachments(vec![name])),
                }
            }
            "@sign" => blocks.push(Block::Signature(unescape(rest, " "))),
            "@date" => blocks.push(Block::Date(unescape(rest, ""))),
            "@annex" => {
                // A title broken over lines (`title_lines`) keeps its breaks.
                annexes.push(unescape(rest, "\n"));
                counters = [0; 4];
                blocks.push(Block::Annex {
                    label: String::new(),
                    title: annexes.last().cloned().unwrap_or_default(),
                });
            }
            "@table" | "@widetable" => {
                let header: Vec<Text> = rest.split('|').map(|c| unescape(c, " ")).collect();
                if header.iter().all(|h| h.is_empty()) {
                    return Err(err(
                        lineno,
                        format!("{directive} 后面要写表头，各列用 | 分隔"),
                    ));
                }
                serial = 0;
                table = Some((
                    Table {
                        header,
                        rows: Vec::new(),
                        wide: directive == "@widetable",
                    },
                    lineno,
                ));
            }
            "@pagebreak" => blocks.push(Block::PageBreak),
            "@copy" | "@secret" | "@urgent" => blocks.push(Block::BannerLine {
                text: unescape(rest, " "),
                bold: directive != "@copy",
            }),
            "@mark" => blocks.push(Block::Mark(unescape(rest, " "))),
            "@number" => blocks.push(Block::DocNumber {
                number: unescape(rest, " "),
                signers: Vec::new(),
            }),
            "@signer" => match blocks.last_mut() {
                Some(Block::DocNumber { signers, .. }) => signers.push(unescape(rest, " ")),
                _ => return Err(err(lineno, "@signer 要紧跟在 @number 之后".into())),
            },
            "@cc" => blocks.push(Block::Cc(unescape(rest, " "))),
            "@printed" => {
                let (organ, date) = rest.split_once('|').unwrap_or((rest, ""));
                blocks.push(Block::Printed {
                    organ: unescape(organ.trim(), " "),
                    date: unescape(date.trim(), " "),
                });
            }
            "@group" | "@row" | "@endtable" => {
                return Err(err(
                    lineno,
                    format!("{directive} 只能出现在 @table（或 @widetable）和 @endtable 之间"),
                ));
            }
            d if d.starts_with('@') => {
                return Err(err(
                    lineno,
                    format!(
                        "未知的指令“{d}”：可用的有 @title @to @speaker @attach @sign @date @annex @table @widetable @group @row @endtable @pagebreak @copy @secret @urgent @mark @number @signer @cc @printed"
                    ),
                ));
            }
            d if d.starts_with('#') => {
                return Err(err(
                    lineno,
                    format!("“{d}”：标题最多四级（# 到 ####），且 # 后要有空格"),
                ));
            }
            _ => {
                let text = line.strip_prefix('\\').unwrap_or(line);
                blocks.extend(paragraphs(text).map(Block::Paragraph));
            }
        }
    }
    if let Some((_, start)) = table {
        return Err(err(start, "表格缺少结尾的 @endtable".into()));
    }
    // Label annexes 附件1, 附件2 … (附件 alone when there is one).
    let count = annexes.len();
    let mut n = 0;
    for b in &mut blocks {
        if let Block::Annex { label, .. } = b {
            n += 1;
            *label = if count == 1 {
                "附件".into()
            } else {
                format!("附件{n}")
            };
        }
    }
    Ok(blocks)
}

/// Splits a line into its directive (`#`, `@title`, …) and the rest; plain text has no
/// directive.
fn split_directive(line: &str) -> (&str, &str) {
    if line.starts_with('#') || line.starts_with('@') {
        let end = line.find(char::is_whitespace).unwrap_or(line.len());
        let directive = &line[..end];
        if directive.starts_with('#') && !directive.chars().all(|c| c == '#') {
            // `#1号楼` is text, not a heading.
            return ("", line);
        }
        return (directive, line[end..].trim());
    }
    ("", line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_headings_from_structure() {
        let text = "# 指导思想\n正文\n# 工作目标\n## 总体目标\n### 加强领导。| 各单位要……\n#### 细项\n## 具体目标\n### 再一项\n";
        let blocks = parse(text, "t").unwrap();
        let numbers: Vec<_> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { number, .. } => Some(number.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            numbers,
            ["一、", "二、", "（一）", "1.", "（1）", "（二）", "1."]
        );
        assert!(blocks.contains(&Block::Heading {
            level: 3,
            number: "1.".into(),
            text: "加强领导。".into(),
            body: Some("各单位要……".into()),
        }));
    }

    /// `7.4月7日……` would read as the number 7.4 (and checkers take it so): a level-3 number
    /// before a digit is written `7、`.
    #[test]
    fn a_level_3_number_before_a_digit_takes_a_comma() {
        let text = "# 活动准备\n## 准备工作\n### | 班牌\n### | 4月7日上安全教育课\n### 2025年度总结。| 各班……\n#### | 3人一组\n";
        let numbers: Vec<String> = parse(text, "t")
            .unwrap()
            .into_iter()
            .filter_map(|b| match b {
                Block::Heading { number, .. } => Some(number),
                _ => None,
            })
            .collect();
        assert_eq!(numbers, ["一、", "（一）", "1.", "2、", "3、", "（1）"]);
    }

    #[test]
    fn a_heading_of_level_1_or_2_keeps_its_font_to_its_first_full_stop() {
        let blocks = parse(
            "## 质量建设：| 涵盖三方面。\n# 加强领导。小组由书记任组长。\n## 加强宣传。| 定期更新。\n",
            "t",
        )
        .unwrap();
        let heading = |text: &'static str, body: Option<&'static str>| Block::Heading {
            level: 0,
            number: String::new(),
            text: text.into(),
            body: body.map(Into::into),
        };
        let got: Vec<Block> = blocks
            .into_iter()
            .map(|b| match b {
                Block::Heading { text, body, .. } => Block::Heading {
                    level: 0,
                    number: String::new(),
                    text,
                    body,
                },
                b => b,
            })
            .collect();
        assert_eq!(
            got,
            [
                // Not ended by 。: a line of its own, its text a paragraph.
                heading("质量建设：", None),
                Block::Paragraph("涵盖三方面。".into()),
                // A 。 inside: the rest runs in, in the body's font.
                heading("加强领导。", Some("小组由书记任组长。")),
                heading("加强宣传。", Some("定期更新。")),
            ]
        );
    }

    #[test]
    fn escaped_data_cannot_make_structure() {
        let v = escape_value("# 不是标题 | @sign x\n第二段");
        let text = format!("{v}\n");
        let blocks = parse(&text, "t").unwrap();
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph("# 不是标题 | @sign x".into()),
                Block::Paragraph("第二段".into())
            ]
        );
    }

    /// The character-by-character definitions the fast paths must agree with.
    fn escape_by_char(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '\n' => out.push(ESC_NEWLINE),
                '\r' => {}
                '#' => out.push(ESC_HASH),
                '@' => out.push(ESC_AT),
                '|' => out.push(ESC_BAR),
                '\\' => out.push(ESC_BACKSLASH),
                '\u{F8F0}'..='\u{F8FF}' => {}
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn fast_escaping_agrees_with_the_char_by_char_definition() {
        // Every special character, its neighbours in the private-use range and CJK
        // characters sharing bytes with them, at every offset around the 16-byte chunks.
        let specials = [
            '\n', '\r', '#', '@', '|', '\\', ' ', '\u{F8EF}', '\u{F8F0}', '\u{F8F3}', '\u{F8F4}',
            '\u{F8F5}', '\u{F8FF}', '\u{F900}', '\u{F8C0}', '，', '\u{E3B0}', '㣰', '公',
        ];
        for fill in ["", "a", "文", "公文写作。", "ab公文"] {
            for &c in &specials {
                for &d in &specials {
                    for n in 0..20 {
                        let s: String = fill
                            .chars()
                            .cycle()
                            .take(n)
                            .chain([c])
                            .chain(fill.chars().take(n % 3))
                            .chain([d])
                            .collect();
                        let e = escape_value(&s);
                        assert_eq!(e, escape_by_char(&s), "{s:?}");
                        for nl in ["", " "] {
                            assert_eq!(unescape(&e, nl), unescape_chars(&e, nl), "{e:?}");
                            assert_eq!(unescape(&s, nl), unescape_chars(&s, nl), "{s:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn tables_number_rows_and_check_cells() {
        let text = "@table 序号 | 任务\n@group 一、就业\n@row # | 培训\n@row # | 帮扶\n@endtable\n";
        let blocks = parse(text, "t").unwrap();
        let Block::Table(t) = &blocks[0] else {
            panic!()
        };
        assert_eq!(t.rows[2], Row::Cells(vec!["2".into(), "帮扶".into()]));
        assert!(parse("@table a | b\n@row 1\n@endtable\n", "t").is_err());
        assert!(parse("@table a | b\n@row 1 | 2\n", "t").is_err());
        assert!(parse("@bogus x\n", "t").is_err());
        assert!(parse("##### x\n", "t").is_err());
    }

    #[test]
    fn annexes_are_labelled_and_restart_numbering() {
        let text = "# 甲\n@annex 报名表\n# 乙\n@annex 分工表\n";
        let blocks = parse(text, "t").unwrap();
        assert!(matches!(&blocks[1], Block::Annex { label, .. } if label == "附件1"));
        assert!(matches!(&blocks[2], Block::Heading { number, .. } if number == "一、"));
        let one = parse("@annex 报名表\n", "t").unwrap();
        assert!(matches!(&one[0], Block::Annex { label, .. } if label == "附件"));
    }
}
