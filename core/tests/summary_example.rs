//! The built-in example: a good summary that raises no warnings, in both languages.

use practica_core::summary::{
    check, example_summary, Budgets, Layer, SectionKind, MAX_MESSAGES, MIN_MESSAGES,
};
use practica_core::text::Lang;

#[test]
fn example_has_zero_warnings_in_both_languages() {
    for lang in [Lang::En, Lang::Es] {
        let s = example_summary(lang);
        let w = check(&s, &Budgets::default());
        let shown: Vec<String> = w.iter().map(|w| w.message(lang)).collect();
        assert!(w.is_empty(), "{lang:?}: {shown:#?}");
    }
}

#[test]
fn example_follows_the_format() {
    for lang in [Lang::En, Lang::Es] {
        let s = example_summary(lang);
        let n = s.main_messages.len();
        assert!((4..=6).contains(&n) && (MIN_MESSAGES..=MAX_MESSAGES).contains(&n));
        assert!((2..=3).contains(&s.findings.len()));
        assert!(s.findings.iter().all(|f| !s.recommendations_for(&f.id).is_empty()));
        assert!(s.unlinked_recommendations().is_empty());
        assert_eq!(s.executive.iter().map(|x| x.kind).collect::<Vec<_>>(), SectionKind::EXECUTIVE);
        assert_eq!(s.report.iter().map(|x| x.kind).collect::<Vec<_>>(), SectionKind::REPORT);
        assert!(s.executive.iter().chain(&s.report).all(|x| !x.is_empty()));
        assert!(
            s.protocol_title.contains("NOM-007-SSA2-2010") && s.protocol_title.contains("Tula")
        );
        assert!(s.findings[0].text.contains("35%") && s.findings[0].text.contains("80%"));
        // Short layers: well inside the budgets.
        let [m, e, r] = s.counts(&Budgets::default());
        assert!(m.words <= 250 && e.words <= 1000 && r.words <= 1500, "{m:?} {e:?} {r:?}");
        assert_eq!(m.layer, Layer::Messages);
        // Ids are unique.
        let mut ids: Vec<_> = s.main_messages.iter().map(|x| x.id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}

#[test]
fn example_is_marked_as_illustrative() {
    let en = example_summary(Lang::En);
    assert!(en.authors.contains("Illustrative example"));
    assert!(en.report[7].body.contains("not the CoP's own document"));
    let es = example_summary(Lang::Es);
    assert!(es.authors.contains("Ejemplo ilustrativo"));
    assert!(es.report[7].body.contains("No es el documento de la propia CdP"));
}

#[test]
fn languages_have_the_same_shape() {
    let (en, es) = (example_summary(Lang::En), example_summary(Lang::Es));
    assert_eq!(en.main_messages.len(), es.main_messages.len());
    assert_eq!(en.recommendations.len(), es.recommendations.len());
    for (a, b) in en.findings.iter().zip(&es.findings) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.recommendation_ids, b.recommendation_ids);
        assert_ne!(a.text, b.text);
    }
    assert_eq!(en.date, es.date);
}
