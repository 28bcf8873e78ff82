//! `#/score`: which CoP to score, with where each one stands.

use leptos::prelude::*;
use practica_core::paging::ListWindow;
use practica_core::scoring::{current_draft, latest_complete, Band, CriterionId};

use super::results;
use crate::i18n::*;
use crate::route::Route;
use crate::state::use_app;
use crate::ui::band::BandBadge;
use crate::ui::lang::use_lang;
use crate::ui::show_more::ShowMore;

/// What the list shows for one CoP.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
    place: String,
    latest: Option<(u8, Option<Band>)>,
    /// How many criteria the current draft has rated, if there is a draft.
    draft_rated: Option<usize>,
}

#[component]
pub fn Chooser() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let window = RwSignal::new(ListWindow::default());
    let count = Signal::derive(move || state.ws.with(|ws| ws.communities.len()));
    let rows = move || {
        let shown = window.with(|w| w.visible(count.get()));
        state.ws.with(|ws| {
            ws.communities
                .iter()
                .take(shown)
                .map(|c| Row {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    place: results::place(&c.region, &c.country),
                    latest: latest_complete(&c.assessments)
                        .and_then(|a| a.total().map(|t| (t, a.band(&ws.bands)))),
                    draft_rated: current_draft(&c.assessments).map(|a| a.consensus.len()),
                })
                .collect::<Vec<_>>()
        })
    };
    let total_criteria = CriterionId::ALL.len();
    view! {
        <section class="page" aria-labelledby="score-heading">
            <h1 id="score-heading">{tu_string!(i18n, score.choose_heading)}</h1>
            <p class="lead">{tu_string!(i18n, score.choose_intro)}</p>
            <Show when=move || state.ws.with(|ws| ws.communities.is_empty())>
                <p class="empty" data-testid="score-empty">
                    {tu_string!(i18n, score.choose_empty)}" "
                    <a href=Route::Communities.href()>{tu_string!(i18n, score.choose_add_link)}</a>
                </p>
            </Show>
            <ul class="cop-list" aria-label=tu_string!(i18n, score.choose_list_label)>
                <For each=rows key=|r| (r.id.clone(), r.name.clone(), r.place.clone(), r.latest.map(|(t, _)| t), r.draft_rated) let:row>
                    {
                        let Row { id, name, place, latest, draft_rated } = row;
                        let status = match latest {
                            Some((total, band)) => view! {
                                <p class="score-latest">
                                    {td_string!(i18n.get_locale_untracked(), score.choose_latest, total = total).to_string()}
                                    " "
                                    {band.map(|b| view! { <BandBadge band=b lang=lang() /> })}
                                </p>
                            }.into_any(),
                            None => view! { <p class="score-latest">{tu_string!(i18n, score.choose_not_scored)}</p> }.into_any(),
                        };
                        let draft = draft_rated.map(|n| view! {
                            <p class="score-draft">
                                {td_string!(i18n.get_locale_untracked(), score.choose_draft, rated = n, total = total_criteria).to_string()}
                            </p>
                        });
                        let action = if draft_rated.is_some() {
                            view! { {tu_string!(i18n, score.continue_draft)} }.into_any()
                        } else {
                            view! { {tu_string!(i18n, score.score_action)} }.into_any()
                        };
                        view! {
                            <li class="cop-card" data-testid="score-cop">
                                <h2 class="cop-name">{name.clone()}</h2>
                                <p class="cop-place">{place}</p>
                                {status}
                                {draft}
                                <div class="actions">
                                    <a class="btn btn-primary" href=Route::Score(Some(id.clone())).href()>
                                        {action}<span class="sr-only">" "{name.clone()}</span>
                                    </a>
                                    <a class="btn" href=Route::Community(id.clone()).href()>
                                        {tu_string!(i18n, score.see_results)}<span class="sr-only">" "{name.clone()}</span>
                                    </a>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            <ShowMore window=window total=count />
        </section>
    }
}
