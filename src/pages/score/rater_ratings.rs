//! Each rater's own rating of one criterion (a compact radio group per rater), how far they
//! agree, and the suggested consensus with a one-click "use the suggestion".

use leptos::prelude::*;
use practica_core::scoring::{Agreement, CriterionId, Rating};

use super::open::OpenAssessment;
use crate::i18n::*;

#[component]
pub fn RaterRatings(open: OpenAssessment, criterion: CriterionId) -> impl IntoView {
    let i18n = use_i18n();
    let key = criterion.as_str();
    let raters = move || {
        open.read(|a| a.raters.iter().map(|r| (r.id.clone(), r.name.clone())).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let rater_count = move || open.read(|a| a.raters.len()).unwrap_or(0);
    let agreement = Memo::new(move |_| {
        open.read(|a| a.agreements().into_iter().find(|g| g.criterion == criterion)).flatten()
    });
    let consensus = Memo::new(move |_| open.read(|a| a.consensus.get(&criterion).copied()).flatten());
    let suggestion = move || agreement.get().and_then(|g| g.suggestion);
    let offer = move || suggestion().filter(|s| consensus.get() != Some(*s));
    let use_suggestion = move |_| {
        if let Some(s) = suggestion() {
            open.edit(|a, now| a.set_consensus(criterion, Some(s), now));
        }
    };

    let group = move |(id, name): (String, String)| {
        let radio = move |r: Rating| {
            let id = id.clone();
            let rid = id.clone();
            let checked = move || {
                open.read(|a| a.rater(&rid).and_then(|x| x.ratings.get(&criterion).copied()))
                    .flatten()
                    == Some(r)
            };
            view! {
                <label class="compact-radio">
                    <input type="radio" name=format!("rater-{id}-{key}") value=r.value().to_string()
                        prop:checked=checked
                        on:change=move |_| {
                            let _ = open.try_edit(|a, now| a.set_rater_rating(&id, criterion, Some(r), now));
                        } />
                    <span>{r.value()}</span>
                </label>
            }
        };
        view! {
            <fieldset class="compact-radios" data-testid="rater-group">
                <legend>{name}</legend>
                {Rating::ALL.into_iter().map(radio).collect_view()}
            </fieldset>
        }
    };

    view! {
        <section class="raters-panel" aria-labelledby="raters-panel-heading">
            <h3 id="raters-panel-heading">{tu_string!(i18n, score.raters_ratings_heading)}</h3>
            <p class="hint">{tu_string!(i18n, score.raters_ratings_intro)}</p>
            <div class="rater-groups">
                <For each=raters key=|r| r.clone() children=group />
            </div>
            <div class="agreement">
                <p role="status" data-testid="spread">
                    {move || agreement.get().map(|g| agreement_text(i18n.get_locale_untracked(), &g, rater_count()))}
                </p>
                <p data-testid="suggestion">
                    {move || match suggestion() {
                        Some(s) => td_string!(i18n.get_locale_untracked(), score.suggestion, value = s.value()).to_string(),
                        None => tu_string!(i18n, score.suggestion_none).to_string(),
                    }}
                </p>
                <p class="hint">{tu_string!(i18n, score.suggestion_why)}</p>
                <Show when=move || offer().is_some()>
                    <button type="button" class="btn" on:click=use_suggestion>
                        {move || offer().map(|s| td_string!(i18n.get_locale_untracked(), score.use_suggestion, value = s.value()).to_string())}
                    </button>
                </Show>
            </div>
        </section>
    }
}

/// "Ratings range from 1 to 5 (a spread of 4 points)…", or that they agree, or who is missing.
pub fn agreement_text(locale: Locale, g: &Agreement, raters: usize) -> String {
    let rated = g.ratings.len();
    let progress = (rated < raters)
        .then(|| td_string!(locale, score.raters_progress, rated = rated, total = raters).to_string());
    let verdict = match g.range() {
        None => None,
        Some(_) if rated < 2 => None,
        Some((lo, hi)) if g.spread > 0 => Some(
            td_string!(locale, score.disagree, low = lo.value(), high = hi.value(), spread = g.spread)
                .to_string(),
        ),
        Some((lo, _)) => Some(td_string!(locale, score.agree, value = lo.value()).to_string()),
    };
    [progress, verdict].into_iter().flatten().collect::<Vec<_>>().join(" ")
}
