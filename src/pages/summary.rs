use leptos::prelude::*;

#[component]
pub fn SummaryPage(id: Option<String>) -> impl IntoView {
    let _ = id;
    view! { <section class="page"></section> }
}
