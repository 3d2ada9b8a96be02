//! Property tests: any string in any text field of the model gives a `.docx` whose every
//! part is well-formed XML with only XML 1.0 characters — or a clear error, never a panic.

mod common;

use gongwen::model::{
    Achievement, Area, Attachment, Duty, Figure, Goals, Guidance, Item, Phase, Section,
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
    d.opening = vec![at(3), at(4)].into();
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
