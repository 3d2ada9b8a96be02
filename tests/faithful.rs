//! Faithful text (issue 16): every imported document renders, and every character of its
//! text reaches the rendered output, in order, except the heading numbers that gongwen
//! regenerates (and the annexes' labels and the numbers of the 附件说明's list), whitespace,
//! and the site debris the import reports as removed; and the output has no more 。 than the
//! source (nothing ends a sentence the writer left open). A 成文日期
//! written otherwise (二〇一六年十月十一日, 2013.2.20) must reach it in the form GB/T 9704-2012
//! 7.3.5.1 asks for (2016年10月11日, 2013年2月20日). Checked on every
//! document of `../shared/corpus` and `../shared/corpus-dev` (when present), of the held-out
//! `tests/corpus_fresh` to `tests/corpus_fresh161` (the Word files of `corpus_fresh21`,
//! `corpus_fresh22`, `corpus_fresh24`, `corpus_fresh31`, `corpus_fresh48`, `corpus_fresh52`,
//! `corpus_fresh54`, `corpus_fresh59`, `corpus_fresh62`, `corpus_fresh66`, `corpus_fresh71`,
//! `corpus_fresh73`, `corpus_fresh81`, `corpus_fresh87`, `corpus_fresh91`, `corpus_fresh99` and
//! `corpus_fresh105` imported as `.docx`), and on the
//! import spec files.

mod common;

use std::path::Path;

use gongwen::{Import, Renderer};

/// What the check leaves out of a source: the heading numbers the import found (gongwen
/// regenerates them), by line, and the lines it reports as removed page debris.
#[derive(Default)]
struct Exempt {
    numbers: Vec<(usize, String)>,
    removed: Vec<(usize, String)>,
    /// The document's date, as the standard prints it and in Chinese numerals.
    date: Option<(gongwen::Date, String, String)>,
    /// Whether it has a 附件说明 (whose 附件： gongwen prints).
    attachments: bool,
    /// The attachments' titles: in the 附件说明 gongwen numbers them itself (1.甲 / 2.乙).
    titles: Vec<String>,
    /// The 发文字号 as written and as GB/T 9704-2012 7.2.4 prints it (`某发[2024]第3号` →
    /// `某发〔2024〕3号`), and the 签发人 named after it.
    doc_number: Option<(String, String)>,
    signers: Vec<String>,
    /// The 发文机关署名: printed in the 落款 wherever the source had it (a page may show it
    /// under the title, with the date).
    issuer: Option<String>,
}

/// `2016年10月11日` in Chinese numerals: `二〇一六年十月十一日`.
fn in_chinese_numerals(year: u16, month: u8, day: u8) -> String {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let small = |n: u8| match (n / 10, n % 10) {
        (0, u) => D[usize::from(u)].to_string(),
        (1, 0) => "十".to_string(),
        (1, u) => format!("十{}", D[usize::from(u)]),
        (t, 0) => format!("{}十", D[usize::from(t)]),
        (t, u) => format!("{}十{}", D[usize::from(t)], D[usize::from(u)]),
    };
    let y: String = year
        .to_string()
        .bytes()
        .map(|b| D[usize::from(b - b'0')])
        .collect();
    format!("{y}年{}月{}日", small(month), small(day))
}

