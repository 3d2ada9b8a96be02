//! Criterion benchmarks of one render, from input text to .docx bytes, and of the packaging
//! floor.
//!
//! ```sh
//! cargo bench --bench render                 # all
//! cargo bench --bench render -- reference    # one group
//! ```
//!
//! - `render/one_page`, `render/reference`, `render/reference_x10`: load (parse the TOML
//!   text) + validate + render (template, blocks, docx parts, canonical order) + pack (zip).
//!   `reference` is `benches/data/reference_plan.toml`, the size of
//!   `../shared/bench/data/plan.json` (about 9,000 characters, 55-row task table);
//!   `reference_x10` is it with every list repeated ten times (550-row table).
//! - `render_loaded/*`: the same from a loaded `Document` (validate + render + pack), as
//!   docxtpl's warm batch renders contexts it loaded before the clock started.
//! - `floor/*`: zipping the same finished parts with the same zip writer, compression method
//!   and level (`gongwen::stages::zip`): what any .docx writer must pay at the end. The render
//!   itself zips the font-only parts once per font set and compresses only `core.xml` and
//!   `document.xml` for each document, so it can beat this floor on small documents.
//! - `stages/*`: where the rest of a reference render goes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gongwen::{Document, Renderer, stages};

mod common;
use common::{ONE_PAGE, REFERENCE, reference_x10};

fn render(text: &str, renderer: &Renderer) -> Vec<u8> {
    let doc = Document::from_toml_str(text).expect("load");
    renderer.render_to_bytes(&doc).expect("render")
}

fn parts(text: &str, renderer: &Renderer) -> Vec<(String, Vec<u8>)> {
    let doc = Document::from_toml_str(text).expect("load");
    stages::parts(renderer, &doc).expect("parts")
}

fn benches(c: &mut Criterion) {
    let renderer = Renderer::new();
    let x10 = reference_x10();
    let inputs = [
        ("one_page", ONE_PAGE),
        ("reference", REFERENCE),
        ("reference_x10", x10.as_str()),
    ];

    let mut g = c.benchmark_group("render");
    for (name, text) in inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| render(black_box(text), &renderer)));
    }
    g.finish();

    let mut g = c.benchmark_group("render_loaded");
    for (name, text) in inputs {
        let doc = Document::from_toml_str(text).expect("load");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| renderer.render_to_bytes(black_box(&doc)).expect("render"))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("floor");
    for (name, text) in inputs {
        let p = parts(text, &renderer);
        let xml: usize = p.iter().map(|(_, b)| b.len()).sum();
        g.throughput(Throughput::Bytes(xml as u64));
        g.bench_function(name, |b| {
            b.iter(|| stages::zip(black_box(&p)).expect("zip"))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("stages");
    let doc = Document::from_toml_str(REFERENCE).expect("load");
    g.bench_function("load_reference", |b| {
        b.iter(|| Document::from_toml_str(black_box(REFERENCE)).expect("load"))
    });
    g.bench_function("validate_reference", |b| {
        b.iter(|| black_box(&doc).validate())
    });
    g.bench_function("template_reference", |b| {
        b.iter(|| renderer.render_text(black_box(&doc)).expect("template"))
    });
    g.bench_function("parts_reference", |b| {
        b.iter(|| stages::parts(&renderer, black_box(&doc)).expect("parts"))
    });
    g.bench_function("renderer_new", |b| b.iter(Renderer::new));
    g.finish();
}

criterion_group! {
    name = render_benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(render_benches);
