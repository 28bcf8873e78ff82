//! The log of barriers and facilitating factors of one CoP: the list (newest last, as they
//! were noted), editing in place, removing with "Undo", and the form to add one.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use practica_core::programme::{add_factor, edit_factor, remove_factor, restore_factor, Effect, Factor, FactorFields};

use super::factor_form::FactorForm;
use crate::i18n::*;
use crate::pages::dashboard::capitalise;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// The first words of a description, to tell buttons apart for screen readers.
fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let more = text.split_whitespace().count() > words.len();
    format!("{}{}", words.join(" "), if more { "…" } else { "" })
}

#[component]
pub fn FactorsLog(cop: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let factors = Memo::new(move |_| state.ws.with(|ws| ws.community(&cop.get_value()).map(|c| c.factors.clone()).unwrap_or_default()));
    let editing = RwSignal::new(None::<String>);

    let add = Callback::new(move |fields: FactorFields| {
        let id = crate::clock::new_id("factor");
        // Checked on a copy first: refused input changes nothing.
        let mut list = factors.get_untracked();
        match add_factor(&mut list, id, &fields) {
            Ok(()) => {
                state.edit_cop(&cop.get_value(), |c| c.factors = list);
                state.notify(tu_string!(i18n, dash.factor_added).to_string(), None);
                Vec::new()
            }
            Err(errs) => errs,
        }
    });

    let remove = move |id: String| {
        let mut removed = None;
        state.edit_cop(&cop.get_value(), |c| removed = remove_factor(&mut c.factors, &id).ok());
        let Some((index, factor)) = removed else { return };
        let text = td_string!(i18n.get_locale_untracked(), dash.factor_removed, what = short(&factor.description)).to_string();
        let slot = Mutex::new(Some((index, factor)));
        let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
            let Some((index, factor)) = slot.lock().ok().and_then(|mut g| g.take()) else { return };
            state.edit_cop(&cop.get_value(), |c| {
                let _ = restore_factor(&mut c.factors, index, factor);
            });
        });
        state.notify(text, Some(undo));
    };

    let item = move |f: Factor| {
        let id = f.id.clone();
        let is_editing = {
            let id = id.clone();
            move || editing.get().as_deref() == Some(id.as_str())
        };
        let save = {
            let id = id.clone();
            Callback::new(move |fields: FactorFields| {
                let mut list = factors.get_untracked();
                match edit_factor(&mut list, &id, &fields) {
                    Ok(()) => {
                        state.edit_cop(&cop.get_value(), |c| c.factors = list);
                        editing.set(None);
                        Vec::new()
                    }
                    Err(errs) => errs,
                }
            })
        };
        let shown = f.clone();
        let fields = f.fields();
        let what = short(&f.description);
        view! {
            <li class="tracker-factor" data-testid="factor">
                <Show when=is_editing.clone() fallback={
                    let shown = shown.clone();
                    let id = id.clone();
                    let what = what.clone();
                    move || {
                        let id_edit = id.clone();
                        let id_remove = id.clone();
                        let tag = format!("{} · {}", capitalise(shown.effect.label(lang())), shown.scope.label(lang()));
                        view! {
                            <p class="tracker-factor-tags">
                                <span class=format!("tracker-tag tracker-{}", if shown.effect == Effect::Hindering { "barrier" } else { "enabler" })>
                                    {tag}
                                </span>
                                {(!shown.date.is_empty()).then(|| view! { " · "<span>{shown.date.clone()}</span> })}
                            </p>
                            <p class="tracker-factor-text">{shown.description.clone()}</p>
                            <div class="actions">
                                <button type="button" class="btn" on:click=move |_| editing.set(Some(id_edit.clone()))>
                                    {tu_string!(i18n, dash.edit)}<span class="sr-only">" "{what.clone()}</span>
                                </button>
                                <button type="button" class="btn btn-danger" on:click=move |_| remove(id_remove.clone())>
                                    {tu_string!(i18n, dash.remove)}<span class="sr-only">" "{what.clone()}</span>
                                </button>
                            </div>
                        }
                    }
                }>
                    <FactorForm
                        form_id=format!("factor-edit-{}", id)
                        heading=Signal::derive(move || tu_string!(i18n, dash.edit_factor_heading).to_string())
                        submit_label=Signal::derive(move || tu_string!(i18n, dash.save).to_string())
                        initial=Some(fields.clone())
                        on_submit=save
                        on_cancel=Callback::new(move |_| editing.set(None)) />
                </Show>
            </li>
        }
    };

    view! {
        <h2 id="factors-heading">{tu_string!(i18n, dash.factors_heading)}</h2>
        <p class="lead">{tu_string!(i18n, dash.factors_intro)}</p>
        <Show when=move || factors.with(Vec::is_empty)>
            <p class="empty" data-testid="factors-empty">{tu_string!(i18n, dash.factors_empty)}</p>
        </Show>
        <ul class="tracker-factors" aria-labelledby="factors-heading">
            <For each=move || factors.get() key=|f| (f.id.clone(), f.description.clone(), f.date.clone(), f.scope, f.effect) let:f>
                {item(f)}
            </For>
        </ul>
        <FactorForm
            form_id="factor-new".to_string()
            heading=Signal::derive(move || tu_string!(i18n, dash.add_factor_heading).to_string())
            submit_label=Signal::derive(move || tu_string!(i18n, dash.add_factor).to_string())
            initial=None
            on_submit=add />
    }
}
