//! Core support for the summary builder screen: budget settings as typed, counter numbers,
//! export file names, the list overview, warnings per layer, the template start and the
//! example CoP.

use practica_core::summary::{
    check, example_cop_fields, example_summary, export_file_name, group_thousands, tenths_text,
    warnings_in, BudgetError, BudgetField, BudgetTexts, Budgets, Layer, Overview, Summary, Target,
    EXAMPLE_COP_NAME,
};
use practica_core::text::Lang;
use practica_core::{CommunityFields, Workspace};

fn texts(w: &str, m: &str, e: &str, r: &str) -> BudgetTexts {
    BudgetTexts([w.into(), m.into(), e.into(), r.into()])
}

#[test]
fn budget_texts_round_trip_and_parse() {
    let b =
        Budgets { words_per_page: 350, messages_pages: 1, executive_pages: 4, report_pages: 20 };
    let t = BudgetTexts::from_budgets(&b);
    assert_eq!(t.get(BudgetField::WordsPerPage), "350");
    assert_eq!(t.get(BudgetField::Pages(Layer::Executive)), "4");
    assert_eq!(t.parse(), Ok(b));
    assert_eq!(texts(" 1,000 ", "1", "3", "25").parse().map(|b| b.words_per_page), Ok(1000));
    let mut t = BudgetTexts::from_budgets(&Budgets::default());
    t.set(BudgetField::Pages(Layer::Report), "30");
    assert_eq!(t.parse().map(|b| b.report_pages), Ok(30));
}

#[test]
fn budget_texts_report_one_error_per_field() {
    let errs = texts("abc", "0", "2.5", "").parse().unwrap_err();
    assert_eq!(
        errs,
        vec![
            BudgetError::NotAWholeNumber(BudgetField::WordsPerPage),
            BudgetError::NoPages(Layer::Messages),
            BudgetError::NotAWholeNumber(BudgetField::Pages(Layer::Executive)),
            BudgetError::NotAWholeNumber(BudgetField::Pages(Layer::Report)),
        ]
    );
    let fields: Vec<_> = errs.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["words_per_page", "messages_pages", "executive_pages", "report_pages"]);
    let errs = texts("50", "1", "3", "25").parse().unwrap_err();
    assert_eq!(errs, vec![BudgetError::WordsPerPage { min: 100, max: 1500 }]);
}

#[test]
fn budget_errors_say_what_to_type_in_both_languages() {
    let e = BudgetError::NotAWholeNumber(BudgetField::WordsPerPage);
    assert!(e.message(Lang::En).contains("whole number") && e.message(Lang::En).contains("500"));
    assert!(e.message(Lang::Es).contains("número entero"));
    let e = BudgetError::NotAWholeNumber(BudgetField::Pages(Layer::Executive));
    assert!(e.message(Lang::En).contains("executive summary") && e.message(Lang::En).contains('3'));
    assert!(e.message(Lang::Es).contains("Resumen ejecutivo"));
}

#[test]
fn counter_numbers() {
    assert_eq!(group_thousands(0), "0");
    assert_eq!(group_thousands(999), "999");
    assert_eq!(group_thousands(1500), "1,500");
    assert_eq!(group_thousands(12500), "12,500");
    assert_eq!(group_thousands(1_234_567), "1,234,567");
    assert_eq!(tenths_text(8), "0.8");
    assert_eq!(tenths_text(10), "1.0");
    assert_eq!(tenths_text(255), "25.5");
    let s = Summary { main_messages: vec![], ..example_summary(Lang::En) };
    let [m, e, _] = s.counts(&Budgets::default());
    assert_eq!(
        (m.words_text(), m.pages_text(), m.budget_words_text()),
        ("0".into(), "0.0".into(), "500".into())
    );
    assert_eq!(e.budget_words_text(), "1,500");
}

