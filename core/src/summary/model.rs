//! The executive summary as data: the three layers of the CFHI 1:3:25 format plus the paper's
//! Table 4 (findings paired with recommendations).

use serde::{Deserialize, Serialize};

use super::section::SectionKind;
use crate::text::Lang;

/// A CoP's executive summary for decision-makers (product (c) of the paper).
///
/// Every field has a serde default so that files written by an older or newer app still load.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Summary {
    /// The implementation research protocol the summary reports on (Table 3).
    pub protocol_title: String,
    /// The CoP members who wrote it, as they want to be credited.
    pub authors: String,
    /// ISO 8601 date ("2015-05-20", or "2015-05" when only the month matters).
    pub date: String,
    /// Which decision-makers it is written for: it shapes every main message.
    pub audience: String,
    /// Layer 1: one page of main messages, each telling the reader what to do.
    pub main_messages: Vec<Message>,
    /// Layer 3: the executive summary.
    pub executive: Vec<Section>,
    /// Layer 25: the report.
    pub report: Vec<Section>,
    /// Table 4, left column. Shown in the executive summary.
    pub findings: Vec<Finding>,
    /// Table 4, right column. A finding may link to several, and one may answer several findings.
    pub recommendations: Vec<Recommendation>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Message {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Finding {
    pub id: String,
    pub text: String,
    /// Ids of the recommendations that answer this finding, in display order.
    pub recommendation_ids: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recommendation {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Section {
    pub id: String,
    pub kind: SectionKind,
    /// The team's own heading. Empty means "use the kind's label", so a template heading
    /// follows the reader's language instead of being frozen in the language it was made in.
    pub heading: String,
    /// Free text: paragraphs separated by blank lines; lines starting with "- ", "* " or "• "
    /// are bullets.
    pub body: String,
}

impl Section {
    /// An empty section of the given kind with a caller-chosen id.
    pub fn new(id: impl Into<String>, kind: SectionKind) -> Self {
        Section { id: id.into(), kind, heading: String::new(), body: String::new() }
    }

    /// The heading to print: the custom one if set, else the kind's label.
    pub fn title(&self, lang: Lang) -> String {
        let custom = self.heading.trim();
        if custom.is_empty() {
            self.kind.label(lang).to_string()
        } else {
            custom.to_string()
        }
    }

    /// Whether the section has nothing to print.
    pub fn is_empty(&self) -> bool {
        self.body.trim().is_empty()
    }
}

impl Summary {
    /// A new summary showing the structure: the executive and report sections of the 1:3:25
    /// format with empty bodies, and nothing else.
    ///
    /// `lang` is accepted so callers need not special-case it, but headings are deliberately
    /// left empty: the kind's label is used at display time, in whatever language the reader
    /// has chosen then.
    pub fn new_template(lang: Lang) -> Self {
        let _ = lang;
        let sections = |kinds: &[SectionKind]| {
            kinds.iter().map(|k| Section::new(k.template_id(), *k)).collect::<Vec<_>>()
        };
        Summary {
            executive: sections(&SectionKind::EXECUTIVE),
            report: sections(&SectionKind::REPORT),
            ..Summary::default()
        }
    }

    /// True when nothing has been written: no metadata, no items, no section text. The UI can
    /// offer the template (or the example) in that case.
    pub fn is_blank(&self) -> bool {
        let blank = |s: &str| s.trim().is_empty();
        blank(&self.protocol_title)
            && blank(&self.authors)
            && blank(&self.date)
            && blank(&self.audience)
            && self.main_messages.iter().all(|m| blank(&m.text))
            && self.findings.iter().all(|f| blank(&f.text))
            && self.recommendations.iter().all(|r| blank(&r.text))
            && self.executive.iter().chain(&self.report).all(|s| s.is_empty() && blank(&s.heading))
    }

    pub fn message(&self, id: &str) -> Option<&Message> {
        self.main_messages.iter().find(|m| m.id == id)
    }

    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    pub fn recommendation(&self, id: &str) -> Option<&Recommendation> {
        self.recommendations.iter().find(|r| r.id == id)
    }

    /// The recommendations a finding links to, in the finding's order. Links to ids that do not
    /// exist (say, from a hand-edited file) are skipped rather than shown blank.
    pub fn recommendations_for(&self, finding_id: &str) -> Vec<&Recommendation> {
        match self.finding(finding_id) {
            Some(f) => {
                f.recommendation_ids.iter().filter_map(|id| self.recommendation(id)).collect()
            }
            None => Vec::new(),
        }
    }

    /// The findings that link to a recommendation, in findings order.
    pub fn findings_for(&self, recommendation_id: &str) -> Vec<&Finding> {
        self.findings
            .iter()
            .filter(|f| f.recommendation_ids.iter().any(|id| id == recommendation_id))
            .collect()
    }

    /// Recommendations that no finding links to; exports list them after the pairs.
    pub fn unlinked_recommendations(&self) -> Vec<&Recommendation> {
        self.recommendations.iter().filter(|r| self.findings_for(&r.id).is_empty()).collect()
    }
}
