//! The import preview: what will be added, what is unchanged, and a choice for every CoP that
//! differs. Confirming merges in the core and keeps the previous workspace for one-click undo.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use practica_core::exchange::{apply_merge, Choice, CopSummary, Incoming, Kind, MergePlan};
use practica_core::paging::ListWindow;

use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;
use crate::ui::show_more::ShowMore;

#[derive(Clone, Debug)]
pub struct Pending {
    pub file_name: String,
    pub incoming: Incoming,
    pub plan: MergePlan,
}

fn cop_line(c: &CopSummary) -> String {
    if c.country.is_empty() {
        c.name.clone()
    } else {
        format!("{} ({})", c.name, c.country)
    }
}

/// The names of the CoPs the file adds (or leaves unchanged), a page at a time: a regional file
/// can hold hundreds.
#[component]
fn CopNames(list: Vec<CopSummary>, testid: &'static str) -> impl IntoView {
    let window = RwSignal::new(ListWindow::default());
    let total = list.len();
    let list = StoredValue::new(list);
    let names = move || {
        let shown = window.with(|w| w.visible(total));
        list.with_value(|l| l.iter().take(shown).map(|c| view! { <li>{cop_line(c)}</li> }).collect_view())
    };
    view! {
        <ul data-testid=testid>{names}</ul>
        <ShowMore window=window total=Signal::stored(total) />
    }
}

#[component]
pub fn ImportPreview(pending: Pending, on_done: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let choices = RwSignal::new(BTreeMap::<String, Choice>::new());
    let problem = RwSignal::new(None::<String>);
    let plan = pending.plan.clone();
    let conflict_ids: Vec<String> = plan.conflicts.iter().map(|c| c.id.clone()).collect();
    let missing = {
        let ids = conflict_ids.clone();
        move || choices.with(|ch| ids.iter().filter(|id| !ch.contains_key(*id)).count())
    };
    let incoming = StoredValue::new(pending.incoming.workspace.clone());

    let confirm = {
        let missing = missing.clone();
        move |_| {
            if missing() > 0 {
                problem.set(Some(td_string!(i18n.get_locale_untracked(), data.choices_missing, count = missing()).to_string()));
                return;
            }
            let before = state.ws.get_untracked();
            let mut new_id = || crate::clock::new_id("cop");
            let result = incoming.with_value(|inc| apply_merge(&before, inc, &choices.get_untracked(), &mut new_id));
            match result {
                Ok(outcome) => {
                    let r = &outcome.report;
                    let text = td_string!(i18n.get_locale_untracked(), data.imported,
                        added = r.added.len(), replaced = r.replaced.len(), kept = r.kept.len(), both = r.duplicated.len()).to_string();
                    state.replace_workspace(outcome.workspace);
                    // Captured by value: the preview (and anything it owns) is gone by the time
                    // the person clicks "Undo".
                    let undo: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
                        state.replace_workspace(before.clone());
                    });
                    state.notify(text, Some(undo));
                    on_done.run(());
                }
                Err(e) => problem.set(Some(e.message(lang()))),
            }
        }
    };

    let kind = pending.incoming.kind;
    let exported = pending.incoming.exported_at.clone();
    let file_name = pending.file_name.clone();
    let migrated = pending.incoming.migrated_from;
    let nothing_new = plan.added.is_empty() && plan.conflicts.is_empty() && plan.new_professions.is_empty() && plan.new_snapshots.is_empty();
    let added = plan.added.clone();
    let unchanged = plan.unchanged.clone();
    let conflicts = plan.conflicts.clone();
    let new_prof = plan.new_professions.iter().map(|p| p.label(lang())).collect::<Vec<_>>().join(", ");
    let new_snap = plan.new_snapshots.iter().map(|s| s.label.clone()).collect::<Vec<_>>().join(", ");

    view! {
        <section class="card import-preview" aria-labelledby="preview-heading" data-testid="import-preview">
            <h3 id="preview-heading" tabindex="-1">{tu_string!(i18n, data.preview_heading)}</h3>
            <p>{move || {
                let k = match kind {
                    Kind::Workspace => tu_string!(i18n, data.kind_workspace).to_string(),
                    Kind::Community => tu_string!(i18n, data.kind_community).to_string(),
                };
                td_string!(i18n.get_locale_untracked(), data.preview_file, name = file_name.clone(), kind = k, when = exported.clone()).to_string()
            }}</p>
            {migrated.map(|from| view! { <p>{move || td_string!(i18n.get_locale_untracked(), data.migrated, from = from).to_string()}</p> })}
            {nothing_new.then(|| view! { <p><strong>{tu_string!(i18n, data.nothing_new)}</strong></p> })}
            {(!added.is_empty()).then(|| {
                let n = added.len();
                view! {
                    <h4>{td_string!(i18n.get_locale_untracked(), data.added, count = n).to_string()}</h4>
                    <CopNames list=added testid="preview-added" />
                }
            })}
            {(!unchanged.is_empty()).then(|| {
                let n = unchanged.len();
                view! {
                    <h4>{td_string!(i18n.get_locale_untracked(), data.unchanged, count = n).to_string()}</h4>
                    <CopNames list=unchanged testid="preview-unchanged" />
                }
            })}
            {(!conflicts.is_empty()).then(|| {
                let n = conflicts.len();
                view! {
                    <h4>{move || td_string!(i18n.get_locale_untracked(), data.conflicts, count = n).to_string()}</h4>
                    {conflicts.iter().map(|c| {
                        let id = c.id.clone();
                        let mine_when = c.mine.updated;
                        let theirs_when = c.theirs.updated;
                        let legend = cop_line(&c.theirs);
                        let option = move |choice: Choice, label: AnyView| {
                            let id = id.clone();
                            let id2 = id.clone();
                            view! {
                                <label class="choice">
                                    <input type="radio" name=format!("conflict-{id}")
                                        prop:checked=move || choices.with(|ch| ch.get(&id) == Some(&choice))
                                        on:change=move |_| { choices.update(|ch| { ch.insert(id2.clone(), choice); }); problem.set(None); } />
                                    {label}
                                </label>
                            }
                        };
                        view! {
                            <fieldset class="conflict" data-testid="conflict">
                                <legend>{legend}</legend>
                                <p class="hint">{move || {
                                    let l = i18n.get_locale_untracked().as_str();
                                    format!("{} · {}",
                                        td_string!(i18n.get_locale_untracked(), data.mine, when = crate::clock::format_ms(mine_when, l)),
                                        td_string!(i18n.get_locale_untracked(), data.theirs, when = crate::clock::format_ms(theirs_when, l)))
                                }}</p>
                                {option(Choice::KeepMine, tu_string!(i18n, data.keep_mine).into_any())}
                                {option(Choice::TakeTheirs, tu_string!(i18n, data.take_theirs).into_any())}
                                {option(Choice::KeepBoth, tu_string!(i18n, data.keep_both).into_any())}
                            </fieldset>
                        }
                    }).collect_view()}
                }
            })}
            {(!new_prof.is_empty()).then(|| view! { <p>{move || td_string!(i18n.get_locale_untracked(), data.new_professions, names = new_prof.clone()).to_string()}</p> })}
            {(!new_snap.is_empty()).then(|| view! { <p>{move || td_string!(i18n.get_locale_untracked(), data.new_snapshots, names = new_snap.clone()).to_string()}</p> })}
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=confirm>{tu_string!(i18n, data.confirm)}</button>
                <button type="button" class="btn" on:click=move |_| on_done.run(())>{tu_string!(i18n, data.cancel)}</button>
            </div>
        </section>
    }
}
