//! Profession columns: the paper's three (physicians, nurses, other) plus any a team adds.

use serde::{Deserialize, Serialize};

use super::ids::slug_id;
use crate::text::{clean_line, Bilingual, Lang};

/// Id of the paper's built-in profession "physicians".
pub const PHYSICIANS: &str = "physicians";
/// Id of the paper's built-in profession "nurses".
pub const NURSES: &str = "nurses";
/// Id of the paper's built-in profession "other".
pub const OTHER: &str = "other";

/// Longest profession name: it heads a table row on a phone.
pub const PROFESSION_NAME_MAX: usize = 40;
/// Most profession rows a workspace may have; beyond this the table stops being readable and
/// every share becomes a sliver.
pub const PROFESSIONS_MAX: usize = 12;

/// Labels of the built-ins, in the glossary's words. Kept as data (not in the stored
/// workspace) so a workspace saved in English reads in Spanish too.
const BUILT_INS: [(&str, Bilingual); 3] = [
    (PHYSICIANS, Bilingual::new("Physicians", "Médicos")),
    (NURSES, Bilingual::new("Nurses", "Enfermeras")),
    (OTHER, Bilingual::new("Other", "Otros")),
];

/// A profession row of the composition table.
///
/// Built-ins carry an empty `name` and are labelled from a bilingual table; a team's own
/// professions ("Health promoters", "Managers") carry the name they typed and an id
/// `prof-<slug>` that never changes, because counts are stored under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profession {
    pub id: String,
    #[serde(default)]
    pub name: String,
}

/// The paper's three professions, in Table 2's order.
pub fn default_professions() -> Vec<Profession> {
    BUILT_INS
        .iter()
        .map(|(id, _)| Profession {
            id: (*id).to_string(),
            name: String::new(),
        })
        .collect()
}

impl Profession {
    /// Bilingual label of a built-in, if this is one.
    fn built_in_label(&self) -> Option<Bilingual> {
        BUILT_INS
            .iter()
            .find(|(id, _)| *id == self.id)
            .map(|(_, label)| *label)
    }

    pub fn is_built_in(&self) -> bool {
        self.built_in_label().is_some()
    }

    /// What the UI shows. A typed name wins (a team may rename "Other" to "Promoters"); then the
    /// built-in label; then the id, so a profession never shows as a blank row.
    pub fn label(&self, lang: Lang) -> String {
        if !self.name.trim().is_empty() {
            return self.name.clone();
        }
        match self.built_in_label() {
            Some(label) => label.get(lang).to_string(),
            None => self.id.clone(),
        }
    }

    /// Every label the profession answers to, in both languages, for the uniqueness check:
    /// adding "Enfermeras" next to the built-in "Nurses" would be the same row twice.
    fn all_labels(&self) -> Vec<String> {
        if !self.name.trim().is_empty() {
            return vec![self.name.clone()];
        }
        match self.built_in_label() {
            Some(label) => vec![label.en.to_string(), label.es.to_string()],
            None => vec![self.id.clone()],
        }
    }
}

/// Why a profession name was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfessionError {
    Empty,
    TooLong { max: usize },
    Taken,
    TooMany { max: usize },
}

impl ProfessionError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ProfessionError::Empty, Lang::En) => "Type a name for the profession, e.g. Health promoters.".into(),
            (ProfessionError::Empty, Lang::Es) => {
                "Escriba un nombre para la profesión, p. ej. Promotores de salud.".into()
            }
            (ProfessionError::TooLong { max }, Lang::En) => {
                format!("The name is too long: use at most {max} characters.")
            }
            (ProfessionError::TooLong { max }, Lang::Es) => {
                format!("El nombre es demasiado largo: use como máximo {max} caracteres.")
            }
            (ProfessionError::Taken, Lang::En) => {
                "There is already a profession with this name. Choose another name.".into()
            }
            (ProfessionError::Taken, Lang::Es) => {
                "Ya existe una profesión con este nombre. Elija otro nombre.".into()
            }
            (ProfessionError::TooMany { max }, Lang::En) => {
                format!("A workspace can have at most {max} professions. Remove one before adding another.")
            }
            (ProfessionError::TooMany { max }, Lang::Es) => format!(
                "Un espacio de trabajo admite como máximo {max} profesiones. Quite una antes de agregar otra."
            ),
        }
    }
}

