//! HTML export: a standalone, printable document (one file, no scripts, no external resources)
//! that a CoP can open in any browser and print or save as PDF for decision-makers.
//!
//! Every piece of user text goes through `escape`, so text typed as `<script>` shows as text.
//! As a second line of defence the document carries a Content-Security-Policy that forbids
//! scripts and every external load; only the inline stylesheet is allowed.

use super::blocks::{blocks, Block};
use super::budget::Layer;
use super::labels;
use super::model::{Section, Summary};
use crate::text::{clean_line, Lang};

/// Print styles. No fixed `size` on `@page`: the printer's paper (A4 or US Letter) decides, and
/// the margins fit both (A4 is the narrower sheet, Letter the shorter one). Each layer of 1:3:25
/// starts on a new page so the page counts can be seen on paper.
const CSS: &str = "\
@page { margin: 20mm 18mm; }
html { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.45; color: #111; }
body { max-width: 170mm; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0 0 .4em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: .15em; margin-top: 1.2em; }
h3 { font-size: 12pt; margin: 1em 0 .3em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: 0 0 .6em; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
p.format { font-style: italic; color: #444; }
table.findings { border-collapse: collapse; width: 100%; }
table.findings th, table.findings td { border: 1px solid #999; padding: .3em .5em; vertical-align: top; text-align: left; }
table.findings ul { margin: 0; padding-left: 1.1em; }
ul.messages li { margin-bottom: .4em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  .layer + .layer { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
}
";

/// The summary as a standalone HTML document in `lang`.
pub fn to_html(summary: &Summary, cop_name: &str, lang: Lang) -> String {
    let code = match lang {
        Lang::En => "en",
        Lang::Es => "es",
    };
    let title = clean_line(&summary.protocol_title);
    let title = if title.is_empty() { labels::UNTITLED.get(lang).to_string() } else { title };
    let mut h = String::new();
    h.push_str(&format!("<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n"));
    h.push_str("<meta charset=\"utf-8\">\n");
    h.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!("<title>{}</title>\n", escape(&title)));
    h.push_str(&format!("<style>\n{CSS}</style>\n</head>\n<body>\n"));

    // Layer 1 page: cover details and main messages.
    h.push_str("<section class=\"layer\" id=\"messages\">\n<header>\n");
    h.push_str(&format!("<h1>{}</h1>\n", escape(&title)));
    push_meta(&mut h, summary, cop_name, lang);
    h.push_str(&format!(
        "<p class=\"format\">{}</p>\n</header>\n",
        escape(labels::FORMAT_NOTE.get(lang))
    ));
    h.push_str(&format!(
        "<h2>{}</h2>\n<ul class=\"messages\">\n",
        escape(Layer::Messages.label(lang))
    ));
    for m in &summary.main_messages {
        let text = clean_line(&m.text);
        if !text.is_empty() {
            h.push_str(&format!("<li>{}</li>\n", escape(&text)));
        }
    }
    h.push_str("</ul>\n</section>\n");

    h.push_str("<section class=\"layer\" id=\"executive\">\n");
    h.push_str(&format!("<h2>{}</h2>\n", escape(Layer::Executive.label(lang))));
    push_sections(&mut h, &summary.executive, lang);
    push_findings(&mut h, summary, lang);
    h.push_str("</section>\n");

    h.push_str("<section class=\"layer\" id=\"report\">\n");
    h.push_str(&format!("<h2>{}</h2>\n", escape(Layer::Report.label(lang))));
    push_sections(&mut h, &summary.report, lang);
    h.push_str("</section>\n</body>\n</html>\n");
    h
}

fn push_meta(h: &mut String, summary: &Summary, cop_name: &str, lang: Lang) {
    let meta = [
        (labels::COP, cop_name),
        (labels::AUTHORS, summary.authors.as_str()),
        (labels::DATE, summary.date.as_str()),
        (labels::AUDIENCE, summary.audience.as_str()),
    ];
    let rows: Vec<_> = meta
        .iter()
        .map(|(l, v)| (l.get(lang), clean_line(v)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    if rows.is_empty() {
        return;
    }
    h.push_str("<dl class=\"meta\">\n");
    for (label, value) in rows {
        h.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", escape(label), escape(&value)));
    }
    h.push_str("</dl>\n");
}

fn push_sections(h: &mut String, sections: &[Section], lang: Lang) {
    for s in sections.iter().filter(|s| !s.is_empty()) {
        h.push_str(&format!("<h3>{}</h3>\n", escape(&clean_line(&s.title(lang)))));
        for block in blocks(&s.body) {
            match block {
                Block::Paragraph(lines) => {
                    let lines: Vec<String> = lines.iter().map(|l| escape(l)).collect();
                    h.push_str(&format!("<p>{}</p>\n", lines.join("<br>\n")));
                }
                Block::Bullets(items) => push_list(h, "ul", &items),
                Block::Numbered(items) => push_list(h, "ol", &items),
            }
        }
    }
}

fn push_list(h: &mut String, tag: &str, items: &[String]) {
    h.push_str(&format!("<{tag}>\n"));
    for item in items {
        h.push_str(&format!("<li>{}</li>\n", escape(item)));
    }
    h.push_str(&format!("</{tag}>\n"));
}

/// Findings and recommendations as a two-column table, like the paper's Table 4.
fn push_findings(h: &mut String, summary: &Summary, lang: Lang) {
    let findings: Vec<_> = summary.findings.iter().filter(|f| !f.text.trim().is_empty()).collect();
    if !findings.is_empty() {
        h.push_str(&format!("<h3>{}</h3>\n", escape(labels::FINDINGS.get(lang))));
        h.push_str("<table class=\"findings\">\n<thead><tr>");
        h.push_str(&format!(
            "<th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
            escape(labels::FINDING.get(lang)),
            escape(labels::RECOMMENDATIONS.get(lang))
        ));
        h.push_str("</tr></thead>\n<tbody>\n");
        for f in findings {
            h.push_str(&format!("<tr><td>{}</td><td>", escape(&clean_line(&f.text))));
            let recs: Vec<String> = summary
                .recommendations_for(&f.id)
                .iter()
                .map(|r| clean_line(&r.text))
                .filter(|t| !t.is_empty())
                .collect();
            if !recs.is_empty() {
                h.push_str("<ul>");
                for r in recs {
                    h.push_str(&format!("<li>{}</li>", escape(&r)));
                }
                h.push_str("</ul>");
            }
            h.push_str("</td></tr>\n");
        }
        h.push_str("</tbody>\n</table>\n");
    }
    let others: Vec<String> = summary
        .unlinked_recommendations()
        .iter()
        .map(|r| clean_line(&r.text))
        .filter(|t| !t.is_empty())
        .collect();
    if !others.is_empty() {
        h.push_str(&format!("<h3>{}</h3>\n", escape(labels::OTHER_RECOMMENDATIONS.get(lang))));
        push_list(h, "ul", &others);
    }
}

/// Escapes the five characters that matter in HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
