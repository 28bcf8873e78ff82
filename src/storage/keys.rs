//! Names of the localStorage keys. One place, so that the fallback page (`public/rescue.js`)
//! and the tests can find the data too. Keep in sync with `public/rescue.js`.

pub const PREFIX: &str = "practica/v1/";
pub const LANG: &str = "practica/v1/lang";
pub const PROBE: &str = "practica/v1/probe";
/// Where unreadable values are set aside: `practica/aside/<original key>@<time>`.
pub const ASIDE_PREFIX: &str = "practica/aside/";

/// The workspace slot in use (several workspaces can live side by side).
pub const DEFAULT_SLOT: &str = "main";

pub fn meta(slot: &str) -> String {
    format!("{PREFIX}{slot}/meta")
}

pub fn cop_prefix(slot: &str) -> String {
    format!("{PREFIX}{slot}/cop/")
}

pub fn cop(slot: &str, id: &str) -> String {
    format!("{}{id}", cop_prefix(slot))
}

/// When this browser last exported the slot (milliseconds), for the backup reminder. Kept
/// apart from the workspace: it is a fact about this device, not part of the shared data.
pub fn last_export(slot: &str) -> String {
    format!("{PREFIX}{slot}/last-export")
}

pub fn aside(original: &str, time_ms: i64) -> String {
    format!("{ASIDE_PREFIX}{original}@{time_ms}")
}

/// What a changed key (from another tab's storage event) refers to.
#[derive(Debug, PartialEq, Eq)]
pub enum KeyKind {
    Meta,
    Cop(String),
    Other,
}

pub fn classify(slot: &str, key: &str) -> KeyKind {
    if key == meta(slot) {
        KeyKind::Meta
    } else if let Some(id) = key.strip_prefix(&cop_prefix(slot)) {
        KeyKind::Cop(id.to_string())
    } else {
        KeyKind::Other
    }
}
