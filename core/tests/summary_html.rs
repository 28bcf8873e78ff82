//! HTML export: standalone, printable, script-free, and every piece of user text escaped.

use practica_core::summary::{
    escape_html, example_summary, to_html, Finding, Message, Recommendation, Section, SectionKind,
    Summary, EXAMPLE_COP_NAME,
};
use practica_core::text::Lang;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";

/// Hostile text in every field a user can type into.
fn hostile() -> Summary {
    let evil = format!("{SCRIPT} {IMG} \"quoted\" 'single' & more");
    Summary {
        protocol_title: evil.clone(),
        authors: evil.clone(),
        date: evil.clone(),
        audience: evil.clone(),
        main_messages: vec![Message { id: "m".into(), text: evil.clone() }],
        executive: vec![Section {
            id: "e".into(),
            kind: SectionKind::Custom,
            heading: evil.clone(),
            body: format!("{evil}\n- {evil}\n1. {evil}"),
        }],
        report: vec![Section {
            id: "r".into(),
            kind: SectionKind::Results,
            heading: String::new(),
            body: evil.clone(),
        }],
        findings: vec![Finding {
            id: "f".into(),
            text: evil.clone(),
            recommendation_ids: vec!["r".into()],
        }],
        recommendations: vec![
            Recommendation { id: "r".into(), text: evil.clone() },
            Recommendation { id: "r2".into(), text: evil },
        ],
    }
}

#[test]
fn user_text_is_escaped_everywhere() {
    let html = to_html(&hostile(), SCRIPT, Lang::En);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    assert!(!lower.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&quot;quoted&quot; &#39;single&#39; &amp; more"));
    // Every field made it into the document (title, h1, 4 metadata incl. CoP name, message,
    // custom heading, paragraph, bullet, numbered item, report body, finding, 2 recommendations).
    assert!(html.matches("&lt;script&gt;").count() >= 15, "{html}");
}

#[test]
fn escape_covers_the_five_characters() {
    assert_eq!(escape_html(r#"& < > " '"#), "&amp; &lt; &gt; &quot; &#39;");
    assert_eq!(escape_html("¿Qué? «ñ» — 35%"), "¿Qué? «ñ» — 35%");
}

#[test]
fn standalone_printable_document_without_scripts() {
    for (lang, code) in [(Lang::En, "en"), (Lang::Es, "es")] {
        let html = to_html(&example_summary(lang), EXAMPLE_COP_NAME, lang);
        assert!(html.starts_with("<!DOCTYPE html>\n"));
        assert!(html.contains(&format!("<html lang=\"{code}\">")));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("Content-Security-Policy"));
        assert!(html.contains("@page"));
        assert!(html.contains("break-before: page"));
        assert_eq!(html.matches("<section class=\"layer\"").count(), 3);
        let lower = html.to_lowercase();
        for banned in ["<script", "javascript:", " on", "<link", "<img", "<iframe", "src="] {
            // " on" would catch inline handlers such as onload=; our markup has none.
            if banned == " on" {
                assert!(
                    !lower.contains(" onload")
                        && !lower.contains(" onerror")
                        && !lower.contains(" onclick")
                );
            } else {
                assert!(!lower.contains(banned), "{banned} in {lang:?} export");
            }
        }
        assert!(html.trim_end().ends_with("</html>"));
    }
}

#[test]
fn layers_and_table_in_order() {
    let html = to_html(&example_summary(Lang::Es), EXAMPLE_COP_NAME, Lang::Es);
    let pos = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("missing {needle}"));
    assert!(pos("<h2>Mensajes principales</h2>") < pos("<h2>Resumen ejecutivo</h2>"));
    assert!(pos("<h2>Resumen ejecutivo</h2>") < pos("<h3>Hallazgos y recomendaciones</h3>"));
    assert!(pos("<h3>Hallazgos y recomendaciones</h3>") < pos("<h2>Informe</h2>"));
    assert!(html.contains("<th scope=\"col\">Hallazgo</th><th scope=\"col\">Recomendaciones</th>"));
    assert_eq!(html.matches("<tr><td>").count(), 3);
    assert!(html.contains("<dt>Comunidad de Práctica</dt><dd>Hidalgo</dd>"));
}

#[test]
fn deterministic_and_empty_safe() {
    let s = example_summary(Lang::En);
    assert_eq!(to_html(&s, "Hidalgo", Lang::En), to_html(&s, "Hidalgo", Lang::En));
    let empty = to_html(&Summary::default(), "", Lang::En);
    assert!(empty.contains("<title>Executive summary</title>"));
    assert!(!empty.contains("<dl"));
}
