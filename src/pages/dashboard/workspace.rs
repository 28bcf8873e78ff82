//! Which workspace the dashboard shows (when there are several), and removing one that is not
//! the team's own (an opened example, for instance): asked first, with "Undo" afterwards.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use super::example::slot_error_text;
use crate::i18n::*;
use crate::state::slots::use_slots;
use crate::state::use_app;
use crate::storage::keys::DEFAULT_SLOT;

#[component]
pub fn WorkspaceLine() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let slots = use_slots();
    let confirming = RwSignal::new(false);
    let several = move || slots.list.with(|l| l.len() > 1);
    let removable = move || slots.current.with(|c| c != DEFAULT_SLOT);
    let name = move || {
        let n = state.ws.with(|ws| ws.name.clone());
        if n.trim().is_empty() { tu_string!(i18n, dash.my_workspace).to_string() } else { n }
    };
    let remove = move |_| {
        confirming.set(false);
        let locale = i18n.get_locale_untracked();
        match state.remove_current_slot() {
            Ok((slot, ws)) => {
                let gone = if ws.name.trim().is_empty() { slot.clone() } else { ws.name.clone() };
                let kept = Mutex::new(Some((slot, ws)));
                let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
                    let Some((slot, ws)) = kept.lock().ok().and_then(|mut g| g.take()) else { return };
                    if let Err(e) = state.restore_slot(&slot, ws) {
                        state.notify(slot_error_text(locale, &e), None);
                    }
                });
                state.notify(td_string!(locale, dash.workspace_removed, name = gone).to_string(), Some(undo));
            }
            Err(e) => state.notify(slot_error_text(locale, &e), None),
        }
    };
    view! {
        <Show when=several>
            <p class="dash-workspace">{move || td_string!(i18n.get_locale_untracked(), dash.workspace_is, name = name()).to_string()}</p>
            <Show when=removable>
                <div class="no-print">
                    <button type="button" class="btn btn-danger" aria-expanded=move || confirming.get().to_string()
                        on:click=move |_| confirming.update(|c| *c = !*c)>
                        {tu_string!(i18n, dash.remove_workspace)}
                    </button>
                    <Show when=move || confirming.get()>
                        <div class="confirm" role="alertdialog" aria-labelledby="dash-remove-q">
                            <p id="dash-remove-q">{move || td_string!(i18n.get_locale_untracked(), dash.remove_workspace_confirm, name = name()).to_string()}</p>
                            <button type="button" class="btn btn-danger" on:click=remove>{tu_string!(i18n, dash.remove_workspace_yes)}</button>
                            " "
                            <button type="button" class="btn" on:click=move |_| confirming.set(false)>{tu_string!(i18n, dash.cancel)}</button>
                        </div>
                    </Show>
                </div>
            </Show>
        </Show>
    }
}
