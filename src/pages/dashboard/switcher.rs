//! The header's workspace switcher: shown once there is more than one workspace (for example
//! the paper's example beside the team's own). Switching saves the open one first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::example::slot_error_text;
use crate::i18n::*;
use crate::route::{go, Route};
use crate::state::slots::use_slots;
use crate::state::use_app;

#[component]
pub fn WorkspaceSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let slots = use_slots();
    let several = move || slots.list.with(|l| l.len() > 1);
    // The open workspace's name is read live (it may be renamed); the others from storage.
    let options = move || {
        let current = slots.current.get();
        let live = state.ws.with(|ws| ws.name.clone());
        slots.list.with(|list| {
            list.iter()
                .map(|s| {
                    let name = if s.id == current { live.clone() } else { s.name.clone() };
                    let label = if name.trim().is_empty() { tu_string!(i18n, dash.my_workspace).to_string() } else { name };
                    view! { <option value=s.id.clone() selected=s.id == current>{label}</option> }
                })
                .collect_view()
        })
    };
    let change = move |ev: leptos::ev::Event| {
        let wanted = event_target_value(&ev);
        let locale = i18n.get_locale_untracked();
        match state.switch_slot(&wanted) {
            Ok(()) => {
                go(&Route::Dashboard);
                let name = state.ws.with_untracked(|ws| ws.name.clone());
                let name = if name.trim().is_empty() { tu_string!(i18n, dash.my_workspace).to_string() } else { name };
                state.notify(td_string!(locale, dash.switched, name = name).to_string(), None);
            }
            Err(e) => {
                // Put the menu back on the workspace that is still open.
                if let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                    select.set_value(&slots.current.get_untracked());
                }
                state.notify(slot_error_text(locale, &e), None);
            }
        }
    };
    view! {
        <Show when=several>
            <div class="ws-switch">
                <label for="ws-switch">{tu_string!(i18n, dash.workspace)}</label>
                <select id="ws-switch" on:change=change prop:value=move || slots.current.get()>
                    {options}
                </select>
            </div>
        </Show>
    }
}
