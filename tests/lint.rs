//! Lint: every code hits and does not hit; fault injection on clean drafts gives the
//! per-code precision, recall and macro-F1; the real corpus (when present) is printed.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use gongwen::lint::{Code, Diagnostic, Level, check_lines, check_path, check_source, check_text};
use gongwen::{DocKind, Document, Format, Renderer};

fn codes_at(text: &str) -> Vec<(usize, Code)> {
    check_text(text, None)
        .into_iter()
        .map(|d| (d.line, d.code))
        .collect()
}

fn has(text: &str, line: usize, code: Code) -> bool {
    codes_at(text).contains(&(line, code))
}

fn none_of(text: &str, code: Code) -> bool {
    let found: Vec<Diagnostic> = check_text(text, None)
        .into_iter()
        .filter(|d| d.code == code)
        .collect();
    assert!(found.is_empty(), "unexpected {code}: {found:#?}");
    true
}

const PLAN: &str = "某镇2025年消防安全工作计划\n";
const SUMMARY: &str = "某镇2025年消防安全工作总结\n";

// ───────────────────────── each code: hits and non-hits ─────────────────────────

#[test]
fn placeholder_hits() {
    for bad in [
        "请XX社区于5月底前上报。",
        "由××镇负责组织实施。",
        "某某某同志任组长。",
        "*年全镇完成改造任务。",
        "于年10月组织验收。",
        "二、年重点工作目标",
        "从年秋季起免收学费。",
        "按2009-年的规划推进。",
        "【待补：完成情况】",
        "依据教[]15号文件执行。",
        "于　　年　　月　　日前报送。",
    ] {
        let text = format!("{PLAN}{bad}");
        assert!(
            has(&text, 2, Code::Placeholder),
            "{bad}: {:?}",
            codes_at(&text)
        );
    }
}

#[test]
fn placeholder_non_hits() {
    for good in [
        "今年10月组织验收，明年继续推进。",
        "每年11月9日前后开展宣传周活动。",
        "力争在年底前全部建成，年内完成投资5000万元。",
        "二〇二五年全镇完成改造任务，青年志愿者全年服务1200人次。",
        "某街道办事处负责组织实施。",
        "做好年度考核，近年来成效明显。",
        "XXL码的救生衣共200件。",
    ] {
        let text = format!("{PLAN}一、工作目标\n{good}");
        none_of(&text, Code::Placeholder);
    }
}

#[test]
fn template_leftover() {
    assert!(has(
        &format!("{PLAN}由{{{{ doc.issuer }}}}负责。"),
        2,
        Code::TemplateLeftover
    ));
    assert!(has(
        &format!("{PLAN}{{% if goals %}}目标如下。"),
        2,
        Code::TemplateLeftover
    ));
    assert!(has(
        &format!("{PLAN}内容完毕}}}}"),
        2,
        Code::TemplateLeftover
    ));
    none_of(
        &format!("{PLAN}一、目标\n完成“{{一}}”类任务。"),
        Code::TemplateLeftover,
    );
}

#[test]
fn numbering_gap() {
    let text = format!("{PLAN}一、工作目标\n目标。\n二、工作措施\n措施。\n四、工作要求\n要求。");
    assert!(has(&text, 6, Code::NumberingGap), "{:?}", codes_at(&text));
    let starts_at_two = format!("{PLAN}二、工作目标\n目标。\n三、工作措施\n措施。");
    assert!(has(&starts_at_two, 2, Code::NumberingGap));
    let repeated = format!("{PLAN}一、工作目标\n（一）总体目标\n目标。\n（一）具体目标\n目标。");
    assert!(has(&repeated, 5, Code::NumberingGap));
    let level3 = format!("{PLAN}一、措施\n1.甲。\n2.乙。\n4.丙。");
    assert!(has(&level3, 5, Code::NumberingGap));
    // restarting under a new parent, a broken line after an inline (1), decimals
    none_of(
        &format!(
            "{PLAN}一、目标\n（一）甲\n1.子一。\n2.子二。\n（二）乙\n1.子一。\n二、措施\n目标任务：（1）建设农家店38个。\n（2）改造集贸市场1个。\n2.5万元用于培训。"
        ),
        Code::NumberingGap,
    );
}

#[test]
fn numbering_style_mix() {
    let text = format!("{PLAN}一、措施\n1.甲。\n2.乙。\n3、丙。\n4.丁。");
    assert!(
        has(&text, 5, Code::NumberingStyleMix),
        "{:?}",
        codes_at(&text)
    );
    // a tie goes to the GB style 1.
    let tie = format!("{PLAN}一、措施\n1、甲。\n2.乙。");
    assert!(has(&tie, 3, Code::NumberingStyleMix));
    let l1 = format!("{PLAN}一、目标\n目标。\n二.措施\n措施。\n三、要求\n要求。");
    assert!(has(&l1, 4, Code::NumberingStyleMix));
    none_of(
        &format!("{PLAN}一、措施\n1、甲。\n2、乙。\n3、丙。"),
        Code::NumberingStyleMix,
    );
    none_of(
        &format!("{PLAN}一、措施\n（一）甲\n1.子。\n（二）乙\n（1）子。"),
        Code::NumberingStyleMix,
    );
}

