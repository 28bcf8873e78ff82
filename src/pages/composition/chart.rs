//! The composition chart: 100 % stacked bars (one per table column, and per count when two are
//! compared), drawn as inline SVG by this code with no chart library.
//!
//! Made to read without colour: every profession has its own fill pattern as well as its own
//! colour, shares are written on the bars where they fit (black text with a white halo, legible
//! on any fill), the legend repeats the patterns, and the same figures are in the table and in
//! the "chart as text" list. The SVG scales with its viewBox, so it fits a 360 px phone.

use leptos::prelude::*;
use practica_core::composition::{stacked_bars, BarGroup, ColumnKind, CompositionTable};

use super::fmt::share_pct;
use super::use_ctx;
use crate::i18n::*;
use crate::ui::lang::use_lang;

const W: f64 = 340.0;
const BAR_H: f64 = 20.0;
const BAR_GAP: f64 = 4.0;
const HEAD_H: f64 = 20.0;
const GROUP_GAP: f64 = 10.0;
/// Room on the right for the column total.
const TOTAL_W: f64 = 40.0;
/// Width of the count labels' column when several counts are drawn per group.
const LABEL_W: f64 = 100.0;
const LABEL_CHARS: usize = 15;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/// Fill colours (distinct in hue and in lightness, so they also differ in grey).
const COLOURS: [&str; 6] = ["#0b5d5b", "#e8a33d", "#8dbfe0", "#a6426b", "#b9d48a", "#d9d9d9"];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max.saturating_sub(1)).collect::<String>())
    }
}

