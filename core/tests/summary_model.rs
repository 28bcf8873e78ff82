//! The summary model: template, serde, editing operations and links.

use practica_core::summary::{EditError, Message, Move, Part, Section, SectionKind, Summary};
use practica_core::text::Lang;

#[test]
fn template_shows_the_structure() {
    let t = Summary::new_template(Lang::Es);
    assert_eq!(t.executive.iter().map(|s| s.kind).collect::<Vec<_>>(), SectionKind::EXECUTIVE);
    assert_eq!(t.report.iter().map(|s| s.kind).collect::<Vec<_>>(), SectionKind::REPORT);
    assert!(t.executive.iter().chain(&t.report).all(|s| s.body.is_empty() && s.heading.is_empty()));
    assert!(t.main_messages.is_empty() && t.findings.is_empty() && t.recommendations.is_empty());
    assert!(t.is_blank());
    assert!(Summary::default().is_blank());
    // Headings follow the reader's language at display time.
    assert_eq!(t.executive[0].title(Lang::En), "What we studied and why");
    assert_eq!(t.executive[0].title(Lang::Es), "Qué estudiamos y por qué");
    assert_eq!(t.report[7].title(Lang::Es), "Anexos");
    // Template ids are unique.
    let mut ids: Vec<_> = t.executive.iter().chain(&t.report).map(|s| s.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12);
}

#[test]
fn custom_heading_overrides_label() {
    let mut s = Section::new("c", SectionKind::Results);
    s.heading = "  Lo que vimos  ".into();
    assert_eq!(s.title(Lang::En), "Lo que vimos");
    s.heading = "   ".into();
    assert_eq!(s.title(Lang::En), "Results");
}

#[test]
fn every_kind_has_labels_and_hints_in_both_languages() {
    let all =
        SectionKind::EXECUTIVE.iter().chain(&SectionKind::REPORT).chain(&[SectionKind::Custom]);
    for k in all {
        for lang in [Lang::En, Lang::Es] {
            assert!(!k.label(lang).is_empty());
            assert!(!k.hint(lang).is_empty());
        }
        assert_ne!(k.label(Lang::En), k.label(Lang::Es));
    }
}

#[test]
fn serde_round_trip_and_tolerant_loading() {
    let mut s = practica_core::summary::example_summary(Lang::Es);
    s.main_messages.push(Message { id: "x".into(), text: "<b>«ñ» & \"q\"</b>".into() });
    let json = serde_json::to_string(&s).unwrap();
    let back: Summary = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    // Missing fields default; an unknown section kind from a newer app becomes Custom.
    let partial: Summary = serde_json::from_str(
        r#"{"protocol_title":"T","report":[{"id":"a","kind":"cost_analysis","body":"b"}],"main_messages":[{"text":"m"}]}"#,
    )
    .unwrap();
    assert_eq!(partial.protocol_title, "T");
    assert_eq!(partial.report[0].kind, SectionKind::Custom);
    assert_eq!(partial.main_messages[0].id, "");
    let kind = serde_json::to_string(&SectionKind::ProblemAndQuestion).unwrap();
    assert_eq!(kind, "\"problem_and_question\"");
}

#[test]
fn messages_add_edit_move_remove() {
    let mut s = Summary::default();
    s.add_message("a", "A").unwrap();
    s.add_message("b", "B").unwrap();
    s.add_message("c", "C").unwrap();
    assert_eq!(s.add_message("a", "again"), Err(EditError::DuplicateId("a".into())));
    s.set_message_text("b", "B2").unwrap();
    assert_eq!(s.message("b").unwrap().text, "B2");
    assert_eq!(s.move_message("a", Move::Up), Ok(false));
    assert_eq!(s.move_message("c", Move::Down), Ok(false));
    assert_eq!(s.move_message("c", Move::Up), Ok(true));
    let order: Vec<_> = s.main_messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["a", "c", "b"]);
    assert_eq!(s.move_message("a", Move::Down), Ok(true));
    let (at, removed) = s.remove_message("a").unwrap();
    assert_eq!((at, removed.text.as_str()), (1, "A"));
    assert_eq!(s.remove_message("a"), Err(EditError::UnknownId("a".into())));
    assert_eq!(s.set_message_text("zz", "x"), Err(EditError::UnknownId("zz".into())));
    assert_eq!(s.move_message("zz", Move::Up), Err(EditError::UnknownId("zz".into())));
    practica_core::summary::insert_item(&mut s.main_messages, at, removed).unwrap();
    let order: Vec<_> = s.main_messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["c", "a", "b"]);
}

