//! The wizard's frame: heading, the step list, "Step 2 of 7", the current step, Back/Next, and
//! starting the next assessment once this one is complete.

use leptos::prelude::*;
use practica_core::scoring::{criterion, Assessment, WizardStep, WIZARD_STEPS};

use super::criterion_step::CriterionStep;
use super::details::DetailsStep;
use super::open::{focus_step_heading, OpenAssessment};
use super::review::ReviewStep;
use crate::i18n::*;
use crate::route::Route;
use crate::state::use_app;
use crate::ui::lang::use_lang;

#[component]
pub fn Wizard(cop: String, assessment: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let open = OpenAssessment::new(state, cop.clone(), assessment);
    // Keyed by the assessment too: starting a new assessment at the same step must still
    // rebuild the step (its fields hold the text being typed).
    let current = Memo::new(move |_| open.read(|a| (a.id.clone(), a.step())));
    let step = Memo::new(move |_| current.get().map(|(_, s)| s));
    let complete = Memo::new(move |_| open.read(|a| a.is_complete()).unwrap_or(false));
    let cop_name = {
        let cop = cop.clone();
        move || state.ws.with(|ws| ws.community(&cop).map(|c| c.name.clone())).unwrap_or_default()
    };

    let start_new = {
        let cop = cop.clone();
        move |_| {
            let id = crate::clock::new_id("asm");
            let now = crate::clock::now_ms();
            let previous = open.id.get_untracked();
            state.edit_cop(&cop, |c| {
                let next = c
                    .assessments
                    .iter()
                    .find(|a| a.id == previous)
                    .map(|p| Assessment::follow_up(p, id.clone(), now))
                    .unwrap_or_else(|| Assessment::new(id.clone(), now));
                c.assessments.push(next);
            });
            open.id.set(id);
            state.notify(tu_string!(i18n, score.new_started).to_string(), None);
            focus_step_heading();
        }
    };

    let body = move || match current.get() {
        None => view! {
            <h2 id=super::open::STEP_HEADING_ID tabindex="-1">{tu_string!(i18n, score.gone_heading)}</h2>
            <p>{tu_string!(i18n, score.gone_text)}</p>
            <p><a class="btn" href=Route::Score(None).href()>{tu_string!(i18n, score.unknown_back)}</a></p>
        }
        .into_any(),
        Some((_, WizardStep::Details)) => view! { <DetailsStep open=open /> }.into_any(),
        Some((_, WizardStep::Criterion(c))) => {
            view! { <CriterionStep open=open criterion=c /> }.into_any()
        }
        Some((_, WizardStep::Review)) => view! { <ReviewStep open=open /> }.into_any(),
    };

    // Keep the current step visible in the step list, which scrolls sideways on a phone.
    Effect::new(move |_| {
        step.track();
        set_timeout(show_current_step, std::time::Duration::ZERO);
    });

    let results_href = Route::Community(cop.clone()).href();
    view! {
        <section class="page wizard" aria-labelledby="score-heading">
            <h1 id="score-heading">
                {move || td_string!(i18n.get_locale_untracked(), score.wizard_heading, name = cop_name()).to_string()}
            </h1>
            <p class="wizard-meta">{move || open.read(|a| assessment_label(i18n.get_locale_untracked(), a))}</p>
            <Show when=move || complete.get()>
                <div class="card wizard-complete no-print">
                    <p>{tu_string!(i18n, score.complete_note)}</p>
                    <button type="button" class="btn" on:click=start_new.clone()>{tu_string!(i18n, score.start_new)}</button>
                </div>
            </Show>
            <StepList open=open step=step />
            <p class="wizard-progress" data-testid="progress">
                {move || step.get().map(|s| td_string!(i18n.get_locale_untracked(), score.progress, n = s.number(), total = WIZARD_STEPS).to_string())}
            </p>
            <div class="wizard-step">{body}</div>
            <div class="actions wizard-nav">
                {move || step.get().and_then(|s| s.previous()).map(|prev| view! {
                    <button type="button" class="btn" on:click=move |_| open.go(prev)>
                        <span aria-hidden="true">"← "</span>{tu_string!(i18n, score.back)}
                    </button>
                })}
                {move || match step.get() {
                    Some(WizardStep::Review) => view! {
                        <a class="btn btn-primary" href=results_href.clone()>{tu_string!(i18n, score.see_results)}</a>
                    }.into_any(),
                    Some(s) => {
                        let next = s.next().unwrap_or(WizardStep::Review);
                        view! {
                            <button type="button" class="btn btn-primary" on:click=move |_| open.go(next)>
                                {tu_string!(i18n, score.next)}<span aria-hidden="true">" →"</span>
                            </button>
                        }.into_any()
                    }
                    None => ().into_any(),
                }}
            </div>
        </section>
    }
}

/// Scrolls the step list sideways (only that box, never the page) to the current step.
fn show_current_step() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let (Some(list), Some(current)) = (
        doc.query_selector(".wizard-steps").ok().flatten(),
        doc.query_selector(".step-btn[aria-current='step']")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return;
    };
    // The list is positioned, so the button's offset is measured from the list's left edge.
    list.set_scroll_left((current.offset_left() - 16).max(0));
}

/// "Assessment of 2015-05-31 · 2013–2015", or "Draft, no date yet".
fn assessment_label(locale: Locale, a: &Assessment) -> String {
    let date = if a.date.is_empty() {
        td_string!(locale, score.no_date).to_string()
    } else {
        td_string!(locale, score.dated, date = a.date.clone()).to_string()
    };
    if a.period.is_empty() {
        date
    } else {
        td_string!(locale, score.date_and_period, date = date, period = a.period.clone())
            .to_string()
    }
}

/// Every step as a button (jump anywhere), the current one marked with aria-current="step",
/// each criterion showing its consensus rating or that it is not rated yet.
#[component]
fn StepList(open: OpenAssessment, step: Memo<Option<WizardStep>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let item = move |s: WizardStep| {
        let name = move || match s {
            WizardStep::Details => tu_string!(i18n, score.step_details).to_string(),
            WizardStep::Criterion(c) => criterion(c).short.get(lang()).to_string(),
            WizardStep::Review => tu_string!(i18n, score.step_review).to_string(),
        };
        let state = move || {
            let c = s.criterion()?;
            let rating = open.read(|a| a.consensus.get(&c).copied())?;
            Some(match rating {
                Some(r) => view! {
                    <span class="step-state step-rated" aria-hidden="true">{format!("✓{}", r.value())}</span>
                    <span class="sr-only">", "{td_string!(i18n.get_locale_untracked(), score.step_rated, value = r.value()).to_string()}</span>
                }
                .into_any(),
                None => view! {
                    <span class="step-state step-missing" aria-hidden="true">"○"</span>
                    <span class="sr-only">", "{tu_string!(i18n, score.step_not_rated)}</span>
                }
                .into_any(),
            })
        };
        view! {
            <li>
                <button type="button" class="step-btn"
                    aria-current=move || (step.get() == Some(s)).then_some("step")
                    on:click=move |_| open.go(s)>
                    <span class="step-num">{s.number()}</span>
                    " "
                    <span class="step-name">{name}</span>
                    {state}
                </button>
            </li>
        }
    };
    view! {
        <nav class="wizard-steps no-print" aria-label=tu_string!(i18n, score.steps_label)>
            <ol>{WizardStep::ALL.into_iter().map(item).collect_view()}</ol>
        </nav>
    }
}
