//! Browser tests of the storage room against real localStorage in headless Chromium.
#![cfg(target_arch = "wasm32")]

use practica::storage::{self, keys, load_workspace, save_changes, Pending};
use practica_core::{CommunityFields, Workspace};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    for k in storage::all_keys() {
        let _ = storage::remove(&k);
    }
}

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    ws.name = "Programa 2013–2015".into();
    for (id, name, country) in
        [("a", "Hidalgo", "México"), ("b", "Chontales", "Nicaragua"), ("c", "Morelos", "México")]
    {
        let f = CommunityFields { name: name.into(), country: country.into(), ..Default::default() };
        ws.add_community(id.into(), &f, 1).unwrap();
    }
    ws.communities[1].notes = "«ñ» <b>not html</b>".into();
    ws
}

#[wasm_bindgen_test]
fn save_then_load_returns_the_same_workspace() {
    clear();
    let mut ws = sample();
    let all = Pending::everything(&ws);
    save_changes("t1", &mut ws, all).unwrap();
    let loaded = load_workspace("t1", 5).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.workspace, ws);
}

#[wasm_bindgen_test]
fn a_change_to_one_cop_writes_only_that_record() {
    clear();
    let mut ws = sample();
    let all = Pending::everything(&ws);
    save_changes("t2", &mut ws, all).unwrap();
    // Mark the other records so we can see they are not rewritten.
    storage::write_raw(&keys::meta("t2"), &storage::read_raw(&keys::meta("t2")).unwrap().unwrap()).unwrap();
    let before_a = storage::read_raw(&keys::cop("t2", "a")).unwrap().unwrap();
    storage::write_raw(&keys::cop("t2", "c"), "SENTINEL").unwrap();
    ws.community_mut("b").unwrap().notes = "changed".into();
    save_changes("t2", &mut ws, Pending { cops: ["b".to_string()].into(), ..Default::default() }).unwrap();
    assert_eq!(storage::read_raw(&keys::cop("t2", "c")).unwrap().unwrap(), "SENTINEL");
    assert_eq!(storage::read_raw(&keys::cop("t2", "a")).unwrap().unwrap(), before_a);
    assert!(storage::read_raw(&keys::cop("t2", "b")).unwrap().unwrap().contains("changed"));
}

#[wasm_bindgen_test]
fn deleted_cop_record_is_removed_and_order_kept() {
    clear();
    let mut ws = sample();
    let all = Pending::everything(&ws);
    save_changes("t3", &mut ws, all).unwrap();
    ws.delete_community("b").unwrap();
    save_changes("t3", &mut ws, Pending { meta: true, deleted: ["b".to_string()].into(), ..Default::default() }).unwrap();
    assert_eq!(storage::read_raw(&keys::cop("t3", "b")).unwrap(), None);
    let loaded = load_workspace("t3", 5).unwrap();
    let ids: Vec<_> = loaded.workspace.communities.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
}

#[wasm_bindgen_test]
fn a_corrupt_record_is_set_aside_not_deleted_and_the_rest_loads() {
    clear();
    let mut ws = sample();
    let all = Pending::everything(&ws);
    save_changes("t4", &mut ws, all).unwrap();
    storage::write_raw(&keys::cop("t4", "b"), "{not json").unwrap();
    let loaded = load_workspace("t4", 777).unwrap();
    assert_eq!(loaded.workspace.communities.len(), 2);
    assert_eq!(loaded.problems.len(), 1);
    let p = &loaded.problems[0];
    assert_eq!(p.raw, "{not json");
    let aside = p.aside_key.clone().expect("set aside under another key");
    assert_eq!(aside, keys::aside(&keys::cop("t4", "b"), 777));
    assert_eq!(storage::read_raw(&aside).unwrap().as_deref(), Some("{not json"));
}

#[wasm_bindgen_test]
fn a_corrupt_meta_still_recovers_every_cop() {
    clear();
    let mut ws = sample();
    let all = Pending::everything(&ws);
    save_changes("t5", &mut ws, all).unwrap();
    storage::write_raw(&keys::meta("t5"), "garbage").unwrap();
    let loaded = load_workspace("t5", 1).unwrap();
    assert_eq!(loaded.workspace.communities.len(), 3);
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].key, keys::meta("t5"));
}

#[wasm_bindgen_test]
fn language_choice_is_stored() {
    clear();
    assert_eq!(storage::read_lang(), None);
    storage::write_lang("es");
    assert_eq!(storage::read_lang().as_deref(), Some("es"));
    storage::write_raw(keys::LANG, "fr").unwrap();
    assert_eq!(storage::read_lang(), None, "unknown values are ignored");
}

#[wasm_bindgen_test]
fn all_keys_lists_every_stored_name_once() {
    clear();
    let names = ["other-app/setting", "practica/v1/main/cop/a", "practica/v1/main/meta", "practica/v1/x/cop/b"];
    for k in names {
        storage::write_raw(k, "1").unwrap();
    }
    let mut found = storage::all_keys();
    found.sort();
    assert_eq!(found, names.to_vec());
    clear();
    assert!(storage::all_keys().is_empty());
}
