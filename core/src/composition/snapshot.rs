//! Snapshots: the moments at which every CoP's members are counted ("Baseline 2013",
//! "End 2015"). They belong to the workspace so that all CoPs are counted at the same moments
//! and the country and overall totals add up like the paper's Table 2.

use serde::{Deserialize, Serialize};

use super::ids::slug_id;
use crate::text::{clean_line, Lang};

/// Longest snapshot label: it heads a column and a chart legend.
pub const SNAPSHOT_LABEL_MAX: usize = 60;
/// Most snapshots per workspace; a programme with a count every quarter for a decade fits.
pub const SNAPSHOTS_MAX: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotDef {
    /// Made once from the first label (`snap-…`) and never changed: counts are stored under it.
    pub id: String,
    #[serde(default)]
    pub label: String,
    /// Optional ISO 8601 date: `2013`, `2013-06` or `2013-06-15` (the paper only gives years),
    /// or empty when unknown.
    #[serde(default)]
    pub date: String,
}

/// What is wrong with a snapshot form field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    LabelEmpty,
    LabelTooLong { max: usize },
    LabelTaken,
    BadDate,
    TooMany { max: usize },
}

impl SnapshotError {
    /// Which form field the error belongs to ("label" or "date"; "" for the whole form).
    pub fn field(&self) -> &'static str {
        match self {
            SnapshotError::LabelEmpty
            | SnapshotError::LabelTooLong { .. }
            | SnapshotError::LabelTaken => "label",
            SnapshotError::BadDate => "date",
            SnapshotError::TooMany { .. } => "",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SnapshotError::LabelEmpty, Lang::En) => "Type a name for this count, e.g. Baseline 2013.".into(),
            (SnapshotError::LabelEmpty, Lang::Es) => {
                "Escriba un nombre para este conteo, p. ej. Línea de base 2013.".into()
            }
            (SnapshotError::LabelTooLong { max }, Lang::En) => {
                format!("The name is too long: use at most {max} characters.")
            }
            (SnapshotError::LabelTooLong { max }, Lang::Es) => {
                format!("El nombre es demasiado largo: use como máximo {max} caracteres.")
            }
            (SnapshotError::LabelTaken, Lang::En) => {
                "There is already a count with this name. Choose another name.".into()
            }
            (SnapshotError::LabelTaken, Lang::Es) => "Ya existe un conteo con este nombre. Elija otro nombre.".into(),
            (SnapshotError::BadDate, Lang::En) => {
                "The date is not valid. Type it as year-month-day (2013-06-15), year-month (2013-06) or just the year (2013), or leave it empty.".into()
            }
            (SnapshotError::BadDate, Lang::Es) => {
                "La fecha no es válida. Escríbala como año-mes-día (2013-06-15), año-mes (2013-06) o solo el año (2013), o déjela vacía.".into()
            }
            (SnapshotError::TooMany { max }, Lang::En) => {
                format!("A workspace can have at most {max} counts. Remove one before adding another.")
            }
            (SnapshotError::TooMany { max }, Lang::Es) => format!(
                "Un espacio de trabajo admite como máximo {max} conteos. Quite uno antes de agregar otro."
            ),
        }
    }
}

/// True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a real month and day (leap years included).
pub fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize| -> Option<u32> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let Some(year) = parts.first().and_then(|p| number(p, 4)) else {
        return false;
    };
    match parts.len() {
        1 => true,
        2 | 3 => {
            let Some(month) = number(parts[1], 2).filter(|m| (1..=12).contains(m)) else {
                return false;
            };
            if parts.len() == 2 {
                return true;
            }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            number(parts[2], 2).is_some_and(|d| (1..=days).contains(&d))
        }
        _ => false,
    }
}

