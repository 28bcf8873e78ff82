//! A suggested rating for criterion 3, "timely delivery of products", from the products
//! tracker. Raters see the suggestion and its reason, and accept or override it: the grid is
//! judged by people, this only does the bookkeeping.

use crate::programme::products::{date_of, Product, ProductKind, ProductStatus, Products, Quality};
use crate::scoring::Rating;
use crate::text::{Bilingual, Lang};

/// The rule, as shown to raters next to the suggestion (same content as `suggest_timely_delivery`'s
/// documentation).
pub const CRITERION3_RULE: Bilingual = Bilingual::new(
    "How the suggestion is worked out. A product counts as \"on time with satisfactory quality\" \
     when it was delivered on or before its due date and its quality is satisfactory, and as \
     \"delivered\" when it was delivered (on time or late) with satisfactory quality or only \
     minor technical flaws. Suggest 5 when all three main products were delivered on time with \
     satisfactory quality; 3 when at least one was delivered but not all three on time with \
     satisfactory quality; 1 when none was delivered (not delivered, or delivered with \
     unsatisfactory quality). A product with no due date and no delivery date counts as not \
     delivered. There is no suggestion when no product has any date, or when the rating would \
     depend on something not known yet: a delivered product whose quality is not assessed, a \
     product not due yet, or a delivered product without a due date to judge timeliness.",
    "Cómo se calcula la sugerencia. Un producto cuenta como «a tiempo y con calidad \
     satisfactoria» cuando se entregó en su fecha límite o antes y su calidad es \
     satisfactoria, y como «entregado» cuando se entregó (a tiempo o con retraso) con calidad \
     satisfactoria o solo con fallas técnicas menores. Se sugiere 5 cuando los tres productos \
     principales se entregaron a tiempo y con calidad satisfactoria; 3 cuando al menos uno se \
     entregó, pero no los tres a tiempo y con calidad satisfactoria; 1 cuando ninguno se entregó \
     (no se entregó o se entregó con calidad insatisfactoria). Un producto sin fecha límite \
     ni fecha de entrega cuenta como no entregado. No hay sugerencia cuando ningún producto \
     tiene fechas, o cuando la calificación dependería de algo que aún no se sabe: un producto \
     entregado cuya calidad no se ha valorado, un producto que aún no vence, o un producto \
     entregado sin fecha límite para juzgar si llegó a tiempo.",
);

/// What is still unknown about a product and would change the suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unknown {
    QualityNotAssessed,
    /// Not delivered, and not due yet (or due today): it may still arrive on time.
    NotDueYet,
    /// Delivered, but with no readable due date or delivery date to tell whether it was on time.
    TimelinessUnknown,
}

impl Unknown {
    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            Unknown::QualityNotAssessed => {
                Bilingual::new("quality not assessed yet", "calidad sin valorar todavía")
            }
            Unknown::NotDueYet => Bilingual::new("not due yet", "aún no vence"),
            Unknown::TimelinessUnknown => Bilingual::new(
                "no due date to tell whether it was on time",
                "sin fecha límite para saber si llegó a tiempo",
            ),
        };
        b.get(lang)
    }
}

/// Why the suggestion is what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// No product has a due date or a delivery date.
    NoDates,
    /// The rating depends on these unknowns (each product with what is unknown about it).
    Undecided(Vec<(ProductKind, Vec<Unknown>)>),
    /// Descriptor 5.
    AllOnTimeSatisfactory,
    /// Descriptor 3; the products certainly delivered with satisfactory quality or minor flaws.
    SomeDelivered(Vec<ProductKind>),
    /// Descriptor 1.
    NoneDelivered,
}

/// A suggested criterion-3 rating and its reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// `None` when there is not enough information (see `Basis`).
    pub rating: Option<Rating>,
    pub basis: Basis,
}

