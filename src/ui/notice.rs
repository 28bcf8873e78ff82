//! The toast line after an action ("X was deleted. Undo"), announced politely.

use leptos::prelude::*;

use crate::i18n::*;
use crate::state::use_app;

#[component]
pub fn NoticeBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    view! {
        <div class="notice" role="status" aria-live="polite">
            {move || state.notice.get().map(|n| {
                let undo = n.undo.clone();
                view! {
                    <p class="notice-box">
                        <span>{n.text.clone()}</span>
                        {undo.map(|u| view! {
                            <button type="button" class="btn-link" on:click=move |_| {
                                u();
                                state.notice.set(None);
                            }>{tu_string!(i18n, cop.undo)}</button>
                        })}
                        <button type="button" class="btn-link" on:click=move |_| state.notice.set(None)>
                            {tu_string!(i18n, common.close)}
                        </button>
                    </p>
                }
            })}
        </div>
    }
}