impl Exempt {
    fn of(imp: &Import, source: &str) -> Exempt {
        // A 印发通知's own points (一、……) print as headings, their numbers generated: the
        // source lines that hold them.
        let points = imp.document.notice.iter().flat_map(|n| {
            n.text.0.iter().filter_map(|p| {
                let digits = p
                    .chars()
                    .take_while(|c| "一二三四五六七八九十".contains(*c))
                    .count();
                let number: String = p.chars().take(digits + 1).collect();
                (digits > 0 && number.ends_with('、')).then_some((p, number))
            })
        });
        let points: Vec<(usize, String)> = points
            .flat_map(|(p, number)| {
                source
                    .lines()
                    .enumerate()
                    .filter(move |(_, l)| l.trim() == p.as_str())
                    .map(move |(k, _)| (k + 1, number.clone()))
            })
            .collect();
        Exempt {
            numbers: imp
                .outline
                .iter()
                .map(|e| (e.line, e.numbering.clone()))
                .chain(points)
                .collect(),
            removed: imp.removed.clone(),
            // (A 印发通知 prints one for the plan it issues.)
            attachments: !imp.document.attachments.is_empty() || imp.document.notice.is_some(),
            // (And the plan a 印发通知 issues, its first.)
            titles: imp
                .document
                .attachments
                .iter()
                .map(|a| a.title.clone())
                .chain(
                    imp.document
                        .notice
                        .as_ref()
                        .map(|_| imp.document.title.clone()),
                )
                .collect(),
            doc_number: imp
                .document
                .banner
                .as_ref()
                .and_then(|b| b.number.clone())
                .and_then(|n| {
                    let printed = gongwen::model::normalize_doc_number(&n).ok()??.text;
                    Some((n.split_whitespace().collect(), printed))
                }),
            issuer: Some(imp.document.issuer.clone()).filter(|i| !i.trim().is_empty()),
            signers: imp
                .document
                .banner
                .as_ref()
                .map(|b| b.signers.0.clone())
                .unwrap_or_default(),
            // (A masked date, 2023.xx.xx, has no form in Chinese numerals.)
            date: imp.document.date.map(|d| {
                let chinese = d
                    .day()
                    .filter(|_| !d.is_masked())
                    .map(|day| in_chinese_numerals(d.year(), d.month(), day))
                    .unwrap_or_default();
                (d, d.to_string(), chinese)
            }),
        }
    }
}

/// The source's characters that must survive: no whitespace, no leading heading number, not
/// the lines the import reports as removed page debris.
fn wanted(source: &str, exempt: &Exempt) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    for (no, line) in source.lines().enumerate() {
        let mut line = line.trim();
        // The 成文日期 line, in whatever form it was written and wherever (a cover's date is
        // under the title): checked on its own, by first_loss, as the standard prints it.
        if is_date_line(line, exempt) || is_issuer_line(line, exempt) {
            continue;
        }
        // What the import reports as removed: a whole line, or the start or the end of one.
        for (_, cut) in exempt.removed.iter().filter(|(l, _)| *l == no + 1) {
            line = match line.strip_prefix(cut.as_str()) {
                Some(rest) => rest.trim_start(),
                None => line.strip_suffix(cut.as_str()).unwrap_or(line).trim_end(),
            };
        }
        // The label of the 附件说明 (附件：……), which gongwen prints itself, as it does heading
        // numbers.
        // An annex's label (附件1), which gongwen prints itself over each annex.
        if exempt.attachments
            && line.strip_prefix("附件").is_some_and(|n| {
                n.trim_end_matches(['：', ':'])
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_whitespace())
            })
        {
            continue;
        }
        if exempt.attachments {
            line = line
                .strip_prefix("附件：")
                .or_else(|| line.strip_prefix("附件:"))
                .unwrap_or(line);
        }
        // The items' numbers (1.甲, or run together as a page may give them, 1、甲2、乙):
        // gongwen numbers the list itself.
        let listed;
        if exempt.attachments
            && let Some(titles) = common::numbered_titles(line, &exempt.titles)
        {
            listed = titles;
            line = &listed;
        }
        // The 发文字号 line (and the 签发人 after it): checked on its own, by first_loss, as
        // the standard prints it, in the 版头 wherever the source had it.
        if is_number_line(line, exempt) {
            continue;
        }
        let number = exempt
            .numbers
            .iter()
            .find(|(l, _)| *l == no + 1)
            .map_or("", |(_, n)| n.as_str());
        // At the start of the line, or after a title run into the heading (某计划一、工作目标).
        let body = match line.strip_prefix(number) {
            Some(rest) => rest.to_string(),
            None if !number.is_empty() => line.replacen(number, "", 1),
            None => line.to_string(),
        };
        out.extend(
            body.chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| (no + 1, c)),
        );
    }
    out
}

