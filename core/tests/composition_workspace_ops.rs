//! Professions and snapshots changed across a whole workspace: the maths follows, removals
//! clear every CoP's counts, and undo puts everything back exactly.

use practica_core::composition::*;
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

fn overall_counts(ws: &Workspace, snapshot: &str) -> Vec<u32> {
    CompositionTable::build(ws, snapshot).overall().map(|c| c.counts()).unwrap_or_default()
}

#[test]
fn added_profession_joins_the_maths_and_can_be_renamed() {
    let mut ws = paper_table2_workspace();
    let id = ws.add_profession("  Health   promoters ").unwrap();
    assert_eq!(id, "prof-health-promoters");
    assert_eq!(ws.professions.len(), 4);
    ws.community_mut("paper-hidalgo").unwrap().composition.set_count(PAPER_BASELINE, &id, 20);
    let t = CompositionTable::build(&ws, PAPER_BASELINE);
    assert_eq!(t.overall().map(|c| c.total.count), Some(220));
    assert_eq!(
        t.overall_shares().iter().map(|s| s.unwrap().to_string()).collect::<Vec<_>>(),
        ["31.8", "33.2", "25.9", "9.1"]
    );

    ws.rename_profession(&id, "Promotores de salud").unwrap();
    assert_eq!(ws.professions[3].label(Lang::En), "Promotores de salud");
    assert_eq!(ws.professions[3].id, id, "the id (and so the counts) never change");
    assert_eq!(overall_counts(&ws, PAPER_BASELINE), [70, 73, 57, 20]);

    assert_eq!(
        ws.add_profession("enfermeras"),
        Err(SetupError::Profession(ProfessionError::Taken))
    );
    assert_eq!(ws.add_profession(" "), Err(SetupError::Profession(ProfessionError::Empty)));
    assert_eq!(
        ws.rename_profession("prof-nope", "X"),
        Err(SetupError::UnknownProfession("prof-nope".into()))
    );
    assert_eq!(
        ws.rename_profession(&id, "Nurses"),
        Err(SetupError::Profession(ProfessionError::Taken))
    );
}

#[test]
fn removing_a_profession_clears_every_cop_and_undo_restores_it() {
    let mut ws = paper_table2_workspace();
    let id = ws.add_profession("Managers").unwrap();
    let _other = ws.add_profession("Health promoters").unwrap();
    for (cop, snap, n) in [
        ("paper-hidalgo", PAPER_BASELINE, 2),
        ("paper-hidalgo", PAPER_END, 1),
        ("paper-jinotega", PAPER_END, 3),
    ] {
        ws.community_mut(cop).unwrap().composition.set_count(snap, &id, n);
    }
    assert_eq!(ws.profession_usage(&id), Usage { cops: 2, members: 6 });
    let with = ws.clone();

    let removed = ws.remove_profession(&id).unwrap();
    assert_eq!(removed.index, 3);
    assert_eq!(removed.cops(), ["paper-hidalgo", "paper-jinotega"]);
    assert!(ws.professions.iter().all(|p| p.id != id));
    assert!(ws.communities.iter().all(|c| !c.composition.uses_profession(&id)));
    assert_eq!(ws.profession_usage(&id), Usage::default());
    assert_eq!(overall_counts(&ws, PAPER_END), [60, 59, 21, 0]);

    let touched = ws.restore_profession(removed).unwrap();
    assert_eq!(touched, ["paper-hidalgo", "paper-jinotega"]);
    assert_eq!(ws, with, "undo puts the row back in its place with all its counts");

    // Built-ins stay, so every workspace can still be read against Table 2.
    assert_eq!(ws.remove_profession(NURSES), Err(SetupError::BuiltInProfession));
    assert_eq!(
        ws.remove_profession("prof-nope"),
        Err(SetupError::UnknownProfession("prof-nope".into()))
    );
    let a = ws.remove_profession(&id).unwrap();
    let b = ws.remove_profession("prof-health-promoters").unwrap();
    ws.restore_profession(b).unwrap();
    ws.restore_profession(a).unwrap();
    assert_eq!(ws, with, "undoing in reverse order restores the original order");
}

#[test]
fn undo_after_the_cop_or_the_id_changed() {
    let mut ws = paper_table2_workspace();
    let id = ws.add_profession("Managers").unwrap();
    ws.community_mut("paper-morelos").unwrap().composition.set_count(PAPER_BASELINE, &id, 4);
    let removed = ws.remove_profession(&id).unwrap();
    // Same name added again since: same id, so the undo is refused rather than merged.
    let again = ws.add_profession("Managers").unwrap();
    assert_eq!(again, id);
    assert_eq!(ws.restore_profession(removed.clone()), Err(SetupError::AlreadyThere(id.clone())));
    ws.remove_profession(&again).unwrap();
    // The CoP was deleted meanwhile: the profession comes back, its counts have nowhere to go.
    ws.delete_community("paper-morelos").unwrap();
    assert_eq!(ws.restore_profession(removed).unwrap(), Vec::<String>::new());
    assert_eq!(ws.professions.len(), 4);
}