fn list(kinds: impl IntoIterator<Item = ProductKind>, lang: Lang) -> String {
    kinds.into_iter().map(|k| k.label(lang)).collect::<Vec<_>>().join(", ")
}

impl Suggestion {
    /// The reason as a sentence for the rater.
    pub fn reason(&self, lang: Lang) -> String {
        match (&self.basis, lang) {
            (Basis::NoDates, Lang::En) => "Not enough information: no main product has a due \
                date or a delivery date yet. Enter them to get a suggestion."
                .into(),
            (Basis::NoDates, Lang::Es) => "No hay información suficiente: ningún producto \
                principal tiene todavía fecha límite ni fecha de entrega. Regístrelas para \
                obtener una sugerencia."
                .into(),
            (Basis::Undecided(items), _) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|(k, why)| {
                        let why: Vec<&str> = why.iter().map(|u| u.label(lang)).collect();
                        format!("{} ({})", k.label(lang), why.join("; "))
                    })
                    .collect();
                match lang {
                    Lang::En => format!(
                        "No suggestion yet: the rating depends on what is still unknown about: {}.",
                        parts.join(", ")
                    ),
                    Lang::Es => format!(
                        "Todavía no hay sugerencia: la calificación depende de lo que aún no se \
                         sabe sobre: {}.",
                        parts.join(", ")
                    ),
                }
            }
            (Basis::AllOnTimeSatisfactory, Lang::En) => "All three main products were delivered \
                on time with satisfactory quality (value 5)."
                .into(),
            (Basis::AllOnTimeSatisfactory, Lang::Es) => "Los tres productos principales se \
                entregaron a tiempo y con calidad satisfactoria (valor 5)."
                .into(),
            (Basis::SomeDelivered(kinds), Lang::En) => format!(
                "Delivered with satisfactory quality or minor technical flaws: {}; but not all \
                 three main products on time with satisfactory quality (value 3).",
                list(kinds.iter().copied(), lang)
            ),
            (Basis::SomeDelivered(kinds), Lang::Es) => format!(
                "Entregados con calidad satisfactoria o con fallas técnicas menores: {}; pero no \
                 los tres productos principales a tiempo y con calidad satisfactoria (valor 3).",
                list(kinds.iter().copied(), lang)
            ),
            (Basis::NoneDelivered, Lang::En) => "None of the three main products was delivered \
                with satisfactory quality or only minor technical flaws (value 1)."
                .into(),
            (Basis::NoneDelivered, Lang::Es) => "Ninguno de los tres productos principales se \
                entregó con calidad satisfactoria o solo con fallas técnicas menores (valor 1)."
                .into(),
        }
    }
}

/// How one product counts towards the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Delivered on time with satisfactory quality.
    Good,
    /// Delivered (on time or late) with satisfactory quality or minor technical flaws.
    Delivered,
    /// Not delivered, or delivered with unsatisfactory quality.
    Failed,
}

const ALL_OUTCOMES: [Outcome; 3] = [Outcome::Good, Outcome::Delivered, Outcome::Failed];

/// Every outcome the product could still end up with, and what makes it uncertain.
fn possible(p: &Product, today: &str) -> (Vec<Outcome>, Vec<Unknown>) {
    if !p.is_delivered() {
        return match p.status(today) {
            ProductStatus::NotDueYet | ProductStatus::Due => {
                (ALL_OUTCOMES.to_vec(), vec![Unknown::NotDueYet])
            }
            _ => (vec![Outcome::Failed], Vec::new()),
        };
    }
    let mut unknown = Vec::new();
    let on_time: Vec<bool> = match (date_of(&p.delivered), date_of(&p.due)) {
        (Some(d), Some(due)) => vec![d <= due],
        _ => {
            unknown.push(Unknown::TimelinessUnknown);
            vec![true, false]
        }
    };
    let qualities = match p.quality {
        Quality::NotAssessed => {
            unknown.push(Unknown::QualityNotAssessed);
            vec![Quality::Satisfactory, Quality::MinorFlaws, Quality::Unsatisfactory]
        }
        q => vec![q],
    };
    let mut out = Vec::new();
    for q in &qualities {
        for t in &on_time {
            let o = match (q, t) {
                (Quality::Satisfactory, true) => Outcome::Good,
                (Quality::Unsatisfactory, _) | (Quality::NotAssessed, _) => Outcome::Failed,
                _ => Outcome::Delivered,
            };
            if !out.contains(&o) {
                out.push(o);
            }
        }
    }
    // Only report unknowns that actually leave more than one outcome open.
    if out.len() < 2 {
        unknown.clear();
    }
    (out, unknown)
}

