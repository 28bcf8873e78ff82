//! The moments at which every CoP is counted ("Baseline 2013", "End 2015"): add (or create
//! "Baseline" and "End" in one click), rename, change the date, reorder, delete with undo.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use practica_core::composition::{SetupError, SnapshotDef};

use super::fmt::focus_id;
use super::meta_only;
use super::use_ctx;
use crate::i18n::*;
use crate::state::{use_app, AppState};
use crate::storage::Pending;
use crate::ui::lang::{to_lang, use_lang};
use leptos_i18n::I18nContext;

/// Label and date fields with their errors; used to add a count and to edit one.
/// `on_submit` returns the problem to show, or None when it was saved (the form then clears).
#[component]
fn SnapshotForm(
    form_id: &'static str,
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] submit_label: Signal<String>,
    #[prop(optional)] initial: Option<SnapshotDef>,
    on_submit: Callback<(String, String), Option<SetupError>>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let editing = initial.is_some();
    let (label0, date0) = initial.map(|s| (s.label, s.date)).unwrap_or_default();
    let label = RwSignal::new(label0);
    let date = RwSignal::new(date0);
    let error = RwSignal::new(None::<SetupError>);
    let for_field = move |field: &'static str| {
        move || match error.get() {
            Some(SetupError::Snapshot(errs)) => errs
                .iter()
                .filter(|e| e.field() == field)
                .map(|e| e.message(lang()))
                .collect::<Vec<_>>()
                .join(" "),
            Some(other) if field.is_empty() => other.message(lang()),
            _ => String::new(),
        }
    };
    let invalid =
        move |field: &'static str| move || (!for_field(field)().is_empty()).then_some("true");
    let fid = move |f: &str| format!("{form_id}-{f}");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let problem = on_submit.run((label.get_untracked(), date.get_untracked()));
        if let Some(SetupError::Snapshot(errs)) = &problem {
            let field =
                errs.first().map(|e| e.field()).filter(|f| !f.is_empty()).unwrap_or("label");
            focus_id(&fid(field));
        } else if problem.is_none() && !editing {
            label.set(String::new());
            date.set(String::new());
        }
        error.set(problem);
    };
    view! {
        <form class="card form comp-form" on:submit=submit novalidate>
            <h3>{heading}</h3>
            <p class="field-error" role="alert">{for_field("")}</p>
            <div class="field">
                <label for=fid("label")>{tu_string!(i18n, comp.snap_label)}" "<span class="req">"("{tu_string!(i18n, common.required)}")"</span></label>
                <p class="hint" id=fid("label-hint")>{tu_string!(i18n, comp.snap_label_hint)}</p>
                <input id=fid("label") type="text" autocomplete="off"
                    aria-describedby=format!("{} {}", fid("label-hint"), fid("label-error"))
                    aria-invalid=invalid("label")
                    prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) />
                <p class="field-error" id=fid("label-error")>{for_field("label")}</p>
            </div>
            <div class="field">
                <label for=fid("date")>{tu_string!(i18n, comp.snap_date)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span></label>
                <p class="hint" id=fid("date-hint")>{tu_string!(i18n, comp.snap_date_hint)}</p>
                <input id=fid("date") type="text" inputmode="numeric" autocomplete="off"
                    aria-describedby=format!("{} {}", fid("date-hint"), fid("date-error"))
                    aria-invalid=invalid("date")
                    prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
                <p class="field-error" id=fid("date-error")>{for_field("date")}</p>
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

/// Deletes a count everywhere and offers to undo it. Every CoP record is saved again: the
/// counts and splits live in them, and removing a count is rare enough for that to be cheap.
fn delete_snapshot(state: AppState, i18n: I18nContext<Locale>, id: &str) {
    let all = state.ws.with_untracked(Pending::everything);
    let Ok(removed) = state.edit_workspace(all, |ws| ws.remove_snapshot(id)) else { return };
    let label = removed.snapshot.label.clone();
    let slot = Mutex::new(Some(removed));
    let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
        let Some(removed) = slot.lock().ok().and_then(|mut g| g.take()) else { return };
        let all = state.ws.with_untracked(Pending::everything);
        if let Err(e) = state.edit_workspace(all, |ws| ws.restore_snapshot(removed)) {
            state.notify(e.message(to_lang(i18n.get_locale_untracked())), None);
        }
    });
    let text =
        td_string!(i18n.get_locale_untracked(), comp.snap_deleted, label = label).to_string();
    state.notify(text, Some(undo));
}

