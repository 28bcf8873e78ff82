//! Export: the whole workspace or one CoP, as a Práctica file; and the backup reminder.

use leptos::prelude::*;
use practica_core::exchange::{self, backup_overdue_days, Kind};

use crate::i18n::*;
use crate::state::{use_app, AppState};

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

fn iso_now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Downloads the whole workspace and records the time (used by the "Export now" buttons).
pub fn export_workspace(state: AppState) -> Option<String> {
    let now = iso_now();
    let (json, name) = state.ws.with_untracked(|ws| {
        let name = if ws.name.is_empty() { "workspace".to_string() } else { ws.name.clone() };
        (exchange::export_workspace(ws, APP_VERSION, &now), name)
    });
    let file = exchange::suggested_file_name(Kind::Workspace, &name, now.get(..10).unwrap_or(""));
    if crate::download::download_text(&file, "application/json", &json) {
        state.record_export();
        Some(file)
    } else {
        None
    }
}

fn export_one(state: AppState, id: &str) -> Option<String> {
    let now = iso_now();
    let (json, name) = state.ws.with_untracked(|ws| {
        let name = ws.community(id).map(|c| c.name.clone()).unwrap_or_default();
        (exchange::export_community(ws, id, APP_VERSION, &now).ok(), name)
    });
    let file = exchange::suggested_file_name(Kind::Community, &name, now.get(..10).unwrap_or(""));
    crate::download::download_text(&file, "application/json", &json?).then_some(file)
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let chosen = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let report = move |result: Option<String>| {
        let locale = i18n.get_locale_untracked();
        status.set(match result {
            Some(file) => td_string!(locale, data.exported, file = file).to_string(),
            None => td_string!(locale, data.export_failed).to_string(),
        });
    };
    let last = move || {
        let lang = i18n.get_locale_untracked().as_str();
        match state.last_export.get() {
            Some(ms) => td_string!(i18n.get_locale_untracked(), data.last_export, when = crate::clock::format_ms(ms, lang)).to_string(),
            None => td_string!(i18n.get_locale_untracked(), data.never_exported).to_string(),
        }
    };
    let empty = move || state.ws.with(|ws| ws.communities.is_empty());
    view! {
        <h2>{tu_string!(i18n, data.export_heading)}</h2>
        <p data-testid="last-export">{last}</p>
        <Show when=move || !empty() fallback=move || view! { <p>{tu_string!(i18n, data.no_cops)}</p> }>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=move |_| report(export_workspace(state))>
                    {tu_string!(i18n, data.export_all)}
                </button>
            </div>
            <div class="field export-one">
                <label for="export-cop">{tu_string!(i18n, data.export_one_label)}</label>
                <select id="export-cop" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="" selected=move || chosen.get().is_empty()>{tu_string!(i18n, data.choose_cop)}</option>
                    {move || state.ws.with(|ws| ws.communities.iter().map(|c| {
                        let id = c.id.clone();
                        view! { <option value=id.clone() selected=move || chosen.get() == id>{c.name.clone()}</option> }
                    }).collect_view())}
                </select>
                <div class="actions">
                    <button type="button" class="btn"
                        aria-disabled=move || chosen.get().is_empty().then_some("true")
                        on:click=move |_| {
                            let id = chosen.get_untracked();
                            if !id.is_empty() { report(export_one(state, &id)); }
                        }>
                        {tu_string!(i18n, data.export_one)}
                    </button>
                </div>
            </div>
        </Show>
        <p role="status" aria-live="polite" class="export-status">{move || status.get()}</p>
    }
}

/// The reminder shown in the banner area when changes have existed only in this browser for
/// a few days.
#[component]
pub fn BackupNudge() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let overdue = move || {
        if !state.storage_ok() {
            return None;
        }
        let last = state.last_export.get();
        state.ws.with(|ws| backup_overdue_days(ws, last, crate::clock::now_ms()))
    };
    view! {
        {move || overdue().map(|days| view! {
            <div class="banner banner-info" data-testid="backup-nudge">
                <p>{td_string!(i18n.get_locale_untracked(), data.backup_nudge, days = days).to_string()}</p>
                <button type="button" class="btn" on:click=move |_| { export_workspace(state); }>{tu_string!(i18n, save.export_now)}</button>
            </div>
        })}
    }
}
