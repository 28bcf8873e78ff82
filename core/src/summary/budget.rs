//! Page budgets: the published 1:3:25 page limits, turned into words.
//!
//! The page limits are CFHI's rule; how many words fit on a printed page is our assumption
//! (500 by default), so a team can change it to match its own template.
//!
//! What counts toward which layer (only text the team writes; labels the app prints, like
//! "Main messages" or the default section headings, and the cover metadata do not count):
//! - Messages (the "1"): the main messages.
//! - Executive (the "3"): executive-summary sections (custom heading + body) plus the findings
//!   and recommendations, because exports print the Table 4 pairs inside the executive summary,
//!   as the paper's CoPs presented them to decision-makers.
//! - Report (the "25"): report sections (custom heading + body).

use serde::{Deserialize, Serialize};

use super::budget_input::BudgetField;
use super::model::{Section, Summary};
use super::words;
use crate::text::{Bilingual, Lang};

pub const WORDS_PER_PAGE_MIN: u32 = 100;
pub const WORDS_PER_PAGE_MAX: u32 = 1500;

/// Words per printed page and page limits per layer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Budgets {
    pub words_per_page: u32,
    pub messages_pages: u32,
    pub executive_pages: u32,
    pub report_pages: u32,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets { words_per_page: 500, messages_pages: 1, executive_pages: 3, report_pages: 25 }
    }
}

/// The three layers of 1:3:25.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    Messages,
    Executive,
    Report,
}

impl Layer {
    pub const ALL: [Layer; 3] = [Layer::Messages, Layer::Executive, Layer::Report];

    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            Layer::Messages => Bilingual::new("Main messages", "Mensajes principales"),
            Layer::Executive => Bilingual::new("Executive summary", "Resumen ejecutivo"),
            Layer::Report => Bilingual::new("Report", "Informe"),
        };
        b.get(lang)
    }
}

/// A budget setting that is out of range (or, from `BudgetTexts::parse`, not a whole number),
/// for the UI to show next to its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BudgetError {
    WordsPerPage { min: u32, max: u32 },
    NoPages(Layer),
    NotAWholeNumber(BudgetField),
}

impl BudgetError {
    /// Which `Budgets` field the error belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            BudgetError::WordsPerPage { .. } => "words_per_page",
            BudgetError::NoPages(Layer::Messages) => "messages_pages",
            BudgetError::NoPages(Layer::Executive) => "executive_pages",
            BudgetError::NoPages(Layer::Report) => "report_pages",
            BudgetError::NotAWholeNumber(field) => field.name(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (BudgetError::WordsPerPage { min, max }, Lang::En) => format!(
                "Words per page must be between {min} and {max}. 500 suits a typical A4 or Letter page."
            ),
            (BudgetError::WordsPerPage { min, max }, Lang::Es) => format!(
                "Las palabras por página deben estar entre {min} y {max}. 500 corresponde a una página carta o A4 típica."
            ),
            (BudgetError::NoPages(layer), Lang::En) => {
                format!("The {} needs at least 1 page.", layer.label(Lang::En).to_lowercase())
            }
            (BudgetError::NoPages(layer), Lang::Es) => {
                format!("«{}» necesita al menos 1 página.", layer.label(Lang::Es))
            }
            (BudgetError::NotAWholeNumber(BudgetField::WordsPerPage), Lang::En) => {
                "Type the words per page as a whole number, for example 500.".to_string()
            }
            (BudgetError::NotAWholeNumber(BudgetField::WordsPerPage), Lang::Es) => {
                "Escriba las palabras por página como un número entero, por ejemplo 500.".to_string()
            }
            (BudgetError::NotAWholeNumber(BudgetField::Pages(layer)), Lang::En) => format!(
                "Type the pages of the {} as a whole number, for example {}.",
                layer.label(Lang::En).to_lowercase(),
                Budgets::default().pages(*layer)
            ),
            (BudgetError::NotAWholeNumber(BudgetField::Pages(layer)), Lang::Es) => format!(
                "Escriba las páginas de «{}» como un número entero, por ejemplo {}.",
                layer.label(Lang::Es),
                Budgets::default().pages(*layer)
            ),
        }
    }
}

