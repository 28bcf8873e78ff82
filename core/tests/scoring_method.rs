//! The scoring method end to end, through the public API only: every possible grid, the
//! paper's Fig. 4, band cut-points, and what stored files may hold.

use std::collections::BTreeMap;

use practica_core::scoring::{
    criterion, Assessment, AssessmentError, Band, BandCuts, BandCutsError, CriterionId, Rating,
    CRITERIA, FIG4_ILLUSTRATIVE, WIZARD_REVIEW_STEP,
};
use practica_core::text::Lang;
use proptest::prelude::*;

/// An assessment whose consensus is `values` (in paper order).
fn with_consensus(values: [Rating; 5]) -> Assessment {
    let mut a = Assessment::new("t", 0);
    for (c, r) in CriterionId::ALL.into_iter().zip(values) {
        a.set_consensus(c, Some(r), 1);
    }
    a
}

/// The band table written out independently of `BandCuts`: the paper's bands with 20 resolved
/// to "needs strengthening".
fn expected_band(total: u8) -> Band {
    if total <= 12 {
        Band::SubOptimal
    } else if total <= 20 {
        Band::NeedsStrengthening
    } else {
        Band::Optimal
    }
}

#[test]
fn all_243_grids_against_the_band_table() {
    let cuts = BandCuts::default();
    let mut seen = 0;
    let mut per_band: BTreeMap<Band, usize> = BTreeMap::new();
    for n in 0..243u32 {
        // Read n in base 3: one digit per criterion picks 1, 3 or 5.
        let mut values = [Rating::One; 5];
        let mut rest = n;
        for v in values.iter_mut() {
            *v = Rating::ALL[(rest % 3) as usize];
            rest /= 3;
        }
        let a = with_consensus(values);
        let sum: u8 = values.iter().map(|r| r.value()).sum();
        let total = a.total().unwrap();
        assert_eq!(total, sum);
        assert!(total % 2 == 1 && (5..=25).contains(&total), "{values:?} -> {total}");
        assert_eq!(a.band(&cuts), Some(expected_band(total)), "{values:?}");
        *per_band.entry(expected_band(total)).or_default() += 1;
        seen += 1;
    }
    assert_eq!(seen, 243);
    // Sanity check of the enumeration itself: 3^5 grids split over the three bands.
    assert_eq!(per_band.values().sum::<usize>(), 243);
}

#[test]
fn every_total_from_5_to_25_has_exactly_the_expected_band() {
    let cuts = BandCuts::default();
    for t in 5..=25 {
        assert_eq!(cuts.band_for(t), Some(expected_band(t)), "total {t}");
    }
    assert_eq!(cuts.band_for(4), None);
    assert_eq!(cuts.band_for(26), None);
    assert_eq!(cuts.band_for(0), None);
    assert_eq!(cuts.band_for(20), Some(Band::NeedsStrengthening));
    assert_eq!(cuts.band_for(21), Some(Band::Optimal));
}

#[test]
fn figure_4_totals_and_bands() {
    let expected = [
        ("Hidalgo", "Mexico", 25, Band::Optimal),
        ("Morelos", "Mexico", 25, Band::Optimal),
        ("Veracruz", "Mexico", 11, Band::SubOptimal),
        ("Chontales", "Nicaragua", 15, Band::NeedsStrengthening),
        ("Jinotega", "Nicaragua", 5, Band::SubOptimal),
        ("Matagalpa", "Nicaragua", 11, Band::SubOptimal),
    ];
    assert_eq!(FIG4_ILLUSTRATIVE.len(), expected.len());
    for (cop, (name, country, total, band)) in FIG4_ILLUSTRATIVE.iter().zip(expected) {
        assert_eq!(cop.name, name);
        assert_eq!(cop.country.en, country);
        assert_eq!(cop.reported_total, total);
        assert_eq!(cop.total(), total, "{name}");
        let mut a = Assessment::new(name, 0);
        a.consensus = cop.consensus();
        assert_eq!(a.total(), Some(total), "{name}");
        assert_eq!(a.band(&BandCuts::default()), Some(band), "{name}");
    }
    // What the text says beyond the totals.
    let by_name = |n: &str| FIG4_ILLUSTRATIVE.iter().find(|c| c.name == n).unwrap();
    assert!(by_name("Hidalgo").ratings.iter().all(|r| *r == Rating::Five));
    assert!(by_name("Morelos").ratings.iter().all(|r| *r == Rating::Five));
    assert!(by_name("Jinotega").ratings.iter().all(|r| *r == Rating::One));
    let top = FIG4_ILLUSTRATIVE
        .iter()
        .filter(|c| c.rating(CriterionId::Integration) == Rating::Five)
        .map(|c| c.name)
        .collect::<Vec<_>>();
    assert_eq!(top, ["Hidalgo", "Morelos", "Chontales"]);
    assert_eq!(FIG4_ILLUSTRATIVE[5].country.es, "Nicaragua");
    assert_eq!(FIG4_ILLUSTRATIVE[0].country.es, "México");
}

