//! Criterion 3's suggested rating for each product situation, and the product statuses.

use practica_core::programme::*;
use practica_core::scoring::Rating;
use practica_core::text::Lang;

const TODAY: &str = "2015-06-15";
const DUE: [&str; 3] = ["2014-01-31", "2014-08-31", "2015-05-31"];

use Quality::{MinorFlaws, NotAssessed, Satisfactory, Unsatisfactory};

/// Each product as (due, delivered, quality); "" for not set.
fn products(p: [(&str, &str, Quality); 3]) -> Products {
    let make = |(due, delivered, quality): (&str, &str, Quality)| Product {
        due: due.into(),
        delivered: delivered.into(),
        quality,
    };
    Products { literature_review: make(p[0]), protocol: make(p[1]), report: make(p[2]) }
}

fn on_time(i: usize, q: Quality) -> (&'static str, &'static str, Quality) {
    (DUE[i], DUE[i], q)
}

fn late(i: usize, q: Quality) -> (&'static str, &'static str, Quality) {
    (DUE[i], "2015-06-01", q)
}

fn missing(i: usize) -> (&'static str, &'static str, Quality) {
    (DUE[i], "", NotAssessed)
}

fn rating(p: &Products) -> Option<Rating> {
    suggest_timely_delivery(p, TODAY).rating
}

#[test]
fn none_delivered_is_1() {
    let p = products([missing(0), missing(1), missing(2)]);
    let s = suggest_timely_delivery(&p, TODAY);
    assert_eq!(s.rating, Some(Rating::One));
    assert_eq!(s.basis, Basis::NoneDelivered);
    assert_eq!(p.statuses(TODAY), [ProductStatus::Overdue; 3]);
}

#[test]
fn only_the_review_on_time_is_3() {
    let p = products([on_time(0, Satisfactory), missing(1), missing(2)]);
    let s = suggest_timely_delivery(&p, TODAY);
    assert_eq!(s.rating, Some(Rating::Three));
    assert_eq!(s.basis, Basis::SomeDelivered(vec![ProductKind::LiteratureReview]));
    assert!(s.reason(Lang::En).contains("literature review"));
    assert!(s.reason(Lang::Es).contains("revisión de la literatura"));
}

#[test]
fn review_and_protocol_with_minor_flaws_is_3() {
    let p = products([on_time(0, MinorFlaws), on_time(1, MinorFlaws), missing(2)]);
    let s = suggest_timely_delivery(&p, TODAY);
    assert_eq!(s.rating, Some(Rating::Three));
    assert_eq!(
        s.basis,
        Basis::SomeDelivered(vec![ProductKind::LiteratureReview, ProductKind::Protocol])
    );
}

#[test]
fn all_three_on_time_and_satisfactory_is_5() {
    let p =
        products([on_time(0, Satisfactory), on_time(1, Satisfactory), on_time(2, Satisfactory)]);
    let s = suggest_timely_delivery(&p, TODAY);
    assert_eq!(s.rating, Some(Rating::Five));
    assert_eq!(s.basis, Basis::AllOnTimeSatisfactory);
    assert_eq!(p.statuses(TODAY), [ProductStatus::DeliveredOnTime; 3]);
    // Delivered early is on time too.
    let early = products([
        (DUE[0], "2013-12-01", Satisfactory),
        on_time(1, Satisfactory),
        on_time(2, Satisfactory),
    ]);
    assert_eq!(rating(&early), Some(Rating::Five));
}

#[test]
fn all_three_but_one_late_is_3() {
    let p = products([on_time(0, Satisfactory), late(1, Satisfactory), on_time(2, Satisfactory)]);
    assert_eq!(rating(&p), Some(Rating::Three));
    assert_eq!(p.protocol.status(TODAY), ProductStatus::DeliveredLate);
    // One with minor flaws, all on time: also 3.
    let flawed =
        products([on_time(0, Satisfactory), on_time(1, MinorFlaws), on_time(2, Satisfactory)]);
    assert_eq!(rating(&flawed), Some(Rating::Three));
}

#[test]
fn delivered_but_unsatisfactory_counts_as_not_delivered() {
    let all_bad =
        products([on_time(0, Unsatisfactory), on_time(1, Unsatisfactory), late(2, Unsatisfactory)]);
    assert_eq!(rating(&all_bad), Some(Rating::One));
    let one_bad =
        products([on_time(0, Unsatisfactory), on_time(1, Satisfactory), on_time(2, Satisfactory)]);
    let s = suggest_timely_delivery(&one_bad, TODAY);
    assert_eq!(s.rating, Some(Rating::Three));
    assert_eq!(s.basis, Basis::SomeDelivered(vec![ProductKind::Protocol, ProductKind::Report]));
}

#[test]
fn late_but_satisfactory_is_3_not_1() {
    // Veracruz: the protocol four months late, nothing else delivered.
    let p = products([missing(0), (DUE[1], "2014-12-31", Satisfactory), missing(2)]);
    assert_eq!(rating(&p), Some(Rating::Three));
}

#[test]
fn only_the_report_delivered_is_3() {
    let p = products([missing(0), missing(1), on_time(2, Satisfactory)]);
    assert_eq!(rating(&p), Some(Rating::Three));
}

