//! The render round trip through `gongwen serve`'s API: the reference plan POSTed to
//! /api/render and its .docx read back, with 1 client and with 20 at once; p50 and p95 of
//! the requests' latencies, and the server's peak memory (VmHWM).
//!
//! `cargo bench --bench serve` (the release binary). Knobs: REQUESTS=200 per client count.
//! The target (issue 18): p95 ≤ 50 ms with 20 clients on a 2-core machine.

#[path = "../tests/common/http.rs"]
mod http;

use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn peak_memory_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run briefly then.
    let quick = !std::env::args().any(|a| a == "--bench");
    let requests: usize = std::env::var("REQUESTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if quick { 5 } else { 200 });
    let doc = gongwen::Document::from_path(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/reference_plan.toml"),
    )
    .unwrap();
    let body = serde_json::to_vec(&doc).unwrap();
    let server = http::Server::start(&[]);
    let addr = server.addr.clone();
    let round_trip = |addr: &str| {
        let t = Instant::now();
        let r = http::request(addr, "POST", "/api/render", "application/json", &body);
        assert_eq!(r.status, 200);
        assert!(r.body.starts_with(b"PK"));
        t.elapsed()
    };
    // Warm up: templates, font parts, dictionaries.
    for _ in 0..5 {
        round_trip(&addr);
    }
    println!(
        "render round trip through POST /api/render, reference plan ({} KB of JSON)",
        body.len() / 1024
    );
    for clients in [1usize, 20] {
        let per_client = (requests / clients).max(1);
        let started = Instant::now();
        let mut all: Vec<Duration> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..clients)
                .map(|_| {
                    let addr = addr.as_str();
                    let round_trip = &round_trip;
                    s.spawn(move || {
                        (0..per_client)
                            .map(|_| round_trip(addr))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        });
        let wall = started.elapsed();
        all.sort();
        println!(
            "{clients:>2} client(s): {} requests, p50 {:>6.1} ms, p95 {:>6.1} ms, max {:>6.1} ms, {:.0} renders/s",
            all.len(),
            percentile(&all, 0.5).as_secs_f64() * 1e3,
            percentile(&all, 0.95).as_secs_f64() * 1e3,
            all.last().unwrap().as_secs_f64() * 1e3,
            all.len() as f64 / wall.as_secs_f64()
        );
    }
    if let Some(kib) = peak_memory_kib(server.child.id()) {
        println!("server peak memory (VmHWM): {:.1} MiB", kib as f64 / 1024.0);
    }
}
