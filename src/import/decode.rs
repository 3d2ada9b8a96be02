//! Reading the bytes of a pasted text file (UTF-8, UTF-16 with BOM, GB18030) or of a
//! `.docx` file into paragraphs, one string per line.

use crate::error::{Error, ErrorKind, Result};

/// The largest text file accepted (8 MiB: a long plan is under 100 KB).
pub(crate) const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;

/// What the importer reads: the lines of a text file, or the paragraphs of a `.docx` and
/// its data tables.
#[derive(Debug, Clone, Default)]
pub(crate) struct Source {
    pub lines: Vec<String>,
    /// From a `.docx`: each line is a paragraph, never a piece of one broken by a web page.
    pub docx: bool,
    /// The data tables of a `.docx`, in order.
    pub tables: Vec<SourceTable>,
    /// For a `.docx`, the heading level its styles give each line (its paragraph's first),
    /// beside [`Source::lines`]; empty for text.
    pub levels: Vec<Option<u8>>,
    /// What the reading noticed and the writer should know (a text file named `.docx`).
    pub notes: Vec<String>,
}

/// A data table of a `.docx`: the index in [`Source::lines`] of the line that follows it,
/// and its rows of cells (a cell's paragraphs joined with line breaks).
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceTable {
    pub at: usize,
    pub rows: Vec<Vec<String>>,
}

/// Brings the tables of a `.docx` that stand in the body, before any annex (a schedule under
/// 活动安排, a list of contacts), into its lines where they stood: one line a row, its cells
/// set apart by a full-width space, so that their text is read as the text around it is (a
/// row of a step and its period is a step) and none of it is lost. Tables inside an annex stay
/// tables: they become the annex's table, or give back a 任务分工表.
///
/// Returns the tables brought in, each `at` the line of its first row: a table of steps
/// becomes phases again ([`super::tables::steps`]).
pub(crate) fn inline_body_tables(src: &mut Source) -> Vec<SourceTable> {
    let mut added = 0;
    let mut kept = Vec::new();
    let mut inlined = Vec::new();
    for mut t in std::mem::take(&mut src.tables) {
        t.at += added;
        let at = t.at.min(src.lines.len());
        if src.lines[..at]
            .iter()
            .any(|l| super::parse::is_annex_label(l))
        {
            kept.push(t);
            continue;
        }
        let rows: Vec<String> = t
            .rows
            .iter()
            .map(|r| row_line(r))
            .filter(|r| !r.is_empty())
            .collect();
        let n = rows.len();
        src.lines.splice(at..at, rows);
        if src.levels.len() >= at {
            src.levels.splice(at..at, std::iter::repeat_n(None, n));
        }
        added += n;
        t.at = at;
        inlined.push(t);
    }
    src.tables = kept;
    inlined
}

/// A table's row as one line of text: its cells with their spaces squeezed, the empty ones
/// left out, set apart by a full-width space.
pub(crate) fn row_line(row: &[String]) -> String {
    row.iter()
        .map(|c| cell_text(c))
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join("\u{3000}")
}

/// A table cell's text as one paragraph: its lines and runs of spaces squeezed to one space.
pub(crate) fn cell_text(c: &str) -> String {
    c.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`Source`] of `bytes`.
pub(crate) fn source(bytes: &[u8], name: &str) -> Result<Source> {
    if bytes.starts_with(b"PK\x03\x04") {
        return docx_source(bytes, name);
    }
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "文件有 {} 字节，超过上限 {MAX_TEXT_BYTES} 字节（8 MiB）；请拆分后再导入",
                bytes.len()
            ),
        )
        .with_file(name));
    }
    let text = decode_text(bytes)
        .map_err(|detail| Error::new(ErrorKind::Syntax, detail).with_file(name))?;
    // A text saved under a Word name (a web page pasted into Notepad, then renamed) is read
    // as the text it is, and the writer is told: it has no styles or tables to read.
    let notes = extension_is(name, "docx")
        .then(|| {
            "扩展名是 .docx，内容却是纯文本：已按文本导入（没有 Word 的样式和表格可读）".to_string()
        })
        .into_iter()
        .collect();
    Ok(Source {
        lines: split_lines(&text),
        notes,
        ..Source::default()
    })
}

