//! A Community of Practice (CoP): the unit every tool works on.

use serde::{Deserialize, Serialize};

use crate::composition::CopComposition;
use crate::programme::{Factor, Products};
use crate::scoring::Assessment;
use crate::summary::Summary;
use crate::text::clean_line;

/// Stable identifier of a CoP. Made once at creation and never changed, so that files exported
/// by two teams can be matched CoP by CoP when they are merged.
pub type CommunityId = String;

/// Longest name we accept: long enough for "Matagalpa 2 – San José, Matiguás", short enough for
/// a table cell on a phone.
pub const NAME_MAX: usize = 80;
/// Country and site/region limits.
pub const PLACE_MAX: usize = 80;
/// Free notes limit (a few paragraphs).
pub const NOTES_MAX: usize = 4000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Community {
    pub id: CommunityId,
    pub name: String,
    pub country: String,
    /// State, department, jurisdiction or health unit.
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub notes: String,
    /// Milliseconds since the Unix epoch (UTC). Supplied by the caller: the core has no clock.
    pub created: i64,
    pub updated: i64,
    /// Scoring wizard: assessments over time, oldest first.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// Composition calculator: members per snapshot and profession, and roles.
    #[serde(default)]
    pub composition: CopComposition,
    /// Executive-summary builder.
    #[serde(default)]
    pub summary: Summary,
    /// Programme dashboard: the three main products (criterion 3's evidence).
    #[serde(default)]
    pub products: Products,
    /// Programme dashboard: barriers and facilitating factors, in the order entered.
    #[serde(default)]
    pub factors: Vec<Factor>,
}

/// The user-editable fields of a CoP, as typed in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommunityFields {
    pub name: String,
    pub country: String,
    pub region: String,
    pub notes: String,
}

/// What is wrong with a form field, for the UI to translate and show next to the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    NameEmpty,
    NameTooLong { max: usize },
    NameTaken,
    CountryEmpty,
    CountryTooLong { max: usize },
    RegionTooLong { max: usize },
    NotesTooLong { max: usize },
}

impl FieldError {
    /// Which form field the error belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            FieldError::NameEmpty | FieldError::NameTooLong { .. } | FieldError::NameTaken => "name",
            FieldError::CountryEmpty | FieldError::CountryTooLong { .. } => "country",
            FieldError::RegionTooLong { .. } => "region",
            FieldError::NotesTooLong { .. } => "notes",
        }
    }
}

impl CommunityFields {
    /// Cleans the fields (trim, collapse spaces in one-line fields) and checks their limits.
    /// `other_names` are the names of the other CoPs in the workspace: names must be unique
    /// (ignoring case) because every table and chart labels CoPs by name.
    pub fn validate<'a>(
        &self,
        other_names: impl IntoIterator<Item = &'a str>,
    ) -> Result<CommunityFields, Vec<FieldError>> {
        let clean = CommunityFields {
            name: clean_line(&self.name),
            country: clean_line(&self.country),
            region: clean_line(&self.region),
            notes: self.notes.trim().to_string(),
        };
        let mut errors = Vec::new();
        let len = |s: &str| s.chars().count();
        if clean.name.is_empty() {
            errors.push(FieldError::NameEmpty);
        } else if len(&clean.name) > NAME_MAX {
            errors.push(FieldError::NameTooLong { max: NAME_MAX });
        } else {
            let lower = clean.name.to_lowercase();
            if other_names.into_iter().any(|n| n.to_lowercase() == lower) {
                errors.push(FieldError::NameTaken);
            }
        }
        if clean.country.is_empty() {
            errors.push(FieldError::CountryEmpty);
        } else if len(&clean.country) > PLACE_MAX {
            errors.push(FieldError::CountryTooLong { max: PLACE_MAX });
        }
        if len(&clean.region) > PLACE_MAX {
            errors.push(FieldError::RegionTooLong { max: PLACE_MAX });
        }
        if len(&clean.notes) > NOTES_MAX {
            errors.push(FieldError::NotesTooLong { max: NOTES_MAX });
        }
        if errors.is_empty() {
            Ok(clean)
        } else {
            Err(errors)
        }
    }
}

impl Community {
    pub fn new(id: CommunityId, fields: CommunityFields, now: i64) -> Self {
        Community {
            id,
            name: fields.name,
            country: fields.country,
            region: fields.region,
            notes: fields.notes,
            created: now,
            updated: now,
            assessments: Vec::new(),
            composition: CopComposition::default(),
            summary: Summary::default(),
            products: Products::default(),
            factors: Vec::new(),
        }
    }

    pub fn fields(&self) -> CommunityFields {
        CommunityFields {
            name: self.name.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            notes: self.notes.clone(),
        }
    }
}

/// Makes a new CoP id from the creation time and caller-supplied randomness (the core has no
/// random source). 48 bits of time plus 32 random bits make collisions between teams negligible.
pub fn new_id(now_ms: i64, random: u32) -> CommunityId {
    format!("cop-{:x}-{:08x}", now_ms.max(0), random)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(name: &str, country: &str) -> CommunityFields {
        CommunityFields { name: name.into(), country: country.into(), ..Default::default() }
    }

    #[test]
    fn validation_cleans_spaces() {
        let ok = fields("  Hidalgo   Tula ", " México ").validate([]).unwrap();
        assert_eq!(ok.name, "Hidalgo Tula");
        assert_eq!(ok.country, "México");
    }

    #[test]
    fn validation_reports_each_problem() {
        let errs = fields(" ", "").validate([]).unwrap_err();
        assert_eq!(errs, vec![FieldError::NameEmpty, FieldError::CountryEmpty]);
        let long = "x".repeat(NAME_MAX + 1);
        let errs = fields(&long, "Nicaragua").validate([]).unwrap_err();
        assert_eq!(errs, vec![FieldError::NameTooLong { max: NAME_MAX }]);
        assert_eq!(errs[0].field(), "name");
    }

    #[test]
    fn names_are_unique_ignoring_case() {
        let errs = fields("hidalgo", "México").validate(["Hidalgo"]).unwrap_err();
        assert_eq!(errs, vec![FieldError::NameTaken]);
    }

    #[test]
    fn ids_differ_by_time_and_randomness() {
        assert_ne!(new_id(1, 2), new_id(1, 3));
        assert_ne!(new_id(1, 2), new_id(2, 2));
        assert!(new_id(-5, 0).starts_with("cop-0-"));
    }
}
