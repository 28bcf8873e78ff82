//! Each CoP's profile as small multiples: one small chart per CoP with its five criterion
//! ratings (1, 3 or 5), all on the same scale, so a programme sees on what a CoP scored low.
//!
//! Each small chart is a list of five items named "1. Integration of the CoP: 5"; the values
//! are written above the bars, and the whole chart is available as text.

use leptos::prelude::*;
use practica_core::programme::charts::{profile_chart, Frame, ProfileChart, ProfileGroup};
use practica_core::scoring::{criterion, CriterionId, Rating};
use practica_core::text::Lang;

use super::svg::{self, n, INK};
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// One small chart: five bars, criterion numbers under them.
const FRAME: Frame = Frame { width: 180.0, height: 132.0, top: 16.0, right: 6.0, bottom: 30.0, left: 30.0 };

/// Fill per rating, dark to light with different marks so they differ in grey.
fn rating_fill(r: Option<Rating>) -> &'static str {
    match r.map(|r| r.value()) {
        Some(5) => "url(#dash-prof-opt)",
        Some(3) => "url(#dash-prof-needs)",
        Some(_) => "url(#dash-prof-sub)",
        None => "#d9d9d9",
    }
}

fn item_label(locale: Locale, lang: Lang, id: CriterionId, r: Option<Rating>) -> String {
    let c = criterion(id);
    match r {
        Some(r) => td_string!(locale, dash.profile_item, number = c.number, name = c.name.get(lang), value = r.value()).to_string(),
        None => td_string!(locale, dash.profile_item_none, number = c.number, name = c.name.get(lang)).to_string(),
    }
}

#[component]
pub fn ProfileFigure(#[prop(into)] ids: Signal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let chart = Memo::new(move |_| {
        let ids = ids.get();
        state.ws.with(|ws| ids.iter().map(|id| profile_chart(ws, std::slice::from_ref(id), &FRAME)).collect::<Vec<_>>())
    });
    // The text alternative covers all CoPs at once, in the same order.
    let all = Memo::new(move |_| {
        let ids = ids.get();
        state.ws.with(|ws| profile_chart(ws, &ids, &FRAME))
    });
    let key = move || {
        CriterionId::ALL
            .iter()
            .map(|id| {
                let c = criterion(*id);
                view! { <li value=c.number.to_string()>{c.name.get(lang())}</li> }
            })
            .collect_view()
    };
    view! {
        <h3 id="dash-prof-title">{tu_string!(i18n, dash.profile_title)}</h3>
        <p class="hint">{tu_string!(i18n, dash.profile_intro)}</p>
        <svg class="dash-defs" aria-hidden="true" focusable="false" width="0" height="0">
            <defs inner_html=svg::band_patterns("dash-prof")></defs>
        </svg>
        <ul class="dash-multiples" aria-labelledby="dash-prof-title">
            {move || chart.with(|charts| {
                charts
                    .iter()
                    .filter_map(|c| c.groups.first().map(|g| (c.clone(), g.clone())))
                    .map(|(c, g)| small(c, g, i18n.get_locale_untracked(), lang()))
                    .collect_view()
            })}
        </ul>
        <p class="dash-key-title">{tu_string!(i18n, dash.profile_key)}</p>
        <ol class="dash-key">{key}</ol>
        <details class="dash-alt">
            <summary>{tu_string!(i18n, dash.chart_as_text)}</summary>
            <p>{move || all.with(|c| c.alt_text(lang()))}</p>
        </details>
    }
}

fn small(c: ProfileChart, g: ProfileGroup, locale: Locale, lang: Lang) -> impl IntoView {
    let plot = c.plot;
    let caption_id = format!("dash-prof-{}", g.id);
    let bars = g
        .bars
        .iter()
        .map(|b| {
            let label = item_label(locale, lang, b.criterion, b.rating);
            let value = b.rating.map(|r| r.value().to_string()).unwrap_or_else(|| "–".into());
            let number = criterion(b.criterion).number.to_string();
            let cx = b.rect.x + b.rect.width / 2.0;
            view! {
                <g role="listitem" aria-label=label>
                    <rect x=n(b.rect.x + 1.0) y=n(b.rect.y) width=n((b.rect.width - 2.0).max(1.0)) height=n(b.rect.height)
                        fill=rating_fill(b.rating) stroke=INK stroke-width="0.8" />
                    <text x=n(cx) y=n(b.value_label_at.y) font-size="10" font-weight="700" text-anchor="middle" fill=INK>{value}</text>
                    <text x=n(cx) y=n(plot.bottom() + 11.0) font-size="10" text-anchor="middle" fill=INK>{number}</text>
                </g>
            }
        })
        .collect_view();
    let x_title = td_string!(locale, dash.profile_x_axis).to_string();
    let y_title = td_string!(locale, dash.profile_y_axis).to_string();
    view! {
        <li class="dash-multiple">
            <figure>
                <figcaption id=caption_id.clone()>{g.name.clone()}</figcaption>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox=svg::view_box(&FRAME) class="dash-svg dash-svg-small"
                    role="list" aria-labelledby=caption_id>
                    <g aria-hidden="true">
                        {svg::ticks(&c.ticks, &plot)}
                        {svg::axes(&FRAME, &plot, y_title, x_title)}
                    </g>
                    {bars}
                </svg>
            </figure>
        </li>
    }
}
