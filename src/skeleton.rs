//! Skeletons for `gongwen new KIND`: a commented input file to fill in.
//!
//! Each skeleton is a complete, valid document in which every fact the writer must supply
//! is marked `【待补：…】`, and the genre's stock wording is already written. The TOML and
//! YAML skeletons carry Chinese comments explaining each key; the JSON one (JSON has no
//! comments) is the TOML skeleton converted.
//!
//! The texts live in `src/skeletons/` with the placeholders `{{YEAR}}` and `{{DATE}}`,
//! replaced by the current year and today's date (China Standard Time), so that a fresh
//! skeleton validates without errors.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::load::Format;
use crate::model::{DocKind, Document};

/// Returns a commented input-file skeleton for `kind` in `format`.
///
/// The skeleton validates without errors and renders as it is; every place where the
/// writer must supply facts is marked `【待补：…】`. Dates use the current year and
/// today's date.
///
/// ```
/// use gongwen::{skeleton, DocKind, Document, Format, Severity};
///
/// let text = skeleton(DocKind::Plan, Format::Toml);
/// assert!(text.contains("【待补：发文单位全称】"));
/// let doc = Document::from_toml_str(&text).unwrap();
/// assert_eq!(doc.kind, DocKind::Plan);
/// assert!(doc.validate().iter().all(|p| p.severity != Severity::Error));
///
/// // JSON has no comments, but the same content.
/// let json = skeleton(DocKind::Summary, Format::Json);
/// assert!(json.trim_start().starts_with('{'));
/// ```
pub fn skeleton(kind: DocKind, format: Format) -> String {
    skeleton_on(kind, format, today())
}

/// The skeleton with the placeholders filled in for the day `(year, month, day)`.
fn skeleton_on(kind: DocKind, format: Format, (year, month, day): (i64, u32, u32)) -> String {
    let template = match format {
        Format::Yaml => yaml_source(kind),
        // JSON is converted from the TOML skeleton below.
        _ => toml_source(kind),
    };
    let text = template
        .replace("{{YEAR}}", &year.to_string())
        .replace("{{DATE}}", &format!("{year:04}-{month:02}-{day:02}"));
    match format {
        // Editors find the schema through these first lines (Taplo, yaml-language-server).
        Format::Toml => format!("#:schema ./{SCHEMA_FILE}\n{text}"),
        Format::Yaml => format!("# yaml-language-server: $schema=./{SCHEMA_FILE}\n{text}"),
        _ => {
            // The built-in skeletons are tested to load and serialise; a failure is a bug.
            let mut doc = Document::from_toml_str(&text).expect("built-in skeleton must load");
            doc.schema = Some(format!("./{SCHEMA_FILE}"));
            let mut json = doc
                .to_string_in(Format::Json)
                .expect("built-in skeleton must serialise");
            json.push('\n');
            json
        }
    }
}

/// The file name the skeletons give for the JSON Schema of input files; `gongwen new`
/// writes it next to the skeleton (`gongwen schema` prints it).
pub const SCHEMA_FILE: &str = "gongwen.schema.json";

fn toml_source(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Scheme => include_str!("skeletons/scheme.toml"),
        DocKind::ActivityPlan => include_str!("skeletons/activity_plan.toml"),
        DocKind::Summary => include_str!("skeletons/summary.toml"),
        _ => include_str!("skeletons/plan.toml"),
    }
}

fn yaml_source(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Scheme => include_str!("skeletons/scheme.yaml"),
        DocKind::ActivityPlan => include_str!("skeletons/activity_plan.yaml"),
        DocKind::Summary => include_str!("skeletons/summary.yaml"),
        _ => include_str!("skeletons/plan.yaml"),
    }
}

/// Today's date in China Standard Time (UTC+8), as `(year, month, day)`.
fn today() -> (i64, u32, u32) {
    const CST_OFFSET_SECS: i64 = 8 * 3600;
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    civil_from_days((secs + CST_OFFSET_SECS).div_euclid(86_400))
}

