//! Filtering the dashboard by country and band, and the summary line it changes: CoPs per
//! band and the members at the first and last count (announced when the filter changes).

use leptos::prelude::*;
use practica_core::programme::{BandCounts, Dashboard, Filter, MemberTotals};
use practica_core::scoring::Band;
use practica_core::text::Lang;

use crate::i18n::*;
use crate::ui::band::band_symbol;
use crate::ui::lang::use_lang;

/// Optimal first: the order people read a results line in.
const BAND_ORDER: [Band; 3] = [Band::Optimal, Band::NeedsStrengthening, Band::SubOptimal];

fn band_from(value: &str) -> Option<Band> {
    Band::ALL.into_iter().find(|b| b.css_class() == value)
}

/// "2 optimal · 1 needs strengthening · 3 sub-optimal" (and the unrated, if any).
pub fn counts_text(locale: Locale, lang: Lang, c: &BandCounts) -> String {
    let mut parts: Vec<String> = BAND_ORDER
        .iter()
        .map(|b| td_string!(locale, dash.band_count, count = c.get(Some(*b)), band = b.label(lang)).to_string())
        .collect();
    if c.unrated > 0 {
        parts.push(td_string!(locale, dash.unrated_count, count = c.unrated).to_string());
    }
    parts.join(" · ")
}

fn members_total_text(locale: Locale, t: &MemberTotals, shown: usize) -> String {
    if t.counted == 0 {
        td_string!(locale, dash.members_total_none).to_string()
    } else {
        td_string!(locale, dash.members_total, baseline = t.baseline, now = t.now, counted = t.counted, shown = shown).to_string()
    }
}

#[component]
pub fn Filters(filter: RwSignal<Filter>, data: Memo<Dashboard>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let countries = move || data.with(|d| d.countries.clone());
    let on_country = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        filter.update(|f| f.country = (!v.is_empty()).then_some(v));
    };
    let on_band = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        filter.update(|f| f.band = band_from(&v));
    };
    let country_value = move || filter.with(|f| f.country.clone().unwrap_or_default());
    let band_value = move || filter.with(|f| f.band.map(|b| b.css_class().to_string()).unwrap_or_default());
    view! {
        <div class="dash-filters" role="group" aria-label=tu_string!(i18n, dash.filters_label)>
            <div class="field">
                <label for="dash-country">{tu_string!(i18n, dash.filter_country)}</label>
                <select id="dash-country" on:change=on_country prop:value=country_value>
                    <option value="">{tu_string!(i18n, dash.all_countries)}</option>
                    {move || countries().into_iter().map(|c| {
                        let selected = country_value().eq_ignore_ascii_case(&c);
                        view! { <option value=c.clone() selected=selected>{c.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="dash-band">{tu_string!(i18n, dash.filter_band)}</label>
                <select id="dash-band" on:change=on_band prop:value=band_value>
                    <option value="">{tu_string!(i18n, dash.all_bands)}</option>
                    {move || BAND_ORDER.iter().map(|b| {
                        let value = b.css_class();
                        let selected = band_value() == value;
                        view! { <option value=value selected=selected>{band_symbol(*b)}" "{b.label(lang())}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}

/// The counts and member totals over the shown CoPs (a live region: filtering updates it).
#[component]
pub fn Totals(data: Memo<Dashboard>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <div class="card dash-totals" role="status" aria-live="polite">
            <p data-testid="band-counts">
                {move || {
                    let locale = i18n.get_locale_untracked();
                    data.with(|d| {
                        let shown = d.rows.len();
                        let all = d.band_counts_all.total();
                        let lead = if shown == all {
                            td_string!(locale, dash.showing_all, count = all).to_string()
                        } else {
                            td_string!(locale, dash.showing_some, shown = shown, count = all).to_string()
                        };
                        format!("{lead} {}", counts_text(locale, lang(), &d.band_counts))
                    })
                }}
            </p>
            <p data-testid="member-totals">
                {move || data.with(|d| members_total_text(i18n.get_locale_untracked(), &d.totals, d.rows.len()))}
            </p>
        </div>
    }
}
