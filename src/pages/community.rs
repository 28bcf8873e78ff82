//! Results of one CoP (filled in by the scoring, composition and summary tools).

use leptos::prelude::*;

use crate::i18n::*;

#[component]
pub fn CommunityPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = crate::state::use_app();
    let name = move || state.ws.with(|ws| ws.community(&id).map(|c| c.name.clone()));
    view! {
        <section class="page">
            {move || match name() {
                Some(n) => view! { <h1>{n}</h1> }.into_any(),
                None => view! { <h1>{t!(i18n, cop.err_unknown)}</h1> }.into_any(),
            }}
        </section>
    }
}
