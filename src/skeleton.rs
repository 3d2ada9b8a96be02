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
/// use gongwen::{DocKind, Document, Format, Severity};
/// use gongwen::skeleton::skeleton;
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
    skeleton_on(kind, format, today(), false)
}

/// Returns the skeleton of [`skeleton`] with every optional element the kind can carry
/// present and marked 【待补】: the 附注, the 版头 (with 签发人 for a report), the 版记, a
/// table in an annex, and for the kinds issued that way (plans, 工作要点, schemes, activity
/// plans) the 印发通知 that wraps the document. A writer sees everything the kind can
/// carry and deletes what is not wanted (`gongwen new KIND --full`).
///
/// ```
/// use gongwen::{DocKind, Document, Format, Severity};
/// use gongwen::skeleton::skeleton_full;
///
/// let text = skeleton_full(DocKind::Scheme, Format::Toml);
/// let doc = Document::from_toml_str(&text).unwrap();
/// assert!(doc.notice.is_some() && doc.banner.is_some() && doc.record.is_some());
/// assert!(doc.validate().iter().all(|p| p.severity != Severity::Error));
/// let report = Document::from_yaml_str(&skeleton_full(DocKind::Report, Format::Yaml)).unwrap();
/// assert!(report.banner.unwrap().is_upward()); // 签发人
/// ```
pub fn skeleton_full(kind: DocKind, format: Format) -> String {
    skeleton_on(kind, format, today(), true)
}

/// The optional parts of a full skeleton: (top-level keys, tables), in TOML or YAML.
fn full_parts(kind: DocKind, yaml: bool) -> (String, String) {
    macro_rules! part {
        ($name:literal) => {
            if yaml {
                include_str!(concat!("skeletons/full/", $name, ".yaml"))
            } else {
                include_str!(concat!("skeletons/full/", $name, ".toml"))
            }
        };
    }
    match kind {
        // A speech has no 版头, 版记, 附注 or notice: its skeleton already has every part.
        DocKind::Speech => (String::new(), String::new()),
        DocKind::Summary | DocKind::Report => {
            let banner = if kind == DocKind::Report {
                part!("banner_up")
            } else {
                part!("banner_down")
            };
            let tables = [banner, part!("record"), part!("table_summary")].concat();
            (part!("head").to_string(), tables)
        }
        _ => {
            let tables = [
                part!("notice"),
                part!("banner_down"),
                part!("record"),
                part!("table_plan"),
            ]
            .concat();
            (part!("head").to_string(), tables)
        }
    }
}

/// Where the first table of a TOML text starts, with the comment lines just above it.
fn first_table_block(toml: &str) -> usize {
    let mut offset = 0;
    let mut block = None;
    for line in toml.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') {
            return block.unwrap_or(offset);
        }
        if t.starts_with('#') {
            block.get_or_insert(offset);
        } else {
            block = None;
        }
        offset += line.len();
    }
    toml.len()
}

/// The skeleton with the placeholders filled in for the day `(year, month, day)`.
pub(crate) fn skeleton_on(
    kind: DocKind,
    format: Format,
    (year, month, day): (i64, u32, u32),
    full: bool,
) -> String {
    let yaml = format == Format::Yaml;
    // JSON is converted from the TOML skeleton below.
    let mut template = if yaml {
        yaml_source(kind).to_string()
    } else {
        toml_source(kind).to_string()
    };
    if full {
        let (keys, tables) = full_parts(kind, yaml);
        // TOML wants top-level keys before the first table (and its comment); YAML takes
        // them anywhere.
        let at = if yaml {
            template.len()
        } else {
            first_table_block(&template)
        };
        template.insert_str(at, &(keys.trim_start_matches('\n').to_string() + "\n"));
        if !template.ends_with('\n') {
            template.push('\n');
        }
        template.push_str(&tables);
    }
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
        DocKind::Plan => include_str!("skeletons/plan.toml"),
        DocKind::WorkPoints => include_str!("skeletons/work_points.toml"),
        DocKind::Scheme => include_str!("skeletons/scheme.toml"),
        DocKind::ActivityPlan => include_str!("skeletons/activity_plan.toml"),
        DocKind::Summary => include_str!("skeletons/summary.toml"),
        DocKind::Report => include_str!("skeletons/report.toml"),
        DocKind::Speech => include_str!("skeletons/speech.toml"),
    }
}

