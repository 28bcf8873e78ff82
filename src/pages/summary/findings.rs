//! Layer 3, Table 4's left column: findings (in the shared list editor, `item_list`), each
//! linked to one or more recommendations with checkboxes ("Linked to: R1, R2"), with the "no
//! recommendation" warning under it.

use leptos::prelude::*;
use practica_core::summary::{insert_item, Target};

use super::ctx::Ctx;
use super::dom::{dom_id, focus_later};
use super::item_list::{ItemList, ListKind};
use super::recommendations::{excerpt, short_label};
use super::undo::offer_undo;
use super::warnings::WarningList;
use crate::i18n::*;

const FINDINGS: ListKind = ListKind {
    dom: "sum-finding",
    below_dom: "sum-finding-warn",
    list_testid: "findings",
    row_testid: "finding-row",
    rows: 2,
    new_id: "f",
    ids: |s| s.findings.iter().map(|f| f.id.clone()).collect(),
    text: |s, id| s.finding(id).map(|f| f.text.clone()),
    add: |s, id| s.add_finding(id, "").is_ok(),
    set_text: |s, id, text| {
        let _ = s.set_finding_text(id, text);
    },
    move_item: |s, id, dir| s.move_finding(id, dir) == Ok(true),
    remove,
    name: |locale, index| td_string!(locale, summary.finding_n, n = index + 1).to_string(),
    below: |ctx, key, name, id| {
        view! {
            <WarningList ctx=ctx target=Target::Finding(key.get_value()) id=id />
            <Links ctx=ctx finding=key name=name />
        }
        .into_any()
    },
};

fn remove(ctx: Ctx, id: &str) -> bool {
    let Some(Ok((index, removed))) = ctx.edit(|s| s.remove_finding(id)) else { return false };
    let text = td_string!(ctx.locale(), summary.removed_finding, n = index + 1).to_string();
    // The finding keeps its links, so undo brings them back too.
    offer_undo(ctx, text, (index, removed), |s, (index, f)| {
        let fid = FINDINGS.field_id(&f.id);
        if insert_item(&mut s.findings, index, f).is_ok() {
            focus_later(fid);
        }
    });
    true
}

#[component]
pub fn FindingsEditor(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    view! {
        <ItemList ctx=ctx kind=FINDINGS heading=Some(tu_string!(i18n, summary.findings_heading))
            hint=tu_string!(i18n, summary.findings_hint) add_label=tu_string!(i18n, summary.add_finding) />
    }
}

/// One checkbox per recommendation: checked when this finding links to it. Keyed rows, so
/// ticking a box (which changes the summary) does not rebuild the boxes and lose focus.
#[component]
fn Links(ctx: Ctx, finding: StoredValue<String>, name: Signal<String>) -> impl IntoView {
    let i18n = ctx.i18n;
    let rec_ids = Memo::new(move |_| {
        ctx.summary.with(|s| s.recommendations.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <fieldset class="summary-links">
            <legend>{tu_string!(i18n, summary.linked_to)}<span class="sr-only">" ("{move || name.get()}")"</span></legend>
            <Show when=move || rec_ids.with(|r| r.is_empty())>
                <p class="hint">{tu_string!(i18n, summary.no_recommendations_yet)}</p>
            </Show>
            <For each=move || rec_ids.get() key=|id| id.clone() let:rec_id>
                <LinkBox ctx=ctx finding=finding rec_id=rec_id rec_ids=rec_ids />
            </For>
        </fieldset>
    }
}

#[component]
fn LinkBox(
    ctx: Ctx,
    finding: StoredValue<String>,
    rec_id: String,
    rec_ids: Memo<Vec<String>>,
) -> impl IntoView {
    let rec = StoredValue::new(rec_id.clone());
    let index = Memo::new(move |_| {
        rec_ids.with(|v| v.iter().position(|x| *x == rec.get_value()).unwrap_or(0))
    });
    let snippet = Memo::new(move |_| {
        ctx.summary.with(|s| {
            s.recommendation(&rec.get_value()).map(|r| excerpt(&r.text)).unwrap_or_default()
        })
    });
    let linked = Memo::new(move |_| {
        ctx.summary.with(|s| {
            s.finding(&finding.get_value())
                .is_some_and(|f| f.recommendation_ids.contains(&rec.get_value()))
        })
    });
    let box_id = dom_id(&dom_id("sum-link", &finding.get_value()), &rec_id);
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let (f, r) = (finding.get_value(), rec.get_value());
        ctx.edit(|s| if on { s.link(&f, &r) } else { s.unlink(&f, &r) });
    };
    view! {
        <div class="check">
            <input type="checkbox" id=box_id.clone() prop:checked=move || linked.get() on:change=toggle />
            <label for=box_id>
                <span class="rec-tag">{move || short_label(index.get())}</span>
                " "
                <span class="rec-excerpt">{move || snippet.get()}</span>
            </label>
        </div>
    }
}
