//! Several workspaces side by side ("slots"): the team's own data in `main`, and others such as
//! the paper's example, each under its own storage keys (`practica/v1/<slot>/…`), so opening
//! one never touches another.
//!
//! The slots are found by scanning the stored keys; the one in use is remembered under
//! `CURRENT_KEY`. Switching first writes every pending change to the slot being left, and is
//! refused if that fails, so an edit can never land in the wrong workspace or be lost.

use leptos::prelude::*;
use practica_core::Workspace;
use serde::Deserialize;

use super::{AppState, SaveStatus};
use crate::storage::{self, keys, Pending, StorageFault};

/// Which slot was in use last (read at start-up).
pub const CURRENT_KEY: &str = "practica/v1/current";

/// One stored workspace, as the switcher lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotInfo {
    pub id: String,
    /// The workspace's own name; empty for a team's workspace that was never named.
    pub name: String,
}

/// The list of workspaces and the one in use, for the header's switcher.
#[derive(Clone, Copy)]
pub struct Slots {
    pub list: RwSignal<Vec<SlotInfo>>,
    pub current: RwSignal<String>,
}

/// Why a switch or a new workspace did not happen. Nothing was changed in either case.
#[derive(Clone, Debug, PartialEq)]
pub enum SlotError {
    /// Changes to the workspace being left could not be written first.
    Unsaved,
    /// The browser does not let this app keep data, so a second workspace cannot be kept.
    Unavailable,
    /// Writing the new workspace failed (quota, for example).
    Storage(StorageFault),
    /// The team's own workspace is never removed.
    IsMain,
}

#[derive(Deserialize)]
struct NameOnly {
    #[serde(default)]
    name: String,
}

#[derive(Deserialize)]
struct MetaName {
    workspace: NameOnly,
}

/// The slot a stored key belongs to (`practica/v1/<slot>/meta` or `…/<slot>/cop/<id>`).
fn slot_of(key: &str) -> Option<&str> {
    let rest = key.strip_prefix(keys::PREFIX)?;
    let (slot, tail) = rest.split_once('/')?;
    (!slot.is_empty() && (tail == "meta" || tail.starts_with("cop/"))).then_some(slot)
}

fn stored_name(slot: &str) -> String {
    storage::read_raw(&keys::meta(slot))
        .ok()
        .flatten()
        .and_then(|raw| practica_core::exchange::read_record::<MetaName>(&raw).ok())
        .map(|m| m.workspace.name)
        .unwrap_or_default()
}

/// Every stored workspace, the team's own (`main`) first and always present, the others in
/// the order they were made (their ids start with the creation time).
pub fn scan() -> Vec<SlotInfo> {
    let mut ids: Vec<String> = Vec::new();
    if storage::available() {
        for key in storage::all_keys() {
            if let Some(slot) = slot_of(&key) {
                if slot != keys::DEFAULT_SLOT && !ids.iter().any(|s| s == slot) {
                    ids.push(slot.to_string());
                }
            }
        }
    }
    ids.sort();
    ids.insert(0, keys::DEFAULT_SLOT.to_string());
    ids.into_iter().map(|id| SlotInfo { name: stored_name(&id), id }).collect()
}

/// The slot to open at start-up: the remembered one if it still exists, else `main`.
pub(super) fn remembered(storage_ok: bool) -> String {
    if !storage_ok {
        return keys::DEFAULT_SLOT.to_string();
    }
    let wanted = storage::read_raw(CURRENT_KEY).ok().flatten().unwrap_or_default();
    if scan().iter().any(|s| s.id == wanted) {
        wanted
    } else {
        keys::DEFAULT_SLOT.to_string()
    }
}

thread_local! {
    // Kept here rather than in the context: switching happens in event handlers, which run
    // outside the component tree where contexts are found.
    static SLOTS: std::cell::Cell<Option<Slots>> = const { std::cell::Cell::new(None) };
}

/// Makes the list available to the header (called once, by `AppState::start`).
pub(super) fn provide(current: &str) {
    let slots = Slots { list: RwSignal::new(scan()), current: RwSignal::new(current.to_string()) };
    SLOTS.with(|s| s.set(Some(slots)));
}

fn refresh_list() {
    if let Some(s) = SLOTS.with(|s| s.get()) {
        s.list.set(scan());
    }
}

