//! "Open the 2013–2015 Mexico–Nicaragua example": the paper's six CoPs, either in a workspace
//! of their own (the person's data stays untouched in theirs) or added beside their CoPs as
//! new ones. Nothing ever overwrites the person's data.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use practica_core::programme::{add_as_new_cops, example_workspace};
use practica_core::Workspace;

use crate::i18n::*;
use crate::route::{go, Route};
use crate::state::slots::{scan, SlotError};
use crate::state::{use_app, AppState};
use crate::storage::{Pending, StorageFault};
use crate::ui::lang::use_lang;

/// Why nothing was opened, in words the person can act on.
pub fn slot_error_text(locale: Locale, e: &SlotError) -> String {
    match e {
        SlotError::Unsaved => td_string!(locale, dash.err_unsaved).to_string(),
        SlotError::Unavailable => td_string!(locale, dash.err_unavailable).to_string(),
        SlotError::IsMain => td_string!(locale, dash.err_is_main).to_string(),
        SlotError::Storage(StorageFault::Quota) => td_string!(locale, dash.err_quota).to_string(),
        SlotError::Storage(StorageFault::Unavailable) => td_string!(locale, dash.err_unavailable).to_string(),
        SlotError::Storage(StorageFault::Other(d)) => td_string!(locale, dash.err_storage, detail = d.clone()).to_string(),
    }
}

/// The example as it arrives in this browser. Its records carry the paper's dates (2013–2015);
/// they are new here, so they are marked as changed now: otherwise the backup reminder would
/// count them as work left unexported for years.
fn fresh_example(lang: practica_core::text::Lang) -> Workspace {
    let mut ws = example_workspace(lang);
    let now = crate::clock::now_ms();
    for c in &mut ws.communities {
        c.updated = now;
    }
    ws
}

/// The example's name, numbered if a workspace of that name already exists.
fn unique_workspace_name(name: &str) -> String {
    let taken: Vec<String> = scan().into_iter().map(|s| s.name.to_lowercase()).collect();
    if !taken.contains(&name.to_lowercase()) {
        return name.to_string();
    }
    (2..)
        .map(|k| format!("{name} ({k})"))
        .find(|n| !taken.contains(&n.to_lowercase()))
        .unwrap_or_else(|| name.to_string())
}

/// Adds the example's CoPs to the open workspace, with an "Undo" that takes them out again.
fn add_to_workspace(state: AppState, locale: Locale, example: Workspace) {
    let mut new_id = || practica_core::community::new_id(crate::clock::now_ms(), crate::clock::random_u32());
    let (before, next) = state.ws.with_untracked(|ws| {
        let next = add_as_new_cops(ws, &example, &mut new_id);
        ((ws.professions.clone(), ws.snapshots.clone(), ws.communities.len()), next)
    });
    let (professions, snapshots, kept) = before;
    let added: Vec<String> = next.communities.iter().skip(kept).map(|c| c.id.clone()).collect();
    let (after_professions, after_snapshots) = (next.professions.clone(), next.snapshots.clone());
    state.edit_workspace(
        Pending { meta: true, cops: added.iter().cloned().collect(), ..Default::default() },
        move |ws| *ws = next,
    );
    let undo_ids = Mutex::new(Some(added.clone()));
    let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
        let Some(ids) = undo_ids.lock().ok().and_then(|mut g| g.take()) else { return };
        state.edit_workspace(
            Pending { meta: true, deleted: ids.iter().cloned().collect(), ..Default::default() },
            |ws| {
                ws.communities.retain(|c| !ids.contains(&c.id));
                // Professions and counts added with the example go too, unless changed since.
                if ws.professions == after_professions && ws.snapshots == after_snapshots {
                    ws.professions = professions.clone();
                    ws.snapshots = snapshots.clone();
                }
            },
        );
    });
    state.notify(td_string!(locale, dash.example_added, count = added.len()).to_string(), Some(undo));
}

#[component]
pub fn ExampleChooser() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let open = RwSignal::new(false);
    let error = RwSignal::new(String::new());
    let own = move |_| {
        let locale = i18n.get_locale_untracked();
        let mut ws = fresh_example(lang());
        ws.name = unique_workspace_name(&ws.name);
        match state.open_in_new_slot(ws) {
            Ok(_) => {
                open.set(false);
                error.set(String::new());
                go(&Route::Dashboard);
                state.notify(td_string!(locale, dash.example_opened).to_string(), None);
            }
            Err(e) => error.set(slot_error_text(locale, &e)),
        }
    };
    let add = move |_| {
        open.set(false);
        error.set(String::new());
        add_to_workspace(state, i18n.get_locale_untracked(), fresh_example(lang()));
        go(&Route::Dashboard);
    };
    view! {
        <div class="dash-example no-print">
            <button type="button" class="btn" aria-expanded=move || open.get().to_string()
                aria-controls="dash-example-choice" on:click=move |_| open.update(|o| *o = !*o)>
                {tu_string!(i18n, dash.example_button)}
            </button>
            <Show when=move || open.get()>
                <div id="dash-example-choice" class="card dash-example-choice" role="group" aria-labelledby="dash-example-q">
                    <p id="dash-example-q" class="dash-example-q">{tu_string!(i18n, dash.example_question)}</p>
                    <p class="hint">{tu_string!(i18n, dash.example_about)}</p>
                    <div class="dash-example-option">
                        <button type="button" class="btn btn-primary" aria-describedby="dash-example-own-hint" on:click=own>
                            {tu_string!(i18n, dash.example_own)}
                        </button>
                        <p class="hint" id="dash-example-own-hint">{tu_string!(i18n, dash.example_own_hint)}</p>
                    </div>
                    <div class="dash-example-option">
                        <button type="button" class="btn" aria-describedby="dash-example-add-hint" on:click=add>
                            {tu_string!(i18n, dash.example_add)}
                        </button>
                        <p class="hint" id="dash-example-add-hint">{tu_string!(i18n, dash.example_add_hint)}</p>
                    </div>
                    <button type="button" class="btn-link" on:click=move |_| open.set(false)>{tu_string!(i18n, dash.cancel)}</button>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                </div>
            </Show>
        </div>
    }
}
