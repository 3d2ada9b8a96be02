//! Chinese text: what counts as a Chinese character, how wide text is, numerals both ways,
//! and reading bytes that may be UTF-8 or GB18030 (GBK).
//!
//! One home for what several steps need, so that they cannot disagree: the template's title
//! breaking and the .docx writer measure text with the same [`width`] (and the table
//! writer with [`measure`], which counts the same and adds the Asian/Latin spacing); the heading marks
//! written by templates (一、) and read back by the importer use [`numeral`] and
//! [`numeral_value`]; every reader of a text file decodes with [`decode`].

use std::borrow::Cow;

/// Whether `c` is a Chinese character (CJK Unified Ideographs, Extension A, the
/// compatibility ideographs, and 〇).
pub(crate) fn is_cjk(c: char) -> bool {
    // (With the Kangxi radicals a PDF's text layer gives for some ideographs: 进⼀步, 提⾼.)
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '〇'
        | '\u{2e80}'..='\u{2ef3}' | '\u{2f00}'..='\u{2fd5}')
}

/// Whether `c` is a decimal digit, ASCII or full-width (０–９, as typed in full-width mode).
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether `c` stands in for a digit or a name the writer has yet to fill in: `20××年`,
/// `X月X日`, `XX县`, `20__年`.
pub(crate) fn is_mask(c: char) -> bool {
    "Xx×＊*ｘＸ_＿□○".contains(c)
}

/// `s` with full-width digits (０–９) read as ASCII ones, for reading numbers and dates;
/// the text itself is never rewritten with it.
pub(crate) fn ascii_digits(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| ('０'..='９').contains(&c)) {
        return s.into();
    }
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect::<String>()
        .into()
}

/// Whether `c` is set half an em wide: ASCII and the Latin, Greek and other alphabets below
/// the CJK blocks, and the half-width forms (U+FF61–FFDC). The dashes and the ellipsis
/// (U+2014–2026) are full-width in Chinese fonts.
pub(crate) fn is_half_width(c: char) -> bool {
    (c as u32) < 0x2E80 && !('\u{2014}'..='\u{2026}').contains(&c)
        || ('\u{FF61}'..='\u{FFDC}').contains(&c)
}

/// The width of `s` in half ems: a Chinese character or full-width mark counts 2, a
/// half-width character ([`is_half_width`]) 1.
pub(crate) fn width(s: &str) -> usize {
    s.chars()
        .map(|c| if is_half_width(c) { 1 } else { 2 })
        .sum()
}

/// What a table's column widths need to know of a cell's text, in quarter ems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Measure {
    /// The longest of its lines.
    pub longest_line: usize,
    /// The longest piece that cannot break: a run of half-width letters, digits and marks
    /// (a line may break at any Chinese character, which is the least piece).
    pub longest_piece: usize,
    /// All its lines end to end.
    pub total: usize,
}

/// Measures text set in lines (`\n` between them) in one pass, in quarter ems: a character
/// as [`width`] counts it, and a quarter em more where a Chinese character meets a digit or
/// a Latin letter (the automatic spacing Word and LibreOffice put between Asian and Latin
/// text, `w:autoSpaceDE`, `w:autoSpaceDN`). Spaces at the ends of a line do not count.
///
/// The table writer sizes columns with it; [`width`] is the same count without the spacing.
pub(crate) fn measure(text: &str) -> Measure {
    let mut m = Measure {
        longest_line: 0,
        longest_piece: 0,
        total: 0,
    };
    for line in text.split('\n') {
        let mut quarters = 0;
        let mut piece = 0;
        let mut last_alnum: Option<bool> = None;
        for c in line.trim().chars() {
            let half = is_half_width(c);
            quarters += if half { 2 } else { 4 };
            piece = if half && !c.is_whitespace() {
                piece + 2
            } else {
                0
            };
            m.longest_piece = m.longest_piece.max(if half { piece } else { 4 });
            let alnum = c.is_ascii_alphanumeric();
            let cjk = !half && is_cjk(c);
            if let Some(prev) = last_alnum
                && ((prev && cjk) || (!prev && alnum))
            {
                quarters += 1;
            }
            last_alnum = if alnum {
                Some(true)
            } else if cjk {
                Some(false)
            } else {
                None
            };
        }
        m.longest_line = m.longest_line.max(quarters);
        m.total += quarters;
    }
    m
}

