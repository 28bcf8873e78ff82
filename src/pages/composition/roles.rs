//! Roles in each CoP: the policy champion and the facilitator, and, at the open count, how
//! many members are strategic staff (directors, programme managers) and how many tactical
//! frontline staff. The core warns when the split adds up to more than the members counted.

use leptos::prelude::*;
use practica_core::composition::{
    clean_person_name, parse_split_count, ColumnKind, CountError, PersonNameError, StaffSplit,
};

use super::use_ctx;
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Person {
    Champion,
    Facilitator,
}

/// Champion or facilitator name. Saved cleaned as the user types; a name over the limit keeps
/// its text in the field with the core's message and is not saved.
#[component]
fn PersonField(
    cop: String,
    who: Person,
    #[prop(into)] label: Signal<String>,
    index: usize,
) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let stored = Memo::new({
        let cop = cop.clone();
        move |_| {
            state
                .ws
                .with(|ws| {
                    ws.community(&cop).map(|c| match who {
                        Person::Champion => c.composition.champion.clone(),
                        Person::Facilitator => c.composition.facilitator.clone(),
                    })
                })
                .unwrap_or_default()
        }
    });
    let draft = RwSignal::new(None::<String>);
    let error = move || draft.with(|d| d.as_deref().and_then(|d| clean_person_name(d).err()));
    let tag = if who == Person::Champion { "champion" } else { "facilitator" };
    let id = format!("role-{index}-{tag}");
    let error_id = format!("{id}-error");
    let on_input = move |ev| {
        let raw = event_target_value(&ev);
        if let Ok(clean) = clean_person_name(&raw) {
            if clean != stored.get_untracked() {
                state.edit_cop(&cop, |c| match who {
                    Person::Champion => c.composition.champion = clean,
                    Person::Facilitator => c.composition.facilitator = clean,
                });
            }
        }
        draft.set(Some(raw));
    };
    let message = move |e: PersonNameError| e.message(lang());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" autocomplete="off"
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=error_id.clone()
                prop:value=move || draft.get().unwrap_or_else(|| stored.get())
                on:input=on_input
                on:blur=move |_| if error().is_none() { draft.set(None) } />
            <p class="field-error" id=error_id>{move || error().map(message).unwrap_or_default()}</p>
        </div>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Strategic,
    Tactical,
}

/// One side of the strategic/tactical split at the open count. Blank means "not recorded".
#[component]
fn SplitField(
    cop: String,
    snapshot: String,
    side: Side,
    #[prop(into)] label: Signal<String>,
    index: usize,
) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let stored = Memo::new({
        let (cop, snapshot) = (cop.clone(), snapshot.clone());
        move |_| {
            let split = state
                .ws
                .with(|ws| ws.community(&cop).map(|c| c.composition.staff_split(&snapshot)));
            let split = split.unwrap_or_default();
            match side {
                Side::Strategic => split.strategic,
                Side::Tactical => split.tactical,
            }
        }
    });
    let draft = RwSignal::new(None::<String>);
    let error = move || draft.with(|d| d.as_deref().and_then(|d| parse_split_count(d).err()));
    let tag = if side == Side::Strategic { "strategic" } else { "tactical" };
    let id = format!("role-{index}-{tag}");
    let error_id = format!("{id}-error");
    let on_input = move |ev| {
        let raw = event_target_value(&ev);
        if let Ok(value) = parse_split_count(&raw) {
            if value != stored.get_untracked() {
                state.edit_cop(&cop, |c| {
                    let mut split: StaffSplit = c.composition.staff_split(&snapshot);
                    match side {
                        Side::Strategic => split.strategic = value,
                        Side::Tactical => split.tactical = value,
                    }
                    c.composition.set_staff_split(&snapshot, split);
                });
            }
        }
        draft.set(Some(raw));
    };
    let message = move |e: CountError| e.message(lang());
    view! {
        <div class="field comp-split-field">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" inputmode="numeric" autocomplete="off" class="comp-count"
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=error_id.clone()
                prop:value=move || draft.get().unwrap_or_else(|| stored.get().map(|n| n.to_string()).unwrap_or_default())
                on:input=on_input
                on:blur=move |_| if error().is_none() { draft.set(None) } />
            <p class="field-error" id=error_id>{move || error().map(message).unwrap_or_default()}</p>
        </div>
    }
}

#[component]
pub fn RolesSection() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let ctx = use_ctx();
    let lang = use_lang();
    // Rebuilt when CoPs are added, renamed or removed, or another count is opened.
    let cops = Memo::new(move |_| {
        state.ws.with(|ws| {
            ws.communities.iter().map(|c| (c.id.clone(), c.name.clone())).collect::<Vec<_>>()
        })
    });
    let snapshot_label =
        Memo::new(move |_| ctx.table.with(|t| t.as_ref().map(|t| t.snapshot_label.clone())));
    let cards = move || {
        let snap = ctx.snapshot.get();
        cops.get()
            .into_iter()
            .enumerate()
            .map(|(i, (id, name))| {
                let split = snap.clone().map(|snap| {
                    let warning = {
                        let (id, snap) = (id.clone(), snap.clone());
                        move || {
                            let members = ctx.table.with(|t| {
                                t.as_ref().and_then(|t| t.column(ColumnKind::Cop, &id)).map_or(0, |c| u64::from(c.total.count))
                            });
                            let split = state.ws.with(|ws| ws.community(&id).map(|c| c.composition.staff_split(&snap)));
                            split.unwrap_or_default().check(members).map(|w| w.message(lang())).unwrap_or_default()
                        }
                    };
                    view! {
                        <fieldset class="comp-split">
                            <legend>{move || td_string!(i18n.get_locale_untracked(), comp.split_legend, snapshot = snapshot_label.get().unwrap_or_default()).to_string()}</legend>
                            <p class="hint">{tu_string!(i18n, comp.split_hint)}</p>
                            <SplitField cop=id.clone() snapshot=snap.clone() side=Side::Strategic index=i
                                label=Signal::derive(move || tu_string!(i18n, comp.strategic).to_string()) />
                            <SplitField cop=id.clone() snapshot=snap.clone() side=Side::Tactical index=i
                                label=Signal::derive(move || tu_string!(i18n, comp.tactical).to_string()) />
                            <p class="comp-warning" role="status" aria-live="polite">{warning}</p>
                        </fieldset>
                    }
                });
                view! {
                    <li class="card comp-role-card" data-testid="role-card">
                        <h3>{name}</h3>
                        <PersonField cop=id.clone() who=Person::Champion index=i
                            label=Signal::derive(move || tu_string!(i18n, comp.champion).to_string()) />
                        <PersonField cop=id.clone() who=Person::Facilitator index=i
                            label=Signal::derive(move || tu_string!(i18n, comp.facilitator).to_string()) />
                        {split}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="comp-section" aria-labelledby="comp-roles-heading">
            <h2 id="comp-roles-heading">{tu_string!(i18n, comp.roles_heading)}</h2>
            <p>{tu_string!(i18n, comp.roles_intro)}</p>
            <Show when=move || cops.with(Vec::is_empty)>
                <p class="empty">{tu_string!(i18n, comp.need_cops)}</p>
            </Show>
            <ul class="comp-roles">{cards}</ul>
        </section>
    }
}
