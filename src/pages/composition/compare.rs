//! Baseline versus end: per CoP, country and overall, the counts and shares at both counts,
//! the change in members and in percentage points, retention and profile diversity, with a
//! chart of both counts side by side.

use leptos::prelude::*;
use practica_core::composition::{
    default_pair, signed_count, ColumnChange, ColumnKind, Comparison,
};
use practica_core::text::Lang;

use super::chart::ChartFigure;
use super::chooser::SnapshotRadios;
use super::fmt::{percent, points, share_pct};
use crate::i18n::*;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// One column of the table (a CoP, a country or everyone) as a group of rows.
fn column_rows(c: &ColumnChange, labels: &[String], locale: Locale) -> impl IntoView {
    let rows = c
        .rows
        .iter()
        .zip(labels)
        .map(|(r, label)| {
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    <td>{r.baseline.count.to_string()}</td>
                    <td>{share_pct(r.baseline.share)}</td>
                    <td>{r.end.count.to_string()}</td>
                    <td>{share_pct(r.end.share)}</td>
                    <td>{signed_count(r.count_change)}</td>
                    <td>{points(r.points)}</td>
                </tr>
            }
        })
        .collect_view();
    let class = match c.kind {
        ColumnKind::Cop => "comp-cmp-cop",
        ColumnKind::Country => "comp-cmp-country",
        ColumnKind::Overall => "comp-cmp-overall",
    };
    let heading = match c.kind {
        ColumnKind::Cop => c.name.clone(),
        ColumnKind::Country => {
            td_string!(locale, comp.country_total, country = c.name.clone()).to_string()
        }
        ColumnKind::Overall => td_string!(locale, comp.total_all).to_string(),
    };
    let total = |n: u32| if n == 0 { String::new() } else { "100.0 %".to_string() };
    view! {
        <tbody class=class>
            <tr class="comp-country"><th scope="rowgroup" colspan="7"><span>{heading}</span></th></tr>
            {rows}
            <tr class="comp-subtotal">
                <th scope="row">{td_string!(locale, comp.total).to_string()}</th>
                <td>{c.total_baseline.to_string()}</td>
                <td>{total(c.total_baseline)}</td>
                <td>{c.total_end.to_string()}</td>
                <td>{total(c.total_end)}</td>
                <td>{signed_count(c.total_change)}</td>
                <td></td>
            </tr>
            <tr>
                <th scope="row">{td_string!(locale, comp.retention).to_string()}</th>
                <td colspan="6" class="comp-retention">{percent(c.retention)}</td>
            </tr>
            <tr>
                <th scope="row">{td_string!(locale, comp.diversity_row).to_string()}</th>
                <td></td>
                <td>{share_pct(c.diversity_baseline)}</td>
                <td></td>
                <td>{share_pct(c.diversity_end)}</td>
                <td></td>
                <td>{points(c.diversity_change)}</td>
            </tr>
        </tbody>
    }
}

