//! Word and page counters per layer ("412 of 1,500 words · 0.8 of 3 pages"), from the core's
//! `Summary::counts`, and a polite announcement of the current layer's count once typing pauses.

use std::time::Duration;

use leptos::prelude::*;
use practica_core::summary::{warnings_in, Layer, LayerCount};

use super::ctx::Ctx;
use crate::i18n::*;
use crate::ui::lang::to_lang;

/// How long typing must pause before the count is announced (announcing every keystroke would
/// drown out what the screen reader is echoing).
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1200);

pub fn counter_text(locale: Locale, c: &LayerCount) -> String {
    let (words, budget, pages, budget_pages) =
        (c.words_text(), c.budget_words_text(), c.pages_text(), c.budget_pages);
    if c.budget_pages == 1 {
        td_string!(locale, summary.counter_one_page, words = words, budget = budget, pages = pages)
            .to_string()
    } else {
        td_string!(
            locale,
            summary.counter,
            words = words,
            budget = budget,
            pages = pages,
            budget_pages = budget_pages
        )
        .to_string()
    }
}

pub fn count_of(ctx: Ctx, layer: Layer) -> Memo<LayerCount> {
    Memo::new(move |_| {
        ctx.counts.with(|cs| cs.iter().copied().find(|c| c.layer == layer).unwrap_or(cs[0]))
    })
}

/// The counter shown at the top of a layer's panel (and, shorter, in its tab).
#[component]
pub fn LayerCounter(ctx: Ctx, layer: Layer) -> impl IntoView {
    let i18n = ctx.i18n;
    let count = count_of(ctx, layer);
    let over = move || count.with(|c| c.over);
    view! {
        <p class="summary-counter" class:over=over data-testid=format!("counter-{}", layer_key(layer))>
            {move || counter_text(ctx.locale(), &count.get())}
            {move || over().then(|| view! {
                " "<span class="over-mark">"⚠ "{tu_string!(i18n, summary.over_budget)}</span>
            })}
        </p>
    }
}

/// A visually hidden live region that reads out the selected layer's count and warnings after
/// typing pauses.
#[component]
pub fn CountAnnouncer(ctx: Ctx, selected: RwSignal<Layer>) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let generation = StoredValue::new(0u64);
    Effect::new(move |prev: Option<String>| {
        let layer = selected.get();
        let locale = ctx.locale();
        let count = ctx.counts.with(|cs| cs.iter().copied().find(|c| c.layer == layer));
        let warnings = ctx.warnings.with(|w| warnings_in(w, layer));
        let Some(count) = count else { return String::new() };
        let text = td_string!(
            locale,
            summary.announce,
            layer = layer.label(to_lang(locale)),
            count = counter_text(locale, &count),
            warnings = warnings
        )
        .to_string();
        // The first run only records the state: nothing has changed yet.
        if prev.is_some_and(|p| p != text) {
            generation.update_value(|g| *g += 1);
            let mine = generation.get_value();
            let next = text.clone();
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(mine) {
                        said.set(next);
                    }
                },
                ANNOUNCE_AFTER,
            );
        }
        text
    });
    view! {
        <p class="sr-only" role="status" aria-live="polite" data-testid="count-announcer">{move || said.get()}</p>
    }
}

pub fn layer_key(layer: Layer) -> &'static str {
    match layer {
        Layer::Messages => "messages",
        Layer::Executive => "executive",
        Layer::Report => "report",
    }
}
