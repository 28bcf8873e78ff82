//! The criterion-3 ("timely delivery of products") rating the products tracker suggests, with
//! its reason and the rule. Raters decide: on the tracker page it is information; in the
//! scoring wizard's criterion-3 step (`Criterion3Suggestion`) it can be used as the consensus
//! with one button, or overridden by choosing another value.

use leptos::prelude::*;
use practica_core::programme::{suggest_timely_delivery, Suggestion, CRITERION3_RULE};
use practica_core::scoring::CriterionId;

use crate::i18n::*;
use crate::route::Route;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// The suggestion for a CoP on today's date, re-worked when its products change.
fn use_suggestion(cop: StoredValue<String>) -> Memo<Option<Suggestion>> {
    let state = use_app();
    let today = crate::clock::today_iso();
    let products = Memo::new(move |_| state.ws.with(|ws| ws.community(&cop.get_value()).map(|c| c.products.clone())));
    Memo::new(move |_| products.with(|p| p.as_ref().map(|p| suggest_timely_delivery(p, &today))))
}

/// The rule as an expandable paragraph.
#[component]
fn Rule() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <details class="tracker-rule">
            <summary>{tu_string!(i18n, dash.rule_summary)}</summary>
            <p>{move || CRITERION3_RULE.get(lang())}</p>
        </details>
    }
}

/// On the tracker page: the suggestion and where to use it.
#[component]
pub fn TrackerSuggestion(cop: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let suggestion = use_suggestion(cop);
    view! {
        <h2 id="suggestion-heading">{tu_string!(i18n, dash.suggestion_heading)}</h2>
        <div class="card tracker-suggestion" role="status" aria-live="polite" data-testid="tracker-suggestion">
            {move || suggestion.get().map(|s| view! {
                <p class="tracker-suggested">
                    {match s.rating {
                        Some(r) => td_string!(i18n.get_locale_untracked(), dash.suggested_value, value = r.value()).to_string(),
                        None => tu_string!(i18n, dash.no_suggestion).to_string(),
                    }}
                </p>
                <p>{s.reason(lang())}</p>
            })}
        </div>
        <Rule />
        <p>
            {tu_string!(i18n, dash.suggestion_where)}" "
            <a href=Route::Score(Some(cop.get_value())).href()>{tu_string!(i18n, dash.open_wizard)}</a>
        </p>
    }
}

/// In the scoring wizard's criterion-3 step: the suggestion and a button that makes it the
/// consensus rating of the open assessment (through `state.edit_cop`, like every wizard edit).
#[component]
pub fn Criterion3Suggestion(cop_id: String, #[prop(into)] assessment_id: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let cop = StoredValue::new(cop_id);
    let suggestion = use_suggestion(cop);
    let consensus = Memo::new(move |_| {
        let id = assessment_id.get();
        state.ws.with(|ws| {
            ws.community(&cop.get_value())
                .and_then(|c| c.assessments.iter().find(|a| a.id == id))
                .and_then(|a| a.consensus.get(&CriterionId::TimelyDelivery).copied())
        })
    });
    let accept = move |_| {
        let Some(r) = suggestion.get_untracked().and_then(|s| s.rating) else { return };
        let id = assessment_id.get_untracked();
        let now = crate::clock::now_ms();
        state.edit_cop(&cop.get_value(), |c| {
            if let Some(a) = c.assessments.iter_mut().find(|a| a.id == id) {
                a.set_consensus(CriterionId::TimelyDelivery, Some(r), now);
            }
        });
    };
    let tracker = Route::Tracker(cop.get_value()).href();
    view! {
        <div class="card c3-suggestion" data-testid="c3-suggestion">
            {move || suggestion.get().map(|s| match s.rating {
                Some(r) => view! {
                    <p class="tracker-suggested">
                        {td_string!(i18n.get_locale_untracked(), dash.wizard_suggested, value = r.value()).to_string()}
                    </p>
                    <p>{s.reason(lang())}</p>
                    <div class="actions">
                        <button type="button" class="btn" on:click=accept>
                            {td_string!(i18n.get_locale_untracked(), dash.use_suggestion, value = r.value()).to_string()}
                        </button>
                    </div>
                    <p role="status" class="c3-match">
                        {move || (consensus.get() == Some(r)).then(|| tu_string!(i18n, dash.suggestion_used).to_string())}
                    </p>
                }
                .into_any(),
                None => view! {
                    <p class="tracker-suggested">{tu_string!(i18n, dash.wizard_no_suggestion)}</p>
                    <p>{s.reason(lang())}</p>
                }
                .into_any(),
            })}
            <Rule />
            <p><a href=tracker>{tu_string!(i18n, dash.edit_tracker)}</a></p>
        </div>
    }
}
