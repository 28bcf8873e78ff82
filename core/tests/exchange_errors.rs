//! The import error catalogue: every located problem has a test asserting its path and its
//! text (in both languages for several). Each test breaks one thing in a good file.

use practica_core::exchange::{parse_import, ImportError, Issue, MAX_PROBLEMS};
use practica_core::text::Lang::{En, Es};
use serde_json::{json, Value};

fn good() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exchange/v2-envelope.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The good file with `value` put at each JSON pointer.
fn with(changes: &[(&str, Value)]) -> ImportError {
    let mut file = good();
    for (pointer, value) in changes {
        *file.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value.clone();
    }
    parse_import(file.to_string().as_bytes()).expect_err("should be refused")
}

/// The single problem of a file broken in one place, in English and Spanish.
fn one(pointer: &str, value: Value) -> (String, String) {
    let e = with(&[(pointer, value)]);
    assert_eq!(e.problems().len(), 1, "{e}");
    (e.problems()[0].message(En), e.problems()[0].message(Es))
}

const A0: &str = "/workspace/communities/0/assessments/0";
const C0: &str = "/workspace/communities/0";

#[test]
fn rating_not_one_of_1_3_5() {
    let (en, es) = one(&format!("{A0}/consensus/influence"), json!(4));
    assert_eq!(en, "communities[0].assessments[0].consensus.influence: 4 is not one of 1, 3, 5");
    assert_eq!(es, "communities[0].assessments[0].consensus.influence: 4 no es uno de 1, 3, 5");
    let (en, _) = one(&format!("{A0}/raters/1/ratings/ownership"), json!("3"));
    assert_eq!(
        en,
        "communities[0].assessments[0].raters[1].ratings.ownership: \"3\" is not one of 1, 3, 5"
    );
    let (en, _) = one(&format!("{A0}/consensus/feedback"), json!(3.0));
    assert_eq!(en, "communities[0].assessments[0].consensus.feedback: 3.0 is not one of 1, 3, 5");
}

#[test]
fn unknown_criterion_points_at_the_key() {
    let (en, es) = one(&format!("{A0}/consensus"), json!({"integration": 3, "integ": 3}));
    assert_eq!(
        en,
        "communities[0].assessments[0].consensus.integ: \"integ\" is not one of integration, \
         ownership, timely_delivery, feedback, influence"
    );
    assert!(es.ends_with(
        "«integ» no es uno de integration, ownership, timely_delivery, feedback, influence"
    ));
}

#[test]
fn wrong_types() {
    let cases = [
        (format!("{A0}/notes/influence"), json!(3),
         "communities[0].assessments[0].notes.influence: expected text in quotes, found the number 3",
         "communities[0].assessments[0].notes.influence: se esperaba un texto entre comillas; se encontró el número 3"),
        (format!("{C0}/composition/counts/end-2015/nurses"), json!(-11),
         "communities[0].composition.counts.end-2015.nurses: expected a whole number, 0 or more, found the number -11",
         "communities[0].composition.counts.end-2015.nurses: se esperaba un número entero, 0 o mayor; se encontró el número -11"),
        (format!("{C0}/composition/counts/end-2015/nurses"), json!(2.5),
         "communities[0].composition.counts.end-2015.nurses: expected a whole number, 0 or more, found the number 2.5",
         "communities[0].composition.counts.end-2015.nurses: se esperaba un número entero, 0 o mayor; se encontró el número 2.5"),
        (format!("{A0}/wizard_step"), json!("x"),
         "communities[0].assessments[0].wizard_step: expected a whole number, found the text \"x\"",
         "communities[0].assessments[0].wizard_step: se esperaba un número entero; se encontró el texto «x»"),
        (format!("{C0}/name"), json!(true),
         "communities[0].name: expected text in quotes, found the value true",
         "communities[0].name: se esperaba un texto entre comillas; se encontró el valor true"),
        (format!("{C0}/assessments"), json!({}),
         "communities[0].assessments: expected a list [ … ], found an object { … }",
         "communities[0].assessments: se esperaba una lista [ … ]; se encontró un objeto { … }"),
        ("/workspace/communities/1".to_string(), json!(null),
         "communities[1]: expected an object { … }, found null (an empty value)",
         "communities[1]: se esperaba un objeto { … }; se encontró null (un valor vacío)"),
        ("/workspace/bands/optimal".to_string(), json!([21, 25, 1]),
         "bands.optimal: expected fewer items, found a list of 3 items",
         "bands.optimal: se esperaba menos elementos; se encontró una lista de 3 elementos"),
        ("/workspace".to_string(), json!([]),
         "workspace: expected an object { … }, found a list [ … ]",
         "workspace: se esperaba un objeto { … }; se encontró una lista [ … ]"),
        ("/app_version".to_string(), json!(3),
         "app_version: expected text in quotes, found the number 3",
         "app_version: se esperaba un texto entre comillas; se encontró el número 3"),
    ];
    for (pointer, value, en, es) in cases {
        assert_eq!(one(&pointer, value), (en.to_string(), es.to_string()));
    }
}

