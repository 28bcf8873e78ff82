//! Data: export the workspace or one CoP, import files from other teams with a preview and
//! per-conflict choices, and see what was set aside at start-up.

mod export;
mod import;
mod preview;

use leptos::prelude::*;

use crate::i18n::*;
use crate::state::use_app;

pub use export::{export_workspace, BackupNudge};

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    view! {
        <section class="page" aria-labelledby="data-heading">
            <h1 id="data-heading">{tu_string!(i18n, data.heading)}</h1>
            <p class="lead">{tu_string!(i18n, data.intro)}</p>
            <export::ExportPanel />
            <import::ImportPanel />
            <h2>{tu_string!(i18n, data.storage_heading)}</h2>
            <Show when=move || state.storage_ok() && !state.status.get().is_problem()>
                <p>{tu_string!(i18n, data.storage_ok)}</p>
            </Show>
            <Show when=move || !state.problems.get().is_empty()>
                <h3>{tu_string!(i18n, data.aside_heading)}</h3>
                <p>{tu_string!(i18n, data.aside_text)}</p>
                <ul>
                    {move || state.problems.get().into_iter().map(|p| view! {
                        <li><code>{p.aside_key.clone().unwrap_or(p.key.clone())}</code>": "{p.reason.clone()}</li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
