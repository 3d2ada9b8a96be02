//! Keywords: what a plan or summary is about (消防, 法律援助, 禁毒, 流动人口 …).
//!
//! Two extractors:
//!
//! - [`keywords`] / [`keywords_of_document`]: jieba segmentation and TF-IDF with an IDF
//!   adjusted to the genre. The general IDF table rates words such as 工作, 加强, 开展 as
//!   rare enough to win in any plan; here they are stop words, words of the title weigh
//!   more, and the embedded lexicon of topics (消防, 禁毒, 民生 …) is boosted. The first
//!   call loads the jieba dictionary and the IDF table (about half a second).
//! - [`quick_keywords`]: longest match against the embedded lexicon only, weighted by
//!   where a term occurs (title, headings, text). It needs no dictionary and costs
//!   microseconds, so the renderer uses it to fill the `.docx` keywords when the input
//!   gives none.

use std::collections::HashMap;
#[cfg(feature = "analysis")]
use std::collections::HashSet;
use std::sync::LazyLock;

/// The shared jieba instance: whether its dictionary is loaded, and loading it ahead of
/// time (a server warms it up before the first request).
#[cfg(feature = "analysis")]
pub use crate::analysis::{jieba_loaded, warm_up};

use serde::Serialize;

use crate::model::Document;

#[cfg(feature = "analysis")]
pub(crate) use crate::lexicon::GENERIC_WORDS;
pub(crate) use crate::lexicon::GENRE_WORDS;

/// One keyword with its weight (larger is more characteristic).
///
/// ```
/// let kw = gongwen::keywords::Keyword { word: "消防".into(), weight: 1.0 };
/// assert_eq!(kw.word, "消防");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// The word.
    pub word: String,
    /// Its score: TF-IDF with the genre adjustments for [`keywords`], weighted occurrences
    /// for [`quick_keywords`]. Compare within one result only.
    pub weight: f64,
}

#[cfg(feature = "analysis")]
static LEXICON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| GENRE_WORDS.iter().copied().collect());
/// A bit per BMP character: does a lexicon term start with it?
static FIRST_CHARS: LazyLock<Box<[u64; 1024]>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for w in GENRE_WORDS {
        if let Some(c) = w
            .chars()
            .next()
            .map(|c| c as usize)
            .filter(|&c| c < 0x10000)
        {
            bits[c / 64] |= 1 << (c % 64);
        }
    }
    bits
});
/// The lexicon by first character, longest term first.
static BY_FIRST: LazyLock<HashMap<char, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: HashMap<char, Vec<&'static str>> = HashMap::new();
    for w in GENRE_WORDS {
        if let Some(c) = w.chars().next() {
            m.entry(c).or_default().push(w);
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
    m
});
#[cfg(feature = "analysis")]
static GENERIC: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| GENERIC_WORDS.iter().copied().collect());

#[cfg(feature = "analysis")]
/// A text field of a document with the weight of where it sits.
pub(crate) struct Field {
    /// Data path: `phases[0].tasks[1].text[0]`.
    pub path: String,
    /// The text.
    pub text: String,
}

