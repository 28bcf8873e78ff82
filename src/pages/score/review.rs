//! The last step: the total and band once all five criteria are rated, otherwise which are
//! missing (with links to them); the ratings; where raters disagree; the details.

use leptos::prelude::*;
use practica_core::scoring::{criterion, Assessment, CriterionId, WizardStep};

use super::open::{OpenAssessment, STEP_HEADING_ID};
use super::results::{disagreement_summary, RaterTable, TotalBand};
use crate::i18n::*;
use crate::ui::lang::use_lang;

#[component]
pub fn ReviewStep(open: OpenAssessment) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let snapshot = Memo::new(move |_| {
        let cuts = open.state.ws.with(|ws| ws.bands);
        open.read(|a| (a.clone(), cuts))
    });
    // A button that jumps to a criterion's step.
    let jump = move |c: CriterionId| {
        view! {
            <button type="button" class="btn-link" on:click=move |_| open.go(WizardStep::Criterion(c))>
                {move || criterion(c).name.get(lang())}
            </button>
        }
    };

    let total = move || {
        let (a, cuts) = snapshot.get()?;
        let l = lang();
        Some(match a.total() {
            Some(t) => view! { <TotalBand total=t band=a.band(&cuts) lang=l /> }.into_any(),
            None => view! {
                <p class="no-total" data-testid="no-total">
                    {td_string!(i18n.get_locale_untracked(), score.no_total, missing = a.missing().len(), total = CriterionId::ALL.len()).to_string()}
                </p>
            }
            .into_any(),
        })
    };
    let missing = move || {
        let (a, _) = snapshot.get()?;
        let missing = a.missing();
        (!missing.is_empty()).then(|| view! {
            <h3>{tu_string!(i18n, score.missing_heading)}</h3>
            <ul class="missing-list" data-testid="missing">
                {missing.into_iter().map(|c| view! { <li>{jump(c)}</li> }).collect_view()}
            </ul>
        })
    };
    let ratings = move || {
        let (a, _) = snapshot.get()?;
        // Rebuilt when the language changes too (the table's texts are read once).
        let _ = lang();
        Some(view! { <RatingsTable assessment=a jump=jump /> })
    };
    let raters = move || {
        let (a, _) = snapshot.get()?;
        if a.raters.is_empty() {
            return None;
        }
        let l = lang();
        let summary = disagreement_summary(i18n.get_locale_untracked(), l, &a);
        Some(view! {
            <h3>{tu_string!(i18n, score.disagreements_heading)}</h3>
            <p data-testid="disagreements">{summary}</p>
            <RaterTable assessment=a lang=l />
        })
    };
    let details = move || {
        let (a, _) = snapshot.get()?;
        Some(details_list(i18n.get_locale_untracked(), &a))
    };

    view! {
        <h2 id=STEP_HEADING_ID tabindex="-1">{tu_string!(i18n, score.review_heading)}</h2>
        <div class="card review-total" role="status">{total}</div>
        {missing}
        {ratings}
        {raters}
        <h3>{tu_string!(i18n, score.details_heading)}</h3>
        {details}
        <button type="button" class="btn" on:click=move |_| open.go(WizardStep::Details)>
            {tu_string!(i18n, score.edit_details)}
        </button>
    }
}

/// The consensus per criterion with the note, each criterion a link back to its step.
#[component]
fn RatingsTable<J, V>(assessment: Assessment, jump: J) -> impl IntoView
where
    J: Fn(CriterionId) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let rows = CriterionId::ALL
        .into_iter()
        .map(|c| {
            let rating = assessment.consensus.get(&c).map(|r| r.value().to_string());
            let note = assessment.notes.get(&c).cloned().unwrap_or_else(|| "–".to_string());
            view! {
                <tr>
                    <th scope="row">{jump(c)}</th>
                    <td data-testid="review-rating">
                        {rating.unwrap_or_else(|| tu_string!(i18n, score.not_rated_short).to_string())}
                    </td>
                    <td class="note-cell">{note}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby="ratings-caption" tabindex="0">
            <table class="ratings-table">
                <caption id="ratings-caption">{tu_string!(i18n, score.ratings_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tu_string!(i18n, score.col_criterion)}</th>
                        <th scope="col">{tu_string!(i18n, score.col_consensus)}</th>
                        <th scope="col">{tu_string!(i18n, score.note_heading)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Date, period and raters as a definition list.
fn details_list(locale: Locale, a: &Assessment) -> impl IntoView {
    let dash = |s: &str| if s.is_empty() { "–".to_string() } else { s.to_string() };
    let raters = if a.raters.is_empty() {
        td_string!(locale, score.raters_none_short).to_string()
    } else {
        a.raters.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
    };
    view! {
        <dl class="details-list">
            <div><dt>{td_string!(locale, score.date_label).to_string()}</dt><dd>{dash(&a.date)}</dd></div>
            <div><dt>{td_string!(locale, score.period_label).to_string()}</dt><dd>{dash(&a.period)}</dd></div>
            <div><dt>{td_string!(locale, score.raters_heading).to_string()}</dt><dd>{raters}</dd></div>
        </dl>
    }
}
