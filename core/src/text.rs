//! Bilingual text held as data (criteria descriptors, example content).

use serde::{Deserialize, Serialize};

/// The two languages Práctica speaks. The UI's i18n crate has its own locale type; this one
/// keeps the core free of UI dependencies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Es,
}

/// A piece of fixed text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub en: &'static str,
    pub es: &'static str,
}

impl Bilingual {
    pub const fn new(en: &'static str, es: &'static str) -> Self {
        Self { en, es }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

/// Trims and collapses a single-line field the way every form in the app does.
pub fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
