//! Load (TOML, YAML or JSON, chosen by the first byte), validate and render: any input
//! gives a document or an error, and every document renders or is refused by validation.
#![no_main]

use gongwen::{Document, ErrorKind, Format, Renderer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let format = [Format::Toml, Format::Yaml, Format::Json][usize::from(selector) % 3];
    let Ok(doc) = Document::from_slice(rest, format, "fuzz") else {
        return;
    };
    match Renderer::new().render_to_bytes(&doc) {
        Ok(bytes) => assert_eq!(&bytes[..2], b"PK"),
        Err(e) => assert!(
            matches!(e.kind(), ErrorKind::Invalid | ErrorKind::TooLarge),
            "unexpected render error: {e}"
        ),
    }
});
