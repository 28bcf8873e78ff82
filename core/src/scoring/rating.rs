//! A rating on one criterion: 1, 3 or 5, and nothing else.
//!
//! The paper's grid only has descriptors for 1, 3 and 5, so a value like 2 or 4 would be a
//! rating nobody can justify from the evidence. Making it an enum means no other value can be
//! stored, computed or imported; every total is then odd and lies in 5..=25.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    One,
    Three,
    Five,
}

impl Rating {
    /// The three ratings, lowest first.
    pub const ALL: [Rating; 3] = [Rating::One, Rating::Three, Rating::Five];

    pub fn value(self) -> u8 {
        match self {
            Rating::One => 1,
            Rating::Three => 3,
            Rating::Five => 5,
        }
    }

    /// `Some` only for 1, 3 and 5.
    pub fn from_value(value: u8) -> Option<Rating> {
        match value {
            1 => Some(Rating::One),
            3 => Some(Rating::Three),
            5 => Some(Rating::Five),
            _ => None,
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

/// Stored as the plain number, so exported files read like the paper's grid.
impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.value())
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `deserialize_any` rather than `deserialize_u8`: self-describing formats (JSON is the
        // only one we store or exchange) then hand us strings and floats too, so "3" and 3.0
        // get the same plain message as 4 instead of a generic "invalid type".
        deserializer.deserialize_any(RatingVisitor)
    }
}

struct RatingVisitor;

/// The one wording every rejected value gets, so a person fixing a file by hand sees what is
/// wrong and what is allowed.
fn not_a_rating<E: de::Error>(shown: impl fmt::Display) -> E {
    E::custom(format_args!("{shown} is not one of 1, 3, 5"))
}

impl Visitor<'_> for RatingVisitor {
    type Value = Rating;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a rating written as the number 1, 3 or 5")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Rating, E> {
        u8::try_from(v).ok().and_then(Rating::from_value).ok_or_else(|| not_a_rating(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Rating, E> {
        u8::try_from(v).ok().and_then(Rating::from_value).ok_or_else(|| not_a_rating(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Rating, E> {
        // Keep the decimal point ("3.0"), showing the person that it is the form of the
        // number, not its size, that is wrong. (Not `{:?}`: Debug output is not for people.)
        if v.is_finite() && v.fract() == 0.0 {
            Err(not_a_rating(format_args!("{v:.1}")))
        } else {
            Err(not_a_rating(format_args!("{v}")))
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Rating, E> {
        // Quoted, so the person sees that the number was written as text.
        Err(not_a_rating(format_args!("\"{v}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        for r in Rating::ALL {
            assert_eq!(Rating::from_value(r.value()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), r.value().to_string());
            assert_eq!(serde_json::from_str::<Rating>(&r.value().to_string()).unwrap(), r);
        }
        let accepted: Vec<u8> =
            (0..=u8::MAX).filter(|v| Rating::from_value(*v).is_some()).collect();
        assert_eq!(accepted, [1, 3, 5]);
        assert!(Rating::One < Rating::Three && Rating::Three < Rating::Five);
    }

    #[test]
    fn other_numbers_are_rejected_with_the_allowed_values() {
        for (text, shown) in
            [("0", "0"), ("2", "2"), ("4", "4"), ("6", "6"), ("-1", "-1"), ("300", "300")]
        {
            let err = serde_json::from_str::<Rating>(text).unwrap_err().to_string();
            assert!(err.contains(&format!("{shown} is not one of 1, 3, 5")), "{text}: {err}");
        }
    }

    #[test]
    fn non_integers_are_rejected_clearly() {
        let err = serde_json::from_str::<Rating>("3.0").unwrap_err().to_string();
        assert!(err.contains("3.0 is not one of 1, 3, 5"), "{err}");
        let err = serde_json::from_str::<Rating>("\"3\"").unwrap_err().to_string();
        assert!(err.contains("\"3\" is not one of 1, 3, 5"), "{err}");
        for text in ["null", "true", "[3]", "{}"] {
            let err = serde_json::from_str::<Rating>(text).unwrap_err().to_string();
            assert!(err.contains("1, 3 or 5"), "{text}: {err}");
        }
    }
}
