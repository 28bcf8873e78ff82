//! Pieces of the preview document: section bodies read by the core's `blocks` (the same
//! reading as the Markdown and HTML exports), and the findings table. User text is always
//! rendered as text nodes, never as HTML.

use leptos::prelude::*;
use practica_core::summary::{blocks, labels, Block};
use practica_core::text::Lang;

/// A section as the document prints it: its title and body (already non-empty).
#[derive(Clone, Debug, PartialEq)]
pub struct DocSection {
    pub title: String,
    pub body: String,
}

/// A finding with the texts of the recommendations it links to.
#[derive(Clone, Debug, PartialEq)]
pub struct DocFinding {
    pub text: String,
    pub recommendations: Vec<String>,
}

pub fn body_view(body: &str) -> AnyView {
    blocks(body)
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(lines) => {
                let last = lines.len().saturating_sub(1);
                let parts = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| view! { {l}{(i < last).then(|| view! { <br /> })} })
                    .collect_view();
                view! { <p>{parts}</p> }.into_any()
            }
            Block::Bullets(items) => {
                view! { <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
            }
            Block::Numbered(items) => {
                view! { <ol>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

pub fn sections_view(sections: Vec<DocSection>) -> AnyView {
    sections
        .into_iter()
        .map(|s| {
            view! {
                <section class="doc-section">
                    <h5>{s.title}</h5>
                    {body_view(&s.body)}
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// Findings and recommendations as a two-column table, like the paper's Table 4 and the HTML
/// export; recommendations no finding links to follow as a list.
pub fn findings_view(lang: Lang, findings: Vec<DocFinding>, others: Vec<String>) -> AnyView {
    let table = (!findings.is_empty()).then(|| {
        view! {
            <div class="table-wrap doc-table-wrap">
                <table class="doc-findings">
                    <caption>{labels::FINDINGS.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{labels::FINDING.get(lang)}</th>
                            <th scope="col">{labels::RECOMMENDATIONS.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {findings.into_iter().map(|f| view! {
                            <tr>
                                <td>{f.text}</td>
                                <td>
                                    {(!f.recommendations.is_empty()).then(|| view! {
                                        <ul>{f.recommendations.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                                    })}
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    let rest = (!others.is_empty()).then(|| {
        view! {
            <h5>{labels::OTHER_RECOMMENDATIONS.get(lang)}</h5>
            <ul>{others.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
        }
    });
    view! { {table}{rest} }.into_any()
}
