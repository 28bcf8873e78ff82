//! Page budgets and per-layer word counts.

use practica_core::summary::{
    BudgetError, Budgets, Finding, Layer, Message, Recommendation, Section, SectionKind, Summary,
};
use practica_core::text::Lang;

fn words(n: usize) -> String {
    vec!["palabra"; n].join(" ")
}

#[test]
fn defaults_are_the_published_limits_at_500_words() {
    let b = Budgets::default();
    assert_eq!(
        (b.words_per_page, b.messages_pages, b.executive_pages, b.report_pages),
        (500, 1, 3, 25)
    );
    assert_eq!(b.validate(), Ok(b.clone()));
    assert_eq!(b.budget_words(Layer::Messages), 500);
    assert_eq!(b.budget_words(Layer::Executive), 1500);
    assert_eq!(b.budget_words(Layer::Report), 12500);
}

#[test]
fn validation_reports_each_bad_field() {
    let b = Budgets { words_per_page: 99, messages_pages: 0, executive_pages: 3, report_pages: 0 };
    let errs = b.validate().unwrap_err();
    assert_eq!(
        errs,
        vec![
            BudgetError::WordsPerPage { min: 100, max: 1500 },
            BudgetError::NoPages(Layer::Messages),
            BudgetError::NoPages(Layer::Report),
        ]
    );
    assert_eq!(errs[0].field(), "words_per_page");
    assert_eq!(errs[2].field(), "report_pages");
    assert!(errs[0].message(Lang::En).contains("between 100 and 1500"));
    assert!(errs[0].message(Lang::Es).contains("entre 100 y 1500"));
    assert!(errs[1].message(Lang::Es).contains("Mensajes principales"));
    assert!(Budgets { words_per_page: 1500, ..Budgets::default() }.validate().is_ok());
    assert!(Budgets { words_per_page: 1501, ..Budgets::default() }.validate().is_err());
    assert!(Budgets { words_per_page: 100, ..Budgets::default() }.validate().is_ok());
}

#[test]
fn budgets_serde_fills_missing_fields() {
    let b: Budgets = serde_json::from_str(r#"{"words_per_page": 400}"#).unwrap();
    assert_eq!(b, Budgets { words_per_page: 400, ..Budgets::default() });
    let b: Budgets = serde_json::from_str("{}").unwrap();
    assert_eq!(b, Budgets::default());
}

#[test]
fn layer_labels_are_bilingual() {
    assert_eq!(Layer::Messages.label(Lang::En), "Main messages");
    assert_eq!(Layer::Messages.label(Lang::Es), "Mensajes principales");
    assert_eq!(Layer::Executive.label(Lang::Es), "Resumen ejecutivo");
    assert_eq!(Layer::Report.label(Lang::Es), "Informe");
}

fn sample() -> Summary {
    let mut s = Summary::new_template(Lang::En);
    s.protocol_title = "Not counted at all".into();
    s.main_messages = vec![
        Message { id: "m1".into(), text: words(10) },
        Message { id: "m2".into(), text: "— •".into() },
    ];
    s.executive[0].body = words(100);
    s.executive.push(Section {
        id: "x".into(),
        kind: SectionKind::Custom,
        heading: "Two words".into(),
        body: words(8),
    });
    s.findings = vec![Finding { id: "f1".into(), text: words(20), recommendation_ids: vec![] }];
    s.recommendations = vec![Recommendation { id: "r1".into(), text: words(30) }];
    s.report[3].body = words(1000);
    s
}

#[test]
fn layer_word_counts_follow_the_documented_rule() {
    let s = sample();
    assert_eq!(s.layer_words(Layer::Messages), 10);
    // sections (100 + custom heading 2 + 8) + findings 20 + recommendations 30
    assert_eq!(s.layer_words(Layer::Executive), 160);
    assert_eq!(s.layer_words(Layer::Report), 1000);
}

#[test]
fn counts_give_pages_in_tenths_rounded_up() {
    let [m, e, r] = sample().counts(&Budgets::default());
    assert_eq!(
        (m.layer, m.words, m.pages_tenths, m.budget_words, m.budget_pages),
        (Layer::Messages, 10, 1, 500, 1)
    );
    assert_eq!(e.pages_tenths, 4); // 160/500 = 0.32 → 0.4
    assert_eq!(r.pages_tenths, 20);
    assert!((r.pages() - 2.0).abs() < f32::EPSILON);
    assert!(!m.over && !e.over && !r.over);
    assert_eq!(r.over_by, 0);
}

#[test]
fn over_budget_by_a_word() {
    let s = Summary {
        main_messages: vec![Message { id: "m".into(), text: words(501) }],
        ..Summary::default()
    };
    let [m, _, _] = s.counts(&Budgets::default());
    assert!(m.over);
    assert_eq!(m.over_by, 1);
    assert_eq!(m.pages_tenths, 11); // never "1.0 page, over"
    let [m, _, _] = s.counts(&Budgets { words_per_page: 600, ..Budgets::default() });
    assert!(!m.over);
    let [m, _, _] = s.counts(&Budgets { messages_pages: 2, ..Budgets::default() });
    assert_eq!((m.budget_words, m.budget_pages, m.over), (1000, 2, false));
}

#[test]
fn nonsense_budgets_from_a_file_do_not_panic() {
    let s = sample();
    for b in [
        Budgets { words_per_page: 0, messages_pages: 0, executive_pages: 0, report_pages: 0 },
        Budgets {
            words_per_page: u32::MAX,
            messages_pages: u32::MAX,
            executive_pages: u32::MAX,
            report_pages: u32::MAX,
        },
    ] {
        let counts = s.counts(&b);
        assert!(counts.iter().all(|c| c.budget_words >= 100));
        let _ = s.warnings(&b);
    }
    let [m, _, _] = s.counts(&Budgets { words_per_page: 0, ..Budgets::default() });
    assert_eq!(m.budget_words, 100); // clamped to the minimum, not zero
}

#[test]
fn empty_summary_counts_zero() {
    let counts = Summary::default().counts(&Budgets::default());
    assert!(counts.iter().all(|c| c.words == 0 && c.pages_tenths == 0 && !c.over));
    assert_eq!(counts.map(|c| c.layer), Layer::ALL);
}
