//! The form for one barrier or facilitating factor (adding and editing): where it came from
//! (inside or around the CoP), whether it helped or hindered, what happened, and when. The
//! paper's examples can fill it in. Errors come from the core, next to their field.

use leptos::prelude::*;
use practica_core::programme::{Effect, FactorError, FactorFields, Scope, DESCRIPTION_MAX, FACTOR_SUGGESTIONS};

use crate::i18n::*;
use crate::pages::dashboard::capitalise;
use crate::ui::lang::use_lang;

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn scope_key(s: Scope) -> &'static str {
    match s {
        Scope::Internal => "internal",
        Scope::External => "external",
    }
}

fn effect_key(e: Effect) -> &'static str {
    match e {
        Effect::Enabling => "enabling",
        Effect::Hindering => "hindering",
    }
}

/// `on_submit` returns the problems to show, or none when the factor was saved (an add form
/// then empties itself for the next one).
#[component]
pub fn FactorForm(
    form_id: String,
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] submit_label: Signal<String>,
    initial: Option<FactorFields>,
    on_submit: Callback<FactorFields, Vec<FactorError>>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let is_new = initial.is_none();
    let start = initial.unwrap_or(FactorFields {
        scope: Scope::Internal,
        effect: Effect::Enabling,
        description: String::new(),
        date: String::new(),
    });
    let scope = RwSignal::new(start.scope);
    let effect = RwSignal::new(start.effect);
    let description = RwSignal::new(start.description);
    let date = RwSignal::new(start.date);
    let errors = RwSignal::new(Vec::<FactorError>::new());
    let fid = StoredValue::new(form_id);
    let id = move |f: &str| format!("{}-{f}", fid.get_value());

    let error_for = move |field: &'static str| {
        move || {
            errors.with(|es| {
                es.iter().filter(|e| e.field() == field).map(|e| e.message(lang())).collect::<Vec<_>>().join(" ")
            })
        }
    };
    let has_error = move |field: &'static str| move || errors.with(|es| es.iter().any(|e| e.field() == field)).then_some("true");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = FactorFields {
            scope: scope.get_untracked(),
            effect: effect.get_untracked(),
            description: description.get_untracked(),
            date: date.get_untracked(),
        };
        let errs = on_submit.run(fields);
        if let Some(first) = errs.first() {
            let field = if first.field().is_empty() { "description" } else { first.field() };
            focus(&id(field));
        } else if is_new {
            description.set(String::new());
            date.set(String::new());
        }
        errors.set(errs);
    };
    let radio = move |group: &'static str, value: &'static str, checked: Signal<bool>, label: Signal<String>, pick: Callback<()>| {
        let rid = id(&format!("{group}-{value}"));
        let for_id = rid.clone();
        view! {
            <label class="tracker-choice" for=for_id>
                <input type="radio" id=rid name=id(group) value=value prop:checked=checked on:change=move |_| pick.run(()) />
                " "{label}
            </label>
        }
    };
    let scopes = move || {
        Scope::ALL
            .into_iter()
            .map(|s| {
                radio(
                    "scope",
                    scope_key(s),
                    Signal::derive(move || scope.get() == s),
                    Signal::derive(move || capitalise(s.label(lang()))),
                    Callback::new(move |_| scope.set(s)),
                )
            })
            .collect_view()
    };
    let effects = move || {
        Effect::ALL
            .into_iter()
            .map(|e| {
                radio(
                    "effect",
                    effect_key(e),
                    Signal::derive(move || effect.get() == e),
                    Signal::derive(move || capitalise(e.label(lang()))),
                    Callback::new(move |_| effect.set(e)),
                )
            })
            .collect_view()
    };
    let use_example = move |k: usize| {
        if let Some(s) = FACTOR_SUGGESTIONS.get(k) {
            let f = s.fields(lang());
            scope.set(f.scope);
            effect.set(f.effect);
            description.set(f.description);
            errors.set(Vec::new());
            focus(&id("description"));
        }
    };
    let examples = move || {
        FACTOR_SUGGESTIONS
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let tag = format!("{} · {}", capitalise(s.effect.label(lang())), s.scope.label(lang()));
                view! {
                    <li>
                        <button type="button" class="btn-link tracker-example" on:click=move |_| use_example(k)>
                            <span class="tracker-tag">{tag}</span>" "{s.text.get(lang())}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let count = move || {
        td_string!(i18n.get_locale_untracked(), dash.chars_count, count = description.with(|d| d.trim().chars().count()), max = DESCRIPTION_MAX)
            .to_string()
    };
    view! {
        <form class="card form tracker-factor-form" on:submit=submit novalidate>
            <h3>{heading}</h3>
            {is_new.then(|| view! {
                <details class="tracker-examples">
                    <summary>{tu_string!(i18n, dash.examples_summary)}</summary>
                    <p class="hint">{tu_string!(i18n, dash.examples_hint)}</p>
                    <ul>{examples}</ul>
                </details>
            })}
            <fieldset class="tracker-radios">
                <legend>{tu_string!(i18n, dash.scope_legend)}</legend>
                {scopes}
            </fieldset>
            <fieldset class="tracker-radios">
                <legend>{tu_string!(i18n, dash.effect_legend)}</legend>
                {effects}
            </fieldset>
            <div class="field">
                <label for=id("description")>{tu_string!(i18n, dash.description_label)}" "<span class="req">"("{tu_string!(i18n, common.required)}")"</span></label>
                <p class="hint" id=id("description-hint")>{tu_string!(i18n, dash.description_hint)}" "{count}</p>
                <textarea id=id("description") rows="3"
                    aria-describedby=format!("{} {}", id("description-hint"), id("description-error"))
                    aria-invalid=has_error("description")
                    prop:value=description on:input=move |ev| description.set(event_target_value(&ev))></textarea>
                <p class="field-error" id=id("description-error")>{error_for("description")}</p>
            </div>
            <div class="field">
                <label for=id("date")>{tu_string!(i18n, dash.factor_date_label)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span></label>
                <p class="hint" id=id("date-hint")>{tu_string!(i18n, dash.factor_date_hint)}</p>
                <input type="text" id=id("date") autocomplete="off" maxlength="10"
                    aria-describedby=format!("{} {}", id("date-hint"), id("date-error"))
                    aria-invalid=has_error("date")
                    prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
                <p class="field-error" id=id("date-error")>{error_for("date")}</p>
            </div>
            <p class="field-error" role="alert">{error_for("")}</p>
            <div class="actions">
                <button type="submit" class="btn btn-primary">{submit_label}</button>
                {on_cancel.map(|c| view! {
                    <button type="button" class="btn" on:click=move |_| c.run(())>{tu_string!(i18n, dash.cancel)}</button>
                })}
            </div>
        </form>
    }
}
