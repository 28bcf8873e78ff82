//! One step per criterion: what it looks at and where the evidence is, the three descriptors
//! as large cards forming a real radio group (arrow keys move between them, as with any radio
//! buttons), each rater's rating when there are raters, and an evidence note.

use leptos::prelude::*;
use practica_core::scoring::{criterion, AssessmentError, CriterionId, Rating};

use super::open::{OpenAssessment, STEP_HEADING_ID};
use super::rater_ratings::RaterRatings;
use crate::i18n::*;
use crate::ui::lang::use_lang;

#[component]
pub fn CriterionStep(open: OpenAssessment, criterion: CriterionId) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let crit = practica_core::scoring::criterion(criterion);
    let key = criterion.as_str();
    let consensus = Memo::new(move |_| open.read(|a| a.consensus.get(&criterion).copied()).flatten());
    let has_raters = Memo::new(move |_| open.read(|a| !a.raters.is_empty()).unwrap_or(false));
    let group_name = format!("consensus-{key}");
    let radio_id = move |r: Rating| format!("consensus-{key}-{}", r.value());

    let card = move |r: Rating| {
        let name = group_name.clone();
        view! {
            <label class="rating-card" for=radio_id(r)>
                <input type="radio" id=radio_id(r) name=name value=r.value().to_string()
                    prop:checked=move || consensus.get() == Some(r)
                    on:change=move |_| open.edit(|a, now| a.set_consensus(criterion, Some(r), now)) />
                <span class="rating-value">{r.value()}</span>
                // A space so the accessible name reads "5 Good communication…", not "5Good".
                " "
                <span class="rating-text">{move || crit.descriptor(r).get(lang())}</span>
            </label>
        }
    };
    let clear = move |_| {
        open.edit(|a, now| a.set_consensus(criterion, None, now));
        // The button disappears with the rating; the first choice is the sensible next stop.
        if let Some(el) = document().get_element_by_id(&radio_id(Rating::One)) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };

    view! {
        <h2 id=STEP_HEADING_ID tabindex="-1">
            {move || td_string!(i18n.get_locale_untracked(), score.criterion_heading, number = crit.number, name = crit.name.get(lang())).to_string()}
        </h2>
        <dl class="criterion-facts">
            <div>
                <dt>{tu_string!(i18n, score.looks_at)}</dt>
                <dd>{move || crit.looks_at.get(lang())}</dd>
            </div>
            <div>
                <dt>{tu_string!(i18n, score.evidence_source)}</dt>
                <dd>{move || crit.evidence.get(lang())}</dd>
            </div>
        </dl>
        <fieldset class="rating-cards">
            <legend>
                {move || if has_raters.get() {
                    tu_string!(i18n, score.consensus_legend)
                } else {
                    tu_string!(i18n, score.rating_legend)
                }}
            </legend>
            {Rating::ALL.into_iter().map(card).collect_view()}
        </fieldset>
        <div class="rating-chosen">
            <p role="status" data-testid="chosen">
                {move || match consensus.get() {
                    Some(r) => td_string!(i18n.get_locale_untracked(), score.chosen, value = r.value()).to_string(),
                    None => tu_string!(i18n, score.not_chosen).to_string(),
                }}
            </p>
            <Show when=move || consensus.get().is_some()>
                <button type="button" class="btn-link" on:click=clear>{tu_string!(i18n, score.clear_rating)}</button>
            </Show>
        </div>
        {(criterion == CriterionId::TimelyDelivery).then(|| view! {
            <crate::pages::tracker::Criterion3Suggestion cop_id=open.cop.get_value() assessment_id=open.id />
        })}
        <Show when=move || has_raters.get()>
            <RaterRatings open=open criterion=criterion />
        </Show>
        <EvidenceNote open=open criterion=criterion />
    }
}

/// The evidence note: what in the source of evidence justifies the rating.
#[component]
fn EvidenceNote(open: OpenAssessment, criterion: CriterionId) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let key = criterion.as_str();
    let error = RwSignal::new(None::<AssessmentError>);
    // Like the period: the field keeps exactly what is typed; the core stores it trimmed.
    // A note over the limit stays in the field (nothing is lost) with the reason shown.
    let typed = open.read_untracked(|a| a.notes.get(&criterion).cloned()).flatten().unwrap_or_default();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let result = open.try_edit(|a, now| a.set_note(criterion, &value, now));
        error.set(result.and_then(Result::err));
    };
    let id = format!("note-{key}");
    let hint = format!("note-{key}-hint");
    let err = format!("note-{key}-error");
    view! {
        <div class="field evidence-note">
            <label for=id.clone()>
                {tu_string!(i18n, score.note_label)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span>
            </label>
            <p class="hint" id=hint.clone()>
                {move || td_string!(i18n.get_locale_untracked(), score.note_hint, source = criterion_source(criterion, lang())).to_string()}
            </p>
            <textarea id=id rows="4" aria-describedby=format!("{hint} {err}")
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=typed on:input=on_input></textarea>
            <p class="field-error" id=err>{move || error.get().map(|e| e.message(lang())).unwrap_or_default()}</p>
        </div>
    }
}

fn criterion_source(c: CriterionId, lang: practica_core::text::Lang) -> String {
    criterion(c).evidence.get(lang).to_lowercase()
}
