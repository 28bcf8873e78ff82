//! The team members who rate independently: add, rename, remove (with undo).
//!
//! With no raters, one person (or the team together) enters the consensus directly.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use practica_core::scoring::{AssessmentError, Rater};

use super::open::OpenAssessment;
use crate::i18n::*;
use crate::ui::lang::use_lang;

const NEW_RATER_INPUT: &str = "new-rater";

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) =
        document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[component]
pub fn RaterList(open: OpenAssessment) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let raters = move || {
        open.read(|a| a.raters.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let none = move || open.read(|a| a.raters.is_empty()).unwrap_or(true);
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<AssessmentError>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = crate::clock::new_id("rater");
        let name = new_name.get_untracked();
        match open.try_edit(|a, now| a.add_rater(id, &name, now)) {
            Some(Ok(())) => {
                new_name.set(String::new());
                add_error.set(None);
            }
            Some(Err(e)) => {
                add_error.set(Some(e));
                focus(NEW_RATER_INPUT);
            }
            None => {}
        }
    };
    view! {
        <h3>{tu_string!(i18n, score.raters_heading)}</h3>
        <p class="hint">{tu_string!(i18n, score.raters_intro)}</p>
        <Show when=none>
            <p class="empty" data-testid="no-raters">{tu_string!(i18n, score.raters_none)}</p>
        </Show>
        <ul class="rater-list">
            <For each=raters key=|id| id.clone() let:id>
                <RaterRow open=open id=id />
            </For>
        </ul>
        <form class="add-rater form" on:submit=add novalidate>
            <label for=NEW_RATER_INPUT>{tu_string!(i18n, score.rater_new_label)}</label>
            <div class="inline-field">
                <input id=NEW_RATER_INPUT type="text" autocomplete="off"
                    aria-describedby="new-rater-error"
                    aria-invalid=move || add_error.with(Option::is_some).then_some("true")
                    prop:value=new_name on:input=move |ev| new_name.set(event_target_value(&ev)) />
                <button type="submit" class="btn">{tu_string!(i18n, score.rater_add)}</button>
            </div>
            <p class="field-error" id="new-rater-error">
                {move || add_error.get().map(|e| e.message(lang())).unwrap_or_default()}
            </p>
        </form>
    }
}

/// One rater: their name (renamed when the field is left) and a remove button.
#[component]
fn RaterRow(open: OpenAssessment, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = open.state;
    let error = RwSignal::new(None::<AssessmentError>);
    let typed =
        open.read_untracked(|a| a.rater(&id).map(|r| r.name.clone())).flatten().unwrap_or_default();
    let position = {
        let id = id.clone();
        move || open.read(|a| a.rater_index(&id)).flatten().map_or(0, |i| i + 1)
    };
    let name = {
        let id = id.clone();
        move || open.read(|a| a.rater(&id).map(|r| r.name.clone())).flatten().unwrap_or_default()
    };
    let rename = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let result = open.try_edit(|a, now| a.rename_rater(&id, &value, now));
            error.set(result.and_then(Result::err));
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            let index = open.read_untracked(|a| a.rater_index(&id)).flatten().unwrap_or(0);
            let mut removed: Option<Rater> = None;
            let result = open.try_edit(|a, now| a.remove_rater(&id, now).map(|r| removed = Some(r)));
            let (Some(Ok(())), Some(rater)) = (result, removed) else { return };
            let text = td_string!(i18n.get_locale_untracked(), score.rater_removed, name = rater.name.clone())
                .to_string();
            let slot = Mutex::new(Some(rater));
            let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
                let Some(rater) = slot.lock().ok().and_then(|mut s| s.take()) else { return };
                if let Some(Err(e)) = open.try_edit(|a, now| a.restore_rater(index, rater, now)) {
                    state.notify(e.message(lang()), None);
                }
            });
            state.notify(text, Some(undo));
            focus(NEW_RATER_INPUT);
        }
    };
    let input_id = format!("rater-name-{id}");
    let error_id = format!("rater-name-{id}-error");
    view! {
        <li class="rater-row" data-testid="rater-row">
            <label for=input_id.clone()>
                {move || td_string!(i18n.get_locale_untracked(), score.rater_label, n = position()).to_string()}
            </label>
            <div class="inline-field">
                <input id=input_id type="text" autocomplete="off"
                    aria-describedby=error_id.clone()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=typed on:change=rename />
                <button type="button" class="btn btn-danger" on:click=remove>
                    {tu_string!(i18n, score.rater_remove)}<span class="sr-only">" "{name}</span>
                </button>
            </div>
            <p class="field-error" id=error_id>
                {move || error.get().map(|e| e.message(lang())).unwrap_or_default()}
            </p>
        </li>
    }
}
