//! The paper's Fig. 4: each CoP's latest total (bars on a 0–25 axis) over the three bands,
//! with the band boundaries drawn and labelled.
//!
//! Screen readers get the chart as a list: each bar is a list item named "Hidalgo: 25,
//! optimal"; the whole chart is also written out as text (the core's `alt_text`). Bars carry
//! their value and band symbol as text, and each band has its own fill pattern, so the chart
//! reads in grey print.

use leptos::prelude::*;
use practica_core::programme::charts::{performance_chart, Frame, PerformanceChart, TotalAxis};
use practica_core::scoring::Band;
use practica_core::text::Lang;

use super::svg::{self, n, INK};
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::band::{band_symbol, BandBadge};
use crate::ui::lang::use_lang;

const PREFIX: &str = "dash-perf";

/// Up to six CoPs (the paper's programme) fit a phone's width; more widen the chart, which
/// then scrolls in its own box.
fn frame(count: usize) -> Frame {
    let width = if count <= 6 { 360.0 } else { 54.0 + 52.0 * count as f64 };
    Frame { width, height: 290.0, top: 26.0, right: 50.0, bottom: 74.0, left: 46.0 }
}

/// "Hidalgo: 25, optimal" (or "not rated yet"), the name of one bar.
pub fn bar_label(locale: Locale, lang: Lang, name: &str, total: Option<u8>, band: Option<Band>) -> String {
    match (total, band) {
        (Some(t), Some(b)) => {
            td_string!(locale, dash.bar_label, name = name, total = t, band = b.label(lang)).to_string()
        }
        (Some(t), None) => format!("{name}: {t}"),
        (None, _) => td_string!(locale, dash.bar_not_rated, name = name).to_string(),
    }
}

#[component]
pub fn PerformanceFigure(#[prop(into)] ids: Signal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let chart = Memo::new(move |_| {
        let ids = ids.get();
        let f = frame(ids.len());
        let c = state.ws.with(|ws| performance_chart(ws, &ids, &f, TotalAxis::FromZero));
        (f, c)
    });
    view! {
        <h3 id="dash-perf-title">{tu_string!(i18n, dash.perf_title)}</h3>
        <p class="hint">{tu_string!(i18n, dash.perf_intro)}</p>
        <ul class="dash-legend" aria-label=tu_string!(i18n, dash.legend)>
            {move || chart.with(|(_, c)| legend(c, lang()))}
        </ul>
        <div class="dash-chart">
            {move || chart.with(|(f, c)| draw(f, c, i18n.get_locale_untracked(), lang()))}
        </div>
        <details class="dash-alt">
            <summary>{tu_string!(i18n, dash.chart_as_text)}</summary>
            <p data-testid="perf-alt">{move || chart.with(|(_, c)| c.alt_text(lang()))}</p>
        </details>
    }
}

fn range(c: &PerformanceChart, band: Band) -> (u8, u8) {
    c.band_ranges.iter().find(|(b, _, _)| *b == band).map(|(_, lo, hi)| (*lo, *hi)).unwrap_or_default()
}

/// The bands with their ranges, highest first, in words (the chart's margin has only symbols).
fn legend(c: &PerformanceChart, lang: Lang) -> impl IntoView {
    let mut bands = c.band_ranges.to_vec();
    bands.reverse();
    bands
        .into_iter()
        .map(|(b, lo, hi)| view! { <li><BandBadge band=b lang=lang />" "{lo}"–"{hi}</li> })
        .collect_view()
}

fn draw(f: &Frame, c: &PerformanceChart, locale: Locale, lang: Lang) -> impl IntoView {
    let plot = c.plot;
    let slot = plot.width / c.bars.len().max(1) as f64;
    let (turned, max) = svg::label_layout(c.bars.iter().map(|b| b.name.as_str()), slot);
    let zones = c
        .zones
        .iter()
        .map(|z| {
            view! {
                <rect x=n(z.rect.x) y=n(z.rect.y) width=n(z.rect.width) height=n(z.rect.height) fill=svg::zone_fill(z.band) />
            }
        })
        .collect_view();
    // In the right margin, beside each band's zone, so no bar or value label ever hides them;
    // the band names are in the legend above the chart.
    let zone_labels = c
        .zones
        .iter()
        .map(|z| {
            let (lo, hi) = range(c, z.band);
            let label = format!("{} {lo}–{hi}", band_symbol(z.band));
            view! {
                <text x=n(plot.right() + 4.0) y=n(z.rect.y + z.rect.height / 2.0 + 3.5) font-size="10" font-weight="700" fill=INK>{label}</text>
            }
        })
        .collect_view();
    let boundaries = c
        .boundaries
        .iter()
        .map(|b| {
            view! {
                <line x1=n(plot.x) x2=n(plot.right()) y1=n(b.y) y2=n(b.y) stroke=INK stroke-width="1.2" stroke-dasharray="6 3" />
            }
        })
        .collect_view();
    let bars = c
        .bars
        .iter()
        .map(|b| {
            let name = bar_label(locale, lang, &b.name, b.total, b.band);
            let value = match (b.total, b.band) {
                (Some(t), Some(band)) => format!("{t} {}", band_symbol(band)),
                (Some(t), None) => t.to_string(),
                (None, _) => "–".to_string(),
            };
            view! {
                <g role="listitem" aria-label=name>
                    <rect x=n(b.rect.x) y=n(b.rect.y) width=n(b.rect.width) height=n(b.rect.height)
                        fill=svg::band_fill(PREFIX, b.band) stroke=INK stroke-width="1" />
                    <text x=n(b.value_label_at.x) y=n(b.value_label_at.y) font-size="11" font-weight="700" text-anchor="middle"
                        fill=INK stroke="#fff" stroke-width="3" paint-order="stroke">{value}</text>
                    {svg::category_label(&b.name, b.label_at.x, &plot, turned, max)}
                </g>
            }
        })
        .collect_view();
    let y_title = td_string!(locale, dash.perf_y_axis).to_string();
    let x_title = td_string!(locale, dash.x_axis_cops).to_string();
    view! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox=svg::view_box(f) width=svg::natural_width(f)
            class="dash-svg" role="list" aria-labelledby="dash-perf-title" data-testid="perf-chart">
            <defs inner_html=svg::band_patterns(PREFIX)></defs>
            <g aria-hidden="true">
                {zones}
                {svg::ticks(&c.ticks, &plot)}
                {boundaries}
                {svg::axes(f, &plot, y_title, x_title)}
            </g>
            <g aria-hidden="true">{zone_labels}</g>
            {bars}
        </svg>
    }
}
