//! Import: read a file, let the core parse and validate it fully, then show the preview.
//! Nothing is written until the person confirms in the preview.

use leptos::prelude::*;
use leptos::task::spawn_local;
use practica_core::exchange::{parse_import, plan_merge, ImportError, MAX_IMPORT_BYTES};
use wasm_bindgen::JsCast;

use super::preview::{ImportPreview, Pending};
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// Reads the whole file as bytes (not as text: the core checks the encoding itself).
async fn read_bytes(file: web_sys::File) -> Option<Vec<u8>> {
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let error = RwSignal::new(None::<ImportError>);
    let reading = RwSignal::new(false);
    let pending = RwSignal::new(None::<Pending>);
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        error.set(None);
        pending.set(None);
        let size = file.size() as usize;
        if size > MAX_IMPORT_BYTES {
            // Refused before reading: a huge file could freeze a cheap phone.
            error.set(Some(ImportError::TooLarge { size, max: MAX_IMPORT_BYTES }));
            return;
        }
        let name = file.name();
        reading.set(true);
        spawn_local(async move {
            let bytes = read_bytes(file).await.unwrap_or_default();
            reading.set(false);
            match parse_import(&bytes) {
                Ok(incoming) => {
                    let plan = state.ws.with_untracked(|ws| plan_merge(ws, &incoming.workspace));
                    pending.set(Some(Pending { file_name: name, incoming, plan }));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };

    let reset = Callback::new(move |_: ()| {
        pending.set(None);
        if let Some(input) = input_ref.get() {
            input.set_value("");
        }
    });

    view! {
        <h2>{tu_string!(i18n, data.import_heading)}</h2>
        <p id="import-intro">{move || td_string!(i18n.get_locale_untracked(), data.import_intro, limit = MAX_IMPORT_BYTES / (1024 * 1024)).to_string()}</p>
        <div class="field">
            <label for="import-file">{tu_string!(i18n, data.import_file)}</label>
            <input id="import-file" type="file" accept=".json,application/json" node_ref=input_ref
                aria-describedby="import-intro" on:change=on_change />
        </div>
        <p role="status" aria-live="polite">{move || reading.get().then(|| tu_string!(i18n, data.reading).to_string())}</p>
        {move || error.get().map(|e| view! {
            <div class="banner banner-warn import-error" role="alert" data-testid="import-error">
                <div>
                    <h3>{tu_string!(i18n, data.import_error_heading)}</h3>
                    <p class="pre-line">{e.message(lang())}</p>
                    <p>{tu_string!(i18n, data.import_error_more)}</p>
                </div>
            </div>
        })}
        {move || pending.get().map(|p| view! { <ImportPreview pending=p on_done=reset /> })}
    }
}
