//! A CoP's member counts per snapshot and profession, and how a typed count is read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::roles::StaffSplit;
use crate::text::Lang;

/// Largest count accepted in one cell. CoPs have tens of members; the limit only catches
/// slips such as a year typed into a count, while leaving room for a whole-state programme.
pub const COUNT_MAX: u32 = 100_000;

/// One CoP's composition. Every field defaults so that older files and CoPs that were never
/// counted load as "no members counted yet".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopComposition {
    /// snapshot id → profession id → members. A missing entry means 0: zeros are not stored,
    /// so "left blank" and "typed 0" are the same thing, as the form promises.
    #[serde(default)]
    pub counts: BTreeMap<String, BTreeMap<String, u32>>,
    /// Name of the policy champion (staff with authority who backs the CoP).
    #[serde(default)]
    pub champion: String,
    /// Name of the facilitator (mediates between research team, champion and members).
    #[serde(default)]
    pub facilitator: String,
    /// snapshot id → how many members are strategic and how many tactical (frontline) staff.
    #[serde(default)]
    pub roles: BTreeMap<String, StaffSplit>,
}

impl CopComposition {
    /// Members of `profession` at `snapshot` (0 when never entered).
    pub fn count(&self, snapshot: &str, profession: &str) -> u32 {
        self.counts
            .get(snapshot)
            .and_then(|m| m.get(profession))
            .copied()
            .unwrap_or(0)
    }

    /// Sets a count. 0 removes the entry (and an emptied snapshot) to keep one way of saying
    /// "nobody". Values above [`COUNT_MAX`] are clamped: [`parse_count`] is the place that
    /// refuses them with a message, this only keeps the data sane if a caller skips it.
    pub fn set_count(&mut self, snapshot: &str, profession: &str, count: u32) {
        let count = count.min(COUNT_MAX);
        if count == 0 {
            if let Some(m) = self.counts.get_mut(snapshot) {
                m.remove(profession);
                if m.is_empty() {
                    self.counts.remove(snapshot);
                }
            }
        } else {
            self.counts
                .entry(snapshot.to_string())
                .or_default()
                .insert(profession.to_string(), count);
        }
    }

    /// Reads what the user typed into a cell and stores it; on error nothing changes.
    pub fn set_count_input(
        &mut self,
        snapshot: &str,
        profession: &str,
        input: &str,
    ) -> Result<u32, CountError> {
        let n = parse_count(input)?;
        self.set_count(snapshot, profession, n);
        Ok(n)
    }

    /// Sum over the given profession ids (the workspace's rows; counts kept for a profession
    /// no longer in the list are not part of any total).
    pub fn total<'a>(&self, snapshot: &str, professions: impl IntoIterator<Item = &'a str>) -> u64 {
        professions
            .into_iter()
            .map(|p| u64::from(self.count(snapshot, p)))
            .sum()
    }

    /// True if anyone was counted at `snapshot` (in any profession).
    pub fn has_counts(&self, snapshot: &str) -> bool {
        self.counts.get(snapshot).is_some_and(|m| !m.is_empty())
    }

    /// True if this CoP has members counted under `profession` at any snapshot, so the UI can
    /// warn before a profession with data is removed.
    pub fn uses_profession(&self, profession: &str) -> bool {
        self.counts
            .values()
            .any(|m| m.get(profession).is_some_and(|n| *n > 0))
    }

    /// Drops every count of a removed profession.
    pub fn remove_profession(&mut self, profession: &str) {
        for m in self.counts.values_mut() {
            m.remove(profession);
        }
        self.counts.retain(|_, m| !m.is_empty());
    }

    /// Drops the counts and roles of a removed snapshot.
    pub fn remove_snapshot(&mut self, snapshot: &str) {
        self.counts.remove(snapshot);
        self.roles.remove(snapshot);
    }

    /// Strategic/tactical split at `snapshot` (both unknown when never entered).
    pub fn staff_split(&self, snapshot: &str) -> StaffSplit {
        self.roles.get(snapshot).copied().unwrap_or_default()
    }

    /// Stores a split; an all-unknown split removes the entry.
    pub fn set_staff_split(&mut self, snapshot: &str, split: StaffSplit) {
        if split == StaffSplit::default() {
            self.roles.remove(snapshot);
        } else {
            self.roles.insert(snapshot.to_string(), split);
        }
    }
}