/// The block language's text with its escapes read back (see the `blocks` chapter: a value's
/// `@ # | \` and line breaks stand as U+F8F0–U+F8F4 until layout puts the characters back).
fn unescape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{F8F0}' => '\n',
            '\u{F8F1}' => '#',
            '\u{F8F2}' => '@',
            '\u{F8F3}' => '|',
            '\u{F8F4}' => '\\',
            c => c,
        })
        .collect()
}

/// Whether `line` is the document's 成文日期, as written.
fn is_date_line(line: &str, exempt: &Exempt) -> bool {
    // (Spaced out as a PDF leaves it: 2014 年 7 月 12 日.)
    let line: &str = &line.split_whitespace().collect::<String>();
    // (A zero may be typed as a letter O, a circle or a digit: 二O一二年, 二00八年.)
    let zeros: String = line
        .chars()
        .map(|c| if "OＯ○0０".contains(c) { '〇' } else { c })
        .collect();
    exempt.date.as_ref().is_some_and(|(date, _, chinese)| {
        !chinese.is_empty() && zeros == *chinese
            || line.parse::<gongwen::Date>().ok() == Some(*date)
            // A speech's date in brackets under its title (（2025年03月13日）).
            || line
                .strip_prefix(['（', '('])
                .and_then(|l| l.strip_suffix(['）', ')']))
                .and_then(|l| l.parse::<gongwen::Date>().ok())
                == Some(*date)
    })
}

/// Whether `line` is the document's 发文机关署名 and nothing else.
fn is_issuer_line(line: &str, exempt: &Exempt) -> bool {
    exempt.issuer.as_deref().is_some_and(|i| {
        !i.is_empty()
            && line.split_whitespace().collect::<String>()
                == i.split_whitespace().collect::<String>()
    })
}

/// Whether `line` holds the document's 发文字号, as written.
fn is_number_line(line: &str, exempt: &Exempt) -> bool {
    exempt.doc_number.as_ref().is_some_and(|(written, _)| {
        line.split_whitespace()
            .collect::<String>()
            .contains(written.as_str())
    })
}

