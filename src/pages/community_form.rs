//! The add/edit form for a CoP, with errors next to the field they concern.

use leptos::prelude::*;
use practica_core::{CommunityFields, FieldError};

use crate::i18n::*;

pub fn field_error_text(locale: Locale, e: &FieldError) -> String {
    match e {
        FieldError::NameEmpty => td_string!(locale, cop.err_name_empty).to_string(),
        FieldError::NameTooLong { max } => td_string!(locale, cop.err_name_long, max = *max).to_string(),
        FieldError::NameTaken => td_string!(locale, cop.err_name_taken).to_string(),
        FieldError::CountryEmpty => td_string!(locale, cop.err_country_empty).to_string(),
        FieldError::CountryTooLong { max } => td_string!(locale, cop.err_country_long, max = *max).to_string(),
        FieldError::RegionTooLong { max } => td_string!(locale, cop.err_region_long, max = *max).to_string(),
        FieldError::NotesTooLong { max } => td_string!(locale, cop.err_notes_long, max = *max).to_string(),
    }
}

/// The form. `initial` fills it (edit); `on_submit` returns the errors to show, or an empty
/// list when the CoP was saved (the form then clears itself).
#[component]
pub fn CommunityForm(
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] submit_label: Signal<String>,
    initial: CommunityFields,
    countries: Signal<Vec<String>>,
    on_submit: Callback<CommunityFields, Vec<FieldError>>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
    form_id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(initial.name.clone());
    let country = RwSignal::new(initial.country.clone());
    let region = RwSignal::new(initial.region.clone());
    let notes = RwSignal::new(initial.notes.clone());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error_for = move |field: &'static str| {
        move || {
            errors
                .get()
                .iter()
                .filter(|e| e.field() == field)
                .map(|e| field_error_text(i18n.get_locale_untracked(), e))
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    let has_error = move |field: &'static str| move || errors.get().iter().any(|e| e.field() == field);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = CommunityFields {
            name: name.get_untracked(),
            country: country.get_untracked(),
            region: region.get_untracked(),
            notes: notes.get_untracked(),
        };
        let errs = on_submit.run(fields);
        if errs.is_empty() {
            name.set(String::new());
            country.set(String::new());
            region.set(String::new());
            notes.set(String::new());
        } else if let Some(first) = errs.first() {
            // Move focus to the first field with a problem so keyboard and screen-reader
            // users land on it.
            let id = format!("{form_id}-{}", first.field());
            if let Some(el) = document().get_element_by_id(&id) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
        errors.set(errs);
    };
    let list_id = format!("{form_id}-countries");
    let fid = move |f: &str| format!("{form_id}-{f}");
    let eid = move |f: &str| format!("{form_id}-{f}-error");
    view! {
        <form class="card form" on:submit=submit novalidate>
            <h2>{heading}</h2>
            <div class="field">
                <label for=fid("name")>{tu_string!(i18n, cop.name)}" "<span class="req">"("{tu_string!(i18n, common.required)}")"</span></label>
                <p class="hint" id=fid("name-hint")>{tu_string!(i18n, cop.name_hint)}</p>
                <input id=fid("name") type="text" autocomplete="off" maxlength="200"
                    aria-describedby=format!("{} {}", fid("name-hint"), eid("name"))
                    aria-invalid=move || has_error("name")().then_some("true")
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                <p class="field-error" id=eid("name")>{error_for("name")}</p>
            </div>
            <div class="field">
                <label for=fid("country")>{tu_string!(i18n, cop.country)}" "<span class="req">"("{tu_string!(i18n, common.required)}")"</span></label>
                <input id=fid("country") type="text" autocomplete="country-name" list=list_id.clone() maxlength="200"
                    aria-describedby=eid("country")
                    aria-invalid=move || has_error("country")().then_some("true")
                    prop:value=country on:input=move |ev| country.set(event_target_value(&ev)) />
                <datalist id=list_id>
                    {move || countries.get().into_iter().map(|c| view! { <option value=c></option> }).collect_view()}
                </datalist>
                <p class="field-error" id=eid("country")>{error_for("country")}</p>
            </div>
            <div class="field">
                <label for=fid("region")>{tu_string!(i18n, cop.region)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span></label>
                <input id=fid("region") type="text" maxlength="200" aria-describedby=eid("region")
                    aria-invalid=move || has_error("region")().then_some("true")
                    prop:value=region on:input=move |ev| region.set(event_target_value(&ev)) />
                <p class="field-error" id=eid("region")>{error_for("region")}</p>
            </div>
            <div class="field">
                <label for=fid("notes")>{tu_string!(i18n, cop.notes)}" "<span class="opt">"("{tu_string!(i18n, common.optional)}")"</span></label>
                <textarea id=fid("notes") rows="3" aria-describedby=eid("notes")
                    aria-invalid=move || has_error("notes")().then_some("true")
                    prop:value=notes on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
                <p class="field-error" id=eid("notes")>{error_for("notes")}</p>
            </div>
            <div class="actions">
                <button type="submit" class="btn btn-primary">{submit_label}</button>
                {on_cancel.map(|c| view! {
                    <button type="button" class="btn" on:click=move |_| c.run(())>{tu_string!(i18n, cop.cancel)}</button>
                })}
            </div>
        </form>
    }
}