#[test]
fn findings_and_recommendations_link_many_to_many() {
    let mut s = Summary::default();
    s.add_finding("f1", "35% of records complete").unwrap();
    s.add_finding("f2", "60% unprepared").unwrap();
    s.add_recommendation("r1", "Supervise").unwrap();
    s.add_recommendation("r2", "Train").unwrap();
    assert_eq!(s.link("f1", "r1"), Ok(true));
    assert_eq!(s.link("f1", "r1"), Ok(false));
    assert_eq!(s.link("f1", "r2"), Ok(true));
    assert_eq!(s.link("f2", "r2"), Ok(true));
    assert_eq!(s.link("f2", "nope"), Err(EditError::UnknownId("nope".into())));
    assert_eq!(s.link("nope", "r1"), Err(EditError::UnknownId("nope".into())));
    let recs: Vec<_> = s.recommendations_for("f1").iter().map(|r| r.id.as_str()).collect();
    assert_eq!(recs, ["r1", "r2"]);
    let finds: Vec<_> = s.findings_for("r2").iter().map(|f| f.id.as_str()).collect();
    assert_eq!(finds, ["f1", "f2"]);
    assert_eq!(s.unlink("f1", "r1"), Ok(true));
    assert_eq!(s.unlink("f1", "r1"), Ok(false));
    assert_eq!(s.unlinked_recommendations().len(), 1);

    // Removing a recommendation removes its links, and undo puts them back.
    let (at, rec, linked) = s.remove_recommendation("r2").unwrap();
    assert_eq!((at, linked.clone()), (1, vec!["f1".to_string(), "f2".to_string()]));
    assert!(s.findings.iter().all(|f| f.recommendation_ids.is_empty()));
    s.restore_recommendation(at, rec, &linked).unwrap();
    assert_eq!(s.findings_for("r2").len(), 2);

    assert_eq!(s.move_finding("f2", Move::Up), Ok(true));
    assert_eq!(s.findings[0].id, "f2");
    assert_eq!(s.move_recommendation("r2", Move::Up), Ok(true));
    assert_eq!(s.recommendations[0].id, "r2");
    s.set_finding_text("f1", "new").unwrap();
    s.set_recommendation_text("r1", "new r").unwrap();
    let (_, f) = s.remove_finding("f1").unwrap();
    assert_eq!(f.text, "new");
    assert!(s.recommendations_for("f1").is_empty());
}

#[test]
fn dangling_links_are_ignored_and_can_be_unlinked() {
    let s: Summary = serde_json::from_str(
        r#"{"findings":[{"id":"f","text":"x","recommendation_ids":["gone"]}]}"#,
    )
    .unwrap();
    assert!(s.recommendations_for("f").is_empty());
    let mut s = s;
    assert_eq!(s.unlink("f", "gone"), Ok(true));
}

#[test]
fn sections_add_edit_move_remove() {
    let mut s = Summary::new_template(Lang::En);
    s.add_section(Part::Report, Section::new("costs", SectionKind::Custom)).unwrap();
    assert_eq!(
        s.add_section(Part::Report, Section::new("costs", SectionKind::Custom)),
        Err(EditError::DuplicateId("costs".into()))
    );
    s.set_section(Part::Report, "costs", "Costs", "Cheap.").unwrap();
    assert_eq!(s.sections(Part::Report).last().unwrap().title(Lang::Es), "Costs");
    assert_eq!(s.move_section(Part::Report, "costs", Move::Up), Ok(true));
    assert_eq!(s.report[7].id, "costs");
    assert!(s.set_section(Part::Executive, "costs", "", "").is_err());
    let (at, _) = s.remove_section(Part::Report, "costs").unwrap();
    assert_eq!(at, 7);
    assert_eq!(s.report.len(), 8);
    assert!(s.is_blank());
}