/// Every text field of a document, in document order, with its data path. Dates, keys and
/// settings are left out.
#[cfg(feature = "analysis")]
pub(crate) fn text_fields(doc: &Document) -> Vec<Field> {
    fn walk(v: &serde_json::Value, path: &mut String, out: &mut Vec<Field>) {
        match v {
            serde_json::Value::String(s) => out.push(Field {
                path: path.clone(),
                text: s.clone(),
            }),
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(x, path, out);
                    path.truncate(len);
                }
            }
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    if SKIP_KEYS.contains(&k.as_str()) {
                        continue;
                    }
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    walk(x, path, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    const SKIP_KEYS: &[&str] = &[
        "kind",
        "date",
        "period",
        "start",
        "end",
        "deadline",
        "order",
        "fonts",
        "task_table",
        "keywords",
        "headings",
    ];
    let mut out = Vec::new();
    if let Ok(v) = serde_json::to_value(doc) {
        walk(&v, &mut String::new(), &mut out);
    }
    // serde_json keeps the model's field order (feature preserve_order).
    out
}

#[cfg(feature = "analysis")]
fn field_weight(path: &str) -> f64 {
    if path == "title" {
        6.0
    } else if path == "issuer" || path == "addressee" {
        0.0
    } else if [".title", ".name", ".area", ".heading"]
        .iter()
        .any(|s| path.ends_with(s))
    {
        2.0
    } else {
        1.0
    }
}

/// Keywords of a document from the embedded lexicon of the genre's topics, without the
/// jieba dictionary: a term in the title counts six times, in a heading (a `title`,
/// `name`, `area` or `heading`) twice, elsewhere once. Fast enough for every render; the
/// renderer writes the top five into the `.docx` when the input has no `keywords`.
///
/// ```
/// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
/// let kw = gongwen::keywords::quick_keywords(&doc, 5);
/// assert_eq!(kw[0].word, "消防");
/// assert!(!gongwen::keywords::jieba_loaded());
/// ```
pub fn quick_keywords(doc: &Document, n: usize) -> Vec<Keyword> {
    let mut weighted: Vec<(&str, f64)> = Vec::new();
    weigh_document(doc, &mut weighted);
    rank_lexicon(&weighted, n)
}

/// The text of a document with the weight of where it sits (no copies, no serialisation:
/// this runs on every render).
fn weigh_document<'a>(doc: &'a Document, out: &mut Vec<(&'a str, f64)>) {
    use crate::model::Item;
    fn paras<'a>(p: &'a crate::model::Paragraphs, out: &mut Vec<(&'a str, f64)>) {
        out.extend(p.0.iter().map(|t| (t.as_str(), 1.0)));
    }
    fn items<'a>(list: &'a [Item], out: &mut Vec<(&'a str, f64)>) {
        for it in list {
            if let Some(t) = &it.title {
                out.push((t, 2.0));
            }
            paras(&it.text, out);
            if let Some(t) = &it.target {
                out.push((t, 1.0));
            }
            items(&it.items, out);
        }
    }
    out.push((&doc.title, 6.0));
    if let Some(opening) = &doc.opening {
        paras(opening, out);
    }
    paras(&doc.background, out);
    if let Some(g) = &doc.guidance {
        paras(&g.text, out);
        items(&g.principles, out);
    }
    if let Some(g) = &doc.goals {
        paras(&g.overall, out);
        items(&g.items, out);
    }
    for ph in &doc.phases {
        out.push((&ph.name, 2.0));
        paras(&ph.text, out);
        items(&ph.tasks, out);
    }
    for a in &doc.responsibilities {
        out.push((&a.area, 2.0));
        paras(&a.text, out);
        for d in &a.duties {
            out.push((&d.task, 1.0));
            if let Some(t) = &d.target {
                out.push((t, 1.0));
            }
        }
    }
    items(&doc.requirements, out);
    items(&doc.safeguards, out);
    paras(&doc.situation, out);
    for a in &doc.achievements {
        out.push((&a.title, 2.0));
        paras(&a.practice, out);
        paras(&a.results, out);
        out.extend(a.figures.iter().map(|f| (f.label.as_str(), 1.0)));
        items(&a.items, out);
    }
    items(&doc.problems, out);
    items(&doc.next_steps, out);
    for s in &doc.sections {
        out.push((&s.heading, 2.0));
        paras(&s.text, out);
        items(&s.items, out);
    }
    for a in &doc.attachments {
        out.push((&a.title, 2.0));
        paras(&a.text, out);
        items(&a.items, out);
    }
}

/// [`quick_keywords`] for plain text: the first non-empty line counts as the title.
///
/// ```
/// let kw = gongwen::keywords::quick_keywords_of_text("某县2025年禁毒工作总结\n一、强化禁毒宣传\n开展禁毒宣传活动12场。", 3);
/// assert_eq!(kw[0].word, "禁毒");
/// ```
pub fn quick_keywords_of_text(text: &str, n: usize) -> Vec<Keyword> {
    let mut weighted = Vec::new();
    let mut first = true;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let w = if first && line.chars().count() <= 40 {
            6.0
        } else if line.chars().count() <= 30 {
            2.0
        } else {
            1.0
        };
        first = false;
        weighted.push((line, w));
    }
    rank_lexicon(&weighted, n)
}