#[test]
fn incomplete_assessment_has_no_total_or_band() {
    let mut a = Assessment::new("draft", 7);
    assert_eq!(a.total(), None);
    assert_eq!(a.band(&BandCuts::default()), None);
    assert_eq!(a.missing(), CriterionId::ALL.to_vec());
    for c in &CriterionId::ALL[..4] {
        a.set_consensus(*c, Some(Rating::Five), 8);
    }
    assert!(!a.is_complete());
    assert_eq!(a.total(), None, "a partial sum must not look like a score");
    assert_eq!(a.missing(), [CriterionId::Influence]);
    a.set_consensus(CriterionId::Influence, Some(Rating::One), 9);
    assert!(a.is_complete());
    assert_eq!(a.total(), Some(21));
    assert_eq!(a.band(&BandCuts::default()), Some(Band::Optimal));
    a.set_consensus(CriterionId::Ownership, None, 10);
    assert_eq!(a.missing(), [CriterionId::Ownership]);
    assert_eq!(a.total(), None);
    assert_eq!((a.created, a.updated), (7, 10));
}

/// Both languages' messages for a refused set of cut-points.
fn refused(sub: (u8, u8), needs: (u8, u8), opt: (u8, u8)) -> (BandCutsError, String, String) {
    let err = BandCuts::new(sub, needs, opt).unwrap_err();
    (err, err.message(Lang::En), err.message(Lang::Es))
}

#[test]
fn overlapping_cuts_are_refused_naming_bands_and_totals() {
    // The paper's bands as printed: 20 falls in two bands.
    let (err, en, es) = refused((5, 12), (13, 20), (20, 25));
    assert_eq!(
        err,
        BandCutsError::Overlap {
            lower: Band::NeedsStrengthening,
            upper: Band::Optimal,
            from: 20,
            to: 20
        }
    );
    assert!(en.contains("\"needs strengthening\"") && en.contains("\"optimal\""), "{en}");
    assert!(en.contains("total 20 falls in both"), "{en}");
    assert!(es.contains("«requiere fortalecimiento»") && es.contains("«óptimo»"), "{es}");
    assert!(es.contains("el puntaje total 20 queda en ambas"), "{es}");

    let (_, en, es) = refused((5, 14), (13, 20), (21, 25));
    assert!(en.contains("totals 13–14 fall in both"), "{en}");
    assert!(es.contains("los puntajes totales 13–14 quedan en ambas"), "{es}");
}

