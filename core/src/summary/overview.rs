//! What a list of CoPs shows about each summary, where a warning belongs among the three
//! layers, and when a summary should start from the template.

use super::budget::{Budgets, Layer};
use super::checks::{check, Target, Warning};
use super::model::Summary;
use crate::text::Lang;

/// A summary at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Overview {
    /// Nothing written yet (warnings about an empty draft would only be noise).
    Empty,
    Written {
        words: u32,
        warnings: usize,
    },
}

impl Target {
    /// The layer (tab) the warning is shown in: messages in layer 1, findings in layer 3.
    pub fn layer(&self) -> Layer {
        match self {
            Target::Layer(layer) => *layer,
            Target::Message(_) => Layer::Messages,
            Target::Finding(_) => Layer::Executive,
        }
    }
}

/// How many of `warnings` belong to `layer`.
pub fn warnings_in(warnings: &[Warning], layer: Layer) -> usize {
    warnings.iter().filter(|w| w.target.layer() == layer).count()
}

impl Summary {
    /// Empty, or the words written in all three layers and how many warnings there are.
    pub fn overview(&self, budgets: &Budgets) -> Overview {
        if self.is_blank() {
            return Overview::Empty;
        }
        let words = self.counts(budgets).iter().fold(0u32, |sum, c| sum.saturating_add(c.words));
        Overview::Written { words, warnings: check(self, budgets).len() }
    }

    /// True for a summary nobody has started: blank and without any sections (what a new CoP
    /// gets). A summary whose template sections were kept but not filled is not "new": the
    /// team may have removed sections on purpose.
    pub fn needs_template(&self) -> bool {
        self.is_blank() && self.executive.is_empty() && self.report.is_empty()
    }

    /// Replaces a never-started summary by the template, so the first edit lands in the
    /// 1:3:25 structure. Returns whether it did.
    pub fn start_from_template(&mut self, lang: Lang) -> bool {
        if self.needs_template() {
            *self = Summary::new_template(lang);
            true
        } else {
            false
        }
    }
}
