//! "Show more" under a long list (see `practica_core::paging`).

use leptos::prelude::*;
use practica_core::paging::ListWindow;

use crate::i18n::*;

/// The button that shows the next page of a list of `total` items; absent when all are shown.
#[component]
pub fn ShowMore(window: RwSignal<ListWindow>, #[prop(into)] total: Signal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let (w, total) = (window.get(), total.get());
        let step = w.next_step(total);
        (step > 0).then(|| {
            let text = td_string!(i18n.get_locale_untracked(), app.show_more, count = step, hidden = w.hidden(total)).to_string();
            view! {
                <p class="show-more">
                    <button type="button" class="btn" data-testid="show-more"
                        on:click=move |_| window.update(ListWindow::more)>{text}</button>
                </p>
            }
        })
    }
}
