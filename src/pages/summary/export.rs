//! Output: print (only the document prints, see style/summary.css) and downloads of the
//! core's Markdown and standalone HTML exports, named after the CoP, in the current language.

use leptos::prelude::*;
use practica_core::summary::{export_file_name, to_html, to_markdown};

use super::ctx::Ctx;
use crate::i18n::*;
use crate::ui::lang::to_lang;

#[derive(Clone, Copy)]
enum Format {
    Markdown,
    Html,
}

fn export(ctx: Ctx, format: Format) {
    let locale = ctx.i18n.get_locale_untracked();
    let lang = to_lang(locale);
    let name = ctx.cop_name.get_untracked();
    let ok = ctx.summary.with_untracked(|s| match format {
        Format::Markdown => crate::download::download_text(
            &export_file_name(&name, lang, "md"),
            "text/markdown;charset=utf-8",
            &to_markdown(s, &name, lang),
        ),
        Format::Html => crate::download::download_text(
            &export_file_name(&name, lang, "html"),
            "text/html;charset=utf-8",
            &to_html(s, &name, lang),
        ),
    });
    if !ok {
        ctx.state.notify(td_string!(locale, summary.export_failed).to_string(), None);
    }
}

#[component]
pub fn OutputButtons(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let print = move |_| {
        let printed = web_sys::window().map(|w| w.print().is_ok()).unwrap_or(false);
        if !printed {
            ctx.state.notify(tu_string!(i18n, summary.print_failed).to_string(), None);
        }
    };
    view! {
        <section class="card summary-output" aria-labelledby="sum-output-heading">
            <h2 id="sum-output-heading">{tu_string!(i18n, summary.output_heading)}</h2>
            <p class="hint">{tu_string!(i18n, summary.output_hint)}</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=print>{tu_string!(i18n, summary.print)}</button>
                <button type="button" class="btn" on:click=move |_| export(ctx, Format::Markdown)>{tu_string!(i18n, summary.export_md)}</button>
                <button type="button" class="btn" on:click=move |_| export(ctx, Format::Html)>{tu_string!(i18n, summary.export_html)}</button>
            </div>
        </section>
    }
}
