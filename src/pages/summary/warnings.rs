//! Warnings from the core (`check`), shown next to what they concern. The container always
//! exists (empty when all is well) so fields can point at it with aria-describedby.

use leptos::prelude::*;
use practica_core::summary::Target;

use super::ctx::Ctx;
use crate::i18n::*;
use crate::ui::lang::to_lang;

/// The warnings for one message, finding or layer, with `id` for aria-describedby. Changes are
/// announced politely: a warning appearing while you type is exactly what you need to hear.
#[component]
pub fn WarningList(ctx: Ctx, target: Target, #[prop(into)] id: String) -> impl IntoView {
    let i18n = ctx.i18n;
    let texts = Memo::new(move |_| {
        let lang = to_lang(i18n.get_locale_untracked());
        ctx.warnings.with(|ws| {
            ws.iter().filter(|w| w.target == target).map(|w| w.message(lang)).collect::<Vec<_>>()
        })
    });
    view! {
        <div class="summary-warnings" id=id aria-live="polite">
            {move || texts.get().into_iter().map(|text| view! {
                <p class="summary-warning" data-testid="warning">
                    <span class="warning-mark" aria-hidden="true">"⚠"</span>
                    <span class="sr-only">{tu_string!(i18n, summary.warning_label)}" "</span>
                    <span>{text}</span>
                </p>
            }).collect_view()}
        </div>
    }
}
