//! The open count laid out like the paper's Table 2: professions down, CoPs and country
//! subtotals across, each column's share under its count, the share of all members last, and
//! each column's diversity index. Read-only and printable; it is also the chart's text
//! alternative.

use leptos::prelude::*;
use practica_core::composition::{
    ColumnKind, CompositionTable, DIVERSITY_EXPLANATION, ROUNDING_EXPLANATION,
};
use practica_core::text::Lang;

use super::fmt::{share, share_pct};
use super::use_ctx;
use crate::i18n::*;
use crate::ui::lang::use_lang;

fn table_view(t: &CompositionTable, lang: Lang, locale: Locale) -> impl IntoView {
    let overall = t.overall_shares();
    let col_class = |kind: ColumnKind| match kind {
        ColumnKind::Cop => "",
        ColumnKind::Country => "comp-sub",
        ColumnKind::Overall => "comp-all",
    };
    let head = t
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class=col_class(c.kind)>{c.heading(lang)}</th> })
        .collect_view();
    let rows = t
        .row_labels(lang)
        .into_iter()
        .enumerate()
        .map(|(r, label)| {
            let cells = t
                .columns
                .iter()
                .map(|c| {
                    let cell = c.cells.get(r).copied();
                    view! {
                        <td class=col_class(c.kind)>
                            <span class="comp-n">{cell.map(|x| x.count.to_string()).unwrap_or_default()}</span>
                            <span class="comp-share">{share_pct(cell.and_then(|x| x.share))}</span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells}
                    <td class="comp-all">{share(overall.get(r).copied().flatten())}</td>
                </tr>
            }
        })
        .collect_view();
    let totals = t
        .columns
        .iter()
        .map(|c| {
            view! {
                <td class=col_class(c.kind)>
                    <span class="comp-n">{c.total.count.to_string()}</span>
                    <span class="comp-share">{share_pct(c.total.share)}</span>
                </td>
            }
        })
        .collect_view();
    let diversity = t
        .columns
        .iter()
        .map(|c| view! { <td class=col_class(c.kind)>{share_pct(c.diversity.index)}</td> })
        .collect_view();
    let all_share = share(t.overall().and_then(|c| c.total.share));
    view! {
        <div class="table-wrap comp-table2-wrap" role="region" aria-labelledby="comp-table2-caption" tabindex="0">
            <table class="comp-table2" data-testid="comp-table2">
                <caption id="comp-table2-caption">
                    {td_string!(locale, comp.table2_caption, snapshot = t.snapshot_label.clone()).to_string()}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{td_string!(locale, comp.col_profession).to_string()}</th>
                        {head}
                        <th scope="col" class="comp-all">"%"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows}
                    <tr class="comp-subtotal">
                        <th scope="row">{td_string!(locale, comp.total).to_string()}</th>
                        {totals}
                        <td class="comp-all">{all_share}</td>
                    </tr>
                    <tr class="comp-diversity">
                        <th scope="row">{td_string!(locale, comp.diversity_row).to_string()}</th>
                        {diversity}
                        <td class="comp-all"></td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn Table2View() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_ctx();
    let lang = use_lang();
    let max_note = move || {
        ctx.table.with(|t| {
            let max = t.as_ref().and_then(|t| t.overall()).and_then(|c| c.diversity.max_possible);
            td_string!(i18n.get_locale_untracked(), comp.diversity_max, max = share_pct(max)).to_string()
        })
    };
    view! {
        <h3>{tu_string!(i18n, comp.table2_heading)}</h3>
        {move || {
            let (l, locale) = (lang(), i18n.get_locale_untracked());
            ctx.table.with(|t| t.as_ref().map(|t| table_view(t, l, locale)))
        }}
        <p class="hint">{max_note}</p>
        <details class="comp-explain">
            <summary>{tu_string!(i18n, comp.how_rounded)}</summary>
            <p>{move || ROUNDING_EXPLANATION.get(lang())}</p>
        </details>
        <details class="comp-explain">
            <summary>{tu_string!(i18n, comp.how_diversity)}</summary>
            <p>{move || DIVERSITY_EXPLANATION.get(lang())}</p>
        </details>
    }
}