#[test]
fn missing_fields_point_at_the_field() {
    let mut file = good();
    file.pointer_mut(&format!("{A0}/raters/1")).unwrap().as_object_mut().unwrap().remove("name");
    file.pointer_mut("/workspace/communities/1").unwrap().as_object_mut().unwrap().remove("id");
    let e = parse_import(file.to_string().as_bytes()).unwrap_err();
    let en: Vec<String> = e.problems().iter().map(|p| p.message(En)).collect();
    assert_eq!(
        en,
        [
            "communities[0].assessments[0].raters[1].name: this field is missing",
            "communities[1].id: this field is missing",
        ]
    );
    assert_eq!(e.problems()[1].message(Es), "communities[1].id: falta este campo");
    let mut file = good();
    file.as_object_mut().unwrap().remove("workspace");
    let e = parse_import(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.problems()[0].message(En), "workspace: this field is missing");
}

#[test]
fn kind_and_schema_version() {
    let (en, es) = one("/kind", json!("folder"));
    assert_eq!(en, "kind: \"folder\" is not one of workspace, community");
    assert_eq!(es, "kind: «folder» no es uno de workspace, community");
    let (en, es) = one("/schema_version", json!("2"));
    assert_eq!(en, "schema_version: must be a whole number, 1 or more");
    assert_eq!(es, "schema_version: debe ser un número entero, 1 o mayor");
    assert_eq!(
        one("/schema_version", json!(0)).0,
        "schema_version: must be a whole number, 1 or more"
    );
    let e = with(&[("/kind", json!("community"))]);
    assert_eq!(
        e.problems()[0].message(En),
        "communities: a CoP file holds exactly one CoP, this one holds 2"
    );
    assert_eq!(
        e.problems()[0].message(Es),
        "communities: un archivo de CdP contiene exactamente una CdP; este contiene 2"
    );
}

#[test]
fn bands_in_both_languages() {
    let (en, es) = one("/workspace/bands/sub_optimal", json!([5, 14]));
    assert!(
        en.starts_with(
            "bands: The \"sub-optimal\" and \"needs strengthening\" bands overlap: totals 13–14"
        ),
        "{en}"
    );
    assert!(
        es.starts_with("bands: Las bandas «subóptimo» y «requiere fortalecimiento» se superponen"),
        "{es}"
    );
}

#[test]
fn budgets() {
    let (en, es) = one("/workspace/budgets/words_per_page", json!(50));
    assert_eq!(
        en,
        "budgets.words_per_page: Words per page must be between 100 and 1500. 500 suits a \
         typical A4 or Letter page."
    );
    assert!(es.starts_with(
        "budgets.words_per_page: Las palabras por página deben estar entre 100 y 1500."
    ));
}

