//! Templates from the fuzzer: any template text either fails with a template or block
//! error, or renders to a valid package. Exercises the block parser, the escaping of data
//! and the writer with arbitrary structure.
#![no_main]

use std::sync::Once;

use gongwen::{Document, ErrorKind, Renderer};
use libfuzzer_sys::fuzz_target;

static QUIET_HOOK: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    // gongwen catches a panic inside the template engine (minijinja 3.1 has one that some
    // malformed templates reach) and returns it as a template error. libfuzzer-sys's panic
    // hook aborts on every panic, caught or not; this one only prints. A panic that escapes
    // gongwen still ends the run: libfuzzer-sys wraps each input in catch_unwind and aborts.
    QUIET_HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("gongwen-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    if std::fs::write(dir.join("plan.j2"), src).is_err() {
        return;
    }
    let Ok(renderer) = Renderer::with_template_dir(&dir) else {
        return;
    };
    let mut doc = Document::new(gongwen::DocKind::Plan, "模糊测试");
    doc.issuer = "某单位".into();
    doc.date = "2025-03-01".parse().ok();
    match renderer.render_to_bytes(&doc) {
        Ok(bytes) => assert_eq!(&bytes[..2], b"PK"),
        Err(e) => assert!(
            matches!(
                e.kind(),
                ErrorKind::Template | ErrorKind::Block | ErrorKind::TooLarge
            ),
            "unexpected error kind: {e}"
        ),
    }
});
