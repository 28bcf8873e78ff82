//! Read-only pieces shared by the wizard's review and the CoP results page: the total with its
//! band, the raters' ratings side by side, the consensus per criterion, and the history.
//! They take a snapshot and are re-rendered by their caller when the data changes.

use leptos::prelude::*;
use practica_core::scoring::{Assessment, Band, HistoryRow, Rating, CRITERIA, TOTAL_MAX};
use practica_core::text::Lang;

use crate::i18n::*;
use crate::ui::band::BandBadge;

/// "Tula, México", or just the country.
pub fn place(region: &str, country: &str) -> String {
    if region.is_empty() {
        country.to_string()
    } else {
        format!("{region}, {country}")
    }
}

/// The total out of 25 and its band, in large type.
#[component]
pub fn TotalBand(total: u8, band: Option<Band>, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="total-line">
            <span class="total-label">{tu_string!(i18n, score.total_label)}</span>" "
            <strong class="total-value" data-testid="total">{total}</strong>
            <span class="total-max">{td_string!(i18n.get_locale_untracked(), score.out_of, max = TOTAL_MAX).to_string()}</span>
        </p>
        {band.map(|b| view! {
            <p class="band-line" data-testid="band">
                <span class="total-label">{tu_string!(i18n, score.band_label)}</span>" "<BandBadge band=b lang=lang />
            </p>
        })}
    }
}

/// "The raters disagree on 2 criteria: …", or that they agree on all they rated.
pub fn disagreement_summary(locale: Locale, lang: Lang, a: &Assessment) -> String {
    let disagreements = a.disagreements();
    if disagreements.is_empty() {
        return td_string!(locale, score.all_agree).to_string();
    }
    let names: Vec<&str> = disagreements.iter().map(|g| CRITERIA[g.criterion.index()].name.get(lang)).collect();
    td_string!(locale, score.disagree_on, criteria = names.join("; ")).to_string()
}

/// A rating cell: the value, or a dash that screen readers read as "not rated".
fn rating_cell(r: Option<Rating>, not_rated: &'static str) -> AnyView {
    match r {
        Some(r) => r.value().to_string().into_any(),
        None => view! {
            <span aria-hidden="true">"–"</span>
            <span class="sr-only">{not_rated}</span>
        }
        .into_any(),
    }
}

/// Criterion × rater, with the spread and the consensus: where the discussion is needed.
#[component]
pub fn RaterTable(assessment: Assessment, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let not_rated = tu_string!(i18n, score.not_rated_short);
    let names: Vec<String> = assessment.raters.iter().map(|r| r.name.clone()).collect();
    let rows = assessment
        .agreements()
        .into_iter()
        .map(|g| {
            let crit = &CRITERIA[g.criterion.index()];
            let cells: Vec<AnyView> = assessment
                .raters
                .iter()
                .map(|r| rating_cell(r.ratings.get(&g.criterion).copied(), not_rated))
                .collect();
            let consensus = rating_cell(assessment.consensus.get(&g.criterion).copied(), not_rated);
            let spread = if g.ratings.len() < 2 { "–".to_string() } else { g.spread.to_string() };
            view! {
                <tr class:disagree={g.spread > 0}>
                    <th scope="row">{crit.name.get(lang)}</th>
                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                    <td>
                        {(g.spread > 0).then(|| view! { <span aria-hidden="true">"⚠ "</span> })}
                        {spread}
                        {(g.spread > 0).then(|| view! { <span class="sr-only">" "{tu_string!(i18n, score.disagree_short)}</span> })}
                    </td>
                    <td>{consensus}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby="rater-table-caption" tabindex="0">
            <table class="rater-table" data-testid="rater-table">
                <caption id="rater-table-caption">{tu_string!(i18n, score.rater_table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tu_string!(i18n, score.col_criterion)}</th>
                        {names.into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
                        <th scope="col">{tu_string!(i18n, score.col_spread)}</th>
                        <th scope="col">{tu_string!(i18n, score.col_consensus)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The five consensus ratings with the words of the chosen descriptor and the evidence note.
#[component]
pub fn ConsensusList(assessment: Assessment, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let items = CRITERIA
        .iter()
        .map(|c| {
            let rating = assessment.consensus.get(&c.id).copied();
            let note = assessment.notes.get(&c.id).cloned();
            view! {
                <li class="result-criterion" data-testid="result-criterion">
                    <h3>{c.name.get(lang)}</h3>
                    {match rating {
                        Some(r) => view! {
                            <p class="result-rating">
                                <span class="rating-value">{r.value()}</span>
                                <span class="sr-only">" "</span>
                                <span class="rating-text">{c.descriptor(r).get(lang)}</span>
                            </p>
                        }.into_any(),
                        None => view! { <p class="result-rating">{tu_string!(i18n, score.not_chosen)}</p> }.into_any(),
                    }}
                    <p class="result-note">
                        <strong>{tu_string!(i18n, score.note_heading)}": "</strong>
                        {note.unwrap_or_else(|| tu_string!(i18n, score.no_note).to_string())}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="result-criteria">{items}</ol> }
}

/// Every assessment in time order with its total, band and change since the previous one.
#[component]
pub fn HistoryTable(rows: Vec<HistoryRow>, lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let body = rows
        .into_iter()
        .map(|r| {
            let date = if r.date.is_empty() { tu_string!(i18n, score.undated).to_string() } else { r.date.clone() };
            let period = if r.period.is_empty() { "–".to_string() } else { r.period.clone() };
            let total = r.total.map_or_else(|| tu_string!(i18n, score.incomplete).to_string(), |t| t.to_string());
            let change = r.change_text();
            view! {
                <tr data-testid="history-row">
                    <th scope="row">{date}</th>
                    <td>{period}</td>
                    <td>{total}</td>
                    <td>{r.band.map(|b| view! { <BandBadge band=b lang=lang /> })}</td>
                    <td>
                        {change.unwrap_or_else(|| "–".to_string())}
                        {r.band_changed.then(|| view! { <span class="band-moved">" "{tu_string!(i18n, score.band_changed)}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" aria-labelledby="history-caption" tabindex="0">
            <table class="history-table" data-testid="history">
                <caption id="history-caption">{tu_string!(i18n, score.history_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tu_string!(i18n, score.col_date)}</th>
                        <th scope="col">{tu_string!(i18n, score.col_period)}</th>
                        <th scope="col">{tu_string!(i18n, score.col_total)}</th>
                        <th scope="col">{tu_string!(i18n, score.col_band)}</th>
                        <th scope="col">{tu_string!(i18n, score.col_change)}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