#[test]
fn empty_and_too_long_texts() {
    let cases = [
        (format!("{C0}/name"), json!("  "), "communities[0].name: must not be empty"),
        (format!("{C0}/country"), json!(""), "communities[0].country: must not be empty"),
        (format!("{C0}/name"), json!("x".repeat(81)),
         "communities[0].name: too long: 81 characters, at most 80 allowed"),
        (format!("{C0}/region"), json!("ñ".repeat(81)),
         "communities[0].region: too long: 81 characters, at most 80 allowed"),
        (format!("{C0}/notes"), json!("x".repeat(4001)),
         "communities[0].notes: too long: 4001 characters, at most 4000 allowed"),
        (format!("{A0}/period"), json!("x".repeat(41)),
         "communities[0].assessments[0].period: too long: 41 characters, at most 40 allowed"),
        (format!("{A0}/notes/integration"), json!("x".repeat(2001)),
         "communities[0].assessments[0].notes.integration: too long: 2001 characters, at most 2000 allowed"),
        (format!("{A0}/raters/0/name"), json!(""),
         "communities[0].assessments[0].raters[0].name: must not be empty"),
        (format!("{A0}/raters/0/name"), json!("x".repeat(81)),
         "communities[0].assessments[0].raters[0].name: too long: 81 characters, at most 80 allowed"),
        (format!("{C0}/composition/champion"), json!("x".repeat(81)),
         "communities[0].composition.champion: too long: 81 characters, at most 80 allowed"),
        ("/workspace/professions/3/name".into(), json!("x".repeat(41)),
         "professions[3].name: too long: 41 characters, at most 40 allowed"),
        ("/workspace/snapshots/0/label".into(), json!("x".repeat(61)),
         "snapshots[0].label: too long: 61 characters, at most 60 allowed"),
        (format!("{C0}/summary/main_messages/0/id"), json!(""),
         "communities[0].summary.main_messages[0].id: the id is empty"),
    ];
    for (pointer, value, en) in cases {
        assert_eq!(one(&pointer, value).0, en);
    }
    let (_, es) = one(&format!("{C0}/name"), json!("x".repeat(81)));
    assert_eq!(
        es,
        "communities[0].name: demasiado largo: 81 caracteres, se admiten como máximo 80"
    );
    assert_eq!(
        one(&format!("{C0}/name"), json!("")).1,
        "communities[0].name: no puede estar vacío"
    );
}

#[test]
fn ids_too_long_or_empty_are_shortened_in_messages() {
    let long = "a".repeat(500);
    let e = with(&[("/workspace/communities/1/id", json!(long))]);
    let en = e.problems()[0].message(En);
    assert!(
        en.starts_with("communities[1].id: too long: 500 characters, at most 200 allowed"),
        "{en}"
    );
    let e = with(&[
        ("/workspace/communities/0/id", json!(long)),
        ("/workspace/communities/1/id", json!(long)),
    ]);
    let dup = e.problems().iter().find(|p| matches!(p.issue, Issue::DuplicateId { .. })).unwrap();
    assert!(dup.message(En).chars().count() < 150, "{}", dup.message(En));
    assert_eq!(
        one("/workspace/communities/0/id", json!("")).1,
        "communities[0].id: el identificador está vacío"
    );
}

#[test]
fn too_many_professions_and_snapshots() {
    let profs: Vec<Value> =
        (0..13).map(|i| json!({"id": format!("p{i}"), "name": format!("P{i}")})).collect();
    let mut file = good();
    file["workspace"]["professions"] = Value::Array(profs);
    file["workspace"]["communities"] = json!([]);
    let e = parse_import(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.problems()[0].message(En), "professions: 13 items, at most 12 allowed");
    assert_eq!(e.problems()[0].message(Es), "professions: 13 elementos, se admiten como máximo 12");
    let snaps: Vec<Value> =
        (0..41).map(|i| json!({"id": format!("s{i}"), "label": format!("S{i}")})).collect();
    let mut file = good();
    file["workspace"]["snapshots"] = Value::Array(snaps);
    file["workspace"]["communities"] = json!([]);
    let e = parse_import(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.problems()[0].message(En), "snapshots: 41 items, at most 40 allowed");
}