/// The first source line whose characters do not appear, in order, in `output`.
fn first_loss(source: &str, output: &str, exempt: &Exempt) -> Option<(usize, String)> {
    let out: Vec<char> = output.chars().filter(|c| !c.is_whitespace()).collect();
    // The 成文日期 reaches the output as the standard prints it.
    if let Some((_, printed, _)) = &exempt.date
        && let Some(no) = source.lines().position(|l| is_date_line(l.trim(), exempt))
        && !output.contains(printed.as_str())
    {
        return Some((no + 1, format!("the date {printed}")));
    }
    // So does the 发文机关署名, in the 落款.
    if let Some(issuer) = &exempt.issuer
        && let Some(no) = source
            .lines()
            .position(|l| is_issuer_line(l.trim(), exempt))
        && !output
            .split_whitespace()
            .collect::<String>()
            .contains(&issuer.split_whitespace().collect::<String>())
    {
        return Some((no + 1, format!("the 发文机关署名 {issuer}")));
    }
    // So does the 发文字号, with the 签发人 named after it.
    if let Some((_, printed)) = &exempt.doc_number
        && let Some(no) = source.lines().position(|l| is_number_line(l, exempt))
    {
        let out: String = output.split_whitespace().collect();
        if !out.contains(printed.as_str()) {
            return Some((no + 1, format!("the 发文字号 {printed}")));
        }
        if let Some(signer) = exempt.signers.iter().find(|s| !out.contains(s.as_str())) {
            return Some((no + 1, format!("the 签发人 {signer}")));
        }
    }
    let mut at = 0;
    for (line, c) in wanted(source, exempt) {
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

/// Whether the document at `p` is held out: every document of a held-out set (`held`), but
/// for those its `split.txt` opens for tuning.
fn held_out(p: &Path, held: bool) -> bool {
    let Ok(split) = std::fs::read_to_string(p.with_file_name("split.txt")) else {
        return held;
    };
    let name = p.file_name().unwrap().to_string_lossy().to_string();
    split
        .lines()
        .filter_map(|l| l.strip_prefix("held-out "))
        .flat_map(str::split_whitespace)
        .any(|h| name.starts_with(&format!("{h}_")))
}

/// Checks every document of `dir`. For a held-out document (`held`, see [`held_out`]),
/// messages name the file and line but never its text, so that a failure does not show what
/// the set contains.
fn check_dir(dir: &Path, held: bool) -> (usize, Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, Vec::new());
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt")
                && !p.ends_with("README.txt")
                && !p.ends_with("split.txt")
        })
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        let source = std::fs::read_to_string(p).unwrap();
        let hide = held_out(p, held);
        // A set of Word files keeps NAME.docx beside its text: the .docx is what is imported.
        let docx = p.with_extension("docx");
        let imp = if docx.exists() {
            match Import::from_path(&docx) {
                Ok(imp) => imp,
                Err(e) => {
                    failures.push(format!("{}: does not import: {e}", docx.display()));
                    continue;
                }
            }
        } else {
            Import::from_text(&source)
        };
        // Only page debris may be left out: a short line, never a paragraph (but a site's
        // blurb, its breadcrumb, `当前位置：首页 > 范文 > 活动方案 > ……`, or its data,
        // `上传人：… 文档编号：… 格式：…`, may be longer).
        for (line, text) in &imp.removed {
            let shown = if hide { "(held-out text hidden)" } else { text };
            eprintln!("  {}:{line}: removed as page debris: {shown}", p.display());
            // (or a site's blurb above the sample, which speaks of the site and its reader,
            // or its breadcrumb).
            let blurb = text.contains("小编")
                || text.starts_with("导语")
                || [
                    "欢迎阅读",
                    "供大家参考",
                    "仅供参考",
                    "有所帮助",
                    "欢迎借鉴",
                    "帮助到",
                ]
                .iter()
                .any(|w| text.contains(w))
                || text.matches(['>', '＞', '›', '»']).count() >= 2
                // A file site's note on its file (文本为Word版本，下载后可编辑).
                || text.contains("下载") && text.contains("编辑")
                // A page's data: two fields or more, no sentence (上传人：… 文档编号：…).
                || !text.contains('。') && text.matches(['：', ':']).count() >= 3
                // A row of a government page's index table (索引号：… 组配分类：…).
                || !text.contains('。')
                    && text.matches(['：', ':']).count() >= 2
                    && ["索引号", "发布机构", "名称", "发文日期"]
                        .iter()
                        .any(|k| text.starts_with(k));
            assert!(
                text.chars().count() <= 40 || blurb,
                "{}:{line}: {shown}",
                p.display()
            );
        }
        // An imported document renders: validation finds no error in it.
        if let Err(e) = Renderer::new().render_to_bytes(&imp.document) {
            failures.push(format!("{}: does not render: {e}", p.display()));
            continue;
        }
        let output = unescape(&Renderer::new().render_text(&imp.document).unwrap());
        if let Some((line, what)) = first_loss(&source, &output, &Exempt::of(&imp, &source)) {
            let what = if hide {
                "a character lost (held-out text hidden)".to_string()
            } else {
                what
            };
            failures.push(format!("{}:{line}: {what}", p.display()));
        }
        // Printed as written: no full stop the source did not have (the template adds one
        // to items and titles of drafts written for gongwen, and writes closings).
        let stops = |t: &str| t.matches('。').count();
        if stops(&output) > stops(&source) {
            failures.push(format!(
                "{}: {} 。 added",
                p.display(),
                stops(&output) - stops(&source)
            ));
        }
    }
    (paths.len(), failures)
}

