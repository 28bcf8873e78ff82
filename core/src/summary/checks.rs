//! Warnings about the summary. They advise and never block: a CoP may have good reasons to
//! break a rule, and a half-written draft must always be savable and exportable.
//!
//! Each warning has a `target` so the UI can place it next to what it is about.

use super::budget::{Budgets, Layer};
use super::heuristics::{has_action, more_research_phrase, restates};
use super::model::Summary;
use super::words;
use crate::text::Lang;

/// CFHI's range for main messages (4 to 6 is typical).
pub const MIN_MESSAGES: usize = 3;
pub const MAX_MESSAGES: usize = 8;

/// Where a warning belongs on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Layer(Layer),
    Message(String),
    Finding(String),
}

/// What is wrong. Positions are 1-based, as the user sees the list (empty rows included), so
/// "main message 2" means the second box on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    TooFewMessages {
        count: usize,
        min: usize,
    },
    TooManyMessages {
        count: usize,
        max: usize,
    },
    /// `phrase` is the matched phrase (folded, from `MORE_RESEARCH_PHRASES`), for highlighting.
    MoreResearch {
        position: usize,
        phrase: &'static str,
    },
    /// The message shares most of its words with a finding and has no action word.
    RestatesFinding {
        position: usize,
        finding_position: usize,
    },
    FindingWithoutRecommendation {
        position: usize,
    },
    OverBudget {
        layer: Layer,
        words: u32,
        budget_words: u32,
        budget_pages: u32,
        words_per_page: u32,
        over_by: u32,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub target: Target,
    pub kind: WarningKind,
}

/// All warnings for a summary, in screen order: message count, each message, each finding,
/// then the layers over budget.
///
/// Empty messages and findings (blank or punctuation only) are skipped: they are rows the user
/// has not filled in yet, not mistakes, and they do not count toward the number of messages.
/// Each message gets at most one content warning; "more research" wins over "restates a
/// finding" because fixing it usually rewrites the message anyway.
pub fn check(summary: &Summary, budgets: &Budgets) -> Vec<Warning> {
    let mut out = Vec::new();
    let messages_layer = Target::Layer(Layer::Messages);

    let count = summary.main_messages.iter().filter(|m| words::count(&m.text) > 0).count();
    if count < MIN_MESSAGES {
        let kind = WarningKind::TooFewMessages { count, min: MIN_MESSAGES };
        out.push(Warning { target: messages_layer, kind });
    } else if count > MAX_MESSAGES {
        let kind = WarningKind::TooManyMessages { count, max: MAX_MESSAGES };
        out.push(Warning { target: messages_layer, kind });
    }

    for (i, m) in summary.main_messages.iter().enumerate() {
        if words::count(&m.text) == 0 {
            continue;
        }
        let position = i + 1;
        let kind = if let Some(phrase) = more_research_phrase(&m.text) {
            Some(WarningKind::MoreResearch { position, phrase })
        } else if has_action(&m.text) {
            None
        } else {
            summary
                .findings
                .iter()
                .position(|f| words::count(&f.text) > 0 && restates(&m.text, &f.text))
                .map(|j| WarningKind::RestatesFinding { position, finding_position: j + 1 })
        };
        if let Some(kind) = kind {
            out.push(Warning { target: Target::Message(m.id.clone()), kind });
        }
    }

    for (i, f) in summary.findings.iter().enumerate() {
        if words::count(&f.text) == 0 {
            continue;
        }
        // Only links to recommendations that exist and say something count.
        let answered = summary.recommendations_for(&f.id).iter().any(|r| words::count(&r.text) > 0);
        if !answered {
            let kind = WarningKind::FindingWithoutRecommendation { position: i + 1 };
            out.push(Warning { target: Target::Finding(f.id.clone()), kind });
        }
    }

    let wpp = budgets.clamped().words_per_page;
    for c in summary.counts(budgets) {
        if c.over {
            let kind = WarningKind::OverBudget {
                layer: c.layer,
                words: c.words,
                budget_words: c.budget_words,
                budget_pages: c.budget_pages,
                words_per_page: wpp,
                over_by: c.over_by,
            };
            out.push(Warning { target: Target::Layer(c.layer), kind });
        }
    }
    out
}

impl Summary {
    /// Same as [`check`].
    pub fn warnings(&self, budgets: &Budgets) -> Vec<Warning> {
        check(self, budgets)
    }
}

