//! Merging an imported workspace: the preview, every choice, and what storage must rewrite.

use std::collections::BTreeMap;

use practica_core::composition::{Profession, SnapshotDef, PROFESSIONS_MAX};
use practica_core::exchange::{
    apply_merge, changed_ids, plan_merge, Choice, CopSummary, MergeError, Renamed,
};
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

fn ws(cops: &[(&str, &str, &str)]) -> Workspace {
    let mut ws = Workspace::default();
    for (i, (id, name, country)) in cops.iter().enumerate() {
        let f = CommunityFields {
            name: (*name).into(),
            country: (*country).into(),
            ..Default::default()
        };
        ws.add_community((*id).into(), &f, 100 + i as i64).unwrap();
    }
    ws
}

fn ids(ws: &Workspace) -> Vec<&str> {
    ws.communities.iter().map(|c| c.id.as_str()).collect()
}

fn names(ws: &Workspace) -> Vec<&str> {
    ws.communities.iter().map(|c| c.name.as_str()).collect()
}

/// Mine: Hidalgo (a), Chontales (b). Theirs: a edited, b identical, Morelos (c) new.
fn pair() -> (Workspace, Workspace) {
    let mine = ws(&[("a", "Hidalgo", "México"), ("b", "Chontales", "Nicaragua")]);
    let mut theirs = mine.clone();
    theirs.communities[0].notes = "Reunión de junio".into();
    theirs.communities[0].updated = 999;
    let f =
        CommunityFields { name: "Morelos".into(), country: "México".into(), ..Default::default() };
    theirs.add_community("c".into(), &f, 500).unwrap();
    (mine, theirs)
}

fn no_ids() -> impl FnMut() -> String {
    || panic!("no id should be needed")
}

#[test]
fn preview_sorts_cops_into_added_unchanged_and_conflicts() {
    let (mine, theirs) = pair();
    let plan = plan_merge(&mine, &theirs);
    let summary = |id: &str, name: &str, country: &str, updated| CopSummary {
        id: id.into(),
        name: name.into(),
        country: country.into(),
        updated,
    };
    assert_eq!(plan.added, [summary("c", "Morelos", "México", 500)]);
    assert_eq!(plan.unchanged, [summary("b", "Chontales", "Nicaragua", 101)]);
    assert_eq!(plan.conflicts.len(), 1);
    let c = &plan.conflicts[0];
    assert_eq!((c.id.as_str(), c.mine.updated, c.theirs.updated), ("a", 100, 999));
    assert!(plan.new_professions.is_empty() && plan.new_snapshots.is_empty());
}

#[test]
fn a_missing_choice_is_an_error_never_a_default() {
    let (mine, theirs) = pair();
    let err = apply_merge(&mine, &theirs, &BTreeMap::new(), &mut no_ids()).unwrap_err();
    assert_eq!(err, MergeError::MissingChoices(vec!["a".into()]));
    assert_eq!(
        err.message(Lang::En),
        "Choose what to do with every CoP that differs (1 still without a choice)."
    );
    assert_eq!(
        err.message(Lang::Es),
        "Elija qué hacer con cada CdP que difiere (faltan 1 por decidir)."
    );
}

#[test]
fn keep_mine() {
    let (mine, theirs) = pair();
    let choices = BTreeMap::from([("a".to_string(), Choice::KeepMine)]);
    let out = apply_merge(&mine, &theirs, &choices, &mut no_ids()).unwrap();
    assert_eq!(ids(&out.workspace), ["a", "b", "c"]);
    assert_eq!(out.workspace.communities[0], mine.communities[0]);
    assert_eq!(out.report.kept, ["a"]);
    assert_eq!(out.report.added, ["c"]);
    assert_eq!(out.report.unchanged, ["b"]);
    assert!(out.report.replaced.is_empty() && out.report.duplicated.is_empty());
}

#[test]
fn take_theirs_replaces_in_place() {
    let (mine, theirs) = pair();
    let before = mine.clone();
    let choices = BTreeMap::from([("a".to_string(), Choice::TakeTheirs)]);
    let out = apply_merge(&mine, &theirs, &choices, &mut no_ids()).unwrap();
    assert_eq!(ids(&out.workspace), ["a", "b", "c"]);
    assert_eq!(out.workspace.communities[0], theirs.communities[0]);
    assert_eq!(out.report.replaced, ["a"]);
    assert_eq!(mine, before, "the current workspace is never touched");
}

#[test]
fn keep_both_copies_with_a_new_id_and_a_numbered_name() {
    let (mine, theirs) = pair();
    let choices = BTreeMap::from([("a".to_string(), Choice::KeepBoth)]);
    // The id source first offers ids already in use; they are skipped.
    let mut offers = vec!["new-1", "c", "a"];
    let mut new_id = move || offers.pop().unwrap_or("never").to_string();
    let out = apply_merge(&mine, &theirs, &choices, &mut new_id).unwrap();
    assert_eq!(ids(&out.workspace), ["a", "b", "new-1", "c"]);
    assert_eq!(names(&out.workspace), ["Hidalgo", "Chontales", "Hidalgo (2)", "Morelos"]);
    assert_eq!(out.workspace.communities[2].notes, "Reunión de junio");
    assert_eq!(out.report.duplicated, ["new-1"]);
    assert_eq!(
        out.report.renamed,
        [Renamed { id: "new-1".into(), from: "Hidalgo".into(), to: "Hidalgo (2)".into() }]
    );
    let mut taken = || "a".to_string();
    assert_eq!(apply_merge(&mine, &theirs, &choices, &mut taken), Err(MergeError::NoFreeId));
}

