//! The budget settings as the user types them: text, so a half-typed or non-numeric value gets
//! a message next to its field instead of being dropped or turned into 0.

use super::budget::{BudgetError, Budgets, Layer};

/// Which budget setting a value or an error belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BudgetField {
    WordsPerPage,
    Pages(Layer),
}

impl BudgetField {
    pub const ALL: [BudgetField; 4] = [
        BudgetField::WordsPerPage,
        BudgetField::Pages(Layer::Messages),
        BudgetField::Pages(Layer::Executive),
        BudgetField::Pages(Layer::Report),
    ];

    /// The `Budgets` field name (the same strings as `BudgetError::field`).
    pub fn name(self) -> &'static str {
        match self {
            BudgetField::WordsPerPage => "words_per_page",
            BudgetField::Pages(Layer::Messages) => "messages_pages",
            BudgetField::Pages(Layer::Executive) => "executive_pages",
            BudgetField::Pages(Layer::Report) => "report_pages",
        }
    }

    /// The setting's value in `b`.
    pub fn get(self, b: &Budgets) -> u32 {
        match self {
            BudgetField::WordsPerPage => b.words_per_page,
            BudgetField::Pages(layer) => b.pages(layer),
        }
    }

    fn set(self, b: &mut Budgets, value: u32) {
        match self {
            BudgetField::WordsPerPage => b.words_per_page = value,
            BudgetField::Pages(Layer::Messages) => b.messages_pages = value,
            BudgetField::Pages(Layer::Executive) => b.executive_pages = value,
            BudgetField::Pages(Layer::Report) => b.report_pages = value,
        }
    }
}

/// The four settings as typed, in `BudgetField::ALL` order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetTexts(pub [String; 4]);

impl BudgetTexts {
    pub fn from_budgets(b: &Budgets) -> Self {
        BudgetTexts(BudgetField::ALL.map(|f| f.get(b).to_string()))
    }

    pub fn get(&self, field: BudgetField) -> &str {
        &self.0[index(field)]
    }

    pub fn set(&mut self, field: BudgetField, text: &str) {
        self.0[index(field)] = text.to_string();
    }

    /// Reads and validates the four settings. Each field gets at most one error: "not a whole
    /// number" when it cannot be read, otherwise the range errors of `Budgets::validate`.
    pub fn parse(&self) -> Result<Budgets, Vec<BudgetError>> {
        let mut budgets = Budgets::default();
        let mut unreadable = Vec::new();
        for field in BudgetField::ALL {
            match parse_whole(self.get(field)) {
                Some(v) => field.set(&mut budgets, v),
                None => unreadable.push(field),
            }
        }
        let range_errors = match budgets.validate() {
            Ok(_) => Vec::new(),
            Err(e) => e,
        };
        let mut errors: Vec<BudgetError> = Vec::new();
        for field in BudgetField::ALL {
            if unreadable.contains(&field) {
                errors.push(BudgetError::NotAWholeNumber(field));
            } else {
                errors.extend(range_errors.iter().filter(|e| e.field() == field.name()).cloned());
            }
        }
        if errors.is_empty() {
            Ok(budgets)
        } else {
            Err(errors)
        }
    }
}

fn index(field: BudgetField) -> usize {
    BudgetField::ALL.iter().position(|f| *f == field).unwrap_or(0)
}

/// A whole number as typed: surrounding spaces and thousands separators ("1,000", "1 000")
/// are accepted; signs, decimals and anything too large for a `u32` are not.
fn parse_whole(text: &str) -> Option<u32> {
    let digits: String =
        text.trim().chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}' | '_')).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole(" 500 "), Some(500));
        assert_eq!(parse_whole("1,000"), Some(1000));
        assert_eq!(parse_whole("0"), Some(0));
        assert_eq!(parse_whole("1.5"), None);
        assert_eq!(parse_whole("-3"), None);
        assert_eq!(parse_whole(""), None);
        assert_eq!(parse_whole("99999999999"), None);
    }
}
