//! The dashboard table: one row per CoP, sortable by name, country, total or members with
//! buttons in the column headers (`aria-sort` says which column and which way).

use leptos::prelude::*;
use practica_core::programme::{Dashboard, ProductKind, Row, Sort, SortKey};
use practica_core::text::Lang;

use super::capitalise;
use crate::i18n::*;
use crate::route::Route;
use crate::ui::band::BandBadge;
use crate::ui::lang::use_lang;

/// The first click on a column sorts names A→Z but numbers highest first (what people look
/// for on a dashboard); the next click reverses.
fn next_sort(current: Sort, key: SortKey) -> Sort {
    if current.key == key {
        Sort { key, descending: !current.descending }
    } else {
        Sort { key, descending: matches!(key, SortKey::Total | SortKey::Members) }
    }
}

fn aria_sort(current: Sort, key: SortKey) -> Option<&'static str> {
    (current.key == key).then_some(if current.descending { "descending" } else { "ascending" })
}

/// A column header whose button changes the sort.
fn sort_header(sort: RwSignal<Sort>, key: SortKey, label: impl Fn() -> String + Send + Sync + Copy + 'static) -> impl IntoView {
    let arrow = move || match aria_sort(sort.get(), key) {
        Some("ascending") => "▲",
        Some(_) => "▼",
        None => "↕",
    };
    view! {
        <th scope="col" role="columnheader" class="dash-sortable" aria-sort=move || aria_sort(sort.get(), key)>
            <button type="button" class="dash-sort" on:click=move |_| sort.update(|s| *s = next_sort(*s, key))>
                {label}<span class="dash-sort-arrow" aria-hidden="true">" "{arrow}</span>
            </button>
        </th>
    }
}

fn members_text(locale: Locale, r: &Row) -> String {
    match (r.members_baseline, r.members_now, r.members_change) {
        (Some(a), Some(b), Some(_)) => format!("{a} → {b}"),
        (_, Some(b), None) => td_string!(locale, dash.members_once, count = b).to_string(),
        _ => td_string!(locale, dash.members_none).to_string(),
    }
}

fn products_view(r: &Row, lang: Lang) -> impl IntoView {
    ProductKind::ALL
        .iter()
        .zip(r.products.iter())
        .map(|(k, s)| {
            view! {
                <li class=format!("dash-product {}", s.css_class())>
                    <span class="dash-product-kind">{capitalise(k.label(lang))}": "</span>{s.label(lang)}
                </li>
            }
        })
        .collect_view()
}

struct Labels {
    country: String,
    total: String,
    members: String,
    products: String,
    summary: String,
}

#[component]
pub fn DashTable(data: Memo<Dashboard>, sort: RwSignal<Sort>, shown: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let rows = move || {
        let locale = i18n.get_locale_untracked();
        let l = lang();
        // On a phone the rows become cards and each value is preceded by its column's name
        // (CSS `attr(data-label)`).
        let labels = Labels {
            country: tu_string!(i18n, dash.col_country).to_string(),
            total: tu_string!(i18n, dash.col_total).to_string(),
            members: tu_string!(i18n, dash.col_members).to_string(),
            products: tu_string!(i18n, dash.col_products).to_string(),
            summary: tu_string!(i18n, dash.col_summary).to_string(),
        };
        let shown = shown.get();
        data.with(|d| {
            d.rows
                .iter()
                .take(shown)
                .map(|r| {
                    let total = match (r.latest_total, r.band) {
                        (Some(t), Some(b)) => view! { <span class="dash-total">{t}</span>" "<BandBadge band=b lang=l /> }.into_any(),
                        (Some(t), None) => view! { <span class="dash-total">{t}</span> }.into_any(),
                        (None, _) => view! { <span class="dash-muted">{tu_string!(i18n, dash.not_rated)}</span> }.into_any(),
                    };
                    let summary = if r.summary_written {
                        td_string!(locale, dash.summary_words, words = r.summary_words).to_string()
                    } else {
                        tu_string!(i18n, dash.summary_not_written).to_string()
                    };
                    let tracker_label = td_string!(locale, dash.tracker_link_for, name = r.name.clone()).to_string();
                    view! {
                        <tr role="row" data-testid="dash-row">
                            <th scope="row" role="rowheader"><a href=Route::Community(r.id.clone()).href()>{r.name.clone()}</a></th>
                            <td role="cell" data-label=labels.country.clone()>{r.country.clone()}</td>
                            <td role="cell" class="dash-total-cell" data-label=labels.total.clone()>{total}</td>
                            <td role="cell" class="dash-num" data-label=labels.members.clone()>{members_text(locale, r)}</td>
                            <td role="cell" class="dash-products-cell" data-label=labels.products.clone()>
                                <ul class="dash-products">{products_view(r, l)}</ul>
                                <a href=Route::Tracker(r.id.clone()).href() aria-label=tracker_label>{tu_string!(i18n, dash.tracker_link)}</a>
                            </td>
                            <td role="cell" data-label=labels.summary.clone()>
                                <a href=Route::Summary(Some(r.id.clone())).href()>{summary}</a>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-wrap dash-table-wrap" role="region" tabindex="0" aria-labelledby="dash-caption">
            // Explicit roles keep the table a table for screen readers when a phone's stylesheet
            // turns its rows into cards (some browsers drop table semantics with `display`).
            <table class="dash-table" role="table" data-testid="dash-table">
                <caption id="dash-caption">{tu_string!(i18n, dash.table_caption)}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        {sort_header(sort, SortKey::Name, move || tu_string!(i18n, dash.col_cop).to_string())}
                        {sort_header(sort, SortKey::Country, move || tu_string!(i18n, dash.col_country).to_string())}
                        {sort_header(sort, SortKey::Total, move || tu_string!(i18n, dash.col_total).to_string())}
                        {sort_header(sort, SortKey::Members, move || tu_string!(i18n, dash.col_members).to_string())}
                        <th scope="col" role="columnheader">{tu_string!(i18n, dash.col_products)}</th>
                        <th scope="col" role="columnheader">{tu_string!(i18n, dash.col_summary)}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    {rows}
                    <Show when=move || data.with(|d| d.rows.is_empty())>
                        <tr role="row"><td role="cell" colspan="6" class="dash-muted">{tu_string!(i18n, dash.no_match)}</td></tr>
                    </Show>
                </tbody>
            </table>
        </div>
    }
}