/// Why a typed count was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountError {
    /// Starts with a minus sign.
    Negative,
    /// Has a decimal point or comma ("2.5", "2,5", and also "1,000", which is ambiguous
    /// between English and Spanish habits).
    NotWhole,
    /// Letters, symbols, exponents ("1e3") or anything else that is not digits.
    NotANumber,
    /// Above [`COUNT_MAX`].
    TooLarge { max: u32 },
}

impl CountError {
    /// One sentence on what is wrong and one on what to type instead.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CountError::Negative, Lang::En) => {
                "A count cannot be negative. Type 0 or a positive whole number, such as 12.".into()
            }
            (CountError::Negative, Lang::Es) => {
                "Un conteo no puede ser negativo. Escriba 0 o un número entero positivo, como 12.".into()
            }
            (CountError::NotWhole, Lang::En) => {
                "Members are counted in whole people. Type a whole number without dots or commas, such as 3 or 1000.".into()
            }
            (CountError::NotWhole, Lang::Es) => {
                "Los integrantes se cuentan en personas completas. Escriba un número entero sin puntos ni comas, como 3 o 1000.".into()
            }
            (CountError::NotANumber, Lang::En) => {
                "This is not a number. Type the number of members using digits only, such as 12, or leave the cell empty for 0.".into()
            }
            (CountError::NotANumber, Lang::Es) => {
                "Esto no es un número. Escriba la cantidad de integrantes solo con cifras, como 12, o deje la celda vacía para 0.".into()
            }
            (CountError::TooLarge { max }, Lang::En) => {
                format!("This number is too large: a count can be at most {max}. Check the number and type it again.")
            }
            (CountError::TooLarge { max }, Lang::Es) => format!(
                "Este número es demasiado grande: un conteo puede ser como máximo {max}. Revise el número y escríbalo de nuevo."
            ),
        }
    }
}

