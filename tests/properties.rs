//! Property tests: any string in any text field of the model gives a `.docx` whose every
//! part is well-formed XML with only XML 1.0 characters — or a clear error, never a panic.

mod common;

use gongwen::model::{
    Achievement, AnnexTable, Area, Attachment, Duty, Figure, Goals, Guidance, Item, Phase, Section,
};
use gongwen::{DocKind, Document, Renderer};
use proptest::prelude::*;

/// Strings that break naive writers: XML specials, every C0 control, U+FFFE/U+FFFF, lone
/// combining marks, bidi controls, emoji, surrogate-adjacent planes, block-language syntax.
fn nasty_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        2 => prop::sample::select(vec!['<', '>', '&', '"', '\'', ']', '#', '@', '|', '\\', '{', '}', '%', '\n', '\r', '\t']),
        2 => (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
        1 => prop::sample::select(vec!['\u{FFFE}', '\u{FFFF}', '\u{7F}', '\u{85}', '\u{2028}', '\u{2029}', '\u{FEFF}']),
        1 => prop::sample::select(vec!['\u{0301}', '\u{0308}', '\u{20DD}', '\u{200D}', '\u{200B}']),
        1 => prop::sample::select(vec!['\u{202E}', '\u{202D}', '\u{200F}', '\u{061C}', '\u{2067}']),
        1 => prop::sample::select(vec!['😀', '🇨', '🇳', '𠀀', '\u{10FFFF}', '\u{E000}', '\u{F8F0}', '\u{F8F3}']),
        3 => prop::sample::select(vec!['公', '文', '。', '，', '、', '（', '）', '“', '”', '—']),
    ]
}

fn nasty_string() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::collection::vec(nasty_char(), 0..40).prop_map(|v| v.into_iter().collect()),
        1 => (nasty_char(), 1000usize..20000).prop_map(|(c, n)| std::iter::repeat_n(c, n).collect()),
    ]
}

fn item(s: &[String], i: usize) -> Item {
    Item {
        title: Some(s[i % s.len()].clone()),
        text: vec![s[(i + 1) % s.len()].clone()].into(),
        target: Some(s[(i + 2) % s.len()].clone()),
        units: s[(i + 3) % s.len()].as_str().into(),
        deadline: "2025-06".parse().ok(),
        table: Some(AnnexTable {
            header: vec![s[(i + 5) % s.len()].clone()],
            rows: vec![vec![s[(i + 6) % s.len()].clone()]],
            landscape: None,
        }),
        items: vec![Item {
            text: s[(i + 4) % s.len()].as_str().into(),
            ..Item::default()
        }],
    }
}

/// A document with every text field taken from `s`.
fn document(kind: DocKind, s: &[String]) -> Document {
    let at = |i: usize| s[i % s.len()].clone();
    let mut d = Document::new(kind, format!("标题{}", at(0)));
    d.issuer = format!("单位{}", at(1));
    d.addressee = Some(at(2));
    d.date = "2025-03-01".parse().ok();
    d.opening = Some(vec![at(3), at(4)].into());
    d.keywords = vec![at(5), at(6)];
    d.background = at(7).as_str().into();
    d.guidance = Some(Guidance {
        text: at(8).as_str().into(),
        principles: vec![item(s, 9)],
    });
    d.goals = Some(Goals {
        overall: at(10).as_str().into(),
        items: vec![item(s, 11), item(s, 12)],
    });
    d.phases = vec![Phase {
        name: format!("阶段{}", at(13)),
        start: "2025-04".parse().ok(),
        end: "2025-05上旬".parse().ok(),
        text: at(14).as_str().into(),
        tasks: vec![item(s, 15)],
        ..Phase::default()
    }];
    d.responsibilities = vec![Area {
        area: format!("领域{}", at(16)),
        lead: format!("牵头{}", at(17)).as_str().into(),
        responsible: at(18).as_str().into(),
        cooperate: at(19).as_str().into(),
        text: at(20).as_str().into(),
        duties: vec![Duty {
            task: format!("任务{}", at(21)),
            target: Some(at(22)),
            lead: at(23).as_str().into(),
            units: at(24).as_str().into(),
            deadline: "2025-10-31".parse().ok(),
            text: vec![at(29), at(30)].into(),
        }],
    }];
    d.requirements = vec![item(s, 25)];
    d.safeguards = vec![item(s, 26)];
    d.situation = at(27).as_str().into();
    d.achievements = vec![Achievement {
        title: format!("做法{}", at(28)),
        practice: at(29).as_str().into(),
        results: at(30).as_str().into(),
        figures: vec![Figure {
            label: at(31),
            value: at(32),
            unit: at(33),
        }],
        items: vec![item(s, 34)],
    }];
    d.problems = vec![item(s, 35)];
    d.next_steps = vec![item(s, 36)];
    d.sections = vec![Section {
        heading: format!("章节{}", at(37)),
        text: at(38).as_str().into(),
        items: vec![item(s, 39)],
        // A table in the body, its cells any text.
        table: Some(AnnexTable {
            header: vec![at(44), at(45)],
            rows: vec![vec![at(46), at(47)]],
            landscape: None,
        }),
        // The phases inside the section (before or after its item) or a section of their own.
        phases_at: [None, Some(0), Some(1)][at(41).len() % 3],
    }];
    d.attachments = vec![Attachment {
        title: format!("附件{}", at(40)),
        text: at(41).as_str().into(),
        items: vec![item(s, 42)],
        table: None,
    }];
    d.fonts.body = format!("仿宋{}", at(43));
    d
}

