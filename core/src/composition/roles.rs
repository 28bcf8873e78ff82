//! Roles inside a CoP: the policy champion, the facilitator, and how many members are
//! strategic staff (directors, programme managers) versus tactical frontline staff.

use serde::{Deserialize, Serialize};

use super::counts::{parse_count, CountError};
use crate::text::{clean_line, Lang};

/// Longest champion or facilitator name (same as a CoP name).
pub const PERSON_NAME_MAX: usize = 80;

/// Strategic versus tactical members at one snapshot. Each side is optional because teams
/// often know one figure and not the other; `None` means "not recorded", not zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffSplit {
    #[serde(default)]
    pub strategic: Option<u32>,
    #[serde(default)]
    pub tactical: Option<u32>,
}

/// A split that does not fit the profession counts. A warning, not an error: the form keeps
/// the figures and shows the sentence, since either set of numbers may be the one to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitIssue {
    pub split_total: u64,
    pub members: u64,
}

impl SplitIssue {
    pub fn message(&self, lang: Lang) -> String {
        let SplitIssue {
            split_total,
            members,
        } = *self;
        match lang {
            Lang::En => format!(
                "Strategic and tactical staff add up to {split_total}, but only {members} members are counted by profession. Check both sets of numbers."
            ),
            Lang::Es => format!(
                "El personal estratégico y táctico suma {split_total}, pero solo hay {members} integrantes contados por profesión. Revise ambas cifras."
            ),
        }
    }
}

impl StaffSplit {
    /// Checks the split against the members counted by profession at the same snapshot.
    /// Only "more than the members" is flagged: fewer is normal when some roles are unknown.
    pub fn check(&self, members: u64) -> Option<SplitIssue> {
        let split_total =
            u64::from(self.strategic.unwrap_or(0)) + u64::from(self.tactical.unwrap_or(0));
        (split_total > members).then_some(SplitIssue {
            split_total,
            members,
        })
    }
}

/// Reads a strategic or tactical figure as typed. Unlike a profession count, a blank cell
/// means "not recorded" (`None`), because teams often know one side of the split only.
pub fn parse_split_count(input: &str) -> Result<Option<u32>, CountError> {
    if input.trim().is_empty() {
        return Ok(None);
    }
    parse_count(input).map(Some)
}

/// Why a champion or facilitator name was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonNameError {
    TooLong { max: usize },
}

impl PersonNameError {
    pub fn message(&self, lang: Lang) -> String {
        let PersonNameError::TooLong { max } = *self;
        match lang {
            Lang::En => format!("The name is too long: use at most {max} characters."),
            Lang::Es => format!("El nombre es demasiado largo: use como máximo {max} caracteres."),
        }
    }
}

/// Cleans a champion or facilitator name. Empty is allowed: the role may not be filled yet.
pub fn clean_person_name(input: &str) -> Result<String, PersonNameError> {
    let clean = clean_line(input);
    if clean.chars().count() > PERSON_NAME_MAX {
        return Err(PersonNameError::TooLong {
            max: PERSON_NAME_MAX,
        });
    }
    Ok(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_larger_than_members_is_flagged() {
        let split = StaffSplit {
            strategic: Some(5),
            tactical: Some(30),
        };
        assert_eq!(split.check(35), None);
        assert_eq!(
            split.check(28),
            Some(SplitIssue {
                split_total: 35,
                members: 28
            })
        );
        assert!(split.check(28).unwrap().message(Lang::Es).contains("35"));
        assert_eq!(
            StaffSplit {
                strategic: Some(u32::MAX),
                tactical: Some(u32::MAX)
            }
            .check(0)
            .map(|i| i.split_total),
            Some(2 * u64::from(u32::MAX))
        );
        assert_eq!(StaffSplit::default().check(0), None);
    }

    #[test]
    fn split_counts_keep_blank_apart_from_zero() {
        assert_eq!(parse_split_count(" "), Ok(None));
        assert_eq!(parse_split_count("0"), Ok(Some(0)));
        assert_eq!(parse_split_count(" 12 "), Ok(Some(12)));
        assert_eq!(parse_split_count("-3"), Err(CountError::Negative));
        assert_eq!(parse_split_count("2.5"), Err(CountError::NotWhole));
    }

    #[test]
    fn person_names() {
        assert_eq!(
            clean_person_name("  Dra.  Ana Pérez "),
            Ok("Dra. Ana Pérez".into())
        );
        assert_eq!(clean_person_name(""), Ok(String::new()));
        assert_eq!(
            clean_person_name(&"x".repeat(81)),
            Err(PersonNameError::TooLong { max: 80 })
        );
        assert_ne!(
            PersonNameError::TooLong { max: 80 }.message(Lang::En),
            PersonNameError::TooLong { max: 80 }.message(Lang::Es)
        );
    }

    #[test]
    fn split_serde_defaults() {
        let s: StaffSplit = serde_json::from_str(r#"{"tactical":12}"#).unwrap();
        assert_eq!(
            s,
            StaffSplit {
                strategic: None,
                tactical: Some(12)
            }
        );
    }
}
