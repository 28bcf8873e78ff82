//! About the method: the five criteria with their descriptors, the bands (and how the paper's
//! overlap at 20 is resolved), the products, the composition maths, and the citation.

use leptos::prelude::*;
use practica_core::scoring::{Band, Rating, CRITERIA};

use crate::i18n::*;
use crate::state::use_app;
use crate::ui::band::BandBadge;
use crate::ui::lang::use_lang;

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let criteria = move || {
        let l = lang();
        CRITERIA
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <h3>{c.name.get(l)}</h3>
                        <p><strong>{tu_string!(i18n, about.looks_at)}": "</strong>{c.looks_at.get(l)}</p>
                        <p><strong>{tu_string!(i18n, about.evidence)}": "</strong>{c.evidence.get(l)}</p>
                        <dl class="descriptors">
                            {Rating::ALL.iter().map(|r| view! {
                                <dt>{td_string!(i18n.get_locale_untracked(), about.value, value = r.value()).to_string()}</dt>
                                <dd>{c.descriptor(*r).get(l)}</dd>
                            }).collect_view()}
                        </dl>
                    </li>
                }
            })
            .collect_view()
    };
    let bands = move || {
        let l = lang();
        let cuts = state.ws.with(|ws| ws.bands.clone());
        Band::ALL
            .iter()
            .map(|b| {
                let (lo, hi) = cuts.range(*b);
                view! { <li><BandBadge band=*b lang=l />" "{format!("{lo}–{hi}")}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="page prose" aria-labelledby="about-heading">
            <h1 id="about-heading">{tu_string!(i18n, about.heading)}</h1>
            <p>{tu_string!(i18n, about.intro)}</p>
            <h2>{tu_string!(i18n, about.criteria_heading)}</h2>
            <p>{tu_string!(i18n, about.criteria_intro)}</p>
            <ol class="criteria-list">{criteria}</ol>
            <h2>{tu_string!(i18n, about.bands_heading)}</h2>
            <p>{tu_string!(i18n, about.bands_text)}</p>
            <ul data-testid="band-list">{bands}</ul>
            <p>{tu_string!(i18n, about.bands_overlap)}</p>
            <p>{tu_string!(i18n, about.bands_config)}</p>
            <h2>{tu_string!(i18n, about.products_heading)}</h2>
            <p>{tu_string!(i18n, about.products_text)}</p>
            <h2>{tu_string!(i18n, about.privacy_heading)}</h2>
            <p>{tu_string!(i18n, about.privacy_text)}</p>
            <p class="citation">{tu_string!(i18n, about.citation)}</p>
        </section>
    }
}
