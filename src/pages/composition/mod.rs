//! Membership composition (the paper's Table 2): counts shared by all CoPs, the professions,
//! the member grid with totals and shares, roles, comparison between two counts, a chart and
//! CSV. Every figure comes from `practica_core::composition`; these files only place it.
//!
//! One concept per file:
//! - `snapshots`: the moments of counting (add, rename, reorder, delete with undo);
//! - `professions`: the profession rows (the paper's three and a team's own);
//! - `chooser`: the radio group that picks a count;
//! - `grid`: the editable grid for one count, with totals and shares as you type;
//! - `table2`: the same figures laid out like the paper's Table 2 (read-only, printable);
//! - `export`: "Copy as CSV" and "Download CSV";
//! - `chart`: the stacked-bar chart as inline SVG;
//! - `roles`: champion, facilitator and the strategic/tactical split;
//! - `compare`: baseline versus end;
//! - `fmt`: small display helpers shared by the above.

mod chart;
mod chooser;
mod compare;
mod export;
mod fmt;
mod grid;
mod professions;
mod roles;
mod snapshots;
mod table2;

use leptos::prelude::*;
use practica_core::composition::CompositionTable;

use crate::i18n::*;
use crate::state::use_app;

/// State shared by the sections of the page (kept in the page, not in storage: which count is
/// open is a view choice, not data).
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    /// The count the user picked for the grid (None: the first one).
    pub chosen: RwSignal<Option<String>>,
    /// The count the grid shows: the picked one if it still exists, otherwise the first.
    pub snapshot: Memo<Option<String>>,
    /// The composition table of that count, rebuilt by the core on every change.
    pub table: Memo<Option<CompositionTable>>,
}

fn provide_ctx() -> Ctx {
    let state = use_app();
    let chosen = RwSignal::new(None::<String>);
    let snapshot = Memo::new(move |_| {
        let picked = chosen.get();
        state.ws.with(|ws| {
            picked
                .filter(|id| ws.snapshots.iter().any(|s| &s.id == id))
                .or_else(|| ws.snapshots.first().map(|s| s.id.clone()))
        })
    });
    let table = Memo::new(move |_| {
        let snap = snapshot.get()?;
        Some(state.ws.with(|ws| CompositionTable::build(ws, &snap)))
    });
    let ctx = Ctx { chosen, snapshot, table };
    provide_context(ctx);
    ctx
}

/// What to save after a change to the counts' or professions' list alone (not their counts).
pub(crate) fn meta_only() -> crate::storage::Pending {
    crate::storage::Pending { meta: true, ..Default::default() }
}

pub(crate) fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| wasm_bindgen::throw_str("composition context missing"))
}

#[component]
pub fn CompositionPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    provide_ctx();
    let no_cops = move || state.ws.with(|ws| ws.communities.is_empty());
    view! {
        <section class="page comp-page" aria-labelledby="comp-heading">
            <h1 id="comp-heading">{tu_string!(i18n, comp.heading)}</h1>
            <p class="lead">{tu_string!(i18n, comp.intro)}</p>
            <Show when=no_cops>
                <p class="empty" data-testid="comp-no-cops">
                    {tu_string!(i18n, comp.no_cops)}" "
                    <a href="#/communities">{tu_string!(i18n, comp.no_cops_link)}</a>
                </p>
            </Show>
            <snapshots::SnapshotsSection />
            <grid::CountsSection />
            <roles::RolesSection />
            <compare::CompareSection />
            <professions::ProfessionsSection />
        </section>
    }
}