#[test]
fn cuts_with_gaps_are_refused_naming_the_uncovered_totals() {
    let (err, en, es) = refused((5, 11), (14, 20), (21, 25));
    assert!(matches!(err, BandCutsError::Gap { from: 12, to: 13, .. }));
    assert!(en.contains("No band covers totals 12–13"), "{en}");
    assert!(en.contains("up to 13") && en.contains("at 12"), "{en}");
    assert!(es.contains("Ninguna banda cubre los puntajes totales 12–13"), "{es}");

    let (_, en, es) = refused((7, 12), (13, 20), (21, 25));
    assert!(en.contains("totals 5–6") && en.contains("start \"sub-optimal\" at 5"), "{en}");
    assert!(es.contains("5–6") && es.contains("«subóptimo» en 5"), "{es}");

    let (_, en, es) = refused((5, 12), (13, 20), (21, 24));
    assert!(en.contains("total 25.") && en.contains("end \"optimal\" at 25"), "{en}");
    assert!(es.contains("el puntaje total 25") && es.contains("«óptimo» en 25"), "{es}");
}

#[test]
fn cuts_out_of_range_are_refused() {
    let (err, en, es) = refused((5, 12), (13, 20), (21, 30));
    assert_eq!(err, BandCutsError::OutOfRange { band: Band::Optimal, min: 21, max: 30 });
    assert!(en.contains("(21–30)") && en.contains("between 5 and 25"), "{en}");
    assert!(es.contains("(21–30)") && es.contains("entre 5 y 25"), "{es}");
    let (_, en, es) = refused((0, 12), (13, 20), (21, 25));
    assert!(en.contains("\"sub-optimal\" band (0–12)"), "{en}");
    assert!(es.contains("«subóptimo» (0–12)"), "{es}");
}

#[test]
fn reversed_and_out_of_order_cuts_are_refused() {
    let (err, en, es) = refused((12, 5), (13, 20), (21, 25));
    assert_eq!(err, BandCutsError::Reversed { band: Band::SubOptimal, min: 12, max: 5 });
    assert!(en.contains("from 12 down to 5") && en.contains("5–12"), "{en}");
    assert!(es.contains("de 12 hacia abajo hasta 5") && es.contains("5–12"), "{es}");

    let (err, en, es) = refused((21, 25), (13, 20), (5, 12));
    assert_eq!(
        err,
        BandCutsError::OutOfOrder {
            band: Band::NeedsStrengthening,
            starts: 13,
            below: Band::SubOptimal,
            below_starts: 21
        }
    );
    assert!(en.contains("starts at 13") && en.contains("starts at 21"), "{en}");
    assert!(es.contains("empieza en 13") && es.contains("empieza en 21"), "{es}");
}