fn comparison_view(cmp: &Comparison, lang: Lang, locale: Locale) -> impl IntoView {
    let labels = cmp.baseline.row_labels(lang);
    let (b, e) = (cmp.baseline.snapshot_label.clone(), cmp.end.snapshot_label.clone());
    let overall = cmp.overall().map(|o| {
        td_string!(
            locale,
            comp.cmp_summary,
            baseline = o.total_baseline,
            end = o.total_end,
            change = signed_count(o.total_change),
            retention = percent(o.retention),
            div_b = share_pct(o.diversity_baseline),
            div_e = share_pct(o.diversity_end),
            div_change = points(o.diversity_change)
        )
        .to_string()
    });
    let groups = cmp.columns.iter().map(|c| column_rows(c, &labels, locale)).collect_view();
    view! {
        <p class="comp-summary" role="status" aria-live="polite" data-testid="cmp-summary">{overall}</p>
        <div class="table-wrap" role="region" aria-labelledby="comp-cmp-caption" tabindex="0">
            <table class="comp-cmp" data-testid="comp-cmp">
                <caption id="comp-cmp-caption">{td_string!(locale, comp.cmp_caption, baseline = b.clone(), end = e.clone()).to_string()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{td_string!(locale, comp.col_profession).to_string()}</th>
                        <th scope="col">{b.clone()}" "<span class="comp-unit">{td_string!(locale, comp.members_unit).to_string()}</span></th>
                        <th scope="col">{b}" %"</th>
                        <th scope="col">{e.clone()}" "<span class="comp-unit">{td_string!(locale, comp.members_unit).to_string()}</span></th>
                        <th scope="col">{e}" %"</th>
                        <th scope="col">{td_string!(locale, comp.change_members).to_string()}</th>
                        <th scope="col">{td_string!(locale, comp.change_points).to_string()}</th>
                    </tr>
                </thead>
                {groups}
            </table>
        </div>
    }
}

#[component]
pub fn CompareSection() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let lang = use_lang();
    let picked_b = RwSignal::new(None::<String>);
    let picked_e = RwSignal::new(None::<String>);
    // The picks if they still exist, otherwise the first and the last count.
    let pair = Memo::new(move |_| {
        let (pb, pe) = (picked_b.get(), picked_e.get());
        state.ws.with(|ws| {
            let (db, de) = default_pair(&ws.snapshots)?;
            let exists = |id: &String| ws.snapshots.iter().any(|s| &s.id == id);
            let b = pb.filter(exists).unwrap_or_else(|| db.to_string());
            let e = pe.filter(exists).unwrap_or_else(|| de.to_string());
            Some((b, e))
        })
    });
    let comparison = Memo::new(move |_| {
        let (b, e) = pair.get()?;
        Some(state.ws.with(|ws| Comparison::build(ws, &b, &e)))
    });
    let has_pair = Memo::new(move |_| pair.with(Option::is_some));
    let has_cops = Memo::new(move |_| state.ws.with(|ws| !ws.communities.is_empty()));
    let same = move || pair.with(|p| p.as_ref().is_some_and(|(b, e)| b == e));
    let tables = Signal::derive(move || {
        comparison.with(|c| {
            c.as_ref().map(|c| vec![c.baseline.clone(), c.end.clone()]).unwrap_or_default()
        })
    });
    let title = Signal::derive(move || {
        let (b, e) = comparison
            .with(|c| {
                c.as_ref()
                    .map(|c| (c.baseline.snapshot_label.clone(), c.end.snapshot_label.clone()))
            })
            .unwrap_or_default();
        td_string!(i18n.get_locale_untracked(), comp.cmp_chart_title, baseline = b, end = e).to_string()
    });
    view! {
        <section class="comp-section" aria-labelledby="comp-cmp-heading">
            <h2 id="comp-cmp-heading">{tu_string!(i18n, comp.cmp_heading)}</h2>
            {move || match (has_pair.get(), has_cops.get()) {
                (false, _) => view! { <p class="empty" data-testid="cmp-need-two">{tu_string!(i18n, comp.cmp_need_two)}</p> }.into_any(),
                (true, false) => view! { <p class="empty">{tu_string!(i18n, comp.need_cops)}</p> }.into_any(),
                (true, true) => view! {
                    <p>{tu_string!(i18n, comp.cmp_intro)}</p>
                    <div class="comp-pickers">
                        <SnapshotRadios legend=Signal::derive(move || tu_string!(i18n, comp.cmp_baseline).to_string())
                            name="cmp-b" selected=Signal::derive(move || pair.get().map(|p| p.0))
                            on_pick=Callback::new(move |id| picked_b.set(Some(id))) />
                        <SnapshotRadios legend=Signal::derive(move || tu_string!(i18n, comp.cmp_end).to_string())
                            name="cmp-e" selected=Signal::derive(move || pair.get().map(|p| p.1))
                            on_pick=Callback::new(move |id| picked_e.set(Some(id))) />
                    </div>
                    <Show when=same>
                        <p class="comp-warning">{tu_string!(i18n, comp.cmp_same)}</p>
                    </Show>
                    {move || {
                        let (l, locale) = (lang(), i18n.get_locale_untracked());
                        comparison.with(|c| c.as_ref().map(|c| comparison_view(c, l, locale)))
                    }}
                    <ChartFigure prefix="chart-cmp" title=title tables=tables />
                }.into_any(),
            }}
        </section>
    }
}
