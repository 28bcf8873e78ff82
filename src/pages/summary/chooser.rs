//! `#/summary`: which CoP's summary to write, with each summary's state, and the example.

use leptos::prelude::*;
use practica_core::summary::{example_cop_fields, example_summary, Overview, EXAMPLE_COP_NAME};

use crate::i18n::*;
use crate::route::{go, Route};
use crate::state::use_app;
use crate::storage::Pending;
use crate::ui::lang::to_lang;

#[component]
pub fn Chooser() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            ws.communities
                .iter()
                .map(|c| (c.id.clone(), c.name.clone(), c.summary.overview(&ws.budgets)))
                .collect::<Vec<_>>()
        })
    });
    let status = move |o: Overview| match o {
        Overview::Empty => tu_string!(i18n, summary.state_empty).to_string(),
        Overview::Written { words, warnings } => {
            let words = practica_core::summary::group_thousands(u64::from(words));
            if warnings == 0 {
                td_string!(i18n.get_locale_untracked(), summary.state_ok, words = words).to_string()
            } else if warnings == 1 {
                td_string!(i18n.get_locale_untracked(), summary.state_warnings_one, words = words).to_string()
            } else {
                td_string!(
                    i18n.get_locale_untracked(),
                    summary.state_warnings,
                    words = words,
                    warnings = warnings
                )
                .to_string()
            }
        }
    };
    // The example always goes into a new CoP, so no one's own summary is ever overwritten.
    let open_example = move |_| {
        let locale = i18n.get_locale_untracked();
        let lang = to_lang(locale);
        let id = crate::clock::new_id("cop");
        let now = crate::clock::now_ms();
        let added = state.edit_workspace(
            Pending { meta: true, cops: [id.clone()].into(), ..Default::default() },
            |ws| {
                let names: Vec<String> = ws.communities.iter().map(|c| c.name.clone()).collect();
                let fields = example_cop_fields(names.iter().map(String::as_str), lang);
                let added = ws.add_community(id.clone(), &fields, now);
                if let (Ok(_), Some(c)) = (&added, ws.community_mut(&id)) {
                    c.summary = example_summary(lang);
                }
                added.map(|_| fields.name)
            },
        );
        match added {
            Ok(name) => {
                state.notify(
                    td_string!(locale, summary.example_added, name = name).to_string(),
                    None,
                );
                go(&Route::Summary(Some(id)));
            }
            Err(_) => state.notify(td_string!(locale, summary.example_failed).to_string(), None),
        }
    };
    view! {
        <section class="page summary-page" aria-labelledby="sum-choose-heading">
            <h1 id="sum-choose-heading">{tu_string!(i18n, summary.heading)}</h1>
            <p class="lead">{tu_string!(i18n, summary.intro)}</p>
            <h2>{tu_string!(i18n, summary.choose_heading)}</h2>
            <Show when=move || rows.with(Vec::is_empty)
                fallback=move || view! {
                    <ul class="cop-list" aria-label=tu_string!(i18n, summary.choose_heading)>
                        <For each=move || rows.get() key=|r| r.clone() let:row>
                            <li class="cop-card" data-testid="summary-choice">
                                <h3 class="cop-name"><a href=Route::Summary(Some(row.0.clone())).href()>{row.1.clone()}</a></h3>
                                <p class="cop-place">{status(row.2)}</p>
                            </li>
                        </For>
                    </ul>
                }>
                <p class="empty" data-testid="empty">
                    {tu_string!(i18n, summary.no_cops)}" "
                    <a href=Route::Communities.href()>{tu_string!(i18n, summary.go_to_communities)}</a>
                </p>
            </Show>
            <h2>{tu_string!(i18n, summary.example_heading)}</h2>
            <p id="sum-example-hint" class="hint">
                {move || td_string!(i18n.get_locale_untracked(), summary.example_hint, name = EXAMPLE_COP_NAME).to_string()}
            </p>
            <button type="button" class="btn" aria-describedby="sum-example-hint" on:click=open_example>
                {move || td_string!(i18n.get_locale_untracked(), summary.open_example, name = EXAMPLE_COP_NAME).to_string()}
            </button>
        </section>
    }
}