impl Budgets {
    /// Checks the settings and returns them unchanged if they are usable.
    pub fn validate(&self) -> Result<Budgets, Vec<BudgetError>> {
        let mut errors = Vec::new();
        if !(WORDS_PER_PAGE_MIN..=WORDS_PER_PAGE_MAX).contains(&self.words_per_page) {
            errors.push(BudgetError::WordsPerPage {
                min: WORDS_PER_PAGE_MIN,
                max: WORDS_PER_PAGE_MAX,
            });
        }
        for layer in Layer::ALL {
            if self.pages(layer) < 1 {
                errors.push(BudgetError::NoPages(layer));
            }
        }
        if errors.is_empty() {
            Ok(self.clone())
        } else {
            Err(errors)
        }
    }

    pub fn pages(&self, layer: Layer) -> u32 {
        match layer {
            Layer::Messages => self.messages_pages,
            Layer::Executive => self.executive_pages,
            Layer::Report => self.report_pages,
        }
    }

    /// The same settings forced into range. Counting uses this so that a hand-edited file with
    /// `words_per_page: 0` cannot divide by zero or make every layer "over".
    pub fn clamped(&self) -> Budgets {
        Budgets {
            words_per_page: self.words_per_page.clamp(WORDS_PER_PAGE_MIN, WORDS_PER_PAGE_MAX),
            messages_pages: self.messages_pages.max(1),
            executive_pages: self.executive_pages.max(1),
            report_pages: self.report_pages.max(1),
        }
    }

    /// Word budget of a layer (pages × words per page, on clamped settings).
    pub fn budget_words(&self, layer: Layer) -> u32 {
        let b = self.clamped();
        b.pages(layer).saturating_mul(b.words_per_page)
    }
}

/// How full one layer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayerCount {
    pub layer: Layer,
    pub words: u32,
    /// Printed pages in tenths, rounded up, so 501 words at 500 per page shows 1.1 pages and
    /// never "1.0 pages, over budget".
    pub pages_tenths: u32,
    pub budget_words: u32,
    pub budget_pages: u32,
    /// Words beyond the budget (0 when within it).
    pub over_by: u32,
    pub over: bool,
}

impl LayerCount {
    /// Pages as a number for display ("2.4").
    pub fn pages(&self) -> f32 {
        self.pages_tenths as f32 / 10.0
    }
}

fn section_words(sections: &[Section]) -> usize {
    sections.iter().map(|s| words::count(&s.heading) + words::count(&s.body)).sum()
}

impl Summary {
    /// Words written for a layer (see the module docs for what counts where).
    pub fn layer_words(&self, layer: Layer) -> usize {
        match layer {
            Layer::Messages => self.main_messages.iter().map(|m| words::count(&m.text)).sum(),
            Layer::Executive => {
                section_words(&self.executive)
                    + self.findings.iter().map(|f| words::count(&f.text)).sum::<usize>()
                    + self.recommendations.iter().map(|r| words::count(&r.text)).sum::<usize>()
            }
            Layer::Report => section_words(&self.report),
        }
    }

    /// Word and page counts of the three layers, in 1:3:25 order.
    pub fn counts(&self, budgets: &Budgets) -> [LayerCount; 3] {
        let b = budgets.clamped();
        Layer::ALL.map(|layer| {
            let words = u32::try_from(self.layer_words(layer)).unwrap_or(u32::MAX);
            let budget_words = b.budget_words(layer);
            let wpp = u64::from(b.words_per_page);
            let tenths = (u64::from(words) * 10).div_ceil(wpp);
            LayerCount {
                layer,
                words,
                pages_tenths: u32::try_from(tenths).unwrap_or(u32::MAX),
                budget_words,
                budget_pages: b.pages(layer),
                over_by: words.saturating_sub(budget_words),
                over: words > budget_words,
            }
        })
    }
}
