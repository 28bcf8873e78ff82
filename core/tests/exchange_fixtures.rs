//! One fixture per schema version and per kind of bad file (`tests/fixtures/exchange/`): each is
//! read as a person would pick it in the import screen.

use practica_core::exchange::{
    export_workspace, parse_import, ImportError, Issue, Kind, MAX_IMPORT_BYTES,
};
use practica_core::text::Lang;
use practica_core::SCHEMA_VERSION;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/exchange/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn error(name: &str) -> ImportError {
    parse_import(&fixture(name)).expect_err(name)
}

#[test]
fn v1_bare_workspace_is_migrated() {
    let inc = parse_import(&fixture("v1-bare-workspace.json")).unwrap();
    assert_eq!(inc.kind, Kind::Workspace);
    assert_eq!(inc.schema_version_found, 1);
    assert_eq!(inc.migrated_from, Some(1));
    assert_eq!(inc.app_version, "");
    assert_eq!(inc.workspace.schema_version, SCHEMA_VERSION);
    assert_eq!(inc.workspace.name, "Programa 2013–2015");
    assert_eq!(inc.workspace.communities.len(), 2);
    let a = &inc.workspace.communities[0].assessments;
    // v1's review step (5) and first criterion (0) are 6 and 1 since the wizard gained a
    // details step.
    assert_eq!((a[0].wizard_step, a[1].wizard_step), (6, 1));
}

#[test]
fn v2_envelope_is_read_as_is() {
    let inc = parse_import(&fixture("v2-envelope.json")).unwrap();
    assert_eq!(inc.kind, Kind::Workspace);
    assert_eq!((inc.schema_version_found, inc.migrated_from), (2, None));
    assert_eq!(inc.app_version, "0.2.0");
    assert_eq!(inc.exported_at, "2025-06-01T10:00:00Z");
    let cop = &inc.workspace.communities[0];
    assert_eq!(cop.name, "Hidalgo");
    assert_eq!(cop.assessments[0].total(), Some(15));
    assert_eq!(cop.composition.count("baseline-2013", "prof-promotores-de-salud"), 2);
    assert_eq!(cop.summary.recommendations_for("f1").len(), 2);
}

#[test]
fn every_version_migrates_to_the_same_workspace() {
    let v1 = parse_import(&fixture("v1-bare-workspace.json")).unwrap();
    let v2 = parse_import(&fixture("v2-envelope.json")).unwrap();
    assert_eq!(v1.workspace, v2.workspace);
}

/// "Download my data" in `public/boot.js` (for when the app cannot start) writes the stored
/// workspace in an envelope with the stored schema version, plus the raw records; it imports.
#[test]
fn rescue_file_from_boot_js() {
    let inc = parse_import(&fixture("rescue-file.json")).unwrap();
    assert_eq!((inc.schema_version_found, inc.migrated_from), (1, Some(1)));
    assert_eq!(inc.app_version, "rescue");
    let v1 = parse_import(&fixture("v1-bare-workspace.json")).unwrap();
    assert_eq!(inc.workspace, v1.workspace);
}

#[test]
fn community_file() {
    let inc = parse_import(&fixture("v2-community.json")).unwrap();
    assert_eq!(inc.kind, Kind::Community);
    assert_eq!(inc.workspace.communities.len(), 1);
    assert_eq!(inc.workspace.snapshots.len(), 2);
}

/// Re-exporting a fixture keeps every value it had, in the same key order (fields added to the
/// model later may appear in between, so this compares values, and order separately).
#[test]
fn re_export_keeps_the_file() {
    let text = String::from_utf8(fixture("v2-envelope.json")).unwrap();
    let inc = parse_import(text.as_bytes()).unwrap();
    let out = export_workspace(&inc.workspace, "0.2.0", "2025-06-01T10:00:00Z");
    let (a, b): (serde_json::Value, serde_json::Value) =
        (serde_json::from_str(&text).unwrap(), serde_json::from_str(&out).unwrap());
    assert_subset(&a, &b, "");
    let first_lines: Vec<&str> = out.lines().take(7).collect();
    assert_eq!(first_lines, text.lines().take(7).collect::<Vec<_>>());
    assert_eq!(out, export_workspace(&inc.workspace, "0.2.0", "2025-06-01T10:00:00Z"));
}

fn assert_subset(small: &serde_json::Value, big: &serde_json::Value, at: &str) {
    use serde_json::Value::*;
    match (small, big) {
        (Object(a), Object(b)) => {
            for (k, v) in a {
                let inner = b.get(k).unwrap_or_else(|| panic!("{at}.{k} missing"));
                assert_subset(v, inner, &format!("{at}.{k}"));
            }
        }
        (Array(a), Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                assert_subset(x, y, &format!("{at}[{i}]"));
            }
        }
        _ => assert_eq!(small, big, "{at}"),
    }
}

#[test]
fn empty_file() {
    assert_eq!(error("empty.json"), ImportError::Empty);
    assert_eq!(parse_import(b"  \n\t ").unwrap_err(), ImportError::Empty);
    assert_eq!(parse_import(b"\xEF\xBB\xBF").unwrap_err(), ImportError::Empty);
    assert!(ImportError::Empty.message(Lang::En).starts_with("The file is empty."));
    assert!(ImportError::Empty.message(Lang::Es).starts_with("El archivo está vacío."));
}