#[test]
fn duplicate_ids_in_every_list() {
    let mut file = good();
    let ws = &mut file["workspace"];
    ws["professions"].as_array_mut().unwrap().push(json!({"id": "nurses", "name": "Enfermeras B"}));
    ws["snapshots"].as_array_mut().unwrap().push(json!({"id": "end-2015", "label": "Otra"}));
    let s = &mut ws["communities"][1]["summary"];
    s["main_messages"] = json!([{"id": "m1", "text": "a"}, {"id": "m1", "text": "b"}]);
    s["recommendations"].as_array_mut().unwrap().push(json!({"id": "rec1", "text": "c"}));
    s["report"] = json!([{"id": "x", "kind": "context"}, {"id": "x", "kind": "results"}]);
    s["executive"] = json!([{"id": "y"}, {"id": "y"}]);
    let e = parse_import(file.to_string().as_bytes()).unwrap_err();
    let paths: Vec<&str> = e.problems().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "communities[1].summary.main_messages[1].id",
            "communities[1].summary.executive[1].id",
            "communities[1].summary.report[1].id",
            "communities[1].summary.recommendations[2].id",
            "professions[4].id",
            "snapshots[2].id",
        ]
    );
    assert_eq!(
        e.problems()[4].message(En),
        "professions[4].id: the id \"nurses\" is used twice (first at professions[1].id)"
    );
    assert_eq!(
        e.problems()[4].message(Es),
        "professions[4].id: el identificador «nurses» se usa dos veces (la primera en \
         professions[1].id)"
    );
}

#[test]
fn counts_and_dates() {
    let (en, es) = one(&format!("{C0}/composition/counts/end-2015/nurses"), json!(100_001));
    assert_eq!(
        en,
        "communities[0].composition.counts.end-2015.nurses: 100001 is larger than the largest \
         count allowed, 100000"
    );
    assert_eq!(
        es,
        "communities[0].composition.counts.end-2015.nurses: 100001 es mayor que el conteo \
         máximo permitido, 100000"
    );
    let (en, _) = one(&format!("{C0}/composition/roles/baseline-2013/strategic"), json!(100_001));
    assert!(en
        .starts_with("communities[0].composition.roles.baseline-2013.strategic: 100001 is larger"));
    let e = with(&[(&format!("{C0}/composition/roles"), json!({"mid": {"strategic": 1}}))]);
    assert_eq!(
        e.problems()[0].message(En),
        "communities[0].composition.roles.mid: \"mid\" is not one of the workspace's snapshots"
    );
    let (en, es) = one(&format!("{A0}/date"), json!("2015-02-30"));
    assert_eq!(
        en,
        "communities[0].assessments[0].date: \"2015-02-30\" is not a valid date; write it as \
         year-month-day, e.g. 2015-05-31"
    );
    assert!(es.contains("«2015-02-30» no es una fecha válida"));
    assert_eq!(
        one("/workspace/snapshots/1/date", json!("2015-13")).0.split(':').next(),
        Some("snapshots[1].date")
    );
}

#[test]
fn several_problems_are_collected_and_capped() {
    // Two CoPs broken in their types: both reported, not just the first.
    let e = with(&[
        (&format!("{A0}/consensus/influence"), json!(2)),
        ("/workspace/communities/1/created", json!("yesterday")),
    ]);
    let paths: Vec<&str> = e.problems().iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["communities[0].assessments[0].consensus.influence", "communities[1].created"]
    );
    // Many CoPs with no name: the list stops at MAX_PROBLEMS and counts the rest.
    let mut file = good();
    let cop = file["workspace"]["communities"][0].clone();
    let cops: Vec<Value> = (0..30)
        .map(|i| {
            let mut c = cop.clone();
            c["id"] = json!(format!("c{i}"));
            c["name"] = json!("");
            c
        })
        .collect();
    file["workspace"]["communities"] = Value::Array(cops);
    let e = parse_import(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.problems().len(), MAX_PROBLEMS);
    assert!(matches!(e, ImportError::Invalid { more: 10, .. }));
    let en = e.message(En);
    assert!(en.starts_with("The file cannot be imported: 30 problems were found.\n- communities[0].name: must not be empty\n"));
    assert!(en.ends_with("\n… and 10 more."), "{en}");
    assert!(e
        .message(Es)
        .starts_with("No se puede importar el archivo: se encontraron 30 problemas."));
    assert!(e.message(Es).ends_with("\n… y 10 más."));
}

#[test]
fn other_serde_messages_are_kept_verbatim() {
    let issue = Issue::Other("something new".into());
    assert_eq!(issue.message(En), "something new");
    assert_eq!(issue.message(Es), "dato no válido (something new)");
}