pub fn use_slots() -> Slots {
    SLOTS.with(|s| s.get()).unwrap_or_else(|| wasm_bindgen::throw_str("Slots not provided"))
}

impl AppState {
    /// The slot in use.
    pub fn current_slot(&self) -> String {
        self.slot.get_value()
    }

    /// Writes every pending change to the current slot; false if something is left unsaved.
    fn flushed(&self) -> bool {
        self.flush();
        self.pending.with_value(Pending::is_empty)
    }

    /// Opens another stored workspace in place of this one.
    pub fn switch_slot(&self, slot: &str) -> Result<(), SlotError> {
        if !self.storage_ok() {
            return Err(SlotError::Unavailable);
        }
        if slot == self.slot.get_value() {
            return Ok(());
        }
        if !self.flushed() {
            return Err(SlotError::Unsaved);
        }
        let loaded = storage::load_workspace(slot, crate::clock::now_ms()).map_err(SlotError::Storage)?;
        self.enter(slot, loaded.workspace);
        // Unreadable records of the other slot were set aside; tell the person, as at start-up.
        self.problems.update(|p| p.extend(loaded.problems));
        Ok(())
    }

    /// Stores `ws` as a new workspace and switches to it. The current workspace is saved
    /// first and left exactly as it is. Returns the new slot's id.
    pub fn open_in_new_slot(&self, ws: Workspace) -> Result<String, SlotError> {
        let slot = crate::clock::new_id("ws");
        self.store_and_enter(&slot, ws)?;
        Ok(slot)
    }

    /// Removes the open workspace (never the team's own, `main`) from this browser and opens
    /// `main`. Returns what was removed, so the caller can offer "Undo" (`restore_slot`).
    pub fn remove_current_slot(&self) -> Result<(String, Workspace), SlotError> {
        let slot = self.slot.get_value();
        if slot == keys::DEFAULT_SLOT {
            return Err(SlotError::IsMain);
        }
        let ws = self.ws.get_untracked();
        self.switch_slot(keys::DEFAULT_SLOT)?;
        let stored: Vec<String> = storage::all_keys()
            .into_iter()
            .filter(|k| slot_of(k) == Some(slot.as_str()) || *k == keys::last_export(&slot))
            .collect();
        for key in stored {
            let _ = storage::remove(&key);
        }
        refresh_list();
        Ok((slot, ws))
    }

    /// Puts back a removed workspace under its old id and opens it.
    pub fn restore_slot(&self, slot: &str, ws: Workspace) -> Result<(), SlotError> {
        self.store_and_enter(slot, ws)
    }

    /// Writes `ws` as the whole of `slot` and switches to it, after saving the open one.
    fn store_and_enter(&self, slot: &str, mut ws: Workspace) -> Result<(), SlotError> {
        if !self.storage_ok() {
            return Err(SlotError::Unavailable);
        }
        if !self.flushed() {
            return Err(SlotError::Unsaved);
        }
        let slot = slot.to_string();
        let everything = Pending::everything(&ws);
        if let Err((fault, _)) = storage::save_changes(&slot, &mut ws, everything) {
            // Do not leave half a workspace behind: remove what was written.
            let written: Vec<String> =
                storage::all_keys().into_iter().filter(|k| slot_of(k) == Some(slot.as_str())).collect();
            for key in written {
                let _ = storage::remove(&key);
            }
            return Err(SlotError::Storage(fault));
        }
        self.enter(&slot, ws);
        Ok(())
    }

    /// Makes `slot` (already stored) the one in use, with `ws` as its content.
    fn enter(&self, slot: &str, ws: Workspace) {
        self.slot.set_value(slot.to_string());
        // An "Undo" offered for the workspace being left must not act on the new one.
        self.notice.set(None);
        self.ws.set(ws);
        self.status.set(SaveStatus::Saved);
        // The backup reminder is per workspace.
        self.last_export.set(storage::read_last_export(slot));
        // Remembering the choice is a convenience; failing to write it loses nothing.
        let _ = storage::write_raw(CURRENT_KEY, slot);
        if let Some(s) = SLOTS.with(|s| s.get()) {
            s.current.set(slot.to_string());
        }
        refresh_list();
    }
}