#[test]
fn halfwidth_punct() {
    for bad in [
        "坚持预防为主,防消结合。",
        "目标任务:完成改造。",
        "完成广告牌设置;",
        "各村(社区)组建宣传队。",
        "(一)派出所",
        "落实责任.",
        "构建和-谐社会。",
    ] {
        let text = format!("{PLAN}{bad}");
        assert!(has(&text, 2, Code::HalfwidthPunct), "{bad}");
    }
    let d = check_text(&format!("{PLAN}坚持预防为主,防消结合。"), None);
    assert_eq!(d[0].column, 7);
    for good in [
        "投入资金2.5万元，时间为10:30。",
        "执行GB/T 9704-2012标准，网址 https://example.org/a,b。",
        "1.完成广告牌设置。",
        "拨打12345热线（Tel: 0571-1234）。",
    ] {
        none_of(&format!("{PLAN}一、目标\n{good}"), Code::HalfwidthPunct);
    }
}

#[test]
fn repeated_word() {
    let text = format!(
        "{PLAN}一、措施\n各单位要进一步进一步落实责任。\n开展开展宣传活动。\n这是的的确认。"
    );
    assert!(has(&text, 3, Code::RepeatedWord), "{:?}", codes_at(&text));
    assert!(has(&text, 4, Code::RepeatedWord));
    none_of(
        &format!("{PLAN}一、措施\n人人受到教育，层层压实责任，常常检查，等等。\n一步一步推进。"),
        Code::RepeatedWord,
    );
}

#[test]
fn date_order() {
    assert!(has(
        &format!("{PLAN}（一）准备阶段（2025年5月1日—4月10日）"),
        2,
        Code::DateOrder
    ));
    assert!(has(
        &format!("{PLAN}定于2025年9月1日至8月15日开展检查。"),
        2,
        Code::DateOrder
    ));
    assert!(has(
        &format!("{PLAN}（二）实施阶段（7月下旬—7月上旬）"),
        2,
        Code::DateOrder
    ));
    none_of(
        &format!(
            "{PLAN}一、步骤\n（一）准备阶段（2025年4月1日—4月上旬）\n（二）实施阶段（3月中旬-7月30日前）\n（三）巩固阶段（2025年11月—2026年2月）\n（四）冬季（11月—次年2月）\n4月1日—10日。"
        ),
        Code::DateOrder,
    );
}

#[test]
fn empty_section() {
    let text = format!(
        "{PLAN}一、工作目标\n二、工作措施\n开展宣传。\n三、工作要求\n（一）加强领导\n（二）落实责任\n各单位负责。"
    );
    let found = codes_at(&text);
    assert!(found.contains(&(2, Code::EmptySection)), "{found:?}");
    assert!(found.contains(&(6, Code::EmptySection)));
    assert!(!found.contains(&(4, Code::EmptySection)));
    assert!(!found.contains(&(7, Code::EmptySection)));
    // a heading followed by its children, a run-in heading, a list of items
    none_of(
        &format!(
            "{PLAN}一、工作措施\n（一）加强领导。成立领导小组。\n（二）落实责任。各单位负责。\n二、要求\n1.甲\n2.乙"
        ),
        Code::EmptySection,
    );
}

#[test]
fn stock_phrase() {
    let text = format!(
        "{PLAN}一、要求\n各单位要高度重视、统一思想、提高认识，全力以赴抓好落实，确保各项工作落到实处、取得实效。"
    );
    assert!(has(&text, 3, Code::StockPhrase), "{:?}", codes_at(&text));
    none_of(
        &format!(
            "{PLAN}一、要求\n各单位要高度重视，5月底前完成山塘检查，发现的隐患建立台账并落到实处。"
        ),
        Code::StockPhrase,
    );
}

#[test]
fn long_sentence() {
    let long = "对照任务清单逐项梳理，".repeat(15) + "按期完成。";
    assert!(has(
        &format!("{PLAN}一、措施\n{long}"),
        3,
        Code::LongSentence
    ));
    let short = "对照任务清单逐项梳理。".repeat(15);
    none_of(&format!("{PLAN}一、措施\n{short}"), Code::LongSentence);
}

#[test]
fn plan_wording_in_summary() {
    let text = format!(
        "{SUMMARY}一、主要做法\n我局将进一步加强宣传教育。\n明年计划新建两处站点。\n力争年底前全部完成。\n二、下一步打算\n我们将继续加大投入。"
    );
    let found = codes_at(&text);
    assert!(found.contains(&(3, Code::PlanWording)), "{found:?}");
    assert!(found.contains(&(4, Code::PlanWording)));
    assert!(found.contains(&(5, Code::PlanWording)));
    assert!(
        !found.contains(&(7, Code::PlanWording)),
        "下一步打算 may speak of the future"
    );
    none_of(
        &format!(
            "{SUMMARY}现将有关情况总结如下。\n一、主要做法\n我局将禁毒工作纳入年度考核，按照上级要求开展了宣传。"
        ),
        Code::PlanWording,
    );
    // a plan may
    none_of(
        &format!("{PLAN}一、措施\n我局将进一步加强宣传教育。"),
        Code::PlanWording,
    );
}

#[test]
fn summary_wording_in_plan() {
    let text = format!("{PLAN}一、工作措施\n上半年共开展了专项检查6次。\n各单位已完成自查。");
    let found = codes_at(&text);
    assert!(found.contains(&(3, Code::SummaryWording)), "{found:?}");
    assert!(found.contains(&(4, Code::SummaryWording)));
    none_of(
        &format!(
            "{PLAN}一、基本情况\n去年全镇开展了专项检查6次。\n二、工作措施\n为了做好宣传，了解群众需求，组织专项检查。"
        ),
        Code::SummaryWording,
    );
    none_of(
        &format!("{SUMMARY}一、做法\n全年开展了专项检查6次。"),
        Code::SummaryWording,
    );
}

