//! `#/cop/<id>/products`: one CoP's three main products (due and delivery dates, quality,
//! status), the criterion-3 rating they suggest, and its log of barriers and facilitating
//! factors.
//!
//! One file a part: `products` (the three product forms), `suggestion` (the criterion-3
//! suggestion, also shown in the scoring wizard), `factors` (the log) and `factor_form`.

mod factor_form;
mod factors;
mod products;
pub mod suggestion;

use leptos::prelude::*;

use crate::i18n::*;
use crate::route::Route;
use crate::state::use_app;

pub use suggestion::Criterion3Suggestion;

#[component]
pub fn TrackerPage(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let lookup = id.clone();
    // Only the name: the parts below read what they need, so typing in one part does not
    // rebuild the others.
    let name = Memo::new(move |_| state.ws.with(|ws| ws.community(&lookup).map(|c| c.name.clone())));
    let exists = Memo::new(move |_| name.with(Option::is_some));
    let cop = StoredValue::new(id.clone());
    view! {
        <section class="page tracker" aria-labelledby="tracker-heading">
            <Show when=move || exists.get() fallback=move || view! {
                <h1 id="tracker-heading">{tu_string!(i18n, dash.tracker_unknown_heading)}</h1>
                <p>{tu_string!(i18n, dash.tracker_unknown_text)}</p>
                <p><a class="btn" href=Route::Dashboard.href()>{tu_string!(i18n, dash.back_to_dashboard)}</a></p>
            }>
                <h1 id="tracker-heading">
                    {move || td_string!(i18n.get_locale_untracked(), dash.tracker_heading, name = name.get().unwrap_or_default()).to_string()}
                </h1>
                <nav class="actions no-print" aria-label=tu_string!(i18n, dash.tracker_links)>
                    <a class="btn" href=Route::Community(cop.get_value()).href()>{tu_string!(i18n, dash.cop_results)}</a>
                    <a class="btn" href=Route::Score(Some(cop.get_value())).href()>{tu_string!(i18n, dash.open_wizard)}</a>
                    <a class="btn" href=Route::Dashboard.href()>{tu_string!(i18n, dash.back_to_dashboard)}</a>
                </nav>
                <h2 id="products-heading">{tu_string!(i18n, dash.products_heading)}</h2>
                <p class="lead">{tu_string!(i18n, dash.products_intro)}</p>
                <products::ProductForms cop=cop />
                <suggestion::TrackerSuggestion cop=cop />
                <factors::FactorsLog cop=cop />
            </Show>
        </section>
    }
}
