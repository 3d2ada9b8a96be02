//! The one shared jieba instance (segmentation for `check` and `keywords`).
//!
//! `Jieba::new()` decompresses and parses a 5 MB dictionary (about 0.2 s, 33 MB); the TF-IDF
//! table costs as much again. Both are built lazily, once per process, on first use, and only
//! by the linter and the keyword extractor. Rendering never touches this module: the
//! keywords written into a `.docx` come from [`crate::keywords::quick_keywords`], which
//! uses a small embedded genre lexicon instead.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicBool, Ordering};

use jieba_rs::{Jieba, KeywordExtractConfig, TfIdf};

static JIEBA_LOADED: AtomicBool = AtomicBool::new(false);
static TFIDF_LOADED: AtomicBool = AtomicBool::new(false);

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    JIEBA_LOADED.store(true, Ordering::SeqCst);
    let mut jieba = Jieba::new();
    // Words of the genre the general dictionary splits or misses.
    for w in crate::lexicon::GENRE_WORDS {
        jieba.add_word(w, Some(20_000), Some("n"));
    }
    jieba
});

static TFIDF: LazyLock<TfIdf> = LazyLock::new(|| {
    TFIDF_LOADED.store(true, Ordering::SeqCst);
    let mut tfidf = TfIdf::default();
    let mut config = KeywordExtractConfig::builder().min_keyword_length(2);
    for w in crate::lexicon::GENERIC_WORDS {
        config = config.add_stop_word(*w);
    }
    *tfidf.config_mut() = config.build();
    tfidf
});

/// The shared segmenter, built on first call.
pub(crate) fn jieba() -> &'static Jieba {
    &JIEBA
}

/// The shared TF-IDF extractor (with the genre's generic words as stop words), built on
/// first call.
pub(crate) fn tfidf() -> &'static TfIdf {
    &TFIDF
}

/// Whether the jieba dictionary has been loaded in this process.
///
/// ```
/// // Loading, validating and rendering a document never loads it.
/// let doc = gongwen::Document::from_path("examples/fire_safety_plan.toml").unwrap();
/// doc.validate();
/// gongwen::Renderer::new().render_to_bytes(&doc).unwrap();
/// assert!(!gongwen::keywords::jieba_loaded());
/// ```
pub fn jieba_loaded() -> bool {
    JIEBA_LOADED.load(Ordering::SeqCst) || TFIDF_LOADED.load(Ordering::SeqCst)
}

/// Loads the jieba dictionary and the TF-IDF table now (for example at start-up of a
/// long-running service, so that the first `check` or `keywords` call is fast). Returns
/// the time it took; zero when already loaded.
///
/// ```no_run
/// let took = gongwen::keywords::warm_up();
/// eprintln!("jieba + TF-IDF loaded in {took:?}");
/// assert!(gongwen::keywords::jieba_loaded());
/// ```
pub fn warm_up() -> std::time::Duration {
    let t = std::time::Instant::now();
    let _ = jieba();
    let _ = tfidf();
    t.elapsed()
}