impl Warning {
    /// The warning for the user: what is wrong, where, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        match (&self.kind, lang) {
            (WarningKind::TooFewMessages { count, min }, Lang::En) => format!(
                "Main messages: there are {count}; write at least {min} (4 to 6 is typical), each telling decision-makers what to do."
            ),
            (WarningKind::TooFewMessages { count, min }, Lang::Es) => format!(
                "Mensajes principales: hay {count}; escriba al menos {min} (lo habitual es de 4 a 6), cada uno diciendo a los tomadores de decisiones qué hacer."
            ),
            (WarningKind::TooManyMessages { count, max }, Lang::En) => format!(
                "Main messages: there are {count}; keep at most {max} (4 to 6 is typical) so they fit on one page and are remembered. Merge or drop the weakest."
            ),
            (WarningKind::TooManyMessages { count, max }, Lang::Es) => format!(
                "Mensajes principales: hay {count}; deje como máximo {max} (lo habitual es de 4 a 6) para que quepan en una página y se recuerden. Una o quite los más débiles."
            ),
            (WarningKind::MoreResearch { position, .. }, Lang::En) => format!(
                "Main message {position} says that more research is needed. Main messages should tell decision-makers what to do with what you found now: rewrite it as an action, and put research needs in the report's \"Further research\" section."
            ),
            (WarningKind::MoreResearch { position, .. }, Lang::Es) => format!(
                "El mensaje principal {position} dice que se necesita más investigación. Los mensajes principales deben decir a los tomadores de decisiones qué hacer con lo que ya encontraron: redáctelo como una acción y deje las necesidades de investigación en la sección «Investigación futura» del informe."
            ),
            (WarningKind::RestatesFinding { position, finding_position }, Lang::En) => format!(
                "Main message {position} repeats finding {finding_position} without saying what to do. Start with the action the reader should take (for example \"Train…\", \"Supervise…\") and keep the figure only as the reason."
            ),
            (WarningKind::RestatesFinding { position, finding_position }, Lang::Es) => format!(
                "El mensaje principal {position} repite el hallazgo {finding_position} sin decir qué hacer. Empiece por la acción que debe tomar el lector (por ejemplo «Capacitar…», «Supervisar…») y deje la cifra solo como la razón."
            ),
            (WarningKind::FindingWithoutRecommendation { position }, Lang::En) => format!(
                "Finding {position} has no recommendation. Link it to at least one recommendation, or take it out of the executive summary if it does not lead to action."
            ),
            (WarningKind::FindingWithoutRecommendation { position }, Lang::Es) => format!(
                "El hallazgo {position} no tiene recomendación. Vincúlelo al menos a una recomendación, o quítelo del resumen ejecutivo si no lleva a ninguna acción."
            ),
            (WarningKind::OverBudget { layer, words, budget_words, budget_pages, words_per_page, over_by }, Lang::En) => format!(
                "{}: {words} words, {over_by} over the budget of {budget_words} ({budget_pages} {} × {words_per_page} words). {}",
                layer.label(Lang::En),
                if *budget_pages == 1 { "page" } else { "pages" },
                trim_advice(*layer, Lang::En),
            ),
            (WarningKind::OverBudget { layer, words, budget_words, budget_pages, words_per_page, over_by }, Lang::Es) => format!(
                "{}: {words} palabras, {over_by} más que el límite de {budget_words} ({budget_pages} {} × {words_per_page} palabras). {}",
                layer.label(Lang::Es),
                if *budget_pages == 1 { "página" } else { "páginas" },
                trim_advice(*layer, Lang::Es),
            ),
        }
    }
}

fn trim_advice(layer: Layer, lang: Lang) -> &'static str {
    match (layer, lang) {
        (Layer::Messages, Lang::En) => "Shorten the messages or merge two of them.",
        (Layer::Messages, Lang::Es) => "Acorte los mensajes o una dos de ellos.",
        (Layer::Executive, Lang::En) => "Keep the key results and move detail to the report.",
        (Layer::Executive, Lang::Es) => {
            "Deje los resultados clave y pase el detalle al informe."
        }
        // Appendices are part of the 25 pages, so moving text there does not help.
        (Layer::Report, Lang::En) => {
            "Cut detail decision-makers do not need; long instruments can be shared as separate files."
        }
        (Layer::Report, Lang::Es) => {
            "Recorte el detalle que los tomadores de decisiones no necesitan; los instrumentos largos pueden compartirse como archivos aparte."
        }
    }
}