#[test]
fn unassigned_unit() {
    let text = format!(
        "{PLAN}一、工作安排\n1.开展消防检查。（责任单位：派出所、镇文化站）\n2.组织演练。（责任单位：各村（社区））\n二、职责分工\n（一）派出所\n负责检查。\n（二）各村（社区）\n负责宣传。\n区应急局：负责指导。"
    );
    let found = check_text(&text, None);
    let units: Vec<_> = found
        .iter()
        .filter(|d| d.code == Code::UnassignedUnit)
        .collect();
    assert_eq!(units.len(), 1, "{found:#?}");
    assert_eq!((units[0].line, units[0].column), (3, 20));
    assert!(units[0].message.contains("镇文化站"));
    // no responsibilities section: nothing to compare with
    none_of(
        &format!("{PLAN}一、工作安排\n1.开展检查。（责任单位：镇文化站）"),
        Code::UnassignedUnit,
    );
}

#[test]
fn levels_and_json() {
    let found = check_text(&format!("{PLAN}于年10月完成,落实。"), None);
    assert_eq!(found[0].severity, Level::Error);
    let json = serde_json::to_value(&found).unwrap();
    let first = &json[0];
    for key in ["line", "column", "code", "severity", "message"] {
        assert!(first.get(key).is_some(), "{key}");
    }
    assert_eq!(first.as_object().unwrap().len(), 5);
    assert_eq!(first["severity"], "error");
    for code in Code::ALL {
        assert_eq!(Code::from_name(code.as_str()), Some(code));
    }
}

// ───────────────────────── input files and .docx ─────────────────────────

#[test]
fn input_files_report_lines_and_paths() {
    let src = r#"kind = "plan"
title = "某镇消防工作计划"
issuer = "某镇人民政府"
date = "2025-03-01"

[[phases]]
name = "准备阶段"
start = "2025-05-01"
end = "2025-04-10"
tasks = [{ text = "开展开展消防检查,落实责任。", units = ["镇文化站"] }]

[[responsibilities]]
area = "消防检查"
lead = "派出所"
"#;
    let found = check_source(src, Format::Toml, "plan.toml").unwrap();
    let get = |code: Code| {
        found
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{code}: {found:#?}"))
    };
    let d = get(Code::DateOrder);
    assert!(d.message.starts_with("[phases[0].end]"), "{d:?}");
    assert_eq!(d.severity, Level::Error);
    let r = get(Code::RepeatedWord);
    assert_eq!(r.line, 10);
    assert!(r.message.starts_with("[phases[0].tasks[0].text"), "{r:?}");
    assert_eq!(get(Code::HalfwidthPunct).line, 10);
    let u = get(Code::UnassignedUnit);
    assert!(u.message.contains("镇文化站"), "{u:?}");
}

#[test]
fn examples_pass_without_errors() {
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        if Format::from_path(&path).is_none() {
            continue;
        }
        let found = check_path(&path).unwrap();
        for d in &found {
            println!("{}: {d}", path.display());
        }
        assert!(
            found.iter().all(|d| d.severity != Level::Error),
            "{}",
            path.display()
        );
    }
}

#[test]
fn docx_lines_are_paragraphs() {
    let mut doc = Document::from_path("examples/antidrug_summary.toml").unwrap();
    doc.problems[0].text = "宣传手段不多,效果有待提高。".into();
    let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.docx");
    std::fs::write(&path, &bytes).unwrap();
    let found = check_path(&path).unwrap();
    let paras = gongwen::lint::docx_paragraphs(&bytes).unwrap();
    let d = found
        .iter()
        .find(|d| d.code == Code::HalfwidthPunct)
        .expect("found");
    assert!(
        paras[d.line - 1].contains("宣传手段不多,"),
        "{}",
        paras[d.line - 1]
    );
}

// ───────────────────────── fault injection ─────────────────────────

/// xorshift64*: seeded, reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> Option<&'a T> {
        if v.is_empty() {
            None
        } else {
            Some(&v[self.below(v.len())])
        }
    }
}

fn cn(n: usize) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n].into(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[n - 10]),
        _ => format!(
            "{}十{}",
            D[n / 10],
            if n.is_multiple_of(10) { "" } else { D[n % 10] }
        ),
    }
}

/// The block language of an example as the text a reader sees: numbered headings, run-in
/// bodies joined, annexes and tables left out.
fn blocks_to_text(blocks: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut counters = [0usize; 4];
    let mut in_title = false;
    for line in blocks.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with("@annex") {
            break;
        }
        if let Some(t) = line.strip_prefix("@title ") {
            if in_title {
                out.last_mut().unwrap().push_str(t);
            } else {
                out.push(t.to_string());
            }
            in_title = true;
            continue;
        }
        in_title = false;
        if let Some(t) = line.strip_prefix("@attach ") {
            out.push(format!("附件：{t}"));
            continue;
        }
        if let Some(t) = line
            .strip_prefix("@to ")
            .or(line.strip_prefix("@sign "))
            .or(line.strip_prefix("@date "))
        {
            out.push(t.to_string());
            continue;
        }
        if line.starts_with('@') {
            continue;
        }
        let level = line.chars().take_while(|&c| c == '#').count();
        if level > 0 {
            let rest = line[level..].trim();
            counters[level - 1] += 1;
            for c in counters.iter_mut().skip(level) {
                *c = 0;
            }
            let n = counters[level - 1];
            let mark = match level {
                1 => format!("{}、", cn(n)),
                2 => format!("（{}）", cn(n)),
                3 => format!("{n}."),
                _ => format!("（{n}）"),
            };
            let body = rest.replacen(" | ", "", 1);
            out.push(format!("{mark}{body}"));
        } else {
            out.push(line.trim_start_matches('\\').to_string());
        }
    }
    out
}