#[test]
fn professions_reorder_and_the_table_follows() {
    let mut ws = paper_table2_workspace();
    assert_eq!(ws.move_profession(OTHER, 0), Ok(0));
    assert_eq!(CompositionTable::build(&ws, PAPER_BASELINE).row_labels(Lang::En)[0], "Other");
    assert_eq!(overall_counts(&ws, PAPER_BASELINE), [57, 70, 73]);
    assert_eq!(ws.move_profession(OTHER, 99), Ok(2));
    assert_eq!(overall_counts(&ws, PAPER_BASELINE), [70, 73, 57]);
    assert!(ws.move_profession("nope", 0).is_err());
}

#[test]
fn snapshots_add_edit_and_quick_create() {
    let mut ws = Workspace::default();
    let ids = ws.add_snapshots(&["Línea de base", "Final"]).unwrap();
    assert_eq!(ids, ["snap-linea-de-base", "snap-final"]);
    assert_eq!(default_pair(&ws.snapshots), Some(("snap-linea-de-base", "snap-final")));
    // All or nothing: a clash anywhere adds none.
    assert!(matches!(ws.add_snapshots(&["Mid", "final"]), Err(SetupError::Snapshot(_))));
    assert_eq!(ws.snapshots.len(), 2);

    let mid = ws.add_snapshot("Mid 2014", "2014-06").unwrap();
    assert_eq!(ws.move_snapshot(&mid, 1), Ok(1));
    assert_eq!(default_pair(&ws.snapshots), Some(("snap-linea-de-base", "snap-final")));
    ws.edit_snapshot(&mid, " Mitad  2014 ", "2014").unwrap();
    assert_eq!(ws.snapshots[1].label, "Mitad 2014");
    assert_eq!(ws.snapshots[1].id, mid);
    assert_eq!(ws.snapshots[1].date, "2014");
    assert_eq!(
        ws.edit_snapshot(&mid, "final", "2014-02-30"),
        Err(SetupError::Snapshot(vec![SnapshotError::LabelTaken, SnapshotError::BadDate]))
    );
    assert_eq!(
        ws.add_snapshot("", "x"),
        Err(SetupError::Snapshot(vec![SnapshotError::LabelEmpty, SnapshotError::BadDate]))
    );
    assert_eq!(ws.edit_snapshot("nope", "X", ""), Err(SetupError::UnknownSnapshot("nope".into())));
}

#[test]
fn removing_a_snapshot_clears_counts_and_roles_and_undo_restores_them() {
    let mut ws = paper_table2_workspace();
    let split = StaffSplit { strategic: Some(3), tactical: Some(20) };
    ws.community_mut("paper-veracruz").unwrap().composition.set_staff_split(PAPER_BASELINE, split);
    let fields =
        CommunityFields { name: "Nueva".into(), country: "Honduras".into(), ..Default::default() };
    ws.add_community("new".into(), &fields, 0).unwrap();
    ws.community_mut("new")
        .unwrap()
        .composition
        .set_staff_split(PAPER_BASELINE, StaffSplit { strategic: None, tactical: Some(1) });
    let with = ws.clone();
    assert_eq!(ws.snapshot_usage(PAPER_BASELINE), Usage { cops: 7, members: 200 });

    let removed = ws.remove_snapshot(PAPER_BASELINE).unwrap();
    assert_eq!(removed.index, 0);
    assert_eq!(removed.cops().len(), 7);
    assert_eq!(ws.snapshots.len(), 1);
    assert!(ws.communities.iter().all(|c| !c.composition.has_counts(PAPER_BASELINE)));
    assert!(ws.communities.iter().all(|c| c.composition.roles.is_empty()));
    assert!(CompositionTable::build(&ws, PAPER_BASELINE).is_empty());
    assert_eq!(ws.snapshot_usage(PAPER_BASELINE), Usage::default());
    // The other snapshot is untouched.
    assert_eq!(overall_counts(&ws, PAPER_END), [60, 59, 21]);

    let mut touched = ws.restore_snapshot(removed).unwrap();
    touched.sort();
    assert_eq!(touched.len(), 7);
    assert_eq!(ws, with);
    assert_eq!(
        Comparison::build(&ws, PAPER_BASELINE, PAPER_END)
            .overall()
            .and_then(|c| c.retention)
            .map(|r| r.to_string()),
        Some("70.0".into())
    );
    assert!(ws.remove_snapshot("nope").is_err());
}

#[test]
fn a_snapshot_without_counts_removes_cleanly() {
    let mut ws = paper_table2_workspace();
    let id = ws.add_snapshot("Mid", "").unwrap();
    assert!(ws.snapshot_usage(&id).is_empty());
    let removed = ws.remove_snapshot(&id).unwrap();
    assert!(removed.cops().is_empty());
    let again = ws.add_snapshot("Mid", "").unwrap();
    assert_eq!(ws.restore_snapshot(removed), Err(SetupError::AlreadyThere(again)));
}
