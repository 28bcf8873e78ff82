//! The page-budget settings (words per page, pages per layer), shared by every CoP in the
//! workspace. Typed values are checked by the core; only valid settings are stored, and each
//! problem is shown under its field.

use leptos::prelude::*;
use practica_core::summary::{BudgetError, BudgetField, BudgetTexts, Budgets, Layer};

use super::ctx::Ctx;
use crate::i18n::*;
use crate::storage::Pending;
use crate::ui::lang::to_lang;

fn field_id(f: BudgetField) -> String {
    format!("sum-budget-{}", f.name())
}

#[component]
pub fn BudgetSettings(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let texts = RwSignal::new(BudgetTexts::from_budgets(&ctx.budgets.get_untracked()));
    let errors = RwSignal::new(Vec::<BudgetError>::new());
    // Settings changed elsewhere (another tab, an import) replace what is shown, unless the
    // user is in the middle of fixing an invalid value: that text is kept until it is valid.
    Effect::new(move |_| {
        let stored = ctx.budgets.get();
        let typed = texts.get_untracked().parse();
        if typed.as_ref().is_ok_and(|b| *b != stored) {
            texts.set(BudgetTexts::from_budgets(&stored));
        }
    });
    let store = move |b: Budgets| {
        if ctx.budgets.get_untracked() != b {
            ctx.state
                .edit_workspace(Pending { meta: true, ..Default::default() }, |ws| ws.budgets = b);
        }
    };
    let apply = move |next: BudgetTexts| {
        match next.parse() {
            Ok(b) => {
                errors.set(Vec::new());
                store(b);
            }
            Err(e) => errors.set(e),
        }
        texts.set(next);
    };
    let reset = move |_| apply(BudgetTexts::from_budgets(&Budgets::default()));
    let field = move |f: BudgetField, label: AnyView| {
        let id = field_id(f);
        let err_id = format!("{id}-error");
        let error = move || {
            let lang = to_lang(i18n.get_locale_untracked());
            errors.with(|es| {
                es.iter()
                    .filter(|e| e.field() == f.name())
                    .map(|e| e.message(lang))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        };
        let invalid = move || errors.with(|es| es.iter().any(|e| e.field() == f.name()));
        view! {
            <div class="field budget-field">
                <label for=id.clone()>{label}</label>
                <input type="text" inputmode="numeric" id=id size="6" autocomplete="off"
                    aria-describedby=err_id.clone()
                    aria-invalid=move || invalid().then_some("true")
                    prop:value=move || texts.with(|t| t.get(f).to_string())
                    on:input=move |ev| {
                        let mut next = texts.get_untracked();
                        next.set(f, &event_target_value(&ev));
                        apply(next);
                    } />
                <p class="field-error" id=err_id>{error}</p>
            </div>
        }
    };
    view! {
        <details class="card summary-settings">
            <summary>{tu_string!(i18n, summary.budgets_heading)}</summary>
            <p class="hint">{tu_string!(i18n, summary.budgets_hint)}</p>
            <div class="budget-fields">
                {field(BudgetField::WordsPerPage, tu_string!(i18n, summary.words_per_page).into_any())}
                {field(BudgetField::Pages(Layer::Messages), tu_string!(i18n, summary.messages_pages).into_any())}
                {field(BudgetField::Pages(Layer::Executive), tu_string!(i18n, summary.executive_pages).into_any())}
                {field(BudgetField::Pages(Layer::Report), tu_string!(i18n, summary.report_pages).into_any())}
            </div>
            <button type="button" class="btn" on:click=reset>{tu_string!(i18n, summary.budgets_reset)}</button>
        </details>
    }
}
