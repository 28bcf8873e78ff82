//! The header: product name, main navigation and the language switch.

use leptos::prelude::*;

use crate::i18n::*;
use crate::route::Route;

#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let i18n = use_i18n();
    let current = move |section: &'static str| route.get().section() == section;
    let link = move |section: &'static str, href: &'static str, label: AnyView| {
        view! {
            <li>
                <a href=href aria-current=move || current(section).then_some("page")>{label}</a>
            </li>
        }
    };
    let switch = move |_| {
        let next = match i18n.get_locale() {
            Locale::en => Locale::es,
            Locale::es => Locale::en,
        };
        i18n.set_locale(next);
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <a href="#/communities" class="brand-name">{t!(i18n, app.name)}</a>
                <span class="brand-tagline">{t!(i18n, app.tagline)}</span>
            </div>
            <button type="button" class="lang-switch" on:click=switch
                lang=move || t_string!(i18n, app.switch_to_lang)
                aria-label=move || format!("{}: {}", t_string!(i18n, app.language), t_string!(i18n, app.switch_to))>
                {t!(i18n, app.switch_to)}
            </button>
            <nav aria-label=move || t_string!(i18n, app.nav_label)>
                <ul class="nav">
                    {link("communities", "#/communities", t!(i18n, nav.communities).into_any())}
                    {link("score", "#/score", t!(i18n, nav.score).into_any())}
                    {link("composition", "#/composition", t!(i18n, nav.composition).into_any())}
                    {link("summary", "#/summary", t!(i18n, nav.summary).into_any())}
                    {link("data", "#/data", t!(i18n, nav.data).into_any())}
                    {link("about", "#/about", t!(i18n, nav.about).into_any())}
                </ul>
            </nav>
        </header>
    }
}
