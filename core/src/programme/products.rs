//! The three main products every CoP had to deliver (paper, note to Table 1): (a) a literature
//! review, (b) an implementation research protocol, (c) a research report with conclusions.
//!
//! Each product keeps a due date, a delivery date and a quality judgement, which is all that
//! criterion 3 ("timely delivery of products") looks at; `timeliness` turns them into a
//! suggested rating. Dates are ISO `yyyy-mm-dd` so they compare correctly as text. The core has
//! no clock, so "today" always comes from the caller.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::scoring::is_iso_date;
use crate::text::{Bilingual, Lang};

/// Which main product, in the paper's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductKind {
    LiteratureReview,
    Protocol,
    Report,
}

impl ProductKind {
    /// (a), (b), (c), as the paper lists them.
    pub const ALL: [ProductKind; 3] =
        [ProductKind::LiteratureReview, ProductKind::Protocol, ProductKind::Report];

    /// The glossary's names, lower case so they read inside sentences.
    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            ProductKind::LiteratureReview => {
                Bilingual::new("literature review", "revisión de la literatura")
            }
            ProductKind::Protocol => Bilingual::new(
                "implementation research protocol",
                "protocolo de investigación de implementación",
            ),
            ProductKind::Report => Bilingual::new(
                "research report and conclusions",
                "informe de resultados y conclusiones",
            ),
        };
        b.get(lang)
    }
}

/// The research team's judgement of a delivered product, in Table 1's terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    #[default]
    NotAssessed,
    Satisfactory,
    /// "Minor technical flaws": what descriptor 3 of criterion 3 allows.
    MinorFlaws,
    Unsatisfactory,
}

impl Quality {
    pub const ALL: [Quality; 4] =
        [Quality::NotAssessed, Quality::Satisfactory, Quality::MinorFlaws, Quality::Unsatisfactory];

    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            Quality::NotAssessed => Bilingual::new("not assessed yet", "sin valorar todavía"),
            Quality::Satisfactory => Bilingual::new("satisfactory", "satisfactoria"),
            Quality::MinorFlaws => {
                Bilingual::new("minor technical flaws", "fallas técnicas menores")
            }
            Quality::Unsatisfactory => Bilingual::new("unsatisfactory", "insatisfactoria"),
        };
        b.get(lang)
    }
}

/// One main product. Empty dates mean "not set" (no due date agreed, not delivered yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Product {
    /// ISO date the product is due, or empty.
    pub due: String,
    /// ISO date it was delivered, or empty while it has not been.
    pub delivered: String,
    pub quality: Quality,
}

/// A CoP's three main products. Defaults to "nothing planned, nothing delivered", so files
/// written before the tracker existed load unchanged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Products {
    pub literature_review: Product,
    pub protocol: Product,
    pub report: Product,
}

impl Products {
    pub fn get(&self, kind: ProductKind) -> &Product {
        match kind {
            ProductKind::LiteratureReview => &self.literature_review,
            ProductKind::Protocol => &self.protocol,
            ProductKind::Report => &self.report,
        }
    }

    pub fn get_mut(&mut self, kind: ProductKind) -> &mut Product {
        match kind {
            ProductKind::LiteratureReview => &mut self.literature_review,
            ProductKind::Protocol => &mut self.protocol,
            ProductKind::Report => &mut self.report,
        }
    }

    /// The three statuses in the paper's order (review, protocol, report).
    pub fn statuses(&self, today: &str) -> [ProductStatus; 3] {
        ProductKind::ALL.map(|k| self.get(k).status(today))
    }

    /// True when no product has a due or delivery date: nothing to judge timeliness on.
    pub fn has_no_dates(&self) -> bool {
        ProductKind::ALL.iter().all(|k| {
            let p = self.get(*k);
            p.due.trim().is_empty() && p.delivered.trim().is_empty()
        })
    }
}