#[test]
fn added_cops_with_a_taken_name_are_numbered() {
    let mine = ws(&[("a", "Hidalgo", "México"), ("a2", "Hidalgo (2)", "México")]);
    // Two teams' files may each hold a "Hidalgo" (the form only checks one workspace).
    let mut theirs = ws(&[("x", "HIDALGO", "México"), ("y", "Other", "México")]);
    theirs.communities[1].name = "Hidalgo".into();
    let out = apply_merge(&mine, &theirs, &BTreeMap::new(), &mut no_ids()).unwrap();
    assert_eq!(names(&out.workspace), ["Hidalgo", "Hidalgo (2)", "HIDALGO (3)", "Hidalgo (4)"]);
    assert_eq!(out.report.renamed.len(), 2);
}

#[test]
fn professions_and_snapshots_are_unioned_by_id() {
    let mut mine = ws(&[]);
    mine.professions[2].name = "Promotores".into();
    mine.snapshots = vec![
        SnapshotDef { id: "s2013".into(), label: "Base".into(), date: "2013".into() },
        SnapshotDef { id: "s2015".into(), label: "Final".into(), date: "2015".into() },
    ];
    let mut theirs = ws(&[]);
    theirs.professions.push(Profession { id: "prof-managers".into(), name: "Managers".into() });
    theirs.snapshots = vec![
        SnapshotDef { id: "s2013".into(), label: "Baseline".into(), date: "2013".into() },
        SnapshotDef { id: "s2014".into(), label: "Midline".into(), date: "2014-06".into() },
        SnapshotDef { id: "undated".into(), label: "Other".into(), date: String::new() },
    ];
    let plan = plan_merge(&mine, &theirs);
    assert_eq!(plan.new_professions.len(), 1);
    assert_eq!(plan.new_snapshots.len(), 2);
    let out = apply_merge(&mine, &theirs, &BTreeMap::new(), &mut no_ids()).unwrap().workspace;
    let profs: Vec<(&str, &str)> =
        out.professions.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
    assert_eq!(
        profs,
        [
            ("physicians", ""),
            ("nurses", ""),
            ("other", "Promotores"),
            ("prof-managers", "Managers")
        ]
    );
    let snaps: Vec<(&str, &str)> =
        out.snapshots.iter().map(|s| (s.id.as_str(), s.label.as_str())).collect();
    assert_eq!(
        snaps,
        [("s2013", "Base"), ("s2014", "Midline"), ("s2015", "Final"), ("undated", "Other")]
    );
}

#[test]
fn unions_beyond_the_limits_are_refused() {
    let mine = ws(&[]);
    let mut theirs = ws(&[]);
    for i in 0..PROFESSIONS_MAX {
        theirs.professions.push(Profession { id: format!("p{i}"), name: format!("P{i}") });
    }
    let err = apply_merge(&mine, &theirs, &BTreeMap::new(), &mut no_ids()).unwrap_err();
    assert_eq!(
        err,
        MergeError::TooManyProfessions { count: PROFESSIONS_MAX + 3, max: PROFESSIONS_MAX }
    );
    assert!(err.message(Lang::Es).contains("15 profesiones"));
}

#[test]
fn duplicate_incoming_ids_are_refused() {
    let mine = ws(&[]);
    let mut theirs = ws(&[("a", "A", "X")]);
    theirs.communities.push(theirs.communities[0].clone());
    let err = apply_merge(&mine, &theirs, &BTreeMap::new(), &mut no_ids()).unwrap_err();
    assert_eq!(err, MergeError::DuplicateIncoming("a".into()));
}

#[test]
fn changed_ids_lists_what_storage_must_write() {
    let (mine, theirs) = pair();
    assert!(changed_ids(&mine, &mine).is_empty());
    let choices = BTreeMap::from([("a".to_string(), Choice::TakeTheirs)]);
    let merged = apply_merge(&mine, &theirs, &choices, &mut no_ids()).unwrap().workspace;
    let ch = changed_ids(&mine, &merged);
    assert!(ch.meta, "the list of CoPs grew");
    assert_eq!(ch.cops.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "c"]);
    assert!(ch.deleted.is_empty());
    // Undo is the same question asked the other way round.
    let back = changed_ids(&merged, &mine);
    assert_eq!(back.cops.iter().map(String::as_str).collect::<Vec<_>>(), ["a"]);
    assert_eq!(back.deleted.iter().map(String::as_str).collect::<Vec<_>>(), ["c"]);
    // Editing one CoP's notes changes that record only; renaming the workspace the meta only.
    let mut edited = mine.clone();
    edited.communities[1].notes = "x".into();
    let ch = changed_ids(&mine, &edited);
    assert!(!ch.meta && ch.cops.len() == 1);
    let mut renamed = mine.clone();
    renamed.name = "Nuevo".into();
    let ch = changed_ids(&mine, &renamed);
    assert!(ch.meta && ch.cops.is_empty());
    let mut reordered = mine.clone();
    reordered.communities.reverse();
    assert!(changed_ids(&mine, &reordered).meta);
}