#[test]
fn not_json_says_where() {
    let e = error("not-json.txt");
    assert_eq!(e, ImportError::NotJson { line: 1, column: 1, cut_short: false });
    assert_eq!(
        e.message(Lang::En),
        "This is not a Práctica file: it is not valid JSON (problem at line 1, column 1)."
    );
    assert_eq!(
        e.message(Lang::Es),
        "Este no es un archivo de Práctica: no es JSON válido (problema en la línea 1, columna 1)."
    );
}

#[test]
fn truncated_file_is_called_cut_short() {
    let e = error("truncated.json");
    assert!(matches!(e, ImportError::NotJson { cut_short: true, .. }), "{e:?}");
    assert!(e.message(Lang::En).contains("cut short"));
    assert!(e.message(Lang::Es).contains("incompleto"));
}

#[test]
fn other_programs() {
    let e = error("other-program.json");
    assert_eq!(e, ImportError::NotPractica { format: None });
    assert!(e.message(Lang::En).contains("not a file exported from Práctica"));
    let e = error("other-format.json");
    assert_eq!(e, ImportError::NotPractica { format: Some("kobo-form".into()) });
    assert!(e.message(Lang::En).contains("another program (its format is \"kobo-form\""));
    assert!(e.message(Lang::Es).contains("otro programa (su formato es «kobo-form»"));
}

#[test]
fn newer_version() {
    let e = error("newer-version.json");
    assert_eq!(e, ImportError::Newer { found: 7, supported: SCHEMA_VERSION });
    assert!(
        e.message(Lang::En).contains(&format!(
            "made with a newer Práctica: schema 7, this app reads up to {SCHEMA_VERSION}. Update \
             the app"
        )),
        "{e}"
    );
    assert!(e.message(Lang::Es).contains("esquema 7"));
}

#[test]
fn bad_rating_has_its_path() {
    let e = error("bad-rating.json");
    let lines: Vec<String> = e.problems().iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(
        lines,
        ["communities[3].assessments[0].consensus.integration: 4 is not one of 1, 3, 5"]
    );
    assert_eq!(
        e.problems()[0].message(Lang::Es),
        "communities[3].assessments[0].consensus.integration: 4 no es uno de 1, 3, 5"
    );
    assert_eq!(
        e.message(Lang::En),
        "The file cannot be imported: 1 problem was found.\n- communities[3].assessments[0].\
         consensus.integration: 4 is not one of 1, 3, 5"
    );
}

#[test]
fn duplicate_ids_are_all_listed() {
    let e = error("duplicate-ids.json");
    let lines: Vec<String> = e.problems().iter().map(|p| p.message(Lang::En)).collect();
    let id = "cop-18f0a1b2c3d-0a1b2c3d";
    assert_eq!(
        lines,
        [
            format!(
                "communities[1].id: the id \"{id}\" is used twice (first at communities[0].id)"
            ),
            "communities[0].assessments[1].id: the id \"asm-1\" is used twice (first at \
             communities[0].assessments[0].id)"
                .to_string(),
            "communities[0].assessments[0].raters[1].id: the id \"r1\" is used twice (first at \
             communities[0].assessments[0].raters[0].id)"
                .to_string(),
            "communities[0].summary.findings[1].id: the id \"f1\" is used twice (first at \
             communities[0].summary.findings[0].id)"
                .to_string(),
        ]
    );
    assert!(e.problems()[0].message(Lang::Es).contains("se usa dos veces"));
}

#[test]
fn broken_links() {
    let e = error("broken-links.json");
    let lines: Vec<String> = e.problems().iter().map(|p| p.message(Lang::En)).collect();
    assert_eq!(
        lines,
        [
            "communities[0].composition.counts.end-2015.prof-managers: \"prof-managers\" is not \
             one of the workspace's professions",
            "communities[0].composition.counts.midline-2014: \"midline-2014\" is not one of the \
             workspace's snapshots",
            "communities[0].summary.findings[0].recommendation_ids[2]: \"rec9\" is not one of \
             this summary's recommendations",
        ]
    );
    let es: Vec<String> = e.problems().iter().map(|p| p.message(Lang::Es)).collect();
    assert!(es[0].ends_with("«prof-managers» no es una de las profesiones del espacio de trabajo"));
    assert!(es[1].ends_with("«midline-2014» no es uno de los conteos del espacio de trabajo"));
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    let e = parse_import(&big).unwrap_err();
    assert_eq!(e, ImportError::TooLarge { size: MAX_IMPORT_BYTES + 1, max: MAX_IMPORT_BYTES });
    assert_eq!(
        e.message(Lang::En),
        "The file is too large (5 MB). Práctica imports files of up to 5 MB; check that you \
         chose a file exported from Práctica."
    );
    let e = ImportError::TooLarge { size: 12 * 1024 * 1024 + 300_000, max: MAX_IMPORT_BYTES };
    assert!(e.message(Lang::Es).starts_with("El archivo es demasiado grande (12.3 MB)"));
    // Exactly at the limit is read (and here refused only for not being JSON).
    let mut at_limit = vec![b' '; MAX_IMPORT_BYTES];
    at_limit[0] = b'x';
    assert!(matches!(parse_import(&at_limit), Err(ImportError::NotJson { .. })));
}

#[test]
fn fixtures_issue_kinds() {
    let e = error("bad-rating.json");
    assert!(matches!(e.problems()[0].issue, Issue::NotARating { .. }));
}