/// Where a product stands on `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductStatus {
    /// No due date and not delivered.
    NotScheduled,
    /// Not delivered; the due date is after today (or today is unknown, so we cannot say it is
    /// late: the tracker never claims lateness it cannot show).
    NotDueYet,
    /// Not delivered and due today.
    Due,
    /// Not delivered and the due date has passed.
    Overdue,
    /// Delivered on or before the due date.
    DeliveredOnTime,
    /// Delivered after the due date.
    DeliveredLate,
    /// Delivered, but without a due date (or a readable one) to compare with.
    Delivered,
}

impl ProductStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        let b = match self {
            ProductStatus::NotScheduled => Bilingual::new("no due date", "sin fecha límite"),
            ProductStatus::NotDueYet => Bilingual::new("not due yet", "aún no vence"),
            ProductStatus::Due => Bilingual::new("due today", "vence hoy"),
            ProductStatus::Overdue => Bilingual::new("overdue", "vencido"),
            ProductStatus::DeliveredOnTime => {
                Bilingual::new("delivered on time", "entregado a tiempo")
            }
            ProductStatus::DeliveredLate => {
                Bilingual::new("delivered late", "entregado con retraso")
            }
            ProductStatus::Delivered => {
                Bilingual::new("delivered (no due date)", "entregado (sin fecha límite)")
            }
        };
        b.get(lang)
    }

    /// Stylesheet class, so the status never depends on colour alone (the label is the text).
    pub fn css_class(self) -> &'static str {
        match self {
            ProductStatus::NotScheduled => "product-unscheduled",
            ProductStatus::NotDueYet => "product-pending",
            ProductStatus::Due => "product-due",
            ProductStatus::Overdue => "product-overdue",
            ProductStatus::DeliveredOnTime => "product-on-time",
            ProductStatus::DeliveredLate => "product-late",
            ProductStatus::Delivered => "product-delivered",
        }
    }

    pub fn is_delivered(self) -> bool {
        matches!(
            self,
            ProductStatus::DeliveredOnTime
                | ProductStatus::DeliveredLate
                | ProductStatus::Delivered
        )
    }
}

/// A date field that is not a real `yyyy-mm-dd` date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProductError {
    BadDueDate(String),
    BadDeliveredDate(String),
}

impl ProductError {
    /// Which field of the product form it belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            ProductError::BadDueDate(_) => "due",
            ProductError::BadDeliveredDate(_) => "delivered",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let (ProductError::BadDueDate(d) | ProductError::BadDeliveredDate(d)) = self;
        match lang {
            Lang::En => {
                format!("\"{d}\" is not a valid date; write it as year-month-day, e.g. 2014-06-30, or leave it empty.")
            }
            Lang::Es => format!(
                "«{d}» no es una fecha válida; escríbala como año-mes-día, p. ej. 2014-06-30, o déjela vacía."
            ),
        }
    }
}

impl fmt::Display for ProductError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ProductError {}

/// A trimmed date if it is empty or valid.
fn clean_date(input: &str) -> Option<String> {
    let d = input.trim();
    (d.is_empty() || is_iso_date(d)).then(|| d.to_string())
}

/// A date field as the rules read it: `Some` only for a real date. A hand-edited file may hold
/// anything; unreadable text is treated as "unknown", never as a date.
pub(crate) fn date_of(s: &str) -> Option<&str> {
    let d = s.trim();
    is_iso_date(d).then_some(d)
}

impl Product {
    /// Sets the due date; empty clears it. On error nothing changes.
    pub fn set_due(&mut self, input: &str) -> Result<(), ProductError> {
        self.due =
            clean_date(input).ok_or_else(|| ProductError::BadDueDate(input.trim().into()))?;
        Ok(())
    }

    /// Sets the delivery date; empty means "not delivered". On error nothing changes.
    pub fn set_delivered(&mut self, input: &str) -> Result<(), ProductError> {
        self.delivered =
            clean_date(input).ok_or_else(|| ProductError::BadDeliveredDate(input.trim().into()))?;
        Ok(())
    }

    /// Problems with the stored dates (for a product loaded from a file), due date first.
    pub fn validate(&self) -> Vec<ProductError> {
        let mut errors = Vec::new();
        if clean_date(&self.due).is_none() {
            errors.push(ProductError::BadDueDate(self.due.trim().into()));
        }
        if clean_date(&self.delivered).is_none() {
            errors.push(ProductError::BadDeliveredDate(self.delivered.trim().into()));
        }
        errors
    }

