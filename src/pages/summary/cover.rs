//! The cover of the summary: protocol title, authors, date and audience (which decision-makers
//! it is written for). Printed at the top of the document and of both exports.

use leptos::prelude::*;
use practica_core::summary::Summary;

use super::ctx::Ctx;
use crate::i18n::*;

#[derive(Clone, Copy)]
enum Field {
    Title,
    Authors,
    Date,
    Audience,
}

impl Field {
    fn id(self) -> &'static str {
        match self {
            Field::Title => "sum-title",
            Field::Authors => "sum-authors",
            Field::Date => "sum-date",
            Field::Audience => "sum-audience",
        }
    }

    fn get(self, s: &Summary) -> String {
        match self {
            Field::Title => s.protocol_title.clone(),
            Field::Authors => s.authors.clone(),
            Field::Date => s.date.clone(),
            Field::Audience => s.audience.clone(),
        }
    }

    fn set(self, s: &mut Summary, value: String) {
        match self {
            Field::Title => s.protocol_title = value,
            Field::Authors => s.authors = value,
            Field::Date => s.date = value,
            Field::Audience => s.audience = value,
        }
    }
}

#[component]
pub fn CoverFields(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let field = move |f: Field, label: AnyView, hint: AnyView| {
        let value = Memo::new(move |_| ctx.summary.with(|s| f.get(s)));
        let hint_id = format!("{}-hint", f.id());
        view! {
            <div class="field">
                <label for=f.id()>{label}</label>
                <p class="hint" id=hint_id.clone()>{hint}</p>
                <input type="text" id=f.id() maxlength="400" aria-describedby=hint_id
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.edit(|s| f.set(s, v));
                    } />
            </div>
        }
    };
    view! {
        <section class="card summary-cover" aria-labelledby="sum-cover-heading">
            <h2 id="sum-cover-heading">{tu_string!(i18n, summary.cover_heading)}</h2>
            {field(Field::Title, tu_string!(i18n, summary.title_label).into_any(), tu_string!(i18n, summary.title_hint).into_any())}
            {field(Field::Authors, tu_string!(i18n, summary.authors_label).into_any(), tu_string!(i18n, summary.authors_hint).into_any())}
            {field(Field::Date, tu_string!(i18n, summary.date_label).into_any(), tu_string!(i18n, summary.date_hint).into_any())}
            {field(Field::Audience, tu_string!(i18n, summary.audience_label).into_any(), tu_string!(i18n, summary.audience_hint).into_any())}
        </section>
    }
}
