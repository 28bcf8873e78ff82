//! A radio group that picks one of the workspace's counts (snapshots).

use leptos::prelude::*;

use crate::state::use_app;

/// `name` groups the radios (one group per use on the page); `selected` is the current pick.
#[component]
pub fn SnapshotRadios(
    #[prop(into)] legend: Signal<String>,
    name: &'static str,
    #[prop(into)] selected: Signal<Option<String>>,
    on_pick: Callback<String>,
) -> impl IntoView {
    let state = use_app();
    // Only the list's shape re-renders the radios, not every count typed elsewhere.
    let options = Memo::new(move |_| {
        state.ws.with(|ws| {
            ws.snapshots
                .iter()
                .map(|s| (s.id.clone(), s.label.clone(), s.date.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="comp-choose">
            <legend>{legend}</legend>
            <div class="comp-radios">
                {move || {
                    options
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, (id, label, date))| {
                            let input_id = format!("{name}-{i}");
                            let checked = {
                                let id = id.clone();
                                move || selected.get().as_deref() == Some(id.as_str())
                            };
                            let text = if date.is_empty() || label.contains(&date) {
                                label
                            } else {
                                format!("{label} ({date})")
                            };
                            view! {
                                <div class="comp-radio">
                                    <input type="radio" id=input_id.clone() name=name
                                        prop:checked=checked
                                        on:change=move |_| on_pick.run(id.clone()) />
                                    <label for=input_id>{text}</label>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}
