//! Persistent banners: data not saved (quota, storage unavailable, other errors), data that
//! could not be read at start-up, and the quiet "Saved" status line.

use leptos::prelude::*;

use crate::i18n::*;
use crate::state::{use_app, SaveStatus};

#[component]
pub fn Banners() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let export_now = move |_| {
        crate::pages::data::export_workspace(state);
    };
    let status_text = move || match state.status.get() {
        SaveStatus::Saved => tu_string!(i18n, save.saved).to_string(),
        SaveStatus::Pending => tu_string!(i18n, save.pending).to_string(),
        _ => String::new(),
    };
    view! {
        <div class="banners">
            {move || {
                let status = state.status.get();
                status.is_problem().then(|| {
                    let text = match &status {
                        SaveStatus::Quota => tu_string!(i18n, save.quota).to_string(),
                        SaveStatus::Unavailable => tu_string!(i18n, save.unavailable).to_string(),
                        SaveStatus::Error(d) => td_string!(i18n.get_locale_untracked(), save.error, detail = d.clone()).to_string(),
                        _ => String::new(),
                    };
                    view! {
                        <div class="banner banner-warn" role="alert" data-testid="save-problem">
                            <p>{text}</p>
                            <button type="button" class="btn" on:click=export_now>{tu_string!(i18n, save.export_now)}</button>
                        </div>
                    }
                })
            }}
            <For each=move || state.problems.get() key=|p| p.key.clone() let:p>
                {
                    let raw = p.raw.clone();
                    let file = format!("practica-unreadable-{}.txt", p.key.replace('/', "_"));
                    let what = p.key.clone();
                    view! {
                        <div class="banner banner-warn" role="alert" data-testid="load-problem">
                            <p>{move || td_string!(i18n.get_locale_untracked(), load.corrupt, what = what.clone()).to_string()}</p>
                            <button type="button" class="btn" on:click=move |_| {
                                crate::download::download_text(&file, "text/plain", &raw);
                            }>{tu_string!(i18n, load.download_raw)}</button>
                        </div>
                    }
                }
            </For>
            <crate::pages::data::BackupNudge />
            <p class="save-status" role="status" aria-live="polite" data-testid="save-status">{status_text}</p>
        </div>
    }
}
