//! Layer 1: the main messages, in the shared list editor (`item_list`), each with its warning
//! right under it.

use leptos::prelude::*;
use practica_core::summary::{insert_item, Target};

use super::ctx::Ctx;
use super::dom::focus_later;
use super::item_list::{ItemList, ListKind};
use super::undo::offer_undo;
use super::warnings::WarningList;
use crate::i18n::*;

const MESSAGES: ListKind = ListKind {
    dom: "sum-msg",
    below_dom: "sum-msg-warn",
    list_testid: "messages",
    row_testid: "message-row",
    rows: 3,
    new_id: "m",
    ids: |s| s.main_messages.iter().map(|m| m.id.clone()).collect(),
    text: |s, id| s.message(id).map(|m| m.text.clone()),
    add: |s, id| s.add_message(id, "").is_ok(),
    set_text: |s, id, text| {
        let _ = s.set_message_text(id, text);
    },
    move_item: |s, id, dir| s.move_message(id, dir) == Ok(true),
    remove,
    name: |locale, index| td_string!(locale, summary.message_n, n = index + 1).to_string(),
    below: |ctx, key, _name, id| {
        view! { <WarningList ctx=ctx target=Target::Message(key.get_value()) id=id /> }.into_any()
    },
};

fn remove(ctx: Ctx, id: &str) -> bool {
    let Some(Ok((index, removed))) = ctx.edit(|s| s.remove_message(id)) else { return false };
    let text = td_string!(ctx.locale(), summary.removed_message, n = index + 1).to_string();
    offer_undo(ctx, text, (index, removed), |s, (index, m)| {
        let fid = MESSAGES.field_id(&m.id);
        if insert_item(&mut s.main_messages, index, m).is_ok() {
            focus_later(fid);
        }
    });
    true
}

#[component]
pub fn MessagesEditor(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    view! {
        <ItemList ctx=ctx kind=MESSAGES heading=None
            hint=tu_string!(i18n, summary.messages_hint) add_label=tu_string!(i18n, summary.add_message) />
    }
}