    /// Whether a delivery was recorded. Unreadable text still counts as "delivered on an
    /// unknown date": someone wrote something there, and hiding it would be worse.
    pub fn is_delivered(&self) -> bool {
        !self.delivered.trim().is_empty()
    }

    /// The product's status on `today` (ISO date from the caller). ISO dates compare as text.
    pub fn status(&self, today: &str) -> ProductStatus {
        let due = date_of(&self.due);
        if self.is_delivered() {
            return match (date_of(&self.delivered), due) {
                (Some(d), Some(due)) if d <= due => ProductStatus::DeliveredOnTime,
                (Some(_), Some(_)) => ProductStatus::DeliveredLate,
                _ => ProductStatus::Delivered,
            };
        }
        match (due, date_of(today)) {
            (None, _) => ProductStatus::NotScheduled,
            (Some(_), None) => ProductStatus::NotDueYet,
            (Some(due), Some(today)) if today < due => ProductStatus::NotDueYet,
            (Some(due), Some(today)) if today == due => ProductStatus::Due,
            (Some(_), Some(_)) => ProductStatus::Overdue,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(due: &str, delivered: &str) -> Product {
        Product { due: due.into(), delivered: delivered.into(), quality: Quality::NotAssessed }
    }

    #[test]
    fn statuses() {
        let today = "2014-06-30";
        assert_eq!(p("", "").status(today), ProductStatus::NotScheduled);
        assert_eq!(p("2014-07-01", "").status(today), ProductStatus::NotDueYet);
        assert_eq!(p("2014-06-30", "").status(today), ProductStatus::Due);
        assert_eq!(p("2014-06-29", "").status(today), ProductStatus::Overdue);
        assert_eq!(p("2014-06-29", "2014-06-29").status(today), ProductStatus::DeliveredOnTime);
        assert_eq!(p("2014-06-29", "2014-06-01").status(today), ProductStatus::DeliveredOnTime);
        assert_eq!(p("2014-06-29", "2014-06-30").status(today), ProductStatus::DeliveredLate);
        assert_eq!(p("", "2014-06-30").status(today), ProductStatus::Delivered);
        assert_eq!(p("2014-06-29", "soon").status(today), ProductStatus::Delivered);
        // Unknown today: never call it late.
        assert_eq!(p("2014-06-29", "").status(""), ProductStatus::NotDueYet);
        assert_eq!(p("junio", "").status(today), ProductStatus::NotScheduled);
    }

    #[test]
    fn setting_dates_validates() {
        let mut x = Product::default();
        assert_eq!(x.set_due(" 2014-02-30 "), Err(ProductError::BadDueDate("2014-02-30".into())));
        assert_eq!(x.due, "");
        x.set_due(" 2014-02-28 ").unwrap();
        assert_eq!(x.due, "2014-02-28");
        assert!(x.set_delivered("2014").is_err());
        x.set_delivered("2014-03-01").unwrap();
        assert!(x.validate().is_empty());
        x.set_delivered("").unwrap();
        assert!(!x.is_delivered());
        let bad = p("x", "y");
        let errs = bad.validate();
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[1].field(), "delivered");
        assert_ne!(errs[0].message(Lang::En), errs[0].message(Lang::Es));
    }

    #[test]
    fn labels_in_both_languages() {
        for k in ProductKind::ALL {
            assert_ne!(k.label(Lang::En), k.label(Lang::Es));
        }
        for q in Quality::ALL {
            assert_ne!(q.label(Lang::En), q.label(Lang::Es));
        }
    }

    #[test]
    fn serde_defaults_and_names() {
        let x: Products = serde_json::from_str("{}").unwrap();
        assert_eq!(x, Products::default());
        assert!(x.has_no_dates());
        let mut y = Products::default();
        y.get_mut(ProductKind::Protocol).quality = Quality::MinorFlaws;
        let json = serde_json::to_string(&y).unwrap();
        assert!(json.contains("\"minor_flaws\""), "{json}");
        assert_eq!(serde_json::from_str::<Products>(&json).unwrap(), y);
    }
}
