//! Bridging the i18n crate's locale and the core's `Lang`, and remembering the choice.

use std::cell::Cell;

use leptos::prelude::*;
use practica_core::text::Lang;

use crate::i18n::*;

pub fn to_lang(l: Locale) -> Lang {
    match l {
        Locale::en => Lang::En,
        Locale::es => Lang::Es,
    }
}

/// The current language as the core's `Lang`. Not tracked: a change of language rebuilds the
/// whole view (see `app`), so nothing needs to follow it on its own.
pub fn use_lang() -> impl Fn() -> Lang + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || to_lang(i18n.get_locale_untracked())
}

thread_local! {
    /// Set once the person picks a language in this page's life; from then on their choice
    /// rules and the stored one is no longer re-applied.
    static CHOSEN: Cell<bool> = const { Cell::new(false) };
}

/// The language the view is built in. The root of the view is rebuilt when it changes; the
/// i18n crate's own signal can briefly disagree at start-up (see `start_language`) without a
/// rebuild.
#[derive(Clone, Copy)]
pub struct ShownLanguage(pub RwSignal<Locale>);

/// The person switched language: apply it and remember it for next time.
pub fn choose_language(i18n: leptos_i18n::I18nContext<Locale>, locale: Locale) {
    CHOSEN.with(|c| c.set(true));
    i18n.set_locale(locale);
    if let Some(ShownLanguage(shown)) = use_context::<ShownLanguage>() {
        shown.set(locale);
    }
    crate::storage::write_lang(locale.as_str());
    // The whole view is rebuilt in the new language (see `app`): give the focus back to the
    // switch, where the person left it, once the new view is on the page.
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        let switch = document().query_selector(".lang-switch").ok().flatten();
        if let Some(el) = switch.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Applies the stored language choice and returns the language to build the view in. The
/// first visit follows the browser (the i18n crate reads `navigator.languages`). The i18n crate
/// sets its detected locale once more in an effect of its own after start-up; the stored
/// choice is put back whenever the locale differs from it, until the person picks a language
/// themselves. The returned signal does not follow those back-and-forths, so they never
/// rebuild the view.
pub fn start_language() -> RwSignal<Locale> {
    let i18n = use_i18n();
    let stored = crate::storage::read_lang().map(|s| if s == "es" { Locale::es } else { Locale::en });
    if let Some(stored) = stored {
        i18n.set_locale(stored);
        Effect::new(move |_| {
            let now = i18n.get_locale();
            if now != stored && !CHOSEN.with(Cell::get) {
                i18n.set_locale(stored);
            }
        });
    }
    let shown = RwSignal::new(i18n.get_locale_untracked());
    provide_context(ShownLanguage(shown));
    shown
}