fn yaml_source(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Plan => include_str!("skeletons/plan.yaml"),
        DocKind::WorkPoints => include_str!("skeletons/work_points.yaml"),
        DocKind::Scheme => include_str!("skeletons/scheme.yaml"),
        DocKind::ActivityPlan => include_str!("skeletons/activity_plan.yaml"),
        DocKind::Summary => include_str!("skeletons/summary.yaml"),
        DocKind::Report => include_str!("skeletons/report.yaml"),
        DocKind::Speech => include_str!("skeletons/speech.yaml"),
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
        if kind.is_signed() {
            assert!(doc.issuer.contains("【待补"), "{what}: issuer");
        } else {
            assert!(
                doc.speaker.as_deref().is_some_and(|s| s.contains("【待补")),
                "{what}: speaker"
            );
        }
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
                check(kind, format, &skeleton_full(kind, format));
            }
        }
    }

    #[test]
    fn skeletons_valid_on_any_day() {
        for day in [(2025, 1, 1), (2026, 2, 28), (2028, 2, 29), (2030, 12, 31)] {
            for kind in DocKind::ALL {
                for format in FORMATS {
                    for full in [false, true] {
                        let text = skeleton_on(kind, format, day, full);
                        assert!(text.contains(&format!("{}", day.0)));
                        check(kind, format, &text);
                    }
                }
            }
        }
    }

    #[test]
    fn toml_and_yaml_say_the_same() {
        for kind in DocKind::ALL {
            for full in [false, true] {
                let day = (2025, 3, 1);
                let text = |f| skeleton_on(kind, f, day, full);
                let t = Document::from_toml_str(&text(Format::Toml)).unwrap();
                let y = Document::from_yaml_str(&text(Format::Yaml)).unwrap();
                assert_eq!(t, y, "{kind:?} full: {full}");
                let mut j = Document::from_json_str(&text(Format::Json)).unwrap();
                assert_eq!(j.schema.take().as_deref(), Some("./gongwen.schema.json"));
                assert_eq!(t, j, "{kind:?} full: {full}");
            }
        }
    }

    #[test]
    fn full_skeletons_carry_every_optional_element() {
        let day = (2026, 3, 5);
        for kind in DocKind::ALL {
            let doc = Document::from_toml_str(&skeleton_on(kind, Format::Toml, day, true)).unwrap();
            let plain =
                Document::from_toml_str(&skeleton_on(kind, Format::Toml, day, false)).unwrap();
            if !kind.is_signed() {
                assert_eq!(doc, plain, "a speech has no optional elements to add");
                continue;
            }
            assert!(doc.banner.is_some() && doc.record.is_some(), "{kind:?}");
            assert!(!doc.remarks.is_empty(), "{kind:?}");
            assert!(
                doc.attachments.iter().any(|a| a.table.is_some()),
                "{kind:?}"
            );
            assert_eq!(doc.notice.is_some(), !kind.is_summary(), "{kind:?}");
            assert_eq!(
                doc.banner.unwrap().is_upward(),
                kind == DocKind::Report,
                "{kind:?}"
            );
        }
    }

    #[test]
    fn skeletons_point_editors_at_the_schema() {
        for kind in DocKind::ALL {
            let day = (2025, 3, 1);
            assert!(
                skeleton_on(kind, Format::Toml, day, false)
                    .starts_with("#:schema ./gongwen.schema.json\n")
            );
            assert!(
                skeleton_on(kind, Format::Yaml, day, false)
                    .starts_with("# yaml-language-server: $schema=./gongwen.schema.json\n")
            );
            assert!(
                skeleton_on(kind, Format::Json, day, false)
                    .contains("\"$schema\": \"./gongwen.schema.json\"")
            );
        }
    }

    /// The optional keys a skeleton shows commented out before its first table
    /// (`# speaker_first = true`, `# opening = "……"`) are real fields: uncommented, the
    /// skeleton still loads (unknown keys are refused) and says the same in TOML and YAML.
    #[test]
    fn commented_top_level_keys_load_when_uncommented() {
        let uncomment = |text: &str, sep: &str| {
            let mut out = String::new();
            let mut top = true;
            let mut n = 0;
            for line in text.lines() {
                top &= !line.starts_with('[')
                    && !line.starts_with("sections")
                    && !line.starts_with("phases");
                let key = line
                    .strip_prefix("# ")
                    .and_then(|l| l.split_once(sep))
                    .map(|(k, _)| k);
                if top
                    && key.is_some_and(|k| {
                        !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                    })
                {
                    out.push_str(&line[2..]);
                    n += 1;
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
            (out, n)
        };
        let mut seen = 0;
        for kind in DocKind::ALL {
            let day = (2026, 3, 5);
            let (toml, n) = uncomment(&skeleton_on(kind, Format::Toml, day, false), " = ");
            let (yaml, m) = uncomment(&skeleton_on(kind, Format::Yaml, day, false), ": ");
            assert_eq!(n, m, "{kind:?}");
            seen += n;
            let t =
                Document::from_toml_str(&toml).unwrap_or_else(|e| panic!("{kind:?}: {e}\n{toml}"));
            let y =
                Document::from_yaml_str(&yaml).unwrap_or_else(|e| panic!("{kind:?}: {e}\n{yaml}"));
            assert_eq!(t, y, "{kind:?}");
            if kind == DocKind::Speech {
                assert!(t.speaker_first, "the speech skeleton offers speaker_first");
            }
        }
        assert!(seen >= 6, "{seen}");
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
