//! The member grid for one count: CoPs (grouped by country, like Table 2) by professions, with
//! each CoP's total, country subtotals, the overall total and every share, all recomputed by
//! the core as the user types. A value the core refuses stays in the cell with its message and
//! never overwrites the stored count.

use leptos::prelude::*;
use practica_core::composition::{parse_count, ColumnKind, CompositionTable};
use practica_core::text::Lang;

use super::chooser::SnapshotRadios;
use super::fmt::{count_input, inline_label, share_pct};
use super::{chart, export, table2, use_ctx};
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// The grid's shape: which rows and columns exist. Kept apart from the figures so typing a
/// number never rebuilds the inputs (and never moves the focus).
#[derive(Clone, Debug, PartialEq)]
struct Layout {
    snapshot: String,
    snapshot_label: String,
    /// (id, heading label, label inside names such as "Hidalgo, physicians").
    professions: Vec<(String, String, String)>,
    groups: Vec<Group>,
}

#[derive(Clone, Debug, PartialEq)]
struct Group {
    country: String,
    subtotal_heading: String,
    /// (CoP id, name).
    cops: Vec<(String, String)>,
}

fn layout(t: &CompositionTable, lang: Lang) -> Layout {
    let mut groups = Vec::new();
    let mut cops = Vec::new();
    for col in &t.columns {
        match col.kind {
            ColumnKind::Cop => cops.push((col.key.clone(), col.name.clone())),
            ColumnKind::Country => groups.push(Group {
                country: col.name.clone(),
                subtotal_heading: col.heading(lang),
                cops: std::mem::take(&mut cops),
            }),
            ColumnKind::Overall => {}
        }
    }
    Layout {
        snapshot: t.snapshot_id.clone(),
        snapshot_label: t.snapshot_label.clone(),
        professions: t
            .professions
            .iter()
            .map(|p| (p.id.clone(), p.label(lang), inline_label(p, lang)))
            .collect(),
        groups,
    }
}