#[test]
fn no_dates_at_all_gives_no_suggestion() {
    let s = suggest_timely_delivery(&Products::default(), TODAY);
    assert_eq!((s.rating, &s.basis), (None, &Basis::NoDates));
    assert_ne!(s.reason(Lang::En), s.reason(Lang::Es));
    // A quality without dates is still "no dates".
    let p = products([("", "", Satisfactory), ("", "", NotAssessed), ("", "", MinorFlaws)]);
    assert_eq!(suggest_timely_delivery(&p, TODAY).basis, Basis::NoDates);
}

#[test]
fn missing_due_dates_leave_timeliness_open() {
    let p = products([
        ("", DUE[0], Satisfactory),
        ("", DUE[1], Satisfactory),
        ("", DUE[2], Satisfactory),
    ]);
    let s = suggest_timely_delivery(&p, TODAY);
    assert_eq!(s.rating, None);
    let Basis::Undecided(open) = &s.basis else { panic!("{:?}", s.basis) };
    assert_eq!(open.len(), 3);
    assert!(open.iter().all(|(_, u)| u == &vec![Unknown::TimelinessUnknown]));
    assert!(s.reason(Lang::En).contains("no due date"));
    assert_eq!(p.statuses(TODAY), [ProductStatus::Delivered; 3]);
    // But when timeliness cannot change the answer, the answer stands.
    let review_only =
        products([("", DUE[0], Satisfactory), ("", "", NotAssessed), ("", "", NotAssessed)]);
    assert_eq!(rating(&review_only), Some(Rating::Three));
    // A product with neither date counts as not delivered.
    assert_eq!(review_only.protocol.status(TODAY), ProductStatus::NotScheduled);
}

#[test]
fn quality_not_assessed_blocks_only_when_it_matters() {
    let p = products([on_time(0, Satisfactory), on_time(1, Satisfactory), on_time(2, NotAssessed)]);
    let s = suggest_timely_delivery(&p, TODAY);
    assert_eq!(s.rating, None);
    assert_eq!(
        s.basis,
        Basis::Undecided(vec![(ProductKind::Report, vec![Unknown::QualityNotAssessed])])
    );
    assert!(s.reason(Lang::Es).contains("calidad sin valorar"));
    // Only the unassessed review was delivered: 3 or 1 depending on its quality.
    let alone = products([on_time(0, NotAssessed), missing(1), missing(2)]);
    assert_eq!(rating(&alone), None);
    // The review is late (so 5 is impossible) and the protocol satisfactory (so 1 is too):
    // the report's unknown quality cannot change the 3.
    let settled =
        products([late(0, Satisfactory), on_time(1, Satisfactory), on_time(2, NotAssessed)]);
    assert_eq!(rating(&settled), Some(Rating::Three));
}

#[test]
fn products_not_due_yet_leave_the_rating_open() {
    let today = "2014-06-15";
    let p = products([on_time(0, Satisfactory), missing(1), missing(2)]);
    assert_eq!(p.statuses(today)[1], ProductStatus::NotDueYet);
    let s = suggest_timely_delivery(&p, today);
    assert_eq!(s.rating, None);
    assert_eq!(
        s.basis,
        Basis::Undecided(vec![
            (ProductKind::Protocol, vec![Unknown::NotDueYet]),
            (ProductKind::Report, vec![Unknown::NotDueYet]),
        ])
    );
    // Due today and not delivered: it can still arrive on time.
    let due_today = products([on_time(0, Satisfactory), on_time(1, Satisfactory), missing(2)]);
    assert_eq!(due_today.report.status(DUE[2]), ProductStatus::Due);
    assert_eq!(suggest_timely_delivery(&due_today, DUE[2]).rating, None);
    // An unknown "today" never makes a product overdue.
    assert_eq!(p.statuses("")[2], ProductStatus::NotDueYet);
    assert_eq!(suggest_timely_delivery(&p, "").rating, None);
}

#[test]
fn rule_text_is_bilingual_and_names_the_values() {
    for lang in [Lang::En, Lang::Es] {
        let rule = CRITERION3_RULE.get(lang);
        for v in ["5", "3", "1"] {
            assert!(rule.contains(v), "{lang:?}");
        }
    }
    for status in [
        ProductStatus::NotScheduled,
        ProductStatus::NotDueYet,
        ProductStatus::Due,
        ProductStatus::Overdue,
        ProductStatus::DeliveredOnTime,
        ProductStatus::DeliveredLate,
        ProductStatus::Delivered,
    ] {
        assert_ne!(status.label(Lang::En), status.label(Lang::Es));
        assert!(!status.css_class().is_empty());
    }
}

#[test]
fn garbage_dates_never_panic() {
    let weird = ["", "x", "2014-02-30", "9999-99-99", "２０１４-01-01", "2014-01-01T00:00", "-"];
    for a in weird {
        for b in weird {
            for q in Quality::ALL {
                let p = products([(a, b, q), (b, a, q), (a, a, q)]);
                for today in weird {
                    let s = suggest_timely_delivery(&p, today);
                    let _ = (s.reason(Lang::En), s.reason(Lang::Es), p.statuses(today));
                }
            }
        }
    }
}
