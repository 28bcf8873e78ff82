//! Text normalisation for the content checks: case- and accent-insensitive matching.
//!
//! Users type "Más investigación", "mas investigacion" or "MÁS INVESTIGACIÓN" interchangeably,
//! often on phones without easy accents, so every comparison in `checks.rs` goes through here.

/// Lower-cases and strips the accents used in English and Spanish (á é í ó ú ü ñ and the other
/// Latin-1 vowels), so "Investigación" and "investigacion" compare equal.
pub fn fold(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).map(strip_accent).collect()
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// Folded text as a sequence of alphanumeric tokens: every run of other characters is a
/// separator, so "80%-completeness" gives "80" and "completeness".
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Folded tokens joined by single spaces with a space at each end, so a phrase can be found
/// as whole words with `contains(" more research ")` regardless of punctuation.
pub fn phrase_haystack(text: &str) -> String {
    let mut out = String::from(" ");
    for t in tokens(text) {
        out.push_str(&t);
        out.push(' ');
    }
    out
}

/// The same shape for a needle: " more research ".
pub fn phrase_needle(phrase: &str) -> String {
    phrase_haystack(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("MÁS Investigación ¿Qué? Niñez"), "mas investigacion ¿que? ninez");
        assert_eq!(tokens("80%-completeness, «Plan»"), vec!["80", "completeness", "plan"]);
        assert_eq!(phrase_haystack("¡Más estudios!"), " mas estudios ");
    }
}