/// Whether `name` ends in `.ext`, in any case.
fn extension_is(name: &str, ext: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Markdown as chat assistants and note apps write it (`## 一、指导思想`, `**重点工作**：`,
/// `- 召开动员会`): the lines without their markup, and the heading level each `#` line gives
/// (the first line's lone top `#` is the title, and gets none). `None` when the text is not
/// Markdown: two `#` headings make it so, or three lines in `**` pairs with a `#` heading or
/// two `- ` items (a web sample's masks, `**县**局`, alone do not).
pub(crate) fn strip_markdown(lines: &[String]) -> Option<(Vec<String>, Vec<Option<u8>>)> {
    let atx = |l: &str| {
        let t = l.trim_start();
        let hashes = t.len() - t.trim_start_matches('#').len();
        ((1..=6).contains(&hashes) && t[hashes..].starts_with([' ', '\u{3000}'])).then_some(hashes)
    };
    // `**加粗**`, not a mask (`**县**局`, `******`, as web samples hide names): a line's
    // `**` pair up and none stands in a longer run of stars.
    let bold = |l: &str| {
        let n = l.matches("**").count();
        n >= 2 && n.is_multiple_of(2) && !l.contains("***")
    };
    let bullet = |l: &str| {
        ["- ", "* ", "+ "]
            .iter()
            .any(|b| l.trim_start().starts_with(b))
    };
    let headings = lines.iter().filter(|l| atx(l).is_some()).count();
    let bolds = lines.iter().filter(|l| bold(l)).count();
    let bullets = lines.iter().filter(|l| bullet(l)).count();
    if headings < 2 && !(bolds >= 3 && (headings == 1 || bullets >= 2)) {
        return None;
    }
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let top = lines.iter().filter_map(|l| atx(l)).min();
    // The first line, alone at the top level, is the title.
    let title = first.filter(|&k| {
        atx(&lines[k]).is_some()
            && atx(&lines[k]) == top
            && lines.iter().filter(|l| atx(l) == top).count() == 1
    });
    let base = lines
        .iter()
        .enumerate()
        .filter(|(k, _)| Some(*k) != title)
        .filter_map(|(_, l)| atx(l))
        .min()
        .unwrap_or(1);
    let mut out = Vec::with_capacity(lines.len());
    let mut levels = Vec::with_capacity(lines.len());
    for (k, l) in lines.iter().enumerate() {
        let t = l.trim();
        let mut level = None;
        let mut text = if let Some(h) = atx(t) {
            if Some(k) != title {
                level = Some((h + 1 - base).clamp(1, 4) as u8);
            }
            t[h..].trim().to_string()
        } else if t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_')) {
            // A rule.
            String::new()
        } else if let Some(r) = t
            .strip_prefix("- ")
            .or_else(|| t.strip_prefix("* "))
            .or_else(|| t.strip_prefix("+ "))
            .or_else(|| t.strip_prefix("> "))
        {
            r.trim().to_string()
        } else {
            l.clone()
        };
        if bold(&text) {
            text = text.replace("**", "");
        }
        out.push(text);
        levels.push(level);
    }
    Some((out, levels))
}

/// Splits text into lines at `\n`, `\r\n`, `\r`, U+2028 and U+2029.
pub(crate) fn split_lines(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(std::mem::take(&mut cur));
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Decodes text: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030
/// ([`crate::chinese::decode_strict`]); a file that looks binary is refused first.
fn decode_text(bytes: &[u8]) -> std::result::Result<String, String> {
    use crate::chinese::{Undecodable, decode_strict};
    if encoding_rs::Encoding::for_bom(bytes).is_none() && looks_binary(bytes) {
        return Err(
            "这不是文本文件（含有大量控制字符或空字节）：请导入纯文本（.txt）或 Word 文档（.docx）；.doc、.wps、.pdf 请先另存为 .docx 或 .txt"
                .to_string(),
        );
    }
    match decode_strict(bytes) {
        Ok((text, _)) => Ok(text.into_owned()),
        Err(Undecodable::Utf16) => {
            Err("文件以 UTF-16 标记开头，但内容不是有效的 UTF-16 文本".to_string())
        }
        Err(Undecodable::At(off)) => Err(bad_utf8(off)),
    }
}

fn bad_utf8(off: usize) -> String {
    format!(
        "无法识别文件编码：字节偏移 {off} 处既不是 UTF-8 也不是 GB18030（GBK）文本；请用记事本或 WPS 把文件另存为 UTF-8 编码的 .txt 后再导入"
    )
}

/// Whether the bytes look like a binary file: NUL bytes, or many control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    control * 100 > sample.len().max(1)
}

/// The lines of a `.docx` body, in order ([`crate::docx::read`]): body paragraphs and the
/// paragraphs of frames (one-cell tables around text, such as an annex or the 抄送 of a
/// 版记), each line break (`w:br`) ending a line as a writer sees it; data tables are left
/// out of the lines (a task table is data, not prose) and come as [`SourceTable`]s.
fn docx_source(bytes: &[u8], name: &str) -> Result<Source> {
    use crate::docx::read::{self, Place, ReadError};
    let paras = read::paragraphs(bytes).map_err(|e| {
        let what = match e {
            ReadError::NotZip(e) => format!("压缩包已损坏（{e}）"),
            ReadError::NoDocument => "缺少 word/document.xml".to_string(),
            ReadError::Unzip(e) => format!("解压失败（{e}）"),
            ReadError::Xml(e) => e,
            ReadError::TooLarge => {
                return Error::new(
                    ErrorKind::TooLarge,
                    "Word 文档的正文超过 64 MiB，已拒绝读取",
                )
                .with_file(name);
            }
        };
        Error::new(
            ErrorKind::Syntax,
            format!(
                "无法读取 Word 文档：{what}；请确认它是 .docx 文件（不是改了扩展名的 .doc 或 .wps）"
            ),
        )
        .with_file(name)
    })?;
    let mut src = Source {
        docx: true,
        ..Source::default()
    };
    let mut current: Option<usize> = None;
    for p in paras {
        match (p.place, p.cell) {
            (Place::Table, Some((table, row, col))) => {
                if current != Some(table) {
                    current = Some(table);
                    src.tables.push(SourceTable {
                        at: src.lines.len(),
                        rows: Vec::new(),
                    });
                }
                let rows = &mut src.tables.last_mut().expect("pushed").rows;
                if rows.len() <= row {
                    rows.resize(row + 1, Vec::new());
                }
                let cells = &mut rows[row];
                if cells.len() <= col {
                    cells.resize(col + 1, String::new());
                }
                let text = p.lines.join("\n");
                if !cells[col].is_empty() && !text.is_empty() {
                    cells[col].push('\n');
                }
                cells[col].push_str(&text);
            }
            // An empty paragraph is spacing (the line after a title, before 附件), not a line
            // of text: the lines are numbered as the text reads, as a text file would be.
            _ if p.lines.iter().all(|l| l.trim().is_empty()) => {}
            _ => {
                for (k, line) in soft_broken(p.lines).into_iter().enumerate() {
                    src.lines.push(line);
                    src.levels.push(if k == 0 { p.level } else { None });
                }
            }
        }
    }
    Ok(src)
}

/// A paragraph's lines, split at its line breaks (Shift+Enter), joined again where the break
/// falls inside a sentence (a title broken to fit, a paragraph pasted from a PDF): the part
/// before it ends no sentence or clause, and the part after it opens no number or date. A
/// break before `2.` (items in one paragraph) or `2025年3月1日` (the date under a signature)
/// still parts the lines.
fn soft_broken(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        let joins = out.last().is_some_and(|prev: &String| {
            let prev = prev.trim_end();
            let next = line.trim_start();
            !prev.is_empty()
                && !next.is_empty()
                && !prev.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':'])
                && !next.starts_with(|c: char| crate::chinese::is_digit(c) || "〇零".contains(c))
                && super::number::parse(next)
                    .is_none_or(|n| formal_after_one(&n) || in_clause(prev, &n))
        });
        match out.last_mut() {
            Some(prev) if joins => prev.push_str(line.trim_start()),
            _ => out.push(line),
        }
    }
    out
}

