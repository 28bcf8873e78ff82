//! No input makes the summary code panic: arbitrary text in every field, arbitrary budgets.

use practica_core::summary::{
    blocks, check, to_html, to_markdown, words, Budgets, Finding, Message, Recommendation, Section,
    SectionKind, Summary,
};
use practica_core::text::Lang;
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = String> {
    // Mixes Markdown/HTML specials, Spanish punctuation, digits, unicode and whitespace.
    prop::collection::vec(
        prop_oneof![
            Just("- ".to_string()),
            Just("1. ".to_string()),
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just("más investigación".to_string()),
            Just("<script>".to_string()),
            Just("¿¡«»—–•".to_string()),
            Just("35%".to_string()),
            "[a-zA-Z0-9 ]{0,12}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn any_summary() -> impl Strategy<Value = Summary> {
    (
        any_text(),
        prop::collection::vec(any_text(), 0..10),
        prop::collection::vec((any_text(), 0usize..4), 0..5),
    )
        .prop_map(|(t, texts, finds)| {
            let recs: Vec<Recommendation> = texts
                .iter()
                .enumerate()
                .map(|(i, x)| Recommendation { id: format!("r{i}"), text: x.clone() })
                .collect();
            Summary {
                protocol_title: t.clone(),
                authors: t.clone(),
                date: t.clone(),
                audience: t.clone(),
                main_messages: texts
                    .iter()
                    .enumerate()
                    .map(|(i, x)| Message { id: format!("m{i}"), text: x.clone() })
                    .collect(),
                executive: vec![Section {
                    id: "e".into(),
                    kind: SectionKind::Custom,
                    heading: t.clone(),
                    body: t.clone(),
                }],
                report: texts
                    .iter()
                    .enumerate()
                    .map(|(i, x)| Section {
                        id: format!("s{i}"),
                        kind: SectionKind::Results,
                        heading: String::new(),
                        body: x.clone(),
                    })
                    .collect(),
                findings: finds
                    .iter()
                    .enumerate()
                    .map(|(i, (x, r))| Finding {
                        id: format!("f{i}"),
                        text: x.clone(),
                        recommendation_ids: vec![format!("r{r}")],
                    })
                    .collect(),
                recommendations: recs,
            }
        })
}

proptest! {
    #[test]
    fn nothing_panics(s in any_summary(), wpp in any::<u32>(), pages in any::<u32>()) {
        let b = Budgets { words_per_page: wpp, messages_pages: pages, executive_pages: pages, report_pages: 0 };
        let _ = b.validate();
        let _ = s.counts(&b);
        for lang in [Lang::En, Lang::Es] {
            for w in check(&s, &b) {
                prop_assert!(!w.message(lang).is_empty());
            }
            let md = to_markdown(&s, &s.protocol_title, lang);
            prop_assert!(md.ends_with('\n'));
            let html = to_html(&s, &s.authors, lang);
            prop_assert!(!html.to_lowercase().contains("<script"));
        }
        let _ = blocks(&s.protocol_title);
    }

    #[test]
    fn word_count_never_exceeds_tokens(t in any_text()) {
        prop_assert!(words::count(&t) <= t.split_whitespace().count());
    }
}
