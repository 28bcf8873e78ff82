//! Step 1: when the assessment was made, the period it covers, and who rates.

use leptos::prelude::*;
use practica_core::scoring::AssessmentError;

use super::open::{OpenAssessment, STEP_HEADING_ID};
use super::raters::RaterList;
use crate::i18n::*;
use crate::ui::lang::use_lang;

#[component]
pub fn DetailsStep(open: OpenAssessment) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let date = Memo::new(move |_| open.read(|a| a.date.clone()).unwrap_or_default());
    let date_error = RwSignal::new(None::<AssessmentError>);
    let period_error = RwSignal::new(None::<AssessmentError>);
    // The period field keeps what is typed (spaces included); the core stores the cleaned
    // text. Binding the field to the stored text would eat a space as soon as it is typed.
    let period_typed = open.read_untracked(|a| a.period.clone()).unwrap_or_default();

    let on_date = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let result = open.try_edit(|a, now| a.set_date(&value, now));
        date_error.set(result.and_then(Result::err));
    };
    let on_period = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let result = open.try_edit(|a, now| a.set_period(&value, now));
        period_error.set(result.and_then(Result::err));
    };
    let message = move |e: RwSignal<Option<AssessmentError>>| {
        move || e.get().map(|e| e.message(lang())).unwrap_or_default()
    };
    let invalid = move |e: RwSignal<Option<AssessmentError>>| {
        move || e.with(Option::is_some).then_some("true")
    };

    view! {
        <h2 id=STEP_HEADING_ID tabindex="-1">{tu_string!(i18n, score.details_heading)}</h2>
        <p class="lead">{tu_string!(i18n, score.details_intro)}</p>
        <div class="form">
            <div class="field">
                <label for="assessment-date">
                    {tu_string!(i18n, score.date_label)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span>
                </label>
                <p class="hint" id="assessment-date-hint">{tu_string!(i18n, score.date_hint)}</p>
                <input id="assessment-date" type="date"
                    aria-describedby="assessment-date-hint assessment-date-error"
                    aria-invalid=invalid(date_error)
                    prop:value=date on:change=on_date />
                <p class="field-error" id="assessment-date-error">{message(date_error)}</p>
            </div>
            <div class="field">
                <label for="assessment-period">
                    {tu_string!(i18n, score.period_label)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span>
                </label>
                <p class="hint" id="assessment-period-hint">{tu_string!(i18n, score.period_hint)}</p>
                <input id="assessment-period" type="text" autocomplete="off"
                    aria-describedby="assessment-period-hint assessment-period-error"
                    aria-invalid=invalid(period_error)
                    prop:value=period_typed on:input=on_period />
                <p class="field-error" id="assessment-period-error">{message(period_error)}</p>
            </div>
        </div>
        <RaterList open=open />
    }
}
