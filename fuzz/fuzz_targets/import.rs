//! Import of pasted text (any bytes: UTF-8, GB18030, UTF-16, .docx zips, garbage): a
//! document or a clear error, never a panic; an imported document renders or is refused
//! by validation only.
#![no_main]

use gongwen::{ErrorKind, Import, Renderer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(import) = Import::from_bytes(data, "fuzz.txt") else {
        return;
    };
    for entry in &import.outline {
        assert!((1..=4).contains(&entry.level));
    }
    if let Err(e) = Renderer::new().render_to_bytes(&import.document) {
        assert!(
            matches!(e.kind(), ErrorKind::Invalid | ErrorKind::TooLarge),
            "{e}"
        );
    }
});
