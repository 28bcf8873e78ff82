//! Warnings: each fires when it should and not otherwise.

use practica_core::summary::{
    check, has_action, more_research_phrase, restates, Budgets, Finding, Layer, Message,
    Recommendation, Summary, Target, WarningKind,
};
use practica_core::text::Lang;

const GOOD: [&str; 4] = [
    "Train all prenatal-care staff in obstetric emergencies.",
    "Supervise prenatal records every month.",
    "Capacitar al personal en el llenado del expediente clínico.",
    "Assign the quality team to follow up these actions.",
];

fn msgs(texts: &[&str]) -> Vec<Message> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Message { id: format!("m{i}"), text: t.to_string() })
        .collect()
}

fn with_messages(texts: &[&str]) -> Summary {
    Summary { main_messages: msgs(texts), ..Summary::default() }
}

fn kinds(s: &Summary) -> Vec<WarningKind> {
    check(s, &Budgets::default()).into_iter().map(|w| w.kind).collect()
}

#[test]
fn good_messages_raise_nothing() {
    assert_eq!(kinds(&with_messages(&GOOD)), vec![]);
}

#[test]
fn too_few_messages_ignoring_empty_ones() {
    let s = with_messages(&[GOOD[0], GOOD[1], "   ", "—", ""]);
    let w = check(&s, &Budgets::default());
    assert_eq!(w.len(), 1, "empty messages must not be warned about: {w:?}");
    assert_eq!(w[0].kind, WarningKind::TooFewMessages { count: 2, min: 3 });
    assert_eq!(w[0].target, Target::Layer(Layer::Messages));
    assert!(w[0].message(Lang::En).contains("there are 2"));
    assert!(w[0].message(Lang::Es).contains("hay 2"));
    assert_eq!(kinds(&with_messages(&GOOD[..3])), vec![]);
    assert_eq!(kinds(&Summary::default()), vec![WarningKind::TooFewMessages { count: 0, min: 3 }]);
}

#[test]
fn too_many_messages() {
    let eight = [GOOD, GOOD].concat();
    assert_eq!(kinds(&with_messages(&eight)), vec![]);
    let nine = [&eight[..], &[GOOD[0]]].concat();
    let w = check(&with_messages(&nine), &Budgets::default());
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].kind, WarningKind::TooManyMessages { count: 9, max: 8 });
    assert!(w[0].message(Lang::En).contains("at most 8"));
    assert!(w[0].message(Lang::Es).contains("como máximo 8"));
}

#[test]
fn more_research_phrases_in_both_languages_any_case_or_accent() {
    let cases = [
        ("More research is needed on record-keeping.", "more research"),
        ("FURTHER RESEARCH IS NEEDED.", "further research"),
        ("We recommend more studies of this.", "more studies"),
        ("Se necesita más investigación sobre el tema.", "mas investigacion"),
        ("Se necesitan MÁS ESTUDIOS.", "mas estudios"),
        ("se necesitan mas estudios", "mas estudios"),
        ("Se requiere más investigación.", "mas investigacion"),
        ("Se requiere mas investigacion antes de actuar", "mas investigacion"),
        ("Hay que seguir investigando.", "seguir investigando"),
    ];
    for (text, phrase) in cases {
        assert_eq!(more_research_phrase(text), Some(phrase), "{text}");
        let s = with_messages(&[GOOD[0], GOOD[1], GOOD[2], text]);
        let w = check(&s, &Budgets::default());
        assert_eq!(w.len(), 1, "{text}: {w:?}");
        assert_eq!(w[0].kind, WarningKind::MoreResearch { position: 4, phrase });
        assert_eq!(w[0].target, Target::Message("m3".into()));
        assert!(w[0].message(Lang::En).contains("Main message 4"));
        assert!(w[0].message(Lang::En).contains("Further research"));
        assert!(w[0].message(Lang::Es).contains("Investigación futura"));
    }
    for text in [
        "Research the options with the state team.", // no "more"
        "Train more staff in emergencies.",
        "Se necesitan más enfermeras en el turno nocturno.",
        "Estudiar más a fondo los expedientes.", // "más a fondo", not "más estudios"
        "Use the research findings now.",
    ] {
        assert_eq!(more_research_phrase(text), None, "{text}");
    }
}

fn with_finding(message: &str, finding: &str) -> Summary {
    Summary {
        main_messages: msgs(&[GOOD[0], GOOD[1], GOOD[2], message]),
        findings: vec![Finding {
            id: "f1".into(),
            text: finding.into(),
            recommendation_ids: vec!["r1".into()],
        }],
        recommendations: vec![Recommendation {
            id: "r1".into(),
            text: "Supervise records.".into(),
        }],
        ..Summary::default()
    }
}

const FINDING: &str =
    "Only 35% of the analysed medical records contain at least 80% of the required information.";

#[test]
fn a_message_that_only_restates_a_finding() {
    let s = with_finding("Only 35% of analysed records contain the required information.", FINDING);
    let w = check(&s, &Budgets::default());
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].kind, WarningKind::RestatesFinding { position: 4, finding_position: 1 });
    assert_eq!(w[0].target, Target::Message("m3".into()));
    assert!(w[0].message(Lang::En).contains("repeats finding 1"));
    assert!(w[0].message(Lang::Es).contains("repite el hallazgo 1"));

    let es = with_finding(
        "Solo el 35% de los expedientes analizados registra la información requerida.",
        "Solo el 35% de los expedientes clínicos analizados registra al menos el 80% de la información que exige la norma.",
    );
    assert_eq!(kinds(&es), vec![WarningKind::RestatesFinding { position: 4, finding_position: 1 }]);
}

