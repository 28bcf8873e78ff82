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

/// The current language as the core's `Lang` (reactive).
pub fn use_lang() -> impl Fn() -> Lang + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || to_lang(i18n.get_locale())
}

thread_local! {
    /// Set once the person picks a language in this page's life; from then on their choice
    /// rules and the stored one is no longer re-applied.
    static CHOSEN: Cell<bool> = const { Cell::new(false) };
}

/// The person switched language: apply it and remember it for next time.
pub fn choose_language(i18n: leptos_i18n::I18nContext<Locale>, locale: Locale) {
    CHOSEN.with(|c| c.set(true));
    i18n.set_locale(locale);
    crate::storage::write_lang(locale.as_str());
}

/// Applies the stored language choice. The first visit follows the browser (the i18n crate
/// reads `navigator.languages`). The i18n crate sets its detected locale in an effect of its
/// own after start-up, so the stored choice is re-applied whenever the locale differs from it,
/// until the person picks a language themselves.
pub fn remember_language() {
    let i18n = use_i18n();
    let Some(stored) = crate::storage::read_lang() else { return };
    let stored = if stored == "es" { Locale::es } else { Locale::en };
    i18n.set_locale(stored);
    Effect::new(move |_| {
        let now = i18n.get_locale();
        if now != stored && !CHOSEN.with(Cell::get) {
            i18n.set_locale(stored);
        }
    });
}
