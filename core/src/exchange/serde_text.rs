//! Reading serde's error messages back into `Issue`s, so they can be shown in Spanish too.
//!
//! serde only gives text ("invalid type: string \"x\", expected u32"). Its wording is stable
//! (it is part of serde's documented `de::Error` helpers), and the shapes we parse are few.
//! Anything unrecognised is kept verbatim as `Issue::Other`, so a change in wording degrades a
//! message to English, never loses it. The tests in `tests/exchange_errors.rs` pin each shape.

use super::problem::{Found, Issue, Wanted};

/// What serde's message says, plus a field name to append to the path when the message is
/// about a missing field (serde reports the enclosing object's path for those).
pub(crate) fn classify(message: &str) -> (Option<String>, Issue) {
    if let Some(field) = between(message, "missing field `", "`") {
        return (Some(field.to_string()), Issue::Missing);
    }
    if let Some(shown) = message.strip_suffix(" is not one of 1, 3, 5") {
        return (None, Issue::NotARating { shown: shown.to_string() });
    }
    for prefix in ["unknown variant `", "unknown field `"] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.split_once("`, expected ") {
                return (None, Issue::NotOneOf { found: found.into(), allowed: names(expected) });
            }
        }
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return (
                    None,
                    Issue::WrongType { found: found_of(found), wanted: wanted_of(expected) },
                );
            }
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((len, expected)) = rest.split_once(", expected ") {
            if let Ok(n) = len.parse() {
                return (
                    None,
                    Issue::WrongType { found: Found::ListOf(n), wanted: wanted_of(expected) },
                );
            }
        }
    }
    (None, Issue::Other(message.to_string()))
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
}

/// "`a`, `b`" / "one of `a`, `b`, `c`" / "`a` or `b`" → ["a", "b", "c"].
fn names(expected: &str) -> Vec<String> {
    expected
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, name)| name.to_string())
        .collect()
}

/// serde's `Unexpected` wording → what a person sees.
fn found_of(found: &str) -> Found {
    if let Some(n) =
        between(found, "integer `", "`").or_else(|| between(found, "floating point `", "`"))
    {
        return Found::Number(n.to_string());
    }
    if let Some(text) = found.strip_prefix("string ") {
        // serde prints the string with Rust's escapes inside quotes; showing it without the
        // outer quotes lets the message put the language's own quotation marks around it.
        let inner = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text);
        return Found::Text(inner.to_string());
    }
    match found {
        "boolean `true`" => Found::Bool(true),
        "boolean `false`" => Found::Bool(false),
        "unit value" | "null" => Found::Null,
        "sequence" => Found::List,
        "map" => Found::Object,
        other => Found::Raw(other.to_string()),
    }
}

/// serde's "expected …" wording for our types → what a person is asked for.
fn wanted_of(expected: &str) -> Wanted {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => Wanted::NonNegativeWholeNumber,
        "i8" | "i16" | "i32" | "i64" | "isize" => Wanted::WholeNumber,
        "a string" | "a borrowed string" => Wanted::Text,
        "a sequence" => Wanted::List,
        "a tuple of size 2" => Wanted::Pair,
        "a map" => Wanted::Object,
        "a boolean" => Wanted::Bool,
        "a rating written as the number 1, 3 or 5" => Wanted::Rating,
        "fewer elements in array" => Wanted::FewerItems,
        e if e.starts_with("struct ") => Wanted::Object,
        e if e.starts_with("a tuple of size") => Wanted::List,
        other => Wanted::Raw(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(classify("missing field `id`"), (Some("id".into()), Issue::Missing));
        assert_eq!(
            classify("invalid type: string \"x\", expected u32").1,
            Issue::WrongType {
                found: Found::Text("x".into()),
                wanted: Wanted::NonNegativeWholeNumber
            }
        );
        assert_eq!(
            classify("invalid value: integer `-1`, expected u32").1,
            Issue::WrongType {
                found: Found::Number("-1".into()),
                wanted: Wanted::NonNegativeWholeNumber
            }
        );
        assert_eq!(
            classify("unknown variant `x`, expected `workspace` or `community`").1,
            Issue::NotOneOf {
                found: "x".into(),
                allowed: vec!["workspace".into(), "community".into()]
            }
        );
        assert_eq!(
            classify("invalid length 3, expected a tuple of size 2").1,
            Issue::WrongType { found: Found::ListOf(3), wanted: Wanted::Pair }
        );
        assert_eq!(classify("something new").1, Issue::Other("something new".into()));
    }
}