/// Cleans `name` and checks it against the others (all of `existing` except `except_id`).
fn check_name(
    name: &str,
    existing: &[Profession],
    except_id: Option<&str>,
) -> Result<String, ProfessionError> {
    let clean = clean_line(name);
    if clean.is_empty() {
        return Err(ProfessionError::Empty);
    }
    if clean.chars().count() > PROFESSION_NAME_MAX {
        return Err(ProfessionError::TooLong {
            max: PROFESSION_NAME_MAX,
        });
    }
    let lower = clean.to_lowercase();
    let clash = existing
        .iter()
        .filter(|p| Some(p.id.as_str()) != except_id)
        .flat_map(Profession::all_labels)
        .any(|label| label.to_lowercase() == lower);
    if clash {
        return Err(ProfessionError::Taken);
    }
    Ok(clean)
}

/// Validates a profession a team wants to add and gives it a fresh `prof-…` id.
pub fn new_profession(name: &str, existing: &[Profession]) -> Result<Profession, ProfessionError> {
    if existing.len() >= PROFESSIONS_MAX {
        return Err(ProfessionError::TooMany {
            max: PROFESSIONS_MAX,
        });
    }
    let clean = check_name(name, existing, None)?;
    let id = slug_id("prof-", &clean, |candidate| {
        existing.iter().any(|p| p.id == candidate)
    });
    Ok(Profession { id, name: clean })
}

/// Validates a new name for the profession `id` (its id, and so its counts, stay the same).
pub fn rename_profession(
    id: &str,
    name: &str,
    existing: &[Profession],
) -> Result<String, ProfessionError> {
    check_name(name, existing, Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_ins_are_labelled_in_both_languages() {
        let ps = default_professions();
        let ids: Vec<&str> = ps.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, [PHYSICIANS, NURSES, OTHER]);
        let es: Vec<String> = ps.iter().map(|p| p.label(Lang::Es)).collect();
        assert_eq!(es, ["Médicos", "Enfermeras", "Otros"]);
        assert_eq!(ps[0].label(Lang::En), "Physicians");
        assert!(ps.iter().all(Profession::is_built_in));
    }

    #[test]
    fn custom_professions_get_stable_ids() {
        let mut ps = default_professions();
        let p = new_profession("  Health   promoters ", &ps).unwrap();
        assert_eq!(
            p,
            Profession {
                id: "prof-health-promoters".into(),
                name: "Health promoters".into()
            }
        );
        assert_eq!(p.label(Lang::Es), "Health promoters");
        assert!(!p.is_built_in());
        ps.push(p);
        let renamed =
            rename_profession("prof-health-promoters", "Promotores de salud", &ps).unwrap();
        assert_eq!(renamed, "Promotores de salud");
    }

    #[test]
    fn names_are_checked() {
        let ps = default_professions();
        assert_eq!(new_profession(" ", &ps), Err(ProfessionError::Empty));
        let long = "x".repeat(PROFESSION_NAME_MAX + 1);
        assert_eq!(
            new_profession(&long, &ps),
            Err(ProfessionError::TooLong { max: 40 })
        );
        assert!(new_profession(&"ñ".repeat(PROFESSION_NAME_MAX), &ps).is_ok());
        // Built-ins clash in either language, ignoring case.
        assert_eq!(
            new_profession("ENFERMERAS", &ps),
            Err(ProfessionError::Taken)
        );
        assert_eq!(new_profession("nurses", &ps), Err(ProfessionError::Taken));
        // Renaming a profession to its own label is fine.
        assert!(rename_profession(NURSES, "Enfermeras", &ps).is_ok());
        let full: Vec<Profession> = (0..PROFESSIONS_MAX)
            .map(|i| Profession {
                id: format!("p{i}"),
                name: format!("P{i}"),
            })
            .collect();
        assert_eq!(
            new_profession("New", &full),
            Err(ProfessionError::TooMany {
                max: PROFESSIONS_MAX
            })
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        let errors = [
            ProfessionError::Empty,
            ProfessionError::TooLong { max: 40 },
            ProfessionError::Taken,
            ProfessionError::TooMany { max: 12 },
        ];
        for e in errors {
            assert_ne!(e.message(Lang::En), e.message(Lang::Es));
            assert!(e.message(Lang::En).ends_with('.'));
        }
        assert!(ProfessionError::TooLong { max: 40 }
            .message(Lang::Es)
            .contains("40"));
    }

    #[test]
    fn unknown_id_without_name_shows_its_id() {
        let p = Profession {
            id: "prof-x".into(),
            name: String::new(),
        };
        assert_eq!(p.label(Lang::En), "prof-x");
    }
}