fn rank_lexicon(fields: &[(&str, f64)], n: usize) -> Vec<Keyword> {
    let mut score: HashMap<&'static str, (f64, usize)> = HashMap::new();
    let mut pos = 0usize;
    for (text, w) in fields {
        if *w == 0.0 {
            continue;
        }
        let mut rest = *text;
        let mut i = 0;
        while let Some(c) = rest.chars().next() {
            let code = c as usize;
            let candidate = code < 0x10000 && FIRST_CHARS[code / 64] & (1 << (code % 64)) != 0;
            let term = if candidate {
                BY_FIRST
                    .get(&c)
                    .and_then(|terms| terms.iter().find(|t| rest.starts_with(**t)))
            } else {
                None
            };
            let len = match term {
                Some(term) => {
                    let e = score.entry(term).or_insert((0.0, pos + i));
                    e.0 += w;
                    term.len()
                }
                None => c.len_utf8(),
            };
            rest = &rest[len..];
            i += 1;
        }
        pos += i;
    }
    let mut ranked: Vec<(&str, f64, usize)> =
        score.into_iter().map(|(k, (s, p))| (k, s, p)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
    pick(ranked.into_iter().map(|(w, s, _)| (w.to_string(), s)), n)
}

/// Takes the best `n`, dropping a word contained in one already taken.
fn pick(ranked: impl Iterator<Item = (String, f64)>, n: usize) -> Vec<Keyword> {
    let mut out: Vec<Keyword> = Vec::new();
    for (word, weight) in ranked {
        if out.len() >= n {
            break;
        }
        if out.iter().any(|k| k.word.contains(&word)) {
            continue;
        }
        out.push(Keyword { word, weight });
    }
    out
}

#[cfg(feature = "analysis")]
/// TF-IDF keywords of plain text (a draft), with jieba and the genre's IDF adjustments:
/// generic words of the genre are stop words, words in the first line (the title) weigh
/// three times as much, topic words of the genre twice, place and person names not at all.
///
/// The first call loads the jieba dictionary and the IDF table (about 0.5 s in a debug
/// build, less in release); later calls cost about 1 ms per 10 KB.
///
/// ```
/// let text = "某县2025年禁毒工作总结\n一、强化禁毒宣传\n全年开展禁毒宣传活动12场，发放禁毒宣传资料3000份。\n二、加强吸毒人员管控\n落实社区戒毒和社区康复措施。";
/// let kw = gongwen::keywords::keywords(text, 5);
/// assert_eq!(kw[0].word, "禁毒");
/// assert!(kw.iter().all(|k| k.word != "工作" && k.word != "加强"));
/// ```
pub fn keywords(text: &str, n: usize) -> Vec<Keyword> {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    rank_tfidf(text, title, n)
}

/// [`keywords`] of a document: its title and every text field.
///
/// ```
/// let doc = gongwen::Document::from_path("examples/legal_aid_activity.yaml").unwrap();
/// let kw = gongwen::keywords::keywords_of_document(&doc, 5);
/// assert!(kw.iter().any(|k| k.word == "法律援助"), "{kw:?}");
/// ```
#[cfg(feature = "analysis")]
pub fn keywords_of_document(doc: &Document, n: usize) -> Vec<Keyword> {
    let mut text = String::new();
    for f in text_fields(doc) {
        if field_weight(&f.path) > 0.0 {
            text.push_str(&f.text);
            text.push('\n');
        }
    }
    rank_tfidf(&text, &doc.title, n)
}

/// Parts of speech a keyword may have: nouns, verbal nouns, idioms, other proper nouns.
#[cfg(feature = "analysis")]
const ALLOWED_POS: &[&str] = &["n", "nz", "vn", "l", "nt", "nl", "ng", "j", "an", "i"];

#[cfg(feature = "analysis")]
fn rank_tfidf(text: &str, title: &str, n: usize) -> Vec<Keyword> {
    use jieba_rs::KeywordExtract;
    let jieba = crate::analysis::jieba();
    let tfidf = crate::analysis::tfidf();
    let raw = tfidf.extract_keywords(jieba, text, 300, Vec::new());
    let title_words: HashSet<&str> = jieba
        .cut(title, false)
        .into_iter()
        .map(|t| t.word)
        .collect();
    let mut ranked: Vec<(String, f64)> = raw
        .into_iter()
        .filter(|k| {
            LEXICON.contains(k.keyword.as_str())
                || (ALLOWED_POS.contains(&k.tag.as_str())
                    && !GENERIC.contains(k.keyword.as_str())
                    && !k.keyword.ends_with(['局', '委', '办']))
        })
        .filter(|k| !k.keyword.chars().any(|c| c.is_ascii_digit()))
        .map(|k| {
            let mut w = k.weight;
            if title_words.contains(k.keyword.as_str()) {
                w *= 3.0;
            }
            if LEXICON.contains(k.keyword.as_str()) {
                w *= 2.0;
            }
            (k.keyword, w)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pick(ranked.into_iter(), n)
}

/// The renderer's keywords when the input gives none: the top five of [`quick_keywords`],
/// joined with `；`.
pub(crate) fn quick_keyword_string(doc: &Document) -> String {
    let words: Vec<String> = quick_keywords(doc, 5).into_iter().map(|k| k.word).collect();
    words.join("；")
}
