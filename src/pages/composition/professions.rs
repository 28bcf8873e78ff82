//! The profession rows: the paper's physicians, nurses and other, plus any a team adds
//! ("Health promoters", "Managers"). A team's own can be renamed and removed (with undo); all
//! can be reordered. The maths follows: every table, share and chart uses this list.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use practica_core::composition::{Profession, SetupError};

use super::fmt::focus_id;
use super::meta_only;
use crate::i18n::*;
use crate::state::{use_app, AppState};
use crate::storage::Pending;
use crate::ui::lang::{to_lang, use_lang};

/// One name field with its error. `on_submit` returns the problem, or None when saved.
#[component]
fn ProfessionForm(
    form_id: &'static str,
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] submit_label: Signal<String>,
    #[prop(optional)] initial: String,
    on_submit: Callback<String, Option<SetupError>>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let editing = !initial.is_empty();
    let name = RwSignal::new(initial);
    let error = RwSignal::new(None::<SetupError>);
    let message = move || error.get().map(|e| e.message(lang())).unwrap_or_default();
    let input_id = format!("{form_id}-name");
    let error_id = format!("{form_id}-name-error");
    let submit = {
        let input_id = input_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let problem = on_submit.run(name.get_untracked());
            if problem.is_some() {
                focus_id(&input_id);
            } else if !editing {
                name.set(String::new());
            }
            error.set(problem);
        }
    };
    view! {
        <form class="card form comp-form" on:submit=submit novalidate>
            <h3>{heading}</h3>
            <div class="field">
                <label for=input_id.clone()>{tu_string!(i18n, comp.prof_name)}</label>
                <p class="hint" id=format!("{form_id}-hint")>{tu_string!(i18n, comp.prof_name_hint)}</p>
                <input id=input_id type="text" autocomplete="off"
                    aria-describedby=format!("{form_id}-hint {error_id}")
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                <p class="field-error" id=error_id.clone()>{message}</p>
            </div>
            <div class="actions">
                <button type="submit" class="btn btn-primary">{submit_label}</button>
                {on_cancel.map(|c| view! {
                    <button type="button" class="btn" on:click=move |_| c.run(())>{tu_string!(i18n, comp.cancel)}</button>
                })}
            </div>
        </form>
    }
}

/// Removes a team's own profession and its counts in every CoP, and offers to undo it.
fn remove_profession(state: AppState, i18n: I18nContext<Locale>, id: &str) {
    let all = state.ws.with_untracked(Pending::everything);
    let lang = to_lang(i18n.get_locale_untracked());
    let removed = match state.edit_workspace(all, |ws| ws.remove_profession(id)) {
        Ok(r) => r,
        Err(e) => return state.notify(e.message(lang), None),
    };
    let name = removed.profession.label(lang);
    let slot = Mutex::new(Some(removed));
    let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
        let Some(removed) = slot.lock().ok().and_then(|mut g| g.take()) else { return };
        let all = state.ws.with_untracked(Pending::everything);
        if let Err(e) = state.edit_workspace(all, |ws| ws.restore_profession(removed)) {
            state.notify(e.message(to_lang(i18n.get_locale_untracked())), None);
        }
    });
    let text = td_string!(i18n.get_locale_untracked(), comp.prof_removed, name = name).to_string();
    state.notify(text, Some(undo));
}

