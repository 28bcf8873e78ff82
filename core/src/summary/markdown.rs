//! Markdown export: a plain-text copy of the summary that pastes into documents and e-mails.
//!
//! Deterministic (same summary, same bytes), so it can be tested against a fixture file. Blank
//! items and empty sections are left out: the export is for readers, not a view of the form.

use super::blocks::{blocks, Block};
use super::budget::Layer;
use super::labels;
use super::model::{Section, Summary};
use crate::text::{clean_line, Lang};

/// The summary as Markdown: title, metadata, main messages, executive summary (sections, then
/// findings with their recommendations as a nested list), report sections.
pub fn to_markdown(summary: &Summary, cop_name: &str, lang: Lang) -> String {
    let mut md = String::new();
    let title = clean_line(&summary.protocol_title);
    let title = if title.is_empty() { labels::UNTITLED.get(lang).to_string() } else { title };
    md.push_str(&format!("# {}\n\n", escape_line(&title)));

    let meta = [
        (labels::COP, cop_name),
        (labels::AUTHORS, summary.authors.as_str()),
        (labels::DATE, summary.date.as_str()),
        (labels::AUDIENCE, summary.audience.as_str()),
    ];
    for (label, value) in meta {
        let value = clean_line(value);
        if !value.is_empty() {
            md.push_str(&format!("- **{}:** {}\n", label.get(lang), escape_inline(&value)));
        }
    }
    md.push_str(&format!("\n*{}*\n", labels::FORMAT_NOTE.get(lang)));

    md.push_str(&format!("\n## {}\n\n", Layer::Messages.label(lang)));
    for m in &summary.main_messages {
        let text = clean_line(&m.text);
        if !text.is_empty() {
            md.push_str(&format!("- {}\n", escape_line(&text)));
        }
    }

    md.push_str(&format!("\n## {}\n", Layer::Executive.label(lang)));
    push_sections(&mut md, &summary.executive, lang);
    push_findings(&mut md, summary, lang);

    md.push_str(&format!("\n## {}\n", Layer::Report.label(lang)));
    push_sections(&mut md, &summary.report, lang);
    md
}

fn push_sections(md: &mut String, sections: &[Section], lang: Lang) {
    for s in sections.iter().filter(|s| !s.is_empty()) {
        md.push_str(&format!("\n### {}\n", escape_line(&clean_line(&s.title(lang)))));
        for block in blocks(&s.body) {
            md.push('\n');
            match block {
                Block::Paragraph(lines) => {
                    for line in lines {
                        md.push_str(&escape_line(&line));
                        md.push('\n');
                    }
                }
                Block::Bullets(items) => {
                    for item in items {
                        md.push_str(&format!("- {}\n", escape_line(&item)));
                    }
                }
                Block::Numbered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        md.push_str(&format!("{}. {}\n", i + 1, escape_line(item)));
                    }
                }
            }
        }
    }
}

/// Findings as a numbered list, each with its recommendations nested under it (a Markdown
/// table cannot hold a list, and a finding may have several). Recommendations that no finding
/// links to follow under their own heading so nothing the team wrote is lost.
fn push_findings(md: &mut String, summary: &Summary, lang: Lang) {
    let findings: Vec<_> = summary.findings.iter().filter(|f| !f.text.trim().is_empty()).collect();
    if !findings.is_empty() {
        md.push_str(&format!("\n### {}\n\n", labels::FINDINGS.get(lang)));
        for (i, f) in findings.iter().enumerate() {
            let marker = format!("{}. ", i + 1);
            md.push_str(&format!("{marker}{}\n", escape_line(&clean_line(&f.text))));
            // Nested items must be indented to the finding's text to stay inside its item.
            let indent = " ".repeat(marker.len());
            for r in summary.recommendations_for(&f.id) {
                let text = clean_line(&r.text);
                if !text.is_empty() {
                    md.push_str(&format!("{indent}- → {}\n", escape_line(&text)));
                }
            }
        }
    }
    let others: Vec<String> = summary
        .unlinked_recommendations()
        .iter()
        .map(|r| clean_line(&r.text))
        .filter(|t| !t.is_empty())
        .collect();
    if !others.is_empty() {
        md.push_str(&format!("\n### {}\n\n", labels::OTHER_RECOMMENDATIONS.get(lang)));
        for t in others {
            md.push_str(&format!("- {}\n", escape_line(&t)));
        }
    }
}

/// Escapes the characters that would turn user text into formatting, links or raw HTML:
/// backslash, backtick, `*`, `_`, `~`, `[`, `]`, `<`, `>`, `|`, and `&` when it could start an
/// entity. Everything else (accents, "%", "¿", "«»", "—") passes through untouched so the
/// Markdown stays readable as text.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let entity =
            c == '&' && chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if entity || matches!(c, '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `escape_inline`, plus what only matters at the start of a line: "#" (heading), "+", "-",
/// "=" (list or heading underline) and "1." / "1)" (numbered list).
///
/// List items and headings use it too: "- # x" or "- 1. x" would otherwise become a heading or
/// a nested list inside the item.
pub fn escape_line(line: &str) -> String {
    let escaped = escape_inline(line);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let after_digits = escaped[digits..].chars().next();
    if matches!(escaped.chars().next(), Some('#' | '+' | '-' | '=')) {
        format!("\\{escaped}")
    } else if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        format!("{}\\{}", &escaped[..digits], &escaped[digits..])
    } else {
        escaped
    }
}
