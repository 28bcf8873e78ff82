//! Word counting for page budgets.
//!
//! The 1:3:25 rule is about pages; we turn pages into words (see `budget.rs`), so the count has
//! to match what a reader would call a word in English or Spanish text typed by health staff.

/// Counts the words in `text`.
///
/// A word is a whitespace-separated token that contains at least one letter or digit (any
/// script, so accented letters count). That makes "35%", "NOM-007-SSA2-2010", "atención",
/// "¿Qué" and "«Plan»" one word each, while lone punctuation such as "—", "–", "¿", "¡", "•",
/// "-" or "*" is not a word. Markdown-style list markers are not words either: bullets are
/// punctuation already, and a numbered marker ("1." or "2)") at the start of a line is skipped
/// when more text follows it on that line, because it is numbering, not content.
pub fn count(text: &str) -> usize {
    text.lines().map(count_line).sum()
}

fn count_line(line: &str) -> usize {
    let mut tokens = line.split_whitespace().peekable();
    let mut n = 0;
    if let Some(first) = tokens.next() {
        let numbering = is_list_number(first) && tokens.peek().is_some();
        if !numbering && is_word(first) {
            n += 1;
        }
    }
    n + tokens.filter(|t| is_word(t)).count()
}

/// True when the token has at least one letter or digit.
pub fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// "1." "12)" "3.-": up to three ASCII digits followed only by list punctuation. Longer digit
/// runs ("2014.") are years or quantities, not list numbers.
fn is_list_number(token: &str) -> bool {
    let digits = token.chars().take_while(char::is_ascii_digit).count();
    let rest = &token[digits..];
    (1..=3).contains(&digits)
        && !rest.is_empty()
        && rest.chars().all(|c| matches!(c, '.' | ')' | '-' | '–'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_numbers() {
        assert!(is_list_number("1."));
        assert!(is_list_number("12)"));
        assert!(is_list_number("3.-"));
        assert!(!is_list_number("2014."));
        assert!(!is_list_number("35%"));
        assert!(!is_list_number("7"));
    }
}
