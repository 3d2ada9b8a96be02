//! Snapshot tests of the error messages writers see: one input file per case under
//! `tests/inputs/errors/`, the message (with its location) snapshotted.

use gongwen::{Document, Renderer};

#[test]
fn error_messages() {
    insta::glob!("inputs/errors/*", |path| {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // Report the file relative to the inputs folder so snapshots don't depend on the checkout.
        let text = match std::fs::read(path) {
            Ok(bytes) => {
                let format =
                    gongwen::Format::from_path(path).expect("test inputs have known extensions");
                match Document::from_slice(&bytes, format, &name) {
                    Err(e) => format!("{:?}\n{e}", e.kind()),
                    Ok(doc) => match Renderer::new().render_to_bytes(&doc) {
                        Err(e) => format!("{:?}\n{e}", e.kind()),
                        Ok(_) => "rendered without error".to_string(),
                    },
                }
            }
            Err(e) => panic!("{e}"),
        };
        assert!(!text.starts_with("rendered"), "{name} should fail");
        insta::assert_snapshot!(text);
    });
}
