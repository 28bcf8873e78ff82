//! Layer 3, Table 4's right column: recommendations (R1, R2, …) in the shared list editor
//! (`item_list`), each showing which findings it answers. Removing one also removes its
//! links; undo restores both.

use leptos::prelude::*;

use super::ctx::Ctx;
use super::dom::focus_later;
use super::item_list::{ItemList, ListKind};
use super::undo::offer_undo;
use crate::i18n::*;

const EXCERPT_CHARS: usize = 60;

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

const RECOMMENDATIONS: ListKind = ListKind {
    dom: "sum-rec",
    below_dom: "sum-rec-answers",
    list_testid: "recommendations",
    row_testid: "recommendation-row",
    rows: 2,
    new_id: "r",
    ids: |s| s.recommendations.iter().map(|r| r.id.clone()).collect(),
    text: |s, id| s.recommendation(id).map(|r| r.text.clone()),
    add: |s, id| s.add_recommendation(id, "").is_ok(),
    set_text: |s, id, text| {
        let _ = s.set_recommendation_text(id, text);
    },
    move_item: |s, id, dir| s.move_recommendation(id, dir) == Ok(true),
    remove,
    name: |locale, index| {
        td_string!(locale, summary.recommendation_n, n = index + 1, tag = short_label(index)).to_string()
    },
    below: |ctx, key, _name, id| view! { <Answers ctx=ctx rec=key id=id /> }.into_any(),
};

fn remove(ctx: Ctx, id: &str) -> bool {
    let Some(Ok(removed)) = ctx.edit(|s| s.remove_recommendation(id)) else { return false };
    let text = td_string!(ctx.locale(), summary.removed_recommendation, tag = short_label(removed.0))
        .to_string();
    // Its links go with it and come back with it.
    offer_undo(ctx, text, removed, |s, (index, rec, linked)| {
        let fid = RECOMMENDATIONS.field_id(&rec.id);
        if s.restore_recommendation(index, rec, &linked).is_ok() {
            focus_later(fid);
        }
    });
    true
}

#[component]
pub fn RecommendationsEditor(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    view! {
        <ItemList ctx=ctx kind=RECOMMENDATIONS heading=Some(tu_string!(i18n, summary.recommendations_heading))
            hint=tu_string!(i18n, summary.recommendations_hint) add_label=tu_string!(i18n, summary.add_recommendation) />
    }
}

/// Which findings (by position) this recommendation answers.
#[component]
fn Answers(ctx: Ctx, rec: StoredValue<String>, id: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let answers = Memo::new(move |_| {
        ctx.summary.with(|s| {
            s.findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.recommendation_ids.contains(&rec.get_value()))
                .map(|(i, _)| (i + 1).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    view! {
        <p class="hint" id=id>
            {move || {
                let a = answers.get();
                if a.is_empty() {
                    tu_string!(i18n, summary.answers_none).to_string()
                } else {
                    td_string!(i18n.get_locale_untracked(), summary.answers, findings = a).to_string()
                }
            }}
        </p>
    }
}
