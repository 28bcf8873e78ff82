//! Making a CoP name unique: "Hidalgo" next to another "Hidalgo" becomes "Hidalgo (2)".
//!
//! Every table and chart labels CoPs by name and the form refuses a taken name (ignoring case),
//! so a merge that would bring in a second "Hidalgo" numbers it instead, the way file managers
//! number copies. The result stays within `NAME_MAX` so it still passes the form.

use std::collections::BTreeSet;

use crate::community::NAME_MAX;

/// `name`, or `name (2)`, `name (3)`… — the first not in `taken` (ignoring case). A name that
/// already ends in a number in brackets is counted on from its base, so a copy of
/// "Hidalgo (2)" is "Hidalgo (3)", not "Hidalgo (2) (2)".
pub fn unique_name<'a>(name: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: BTreeSet<String> = taken.into_iter().map(str::to_lowercase).collect();
    if !taken.contains(&name.to_lowercase()) {
        return name.to_string();
    }
    let base = strip_number(name);
    // At most `taken.len() + 1` candidates can be tried before one is free, so this ends.
    let mut n: u64 = 2;
    loop {
        let suffix = format!(" ({n})");
        let room = NAME_MAX.saturating_sub(suffix.chars().count());
        let kept: String = base.chars().take(room).collect();
        let candidate = format!("{}{suffix}", kept.trim_end());
        if !taken.contains(&candidate.to_lowercase()) {
            return candidate;
        }
        n = n.saturating_add(1);
    }
}

/// "Hidalgo (12)" → "Hidalgo"; anything else unchanged.
fn strip_number(name: &str) -> &str {
    let Some(open) = name.strip_suffix(')').and_then(|s| s.rfind(" (")) else {
        return name;
    };
    let digits = &name[open + 2..name.len() - 1];
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        &name[..open]
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_copies() {
        assert_eq!(unique_name("Hidalgo", ["Morelos"]), "Hidalgo");
        assert_eq!(unique_name("Hidalgo", ["hidalgo"]), "Hidalgo (2)");
        assert_eq!(unique_name("Hidalgo", ["Hidalgo", "HIDALGO (2)"]), "Hidalgo (3)");
        assert_eq!(unique_name("Hidalgo (2)", ["Hidalgo", "Hidalgo (2)"]), "Hidalgo (3)");
        assert_eq!(unique_name("A (x)", ["A (x)"]), "A (x) (2)");
        assert_eq!(unique_name("()", ["()"]), "() (2)");
    }

    #[test]
    fn stays_within_the_limit() {
        let long = "ñ".repeat(NAME_MAX);
        let out = unique_name(&long, [long.as_str()]);
        assert_eq!(out.chars().count(), NAME_MAX);
        assert!(out.ends_with(" (2)"));
    }
}