/// A formal numeral past 壹 (`陆、海、空`, `伍、`): a number only in a run from 壹, which a
/// break inside a sentence does not start.
fn formal_after_one(n: &super::number::Num) -> bool {
    n.style == super::number::Style::Formal && n.n > 1
}

/// A part's number after a comma (`举行仪式，` / `三、四班学生代表发言。`): a clause goes on
/// with the grades or classes it names; a part (一、) never starts inside one.
fn in_clause(prev: &str, n: &super::number::Num) -> bool {
    prev.ends_with(['，', ',', '、']) && n.style == super::number::Style::CnDun
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb18030_and_utf16() {
        let (gb, _, _) = encoding_rs::GB18030.encode("一、总体要求\n正文。");
        assert_eq!(
            source(&gb, "a.txt").unwrap().lines,
            ["一、总体要求", "正文。"]
        );
        let mut u16 = vec![0xff, 0xfe];
        for u in "甲\r\n乙".encode_utf16() {
            u16.extend(u.to_le_bytes());
        }
        assert_eq!(source(&u16, "a.txt").unwrap().lines, ["甲", "乙"]);
    }

    #[test]
    fn soft_breaks_join_inside_a_clause() {
        let lines = |parts: &[&str]| soft_broken(parts.iter().map(|s| s.to_string()).collect());
        // Grades named after a comma, a formal numeral past 壹: the sentence goes on.
        assert_eq!(
            lines(&["（1）3月12日举行升旗仪式，", "三、四班学生代表依次发言。"]),
            ["（1）3月12日举行升旗仪式，三、四班学生代表依次发言。"]
        );
        assert_eq!(
            lines(&["航模社团展示", "陆、海、空三类模型。"]),
            ["航模社团展示陆、海、空三类模型。"]
        );
        // A number after a finished sentence, or an item's 2. after a comma, starts a line.
        assert_eq!(
            lines(&["做好宣传发动。", "二、工作要求"]),
            ["做好宣传发动。", "二、工作要求"]
        );
        assert_eq!(lines(&["1.报名，", "2.初赛"]), ["1.报名，", "2.初赛"]);
    }

    #[test]
    fn binary_is_refused() {
        let err = source(b"\x00\x01\x02abc", "a.bin").unwrap_err();
        assert!(err.to_string().contains("不是文本文件"), "{err}");
    }
}
