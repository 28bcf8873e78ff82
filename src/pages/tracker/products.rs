//! The three main products, each with its due date, delivery date, quality (a real radio
//! group) and its status on today's date, all worked out by the core.

use leptos::prelude::*;
use practica_core::programme::{Product, ProductError, ProductKind, Quality};

use crate::i18n::*;
use crate::pages::dashboard::capitalise;
use crate::state::use_app;
use crate::ui::lang::use_lang;

/// Short key for element ids.
fn key(kind: ProductKind) -> &'static str {
    match kind {
        ProductKind::LiteratureReview => "review",
        ProductKind::Protocol => "protocol",
        ProductKind::Report => "report",
    }
}

fn letter(kind: ProductKind) -> &'static str {
    match kind {
        ProductKind::LiteratureReview => "(a)",
        ProductKind::Protocol => "(b)",
        ProductKind::Report => "(c)",
    }
}

fn quality_key(q: Quality) -> &'static str {
    match q {
        Quality::NotAssessed => "not-assessed",
        Quality::Satisfactory => "satisfactory",
        Quality::MinorFlaws => "minor-flaws",
        Quality::Unsatisfactory => "unsatisfactory",
    }
}

/// A date field the browser could not read (typed only in part): its value is then empty,
/// which must not be taken as "clear the date".
fn incomplete_date(ev: &leptos::ev::Event) -> bool {
    ev.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"validity".into()).ok())
        .and_then(|v| js_sys::Reflect::get(&v, &"badInput".into()).ok())
        .and_then(|b| b.as_bool())
        .unwrap_or(false)
}

#[component]
pub fn ProductForms(cop: StoredValue<String>) -> impl IntoView {
    ProductKind::ALL.into_iter().map(|kind| view! { <ProductFields cop=cop kind=kind /> }).collect_view()
}

/// Which date of a product a field edits.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Due,
    Delivered,
}

#[component]
fn ProductFields(cop: StoredValue<String>, kind: ProductKind) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let state = use_app();
    let product = Memo::new(move |_| {
        state.ws.with(|ws| ws.community(&cop.get_value()).map(|c| c.products.get(kind).clone())).unwrap_or_default()
    });
    let today = crate::clock::today_iso();
    let status = Memo::new(move |_| product.with(|p| p.status(&today)));
    let due_error = RwSignal::new(None::<String>);
    let delivered_error = RwSignal::new(None::<String>);
    let k = key(kind);

    let set_date = move |which: Which, ev: leptos::ev::Event| {
        let error = if which == Which::Due { due_error } else { delivered_error };
        if incomplete_date(&ev) {
            error.set(Some(tu_string!(i18n, dash.date_incomplete).to_string()));
            return;
        }
        let value = event_target_value(&ev);
        // Tried on a copy first: a refused date changes nothing.
        let mut p: Product = product.get_untracked();
        let result: Result<(), ProductError> = match which {
            Which::Due => p.set_due(&value),
            Which::Delivered => p.set_delivered(&value),
        };
        match result {
            Ok(()) => {
                error.set(None);
                state.edit_cop(&cop.get_value(), |c| *c.products.get_mut(kind) = p);
            }
            Err(e) => error.set(Some(e.message(lang()))),
        }
    };
    let date_field = move |which: Which| {
        let (field, label, hint, error) = match which {
            Which::Due => ("due", tu_string!(i18n, dash.due_label), None, due_error),
            Which::Delivered => ("delivered", tu_string!(i18n, dash.delivered_label), Some(tu_string!(i18n, dash.delivered_hint)), delivered_error),
        };
        let id = format!("product-{k}-{field}");
        let hint_id = format!("{id}-hint");
        let err_id = format!("{id}-error");
        let described = if hint.is_some() { format!("{hint_id} {err_id}") } else { err_id.clone() };
        let value = move || product.with(|p| if which == Which::Due { p.due.clone() } else { p.delivered.clone() });
        view! {
            <div class="field">
                <label for=id.clone()>{label}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span></label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                <input type="date" id=id aria-describedby=described
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=value on:change=move |ev| set_date(which, ev) />
                <p class="field-error" id=err_id>{move || error.get().unwrap_or_default()}</p>
            </div>
        }
    };
    let quality = move |q: Quality| {
        let id = format!("quality-{k}-{}", quality_key(q));
        let for_id = id.clone();
        view! {
            <label class="tracker-choice" for=for_id>
                <input type="radio" id=id name=format!("quality-{k}") value=quality_key(q)
                    prop:checked=move || product.with(|p| p.quality == q)
                    on:change=move |_| { state.edit_cop(&cop.get_value(), |c| c.products.get_mut(kind).quality = q); } />
                " "{move || capitalise(q.label(lang()))}
            </label>
        }
    };
    view! {
        <fieldset class="card tracker-product" data-testid=format!("product-{k}")>
            <legend>{letter(kind)}" "{move || capitalise(kind.label(lang()))}</legend>
            <div class="tracker-dates">
                {date_field(Which::Due)}
                {date_field(Which::Delivered)}
            </div>
            <fieldset class="tracker-quality">
                <legend>{tu_string!(i18n, dash.quality_legend)}</legend>
                {Quality::ALL.into_iter().map(quality).collect_view()}
            </fieldset>
            <p class=move || format!("tracker-status {}", status.get().css_class()) role="status" data-testid=format!("status-{k}")>
                <strong>{tu_string!(i18n, dash.status_label)}" "</strong>{move || status.get().label(lang())}
            </p>
        </fieldset>
    }
}
