use leptos::prelude::*;

use crate::state::AppState;

pub fn export_workspace(state: AppState) {
    let json = state.ws.with_untracked(|ws| serde_json::to_string_pretty(ws).unwrap_or_default());
    crate::download::download_text("practica-workspace.json", "application/json", &json);
}

#[component]
pub fn DataPage() -> impl IntoView {
    view! { <section class="page"></section> }
}