#[test]
fn custom_cuts_work_and_round_trip() {
    let cuts = BandCuts::new((5, 14), (15, 19), (20, 25)).unwrap();
    assert_eq!(cuts.band_for(15), Some(Band::NeedsStrengthening));
    assert_eq!(cuts.band_for(21), Some(Band::Optimal));
    assert!(!cuts.is_paper());
    let json = serde_json::to_string(&cuts).unwrap();
    assert_eq!(json, r#"{"sub_optimal":[5,14],"needs_strengthening":[15,19],"optimal":[20,25]}"#);
    assert_eq!(serde_json::from_str::<BandCuts>(&json).unwrap(), cuts);
    assert_eq!(
        serde_json::to_string(&BandCuts::default()).unwrap(),
        r#"{"sub_optimal":[5,12],"needs_strengthening":[13,20],"optimal":[21,25]}"#
    );
    // A single-total band is allowed.
    assert!(BandCuts::new((5, 23), (24, 24), (25, 25)).is_ok());
}

#[test]
fn stored_files_cannot_hold_invalid_cuts() {
    let printed = r#"{"sub_optimal":[5,12],"needs_strengthening":[13,20],"optimal":[20,25]}"#;
    let err = serde_json::from_str::<BandCuts>(printed).unwrap_err().to_string();
    assert!(err.contains("total 20 falls in both"), "{err}");
    assert!(serde_json::from_str::<BandCuts>(r#"{"sub_optimal":[5,12]}"#).is_err());
    let ws = r#"{"schema_version":1,"bands":{"sub_optimal":[5,9],"needs_strengthening":[13,20],
        "optimal":[21,25]}}"#;
    let err = serde_json::from_str::<practica_core::Workspace>(ws).unwrap_err().to_string();
    assert!(err.contains("No band covers totals 10–12"), "{err}");
}

#[test]
fn band_labels_and_classes() {
    let en: Vec<_> = Band::ALL.iter().map(|b| b.label(Lang::En)).collect();
    let es: Vec<_> = Band::ALL.iter().map(|b| b.label(Lang::Es)).collect();
    let css: Vec<_> = Band::ALL.iter().map(|b| b.css_class()).collect();
    assert_eq!(en, ["sub-optimal", "needs strengthening", "optimal"]);
    assert_eq!(es, ["subóptimo", "requiere fortalecimiento", "óptimo"]);
    assert_eq!(css, ["band-sub", "band-needs", "band-optimal"]);
    assert_eq!(
        serde_json::to_string(&Band::NeedsStrengthening).unwrap(),
        "\"needs_strengthening\""
    );
}

#[test]
fn assessment_serde_round_trip_and_defaults() {
    let mut a =
        with_consensus([Rating::Five, Rating::Three, Rating::One, Rating::Three, Rating::Five]);
    a.set_date("2015-05-31", 2).unwrap();
    a.set_period(" 2013–2015 ", 2).unwrap();
    a.add_rater("r1", "Dra. Pérez", 3).unwrap();
    a.set_rater_rating("r1", CriterionId::Feedback, Some(Rating::Five), 4).unwrap();
    a.set_note(CriterionId::Integration, "Grupo de WhatsApp; «ñ» & <b>", 5).unwrap();
    a.set_wizard_step(99, 6);
    assert_eq!(a.wizard_step, WIZARD_REVIEW_STEP);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["consensus"]["timely_delivery"], 1);
    assert_eq!(json["raters"][0]["ratings"]["feedback"], 5);
    assert_eq!(json["period"], "2013–2015");
    let back: Assessment = serde_json::from_value(json).unwrap();
    assert_eq!(back, a);

    // A minimal stored draft loads with everything optional defaulted.
    let draft: Assessment =
        serde_json::from_str(r#"{"id":"x","created":1,"updated":2,"wizard_step":42}"#).unwrap();
    assert_eq!(draft.wizard_step, WIZARD_REVIEW_STEP, "clamped, not refused");
    assert!(draft.date.is_empty() && draft.raters.is_empty() && draft.total().is_none());
    let neg: Assessment =
        serde_json::from_str(r#"{"id":"x","created":1,"updated":2,"wizard_step":-3}"#).unwrap();
    assert_eq!(neg.wizard_step, 0);

    // A stored 4 is refused with the plain message, wherever it is.
    let bad = r#"{"id":"x","created":1,"updated":2,"consensus":{"integration":4}}"#;
    let err = serde_json::from_str::<Assessment>(bad).unwrap_err().to_string();
    assert!(err.contains("4 is not one of 1, 3, 5"), "{err}");
    let bad = r#"{"id":"x","created":1,"updated":2,"consensus":{"leadership":3}}"#;
    assert!(serde_json::from_str::<Assessment>(bad).is_err());
}

#[test]
fn rater_management() {
    let mut a = Assessment::new("a", 0);
    a.add_rater("r1", "  Ana   López ", 1).unwrap();
    assert_eq!(a.raters[0].name, "Ana López");
    assert_eq!(a.add_rater("r1", "Otra", 2), Err(AssessmentError::DuplicateRaterId("r1".into())));
    assert_eq!(
        a.add_rater("r2", "ana lópez", 2),
        Err(AssessmentError::RaterNameTaken("ana lópez".into()))
    );
    assert_eq!(a.add_rater("r2", "   ", 2), Err(AssessmentError::RaterNameEmpty));
    a.add_rater("r2", "Luis", 2).unwrap();
    a.rename_rater("r1", "Ana López", 3).unwrap(); // keeping one's own name is fine
    assert!(a.rename_rater("r2", "ANA LÓPEZ", 3).is_err());
    assert_eq!(
        a.set_rater_rating("zz", CriterionId::Influence, Some(Rating::One), 4),
        Err(AssessmentError::UnknownRater("zz".into()))
    );
    a.set_rater_rating("r2", CriterionId::Influence, Some(Rating::One), 4).unwrap();
    a.set_consensus(CriterionId::Influence, Some(Rating::Three), 4);
    let gone = a.remove_rater("r2", 5).unwrap();
    assert_eq!(gone.ratings.get(&CriterionId::Influence), Some(&Rating::One));
    assert_eq!(a.consensus.get(&CriterionId::Influence), Some(&Rating::Three));
    assert_eq!(a.updated, 5);
    let msg = AssessmentError::RaterNameTaken("Luis".into());
    assert!(msg.message(Lang::En).contains("\"Luis\"") && msg.message(Lang::Es).contains("«Luis»"));
}

#[test]
fn notes_dates_and_periods_are_checked() {
    let mut a = Assessment::new("a", 0);
    a.set_note(CriterionId::Feedback, "  Reunión con el SILAIS  ", 1).unwrap();
    assert_eq!(a.notes[&CriterionId::Feedback], "Reunión con el SILAIS");
    a.set_note(CriterionId::Feedback, " ", 2).unwrap();
    assert!(a.notes.is_empty());
    assert!(a.set_note(CriterionId::Feedback, &"x".repeat(5000), 3).is_err());
    for ok in ["2015-05-31", "2016-02-29", "2000-02-29"] {
        assert!(a.set_date(ok, 4).is_ok(), "{ok}");
    }
    for bad in ["2015-5-31", "2015-02-29", "1900-02-29", "2015-13-01", "31/05/2015", "2015-04-31"] {
        let err = a.set_date(bad, 4).unwrap_err();
        assert!(err.message(Lang::Es).contains(bad), "{bad}");
    }
    a.set_date("", 5).unwrap();
    assert!(a.date.is_empty());
    assert!(a.set_period(&"9".repeat(60), 6).is_err());
}

#[test]
fn criteria_table_is_complete() {
    assert_eq!(CRITERIA.len(), 5);
    for id in CriterionId::ALL {
        let c = criterion(id);
        for r in Rating::ALL {
            assert!(!c.descriptor(r).en.is_empty() && !c.descriptor(r).es.is_empty());
        }
    }
}

proptest! {
    #[test]
    fn any_five_ratings_give_an_odd_total_with_a_band(
        picks in proptest::array::uniform5(0usize..3)
    ) {
        let values = picks.map(|i| Rating::ALL[i]);
        let a = with_consensus(values);
        let total = a.total();
        prop_assert!(total.is_some());
        let total = total.unwrap_or(0);
        prop_assert!(total % 2 == 1);
        prop_assert!((5..=25).contains(&total));
        prop_assert_eq!(a.band(&BandCuts::default()), Some(expected_band(total)));
    }

    #[test]
    fn valid_cut_points_cover_every_total_once(a in 5u8..=24, b in 5u8..=24) {
        // Two distinct cut-points split 5..=25 into three non-empty bands.
        prop_assume!(a != b);
        let (x, y) = (a.min(b), a.max(b));
        let cuts = BandCuts::new((5, x), (x + 1, y), (y + 1, 25));
        prop_assert!(cuts.is_ok());
        let cuts = cuts.unwrap_or_default();
        for t in 5..=25u8 {
            let hits = Band::ALL.iter().filter(|band| {
                let (lo, hi) = cuts.range(**band);
                (lo..=hi).contains(&t)
            }).count();
            prop_assert_eq!(hits, 1);
            prop_assert!(cuts.band_for(t).is_some());
        }
    }

    #[test]
    fn band_cuts_new_never_panics(
        s in (0u8..=255, 0u8..=255), n in (0u8..=255, 0u8..=255), o in (0u8..=255, 0u8..=255)
    ) {
        match BandCuts::new(s, n, o) {
            Ok(c) => prop_assert!((5..=25).all(|t| c.band_for(t).is_some())),
            Err(e) => prop_assert!(!e.message(Lang::En).is_empty() && !e.message(Lang::Es).is_empty()),
        }
    }
}
