//! In-process throughput: the library's loop over many inputs, as a back end or an office
//! batch runs it. Not a criterion bench: it prints one JSON line the comparison script
//! (`benches/compare.sh`) reads, next to docxtpl's `render.py --batch N --json`.
//!
//! ```sh
//! cargo bench --bench throughput -- [--threads N] [--reps R] [--out-dir DIR] [--preload]
//!     [--stages | --template-only | --render-only | --floor] INPUT...
//! ```
//!
//! INPUT is a file or a directory (every .toml/.yaml/.yml/.json in it). Each document costs
//! load (parse the file) + validate + render + pack + write to `--out-dir` (atomically; a
//! temporary folder when not given); the `Renderer` is built once. With `--threads N` the
//! inputs are spread over N threads with `gongwen::Batch::render_into`. With `--preload` the inputs
//! are loaded before the clock starts (as docxtpl's `--batch` loads its contexts) and the clock
//! covers validate + render + pack + write, through `gongwen::Batch::render_documents`. `--stages`
//! instead times each stage of one render (template, docx parts, zip) over the inputs, on one
//! thread; `--template-only` runs just the template stage (template + block parser) `--reps`
//! times on the first input, for profiling it (`valgrind --tool=callgrind`); `--render-only`
//! likewise runs whole in-memory renders (validate + render + pack). `--floor` times
//! in-memory renders of the one-page, reference and ×10 plans, with and without loading the
//! TOML text, against the packaging floor.

use std::path::PathBuf;
use std::time::{Duration, Instant};

mod common;

use gongwen::{Batch, Document, Renderer, stages};

fn main() {
    let mut threads = 1usize;
    let mut reps = 3usize;
    let mut out_dir: Option<PathBuf> = None;
    let mut do_stages = false;
    let mut do_floor = false;
    let mut preload = false;
    let mut template_only = false;
    let mut render_only = false;
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--threads" | "-j" => threads = args.next().and_then(|s| s.parse().ok()).unwrap_or(1),
            "--reps" => reps = args.next().and_then(|s| s.parse().ok()).unwrap_or(3),
            "--out-dir" => out_dir = args.next().map(PathBuf::from),
            "--stages" => do_stages = true,
            "--floor" => do_floor = true,
            "--preload" => preload = true,
            "--template-only" => template_only = true,
            "--render-only" => render_only = true,
            "--bench" => {} // cargo bench passes it
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if do_floor {
        floor(reps);
        return;
    }
    if inputs.is_empty() {
        inputs.push(PathBuf::from("benches/data/reference_plan.toml"));
    }
    let files = gongwen::collect_inputs(&inputs).expect("inputs");
    let renderer = Renderer::new();
    if template_only || render_only {
        let doc = Document::from_path(&files[0]).expect("load");
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..reps.max(1) {
            n = if template_only {
                stages::template(&renderer, &doc).expect("template")
            } else {
                renderer.render_to_bytes(&doc).expect("render").len()
            };
        }
        let ms = t.elapsed().as_secs_f64() * 1e3 / reps.max(1) as f64;
        let (what, unit) = if template_only {
            ("template", "blocks")
        } else {
            ("render", "bytes")
        };
        println!("{{\"{what}_ms\":{ms:.3},\"{unit}\":{n}}}");
        return;
    }
    if do_stages {
        stage_times(&renderer, &files, reps);
        return;
    }
    let tmp;
    let out = match &out_dir {
        Some(d) => d.clone(),
        None => {
            tmp = std::env::temp_dir().join(format!("gongwen-throughput-{}", std::process::id()));
            tmp.clone()
        }
    };
    // Rounds overwrite the same files: keeping backups would pile them up.
    let batch = Batch::new(&renderer)
        .jobs(threads)
        .overwrite(true)
        .backup(false);
    let mut walls = Vec::new();
    let mut per_doc = Vec::new();
    let mut size = 0u64;
    std::fs::create_dir_all(&out).expect("output folder");
    let loaded: Vec<(String, Document, PathBuf)> = if preload {
        files
            .iter()
            .map(|f| {
                let doc = Document::from_path(f).expect("load");
                (f.display().to_string(), doc, gongwen::output_path(f, &out))
            })
            .collect()
    } else {
        Vec::new()
    };
    for _ in 0..reps.max(1) {
        let jobs: Vec<_> = loaded
            .iter()
            .map(|(label, doc, output)| (label.clone(), Ok(doc.clone()), output.clone()))
            .collect();
        let start = Instant::now();
        let results = if preload {
            batch.render_documents(jobs)
        } else {
            batch.render_into(&files, &out)
        };
        let wall = start.elapsed();
        for r in &results {
            match r {
                Ok(done) => {
                    per_doc.push(done.elapsed);
                    size = done.bytes as u64;
                }
                Err(f) => panic!("{}: {}", f.input.display(), f.error),
            }
        }
        walls.push(wall);
    }
    if out_dir.is_none() {
        let _ = std::fs::remove_dir_all(&out);
    }
    let n = files.len();
    let docs_per_s: Vec<f64> = walls.iter().map(|w| n as f64 / w.as_secs_f64()).collect();
    println!(
        "{{\"tool\":\"gongwen\",\"mode\":\"{}\",\"threads\":{threads},\"n\":{n},\"reps\":{},\
         \"docs_per_s\":{:.1},\"ms_per_doc\":{:.3},\"wall_s\":{:.4},\"size\":{size}}}",
        if preload { "preloaded" } else { "from-files" },
        walls.len(),
        median_f(docs_per_s),
        median(per_doc).as_secs_f64() * 1e3,
        median(walls).as_secs_f64(),
    );
}