/// Checks that `xml` is well-formed and holds only XML 1.0 characters.
fn assert_well_formed(name: &str, xml: &str) {
    for c in xml.chars() {
        let ok = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
        assert!(
            ok,
            "{name}: character U+{:04X} is not allowed in XML 1.0",
            c as u32
        );
    }
    let mut r = quick_xml::Reader::from_str(xml);
    let mut depth = 0i64;
    loop {
        match r.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name}: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unbalanced");
}

/// Word's number formats, and some it does not have.
const NUM_FORMATS: [&str; 9] = [
    "decimal",
    "chineseCounting",
    "bullet",
    "none",
    "decimalEnclosedCircle",
    "upperRoman",
    "lowerLetter",
    "ideographTraditional",
    "",
];

/// One paragraph of a generated document.xml: a style (0–5), an outline level (any, even out
/// of range), a list (numId, ilvl, any), text, and whether it stands in a table cell (row,
/// cell) or a one-cell frame.
#[derive(Debug, Clone)]
struct DocxPara {
    style: Option<u8>,
    outline: Option<i32>,
    list: Option<(u8, i32)>,
    text: String,
    cell: Option<(u8, u8)>,
}

fn docx_paragraph() -> impl Strategy<Value = DocxPara> {
    (
        prop::option::of(0u8..6),
        prop::option::of(-2i32..12),
        prop::option::of((0u8..5, -2i32..12)),
        prop_oneof![
            3 => prop::sample::select(vec![
                "一、总体要求", "（一）加强领导", "1.落实责任", "附件1", "附件2", "任务分工表",
                "某县2026年防汛工作方案", "牵头单位：区民政局", "特此报告。", "2026年3月1日",
                "关于印发《某县2026年防汛工作方案》的通知", "同志们：", "",
            ]).prop_map(str::to_string),
            1 => prop::collection::vec(nasty_char(), 0..20).prop_map(|v| v.into_iter().collect()),
        ],
        prop::option::of((0u8..4, 0u8..6)),
    )
        .prop_map(|(style, outline, list, text, cell)| DocxPara {
            style,
            outline,
            list,
            text,
            cell,
        })
}

fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A .docx (stored zip) of `paras`, with paragraph styles (id, heading level by outline or by
/// name, based on) and lists (numId, ilvl, format, start).
fn docx_of(
    paras: &[DocxPara],
    styles: &[(u8, i32, Option<u8>)],
    lists: &[(u8, u8, &str, i64)],
) -> Vec<u8> {
    use std::io::Write;
    let para = |p: &DocxPara| {
        let mut ppr = String::new();
        if let Some(s) = p.style {
            ppr += &format!(r#"<w:pStyle w:val="S{s}"/>"#);
        }
        if let Some((n, l)) = p.list {
            ppr += &format!(r#"<w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{n}"/></w:numPr>"#);
        }
        if let Some(o) = p.outline {
            ppr += &format!(r#"<w:outlineLvl w:val="{o}"/>"#);
        }
        format!(
            r#"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{}</w:t></w:r></w:p>"#,
            xml_text(&p.text)
        )
    };
    let mut body = String::new();
    let mut i = 0;
    while i < paras.len() {
        match paras[i].cell {
            None => {
                body += &para(&paras[i]);
                i += 1;
            }
            Some(_) => {
                // A run of cell paragraphs makes one table, row by row.
                body += "<w:tbl>";
                let mut row = None;
                while i < paras.len()
                    && let Some((r, _)) = paras[i].cell
                {
                    if row != Some(r) {
                        if row.is_some() {
                            body += "</w:tr>";
                        }
                        body += "<w:tr>";
                        row = Some(r);
                    }
                    body += &format!("<w:tc>{}</w:tc>", para(&paras[i]));
                    i += 1;
                }
                body += "</w:tr></w:tbl>";
            }
        }
    }
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut st = String::new();
    for (id, lvl, based) in styles {
        let name = if *lvl % 2 == 0 {
            format!("heading {}", lvl / 2)
        } else {
            format!("标题 {lvl}")
        };
        let based = based.map_or(String::new(), |b| format!(r#"<w:basedOn w:val="S{b}"/>"#));
        st += &format!(
            r#"<w:style w:type="paragraph" w:styleId="S{id}"><w:name w:val="{name}"/>{based}<w:pPr><w:outlineLvl w:val="{lvl}"/><w:numPr><w:numId w:val="{id}"/></w:numPr></w:pPr></w:style>"#
        );
    }
    let styles = format!(r#"<w:styles xmlns:w="w">{st}</w:styles>"#);
    let mut nums = String::new();
    for (id, ilvl, fmt, start) in lists {
        nums += &format!(
            r#"<w:abstractNum w:abstractNumId="{id}"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{}%{}、"/></w:lvl></w:abstractNum><w:num w:numId="{id}"><w:abstractNumId w:val="{id}"/></w:num>"#,
            ilvl % 10,
            (ilvl + 1) % 10
        );
    }
    let numbering = format!(r#"<w:numbering xmlns:w="w">{nums}</w:numbering>"#);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in [
        ("word/document.xml", document),
        ("word/styles.xml", styles),
        ("word/numbering.xml", numbering),
    ] {
        w.start_file(name, opts).unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_valid_docx_or_a_clear_error(
        strings in prop::collection::vec(nasty_string(), 44),
        kind in prop::sample::select(DocKind::ALL.to_vec()),
    ) {
        let doc = document(kind, &strings);
        match Renderer::new().render_to_bytes(&doc) {
            Ok(bytes) => {
                for (name, xml) in common::parts(&bytes) {
                    if name.ends_with(".xml") || name.ends_with(".rels") {
                        assert_well_formed(&name, &xml);
                    }
                }
            }
            Err(e) => {
                // Only validation may refuse such a document, and it says where.
                prop_assert_eq!(e.kind(), gongwen::ErrorKind::Invalid, "{}", e);
                prop_assert!(!e.problems().is_empty());
            }
        }
    }

    #[test]
    fn a_docx_of_any_paragraphs_tables_styles_and_lists_imports(
        paras in prop::collection::vec(docx_paragraph(), 0..30),
        styles in prop::collection::vec((0u8..6, 0i32..12, prop::option::of(0u8..6)), 0..6),
        lists in prop::collection::vec((0u8..4, 0u8..12, prop::sample::select(NUM_FORMATS.to_vec()), -3i64..40), 0..12),
    ) {
        let bytes = docx_of(&paras, &styles, &lists);
        let imp = gongwen::Import::from_bytes(&bytes, "fuzz.docx").unwrap();
        for e in &imp.outline {
            prop_assert!((1..=4).contains(&e.level));
        }
        if let Err(e) = Renderer::new().render_to_bytes(&imp.document) {
            prop_assert!(matches!(e.kind(), gongwen::ErrorKind::Invalid | gongwen::ErrorKind::TooLarge), "{}", e);
        }
    }

    #[test]
    fn loaders_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), fmt in 0usize..3) {
        let format = [gongwen::Format::Toml, gongwen::Format::Yaml, gongwen::Format::Json][fmt];
        let _ = Document::from_slice(&bytes, format, "fuzz");
    }

    #[test]
    fn what_a_program_builds_serialises_to_an_input_file_that_loads(
        strings in prop::collection::vec(nasty_string(), 44),
    ) {
        // Text is normalised on the way (blank paragraphs dropped, unit lists split on 、),
        // so this is not an identity; but every file written loads again without error.
        let doc = document(DocKind::Scheme, &strings);
        for format in [gongwen::Format::Toml, gongwen::Format::Yaml, gongwen::Format::Json] {
            let text = doc.to_string_in(format).unwrap();
            let back = Document::from_str_in(&text, format, "round-trip");
            prop_assert!(back.is_ok(), "{:?}: {}", format, back.map(|_| ()).unwrap_err());
            let back = back.unwrap();
            prop_assert_eq!(&back.title, &doc.title);
            prop_assert_eq!(&back.issuer, &doc.issuer);
        }
    }
}

#[test]
fn a_100k_character_string_gives_a_valid_docx_or_the_size_limit() {
    // Outside proptest: 100,000 characters mixing CJK, XML specials, controls and
    // non-characters, first in one field, then in each of the 44 text fields (13 MB of
    // text, past the documented 8 MiB bound on what templates may produce).
    let unit: String = "公文<&>\"'\u{1}\u{fffe}😀\u{202e}#|".chars().collect();
    let long: String = unit.chars().cycle().take(100_000).collect();
    let mut strings = vec!["短".to_string(); 44];
    strings[3] = long.clone();
    let bytes = Renderer::new()
        .render_to_bytes(&document(DocKind::Plan, &strings))
        .unwrap();
    for (name, xml) in common::parts(&bytes) {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed(&name, &xml);
        }
    }
    let err = Renderer::new()
        .render_to_bytes(&document(DocKind::Plan, &vec![long; 44]))
        .unwrap_err();
    assert_eq!(err.kind(), gongwen::ErrorKind::TooLarge);
    assert!(err.to_string().contains("8 MiB"), "{err}");
}