#[test]
fn the_same_words_with_an_action_are_a_good_message() {
    let s = with_finding(
        "Supervise records every month: only 35% contain the required information.",
        FINDING,
    );
    assert_eq!(kinds(&s), vec![]);
    let es = with_finding(
        "Supervisar cada mes los expedientes: solo el 35% registra la información requerida.",
        "Solo el 35% de los expedientes analizados registra la información requerida.",
    );
    assert_eq!(kinds(&es), vec![]);
}

#[test]
fn a_statement_unrelated_to_any_finding_is_not_called_a_restatement() {
    // No action word, but it shares nothing with the finding: we do not guess.
    let s = with_finding("Women value the workshops in their own communities.", FINDING);
    assert_eq!(kinds(&s), vec![]);
    // Sharing one word is not enough.
    assert!(!restates("Records matter.", FINDING));
    assert!(restates("35% of records", FINDING));
    assert!(!restates("", FINDING));
}

#[test]
fn more_research_wins_over_restating_so_a_message_is_warned_once() {
    let s = with_finding(
        "Only 35% of analysed records contain the required information; more research is needed.",
        FINDING,
    );
    assert_eq!(kinds(&s), vec![WarningKind::MoreResearch { position: 4, phrase: "more research" }]);
}

#[test]
fn action_detection() {
    assert!(has_action("Train all staff"));
    assert!(has_action("The jurisdiction should supervise records"));
    assert!(has_action("Capaciten al personal"));
    assert!(has_action("Se recomienda supervisar"));
    assert!(!has_action("Only 35% of records are complete"));
    assert!(!has_action("La supervisión de los expedientes es escasa"));
}

#[test]
fn finding_without_recommendation() {
    let mut s = with_messages(&GOOD);
    s.findings = vec![
        Finding { id: "f1".into(), text: "Linked".into(), recommendation_ids: vec!["r1".into()] },
        Finding { id: "f2".into(), text: "Alone".into(), recommendation_ids: vec![] },
        Finding {
            id: "f3".into(),
            text: "Dangling".into(),
            recommendation_ids: vec!["gone".into()],
        },
        Finding { id: "f4".into(), text: "  ".into(), recommendation_ids: vec![] },
        Finding {
            id: "f5".into(),
            text: "Blank rec".into(),
            recommendation_ids: vec!["r2".into()],
        },
    ];
    s.recommendations = vec![
        Recommendation { id: "r1".into(), text: "Do it".into() },
        Recommendation { id: "r2".into(), text: "".into() },
    ];
    let w = check(&s, &Budgets::default());
    let targets: Vec<_> = w.iter().map(|w| w.target.clone()).collect();
    assert_eq!(
        targets,
        vec![
            Target::Finding("f2".into()),
            Target::Finding("f3".into()),
            Target::Finding("f5".into())
        ]
    );
    assert_eq!(w[0].kind, WarningKind::FindingWithoutRecommendation { position: 2 });
    assert!(w[0].message(Lang::En).starts_with("Finding 2 has no recommendation"));
    assert!(w[0].message(Lang::Es).starts_with("El hallazgo 2 no tiene recomendación"));
}

#[test]
fn layer_over_budget_says_by_how_much() {
    let mut s = with_messages(&GOOD);
    s.report = vec![practica_core::summary::Section {
        body: vec!["palabra"; 12_620].join(" "),
        ..Default::default()
    }];
    let w = check(&s, &Budgets::default());
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].target, Target::Layer(Layer::Report));
    assert_eq!(
        w[0].kind,
        WarningKind::OverBudget {
            layer: Layer::Report,
            words: 12_620,
            budget_words: 12_500,
            budget_pages: 25,
            words_per_page: 500,
            over_by: 120
        }
    );
    let en = w[0].message(Lang::En);
    assert!(
        en.starts_with("Report: 12620 words, 120 over the budget of 12500 (25 pages × 500 words)."),
        "{en}"
    );
    let es = w[0].message(Lang::Es);
    assert!(
        es.starts_with(
            "Informe: 12620 palabras, 120 más que el límite de 12500 (25 páginas × 500 palabras)."
        ),
        "{es}"
    );
    // A bigger page budget removes the warning.
    assert!(check(&s, &Budgets { report_pages: 26, ..Budgets::default() }).is_empty());

    let mut m = with_messages(&GOOD);
    m.main_messages[0].text = vec!["word"; 600].join(" ");
    let w = check(&m, &Budgets::default());
    assert_eq!(w.len(), 1);
    assert!(w[0].message(Lang::En).contains("(1 page × 500 words)"));
    assert!(w[0].message(Lang::Es).contains("(1 página × 500 palabras)"));
}

#[test]
fn warnings_come_in_screen_order() {
    let mut s = with_finding("More research is needed.", FINDING);
    s.main_messages.truncate(1);
    s.main_messages[0].text = "More research is needed.".into();
    s.findings[0].recommendation_ids.clear();
    let k = kinds(&s);
    assert!(matches!(k[0], WarningKind::TooFewMessages { .. }));
    assert!(matches!(k[1], WarningKind::MoreResearch { .. }));
    assert!(matches!(k[2], WarningKind::FindingWithoutRecommendation { .. }));
    assert_eq!(k.len(), 3);
}
