//! Browser tests of storage faults: a full quota and storage that cannot be used at all.
#![cfg(target_arch = "wasm32")]

use practica::storage::{self, fault, save_changes, Pending, StorageFault};
use practica_core::{CommunityFields, Workspace};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn run_js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(body).call0(&JsValue::NULL).unwrap()
}

fn workspace_with_notes(size: usize) -> Workspace {
    let mut ws = Workspace::default();
    let f = CommunityFields { name: "Hidalgo".into(), country: "México".into(), ..Default::default() };
    ws.add_community("big".into(), &f, 1).unwrap();
    ws.communities[0].notes = "x".repeat(size);
    ws
}

#[wasm_bindgen_test]
fn legacy_quota_codes_and_names_are_recognised() {
    assert_eq!(fault::classify("QuotaExceededError", 22), StorageFault::Quota);
    assert_eq!(fault::classify("NS_ERROR_DOM_QUOTA_REACHED", 1014), StorageFault::Quota);
    assert_eq!(fault::classify("", 22), StorageFault::Quota);
    assert_eq!(fault::classify("SecurityError", 18), StorageFault::Unavailable);
    assert_eq!(fault::classify("InvalidStateError", 11), StorageFault::Other("InvalidStateError".into()));
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_quota_and_keeps_what_was_not_written() {
    for k in storage::all_keys() {
        let _ = storage::remove(&k);
    }
    // Fill localStorage until the browser refuses, halving the chunk down to 1 KB.
    let mut chunk = 1 << 20;
    let mut i = 0;
    while chunk >= 1024 {
        let value = "f".repeat(chunk);
        if storage::write_raw(&format!("fill/{i}"), &value).is_err() {
            chunk /= 2;
        }
        i += 1;
    }
    let mut ws = workspace_with_notes(64 * 1024);
    let all = Pending::everything(&ws);
    let result = save_changes("quota", &mut ws, all.clone());
    for k in storage::all_keys() {
        let _ = storage::remove(&k);
    }
    match result {
        Err((StorageFault::Quota, left)) => assert_eq!(left, all, "nothing was written, all is kept"),
        other => panic!("expected a quota fault, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn storage_that_throws_on_access_means_work_in_memory() {
    assert!(storage::available());
    // Private modes and disabled storage throw a SecurityError when localStorage is touched.
    run_js(
        "window.__lsDesc = Object.getOwnPropertyDescriptor(window, 'localStorage') || null;
         Object.defineProperty(window, 'localStorage', { configurable: true,
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    );
    let unavailable = !storage::available();
    let lang = storage::read_lang();
    run_js(
        "if (window.__lsDesc) { Object.defineProperty(window, 'localStorage', window.__lsDesc); }
         else { delete window.localStorage; }",
    );
    assert!(unavailable, "available() must say no instead of throwing");
    assert_eq!(lang, None);
    assert!(storage::available(), "restored for the other tests");
}
