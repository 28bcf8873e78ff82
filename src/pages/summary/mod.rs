//! The executive-summary builder (CFHI 1:3:25): choose a CoP (`chooser`), then write its
//! summary (`builder`) with a live preview that is also what gets printed (`preview`).
//!
//! Every edit goes through `Ctx::edit`, which changes only this CoP's summary with a core
//! operation (`practica_core::summary`), so each keystroke saves one CoP record.

mod budgets;
mod builder;
mod chooser;
mod counter;
mod cover;
mod ctx;
mod dom;
mod export;
mod findings;
mod item_list;
mod messages;
mod preview;
mod preview_parts;
mod recommendations;
mod row_actions;
mod sections;
mod tabs;
mod undo;
mod warnings;

use leptos::prelude::*;

/// `#/summary` lists the CoPs to choose from; `#/summary/<id>` opens that CoP's summary.
#[component]
pub fn SummaryPage(id: Option<String>) -> impl IntoView {
    match id {
        Some(id) => view! { <builder::Builder cop_id=id /> }.into_any(),
        None => view! { <chooser::Chooser /> }.into_any(),
    }
}
