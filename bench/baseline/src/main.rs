use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let (count, set_count) = signal(0);
    view! {
        <main>
            <h1>"Counter"</h1>
            <button id="count" on:click=move |_| set_count.update(|n| *n += 1)>
                "Clicked " {count} " times"
            </button>
        </main>
    }
}

fn main() {
    mount_to_body(Counter);
    // The same "ready" marker Práctica sets once mounted.
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("data-app", "ready");
    }
}
