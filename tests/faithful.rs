//! Faithful text (issue 16): every character of an imported document's text reaches the
//! rendered output, in order, except the heading numbers that gongwen regenerates and
//! whitespace. Checked on every document of `../shared/corpus` and `../shared/corpus-dev`
//! (when present) and on the import spec files.

use std::path::Path;

use gongwen::{Import, Renderer};

/// The source's characters that must survive: no whitespace, no leading heading number.
fn wanted(source: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    for (no, line) in source.lines().enumerate() {
        let line = line.trim();
        let body = match gongwen::import::outline(&format!("{line}\n")).first() {
            Some(e) if !e.numbering.is_empty() && line.starts_with(&e.numbering) => {
                &line[e.numbering.len()..]
            }
            _ => line,
        };
        out.extend(
            body.chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| (no + 1, c)),
        );
    }
    out
}

/// The first source line whose characters do not appear, in order, in `output`.
fn first_loss(source: &str, output: &str) -> Option<(usize, String)> {
    let out: Vec<char> = output.chars().filter(|c| !c.is_whitespace()).collect();
    let mut at = 0;
    for (line, c) in wanted(source) {
        match out[at..].iter().position(|&o| o == c) {
            Some(k) => at += k + 1,
            None => {
                let text = source.lines().nth(line - 1).unwrap_or("").to_string();
                return Some((line, format!("{c} in “{text}”")));
            }
        }
    }
    None
}

fn check_dir(dir: &Path) -> (usize, Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, Vec::new());
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.ends_with("README.txt"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        let source = std::fs::read_to_string(p).unwrap();
        let doc = Import::from_text(&source).document;
        let output = Renderer::new().render_text(&doc).unwrap();
        if let Some((line, what)) = first_loss(&source, &output) {
            failures.push(format!("{}:{line}: {what}", p.display()));
        }
    }
    (paths.len(), failures)
}

/// Documents known not to be faithful yet, one file name a line (`#` comments): the test
/// fails when any other document loses or reorders text, and when a listed one has become
/// faithful (so that the list only shrinks).
fn known() -> Vec<String> {
    include_str!("faithful_known.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn every_character_reaches_the_output_in_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let known = known();
    let mut problems = Vec::new();
    for dir in ["../shared/corpus", "../shared/corpus-dev"] {
        let (n, failures) = check_dir(&root.join(dir));
        eprintln!("{dir}: {n} documents, {} not faithful", failures.len());
        for f in &failures {
            let name = Path::new(f.split(':').next().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            if !known.contains(&name) {
                problems.push(format!("newly unfaithful: {f}"));
            }
        }
        for k in &known {
            if root.join(dir).join(k).is_file()
                && !failures.iter().any(|f| f.contains(&format!("/{k}:")))
            {
                problems.push(format!(
                    "{k} is faithful now: remove it from tests/faithful_known.txt"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_catches_a_lost_or_moved_character() {
    assert_eq!(
        first_loss("一、加强宣传\n定期更新。\n", "# 加强宣传\n定期更新。"),
        None
    );
    assert!(first_loss("定期更新。\n", "定期更新").is_some());
    assert!(first_loss("甲乙\n", "乙甲").is_some());
    assert!(first_loss("联系人:张三\n", "联系人。张三").is_some());
}