/// Cleans and checks a label and date against the other snapshots (all but `except_id`).
fn check(
    label: &str,
    date: &str,
    existing: &[SnapshotDef],
    except_id: Option<&str>,
) -> Result<(String, String), Vec<SnapshotError>> {
    let label = clean_line(label);
    let date = date.trim().to_string();
    let mut errors = Vec::new();
    if label.is_empty() {
        errors.push(SnapshotError::LabelEmpty);
    } else if label.chars().count() > SNAPSHOT_LABEL_MAX {
        errors.push(SnapshotError::LabelTooLong {
            max: SNAPSHOT_LABEL_MAX,
        });
    } else {
        let lower = label.to_lowercase();
        if existing
            .iter()
            .filter(|s| Some(s.id.as_str()) != except_id)
            .any(|s| s.label.to_lowercase() == lower)
        {
            errors.push(SnapshotError::LabelTaken);
        }
    }
    if !date.is_empty() && !is_iso_date(&date) {
        errors.push(SnapshotError::BadDate);
    }
    if errors.is_empty() {
        Ok((label, date))
    } else {
        Err(errors)
    }
}

/// Validates a snapshot to add and gives it a fresh `snap-…` id.
pub fn new_snapshot(
    label: &str,
    date: &str,
    existing: &[SnapshotDef],
) -> Result<SnapshotDef, Vec<SnapshotError>> {
    if existing.len() >= SNAPSHOTS_MAX {
        return Err(vec![SnapshotError::TooMany { max: SNAPSHOTS_MAX }]);
    }
    let (label, date) = check(label, date, existing, None)?;
    let id = slug_id("snap-", &label, |candidate| {
        existing.iter().any(|s| s.id == candidate)
    });
    Ok(SnapshotDef { id, label, date })
}

/// Validates an edit of snapshot `id`; returns the cleaned `(label, date)`.
pub fn edit_snapshot(
    id: &str,
    label: &str,
    date: &str,
    existing: &[SnapshotDef],
) -> Result<(String, String), Vec<SnapshotError>> {
    check(label, date, existing, Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        for ok in [
            "2013",
            "2013-06",
            "2013-06-15",
            "2016-02-29",
            "2000-02-29",
            "2015-12-31",
        ] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in [
            "",
            "13",
            "2013-6",
            "2013-13",
            "2013-00",
            "2015-02-29",
            "1900-02-29",
            "2013-04-31",
            "2013/06/15",
            "2013-06-15-1",
            "２０１３",
            "+201",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn new_and_edit() {
        let base = new_snapshot(" Línea de  base 2013 ", "2013", &[]).unwrap();
        assert_eq!(
            base,
            SnapshotDef {
                id: "snap-linea-de-base-2013".into(),
                label: "Línea de base 2013".into(),
                date: "2013".into()
            }
        );
        let all = vec![base.clone()];
        assert_eq!(
            new_snapshot("LÍNEA DE BASE 2013", "", &all),
            Err(vec![SnapshotError::LabelTaken])
        );
        assert_eq!(
            new_snapshot("", "2013-02-30", &all),
            Err(vec![SnapshotError::LabelEmpty, SnapshotError::BadDate])
        );
        assert_eq!(
            edit_snapshot(&base.id, "Línea de base 2013", " 2013-06 ", &all),
            Ok(("Línea de base 2013".into(), "2013-06".into()))
        );
        let long = "x".repeat(SNAPSHOT_LABEL_MAX + 1);
        assert_eq!(
            new_snapshot(&long, "", &all),
            Err(vec![SnapshotError::LabelTooLong {
                max: SNAPSHOT_LABEL_MAX
            }])
        );
        let many: Vec<SnapshotDef> = (0..SNAPSHOTS_MAX)
            .map(|i| SnapshotDef {
                id: format!("s{i}"),
                label: format!("S{i}"),
                date: String::new(),
            })
            .collect();
        assert_eq!(
            new_snapshot("New", "", &many),
            Err(vec![SnapshotError::TooMany { max: SNAPSHOTS_MAX }])
        );
    }

    #[test]
    fn messages_in_both_languages() {
        for e in [
            SnapshotError::LabelEmpty,
            SnapshotError::LabelTooLong { max: 60 },
            SnapshotError::LabelTaken,
            SnapshotError::BadDate,
            SnapshotError::TooMany { max: 40 },
        ] {
            assert_ne!(e.message(Lang::En), e.message(Lang::Es));
        }
        assert_eq!(SnapshotError::BadDate.field(), "date");
    }
}
