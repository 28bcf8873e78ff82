//! Move up / move down / remove buttons for a row of a list editor, named for screen readers
//! ("Move up main message 2") and keeping focus on the moved row.

use leptos::prelude::*;
use practica_core::summary::Move;

use super::dom::focus_first_later;
use crate::i18n::*;

/// `prefix` makes the buttons' ids (`{prefix}-up`, `{prefix}-down`); `name` says which row
/// they act on; `on_move` returns whether the row moved.
#[component]
pub fn RowActions(
    #[prop(into)] prefix: String,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] first: Signal<bool>,
    #[prop(into)] last: Signal<bool>,
    on_move: Callback<Move, bool>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let up_id = format!("{prefix}-up");
    let down_id = format!("{prefix}-down");
    let moved = {
        let (up_id, down_id) = (up_id.clone(), down_id.clone());
        move |dir: Move| {
            if on_move.run(dir) {
                // The row's nodes moved, which drops focus; put it back on the same button, or
                // on the other one if this one is now disabled (first or last place).
                let (this, other) = match dir {
                    Move::Up => (up_id.clone(), down_id.clone()),
                    Move::Down => (down_id.clone(), up_id.clone()),
                };
                focus_first_later(vec![this, other]);
            }
        }
    };
    let move_up = moved.clone();
    view! {
        <div class="row-actions">
            <button type="button" class="btn btn-small" id=up_id disabled=move || first.get()
                on:click=move |_| move_up(Move::Up)>
                <span class="btn-icon" aria-hidden="true">"↑"</span>{tu_string!(i18n, summary.move_up)}
                <span class="sr-only">" "{move || name.get()}</span>
            </button>
            <button type="button" class="btn btn-small" id=down_id disabled=move || last.get()
                on:click=move |_| moved(Move::Down)>
                <span class="btn-icon" aria-hidden="true">"↓"</span>{tu_string!(i18n, summary.move_down)}
                <span class="sr-only">" "{move || name.get()}</span>
            </button>
            <button type="button" class="btn btn-small btn-danger" on:click=move |_| on_remove.run(())>
                {tu_string!(i18n, summary.remove)}
                <span class="sr-only">" "{move || name.get()}</span>
            </button>
        </div>
    }
}