struct Draft {
    name: String,
    lines: Vec<String>,
    kind: DocKind,
}

fn clean_drafts() -> Vec<Draft> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir("tests/lint/clean")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let kind = if text.lines().next().unwrap().contains("总结") {
            DocKind::Summary
        } else {
            DocKind::Plan
        };
        out.push(Draft {
            name: path.display().to_string(),
            lines: text.lines().map(String::from).collect(),
            kind,
        });
    }
    let mut examples: Vec<_> = std::fs::read_dir("examples")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| Format::from_path(p).is_some())
        .collect();
    examples.sort();
    let renderer = Renderer::new();
    for path in examples {
        let doc = Document::from_path(&path).unwrap();
        let blocks = renderer.render_text(&doc).unwrap();
        out.push(Draft {
            name: path.display().to_string(),
            lines: blocks_to_text(&blocks),
            kind: doc.kind,
        });
    }
    out
}

/// Numbered heading at the start of a line: (rank, number, marker length in chars).
fn heading(line: &str) -> Option<(u8, usize, usize)> {
    let c: Vec<char> = line.chars().collect();
    let cn_digit = |x: char| "一二三四五六七八九十".contains(x);
    let cn_val = |s: &[char]| -> usize {
        let d = |x: char| {
            "零一二三四五六七八九"
                .chars()
                .position(|y| y == x)
                .unwrap_or(0)
        };
        match s {
            [a] if *a == '十' => 10,
            [a] => d(*a),
            ['十', b] => 10 + d(*b),
            [a, '十'] => d(*a) * 10,
            [a, '十', b] => d(*a) * 10 + d(*b),
            _ => 0,
        }
    };
    let n = c.iter().take_while(|&&x| cn_digit(x)).count();
    if n > 0 && c.get(n) == Some(&'、') {
        return Some((1, cn_val(&c[..n]), n + 1));
    }
    if c.first() == Some(&'（') {
        let n = c[1..].iter().take_while(|&&x| cn_digit(x)).count();
        if n > 0 && c.get(1 + n) == Some(&'）') {
            return Some((2, cn_val(&c[1..1 + n]), n + 2));
        }
    }
    let n = c.iter().take_while(|x| x.is_ascii_digit()).count();
    if (1..=2).contains(&n) && c.get(n) == Some(&'.') {
        return Some((3, line[..n].parse().unwrap(), n + 1));
    }
    None
}

fn is_pure_heading(line: &str) -> bool {
    heading(line).is_some_and(|(_, _, len)| {
        let rest: String = line.chars().skip(len).collect();
        !rest.contains('。') && rest.chars().count() <= 40
    })
}

/// Lines where text faults can go: body lines after the first level-1 heading, outside
/// the sections in `skip` (by words of the level-1 heading), not headings, not the
/// signature.
fn body_lines(d: &Draft, skip: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut started = false;
    let mut skipping = false;
    for (i, l) in d.lines.iter().enumerate() {
        if let Some((1, _, _)) = heading(l) {
            started = true;
            skipping = skip.iter().any(|w| l.contains(w));
            continue;
        }
        if started
            && !skipping
            && !is_pure_heading(l)
            && l.contains('。')
            && l.chars().count() >= 12
        {
            out.push(i);
        }
    }
    out
}

fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Inserts `s` at a random place between two Chinese characters of `line`.
fn insert_between(rng: &mut Rng, line: &str, s: &str) -> String {
    let c: Vec<char> = line.chars().collect();
    // not inside a list of units: a fault there is also (rightly) an unknown unit
    let in_units = |i: usize| {
        let before: String = c[..i].iter().collect();
        before
            .rfind("单位：")
            .is_some_and(|p| !before[p..].contains('）'))
    };
    let spots: Vec<usize> = (1..c.len())
        .filter(|&i| is_ideograph(c[i - 1]) && is_ideograph(c[i]) && !in_units(i))
        .collect();
    let at = *rng.pick(&spots).unwrap_or(&c.len());
    let mut out: String = c[..at].iter().collect();
    out.push_str(s);
    out.extend(&c[at..]);
    out
}

/// Inserts a sentence after a random 。 of `line` (or at its start).
fn insert_sentence(rng: &mut Rng, line: &str, s: &str) -> String {
    let c: Vec<char> = line.chars().collect();
    let mut spots: Vec<usize> = if heading(line).is_some() {
        vec![]
    } else {
        vec![0]
    };
    spots.extend((0..c.len()).filter(|&i| c[i] == '。').map(|i| i + 1));
    let at = *rng.pick(&spots).unwrap();
    let mut out: String = c[..at].iter().collect();
    out.push_str(s);
    out.extend(&c[at..]);
    out
}

const STOCK: &[&str] = &[
    "高度重视",
    "统一思想",
    "提高认识",
    "扎实推进",
    "全力以赴",
    "务求实效",
    "落到实处",
    "齐抓共管",
    "形成合力",
    "常抓不懈",
    "真抓实干",
    "精心组织",
    "周密部署",
    "层层落实",
    "狠抓落实",
    "取得实效",
];

const NEUTRAL_CLAUSES: &[&str] = &[
    "对照任务清单逐项梳理",
    "明确每项工作的责任人和完成时限",
    "建立工作台账并实行销号管理",
    "每周汇总一次进展情况",
    "发现问题及时研究解决",
    "需要协调的事项报指挥部统一调度",
    "涉及多个部门的工作由牵头单位召集会商",
    "相关资料按要求整理归档",
    "重要情况随时报告",
    "对群众反映的问题限时答复",
    "定期公开工作进展",
    "接受群众和社会各界监督",
];

