//! Adding the example to a team's workspace: new CoPs only, never an existing one changed,
//! never an id reused.

use std::collections::HashSet;

use practica_core::composition::{new_profession, new_snapshot, PAPER_BASELINE, PAPER_END};
use practica_core::programme::*;
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

fn team() -> Workspace {
    let mut ws = Workspace { name: "Our programme".into(), ..Workspace::default() };
    for (id, name) in [("cop-1", "Hidalgo"), ("cop-2", "Tula norte"), ("example-morelos", "Sur")] {
        let fields =
            CommunityFields { name: name.into(), country: "México".into(), ..Default::default() };
        ws.add_community(id.into(), &fields, 7).unwrap();
    }
    let snap = new_snapshot("Baseline 2013", "2014", &ws.snapshots).unwrap();
    ws.snapshots.push(snap);
    let prof = new_profession("Health promoters", &ws.professions).unwrap();
    ws.professions.push(prof);
    ws.communities[0].composition.set_count(&ws.snapshots[0].id.clone(), "physicians", 4);
    ws
}

/// An id maker that first offers ids already in use, then fresh ones.
fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        match n {
            1 => "cop-1".into(),
            2 => "example-morelos".into(),
            _ => format!("cop-new-{n}"),
        }
    }
}

#[test]
fn adds_new_cops_and_leaves_existing_ones_alone() {
    let target = team();
    let example = example_workspace(Lang::En);
    let mut make = ids();
    let out = add_as_new_cops(&target, &example, &mut make);
    assert_eq!(out.communities[..3], target.communities[..]);
    assert_eq!(out.communities.len(), 9);
    assert_eq!(
        (&out.name, &out.bands, &out.budgets),
        (&target.name, &target.bands, &target.budgets)
    );
    let all: HashSet<&str> = out.communities.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(all.len(), 9, "every id unique");
    for c in &out.communities[3..] {
        assert!(target.community(&c.id).is_none(), "{} reused", c.id);
    }
    let names: Vec<&str> = out.communities[3..].iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Hidalgo (2)", "Morelos", "Veracruz", "Chontales", "Jinotega", "Matagalpa"]);
    // The copies keep everything else.
    for (copy, orig) in out.communities[3..].iter().zip(&example.communities) {
        assert_eq!(copy.assessments, orig.assessments);
        assert_eq!(copy.composition, orig.composition);
        assert_eq!(
            (&copy.summary, &copy.products, &copy.factors),
            (&orig.summary, &orig.products, &orig.factors)
        );
    }
}

#[test]
fn professions_and_snapshots_are_unioned_by_id() {
    let target = team();
    let out = add_as_new_cops(&target, &example_workspace(Lang::Es), &mut ids());
    // The built-ins were already there; the team's own profession stays.
    assert_eq!(out.professions, target.professions);
    let snaps: Vec<(&str, &str, &str)> =
        out.snapshots.iter().map(|s| (s.id.as_str(), s.label.as_str(), s.date.as_str())).collect();
    assert_eq!(
        snaps,
        [
            (PAPER_BASELINE, "Línea de base 2013", "2013"),
            ("snap-baseline-2013", "Baseline 2013", "2014"),
            (PAPER_END, "Final 2015", "2015"),
        ]
    );
    // Same-language example: the label clash is numbered, not merged.
    let out = add_as_new_cops(&target, &example_workspace(Lang::En), &mut ids());
    assert!(out.snapshots.iter().any(|s| s.id == PAPER_BASELINE && s.label == "Baseline 2013 (2)"));
}

#[test]
fn adding_twice_never_reuses_an_id_or_a_name() {
    let example = example_workspace(Lang::En);
    let mut counter = 0;
    let mut make = || {
        counter += 1;
        format!("cop-{}", counter % 5) // cycles through a few ids, most of them taken
    };
    let once = add_as_new_cops(&team(), &example, &mut make);
    let twice = add_as_new_cops(&once, &example, &mut make);
    assert_eq!(twice.communities[..once.communities.len()], once.communities[..]);
    let ids: HashSet<&str> = twice.communities.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), twice.communities.len());
    let names: HashSet<String> = twice.communities.iter().map(|c| c.name.to_lowercase()).collect();
    assert_eq!(names.len(), twice.communities.len());
    assert!(twice.communities.iter().any(|c| c.name == "Hidalgo (3)"));
    assert!(twice.communities.iter().any(|c| c.name == "Morelos (2)"));
    assert_eq!(twice.snapshots.len(), once.snapshots.len());
    // Every CoP still passes the form's validation (names unique, within limits).
    for c in &twice.communities {
        let others = twice.communities.iter().filter(|o| o.id != c.id).map(|o| o.name.as_str());
        assert!(c.fields().validate(others).is_ok(), "{}", c.name);
    }
}

#[test]
fn into_an_empty_workspace_it_is_the_example_with_new_ids() {
    let example = example_workspace(Lang::Es);
    let mut n = 0;
    let out = add_as_new_cops(&Workspace::default(), &example, &mut || {
        n += 1;
        format!("id-{n}")
    });
    assert_eq!(out.snapshots, example.snapshots);
    assert_eq!(out.professions, example.professions);
    let d = dashboard(&out, "2015-06-15", &Filter::default(), Sort::default());
    let c = d.band_counts;
    assert_eq!((c.optimal, c.needs_strengthening, c.sub_optimal), (2, 1, 3));
    assert_eq!(d.totals, MemberTotals { baseline: 200, now: 140, counted: 6 });
    assert_eq!(out.communities[0].id, "id-1");
}

proptest::proptest! {
    // Each case builds the whole example; a few dozen cases cover the id patterns.
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]

    /// Whatever ids the maker hands out (repeats, blanks, clashes), existing CoPs are untouched
    /// and every id in the result is distinct.
    #[test]
    fn never_reuses_an_id(offers in proptest::collection::vec("(cop-[0-3]|example-[a-z]{1,2}|)", 1..20)) {
        let target = team();
        let example = example_workspace(Lang::En);
        let mut i = 0;
        let mut make = || {
            i += 1;
            offers[i % offers.len()].clone()
        };
        let out = add_as_new_cops(&target, &example, &mut make);
        proptest::prop_assert_eq!(&out.communities[..3], &target.communities[..]);
        let ids: HashSet<&str> = out.communities.iter().map(|c| c.id.as_str()).collect();
        proptest::prop_assert_eq!(ids.len(), 9);
        proptest::prop_assert!(out.communities.iter().all(|c| !c.id.trim().is_empty()));
    }
}
