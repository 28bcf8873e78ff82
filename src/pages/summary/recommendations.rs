//! Layer 3, Table 4's right column: recommendations (R1, R2, …), each showing which findings
//! it answers. Removing one also removes its links; undo restores both.

use leptos::prelude::*;

use super::ctx::Ctx;
use super::dom::{dom_id, focus_first_later, focus_later};
use super::row_actions::RowActions;
use super::undo::offer_undo;
use crate::i18n::*;

const ADD_ID: &str = "sum-rec-add";
const EXCERPT_CHARS: usize = 60;

fn field_id(id: &str) -> String {
    dom_id("sum-rec", id)
}

/// "R1", "R2": the short name a finding's checkboxes use.
pub fn short_label(index: usize) -> String {
    format!("R{}", index + 1)
}

/// The start of a recommendation, so a checkbox says which one it is without the whole text.
pub fn excerpt(text: &str) -> String {
    let clean = practica_core::text::clean_line(text);
    if clean.chars().count() <= EXCERPT_CHARS {
        clean
    } else {
        let mut s: String = clean.chars().take(EXCERPT_CHARS).collect();
        s.push('…');
        s
    }
}

#[component]
pub fn RecommendationsEditor(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let ids = Memo::new(move |_| {
        ctx.summary.with(|s| s.recommendations.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = crate::clock::new_id("r");
        if let Some(Ok(())) = ctx.edit(|s| s.add_recommendation(&id, "")) {
            focus_later(field_id(&id));
        }
    };
    view! {
        <h3>{tu_string!(i18n, summary.recommendations_heading)}</h3>
        <p class="hint" id="sum-rec-hint">{tu_string!(i18n, summary.recommendations_hint)}</p>
        <ol class="summary-items" data-testid="recommendations">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <RecommendationRow ctx=ctx id=id ids=ids />
            </For>
        </ol>
        <button type="button" class="btn" id=ADD_ID on:click=add>
            <span class="btn-icon" aria-hidden="true">"+"</span>{tu_string!(i18n, summary.add_recommendation)}
        </button>
    }
}

#[component]
fn RecommendationRow(ctx: Ctx, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let i18n = ctx.i18n;
    let key = StoredValue::new(id.clone());
    let position = Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == key.get_value())));
    let index = move || position.get().unwrap_or(0);
    let text = Memo::new(move |_| {
        ctx.summary.with(|s| {
            s.recommendation(&key.get_value()).map(|r| r.text.clone()).unwrap_or_default()
        })
    });
    // Positions (1-based) of the findings this recommendation answers.
    let answers = Memo::new(move |_| {
        ctx.summary.with(|s| {
            s.findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.recommendation_ids.contains(&key.get_value()))
                .map(|(i, _)| (i + 1).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let name = Signal::derive(move || {
        td_string!(
            i18n.get_locale_untracked(),
            summary.recommendation_n,
            n = index() + 1,
            tag = short_label(index())
        )
        .to_string()
    });
    let fid = field_id(&id);
    let answers_id = dom_id("sum-rec-answers", &id);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        ctx.edit(|s| s.set_recommendation_text(&key.get_value(), &value));
    };
    let on_move = Callback::new(move |dir| {
        matches!(ctx.edit(|s| s.move_recommendation(&key.get_value(), dir)), Some(Ok(true)))
    });
    let on_remove = Callback::new(move |_| {
        let list = ids.get_untracked();
        let at = list.iter().position(|x| *x == key.get_value()).unwrap_or(0);
        let Some(Ok(removed)) = ctx.edit(|s| s.remove_recommendation(&key.get_value())) else {
            return;
        };
        let neighbours = [at + 1, at.wrapping_sub(1)]
            .into_iter()
            .filter_map(|i| list.get(i).map(|x| field_id(x)))
            .chain([ADD_ID.to_string()])
            .collect();
        focus_first_later(neighbours);
        let text =
            td_string!(ctx.locale(), summary.removed_recommendation, tag = short_label(removed.0))
                .to_string();
        offer_undo(ctx, text, removed, |s, (index, rec, linked)| {
            let fid = field_id(&rec.id);
            if s.restore_recommendation(index, rec, &linked).is_ok() {
                focus_later(fid);
            }
        });
    });
    view! {
        <li class="summary-item" data-testid="recommendation-row">
            <label for=fid.clone()>{move || name.get()}</label>
            <textarea id=fid rows="2" class="summary-text"
                aria-describedby=format!("sum-rec-hint {answers_id}")
                prop:value=move || text.get()
                on:input=on_input></textarea>
            <p class="hint" id=answers_id>
                {move || {
                    let a = answers.get();
                    if a.is_empty() {
                        tu_string!(i18n, summary.answers_none).to_string()
                    } else {
                        td_string!(i18n.get_locale_untracked(), summary.answers, findings = a).to_string()
                    }
                }}
            </p>
            <RowActions prefix=dom_id("sum-rec-row", &id) name=name
                first=Signal::derive(move || position.get() == Some(0))
                last=Signal::derive(move || position.get().map(|p| p + 1) == Some(ids.with(|v| v.len())))
                on_move=on_move on_remove=on_remove />
        </li>
    }
}
