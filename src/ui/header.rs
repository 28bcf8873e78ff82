//! The header: product name, main navigation and the language switch.

use leptos::prelude::*;

use crate::i18n::*;
use crate::route::Route;

#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let state = crate::state::use_app();
    // The home page is the dashboard or, in an empty workspace, Communities (see `app`).
    let current = move |section: &'static str| match route.get() {
        Route::Home if state.ws.with_untracked(|ws| ws.communities.is_empty()) => section == "communities",
        Route::Home => section == "dashboard",
        r => r.section() == section,
    };
    let link = move |section: &'static str, href: &'static str, label: AnyView| {
        view! {
            <li>
                <a href=href aria-current=move || current(section).then_some("page")>{label}</a>
            </li>
        }
    };
    let switch = move |_| {
        let next = match i18n.get_locale_untracked() {
            Locale::en => Locale::es,
            Locale::es => Locale::en,
        };
        crate::ui::lang::choose_language(i18n, next);
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <a href="#/" class="brand-name">{tu_string!(i18n, app.name)}</a>
                <span class="brand-tagline">{tu_string!(i18n, app.tagline)}</span>
            </div>
            <button type="button" class="lang-switch" on:click=switch
                lang=tu_string!(i18n, app.switch_to_lang)
                aria-label=move || format!("{}: {}", tu_string!(i18n, app.language), tu_string!(i18n, app.switch_to))>
                {tu_string!(i18n, app.switch_to)}
            </button>
            <crate::pages::dashboard::switcher::WorkspaceSwitcher />
            <nav aria-label=tu_string!(i18n, app.nav_label)>
                <ul class="nav">
                    {link("dashboard", "#/dashboard", tu_string!(i18n, dash.nav).into_any())}
                    {link("communities", "#/communities", tu_string!(i18n, nav.communities).into_any())}
                    {link("score", "#/score", tu_string!(i18n, nav.score).into_any())}
                    {link("composition", "#/composition", tu_string!(i18n, nav.composition).into_any())}
                    {link("summary", "#/summary", tu_string!(i18n, nav.summary).into_any())}
                    {link("data", "#/data", tu_string!(i18n, nav.data).into_any())}
                    {link("about", "#/about", tu_string!(i18n, nav.about).into_any())}
                </ul>
            </nav>
        </header>
    }
}
