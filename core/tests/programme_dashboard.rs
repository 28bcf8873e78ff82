//! Dashboard aggregates: counts per band, members against the baseline, filters and sorts.

use practica_core::composition::{NURSES, PAPER_END, PHYSICIANS};
use practica_core::programme::*;
use practica_core::scoring::{Assessment, Band, BandCuts, CriterionId, Rating};
use practica_core::summary::{Message, Summary};
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

const TODAY: &str = "2015-06-15";

fn names(d: &Dashboard) -> Vec<&str> {
    d.rows.iter().map(|r| r.name.as_str()).collect()
}

fn sorted(key: SortKey, descending: bool) -> Sort {
    Sort { key, descending }
}

/// The example plus an unrated, uncounted Nicaraguan CoP whose name starts with an accent.
fn workspace() -> Workspace {
    let mut ws = example_workspace(Lang::En);
    let fields = CommunityFields {
        name: "Ángeles".into(),
        country: "Nicaragua".into(),
        ..CommunityFields::default()
    };
    ws.add_community("new".into(), &fields, 1).unwrap();
    ws
}

#[test]
fn counts_per_band_and_members_over_everything() {
    let d = dashboard(&workspace(), TODAY, &Filter::default(), Sort::default());
    let c = d.band_counts;
    assert_eq!((c.sub_optimal, c.needs_strengthening, c.optimal, c.unrated), (3, 1, 2, 1));
    assert_eq!(c.get(None), 1);
    assert_eq!(c.get(Some(Band::Optimal)), 2);
    assert_eq!(c.total(), 7);
    assert_eq!(d.band_counts_all, c);
    assert_eq!(d.totals, MemberTotals { baseline: 200, now: 140, counted: 6 });
    assert_eq!(d.countries, ["México", "Nicaragua"]);
    // Accents are folded, so "Ángeles" sorts with the A's.
    assert_eq!(
        names(&d),
        ["Ángeles", "Chontales", "Hidalgo", "Jinotega", "Matagalpa", "Morelos", "Veracruz"]
    );
}

#[test]
fn rows_carry_each_cops_figures() {
    let d = dashboard(&workspace(), TODAY, &Filter::default(), Sort::default());
    let row = |n: &str| d.rows.iter().find(|r| r.name == n).unwrap();
    let ch = row("Chontales");
    assert_eq!((ch.latest_total, ch.band), (Some(15), Some(Band::NeedsStrengthening)));
    assert_eq!(
        (ch.members_baseline, ch.members_now, ch.members_change),
        (Some(42), Some(20), Some(-22))
    );
    let hi = row("Hidalgo");
    assert_eq!(hi.products, [ProductStatus::DeliveredOnTime; 3]);
    assert!(hi.summary_written && hi.summary_words > 500);
    let ve = row("Veracruz");
    assert_eq!(
        ve.products,
        [ProductStatus::NotScheduled, ProductStatus::DeliveredLate, ProductStatus::NotScheduled]
    );
    // A protocol title alone is not a written summary.
    assert!(!ve.summary_written);
    assert!(!row("Jinotega").summary_written);
    assert!(row("Morelos").summary_written);
    let new = row("Ángeles");
    assert_eq!(
        (new.latest_total, new.band, new.members_now, new.members_change),
        (None, None, None, None)
    );
    assert_eq!(new.summary_words, 0);
}

#[test]
fn members_baseline_is_the_first_snapshot_with_counts() {
    let mut ws = workspace();
    let c = ws.community_mut("new").unwrap();
    c.composition.set_count(PAPER_END, NURSES, 7);
    c.composition.set_count(PAPER_END, PHYSICIANS, 2);
    let d = dashboard(&ws, TODAY, &Filter::default(), Sort::default());
    let r = d.rows.iter().find(|r| r.id == "new").unwrap();
    // Counted once: baseline and now are the same count, and that is not a change of zero.
    assert_eq!((r.members_baseline, r.members_now, r.members_change), (Some(9), Some(9), None));
    assert_eq!(d.totals, MemberTotals { baseline: 209, now: 149, counted: 7 });
}

