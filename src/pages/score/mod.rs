//! Scoring: choose a CoP (`#/score`), then the wizard for its current assessment
//! (`#/score/<id>`): details, one step per criterion, review.
//!
//! One file a part: `chooser` (the list of CoPs), `wizard` (the frame: step list, progress,
//! back/next), `details`, `raters`, `criterion_step`, `rater_ratings`, `review`; `open` is the
//! handle every part uses to read and change the open assessment; `results` holds the pieces
//! the CoP results page (`pages::community`) shares with the review.

mod chooser;
mod criterion_step;
mod details;
mod open;
mod rater_ratings;
mod raters;
pub mod results;
mod review;
mod wizard;

use leptos::prelude::*;
use practica_core::scoring::{assessment_to_open, Assessment};

use crate::i18n::*;
use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn ScorePage(id: Option<String>) -> impl IntoView {
    match id {
        None => view! { <chooser::Chooser /> }.into_any(),
        Some(cop) => match open_or_start(&cop) {
            Some(assessment) => view! { <wizard::Wizard cop=cop assessment=assessment /> }.into_any(),
            None => view! { <UnknownCop /> }.into_any(),
        },
    }
}

/// The assessment the wizard opens for a CoP (see `assessment_to_open`), starting a new draft
/// when the CoP has none. `None` if there is no such CoP.
fn open_or_start(cop: &str) -> Option<String> {
    let state = use_app();
    let existing = state.ws.with_untracked(|ws| {
        ws.community(cop).map(|c| assessment_to_open(&c.assessments).map(|a| a.id.clone()))
    })?;
    if let Some(id) = existing {
        return Some(id);
    }
    let id = crate::clock::new_id("asm");
    let now = crate::clock::now_ms();
    let made = state.edit_cop(cop, |c| c.assessments.push(Assessment::new(id.clone(), now)));
    made.then_some(id)
}

#[component]
fn UnknownCop() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" aria-labelledby="score-heading">
            <h1 id="score-heading">{tu_string!(i18n, score.unknown_heading)}</h1>
            <p>{tu_string!(i18n, score.unknown_text)}</p>
            <p><a class="btn" href=Route::Score(None).href()>{tu_string!(i18n, score.unknown_back)}</a></p>
        </section>
    }
}
