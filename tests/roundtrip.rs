//! Round trip (issue 16): every example and every `new KIND` / `new KIND --full` skeleton,
//! rendered, imported back from its .docx and rendered again, gives the same paragraphs —
//! the same text in the same paragraph styles, in the same order.

mod common;

use std::path::Path;

use gongwen::model::DocKind;
use gongwen::{Document, Format, Import, Renderer};

/// (style, text) of every paragraph that has text, in order.
fn paragraphs(docx: &[u8]) -> Vec<(String, String)> {
    let parts = common::parts(docx);
    common::paragraphs(&parts["word/document.xml"])
        .into_iter()
        .map(|p| (p.style.clone(), p.text()))
        .filter(|(_, t)| !t.trim().is_empty())
        .collect()
}

/// The first paragraph where `b` differs from `a`, described.
fn first_difference(a: &[(String, String)], b: &[(String, String)]) -> Option<String> {
    let at = a.iter().zip(b).position(|(x, y)| x != y);
    match at {
        Some(i) => Some(format!("paragraph {i}: {:?} became {:?}", a[i], b.get(i))),
        None if a.len() != b.len() => Some(format!(
            "{} paragraphs became {}; first extra or missing: {:?}",
            a.len(),
            b.len(),
            a.get(b.len()).or(b.get(a.len()))
        )),
        None => None,
    }
}

/// Every document the round trip is checked on, by name.
fn documents() -> Vec<(String, Document)> {
    let mut out = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        out.push((name, Document::from_path(&p).unwrap()));
    }
    for kind in DocKind::ALL {
        for (full, text) in [
            ("", gongwen::skeleton::skeleton(kind, Format::Toml)),
            (
                " --full",
                gongwen::skeleton::skeleton_full(kind, Format::Toml),
            ),
        ] {
            let doc = Document::from_toml_str(&text).unwrap();
            out.push((format!("new {}{full}", kind.key()), doc));
        }
    }
    out
}

/// Documents that do not come back whole yet, with why. The test fails when another one
/// does not, and when a listed one does (so that the list only shrinks).
const KNOWN: &[(&str, &str)] = &[];

#[test]
fn render_import_render_gives_the_same_paragraphs() {
    let renderer = Renderer::new();
    let mut problems = Vec::new();
    let mut same = 0;
    let docs = documents();
    for (name, doc) in &docs {
        let first = renderer.render_to_bytes(doc).unwrap();
        let back = Import::from_bytes(&first, "roundtrip.docx")
            .unwrap()
            .document;
        let second = match renderer.render_to_bytes(&back) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("{name}: the import does not render: {e}"));
                continue;
            }
        };
        let diff = first_difference(&paragraphs(&first), &paragraphs(&second));
        let known = KNOWN.iter().any(|(k, _)| k == name);
        match (diff, known) {
            (None, false) => same += 1,
            (None, true) => problems.push(format!("{name} round-trips now: remove it from KNOWN")),
            (Some(d), false) => problems.push(format!("{name}: {d}")),
            (Some(d), true) => eprintln!("known: {name}: {d}"),
        }
    }
    eprintln!("{same} of {} documents round-trip", docs.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `parts` zipped again (stored), as Word would save them.
fn zip_parts(parts: &std::collections::BTreeMap<String, String>) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    // [Content_Types].xml first, as in every package.
    let mut names: Vec<&String> = parts.keys().collect();
    names.sort_by_key(|n| n.as_str() != "[Content_Types].xml");
    for name in names {
        w.start_file(name.as_str(), opts).unwrap();
        w.write_all(parts[name].as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A gongwen .docx edited in Word — a paragraph added under a heading, an area's heading
/// renamed, a row added to the 任务分工表 — imports with the edits and without duplicates
/// (issue 16): the task table once, the annexes with their contents, the new row a duty.
#[test]
fn a_docx_edited_in_word_imports_with_the_edits() {
    let doc = Document::from_path(common::example("livelihood_projects_scheme.toml")).unwrap();
    let first = Renderer::new().render_to_bytes(&doc).unwrap();
    let mut parts = common::parts(&first);
    let xml = parts["word/document.xml"].clone();
    // 1. A paragraph under the first level-1 heading.
    let h1 = xml.find(r#"w:val="GwHeading1""#).unwrap();
    let end = h1 + xml[h1..].find("</w:p>").unwrap() + "</w:p>".len();
    let added = r#"<w:p><w:pPr><w:pStyle w:val="GwBody"/></w:pPr><w:r><w:t>这是在Word里新加的一段。</w:t></w:r></w:p>"#;
    let mut xml = format!("{}{added}{}", &xml[..end], &xml[end..]);
    // 2. An area renamed in its heading.
    let area = &doc.responsibilities[0].area;
    let renamed = format!("{area}（调整）");
    let at = xml.find(&format!("）{area}<")).unwrap() + "）".len();
    xml.replace_range(at..at + area.len(), &renamed);
    // 3. A row added to the task table, after the row of the first duty.
    let task = &doc.responsibilities[0].duties[0].task;
    let cell = xml.rfind(task.as_str()).unwrap();
    let row_start = xml[..cell]
        .rfind("<w:tr>")
        .or(xml[..cell].rfind("<w:tr "))
        .unwrap();
    let row_end = cell + xml[cell..].find("</w:tr>").unwrap() + "</w:tr>".len();
    let new_row = xml[row_start..row_end].replace(task.as_str(), "开展家政服务技能培训");
    xml.insert_str(row_end, &new_row);
    parts.insert("word/document.xml".into(), xml);
    let edited = zip_parts(&parts);

    let back = Import::from_bytes(&edited, "edited.docx").unwrap().document;
    let json = back.to_string_in(Format::Json).unwrap();
    assert_eq!(
        json.matches("这是在Word里新加的一段。").count(),
        1,
        "{json}"
    );
    assert_eq!(back.responsibilities[0].area, renamed);
    let added: Vec<_> = back
        .responsibilities
        .iter()
        .flat_map(|a| &a.duties)
        .filter(|d| d.task.contains("开展家政服务技能培训"))
        .collect();
    assert_eq!(added.len(), 1, "{json}");
    assert_eq!(
        back.responsibilities[0].duties.len(),
        doc.responsibilities[0].duties.len() + 1
    );
    // No second task table; the other annexes keep their contents.
    assert_eq!(back.task_table, Some(true));
    assert_eq!(back.attachments.len(), doc.attachments.len(), "{json}");
    for (a, b) in doc.attachments.iter().zip(&back.attachments) {
        assert_eq!(a.title, b.title);
        assert_eq!(a.table.is_some(), b.table.is_some(), "{}", a.title);
        assert_eq!(a.text, b.text, "{}", a.title);
    }
    // Rendered again: the new duty once in the text and once in the table.
    let second = Renderer::new().render_to_bytes(&back).unwrap();
    let text: String = paragraphs(&second)
        .into_iter()
        .map(|(_, t)| t + "\n")
        .collect();
    assert_eq!(text.matches("开展家政服务技能培训").count(), 2, "{text}");
    assert_eq!(text.matches("这是在Word里新加的一段。").count(), 1);
}