/// Reads a member count typed by a person.
///
/// Whole numbers from 0 to [`COUNT_MAX`]; surrounding spaces are ignored and an empty or blank
/// cell means 0 (that is how the paper's table reads an empty cell). Never panics, whatever
/// the input length.
pub fn parse_count(input: &str) -> Result<u32, CountError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(0);
    }
    let is_digit_or_sep = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        // Only call it "negative" when the rest looks numeric; "-abc" is simply not a number.
        let rest = rest.trim_start();
        if !rest.is_empty()
            && rest.chars().all(is_digit_or_sep)
            && rest.chars().any(|c| c.is_ascii_digit())
        {
            return Err(CountError::Negative);
        }
        return Err(CountError::NotANumber);
    }
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty()
        || !digits.chars().all(is_digit_or_sep)
        || !digits.chars().any(|c| c.is_ascii_digit())
    {
        return Err(CountError::NotANumber);
    }
    if digits.contains(['.', ',']) {
        return Err(CountError::NotWhole);
    }
    // Leading zeros are harmless ("007" is 7); beyond 6 significant digits it is over the limit,
    // which also keeps the parse below from overflowing.
    let significant = digits.trim_start_matches('0');
    if significant.len() > 6 {
        return Err(CountError::TooLarge { max: COUNT_MAX });
    }
    let n: u32 = if significant.is_empty() {
        0
    } else {
        significant.parse().map_err(|_| CountError::NotANumber)?
    };
    if n > COUNT_MAX {
        return Err(CountError::TooLarge { max: COUNT_MAX });
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_counts() {
        for (input, n) in [
            ("", 0),
            ("   ", 0),
            ("0", 0),
            ("12", 12),
            (" 7 ", 7),
            ("007", 7),
            ("+5", 5),
            ("100000", 100_000),
            ("\u{a0}3\t", 3),
        ] {
            assert_eq!(parse_count(input), Ok(n), "{input:?}");
        }
    }

    #[test]
    fn bad_counts() {
        use CountError::*;
        let too_large = TooLarge { max: COUNT_MAX };
        for (input, err) in [
            ("-1", Negative),
            ("−3", Negative),
            ("- 2", Negative),
            ("-2.5", Negative),
            ("2.5", NotWhole),
            ("2,5", NotWhole),
            ("1,000", NotWhole),
            (".", NotANumber),
            (",5", NotWhole),
            ("abc", NotANumber),
            ("1e3", NotANumber),
            ("12a", NotANumber),
            ("+", NotANumber),
            ("-", NotANumber),
            ("-x", NotANumber),
            ("1 000", NotANumber),
            ("٣", NotANumber),
            ("++1", NotANumber),
            ("100001", too_large),
            ("99999999999999999999999", too_large),
        ] {
            assert_eq!(parse_count(input), Err(err), "{input:?}");
        }
        assert_eq!(parse_count(&"9".repeat(100_000)), Err(too_large));
        assert_eq!(parse_count(&format!("{}1", "0".repeat(1000))), Ok(1));
    }

    #[test]
    fn messages_say_what_to_type() {
        use CountError::*;
        for e in [Negative, NotWhole, NotANumber, TooLarge { max: COUNT_MAX }] {
            let (en, es) = (e.message(Lang::En), e.message(Lang::Es));
            assert!(en.contains("Type") || en.contains("type"), "{en}");
            assert!(es.contains("Escriba") || es.contains("escríbalo"), "{es}");
        }
        assert!(TooLarge { max: COUNT_MAX }
            .message(Lang::En)
            .contains("100000"));
        assert!(TooLarge { max: COUNT_MAX }
            .message(Lang::Es)
            .contains("100000"));
    }

    #[test]
    fn zeros_are_not_stored() {
        let mut c = CopComposition::default();
        c.set_count("s", "nurses", 4);
        assert_eq!(c.count("s", "nurses"), 4);
        assert!(c.has_counts("s"));
        c.set_count_input("s", "nurses", "  ").unwrap();
        assert_eq!(c, CopComposition::default());
        assert_eq!(
            c.set_count_input("s", "nurses", "2.5"),
            Err(CountError::NotWhole)
        );
        assert_eq!(c, CopComposition::default());
        c.set_count("s", "x", u32::MAX);
        assert_eq!(c.count("s", "x"), COUNT_MAX);
    }

    #[test]
    fn totals_and_removals() {
        let mut c = CopComposition::default();
        c.set_count("a", "physicians", 3);
        c.set_count("a", "nurses", 4);
        c.set_count("a", "gone", 100);
        c.set_count("b", "gone", 1);
        assert_eq!(c.total("a", ["physicians", "nurses", "other"]), 7);
        assert!(c.uses_profession("gone"));
        c.remove_profession("gone");
        assert!(!c.uses_profession("gone"));
        assert!(!c.has_counts("b"));
        c.set_staff_split(
            "a",
            StaffSplit {
                strategic: Some(2),
                tactical: None,
            },
        );
        c.remove_snapshot("a");
        assert_eq!(c, CopComposition::default());
    }

    #[test]
    fn old_files_load_with_defaults() {
        let c: CopComposition = serde_json::from_str("{}").unwrap();
        assert_eq!(c, CopComposition::default());
        let c: CopComposition =
            serde_json::from_str(r#"{"counts":{"s":{"nurses":3}},"champion":"Dra. Pérez"}"#)
                .unwrap();
        assert_eq!(c.count("s", "nurses"), 3);
        assert_eq!(c.champion, "Dra. Pérez");
    }
}