/// One count cell: the input, the CoP's share for that profession, and the core's message when
/// the text cannot be read as a count.
#[component]
fn CountCell(
    cop: String,
    snapshot: String,
    profession: String,
    row: usize,
    name: String,
) -> impl IntoView {
    let state = use_app();
    let ctx = use_ctx();
    let lang = use_lang();
    let stored = Memo::new({
        let (cop, snapshot, profession) = (cop.clone(), snapshot.clone(), profession.clone());
        move |_| {
            state.ws.with(|ws| {
                ws.community(&cop).map_or(0, |c| c.composition.count(&snapshot, &profession))
            })
        }
    });
    // What the user typed, while it differs from what is stored (e.g. "abc", or "007").
    let draft = RwSignal::new(None::<String>);
    let error = move || draft.with(|d| d.as_deref().and_then(|d| parse_count(d).err()));
    let input_id = format!("cnt-{cop}-{profession}");
    let error_id = format!("{input_id}-error");
    let on_input = {
        let cop = cop.clone();
        move |ev| {
            let raw = event_target_value(&ev);
            if let Ok(n) = parse_count(&raw) {
                if n != stored.get_untracked() {
                    let (s, p) = (snapshot.clone(), profession.clone());
                    state.edit_cop(&cop, |c| c.composition.set_count(&s, &p, n));
                }
            }
            draft.set(Some(raw));
        }
    };
    // Once the cell is left with a readable value, show it the way it is stored ("007" → "7").
    let on_blur = move |_| {
        if error().is_none() {
            draft.set(None);
        }
    };
    let share = {
        let cop = cop.clone();
        move || {
            ctx.table.with(|t| {
                t.as_ref()
                    .and_then(|t| t.column(ColumnKind::Cop, &cop))
                    .and_then(|c| c.cells.get(row))
                    .map(|c| share_pct(c.share))
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <td class="comp-cell">
            <input id=input_id type="text" inputmode="numeric" autocomplete="off" class="comp-count"
                aria-label=name
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby={
                    let error_id = error_id.clone();
                    move || error().is_some().then(|| error_id.clone())
                }
                prop:value=move || draft.get().unwrap_or_else(|| count_input(stored.get()))
                on:input=on_input on:blur=on_blur />
            <span class="comp-share">{share}</span>
            <p class="field-error comp-cell-error" id=error_id>{move || error().map(|e| e.message(lang())).unwrap_or_default()}</p>
        </td>
    }
}

/// A read-only figure of the grid: members and their share of the column.
fn figure_cell(kind: ColumnKind, key: String, row: Option<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let cell = move || {
        ctx.table.with(|t| {
            let col = t.as_ref()?.column(kind, &key)?;
            match row {
                Some(r) => col.cells.get(r).copied(),
                None => Some(col.total),
            }
        })
    };
    let cell2 = cell.clone();
    view! {
        <td class="comp-figure">
            <span class="comp-n">{move || cell2().map(|c| c.count.to_string()).unwrap_or_default()}</span>
            <span class="comp-share">{move || cell().map(|c| share_pct(c.share)).unwrap_or_default()}</span>
        </td>
    }
}

fn grid(l: Layout) -> impl IntoView {
    let i18n = use_i18n();
    let cols = l.professions.len() + 2;
    let head = l
        .professions
        .iter()
        .map(|(_, label, _)| view! { <th scope="col">{label.clone()}</th> })
        .collect_view();
    let figures = |kind: ColumnKind, key: &str| {
        let mut cells: Vec<AnyView> = (0..l.professions.len())
            .map(|r| figure_cell(kind, key.to_string(), Some(r)).into_any())
            .collect();
        cells.push(figure_cell(kind, key.to_string(), None).into_any());
        cells
    };
    let bodies = l
        .groups
        .iter()
        .map(|g| {
            let rows = g
                .cops
                .iter()
                .map(|(cop, name)| {
                    let inputs = l
                        .professions
                        .iter()
                        .enumerate()
                        .map(|(row, (pid, _, inline))| {
                            view! { <CountCell cop=cop.clone() snapshot=l.snapshot.clone() profession=pid.clone()
                                row=row name=format!("{name}, {inline}") /> }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            {inputs}
                            {figure_cell(ColumnKind::Cop, cop.clone(), None)}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    <tr class="comp-country"><th scope="rowgroup" colspan=cols><span>{g.country.clone()}</span></th></tr>
                    {rows}
                    <tr class="comp-subtotal"><th scope="row">{g.subtotal_heading.clone()}</th>{figures(ColumnKind::Country, &g.country)}</tr>
                </tbody>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap comp-grid-wrap">
            <table class="comp-grid" data-testid="comp-grid">
                <caption>{td_string!(i18n.get_locale_untracked(), comp.grid_caption, snapshot = l.snapshot_label.clone()).to_string()}</caption>
                <thead><tr><th scope="col">{tu_string!(i18n, comp.col_cop)}</th>{head}<th scope="col">{tu_string!(i18n, comp.total)}</th></tr></thead>
                {bodies}
                <tfoot>
                    <tr class="comp-overall" data-testid="comp-overall"><th scope="row">{tu_string!(i18n, comp.total_all)}</th>{figures(ColumnKind::Overall, "")}</tr>
                </tfoot>
            </table>
        </div>
    }
}

/// "Total: 200 members (6 of 6 CoPs counted). Physicians 35.0 %, …": read out when it changes.
fn summary_text(t: &CompositionTable, i18n_locale: Locale, lang: Lang) -> String {
    let Some(overall) = t.overall() else { return String::new() };
    let shares = t
        .professions
        .iter()
        .zip(&overall.cells)
        .map(|(p, c)| format!("{} {}", p.label(lang), share_pct(c.share)))
        .collect::<Vec<_>>()
        .join(", ");
    td_string!(
        i18n_locale,
        comp.grid_summary,
        total = overall.total.count,
        counted = overall.cops_counted,
        cops = overall.cops,
        shares = shares
    )
    .to_string()
}

#[component]
pub fn CountsSection() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let ctx = use_ctx();
    let lang = use_lang();
    let shape = Memo::new(move |_| {
        let l = lang();
        ctx.table.with(|t| t.as_ref().map(|t| layout(t, l)))
    });
    // The section's parts are rebuilt only when these change, not on every keystroke.
    let has_snapshot = Memo::new(move |_| ctx.snapshot.with(Option::is_some));
    let has_cops = Memo::new(move |_| state.ws.with(|ws| !ws.communities.is_empty()));
    let summary = move || {
        ctx.table.with(|t| {
            t.as_ref().map(|t| summary_text(t, i18n.get_locale_untracked(), lang())).unwrap_or_default()
        })
    };
    view! {
        <section class="comp-section" aria-labelledby="comp-counts-heading">
            <h2 id="comp-counts-heading">{tu_string!(i18n, comp.counts_heading)}</h2>
            {move || match (has_snapshot.get(), has_cops.get()) {
                (false, _) => view! { <p class="empty" data-testid="comp-need-snapshot">{tu_string!(i18n, comp.need_snapshot)}</p> }.into_any(),
                (true, false) => view! { <p class="empty">{tu_string!(i18n, comp.need_cops)}</p> }.into_any(),
                (true, true) => view! {
                    <p>{tu_string!(i18n, comp.counts_intro)}</p>
                    <SnapshotRadios legend=Signal::derive(move || tu_string!(i18n, comp.choose_snapshot).to_string())
                        name="comp-snap" selected=ctx.snapshot
                        on_pick=Callback::new(move |id| ctx.chosen.set(Some(id))) />
                    {move || shape.get().map(grid)}
                    <p class="comp-summary" role="status" aria-live="polite" data-testid="comp-summary">{summary}</p>
                    <export::CsvActions />
                    <table2::Table2View />
                    <chart::SnapshotChart />
                }.into_any(),
            }}
        </section>
    }
}
