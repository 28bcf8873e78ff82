//! What every part of the builder shares: the CoP being edited, its summary as shown, the
//! budgets, the counts and warnings (all computed by the core), and the one way to edit.

use leptos::prelude::*;
use practica_core::summary::{check, Budgets, LayerCount, Summary, Warning};

use crate::i18n::*;
use crate::state::{use_app, AppState};
use crate::ui::lang::to_lang;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: AppState,
    pub i18n: leptos_i18n::I18nContext<Locale>,
    pub cop_id: StoredValue<String>,
    pub exists: Memo<bool>,
    pub cop_name: Memo<String>,
    /// The summary as shown: a never-started one is shown as the template, which is written
    /// on the first edit (see `edit`).
    pub summary: Memo<Summary>,
    pub budgets: Memo<Budgets>,
    pub counts: Memo<[LayerCount; 3]>,
    pub warnings: Memo<Vec<Warning>>,
}

impl Ctx {
    pub fn new(cop_id: String) -> Ctx {
        let state = use_app();
        let i18n = use_i18n();
        let id = StoredValue::new(cop_id);
        let exists =
            Memo::new(move |_| state.ws.with(|ws| ws.community(&id.get_value()).is_some()));
        let cop_name = Memo::new(move |_| {
            state.ws.with(|ws| {
                ws.community(&id.get_value()).map(|c| c.name.clone()).unwrap_or_default()
            })
        });
        let summary = Memo::new(move |_| {
            let lang = to_lang(i18n.get_locale_untracked());
            state.ws.with(|ws| {
                let mut s =
                    ws.community(&id.get_value()).map(|c| c.summary.clone()).unwrap_or_default();
                s.start_from_template(lang);
                s
            })
        });
        let budgets = Memo::new(move |_| state.ws.with(|ws| ws.budgets.clone()));
        let counts = Memo::new(move |_| summary.with(|s| budgets.with(|b| s.counts(b))));
        let warnings = Memo::new(move |_| summary.with(|s| budgets.with(|b| check(s, b))));
        Ctx { state, i18n, cop_id: id, exists, cop_name, summary, budgets, counts, warnings }
    }

    /// Changes this CoP's summary (and saves only this CoP). A never-started summary becomes
    /// the template first, so the edit lands where the screen showed it. Returns `None` if the
    /// CoP no longer exists (deleted in another tab).
    pub fn edit<R>(&self, f: impl FnOnce(&mut Summary) -> R) -> Option<R> {
        let lang = to_lang(self.i18n.get_locale_untracked());
        let mut out = None;
        self.state.edit_cop(&self.cop_id.get_value(), |c| {
            c.summary.start_from_template(lang);
            out = Some(f(&mut c.summary));
        });
        out
    }

    pub fn locale(&self) -> Locale {
        self.i18n.get_locale_untracked()
    }
}
