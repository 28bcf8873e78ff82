//! Display helpers: how the core's figures are written on screen. No maths here.

use leptos::prelude::*;
use practica_core::composition::{Percent, Points, Profession, Share};
use practica_core::text::Lang;
use wasm_bindgen::JsCast;

/// The en dash shown for a share of an empty column (never NaN or 0.0).
pub const NONE: &str = "–";

/// "35.0" or "–".
pub fn share(s: Option<Share>) -> String {
    s.map_or_else(|| NONE.to_string(), |s| s.to_string())
}

/// "35.0 %" or "–".
pub fn share_pct(s: Option<Share>) -> String {
    s.map_or_else(|| NONE.to_string(), |s| format!("{s} %"))
}

/// "70.0 %" or "–".
pub fn percent(p: Option<Percent>) -> String {
    p.map_or_else(|| NONE.to_string(), |p| format!("{p} %"))
}

/// "+7.9" or "–".
pub fn points(p: Option<Points>) -> String {
    p.map_or_else(|| NONE.to_string(), |p| p.to_string())
}

/// A profession's name inside a sentence or an accessible name ("Hidalgo, physicians"): the
/// paper's professions in lower case, as the glossary writes them; a team's own name as typed
/// (it may be an acronym or a proper name).
pub fn inline_label(p: &Profession, lang: Lang) -> String {
    if p.is_built_in() {
        p.label(lang).to_lowercase()
    } else {
        p.label(lang)
    }
}

/// A count as shown in an input: blank for 0, since a blank cell means 0 (and typing a number
/// into a blank cell needs no deleting first).
pub fn count_input(n: u32) -> String {
    if n == 0 {
        String::new()
    } else {
        n.to_string()
    }
}

/// Moves keyboard focus to the element with `id`, if it is on the page.
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
