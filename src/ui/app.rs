//! The root component: i18n, app state, the shell and the page for the current route.

use leptos::prelude::*;

use crate::i18n::*;
use crate::pages;
use crate::route::{use_route, Route};
use crate::state::AppState;
use crate::ui::{banners::Banners, header::Header, notice::NoticeBar};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Shell />
        </I18nContextProvider>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let shown = crate::ui::lang::start_language();
    let state = AppState::start();
    provide_context(state);
    let route = use_route();
    let i18n = use_i18n();
    // Tells the fallback script (index.html) that the app started, so it does not show the
    // "could not start" message.
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("data-app", "ready");
    }
    // The static "Loading…" of index.html has done its job.
    if let Some(loading) = document().get_element_by_id("loading") {
        loading.remove();
    }
    // Texts are plain strings read once when a view is built, not one reactive closure each
    // (hundreds of them, each its own copy of the renderer's code in the .wasm). Switching the
    // language therefore rebuilds the whole view; the data lives in `state`, so nothing is lost
    // but half-typed text of a form that was not yet added.
    move || {
        shown.track();
        view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(m) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(m) = m.dyn_into::<web_sys::HtmlElement>() { let _ = m.focus(); }
            }
        }>{tu_string!(i18n, app.skip)}</a>
        <Header route=route />
        <Banners />
        <main id="main" tabindex="-1">
            {move || match route.get() {
                // Decided when the page opens (untracked): adding the first CoP must not swap
                // the page under the person's fingers.
                Route::Home if state.ws.with_untracked(|ws| ws.communities.is_empty()) => {
                    pages::communities::CommunitiesPage().into_any()
                }
                Route::Home | Route::Dashboard => pages::dashboard::DashboardPage().into_any(),
                Route::Tracker(id) => view! { <pages::tracker::TrackerPage id=id /> }.into_any(),
                Route::Communities => pages::communities::CommunitiesPage().into_any(),
                Route::Community(id) => view! { <pages::community::CommunityPage id=id /> }.into_any(),
                Route::Score(id) => view! { <pages::score::ScorePage id=id /> }.into_any(),
                Route::Composition => pages::composition::CompositionPage().into_any(),
                Route::Summary(id) => view! { <pages::summary::SummaryPage id=id /> }.into_any(),
                Route::Data => pages::data::DataPage().into_any(),
                Route::About => pages::about::AboutPage().into_any(),
                Route::NotFound => pages::not_found::NotFoundPage().into_any(),
            }}
        </main>
        <NoticeBar />
        }
    }
}