/// The Chinese numeral for `n` up to 999 (3 → 三, 12 → 十二, 105 → 一百零五); larger numbers
/// in Arabic digits. The `cn` template filter and the heading marks 一、（一） use it.
pub(crate) fn numeral(n: u64) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n < 10 {
        return D[n as usize].to_string();
    }
    if n < 20 {
        return format!(
            "十{}",
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        );
    }
    if n < 100 {
        return format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        );
    }
    if n < 1000 {
        let rest = n % 100;
        let tail = match rest {
            0 => String::new(),
            1..=9 => format!("零{}", D[rest as usize]),
            10..=19 => format!("一{}", numeral(rest)),
            _ => numeral(rest),
        };
        return format!("{}百{tail}", D[(n / 100) as usize]);
    }
    n.to_string()
}

/// The value of a Chinese numeral up to 999 (`十二` → 12, `二十` → 20).
pub(crate) fn numeral_value(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '〇' | '零' => 0,
            // (And the Kangxi radicals a PDF's text layer may give for them: ⼀ ⼆ ⼋ ⼗.)
            '一' | '⼀' => 1,
            '二' | '两' | '⼆' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' | '⼋' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    let mut total = 0u32;
    let mut cur = 0u32;
    let mut any = false;
    for c in s.chars() {
        match c {
            '十' | '⼗' => {
                total += if cur == 0 { 1 } else { cur } * 10;
                cur = 0;
            }
            '百' => {
                total += if cur == 0 { 1 } else { cur } * 100;
                cur = 0;
            }
            c => cur = cur * 10 + digit(c)?,
        }
        any = true;
    }
    any.then_some(total + cur)
}

/// `bytes` as text: UTF-8 (a BOM is dropped), else GB18030, the superset of the GBK that
/// Windows Notepad, WPS and Excel in China save. Undecodable bytes become U+FFFD; readers
/// that must refuse them decode with [`decode_strict`].
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match decode_strict(bytes) {
        Ok((text, _)) => text,
        Err(_) => encoding_rs::GB18030.decode(bytes).0,
    }
}

/// What [`decode_strict`] read a text as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextEncoding {
    Utf8,
    /// UTF-16, little or big endian, as its byte-order mark said.
    Utf16,
    /// GB18030, the superset of GBK: Notepad's "ANSI" and WPS on a Chinese Windows.
    Gbk,
}

/// Why [`decode_strict`] could not read a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Undecodable {
    /// A UTF-16 byte-order mark with content that is not UTF-16.
    Utf16,
    /// Neither UTF-8 nor GB18030; the byte offset where UTF-8 stopped.
    At(usize),
}

/// `bytes` as text, refusing what is not text: a byte-order mark says the encoding
/// (encoding_rs's table: UTF-8, UTF-16LE, UTF-16BE) and is dropped; without one, UTF-8, else
/// GB18030. The one decoder of the crate: input files, imports, merge tables.
pub(crate) fn decode_strict(bytes: &[u8]) -> Result<(Cow<'_, str>, TextEncoding), Undecodable> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = &bytes[bom..];
        if enc == encoding_rs::UTF_8 {
            return std::str::from_utf8(rest)
                .map(|t| (Cow::Borrowed(t), TextEncoding::Utf8))
                .map_err(|e| Undecodable::At(e.valid_up_to() + bom));
        }
        return enc
            .decode_without_bom_handling_and_without_replacement(rest)
            .map(|t| (t, TextEncoding::Utf16))
            .ok_or(Undecodable::Utf16);
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((Cow::Borrowed(t), TextEncoding::Utf8)),
        Err(e) => encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|t| (t, TextEncoding::Gbk))
            .ok_or(Undecodable::At(e.valid_up_to())),
    }
}

/// `s` in simplified characters (社區共建工作計劃 → 社区共建工作计划), char for char, for
/// reading a document written in traditional ones with the genre's words; `None` when nothing
/// changes (or, never seen, a character would change its length).
pub(crate) fn simplified(s: &str) -> Option<String> {
    // Only CJK text can change; most documents have no traditional character at all.
    if s.is_ascii() {
        return None;
    }
    let t = fast2s::convert(s);
    (t != s && t.len() == s.len()).then_some(t)
}