fn rate(outcomes: [Outcome; 3]) -> Rating {
    if outcomes.iter().all(|o| *o == Outcome::Good) {
        Rating::Five
    } else if outcomes.iter().any(|o| *o != Outcome::Failed) {
        Rating::Three
    } else {
        Rating::One
    }
}

/// Suggests a criterion-3 rating from the products tracker, on `today` (ISO date; an empty or
/// unreadable date only means products not delivered cannot be called overdue).
///
/// The rule (also shown to raters as `CRITERION3_RULE`):
/// - A product is *on time with satisfactory quality* when it was delivered on or before its
///   due date and its quality is `Satisfactory`. It is *delivered* when it was delivered, on
///   time or late, with quality `Satisfactory` or `MinorFlaws`. A product not delivered, or
///   delivered with quality `Unsatisfactory`, counts as not delivered; so does a product with
///   neither a due date nor a delivery date.
/// - **5**: all three main products on time with satisfactory quality.
/// - **3**: at least one main product delivered, but not all three on time with satisfactory
///   quality. Table 1's descriptor 3 speaks of "the first or second main product delivered,
///   with minor technical flaws"; we read it as "some but not all of the work delivered", so a
///   late but satisfactory product counts here, not under 1 (which is how the paper's own
///   ratings treat Veracruz's protocol, delivered four months late). A report delivered without
///   the review or protocol, which the grid does not foresee, also counts here.
/// - **1**: no main product delivered.
/// - **No suggestion** when no product has a due or delivery date, or when the rating would
///   change depending on what is still unknown: the quality of a delivered product not yet
///   assessed, a product not delivered and not due yet (or due today), or a delivered product
///   without readable dates to tell whether it was on time. Every possibility is tried; if
///   they all give the same rating, that rating is suggested anyway.
pub fn suggest_timely_delivery(products: &Products, today: &str) -> Suggestion {
    if products.has_no_dates() {
        return Suggestion { rating: None, basis: Basis::NoDates };
    }
    let per: Vec<(ProductKind, Vec<Outcome>, Vec<Unknown>)> = ProductKind::ALL
        .into_iter()
        .map(|k| {
            let (o, u) = possible(products.get(k), today);
            (k, o, u)
        })
        .collect();
    let (mut lowest, mut highest) = (Rating::Five, Rating::One);
    for a in &per[0].1 {
        for b in &per[1].1 {
            for c in &per[2].1 {
                let r = rate([*a, *b, *c]);
                lowest = lowest.min(r);
                highest = highest.max(r);
            }
        }
    }
    if lowest != highest {
        let open =
            per.into_iter().filter(|(_, _, u)| !u.is_empty()).map(|(k, _, u)| (k, u)).collect();
        return Suggestion { rating: None, basis: Basis::Undecided(open) };
    }
    let basis = match lowest {
        Rating::Five => Basis::AllOnTimeSatisfactory,
        Rating::One => Basis::NoneDelivered,
        Rating::Three => Basis::SomeDelivered(
            per.into_iter()
                .filter(|(_, o, _)| !o.contains(&Outcome::Failed))
                .map(|(k, _, _)| k)
                .collect(),
        ),
    };
    Suggestion { rating: Some(lowest), basis }
}
