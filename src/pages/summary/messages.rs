//! Layer 1: the main messages. A list editor (add, edit, move, remove with undo) with each
//! message's warning right under it.

use leptos::prelude::*;
use practica_core::summary::{insert_item, Target};

use super::ctx::Ctx;
use super::dom::{dom_id, focus_first_later, focus_later};
use super::row_actions::RowActions;
use super::undo::offer_undo;
use super::warnings::WarningList;
use crate::i18n::*;

const ADD_ID: &str = "sum-msg-add";

fn field_id(id: &str) -> String {
    dom_id("sum-msg", id)
}

#[component]
pub fn MessagesEditor(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let ids = Memo::new(move |_| {
        ctx.summary.with(|s| s.main_messages.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = crate::clock::new_id("m");
        if let Some(Ok(())) = ctx.edit(|s| s.add_message(&id, "")) {
            focus_later(field_id(&id));
        }
    };
    view! {
        <p class="hint" id="sum-msg-hint">{tu_string!(i18n, summary.messages_hint)}</p>
        <ol class="summary-items" data-testid="messages">
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <MessageRow ctx=ctx id=id ids=ids />
            </For>
        </ol>
        <button type="button" class="btn" id=ADD_ID on:click=add>
            <span class="btn-icon" aria-hidden="true">"+"</span>{tu_string!(i18n, summary.add_message)}
        </button>
    }
}

#[component]
fn MessageRow(ctx: Ctx, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let i18n = ctx.i18n;
    let key = StoredValue::new(id.clone());
    let position = Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == key.get_value())));
    let number = move || position.get().map_or(0, |p| p + 1);
    let text = Memo::new(move |_| {
        ctx.summary
            .with(|s| s.message(&key.get_value()).map(|m| m.text.clone()).unwrap_or_default())
    });
    let name = Signal::derive(move || {
        td_string!(i18n.get_locale_untracked(), summary.message_n, n = number()).to_string()
    });
    let fid = field_id(&id);
    let warn_id = dom_id("sum-msg-warn", &id);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        ctx.edit(|s| s.set_message_text(&key.get_value(), &value));
    };
    let on_move = Callback::new(move |dir| {
        matches!(ctx.edit(|s| s.move_message(&key.get_value(), dir)), Some(Ok(true)))
    });
    let on_remove = Callback::new(move |_| {
        let list = ids.get_untracked();
        let at = list.iter().position(|x| *x == key.get_value()).unwrap_or(0);
        let Some(Ok((index, removed))) = ctx.edit(|s| s.remove_message(&key.get_value())) else {
            return;
        };
        let neighbours = [at + 1, at.wrapping_sub(1)]
            .into_iter()
            .filter_map(|i| list.get(i).map(|x| field_id(x)))
            .chain([ADD_ID.to_string()])
            .collect();
        focus_first_later(neighbours);
        let text = td_string!(ctx.locale(), summary.removed_message, n = index + 1).to_string();
        offer_undo(ctx, text, (index, removed), |s, (index, m)| {
            let fid = field_id(&m.id);
            if insert_item(&mut s.main_messages, index, m).is_ok() {
                focus_later(fid);
            }
        });
    });
    view! {
        <li class="summary-item" data-testid="message-row">
            <label for=fid.clone()>{move || name.get()}</label>
            <textarea id=fid rows="3" class="summary-text"
                aria-describedby=format!("sum-msg-hint {warn_id}")
                prop:value=move || text.get()
                on:input=on_input></textarea>
            <WarningList ctx=ctx target=Target::Message(id.clone()) id=warn_id.clone() />
            <RowActions prefix=dom_id("sum-msg-row", &id) name=name
                first=Signal::derive(move || position.get() == Some(0))
                last=Signal::derive(move || position.get().map(|p| p + 1) == Some(ids.with(|v| v.len())))
                on_move=on_move on_remove=on_remove />
        </li>
    }
}
