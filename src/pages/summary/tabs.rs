//! The three layers as a real ARIA tab list: role=tablist/tab/tabpanel, one tab in the tab
//! order, arrow keys (and Home/End) move between tabs and select them.

use leptos::prelude::*;
use practica_core::summary::{warnings_in, Layer};

use super::counter::{count_of, counter_text, layer_key};
use super::ctx::Ctx;
use crate::i18n::*;
use crate::ui::lang::to_lang;

pub fn tab_id(layer: Layer) -> String {
    format!("sum-tab-{}", layer_key(layer))
}

pub fn panel_id(layer: Layer) -> String {
    format!("sum-panel-{}", layer_key(layer))
}

/// Where a layer's warnings are listed (the tab points at them with aria-describedby).
pub fn layer_warnings_id(layer: Layer) -> String {
    format!("sum-warn-{}", layer_key(layer))
}

fn step(layer: Layer, by: isize) -> Layer {
    let all = Layer::ALL;
    let at = all.iter().position(|l| *l == layer).unwrap_or(0) as isize;
    let n = all.len() as isize;
    all[((at + by).rem_euclid(n)) as usize]
}

#[component]
pub fn LayerTabs(ctx: Ctx, selected: RwSignal<Layer>) -> impl IntoView {
    let i18n = ctx.i18n;
    let choose = move |layer: Layer| {
        selected.set(layer);
        if let Some(el) = document().get_element_by_id(&tab_id(layer)) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let now = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => step(now, 1),
            "ArrowLeft" | "ArrowUp" => step(now, -1),
            "Home" => Layer::ALL[0],
            "End" => Layer::ALL[Layer::ALL.len() - 1],
            _ => return,
        };
        ev.prevent_default();
        choose(next);
    };
    let tab = move |layer: Layer| {
        let count = count_of(ctx, layer);
        let warnings = Memo::new(move |_| ctx.warnings.with(|w| warnings_in(w, layer)));
        let is_selected = move || selected.get() == layer;
        view! {
            <button type="button" role="tab" class="summary-tab" id=tab_id(layer)
                aria-selected=move || if is_selected() { "true" } else { "false" }
                aria-controls=panel_id(layer)
                aria-describedby=layer_warnings_id(layer)
                tabindex=move || if is_selected() { "0" } else { "-1" }
                on:click=move |_| selected.set(layer)
                on:keydown=on_key>
                <span class="tab-name">{move || layer.label(to_lang(i18n.get_locale_untracked()))}</span>
                <span class="tab-count">{move || counter_text(i18n.get_locale_untracked(), &count.get())}</span>
                {move || (warnings.get() > 0).then(|| view! {
                    <span class="tab-warnings" data-testid="tab-warnings">
                        <span aria-hidden="true">"⚠ "</span>
                        {move || match warnings.get() {
                            1 => tu_string!(i18n, summary.warnings_count_one).to_string(),
                            n => td_string!(i18n.get_locale_untracked(), summary.warnings_count, count = n).to_string(),
                        }}
                    </span>
                })}
            </button>
        }
    };
    view! {
        <div class="summary-tablist" role="tablist" aria-label=tu_string!(i18n, summary.layers_label)>
            {Layer::ALL.map(tab).into_iter().collect_view()}
        </div>
    }
}
