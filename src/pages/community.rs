//! `#/cop/<id>`: the results of one CoP: its latest complete score and band, the five
//! consensus ratings with their descriptors and evidence notes, where raters disagreed, and
//! the history over assessments. Print-friendly (the print stylesheet drops navigation).

use leptos::prelude::*;
use practica_core::scoring::{current_draft, history, latest_complete, Assessment, BandCuts};

use crate::i18n::*;
use crate::pages::score::results::{
    disagreement_summary, place, ConsensusList, HistoryTable, RaterTable, TotalBand,
};
use crate::route::Route;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// What the page shows, copied out of the workspace so the page re-renders only when it
/// changes (not on edits to other CoPs).
#[derive(Clone, PartialEq)]
struct Results {
    name: String,
    place: String,
    assessments: Vec<Assessment>,
    cuts: BandCuts,
}

#[component]
pub fn CommunityPage(id: String) -> impl IntoView {
    let state = use_app();
    let lookup = id.clone();
    let data = Memo::new(move |_| {
        state.ws.with(|ws| {
            ws.community(&lookup).map(|c| Results {
                name: c.name.clone(),
                place: place(&c.region, &c.country),
                assessments: c.assessments.clone(),
                cuts: ws.bands,
            })
        })
    });
    view! {
        <section class="page results" aria-labelledby="results-heading">
            {move || match data.get() {
                Some(r) => view! { <Found id=id.clone() results=r /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 id="results-heading">{tu_string!(i18n, score.res_unknown_heading)}</h1>
        <p>{tu_string!(i18n, score.res_unknown_text)}</p>
        <p><a class="btn" href=Route::Communities.href()>{tu_string!(i18n, score.res_back)}</a></p>
    }
}

#[component]
fn Found(id: String, results: Results) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Results { name, place, assessments, cuts } = results;
    let has_draft = current_draft(&assessments).is_some();
    let latest = latest_complete(&assessments).cloned();
    let rows = history(&assessments, &cuts);
    let score_href = Route::Score(Some(id.clone())).href();
    let has_latest = latest.is_some();

    let score_label = move || {
        if has_draft {
            tu_string!(i18n, score.continue_draft)
        } else if has_latest {
            tu_string!(i18n, score.res_score_again)
        } else {
            tu_string!(i18n, score.score_action)
        }
    };
    let main = match latest {
        Some(a) => {
            let has_raters = !a.raters.is_empty();
            let when = (!a.date.is_empty() || !a.period.is_empty()).then(|| a.clone());
            let total = a.total().unwrap_or_default();
            let band = a.band(&cuts);
            let for_list = a.clone();
            view! {
                <h2>{tu_string!(i18n, score.res_latest_heading)}</h2>
                {when.map(|w| view! {
                    <p class="results-when">{move || when_text(i18n.get_locale_untracked(), &w)}</p>
                })}
                <div class="card result-total">
                    {move || view! { <TotalBand total=total band=band lang=lang() /> }}
                </div>
                {move || view! { <ConsensusList assessment=for_list.clone() lang=lang() /> }}
                {has_raters.then(move || view! {
                    <h2>{tu_string!(i18n, score.disagreements_heading)}</h2>
                    <p data-testid="disagreements">
                        {let a = a.clone(); move || disagreement_summary(i18n.get_locale_untracked(), lang(), &a)}
                    </p>
                    {move || view! { <RaterTable assessment=a.clone() lang=lang() /> }}
                })}
            }
            .into_any()
        }
        None => {
            let missing = current_draft(&assessments).map(|d| d.missing().len());
            view! {
                <p class="empty" data-testid="not-scored">
                    {move || match missing {
                        Some(n) => td_string!(i18n.get_locale_untracked(), score.res_draft_only, missing = n).to_string(),
                        None => tu_string!(i18n, score.res_not_scored).to_string(),
                    }}
                    " "
                    <a href=score_href.clone()>{score_label}</a>
                </p>
            }
            .into_any()
        }
    };

    view! {
        <h1 id="results-heading">{name}</h1>
        <p class="cop-place">{place}</p>
        <nav class="actions no-print" aria-label=tu_string!(i18n, score.res_links_label)>
            <a class="btn btn-primary" href=Route::Score(Some(id.clone())).href()>{score_label}</a>
            <a class="btn" href=Route::Composition.href()>{tu_string!(i18n, nav.composition)}</a>
            <a class="btn" href=Route::Summary(Some(id.clone())).href()>{tu_string!(i18n, nav.summary)}</a>
            <a class="btn" href=Route::Tracker(id.clone()).href()>{tu_string!(i18n, dash.tracker_link)}</a>
        </nav>
        {main}
        {(!rows.is_empty()).then(|| view! {
            <h2>{tu_string!(i18n, score.history_heading)}</h2>
            {move || view! { <HistoryTable rows=rows.clone() lang=lang() /> }}
        })}
    }
}

/// "Assessment of 2015-05-31 · period 2013–2015".
fn when_text(locale: Locale, a: &Assessment) -> String {
    match (a.date.is_empty(), a.period.is_empty()) {
        (false, false) => td_string!(locale, score.res_when_both, date = a.date.clone(), period = a.period.clone()).to_string(),
        (false, true) => td_string!(locale, score.dated, date = a.date.clone()).to_string(),
        _ => td_string!(locale, score.res_when_period, period = a.period.clone()).to_string(),
    }
}
