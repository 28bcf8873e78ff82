//! Members per profession as stacked bars, per CoP: the first count (baseline) beside the
//! last (end), on one scale so both the size and the mix of each CoP compare.
//!
//! Each stack is a list item named "Hidalgo, Baseline 2013: 28 members (physicians 13, …)";
//! every profession has its own fill pattern, and each total is written above its stack.

use leptos::prelude::*;
use practica_core::composition::default_pair;
use practica_core::programme::charts::{composition_chart, CompositionChart, Frame};
use practica_core::text::Lang;

use super::svg::{self, n, INK};
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;

const PREFIX: &str = "dash-comp";

/// Up to six CoPs fit a phone's width; more widen the chart (it then scrolls in its own box).
fn frame(count: usize) -> Frame {
    let width = if count <= 6 { 360.0 } else { 54.0 + 60.0 * count as f64 };
    Frame { width, height: 300.0, top: 22.0, right: 8.0, bottom: 74.0, left: 46.0 }
}

fn stack_label(locale: Locale, lang: Lang, c: &CompositionChart, cop: &str, s: &practica_core::programme::charts::Stack) -> String {
    let detail = c
        .professions
        .iter()
        .map(|p| {
            let count = s.segments.iter().find(|x| x.profession_id == p.id).map_or(0, |x| x.count);
            format!("{} {count}", p.label(lang).to_lowercase())
        })
        .collect::<Vec<_>>()
        .join(", ");
    td_string!(locale, dash.stack_label, name = cop, snapshot = s.snapshot_label.clone(), total = s.total, detail = detail)
        .to_string()
}

#[component]
pub fn CompositionFigure(#[prop(into)] ids: Signal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let chart = Memo::new(move |_| {
        let ids = ids.get();
        let f = frame(ids.len());
        state.ws.with(|ws| {
            let pair: Vec<&str> = match default_pair(&ws.snapshots) {
                Some((a, b)) => vec![a, b],
                None => ws.snapshots.iter().map(|s| s.id.as_str()).collect(),
            };
            (f, composition_chart(ws, &ids, &pair, &f))
        })
    });
    let has_counts = move || chart.with(|(_, c)| c.groups.iter().any(|g| g.stacks.iter().any(|s| s.total > 0)));
    let order = move || {
        chart.with(|(_, c)| {
            let labels: Vec<String> = c.snapshots.iter().map(|(_, l)| l.clone()).collect();
            td_string!(i18n.get_locale_untracked(), dash.comp_order, snapshots = labels.join(" · ")).to_string()
        })
    };
    view! {
        <h3 id="dash-comp-title">{tu_string!(i18n, dash.comp_title)}</h3>
        <Show when=has_counts fallback=move || view! {
            <p class="empty" data-testid="comp-empty">{tu_string!(i18n, dash.comp_empty)}" "
                <a href=crate::route::Route::Composition.href()>{tu_string!(i18n, dash.comp_go)}</a></p>
        }>
            <p class="hint">{order}</p>
            <ul class="dash-legend" aria-label=tu_string!(i18n, dash.legend)>
                {move || chart.with(|(_, c)| c.professions.iter().enumerate().map(|(i, p)| {
                    let fill = format!("url(#{PREFIX}-p{i})");
                    view! {
                        <li>
                            <svg class="dash-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                                <rect width="16" height="16" fill=fill stroke=INK />
                            </svg>
                            {p.label(lang())}
                        </li>
                    }
                }).collect_view())}
            </ul>
            <div class="dash-chart">
                {move || chart.with(|(f, c)| draw(f, c, i18n.get_locale_untracked(), lang()))}
            </div>
            <details class="dash-alt">
                <summary>{tu_string!(i18n, dash.chart_as_text)}</summary>
                <p>{move || chart.with(|(_, c)| c.alt_text(lang()))}</p>
            </details>
        </Show>
    }
}

fn draw(f: &Frame, c: &CompositionChart, locale: Locale, lang: Lang) -> impl IntoView {
    let plot = c.plot;
    let slot = plot.width / c.groups.len().max(1) as f64;
    let (turned, max) = svg::label_layout(c.groups.iter().map(|g| g.name.as_str()), slot);
    let defs: String = (0..c.professions.len()).map(|i| svg::profession_pattern(PREFIX, i)).collect();
    let groups = c
        .groups
        .iter()
        .map(|g| {
            let stacks = g
                .stacks
                .iter()
                .map(|s| {
                    let label = stack_label(locale, lang, c, &g.name, s);
                    let segments = s
                        .segments
                        .iter()
                        .map(|seg| {
                            view! {
                                <rect x=n(seg.rect.x) y=n(seg.rect.y) width=n(seg.rect.width) height=n(seg.rect.height)
                                    fill=format!("url(#{PREFIX}-p{})", seg.index) stroke="#fff" stroke-width="0.8" />
                            }
                        })
                        .collect_view();
                    view! {
                        <g role="listitem" aria-label=label>
                            {segments}
                            <text x=n(s.total_label_at.x) y=n(s.total_label_at.y) font-size="10" font-weight="700"
                                text-anchor="middle" fill=INK>{s.total}</text>
                        </g>
                    }
                })
                .collect_view();
            view! {
                {stacks}
                <g aria-hidden="true">{svg::category_label(&g.name, g.label_at.x, &plot, turned, max)}</g>
            }
        })
        .collect_view();
    let y_title = td_string!(locale, dash.comp_y_axis).to_string();
    let x_title = td_string!(locale, dash.x_axis_cops).to_string();
    view! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox=svg::view_box(f) width=svg::natural_width(f)
            class="dash-svg" role="list" aria-labelledby="dash-comp-title" data-testid="comp-chart">
            <defs inner_html=defs></defs>
            <g aria-hidden="true">
                {svg::ticks(&c.ticks, &plot)}
                {svg::axes(f, &plot, y_title, x_title)}
            </g>
            {groups}
        </svg>
    }
}
