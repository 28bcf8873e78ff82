use leptos::prelude::*;

use crate::i18n::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <h1>{tu_string!(i18n, app.not_found)}</h1>
            <p><a href="#/communities">{tu_string!(i18n, app.go_home)}</a></p>
        </section>
    }
}
