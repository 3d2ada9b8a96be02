//! Renders an example input with a template directory in which one stock phrase is
//! reworded, and prints the block text the templates produce. Run with
//! `cargo run --example custom_templates`.

use gongwen::{Document, Renderer, builtin_template};

fn main() -> Result<(), gongwen::Error> {
    let dir = std::env::temp_dir().join(format!("gongwen-templates-{}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| gongwen::Error::new(gongwen::ErrorKind::Io, e.to_string()))?;
    // Start from the built-in plan template and change its closing phrase.
    let plan = builtin_template("plan.j2")
        .unwrap_or_default()
        .replace("特制定本计划。", "现将有关安排通知如下。");
    std::fs::write(dir.join("plan.j2"), plan)
        .map_err(|e| gongwen::Error::new(gongwen::ErrorKind::Io, e.to_string()))?;

    let mut doc = Document::from_path(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/fire_safety_plan.toml"
    ))?;
    doc.opening = None; // let the template write the opening
    let text = Renderer::with_template_dir(&dir)?.render_text(&doc)?;
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(8) {
        println!("{line}");
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
