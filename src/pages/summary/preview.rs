//! The live preview: the document with the same structure as the exports, updated as you type.
//! It is also what "Print / Save as PDF" prints (style/summary.css hides everything else).
//! Each part reads its own memo, so typing in one message re-renders only the messages.

use leptos::prelude::*;
use practica_core::summary::{labels, Layer, Section, Summary};
use practica_core::text::{clean_line, Lang};

use super::ctx::Ctx;
use super::preview_parts::{findings_view, sections_view, DocFinding, DocSection};
use crate::i18n::*;
use crate::ui::lang::to_lang;

fn doc_sections(sections: &[Section], lang: Lang) -> Vec<DocSection> {
    sections
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| DocSection { title: clean_line(&s.title(lang)), body: s.body.clone() })
        .collect()
}

fn doc_findings(s: &Summary) -> (Vec<DocFinding>, Vec<String>) {
    let findings = s
        .findings
        .iter()
        .filter(|f| !f.text.trim().is_empty())
        .map(|f| DocFinding {
            text: clean_line(&f.text),
            recommendations: s
                .recommendations_for(&f.id)
                .iter()
                .map(|r| clean_line(&r.text))
                .filter(|t| !t.is_empty())
                .collect(),
        })
        .collect();
    let others = s
        .unlinked_recommendations()
        .iter()
        .map(|r| clean_line(&r.text))
        .filter(|t| !t.is_empty())
        .collect();
    (findings, others)
}

#[component]
pub fn Preview(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let lang = Memo::new(move |_| to_lang(i18n.get_locale_untracked()));
    let meta = Memo::new(move |_| {
        let l = lang.get();
        let cop = ctx.cop_name.get();
        ctx.summary.with(|s| {
            let title = clean_line(&s.protocol_title);
            let title = if title.is_empty() { labels::UNTITLED.get(l).to_string() } else { title };
            let rows: Vec<(&'static str, String)> = [
                (labels::COP, cop.as_str()),
                (labels::AUTHORS, s.authors.as_str()),
                (labels::DATE, s.date.as_str()),
                (labels::AUDIENCE, s.audience.as_str()),
            ]
            .iter()
            .map(|(label, v)| (label.get(l), clean_line(v)))
            .filter(|(_, v)| !v.is_empty())
            .collect();
            (title, rows)
        })
    });
    let messages = Memo::new(move |_| {
        ctx.summary.with(|s| {
            s.main_messages
                .iter()
                .map(|m| clean_line(&m.text))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
        })
    });
    let executive =
        Memo::new(move |_| ctx.summary.with(|s| doc_sections(&s.executive, lang.get())));
    let findings = Memo::new(move |_| ctx.summary.with(doc_findings));
    let report = Memo::new(move |_| ctx.summary.with(|s| doc_sections(&s.report, lang.get())));
    let empty_note =
        move || view! { <p class="doc-empty no-print">{tu_string!(i18n, summary.preview_empty)}</p> };
    view! {
        // tabindex: on wide screens the preview scrolls in its own box; keyboard users must reach it.
        <section class="summary-preview" tabindex="0" aria-labelledby="sum-preview-heading">
            <h2 id="sum-preview-heading" class="no-print">{tu_string!(i18n, summary.preview_heading)}</h2>
            <p class="hint no-print">{tu_string!(i18n, summary.preview_hint)}</p>
            <article class="summary-doc" data-testid="summary-doc">
                <section class="doc-layer">
                    <header>
                        <h3 class="doc-title">{move || meta.with(|m| m.0.clone())}</h3>
                        <dl class="doc-meta">
                            {move || meta.get().1.into_iter().map(|(label, value)| view! {
                                <dt>{label}</dt><dd>{value}</dd>
                            }).collect_view()}
                        </dl>
                        <p class="doc-format">{move || labels::FORMAT_NOTE.get(lang.get())}</p>
                    </header>
                    <h4>{move || Layer::Messages.label(lang.get())}</h4>
                    {move || {
                        let items = messages.get();
                        if items.is_empty() {
                            empty_note().into_any()
                        } else {
                            view! {
                                <ul class="doc-messages">{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                            }.into_any()
                        }
                    }}
                </section>
                <section class="doc-layer">
                    <h4>{move || Layer::Executive.label(lang.get())}</h4>
                    {move || sections_view(executive.get())}
                    {move || {
                        let (f, others) = findings.get();
                        findings_view(lang.get(), f, others)
                    }}
                    {move || (executive.with(Vec::is_empty) && findings.with(|(f, o)| f.is_empty() && o.is_empty()))
                        .then(empty_note)}
                </section>
                <section class="doc-layer">
                    <h4>{move || Layer::Report.label(lang.get())}</h4>
                    {move || sections_view(report.get())}
                    {move || report.with(Vec::is_empty).then(empty_note)}
                </section>
            </article>
        </section>
    }
}
