//! The example workspace reproduces the paper: Table 2 to the digit, Fig. 4's totals and bands,
//! Table 3's titles and Table 4's pairs, in both languages; and it is internally consistent
//! (valid fields, criterion-3 suggestions agreeing with the scores).

use practica_core::composition::*;
use practica_core::programme::*;
use practica_core::scoring::{latest_complete, Band, CriterionId, FIG4_ILLUSTRATIVE};
use practica_core::text::Lang;
use practica_core::Workspace;

const LANGS: [Lang; 2] = [Lang::En, Lang::Es];
const IDS: [&str; 6] = [
    "example-hidalgo",
    "example-morelos",
    "example-veracruz",
    "example-chontales",
    "example-jinotega",
    "example-matagalpa",
];

fn columns(t: &CompositionTable) -> Vec<(String, Vec<u32>, u32)> {
    t.columns.iter().map(|c| (c.heading(Lang::En), c.counts(), c.total.count)).collect()
}

fn shares(t: &CompositionTable) -> Vec<String> {
    t.overall_shares().iter().map(|s| s.map_or("–".into(), |s| s.to_string())).collect()
}

fn expected(rows: [(&str, [u32; 3], u32); 9]) -> Vec<(String, Vec<u32>, u32)> {
    rows.iter().map(|(h, c, t)| (h.to_string(), c.to_vec(), *t)).collect()
}

#[test]
fn table2_exactly_in_both_languages() {
    for lang in LANGS {
        let ws = example_workspace(lang);
        let ids: Vec<&str> = ws.communities.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, IDS);
        let base = CompositionTable::build(&ws, PAPER_BASELINE);
        assert_eq!(
            columns(&base),
            expected([
                ("Hidalgo", [13, 11, 4], 28),
                ("Morelos", [21, 11, 4], 36),
                ("Veracruz", [5, 5, 7], 17),
                ("México total", [39, 27, 15], 81),
                ("Chontales", [16, 6, 20], 42),
                ("Jinotega", [14, 28, 12], 54),
                ("Matagalpa", [1, 12, 10], 23),
                ("Nicaragua total", [31, 46, 42], 119),
                ("Total", [70, 73, 57], 200),
            ])
        );
        assert_eq!(shares(&base), ["35.0", "36.5", "28.5"]);
        let end = CompositionTable::build(&ws, PAPER_END);
        assert_eq!(
            columns(&end),
            expected([
                ("Hidalgo", [13, 11, 3], 27),
                ("Morelos", [17, 12, 2], 31),
                ("Veracruz", [5, 5, 7], 17),
                ("México total", [35, 28, 12], 75),
                ("Chontales", [9, 9, 2], 20),
                ("Jinotega", [15, 12, 5], 32),
                ("Matagalpa", [1, 10, 2], 13),
                ("Nicaragua total", [25, 31, 9], 65),
                ("Total", [60, 59, 21], 140),
            ])
        );
        assert_eq!(shares(&end), ["42.9", "42.1", "15.0"]);
        let cmp = Comparison::build(&ws, PAPER_BASELINE, PAPER_END);
        let all = cmp.overall().unwrap();
        assert_eq!((all.total_baseline, all.total_end), (200, 140));
    }
}

#[test]
fn fig4_exactly_in_both_languages() {
    for lang in LANGS {
        let ws = example_workspace(lang);
        let mut bands = Vec::new();
        for (c, expected) in ws.communities.iter().zip([25, 25, 11, 15, 5, 11]) {
            assert_eq!(c.assessments.len(), 1, "{}", c.name);
            let a = latest_complete(&c.assessments).unwrap();
            assert_eq!(a.total(), Some(expected), "{}", c.name);
            assert_eq!(a.period, "2013–2015");
            let fig = FIG4_ILLUSTRATIVE.iter().find(|f| f.name == c.name).unwrap();
            assert_eq!(a.consensus, fig.consensus());
            for id in CriterionId::ALL {
                let note = a.notes.get(&id).unwrap().to_lowercase();
                assert!(note.contains("illustrative") || note.contains("ilustrativ"), "{note}");
                assert!(note.contains(&expected.to_string()));
            }
            bands.push(a.band(&ws.bands).unwrap());
        }
        let count = |b: Band| bands.iter().filter(|x| **x == b).count();
        assert_eq!(
            (count(Band::Optimal), count(Band::NeedsStrengthening), count(Band::SubOptimal)),
            (2, 1, 3)
        );
        let d = dashboard(&ws, "2015-06-15", &Filter::default(), Sort::default());
        assert_eq!(d.band_counts.unrated, 0);
    }
}

