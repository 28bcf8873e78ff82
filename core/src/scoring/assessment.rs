//! One assessment of a CoP: when, for what period, who rated, and the consensus that counts.
//!
//! A single person scoring alone simply enters the consensus directly; raters are only needed
//! when several people rate independently and then compare (see `consensus.rs`).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::scoring::bands::{Band, BandCuts};
use crate::scoring::criteria::CriterionId;
use crate::scoring::rating::Rating;
use crate::text::{clean_line, Lang};

/// The wizard opens with the assessment details (step 0), has one step per criterion (1..=5,
/// the criterion's number) and ends with a review step. See `wizard::WizardStep`.
pub const WIZARD_REVIEW_STEP: u8 = 6;
/// Longest rater name: a full name with titles, short enough for a table header.
pub const RATER_NAME_MAX: usize = 80;
/// Longest evidence note per criterion (a few paragraphs from the field diary).
pub const NOTE_MAX: usize = 2000;
/// Longest period text ("June 2013 – May 2015" and the like).
pub const PERIOD_MAX: usize = 40;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    /// ISO date, yyyy-mm-dd. Empty while a draft has no date yet.
    #[serde(default)]
    pub date: String,
    /// The period the assessment covers, free text (e.g. "2013–2015").
    #[serde(default)]
    pub period: String,
    /// Independent raters, if any, in the order they were added.
    #[serde(default)]
    pub raters: Vec<Rater>,
    /// The agreed rating per criterion: the only ratings that count towards the total.
    #[serde(default)]
    pub consensus: BTreeMap<CriterionId, Rating>,
    /// Evidence notes per criterion (what in the field diary justifies the rating).
    #[serde(default)]
    pub notes: BTreeMap<CriterionId, String>,
    /// Where the wizard was left (0 the details, 1..=5 a criterion, 6 the review), so the UI
    /// can resume.
    /// Clamped when loaded, so a hand-edited file cannot send the wizard off its end.
    #[serde(default, deserialize_with = "clamped_step")]
    pub wizard_step: u8,
    /// Milliseconds since the Unix epoch (UTC), supplied by the caller: the core has no clock.
    pub created: i64,
    pub updated: i64,
}

/// One person who rated independently.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rater {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub ratings: BTreeMap<CriterionId, Rating>,
}

fn clamped_step<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let step = i64::deserialize(d)?.clamp(0, i64::from(WIZARD_REVIEW_STEP));
    // The clamp makes the conversion exact; the fallback only satisfies the type.
    Ok(u8::try_from(step).unwrap_or(WIZARD_REVIEW_STEP))
}

/// Why an edit to an assessment was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentError {
    UnknownRater(String),
    DuplicateRaterId(String),
    RaterNameEmpty,
    RaterNameTooLong {
        max: usize,
    },
    /// Another rater of this assessment already has the name (ignoring case); names must be
    /// unique because the comparison table labels raters by name.
    RaterNameTaken(String),
    NoteTooLong {
        max: usize,
    },
    PeriodTooLong {
        max: usize,
    },
    /// Not a real calendar date written as yyyy-mm-dd.
    BadDate(String),
}

