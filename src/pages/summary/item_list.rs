//! The list editor the summary's three lists share (main messages, findings,
//! recommendations): a numbered text box per item, move up/down, remove with undo, add.
//!
//! What differs between the lists is given as plain functions in a `ListKind`, not as
//! generics or closures: the .wasm then holds one copy of the editor's views instead of three
//! (each `view!` shape is its own copy of the renderer's code).

use leptos::prelude::*;
use practica_core::summary::{Move, Summary};

use super::ctx::Ctx;
use super::dom::{dom_id, focus_first_later, focus_later};
use super::row_actions::RowActions;
use crate::i18n::*;

/// One of the summary's lists.
#[derive(Clone, Copy)]
pub struct ListKind {
    /// DOM ids: an item's text box is `dom_id(dom, id)`, the hint `{dom}-hint`, the add button
    /// `{dom}-add`, the move/remove buttons `dom_id("{dom}-row", id)…`.
    pub dom: &'static str,
    /// The id prefix of what `below` shows under an item; it also describes the text box.
    pub below_dom: &'static str,
    pub list_testid: &'static str,
    pub row_testid: &'static str,
    /// Height of the text box.
    pub rows: u32,
    /// Prefix of new items' ids.
    pub new_id: &'static str,
    pub ids: fn(&Summary) -> Vec<String>,
    pub text: fn(&Summary, &str) -> Option<String>,
    pub add: fn(&mut Summary, &str) -> bool,
    pub set_text: fn(&mut Summary, &str, &str),
    pub move_item: fn(&mut Summary, &str, Move) -> bool,
    /// Removes the item and offers Undo (which puts the focus back on it); false if nothing
    /// was removed.
    pub remove: fn(Ctx, &str) -> bool,
    /// The item's accessible name from its position: "Main message 2", "Recommendation 3 (R3)".
    pub name: fn(Locale, usize) -> String,
    /// What goes under the text box (warnings, links, answers), with this id.
    pub below: fn(Ctx, StoredValue<String>, Signal<String>, String) -> AnyView,
}

impl ListKind {
    pub fn field_id(&self, id: &str) -> String {
        dom_id(self.dom, id)
    }

    fn add_id(&self) -> String {
        format!("{}-add", self.dom)
    }
}

/// The whole list: optional heading, hint, the items and the "add" button.
#[component]
pub fn ItemList(
    ctx: Ctx,
    kind: ListKind,
    heading: Option<&'static str>,
    hint: &'static str,
    add_label: &'static str,
) -> impl IntoView {
    let ids = Memo::new(move |_| ctx.summary.with(|s| (kind.ids)(s)));
    let add = move |_| {
        let id = crate::clock::new_id(kind.new_id);
        if ctx.edit(|s| (kind.add)(s, &id)) == Some(true) {
            focus_later(kind.field_id(&id));
        }
    };
    view! {
        {heading.map(|h| view! { <h3>{h}</h3> })}
        <p class="hint" id=format!("{}-hint", kind.dom)>{hint}</p>
        <ol class="summary-items" data-testid=kind.list_testid>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <ItemRow ctx=ctx kind=kind id=id ids=ids />
            </For>
        </ol>
        <button type="button" class="btn" id=kind.add_id() on:click=add>
            <span class="btn-icon" aria-hidden="true">"+"</span>{add_label}
        </button>
    }
}

#[component]
fn ItemRow(ctx: Ctx, kind: ListKind, id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let key = StoredValue::new(id.clone());
    let position = Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == key.get_value())));
    let text = Memo::new(move |_| {
        ctx.summary.with(|s| (kind.text)(s, &key.get_value()).unwrap_or_default())
    });
    let name = Signal::derive(move || (kind.name)(ctx.locale(), position.get().unwrap_or(0)));
    let fid = kind.field_id(&id);
    let below_id = dom_id(kind.below_dom, &id);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        ctx.edit(|s| (kind.set_text)(s, &key.get_value(), &value));
    };
    let on_move = Callback::new(move |dir| {
        ctx.edit(|s| (kind.move_item)(s, &key.get_value(), dir)) == Some(true)
    });
    let on_remove = Callback::new(move |_| {
        let list = ids.get_untracked();
        let at = list.iter().position(|x| *x == key.get_value()).unwrap_or(0);
        if !(kind.remove)(ctx, &key.get_value()) {
            return;
        }
        // The focus goes to the next item, else the previous one, else "add".
        let neighbours = [at + 1, at.wrapping_sub(1)]
            .into_iter()
            .filter_map(|i| list.get(i).map(|x| kind.field_id(x)))
            .chain([kind.add_id()])
            .collect();
        focus_first_later(neighbours);
    });
    view! {
        <li class="summary-item" data-testid=kind.row_testid>
            <label for=fid.clone()>{move || name.get()}</label>
            <textarea id=fid rows=kind.rows class="summary-text"
                aria-describedby=format!("{}-hint {below_id}", kind.dom)
                prop:value=move || text.get()
                on:input=on_input></textarea>
            {(kind.below)(ctx, key, name, below_id.clone())}
            <RowActions prefix=dom_id(&format!("{}-row", kind.dom), &id) name=name
                first=Signal::derive(move || position.get() == Some(0))
                last=Signal::derive(move || position.get().map(|p| p + 1) == Some(ids.with(|v| v.len())))
                on_move=on_move on_remove=on_remove />
        </li>
    }
}