#[component]
fn ProfessionItem(profession: Profession, index: usize, count: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let lang = use_lang();
    let mode = RwSignal::new(0u8); // 0 showing, 1 renaming, 2 confirming removal
    let id = profession.id.clone();
    let custom = !profession.is_built_in();
    let label = {
        let p = profession.clone();
        move || p.label(lang())
    };
    let yes_id = format!("prof-del-yes-{index}");
    let moved = {
        let id = id.clone();
        move |to: usize| {
            let _ = state.edit_workspace(meta_only(), |ws| ws.move_profession(&id, to));
        }
    };
    let save = {
        let id = id.clone();
        Callback::new(move |name: String| {
            match state.edit_workspace(meta_only(), |ws| ws.rename_profession(&id, &name)) {
                Ok(()) => {
                    mode.set(0);
                    None
                }
                Err(e) => Some(e),
            }
        })
    };
    let confirm_text = {
        let (id, label) = (id.clone(), label.clone());
        move || {
            let usage = state.ws.with(|ws| ws.profession_usage(&id));
            let locale = i18n.get_locale_untracked();
            if usage.is_empty() {
                td_string!(locale, comp.prof_remove_confirm_empty, name = label()).to_string()
            } else {
                td_string!(
                    locale,
                    comp.prof_remove_confirm,
                    name = label(),
                    cops = usage.cops,
                    members = usage.members
                )
                .to_string()
            }
        }
    };
    let rename_heading = {
        let label = label.clone();
        Signal::derive(move || {
            td_string!(i18n.get_locale_untracked(), comp.prof_rename_heading, name = label()).to_string()
        })
    };
    Effect::new({
        let yes_id = yes_id.clone();
        move |_| {
            if mode.get() == 2 {
                focus_id(&yes_id);
            }
        }
    });
    view! {
        <li class="comp-item" data-testid="prof-item">
            {move || match mode.get() {
                1 => view! {
                    <ProfessionForm form_id="prof-edit" heading=rename_heading
                        submit_label=Signal::derive(move || tu_string!(i18n, comp.save).to_string())
                        initial=profession.name.clone() on_submit=save
                        on_cancel=Callback::new(move |_| mode.set(0)) />
                }.into_any(),
                _ => {
                    let (up, down) = (moved.clone(), moved.clone());
                    let name = label();
                    let (n1, n2, n3, n4) = (name.clone(), name.clone(), name.clone(), name.clone());
                    view! {
                        <span class="comp-item-name">{name}</span>
                        <span class="actions comp-item-actions">
                            <Show when=move || custom>
                                <button type="button" class="btn" on:click=move |_| mode.set(1)>
                                    {tu_string!(i18n, comp.rename)}<span class="sr-only">" "{n1.clone()}</span>
                                </button>
                            </Show>
                            <button type="button" class="btn" disabled={index == 0} on:click=move |_| up(index.saturating_sub(1))>
                                {tu_string!(i18n, comp.move_up)}<span class="sr-only">" "{n2}</span>
                            </button>
                            <button type="button" class="btn" disabled={index + 1 >= count} on:click=move |_| down(index + 1)>
                                {tu_string!(i18n, comp.move_down)}<span class="sr-only">" "{n3}</span>
                            </button>
                            <Show when=move || custom>
                                <button type="button" class="btn btn-danger" on:click=move |_| mode.set(2)>
                                    {tu_string!(i18n, comp.remove)}<span class="sr-only">" "{n4.clone()}</span>
                                </button>
                            </Show>
                        </span>
                    }.into_any()
                }
            }}
            <Show when=move || mode.get() == 2>
                <div class="confirm" role="alertdialog" aria-label=confirm_text.clone()>
                    <p>{confirm_text.clone()}</p>
                    <button type="button" class="btn btn-danger" id=yes_id.clone() on:click={
                        let id = id.clone();
                        move |_| {
                            mode.set(0);
                            remove_profession(state, i18n, &id);
                            // The item is gone: keep keyboard focus on the section, not the page top.
                            focus_id("comp-profs-heading");
                        }
                    }>{tu_string!(i18n, comp.remove_yes)}</button>
                    " "
                    <button type="button" class="btn" on:click=move |_| mode.set(0)>{tu_string!(i18n, comp.cancel)}</button>
                </div>
            </Show>
        </li>
    }
}

#[component]
pub fn ProfessionsSection() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let lang = use_lang();
    let list = Memo::new(move |_| state.ws.with(|ws| ws.professions.clone()));
    let add = Callback::new(move |name: String| {
        match state.edit_workspace(meta_only(), |ws| ws.add_profession(&name)) {
            Ok(id) => {
                let label = state.ws.with_untracked(|ws| {
                    ws.professions.iter().find(|p| p.id == id).map(|p| p.label(lang()))
                });
                let text = td_string!(
                    i18n.get_locale_untracked(),
                    comp.prof_added,
                    name = label.unwrap_or_default()
                );
                state.notify(text.to_string(), None);
                None
            }
            Err(e) => Some(e),
        }
    });
    view! {
        <section class="comp-section" aria-labelledby="comp-profs-heading">
            <h2 id="comp-profs-heading" tabindex="-1">{tu_string!(i18n, comp.profs_heading)}</h2>
            <p>{tu_string!(i18n, comp.profs_intro)}</p>
            <ol class="comp-list" aria-label=tu_string!(i18n, comp.profs_heading)>
                {move || {
                    let all = list.get();
                    let n = all.len();
                    all.into_iter()
                        .enumerate()
                        .map(|(i, p)| view! { <ProfessionItem profession=p index=i count=n /> })
                        .collect_view()
                }}
            </ol>
            <ProfessionForm form_id="prof-new"
                heading=Signal::derive(move || tu_string!(i18n, comp.prof_add_heading).to_string())
                submit_label=Signal::derive(move || tu_string!(i18n, comp.prof_add).to_string())
                on_submit=add />
        </section>
    }
}
