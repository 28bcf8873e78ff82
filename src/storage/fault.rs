//! Turning the browser's storage exceptions into something the UI can explain.

use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageFault {
    /// The origin's quota is used up.
    Quota,
    /// Storage cannot be used at all (private mode, disabled by policy).
    Unavailable,
    /// Anything else, with the browser's own name for it.
    Other(String),
}

/// Legacy DOMException codes for a full quota: 22 (Chromium, Safari, modern Firefox) and
/// 1014 (old Firefox, with the name NS_ERROR_DOM_QUOTA_REACHED).
const QUOTA_CODES: [u16; 2] = [22, 1014];
const QUOTA_NAMES: [&str; 2] = ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"];

impl StorageFault {
    pub fn from_js(err: JsValue) -> StorageFault {
        if let Some(ex) = err.dyn_ref::<web_sys::DomException>() {
            return classify(&ex.name(), ex.code());
        }
        // Some engines throw plain errors with a name property.
        let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        classify(&name, 0)
    }
}

pub fn classify(name: &str, code: u16) -> StorageFault {
    if QUOTA_NAMES.contains(&name) || QUOTA_CODES.contains(&code) {
        StorageFault::Quota
    } else if name == "SecurityError" {
        StorageFault::Unavailable
    } else if name.is_empty() {
        StorageFault::Other("unknown error".into())
    } else {
        StorageFault::Other(name.to_string())
    }
}