/// Injects one fault of `code` into a copy of the draft. Returns the lines and the
/// 0-based line where the fault is.
fn inject(d: &Draft, code: Code, rng: &mut Rng) -> Option<(Vec<String>, usize)> {
    let mut lines = d.lines.clone();
    let summary = d.kind == DocKind::Summary;
    let body = body_lines(d, &[]);
    match code {
        Code::Placeholder => {
            let i = *rng.pick(&body)?;
            let line = &lines[i];
            let years: Vec<usize> = line.match_indices("2025年").map(|(b, _)| b).collect();
            let blankable: Vec<usize> = years
                .iter()
                .copied()
                .filter(|&b| line[b + "2025年".len()..].starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            lines[i] = match rng.below(3) {
                0 if !years.is_empty() => {
                    let b = *rng.pick(&years).unwrap();
                    let with = *rng.pick(&["XX年", "××年", "*年"]).unwrap();
                    format!("{}{}{}", &line[..b], with, &line[b + "2025年".len()..])
                }
                1 if !blankable.is_empty() => {
                    let b = *rng.pick(&blankable).unwrap();
                    format!("{}于年{}", &line[..b], &line[b + "2025年".len()..])
                }
                _ => {
                    let with = *rng
                        .pick(&["XX", "××", "某某某", "XXX", "【待补】"])
                        .unwrap();
                    insert_between(rng, line, with)
                }
            };
            Some((lines, i))
        }
        Code::TemplateLeftover => {
            let i = *rng.pick(&body)?;
            let with = *rng
                .pick(&[
                    "{{ doc.issuer }}",
                    "{% if goals %}",
                    "{{ 单位名称 }}",
                    "{{ item.text }}",
                ])
                .unwrap();
            lines[i] = insert_between(rng, &lines[i], with);
            Some((lines, i))
        }
        Code::NumberingGap => {
            // sibling sequences: consecutive headings of one rank under one parent
            let mut seqs: Vec<Vec<usize>> = Vec::new();
            let mut open: [Option<usize>; 4] = [None; 4];
            for (i, l) in lines.iter().enumerate() {
                if let Some((r, _, _)) = heading(l) {
                    let r = r as usize;
                    match open[r] {
                        Some(s) => seqs[s].push(i),
                        None => {
                            seqs.push(vec![i]);
                            open[r] = Some(seqs.len() - 1);
                        }
                    }
                    for o in open.iter_mut().skip(r + 1) {
                        *o = None;
                    }
                }
            }
            let seqs: Vec<&Vec<usize>> = seqs.iter().filter(|s| s.len() >= 2).collect();
            let seq = *rng.pick(&seqs)?;
            let k = 1 + rng.below(seq.len() - 1);
            for &i in &seq[k..] {
                let (r, n, len) = heading(&lines[i]).unwrap();
                let rest: String = lines[i].chars().skip(len).collect();
                lines[i] = match r {
                    1 => format!("{}、{rest}", cn(n + 1)),
                    2 => format!("（{}）{rest}", cn(n + 1)),
                    _ => format!("{}.{rest}", n + 1),
                };
            }
            Some((lines, seq[k]))
        }
        Code::NumberingStyleMix => {
            let l3: Vec<usize> = (0..lines.len())
                .filter(|&i| matches!(heading(&lines[i]), Some((3, _, _))))
                .collect();
            let l1: Vec<usize> = (0..lines.len())
                .filter(|&i| matches!(heading(&lines[i]), Some((1, _, _))))
                .collect();
            let (pool, from, to) = if l3.len() >= 2 && rng.below(2) == 0 {
                (l3, '.', '、')
            } else {
                (l1, '、', '.')
            };
            if pool.len() < 2 {
                return None;
            }
            let i = *rng.pick(&pool)?;
            lines[i] = lines[i].replacen(from, &to.to_string(), 1);
            Some((lines, i))
        }
        Code::HalfwidthPunct => {
            let mut cands: Vec<(usize, usize)> = Vec::new();
            for &i in &body {
                let c: Vec<char> = lines[i].chars().collect();
                for j in 1..c.len() {
                    if "，；：（）。".contains(c[j]) && is_ideograph(c[j - 1]) {
                        cands.push((i, j));
                    }
                }
            }
            let &(i, j) = rng.pick(&cands)?;
            let mut c: Vec<char> = lines[i].chars().collect();
            c[j] = match c[j] {
                '，' => ',',
                '；' => ';',
                '：' => ':',
                '（' => '(',
                '）' => ')',
                _ => '.',
            };
            lines[i] = c.into_iter().collect();
            Some((lines, i))
        }
        Code::RepeatedWord => {
            const WORDS: &[&str] = &[
                "进一步",
                "加强",
                "开展",
                "组织",
                "落实",
                "宣传",
                "服务",
                "检查",
                "完成",
                "建立",
                "推进",
                "及时",
                "安全",
                "社区",
                "群众",
                "单位",
                "培训",
                "全面",
                "管理",
                "活动",
                "负责",
                "居民",
            ];
            let mut cands: Vec<(usize, &str)> = Vec::new();
            for &i in &body {
                for w in WORDS {
                    if lines[i].contains(w) {
                        cands.push((i, w));
                    }
                }
            }
            let &(i, w) = rng.pick(&cands)?;
            lines[i] = lines[i].replacen(w, &format!("{w}{w}"), 1);
            Some((lines, i))
        }
        Code::DateOrder => {
            let m1 = 2 + rng.below(11);
            let m2 = 1 + rng.below(m1 - 1);
            let (d1, d2) = (1 + rng.below(28), 1 + rng.below(28));
            let ranged: Vec<usize> = (0..lines.len())
                .filter(|&i| {
                    lines[i].contains('—') && lines[i].contains('（') && lines[i].contains("月")
                })
                .collect();
            if let Some(&i) = rng.pick(&ranged) {
                let l = &lines[i];
                let (a, b) = (l.rfind('（').unwrap(), l.rfind('）').unwrap_or(l.len()));
                if a < b {
                    lines[i] = format!(
                        "{}（2025年{m1}月{d1}日—{m2}月{d2}日）{}",
                        &l[..a],
                        &l[b + '）'.len_utf8().min(l.len() - b)..]
                    );
                    return Some((lines, i));
                }
            }
            let i = *rng.pick(&body)?;
            lines[i] = insert_sentence(
                rng,
                &lines[i],
                &format!("定于2025年{m1}月{d1}日至{m2}月{d2}日开展集中检查。"),
            );
            Some((lines, i))
        }
        Code::EmptySection => {
            // a level-1 or level-2 heading with content, followed by a heading of its rank or higher
            let mut cands = Vec::new();
            for (i, l) in lines.iter().enumerate() {
                let Some((r, _, _)) = heading(l) else {
                    continue;
                };
                if r > 2 || !is_pure_heading(l) {
                    continue;
                }
                let next = (i + 1..lines.len())
                    .find(|&j| heading(&lines[j]).is_some_and(|(r2, _, _)| r2 <= r));
                if let Some(j) = next
                    && j > i + 1
                {
                    cands.push((i, j));
                }
            }
            let &(i, j) = rng.pick(&cands)?;
            lines.drain(i + 1..j);
            Some((lines, i))
        }
        Code::StockPhrase => {
            let i = *rng.pick(&body)?;
            let mut p: Vec<&str> = Vec::new();
            while p.len() < 4 {
                let w = *rng.pick(STOCK).unwrap();
                if !p.contains(&w) {
                    p.push(w);
                }
            }
            let s = format!("全镇上下{}、{}，{}，{}。", p[0], p[1], p[2], p[3]);
            lines[i] = insert_sentence(rng, &lines[i], &s);
            Some((lines, i))
        }
        Code::LongSentence => {
            let i = *rng.pick(&body)?;
            let mut s = String::new();
            while s.chars().count() < 160 {
                if !s.is_empty() {
                    s.push('，');
                }
                s.push_str(rng.pick(NEUTRAL_CLAUSES).unwrap());
            }
            s.push('。');
            lines[i] = insert_sentence(rng, &lines[i], &s);
            Some((lines, i))
        }
        Code::PlanWording => {
            if !summary {
                return None;
            }
            let eligible = body_lines(d, &["问题", "下一步", "打算"]);
            let i = *rng.pick(&eligible)?;
            let s = *rng
                .pick(&[
                    "我们将继续扩大服务覆盖面。",
                    "明年计划新建两处服务站点。",
                    "要进一步健全长效机制。",
                    "力争年底前全部完成。",
                ])
                .unwrap();
            lines[i] = insert_sentence(rng, &lines[i], s);
            Some((lines, i))
        }
        Code::SummaryWording => {
            if summary {
                return None;
            }
            let eligible = body_lines(d, &["基本情况", "背景", "现状"]);
            let i = *rng.pick(&eligible)?;
            let s = *rng
                .pick(&[
                    "上半年共开展了专项检查6次。",
                    "各单位已完成自查。",
                    "今年以来组织了集中培训3场。",
                    "前期举办了业务培训。",
                ])
                .unwrap();
            lines[i] = insert_sentence(rng, &lines[i], s);
            Some((lines, i))
        }
        Code::UnassignedUnit => {
            let resp = lines.iter().position(|l| {
                matches!(heading(l), Some((1, _, _))) && (l.contains("职责") || l.contains("分工"))
            })?;
            let resp_end = (resp + 1..lines.len())
                .find(|&j| matches!(heading(&lines[j]), Some((1, _, _))))
                .unwrap_or(lines.len());
            let outside: Vec<usize> = body
                .iter()
                .copied()
                .filter(|&i| i < resp || i >= resp_end)
                .collect();
            let with_units: Vec<usize> = outside
                .iter()
                .copied()
                .filter(|&i| lines[i].contains("责任单位："))
                .collect();
            let all = lines.concat();
            let strangers: Vec<&str> = ["县档案馆", "区气象台", "镇文化站", "市统计局", "县供销社"]
                .into_iter()
                .filter(|u| !all.contains(u))
                .collect();
            let stranger = *rng.pick(&strangers)?;
            if let Some(&i) = rng.pick(&with_units) {
                lines[i] = lines[i].replacen("责任单位：", &format!("责任单位：{stranger}、"), 1);
                return Some((lines, i));
            }
            let i = *rng.pick(&outside)?;
            let l = &lines[i];
            let at = l.rfind('。').unwrap_or(l.len());
            lines[i] = format!("{}（责任单位：{stranger}）{}", &l[..at], &l[at..]);
            Some((lines, i))
        }
        Code::YearMismatch => {
            let year = title_year(&lines[0])?;
            let s = if summary {
                let eligible = body_lines(d, &["下一步", "打算", "问题"]);
                let i = *rng.pick(&eligible)?;
                let s = format!("该项目已于{}年3月10日通过验收。", year + 1);
                (i, s)
            } else {
                // A plan's background may name past years; its tasks may not.
                let eligible = body_lines(d, &["基本情况", "背景", "现状", "职责", "分工"]);
                let i = *rng.pick(&eligible)?;
                let s = *rng
                    .pick(&[
                        "相关任务于{}年6月底前全部完成。",
                        "力争到{}年底实现全覆盖。",
                    ])
                    .unwrap();
                (i, s.replace("{}", &(year - 1).to_string()))
            };
            lines[s.0] = insert_sentence(rng, &lines[s.0], &s.1);
            Some((lines, s.0))
        }
        Code::SequenceGap => {
            let i = *rng.pick(&body_lines(d, &["职责", "分工"]))?;
            let s = *rng
                .pick(&[
                    "一是加强日常巡查，二是强化宣传引导，四是完善工作台账。",
                    "首先明确工作责任，再次加强督促检查。",
                    "一是摸清底数，二是建立台账，二是跟踪问效。",
                ])
                .unwrap();
            lines[i] = insert_sentence(rng, &lines[i], s);
            Some((lines, i))
        }
        Code::ImpossibleDate => {
            let i = *rng.pick(&body_lines(d, &["职责", "分工"]))?;
            let year = title_year(&lines[0]).unwrap_or(2025);
            let s = *rng
                .pick(&[
                    "定于{}年2月30日召开推进会。",
                    "各单位于{}年13月底前报送材料。",
                    "检查安排在4月31日进行。",
                ])
                .unwrap();
            lines[i] = insert_sentence(rng, &lines[i], &s.replace("{}", &year.to_string()));
            Some((lines, i))
        }
        Code::AsciiQuotes => {
            let i = *rng.pick(&body_lines(d, &["职责", "分工"]))?;
            let s = *rng
                .pick(&[
                    "深入开展\"平安社区\"创建活动。",
                    "推广\"一站式\"服务模式。",
                    "叫响'志愿服务进万家'品牌。",
                ])
                .unwrap();
            lines[i] = insert_sentence(rng, &lines[i], s);
            Some((lines, i))
        }
        Code::DeadlineStyle => {
            // Only where the draft already writes its deadlines with 前, at least twice.
            let styled = lines
                .iter()
                .map(|l| l.matches("底前").count() + l.matches("日前").count())
                .sum::<usize>();
            if styled < 3 {
                return None;
            }
            let i = *rng.pick(&body_lines(d, &["职责", "分工"]))?;
            let year = title_year(&lines[0]).unwrap_or(2025);
            let s = *rng
                .pick(&[
                    "各单位于{}年9月30日完成自查。",
                    "整改工作于{}年10月底完成。",
                ])
                .unwrap();
            lines[i] = insert_sentence(rng, &lines[i], &s.replace("{}", &year.to_string()));
            Some((lines, i))
        }
        _ => None,
    }
}

/// The year in a title line (four digits before 年).
fn title_year(title: &str) -> Option<u16> {
    let at = title.find('年')?;
    title[..at]
        .char_indices()
        .rev()
        .nth(3)
        .and_then(|(b, _)| title[b..at].parse().ok())
}

/// Every code but `validation` (which reports `Document::validate`, not text).
fn evaluated() -> Vec<Code> {
    Code::ALL
        .into_iter()
        .filter(|c| *c != Code::Validation)
        .collect()
}

#[test]
fn fault_injection_macro_f1() {
    let drafts = clean_drafts();
    #[derive(Default)]
    struct Count {
        tp: usize,
        fp: usize,
        fn_: usize,
    }
    let mut counts: BTreeMap<Code, Count> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    let mut false_alarms: Vec<String> = Vec::new();
    println!("false alarms on the clean drafts:");
    for d in &drafts {
        let clean = check_lines(&d.lines, None);
        println!("  {:45} {}", d.name, clean.len());
        for x in &clean {
            println!("      {x}");
        }
        assert!(clean.len() <= 1, "{}: {clean:#?}", d.name);
        let baseline: HashSet<(Code, String)> = clean
            .iter()
            .map(|x| (x.code, d.lines[x.line - 1].clone()))
            .collect();
        for (k, &code) in evaluated().iter().enumerate() {
            for seed in 0..8u64 {
                let mut rng = Rng(0x9E37_79B9_7F4A_7C15
                    ^ (seed * 1_000_003 + k as u64 * 7919 + d.name.len() as u64 * 31));
                let Some((lines, at)) = inject(d, code, &mut rng) else {
                    continue;
                };
                let found = check_lines(&lines, None);
                let hit = found.iter().any(|x| x.code == code && x.line == at + 1);
                let c = counts.entry(code).or_default();
                if hit {
                    c.tp += 1;
                } else {
                    c.fn_ += 1;
                    misses.push(format!(
                        "{code} missed in {} line {}: {}",
                        d.name,
                        at + 1,
                        lines[at]
                    ));
                }
                for x in &found {
                    if x.code == code && x.line == at + 1 {
                        continue;
                    }
                    if baseline.contains(&(x.code, lines[x.line - 1].clone())) {
                        continue;
                    }
                    counts.entry(x.code).or_default().fp += 1;
                    false_alarms.push(format!("{} (injecting {code}) in {}: {x}", x.code, d.name));
                }
            }
        }
    }
    println!(
        "\n{:22} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
        "code", "TP", "FP", "FN", "precision", "recall", "F1"
    );
    let mut f1s = Vec::new();
    for code in evaluated() {
        let c = counts.remove(&code).unwrap_or_default();
        let p = if c.tp + c.fp == 0 {
            0.0
        } else {
            c.tp as f64 / (c.tp + c.fp) as f64
        };
        let r = if c.tp + c.fn_ == 0 {
            0.0
        } else {
            c.tp as f64 / (c.tp + c.fn_) as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        println!(
            "{:22} {:>4} {:>4} {:>4} {:>9.3} {:>7.3} {:>6.3}",
            code.as_str(),
            c.tp,
            c.fp,
            c.fn_,
            p,
            r,
            f1
        );
        f1s.push(f1);
    }
    let macro_f1 = f1s.iter().sum::<f64>() / f1s.len() as f64;
    println!("macro-F1 over {} codes: {macro_f1:.3}", f1s.len());
    for m in misses.iter().take(30) {
        println!("MISS {m}");
    }
    for f in false_alarms.iter().take(30) {
        println!("FALSE {f}");
    }
    assert!(macro_f1 >= 0.9, "macro-F1 {macro_f1:.3} < 0.9");
}

// ───────────────────────── the real corpus ─────────────────────────

#[test]
fn real_corpus_findings() {
    let dir = Path::new("../shared/corpus");
    if !dir.is_dir() {
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in files {
        let found = check_path(&path).unwrap();
        let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &found {
            *by_code.entry(d.code.as_str()).or_default() += 1;
        }
        println!("{}: {by_code:?}", path.display());
        for d in found.iter().filter(|d| d.code != Code::HalfwidthPunct) {
            println!("    {d}");
        }
    }
    // The known real faults are found.
    let fire = check_path(dir.join("02_fire_publicity_plan.txt")).unwrap();
    assert!(
        fire.iter()
            .any(|d| d.line == 2 && d.code == Code::Placeholder)
    );
    assert!(
        fire.iter()
            .any(|d| d.line == 2 && d.code == Code::NumberingGap)
    );
    let livelihood = check_path(dir.join("06_livelihood_projects_scheme.txt")).unwrap();
    assert!(
        livelihood
            .iter()
            .filter(|d| d.code == Code::Placeholder)
            .count()
            >= 10
    );
    assert!(livelihood.iter().any(|d| d.code == Code::NumberingStyleMix));
}

// ───────────────────────── the command line ─────────────────────────

#[test]
fn cli_check_exit_codes_and_json() {
    use std::process::Command;
    let exe = env!("CARGO_BIN_EXE_gongwen");
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("初稿.txt");
    std::fs::write(&bad, "某镇消防工作计划\n一、目标\n于年10月完成,落实。\n").unwrap();
    let out = Command::new(exe)
        .args(["check", "--format", "json"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arr = v.as_array().unwrap();
    assert!(
        arr.iter()
            .any(|d| d["code"] == "placeholder" && d["line"] == 3 && d["severity"] == "error")
    );
    assert!(
        arr.iter()
            .any(|d| d["code"] == "halfwidth_punct" && d["severity"] == "warning")
    );
    // text: warnings only → exit 0
    let warn = dir.path().join("b.txt");
    std::fs::write(&warn, "某镇消防工作计划\n一、目标\n按时完成,落实。\n").unwrap();
    let out = Command::new(exe).arg("check").arg(&warn).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("第3行第5列 提醒 [halfwidth_punct]"), "{text}");
    // GBK text
    let gbk = dir.path().join("gbk.txt");
    let (bytes, _, _) = encoding_rs::GBK.encode("某镇消防工作计划\n一、目标\nXX社区完成。\n");
    std::fs::write(&gbk, &bytes).unwrap();
    let out = Command::new(exe)
        .args(["check", "--format", "json"])
        .arg(&gbk)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("placeholder"));
    // usage
    let out = Command::new(exe)
        .args(["check", "--format", "xml", "a.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(exe)
        .args(["check", "examples/fire_safety_plan.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = Command::new(exe).args(["help", "check"]).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(
        help.contains("numbering_gap") && help.contains("示例"),
        "{help}"
    );
}

/// The reviewer's checks of issue 17, each through `gongwen check` on its own small draft
/// (tests/inputs/check/): found at the exact line and column, and silent on a clean draft
/// that writes the same things correctly.
#[test]
fn cli_check_finds_each_new_code_where_it_is() {
    let run = |file: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args([
                "check",
                &format!("tests/inputs/check/{file}"),
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        let found: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{file}: {e}: {}", String::from_utf8_lossy(&out.stdout)));
        found
            .iter()
            .map(|d| {
                (
                    d["line"].as_u64().unwrap(),
                    d["column"].as_u64().unwrap(),
                    d["code"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    /// A finding expected: line, column, code.
    type Found = (u64, u64, &'static str);
    let cases: [(&str, &[Found]); 7] = [
        (
            "year_mismatch.txt",
            &[(3, 20, "year_mismatch"), (5, 8, "year_mismatch")],
        ),
        ("year_mismatch_summary.txt", &[(3, 16, "year_mismatch")]),
        (
            "sequence_gap.txt",
            &[(3, 19, "sequence_gap"), (4, 10, "sequence_gap")],
        ),
        (
            "impossible_date.txt",
            &[(3, 3, "impossible_date"), (3, 22, "impossible_date")],
        ),
        (
            "ascii_quotes.txt",
            &[(3, 5, "ascii_quotes"), (3, 18, "ascii_quotes")],
        ),
        ("deadline_style.txt", &[(4, 6, "deadline_style")]),
        // Two identical placeholders: each at its own line, not both at the first one's.
        (
            "duplicate_placeholders.toml",
            &[(8, 9, "placeholder"), (12, 9, "placeholder")],
        ),
    ];
    for (file, want) in cases {
        let got = run(file);
        let want: Vec<(u64, u64, String)> = want
            .iter()
            .map(|&(l, c, code)| (l, c, code.to_string()))
            .collect();
        assert_eq!(got, want, "{file}");
    }
    assert_eq!(run("clean.txt"), vec![], "clean.txt");
}
