//! Layer 3, Table 4's left column: findings, each linked to one or more recommendations with
//! checkboxes ("Linked to: R1, R2"), with the "no recommendation" warning under it.

use leptos::prelude::*;
use practica_core::summary::{insert_item, Target};

use super::ctx::Ctx;
use super::dom::{dom_id, focus_first_later, focus_later};
use super::recommendations::{excerpt, short_label};
use super::row_actions::RowActions;
use super::undo::offer_undo;
use super::warnings::WarningList;
use crate::i18n::*;

const ADD_ID: &str = "sum-finding-add";

fn field_id(id: &str) -> String {
    dom_id("sum-finding", id)
}

#[component]
pub fn FindingsEditor(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let ids = Memo::new(move |_| {
        ctx.summary.with(|s| s.findings.iter().map(|f| f.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = crate::clock::new_id("f");
        if let Some(Ok(())) = ctx.edit(|s| s.add_finding(&id, "")) {
            focus_later(field_id(&id));
        }
    };
    view! {
        <h3>{tu_string!(i18n, summary.findings_heading)}</h3>
        <p class="hint" id="sum-finding-hint">{tu_string!(i18n, summary.findings_hint)}</p>
        <ol class="summary-items" data-testid="findings">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <FindingRow ctx=ctx id=id ids=ids />
            </For>
        </ol>
        <button type="button" class="btn" id=ADD_ID on:click=add>
            <span class="btn-icon" aria-hidden="true">"+"</span>{tu_string!(i18n, summary.add_finding)}
        </button>
    }
}

#[component]
fn FindingRow(ctx: Ctx, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let i18n = ctx.i18n;
    let key = StoredValue::new(id.clone());
    let position = Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == key.get_value())));
    let number = move || position.get().map_or(0, |p| p + 1);
    let text = Memo::new(move |_| {
        ctx.summary
            .with(|s| s.finding(&key.get_value()).map(|f| f.text.clone()).unwrap_or_default())
    });
    let name = Signal::derive(move || {
        td_string!(i18n.get_locale_untracked(), summary.finding_n, n = number()).to_string()
    });
    let fid = field_id(&id);
    let warn_id = dom_id("sum-finding-warn", &id);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        ctx.edit(|s| s.set_finding_text(&key.get_value(), &value));
    };
    let on_move = Callback::new(move |dir| {
        matches!(ctx.edit(|s| s.move_finding(&key.get_value(), dir)), Some(Ok(true)))
    });
    let on_remove = Callback::new(move |_| {
        let list = ids.get_untracked();
        let at = list.iter().position(|x| *x == key.get_value()).unwrap_or(0);
        let Some(Ok((index, removed))) = ctx.edit(|s| s.remove_finding(&key.get_value())) else {
            return;
        };
        let neighbours = [at + 1, at.wrapping_sub(1)]
            .into_iter()
            .filter_map(|i| list.get(i).map(|x| field_id(x)))
            .chain([ADD_ID.to_string()])
            .collect();
        focus_first_later(neighbours);
        let text = td_string!(ctx.locale(), summary.removed_finding, n = index + 1).to_string();
        // The finding keeps its links, so undo brings them back too.
        offer_undo(ctx, text, (index, removed), |s, (index, f)| {
            let fid = field_id(&f.id);
            if insert_item(&mut s.findings, index, f).is_ok() {
                focus_later(fid);
            }
        });
    });
    view! {
        <li class="summary-item" data-testid="finding-row">
            <label for=fid.clone()>{move || name.get()}</label>
            <textarea id=fid rows="2" class="summary-text"
                aria-describedby=format!("sum-finding-hint {warn_id}")
                prop:value=move || text.get()
                on:input=on_input></textarea>
            <WarningList ctx=ctx target=Target::Finding(id.clone()) id=warn_id.clone() />
            <Links ctx=ctx finding=key name=name />
            <RowActions prefix=dom_id("sum-finding-row", &id) name=name
                first=Signal::derive(move || position.get() == Some(0))
                last=Signal::derive(move || position.get().map(|p| p + 1) == Some(ids.with(|v| v.len())))
                on_move=on_move on_remove=on_remove />
        </li>
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
