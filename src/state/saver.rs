//! Debounced saving: changes are written a moment after the last edit, and at once when the
//! page is hidden or closed, so typing does not write on every keystroke and nothing is lost
//! when a phone switches apps.

use std::time::Duration;

use leptos::prelude::*;

use super::AppState;
use crate::storage::{self, StorageFault};

const DEBOUNCE: Duration = Duration::from_millis(300);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Quota,
    Unavailable,
    Error(String),
}

impl SaveStatus {
    pub fn from_fault(f: &StorageFault) -> SaveStatus {
        match f {
            StorageFault::Quota => SaveStatus::Quota,
            StorageFault::Unavailable => SaveStatus::Unavailable,
            StorageFault::Other(name) => SaveStatus::Error(name.clone()),
        }
    }

    pub fn is_problem(&self) -> bool {
        matches!(self, SaveStatus::Quota | SaveStatus::Unavailable | SaveStatus::Error(_))
    }
}

thread_local! {
    static TIMER: std::cell::Cell<Option<TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

pub(super) fn schedule(state: AppState) {
    if !state.storage_ok() {
        return;
    }
    if !state.status.get_untracked().is_problem() {
        state.status.set(SaveStatus::Pending);
    }
    TIMER.with(|t| {
        if let Some(h) = t.take() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || flush(state), DEBOUNCE).ok();
        t.set(handle);
    });
}

pub(super) fn flush(state: AppState) {
    TIMER.with(|t| {
        if let Some(h) = t.take() {
            h.clear();
        }
    });
    if !state.storage_ok() {
        return;
    }
    let pending = state.pending.try_update_value(std::mem::take).unwrap_or_default();
    if pending.is_empty() {
        if state.status.get_untracked() == SaveStatus::Pending {
            state.status.set(SaveStatus::Saved);
        }
        return;
    }
    let slot = state.slot.get_value();
    let result = state
        .ws
        .try_update_untracked(|ws| storage::save_changes(&slot, ws, pending))
        .unwrap_or(Ok(()));
    match result {
        Ok(()) => state.status.set(SaveStatus::Saved),
        Err((fault, left)) => {
            // Keep what was not written; it is retried with the next change or flush.
            state.pending.update_value(|p| p.merge(left));
            state.status.set(SaveStatus::from_fault(&fault));
        }
    }
}

/// Flushes when the page is hidden (tab switch, phone locked) or unloaded.
pub(super) fn flush_when_hidden(state: AppState) {
    let h1 = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
        if hidden {
            flush(state);
        }
    });
    let h2 = window_event_listener(leptos::ev::pagehide, move |_| flush(state));
    on_cleanup(move || {
        h1.remove();
        h2.remove();
    });
}