#[component]
fn SnapshotItem(snap: SnapshotDef, index: usize, count: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let mode = RwSignal::new(0u8); // 0 showing, 1 editing, 2 confirming delete
    let SnapshotDef { id, label, date } = snap.clone();
    let shown = if date.is_empty() || label.contains(&date) {
        label.clone()
    } else {
        format!("{label} ({date})")
    };
    let yes_id = format!("snap-del-yes-{index}");
    let moved = {
        let id = id.clone();
        move |to: usize| {
            let _ = state.edit_workspace(meta_only(), |ws| ws.move_snapshot(&id, to));
        }
    };
    let save = {
        let id = id.clone();
        Callback::new(move |(l, d): (String, String)| {
            match state.edit_workspace(meta_only(), |ws| ws.edit_snapshot(&id, &l, &d)) {
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
            let usage = state.ws.with(|ws| ws.snapshot_usage(&id));
            let locale = i18n.get_locale_untracked();
            if usage.is_empty() {
                td_string!(locale, comp.snap_delete_confirm_empty, label = label.clone())
                    .to_string()
            } else {
                td_string!(
                    locale,
                    comp.snap_delete_confirm,
                    label = label.clone(),
                    cops = usage.cops,
                    members = usage.members
                )
                .to_string()
            }
        }
    };
    let edit_heading = {
        let label = label.clone();
        Signal::derive(move || {
            td_string!(i18n.get_locale_untracked(), comp.snap_edit_heading, label = label.clone()).to_string()
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
        <li class="comp-item" data-testid="snap-item">
            {move || match mode.get() {
                1 => view! {
                    <SnapshotForm form_id="snap-edit" heading=edit_heading
                        submit_label=Signal::derive(move || tu_string!(i18n, comp.save).to_string())
                        initial=snap.clone() on_submit=save
                        on_cancel=Callback::new(move |_| mode.set(0)) />
                }.into_any(),
                _ => {
                    let (up, down) = (moved.clone(), moved.clone());
                    view! {
                        <span class="comp-item-name">{shown.clone()}</span>
                        <span class="actions comp-item-actions">
                            <button type="button" class="btn" on:click=move |_| mode.set(1)>
                                {tu_string!(i18n, comp.rename)}<span class="sr-only">" "{label.clone()}</span>
                            </button>
                            <button type="button" class="btn" disabled={index == 0} on:click=move |_| up(index.saturating_sub(1))>
                                {tu_string!(i18n, comp.move_up)}<span class="sr-only">" "{label.clone()}</span>
                            </button>
                            <button type="button" class="btn" disabled={index + 1 >= count} on:click=move |_| down(index + 1)>
                                {tu_string!(i18n, comp.move_down)}<span class="sr-only">" "{label.clone()}</span>
                            </button>
                            <button type="button" class="btn btn-danger" on:click=move |_| mode.set(2)>
                                {tu_string!(i18n, comp.delete)}<span class="sr-only">" "{label.clone()}</span>
                            </button>
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
                            delete_snapshot(state, i18n, &id);
                            // The item is gone: keep keyboard focus on the section, not the page top.
                            focus_id("comp-snaps-heading");
                        }
                    }>{tu_string!(i18n, comp.delete_yes)}</button>
                    " "
                    <button type="button" class="btn" on:click=move |_| mode.set(0)>{tu_string!(i18n, comp.cancel)}</button>
                </div>
            </Show>
        </li>
    }
}

#[component]
pub fn SnapshotsSection() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let ctx = use_ctx();
    let list = Memo::new(move |_| state.ws.with(|ws| ws.snapshots.clone()));
    let quick_error = RwSignal::new(None::<SetupError>);
    let lang = use_lang();
    let quick = move |_| {
        let locale = i18n.get_locale_untracked();
        let (b, e) = (
            td_string!(locale, comp.quick_baseline).to_string(),
            td_string!(locale, comp.quick_end).to_string(),
        );
        match state.edit_workspace(meta_only(), |ws| ws.add_snapshots(&[&b, &e])) {
            Ok(ids) => {
                ctx.chosen.set(ids.first().cloned());
                quick_error.set(None);
                state.notify(
                    td_string!(locale, comp.quick_done, baseline = b, end = e).to_string(),
                    None,
                );
            }
            Err(err) => quick_error.set(Some(err)),
        }
    };
    let add = Callback::new(move |(l, d): (String, String)| {
        match state.edit_workspace(meta_only(), |ws| ws.add_snapshot(&l, &d)) {
            Ok(id) => {
                let label = state.ws.with_untracked(|ws| {
                    ws.snapshots.iter().find(|s| s.id == id).map(|s| s.label.clone())
                });
                ctx.chosen.set(Some(id));
                state.notify(
                    td_string!(
                        i18n.get_locale_untracked(),
                        comp.snap_added,
                        label = label.unwrap_or_default()
                    )
                    .to_string(),
                    None,
                );
                None
            }
            Err(e) => Some(e),
        }
    });
    view! {
        <section class="comp-section" aria-labelledby="comp-snaps-heading">
            <h2 id="comp-snaps-heading" tabindex="-1">{tu_string!(i18n, comp.snaps_heading)}</h2>
            <p>{tu_string!(i18n, comp.snaps_intro)}</p>
            <Show when=move || list.with(|l| l.is_empty())>
                <div class="card comp-quick" data-testid="snap-empty">
                    <p>{tu_string!(i18n, comp.snaps_empty)}</p>
                    <button type="button" class="btn btn-primary" on:click=quick>
                        {move || td_string!(i18n.get_locale_untracked(), comp.quick_create,
                            baseline = td_string!(i18n.get_locale_untracked(), comp.quick_baseline).to_string(),
                            end = td_string!(i18n.get_locale_untracked(), comp.quick_end).to_string()).to_string()}
                    </button>
                    <p class="field-error" role="alert">{move || quick_error.get().map(|e| e.message(lang())).unwrap_or_default()}</p>
                </div>
            </Show>
            <ol class="comp-list" aria-label=tu_string!(i18n, comp.snaps_list_label)>
                {move || {
                    let all = list.get();
                    let n = all.len();
                    all.into_iter()
                        .enumerate()
                        .map(|(i, s)| view! { <SnapshotItem snap=s index=i count=n /> })
                        .collect_view()
                }}
            </ol>
            <SnapshotForm form_id="snap-new"
                heading=Signal::derive(move || tu_string!(i18n, comp.snap_add_heading).to_string())
                submit_label=Signal::derive(move || tu_string!(i18n, comp.snap_add).to_string())
                on_submit=add />
        </section>
    }
}