#[test]
fn filters_by_country_and_band() {
    let ws = workspace();
    let mexico = Filter { country: Some(" méxico ".into()), band: None };
    let d = dashboard(&ws, TODAY, &mexico, Sort::default());
    assert_eq!(names(&d), ["Hidalgo", "Morelos", "Veracruz"]);
    let c = d.band_counts;
    assert_eq!((c.sub_optimal, c.needs_strengthening, c.optimal, c.unrated), (1, 0, 2, 0));
    assert_eq!(d.band_counts_all.total(), 7);
    assert_eq!(d.totals, MemberTotals { baseline: 81, now: 75, counted: 3 });
    assert_eq!(d.countries.len(), 2);

    let sub = Filter { country: Some("Nicaragua".into()), band: Some(Band::SubOptimal) };
    let d = dashboard(&ws, TODAY, &sub, Sort::default());
    assert_eq!(names(&d), ["Jinotega", "Matagalpa"]);
    assert_eq!(d.totals, MemberTotals { baseline: 77, now: 45, counted: 2 });

    let none = Filter { country: Some("Peru".into()), band: None };
    let d = dashboard(&ws, TODAY, &none, Sort::default());
    assert!(d.rows.is_empty());
    assert_eq!(d.band_counts.total(), 0);
    assert_eq!(d.totals, MemberTotals::default());
    // An empty country filter means "any".
    let blank = Filter { country: Some("  ".into()), band: None };
    assert_eq!(dashboard(&ws, TODAY, &blank, Sort::default()).rows.len(), 7);
}

#[test]
fn sort_by_total_is_stable_with_unrated_last() {
    let ws = workspace();
    let all = Filter::default();
    let down = dashboard(&ws, TODAY, &all, sorted(SortKey::Total, true));
    assert_eq!(
        names(&down),
        ["Hidalgo", "Morelos", "Chontales", "Veracruz", "Matagalpa", "Jinotega", "Ángeles"]
    );
    let up = dashboard(&ws, TODAY, &all, sorted(SortKey::Total, false));
    assert_eq!(
        names(&up),
        ["Jinotega", "Veracruz", "Matagalpa", "Chontales", "Hidalgo", "Morelos", "Ángeles"]
    );
}

#[test]
fn sort_by_members_country_and_name() {
    let ws = workspace();
    let all = Filter::default();
    let d = dashboard(&ws, TODAY, &all, sorted(SortKey::Members, true));
    assert_eq!(
        names(&d),
        ["Jinotega", "Morelos", "Hidalgo", "Chontales", "Veracruz", "Matagalpa", "Ángeles"]
    );
    let d = dashboard(&ws, TODAY, &all, sorted(SortKey::Members, false));
    assert_eq!(names(&d)[0], "Matagalpa");
    assert_eq!(names(&d)[6], "Ángeles");
    let d = dashboard(&ws, TODAY, &all, sorted(SortKey::Country, false));
    assert_eq!(
        names(&d),
        ["Hidalgo", "Morelos", "Veracruz", "Chontales", "Jinotega", "Matagalpa", "Ángeles"]
    );
    let d = dashboard(&ws, TODAY, &all, sorted(SortKey::Country, true));
    assert_eq!(
        names(&d),
        ["Chontales", "Jinotega", "Matagalpa", "Ángeles", "Hidalgo", "Morelos", "Veracruz"]
    );
    let d = dashboard(&ws, TODAY, &all, sorted(SortKey::Name, true));
    assert_eq!(names(&d)[0], "Veracruz");
    assert_eq!(d.ids().last().map(String::as_str), Some("new"));
}

#[test]
fn latest_complete_assessment_and_workspace_bands_count() {
    let mut ws = workspace();
    // A later draft does not hide the last complete total.
    let c = ws.community_mut("example-chontales").unwrap();
    let mut draft = Assessment::new("draft", 5);
    draft.date = "2016-01-01".into();
    draft.set_consensus(CriterionId::Integration, Some(Rating::One), 5);
    c.assessments.push(draft);
    // Stricter bands move Chontales' 15 into sub-optimal.
    ws.bands = BandCuts::new((5, 15), (16, 21), (22, 25)).unwrap();
    let d = dashboard(&ws, TODAY, &Filter::default(), Sort::default());
    let ch = d.rows.iter().find(|r| r.name == "Chontales").unwrap();
    assert_eq!((ch.latest_total, ch.band), (Some(15), Some(Band::SubOptimal)));
    assert_eq!(d.band_counts.sub_optimal, 4);
}

#[test]
fn any_written_message_counts_as_a_summary() {
    let mut ws = workspace();
    let c = ws.community_mut("new").unwrap();
    c.summary = Summary {
        main_messages: vec![Message { id: "m1".into(), text: "Train all staff now.".into() }],
        ..Summary::default()
    };
    let d = dashboard(&ws, TODAY, &Filter::default(), Sort::default());
    let r = d.rows.iter().find(|r| r.id == "new").unwrap();
    assert!(r.summary_written);
    assert_eq!(r.summary_words, 4);
}

#[test]
fn empty_workspace() {
    let d = dashboard(&Workspace::default(), "", &Filter::default(), Sort::default());
    assert!(d.rows.is_empty() && d.countries.is_empty());
    assert_eq!(d.band_counts, BandCounts::default());
}