/// `s` without the pinyin some sites print after a character (`活動(dòng)主題` → `活動主題`),
/// or `None` when it has none. For reading a heading's words only: the text keeps them.
pub(crate) fn without_pinyin(s: &str) -> Option<String> {
    if !s.contains('(') {
        return None;
    }
    let pinyin = |c: char| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c);
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut changed = false;
    while let Some(k) = rest.find('(') {
        let (head, tail) = rest.split_at(k);
        out.push_str(head);
        let after_cjk = head
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_ascii() && c.is_alphabetic());
        let inner_end = tail[1..].find(')').map(|e| e + 1);
        match inner_end {
            Some(e)
                if after_cjk
                    && (1..=6).contains(&tail[1..e].chars().count())
                    && tail[1..e].chars().all(pinyin)
                    && !tail[1..e].is_ascii() =>
            {
                changed = true;
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('(');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_after_characters_is_read_past() {
        assert_eq!(
            without_pinyin("確定活動(dòng)主題").as_deref(),
            Some("確定活動主題")
        );
        assert_eq!(
            without_pinyin("中秋節(jié)社區(qū)活動").as_deref(),
            Some("中秋節社區活動")
        );
        // Latin words and plain brackets stay: (试行), (a), (PPP).
        assert_eq!(without_pinyin("工作方案(试行)"), None);
        assert_eq!(without_pinyin("项目(ppp)模式"), None);
        assert_eq!(without_pinyin("步骤(a)"), None);
    }

    #[test]
    fn measure_counts_as_width_does_plus_the_asian_latin_spacing() {
        // 2025年11月30日前: 4 full-width, 8 half-width, 5 meetings of digits and Chinese.
        let m = measure("2025年11月30日前");
        assert_eq!(m.longest_line, 2 * width("2025年11月30日前") + 5);
        assert_eq!(m.longest_piece, 4 * 2); // "2025": four half ems
        // A space between Latin and Chinese takes the place of the spacing.
        let m = measure("  区人社局\nABCDEFGH 区 ");
        assert_eq!(m.longest_line, 8 * 2 + 2 + 4);
        assert_eq!(m.total, 4 * 4 + 8 * 2 + 2 + 4);
        assert_eq!(m.longest_piece, 8 * 2);
        assert_eq!(measure("").longest_line, 0);
    }

    #[test]
    fn numerals_both_ways() {
        for n in 0..1000 {
            assert_eq!(numeral_value(&numeral(n)), Some(n as u32), "{n}");
        }
        assert_eq!(numeral(12), "十二");
        assert_eq!(numeral(105), "一百零五");
        assert_eq!(numeral(1000), "1000");
        assert_eq!(numeral_value("两"), Some(2));
        assert_eq!(numeral_value(""), None);
        assert_eq!(numeral_value("十x"), None);
    }

    #[test]
    fn widths_and_characters() {
        assert_eq!(width("2026年"), 6);
        assert_eq!(width("——…"), 6);
        assert_eq!(width("ｱ·"), 2);
        assert!(is_cjk('〇') && is_cjk('国') && !is_cjk('，') && !is_cjk('a'));
    }

    #[test]
    fn decodes_utf8_bom_and_gbk() {
        assert_eq!(decode("\u{feff}正文".as_bytes()), "正文");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("正文".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode_strict(&utf16).unwrap(),
            (Cow::Borrowed("正文"), TextEncoding::Utf16)
        );
        assert_eq!(
            decode_strict(b"\xff\xfe\x00\xd8").unwrap_err(),
            Undecodable::Utf16
        );
        assert_eq!(decode_strict(b"ab\xff").unwrap_err(), Undecodable::At(2));
        let (gbk, _, _) = encoding_rs::GB18030.encode("一、总体要求");
        assert_eq!(decode(&gbk), "一、总体要求");
    }

    #[test]
    fn traditional_text_reads_in_simplified_characters() {
        assert_eq!(
            simplified("社區共建工作計劃").as_deref(),
            Some("社区共建工作计划")
        );
        assert_eq!(simplified("一、工作目标"), None);
        assert_eq!(simplified("plan"), None);
    }
}
