//! `#/summary/<id>`: the builder. Cover fields, page budgets, the three layers as tabs (each
//! with its live counter and warnings), output buttons and the live preview.

use leptos::prelude::*;
use practica_core::summary::{Layer, Part, Target};

use super::budgets::BudgetSettings;
use super::counter::{CountAnnouncer, LayerCounter};
use super::cover::CoverFields;
use super::ctx::Ctx;
use super::export::OutputButtons;
use super::findings::FindingsEditor;
use super::messages::MessagesEditor;
use super::preview::Preview;
use super::recommendations::RecommendationsEditor;
use super::sections::SectionsEditor;
use super::tabs::{layer_warnings_id, panel_id, tab_id, LayerTabs};
use super::warnings::WarningList;
use crate::i18n::*;
use crate::route::Route;
use crate::ui::lang::to_lang;

#[component]
pub fn Builder(cop_id: String) -> impl IntoView {
    let ctx = Ctx::new(cop_id);
    let i18n = ctx.i18n;
    let missing = move || {
        view! {
            <section class="page" aria-labelledby="sum-missing-heading">
                <h1 id="sum-missing-heading">{tu_string!(i18n, summary.heading)}</h1>
                <p class="empty" data-testid="cop-missing">{tu_string!(i18n, summary.cop_missing)}" "
                    <a href=Route::Summary(None).href()>{tu_string!(i18n, summary.all_summaries)}</a>
                </p>
            </section>
        }
    };
    view! {
        <Show when=move || ctx.exists.get() fallback=missing>
            <BuilderPage ctx=ctx />
        </Show>
    }
}

#[component]
fn BuilderPage(ctx: Ctx) -> impl IntoView {
    let i18n = ctx.i18n;
    let selected = RwSignal::new(Layer::Messages);
    let panel = move |layer: Layer, body: AnyView| {
        view! {
            <div role="tabpanel" class="summary-panel" id=panel_id(layer) aria-labelledby=tab_id(layer)
                tabindex="0" hidden=move || selected.get() != layer>
                <h2>{move || layer.label(to_lang(i18n.get_locale_untracked()))}</h2>
                <LayerCounter ctx=ctx layer=layer />
                <WarningList ctx=ctx target=Target::Layer(layer) id=layer_warnings_id(layer) />
                {body}
            </div>
        }
    };
    view! {
        <div class="page summary-page summary-layout">
            <div class="summary-editor no-print">
                <p class="back-link"><a href=Route::Summary(None).href()>{tu_string!(i18n, summary.all_summaries)}</a></p>
                <h1>{move || td_string!(i18n.get_locale_untracked(), summary.builder_heading, name = ctx.cop_name.get()).to_string()}</h1>
                <p class="lead">{tu_string!(i18n, summary.builder_intro)}</p>
                <CoverFields ctx=ctx />
                <BudgetSettings ctx=ctx />
                <LayerTabs ctx=ctx selected=selected />
                {panel(Layer::Messages, view! { <MessagesEditor ctx=ctx /> }.into_any())}
                {panel(Layer::Executive, view! {
                    <SectionsEditor ctx=ctx part=Part::Executive />
                    <FindingsEditor ctx=ctx />
                    <RecommendationsEditor ctx=ctx />
                }.into_any())}
                {panel(Layer::Report, view! { <SectionsEditor ctx=ctx part=Part::Report /> }.into_any())}
                <CountAnnouncer ctx=ctx selected=selected />
                <OutputButtons ctx=ctx />
            </div>
            <Preview ctx=ctx />
        </div>
    }
}