impl AssessmentError {
    /// A sentence for the person editing, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AssessmentError::UnknownRater(id), Lang::En) => {
                format!("There is no rater \"{id}\" in this assessment; reload and try again.")
            }
            (AssessmentError::UnknownRater(id), Lang::Es) => format!(
                "No hay un evaluador «{id}» en esta evaluación; vuelva a cargar e intente de nuevo."
            ),
            (AssessmentError::DuplicateRaterId(id), Lang::En) => {
                format!("A rater with id \"{id}\" already exists in this assessment.")
            }
            (AssessmentError::DuplicateRaterId(id), Lang::Es) => {
                format!("Ya existe un evaluador con el identificador «{id}» en esta evaluación.")
            }
            (AssessmentError::RaterNameEmpty, Lang::En) => "Write the rater's name.".into(),
            (AssessmentError::RaterNameEmpty, Lang::Es) => {
                "Escriba el nombre del evaluador o evaluadora.".into()
            }
            (AssessmentError::RaterNameTooLong { max }, Lang::En) => {
                format!("The rater's name is too long: use at most {max} characters.")
            }
            (AssessmentError::RaterNameTooLong { max }, Lang::Es) => {
                format!("El nombre es demasiado largo: use como máximo {max} caracteres.")
            }
            (AssessmentError::RaterNameTaken(name), Lang::En) => format!(
                "Another rater is already called \"{name}\"; add an initial or surname to tell \
                 them apart."
            ),
            (AssessmentError::RaterNameTaken(name), Lang::Es) => format!(
                "Ya hay otra persona evaluadora llamada «{name}»; agregue una inicial o el \
                 apellido para distinguirlas."
            ),
            (AssessmentError::NoteTooLong { max }, Lang::En) => {
                format!("The evidence note is too long: use at most {max} characters.")
            }
            (AssessmentError::NoteTooLong { max }, Lang::Es) => {
                format!(
                    "La nota de evidencia es demasiado larga: use como máximo {max} caracteres."
                )
            }
            (AssessmentError::PeriodTooLong { max }, Lang::En) => {
                format!("The period is too long: use at most {max} characters, e.g. 2013–2015.")
            }
            (AssessmentError::PeriodTooLong { max }, Lang::Es) => format!(
                "El periodo es demasiado largo: use como máximo {max} caracteres, p. ej. 2013–2015."
            ),
            (AssessmentError::BadDate(d), Lang::En) => {
                format!("\"{d}\" is not a valid date; write it as year-month-day, e.g. 2015-05-31.")
            }
            (AssessmentError::BadDate(d), Lang::Es) => format!(
                "«{d}» no es una fecha válida; escríbala como año-mes-día, p. ej. 2015-05-31."
            ),
        }
    }
}

impl fmt::Display for AssessmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for AssessmentError {}

/// Whether `s` is a real calendar date written yyyy-mm-dd (so that dates sort as text).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

impl Assessment {
    /// An empty draft: no date, no ratings, wizard at the first criterion.
    pub fn new(id: impl Into<String>, now: i64) -> Assessment {
        Assessment { id: id.into(), created: now, updated: now, ..Default::default() }
    }

    /// Sets (or, with `None`, clears) the agreed rating of a criterion.
    pub fn set_consensus(&mut self, criterion: CriterionId, rating: Option<Rating>, now: i64) {
        match rating {
            Some(r) => self.consensus.insert(criterion, r),
            None => self.consensus.remove(&criterion),
        };
        self.updated = now;
    }

    pub fn rater(&self, rater_id: &str) -> Option<&Rater> {
        self.raters.iter().find(|r| r.id == rater_id)
    }

    fn rater_mut(&mut self, rater_id: &str) -> Result<&mut Rater, AssessmentError> {
        self.raters
            .iter_mut()
            .find(|r| r.id == rater_id)
            .ok_or_else(|| AssessmentError::UnknownRater(rater_id.to_string()))
    }

    /// Sets (or clears) one rater's own rating of a criterion.
    pub fn set_rater_rating(
        &mut self,
        rater_id: &str,
        criterion: CriterionId,
        rating: Option<Rating>,
        now: i64,
    ) -> Result<(), AssessmentError> {
        let rater = self.rater_mut(rater_id)?;
        match rating {
            Some(r) => rater.ratings.insert(criterion, r),
            None => rater.ratings.remove(&criterion),
        };
        self.updated = now;
        Ok(())
    }

    /// Cleans a rater name and checks it against the other raters' names.
    fn clean_rater_name(
        &self,
        name: &str,
        except_id: Option<&str>,
    ) -> Result<String, AssessmentError> {
        let name = clean_line(name);
        if name.is_empty() {
            return Err(AssessmentError::RaterNameEmpty);
        }
        if name.chars().count() > RATER_NAME_MAX {
            return Err(AssessmentError::RaterNameTooLong { max: RATER_NAME_MAX });
        }
        let lower = name.to_lowercase();
        let taken = self
            .raters
            .iter()
            .any(|r| Some(r.id.as_str()) != except_id && r.name.to_lowercase() == lower);
        if taken {
            return Err(AssessmentError::RaterNameTaken(name));
        }
        Ok(name)
    }

    /// Adds a rater with no ratings yet. The id is the caller's (stable across renames).
    pub fn add_rater(
        &mut self,
        id: impl Into<String>,
        name: &str,
        now: i64,
    ) -> Result<(), AssessmentError> {
        let id = id.into();
        if self.rater(&id).is_some() {
            return Err(AssessmentError::DuplicateRaterId(id));
        }
        let name = self.clean_rater_name(name, None)?;
        self.raters.push(Rater { id, name, ratings: BTreeMap::new() });
        self.updated = now;
        Ok(())
    }

