//! The JSON Schema of input files (`gongwen schema`): generated from the Rust types, and
//! every example and every skeleton of `gongwen new` validates against it, while inputs
//! with unknown keys or wrong types do not.

use std::path::Path;

use gongwen::skeleton::skeleton;
use gongwen::{DocKind, Document, Format};
use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&Document::json_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// The raw data of an input file, as the editor sees it.
fn data(text: &str, format: Format) -> Value {
    match format {
        Format::Toml => serde_json::to_value(toml::from_str::<toml::Value>(text).unwrap()).unwrap(),
        Format::Yaml => serde_saphyr::from_str::<Value>(text).unwrap(),
        Format::Json => serde_json::from_str(text).unwrap(),
        _ => unreachable!(),
    }
}

fn assert_valid(v: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn examples_validate_against_the_schema() {
    let v = schema();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(format) = Format::from_path(&path) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        assert_valid(&v, &data(&text, format), &path.display().to_string());
        n += 1;
    }
    assert!(n >= 6);
}

#[test]
fn skeletons_validate_against_the_schema() {
    let v = schema();
    for kind in DocKind::ALL {
        for format in [Format::Toml, Format::Yaml, Format::Json] {
            let text = skeleton(kind, format);
            assert_valid(&v, &data(&text, format), &format!("{kind:?} {format:?}"));
            let text = gongwen::skeleton::skeleton_full(kind, format);
            assert_valid(
                &v,
                &data(&text, format),
                &format!("{kind:?} {format:?} --full"),
            );
        }
    }
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let v = schema();
    for bad in [
        r#"{"kind": "plan", "titel": "x"}"#,
        r#"{"kind": "请示"}"#,
        r#"{"kind": "plan", "title": 3}"#,
        r#"{"kind": "plan", "phases": [{"name": "a", "strat": "2025-01"}]}"#,
        r#"{"kind": "plan", "date": "明年"}"#,
    ] {
        let value: Value = serde_json::from_str(bad).unwrap();
        assert!(!v.is_valid(&value), "{bad}");
        assert!(Document::from_json_str(bad).is_err(), "{bad}");
    }
}
