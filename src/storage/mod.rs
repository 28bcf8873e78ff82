//! The storage room: localStorage (through gloo-storage) and the faults browsers throw at it.
//!
//! The workspace is stored one record per CoP plus one small "meta" record (settings and the
//! order of CoPs), so that a keystroke in one CoP rewrites only that CoP's record.
//! Nothing here knows about Leptos; the UI's `state` module drives it.

pub mod fault;
pub mod keys;
pub mod load;
pub mod save;

pub use fault::StorageFault;
pub use load::{load_workspace, LoadProblem, Loaded};
pub use save::{save_changes, Pending};

use gloo_storage::{LocalStorage, Storage};

/// Returns the browser's localStorage if it can actually be used. Private modes and disabled
/// storage either throw on access or throw on the first write; both mean "work in memory".
/// (gloo's `LocalStorage::raw()` throws when storage is missing, so we ask web-sys first.)
pub fn available() -> bool {
    let Ok(storage) = handle() else { return false };
    let probe = keys::PROBE;
    // A full quota still lets us read what is saved: that is "not saved", not "unavailable".
    let ok = match storage.set_item(probe, "1") {
        Ok(()) => true,
        Err(e) => StorageFault::from_js(e) == StorageFault::Quota,
    };
    let _ = storage.remove_item(probe);
    ok
}

/// gloo's storage handle, once we know that touching it will not throw (it throws a
/// JavaScript exception, which would stop the app, when storage is blocked).
pub(crate) fn handle() -> Result<web_sys::Storage, StorageFault> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageFault::Unavailable),
    }
}

/// Reads one raw value (no parsing), so that unreadable data can be set aside as it is.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageFault> {
    handle()?.get_item(key).map_err(StorageFault::from_js)
}

pub fn write_raw(key: &str, value: &str) -> Result<(), StorageFault> {
    handle()?.set_item(key, value).map_err(StorageFault::from_js)
}

pub fn remove(key: &str) -> Result<(), StorageFault> {
    handle()?.remove_item(key).map_err(StorageFault::from_js)
}

/// Every key currently in localStorage (for finding records of this app).
pub fn all_keys() -> Vec<String> {
    let Ok(storage) = handle() else { return Vec::new() };
    // All names in one call. `key(i)` in a loop is a call per record, and Chromium's `key(i)`
    // walks the store from its start each time: with 1,000 CoPs that alone took ~150 ms at
    // start-up. (Object.keys leaves out a stored name equal to one of Storage's own methods,
    // such as "getItem"; every key of this app starts with "practica/".)
    js_sys::Object::keys(&storage).iter().filter_map(|k| k.as_string()).collect()
}

/// The user's chosen language, if any ("en" / "es").
pub fn read_lang() -> Option<String> {
    if !available() {
        return None;
    }
    read_raw(keys::LANG).ok().flatten().filter(|v| v == "en" || v == "es")
}

pub fn write_lang(lang: &str) {
    if available() {
        // Losing the language choice is harmless; the next visit follows the browser.
        let _ = write_raw(keys::LANG, lang);
    }
}

/// When this browser last exported `slot`, if ever.
pub fn read_last_export(slot: &str) -> Option<i64> {
    if !available() {
        return None;
    }
    read_raw(&keys::last_export(slot)).ok().flatten().and_then(|v| v.parse().ok())
}

pub fn write_last_export(slot: &str, ms: i64) {
    if available() {
        // Only the reminder depends on it; failing to store it loses nothing.
        let _ = write_raw(&keys::last_export(slot), &ms.to_string());
    }
}
