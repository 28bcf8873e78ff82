//! The programme dashboard (`#/dashboard`, and the home page once there are CoPs): every CoP
//! with its latest total and band, members, products and summary; counts per band and member
//! totals; the Fig. 4, profile and composition charts, all following the filter and sort.
//!
//! One file a part: `filters` (country/band and the totals line), `table`, the charts
//! (`perf_chart`, `profile_chart`, `comp_chart`, sharing `svg`), `example` (opening the
//! paper's example), `switcher` (the header's workspace menu) and `workspace` (which one is
//! open, and removing it).

mod comp_chart;
pub mod example;
mod filters;
mod perf_chart;
mod profile_chart;
pub mod switcher;
mod svg;
mod table;
mod workspace;

use leptos::prelude::*;
use practica_core::paging::ListWindow;
use practica_core::programme::{dashboard, Filter, Sort};

use crate::i18n::*;
use crate::route::Route;
use crate::state::use_app;
use crate::ui::show_more::ShowMore;
pub use example::ExampleChooser;

/// The core's labels are lower case so they fit inside sentences; this starts one off.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let filter = RwSignal::new(Filter::default());
    let sort = RwSignal::new(Sort::default());
    let today = crate::clock::today_iso();
    let data = Memo::new(move |_| {
        let f = filter.get();
        let s = sort.get();
        state.ws.with(|ws| dashboard(ws, &today, &f, s))
    });
    // Long programmes: the table shows a page of rows at a time, and the charts show the rows
    // the table shows.
    let window = RwSignal::new(ListWindow::default());
    let total = Signal::derive(move || data.with(|d| d.rows.len()));
    let shown = Memo::new(move |_| window.with(|w| w.visible(total.get())));
    let ids = Signal::derive(move || data.with(|d| d.ids().into_iter().take(shown.get()).collect::<Vec<_>>()));
    let empty = Memo::new(move |_| state.ws.with(|ws| ws.communities.is_empty()));
    view! {
        <section class="page dashboard" aria-labelledby="dash-heading">
            <h1 id="dash-heading">{tu_string!(i18n, dash.heading)}</h1>
            <workspace::WorkspaceLine />
            <Show when=move || !empty.get() fallback=move || view! {
                <p class="empty" data-testid="dash-empty">
                    {tu_string!(i18n, dash.empty)}" "
                    <a href=Route::Communities.href()>{tu_string!(i18n, dash.empty_add)}</a>
                </p>
                <ExampleChooser />
            }>
                <p class="lead">{tu_string!(i18n, dash.intro)}</p>
                <filters::Filters filter=filter data=data />
                <filters::Totals data=data />
                <table::DashTable data=data sort=sort shown=shown />
                <ShowMore window=window total=total />
                <h2>{tu_string!(i18n, dash.charts_heading)}</h2>
                <p class="hint">{tu_string!(i18n, dash.charts_follow)}</p>
                <perf_chart::PerformanceFigure ids=ids />
                <profile_chart::ProfileFigure ids=ids />
                <comp_chart::CompositionFigure ids=ids />
                <h2>{tu_string!(i18n, dash.example_heading)}</h2>
                <ExampleChooser />
            </Show>
        </section>
    }
}
