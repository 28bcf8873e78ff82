use leptos::prelude::*;

#[component]
pub fn CompositionPage() -> impl IntoView {
    view! { <section class="page"></section> }
}
