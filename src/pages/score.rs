use leptos::prelude::*;

#[component]
pub fn ScorePage(id: Option<String>) -> impl IntoView {
    let _ = id;
    view! { <section class="page"></section> }
}
