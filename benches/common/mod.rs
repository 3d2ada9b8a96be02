//! What the benches share: the bench plans and the ×10 plan built from the reference plan.

use gongwen::{Document, Format};

/// A one-page 工作计划.
pub const ONE_PAGE: &str = include_str!("../data/one_page_plan.toml");
/// The reference plan, the size of `../shared/bench/data/plan.json`.
pub const REFERENCE: &str = include_str!("../data/reference_plan.toml");

/// The reference plan with every list ten times over, as TOML text.
pub fn reference_x10() -> String {
    let base = Document::from_toml_str(REFERENCE).expect("reference plan");
    let mut doc = base.clone();
    for _ in 1..10 {
        if let (Some(opening), Some(more)) = (&mut doc.opening, &base.opening) {
            opening.0.extend(more.0.iter().cloned());
        }
        if let (Some(g), Some(b)) = (&mut doc.guidance, &base.guidance) {
            g.text.0.extend(b.text.0.iter().cloned());
        }
        if let (Some(g), Some(b)) = (&mut doc.goals, &base.goals) {
            g.items.extend(b.items.iter().cloned());
        }
        doc.phases.extend(base.phases.iter().cloned());
        doc.responsibilities
            .extend(base.responsibilities.iter().cloned());
        doc.safeguards.extend(base.safeguards.iter().cloned());
    }
    doc.to_string_in(Format::Toml).expect("toml")
}
