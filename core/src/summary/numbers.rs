//! Numbers as the counters print them. Mexico and Nicaragua both write a comma between
//! thousands and a point before decimals ("1,500", "0.8"), so one format serves both languages.

use super::budget::LayerCount;

/// "1500" → "1,500".
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Tenths as a number with one decimal: 8 → "0.8", 25 → "2.5", 10 → "1.0".
pub fn tenths_text(tenths: u32) -> String {
    format!("{}.{}", group_thousands(u64::from(tenths / 10)), tenths % 10)
}

impl LayerCount {
    /// Words written, grouped ("1,234").
    pub fn words_text(&self) -> String {
        group_thousands(u64::from(self.words))
    }

    /// The word budget, grouped ("1,500").
    pub fn budget_words_text(&self) -> String {
        group_thousands(u64::from(self.budget_words))
    }

    /// Printed pages with one decimal, rounded up ("0.8").
    pub fn pages_text(&self) -> String {
        tenths_text(self.pages_tenths)
    }
}
