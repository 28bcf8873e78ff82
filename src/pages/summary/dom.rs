//! DOM ids and focus, for labels, aria-describedby and moving focus after an action.

use wasm_bindgen::JsCast;

/// An id usable in `id` and `aria-describedby` (which is space-separated), whatever the item id
/// from an imported file contains.
pub fn dom_id(prefix: &str, item_id: &str) -> String {
    let safe: String = item_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' })
        .collect();
    format!("{prefix}-{safe}")
}

/// Focuses an element after the next render (new rows are not in the DOM yet when the edit
/// returns; moved rows lose focus when their nodes move).
pub fn focus_later(id: String) {
    leptos::prelude::request_animation_frame(move || {
        focus_now(&id);
    });
}

/// Focuses the first element of `ids` that exists and is enabled.
pub fn focus_first_later(ids: Vec<String>) {
    leptos::prelude::request_animation_frame(move || {
        for id in ids {
            if focus_now(&id) {
                return;
            }
        }
    });
}

fn focus_now(id: &str) -> bool {
    let Some(el) = leptos::prelude::document().get_element_by_id(id) else { return false };
    if el.has_attribute("disabled") {
        return false;
    }
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(el) => el.focus().is_ok(),
        Err(_) => false,
    }
}