#[test]
fn every_character_reaches_the_output_in_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for dir in [
        "../shared/corpus",
        "../shared/corpus-dev",
        "tests/corpus_fresh",
        "tests/corpus_fresh2",
        "tests/corpus_fresh3",
        "tests/corpus_fresh4",
        "tests/corpus_fresh5",
        "tests/corpus_fresh6",
        "tests/corpus_fresh7",
        "tests/corpus_fresh8",
        "tests/corpus_fresh9",
        "tests/corpus_fresh10",
        "tests/corpus_fresh11",
        "tests/corpus_fresh12",
        "tests/corpus_fresh13",
        "tests/corpus_fresh14",
        "tests/corpus_fresh15",
        "tests/corpus_fresh16",
        "tests/corpus_fresh17",
        "tests/corpus_fresh18",
        "tests/corpus_fresh19",
        "tests/corpus_fresh20",
        "tests/corpus_fresh21",
        "tests/corpus_fresh22",
        "tests/corpus_fresh23",
        "tests/corpus_fresh24",
        "tests/corpus_fresh25",
        "tests/corpus_fresh26",
        "tests/corpus_fresh27",
        "tests/corpus_fresh28",
        "tests/corpus_fresh29",
        "tests/corpus_fresh30",
        "tests/corpus_fresh31",
        "tests/corpus_fresh32",
        "tests/corpus_fresh33",
        "tests/corpus_fresh34",
        "tests/corpus_fresh35",
        "tests/corpus_fresh36",
        "tests/corpus_fresh37",
        "tests/corpus_fresh38",
        "tests/corpus_fresh39",
        "tests/corpus_fresh40",
        "tests/corpus_fresh41",
        "tests/corpus_fresh42",
        "tests/corpus_fresh43",
        "tests/corpus_fresh44",
        "tests/corpus_fresh45",
        "tests/corpus_fresh46",
        "tests/corpus_fresh47",
        "tests/corpus_fresh48",
        "tests/corpus_fresh49",
        "tests/corpus_fresh50",
        "tests/corpus_fresh51",
        "tests/corpus_fresh52",
        "tests/corpus_fresh53",
        "tests/corpus_fresh54",
        "tests/corpus_fresh55",
        "tests/corpus_fresh56",
        "tests/corpus_fresh57",
        "tests/corpus_fresh58",
        "tests/corpus_fresh59",
        "tests/corpus_fresh60",
        "tests/corpus_fresh61",
        "tests/corpus_fresh62",
        "tests/corpus_fresh63",
        "tests/corpus_fresh64",
        "tests/corpus_fresh65",
        "tests/corpus_fresh66",
        "tests/corpus_fresh67",
        "tests/corpus_fresh68",
        "tests/corpus_fresh69",
        "tests/corpus_fresh70",
        "tests/corpus_fresh71",
        "tests/corpus_fresh72",
        "tests/corpus_fresh73",
        "tests/corpus_fresh74",
        "tests/corpus_fresh75",
        "tests/corpus_fresh76",
        "tests/corpus_fresh77",
        "tests/corpus_fresh78",
        "tests/corpus_fresh79",
        "tests/corpus_fresh80",
        "tests/corpus_fresh81",
        "tests/corpus_fresh82",
        "tests/corpus_fresh83",
        "tests/corpus_fresh84",
        "tests/corpus_fresh85",
        "tests/corpus_fresh86",
        "tests/corpus_fresh87",
        "tests/corpus_fresh88",
        "tests/corpus_fresh89",
        "tests/corpus_fresh90",
        "tests/corpus_fresh91",
        "tests/corpus_fresh92",
        "tests/corpus_fresh93",
        "tests/corpus_fresh94",
        "tests/corpus_fresh95",
        "tests/corpus_fresh96",
        "tests/corpus_fresh97",
        "tests/corpus_fresh98",
        "tests/corpus_fresh99",
        "tests/corpus_fresh100",
        "tests/corpus_fresh101",
        "tests/corpus_fresh102",
        "tests/corpus_fresh103",
        "tests/corpus_fresh104",
        "tests/corpus_fresh105",
        "tests/corpus_fresh106",
        "tests/corpus_fresh107",
        "tests/corpus_fresh108",
        "tests/corpus_fresh109",
        "tests/corpus_fresh110",
        "tests/corpus_fresh111",
        "tests/corpus_fresh112",
        "tests/corpus_fresh113",
        "tests/corpus_fresh114",
        "tests/corpus_fresh115",
        "tests/corpus_fresh116",
        "tests/corpus_fresh117",
        "tests/corpus_fresh118",
        "tests/corpus_fresh119",
        "tests/corpus_fresh120",
        "tests/corpus_fresh121",
        "tests/corpus_fresh122",
        "tests/corpus_fresh123",
        "tests/corpus_fresh124",
        "tests/corpus_fresh125",
        "tests/corpus_fresh126",
        "tests/corpus_fresh127",
        "tests/corpus_fresh128",
        "tests/corpus_fresh129",
        "tests/corpus_fresh130",
        "tests/corpus_fresh131",
        "tests/corpus_fresh132",
        "tests/corpus_fresh133",
        "tests/corpus_fresh134",
        "tests/corpus_fresh135",
        "tests/corpus_fresh136",
        "tests/corpus_fresh137",
        "tests/corpus_fresh138",
        "tests/corpus_fresh139",
        "tests/corpus_fresh140",
        "tests/corpus_fresh141",
        "tests/corpus_fresh142",
        "tests/corpus_fresh143",
        "tests/corpus_fresh144",
        "tests/corpus_fresh145",
        "tests/corpus_fresh146",
        "tests/corpus_fresh147",
        "tests/corpus_fresh148",
        "tests/corpus_fresh149",
        "tests/corpus_fresh150",
        "tests/corpus_fresh151",
        "tests/corpus_fresh152",
        "tests/corpus_fresh153",
        "tests/corpus_fresh154",
        "tests/corpus_fresh155",
        "tests/corpus_fresh156",
        "tests/corpus_fresh157",
        "tests/corpus_fresh158",
        "tests/corpus_fresh159",
        "tests/corpus_fresh160",
        "tests/corpus_fresh161",
    ] {
        let (n, failures) = check_dir(&root.join(dir), dir.contains("corpus_fresh"));
        eprintln!("{dir}: {n} documents, {} not faithful", failures.len());
        problems.extend(failures);
    }
    assert!(
        problems.is_empty(),
        "not faithful:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_a_lost_or_moved_character() {
    // An @ in the text is the block language's escape until layout (it reaches the .docx).
    let doc = gongwen::Document::from_toml_str(
        "kind = \"plan\"\ntitle = \"某计划\"\nissuer = \"某局\"\ndate = \"2025-03-01\"\nopening = [\"发至abc@163.com。\"]\n",
    )
    .unwrap();
    let text = Renderer::new().render_text(&doc).unwrap();
    assert!(
        !text.contains("abc@") && unescape(&text).contains("abc@163.com"),
        "{text}"
    );
    assert_eq!(in_chinese_numerals(2016, 10, 11), "二〇一六年十月十一日");
    assert_eq!(in_chinese_numerals(2020, 3, 25), "二〇二〇年三月二十五日");
    assert_eq!(
        first_loss(
            "一、加强宣传\n定期更新。\n",
            "# 加强宣传\n定期更新。",
            &Exempt {
                numbers: vec![(1, "一、".into())],
                ..Exempt::default()
            }
        ),
        None
    );
    let none = Exempt::default();
    assert!(first_loss("一、加强宣传\n", "# 加强宣传", &none).is_some());
    assert!(first_loss("定期更新。\n", "定期更新", &none).is_some());
    assert!(first_loss("甲乙\n", "乙甲", &none).is_some());
    assert!(first_loss("联系人:张三\n", "联系人。张三", &none).is_some());
    let debris = Exempt {
        removed: vec![(1, "第1页共2页".into())],
        ..Exempt::default()
    };
    assert_eq!(first_loss("第1页共2页\n甲乙\n", "甲乙", &debris), None);
    assert!(first_loss("第1页共2页\n甲乙\n", "甲乙", &none).is_some());
    // The 发文机关署名 under the title reaches the 落款, after the 主送 and the text; it must
    // reach it.
    let issuer = Exempt {
        issuer: Some("某镇人民政府".into()),
        ..Exempt::default()
    };
    let source = "某方案\n某镇人民政府\n各村：\n甲乙\n";
    assert_eq!(
        first_loss(source, "某方案\n各村：\n甲乙\n某镇人民政府", &issuer),
        None
    );
    assert!(first_loss(source, "某方案\n各村：\n甲乙", &issuer).is_some());
    assert!(first_loss(source, "某方案\n各村：\n甲乙\n某镇人民政府", &none).is_some());
}