#[test]
fn names_and_languages() {
    let en = example_workspace(Lang::En);
    let es = example_workspace(Lang::Es);
    assert_eq!(en.name, "2013–2015 Mexico–Nicaragua example");
    assert_eq!(es.name, "Ejemplo México–Nicaragua 2013–2015");
    assert_eq!(en, example_workspace(Lang::En), "deterministic");
    for (a, b) in en.communities.iter().zip(&es.communities) {
        assert_eq!((&a.id, &a.name, &a.composition), (&b.id, &b.name, &b.composition));
        assert_eq!(a.products, b.products);
        if !a.summary.findings.is_empty() {
            assert_ne!(a.summary.findings, b.summary.findings, "{}", a.name);
        }
        assert_ne!(a.notes, b.notes);
    }
    let back: Workspace = serde_json::from_str(&serde_json::to_string(&es).unwrap()).unwrap();
    assert_eq!(back, es);
}

#[test]
fn summaries_hold_table3_and_linked_table4_pairs() {
    for lang in LANGS {
        let ws = example_workspace(lang);
        let s = |id: &str| &ws.community(id).unwrap().summary;
        // (CoP, words the title must contain, findings, recommendations)
        let cases: [(&str, &[&str], usize, usize); 4] = [
            ("example-chontales", &["El Ayote", "Nueva Guinea"], 4, 4),
            ("example-hidalgo", &["NOM-007-SSA2-2010", "Tula"], 3, 4),
            ("example-matagalpa", &["Trinidad Guevara", "Plan Parto", "Matiguás"], 7, 7),
            ("example-morelos", &["Morelos", "2014"], 3, 6),
        ];
        for (id, words, findings, recs) in cases {
            let sum = s(id);
            for w in words {
                assert!(sum.protocol_title.contains(w), "{id}: {}", sum.protocol_title);
            }
            assert_eq!((sum.findings.len(), sum.recommendations.len()), (findings, recs), "{id}");
            for f in &sum.findings {
                assert!(!f.recommendation_ids.is_empty());
                assert_eq!(sum.recommendations_for(&f.id).len(), f.recommendation_ids.len());
            }
            assert!(sum.unlinked_recommendations().is_empty(), "{id}");
            assert!(!sum.authors.is_empty());
        }
        assert!(s("example-morelos").findings[0].text.contains("46%"));
        assert_eq!(s("example-morelos").findings[0].recommendation_ids, ["r1", "r2", "r3"]);
        assert!(s("example-chontales").findings[1].text.contains("65%"));
        assert!(s("example-matagalpa").findings.iter().any(|f| f.text.contains("37%")));
        let ve = s("example-veracruz");
        assert!(ve.protocol_title.contains("VIII"));
        assert!(
            ve.findings.is_empty() && ve.recommendations.is_empty() && ve.main_messages.is_empty()
        );
        assert!(s("example-jinotega").is_blank());
        // Matagalpa's notes explain the two groups; Jinotega's why its summary is empty.
        assert!(ws.community("example-matagalpa").unwrap().notes.contains('2'));
        assert!(ws.community("example-jinotega").unwrap().notes.len() > 100);
    }
}

#[test]
fn products_agree_with_the_timely_delivery_scores() {
    for lang in LANGS {
        let ws = example_workspace(lang);
        for c in &ws.communities {
            let s = suggest_timely_delivery(&c.products, "2015-06-15");
            let consensus = c.assessments[0].consensus.get(&CriterionId::TimelyDelivery).copied();
            match c.id.as_str() {
                "example-hidalgo" | "example-morelos" | "example-veracruz" => {
                    assert_eq!(s.rating, consensus, "{}", c.name);
                }
                _ => assert_eq!(s.basis, Basis::NoDates, "{}", c.name),
            }
            assert!(c.products.literature_review.validate().is_empty());
            assert!(c.products.protocol.validate().is_empty());
            assert!(c.products.report.validate().is_empty());
        }
        let ve = ws.community("example-veracruz").unwrap();
        assert_eq!(ve.products.protocol.status("2015-06-15"), ProductStatus::DeliveredLate);
    }
}

#[test]
fn factors_from_the_paper() {
    for lang in LANGS {
        let ws = example_workspace(lang);
        let texts = |id: &str| -> String {
            ws.community(id).unwrap().factors.iter().map(|f| f.description.to_lowercase()).collect()
        };
        for id in ["example-chontales", "example-jinotega", "example-matagalpa"] {
            assert!(texts(id).contains("chikungunya"), "{id}");
        }
        let ve = ws.community("example-veracruz").unwrap();
        assert!(ve.factors.iter().any(|f| f.scope == Scope::External
            && f.effect == Effect::Hindering
            && (f.description.contains("turnover") || f.description.contains("rotación"))));
        for id in ["example-hidalgo", "example-morelos"] {
            let c = ws.community(id).unwrap();
            assert!(c.factors.iter().all(|f| f.effect == Effect::Enabling));
            assert!(texts(id).contains("facilitat") || texts(id).contains("facilitador"));
        }
        for c in &ws.communities {
            for f in &c.factors {
                assert_eq!(
                    f.fields().validate().as_ref().map(|x| &x.description),
                    Ok(&f.description)
                );
                assert!(f.id.starts_with(&c.id));
            }
            assert!(c
                .fields()
                .validate(ws.communities.iter().filter(|o| o.id != c.id).map(|o| o.name.as_str()))
                .is_ok());
        }
    }
}
