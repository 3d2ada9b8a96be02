//! Word's automatic list numbers (`word/numbering.xml`), written out as Word shows them: a
//! paragraph numbered by a list has no `一、` or `1.` in its text, so the reader puts the
//! number Word would display in front of it, and the importer reads the document as a writer
//! sees it.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::read::attr;

/// One level of an abstract list.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The lists of a document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Numbering {
    /// `w:numId` → its abstract list and the start values it overrides, by level.
    nums: HashMap<String, (String, HashMap<u8, u32>)>,
    /// `w:abstractNumId` → its levels.
    abstracts: HashMap<String, Vec<Level>>,
}

impl Numbering {
    /// The lists of `word/numbering.xml`.
    pub(crate) fn parse(xml: &str) -> Numbering {
        let mut out = Numbering::default();
        let mut reader = Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<u8> = None;
        while let Ok(ev) = reader.read_event() {
            let (e, start) = match &ev {
                Event::Start(e) => (e, true),
                Event::Empty(e) => (e, false),
                Event::End(e) => {
                    match e.name().into_inner() {
                        "w:abstractNum" => abstract_id = None,
                        "w:num" => num_id = None,
                        "w:lvl" | "w:lvlOverride" => level = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let val = || attr(e, "w:val");
            match e.name().into_inner() {
                "w:abstractNum" if start => {
                    abstract_id = attr(e, "w:abstractNumId");
                    if let Some(id) = &abstract_id {
                        out.abstracts.insert(id.clone(), Vec::new());
                    }
                }
                "w:num" if start => {
                    num_id = attr(e, "w:numId");
                    if let Some(id) = &num_id {
                        out.nums.insert(id.clone(), (String::new(), HashMap::new()));
                    }
                }
                "w:abstractNumId" => {
                    if let (Some(n), Some(v)) = (&num_id, val())
                        && let Some(entry) = out.nums.get_mut(n)
                    {
                        entry.0 = v;
                    }
                }
                "w:lvl" | "w:lvlOverride" if start => {
                    level = attr(e, "w:ilvl").and_then(|v| v.parse().ok());
                    if let (Some(a), Some(l)) = (&abstract_id, level)
                        && let Some(levels) = out.abstracts.get_mut(a)
                    {
                        let l = usize::from(l);
                        if levels.len() <= l {
                            levels.resize(l + 1, Level::default());
                        }
                    }
                }
                "w:start" | "w:startOverride" => {
                    let v = val().and_then(|v| v.parse::<u32>().ok());
                    match (&abstract_id, &num_id, level, v) {
                        (Some(a), _, Some(l), Some(v)) => {
                            if let Some(lv) = out
                                .abstracts
                                .get_mut(a)
                                .and_then(|ls| ls.get_mut(usize::from(l)))
                            {
                                lv.start = v;
                            }
                        }
                        (None, Some(n), Some(l), Some(v)) => {
                            if let Some(entry) = out.nums.get_mut(n) {
                                entry.1.insert(l, v);
                            }
                        }
                        _ => {}
                    }
                }
                "w:numFmt" | "w:lvlText" => {
                    if let (Some(a), Some(l), Some(v)) = (&abstract_id, level, val())
                        && let Some(lv) = out
                            .abstracts
                            .get_mut(a)
                            .and_then(|ls| ls.get_mut(usize::from(l)))
                    {
                        if e.name().into_inner() == "w:numFmt" {
                            lv.format = v;
                        } else {
                            lv.text = v;
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// A counter that labels the numbered paragraphs of the document in order.
    pub(crate) fn counter(&self) -> Counter<'_> {
        Counter {
            lists: self,
            counts: HashMap::new(),
        }
    }
}

/// The running numbers of each list.
pub(crate) struct Counter<'a> {
    lists: &'a Numbering,
    /// `w:numId` → the current number of each level (0: not started).
    counts: HashMap<String, [u32; 9]>,
}

impl Counter<'_> {
    /// The number Word shows in front of the next paragraph of list `num` at level `ilvl`
    /// (`一、`, `（二）`, `3.`), or `None` for a bullet, an unknown list or no number.
    pub(crate) fn label(&mut self, num: &str, ilvl: u8) -> Option<String> {
        let (abs, overrides) = self.lists.nums.get(num)?;
        let levels = self.lists.abstracts.get(abs)?;
        let l = usize::from(ilvl.min(8));
        let level = levels.get(l)?;
        let counts = self.counts.entry(num.to_string()).or_insert([0; 9]);
        let start = |k: usize| {
            overrides
                .get(&(k as u8))
                .copied()
                .or(levels.get(k).map(|lv| lv.start))
                .unwrap_or(1)
        };
        counts[l] = if counts[l] == 0 {
            start(l)
        } else {
            counts[l] + 1
        };
        for deeper in &mut counts[l + 1..] {
            *deeper = 0;
        }
        if matches!(level.format.as_str(), "bullet" | "none") || level.text.is_empty() {
            return None;
        }
        // `%1、`, `（%2）`, `%1.%2.`: each %k is level k's number in level k's format.
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(k @ 1..=9)) => {
                    chars.next();
                    let k = (k - 1) as usize;
                    let n = if counts[k] == 0 { start(k) } else { counts[k] };
                    let format = levels.get(k).map_or("decimal", |lv| lv.format.as_str());
                    out.push_str(&format_number(n, format)?);
                }
                _ => out.push(c),
            }
        }
        Some(out)
    }
}

/// `n` in Word's number format `format`.
fn format_number(n: u32, format: &str) -> Option<String> {
    Some(match format {
        "" | "decimal" | "decimalZero" => {
            if format == "decimalZero" && n < 10 {
                format!("0{n}")
            } else {
                n.to_string()
            }
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
            .collect(),
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "japaneseCounting"
        | "ideographDigital"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => crate::chinese::numeral(u64::from(n)),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1)?.to_string()
        }
        "decimalEnclosedParen" if (1..=20).contains(&n) => {
            char::from_u32(0x2474 + n - 1)?.to_string()
        }
        "ideographTraditional" if (1..=10).contains(&n) => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth(n as usize - 1)?
            .to_string(),
        "lowerLetter" | "upperLetter" if (1..=26).contains(&n) => {
            let c = char::from(b'a' + (n - 1) as u8);
            if format == "upperLetter" {
                c.to_ascii_uppercase().to_string()
            } else {
                c.to_string()
            }
        }
        "lowerRoman" | "upperRoman" if (1..=39).contains(&n) => {
            let mut s = String::new();
            let mut m = n;
            for (v, r) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
                while m >= v {
                    s.push_str(r);
                    m -= v;
                }
            }
            if format == "upperRoman" {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;

    #[test]
    fn lists_count_as_word_shows_them() {
        let n = Numbering::parse(XML);
        let mut c = n.counter();
        let got: Vec<Option<String>> = [
            (0, "1"),
            (1, "1"),
            (1, "1"),
            (2, "1"),
            (0, "1"),
            (1, "1"),
            (0, "2"),
        ]
        .iter()
        .map(|&(l, id)| c.label(id, l))
        .collect();
        assert_eq!(
            got,
            [
                Some("一、".into()),
                Some("（一）".into()),
                Some("（二）".into()),
                Some("1.".into()),
                Some("二、".into()),
                Some("（一）".into()),
                None
            ]
        );
        assert_eq!(n.counter().label("9", 0), None);
    }
}