/// The proleptic Gregorian date `(year, month, day)` of a day count since 1970-01-01.
///
/// Howard Hinnant's `civil_from_days` algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March-based
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Renderer, Severity};

    const FORMATS: [Format; 3] = [Format::Toml, Format::Yaml, Format::Json];

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
        assert_eq!(civil_from_days(10_957), (2000, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_088), (2024, 12, 31));
        assert_eq!(civil_from_days(20_148), (2025, 3, 1));
        // Every day of 1970–2200 follows the previous one.
        let mut prev = civil_from_days(0);
        for d in 1..84_000 {
            let cur = civil_from_days(d);
            let (y, m, day) = prev;
            let next_ok = cur == (y, m, day + 1) || cur == (y, m + 1, 1) || cur == (y + 1, 1, 1);
            assert!(next_ok, "{prev:?} -> {cur:?}");
            assert!(
                crate::Date::ymd(cur.0 as u16, cur.1 as u8, cur.2 as u8).is_ok() || cur.0 > 2200
            );
            prev = cur;
        }
    }

    #[test]
    fn today_is_plausible() {
        let (y, m, d) = today();
        assert!((2024..2200).contains(&y));
        assert!((1..=12).contains(&m) && (1..=31).contains(&d));
    }

    fn check(kind: DocKind, format: Format, text: &str) {
        let what = format!("{kind:?} {format:?}");
        assert!(text.contains("【待补"), "{what}: no 【待补】 marker");
        let doc = Document::from_str_in(text, format, "x")
            .unwrap_or_else(|e| panic!("{what}: does not load: {e}"));
        assert_eq!(doc.kind, kind, "{what}");
        assert!(doc.title.contains("【待补"), "{what}: title");
        assert!(doc.issuer.contains("【待补"), "{what}: issuer");
        let problems = doc.validate();
        let errors: Vec<_> = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{what}: {errors:?}");
        assert!(problems.is_empty(), "{what}: warnings {problems:?}");
        let out = Renderer::new()
            .render_text(&doc)
            .unwrap_or_else(|e| panic!("{what}: does not render: {e}"));
        for bad in ["。。", "，。", "。，", "；。", "：。"] {
            assert!(!out.contains(bad), "{what}: {bad} in\n{out}");
        }
        assert!(
            !out.lines()
                .any(|l| l.trim_end() == "#" || l.starts_with("# |")),
            "{what}: empty heading in\n{out}"
        );
    }

    #[test]
    fn every_skeleton_loads_validates_and_renders() {
        for kind in DocKind::ALL {
            for format in FORMATS {
                check(kind, format, &skeleton(kind, format));
            }
        }
    }

    #[test]
    fn skeletons_valid_on_any_day() {
        for day in [(2025, 1, 1), (2026, 2, 28), (2028, 2, 29), (2030, 12, 31)] {
            for kind in DocKind::ALL {
                for format in FORMATS {
                    let text = skeleton_on(kind, format, day);
                    assert!(text.contains(&format!("{}", day.0)));
                    check(kind, format, &text);
                }
            }
        }
    }

    #[test]
    fn toml_and_yaml_say_the_same() {
        for kind in DocKind::ALL {
            let day = (2025, 3, 1);
            let t = Document::from_toml_str(&skeleton_on(kind, Format::Toml, day)).unwrap();
            let y = Document::from_yaml_str(&skeleton_on(kind, Format::Yaml, day)).unwrap();
            assert_eq!(t, y, "{kind:?}");
            let mut j = Document::from_json_str(&skeleton_on(kind, Format::Json, day)).unwrap();
            assert_eq!(j.schema.take().as_deref(), Some("./gongwen.schema.json"));
            assert_eq!(t, j, "{kind:?}");
        }
    }

    #[test]
    fn skeletons_point_editors_at_the_schema() {
        for kind in DocKind::ALL {
            let day = (2025, 3, 1);
            assert!(
                skeleton_on(kind, Format::Toml, day)
                    .starts_with("#:schema ./gongwen.schema.json\n")
            );
            assert!(
                skeleton_on(kind, Format::Yaml, day)
                    .starts_with("# yaml-language-server: $schema=./gongwen.schema.json\n")
            );
            assert!(
                skeleton_on(kind, Format::Json, day)
                    .contains("\"$schema\": \"./gongwen.schema.json\"")
            );
        }
    }

    #[test]
    fn commented_formats_have_comments() {
        for kind in DocKind::ALL {
            for format in [Format::Toml, Format::Yaml] {
                let text = skeleton(kind, format);
                assert!(
                    text.lines()
                        .filter(|l| l.trim_start().starts_with('#'))
                        .count()
                        > 10
                );
                assert!(
                    !text.contains("{{"),
                    "{kind:?} {format:?}: unreplaced placeholder"
                );
            }
        }
    }
}
