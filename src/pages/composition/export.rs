//! "Copy as CSV" (the Clipboard API, where the browser offers it) and "Download CSV" (always,
//! and the fallback when copying is refused), with the outcome announced in a live region.

use leptos::prelude::*;
use practica_core::composition::{table_to_csv, UTF8_BOM};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::use_ctx;
use crate::i18n::*;
use crate::ui::lang::use_lang;

/// `navigator.clipboard`, if this browser exposes it (only on https or localhost).
fn clipboard() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
}

/// Starts `navigator.clipboard.writeText(text)` and calls `done(true|false)` when it settles.
/// Reached through `Reflect` so no extra web-sys features are needed.
fn write_clipboard(text: &str, done: impl Fn(bool) + Clone + 'static) {
    let started = (|| {
        let clip = clipboard()?;
        let write: js_sys::Function =
            js_sys::Reflect::get(&clip, &JsValue::from_str("writeText")).ok()?.dyn_into().ok()?;
        let promise = write.call1(&clip, &JsValue::from_str(text)).ok()?;
        let then: js_sys::Function =
            js_sys::Reflect::get(&promise, &JsValue::from_str("then")).ok()?.dyn_into().ok()?;
        let (ok, fail) = (done.clone(), done.clone());
        let on_ok = Closure::once_into_js(move |_: JsValue| ok(true));
        let on_fail = Closure::once_into_js(move |_: JsValue| fail(false));
        then.call2(&promise, &on_ok, &on_fail).ok()
    })();
    if started.is_none() {
        done(false);
    }
}

#[component]
pub fn CsvActions() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_ctx();
    let lang = use_lang();
    let status = RwSignal::new(String::new());
    let can_copy = clipboard().is_some();
    let csv = move || ctx.table.with_untracked(|t| t.as_ref().map(|t| table_to_csv(t, lang())));
    let download = move || {
        let Some(text) = csv() else { return };
        let snap = ctx.snapshot.get_untracked().unwrap_or_default();
        let name = format!("practica-composition-{snap}.csv");
        let ok = crate::download::download_text(
            &name,
            "text/csv;charset=utf-8",
            &format!("{UTF8_BOM}{text}"),
        );
        let locale = i18n.get_locale_untracked();
        status.set(if ok {
            td_string!(locale, comp.csv_downloaded, file = name).to_string()
        } else {
            td_string!(locale, comp.csv_download_failed).to_string()
        });
    };
    let copy = move |_| {
        let Some(text) = csv() else { return };
        status.set(String::new());
        write_clipboard(&text, move |ok| {
            let locale = i18n.get_locale_untracked();
            status.set(if ok {
                td_string!(locale, comp.csv_copied).to_string()
            } else {
                td_string!(locale, comp.csv_copy_failed).to_string()
            });
        });
    };
    view! {
        <div class="actions comp-csv">
            <Show when=move || can_copy>
                <button type="button" class="btn" on:click=copy>{tu_string!(i18n, comp.csv_copy)}</button>
            </Show>
            <button type="button" class="btn" on:click=move |_| download()>{tu_string!(i18n, comp.csv_download)}</button>
        </div>
        <p class="comp-status" role="status" aria-live="polite" data-testid="csv-status">{move || status.get()}</p>
    }
}
