//! Bridging the i18n crate's locale and the core's `Lang`, and remembering the choice.

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

/// Restores the stored language choice (the first visit follows the browser, which the i18n
/// crate reads from `navigator.languages`) and stores every later change.
pub fn remember_language() {
    let i18n = use_i18n();
    if let Some(stored) = crate::storage::read_lang() {
        let locale = if stored == "es" { Locale::es } else { Locale::en };
        i18n.set_locale(locale);
    }
    Effect::new(move |prev: Option<Locale>| {
        let now = i18n.get_locale();
        if prev.is_some_and(|p| p != now) {
            crate::storage::write_lang(now.as_str());
        }
        now
    });
}
