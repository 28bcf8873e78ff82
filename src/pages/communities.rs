//! Communities: the list of CoPs, adding, editing, deleting (with confirmation and undo).

use std::sync::Arc;

use leptos::prelude::*;
use practica_core::paging::ListWindow;
use practica_core::{CommunityFields, FieldError, WorkspaceError};

use crate::i18n::*;
use crate::pages::community_form::CommunityForm;
use crate::route::Route;
use crate::state::use_app;
use crate::storage::Pending;
use crate::ui::show_more::ShowMore;

/// Countries offered in the form: the paper's two, plus any the workspace already uses.
fn country_suggestions(used: Vec<String>) -> Vec<String> {
    let mut out = vec!["México".to_string(), "Nicaragua".to_string()];
    for c in used {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&c)) {
            out.push(c);
        }
    }
    out
}

fn ws_errors(e: WorkspaceError) -> Vec<FieldError> {
    match e {
        WorkspaceError::Invalid(errs) => errs,
        // A duplicate id is practically impossible (time + 32 random bits); treat like a clash.
        WorkspaceError::DuplicateId(_) => vec![FieldError::NameTaken],
        WorkspaceError::UnknownCommunity(_) => Vec::new(),
    }
}

#[component]
pub fn CommunitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let editing = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(None::<String>);
    let countries = Signal::derive(move || country_suggestions(state.ws.with(|ws| ws.countries())));

    let add = Callback::new(move |fields: CommunityFields| {
        let id = crate::clock::new_id("cop");
        let now = crate::clock::now_ms();
        let result = state.edit_workspace(
            Pending { meta: true, cops: [id.clone()].into(), ..Default::default() },
            |ws| ws.add_community(id.clone(), &fields, now),
        );
        match result {
            Ok(id) => {
                let name = state.ws.with_untracked(|ws| ws.community(&id).map(|c| c.name.clone()));
                let text = td_string!(i18n.get_locale_untracked(), cop.added, name = name.unwrap_or_default()).to_string();
                state.notify(text, None);
                Vec::new()
            }
            Err(e) => ws_errors(e),
        }
    });

    let delete = move |id: String| {
        let removed = state.edit_workspace(
            Pending { meta: true, deleted: [id.clone()].into(), ..Default::default() },
            |ws| ws.delete_community(&id),
        );
        confirming.set(None);
        if let Ok(gone) = removed {
            let name = gone.community.name.clone();
            let restore_id = gone.community.id.clone();
            let slot = std::sync::Mutex::new(Some(gone));
            let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
                let Some(gone) = slot.lock().ok().and_then(|mut g| g.take()) else { return };
                let _ = state.edit_workspace(
                    Pending { meta: true, cops: [restore_id.clone()].into(), ..Default::default() },
                    |ws| ws.restore_community(gone),
                );
            });
            state.notify(td_string!(i18n.get_locale_untracked(), cop.deleted, name = name).to_string(), Some(undo));
        }
    };

    let window = RwSignal::new(ListWindow::default());
    let total = Signal::derive(move || state.ws.with(|ws| ws.communities.len()));
    let cards = move || {
        let shown = window.with(|w| w.visible(total.get()));
        state.ws.with(|ws| {
            ws.communities
                .iter()
                .take(shown)
                .map(|c| (c.id.clone(), c.name.clone(), c.country.clone(), c.region.clone(), c.fields()))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="page" aria-labelledby="cop-heading">
            <h1 id="cop-heading">{tu_string!(i18n, cop.heading)}</h1>
            <p class="lead">{tu_string!(i18n, cop.intro)}</p>
            <Show when=move || state.ws.with(|ws| ws.communities.is_empty())>
                <p class="empty" data-testid="empty">{tu_string!(i18n, cop.empty)}</p>
            </Show>
            <crate::pages::dashboard::ExampleChooser />
            <ul class="cop-list" aria-label=tu_string!(i18n, cop.list_label)>
                <For each=cards key=|row| (row.0.clone(), row.1.clone(), row.2.clone(), row.3.clone()) let:row>
                    {
                        let (id, name, country, region, fields) = row;
                        let id_edit = id.clone();
                        let id_confirm = id.clone();
                        let id_del = id.clone();
                        let is_editing = {
                            let id = id.clone();
                            move || editing.get().as_deref() == Some(id.as_str())
                        };
                        let is_confirming = {
                            let id = id.clone();
                            move || confirming.get().as_deref() == Some(id.as_str())
                        };
                        let save = {
                            let id = id.clone();
                            Callback::new(move |f: CommunityFields| {
                                let now = crate::clock::now_ms();
                                let r = state.edit_workspace(
                                    Pending { cops: [id.clone()].into(), ..Default::default() },
                                    |ws| ws.edit_community(&id, &f, now),
                                );
                                match r {
                                    Ok(()) => {
                                        editing.set(None);
                                        let n = state.ws.with_untracked(|ws| ws.community(&id).map(|c| c.name.clone()));
                                        state.notify(td_string!(i18n.get_locale_untracked(), cop.updated, name = n.unwrap_or_default()).to_string(), None);
                                        Vec::new()
                                    }
                                    Err(e) => ws_errors(e),
                                }
                            })
                        };
                        let edit_heading = {
                            let name = name.clone();
                            Signal::derive(move || td_string!(i18n.get_locale_untracked(), cop.edit_heading, name = name.clone()).to_string())
                        };
                        let confirm_text = {
                            let name = name.clone();
                            move || td_string!(i18n.get_locale_untracked(), cop.delete_confirm, name = name.clone()).to_string()
                        };
                        let place = if region.is_empty() { country.clone() } else { format!("{region}, {country}") };
                        view! {
                            <li class="cop-card" data-testid="cop-card">
                                <Show when=is_editing.clone() fallback={
                                    let id = id.clone();
                                    let name = name.clone();
                                    let place = place.clone();
                                    let id_edit = id_edit.clone();
                                    let id_confirm = id_confirm.clone();
                                    move || view! {
                                        <h2 class="cop-name"><a href=Route::Community(id.clone()).href()>{name.clone()}</a></h2>
                                        <p class="cop-place">{place.clone()}</p>
                                        <div class="actions">
                                            <a class="btn" href=Route::Score(Some(id.clone())).href()>{tu_string!(i18n, nav.score)}</a>
                                            <a class="btn" href=Route::Summary(Some(id.clone())).href()>{tu_string!(i18n, nav.summary)}</a>
                                            <button type="button" class="btn" on:click={
                                                let id = id_edit.clone();
                                                move |_| editing.set(Some(id.clone()))
                                            }>{tu_string!(i18n, cop.edit)}<span class="sr-only">" "{name.clone()}</span></button>
                                            <button type="button" class="btn btn-danger" on:click={
                                                let id = id_confirm.clone();
                                                move |_| confirming.set(Some(id.clone()))
                                            }>{tu_string!(i18n, cop.delete)}<span class="sr-only">" "{name.clone()}</span></button>
                                        </div>
                                    }
                                }>
                                    <CommunityForm
                                        heading=edit_heading
                                        submit_label=Signal::derive(move || tu_string!(i18n, cop.save).to_string())
                                        initial=fields.clone()
                                        countries=countries
                                        on_submit=save
                                        on_cancel=Callback::new(move |_| editing.set(None))
                                        form_id="edit-cop" />
                                </Show>
                                <Show when=is_confirming.clone()>
                                    <div class="confirm" role="alertdialog" aria-label=confirm_text.clone()>
                                        <p>{confirm_text.clone()}</p>
                                        <button type="button" class="btn btn-danger" on:click={
                                            let id = id_del.clone();
                                            move |_| delete(id.clone())
                                        }>{tu_string!(i18n, cop.delete_yes)}</button>
                                        <button type="button" class="btn" on:click=move |_| confirming.set(None)>{tu_string!(i18n, cop.cancel)}</button>
                                    </div>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
            <ShowMore window=window total=total />
            <CommunityForm
                heading=Signal::derive(move || tu_string!(i18n, cop.add_heading).to_string())
                submit_label=Signal::derive(move || tu_string!(i18n, cop.add).to_string())
                initial=CommunityFields::default()
                countries=countries
                on_submit=add
                form_id="new-cop" />
        </section>
    }
}