#[test]
fn file_names_come_from_the_cop_name() {
    assert_eq!(export_file_name("Hidalgo", Lang::En, "md"), "executive-summary-hidalgo.md");
    assert_eq!(
        export_file_name("Matagalpa 2 – San José, Matiguás", Lang::Es, "html"),
        "resumen-ejecutivo-matagalpa-2-san-jose-matiguas.html"
    );
    assert_eq!(export_file_name("  «¿?»  ", Lang::En, "md"), "executive-summary.md");
    assert_eq!(
        export_file_name("../../etc/passwd", Lang::En, ".h/tml"),
        "executive-summary-etc-passwd.html"
    );
    let long = export_file_name(&"a".repeat(300), Lang::En, "md");
    assert!(long.len() < 90, "{long}");
}

#[test]
fn overview_of_a_summary() {
    let b = Budgets::default();
    assert_eq!(Summary::default().overview(&b), Overview::Empty);
    assert_eq!(Summary::new_template(Lang::En).overview(&b), Overview::Empty);
    let ex = example_summary(Lang::Es);
    let words = ex.counts(&b).iter().map(|c| c.words).sum();
    assert_eq!(ex.overview(&b), Overview::Written { words, warnings: 0 });
    let mut one = Summary::default();
    one.add_message("m1", "More research is needed.").unwrap();
    // Too few messages + "more research".
    assert_eq!(one.overview(&b), Overview::Written { words: 4, warnings: 2 });
}

#[test]
fn warnings_belong_to_a_layer() {
    assert_eq!(Target::Message("m".into()).layer(), Layer::Messages);
    assert_eq!(Target::Finding("f".into()).layer(), Layer::Executive);
    assert_eq!(Target::Layer(Layer::Report).layer(), Layer::Report);
    let mut s = Summary::default();
    s.add_message("m1", "More research is needed.").unwrap();
    s.add_finding("f1", "Only 35% of records are complete.").unwrap();
    let w = check(&s, &Budgets::default());
    assert_eq!(warnings_in(&w, Layer::Messages), 2);
    assert_eq!(warnings_in(&w, Layer::Executive), 1);
    assert_eq!(warnings_in(&w, Layer::Report), 0);
}

#[test]
fn only_a_never_started_summary_takes_the_template() {
    let mut s = Summary::default();
    assert!(s.needs_template());
    assert!(s.start_from_template(Lang::Es));
    assert_eq!(s, Summary::new_template(Lang::Es));
    assert!(!s.needs_template());
    // Sections removed on purpose stay removed once something is written.
    let mut kept = Summary { protocol_title: "Plan Parto".into(), ..Summary::default() };
    assert!(!kept.start_from_template(Lang::En));
    assert!(kept.executive.is_empty());
    // A summary with its template but nothing written is not restarted either.
    let mut t = Summary::new_template(Lang::En);
    t.executive.clear();
    assert!(!t.start_from_template(Lang::En));
    assert!(t.executive.is_empty());
}

#[test]
fn example_cop_gets_a_free_name_and_validates() {
    let f = example_cop_fields([], Lang::En);
    assert_eq!(f.name, EXAMPLE_COP_NAME);
    assert_eq!(example_cop_fields(["hidalgo"], Lang::En).name, "Hidalgo (example)");
    assert_eq!(
        example_cop_fields(["Hidalgo", "HIDALGO (EJEMPLO)"], Lang::Es).name,
        "Hidalgo (ejemplo 2)"
    );
    let mut ws = Workspace::default();
    for i in 0..4 {
        let names: Vec<String> = ws.communities.iter().map(|c| c.name.clone()).collect();
        let f: CommunityFields = example_cop_fields(names.iter().map(String::as_str), Lang::Es);
        ws.add_community(format!("c{i}"), &f, 0).unwrap();
    }
    let names: Vec<_> = ws.communities.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["Hidalgo", "Hidalgo (ejemplo)", "Hidalgo (ejemplo 2)", "Hidalgo (ejemplo 3)"]
    );
    assert!(ws.communities[0].notes.contains("Ejemplo ilustrativo"));
}