/// The line pattern over the fill of profession `i`: none, diagonal, dots, horizontal, cross,
/// back-diagonal; beyond six professions the patterns repeat on other colours.
fn pattern(prefix: &str, i: usize) -> String {
    let colour = COLOURS[i % COLOURS.len()];
    let kind = (i + i / COLOURS.len() * 3) % 6;
    let ink = r##"stroke="#1b1f23" stroke-width="1.3""##;
    let marks = match kind {
        0 => String::new(),
        1 => format!(r#"<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {ink}/>"#),
        2 => r##"<circle cx="2" cy="2" r="1.4" fill="#1b1f23"/><circle cx="6" cy="6" r="1.4" fill="#1b1f23"/>"##.to_string(),
        3 => format!(r#"<path d="M0,2 h8 M0,6 h8" {ink}/>"#),
        4 => format!(r#"<path d="M0,0 l8,8 M8,0 l-8,8" {ink}/>"#),
        _ => format!(r#"<path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {ink}/>"#),
    };
    format!(
        r#"<pattern id="{prefix}-p{i}" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="{colour}"/>{marks}</pattern>"#
    )
}

/// Words the chart needs, already in the user's language.
pub struct Words {
    pub title: String,
    pub desc: String,
    pub members: String,
    pub not_counted: String,
}

/// The SVG markup. `professions` are the row labels, in row order.
fn svg(prefix: &str, groups: &[BarGroup], professions: &[String], w: &Words) -> String {
    let multi = groups.iter().any(|g| g.bars.len() > 1);
    let x0 = if multi { LABEL_W } else { 0.0 };
    let bw = W - x0 - TOTAL_W;
    let mut body = String::new();

    // Legend, wrapped into rows.
    let (mut lx, mut ly) = (0.0, 4.0);
    for (i, label) in professions.iter().enumerate() {
        let item_w = 24.0 + label.chars().count() as f64 * 7.2 + 14.0;
        if lx > 0.0 && lx + item_w > W {
            lx = 0.0;
            ly += 22.0;
        }
        body.push_str(&format!(
            r##"<rect x="{lx:.1}" y="{ly:.1}" width="16" height="16" fill="url(#{prefix}-p{i})" stroke="#1b1f23"/><text x="{:.1}" y="{:.1}" font-size="13">{}</text>"##,
            lx + 22.0,
            ly + 13.0,
            esc(label)
        ));
        lx += item_w;
    }

    // Axis labels above the bars; grid lines are drawn once the height is known.
    let axis_y = ly + 50.0;
    for pct in [0u32, 25, 50, 75, 100] {
        let x = x0 + bw * f64::from(pct) / 100.0;
        let anchor = match pct {
            0 => "start",
            100 => "end",
            _ => "middle",
        };
        body.push_str(&format!(
            r##"<text x="{x:.1}" y="{axis_y:.1}" font-size="11" text-anchor="{anchor}" fill="#4a5560">{pct} %</text>"##
        ));
    }
    let top = axis_y + 6.0;
    let mut y = top;
    let mut bars = String::new();
    for g in groups {
        let weight = if g.kind == ColumnKind::Cop { "400" } else { "700" };
        bars.push_str(&format!(
            r#"<text x="0" y="{:.1}" font-size="13" font-weight="{weight}">{}</text>"#,
            y + 14.0,
            esc(&g.heading)
        ));
        y += HEAD_H;
        for bar in &g.bars {
            if multi {
                bars.push_str(&format!(
                    r#"<text x="0" y="{:.1}" font-size="12">{}</text>"#,
                    y + 14.5,
                    esc(&shorten(&bar.snapshot_label, LABEL_CHARS))
                ));
            }
            if bar.segments.is_empty() {
                bars.push_str(&format!(
                    r##"<rect x="{x0:.1}" y="{y:.1}" width="{bw:.1}" height="{BAR_H}" fill="#fff" stroke="#6b7680" stroke-dasharray="4 3"/><text x="{:.1}" y="{:.1}" font-size="12" fill="#4a5560">{}</text>"##,
                    x0 + 6.0,
                    y + 14.5,
                    esc(&w.not_counted)
                ));
            }
            for s in &bar.segments {
                let sx = x0 + bw * f64::from(s.start) / 1000.0;
                let sw = bw * f64::from(s.share.tenths()) / 1000.0;
                bars.push_str(&format!(
                    r##"<rect x="{sx:.1}" y="{y:.1}" width="{sw:.1}" height="{BAR_H}" fill="url(#{prefix}-p{})" stroke="#fff" stroke-width="1"/>"##,
                    s.row
                ));
                if sw >= 32.0 {
                    bars.push_str(&format!(
                        r##"<text x="{:.1}" y="{:.1}" font-size="11" font-weight="700" text-anchor="middle" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">{}</text>"##,
                        sx + sw / 2.0,
                        y + 14.5,
                        s.share
                    ));
                }
            }
            bars.push_str(&format!(
                r#"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end">{}</text>"#,
                W,
                y + 14.5,
                bar.total
            ));
            y += BAR_H + BAR_GAP;
        }
        y += GROUP_GAP;
    }
    let height = y + 4.0;
    let mut grid = String::new();
    for pct in [25u32, 50, 75] {
        let x = x0 + bw * f64::from(pct) / 100.0;
        grid.push_str(&format!(
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{top:.1}" y2="{:.1}" stroke="#c5ccd3" stroke-dasharray="2 3"/>"##,
            y - GROUP_GAP
        ));
    }
    let total_head = format!(
        r##"<text x="{W}" y="{:.1}" font-size="11" text-anchor="end" fill="#4a5560">{}</text>"##,
        axis_y - 15.0,
        esc(&w.members)
    );
    let defs: String = (0..professions.len()).map(|i| pattern(prefix, i)).collect();
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="comp-chart" viewBox="0 0 {W} {height:.0}" role="img" aria-labelledby="{prefix}-title {prefix}-desc" font-family="{FONT}" fill="#1b1f23"><title id="{prefix}-title">{}</title><desc id="{prefix}-desc">{}</desc><defs>{defs}</defs>{body}{total_head}{grid}{bars}</svg>"##,
        esc(&w.title),
        esc(&w.desc)
    )
}

/// The chart with its title and a text version (one line per bar).
#[component]
pub fn ChartFigure(
    prefix: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] tables: Signal<Vec<CompositionTable>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let data = Memo::new(move |_| {
        let l = lang();
        tables.with(|ts| {
            let refs: Vec<&CompositionTable> = ts.iter().collect();
            let labels = ts.first().map(|t| t.row_labels(l)).unwrap_or_default();
            (stacked_bars(&refs, l), labels)
        })
    });
    let markup = move || {
        let locale = i18n.get_locale_untracked();
        let words = Words {
            title: title.get(),
            desc: td_string!(locale, comp.chart_desc).to_string(),
            members: td_string!(locale, comp.chart_members).to_string(),
            not_counted: td_string!(locale, comp.chart_not_counted).to_string(),
        };
        data.with(|(groups, labels)| svg(prefix, groups, labels, &words))
    };
    let lines = move || {
        let locale = i18n.get_locale_untracked();
        data.with(|(groups, labels)| {
            groups
                .iter()
                .flat_map(|g| g.bars.iter().map(move |b| (g, b)))
                .map(|(g, b)| {
                    let parts = b
                        .segments
                        .iter()
                        .map(|s| {
                            format!(
                                "{} {}",
                                labels.get(s.row).cloned().unwrap_or_default(),
                                share_pct(Some(s.share))
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    let text = if b.segments.is_empty() {
                        td_string!(
                            locale,
                            comp.chart_line_empty,
                            column = g.heading.clone(),
                            snapshot = b.snapshot_label.clone()
                        )
                        .to_string()
                    } else {
                        td_string!(
                            locale,
                            comp.chart_line,
                            column = g.heading.clone(),
                            snapshot = b.snapshot_label.clone(),
                            total = b.total,
                            shares = parts
                        )
                        .to_string()
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <figure class="comp-figure-chart">
            <figcaption>{move || title.get()}</figcaption>
            <div class="comp-chart-box" inner_html=markup></div>
            <details class="comp-explain">
                <summary>{tu_string!(i18n, comp.chart_as_text)}</summary>
                <ul class="comp-chart-text">{lines}</ul>
            </details>
        </figure>
    }
}

/// The chart of the count open in the grid.
#[component]
pub fn SnapshotChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_ctx();
    let title = Signal::derive(move || {
        let label =
            ctx.table.with(|t| t.as_ref().map(|t| t.snapshot_label.clone())).unwrap_or_default();
        td_string!(i18n.get_locale_untracked(), comp.chart_title, snapshot = label).to_string()
    });
    let tables = Signal::derive(move || ctx.table.get().into_iter().collect::<Vec<_>>());
    view! {
        <h3>{tu_string!(i18n, comp.chart_heading)}</h3>
        <ChartFigure prefix="chart-snap" title=title tables=tables />
    }
}