    pub fn rename_rater(
        &mut self,
        rater_id: &str,
        name: &str,
        now: i64,
    ) -> Result<(), AssessmentError> {
        let name = self.clean_rater_name(name, Some(rater_id))?;
        self.rater_mut(rater_id)?.name = name;
        self.updated = now;
        Ok(())
    }

    /// Removes a rater and hands them back (with their ratings) so the UI can offer undo.
    /// The consensus is left alone: it was agreed by the team, not computed from the raters.
    pub fn remove_rater(&mut self, rater_id: &str, now: i64) -> Result<Rater, AssessmentError> {
        let i = self
            .raters
            .iter()
            .position(|r| r.id == rater_id)
            .ok_or_else(|| AssessmentError::UnknownRater(rater_id.to_string()))?;
        self.updated = now;
        Ok(self.raters.remove(i))
    }

    /// Puts a removed rater back where they were (the "Undo" after `remove_rater`). Refused if
    /// the id or the name has been taken in the meantime; an index past the end appends.
    pub fn restore_rater(
        &mut self,
        index: usize,
        rater: Rater,
        now: i64,
    ) -> Result<(), AssessmentError> {
        if self.rater(&rater.id).is_some() {
            return Err(AssessmentError::DuplicateRaterId(rater.id));
        }
        let name = self.clean_rater_name(&rater.name, None)?;
        let at = index.min(self.raters.len());
        self.raters.insert(at, Rater { name, ..rater });
        self.updated = now;
        Ok(())
    }

    /// Where a rater stands in the list (for undoing a removal in place).
    pub fn rater_index(&self, rater_id: &str) -> Option<usize> {
        self.raters.iter().position(|r| r.id == rater_id)
    }

    /// Sets the evidence note of a criterion; a blank note is removed rather than stored.
    pub fn set_note(
        &mut self,
        criterion: CriterionId,
        text: &str,
        now: i64,
    ) -> Result<(), AssessmentError> {
        let text = text.trim();
        if text.chars().count() > NOTE_MAX {
            return Err(AssessmentError::NoteTooLong { max: NOTE_MAX });
        }
        if text.is_empty() {
            self.notes.remove(&criterion);
        } else {
            self.notes.insert(criterion, text.to_string());
        }
        self.updated = now;
        Ok(())
    }

    /// Sets the date (yyyy-mm-dd); an empty string clears it, as in a fresh draft.
    pub fn set_date(&mut self, date: &str, now: i64) -> Result<(), AssessmentError> {
        let date = date.trim();
        if !date.is_empty() && !is_iso_date(date) {
            return Err(AssessmentError::BadDate(date.to_string()));
        }
        self.date = date.to_string();
        self.updated = now;
        Ok(())
    }

    pub fn set_period(&mut self, period: &str, now: i64) -> Result<(), AssessmentError> {
        let period = clean_line(period);
        if period.chars().count() > PERIOD_MAX {
            return Err(AssessmentError::PeriodTooLong { max: PERIOD_MAX });
        }
        self.period = period;
        self.updated = now;
        Ok(())
    }

    /// Records where the wizard is; steps past the review are kept at the review.
    pub fn set_wizard_step(&mut self, step: u8, now: i64) {
        self.wizard_step = step.min(WIZARD_REVIEW_STEP);
        self.updated = now;
    }

    /// Criteria that still lack a consensus rating, in the paper's order.
    pub fn missing(&self) -> Vec<CriterionId> {
        CriterionId::ALL.into_iter().filter(|c| !self.consensus.contains_key(c)).collect()
    }

    pub fn is_complete(&self) -> bool {
        CriterionId::ALL.iter().all(|c| self.consensus.contains_key(c))
    }

    /// The sum of the five consensus ratings (odd, 5..=25), only once all five are set: a
    /// partial sum would look like a (low) score and could be mistaken for one.
    pub fn total(&self) -> Option<u8> {
        CriterionId::ALL
            .iter()
            .map(|c| self.consensus.get(c).map(|r| r.value()))
            .sum::<Option<u8>>()
    }

    pub fn band(&self, cuts: &BandCuts) -> Option<Band> {
        self.total().and_then(|t| cuts.band_for(t))
    }
}

#[cfg(test)]
#[path = "assessment_tests.rs"]
mod tests;