/// In-memory renders against the packaging floor (`stages::zip` of the same finished parts:
/// same zip writer and level), interleaved, for the one-page plan, the reference plan and the
/// reference plan ×10: `render` from a loaded `Document` (validate + render + pack, as
/// docxtpl's warm batch renders loaded contexts) and `load_render` from the TOML text.
fn floor(reps: usize) {
    let renderer = Renderer::new();
    let x10 = common::reference_x10();
    for (name, text) in [
        ("one_page", common::ONE_PAGE),
        ("reference", common::REFERENCE),
        ("reference_x10", x10.as_str()),
    ] {
        let doc = Document::from_toml_str(text).expect("load");
        let parts = stages::parts(&renderer, &doc).expect("parts");
        let xml: usize = parts.iter().map(|(_, b)| b.len()).sum();
        let (mut render, mut load_render, mut zip) = (vec![], vec![], vec![]);
        let mut size = 0;
        let reps = reps.max(5) * if name == "reference_x10" { 1 } else { 10 };
        for _ in 0..reps {
            let t = Instant::now();
            let bytes = renderer.render_to_bytes(&doc).expect("render");
            render.push(t.elapsed());
            size = bytes.len();
            let t = Instant::now();
            let loaded = Document::from_toml_str(text).expect("load");
            std::hint::black_box(renderer.render_to_bytes(&loaded).expect("render"));
            load_render.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(stages::zip(&parts).expect("zip"));
            zip.push(t.elapsed());
        }
        let r = median(render).as_secs_f64() * 1e3;
        let lr = median(load_render).as_secs_f64() * 1e3;
        let z = median(zip).as_secs_f64() * 1e3;
        println!(
            "{{\"doc\":\"{name}\",\"render_ms\":{r:.3},\"load_render_ms\":{lr:.3},\"floor_ms\":{z:.3},\
             \"ratio\":{:.2},\"load_ratio\":{:.2},\"xml_bytes\":{xml},\"docx_bytes\":{size}}}",
            r / z,
            lr / z
        );
    }
}

/// Median time per stage over `reps` passes of all inputs.
fn stage_times(renderer: &Renderer, files: &[PathBuf], reps: usize) {
    let texts: Vec<(PathBuf, Vec<u8>)> = files
        .iter()
        .map(|f| (f.clone(), std::fs::read(f).expect("read")))
        .collect();
    let (mut load, mut text, mut parts, mut zip) = (vec![], vec![], vec![], vec![]);
    let mut size = 0;
    for _ in 0..reps.max(1) {
        for (path, bytes) in &texts {
            let t = Instant::now();
            let format = gongwen::Format::from_path(path).expect("format");
            let doc = Document::from_slice(bytes, format, "x").expect("load");
            let _ = doc.validate();
            load.push(t.elapsed());
            let t = Instant::now();
            let _ = renderer.render_text(&doc).expect("template");
            text.push(t.elapsed());
            let t = Instant::now();
            let p = stages::parts(renderer, &doc).expect("parts");
            parts.push(t.elapsed());
            let t = Instant::now();
            let z = stages::zip(&p).expect("zip");
            zip.push(t.elapsed());
            size = z.len();
        }
    }
    let ms = |v: Vec<Duration>| median(v).as_secs_f64() * 1e3;
    println!(
        "{{\"load_validate_ms\":{:.3},\"template_ms\":{:.3},\"parts_ms\":{:.3},\"zip_ms\":{:.3},\"size\":{size}}}",
        ms(load),
        ms(text),
        ms(parts),
        ms(zip)
    );
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn median_f(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or_default()
}
