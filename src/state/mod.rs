//! App state: the workspace signal and the one way it changes.
//!
//! Data flows one way: a UI event calls `edit_cop`/`edit_workspace` with a core operation; the
//! new workspace is rendered from the signal; the change is queued and saved (debounced) by
//! `saver`. Pages never touch storage.

mod saver;
pub mod slots;
mod sync;

use std::sync::Arc;

use leptos::prelude::*;
use practica_core::{Community, Workspace};

use crate::storage::{self, LoadProblem, Pending};

pub use saver::SaveStatus;

/// A short message shown after an action, optionally with an "Undo" button.
#[derive(Clone)]
pub struct Notice {
    pub text: String,
    pub undo: Option<Arc<dyn Fn() + Send + Sync>>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: RwSignal<Workspace>,
    pub status: RwSignal<SaveStatus>,
    pub problems: RwSignal<Vec<LoadProblem>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Set when another tab's change was taken in (announced politely).
    pub synced: RwSignal<u32>,
    /// When this browser last exported the current workspace (backup reminder).
    pub last_export: RwSignal<Option<i64>>,
    pending: StoredValue<Pending>,
    slot: StoredValue<String>,
    storage_ok: StoredValue<bool>,
}

impl AppState {
    /// Loads the workspace from storage (or starts empty in memory) and starts saving/syncing.
    pub fn start() -> AppState {
        let storage_ok = storage::available();
        let slot = slots::remembered(storage_ok);
        slots::provide(&slot);
        let (workspace, problems, status) = if storage_ok {
            match storage::load_workspace(&slot, crate::clock::now_ms()) {
                Ok(l) => (l.workspace, l.problems, SaveStatus::Saved),
                Err(f) => (Workspace::default(), Vec::new(), SaveStatus::from_fault(&f)),
            }
        } else {
            (Workspace::default(), Vec::new(), SaveStatus::Unavailable)
        };
        let state = AppState {
            ws: RwSignal::new(workspace),
            status: RwSignal::new(status),
            problems: RwSignal::new(problems),
            notice: RwSignal::new(None),
            synced: RwSignal::new(0),
            last_export: RwSignal::new(storage::read_last_export(&slot)),
            pending: StoredValue::new(Pending::default()),
            slot: StoredValue::new(slot),
            storage_ok: StoredValue::new(storage_ok),
        };
        if storage_ok {
            saver::flush_when_hidden(state);
            sync::follow_other_tabs(state);
        }
        state
    }

    pub fn storage_ok(&self) -> bool {
        self.storage_ok.get_value()
    }

    /// Changes one CoP. Its `updated` time is set; only its record is saved.
    /// Returns false if the CoP no longer exists.
    pub fn edit_cop(&self, id: &str, f: impl FnOnce(&mut Community)) -> bool {
        let now = crate::clock::now_ms();
        let mut found = false;
        self.ws.update(|ws| {
            if let Some(c) = ws.community_mut(id) {
                f(c);
                c.updated = now;
                found = true;
            }
        });
        if found {
            self.queue(Pending { cops: [id.to_string()].into(), ..Default::default() });
        }
        found
    }

    /// Changes the workspace as a whole; `touched` says which records to save.
    pub fn edit_workspace<R>(&self, touched: Pending, f: impl FnOnce(&mut Workspace) -> R) -> R {
        let out = self.ws.try_update(f);
        self.queue(touched);
        // `try_update` only returns None for a disposed signal, which cannot happen while the
        // app is mounted; the fallback keeps the type honest without a panic.
        match out {
            Some(r) => r,
            None => unreachable_disposed(),
        }
    }

    /// Replaces the whole workspace (import, undo of an import); only the records that differ
    /// are rewritten.
    pub fn replace_workspace(&self, next: Workspace) {
        let changes = self.ws.with_untracked(|before| practica_core::exchange::changed_ids(before, &next));
        self.ws.set(next);
        self.queue(Pending { meta: changes.meta, cops: changes.cops, deleted: changes.deleted });
    }

    /// Records that the workspace was just exported from this browser.
    pub fn record_export(&self) {
        let now = crate::clock::now_ms();
        storage::write_last_export(&self.slot.get_value(), now);
        self.last_export.set(Some(now));
    }

    fn queue(&self, touched: Pending) {
        self.pending.update_value(|p| p.merge(touched));
        saver::schedule(*self);
    }

    /// Saves now (used before the page is hidden and by tests via the "saved" status).
    pub fn flush(&self) {
        saver::flush(*self);
    }

    pub fn notify(&self, text: String, undo: Option<Arc<dyn Fn() + Send + Sync>>) {
        self.notice.set(Some(Notice { text, undo }));
    }
}

#[cold]
fn unreachable_disposed<R>() -> R {
    // The workspace signal lives as long as the app; reaching this is a programming error.
    // Aborting with a clear message is better than continuing with lost data.
    wasm_bindgen::throw_str("Práctica: the workspace signal was disposed")
}

pub fn use_app() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| wasm_bindgen::throw_str("AppState not provided"))
}
